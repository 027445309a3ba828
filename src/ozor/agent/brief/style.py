"""Style words, music moods and colours in three languages: what the prompt says about the look.

"synthwave", "neon" and a decade are retro; a named colour ("dark blue", "azul marino", "#FF5500")
is kept with the role the sentence gives it (background or accent).
"""

from __future__ import annotations

import re

from ozor.agent.brief.model import Colour, Fact, Look, Mood
from ozor.agent.brief.text import fact, words_re

LOOK_WORDS: dict[Look, tuple[str, ...]] = {
    "minimal": (
        "minimal",
        "minimalist",
        "minimalistic",
        "clean",
        "simple",
        "sleek",
        "scandinavian",
        "minimalista",
        "sencillo",
        "sencilla",
        "limpio",
        "limpia",
        "minimalistisch",
        "minimalistischer",
        "minimalistische",
        "schlicht",
        "schlichter",
        "schlichte",
        "reduziert",
    ),
    "bold": (
        "bold",
        "loud",
        "punchy",
        "energetic",
        "dynamic",
        "vibrant",
        "high-energy",
        "edgy",
        "urban",
        "audaz",
        "atrevido",
        "atrevida",
        "enérgico",
        "enérgica",
        "dinámico",
        "dinámica",
        "llamativo",
        "llamativa",
        "mutig",
        "kräftig",
        "knallig",
        "dynamisch",
        "dynamischer",
        "dynamische",
        "energiegeladen",
    ),
    "playful": (
        "playful",
        "fun",
        "quirky",
        "cute",
        "colorful",
        "colourful",
        "cheerful",
        "whimsical",
        "cartoon",
        "divertido",
        "divertida",
        "alegre",
        "colorido",
        "colorida",
        "lúdico",
        "verspielt",
        "verspielter",
        "verspielte",
        "lustig",
        "bunt",
        "bunter",
        "bunte",
        "fröhlich",
        "fröhlicher",
        "fröhliche",
    ),
    "luxury": (
        "luxury",
        "luxurious",
        "premium",
        "elegant",
        "high-end",
        "upscale",
        "sophisticated",
        "classy",
        "lujo",
        "lujoso",
        "lujosa",
        "elegante",
        "exclusivo",
        "exclusiva",
        "sofisticado",
        "sofisticada",
        "luxuriös",
        "luxuriöser",
        "luxuriöse",
        "edel",
        "edler",
        "edle",
        "exklusiv",
        "hochwertig",
    ),
    "tech": (
        "tech",
        "techy",
        "futuristic",
        "cyber",
        "cyberpunk",
        "sci-fi",
        "dark",
        "moody",
        "digital",
        "tecnológico",
        "tecnológica",
        "futurista",
        "oscuro",
        "oscura",
        "futuristisch",
        "futuristischer",
        "futuristische",
        "technisch",
        "dunkel",
        "dunkler",
        "dunkle",
    ),
    "retro": (
        "retro",
        "vintage",
        "nostalgic",
        "old-school",
        "synthwave",
        "vaporwave",
        "neon",
        "disco",
        "arcade",
        "pixel",
        "nostálgico",
        "nostálgica",
        "ochentero",
        "ochentera",
        "nostalgisch",
        "retro-stil",
        "vintage-stil",
    ),
    "corporate": (
        "corporate",
        "professional",
        "business",
        "enterprise",
        "formal",
        "b2b",
        "corporativo",
        "corporativa",
        "profesional",
        "empresarial",
        "professionell",
        "professioneller",
        "professionelle",
        "seriös",
        "seriöser",
        "seriöse",
        "geschäftlich",
        "sachlich",
    ),
    "warm": (
        "warm",
        "cozy",
        "cosy",
        "friendly",
        "homey",
        "rustic",
        "inviting",
        "earthy",
        "homemade",
        "cálido",
        "cálida",
        "acogedor",
        "acogedora",
        "cercano",
        "cercana",
        "rústico",
        "rústica",
        "gemütlich",
        "gemütlicher",
        "gemütliche",
        "herzlich",
        "herzlicher",
        "herzliche",
        "einladend",
        "rustikal",
    ),
    "editorial": (
        "editorial",
        "magazine",
        "documentary",
        "journalistic",
        "serif",
        "typographic",
        "revista",
        "documental",
        "redaktionell",
        "magazin",
        "dokumentarisch",
    ),
    "calm": (
        "calm",
        "serene",
        "peaceful",
        "relaxing",
        "soothing",
        "zen",
        "gentle",
        "tranquil",
        "soft",
        "tranquilo",
        "tranquila",
        "sereno",
        "serena",
        "relajante",
        "suave",
        "ruhig",
        "ruhiger",
        "ruhige",
        "ruhigen",
        "entspannt",
        "entspannter",
        "entspannte",
        "sanft",
        "sanfter",
        "sanfte",
        "beruhigend",
    ),
}
WORD_LOOK: dict[str, Look] = {w: look for look, words in LOOK_WORDS.items() for w in words}
LOOK_RE = re.compile(rf"(?<![\w-])(?:{words_re(WORD_LOOK)})(?![\w])", re.IGNORECASE)
MOOD_WORDS: dict[str, Mood] = {
    "upbeat": "upbeat",
    "energetic": "upbeat",
    "happy": "upbeat",
    "uplifting": "upbeat",
    "animada": "upbeat",
    "alegre": "upbeat",
    "fröhliche": "upbeat",
    "schwungvolle": "upbeat",
    "calm": "calm",
    "relaxing": "calm",
    "chill": "calm",
    "ambient": "calm",
    "lo-fi": "calm",
    "tranquila": "calm",
    "relajante": "calm",
    "ruhige": "calm",
    "entspannte": "calm",
    "dramatic": "dramatic",
    "epic": "dramatic",
    "cinematic": "dramatic",
    "dramática": "dramatic",
    "épica": "dramatic",
    "epische": "dramatic",
    "dramatische": "dramatic",
    "corporate": "corporate",
    "corporativa": "corporate",
}
MOOD_RE = re.compile(
    rf"\b({words_re(MOOD_WORDS)})\s+(?:\w+\s+)?(?:music|soundtrack|beat|música|musik)\b|"
    rf"\b(?:music|música|musik)\s+(?:\w+\s+)?({words_re(MOOD_WORDS)})\b",
    re.IGNORECASE,
)
COLOURS: dict[str, str] = {
    "black": "#0B0B0F",
    "white": "#FFFFFF",
    "grey": "#8A8F98",
    "gray": "#8A8F98",
    "silver": "#C0C4CC",
    "red": "#E03131",
    "crimson": "#B0183A",
    "burgundy": "#6D1A2A",
    "orange": "#F76707",
    "yellow": "#FAD02C",
    "gold": "#C8A96A",
    "green": "#2F9E44",
    "forest green": "#1F4D2E",
    "mint": "#8CE0C0",
    "teal": "#0C8599",
    "turquoise": "#22B8CF",
    "cyan": "#15AABF",
    "blue": "#1C7ED6",
    "sky blue": "#4DABF7",
    "navy": "#14213D",
    "navy blue": "#14213D",
    "purple": "#7B3FBF",
    "violet": "#8650E0",
    "lavender": "#B9A6E8",
    "magenta": "#D6336C",
    "pink": "#F06595",
    "hot pink": "#FF3D8B",
    "coral": "#FF7F61",
    "brown": "#7A4B2A",
    "beige": "#EFE3CC",
    "cream": "#FFF8E7",
    "charcoal": "#2B2D31",
    "pastel": "#F7D6E0",
    "negro": "#0B0B0F",
    "blanco": "#FFFFFF",
    "gris": "#8A8F98",
    "rojo": "#E03131",
    "naranja": "#F76707",
    "amarillo": "#FAD02C",
    "dorado": "#C8A96A",
    "oro": "#C8A96A",
    "verde": "#2F9E44",
    "azul": "#1C7ED6",
    "azul marino": "#14213D",
    "morado": "#7B3FBF",
    "violeta": "#8650E0",
    "rosa": "#F06595",
    "marrón": "#7A4B2A",
    "turquesa": "#22B8CF",
    "schwarz": "#0B0B0F",
    "weiß": "#FFFFFF",
    "grau": "#8A8F98",
    "rot": "#E03131",
    "gelb": "#FAD02C",
    "golden": "#C8A96A",
    "grün": "#2F9E44",
    "blau": "#1C7ED6",
    "dunkelblau": "#14213D",
    "marineblau": "#14213D",
    "lila": "#7B3FBF",
    "violett": "#8650E0",
    "braun": "#7A4B2A",
    "türkis": "#22B8CF",
}
SHADES = {
    "dark": 0.55,
    "deep": 0.6,
    "light": 1.45,
    "pale": 1.6,
    "bright": 1.15,
    "oscuro": 0.55,
    "claro": 1.45,
}
COLOUR_RE = re.compile(
    rf"#(?:[0-9a-fA-F]{{6}}|[0-9a-fA-F]{{3}})\b|(?<![\w-])(?:(?:dark|deep|light|pale|bright)[\s-]+)?"
    rf"(?:{words_re(COLOURS)})(?:e[nrms]?)?(?:\s+(?:oscuro|claro))?(?![\w])",
    re.IGNORECASE,
)
BACKGROUND = r"background|backdrop|bg|fondo|hintergrund"
ACCENT = r"accents?|highlights?|buttons?|acento|akzent\w*|details?"


