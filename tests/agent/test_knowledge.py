"""Category knowledge: complete in every language, copy within on-screen limits, no duplicates, and
subjects matched to the right category in English, Spanish and German."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from ozor.agent.knowledge.categories import (
    LANGUAGES,
    MAX_BENEFIT,
    MAX_CTA,
    MOTIFS,
    Category,
    KnowledgeError,
    _category,
    categories,
)
from ozor.agent.knowledge.matcher import category_for
from ozor.agent.knowledge.vocab import LOOKS, MOODS, Language
from ozor.agent.knowledge.words import colour_names, function_words, label_words, look_words, mood_words
from ozor.agent.storyboard.slots import icon_for
from ozor.design.slots import icon


def test_enough_categories() -> None:
    assert len(categories()) >= 150
    assert LANGUAGES == ("en", "es", "de")


@pytest.mark.parametrize("category", list(categories().values()), ids=lambda c: c.id)
def test_category_is_complete(category: Category) -> None:
    for lang in LANGUAGES:
        assert category.keywords[lang] or category.id == "generic"
        assert len(category.benefits[lang]) >= 3
        assert all(0 < len(b) <= MAX_BENEFIT for b in category.benefits[lang])
        assert len(set(category.benefits[lang])) == len(category.benefits[lang])
        assert 0 < len(category.cta[lang]) <= MAX_CTA
        assert not any(ch.isdigit() for b in category.benefits[lang] for ch in b)  # no invented figures
    assert category.icons and all(i == i.lower() and " " not in i for i in category.icons)
    assert category.motifs and set(category.motifs) <= MOTIFS
    assert category.mood in MOODS and category.look in LOOKS


def test_keywords_are_unique_per_language() -> None:
    seen: dict[tuple[str, str], str] = {}
    for cat in categories().values():
        for lang in LANGUAGES:
            for word in cat.keywords[lang]:
                assert (lang, word.lower()) not in seen, (word, seen.get((lang, word.lower())), cat.id)
                seen[(lang, word.lower())] = cat.id


def test_loader_rejects_incomplete_data() -> None:
    raw = json.loads(resources.files("ozor.agent.knowledge").joinpath("data", "10_food.json").read_text())[0]
    too_long = {**raw, "benefits": {**raw["benefits"], "de": ["x" * (MAX_BENEFIT + 1), "a", "b"]}}
    missing = {**raw, "cta": {"en": "Go", "es": "Ve"}}
    for bad in (too_long, missing, {**raw, "motifs": ["sparkles"]}, {**raw, "look": "grunge"}):
        with pytest.raises(KnowledgeError):
            _category(bad, "test.json")


@pytest.mark.parametrize(
    ("subject", "language", "expected"),
    [
        ("vegan protein bar", "en", "protein_bar"),
        ("wireless noise-cancelling headphones", "en", "headphones"),
        ("bakery", "en", "bakery"),
        ("dog grooming service", "en", "pet_grooming"),
        ("handmade soy candles", "en", "candles"),
        ("synthwave music festival", "en", "music_festival"),
        ("3 bedroom house with garden", "en", "real_estate"),
        ("budgeting app", "en", "fintech"),
        ("barrita de proteína vegana", "es", "protein_bar"),
        ("panadería artesanal", "es", "bakery"),
        ("clínica dental", "es", "dentist"),
        ("piso con terraza", "es", "real_estate"),
        ("veganer Proteinriegel", "de", "protein_bar"),
        ("Bäckerei", "de", "bakery"),
        ("Synthwave-Festival", "de", "music_festival"),
        ("kabellose Kopfhörer", "de", "headphones"),
        ("4-Zimmer-Wohnung", "de", "real_estate"),
        ("ein Beispiel", "de", "generic"),
        ("something nobody sells", "en", "generic"),
    ],
)
def test_category_for(subject: str, language: Language, expected: str) -> None:
    assert category_for(subject, language).id == expected


def test_word_lists() -> None:
    assert look_words()["synthwave"] == "retro" and look_words()["gemütlich"] == "warm"
    assert mood_words()["tranquila"] == "calm"
    assert colour_names()["azul marino"] == "#14213D"
    assert {"the", "para", "für"} <= function_words() and "tickets" in label_words()


def test_icons_and_motifs_exist_where_they_are_drawn() -> None:
    """Every icon keyword finds an icon in the catalogue; every motif is one the scene graph draws
    (confetti, which VISUAL.md names for playful looks, the director maps to particles until it does)."""
    from typing import get_args

    from ozor.icons.catalog import find
    from ozor.scene.decor import MotifKind

    assert [(c.id, k) for c in categories().values() for k in c.icons if find(k) is None] == []
    drawn = set(get_args(MotifKind)) | {"confetti"}
    assert {m for c in categories().values() for m in c.motifs} <= drawn


def test_looks_are_the_scene_looks() -> None:
    from typing import get_args

    from ozor.agent.knowledge.vocab import LOOKS
    from ozor.scene.fonts import LookName

    assert set(LOOKS) == set(get_args(LookName))


@pytest.mark.parametrize(
    ("phrase", "category", "wrong"),
    [
        ("Yoga class every Saturday morning", "yoga", "egg"),  # "morning" is only a tag of the egg
        ("30 % lighter than before", "headphones", "chevron-left"),  # "less than" is a chevron's tag
    ],
)
def test_an_icon_is_named_by_the_words_not_by_loose_tags(phrase, category, wrong):
    icon = icon_for(phrase, categories()[category], 0)
    assert icon != wrong and not icon.startswith(("chevron", "arrow")), icon


@pytest.mark.parametrize(
    ("phrase", "icon"),
    [
        ("40-hour battery life", "battery"),
        ("free shipping", "truck"),
        ("craft beer", "beer"),
        ("solar panels", "solar-panel"),  # not the UI panel the last word alone names
    ],
)
def test_a_phrase_is_read_whole_before_its_last_word(phrase, icon):
    assert icon_for(phrase, categories()["headphones"], 0) == icon


def test_category_icons_show_what_they_mean():
    """Category icons are plain keywords found in the icon catalogue; a loose keyword found the wrong
    thing (a protein bar's "bar" drew a bar chart, "bolt" a hardware bolt, "bag" an IV bag, "face"
    an angry face). None of those misreadings is left."""
    misread = {
        "chart-bar",
        "bolt",
        "iv-bag",
        "face-angry",
        "square-text",
        "bell-ring",
        "columns-4",
        "blender",
    }
    misread |= {"card-sim", "alarm-smoke", "can"}
    shown = {c.id: [icon(w) for w in c.icons] for c in categories().values()}
    assert {k: v for k, v in shown.items() if misread & set(v)} == {}
    assert shown["protein_bar"][0] == "biceps-flexed"
