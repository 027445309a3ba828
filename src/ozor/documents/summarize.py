"""Extractive summarising for speech: the document's own sentences, scored and picked to a word budget.

Nothing is invented: a narration is a selection of the source's sentences, cleaned of what does not
read aloud (citations, URLs, bullets) and split where a sentence is too long to say in one breath.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

ABBREVIATIONS = {
    "e.g.",
    "i.e.",
    "etc.",
    "vs.",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "prof.",
    "inc.",
    "ltd.",
    "no.",
    "fig.",
    "al.",
    "approx.",
    "z.b.",
    "bzw.",
    "ca.",
    "u.s.",
    "st.",
    "jr.",
    "sr.",
    "p.",
}
SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")
CITATION = re.compile(r"\[\d+(?:[,–-]\s*\d+)*\]|\((?:[A-Z][\w-]+(?: et al\.)?,? \d{4}[a-z]?(?:; )?)+\)")
URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+")
WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
MAX_SPOKEN_WORDS = 32
LABEL = re.compile(r"^[^\s,;:]+(?:\s[^\s,;:]+)?\.?\s?[—–]\s?(?=[A-Z])")  # "JUNE 12TH.—" before a sentence
STOPWORDS = set(
    """a an and are as at be been but by can could did do does for from had has have he her his how i if in
    into is it its may more most must no not of on or our she should so such than that the their them then
    there these they this those to was we were what when where which while who will with would you your also
    about after all any because before between both each few just many much only other over same some very
    der die das und ist nicht ein eine mit von zu den dem des im auf für sich auch als an es sind wird
    le la les et est des un une du en dans pour que qui sur par au aux pas ce se plus
    el los las y es un una de del en por para que con se su al lo como más""".split()
)


@dataclass(frozen=True)
class Sentence:
    text: str
    words: int
    position: int  # index inside its section, 0 = first
    data: bool = False  # a table row or chart labels: said, never shown as a title, point or statement


def clean(text: str) -> str:
    """Text as it should be spoken: no citations, URLs or stray symbols; single spaces."""
    text = URL.sub("", CITATION.sub("", text))
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    return " ".join(text.replace("•", " ").split())


def sentences(text: str, min_words: int = 3) -> list[str]:
    """Split into sentences, keeping abbreviations ("e.g.", "Dr.") inside theirs; shorter ones than
    `min_words` are left out (labels, stray fragments)."""
    parts: list[str] = []
    for piece in SENTENCE_END.split(clean(text)):
        if parts and (parts[-1].split()[-1].lower() in ABBREVIATIONS or piece[:1].islower()):
            parts[-1] = f"{parts[-1]} {piece}"
        elif piece:
            parts.append(piece)
    out = []
    for part in parts:
        out.extend(_breathable(part))
    return [s for s in out if len(s.split()) >= min_words]


def _breathable(sentence: str) -> list[str]:
    """A very long sentence split at semicolons (each part made a sentence); others stay whole."""
    if len(sentence.split()) <= MAX_SPOKEN_WORDS or ";" not in sentence:
        return [sentence]
    pieces = [p.strip() for p in sentence.split(";") if p.strip()]
    out = []
    for i, piece in enumerate(pieces):
        piece = piece[0].upper() + piece[1:]
        out.append(piece if piece.endswith((".", "!", "?")) or i == len(pieces) - 1 else f"{piece}.")
    return out


def as_sentence(text: str) -> str:
    """A heading or bullet spoken as a sentence."""
    text = clean(text).rstrip(":;,")
    return text if not text or text.endswith((".", "!", "?", "。", "！", "？")) else f"{text}."


def content_words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text) if len(w) > 2 and w.lower() not in STOPWORDS]


class Scorer:
    """Ranks sentences by how much of the document's vocabulary (and the prompt's focus) they carry."""

    def __init__(self, document_text: str, focus: list[str]):
        self.frequency = Counter(content_words(document_text))
        self.top = max(self.frequency.values(), default=1)
        self.focus = set(focus)

    def score(self, sentence: Sentence, simple: bool = False) -> float:
        words = content_words(sentence.text)
        if not words:
            return 0.0
        weight = sum(self.frequency[w] / self.top for w in words) / len(words) ** 0.5
        weight *= 1.25 if sentence.position == 0 else 1.0
        weight *= 1.0 + 0.6 * len(self.focus.intersection(words))
        if sentence.words < 6 or sentence.words > (22 if simple else 38):
            weight *= 0.5
        symbols = sum(not (c.isalnum() or c.isspace() or c in ".,;:!?'’\"-–()") for c in sentence.text)
        if symbols > 0.05 * len(sentence.text) or sum(c.isdigit() for c in sentence.text) > 0.25 * len(
            sentence.text
        ):
            weight *= 0.3  # tables, formulas and reference lists read badly
        return weight


def pick(candidates: list[Sentence], scorer: Scorer, budget: int, simple: bool = False) -> list[Sentence]:
    """The best sentences that fit `budget` words (±20 %), returned in document order."""
    ranked = sorted(candidates, key=lambda s: -scorer.score(s, simple))
    chosen: list[Sentence] = []
    total = 0
    for sentence in ranked:
        if total >= budget * 0.85:
            break
        fits = total + sentence.words <= budget * 1.2
        if fits or (total < budget * 0.6 and total + sentence.words <= budget * 1.5):
            chosen.append(sentence)
            total += sentence.words
    if not chosen and candidates:
        chosen = [min(candidates, key=lambda s: s.words)]
    return sorted(chosen, key=lambda s: candidates.index(s))


def key_phrase(text: str, max_words: int = 7) -> str:
    """A short on-screen phrase: the first clause (after a date or label that opens a sentence of its
    own: "JUNE 12TH.—We expect…"), at most `max_words`, no trailing filler words."""
    clause = re.split(r"[,;:()–—]| - ", LABEL.sub("", clean(text)))[0].strip().rstrip(".!?")
    words = clause.split()[:max_words]
    while len(words) > 2 and words[-1].lower() in STOPWORDS:
        words.pop()
    return " ".join(words)
