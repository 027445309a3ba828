"""`Ozor` and `AsyncOzor`: configuration, authentication headers and the resources, shared by both."""

from __future__ import annotations

import os
from typing import Any, Generic, Self

import httpx

from ozor_client._core import AsyncDriver, D, Request, SyncDriver
from ozor_client._transport import AsyncHttpxDriver, HttpxDriver
from ozor_client._version import __version__
from ozor_client.resources.api_keys import ApiKeys
from ozor_client.resources.auth import Auth
from ozor_client.resources.credits import Credits
from ozor_client.resources.documents import Documents
from ozor_client.resources.videos import Videos

DEFAULT_BASE_URL = "https://ozor.ai"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)


class BaseClient(Generic[D]):
    """`api_key` authenticates /api/v1/*; `id_token` (a Firebase or server ID token) the key management.

    Both are plain attributes: set `client.id_token = client.auth.login(...).id_token` after signing in.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        id_token: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        default_headers: dict[str, str] | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
    ) -> None:
        """`http_client`: your own httpx.Client (Ozor) or httpx.AsyncClient (AsyncOzor): proxies, hooks, TLS."""
        self.api_key = api_key if api_key is not None else os.environ.get("OZOR_API_KEY")
        self.base_url = httpx.URL(
            (base_url or os.environ.get("OZOR_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        )
        self.id_token = id_token
        self.timeout = timeout
        self.max_retries = max_retries
        self.default_headers = {
            "User-Agent": f"ozor-client/{__version__} (python httpx)",
            **(default_headers or {}),
        }
        self.videos: Videos[D] = Videos(self)
        self.documents: Documents[D] = Documents(self)
        self.api_keys: ApiKeys[D] = ApiKeys(self)
        self.credits: Credits[D] = Credits(self)
        self.auth: Auth[D] = Auth(self)
        self._driver: D = self._connect(http_client)

    def _connect(self, http_client: httpx.Client | httpx.AsyncClient | None) -> D:
        raise NotImplementedError

    def _request_args(self, request: Request) -> dict[str, Any]:
        """What httpx's build_request needs for `request`: absolute URL, credentials, timeout."""
        url = httpx.URL(request.url)
        own = url.is_relative_url or (url.scheme, url.host, url.port) == (
            self.base_url.scheme,
            self.base_url.host,
            self.base_url.port,
        )
        if url.is_relative_url:
            url = httpx.URL(str(self.base_url) + request.url)
        headers = {"Accept": "application/json", **self.default_headers}
        # Credentials go only to our own server, never to a storage host behind a signed download URL.
        if own and request.auth == "api_key" and self.api_key:
            headers["X-API-Key"] = self.api_key
        elif own and request.auth == "id_token" and self.id_token:
            headers["Authorization"] = f"Bearer {self.id_token}"
        if request.idempotency_key is not None:
            headers["Idempotency-Key"] = request.idempotency_key
        return {
            "method": request.method,
            "url": url,
            "params": request.params,
            "json": request.json,
            "files": request.files,
            "headers": headers,
            "timeout": self.timeout,
        }

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r})"


class Ozor(BaseClient[SyncDriver]):
    """The blocking client. Use as a context manager, or call `close()`, to release connections."""

    def _connect(self, http_client: httpx.Client | httpx.AsyncClient | None) -> SyncDriver:
        if not isinstance(http_client, httpx.Client | None):
            raise TypeError("Ozor takes an httpx.Client (AsyncOzor takes an httpx.AsyncClient)")
        self._http = http_client or httpx.Client()
        return HttpxDriver(self._http, self._request_args)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncOzor(BaseClient[AsyncDriver]):
    """The asyncio client: the same methods as `Ozor`, awaited; streams are async iterators."""

    def _connect(self, http_client: httpx.Client | httpx.AsyncClient | None) -> AsyncDriver:
        if not isinstance(http_client, httpx.AsyncClient | None):
            raise TypeError("AsyncOzor takes an httpx.AsyncClient (Ozor takes an httpx.Client)")
        self._http = http_client or httpx.AsyncClient()
        return AsyncHttpxDriver(self._http, self._request_args)

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
