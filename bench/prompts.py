"""The generate corpus made into videos the way a user makes them: a real server on loopback, each
prompt through POST /api/v1/videos/generate and a 720p export, then ink and motion (bench/quality.py)
per video, their medians and means, and contact sheets to look at.

    .venv/bin/python bench/prompts.py [--limit 12] [--every 4] [--tts espeak] [--out /tmp/prompts]
                                      [--aspects 16:9,9:16]

--every k takes every k-th prompt of tests/agent/generate_corpus.json (a spread of kinds and
languages); --aspects asks for these aspects in turn (else each prompt's own); the MP4s and a
contact sheet per video land in --out.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

import httpx  # noqa: E402
from contact_sheet import sheet  # noqa: E402  (scripts/ and bench/ are folders of scripts)
from quality import measure  # noqa: E402

from tests.support import make_settings, new_user, start_server  # noqa: E402

CORPUS = ROOT / "tests" / "agent" / "generate_corpus.json"


def relative(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=12)
    parser.add_argument("--every", type=int, default=4)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--tts", default="espeak", help="auto, kokoro or espeak (the cheapest)")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "ozor-prompts")
    parser.add_argument("--aspects", default="", help="comma-separated aspects to ask for in turn")
    args = parser.parse_args()
    cases = json.loads(CORPUS.read_text(encoding="utf-8"))[args.start :: args.every][: args.limit]
    args.out.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, float, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = make_settings(Path(tmp), tts_engine=args.tts, workers=1)
        with start_server(settings) as live, httpx.Client(base_url=live.url, timeout=900) as http:
            aspects = [a for a in args.aspects.split(",") if a]
            for n, case in enumerate(cases, 1):
                user = new_user(http)  # a fresh account each time: a new account's credits make a few videos
                start = time.perf_counter()
                asked = {"prompt": case["prompt"]} | (
                    {"aspect": aspects[n % len(aspects)]} if aspects else {}
                )
                accepted = http.post("/api/v1/videos/generate", headers=user.headers, json=asked).json()
                if "videoId" not in accepted:
                    print(f"{n:2d} refused: {accepted} | {case['prompt']}")
                    continue
                live.wait_for_jobs(timeout=300)
                video = accepted["videoId"]
                http.post(f"/api/v1/videos/{video}/export", headers=user.headers, json={"quality": "720p"})
                live.wait_for_jobs(timeout=900)
                body = http.get(f"/api/v1/videos/{video}", headers=user.headers).json()
                if body.get("exportStatus") != "complete":
                    print(f"{n:2d} export failed: {body.get('exportError')} | {case['prompt']}")
                    continue
                path = args.out / f"{n:02d}.mp4"
                path.write_bytes(http.get(relative(body["downloadUrl"])).content)
                ink, motion = measure(path)
                sheet([path], 8, 240).save(path.with_suffix(".png"))
                rows.append((case["prompt"], ink, motion, time.perf_counter() - start))
                print(
                    f"{n:2d} ink {ink:.3f} motion {motion:.3f} {rows[-1][3]:5.1f} s | {case['prompt'][:90]}"
                )
    if rows:
        inks, motions = [r[1] for r in rows], [r[2] for r in rows]
        print(
            f"{len(rows)} videos: median ink {statistics.median(inks):.3f}, mean motion "
            f"{statistics.mean(motions):.3f} (median {statistics.median(motions):.3f}); files in {args.out}"
        )


if __name__ == "__main__":
    main()
