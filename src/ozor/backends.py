"""Picks the concrete adapters from settings: the only module that imports them."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ozor.config import Settings

if TYPE_CHECKING:
    from ozor.adapters.queue.base import Queue
    from ozor.adapters.storage.base import Storage
    from ozor.db import Database


class Backends:
    """The engines a process uses, built lazily so a process pays only for what it touches."""

    def __init__(self, settings: Settings):
        self.settings = settings

    @cached_property
    def storage(self) -> Storage:
        url = self.settings.storage_url
        if url and url.startswith("s3://"):
            raise ValueError(f"OZOR_STORAGE_URL={url!r}: S3 storage is not available in this version")
        from ozor.adapters.storage.local import LocalStorage

        return LocalStorage(self.settings.files_dir)


def build_queue(settings: Settings, db: Database) -> Queue:
    from ozor.adapters.queue.local import LocalQueue

    return LocalQueue(settings, db)
