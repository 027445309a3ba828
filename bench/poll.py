"""Polling throughput: GET /api/v1/videos/{id} and job status on `ozor serve`, against a bare FastAPI
hello-world measured in the same run, idle and while an export renders, for 1 and N server processes.

The load comes from wrk (`scripts/install-bench`), a separate C process, so the client never shares
the server's interpreter. Two figures per case:
- throughput: 200 connections asking back to back (closed loop), requests/s against the hello-world's;
- latency: 200 pollers each asking about once a second, as waiting clients do (wrk's per-request
  delay), p99 in ms. Back-to-back connections cannot show it: their latency is just 200 ÷ throughput;
- CPU per request of the server process (1-process runs), which a machine shared with other work
  disturbs far less than requests/s.
DESIGN.md's goal: at least half the hello-world's requests/s, and p99 under 50 ms for 200 pollers.
One line per figure; the load average is printed beside.
Usage: .venv/bin/python bench/poll.py [--seconds 10] [--connections 200] [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx

HELLO_APP = """
from fastapi import FastAPI
app = FastAPI()

@app.get("/hello")
def hello():
    return {"hello": "world"}
"""
UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


@dataclass
class Load:
    rps: float
    p99_ms: float
    errors: int
    cpu_us: float = float("nan")  # the server process's CPU time per request (a busy machine moves it less)


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process (not its children) from /proc."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(
    args: list[str], port: int, env: dict[str, str] | None = None, cwd: str | None = None
) -> Iterator[None]:
    proc = subprocess.Popen(args, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        raise RuntimeError(f"server on {port} did not start")
    time.sleep(1.0)  # the other worker processes of `--workers N` come up too
    try:
        yield proc.pid
    finally:
        proc.terminate()  # each process stops its job runner (and the renders it started) first
        try:
            proc.wait(timeout=180)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


PACED = "function delay() return math.random(500, 1500) end\n"  # a poll about once a second


def wrk(
    url: str, headers: dict[str, str], seconds: float, connections: int, paced: bool = False, pid: int = 0
) -> Load:
    """wrk's requests/s and p99 latency; non-2xx answers and socket errors are counted as errors;
    with `pid`, that server process's CPU time per request."""
    args = ["wrk", "--latency", "-t", "2", "-c", str(connections), "-d", f"{seconds:g}s", "--timeout", "10s"]
    if paced:
        script = os.path.join(tempfile.gettempdir(), "ozor-paced-poll.lua")
        with open(script, "w") as f:
            f.write(PACED)
        args += ["-s", script]
    for name, value in headers.items():
        args += ["-H", f"{name}: {value}"]
    cpu_before = cpu_seconds(pid) if pid else 0.0
    out = subprocess.run([*args, url], capture_output=True, text=True, check=True).stdout
    cpu = cpu_seconds(pid) - cpu_before if pid else float("nan")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1])  # type: ignore[index]
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = (int(bad[1]) if bad else 0) + (sum(int(n) for n in sock.groups()) if sock else 0)
    p99_ms = float(p99[1]) * UNITS[p99[2]] if p99 else float("nan")  # type: ignore[index]
    return Load(rps, p99_ms, errors, cpu / (rps * seconds) * 1e6 if rps else float("nan"))


def render_project() -> dict:
    """Elements entering one after another keep the renderer busy on every frame."""
    moving = [
        {
            "type": "text",
            "id": f"t{i}",
            "role": "heading",
            "text": f"Rendering while polled {i}",
            "box": {"x": 0.1, "y": 0.05 + 0.09 * i, "w": 0.8, "h": 0.08},
            "enter": {"kind": "slide", "duration": 5.0, "delay": 2.0 * i},
        }
        for i in range(10)
    ]
    return {"title": "Poll bench", "scenes": [{"id": "a", "duration": 60.0, "elements": moving}]}


