"""A deadline on reading a request body: a client whose Content-Length promises more than it sends
would otherwise hold a connection (and a worker thread waiting on it) open forever."""

from __future__ import annotations

import asyncio
import time

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyDeadline:
    """ASGI middleware: the whole body must arrive within `seconds` of the first read, else 408.

    The timeout is raised as an HTTPException from `receive`, which FastAPI's body parsing passes
    through untouched, so every route (JSON, multipart, raw) answers the same {"detail"} 408.
    """

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        deadline: float | None = None
        complete = False
        seconds = self.seconds

        async def timed_receive() -> Message:
            """Timed until the last body chunk; later reads (a stream waiting for the client to
            disconnect) wait as long as they like."""
            nonlocal deadline, complete
            if complete:
                return await receive()
            if deadline is None:
                deadline = time.monotonic() + seconds
            try:
                message = await asyncio.wait_for(receive(), max(0.0, deadline - time.monotonic()))
            except TimeoutError:
                raise HTTPException(408, f"The request body did not arrive within {seconds:g} s") from None
            complete = message["type"] != "http.request" or not message.get("more_body", False)
            return message

        await self.app(scope, timed_receive, send)
