"""The offline director on 26 varied prompts: length, real copy, fit, safe areas, contrast, pacing."""

from __future__ import annotations

import re

import pytest

from ozor.agent import pacing
from ozor.agent.brief.parse import parse_brief
from ozor.agent.colors import contrast
from ozor.agent.storyboard.plan import seconds_of
from ozor.agent.tools import Attachment
from ozor.errors import BadRequest
from ozor.scene.hashing import content_hash
from ozor.scene.models import IconElement, ImageElement, LogoElement, TextElement, VideoBackground
from ozor.scene.timing import total_duration
from tests.agent.prompts import PROMPTS
from tests.agent.support import at_aspect, generate, outside_safe_area, overflow, texts, unreadable

VALID = [p for p in PROMPTS if p != "10 second ad"]
PLACEHOLDER = re.compile(
    r"lorem|ipsum|placeholder|\btodo\b|\bxxx\b|\{|\}|\bnone\b|untitled|\bthe the\b|\s{2,}", re.IGNORECASE
)


@pytest.fixture(scope="module", params=VALID, ids=[p[:40] for p in VALID])
def made(request: pytest.FixtureRequest):
    prompt = request.param
    bench = generate(prompt)
    return prompt, bench.project, bench


def test_length_matches_the_request(made):
    prompt, project, _ = made
    wanted = seconds_of(parse_brief(prompt))
    assert abs(total_duration(project) - wanted) <= 0.1 * wanted, (total_duration(project), wanted)


def test_every_scene_has_real_copy_from_the_prompt(made):
    prompt, project, _ = made
    for scene in project.scenes:
        copy = [e.text for e in scene.elements if isinstance(e, TextElement)]
        assert copy and any(re.search(r"[A-Za-z]{3}", t) for t in copy), scene
    for text in [*texts(project), project.title, *(s.narration.text for s in project.scenes if s.narration)]:
        assert not PLACEHOLDER.search(text), text
    brief = parse_brief(prompt)
    about = " ".join(f.text for f in (brief.subject, brief.topic, *brief.names) if f is not None)
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w'.-]{2,}", about)}
    written = " ".join([project.title, *texts(project)]).lower()
    assert any(w in written for w in words), (words, written)


@pytest.mark.parametrize("aspect", ["16:9", "9:16"])
def test_no_text_overflows_and_text_stays_in_the_safe_area(made, aspect):
    _, project, _ = made
    shown = at_aspect(project, aspect)
    assert overflow(shown) == []
    assert outside_safe_area(shown) == []


def test_palette_and_every_text_are_readable(made):
    _, project, _ = made
    palette = project.theme.palette
    assert contrast(palette.text, palette.background) >= 4.5
    assert contrast(palette.muted, palette.background) >= 4.5
    assert unreadable(project) == []
    assert unreadable(at_aspect(project, "9:16" if project.aspect == "16:9" else "16:9")) == []


def test_the_end_card_ends_on_the_subjects_icon(made):
    """Not the generic sparkles: the end card's anchor is the hook's icon, the subject's own."""
    _, project, _ = made
    end = [e.name for e in project.scenes[-1].elements if isinstance(e, IconElement)]
    first = [e.name for e in project.scenes[0].elements if isinstance(e, IconElement)]
    assert "sparkles" not in end
    if first and project.scenes[-1].template and project.scenes[-1].template.name == "cta":
        assert end == first[:1], (end, first)


@pytest.mark.parametrize(
    ("prompt", "icons"),
    [
        ("A 15-second ad for our bakery's grand opening on Saturday at 9am", {"cake", "croissant"}),
        ("Teaser for the Solstice music festival, vertical, dramatic", {"eighth-notes", "music"}),
    ],
)
def test_an_end_card_shows_what_the_video_is_about(prompt, icons):
    end = generate(prompt).project.scenes[-1]
    assert {e.name for e in end.elements if isinstance(e, IconElement)} & icons


def test_pacing_follows_the_visual_guide(made):
    prompt, project, _ = made
    for i, scene in enumerate(project.scenes, 1):
        assert scene.duration + 0.05 >= pacing.reading_time(scene), f"scene {i} is too short to read"
        if scene.narration:
            assert len(scene.narration.text.split()) / 2.6 + 0.7 <= scene.duration + 0.05, (
                scene.narration.text
            )
    kinds = {s.transition.kind for s in project.scenes[:-1]}
    assert len(kinds) <= 2, kinds
    explains = parse_brief(prompt).kind in ("explainer", "tutorial")
    assert project.scenes[0].duration <= (6.0 if explains else 4.2)  # a title card may take its time
    assert project.scenes[-1].duration >= 3.0
    first = min(e.enter.delay for e in project.scenes[0].elements if e.enter)
    assert first <= 0.3  # the first second already shows something


