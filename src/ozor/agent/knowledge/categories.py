"""Category knowledge, loaded once from data/*.json: what a kind of product, service or event is
usually sold on, in English, Spanish and German.

Data, not code, so copy can be reviewed and extended without touching the parser. Benefits are true
of the category in general (no invented numbers): facts come from the prompt alone.
"""

from __future__ import annotations

import json
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
