"""Every template composes and renders in both aspects in every look, inside its safe area, readable."""

from __future__ import annotations

import numpy as np
import pytest

from ozor.agent.review import poor_contrast, still_backdrop
from ozor.design import LOOK_NAMES, LOOKS, TEMPLATES, compose, look
from ozor.design.templates import SAFE
from ozor.render import yuv
from ozor.render.compose import SceneRenderer
from ozor.render.draw import Canvas, text_layout
from ozor.render.layout import ROLES
from ozor.render.thumbnail import representative_time
from ozor.scene.color import contrast
from ozor.scene.models import Project, TextElement
from tests.design.support import asset_map

ASPECTS = ("16:9", "9:16")
CASES = [(t, a, LOOK_NAMES[k % len(LOOK_NAMES)]) for k, t in enumerate(TEMPLATES) for a in ASPECTS]


def composed(template: str, aspect: str, name: str) -> Project:
    chosen = look(name)
    scene = compose(template, TEMPLATES[template].example, chosen, aspect, 4.5)  # type: ignore[arg-type]
    return Project(theme=chosen.theme, aspect=aspect, scenes=[scene])  # type: ignore[arg-type]


@pytest.mark.parametrize(("template", "aspect", "name"), CASES)
def test_renders_a_still_in_both_aspects(template, aspect, name):
    """The renderer's still path draws the settled scene: the frame is not blank."""
    project = composed(template, aspect, name)
    width, height = (320, 180) if aspect == "16:9" else (180, 320)
    assert still(project, width, height).std() > 10


def still(project: Project, width: int, height: int, bare: bool = False) -> np.ndarray:
    """The settled frame (RGB), or with `bare` only the scene's background behind it."""
    scene = project.scenes[0].model_copy(update={"elements": []}) if bare else project.scenes[0]
    renderer = SceneRenderer(project, scene, Canvas(width, height), asset_map(project))
    try:
        buf, planes = yuv.frame_buffer(width, height)
        renderer.render(representative_time(project), planes)
    finally:
        renderer.close()
    return yuv.i420_to_rgb(buf, width, height)


@pytest.mark.parametrize(("template", "name"), [(t, a) for t, _, a in CASES[1::2]])
def test_a_vertical_scene_reaches_the_bottom_of_the_frame(template, name):
    """The apps cover the bottom fifth of a 9:16 frame, so no copy goes there, but a composition that
    stops at the safe area leaves a quarter of the phone empty: something designed (a field, the
    anchor) covers at least 40 % of that band, not just the background and a few drifting dots."""
    project = composed(template, "9:16", name)
    full, bare = still(project, 180, 320), still(project, 180, 320, bare=True)
    drawn = np.abs(full.astype(np.int16) - bare.astype(np.int16)).max(axis=2) > 40
    assert drawn[256:].mean() >= 0.4, f"{drawn[256:].mean():.2f} of the bottom fifth is designed"


@pytest.mark.parametrize("aspect", ASPECTS)
@pytest.mark.parametrize("template", list(TEMPLATES))
def test_text_fits_its_box_inside_the_safe_area(template, aspect):
    """Measured at 720p and 1080p: every block fits its box at its role's minimum size or more."""
    project = composed(template, aspect, "editorial")
    safe = SAFE[aspect]
    for quality in ((1280, 720), (1920, 1080)):
        width, height = quality if aspect == "16:9" else quality[::-1]
        canvas = Canvas(width, height)
        for el in project.scenes[0].elements:
            if not isinstance(el, TextElement):
                continue
            b = el.box
            assert safe.x - 1e-6 <= b.x and b.x + b.w <= safe.x + safe.w + 1e-6, el.id
            assert safe.y - 1e-6 <= b.y and b.y + b.h <= safe.y + safe.h + 1e-6, el.id
            block, (_, _, w, h) = text_layout(el, project.theme, canvas)
            assert block.width <= w and block.height <= h, (el.id, quality)
            assert len(block.lines) <= ROLES[el.role].max_lines, el.id


@pytest.mark.parametrize("name", LOOK_NAMES)
def test_text_contrast_in_every_look(name):
    """Text, muted and accent colours read at 4.5:1 on the background and surface; pill text on the accent."""
    c = LOOKS[name].colors
    for ink in (c.text, c.muted, c.accent):
        for ground in (c.background, c.surface):
            assert contrast(ink, ground) >= 4.5, (ink, ground)
    assert contrast(c.on_accent, c.accent) >= 4.5
    assert contrast(c.on_accent2, c.accent2) >= 4.5


@pytest.mark.parametrize("accent", ["#FFFF00", "#101010", "#228B22", "#FF5500"])
@pytest.mark.parametrize("name", ["minimalist", "dark", "luxury", "playful"])
def test_a_named_accent_keeps_text_readable(name, accent):
    c = look(name, accent=accent).colors
    for ink in (c.text, c.muted, c.accent):
        assert contrast(ink, c.background) >= 4.5
    assert contrast(c.on_accent, c.accent) >= 4.5


def test_every_text_element_reads_on_the_look():
    """Text uses a palette colour that reads on the background and panels (a pill: on its own colour)."""
    for k, template in enumerate(TEMPLATES):
        for aspect in ASPECTS:
            name = LOOK_NAMES[k % len(LOOK_NAMES)]
            project = composed(template, aspect, name)
            c = LOOKS[name].colors
            for el in project.scenes[0].elements:
                if isinstance(el, TextElement):
                    ink = el.color or c.text
                    if el.background is not None:
                        grounds = [el.background]
                    elif ink == c.on_accent2:
                        grounds = [c.accent2]
                    elif ink == c.on_accent:
                        grounds = [c.accent]
                    else:
                        grounds = [c.background, c.surface]
                    for ground in grounds:
                        assert contrast(ink, ground) >= 4.5, (template, el.id)


def variants(template: str) -> list[dict[str, object]]:
    """The template's example (its logo left out: the end card then shows its icon), and for the end
    card the version without a button (a wish or a takeaway)."""
    slots = {k: v for k, v in TEMPLATES[template].example.items() if k != "logo"}
    return [slots, {k: v for k, v in slots.items() if k != "button"}] if template == "cta" else [slots]


@pytest.mark.parametrize("aspect", ASPECTS)
@pytest.mark.parametrize("template", list(TEMPLATES))
def test_copy_reads_on_the_pixels_behind_it(template, aspect):
    """The palette check above cannot see a motif, an icon or a colour field under the text: every
    text of every template in every look is checked against the rendered still behind its lines (the
    10th-percentile contrast), 3:1 for headlines and kickers, 4.5:1 for the rest."""
    failures = []
    for name in LOOK_NAMES:
        chosen = look(name)
        for slots in variants(template):
            scene = compose(template, slots, chosen, aspect, 4.5)  # type: ignore[arg-type]
            project = Project(theme=chosen.theme, aspect=aspect, scenes=[scene])  # type: ignore[arg-type]
            still = still_backdrop(project, scene)
            failures += [f"{name} {p.element}: {p.detail}" for p in poor_contrast(project, 1, still)]
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("aspect", ASPECTS)
def test_a_short_quote_is_set_big(aspect):
    """A short quote fills its card instead of sitting small at the top of it."""

    def size(words: str) -> float:
        scene = compose("quote", {"quote": words, "name": "Anna"}, look("warm"), aspect, 4.0)  # type: ignore[arg-type]
        return next(e.size for e in scene.elements if isinstance(e, TextElement) and e.id == "quote")

    short, long = size("Best lamp ever"), size(TEMPLATES["quote"].example["quote"])  # type: ignore[arg-type]
    assert short >= 0.1 and short > long
