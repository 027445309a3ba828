"""Helpers for agent tests: run the offline director without a server, and check what VISUAL.md asks."""

from __future__ import annotations

from collections.abc import Callable

from ozor.agent import review
from ozor.agent.director import Turn, Workbench
from ozor.agent.review import Problem
from ozor.agent.rules.director import RulesDirector
from ozor.agent.tools import Attachment, Env, call
from ozor.scene.models import ImageElement, LogoElement, Project, TextElement, VideoElement


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


def _every_scene(check: Callable[[Project, int], list[Problem]], project: Project) -> list[str]:
    return [
        f"scene {p.scene} {p.element}: {p.detail}"
        for n in range(1, len(project.scenes) + 1)
        for p in check(project, n)
    ]


def overflow(project: Project) -> list[str]:
    """Text that the renderer could only fit below its role's minimum size or beyond its line limit."""
    return _every_scene(review.overflow, project)


def outside_safe_area(project: Project) -> list[str]:
    return _every_scene(review.outside_safe_area, project)


def unreadable(project: Project) -> list[str]:
    """Text below WCAG contrast: 4.5:1 for body text, 3:1 for headlines, CTAs and bold labels."""
    return _every_scene(review.unreadable, project)


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
