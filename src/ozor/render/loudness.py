"""Integrated loudness per ITU-R BS.1770-4 (K-weighting, 400 ms blocks, absolute and relative gates).

The K-weighting filters are applied in the frequency domain (one FFT of the signal): loudness is
an energy measure, so only the filters' response matters, not their phase.
"""

from __future__ import annotations

import numpy as np

RATE = 48000
# The two K-weighting biquads at 48 kHz (BS.1770-4, table 1 and 2): a high shelf and a high-pass.
_SHELF = ([1.53512485958697, -2.69169618940638, 1.19839281085285], [1.0, -1.69065929318241, 0.73248077421585])
_HIGHPASS = ([1.0, -2.0, 1.0], [1.0, -1.99004745483398, 0.99007225036621])
SILENCE = -70.0


def _response(n: int) -> np.ndarray:
    z = np.exp(-1j * np.pi * np.arange(n // 2 + 1) / (n // 2))
    h = np.ones_like(z)
    for b, a in (_SHELF, _HIGHPASS):
        h *= np.polyval(b[::-1], z) / np.polyval(a[::-1], z)
    return np.asarray(h)


def k_weighted(audio: np.ndarray) -> np.ndarray:
    """(channels, n) → K-weighted copy (zero-padded so the filters' tails do not wrap around)."""
    n = audio.shape[1] + RATE // 2
    n += n % 2
    spectrum = np.fft.rfft(audio, n=n, axis=1) * _response(n)
    return np.fft.irfft(spectrum, n=n, axis=1)[:, : audio.shape[1]].astype(np.float32)


def integrated(audio: np.ndarray) -> float:
    """LUFS of a (channels, n) float signal at 48 kHz; SILENCE when nothing passes the gates."""
    block, hop = int(0.4 * RATE), int(0.1 * RATE)
    if audio.shape[1] < block:
        return SILENCE
    power = k_weighted(audio) ** 2
    cumulative = np.concatenate(
        [np.zeros((power.shape[0], 1)), np.cumsum(power, axis=1, dtype=np.float64)], axis=1
    )
    starts = np.arange(0, audio.shape[1] - block + 1, hop)
    energy = ((cumulative[:, starts + block] - cumulative[:, starts]) / block).sum(axis=0)
    loud = -0.691 + 10 * np.log10(np.maximum(energy, 1e-12))
    gated = energy[loud > SILENCE]
    if gated.size == 0:
        return SILENCE
    relative = -0.691 + 10 * np.log10(gated.mean()) - 10.0
    final = energy[(loud > SILENCE) & (loud > relative)]
    return float(-0.691 + 10 * np.log10(final.mean())) if final.size else SILENCE


def gain_to(audio: np.ndarray, target_lufs: float) -> float:
    """The linear gain that brings the signal to `target_lufs` (1.0 for silence)."""
    level = integrated(audio)
    return 1.0 if level <= SILENCE else float(10 ** ((target_lufs - level) / 20))
