"""What every extractor returns: a document as sections, pictures and its look (colours, fonts)."""

from __future__ import annotations

import hashlib
import io
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal, cast

import numpy as np
from PIL import Image

Layout = Literal["slide", "document", "article"]
MAX_PICTURE_SIDE = 1920
PROSE = -1  # the level of a paragraph in Section.flow (list items have 0, 1, …)
DATA = -2  # a table row or a chart's labels: said, but never a title, key point or statement
MIN_PICTURE_SIDE = 96  # smaller images are icons and bullets, not something to show
FLAT, FLAT_SHARE = 24, 0.97  # a picture this much within this distance of one colour is blank


@dataclass
class Picture:
    name: str  # file name under the plan, e.g. "page_0_img_0.png"
    data: bytes
    mime_type: str
    width: int
    height: int
    graphic: bool = False  # a drawing, chart, screenshot or cut-out (not a photo): shown whole, never cropped


@dataclass
class Section:
    heading: str
    level: int = 1  # 0: the document title; 1, 2, …: heading levels
    paragraphs: list[str] = field(default_factory=list)
    bullets: list[tuple[int, str]] = field(default_factory=list)  # (indent level, text)
    notes: str = ""  # speaker notes, preferred for narration when present
    pictures: list[int] = field(default_factory=list)  # indices into Document.pictures
    page: int | None = None  # 0-based page or slide this section starts on
    flow: list[tuple[int, str]] = field(default_factory=list)  # paragraphs (PROSE) and items, in order

    def say(self, *texts: str, level: int = PROSE) -> None:
        """Paragraphs (or, at level DATA, table rows and chart labels), in reading order."""
        self.paragraphs.extend(texts)
        self.flow.extend((level, t) for t in texts)

    def item(self, level: int, text: str) -> None:
        """A list item, in reading order."""
        self.bullets.append((level, text))
        self.flow.append((level, text))

    def in_order(self) -> list[tuple[int, str]]:
        """Paragraphs (PROSE), data (DATA) and list items (their level) as the document has them."""
        return self.flow or [(PROSE, p) for p in self.paragraphs] + self.bullets

    def text(self) -> str:
        parts = [self.heading, *self.paragraphs, *(t for _, t in self.bullets), self.notes]
        return "\n".join(p for p in parts if p)


@dataclass
class Document:
    kind: Literal["pdf", "pptx", "docx", "url"]
    title: str
    sections: list[Section]
    pictures: list[Picture] = field(default_factory=list)
    colors: list[str] = field(default_factory=list)  # hex, most prominent first
    fonts: list[str] = field(default_factory=list)  # most used first
    layout: Layout = "document"
    page_count: int = 0

    def text(self) -> str:
        return "\n\n".join(s.text() for s in self.sections)


def encode_picture(image: Image.Image, name: str) -> Picture | None:
    """A picture scaled to at most 1920 px: PNG when it has transparency or a palette, else JPEG."""
    if min(image.size) < MIN_PICTURE_SIDE or blank(image):
        return None
    image = trimmed(image)
    image.thumbnail((MAX_PICTURE_SIDE, MAX_PICTURE_SIDE))
    has_alpha = image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info)
    out = io.BytesIO()
    if has_alpha or image.mode in ("P", "1"):
        image.convert("RGBA" if has_alpha else "RGB").save(out, "PNG", optimize=False)
        return Picture(f"{name}.png", out.getvalue(), "image/png", *image.size, is_graphic(image))
    image.convert("RGB").save(out, "JPEG", quality=88)
    return Picture(f"{name}.jpg", out.getvalue(), "image/jpeg", *image.size, is_graphic(image))


