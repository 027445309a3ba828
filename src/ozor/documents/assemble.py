"""A plan's scenes as a scene-graph Project built from the design system's templates, as the prompt
directors build theirs (one vocabulary): VISUAL.md's document-video storyboard, a title card with the
document's name, one scene per key section (its key points, figure, image or page), a closing card.

Each scene keeps its template and slots (Scene.template), so an edit, a new look or a new aspect
composes it again; copy that does not fit is shortened at a phrase break (the narration still says it).
"""

from __future__ import annotations

import re
from typing import Any, Literal

from ozor.agent.pacing import reading_time
from ozor.agent.storyboard.fit import fitted_slots, shortened
from ozor.agent.tools.templates import FALLBACK_ICON, composed, recomposed
from ozor.design import TEMPLATES, Look, look
from ozor.design.slots import NUMBER
from ozor.documents.summarize import sentences
from ozor.icons import catalog
from ozor.scene.base import Aspect
from ozor.scene.color import rgba_of
from ozor.scene.models import Narration, Project, Scene, Transition

# The plan's tone (planner.TONES) as a designed look.
TONE_LOOKS = {
    "professional": "corporate",
    "formal": "editorial",
    "casual": "warm",
    "friendly": "warm",
    "playful": "playful",
    "energetic": "bold",
    "calm": "calm",
    "inspirational": "bold",
    "serious": "editorial",
    "informative": "minimalist",
    "enthusiastic": "playful",
    "conversational": "warm",
    "authoritative": "corporate",
    "warm": "warm",
    "academic": "editorial",
}
DEFAULT_LOOK = "minimalist"
# How a picture is shown: whole (a portrait page beside its name, a landscape slide or diagram on its
# own across the frame), filling the frame, or cropped to half of it.
Shape = Literal["page", "slide", "wide", "photo"]
# A single clear figure: a percentage, an amount of money, or a number of two digits or more that is
# not a year.
FIGURE = re.compile(
    r"(?<![\w.,])([$€£¥]\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?%|\d[\d,]*(?:\.\d+)?)(?![\w.,]*\d)"
)
YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
REFERENCE = re.compile(
    r"\b(figure|fig|table|tab|section|chapter|page|p|eq|equation|appendix|version|v|no|abb|abbildung|tabelle)\.?\s*$",
    re.I,
)
SEQUENCE = re.compile(
    r"\b(steps?|how to|process|procedure|workflow|stages?|phases?|schritte|étapes|pasos)\b", re.I
)
VIVID = 0.25  # a document colour this saturated is its brand accent


def look_for(style: dict[str, Any]) -> Look:
    """The plan's tone as a look, with the document's most vivid colour as its accent (made readable)."""
    name = TONE_LOOKS.get(str(style.get("tone") or "").lower(), DEFAULT_LOOK)
    valid = [c.upper() for c in style.get("colors") or [] if re.fullmatch(r"#[0-9A-Fa-f]{6}", c)]
    vivid = sorted((c for c in valid if _saturation(c) > VIVID), key=_saturation, reverse=True)
    return look(name, accent=vivid[0] if vivid else None)


def _saturation(hex_color: str) -> float:
    r, g, b, _ = rgba_of(hex_color)
    return (max(r, g, b) - min(r, g, b)) / 255


