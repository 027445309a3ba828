"""The dashboard's pages, one router per area."""

from ozor.dashboard.routes import auth, documents, editor, home, settings, share, videos, webhooks

ROUTERS = [
    auth.router,
    home.router,
    settings.router,
    webhooks.router,
    editor.router,
    share.router,
    documents.router,
    videos.router,
]
