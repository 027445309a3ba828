"""Brief → beats: the story a video of the brief's kind tells, each beat a design template with its
slots filled from the prompt's own facts, and the category's knowledge only where the prompt is silent.

A beat also carries what the narrator says (the facts in the prompt's own words, so what the user
wrote is heard even where the screen shows it as a counter or an icon) and the facts it carries, so
the timeline can see which facts a shortened video would drop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ozor.agent.brief.model import Brief, Fact, Price, Quantity
from ozor.agent.knowledge.categories import Category
from ozor.agent.storyboard import lines as say
from ozor.agent.storyboard.lines import cap, sentence
from ozor.agent.storyboard.slots import icon_for
from ozor.agent.storyboard.templates import T

EXPLAINS = ("explainer", "tutorial")
HOOK_LINES = {"hiring": "hiring_hook", "comparison": "compare_hook", "recap": "recap_hook"}
DEAL = re.compile(
    r"[-–]?\d+(?:[.,]\d+)?\s?%|\d+\s?x\s?\d+|\d+\s?(?:for|por|für)\s?\d+|[$€£]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?[$€£]",
    re.I,
)
TRAILING = re.compile(r"(?:\s+(?:at|on|via|in|en|a|al|auf|unter|bei|an|per))+\s*[,:;–-]?\s*$", re.I)
UNTIL = re.compile(
    r"\b(?:ends?|ending|until|till|through|thru|hasta|termina|bis|endet|only|solo|nur)\s+"
    r"(?:on\s+|el\s+|la\s+|am\s+|zum\s+)?$",
    re.I,
)
CALLED = re.compile(r"\s+(?:called|named|llamad[oa]|de nombre|namens|genannt)\b.*$", re.I)
YEAR = re.compile(r"^(?:19|20)\d\d$")
CURRENCY = {
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "CAD": "CA$",
    "AUD": "A$",
    "MXN": "MX$",
    "CHF": "CHF",
    "JPY": "¥",
}
MAX_PER_SCENE = 4  # features or points one list or grid holds
# A greeting's wish as the prompt words it: the end card says it back.
WISH = re.compile(
    r"(?<![\w])(?:happy (?:birthday|new year|holidays|easter|anniversary|hanukkah|diwali|thanksgiving|"
    r"mother's day|father's day|valentine's day)|merry christmas|season'?s greetings|thank you|thanks|"
    r"welcome|congratulations|congrats|feliz (?:cumpleaños|navidad|año nuevo|aniversario|día de la madre|"
    r"día del padre)|felices fiestas|muchas gracias|gracias|bienvenid[oa]s?|enhorabuena|felicidades|"
    r"alles gute(?: zum (?:geburtstag|muttertag|vatertag|jubiläum))?|frohe (?:weihnachten|ostern|festtage)|"
    r"frohes (?:neues jahr|fest)|herzlichen glückwunsch(?: zum geburtstag)?|vielen dank|dankeschön|danke|"
    r"willkommen)(?![\w])",
    re.I,
)
QUESTION = re.compile(r"^(?:how|what|why|where|when|cómo|qué|por qué|dónde|cuándo)\b", re.I)
MAX_TAKEAWAY = 40  # the end card's headline
MAX_UNIT = 16  # the countdown template's unit line
TICKETS = re.compile(r"\b(?:tickets?|entradas?|boletos?|karten|eintrittskarten)\b", re.I)


@dataclass
class Beat:
    template: str
    slots: dict[str, Any]
    say: list[str]  # spoken sentences, most important first (the timeline may drop from the end)
    facts: tuple[Fact, ...] = ()
    weight: float = 1.0  # share of the middle's time
    filler: bool = False  # category copy, not the prompt's: the first to go when time is short
    role: str = "body"  # "hook", "body", "cta"
    notes: list[str] = field(default_factory=list)  # for the reply


@dataclass(frozen=True)
class Story:
    brief: Brief
    category: Category
    name: str  # what the video is about, as the viewer reads it
    subject: str
    spare: list[str] = field(default_factory=list)  # category benefits no beat has used yet

    def benefit(self) -> str:
        """The next of the category's benefits, for a slot the prompt leaves open (round and round)."""
        self.spare.append(self.spare.pop(0))
        return self.spare[-1]

    def button(self) -> str:
        """The call to action the prompt gives (without its address), else the category's; a recap
        looks back, so it ends on a goodbye rather than the category's "RSVP now"."""
        b = self.brief
        if b.cta:
            return button_text(b.cta.text, [x.text for x in b.links])
        if b.kind == "recap":
            return say.line(b.language, "recap_button")
        if TICKETS.search(b.prompt):  # tickets are sold: the ask is to get one, whatever the occasion
            return say.line(b.language, "tickets_button")
        return self.category.cta[b.language]

    @property
    def lang(self) -> Any:
        return self.brief.language


