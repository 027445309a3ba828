"""Attachment intake: real images and clips made with Pillow and PyAV, sniffed, probed, capped, fetched."""

from __future__ import annotations

import base64
import io
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import av
import numpy as np
import pytest
from PIL import Image

from ozor.config import Settings
from ozor.errors import BadRequest
from ozor.media import intake
from ozor.media.intake import Incoming


def image_bytes(fmt: str, size: tuple[int, int] = (320, 200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 60, 30)).save(out, fmt)
    return out.getvalue()


def clip_bytes(container: str, codec: str, seconds: float = 1.0) -> bytes:
    out = io.BytesIO()
    with av.open(out, "w", format=container) as c:
        stream = c.add_stream(codec, rate=10)
        stream.width, stream.height, stream.pix_fmt = 160, 96, "yuv420p"
        for i in range(int(seconds * 10)):
            frame = av.VideoFrame.from_ndarray(
                np.full((96, 160, 3), (i * 20) % 256, np.uint8), format="rgb24"
            )
            c.mux(stream.encode(frame))
        c.mux(stream.encode(None))
    return out.getvalue()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


@pytest.mark.parametrize("fmt, mime", [("PNG", "image/png"), ("JPEG", "image/jpeg"), ("WEBP", "image/webp")])
def test_images_are_sniffed_and_measured(fmt, mime):
    media = intake.decode(Incoming("image", "images[0]", b64(image_bytes(fmt)), mime_type=mime))
    assert (media.mime_type, media.width, media.height) == (mime, 320, 200)


def test_a_missing_mime_type_is_taken_from_the_bytes_and_jpg_is_an_alias():
    assert intake.decode(Incoming("image", "images[0]", b64(image_bytes("PNG")))).mime_type == "image/png"
    assert (
        intake.decode(Incoming("image", "i", b64(image_bytes("JPEG")), mime_type="image/jpg")).mime_type
        == "image/jpeg"
    )


@pytest.mark.parametrize(
    "container, codec, mime", [("mp4", "libx264", "video/mp4"), ("webm", "libvpx-vp9", "video/webm")]
)
def test_clips_are_sniffed_and_probed(container, codec, mime):
    media = intake.decode(
        Incoming("video", "videos[0]", b64(clip_bytes(container, codec, 1.5)), mime_type=mime)
    )
    assert (media.mime_type, media.width, media.height) == (mime, 160, 96)
    assert media.duration == pytest.approx(1.5, abs=0.2)


@pytest.mark.parametrize(
    "item, message",
    [
        (
            Incoming("image", "images[0]", b64(image_bytes("PNG")), mime_type="image/jpeg"),
            "images\\[0\\].mimeType says image/jpeg but the data is image/png",
        ),
        (Incoming("image", "images[1]", b64(image_bytes("PNG")), mime_type="image/gif"), "is not supported"),
        (Incoming("image", "images[0]", "not base64 at all!!"), "not valid base64"),
        (
            Incoming("image", "images[0]", "data:image/png;base64," + b64(image_bytes("PNG"))),
            "without a data: prefix",
        ),
        (Incoming("image", "images[0]", b64(b"GIF89a" + bytes(64))), "not a file type we accept"),
        (Incoming("image", "images[0]", b64(image_bytes("PNG")[:60])), "could not be read as an image"),
        (
            Incoming("video", "videos[0]", b64(image_bytes("PNG")), mime_type="video/mp4"),
            "is a image/png file",
        ),
        (
            Incoming("video", "videos[0]", b64(clip_bytes("mp4", "libx264")[:200]), mime_type="video/mp4"),
            "could not be read as a video clip",
        ),
        (Incoming("image", "images[0]", url="ftp://example.com/a.png"), "must be an http\\(s\\) URL"),
        (Incoming("image", "images[0]"), "give base64 or url"),
    ],
)
def test_bad_attachments_are_refused_with_the_reason(item, message):
    with pytest.raises(BadRequest, match=message):
        intake.decode(item) if item.base64 is not None else intake.check(item)


def test_size_caps_apply_before_decoding():
    big = "A" * (28 * 2**20)  # 21 MB of bytes once decoded
    with pytest.raises(BadRequest, match="larger than the 20 MB limit for images"):
        intake.decode(Incoming("image", "images[0]", big))
    assert intake.MAX_BYTES["video"] == 100 * 2**20


@pytest.fixture()
def files() -> Iterator[str]:
    """A real HTTP server on loopback serving one PNG, and a redirect to it."""
    png = image_bytes("PNG", (64, 48))

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/moved":
                self.send_response(302)
                self.send_header("Location", "/logo.png")
                self.end_headers()
                return
            self.send_response(200 if self.path == "/logo.png" else 404)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(png)))
            self.end_headers()
            self.wfile.write(png)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_urls_are_fetched_through_the_safe_fetcher(files, tmp_path):
    allowed = Settings(data_dir=tmp_path, allow_private_fetch=True)
    media = intake.download(
        Incoming("image", "images[0]", url=f"{files}/moved", mime_type="image/png"), allowed
    )
    assert (media.width, media.height) == (64, 48)
    with pytest.raises(BadRequest, match="private or reserved address"):
        intake.download(Incoming("image", "images[0]", url=f"{files}/logo.png"), Settings(data_dir=tmp_path))
    with pytest.raises(BadRequest, match="mimeType says image/webp but the data is image/png"):
        intake.download(
            Incoming("image", "images[0]", url=f"{files}/logo.png", mime_type="image/webp"), allowed
        )
