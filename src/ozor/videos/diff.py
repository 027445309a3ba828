"""Two versions of a project compared: in words a reviewer can read, and as RFC 6902 JSON Patch."""

from __future__ import annotations

from typing import Any

import jsonpatch

QUOTE_CHARS = 60


def json_patch(old: dict[str, Any], new: dict[str, Any]) -> list[dict[str, Any]]:
    """Operations that turn `old` into `new` (applying them is exact: tests check it)."""
    ops: list[dict[str, Any]] = jsonpatch.make_patch(old, new).patch
    return ops


def describe(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """One sentence per change: project settings, scenes added, removed, moved, and what changed inside
    a scene (its title, timing, background, narration, and each element by id)."""
    if not old:
        return [f"Created “{new.get('title', '')}” with {_count(new.get('scenes'), 'scene')}"]
    out = _fields("Project", old, new, skip=("scenes",))
    before = {s["id"]: (i, s) for i, s in enumerate(old.get("scenes") or [])}
    after = {s["id"]: (i, s) for i, s in enumerate(new.get("scenes") or [])}
    for sid, (i, scene) in after.items():
        if sid not in before:
            out.append(f"Added scene {i + 1} {_name(scene)}")
    for sid, (i, scene) in before.items():
        if sid not in after:
            out.append(f"Removed scene {_name(scene)} (was scene {i + 1})")
    kept_old = [sid for sid in before if sid in after]
    kept_new = [sid for sid in after if sid in before]
    for sid in kept_new:
        i, scene = after[sid]
        if kept_old.index(sid) != kept_new.index(sid):
            out.append(f"Moved scene {_name(scene)} from position {before[sid][0] + 1} to {i + 1}")
        out += _scene_changes(i, before[sid][1], scene)
    return out


def _scene_changes(index: int, old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    where = f"Scene {index + 1} {_name(new)}"
    out = _fields(f"{where}:", old, new, skip=("id", "elements"))
    before = {e["id"]: e for e in old.get("elements") or []}
    after = {e["id"]: e for e in new.get("elements") or []}
    for eid, element in after.items():
        if eid not in before:
            out.append(f"{where}: added {_element(element)}")
        elif before[eid] != element:
            keys = sorted(k for k in set(before[eid]) | set(element) if before[eid].get(k) != element.get(k))
            if keys == ["text"]:
                out.append(
                    f"{where}: {_element(element)} changed{_change(before[eid]['text'], element['text'])}"
                )
            else:
                out.append(f"{where}: {_element(element)} changed its {', '.join(_field(k) for k in keys)}")
    out += [f"{where}: removed {_element(e)}" for eid, e in before.items() if eid not in after]
    if [e for e in before if e in after] != [e for e in after if e in before]:
        out.append(f"{where}: elements reordered")
    return out


def _fields(where: str, old: Any, new: Any, skip: tuple[str, ...] = (), path: str = "") -> list[str]:
    """One sentence per changed setting, reaching into nested settings (theme → accent) so that the
    sentence names what changed; lists and values of different shapes are reported whole."""
    if isinstance(old, dict) and isinstance(new, dict):
        return [
            line
            for key in sorted(set(old) | set(new))
            if key not in skip and old.get(key) != new.get(key)
            for line in _fields(where, old.get(key), new.get(key), path=f"{path} {_field(key)}".strip())
        ]
    return [f"{where} {path} changed{_change(old, new)}"]


def _name(scene: dict[str, Any]) -> str:
    return f"“{scene.get('title') or scene['id']}”"


def _element(element: dict[str, Any]) -> str:
    kind = element.get("type", "element")
    text = element.get("text")
    return f"{kind} “{_short(text)}”" if isinstance(text, str) else f"{kind} {element['id']!r}"


def _field(key: str) -> str:
    return "".join(f" {c.lower()}" if c.isupper() else c for c in key)


def _change(old: Any, new: Any) -> str:
    """“ from A to B” for short plain values; nothing for structures (the patch has the detail)."""
    simple = (str, int, float, bool, type(None))
    if isinstance(old, simple) and isinstance(new, simple):
        return f" from {_show(old)} to {_show(new)}"
    return ""


def _show(value: Any) -> str:
    return f"“{_short(value)}”" if isinstance(value, str) else "none" if value is None else str(value)


def _short(text: str) -> str:
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def _count(items: Any, noun: str) -> str:
    n = len(items or [])
    return f"{n} {noun}{'' if n == 1 else 's'}"
