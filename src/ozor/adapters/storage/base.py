"""The Storage interface: where files (attachments, renders, extracted images, audio) live."""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import BinaryIO, Protocol


class Storage(Protocol):
    def put_bytes(self, path: str, data: bytes, content_type: str | None = None) -> None: ...

    def put_file(self, path: str, source: Path, content_type: str | None = None) -> None: ...

    def get_bytes(self, path: str) -> bytes: ...

    def open(self, path: str) -> BinaryIO: ...

    def local_copy(self, path: str) -> AbstractContextManager[Path]:
        """A filesystem path holding the file for as long as the context lasts."""
        ...

    def local_path(self, path: str) -> Path:
        """The file on this machine's disk, for the app to serve; remote stores raise NotFound."""
        ...

    def exists(self, path: str) -> bool: ...

    def size(self, path: str) -> int: ...

    def delete(self, path: str) -> None: ...

    def presigned_url(self, path: str, expires_in: int) -> str | None:
        """A direct URL from the store itself (S3), or None when the app serves the file."""
        ...
