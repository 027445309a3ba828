"""The Queue interface: carries job ids to whatever runs them; job state lives in the database."""

from __future__ import annotations

from typing import Protocol


class Queue(Protocol):
    def start(self) -> None: ...

    def submit(self, job_id: str) -> None:
        """Called after the job's row is committed."""
        ...

    def stop(self) -> None: ...
