"""Schema versions: older project documents are brought up to the current one as they are read.

Version 2 only added vocabulary (icons, data elements, kinetic text, keyframes, motifs, animated
backgrounds, image treatments), so a version-1 document means the same thing in version 2 and
renders the same frames; each step below is one version's change, applied in order.
"""

from __future__ import annotations

from typing import Any, Literal

SCHEMA_VERSION: Literal[2] = 2


def _from_1(data: dict[str, Any]) -> dict[str, Any]:
    return {**data, "schemaVersion": 2}


STEPS = {1: _from_1}


def migrate(data: Any) -> Any:
    """The document at the current version (anything that is not a versioned dict passes through)."""
    if not isinstance(data, dict):
        return data
    key = "schemaVersion" if "schemaVersion" in data else "schema_version"
    version = data.get(key)
    if not isinstance(version, int) or version not in STEPS:
        return data  # current, missing (defaults to current) or unknown (validation names it)
    if key != "schemaVersion":
        data = {**{k: v for k, v in data.items() if k != key}, "schemaVersion": version}
    while data["schemaVersion"] in STEPS:
        data = STEPS[data["schemaVersion"]](data)
    return data
