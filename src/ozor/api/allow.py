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
    """The methods of the path's own template, and OPTIONS; empty when no route has the path.

    `/api/v1/videos/generate` also fits `/api/v1/videos/{video_id}`: the template with the fewest
    parameters is the one the path names, as the OpenAPI document lists it.
    """
    templates: dict[str, set[str]] = {}
    for route in iter_route_contexts(app.routes):
        regex, route_methods = getattr(route, "path_regex", None), route.methods
        if regex is not None and route_methods and regex.match(path):
            templates.setdefault(route.path_format or "", set()).update(route_methods)
    if not templates:
        return []
    own = min(templates, key=lambda template: template.count("{"))
    return sorted(templates[own] | {"OPTIONS"})


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
