"""Prices and offers: "$650,000", "€19.99", "19,99 €", "19 euros", "20% off", "free shipping", "2x1".

An amount is read with its thousands and decimal separators in either convention ("1.299,00 €" and
"$1,299.00" are the same price), so the count-up animation can show the real value.
"""

from __future__ import annotations

import re

from ozor.agent.brief.model import Fact, Price
from ozor.agent.brief.numbers import RATE
from ozor.agent.brief.text import fact

SYMBOLS = {
    "C$": "CAD",
    "A$": "AUD",
    "CAD": "CAD",
    "AUD": "AUD",
    "NZD": "NZD",
    "USD": "USD",
    "EUR": "EUR",
    "GBP": "GBP",
    "MXN": "MXN",
    "$": "USD",
    "US$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "CHF": "CHF",
    "R$": "BRL",
    "MX$": "MXN",
}
WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "usd": "USD",
    "bucks": "USD",
    "dólares": "USD",
    "dólar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "pounds": "GBP",
    "gbp": "GBP",
    "pesos": "MXN",
    "chf": "CHF",
    "franken": "CHF",
    "libras": "GBP",
}
SCALE = {
    "k": 1e3,
    "m": 1e6,
    "million": 1e6,
    "millones": 1e6,
    "mil": 1e3,
    "mio": 1e6,
    "mio.": 1e6,
    "millionen": 1e6,
    "millón": 1e6,
}
AMOUNT = r"\d{1,3}(?:[,.\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
SCALES = r"(?:\s?(?:k|m|million|millones|mil|mio\.?|millionen|millón)\b)?"
BEFORE = re.compile(
    rf"(?P<cur>US\$|R\$|MX\$|C\$|A\$|[$€£¥]|(?:CHF|CAD|AUD|USD|EUR|GBP|MXN|NZD)\s?)\s?(?P<amt>{AMOUNT})(?P<scale>{SCALES})(?:,-)?(?:{RATE})?",
    re.IGNORECASE,
)
AFTER = re.compile(
    rf"(?<![\w.,])(?P<amt>{AMOUNT})(?P<scale>{SCALES})\s?(?P<cur>[€$£]|(?:{'|'.join(WORDS)})\b)(?:{RATE})?",
    re.IGNORECASE,
)
OFFER = re.compile(
    r"\b(?:\d{1,2}\s?%\s?(?:off|discount|de descuento|dto\.?|rabatt|reduziert|günstiger)"
    r"(?:\s+(?:everything|sitewide|storewide|on everything|en todo|auf alles)"
    r"|\s+(?:on\s+)?(?:all|every|any|our)(?:\s+[a-z][\w-]*){1,2}?(?=[\s,.;!?]|$))?"
    r"|(?:up to\s+|hasta\s+(?:un\s+)?|bis zu\s+)\d{1,2}\s?%"
    r"(?:\s?(?:off|de descuento|dto\.?|rabatt|reduziert|günstiger))?"
    r"|free (?:shipping|delivery|trial|returns|samples?|consultation|estimate|entry|admission|tasting)"
    r"|(?:envío|entrega|prueba|entrada) gratis|(?:gratis|kostenlose?r?)\s+(?:versand|lieferung|"
    r"testphase|eintritt|"
    r"probestunde|beratung)|versandkostenfrei|eintritt frei|entrada libre"
    r"|buy one,? get one(?: free)?|bogo|2\s?(?:x|por|for|für)\s?1|half price|mitad de precio|halber preis"
    r"|(?:first|primera|erste)\s+(?:class|month|lesson|clase|mes|stunde|monat)\s+(?:free|gratis|kostenlos)"
    r"|buy (?:one|1|two|2)(?: [a-z]+)?,? get (?:one|1|a|another)(?: [a-z]+)? (?:free|half price)"
    r"|compra (?:uno|una|1|2|dos)(?: \w+)?,? ll[eé]vate (?:otro|otra|1|dos|3|tres)(?: \w+)?(?: gratis)?"
    r"|kauf(?:e)? (?:eins|1|2|zwei)(?: \w+)?,? (?:bekomm|nimm)(?:e)? (?:eins|1|3|drei)(?: \w+)?(?: gratis)?)"
    r"(?![\w])",
    re.IGNORECASE,
)


def amount(text: str) -> float:
    """A written amount as a number, whichever separators it uses."""
    digits = text.replace(" ", "")
    if re.search(r"[.,]\d{1,2}$", digits):
        whole, cents = digits[: -3 if digits[-3] in ".," else -2], digits[-2:].lstrip(".,")
        return float(re.sub(r"[.,]", "", whole) + "." + cents)
    return float(re.sub(r"[.,]", "", digits))


def find_prices(text: str) -> list[Price]:
    out: list[Price] = []
    for m in [*BEFORE.finditer(text), *AFTER.finditer(text)]:
        f = fact("price", m)
        if any(p.fact.start < f.end and f.start < p.fact.end for p in out):
            continue
        cur = m.group("cur").strip()
        code = SYMBOLS.get(cur) or SYMBOLS.get(cur.upper()) or WORDS.get(cur.lower(), "USD")
        scale = SCALE.get(m.group("scale").strip().lower(), 1.0) if m.group("scale").strip() else 1.0
        out.append(Price(f, amount(m.group("amt")) * scale, code))
    return sorted(out, key=lambda p: p.fact.start)


def find_offers(text: str) -> list[Fact]:
    return [fact("offer", m) for m in OFFER.finditer(text)]