def measure_ozor(workers: int, seconds: float, connections: int, tmp: str) -> dict[str, Load | str]:
    port = free_port()
    env = {**os.environ, "OZOR_DATA_DIR": os.path.join(tmp, f"data-{workers}")}
    cmd = [sys.executable, "-m", "ozor", "serve", "--port", str(port), "--workers", str(workers)]
    out: dict[str, Load | str] = {}
    with serve(cmd, port, env=env) as pid:
        pid = pid if workers == 1 else 0  # N processes: the figure would need every worker's CPU
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=60) as http:
            token = http.post(
                "/api/auth/signup", json={"email": "bench@example.com", "password": "bench password"}
            ).json()["idToken"]
            key = http.post(
                "/api/api-keys", json={"name": "bench"}, headers={"Authorization": f"Bearer {token}"}
            ).json()["rawKey"]
            headers = {"X-API-Key": key}
            video_id = http.post(
                "/api/v1/videos", headers=headers, json={"project": render_project()}
            ).json()["videoId"]
            job_id = http.post(
                f"/api/v1/videos/{video_id}/message",
                headers=headers,
                json={"message": "make the title bigger"},
            ).json()["jobId"]
            poll = f"{base}/api/v1/videos/{video_id}"
            job = f"{poll}/jobs/{job_id}"
            for _ in range(600):  # the agent turn (and the stills it renders) settle before "idle"
                if http.get(job, headers=headers).json()["status"] in ("completed", "failed"):
                    break
                time.sleep(0.5)
            time.sleep(10)
            wrk(poll, headers, 2, connections)  # warm up
            for state in ("idle", "rendering"):
                if state == "rendering":
                    http.post(f"/api/v1/videos/{video_id}/export", headers=headers, json={"quality": "1080p"})
                    time.sleep(2)  # the render's processes are up
                for name, url in (("video", poll), ("job", job)):
                    out[f"{name} {state}"] = wrk(url, headers, seconds, connections, pid=pid)
                    out[f"{name} {state} paced"] = wrk(url, headers, seconds, connections, paced=True)
            out["export"] = str(
                http.get(f"/api/v1/videos/{video_id}", headers=headers).json().get("exportStatus")
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--connections", type=int, default=200)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="N of the N-process run")
    opts = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: run scripts/install-bench")
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "hello.py"), "w") as f:
            f.write(HELLO_APP)
        port = free_port()
        cmd = [sys.executable, "-m", "uvicorn", "--log-level", "warning", "--no-access-log", "hello:app"]
        with serve([*cmd, "--port", str(port)], port, cwd=tmp) as pid:
            url = f"http://127.0.0.1:{port}/hello"
            wrk(url, {}, 2, opts.connections)
            hello = wrk(url, {}, opts.seconds, opts.connections, pid=pid)
            hello_paced = wrk(url, {}, opts.seconds, opts.connections, paced=True)
        print(
            f"hello-world FastAPI, 1 process      {hello.rps:7.0f} req/s"
            f"   paced p99 {hello_paced.p99_ms:6.1f} ms   CPU {hello.cpu_us:5.0f} µs/request"
        )
        for workers in dict.fromkeys((1, opts.workers)):
            results = measure_ozor(workers, opts.seconds, opts.connections, tmp)
            export = results.pop("export")
            for name in ("video idle", "job idle", "video rendering", "job rendering"):
                load, paced = results[name], results[f"{name} paced"]
                assert isinstance(load, Load) and isinstance(paced, Load)
                print(
                    f"ozor {workers} process{'es' if workers > 1 else '  '} {name:16s}"
                    f"{load.rps:7.0f} req/s ({load.rps / hello.rps:4.2f}x hello-world)"
                    f"   paced p99 {paced.p99_ms:6.1f} ms   errors {load.errors + paced.errors}"
                    f"   CPU {load.cpu_us:5.0f} µs/request ({hello.cpu_us / load.cpu_us:4.2f}x)"
                )
            print(f"  (the export after the run: {export})")
    print(
        f"cores {os.cpu_count()}, {opts.connections} connections, {opts.seconds:g} s each, "
        f"load average {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
