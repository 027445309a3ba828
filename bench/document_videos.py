"""Document videos as a viewer gets them: each file analysed, generated and exported at 720p by a real
server on loopback (espeak-ng narration, for speed), then measured by bench/quality.py.

    .venv/bin/python bench/document_videos.py FILE.pdf FILE.pptx … [--out /tmp/ozor-documents]

Prints per video its scenes, templates, titles, ink and motion, then the median ink and mean motion;
the MP4s stay in --out for contact sheets (scripts/contact_sheet.py).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import httpx  # noqa: E402
from quality import measure  # noqa: E402

from tests.support import make_settings, new_user, start_server  # noqa: E402

MIME = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="+")
    parser.add_argument("--out", type=Path, default=Path("/tmp/ozor-documents"))
    parser.add_argument("--target", default="45", help="target duration in seconds")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    results: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = make_settings(Path(tmp), tts_engine="espeak", signup_credits=1000)
        with start_server(settings) as live, httpx.Client(base_url=live.url, timeout=600) as http:
            user = new_user(http)
            for k, doc in enumerate(args.files):
                r = http.post(
                    "/api/v1/documents/analyze",
                    headers=user.headers,
                    data={"target_duration_sec": args.target},
                    files={"file": (doc.name, doc.read_bytes(), MIME[doc.suffix])},
                )
                if r.status_code != 200:
                    print(f"{doc.name}: refused ({r.status_code}): {r.json()['detail']}", flush=True)
                    continue
                plan = r.json()["plan"]["planId"]
                with http.stream(
                    "POST", f"/api/v1/documents/plans/{plan}/generate", headers=user.headers
                ) as s:
                    events = [json.loads(line[6:]) for line in s.iter_lines() if line.startswith("data: ")]
                video = events[-1]["projectId"]
                http.post(f"/api/v1/videos/{video}/export", headers=user.headers, json={"quality": "720p"})
                live.wait_for_jobs(timeout=900)
                url = http.get(f"/api/v1/videos/{video}", headers=user.headers).json()["downloadUrl"]
                out = args.out / f"{k:02d}-{doc.stem}.mp4"
                out.write_bytes(http.get(url).content)
                graph = http.get(f"/api/v1/videos/{video}/project", headers=user.headers).json()
                ink, motion = measure(out)
                results.append((ink, motion))
                templates = [(s.get("template") or {}).get("name") for s in graph["scenes"]]
                titles = [s.get("title") for s in graph["scenes"]]
                print(f"{doc.name}: ink {ink:.3f} motion {motion:.3f}; {templates}; {titles}", flush=True)
    if results:
        inks, motions = zip(*results, strict=True)
        print(
            f"{len(results)} videos: median ink {statistics.median(inks):.3f}, mean motion {statistics.mean(motions):.3f}"
        )


if __name__ == "__main__":
    main()
