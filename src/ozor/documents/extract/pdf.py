"""PDF (pypdfium2): text in reading order with headings told apart by font size, embedded images,
and page renders (a slide-like PDF is best shown as its pages)."""

from __future__ import annotations

import ctypes
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from ozor.documents.extract.model import (
    Document,
    Picture,
    Section,
    digest,
    dominant_colors,
    encode_picture,
    page_picture,
    ranked,
)
from ozor.documents.extract.text import GENERIC_TITLE, clean, has_words, is_page_number, join_lines
from ozor.errors import BadRequest

BULLET = re.compile(r"^\s*([•◦▪▫●○■□►▸‣⁃–—\-*]|\d{1,2}[.)])\s+")
SUBSET = re.compile(r"^[A-Z]{6}\+")
LEADERS = re.compile(r"(\.\s?){4,}|…{2,}")
MAX_PICTURES = 40
PAGE_RENDER_WIDTH = 1600
SAMPLE_EVERY = 4  # characters between samples of font size, weight and name
SOFT_HYPHEN = {0x02, 0xAD, 0xFFFE}  # PDFium's marks for a word hyphenated across a line end
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
COLUMN_GAP = 0.04  # of the page width (~24 pt on A4): far wider than any space between words
SENTENCE_INSIDE = re.compile(r"\w{2}[.!?]\s+[A-Z]")  # "… the network. The …": prose, not a heading
MARGIN = 0.12  # the top and bottom tenth of a page, where running headers, footers and page numbers sit


@dataclass
class Line:
    text: str
    size: float
    font: str
    page: int
    bold: bool = False
    top: float = 0.5  # where the line starts, as a fraction of the page height from the top
    left: float = 0.0  # its horizontal extent, as fractions of the page width
    right: float = 1.0


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
    lines: list[Line] = []
    landscape = 0
    for index in range(len(pdf)):
        page = pdf[index]
        width, height = page.get_size()
        landscape += width > height
        lines.extend(_reading_order(_without_contents_entries(_lines(page, index))))
    lines = _without_page_furniture(lines, len(pdf))
    if not any(has_words(line.text) for line in lines):
        raise BadRequest(_why_no_text(pdf))
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


def _lines(page, index: int) -> list[Line]:  # type: ignore[no-untyped-def]
    """The page's text lines in pdfium's reading order, with their size, boldness and main font.

    Font size, weight and name are sampled every few characters: they rarely change inside a word,
    and each is a call into pdfium.
    """
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    handle = textpage.raw
    out: list[Line] = []
    chars: list[str] = []
    sizes: list[float] = []
    bold: list[bool] = []
    fonts: Counter[str] = Counter()
    buffer = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    matrix = raw.FS_MATRIX()
    width, height = (max(1.0, side) for side in page.get_size())
    box = [ctypes.c_double() for _ in range(4)]  # left, right, bottom, top
    extent: list[float] = []  # the line's left, right and top, as fractions of the page
    soft = False

    def flush() -> None:
        text = clean("".join(chars))
        if text:
            font = ranked(fonts, 1)[0] if fonts else ""
            strong = bool(bold) and sum(bold) > len(bold) / 2
            where = (extent[2], extent[0], extent[1]) if extent else (0.5, 0.0, 1.0)
            out.append(Line(text, max(sizes, default=0.0), font, index, strong, *where))
        for collected in (chars, sizes, bold, fonts, extent):
            collected.clear()

    for i in range(textpage.count_chars()):
        code = raw.FPDFText_GetUnicode(handle, i)
        if code in SOFT_HYPHEN:
            soft = True  # the word goes on after the line break: the break is not a word boundary
            continue
        char = chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else ""
        if char in ("\n", "\r"):
            if not soft:
                flush()
            continue
        soft = False
        if char.strip() and raw.FPDFText_GetCharBox(handle, i, *(ctypes.byref(v) for v in box)):
            x0, x1 = box[0].value / width, box[1].value / width
            if extent and x0 - extent[1] > COLUMN_GAP:
                flush()  # PDFium joins text on one baseline: a wide gap is a column or cell boundary
            if extent:
                extent[0], extent[1] = min(extent[0], x0), max(extent[1], x1)
            else:
                extent.extend((x0, x1, min(1.0, max(0.0, 1.0 - box[3].value / height))))
        chars.append(char)
        if char.strip() and (len(chars) == 1 or not i % SAMPLE_EVERY):
            scale = 1.0
            if raw.FPDFText_GetMatrix(handle, i, ctypes.byref(matrix)):
                scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0
            sizes.append(round(raw.FPDFText_GetFontSize(handle, i) * scale, 1))
            bold.append(raw.FPDFText_GetFontWeight(handle, i) >= 600)
            if raw.FPDFText_GetFontInfo(handle, i, buffer, len(buffer), ctypes.byref(flags)):
                fonts[_family(buffer.value.decode("latin-1"))] += 1
    flush()
    textpage.close()
    return out


def _without_contents_entries(lines: list[Line]) -> list[Line]:
    """A table of contents' entries (a line with a bare page number far to its right, on the same
    baseline) and their numbers: a list of what comes, not something to narrate."""
    numbers = [x for x in lines if x.text.isdigit() and x.left > 0.55]
    entries = {
        id(x)
        for n in numbers
        for x in lines
        if x is not n and abs(x.top - n.top) < 0.004 and x.right < n.left
    }
    if len(entries) < 3:
        return lines  # one number beside a line is a table cell or a form, not a table of contents
    paired = {id(n) for n in numbers if any(abs(x.top - n.top) < 0.004 for x in lines if id(x) in entries)}
    return [x for x in lines if id(x) not in entries and id(x) not in paired]


