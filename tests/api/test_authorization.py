"""The authorization matrix (issue #13): every authenticated operation of the OpenAPI document ×
{no credentials, malformed, revoked, another account's, the owner's}, on the owner's resources
(video, job, conversation, version, plan, API key): 401, 401, 401, 403 (or 404 for keys, which are
never shown to other accounts), and success.

The operations come from the served document, so a new endpoint joins the matrix by itself; one
that needs a body it does not know fails here until `BODIES` says what a valid request sends.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from tests.api.test_exports import small_project
from tests.documents import makers
from tests.support import LiveServer, User, bearer, create_key, make_settings, new_user, start_server

MALFORMED_KEY = "sk_live_not-hex"
MALFORMED_TOKEN = "not.a.jwt"
STREAMS = {"/api/v1/documents/plans/{plan_id}/generate", "/api/v1/videos/{video_id}/events"}
OWNED = ("{video_id}", "{plan_id}")  # another account's: 403


@dataclass
class World:
    owner: User
    other: User
    revoked_key: str
    params: dict[str, str]


def bodies() -> dict[tuple[str, str], dict]:
    """What a valid request of each operation with a body sends (JSON, or multipart files)."""
    return {
        ("POST", "/api/api-keys"): {"json": {"name": "matrix"}},
        ("POST", "/api/v1/videos"): {"json": {"project": small_project(None)}},
        ("POST", "/api/v1/videos/generate"): {"json": {"prompt": "a short video about green tea"}},
        ("POST", "/api/v1/videos/{video_id}/message"): {"json": {"message": "make the title bigger"}},
        ("PUT", "/api/v1/videos/{video_id}/project"): {"json": small_project(None)},
        ("POST", "/api/v1/videos/{video_id}/export"): {"json": {"quality": "720p"}},
        ("POST", "/api/v1/documents/analyze"): {
            "files": {"file": ("solar.pdf", makers.make_pdf(), "application/pdf")}
        },
        ("PATCH", "/api/v1/documents/plans/{plan_id}"): {"json": {"voiceSettings": {"speakingRate": 1.1}}},
        ("POST", "/api/v1/documents/plans/{plan_id}/generate"): {"json": {}},
    }


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    settings = make_settings(tmp_path_factory.mktemp("ozor-data"), tts_engine="espeak", signup_credits=100)
    with start_server(settings, run_jobs=False) as server:  # nothing renders; jobs stay queued
        yield server


@pytest.fixture(scope="module")
def world(live: LiveServer) -> World:
    with httpx.Client(base_url=live.url, timeout=60) as http:
        owner, other = new_user(http), new_user(http)
        revoked = create_key(http, owner.id_token, "to revoke")
        assert (
            http.delete(f"/api/api-keys/{revoked['keyId']}", headers=bearer(owner.id_token)).status_code
            == 200
        )
        video = http.post(
            "/api/v1/videos", headers=owner.headers, json={"project": small_project(None)}
        ).json()
        job = http.post(
            f"/api/v1/videos/{video['videoId']}/message",
            headers=owner.headers,
            json={"message": "bigger title"},
        ).json()
        plan = http.post(
            "/api/v1/documents/analyze",
            headers=owner.headers,
            files={"file": ("solar.pdf", makers.make_pdf(), "application/pdf")},
        ).json()["plan"]
        spare = create_key(http, owner.id_token, "spare")
    params = {
        "video_id": video["videoId"],
        "job_id": job["jobId"],
        "conversation_id": video["conversationId"],
        "number": "1",
        "plan_id": plan["planId"],
        "voice_id": "aria",
        "key_id": spare["keyId"],
    }
    return World(owner, other, revoked["rawKey"], params)


def operations(live: LiveServer) -> list[tuple[str, str, str]]:
    doc = httpx.get(f"{live.url}/openapi.json").json()
    found = []
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            for requirement in op.get("security", []):
                found += [(method.upper(), path, scheme) for scheme in requirement]
    return found


def call(http: httpx.Client, method: str, path: str, world: World, headers: dict[str, str]) -> int:
    url = path.format(**{k: v for k, v in world.params.items() if "{" + k + "}" in path})
    body = bodies().get((method, path), {})
    if path in STREAMS:  # the stream never ends with the job runner off: its status is enough
        with http.stream(method, url, headers=headers, **body) as r:
            return r.status_code
    return http.request(method, url, headers=headers, **body).status_code


def test_every_operation_by_every_kind_of_caller(live: LiveServer, world: World) -> None:
    ops = operations(live)
    assert len(ops) >= 25
    cells = 0
    with httpx.Client(base_url=live.url, timeout=60) as http:
        for method, path, scheme in ops:
            if scheme == "ApiKey":
                callers = {
                    "no key": ({}, {401}),
                    "malformed": ({"X-API-Key": MALFORMED_KEY}, {401}),
                    "revoked": ({"X-API-Key": world.revoked_key}, {401}),
                    "another account's": (
                        world.other.headers,
                        {403} if any(p in path for p in OWNED) else {200},
                    ),
                }
                owner_headers = world.owner.headers
            else:  # key management: ID tokens; another account's key is not found, never shown
                callers = {
                    "no token": ({}, {401}),
                    "malformed": (bearer(MALFORMED_TOKEN), {401}),
                    "forged": (bearer(world.owner.id_token[:-4] + "AAAA"), {401}),
                    "another account's": (
                        bearer(world.other.id_token),
                        {404} if "{key_id}" in path else {200},
                    ),
                }
                owner_headers = bearer(world.owner.id_token)
            for who, (headers, expected) in callers.items():
                status = call(http, method, path, world, headers)
                assert status in expected, (method, path, who, status)
                cells += 1
            if method == "DELETE":  # the owner's revocation last: it changes the world
                continue
            status = call(http, method, path, world, owner_headers)
            assert status == 200, (method, path, "owner", status)
            cells += 1
        for method, path, _ in ops:
            if method == "DELETE":
                assert call(http, method, path, world, bearer(world.owner.id_token)) == 200
                cells += 1
    print(f"authorization matrix: {len(ops)} operations, {cells} cells")
