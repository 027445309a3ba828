"""SVG shapes of the icon set → polylines: paths (every command, arcs too), circles, ellipses, rects, lines.

Curves are flattened for a given scale (pixels per view-box unit) so that the chord error stays near
a tenth of a pixel at any output size.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

Point = tuple[float, float]

_TOLERANCE_PX = 0.1  # largest distance between a curve and its chords, in output pixels
_MAX_SEGMENTS = 1024


@dataclass(frozen=True)
class Polyline:
    """One subpath in view-box units: stroked along its points, and filled when `filled`."""

    points: tuple[Point, ...]
    closed: bool
    filled: bool = False


class SvgShapeError(ValueError):
    """An element or path data the rasteriser does not understand."""


def _arc_segments(radius_px: float, sweep: float) -> int:
    if radius_px <= _TOLERANCE_PX:
        return 4
    step = 2.0 * math.acos(max(-1.0, 1.0 - _TOLERANCE_PX / radius_px))
    return max(4, min(_MAX_SEGMENTS, math.ceil(abs(sweep) / step)))


def _bezier_segments(control: list[Point], scale: float) -> int:
    # The control polygon bounds the curve's length; a curve of length L bending at most by a half
    # turn keeps within the tolerance with about sqrt(L / (4 * tolerance)) chords.
    length = sum(math.dist(a, b) for a, b in zip(control, control[1:], strict=False)) * scale
    return max(2, min(_MAX_SEGMENTS, math.ceil(math.sqrt(length / (4 * _TOLERANCE_PX)))))


def _cubic(p0: Point, p1: Point, p2: Point, p3: Point, scale: float) -> list[Point]:
    n = _bezier_segments([p0, p1, p2, p3], scale)
    out = []
    for i in range(1, n + 1):
        t = i / n
        u = 1.0 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        out.append(
            (a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1])
        )
    return out


def _quadratic(p0: Point, p1: Point, p2: Point, scale: float) -> list[Point]:
    n = _bezier_segments([p0, p1, p2], scale)
    out = []
    for i in range(1, n + 1):
        t = i / n
        u = 1.0 - t
        a, b, c = u * u, 2 * u * t, t * t
        out.append((a * p0[0] + b * p1[0] + c * p2[0], a * p0[1] + b * p1[1] + c * p2[1]))
    return out


def _ellipse_points(
    cx: float, cy: float, rx: float, ry: float, phi: float, start: float, sweep: float, scale: float
) -> list[Point]:
    """Points after the start point along an elliptical arc from angle `start` turning by `sweep`."""
    n = _arc_segments(max(rx, ry) * scale, sweep)
    cos_phi, sin_phi = math.cos(phi), math.sin(phi)
    out = []
    for i in range(1, n + 1):
        a = start + sweep * i / n
        x, y = rx * math.cos(a), ry * math.sin(a)
        out.append((cx + cos_phi * x - sin_phi * y, cy + sin_phi * x + cos_phi * y))
    return out


def _arc(
    p1: Point, rx: float, ry: float, angle_deg: float, large: bool, sweep: bool, p2: Point, scale: float
) -> list[Point]:
    """SVG's endpoint arc, converted to its centre form (SVG 1.1, appendix F.6.5)."""
    if p1 == p2:
        return []
    rx, ry = abs(rx), abs(ry)
    if rx == 0 or ry == 0:
        return [p2]
    phi = math.radians(angle_deg % 360.0)
    cos_phi, sin_phi = math.cos(phi), math.sin(phi)
    dx, dy = (p1[0] - p2[0]) / 2, (p1[1] - p2[1]) / 2
    x1p, y1p = cos_phi * dx + sin_phi * dy, -sin_phi * dx + cos_phi * dy
    lam = (x1p / rx) ** 2 + (y1p / ry) ** 2
    if lam > 1:  # radii too small to reach: scale them up, as the spec says
        rx, ry = rx * math.sqrt(lam), ry * math.sqrt(lam)
    num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p
    den = rx * rx * y1p * y1p + ry * ry * x1p * x1p
    coef = math.sqrt(max(0.0, num / den)) if den else 0.0
    if large == sweep:
        coef = -coef
    cxp, cyp = coef * rx * y1p / ry, -coef * ry * x1p / rx
    cx = cos_phi * cxp - sin_phi * cyp + (p1[0] + p2[0]) / 2
    cy = sin_phi * cxp + cos_phi * cyp + (p1[1] + p2[1]) / 2
    start = math.atan2((y1p - cyp) / ry, (x1p - cxp) / rx)
    end = math.atan2((-y1p - cyp) / ry, (-x1p - cxp) / rx)
    delta = end - start
    if sweep and delta < 0:
        delta += 2 * math.pi
    elif not sweep and delta > 0:
        delta -= 2 * math.pi
    points = _ellipse_points(cx, cy, rx, ry, phi, start, delta, scale)
    points[-1] = p2  # land exactly on the endpoint, so joins meet
    return points


