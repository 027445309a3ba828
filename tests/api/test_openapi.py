"""The OpenAPI document says what the server does (issue #13): real statuses with the {"detail"}
schema and never 422, the binary and streaming media types, the self-parsed request bodies, the
sign-up rules as enforced; OPTIONS and 405 name every method of a path."""

from __future__ import annotations

import httpx
import pytest

from tests.support import new_user


@pytest.fixture(scope="module")
def doc(server) -> dict:
    return httpx.get(f"{server.url}/openapi.json").json()


def operations(doc: dict):
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            yield method.upper(), path, op


def test_errors_are_detail_objects_and_never_422(doc):
    assert "HTTPValidationError" not in doc["components"]["schemas"]
    for method, path, op in operations(doc):
        assert "422" not in op["responses"], (method, path)
        for status, response in op["responses"].items():
            if status.startswith(("4", "5")) and status != "416":
                schema = response["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/ErrorDetail"}, (method, path, status)


def test_statuses_follow_auth_and_ownership(doc):
    video = doc["paths"]["/api/v1/videos/{video_id}"]["get"]
    assert set(video["responses"]) == {"200", "400", "401", "403", "404"}
    assert video["security"] == [{"ApiKey": []}]
    assert "parameters" not in video or all(p["in"] == "path" for p in video["parameters"])
    generate = doc["paths"]["/api/v1/videos/generate"]["post"]
    assert {"400", "401", "402", "408"} <= set(generate["responses"])
    keys = doc["paths"]["/api/api-keys"]["get"]
    assert keys["security"] == [{"IdToken": []}] and "401" in keys["responses"]
    schema = doc["paths"]["/api/v1/schema/project.json"]["get"]
    assert set(schema["responses"]) == {"200"}


def test_media_types_and_bodies(doc):
    paths = doc["paths"]
    assert "video/mp4" in paths["/v/{share_code}.mp4"]["get"]["responses"]["200"]["content"]
    assert (
        "audio/wav"
        in paths["/api/v1/documents/voices/{voice_id}/sample"]["get"]["responses"]["200"]["content"]
    )
    sse = paths["/api/v1/documents/plans/{plan_id}/generate"]["post"]["responses"]["200"]["content"]
    assert list(sse) == ["text/event-stream"]
    for method, path in (
        ("patch", "/api/v1/documents/plans/{plan_id}"),
        ("post", "/api/v1/videos"),
        ("put", "/api/v1/videos/{video_id}/project"),
    ):
        assert paths[path][method]["requestBody"]["content"]["application/json"]["schema"], path
    assert "scenes" in doc["components"]["schemas"]["Project"]["properties"]
    assert "voiceSettings" in doc["components"]["schemas"]["PlanPatch"]["properties"]


def test_signup_schema_is_what_the_server_enforces(doc, client):
    ref = doc["paths"]["/api/auth/signup"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    rules = doc["components"]["schemas"][ref["$ref"].rsplit("/", 1)[1]]["properties"]
    assert rules["password"]["minLength"] == 8 and rules["email"]["pattern"]
    short = client.post("/api/auth/signup", json={"email": "a@b.co", "password": "x" * 7})
    assert short.status_code == 400
    odd = client.post("/api/auth/signup", json={"email": "a@b", "password": "x" * 8})
    assert odd.status_code == 400


def test_options_and_405_name_every_method(client):
    user = new_user(client)
    r = client.options("/api/v1/videos/abc/project", headers=user.headers)
    assert r.status_code == 204 and r.headers["allow"] == "GET, OPTIONS, PUT"
    r = client.options("/api/v1/videos")
    assert r.status_code == 204 and r.headers["allow"] == "GET, OPTIONS, POST"
    r = client.delete("/api/v1/videos/abc/project", headers=user.headers)
    assert r.status_code == 405 and r.headers["allow"] == "GET, OPTIONS, PUT"
    assert r.json() == {"detail": "Method Not Allowed"}
    assert client.options("/no/such/path").status_code == 404
