"""Text auto-fit: wrap first, then shrink, until the block fits its box; it never overflows or clips."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import ImageFont

from ozor.render.fonts import font
from ozor.scene.models import FontFamily


@dataclass(frozen=True)
class Role:
    """A role's typography (VISUAL.md): sizes are fractions of the frame's base side."""

    size: float
    min_size: float
    weight: int
    max_lines: int
    line_height: float


ROLES = {
    "heading": Role(size=0.062, min_size=0.045, weight=700, max_lines=2, line_height=1.12),
    "body": Role(size=0.036, min_size=0.030, weight=400, max_lines=3, line_height=1.35),
    "caption": Role(size=0.029, min_size=0.024, weight=500, max_lines=2, line_height=1.25),
    "cta": Role(size=0.050, min_size=0.036, weight=700, max_lines=1, line_height=1.15),
}
SHRINK = 0.94  # each step; fine enough that a fitted block looks as large as it can be
MIN_PX = 8


@dataclass(frozen=True)
class TextBlock:
    lines: list[str]
    font: ImageFont.FreeTypeFont
    size_px: int
    line_px: int  # baseline-to-baseline distance
    width: int  # the widest line
    height: int  # from the first line's top to the last line's bottom

    def line_width(self, line: str) -> int:
        return round(self.font.getlength(line))


def wrap(words: list[str], face: ImageFont.FreeTypeFont, width: float) -> list[str] | None:
    """Greedy wrap; None when one word alone is wider than `width` (then only shrinking helps)."""
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}" if current else word
        if face.getlength(trial) <= width:
            current = trial
            continue
        if not current or face.getlength(word) > width:
            return None
        lines.append(current)
        current = word
    lines.append(current)
    return lines


def balanced(words: list[str], face: ImageFont.FreeTypeFont, width: float) -> list[str] | None:
    """The narrowest wrap with as few lines as the greedy one: even lines, no lone word at the end."""
    lines = wrap(words, face, width)
    if lines is None or len(lines) < 2:
        return lines
    low, high = width / len(lines), width
    best = lines
    for _ in range(12):
        mid = (low + high) / 2
        trial = wrap(words, face, mid)
        if trial is not None and len(trial) == len(lines):
            best, high = trial, mid
        else:
            low = mid
    return best


def fit(
    text: str,
    family: FontFamily,
    weight: int,
    role: Role,
    box_w: int,
    box_h: int,
    base_px: int,
    size: float | None = None,
    auto_fit: bool = True,
) -> TextBlock:
    """The largest size at or below the wanted one at which the wrapped text fits the box.

    The role's line limit holds down to its minimum size; below that only the box itself limits,
    so a long copy still ends up inside the box (smaller) rather than clipped.
    """
    paragraphs = [p.split() for p in text.splitlines()] or [[text]]
    px = max(MIN_PX, round((size or role.size) * base_px))
    min_px = round(role.min_size * base_px)
    while True:
        block = _layout(paragraphs, family, weight, role, px, box_w)
        limit_lines = role.max_lines if px >= min_px else 10_000
        fits = block is not None and block.height <= box_h and block.width <= box_w
        if block is not None and (not auto_fit or px <= MIN_PX or (fits and len(block.lines) <= limit_lines)):
            return block
        px = max(MIN_PX, int(px * SHRINK)) if px > MIN_PX else MIN_PX
        if block is None and px == MIN_PX:
            return _layout(paragraphs, family, weight, role, px, 10**6)  # type: ignore[return-value]


def _layout(
    paragraphs: list[list[str]], family: FontFamily, weight: int, role: Role, px: int, box_w: int
) -> TextBlock | None:
    face = font(family, weight, px)
    lines: list[str] = []
    for words in paragraphs:
        wrapped = balanced(words, face, box_w) if words else [""]
        if wrapped is None:
            return None
        lines.extend(wrapped)
    ascent, descent = face.getmetrics()
    line_px = round(px * role.line_height)
    height = (len(lines) - 1) * line_px + ascent + descent
    width = max(round(face.getlength(line)) for line in lines)
    return TextBlock(lines, face, px, line_px, width, height)
