"""The browser session: the ID token in an HttpOnly cookie, silent refresh, and CSRF tokens.

The dashboard signs in through the same identity as the API: the cookie holds the server's own
ID token (short-lived) beside the refresh token, so a page view after the ID token expired
renews it silently. Cookies are HttpOnly and SameSite=Lax (links such as `editorUrl` keep working
from other sites), and Secure when the public URL is https.

CSRF: a signed double-submit token. A random `ozor_csrf` cookie is set on first sight; every
state-changing request must carry HMAC(secret, cookie) in the form field `csrf` or the
`X-CSRF-Token` header, and a cross-site Origin is refused outright.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Depends, Form, Header, Request
from starlette.responses import Response

from ozor.accounts.identity import SignIn
from ozor.api.deps import plan_owner
from ozor.context import AppContext
from ozor.db.models import Plan
from ozor.errors import BadRequest, Forbidden, Unauthorized

SESSION_COOKIE = "ozor_session"
REFRESH_COOKIE = "ozor_refresh"
CSRF_COOKIE = "ozor_csrf"


@dataclass(frozen=True)
class WebUser:
    account_id: str
    email: str | None


class LoginRequired(Exception):
    """Raised by pages that need a signed-in user; becomes a redirect to /login (or a 401 for fetches)."""


def app_ctx(request: Request) -> AppContext:
    return request.app.state.ctx


def _pending(request: Request) -> dict[str, tuple[str | None, int | None]]:
    if not hasattr(request.state, "cookies"):
        request.state.cookies = {}
    return request.state.cookies


def queue_cookie(request: Request, name: str, value: str | None, max_age: int | None = None) -> None:
    """Remember a cookie to set (or, with None, to delete) on whatever response this request sends."""
    _pending(request)[name] = (value, max_age)


def apply_cookies(request: Request, response: Response) -> Response:
    secure = (app_ctx(request).settings.public_url or "").startswith("https://")
    for name, (value, max_age) in _pending(request).items():
        if value is None:
            response.delete_cookie(name, path="/", secure=secure, httponly=True, samesite="lax")
        else:
            response.set_cookie(
                name, value, max_age=max_age, path="/", secure=secure, httponly=True, samesite="lax"
            )
    return response


def start_session(request: Request, sign_in: SignIn) -> None:
    settings = app_ctx(request).settings
    max_age = settings.refresh_token_ttl_days * 86400
    queue_cookie(request, SESSION_COOKIE, sign_in.id_token, max_age)
    queue_cookie(request, REFRESH_COOKIE, sign_in.refresh_token, max_age)
    request.state.viewer = WebUser(sign_in.account_id, sign_in.email)


def end_session(request: Request) -> None:
    ctx = app_ctx(request)
    refresh = request.cookies.get(REFRESH_COOKIE)
    if refresh:
        with ctx.db.session() as session:
            ctx.identity.log_out(session, refresh)
    queue_cookie(request, SESSION_COOKIE, None)
    queue_cookie(request, REFRESH_COOKIE, None)
    request.state.viewer = None


def viewer(request: Request) -> WebUser | None:
    """The signed-in user, renewing an expired ID token from the refresh cookie; None for visitors."""
    if hasattr(request.state, "viewer"):
        return request.state.viewer
    ctx = app_ctx(request)
    user = None
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        try:
            with ctx.db.reader() as session:
                account = ctx.identity.account_for_bearer(session, token)
                user = WebUser(account.id, account.email)
        except Unauthorized:
            user = None
    refresh = request.cookies.get(REFRESH_COOKIE)
    if user is None and refresh:
        try:
            with ctx.db.reader() as session:
                start_session(request, ctx.identity.refresh(session, refresh))
            user = request.state.viewer
        except BadRequest:  # expired or logged out elsewhere: forget the stale cookies
            queue_cookie(request, SESSION_COOKIE, None)
            queue_cookie(request, REFRESH_COOKIE, None)
    request.state.viewer = user
    return user


def signed_in(user: Annotated[WebUser | None, Depends(viewer)]) -> WebUser:
    if user is None:
        raise LoginRequired()
    return user


def _sign(secret: str, value: str) -> str:
    return hmac.new(secret.encode(), f"csrf\n{value}".encode(), hashlib.sha256).hexdigest()


def csrf_token(request: Request) -> str:
    """The token forms and scripts send back; sets the cookie it is derived from on first sight."""
    raw = request.cookies.get(CSRF_COOKIE) or getattr(request.state, "csrf_raw", None)
    if not raw:
        raw = secrets.token_urlsafe(24)
        request.state.csrf_raw = raw
        queue_cookie(request, CSRF_COOKIE, raw)
    secret = app_ctx(request).settings.secret_key
    assert secret
    return _sign(secret, raw)


def check_csrf(request: Request, submitted: str | None) -> None:
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host", ""):
        public = urlsplit(app_ctx(request).settings.public_url or "").netloc
        if urlsplit(origin).netloc != public:
            raise Forbidden("This form was submitted from another site; reload the page and try again.")
    raw = request.cookies.get(CSRF_COOKIE)
    secret = app_ctx(request).settings.secret_key
    assert secret
    if not raw or not submitted or not hmac.compare_digest(_sign(secret, raw), submitted):
        raise Forbidden("Your form expired or came from elsewhere; reload the page and try again.")


def form_csrf(request: Request, csrf: Annotated[str | None, Form()] = None) -> None:
    check_csrf(request, csrf)


def header_csrf(request: Request, x_csrf_token: Annotated[str | None, Header()] = None) -> None:
    check_csrf(request, x_csrf_token)


Viewer = Annotated[WebUser | None, Depends(viewer)]
SignedIn = Annotated[WebUser, Depends(signed_in)]
FormCsrf = Depends(form_csrf)
HeaderCsrf = Depends(header_csrf)


# The API's ownership dependencies, for the signed-in web user.
OwnedPlan = Annotated[Plan, Depends(plan_owner(signed_in))]
