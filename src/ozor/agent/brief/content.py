"""What the video is about: the subject's noun phrase, the features the prompt lists, and an
explainer's topic and own points ("with three key facts: …", "steps: …", "1) … 2) …").

These read a masked prompt, in which facts already read (dates, prices, names…) are blanked out with
spaces of the same length, so spans still index `Brief.prompt` and nothing is read twice.
"""

from __future__ import annotations

import re

from ozor.agent.brief.model import Fact, Language, Role
from ozor.agent.brief.text import span_fact
from ozor.agent.knowledge.matcher import Match
from ozor.agent.knowledge.words import function_words, label_words

STOP = function_words()  # trimmed off the ends of phrases (en, es, de)
GENERIC_HEAD = re.compile(
    r" (?:tool|app|platform|service|software|shop|store|studio|company|kit|system|device|brand|line|range|"
    r"collection|set|bar|club|class|classes|course|center|centre|agency|box|plan|subscription|program|"
    r"programme|laden|geschäft|studio|service|retreat|session|camp|trip|tour|getaway|event|night|day|"
    r"party|market|fair|show|tasting|series|season|kit|pack)s?\b",
    re.IGNORECASE,
)
LEAD = re.compile(
    r"(?<![\w])(?:for|about|of|on|showcasing|introducing|announcing|launching|promoting|advertising|"
    r"featuring|para|sobre|de|für|über|zu|zum|zur|von) ",
    re.IGNORECASE,
)
CUT = re.compile(
    r"\s{2,}|[,;:!?()]|\.(?:\s|$)|\s(?:-|–)\s|\b(?:called|named|with|that|which|who|and|using|in|at|"
    r"llamad[oa]|con|que|en|namens|mit|der|die|das|im|in|vom|von|aus)\b",
    re.IGNORECASE,
)
LIST_SPLIT = re.compile(
    r"\s*(?:;|,(?!\d)|\(|\)|(?<![\w-])(?:and|y|und|(?-i:plus))(?![\w-])|\s&\s|\s\+\s)\s*", re.IGNORECASE
)
WITH = re.compile(
    r"(?<![\w])(?:with|featuring|highlighting|including|offering|con|incluye|mit|inklusive|samt)\s+"
    r"(?P<l>(?:[^.;:!?]|\.(?=\d))+)",
    re.IGNORECASE,
)
CLAUSE = re.compile(
    r"(?<![\w])(?:that|which|who|que|das|die|der)\s+(?P<l>(?:[^,.;:!?]|[.,](?=\d)){6,80})", re.IGNORECASE
)
# Words about the video itself, not its subject: "use as the accent", "narrated by luna".
FORMAT_WORDS = re.compile(
    r"\b(?:accents?|background|colou?rs?|style|look|music|voice\w*|narrat\w*|logo|fonts?|theme|captions?|"
    r"subtitles?|vertical|horizontal|format|cinematic|epic|dramatic|estilo|fondo|música|voz|formato|stil|"
    r"hintergrund|farben?|musik|"
    r"stimme|schrift|format)\b",
    re.IGNORECASE,
)
FRAGMENT = re.compile(r",(?!\d)\s*(?P<l>(?:[^,:;]|,(?=\d)){3,60})(?=,(?!\d)|$)")
LATER_SENTENCE = re.compile(r"(?<=[.!?])\s+(?P<l>(?:[^.!?]|\.(?=\d)){3,120})")
COLON = re.compile(r":\s*(?P<l>[^:]+?)(?=\s*(?:\.\s|\.$|$))")
NUMBERED = re.compile(r"(?:^|\s)(?:\d{1,2}[).]|[-•*])\s+(?P<p>.+?)(?=\s+(?:\d{1,2}[).]|[-•*])\s|[.;]?\s*$)")
SEQUENCE = re.compile(
    r"\b(?:first(?:ly)?|then|next|after that|finally|lastly|primero|luego|después|"
    r"finalmente|zuerst|dann|danach|schließlich|zum schluss),?\s+(?P<p>[^,;.]+)",
    re.IGNORECASE,
)
TOPIC = re.compile(
    r"(?<![\w])(?P<t>(?:how|why|what)\s+[^,.;:!?]+?|(?:cómo|por qué|qué es|qué son)\s+[^,.;:!?]+?|"
    r"(?:wie|warum|was ist|was sind|so)\s+[^,.;:!?]+?)"
    r"(?=\s+(?:for|para|für)\s(?:\s|$)|\s+(?:and|y|und)\s+(?:why|how|what|por qué|cómo|qué|warum|wie|was)\s|"
    r"\s+(?:with|con|mit|in|en|im)\s+(?:\w+\s+)?(?:\d|two|three|four|five|dos|tres|cuatro|"
    r"zwei|drei|vier|key|main)|\s+(?:in|en|im)\s+\w+\s+(?:style|estilo|stil)|\s*[,.;:!?]|\s{2,}|$)",
    re.IGNORECASE,
)
ABOUT = re.compile(
    r"\b(?:explain\w*|about|on|sobre|acerca de|explica\w*|über|erklär\w*)\s+(?P<t>[^,.;:!?]+?)"
    r"(?=\s+(?:for|para|für)\s|\s*[,.;:!?]|\s{2,}|$)",
    re.IGNORECASE,
)


