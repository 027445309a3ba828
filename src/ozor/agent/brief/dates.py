"""Days and times in English, Spanish and German: "Saturday", "March 3rd", "next Friday", "el sábado
3 de mayo", "am 5. Mai", "9am", "18:30", "a las 9", "um 19 Uhr".

Days are kept as written (the screen shows the user's words) and read into weekday/day/month so a
later stage can format or check them.
"""

from __future__ import annotations

import re

from ozor.agent.brief.model import Clock, When
from ozor.agent.brief.text import fact, words_re

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "lunes": 0,
    "martes": 1,
    "miércoles": 2,
    "miercoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sábado": 5,
    "sabado": 5,
    "domingo": 6,
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonnabend": 5,
    "sonntag": 6,
}
MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    "januar": 1,
    "februar": 2,
    "märz": 3,
    "maerz": 3,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
    "mai": 5,
}
RELATIVE: dict[str, str] = {
    "next": "next",
    "this": "this",
    "coming": "next",
    "próximo": "next",
    "proximo": "next",
    "este": "this",
    "esta": "this",
    "nächsten": "next",
    "nächster": "next",
    "kommenden": "next",
    "diesen": "this",
    "dieser": "this",
    "diesem": "this",
}
TODAYISH = (
    r"tomorrow|tonight|today|this weekend|next weekend|this week|next week|next month|this month|"
    r"mañana|esta noche|hoy|este fin de semana|el próximo fin de semana|la próxima semana|"
    r"morgen|heute abend|heute|dieses wochenende|am wochenende|nächste woche|nächsten monat"
)


def _day_month(n: str) -> str:
    """ "3rd of March", "3 de marzo", "3. März", with groups day<n> and month<n>."""
    return (
        rf"(?:\d{{1,2}}(?:st|nd|rd|th|\.)?\s?(?:-|–|to|bis|al|a|y|and|und|&)\s?)?"  # "4. bis 7. September"
        rf"(?P<day{n}>\d{{1,2}})(?:st|nd|rd|th|\.|º)?\s+(?:of\s+|de\s+)?(?P<month{n}>{words_re(MONTHS)})\.?"
    )


DATE = re.compile(
    rf"(?:(?P<rel>{words_re(RELATIVE)})\s+)?(?P<wd>{words_re(WEEKDAYS)})\b(?:,?\s+(?:the\s+|el\s+|den\s+)?"
    rf"(?:{_day_month('')}|(?P<month2>{words_re(MONTHS)})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?))?"
    rf"(?:,?\s+(?:de\s+)?(?P<year>20\d\d))?"
    rf"|(?<!\w)(?:{_day_month('4')}|(?P<month3>{words_re(MONTHS)})\.?\s+(?P<day3>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?)(?![\d:])(?:,?\s+(?:de\s+)?(?P<year2>20\d\d))?"
    rf"|\b(?P<today>{TODAYISH})\b",
    re.IGNORECASE,
)
# "on 11/11", "12/24/2025", "05.03." or "05.03.2025": a dot date needs its closing dot or a year ("1.5" is
# a number), a slash date without a year needs a word that leads to a date ("7/10" may be a score).
NUMERIC = re.compile(
    r"(?<![\w/.,$€£])(?P<a>\d{1,2})(?:/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?"
    r"|\.(?P<b2>\d{1,2})\.(?P<y2>\d{4}|\d{2})?)(?![\w/%.,]\d|[\w%])"
)
DATE_LEAD = re.compile(r"\b(?:on|by|until|from|before|after|due|am|ab|bis|vom|el|del|hasta|desde)\s+$", re.I)
LONE_MONTH = re.compile(
    rf"\b(?:in|en|im|this|next|este|nächsten|available|from|until|since|by|ab|bis|desde|hasta|"
    rf"disponible|verfügbar)\s+(?P<m>{words_re(MONTHS)})\b",
    re.IGNORECASE,
)
ZONE = r"(?:\s?(?:PT|ET|CET|CEST|GMT|UTC|PST|EST|BST|MEZ))?"
TIME = re.compile(
    rf"(?<![\w:.])(?:\d{{1,2}}(?::\d\d)?\s?(?:[ap]\.?m\.?)?\s?[-–]\s?)?(?P<h>\d{{1,2}})(?:[:.](?P<m>\d\d))?\s?(?P<ap>a\.?m\.?|p\.?m\.?)(?![\w]){ZONE}"
    rf"|(?<![\w:.])(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?:\s?(?:h|hrs|uhr)\b)?{ZONE}"
    rf"|\b(?:a las|a la|um)\s+(?P<h3>\d{{1,2}})(?:[:.](?P<m3>\d\d))?(?:\s?(?:h|uhr)\b)?{ZONE}"
    rf"|(?<![\w:.])(?P<h4>\d{{1,2}})(?:[.:](?P<m4>\d\d))?\s?uhr\b{ZONE}"
    rf"|\b(?P<word>noon|midnight|mediodía|medianoche|mittag|mitternacht)\b",
    re.IGNORECASE,
)
WORD_TIMES = {"noon": 12, "mediodía": 12, "mittag": 12, "midnight": 0, "medianoche": 0, "mitternacht": 0}