_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_SEPARATORS = re.compile(r"[\s,]*")
_ARITY = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text, self.pos = text, 0

    def skip(self) -> None:
        self.pos = _SEPARATORS.match(self.text, self.pos).end()  # type: ignore[union-attr]  # always matches

    def at_end(self) -> bool:
        self.skip()
        return self.pos >= len(self.text)

    def peek_command(self) -> str | None:
        self.skip()
        c = self.text[self.pos] if self.pos < len(self.text) else ""
        return c if c.isalpha() else None

    def number(self) -> float:
        self.skip()
        m = _NUMBER.match(self.text, self.pos)
        if m is None:
            raise SvgShapeError(f"number expected at {self.pos} in path {self.text!r}")
        self.pos = m.end()
        return float(m.group())

    def flag(self) -> bool:
        # Arc flags may be written without separators ("a5 5 0 01 3 1"): one character each.
        self.skip()
        c = self.text[self.pos : self.pos + 1]
        if c not in ("0", "1"):
            raise SvgShapeError(f"arc flag expected at {self.pos} in path {self.text!r}")
        self.pos += 1
        return c == "1"


def parse_path(d: str, scale: float) -> list[Polyline]:
    """Path data → one polyline per subpath (a lone moveto draws nothing and is dropped)."""
    scanner = _Scanner(d)
    out: list[Polyline] = []
    points: list[Point] = []
    cur: Point = (0.0, 0.0)
    start: Point = (0.0, 0.0)
    last_control: Point | None = None  # reflected by S (after C/S) and T (after Q/T)
    last_cmd = ""
    cmd = ""

    def finish(closed: bool) -> None:
        if len(points) >= 2:
            out.append(Polyline(tuple(points), closed))

    while not scanner.at_end():
        explicit = scanner.peek_command()
        if explicit is not None:
            cmd = explicit
            scanner.pos += 1
        elif not cmd or cmd in "zZ":
            raise SvgShapeError(f"command expected at {scanner.pos} in path {d!r}")
        upper = cmd.upper()
        if upper not in _ARITY:
            raise SvgShapeError(f"unknown path command {cmd!r} in {d!r}")
        rel = cmd.islower()
        ox, oy = cur if rel else (0.0, 0.0)
        if upper == "Z":
            finish(closed=True)
            points = [start]
            cur = start
            last_control, last_cmd = None, "Z"
            continue
        if upper == "M":
            finish(closed=False)
            cur = (ox + scanner.number(), oy + scanner.number())
            start, points = cur, [cur]
            cmd = "l" if rel else "L"  # further pairs after a moveto are linetos
            last_control, last_cmd = None, "M"
            continue
        control: Point | None = None
        if upper == "L":
            new = [(ox + scanner.number(), oy + scanner.number())]
        elif upper == "H":
            new = [(ox + scanner.number() if rel else scanner.number(), cur[1])]
        elif upper == "V":
            new = [(cur[0], oy + scanner.number() if rel else scanner.number())]
        elif upper in "CS":
            if upper == "C":
                c1 = (ox + scanner.number(), oy + scanner.number())
            else:
                c1 = (
                    (2 * cur[0] - last_control[0], 2 * cur[1] - last_control[1])
                    if (last_control and last_cmd in "CS")
                    else cur
                )
            c2 = (ox + scanner.number(), oy + scanner.number())
            end = (ox + scanner.number(), oy + scanner.number())
            new, control = _cubic(cur, c1, c2, end, scale), c2
        elif upper in "QT":
            if upper == "Q":
                c1 = (ox + scanner.number(), oy + scanner.number())
            else:
                c1 = (
                    (2 * cur[0] - last_control[0], 2 * cur[1] - last_control[1])
                    if (last_control and last_cmd in "QT")
                    else cur
                )
            end = (ox + scanner.number(), oy + scanner.number())
            new, control = _quadratic(cur, c1, end, scale), c1
        else:  # A
            rx, ry, angle = scanner.number(), scanner.number(), scanner.number()
            large, sweep = scanner.flag(), scanner.flag()
            end = (ox + scanner.number(), oy + scanner.number())
            new = _arc(cur, rx, ry, angle, large, sweep, end, scale) or [end]
        points.extend(new)
        cur = new[-1]
        last_control, last_cmd = control, upper
    finish(closed=False)
    return out


