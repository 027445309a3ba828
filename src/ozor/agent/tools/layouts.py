"""create_scene's layouts, composed through the design templates: free-form copy by slot (kicker,
headline, body, stat, attribution, cta, image, icon) goes to the first template of its layout that
holds all of it and fits it, else to the `copy` template, which takes any mix; so a scene a director
writes freely is designed in the look like any other, and composes again on a new look or aspect.
"""

from __future__ import annotations

from typing import Any, Final

from ozor.agent.tools.templates import composed, with_icons
from ozor.design import TEMPLATES, Look
from ozor.errors import BadRequest
from ozor.scene.models import Aspect, Scene, SceneLayout

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


def designed(
    layout: SceneLayout,
    copy: dict[str, str],
    look: Look,
    aspect: Aspect,
    duration: float,
    sid: str,
    kept: Scene | None = None,
) -> Scene:
    """The scene for `copy` in `layout`: composed by the first template that holds every slot given
    and fits its copy (measured), else by `copy`; BadRequest says what does not fit even there."""
    error: BadRequest | None = None
    for name, slots in (*HOLDERS[layout], ANY):
        if not set(copy) <= set(slots.values()):
            continue
        filled = with_icons(name, {t: copy[c] for t, c in slots.items() if c in copy})
        if any(s.required and s.name not in filled for s in TEMPLATES[name].slots):
            continue
        try:
            scene = composed(name, filled, look, aspect, duration, sid, kept)
        except BadRequest as e:
            error = error or e
            continue
        return scene.model_copy(update={"layout": layout})
    raise error or BadRequest("a scene needs a headline (or a stat)")


def copy_of(scene: Scene) -> dict[str, str] | None:
    """The copy by slot of a scene composed for a layout (None for one composed from a template)."""
    if scene.template is None or scene.layout is None:
        return None
    for name, slots in (*HOLDERS[scene.layout], ANY):
        if name == scene.template.name:
            given: dict[str, Any] = scene.template.slots
            return {c: str(given[t]) for t, c in slots.items() if t in given}
    return None
