"""A vendored icon set (Lucide, ISC): catalog and search by keyword, crisp rasterisation at any size.

A leaf package: it imports nothing else from ozor, so any layer (scene, agent, render) may use it.
"""

from ozor.icons.catalog import UnknownIconError, canonical, exists, find, names, search, shapes, source

__all__ = ["UnknownIconError", "canonical", "exists", "find", "names", "search", "shapes", "source"]
