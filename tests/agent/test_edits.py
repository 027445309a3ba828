"""Plain-English edits through the offline director: each instruction makes exactly its change."""

from __future__ import annotations

import pytest

from ozor.agent.colors import contrast, parse_color
from ozor.agent.tools import Attachment
from ozor.design import look
from ozor.errors import BadRequest
from ozor.scene.models import (
    GradientBackground,
    ImageBackground,
    ImageElement,
    LogoElement,
    Project,
    SolidBackground,
    TextElement,
)
from ozor.scene.timing import total_duration
from tests.agent.support import edit, outside_safe_area, overflow, slot_video, unreadable

LOGO = Attachment("asset_logo", "image", 400, 200)
PHOTO = Attachment("asset_photo", "image", 1600, 1200)


@pytest.fixture(scope="module")
def base() -> Project:
    project = slot_video("A 20-second ad for the EcoBottle, a reusable water bottle")
    assert len(project.scenes) == 5 and all(s.narration for s in project.scenes)
    return project


def text(project: Project, scene: int, slot: str) -> str | None:
    return next((e.text for e in project.scenes[scene - 1].elements if e.id == slot), None)  # type: ignore[union-attr]


def all_text(project: Project) -> dict[tuple[str, str], str]:
    return {(s.id, e.id): e.text for s in project.scenes for e in s.elements if isinstance(e, TextElement)}


def same_except(before: Project, after: Project, *keys: tuple[str, str]) -> None:
    old, new = all_text(before), all_text(after)
    assert {k: v for k, v in old.items() if k not in keys} == {k: v for k, v in new.items() if k not in keys}


def test_change_a_headline(base):
    after, reply, _ = edit(base, "change the headline of scene 2 to Built for speed")
    assert text(after, 2, "headline") == "Built for speed"
    same_except(base, after, ("s2", "headline"))
    assert reply == "I've changed the headline of scene 2 to “Built for speed”."


def test_make_the_cta_say(base):
    after, _, _ = edit(base, "make the CTA say 'Grab yours today'")
    assert text(after, 5, "cta") == "Grab yours today"
    same_except(base, after, ("s5", "cta"))


def test_change_the_supporting_text(base):
    after, _, _ = edit(base, "change the body of scene 3 to Lighter than it looks.")
    assert text(after, 3, "body") == "Lighter than it looks"
    assert overflow(after) == []


def test_replace_a_word_everywhere(base):
    after, reply, _ = edit(base, 'replace "EcoBottle" with "EcoBottle Pro"')
    assert all("EcoBottle Pro" in t for t in all_text(after).values() if "EcoBottle" in t)
    assert "3 places" in reply


def test_faster_scales_every_scene(base):
    after, _, _ = edit(base, "make it faster")
    assert [s.duration for s in after.scenes] == [round(s.duration * 0.8, 2) for s in base.scenes]


def test_one_scene_longer(base):
    after, _, _ = edit(base, "make scene 3 longer")
    assert after.scenes[2].duration == round(base.scenes[2].duration * 1.5, 2)
    assert [s.duration for i, s in enumerate(after.scenes) if i != 2] == [
        s.duration for i, s in enumerate(base.scenes) if i != 2
    ]


def test_set_the_total_length(base):
    after, _, _ = edit(base, "make the video 30 seconds long")
    assert abs(total_duration(after) - 30) < 0.06


def test_scene_length_then_swap_in_two_sentences(base):
    after, reply, _ = edit(base, "Make scene 2 5 seconds. Then swap scenes 2 and 3.")
    assert [s.id for s in after.scenes] == ["s1", "s3", "s2", "s4", "s5"]
    assert after.scenes[2].duration == 5.0
    assert reply == "I've made scene 2 5 seconds long and swapped scenes 2 and 3."


