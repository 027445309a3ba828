"""Document scenes are built from the design system's templates: which template a plan scene becomes,
copy that fits (measured) in both aspects, the plan's tone as a look, and timing by the one formula."""

from __future__ import annotations

import pytest

from ozor.agent.pacing import reading_time
from ozor.design import TEMPLATES, look
from ozor.documents import assemble
from ozor.render.draw import Canvas, text_layout
from ozor.scene.color import contrast
from ozor.scene.models import Project, TextElement

LONG = "An unusually long point about the quarterly figures that no template could show in full on one line"
CASES = [
    # (kind, title, points, image) → template
    (("title", "Solar power", ["Cheap clean energy"], None), "hero"),
    (("title", "Solar power", [], ("page-1", "page")), "product"),
    (("title", "Solar power", [], ("img-1", "photo")), "caption"),
    (("section", "Shapes", ["Fills"], ("img-1", "wide")), "caption"),
    (("section", "Why it works", ["Panels last", "Costs fell"], ("img-1", "photo")), "split"),
    (("section", "The market", ["Costs fell 82% since 2010", "Panels last"], None), "stat"),
    (("section", "How to install", ["Survey the roof", "Mount the rails", "Wire it"], None), "steps"),
    (("section", "Benefits", ["Cheap", "Clean", "Quiet"], None), "trio"),
    (("section", "Benefits", ["Cheap power for every home", "Clean air", LONG, "Four"], None), "checklist"),
    (("section", "Storage", ["Batteries keep the evening supplied"], None), "feature"),
    (("closing", "In short", ["Solar is the cheapest power ever built"], None), "statement"),
]


@pytest.mark.parametrize(("plan", "template"), CASES)
@pytest.mark.parametrize("aspect", ["16:9", "9:16"])
def test_each_plan_scene_becomes_a_fitted_template(plan, template, aspect):
    kind, title, points, image = plan
    chosen = look("corporate")
    scene = assemble.build_scene(0, kind, title, points, "Narration.", image, chosen, aspect, "report.pdf")
    assert scene.template is not None and scene.template.name == template
    assert scene.narration is not None and scene.narration.text == "Narration."
    project = Project(theme=chosen.theme, aspect=aspect, scenes=[scene])
    width, height = (1280, 720) if aspect == "16:9" else (720, 1280)
    canvas = Canvas(width, height)
    for el in scene.elements:
        if isinstance(el, TextElement):
            block, (_, _, w, h) = text_layout(el, project.theme, canvas)
            assert block.width <= w and block.height <= h, (el.id, el.text)


def test_a_single_clear_figure_is_counted_and_years_are_not():
    assert assemble.design("section", "Growth", ["Sales rose 40% in 2023"], None, None)[1]["value"] == "40%"
    assert assemble.design("section", "History", ["Founded in 1998", "Still here"], None, None)[0] != "stat"
    assert assemble.design("section", "Two", ["12 sites", "30 staff"], None, None)[0] != "stat"


def test_tone_picks_the_look_and_a_vivid_document_colour_its_accent():
    chosen = assemble.look_for({"tone": "professional", "colors": ["#FFFFFF", "#E11D48"]})
    assert chosen.name == "corporate"
    assert chosen.colors.accent != look("corporate").colors.accent
    assert contrast(chosen.colors.accent, chosen.colors.background) >= 4.5
    assert assemble.look_for({"tone": "unheard-of", "colors": []}).name == assemble.DEFAULT_LOOK


def test_timed_scenes_last_their_reading_time_and_keep_their_template():
    chosen = look("calm")
    points = ["Survey the roof", "Mount the rails", "Wire the inverter", "Call the utility"]
    scene = assemble.build_scene(1, "section", "How to install", points, "", None, chosen, "16:9", last=True)
    timed = assemble.timed(scene, chosen, "16:9", "de")
    assert timed.duration >= reading_time(timed, "de") - 1e-6
    assert timed.duration >= TEMPLATES["steps"].duration[0]
    assert timed.template == scene.template and timed.transition == scene.transition
