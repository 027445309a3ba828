"""What the video is about: its category, subject, names, places and occasion, read together
because each decides the others ("Hotel Miramar" is a name that says hotel; "Green Leaf Yoga's
beginner class" is a yoga class whose subject is not inside the name).
"""

from __future__ import annotations

from dataclasses import dataclass

from ozor.agent.brief import content, entities
from ozor.agent.brief.kinds import OCCASION
from ozor.agent.brief.model import Fact, Language
from ozor.agent.brief.text import fact
from ozor.agent.knowledge.categories import Category
from ozor.agent.knowledge.matcher import Match, best_match, best_phrase, find_categories


@dataclass(frozen=True, slots=True)
class About:
    category: Category | None
    subject_match: Match | None  # the keyword the subject is built around
    names: list[Fact]
    places: list[Fact]
    occasion: Fact | None


def read_about(text: str, language: Language, said: list[Fact], style_words: list[Fact]) -> About:
    said_masked = content.mask(text, said)
    occasion = next((fact("occasion", m) for m in OCCASION.finditer(said_masked)), None)
    matches = find_categories(said_masked, language)
    places = entities.find_places(
        content.mask(text, said + style_words), said, lambda words: bool(find_categories(words, language))
    )
    heads = [(m.start, m.end) for m in matches]
    taken = said + places + style_words + ([occasion] if occasion else [])
    names = entities.find_names(text, language, taken, heads)
    # A keyword inside a name counts for the category ("Green Leaf Yoga" is yoga) and for the subject
    # only when it opens the name ("Bäckerei Sonnenschein", "Hotel Miramar": the business type).
    eligible = [
        m for m in matches if all(not (n.start <= m.start < n.end) or n.start == m.start for n in names)
    ]
    colon = text.find(":")
    if colon >= 0 and any(m.start < colon for m in matches):
        # what is named before a colon is the subject; after it come its features
        # ("Peak Performance Physio in Denver: sports injury rehab, most insurance accepted")
        eligible = [m for m in eligible if m.start < colon]
    best = best_match(matches, language, said_masked)
    phrase = best_phrase(eligible, language, said_masked)
    head = best_match(phrase, language, said_masked)
    return About(
        category=best.category if best else None,
        subject_match=Match(head.category, phrase[0].start, phrase[-1].end, head.keyword) if head else None,
        names=names,
        places=places,
        occasion=occasion,
    )
