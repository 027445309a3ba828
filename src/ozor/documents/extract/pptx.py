"""PPTX (python-pptx): slide titles, bullets with levels, speaker notes, pictures, theme colours and
fonts, and the colours the slides' shapes actually use."""

from __future__ import annotations

import io
from collections import Counter

from ozor.documents.extract import theme as themes
from ozor.documents.extract.model import (
    Document,
    Picture,
    Section,
    digest,
    encode_picture,
    merge_colors,
    open_image,
    ranked,
)
from ozor.errors import BadRequest

MAX_PICTURES = 40


def extract(data: bytes) -> Document:
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    try:
        deck = Presentation(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as e:
        raise BadRequest(f"The presentation is corrupt or unreadable: {e}") from None
    used_colors: Counter[str] = Counter()
    fonts: Counter[str] = Counter()
    pictures: list[Picture] = []
    seen: set[str] = set()
    sections = []
    for index, slide in enumerate(deck.slides):
        section = Section(heading="", page=index)
        for shape in slide.shapes:
            _shape(shape, section, slide, used_colors, fonts, pictures, seen, index)
        if slide.has_notes_slide:
            section.notes = " ".join(slide.notes_slide.notes_text_frame.text.split()) if slide.notes_slide.notes_text_frame else ""
        if section.heading or section.paragraphs or section.bullets or section.notes:
            sections.append(section)
    if not sum(len(s.text().split()) for s in sections):
        raise BadRequest("The presentation has no text to narrate")
    theme = themes.parse_theme(_theme_blob(deck))
    for name in (theme.heading_font, theme.body_font):
        if name and not name.startswith("+"):
            fonts[name] += 1
    colors = merge_colors([c for c, _ in used_colors.most_common()] + themes.ordered_colors(theme))
    title = next((s.heading for s in sections if s.heading), "") or deck.core_properties.title or ""
    return Document(kind="pptx", title=title, sections=sections, pictures=pictures, colors=colors,
                    fonts=ranked(fonts), layout="slide", page_count=len(deck.slides))


def _shape(shape, section: Section, slide, colors: Counter[str], fonts: Counter[str],  # type: ignore[no-untyped-def]
           pictures: list[Picture], seen: set[str], index: int) -> None:
    from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER

    if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
        for child in shape.shapes:
            _shape(child, section, slide, colors, fonts, pictures, seen, index)
        return
    area = int((shape.width or 0) * (shape.height or 0) // 10**9) + 1
    fill = _fill_color(shape)
    if fill:
        colors[fill] += area
    if shape.shape_type == MSO_SHAPE_TYPE.PICTURE and len(pictures) < MAX_PICTURES:
        _picture(shape, section, pictures, seen, index)
    if not shape.has_text_frame or not shape.text_frame.text.strip():
        return
    is_title = shape.is_placeholder and shape.placeholder_format.type in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
    for paragraph in shape.text_frame.paragraphs:
        text = " ".join("".join(run.text for run in paragraph.runs).split())
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
        elif paragraph.level > 0 or _has_bullet(paragraph) or shape.is_placeholder:
            section.bullets.append((paragraph.level, text))
        else:
            section.paragraphs.append(text)


def _has_bullet(paragraph) -> bool:  # type: ignore[no-untyped-def]
    ppr = paragraph._p.pPr
    return ppr is not None and any(child.tag.endswith(("buChar", "buAutoNum")) for child in ppr)


def _picture(shape, section: Section, pictures: list[Picture], seen: set[str], index: int) -> None:  # type: ignore[no-untyped-def]
    try:
        blob = shape.image.blob
    except (KeyError, ValueError, AttributeError):
        return
    image = open_image(blob)
    if image is None or digest(blob) in seen:
        return
    picture = encode_picture(image, f"slide_{index}_img_{len(section.pictures)}")
    if picture is not None:
        seen.add(digest(blob))
        pictures.append(picture)
        section.pictures.append(len(pictures) - 1)


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
