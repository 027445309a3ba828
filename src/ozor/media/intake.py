"""Attachments of generate and message (spec section 8): decoded, size-capped, sniffed, probed, stored.

base64 attachments are judged at submission (a bad one is a 400 and nothing is created); URL
attachments are fetched by the job through the safe fetcher, so a bad URL fails the job, never the
request. The declared mimeType must agree with what the bytes are.
"""

from __future__ import annotations

import base64
import binascii
import io
from dataclasses import dataclass
from typing import Literal

from sqlalchemy.orm import Session

from ozor.adapters.storage.base import Storage
from ozor.config import Settings
from ozor.db.models import Asset
from ozor.errors import BadRequest
from ozor.media import assets
from ozor.media.fetch import fetch

Kind = Literal["image", "video"]
TYPES: dict[Kind, tuple[str, ...]] = {
    "image": ("image/png", "image/jpeg", "image/webp"),
    "video": ("video/mp4", "video/webm"),
}
MAX_BYTES: dict[Kind, int] = {"image": 20 * 2**20, "video": 100 * 2**20}
MAX_PIXELS = 60_000_000  # larger images are refused before decoding (a decompression bomb guard)
MAX_CLIP_SEC = 600.0
ALIASES = {"image/jpg": "image/jpeg", "image/pjpeg": "image/jpeg", "image/x-png": "image/png"}


@dataclass(frozen=True)
class Incoming:
    """One ChatImage or ChatVideo as the request sent it; `label` names it in errors ("images[1]")."""

    kind: Kind
    label: str
    base64: str | None = None
    url: str | None = None
    mime_type: str | None = None


@dataclass(frozen=True)
class Media:
    """Bytes known to be what they claim, with their measurements."""

    kind: Kind
    mime_type: str
    data: bytes
    width: int
    height: int
    duration: float | None = None


def sniff(data: bytes) -> str | None:
    """The media type the bytes are, whatever anyone says they are."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:8] == b"ftyp":
        return "video/mp4"
    if data.startswith(b"\x1a\x45\xdf\xa3") and b"webm" in data[:64]:
        return "video/webm"
    return None


def check(item: Incoming) -> None:
    """What can be judged without the bytes: a declared type we take, and a URL we may fetch."""
    declared = _declared(item)
    if declared is not None and declared not in TYPES[item.kind]:
        raise BadRequest(
            f"{item.label}.mimeType {item.mime_type!r} is not supported; use one of "
            f"{', '.join(TYPES[item.kind])}"
        )
    if item.base64 is None:
        if not item.url:
            raise BadRequest(f"{item.label}: give base64 or url")
        if not item.url.lower().startswith(("http://", "https://")):
            raise BadRequest(f"{item.label}.url must be an http(s) URL")


def decode(item: Incoming) -> Media:
    """A base64 attachment, decoded and checked; 400 with the reason otherwise."""
    check(item)
    assert item.base64 is not None
    text = item.base64.strip()
    if text.startswith("data:"):
        raise BadRequest(f"{item.label}.base64 must be raw base64, without a data: prefix")
    limit = MAX_BYTES[item.kind]
    if len(text) * 3 // 4 > limit + 3:
        raise BadRequest(f"{item.label} is larger than the {limit // 2**20} MB limit for {item.kind}s")
    try:
        data = base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        raise BadRequest(f"{item.label}.base64 is not valid base64") from None
    return examine(item, data)


def examine(item: Incoming, data: bytes) -> Media:
    """Sniff and probe bytes (decoded or fetched) against what the item declares."""
    limit = MAX_BYTES[item.kind]
    if len(data) > limit:
        raise BadRequest(f"{item.label} is larger than the {limit // 2**20} MB limit for {item.kind}s")
    if not data:
        raise BadRequest(f"{item.label} is empty")
    actual = sniff(data)
    if actual is None or actual not in TYPES[item.kind]:
        found = f"a {actual} file" if actual else "not a file type we accept"
        raise BadRequest(f"{item.label} is {found}; {item.kind}s must be {', '.join(TYPES[item.kind])}")
    declared = _declared(item)
    if declared is not None and declared != actual:
        raise BadRequest(f"{item.label}.mimeType says {item.mime_type} but the data is {actual}")
    return _probe_image(item, data, actual) if item.kind == "image" else _probe_clip(item, data, actual)


def _declared(item: Incoming) -> str | None:
    if not item.mime_type:
        return None
    mime = item.mime_type.strip().lower()
    return ALIASES.get(mime, mime)


def _probe_image(item: Incoming, data: bytes, mime: str) -> Media:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise BadRequest(
                    f"{item.label} is {width}×{height}: more than {MAX_PIXELS // 10**6} megapixels"
                )
            image.load()  # a truncated or corrupt file fails here, not in the renderer
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError):
        raise BadRequest(
            f"{item.label} could not be read as an image: not a PNG, JPEG, GIF or WebP file, or a damaged one"
        ) from None
    return Media("image", mime, data, width, height)


def _probe_clip(item: Incoming, data: bytes, mime: str) -> Media:
    import av

    try:
        with av.open(io.BytesIO(data), mode="r") as container:
            if not container.streams.video:
                raise BadRequest(f"{item.label} has no video stream")
            stream = container.streams.video[0]
            width, height = stream.codec_context.width, stream.codec_context.height
            if container.duration:
                duration = container.duration / 1_000_000
            elif stream.duration and stream.time_base:
                duration = float(stream.duration * stream.time_base)
            else:
                duration = 0.0
            next(container.decode(stream))  # it must actually play
    except (av.error.FFmpegError, StopIteration, ValueError) as e:
        reason = getattr(e, "strerror", None) or "no frames"  # FFmpeg's words without its errno
        raise BadRequest(f"{item.label} could not be read as a video clip: {reason}") from None
    if not width or not height or duration <= 0:
        raise BadRequest(f"{item.label} could not be read as a video clip: no size or duration")
    if duration > MAX_CLIP_SEC:
        raise BadRequest(f"{item.label} lasts {duration:.0f} s; clips may last at most {MAX_CLIP_SEC:.0f} s")
    return Media("video", mime, data, width, height, round(duration, 3))


def download(item: Incoming, settings: Settings) -> Media:
    """A URL attachment, through the safe fetcher (private addresses only when the settings allow)."""
    check(item)
    assert item.url is not None
    fetched = fetch(
        item.url,
        max_bytes=MAX_BYTES[item.kind],
        allow_private=settings.allow_private_fetch,
        accept=", ".join(TYPES[item.kind]),
    )
    return examine(item, fetched.content)


def store(
    session: Session, storage: Storage, account_id: str, media: Media, source: str | None = None
) -> Asset:
    meta = {"source": source} if source else {}
    return assets.store(
        session,
        storage,
        account_id,
        media.data,
        kind=media.kind,
        mime_type=media.mime_type,
        width=media.width,
        height=media.height,
        duration_sec=media.duration,
        meta=meta,
    )
