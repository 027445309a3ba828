"""Stored files of an account as Asset rows: one place that writes the bytes and records them."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy.orm import Session

from ozor.adapters.storage.base import Storage
from ozor.db import ids
from ozor.db.models import Asset
from ozor.errors import NotFound

EXTENSIONS = {
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/webp": "webp",
    "audio/wav": "wav",
    "video/mp4": "mp4",
    "video/webm": "webm",
}


def store(
    session: Session,
    storage: Storage,
    account_id: str,
    data: bytes,
    *,
    kind: str,
    mime_type: str,
    path: str | None = None,
    width: int | None = None,
    height: int | None = None,
    duration_sec: float | None = None,
    meta: dict[str, Any] | None = None,
) -> Asset:
    """Write `data` (to `path`, or `users/<account>/assets/<id>.<ext>`) and add its Asset row.

    The scene graph refers to the result by its id, which already reads `asset_…`.
    """
    asset_id = ids.new_id("asset")
    path = path or f"users/{account_id}/assets/{asset_id}.{EXTENSIONS.get(mime_type, 'bin')}"
    storage.put_bytes(path, data, mime_type)
    asset = Asset(
        id=asset_id,
        account_id=account_id,
        kind=kind,
        mime_type=mime_type,
        storage_path=path,
        size_bytes=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        width=width,
        height=height,
        duration_sec=duration_sec,
        meta=meta or {},
    )
    session.add(asset)
    return asset


def owned_asset(session: Session, asset_id: str, account_id: str) -> Asset:
    """An asset of the account; someone else's reads as missing, so ids cannot be probed."""
    asset = session.get(Asset, asset_id)
    if asset is None or asset.account_id != account_id:
        raise NotFound(f"Asset {asset_id} not found")
    return asset
