"""Icons from the catalogue (ozor.icons), rasterised from vectors at the output size, optionally on a disc
or rounded tile; tinted with the accent unless told otherwise."""

from __future__ import annotations

from PIL import Image

from ozor.render.paint import on, shape
from ozor.render.parts import Built, Context, image_sprite
from ozor.scene.color import rgba_of
from ozor.scene.models import IconElement

TINT = 0x2E  # the alpha of an accent-tinted disc or tile (about 18 %)


def build_icon(el: IconElement, ctx: Context) -> Built:
    from ozor.icons import raster

    x, y, w, h = ctx.canvas.box(el.box)
    side = min(w, h)
    accent = ctx.theme.palette.accent
    image = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    if el.background == "none":
        size, color = side, el.color or accent
    else:
        if el.background_color is None:
            fill: str | tuple[int, int, int, int] = (*rgba_of(accent)[:3], TINT)
            color = el.color or accent
        else:
            fill, color = el.background_color, el.color or on(el.background_color)
        kind = "ellipse" if el.background == "disc" else "rounded"
        image.alpha_composite(shape(side, side, fill, round(side * 0.24), kind))
        size = round(side * 0.56)
    glyph = raster.rasterize(el.name, size, rgba_of(color)[:3], stroke_width=el.stroke_width)
    image.alpha_composite(glyph.convert("RGBA"), ((side - glyph.width) // 2, (side - glyph.height) // 2))
    return Built(image_sprite(image, x + (w - side) // 2, y + (h - side) // 2))
