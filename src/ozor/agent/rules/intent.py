"""Plain-language edits read as an intent: an operation on a target, in some scenes, with a value.

A clause is not matched against a pattern per phrase: its words are looked up in two vocabularies
(targets: headline, voice, music, font…; operations: set, bigger, slower, remove…, with synonyms),
quoted text is taken as content, a scene reference as the scope, and whatever is left must be a value
(a colour, a voice, a mood, a font or new copy). Colour words only ever change colour. A clause whose
target this reader does not cover passes on to the phrase rules (edit.PRECEDENCE).
"""

from __future__ import annotations

import colorsys
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from ozor.agent.colors import HEX_RE, NAME_RE, contrast, parse_color, push_to_contrast, rgb
from ozor.agent.readability import behind, needed_contrast
from ozor.agent.rules.edit_copy import SLOT_LABELS, delete_scenes, replace_text, swap_scenes
from ozor.agent.rules.edit_look import MOODS, background_in, narrate_all
from ozor.agent.rules.grammar import Change, EditContext, Refusal, rule
from ozor.agent.rules.refs import SCENES, clean_text, cta_scene, scene_numbers
from ozor.agent.tools.templates import element_for
from ozor.agent.voices import VOICE_WORDS, VOICES
from ozor.render.layout import ROLES
from ozor.scene.fonts import FONT_FAMILIES, LOOK_FONTS
from ozor.scene.models import Project, Scene, TextElement

Target = Literal[
    "video", "scene", "headline", "body", "cta", "kicker", "stat", "attribution", "logo", "background",
    "text", "font", "voice", "music", "captions", "pacing",
]  # fmt: skip
Op = Literal[
    "set", "replace", "bigger", "smaller", "faster", "slower", "add", "remove", "move", "swap", "restyle",
    "recolour",
]  # fmt: skip

