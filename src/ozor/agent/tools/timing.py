"""Timing and sound tools: pacing, transitions, voice-over and music."""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field

from ozor.agent import pacing
from ozor.agent.tools.base import (
    Args,
    Env,
    SceneNo,
    at,
    current_voice,
    given,
    need,
    picked,
    scenes_word,
    tool,
    transition_of,
)
from ozor.agent.tools.templates import LOOK_VOICES, look_of
from ozor.agent.voices import Voice
from ozor.errors import BadRequest
from ozor.scene import edit
from ozor.scene.models import Mood, Narration, Project


class SetPacing(Args):
    """Change timing: the whole video's length (`total` seconds), one scene's length (`scene` +
    `duration`), or a speed factor for one scene or all (`factor` 0.8 = faster, 1.25 = slower)."""

    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [
                {"required": list(shape), "not": {"anyOf": [given(k) for k in others]}}
                for shape, others in (
                    (("total",), ("scene", "duration", "factor")),
                    (("scene", "duration"), ("total", "factor")),
                    (("scene", "factor"), ("total", "duration")),
                    (("factor",), ("total", "duration", "scene")),
                )
            ]
        }
    )

    total: float | None = Field(None, ge=1, le=600)
    scene: SceneNo | None = None
    duration: float | None = Field(None, ge=0.5, le=600)
    factor: float | None = Field(None, gt=0.1, le=10)


@tool(SetPacing)
def set_pacing(project: Project | None, a: SetPacing, env: Env) -> tuple[Project, str]:
    p = need(project)
    if a.total is not None and a.scene is None and a.duration is None and a.factor is None:
        scenes = pacing.fit_total(p, a.total)
    elif a.scene is not None and (a.duration is None) != (a.factor is None) and a.total is None:
        target = at(p, a.scene)
        seconds = a.duration if a.duration is not None else round(target.duration * (a.factor or 1), 2)
        scenes = [
            s.model_copy(update={"duration": max(0.5, seconds)}) if s.id == target.id else s for s in p.scenes
        ]
    elif a.factor is not None and a.scene is None and a.duration is None and a.total is None:
        scenes = pacing.scaled(p, a.factor)
    else:
        raise BadRequest("give either total, or scene with duration or factor, or factor alone")
    new = edit.with_scenes(p, pacing.within_limits(scenes))
    if new == p:
        raise BadRequest(f"the timing is already like that ({pacing.length_word(p)})")
    result = f"the video now lasts {pacing.length_word(new)}"
    short = pacing.short_scenes(new)
    if short:
        result += f"; too short to read comfortably: scene {', '.join(map(str, short))}"
    return new, result


class SetTransitions(Args):
    """Set the transition between scenes (for some scenes or all): cut, crossfade, slide or wipe.
    Use at most two kinds in one video."""

    kind: Literal["cut", "crossfade", "slide", "wipe"]
    duration: float | None = Field(None, ge=0.2, le=1.0, description="seconds; ignored for cuts")
    scenes: list[SceneNo] | None = Field(
        None, description="scene numbers (transition into the next); default: all"
    )


@tool(SetTransitions)
def set_transitions(project: Project | None, a: SetTransitions, env: Env) -> tuple[Project, str]:
    p = need(project)
    seconds = a.duration or look_of(p).transition_duration
    targets = picked(p, a.scenes)
    for scene in targets:
        p = edit.update_scene(p, scene.id, transition=transition_of(a.kind, seconds))
    return p, f"{a.kind} transitions on {scenes_word(len(targets), len(p.scenes))}"


class SetVoiceover(Args):
    """Set voice-over: `text` for one scene, a `voice` and/or a speaking `rate` for some scenes or all
    narrated scenes, or `enabled: false` to remove narration. Voices: aria (clear), nova (warm),
    felix (playful), marcus (neutral), thor (deep), luna (soft, calm), owen (steady), sky (light,
    neutral)."""

    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [
                {"required": ["enabled"], "properties": {"enabled": {"const": False}}},
                given("text"),
                given("voice"),
                given("rate"),
            ],
            "if": given("text"),
            "then": {"required": ["scenes"], "properties": {"scenes": {"minItems": 1, "maxItems": 1}}},
        }
    )

    scenes: list[SceneNo] | None = Field(None, description="scene numbers; default: every narrated scene")
    text: str | None = Field(None, min_length=1, max_length=600)
    voice: Voice | None = None
    rate: float | None = Field(None, ge=0.5, le=2.0, description="speaking rate: 1 normal, 0.85 slower")
    enabled: bool = True


@tool(SetVoiceover)
def set_voiceover(project: Project | None, a: SetVoiceover, env: Env) -> tuple[Project, str]:
    p = need(project)
    if not a.enabled:
        targets = [s for s in picked(p, a.scenes) if s.narration is not None]
        if not targets:
            raise BadRequest("there is no voice-over to remove")
        for scene in targets:
            p = edit.update_scene(p, scene.id, narration=None)
        return p, f"removed the voice-over from {scenes_word(len(targets), len(p.scenes))}"
    if a.text is None and a.voice is None and a.rate is None:
        raise BadRequest("give the text for a scene, a voice or a rate")
    if a.text is not None:
        if not a.scenes or len(a.scenes) != 1:
            raise BadRequest("narration text is set one scene at a time: give exactly one scene number")
        scene = at(p, a.scenes[0])
        voice = a.voice or current_voice(p) or LOOK_VOICES.get(look_of(p).name, "aria")
        rate = a.rate or (scene.narration.rate if scene.narration else 1.0)
        p = edit.update_scene(p, scene.id, narration=Narration(text=a.text, voice=voice, rate=rate))
        return p, f"new voice-over for scene {a.scenes[0]} ({voice})"
    narrated = [s for s in picked(p, a.scenes) if s.narration is not None]
    if not narrated:
        raise BadRequest("no scene has a voice-over yet: give the text for one first")
    for scene in narrated:
        assert scene.narration is not None
        update = {k: v for k, v in (("voice", a.voice), ("rate", a.rate)) if v is not None}
        fresh = scene.narration.model_copy(update={**update, "audio": None, "audio_duration": None})
        p = edit.update_scene(p, scene.id, narration=fresh)  # the old audio was another voice or pace
    said = " at ".join(x for x in (a.voice, f"{a.rate:g}× speed" if a.rate else None) if x)
    return p, f"voice {said} on {scenes_word(len(narrated), len(p.scenes))}"


class SetMusic(Args):
    """Set the music bed's mood (calm, upbeat, corporate, dramatic) or turn it off ("none"), and
    optionally its volume (0–1)."""

    mood: Mood
    volume: float | None = Field(None, ge=0, le=1)


@tool(SetMusic)
def set_music(project: Project | None, a: SetMusic, env: Env) -> tuple[Project, str]:
    p = need(project)
    audio = p.audio.model_copy(
        update={"music": a.mood, **({"music_volume": a.volume} if a.volume is not None else {})}
    )
    if audio == p.audio:
        raise BadRequest(f"the music is already {a.mood}")
    return edit.replace(p, audio=audio), "no music" if a.mood == "none" else f"{a.mood} music"
