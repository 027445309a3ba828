"""The closed vocabularies shared by the brief and the knowledge: languages, video kinds, looks,
music moods, fact roles. Looks are the scene's look names (scene.fonts.LookName, VISUAL.md's palettes).
A leaf module, so knowledge data can be validated without the parser.
"""

from __future__ import annotations

from typing import Literal, get_args

# fmt: off
Language = Literal["en", "es", "de"]
Aspect = Literal["16:9", "9:16", "1:1"]
Kind = Literal[
    "ad", "teaser", "showcase", "sale", "event", "hiring", "explainer", "tutorial", "announcement",
    "greeting", "listing", "comparison", "countdown", "intro", "testimonial", "appeal", "recap",
]
Look = Literal[
    "minimalist", "bold", "luxury", "dark", "playful", "corporate", "warm", "retro", "editorial", "calm",
]
Mood = Literal["calm", "upbeat", "corporate", "dramatic"]
Role = Literal[
    "subject", "name", "feature", "number", "price", "offer", "date", "time", "place", "link", "audience",
    "cta", "style", "colour", "duration", "aspect", "point", "topic", "occasion", "quote", "voice",
]
# fmt: on
KINDS: tuple[Kind, ...] = get_args(Kind)
LOOKS: tuple[Look, ...] = get_args(Look)
MOODS: tuple[Mood, ...] = get_args(Mood)
