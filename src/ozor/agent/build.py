"""Builds scene parts from copy: slot elements with staggered entrances, backgrounds, transitions.

Boxes are placeholders here; layout.arrange() places every slot for the project's aspect.
"""

from __future__ import annotations

from ozor.agent.colors import on_accent
from ozor.agent.styles import Style
from ozor.scene.models import (
    Animation,
    Background,
    Box,
    Element,
    GradientBackground,
    ImageBackground,
    ImageElement,
    KenBurns,
    Palette,
    SolidBackground,
    TextElement,
    Transition,
    VideoBackground,
)

PLACEHOLDER = Box(x=0.0, y=0.0, w=1.0, h=1.0)
STAGGER = 0.12  # seconds between related elements (VISUAL.md: 80–150 ms)
TEXT_SLOTS = ("kicker", "stat", "headline", "body", "attribution", "cta")


def entrance(style: Style, index: int, *, first: bool = False, slot: str = "") -> Animation:
    """Ease-out entrances of 300–600 ms, staggered; the first scene starts at once (no slow fade-in)."""
    delay = (0.0 if first else 0.12) + STAGGER * index
    if slot == "cta":
        return Animation(kind="pop", duration=0.45, delay=delay, easing="ease_out_cubic")
    if slot in ("image", "stat"):
        return Animation(kind="scale", duration=0.55, delay=delay, easing="ease_out_expo")
    kind = style.entrance
    if kind == "slide":
        return Animation(
            kind="slide", direction="up", duration=0.5, delay=delay, easing="ease_out_expo", distance=0.035
        )
    if kind == "wipe":
        return Animation(kind="wipe", direction="right", duration=0.5, delay=delay, easing="ease_out_cubic")
    if kind == "pop":
        return Animation(kind="pop", duration=0.45, delay=delay, easing="ease_out_cubic")
    return Animation(kind="fade", duration=0.5, delay=delay, easing="ease_out_cubic")


def slot_elements(
    copy: dict[str, str], palette: Palette, style: Style, *, image: str | None = None, first: bool = False
) -> list[Element]:
    """Text slots in reading order (then an image), each entering a beat after the one before."""
    out: list[Element] = []
    for slot in TEXT_SLOTS:
        text = (copy.get(slot) or "").strip()
        if not text:
            continue
        color = {
            "kicker": palette.accent,
            "stat": palette.accent,
            "body": palette.muted,
            "cta": on_accent(palette),
        }.get(slot)
        out.append(
            TextElement(
                id=slot,
                box=PLACEHOLDER,
                text=text,
                color=color,
                uppercase=slot == "kicker",
                background=palette.accent if slot == "cta" else None,
                enter=entrance(style, len(out), first=first, slot=slot),
            )
        )
    if image:
        out.append(
            ImageElement(
                id="image",
                box=PLACEHOLDER,
                asset=image,
                fit="cover",
                corner_radius=0.04,
                shadow=True,
                ken_burns=KenBurns(zoom_from=1.0, zoom_to=1.06),
                enter=entrance(style, len(out), first=first, slot="image"),
            )
        )
    return out


def background(
    *,
    color: str | None = None,
    gradient: list[str] | None = None,
    image: str | None = None,
    video: str | None = None,
    scrim: float | None = None,
) -> Background:
    if image:
        return ImageBackground(
            asset=image,
            ken_burns=KenBurns(zoom_from=1.0, zoom_to=1.08),
            scrim=0.55 if scrim is None else scrim,
        )
    if video:
        return VideoBackground(asset=video, scrim=0.55 if scrim is None else scrim)
    if gradient:
        return GradientBackground(colors=gradient, angle=160.0)
    return SolidBackground(color=color)


def style_background(style: Style, palette: Palette) -> Background:
    """A style's default scene background: flat, a soft top-to-bottom gradient, or a spotlight."""
    if style.backdrop == "linear":
        return GradientBackground(colors=[palette.background, palette.surface], angle=180.0)
    if style.backdrop == "radial":
        return GradientBackground(kind="radial", colors=[palette.surface, palette.background])
    return SolidBackground()


def is_default_background(background: Background, palette: Palette) -> bool:
    """Whether a background is a style default (it follows style changes) rather than a chosen one."""
    if isinstance(background, SolidBackground):
        return background.color is None
    roles = {palette.background.upper(), palette.surface.upper()}
    return isinstance(background, GradientBackground) and {c.upper() for c in background.colors} <= roles


def transition(kind: str, seconds: float) -> Transition:
    if kind == "cut":
        return Transition()
    return Transition(kind=kind, duration=seconds)  # type: ignore[arg-type]
