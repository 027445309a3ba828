"""The spec's eight narration voices, exactly, with the traits every TTS engine renders them by."""

from __future__ import annotations

from dataclasses import dataclass

from ozor.adapters.tts.base import TTS, Gender, VoiceTraits
from ozor.errors import BadRequest


@dataclass(frozen=True)
class Voice:
    id: str
    label: str
    gender: str
    character: str
    traits: VoiceTraits

    def wire(self) -> dict[str, str]:
        return {"id": self.id, "label": self.label, "gender": self.gender, "character": self.character}


def _voice(
    vid: str, gender: Gender, character: str, pitch: float, live: float, pace: float, timbre: int
) -> Voice:
    return Voice(
        vid, vid.capitalize(), gender, character, VoiceTraits(vid, gender, pitch, live, pace, timbre)
    )


VOICES: tuple[Voice, ...] = (
    _voice("aria", "female", "Clear, precise", 0.1, 0.0, 1.0, 0),
    _voice("nova", "female", "Warm, natural", -0.1, 0.25, 0.97, 1),
    _voice("felix", "male", "Playful, upbeat", 0.35, 0.7, 1.1, 1),
    _voice("marcus", "male", "Neutral, professional", 0.15, -0.1, 1.0, 0),
    _voice("thor", "male", "Deep, authoritative", -0.8, -0.3, 0.9, 2),
    _voice("luna", "female", "Soft, calm", -0.3, -0.5, 0.88, 2),
    _voice("owen", "male", "Steady, trustworthy", -0.15, -0.25, 0.95, 3),
    _voice("sky", "neutral", "Light, friendly", 0.8, 0.35, 1.05, 0),
)
BY_ID = {v.id: v for v in VOICES}

# The voice chosen when a plan names none: per document language, before any engine preference.
BY_LANGUAGE = {
    "en": "aria",
    "de": "marcus",
    "fr": "nova",
    "es": "felix",
    "it": "luna",
    "pt": "sky",
    "nl": "owen",
    "ru": "thor",
    "pl": "owen",
    "sv": "nova",
    "ja": "aria",
    "zh-cn": "nova",
}
DEFAULT = "aria"


def get(voice_id: str) -> Voice:
    try:
        return BY_ID[voice_id]
    except KeyError:
        raise BadRequest(f"Unknown voice {voice_id!r}; choose one of: {', '.join(BY_ID)}") from None


def for_language(language: str, engine: TTS | None = None) -> Voice:
    """Auto-selection: the engine's natural-sounding voice for the language if it has one, else the table's."""
    native = engine.native_voice(language) if engine is not None else None
    if native in BY_ID:
        return BY_ID[native]
    return BY_ID[BY_LANGUAGE.get(language.lower(), BY_LANGUAGE.get(language.split("-")[0].lower(), DEFAULT))]
