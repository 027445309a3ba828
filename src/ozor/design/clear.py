"""Decoration kept off the copy: each drifting motif keeps to the parts of its area that no text
crosses.

A motif in the accent behind an accent kicker, or grid lines through a muted subline, took text
from 4.5:1 on the palette down to 1.2–3:1 on the rendered pixels. Templates place motifs over the
whole frame or a whole colour field; once the copy is placed, each motif is redrawn in the biggest
clear rectangles of its area (up to three, disjoint, the ones least hidden under opaque fields
first), so the decoration lives around the copy and the copy sits on a clean ground.
"""

from __future__ import annotations

from ozor.scene.base import Box
from ozor.scene.decor import MotifElement
from ozor.scene.elements import ShapeElement, TextElement
from ozor.scene.models import Element

MARGIN = 0.02  # room around a text box for the motif's drift and anti-aliasing, fractions of the frame
SMALLEST = 0.04  # a clear area narrower or shorter than this is no place for a motif
SMALLEST_AREA = 0.02  # a further piece shows at least this share of the frame
PIECES = 3  # a motif keeps to at most this many clear rectangles
FLOOR = 0.55  # the synthwave horizon paints its box below this fraction of its height (render/motifs.py)


def _rect(b: Box) -> tuple[float, float, float, float]:
    return b.x, b.y, b.x + b.w, b.y + b.h


def _without(
    free: list[tuple[float, float, float, float]], hole: tuple[float, float, float, float]
) -> list[tuple[float, float, float, float]]:
    """The maximal rectangles left of each free one once `hole` is cut out of it."""
    hx0, hy0, hx1, hy1 = hole
    out = []
    for x0, y0, x1, y1 in free:
        if hx0 >= x1 or hx1 <= x0 or hy0 >= y1 or hy1 <= y0:
            out.append((x0, y0, x1, y1))
            continue
        out += [
            r
            for r in ((x0, y0, hx0, y1), (hx1, y0, x1, y1), (x0, y0, x1, hy0), (x0, hy1, x1, y1))
            if r[2] - r[0] >= SMALLEST and r[3] - r[1] >= SMALLEST
        ]
    return [r for r in out if not any(o != r and _inside(r, o) for o in out)]


def _inside(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return b[0] <= a[0] and b[1] <= a[1] and a[2] <= b[2] and a[3] <= b[3]


def _area(r: tuple[float, float, float, float]) -> float:
    return max(0.0, r[2] - r[0]) * max(0.0, r[3] - r[1])


def _visible(r: tuple[float, float, float, float], covers: list[tuple[float, float, float, float]]) -> float:
    """About how much of `r` the opaque shapes above leave to be seen."""
    return _area(r) - sum(_overlap(r, c) for c in covers)


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    return _area((max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])))


def clear_of_copy(elements: list[Element]) -> list[Element]:
    """The elements with every motif redrawn in the clear rectangles of its box that no text drawn
    above it crosses, preferring the parts that opaque shapes above it leave visible; a motif with
    no such room is left out."""
    out: list[Element] = []
    for k, el in enumerate(elements):
        if not isinstance(el, MotifElement):
            out.append(el)
            continue
        above = elements[k + 1 :]
        holes = [
            (b.x - MARGIN, b.y - MARGIN, b.x + b.w + MARGIN, b.y + b.h + MARGIN)
            for b in (e.box for e in above if isinstance(e, TextElement))
        ]
        covers = [
            _rect(e.box)
            for e in above
            if isinstance(e, ShapeElement)
            and not e.stroke_width
            and e.opacity >= 1
            and e.color is not None
            and len(e.color) == 7
            and e.shape != "ellipse"
        ]
        if el.motif == "horizon":
            out += _horizon(el, holes)
            continue
        free = [_rect(el.box)]
        for hole in holes:
            free = _without(free, hole)
        if free == [_rect(el.box)]:
            out.append(el)
            continue
        for n in range(PIECES):  # the clear area in up to PIECES disjoint rectangles, biggest first
            if not free:
                break
            best = max(free, key=lambda r: _visible(r, covers))
            if n and _visible(best, covers) < SMALLEST_AREA:
                break
            x0, y0, x1, y1 = best
            where = Box(x=round(x0, 4), y=round(y0, 4), w=round(x1 - x0, 4), h=round(y1 - y0, 4))
            update = (
                {"box": where}
                if n == 0
                else {"box": where, "id": f"{el.id}_{n}", "seed": (el.seed + n) % 10_000}
            )
            out.append(el.model_copy(update=update))
            free = _without(free, best)
    return out


def _horizon(el: MotifElement, holes: list[tuple[float, float, float, float]]) -> list[MotifElement]:
    """The synthwave floor is one picture, not a pattern to cut up: it keeps its full width and sinks
    until the part it paints (its box's lower part) is clear of the copy; none when nothing is clear."""
    x0, y0, x1, y1 = _rect(el.box)
    painted = (x0, y0 + (y1 - y0) * FLOOR, x1, y1)
    free = [painted]
    for hole in holes:
        free = _without(free, hole)
    wide = [r for r in free if r[2] - r[0] >= 0.9 * (x1 - x0)]
    if not wide:
        return []
    _, top, _, bottom = max(wide, key=lambda r: (r[3], _area(r)))
    height = min(1.0, (bottom - top) / (1 - FLOOR))
    y = max(0.0, bottom - height)
    return [el.model_copy(update={"box": Box(x=el.box.x, y=round(y, 4), w=el.box.w, h=round(bottom - y, 4))})]
