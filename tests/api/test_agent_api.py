"""The agent over real HTTP: generate, message, job polling, tool trace, credits, attachments, export."""

from __future__ import annotations

import base64
import io
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise
from pathlib import Path

import av
import httpx
import pytest
from PIL import Image
from sqlalchemy import select

from ozor.accounts import credits
from ozor.db.models import Asset, Job
from tests.agent.fake_llm import ScriptedLLM, calls, text
from tests.support import LiveServer, User, make_settings, new_user, reset_postgres, start_server

LAMP = "A 15-second ad for a minimalist desk lamp"


def png(size: tuple[int, int] = (400, 160)) -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", size, (30, 90, 200, 255)).save(out, "PNG")
    return out.getvalue()


def wait(client: httpx.Client, user: User, accepted: dict, timeout: float = 90) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(
            f"/api/v1/videos/{accepted['videoId']}/jobs/{accepted['jobId']}", headers=user.headers
        ).json()
        if job["status"] in ("completed", "failed"):
            return job
        time.sleep(0.2)
    raise TimeoutError(accepted)


def balance(client: httpx.Client, user: User) -> dict:
    return client.get("/api/v1/credits", headers=user.headers).json()


def project(client: httpx.Client, user: User, video_id: str) -> dict:
    return client.get(f"/api/v1/videos/{video_id}/project", headers=user.headers).json()


def trace(client: httpx.Client, user: User, video_id: str, conversation_id: str) -> dict:
    r = client.get(
        f"/api/v1/videos/{video_id}/conversations/{conversation_id}/tool-trace", headers=user.headers
    )
    assert r.status_code == 200, r.text
    return r.json()


def drain(server: LiveServer, account_id: str) -> None:
    with server.ctx.db.session() as session:
        credits.charge(session, account_id, credits.balance(session, account_id), f"drain-{account_id}")


@pytest.fixture(scope="module")
def made(server: LiveServer) -> Iterator[tuple[User, dict]]:
    """One user with one generated video, shared by the tests that edit it in order."""
    with httpx.Client(base_url=server.url, timeout=60) as client:
        user = new_user(client)
        r = client.post("/api/v1/videos/generate", json={"prompt": LAMP}, headers=user.headers)
        assert r.status_code == 200, r.text
        yield user, r.json()


def test_generate_returns_at_once_and_the_job_completes(client, made):
    user, accepted = made
    assert (
        set(accepted) == {"videoId", "jobId", "status", "conversationId"} and accepted["status"] == "pending"
    )
    assert accepted["jobId"].startswith("job_") and accepted["conversationId"].startswith("conv_")
    job = wait(client, user, accepted)
    assert job["status"] == "completed", job
    assert set(job) == {"videoId", "jobId", "status", "response", "createdAt", "conversationId"}
    assert job["response"].startswith("I've made a 15-second ad for the minimalist desk lamp: 4 scenes")
    video = client.get(f"/api/v1/videos/{accepted['videoId']}", headers=user.headers).json()
    assert (
        video["title"] == "Minimalist desk lamp ad" and video["conversationId"] == accepted["conversationId"]
    )
    listed = client.get("/api/v1/videos", headers=user.headers).json()["videos"]
    assert [v["videoId"] for v in listed] == [accepted["videoId"]]
    assert balance(client, user) == {"balance": 9, "held": 0}


def test_a_message_edits_the_video_and_the_trace_counts_exactly(client, made):
    user, accepted = made
    wait(client, user, accepted)
    r = client.post(
        f"/api/v1/videos/{accepted['videoId']}/message",
        headers=user.headers,
        json={"message": "Make it vertical and change the headline of scene 2 to Glow, your way"},
    )
    assert r.status_code == 200 and r.json()["status"] == "queued"
    job = wait(client, user, r.json())
    assert (
        job["response"]
        == "I've made the video vertical (9:16) and changed the headline of scene 2 to “Glow, your way”."
    )
    graph = project(client, user, accepted["videoId"])
    assert graph["aspect"] == "9:16"
    assert (
        next(e["text"] for e in graph["scenes"][1]["elements"] if e["id"] == "statement") == "Glow, your way"
    )
    body = trace(client, user, accepted["videoId"], accepted["conversationId"])
    assert body["totalAssistantTurns"] == len(body["messages"]) == 2
    assert body["totalToolCalls"] == sum(len(m["toolCalls"]) for m in body["messages"])
    first, second = body["messages"]
    assert first["createdAt"] <= second["createdAt"] and first["messageId"].startswith("msg_")
    assert [c["name"] for c in first["toolCalls"]][:2] == ["use_template", "set_look"]
    assert [c["name"] for c in second["toolCalls"]] == ["set_aspect", "update_element"]
    # scene 2 is a kinetic statement: its headline is the template's `statement` slot
    assert second["toolCalls"][1]["args"] == {"scene": 2, "element": "statement", "text": "Glow, your way"}
    assert second["textPreview"].startswith("I've made the video vertical")
    assert balance(client, user) == {"balance": 8, "held": 0}


