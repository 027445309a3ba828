"""Retries, timeouts, polling and streams, provoked on cue by a scripted loopback server (both clients)."""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ozor_client import errors

from tests.sdk.conftest import make_sdk
from tests.sdk.scripted import Reply, Script, scripted_server

VIDEO = "/api/v1/videos/v1"
JOB = "/api/v1/videos/v1/jobs/job_1"
GENERATE = "/api/v1/documents/plans/plan_1/generate"
NOW = {"Retry-After": "0"}  # keeps retries and polls instant; the cadence itself is tested in test_models


@pytest.fixture()
def script() -> Iterator[Script]:
    with scripted_server() as s:
        yield s


def client_for(mode: str, script: Script, **options: Any) -> Iterator[Any]:
    class Target:  # make_sdk wants something with a url
        url = script.url

    return make_sdk(mode, Target, "sk_live_" + "0" * 32, **options)  # type: ignore[arg-type]


@pytest.fixture()
def sdk(mode: str, script: Script) -> Iterator[Any]:
    yield from client_for(mode, script)


def video(**fields: Any) -> dict[str, Any]:
    return {
        "videoId": "v1",
        "title": "t",
        "status": "draft",
        "editorUrl": "x",
        "createdAt": "2026-01-01T00:00:00Z",
        **fields,
    }


def test_idempotent_get_is_retried_on_5xx(sdk: Any, script: Script) -> None:
    script.on(
        "GET",
        VIDEO,
        Reply(503, {"detail": "busy"}, NOW),
        Reply(502, {"detail": "busy"}, NOW),
        Reply(200, video()),
    )
    assert sdk.videos.get("v1").video_id == "v1"
    assert script.count("GET", VIDEO) == 3


def test_retries_stop_at_max_retries(sdk: Any, script: Script) -> None:
    script.on("GET", VIDEO, Reply(500, {"detail": "renderer down"}, NOW))
    with pytest.raises(errors.ServerError) as e:
        sdk.videos.get("v1")
    assert (e.value.status, e.value.detail, e.value.body) == (
        500,
        "renderer down",
        {"detail": "renderer down"},
    )
    assert script.count("GET", VIDEO) == 3  # max_retries=2


def test_post_is_never_retried(sdk: Any, script: Script) -> None:
    script.on("POST", "/api/v1/videos/v1/export", Reply(500, {"detail": "could not trigger"}, NOW))
    with pytest.raises(errors.ServerError):
        sdk.videos.export("v1")
    assert script.count("POST", "/api/v1/videos/v1/export") == 1


def test_connection_drop_is_retried_for_get_only(sdk: Any, script: Script) -> None:
    script.on("GET", VIDEO, Reply(drop=True), Reply(200, video()))
    assert sdk.videos.get("v1").title == "t"
    script.on("POST", "/api/v1/videos/v1/message", Reply(drop=True))
    with pytest.raises(errors.APIConnectionError):
        sdk.videos.message("v1", "make it blue")
    assert script.count("POST", "/api/v1/videos/v1/message") == 1


def test_4xx_is_not_retried_and_maps_to_its_class(sdk: Any, script: Script) -> None:
    for status, cls in [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (402, errors.InsufficientCreditsError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.APIError),
    ]:
        script.on("GET", VIDEO, Reply(status, {"detail": f"status {status}"}))
        with pytest.raises(cls) as e:
            sdk.videos.get("v1")
        assert (e.value.status, e.value.detail) == (status, f"status {status}")
    assert script.count("GET", VIDEO) == 6


def test_non_json_error_body_still_gives_a_detail(sdk: Any, script: Script) -> None:
    script.on("GET", VIDEO, Reply(404, b"<html>gone</html>", {"Content-Type": "text/html"}))
    with pytest.raises(errors.NotFoundError) as e:
        sdk.videos.get("v1")
    assert e.value.detail == "<html>gone</html>"


def test_timeout(mode: str, script: Script) -> None:
    script.on("GET", VIDEO, Reply(200, video(), delay=1.5))
    for sdk in client_for(mode, script, timeout=0.3, max_retries=0):
        with pytest.raises(errors.TimeoutError) as e:
            sdk.videos.get("v1")
        assert isinstance(e.value, builtins.TimeoutError) and isinstance(e.value, errors.APIConnectionError)


def test_wait_for_job_follows_retry_after_and_reports_updates(sdk: Any, script: Script) -> None:
    base = {"videoId": "v1", "jobId": "job_1", "createdAt": "2026-01-01T00:00:00Z"}
    script.on(
        "GET",
        JOB,
        Reply(200, {**base, "status": "queued"}, NOW),
        Reply(200, {**base, "status": "processing"}, NOW),
        Reply(200, {**base, "status": "completed", "response": "Done."}),
    )
    seen: list[str] = []
    job = sdk.videos.wait_for_job("v1", "job_1", on_update=lambda j: seen.append(j.status))
    assert (job.status, job.response) == ("completed", "Done.")
    assert seen == ["queued", "processing", "completed"]


