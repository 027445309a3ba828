"""Edit rules for the look and sound: colours, styles, fonts, logos, images, voice, music, aspect."""

from __future__ import annotations

import re
from typing import Any

from ozor.agent.colors import HEX_RE, NAME_RE, is_dark, parse_color
from ozor.agent.knowledge.words import look_words
from ozor.agent.rules.grammar import Change, EditContext, Refusal, rule
from ozor.agent.rules.refs import SCENE, SCENES, one_scene, scene_numbers
from ozor.agent.storyboard.lines import sentence
from ozor.agent.tools.templates import look_of
from ozor.agent.voices import VOICE_WORDS, VOICES
from ozor.design.placement import corner_of, logo_height
from ozor.scene.models import LogoElement, TextElement


def _color(phrase: str) -> str:
    """The colour a phrase names, when the phrase is only a colour ("a deep navy", "#FF5500")."""
    color = parse_color(phrase)
    rest = re.sub(
        r"\b(?:a|an|the|nice|shade\s+of|colou?r|tone|some|more|really|very)\b",
        " ",
        NAME_RE.sub(" ", HEX_RE.sub(" ", phrase)),
        flags=re.IGNORECASE,
    )
    if color is None or rest.strip(" ,.-"):
        raise ValueError("not a colour")
    return color


def _where(scenes: list[int] | None, total: int) -> str:
    if scenes is None:
        return "every scene" if total > 1 else "the scene"
    return (
        "scene " + " and ".join(map(str, scenes))
        if len(scenes) <= 2
        else f"scenes {', '.join(map(str, scenes))}"
    )


# --- colours and style --------------------------------------------------------------------
@rule(
    rf"(?:change|make|set|turn|switch|paint)\s+(?:the\s+)?(?:background|backdrop|bg)(?:\s+colou?r)?"
    rf"(?:\s+(?:of|in|on|for)\s+(?P<scenes>{SCENES}))?\s+(?:to\s+|into\s+)?(?:be\s+)?(?:an?\s+)?(?P<color>.+)"
)
@rule(
    rf"(?:use|give\s+it|try)\s+(?:an?\s+)?(?P<color>.+?)\s+(?:background|backdrop)s?(?:\s+(?:for|on|in)\s+(?P<scenes>{SCENES}))?"
)
@rule(rf"(?:make|turn)\s+(?P<scenes>{SCENES})\s+(?P<color>[\w#\s-]+?)(?:\s+background)?")
def background(m: re.Match[str], ctx: EditContext) -> list[Change] | None:
    return background_in(m.group("color"), scene_numbers(m.group("scenes"), ctx.project), ctx)


def background_in(phrase: str, scenes: list[int] | None, ctx: EditContext) -> list[Change]:
    """A colour or a gradient (phrase) behind some scenes, or behind all (the theme's background)."""
    where = _where(scenes, len(ctx.project.scenes))
    if "gradient" in phrase.lower():
        bare = re.sub(r"\b(?:gradient|from)\b", " ", phrase, flags=re.IGNORECASE)
        found = [c for c in re.split(r"\s+(?:and|to|into)\s+|,\s*", bare) if parse_color(c)]
        palette = ctx.project.theme.palette
        colors = [_color(c) for c in found][:4] if len(found) >= 2 else [palette.background, palette.surface]
        return [
            Change(
                "set_background",
                {"scenes": scenes, "gradient": colors},
                f"given {where} a gradient background",
            )
        ]
    color = _color(phrase)
    if scenes is None:
        return [
            Change(
                "set_theme",
                {"background": color},
                f"changed the background of every scene to {phrase.strip()} ({color}) and adjusted the text "
                "colours to stay readable",
            )
        ]
    return [
        Change(
            "set_background",
            {"scenes": scenes, "color": color},
            f"changed the background of {where} to {phrase.strip()} ({color})",
        )
    ]


@rule(r"(?:swap|switch|invert|flip|reverse)\s+(?:the\s+|all\s+the\s+)?colou?rs(?:\s+around)?")
def swap_colors(m: re.Match[str], ctx: EditContext) -> list[Change]:
    return [Change("set_theme", {"swap_colors": True}, "swapped the background and text colours")]


