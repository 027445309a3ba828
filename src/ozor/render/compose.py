"""Per-frame composition in YUV: the still part of a scene is composed once and reused, and only
what moves is drawn again on top of it each frame."""

from __future__ import annotations

import dataclasses
from collections import OrderedDict

import numpy as np

from ozor.render import draw, yuv
from ozor.render.assets import AssetMap
from ozor.render.backdrop import background_layer, grain
from ozor.render.captions import caption_elements
from ozor.render.draw import Canvas
from ozor.render.layers import Layer, layers_for, to_sprite
from ozor.render.motion import State, about, element_state
from ozor.render.moving import VideoClip
from ozor.render.parts import Context, Part, moved
from ozor.render.sprites import Rect, even_rect, offset_rect, overlaps, sprite_rect, transformed
from ozor.render.timeline import FPS
from ozor.render.yuv import Planes, Sprite
from ozor.scene.models import Project, Scene, TextElement

PREFIX_CACHE = 2
SHIFT_BYTES = 32 << 20  # sub-pixel phases of moving sprites kept per scene (16 per layer on one axis)


class SceneRenderer:
    """Draws one scene at any scene-local time into a frame buffer."""

    def __init__(self, project: Project, scene: Scene, canvas: Canvas, assets: AssetMap):
        self.scene, self.canvas, self.theme = scene, canvas, project.theme
        self.assets = assets
        elements = list(scene.elements)
        if project.captions:
            elements += caption_elements(scene, project.aspect)
        self.elements = elements
        self.context = Context(canvas, self.theme, assets, scene.duration)
        self.background = background_layer(scene, self.context)
        self.grain = grain(scene.grain, canvas.width, canvas.height) if scene.grain > 0 else None
        self.layers: list[Layer] = []
        for el in elements:
            self.layers.extend(layers_for(el, self.context, len(self.layers)))
        for layer in self.layers:  # still sprites are blended every frame over a moving background
            if layer.sprite is not None:
                layer.sprite = yuv.measured(layer.sprite)
        self._prefixes: OrderedDict[tuple[int, ...], Planes] = OrderedDict()
        self._typed: dict[tuple[int, int], Sprite] = {}
        self._shifts: dict[tuple[int, int, int], Sprite] = {}
        self._shift_bytes = 0
        self._seen: set[tuple[int, int, int]] = set()

    # --- drawing --------------------------------------------------------------------------------
    def states(self, t: float) -> list[State]:
        frame = (self.canvas.width / self.canvas.base, self.canvas.height / self.canvas.base)
        out = []
        for layer in self.layers:
            el = layer.element if layer.follows is None else self.layers[layer.follows].element
            out.append(
                _quantised(element_state(el, t, self.scene.duration, frame), self.canvas) if el else State()
            )
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
        overlay: list[tuple[Layer, State, list[tuple[Sprite, float]] | None]] = []
        for i, (layer, state) in enumerate(zip(self.layers, self.states(t), strict=True)):
            if not state.visible:
                continue
            parts = layer.anim.parts(t) if layer.anim is not None else None
            if (
                parts is None
                and layer.moving is None
                and state.still
                and not any(overlaps(layer_rect(layer), r) for r in moving_boxes)
            ):
                base.append(i)
                continue
            if layer.moving is not None:
                overlay.append((layer, state, None))
                moving_boxes.append(offset_rect(layer.box, state, self.canvas))
                continue
            drawn = self._drawn(layer, state, parts)
            overlay.append((layer, state, drawn))
            moving_boxes.extend(sprite_rect(sprite) for sprite, _ in drawn)
        key = tuple(base)
        drawer, last_key, dirty = out.mark or (None, None, None)
        if self.background.dynamic:
            self._paint_moving(
                self.background, State(), out, t
            )  # it covers the frame: every layer is over it
        elif drawer is self and last_key == key and dirty is not None:
            prefix = self._prefix(key)
            for x, y, w, h in dirty:
                out.region(x, y, w, h).copy_from(prefix.region(x, y, w, h))
        else:
            out.copy_from(self._prefix(key))
        for layer, state, pieces in overlay:
            if pieces is None:
                self._paint_moving(layer, state, out, t)
            for sprite, opacity in pieces or ():
                yuv.blend(out, sprite, opacity)
        out.mark = (self, key, [even_rect(r, fw, fh) for r in moving_boxes])
        if self.grain is not None:
            self.grain.apply(out, round(t * FPS))
            out.mark = None  # the whole frame changed: the next one starts from a full copy

    def _drawn(self, layer: Layer, state: State, parts: list[Part] | None) -> list[tuple[Sprite, float]]:
        """The sprites (and opacities) a still-drawn layer paints this frame: itself, or its parts."""
        assert layer.sprite is not None
        if parts is None:
            if state.chars < 1.0 and isinstance(layer.element, TextElement):
                source = self._typed_sprite(layer.element, state.chars)
                return [(transformed(source, state, self.canvas), state.opacity)]
            if state.scale == 1.0 and state.rotation == 0.0 and state.reveal >= 1.0:
                return [(self._shifted(layer, state), state.opacity)]
            return [(transformed(layer.sprite, state, self.canvas), state.opacity)]
        base = self.canvas.base
        x, y, w, h = layer_rect(layer)
        pivot = ((x + w / 2) / base, (y + h / 2) / base)
        out = []
        for sprite, own in parts:
            sw, sh = sprite.size
            centre = ((sprite.x + sw / 2) / base, (sprite.y + sh / 2) / base)
            st = _quantised(about(state, own, centre, pivot), self.canvas)
            if st.visible and st.opacity > 0:
                out.append((transformed(sprite, st, self.canvas), st.opacity * layer.part_opacity))
        return out

    def _shifted(self, layer: Layer, state: State) -> Sprite:
        """The layer's sprite moved by the state's offset: a sub-pixel move is one warp per eighth-pixel
        phase (kept), then an even whole-pixel slice, so a breathing or floating element warps a few
        times a scene instead of every frame (the same pixels)."""
        assert layer.sprite is not None
        base = self.canvas.base
        qx, qy = round(state.dx * base * 8), round(state.dy * base * 8)  # eighths: states are quantised
        key = (id(layer), qx % 16, qy % 16)
        phase = self._shifts.get(key)
        if phase is None:
            phase = transformed(layer.sprite, State(dx=key[1] / 8 / base, dy=key[2] / 8 / base), self.canvas)
            size = phase.size[0] * phase.size[1] * 3  # luma, chroma and inverse alphas
            if key not in self._seen:  # an entrance passes a phase once; what floats comes back to it
                self._seen.add(key)
            elif self._shift_bytes + size <= SHIFT_BYTES:
                self._shifts[key] = phase = yuv.measured(phase)
                self._shift_bytes += size
        return moved(phase, phase.x + qx // 16 * 2, phase.y + qy // 16 * 2)

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
        opacity = state.opacity * (layer.element.opacity if layer.element is not None else 1.0)
        if layer.mask is None and state.still and opacity >= 1.0:  # opaque and in place: straight in
            layer.moving.draw(out.region(x, y, w, h), t)
            return
        scratch = yuv.frame_buffer(w, h)[1]
        layer.moving.draw(scratch, t)
        alpha = layer.mask if layer.mask is not None else np.full((h, w), 255, np.uint8)
        sprite = yuv.planes_sprite(scratch, alpha, x, y)
        yuv.blend(out, transformed(sprite, state, self.canvas), opacity)

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
    """Round a state to what can be seen (1/8 pixel, 1/255 of opacity), so "still" is exact."""
    if not state.visible or state.still:
        return state
    q = State(
        opacity=round(state.opacity * 255) / 255,
        dx=round(state.dx * canvas.base * 8) / 8 / canvas.base,  # 1/8 pixel: finer than anyone sees
        dy=round(state.dy * canvas.base * 8) / 8 / canvas.base,
        scale=round(state.scale, 4),
        rotation=round(state.rotation, 2),
        reveal=round(state.reveal, 3),
        reveal_from=state.reveal_from,
        chars=state.chars,
    )
    return State() if q == dataclasses.replace(State(), reveal_from=q.reveal_from) else q
