"""Names, places and links: "called Sprout", quoted names, capitalised words, "in Austin", URLs, @handles.

German capitalises every noun, so there a capitalised word is a name only when it is quoted, follows
"namens"/"called", is written like a brand (CamelCase, digits) or follows its category noun
("die Bäckerei Sonnenschein").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ozor.agent.brief.model import Fact, Language
from ozor.agent.brief.text import fact, overlaps

QUOTED = re.compile(r"[\"“«„](?P<n>[^\"”»“]{2,48})[\"”»“]|(?<![\w])'(?P<s>[^']{2,48})'(?![\w])")
CALLED = re.compile(
    r"\b(?:called|named|brand(?:ed)? as|llamad[oa]|denominad[oa]|de nombre|namens|genannt|mit dem namen)\s+"
    r"(?P<n>[\w][\w'&.+-]*(?:\s+(?:[A-Z0-9][\w'&.+-]*|de|del|la|&|and|von|der))*)",
    re.IGNORECASE,
)
CAPS = re.compile(
    r"(?<![\w'#@/.-])(?:(?:St|Mt|Ft|Dr)\.(?=\s[A-Z])|[A-ZÁÉÍÓÚÑÄÖÜ][\w'&+-]*|[a-z]+[A-Z][\w-]*)"
    r"(?:\s+(?:[A-ZÁÉÍÓÚÑÄÖÜ0-9][\w'&+.-]*|&)"
    r"|\s+(?:and|y|und|de|del|da|di|van|von)(?=\s+[A-ZÁÉÍÓÚÑÄÖÜ][a-zà-ÿ]+\b))*"
)
TITLED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Sra|Srta|Don|Doña|Frau|Herr)\.?\s+[A-ZÁÉÍÓÚÑÄÖÜ][\w'-]+"
    r"(?:\s+[A-ZÁÉÍÓÚÑÄÖÜ][\w'-]+)?"
)
BRANDLIKE = re.compile(r"[A-ZÄÖÜ]?[a-zäöü]+[A-Z]\w*|[A-Z]{2,}\w*|\w*\d\w*[A-Za-z]\w*")
PLACE = re.compile(
    r"(?<![\w])(?:in|at|en|near|downtown|cerca de|im|am|aus(?: dem| der)?)\s+(?:the\s+)?(?P<p>"
    r"[A-ZÁÉÍÓÚÑÄÖÜ][\w'.-]*(?:\s+(?:[A-ZÁÉÍÓÚÑÄÖÜ][\w'.-]*|\d+\b|de|del|upon|am(?=\s[A-ZÄÖÜ])))*)"
)
LINK = re.compile(
    r"(?<![\w./:-])(?:https?://)?(?:www\.)?(?:[\w-]{1,63}\.){1,6}(?:com|io|co|app|ai|org|net|dev|shop|store|"
    r"studio|xyz|es|de|mx|"
    r"eu|uk|us|me|tv|fm|at|ch)(?:/[\w/.-]*)?(?![\w.])"
    r"|(?<![\w.+-])[\w.+-]{1,64}@[\w-]+\.[\w.]+|(?<![\w@])@\w{2,30}|(?<![\w&])#(?![0-9a-fA-F]{3}\b|"
    r"[0-9a-fA-F]{6}\b)[A-Za-z]\w{2,30}"
    r"|\+?\(?\d[\d ()-]{7,}\d",
    re.IGNORECASE,
)
REGIONS = frozenset({"uk", "us", "usa", "eu"})  # not names, but places
COMPANY = frozenset("corp inc ltd llc gmbh ag sa sl labs studio studios group co company partners".split())
ARTICLES = frozenset(
    {"The", "La", "El", "Los", "Las", "Le", "Der", "Die", "Das"}
)  # "La Espiga" keeps its "La"
# Capitalised words that are not names, in any of the three languages.
KNOWN = frozenset(
    """
i a an the our my we it this for make create use ad video tiktok instagram youtube reels reel shorts facebook
linkedin snapchat pinterest twitter wi-fi wifi ai api pt et est pst cet gmt utc am pm black friday cyber
christmas halloween easter thanksgiving new year please include add show retro vintage luxury corporate
calm bold
playful minimalist warm dark hiring one short quick vertical horizontal summer winter spring autumn fall
un una el la los las para con de del en mi nuestro nuestra haz crea hazme quiero necesito anuncio vídeo video
ein eine einen der die das für mit und erstelle mach mache bitte werbung werbevideo unser unsere
cta call action sale off free new diy faq ceo cto hr usa eu uk us ok tv dj pdf seo ui ux vs versus
usb usb-c gps nfc led oled hdr 4k 5g lte bluetooth ar vr sdk b2b saas cv pdf
we're we how what why first then next finally step steps tips our ong ngo basic pro premium standard plus
básico básica navidad nochevieja pascua ostern silvester hanukkah
january february march april june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
""".split()
)


def find_links(text: str) -> list[Fact]:
    """URLs, e-mail addresses, @handles, #hashtags and phone numbers, exactly as written."""
    return [
        Fact("link", m.group(0), *m.span())
        for m in LINK.finditer(text)
        if not re.fullmatch(r"[\d ().+-]+", m.group(0)) or len(re.findall(r"\d", m.group(0))) >= 9
    ]


