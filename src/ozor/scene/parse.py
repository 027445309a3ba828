"""Project documents from untrusted JSON: a 400 that names the first bad field by its path."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from ozor.errors import BadRequest
from ozor.scene.models import Project


def parse_project(data: Any, where: str = "") -> Project:
    """Validate a project document; the error reads e.g. `project.scenes.0.duration: Input should be …`."""
    if not isinstance(data, dict):
        raise BadRequest(f"{where or 'body'}: expected a project object")
    try:
        return Project.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        path = ".".join(str(p) for p in (where, *first["loc"]) if p != "") or "project"
        more = f" (and {e.error_count() - 1} more)" if e.error_count() > 1 else ""
        raise BadRequest(f"{path}: {first['msg']}{more}") from None