def story_of(brief: Brief, category: Category) -> Story:
    subject = brief.subject.text if brief.subject else ""
    topic = brief.topic.text if brief.topic else ""
    name = brief.name or subject or topic or (brief.occasion.text if brief.occasion else "")
    name = name or " vs ".join(f.text for f in brief.features[:2]) or brief.facts()[0].text
    return Story(
        brief, category, cap(name), subject or topic or name, list(category.benefits[brief.language])
    )


# --- the beats --------------------------------------------------------------------------------
def hook(s: Story) -> Beat:
    """The opening: what it is, by name, with the kind or the audience as a label."""
    b, lang = s.brief, s.lang
    facts: list[Fact] = [f for f in (b.names[:1] or [b.subject]) if f is not None]
    label = say.kind_label(lang, b.kind)
    if b.audience:
        label = say.line(lang, "kicker_for", audience=b.audience.text)
        facts.append(b.audience)
    sub = ""
    what = CALLED.sub("", b.subject.text) if b.subject else ""  # "cafetería llamada Café Luna" → cafetería
    if b.name and b.subject and what.lower() not in b.name.lower():
        sub = cap(what)
        facts.append(b.subject)
    elif b.occasion and b.kind not in ("event", "countdown") and b.occasion.text.lower() != s.name.lower():
        sub = cap(b.occasion.text)
        facts.append(b.occasion)
    if b.name and b.subject:
        spoken = [say.line(lang, "meet_named", name=b.name, subject=what)]
    elif b.kind in ("event", "countdown"):
        spoken = [say.line(lang, "join_the", what=s.subject) + "."]
    elif b.kind in ("sale", "announcement", "teaser"):
        spoken = [say.line(lang, "here", subject=s.subject)]
    elif b.kind in HOOK_LINES:
        spoken = [say.line(lang, HOOK_LINES[b.kind], name=s.name, what=s.subject)]
    else:
        spoken = [say.line(lang, "meet", subject=s.subject)]
    if b.audience:
        spoken.append(say.line(lang, "for_audience", audience=b.audience.text))
    slots = {"headline": s.name, "kicker": label, "subhead": sub, "icon": s.category.icons[0]}
    return Beat(T.HERO, slots, spoken, tuple(facts), role="hook")


def explainer_hook(s: Story) -> Beat:
    b, lang = s.brief, s.lang
    topic = b.topic.text if b.topic else s.subject
    facts = [f for f in (b.topic or b.subject, b.audience) if f is not None]
    label = (
        say.line(lang, "kicker_for", audience=b.audience.text) if b.audience else say.kind_label(lang, b.kind)
    )
    spoken = [sentence(topic)]
    if b.audience:
        spoken.append(say.line(lang, "for_audience", audience=b.audience.text))
    slots = {"headline": cap(topic), "kicker": label, "icon": icon_for(s.subject, s.category, 0)}
    return Beat(T.HERO, slots, spoken, tuple(facts), role="hook")


def feature_beats(s: Story, features: list[Fact], per_scene: bool) -> list[Beat]:
    """The prompt's own features: one scene each when there is time, else a grid of up to four."""
    lang = s.lang
    if not features:
        return []
    if per_scene or len(features) == 1:
        return [
            Beat(
                T.FEATURE,
                {
                    "headline": cap(f.text),
                    "kicker": s.name,
                    "icon": icon_for(f.text, s.category, i),
                    "body": s.benefit(),
                },
                [sentence(f.text)],
                (f,),
            )
            for i, f in enumerate(features)
        ]
    out = []
    for start in range(0, len(features), MAX_PER_SCENE):
        chunk = features[start : start + MAX_PER_SCENE]
        out.append(
            Beat(
                T.GRID,
                {
                    "headline": s.name,
                    "items": [cap(f.text) for f in chunk],
                    "icons": [icon_for(f.text, s.category, i) for i, f in enumerate(chunk)],
                    "icon": s.category.icons[0],
                },
                [sentence(say.joined(lang, [f.text for f in chunk]))],
                tuple(chunk),
                weight=1.0 + 0.3 * len(chunk),
            )
        )
    return out


