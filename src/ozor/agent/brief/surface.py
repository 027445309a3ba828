"""The unambiguous facts, read first: quoted titles, decades, length, aspect, links, prices, offers,
times, days and colours. Their spans are blanked out before anything fuzzier reads the prompt.
"""

from __future__ import annotations

from dataclasses import dataclass

from ozor.agent.brief import dates, duration, entities, money, style
from ozor.agent.brief.content import mask
from ozor.agent.brief.model import Aspect, Clock, Colour, Fact, Price, When
from ozor.agent.brief.text import overlaps


@dataclass(frozen=True, slots=True)
class Surface:
    quoted: list[Fact]
    decades: list[tuple[Fact, str]]
    length: tuple[float, Fact] | None
    aspect: tuple[Aspect, Fact] | None
    aspect_mentions: list[Fact]  # every platform or format word ("vertical for stories"), all consumed
    links: list[Fact]
    prices: list[Price]
    offers: list[Fact]
    times: list[Clock]
    days: list[When]
    colours: list[Colour]

    def consumed(self) -> list[Fact]:
        """What no later finder may read again (colours stay readable: "18k gold rings" is a product)."""
        out = [*self.quoted, *self.links, *self.offers, *self.aspect_mentions]
        out += [p.fact for p in self.prices] + [t.fact for t in self.times] + [d.fact for d in self.days]
        out += [d for d, _ in self.decades] + ([self.length[1]] if self.length else [])
        return out


def read_surface(text: str) -> Surface:
    quoted = entities.find_quoted(text)
    plain = mask(text, quoted)  # "'Ventas en TikTok'" is a title, not a request for 9:16
    decades = duration.find_decades(plain)
    links = entities.find_links(text)
    prices = [p for p in money.find_prices(plain) if not any(overlaps(p.fact, x) for x in links)]
    times = [t for t in dates.find_times(plain) if not any(overlaps(t.fact, p.fact) for p in prices)]
    return Surface(
        quoted=quoted,
        decades=decades,
        length=duration.find_length(plain, [d for d, _ in decades]),
        aspect=duration.find_aspect(plain),
        aspect_mentions=duration.aspect_mentions(plain),
        links=links,
        prices=prices,
        offers=money.find_offers(plain),
        times=times,
        days=[d for d in dates.find_dates(plain) if not any(overlaps(d.fact, t.fact) for t in times)],
        colours=style.find_colours(plain),
    )
