"""The SDK's wire models against the server's own OpenAPI document (/openapi.json of the live server).

For every endpoint the SDK calls: the route exists; each response model declares exactly the properties the
server's schema has (recursively, so nested objects too); and every field the SDK sends in a request body
is one the server's request schema accepts (the requests are recorded from real SDK calls).
"""

from __future__ import annotations

import json
import re
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Union, get_args, get_origin

import httpx
import pytest
from ozor_client import APIError, Ozor
from ozor_client._models import Model
from ozor_client.types import (
    ApiKey,
    Balance,
    CreatedApiKey,
    ExportStarted,
    Job,
    JobStarted,
    Message,
    Plan,
    SignIn,
    ToolTrace,
    Video,
    VideoList,
    VoiceList,
)  # fmt: skip

from tests.support import LiveServer, User

PNG = {"base64": "iVBORw0KGgo=", "mimeType": "image/png"}
MP4 = {"url": "https://example.com/v.mp4", "base64": "AAAA", "mimeType": "video/mp4", "durationSec": 2.0,
       "thumbnailUrl": "https://example.com/t.jpg"}  # fmt: skip
DOC = {"file": b"%PDF-1.4\n", "file_name": "a.pdf"}


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str
    response: type[Model] | None  # None: not JSON (SSE, audio) or a free-form document (the scene graph)
    envelope: str | None = None  # the property that wraps the model ({"plan": …}), or "[]" for a bare array
    call: Callable[[Ozor], Any] | None = None  # a call that sends every request field the SDK can send

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


ENDPOINTS = [
    Endpoint("POST", "/api/auth/signup", SignIn, call=lambda c: c.auth.signup("x@example.com", "pw")),
    Endpoint("POST", "/api/auth/login", SignIn, call=lambda c: c.auth.login("x@example.com", "pw")),
    Endpoint("POST", "/api/auth/refresh", SignIn, call=lambda c: c.auth.refresh("t")),
    Endpoint("POST", "/api/api-keys", CreatedApiKey, call=lambda c: c.api_keys.create("n")),
    Endpoint("GET", "/api/api-keys", ApiKey, envelope="[]"),
    Endpoint("DELETE", "/api/api-keys/{key_id}", Message),
    Endpoint("GET", "/api/v1/credits", Balance),
    Endpoint("GET", "/api/v1/videos", VideoList),
    Endpoint("GET", "/api/v1/videos/{video_id}", Video),
    Endpoint("POST", "/api/v1/videos/generate", JobStarted, call=lambda c: c.videos.generate(
        "p", aspect="9:16", export=True, export_quality="4k", export_is_public=True, images=[PNG], videos=[MP4])),
    Endpoint("POST", "/api/v1/videos", Video, call=lambda c: c.videos.create({"scenes": []})),
    Endpoint("GET", "/api/v1/videos/{video_id}/project", None),
    Endpoint("PUT", "/api/v1/videos/{video_id}/project", None),
    Endpoint("POST", "/api/v1/videos/{video_id}/export", ExportStarted,
             call=lambda c: c.videos.export("missing", quality="720p", is_public=True)),
    Endpoint("POST", "/api/v1/videos/{video_id}/message", JobStarted,
             call=lambda c: c.videos.message("missing", "m", images=[PNG], videos=[MP4])),
    Endpoint("GET", "/api/v1/videos/{video_id}/jobs/{job_id}", Job),
    Endpoint("GET", "/api/v1/videos/{video_id}/conversations/{conversation_id}/tool-trace", ToolTrace),
    Endpoint("GET", "/api/v1/documents/voices", VoiceList),
    Endpoint("GET", "/api/v1/documents/voices/{voice_id}/sample", None),
    Endpoint("POST", "/api/v1/documents/analyze", Plan, envelope="plan", call=lambda c: c.documents.analyze(
        **DOC, url="https://example.com", target_duration_sec=20, prompt="p", aspect_ratio="9:16")),
    Endpoint("GET", "/api/v1/documents/plans/{plan_id}", Plan, envelope="plan"),
    Endpoint("PATCH", "/api/v1/documents/plans/{plan_id}", Plan, envelope="plan",
             call=lambda c: c.documents.update_plan("missing", scenes=[{
                 "order": 1, "sceneTitle": "t", "scenePrompt": "p", "voiceoverText": "v",
                 "imageRefs": [{"storagePath": "s", "url": "u"}], "keyPoints": ["k"]}],
                 voice_settings={"voiceId": "aria", "speakingStyle": "calm", "speakingRate": 1.0})),
    Endpoint("POST", "/api/v1/documents/plans/{plan_id}/generate", None),
]  # fmt: skip


