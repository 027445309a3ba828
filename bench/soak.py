"""Soak: 200 pollers for 5 minutes on `ozor serve` while exports render one after another; the API
process's memory is sampled every 10 s and must stay flat, and no request may fail.

The pollers are wrk connections that each ask about once a second (bench/poll.py's paced load) for
GET /api/v1/videos/{id}. Memory is the server process's resident set (render processes excluded:
they come and go with each export).
Usage: .venv/bin/python bench/soak.py [--seconds 300] [--connections 200]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time

import httpx
from poll import free_port, render_project, wrk


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--connections", type=int, default=200)
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        env = {**os.environ, "OZOR_DATA_DIR": os.path.join(tmp, "data")}
        server = subprocess.Popen(
            [sys.executable, "-m", "ozor", "serve", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            with httpx.Client(base_url=base, timeout=60) as http:
                for _ in range(300):
                    try:
                        http.get("/api/v1/schema/project.json")
                        break
                    except httpx.TransportError:
                        time.sleep(0.2)
                token = http.post(
                    "/api/auth/signup", json={"email": "soak@example.com", "password": "soak password"}
                ).json()["idToken"]
                key = http.post(
                    "/api/api-keys", json={"name": "soak"}, headers={"Authorization": f"Bearer {token}"}
                ).json()["rawKey"]
                headers = {"X-API-Key": key}
                video_id = http.post(
                    "/api/v1/videos", headers=headers, json={"project": render_project()}
                ).json()["videoId"]
                samples: list[tuple[float, float]] = []
                stop = threading.Event()
                exports = [0]

                def render_and_sample() -> None:
                    """Keeps an export rendering (a new quality or visibility when one finishes)."""
                    variants = [(q, p) for q in ("720p", "1080p") for p in (False, True)]
                    started = time.monotonic()
                    with httpx.Client(base_url=base, timeout=60) as client:
                        while not stop.is_set():
                            state = client.get(f"/api/v1/videos/{video_id}", headers=headers).json()
                            if state.get("exportStatus") not in ("queued", "processing") and variants:
                                quality, public = variants.pop(0)
                                client.post(
                                    f"/api/v1/videos/{video_id}/export",
                                    headers=headers,
                                    json={"quality": quality, "isPublic": public},
                                )
                                exports[0] += 1
                            samples.append((time.monotonic() - started, rss_mb(server.pid)))
                            stop.wait(10)

                sampler = threading.Thread(target=render_and_sample, daemon=True)
                sampler.start()
                load = wrk(
                    f"{base}/api/v1/videos/{video_id}", headers, opts.seconds, opts.connections, paced=True
                )
                stop.set()
                sampler.join(timeout=30)
        finally:
            server.terminate()
            server.wait(timeout=180)
    first = [mb for t, mb in samples if t >= 20][:3]  # after warm-up: caches and pools are full
    last = [mb for _, mb in samples][-3:]
    print(
        f"soak {opts.seconds:g} s, {opts.connections} pollers about once a second, {exports[0]} exports started"
    )
    print(f"requests            {load.rps * opts.seconds:8.0f}   ({load.rps:.0f} req/s)")
    print(f"errors              {load.errors:8d}")
    print(f"p99 latency         {load.p99_ms:8.1f} ms")
    print(
        f"server RSS (MB)     start {first[0] if first else float('nan'):.0f}  end {last[-1]:.0f}  "
        f"max {max(mb for _, mb in samples):.0f}  samples {[round(mb) for _, mb in samples]}"
    )
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