TARGETS: dict[str, Target] = {
    "video": "video", "it": "video", "everything": "video", "whole thing": "video",
    "scene": "scene", "slide": "scene",
    "headline": "headline", "headlines": "headline", "heading": "headline", "headings": "headline",
    "title": "headline", "titles": "headline", "title text": "headline", "main text": "headline",
    "body": "body", "body text": "body", "body copy": "body", "subtitle": "body", "subheading": "body",
    "supporting text": "body", "description": "body", "small text": "body",
    "cta": "cta", "call to action": "cta", "call-to-action": "cta", "button": "cta", "cta text": "cta",
    "button text": "cta", "cta button": "cta",
    "kicker": "kicker", "label": "kicker", "tagline": "kicker", "eyebrow": "kicker",
    "stat": "stat", "number": "stat", "big number": "stat", "statistic": "stat",
    "attribution": "attribution", "author": "attribution",
    "logo": "logo",
    "background": "background", "backdrop": "background", "bg": "background",
    "text": "text", "texts": "text", "copy": "text", "words": "text", "writing": "text", "lettering": "text",
    "font": "font", "fonts": "font", "typeface": "font", "type": "font", "typography": "font",
    "voice": "voice", "voices": "voice", "narrator": "voice", "voiceover": "voice", "voice-over": "voice",
    "voice over": "voice", "narration": "voice", "speaker": "voice", "reader": "voice",
    "speak": "voice", "talk": "voice", "narrate": "voice", "read it": "voice", "speech": "voice",
    "music": "music", "soundtrack": "music", "song": "music", "track": "music", "background music": "music",
    "captions": "captions", "subtitles": "captions", "closed captions": "captions",
    "pacing": "pacing", "pace": "pacing", "tempo": "pacing",
}  # fmt: skip
OPS: dict[str, Op] = {
    "change": "set", "set": "set", "make": "set", "update": "set", "use": "set", "switch": "set",
    "turn": "set", "give": "set", "try": "set", "pick": "set", "choose": "set", "edit": "set",
    "rewrite": "set", "want": "set", "like": "set", "let": "set", "have": "set", "go with": "set",
    "replace": "replace",
    "bigger": "bigger", "larger": "bigger", "huge": "bigger", "enlarge": "bigger", "increase": "bigger",
    "louder": "bigger", "up": "bigger", "more prominent": "bigger", "grow": "bigger", "raise": "bigger",
    "smaller": "smaller", "tinier": "smaller", "shrink": "smaller", "reduce": "smaller", "down": "smaller",
    "quieter": "smaller", "softer": "smaller", "lower": "smaller", "less prominent": "smaller",
    "faster": "faster", "quicker": "faster", "speed up": "faster", "more quickly": "faster",
    "slower": "slower", "slow down": "slower", "slow": "slower", "more slowly": "slower",
    "add": "add", "insert": "add", "include": "add", "create": "add", "turn on": "add", "enable": "add",
    "show": "add", "burn in": "add",
    "remove": "remove", "delete": "remove", "drop": "remove", "no": "remove", "without": "remove",
    "get rid of": "remove", "don't want": "remove", "do not want": "remove", "no more": "remove", "lose": "remove", "mute": "remove", "turn off": "remove", "disable": "remove",
    "kill": "remove", "hide": "remove", "take out": "remove", "cut": "remove", "stop": "remove",
    "move": "move", "put": "move",
    "swap": "swap", "exchange": "swap",
    "restyle": "restyle",
    "recolour": "recolour", "recolor": "recolour", "colour": "recolour", "color": "recolour",
    "paint": "recolour",
}  # fmt: skip
# When a clause holds several operation words, the most specific one decides ("make … bigger").
RANK: dict[Op, int] = {"set": 0, "move": 1, "recolour": 2, "restyle": 2, "add": 3, "replace": 4}
# Words that carry no meaning here once the operation, target and scope are found.
FILLER = (
    r"a|an|the|of|on|in|for|to|into|as|be|it|its|it's|is|all|every|each|please|me|my|our|this|that|one|"
    r"some|something|bit|little|lot|much|way|more|slightly|abit|colour|color|look|should|can|you|could|"
    r"would|i|i'd|i'm|now|also|and|just|instead|so|much|very|really|too|with|by|of|than|currently|text|"
    r"here|there|shade|tone|from|at|up|any"
)
LOOK_WORDS = {
    "playful": "playful", "fun": "playful", "friendly": "playful", "childish": "playful", "cute": "playful",
    "elegant": "luxury", "luxurious": "luxury", "luxury": "luxury", "fancy": "luxury", "classy": "luxury",
    "editorial": "editorial", "classic": "editorial", "bookish": "editorial", "magazine": "editorial",
    "bold": "bold", "strong": "bold", "loud": "bold", "punchy": "bold", "impactful": "bold",
    "techy": "dark", "technical": "dark", "futuristic": "dark",
    "professional": "corporate", "serious": "corporate", "corporate": "corporate", "business": "corporate",
    "warm": "warm", "cozy": "warm", "cosy": "warm", "organic": "warm",
    "retro": "retro", "vintage": "retro", "80s": "retro", "old-school": "retro",
    "calm": "calm", "soft": "calm", "gentle": "calm", "relaxed": "calm",
    "minimal": "minimalist", "minimalist": "minimalist", "clean": "minimalist", "modern": "minimalist",
    "simple": "minimalist", "neutral": "minimalist",
}  # fmt: skip
# Targets that may be named after "to" ("switch to upbeat music"), where other words are new copy.
CARRIED = ("voice", "music", "font", "captions")
LENGTH = re.compile(r"\b(\d+(?:\.\d+)?)\s*(s|secs?|seconds?|mins?|minutes?)\b", re.IGNORECASE)
SLOT_TARGETS = ("headline", "body", "cta", "kicker", "stat", "attribution")
QUOTED = re.compile(r"\"([^\"]+)\"|“([^”]+)”|(?<!\w)'([^']+)'(?!\w)|‘([^’]+)’")