def find_dates(text: str) -> list[When]:
    out: list[When] = []
    for m in DATE.finditer(text):
        if m.group("wd") and re.search(r"(?:black|cyber)[\s-]+$", text[: m.start()], re.IGNORECASE):
            continue  # "Black Friday" is an occasion, not a Friday
        if m.group("today"):
            out.append(When(fact("date", m), relative=m.group("today").lower()))
            continue
        month_word = m.group("month") or m.group("month2") or m.group("month3") or m.group("month4")
        day = m.group("day") or m.group("day2") or m.group("day3") or m.group("day4")
        if not m.group("wd") and month_word and month_word.lower() == "may" and not day:
            continue
        year = m.group("year") or m.group("year2")
        rel = m.group("rel")
        out.append(
            When(
                fact("date", m),
                weekday=WEEKDAYS[m.group("wd").lower()] if m.group("wd") else None,
                day=int(day) if day else None,
                month=MONTHS[month_word.lower().rstrip(".")] if month_word else None,
                year=int(year) if year else None,
                relative=RELATIVE[rel.lower()] if rel else None,
            )
        )
    for m in NUMERIC.finditer(text):
        a, b = int(m.group("a")), int(m.group("b") or m.group("b2"))
        year = m.group("y") or m.group("y2")
        day, month = (b, a) if m.group("b") and a <= 12 else (a, b)  # "/" reads month first when it can
        if m.group(0) in ("24/7", "24/365") or not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        if m.group("b") and not year and not DATE_LEAD.search(text[: m.start()]):
            continue
        if not any(w.fact.start < m.end() and m.start() < w.fact.end for w in out):
            out.append(When(fact("date", m), day=day, month=month, year=int(year) if year else None))
    for m in LONE_MONTH.finditer(text):
        word = m.group("m")
        if word.lower() in ("may", "mar") and word[0].islower():
            continue
        if not any(w.fact.start <= m.start("m") < w.fact.end for w in out):
            out.append(When(fact("date", m, "m"), month=MONTHS[word.lower()]))
    return sorted(out, key=lambda w: w.fact.start)


def find_times(text: str) -> list[Clock]:
    out: list[Clock] = []
    for m in TIME.finditer(text):
        if m.group("word"):
            out.append(Clock(fact("time", m), WORD_TIMES[m.group("word").lower()]))
            continue
        hour = int(m.group("h") or m.group("h2") or m.group("h3") or m.group("h4"))
        minute = int(m.group("m") or m.group("m2") or m.group("m3") or m.group("m4") or 0)
        if m.group("ap"):
            pm = m.group("ap").lower().startswith("p")
            if first := re.match(r"(\d{1,2})(?::\d\d)?\s?(?:([ap])\.?m\.?)?\s?[-–]", m.group(0)):
                hour = int(first.group(1))  # "6-9pm" starts at 6 pm, "8am-6pm" at 8 am
                pm = pm if first.group(2) is None else first.group(2).lower() == "p"
            hour = hour % 12 + (12 if pm else 0)
        if hour > 23:
            continue
        out.append(Clock(fact("time", m), hour, minute))
    return out
