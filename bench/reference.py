"""The reference composition of shared/bench/REFERENCE.md, built as an ozor project with its assets."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from ozor.scene.models import Project

GRADIENTS = [("#1E3A8A", "#0EA5E9"), ("#7C2D12", "#F59E0B"), ("#14532D", "#84CC16")]
TITLES = ["Light that follows you", "Quiet by design", "Made to last"]
SUBTITLE = "A minimalist desk lamp with wireless charging and warm light"  # about 60 characters


def photo(seed: int, w: int = 1200, h: int = 800) -> Image.Image:
    """A photo-like picture: smooth colour fields, soft blobs and grain."""
    rng = np.random.default_rng(seed)
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    base = np.stack(
        [
            (xs / w) * rng.uniform(60, 200) + rng.uniform(20, 60),
            (ys / h) * rng.uniform(60, 200) + rng.uniform(20, 60),
            ((xs + ys) / (w + h)) * rng.uniform(60, 200) + rng.uniform(20, 60),
        ],
        axis=-1,
    )
    for _ in range(9):
        cx, cy, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(60, 260)
        blob = np.exp(-((xs - cx) ** 2 + (ys - cy) ** 2) / (2 * r * r))[..., None]
        base += blob * rng.uniform(-90, 120, size=3)
    base += rng.normal(0, 6, size=base.shape)
    return Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))


def logo(size: int = 160) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.ellipse((8, 8, size - 8, size - 8), fill=(255, 255, 255, 235))
    d.ellipse((size * 0.3, size * 0.3, size * 0.7, size * 0.7), fill=(14, 165, 233, 255))
    return image


def tone(path: Path, seconds: float = 15.0, rate: int = 24000) -> None:
    """Mono 24 kHz tone plus noise, as a WAV file."""
    rng = np.random.default_rng(1)
    t = np.arange(int(seconds * rate)) / rate
    signal = 0.3 * np.sin(2 * np.pi * 220 * t) * (
        0.6 + 0.4 * np.sin(2 * np.pi * 0.5 * t)
    ) + 0.05 * rng.normal(size=t.size)
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(rate)
        f.writeframes((np.clip(signal, -1, 1) * 32767).astype("<i2").tobytes())


def write_assets(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(3):
        photo(k).save(folder / f"photo{k}.jpg", quality=90)
    logo().save(folder / "logo.png")
    tone(folder / "tone.wav")


def project(aspect: str = "16:9") -> Project:
    """Three scenes of 5.25, 5.5 and 5.25 s overlapping by 0.5 s crossfades: 15 s in all."""
    W, H = (1920, 1080) if aspect == "16:9" else (1080, 1920)
    durations = [5.25, 5.5, 5.25]
    if aspect == "16:9":
        photo_box = {"x": 360 / W, "y": 40 / H, "w": 1200 / W, "h": 800 / H}
        title_box = {"x": 0.05, "y": (860 - 130) / H, "w": 0.9, "h": 130 / H}
        sub_box = {"x": 0.1, "y": (995 - 35) / H, "w": 0.8, "h": 70 / H}
        logo_box = {"x": 1720 / W, "y": 40 / H, "w": 160 / W, "h": 160 / H}
    else:  # portrait: photo on top, text in the safe area below it
        photo_box = {"x": 0.06, "y": 0.14, "w": 0.88, "h": 0.36}
        title_box = {"x": 0.06, "y": 0.52, "w": 0.76, "h": 0.14}
        sub_box = {"x": 0.06, "y": 0.67, "w": 0.76, "h": 0.08}
        logo_box = {"x": 0.78, "y": 0.04, "w": 0.16, "h": 160 / H}
    scenes = []
    for k in range(3):
        scenes.append(
            {
                "id": f"s{k}",
                "duration": durations[k],
                "background": {"type": "gradient", "colors": list(GRADIENTS[k])},
                "elements": [
                    {
                        "type": "image",
                        "id": "photo",
                        "asset": f"photo{k}.jpg",
                        "box": photo_box,
                        "kenBurns": {"zoomFrom": 1.0, "zoomTo": 1.1},
                    },
                    {
                        "type": "text",
                        "id": "title",
                        "text": TITLES[k],
                        "role": "heading",
                        "box": title_box,
                        "size": 96 / 1080,
                        "weight": 700,
                        "color": "#FFFFFF",
                        "shadow": True,
                        "valign": "bottom",
                        "enter": {"kind": "slide", "direction": "up", "duration": 0.6, "distance": 60 / 1080},
                    },
                    {
                        "type": "text",
                        "id": "subtitle",
                        "text": SUBTITLE,
                        "role": "body",
                        "box": sub_box,
                        "size": 44 / 1080,
                        "color": "#F1F5F9",
                    },
                    {"type": "logo", "id": "logo", "asset": "logo.png", "box": logo_box},
                ],
                "transition": {"kind": "crossfade", "duration": 0.5} if k < 2 else {"kind": "cut"},
                "narration": {"text": "", "audio": "tone.wav", "leadIn": 0.0} if k == 0 else None,
            }
        )
    return Project.model_validate({"title": "Reference composition", "aspect": aspect, "scenes": scenes})
