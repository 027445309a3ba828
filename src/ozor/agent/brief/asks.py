"""Who the video is for and what it asks them to do: "for teenagers", "para principiantes",
"für Anfänger"; "book now", "call to action: visit sprout.com", "reserva ya", "jetzt bestellen".
"""

from __future__ import annotations

import re

from ozor.agent.brief.model import Fact, Language
from ozor.agent.brief.text import fact, words_re
from ozor.agent.knowledge.matcher import find_categories

PEOPLE = (
    "teenagers teens kids children parents moms mums dads students beginners developers engineers founders "
    "owners seniors families professionals marketers designers homeowners runners gamers women men nurses "
    "teachers investors freelancers startups customers employees managers athletes travellers travelers "
    "buyers renters retirees millennials creators entrepreneurs shoppers cyclists musicians artists couples "
    "pet owners dog owners cat owners small businesses newcomers locals tourists fans members patients "
    "adults grandparents readers cooks bakers coders programmers hikers climbers surfers yogis caregivers "
    "adolescentes niños padres madres estudiantes principiantes desarrolladores emprendedores jóvenes "
    "familias profesionales mayores pacientes viajeros clientes mujeres hombres empresas pymes autónomos "
    "jugadores corredores propietarios inquilinos compradores vecinos "
    "jugendliche teenager kinder eltern studierende studenten anfänger anfängerinnen entwickler familien "
    "senioren gründer profis kunden frauen männer unternehmen selbstständige reisende läufer gamer "
    "hundebesitzer katzenbesitzer schüler azubis"
).split()
MULTI = (
    "pet owners",
    "dog owners",
    "cat owners",
    "small businesses",
    "small business owners",
    "dueños de mascotas",
    "amantes del café",
    "first-time buyers",
    "first-time home buyers",
)
HEADS = words_re([*PEOPLE, *MULTI])
AUDIENCE = re.compile(
    rf"\b(?:aimed at|targeting|targeted at|made for|designed for|geared towards?|dirigido a|dirigida a|"
    rf"pensado para|destinado a|für|for|para|invite|inviting|invita|invitamos a|lädt|laden)\s+"
    rf"(?:(?:our|all|nuestros|nuestras|a nuestros|a nuestras|unsere|alle)\s+)?"
    rf"(?P<a>(?:(?!(?:a|an|the|our|my|un|una|el|la|los|las|die|"
    rf"der|das|den|unsere?|for|para|für|with|con|mit|and|y|und|in|"
    rf"en)\b)[\w'-]+\s+){{0,3}}?(?:{HEADS})"
    r"(?:\s+(?:aged|ages?|under|over|de|von|unter|ab)\s+\d+(?:\s?[-–]\s?\d+|\s(?:a|bis|to)\s\d+)?"
    r"(?:\s+(?:years?(?: old)?|años|jahren?))?"
    r"|\s+(?:de|del|of)\s+(?!(?:a|an|the|la|el|los|las|un|una)\b)[^\W\d_][\w-]*"
    r"|\s+(?!(?:de|del|en|con|para|por|que|sobre)\b)[a-záéíóúñ]+(?:os|as|es)(?=[\s,.;:!?]|$))?)(?![\w])",
    re.IGNORECASE,
)
SUFFIXED = re.compile(
    r"\b(?:aimed at|targeting|targeted at|for)\s+(?P<a>(?:[a-z-]+\s+){0,2}"
    r"[a-z]+(?:ers|ists|ians|ents|ants))\b"
)
CTA_LABEL = re.compile(
    r"\b(?:call[\s-]to[\s-]action|cta|end(?:ing)? with|llamada a la acción|termina con|"
    r"handlungsaufforderung|endet mit|schluss mit)\s*(?:is|should be|:|es|ist)?\s*[:\"“'„]?\s*"
    r"(?P<c>[^\"”'.;!]{2,60})",
    re.IGNORECASE,
)
VERBS = (
    "book now|book a (?:table|class|tour|demo|call|visit|viewing)|order (?:now|online|today)|"
    "shop now|buy now|"
    "sign up(?: today| now| free)?|register(?: now| today)?|subscribe(?: now)?|download(?: the app| now)?|"
    "get (?:started|tickets|yours|in touch|the app)|try (?:it )?(?:free|for free|now)|apply(?: now| today)?|"
    "rsvp(?: now| today)?|donate(?: now| today)?|join (?:us|now|today|the waitlist)|learn more|"
    "visit (?:us|our (?:store|website|shop)|today)|call (?:us|now|today)|pre-?order(?: now| today)?|"
    "schedule a (?:viewing|demo|call|tour)|send (?:us )?your (?:cv|resume)|envía tu (?:cv|currículum)|"
    "schick uns deine bewerbung|reserve (?:now|your (?:spot|seat|table))|"
    "reserva(?: ya| ahora| tu \\w+)?|compra(?: ya| ahora)|regístrate(?: ya| ahora| gratis)?|"
    "descarga(?: la app)?|"
    "visítanos|pide(?: ya| ahora)|dona(?: ya| ahora)|suscríbete|inscríbete|únete|llama(?: ya| ahora)|"
    "jetzt (?:buchen|bestellen|kaufen|anmelden|spenden|bewerben|herunterladen|reservieren|testen|entdecken)|"
    "melde dich(?: jetzt)? an|besuche uns|bewirb dich(?: jetzt)?|ruf uns an"
)
# The verb and where to do it: "apply in store", "book at greenleafyoga.com", "pide cita al 954 123 456".
CTA_VERB = re.compile(
    rf"(?<![\w])(?:{VERBS})(?:\s+(?:at|on|in|via|online|en|al|auf|unter|im|bei)(?:\s+(?:[^\s,.;!?]|[.](?=\w))+){{1,3}}?"
    r"(?=[,.;!?]|$)|\s+(?:at|on|en|auf|unter)\s+\S+)?(?![\w])",
    re.IGNORECASE,
)
# Spanish and German name an audience as a bare plural after "para"/"für": "para propietarios de viviendas".
BARE = {
    "es": re.compile(
        r"\bpara\s+(?!(?:un|una|unos|unas|el|la|los|las|mi|mis|tu|su|sus|nuestr\w+|este|esta)\b)"
        r"(?P<a>[a-záéíóúñ]+(?:os|as|es)(?:\s+(?:de|del)\s+[a-záéíóúñ]+)?)\b"
    ),
    "de": re.compile(r"\bfür\s+(?:alle\s+)?(?P<a>[A-ZÄÖÜ][a-zäöüß]+(?:er|innen|ende|enden))\b"),
}


