"""Attachments and uploads: a path, bytes or a URL, encoded the way the API expects them."""

from __future__ import annotations

import base64
import io
import os
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

Attachment = str | os.PathLike[str] | bytes | Mapping[str, Any]
"""An http(s) URL, a local path, raw bytes, or a wire-form dict (url/base64/mimeType/durationSec…)."""
DocumentInput = str | os.PathLike[str] | bytes | IO[bytes]

_BY_SUFFIX = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".mp4": "video/mp4",
    ".m4v": "video/mp4",
    ".webm": "video/webm",
    ".pdf": "application/pdf",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
_SUFFIX_OF = {mime: suffix for suffix, mime in reversed(_BY_SUFFIX.items())}


def sniff(content: bytes) -> str | None:
    """The media type from the first bytes, for bytes that came without a name."""
    head = content[:16]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp":
        return "video/mp4"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm"
    if head.startswith(b"%PDF"):
        return "application/pdf"
    if head.startswith(b"PK\x03\x04"):
        return _office_type(content)
    return None


def _office_type(content: bytes) -> str | None:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(content)).namelist())
    except zipfile.BadZipFile:
        return None
    if "word/document.xml" in names:
        return _BY_SUFFIX[".docx"]
    if "ppt/presentation.xml" in names:
        return _BY_SUFFIX[".pptx"]
    return None


def attachments(items: Iterable[Attachment] | None) -> list[dict[str, Any]] | None:
    """ChatImage/ChatVideo objects: URLs by reference, files and bytes inline as base64."""
    if items is None:
        return None
    return [_attachment(item) for item in items]


def _attachment(item: Attachment) -> dict[str, Any]:
    if isinstance(item, Mapping):
        return dict(item)
    if isinstance(item, str) and item.startswith(("http://", "https://")):
        return {"url": item}
    if isinstance(item, bytes):
        content, mime = item, sniff(item)
    else:
        path = Path(item)
        content = path.read_bytes()
        mime = sniff(content) or _BY_SUFFIX.get(path.suffix.lower())
    out: dict[str, Any] = {"base64": base64.b64encode(content).decode("ascii")}
    if mime:  # unknown types go without one: the server sniffs and answers 400 if it cannot use them
        out["mimeType"] = mime
    return out


def document(file: DocumentInput, file_name: str | None = None) -> tuple[str, bytes, str]:
    """The multipart `file` part for /documents/analyze: (name, content, media type)."""
    if isinstance(file, bytes):
        content, name = file, file_name
    elif isinstance(file, str | os.PathLike):
        path = Path(file)
        content, name = path.read_bytes(), file_name or path.name
    else:
        content = file.read()
        name = file_name or Path(str(getattr(file, "name", "") or "")).name or None
    mime = (_BY_SUFFIX.get(Path(name).suffix.lower()) if name else None) or sniff(content)
    if not name:
        name = "document" + _SUFFIX_OF.get(mime or "", "")
    return name, content, mime or "application/octet-stream"
