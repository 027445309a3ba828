"""Document analysis and TTS speed, measured in one run: a 50-page PDF, a 40-slide deck, the
real-time factor of each TTS engine (synthesis time / audio duration; lower is faster), and a
narrated document video end to end (analyze → generate → 720p export) with Kokoro against espeak-ng,
so the difference is what natural narration costs.

    .venv/bin/python bench/documents.py          (--tts: the TTS figures alone; --video: the video alone)
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
# A plan says each sentence once, so a minute of narration needs a minute of distinct text.
MINUTE_OF_SECTIONS = [
    *makers.SECTIONS[:-1],
    (
        "Who pays for the grid",
        "New lines cost money, and someone has to pay for them. Regulators are testing tariffs that "
        "reward flexible demand. Utilities that plan ahead connect new plants years sooner.",
    ),
    (
        "Jobs and skills",
        "Solar already employs millions of people worldwide. Electricians, engineers and installers are "
        "in short supply. Training programmes are growing in community colleges and trade schools.",
    ),
    makers.SECTIONS[-1],
]


def timed(fn, *args, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    if "--video" in sys.argv:
        narrated_video()
        return
    if "--tts" not in sys.argv:
        documents()
    tts()
    narrated_video()


def narrated_video() -> None:
    """A document whose plan narrates about a minute, made into a video by a real server on loopback."""
    import json
    import tempfile

    import httpx

    from tests.support import make_settings, new_user, start_server

    pdf = makers.make_pdf(sections=MINUTE_OF_SECTIONS, pages=len(MINUTE_OF_SECTIONS), image=False)
    times: dict[str, float] = {}
    for engine in ("espeak", "kokoro"):
        with tempfile.TemporaryDirectory() as tmp:
            settings = make_settings(Path(tmp), tts_engine=engine)
            with start_server(settings) as live, httpx.Client(base_url=live.url, timeout=600) as http:
                user = new_user(http)
                start = time.perf_counter()
                plan = http.post(
                    "/api/v1/documents/analyze",
                    headers=user.headers,
                    data={"target_duration_sec": "75"},
                    files={"file": ("bench.pdf", pdf, "application/pdf")},
                ).json()["plan"]
                analyzed = time.perf_counter()
                with http.stream(
                    "POST", f"/api/v1/documents/plans/{plan['planId']}/generate", headers=user.headers
                ) as r:
                    events = [json.loads(line[6:]) for line in r.iter_lines() if line.startswith("data: ")]
                generated = time.perf_counter()
                video = events[-1]["projectId"]
                http.post(f"/api/v1/videos/{video}/export", headers=user.headers, json={"quality": "720p"})
                live.wait_for_jobs(timeout=900)
                exported = time.perf_counter()
                graph = http.get(f"/api/v1/videos/{video}/project", headers=user.headers).json()
                spoken = sum((s.get("narration") or {}).get("audioDuration") or 0 for s in graph["scenes"])
                length = sum(s["duration"] - s["transition"]["duration"] for s in graph["scenes"])
            times[engine] = generated - analyzed
            print(
                f"document video, {engine}: {spoken:.1f} s of narration in a {length:.1f} s video; analyze "
                f"{analyzed - start:.1f} s, generate {generated - analyzed:.1f} s, 720p export "
                f"{exported - generated:.1f} s, end to end {exported - start:.1f} s"
            )
    print(
        f"natural narration adds {times['kokoro'] - times['espeak']:.1f} s to the generation (Kokoro − espeak-ng)"
    )


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
