"""PDF (pypdfium2): text in reading order with headings told apart by font size, embedded images,
and page renders (a slide-like PDF is best shown as its pages)."""

from __future__ import annotations

import re
from collections import Counter

from ozor.documents.extract import pdf_layout as layout
from ozor.documents.extract.model import (
    DATA,
    Document,
    Picture,
    Section,
    digest,
    dominant_colors,
    encode_picture,
    page_picture,
    ranked,
)
from ozor.documents.extract.text import GENERIC_TITLE, as_row, clean, has_words, join_lines, legibility
from ozor.errors import BadRequest

BULLET = re.compile(r"^\s*([•◦▪▫●○■□►▸‣⁃–—\-*]|\d{1,2}[.)])\s+")
MAX_PICTURES = 40
PAGE_RENDER_WIDTH = 1600
# An image drawn through a soft mask that hides most of it is a layer of a scanned page (the ink
# colour under an OCR PDF's text mask showed as a black slab), not a picture: under this share of it
# is seen.
SEEN_THROUGH_MASK = 0.25
# A heading never ends on a word that needs a continuation, and a date or a byline is not a heading.
DANGLING = frozenset(
    "a an and as at but by for from in into of on or than that the to till until via when where which while "
    "who with der die das und oder mit von zu le la les et ou de des du el los las y o en".split()
)
DATE = re.compile(
    r"^\W*(\d{1,2}\.?\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}(st|nd|rd|th)?,?\s+)?\d{4}\W*$"
    r"|^\W*\d{4}[-/.]\d{1,2}([-/.]\d{1,2})?\W*$|^\W*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\W*$|^\s*(by|von|par|por)\s",
    re.IGNORECASE,
)
# Under this share of word-like runs of letters a page's text is not words (extract.text.legibility).
LEGIBLE = 0.3
# Refused rather than planned from page renders alone: a narrated video needs words to say, and what
# the pages say cannot be read; a silent slideshow of the pages is not what was asked for.
UNREADABLE = (
    "The PDF's text cannot be read: what it holds as text is not words (a failed OCR layer, or fonts "
    "without a character map); upload a copy with real selectable text, or run it through OCR again"
)
# A sentence's end: a paragraph's last line ends so, and is shorter than the lines before it.
ENDS = re.compile(r"[.!?:]['’\"”)\]]*$")
SENTENCE_INSIDE = re.compile(r"\w{2}[.!?]\s+[A-Z]")  # "… the network. The …": prose, not a heading


def extract(data: bytes) -> Document:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise BadRequest("The PDF is encrypted with a password; upload an unprotected copy") from None
        raise BadRequest(f"The PDF is corrupt or unreadable: {e}") from None
    try:
        return _read(pdf)
    finally:
        pdf.close()


def _read(pdf) -> Document:  # type: ignore[no-untyped-def]
    lines: list[layout.Line] = []
    landscape = 0
    illegible = 0
    for index in range(len(pdf)):
        page = pdf[index]
        width, height = page.get_size()
        landscape += width > height
        found = layout.reading_order(layout.without_contents_entries(layout.page_lines(page, index)))
        score = legibility(" ".join(line.text for line in found))
        if score is not None and score < LEGIBLE:
            illegible += 1  # never said: a voice reading "Nsr. dP.. i" helps nobody
            continue
        lines.extend(found)
    lines = layout.table_rows(layout.without_page_furniture(lines, len(pdf)))  # a page number is no cell
    if not any(has_words(line.text) for line in lines):
        raise BadRequest(UNREADABLE if illegible else _why_no_text(pdf))
    words_per_page = sum(len(line.text.split()) for line in lines) / max(1, len(pdf))
    slide_like = landscape > len(pdf) / 2 and words_per_page < 120
    sections = _sections_by_page(lines) if slide_like else _sections_by_heading(lines)
    pictures = _pictures(pdf, sections)
    fonts = Counter[str]()
    for line in lines:
        fonts[line.font] += len(line.text)
    metadata = pdf.get_metadata_dict()
    title = _title(metadata.get("Title", ""), sections)
    thumbs = [
        pdf[i].render(scale=200 / max(1.0, pdf[i].get_size()[0])).to_pil() for i in range(min(3, len(pdf)))
    ]
    return Document(
        kind="pdf",
        title=title,
        sections=sections,
        pictures=pictures,
        colors=dominant_colors(thumbs),
        fonts=[f for f in ranked(fonts) if f],
        layout="slide" if slide_like else "document",
        page_count=len(pdf),
    )


def _why_no_text(pdf) -> str:  # type: ignore[no-untyped-def]
    """Scanned pages (images only) or pages with nothing on them to read: told apart, honestly."""
    import pypdfium2.raw as raw

    for index in range(min(len(pdf), 20)):
        if any(True for _ in pdf[index].get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=2)):
            return (
                "The PDF has no selectable text: its pages are scanned images only; upload a PDF with "
                "selectable text (run it through OCR first)"
            )
    return (
        "The PDF has no text to narrate: its pages hold no text or images (only drawings, or they are blank)"
    )