@pytest.mark.parametrize(
    "message, error, tried",
    [
        (
            "put a unicorn in the corner",
            "I couldn't understand “put a unicorn in the corner”, so I changed nothing",
            None,
        ),
        ("make scene 12 longer", "there is no scene 12", ("set_pacing", "there is no scene 12")),
        (
            "make it vertical",
            "I couldn't do “make it vertical”: the video is already 9:16",
            ("set_aspect", "the video is already 9:16"),
        ),
    ],
)
def test_a_failed_turn_charges_nothing_and_changes_nothing(client, made, message, error, tried):
    """…but the tool calls it tried stay in the trace, each with its error."""
    user, accepted = made
    wait(client, user, accepted)
    before = (
        project(client, user, accepted["videoId"]),
        balance(client, user),
        trace(client, user, accepted["videoId"], accepted["conversationId"]),
    )
    r = client.post(
        f"/api/v1/videos/{accepted['videoId']}/message", json={"message": message}, headers=user.headers
    )
    job = wait(client, user, r.json())
    assert job["status"] == "failed" and error in job["error"] and "response" not in job
    after = (
        project(client, user, accepted["videoId"]),
        balance(client, user),
        trace(client, user, accepted["videoId"], accepted["conversationId"]),
    )
    assert after[:2] == before[:2]
    added = after[2]["messages"][len(before[2]["messages"]) :]
    assert after[2]["messages"][: len(before[2]["messages"])] == before[2]["messages"]
    if tried is None:
        assert added == []
    else:
        (attempt,) = added
        (call,) = attempt["toolCalls"]
        assert call["name"] == tried[0] and tried[1] in call["error"]
        assert attempt["textPreview"].startswith(job["error"][:60])


def test_messages_to_one_video_run_one_at_a_time_in_order(client, server):
    user = new_user(client)
    accepted = client.post("/api/v1/videos/generate", json={"prompt": LAMP}, headers=user.headers).json()
    video = accepted["videoId"]
    jobs = [
        client.post(f"/api/v1/videos/{video}/message", json={"message": m}, headers=user.headers).json()
        for m in (
            "swap scenes 1 and 2",
            "change the headline of scene 1 to First now",
            "remove the last scene",
        )
    ]
    results = [wait(client, user, j) for j in jobs]
    assert [r["status"] for r in results] == ["completed"] * 3
    graph = project(client, user, video)
    assert [s["id"] for s in graph["scenes"]] == ["s2", "s1", "s3"]
    assert next(e["text"] for e in graph["scenes"][0]["elements"] if e["id"] == "statement") == "First now"
    with server.ctx.db.reader() as session:
        rows = session.scalars(select(Job).where(Job.lane == video).order_by(Job.created_at)).all()
        assert all(a.finished_at <= b.started_at for a, b in pairwise(rows))


def test_no_credit_no_turn(client, server):
    user = new_user(client)
    accepted = client.post("/api/v1/videos/generate", json={"prompt": LAMP}, headers=user.headers).json()
    wait(client, user, accepted)
    drain(server, user.account_id)
    r = client.post("/api/v1/videos/generate", json={"prompt": LAMP}, headers=user.headers)
    assert r.status_code == 402 and "costs 1 credit" in r.json()["detail"]
    r = client.post(
        f"/api/v1/videos/{accepted['videoId']}/message",
        json={"message": "make it faster"},
        headers=user.headers,
    )
    assert r.status_code == 402
    assert len(client.get("/api/v1/videos", headers=user.headers).json()["videos"]) == 1


def test_ownership_and_missing_things(client, made):
    owner, accepted = made
    other = new_user(client)
    video, job, conv = accepted["videoId"], accepted["jobId"], accepted["conversationId"]
    for path in (
        f"/api/v1/videos/{video}/jobs/{job}",
        f"/api/v1/videos/{video}/conversations/{conv}/tool-trace",
    ):
        assert client.get(path, headers=other.headers).status_code == 403
        assert client.get(path.replace(video, "nope"), headers=owner.headers).status_code == 404
    assert (
        client.post(
            f"/api/v1/videos/{video}/message", json={"message": "hi"}, headers=other.headers
        ).status_code
        == 403
    )
    assert (
        client.post("/api/v1/videos/nope/message", json={"message": "hi"}, headers=owner.headers).status_code
        == 404
    )
    assert client.get(f"/api/v1/videos/{video}/jobs/job_unknown", headers=owner.headers).status_code == 404
    assert (
        client.get(
            f"/api/v1/videos/{video}/conversations/conv_x/tool-trace", headers=owner.headers
        ).status_code
        == 404
    )
    assert client.post("/api/v1/videos/generate", json={"prompt": LAMP}).status_code == 401


