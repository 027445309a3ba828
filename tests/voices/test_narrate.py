"""Narration is synthesised once per account for a given line, voice, rate, style and engine version."""

from __future__ import annotations

from ozor.accounts import accounts
from ozor.backends import Backends
from ozor.config import load_settings
from ozor.db import Database
from ozor.scene.models import Project
from ozor.voices import narrate


def _project(text: str, title: str) -> Project:
    return Project.model_validate(
        {
            "title": title,
            "scenes": [{"id": "a", "duration": 1.0, "narration": {"text": text, "voice": "aria"}}],
        }
    )


def test_the_same_line_is_voiced_once_across_projects(tmp_path, monkeypatch):
    settings = load_settings(data_dir=tmp_path, tts_engine="espeak")
    db, backends = Database(settings.database_url), Backends(settings)
    db.migrate()
    with db.session() as s:
        account = accounts.create_account(s, email=None, signup_credits=0).id
    calls = []
    real = backends.tts.synthesize
    monkeypatch.setattr(
        backends.tts, "synthesize", lambda request: calls.append(request.text) or real(request)
    )

    first = narrate.voice_project(db, backends, account, _project("Light, made simple.", "One"))
    second = narrate.voice_project(db, backends, account, _project("Light,  made simple.", "Two"))
    slower = narrate.voice_project(db, backends, account, _project("Light, made simple.", "Three"), rate=0.8)

    audio = [p.scenes[0].narration.audio for p in (first, second, slower)]
    assert audio[0] == audio[1] != audio[2]  # whitespace does not matter; the rate does
    assert calls == ["Light, made simple.", "Light, made simple."]
    assert first.scenes[0].duration > first.scenes[0].narration.audio_duration  # the scene holds its voice
    db.dispose()


def test_a_new_engine_version_voices_again(tmp_path, monkeypatch):
    settings = load_settings(data_dir=tmp_path, tts_engine="espeak")
    db, backends = Database(settings.database_url), Backends(settings)
    db.migrate()
    with db.session() as s:
        account = accounts.create_account(s, email=None, signup_credits=0).id
    before = narrate.voice_project(db, backends, account, _project("Hello there.", "A"))
    monkeypatch.setattr(type(backends.tts), "version", "espeak-r2")
    after = narrate.voice_project(db, backends, account, _project("Hello there.", "A"))
    assert before.scenes[0].narration.audio != after.scenes[0].narration.audio
    db.dispose()


def test_a_scene_speaks_at_its_own_rate(tmp_path, monkeypatch):
    """ "speak slower" sets each narrated scene's rate; the engine gets it times the video's rate."""
    settings = load_settings(data_dir=tmp_path, tts_engine="espeak")
    db, backends = Database(settings.database_url), Backends(settings)
    db.migrate()
    with db.session() as s:
        account = accounts.create_account(s, email=None, signup_credits=0).id
    rates = []
    real = backends.tts.synthesize
    monkeypatch.setattr(
        backends.tts, "synthesize", lambda request: rates.append(request.rate) or real(request)
    )
    project = _project("Light, made simple.", "Slow")
    slow = project.model_copy(
        update={
            "scenes": [
                project.scenes[0].model_copy(
                    update={"narration": project.scenes[0].narration.model_copy(update={"rate": 0.85})}
                )
            ]
        }
    )
    normal = narrate.voice_project(db, backends, account, project)
    slower = narrate.voice_project(db, backends, account, slow, rate=0.9)
    assert rates == [1.0, 0.765]
    assert slower.scenes[0].narration.audio_duration > normal.scenes[0].narration.audio_duration
    db.dispose()
