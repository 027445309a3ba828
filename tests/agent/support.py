"""Helpers for agent tests: run the offline director without a server, and check what VISUAL.md asks."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

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


def stored(name: str) -> Project:
    """A project generated once from a prompt and kept (tests/agent/edit_projects/), so tests of edits
    and of the LLM director do not move when the generator does."""
    return Project.model_validate_json((Path(__file__).with_name("edit_projects") / name).read_text("utf-8"))


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


# Videos in the slot layouts the edit tools were built on, recorded as the tool calls the offline
# director made before it composed design templates (slot_videos.json, by prompt): edit tests start
# from these so they test the edits, not whatever the generator makes today.
SLOT_VIDEOS = json.loads((Path(__file__).parent / "slot_videos.json").read_text(encoding="utf-8"))


def slot_video(prompt: str = "A 15-second ad for a minimalist desk lamp") -> Project:
    bench = Workbench(None, Env())
    for name, args in SLOT_VIDEOS[prompt]:
        bench.run(name, args)
    assert bench.project is not None
    return bench.project