def mask(text: str, facts: list[Fact]) -> str:
    """`text` with every fact blanked out (same length, so positions still match)."""
    chars = list(text)
    for f in facts:
        chars[f.start : f.end] = " " * (f.end - f.start)
    return "".join(chars)


def subject_around(text: str, masked: str, match: Match, language: Language) -> Fact:
    """The noun phrase around a category keyword: its modifiers before it in en/de, after it in es."""
    start, end = match.start, match.end
    if language == "es":  # "barrita de proteína vegana": the noun first, then "de …" and adjectives
        while m := re.match(r" (?:de )?(?P<w>[^\W\d_][\w'-]*)", masked[end:]):
            if m.group("w").lower() in STOP or end - match.end > 24:
                break
            end += m.end()
    else:
        if m := GENERIC_HEAD.match(masked, end):
            end = m.end()  # "invoicing tool": the keyword modifies a generic head noun
        if m := re.match(r" [A-Z0-9](?![\w])", masked[end:]):
            end += m.end()  # "vitamin C", "Series 5"
        words = list(re.finditer(r"(?:\d+-)?[^\W\d_][\w'-]*", masked[:start]))
        for w in reversed(words[-3:]):
            if w.group().lower() in STOP or len(masked[w.end() : start]) > 1:
                break  # a function word, or a fact already read sits between
            start = w.start()
    if hyphen := re.search(r"[^\W\d_]+(?:-[^\W\d_]+)*-$", text[:start]):
        start = hyphen.start()  # "Synthwave-Festival"
    if m := re.match(r"(?:-[^\W\d_]+)+", text[end:]):
        end += m.end()  # "Yoga-Retreat"
    return span_fact("subject", text, start, end)


def trimmed(text: str, role: Role, start: int, end: int) -> Fact | None:
    """text[start:end] without the function words at its ends, or None when nothing is left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and words[0].group().lower().strip(",.") in STOP:
        words.pop(0)
    while words and words[-1].group().lower().strip(",.") in STOP:
        words.pop()
    if not words or not any(re.search(r"[^\W\d_]{3}", w.group()) for w in words):
        return None
    return span_fact(role, text, start + words[0].start(), start + words[-1].end())


def subject_after_lead(text: str, masked: str, after: int, names: list[Fact]) -> Fact | None:
    """A subject no category names: the phrase after "for/about/para/für…" that follows the kind word
    (none when that phrase is a name: "for Brightside Dental" is about the name)."""
    for lead in LEAD.finditer(masked, after):
        if any(
            n.start == lead.end() or text[lead.end() :].startswith(("the " + n.text, n.text)) for n in names
        ):
            return None
        rest = masked[lead.end() :]
        cut = CUT.search(rest)
        phrase = rest[: cut.start()] if cut else rest
        words = [w for w in re.finditer(r"\S+", phrase)]
        while words and words[0].group().lower() in STOP:
            words.pop(0)
        if words:
            return span_fact("subject", text, lead.end() + words[0].start(), lead.end() + words[-1].end())
    return None


def items(text: str, masked: str, start: int, end: int, role: Role = "feature") -> list[Fact]:
    """A list's items ("A, B and C"), each cut at blanked-out facts and stripped of function words."""
    out: list[Fact] = []
    pos = start
    for piece in LIST_SPLIT.split(masked[start:end]) + [""]:
        at = masked.find(piece, pos) if piece else -1
        if at < 0:
            continue
        pos = at + len(piece)
        if FORMAT_WORDS.search(text[at : at + len(piece)]):
            continue  # "use #FF5500 as the accent" is about the video, not the product
        for seg in re.split(r"\s{2,}", piece):
            s = masked.find(seg, at)
            words = list(re.finditer(r"[^\s]+", seg))
            while words and words[0].group().lower().strip(",.") in STOP:
                words.pop(0)
            while words and words[-1].group().lower().strip(",.") in STOP:
                words.pop()
            if words and any(re.search(r"[^\W\d_]{3}", w.group()) for w in words) and len(words) <= 8:
                out.append(span_fact(role, text, s + words[0].start(), s + words[-1].end()))
    return out


LABELS = label_words()  # a lone one left of a fragment is a label or a verb, not a feature


