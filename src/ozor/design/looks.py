"""The ten designed looks: each a coherent system of type, palette, motifs, motion, transitions and music.

A look is data. Templates read it (compose.py), so a video keeps one voice across its scenes: the same
faces, the same accent for the one thing per scene that matters, the same easing and rhythm, the same
transition. `look(name, accent=...)` re-derives the palette around a colour named in a prompt while
keeping every text colour at 4.5:1 or more on the grounds it sits on.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final, Literal, get_args

from ozor.design.colors import mix, on, readable
from ozor.scene.base import Color, Easing, Mood, Palette, Theme
from ozor.scene.decor import MotifKind
from ozor.scene.fonts import LOOK_FONTS, LookFonts, LookName

EmphasisStyle = Literal["color", "underline", "marker", "box"]
RevealStyle = Literal["rise", "wipe", "punch", "fade"]
TransitionKind = Literal["cut", "crossfade", "slide", "wipe"]

LOOK_NAMES: Final[tuple[LookName, ...]] = get_args(LookName)
# Words a prompt or a director may use for a look.
ALIASES: Final[dict[str, LookName]] = {
    "minimal": "minimalist",
    "clean": "minimalist",
    "tech": "dark",
    "dark tech": "dark",
    "synthwave": "retro",
    "elegant": "luxury",
    "fun": "playful",
    "business": "corporate",
    "cozy": "warm",
    "magazine": "editorial",
    "zen": "calm",
}


@dataclass(frozen=True)
class Colors:
    """A look's palette: text and muted read on background and surface, accent on background."""

    background: Color
    surface: Color  # cards and panels that hold text
    text: Color
    muted: Color
    accent: Color  # the one thing per scene: key number, emphasis, CTA
    accent2: Color  # large fields of colour: anchor panels, tiles, bars behind the accent
    glow: Color  # the far colour of the background gradient

    @property
    def on_accent(self) -> Color:
        return on(self.accent)

    @property
    def on_accent2(self) -> Color:
        return on(self.accent2)

    def palette(self) -> Palette:
        return Palette(
            background=self.background,
            surface=self.surface,
            text=self.text,
            accent=self.accent,
            muted=self.muted,
        )


@dataclass(frozen=True)
class Motion:
    """A motion personality: how things enter, how far apart, and how much the scene breathes."""

    easing: Easing  # entrances
    pop: Easing  # icons, badges and tiles (ease_out_back overshoots for snappy looks)
    enter: float  # seconds an entrance takes
    stagger: float  # seconds between related elements
    reveal: RevealStyle  # how headlines come in
    reveal_by: Literal["word", "line"]
    drift: float  # how far motifs and the background wander, fractions of the frame per second
    breathe: float  # slow scale of the anchor over a scene (0.05: 5 %)


@dataclass(frozen=True)
class Look:
    name: LookName
    fonts: LookFonts
    colors: Colors
    motifs: tuple[MotifKind, MotifKind]  # the main motif, and a second, quieter one
    texture: MotifKind  # what drifts inside the big colour fields
    motif_opacity: float
    emphasis: EmphasisStyle
    motion: Motion
    transition: TransitionKind
    transition_duration: float
    music: Mood
    radius: float  # corner radius of panels and tiles (fraction of the shorter side)
    grain: float

    @property
    def dark(self) -> bool:
        """Light text on a dark ground."""
        return on(self.colors.background) == "#FFFFFF"

    @property
    def theme(self) -> Theme:
        return Theme(
            palette=self.colors.palette(),
            heading_font=self.fonts.display,
            body_font=self.fonts.text,
            style=self.name,
        )


def _colors(
    background: str, surface: str, text: str, muted: str, accent: str, accent2: str, glow: str
) -> Colors:
    grounds = [background, surface, glow]  # the gradient drifts towards glow behind the copy
    return Colors(
        background=background,
        surface=surface,
        text=readable(text, grounds),
        muted=readable(muted, grounds),
        accent=readable(accent, grounds),
        accent2=accent2,
        glow=glow,
    )


