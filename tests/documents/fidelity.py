"""How faithful a plan is to its document: the reference text read straight from the file's raw
structure (not through ozor's extractors, so what they drop is measured), and the figures of issue 16.

A document's sentence "appears" in a scene when at least 80 % of its word trigrams (its words, when
it is shorter than three) are in that scene's narration or key points: line joins and a heading run
into a sentence cost little, a sentence that is dropped, cut or spelled with stray characters fails.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from lxml import etree

from ozor.design.reading import SPEAKING_WORDS_PER_SEC
from ozor.documents.analyze import Analysis, AnalyzeOptions, analyze_file
from ozor.errors import OzorError

MIN_WORDS = 4  # shorter lines are labels, not sentences
COVERED = 0.8
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
LIGATURES = {chr(c) for c in range(0xFB00, 0xFB07)}
WORD = re.compile(r"\w+", re.UNICODE)
URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+")
FIELD = "{http://schemas.openxmlformats.org/drawingml/2006/main}fld"


@dataclass
class Measure:
    """One file's figures."""

    name: str
    kind: str
    words: int  # narratable words in the reference text
    sentences: int
    text_words: int = 0  # words with a letter anywhere in the reference text (labels and cells too)
    refused: str | None = None
    covered: int = 0
    scenes: int = 0
    narrated: int = 0  # scenes with narration
    empty: int = 0  # scenes with neither narration nor key points
    images: int = 0  # distinct pictures shown across the plan
    pages: int = 0  # scenes showing their page or slide (rendered when the plan is stored)
    control: int = 0  # control, format or ligature characters in titles, narration and key points
    repeats: int = 0  # sentences said twice in one scene
    symbols: int = 0  # key points of one or two characters ("S", "π1")
    titles: list[str] = field(default_factory=list)

    @property
    def fidelity(self) -> float:
        return self.covered / self.sentences if self.sentences else 1.0


def measure_all(files: list[tuple[str, bytes]], target_sec: int) -> list[Measure]:
    """Every file analysed through ozor's analysis; runs inside one sandboxed child per batch."""
    return [measure(name, data, target_sec) for name, data in files]


def measure(name: str, data: bytes, target_sec: int) -> Measure:
    kind = PurePosixPath(name).suffix.lstrip(".").lower()
    lines = reference_text(kind, data)
    reference = narratable(lines)
    out = Measure(name, kind, sum(len(s.split()) for s in reference), len(reference))
    out.text_words = sum(any(c.isalpha() for c in w) for line in lines for w in line.split())
    try:
        # Slide renders (LibreOffice, seconds a deck) are tested on their own (test_slides.py);
        # here the scenes that would show one are counted.
        analysis = analyze_file(data, AnalyzeOptions(target_sec, None, name, slides=False))
    except OzorError as e:
        out.refused = e.detail
        return out
    score(out, analysis, reference)
    return out


def score(out: Measure, analysis: Analysis, reference: list[str]) -> None:
    scenes = analysis.draft.scenes
    out.scenes = len(scenes)
    out.narrated = sum(bool(s.narration.strip()) for s in scenes)
    out.empty = sum(not s.narration.strip() and not any(p.strip() for p in s.key_points) for s in scenes)
    out.images = len({name for names in analysis.scene_pictures for name in names})
    out.pages = sum(s.page is not None for s in scenes)
    out.titles = [s.title for s in scenes]
    spoken = [s.title for s in scenes] + [t for s in scenes for t in (s.narration, *s.key_points)]
    out.control = sum(dirty(c) for text in [analysis.draft.title, *spoken] for c in text)
    out.symbols = sum(len(re.sub(r"\W", "", p)) <= 2 for s in scenes for p in s.key_points)
    for scene in scenes:
        said = [normal(s) for s in re.split(r"(?<=[.!?])\s+", scene.narration) if len(s.split()) >= 3]
        out.repeats += len(said) - len(set(said))
    grams = [_grams(normal(" ".join([s.narration, *s.key_points]))) for s in scenes]
    for sentence in reference:
        wanted = _grams(normal(sentence))
        if wanted and any(len(wanted & have) >= COVERED * len(wanted) for have in grams):
            out.covered += 1


def dirty(char: str) -> bool:
    return (
        unicodedata.category(char) in ("Cc", "Cf", "Co", "Cs", "Cn") and char != "\n"
    ) or char in LIGATURES


