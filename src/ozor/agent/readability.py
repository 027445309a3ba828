"""Keeps every text readable after any edit: colours follow theme changes, contrast is repaired.

Text colours in the graph are plain hex codes, so a theme change first maps each colour that was a
palette role (text, accent, …) to the new palette's colour for that role, then any text that fell
below WCAG contrast against what is behind it (scene background, a photo under a scrim, a CTA pill)
gets the most readable palette colour instead.
"""

from __future__ import annotations

from ozor.agent.colors import BODY_CONTRAST, HEADLINE_CONTRAST, INK, PAPER, contrast, mix, push_to_contrast
from ozor.scene.models import (
    GradientBackground,
    ImageBackground,
    Palette,
    Project,
    Scene,
    ShapeElement,
    SolidBackground,
    TextElement,
    VideoBackground,
)

MIN_SCRIM = 0.55  # a 55 % dark scrim under text on a photo or a clip: white body text reads even on white
_PHOTO_GREY = "#8A8A8A"  # what an average photo looks like to a contrast check


def backdrop(scene: Scene, palette: Palette) -> list[str]:
    """The colours text in this scene may sit on."""
    bg = scene.background
    if isinstance(bg, SolidBackground):
        return [bg.color or palette.background]
    if isinstance(bg, GradientBackground):
        return list(bg.colors)
    assert isinstance(bg, ImageBackground | VideoBackground)
    return [mix(_PHOTO_GREY, "#000000", bg.scrim), mix("#FFFFFF", "#000000", bg.scrim)]


def behind(scene: Scene, element: TextElement, palette: Palette) -> list[str]:
    """The colours this text sits on: the topmost opaque shape beneath it that covers most of its box
    (a design's colour field or card), else the scene's backdrop. A CTA label sits on its pill."""
    if element.role == "cta":
        return [element.background or palette.accent]
    if element.background:
        return [element.background]
    b = element.box
    for shape in reversed(scene.elements[: scene.elements.index(element)]):
        if not isinstance(shape, ShapeElement) or shape.stroke_width or shape.opacity < 1:
            continue
        color = shape.color or palette.accent
        if len(color) > 7:  # translucent: the backdrop shows through
            continue
        s = shape.box
        overlap_w = min(b.x + b.w, s.x + s.w) - max(b.x, s.x)
        overlap_h = min(b.y + b.h, s.y + s.h) - max(b.y, s.y)
        if overlap_w > 0 and overlap_h > 0 and overlap_w * overlap_h >= 0.5 * b.w * b.h:
            return [color]
    return backdrop(scene, palette)


def needed_contrast(element: TextElement) -> float:
    # A headline, or a kicker (bold, uppercase, at least 14 pt even at 720p), is large text for WCAG: 3:1.
    # A CTA's label sits on a coloured pill, where 4.5:1 is asked so the button reads at a glance.
    large = element.role == "heading" or element.id == "kicker"
    return HEADLINE_CONTRAST if large else BODY_CONTRAST


def _worst(color: str, behind: list[str]) -> float:
    return min(contrast(color, b) for b in behind)


# Slot colours follow the palette: the first palette colour (by role) that reads on the backdrop.
SLOT_COLORS = {
    "kicker": ("accent", "muted", "text"),
    "stat": ("accent", "text"),
    "headline": ("text",),
    "body": ("muted", "text"),
    "attribution": ("muted", "text"),
    "cta": ("background", "text"),
}


def _choose(element: TextElement, behind: list[str], palette: Palette, prefer: tuple[str, ...]) -> str:
    candidates = (*(getattr(palette, r) for r in prefer), palette.text, palette.background, PAPER, INK)
    good = [c for c in candidates if _worst(c, behind) >= needed_contrast(element)]
    return good[0] if good else max(candidates, key=lambda c: _worst(c, behind))


def fix_scene(scene: Scene, palette: Palette) -> Scene:
    bg = scene.background
    if (
        isinstance(bg, ImageBackground | VideoBackground)
        and bg.scrim < MIN_SCRIM
        and any(isinstance(e, TextElement) for e in scene.elements)
    ):
        scene = scene.model_copy(update={"background": bg.model_copy(update={"scrim": MIN_SCRIM})})
    scene = _separate(scene, palette)
    policy = {
        palette.text.upper(),
        palette.muted.upper(),
        palette.accent.upper(),
        palette.background.upper(),
        palette.surface.upper(),
        PAPER,
        INK,
    }
    elements = []
    for e in scene.elements:
        if isinstance(e, TextElement):
            under = behind(scene, e, palette)
            # A design template chose its colours (and composes again on a new look): only unreadable
            # text is repaired there. Slot layouts follow the palette by slot.
            slotted = scene.template is None and e.id in SLOT_COLORS
            if slotted and (e.color is None or e.color.upper() in policy):
                e = e.model_copy(update={"color": _choose(e, under, palette, SLOT_COLORS[e.id])})
            elif _worst(e.color or palette.text, under) < needed_contrast(e):
                e = e.model_copy(update={"color": _choose(e, under, palette, ())})
        elements.append(e)
    return scene.model_copy(update={"elements": elements})


def _separate(scene: Scene, palette: Palette) -> Scene:
    """A chosen background colour no text colour could read on (a mid-tone) is nudged lighter or darker,
    keeping its hue, until the best text colour reaches body contrast on it."""
    bg = scene.background
    stops = (
        [bg.color]
        if isinstance(bg, SolidBackground) and bg.color
        else (list(bg.colors) if isinstance(bg, GradientBackground) else [])
    )
    if not stops:
        return scene
    ink = max((palette.text, palette.background, PAPER, INK), key=lambda c: _worst(c, stops))
    if _worst(ink, stops) >= BODY_CONTRAST:
        return scene
    fixed = [
        s if contrast(ink, s) >= BODY_CONTRAST else push_to_contrast(s, ink, BODY_CONTRAST + 0.1)
        for s in stops
    ]
    background = bg.model_copy(
        update={"color": fixed[0]} if isinstance(bg, SolidBackground) else {"colors": fixed}
    )
    return scene.model_copy(update={"background": background})


def readable(project: Project) -> Project:
    """The project with every text element readable on what is behind it."""
    palette = project.theme.palette
    return project.model_copy(update={"scenes": [fix_scene(s, palette) for s in project.scenes]})


def recolor(project: Project, old: Palette, new: Palette) -> Project:
    """Colours that played a palette role in `old` take that role's colour in `new`."""
    roles = {
        getattr(old, k).upper(): getattr(new, k) for k in ("text", "muted", "accent", "surface", "background")
    }

    def swap(color: str | None) -> str | None:
        return roles.get(color.upper(), color) if color else color

    scenes = []
    for scene in project.scenes:
        elements = []
        for e in scene.elements:
            if isinstance(e, TextElement):
                e = e.model_copy(update={"color": swap(e.color), "background": swap(e.background)})
            elif isinstance(e, ShapeElement):
                e = e.model_copy(update={"color": swap(e.color)})
            elements.append(e)
        bg = scene.background
        if isinstance(bg, SolidBackground):
            bg = bg.model_copy(update={"color": swap(bg.color)})
        elif isinstance(bg, GradientBackground):
            bg = bg.model_copy(update={"colors": [swap(c) or c for c in bg.colors]})
        scenes.append(scene.model_copy(update={"elements": elements, "background": bg}))
    return project.model_copy(update={"scenes": scenes})
