"""Fonts from pip packages (fontpkg-*), so a fresh machine renders the same text with no system fonts."""

from __future__ import annotations

from functools import lru_cache

from PIL import ImageFont

from ozor.scene.fonts import FONTS, FontFamily, package


@lru_cache(maxsize=256)
def font(family: FontFamily, weight: int, size_px: int) -> ImageFont.FreeTypeFont:
    """The family at `weight`, snapped into the weights it has; optical size (if any) follows the size."""
    import fontpkg

    low, high = FONTS[family].weights if family in FONTS else (100, 1000)
    weight = min(high, max(low, int(weight)))
    try:
        path = fontpkg.path(family, weight, nearest=True)
    except fontpkg.FontpkgError as e:  # a missing package is an install problem, not a user error
        raise RuntimeError(f"font {family!r} is not installed: pip install {package(family)}") from e
    face = ImageFont.truetype(str(path), max(1, size_px))
    try:
        axes = face.get_variation_axes()
    except OSError:  # a static font file: nothing to set
        return face
    values = []
    for axis in axes:
        name = axis["name"].decode() if isinstance(axis["name"], bytes) else str(axis["name"])
        lo, hi = float(axis["minimum"] or 0), float(axis["maximum"] or 0)
        # Points are 3/4 of a pixel at the 96 dpi that optical sizes are designed for.
        wanted = {"weight": weight, "optical size": size_px * 0.75}.get(name.strip().lower(), axis["default"])
        values.append(min(hi, max(lo, float(wanted or 0))))
    face.set_variation_by_axes(values)
    return face
