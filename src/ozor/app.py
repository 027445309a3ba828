"""create_app(settings) → the FastAPI application; errors become {"detail"} with the spec's status."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ozor import __version__
from ozor.api import openapi
from ozor.api.allow import AnswerOptions, allowed_methods
from ozor.api.body_deadline import BodyDeadline
from ozor.api.idempotency import IdempotencyMiddleware
from ozor.api.messages import public
from ozor.api.routes import ROUTERS
from ozor.config import Settings, load_settings
from ozor.context import build_context
from ozor.dashboard import install as install_dashboard
from ozor.errors import OzorError
from ozor.logs import mask_secrets_in_logs

log = logging.getLogger(__name__)


def create_app(settings: Settings, *, run_jobs: bool = True) -> FastAPI:
    mask_secrets_in_logs()
    ctx = build_context(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if run_jobs:
            ctx.queue.start()
        try:
            yield
        finally:
            if run_jobs:
                ctx.queue.stop()
            ctx.db.dispose()

    app = FastAPI(title="ozor", version=__version__, lifespan=lifespan)
    app.state.ctx = ctx
    _install_error_handlers(app)

    for router in ROUTERS:
        app.include_router(router)

    install_dashboard(app)
    openapi.install(app)
    app.add_middleware(IdempotencyMiddleware)
    app.add_middleware(AnswerOptions)
    app.add_middleware(
        BodyDeadline, seconds=settings.request_body_timeout_sec
    )  # outermost: bounds every read
    return app


def app_from_env() -> FastAPI:
    """The app from OZOR_* variables alone: what each process of `ozor serve --workers N` runs."""
    return create_app(load_settings())


def _validation_detail(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        loc = tuple(error.get("loc", ()))
        if error.get("type") == "json_invalid":
            return "Malformed JSON in the request body"
        if loc == ("body",):
            return "Request body: expected a JSON object"
        where = ".".join(str(p) for p in loc if p not in ("body", "query", "path", "header"))
        parts.append(f"{where}: {error.get('msg')}" if where else str(error.get("msg")))
    return "; ".join(parts) or "Invalid request"


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(OzorError)
    async def _domain(_request: Request, exc: OzorError) -> JSONResponse:
        return JSONResponse({"detail": public(exc.detail)}, status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": public(_validation_detail(exc))}, status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = ", ".join(allowed_methods(request.app, request.scope["path"]))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse({"detail": "Internal server error"}, status_code=500)
