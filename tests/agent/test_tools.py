"""The tools themselves: declared once, validated, pure, and never leaving a broken or illegible graph."""

from __future__ import annotations

import json

import pytest

from ozor.agent.tools import TOOLS, Attachment, Env, ToolError, call
from ozor.design import TEMPLATES, compose, look
from ozor.scene.hashing import content_hash
from ozor.scene.models import Element, LogoElement, Project, TextElement
from tests.agent.support import outside_safe_area, overflow, slot_video

ISSUE_TOOLS = {
    "create_scene",
    "update_scene",
    "delete_scene",
    "reorder_scenes",
    "add_element",
    "update_element",
    "remove_element",
    "set_theme",
    "set_background",
    "add_logo",
    "set_voiceover",
    "set_music",
    "set_pacing",
    "set_aspect",
}
LOGO = Attachment("asset_logo", "image", 500, 250)
CLIP = Attachment("asset_clip", "video", 640, 360, 4.0)
ENV = Env(assets={LOGO.ref: LOGO, CLIP.ref: CLIP})


@pytest.fixture(scope="module")
def project() -> Project:
    return slot_video()


def test_every_tool_is_declared_for_a_chat_model():
    assert ISSUE_TOOLS <= set(TOOLS)
    for name, entry in TOOLS.items():
        spec = entry.spec()
        assert spec["type"] == "function" and spec["function"]["name"] == name
        assert len(spec["function"]["description"]) > 20
        assert spec["function"]["parameters"]["type"] == "object"
        json.dumps(spec)


@pytest.mark.parametrize(
    "name, args, message",
    [
        ("paint_it", {}, "There is no tool 'paint_it'"),
        (
            "update_element",
            {"scene": "two", "element": "headline", "text": "x"},
            "scene: Input should be a valid integer",
        ),
        ("set_music", {"mood": "jazzy"}, "mood: Input should be"),
        ("set_pacing", {"factor": 0.8, "colour": "red"}, "Extra inputs are not permitted"),
        (
            "update_element",
            {"scene": 9, "element": "headline", "text": "x"},
            "there is no scene 9: the video has 4 scenes",
        ),
        ("update_element", {"scene": 1, "element": "nope", "text": "x"}, "scene s1 has no element 'nope'"),
        ("reorder_scenes", {"order": [1, 1, 2, 3]}, "order must list each of the scenes 1–4 exactly once"),
        ("create_scene", {"layout": "split", "headline": "Hi"}, "the split layout needs an image"),
        ("create_scene", {"layout": "title"}, "a scene needs a headline"),
        (
            "create_scene",
            {"layout": "media", "headline": "Hi", "image": "asset_unknown"},
            "unknown asset 'asset_unknown'",
        ),
        ("add_logo", {"asset": "asset_clip"}, "asset asset_clip is a video, not an image"),
        ("update_element", {"scene": 2, "element": "body", "color": "#F5F5F5"}, "would be unreadable there"),
        ("set_voiceover", {"text": "Hello there."}, "one scene at a time"),
        ("set_pacing", {"total": 15, "factor": 2}, "give either total"),
        ("set_aspect", {"aspect": "16:9"}, "already 16:9"),
        ("remove_element", {"element": "logo"}, "no scene has an element 'logo'"),
        ("set_theme", {"accent": "not a colour"}, "accent: String should match pattern"),
    ],
)
def test_a_bad_call_is_an_error_for_the_director_and_changes_nothing(project, name, args, message):
    before = content_hash(project)
    with pytest.raises(ToolError, match=message):
        call(project, name, args, ENV)
    assert content_hash(project) == before


def test_deleting_the_only_scene_is_refused():
    single = call(None, "create_scene", {"layout": "title", "headline": "Only one"}, Env())[0]
    with pytest.raises(ToolError, match="at least one scene"):
        call(single, "delete_scene", {"scene": 1}, Env())


def test_a_new_project_starts_from_the_environment():
    made, result = call(
        None,
        "create_scene",
        {"layout": "title", "headline": "Hello", "duration": 3},
        Env(aspect="9:16", title="Greeting"),
    )
    assert (made.aspect, made.title, len(made.scenes), made.scenes[0].id) == ("9:16", "Greeting", 1, "s1")
    assert result == "created scene 1 (title): 'Hello'"


def test_colour_names_are_accepted_where_hex_is_expected(project):
    themed, _ = call(project, "set_theme", {"accent": "dark orange"}, ENV)
    assert (
        themed.theme.palette.accent.startswith("#")
        and themed.theme.palette.accent != project.theme.palette.accent
    )


