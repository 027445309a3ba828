"""Session cookies and CSRF over plain HTTP: flags, silent refresh, cross-site refusal."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from http.cookies import SimpleCookie
from pathlib import Path

import httpx
import pytest

from tests.support import LiveServer, make_settings, start_server

HTML = {"accept": "text/html"}


@pytest.fixture(scope="module")
def https_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """Served on loopback but published as https, with one-second ID tokens."""
    settings = make_settings(
        tmp_path_factory.mktemp("ozor-https"), public_url="https://ozor.example", id_token_ttl_sec=1
    )
    with start_server(settings, run_jobs=False) as live:
        yield live


def _set_cookies(response: httpx.Response) -> dict[str, SimpleCookie]:
    out = {}
    for header in response.headers.get_list("set-cookie"):
        cookie = SimpleCookie()
        cookie.load(header)
        out.update({name: cookie for name in cookie})
    return out


def _cookie_header(jar: dict[str, str]) -> dict[str, str]:
    return {"cookie": "; ".join(f"{k}={v}" for k, v in jar.items())}


def _csrf(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match
    return match.group(1)


def test_cookies_are_httponly_lax_and_secure_on_https(https_server: LiveServer) -> None:
    # Secure cookies are not sent back over plain http, so this client carries them by hand.
    with httpx.Client(base_url=https_server.url, headers=HTML) as web:
        first = web.get("/signup")
        jar = {"ozor_csrf": first.cookies["ozor_csrf"]}
        r = web.post(
            "/signup",
            data={"csrf": _csrf(first.text), "email": "secure@example.com", "password": "long enough"},
            headers=_cookie_header(jar),
        )
        assert r.status_code == 303
        cookies = _set_cookies(r)
        for name in ("ozor_session", "ozor_refresh"):
            morsel = cookies[name][name]
            assert morsel["httponly"] and morsel["secure"] and morsel["samesite"].lower() == "lax"
            jar[name] = morsel.value

        time.sleep(1.5)  # the ID token has expired; the refresh cookie renews it without a new login
        r = web.get("/settings/credits", headers=_cookie_header(jar))
        assert r.status_code == 200 and "Sign-up credits" in r.text
        renewed = _set_cookies(r)["ozor_session"]["ozor_session"].value
        assert renewed != jar["ozor_session"]

        jar["ozor_refresh"] = "forgotten"  # expired ID token + unknown refresh token: signed out
        r = web.get("/settings/credits", headers=_cookie_header(jar))
        assert r.status_code == 303 and r.headers["location"] == "/login?next=%2Fsettings%2Fcredits"
        assert _set_cookies(r)["ozor_session"]["ozor_session"]["max-age"] == "0"


def test_cross_site_posts_are_refused(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, headers=HTML) as web:
        page = web.get("/login")
        token = _csrf(page.text)
        data = {"csrf": token, "email": "nobody@example.com", "password": "whatever1"}
        r = web.post("/login", data=data, headers={"origin": "https://evil.example"})
        assert r.status_code == 403 and "another site" in r.text
        assert "Traceback" not in r.text
        r = web.post("/login", data={**data, "csrf": ""})
        assert r.status_code == 403
        r = web.post("/login", data=data)  # same token, same site: the form works
        assert r.status_code == 400 and "Wrong email or password." in r.text


def test_fetches_get_json_errors_and_open_redirects_are_ignored(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url) as web:
        r = web.get("/settings/api-keys")  # not a browser navigation
        assert r.status_code == 401 and r.json() == {"detail": "Sign in to continue"}
        r = web.get("/login?next=//evil.example/", headers=HTML)
        assert 'name="next" value="/"' in r.text


def test_templates_ship_with_the_package() -> None:
    import ozor.dashboard

    root = Path(ozor.dashboard.__file__).parent
    assert (root / "templates" / "base.html").exists() and (root / "static" / "app.css").exists()
