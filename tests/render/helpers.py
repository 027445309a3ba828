"""Shared helpers for renderer tests: small projects, decoding, and ffmpeg's own loudness meter."""

from __future__ import annotations

import wave
from pathlib import Path

import av
import av.filter
import numpy as np

from ozor.render.draw import Canvas
from ozor.render.yuv import frame_buffer
from ozor.scene.models import Project


def write_tone(
    path: Path, seconds: float, rate: int = 24000, freq: float = 440.0, level: float = 0.3
) -> Path:
    """A mono 16-bit WAV: a tone with a little noise, like speech in level if not in sound."""
    t = np.arange(int(seconds * rate)) / rate
    noise = np.random.default_rng(0).normal(0, 0.02, t.size)
    signal = level * np.sin(2 * np.pi * freq * t) + noise
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(rate)
        f.writeframes((np.clip(signal, -1, 1) * 32767).astype("<i2").tobytes())
    return path


def two_colour_project(transition: dict | None = None, aspect: str = "16:9", **extra: object) -> Project:
    """A red scene then a blue one: easy to tell apart, and to check a blend between them."""
    return Project.model_validate(
        {
            "aspect": aspect,
            "scenes": [
                {
                    "id": "red",
                    "duration": 1.0,
                    "background": {"type": "solid", "color": "#DC2626"},
                    "transition": transition or {"kind": "crossfade", "duration": 0.4},
                },
                {"id": "blue", "duration": 1.0, "background": {"type": "solid", "color": "#2563EB"}},
            ],
            **extra,
        }
    )


def decode_rgb(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as container:
        return [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]


def decode_audio(path: Path) -> np.ndarray:
    with av.open(str(path)) as container:
        parts = [f.to_ndarray() for f in container.decode(audio=0)]
    return np.concatenate(parts, axis=1)


def ffmpeg_lufs(audio: np.ndarray, rate: int = 48000) -> float:
    """Integrated loudness by ffmpeg's ebur128 filter (an independent meter)."""
    graph = av.filter.Graph()
    src = graph.add_abuffer(format="fltp", sample_rate=rate, layout="stereo")
    meter = graph.add("ebur128", "metadata=1")
    sink = graph.add("abuffersink")
    src.link_to(meter)
    meter.link_to(sink)
    graph.configure()
    value = None
    step = rate // 10
    for i in range(0, audio.shape[1], step):
        frame = av.AudioFrame.from_ndarray(
            np.ascontiguousarray(audio[:, i : i + step], dtype=np.float32), format="fltp", layout="stereo"
        )
        frame.sample_rate, frame.pts = rate, i
        graph.push(frame)
        while True:
            try:
                value = graph.pull().metadata.get("lavfi.r128.I", value)
            except (av.BlockingIOError, av.EOFError):
                break
    assert value is not None
    return float(value)


def luma_of(renderer, t: float, canvas: Canvas) -> np.ndarray:  # type: ignore[no-untyped-def]
    """The Y plane of one composed frame (no encoding)."""
    _, planes = frame_buffer(canvas.width, canvas.height)
    renderer.render(t, planes)
    return planes.y.copy()
