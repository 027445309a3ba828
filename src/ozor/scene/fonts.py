"""The shipped font families (pip packages fontpkg-*) and the display + text pairing of each designed look.

Pure data, importing nothing from ozor, so the scene models, the agent and the renderer can all use it.
Every family covers Latin with the accents of Spanish, German and French (tests/scene/test_fonts.py);
Noto Sans and Noto Serif also cover Greek and Cyrillic, for scripts the designed faces lack.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal, get_args

FontFamily = Literal[
    "Inter",
    "Noto Sans",
    "Noto Serif",
    "Playfair Display",
    "Anton",
    "Baloo 2",
    "Bebas Neue",
    "Cormorant Garamond",
    "DM Sans",
    "Fraunces",
    "JetBrains Mono",
    "Lora",
    "Montserrat",
    "Nunito",
    "Nunito Sans",
    "Plus Jakarta Sans",
    "Righteous",
    "Source Serif 4",
    "Space Grotesk",
    "Space Mono",
]

Role = Literal["display", "text"]  # display: headlines, numbers, big type; text: also good small
Classification = Literal["sans", "serif", "mono", "rounded", "condensed"]


@dataclass(frozen=True)
class FontInfo:
    """What a family is for, and the weights it really has (a static font has one or two)."""

    roles: tuple[Role, ...]
    classification: Classification
    weights: tuple[int, int]  # lightest and heaviest real weight; other weights snap into this range
    variable: bool  # one file with a weight axis: every weight in the range is a true weight
    note: str


FONTS: Final[dict[FontFamily, FontInfo]] = {
    "Inter": FontInfo(
        ("display", "text"), "sans", (100, 900), True, "neutral UI sans with a display optical size"
    ),
    "Noto Sans": FontInfo(("text",), "sans", (100, 900), True, "wide script coverage: the fallback sans"),
    "Noto Serif": FontInfo(("text",), "serif", (100, 900), True, "wide script coverage: the fallback serif"),
    "Playfair Display": FontInfo(("display",), "serif", (400, 900), True, "high-contrast editorial serif"),
    "Anton": FontInfo(
        ("display",), "condensed", (400, 400), False, "heavy condensed poster sans; one weight"
    ),
    "Baloo 2": FontInfo(("display",), "rounded", (400, 800), True, "round, friendly, bouncy headlines"),
    "Bebas Neue": FontInfo(
        ("display",), "condensed", (400, 400), False, "tall all-caps condensed; one weight"
    ),
    "Cormorant Garamond": FontInfo(("display",), "serif", (300, 700), True, "fine Garamond for luxury caps"),
    "DM Sans": FontInfo(("text",), "sans", (100, 1000), True, "soft geometric sans for body copy"),
    "Fraunces": FontInfo(("display",), "serif", (100, 900), True, "warm 'old-style soft' serif"),
    "JetBrains Mono": FontInfo(("text",), "mono", (100, 800), True, "code and tech labels"),
    "Lora": FontInfo(("display", "text"), "serif", (400, 700), True, "calm, brushed serif"),
    "Montserrat": FontInfo(
        ("display", "text"), "sans", (100, 900), True, "geometric sans; wide-tracked labels"
    ),
    "Nunito": FontInfo(("text",), "rounded", (200, 1000), True, "rounded sans for body copy"),
    "Nunito Sans": FontInfo(("text",), "sans", (200, 1000), True, "quiet humanist sans for body copy"),
    "Plus Jakarta Sans": FontInfo(
        ("display", "text"), "sans", (200, 800), True, "crisp modern corporate sans"
    ),
    "Righteous": FontInfo(
        ("display",), "rounded", (400, 400), False, "rounded 70s/80s retro display; one weight"
    ),
    "Source Serif 4": FontInfo(
        ("text",), "serif", (200, 900), True, "readable book serif for editorial text"
    ),
    "Space Grotesk": FontInfo(
        ("display", "text"), "sans", (300, 700), True, "quirky grotesk for tech headlines"
    ),
    "Space Mono": FontInfo(("text",), "mono", (400, 700), False, "retro-computing mono; 400 and 700"),
}

FONT_FAMILIES: Final[tuple[FontFamily, ...]] = get_args(FontFamily)


def package(family: FontFamily) -> str:
    """The PyPI distribution that ships `family` (listed in pyproject.toml)."""
    return "fontpkg-" + family.lower().replace(" ", "-")


LookName = Literal[
    "minimalist", "bold", "luxury", "dark", "playful", "corporate", "warm", "retro", "editorial", "calm"
]


@dataclass(frozen=True)
class LookFonts:
    """A look's type system: a display face for headlines and a text face for everything small."""

    display: FontFamily
    display_weight: int
    text: FontFamily
    text_weight: int
    accent: FontFamily | None = None  # labels, numbers or code when the look wants a third voice
    display_caps: bool = False  # headlines set in capitals (and tracked wide)
    display_tracking: float = -0.01  # letter-spacing of headlines, in em


LOOK_FONTS: Final[dict[LookName, LookFonts]] = {
    "minimalist": LookFonts("Inter", 700, "Inter", 400, display_tracking=-0.02),
    "bold": LookFonts("Anton", 400, "Inter", 500, display_caps=True, display_tracking=0.0),
    "luxury": LookFonts(
        "Cormorant Garamond", 500, "Montserrat", 400, display_caps=True, display_tracking=0.08
    ),
    "dark": LookFonts("Space Grotesk", 700, "Inter", 400, accent="JetBrains Mono", display_tracking=-0.02),
    "playful": LookFonts("Baloo 2", 800, "Nunito", 500, display_tracking=-0.01),
    "corporate": LookFonts("Plus Jakarta Sans", 700, "Inter", 400, display_tracking=-0.02),
    "warm": LookFonts("Fraunces", 600, "DM Sans", 400, display_tracking=-0.01),
    "retro": LookFonts("Righteous", 400, "Space Mono", 400, accent="Bebas Neue", display_tracking=0.0),
    "editorial": LookFonts("Playfair Display", 700, "Source Serif 4", 400, display_tracking=-0.01),
    "calm": LookFonts("Lora", 500, "Nunito Sans", 400, display_tracking=0.0),
}
