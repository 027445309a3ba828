"""The soundtrack: narration placed on the timeline, a music bed ducked under it, fades, loudness.

Levels follow VISUAL.md: narration at about -16 LUFS, the bed about -24 LUFS alone and ducked by
10 dB under speech (200 ms attack/release), 0.75 s fades, peaks below -1 dBFS. A video with no
narration gets the bed at -16 LUFS; one with neither gets silence (every export has an audio track).
"""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np

from ozor.render import loudness, music
from ozor.render.assets import AssetMap
from ozor.render.timeline import FPS, spans
from ozor.scene.models import Project

RATE = 48000
TARGET_LUFS = -16.0
BED_LUFS = -24.0
DUCK_DB = -10.0
FADE_SEC = 0.75
PEAK = 10 ** (-1.5 / 20)  # sample peak with a margin for inter-sample peaks (≈ -1 dBTP)
STEP = RATE // 100  # the ducking envelope works on 10 ms steps


def decode(path: Path) -> np.ndarray:
    """Any audio file as (2, n) float32 at 48 kHz."""
    resampler = av.AudioResampler(format="fltp", layout="stereo", rate=RATE)
    parts: list[np.ndarray] = []
    with av.open(str(path)) as container:
        if not container.streams.audio:
            raise ValueError(f"{path.name} has no audio track")
        for frame in container.decode(audio=0):
            parts.extend(f.to_ndarray() for f in resampler.resample(frame))
        parts.extend(f.to_ndarray() for f in resampler.resample(None))
    return np.concatenate(parts, axis=1).astype(np.float32) if parts else np.zeros((2, 0), np.float32)


def narration_track(project: Project, assets: AssetMap, samples: int) -> np.ndarray | None:
    """Every voiced scene's narration at its scene's start plus lead-in; None when nothing is voiced."""
    track = np.zeros((2, samples), np.float32)
    voiced = False
    for span, scene in zip(spans(project), project.scenes, strict=True):
        if scene.narration is None or not scene.narration.audio:
            continue
        clip = decode(assets.path(scene.narration.audio))
        at = int((span.start / FPS + scene.narration.lead_in) * RATE)
        n = max(0, min(clip.shape[1], samples - at))
        track[:, at : at + n] += clip[:, :n]
        voiced = voiced or n > 0
    return track if voiced else None


def ducking(speech: np.ndarray, attack: float = 0.2, release: float = 0.3) -> np.ndarray:
    """A gain curve for the bed: DUCK_DB while speech is present, eased in and out, per sample."""
    n = speech.shape[1]
    steps = max(1, -(-n // STEP))
    padded = np.zeros((2, steps * STEP), np.float32)
    padded[:, :n] = speech
    level = np.abs(padded).max(axis=0).reshape(steps, STEP).max(axis=1)
    active = level > 10 ** (-40 / 20) * max(1e-9, float(level.max()))
    duck = 10 ** (DUCK_DB / 20)
    up, down = 1 - np.exp(-0.01 / attack), 1 - np.exp(-0.01 / release)
    gain = np.empty(steps, np.float32)
    g = 1.0
    for i, speaking in enumerate(active):
        target = duck if speaking else 1.0
        g += (target - g) * (up if target < g else down)
        gain[i] = g
    return np.repeat(gain, STEP)[:n]


def fades(n: int, seconds: float = FADE_SEC) -> np.ndarray:
    k = min(int(seconds * RATE), n // 2)
    curve = np.ones(n, np.float32)
    if k:
        ramp = np.linspace(0.0, 1.0, k, dtype=np.float32)
        curve[:k], curve[n - k :] = ramp, ramp[::-1]
    return curve


def mix(project: Project, assets: AssetMap, duration: float) -> np.ndarray:
    """The whole soundtrack as (2, n) float32 at 48 kHz."""
    samples = round(duration * RATE)
    speech = narration_track(project, assets, samples)
    bed = music.bed(project.audio.music, samples)
    has_bed = project.audio.music != "none"
    if speech is not None:
        speech *= loudness.gain_to(speech, TARGET_LUFS)
    out = np.zeros((2, samples), np.float32) if speech is None else speech
    if has_bed:
        bed *= loudness.gain_to(bed, BED_LUFS if speech is not None else TARGET_LUFS)
        bed *= (project.audio.music_volume / 0.5) * fades(samples)
        if speech is not None:
            bed *= ducking(speech)
        out = out + bed
    if speech is not None or has_bed:
        out *= loudness.gain_to(out, TARGET_LUFS) * project.audio.master_volume
        out *= fades(samples, 0.05)  # no click at the very start or end
        peak = float(np.abs(out).max()) if samples else 0.0
        if peak > PEAK:
            out = soft_limit(out)
    return out


def soft_limit(audio: np.ndarray) -> np.ndarray:
    """Keep peaks under PEAK: a gain that follows the peaks down quickly and recovers slowly."""
    n = audio.shape[1]
    steps = -(-n // STEP)
    padded = np.zeros((2, steps * STEP), np.float32)
    padded[:, :n] = np.abs(audio)
    peaks = padded.max(axis=0).reshape(steps, STEP).max(axis=1)
    need = np.minimum(1.0, PEAK / np.maximum(peaks, 1e-9))
    gain = np.empty(steps, np.float32)
    g = 1.0
    for i in range(steps):  # look one step ahead so the gain is down before the peak arrives
        target = min(need[i], need[i + 1] if i + 1 < steps else 1.0)
        g = target if target < g else g + (target - g) * 0.05
        gain[i] = g
    return np.asarray(np.clip(audio * np.repeat(gain, STEP)[:n], -PEAK, PEAK))