def render_page(data: bytes, index: int) -> Picture:
    """Page `index` rendered 1600 px wide."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[index]
        image = page.render(scale=PAGE_RENDER_WIDTH / max(1.0, page.get_size()[0])).to_pil()
        return page_picture(image, f"page_{index}")
    finally:
        pdf.close()


def _is_heading(line: layout.Line, body: float) -> bool:
    """Larger than the body text, or bold at body size and short, and not the middle of a sentence."""
    words = line.text.split()
    shape = (
        line.cells == 1
        and 1 <= len(words) <= 16
        and not line.text.endswith((",", ";", "."))
        and not BULLET.match(line.text)
        and not line.text[:1].islower()
        and words[-1].lower() not in DANGLING
        and not DATE.search(line.text)
        and sum(c.isalpha() for c in line.text) >= 2
        and not SENTENCE_INSIDE.search(line.text)
    )
    return shape and (
        line.size >= body * 1.18 or (line.bold and line.size >= body * 0.98 and len(words) <= 10)
    )


def _sections_by_heading(lines: list[layout.Line]) -> list[Section]:
    body = layout.body_size(lines)
    heading_sizes = sorted(
        {max(line.size, body * 1.01) for line in lines if _is_heading(line, body)}, reverse=True
    )
    sections: list[Section] = []
    current = Section(heading="", level=1, page=0)
    heading_size = 0.0
    paragraph: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            current.say(join_lines(paragraph))
            paragraph.clear()

    for line in lines:
        if _is_heading(line, body):
            end_paragraph()
            wrapped = (
                abs(line.size - heading_size) < 0.5
                and line.page == current.page
                and len(f"{current.heading} {line.text}".split()) <= 16
                and not SENTENCE_INSIDE.search(f"{current.heading} {line.text}")
            )
            if current.heading and not current.paragraphs and not current.bullets and wrapped:
                current.heading = f"{current.heading} {line.text}"  # a heading wrapped over two lines
                continue
            if current.heading or current.paragraphs or current.bullets:
                sections.append(current)
            current = Section(
                heading=line.text, level=1 + heading_sizes.index(max(line.size, body * 1.01)), page=line.page
            )
            heading_size = line.size
        elif line.cells > 1:
            end_paragraph()
            current.say(as_row([line.text]), level=DATA)
        elif BULLET.match(line.text):
            end_paragraph()
            current.item(0, BULLET.sub("", line.text))
        else:
            if paragraph and ENDS.search(line.text) and len(line.text) < 0.6 * len(paragraph[-1]):
                paragraph.append(line.text)
                end_paragraph()
                continue
            paragraph.append(line.text)
    end_paragraph()
    sections.append(current)
    return [s for s in sections if s.heading or s.paragraphs or s.bullets]


def _sections_by_page(lines: list[layout.Line]) -> list[Section]:
    """One section per page: its largest line is the heading."""
    sections = []
    for page in sorted({line.page for line in lines}):
        on_page = [line for line in lines if line.page == page]
        top = max(on_page, key=lambda line: (line.cells == 1, line.size))
        section = Section(heading=top.text if top.cells == 1 else "", page=page)
        prose: list[str] = []
        for line in on_page:
            if line is top and top.cells == 1:
                continue
            if line.cells > 1:
                if prose:
                    section.say(join_lines(prose))
                    prose = []
                section.say(as_row([line.text]), level=DATA)
            elif BULLET.match(line.text):
                if prose:
                    section.say(join_lines(prose))
                    prose = []
                section.item(0, BULLET.sub("", line.text))
            else:
                prose.append(line.text)
        if prose:
            section.say(join_lines(prose))
        sections.append(section)
    return sections


def _pictures(pdf, sections: list[Section]) -> list[Picture]:  # type: ignore[no-untyped-def]
    """Embedded raster images worth showing, attached to the section they appear in."""
    import pypdfium2.raw as raw

    pictures: list[Picture] = []
    seen: set[str] = set()
    for index in range(len(pdf)):
        if len(pictures) >= MAX_PICTURES:
            break
        owner = next((s for s in reversed(sections) if s.page is not None and s.page <= index), None)
        for n, obj in enumerate(pdf[index].get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=2)):
            try:
                image = obj.get_bitmap(render=False).to_pil()
                if _masked_away(obj):
                    continue
            except Exception:  # an image pdfium cannot decode is skipped, not fatal
                continue
            picture = encode_picture(image, f"page_{index}_img_{n}")
            if picture is None or digest(picture.data) in seen:
                continue
            seen.add(digest(picture.data))
            pictures.append(picture)
            if owner is not None:
                owner.pictures.append(len(pictures) - 1)
    return pictures


def _masked_away(obj) -> bool:  # type: ignore[no-untyped-def]
    """Most of the image is hidden by its mask (pdfium applies an SMask or stencil when rendering)."""
    import numpy as np

    drawn = obj.get_bitmap(render=True).to_pil()
    if drawn.mode != "RGBA":
        return False
    return float(np.asarray(drawn.getchannel("A")).mean()) / 255 < SEEN_THROUGH_MASK


def _title(meta_title: str, sections: list[Section]) -> str:
    title = clean(meta_title)
    if (
        title
        and not GENERIC_TITLE.match(title)
        and not re.search(r"untitled|microsoft word", title, re.IGNORECASE)
    ):
        return title
    headed = [s for s in sections if s.heading]
    return headed[0].heading if headed else ""