@rule(
    r"(?:use|switch\s+to|make\s+it|go|turn\s+it|give\s+it)\s+(?:a\s+)?(?P<mode>dark|light)(?:\s+(?:mode|theme|background|"
    r"version|look))?"
)
def mode(m: re.Match[str], ctx: EditContext) -> list[Change] | None:
    want_dark = m.group("mode").lower() == "dark"
    if is_dark(ctx.project.theme.palette.background) == want_dark:
        if want_dark and re.search(r"\b(?:look|theme)\b", m.group(0)):
            return None  # "a dark look" may mean the dark style
        raise Refusal(f"the background is already {m.group('mode').lower()}")
    return [Change("set_theme", {"swap_colors": True}, f"switched to a {m.group('mode').lower()} background")]


@rule(
    r"(?:use|make|set|pick|choose)\s+(?P<color>.+?)\s+(?:as|for)\s+(?:the\s+|an\s+|my\s+|our\s+)?accent(?:\s+colou?r)?"
)
@rule(
    r"(?:change|make|set|switch)\s+(?:the\s+)?(?:accent|highlight|button)(?:\s+colou?r)?s?\s+(?:to\s+|into\s+)?(?P<color>.+)"
)
@rule(r"(?:use|make\s+the\s+accents?)\s+(?P<color>[\w#\s-]+?)\s*(?:accents?)?")
def accent(m: re.Match[str], ctx: EditContext) -> list[Change]:
    color = _color(m.group("color"))
    return [Change("set_theme", {"accent": color}, f"set the accent colour to {color}")]


@rule(
    r"(?:change|make|set|turn)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:text|font|copy)(?:\s+colou?r)?\s+(?:to\s+)?(?P<color>.+)"
)
def text_color(m: re.Match[str], ctx: EditContext) -> list[Change]:
    color = _color(m.group("color"))
    return [Change("set_theme", {"text": color}, f"changed the text colour to {color}")]


@rule(
    rf"(?:make|change|set|colou?r)\s+(?:the\s+)?(?P<slot>headlines?|titles?|body\s+text|labels?)"
    rf"(?:\s+(?:of|in|on)\s+(?P<scene>{SCENE}))?\s+(?:colou?r\s+)?(?:to\s+)?(?P<color>[\w#\s-]+)"
)
def element_color(m: re.Match[str], ctx: EditContext) -> list[Change]:
    color = _color(m.group("color"))
    slot = {"headline": "headline", "title": "headline", "body text": "body", "label": "kicker"}[
        re.sub(r"s$", "", m.group("slot").lower())
    ]
    scenes = (
        [one_scene(m.group("scene"), ctx.project)]
        if m.group("scene")
        else [i for i, s in enumerate(ctx.project.scenes, 1) if any(e.id == slot for e in s.elements)]
    )
    changes = [Change("update_element", {"scene": n, "element": slot, "color": color}, "") for n in scenes]
    if not changes:
        raise ValueError("no such element")
    changes[
        -1
    ].say = f"coloured the {m.group('slot').lower()} {color} in {_where(scenes, len(ctx.project.scenes))}"
    return changes


@rule(
    r"(?:make\s+it(?:\s+look)?|make\s+the\s+video|use\s+an?|switch\s+to\s+an?|go\s+for\s+an?|change\s+the\s+style\s+to|"
    r"restyle\s+it(?:\s+as)?|give\s+it\s+an?)\s+(?:more\s+|much\s+more\s+)?(?:an?\s+)?(?P<style>[\w-]+)"
    r"(?:\s+(?:style|look|theme|feel|vibe|aesthetic|design))?"
)
def style(m: re.Match[str], ctx: EditContext) -> list[Change] | None:
    name = look_words().get(m.group("style").lower())
    if name is None:
        return None
    return [
        Change(
            "set_theme", {"style": name}, f"restyled the video in the {name} look (palette, type and motion)"
        )
    ]


# --- fonts --------------------------------------------------------------------------------
FAMILIES = {
    "inter": "Inter",
    "noto sans": "Noto Sans",
    "noto serif": "Noto Serif",
    "playfair": "Playfair Display",
    "playfair display": "Playfair Display",
    "serif": "Playfair Display",
    "sans": "Inter",
    "sans-serif": "Inter",
    "sans serif": "Inter",
    "elegant": "Playfair Display",
    "classic": "Noto Serif",
    "modern": "Inter",
    "clean": "Inter",
}
_FAMILY = "|".join(sorted(map(re.escape, FAMILIES), key=len, reverse=True))


