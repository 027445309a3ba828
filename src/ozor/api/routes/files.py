"""Serves stored files behind signed URLs, with range requests for video players."""

from __future__ import annotations

import mimetypes

from fastapi import APIRouter
from fastapi.responses import FileResponse, RedirectResponse, Response

from ozor.adapters.storage.base import Storage
from ozor.api.deps import Ctx
from ozor.media import signing

router = APIRouter(tags=["files"])


def stored_file(storage: Storage, path: str, *, cache_control: str) -> Response:
    """A stored file as a response: a redirect to the store's own URL (S3), or the bytes from local
    disk with range requests (video players need them) and the type its name implies."""
    direct = storage.presigned_url(path, 3600)
    if direct:
        return RedirectResponse(direct, status_code=302)
    local = storage.local_path(path)
    media_type = mimetypes.guess_type(local.name)[0] or "application/octet-stream"
    return FileResponse(local, media_type=media_type, headers={"Cache-Control": cache_control})


@router.get("/files/{path:path}", response_model=None)
def get_file(path: str, ctx: Ctx, expires: str | None = None, sig: str | None = None) -> Response:
    assert ctx.settings.secret_key
    signing.check(ctx.settings.secret_key, path, expires, sig)
    return stored_file(ctx.backends.storage, path, cache_control="private, max-age=3600")