def _reading_order(lines: list[Line]) -> list[Line]:
    """A page set in columns read column by column, whatever order its content stream draws them in.

    Columns are found as a vertical gutter in the middle of the page that no line crosses except
    lines spanning the page (titles, figures' captions): those cut the page into bands, and each band
    is read left column first, then right. A page with no such gutter keeps PDFium's order.
    """
    if len(lines) < 8:
        return lines
    bins = [0] * 100
    for line in lines:
        if line.right - line.left < 0.6:
            for b in range(int(line.left * 100), min(100, int(line.right * 100) + 1)):
                bins[b] += 1
    gap = [b for b in range(30, 71) if bins[b] == 0]
    if not gap:
        return lines
    gutter = (gap[0] + gap[-1]) / 200
    left = [line for line in lines if line.right <= gutter]
    right = [line for line in lines if line.left >= gutter]
    spanning = len(lines) - len(left) - len(right)
    if min(len(left), len(right)) < max(4, 0.25 * len(lines)) or spanning > 0.3 * len(lines):
        return lines
    if min(statistics.median(x.right - x.left for x in column) for column in (left, right)) < 0.25:
        return lines  # short cells side by side: a table or a form, read row by row as drawn
    ordered: list[Line] = []
    band: list[Line] = []
    for line in sorted(lines, key=lambda line: line.top):
        if line.left < gutter < line.right:  # spans the columns: ends a band
            ordered += [x for x in band if x.right <= gutter] + [x for x in band if x.right > gutter]
            band = []
            ordered.append(line)
        else:
            band.append(line)
    ordered += [x for x in band if x.right <= gutter] + [x for x in band if x.right > gutter]
    return ordered


def _without_page_furniture(lines: list[Line], pages: int) -> list[Line]:
    """Drop running headers and footers, page numbers and table-of-contents leaders.

    A running header is a line no larger than the body text, repeated (a page number it starts or
    ends with aside) in a page's top or bottom margin on pages close together (one page apart, or
    two for left and right pages) or on half the pages; a stamp or watermark is the same short line
    on at least half of the pages; a page number is a bare number in a margin. Headings are larger
    than body text, and numbered ones ("1 Foo", "4 Foo") are not alike anyway.
    """
    body = _body_size(lines)

    def marginal(line: Line) -> bool:
        return line.top < MARGIN or line.top > 1 - MARGIN

    def furniture(found: set[int]) -> bool:
        ordered = sorted(found)
        close = any(b - a <= 2 for a, b in zip(ordered, ordered[1:], strict=False))
        return len(ordered) >= 2 and (close or len(ordered) >= 0.5 * pages)

    def running(text: str) -> str:  # the text without the page number it starts or ends with
        return re.sub(r"^\W*\d+\W*|\W*\d+\W*$", "", text.lower())

    pages_of: dict[str, set[int]] = {}
    margin_pages_of: dict[str, set[int]] = {}
    for line in lines:
        pages_of.setdefault(line.text.lower(), set()).add(line.page)
        if marginal(line) and line.size <= body * 1.1:
            margin_pages_of.setdefault(running(line.text), set()).add(line.page)
    # Stamps and watermarks ("DRAFT", "Confidential"): short; a long line met again is the text's own.
    repeated = {k for k, v in pages_of.items() if len(v) >= max(3, 0.5 * pages) and len(k.split()) <= 6}
    headers = {k for k, v in margin_pages_of.items() if k and furniture(v)}
    return [
        line
        for line in lines
        if line.text.lower() not in repeated
        and not (marginal(line) and line.size <= body * 1.1 and running(line.text) in headers)
        and not LEADERS.search(line.text)
        and not (is_page_number(line.text) and marginal(line))
    ]


def _family(name: str) -> str:
    name = SUBSET.sub("", name)
    return re.split(r"[-,]", name)[0].replace("MT", "").replace("PS", "").strip()


def _body_size(lines: list[Line]) -> float:
    weighted = [line.size for line in lines for _ in range(max(1, len(line.text) // 20))]
    return statistics.median(weighted) if weighted else 10.0


def _is_heading(line: Line, body: float) -> bool:
    """Larger than the body text, or bold at body size and short, and not the middle of a sentence."""
    words = line.text.split()
    shape = (
        1 <= len(words) <= 16
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


def _sections_by_heading(lines: list[Line]) -> list[Section]:
    body = _body_size(lines)
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
        elif BULLET.match(line.text):
            end_paragraph()
            current.item(0, BULLET.sub("", line.text))
        else:
            if (
                paragraph
                and paragraph[-1].endswith((".", "!", "?", ":"))
                and len(line.text) < 0.6 * len(paragraph[-1])
            ):
                paragraph.append(line.text)
                end_paragraph()
                continue
            paragraph.append(line.text)
    end_paragraph()
    sections.append(current)
    return [s for s in sections if s.heading or s.paragraphs or s.bullets]


def _sections_by_page(lines: list[Line]) -> list[Section]:
    """One section per page: its largest line is the heading."""
    sections = []
    for page in sorted({line.page for line in lines}):
        on_page = [line for line in lines if line.page == page]
        top = max(on_page, key=lambda line: line.size)
        section = Section(heading=top.text, page=page)
        prose: list[str] = []
        for line in on_page:
            if line is top:
                continue
            if BULLET.match(line.text):
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
