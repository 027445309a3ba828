"""Elements → layers: what each element type is drawn as (a still sprite, moving content, or parts)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
from PIL import Image

from ozor.render import draw, pictures, yuv
from ozor.render.charts import build_bars, build_comparison
from ozor.render.counter import build_counter
from ozor.render.draw import Raster
from ozor.render.icon import build_icon
from ozor.render.kinetic import build_text
from ozor.render.lists import build_list
from ozor.render.motifs import build_motif
from ozor.render.moving import KenBurnsPicture, VideoClip, video_size
from ozor.render.overlays import build_lower_third, build_progress, build_sting
from ozor.render.parts import Animated, Built, Context, faded
from ozor.render.plots import build_donut, build_line
from ozor.render.yuv import Planes, Sprite
from ozor.scene.models import (
    Element,
    ImageElement,
    LogoElement,
    MotifElement,
    ShapeElement,
    TextElement,
    VideoElement,
)


class Moving(Protocol):
    """Content redrawn every frame into its box: a Ken Burns picture, a clip, a drifting gradient."""

    def draw(self, dst: Planes, t: float) -> None: ...


@dataclass
class Layer:
    """One element as drawn: a still sprite, moving content (a picture or a clip) in its box, or parts."""

    element: Element | None  # None: the background or a shadow that is always shown with its element
    sprite: Sprite | None = None
    moving: Moving | None = None
    box: tuple[int, int, int, int] = (0, 0, 0, 0)
    mask: np.ndarray | None = None  # the moving content's alpha (rounded corners)
    follows: int | None = None  # a shadow layer takes the state of the layer at this index
    anim: Animated | None = None  # pieces while the element animates inside itself
    part_opacity: float = 1.0  # the element's opacity, applied to its parts (its sprite has it baked in)

    @property
    def dynamic(self) -> bool:
        return self.moving is not None


def to_sprite(raster: Raster) -> Sprite:
    return yuv.sprite(raster.rgba, raster.x, raster.y)


BUILDERS: dict[str, Callable[[Any, Context], Built]] = {
    "icon": build_icon,
    "counter": build_counter,
    "barChart": build_bars,
    "comparison": build_comparison,
    "lineChart": build_line,
    "donut": build_donut,
    "list": build_list,
    "motif": build_motif,
    "lowerThird": build_lower_third,
    "progress": build_progress,
    "sting": build_sting,
}


def layers_for(el: Element, ctx: Context, index: int) -> list[Layer]:
    """The layers of one element; `index` is where the first of them lands in the scene's list."""
    canvas = ctx.canvas
    if isinstance(el, TextElement):
        if el.reveal is None and not el.emphasis:
            return [Layer(el, sprite=faded(to_sprite(draw.text_raster(el, ctx.theme, canvas)), el.opacity))]
        built = build_text(el, ctx)
        return [Layer(el, sprite=faded(built.sprite, el.opacity), anim=built.anim, part_opacity=el.opacity)]
    if isinstance(el, ShapeElement):
        return [Layer(el, sprite=faded(to_sprite(draw.shape_raster(el, ctx.theme, canvas)), el.opacity))]
    if isinstance(el, LogoElement):
        raster = draw.image_raster(el, draw.load_image(ctx.assets.path(el.asset)), canvas.box(el.box), canvas)
        return [Layer(el, sprite=faded(to_sprite(raster), el.opacity))]
    if isinstance(el, ImageElement):
        return _picture(el, ctx, index)
    if isinstance(el, VideoElement):
        path, box = ctx.assets.path(el.asset), canvas.box(el.box)
        if el.fit == "contain":  # the frame fits the clip (filled exactly): nothing is padded around it
            box = draw.contained_box(video_size(path), box)
        x, y, w, h = even_box(box)
        clip = VideoClip(path, w, h, el.trim_start, el.trim_end, True)
        return [Layer(el, moving=clip, box=(x, y, w, h), mask=round_mask(w, h, el.corner_radius))]
    built = BUILDERS[el.type](el, ctx)
    # A motif's pieces carry its opacity in their alpha already; other parts take the element's.
    own = 1.0 if isinstance(el, MotifElement) else el.opacity
    return [Layer(el, sprite=faded(built.sprite, el.opacity), anim=built.anim, part_opacity=own)]


def _picture(el: ImageElement, ctx: Context, index: int) -> list[Layer]:
    """A picture (still or zooming) in its box or device screen, masked and recoloured, then its device."""
    canvas = ctx.canvas
    image = pictures.recoloured(draw.load_image(ctx.assets.path(el.asset)), el)
    screen = pictures.screen(el, canvas.box(el.box))
    whole, fit = el.fit == "contain", el.fit
    if whole and el.device == "none":  # the frame fits the picture (filled exactly): nothing is padded
        screen, fit = draw.contained_box(image.size, screen), "cover"
    out = []
    # A cut-out shown whole keeps its outline (a zoom would flatten it onto a box), so it stays still.
    if el.ken_burns is None or (whole and draw.has_transparency(image)):
        raster = draw.image_raster(el, image, screen, canvas, lambda w, h: pictures.mask(el, w, h))
        out.append(Layer(el, sprite=faded(to_sprite(raster), el.opacity)))
    else:
        x, y, w, h = even_box(screen)
        if el.shadow:
            shadow = draw.shadow_raster(el, (x, y, w, h), canvas)
            out.append(Layer(None, sprite=to_sprite(shadow), follows=index + 1))
        # A device's screen around a contained picture takes its edge colour, else the look's surface.
        fill = draw.mat(image, ctx.theme.palette.surface) if fit == "contain" else (0, 0, 0)
        picture = KenBurnsPicture(image, w, h, fit, el.ken_burns, ctx.duration, fill=fill)
        out.append(Layer(el, moving=picture, box=(x, y, w, h), mask=pictures.mask(el, w, h)))
    body = pictures.device(el, canvas.box(el.box), canvas)
    if body is not None:
        out.append(Layer(el, sprite=faded(to_sprite(body), el.opacity)))
    return out


def even_box(box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    x, y, w, h = box
    return x // 2 * 2, y // 2 * 2, max(2, w // 2 * 2), max(2, h // 2 * 2)


def round_mask(w: int, h: int, radius: float) -> np.ndarray | None:
    if radius <= 0:
        return None
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw.rounded(image, (0, 0, w, h), int(min(w, h) * radius), (255, 255, 255, 255))
    return np.asarray(image.getchannel("A"))