# Who a greeting is for: "for my mom", "para mi abuela", "für meine Mutter".
RECIPIENT = re.compile(
    r"\b(?:for|to|para|a|für|an)\s+(?P<a>(?:my|our|mi|mis|nuestra|nuestro|meine[nmr]?|unsere[nmr]?)\s+"
    r"(?:mom|mum|mother|dad|father|parents|wife|husband|partner|grandma|grandpa|grandmother|grandfather|"
    r"sister|brother|son|daughter|friend|best friend|boss|team|colleagues?|teacher|"
    r"madre|mamá|padre|papá|padres|esposa|esposo|abuela|abuelo|hermana|hermano|hija|hijo|amiga|amigo|jefe|"
    r"equipo|mutter|mama|vater|papa|eltern|frau|mann|oma|opa|schwester|bruder|tochter|sohn|freundin|freund|"
    r"chefin|chef|kollegen|kolleginnen))\b",
    re.IGNORECASE,
)


def find_audience(text: str, language: Language) -> Fact | None:
    """Who it is for: a known audience word, an "-ers" noun, or a bare plural that names no product
    ("für Hausbesitzer" is an audience, "für Kopfhörer" a product)."""
    if m := AUDIENCE.search(text) or RECIPIENT.search(text):
        return fact("audience", m, "a")
    for pattern in (SUFFIXED, BARE.get(language)):
        for m in pattern.finditer(text) if pattern else ():
            if not find_categories(m.group("a"), language):
                return fact("audience", m, "a")
    return None


def find_cta(text: str) -> Fact | None:
    if m := CTA_LABEL.search(text):
        return fact("cta", m, "c")
    if m := CTA_VERB.search(text):
        return fact("cta", m)
    return None