@rule(
    rf"(?:use|switch\s+to|try|pick|choose|change\s+(?:the\s+)?(?P<which>heading\s+|headline\s+|body\s+)?"
    rf"(?:font|typeface)s?\s+to|make\s+the\s+(?:font|type)s?)\s+(?:an?\s+|the\s+)?(?P<family>{_FAMILY})"
    rf"(?:\s+(?:font|typeface|type)s?)?(?:\s+for\s+(?:the\s+)?(?P<target>headlines?|headings?|titles?|body(?:\s+text)?|"
    rf"everything|all\s+(?:the\s+)?text))?"
)
def font(m: re.Match[str], ctx: EditContext) -> list[Change]:
    family = FAMILIES[m.group("family").lower()]
    target = (m.group("target") or m.group("which") or "").lower()
    args: dict[str, Any] = {}
    if target.startswith("body"):
        args["body_font"] = family
    elif target.startswith(("head", "title")) or (not target and family == "Playfair Display"):
        args["heading_font"] = family  # a display serif reads well large, not as body text
    else:
        args.update(heading_font=family, body_font=family)
    where = (
        "headlines"
        if list(args) == ["heading_font"]
        else "body text"
        if list(args) == ["body_font"]
        else "all text"
    )
    return [Change("set_theme", args, f"set the {where} in {family}")]


@rule(
    r"make\s+(?:the\s+|all\s+(?:the\s+)?)?(?:headlines?|headings?|titles?)\s+(?P<case>uppercase|all\s+caps|capitals|"
    r"lowercase|sentence\s+case|normal\s+case)"
)
def headline_case(m: re.Match[str], ctx: EditContext) -> list[Change]:
    upper = m.group("case").lower() in ("uppercase", "all caps", "capitals")
    scenes = [i for i, s in enumerate(ctx.project.scenes, 1) if any(e.id == "headline" for e in s.elements)]
    changes = [
        Change("update_element", {"scene": n, "element": "headline", "uppercase": upper}, "") for n in scenes
    ]
    if not changes:
        raise ValueError("no headlines")
    changes[-1].say = f"set the headlines in {'capitals' if upper else 'normal case'}"
    return changes


# --- voice, music, captions ---------------------------------------------------------------
def narrate(copy: dict[str, str]) -> list[str]:
    """Narration variants for on-screen copy: headline and body, then the headline alone (a templated
    scene's main line may be its statement)."""
    head = copy.get("headline") or copy.get("statement") or copy.get("stat") or ""
    lines = [sentence(head)] if head else []
    if copy.get("body"):
        lines.insert(0, f"{sentence(head)} {sentence(copy['body'])}" if head else sentence(copy["body"]))
    return lines


def narrate_all(ctx: EditContext, voice: str) -> list[Change]:
    """A voice-over for every scene, read from its copy by `voice`."""
    changes = []
    for i, scene in enumerate(ctx.project.scenes, 1):
        copy = {e.id: e.text for e in scene.elements if isinstance(e, TextElement)}
        lines = narrate(copy)
        if lines:
            changes.append(Change("set_voiceover", {"scenes": [i], "text": lines[0], "voice": voice}, ""))
    return changes


@rule(
    r"(?:use|switch\s+to|try|pick|choose|give\s+it|i\s+want|change\s+(?:the\s+)?(?:voice|narrator)\s+to|"
    r"make\s+the\s+(?:voice|narrator|narration))\s+(?:an?\s+|the\s+)?(?P<adj>[\w-]+)(?:\s+(?:voice|narrator|one))?"
)
@rule(rf"(?:let|have)\s+(?P<adj>{'|'.join(VOICES)})\s+(?:narrate|read|voice)(?:\s+it|\s+the\s+video)?")
@rule(
    r"add\s+(?:an?\s+)?(?:voice[\s-]?over|narration)(?:\s+(?:with|by|using|in)\s+(?:an?\s+)?(?P<adj>[\w-]+)"
    r"(?:'s)?(?:\s+voice)?)?"
)
def voice(m: re.Match[str], ctx: EditContext) -> list[Change] | None:
    word = (m.group("adj") or "").lower()
    name = word if word in VOICES else VOICE_WORDS.get(word)
    adding = m.group(0).lower().startswith("add")
    if name is None and not adding:
        return None
    narrated = any(s.narration for s in ctx.project.scenes)
    if adding or not narrated:
        chosen = name or "aria"
        if narrated and adding and name is None:
            raise ValueError("already narrated")
        changes = narrate_all(ctx, chosen)
        changes[-1].say = f"added a voice-over read by {chosen.capitalize()} to every scene"
        return changes
    assert name is not None
    return [Change("set_voiceover", {"voice": name}, f"switched the voice to {name.capitalize()}")]


