"""The soundtrack: the loudness meter against ffmpeg's, music beds per mood, ducking, fades, limits."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ozor.render import audio, loudness, music
from ozor.render.assets import local_assets
from ozor.scene.models import Project
from tests.render.helpers import ffmpeg_lufs, write_tone

RATE = 48000


def sine(level: float, seconds: float = 3.0, freq: float = 1000.0) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    x = (level * np.sin(2 * np.pi * freq * t)).astype(np.float32)
    return np.stack([x, x])


@pytest.mark.parametrize("level,freq", [(0.1, 1000.0), (0.5, 100.0), (0.05, 5000.0)])
def test_meter_agrees_with_ffmpeg(level: float, freq: float) -> None:
    signal = sine(level, freq=freq)
    assert abs(loudness.integrated(signal) - ffmpeg_lufs(signal)) < 0.2


def test_meter_gates_silence() -> None:
    assert loudness.integrated(np.zeros((2, RATE * 2), np.float32)) == loudness.SILENCE
    quiet_then_loud = np.concatenate([np.zeros((2, RATE * 3), np.float32), sine(0.1)], axis=1)
    assert abs(loudness.integrated(quiet_then_loud) - (-20.0)) < 0.3  # silence does not drag it down


@pytest.mark.parametrize("mood", sorted(music.MOODS))
def test_music_beds_are_deterministic_and_mix_to_target(mood: str) -> None:
    bed = music.bed(mood, RATE * 6)
    assert bed.shape == (2, RATE * 6) and np.array_equal(bed, music.bed(mood, RATE * 6))
    assert np.abs(bed).max() > 0.01
    project = Project.model_validate({"audio": {"music": mood}, "scenes": [{"id": "a", "duration": 6.0}]})
    mixed = audio.mix(project, local_assets(project, Path(".")), 6.0)
    assert abs(ffmpeg_lufs(mixed) - (-16.0)) < 1.0
    assert np.abs(mixed).max() <= audio.PEAK + 1e-6
    assert np.abs(mixed[:, :100]).max() < 0.01 and np.abs(mixed[:, -100:]).max() < 0.01  # faded ends


def test_bed_ducks_under_narration(tmp_path: Path) -> None:
    write_tone(tmp_path / "voice.wav", 2.0, freq=300.0)
    project = Project.model_validate(
        {
            "audio": {"music": "corporate"},
            "scenes": [
                {"id": "a", "duration": 6.0, "narration": {"text": "x", "audio": "voice.wav", "leadIn": 1.0}}
            ],
        }
    )
    assets = local_assets(project, tmp_path)
    voice = audio.narration_track(project, assets, RATE * 6)
    assert voice is not None and np.abs(voice[:, :RATE]).max() == 0  # placed after the lead-in
    gain = audio.ducking(voice)
    assert gain[int(2.0 * RATE)] == pytest.approx(10 ** (audio.DUCK_DB / 20), rel=0.05)
    assert gain[int(0.5 * RATE)] == pytest.approx(1.0) and gain[int(5.5 * RATE)] == pytest.approx(
        1.0, rel=0.02
    )
    mixed = audio.mix(project, assets, 6.0)
    assert abs(ffmpeg_lufs(mixed) - (-16.0)) < 1.0


def test_limiter_keeps_peaks_down() -> None:
    loud = sine(0.99) * 1.5
    assert np.abs(audio.soft_limit(loud)).max() <= audio.PEAK + 1e-6
