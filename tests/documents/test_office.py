"""PPTX and DOCX text that counts (issue 16), on real files of the corpus: charts, tables, alt text,
pictures in placeholders, speaker notes, text boxes, Strict Open XML, and honest refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from ozor.documents.extract import docx, pptx
from ozor.documents.extract.model import Document
from ozor.errors import BadRequest

CORPUS = Path(__file__).parents[1] / "fixtures" / "documents" / "corpus"


def deck(name: str) -> Document:
    return pptx.extract((CORPUS / "pptx" / name).read_bytes())


def test_charts_say_their_series_and_categories_even_where_python_pptx_cannot_read_them():
    said = deck("ph-populated-placeholders.pptx").text()
    assert "Sales, by 1st Qtr, 2nd Qtr, 3rd Qtr and 4th Qtr." in said
    assert "Series 1 and Series 2." in deck("cht-chart-type.pptx").text()  # 3-D area charts included


def test_table_cells_alt_text_and_placeholder_pictures():
    assert "a; b; c." in deck("tbl-cell.pptx").text()
    japanese = deck("pptx2json-test.pptx")
    assert "顕微鏡をのぞいている学生." in japanese.sections[0].paragraphs  # alt text, written without spaces
    assert len(japanese.pictures) == 3
    assert deck("ph-populated-placeholders.pptx").sections[0].pictures == [0]


def test_speaker_notes_are_read():
    assert deck("prs-notes.pptx").sections[0].notes == "Notes"


def test_word_text_boxes_and_strict_open_xml():
    assert (
        docx.extract((CORPUS / "docx" / "mammoth-text-box.docx").read_bytes()).text().strip() == "Datum plane"
    )
    strict = docx.extract((CORPUS / "docx" / "mammoth-strict-format.docx").read_bytes())
    assert strict.title == "Test"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("pptx/no-slides.pptx", "has no slides"),
        ("pptx/shp-picture.pptx", "only pictures"),
        ("docx/having-images.docx", "only pictures"),
        ("docx/mammoth-empty.docx", "no text to narrate"),
    ],
)
def test_refusals_name_the_reason(path, reason):
    extract = pptx.extract if path.endswith(".pptx") else docx.extract
    with pytest.raises(BadRequest, match=reason):
        extract((CORPUS / path).read_bytes())


def test_a_short_document_is_said_whole_in_its_own_order():
    import io

    import docx as python_docx

    from ozor.documents.planner import plan_document

    made = python_docx.Document()
    made.add_heading("Fruit compote", level=1)
    made.add_paragraph("First we gather the fruit from the garden.")
    made.add_paragraph("Apples", style="List Bullet")
    made.add_paragraph("Pears", style="List Bullet")
    made.add_paragraph("Then we cook them slowly with a little sugar.")
    out = io.BytesIO()
    made.save(out)
    draft = plan_document(docx.extract(out.getvalue()), target_sec=30, prompt=None, fallback_title="x")
    # 20 words: a little long for one card, so said over two scenes, in order.
    assert [s.narration for s in draft.scenes] == [
        "Fruit compote. First we gather the fruit from the garden. Apples and Pears.",
        "Then we cook them slowly with a little sugar.",
    ]
    # The heading once: the second part is titled by what it says, not "Fruit compote" again.
    assert [s.title for s in draft.scenes] == ["Fruit compote", "Cook"] and draft.language == "en"
