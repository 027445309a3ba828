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


def test_every_scene_of_a_deck_shows_its_slide():
    from ozor.documents.analyze import AnalyzeOptions, analyze_file

    data = (CORPUS / "pptx2json-test.pptx").read_bytes()
    analysis = analyze_file(data, AnalyzeOptions(30, None, "pptx2json-test.pptx"))
    shown = [names[0] for names in analysis.scene_pictures]
    assert shown and all(name.startswith("slide_") for name in shown)
    assert all(analysis.pictures[name].mime_type == "image/png" for name in shown)
    assert any(len(names) == 2 for names in analysis.scene_pictures)  # the slide and a picture it shows


def test_links_to_the_outside_are_removed_before_libreoffice_sees_the_deck():
    import io
    import zipfile

    from ozor.documents.extract.slides import without_external_links

    data = (CORPUS / "ext-rels.pptx").read_bytes()
    assert b'TargetMode="External"' in b"".join(_parts(data))
    cleaned = without_external_links(data)
    assert b'TargetMode="External"' not in b"".join(_parts(cleaned))
    assert zipfile.ZipFile(io.BytesIO(cleaned)).namelist() == zipfile.ZipFile(io.BytesIO(data)).namelist()


def _parts(data: bytes) -> list[bytes]:
    import io
    import zipfile

    archive = zipfile.ZipFile(io.BytesIO(data))
    return [archive.read(n) for n in archive.namelist() if n.endswith(".rels")]