@rule(
    r"(?:remove|delete|drop|mute|disable|turn\s+off|no|kill|cut)\s+(?:the\s+|any\s+)?(?:voice[\s-]?over|narration|"
    r"narrator|voice)s?"
)
def no_voice(m: re.Match[str], ctx: EditContext) -> list[Change]:
    return [Change("set_voiceover", {"enabled": False}, "removed the voice-over")]


@rule(
    rf"(?:change|set|make)\s+the\s+(?:voice[\s-]?over|narration)\s+(?:of|in|for)\s+(?P<scene>{SCENE})\s+"
    rf"(?:to\s+say|to)\s+(?P<text>.+)"
)
def narration_text(m: re.Match[str], ctx: EditContext) -> list[Change]:
    from ozor.agent.rules.refs import clean_text

    n = one_scene(m.group("scene"), ctx.project)
    text = sentence(clean_text(m.group("text")))
    return [Change("set_voiceover", {"scenes": [n], "text": text}, f"changed the voice-over of scene {n}")]


MOODS = {
    "upbeat": "upbeat",
    "energetic": "upbeat",
    "happy": "upbeat",
    "fun": "upbeat",
    "calm": "calm",
    "calmer": "calm",
    "relaxing": "calm",
    "chill": "calm",
    "mellow": "calm",
    "soft": "calm",
    "gentle": "calm",
    "corporate": "corporate",
    "professional": "corporate",
    "dramatic": "dramatic",
    "epic": "dramatic",
    "cinematic": "dramatic",
    "intense": "dramatic",
}
_MOOD = "|".join(MOODS)


@rule(
    r"(?:no|remove|delete|drop|turn\s+off|mute|without|stop|kill|cut|lose)\s+(?:the\s+|any\s+)?(?:background\s+)?"
    r"(?:music|soundtrack|song)"
)
def no_music(m: re.Match[str], ctx: EditContext) -> list[Change]:
    return [Change("set_music", {"mood": "none"}, "removed the music")]


@rule(
    rf"(?:use|add|play|i\s+want|give\s+it|make\s+the\s+music|change\s+the\s+music\s+to|switch\s+the\s+music\s+to|"
    rf"switch\s+to)\s+(?:some\s+|an?\s+|more\s+)?(?P<mood>{_MOOD})(?:\s+(?:music|soundtrack|track|song|background\s+music))?"
)
@rule(rf"(?:make|change)\s+the\s+music\s+(?:more\s+)?(?P<mood>{_MOOD})")
def music(m: re.Match[str], ctx: EditContext) -> list[Change] | None:
    if not re.search(r"music|soundtrack|track|song", m.group(0), re.IGNORECASE):
        return None
    mood = MOODS[m.group("mood").lower()]
    return [Change("set_music", {"mood": mood}, f"switched to {mood} music")]


@rule(r"add\s+(?:some\s+)?(?:background\s+)?music")
def some_music(m: re.Match[str], ctx: EditContext) -> list[Change]:
    mood = look_of(ctx.project).music
    return [
        Change("set_music", {"mood": mood if mood != "none" else "calm"}, f"added {mood} background music")
    ]


@rule(
    r"(?P<verb>lower|turn\s+down|soften|reduce|quiet(?:en)?|raise|turn\s+up|boost|increase)\s+the\s+music(?:\s+volume)?|"
    r"make\s+the\s+music\s+(?P<adj>quieter|softer|louder)"
)
def music_volume(m: re.Match[str], ctx: EditContext) -> list[Change]:
    down = bool(
        re.match(r"lower|turn\s+down|soften|reduce|quiet|quieter|softer", m.group("verb") or m.group("adj"))
    )
    audio = ctx.project.audio
    if audio.music == "none":
        raise Refusal("the video has no music; ask for a mood, e.g. “add upbeat music”")
    volume = round(min(1.0, audio.music_volume * (0.6 if down else 1.4)), 2)
    return [
        Change(
            "set_music",
            {"mood": audio.music, "volume": volume},
            f"turned the music {'down' if down else 'up'} to {round(volume * 100)} %",
        )
    ]


