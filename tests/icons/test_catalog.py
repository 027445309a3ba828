"""The icon catalog: a thousand-plus names, old names, and keyword search that a director can rely on."""

from __future__ import annotations

import pytest

from ozor import icons
from ozor.icons.catalog import stem
from ozor.icons.synonyms import PHRASES, SYNONYMS


def test_more_than_a_thousand_icons() -> None:
    names = icons.names()
    assert len(names) >= 1000
    assert names == sorted(set(names))
    assert icons.source().startswith("lucide-static@")


def test_exists_for_names_and_old_names() -> None:
    assert icons.exists("battery")
    assert icons.exists("home")  # Lucide's old name of "house"
    assert icons.canonical("home") == "house"
    assert not icons.exists("no-such-icon")


def test_unknown_name_is_a_clear_error_with_suggestions() -> None:
    with pytest.raises(icons.UnknownIconError, match="unknown icon 'batery'") as info:
        icons.shapes("batery")
    assert isinstance(info.value, LookupError)
    with pytest.raises(icons.UnknownIconError, match="did you mean .*rocket"):
        icons.shapes("rockets")


def test_every_synonym_names_a_real_icon() -> None:
    tables = [*SYNONYMS.values(), *PHRASES.values()]
    missing = sorted({t for targets in tables for t in targets if not icons.exists(t)})
    assert missing == []


EXACT = {
    "battery": "battery",
    "leaf": "leaf",
    "coffee": "coffee",
    "headphones": "headphones",
    "house": "house",
    "home": "house",
    "calendar": "calendar",
    "price": "tag",
    "rocket": "rocket",
    "heart": "heart",
    "shield": "shield",
    "sale": "tag",
    "delivery": "truck",
    "secure": "shield-check",
    "fast": "zap",
    "batteries": "battery",
    "shopping cart": "shopping-cart",
    "credit card": "credit-card",
    "email": "mail",
    "idea": "lightbulb",
    "growth": "trending-up",
    "team": "users",
    "black friday": "badge-percent",
    "coffee shop": "coffee",
    "battery life": "battery",
    "free shipping": "truck",
    "customer support": "headset",
    "24/7": "clock",
}


@pytest.mark.parametrize(("keyword", "expected"), sorted(EXACT.items()))
def test_find_gives_the_fitting_icon(keyword: str, expected: str) -> None:
    assert icons.find(keyword) == expected


# Keyword → icons any of which is a fitting first answer.
SENSIBLE = {
    "discount": {"badge-percent", "percent", "tag"},
    "money": {"banknote", "dollar-sign", "coins", "wallet"},
    "support": {"headset", "life-buoy"},
    "eco": {"leaf", "recycle", "sprout"},
    "location": {"map-pin", "map"},
    "star": {"star"},
    "award": {"award", "trophy", "medal"},
    "dog": {"dog"},
    "cars": {"car"},
    "gift": {"gift"},
    "phone": {"phone", "smartphone"},
    "camera": {"camera"},
    "globe": {"globe"},
    "chart": {"chart-column", "chart-line", "chart-pie", "chart-bar"},
    "music": {"eighth-notes", "music", "headphones"},
    "time": {"clock", "timer"},
    "charging": {"battery-charging", "plug-zap"},
    "pizza": {"pizza"},
    "weather": {"cloud-sun", "sun"},
    "security": {"shield-check", "lock", "shield"},
    "analytics": {"chart-column", "chart-line", "chart-pie"},
    "celebration": {"party-popper"},
    "Coffee Cup": {"coffee"},
    "the best quality": {"award", "badge-check", "gem"},
}


@pytest.mark.parametrize(("keyword", "expected"), sorted(SENSIBLE.items()))
def test_search_puts_a_sensible_icon_first(keyword: str, expected: set[str]) -> None:
    found = icons.search(keyword, limit=5)
    assert found and found[0] in expected, found


def test_search_lists_related_icons_best_first() -> None:
    found = icons.search("battery", limit=5)
    assert found[0] == "battery"
    assert all(name.startswith("battery") for name in found)
    assert len(icons.search("heart", limit=3)) == 3
    assert icons.search("heart", limit=0) == []


def test_nothing_found_is_none() -> None:
    assert icons.find("qwxzzy") is None
    assert icons.search("") == []
    assert icons.search("!!!") == []


def test_stemming() -> None:
    assert stem("batteries") == "battery"
    assert stem("boxes") == "box"
    assert stem("shipping") == "ship"
    assert stem("glass") == "glass"
    assert stem("bus") == "bus"
