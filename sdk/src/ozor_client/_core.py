"""The I/O-free core: every API call is written once, as a generator of effects.

A resource method yields `Send` (an HTTP request) and `Sleep` effects and returns its result; a
driver carries the effects out, synchronously (`Ozor`) or with asyncio (`AsyncOzor`). Retries, polling
cadence and error mapping live here, so the two clients cannot drift apart.

Imports point down only: `_client` → `_transport` (the httpx drivers) and `resources` → this core →
`_files`, `_sse` → `errors` → `types` → `_models`. The core names the drivers it needs as protocols
(`SyncDriver`, `AsyncDriver`) and the client as `Client`, so it never imports what sits above it.
"""

from __future__ import annotations

import email.utils
import functools
import json
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar, overload

import httpx

from ozor_client import errors

P = ParamSpec("P")
T = TypeVar("T")

IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
ProgressCallback = Callable[[int, int | None], None]


@dataclass(frozen=True)
class Request:
    method: str
    url: str  # a path under the base URL, or an absolute URL (e.g. a signed download URL)
    params: dict[str, Any] | None = None
    json: Any = None
    files: dict[str, Any] | None = None  # multipart parts, as httpx takes them
    auth: str | None = "api_key"  # "api_key", "id_token" or None
    idempotency_key: str | None = None  # sent as Idempotency-Key: makes a POST safe to retry

    @property
    def idempotent(self) -> bool:
        return self.method in IDEMPOTENT or self.idempotency_key is not None


@dataclass(frozen=True)
class Response:
    status: int
    headers: httpx.Headers
    content: bytes = b""

    def json(self) -> Any:
        return json.loads(self.content)


@dataclass(frozen=True)
class Send:
    """Perform `request`; with `dest`, stream a successful body into that file instead of memory."""

    request: Request
    dest: Path | None = None
    on_progress: ProgressCallback | None = None


@dataclass(frozen=True)
class Sleep:
    seconds: float


Effect = Send | Sleep
Op = Generator[Effect, Any, T]


@dataclass(frozen=True)
class EventStream(Generic[T]):
    """A request answered with text/event-stream: each `data:` JSON object becomes `parse(obj)`, or,
    when `named`, `parse({"event": name, "id": id, "data": obj})`."""

    request: Request
    parse: Callable[[dict[str, Any]], T]
    is_last: Callable[[T], bool] = field(default=lambda _event: False)
    named: bool = False


@dataclass(frozen=True)
class Done(Generic[T]):
    """An operation's result, yielded by `steps` after the operation's last effect."""

    value: T


def steps(op: Op[T]) -> Generator[Effect | Done[T], Any, None]:
    """`op`'s effects, then its result as `Done`: what a driver iterates to run an operation.

    Values sent and exceptions thrown into this generator reach `op`; closing it closes `op`.
    """
    yield Done((yield from op))


# The interfaces the core needs carried out; `_transport` implements them with httpx. A resource is
# typed by the one its client uses, which is how `Ozor` returns results and `AsyncOzor` awaitables.
class SyncDriver(Protocol):
    def run(self, op: Op[T]) -> T:
        """Carry out `op`'s effects, blocking, and return its result."""
        ...

    def events(self, spec: EventStream[T]) -> Iterator[T]:
        """Send `spec.request` and iterate its parsed events."""
        ...


class AsyncDriver(Protocol):
    def run(self, op: Op[T]) -> Awaitable[T]:
        """Carry out `op`'s effects with asyncio; await the result."""
        ...

    def events(self, spec: EventStream[T]) -> AsyncIterator[T]:
        """Send `spec.request` and iterate its parsed events asynchronously."""
        ...


D = TypeVar("D", SyncDriver, AsyncDriver)


class Client(Protocol[D]):
    """What a resource needs of the client that owns it (`BaseClient` in `_client` is the one)."""

    max_retries: int
    _driver: D


