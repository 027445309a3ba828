"""Helpers for agent tests: run the offline director without a server, and check what VISUAL.md asks."""

from __future__ import annotations

from ozor.agent.colors import contrast
from ozor.agent.director import Turn, Workbench
from ozor.agent.readability import backdrop
from ozor.agent.rules.director import RulesDirector
from ozor.agent.tools import Attachment, Env, call
from ozor.render.draw import Canvas, text_layout
from ozor.render.layout import ROLES
from ozor.scene.models import ImageElement, LogoElement, Project, TextElement, VideoElement

SAFE_TEXT = {"16:9": (0.05, 0.05, 0.95, 0.95), "9:16": (0.06, 0.14, 0.82, 0.76)}
CANVASES = {"16:9": [Canvas(1280, 720), Canvas(1920, 1080)], "9:16": [Canvas(720, 1280), Canvas(1080, 1920)]}


def generate(
    prompt: str, *, aspect: str | None = None, attachments: tuple[Attachment, ...] = ()
) -> Workbench:
    bench = Workbench(None, Env(assets={a.ref: a for a in attachments}))
    RulesDirector().run(Turn(prompt, None, aspect=aspect, attachments=attachments), bench)  # type: ignore[arg-type]
    return bench


def used_assets(project: Project) -> dict[str, Attachment]:
    """What the job knows from the database: the images and clips the project already uses."""
    out = {}
    for scene in project.scenes:
        for e in scene.elements:
            if isinstance(e, ImageElement | LogoElement | VideoElement):
                out[e.asset] = Attachment(
                    e.asset, "video" if isinstance(e, VideoElement) else "image", 400, 200
                )
    return out


def edit(project: Project, instruction: str, *attachments: Attachment) -> tuple[Project, str, Workbench]:
    known = {**used_assets(project), **{a.ref: a for a in attachments}}
    bench = Workbench(project, Env(assets=known))
    reply = RulesDirector().run(Turn(instruction, project, attachments=attachments), bench)
    assert bench.project is not None
    return bench.project, reply, bench


def at_aspect(project: Project, aspect: str) -> Project:
    return project if project.aspect == aspect else call(project, "set_aspect", {"aspect": aspect}, Env())[0]


def overflow(project: Project) -> list[str]:
    """Text that the renderer could only fit below its role's minimum size or beyond its line limit."""
    problems = []
    for canvas in CANVASES[project.aspect]:
        for i, scene in enumerate(project.scenes, 1):
            for e in scene.elements:
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
                    problems.append(
                        f"{canvas.width}x{canvas.height} scene {i} {e.id}: {e.text!r} "
                        f"({block.size_px}px, {len(block.lines)} lines)"
                    )
    return problems


def outside_safe_area(project: Project) -> list[str]:
    x0, y0, x1, y1 = SAFE_TEXT[project.aspect]
    out = []
    for i, scene in enumerate(project.scenes, 1):
        for e in scene.elements:
            b = e.box
            if isinstance(e, TextElement) and not (
                b.x >= x0 - 1e-6 and b.y >= y0 - 1e-6 and b.x + b.w <= x1 + 1e-6 and b.y + b.h <= y1 + 1e-6
            ):
                out.append(f"scene {i} {e.id} {b}")
            if isinstance(e, LogoElement) and not (
                b.x >= 0.03 and b.y >= 0.03 and b.x + b.w <= 0.97 and b.y + b.h <= 0.97
            ):
                out.append(f"scene {i} logo {b}")
    return out


def unreadable(project: Project) -> list[str]:
    """Text below WCAG contrast: 4.5:1 for body text, 3:1 for headlines, CTAs and bold labels."""
    palette = project.theme.palette
    out = []
    for i, scene in enumerate(project.scenes, 1):
        behind = backdrop(scene, palette)
        for e in scene.elements:
            if not isinstance(e, TextElement):
                continue
            under = [e.background or palette.accent] if e.role == "cta" else behind
            needed = 3.0 if e.role in ("heading", "cta") or e.id == "kicker" else 4.5
            worst = min(contrast(e.color or palette.text, b) for b in under)
            if worst < needed:
                out.append(f"scene {i} {e.id}: {worst:.2f}:1 < {needed}")
    return out


def texts(project: Project) -> list[str]:
    return [e.text for s in project.scenes for e in s.elements if isinstance(e, TextElement)]


# A video in the slot layouts the edit tools were built on (the offline director now composes design
# templates): the four create_scene calls it used to make for "A 15-second ad for a minimalist desk lamp".
SLOT_VIDEO = [
    ("create_scene", {"title": "Hook", "layout": "title", "duration": 2.46, "headline": "Light, made simple.", "transition": "crossfade", "transition_sec": 0.5, "narration": "Light, made simple.", "voice": "aria"}),
    ("set_theme", {"style": "minimalist"}),
    ("set_title", {"title": "Desk lamp ad"}),
    ("create_scene", {"title": "Benefit", "layout": "statement", "duration": 5.43, "headline": "Warm, even light", "body": "A soft glow that's easy on the eyes.", "transition": "crossfade", "transition_sec": 0.5, "narration": "Warm, even light. A soft glow that's easy on the eyes.", "voice": "aria"}),
    ("create_scene", {"title": "Benefit", "layout": "statement", "duration": 5.41, "headline": "Easy on the eyes", "body": "No glare, no flicker, just calm light.", "transition": "crossfade", "transition_sec": 0.5, "narration": "Easy on the eyes. No glare, no flicker, just calm light.", "voice": "aria"}),
    ("create_scene", {"title": "Cta", "layout": "cta", "duration": 3.2, "headline": "Bring home better light.", "cta": "Shop now", "narration": "Bring home better light. Shop now.", "voice": "aria"}),
    ("set_music", {"mood": "calm"}),
]  # fmt: skip


def slot_video() -> Project:
    bench = Workbench(None, Env())
    for name, args in SLOT_VIDEO:
        bench.run(name, args)
    assert bench.project is not None
    return bench.project
