"""Edit rules for copy, length and order: headlines, CTAs, pacing, moving and removing scenes."""

from __future__ import annotations

import re

from pydantic import JsonValue

from ozor.agent.rules.grammar import Change, EditContext, Refusal, rule
from ozor.agent.rules.refs import SCENE, SCENES, clean_text, cta_scene, number, one_scene, scene_numbers
from ozor.scene.models import TextElement

# --- copy ---------------------------------------------------------------------------------
SLOT_WORDS = {
    "headline": "headline",
    "heading": "headline",
    "title": "headline",
    "main text": "headline",
    "text": "headline",
    "body": "body",
    "body text": "body",
    "subtitle": "body",
    "subheadline": "body",
    "subheading": "body",
    "supporting text": "body",
    "description": "body",
    "tagline": "kicker",
    "kicker": "kicker",
    "label": "kicker",
    "eyebrow": "kicker",
    "cta": "cta",
    "call to action": "cta",
    "call-to-action": "cta",
    "button": "cta",
    "button text": "cta",
    "cta text": "cta",
    "cta button": "cta",
    "number": "stat",
    "stat": "stat",
    "statistic": "stat",
    "big number": "stat",
}
# What a reply calls each slot.
SLOT_LABELS = {"cta": "call to action", "kicker": "label", "body": "supporting text", "stat": "number"}
_SLOT = "|".join(sorted(map(re.escape, SLOT_WORDS), key=len, reverse=True))


@rule(
    rf"(?:change|set|make|update|replace|rewrite|edit|turn)\s+(?:the\s+)?(?P<slot>{_SLOT})"
    rf"(?:\s+(?:of|in|on|for)\s+(?P<scene>{SCENE}))?\s+(?:to\s+say|to\s+read|to|say|read|into|as|with)\s*:?\s+(?P<text>.+)"
)
@rule(
    rf"(?:change|set|make|update|rewrite|edit)\s+(?P<scene>{SCENE})(?:'s|s')?\s+(?P<slot>{_SLOT})\s+"
    rf"(?:to\s+say|to\s+read|to|say|read|as)\s*:?\s+(?P<text>.+)"
)
@rule(
    rf"(?:the\s+)?(?P<slot>{_SLOT})(?:\s+(?:of|in|on)\s+(?P<scene>{SCENE}))?\s+should\s+(?:say|read|be)\s*:?\s+(?P<text>.+)"
)
def change_copy(m: re.Match[str], ctx: EditContext) -> list[Change] | None:
    slot = SLOT_WORDS[m.group("slot").lower()]
    text = clean_text(m.group("text"))
    if slot == "headline" and m.group("slot").lower() == "title" and not m.group("scene"):
        return None  # "change the title to …" names the video (see rename)
    n = (
        one_scene(m.group("scene"), ctx.project)
        if m.group("scene")
        else (cta_scene(ctx.project) if slot == "cta" else 1)
    )
    scene = ctx.project.scenes[n - 1] if 1 <= n <= len(ctx.project.scenes) else None
    has = scene is not None and any(e.id == slot for e in scene.elements)
    if slot == "cta" and scene is not None and not has:
        n = cta_scene(ctx.project)
    label = SLOT_LABELS.get(slot, slot)
    say = f"changed the {label} of scene {n} to “{text}”"
    if has or scene is None or slot in ("headline", "cta", "stat"):
        return [Change("update_element", {"scene": n, "element": slot, "text": text}, say)]
    return [
        Change(
            "add_element",
            {"scene": n, "type": "text", "id": slot, "text": text},
            f"added {label} “{text}” to scene {n}",
        )
    ]


@rule(r"(?:replace|change|swap)\s+[\"“'‘](?P<old>[^\"”'’]+)[\"”'’]\s+(?:with|to|for)\s+(?P<new>.+)")
def replace_words(m: re.Match[str], ctx: EditContext) -> list[Change] | None:
    return replace_text(m.group("old"), clean_text(m.group("new")), ctx)


