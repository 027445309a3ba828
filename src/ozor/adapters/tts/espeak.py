"""espeak-ng through the `espeakng-loader` wheel's shared library (ctypes): offline, any language.

The library keeps global state, so one process synthesises one text at a time (a lock); jobs run
in child processes, which is where this is meant to be used.
"""

from __future__ import annotations

import ctypes
import threading
from functools import cache
from pathlib import Path

import numpy as np

from ozor.adapters.tts.base import Speech, SpeechRequest, TTSError, WordTiming, prosody

AUDIO_OUTPUT_SYNCHRONOUS = 2
CHARS_UTF8 = 1
POS_CHARACTER = 1
EVENT_LIST_TERMINATED, EVENT_WORD = 0, 1
RATE, VOLUME, PITCH, RANGE = 1, 2, 3, 4
PHONEMES_IPA_TIED = 0x02 | 0x80 | (0x0361 << 8)  # IPA, with a tie character inside multi-letter phonemes
BASE_WPM = 170
# espeak-ng's voice variants (formant sets), by gender; a voice's timbre picks one.
VARIANTS = {
    "female": ("f3", "f2", "f4", "f1", "f5"),
    "male": ("m1", "m3", "m7", "m2", "m6"),
    "neutral": ("Andy", "m4", "f5"),
}
# langdetect codes whose espeak-ng voice has another name.
LANGUAGE_NAMES = {"en": "en-us", "zh-cn": "cmn", "zh-tw": "cmn", "zh": "cmn", "pt": "pt-br", "no": "nb"}


class _Event(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", ctypes.c_void_p),
    ]


_Callback = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event)
)


class _Engine:
    """The loaded library and the buffers its callback fills."""

    def __init__(self) -> None:
        import espeakng_loader

        self.data_path = Path(espeakng_loader.get_data_path())
        lib = ctypes.CDLL(espeakng_loader.get_library_path())
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_Synth.argtypes = [
            ctypes.c_char_p,
            ctypes.c_size_t,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.c_int, ctypes.c_int]
        lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
        self.sample_rate = lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, str(self.data_path).encode(), 0)
        if self.sample_rate <= 0:
            raise TTSError("espeak-ng could not be initialised")
        self.chunks: list[np.ndarray] = []
        self.words: list[tuple[int, int, int]] = []  # (ms, 1-based char position, length)
        self._callback = _Callback(self._collect)  # kept alive as long as the engine
        lib.espeak_SetSynthCallback(self._callback)
        self.lib = lib
        self.lock = threading.Lock()

    def _collect(self, wav, count, events):  # type: ignore[no-untyped-def]
        if count > 0:
            self.chunks.append(np.ctypeslib.as_array(wav, shape=(count,)).copy())
        i = 0
        while events[i].type != EVENT_LIST_TERMINATED:
            if events[i].type == EVENT_WORD:
                self.words.append((events[i].audio_position, events[i].text_position, events[i].length))
            i += 1
        return 0

    def languages(self) -> set[str]:
        return {p.name.lower() for p in (self.data_path / "lang").rglob("*") if p.is_file()}


@cache
def _engine() -> _Engine:
    return _Engine()


def ipa(text: str, language: str) -> list[str]:
    """espeak-ng's IPA for `text`, one string per clause (it drops the punctuation between them);
    multi-letter phonemes are tied with U+0361, as neural front ends (misaki) expect."""
    engine = _engine()
    data = ctypes.create_string_buffer(text.encode("utf-8"))
    pointer = ctypes.c_void_p(ctypes.addressof(data))
    clauses = []
    with engine.lock:
        if engine.lib.espeak_SetVoiceByName(language.encode()) != 0:
            raise TTSError(f"espeak-ng has no voice {language!r}")
        while pointer.value:  # the library advances the pointer clause by clause, NULL at the end
            out = engine.lib.espeak_TextToPhonemes(ctypes.byref(pointer), CHARS_UTF8, PHONEMES_IPA_TIED)
            if out:
                clauses.append(out.decode("utf-8"))
    return clauses


class EspeakTTS:
    name = "espeak"
    version = "espeak-r1"  # bump when voices, variants or prosody mapping change

    def voice_name(self, request: SpeechRequest) -> str:
        language = request.language.lower()
        language = LANGUAGE_NAMES.get(language, language)
        if language not in _engine().languages():
            language = "en-us"
        variants = VARIANTS[request.voice.gender]
        return f"{language}+{variants[request.voice.timbre % len(variants)]}"

    def synthesize(self, request: SpeechRequest) -> Speech:
        engine = _engine()
        shape = prosody(request)
        text = request.text.encode("utf-8")
        with engine.lock:
            engine.chunks, engine.words = [], []
            lib = engine.lib
            if lib.espeak_SetVoiceByName(self.voice_name(request).encode()) != 0:
                raise TTSError(f"espeak-ng has no voice {self.voice_name(request)!r}")
            lib.espeak_SetParameter(RATE, int(max(80, min(450, BASE_WPM * shape.rate))), 0)
            lib.espeak_SetParameter(PITCH, int(50 + 32 * shape.pitch), 0)
            lib.espeak_SetParameter(RANGE, int(max(0, min(100, 50 + 45 * shape.liveliness))), 0)
            lib.espeak_SetParameter(VOLUME, 100, 0)
            status = lib.espeak_Synth(text, len(text) + 1, 0, POS_CHARACTER, 0, CHARS_UTF8, None, None)
            lib.espeak_Synchronize()
            chunks, words = engine.chunks, engine.words
        if status != 0:
            raise TTSError(f"espeak-ng failed to speak the text (status {status})")
        samples = np.concatenate(chunks).astype(np.float32) / 32768 if chunks else np.zeros(0, np.float32)
        return Speech(samples, engine.sample_rate, _timings(request.text, words))

    def native_voice(self, language: str) -> str | None:
        return None


def _timings(text: str, words: list[tuple[int, int, int]]) -> list[WordTiming]:
    out = []
    for ms, position, length in words:
        word = text[position - 1 : position - 1 + length].strip()
        if word:
            out.append(WordTiming(ms / 1000, word))
    return out