@pytest.mark.parametrize(
    "body, detail",
    [
        ({}, "prompt: Field required"),
        ({"prompt": ""}, "prompt: String should have at least 1 character"),
        ({"prompt": "   "}, "prompt must not be blank"),
        ({"prompt": "x" * 2001}, "prompt: String should have at most 2000 characters"),
        ({"prompt": LAMP, "aspect": "4:3"}, "aspect: Input should be '16:9' or '9:16'"),
        ({"prompt": LAMP, "export": True, "exportQuality": "8k"}, "exportQuality"),
        (
            {"prompt": LAMP, "images": [{"base64": "%%%", "mimeType": "image/png"}]},
            "images[0].base64 is not valid base64",
        ),
        (
            {
                "prompt": LAMP,
                "images": [{"base64": base64.b64encode(png()).decode(), "mimeType": "image/jpeg"}],
            },
            "images[0].mimeType says image/jpeg but the data is image/png",
        ),
        (
            {
                "prompt": LAMP,
                "videos": [{"base64": base64.b64encode(png()).decode(), "mimeType": "video/mp4"}],
            },
            "videos[0] is a image/png file",
        ),
        ({"prompt": LAMP, "images": [{"url": "file:///etc/passwd"}]}, "images[0].url must be an http(s) URL"),
    ],
)
def test_bad_requests_are_400_and_create_nothing(client, body, detail):
    user = new_user(client)
    r = client.post("/api/v1/videos/generate", json=body, headers=user.headers)
    assert r.status_code == 400 and detail in r.json()["detail"], r.text
    assert client.get("/api/v1/videos", headers=user.headers).json()["videos"] == []
    assert balance(client, user)["balance"] == 10


def test_an_attached_logo_is_stored_and_placed(client, server):
    user = new_user(client)
    r = client.post(
        "/api/v1/videos/generate",
        headers=user.headers,
        json={
            "prompt": "A 15-second ad for the EcoBottle with our logo",
            "images": [{"base64": base64.b64encode(png()).decode(), "mimeType": "image/png"}],
        },
    )
    job = wait(client, user, r.json())
    assert "Your logo is in the top-right corner of every scene" in job["response"]
    graph = project(client, user, r.json()["videoId"])
    logos = {e["asset"] for s in graph["scenes"] for e in s["elements"] if e["type"] == "logo"}
    assert len(logos) == 1
    with server.ctx.db.reader() as session:
        asset = session.get(Asset, logos.pop())
        assert (asset.account_id, asset.kind, asset.width, asset.height) == (
            user.account_id,
            "image",
            400,
            160,
        )
        assert asset.storage_path == f"users/{user.account_id}/assets/{asset.id}.png"
    assert server.ctx.backends.storage.exists(asset.storage_path)


@pytest.fixture()
def site() -> Iterator[str]:
    logo = png((300, 120))

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            found = self.path == "/logo.png"
            self.send_response(200 if found else 404)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(logo if found else b"")

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_url_attachments_are_fetched_by_the_job(client, server, site):
    user = new_user(client)
    ok = client.post(
        "/api/v1/videos/generate",
        headers=user.headers,
        json={
            "prompt": "A 15-second ad for the EcoBottle with our logo",
            "images": [{"url": f"{site}/logo.png"}],
        },
    ).json()
    assert wait(client, user, ok)["status"] == "completed"
    assert any(
        e["type"] == "logo" for s in project(client, user, ok["videoId"])["scenes"] for e in s["elements"]
    )
    gone = client.post(
        "/api/v1/videos/generate",
        headers=user.headers,
        json={"prompt": LAMP, "images": [{"url": f"{site}/missing.png"}]},
    ).json()
    job = wait(client, user, gone)
    assert job["status"] == "failed" and "HTTP 404" in job["error"]
    assert balance(client, user) == {"balance": 9, "held": 0}


def test_generate_with_export_renders_an_mp4(client, server, tmp_path: Path):
    user = new_user(client)
    r = client.post(
        "/api/v1/videos/generate",
        headers=user.headers,
        json={
            "prompt": "A 6-second ad for a minimalist desk lamp, no voiceover",
            "export": True,
            "exportQuality": "720p",
            "exportIsPublic": True,
        },
    )
    assert wait(client, user, r.json())["status"] == "completed"
    server.wait_for_jobs(timeout=300)
    video = client.get(f"/api/v1/videos/{r.json()['videoId']}", headers=user.headers).json()
    assert video["exportStatus"] == "complete", video
    assert video["shareCode"] and video["shareUrl"].endswith(f"/v/{video['shareCode']}.mp4")
    out = tmp_path / "ad.mp4"
    out.write_bytes(client.get(video["shareUrl"]).content)
    with av.open(str(out)) as container:
        stream = container.streams.video[0]
        assert (stream.codec_context.width, stream.codec_context.height) == (1280, 720)
        assert container.duration / 1e6 == pytest.approx(6.0, abs=0.7)


