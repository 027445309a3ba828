"""Voice samples: a short sentence in a voice, synthesised in a child process and cached in storage."""

from __future__ import annotations

import hashlib

from ozor.adapters.storage.base import Storage
from ozor.adapters.tts.base import SpeechRequest
from ozor.config import Settings
from ozor.media.sandbox import run_isolated
from ozor.voices.catalog import Voice

SENTENCES = {
    "en": "Hello! This is how your document will sound when I narrate it.",
    "de": "Hallo! So klingt Ihr Dokument, wenn ich es vorlese.",
    "fr": "Bonjour ! Voici comment votre document sonnera quand je le raconterai.",
    "es": "¡Hola! Así sonará tu documento cuando lo narre.",
    "it": "Ciao! Ecco come suonerà il tuo documento quando lo racconterò.",
    "pt": "Olá! É assim que o seu documento vai soar quando eu o narrar.",
    "nl": "Hallo! Zo klinkt uw document wanneer ik het voorlees.",
}


def _synthesize(settings: Settings, voice: Voice, language: str, rate: float, style: str | None) -> bytes:
    from ozor.backends import Backends
    from ozor.voices import loudness

    speech = Backends(settings).tts.synthesize(
        SpeechRequest(SENTENCES.get(language, SENTENCES["en"]), voice.traits, language, rate, style)
    )
    return loudness.finish(speech).wav_bytes()


def sample_wav(
    settings: Settings, storage: Storage, voice: Voice, language: str, rate: float, style: str | None
) -> bytes:
    from ozor.backends import Backends

    engine = Backends(settings).tts.name  # cheap: engines load their models on first use
    key = hashlib.sha256(repr((engine, voice.id, language, round(rate, 2), style or "")).encode()).hexdigest()
    path = f"voices/samples/{key[:32]}.wav"
    if storage.exists(path):
        return storage.get_bytes(path)
    data = run_isolated(
        _synthesize, settings, voice, language, rate, style, timeout=60, memory_mb=4096, what="voice sample"
    )
    storage.put_bytes(path, data, "audio/wav")
    return data