def _num(attrs: dict[str, str], key: str, default: float = 0.0) -> float:
    value = attrs.get(key)
    return float(value) if value not in (None, "", "auto") else default


def _rounded_rect(x: float, y: float, w: float, h: float, rx: float, ry: float, scale: float) -> list[Point]:
    rx, ry = min(rx, w / 2), min(ry, h / 2)
    if rx <= 0 or ry <= 0:
        return [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
    pts: list[Point] = []
    corners = (
        (x + w - rx, y + ry, -math.pi / 2),
        (x + w - rx, y + h - ry, 0.0),
        (x + rx, y + h - ry, math.pi / 2),
    )
    pts.append((x + rx, y))
    for cx, cy, a in (*corners, (x + rx, y + ry, math.pi)):
        first = (cx + rx * math.cos(a), cy + ry * math.sin(a))
        pts.append(first)
        pts.extend(_ellipse_points(cx, cy, rx, ry, 0.0, a, math.pi / 2, scale))
    return pts


def polylines(tag: str, attrs: dict[str, str], scale: float) -> list[Polyline]:
    """One SVG element → polylines in view-box units, flattened finely enough for `scale` px per unit."""
    filled = attrs.get("fill", "none") not in ("none", "transparent")
    if tag == "path":
        return [Polyline(p.points, p.closed, filled) for p in parse_path(attrs.get("d", ""), scale)]
    if tag in ("circle", "ellipse"):
        cx, cy = _num(attrs, "cx"), _num(attrs, "cy")
        rx = _num(attrs, "r") if tag == "circle" else _num(attrs, "rx", _num(attrs, "ry"))
        ry = _num(attrs, "r") if tag == "circle" else _num(attrs, "ry", rx)
        if rx <= 0 or ry <= 0:
            return []
        return [Polyline(tuple(_ellipse_points(cx, cy, rx, ry, 0.0, 0.0, 2 * math.pi, scale)), True, filled)]
    if tag == "rect":
        w, h = _num(attrs, "width"), _num(attrs, "height")
        if w <= 0 or h <= 0:
            return []
        # An rx alone rounds both ways, and so does a ry alone (SVG 2).
        rx = _num(attrs, "rx", _num(attrs, "ry"))
        ry = _num(attrs, "ry", rx)
        pts = _rounded_rect(_num(attrs, "x"), _num(attrs, "y"), w, h, rx, ry, scale)
        return [Polyline(tuple(pts), True, filled)]
    if tag == "line":
        a, b = (_num(attrs, "x1"), _num(attrs, "y1")), (_num(attrs, "x2"), _num(attrs, "y2"))
        return [Polyline((a, b), False)]
    if tag in ("polyline", "polygon"):
        values = [float(v) for v in _NUMBER.findall(attrs.get("points", ""))]
        pts = list(zip(values[0::2], values[1::2], strict=False))
        return [Polyline(tuple(pts), tag == "polygon", filled)] if len(pts) >= 2 else []
    raise SvgShapeError(f"unsupported SVG element <{tag}>")