def design(
    kind: str,
    title: str,
    points: list[str],
    image: tuple[str, Shape] | None,
    subtitle: str | None,
    narration: str = "",
) -> tuple[str, dict[str, Any]]:
    """The template and slots for one plan scene; `image` is (asset ref, its shape): a page or a tall
    figure is shown whole as a cut-out, a slide or a wide drawing whole across the frame, a wide photo
    fills the caption's frame, a photo the split's half."""
    points = [p for p in points if p.strip() and p.strip().lower() != title.strip().lower()]
    first = points[0] if points else None
    if image and image[1] == "page":
        return _whole(title, first or subtitle, image[0])
    if image and image[1] == "slide":
        return "page", {"image": image[0], "title": title}
    if kind == "title":
        if image:
            return "caption", {"image": image[0], "title": title, "subtitle": first or subtitle}
        return "hero", {"headline": title, "subline": first, "kicker": subtitle}
    if kind == "closing":
        # A takeaway is a whole sentence of the narration when one fits the card, not a phrase cut short.
        limit = _limit("statement", "statement")
        whole = [s.rstrip(".") for s in sentences(narration) if len(s) <= limit]
        if whole or first:
            return "statement", {"statement": (whole or [first])[0], "attribution": subtitle}
        return "hero", {"headline": title, "kicker": subtitle}
    if image and image[1] == "wide":
        return "caption", {"image": image[0], "title": title, "subtitle": first}
    if image:
        return "split", {"image": image[0], "headline": title, "body": " · ".join(points[:2]) or title}
    figure = _figure(points)
    if figure:
        value, point = figure
        return "stat", {"value": value, "headline": title, "body": point}
    if len(points) >= 2 and SEQUENCE.search(" ".join([title, *points])):
        return "steps", {"headline": title, "steps": points}
    if len(points) == 3 and all(len(p) <= _limit("trio", "titles") for p in points):
        return "trio", {"headline": title, "icons": [_icon(p) for p in points], "titles": points}
    if len(points) >= 2:
        return "checklist", {"headline": title, "items": points, "icon": _icon(title)}
    if first:
        return "feature", {"icon": _icon(title), "headline": title, "body": first}
    return "hero", {"headline": title}


def _whole(title: str, line: str | None, asset: str) -> tuple[str, dict[str, Any]]:
    """A page render or a tall figure shown whole (a full-bleed crop would cut its text), as a cut-out with a
    shadow on the look's colour field; a title too long for the name is said whole in the line."""
    limit = _limit("product", "name")
    name = title if len(title) <= limit else shortened(title, limit)
    tagline = title if name != title else line
    return "product", {"name": name, "image": asset, "tagline": tagline, "frame": "none"}


def _figure(points: list[str]) -> tuple[str, str] | None:
    """(the figure, its point) when the points hold exactly one clear figure (a number that names a
    figure, table or section, "Figure 1.1", counts nothing)."""
    found = [
        (m.group(1), p) for p in points for m in FIGURE.finditer(p) if not REFERENCE.search(p[: m.start()])
    ]
    found = [(v, p) for v, p in found if not YEAR.match(v) and (len(re.sub(r"\D", "", v)) >= 2 or "%" in v)]
    if len(found) != 1 or not NUMBER.match(found[0][0]):
        return None
    return found[0]


def _limit(template: str, slot: str) -> int:
    return next(s.max_chars for s in TEMPLATES[template].slots if s.name == slot)


def _icon(text: str) -> str:
    """The icon that best fits the phrase's words, the neutral one when none does."""
    for word in sorted(re.findall(r"[^\W\d_]{4,}", text), key=len, reverse=True):
        found = catalog.find(word.lower())
        if found:
            return found
    return FALLBACK_ICON


def build_scene(
    index: int,
    kind: str,
    title: str,
    points: list[str],
    narration: str,
    image: tuple[str, Shape] | None,
    chosen: Look,
    aspect: Aspect,
    subtitle: str | None = None,
    last: bool = False,
) -> Scene:
    """One templated scene at its template's shortest length (narration and reading time lengthen it)."""
    template, slots = design(kind, title, points, image, subtitle, narration)
    given = {k: v for k, v in slots.items() if v not in (None, "", [])}
    try:
        fitted = fitted_slots(template, given, chosen.name)
    except ValueError:  # nothing left to shorten: the title alone, as a title card
        template, fitted = "hero", {"headline": shortened(title, _limit("hero", "headline"))}
    scene = composed(template, fitted, chosen, aspect, TEMPLATES[template].duration[0], f"s{index + 1}")
    return scene.model_copy(
        update={
            "title": title[:200] or template,
            "narration": Narration(text=narration) if narration.strip() else None,
            "transition": Transition() if last else scene.transition,
        }
    )


def timed(scene: Scene, chosen: Look, aspect: Aspect, language: str) -> Scene:
    """The scene at the length its narration and its copy need, composed again for that length so its
    motion script spans the whole scene."""
    duration = round(max(scene.duration, reading_time(scene, language)), 2)
    fresh = recomposed(scene.model_copy(update={"duration": duration}), chosen, aspect)
    return fresh.model_copy(update={"transition": scene.transition})


def project(title: str, aspect: Aspect, chosen: Look, scenes: list[Scene], captions: bool) -> Project:
    return Project(title=title[:300], aspect=aspect, theme=chosen.theme, scenes=scenes, captions=captions)
