"""Rendering pages: templates, redirects, and errors shown as messages (never a stack trace)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response
from starlette.templating import Jinja2Templates

from ozor import __version__
from ozor.accounts import credits
from ozor.dashboard.session import LoginRequired, app_ctx, apply_cookies, csrf_token, viewer
from ozor.db.timefmt import aware
from ozor.errors import OzorError

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
TEMPLATES = Jinja2Templates(directory=HERE / "templates")
_env = TEMPLATES.env
_env.filters["when"] = lambda dt: aware(dt).strftime("%Y-%m-%d %H:%M UTC") if dt else "—"
_env.filters["urlquote"] = lambda s: quote(str(s), safe="")
_env.globals["version"] = __version__

API_PREFIXES = ("/api/", "/files/", "/v/")


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    user = viewer(request)
    balance = None
    if user is not None:
        with app_ctx(request).db.reader() as session:
            balance = credits.balance(session, user.account_id)
    context.update(
        request=request,
        viewer=user,
        balance=balance,
        csrf=csrf_token(request),
        public_url=app_ctx(request).settings.public_url,
    )
    response = TEMPLATES.TemplateResponse(request, name, context, status_code=status)
    apply_cookies(request, response)
    return response


def redirect(request: Request, url: str) -> RedirectResponse:
    response = RedirectResponse(url, status_code=303)
    apply_cookies(request, response)
    return response


def json(request: Request, body: Any, status: int = 200) -> JSONResponse:
    response = JSONResponse(body, status_code=status)
    apply_cookies(request, response)
    return response


def safe_next(target: str | None) -> str:
    """Only a path on this site: never an open redirect."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


def wants_page(request: Request) -> bool:
    """A browser navigation to a dashboard page (fetches and API clients get JSON)."""
    accept = request.headers.get("accept", "")
    return "text/html" in accept and not request.url.path.startswith(API_PREFIXES)


_TITLES = {
    400: "That did not work",
    401: "Please sign in",
    402: "Out of credits",
    403: "Not allowed",
    404: "Not found",
    405: "Not allowed",
    500: "Something went wrong",
}


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    title = _TITLES.get(status, "Something went wrong")
    try:
        return render(request, "error.html", status=status, title=title, message=message, code=status)
    except Exception:  # the error page itself must never fail (e.g. the database is down)
        log.exception("could not render the error page")
        return HTMLResponse(f"<h1>{title}</h1><p>Please try again later.</p>", status_code=status)


Handler = Callable[[Request, Any], Awaitable[Response] | Response]


def install_error_pages(app: FastAPI) -> None:
    """Browser navigations get HTML error pages; everything else keeps the API's JSON handlers."""

    def wrap(api_handler: Handler, page: Callable[[Request, Any], Response]) -> Handler:
        async def handler(request: Request, exc: Any) -> Response:
            if wants_page(request):
                return page(request, exc)
            result = api_handler(request, exc)
            return await result if isinstance(result, Awaitable) else result

        return handler

    def domain(request: Request, exc: OzorError) -> Response:
        return error_page(request, exc.status, exc.detail)

    def http(request: Request, exc: StarletteHTTPException) -> Response:
        message = "There is no page at this address." if exc.status_code == 404 else str(exc.detail)
        return error_page(request, exc.status_code, message)

    def invalid(request: Request, _exc: RequestValidationError) -> Response:
        return error_page(
            request, 400, "Some of what was sent is missing or not valid. Go back and try again."
        )

    def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on page %s", request.url.path, exc_info=exc)
        return error_page(request, 500, "An unexpected error happened on our side. Please try again.")

    for kind, page in (
        (OzorError, domain),
        (StarletteHTTPException, http),
        (RequestValidationError, invalid),
        (Exception, unexpected),
    ):
        app.add_exception_handler(kind, wrap(app.exception_handlers[kind], page))

    @app.exception_handler(LoginRequired)
    async def _login(request: Request, _exc: LoginRequired) -> Response:
        if wants_page(request):
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return redirect(request, f"/login?next={quote(target, safe='')}")
        return json(request, {"detail": "Sign in to continue"}, status=401)
