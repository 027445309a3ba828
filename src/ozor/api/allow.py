"""OPTIONS and 405 answers that name every method a path has.

Each (path, method) is its own route, so Starlette's own 405 names only the first route it tried,
and OPTIONS (which no route declares) got that incomplete 405 too.
"""

from __future__ import annotations

from fastapi.routing import iter_route_contexts
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send


def allowed_methods(app: Starlette, path: str) -> list[str]:
    """Every method some route answers on `path`, and OPTIONS; empty when no route has the path."""
    methods: set[str] = set()
    for route in iter_route_contexts(app.routes):
        regex, route_methods = getattr(route, "path_regex", None), route.methods
        if regex is not None and route_methods and regex.match(path):
            methods |= route_methods
    return sorted(methods | {"OPTIONS"}) if methods else []


class AnswerOptions:
    """ASGI middleware: OPTIONS on a known path is 204 with the full `Allow` header."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "OPTIONS":
            methods = allowed_methods(scope["app"], scope["path"])
            if methods:
                await Response(status_code=204, headers={"Allow": ", ".join(methods)})(scope, receive, send)
                return
        await self.app(scope, receive, send)
