"""client.videos against the live server, with its job runner (both clients)."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import av
import pytest
from ozor_client import errors

from tests.sdk.conftest import make_sdk, unknown_anywhere
from tests.support import LiveServer, User, new_user

PNG = base64.b64decode(  # 1×1 blue pixel
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def seed_video(server: LiveServer, account_id: str) -> str:
    """A video row made the way the API makes them, for the read-only endpoints."""
    from ozor.videos.projects import create_video

    with server.ctx.db.session() as session:
        return create_video(session, account_id, None).id


def drain_credits(server: LiveServer, account_id: str) -> None:
    from ozor.accounts import credits

    with server.ctx.db.session() as session:
        credits.charge(
            session, account_id, credits.balance(session, account_id), f"drained-by-test-{account_id}"
        )


def test_list_and_get(sdk: Any, server: LiveServer, user: User) -> None:
    assert len(sdk.videos.list()) == 0
    first, second = seed_video(server, user.account_id), seed_video(server, user.account_id)
    listed = sdk.videos.list(limit=1)
    assert [v.video_id for v in listed] == [second]
    assert {v.video_id for v in sdk.videos.list()} == {first, second}
    video = sdk.videos.get(first)
    assert video.video_id == first and video.editor_url.endswith(f"/editor?projectId={first}")
    assert video.conversation_id and video.conversation_id.startswith("conv_")
    assert video.export_status is None and unknown_anywhere(video) == {}


def test_errors_name_their_class(mode: str, sdk: Any, server: LiveServer, client: Any) -> None:
    with pytest.raises(errors.NotFoundError) as e:
        sdk.videos.get("no-such-video")
    assert e.value.status == 404 and "no-such-video" in e.value.detail
    someone_else = seed_video(server, new_user(client).account_id)
    with pytest.raises(errors.PermissionDeniedError):
        sdk.videos.get(someone_else)
    with pytest.raises(errors.BadRequestError):
        sdk.videos.list(limit=0)
    for other in make_sdk(mode, server, "sk_live_" + "f" * 32):
        with pytest.raises(errors.AuthenticationError):
            other.videos.list()


def test_generate_wait_export_download(sdk: Any, tmp_path: Path) -> None:
    started = sdk.videos.generate(
        "A 10-second teaser for a ceramic coffee mug",
        aspect="16:9",
        export=True,
        export_quality="720p",
        export_is_public=True,
    )
    assert started.status == "pending" and started.job_id.startswith("job_")
    statuses: list[str] = []
    job = sdk.videos.wait_for_job(
        started.video_id, started.job_id, on_update=lambda j: statuses.append(j.status)
    )
    assert job.status == "completed" and job.response and statuses[-1] == "completed"
    assert unknown_anywhere(started) == {} and unknown_anywhere(job) == {}
    video = sdk.videos.wait_for_export(started.video_id)
    assert video.export_status == "complete" and video.download_url and video.share_url
    assert video.share_code and len(video.share_code) == 7
    out = sdk.videos.download(started.video_id, tmp_path / "mug.mp4")
    with av.open(str(out)) as container:
        stream = container.streams.video[0]
        assert (stream.codec_context.width, stream.codec_context.height) == (1280, 720)
        assert container.duration and container.duration > 0
    again = sdk.videos.export(started.video_id, quality="720p", is_public=True)
    assert (again.export_status, again.export_id) == ("complete", video.export_id)  # the export cache


def test_message_job_and_tool_trace(sdk: Any) -> None:
    started = sdk.videos.generate("A 15-second ad for a minimalist desk lamp", images=[PNG])
    sdk.videos.wait_for_job(started.video_id, started.job_id)
    edit = sdk.videos.message(started.video_id, "Make the background dark blue", images=[PNG])
    assert edit.status == "queued"
    done = sdk.videos.wait_for_job(edit.video_id, edit.job_id)
    assert done.response and sdk.videos.job(edit.video_id, edit.job_id).status == "completed"
    conversation = done.conversation_id or sdk.videos.get(started.video_id).conversation_id
    trace = sdk.videos.tool_trace(started.video_id, conversation)
    assert trace.total_assistant_turns >= 2 and trace.total_tool_calls >= 1
    assert trace.messages[0].tool_calls[0].name and unknown_anywhere(trace) == {}
    assert sdk.credits.get().balance == 8


def test_generate_without_credits_is_402(sdk: Any, server: LiveServer, user: User) -> None:
    drain_credits(server, user.account_id)
    with pytest.raises(errors.InsufficientCreditsError) as e:
        sdk.videos.generate("A teaser")
    assert e.value.status == 402 and e.value.detail
    with pytest.raises(errors.BadRequestError):
        sdk.videos.generate("")


PROJECT_DOC = {
    "title": "Mug teaser",
    "aspect": "16:9",
    "scenes": [
        {"id": "s1", "duration": 2.0, "elements": [
            {"type": "text", "id": "h", "text": "Ceramic mugs", "role": "heading",
             "box": {"x": 0.1, "y": 0.35, "w": 0.8, "h": 0.3}}]},
        {"id": "s2", "duration": 2.0, "elements": [
            {"type": "text", "id": "c", "text": "Order today", "role": "cta",
             "box": {"x": 0.25, "y": 0.4, "w": 0.5, "h": 0.2}}]},
    ],
}  # fmt: skip


def test_create_from_a_project_edit_and_export_it(sdk: Any, tmp_path: Path) -> None:
    schema = sdk.videos.project_schema()
    assert "scenes" in schema["properties"]
    video = sdk.videos.create(PROJECT_DOC)
    assert video.title == "Mug teaser" and unknown_anywhere(video) == {}
    project = sdk.videos.get_project(video.video_id)
    assert [s["id"] for s in project["scenes"]] == ["s1", "s2"]
    project["scenes"][1]["elements"][0]["text"] = "Order yours today"
    saved = sdk.videos.update_project(video.video_id, project)
    assert saved["scenes"][1]["elements"][0]["text"] == "Order yours today"
    with pytest.raises(errors.BadRequestError):
        sdk.videos.update_project(video.video_id, {"scenes": []})
    assert sdk.videos.get_project(video.video_id) == saved  # nothing changed on a rejected edit
    assert sdk.credits.get().balance == 10  # no agent, no credit

    started = sdk.videos.export(video.video_id, quality="720p")
    assert started.export_status in ("queued", "processing") and unknown_anywhere(started) == {}
    done = sdk.videos.wait_for_export(video.video_id)
    assert done.export_status == "complete" and done.share_url is None  # private export
    assert unknown_anywhere(done) == {}
    out = sdk.videos.download(video.video_id, tmp_path / "mug.mp4")
    with av.open(str(out)) as container:
        assert container.streams.video[0].codec_context.height == 720
        assert abs(float(container.duration or 0) / 1e6 - 4.0) < 0.5
    again = sdk.videos.export(video.video_id, quality="720p")
    assert (again.export_status, again.export_id) == ("complete", done.export_id)  # the export cache
    assert again.download_url
