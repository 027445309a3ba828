"""One router per resource; ROUTERS is what the app mounts, in order."""

from ozor.api.routes import api_keys, auth, credits, files, videos

ROUTERS = [auth.router, api_keys.router, credits.router, videos.router, files.router]
