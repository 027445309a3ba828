"""JSON request bodies that a route parses itself: every parser failure is a 400 in plain words.

FastAPI parses most bodies; the routes whose body is a free-form document (a scene graph, a plan
patch) read it here, so a hostile body (empty, not UTF-8, nested a thousand deep) is refused as
cleanly as a FastAPI-parsed one instead of reaching the 500 handler.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import Request

from ozor.errors import BadRequest

MAX_DEPTH = 64  # the deepest real document (project → scene → element → chart data) is about 8


async def json_body(request: Request) -> Any:
    """The request's JSON value; 400 when nothing was sent, when it is not JSON, or nested too deep."""
    raw = await request.body()
    if not raw.strip():
        raise BadRequest("No body was sent: send a JSON object (Content-Type: application/json)")
    try:
        value = json.loads(raw)
    except RecursionError:
        raise BadRequest(_too_deep()) from None
    except ValueError:  # includes UnicodeDecodeError
        raise BadRequest("Malformed JSON in the request body") from None
    if _depth(value) > MAX_DEPTH:
        raise BadRequest(_too_deep())
    return value


def _too_deep() -> str:
    return f"The request body is nested too deeply (at most {MAX_DEPTH} levels)"


def _depth(value: Any) -> int:
    """How deeply arrays and objects nest, counted without recursion (so no depth can crash it)."""
    deepest, level = 0, [(value, 1)]
    while level:
        item, depth = level.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        for child in children:
            if isinstance(child, dict | list):
                if depth + 1 > MAX_DEPTH:
                    return depth + 1
                level.append((child, depth + 1))
        deepest = max(deepest, depth if isinstance(item, dict | list) else 0)
    return deepest
