"""PDF text as lines: PDFium's characters grouped into lines with their size, weight, font and place
on the page; then what is not the text's own (running headers and footers, page numbers, stamps,
table-of-contents entries) left out, and pages set in columns read column by column."""

from __future__ import annotations

import ctypes
import difflib
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from ozor.documents.extract.model import ranked
from ozor.documents.extract.text import clean, is_page_number

SUBSET = re.compile(r"^[A-Z]{6}\+")
LEADERS = re.compile(r"(\.\s?){4,}|…{2,}")
SAMPLE_EVERY = 4  # characters between samples of font size, weight and name
SOFT_HYPHEN = {0x02, 0xAD, 0xFFFE}  # PDFium's marks for a word hyphenated across a line end
COLUMN_GAP = 0.04  # of the page width (~24 pt on A4): far wider than any space between words
ROW_TOLERANCE = 0.008  # of the page height: cells whose tops differ less sit on one row
OCR_HEADER_CHARS, OCR_ALIKE = 12, 0.85  # a misread running header: this long, this alike
MARGIN = 0.12  # the top and bottom eighth of a page, where running headers, footers and page numbers sit


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
    cells: int = 1  # more than one: a table row, its cells joined by "; "


def page_lines(page, index: int) -> list[Line]:  # type: ignore[no-untyped-def]
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
                fonts[font_family(buffer.value.decode("latin-1"))] += 1
    flush()
    textpage.close()
    return out


def without_contents_entries(lines: list[Line]) -> list[Line]:
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


def reading_order(lines: list[Line]) -> list[Line]:
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


def table_rows(lines: list[Line]) -> list[Line]:
    """Cells side by side on one baseline (PDFium's text broken at wide gaps, read in a row) joined
    into one line per row, so a table is said row by row and never taken for a heading or prose."""
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if (
            last is not None
            and last.page == line.page
            and abs(last.top - line.top) < ROW_TOLERANCE
            and line.left >= last.right
        ):
            last.text, last.cells = f"{last.text}; {line.text}", last.cells + 1
            last.right, last.size = line.right, max(last.size, line.size)
        else:
            out.append(Line(**vars(line)))
    return out


def without_page_furniture(lines: list[Line], pages: int) -> list[Line]:
    """Drop running headers and footers, page numbers and table-of-contents leaders.

    A running header is a line no larger than the body text, repeated (a page number it starts or
    ends with aside) in a page's top or bottom margin on pages close together (one page apart, or
    two for left and right pages) or on half the pages; a stamp or watermark is the same short line
    on at least half of the pages; a page number is a bare number in a margin. Headings are larger
    than body text, and numbered ones ("1 Foo", "4 Foo") are not alike anyway.
    """
    body = body_size(lines)

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
    headers = {k for k, v in margin_pages_of.items() if k and furniture(v)} | _misread(margin_pages_of)
    return [
        line
        for line in lines
        if line.text.lower() not in repeated
        and not (marginal(line) and line.size <= body * 1.1 and running(line.text) in headers)
        and not LEADERS.search(line.text)
        and not (is_page_number(line.text) and marginal(line))
    ]


def _misread(margin_pages_of: dict[str, set[int]]) -> set[str]:
    """Running headers an OCR layer spells a little differently on each page ("THE SIEGE OF
    VICKSBUEG.", "THE SIEGE OP VICKSBURG."): margin lines nearly alike on pages up to two apart."""
    on_page: dict[int, list[str]] = {}
    for text, found in margin_pages_of.items():
        if len(text) >= OCR_HEADER_CHARS:
            for page in found:
                on_page.setdefault(page, []).append(text)
    out: set[str] = set()
    for page, texts in on_page.items():
        near = [t for p in (page + 1, page + 2) for t in on_page.get(p, [])]
        for a in texts:
            for b in near:
                matcher = difflib.SequenceMatcher(None, a, b)
                if a != b and matcher.quick_ratio() >= OCR_ALIKE and matcher.ratio() >= OCR_ALIKE:
                    out.update((a, b))
    return out


def font_family(name: str) -> str:
    name = SUBSET.sub("", name)
    return re.split(r"[-,]", name)[0].replace("MT", "").replace("PS", "").strip()


def body_size(lines: list[Line]) -> float:
    weighted = [line.size for line in lines for _ in range(max(1, len(line.text) // 20))]
    return statistics.median(weighted) if weighted else 10.0
