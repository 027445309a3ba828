"""Template tools: a scene composed from a design template and its slots, and the video's look.

A templated scene keeps its template and slots (Scene.template), so a new look, a new aspect or new
copy composes it again from the same slots instead of patching elements one by one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from pydantic import ConfigDict, Field, JsonValue

from ozor.agent.tools.base import Args, Env, Hex, SceneNo, current_voice, need, next_scene_id, tool, when
from ozor.agent.tools.layouts import candidates, names
from ozor.agent.voices import Voice
from ozor.design import LOOK_NAMES, TEMPLATES, Look, Slot, compose, look
from ozor.design.colors import mix, on, readable
from ozor.design.slots import NUMBER
from ozor.errors import BadRequest
from ozor.icons import catalog
from ozor.scene import edit
from ozor.scene.color import contrast
from ozor.scene.fonts import LookName
from ozor.scene.models import Narration, Project, Scene, SceneLayout, SceneTemplate, TemplateEdits

DEFAULT_LOOK: LookName = "minimalist"
FALLBACK_ICON = "sparkles"
# The voice a look speaks with when the director names none (VISUAL.md: a look is a system).
LOOK_VOICES: dict[str, Voice] = {
    "minimalist": "aria",
    "bold": "marcus",
    "luxury": "owen",
    "dark": "aria",
    "playful": "felix",
    "corporate": "marcus",
    "warm": "nova",
    "retro": "sky",
    "editorial": "owen",
    "calm": "luna",
}


def look_of(project: Project | None) -> Look:
    """The project's look (the default one until a look is chosen), its accent and background as the
    theme has them (colours the user named stay)."""
    if project is None:
        return look(DEFAULT_LOOK)
    base = look(str(project.theme.style) if project.theme.style in LOOK_NAMES else DEFAULT_LOOK)
    palette = project.theme.palette
    accent = None if palette.accent.upper() == base.colors.accent.upper() else palette.accent
    background = None if palette.background.upper() == base.colors.background.upper() else palette.background
    return styled(base.name, accent, background)


def styled(name: str, accent: str | None, background: str | None) -> Look:
    """A look with the user's accent and background: the other colours re-derived from the new ground
    so every text colour still reads at 4.5:1 (VISUAL.md: named colours win)."""
    chosen = look(name, accent=accent)
    if background is None:
        return chosen
    ground = background.upper()
    c = chosen.colors
    surface = mix(ground, on(ground), 0.08)
    grounds = [ground, surface]
    text = readable(c.text, grounds) if contrast(c.text, ground) >= 4.5 else readable(on(ground), grounds)
    colors = replace(
        c,
        background=ground,
        surface=surface,
        text=text,
        muted=readable(mix(text, ground, 0.3), grounds),
        accent=readable(c.accent, grounds),
        accent2=mix(c.accent, ground, 0.5),
        glow=mix(ground, c.accent, 0.2),
    )
    return replace(chosen, colors=colors)


def composed(
    template: str,
    slots: dict[str, Any],
    chosen: Look,
    aspect: Any,
    duration: float,
    sid: str,
    kept: Scene | None = None,
    held: Mapping[str, str] | None = None,
) -> Scene:
    """The template's scene, keeping what made it and, from `kept` (the scene it replaces), what was
    changed by hand; `held` renames slot elements (template slot → copy slot). BadRequest names the
    slot that does not fit."""
    try:
        scene = compose(template, slots, chosen, aspect, duration, seed=_seed(sid), scene_id=sid)
    except ValueError as e:
        raise BadRequest(str(e)) from None
    if held:  # a created scene's elements carry its copy slots' names (headline, body, cta)
        scene = scene.model_copy(
            update={"elements": [e.model_copy(update={"id": held.get(e.id, e.id)}) for e in scene.elements]}
        )
    edits = kept.template.edits if kept is not None and kept.template is not None else TemplateEdits()
    scene = scene.model_copy(update={"template": SceneTemplate(name=template, slots=slots, edits=edits)})
    return by_hand(scene, kept) if kept is not None else scene


def designed(
    layout: SceneLayout,
    copy: dict[str, str],
    look: Look,
    aspect: Any,
    duration: float,
    sid: str,
    kept: Scene | None = None,
) -> Scene:
    """The scene for free-form `copy` in `layout`: composed by the first template that holds every
    slot given and fits its copy (measured), else by `copy`; BadRequest says what does not fit."""
    error: BadRequest | None = None
    for name, slots in candidates(layout):
        if not set(copy) <= set(slots.values()):
            continue
        filled = with_icons(name, {t: copy[c] for t, c in slots.items() if c in copy})
        if any(s.required and s.name not in filled for s in TEMPLATES[name].slots):
            continue
        try:
            scene = composed(name, filled, look, aspect, duration, sid, kept, slots)
        except BadRequest as e:
            error = error or e
            continue
        return scene.model_copy(update={"layout": layout})
    raise error or BadRequest("a scene needs a headline (or a stat)")


def redesigned(project: Project, scene: Scene, layout: SceneLayout, copy: dict[str, str]) -> Project:
    """A created scene designed again for new copy or another layout, its hand edits, timing,
    narration and title kept."""
    fresh = designed(layout, copy, look_of(project), project.aspect, scene.duration, scene.id, scene)
    fresh = fresh.model_copy(update={"narration": scene.narration, "title": scene.title})
    return edit.with_scenes(project, [fresh if s.id == scene.id else s for s in project.scenes])


def by_hand(fresh: Scene, old: Scene) -> Scene:
    """`fresh` with the hand edits `old` kept: fields set by hand, elements added or removed by hand,
    a background chosen by hand (the values are old's own)."""
    assert fresh.template is not None
    edits = fresh.template.edits
    before = {e.id: e for e in old.elements}
    elements = []
    for e in fresh.elements:
        if e.id in edits.removed or e.id in edits.added:
            continue
        mine = before.get(e.id)
        fields = [f for f in edits.fields.get(e.id, []) if mine is not None and f in type(e).model_fields]
        if mine is not None and fields:
            e = e.model_copy(update={f: getattr(mine, f) for f in fields if f in type(mine).model_fields})
        elements.append(e)
    elements += [before[i] for i in edits.added if i in before]
    background = old.background if edits.background else fresh.background
    return fresh.model_copy(update={"elements": elements, "background": background})


def noted(
    scene: Scene,
    *,
    element: str | None = None,
    fields: tuple[str, ...] = (),
    added: str | None = None,
    removed: str | None = None,
    background: bool = False,
) -> Scene:
    """A composed scene that remembers a hand edit, so composing it again keeps it (other scenes come
    back as they are)."""
    if scene.template is None:
        return scene
    e = scene.template.edits
    kept = dict(e.fields)
    if element is not None and fields:
        kept[element] = sorted({*kept.get(element, []), *fields})  # type: ignore[list-item]
    adds, drops = list(e.added), list(e.removed)
    if added is not None and added not in adds:
        adds.append(added)
    if removed is not None:
        if removed in adds:
            adds.remove(removed)
        elif removed not in drops:
            drops.append(removed)
    edits = TemplateEdits(fields=kept, added=adds, removed=drops, background=e.background or background)
    return scene.model_copy(update={"template": scene.template.model_copy(update={"edits": edits})})


def recomposed(scene: Scene, chosen: Look, aspect: Any) -> Scene:
    """A composed scene designed again (new look or aspect), keeping its hand edits; its timing,
    narration, title and layout stay. A scene not composed from a template comes back as it is."""
    if scene.template is None:
        return scene
    fresh = composed(
        scene.template.name,
        dict(scene.template.slots),
        chosen,
        aspect,
        scene.duration,
        scene.id,
        scene,
        names(scene),
    )
    return fresh.model_copy(
        update={"narration": scene.narration, "title": scene.title, "layout": scene.layout}
    )


# What an edit's words for a slot are called in a template: "the headline" of a statement scene is its
# statement, "the CTA" of an end card its button.
SLOT_ALIASES = {
    "headline": ("statement", "quote", "name", "brand", "deal", "plan", "title"),
    "cta": ("button",),
    "body": ("subline", "subtitle", "tagline", "bio", "address"),
    "kicker": ("tagline", "label", "date", "until"),
    "attribution": ("by", "name", "role"),
}


def element_for(scene: Scene, element: str) -> str:
    """The element an edit names, as the scene's template calls it."""
    if scene.template is None or any(e.id == element for e in scene.elements):
        return element
    names = {s.name for s in TEMPLATES[scene.template.name].slots}
    return next((m for m in SLOT_ALIASES.get(element, ()) if m in names), element)


def with_text(project: Project, scene: Scene, slot: str, text: str) -> Project | None:
    """A templated scene composed again with one text slot changed, so the design fits the new copy
    (None when `slot` is not one of its text slots)."""
    if scene.template is None:
        return None
    slot = {c: t for t, c in names(scene).items()}.get(slot, slot)
    spec = {s.name: s for s in TEMPLATES[scene.template.name].slots}
    if slot not in spec or spec[slot].kind != "text":
        return None
    slots = {**scene.template.slots, slot: text}
    fresh = scene.model_copy(update={"template": scene.template.model_copy(update={"slots": slots})})
    new = recomposed(fresh, look_of(project), project.aspect)
    return edit.with_scenes(project, [new if s.id == scene.id else s for s in project.scenes])


def with_icons(template: str, slots: dict[str, Any]) -> dict[str, Any]:
    """Icon slots read as keywords: one the catalogue cannot place becomes the neutral sparkles, rather
    than a refusal over a word (a director cannot see the 1,900 icon names)."""
    out = dict(slots)
    for slot in TEMPLATES[template].slots:
        value = out.get(slot.name)
        if slot.kind == "icon" and isinstance(value, str) and value.strip():
            out[slot.name] = catalog.find(value.strip()) or FALLBACK_ICON
    return out


def _seed(scene_id: str) -> int:
    """A stable seed per scene, so motifs differ from scene to scene but not from run to run."""
    return sum(ord(c) * (i + 1) for i, c in enumerate(scene_id)) % 997


def catalogue() -> str:
    """The templates as the director's prompt lists them: what each is for, its slots and limits."""
    lines = ["## Templates (use_template)"]
    for t in TEMPLATES.values():
        low, high = t.duration
        lines.append(f"- `{t.name}` ({low:g}–{high:g} s): {t.description}")
        for slot in t.slots:
            limit = f", at most {slot.max_chars} characters" if slot.max_chars else ""
            items = f", {slot.min_items}–{slot.max_items} items" if slot.max_items else ""
            need = "required" if slot.required else "optional"
            lines.append(f"  - `{slot.name}` ({slot.kind}, {need}{limit}{items}): {slot.hint}")
    return "\n".join(lines) + "\n"


def template_names() -> str:
    return ", ".join(TEMPLATES)


def _slot_schema(slot: Slot) -> dict[str, Any]:
    """One slot's JSON Schema: its kind and limits (whether copy fits its box is measured, and a
    refusal says so)."""
    words: dict[str, Any] = {"type": "string", "minLength": 1, "pattern": r"\S"}
    if slot.kind == "text" and slot.choices:
        return {"enum": list(slot.choices), "description": slot.hint}
    if slot.kind == "text":
        return {**words, "maxLength": slot.max_chars or 200, "description": slot.hint}
    if slot.kind in ("icon", "image"):
        what = "an icon name or keyword" if slot.kind == "icon" else "the asset id of an attached image"
        return {**words, "description": f"{what}; {slot.hint}".rstrip("; ")}
    if slot.kind == "number":
        return {"anyOf": [{"type": "number"}, {**words, "pattern": NUMBER.pattern}], "description": slot.hint}
    item = (
        {**words, "maxLength": slot.max_chars or 200}
        if slot.kind == "list"
        else {
            "type": "object",
            "properties": {"label": {**words, "maxLength": 24}, "value": {"type": "number"}},
            "required": ["label", "value"],
            "additionalProperties": False,
        }
    )
    bounds = {"minItems": slot.min_items, **({"maxItems": slot.max_items} if slot.max_items else {})}
    return {"type": "array", "items": item, **bounds, "description": slot.hint}


def slots_schema(name: str) -> dict[str, Any]:
    slots = TEMPLATES[name].slots
    return {
        "type": "object",
        "title": name,
        "properties": {s.name: _slot_schema(s) for s in slots},
        "required": [s.name for s in slots if s.required],
        "additionalProperties": False,
    }


def _template_rules(schema: dict[str, Any]) -> None:
    """Each template's slots, stated: the slots object is one of the templates' slot sets, and the
    one that matches the template named."""
    props = schema["properties"]
    props["template"] = {"enum": list(TEMPLATES), "description": props["template"].get("description", "")}
    props["slots"] = {
        "anyOf": [slots_schema(n) for n in TEMPLATES],
        "description": props["slots"]["description"],
    }
    schema["allOf"] = [when("template", n, {"properties": {"slots": slots_schema(n)}}) for n in TEMPLATES]


class UseTemplate(Args):
    """Compose a scene from a design template: give the template's name and its slots (copy, icon
    keywords, numbers, lists); the template lays them out for the aspect, fits the copy and animates
    it in the video's look. `scene` is the scene to (re)compose; one past the last adds a scene.
    Templates and their slots are listed in the system prompt; a slot that does not fit is refused
    with the reason, and nothing changes."""

    model_config = ConfigDict(json_schema_extra=_template_rules)

    scene: SceneNo
    template: str = Field(
        min_length=1, max_length=60, description="a template name, e.g. hero, feature, stat"
    )
    slots: dict[str, JsonValue] = Field(description="slot name → value, as the template declares them")
    duration: float | None = Field(None, ge=0.5, le=600, description="seconds; default: the scene's or 4")
    narration: str | None = Field(None, max_length=600, description="voice-over for this scene")
    voice: Voice | None = Field(None, description="who reads it; default: the video's voice")
    title: str | None = Field(None, max_length=200, description="a short internal name, e.g. 'Hook'")


@tool(UseTemplate)
def use_template(project: Project | None, a: UseTemplate, env: Env) -> tuple[Project, str]:
    if a.template not in TEMPLATES:
        raise BadRequest(f"unknown template {a.template!r}: use one of {template_names()}")
    slots = with_icons(a.template, dict(a.slots))
    count = len(project.scenes) if project else 0
    if a.scene > count + 1:
        raise BadRequest(f"scene must be 1–{count + 1}: the video has {count} scenes")
    old = project.scenes[a.scene - 1] if project and a.scene <= count else None
    chosen = look_of(project)
    aspect = project.aspect if project else env.aspect
    duration = a.duration or (old.duration if old else 4.0)
    sid = old.id if old else next_scene_id(project)
    same = old is not None and old.template is not None and old.template.name == a.template
    scene = composed(a.template, slots, chosen, aspect, duration, sid, old if same else None)
    narration = old.narration if old else None
    if a.narration:
        voice = a.voice or (old.narration.voice if old and old.narration else None)
        voice = voice or current_voice(project) or LOOK_VOICES.get(chosen.name, "aria")
        narration = Narration(text=a.narration, voice=voice)
    scene = scene.model_copy(
        update={"narration": narration, "title": a.title or (old.title if old else a.template)}
    )
    if project is None:
        return Project(title=env.title, aspect=env.aspect, theme=chosen.theme, scenes=[scene]), (
            f"created scene 1 from {a.template}"
        )
    if old is None:
        return edit.insert_scene(project, scene, None), f"created scene {a.scene} from {a.template}"
    return edit.with_scenes(project, [scene if s.id == old.id else s for s in project.scenes]), (
        f"scene {a.scene} composed from {a.template}"
    )


class SetLook(Args):
    """Give the whole video a designed look (type, palette, motifs, motion, transitions, music mood):
    minimalist, bold, luxury, dark, playful, corporate, warm, retro, editorial or calm; `accent` and
    `background` are colours the user named (#RRGGBB or a name), kept readable. Templated scenes are
    composed again."""

    look: LookName
    accent: Hex | None = None
    background: Hex | None = Field(None, description="a background colour the user named")


@tool(SetLook)
def set_look(project: Project | None, a: SetLook, env: Env) -> tuple[Project, str]:
    p = need(project)
    chosen = styled(a.look, a.accent, a.background)
    scenes = [recomposed(s, chosen, p.aspect) for s in p.scenes]
    new = edit.replace(edit.with_scenes(p, scenes), theme=chosen.theme)
    named = [f"{k} {v}" for k, v in (("accent", a.accent), ("background", a.background)) if v]
    return new, f"look: {a.look}" + "".join(f", {x}" for x in named)
