"""create_scene's layouts as design templates: free-form copy by slot (kicker, headline, body, stat,
attribution, cta, image, icon) goes to the first template of its layout that holds all of it and
fits it, else to the `copy` template, which takes any mix (templates.designed); so a scene a director
writes freely is designed in the look like any other, and composes again on a new look or aspect.
"""

from __future__ import annotations

from typing import Any, Final

from ozor.scene.models import Scene, SceneLayout

COPY_SLOTS: Final = ("kicker", "headline", "body", "stat", "attribution", "cta", "image", "icon")
HERO: Final = ("hero", {"headline": "headline", "subline": "body", "kicker": "kicker", "icon": "icon"})
# The templates that hold a layout's copy, best first: template slot ← copy slot.
HOLDERS: Final[dict[str, tuple[tuple[str, dict[str, str]], ...]]] = {
    "title": (HERO,),
    "statement": (
        ("statement", {"statement": "headline", "attribution": "attribution"}),
        ("feature", {"icon": "icon", "headline": "headline", "body": "body", "kicker": "kicker"}),
        HERO,
    ),
    "split": (("split", {"image": "image", "headline": "headline", "body": "body", "kicker": "kicker"}),),
    "media": (("caption", {"image": "image", "title": "headline", "subtitle": "body"}),),
    "stat": (("stat", {"value": "stat", "headline": "headline", "body": "body"}),),
    "quote": (("quote", {"quote": "headline", "name": "attribution", "role": "body"}),),
    "cta": (("cta", {"headline": "headline", "button": "cta", "icon": "icon"}),),
}
ANY: Final = ("copy", {k: k for k in COPY_SLOTS})


def names(scene: Scene) -> dict[str, str]:
    """A scene composed for a layout: its template's slot → the copy slot it holds (whose name its
    element carries, so a created scene's headline is `headline` whatever template designs it)."""
    if scene.template is None or scene.layout is None:
        return {}
    return next((slots for name, slots in candidates(scene.layout) if name == scene.template.name), {})


def candidates(layout: SceneLayout) -> tuple[tuple[str, dict[str, str]], ...]:
    return (*HOLDERS[layout], ANY)


def copy_of(scene: Scene) -> dict[str, str] | None:
    """The copy by slot of a scene composed for a layout (None for one composed from a template)."""
    slots = names(scene)
    if not slots:
        return None
    assert scene.template is not None
    given: dict[str, Any] = scene.template.slots
    return {c: str(given[t]) for t, c in slots.items() if t in given}