def test_aspect_changes_re_place_text_and_logos(project):
    with_logo, _ = call(project, "add_logo", {"asset": "asset_logo", "corner": "bottom-right"}, ENV)
    tall, _ = call(with_logo, "set_aspect", {"aspect": "9:16"}, ENV)
    assert overflow(tall) == [] and outside_safe_area(tall) == []
    logo = next(e for e in tall.scenes[0].elements if isinstance(e, LogoElement))
    assert logo.box.x + logo.box.w <= 0.82 + 1e-6 and logo.box.y + logo.box.h <= 0.76 + 1e-6
    back, _ = call(tall, "set_aspect", {"aspect": "16:9"}, ENV)
    original = next(e for e in with_logo.scenes[0].elements if isinstance(e, LogoElement))
    again = next(e for e in back.scenes[0].elements if isinstance(e, LogoElement))
    assert again.box.model_dump() == pytest.approx(original.box.model_dump(), abs=2e-3)


def element(project: Project, scene: int, id: str) -> Element:
    return next(e for e in project.scenes[scene - 1].elements if e.id == id)


def test_a_free_form_scene_is_designed_by_a_template_in_the_look():
    """create_scene's copy goes to the template that holds it: a title is a hero, a headline with a body
    and an icon a feature, a stat a counter, copy no template holds the free-form `copy` template; each
    in the look's faces and colours, never centred text on a flat colour."""
    cases = [
        ({"layout": "title", "headline": "Light, made simple", "kicker": "Lumen"}, "hero"),
        (
            {"layout": "statement", "headline": "Warm light", "body": "Easy on the eyes.", "icon": "lamp"},
            "feature",
        ),
        ({"layout": "statement", "headline": "Meetings should take minutes"}, "statement"),
        ({"layout": "stat", "stat": "50k", "headline": "hours of light"}, "stat"),
        ({"layout": "cta", "headline": "Light your desk", "cta": "Shop now"}, "cta"),
        ({"layout": "title", "headline": "Light, made simple", "stat": "3x", "cta": "Shop now"}, "copy"),
    ]
    chosen = look("minimalist")
    for args, template in cases:
        made, _ = call(None, "create_scene", args, Env(aspect="9:16"))
        scene = made.scenes[0]
        assert scene.template is not None and scene.template.name == template, (args, scene.template)
        assert scene.layout == args["layout"] and scene.background.type == "gradient"
        assert {e.type for e in scene.elements} >= {"text", "motif", "shape"}, args
        fonts = {e.font for e in scene.elements if isinstance(e, TextElement)}
        assert fonts <= {chosen.fonts.display, chosen.fonts.text, chosen.fonts.accent}, fonts
        assert overflow(made) == [] and outside_safe_area(made) == []


def test_copy_too_long_for_any_design_is_refused_with_the_slot():
    with pytest.raises(ToolError, match="slot 'headline'"):
        call(None, "create_scene", {"layout": "title", "headline": "word " * 17 + "end"}, Env(aspect="9:16"))


def test_a_created_scene_is_designed_again_for_a_new_layout_or_a_new_slot():
    made, _ = call(None, "create_scene", {"layout": "statement", "headline": "Warm light"}, Env())
    assert made.scenes[0].template.name == "statement"
    made, _ = call(made, "add_element", {"scene": 1, "id": "body", "text": "Easy on the eyes."}, Env())
    assert made.scenes[0].template.name == "hero" and element(made, 1, "body").text == "Easy on the eyes."
    made, _ = call(made, "add_element", {"scene": 1, "id": "attribution", "text": "Dana Ruiz"}, Env())
    assert made.scenes[0].template.name == "copy"  # no statement template holds all three
    made, _ = call(made, "update_scene", {"scene": 1, "layout": "quote"}, Env())
    scene = made.scenes[0]
    assert (scene.layout, scene.template.name) == ("quote", "quote")
    assert element(made, 1, "headline").text == "Warm light"  # the quote, by its copy slot's name
    assert overflow(made) == []
    counted, _ = call(None, "create_scene", {"layout": "stat", "stat": "50k", "headline": "hours"}, Env())
    counted, result = call(counted, "update_element", {"scene": 1, "element": "stat", "text": "60k"}, Env())
    assert counted.scenes[0].template.slots["value"] == "60k" and result == "updated 'stat' in scene 1: text"
    long = "Light that follows the sun from dawn until late at night"  # more than a hero's 48
    titled, _ = call(None, "create_scene", {"layout": "title", "headline": "Meet Lumen"}, Env())
    titled, _ = call(titled, "update_element", {"scene": 1, "element": "headline", "text": long}, Env())
    assert titled.scenes[0].template.name == "copy" and element(titled, 1, "headline").text == long


