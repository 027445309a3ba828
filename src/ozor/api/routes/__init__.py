"""One router per resource; ROUTERS is what the app mounts, in order."""

from ozor.api.routes import (
    agent,
    api_keys,
    auth,
    credits,
    documents,
    events,
    exports,
    files,
    projects,
    versions,
    videos,
    voices,
)

ROUTERS = [
    auth.router,
    api_keys.router,
    credits.router,
    videos.router,
    agent.router,
    projects.router,
    versions.router,
    exports.router,
    files.router,
    voices.router,
    documents.router,
    events.router,
]
