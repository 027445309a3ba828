"""The typed brief: what a prompt asks for, each fact kept with the exact words the user wrote.

Every fact carries its surface text and span in `Brief.prompt`, so a later stage can check that it
reaches the screen or the narration (issue #11: facts in the prompt must not be dropped). The closed
vocabularies (Kind, Look, Language…) live in knowledge.vocab and are re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ozor.agent.knowledge.vocab import KINDS as KINDS
from ozor.agent.knowledge.vocab import LOOKS as LOOKS
from ozor.agent.knowledge.vocab import MOODS as MOODS
from ozor.agent.knowledge.vocab import Aspect as Aspect
from ozor.agent.knowledge.vocab import Kind as Kind
from ozor.agent.knowledge.vocab import Language as Language
from ozor.agent.knowledge.vocab import Look as Look
from ozor.agent.knowledge.vocab import Mood as Mood
from ozor.agent.knowledge.vocab import Role as Role


@dataclass(frozen=True, slots=True)
class Fact:
    """A phrase of the prompt that means something: its role, its exact text and where it is."""

    role: Role
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as written ("3 bedroom", "40%", "3x", "24/7", "5-10 minutes", "three"), and its value."""

    fact: Fact
    value: float
    upper: float | None = None  # the top of a range ("5-10")
    unit: str | None = None  # "%", "x", "bedroom", "hours", "/7" …


@dataclass(frozen=True, slots=True)
class Price:
    """An amount of money ("$650,000", "€19.99", "19 euros"), with its ISO currency."""

    fact: Fact
    amount: float
    currency: str


@dataclass(frozen=True, slots=True)
class When:
    """A day ("Saturday", "March 3rd", "next Friday", "el sábado", "am 5. Mai"): what is known of it."""

    fact: Fact
    weekday: int | None = None  # Monday = 0
    day: int | None = None
    month: int | None = None
    year: int | None = None
    relative: str | None = None  # "next", "this", "tomorrow", "tonight", "weekend"


@dataclass(frozen=True, slots=True)
class Clock:
    """A time of day ("9am", "18:30", "a las 9"), 24-hour."""

    fact: Fact
    hour: int
    minute: int = 0


@dataclass(frozen=True, slots=True)
class Colour:
    """A colour the prompt names, with the role the sentence gives it."""

    fact: Fact
    hex: str
    role: Literal["background", "accent", "text", "any"] = "any"


@dataclass(frozen=True, slots=True)
class Brief:
    """Everything the prompt says, typed; None or empty where it says nothing (defaults: the director's)."""

    prompt: str
    language: Language
    kind: Kind
    kind_stated: bool  # False when the kind is a guess from the subject
    subject: Fact | None
    category: str  # an id of knowledge.categories ("bakery", "real_estate", "generic")
    names: tuple[Fact, ...] = ()
    quotes: tuple[Fact, ...] = ()  # quoted sentences: a testimonial's words, a slogan
    features: tuple[Fact, ...] = ()
    points: tuple[Fact, ...] = ()  # an explainer's or tutorial's own points or steps, in order
    step_count: int | None = None  # "in 4 steps", "three key facts"
    topic: Fact | None = None  # an explainer's question: "how compound interest works"
    occasion: Fact | None = None  # what happens: "grand opening", "open house", "Black Friday sale"
    quantities: tuple[Quantity, ...] = ()
    prices: tuple[Price, ...] = ()
    offers: tuple[Fact, ...] = ()  # "20% off", "free shipping", "2 for 1"
    dates: tuple[When, ...] = ()
    times: tuple[Clock, ...] = ()
    places: tuple[Fact, ...] = ()
    links: tuple[Fact, ...] = ()  # URLs, @handles, e-mail addresses, phone numbers
    audience: Fact | None = None
    cta: Fact | None = None
    looks: tuple[Look, ...] = ()  # style words mapped to looks, in order of mention
    style_words: tuple[Fact, ...] = ()  # the words themselves ("synthwave", "80s", "neon")
    decade: str | None = None  # "1980s" when the prompt names one (a style, never a duration)
    colours: tuple[Colour, ...] = ()
    seconds: float | None = None
    duration: Fact | None = None
    aspect: Aspect | None = None
    aspect_words: Fact | None = None
    mood: Mood | None = None
    voice: Fact | None = None  # "narrated by luna", "a deep male voice", "voz femenina"
    narration: bool = True
    music: bool = True
    wants_logo: bool = False

    @property
    def name(self) -> str | None:
        """The main name (product, brand, event or person), if the prompt gives one."""
        return self.names[0].text if self.names else None

    @property
    def look(self) -> Look | None:
        return self.looks[0] if self.looks else None

    def facts(self) -> tuple[Fact, ...]:
        """Every fact the video should carry, in prompt order: the checklist for the screen and narration."""
        singles = [self.subject, self.occasion, self.topic, self.audience, self.cta]
        found: list[Fact] = [f for f in singles if f is not None]
        found += [*self.names, *self.quotes, *self.features, *self.points]
        found += [*self.offers, *self.places, *self.links]
        found += [q.fact for q in self.quantities] + [p.fact for p in self.prices]
        found += [d.fact for d in self.dates] + [t.fact for t in self.times]
        return tuple(sorted(found, key=lambda f: (f.start, -f.end)))
