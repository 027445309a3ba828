"""Secrets never reach a log: API keys, ID tokens, refresh tokens and URL signatures are masked in
every record, whoever logs it (our code, uvicorn's access log, a library), before any handler sees it.

Masking happens where records are made (the log record factory), not in one handler's filter:
uvicorn and tests add their own handlers, and each of them must get the masked text.
"""

from __future__ import annotations

import logging
import re
from typing import Any

SECRETS = (
    (re.compile(r"sk_live_[0-9a-fA-F]{6,}"), "sk_live_[masked]"),  # API keys
    (re.compile(r"eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]*"), "[masked token]"),  # ID tokens (JWTs)
    (
        re.compile(
            r"(?i)((?:^|[?&\s])(?:sig|signature|x-amz-signature|x-amz-credential|x-amz-security-token)=)[^&\s\"']+"
        ),
        r"\1[masked]",
    ),
    (
        re.compile(r"(?i)((?:refresh_?token|idToken|rawKey|password)[\"']?\s*[:=]\s*[\"']?)[^\s\"',&}]+"),
        r"\1[masked]",
    ),
)
_installed = False


def mask(text: str) -> str:
    """`text` with every secret replaced."""
    for pattern, replacement in SECRETS:
        text = pattern.sub(replacement, text)
    return text


def mask_secrets_in_logs() -> None:
    """Install the masking record factory once per process (idempotent)."""
    global _installed
    if _installed:
        return
    make_record = logging.getLogRecordFactory()

    def masked_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a malformed record stays as it was; logging reports it itself
            return record
        record.msg, record.args = mask(message), None
        return record

    logging.setLogRecordFactory(masked_record)
    _installed = True