def _replaced(value: JsonValue, pattern: re.Pattern[str], new: str) -> JsonValue:
    """A slot's value with the words replaced: text, or each item of a list."""
    if isinstance(value, str):
        return pattern.sub(new.replace("\\", "\\\\"), value)
    if isinstance(value, list):
        return [_replaced(v, pattern, new) for v in value]
    return value


def replace_text(old: str, new: str, ctx: EditContext) -> list[Change]:
    """`old` replaced by `new` wherever it appears on screen; a clear refusal when it appears nowhere."""
    changes, places = [], 0
    pattern = re.compile(re.escape(old), re.IGNORECASE)
    for i, scene in enumerate(ctx.project.scenes, 1):
        if scene.template is not None:  # in the template's slots, then the scene is composed again
            slots = {k: _replaced(v, pattern, new) for k, v in scene.template.slots.items()}
            places += sum(slots[k] != v for k, v in scene.template.slots.items())
            if slots != scene.template.slots:
                args = {"scene": i, "template": scene.template.name, "slots": slots}
                changes.append(Change("use_template", args, ""))
            continue
        for e in scene.elements:
            if isinstance(e, TextElement) and pattern.search(e.text):
                text = str(_replaced(e.text, pattern, new))
                changes.append(Change("update_element", {"scene": i, "element": e.id, "text": text}, ""))
                places += 1
    if not changes:
        raise Refusal(f"no text in the video says “{old}”")
    changes[-1].say = f"replaced “{old}” with “{new}” in {places} place{'s' * (places > 1)}"
    return changes


@rule(r"(?:rename|retitle|title|call)\s+(?:the\s+)?(?:video|project)\s+(?:to\s+|as\s+)?(?P<text>.+)")
@rule(
    r"(?:change|set)\s+the\s+(?:video(?:'s)?\s+|project(?:'s)?\s+)?(?:title|name)(?:\s+of\s+the\s+(?:video|project))?"
    r"\s+to\s+(?P<text>.+)"
)
def rename(m: re.Match[str], ctx: EditContext) -> list[Change]:
    title = clean_text(m.group("text"))
    return [Change("set_title", {"title": title}, f"renamed the video to “{title}”")]


# --- pacing -------------------------------------------------------------------------------
SPEED = {
    "faster": 0.8,
    "quicker": 0.8,
    "snappier": 0.8,
    "shorter": 0.8,
    "tighter": 0.85,
    "punchier": 0.8,
    "slower": 1.25,
    "longer": 1.25,
    "calmer": 1.2,
    "more relaxed": 1.2,
}
_SPEED = "|".join(SPEED)
_AMOUNT = r"(?P<amount>a\s+(?:bit|little)|slightly|much|a\s+lot|way)?\s*"


def _factor(word: str, amount: str | None) -> float:
    base = SPEED[word.lower()]
    if amount and re.match(r"a\s+(?:bit|little)|slightly", amount, re.IGNORECASE):
        return round(1 + (base - 1) / 2, 3)
    if amount:
        return round(base * base, 3)
    return base


@rule(
    rf"(?:make|keep)\s+(?:it|the\s+video|everything|the\s+whole\s+(?:thing|video)|the\s+pacing|the\s+pace)\s+"
    rf"{_AMOUNT}(?P<word>{_SPEED})"
)
@rule(r"(?P<word>speed)\s+(?:it|the\s+video|things)\s+up|(?P<slow>slow)\s+(?:it|the\s+video|things)\s+down")
def overall_pace(m: re.Match[str], ctx: EditContext) -> list[Change]:
    groups = m.groupdict()
    word = "slower" if groups.get("slow") else "faster" if groups.get("word") == "speed" else groups["word"]
    factor = _factor(word, groups.get("amount"))
    return [Change("set_pacing", {"factor": factor}, f"made every scene {word} (×{factor:g})")]


