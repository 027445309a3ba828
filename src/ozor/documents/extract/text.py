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


# OCR's hyphenation artefacts: a stray hyphen before a word ("the -city") or a word broken with a
# hyphen and a space ("pay- rolls" is "pay-rolls"); a dash between spaces is punctuation and stays.
STRAY_HYPHEN = re.compile(r"(?<=[^\W\d_]) -(?=[^\W\d_A-Z])")
BROKEN_WORD = re.compile(r"(?<=[^\W\d_])- (?=[a-z]{2,}\b)(?!and\b|or\b|to\b)")


def clean(text: str) -> str:
    """One line of speakable text: hygiene, OCR's hyphen artefacts joined, then whitespace collapsed
    to single spaces."""
    text = " ".join(scrub(text).split())
    return BROKEN_WORD.sub("-", STRAY_HYPHEN.sub(" ", text))


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


def as_row(cells: list[str]) -> str:
    """A table row said as one sentence: its cells (a merged cell once) joined by "; ", then a full stop;
    empty when no cell holds text."""
    line = "; ".join(c for c in dict.fromkeys(clean(cell) for cell in cells) if c)
    return line if not line or line.endswith((".", "!", "?")) else f"{line}."


def table_rows(table) -> list[str]:  # type: ignore[no-untyped-def]
    """A Word or PowerPoint table (python-docx's and python-pptx's have the same rows and cells) as
    one line per row, so its facts can be said."""
    return [line for line in (as_row([c.text for c in row.cells]) for row in table.rows) if line]


LATIN_VOWELS = set("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœąęıįųāēīōū")
LETTER_RUN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
MIN_RUNS = 12  # fewer runs of letters are too few to judge


def legibility(text: str) -> float | None:
    """The share of the text's runs of letters that look like words: two letters or more (one in a
    script without case: a Chinese word may be one character), cased as words are ("word", "Word", "WORD", "camelCase"; not "dP"), with a vowel in the Latin script.
    Prose, tables, code and diagrams score about 0.8 or more; text PDFium reads through a font without
    a proper character map, or a failed OCR layer, is stray letters between punctuation ("Nsr. :.,
    dP.. i,...?.i") and scores under 0.3. None when there are too few runs to tell."""
    runs = LETTER_RUN.findall(text)
    if len(runs) < MIN_RUNS:
        return None
    worded = 0
    for run in runs:
        letters = run.replace("'", "").replace("’", "")
        uncased = letters.lower() == letters.upper()  # scripts without case: Han, Arabic, Devanagari…
        cased = uncased or len(letters) > 3 or letters.islower() or letters.isupper() or letters.istitle()
        latin = all("LATIN" in unicodedata.name(c, "") for c in letters)
        if (
            (len(letters) >= 2 or uncased)
            and cased
            and (not latin or any(c in LATIN_VOWELS for c in letters.lower()))
        ):
            worded += 1
    return worded / len(runs)


def has_words(text: str) -> bool:
    """At least one word with a letter in it (numbers and symbols alone are not something to say)."""
    return any(any(c.isalpha() for c in word) for word in text.split())
