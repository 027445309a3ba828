"""Python client for the Ozor video API: `Ozor` (blocking) and `AsyncOzor` (asyncio), the same surface.

from ozor_client import Ozor
client = Ozor()  # OZOR_API_KEY, OZOR_BASE_URL (default https://ozor.ai)
started = client.videos.generate("A 15-second ad for a minimalist desk lamp", export=True)
"""

from ozor_client import errors, types
from ozor_client._client import AsyncOzor, Ozor
from ozor_client._version import __version__ as __version__
from ozor_client.errors import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    BadRequestError,
    ExportFailedError,
    GenerationError,
    InsufficientCreditsError,
    JobFailedError,
    NotFoundError,
    OperationFailed,
    OzorError,
    PermissionDeniedError,
    ServerError,
    TimeoutError,
    WaitTimeoutError,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "AsyncOzor",
    "AuthenticationError",
    "BadRequestError",
    "ExportFailedError",
    "GenerationError",
    "InsufficientCreditsError",
    "JobFailedError",
    "NotFoundError",
    "OperationFailed",
    "Ozor",
    "OzorError",
    "PermissionDeniedError",
    "ServerError",
    "TimeoutError",
    "WaitTimeoutError",
    "errors",
    "types",
]
