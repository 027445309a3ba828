"""Response objects: the wire's camelCase JSON as typed snake_case attributes, unknown fields kept.

A server newer than this package may add fields; they stay reachable (as snake_case attributes and in
`to_dict()`), so nothing the server says is lost and nothing is rejected.
"""

from __future__ import annotations

import re
import types
from typing import Any, Union, get_args, get_origin, get_type_hints

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def snake(name: str) -> str:
    return _CAMEL_BOUNDARY.sub("_", name).lower()


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


class Model:
    """Declared fields are class annotations (snake_case); a missing one reads as its default or None."""

    def __init__(self, data: dict[str, Any] | None = None, /, **fields: Any) -> None:
        wire = dict(data or {})
        wire.update({camel(k): v for k, v in fields.items()})
        hints = self.declared()
        self._wire_keys: dict[str, str] = {}
        for name in hints:
            object.__setattr__(self, name, getattr(type(self), name, None))
        for key, value in wire.items():
            name = snake(key)
            self._wire_keys[name] = key
            object.__setattr__(self, name, _convert(hints[name], value) if name in hints else value)

    @classmethod
    def declared(cls) -> dict[str, Any]:
        """{snake_case name: type} of the fields this class knows."""
        return _hints(cls)

    @classmethod
    def wire_names(cls) -> dict[str, str]:
        """{camelCase wire name: snake_case attribute} of the declared fields."""
        return {camel(name): name for name in cls.declared()}

    def unknown_fields(self) -> dict[str, Any]:
        """What the server sent that this class does not declare (a newer server's additions)."""
        hints = self.declared()
        return {key: getattr(self, name) for name, key in self._wire_keys.items() if name not in hints}

    def to_dict(self) -> dict[str, Any]:
        """The wire form (camelCase), including unknown fields and any attribute you changed."""
        names = [*self.declared(), *(n for n in self._wire_keys if n not in self.declared())]
        out = {}
        for name in names:
            if name in self._wire_keys or getattr(self, name) is not None:
                out[self._wire_keys.get(name, camel(name))] = _to_wire(getattr(self, name))
        return out

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{k}={getattr(self, k)!r}" for k in self.declared() if getattr(self, k) is not None
        )
        return f"{type(self).__name__}({fields})"


_HINTS: dict[type[Model], dict[str, Any]] = {}


def _hints(cls: type[Model]) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = {name: tp for name, tp in get_type_hints(cls).items() if not name.startswith("_")}
    return _HINTS[cls]


def _convert(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(tp) if a is not type(None)]
        return _convert(options[0], value) if len(options) == 1 else value
    if origin is list and isinstance(value, list):
        (item,) = get_args(tp) or (Any,)
        return [_convert(item, v) for v in value]
    if isinstance(tp, type) and issubclass(tp, Model) and isinstance(value, dict):
        return tp(value)
    return value


def _to_wire(value: Any) -> Any:
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, list):
        return [_to_wire(v) for v in value]
    return value
