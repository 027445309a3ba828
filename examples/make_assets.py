"""Generates the example projects' pictures with numpy and Pillow (nothing is downloaded)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

HERE = Path(__file__).parent / "assets"


def lamp(w: int = 1600, h: int = 1200) -> Image.Image:
    """A studio shot of a desk lamp: a warm backdrop, a soft floor shadow, an arm and a glowing head."""
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    glow = np.exp(-((xs - w * 0.62) ** 2 + (ys - h * 0.38) ** 2) / (2 * (w * 0.22) ** 2))
    base = np.stack([38 + 150 * glow + ys / h * 30, 34 + 110 * glow + ys / h * 22, 40 + 60 * glow], axis=-1)
    base += np.random.default_rng(3).normal(0, 2.5, base.shape)
    image = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    d = ImageDraw.Draw(image)
    d.ellipse((w * 0.30, h * 0.80, w * 0.70, h * 0.90), fill=(22, 20, 24))
    image = image.filter(ImageFilter.GaussianBlur(6))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((w * 0.40, h * 0.78, w * 0.60, h * 0.83), 20, fill=(230, 230, 226))
    d.line((w * 0.5, h * 0.79, w * 0.43, h * 0.45), fill=(230, 230, 226), width=int(w * 0.018))
    d.line((w * 0.43, h * 0.45, w * 0.60, h * 0.28), fill=(230, 230, 226), width=int(w * 0.018))
    d.pieslice((w * 0.52, h * 0.22, w * 0.76, h * 0.46), 200, 340, fill=(240, 240, 236))
    d.ellipse((w * 0.585, h * 0.335, w * 0.695, h * 0.375), fill=(255, 236, 170))
    return image


def landscape(w: int = 1400, h: int = 2000) -> Image.Image:
    """A dusk landscape in portrait: sky gradient, sun, layered hills."""
    ys = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    sky = np.stack([255 - 120 * ys, 150 - 60 * ys, 120 + 60 * ys], axis=-1) * np.ones((1, w, 1), np.float32)
    image = Image.fromarray(np.clip(sky, 0, 255).astype(np.uint8))
    d = ImageDraw.Draw(image)
    d.ellipse((w * 0.55, h * 0.28, w * 0.80, h * 0.28 + w * 0.25), fill=(255, 214, 150))
    rng = np.random.default_rng(5)
    for k, colour in enumerate([(120, 70, 90), (80, 48, 72), (44, 30, 52)]):
        xs = np.linspace(0, w, 40)
        top = h * (0.55 + 0.12 * k) + rng.normal(0, h * 0.02, xs.size).cumsum() * 0.3
        d.polygon([(0, h), *zip(xs, top, strict=True), (w, h)], fill=colour)
    return image.filter(ImageFilter.GaussianBlur(2))


def logo(size: int = 400) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((0, 0, size - 1, size - 1), size // 5, fill=(15, 23, 42, 255))
    d.ellipse(
        (size * 0.22, size * 0.22, size * 0.78, size * 0.78), outline=(56, 189, 248, 255), width=size // 12
    )
    d.ellipse((size * 0.42, size * 0.42, size * 0.58, size * 0.58), fill=(255, 255, 255, 255))
    return image


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    lamp().save(HERE / "lamp.jpg", quality=88)
    landscape().save(HERE / "dusk.jpg", quality=88)
    logo().save(HERE / "logo.png")
