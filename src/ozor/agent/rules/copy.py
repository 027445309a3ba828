"""Copy: the words of each beat, derived from the prompt's facts, in variants from rich to lean.

The director keeps the richest variant that fits its box and can be read in the beat's time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ozor.agent.rules.lexicon import KIND_CTA, Category
from ozor.agent.rules.prompt import VideoBrief

Copy = dict[str, str]
VERBS = re.compile(
    r"^(?:keeps?|helps?|makes?|lets?|gives?|turns?|saves?|brings?|tracks?|cuts?|stays?|works?|"
    r"runs?|charges?|fits?|folds?|cleans?|blocks?|connects?|syncs?|protects?|delivers?|"
    r"lasts?|learns?|shows?|finds?|plans?|sends?|reminds?|teaches?|brews?|grows?)\b",
    re.IGNORECASE,
)
NUMBER = re.compile(
    r"\b(?:for\s+|in\s+|up to\s+|over\s+)?(\d+(?:\.\d+)?\s*(?:%|x|\+|k|hours?|hrs?|days?|"
    r"minutes?|mins?|years?|weeks?|months?|miles?|km|languages|countries)?)(?=\W|$)",
    re.IGNORECASE,
)


@dataclass
class Beat:
    """One scene of the storyboard before timing: its role, layout and copy variants."""

    role: str  # hook, desire, benefit, proof, offer, reveal, date, step, point, summary, cta, …
    layout: str
    variants: list[Copy]
    narration: list[str] = field(default_factory=list)  # longest first
    weight: float = 1.0
    image: str | None = None
    video: str | None = None


def cap(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


def sentence(text: str) -> str:
    text = cap(text).rstrip()
    return text if text[-1:] in ".!?" else text + "."


def headline(text: str) -> str:
    """A headline from a phrase: capitalised, no trailing full stop unless it is a short sentence."""
    return cap(text).rstrip(" .")


def product_line(brief: VideoBrief) -> str:
    """The product as a sentence names it: "EcoBottle, the reusable water bottle", or "the desk lamp"."""
    if brief.name and brief.subject and brief.subject.lower() not in brief.name.lower():
        return f"{brief.name}, the {brief.subject}" if len(brief.subject.split()) <= 4 else brief.name
    return brief.name or (f"the {brief.subject}" if brief.subject else "")


def as_sentence(feature: str, brief: VideoBrief) -> str:
    """Narration for a benefit: a verb phrase gets the product as subject ("EcoBottle keeps drinks cold")."""
    if feature[:1].islower() and VERBS.match(feature):
        who = brief.name or (f"The {brief.subject}" if brief.subject else "It")
        return sentence(f"{who} {feature}")
    return sentence(feature)


def narrate(copy: Copy) -> list[str]:
    """Narration variants for on-screen copy: headline and body, then the headline alone."""
    head = copy.get("headline") or copy.get("stat") or ""
    lines = [sentence(head)] if head else []
    if copy.get("body"):
        lines.insert(0, f"{sentence(head)} {sentence(copy['body'])}" if head else sentence(copy["body"]))
    return lines


def benefit_beat(
    feature: str, brief: VideoBrief, kicker: str | None, *, support: str = "", image: str | None = None
) -> Beat:
    """One benefit per scene; a number in it ("cold for 24 hours") becomes the scene's big stat."""
    number = NUMBER.search(feature)
    if number and any(ch.isdigit() for ch in number.group(1)) and len(number.group(1)) <= 12 and not image:
        rest = headline(NUMBER.sub("", feature, count=1).strip(" ,"))
        if len(rest.split()) >= 2:
            copy = {"stat": number.group(1).strip(), "headline": rest}
            return Beat("proof", "stat", [copy], [as_sentence(feature, brief)])
    head = headline(feature)
    rich = {k: v for k, v in {"kicker": kicker, "headline": head, "body": support}.items() if v}
    variants = [rich, {k: v for k, v in rich.items() if k != "body"}, {"headline": head}]
    said = [f"{as_sentence(feature, brief)} {support}".strip(), as_sentence(feature, brief)]
    return Beat("benefit", "split" if image else "statement", variants, said, image=image)


def offer_beat(brief: VideoBrief) -> Beat:
    """The offer as a big number: "20% off" / "everything" / "Ends Sunday"."""
    assert brief.offer
    when = brief.when or ""
    until = (
        (when if re.match(r"(?:this|next|ends|until)\b", when, re.IGNORECASE) else f"Ends {when}")
        if when
        else ""
    )
    until = cap(until) + (" only" if until.lower().startswith(("this", "next")) else "")
    pct = re.match(r"(\d{1,2}\s?%)\s*off\s*(.*)", brief.offer, re.IGNORECASE)
    if pct:
        rest = cap(pct.group(2).strip())
        copy = {
            "stat": f"{pct.group(1).replace(' ', '')} off",
            "headline": rest or until or "For a limited time",
            "body": until if rest else "",
        }
        said = " ".join(sentence(x) for x in (f"{copy['stat']} {rest.lower()}".strip(), until) if x)
        return Beat(
            "offer",
            "stat",
            [{k: v for k, v in copy.items() if v}, {"stat": copy["stat"], "headline": copy["headline"]}],
            [said],
        )
    copy = {"kicker": "Limited offer", "headline": cap(brief.offer), "body": until}
    return Beat(
        "offer",
        "statement",
        [{k: v for k, v in copy.items() if v}, {"headline": cap(brief.offer)}],
        [" ".join(sentence(x) for x in (brief.offer, until) if x)],
    )


def cta_beat(brief: VideoBrief, category: Category, closer: str | None = None, *, kind: str = "") -> Beat:
    cta = (
        KIND_CTA.get(kind, category.cta)
        if kind in KIND_CTA and (kind != "explainer" or not brief.name)
        else category.cta
    )
    close = closer or category.closer
    kicker = brief.name if brief.name and brief.name.lower() not in close.lower() else ""
    rich: Copy = {"kicker": kicker or "", "headline": close, "cta": cta, "body": brief.url or ""}
    variants = [{k: v for k, v in rich.items() if v}, {"headline": close, "cta": cta}]
    said = [f"{sentence(close)} {sentence(cta)}", sentence(close)]
    return Beat("cta", "cta", variants, said, weight=1.2)


GERUNDS = {
    "setting": "set",
    "making": "make",
    "using": "use",
    "creating": "create",
    "baking": "bake",
    "taking": "take",
    "writing": "write",
    "getting": "get",
    "running": "run",
    "planning": "plan",
    "cutting": "cut",
    "putting": "put",
    "choosing": "choose",
    "preparing": "prepare",
    "changing": "change",
    "saving": "save",
    "sharing": "share",
    "managing": "manage",
    "configuring": "configure",
    "shopping": "shop",
    "having": "have",
    "giving": "give",
    "driving": "drive",
    "riding": "ride",
}


def infinitive(task: str) -> str | None:
    """ "setting up a mesh network" → "set up a mesh network"; None when the phrase is not an action."""
    first, _, rest = task.partition(" ")
    low = first.lower()
    if low in GERUNDS:
        return f"{GERUNDS[low]} {rest}".strip()
    if low.endswith("ing") and len(low) > 5:
        return f"{low[:-3]} {rest}".strip()  # brewing → brew, installing → install
    return None


def hook_beat(lines: tuple[str, ...] | list[str], kicker: str | None = None) -> Beat:
    variants = [{"kicker": kicker, "headline": line} for line in lines if kicker] + [
        {"headline": line} for line in lines
    ]
    return Beat("hook", "title", variants, [sentence(line) for line in lines], weight=0.8)
