"""The two drivers that carry out the core's effects: blocking (httpx.Client) and asyncio (httpx.AsyncClient).

Only the waiting differs between them; what to send, how to retry and how to read a stream is shared.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Generic, TypeVar

import httpx

from ozor_client import errors
from ozor_client._core import (
    AsyncDriver,
    Done,
    Effect,
    EventStream,
    Op,
    ProgressCallback,
    Request,
    Response,
    Send,
    Sleep,
    SyncDriver,
    steps,
)
from ozor_client._sse import SSEDecoder

T = TypeVar("T")
RequestArgs = Callable[[Request], dict[str, Any]]  # Request → httpx build_request() arguments


@contextmanager
def transport_errors(request: httpx.Request) -> Iterator[None]:
    """httpx's network failures as the client's own exceptions."""
    try:
        yield
    except httpx.TimeoutException as e:
        raise errors.TimeoutError(f"Request timed out: {request.method} {request.url}") from e
    except httpx.TransportError as e:
        raise errors.APIConnectionError(f"Connection error on {request.method} {request.url}: {e}") from e


class FileSink:
    """Writes a download beside its destination and moves it into place only once it is complete."""

    def __init__(self, dest: Path, response: httpx.Response, on_progress: ProgressCallback | None):
        self.dest = dest
        self.part = dest.with_name(dest.name + ".part")
        length = response.headers.get("content-length")
        self.total = int(length) if length and length.isdigit() else None
        self.done = 0
        self.on_progress = on_progress
        dest.parent.mkdir(parents=True, exist_ok=True)
        self.file = self.part.open("wb")

    def write(self, chunk: bytes) -> None:
        self.file.write(chunk)
        self.done += len(chunk)
        if self.on_progress:
            self.on_progress(self.done, self.total)

    def finish(self, ok: bool) -> None:
        self.file.close()
        if ok:
            os.replace(self.part, self.dest)
        else:
            self.part.unlink(missing_ok=True)


class EventReader(Generic[T]):
    """Turns stream lines into parsed events and notices a stream that stops before its last event."""

    def __init__(self, spec: EventStream[T]):
        self.spec = spec
        self.decoder = SSEDecoder()
        self.finished = False

    def feed(self, line: str) -> list[T]:
        data = self.decoder.feed(line)
        return self._emit(data)

    def end(self) -> list[T]:
        events = self._emit(self.decoder.close())
        if not self.finished:
            raise errors.APIConnectionError("The event stream ended before its final event")
        return events

    def _emit(self, data: dict[str, Any] | None) -> list[T]:
        if data is None or self.finished:
            return []
        if self.spec.named:
            data = {"event": self.decoder.name or "message", "id": self.decoder.event_id, "data": data}
        event = self.spec.parse(data)  # raises on an error event
        self.finished = self.spec.is_last(event)
        return [event]


def _error(response: httpx.Response) -> errors.APIError:
    return errors.from_response(response.status_code, response.content, response.headers)


class HttpxDriver(SyncDriver):
    """Runs the core's operations on an httpx.Client, blocking."""

    def __init__(self, http: httpx.Client, request_args: RequestArgs):
        self.http = http
        self.request_args = request_args

    def run(self, op: Op[T]) -> T:
        value: Any = None
        error: errors.OzorError | None = None
        running = steps(op)
        try:
            while True:
                step = running.throw(error) if error else running.send(value)
                if isinstance(step, Done):
                    return step.value
                value, error = None, None
                try:
                    value = self._perform(step)
                except errors.OzorError as e:
                    error = e
        finally:
            running.close()

    def _perform(self, effect: Effect) -> Any:
        if isinstance(effect, Sleep):
            time.sleep(effect.seconds)
            return None
        return self._send(effect)

    def _send(self, send: Send) -> Response:
        request = self.http.build_request(**self.request_args(send.request))
        with transport_errors(request):
            response = self.http.send(request, stream=True)
            try:
                if send.dest is None or response.status_code >= 300:
                    return Response(response.status_code, response.headers, response.read())
                sink, ok = FileSink(send.dest, response, send.on_progress), False
                try:
                    for chunk in response.iter_bytes():
                        sink.write(chunk)
                    ok = True
                finally:
                    sink.finish(ok)
                return Response(response.status_code, response.headers)
            finally:
                response.close()

    def events(self, spec: EventStream[T]) -> Iterator[T]:
        request = self.http.build_request(**self.request_args(spec.request))
        reader = EventReader(spec)
        with transport_errors(request):
            response = self.http.send(request, stream=True)
            try:
                if response.status_code >= 400:
                    response.read()
                    raise _error(response)
                for line in response.iter_lines():
                    yield from reader.feed(line)
                    if reader.finished:
                        return
            finally:
                response.close()
        yield from reader.end()


class AsyncHttpxDriver(AsyncDriver):
    """Runs the core's operations on an httpx.AsyncClient, with asyncio."""

    def __init__(self, http: httpx.AsyncClient, request_args: RequestArgs):
        self.http = http
        self.request_args = request_args

    async def run(self, op: Op[T]) -> T:
        value: Any = None
        error: errors.OzorError | None = None
        running = steps(op)
        try:
            while True:
                step = running.throw(error) if error else running.send(value)
                if isinstance(step, Done):
                    return step.value
                value, error = None, None
                try:
                    value = await self._perform(step)
                except errors.OzorError as e:
                    error = e
        finally:
            running.close()

    async def _perform(self, effect: Effect) -> Any:
        if isinstance(effect, Sleep):
            await asyncio.sleep(effect.seconds)
            return None
        return await self._send(effect)

    async def _send(self, send: Send) -> Response:
        request = self.http.build_request(**self.request_args(send.request))
        with transport_errors(request):
            response = await self.http.send(request, stream=True)
            try:
                if send.dest is None or response.status_code >= 300:
                    return Response(response.status_code, response.headers, await response.aread())
                sink, ok = FileSink(send.dest, response, send.on_progress), False
                try:
                    async for chunk in response.aiter_bytes():
                        sink.write(chunk)
                    ok = True
                finally:
                    sink.finish(ok)
                return Response(response.status_code, response.headers)
            finally:
                await response.aclose()

    async def events(self, spec: EventStream[T]) -> AsyncIterator[T]:
        request = self.http.build_request(**self.request_args(spec.request))
        reader = EventReader(spec)
        with transport_errors(request):
            response = await self.http.send(request, stream=True)
            try:
                if response.status_code >= 400:
                    await response.aread()
                    raise _error(response)
                async for line in response.aiter_lines():
                    for event in reader.feed(line):
                        yield event
                    if reader.finished:
                        return
            finally:
                await response.aclose()
        for event in reader.end():
            yield event
