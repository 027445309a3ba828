"""Every scene template, by name."""

from __future__ import annotations

from typing import Final

from ozor.design.templates.base import SAFE, Template
from ozor.design.templates.copy import COPY
from ozor.design.templates.features import AGENDA, CHECKLIST, FEATURE, STEPS, TIMELINE, TRIO
from ozor.design.templates.media import CAPTION, PAGE, PERSON, PRODUCT, SPLIT
from ozor.design.templates.numbers import BEFORE_AFTER, CHART, PROGRESS, STAT, VERSUS
from ozor.design.templates.offers import COUNTDOWN, EVENT, LOCATION, OFFER, PRICE
from ozor.design.templates.titles import CTA, HERO, QUOTE, STATEMENT, STING

TEMPLATES: Final[dict[str, Template]] = {
    t.name: t
    for t in (
        HERO,
        STING,
        STATEMENT,
        FEATURE,
        TRIO,
        STAT,
        STEPS,
        BEFORE_AFTER,
        VERSUS,
        QUOTE,
        CHECKLIST,
        TIMELINE,
        PRODUCT,
        PRICE,
        EVENT,
        COUNTDOWN,
        CHART,
        PROGRESS,
        CAPTION,
        PAGE,
        AGENDA,
        PERSON,
        SPLIT,
        OFFER,
        LOCATION,
        CTA,
        COPY,
    )
}

__all__ = ["SAFE", "TEMPLATES", "Template"]
