"""Exports and the public scene graph over real HTTP: render in the job runner, signed downloads with
range requests, share URLs, the cache, failures that say why, and project validation with paths."""

from __future__ import annotations

import io
import time
from urllib.parse import urlsplit

import av
import httpx
import pytest
from PIL import Image
from sqlalchemy import select

from ozor.db.models import Job
from ozor.media import assets
from tests.support import LiveServer, new_user


def stored_image(server: LiveServer, account_id: str) -> str:
    """An uploaded picture of the account (an Asset row and its file), as the scene graph refers to it."""
    buf = io.BytesIO()
    Image.new("RGB", (320, 200), (200, 80, 40)).save(buf, "PNG")
    with server.ctx.db.session() as session:
        asset = assets.store(
            session,
            server.ctx.backends.storage,
            account_id,
            buf.getvalue(),
            kind="image",
            mime_type="image/png",
            width=320,
            height=200,
        )
        return asset.id


def small_project(image: str | None, aspect: str = "16:9") -> dict:
    elements = [
        {
            "type": "text",
            "id": "t",
            "role": "heading",
            "text": "Hello exports",
            "box": {"x": 0.1, "y": 0.1, "w": 0.8, "h": 0.2},
        }
    ]
    if image:
        elements.append(
            {
                "type": "image",
                "id": "i",
                "asset": image,
                "box": {"x": 0.3, "y": 0.4, "w": 0.4, "h": 0.4},
                "kenBurns": {"zoomFrom": 1.0, "zoomTo": 1.05},
            }
        )
    return {
        "title": "Export test",
        "aspect": aspect,
        "audio": {"music": "corporate"},
        "scenes": [
            {
                "id": "a",
                "duration": 1.0,
                "elements": elements,
                "transition": {"kind": "crossfade", "duration": 0.3},
            },
            {
                "id": "b",
                "duration": 1.0,
                "background": {"type": "gradient", "colors": ["#112233", "#445566"]},
            },
        ],
    }


def wait_export(client: httpx.Client, server: LiveServer, headers: dict, video_id: str) -> dict:
    server.wait_for_jobs(timeout=300)
    body = client.get(f"/api/v1/videos/{video_id}", headers=headers).json()
    assert body["exportStatus"] in ("complete", "failed"), body
    return body


