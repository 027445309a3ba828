"""Which slot of each template plays the parts an edit names: headline, body, kicker and CTA.

A user says "change the headline of scene 2" whatever template scene 2 came from; the quote's
headline is its quote, the event card's is the event's name, the price card's CTA is its button.
"""

from __future__ import annotations

from ozor.design.templates import TEMPLATES

ROLES: dict[str, dict[str, str]] = {  # template → role (headline, body, kicker, cta) → slot
    "hero": {"headline": "headline", "body": "subline", "kicker": "kicker"},
    "sting": {"headline": "brand", "body": "tagline"},
    "statement": {"headline": "statement", "body": "attribution"},
    "feature": {"headline": "headline", "body": "body", "kicker": "kicker"},
    "trio": {"headline": "headline"},
    "stat": {"headline": "headline", "body": "body"},
    "steps": {"headline": "headline"},
    "before_after": {"headline": "headline"},
    "versus": {"headline": "headline"},
    "quote": {"headline": "quote", "body": "name"},
    "checklist": {"headline": "headline"},
    "timeline": {"headline": "headline"},
    "product": {"headline": "name", "body": "tagline"},
    "price": {"headline": "headline", "kicker": "plan", "cta": "button"},
    "event": {"headline": "name", "body": "place"},
    "countdown": {"headline": "headline"},
    "chart": {"headline": "headline", "body": "body"},
    "progress": {"headline": "headline", "body": "body"},
    "caption": {"headline": "title", "body": "subtitle"},
    "agenda": {"headline": "headline"},
    "person": {"headline": "name", "body": "bio"},
    "split": {"headline": "headline", "body": "body", "kicker": "kicker"},
    "offer": {"headline": "headline", "cta": "button"},
    "location": {"headline": "headline", "body": "address"},
    "cta": {"headline": "headline", "cta": "button"},
}


def slot_for(template: str, name: str) -> str | None:
    """The slot of `template` that `name` means: a role ("headline", "cta"…) or a slot's own name."""
    if template not in TEMPLATES:
        return None
    if any(s.name == name for s in TEMPLATES[template].slots):
        return name
    return ROLES.get(template, {}).get(name)
