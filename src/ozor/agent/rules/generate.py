"""A new video from a prompt: brief → storyboard → design templates, every step a tool call.

The brief reads the prompt's facts; the storyboard turns them into beats (a template, its slots and
the narration) sized to the length asked; here each beat becomes a `use_template` call, the look a
`set_look` call, and the reply says what was made and which facts, if any, did not fit.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ozor.agent.brief.model import Brief
from ozor.agent.brief.parse import parse_brief
from ozor.agent.brief.text import FUNCTION_WORDS, WORD
from ozor.agent.director import Turn, Workbench
from ozor.agent.knowledge import categories
from ozor.agent.storyboard.fit import fitted_slots
from ozor.agent.storyboard.lines import cap
from ozor.agent.storyboard.plan import Board, seconds_of, storyboard
from ozor.agent.storyboard.templates import realise
from ozor.agent.tools.templates import LOOK_VOICES, styled
from ozor.errors import BadRequest
from ozor.scene.models import Aspect
from ozor.voices.language import detect_language

MIN_SECONDS, MAX_SECONDS = 5.0, 180.0  # shorter has no room for a hook and a CTA; longer outgrows the copy
LANGUAGES = ("en", "es", "de")
SURE_WORDS = 4  # function words that settle the language without asking langdetect
SCENE_TITLES = {"hook": "Hook", "cta": "Call to action"}
PROMPT_EXAMPLES = (
    '"A 15-second ad for a minimalist desk lamp", '
    '"A 30s vertical teaser for the Solstice music festival, dark and dramatic", '
    '"A one-minute tutorial on brewing pour-over coffee: grind the beans; rinse the filter; pour slowly"'
)


def generate(turn: Turn, bench: Workbench) -> str:
    brief = parse_brief(turn.text)
    if language := unsupported_language(turn.text, brief):
        raise BadRequest(
            f"The offline director writes copy in English, Spanish and German, and this prompt looks like "
            f"'{language}'. Write the prompt in one of those, or configure an LLM director (OZOR_LLM_BASE_URL)."
        )
    seconds = seconds_of(brief)
    if not MIN_SECONDS <= seconds <= MAX_SECONDS:
        raise BadRequest(
            f"I make videos from {MIN_SECONDS:g} seconds to {MAX_SECONDS // 60:g} minutes long from a "
            f"prompt; you asked for {seconds:g} seconds."
        )
    if not brief.facts():
        raise BadRequest(
            "I couldn't tell what the video should be about. Name the product, event or topic, "
            f"for example: {PROMPT_EXAMPLES}."
        )
    category = categories()[brief.category]
    look_name = brief.look or category.look
    accent = next((c.hex for c in brief.colours if c.role in ("accent", "any")), None)
    background = next((c.hex for c in brief.colours if c.role == "background"), None)
    chosen = styled(look_name, accent, background)
    images = [a for a in turn.attachments if a.kind == "image"]
    logo = (
        min(images, key=lambda a: (a.width or 0) * (a.height or 0)) if brief.wants_logo and images else None
    )
    pictures = tuple(a.ref for a in images if a is not logo)
    clips = [a.ref for a in turn.attachments if a.kind == "video"]
    overlap = 0.0 if chosen.transition == "cut" else chosen.transition_duration
    board = storyboard(brief, category, overlap, pictures)
    aspect: Aspect = turn.aspect or (brief.aspect if brief.aspect in ("16:9", "9:16") else None) or "16:9"  # type: ignore[assignment]
    bench.env = replace(bench.env, aspect=aspect, title=title(brief))
    bench.step(
        f"Planning a {board.seconds:g}-second {brief.kind} in {len(board.beats)} scenes, {look_name} look."
    )
    voice = spoken_voice(brief, look_name)
    for number, (beat, seconds) in enumerate(zip(board.beats, board.durations, strict=True), 1):
        on_card = logo is not None and beat.role == "cta"  # the end card shows the logo big, not the icon
        template, slots = realise(beat.template, {**beat.slots, "logo": logo.ref} if on_card else beat.slots)
        args: dict[str, Any] = {
            "scene": number,
            "template": template,
            "slots": fitted_slots(template, slots, look_name),
            "duration": seconds,
            "title": SCENE_TITLES.get(beat.role) or template.replace("_", " ").capitalize(),
        }
        if brief.narration and beat.say:
            args.update(narration=" ".join(beat.say), voice=voice)
        bench.run("use_template", args)
        if number == 1:
            named = {k: v for k, v in (("accent", accent), ("background", background)) if v}
            bench.run("set_look", {"look": look_name, **named})
    if clips:  # the user's clip plays behind the first scene after the hook
        bench.run("set_background", {"scenes": [min(2, len(board.beats))], "video": clips[0], "scrim": 0.45})
    if logo is not None:
        corner = [n for n, beat in enumerate(board.beats, 1) if beat.role != "cta"]
        bench.run("add_logo", {"asset": logo.ref, "corner": "top-right", "scenes": corner})
    if brief.music:
        bench.run("set_music", {"mood": brief.mood or category.mood})
    return reply(brief, board, look_name, aspect, logo is not None)


def unsupported_language(text: str, brief: Brief) -> str | None:
    """A language the copy cannot be written in: a prompt whose kind and length the parser could not
    read, with hardly any English, Spanish or German function words, that langdetect puts elsewhere."""
    words = [w.lower() for w in WORD.findall(text)]
    known = sum(w in FUNCTION_WORDS[brief.language] for w in words)
    if brief.kind_stated or brief.duration or known >= SURE_WORDS or len(text) < 20:
        return None
    found = detect_language(text)
    return found if found not in LANGUAGES else None


def spoken_voice(brief: Brief, look_name: str) -> str:
    asked = (brief.voice.text.lower() if brief.voice else "").split()
    named = next((w for w in asked if w in LOOK_VOICES.values()), None)
    return named or LOOK_VOICES.get(look_name, "aria")


def title(brief: Brief) -> str:
    about = brief.name or next(
        (f.text for f in (brief.topic, brief.subject, brief.occasion, *brief.facts()[:1]) if f), ""
    )
    return cap(about)[:300] if brief.kind in ("explainer", "tutorial") else f"{cap(about)} {brief.kind}"[:300]


def reply(brief: Brief, board: Board, look_name: str, aspect: str, logo: bool) -> str:
    if brief.kind in ("explainer", "tutorial") and (brief.topic or brief.subject):
        about = f"on {(brief.topic or brief.subject).text}"  # type: ignore[union-attr]
    elif brief.name:
        about = f"for {brief.name}"
    else:
        about = f"for the {brief.subject.text}" if brief.subject else f"about {title(brief)}"
    made = f"I've made a {board.seconds:g}-second {brief.kind} {about}: {len(board.beats)} scenes in the "
    parts = [
        f"{made}{look_name} look at {aspect}, narrated in {LANGUAGE_NAMES[brief.language]}."
        if brief.narration
        else f"{made}{look_name} look at {aspect}."
    ]
    if board.outline_only:
        parts.append(
            f"Your prompt names no points to {'teach' if brief.kind == 'tutorial' else 'explain'}, so the "
            "video shows the outline. Tell me the points or steps, separated by semicolons (for example "
            f'"…: first point; second point; third point"), and I\'ll put them in, or configure an LLM '
            "director to write them."
        )
    if board.dropped:
        parts.append(
            f"{board.seconds:g} seconds could not hold everything: I left out "
            + ", ".join(f"“{f.text}”" for f in board.dropped)
            + ". Ask for a longer video to include it."
        )
    if logo:
        parts.append("Your logo is in the top-right corner of every scene.")
    elif brief.wants_logo:
        parts.append("Attach your logo as an image and I'll add it.")
    return " ".join(parts)


LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "de": "German"}
