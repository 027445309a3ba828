"""What a job handler gets, and the protocol every handler follows."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy.orm import Session

from ozor.backends import Backends
from ozor.config import Settings
from ozor.db import Database
from ozor.db.models import Job
from ozor.jobs import service
from ozor.jobs.payloads import Payload

P = TypeVar("P", bound=Payload)
Submit = Callable[[str], None]


@dataclass
class JobContext(Generic[P]):
    """The job as it was claimed, its typed payload, the process's database and backends, and the
    queue's own `submit` for jobs this one creates."""

    settings: Settings
    db: Database
    backends: Backends
    job: Job
    payload: P
    submit: Submit

    def complete(self, session: Session, response: str | None = None) -> None:
        """Finish the job (and capture its credits) inside the handler's own final transaction."""
        service.complete(session, self.job.id, response)


class Handler(Protocol[P]):
    """One kind of job: `run` does the work (its return value is the job's response, unless it
    completed the job itself); `on_failure` puts the handler's own rows right in the same
    transaction that fails the job. `payload_type` reads the stored payload back."""

    payload_type: type[P]

    def run(self, ctx: JobContext[P]) -> str | None: ...

    def on_failure(self, session: Session, job: Job, payload: P, error: str) -> None: ...


# Job kind (its wire value) → handler. The composition root (ozor.context) builds it, so jobs/
# never imports the domain that uses it.
Handlers = Mapping[str, Handler[Any]]