@rule(
    r"(?P<verb>add|turn\s+on|enable|burn\s+in|show|include|remove|turn\s+off|disable|hide|drop)\s+(?:the\s+)?"
    r"(?:captions|subtitles)"
)
def captions(m: re.Match[str], ctx: EditContext) -> list[Change]:
    on = not re.match(r"remove|turn\s+off|disable|hide|drop", m.group("verb"), re.IGNORECASE)
    return [Change("set_captions", {"enabled": on}, f"turned captions {'on' if on else 'off'}")]


# --- aspect and transitions ---------------------------------------------------------------
@rule(
    r"(?:make|turn|convert|change|switch|reformat|resize)\s+(?:it|the\s+video|this)\s+(?:to\s+|into\s+)?(?:an?\s+)?"
    r"(?:(?P<a>vertical|portrait|9:16|landscape|horizontal|16:9|widescreen)(?:\s+(?:video|format))?|"
    r"for\s+(?P<platform>tiktok|reels|instagram(?:\s+stories)?|shorts|youtube(?:\s+shorts)?|stories))"
)
def aspect(m: re.Match[str], ctx: EditContext) -> list[Change]:
    word = (m.group("a") or m.group("platform")).lower()
    tall = word in ("vertical", "portrait", "9:16") or (word != "youtube" and m.group("platform") is not None)
    value = "9:16" if tall else "16:9"
    return [
        Change(
            "set_aspect", {"aspect": value}, f"made the video {'vertical' if tall else 'landscape'} ({value})"
        )
    ]


KINDS = {
    "crossfade": "crossfade",
    "crossfades": "crossfade",
    "fade": "crossfade",
    "fades": "crossfade",
    "dissolve": "crossfade",
    "dissolves": "crossfade",
    "cut": "cut",
    "cuts": "cut",
    "hard cuts": "cut",
    "slide": "slide",
    "slides": "slide",
    "wipe": "wipe",
    "wipes": "wipe",
}
_KIND = "|".join(sorted(map(re.escape, KINDS), key=len, reverse=True))


@rule(
    rf"(?:use|switch\s+to|change\s+(?:all\s+)?(?:the\s+)?transitions\s+to|make\s+(?:all\s+)?(?:the\s+)?transitions)\s+"
    rf"(?P<kind>{_KIND})(?:\s+transitions?)?(?:\s+between\s+(?:the\s+|all\s+)?scenes)?|(?P<none>no)\s+transitions"
)
def transitions(m: re.Match[str], ctx: EditContext) -> list[Change]:
    kind = "cut" if m.group("none") else KINDS[m.group("kind").lower()]
    return [Change("set_transitions", {"kind": kind}, f"set every transition to a {kind}")]


# --- logos and attachments ----------------------------------------------------------------
CORNER = r"(?P<v>top|upper|bottom|lower)[\s-]+(?P<h>left|right)"


def _corner(text: str, default: str = "top-right") -> str:
    if m := re.search(CORNER, text, re.IGNORECASE):
        return f"{'top' if m.group('v').lower() in ('top', 'upper') else 'bottom'}-{m.group('h').lower()}"
    return default


def _logo_scenes(text: str, ctx: EditContext) -> list[int] | None:
    m = re.search(rf"\b(?:to|of|on|in|for)\s+(?:only\s+)?(?P<s>{SCENES})", text, re.IGNORECASE)
    return scene_numbers(m.group("s"), ctx.project) if m else None


@rule(
    r"(?:add|put|place|insert|include|use|show)\s+(?:our|my|the|a|this|their)?\s*(?:company\s+|brand\s+)?logo\b(?P<rest>.*)"
)
def add_logo(m: re.Match[str], ctx: EditContext) -> list[Change]:
    if not ctx.images:
        raise Refusal("attach the logo as an image (images: [{base64, mimeType}]) and ask again")
    scenes = _logo_scenes(m.group("rest"), ctx)
    corner = _corner(m.group("rest"))
    count = len(ctx.project.scenes) if scenes is None else len(scenes)
    where = f"all {count} scenes" if scenes is None and count > 1 else _where(scenes, len(ctx.project.scenes))
    return [
        Change(
            "add_logo",
            {"asset": ctx.images[0].ref, "corner": corner, "scenes": scenes},
            f"added the logo to the {corner} corner of {where}",
        )
    ]


