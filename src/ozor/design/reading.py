"""How long text needs on screen and how fast narration is spoken: the project's one reading-time
formula (VISUAL.md) and its one speaking rate.

0.6 s to notice a block plus its words at 3.5 words a second, for English. Other languages read at
their own measured pace (Trauzettel-Klosinski et al., "Standardized assessment of reading performance",
IReST 2012: silent reading in words per minute), scaled from English; languages written without
spaces count characters, four and a half to the second.
"""

from __future__ import annotations

from typing import Final

SETTLE: Final = 0.6  # seconds to find a block before reading starts
WORDS_PER_SEC: Final = 3.5  # English
CHARS_PER_SEC: Final = 4.5  # Chinese and Japanese
# IReST silent reading rates (words per minute); English is 228.
WPM: Final[dict[str, int]] = {
    "en": 228,
    "ar": 138,
    "de": 179,
    "es": 218,
    "fi": 161,
    "fr": 195,
    "he": 187,
    "it": 188,
    "nl": 202,
    "pl": 166,
    "pt": 181,
    "ru": 184,
    "sl": 180,
    "sv": 199,
    "tr": 166,
}
UNSPACED: Final = ("zh", "ja", "th")
# Narration's pace, for sizing what a scene says to its length: the offline voices speak about 150
# words a minute (storyboards and document plans both budget with it).
SPEAKING_WORDS_PER_SEC: Final = 2.5


def reading_time(text: str, language: str = "en") -> float:
    """Seconds a block of `text` must stay fully visible to be read (language: an ISO 639-1 code or
    a tag such as "pt-BR"; unknown languages read at the English pace)."""
    code = language.split("-")[0].split("_")[0].lower()
    if not text.strip():
        return 0.0
    if code in UNSPACED:
        return SETTLE + len("".join(text.split())) / CHARS_PER_SEC
    rate = WORDS_PER_SEC * WPM.get(code, WPM["en"]) / WPM["en"]
    return SETTLE + len(text.split()) / rate