def find_looks(text: str) -> tuple[list[Look], list[Fact]]:
    facts = [fact("style", m) for m in LOOK_RE.finditer(text)]
    looks: list[Look] = []
    for f in facts:
        look = WORD_LOOK[f.text.lower()]
        if look not in looks:
            looks.append(look)
    return looks, facts


def find_mood(text: str) -> Mood | None:
    m = MOOD_RE.search(text)
    return MOOD_WORDS[(m.group(1) or m.group(2)).lower()] if m else None


def find_colours(text: str) -> list[Colour]:
    out: list[Colour] = []
    for m in COLOUR_RE.finditer(text):
        if re.match(r"[A-Z][a-z]+\s+[A-Z]", text[m.start() : m.start() + 30]) and not text[m.start()] == "#":
            continue  # "Black Friday", "Red Bull": a name, not a colour
        after, before = text[m.end() : m.end() + 30].lower(), text[max(0, m.start() - 30) : m.start()].lower()
        role: str = "any"
        if re.match(rf"(?:\s+[\w-]+){{0,2}}?\s*(?:{BACKGROUND})\b", after) or re.search(
            rf"(?:{BACKGROUND})\s+(?:\w+\s+)?$", before
        ):
            role = "background"
        elif re.match(rf"(?:\s+[\w-]+){{0,2}}?\s*(?:{ACCENT})\b", after) or re.search(
            rf"(?:{ACCENT})\s+(?:\w+\s+)?$", before
        ):
            role = "accent"
        out.append(Colour(fact("colour", m), _hex(m.group(0)), role))  # type: ignore[arg-type]
    return out


def _hex(word: str) -> str:
    if word.startswith("#"):
        h = word[1:]
        return "#" + (h if len(h) == 6 else "".join(c * 2 for c in h)).upper()
    low = word.lower()
    shade = next((f for s, f in SHADES.items() if re.search(rf"\b{s}\b", low)), 1.0)
    base = next(COLOURS[c] for c in sorted(COLOURS, key=len, reverse=True) if c in low)
    r, g, b = (int(base[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{min(255, round(c * shade)):02X}" for c in (r, g, b))
