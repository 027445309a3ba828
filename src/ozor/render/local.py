"""Rendering a project file on this machine: what `ozor render` runs (no server, no database)."""

from __future__ import annotations

import json
from pathlib import Path

from ozor.errors import BadRequest
from ozor.render.assets import local_assets
from ozor.render.pipeline import Progress, RenderOptions, Result, render
from ozor.render.thumbnail import write_thumbnail
from ozor.scene.models import Project
from ozor.scene.parse import parse_project
from ozor.scene.quality import Quality


def load(path: Path) -> Project:
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError) as e:
        raise BadRequest(f"{path}: not a readable JSON file ({e})") from None
    try:
        return parse_project(data)
    except BadRequest as e:
        raise BadRequest(f"{path.name}: {e.detail}") from None


def render_file(
    path: Path,
    output: Path,
    *,
    quality: Quality,
    preset: str,
    crf: int,
    workers: int,
    thumbnail: Path | None = None,
    progress: Progress | None = None,
) -> Result:
    project = load(path)
    assets = local_assets(project, path.resolve().parent)
    result = render(
        project,
        assets,
        output,
        RenderOptions(quality=quality, preset=preset, crf=crf, workers=workers),
        progress,
    )
    if thumbnail is not None:
        write_thumbnail(project, output, thumbnail)
    return result
