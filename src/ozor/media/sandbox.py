"""Parsing untrusted documents in a child process with a time and memory limit.

A hostile or broken file can make a parser spin or balloon; in a child it is simply killed,
and the server (and its event loop) never notices.
"""

from __future__ import annotations

import multiprocessing
import resource
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from ozor.errors import BadRequest, OzorError, UpstreamError

T = TypeVar("T")


def _child(conn: Connection, func: Callable[..., Any], args: tuple[Any, ...], memory_mb: int) -> None:
    limit = memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        result: tuple[str, Any] = ("ok", func(*args))
    except OzorError as e:
        result = ("domain", (type(e).__name__, e.detail))
    except MemoryError:
        result = ("memory", None)
    except BaseException as e:  # a parser bug: report it, the parent decides the status
        result = ("crash", f"{type(e).__name__}: {e}\n{traceback.format_exc(limit=8)}")
    try:
        conn.send(result)
    finally:
        conn.close()


def run_isolated(
    func: Callable[..., T], *args: Any, timeout: float, memory_mb: int, what: str = "document"
) -> T:
    """`func(*args)` in a fresh child process; its OzorErrors come back as themselves.

    400 when the input makes the parser run out of time or memory or die; 500 for any other crash.
    """
    ctx = multiprocessing.get_context("forkserver")
    parent, child = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(child, func, args, memory_mb), daemon=True)
    process.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise BadRequest(
                f"Reading the {what} took longer than {timeout:.0f} s; it may be malformed or hostile"
            )
        try:
            status, value = parent.recv()
        except EOFError:
            raise BadRequest(
                f"The {what} could not be read: the parser stopped (the file is probably malformed)"
            ) from None
    finally:
        parent.close()
        if process.is_alive():
            process.kill()
        process.join(5)
    if status == "ok":
        return value
    if status == "domain":
        name, detail = value
        raise {cls.__name__: cls for cls in _errors()}.get(name, UpstreamError)(detail)
    if status == "memory":
        raise BadRequest(f"The {what} needs more than {memory_mb} MB of memory to read: refusing it")
    raise UpstreamError(f"Analysis failed: {value.splitlines()[0]}")


def _errors() -> list[type[OzorError]]:
    from ozor import errors

    return [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, OzorError)]
