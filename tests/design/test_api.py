"""The public API: slots are checked with errors that name them, copy is fitted, reading time."""

from __future__ import annotations

import pytest

from ozor.design import TEMPLATES, CopyTooLong, compose, look, reading_time
from ozor.scene.models import CounterElement


def test_unknown_template_lists_the_known_ones():
    with pytest.raises(ValueError, match="unknown template 'nope'.*hero"):
        compose("nope", {}, "bold", "16:9", 4.0)


def test_missing_required_slot_is_named():
    with pytest.raises(ValueError, match="slot 'headline' \\(text\\) is required"):
        compose("hero", {"subline": "x"}, "bold", "16:9", 4.0)


def test_unknown_slot_is_named():
    with pytest.raises(ValueError, match="no slot 'title'"):
        compose("hero", {"headline": "Hi", "title": "x"}, "bold", "16:9", 4.0)


def test_wrong_kind_is_named():
    with pytest.raises(ValueError, match="slot 'value' expected a number"):
        compose("stat", {"value": "many", "headline": "Users"}, "bold", "16:9", 4.0)


def test_copy_over_the_limit_is_refused():
    with pytest.raises(ValueError, match="slot 'headline' is 60 characters; at most 48"):
        compose("hero", {"headline": "x" * 60}, "bold", "16:9", 4.0)


def test_copy_that_cannot_fit_is_measured_and_refused():
    """Within the character limit but one unbreakable word too wide for the 9:16 column."""
    with pytest.raises(CopyTooLong, match="slot 'headline'"):
        compose("feature", {"icon": "leaf", "headline": "W" * 40, "body": "Short."}, "bold", "9:16", 4.0)


def test_icons_are_found_by_keyword_and_numbers_parsed():
    scene = compose("stat", {"value": "$650,000", "headline": "Saved"}, look("dark"), "9:16", 4.0)
    counter = next(e for e in scene.elements if isinstance(e, CounterElement))
    assert counter.value == 650000 and counter.format.prefix == "$"
    assert counter.format.format(counter.value) == "$650,000"
    scene = compose("feature", {"icon": "battery", "headline": "All week", "body": "Yes."}, "calm", "16:9", 4)
    assert any(e.type == "icon" and "battery" in e.name for e in scene.elements)


def test_templates_describe_themselves_for_a_director():
    for spec in TEMPLATES.values():
        d = spec.describe()
        assert d["slots"] and d["description"] and d["motion"] and d["example"]
        assert set(d["aspects"]) == {"16:9", "9:16"}  # type: ignore[arg-type]


def test_reading_time():
    assert reading_time("one two three four five six seven") == pytest.approx(0.6 + 2.0)
    assert reading_time("eins zwei drei", "de") > reading_time("one two three", "en")
    assert reading_time("你好世界你好世界你", "zh") == pytest.approx(0.6 + 2.0)
    assert reading_time("") == 0.0


def test_accent_override_and_aliases():
    assert look("tech").name == "dark"
    assert look("minimalist", accent="#FF5500").colors.accent != look("minimalist").colors.accent
    with pytest.raises(ValueError, match="unknown look"):
        look("gothic")


def test_the_key_word_is_a_number_or_the_longest_word():
    from ozor.design.kit import key_word

    assert key_word("Your team loses 9 hours a week") == "9"
    assert key_word("Everything in one place") == "Everything"
    assert key_word("Fieldnote") == ""