def test_wait_for_job_raises_on_failure(sdk: Any, script: Script) -> None:
    script.on(
        "GET",
        JOB,
        Reply(
            200,
            {
                "videoId": "v1",
                "jobId": "job_1",
                "status": "failed",
                "error": "Agent encountered an error: no scene",
                "createdAt": "x",
            },
        ),
    )
    with pytest.raises(errors.JobFailedError) as e:
        sdk.videos.wait_for_job("v1", "job_1")
    assert str(e.value) == "Agent encountered an error: no scene" and e.value.job.job_id == "job_1"


def test_wait_gives_up_at_its_timeout(sdk: Any, script: Script) -> None:
    script.on(
        "GET", VIDEO, Reply(200, video(exportId="exp_1", exportStatus="processing"), {"Retry-After": "0.2"})
    )
    with pytest.raises(errors.WaitTimeoutError, match="still processing"):
        sdk.videos.wait_for_export("v1", timeout=0.5)
    assert script.count("GET", VIDEO) >= 2


def test_wait_for_export_raises_with_the_export_error(sdk: Any, script: Script) -> None:
    script.on(
        "GET",
        VIDEO,
        Reply(200, video(exportStatus=None), NOW),
        Reply(200, video(exportId="e", exportStatus="failed", exportError="Renderer crashed")),
    )
    with pytest.raises(errors.ExportFailedError, match="Renderer crashed"):
        sdk.videos.wait_for_export("v1")


def test_download_streams_to_disk_without_sending_the_key_elsewhere(
    sdk: Any, script: Script, tmp_path: Path
) -> None:
    payload = bytes(range(256)) * 4096
    with scripted_server() as storage:
        storage.on("GET", "/bucket/video.mp4", Reply(200, payload, {"Content-Type": "video/mp4"}))
        script.on(
            "GET",
            VIDEO,
            Reply(200, video(exportStatus="complete", downloadUrl=f"{storage.url}/bucket/video.mp4?sig=1")),
        )
        progress: list[tuple[int, int | None]] = []
        out = sdk.videos.download(
            "v1", tmp_path / "sub" / "v.mp4", on_progress=lambda d, t: progress.append((d, t))
        )
        assert out.read_bytes() == payload
        assert progress[-1] == (len(payload), len(payload))
        assert "x-api-key" not in storage.seen[0].headers
        assert script.seen[0].headers["x-api-key"] == "sk_live_" + "0" * 32


def test_failed_download_leaves_no_file(sdk: Any, script: Script, tmp_path: Path) -> None:
    script.on("GET", VIDEO, Reply(200, video(exportStatus="complete", downloadUrl="/files/x.mp4")))
    script.on("GET", "/files/x.mp4", Reply(403, {"detail": "Signature expired"}))
    with pytest.raises(errors.PermissionDeniedError):
        sdk.videos.download("v1", tmp_path / "v.mp4")
    assert list(tmp_path.iterdir()) == []


def test_download_without_a_complete_export(sdk: Any, script: Script, tmp_path: Path) -> None:
    script.on("GET", VIDEO, Reply(200, video()))
    with pytest.raises(errors.ExportFailedError, match="no complete export"):
        sdk.videos.download("v1", tmp_path / "v.mp4")


def sse(*events: str) -> list[str]:
    return [line for e in events for line in (f"data: {e}", "")]


def test_plan_events_end_with_done(sdk: Any, script: Script) -> None:
    script.on(
        "POST",
        GENERATE,
        Reply(
            events=[": keep-alive", ""]
            + sse(
                '{"step": "init", "detail": "Starting generation", "pct": 0}',
                '{"step": "tts", "detail": "Generating voiceover 1/2", "pct": 15, "voice": "aria"}',
                '{"step": "done", "detail": "Video project ready!", "pct": 100, "projectId": "abc123"}',
            )
        ),
    )
    events = list(sdk.documents.generate("plan_1"))
    assert [e.step for e in events] == ["init", "tts", "done"]
    assert events[-1].project_id == "abc123" and events[1].unknown_fields() == {"voice": "aria"}


def test_plan_error_event_raises(sdk: Any, script: Script) -> None:
    script.on(
        "POST",
        GENERATE,
        Reply(
            events=sse(
                '{"step": "init", "detail": "Starting", "pct": 0}',
                '{"step": "error", "detail": "TTS failed: no voice", "pct": -1}',
            )
        ),
    )
    seen = []
    with pytest.raises(errors.GenerationError, match="TTS failed: no voice") as e:
        for event in sdk.documents.generate("plan_1"):
            seen.append(event.step)
    assert seen == ["init"] and e.value.event.pct == -1


def test_plan_stream_cut_short_raises(sdk: Any, script: Script) -> None:
    script.on("POST", GENERATE, Reply(events=sse('{"step": "init", "detail": "Starting", "pct": 0}')))
    with pytest.raises(errors.APIConnectionError, match="ended before"):
        list(sdk.documents.generate("plan_1"))


def test_plan_stream_refused_up_front(sdk: Any, script: Script) -> None:
    script.on("POST", GENERATE, Reply(402, {"detail": "This plan costs 3 credits; you have 1."}))
    with pytest.raises(errors.InsufficientCreditsError, match="costs 3 credits"):
        list(sdk.documents.generate("plan_1"))
