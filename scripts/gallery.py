"""The README's gallery strip: one settled frame from each of six videos in six different looks.

    python scripts/gallery.py [--source prompts|templates] [--out docs/gallery.png] [--width 480]

--source prompts (the default) makes each video the way a user does: a prompt through the offline
(rule) director, no server; --source templates composes one design template per look instead. Each
frame is rendered by the renderer's still path at 720p from the video's own project, at the moment
the chosen scene has settled (what the video shows there).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "examples" / "assets"

from ozor.design import TEMPLATES, compose, look  # noqa: E402
from ozor.render import yuv  # noqa: E402
from ozor.render.assets import local_assets  # noqa: E402
from ozor.render.compose import SceneRenderer  # noqa: E402
from ozor.render.draw import Canvas  # noqa: E402
from ozor.render.thumbnail import settled_at  # noqa: E402
from ozor.scene.models import MotifElement, Project  # noqa: E402

# Six prompts, six looks, a spread of kinds (ad, stat, event, launch, explainer, offer).
PROMPTS = (
    "A 15-second ad for Fieldnote, a meeting-notes app: teams save 9 hours a week. Dark tech style.",
    "A calm 20-second video for a yoga studio: classes every morning at 7, first class free.",
    "A bold launch teaser for the Volt running shoe, on sale June 4, 30% lighter than before.",
    "A luxury 15-second ad for a Swiss watch brand, handmade in Geneva since 1898.",
    "A playful explainer for a kids' coding app in 3 steps: pick a puzzle, drag the blocks, watch it run.",
    "A warm video for a bakery's spring sale: 20% off all pastries until Sunday.",
)
TEMPLATE_PICKS = (
    ("hero", "dark"),
    ("stat", "corporate"),
    ("event", "playful"),
    ("product", "luxury"),
    ("steps", "warm"),
    ("progress", "retro"),
)


def from_prompt(prompt: str) -> Project:
    from ozor.agent.director import Turn, Workbench
    from ozor.agent.rules.director import RulesDirector
    from ozor.agent.tools import Env

    bench = Workbench(None, Env())
    RulesDirector().run(Turn(prompt, None, aspect="16:9"), bench)
    if bench.project is None:
        raise RuntimeError(f"the director made no video for {prompt!r}")
    return bench.project


def from_template(name: str, look_name: str) -> Project:
    chosen = look(look_name)
    scene = compose(name, TEMPLATES[name].example, chosen, "16:9", 4.5)
    return Project(theme=chosen.theme, aspect="16:9", scenes=[scene])


# The scenes a gallery frame is best taken from, most telling first: a visual anchor over a title.
SHOWCASE = (
    "product", "stat", "offer", "event", "price", "progress", "chart", "countdown", "trio", "steps",
    "checklist", "versus", "feature", "quote", "hero",
)  # fmt: skip


def frame(project: Project, width: int) -> Image.Image:
    """The project's most telling scene (SHOWCASE order, else the busiest) once everything has entered."""

    def rank(k: int) -> tuple[int, int]:
        template = project.scenes[k].template
        name = template.name if template is not None else ""
        order = SHOWCASE.index(name) if name in SHOWCASE else len(SHOWCASE)
        return order, -len(project.scenes[k].elements)

    scene = project.scenes[min(range(len(project.scenes)), key=rank)]
    alone = project.model_copy(update={"scenes": [scene]})
    settled = max([0.0, *(settled_at(e) for e in scene.elements if not isinstance(e, MotifElement))])
    at = min(settled + 0.4, scene.duration - scene.transition.duration - 0.05)
    w, h = (1280, 720) if project.aspect == "16:9" else (720, 1280)
    renderer = SceneRenderer(alone, scene, Canvas(w, h), local_assets(alone, ASSETS))
    try:
        buf, planes = yuv.frame_buffer(w, h)
        renderer.render(max(0.0, at), planes)
    finally:
        renderer.close()
    image = Image.fromarray(yuv.i420_to_rgb(buf, w, h))
    return image.resize((width, round(h * width / w)), Image.Resampling.LANCZOS)


def strip(frames: list[tuple[Image.Image, str]], gap: int = 8) -> Image.Image:
    width = sum(f.width for f, _ in frames) + gap * (len(frames) + 1)
    height = max(f.height for f, _ in frames) + 2 * gap + 22
    out = Image.new("RGB", (width, height), (24, 24, 27))
    pen = ImageDraw.Draw(out)
    x = gap
    for image, caption in frames:
        out.paste(image, (x, gap))
        pen.text((x + 2, gap + image.height + 5), caption, fill=(200, 200, 206))
        x += image.width + gap
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", choices=("prompts", "templates"), default="prompts")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "gallery.png")
    parser.add_argument("--width", type=int, default=480)
    args = parser.parse_args()
    frames: list[tuple[Image.Image, str]] = []
    if args.source == "prompts":
        for prompt in PROMPTS:
            project = from_prompt(prompt)
            frames.append((frame(project, args.width), project.theme.style or ""))
            print(f"{project.theme.style or '?':11s} {prompt}", flush=True)
    else:
        for name, look_name in TEMPLATE_PICKS:
            frames.append((frame(from_template(name, look_name), args.width), f"{look_name} · {name}"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    strip(frames).save(args.out, optimize=True)
    print(args.out)


if __name__ == "__main__":
    sys.exit(main())
