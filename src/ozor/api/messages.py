"""Error messages as a client may read them: no object reprs, errno numbers or Python class names.

Library exceptions end up in `detail` strings (Pillow names the BytesIO it read, PyAV the errno it
got, Pydantic the class it expected); this is the one pass that turns those into plain words.
"""

from __future__ import annotations

import re

_REPLACEMENTS = (
    (re.compile(r"<[\w.]+ object at 0x[0-9a-fA-F]+>"), "the data sent"),
    (re.compile(r"\[Errno -?\d+\]\s*"), ""),
    (re.compile(r"\bExpected UploadFile, received: <class '[\w.]+'>"), "expected a file upload, not text"),
    (re.compile(r"<class '[\w.]+'>"), "a value of another type"),
    (re.compile(r"\bValue error, "), ""),
    (re.compile(r"\b0x[0-9a-fA-F]{6,}\b"), ""),
)


def public(detail: str) -> str:
    """`detail` without the internals a library put into it."""
    for pattern, words in _REPLACEMENTS:
        detail = pattern.sub(words, detail)
    return detail
