"""Finding categories in text: keyword phrases looked up word by word (a dictionary, not one huge
regex, so a long prompt costs no more than its words), with plurals, "-ies", and German compounds
read by their head ("Proteinriegel" is a "riegel", "Synthwave-Festival" a "festival").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ozor.agent.knowledge.categories import GENERIC_ID, LANGUAGES, Category, categories
from ozor.agent.knowledge.vocab import Language

ENDINGS = ("nen", "ern", "es", "en", "er", "s", "e", "n")  # plural and case endings, longest first
# A compound is read by its head only for a capitalised noun and a head of five letters or more, and
# not for nouns that merely end like one ("Beispiel" is no game, "Haltestelle" no job).
MIN_HEAD = 5
MIN_STEM = 3  # "Eve" is not a plural of "EV"
NOT_COMPOUNDS = frozenset(
    "erstelle erstellen beispiel beispiele haltestelle tankstelle reihenfolge zentrum vorstellung anstellung "
    "einstellung bestellung ausstellungen verlauf ablauf einkauf".split()
)
# Head nouns that say less than the word before them: a "plumbing company" is plumbing.
GENERIC_HEADS = frozenset(
    "company brand shop store service services app platform software tool agency studio team business "
    "empresa marca tienda servicio plataforma herramienta agencia estudio equipo negocio "
    "unternehmen firma marke laden geschäft dienst plattform agentur team".split()
)
OCCASION_GROUP = "occasion"  # a grand opening or a sale is what happens to a business, not the business
JOINS = re.compile(r"^[\s-]*(?:[^\W\d_][\w'-]*[\s-]+)?$")
NOT_JOINS = re.compile(
    r"\b(?:for|of|with|or|in|at|on|to|that|which|who|is|are|para|con|o|en|que|für|mit|"
    r"oder|im|am|zu|der|die|das)\b",
    re.I,
)
TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Match:
    category: Category
    start: int  # the whole word (with its compound prefix) in the text searched
    end: int
    keyword: str


@cache
def _index(lang: Language) -> tuple[dict[str, str], int]:
    """keyword → category id for one language (with "-ies" plurals), and the longest keyword in words."""
    words = {w.lower(): cat.id for cat in categories().values() for w in cat.keywords[lang]}
    words.update({w[:-1] + "ies": c for w, c in list(words.items()) if re.search(r"[^aeiou]y$", w)})
    return words, max(len(TOKEN.findall(w)) for w in words)


def _lookup(phrase: str, words: dict[str, str]) -> str | None:
    """The keyword `phrase` is, as written or with a plural or case ending."""
    if phrase in words:
        return phrase
    return next(
        (
            phrase[: -len(e)]
            for e in ENDINGS
            if phrase.endswith(e) and len(phrase) - len(e) >= MIN_STEM and phrase[: -len(e)] in words
        ),
        None,
    )


def _head(word: str, words: dict[str, str]) -> str | None:
    """The keyword a German compound ends with: "Proteinriegel" → "riegel" (the longest such head)."""
    low = word.lower()
    if not word[:1].isupper() or low in NOT_COMPOUNDS:
        return None
    for cut in range(1, len(low) - MIN_HEAD + 1):
        if (kw := _lookup(low[cut:], words)) and len(kw) >= MIN_HEAD:
            return kw
    return None


def _scan(text: str, lang: Language) -> list[Match]:
    words, longest = _index(lang)
    tokens = list(TOKEN.finditer(text))
    out: list[Match] = []
    i = 0
    while i < len(tokens):
        found = None
        for n in range(min(longest, len(tokens) - i), 0, -1):
            start, end = tokens[i].start(), tokens[i + n - 1].end()
            if kw := _lookup(text[start:end].lower(), words):
                found = Match(categories()[words[kw]], start, end, text[start : start + len(kw)])
                i += n
                break
        if found is None and lang == "de" and (kw := _head(tokens[i].group(), words)):
            word = tokens[i]
            found = Match(categories()[words[kw]], word.start(), word.end(), kw)
            i += 1
        if found:
            out.append(found)
        else:
            i += 1
    return out


def find_categories(text: str, language: Language) -> list[Match]:
    """Every category keyword in `text`, in order; the prompt's language first, then the others."""
    for lang in (language, *(x for x in LANGUAGES if x != language)):
        if found := _scan(text, lang):
            return found
    return []


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
        if m.keyword.lower() in GENERIC_HEADS and gap.strip():
            break  # "solar batteries store energy": a generic word after a gap is a verb or a new phrase
        phrase.append(m)
    return phrase


def best_match(found: list[Match], language: Language, text: str = "") -> Match | None:
    """The category of the first noun phrase that names one, by its most telling word: the head noun
    (last in en/de, first in es) unless it is generic ("dog grooming service" is about dogs)."""
    phrase = best_phrase(found, language, text)
    specific = [m for m in phrase if m.keyword.lower() not in GENERIC_HEADS] or phrase
    return (specific[0] if language == "es" else specific[-1]) if specific else None


def category_for(subject_text: str, language: Language) -> Category:
    """The category a subject belongs to ("vegan protein bar" → protein bar); 'generic' when none fits."""
    match = best_match(find_categories(subject_text, language), language, subject_text)
    return match.category if match else categories()[GENERIC_ID]
