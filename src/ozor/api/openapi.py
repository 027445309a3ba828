"""The OpenAPI document as the server really behaves: the statuses it sends (every error a
{"detail"} object, never 422), the media types of its binary and streaming answers, the bodies the
routes parse themselves, and the two ways of authenticating as security schemes.

FastAPI's generated document is the starting point; the statuses come from each route's own
dependencies (an API key or an ID token: 401; an owned resource in the path: 403/404; any input:
400) plus the few that only the route's work can cause (`EXTRA_STATUSES`).
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute, RouteContext, iter_route_contexts

from ozor.accounts.accounts import MIN_PASSWORD
from ozor.api import idempotency
from ozor.api.deps import api_key_caller, token_caller
from ozor.api.schemas import JobStatus, PlanPatch, PlanView, VideoDetail
from ozor.scene.models import Project

ERROR_REF = {"$ref": "#/components/schemas/ErrorDetail"}
STATUS_WORDS = {
    400: "Invalid input: a malformed body or parameter, a limit, or the resource's state",
    401: "Missing, malformed, unknown or revoked credentials",
    402: "The available credits do not cover the cost",
    403: "The resource belongs to another account (or a file URL's signature is wrong)",
    404: "No such resource",
    408: "The request body did not arrive in time",
    409: "A request with this Idempotency-Key is still running (or made a key, whose secret is not kept)",
    500: "An upstream step (fetch, analysis, synthesis) failed; safe to retry",
}
OWNED_PATH_PARAMS = {"video_id", "plan_id"}  # someone else's: 403; nobody's: 404
FOUND_PATH_PARAMS = {
    "job_id",
    "conversation_id",
    "key_id",
    "share_code",
    "path",
    "number",
}  # 404 when unknown
EXTRA_STATUSES: dict[tuple[str, str], set[int]] = {
    ("POST", "/api/v1/videos/generate"): {402},
    ("POST", "/api/v1/videos/{video_id}/message"): {402},
    ("POST", "/api/v1/documents/analyze"): {402, 500},
    ("POST", "/api/v1/documents/plans/{plan_id}/generate"): {402},
    ("GET", "/api/v1/documents/voices/{voice_id}/sample"): {500},
    ("GET", "/files/{path}"): {403},
}
BINARY = {"type": "string", "format": "binary"}
SUCCESS_CONTENT: dict[tuple[str, str], dict[str, Any]] = {
    ("GET", "/v/{share_code}.mp4"): {"video/mp4": {"schema": BINARY}},
    ("GET", "/files/{path}"): {"*/*": {"schema": BINARY}},  # whatever was stored
    ("GET", "/api/v1/documents/voices/{voice_id}/sample"): {"audio/wav": {"schema": BINARY}},
    ("POST", "/api/v1/documents/plans/{plan_id}/generate"): {
        "text/event-stream": {
            "schema": {"type": "string", "description": "`data: {step, detail, pct}` events, then `done`"}
        }
    },
    ("GET", "/api/v1/videos/{video_id}/events"): {
        "text/event-stream": {
            "schema": {
                "type": "string",
                "description": "`event: video` (the status now), then `tool.call`, `job.status` and "
                "`export.progress` events, each with an `id:` to resume from (Last-Event-ID)",
            }
        }
    },
    ("GET", "/api/v1/videos/{video_id}/project"): {
        "application/json": {"schema": {"$ref": "#/components/schemas/Project"}}
    },
    ("PUT", "/api/v1/videos/{video_id}/project"): {
        "application/json": {"schema": {"$ref": "#/components/schemas/Project"}}
    },
}
RANGED = {("GET", "/v/{share_code}.mp4"), ("GET", "/files/{path}")}  # players ask for byte ranges
SELF_PARSED_BODIES: dict[tuple[str, str], dict[str, Any]] = {
    ("POST", "/api/v1/videos"): {
        "type": "object",
        "required": ["project"],
        "properties": {"project": {"$ref": "#/components/schemas/Project"}},
    },
    ("PUT", "/api/v1/videos/{video_id}/project"): {"$ref": "#/components/schemas/Project"},
    ("PATCH", "/api/v1/documents/plans/{plan_id}"): {"$ref": "#/components/schemas/PlanPatch"},
}
SIGN_UP = {
    "type": "object",
    "required": ["email", "password"],
    "properties": {
        "email": {"type": "string", "maxLength": 320, "pattern": r"^[^@\s]+@[^@\s]+\.[^@\s]+$"},
        "password": {"type": "string", "minLength": MIN_PASSWORD, "maxLength": 1024},
    },
}
SECURITY_SCHEMES = {
    "ApiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
    "IdToken": {"type": "http", "scheme": "bearer", "description": "an ID token from /api/auth or Firebase"},
}
AUTH_HEADERS = {"x-api-key": "ApiKey", "authorization": "IdToken"}
IDEMPOTENCY_KEY = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "description": "A retry with the same key and body gets the first answer again (kept 24 h)",
    "schema": {"type": "string", "minLength": 1, "maxLength": idempotency.MAX_KEY, "pattern": "^[ -~]+$"},
}


OPTIONS = {  # api/allow.py
    "summary": "The methods this path answers",
    "responses": {
        "204": {
            "description": "No body; the Allow header lists the methods",
            "headers": {"Allow": {"schema": {"type": "string"}, "required": True}},
        },
        "404": {  # a value no route takes (a newline in a file path)
            "description": STATUS_WORDS[404],
            "content": {"application/json": {"schema": ERROR_REF}},
        },
    },
}


# The webhook events (OpenAPI 3.1 `webhooks`): each body is what the poll endpoint answers.
WEBHOOK_BODIES = {
    "job.completed": "JobStatus",
    "job.failed": "JobStatus",
    "export.completed": "VideoDetail",
    "export.failed": "VideoDetail",
    "plan.generated": "PlanView",
}
WEBHOOK_HEADERS = [
    ("webhook-id", "The delivery's id (msg_…), the same on every retry: de-duplicate by it"),
    ("webhook-timestamp", "Epoch seconds of this attempt"),
    (
        "webhook-signature",
        "`v1,<base64 HMAC-SHA256 of id.timestamp.body>`, space separated while a rotated "
        "secret is still valid (Standard Webhooks)",
    ),
    ("ozor-event", "The event's name"),
]


def _webhooks() -> dict[str, Any]:
    params = [
        {"name": name, "in": "header", "required": True, "description": words, "schema": {"type": "string"}}
        for name, words in WEBHOOK_HEADERS
    ]
    return {
        event: {
            "post": {
                "summary": f"{event}: the poll endpoint's JSON, signed",
                "description": "Sent to the request's webhookUrl, else the account's default (Settings → "
                "Webhooks). Answer 2xx; anything else is retried with exponential backoff for 24 h.",
                "parameters": params,
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{body}"}}},
                },
                "responses": {"200": {"description": "Received (any 2xx)"}},
            }
        }
        for event, body in WEBHOOK_BODIES.items()
    }


def install(app: FastAPI) -> None:
    """Replace `app.openapi` with the accurate document (built once, on first request)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            base = get_openapi(title=app.title, version=app.version, routes=app.routes)
            app.openapi_schema = accurate(app, base)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def accurate(app: FastAPI, doc: dict[str, Any]) -> dict[str, Any]:
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    schemas["ErrorDetail"] = {
        "type": "object",
        "required": ["detail"],
        "properties": {"detail": {"type": "string"}},
    }
    schemas["SignUpRequest"] = SIGN_UP
    _add_model(schemas, Project)
    _add_model(schemas, PlanPatch)
    for model in (JobStatus, VideoDetail, PlanView):
        _add_model(schemas, model)
    doc["webhooks"] = _webhooks()
    doc["components"]["securitySchemes"] = SECURITY_SCHEMES
    for route in iter_route_contexts(app.routes):  # included routers' routes, with their prefixes
        if not isinstance(route.original_route, APIRoute) or not route.include_in_schema:
            continue
        for method in route.methods or ():
            operation = doc["paths"].get(route.path_format, {}).get(method.lower())
            if operation is not None:
                _fix_operation(route, method, operation)
    for path, operations in doc["paths"].items():
        name = re.sub(r"[^a-z0-9]+", "_", path.lower()).strip("_")
        in_path = {
            p["name"]: p for op in operations.values() for p in op.get("parameters", []) if p["in"] == "path"
        }
        operations["options"] = {**OPTIONS, "operationId": f"options_{name}"}
        if in_path:
            operations["options"]["parameters"] = list(in_path.values())
    return doc


