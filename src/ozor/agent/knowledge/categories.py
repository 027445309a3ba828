"""Category knowledge, loaded once from data/*.json: what a kind of product, service or event is
usually sold on, in English, Spanish and German.

Data, not code, so copy can be reviewed and extended without touching the parser. Benefits are true
of the category in general (no invented numbers): facts come from the prompt alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, cast, get_args

from ozor.agent.knowledge.vocab import KINDS, LOOKS, MOODS, Kind, Language, Look, Mood

LANGUAGES: tuple[Language, ...] = get_args(Language)
Motif = str
MOTIFS = frozenset({"blobs", "rings", "grid", "lines", "dots", "particles", "horizon", "glow", "confetti"})
MAX_BENEFIT = 32
MAX_CTA = 24
GENERIC_ID = "generic"


class KnowledgeError(ValueError):
    """A data file breaks a rule (missing language, copy too long, duplicate keyword…)."""


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    group: str  # "product", "food", "service", "event", "cause", "work", "place"
    keywords: Mapping[Language, tuple[str, ...]]
    benefits: Mapping[Language, tuple[str, ...]]  # strongest first, each fits a headline (≤ 32 chars)
    cta: Mapping[Language, str]
    icons: tuple[str, ...]  # plain keywords for the icon catalogue ("headphones", "music", "battery")
    motifs: tuple[Motif, ...]
    mood: Mood
    look: Look
    kind: Kind  # the video kind the category implies when the prompt names none


def _category(raw: dict[str, Any], source: str) -> Category:
    where = f"{source}:{raw.get('id', '?')}"
    try:
        cat = Category(
            id=str(raw["id"]),
            group=str(raw["group"]),
            keywords={lang: tuple(raw["keywords"][lang]) for lang in LANGUAGES},
            benefits={lang: tuple(raw["benefits"][lang]) for lang in LANGUAGES},
            cta={lang: str(raw["cta"][lang]) for lang in LANGUAGES},
            icons=tuple(raw["icons"]),
            motifs=tuple(raw["motifs"]),
            mood=cast(Mood, raw["mood"]),
            look=cast(Look, raw["look"]),
            kind=cast(Kind, raw.get("kind", "ad")),
        )
    except (KeyError, TypeError) as e:
        raise KnowledgeError(f"{where}: missing or malformed {e}") from e
    problems = [
        *(f"{lang} needs at least 3 benefits" for lang in LANGUAGES if len(cat.benefits[lang]) < 3),
        *(f"{lang} has no keywords" for lang in LANGUAGES if not cat.keywords[lang] and cat.id != GENERIC_ID),
        *(
            f"benefit over {MAX_BENEFIT} chars: {b!r}"
            for lang in LANGUAGES
            for b in cat.benefits[lang]
            if len(b) > MAX_BENEFIT or not b.strip()
        ),
        *(f"CTA over {MAX_CTA} chars: {c!r}" for c in cat.cta.values() if len(c) > MAX_CTA or not c.strip()),
        *(f"unknown motif {m!r}" for m in cat.motifs if m not in MOTIFS),
        *([f"unknown mood {cat.mood!r}"] if cat.mood not in MOODS else []),
        *([f"unknown look {cat.look!r}"] if cat.look not in LOOKS else []),
        *([f"unknown kind {cat.kind!r}"] if cat.kind not in KINDS else []),
        *(["no icons"] if not cat.icons else []),
        *(["no motifs"] if not cat.motifs else []),
        *(
            f"{lang} repeats a benefit"
            for lang in LANGUAGES
            if len(set(cat.benefits[lang])) < len(cat.benefits[lang])
        ),
    ]
    if problems:
        raise KnowledgeError(f"{where}: " + "; ".join(problems))
    return cat


@cache
def categories() -> Mapping[str, Category]:
    """Every category by id, validated: ids and keywords (per language) are unique."""
    out: dict[str, Category] = {}
    owner: dict[tuple[Language, str], str] = {}
    files = sorted(
        (
            f
            for f in resources.files("ozor.agent.knowledge").joinpath("data").iterdir()
            if f.name.endswith(".json")
        ),
        key=lambda f: f.name,
    )
    for file in files:
        for raw in json.loads(file.read_text(encoding="utf-8")):
            cat = _category(raw, file.name)
            if cat.id in out:
                raise KnowledgeError(f"{file.name}: duplicate category id {cat.id!r}")
            for lang in LANGUAGES:
                for word in cat.keywords[lang]:
                    key = (lang, word.lower())
                    if key in owner:
                        raise KnowledgeError(
                            f"{file.name}: {lang} keyword {word!r} in {owner[key]} and {cat.id}"
                        )
                    owner[key] = cat.id
            out[cat.id] = cat
    if GENERIC_ID not in out:
        raise KnowledgeError("no 'generic' category")
    return out


# Plural and inflection endings, and (German) the first half of a compound: "Proteinriegel" is a "riegel".
ENDINGS = r"(?:s|es|e|en|n|er|nen|ern)?"
# A compound is read by its head only for a capitalised noun and a head of five letters or more, and not
# for nouns that merely end like one ("Beispiel" is no game, "Haltestelle" no job).
MIN_HEAD = 5
NOT_COMPOUNDS = frozenset(
    "erstelle erstellen beispiel beispiele haltestelle tankstelle reihenfolge zentrum vorstellung anstellung "
    "einstellung bestellung ausstellungen verlauf ablauf einkauf".split()
)


@cache
def _matcher(lang: Language) -> tuple[re.Pattern[str], dict[str, str]]:
    words = {w.lower(): cat.id for cat in categories().values() for w in cat.keywords[lang]}
    words.update({w[:-1] + "ies": c for w, c in list(words.items()) if re.search(r"[^aeiou]y$", w)})
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    prefix = r"(?P<pre>[^\W\d_]*?)" if lang == "de" else r"(?P<pre>)"
    pattern = re.compile(rf"(?<![\w]){prefix}(?P<kw>{alternation}){ENDINGS}(?![\w])", re.IGNORECASE)
    return pattern, words


@dataclass(frozen=True, slots=True)
class Match:
    category: Category
    start: int  # the whole word (with its compound prefix) in the text searched
    end: int
    keyword: str


def find_categories(text: str, language: Language) -> list[Match]:
    """Every category keyword in `text`, in order; the prompt's language first, then the others."""
    for lang in (language, *(x for x in LANGUAGES if x != language)):
        pattern, words = _matcher(lang)
        found = [
            Match(categories()[words[m.group("kw").lower()]], m.start(), m.end(), m.group("kw"))
            for m in pattern.finditer(text)
            if _whole(m)
        ]
        if found:
            return found
    return []


