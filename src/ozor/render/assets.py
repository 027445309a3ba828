"""Where a project's asset references point: a picklable map handed to the chunk workers.

The export job resolves `asset_…` ids through the database and the storage adapter; a local render
resolves plain paths against the project file's folder. Either way the renderer sees local files and
a fingerprint per file, which keys the chunk cache (an edited image must not reuse stale chunks).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ozor.errors import BadRequest
from ozor.scene.models import (
    ImageBackground,
    ImageElement,
    LogoElement,
    Project,
    Scene,
    StingElement,
    VideoBackground,
    VideoElement,
)


@dataclass(frozen=True)
class AssetMap:
    files: dict[str, Path] = field(default_factory=dict)
    fingerprints: dict[str, str] = field(default_factory=dict)

    def path(self, ref: str) -> Path:
        try:
            return self.files[ref]
        except KeyError:
            raise BadRequest(f"The project uses {ref!r}, which could not be found") from None

    def fingerprint(self, refs: Iterable[str]) -> str:
        return ",".join(self.fingerprints.get(r, "?") for r in sorted(set(refs)))


def refs_of(project: Project) -> list[str]:
    """Every asset a project draws or plays, scenes in order."""
    out: list[str] = []
    for scene in project.scenes:
        out.extend(scene_refs(scene))
    return out


def scene_refs(scene: Scene) -> list[str]:
    refs = []
    if isinstance(scene.background, ImageBackground | VideoBackground):
        refs.append(scene.background.asset)
    refs.extend(e.asset for e in scene.elements if isinstance(e, ImageElement | VideoElement | LogoElement))
    refs.extend(e.asset for e in scene.elements if isinstance(e, StingElement) and e.asset is not None)
    if scene.narration is not None and scene.narration.audio:
        refs.append(scene.narration.audio)
    return refs


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def local_assets(project: Project, base_dir: Path) -> AssetMap:
    """Plain paths relative to the project file (the `ozor render` command)."""
    files, prints = {}, {}
    for ref in refs_of(project):
        path = (base_dir / ref).resolve()
        if not path.is_file():
            raise BadRequest(f"The project refers to {ref!r}, but {path} does not exist")
        files[ref] = path
        prints[ref] = file_sha256(path)
    return AssetMap(files, prints)