def _alternation(words: Mapping[str, str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_OPS = re.compile(rf"(?<![\w-])({_alternation(OPS)})(?![\w-])", re.IGNORECASE)
_TARGETS = re.compile(rf"(?<![\w-])({_alternation(TARGETS)})(?![\w-])", re.IGNORECASE)
_SCENES = re.compile(rf"(?<![\w-]){SCENES}(?![\w-])", re.IGNORECASE)
_SAY = re.compile(
    r"\b(?:to\s+say|to\s+read|should\s+(?:say|read|be)|says?|reads?|saying)\s*:?\s+(?P<rest>.+)$", re.I
)
_TO = re.compile(r"\s(?:to|into|as)\s+(?:be\s+)?(?P<rest>.+)$", re.IGNORECASE)
# A scene named after the new value ("… to red in scene 2"); "to First now" names no scene.
_TRAILING_SCENES = re.compile(rf"\s+(?:in|on|for)\s+(?P<scenes>{SCENES})\s*$", re.IGNORECASE)


@dataclass
class Intent:
    """What a clause asks: `op` on `target` in `scenes` (None: wherever it applies), with a value."""

    op: Op | None
    target: Target | None
    scenes: list[int] | None
    content: str | None  # new copy: quoted, or after "say"/"to"
    value: str  # the words left over: a colour, voice, mood or look
    amount: float  # 1 normal, 0.5 "a bit", 2 "much"
    quotes: list[str]


def read(clause: str, project: Project) -> Intent:
    """The clause's operation, target, scope and value, by vocabulary (never by a whole-phrase pattern)."""
    quotes = [next(g for g in m.groups() if g is not None) for m in QUOTED.finditer(clause)]
    text = QUOTED.sub(lambda m: f" \x00{quotes.index(next(g for g in m.groups() if g))}\x00 ", clause)
    text = re.sub(r"[?!]+$|\bplease\b", " ", text, flags=re.IGNORECASE).strip(" .,")
    content = None
    if m := _SAY.search(text):
        content, text = m.group("rest"), text[: m.start()]
    elif m := _TO.search(text):
        content, text = m.group("rest"), text[: m.start()]
    scenes: list[int] | None = None
    named_scene = False
    for m in _SCENES.finditer(text):
        if re.fullmatch(r"(?:the\s+)?(?:cta|call[\s-]to[\s-]action|hook)", m.group(0), re.I):
            continue  # "the CTA" is the button; "the CTA scene" is a scene
        found = scene_numbers(m.group(0), project)
        scenes = found if scenes is None or found is None else scenes + found
        named_scene = True
        text = text.replace(m.group(0), " ", 1)
    if content is not None and (m := _TRAILING_SCENES.search(content)):
        scenes = scene_numbers(m.group("scenes"), project)  # "…to red in scene 2"
        content = content[: m.start()]
    ops: list[Op] = [OPS[w.lower()] for w in _OPS.findall(text)]
    best = max((RANK.get(o, 5) for o in ops), default=0)
    op = next((o for o in ops if RANK.get(o, 5) == best), None)
    targets = [TARGETS[w.lower()] for w in _TARGETS.findall(text)] + (["scene"] if named_scene else [])
    if not targets and content:  # "switch to the thor voice": the target is named in the value
        targets = [TARGETS[w.lower()] for w in _TARGETS.findall(content) if TARGETS[w.lower()] in CARRIED]
    specific = [t for t in targets if t not in ("video", "scene", "text")]
    target = specific[0] if specific else targets[0] if targets else None
    if target == "text" and "font" in targets:
        target = "font"
    amount = (
        0.5
        if re.search(r"\b(?:a\s+(?:bit|little|touch)|slightly|somewhat)\b", clause, re.I)
        else 2.0
        if re.search(r"\b(?:much|a\s+lot|way|far)\b", clause, re.I)
        else 1.0
    )
    rest = _TARGETS.sub(" ", _OPS.sub(" ", text))
    value = re.sub(rf"(?<![\w#-])(?:{FILLER})(?![\w-])", " ", rest, flags=re.IGNORECASE)
    value = " ".join(value.replace("'s", " ").split())

    def unhide(s: str) -> str:
        return re.sub(r"\x00(\d+)\x00", lambda g: quotes[int(g.group(1))], s).strip()

    return Intent(
        op,
        target,
        scenes,
        unhide(content) if content else None,
        unhide(value),
        amount,
        quotes,
    )


def only_color(phrase: str | None) -> str | None:
    """The colour a phrase is made of ("a deep navy", "#FF5500"), or None when it says more."""
    if not phrase:
        return None
    color = parse_color(phrase)
    rest = re.sub(
        rf"(?<![\w-])(?:{FILLER}|nice|bright|deep|shade|darker|lighter)(?![\w-])",
        " ",
        NAME_RE.sub(" ", HEX_RE.sub(" ", phrase)),
        flags=re.IGNORECASE,
    )
    return color if color and not rest.strip(" ,.-") else None


@rule(r"(?P<clause>.+)")
def understand(m: re.Match[str], ctx: EditContext) -> list[Change] | None:
    """Changes for the clause when its target is one this reader covers; None passes it on."""
    clause = m.group("clause")
    it = read(clause, ctx.project)
    if it.op in ("bigger", "smaller", "faster", "slower", "remove") and it.value and it.content is None:
        return None  # words left over that this reader has no meaning for ("… like Monet")
    if it.op == "add" and re.search(r"\b(?:quote|testimonial|review)\b", clause, re.I):
        return quote_scene(clause, it, ctx)
    if it.op == "replace" or (it.op == "set" and it.target is None and len(it.quotes) == 2):
        return replacement(clause, it, ctx)
    if it.target == "scene" and it.scenes and it.content is None and not it.value:
        if it.op == "remove":
            return delete_scenes(it.scenes)
        if it.op == "swap" and len(it.scenes) == 2:
            return swap_scenes(it.scenes[0], it.scenes[1], ctx)
    if it.target == "background" or (it.target == "scene" and it.scenes and colour_of(it)):
        phrase = it.content or it.value
        if "gradient" in clause.lower() or not only_color(phrase):
            return None  # gradients and attached media: the phrase rules
        return background_in(phrase, it.scenes, ctx)
    if it.target == "voice":
        return voice(it, ctx)
    if (length := LENGTH.search(clause)) and it.target in (None, "video", "pacing") and not it.scenes:
        seconds = float(length[1]) * (60 if length[2].lower().startswith("m") else 1)
        return [Change("set_pacing", {"total": seconds}, f"set the video to {seconds:g} seconds")]
    if it.op in ("faster", "slower") and it.target in (None, "video", "pacing", "scene"):
        return pace(it, ctx)
    if it.target == "music":
        return music(it, ctx)
    if it.target == "captions" and it.op in ("add", "remove", "set"):
        on = it.op != "remove"
        return [Change("set_captions", {"enabled": on}, f"turned captions {'on' if on else 'off'}")]
    if it.target == "font" or (it.target in ("headline", "body", "text") and family_named(it) is not None):
        return font(it, ctx)
    if it.target in (*SLOT_TARGETS, "text") or (it.target == "scene" and it.content is not None):
        return copy_or_look(it, ctx)
    if it.target is None and (name := voice_named(it.value)) and it.op == "set":
        return voice(it, ctx) if name else None
    return None


# --- voice and music ----------------------------------------------------------------------
def voice_named(words: str) -> str | None:
    for word in re.findall(r"[\w-]+", words.lower()):
        if word in VOICES:
            return word
    for word in re.findall(r"[\w-]+", words.lower()):
        if word in VOICE_WORDS:
            return VOICE_WORDS[word]
    return None


def voice(it: Intent, ctx: EditContext) -> list[Change] | None:
    narrated = [s for s in ctx.project.scenes if s.narration]
    if it.op == "remove":
        return [Change("set_voiceover", {"enabled": False}, "removed the voice-over")]
    if it.op in ("faster", "slower"):
        if not narrated:
            raise Refusal("the video has no voice-over yet; ask for one, e.g. “add a voice-over”")
        step = 0.15 * it.amount
        rate = narrated[0].narration.rate if narrated[0].narration else 1.0
        new = round(min(2.0, max(0.5, rate * (1 + step if it.op == "faster" else 1 - step))), 2)
        word = "faster" if it.op == "faster" else "more slowly"
        return [Change("set_voiceover", {"rate": new}, f"made the voice-over speak {word} ({new:g}× speed)")]
    name = voice_named(" ".join([it.value, it.content or ""]))
    if name is None:
        return None
    if not narrated:
        changes = narrate_all(ctx, name)
        changes[-1].say = f"added a voice-over read by {name.capitalize()} to every scene"
        return changes
    if all(s.narration and s.narration.voice == name for s in narrated):
        raise Refusal(f"{name.capitalize()} already reads the voice-over")
    return [Change("set_voiceover", {"voice": name}, f"changed the voice to {name.capitalize()}")]


def music(it: Intent, ctx: EditContext) -> list[Change] | None:
    audio = ctx.project.audio
    if it.op == "remove":
        if audio.music == "none":
            raise Refusal("the video has no music")
        return [Change("set_music", {"mood": "none"}, "removed the music")]
    if it.op in ("bigger", "smaller"):
        if audio.music == "none":
            raise Refusal("the video has no music; ask for a mood, e.g. “add upbeat music”")
        down = it.op == "smaller"
        volume = round(min(1.0, audio.music_volume * (0.6 if down else 1.4)), 2)
        return [
            Change(
                "set_music",
                {"mood": audio.music, "volume": volume},
                f"turned the music {'down' if down else 'up'} to {round(volume * 100)} %",
            )
        ]
    moods = [MOODS[w] for w in re.findall(r"[\w-]+", f"{it.value} {it.content or ''}".lower()) if w in MOODS]
    if not moods:
        return None
    return [Change("set_music", {"mood": moods[0]}, f"switched to {moods[0]} music")]


def pace(it: Intent, ctx: EditContext) -> list[Change]:
    """Faster or slower: every scene, or the scenes named, scaled by one factor."""
    factor = round(1 - 0.2 * it.amount if it.op == "faster" else 1 + 0.25 * it.amount, 3)
    word = "faster" if it.op == "faster" else "slower"
    if not it.scenes:
        return [Change("set_pacing", {"factor": factor}, f"made every scene {word} (×{factor:g})")]
    return [
        Change("set_pacing", {"scene": n, "factor": factor}, f"made scene {n} {word} (×{factor:g})")
        for n in it.scenes
    ]


# --- fonts ----------------------------------------------------------------------------------
def family_named(it: Intent) -> str | None:
    words = f"{it.value} {it.content or ''}".lower()
    return next((f for f in FONT_FAMILIES if re.search(rf"\b{re.escape(f.lower())}\b", words)), None)


def font(it: Intent, ctx: EditContext) -> list[Change] | None:
    if it.op in ("bigger", "smaller"):
        return resize(it, ctx, [*SLOT_TARGETS])
    words = f"{it.value} {it.content or ''}".lower()
    if (family := family_named(it)) is not None:
        args: dict[str, str] = {"heading_font": family, "body_font": family}
        if it.target == "headline":
            args = {"heading_font": family}
        elif it.target == "body":
            args = {"body_font": family}
        where = {"headline": "headlines", "body": "body text"}.get(str(it.target), "all text")
        return [Change("set_theme", args, f"set the {where} in {family}")]
    look = next((LOOK_WORDS[w] for w in re.findall(r"[\w-]+", words) if w in LOOK_WORDS), None)
    if look is None:
        return None
    fonts = LOOK_FONTS[look]  # type: ignore[index]
    return [
        Change(
            "set_theme",
            {"heading_font": fonts.display, "body_font": fonts.text},
            f"switched to {look} type: {fonts.display} for headlines and {fonts.text} for the rest",
        )
    ]


# --- copy, colour and size of text ------------------------------------------------------------
def _slots(it: Intent) -> list[str]:
    if it.target in ("text", "scene", None):
        return ["kicker", "headline", "body", "stat", "attribution"]
    return [str(it.target)]


def _holders(project: Project, scenes: list[int] | None, slots: list[str]) -> list[tuple[int, TextElement]]:
    numbers = scenes or list(range(1, len(project.scenes) + 1))
    out = []
    for n in numbers:
        if not 1 <= n <= len(project.scenes):
            raise Refusal(f"there is no scene {n}: the video has {len(project.scenes)} scenes")
        scene = project.scenes[n - 1]
        ids = {element_for(scene, slot) for slot in slots}  # as the scene's template calls them
        out += [(n, e) for e in scene.elements if isinstance(e, TextElement) and e.id in ids]
    return out


def _where(scenes: list[int] | None) -> str:
    if not scenes:
        return "every scene"
    return ("scene " if len(scenes) == 1 else "scenes ") + " and ".join(map(str, scenes))


def _label(slots: list[str]) -> str:
    return "text" if len(slots) > 1 else SLOT_LABELS.get(slots[0], slots[0])


def colour_of(it: Intent) -> str | None:
    return only_color(it.content) or only_color(it.value)


def copy_or_look(it: Intent, ctx: EditContext) -> list[Change] | None:
    color = colour_of(it)
    if color is not None and it.op not in ("bigger", "smaller", "remove"):
        return recolour(it, ctx, color)
    if it.op in ("bigger", "smaller"):
        return resize(it, ctx, _slots(it))
    if it.op == "remove" and it.target in SLOT_TARGETS:
        holders = _holders(ctx.project, it.scenes, _slots(it))
        if not holders:
            raise Refusal(f"no scene has a {_label(_slots(it))} to remove")
        scenes = sorted({n for n, _ in holders})
        label = _label(_slots(it))
        return [
            Change("remove_element", {"element": str(it.target), "scenes": scenes}, f"removed the {label} "
                   f"from {_where(scenes if it.scenes else None)}")
        ]  # fmt: skip
    if it.content is not None and it.op in ("set", None):
        return rewrite(it, ctx, clean_text(it.content))
    return None


def rewrite(it: Intent, ctx: EditContext, text: str) -> list[Change]:
    """New copy for one slot of one scene (the headline when only the scene is named)."""
    slot = "headline" if it.target in ("text", "scene", None) else str(it.target)
    p = ctx.project
    n = it.scenes[0] if it.scenes else (cta_scene(p) if slot == "cta" else 1)
    if it.scenes and len(it.scenes) > 1:
        raise Refusal("new copy goes into one scene at a time: name one scene")
    if not 1 <= n <= len(p.scenes):
        raise Refusal(f"there is no scene {n}: the video has {len(p.scenes)} scenes")
    label = SLOT_LABELS.get(slot, slot)
    slot = element_for(p.scenes[n - 1], slot)  # a template may call it otherwise (a statement, a button)
    if any(e.id == slot for e in p.scenes[n - 1].elements):
        return [Change("update_element", {"scene": n, "element": slot, "text": text}, f"changed the {label} "
                       f"of scene {n} to “{text}”")]  # fmt: skip
    if slot in ("headline", "cta", "stat"):
        raise Refusal(f"scene {n} has no {label}")
    return [Change("add_element", {"scene": n, "type": "text", "id": slot, "text": text},
                   f"added {label} “{text}” to scene {n}")]  # fmt: skip


def readable_shade(color: str, scene: Scene, element: TextElement, project: Project) -> str:
    """`color`, or the nearest shade of it that reads on what is behind the element."""
    needed = 3.0 if element.role == "cta" else needed_contrast(element)
    under = behind(scene, element, project.theme.palette)
    for _ in range(3):
        worst = min(under, key=lambda b: contrast(color, b))
        if contrast(color, worst) >= needed:
            break
        color = push_to_contrast(color, worst, needed + 0.1)
    return color


def recolour(it: Intent, ctx: EditContext, color: str) -> list[Change]:
    p = ctx.project
    named = (it.content if only_color(it.content) else it.value) or color
    if it.target == "cta" and not it.scenes:
        return [
            Change("set_theme", {"accent": color}, f"set the button colour (the accent) to {named} ({color})")
        ]
    if it.target == "text" and not it.scenes:
        return [Change("set_theme", {"text": color}, f"changed the text colour to {named} ({color})")]
    holders = _holders(p, it.scenes, _slots(it))
    if not holders:
        raise Refusal(f"there is no {_label(_slots(it))} in {_where(it.scenes)}")
    changes, shaded = [], False
    for n, e in holders:
        shade = readable_shade(color, p.scenes[n - 1], e, p)
        shaded = shaded or shade != color
        if shade != color and colorsys.rgb_to_hls(*rgb(color))[2] < 0.2:  # white, black, greys
            raise Refusal(
                f"{named} text would be unreadable on the background of scene {n}; change the background "
                "first, or pick another colour"
            )
        changes.append(Change("update_element", {"scene": n, "element": e.id, "color": shade}, ""))
    note = (
        f" (a {'darker' if _darker(shade, color) else 'lighter'} shade, so it stays readable)"
        if shaded
        else ""
    )
    changes[-1].say = f"coloured the {_label(_slots(it))} {named} ({shade}) in {_where(it.scenes)}{note}"
    return changes


def _darker(a: str, b: str) -> bool:
    return sum(int(a[i : i + 2], 16) for i in (1, 3, 5)) < sum(int(b[i : i + 2], 16) for i in (1, 3, 5))


def resize(it: Intent, ctx: EditContext, slots: list[str]) -> list[Change]:
    holders = _holders(ctx.project, it.scenes, slots + (["cta"] if it.target in ("font",) else []))
    if not holders:
        raise Refusal(f"there is no {_label(slots)} in {_where(it.scenes)}")
    factor = (1 + 0.2 * it.amount) if it.op == "bigger" else 1 / (1 + 0.2 * it.amount)
    changes = []
    for n, e in holders:
        size = round(min(0.3, (e.size or ROLES[e.role].size) * factor), 4)
        changes.append(Change("update_element", {"scene": n, "element": e.id, "size": size}, ""))
    word = "bigger" if it.op == "bigger" else "smaller"
    label = "text" if it.target in ("font", "text") else _label(slots)
    changes[-1].say = f"made the {label} {word} in {_where(it.scenes)}"
    return changes


# --- whole-text replacement and quote scenes ------------------------------------------------
def replacement(clause: str, it: Intent, ctx: EditContext) -> list[Change] | None:
    if len(it.quotes) == 2:
        old, new = it.quotes
    elif m := re.search(
        r"\b(?:replace|swap|change)\s+(?P<old>.+?)\s+(?:with|by|for)\s+(?P<new>.+)$", clause, re.I
    ):
        old, new = clean_text(m.group("old")), clean_text(m.group("new"))
    else:
        return None
    if len(it.quotes) != 2 and any(e.id == old.lower() for s in ctx.project.scenes for e in s.elements):
        return None  # "replace the headline with …" names a slot, not words on screen
    return replace_text(old, new, ctx)


ATTRIBUTION = re.compile(r"\s*(?:[-–—]+|\bby\b|\bfrom\b|\bsays\b|,)\s*(?P<who>[\w .'’-]{1,60}?)\s*$", re.I)


def quote_scene(clause: str, it: Intent, ctx: EditContext) -> list[Change] | None:
    """A quote scene: the quoted words as the quotation, a name after a dash (or "by") as its author."""
    if not it.quotes:
        return None
    words = it.quotes[0]
    after = clause[clause.rfind(words) + len(words) + 1 :]
    who = m.group("who").strip().strip("'\"”’") if (m := ATTRIBUTION.match(after)) else None
    p = ctx.project
    count = len(p.scenes)
    position = count if count > 1 and cta_scene(p) == count else count + 1
    middle = sorted(s.duration for s in p.scenes[1:-1]) or [4.0]
    duration = max(4.0, middle[len(middle) // 2])
    narration = (
        f"{words.rstrip('.!?')}." + (f" {who}." if who else "")
        if any(s.narration for s in p.scenes)
        else None
    )
    by = f" by {who}" if who else ""
    say = f"added a quote scene{by} as scene {position}: “{words}”"
    if any(s.template for s in p.scenes):  # a designed video gets a designed quote (or a statement)
        template, slots = (
            ("quote", {"quote": words, "name": who}) if who else ("statement", {"statement": words})
        )
        made = {
            "scene": count + 1,
            "template": template,
            "slots": slots,
            "duration": duration,
            "title": "Quote",
        }
        order = [*range(1, position), count + 1, *range(position, count + 1)]
        changes = [Change("use_template", made | ({"narration": narration} if narration else {}), say)]
        if position <= count:  # before the closing scene
            changes[0].say = ""
            changes.append(Change("reorder_scenes", {"order": order}, say))
        return changes
    args: dict[str, object] = {
        "order": position,
        "title": "Quote",
        "layout": "quote",
        "headline": words,
        "duration": duration,
    }
    if who:
        args["attribution"] = who
    if narration:
        args["narration"] = narration
    return [Change("create_scene", args, say)]