def test_free_text_is_set_in_the_look_and_measured_into_its_box(project):
    added, _ = call(project, "add_element", {"scene": 1, "text": "Limited edition", "role": "heading"}, ENV)
    sticker = element(added, 1, "text1")
    assert sticker.font == look("minimalist").fonts.display and sticker.size is not None
    assert overflow(added) == [] and outside_safe_area(added) == []
    tiny = {"x": 0.4, "y": 0.4, "w": 0.05, "h": 0.03}
    with pytest.raises(ToolError, match="does not fit its box"):
        call(project, "add_element", {"scene": 1, "text": "Far too much copy for a stamp", "box": tiny}, ENV)


def test_hand_edits_on_a_composed_scene_survive_a_new_look_aspect_and_copy(project):
    """A colour, size or place set by hand, a removed element, an added logo and a chosen background
    stay when the scene is designed again (set_look, set_aspect, new copy), instead of being lost."""
    p, _ = call(project, "update_element", {"scene": 2, "element": "headline", "color": "#B00020"}, ENV)
    p, _ = call(p, "update_element", {"scene": 2, "element": "body", "size": 0.03}, ENV)
    box = {"x": 0.1, "y": 0.15, "w": 0.5, "h": 0.2}
    p, _ = call(p, "update_element", {"scene": 3, "element": "headline", "box": box}, ENV)
    p, _ = call(p, "remove_element", {"element": "field_texture", "scenes": [3]}, ENV)
    p, _ = call(p, "add_logo", {"asset": "asset_logo", "corner": "bottom-left"}, ENV)
    p, _ = call(p, "set_background", {"scenes": [4], "color": "#F5F0E6"}, ENV)
    steps = [
        ("set_look", {"look": "corporate"}),
        ("set_aspect", {"aspect": "9:16"}),
        ("update_element", {"scene": 2, "element": "headline", "text": "Warm light all evening"}),
        ("set_theme", {"style": "calm"}),
    ]
    for name, args in steps:
        p, _ = call(p, name, args, ENV)
        assert element(p, 2, "headline").color == "#B00020", name
        assert element(p, 2, "body").size == 0.03, name
        assert element(p, 3, "headline").box.model_dump() == box, name
        assert all(e.id != "field_texture" for e in p.scenes[2].elements), name
        assert all(any(isinstance(e, LogoElement) for e in s.elements) for s in p.scenes), name
        assert p.scenes[3].background.model_dump() == {"type": "solid", "color": "#F5F0E6"}, name
    assert element(p, 2, "headline").text == "Warm light all evening"
    assert p.theme.style == "calm" and element(p, 1, "headline").font == look("calm").fonts.display
    logo = element(p, 1, "logo")
    assert logo.box.y + logo.box.h <= 0.76 + 1e-6  # re-placed inside the 9:16 safe area


def test_shorter_scenes_keep_transitions_within_half_a_scene(project):
    quick, result = call(project, "set_pacing", {"factor": 0.3}, ENV)
    for before, after in zip(quick.scenes, quick.scenes[1:], strict=False):
        assert before.transition.duration <= min(before.duration, after.duration) / 2 + 1e-9
    assert "too short to read comfortably" in result


def test_a_clip_becomes_a_scene_background_with_a_scrim(project):
    clipped, _ = call(project, "set_background", {"scenes": [2], "video": "asset_clip"}, ENV)
    bg = clipped.scenes[1].background
    assert bg.type == "video" and bg.asset == "asset_clip" and bg.scrim >= 0.5
    texts = [e for e in clipped.scenes[1].elements if e.type == "text"]
    assert all(e.color in ("#FFFFFF", "#FAFAF9") for e in texts), [e.color for e in texts]


@pytest.mark.parametrize("aspect", ["16:9", "9:16"])
@pytest.mark.parametrize("name", ["bold", "playful", "corporate", "retro"])
def test_the_readability_repair_keeps_designed_text_colours(name, aspect):
    """Text a template set on its own colour field (dark ink on bold's yellow) reads there: the repair
    after each call looks at the field under the text, not only the scene's background, so it leaves
    the design's colour alone (it used to turn the 9:16 end card's headline white on yellow, 1.4:1)."""
    for template in ("cta", "quote", "stat"):
        slots = {k: v for k, v in TEMPLATES[template].example.items() if k not in ("logo", "photo")}
        project, _ = call(
            None, "use_template", {"scene": 1, "template": template, "slots": slots}, Env(aspect=aspect)
        )
        project, _ = call(project, "set_look", {"look": name}, Env())
        designed = compose(template, slots, look(name), aspect, 4.0)
        text = project.theme.palette.text
        colours = {e.id: getattr(e, "color", None) or text for e in designed.elements}
        for e in project.scenes[0].elements:
            assert (getattr(e, "color", None) or text) == colours[e.id], (template, e.id)