def relative(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def test_project_round_trip_and_validation(client: httpx.Client) -> None:
    user = new_user(client)
    before = client.get("/api/v1/credits", headers=user.headers).json()["balance"]
    r = client.post("/api/v1/videos", headers=user.headers, json={"project": small_project(None)})
    assert r.status_code == 200, r.text
    video = r.json()
    assert video["status"] == "draft" and video["title"] == "Export test" and "exportStatus" not in video
    assert client.get("/api/v1/credits", headers=user.headers).json()["balance"] == before  # no credit
    listed = client.get("/api/v1/videos", headers=user.headers).json()["videos"]
    assert [v["videoId"] for v in listed] == [video["videoId"]]

    url = f"/api/v1/videos/{video['videoId']}/project"
    graph = client.get(url, headers=user.headers).json()
    assert graph["scenes"][0]["transition"] == {"kind": "crossfade", "duration": 0.3, "direction": "left"}
    assert graph["schemaVersion"] == 2

    bad = {**graph, "scenes": [{**graph["scenes"][0], "duration": -1}, graph["scenes"][1]]}
    r = client.put(url, headers=user.headers, json=bad)
    assert r.status_code == 400 and r.json()["detail"].startswith("scenes.0.duration:"), r.text
    r = client.post(
        "/api/v1/videos",
        headers=user.headers,
        json={
            "project": {
                **graph,
                "scenes": [
                    {
                        "id": "x",
                        "elements": [
                            {
                                "type": "text",
                                "id": "t",
                                "text": "x",
                                "box": {"x": 0.9, "y": 0, "w": 0.5, "h": 0.1},
                            }
                        ],
                    }
                ],
            }
        },
    )
    assert r.status_code == 400 and r.json()["detail"].startswith("project.scenes.0.elements.0.text.box"), (
        r.text
    )
    assert client.post("/api/v1/videos", headers=user.headers, json={"prompt": "no"}).status_code == 400
    assert client.get(url, headers=user.headers).json() == graph  # the bad PUT changed nothing

    graph["title"] = "Renamed"
    r = client.put(url, headers=user.headers, json=graph)
    assert r.status_code == 200 and r.json()["title"] == "Renamed"
    assert client.get(f"/api/v1/videos/{video['videoId']}", headers=user.headers).json()["title"] == "Renamed"

    other = new_user(client)
    assert client.get(url, headers=other.headers).status_code == 403
    assert client.put(url, headers=other.headers, json=graph).status_code == 403
    assert client.get("/api/v1/videos/nope/project", headers=user.headers).status_code == 404

    schema = client.get("/api/v1/schema/project.json").json()
    assert "scenes" in schema["properties"] and "Scene" in schema["$defs"]


def test_export_render_download_share_and_cache(client: httpx.Client, server: LiveServer) -> None:
    user = new_user(client)
    image = stored_image(server, user.account_id)
    video_id = client.post(
        "/api/v1/videos", headers=user.headers, json={"project": small_project(image)}
    ).json()["videoId"]
    r = client.post(
        f"/api/v1/videos/{video_id}/export", headers=user.headers, json={"quality": "720p", "isPublic": True}
    )
    assert r.status_code == 200, r.text
    queued = r.json()
    assert queued["exportStatus"] in ("queued", "processing") and len(queued["shareCode"]) == 7
    assert set(queued) == {
        "videoId",
        "exportId",
        "exportStatus",
        "shareCode",
        "exportVersion",
    }  # the last is additive (#15)
    assert client.get(f"/api/v1/videos/{video_id}", headers=user.headers).json()["status"] in (
        "rendering",
        "completed",
    )

    body = wait_export(client, server, user.headers, video_id)
    assert body["exportStatus"] == "complete" and body["status"] == "completed", body
    assert body["exportError"] is None and body["shareCode"] == queued["shareCode"]
    assert body["shareUrl"].endswith(f"/v/{queued['shareCode']}.mp4")

    download = client.get(relative(body["downloadUrl"]))
    assert download.status_code == 200 and download.headers["content-type"] == "video/mp4"
    with av.open(io.BytesIO(download.content)) as container:
        v, a = container.streams.video[0], container.streams.audio[0]
        assert (v.width, v.height, v.codec_context.name, v.average_rate) == (1280, 720, "h264", 30)
        assert (a.codec_context.name, a.rate, a.channels) == ("aac", 48000, 2)
        assert sum(1 for _ in container.decode(v)) == 51  # 2 s minus the 0.3 s overlap, at 30 fps
    part = client.get(relative(body["downloadUrl"]), headers={"Range": "bytes=0-99"})
    assert part.status_code == 206 and len(part.content) == 100
    thumb = client.get(relative(body["thumbnailUrl"]))
    assert thumb.status_code == 200 and thumb.headers["content-type"] == "image/jpeg"
    assert Image.open(io.BytesIO(thumb.content)).size == (1280, 720)

    path, query = relative(body["downloadUrl"]).split("?")
    assert client.get(f"{path}?{query.replace('sig=', 'sig=x')}").status_code == 403
    assert client.get(f"{path}?expires={int(time.time()) - 10}&sig=abc").status_code == 403

    shared = client.get(relative(body["shareUrl"]), headers={"Range": "bytes=10-19"})
    assert shared.status_code == 206 and shared.headers["content-type"] == "video/mp4"
    assert shared.content == download.content[10:20]
    assert client.get("/v/zzzzzzz.mp4").status_code == 404
    head = client.head(relative(body["shareUrl"]))
    assert head.status_code == 200 and int(head.headers["content-length"]) == len(download.content)

    again = client.post(
        f"/api/v1/videos/{video_id}/export", headers=user.headers, json={"quality": "720p", "isPublic": True}
    ).json()
    assert again["exportId"] == queued["exportId"] and again["exportStatus"] == "complete"
    assert again["downloadUrl"] and again["shareUrl"] and again["thumbnailUrl"]

    private = client.post(
        f"/api/v1/videos/{video_id}/export", headers=user.headers, json={"quality": "720p"}
    ).json()
    assert private["exportId"] != queued["exportId"] and private["shareCode"] is None
    body = wait_export(client, server, user.headers, video_id)
    assert body["exportStatus"] == "complete" and body["shareUrl"] is None
    with server.ctx.db.reader() as session:
        job = session.scalars(
            select(Job).where(Job.kind == "export", Job.video_id == video_id).order_by(Job.created_at.desc())
        ).first()
        assert job is not None and job.status == "completed"
        assert "(2/2 chunks from cache)" in (job.response or "")  # same pixels: every chunk reused

    # An edit to the first scene re-renders only its chunk (which holds the crossfade); the second
    # scene's chunk is joined from the cache as it is.
    graph = client.get(f"/api/v1/videos/{video_id}/project", headers=user.headers).json()
    graph["scenes"][0]["elements"][0]["text"] = "Hello again"
    assert (
        client.put(f"/api/v1/videos/{video_id}/project", headers=user.headers, json=graph).status_code == 200
    )
    client.post(f"/api/v1/videos/{video_id}/export", headers=user.headers, json={"quality": "720p"})
    assert wait_export(client, server, user.headers, video_id)["exportStatus"] == "complete"
    with server.ctx.db.reader() as session:
        job = session.scalars(
            select(Job).where(Job.kind == "export", Job.video_id == video_id).order_by(Job.created_at.desc())
        ).first()
        assert "(1/2 chunks from cache)" in (job.response or ""), job.response


def test_export_errors(client: httpx.Client, server: LiveServer) -> None:
    user, other = new_user(client), new_user(client)
    video_id = client.post(
        "/api/v1/videos", headers=user.headers, json={"project": small_project("asset_doesnotexist")}
    ).json()["videoId"]
    assert client.post("/api/v1/videos/unknown/export", headers=user.headers, json={}).status_code == 404
    assert client.post(f"/api/v1/videos/{video_id}/export", headers=other.headers, json={}).status_code == 403
    r = client.post(f"/api/v1/videos/{video_id}/export", headers=user.headers, json={"quality": "8k"})
    assert r.status_code == 400 and "quality" in r.json()["detail"]

    r = client.post(f"/api/v1/videos/{video_id}/export", headers=user.headers)  # no body: the defaults
    assert r.status_code == 200 and r.json()["shareCode"] is None
    body = wait_export(client, server, user.headers, video_id)
    assert body["exportStatus"] == "failed" and body["status"] == "draft"
    assert "asset_doesnotexist" in body["exportError"] and body["downloadUrl"] is None
    # Someone else's asset id is refused the same way (a render reads only the account's own files).
    foreign = stored_image(server, other.account_id)
    video_id = client.post(
        "/api/v1/videos", headers=user.headers, json={"project": small_project(foreign)}
    ).json()["videoId"]
    client.post(f"/api/v1/videos/{video_id}/export", headers=user.headers, json={"quality": "720p"})
    body = wait_export(client, server, user.headers, video_id)
    assert body["exportStatus"] == "failed" and foreign in body["exportError"]


@pytest.mark.parametrize("aspect,size", [("9:16", (720, 1280))])
def test_portrait_export_size(
    client: httpx.Client, server: LiveServer, aspect: str, size: tuple[int, int]
) -> None:
    user = new_user(client)
    video_id = client.post(
        "/api/v1/videos", headers=user.headers, json={"project": small_project(None, aspect)}
    ).json()["videoId"]
    client.post(f"/api/v1/videos/{video_id}/export", headers=user.headers, json={"quality": "720p"})
    body = wait_export(client, server, user.headers, video_id)
    assert body["exportStatus"] == "complete", body
    with av.open(io.BytesIO(client.get(relative(body["downloadUrl"])).content)) as container:
        assert (container.streams.video[0].width, container.streams.video[0].height) == size


def test_export_voices_narration_and_burns_captions(client: httpx.Client, server: LiveServer) -> None:
    """Narration text without audio is voiced before rendering, and the voiced graph is kept."""
    from tests.render.helpers import decode_audio, ffmpeg_lufs

    user = new_user(client)
    project = {
        "title": "Narrated",
        "captions": True,
        "audio": {"music": "calm"},
        "scenes": [
            {
                "id": "a",
                "duration": 1.0,
                "background": {"type": "solid", "color": "#111827"},
                "narration": {"text": "Welcome to the quiet lamp. It dims itself in the evening."},
            }
        ],
    }
    video_id = client.post("/api/v1/videos", headers=user.headers, json={"project": project}).json()[
        "videoId"
    ]
    client.post(f"/api/v1/videos/{video_id}/export", headers=user.headers, json={"quality": "720p"})
    body = wait_export(client, server, user.headers, video_id)
    assert body["exportStatus"] == "complete", body
    graph = client.get(f"/api/v1/videos/{video_id}/project", headers=user.headers).json()
    narration = graph["scenes"][0]["narration"]
    assert narration["audio"].startswith("asset_") and narration["audioDuration"] > 1.0
    assert graph["scenes"][0]["duration"] > narration["audioDuration"]  # stretched to hold the voice
    data = client.get(relative(body["downloadUrl"])).content
    path = server.settings.data_dir / "narrated.mp4"
    path.write_bytes(data)
    assert abs(ffmpeg_lufs(decode_audio(path)) - (-16.0)) < 1.5
    with av.open(str(path)) as container:
        frame = next(f for i, f in enumerate(container.decode(video=0)) if i == 20).to_ndarray(format="rgb24")
    caption_band = frame[int(0.80 * 720) : int(0.94 * 720), 128:1152]
    assert caption_band.max() > 200  # white caption text over the dark background
    again = client.post(
        f"/api/v1/videos/{video_id}/export", headers=user.headers, json={"quality": "720p"}
    ).json()
    assert again["exportStatus"] == "complete"  # the voiced graph is the cache key now
