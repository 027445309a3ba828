"""Reading an edit instruction: which scenes it means, quoted text, numbers, and where clauses end."""

from __future__ import annotations

import re

from ozor.scene.models import Project, TextElement

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
    "6th": 6,
    "7th": 7,
    "8th": 8,
}
NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "sixty": 60,
}
_ORD = "|".join(ORDINALS)
_NUM = r"\d+|" + "|".join(NUMBERS)
# One scene reference: "scene 2", "the second scene", "the last scene", "the CTA scene", "the intro".
SCENE = (
    rf"(?:(?:the\s+)?(?:{_ORD}|last|final|closing|opening|intro|first|penultimate|second[\s-]to[\s-]last)"
    rf"(?:\s+scenes?|\s+slides?)?|scene\s+(?:{_NUM})|slide\s+(?:{_NUM})|the\s+(?:cta|call[\s-]to[\s-]action|hook|outro|"
    rf"end)(?:\s+scene)?|(?:the\s+)?(?:cta|hook|intro|outro)\s+scene)"
)
SCENES = (
    rf"(?:every\s+scene|each\s+scene|all(?:\s+(?:the|of\s+the))?\s+scenes|all\s+\d+\s+scenes|"
    rf"scenes\s+(?:{_NUM})(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:{_NUM}))*|{SCENE}(?:\s+and\s+{SCENE})*)"
)


def number(word: str) -> float:
    word = word.lower()
    return float(NUMBERS.get(word, ORDINALS.get(word, word)))  # type: ignore[arg-type]


def scene_numbers(phrase: str | None, project: Project) -> list[int] | None:
    """1-based scene numbers a phrase names; None for "every scene" (or no phrase)."""
    if not phrase:
        return None
    low = phrase.lower().strip()
    if re.match(r"every|each|all\b", low):
        return None
    if m := re.match(r"(?:scenes|slides)\s+(.+)", low):
        return [int(number(x)) for x in re.findall(rf"{_NUM}", m.group(1))]
    out = []
    for part in re.split(r"\s+and\s+", low):
        out.append(one_scene(part, project))
    return out


def one_scene(part: str, project: Project) -> int:
    n = len(project.scenes)
    part = re.sub(r"^the\s+", "", part.strip())
    if m := re.search(rf"(?:scene|slide)\s+({_NUM})", part):
        return int(number(m.group(1)))
    if re.match(r"(?:last|final|closing|outro|end)\b", part):
        return n
    if re.match(r"(?:penultimate|second[\s-]to[\s-]last)", part):
        return max(1, n - 1)
    if re.match(r"(?:opening|intro|hook)\b", part):
        return 1
    if re.match(r"(?:cta|call[\s-]to[\s-]action)", part):
        return cta_scene(project)
    if m := re.match(rf"({_ORD})", part):
        return int(ORDINALS[m.group(1)])
    raise ValueError(f"no scene in {part!r}")


def cta_scene(project: Project) -> int:
    """The scene with the call-to-action button (the last one that has it), else the last scene."""
    for i in range(len(project.scenes), 0, -1):
        if any(isinstance(e, TextElement) and e.role == "cta" for e in project.scenes[i - 1].elements):
            return i
    return len(project.scenes)


def clean_text(text: str) -> str:
    """New copy as the user typed it: outer quotes off; an unquoted sentence loses its final full stop."""
    text = text.strip()
    if m := re.fullmatch(r"[\"“'‘](.+)[\"”'’]\.?", text):
        return m.group(1).strip()
    return text.rstrip(" .") if not text.endswith(("?", "!", "...")) else text


def clauses(instruction: str) -> list[str]:
    """Sentences of an instruction, split where a full stop, semicolon or "then" ends one; quoted
    text is never split."""
    quoted: list[str] = []

    def hide(m: re.Match[str]) -> str:
        quoted.append(m.group(0))
        return f"\x00{len(quoted) - 1}\x00"

    hidden = re.sub(r"\"[^\"]*\"|“[^”]*”|(?<!\w)'[^']*'(?!\w)", hide, instruction.strip())
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Za-z])|;\s*|,?\s+(?:and\s+)?then\s+|\n+|\.\s*$", hidden)
    out = []
    for part in parts:
        part = re.sub(r"\x00(\d+)\x00", lambda m: quoted[int(m.group(1))], part).strip(" .,")
        if part:
            out.append(part)
    return out


VERBS = (
    r"make|add|use|change|set|remove|delete|swap|move|put|turn|switch|replace|give|drop|mute|rename|lower|"
    r"raise|shorten|lengthen|speed|slow|insert|include|place|reverse|try|no"
)


def and_split(clause: str) -> list[str]:
    """A clause split where a new instruction starts after "and" or a comma ("make it faster and add
    captions"); a comma inside new copy ("…to Glow, your way") stays."""
    parts = re.split(
        rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:also\s+|then\s+)?(?:{VERBS})\b)", clause, flags=re.IGNORECASE
    )
    return [p for p in parts if p.strip()]