def benefit_beat(s: Story, room: int) -> Beat | None:
    """What the category is sold on, when the prompt names no features (its copy, never invented
    facts): three at once, as icon cards."""
    lang = s.lang
    benefits = list(s.category.benefits[lang])[: max(0, room)]
    if len(benefits) < 2:
        return None
    spoken = [sentence(say.joined(lang, say.continued(lang, benefits)))]
    slots = {
        "headline": s.name,
        "items": benefits,
        "icons": [s.category.icons[i % len(s.category.icons)] for i in range(len(benefits))],
        "icon": s.category.icons[0],
    }
    return Beat(T.GRID, slots, spoken, (), weight=1.4, filler=True)


def statement_beats(s: Story, used: set[str], count: int) -> list[Beat]:
    """Up to `count` of the category's benefits no scene shows yet, each a kinetic line of its own:
    for a video whose facts leave time over."""
    lang = s.lang
    fresh = [x for x in s.category.benefits[lang] if x.lower() not in used][:count]
    return [
        Beat(T.STATEMENT, {"statement": x, "attribution": s.name}, [sentence(x)], (), filler=True)
        for x in fresh
    ]


def number_beats(s: Story, quantities: list[Quantity], covered: list[Fact]) -> list[Beat]:
    """Numbers the prompt gives and no feature already says: counters that count up."""
    out = []
    for q in quantities:
        year = YEAR.match(f"{q.value:g}") and q.fact.text.startswith(f"{q.value:g}")
        if any(c.start <= q.fact.start and q.fact.end <= c.end for c in covered) or year:
            continue  # already said, or a year ("2024" counting up from 0 reads as a number of things)
        label = context_label(s, q.fact)
        slots = {"value": number_text(q), "label": label or cap(q.fact.text), "kicker": s.name}
        out.append(Beat(T.STAT, slots, [say.line(s.lang, "number_say", text=cap(q.fact.text))], (q.fact,)))
    return out


def price_beat(s: Story, prices: list[Price], features: list[Fact]) -> Beat | None:
    """The price as a card that counts up: the plan, what is included, the button; a second price
    is what it was."""
    if not prices:
        return None
    lang = s.lang
    now = prices[0]
    included = [cap(f.text) for f in features[:4]] or list(s.category.benefits[lang][:3])
    slots: dict[str, Any] = {
        "plan": s.name,
        "headline": s.name,
        "price": money_text(now, lang),
        "features": included,
        "button": s.button(),
    }
    facts = [now.fact]
    spoken = [sentence(now.fact.text)]
    if len(prices) > 1:
        was = prices[1]
        slots["was"] = say.line(lang, "was", price=was.fact.text)
        facts.append(was.fact)
        spoken = [say.line(lang, "price_was_say", price=now.fact.text, was=was.fact.text)]
        for extra in prices[2:]:
            spoken.append(sentence(extra.fact.text))
            facts.append(extra.fact)
    return Beat(T.PRICE, slots, spoken, tuple(facts), weight=1.3)


def ends(brief: Brief) -> Fact | None:
    """The date an offer runs until ("ends Sunday", "hasta el domingo", "nur bis Freitag"), if any."""
    for d in brief.dates:
        if UNTIL.search(brief.prompt[: d.fact.start]):
            return d.fact
    return None


def offer_beats(s: Story, offers: list[Fact]) -> list[Beat]:
    """An offer ("20% off", "free delivery") is the loudest line of its scene: a badge with the deal."""
    b, lang = s.brief, s.lang
    date = ends(b)
    until = say.line(lang, "until", date=date.text) if date else ""
    button = s.button()
    out = []
    for i, o in enumerate(offers):
        lasts = date is not None and i == 0  # the first offer says until when
        deal = DEAL.search(o.text)
        slots = {
            "headline": cap(o.text),
            "kicker": s.name,
            "deal": deal.group(0).replace(" ", "") if deal else "",
            "button": button,
            "until": cap(until) if lasts else "",
        }
        if deal and len(o.text) <= len(deal.group(0)) + 5:  # "20% off" says no more than its badge
            slots["headline"] = s.name
        spoken = sentence(f"{o.text}, {until}" if lasts else o.text)
        carried = (o, date) if lasts and date else (o,)
        out.append(Beat(T.OFFER, slots, [spoken], carried, weight=1.2))
    return out