def find_quoted(text: str) -> list[Fact]:
    """Quoted titles and quotes, read first and kept whole: "'Scaling Postgres'" is a name, "'Finally no
    fear of the tax office'" (five words or more) a quote."""
    out = [fact("name", m, "n" if m.group("n") else "s") for m in QUOTED.finditer(text)]
    return [Fact("quote", f.text, f.start, f.end) if len(f.text.split()) >= 5 else f for f in out]


def find_names(text: str, language: Language, taken: list[Fact], heads: list[tuple[int, int]]) -> list[Fact]:
    """Product, brand, event or person names, in order of mention, none inside an already-read fact."""
    found: list[Fact] = []

    def add(f: Fact) -> None:
        f = _trim(f)
        if re.search(r"\b(?:Co|Inc|Ltd|Corp|Jr|Sr|St)$", f.text) and text[f.end : f.end + 1] == ".":
            f = Fact(f.role, f.text + ".", f.start, f.end + 1)  # "Spokes & Co."
        if (
            len(f.text) > 1
            and not any(overlaps(f, t) for t in [*taken, *found])
            and f.text.lower() not in KNOWN
        ):
            found.append(f)

    for m in CALLED.finditer(text):
        add(fact("name", m, "n"))
    for m in TITLED.finditer(text):
        add(fact("name", m))
    for start, end in heads:  # "the bakery Sunrise", "Hotel Miramar", "die Bäckerei Sonnenschein"
        if language != "de" and text[start].isupper() and not _sentence_start(text, start):
            run = next((c for c in CAPS.finditer(text) if c.start() <= start < c.end()), None)
            if run and run.end() > end:
                add(fact("name", run))  # the category noun is part of the name: "Green Leaf Yoga"
        elif text[end : end + 1] == " " and (c := CAPS.match(text, end + 1)):
            if language == "de" and not text[start].isupper():
                continue  # "15 bar Druck": a German noun is capitalised, so "bar" here is a unit
            whole = language == "de"  # German names shops and products "Noun Name": "Autohaus Berger"
            add(Fact("name", text[start : c.end()], start, c.end()) if whole else fact("name", c))
    for m in CAPS.finditer(text):
        start = m.start()
        if language == "de" and not re.search(r"\b(?:von|vom|bei)\s+$", text[:start]):
            # German nouns are capitalised: a name starts at its first brand-like word
            # ("Staubsaugerroboter CleanBot X5" → "CleanBot X5")
            brand = next((w for w in re.finditer(r"\S+", m.group(0)) if BRANDLIKE.fullmatch(w.group())), None)
            if brand is None:
                continue
            start = m.start() + brand.start()
        elif _sentence_start(text, start):
            continue  # a sentence starts here: its first word is capitalised anyway
        add(Fact("name", text[start : m.end()], start, m.end()))
    return sorted(found, key=lambda f: f.start)


def _sentence_start(text: str, at: int) -> bool:
    """A capital here says nothing (after a colon it may: "ad: Kiwi Kombucha, zero sugar")."""
    return at == 0 or bool(re.search(r"[.!?]\s*$", text[:at]))


def _trim(f: Fact) -> Fact:
    """A name without the known words around it ("TikTok Sprout" → "Sprout")."""
    words = list(re.finditer(r"[^\s,.]+(?:\.\d+)*", f.text))
    while (
        words and words[0].group().lower() in KNOWN and not (len(words) > 1 and words[0].group() in ARTICLES)
    ):
        words.pop(0)
    while words and words[-1].group().lower() in KNOWN:
        words.pop()
    if not words:
        return Fact(f.role, "", f.start, f.start)
    a, b = words[0].start(), words[-1].end()
    b -= 2 if f.text[a:b].endswith(("'s", "’s")) else 0  # "Green Leaf Yoga's new class"
    return Fact(f.role, f.text[a:b], f.start + a, f.start + b)


ADDRESS = re.compile(
    r"(?<![\w])(?:[A-ZÄÖÜ][\w-]*(?:straße|strasse|str\.|platz|allee|gasse|damm|ufer)(?:\s+\d+\w?)?"
    r"|[A-ZÄÖÜ][\w-]*(?:weg|ring)\s+\d+\w?"
    r"|\d+\s+[A-Z]\w+(?:\s+[A-Z]\w+)?\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive)"
    r"|(?:[Cc]alle|[Aa]venida|[Pp]laza|[Pp]aseo)\s+(?:de\s+(?:la\s+)?)?[A-ZÁÉÍÓÚÑ]\w+(?:\s+\d+)?)"
)


def find_places(text: str, taken: list[Fact], is_business: Callable[[str], bool]) -> list[Fact]:
    """Places after "in/at/en/im…"; a capitalised phrase naming a business ("at Daily Grind Coffee") is
    a name, not a place."""
    out: list[Fact] = []
    for m in PLACE.finditer(text):
        f = fact("place", m, "p")
        first = f.text.split()[0].lower()
        last = f.text.split()[-1].lower().strip(".")
        if (
            (first in KNOWN and first not in REGIONS)
            or last in COMPANY
            or is_business(f.text)
            or any(overlaps(f, t) for t in [*taken, *out])
        ):
            continue
        out.append(f)
    for m in ADDRESS.finditer(text):  # "Hauptstraße 12", "221 Baker Street", "Calle Mayor 5"
        f = fact("place", m)
        if not any(overlaps(f, t) for t in taken):
            out = [p for p in out if not overlaps(p, f)] + [f]
    return sorted(out, key=lambda f: f.start)