def test_background_colour_for_every_scene_keeps_text_readable(base):
    after, _, _ = edit(base, "change the background to dark blue")
    assert after.theme.palette.background == parse_color("dark blue")
    assert after.theme.palette.accent == base.theme.palette.accent
    assert contrast(after.theme.palette.text, after.theme.palette.background) >= 4.5
    assert unreadable(after) == []


def test_background_of_one_scene(base):
    after, _, _ = edit(base, "make the background of scene 3 black")
    assert after.scenes[2].background == SolidBackground(color=parse_color("black"))
    assert [s.background for i, s in enumerate(after.scenes) if i != 2] == [
        s.background for i, s in enumerate(base.scenes) if i != 2
    ]
    assert unreadable(after) == []


def test_gradient_background(base):
    after, reply, _ = edit(base, "use a navy and teal gradient background")
    assert reply == "I've given every scene a gradient background."  # never "I've gave"
    for scene in after.scenes:  # navy as asked; teal a shade darker, so white text reads on it
        assert isinstance(scene.background, GradientBackground) and scene.background.colors[0] == "#14213D"
        assert (
            scene.background.colors[1] != "#0C8599" and contrast("#FFFFFF", scene.background.colors[1]) >= 4.5
        )
    assert unreadable(after) == []


def test_swap_the_colours(base):
    after, _, _ = edit(base, "swap the colours")
    old, new = base.theme.palette, after.theme.palette
    assert (new.background, new.text) == (old.text, old.background)
    assert unreadable(after) == []


def test_accent_by_hex(base):
    after, _, _ = edit(base, "use #FF5500 as the accent")
    assert after.theme.palette.accent == "#FF5500"
    cta = next(e for e in after.scenes[-1].elements if e.id == "cta")
    assert cta.background == "#FF5500" and contrast(cta.color, "#FF5500") >= 4.5


def test_two_instructions_in_one_sentence(base):
    after, reply, _ = edit(base, "make it vertical and use #FF5500 as the accent")
    assert (after.aspect, after.theme.palette.accent) == ("9:16", "#FF5500")
    assert reply == "I've made the video vertical (9:16) and set the accent colour to #FF5500."
    copied, _, _ = edit(base, "change the headline of scene 2 to Cold all day and make it faster")
    assert text(copied, 2, "headline") == "Cold all day"
    assert copied.scenes[0].duration == round(base.scenes[0].duration * 0.8, 2)


def test_a_style(base):
    after, _, _ = edit(base, "make it bold")
    assert after.theme.style == "bold" and after.theme.palette == look("bold").theme.palette
    assert unreadable(after) == []


def test_serif_headings(base):
    after, _, _ = edit(base, "use a serif font")
    assert (after.theme.heading_font, after.theme.body_font) == ("Playfair Display", base.theme.body_font)
    assert overflow(after) == []


def test_uppercase_headlines(base):
    after, _, _ = edit(base, "make the headlines uppercase")
    heads = [e for s in after.scenes for e in s.elements if e.id == "headline"]
    assert heads and all(e.uppercase for e in heads)
    assert overflow(after) == []


def test_logo_in_a_corner_of_every_scene(base):
    after, reply, _ = edit(base, "Add our logo in the top-right corner of every scene", LOGO)
    logos = [next(e for e in s.elements if isinstance(e, LogoElement)) for s in after.scenes]
    assert {e.asset for e in logos} == {"asset_logo"} and len(logos) == 5
    assert all(abs(e.box.x + e.box.w - 0.965) < 1e-3 and e.box.y == 0.04 for e in logos)
    assert reply == "I've added the logo to the top-right corner of all 5 scenes."
    assert outside_safe_area(after) == []


def test_logo_moved_and_resized(base):
    with_logo, _, _ = edit(base, "add our logo to the last scene", LOGO)
    assert [any(isinstance(e, LogoElement) for e in s.elements) for s in with_logo.scenes] == [False] * 4 + [
        True
    ]
    moved, _, _ = edit(with_logo, "move the logo to the bottom-left corner")
    logo = next(e for e in moved.scenes[-1].elements if isinstance(e, LogoElement))
    assert logo.box.x == 0.035 and abs(logo.box.y + logo.box.h - 0.96) < 1e-3
    bigger, _, _ = edit(moved, "make the logo bigger")
    big = next(e for e in bigger.scenes[-1].elements if isinstance(e, LogoElement))
    assert big.box.h > logo.box.h and big.box.x == 0.035


