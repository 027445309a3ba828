"""Colours: names and hex codes from plain English, WCAG contrast, and palettes that stay readable.

VISUAL.md: body text >= 4.5:1 against what is behind it, headlines >= 3:1; a named colour overrides
the accent or the background and the other colours are re-derived to keep that contrast.
"""

from __future__ import annotations

import colorsys
import re

from ozor.scene.color import contrast, luminance
from ozor.scene.models import Palette

BODY_CONTRAST = 4.5
HEADLINE_CONTRAST = 3.0
INK = "#111111"
PAPER = "#FFFFFF"

# Base hues; "dark"/"light"/"deep"/"pale"/"bright" modify them (see parse_color).
NAMED = {
    "black": "#0B0B0F",
    "white": "#FFFFFF",
    "grey": "#8A8F98",
    "gray": "#8A8F98",
    "silver": "#C0C4CC",
    "red": "#E03131",
    "crimson": "#B0183A",
    "maroon": "#7A1F2B",
    "burgundy": "#6D1A2A",
    "orange": "#F76707",
    "amber": "#F59F00",
    "yellow": "#FAD02C",
    "gold": "#C8A96A",
    "green": "#2F9E44",
    "lime": "#74B816",
    "olive": "#6B7A2A",
    "mint": "#8CE0C0",
    "emerald": "#0F9D6B",
    "forest green": "#1F4D2E",
    "sage": "#9CAF88",
    "teal": "#0C8599",
    "turquoise": "#22B8CF",
    "cyan": "#15AABF",
    "blue": "#1C7ED6",
    "sky blue": "#4DABF7",
    "navy": "#14213D",
    "navy blue": "#14213D",
    "royal blue": "#2F4AC2",
    "indigo": "#4C3FB4",
    "purple": "#7B3FBF",
    "violet": "#8650E0",
    "lavender": "#B9A6E8",
    "magenta": "#D6336C",
    "pink": "#F06595",
    "hot pink": "#FF3D8B",
    "rose": "#E8838F",
    "coral": "#FF7F61",
    "peach": "#FFB38A",
    "salmon": "#FA8072",
    "brown": "#7A4B2A",
    "chocolate": "#4E2E1C",
    "tan": "#C9A57A",
    "beige": "#EFE3CC",
    "cream": "#FFF8E7",
    "ivory": "#FFFDF2",
    "charcoal": "#2B2D31",
    "slate": "#475569",
    "midnight": "#0A0F1C",
    "midnight blue": "#101B3D",
    "bronze": "#A86B32",
    "copper": "#B8733B",
    "plum": "#6A2C70",
    "mustard": "#D9A400",
    "khaki": "#B8A77A",
    "aqua": "#3BC9DB",
}
MODIFIERS = {"dark": 0.55, "deep": 0.6, "light": 1.45, "pale": 1.6, "bright": 1.15, "soft": 1.3}
HEX_RE = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
NAME_RE = re.compile(
    r"\b(?:("
    + "|".join(MODIFIERS)
    + r")[\s-]+)?("
    + "|".join(sorted(map(re.escape, NAMED), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def rgb(hex_color: str) -> tuple[float, float, float]:
    h = hex_color.lstrip("#")[:6]
    return int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255


def to_hex(r: float, g: float, b: float) -> str:
    return "#" + "".join(f"{round(min(1.0, max(0.0, c)) * 255):02X}" for c in (r, g, b))


def is_dark(hex_color: str) -> bool:
    return luminance(hex_color) < 0.18


def mix(a: str, b: str, t: float) -> str:
    """`a` moved a fraction `t` of the way towards `b`."""
    return to_hex(*(x + (y - x) * t for x, y in zip(rgb(a), rgb(b), strict=True)))


def scale_lightness(hex_color: str, factor: float) -> str:
    h, lightness, s = colorsys.rgb_to_hls(*rgb(hex_color))
    return to_hex(*colorsys.hls_to_rgb(h, min(0.97, lightness * factor), s))


def parse_color(text: str) -> str | None:
    """The first colour named in `text` ("dark blue", "#FF5500", "navy"), as #RRGGBB."""
    found = find_colors(text)
    return found[0][1] if found else None


def find_colors(text: str) -> list[tuple[int, str]]:
    """Every colour mentioned in `text`, as (position, #RRGGBB), in reading order."""
    out = []
    for m in HEX_RE.finditer(text):
        h = m.group(0)[1:]
        out.append((m.start(), "#" + (h if len(h) == 6 else "".join(c * 2 for c in h)).upper()))
    for m in NAME_RE.finditer(text):
        base = NAMED[m.group(2).lower()]
        mod = (m.group(1) or "").lower()
        out.append((m.start(), scale_lightness(base, MODIFIERS[mod]) if mod else base))
    return sorted(out)


def readable_on(background: str, candidates: tuple[str, ...] = (), minimum: float = BODY_CONTRAST) -> str:
    """The first candidate readable on `background`, else near-black or white, whichever reads better."""
    for c in candidates:
        if contrast(c, background) >= minimum:
            return c
    return INK if contrast(INK, background) >= contrast(PAPER, background) else PAPER


def push_to_contrast(color: str, background: str, minimum: float) -> str:
    """`color` made lighter or darker, keeping its hue, until it reaches `minimum` against `background`."""
    target = PAPER if is_dark(background) else "#000000"
    for step in range(21):
        trial = mix(color, target, step / 20)
        if contrast(trial, background) >= minimum:
            return trial
    return readable_on(background)


def derive(
    base: Palette, *, background: str | None = None, accent: str | None = None, text: str | None = None
) -> Palette:
    """A palette with some colours replaced and the rest re-derived so every pairing stays readable."""
    bg = background or base.background
    fg = text or (
        base.text if contrast(base.text, bg) >= 7 else readable_on(bg, (base.text, base.background))
    )
    if contrast(fg, bg) < BODY_CONTRAST:
        fg = push_to_contrast(fg, bg, BODY_CONTRAST)
    surface = base.surface if background is None and text is None else mix(bg, fg, 0.07)
    muted = base.muted if background is None and text is None else mix(fg, bg, 0.3)
    if contrast(muted, bg) < BODY_CONTRAST or contrast(muted, surface) < BODY_CONTRAST:
        muted = push_to_contrast(
            muted, bg if contrast(bg, muted) < contrast(surface, muted) else surface, BODY_CONTRAST + 0.3
        )
    # The accent is kept as given: CTA text on it is chosen by contrast, and accent-coloured text that
    # would not read is repaired element by element (readability.py).
    return Palette(background=bg, surface=surface, text=fg, accent=accent or base.accent, muted=muted)


def on_accent(palette: Palette) -> str:
    """Text colour for a CTA pill filled with the accent."""
    return readable_on(palette.accent, (palette.background, palette.text, PAPER, INK))
