"""S3-compatible storage for the distributed mode (AWS S3, MinIO, R2…); URLs are presigned by the store."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

import boto3
from botocore.exceptions import ClientError

from ozor.errors import NotFound


def _missing(error: ClientError) -> bool:
    return error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound")


class S3Storage:
    def __init__(self, url: str, *, endpoint_url: str | None = None):
        parts = urlsplit(url)  # s3://bucket/prefix
        if parts.scheme != "s3" or not parts.netloc:
            raise ValueError(f"OZOR_STORAGE_URL={url!r}: expected s3://bucket[/prefix]")
        self.bucket = parts.netloc
        self.prefix = parts.path.strip("/")
        self.client: Any = boto3.client("s3", endpoint_url=endpoint_url)

    def _key(self, path: str) -> str:
        if ".." in path.split("/"):
            raise NotFound("file not found")
        return f"{self.prefix}/{path}" if self.prefix else path

    def put_bytes(self, path: str, data: bytes, content_type: str | None = None) -> None:
        extra = {"ContentType": content_type} if content_type else {}
        self.client.put_object(Bucket=self.bucket, Key=self._key(path), Body=data, **extra)

    def put_file(self, path: str, source: Path, content_type: str | None = None) -> None:
        extra = {"ExtraArgs": {"ContentType": content_type}} if content_type else {}
        self.client.upload_file(str(source), self.bucket, self._key(path), **extra)

    def get_bytes(self, path: str) -> bytes:
        try:
            return self.client.get_object(Bucket=self.bucket, Key=self._key(path))["Body"].read()
        except ClientError as e:
            if _missing(e):
                raise NotFound("file not found") from None
            raise

    def open(self, path: str) -> BinaryIO:
        spool = tempfile.SpooledTemporaryFile(max_size=16 * 2**20)
        try:
            self.client.download_fileobj(self.bucket, self._key(path), spool)
        except ClientError as e:
            spool.close()
            if _missing(e):
                raise NotFound("file not found") from None
            raise
        spool.seek(0)
        return spool  # type: ignore[return-value]

    @contextmanager
    def local_copy(self, path: str) -> Iterator[Path]:
        folder = Path(tempfile.mkdtemp(prefix="ozor-s3-"))
        try:
            target = folder / Path(path).name
            with self.open(path) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
            yield target
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def local_path(self, path: str) -> Path:
        raise NotFound("files in S3 are served by presigned URLs, not by the app")

    def exists(self, path: str) -> bool:
        try:
            self.client.head_object(Bucket=self.bucket, Key=self._key(path))
            return True
        except ClientError as e:
            if _missing(e):
                return False
            raise

    def size(self, path: str) -> int:
        try:
            return int(self.client.head_object(Bucket=self.bucket, Key=self._key(path))["ContentLength"])
        except ClientError as e:
            if _missing(e):
                raise NotFound("file not found") from None
            raise

    def delete(self, path: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self._key(path))

    def presigned_url(self, path: str, expires_in: int) -> str | None:
        return self.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": self._key(path)}, ExpiresIn=expires_in
        )
