"""The director's look at its own work: stills of the scenes a turn changed, checked as VISUAL.md asks.

Three problems are found, each with the scene, the element and what would fix it: text that does not
fit (the renderer could only set it below its role's minimum size or past its line limit), text
without enough contrast against the pixels actually behind it in the rendered still, and text or a
logo outside the safe area. The LLM director reports them to the model as a tool result so it can
fix them; the tests use the same checks on every project they make.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

import numpy as np

from ozor.agent.readability import behind, needed_contrast
from ozor.render import yuv
from ozor.render.assets import AssetMap
from ozor.render.compose import SceneRenderer
from ozor.render.draw import Canvas, aligned, text_layout
from ozor.render.layout import ROLES
from ozor.render.thumbnail import representative_time
from ozor.scene.base import Theme
from ozor.scene.color import contrast
from ozor.scene.models import (
    ImageBackground,
    ImageElement,
    LogoElement,
    Project,
    Scene,
    SolidBackground,
    TextElement,
    VideoBackground,
    VideoElement,
)

# Where text may sit (x0, y0, x1, y1 in frame fractions): title-safe at 16:9; clear of the apps' own
# buttons and captions at 9:16. Logos keep 3 % from every edge.
SAFE_TEXT = {"16:9": (0.05, 0.05, 0.95, 0.95), "9:16": (0.06, 0.14, 0.82, 0.76)}
LOGO_MARGIN = 0.03
CANVASES = {"16:9": [Canvas(1280, 720), Canvas(1920, 1080)], "9:16": [Canvas(720, 1280), Canvas(1080, 1920)]}
STILL_LONG_SIDE = 480

Kind = Literal["overflow", "contrast", "safe_area", "render"]
FIXES = {
    "overflow": "shorten the text, or give it a smaller size",
    "contrast": "pick a colour that stands out from the background, or change the background",
    "safe_area": "let the layout place it (no box), or move it towards the centre",
    "render": "check the scene's elements",
}


@dataclass(frozen=True)
class Problem:
    scene: int
    element: str
    problem: Kind
    detail: str

    def report(self) -> dict[str, object]:
        return {**asdict(self), "fix": FIXES[self.problem]}


def changed_scenes(before: Project | None, after: Project) -> list[int]:
    """Positions (1-based) of the scenes a turn made or changed; every scene when the look changed."""
    if before is None or (before.theme, before.aspect, before.captions) != (
        after.theme,
        after.aspect,
        after.captions,
    ):
        return list(range(1, len(after.scenes) + 1))
    old = {s.id: s for s in before.scenes}
    return [i for i, s in enumerate(after.scenes, 1) if old.get(s.id) != s]


def review(project: Project, scenes: list[int]) -> list[Problem]:
    """Every problem in the given scenes: overflow and safe area from the layout the renderer uses,
    contrast from a rendered still."""
    out: list[Problem] = []
    for n in scenes:
        scene = project.scenes[n - 1]
        out += overflow(project, n) + outside_safe_area(project, n)
        try:
            out += poor_contrast(project, n, still_backdrop(project, scene))
        except Exception as e:  # noqa: BLE001 - a scene that cannot be drawn is itself the problem
            out.append(Problem(n, "", "render", f"the scene could not be drawn: {e}"))
    return out


def overflow(project: Project, n: int) -> list[Problem]:
    out = []
    for canvas in CANVASES[project.aspect]:
        for e in project.scenes[n - 1].elements:
            if not isinstance(e, TextElement):
                continue
            block, (_, _, w, h) = text_layout(e, project.theme, canvas)
            role = ROLES[e.role]
            if (
                block.size_px < round(role.min_size * canvas.base) - 1
                or len(block.lines) > role.max_lines
                or block.height > h
                or block.width > w
            ):
                out.append(
                    Problem(
                        n,
                        e.id,
                        "overflow",
                        f"{e.text!r} does not fit its box at {canvas.width}x{canvas.height} "
                        f"({block.size_px}px, {len(block.lines)} lines)",
                    )
                )
    return list({(p.scene, p.element): p for p in out}.values())


def outside_safe_area(project: Project, n: int) -> list[Problem]:
    x0, y0, x1, y1 = SAFE_TEXT[project.aspect]
    out = []
    for e in project.scenes[n - 1].elements:
        b, eps = e.box, 1e-6
        if isinstance(e, TextElement) and not (
            b.x >= x0 - eps and b.y >= y0 - eps and b.x + b.w <= x1 + eps and b.y + b.h <= y1 + eps
        ):
            out.append(
                Problem(n, e.id, "safe_area", f"the text box {b} leaves the safe area {x0, y0, x1, y1}")
            )
        m = LOGO_MARGIN
        if isinstance(e, LogoElement) and not (
            b.x >= m and b.y >= m and b.x + b.w <= 1 - m and b.y + b.h <= 1 - m
        ):
            out.append(Problem(n, e.id, "safe_area", f"the logo is closer than {m:.0%} to the frame's edge"))
    return out


def unreadable(project: Project, n: int) -> list[Problem]:
    """Contrast by the palette alone (no rendering): text colour against the colours it may sit on."""
    palette = project.theme.palette
    scene = project.scenes[n - 1]
    out = []
    for e in scene.elements:
        if not isinstance(e, TextElement):
            continue
        under = behind(scene, e, palette)
        needed = 3.0 if e.role == "cta" else needed_contrast(e)
        worst = min(contrast(e.color or palette.text, b) for b in under)
        if worst < needed:
            out.append(Problem(n, e.id, "contrast", f"{worst:.2f}:1, at least {needed}:1 is needed"))
    return out


def still_backdrop(project: Project, scene: Scene) -> np.ndarray:
    """The scene rendered as a still without its text (RGB, floats 0–1): what the text sits on.
    Attached photos and clips stand in as a mid grey under their scrim (the director has no files)."""
    short = STILL_LONG_SIDE * 9 // 16
    width, height = (STILL_LONG_SIDE, short) if project.aspect == "16:9" else (short, STILL_LONG_SIDE)
    bg = scene.background
    if isinstance(bg, ImageBackground | VideoBackground):
        grey = int(0x8A * (1 - bg.scrim))
        bg = SolidBackground(color=f"#{grey:02X}{grey:02X}{grey:02X}")
    kept = [
        e
        for e in scene.elements
        if not isinstance(e, TextElement | ImageElement | VideoElement | LogoElement)
    ]
    bare = scene.model_copy(update={"background": bg, "elements": kept, "narration": None})
    alone = Project.model_validate({**project.model_dump(), "captions": False, "scenes": [bare.model_dump()]})
    renderer = SceneRenderer(alone, alone.scenes[0], Canvas(width, height), AssetMap())
    try:
        buf, planes = yuv.frame_buffer(width, height)
        renderer.render(representative_time(alone), planes)
    finally:
        renderer.close()
    return yuv.i420_to_rgb(buf, width, height).astype(np.float64) / 255


def _luminance(rgb: np.ndarray) -> np.ndarray:
    linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    return linear @ np.array([0.2126, 0.7152, 0.0722])


def text_rect(e: TextElement, theme: Theme, canvas: Canvas) -> tuple[int, int, int, int]:
    """Where the laid-out lines of `e` are drawn (x, y, w, h in pixels): the part of its box the
    text covers, placed by its alignment, not the whole box."""
    block, (x, y, w, h) = text_layout(e, theme, canvas)
    top = {"top": 0, "middle": (h - block.height) // 2, "bottom": h - block.height}[e.valign]
    width, height = min(block.width, w), min(block.height, h)
    return x + aligned(e.align, w, width), y + max(0, top), max(1, width), max(1, height)


def poor_contrast(project: Project, n: int, still: np.ndarray) -> list[Problem]:
    """Text whose colour stands out too little from the pixels behind its lines (the worst tenth)."""
    palette = project.theme.palette
    height, width = still.shape[:2]
    canvas = Canvas(width, height)
    out = []
    for e in project.scenes[n - 1].elements:
        if not isinstance(e, TextElement) or e.role == "cta" or e.background:  # on its own pill
            continue
        x, y, w, h = text_rect(e, project.theme, canvas)
        region = _luminance(still[y : y + h, x : x + w].reshape(-1, 3))
        color = e.color or palette.text
        text = _luminance(np.array([int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]))
        ratios = (np.maximum(region, text) + 0.05) / (np.minimum(region, text) + 0.05)
        worst = float(np.percentile(ratios, 10))
        needed = needed_contrast(e)
        if worst < needed:
            out.append(
                Problem(
                    n,
                    e.id,
                    "contrast",
                    f"{color} on the pixels behind it reaches {worst:.1f}:1, at least {needed:.1f}:1 is needed",
                )
            )
    return out