def when_beat(s: Story, named: bool = True) -> Beat | None:
    """When and where, as an event card: the date, the time and the place, each in its own slot; the
    narration names the occasion unless the scene before did (`named`)."""
    b, lang = s.brief, s.lang
    if not (b.dates or b.times or b.places):
        return None
    what = b.occasion.text if b.occasion else s.name
    facts: list[Fact] = [d.fact for d in b.dates] + [t.fact for t in b.times] + list(b.places)
    if b.occasion:
        facts.append(b.occasion)
    date = " · ".join(cap(d.fact.text) for d in b.dates)
    time = " · ".join(t.fact.text for t in b.times)
    place = " · ".join(p.text for p in b.places)
    spoken = say.line(
        lang,
        "when_say",
        what=""
        if not named
        else say.line(lang, "join" if what == b.name else "join_the", what=what)
        if b.kind in ("event", "countdown")
        else cap(what) + ",",
        date="".join(say.on_date(lang, d.fact.text) for d in b.dates[:1]),
        time="".join(say.at_time(lang, t.fact.text) for t in b.times[:1]),
        place="".join(say.in_place(lang, p.text) for p in b.places[:1]),
    )
    spoken = spoken if named else sentence(spoken)
    extra = [sentence(x.fact.text) for x in [*b.dates[1:], *b.times[1:]]] + [
        sentence(p.text) for p in b.places[1:]
    ]
    slots = {"headline": cap(what), "date": date, "time": time, "place": place}
    first = b.dates[0] if b.dates else None
    if first and first.day and first.month:
        slots.update(month=say.lines(lang, "months")[first.month - 1], day=str(first.day))
    if b.links:
        slots["link"] = b.links[0].text
    return Beat(T.EVENT, {k: v for k, v in slots.items() if v}, [spoken, *extra], tuple(facts), weight=1.3)


def countdown_beat(s: Story, role: str = "body", when: bool = True) -> Beat:
    """The number ticking down to the occasion; a short countdown opens on it (role "hook"), and
    says the date and time only when no event card follows (`when`) to say them."""
    b, lang = s.brief, s.lang
    what = b.occasion.text if b.occasion else s.name
    dates, times = (b.dates[:1], b.times[:1]) if when else ([], [])
    facts: list[Fact] = [f for f in (b.occasion,) if f is not None]
    facts += [d.fact for d in dates] + [t.fact for t in times]
    spoken = say.line(
        lang,
        "countdown_say",
        what=what,
        date="".join(say.on_date(lang, d.fact.text) for d in dates),
        time="".join(say.at_time(lang, t.fact.text) for t in times),
    )
    label = " · ".join([cap(d.fact.text) for d in b.dates[:1]] + [t.fact.text for t in b.times[:1]])
    slots: dict[str, Any] = {"headline": cap(what), "label": label or s.name}
    count = next((q for q in b.quantities if q.unit and say.is_time_unit(lang, q.unit)), None)
    if count:
        slots.update(count=f"{count.value:g}", unit=count.unit)
        facts.append(count.fact)
    else:  # no time left given: the ring counts down to zero, claiming no number the prompt did not say,
        # beside the day or hour it counts to when that fits the unit's line
        unit = label if label and len(label) <= MAX_UNIT else say.kind_label(lang, "countdown")
        slots.update(count="0", unit=unit)
    return Beat(T.COUNTDOWN, slots, [spoken], tuple(facts), weight=1.2, role=role)


def quote_beats(s: Story) -> list[Beat]:
    b, lang = s.brief, s.lang
    who = (
        b.names[1].text
        if len(b.names) > 1
        else (b.names[0].text if b.kind == "testimonial" and b.names else "")
    )
    out = []
    for q in b.quotes:
        text = q.text.strip("'\"“”„«» ")
        spoken = (
            say.line(lang, "quote_say", who=who, quote=text)
            if who
            else say.line(lang, "quote_say_anon", quote=text)
        )
        slots = {"quote": text, "author": who or s.name, "role": s.name if who and who != s.name else ""}
        out.append(Beat(T.QUOTE, slots, [spoken], (q,), weight=1.3))
    return out


