"""The SDK against a live server: every test runs once with `Ozor` and once with `AsyncOzor`."""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from ozor_client import AsyncOzor, Ozor
from ozor_client._core import Resource
from ozor_client._models import Model

from tests.support import LiveServer, User, new_user


class Blocking:
    """Drives an AsyncOzor from synchronous test code on one event loop, so one suite serves both clients."""

    def __init__(self, target: Any, loop: asyncio.AbstractEventLoop):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_loop", loop)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if isinstance(value, Resource):
            return Blocking(value, self._loop)
        if callable(value) and not isinstance(value, type):
            return functools.wraps(value)(lambda *a, **k: self._resolve(value(*a, **k)))
        return value

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._target, name, value)

    def _resolve(self, result: Any) -> Any:
        if inspect.isawaitable(result):
            return self._loop.run_until_complete(result)
        if isinstance(result, AsyncIterator):
            return self._iterate(result)
        return result

    def _iterate(self, events: AsyncIterator[Any]) -> Iterator[Any]:
        try:
            while True:
                try:
                    yield self._loop.run_until_complete(events.__anext__())
                except StopAsyncIteration:
                    return
        finally:  # a stream left early (live events never end) is closed on the loop it runs on
            closing = getattr(events, "aclose", None)
            if closing is not None:
                self._loop.run_until_complete(closing())


@pytest.fixture()
def user(client: httpx.Client) -> User:
    return new_user(client)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make_sdk(mode: str, server: LiveServer, api_key: str | None, **options: Any) -> Iterator[Any]:
    if mode == "sync":
        with Ozor(api_key, server.url, **options) as sdk:
            yield sdk
        return
    loop = asyncio.new_event_loop()
    sdk = AsyncOzor(api_key, server.url, **options)
    try:
        yield Blocking(sdk, loop)
    finally:
        loop.run_until_complete(sdk.close())
        loop.close()


@pytest.fixture()
def sdk(mode: str, server: LiveServer, user: User) -> Iterator[Any]:
    """A client with the user's API key and ID token, sync or async."""
    yield from make_sdk(mode, server, user.key, id_token=user.id_token)


def unknown_anywhere(model: Model, where: str = "") -> dict[str, Any]:
    """Fields a live response carried that the SDK's types do not declare, nested objects included.

    The contract test reads the server's OpenAPI document; routes that publish no response schema are
    held to the same standard here, on real answers.
    """
    where = where or type(model).__name__
    found = {f"{where}.{k}": v for k, v in model.unknown_fields().items()}
    for name in model.declared():
        value = getattr(model, name)
        for i, item in enumerate(value if isinstance(value, list) else [value]):
            if isinstance(item, Model):
                found.update(
                    unknown_anywhere(
                        item, f"{where}.{name}[{i}]" if isinstance(value, list) else f"{where}.{name}"
                    )
                )
    return found
