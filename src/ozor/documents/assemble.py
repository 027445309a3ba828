"""A plan's scenes as a scene-graph Project, following VISUAL.md's document-video storyboard: a title
card with the document's name, one scene per key section (heading, key points, its image or page),
a closing takeaway. Text stays in the safe areas; at 9:16 it keeps clear of the caption band."""

from __future__ import annotations

import re
from typing import Any, Literal

from ozor.scene.color import contrast, luminance, rgba_of
from ozor.scene.models import (
    Animation,
    Box,
    Element,
    FontFamily,
    ImageElement,
    KenBurns,
    Narration,
    Palette,
    Project,
    Scene,
    ShapeElement,
    SolidBackground,
    TextElement,
    Theme,
    Transition,
)

SERIF = (
    "times",
    "georgia",
    "cambria",
    "garamond",
    "serif",
    "minion",
    "palatino",
    "book antiqua",
    "cmr",
    "sfrm",
)
TextRole = Literal["heading", "body", "caption", "cta"]
TRANSITION = Transition(kind="crossfade", duration=0.4)
STAGGER = 0.12


def palette(style_colors: list[str]) -> Palette:
    """The document's most prominent colour as background; near-black or near-white text, whichever
    reads (>= 4.5:1); its most vivid colour that stands out (>= 3:1) as the accent."""
    valid = [c.upper() for c in style_colors if re.fullmatch(r"#[0-9A-Fa-f]{6}", c)]
    background = valid[0] if valid else "#FFFFFF"
    dark = luminance(background) < 0.3
    text = max(("#0F172A", "#F8FAFC"), key=lambda c: contrast(c, background))
    vivid = sorted(valid[1:], key=_saturation, reverse=True)
    fallback = "#3B82F6" if dark else "#2F6FEB"
    accent = next((c for c in vivid if _saturation(c) > 0.25 and contrast(c, background) >= 3.0), fallback)
    if contrast(accent, background) < 3.0:
        accent = text
    surface = "#1A2233" if dark else "#F3F6FA"
    if contrast(text, surface) < 4.5:
        surface = background
    muted = "#CBD5E1" if dark else "#475569"
    if contrast(muted, background) < 4.5:
        muted = text
    return Palette(background=background, surface=surface, text=text, accent=accent, muted=muted)


def _saturation(hex_color: str) -> float:
    r, g, b, _ = rgba_of(hex_color)
    return (max(r, g, b) - min(r, g, b)) / 255


def theme(style: dict[str, Any]) -> Theme:
    fonts = " ".join(style.get("fonts") or []).lower()
    family: FontFamily = "Noto Serif" if any(s in fonts for s in SERIF) else "Inter"
    return Theme(
        palette=palette(style.get("colors") or []),
        heading_font=family,
        body_font="Inter",
        style=str(style.get("tone") or "")[:40] or None,
    )


def enter(index: int) -> Animation:
    return Animation(
        kind="slide",
        direction="up",
        duration=0.5,
        delay=round(0.15 + STAGGER * index, 2),
        easing="ease_out_cubic",
        distance=0.03,
    )


def _text(eid: str, text: str, box: Box, role: TextRole, index: int, **extra: Any) -> TextElement:
    return TextElement(
        id=eid,
        text=text[:600],
        box=box,
        role=role,
        align=extra.pop("align", "left"),
        enter=enter(index),
        **extra,
    )


def _image(asset: str, box: Box, index: int, page: bool) -> ImageElement:
    return ImageElement(
        id="image",
        asset=asset,
        box=box,
        fit="contain" if page else "cover",
        corner_radius=0.03,
        shadow=True,
        ken_burns=KenBurns(zoom_from=1.0, zoom_to=1.06),
        enter=Animation(kind="fade", duration=0.5, delay=round(0.15 + STAGGER * index, 2)),
    )


