"""Styles: the palette, fonts, motion, pacing, music and voice that go with a style word (VISUAL.md)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ozor.agent.colors import derive
from ozor.scene.models import FontFamily, Mood, Palette, Theme


@dataclass(frozen=True)
class Style:
    palette: Palette
    heading_font: FontFamily
    body_font: FontFamily
    transitions: tuple[Literal["cut", "crossfade", "slide", "wipe"], ...]  # at most two kinds per video
    transition_sec: float
    entrance: Literal["slide", "fade", "pop", "scale", "wipe"]
    pace: float  # seconds per content scene this style likes (fast styles cut every 1.5–3 s)
    music: Mood
    voice: str
    backdrop: Literal["solid", "linear", "radial"] = (
        "solid"  # default scene background: flat, or a soft gradient
    )


def _palette(background: str, surface: str, text: str, accent: str) -> Palette:
    """VISUAL.md's starting palettes, with the muted text colour derived to stay readable."""
    rough = Palette(background=background, surface=surface, text=text, accent=accent)
    muted = derive(rough, text=text).muted
    return Palette(background=background, surface=surface, text=text, accent=accent, muted=muted)


STYLES: dict[str, Style] = {
    "minimalist": Style(
        _palette("#FAFAF9", "#F1F1EF", "#1C1C1C", "#2F6FEB"),
        "Inter",
        "Inter",
        ("crossfade",),
        0.5,
        "fade",
        4.0,
        "calm",
        "aria",
    ),
    "bold": Style(
        _palette("#0B0B0F", "#1A1A22", "#FFFFFF", "#FF3D2E"),
        "Inter",
        "Inter",
        ("cut", "slide"),
        0.35,
        "slide",
        2.6,
        "upbeat",
        "thor",
        backdrop="radial",
    ),
    "playful": Style(
        _palette("#FFF4E6", "#FFE0B8", "#2B2B2B", "#FF5FA2"),
        "Inter",
        "Inter",
        ("slide", "cut"),
        0.4,
        "pop",
        3.0,
        "upbeat",
        "felix",
        backdrop="linear",
    ),
    "luxury": Style(
        _palette("#0E0D0B", "#1C1A16", "#F4EFE6", "#C8A96A"),
        "Playfair Display",
        "Inter",
        ("crossfade",),
        0.6,
        "fade",
        4.5,
        "calm",
        "owen",
        backdrop="radial",
    ),
    "dark": Style(
        _palette("#0A0F1C", "#131B2E", "#E6EDF7", "#3B82F6"),
        "Inter",
        "Inter",
        ("slide", "crossfade"),
        0.45,
        "slide",
        3.2,
        "dramatic",
        "marcus",
        backdrop="radial",
    ),
    "retro": Style(
        _palette("#F3E9D2", "#E4D3AF", "#2D2A26", "#E4572E"),
        "Noto Serif",
        "Inter",
        ("wipe", "cut"),
        0.45,
        "wipe",
        3.4,
        "upbeat",
        "felix",
    ),
    "corporate": Style(
        _palette("#FFFFFF", "#F3F6FA", "#0F172A", "#0EA5E9"),
        "Inter",
        "Inter",
        ("crossfade",),
        0.5,
        "fade",
        4.0,
        "corporate",
        "marcus",
        backdrop="linear",
    ),
    "warm": Style(
        _palette("#FFF8F1", "#FBE7D3", "#3A2A1E", "#E07A2F"),
        "Noto Serif",
        "Inter",
        ("crossfade",),
        0.5,
        "fade",
        3.8,
        "calm",
        "nova",
        backdrop="linear",
    ),
    "calm": Style(
        _palette("#F2F6F5", "#E1ECE9", "#1F3A36", "#5FA8A0"),
        "Inter",
        "Inter",
        ("crossfade",),
        0.7,
        "fade",
        5.0,
        "calm",
        "luna",
        backdrop="linear",
    ),
}

# Words in a prompt or an edit that name a style.
STYLE_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ["minimalist", "minimal", "minimalistic", "clean", "simple", "sleek", "scandinavian"], "minimalist"
    ),
    **dict.fromkeys(
        ["bold", "loud", "punchy", "energetic", "dynamic", "vibrant", "high-energy", "edgy"], "bold"
    ),
    **dict.fromkeys(
        ["playful", "fun", "quirky", "cute", "colorful", "colourful", "cheerful", "whimsical"], "playful"
    ),
    **dict.fromkeys(
        ["luxury", "luxurious", "premium", "elegant", "high-end", "upscale", "sophisticated", "classy"],
        "luxury",
    ),
    **dict.fromkeys(["dark", "tech", "techy", "futuristic", "cyber", "neon", "sci-fi", "moody"], "dark"),
    **dict.fromkeys(["retro", "vintage", "nostalgic", "80s", "70s", "90s", "old-school"], "retro"),
    **dict.fromkeys(["corporate", "professional", "business", "enterprise", "formal", "b2b"], "corporate"),
    **dict.fromkeys(["warm", "cozy", "cosy", "friendly", "homey", "rustic", "inviting", "earthy"], "warm"),
    **dict.fromkeys(
        ["calm", "serene", "peaceful", "relaxing", "soothing", "zen", "gentle", "tranquil"], "calm"
    ),
}


def theme_for(style: str, palette: Palette | None = None) -> Theme:
    preset = STYLES[style]
    return Theme(
        palette=palette or preset.palette,
        heading_font=preset.heading_font,
        body_font=preset.body_font,
        style=style,
    )


def style_of(theme: Theme) -> Style:
    return STYLES.get(theme.style or "", STYLES["corporate"])