def _add_model(schemas: dict[str, Any], model: type[Any]) -> None:
    """A Pydantic model's JSON Schema (by alias) as a component, its sub-models beside it."""
    schema = model.model_json_schema(by_alias=True, ref_template="#/components/schemas/{model}")
    schemas.update(schema.pop("$defs", {}))
    schemas[model.__name__] = schema


def _fix_operation(route: RouteContext, method: str, operation: dict[str, Any]) -> None:
    key = (method, route.path_format)
    calls = {d.call for d in _flat(route.dependant)}
    params = operation.get("parameters", [])
    schemes = [
        AUTH_HEADERS[p["name"]] for p in params if p.get("in") == "header" and p["name"] in AUTH_HEADERS
    ]
    operation["parameters"] = [
        p for p in params if not (p.get("in") == "header" and p["name"] in AUTH_HEADERS)
    ]
    if schemes:
        operation["security"] = [{s: []} for s in dict.fromkeys(schemes)]
    if schemes and method == "POST":  # api/idempotency.py
        operation["parameters"].append(IDEMPOTENCY_KEY)
    if not operation["parameters"]:
        del operation["parameters"]
    if key in SELF_PARSED_BODIES:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": SELF_PARSED_BODIES[key]}},
        }
    if key == ("POST", "/api/auth/signup"):
        operation["requestBody"]["content"]["application/json"]["schema"] = {
            "$ref": "#/components/schemas/SignUpRequest"
        }

    statuses = set(EXTRA_STATUSES.get(key, ()))
    if api_key_caller in calls or token_caller in calls:
        statuses.add(401)
    path_params = {p.name for p in route.dependant.path_params} | {
        p.name for d in _flat(route.dependant) for p in d.path_params
    }
    if path_params & OWNED_PATH_PARAMS:
        statuses |= {403, 404}
    if path_params & FOUND_PATH_PARAMS:
        statuses.add(404)
    if "parameters" in operation or "requestBody" in operation:
        statuses.add(400)
    if "requestBody" in operation:
        statuses.add(408)
    if schemes and method == "POST":
        statuses.add(409)

    responses = operation["responses"]
    responses.pop("422", None)
    if key in SUCCESS_CONTENT:
        responses["200"]["content"] = SUCCESS_CONTENT[key]
    if key in RANGED:  # a Range header is answered by the file server itself
        responses["206"] = {"description": "The byte range asked for", "content": SUCCESS_CONTENT[key]}
        responses["416"] = {
            "description": "The byte range asked for is outside the file",
            "content": {"text/plain": {"schema": {"type": "string"}}},
        }
    for status in sorted(statuses):
        content = {"application/json": {"schema": ERROR_REF}}
        responses[str(status)] = {"description": STATUS_WORDS[status], "content": content}


def _flat(dependant: Dependant) -> list[Dependant]:
    out, stack = [], [dependant]
    while stack:
        d = stack.pop()
        out.append(d)
        stack.extend(d.dependencies)
    return out
