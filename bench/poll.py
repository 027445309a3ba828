"""Polling throughput: GET /api/v1/videos/{id} on `ozor serve` against a bare FastAPI hello-world,
measured in one run on this machine, idle and while an export renders.

DESIGN.md's goal: the poll endpoint keeps at least half the hello-world's throughput.
Usage: .venv/bin/python bench/poll.py [--seconds 8] [--connections 32]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager

import httpx

HELLO_APP = """
from fastapi import FastAPI
app = FastAPI()

@app.get("/hello")
def hello():
    return {"hello": "world"}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(args: list[str], port: int, env: dict[str, str] | None = None, cwd: str | None = None):
    proc = subprocess.Popen(args, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        raise RuntimeError(f"server on {port} did not start")
    try:
        yield
    finally:
        proc.terminate()
        proc.wait(timeout=20)


async def _connection(port: int, request: bytes, stop: float, counts: list[int]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    while time.monotonic() < stop:
        writer.write(request)
        head = await reader.readuntil(b"\r\n\r\n")
        length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
        await reader.readexactly(length)
        if not head.startswith(b"HTTP/1.1 200"):
            raise RuntimeError(head.decode(errors="replace"))
        counts[0] += 1
    writer.close()


def load(port: int, path: str, headers: dict[str, str], seconds: float, connections: int) -> float:
    """Requests per second over `connections` keep-alive connections."""
    extra = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{extra}\r\n".encode()
    counts = [0]

    async def main() -> None:
        stop = time.monotonic() + seconds
        await asyncio.gather(*(_connection(port, request, stop, counts) for _ in range(connections)))

    start = time.monotonic()
    asyncio.run(main())
    return counts[0] / (time.monotonic() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--connections", type=int, default=32)
    opts = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "hello.py"), "w") as f:
            f.write(HELLO_APP)
        hello_port, ozor_port = free_port(), free_port()
        uvicorn = [python, "-m", "uvicorn", "--log-level", "warning", "--no-access-log"]
        with serve([*uvicorn, "hello:app", "--port", str(hello_port)], hello_port, cwd=tmp):
            load(hello_port, "/hello", {}, 1.0, opts.connections)  # warm up
            hello = load(hello_port, "/hello", {}, opts.seconds, opts.connections)
        env = {**os.environ, "OZOR_DATA_DIR": os.path.join(tmp, "data")}
        with serve([python, "-m", "ozor", "serve", "--port", str(ozor_port)], ozor_port, env=env):
            base = f"http://127.0.0.1:{ozor_port}"
            with httpx.Client(base_url=base, timeout=60) as http:
                token = http.post(
                    "/api/auth/signup", json={"email": "bench@example.com", "password": "bench password"}
                ).json()["idToken"]
                key = http.post(
                    "/api/api-keys", json={"name": "bench"}, headers={"Authorization": f"Bearer {token}"}
                ).json()["rawKey"]
                headers = {"X-API-Key": key}
                moving = [  # elements entering one after another keep the renderer busy on every frame
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
                project = {
                    "title": "Poll bench",
                    "scenes": [{"id": "a", "duration": 25.0, "elements": moving}],
                }
                created = http.post("/api/v1/videos", headers=headers, json={"project": project})
                video_id = created.json()["videoId"]
                path = f"/api/v1/videos/{video_id}"
                load(ozor_port, path, headers, 1.0, opts.connections)  # warm up
                idle = load(ozor_port, path, headers, opts.seconds, opts.connections)
                http.post(f"{path}/export", headers=headers, json={"quality": "1080p"})
                busy = load(ozor_port, path, headers, opts.seconds, opts.connections)
                status = http.get(path, headers=headers).json().get("exportStatus")
    print(f"hello-world FastAPI           {hello:8.0f} req/s")
    print(f"ozor poll, idle               {idle:8.0f} req/s  ({idle / hello:.2f}x hello-world)")
    print(
        f"ozor poll, 1080p export busy  {busy:8.0f} req/s  ({busy / hello:.2f}x hello-world; export {status})"
    )
    print(
        f"cores {os.cpu_count()}, {opts.connections} connections, {opts.seconds:.0f} s each, load {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
