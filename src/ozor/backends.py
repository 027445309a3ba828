"""Picks the concrete adapters from settings: the only module that imports them."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ozor.config import Settings

if TYPE_CHECKING:
    from ozor.adapters.storage.base import Storage
    from ozor.adapters.tts.base import TTS


class Backends:
    """The engines a process uses, built lazily so a process pays only for what it touches."""

    def __init__(self, settings: Settings):
        self.settings = settings

    @cached_property
    def storage(self) -> Storage:
        url = self.settings.storage_url
        if url:
            from ozor.adapters.storage.s3 import S3Storage

            return S3Storage(url, endpoint_url=self.settings.s3_endpoint_url)
        from ozor.adapters.storage.local import LocalStorage

        return LocalStorage(self.settings.files_dir)

    @cached_property
    def tts(self) -> TTS:
        from ozor.adapters.tts import kokoro
        from ozor.adapters.tts.espeak import EspeakTTS
        from ozor.adapters.tts.openai import OpenAITTS
        from ozor.adapters.tts.piper import PiperTTS, installed_models

        s = self.settings
        if s.tts_engine == "espeak":
            return EspeakTTS()
        if s.tts_engine == "kokoro":
            return kokoro.KokoroTTS(fallback=EspeakTTS())
        if s.tts_engine == "piper":
            return PiperTTS(installed_models(s.piper_voices))
        if s.tts_engine == "auto":
            # Kokoro speaks all eight voices in en/es/fr, espeak-ng the rest; Piper voices only win where
            # models are named explicitly, or where Kokoro is not installed.
            base: TTS = kokoro.KokoroTTS(fallback=EspeakTTS()) if kokoro.available() else EspeakTTS()
            models = installed_models(s.piper_voices) if s.piper_voices or base.name == "espeak" else {}
            return PiperTTS(models, fallback=base) if models else base
        if s.tts_engine == "openai" and s.tts_base_url:
            return OpenAITTS(s.tts_base_url, s.tts_model, s.tts_api_key)
        raise ValueError(
            f"OZOR_TTS_ENGINE={s.tts_engine!r}: use auto, kokoro, espeak, piper "
            "or openai (with OZOR_TTS_BASE_URL)"
        )