@rule(
    r"(?:make|set|cut|trim|shorten|lengthen|extend|change)\s+(?:it|the\s+video|the\s+whole\s+(?:thing|video)|"
    r"the\s+length|everything)\s+(?:to\s+|be\s+)?(?:(?P<n>\d+(?:\.\d+)?|one|two|half\s+a)\s*"
    r"(?P<unit>s|secs?|seconds?|minutes?|mins?)|(?P<minute>a\s+minute))(?:\s+long)?"
)
def total_length(m: re.Match[str], ctx: EditContext) -> list[Change]:
    if m.group("minute"):
        seconds = 60.0
    else:
        raw = m.group("n").lower()
        value = 0.5 if raw.startswith("half") else number(raw)
        seconds = value * 60 if m.group("unit").lower().startswith("m") else value
    return [Change("set_pacing", {"total": seconds}, f"set the video to {seconds:g} seconds")]


@rule(
    rf"(?:make|set)\s+(?P<scene>{SCENE})\s+{_AMOUNT}(?P<word>longer|shorter|faster|slower|quicker)"
    rf"(?:\s+by\s+(?P<by>\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?))?"
)
@rule(
    rf"(?P<verb>shorten|lengthen|extend|speed\s+up|slow\s+down)\s+(?P<scene>{SCENE})"
    rf"(?:\s+by\s+(?P<by>\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?))?"
)
def scene_pace(m: re.Match[str], ctx: EditContext) -> list[Change]:
    n = one_scene(m.group("scene"), ctx.project)
    groups = m.groupdict()
    verb = (groups.get("verb") or groups.get("word") or "").lower()
    longer = verb in ("longer", "slower", "lengthen", "extend", "slow down")
    if groups.get("by"):
        current = ctx.project.scenes[n - 1].duration if n <= len(ctx.project.scenes) else 0
        seconds = round(current + (1 if longer else -1) * float(groups["by"]), 2)
        return [
            Change(
                "set_pacing", {"scene": n, "duration": seconds}, f"made scene {n} {seconds:g} seconds long"
            )
        ]
    factor = _factor("slower" if longer else "faster", groups.get("amount"))
    factor = 1.5 if longer and factor == 1.25 else factor
    return [
        Change(
            "set_pacing",
            {"scene": n, "factor": factor},
            f"made scene {n} {'longer' if longer else 'shorter'}",
        )
    ]


@rule(
    rf"(?:make|set)\s+(?P<scene>{SCENE})\s+(?:to\s+|last\s+)?(?P<n>\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)(?:\s+long)?"
)
@rule(rf"(?P<scene>{SCENE})\s+should\s+(?:be|last)\s+(?P<n>\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)(?:\s+long)?")
def scene_length(m: re.Match[str], ctx: EditContext) -> list[Change]:
    n = one_scene(m.group("scene"), ctx.project)
    seconds = float(m.group("n"))
    return [
        Change("set_pacing", {"scene": n, "duration": seconds}, f"made scene {n} {seconds:g} seconds long")
    ]


# --- order and scenes ---------------------------------------------------------------------
@rule(
    rf"(?:move|put)\s+(?P<scene>{SCENE})\s+(?:to\s+)?(?:the\s+)?(?P<where>start|beginning|front|end|back|"
    rf"(?:position|spot|place)\s+\d+|(?:after|before)\s+{SCENE})"
)
def move(m: re.Match[str], ctx: EditContext) -> list[Change]:
    count = len(ctx.project.scenes)
    n = one_scene(m.group("scene"), ctx.project)
    where = m.group("where").lower()
    order = [i for i in range(1, count + 1) if i != n]
    if where in ("start", "beginning", "front"):
        target = 0
    elif where in ("end", "back"):
        target = len(order)
    elif w := re.match(r"(?:position|spot|place)\s+(\d+)", where):
        target = max(0, min(len(order), int(w.group(1)) - 1))
    else:
        ref = one_scene(re.sub(r"^(?:after|before)\s+", "", where), ctx.project)
        target = order.index(ref) + (1 if where.startswith("after") else 0) if ref in order else 0
    order.insert(target, n)
    return [Change("reorder_scenes", {"order": order}, f"moved scene {n} to position {target + 1}")]


