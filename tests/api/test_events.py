"""Live events over real HTTP (SSE): the agent's tool calls as they happen, job status changes,
export progress, and resuming with Last-Event-ID."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from tests.api.test_exports import small_project
from tests.support import LiveServer, new_user

Event = dict[str, Any]


def read_events(response: httpx.Response) -> Iterator[Event]:
    event: Event = {}
    for line in response.iter_lines():
        if not line:
            if "event" in event:
                yield event
            event = {}
        elif line.startswith("id: "):
            event["id"] = int(line[4:])
        elif line.startswith("event: "):
            event["event"] = line[7:]
        elif line.startswith("data: "):
            event["data"] = json.loads(line[6:])


def listen(
    server: LiveServer, path: str, headers: dict, until: Callable[[Event], bool]
) -> tuple[list[Event], threading.Event, threading.Thread]:
    got: list[Event] = []
    ready = threading.Event()

    def run() -> None:
        with httpx.Client(base_url=server.url, timeout=120) as c, c.stream("GET", path, headers=headers) as r:
            assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
            for event in read_events(r):
                got.append(event)
                ready.set()
                if until(event):
                    return

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return got, ready, thread


def test_a_turn_and_an_export_stream_live(client: httpx.Client, server: LiveServer) -> None:
    user = new_user(client)
    video = client.post("/api/v1/videos", json={"project": small_project(None)}, headers=user.headers).json()[
        "videoId"
    ]
    path = f"/api/v1/videos/{video}/events"

    def export_done(e: Event) -> bool:
        return (
            e["event"] == "job.status"
            and e["data"]["kind"] == "export"
            and e["data"]["status"] == "completed"
        )

    events, ready, reader = listen(server, path, user.headers, export_done)
    assert ready.wait(30)
    assert events[0]["event"] == "video" and events[0]["data"]["videoId"] == video
    turn = client.post(
        f"/api/v1/videos/{video}/message", json={"message": "Use #FF5500 as the accent"}, headers=user.headers
    ).json()
    server.wait_for_jobs()
    client.post(f"/api/v1/videos/{video}/export", json={"quality": "720p"}, headers=user.headers)
    reader.join(timeout=300)
    assert not reader.is_alive()

    mine = [e for e in events[1:] if e["data"].get("jobId") == turn["jobId"]]
    kinds = [(e["event"], e["data"].get("status")) for e in mine]
    assert kinds[0] == ("job.status", "queued") and kinds[1] == ("job.status", "processing")
    assert kinds[-1] == ("job.status", "completed")
    calls = [e["data"] for e in mine if e["event"] == "tool.call"]
    assert calls and all("name" in c and "args" in c for c in calls)
    trace = client.get(
        f"/api/v1/videos/{video}/conversations/{turn['conversationId']}/tool-trace", headers=user.headers
    ).json()
    assert [c["name"] for c in calls] == [c["name"] for m in trace["messages"] for c in m["toolCalls"]]
    progress = [e["data"] for e in events if e["event"] == "export.progress"]
    assert progress and [p["pct"] for p in progress] == sorted(p["pct"] for p in progress)
    assert {"voice", "render"} <= {p["stage"] for p in progress}
    ids = [e["id"] for e in events[1:]]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)

    middle = events[len(events) // 2]["id"]
    resumed, ready, again = listen(
        server, path, {**user.headers, "Last-Event-ID": str(middle)}, lambda e: e["event"] != "video"
    )
    again.join(timeout=30)
    assert resumed[1]["id"] == ids[ids.index(middle) + 1]  # the next event of this video

    stranger = new_user(client)
    assert client.get(path, headers=stranger.headers).status_code == 403