def call(
    request: Request,
    max_retries: int,
    dest: Path | None = None,
    on_progress: ProgressCallback | None = None,
) -> Op[Response]:
    """Send with retries (connection errors and 5xx, idempotent requests only) and map error statuses."""
    attempt = 0
    while True:
        retry_after: float | None = None
        try:
            response: Response = yield Send(request, dest, on_progress)
        except errors.APIConnectionError:
            if not request.idempotent or attempt >= max_retries:
                raise
        else:
            if response.status < 400:
                return response
            # 409 with a key: the first request with this key is still running; its answer will come
            busy = response.status == 409 and request.idempotency_key is not None
            if (response.status < 500 and not busy) or not request.idempotent or attempt >= max_retries:
                raise errors.from_response(response.status, response.content, response.headers)
            retry_after = retry_after_seconds(response.headers)
        yield Sleep(retry_after if retry_after is not None else backoff(attempt))
        attempt += 1


def backoff(attempt: int) -> float:
    """0.5 s, 1 s, 2 s, … capped at 8 s, with jitter so that many clients do not retry in step."""
    return min(8.0, 0.5 * 2.0 ** min(attempt, 4)) * random.uniform(0.75, 1.0)


def retry_after_seconds(headers: httpx.Headers) -> float | None:
    """`Retry-After` as seconds (either form the HTTP spec allows), capped at a minute."""
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        if parsed is None:
            return None
        seconds = parsed.timestamp() - time.time()
    return max(0.0, min(60.0, seconds))


def poll_delay(elapsed: float, headers: httpx.Headers) -> float:
    """The reference's cadence: every 2 s for the first minute, then every 5 s, unless told otherwise."""
    told = retry_after_seconds(headers)
    if told is not None:
        return told
    return 2.0 if elapsed < 60 else 5.0


class Resource(Generic[D]):
    """A group of endpoints; its methods are written once and run by the client's driver."""

    def __init__(self, client: Client[D]):
        self._client: Client[D] = client

    def _call(
        self, request: Request, dest: Path | None = None, on_progress: ProgressCallback | None = None
    ) -> Op[Response]:
        # The client's setting at the time of the call: `client.max_retries` may change after construction.
        return call(request, self._client.max_retries, dest, on_progress)


class _Method:
    """Binds a resource function to the client's driver: `drive` names the driver method that runs it."""

    drive: str

    def __init__(self, fn: Callable[..., Any]):
        self.fn = fn
        # What functools.update_wrapper does (typeshed types its wrapper as a callable; this is a descriptor).
        for name in functools.WRAPPER_ASSIGNMENTS:
            if hasattr(fn, name):
                setattr(self, name, getattr(fn, name))
        self.__dict__.update(fn.__dict__)
        self.__wrapped__ = fn

    def _bind(self, obj: Resource[Any] | None) -> Any:
        if obj is None:
            return self
        drive, fn = getattr(obj._client._driver, self.drive), self.fn

        @functools.wraps(fn)
        def bound(*args: Any, **kwargs: Any) -> Any:
            return drive(fn(obj, *args, **kwargs))

        return bound


class operation(_Method, Generic[P, T]):
    """Turns a generator method into a plain method on `Ozor` and a coroutine method on `AsyncOzor`."""

    drive = "run"

    def __init__(self, fn: Callable[Concatenate[Any, P], Op[T]]):
        super().__init__(fn)

    @overload
    def __get__(self, obj: Resource[SyncDriver], owner: Any) -> Callable[P, T]: ...
    @overload
    def __get__(self, obj: Resource[AsyncDriver], owner: Any) -> Callable[P, Awaitable[T]]: ...
    @overload
    def __get__(self, obj: None, owner: Any) -> operation[P, T]: ...
    def __get__(self, obj: Any, owner: Any) -> Any:
        return self._bind(obj)


class stream(_Method, Generic[P, T]):
    """Like `operation`, for server-sent events: an iterator on `Ozor`, an async iterator on `AsyncOzor`."""

    drive = "events"

    def __init__(self, fn: Callable[Concatenate[Any, P], EventStream[T]]):
        super().__init__(fn)

    @overload
    def __get__(self, obj: Resource[SyncDriver], owner: Any) -> Callable[P, Iterator[T]]: ...
    @overload
    def __get__(self, obj: Resource[AsyncDriver], owner: Any) -> Callable[P, AsyncIterator[T]]: ...
    @overload
    def __get__(self, obj: None, owner: Any) -> stream[P, T]: ...
    def __get__(self, obj: Any, owner: Any) -> Any:
        return self._bind(obj)
