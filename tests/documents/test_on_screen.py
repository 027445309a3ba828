"""Defects seen on the contact sheets of exported document videos after the fidelity work, each
over the real fixture that showed it: black page masks shown as pictures, file names as the closing
card's attribution, one heading repeated over the parts of a long section, and a paragraph cut in two
by a page break."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image

from ozor.documents import assemble, generate
from ozor.documents.analyze import AnalyzeOptions, analyze_file
from ozor.documents.extract import pdf
from ozor.documents.extract.model import DATA, PROSE, blank
from ozor.documents.plans import PlanScene

FIXTURES = Path(__file__).parents[1] / "fixtures" / "documents"


def test_an_ocr_pdfs_page_masks_are_no_pictures():
    """The OCR diary's ink layers (a black slab under the text mask) were shown as pictures."""
    pictures = pdf.extract((FIXTURES / "Seige_of_Vicksburg_Sample_OCR.pdf").read_bytes()).pictures
    assert [p.name for p in pictures] == [
        "page_0_img_1.jpg",
        "page_1_img_1.jpg",
        "page_2_img_1.jpg",
        "page_5_img_1.jpg",
    ]  # the engravings, none of the six page-sized layers
    for picture in pictures:
        dark = (np.asarray(Image.open(io.BytesIO(picture.data)).convert("L")) < 40).mean()
        assert dark < 0.5, picture.name


def test_a_near_uniform_picture_is_blank_in_any_colour():
    rng = np.random.default_rng(1)
    for colour in ((0, 0, 0), (255, 255, 255), (20, 60, 160)):
        noisy = np.clip(np.array(colour) + rng.normal(0, 6, (300, 400, 3)), 0, 255).astype(np.uint8)
        noisy[10:14, 10:14] = 128  # a speck
        assert blank(Image.fromarray(noisy)), colour
    half = np.zeros((300, 400, 3), np.uint8)
    half[:, 200:] = 255
    assert not blank(Image.fromarray(half))


def test_a_paragraph_goes_on_over_a_page_break_and_a_short_line():
    """The OCR diary's paragraphs were cut at any short line after a full stop and at the running
    header ("THE SIEGE OF VICKSBUEG.", misread differently on each page), so "and are now ready
    again …" became a paragraph, and a key point, of its own."""
    document = pdf.extract((FIXTURES / "Seige_of_Vicksburg_Sample_OCR.pdf").read_bytes())
    paragraphs = [p for s in document.sections for p in s.paragraphs]
    assert any("have got back to us, and are now ready again" in p for p in paragraphs)
    assert any("dropped near my tent, buried itself in" in p for p in paragraphs)  # pages 1 → 2
    assert any("A report creeps into camp that Johnston is coming" in p for p in paragraphs)
    assert "VICKSBU" not in document.text()
    flow = [item for s in document.sections for item in s.in_order()]
    for (level_before, _), (level, text) in zip(flow, flow[1:], strict=False):
        if level == PROSE and text[:1].islower():  # goes on only after a caption read as a table row
            assert level_before == DATA, text[:60]


def test_the_closing_card_credits_the_documents_own_title_never_its_file_name():
    """The OCR diary's closing statement was credited to "SEIGE_OF_VICKSBURG_SAMPLE_OCR.PD"."""
    for name, credit in [
        ("Seige_of_Vicksburg_Sample_OCR.pdf", None),
        ("example.pdf", "PDF Example Document"),
    ]:
        path = FIXTURES / name
        scenes = analyze_file(path.read_bytes(), AnalyzeOptions(45, None, name, slides=False)).draft.scenes
        opening = PlanScene(order=1, title=scenes[0].title, prompt="", voiceover=scenes[0].narration)
        assert (
            generate._credit(opening, None) == credit
        )  # the diary has no title: its "Grant" is a key phrase
        closing = scenes[-1]
        template, slots = assemble.design(
            "closing", closing.title, closing.key_points, None, credit, closing.narration
        )
        assert (template, slots.get("attribution")) == ("statement", credit)
    named = PlanScene(
        order=1, title="Siege_of_Vicksburg.pdf", prompt="", voiceover="Siege of Vicksburg. It was hot."
    )
    assert generate._credit(named, None) == "Siege of Vicksburg"
    untitled = PlanScene(order=1, title="Grant", prompt="", voiceover="Grant will march us there.")
    assert generate._credit(untitled, "https://example.com/a/b") == "example.com"


def test_a_long_sections_parts_are_titled_by_what_they_say_not_its_heading_again():
    """ "Example document" ×5 (example.pdf) and "1 Your Chapter" ×6 (side-by-side-subfig.pdf) were the
    titles of one section's parts, and of its table and its figure's captions."""
    for name in ("example.pdf", "side-by-side-subfig.pdf"):
        for target in (45, 90):
            path = FIXTURES / name
            scenes = analyze_file(
                path.read_bytes(), AnalyzeOptions(target, None, name, slides=False)
            ).draft.scenes
            titles = [s.title.casefold() for s in scenes]
            assert len(titles) == len(set(titles)), (name, target, titles)
    path = FIXTURES / "example.pdf"
    titles = [
        s.title for s in analyze_file(path.read_bytes(), AnalyzeOptions(90, None, "example.pdf")).draft.scenes
    ]
    assert "Although practicality beats purity" in titles  # a part's key sentence, whole
    assert "Special" not in titles  # not a lone word of it
