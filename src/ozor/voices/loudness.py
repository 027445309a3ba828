"""Narration levels (VISUAL.md: about -16 LUFS, peaks below -1 dBTP), measured with the renderer's
BS.1770 meter at its 48 kHz working rate, and the engine's silence trimmed off both ends."""

from __future__ import annotations

import av
import numpy as np

from ozor.adapters.tts.base import Speech, WordTiming
from ozor.render import loudness

RATE = loudness.RATE
TARGET_LUFS = -16.0
PEAK_CEILING = 10 ** (-1.5 / 20)  # sample peak with headroom, so the true peak stays under -1 dBTP
SILENCE = 10 ** (-45 / 20)


def resample(samples: np.ndarray, rate: int) -> np.ndarray:
    """Mono float samples at `rate` → mono float32 at 48 kHz (libswresample, not interpolation)."""
    if rate == RATE or not len(samples):
        return samples.astype(np.float32)
    frame = av.AudioFrame.from_ndarray(samples.astype(np.float32)[None, :], format="flt", layout="mono")
    frame.sample_rate = rate
    resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
    parts = [f.to_ndarray()[0] for f in resampler.resample(frame)] + [
        f.to_ndarray()[0] for f in resampler.resample(None)
    ]
    return np.concatenate(parts).astype(np.float32)


def normalize(samples: np.ndarray) -> np.ndarray:
    """48 kHz mono brought towards -16 LUFS, held back if that would push peaks over the ceiling."""
    if not len(samples):
        return samples
    gain = loudness.gain_to(samples[None, :], TARGET_LUFS)
    peak = float(np.abs(samples).max())
    if peak * gain > PEAK_CEILING:
        gain = PEAK_CEILING / peak
    return (samples * gain).astype(np.float32)


def trim_silence(samples: np.ndarray, rate: int, keep: float = 0.02) -> tuple[np.ndarray, float]:
    """Cut the engine's silence before the first and after the last sound (timing adds its own);
    returns the trimmed samples and the seconds cut from the start."""
    loud = np.flatnonzero(np.abs(samples) > SILENCE)
    if not len(loud):
        return samples[:0], 0.0
    start = max(0, int(loud[0]) - int(keep * rate))
    return samples[start : int(loud[-1]) + int(keep * rate) + 1], start / rate


def finish(speech: Speech) -> Speech:
    """Engine output made ready to store: trimmed, 48 kHz, at narration loudness, word times shifted."""
    samples, cut = trim_silence(speech.samples, speech.sample_rate)
    words = [WordTiming(round(max(0.0, w.start - cut), 3), w.text) for w in speech.words]
    return Speech(normalize(resample(samples, speech.sample_rate)), RATE, words)
