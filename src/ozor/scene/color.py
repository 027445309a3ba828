"""Colour arithmetic on the graph's hex colours: channels, WCAG 2 luminance and contrast.

One definition for the renderer (what it paints), the agent and the document storyboard (what they
choose), so "readable" means the same thing everywhere.
"""

from __future__ import annotations


def rgba_of(color: str) -> tuple[int, int, int, int]:
    """#RRGGBB or #RRGGBBAA as 0-255 channels."""
    alpha = int(color[7:9], 16) if len(color) == 9 else 255
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16), alpha


def luminance(color: str) -> float:
    """WCAG 2 relative luminance."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b, _ = rgba_of(color)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
