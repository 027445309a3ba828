"""Defects seen on the contact sheets of exported document videos after the fidelity work, each
over the real fixture that showed it: black page masks shown as pictures, file names as the closing
card's attribution, one heading repeated over the parts of a long section, and a paragraph cut in two
by a page break."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image

from ozor.documents.extract import pdf
from ozor.documents.extract.model import blank

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