def normal(text: str) -> str:
    return " ".join(WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def _grams(text: str) -> set[tuple[str, ...]]:
    words = text.split()
    if len(words) < 3:
        return {(w,) for w in words}
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def narratable(lines: list[str]) -> list[str]:
    """The reference's sentences worth saying: at least four words, mostly words (not numbers or code)."""
    out = []
    for line in lines:
        # Addresses are not said (the planner leaves them out of speech): not sentences to find.
        text = " ".join(URL.sub("", unicodedata.normalize("NFKC", line)).split())
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"“‘(])", text):
            tokens = sentence.split()
            wordy = sum(any(c.isalpha() for c in t) for t in tokens)
            if len(tokens) >= MIN_WORDS and wordy >= 0.6 * len(tokens):
                out.append(sentence)
    return out


def reference_text(kind: str, data: bytes) -> list[str]:
    """The document's text as paragraphs (lines for PDFs), from its raw structure."""
    try:
        return {"pdf": _pdf_text, "pptx": _pptx_text, "docx": _docx_text}[kind](data)
    except Exception:  # an unreadable file has no reference text; its refusal is judged by the caller
        return []


def _pdf_text(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        text = "\n\n".join(
            pdf[i].get_textpage().get_text_range().replace("\r\n", "\n") for i in range(len(pdf))
        )
    finally:
        pdf.close()
    # PDFium marks a hyphen at a line break with U+0002; real-world readers join the word.
    text = re.sub(r"[\u0002\u00ad-]\n(?=[a-zà-ÿ])", "", text)
    text = "".join(c for c in text if not dirty(c) or c == "\n")
    text = re.sub(
        r"\b(page|seite|página|pagina)\s+\d+\s*((of|sur|von|de|/)\s*\d+)?", "", text, flags=re.IGNORECASE
    )
    return [" ".join(page.split()) for page in text.split("\n\n")]


def _paragraphs(root: etree._Element, tag: str, text_tag: str) -> list[str]:
    """Each paragraph's own text; a text box nested in a paragraph is read as paragraphs of its own."""
    out = []
    for paragraph in root.iter(tag):
        if any(a.tag == MC_FALLBACK for a in paragraph.iterancestors()):
            continue  # the same text box again, for readers without DrawingML
        # Fields (slide numbers, dates) are furniture that a deck fills in, not its text.
        own = (
            t
            for t in paragraph.iter(text_tag)
            if next(t.iterancestors(tag), None) is paragraph and next(t.iterancestors(FIELD), None) is None
        )
        text = "".join(t.text or "" for t in own)
        if text.strip():
            out.append(text)
    return out


def _docx_text(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    return _paragraphs(root, "{*}p", "{*}t")  # any namespace: Strict Open XML uses its own


def _pptx_text(data: bytes) -> list[str]:
    """Slides in order: shape and table text, alt text, chart titles and labels, then speaker notes."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = set(archive.namelist())

    def rels(part: str) -> dict[str, str]:
        folder, base = part.rsplit("/", 1)
        path = f"{folder}/_rels/{base}.rels"
        if path not in names:
            return {}
        out = {}
        for rel in etree.fromstring(archive.read(path)):
            if rel.get("TargetMode") != "External":
                out[rel.get("Id")] = str(PurePosixPath(folder, rel.get("Target", "")))
        return {k: _resolve(v) for k, v in out.items()}

    presentation = etree.fromstring(archive.read("ppt/presentation.xml"))
    by_id = rels("ppt/presentation.xml")
    lines: list[str] = []
    for entry in presentation.iter(f"{P}sldId"):
        slide = by_id.get(entry.get(R_ID, ""), "")
        if slide not in names:
            continue
        root = etree.fromstring(archive.read(slide))
        lines += _paragraphs(root, f"{A}p", f"{A}t")
        # Alt text, unless it is only a file name ("python-powered.png"), which says nothing.
        alts = (e.get("descr") or "" for e in root.iter(f"{P}cNvPr"))
        lines += [d for d in alts if d.strip() and not re.fullmatch(r"\S+\.\w{2,4}", d.strip())]
        for target in rels(slide).values():
            if target in names and "/charts/chart" in target:
                chart = etree.fromstring(archive.read(target))
                lines += _paragraphs(chart, f"{A}p", f"{A}t")
                lines += [v.text for v in chart.iter(f"{C}v") if v.text and any(c.isalpha() for c in v.text)]
            elif target in names and "/notesSlides/" in target:
                notes = etree.fromstring(archive.read(target))
                for shape in notes.iter(f"{P}sp"):
                    kind = next((ph.get("type") for ph in shape.iter(f"{P}ph")), None)
                    if kind == "body":
                        lines += _paragraphs(shape, f"{A}p", f"{A}t")
    return lines


def _resolve(path: str) -> str:
    parts: list[str] = []
    for part in path.split("/"):
        if part == "..":
            parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)


def short(m: Measure, target_sec: int) -> bool:
    """A document that fits the target duration whole: its every sentence can be said."""
    return m.words <= target_sec * SPEAKING_WORDS_PER_SEC