def test_move_a_scene_to_the_start(base):
    after, _, _ = edit(base, "move scene 3 to the start")
    assert [s.id for s in after.scenes] == ["s3", "s1", "s2", "s4", "s5"]


def test_swap_two_scenes(base):
    after, _, _ = edit(base, "swap scenes 1 and 2")
    assert [s.id for s in after.scenes] == ["s2", "s1", "s3", "s4", "s5"]


def test_add_a_scene_before_the_cta(base):
    after, reply, _ = edit(base, "add a scene about pricing")
    assert [s.id for s in after.scenes] == ["s1", "s2", "s3", "s4", "s6", "s5"]
    assert text(after, 5, "headline") == "Pricing" and after.scenes[4].narration.text == "Pricing."
    assert reply == "I've added scene 5: “Pricing”."


def test_remove_the_last_scene(base):
    after, _, _ = edit(base, "remove the last scene")
    assert [s.id for s in after.scenes] == ["s1", "s2", "s3", "s4"]


def test_deeper_voice_then_a_named_voice(base):
    after, _, _ = edit(base, "use a deeper voice")
    assert {s.narration.voice for s in after.scenes} == {"thor"}
    assert [s.narration.text for s in after.scenes] == [s.narration.text for s in base.scenes]
    nova, _, _ = edit(after, "use nova")
    assert {s.narration.voice for s in nova.scenes} == {"nova"}


def test_remove_the_voiceover(base):
    after, _, _ = edit(base, "remove the voiceover")
    assert all(s.narration is None for s in after.scenes)


def test_no_music_and_quieter_music(base):
    after, _, _ = edit(base, "no music")
    assert after.audio.music == "none"
    quieter, _, _ = edit(base, "lower the music")
    assert quieter.audio.music == base.audio.music and quieter.audio.music_volume == 0.3


def test_make_it_vertical(base):
    after, reply, _ = edit(base, "make it vertical")
    assert after.aspect == "9:16" and reply == "I've made the video vertical (9:16)."
    assert overflow(after) == [] and outside_safe_area(after) == []


def test_transitions_captions_and_title(base):
    after, _, _ = edit(base, "use crossfades between scenes and add captions")
    assert {s.transition.kind for s in after.scenes} == {"crossfade"} and after.captions
    renamed, _, _ = edit(base, "rename the video to Summer launch")
    assert renamed.title == "Summer launch"


def test_attached_images(base):
    backed, _, _ = edit(base, "use this image as the background of scene 2", PHOTO)
    bg = backed.scenes[1].background
    assert isinstance(bg, ImageBackground) and bg.asset == "asset_photo" and bg.scrim >= 0.5
    assert unreadable(backed) == []
    placed, _, _ = edit(base, "add this photo to scene 3", PHOTO)
    image = next(e for e in placed.scenes[2].elements if isinstance(e, ImageElement))
    assert image.asset == "asset_photo" and placed.scenes[2].layout == "split"
    assert overflow(placed) == []


@pytest.mark.parametrize(
    "instruction, message",
    [
        (
            "put a unicorn in the corner",
            "couldn't understand “put a unicorn in the corner”.*for example|edits like",
        ),
        ("make scene 9 longer", "there is no scene 9: the video has 5 scenes"),
        ("make the video 20 seconds", "already"),
        ("add our logo", "attach the logo"),
        ("make it faster and paint it like Monet", "couldn't understand"),
    ],
)
def test_instructions_that_cannot_be_done_fail_with_a_reason(base, instruction, message):
    with pytest.raises(BadRequest, match=message):
        edit(base, instruction)
