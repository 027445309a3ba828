"""`Ozor` and `AsyncOzor`: configuration, authentication headers and the resources, shared by both."""

from __future__ import annotations

import os
from typing import Generic, Self

import httpx

from ozor_client import __version__
from ozor_client._core import D, Request
from ozor_client._transport import AsyncDriver, SyncDriver
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

    _driver: D

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        id_token: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        default_headers: dict[str, str] | None = None,
    ) -> None:
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

    def _build(self, http: httpx.Client | httpx.AsyncClient, request: Request) -> httpx.Request:
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
        return http.build_request(
            request.method,
            url,
            params=request.params,
            json=request.json,
            data=request.data,
            files=request.files,
            headers=headers,
            timeout=self.timeout,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r})"


class Ozor(BaseClient[SyncDriver]):
    """The blocking client. Use as a context manager, or call `close()`, to release connections."""

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        id_token: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        default_headers: dict[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            api_key,
            base_url,
            id_token=id_token,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._http = http_client or httpx.Client()
        self._driver = SyncDriver(self._http, lambda request: self._build(self._http, request))

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncOzor(BaseClient[AsyncDriver]):
    """The asyncio client: the same methods as `Ozor`, awaited; streams are async iterators."""

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        id_token: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        default_headers: dict[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            api_key,
            base_url,
            id_token=id_token,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._http = http_client or httpx.AsyncClient()
        self._driver = AsyncDriver(self._http, lambda request: self._build(self._http, request))

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
