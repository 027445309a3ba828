"""The edit reply in the project's language: "I've …" in English, "He …" in Spanish, "Ich habe …" in German.

Each change says what it did in English; for a Spanish or German project each of those fragments is
rendered from a table of the fragments the edits produce, and one the table lacks is named by the
user's own words ("aplicado «…»"), so a reply is never half in one language and half in another.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ozor.agent.brief.text import language_of
from ozor.scene.models import Project, TextElement

Render = Callable[[re.Match[str]], str]

LABELS = {
    "es": {
        "headline": "el titular", "text": "el texto", "supporting text": "el texto de apoyo",
        "call to action": "el botón", "label": "la etiqueta", "number": "el número",
        "attribution": "la firma",
    },
    "de": {
        "headline": "die Überschrift", "text": "den Text", "supporting text": "den Begleittext",
        "call to action": "den Button", "label": "das Label", "number": "die Zahl",
        "attribution": "die Quellenangabe",
    },
}  # fmt: skip
MOODS = {
    "es": {"upbeat": "animada", "calm": "tranquila", "corporate": "corporativa", "dramatic": "dramática"},
    "de": {"upbeat": "fröhliche", "calm": "ruhige", "corporate": "sachliche", "dramatic": "dramatische"},
}


def _where(lang: str, phrase: str) -> str:
    if phrase == "every scene":
        return "todas las escenas" if lang == "es" else "allen Szenen"
    return (
        phrase.replace("scenes", "las escenas" if lang == "es" else "Szenen")
        .replace("scene", "la escena" if lang == "es" else "Szene")
        .replace(" and ", " y " if lang == "es" else " und ")
    )


def _label(lang: str, english: str) -> str:
    return LABELS[lang].get(english, LABELS[lang]["text"])


def _quote(lang: str, text: str) -> str:
    return f"„{text}“" if lang == "de" else f"“{text}”"


def _table(lang: str) -> list[tuple[re.Pattern[str], Render]]:
    es = lang == "es"
    rows: list[tuple[str, Render]] = [
        (
            r"set the video to ([\d.]+) seconds",
            lambda m: (
                f"ajustado el vídeo a {m[1]} segundos" if es else f"die Länge auf {m[1]} Sekunden gesetzt"
            ),
        ),
        (
            r"changed the voice to (\w+)",
            lambda m: f"cambiado la voz a {m[1]}" if es else f"die Stimme auf {m[1]} umgestellt",
        ),
        (
            r"added a voice-over read by (\w+) to every scene",
            lambda m: (
                f"añadido una voz en off de {m[1]} a todas las escenas"
                if es
                else f"allen Szenen eine Sprecherstimme ({m[1]}) hinzugefügt"
            ),
        ),
        (
            r"removed the voice-over",
            lambda m: "quitado la voz en off" if es else "die Sprecherstimme entfernt",
        ),
        (
            r"made the voice-over speak (faster|more slowly).*",
            lambda m: (
                ("hecho que la voz hable " + ("más rápido" if m[1] == "faster" else "más despacio"))
                if es
                else "die Sprecherstimme " + ("schneller" if m[1] == "faster" else "langsamer") + " gemacht"
            ),
        ),
        (r"removed the music", lambda m: "quitado la música" if es else "die Musik entfernt"),
        (
            r"switched to (\w+) music",
            lambda m: f"puesto música {MOODS[lang][m[1]]}" if es else f"{MOODS[lang][m[1]]} Musik gewählt",
        ),
        (
            r"turned the music (down|up) to (\d+) %",
            lambda m: f"puesto la música al {m[2]} %" if es else f"die Musik auf {m[2]} % gestellt",
        ),
        (
            r"turned captions (on|off)",
            lambda m: (
                ("activado" if m[1] == "on" else "desactivado") + " los subtítulos"
                if es
                else "die Untertitel " + ("eingeschaltet" if m[1] == "on" else "ausgeschaltet")
            ),
        ),
        (
            r"made every scene (faster|slower).*",
            lambda m: (
                ("acelerado" if m[1] == "faster" else "ralentizado") + " todas las escenas"
                if es
                else "alle Szenen " + ("schneller" if m[1] == "faster" else "langsamer") + " gemacht"
            ),
        ),
        (
            r"made the (.+?) (bigger|smaller) in (.+)",
            lambda m: (
                ("agrandado " if m[2] == "bigger" else "reducido ")
                + f"{_label(lang, m[1])} en {_where(lang, m[3])}"
                if es
                else f"{_label(lang, m[1])} in {_where(lang, m[3])} "
                + ("vergrößert" if m[2] == "bigger" else "verkleinert")
            ),
        ),
        (
            r"changed the (.+?) of scene (\d+) to “(.+)”",
            lambda m: (
                f"cambiado {_label(lang, m[1])} de la escena {m[2]} a {_quote(lang, m[3])}"
                if es
                else f"{_label(lang, m[1])} von Szene {m[2]} in {_quote(lang, m[3])} geändert"
            ),
        ),
        (
            r"coloured the (.+?) .*\((#[0-9A-F]{6})\) in (.+?)(?: \(.*)?",
            lambda m: (
                f"puesto {_label(lang, m[1])} en {m[2]} en {_where(lang, m[3])}"
                if es
                else f"{_label(lang, m[1])} in {_where(lang, m[3])} auf {m[2]} umgefärbt"
            ),
        ),
        (
            r"replaced “(.+)” with “(.+)” in (\d+) places?",
            lambda m: (
                f"sustituido {_quote(lang, m[1])} por {_quote(lang, m[2])}"
                if es
                else f"{_quote(lang, m[1])} durch {_quote(lang, m[2])} ersetzt"
            ),
        ),
        (
            r"set the .+? in ([\w ]+)",
            lambda m: f"cambiado la tipografía a {m[1]}" if es else f"die Schrift auf {m[1]} umgestellt",
        ),
        (
            r"switched to \w+ type: (.+) for headlines and (.+) for the rest",
            lambda m: (
                f"cambiado la tipografía a {m[1]} y {m[2]}"
                if es
                else f"die Schriften auf {m[1]} und {m[2]} umgestellt"
            ),
        ),
        (
            r"swapped scenes (\d+) and (\d+)",
            lambda m: (
                f"intercambiado las escenas {m[1]} y {m[2]}"
                if es
                else f"die Szenen {m[1]} und {m[2]} getauscht"
            ),
        ),
        (
            r"removed scenes? ([\d and]+)",
            lambda m: (
                f"quitado {_where(lang, 'scene ' + m[1])}"
                if es
                else f"{_where(lang, 'scene ' + m[1])} entfernt"
            ),
        ),
        (
            r"moved scene (\d+) to position (\d+)",
            lambda m: (
                f"movido la escena {m[1]} a la posición {m[2]}"
                if es
                else f"Szene {m[1]} an Position {m[2]} verschoben"
            ),
        ),
        (
            r"changed the background of (.+?) to .*\((#[0-9A-F]{6})\).*",
            lambda m: (
                f"cambiado el fondo de {_where(lang, m[1])} a {m[2]}"
                if es
                else f"den Hintergrund in {_where(lang, m[1])} auf {m[2]} geändert"
            ),
        ),
        (
            r"made the video (vertical|landscape) \((.+)\)",
            lambda m: (
                f"puesto el vídeo en {'vertical' if m[1] == 'vertical' else 'horizontal'} ({m[2]})"
                if es
                else f"das Video ins {'Hochformat' if m[1] == 'vertical' else 'Querformat'} ({m[2]}) gebracht"
            ),
        ),
        (
            r"set the accent colour to (#[0-9A-F]{6})",
            lambda m: (
                f"cambiado el color de acento a {m[1]}" if es else f"die Akzentfarbe auf {m[1]} gesetzt"
            ),
        ),
        (
            r"added a quote scene(?: by (.+?))? as scene (\d+): “(.+)”",
            lambda m: (
                f"añadido una cita como escena {m[2]}: {_quote(lang, m[3])}"
                if es
                else f"ein Zitat als Szene {m[2]} hinzugefügt: {_quote(lang, m[3])}"
            ),
        ),
        (
            r"renamed the video to “(.+)”",
            lambda m: (
                f"cambiado el título del vídeo a {_quote(lang, m[1])}"
                if es
                else f"das Video in {_quote(lang, m[1])} umbenannt"
            ),
        ),
    ]
    return [(re.compile(pattern + "$"), render) for pattern, render in rows]


def language(project: Project) -> str:
    return language_of(
        " ".join(e.text for s in project.scenes for e in s.elements if isinstance(e, TextElement))
    )


def reply(done: list[tuple[str, str]], lang: str) -> str:
    """One sentence for every (English fragment, the user's clause) the turn carried out."""
    if lang not in LABELS:
        return "I've " + join([say for say, _ in done], "and") + "."
    table = _table(lang)
    parts = []
    for say, clause in done:
        rendered = next((render(m) for p, render in table if (m := p.match(say))), None)
        parts.append(rendered or (f"aplicado «{clause}»" if lang == "es" else f"„{clause}“ umgesetzt"))
    if lang == "es":
        return "He " + join(parts, "y") + "."
    return "Ich habe " + join(parts, "und") + "."


def not_understood(clause: str, lang: str, examples: str) -> str:
    """The reply to a clause no rule understood (the examples are English: so is the edit grammar)."""
    if lang == "es":
        return f"No he entendido “{clause}”, así que no he cambiado nada. Entiendo cambios (en inglés) como {examples}."
    if lang == "de":
        return f"Ich habe „{clause}“ nicht verstanden und nichts geändert. Ich verstehe Änderungen (auf Englisch) wie {examples}."
    return f"I couldn't understand “{clause}”, so I changed nothing. I understand edits like {examples}."


def unchanged(clause: str, lang: str) -> str:
    if lang == "es":
        return f"“{clause}” no cambiaría nada: el vídeo ya está así."
    if lang == "de":
        return f"„{clause}“ würde nichts ändern: Das Video ist schon so."
    return f"“{clause}” would change nothing: the video is already like that."


def join(parts: list[str], conjunction: str) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + f" {conjunction} " + parts[-1]