@rule(
    rf"(?:swap|switch|exchange)\s+(?:scenes?\s+)?(?P<a>\d+|{SCENE})\s+(?:and|with|&)\s+(?:scene\s+)?(?P<b>\d+|{SCENE})"
)
def swap(m: re.Match[str], ctx: EditContext) -> list[Change]:
    def ref(x: str) -> int:
        return int(x) if x.isdigit() else one_scene(x, ctx.project)

    return swap_scenes(ref(m.group("a")), ref(m.group("b")), ctx)


def swap_scenes(a: int, b: int, ctx: EditContext) -> list[Change]:
    order = list(range(1, len(ctx.project.scenes) + 1))
    if not (1 <= a <= len(order) and 1 <= b <= len(order)) or a == b:
        raise ValueError("bad scenes")
    order[a - 1], order[b - 1] = b, a
    return [Change("reorder_scenes", {"order": order}, f"swapped scenes {a} and {b}")]


@rule(r"reverse\s+(?:the\s+)?(?:order\s+of\s+the\s+)?scenes(?:\s+order)?")
def reverse(m: re.Match[str], ctx: EditContext) -> list[Change]:
    order = list(range(len(ctx.project.scenes), 0, -1))
    return [Change("reorder_scenes", {"order": order}, "reversed the order of the scenes")]


@rule(rf"(?:remove|delete|drop|cut|get\s+rid\s+of)\s+(?P<scenes>{SCENES})")
def delete(m: re.Match[str], ctx: EditContext) -> list[Change] | None:
    numbers = scene_numbers(m.group("scenes"), ctx.project)
    return None if numbers is None else delete_scenes(numbers)


def delete_scenes(numbers: list[int]) -> list[Change]:
    """Scenes removed from the last to the first, so the numbers still mean the scenes asked for."""
    changes = [Change("delete_scene", {"scene": n}, "") for n in sorted(set(numbers), reverse=True)]
    listed = " and ".join(map(str, sorted(set(numbers))))
    changes[-1].say = f"removed scene{'s' * (len(set(numbers)) > 1)} {listed}"
    return changes


@rule(
    rf"(?:add|insert|create)\s+(?:a|another|one\s+more|a\s+new|an\s+extra)\s+(?:new\s+)?scene\s+"
    rf"(?P<how>about|on|for|with\s+the\s+text|with|saying|that\s+says|explaining|showing|to\s+say|covering|featuring)"
    rf"\s+(?P<what>.+?)(?:\s+(?P<where>(?:after|before)\s+{SCENE}|at\s+the\s+(?:start|beginning|end)|"
    rf"as\s+(?:scene\s+)?\d+|as\s+the\s+(?:first|last)\s+scene))?"
)
def add_scene(m: re.Match[str], ctx: EditContext) -> list[Change]:
    p = ctx.project
    what = clean_text(m.group("what"))
    quoted = m.group("how").lower() in ("saying", "that says", "to say", "with the text")
    headline = what if quoted else what[:1].upper() + what[1:]
    where = (m.group("where") or "").lower()
    count = len(p.scenes)
    last_is_cta = cta_scene(p) == count and any(e.id == "cta" for e in p.scenes[-1].elements)
    if not where:
        position = count if last_is_cta and count > 1 else count + 1
    elif where.endswith(("start", "beginning")) or "first" in where:
        position = 1
    elif where.endswith("end") or "last" in where:
        position = count + 1
    elif w := re.match(r"as\s+(?:scene\s+)?(\d+)", where):
        position = max(1, min(count + 1, int(w.group(1))))
    else:
        ref = one_scene(re.sub(r"^(?:after|before)\s+", "", where), p)
        position = ref + 1 if where.startswith("after") else ref
    middle = sorted(s.duration for s in p.scenes[1:-1]) or [4.0]
    before = p.scenes[max(0, position - 2)]
    args = {
        "order": position,
        "title": headline[:60],
        "layout": "statement",
        "headline": headline,
        "duration": middle[len(middle) // 2],
    }
    if before.transition.kind != "cut":
        args["transition"] = before.transition.kind
    if any(s.narration for s in p.scenes):
        args["narration"] = headline if headline.endswith((".", "!", "?")) else headline + "."
    return [Change("create_scene", args, f"added scene {position}: “{headline}”")]
