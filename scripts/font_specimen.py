"""Render the specimen sheet of the ten looks' fonts: each family with accents at two weights, plus icons.

Usage: python scripts/font_specimen.py out.png
"""

from __future__ import annotations

import sys

from PIL import Image, ImageDraw

from ozor.icons.raster import rasterize
from ozor.render.fonts import font
from ozor.scene.fonts import FONTS, LOOK_FONTS

LINE = "Señor Müller à la française — ¿Qué tal? Œuvre, Straße, ÉTÉ 2026 €49"
ICONS = (
    "battery",
    "leaf",
    "coffee",
    "headphones",
    "house",
    "calendar",
    "tag",
    "rocket",
    "heart",
    "shield-check",
)


def main(out: str) -> None:
    row, width = 64, 1600
    families = list(FONTS)
    height = 20 + row * 2 * len(families) + row * 2 * len(LOOK_FONTS) + 140
    sheet = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(sheet)
    label = font("Inter", 500, 15)
    y = 10
    for family in families:
        low, high = FONTS[family].weights
        for weight in sorted({max(low, 400), min(high, 800)}):
            draw.text((10, y + 12), f"{family} {weight}", font=label, fill=(110, 110, 110))
            draw.text((230, y), LINE, font=font(family, weight, 34), fill=(20, 20, 20))
            y += row
    for name, look in LOOK_FONTS.items():
        headline = "ÉTÉ SOLAIRE" if look.display_caps else "Été solaire, énergie"
        draw.text((10, y + 16), name, font=label, fill=(110, 110, 110))
        draw.text((230, y), headline, font=font(look.display, look.display_weight, 48), fill=(20, 20, 20))
        draw.text(
            (760, y + 18),
            "Günstig, rápido y très simple: jetzt bestellen.",
            font=font(look.text, look.text_weight, 26),
            fill=(60, 60, 60),
        )
        y += row * 2
    for i, icon in enumerate(ICONS):
        sheet.paste(rasterize(icon, 96, (40, 90, 200)), (10 + i * 110, y), rasterize(icon, 96, (40, 90, 200)))
    sheet.crop((0, 0, width, y + 110)).save(out)


if __name__ == "__main__":
    main(sys.argv[1])
