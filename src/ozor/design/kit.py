"""The building blocks templates compose scenes from, each styled by the look and timed by its motion.

A Stage collects one scene's elements. Templates place blocks in explicit per-aspect boxes; the
blocks bring the look: display or text face, fitted size, kinetic reveal and emphasis, panels and
tiles in the look's colours, entrances on its beats, and the slow keyframed life that keeps a frame
from ever freezing (the anchor breathes, tiles float, the background and motifs drift).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from ozor.design.colors import alpha
from ozor.design.fitting import CopyTooLong, TextRole, fitted_size
from ozor.design.looks import Look
from ozor.design.slots import Datum, Number, SlotValue
from ozor.scene.base import Animation, Aspect, Box, Color, Keyframe, Side
from ozor.scene.decor import MotifElement, MotifKind
from ozor.scene.elements import IconElement, ShapeElement, TextElement, TextReveal
from ozor.scene.models import Element, GradientBackground, SolidBackground

T = TypeVar("T")
Align = Literal["left", "center", "right"]
FULL = Box(x=0.0, y=0.0, w=1.0, h=1.0)


def box(x: float, y: float, w: float, h: float) -> Box:
    return Box(x=round(x, 4), y=round(y, 4), w=round(w, 4), h=round(h, 4))


EntranceKind = Literal["fade", "slide", "scale", "pop", "wipe"]


def beat(look: Look, k: float) -> float:
    """When the k-th beat of a scene's build starts: the look's rhythm sets the spacing."""
    m = look.motion
    return round(0.1 + k * (m.enter * 0.45 + m.stagger), 3)


def entrance(
    look: Look, at: float, kind: EntranceKind = "slide", direction: Side = "up", slow: float = 1.0
) -> Animation:
    """An entrance on beat `at`, with the look's duration and easing (its overshoot for pops)."""
    m = look.motion
    return Animation(
        kind=kind,
        direction=direction,
        duration=round(m.enter * slow, 3),
        delay=beat(look, at),
        easing=m.pop if kind == "pop" else m.easing,
        distance=0.05,
    )


def backdrop(look: Look) -> GradientBackground:
    """The look's drifting gradient: a glow behind dark looks, a soft wash across light ones."""
    c = look.colors
    return GradientBackground(
        kind="radial" if look.dark else "linear",
        colors=[c.glow, c.background] if look.dark else [c.background, c.glow],
        angle=160.0,
        drift=min(0.1, look.motion.drift * 1.5),
    )


