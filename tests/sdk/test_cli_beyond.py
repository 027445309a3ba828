"""`ozor edit --idempotency-key/--webhook-url`, `ozor events`, `ozor versions|diff|restore` run as a
user runs them (subprocesses) against the live server."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import httpx

from ozor.videos import live
from tests.api.test_exports import small_project
from tests.sdk.test_cli import ozor
from tests.support import LiveServer, User
from tests.webhooks.receiver import receiver

ACCENT = "Use #FF5500 as the accent"


def test_edit_twice_with_one_key_then_the_history(server: LiveServer, user: User) -> None:
    video = httpx.post(
        f"{server.url}/api/v1/videos", json={"project": small_project(None)}, headers=user.headers
    ).json()["videoId"]
    with receiver() as hook:
        runs = [
            ozor(
                server.url,
                user.key,
                "edit",
                video,
                ACCENT,
                "--idempotency-key",
                "cli-1",
                "--webhook-url",
                hook.url,
                "--json",
            )
            for _ in range(2)
        ]
        assert [r.returncode for r in runs] == [0, 0], runs[0].stderr
        first, again = (json.loads(r.stdout) for r in runs)
        assert first["jobId"] == again["jobId"]
        [call] = hook.wait(1)
        assert call.headers["ozor-event"] == "job.completed"

    listed = json.loads(ozor(server.url, user.key, "versions", video, "--json").stdout)
    assert listed["current"] == 2 and [v["source"] for v in listed["versions"]] == ["agent", "create"]
    table = ozor(server.url, user.key, "versions", video)
    assert table.returncode == 0 and "2 (current)" in table.stdout
    words = ozor(server.url, user.key, "diff", video, "2")
    assert words.returncode == 0 and words.stdout.startswith("- ") and "accent" in words.stdout.lower()
    assert json.loads(ozor(server.url, user.key, "diff", video, "2", "--json").stdout)["patch"]
    restored = ozor(server.url, user.key, "restore", video, "1")
    assert restored.returncode == 0 and "version 3" in restored.stdout


def test_events_follow_a_turn_until_it_is_done(server: LiveServer, user: User) -> None:
    video = httpx.post(
        f"{server.url}/api/v1/videos", json={"project": small_project(None)}, headers=user.headers
    ).json()["videoId"]
    after = live.latest_id(server.ctx.db, video)
    env = {k: v for k, v in os.environ.items() if not k.startswith("OZOR_")}
    env.update({"OZOR_BASE_URL": server.url, "OZOR_API_KEY": user.key})
    follow = subprocess.Popen(
        [sys.executable, "-m", "ozor", "events", video, "--after", str(after), "--until-done", "--json"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    turn = httpx.post(
        f"{server.url}/api/v1/videos/{video}/message", json={"message": ACCENT}, headers=user.headers
    ).json()
    stdout, stderr = follow.communicate(timeout=120)
    assert follow.returncode == 0, stderr
    events = [json.loads(line) for line in stdout.splitlines()]
    assert events[0]["event"] == "video"
    assert any(e["event"] == "tool.call" for e in events)
    assert events[-1]["event"] == "job.status" and events[-1]["data"] == {
        "jobId": turn["jobId"],
        "kind": "message",
        "status": "completed",
    }