LOOKS: Final[dict[LookName, Look]] = {
    "minimalist": Look(
        "minimalist",
        LOOK_FONTS["minimalist"],
        _colors("#FAFAF9", "#EDEDEA", "#1C1C1C", "#5B5B57", "#2F6FEB", "#1C1C1C", "#E6E9F2"),
        ("grid", "lines"),
        "dots",
        0.5,
        "underline",
        Motion("ease_out_expo", "ease_out_cubic", 0.5, 0.08, "wipe", "line", 0.02, 0.04),
        "wipe",
        0.4,
        "calm",
        0.04,
        0.0,
    ),
    "bold": Look(
        "bold",
        LOOK_FONTS["bold"],
        _colors("#0B0B0F", "#1F1F2A", "#FFFFFF", "#B9B9C6", "#FF3D2E", "#FFD60A", "#2A0F12"),
        ("dots", "lines"),
        "dots",
        0.45,
        "box",
        Motion("ease_out_expo", "ease_out_back", 0.35, 0.05, "punch", "word", 0.03, 0.06),
        "slide",
        0.3,
        "upbeat",
        0.02,
        0.03,
    ),
    "luxury": Look(
        "luxury",
        LOOK_FONTS["luxury"],
        _colors("#0E0D0B", "#2A251C", "#F4EFE6", "#BDB3A1", "#C8A96A", "#6B5532", "#2E2618"),
        ("rings", "glow"),
        "dots",
        0.5,
        "underline",
        Motion("ease_out_cubic", "ease_out_cubic", 0.8, 0.12, "fade", "line", 0.03, 0.06),
        "crossfade",
        0.6,
        "dramatic",
        0.0,
        0.04,
    ),
    "dark": Look(
        "dark",
        LOOK_FONTS["dark"],
        _colors("#0A0F1C", "#1A2540", "#E6EDF7", "#9FB0C8", "#3B82F6", "#1E3A8A", "#1B2B52"),
        ("grid", "glow"),
        "dots",
        0.45,
        "marker",
        Motion("ease_out_expo", "ease_out_back", 0.45, 0.06, "rise", "word", 0.025, 0.06),
        "wipe",
        0.4,
        "dramatic",
        0.03,
        0.03,
    ),
    "playful": Look(
        "playful",
        LOOK_FONTS["playful"],
        _colors("#FFF4E6", "#FFE0B8", "#2B2B2B", "#5E5147", "#FF5FA2", "#FFC53D", "#FFD9EA"),
        ("dots", "blobs"),
        "rings",
        0.55,
        "marker",
        Motion("ease_out_back", "ease_out_back", 0.45, 0.08, "punch", "word", 0.03, 0.06),
        "slide",
        0.35,
        "upbeat",
        0.06,
        0.0,
    ),
    "corporate": Look(
        "corporate",
        LOOK_FONTS["corporate"],
        _colors("#FFFFFF", "#EEF3F9", "#0F172A", "#475569", "#0EA5E9", "#0F2747", "#DCEBF7"),
        ("dots", "lines"),
        "grid",
        0.45,
        "underline",
        Motion("ease_out_cubic", "ease_out_cubic", 0.45, 0.08, "rise", "line", 0.02, 0.04),
        "crossfade",
        0.4,
        "corporate",
        0.03,
        0.0,
    ),
    "warm": Look(
        "warm",
        LOOK_FONTS["warm"],
        _colors("#FFF8F1", "#FBE7D3", "#3A2A1E", "#6B5646", "#E07A2F", "#F2C29A", "#FBDCC0"),
        ("rings", "blobs"),
        "dots",
        0.5,
        "marker",
        Motion("ease_out_cubic", "ease_out_back", 0.6, 0.1, "rise", "word", 0.03, 0.05),
        "crossfade",
        0.5,
        "calm",
        0.05,
        0.02,
    ),
    "retro": Look(
        "retro",
        LOOK_FONTS["retro"],
        _colors("#1A0B2E", "#2E1652", "#FDF0FF", "#D2BCEB", "#FF2E97", "#00B8D4", "#4A1460"),
        ("horizon", "glow"),
        "dots",
        0.6,
        "box",
        Motion("ease_out_back", "ease_out_back", 0.4, 0.06, "punch", "word", 0.035, 0.06),
        "wipe",
        0.35,
        "upbeat",
        0.03,
        0.04,
    ),
    "editorial": Look(
        "editorial",
        LOOK_FONTS["editorial"],
        _colors("#F7F4EE", "#EAE3D6", "#161412", "#57524A", "#C2410C", "#161412", "#EDE6D8"),
        ("grid", "lines"),
        "dots",
        0.35,
        "color",
        Motion("ease_out_expo", "ease_out_cubic", 0.55, 0.09, "wipe", "line", 0.025, 0.04),
        "wipe",
        0.45,
        "calm",
        0.0,
        0.03,
    ),
    "calm": Look(
        "calm",
        LOOK_FONTS["calm"],
        _colors("#F2F6F5", "#DDEAE6", "#1F3A36", "#4A6561", "#5FA8A0", "#A9D3CB", "#D2E8E2"),
        ("rings", "blobs"),
        "dots",
        0.6,
        "underline",
        Motion("ease_out_cubic", "ease_out_cubic", 0.8, 0.14, "fade", "line", 0.03, 0.06),
        "crossfade",
        0.7,
        "calm",
        0.06,
        0.0,
    ),
}


def look(name: str, accent: str | None = None) -> Look:
    """The named look (a LookName or an alias such as "tech"); `accent` (#RRGGBB) replaces its accent.

    The named colour keeps its hue; its lightness moves until it reads at 4.5:1 on the background and
    the surface, and the large accent2 fields are re-derived from it so the palette stays one family.
    """
    key = name.strip().lower()
    resolved = ALIASES.get(key, key)
    if resolved not in LOOKS:
        raise ValueError(f"unknown look {name!r}: one of {', '.join(LOOK_NAMES)}")
    base = LOOKS[resolved]
    if accent is None:
        return base
    if not (len(accent) == 7 and accent.startswith("#")):
        raise ValueError(f"accent must be #RRGGBB, not {accent!r}")
    c = base.colors
    grounds = [c.background, c.surface]
    field = mix(accent.upper(), c.background, 0.55 if base.dark else 0.35)
    colors = replace(c, accent=readable(accent, grounds), accent2=field, glow=mix(c.background, accent, 0.2))
    return replace(base, colors=colors)
