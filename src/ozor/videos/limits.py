"""How much work one request may ask for: a project's length is checked where it is saved and again
where an export starts, so no path (API, editor, agent) can queue hours of rendering."""

from __future__ import annotations

from ozor.config import Settings
from ozor.errors import BadRequest
from ozor.scene.models import Project
from ozor.scene.timing import total_duration


def check_length(settings: Settings, project: Project) -> None:
    """400 when the project plays longer than `OZOR_MAX_PROJECT_SEC` (scenes and elements per scene
    are capped by the scene graph's own schema: 100 and 60)."""
    seconds = total_duration(project)
    if seconds > settings.max_project_sec + 1e-6:
        raise BadRequest(
            f"The project lasts {seconds:.1f} s; a project may last at most {settings.max_project_sec:g} s"
        )
