"""The example assets template examples refer to (examples/assets)."""

from __future__ import annotations

from pathlib import Path

from ozor.render.assets import AssetMap, local_assets
from ozor.scene.models import Project

ASSETS = Path(__file__).resolve().parents[2] / "examples" / "assets"


def asset_map(project: Project) -> AssetMap:
    return local_assets(project, ASSETS)