def build_scene(
    index: int,
    kind: str,
    title: str,
    points: list[str],
    narration: str,
    image: tuple[str, bool] | None,
    aspect: str,
    captions: bool,
    subtitle: str | None = None,
    last: bool = False,
) -> Scene:
    """One scene; `image` is (asset ref, is a page render)."""
    wide = aspect == "16:9"
    elements: list[Element] = []
    if kind == "title":
        text_w = 0.46 if image and wide else (0.84 if wide else 0.74)
        x0 = 0.08 if wide else 0.07
        top = 0.30 if wide else (0.44 if image else 0.30)
        if subtitle:
            elements.append(
                _text(
                    "kicker",
                    subtitle,
                    Box(x=x0, y=top - 0.08, w=text_w, h=0.06),
                    "caption",
                    0,
                    uppercase=True,
                )
            )
        elements.append(
            _text(
                "headline",
                title,
                Box(x=x0, y=top, w=text_w, h=0.3 if wide else 0.14),
                "heading",
                1,
                size=0.085,
                weight=800,
            )
        )
        if image:
            box = Box(x=0.58, y=0.14, w=0.34, h=0.72) if wide else Box(x=0.07, y=0.15, w=0.74, h=0.22)
            elements.append(_image(image[0], box, 2, image[1]))
    elif kind == "closing":
        y = 0.30 if wide else 0.22
        elements.append(
            _text(
                "headline",
                title,
                Box(x=0.1, y=y, w=0.8, h=0.18) if wide else Box(x=0.07, y=y, w=0.74, h=0.12),
                "heading",
                0,
                align="center",
            )
        )
        if points:
            box = Box(x=0.1, y=y + 0.22, w=0.8, h=0.16) if wide else Box(x=0.07, y=y + 0.15, w=0.74, h=0.14)
            elements.append(_text("body", points[0], box, "body", 1, align="center"))
        if subtitle:
            box = (
                Box(x=0.1, y=0.74, w=0.8, h=0.06)
                if wide
                else Box(x=0.07, y=0.52 if captions else 0.66, w=0.74, h=0.05)
            )
            elements.append(_text("attribution", subtitle, box, "caption", 2, align="center"))
    else:
        elements += _section_elements(title, points, image, wide, captions)
    return Scene(
        id=f"s{index + 1}",
        title=title[:200],
        duration=4.0,
        background=SolidBackground(),
        elements=elements,
        transition=Transition() if last else TRANSITION,
        narration=Narration(text=narration) if narration.strip() else None,
    )


def _section_elements(
    title: str, points: list[str], image: tuple[str, bool] | None, wide: bool, captions: bool
) -> list[Element]:
    out: list[Element] = []
    if wide:
        text_w = 0.42 if image else 0.74
        out.append(
            ShapeElement(
                id="accent-bar",
                shape="rectangle",
                box=Box(x=0.08, y=0.16, w=0.006, h=0.14),
                enter=Animation(kind="wipe", direction="down", duration=0.4),
            )
        )
        out.append(_text("headline", title, Box(x=0.1, y=0.14, w=text_w, h=0.18), "heading", 0))
        for i, point in enumerate(points[:3]):
            out.append(
                _text(f"point-{i + 1}", point, Box(x=0.1, y=0.38 + 0.15 * i, w=text_w, h=0.13), "body", i + 1)
            )
        if image:
            out.append(_image(image[0], Box(x=0.56, y=0.14, w=0.36, h=0.72), len(points) + 1, image[1]))
        return out
    # 9:16: headline, then the picture, then the points; all above the caption band when captions are on.
    out.append(_text("headline", title, Box(x=0.07, y=0.15, w=0.74, h=0.1), "heading", 0))
    y = 0.27
    if image:
        out.append(_image(image[0], Box(x=0.07, y=y, w=0.74, h=0.2), 1, image[1]))
        y += 0.22
    bottom = 0.6 if captions else 0.76
    for i, point in enumerate(points[: 2 if captions else 3]):
        if y + 0.05 > bottom:
            break
        out.append(_text(f"point-{i + 1}", point, Box(x=0.07, y=y, w=0.74, h=0.05), "body", i + 2))
        y += 0.06
    return out


def project(title: str, aspect: str, style: dict[str, Any], scenes: list[Scene], captions: bool) -> Project:
    return Project(title=title[:300], aspect=aspect, theme=theme(style), scenes=scenes, captions=captions)  # type: ignore[arg-type]
