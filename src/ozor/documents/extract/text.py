"""Text hygiene shared by every extractor: what reaches the plan (and so the voice) is plain, speakable
text, with no control or format characters, soft hyphens, ligatures or private-use glyphs."""

from __future__ import annotations

import re
import unicodedata

# PDFium marks a hyphen it judged soft (a word broken at a line end) with U+0002, or U+FFFE in
# FPDFText_GetText; Word and HTML use U+00AD. All mean "one word": drop them, never a space.
SOFT_HYPHENS = dict.fromkeys(map(ord, "\u0002\u00ad\ufffe"), None)
LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
    "\u0132": "IJ",
    "\u0133": "ij",
    "\u0152": "OE",
    "\u0153": "oe",
}
# Characters that read as a space: no-break and typographic spaces, tabs, line and paragraph separators.
SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
DROPPED = ("Cc", "Cf", "Co", "Cs", "Cn")  # control, format (bidi marks, zero-width), private use, unassigned
PAGE_NUMBER = re.compile(
    r"^\s*(page|seite|página|pagina|p\.)?\s*[-–—(]?\s*(\d{1,4}|(?=[mdclxvi])m*(c[md]|d?c{0,3})(x[cl]|l?x{0,3})(i[xv]|v?i{0,3}))"
    r"\s*[-–—)]?\s*"
    r"((of|von|de|sur|/)\s*\d{1,4})?\s*$",
    re.IGNORECASE,
)


def clean(text: str) -> str:
    """One line of speakable text: hygiene, then whitespace collapsed to single spaces."""
    return " ".join(scrub(text).split())


def scrub(text: str) -> str:
    """Soft hyphens removed, ligatures spelled out, control, format and private-use characters
    dropped (line breaks kept as such); compatibility forms such as full-width letters normalised."""
    text = SPACES.sub(" ", text.translate(SOFT_HYPHENS))
    text = "".join(LIGATURES.get(c, c) for c in text)
    text = unicodedata.normalize("NFC", text)
    return "".join(c for c in text if c in "\n\r" or unicodedata.category(c) not in DROPPED)


# Titles that office software writes by default: they name no document.
GENERIC_TITLE = re.compile(
    r"^(untitled.*|(powerpoint |microsoft \w+ )?presentation\d*|document\d*|slide \d+|title|"
    r"click to (add|edit) .*|microsoft (word|powerpoint).*|.*\.(docx?|pptx?|pdf))$",
    re.IGNORECASE,
)
TITLE_WORDS = 12  # a first line this short, with no full stop, reads as a title


def title_from(metadata: str, lines: list[str]) -> str:
    """A document's title: its metadata's unless that is a default ("Presentation", "Document1"),
    else its first line when short and not a sentence, else nothing (the caller decides)."""
    title = clean(metadata)
    if title and not GENERIC_TITLE.match(title):
        return title
    first = clean(next((line for line in lines if has_words(line)), ""))
    return first if len(first.split()) <= TITLE_WORDS and not first.endswith((".", ";", ",", ":")) else ""


def is_page_number(text: str) -> bool:
    """ "12", "- 12 -", "Page 3 of 10", "xiv": page furniture, never content."""
    return bool(PAGE_NUMBER.match(text))


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph joined; a word hyphenated across a line end is put back together
    (only when the next line goes on in lower case: "well-" + "Known" keeps both words)."""
    text = ""
    for raw in lines:
        line = clean(raw)
        if not line:
            continue
        if text.endswith("-") and len(text) > 1 and text[-2].isalpha() and line[:1].islower():
            text = text[:-1] + line
        else:
            text = f"{text} {line}" if text else line
    return text


def has_words(text: str) -> bool:
    """At least one word with a letter in it (numbers and symbols alone are not something to say)."""
    return any(any(c.isalpha() for c in word) for word in text.split())