@pytest.fixture(scope="module")
def llm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, ScriptedLLM]]:
    script = [
        calls(
            ("create_scene", {"layout": "title", "headline": "Hear every detail.", "duration": 3}),
            ("set_theme", {"style": "dark"}),
            ("set_title", {"title": "Headphone teaser"}),
        ),
        calls(
            (
                "create_scene",
                {"layout": "cta", "headline": "Coming soon.", "cta": "Stay tuned", "duration": 4},
            )
        ),
        text("I've made a 7-second teaser in 2 scenes."),
    ]
    with ScriptedLLM(script) as llm:
        settings = make_settings(
            tmp_path_factory.mktemp("llm-data"), llm_base_url=llm.url, llm_model="scripted"
        )
        with start_server(settings) as live:
            yield live, llm


def test_the_llm_director_behind_the_same_api(llm_server):
    live, llm = llm_server
    with httpx.Client(base_url=live.url, timeout=60) as client:
        user = new_user(client)
        accepted = client.post(
            "/api/v1/videos/generate", json={"prompt": "A teaser for headphones"}, headers=user.headers
        ).json()
        job = wait(client, user, accepted)
        assert job == {**job, "status": "completed", "response": "I've made a 7-second teaser in 2 scenes."}
        body = trace(client, user, accepted["videoId"], accepted["conversationId"])
        assert (body["totalAssistantTurns"], body["totalToolCalls"]) == (3, 4)
        assert [len(m["toolCalls"]) for m in body["messages"]] == [3, 1, 0]
        assert body["messages"][-1]["textPreview"] == "I've made a 7-second teaser in 2 scenes."
        assert project(client, user, accepted["videoId"])["title"] == "Headphone teaser"
    assert len(llm.requests) == 3


def test_a_failed_llm_turn_keeps_what_the_model_tried_in_the_trace(tmp_path):
    wrong = ("update_element", {"scene": 9, "element": "headline", "text": "Glow"})
    script = [
        calls(("create_scene", {"layout": "title", "headline": "Hear every detail.", "duration": 3})),
        text("I've made a 3-second teaser."),
        calls(wrong),
        calls(wrong),
    ]
    with ScriptedLLM(script) as llm:
        settings = make_settings(tmp_path, llm_base_url=llm.url, llm_model="scripted", llm_max_steps=2)
        with start_server(settings) as live, httpx.Client(base_url=live.url, timeout=60) as client:
            user = new_user(client)
            accepted = client.post(
                "/api/v1/videos/generate", json={"prompt": "A teaser for headphones"}, headers=user.headers
            ).json()
            assert wait(client, user, accepted)["status"] == "completed"
            before = project(client, user, accepted["videoId"])
            r = client.post(
                f"/api/v1/videos/{accepted['videoId']}/message",
                json={"message": "change the headline to Glow"},
                headers=user.headers,
            )
            job = wait(client, user, r.json())
            assert job["status"] == "failed" and "did not finish within 2 steps" in job["error"]
            assert project(client, user, accepted["videoId"]) == before
            assert balance(client, user) == {"balance": 9, "held": 0}
            body = trace(client, user, accepted["videoId"], accepted["conversationId"])
            tried = [c for m in body["messages"][2:] for c in m["toolCalls"]]
            assert [(c["name"], c["error"]) for c in tried] == [
                ("update_element", "update_element failed: there is no scene 9: the video has 1 scene")
            ] * 2
            assert body["messages"][-1]["textPreview"].startswith("The agent did not finish within 2 steps")


def test_generate_and_a_failed_edit_on_postgresql(pg_url, tmp_path):
    reset_postgres(pg_url)
    with (
        start_server(make_settings(tmp_path, database_url=pg_url)) as live,
        httpx.Client(base_url=live.url, timeout=60) as client,
    ):
        user = new_user(client)
        accepted = client.post("/api/v1/videos/generate", json={"prompt": LAMP}, headers=user.headers).json()
        assert wait(client, user, accepted)["status"] == "completed"
        before = project(client, user, accepted["videoId"])
        bad = client.post(
            f"/api/v1/videos/{accepted['videoId']}/message",
            json={"message": "sing a song"},
            headers=user.headers,
        ).json()
        assert wait(client, user, bad)["status"] == "failed"
        assert project(client, user, accepted["videoId"]) == before
        assert balance(client, user) == {"balance": 9, "held": 0}
