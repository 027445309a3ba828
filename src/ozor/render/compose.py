"""Per-frame composition in YUV: the still part of a scene is composed once and reused, and only
what moves is drawn again on top of it each frame."""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property

import cv2
import numpy as np
from PIL import Image

from ozor.render import draw, yuv
from ozor.render.assets import AssetMap
from ozor.render.captions import caption_elements
from ozor.render.draw import Canvas, Raster
from ozor.render.motion import State, element_state
from ozor.render.moving import KenBurnsPicture, VideoClip, darken
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

PREFIX_CACHE = 4


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
        self._prefixes: OrderedDict[tuple, Planes] = OrderedDict()
        self._typed: dict[tuple[int, int], Sprite] = {}
        self._last: tuple[int, tuple] | None = None  # (id of the buffer, key) of the last still frame

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
            return Layer(None, sprite=_opaque_sprite(yuv.opaque_planes(gradient(bg, w, h))))
        assert isinstance(bg, SolidBackground)
        planes = Planes(*(np.full(shape, c, np.uint8) for shape, c in
                          zip(((h, w), (h // 2, w // 2), (h // 2, w // 2)),
                              yuv.color_yuv(bg.color or self.theme.palette.background))))
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
        """Draw the scene at scene-local time t into `out`."""
        states = self.states(t)
        moving = [self.background.dynamic] + [
            s.visible and (layer.dynamic or not s.still) for layer, s in zip(self.layers, states)
        ]
        first = moving.index(True) if True in moving else len(moving)
        key = (first, tuple(s.visible for s in states[: max(0, first - 1)]))
        if first == len(moving) and self._last == (id(out), key):
            return  # the same still frame is already in the buffer
        if first > 0:
            out.copy_from(self._prefix(key))
        self._last = (id(out), key) if first == len(moving) else None
        if first == 0:
            self._paint(self.background, State(), out, t)
        for layer, state in list(zip(self.layers, states))[max(0, first - 1):]:
            if state.visible:
                self._paint(layer, state, out, t)

    def _prefix(self, key: tuple) -> Planes:
        """The composite of the background and the still layers under the first moving one."""
        if key in self._prefixes:
            self._prefixes.move_to_end(key)
            return self._prefixes[key]
        _first, visible = key
        _, planes = yuv.frame_buffer(self.canvas.width, self.canvas.height)
        assert self.background.sprite is not None
        planes.copy_from(self.background.sprite.pm)
        for layer, shown in zip(self.layers, visible):
            if shown:
                assert layer.sprite is not None
                yuv.blend(planes, layer.sprite)
        self._prefixes[key] = planes
        if len(self._prefixes) > PREFIX_CACHE:
            self._prefixes.popitem(last=False)
        return planes

    def _paint(self, layer: Layer, state: State, out: Planes, t: float) -> None:
        if layer.moving is not None:
            self._paint_moving(layer, state, out, t)
            return
        sprite = layer.sprite
        assert sprite is not None
        if state.chars < 1.0 and isinstance(layer.element, TextElement):
            sprite = self._typed_sprite(layer.element, state.chars)
        yuv.blend(out, transformed(sprite, state, self.canvas), state.opacity)

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

    @cached_property
    def has_motion(self) -> bool:
        return self.background.dynamic or any(layer.dynamic for layer in self.layers)


def transformed(s: Sprite, state: State, canvas: Canvas) -> Sprite:
    """The sprite moved, scaled or wiped as the state says (offsets are even pixels)."""
    if state.scale != 1.0:
        w, h = s.size
        nw, nh = max(2, int(w * state.scale / 2) * 2), max(2, int(h * state.scale / 2) * 2)
        resize = lambda p, sw, sh: cv2.resize(p, (sw, sh), interpolation=cv2.INTER_LINEAR)
        s = Sprite(s.x + (w - nw) // 4 * 2, s.y + (h - nh) // 4 * 2,
                   Planes(resize(s.pm.y, nw, nh), resize(s.pm.u, nw // 2, nh // 2), resize(s.pm.v, nw // 2, nh // 2)),
                   resize(s.inv_y, nw, nh), resize(s.inv_c, nw // 2, nh // 2))
    if state.reveal < 1.0:
        s = _wiped(s, state.reveal, state.reveal_from)
    if state.dx or state.dy:
        s = dataclasses.replace(s, x=s.x + _even(state.dx * canvas.base), y=s.y + _even(state.dy * canvas.base))
    return s


def _wiped(s: Sprite, reveal: float, edge: str) -> Sprite:
    w, h = s.size
    if edge in ("left", "right"):
        keep = _even(w * reveal)
        x0 = 0 if edge == "left" else w - keep
        return Sprite(s.x + x0, s.y, s.pm.region(x0, 0, keep, h), s.inv_y[:, x0 : x0 + keep],
                      s.inv_c[:, x0 // 2 : (x0 + keep) // 2])
    keep = _even(h * reveal)
    y0 = 0 if edge == "top" else h - keep
    return Sprite(s.x, s.y + y0, s.pm.region(0, y0, w, keep), s.inv_y[y0 : y0 + keep],
                  s.inv_c[y0 // 2 : (y0 + keep) // 2])


def _quantised(state: State, canvas: Canvas) -> State:
    """Round a state to what can be seen (even pixels, 1/255 of opacity), so "still" is exact."""
    if not state.visible or state.still:
        return state
    q = State(
        opacity=round(state.opacity * 255) / 255,
        dx=_even(state.dx * canvas.base) / canvas.base,
        dy=_even(state.dy * canvas.base) / canvas.base,
        scale=round(state.scale, 3),
        reveal=round(state.reveal, 3),
        reveal_from=state.reveal_from,
        chars=state.chars,
    )
    return State() if q == dataclasses.replace(State(), reveal_from=q.reveal_from) else q


def _even(v: float) -> int:
    return round(v / 2) * 2


def _even_box(box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    x, y, w, h = box
    return x // 2 * 2, y // 2 * 2, max(2, w // 2 * 2), max(2, h // 2 * 2)


def _opaque_sprite(planes: Planes) -> Sprite:
    w, h = planes.size
    return Sprite(0, 0, planes, np.zeros((h, w), np.uint16), np.zeros((h // 2, w // 2), np.uint16))


def _round_mask(w: int, h: int, radius: float) -> np.ndarray | None:
    if radius <= 0:
        return None
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw._rounded(image, (0, 0, w, h), int(min(w, h) * radius), (255, 255, 255, 255))
    return np.asarray(image.getchannel("A"))


def gradient(bg: GradientBackground, w: int, h: int) -> np.ndarray:
    """A linear (at `angle`, 180 = top to bottom) or radial gradient through the colour stops.

    Computed on a quarter-size grid and enlarged bilinearly: a gradient is smooth, and this is 16×
    less work than evaluating every pixel.
    """
    gw, gh = max(2, w // 4), max(2, h // 4)
    stops = np.array([draw.rgba_of(c)[:3] for c in bg.colors], dtype=np.float32)
    xs = ((np.arange(gw, dtype=np.float32) + 0.5) / gw - 0.5)[None, :]
    ys = ((np.arange(gh, dtype=np.float32) + 0.5) / gh - 0.5)[:, None]
    if bg.kind == "radial":
        pos = np.sqrt(xs**2 + ys**2) / np.sqrt(0.5)
    else:
        a = np.deg2rad(bg.angle)
        dx, dy = np.sin(a), -np.cos(a)
        pos = (xs * dx + ys * dy) / (abs(dx) + abs(dy)) + 0.5
    pos = np.clip(pos, 0, 1) * (len(stops) - 1)
    i = np.minimum(pos.astype(np.int32), len(stops) - 2)
    f = (pos - i)[..., None]
    rgb = stops[i] * (1 - f) + stops[i + 1] * f
    return cv2.resize(np.clip(np.rint(rgb), 0, 255).astype(np.uint8), (w, h), interpolation=cv2.INTER_LINEAR)
