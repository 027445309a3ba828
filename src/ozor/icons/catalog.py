"""The vendored Lucide icon set: names, aliases, and keyword search for a director asking for "battery"."""

from __future__ import annotations

import gzip
import json
import re
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources

from ozor.icons.synonyms import PHRASES, STOPWORDS, SYNONYMS

Shape = tuple[str, dict[str, str]]  # an SVG element: tag and attributes, in the set's 24 × 24 view box


class UnknownIconError(LookupError):
    """A name that is neither an icon nor an old name of one."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"unknown icon {name!r}{hint} (icons.search() finds icons by keyword)")
        self.name = name
        self.suggestions = suggestions


@dataclass(frozen=True)
class _Catalog:
    source: str
    icons: dict[str, tuple[Shape, ...]]
    aliases: dict[str, str]
    # stemmed word → {icon: weight}; built once from names, old names and the set's own tags
    index: dict[str, dict[str, float]] = field(repr=False)


_lock = threading.Lock()
_loaded: _Catalog | None = None


def _load() -> _Catalog:
    # Lazy and once: importing ozor.icons must stay free (the renderer imports it in every worker).
    global _loaded
    with _lock:
        if _loaded is None:
            raw = (resources.files("ozor.icons") / "data" / "lucide.json.gz").read_bytes()
            data = json.loads(gzip.decompress(raw))
            icons = {
                name: tuple((str(tag), {str(k): str(v) for k, v in attrs.items()}) for tag, attrs in shapes)
                for name, shapes in data["icons"].items()
            }
            aliases = {str(k): str(v) for k, v in data["aliases"].items() if v in icons}
            _loaded = _Catalog(
                str(data["source"]), icons, aliases, _build_index(icons, aliases, data["tags"])
            )
        return _loaded


def stem(word: str) -> str:
    """A light English stemmer: plurals and a few suffixes, enough to match "batteries" to "battery"."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if len(w) > 5 and w.endswith("ing") and w[-4] not in "aeiou":
        w = w[:-3]
        return w[:-1] if len(w) > 3 and w[-1] == w[-2] else w  # shipping → ship
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _build_index(
    icons: dict[str, tuple[Shape, ...]], aliases: dict[str, str], tags: dict[str, list[str]]
) -> dict[str, dict[str, float]]:
    index: dict[str, dict[str, float]] = defaultdict(dict)

    def add(word: str, icon: str, weight: float) -> None:
        key = stem(word)
        if weight > index[key].get(icon, 0.0):
            index[key][icon] = weight

    for name in icons:
        parts = name.split("-")
        for i, part in enumerate(parts):
            # The first word of a Lucide name is what the icon is ("battery-charging" is a battery).
            add(part, name, 10.0 if i == 0 else 6.0)
        for tag in tags.get(name, []):
            words = _words(tag)
            for word in words:
                add(word, name, 4.0 if len(words) == 1 else 2.5)
    for old, name in aliases.items():
        for i, part in enumerate(old.split("-")):
            add(part, name, 8.0 if i == 0 else 5.0)
    return dict(index)


def names() -> list[str]:
    """Every icon's current name, sorted (old names are accepted too but not listed)."""
    return sorted(_load().icons)


def exists(name: str) -> bool:
    """True for an icon's name or an old name of a renamed icon."""
    cat = _load()
    return name in cat.icons or name in cat.aliases


def canonical(name: str) -> str:
    """The current name of `name` (itself, or what an old name became); raises UnknownIconError."""
    cat = _load()
    if name in cat.icons:
        return name
    if name in cat.aliases:
        return cat.aliases[name]
    raise UnknownIconError(name, search(name.replace("-", " "), limit=3))


def shapes(name: str) -> tuple[Shape, ...]:
    """The icon's SVG elements in its 24 × 24 view box; raises UnknownIconError."""
    return _load().icons[canonical(name)]


def source() -> str:
    """The vendored package and version, e.g. "lucide-static@1.62.0"."""
    return _load().source


NAMED = 8.0  # the least weight of a match by what an icon is: its name's first word, an old name, a synonym
PART = 5.0  # the least weight of a match by a later word of its name ("panel" in solar-panel), not a tag


def search(query: str, limit: int = 10, *, named: bool = False) -> list[str]:
    """Icons fitting `query` (a word or a few), best first: names, the set's tags, stems and synonyms.

    `named` keeps only icons a word names (by its name's first word, an old name or a synonym; later
    words of a name count once it is named), not the set's loose tags, which place "morning" on an
    egg and "than" on a chevron."""
    cat = _load()
    slug = "-".join(_words(query))
    if not slug or limit <= 0:
        return []
    scores: dict[str, float] = defaultdict(float)
    if slug in cat.icons or slug in cat.aliases:
        scores[cat.aliases.get(slug, slug)] += 100.0
    # A known phrase ("black friday") puts its icons first, in the table's order.
    phrase: dict[str, int] = {}
    for target in PHRASES.get(" ".join(_words(query)), ()):
        if (name := cat.aliases.get(target, target)) in cat.icons and name not in phrase:
            phrase[name] = len(phrase)
            scores.setdefault(name, 0.0)
    tokens = [w for w in _words(query) if w not in STOPWORDS] or _words(query)
    matched: dict[str, int] = defaultdict(int)
    strong: set[str] = set(phrase) | set(scores)  # what the query names outright
    for position, token in enumerate(tokens):
        # In English the last word is usually the head ("coffee shop" is a shop): it weighs a little more.
        head = 1.5 if position == len(tokens) - 1 and len(tokens) > 1 else 0.0
        best: dict[str, float] = {}
        for rank, target in enumerate(SYNONYMS.get(token, SYNONYMS.get(stem(token), ()))):
            name = cat.aliases.get(target, target)
            if name in cat.icons:
                best[name] = max(best.get(name, 0.0), 14.0 - rank)
                strong.add(name)
        for name, weight in cat.index.get(stem(token), {}).items():
            if weight >= PART or not named:
                best[name] = max(best.get(name, 0.0), weight)
            if weight >= NAMED:
                strong.add(name)
        if (exact := cat.aliases.get(stem(token), stem(token))) in best:
            best[exact] += 3.0  # the icon that is exactly this word: "battery" in "battery life"
        for name, weight in best.items():
            scores[name] += weight + head
            matched[name] += 1
    if named:
        scores = defaultdict(float, {name: score for name, score in scores.items() if name in strong})
    if not scores:
        return []

    def order(name: str) -> tuple[int, float, str]:
        # Icons matching every word first; then simpler icons: "heart" before "heart-crack".
        bonus = 20.0 * (matched[name] == len(tokens) and len(tokens) > 1)
        return (phrase.get(name, len(phrase)), -(scores[name] + bonus - 0.6 * name.count("-")), name)

    return sorted(scores, key=order)[:limit]


def find(keyword: str, *, named: bool = False) -> str | None:
    """The one icon that best fits `keyword`, or None when nothing does (see `search` for `named`)."""
    found = search(keyword, limit=1, named=named)
    return found[0] if found else None
