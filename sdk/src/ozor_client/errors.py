"""Every exception the client raises, one class per way a call can fail.

OzorError
├── APIError(status, detail, body)   the server answered with an error status
│   ├── BadRequestError           400  validation, limits, wrong state
│   ├── AuthenticationError       401  API key (or ID token) missing, unknown or revoked
│   ├── InsufficientCreditsError  402  balance short of the cost
│   ├── PermissionDeniedError     403  someone else's video, plan or job
│   ├── NotFoundError             404  no such video, job, plan, export or key
│   └── ServerError               5xx  upstream failure; safe to retry after a short delay
├── APIConnectionError               no answer: DNS, refused, reset, broken stream
│   └── TimeoutError                 no answer in time (also a builtins.TimeoutError)
└── OperationFailed                  the server reports that the work itself failed
    ├── JobFailedError               an agent job ended "failed"           (.job)
    ├── ExportFailedError            an export ended "failed", or none is there (.video)
    ├── GenerationError              plan generation streamed an "error" event (.event)
    └── WaitTimeoutError             wait_for_job/wait_for_export gave up (also a builtins.TimeoutError)
"""

from __future__ import annotations

import builtins
import json
from typing import Any

import httpx

from ozor_client.types import Job, PlanEvent, Video


class OzorError(Exception):
    """Base of everything this package raises."""


class APIError(OzorError):
    """An error status from the server; `detail` is the server's message."""

    def __init__(self, status: int, detail: str, body: Any = None, headers: httpx.Headers | None = None):
        super().__init__(f"{detail} (HTTP {status})")
        self.status = status
        self.detail = detail
        self.body = body
        self.headers = headers if headers is not None else httpx.Headers()


class BadRequestError(APIError):
    pass


class AuthenticationError(APIError):
    pass


class InsufficientCreditsError(APIError):
    pass


class PermissionDeniedError(APIError):
    pass


class NotFoundError(APIError):
    pass


class ServerError(APIError):
    pass


class APIConnectionError(OzorError):
    pass


class TimeoutError(APIConnectionError, builtins.TimeoutError):
    pass


class OperationFailed(OzorError):
    pass


class JobFailedError(OperationFailed):
    def __init__(self, job: Job):
        super().__init__(job.error or f"Job {job.job_id} failed")
        self.job = job


class ExportFailedError(OperationFailed):
    def __init__(self, video: Video, message: str | None = None):
        super().__init__(message or video.export_error or f"Export of video {video.video_id} failed")
        self.video = video


class GenerationError(OperationFailed):
    def __init__(self, event: PlanEvent):
        super().__init__(event.detail or "Plan generation failed")
        self.event = event


class WaitTimeoutError(OperationFailed, builtins.TimeoutError):
    pass


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientCreditsError,
    403: PermissionDeniedError,
    404: NotFoundError,
}


def from_response(status: int, content: bytes, headers: httpx.Headers) -> APIError:
    """The exception for an error response, with the server's `detail` when it sent one."""
    body: Any
    try:
        body = json.loads(content)
    except ValueError:
        body = content.decode("utf-8", "replace")
    detail = body.get("detail") if isinstance(body, dict) else None
    if not isinstance(detail, str):
        detail = (
            str(detail) if detail is not None else (str(body)[:200] or httpx.codes.get_reason_phrase(status))
        )
    cls = _BY_STATUS.get(status, ServerError if status >= 500 else APIError)
    return cls(status, detail, body, headers)
