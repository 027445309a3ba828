"""Files on local disk under the data dir; the app serves them through signed URLs."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ozor.errors import NotFound


class LocalStorage:
    def __init__(self, root: Path):
        self.root = root.resolve()
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, path: str) -> Path:
        full = (self.root / path).resolve()
        if not full.is_relative_to(self.root) or full == self.root:
            raise NotFound("file not found")
        return full

    def _write(self, path: str, writer) -> None:  # type: ignore[no-untyped-def]
        """Write through a temporary file and rename, so readers never see half a file."""
        target = self._path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".part-")
        try:
            with os.fdopen(fd, "wb") as f:
                writer(f)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def put_bytes(self, path: str, data: bytes, content_type: str | None = None) -> None:
        self._write(path, lambda f: f.write(data))

    def put_file(self, path: str, source: Path, content_type: str | None = None) -> None:
        def copy(f: BinaryIO) -> None:
            with open(source, "rb") as src:
                shutil.copyfileobj(src, f, 1 << 20)

        self._write(path, copy)

    def get_bytes(self, path: str) -> bytes:
        return self.local_path(path).read_bytes()

    def open(self, path: str) -> BinaryIO:
        return open(self.local_path(path), "rb")

    def local_path(self, path: str) -> Path:
        full = self._path(path)
        if not full.is_file():
            raise NotFound("file not found")
        return full

    @contextmanager
    def local_copy(self, path: str) -> Iterator[Path]:
        yield self.local_path(path)

    def exists(self, path: str) -> bool:
        try:
            return self._path(path).is_file()
        except NotFound:
            return False

    def size(self, path: str) -> int:
        return self.local_path(path).stat().st_size

    def delete(self, path: str) -> None:
        try:
            self._path(path).unlink(missing_ok=True)
        except NotFound:
            pass

    def presigned_url(self, path: str, expires_in: int) -> str | None:
        return None
