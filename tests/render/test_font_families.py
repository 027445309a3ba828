"""Every shipped font family is installed by pyproject, renders Latin with accents, and has its weights."""

from __future__ import annotations

import tomllib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ozor.render.fonts import font
from ozor.scene.fonts import FONT_FAMILIES, FONTS, LOOK_FONTS, FontFamily, package

ROOT = Path(__file__).resolve().parents[2]
# Spanish, German, French (capital ẞ is left out: German sets ß in capitals as SS, and several
# display faces lack it), with the punctuation and symbols ad copy uses.
ACCENTS = "ÁÉÍÓÚÑÜáéíóúñü¿¡ÄÖäößÀÂÆÇÈÊËÎÏÔŒÙÛŸàâæçèêëîïôœùûÿ«»€–—‘’“”…%&@$£"


def _ink(face: ImageFont.FreeTypeFont, text: str) -> float:
    image = Image.new("L", (1400, 120), 0)
    ImageDraw.Draw(image).text((10, 10), text, font=face, fill=255)
    return float(np.asarray(image, np.float64).sum() / 255)


def test_every_family_is_described_and_a_dependency() -> None:
    assert set(FONTS) == set(FONT_FAMILIES)
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    names = {d.split(">")[0].split("=")[0].split("[")[0].strip() for d in deps}
    missing = [package(f) for f in FONT_FAMILIES if package(f) not in names]
    assert missing == []


@pytest.mark.parametrize("family", FONT_FAMILIES)
def test_family_covers_latin_accents(family: FontFamily) -> None:
    face = font(family, FONTS[family].weights[0], 40)
    # A missing glyph draws the font's .notdef box: the same bitmap as a private-use code point.
    notdef = face.getmask("\ue000")
    missing = [
        c for c in ACCENTS if bytes(face.getmask(c)) == bytes(notdef) and face.getmask(c).size == notdef.size
    ]
    assert missing == []


@pytest.mark.parametrize("family", FONT_FAMILIES)
def test_family_renders_its_weights(family: FontFamily) -> None:
    info = FONTS[family]
    low, high = info.weights
    light = _ink(font(family, low, 40), "Hamburgefonstiv")
    heavy = _ink(font(family, high, 40), "Hamburgefonstiv")
    assert light > 200
    if low != high:
        assert heavy > light * 1.15  # the weight axis (or the bold file) really is used
    # Outside the range snaps to the nearest real weight rather than failing.
    assert _ink(font(family, 1000, 40), "Hamburgefonstiv") == pytest.approx(heavy, rel=0.02)


def test_every_look_pairs_a_display_face_with_a_text_face() -> None:
    assert len(LOOK_FONTS) >= 10
    for look in LOOK_FONTS.values():
        assert "display" in FONTS[look.display].roles
        assert "text" in FONTS[look.text].roles
        for family, weight in ((look.display, look.display_weight), (look.text, look.text_weight)):
            low, high = FONTS[family].weights
            assert low <= weight <= high
            assert _ink(font(family, weight, 48), "Señor Müller à Noël") > 300
        assert look.accent is None or look.accent in FONTS
