"""A title for a scene whose section has no heading, summarised from the section's own words: its key
phrase (the run of topical words it says most that is a theme of the document), title-cased; never a
sentence's opening words cut mid-way ("Last night I sat"), a date ("JUNE 16TH") or a table's or
chart's labels (data sentences are not read)."""

from __future__ import annotations

import math
import re
from collections import Counter

from ozor.documents.summarize import STOPWORDS, Sentence

MAX_WORDS = 3  # words in a key phrase
NAME_WEIGHT = 1.5
TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\S", re.UNICODE)
# Calendar words are when, not what: a diary's "JUNE 10TH" is no title.
CALENDAR = frozenset(
    """january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today
    yesterday tomorrow night morning evening day days week weeks year years time times""".split()
)
# Words that say how or that something happens, not what a section is about (the commonest English
# verbs, adverbs, adjectives of degree and number words); with -ly, -ed and -ing words they are
# never part of a title.
NOT_TOPICS = frozenset(
    """one two three four five six seven eight nine ten first second third last next new old good great
    little long own right big high different small large early young important bad able well soon now
    still even back never always often ever again away here however though although yet already really
    quite rather almost enough far several every another whole pretty awhile indeed perhaps get got make
    made take took come came goes went gone see saw seen know knew known think thought say said says tell
    told give gave given find found want use seem feel felt leave left keep kept let put mean meant become
    became begin began show shown hear heard run ran move live believe bring brought happen write wrote sit
    sat stand stood lose lost pay paid meet met include continue set learn change lead understand watch
    follow stop create speak read allow add spend grow open walk win offer remember love consider appear
    buy wait serve die send expect build stay fall cut reach kill remain suggest raise pass sell require
    report decide pull thing things way ways lot lots something anything nothing everything someone anyone
    everyone without within upon toward towards across around along among against during since out down up
    through like once thus too better best worse worst less least more most part place chance sort kind
    case fact ready sure true able certain""".split()
)


def phrases(text: str) -> list[list[str]]:
    """Runs of topical words (no stopword, number or punctuation between them); a sentence's first
    word in lower case, so that a capital says a name."""
    runs: list[list[str]] = [[]]
    opening = True  # a sentence's first word is capitalised whatever it is
    for token in TOKEN.findall(text):
        word = token.strip("'’-")
        word = word.lower() if opening and word.istitle() else word
        if len(word) >= 3 and word[:1].isalpha() and topical(word):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
        opening = token in ".!?"
    return [r for r in runs if r]


def topical(word: str) -> bool:
    """Could be (part of) what a text is about: not a stopword, a date or a common verb or adverb
    (a lower-case word ending in -ly, -ed or -ing is one; "Italy" is not)."""
    lower = word.lower()
    if lower in STOPWORDS or lower in CALENDAR or lower in NOT_TOPICS:
        return False
    return not (word.islower() and lower.endswith(("ly", "ed", "ing")))


def headline(said: list[Sentence], document: Counter[str], avoid: frozenset[str] = frozenset()) -> str:
    """The section's key phrase as a title ("" when it says nothing topical but in data sentences),
    other than the titles to `avoid` (lower case: those already on screen).

    A word weighs by how often the section says it, and how much it is a theme of the whole document
    (`document` counts its content words): most for words the document says often but not everywhere
    (a word met once is incidental, one in every sentence says nothing of this section). A phrase
    weighs its words' mean, a little more for each word, so a phrase of two words beats either word
    but a long phrase met once does not beat a word the section keeps coming back to. Names (written
    with a capital inside a sentence) weigh more: they say what a text is about.
    """
    runs = [run for s in said if not s.data for run in phrases(s.text)]
    here = Counter(w.lower() for run in runs for w in run)
    if not here:
        return ""
    total = sum(document.values()) or 1
    names = {w.lower() for run in runs for w in run if w[:1].isupper()}

    def weight(word: str) -> float:
        found = max(1, document[word.lower()], here[word.lower()])
        named = NAME_WEIGHT if word.lower() in names else 1.0
        return named * here[word.lower()] * math.log(1 + found) * math.log(1 + total / found)

    best: tuple[float, list[str]] = (0.0, [])
    for run in runs:
        for size in range(1, MAX_WORDS + 1):
            for start in range(len(run) - size + 1):
                words = run[start : start + size]
                if title_case(words).casefold() in avoid:
                    continue
                score = sum(weight(w) for w in words) / size * (1 + 0.25 * (size - 1))
                best = max(best, (score, words), key=lambda c: c[0])
    return title_case(best[1])


def title_case(words: list[str]) -> str:
    """Words as a title: each capitalised; acronyms and names kept as written ("UML", "iPhone");
    shouted words ("SIEGE") set in title case."""
    out = []
    for word in words:
        if word.isupper() and len(word) > 4:
            word = word.capitalize()
        elif word.islower():
            word = word[:1].upper() + word[1:]
        out.append(word)
    return " ".join(out)
