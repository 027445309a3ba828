"""PPTX slides rendered as pictures by headless LibreOffice (installed by scripts/install-dev)."""

from __future__ import annotations

from pathlib import Path

from ozor.documents.extract.slides import SlideRenderer, office, to_pdf

CORPUS = Path(__file__).parents[1] / "fixtures" / "documents" / "corpus" / "pptx"


def test_each_slide_renders_as_a_picture():
    assert office(), "LibreOffice (soffice) is missing: run scripts/install-dev"
    renderer = SlideRenderer((CORPUS / "pptx2json-test.pptx").read_bytes())
    assert renderer
    picture = renderer(2)
    assert picture.name == "slide_2.png" and picture.width == 1600 and picture.height == 900


def test_a_broken_deck_or_a_slow_converter_gives_no_renders():
    assert to_pdf(b"PK\x03\x04 not a deck") is None
    assert not SlideRenderer((CORPUS / "cht-chart-type.pptx").read_bytes(), timeout=0.01)
