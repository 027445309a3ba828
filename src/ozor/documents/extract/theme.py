"""The DrawingML theme part shared by PPTX and DOCX: its colour scheme and its heading/body fonts.

Parsed with entity resolution and network access off (the guard has already refused any DTD).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# Scheme slots in the order a designer sees them: dark text, light background, then the accents.
SLOTS = ("dk2", "accent1", "accent2", "dk1", "lt1", "lt2", "accent3", "accent4", "accent5", "accent6")


@dataclass
class Theme:
    colors: dict[str, str] = field(default_factory=dict)  # slot → #RRGGBB
    heading_font: str = ""
    body_font: str = ""


def safe_xml(blob: bytes) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    return etree.fromstring(blob, parser)


def parse_theme(blob: bytes | None) -> Theme:
    theme = Theme()
    if not blob:
        return theme
    try:
        root = safe_xml(blob)
    except etree.XMLSyntaxError:
        return theme
    scheme = root.find(f".//{A}clrScheme")
    if scheme is not None:
        for slot in scheme:
            name = etree.QName(slot).localname
            value = _color(slot)
            if value:
                theme.colors[name] = value
    major = root.find(f".//{A}majorFont/{A}latin")
    minor = root.find(f".//{A}minorFont/{A}latin")
    theme.heading_font = major.get("typeface", "") if major is not None else ""
    theme.body_font = minor.get("typeface", "") if minor is not None else ""
    return theme


def _color(slot: etree._Element) -> str | None:
    srgb = slot.find(f"{A}srgbClr")
    if srgb is not None and srgb.get("val"):
        return f"#{srgb.get('val', '').upper()}"
    system = slot.find(f"{A}sysClr")
    if system is not None and system.get("lastClr"):
        return f"#{system.get('lastClr', '').upper()}"
    return None


def ordered_colors(theme: Theme) -> list[str]:
    return [theme.colors[s] for s in SLOTS if s in theme.colors]
