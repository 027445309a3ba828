"""The voices a narration may use (the catalog of spec section 7) and what plain English calls them."""

from __future__ import annotations

from typing import Literal, get_args

Voice = Literal["aria", "nova", "felix", "marcus", "thor", "luna", "owen", "sky"]
VOICES: tuple[str, ...] = get_args(Voice)

# Words in an edit ("a deeper voice", "a female voice") and the voice that answers them.
VOICE_WORDS = {
    "deep": "thor",
    "deeper": "thor",
    "authoritative": "thor",
    "male": "marcus",
    "man": "marcus",
    "female": "nova",
    "woman": "nova",
    "warm": "nova",
    "warmer": "nova",
    "calm": "luna",
    "calmer": "luna",
    "soft": "luna",
    "softer": "luna",
    "playful": "felix",
    "upbeat": "felix",
    "energetic": "felix",
    "professional": "marcus",
    "neutral": "sky",
    "friendly": "sky",
    "clear": "aria",
    "trustworthy": "owen",
    "steady": "owen",
}
