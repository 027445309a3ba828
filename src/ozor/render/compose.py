"""Per-frame composition in YUV: the still part of a scene is composed once and reused, and only
what moves is drawn again on top of it each frame."""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from PIL import Image

from ozor.render import draw, yuv
from ozor.render.assets import AssetMap
from ozor.render.captions import caption_elements
from ozor.render.draw import Canvas, Raster
from ozor.render.motion import State, element_state
from ozor.render.moving import KenBurnsPicture, VideoClip, darken
from ozor.render.sprites import Rect, even, even_rect, offset_rect, overlaps, sprite_rect, transformed
from ozor.render.yuv import Planes, Sprite
from ozor.scene.models import (
    Element,
    GradientBackground,
    ImageBackground,
    ImageElement,
    LogoElement,
    Project,
    Scene,
    ShapeElement,
    SolidBackground,
    TextElement,
    VideoBackground,
    VideoElement,
)

PREFIX_CACHE = 2


def to_sprite(raster: Raster) -> Sprite:
    return yuv.sprite(raster.rgba, raster.x, raster.y)


@dataclass
class Layer:
    """One element as drawn: a still sprite, or moving content (a picture or a clip) in its box."""

    element: Element | None  # None: the background or a shadow that is always shown with its element
    sprite: Sprite | None = None
    moving: KenBurnsPicture | VideoClip | None = None
    box: tuple[int, int, int, int] = (0, 0, 0, 0)
    mask: np.ndarray | None = None  # the moving content's alpha (rounded corners)
    follows: int | None = None  # a shadow layer takes the state of the layer at this index

    @property
    def dynamic(self) -> bool:
        return self.moving is not None


