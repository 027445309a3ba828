"""Music beds synthesised offline from a mood: royalty-free by construction, identical on every machine.

Each mood is a tempo, a chord progression and an arrangement of simple voices (pad, arpeggio,
bass, drums). One phrase is synthesised and tiled to the video's length, so memory stays small.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

RATE = 48000


@dataclass(frozen=True)
class Mood:
    bpm: float
    root: float  # Hz of the key's tonic (an octave below middle C's neighbourhood)
    chords: tuple[tuple[int, ...], ...]  # semitones from the root, one chord per bar
    pad: float  # the voices' levels (0 = absent)
    arp: float
    bass: float
    kick: float
    hat: float
    arp_decay: float = 6.0


MOODS = {
    "calm": Mood(
        72,
        110.0,
        ((0, 4, 7, 11), (5, 9, 12, 16), (9, 12, 16, 19), (7, 11, 14, 17)),
        pad=0.5,
        arp=0.18,
        bass=0.2,
        kick=0.0,
        hat=0.0,
        arp_decay=3.0,
    ),
    "upbeat": Mood(
        118,
        130.81,
        ((0, 4, 7), (7, 11, 14), (9, 12, 16), (5, 9, 12)),
        pad=0.2,
        arp=0.3,
        bass=0.35,
        kick=0.5,
        hat=0.12,
        arp_decay=9.0,
    ),
    "corporate": Mood(
        104,
        123.47,
        ((0, 4, 7, 14), (9, 12, 16), (5, 9, 12, 16), (7, 11, 14)),
        pad=0.3,
        arp=0.28,
        bass=0.3,
        kick=0.3,
        hat=0.07,
    ),
    "dramatic": Mood(
        84,
        98.0,
        ((0, 3, 7), (8, 12, 15), (3, 7, 10), (10, 14, 17)),
        pad=0.55,
        arp=0.12,
        bass=0.45,
        kick=0.45,
        hat=0.0,
        arp_decay=4.0,
    ),
}


def _tone(freq: float, n: int, harmonics: tuple[float, ...], detune: float = 0.0) -> np.ndarray:
    t = np.arange(n) / RATE
    out = np.zeros(n, np.float32)
    for k, level in enumerate(harmonics, start=1):
        for cents in (-detune, detune) if detune else (0.0,):
            f = freq * k * 2 ** (cents / 1200)
            out += (level / (2 if detune else 1)) * np.sin(2 * np.pi * f * t).astype(np.float32)
    return out


def _envelope(n: int, attack: float, decay: float) -> np.ndarray:
    t = np.arange(n) / RATE
    return (np.minimum(1.0, t / max(attack, 1e-4)) * np.exp(-decay * t)).astype(np.float32)


def phrase(mood: Mood) -> np.ndarray:
    """Four bars of the mood as a (2, n) float32 stereo signal (unnormalised)."""
    beat = int(RATE * 60 / mood.bpm)
    bar = beat * 4
    left, right = np.zeros(bar * len(mood.chords), np.float32), np.zeros(bar * len(mood.chords), np.float32)
    rng = np.random.default_rng(7)
    for b, chord in enumerate(mood.chords):
        at = b * bar
        freqs = [mood.root * 2 ** (s / 12) for s in chord]
        if mood.pad:
            swell = np.minimum(1.0, np.arange(bar) / (beat * 0.8)) * np.minimum(
                1.0, (bar - np.arange(bar)) / (beat * 0.5)
            )
            for i, f in enumerate(freqs):
                voice = _tone(f * 2, bar, (1.0, 0.3, 0.12), detune=7) * swell.astype(np.float32)
                pan = 0.35 + 0.3 * i / max(1, len(freqs) - 1)
                left[at : at + bar] += mood.pad * 0.25 * voice * (1 - pan)
                right[at : at + bar] += mood.pad * 0.25 * voice * pan
        if mood.arp:
            step = beat // 2
            for k in range(8):
                f = freqs[k % len(freqs)] * (4 if k % 4 == 3 else 2)
                note = _tone(f, step * 2, (1.0, 0.5, 0.25, 0.12)) * _envelope(step * 2, 0.004, mood.arp_decay)
                s = at + k * step
                e = min(s + step * 2, len(left))
                pan = 0.3 if k % 2 else 0.7
                left[s:e] += mood.arp * 0.5 * note[: e - s] * (1 - pan)
                right[s:e] += mood.arp * 0.5 * note[: e - s] * pan
        if mood.bass:
            for k in range(4):
                note = _tone(freqs[0] / 2, beat, (1.0, 0.4)) * _envelope(beat, 0.01, 2.5)
                s = at + k * beat
                left[s : s + beat] += mood.bass * 0.5 * note
                right[s : s + beat] += mood.bass * 0.5 * note
        for k in range(4):
            s = at + k * beat
            if mood.kick:
                n = beat // 2
                t = np.arange(n) / RATE
                kick = np.sin(2 * np.pi * (50 * t + 60 * (1 - np.exp(-t * 30)) / 30)) * np.exp(-t * 12)
                left[s : s + n] += mood.kick * 0.6 * kick.astype(np.float32)
                right[s : s + n] += mood.kick * 0.6 * kick.astype(np.float32)
            if mood.hat:
                n = beat // 4
                hat = rng.standard_normal(n).astype(np.float32) * _envelope(n, 0.001, 60)
                hat -= np.convolve(hat, np.ones(4) / 4, mode="same").astype(np.float32)  # keep the highs
                h = s + beat // 2
                left[h : h + n] += mood.hat * hat * 0.8
                right[h : h + n] += mood.hat * hat
    return np.stack([left, right])


def bed(mood_name: str, samples: int) -> np.ndarray:
    """The mood's phrase tiled to `samples` (2, samples) float32; silence for "none"."""
    if mood_name not in MOODS or samples <= 0:
        return np.zeros((2, max(0, samples)), np.float32)
    one = phrase(MOODS[mood_name])
    reps = -(-samples // one.shape[1])
    return np.tile(one, (1, reps))[:, :samples]