@pytest.fixture(scope="module")
def openapi(server: LiveServer) -> dict[str, Any]:
    return httpx.get(f"{server.url}/openapi.json").json()  # type: ignore[no-any-return]


def operation(openapi: dict[str, Any], endpoint: Endpoint) -> dict[str, Any]:
    found = openapi["paths"].get(endpoint.path, {}).get(endpoint.method.lower())
    assert found is not None, f"the server has no {endpoint}, which the SDK calls"
    return found  # type: ignore[no-any-return]


def resolve(openapi: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Follows $ref, and the `X | None` and single allOf wrappers pydantic emits."""
    while True:
        if "$ref" in schema:
            schema = openapi["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        elif "anyOf" in schema or "allOf" in schema:
            options = [s for s in schema.get("anyOf", schema.get("allOf")) if s.get("type") != "null"]
            if len(options) != 1:
                return schema
            schema = options[0]
        else:
            return schema


def model_of(tp: Any) -> type[Model] | None:
    """The Model class inside a field type (X, X | None, list[X]), if any."""
    if isinstance(tp, type) and issubclass(tp, Model):
        return tp
    if get_origin(tp) in (Union, types.UnionType, list):
        found = [model_of(a) for a in get_args(tp)]
        return next((f for f in found if f), None)
    return None


def mismatches(openapi: dict[str, Any], model: type[Model], schema: dict[str, Any], where: str) -> list[str]:
    schema = resolve(openapi, schema)
    if schema.get("type") == "array":
        schema = resolve(openapi, schema["items"])
    properties = schema.get("properties", {})
    declared = model.wire_names()
    problems = [
        f"{where}: the SDK declares {k!r}, the server does not send it"
        for k in declared
        if k not in properties
    ]
    problems += [f"{where}: the server sends {k!r}, {model.__name__} does not declare it" for k in properties
                 if k not in declared]  # fmt: skip
    for key, attribute in declared.items():
        inner = model_of(model.declared()[attribute])
        if inner and key in properties:
            problems += mismatches(openapi, inner, properties[key], f"{where}.{key}")
    return problems


@pytest.mark.parametrize("endpoint", [e for e in ENDPOINTS if e.response], ids=str)
def test_response_models_match_the_server(openapi: dict[str, Any], endpoint: Endpoint) -> None:
    responses = operation(openapi, endpoint)["responses"]
    content = responses.get("200", {}).get("content", {}).get("application/json", {})
    schema = resolve(openapi, content.get("schema", {}))
    if endpoint.envelope and endpoint.envelope != "[]":
        schema = resolve(openapi, schema.get("properties", {}).get(endpoint.envelope, {}))
    if endpoint.envelope == "[]":
        assert schema.get("type") == "array", f"{endpoint} answers {schema}"
    if not schema.get("properties") and not schema.get("items"):
        pytest.skip(f"the server publishes no response schema for {endpoint}")
    assert endpoint.response is not None
    assert mismatches(openapi, endpoint.response, schema, endpoint.response.__name__) == []


def sent_fields(request: httpx.Request) -> dict[str, Any]:
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        return {name.decode(): None for name in re.findall(rb'form-data; name="([^"]+)"', request.read())}
    return json.loads(request.content) if request.content else {}


def unknown_to(openapi: dict[str, Any], schema: dict[str, Any], sent: Any, where: str) -> list[str]:
    """Request fields the server's schema does not name, recursively through objects and arrays."""
    schema = resolve(openapi, schema)
    if isinstance(sent, list) and "items" in schema:
        return [p for item in sent for p in unknown_to(openapi, schema["items"], item, f"{where}[]")]
    if not isinstance(sent, dict) or "properties" not in schema:
        return []
    problems = []
    for key, value in sent.items():
        if key not in schema["properties"]:
            problems.append(f"{where}.{key}")
        else:
            problems += unknown_to(openapi, schema["properties"][key], value, f"{where}.{key}")
    return problems


@pytest.mark.parametrize("endpoint", [e for e in ENDPOINTS if e.call], ids=str)
def test_request_fields_are_known_to_the_server(
    openapi: dict[str, Any], server: LiveServer, user: User, endpoint: Endpoint
) -> None:
    body = operation(openapi, endpoint).get("requestBody", {}).get("content", {})
    schema = next(iter(body.values()), {}).get("schema", {})
    recorded: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [recorded.append]})
    with Ozor(user.key, server.url, id_token=user.id_token, http_client=http, max_retries=0) as client:
        try:
            endpoint.call(client)  # type: ignore[misc]
        except APIError:
            pass  # only what was sent matters here
    (request,) = recorded
    sent = sent_fields(request)
    assert sent, f"{endpoint}: nothing was sent"
    assert unknown_to(openapi, schema, sent, endpoint.path) == []