class SceneRenderer:
    """Draws one scene at any scene-local time into a frame buffer."""

    def __init__(self, project: Project, scene: Scene, canvas: Canvas, assets: AssetMap):
        self.scene, self.canvas, self.theme = scene, canvas, project.theme
        self.assets = assets
        elements = list(scene.elements)
        if project.captions:
            elements += caption_elements(scene, project.aspect)
        self.elements = elements
        self.background = self._background()
        self.layers: list[Layer] = []
        for el in elements:
            self._add_layer(el)
        self._prefixes: OrderedDict[tuple[int, ...], Planes] = OrderedDict()
        self._typed: dict[tuple[int, int], Sprite] = {}

    # --- building the layers ------------------------------------------------------------------
    def _background(self) -> Layer:
        bg, (w, h) = self.scene.background, (self.canvas.width, self.canvas.height)
        if isinstance(bg, ImageBackground):
            image = draw.load_image(self.assets.path(bg.asset))
            if bg.ken_burns is not None:
                return Layer(None, moving=KenBurnsPicture(image, w, h, bg.fit, bg.ken_burns,
                                                          self.scene.duration, bg.scrim), box=(0, 0, w, h))
            picture, ox, oy = draw.fitted(image, w, h, bg.fit)
            canvas = Image.new("RGB", (w, h), (0, 0, 0))
            canvas.paste(picture, (ox, oy), picture)
            planes = yuv.opaque_planes(np.asarray(canvas))
            darken(planes, bg.scrim)
            return Layer(None, sprite=_opaque_sprite(planes))
        if isinstance(bg, VideoBackground):
            clip = VideoClip(self.assets.path(bg.asset), w, h, "cover", bg.trim_start, bg.trim_end, bg.loop,
                             bg.scrim)
            return Layer(None, moving=clip, box=(0, 0, w, h))
        if isinstance(bg, GradientBackground):
            return Layer(None, sprite=_opaque_sprite(yuv.opaque_planes(draw.gradient(bg, w, h))))
        assert isinstance(bg, SolidBackground)
        y, u, v = yuv.color_yuv(bg.color or self.theme.palette.background)
        planes = Planes(np.full((h, w), y, np.uint8), np.full((h // 2, w // 2), u, np.uint8),
                        np.full((h // 2, w // 2), v, np.uint8))
        return Layer(None, sprite=_opaque_sprite(planes))

    def _add_layer(self, el: Element) -> None:
        canvas = self.canvas
        if isinstance(el, TextElement):
            self.layers.append(Layer(el, sprite=to_sprite(draw.text_raster(el, self.theme, canvas))))
        elif isinstance(el, ShapeElement):
            self.layers.append(Layer(el, sprite=to_sprite(draw.shape_raster(el, self.theme, canvas))))
        elif isinstance(el, LogoElement) or (isinstance(el, ImageElement) and el.ken_burns is None):
            self.layers.append(Layer(el, sprite=to_sprite(draw.image_raster(el, self.assets.path(el.asset), canvas))))
        elif isinstance(el, ImageElement):
            x, y, w, h = _even_box(canvas.box(el.box))
            if el.shadow:
                shadow = to_sprite(draw.shadow_raster(el, canvas))
                self.layers.append(Layer(None, sprite=shadow, follows=len(self.layers) + 1))
            assert el.ken_burns is not None
            picture = KenBurnsPicture(draw.load_image(self.assets.path(el.asset)), w, h, el.fit, el.ken_burns,
                                      self.scene.duration)
            self.layers.append(Layer(el, moving=picture, box=(x, y, w, h), mask=_round_mask(w, h, el.corner_radius)))
        elif isinstance(el, VideoElement):
            x, y, w, h = _even_box(canvas.box(el.box))
            clip = VideoClip(self.assets.path(el.asset), w, h, el.fit, el.trim_start, el.trim_end, True)
            self.layers.append(Layer(el, moving=clip, box=(x, y, w, h), mask=_round_mask(w, h, el.corner_radius)))

    # --- drawing --------------------------------------------------------------------------------
    def states(self, t: float) -> list[State]:
        out = []
        for layer in self.layers:
            el = layer.element if layer.follows is None else self.layers[layer.follows].element
            out.append(_quantised(element_state(el, t, self.scene.duration), self.canvas) if el else State())
        return out

    def render(self, t: float, out: Planes) -> None:
        """Draw the scene at scene-local time t into `out`.

        Still layers go into a cached base frame unless they overlap something moving beneath them;
        only the moving layers (and still ones over them) are painted per frame. The buffer keeps
        the last frame, so only the rectangles painted last time are restored from the base.
        """
        fw, fh = self.canvas.width, self.canvas.height
        moving_boxes: list[Rect] = [(0, 0, fw, fh)] if self.background.dynamic else []
        base: list[int] = []
        overlay: list[tuple[Layer, State, Sprite | None]] = []
        for i, (layer, state) in enumerate(zip(self.layers, self.states(t))):
            if not state.visible:
                continue
            if layer.moving is None and state.still and not any(overlaps(layer_rect(layer), r) for r in moving_boxes):
                base.append(i)
                continue
            sprite = None
            if layer.moving is None:
                assert layer.sprite is not None
                source = self._typed_sprite(layer.element, state.chars) \
                    if state.chars < 1.0 and isinstance(layer.element, TextElement) else layer.sprite
                sprite = transformed(source, state, self.canvas)
                rect = sprite_rect(sprite)
            else:
                rect = offset_rect(layer.box, state, self.canvas)
            overlay.append((layer, state, sprite))
            moving_boxes.append(rect)
        key = tuple(base)
        drawer, last_key, dirty = out.mark or (None, None, None)
        if self.background.dynamic:
            pass
        elif drawer is self and last_key == key and dirty is not None:
            prefix = self._prefix(key)
            for x, y, w, h in dirty:
                out.region(x, y, w, h).copy_from(prefix.region(x, y, w, h))
        else:
            out.copy_from(self._prefix(key))
        if self.background.dynamic:  # it covers the frame, and every layer counts as over it
            self._paint_moving(self.background, State(), out, t)
        for layer, state, sprite in overlay:
            if sprite is not None:
                yuv.blend(out, sprite, state.opacity)
            else:
                self._paint_moving(layer, state, out, t)
        out.mark = (self, key, [even_rect(r, fw, fh) for r in moving_boxes])

    def _prefix(self, key: tuple[int, ...]) -> Planes:
        """The background with the given still layers composed on it (a few kept)."""
        if key in self._prefixes:
            self._prefixes.move_to_end(key)
            return self._prefixes[key]
        _, planes = yuv.frame_buffer(self.canvas.width, self.canvas.height)
        assert self.background.sprite is not None
        planes.copy_from(self.background.sprite.pm)
        for i in key:
            sprite = self.layers[i].sprite
            assert sprite is not None
            yuv.blend(planes, sprite)
        self._prefixes[key] = planes
        if len(self._prefixes) > PREFIX_CACHE:
            self._prefixes.popitem(last=False)
        return planes

    def _paint_moving(self, layer: Layer, state: State, out: Planes, t: float) -> None:
        assert layer.moving is not None
        x, y, w, h = layer.box
        if layer.mask is None and state.still:  # opaque and in place: straight into the frame
            layer.moving.draw(out.region(x, y, w, h), t)
            return
        scratch = yuv.frame_buffer(w, h)[1]
        layer.moving.draw(scratch, t)
        alpha = layer.mask if layer.mask is not None else np.full((h, w), 255, np.uint8)
        sprite = yuv.planes_sprite(scratch, alpha, x, y)
        yuv.blend(out, transformed(sprite, state, self.canvas), state.opacity)

    def _typed_sprite(self, el: TextElement, fraction: float) -> Sprite:
        chars = int(len(el.text) * fraction)
        key = (id(el), chars)
        if key not in self._typed:
            self._typed[key] = to_sprite(draw.text_raster(el, self.theme, self.canvas, chars=chars))
        return self._typed[key]

    def close(self) -> None:
        for layer in [self.background, *self.layers]:
            if isinstance(layer.moving, VideoClip):
                layer.moving.close()



def layer_rect(layer: Layer) -> Rect:
    return sprite_rect(layer.sprite) if layer.sprite is not None else layer.box


def _quantised(state: State, canvas: Canvas) -> State:
    """Round a state to what can be seen (even pixels, 1/255 of opacity), so "still" is exact."""
    if not state.visible or state.still:
        return state
    q = State(
        opacity=round(state.opacity * 255) / 255,
        dx=even(state.dx * canvas.base) / canvas.base,
        dy=even(state.dy * canvas.base) / canvas.base,
        scale=round(state.scale, 3),
        reveal=round(state.reveal, 3),
        reveal_from=state.reveal_from,
        chars=state.chars,
    )
    return State() if q == dataclasses.replace(State(), reveal_from=q.reveal_from) else q


def _even_box(box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    x, y, w, h = box
    return x // 2 * 2, y // 2 * 2, max(2, w // 2 * 2), max(2, h // 2 * 2)


def _opaque_sprite(planes: Planes) -> Sprite:
    """A full-frame opaque layer; its all-zero inverse alphas are broadcast views (no memory)."""
    w, h = planes.size
    zero = np.uint16(0)
    return Sprite(0, 0, planes, np.broadcast_to(zero, (h, w)), np.broadcast_to(zero, (h // 2, w // 2)))


def _round_mask(w: int, h: int, radius: float) -> np.ndarray | None:
    if radius <= 0:
        return None
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw._rounded(image, (0, 0, w, h), int(min(w, h) * radius), (255, 255, 255, 255))
    return np.asarray(image.getchannel("A"))
