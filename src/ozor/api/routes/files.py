"""Serves stored files behind signed URLs, with range requests for video players."""

from __future__ import annotations

import mimetypes

from fastapi import APIRouter
from fastapi.responses import FileResponse

from ozor.api.deps import Ctx
from ozor.media import signing

router = APIRouter(tags=["files"])


@router.get("/files/{path:path}")
def get_file(path: str, ctx: Ctx, expires: str | None = None, sig: str | None = None) -> FileResponse:
    assert ctx.settings.secret_key
    signing.check(ctx.settings.secret_key, path, expires, sig)
    local = ctx.backends.storage.local_path(path)
    media_type = mimetypes.guess_type(local.name)[0] or "application/octet-stream"
    return FileResponse(local, media_type=media_type, headers={"Cache-Control": "private, max-age=3600"})
