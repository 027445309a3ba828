"""Idempotency-Key on every authenticated POST (as Stripe does): the first answer is kept 24 h per key
and account, and a retry with the same key and body gets it again instead of doing the work twice.

- Same key, same body, first request finished: its stored status and body, with
  `Idempotent-Replayed: true`.
- Same key, same body, first request still running (a concurrent retry): wait for it (up to
  `WAIT_SEC`), then replay; 409 if it is still running, since trying again later is the fix.
- Same key, different body: 400 — a client bug that no retry can fix (Stripe answers the same);
  409 is kept for the retryable case above, as the IETF Idempotency-Key draft uses it.
- A 5xx answer is not kept: the spec calls those safe to retry, so the retry runs again.
- Key creation's answer holds a secret shown once; it is not stored, so its replay is a 409 that
  says the key was created.

The fingerprint is the method, path, query and body; a multipart body's random boundary is left out,
so a client that re-encodes the same form on retry still matches. Requests without a valid key or
token pass through untouched (the route answers 401).
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import anyio
from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ozor.accounts import api_keys
from ozor.context import AppContext
from ozor.db.models import IdempotentRequest
from ozor.db.timefmt import aware, utcnow
from ozor.errors import OzorError

HEADER = "idempotency-key"
KEEP = timedelta(hours=24)
WAIT_SEC = 30.0
MAX_KEY = 255
UNSTORED = ("/api/api-keys",)  # answers that hold a secret shown once


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str | None
    body: bytes


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or not scope["path"].startswith("/api/"):
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        key = headers.get(HEADER)
        if key is None:
            return await self.app(scope, receive, send)
        if not 1 <= len(key) <= MAX_KEY or not key.isprintable() or not key.isascii():
            return await _json(send, 400, f"Idempotency-Key must be 1-{MAX_KEY} printable ASCII characters")
        ctx: AppContext = scope["app"].state.ctx
        account = await anyio.to_thread.run_sync(_account, ctx, headers)
        if account is None:
            return await self.app(scope, receive, send)
        body = await _read_body(receive)
        fingerprint = _fingerprint(scope, headers.get("content-type", ""), body)
        outcome = await _begin(ctx, account, key, fingerprint)
        if outcome == "mismatch":
            return await _json(
                send, 400, "This Idempotency-Key was used with a different request; use a new key for it"
            )
        if outcome == "running":
            return await _json(send, 409, "A request with this Idempotency-Key is still running; retry later")
        if isinstance(outcome, Answer):
            return await _replay(send, outcome)
        await self._first(scope, receive, body, send, ctx, account, key)

    async def _first(
        self, scope: Scope, receive: Receive, body: bytes, send: Send, ctx: AppContext, account: str, key: str
    ) -> None:
        """Run the request once, keeping its answer for the retries."""
        sent = False

        async def replay_body() -> Message:
            nonlocal sent
            if sent:  # the body was read: what comes next is the real disconnect (streams wait for it)
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        status, content_type, chunks, finished = 500, None, [], False

        async def capture(message: Message) -> None:
            nonlocal status, content_type, finished
            if message["type"] == "http.response.start":
                status = message["status"]
                for name, value in message.get("headers", []):
                    if name.lower() == b"content-type":
                        content_type = value.decode("latin-1")
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                finished = not message.get("more_body", False)
            await send(message)

        try:
            await self.app(scope, replay_body, capture)
        finally:
            keep = finished and status < 500
            answer = Answer(status, content_type, b"".join(chunks))
            if keep and scope["path"].startswith(UNSTORED):
                answer = Answer(
                    409,
                    "application/json",
                    _detail(
                        "This request succeeded already; its answer "
                        "holds a secret that is shown once and was not kept"
                    ),
                )
            await anyio.to_thread.run_sync(_finish, ctx, account, key, answer if keep else None)


def _account(ctx: AppContext, headers: dict[str, str]) -> str | None:
    """The account behind the request's API key or ID token; None when it has neither valid."""
    try:
        if headers.get("x-api-key"):
            return api_keys.lookup(ctx.db.points, headers["x-api-key"]).account_id
        scheme, _, token = headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            with ctx.db.session() as session:
                return ctx.identity.account_for_bearer(session, token.strip()).id
    except OzorError:
        return None
    return None


async def _read_body(receive: Receive) -> bytes:
    parts = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        parts.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(parts)


def _fingerprint(scope: Scope, content_type: str, body: bytes) -> str:
    _, _, boundary = content_type.partition("boundary=")
    if boundary:
        body = body.replace(boundary.strip('"').encode("latin-1"), b"")
    digest = hashlib.sha256()
    for part in (scope["method"].encode(), scope["path"].encode(), scope.get("query_string", b""), body):
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


async def _begin(ctx: AppContext, account: str, key: str, fingerprint: str) -> str | Answer:
    """'new' (this request runs), 'mismatch', 'running' (after waiting), or the stored Answer."""
    deadline = time.monotonic() + WAIT_SEC
    while True:
        outcome = await anyio.to_thread.run_sync(_claim, ctx, account, key, fingerprint)
        if outcome != "running" or time.monotonic() > deadline:
            return outcome
        await anyio.sleep(0.1)


def _claim(ctx: AppContext, account: str, key: str, fingerprint: str) -> str | Answer:
    try:
        with ctx.db.session() as session:
            row = session.get(IdempotentRequest, (account, key))
            if row is not None and aware(row.expires_at) < utcnow():
                session.delete(row)
                session.flush()
                row = None
            if row is None:
                session.add(
                    IdempotentRequest(
                        account_id=account, key=key, fingerprint=fingerprint, expires_at=utcnow() + KEEP
                    )
                )
                return "new"
            if row.fingerprint != fingerprint:
                return "mismatch"
            if row.status_code is None or row.body is None:
                return "running"
            return Answer(row.status_code, row.content_type, row.body)
    except IntegrityError:  # a concurrent first request inserted it (PostgreSQL): it is running
        return "running"


def _finish(ctx: AppContext, account: str, key: str, answer: Answer | None) -> None:
    """Keep the answer, or forget the key (a 5xx or a broken stream) so that a retry runs afresh."""
    where = (IdempotentRequest.account_id == account, IdempotentRequest.key == key)
    with ctx.db.session() as session:
        if answer is None:
            session.execute(delete(IdempotentRequest).where(*where))
        else:
            values: dict[str, Any] = {
                "status_code": answer.status,
                "content_type": answer.content_type,
                "body": answer.body,
            }
            session.execute(update(IdempotentRequest).where(*where).values(**values))


def _detail(text: str) -> bytes:
    return json.dumps({"detail": text}).encode()


async def _json(send: Send, status: int, detail: str) -> None:
    await _replay(send, Answer(status, "application/json", _detail(detail)), replayed=False)


async def _replay(send: Send, answer: Answer, *, replayed: bool = True) -> None:
    headers = [(b"content-length", str(len(answer.body)).encode())]
    if answer.content_type:
        headers.append((b"content-type", answer.content_type.encode("latin-1")))
    if replayed:
        headers.append((b"idempotent-replayed", b"true"))
    await send({"type": "http.response.start", "status": answer.status, "headers": headers})
    await send({"type": "http.response.body", "body": answer.body, "more_body": False})
