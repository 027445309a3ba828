"""Domain errors and their HTTP statuses.

OzorError(detail)
├── BadRequest          400  validation, limits, wrong state
├── Unauthorized        401  missing/unknown/revoked key or token
├── InsufficientCredits 402  balance short of the cost
├── Forbidden           403  valid caller, someone else's resource (or a bad file signature)
├── NotFound            404  no such resource
└── UpstreamError       500  a fetch, render or analysis failed; safe to retry
"""

from __future__ import annotations


class OzorError(Exception):
    status = 500

    def __init__(self, detail: str):
        super().__init__(detail)
        self.detail = detail


class BadRequest(OzorError):
    status = 400


class Unauthorized(OzorError):
    status = 401


class InsufficientCredits(OzorError):
    status = 402


class Forbidden(OzorError):
    status = 403


class NotFound(OzorError):
    status = 404


class UpstreamError(OzorError):
    status = 500