def compare_beat(s: Story) -> Beat | None:
    b, lang = s.brief, s.lang
    sides = list(b.features[:2])
    if len(sides) < 2:
        return None
    values = [p.fact.text for p in b.prices[:2]]
    amounts = [money_text(p, lang) for p in b.prices[:2]]
    facts = [*sides, *(p.fact for p in b.prices[:2])]
    if len(values) == 2:
        spoken = say.line(
            lang, "compare_say", a=sides[0].text, b=sides[1].text, a_value=values[0], b_value=values[1]
        )
    else:
        spoken = say.line(lang, "compare_plain_say", a=cap(sides[0].text), b=sides[1].text)
    slots: dict[str, Any] = {"headline": s.name, "left": cap(sides[0].text), "right": cap(sides[1].text)}
    if len(values) == 2:
        slots.update(left_value=amounts[0], right_value=amounts[1])
    return Beat(T.COMPARE, slots, [spoken], tuple(facts), weight=1.5)


def point_beats(s: Story, per_scene: bool) -> list[Beat]:
    """An explainer's points or a tutorial's steps, in the prompt's order and words."""
    b, lang = s.brief, s.lang
    points = list(b.points)
    steps = b.kind == "tutorial"
    key = "steps_say" if steps else "point_say"
    if per_scene:
        return [
            Beat(
                T.FEATURE,
                {
                    "headline": cap(p.text),
                    "kicker": f"{i + 1}/{len(points)}",
                    "icon": icon_for(p.text, s.category, i),
                    "body": say.line(lang, "step_of" if steps else "point_of", n=i + 1, total=len(points)),
                },
                [sentence(say.line(lang, key, n=i + 1, text=p.text))],
                (p,),
            )
            for i, p in enumerate(points)
        ]
    title = say.line(lang, "steps_title" if steps else "points_title", n=len(points))
    out = []
    for start in range(0, len(points), MAX_PER_SCENE):
        chunk = points[start : start + MAX_PER_SCENE]
        spoken = [sentence(say.line(lang, key, n=start + i + 1, text=p.text)) for i, p in enumerate(chunk)]
        out.append(
            Beat(
                T.STEPS if steps else T.LIST,
                {"headline": title, "items": [cap(p.text) for p in chunk]},
                spoken,
                tuple(chunk),
                weight=1.0 + 0.5 * len(chunk),
            )
        )
    return out


def summary_beat(s: Story) -> Beat:
    """The points again, together: what to remember (VISUAL.md: explainer → summary → next action)."""
    lang = s.lang
    items = [cap(p.text) for p in s.brief.points]
    spoken = [
        sentence(say.line(lang, "summary_say", items=say.joined(lang, [p.text for p in s.brief.points])))
    ]
    slots = {"headline": say.line(lang, "summary"), "items": items, "icon": s.category.icons[0]}
    return Beat(T.LIST, slots, spoken, tuple(s.brief.points), weight=1.4)


def outline_beat(s: Story) -> Beat:
    """No points to explain and no model to find them: the outline, in the subject's own words."""
    b, lang = s.brief, s.lang
    subject = b.subject.text if b.subject else s.subject
    if b.kind == "tutorial":
        items = say.lines(lang, "outline_tutorial", n=b.step_count or 3)
        facts = [q.fact for q in b.quantities if q.unit and q.fact.text[:1].isdigit()][:1]
        title = cap(b.topic.text if b.topic else subject)
    else:
        audience = say.line(lang, "outline_for", audience=b.audience.text) if b.audience else ""
        items = say.lines(lang, "outline", subject=subject, for_audience=audience)
        facts = []
        title = cap(subject)
    spoken = [say.line(lang, "outline_say", items=say.joined(lang, [i.rstrip("?") for i in items]))]
    if facts:
        spoken.append(sentence(facts[0].text))
    return Beat(
        T.STEPS if b.kind == "tutorial" else T.LIST,
        {"headline": title, "items": items},
        spoken,
        tuple(facts),
        weight=2.0,
    )


def product_beat(s: Story, image: str) -> Beat:
    """The user's picture of the thing, framed, with its name."""
    b = s.brief
    tagline = cap(b.subject.text) if b.name and b.subject else ""
    slots = {"name": s.name, "image": image, "tagline": tagline, "headline": s.name}
    return Beat(T.PRODUCT, slots, [], (), weight=1.2)


