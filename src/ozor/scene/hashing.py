"""Canonical JSON and content hashes: the cache keys of scenes and exports."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pydantic import BaseModel


def canonical_json(value: BaseModel | dict[str, Any] | list[Any]) -> str:
    data = value.model_dump(mode="json", by_alias=True) if isinstance(value, BaseModel) else value
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(value: BaseModel | dict[str, Any] | list[Any], *extra: str) -> str:
    """SHA-256 of the canonical JSON, salted with `extra` (quality, visibility, renderer version)."""
    h = hashlib.sha256(canonical_json(value).encode())
    for part in extra:
        h.update(b"\0" + part.encode())
    return h.hexdigest()
