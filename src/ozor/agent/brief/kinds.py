"""The kind of video a prompt asks for, in English, Spanish or German.

A specific kind ("explainer", "listing", "sale") beats the generic "ad"/"promo" wherever it appears:
"an ad for our summer sale" is a sale video. Among specific kinds the first named wins.
"""

from __future__ import annotations

import re

from ozor.agent.brief.model import Kind

KIND_WORDS: dict[Kind, str] = {
    "explainer": r"explainer|explain\w*|how\s+(?!to\b)[\w\s-]{2,40}?\s(?:works?|happens?|grows?|"
    r"helps?|affects?)\b|"
    r"what (?:is|are)\b|why\b[\w\s]+\b(?:is|are|matters?)\b|overview|introduction to|educational|"
    r"explicativo|explica\w*|cómo funciona|qué es|erklär\w*|wie\s+[\w\s-]{2,40}?\s?funktioniert|"
    r"was ist|einführung in",
    "tutorial": r"tutorial|how[\s-]to|step[\s-]by[\s-]step|walkthrough|guide|cómo\s+(?!funciona)\w+|"
    "paso a paso|"
    r"guía|anleitung|schritt für schritt|so gelingt|wie man",
    "teaser": r"teaser|trailer|sneak peek|coming soon|próximamente|avance|demnächst|bald erhältlich",
    "showcase": r"showcase|showcasing|presentando|presenta(?= el| la| los| las)|product video|product demo|"
    r"demo|spotlight|presentación de producto|"
    r"producto estrella|produktvideo|produktvorstellung|vorstellung",
    "sale": r"sale|black[\s-]friday|cyber[\s-]monday|clearance|rebajas|"
    r"liquidación|"
    r"ausverkauf|schlussverkauf|sonderangebot",
    "listing": r"listing|for sale|open house|property tour|home tour|se vende|en venta|"
    "jornada de puertas abiertas|"
    r"zu verkaufen|immobilienanzeige|exposé|besichtigung",
    "event": r"invitation|invite|invites|inviting|event|webinar|rsvp|save the date|join us|meetup|gala|"
    r"grand opening|opening|re-?opening|reapertura|wiedereröffnung|neueröffnung|festival|concert|"
    r"(?:sommer|stadt|straßen|oktober|wein|hof|dorf|firmen|sport|schul|vereins)fest|"
    r"conference|workshop|invitación|invita\w*|inauguración|"
    r"apertura|únete|einladung|lädt|eröffnung|veranstaltung|festival|konzert|konferenz",
    "hiring": r"hiring|recruit\w*|job opening|join our team|we're hiring|careers?|vacanc\w*|contratando|"
    r"buscamos|empleo|oferta de trabajo|únete a nuestro equipo|stellenanzeige|wir suchen|"
    r"wir stellen ein|jobangebot|karriere|jobvideo|azubis?|verstärkung|mitarbeiter gesucht",
    "announcement": r"announcement|announc\w*|launch\w*|introducing|unveil\w*|acquired|acquisition|release|"
    r"anunciamos|anunciar|anuncia que|lanzamiento|lanzamos|presentamos|ankündigung|wir launchen|"
    r"markteinführung|neu erschienen|stellen vor",
    "greeting": r"greetings?|welcome video|bienvenida|willkommen\w*|\w*gruß\w*|\w*grüße|saludos?|"
    r"happy birthday|merry christmas|happy new year|"
    r"happy holidays|season'?s greetings|"
    r"thank[- ]you(?: video)?|agradecimiento|gracias|danke\w*|felicitación|feliz cumpleaños|"
    r"feliz navidad|feliz año|felices fiestas|"
    r"glückwunsch|alles gute|frohe weihnachten|frohes neues|grußbotschaft",
    "comparison": r"comparison|compare[sd]?|versus|\bvs\.?|comparativa|comparación|vergleich\w*",
    "countdown": r"countdown|count(?:ing)? down|noch \d+ tage|faltan \d+ días|cuenta atrás|"
    r"cuenta regresiva",
    "intro": r"intro|channel opener|opener|introducción de canal|kanal-intro",
    "testimonial": r"testimonial|customer stor(?:y|ies)|case study|review video|testimonio|caso de éxito|"
    r"kundenstimme|erfahrungsbericht|referenz",
    "appeal": r"fundrais\w*|donat\w*|appeal|charity|awareness|nonprofit|non-profit|recaudación|"
    r"dona\w*|benéfic\w*|"
    r"campaña de concienciación|spenden\w*|spendenaufruf|wohltätig\w*",
    "recap": r"recap|highlights|year in review|wrap[- ]up|resumen|lo mejor de|rückblick|"
    r"jahresrückblick|highlights",
    "ad": r"ad|ads|advert\w*|commercial|promo|promotional|promot\w*|spot|reel|anuncio|publicidad|promoción|"
    r"comercial|werbung|werbe\w*|werbespot|spot",
}
GENERIC: tuple[Kind, ...] = ("ad",)
# What happens, in words the screen should repeat ("grand opening", "open house", "rebajas", "Eröffnung").
OCCASION = re.compile(
    r"(?<![\w-])(?:grand (?:re)?opening|re-?opening|opening (?:day|night|party)|open house|open day|"
    r"launch (?:party|event|day)|(?:black[\s-]friday|cyber[\s-]monday|summer|winter|spring|holiday|"
    r"end[- ]of[- ]season|"
    r"clearance|flash|anniversary|warehouse) sale|black[\s-]friday|cyber[\s-]monday|happy birthday|"
    r"merry christmas|new year's eve|christmas eve|nochevieja|nochebuena|silvester|heiligabend|"
    r"happy new year|happy holidays|season's greetings|christmas|new year|halloween|easter|valentine's day|"
    r"mother's day|father's day|navidad|año nuevo|san valentín|weihnachten|neujahr|ostern|muttertag|"
    r"webinar|workshop|masterclass|meetup|hackathon|gala|"
    r"fundraiser|tasting|premiere|conference|summit|festival|concert|wedding|anniversary|"
    r"gran inauguración|inauguración|reapertura|apertura|jornada de puertas abiertas|rebajas(?: de \w+)?|"
    r"lanzamiento|feliz cumpleaños|feliz navidad|felices fiestas|aniversario|taller|estreno|concierto|boda|"
    r"cata|neueröffnung|wiedereröffnung|eröffnung|tag der offenen tür|besichtigung|sommerschlussverkauf|"
    r"winterschlussverkauf|ausverkauf|frohe weihnachten|alles gute zum geburtstag|jubiläum|konzert|"
    r"hochzeit|verkostung|sale)(?![\w-])"
    r"|(?<![\w])[A-ZÄÖÜ][a-zäöüß]+(?:fest|feier|party|markt|messe|turnier|lauf)(?![\w-])"
    r"(?:(?-i:\s[A-ZÄÖÜ][a-zäöüß]+)(?![\w-]))?"
    r"|(?-i:(?:[A-Z][\w']+\s+){1,3})(?:sale|deals|sales event)(?![\w-])",
    re.IGNORECASE,
)
PATTERNS: dict[Kind, re.Pattern[str]] = {
    kind: re.compile(rf"(?<![\w])(?:{words})(?![\w])", re.IGNORECASE) for kind, words in KIND_WORDS.items()
}
# Kinds a category implies even when the prompt says "ad": a house for sale is a listing.
IMPLIED: tuple[Kind, ...] = ("listing", "appeal", "hiring")
# Kinds that give way to a more specific one named anywhere ("an announcement of our Black Friday sale").
LOW_PRIORITY: tuple[Kind, ...] = ("event", "sale", "appeal")
# Said outright, these win like any specific kind: "Invitación al lanzamiento del libro" is an invitation.
INVITED = re.compile(
    r"(?<![\w])(?:invitation|invite[sd]?|inviting|rsvp|save the date|invitación|invita\w*|"
    r"einladung|lädt \w+ ein)(?![\w])",
    re.IGNORECASE,
)
# Words of an offer decide the kind only when nothing else does ("20 % Rabatt auf alle Kopfhörer").
OFFERED = re.compile(
    r"(?<![\w])(?:discounts?|descuentos?|ofertas?|rabatt\w*|angebote?)(?![\w])", re.IGNORECASE
)


def find_kind(text: str) -> tuple[Kind, int] | None:
    """(kind, position) of the kind the prompt names; None when it names none."""
    hits: list[tuple[int, int, Kind]] = []
    for kind, pattern in PATTERNS.items():
        if m := pattern.search(text):
            rank = 2 if kind in GENERIC else 1 if kind in LOW_PRIORITY else 0
            hits.append((rank, m.start(), kind))
    if m := INVITED.search(text):
        hits.append((0, m.start(), "event"))
    if m := OFFERED.search(text):
        hits.append((3, m.start(), "sale"))
    if not hits:
        return None
    rank, start, kind = min(hits)
    return kind, start
