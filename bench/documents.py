"""Document analysis and TTS speed, measured in one run: a 50-page PDF, a 40-slide deck, and the
real-time factor of each TTS engine (synthesis time / audio duration; lower is faster).

    .venv/bin/python bench/documents.py          (--tts: the TTS figures alone)
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ozor.adapters.tts.base import TTS, SpeechRequest  # noqa: E402
from ozor.adapters.tts.espeak import EspeakTTS  # noqa: E402
from ozor.adapters.tts.kokoro import KokoroTTS  # noqa: E402
from ozor.adapters.tts.piper import PiperTTS, installed_models  # noqa: E402
from ozor.documents.analyze import AnalyzeOptions, analyze_file  # noqa: E402
from ozor.media.sandbox import run_isolated  # noqa: E402
from ozor.voices import catalog  # noqa: E402
from tests.documents import makers  # noqa: E402

TEXT = " ".join(body for _, body in makers.SECTIONS)


def timed(fn, *args, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    if "--tts" not in sys.argv:
        documents()
    tts()


def documents() -> None:
    pdf = makers.make_pdf(pages=50)
    deck = makers.make_pptx(slides=(makers.SECTIONS * 8)[:39])
    options = AnalyzeOptions(60, None, "bench")
    pdf_in_process = timed(analyze_file, pdf, options)
    pdf_sandboxed = timed(lambda: run_isolated(analyze_file, pdf, options, timeout=120, memory_mb=2048))
    deck_in_process = timed(analyze_file, deck, options)
    print(
        f"analysis 50-page PDF ({len(pdf) // 1024} KB): {pdf_in_process:.2f} s in process, "
        f"{pdf_sandboxed:.2f} s sandboxed (child process overhead x{pdf_sandboxed / pdf_in_process:.2f})"
    )
    deck_without_slides = timed(analyze_file, deck, AnalyzeOptions(60, None, "bench", slides=False))
    print(
        f"analysis 40-slide PPTX ({len(deck) // 1024} KB): {deck_in_process:.2f} s with slide renders "
        f"(LibreOffice), {deck_without_slides:.2f} s without"
    )


def tts() -> None:
    engines: list[tuple[str, TTS]] = [("espeak", EspeakTTS()), ("kokoro 1 thread", KokoroTTS(threads=1))]
    if (os.cpu_count() or 1) >= 2:
        engines.append(("kokoro 2 threads", KokoroTTS(threads=2)))
    models = installed_models()
    if models:
        engines.append(("piper", PiperTTS(models)))
    for label, engine in engines:
        voice = catalog.get(engine.native_voice("en") or "aria")
        engine.synthesize(SpeechRequest("Warm up.", voice.traits))  # loads the model
        start, cpu = time.perf_counter(), time.process_time()
        speech = engine.synthesize(SpeechRequest(TEXT, voice.traits))
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        print(
            f"tts {label}: {speech.duration:.1f} s of speech in {elapsed:.2f} s, real-time factor "
            f"{elapsed / speech.duration:.3f} ({cpu / speech.duration:.3f} CPU-s per second of audio)"
        )


if __name__ == "__main__":
    main()
