"""Colour rules of a look: keep a colour's hue while moving its lightness until it reads on its ground."""

from __future__ import annotations

import colorsys

from ozor.scene.color import contrast, rgba_of


def hex_of(r: float, g: float, b: float) -> str:
    return "#{:02X}{:02X}{:02X}".format(*(max(0, min(255, round(c * 255))) for c in (r, g, b)))


def readable(color: str, grounds: list[str], ratio: float = 4.5) -> str:
    """`color` (hue and saturation kept) at the nearest lightness that reaches `ratio` on every ground.

    Lighter is tried when the grounds are dark, darker when they are light; the first lightness
    step that works wins, so a colour that already reads is returned unchanged.
    """
    color = color[:7].upper()
    if all(contrast(color, g) >= ratio for g in grounds):
        return color
    r, g, b, _ = rgba_of(color)
    hue, light, sat = colorsys.rgb_to_hls(r / 255, g / 255, b / 255)
    dark_grounds = sum(contrast(g, "#000000") for g in grounds) < sum(contrast(g, "#FFFFFF") for g in grounds)
    step = 0.01 if dark_grounds else -0.01
    for k in range(1, 101):
        trial = hex_of(*colorsys.hls_to_rgb(hue, min(1.0, max(0.0, light + step * k)), sat))
        if all(contrast(trial, ground) >= ratio for ground in grounds):
            return trial
    return "#FFFFFF" if dark_grounds else "#000000"


def on(ground: str) -> str:
    """Near-black or white, whichever reads better on `ground` (text on an accent pill or panel)."""
    return "#FFFFFF" if contrast("#FFFFFF", ground) >= contrast("#111111", ground) else "#111111"


def alpha(color: str, opacity: float) -> str:
    """#RRGGBBAA: the colour at `opacity` (0..1)."""
    return f"{color[:7]}{round(max(0.0, min(1.0, opacity)) * 255):02X}"


def mix(a: str, b: str, share: float) -> str:
    """`share` of b blended into a."""
    ra, ga, ba, _ = rgba_of(a)
    rb, gb, bb, _ = rgba_of(b)
    return hex_of(*((x + (y - x) * share) / 255 for x, y in ((ra, rb), (ga, gb), (ba, bb))))
