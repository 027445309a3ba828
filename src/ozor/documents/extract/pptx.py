"""PPTX (python-pptx): slide titles, subtitles, bullets with levels, tables, charts (title, series and
categories), alt text, speaker notes, every picture a slide shows (picture shapes, placeholders and
picture fills), theme colours and fonts, and the colours the slides' shapes actually use."""

from __future__ import annotations

import io
import re
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
from ozor.documents.extract.text import clean, has_words, table_rows, title_from
from ozor.errors import BadRequest

MAX_PICTURES = 40
MAX_CHART_LABELS = 8  # categories or series named when a chart is described
CHART_KIND = re.compile(r"3D|Chart$")  # c:bar3DChart → "bar"
CHART_KINDS = {"ofPie": "pie"}
BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
CHART = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
C_NV_PR = "{http://schemas.openxmlformats.org/presentationml/2006/main}cNvPr"
# Office writes these when nobody wrote alt text: they describe nothing.
FILE_NAME = re.compile(r"^\S+\.\w{2,4}$")
MACHINE_ALT = ("automatically generated", "description automatically", "a picture containing")


def extract(data: bytes) -> Document:
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    try:
        deck = Presentation(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as e:
        raise BadRequest(f"The presentation is corrupt or unreadable: {e}") from None
    if not len(deck.slides):
        raise BadRequest("The presentation has no slides")
    used_colors: Counter[str] = Counter()
    fonts: Counter[str] = Counter()
    pictures: list[Picture] = []
    seen: set[str] = set()
    sections = []
    for index, slide in enumerate(deck.slides):
        section = Section(heading="", page=index)
        charts: list[tuple[str, str]] = []
        for shape in slide.shapes:
            _shape(shape, section, used_colors, fonts, charts)
        section.heading = section.heading or _charts_heading(charts)
        _slide_pictures(slide, section, pictures, seen, index)
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            section.notes = clean(slide.notes_slide.notes_text_frame.text)
        if section.heading or section.paragraphs or section.bullets or section.notes or section.pictures:
            sections.append(section)
    if not any(has_words(s.text()) for s in sections):
        what = "only pictures" if pictures else "no text, charts, tables or notes"
        raise BadRequest(f"The presentation has no text to narrate: its slides hold {what}")
    theme = themes.parse_theme(_theme_blob(deck))
    for name in (theme.heading_font, theme.body_font):
        if name and not name.startswith("+"):
            fonts[name] += 1
    colors = merge_colors([c for c, _ in used_colors.most_common()] + themes.ordered_colors(theme))
    heading = next((s.heading for s in sections if s.heading), "")
    title = heading or title_from(
        deck.core_properties.title or "", [t for s in sections[:1] for t in s.text().splitlines()]
    )
    return Document(
        kind="pptx",
        title=title,
        sections=sections,
        pictures=pictures,
        colors=colors,
        fonts=ranked(fonts),
        layout="slide",
        page_count=len(deck.slides),
    )


def _shape(  # type: ignore[no-untyped-def]
    shape, section: Section, colors: Counter[str], fonts: Counter[str], charts: list[tuple[str, str]]
) -> None:
    from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER

    if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
        for child in shape.shapes:
            _shape(child, section, colors, fonts, charts)
        return
    area = int((shape.width or 0) * (shape.height or 0) // 10**9) + 1
    fill = _fill_color(shape)
    if fill:
        colors[fill] += area
    alt = _alt_text(shape)
    if alt:
        section.say(alt)
    if getattr(shape, "has_chart", False):
        title, kind, said = _chart(shape.chart_part._element)
        charts.append((title, kind))
        section.say(*said, level=DATA)
        return
    if getattr(shape, "has_table", False):
        section.say(*table_rows(shape.table), level=DATA)
        return
    if not shape.has_text_frame or not shape.text_frame.text.strip():
        return
    kind = shape.placeholder_format.type if shape.is_placeholder else None
    is_title = kind in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
    for paragraph in shape.text_frame.paragraphs:
        text = clean("".join(run.text for run in paragraph.runs))
        for run in paragraph.runs:
            if run.font.name:
                fonts[run.font.name] += len(run.text)
            color = _run_color(run)
            if color:
                colors[color] += len(run.text)
        if not text:
            continue
        if is_title and not section.heading:
            section.heading = text
        elif is_title:
            section.heading = f"{section.heading} {text}"
        elif kind == PP_PLACEHOLDER.SUBTITLE:
            section.say(text)  # a subtitle is said, not listed
        elif paragraph.level > 0 or _has_bullet(paragraph) or shape.is_placeholder:
            section.item(paragraph.level, text)
        else:
            section.say(text)


def _has_bullet(paragraph) -> bool:  # type: ignore[no-untyped-def]
    ppr = paragraph._p.pPr
    return ppr is not None and any(child.tag.endswith(("buChar", "buAutoNum")) for child in ppr)


def _slide_pictures(slide, section: Section, pictures: list[Picture], seen: set[str], index: int) -> None:  # type: ignore[no-untyped-def]
    """Every picture the slide's shapes show: picture shapes, filled placeholders, pictures used as a
    shape's fill, inside groups too (the slide background is decoration and left out)."""
    for blip in slide.shapes._spTree.iter(BLIP):
        if len(pictures) >= MAX_PICTURES:
            return
        rel_id = blip.get(EMBED)
        try:
            blob = slide.part.related_part(rel_id).blob if rel_id else None
        except (KeyError, AttributeError):
            continue
        if not blob or digest(blob) in seen:
            continue
        seen.add(digest(blob))
        image = open_image(blob)
        picture = (
            encode_picture(image, f"slide_{index}_img_{len(section.pictures)}") if image is not None else None
        )
        if picture is not None:
            pictures.append(picture)
            section.pictures.append(len(pictures) - 1)


def _alt_text(shape) -> str:  # type: ignore[no-untyped-def]
    """What the author wrote to describe a picture or shape (its name, "Picture 3", is not that)."""
    props = next(shape._element.iter(C_NV_PR), None)
    text = clean(props.get("descr") or "") if props is not None else ""
    # One word is a label or a file name, except in scripts written without spaces (学生が…).
    spaced = len(text.split()) >= 2 or (len(text) >= 4 and not text.isascii() and not FILE_NAME.match(text))
    if not has_words(text) or not spaced or any(m in text.lower() for m in MACHINE_ALT):
        return ""
    return text if text.endswith((".", "!", "?", "。")) else f"{text}."


def _chart(chart_space) -> tuple[str, str, list[str]]:  # type: ignore[no-untyped-def]
    """A chart's title, its kind ("bar", "pie"…) and what it says in words: its title, then its
    series and categories.

    Read from the chart's XML: python-pptx has no series class for some chart types (3-D area,
    surface…) and raises on them, while every type names its series and categories the same way.
    """
    out = []
    title = next(chart_space.iter(f"{CHART}title"), None)
    text = ""
    if title is not None:
        text = clean(
            " ".join("".join(t.text or "" for t in p.iter(f"{DRAWING}t")) for p in title.iter(f"{DRAWING}p"))
        )
        text = text or clean(" ".join(v.text or "" for v in title.iter(f"{CHART}v")))
        if text:
            out.append(text if text.endswith((".", "!", "?")) else f"{text}.")
    series: list[str] = []
    categories: list[str] = []
    for ser in chart_space.iter(f"{CHART}ser"):
        name = next(ser.iter(f"{CHART}tx"), None)
        if name is not None:
            series.append(clean(" ".join(v.text or "" for v in name.iter(f"{CHART}v"))))
        cat = next(ser.iter(f"{CHART}cat"), None)
        if cat is not None and not categories:
            categories = [clean(v.text or "") for v in cat.iter(f"{CHART}v")]
    series = [s for s in dict.fromkeys(series) if has_words(s)][:MAX_CHART_LABELS]
    categories = [c for c in dict.fromkeys(categories) if has_words(c)][:MAX_CHART_LABELS]
    if series and categories:
        out.append(f"{_listing(series)}, by {_listing(categories)}.")
    elif series or categories:
        out.append(f"{_listing(series or categories)}.")
    plot = next(chart_space.iter(f"{CHART}plotArea"), None)
    tags = [str(e.tag).rsplit("}", 1)[-1] for e in (plot if plot is not None else ())]
    kind = next((CHART_KIND.sub("", t) for t in tags if t.endswith("Chart")), "")
    return text.rstrip("."), CHART_KINDS.get(kind, kind.lower()), out


def _charts_heading(charts: list[tuple[str, str]]) -> str:
    """The heading of a slide without a title of its own: its first chart's title, else what kinds of
    chart it shows ("Area charts", "Bar and line charts"); never a series or axis label."""
    titled = next((title for title, _ in charts if title), "")
    if titled or not charts:
        return titled
    kinds = list(dict.fromkeys(kind for _, kind in charts if kind))
    plural = "s" if len(charts) > 1 else ""
    return f"{_listing(kinds) if kinds else ''} chart{plural}".strip().capitalize()


def _listing(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _fill_color(shape) -> str | None:  # type: ignore[no-untyped-def]
    try:
        fill = shape.fill
        if fill.type == 1:  # MSO_FILL.SOLID
            return f"#{fill.fore_color.rgb}"
    except (AttributeError, TypeError, ValueError, NotImplementedError):
        pass
    return None


def _run_color(run) -> str | None:  # type: ignore[no-untyped-def]
    try:
        color = run.font.color
        if color and color.type is not None and color.rgb is not None:
            return f"#{color.rgb}"
    except (AttributeError, TypeError, ValueError):
        pass
    return None


def _theme_blob(deck) -> bytes | None:  # type: ignore[no-untyped-def]
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        return deck.slide_master.part.part_related_by(RT.THEME).blob
    except (KeyError, AttributeError):
        return None
