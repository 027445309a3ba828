"""The TTS interface: text + a voice request in, mono PCM with word timings out.

Voices are described by engine-neutral traits (gender, pitch, liveliness), so every engine can
render the catalog's eight voices its own way; the domain never names an engine's voices.
"""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass, field
from typing import Literal, Protocol

import numpy as np

Gender = Literal["female", "male", "neutral"]


@dataclass(frozen=True)
class VoiceTraits:
    """What a catalog voice sounds like, independent of any engine."""

    voice_id: str
    gender: Gender
    pitch: float  # -1 (deep) … +1 (high), relative to the gender's usual range
    liveliness: float  # -1 (flat, soft) … +1 (animated); widens the intonation
    pace: float  # words-per-minute factor of the voice's natural pace (1.0 = neutral)
    timbre: int  # which of an engine's timbres (formant sets) within the gender, 0-based


@dataclass(frozen=True)
class SpeechRequest:
    text: str
    voice: VoiceTraits
    language: str = "en"  # ISO 639-1 code, as langdetect reports it
    rate: float = 1.0  # the caller's speakingRate, 0.5–2.0
    style: str | None = None  # free text: "calm", "energetic", "formal", …


@dataclass(frozen=True)
class WordTiming:
    start: float  # seconds from the start of the audio
    text: str


@dataclass
class Speech:
    samples: np.ndarray  # float32 mono in [-1, 1]
    sample_rate: int
    words: list[WordTiming] = field(default_factory=list)

    @property
    def duration(self) -> float:
        return len(self.samples) / self.sample_rate

    def wav_bytes(self) -> bytes:
        """16-bit PCM WAV, the format narration assets are stored in."""
        pcm = (np.clip(self.samples, -1.0, 1.0) * 32767).astype("<i2")
        out = io.BytesIO()
        with wave.open(out, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(self.sample_rate)
            w.writeframes(pcm.tobytes())
        return out.getvalue()


def read_wav(data: bytes) -> tuple[np.ndarray, int]:
    """PCM WAV bytes → (float32 mono samples, sample rate); channels are averaged."""
    try:
        with wave.open(io.BytesIO(data), "rb") as w:
            width, channels, rate = w.getsampwidth(), w.getnchannels(), w.getframerate()
            frames = w.readframes(w.getnframes())
    except (wave.Error, EOFError) as e:
        raise ValueError(f"not a PCM WAV file: {e}") from None
    if width == 2:
        samples = np.frombuffer(frames, "<i2").astype(np.float32) / 32768
    elif width == 4:
        samples = np.frombuffer(frames, "<i4").astype(np.float32) / 2**31
    elif width == 1:
        samples = (np.frombuffer(frames, np.uint8).astype(np.float32) - 128) / 128
    else:
        raise ValueError(f"unsupported WAV sample width {width}")
    return samples.reshape(-1, channels).mean(axis=1), rate


class TTS(Protocol):
    name: str

    @property
    def version(self) -> str:
        """What a synthesis cache key must include: a new model, voice or rule gives a new version,
        so audio made by the old one is not reused."""
        ...

    def synthesize(self, request: SpeechRequest) -> Speech:
        """Speak `request.text`; raises TTSError when the engine fails."""
        ...

    def native_voice(self, language: str) -> str | None:
        """A catalog voice id this engine renders best in `language` (a neural model), or None."""
        ...


class TTSError(RuntimeError):
    """The engine could not speak the text (the detail says why)."""


@dataclass(frozen=True)
class Prosody:
    """A request reduced to three engine-neutral controls."""

    rate: float  # multiplies the engine's natural words per minute
    pitch: float  # -1 … +1
    liveliness: float  # -1 … +1


# Style words and how they move (rate factor, pitch, liveliness); several words add up.
STYLE_WORDS: dict[tuple[str, ...], tuple[float, float, float]] = {
    ("calm", "soft", "relaxed", "gentle", "soothing", "quiet", "slow"): (0.86, -0.15, -0.6),
    ("energetic", "excited", "upbeat", "enthusiastic", "lively", "dynamic", "fast", "playful", "fun"): (
        1.16,
        0.25,
        0.7,
    ),
    ("formal", "professional", "serious", "authoritative", "corporate", "academic"): (0.93, -0.12, -0.3),
    ("friendly", "warm", "conversational", "casual", "cheerful"): (1.04, 0.08, 0.3),
    ("dramatic", "epic", "cinematic"): (0.88, -0.1, 0.5),
}


def prosody(request: SpeechRequest) -> Prosody:
    """The voice's traits, the caller's rate and the style words, combined and kept in range."""
    rate, pitch, live = request.voice.pace * request.rate, request.voice.pitch, request.voice.liveliness
    words = set((request.style or "").lower().replace(",", " ").split())
    for keys, (r, p, lv) in STYLE_WORDS.items():
        if words & set(keys):
            rate, pitch, live = rate * r, pitch + p, live + lv
    clamp = lambda v: max(-1.0, min(1.0, v))  # noqa: E731
    return Prosody(rate=max(0.4, min(2.5, rate)), pitch=clamp(pitch), liveliness=clamp(live))