def test_the_storyboard_opens_with_a_hook_and_closes_with_a_call_to_action(made):
    _, project, bench = made
    assert 3 <= len(project.scenes) <= 10
    assert all(s.template is not None for s in project.scenes)
    assert project.scenes[0].template.name == "hero" and project.scenes[0].title == "Hook"
    assert project.scenes[-1].title == "Call to action"
    assert project.theme.style is not None and project.audio.music != "none"
    names = [c.name for c in bench.calls]
    assert names[:2] == ["use_template", "set_look"] and names[-1] == "set_music"
    assert names.count("use_template") == len(project.scenes)
    assert all(c.error is None for c in bench.calls)


def test_the_same_prompt_gives_the_same_video(made):
    prompt, project, _ = made
    assert content_hash(generate(prompt).project) == content_hash(project)


def test_prompt_facts_reach_the_video():
    project = generate(
        "Make a vertical 15s TikTok promo for Brew Bros cold brew coffee, bold and playful, "
        "20% off this weekend"
    ).project
    assert project.aspect == "9:16" and project.theme.style == "bold"
    assert "Brew Bros" in " ".join(texts(project))
    offer = next(s for s in project.scenes if s.template and s.template.name == "offer")
    assert offer.template.slots["deal"] == "20%" and "20% off" in offer.narration.text
    accent = generate("Ad for running shoes aimed at marathon runners, use #FF5500 as the accent").project
    assert accent.theme.palette.accent == "#FF5500"
    green = generate("A promo for a yoga studio with a forest green background").project
    assert (
        green.theme.palette.background == "#1F4D2E" and contrast(green.theme.palette.text, "#1F4D2E") >= 4.5
    )
    told = generate("A 20s promo for a dog grooming service", aspect="16:9").project
    assert told.aspect == "16:9"
    vertical_but_told = generate("A vertical ad for a desk lamp", aspect="16:9").project
    assert vertical_but_told.aspect == "16:9"  # the request's explicit aspect wins over the prompt's hint


def test_attachments_are_used_where_they_fit():
    logo = Attachment("asset_logo", "image", 300, 120)
    photo = Attachment("asset_photo", "image", 1600, 1200)
    clip = Attachment("asset_clip", "video", 1280, 720, 6.0)
    project = generate(
        "A 20 second showcase for the EcoBottle with our logo", attachments=(photo, logo, clip)
    ).project
    logos = [e for s in project.scenes for e in s.elements if isinstance(e, LogoElement)]
    assert len(logos) == len(project.scenes) and {e.asset for e in logos} == {"asset_logo"}
    end = project.scenes[-1]
    assert [e.box.w >= 0.2 for e in end.elements if isinstance(e, LogoElement)] == [True]  # the card's anchor
    assert not any(isinstance(e, IconElement) for e in end.elements)
    images = [e for s in project.scenes for e in s.elements if isinstance(e, ImageElement)]
    assert images and images[0].asset == "asset_photo"
    assert any(
        isinstance(s.background, VideoBackground) and s.background.asset == "asset_clip"
        for s in project.scenes
    )
    assert overflow(project) == [] and unreadable(project) == []


def test_a_prompt_without_a_subject_fails_with_examples():
    with pytest.raises(BadRequest, match="couldn't tell what the video should be about.*for example"):
        generate("10 second ad")


@pytest.mark.parametrize(
    "prompt, message",
    [
        ("A 3 second ad for coffee", "from 5 seconds to 3 minutes long .* you asked for 3 seconds"),
        ("A 5-minute explainer on quantum computing", "you asked for 300 seconds"),
        (
            "Une publicité de 15 secondes pour une lampe de bureau",
            "English, Spanish and German.*looks like 'fr'",
        ),
    ],
)
def test_prompts_it_cannot_do_well_fail_honestly(prompt, message):
    with pytest.raises(BadRequest, match=message):
        generate(prompt)


def test_a_long_product_name_still_fits():
    project = generate(
        "A 15s ad for 'The Extraordinarily Long Product Name Deluxe Edition 3000 Ultra'"
    ).project
    assert "Extraordinarily Long Product Name" in project.title
    assert overflow(project) == [] and overflow(at_aspect(project, "9:16")) == []


