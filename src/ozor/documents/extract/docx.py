"""DOCX (python-docx): headings and their sections, paragraphs, lists, tables, text boxes, inline
images, and the fonts and colours of the styles in use (with the theme's). A file python-docx cannot
open (Strict Open XML) is read for its text from the raw XML."""

from __future__ import annotations

import io
from collections import Counter

from ozor.documents.extract import theme as themes
from ozor.documents.extract.model import (
    DATA,
    Document,
    Picture,
    Section,
    digest,
    encode_picture,
    merge_colors,
    open_image,
    ranked,
)
from ozor.documents.extract.text import GENERIC_TITLE, clean, has_words, table_rows
from ozor.errors import BadRequest

MAX_PICTURES = 40
TITLE_WORDS = 12  # a first line this short, with no full stop, is the document's title
BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def extract(data: bytes) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as e:
        return _raw(data, e)
    sections: list[Section] = []
    current = Section(heading="", level=1)
    pictures: list[Picture] = []
    seen: set[str] = set()
    fonts: Counter[str] = Counter()
    colors: Counter[str] = Counter()
    title = clean(document.core_properties.title or "")
    title = "" if GENERIC_TITLE.match(title) else title
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            current.say(*table_rows(block), level=DATA)
            continue
        paragraph = block
        text = clean(paragraph.text)
        current.say(*_text_boxes(paragraph._p))
        style = paragraph.style
        style_name = style.name if style is not None else ""
        _count_fonts(paragraph, style, fonts, colors)
        for picture in _pictures(document, paragraph, pictures, seen):
            current.pictures.append(picture)
        if not text:
            continue
        level = _heading_level(style_name)
        if level is not None:
            if level == 0 and not title:
                title = text
            if current.heading or current.paragraphs or current.bullets or current.pictures:
                sections.append(current)
            current = Section(heading=text, level=level)
        elif _is_list(paragraph, style_name):
            current.item(_list_level(paragraph), text)
        else:
            current.say(text)
    sections.append(current)
    sections = [s for s in sections if s.heading or s.paragraphs or s.bullets]
    if not any(has_words(s.text()) for s in sections):
        what = "only pictures" if pictures else "no text"
        raise BadRequest(f"The Word document has no text to narrate: it holds {what}")
    theme = themes.parse_theme(_theme_blob(document))
    for name in (theme.heading_font, theme.body_font):
        if name:
            fonts[name] += 1
    return Document(
        kind="docx",
        title=title or _first_line(sections),
        sections=sections,
        pictures=pictures,
        colors=merge_colors([c for c, _ in colors.most_common()] + themes.ordered_colors(theme)),
        fonts=ranked(fonts),
        layout="document",
    )


def _first_line(sections: list[Section]) -> str:
    """The first heading; else a short first line that reads as a title (no full stop); else nothing,
    and the plan says so rather than showing the file's name."""
    heading = next((s.heading for s in sections if s.heading), "")
    if heading:
        return heading
    first = next((p for s in sections for p in s.paragraphs), "")
    return first if len(first.split()) <= TITLE_WORDS and not first.endswith((".", ";", ",", ":")) else ""


def _text_boxes(p) -> list[str]:  # type: ignore[no-untyped-def]
    """The paragraphs of text boxes anchored in a paragraph (python-docx's text leaves them out);
    the VML copy Word writes for older readers (mc:Fallback) is skipped."""
    out = []
    for box in p.iter(f"{W}txbxContent"):
        if any(a.tag == FALLBACK for a in box.iterancestors()):
            continue
        for inner in box.iter(f"{W}p"):
            text = clean("".join(t.text or "" for t in inner.iter(f"{W}t")))
            if text:
                out.append(text)
    return out


def _raw(data: bytes, error: Exception) -> Document:
    """The text of a package python-docx cannot open (Strict Open XML uses other namespaces),
    read by element names alone: paragraphs, and headings from their style names."""
    import zipfile

    from lxml import etree

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        name = next(n for n in archive.namelist() if n.endswith("document.xml") and n.startswith("word/"))
        root = etree.fromstring(
            archive.read(name), parser=etree.XMLParser(resolve_entities=False, no_network=True)
        )
    except (StopIteration, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError):
        raise BadRequest(f"The Word document is corrupt or unreadable: {error}") from None
    sections = [Section(heading="", level=1)]
    for p in root.iter("{*}p"):
        if any(etree.QName(a).localname in ("p", "Fallback") for a in p.iterancestors()):
            continue  # nested text-box paragraphs come with their own iteration
        text = clean("".join(t.text or "" for t in p.iter("{*}t")))
        if not text:
            continue
        style = next((s.get(next(iter(s.attrib), "")) or "" for s in p.iter("{*}pStyle")), "")
        level = _heading_level(style.replace("Heading", "heading ").replace("Title", "title"))
        if level is not None:
            sections.append(Section(heading=text, level=level))
        else:
            sections[-1].say(text)
    sections = [s for s in sections if s.heading or s.paragraphs]
    if not any(has_words(s.text()) for s in sections):
        raise BadRequest("The Word document has no text to narrate: it holds no text")
    return Document(kind="docx", title=_first_line(sections), sections=sections, layout="document")


def _heading_level(style_name: str) -> int | None:
    name = style_name.lower()
    if name == "title":
        return 0  # a subtitle is not a heading: it is said, as a paragraph
    if name.startswith("heading"):
        digits = "".join(c for c in name if c.isdigit())
        return int(digits) if digits else 1
    return None


def _is_list(paragraph, style_name: str) -> bool:  # type: ignore[no-untyped-def]
    ppr = paragraph._p.pPr
    return "list" in style_name.lower() or (ppr is not None and ppr.numPr is not None)


def _list_level(paragraph) -> int:  # type: ignore[no-untyped-def]
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None and ppr.numPr.ilvl is not None:
        return int(ppr.numPr.ilvl.val)
    return 0


def _count_fonts(paragraph, style, fonts: Counter[str], colors: Counter[str]) -> None:  # type: ignore[no-untyped-def]
    """Run fonts where set, else the paragraph style's (walking up its base styles)."""
    style_font, style_color = None, None
    while style is not None and (style_font is None or style_color is None):
        style_font = style_font or style.font.name
        if style_color is None and style.font.color is not None and style.font.color.rgb is not None:
            style_color = f"#{style.font.color.rgb}"
        style = style.base_style
    for run in paragraph.runs:
        weight = len(run.text)
        font = run.font.name or style_font
        if font:
            fonts[font] += weight
        color = run.font.color.rgb if run.font.color is not None and run.font.color.type is not None else None
        shown = f"#{color}" if color is not None else style_color
        if shown:
            colors[shown] += weight


def _pictures(document, paragraph, pictures: list[Picture], seen: set[str]) -> list[int]:  # type: ignore[no-untyped-def]
    found = []
    for blip in paragraph._p.iter(BLIP):
        rel_id = blip.get(EMBED)
        part = document.part.related_parts.get(rel_id) if rel_id else None
        blob = getattr(part, "blob", None)
        if not blob or len(pictures) >= MAX_PICTURES or digest(blob) in seen:
            continue
        image = open_image(blob)
        picture = encode_picture(image, f"img_{len(pictures)}") if image is not None else None
        if picture is not None:
            seen.add(digest(blob))
            pictures.append(picture)
            found.append(len(pictures) - 1)
    return found


def _theme_blob(document) -> bytes | None:  # type: ignore[no-untyped-def]
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        return document.part.part_related_by(RT.THEME).blob
    except (KeyError, AttributeError):
        return None
