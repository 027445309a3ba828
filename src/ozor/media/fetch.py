"""The one way ozor fetches a URL: http(s) only, public addresses only (checked on every redirect
and pinned for the connection, so DNS cannot be re-pointed in between), size and time limits."""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from ozor.errors import BadRequest, UpstreamError

MAX_REDIRECTS = 5
USER_AGENT = "ozor/0.1 (+https://github.com/ozor)"
_METADATA = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}


@dataclass(frozen=True)
class Fetched:
    url: str  # the final URL, after redirects
    content: bytes
    content_type: str | None


def _public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast and ip not in _METADATA


def _resolve(host: str, port: int, allow_private: bool) -> str:
    """One address for `host` that may be contacted; every address must pass, not just the first."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise BadRequest(f"Cannot resolve the host {host!r}") from None
    addresses = [str(info[4][0]) for info in infos]
    if not allow_private and not all(_public(a) for a in addresses):
        raise BadRequest(f"Refusing to fetch {host!r}: it points to a private or reserved address")
    return addresses[0]


def _pin(url: str, allow_private: bool) -> tuple[str, str, str]:
    """The URL with its host replaced by the one address checked (so DNS cannot change in between),
    the Host header to send and the TLS server name."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadRequest(f"Only http(s) URLs can be fetched, not {url[:100]!r}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    ip = _resolve(parts.hostname, port, allow_private)
    pinned_host = f"[{ip}]" if ":" in ip else ip
    pinned = urlunsplit((parts.scheme, f"{pinned_host}:{port}", parts.path or "/", parts.query, ""))
    return pinned, parts.netloc.rsplit("@", 1)[-1], parts.hostname


def check_target(url: str, allow_private: bool) -> None:
    """400 unless `url` is http(s) and its host resolves only to addresses that may be contacted."""
    _pin(url, allow_private)


def post(
    url: str, body: bytes, headers: dict[str, str], *, timeout: float = 15.0, allow_private: bool = False
) -> httpx.Response:
    """POST `body` to `url` under the same address rules as fetch; redirects are not followed (a
    webhook receiver answers where it is). Raises BadRequest for a refused address and
    UpstreamError when the connection fails."""
    pinned, host, sni = _pin(url, allow_private)
    sent = {**headers, "Host": host, "User-Agent": USER_AGENT}
    try:
        with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client:
            return client.post(pinned, content=body, headers=sent, extensions={"sni_hostname": sni})
    except httpx.HTTPError as e:
        raise UpstreamError(f"Posting to {url} failed: {type(e).__name__}") from None


def fetch(
    url: str,
    *,
    max_bytes: int,
    timeout: float = 20.0,
    allow_private: bool = False,
    accept: str = "*/*",
) -> Fetched:
    """GET `url`; 400 for a URL that may not be fetched or is too large, 500 when the fetch fails."""
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client:
        for _ in range(MAX_REDIRECTS + 1):
            pinned, host, sni = _pin(url, allow_private)
            headers = {"Host": host, "User-Agent": USER_AGENT, "Accept": accept}
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise UpstreamError(f"Fetching {url} took longer than {timeout:.0f} s")
            try:
                with client.stream(
                    "GET",
                    pinned,
                    headers=headers,
                    extensions={"sni_hostname": sni},
                    timeout=remaining,
                ) as response:
                    if response.is_redirect:
                        url = urljoin(url, response.headers.get("location", ""))
                        continue
                    if response.status_code >= 400:
                        raise UpstreamError(f"Fetching {url} failed: HTTP {response.status_code}")
                    declared = response.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > max_bytes:
                        raise BadRequest(f"{url} is larger than the {max_bytes // 2**20} MB limit")
                    body = bytearray()
                    for chunk in response.iter_bytes(1 << 16):
                        body += chunk
                        if len(body) > max_bytes:
                            raise BadRequest(f"{url} is larger than the {max_bytes // 2**20} MB limit")
                        if time.monotonic() > deadline:
                            raise UpstreamError(f"Fetching {url} took longer than {timeout:.0f} s")
                    return Fetched(url, bytes(body), response.headers.get("content-type"))
            except httpx.HTTPError as e:
                raise UpstreamError(f"Fetching {url} failed: {type(e).__name__}") from None
        raise UpstreamError(f"Fetching {url} failed: more than {MAX_REDIRECTS} redirects")
