"""Narration audio for a project: every scene with narration text gets a stored, loudness-normalised
WAV (an Asset), its measured duration, and a scene long enough to hold it.

Audio is addressed by what it was made from (text, voice, language, rate, style and the engine's
version), so the same line is synthesised once per account, whichever project or export asks again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

from sqlalchemy import select

from ozor.adapters.tts.base import TTS, SpeechRequest, TTSError
from ozor.backends import Backends
from ozor.db import Database
from ozor.db.models import Asset
from ozor.errors import UpstreamError
from ozor.media import assets
from ozor.scene.models import Project, Scene
from ozor.voices import catalog, loudness
from ozor.voices.language import language_of

TAIL_SEC = 0.4  # silence after the last word before the scene may end or hand over


def required_duration(scene: Scene, audio_duration: float) -> float:
    """Lead-in, the narration, a short tail, and the outgoing transition (it overlaps the next scene)."""
    lead_in = scene.narration.lead_in if scene.narration else 0.0
    return round(lead_in + audio_duration + TAIL_SEC + scene.transition.duration, 3)


def _key(engine: TTS, text: str, voice: str, language: str, rate: float, style: str | None) -> str:
    raw = json.dumps([engine.version, text, voice, language, round(rate, 3), style or ""])
    return hashlib.sha256(raw.encode()).hexdigest()


def audio_path(account_id: str, key: str) -> str:
    return f"users/{account_id}/narration/{key}.wav"


def voice_project(
    db: Database,
    backends: Backends,
    account_id: str,
    project: Project,
    *,
    rate: float = 1.0,
    style: str | None = None,
    language: str | None = None,
    on_scene: Callable[[int, int], None] | None = None,
) -> Project:
    """The project with every narrated scene voiced; `on_scene(k, n)` reports each scene as it starts."""
    narrated = [i for i, s in enumerate(project.scenes) if s.narration and s.narration.text.strip()]
    if not narrated:
        return project
    engine = backends.tts
    language = language or language_of(" ".join(project.scenes[i].narration.text for i in narrated))  # type: ignore[union-attr]
    default_voice = catalog.for_language(language, engine)
    scenes = list(project.scenes)
    for k, index in enumerate(narrated, start=1):
        if on_scene:
            on_scene(k, len(narrated))
        scene = scenes[index]
        narration = scene.narration
        assert narration is not None
        voice = catalog.BY_ID.get(narration.voice or "", default_voice)
        text = " ".join(narration.text.split())
        speed = round(rate * narration.rate, 3)  # the video's rate times this scene's own
        key = _key(engine, text, voice.id, language, speed, style)
        asset = _cached(db, account_id, key)
        if asset is None:
            asset = _synthesize(
                db, backends, account_id, key, SpeechRequest(text, voice.traits, language, speed, style)
            )
        voiced = narration.model_copy(
            update={"voice": voice.id, "audio": asset.id, "audio_duration": asset.duration_sec}
        )
        scene = scene.model_copy(update={"narration": voiced})
        needed = required_duration(scene, asset.duration_sec or 0.0)
        scenes[index] = scene.model_copy(update={"duration": max(scene.duration, needed)})
    return Project.model_validate(project.model_copy(update={"scenes": scenes}).to_json())


def _cached(db: Database, account_id: str, key: str) -> Asset | None:
    """The account's audio made from exactly this text and these settings, if any."""
    with db.reader() as session:
        return session.scalars(
            select(Asset).where(
                Asset.account_id == account_id, Asset.storage_path == audio_path(account_id, key)
            )
        ).first()


def _synthesize(db: Database, backends: Backends, account_id: str, key: str, request: SpeechRequest) -> Asset:
    engine = backends.tts
    try:
        speech = engine.synthesize(request)
    except TTSError as e:
        raise UpstreamError(f"TTS failed: {e}") from None
    speech = loudness.finish(speech)
    if not len(speech.samples):
        raise UpstreamError(
            f"TTS failed: the {engine.name} engine produced no sound for {request.text[:60]!r}"
        )
    words = [[w.start, w.text] for w in speech.words]
    with db.session() as session:
        return assets.store(
            session,
            backends.storage,
            account_id,
            speech.wav_bytes(),
            kind="audio",
            mime_type="audio/wav",
            path=audio_path(account_id, key),
            duration_sec=round(speech.duration, 3),
            meta={
                "key": key,
                "engine": engine.name,
                "voice": request.voice.voice_id,
                "language": request.language,
                "rate": request.rate,
                "style": request.style,
                "words": words,
            },
        )
