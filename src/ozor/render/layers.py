"""Elements → layers: what each element type is drawn as (a still sprite, moving content, or parts)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image

from ozor.render import draw, yuv
from ozor.render.draw import Raster
from ozor.render.kinetic import build_text
from ozor.render.moving import KenBurnsPicture, VideoClip
from ozor.render.parts import Animated, Built, Context, faded
from ozor.render.yuv import Sprite
from ozor.scene.models import Element, ImageElement, LogoElement, ShapeElement, TextElement, VideoElement


@dataclass
class Layer:
    """One element as drawn: a still sprite, moving content (a picture or a clip) in its box, or parts."""

    element: Element | None  # None: the background or a shadow that is always shown with its element
    sprite: Sprite | None = None
    moving: KenBurnsPicture | VideoClip | None = None
    box: tuple[int, int, int, int] = (0, 0, 0, 0)
    mask: np.ndarray | None = None  # the moving content's alpha (rounded corners)
    follows: int | None = None  # a shadow layer takes the state of the layer at this index
    anim: Animated | None = None  # pieces while the element animates inside itself

    @property
    def dynamic(self) -> bool:
        return self.moving is not None


def to_sprite(raster: Raster) -> Sprite:
    return yuv.sprite(raster.rgba, raster.x, raster.y)


Builder = Callable[[Element, Context], Built]
BUILDERS: dict[str, Builder] = {}


def builder(kind: str) -> Callable[[Builder], Builder]:
    """Register how an element type is built (element modules register themselves on import)."""

    def register(fn: Builder) -> Builder:
        BUILDERS[kind] = fn
        return fn

    return register


def layers_for(el: Element, ctx: Context, index: int) -> list[Layer]:
    """The layers of one element; `index` is where the first of them lands in the scene's list."""
    canvas = ctx.canvas
    if isinstance(el, TextElement):
        if el.reveal is None and not el.emphasis:
            return [Layer(el, sprite=faded(to_sprite(draw.text_raster(el, ctx.theme, canvas)), el.opacity))]
        built = build_text(el, ctx)
        return [Layer(el, sprite=faded(built.sprite, el.opacity), anim=built.anim)]
    if isinstance(el, ShapeElement):
        return [Layer(el, sprite=faded(to_sprite(draw.shape_raster(el, ctx.theme, canvas)), el.opacity))]
    if isinstance(el, LogoElement) or (isinstance(el, ImageElement) and el.ken_burns is None):
        raster = draw.image_raster(el, ctx.assets.path(el.asset), canvas)
        return [Layer(el, sprite=faded(to_sprite(raster), el.opacity))]
    if isinstance(el, ImageElement):
        x, y, w, h = even_box(canvas.box(el.box))
        out = []
        if el.shadow:
            out.append(Layer(None, sprite=to_sprite(draw.shadow_raster(el, canvas)), follows=index + 1))
        assert el.ken_burns is not None
        picture = KenBurnsPicture(draw.load_image(ctx.assets.path(el.asset)), w, h, el.fit, el.ken_burns, ctx.duration)
        return [*out, Layer(el, moving=picture, box=(x, y, w, h), mask=round_mask(w, h, el.corner_radius))]
    if isinstance(el, VideoElement):
        x, y, w, h = even_box(canvas.box(el.box))
        clip = VideoClip(ctx.assets.path(el.asset), w, h, el.fit, el.trim_start, el.trim_end, True)
        return [Layer(el, moving=clip, box=(x, y, w, h), mask=round_mask(w, h, el.corner_radius))]
    built = BUILDERS[el.type](el, ctx)
    return [Layer(el, sprite=faded(built.sprite, el.opacity), anim=built.anim)]


def even_box(box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    x, y, w, h = box
    return x // 2 * 2, y // 2 * 2, max(2, w // 2 * 2), max(2, h // 2 * 2)


def round_mask(w: int, h: int, radius: float) -> np.ndarray | None:
    if radius <= 0:
        return None
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw.rounded(image, (0, 0, w, h), int(min(w, h) * radius), (255, 255, 255, 255))
    return np.asarray(image.getchannel("A"))
