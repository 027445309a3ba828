"""Numbers as people write them: digits, words in three languages, %, "3x", "24/7", ranges "5-10".

A number is kept with the word it counts ("3 bedroom", "three key facts", "40 %") because the count
without its noun means nothing on screen.
"""

from __future__ import annotations

import re

from ozor.agent.brief.model import Fact, Quantity
from ozor.agent.brief.text import fact, overlaps, span_fact, words_re

WORD_NUMBERS: dict[str, int] = {
    # English ("one" is left out: it is far more often a pronoun or an article than a count)
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
    "hundred": 100,
    "a dozen": 12,
    "a hundred": 100,
    # Spanish
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "doce": 12,
    "quince": 15,
    "veinte": 20,
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
    "sesenta": 60,
    "noventa": 90,
    "cien": 100,
    # German
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "zwölf": 12,
    "fünfzehn": 15,
    "zwanzig": 20,
    "dreißig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "neunzig": 90,
    "hundert": 100,
}
ONE_WORDS: dict[str, float] = {
    "one": 1,
    "a": 1,
    "an": 1,
    "un": 1,
    "uno": 1,
    "una": 1,
    "ein": 1,
    "eine": 1,
    "einen": 1,
    "einer": 1,
    "half a": 0.5,
    "medio": 0.5,
    "eine halbe": 0.5,
}
DIGITS = r"\d+(?:[.,]\d+)?"
NUMBER = rf"(?:{DIGITS}|{words_re(WORD_NUMBERS)})"
# Words between a number and the noun it counts: "3 key facts", "tres consejos clave".
FILLER = (
    r"(?:(?:key|main|simple|easy|quick|basic|top|great|big|important|little|short|new|essential|"
    r"clave|grandes|simples|sencillos|fáciles|wichtigsten|einfache|kurze|wichtige|große)\s+)?"
)
# Measures, with what they measure: "10 kg of plastic", "850 sq ft", "500 g de harina", "80 m²".
MEASURES = (
    r"sq\.? ?ft|sq\.? ?m|square (?:feet|foot|meters|metres)|m²|m2|qm|metros cuadrados|quadratmeter|"
    r"kg|g|mg|lbs?|oz|tons?|tonnes?|toneladas|tonnen|l|ml|liters?|litres?|litros|liter|cups?|tazas|tbsp|tsp|"
    r"km|mi|miles?|m|cm|mm|kilómetros|kilometer|kwh|kw|mah|gb|tb|mb|ghz|mp"
)
# "5 hours a week", "$22/hour", "€9.99 al mes", "30 Tage pro Jahr".
RATE = (
    r"\s?(?:/\s?|\s(?:a|an|per|each|every|al|por|cada|pro|im|je)\s)(?:hour|day|week|month|year|night|person|"
    r"hora|día|semana|mes|año|noche|persona|stunde|tag|woche|monat|jahr|nacht|person|h|hr|mo|yr)\b"
)
NOT_UNITS = frozenset(
    "and or to a an the am pm de y o a en und oder bis uhr h in on at of for per with from by "
    "con para por del al mit für von bei vor nach zum zur im am um".split()
)
QUANTITY = re.compile(
    rf"(?<![\w$€£¥.,/])(?P<num>{NUMBER})(?!\)|[^\W\dxX×_])"
    r"(?:(?P<pct>\s?(?:%|per ?cent\b|por ?ciento\b|prozent\b))"
    r"|(?P<times>[x×](?![\w]))"
    r"|(?P<slash>/7\b|/365\b)"
    rf"|\s?(?:-|–|to|a|bis)\s?(?P<upper>{DIGITS})(?:[\s-]?(?P<range_unit>[^\W\d_][\w-]*))?"
    rf"|\s?(?P<measure>{MEASURES})(?:\s+(?:of|de|an)\s+[^\W\d_][\w-]*)?(?![\w])"
    rf"|\.?[\s-](?P<filler>{FILLER})(?P<unit>[^\W\d_][\w'-]*))?"
    rf"(?P<rate>{RATE})?",
    re.IGNORECASE,
)
# A number after the noun it counts: "season 2", "Staffel 3", "temporada 2", "version 4".
AFTER_NOUN = re.compile(
    r"\b(?:season|episode|part|vol\.?|volume|chapter|level|round|phase|gen|generation|temporada|episodio|"
    r"parte|capítulo|staffel|folge|teil|kapitel|runde)\s?\d+\b",
    re.IGNORECASE,
)


def number_value(word: str) -> float:
    """The value of a number written in digits ("19,5", "2.5") or in words ("three", "drei")."""
    low = word.lower()
    if low in WORD_NUMBERS:
        return float(WORD_NUMBERS[low])
    if low in ONE_WORDS:
        return float(ONE_WORDS[low])
    return float(low.replace(",", "."))


def find_quantities(text: str, taken: list[Fact]) -> list[Quantity]:
    """Every number not already read as a price, date, time or duration, with the noun it counts."""
    out = [
        Quantity(
            span_fact("number", text, m.start(), m.end()),
            float(re.findall(r"\d+", m.group(0))[-1]),
            None,
            m.group(0).split()[0],
        )
        for m in AFTER_NOUN.finditer(text)
        if not any(t.start <= m.start() < t.end for t in taken)
    ]
    taken = taken + [q.fact for q in out]
    for m in QUANTITY.finditer(text):
        word, end, unit = m.group("num"), m.end(), None
        if m.group("pct"):
            unit = "%"
        elif m.group("times"):
            unit = "x"
        elif m.group("slash"):
            unit = m.group("slash")
        elif m.group("measure"):
            unit = m.group("measure")
        elif m.group("upper"):
            unit = _unit(m.group("range_unit"))
            end = end if unit else m.end("upper")
        else:
            unit = _unit(m.group("unit"))
            end = end if unit else m.end("num")
        if unit is None and not word[0].isdigit():
            continue  # "two" alone is prose, not a figure
        if m.group("rate") and end == m.end("rate") - len(m.group("rate")):
            end = m.end("rate")
        f = span_fact("number", text, m.start(), end)
        if any(overlaps(f, t) for t in taken) or re.fullmatch(r"\d0'?s", f.text):
            continue
        upper = float(m.group("upper").replace(",", ".")) if m.group("upper") else None
        out.append(Quantity(f, number_value(word), upper, unit))
    return sorted(out, key=lambda q: q.fact.start)


def _unit(word: str | None) -> str | None:
    return None if word is None or word.lower() in NOT_UNITS else word


def count_before(text: str, nouns: str) -> tuple[int, Fact] | None:
    """A count of `nouns` ("in 4 steps", "three key facts", "drei Tipps"), with the words that say it."""
    m = re.search(rf"(?<![\w.,])(?P<num>{NUMBER})[\s-]+{FILLER}(?:{nouns})\b", text, re.IGNORECASE)
    if not m:
        return None
    return int(number_value(m.group("num"))), fact("number", m)
