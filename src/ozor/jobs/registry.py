"""Job kinds and the modules that run them.

A handler module defines `run(ctx: JobContext) -> str | None` (the job's response) and may define
`on_failure(session, job, error)` to put its own rows right in the same transaction that fails
the job. Modules are imported when a job runs, never at import time.
"""

from __future__ import annotations

import importlib
from types import ModuleType

HANDLERS: dict[str, str] = {
    "export": "ozor.export_job",
    "scene_stills": "ozor.dashboard.stills",
    "document_video": "ozor.documents.generate",
    "generate": "ozor.agent.job",
    "message": "ozor.agent.job",
}


def module_for(kind: str) -> ModuleType:
    try:
        return importlib.import_module(HANDLERS[kind])
    except KeyError:
        raise LookupError(f"no handler for job kind {kind!r}") from None