@pytest.mark.parametrize(
    ("prompt", "goodbye"),
    [
        ("A 30 second recap video of our 2024 hackathon", "See you next time"),
        ("Un vídeo resumen de nuestro hackathon 2024", "Hasta la próxima"),
    ],
)
def test_a_recap_ends_on_a_goodbye_not_an_events_call_to_action(prompt, goodbye):
    end = generate(prompt).project.scenes[-1]
    button = [e.text for e in end.elements if isinstance(e, TextElement) and e.id == "button"]
    assert button == [goodbye]


@pytest.mark.parametrize(
    ("prompt", "headline", "button", "url"),
    [
        ("A 30 second explainer on how solar panels work", "Now you know how solar panels work", None, None),
        (
            "A 30 second explainer on how solar panels work, more at sunwise.org",
            "Now you know how solar panels work",
            "Learn more",
            "sunwise.org",
        ),
        ("A 40 second tutorial: how to clean a coffee grinder in 3 steps", "Now it's your turn", None, None),
        ("Erklärvideo: wie funktioniert eine Solaranlage?", "Jetzt weißt du Bescheid", None, None),
        ("Happy birthday video for my mom, playful", "Happy birthday", None, None),
        ("A merry christmas greeting from the team at Acme", "Merry christmas", None, None),
        ("Vídeo de feliz cumpleaños para mi abuela", "Feliz cumpleaños", None, None),
        ("Frohe Weihnachten: ein Grußvideo für unsere Kunden", "Frohe Weihnachten", None, None),
    ],
)
def test_the_end_card_says_what_the_video_is_for(prompt, headline, button, url):
    """An explainer ends on its takeaway, not on the category's sales ask ("Get a free quote" for how
    solar panels work), with "learn more" only when there is a site; a greeting ends on its wish."""
    end = generate(prompt).project.scenes[-1]
    card = {e.id: e.text for e in end.elements if isinstance(e, TextElement)}
    assert (card.get("headline"), card.get("button"), card.get("url")) == (headline, button, url)


def test_a_sales_ad_keeps_its_call_to_action():
    end = generate("A 15 second ad for our solar panel installation company").project.scenes[-1]
    card = {e.id: e.text for e in end.elements if isinstance(e, TextElement)}
    assert card.get("button")


@pytest.mark.parametrize(
    ("prompt", "button"),
    [
        (
            "A 12 second countdown to New Year's Eve at Skyline Rooftop, doors open 9pm, tickets $45",
            "Get tickets",
        ),
        ("Vídeo para la fiesta de Nochevieja en Casa Luna, entradas a 30 €", "Consigue tu entrada"),
        ("Silvesterparty im Club Nord, Karten 25 €, 15 Sekunden", "Tickets sichern"),
    ],
)
def test_a_ticketed_occasion_ends_on_getting_tickets(prompt, button):
    """Tickets on sale: the end card asks for them, not for the occasion's wish ("Happy holidays")."""
    end = generate(prompt).project.scenes[-1]
    assert [e.text for e in end.elements if isinstance(e, TextElement) and e.id == "button"] == [button]


@pytest.mark.parametrize(
    "prompt",
    [
        "A 12 second countdown to New Year's Eve at Skyline Rooftop, doors open 9pm, tickets $45",
        "A 10 second countdown to our summer sale",
    ],
)
def test_a_countdown_shows_the_count(prompt):
    """A countdown shows a number ticking down even when the prompt gives no time left."""
    assert "countdown" in [s.template.name for s in generate(prompt).project.scenes if s.template]


def test_a_short_video_keeps_its_facts_in_fewer_scenes():
    """12 s is short, but the venue, the time and the price are what a viewer needs: none is dropped."""
    project = generate(
        "A 12 second countdown to New Year's Eve at Skyline Rooftop, doors open 9pm, tickets $45"
    ).project
    heard = " ".join(s.narration.text for s in project.scenes if s.narration)
    shown = " ".join(e.text for s in project.scenes for e in s.elements if isinstance(e, TextElement))
    assert all(fact in f"{heard} {shown}" for fact in ("Skyline Rooftop", "9pm", "$45"))
    assert len(project.scenes) <= 4


def test_a_venue_is_where_you_are_at_a_town_where_you_are_in():
    heard = " ".join(
        s.narration.text
        for prompt in (
            "A 12 second countdown to New Year's Eve at Skyline Rooftop, doors open 9pm, tickets $45",
            "Teaser for the Solstice music festival in Lisbon, July 4-6, tickets from $89",
        )
        for s in generate(prompt).project.scenes
        if s.narration
    )
    assert "at Skyline Rooftop" in heard and "in Skyline Rooftop" not in heard, heard
    assert "in Lisbon" in heard, heard
