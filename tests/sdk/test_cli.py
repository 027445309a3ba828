"""The client commands of `ozor`, run as a user runs them (a subprocess) against the live server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import av

from tests.sdk.test_videos import seed_video
from tests.support import LiveServer, User, free_port


def ozor(server_url: str, api_key: str | None, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OZOR_")}
    env.update({"OZOR_BASE_URL": server_url, "COLUMNS": "200"})
    if api_key:
        env["OZOR_API_KEY"] = api_key
    return subprocess.run(
        [sys.executable, "-m", "ozor", *args],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


def test_videos_and_credits(server: LiveServer, user: User) -> None:
    video_id = seed_video(server, user.account_id)
    listed = ozor(server.url, user.key, "videos", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [v["videoId"] for v in json.loads(listed.stdout)["videos"]] == [video_id]
    table = ozor(server.url, user.key, "videos", "--limit", "5")
    assert table.returncode == 0 and video_id in table.stdout
    assert json.loads(ozor(server.url, user.key, "credits", "--json").stdout) == {"balance": 10, "held": 0}
    assert ozor(server.url, user.key, "credits").stdout.strip() == "10 credits"


def test_exit_codes_tell_the_class_of_failure(server: LiveServer, user: User, tmp_path: Path) -> None:
    missing_key = ozor(server.url, None, "videos")
    assert missing_key.returncode == 4 and "OZOR_API_KEY is not set" in one_error_line(missing_key)
    revoked = ozor(server.url, "sk_live_" + "a" * 32, "videos")
    assert revoked.returncode == 4 and "(HTTP 401)" in one_error_line(revoked)
    unknown = ozor(server.url, user.key, "download", "no-such-video", str(tmp_path / "v.mp4"))
    assert unknown.returncode == 7 and "not found" in one_error_line(unknown)
    never_exported = ozor(
        server.url, user.key, "download", seed_video(server, user.account_id), str(tmp_path / "v.mp4")
    )
    assert never_exported.returncode == 10 and "no complete export" in one_error_line(never_exported)
    assert not (tmp_path / "v.mp4").exists()
    unreachable = ozor(f"http://127.0.0.1:{free_port()}", user.key, "videos")
    assert unreachable.returncode == 9 and "Connection error" in one_error_line(unreachable)
    usage = ozor(server.url, user.key, "generate", "a teaser", "--aspect", "4:3")
    assert usage.returncode == 2 and "4:3" in usage.stderr
    bad_limit = ozor(server.url, user.key, "videos", "--limit", "0")
    assert bad_limit.returncode == 2


def test_voices(server: LiveServer, user: User) -> None:
    listed = ozor(server.url, user.key, "voices", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [v["id"] for v in json.loads(listed.stdout)["voices"]][:3] == ["aria", "nova", "felix"]
    assert "Deep, authoritative" in ozor(server.url, user.key, "voices").stdout


def test_generate_edit_export_download(server: LiveServer, user: User, tmp_path: Path) -> None:
    made = ozor(
        server.url,
        user.key,
        "generate",
        "A 10-second teaser for a ceramic coffee mug",
        "--quality",
        "720p",
        "--public",
        "--out",
        str(tmp_path / "mug.mp4"),
        "--json",
    )
    assert made.returncode == 0, made.stderr
    result = json.loads(made.stdout)
    video_id = result["video"]["videoId"]
    assert result["video"]["exportStatus"] == "complete" and result["video"]["shareCode"]
    with av.open(str(tmp_path / "mug.mp4")) as container:
        assert container.streams.video[0].codec_context.height == 720
    edited = ozor(server.url, user.key, "edit", video_id, "Make the background dark blue")
    assert edited.returncode == 0 and edited.stdout.strip(), edited.stderr
    exported = ozor(
        server.url, user.key, "export", video_id, "--quality", "720p", "--out", str(tmp_path / "v2.mp4")
    )
    assert exported.returncode == 0 and "saved:" in exported.stdout, exported.stderr
    fetched = ozor(server.url, user.key, "download", video_id, str(tmp_path / "again.mp4"))
    assert fetched.returncode == 0
    assert (tmp_path / "again.mp4").read_bytes() == (tmp_path / "v2.mp4").read_bytes()


def test_doc2video(server: LiveServer, user: User, tmp_path: Path) -> None:
    from tests.sdk.test_documents import TEXT, make_docx

    (tmp_path / "launch.docx").write_bytes(make_docx(TEXT))
    made = ozor(server.url, user.key, "doc2video", str(tmp_path / "launch.docx"), "--duration", "15", "--voice",
                "thor", "--quality", "720p", "--out", str(tmp_path / "launch.mp4"), "--json")  # fmt: skip
    assert made.returncode == 0, made.stderr
    result = json.loads(made.stdout)
    assert result["planId"].startswith("plan_") and result["video"]["exportStatus"] == "complete"
    assert "generating them costs" in made.stderr
    with av.open(str(tmp_path / "launch.mp4")) as container:
        assert container.streams.audio and container.streams.video[0].codec_context.height == 720
    missing = ozor(server.url, user.key, "doc2video", str(tmp_path / "nope.pdf"))
    assert missing.returncode == 2 and "neither a file nor an http(s) URL" in missing.stderr
