"""Document → video over real HTTP: analyze (file, URL), plans, PATCH rules, SSE generation, credits."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from tests.documents import makers
from tests.support import new_user

PDF = "application/pdf"


def analyze(client, user, data: bytes, name: str = "solar.pdf", **form) -> httpx.Response:
    return client.post(
        "/api/v1/documents/analyze",
        headers=user.headers,
        files={"file": (name, data, PDF)},
        data={k: str(v) for k, v in form.items()},
    )


def sse(client, user, plan_id: str) -> list[dict]:
    events = []
    with client.stream("POST", f"/api/v1/documents/plans/{plan_id}/generate", headers=user.headers) as r:
        assert r.status_code == 200, r.read()
        assert r.headers["content-type"].startswith("text/event-stream")
        for line in r.iter_lines():
            if line.startswith("data: "):
                events.append(json.loads(line[6:]))
    return events


def balance(client, user) -> int:
    return client.get("/api/v1/credits", headers=user.headers).json()["balance"]


def test_voices_are_the_spec_eight(client):
    user = new_user(client)
    voices = client.get("/api/v1/documents/voices", headers=user.headers).json()["voices"]
    assert [v["id"] for v in voices] == ["aria", "nova", "felix", "marcus", "thor", "luna", "owen", "sky"]
    assert voices[4] == {"id": "thor", "label": "Thor", "gender": "male", "character": "Deep, authoritative"}
    sample = client.get("/api/v1/documents/voices/luna/sample", headers=user.headers)
    assert sample.status_code == 200 and sample.content[:4] == b"RIFF" and len(sample.content) > 20_000
    assert client.get("/api/v1/documents/voices/zeus/sample", headers=user.headers).status_code == 400
    assert client.get("/api/v1/documents/voices").status_code == 401


def test_pdf_to_narrated_project_over_sse(client, server):
    user = new_user(client)
    r = analyze(client, user, makers.make_pdf(), target_duration_sec=30, prompt="calm tone, focus on storage")
    assert r.status_code == 200, r.text
    plan = r.json()["plan"]
    assert plan["planId"].startswith("plan_") and plan["fileType"] == "pdf" and plan["status"] == "draft"
    assert plan["language"] == "en" and plan["aspectRatio"] == "16:9" and plan["createdVia"] == "api"
    assert plan["style"]["tone"] == "calm" and plan["style"]["layout"] == "document"
    assert 3 <= len(plan["scenes"]) <= 6
    assert plan["creditsCost"] == sum(1 for s in plan["scenes"] if s["voiceoverText"].strip()) // 2
    assert balance(client, user) == 9  # analyze: 1 credit at once
    refs = [ref for s in plan["scenes"] for ref in s["imageRefs"]]
    assert refs and all(
        ref["storagePath"].startswith(f"users/{user.account_id}/plans/{plan['planId']}/") for ref in refs
    )
    assert client.get(refs[0]["url"]).status_code == 200
    words = sum(len(s["voiceoverText"].split()) for s in plan["scenes"])
    assert 0.8 * 75 <= words <= 1.2 * 75, words

    events = sse(client, user, plan["planId"])
    steps = [e["step"] for e in events]
    assert (
        steps[0] == "init"
        and steps[-1] == "done"
        and "tts" in steps
        and "scenes" in steps
        and "assembly" in steps
    )
    assert events[1]["detail"].startswith("Generating voiceover 1/")
    assert [e["pct"] for e in events] == sorted(e["pct"] for e in events)
    project_id = events[-1]["projectId"]
    done = client.get(f"/api/v1/documents/plans/{plan['planId']}", headers=user.headers).json()["plan"]
    assert done["status"] == "generated" and done["projectId"] == project_id
    assert balance(client, user) == 9 - plan["creditsCost"]
    video = client.get(f"/api/v1/videos/{project_id}", headers=user.headers).json()
    assert video["status"] == "draft"
    assert project_id in [
        v["videoId"] for v in client.get("/api/v1/videos", headers=user.headers).json()["videos"]
    ]
    project = client.get(f"/api/v1/videos/{project_id}/project", headers=user.headers).json()
    project = project.get("project", project)
    narrated = [s for s in project["scenes"] if s.get("narration")]
    assert narrated and all(s["narration"]["audio"].startswith("asset_") for s in narrated)
    for s in narrated:
        n = s["narration"]
        assert s["duration"] >= n["leadIn"] + n["audioDuration"] + 0.3 + s["transition"]["duration"]
    shown = [e["asset"] for s in project["scenes"] for e in s["elements"] if e["type"] == "image"]
    assert shown and all(a.startswith("asset_") for a in shown)
    # generated: no more PATCH or generate
    patch = client.patch(
        f"/api/v1/documents/plans/{plan['planId']}",
        headers=user.headers,
        json={"voiceSettings": {"voiceId": "thor"}},
    )
    assert patch.status_code == 400
    again = client.post(f"/api/v1/documents/plans/{plan['planId']}/generate", headers=user.headers)
    assert again.status_code == 400


def test_patch_rules_and_cost(client):
    user = new_user(client)
    plan = analyze(client, user, makers.make_docx(), name="solar.docx").json()["plan"]
    url = f"/api/v1/documents/plans/{plan['planId']}"
    r = client.patch(
        url,
        headers=user.headers,
        json={"voiceSettings": {"voiceId": "owen", "speakingRate": 1.3, "speakingStyle": "energetic"}},
    )
    assert r.status_code == 200 and r.json()["plan"]["voiceSettings"]["voiceId"] == "owen"
    scenes = [
        {
            "order": i,
            "sceneTitle": f"Scene {i}",
            "scenePrompt": "A card",
            "voiceoverText": f"Sentence number {i}.",
        }
        for i in (2, 1, 3, 4, 5)
    ]
    scenes[0]["imageRefs"] = plan["scenes"][0]["imageRefs"]
    r = client.patch(url, headers=user.headers, json={"scenes": scenes})
    body = r.json()["plan"]
    assert r.status_code == 200 and [s["order"] for s in body["scenes"]] == [1, 2, 3, 4, 5]
    assert body["creditsCost"] == 2
    scenes[1]["voiceoverText"] = ""
    assert client.patch(url, headers=user.headers, json={"scenes": scenes}).json()["plan"]["creditsCost"] == 2
    scenes[2]["voiceoverText"] = " "
    assert client.patch(url, headers=user.headers, json={"scenes": scenes}).json()["plan"]["creditsCost"] == 1
    bad = [
        {"voiceSettings": {"voiceId": "zeus"}},
        {"voiceSettings": {"speakingRate": 2.5}},
        {"scenes": [{"order": 1, "sceneTitle": "x", "scenePrompt": "y"}]},
        {"scenes": []},
        {},
        {
            "scenes": [
                {
                    "order": 1,
                    "sceneTitle": "x",
                    "scenePrompt": "y",
                    "voiceoverText": "z",
                    "imageRefs": [{"storagePath": "users/someone/else.png"}],
                }
            ]
        },
    ]
    for body in bad:
        r = client.patch(url, headers=user.headers, json=body)
        assert r.status_code == 400 and r.json()["detail"], body
    other = new_user(client)
    assert (
        client.patch(url, headers=other.headers, json={"voiceSettings": {"voiceId": "owen"}}).status_code
        == 403
    )
    assert client.get(url, headers=other.headers).status_code == 403
    assert client.get("/api/v1/documents/plans/plan_000000000000", headers=user.headers).status_code == 404


def test_insufficient_credits(client, server):
    from ozor.accounts import credits

    user = new_user(client)
    plan = analyze(client, user, makers.make_pptx(), name="deck.pptx", target_duration_sec=60).json()["plan"]
    assert plan["fileType"] == "pptx" and plan["creditsCost"] >= 2
    with server.ctx.db.session() as session:  # spend the rest
        credits.charge(session, user.account_id, balance(client, user), ref=f"test-drain-{user.account_id}")
    r = client.post(f"/api/v1/documents/plans/{plan['planId']}/generate", headers=user.headers)
    assert r.status_code == 402 and "credit" in r.json()["detail"]
    assert (
        client.get(f"/api/v1/documents/plans/{plan['planId']}", headers=user.headers).json()["plan"]["status"]
        == "draft"
    )
    r = analyze(client, user, makers.make_pdf())
    assert r.status_code == 402


@pytest.mark.parametrize(
    "maker, name, needle",
    [
        (makers.make_image_only_pdf, "scan.pdf", "scanned images only"),
        (makers.make_encrypted_pdf, "secret.pdf", "password"),
        (lambda: makers.make_pdf()[:400], "broken.pdf", "corrupt"),
        (makers.zip_bomb_docx, "bomb.docx", "zip bomb"),
        (makers.xxe_docx, "xxe.docx", "DTD"),
        (makers.billion_laughs_pptx, "lol.pptx", "DTD"),
        (lambda: b"GIF89a" + b"\0" * 100, "looks-like.pdf", "Unsupported file type"),
        (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old.doc", "legacy"),
    ],
)
def test_hostile_and_broken_files_are_400_and_free(client, maker, name, needle):
    user = new_user(client)
    r = analyze(client, user, maker(), name=name)
    assert r.status_code == 400, r.text
    assert needle.lower() in r.json()["detail"].lower()
    assert balance(client, user) == 10
    assert client.get("/api/v1/documents/voices", headers=user.headers).status_code == 200  # still healthy


def test_form_validation(client):
    user = new_user(client)
    pdf = makers.make_pdf()
    cases = [
        client.post("/api/v1/documents/analyze", headers=user.headers, data={"target_duration_sec": "30"}),
        client.post(
            "/api/v1/documents/analyze",
            headers=user.headers,
            files={"file": ("a.pdf", pdf, PDF)},
            data={"url": "http://example.com"},
        ),
        analyze(client, user, pdf, aspect_ratio="4:3"),
        analyze(client, user, pdf, target_duration_sec=2),
        analyze(client, user, pdf, target_duration_sec=601),
        client.post("/api/v1/documents/analyze", headers=user.headers, data={"url": "ftp://example.com/x"}),
        analyze(client, user, b"%PDF-1.4\n" + b"0" * (50 * 2**20 + 10)),
    ]
    for r in cases:
        assert r.status_code == 400 and r.json()["detail"], r.text
    assert "50 MB" in cases[-1].json()["detail"]
    assert balance(client, user) == 10


class _Site(BaseHTTPRequestHandler):
    pages: dict[str, tuple[str, bytes]] = {}

    def do_GET(self) -> None:  # noqa: N802
        kind, body = self.pages.get(self.path, ("text/plain", b""))
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    body = "".join(f"<h2>{h}</h2><p>{p}</p>" for h, p in makers.SECTIONS)
    _Site.pages = {
        "/article": (
            "text/html; charset=utf-8",
            (
                f'<html><head><title>The State of Solar Power</title><meta property="og:image" content="{base}/lead.png">'
                f"</head><body><nav>Home</nav><article><h1>The State of Solar Power</h1>{body}</article></body></html>"
            ).encode(),
        ),
        "/lead.png": ("image/png", makers.picture("#0C8599", (800, 450))),
    }
    yield base
    server.shutdown()


def test_url_analysis_with_lead_image_9x16(client, site):
    user = new_user(client)
    r = client.post(
        "/api/v1/documents/analyze",
        headers=user.headers,
        data={"url": f"{site}/article", "aspect_ratio": "9:16", "target_duration_sec": "20"},
    )
    assert r.status_code == 200, r.text
    plan = r.json()["plan"]
    assert (
        plan["fileType"] == "url" and plan["sourceUrl"] == f"{site}/article" and plan["aspectRatio"] == "9:16"
    )
    assert (
        plan["style"]["layout"] == "article" and plan["scenes"][0]["sceneTitle"] == "The State of Solar Power"
    )
    assert plan["scenes"][0]["imageRefs"][0]["storagePath"].startswith(
        f"users/{user.account_id}/plans/{plan['planId']}/lead_image."
    )
    missing = client.post("/api/v1/documents/analyze", headers=user.headers, data={"url": f"{site}/nothing"})
    assert missing.status_code == 500 and balance(client, user) == 9


def test_disconnect_does_not_lose_the_result(client, server):
    user = new_user(client)
    plan = analyze(client, user, makers.make_pdf(), target_duration_sec=40).json()["plan"]
    with client.stream(
        "POST", f"/api/v1/documents/plans/{plan['planId']}/generate", headers=user.headers
    ) as r:
        first = next(line for line in r.iter_lines() if line.startswith("data: "))
        assert json.loads(first[6:])["step"] == "init"
    # the client is gone; the job is not
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        state = client.get(f"/api/v1/documents/plans/{plan['planId']}", headers=user.headers).json()["plan"]
        if state["status"] != "generating":
            break
        time.sleep(0.3)
    assert state["status"] == "generated" and state["projectId"]
