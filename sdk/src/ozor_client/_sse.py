"""A server-sent-events decoder fed line by line (the same one for the sync and async streams)."""

from __future__ import annotations

import json
from typing import Any


class SSEDecoder:
    """Collects `data:` lines until the blank line that ends an event, then yields its JSON object.

    The `event:` name and `id:` of the event just returned are kept in `name` and `event_id`, for
    streams of several kinds (a video's live events) that need what each event is and where to resume.
    """

    def __init__(self) -> None:
        self._data: list[str] = []
        self._event: str | None = None
        self._id: str | None = None
        self.name: str | None = None
        self.event_id: int | None = None

    def feed(self, line: str) -> dict[str, Any] | None:
        line = line.rstrip("\r\n")
        if not line:
            return self._flush()
        if line.startswith(":"):
            return None  # a comment (keep-alive)
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            self._id = value
        return None

    def close(self) -> dict[str, Any] | None:
        """The last event, when the stream ended without its blank line."""
        return self._flush()

    def _flush(self) -> dict[str, Any] | None:
        if not self._data:
            self._event = self._id = None
            return None
        text, self._data = "\n".join(self._data), []
        event = json.loads(text)
        self.name, self.event_id = self._event, int(self._id) if self._id and self._id.isdigit() else None
        self._event = self._id = None
        return event if isinstance(event, dict) else {"data": event}