@dataclass
class Stage:
    """One scene being composed: the look, the frame, the filled slots and the elements so far."""

    template: str
    look: Look
    aspect: Aspect
    duration: float
    seed: int
    values: dict[str, SlotValue]
    elements: list[Element] = field(default_factory=list)
    background: GradientBackground | SolidBackground = field(default_factory=SolidBackground)

    # --- the frame and the slots ------------------------------------------------------------------
    @property
    def vertical(self) -> bool:
        return self.aspect == "9:16"

    def pick(self, landscape: T, portrait: T) -> T:
        """The 16:9 design or the 9:16 one: each layout is drawn for its frame, not scaled."""
        return portrait if self.vertical else landscape

    def has(self, name: str) -> bool:
        return name in self.values

    def text(self, name: str) -> str:
        value = self.values[name]
        assert isinstance(value, str)
        return value

    def number(self, name: str) -> Number:
        value = self.values[name]
        assert isinstance(value, Number)
        return value

    def items(self, name: str) -> list[str]:
        value = self.values[name]
        assert isinstance(value, list) and all(isinstance(v, str) for v in value)
        return [str(v) for v in value]

    def data(self, name: str) -> list[Datum]:
        value = self.values[name]
        assert isinstance(value, list)
        return [v for v in value if isinstance(v, Datum)]

    def beat(self, k: float) -> float:
        return beat(self.look, k)

    def add(self, element: Element) -> None:
        self.elements.append(element)

    # --- life -------------------------------------------------------------------------------------
    def breathing(self, amount: float | None = None, dx: float = 0.0, dy: float = 0.0) -> list[Keyframe]:
        """A slow push over the whole scene: scale up by the look's `breathe` and drift a little."""
        grow = self.look.motion.breathe if amount is None else amount
        return [
            Keyframe(at=0.0, easing="linear"),
            Keyframe(at=round(self.duration, 3), scale=1 + grow, x=dx, y=dy, easing="linear"),
        ]

    def floating(self, phase: int, lift: float = 0.012) -> list[Keyframe]:
        """A gentle up-and-down bob (a tile or a badge), out of step with its neighbours."""
        period = 2.4 + 0.3 * (phase % 3)
        frames, t, k = [Keyframe(at=0.0)], period / 2 * (0.5 + 0.25 * (phase % 2)), 0
        while t < self.duration:
            frames.append(Keyframe(at=round(t, 3), y=-lift if k % 2 == 0 else lift * 0.3))
            t, k = t + period / 2, k + 1
        return frames[:24]

    def ambient(self, motif: int = 0, opacity: float | None = None, area: Box = FULL) -> None:
        """The look's drifting gradient as the background, with its motif drifting over it."""
        c, m = self.look.colors, self.look.motion
        kind: MotifKind = self.look.motifs[motif]
        if kind == "rings" and area == FULL:
            # Rings are big line shapes: they keep to the frame's quiet corner, never across the copy.
            area = self.pick(box(0.62, 0.56, 0.38, 0.44), box(0.0, 0.8, 1.0, 0.2))
        self.add(
            MotifElement(
                id=f"motif{motif}",
                box=area,
                motif=kind,
                color=c.accent if kind not in ("glow", "blobs") else c.accent2,
                opacity=self.look.motif_opacity if opacity is None else opacity,
                speed=m.drift,
                density=0.5,
                seed=self.seed % 10_000,
            )
        )
        self.background = backdrop(self.look)

    # --- type ---------------------------------------------------------------------------------------
    def _fitted(
        self,
        slot: str,
        text: str,
        role: TextRole,
        display: bool,
        where: Box,
        size: float,
        floor: float,
        pill: bool = False,
    ) -> float:
        fonts = self.look.fonts
        family = fonts.display if display else fonts.text
        weight = (
            (fonts.display_weight if display else fonts.text_weight) if role in ("heading", "body") else 600
        )
        try:
            return fitted_size(
                text.upper() if display and fonts.display_caps else text,
                family=family,
                weight=weight,
                role=role,
                box=where,
                aspect=self.aspect,
                size=size,
                floor=size * floor,
                pill=pill,
            )
        except CopyTooLong as e:
            raise CopyTooLong(
                f"template {self.template!r}: slot {slot!r} ({len(text)} characters) {e}"
            ) from None

    def headline(
        self,
        id: str,
        slot: str,
        where: Box,
        size: float,
        *,
        beat: float = 0.0,
        align: Align = "left",
        valign: Literal["top", "middle", "bottom"] = "middle",
        color: Color | None = None,
        emphasis: bool = True,
        floor: float = 0.55,
        text: str | None = None,
        lines: Literal[2, 3] = 2,
    ) -> TextElement:
        """Display type, fitted, revealing by word or line in the look's style, its key word marked.

        Headlines keep to two lines (VISUAL.md); `lines=3` sets longer display copy (a quote, a
        headline in a narrow column) in the body role, which allows three.
        """
        copy = self.text(slot) if text is None else text
        role: TextRole = "heading" if lines == 2 else "body"
        fitted = self._fitted(slot, copy, role, True, where, size, floor)
        m, fonts = self.look.motion, self.look.fonts
        el = TextElement(
            id=id,
            box=where,
            text=copy,
            role=role,
            align=align,
            valign=valign,
            font=fonts.display,
            weight=fonts.display_weight,
            size=fitted,
            uppercase=fonts.display_caps,
            color=color,
            reveal=TextReveal(
                by=m.reveal_by,
                style=m.reveal,
                stagger=m.stagger if m.reveal_by == "word" else m.stagger * 2,
                duration=m.enter,
                delay=self.beat(beat),
            ),
            emphasis=[key_word(copy)] if emphasis and key_word(copy) else [],
            emphasis_style=self.look.emphasis,
        )
        self.add(el)
        return el

    def field_headline(
        self, where: Box, size: float, *, beat: float = 0.2, lines: Literal[2, 3] = 2
    ) -> TextElement:
        """The headline set on the template's colour field: top-aligned, in the field's ink, unmarked."""
        return self.headline(
            "headline",
            "headline",
            where,
            size,
            beat=beat,
            valign="top",
            color=self.look.colors.on_accent2,
            emphasis=False,
            lines=lines,
        )

    def body(
        self,
        id: str,
        slot: str,
        where: Box,
        size: float = 0.036,
        *,
        beat: float = 1.0,
        align: Align = "left",
        valign: Literal["top", "middle", "bottom"] = "top",
        color: Color | None = None,
        role: TextRole = "body",
        text: str | None = None,
        floor: float = 0.8,
    ) -> TextElement:
        """Supporting copy in the text face, sliding up on its beat."""
        copy = self.text(slot) if text is None else text
        fitted = self._fitted(slot, copy, role, False, where, size, floor)
        el = TextElement(
            id=id,
            box=where,
            text=copy,
            role=role,
            align=align,
            valign=valign,
            font=self.look.fonts.text,
            weight=self.look.fonts.text_weight if role == "body" else 600,
            size=fitted,
            color=color or self.look.colors.muted,
            enter=self.entrance(beat, "slide"),
        )
        self.add(el)
        return el

    def label(
        self,
        id: str,
        copy: str,
        where: Box,
        size: float = 0.028,
        *,
        beat: float = 0.0,
        align: Align = "left",
        color: Color | None = None,
        slot: str = "label",
    ) -> TextElement:
        """A small all-caps label (kicker, category, date) in the accent."""
        fonts = self.look.fonts
        family = fonts.accent or fonts.text
        try:
            fitted = fitted_size(
                copy.upper(),
                family=family,
                weight=600,
                role="caption",
                box=where,
                aspect=self.aspect,
                size=size,
                floor=size * 0.8,
            )
        except CopyTooLong as e:
            raise CopyTooLong(f"template {self.template!r}: slot {slot!r} {e}") from None
        el = TextElement(
            id=id,
            box=where,
            text=copy,
            role="caption",
            align=align,
            font=family,
            weight=600,
            size=fitted,
            uppercase=True,
            color=color or self.look.colors.accent,
            enter=self.entrance(beat, "fade"),
        )
        self.add(el)
        return el

    def button(
        self, id: str, slot: str, where: Box, size: float, *, beat: float, align: Align = "left"
    ) -> None:
        """A call to action in an accent pill that pops in."""
        copy = self.text(slot)
        fitted = self._fitted(slot, copy, "cta", True, where, size, 0.7, pill=True)
        c = self.look.colors
        self.add(
            TextElement(
                id=id,
                box=where,
                text=copy,
                role="cta",
                align=align,
                font=self.look.fonts.display,
                weight=max(600, self.look.fonts.display_weight),
                size=fitted,
                background=c.accent,
                color=c.on_accent,
                uppercase=self.look.fonts.display_caps,
                enter=self.entrance(beat, "pop"),
                keyframes=self.floating(2, 0.006),
            )
        )

    # --- shapes and anchors -------------------------------------------------------------------------
    def entrance(
        self, beat: float, kind: EntranceKind = "slide", direction: Side = "up", slow: float = 1.0
    ) -> Animation:
        return entrance(self.look, beat, kind, direction, slow)

    def panel(
        self,
        id: str,
        where: Box,
        color: Color,
        *,
        beat: float = 0.0,
        shape: Literal["rectangle", "rounded", "ellipse"] = "rounded",
        enter: Literal["fade", "slide", "scale", "pop", "wipe"] = "wipe",
        direction: Side = "right",
        breathe: bool = False,
        radius: float | None = None,
    ) -> ShapeElement:
        """A big field of colour: the frame's structure. It wipes in (and, asked to, slowly breathes)."""
        el = ShapeElement(
            id=id,
            box=where,
            shape=shape,
            color=color,
            corner_radius=self.look.radius if radius is None else radius,
            enter=self.entrance(beat, enter, direction, slow=1.4),
            keyframes=self.breathing(self.look.motion.breathe * 0.5) if breathe else [],
        )
        self.add(el)
        return el

    def field(
        self,
        id: str,
        where: Box,
        *,
        beat: float = 0.0,
        direction: Side = "right",
        radius: float = 0.0,
    ) -> ShapeElement:
        """The frame's big field of accent2, with the look's texture drifting inside it."""
        c = self.look.colors
        el = self.panel(id, where, c.accent2, beat=beat, direction=direction, radius=radius)
        self.add(
            MotifElement(
                id=f"{id}_texture",
                box=where,
                motif=self.look.texture,
                color=c.on_accent2,
                opacity=0.22,
                speed=self.look.motion.drift * 1.5,
                density=0.5,
                seed=(self.seed + 7) % 10_000,
                enter=self.entrance(beat + 1.0, "fade", slow=2.0),
            )
        )
        return el

    def floor(
        self, *, width: float = 1.0, align: Literal["left", "right"] = "left", beat: float = 0.6
    ) -> None:
        """The phone frame's floor: a textured colour slab across the bottom fifth. The apps' captions
        and buttons cover that zone, so it carries no copy, but a 9:16 composition that stops at the
        safe area's edge leaves a quarter of the frame empty (VISUAL.md: fill the frame with intent)."""
        x = 0.0 if align == "left" else 1.0 - width
        self.field("floor", box(x, 0.8, width, 0.2), beat=beat, direction="up")

    def titled_band(
        self, band: Box, where: Box, size: float, *, direction: Side = "down", lines: Literal[2, 3] = 2
    ) -> None:
        """The headline set on a textured colour band (its key word unmarked: the band is the accent)."""
        self.field("band", band, direction=direction)
        self.headline(
            "headline",
            "headline",
            where,
            size,
            beat=0.2,
            valign="top",
            color=self.look.colors.on_accent2,
            emphasis=False,
            lines=lines,
        )

    def rule(self, id: str, where: Box, *, beat: float, color: Color | None = None) -> None:
        """A thin accent line that draws itself across."""
        self.add(
            ShapeElement(
                id=id,
                box=where,
                shape="rectangle",
                color=color or self.look.colors.accent,
                enter=self.entrance(beat, "wipe", "right", slow=1.5),
            )
        )

    def icon(
        self,
        id: str,
        name: str,
        where: Box,
        *,
        beat: float,
        background: Literal["none", "disc", "tile"] = "tile",
        solid: bool = True,
        phase: int = 0,
        lift: float = 0.01,
    ) -> IconElement:
        """An icon on a tile or disc that pops in on its beat and floats."""
        c = self.look.colors
        el = IconElement(
            id=id,
            box=where,
            name=name,
            background=background,
            background_color=(c.accent if solid else None) if background != "none" else None,
            color=c.on_accent if solid and background != "none" else c.accent,
            stroke_width=2.0,
            enter=self.entrance(beat, "pop"),
            keyframes=self.floating(phase, lift),
        )
        self.add(el)
        return el

    def info_row(
        self, slot: str, icon: str, icon_box: Box, text_box: Box, size: float, *, beat: float, index: int
    ) -> None:
        """A plain icon beside its caption (time, place, hours…), the caption half a beat after it."""
        self.icon(
            f"{slot}_icon", icon, icon_box, beat=beat, background="none", solid=False, phase=index, lift=0.0
        )
        c = self.look.colors
        self.body(slot, slot, text_box, size, beat=beat + 0.1, valign="middle", color=c.text, role="caption")

    def square(self, x: float, y: float, height: float) -> Box:
        """A box `height` of the frame tall that is square in pixels."""
        ratio = 9 / 16 if not self.vertical else 16 / 9
        return box(x, y, height * ratio, height)

    def rows(
        self,
        id: str,
        slot: str,
        entries: list[str],
        where: Box,
        *,
        marker: Literal["number", "check", "bullet"],
        beat: float = 1.0,
        size: float | None = None,
        cards: bool = True,
    ) -> None:
        """A list as rows that step in one by one: a card each, a numbered, checked or dotted badge,
        the item's copy fitted beside it. Larger and more designed than a plain list."""
        c = self.look.colors
        n = len(entries)
        gap = self.pick(0.03, 0.015)
        row_h = min((where.h - gap * (n - 1)) / n, self.pick(0.16, 0.09))
        text_size = size or self.pick(0.048, 0.055)
        for k, entry in enumerate(entries):
            top = where.y + k * (row_h + gap)
            row = box(where.x, top, where.w, row_h)
            b = beat + k * 0.5
            if cards:
                self.panel(
                    f"{id}{k}_card", row, c.surface, beat=b, enter="slide", direction="left", breathe=False
                )
            badge = self.square(where.x + self.pick(0.012, 0.02), top + row_h * 0.2, row_h * 0.6)
            if marker == "check":
                self.icon(f"{id}{k}_mark", "check", badge, beat=b + 0.2, background="disc", phase=k, lift=0.0)
            else:
                self.add(
                    ShapeElement(
                        id=f"{id}{k}_badge",
                        box=badge
                        if marker == "number"
                        else self.square(badge.x + badge.w * 0.3, badge.y + badge.h * 0.3, badge.h * 0.4),
                        shape="ellipse",
                        color=c.accent,
                        enter=self.entrance(b + 0.2, "pop"),
                    )
                )
                if marker == "number":
                    self.body(
                        f"{id}{k}_n",
                        slot,
                        badge,
                        badge.h * 0.5 * (1.0 if not self.vertical else 16 / 9),
                        beat=b + 0.3,
                        role="heading",
                        align="center",
                        valign="middle",
                        color=c.on_accent,
                        text=str(k + 1),
                    )
            left = badge.x + badge.w + self.pick(0.02, 0.03)
            self.body(
                f"{id}{k}",
                slot,
                box(left, top + row_h * 0.08, where.x + where.w - left - 0.01, row_h * 0.84),
                text_size,
                beat=b + 0.3,
                role="body",
                valign="middle",
                color=c.text,
                text=entry,
                floor=0.7,
            )

    def glow_field(self, id: str, where: Box, *, beat: float = 0.0, strength: float = 0.35) -> None:
        """A soft disc of the accent behind an anchor, breathing with it."""
        self.add(
            ShapeElement(
                id=id,
                box=where,
                shape="ellipse",
                color=alpha(self.look.colors.accent, strength * 0.5),
                enter=self.entrance(beat, "scale", slow=2.0),
                keyframes=self.breathing(self.look.motion.breathe * 1.5),
            )
        )


STOP = {"the", "a", "an", "and", "or", "of", "to", "in", "for", "with", "your", "our", "is", "are", "on"}


def key_word(text: str) -> str:
    """The word a headline leans on: a number if it has one, else its longest non-trivial word; none
    in a headline of one or two words (marking all of it would mark nothing)."""
    words = [w.strip(".,!?:;\"'()") for w in text.split()]
    if len(words) < 3:
        return ""
    numeric = [w for w in words if re.search(r"\d", w)]
    if numeric:
        return numeric[0]
    candidates = [w for w in words if w.lower() not in STOP and len(w) > 2]
    return max(candidates, key=len) if candidates else ""