def pictured(beat: Beat, image: str) -> Beat:
    """A feature told beside the user's picture instead of an icon."""
    return Beat(T.SPLIT, {**beat.slots, "image": image}, beat.say, beat.facts, beat.weight, beat.filler)


def cta_beat(s: Story, hook: Beat) -> Beat:
    """The end card, anchored on the hook's icon (the subject's own: a bakery ends on a cake); what it
    says follows the video's intent (`closing`)."""
    b, lang = s.brief, s.lang
    headline, button = closing(s)
    link = b.links[0].text if b.links else ""
    facts = [f for f in (b.cta, *b.links) if f is not None]
    if button:
        spoken = [
            say.line(
                lang, "cta_say", cta=cap(button), link=say.line(lang, "link_at", link=link) if link else ""
            )
        ]
    else:
        spoken = [sentence(headline)] + ([sentence(link)] if link else [])
    spoken += [sentence(x.text) for x in b.links[1:]]
    slots = {
        "headline": headline,
        "button": cap(button),
        "sub": link,
        "icon": hook.slots.get("icon") or s.category.icons[0],
    }
    return Beat(T.CTA, {k: v for k, v in slots.items() if v}, spoken, tuple(facts), role="cta")


def closing(s: Story) -> tuple[str, str]:
    """(headline, button) of the end card by what the video is for. A call to action the prompt gives
    is always kept; otherwise an explainer ends on its takeaway (with "learn more" only when the prompt
    gives a site to learn more at), a greeting ends on the wish itself, and everything that sells
    ends on the category's ask."""
    b, lang = s.brief, s.lang
    if b.cta or b.kind not in (*EXPLAINS, "greeting"):
        return s.name, s.button()
    if b.kind == "greeting":
        return wish(s), ""
    return takeaway(s), say.line(lang, "learn_more") if b.links else ""


def takeaway(s: Story) -> str:
    """An explainer's last line: "Now you know how compound interest works" (the topic when it reads
    as one line), a tutorial's "Now it's your turn"."""
    b, lang = s.brief, s.lang
    if b.kind == "tutorial":
        return say.line(lang, "takeaway_tutorial")
    topic = b.topic.text.strip(" ?¿") if b.topic else ""
    asked = QUESTION.match(topic)
    line = say.line(lang, "takeaway_topic", topic=topic[:1].lower() + topic[1:]) if asked else ""
    return line if line.strip() and len(line) <= MAX_TAKEAWAY else say.line(lang, "takeaway")


def wish(s: Story) -> str:
    """What a greeting wishes, in the prompt's words ("Happy birthday", "Gracias", "Frohe Weihnachten"),
    else the occasion's own wish."""
    b, lang = s.brief, s.lang
    if found := WISH.search(b.prompt):
        return cap(found.group(0))
    if s.category.id == "holiday_season":
        return s.category.cta[lang]  # "Happy holidays": the category's ask is a wish already
    return say.line(lang, "wish_birthday" if s.category.id == "birthday" else "wish")


# --- helpers ----------------------------------------------------------------------------------
def button_text(cta: str, links: list[str]) -> str:
    """A call to action as a button says it: without the address it points to ("jetzt bewerben auf
    pflege-nord.de" → "Jetzt bewerben"; the address has its own line)."""
    for link in links:
        cta = cta.replace(link, "")
    return cap(TRAILING.sub("", cta).strip(" ,:;-–")) or cap(cta)


def money_text(price: Price, language: str) -> str:
    """A price as the counter reads it: "$650,000", "19.99 €" (symbol before in English, after in
    Spanish and German)."""
    symbol = CURRENCY.get(price.currency, price.currency)
    amount = f"{price.amount:,.2f}" if price.amount != int(price.amount) else f"{price.amount:,.0f}"
    return f"{symbol}{amount}" if language == "en" and len(symbol) == 1 else f"{amount} {symbol}"


def number_text(q: Quantity) -> str:
    """The counter's value as it should read: "40%", "3x", "24/7" stays text for the counter's parser."""
    value = f"{q.value:g}"
    unit = q.unit or ""
    if unit in ("%", "x"):
        return f"{value}{unit}"
    return value


def context_label(s: Story, fact: Fact) -> str:
    """A counter's label: the fact's words after the number ("3 bedroom" → "bedroom")."""
    words = fact.text.split()
    rest = " ".join(words[1:]) if len(words) > 1 else ""
    return cap(rest.lstrip("-–")) if rest else ""