def _logos(ctx: EditContext) -> tuple[str, list[int]]:
    found = [
        (i, e) for i, s in enumerate(ctx.project.scenes, 1) for e in s.elements if isinstance(e, LogoElement)
    ]
    if not found:
        raise Refusal("the video has no logo yet; attach one and ask me to add it")
    return found[0][1].asset, [i for i, _ in found]


@rule(r"(?:move|put|place)\s+(?:the\s+|our\s+|my\s+)?logo\s+(?:to|in|into|at)\s+(?:the\s+)?(?P<rest>.+)")
def move_logo(m: re.Match[str], ctx: EditContext) -> list[Change]:
    asset, scenes = _logos(ctx)
    corner = _corner(m.group("rest"), "")
    if not corner:
        raise ValueError("no corner")
    return [
        Change(
            "add_logo",
            {"asset": asset, "corner": corner, "scenes": scenes},
            f"moved the logo to the {corner} corner",
        )
    ]


@rule(r"make\s+(?:the\s+|our\s+)?logo\s+(?P<size>bigger|larger|smaller|tinier)")
def resize_logo(m: re.Match[str], ctx: EditContext) -> list[Change]:
    asset, scenes = _logos(ctx)
    logo = next(e for e in ctx.project.scenes[scenes[0] - 1].elements if isinstance(e, LogoElement))
    corner = corner_of(logo.box)
    scale = 1.35 if m.group("size").lower() in ("bigger", "larger") else 0.75
    height = round(min(0.2, max(0.03, logo_height(logo.box, ctx.project.aspect) * scale)), 3)
    return [
        Change(
            "add_logo",
            {"asset": asset, "corner": corner, "scenes": scenes, "height": height},
            f"made the logo {m.group('size').lower()}",
        )
    ]


@rule(r"(?:remove|delete|drop|hide|take\s+out)\s+(?:the\s+|our\s+|my\s+)?logo(?:\s+from\s+(?P<scenes>.+))?")
def remove_logo(m: re.Match[str], ctx: EditContext) -> list[Change]:
    scenes = scene_numbers(m.group("scenes"), ctx.project) if m.group("scenes") else None
    return [Change("remove_element", {"element": "logo", "scenes": scenes}, "removed the logo")]


@rule(
    rf"use\s+(?:this|the\s+attached|my|our|the|that)\s+(?P<what>image|photo|picture|clip|video|footage)\s+as\s+"
    rf"(?:the\s+)?background(?:\s+(?:of|for|on|in)\s+(?P<scenes>{SCENES}))?"
)
def media_background(m: re.Match[str], ctx: EditContext) -> list[Change]:
    is_clip = m.group("what").lower() in ("clip", "video", "footage")
    pool = ctx.clips if is_clip else ctx.images
    if not pool:
        raise Refusal(f"attach the {m.group('what').lower()} with the message and ask again")
    scenes = scene_numbers(m.group("scenes"), ctx.project)
    key = "video" if is_clip else "image"
    return [
        Change(
            "set_background",
            {"scenes": scenes, key: pool[0].ref},
            f"used your {m.group('what').lower()} as the background of "
            f"{_where(scenes, len(ctx.project.scenes))}",
        )
    ]


@rule(
    rf"(?:add|put|place|insert|show)\s+(?:this|the\s+attached|my|our|the|that)\s+(?:image|photo|picture|product\s+shot|shot)"
    rf"\s+(?:to|in|on|into)\s+(?P<scene>{SCENE})"
)
def add_image(m: re.Match[str], ctx: EditContext) -> list[Change]:
    if not ctx.images:
        raise Refusal("attach the image with the message and ask again")
    n = one_scene(m.group("scene"), ctx.project)
    scene = ctx.project.scenes[n - 1] if n <= len(ctx.project.scenes) else None
    changes = []
    if scene is not None and any(e.id == "image" for e in scene.elements):
        changes.append(Change("remove_element", {"element": "image", "scenes": [n]}, ""))
    changes.append(
        Change(
            "add_element",
            {"scene": n, "type": "image", "id": "image", "asset": ctx.images[0].ref},
            f"placed your image beside the copy in scene {n}",
        )
    )
    return changes