def trimmed(image: Image.Image) -> Image.Image:
    """The picture without the flat margin around what it shows (a scanned page's mask around a small
    engraving showed as a white sheet), when the margin is a fifth of it or more. A row or column is
    content when 1 % of it differs from the corner's colour (specks and scan noise are not)."""
    if image.mode in ("RGBA", "LA") and image.getchannel("A").getextrema()[0] < 250:  # type: ignore[operator]
        ink = np.asarray(image.getchannel("A")) > 16
    else:
        rgb = np.asarray(image.convert("RGB"), dtype=np.int16)
        ink = np.abs(rgb - rgb[0, 0]).max(axis=2) > 32
    rows, cols = np.flatnonzero(ink.mean(axis=1) > 0.01), np.flatnonzero(ink.mean(axis=0) > 0.01)
    if not len(rows) or not len(cols):
        return image
    top, bottom, left, right = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    if (bottom - top) * (right - left) > 0.8 * image.width * image.height:
        return image
    pad = round(0.03 * max(bottom - top, right - left))
    box = (
        max(0, left - pad),
        max(0, top - pad),
        min(image.width, right + pad),
        min(image.height, bottom + pad),
    )
    return image.crop(box) if min(box[2] - box[0], box[3] - box[1]) >= MIN_PICTURE_SIDE else image


def blank(image: Image.Image) -> bool:
    """Near one flat colour, any colour (a white or black mask, an empty frame): nothing to show. JPEG
    noise and specks aside: nearly all of it within a small distance of its median colour."""
    small = image.convert("RGBA")
    small.thumbnail((96, 96))
    pixels = np.asarray(small, dtype=np.int16).reshape(-1, 4)
    near = np.abs(pixels - np.median(pixels, axis=0)).max(axis=1) <= FLAT
    return float(near.mean()) >= FLAT_SHARE


def is_graphic(image: Image.Image) -> bool:
    """A drawing, chart, diagram, screenshot or cut-out rather than a photo: transparent somewhere, or
    flat (one colour covers a third of it, or it has few colours at all), as photos never are."""
    small = image.convert("RGBA")
    small.thumbnail((96, 96))
    lowest, _ = cast(tuple[int, int], small.getchannel("A").getextrema())
    if lowest < 250:
        return True
    colors = small.convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE).getcolors() or []
    counts = sorted((count for count, _ in colors), reverse=True)
    return len(counts) < 48 or counts[0] > 0.33 * sum(counts)


def page_picture(image: Image.Image, name: str) -> Picture:
    """A rendered page: always PNG (text stays crisp), shown whole."""
    out = io.BytesIO()
    image.convert("RGB").save(out, "PNG")
    return Picture(f"{name}.png", out.getvalue(), "image/png", *image.size, graphic=True)


def open_image(data: bytes) -> Image.Image | None:
    """An embedded image Pillow can read (EMF/WMF and broken files are skipped), fully loaded."""
    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > 40_000_000:
            return None
        image.load()
        return image
    except Exception:  # Pillow raises many types for undecodable data; the picture is simply skipped
        return None


def dominant_colors(images: list[Image.Image], limit: int = 6) -> list[str]:
    """The colours covering the most pixels across `images`, as hex, most prominent first."""
    counts: Counter[str] = Counter()
    for image in images:
        small = image.convert("RGB")
        small.thumbnail((160, 160))
        quantized = small.quantize(colors=8, method=Image.Quantize.MEDIANCUT)
        palette = quantized.getpalette() or []
        for count, index in quantized.getcolors() or []:
            start = cast(int, index) * 3  # a palette image's colours are palette indices
            r, g, b = palette[start : start + 3]
            counts[f"#{r:02X}{g:02X}{b:02X}"] += count
    return merge_colors([c for c, _ in counts.most_common()], limit)


def merge_colors(colors: list[str], limit: int = 6) -> list[str]:
    """Drop near-duplicates (within ~8 % per channel), keeping order."""
    kept: list[tuple[int, int, int]] = []
    out = []
    for c in colors:
        rgb = (int(c[1:3], 16), int(c[3:5], 16), int(c[5:7], 16))
        if all(sum(abs(a - b) for a, b in zip(rgb, k, strict=True)) > 60 for k in kept):
            kept.append(rgb)
            out.append(c.upper())
        if len(out) >= limit:
            break
    return out


def ranked(counter: Counter[str], limit: int = 4) -> list[str]:
    return [name for name, _ in counter.most_common(limit)]


def digest(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()
