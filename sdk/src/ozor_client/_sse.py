"""A server-sent-events decoder fed line by line (the same one for the sync and async streams)."""

from __future__ import annotations

import json
from typing import Any


class SSEDecoder:
    """Collects `data:` lines until the blank line that ends an event, then yields its JSON object."""

    def __init__(self) -> None:
        self._data: list[str] = []

    def feed(self, line: str) -> dict[str, Any] | None:
        line = line.rstrip("\r\n")
        if not line:
            return self._flush()
        if line.startswith(":"):
            return None  # a comment (keep-alive)
        name, _, value = line.partition(":")
        if name == "data":
            self._data.append(value.removeprefix(" "))
        return None

    def close(self) -> dict[str, Any] | None:
        """The last event, when the stream ended without its blank line."""
        return self._flush()

    def _flush(self) -> dict[str, Any] | None:
        if not self._data:
            return None
        text, self._data = "\n".join(self._data), []
        event = json.loads(text)
        return event if isinstance(event, dict) else {"data": event}
