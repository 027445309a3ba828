"""A new video from a prompt: brief → storyboard → timing → copy that fits → tool calls."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ozor.agent import pacing
from ozor.agent.colors import derive
from ozor.agent.director import Turn, Workbench
from ozor.agent.layout import overflowing
from ozor.agent.rules.copy import Beat, cap, product_line
from ozor.agent.rules.lexicon import category_of
from ozor.agent.rules.prompt import VideoBrief, foreign_language, understand
from ozor.agent.rules.storyboard import storyboard
from ozor.agent.styles import STYLES, Style
from ozor.agent.tools import Attachment, Env, call
from ozor.errors import BadRequest
from ozor.scene.models import Aspect, Project, Scene, Theme

KIND_NOUN = {
    "ad": "ad",
    "promo": "promo",
    "teaser": "teaser",
    "showcase": "showcase",
    "explainer": "explainer",
    "tutorial": "tutorial",
    "announcement": "announcement",
    "invitation": "invitation",
    "hiring": "hiring video",
}
HOOK_SEC, CTA_SEC, MIN_BODY_SEC = 2.5, 3.5, 2.2
MIN_SECONDS, MAX_SECONDS = 5.0, 180.0  # shorter has no room for a hook and a CTA; longer outgrows the copy
SPEECH_WORDS_PER_SEC = 2.6  # offline TTS speaks at about 160 words a minute
NARRATION_MARGIN = 0.7  # lead-in plus a breath at the end

PROMPT_EXAMPLES = (
    '"A 15-second ad for a minimalist desk lamp", '
    '"A 30s vertical teaser for the Solstice music festival, dark and dramatic", '
    '"A one-minute tutorial on brewing pour-over coffee in 4 steps"'
)


def generate(turn: Turn, bench: Workbench) -> str:
    if language := foreign_language(turn.text):
        raise BadRequest(
            f"The offline director writes English copy only, and this prompt looks like '{language}'. "
            "Write the prompt in English, or configure an LLM director (OZOR_LLM_BASE_URL)."
        )
    brief = understand(turn.text)
    if not MIN_SECONDS <= brief.seconds <= MAX_SECONDS:
        raise BadRequest(
            f"I make videos from {MIN_SECONDS:g} seconds to {MAX_SECONDS // 60:g} minutes long from a "
            f"prompt; you asked for {brief.seconds:g} seconds."
        )
    if not (brief.subject or brief.name or brief.topic):
        raise BadRequest(
            "I couldn't tell what the video should be about. Name the product, event or topic, "
            f"for example: {PROMPT_EXAMPLES}."
        )
    category = category_of(brief.subject, brief.prompt)
    style_name = brief.style or category.style
    style = STYLES[style_name]
    palette = (
        derive(style.palette, background=brief.background, accent=brief.accent)
        if (brief.background or brief.accent)
        else style.palette
    )
    theme = Theme(
        palette=palette, heading_font=style.heading_font, body_font=style.body_font, style=style_name
    )
    aspect: Aspect = turn.aspect or brief.aspect or "16:9"  # type: ignore[assignment]
    images = [a for a in turn.attachments if a.kind == "image"]
    logo = (
        min(images, key=lambda a: (a.width or 0) * (a.height or 0)) if brief.wants_logo and images else None
    )
    pictures = [a.ref for a in images if a is not logo]
    clips = [a.ref for a in turn.attachments if a.kind == "video"]
    beats = storyboard(brief, category, style.pace, pictures, clips)
    durations = timeline(beats, brief.seconds, style)
    beats = beats[: len(durations) - 1] + beats[-1:]
    transitions = transition_plan(len(beats), style)
    scratch = Project(aspect=aspect, theme=theme, scenes=[Scene(id="scratch")])
    chosen = [
        choose_copy(beat, seconds, kind, scratch, first=i == 0)
        for i, (beat, seconds, kind) in enumerate(zip(beats, durations, transitions, strict=True))
    ]
    durations = rebalance(durations, [need for _, need in chosen])
    plans = [{**args, "duration": seconds} for (args, _), seconds in zip(chosen, durations, strict=True)]
    if brief.narration:
        voice(plans, beats, brief.voice or style.voice)
    bench.env = replace(bench.env, aspect=aspect)
    bench.step(f"Planning a {brief.seconds:g}-second {KIND_NOUN[brief.kind]} in {len(plans)} scenes.")
    bench.run("create_scene", plans[0])
    bench.run("set_theme", theme_args(brief, style_name))
    bench.run("set_title", {"title": title(brief)})
    for plan in plans[1:]:
        bench.run("create_scene", plan)
    music = brief.music or style.music
    if music != "none":
        bench.run("set_music", {"mood": music})
    if logo is not None:
        bench.run("add_logo", {"asset": logo.ref, "corner": "top-right"})
    used = sum(1 for b in beats if b.image or b.video)
    return reply(brief, style_name, aspect, len(plans), logo is not None, used, len(pictures) + len(clips))


def title(brief: VideoBrief) -> str:
    if brief.kind in ("explainer", "tutorial"):
        return cap(brief.topic or brief.subject)[:300]
    return f"{cap(brief.product)} {KIND_NOUN[brief.kind]}"[:300]


def theme_args(brief: VideoBrief, style: str) -> dict[str, Any]:
    args: dict[str, Any] = {"style": style}
    if brief.background:
        args["background"] = brief.background
    if brief.accent:
        args["accent"] = brief.accent
    return args


def timeline(beats: list[Beat], seconds: float, style: Style) -> list[float]:
    """Durations that add up to `seconds` once transitions overlap: a short hook, a 3–5 s CTA, and the
    rest shared by the middle scenes, dropping middle scenes that would be too short to read."""
    middle = beats[1:-1]
    while True:
        n = len(middle) + 2
        overlap = sum(style.transition_sec for k in transition_plan(n, style)[:-1] if k != "cut")
        total = seconds + overlap
        hook = min(4.0, max(2.0, HOOK_SEC * total / (n * style.pace + 2)))
        cta = min(5.0, max(3.0, CTA_SEC * total / (n * style.pace + 2)))
        rest = total - hook - cta
        weights = [b.weight for b in middle]
        if not middle or rest / len(middle) >= MIN_BODY_SEC or len(middle) == 1:
            break
        middle = middle[:-1]
    if not middle:
        scale = total / (hook + cta)
        return [round(hook * scale, 2), round(cta * scale, 2)]
    body = [rest * w / sum(weights) for w in weights]
    out = [round(d, 2) for d in (hook, *body, cta)]
    out[1] = round(out[1] + total - sum(out), 2)  # rounding's remainder, on a middle scene
    return out


def transition_plan(n: int, style: Style) -> list[str]:
    """The transition out of each scene: the style's main kind, its second kind out of the hook and
    into the CTA (at most two kinds in a video); the last scene has none."""
    main, second = style.transitions[0], style.transitions[-1]
    plan = [second if i in (0, n - 2) else main for i in range(n - 1)]
    return [*plan, "cut"]


def choose_copy(
    beat: Beat, seconds: float, transition: str, scratch: Project, *, first: bool
) -> tuple[dict[str, Any], float]:
    """The richest copy variant that fits its boxes at both aspects and reads in `seconds`; else the
    leanest that fits. Returns the create_scene arguments and the seconds the copy needs."""
    options = []
    for variant in [v for v in beat.variants if within_limits(v)] or [
        {k: v for k, v in beat.variants[-1].items() if k != "kicker"}
    ]:
        args = {
            "title": cap(beat.role),
            "layout": beat.layout,
            "duration": seconds,
            **{k: v for k, v in variant.items() if v},
        }
        args.update({k: v for k, v in (("image", beat.image), ("video", beat.video)) if v})
        if transition != "cut":
            args.update(transition=transition, transition_sec=scratch_style(scratch).transition_sec)
        fitted, need = probe(args, scratch, first)
        if fitted and need <= seconds + 1e-6:
            return args, need
        options.append((not fitted, need, args))
    _, need, args = min(options, key=lambda o: (o[0], o[1]))
    return args, need


def scratch_style(scratch: Project) -> Style:
    return STYLES[scratch.theme.style or "corporate"]


LIMITS = {"kicker": 40, "headline": 90, "body": 200, "stat": 12, "attribution": 60, "cta": 40}


def within_limits(copy: dict[str, str]) -> bool:
    """Copy the create_scene tool accepts (a long product name cannot be a 40-character label)."""
    return all(len(v) <= LIMITS.get(k, 600) for k, v in copy.items())


def rebalance(durations: list[float], needs: list[float]) -> list[float]:
    """Time moved from scenes with room to spare to scenes whose copy needs longer; when no scene has
    room, the video grows, by at most 8 % (a requested length is met within ±10 %)."""
    d = list(durations)
    floors = [2.0] + [2.2] * (len(d) - 2) + [3.0]  # a hook, middle scenes, a CTA of 3–4 s
    short = [max(0.0, n - x) for n, x in zip(needs, d, strict=True)]
    slack = [max(0.0, x - max(n + 0.2, f)) for n, x, f in zip(needs, d, floors, strict=True)]
    take = min(sum(short), sum(slack))
    grow = min(sum(short) - take, 0.08 * sum(durations))
    if sum(short) > 0:
        d = [
            x + (take + grow) * s / sum(short) - (take * r / sum(slack) if take else 0.0)
            for x, s, r in zip(d, short, slack, strict=True)
        ]
    out = [round(x, 2) for x in d]
    longest = out.index(max(out))  # rounding's remainder goes where it is least noticed
    out[longest] = round(out[longest] + sum(d) - sum(out), 2)
    return out


def voice(plans: list[dict[str, Any]], beats: list[Beat], speaker: str) -> None:
    """Narration per scene: the longest line a voice can say within the scene (lead-in and a breath kept)."""
    for plan, beat in zip(plans, beats, strict=True):
        budget = (plan["duration"] - NARRATION_MARGIN) * SPEECH_WORDS_PER_SEC
        shown = str(plan.get("headline") or plan.get("stat") or "").rstrip(".").lower()
        lines = [line for line in beat.narration if shown in line.lower()] or beat.narration
        spoken = next((line for line in lines if len(line.split()) <= budget), None)
        if spoken:
            plan.update(narration=spoken, voice=speaker)


def probe(args: dict[str, Any], scratch: Project, first: bool) -> tuple[bool, float]:
    """(fits, seconds needed): the scene built on a scratch project, checked at both aspects."""
    assets: dict[str, Attachment] = {}
    if args.get("image"):
        assets[args["image"]] = Attachment(args["image"], "image")
    if args.get("video"):
        assets[args["video"]] = Attachment(args["video"], "video")
    env = Env(aspect=scratch.aspect, assets=assets)
    built = call(scratch, "create_scene", {**args, "order": 1 if first else None}, env)[0]
    index = 0 if first else -1
    need = pacing.reading_time(built.scenes[index])
    for aspect in ("16:9", "9:16"):
        project = built if aspect == built.aspect else call(built, "set_aspect", {"aspect": aspect}, env)[0]
        if overflowing(project.scenes[index], project.aspect, project.theme):
            return False, need
    return True, need


def reply(
    brief: VideoBrief, style: str, aspect: str, scenes: int, logo: bool, used: int, attached: int
) -> str:
    what = f"a {brief.seconds:g}-second {KIND_NOUN[brief.kind]}"
    about = (
        f" for {product_line(brief)}"
        if brief.kind not in ("explainer", "tutorial")
        else f" on {brief.topic or brief.subject}"
    )
    parts = [f"I've made {what}{about}: {scenes} scenes in a {style} style at {aspect}."]
    if logo:
        parts.append("Your logo is in the top-right corner of every scene.")
    elif brief.wants_logo:
        parts.append("Attach your logo as an image and I'll add it.")
    if attached:
        parts.append(
            f"I used {used} of your {attached} attachments."
            if used < attached
            else "I used your attachments in the video."
        )
    return " ".join(parts)