def find_features(text: str, masked: str, subject: Fact | None) -> list[Fact]:
    found: list[Fact] = []
    for m in WITH.finditer(masked):
        found += items(text, masked, m.start("l"), m.end("l"))
    if colon := COLON.search(masked):
        found += items(text, masked, colon.start("l"), colon.end("l"))
    for m in CLAUSE.finditer(masked):
        found += items(text, masked, m.start("l"), m.end("l"))
    first = re.split(r"[.!?](?:\s|$)", masked, maxsplit=1)[0]
    for m in FRAGMENT.finditer(first):  # "Ad for a plumber in Denver, 24/7 emergency service, call …"
        found += items(text, masked, m.start("l"), m.end("l"))
    for m in LATER_SENTENCE.finditer(masked):  # "… in Seattle! $22/hour plus tips, flexible shifts."
        found += items(text, masked, m.start("l"), m.end("l"))
    out: list[Fact] = []
    for f in sorted(found, key=lambda f: f.start):
        if f.text.lower() in LABELS:
            continue
        inside_subject = subject is not None and subject.start <= f.start and f.end <= subject.end
        if not inside_subject and not any(
            o.start <= f.start < o.end or f.start <= o.start < f.end for o in out
        ):
            out.append(f)
    return out


COMPARED = re.compile(
    r"(?P<a>[^,.;:!?]{2,40}?)\s+(?:vs\.?|versus|compared (?:to|with)|frente a|contra|gegen|"
    r"im vergleich zu)\s+(?P<b>[^,.;:!?]{2,40})",
    re.IGNORECASE,
)


def find_compared(text: str, masked: str) -> list[Fact]:
    """The two sides of "A vs B", each the last phrase before the "vs" and the first after it."""
    m = COMPARED.search(masked)
    if not m:
        return []
    left = items(text, masked, m.start("a"), m.end("a"))
    right = items(text, masked, m.start("b"), m.end("b"))
    return [f for f in (left[-1:] + right[:1])]


def find_points(text: str, masked: str, counted: str) -> list[Fact]:
    """An explainer's or tutorial's own points, in order: numbered, sequenced, or listed after a colon
    that follows what they are ("three key facts: …", "steps: …", "Tipps: …")."""
    numbered = [span_fact("point", text, m.start("p"), m.end("p")) for m in NUMBERED.finditer(text)]
    if len(numbered) >= 2:
        return numbered
    sequence = [span_fact("point", text, m.start("p"), m.end("p")) for m in SEQUENCE.finditer(text)]
    if len(sequence) >= 2:
        return sequence
    m = COLON.search(masked)
    if m and re.search(rf"(?:{counted})\b[^.:;!?]{{0,40}}$", masked[: m.start()], re.IGNORECASE):
        parts = [p for p in re.split(r"\s*;\s*", m.group("l")) if p.strip()]
        if len(parts) < 2:
            parts = [p for p in LIST_SPLIT.split(m.group("l")) if p.strip()]
        points = []
        for p in parts:
            at = masked.find(p, m.start("l"))
            points += [f for f in items(text, masked, at, at + len(p), "point")[:1]]
        if len(points) >= 2:
            return points
    return []


QUESTION = re.compile(
    r"^(?:how to|how|why|what (?:is|are)|cómo|por qué|qué es|qué son|wie man|wie|warum|was ist|was sind|"
    r"so \w+st du(?: (?:einen|eine|ein|den|die|das|deinen|deine|dein))?)\s+"
    r"(?:(?:does|do|is|are|es|son|ist|sind|funktioniert|funciona)\s+)?",
    re.IGNORECASE,
)


def strip_question(topic: Fact) -> Fact:
    """The thing a question is about: "how to brew pour-over coffee" → "brew pour-over coffee"."""
    cut = m.end() if (m := QUESTION.match(topic.text)) else 0
    words = list(re.finditer(r"\S+", topic.text[cut:]))
    while len(words) > 1 and words[0].group().lower() in STOP:
        words.pop(0)
    cut += words[0].start() if words else 0
    return Fact("subject", topic.text[cut:], topic.start + cut, topic.end)


MORE_QUESTIONS = re.compile(
    r"\s+(?:and|y|und)\s+(?P<q>(?:why|how|what|por qué|cómo|qué|warum|wie|was)\s+[^,.;:!?]+?)"
    r"(?=\s+(?:for|para|für)\s|\s+(?:and|y|und)\s+(?:why|how|what|por qué|cómo|qué|warum|wie|was)\s|"
    r"\s*[,.;:!?]|$)",
    re.IGNORECASE,
)


def more_questions(text: str, topic: Fact) -> list[Fact]:
    """Questions after the topic ("what a heat pump is and why it saves energy"): points to answer."""
    out: list[Fact] = []
    at = topic.end
    while m := MORE_QUESTIONS.match(text, at):
        out.append(span_fact("point", text, m.start("q"), m.end("q")))
        at = m.end()
    return out


def find_topic(text: str, masked: str, after: int) -> Fact | None:
    """An explainer's question ("how compound interest works"), else what it is about ("sobre el ciclo
    del agua"): the first phrase that says something, not a bare preposition."""
    if m := TOPIC.search(masked, after) or TOPIC.search(masked):
        return span_fact("topic", text, m.start("t"), m.end("t"))
    for m in ABOUT.finditer(masked, after):
        if any(w.lower() not in STOP for w in m.group("t").split()):
            return span_fact("topic", text, m.start("t"), m.end("t"))
    return None
