"""The scene graph: frozen models, timing, pure edits and content hashes."""

from ozor.scene.models import Project, Scene

__all__ = ["Project", "Scene"]
