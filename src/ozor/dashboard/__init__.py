"""The web dashboard: server-rendered pages inside the API's app, calling the domain directly."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from ozor.dashboard.pages import HERE, install_error_pages


def install(app: FastAPI) -> None:
    """Mount the pages and their static files, and give browser navigations HTML error pages."""
    from ozor.dashboard.routes import ROUTERS

    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    install_error_pages(app)
