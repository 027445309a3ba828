"""A scripted chat-completions server on loopback: real HTTP, the real tool_calls protocol.

Each POST /v1/chat/completions gets the next reply of the script (a list of tool calls, or a final
text, or a function of the request that returns one, for a peer that reacts to what it is sent);
every request body is kept so tests can check what the director sent back.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self


def calls(*pairs: tuple[str, dict[str, Any] | str]) -> dict[str, Any]:
    """An assistant reply calling tools; a str instead of a dict is sent as raw (possibly broken) JSON."""
    return {
        "tool_calls": [
            {"name": name, "arguments": args if isinstance(args, str) else json.dumps(args)}
            for name, args in pairs
        ]
    }


def text(content: str) -> dict[str, Any]:
    return {"content": content}


class ScriptedLLM:
    def __init__(
        self,
        script: list[dict[str, Any] | Callable[[dict[str, Any]], dict[str, Any]]],
        *,
        fail_with: int | None = None,
        repeat_last: bool = False,
    ):
        self.script = list(script)
        self.fail_with = fail_with
        self.repeat_last = repeat_last
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self._counter = 0
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _next(self) -> dict[str, Any]:
        self._counter += 1
        step = self.script.pop(0) if len(self.script) > 1 or not self.repeat_last else self.script[0]
        if callable(step):
            step = step(self.requests[-1])
        message: dict[str, Any] = {"role": "assistant", "content": step.get("content")}
        if "tool_calls" in step:
            message["tool_calls"] = [
                {"id": f"call_{self._counter}_{i}", "type": "function", "function": call}
                for i, call in enumerate(step["tool_calls"])
            ]
        return {
            "id": f"chatcmpl-{self._counter}",
            "object": "chat.completion",
            "created": 1_700_000_000,
            "model": self.requests[-1].get("model", "scripted"),
            "choices": [
                {
                    "index": 0,
                    "message": message,
                    "finish_reason": "tool_calls" if "tool_calls" in step else "stop",
                }
            ],
            "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
        }

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.requests.append(body)
                outer.headers.append({k.lower(): v for k, v in self.headers.items()})
                if self.path != "/v1/chat/completions":
                    self._send(404, {"error": {"message": "not found"}})
                elif outer.fail_with:
                    self._send(
                        outer.fail_with,
                        {"error": {"message": "the model is overloaded", "type": "server_error"}},
                    )
                elif not outer.script:
                    self._send(500, {"error": {"message": "the script ran out", "type": "server_error"}})
                else:
                    self._send(200, outer._next())

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        return Handler
