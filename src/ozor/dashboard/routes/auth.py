"""Sign up, log in and log out: the server's identity, kept in HttpOnly cookies."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from ozor.dashboard.pages import redirect, render, safe_next
from ozor.dashboard.session import FormCsrf, Viewer, WebUser, app_ctx, end_session, start_session
from ozor.errors import BadRequest

router = APIRouter(include_in_schema=False)

_FRIENDLY = {
    "EMAIL_EXISTS": "An account with this email already exists. Log in instead?",
    "INVALID_LOGIN_CREDENTIALS": "Wrong email or password.",
}


def _friendly(error: BadRequest) -> str:
    code, _, rest = error.detail.partition(":")
    if code in _FRIENDLY:
        return _FRIENDLY[code]
    return f"{code.capitalize()}: {rest.strip()}" if rest else error.detail


def _form_page(request: Request, user: WebUser | None, template: str, next: str | None) -> Response:
    if user is not None:
        return redirect(request, safe_next(next))
    return render(request, template, next=safe_next(next), email="")


def _enter(request: Request, template: str, email: str, password: str, next: str) -> Response:
    """Sign up or log in (by template), then start the session; errors re-show the form."""
    ctx = app_ctx(request)
    try:
        with ctx.db.session() as session:
            identity = ctx.identity
            sign_in = (identity.sign_up if template == "signup.html" else identity.log_in)(
                session, email, password
            )
            start_session(request, sign_in)
    except BadRequest as e:
        return render(request, template, status=400, error=_friendly(e), email=email, next=safe_next(next))
    return redirect(request, safe_next(next))


Email = Annotated[str, Form()]
Password = Annotated[str, Form()]
Next = Annotated[str, Form()]


@router.get("/signup")
def signup_page(request: Request, user: Viewer, next: str | None = None) -> Response:
    return _form_page(request, user, "signup.html", next)


@router.post("/signup", dependencies=[FormCsrf])
def signup(request: Request, email: Email = "", password: Password = "", next: Next = "/") -> Response:
    return _enter(request, "signup.html", email, password, next)


@router.get("/login")
def login_page(request: Request, user: Viewer, next: str | None = None) -> Response:
    return _form_page(request, user, "login.html", next)


@router.post("/login", dependencies=[FormCsrf])
def login(request: Request, email: Email = "", password: Password = "", next: Next = "/") -> Response:
    return _enter(request, "login.html", email, password, next)


@router.post("/logout", dependencies=[FormCsrf])
def logout(request: Request) -> Response:
    end_session(request)
    return redirect(request, "/")