def _whole(m: re.Match[str]) -> bool:
    """A keyword match that names the thing, not the tail of an unrelated German word."""
    if not m.group("pre"):
        return True
    word = m.group(0).lower()
    return len(m.group("kw")) >= MIN_HEAD and m.group(0)[0].isupper() and word not in NOT_COMPOUNDS


# Head nouns that say less than the word before them: a "plumbing company" is plumbing.
GENERIC_HEADS = frozenset(
    "company brand shop store service services app platform software tool agency studio team business "
    "empresa marca tienda servicio plataforma herramienta agencia estudio equipo negocio "
    "unternehmen firma marke laden geschäft dienst plattform agentur team".split()
)
OCCASION_GROUP = "occasion"  # a grand opening or a sale is what happens to a business, not the business
JOINS = re.compile(r"^[\s-]*(?:[^\W\d_][\w'-]*[\s-]+)?$")
NOT_JOINS = re.compile(
    r"\b(?:for|of|with|and|or|in|at|on|to|that|which|who|is|are|para|con|y|o|en|que|für|mit|"
    r"und|oder|im|am|zu|der|die|das)\b",
    re.I,
)


def best_phrase(found: list[Match], language: Language, text: str = "") -> list[Match]:
    """The first noun phrase that names a category, as its keyword matches in order; an occasion
    counts only when nothing else, or only a generic word ("the team"), is named."""
    things = [m for m in found if m.category.group != OCCASION_GROUP]
    occasions = [m for m in found if m.category.group == OCCASION_GROUP]
    if occasions and all(m.keyword.lower() in GENERIC_HEADS for m in things):
        things = occasions
    if not things:
        return []
    phrase = [things[0]]
    for m in things[1:]:
        gap = text[phrase[-1].end : m.start] if text else " "
        if not (JOINS.match(gap) and not NOT_JOINS.search(gap)):
            break
        phrase.append(m)
    return phrase


def best_match(found: list[Match], language: Language, text: str = "") -> Match | None:
    """The category of the first noun phrase that names one, by its most telling word: the head noun
    (last in en/de, first in es) unless it is generic ("dog grooming service" is about dogs)."""
    phrase = best_phrase(found, language, text)
    specific = [m for m in phrase if m.keyword.lower() not in GENERIC_HEADS] or phrase
    return (specific[0] if language == "es" else specific[-1]) if specific else None


def category_for(subject_text: str, language: Language) -> Category:
    """The category a subject belongs to ("vegan protein bar" → snack bar); 'generic' when none fits."""
    match = best_match(find_categories(subject_text, language), language, subject_text)
    return match.category if match else categories()[GENERIC_ID]
