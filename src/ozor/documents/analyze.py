"""The analysis that runs in the sandboxed child: bytes → extracted document → plan draft → the
pictures its scenes show (page renders made only for the pages a scene uses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath

from ozor.documents.extract import guard, sniff
from ozor.documents.extract.model import Document, Picture
from ozor.documents.grounding import SourceUnit, units_of
from ozor.documents.planner import PlanDraft, PlannedScene, plan_document

SLIDES_TIMEOUT_SEC = 40.0  # within the sandbox's own limit, with room left for the rest of the analysis


@dataclass
class AnalyzeOptions:
    target_sec: int
    prompt: str | None
    file_name: str | None
    slides: bool = True  # render PPTX slides (LibreOffice) for the scenes that show them


@dataclass
class Analysis:
    file_type: str
    draft: PlanDraft
    pictures: dict[str, Picture] = field(default_factory=dict)  # by file name under the plan
    scene_pictures: list[list[str]] = field(default_factory=list)  # picture names, per scene
    scene_prompts: list[str] = field(default_factory=list)
    units: list[SourceUnit] = field(default_factory=list)  # the text by page/slide/section, for grounding


def analyze_file(data: bytes, options: AnalyzeOptions) -> Analysis:
    kind = sniff.sniff(data)
    if kind == "pdf":
        from ozor.documents.extract import pdf

        return _finish(pdf.extract(data), options, lambda page: pdf.render_page(data, page))
    guard.check_ooxml(data)
    if kind == "pptx":
        from ozor.documents.extract import pptx, slides

        renderer = slides.SlideRenderer(data, timeout=SLIDES_TIMEOUT_SEC) if options.slides else None
        return _finish(pptx.extract(data), options, renderer)
    from ozor.documents.extract import docx

    return _finish(docx.extract(data), options)


def analyze_html(html: bytes, url: str, options: AnalyzeOptions) -> tuple[Analysis, str | None]:
    from ozor.documents.extract import web

    document, lead_image = web.extract(html, url)
    return _finish(document, options), lead_image


def _finish(doc: Document, options: AnalyzeOptions, render=None) -> Analysis:  # type: ignore[no-untyped-def]
    fallback = (
        PurePosixPath(options.file_name or "").stem.replace("_", " ").replace("-", " ").strip() or "Overview"
    )
    draft = plan_document(doc, target_sec=options.target_sec, prompt=options.prompt, fallback_title=fallback)
    out = Analysis(doc.kind, draft, units=units_of(doc))
    rendered: dict[int, str] = {}
    for scene in draft.scenes:
        names = []
        if scene.page is not None and render:  # a slide renderer is falsy when LibreOffice failed
            if scene.page not in rendered:
                picture = render(scene.page)
                out.pictures[picture.name] = picture
                rendered[scene.page] = picture.name
            names.append(rendered[scene.page])
        for index in scene.pictures:
            picture = doc.pictures[index]
            out.pictures[picture.name] = picture
            names.append(picture.name)
        out.scene_pictures.append(names[:2])
        out.scene_prompts.append(
            scene_prompt(scene, draft, doc, bool(scene.page is not None and render), names)
        )
    return out


def scene_prompt(
    scene: PlannedScene, draft: PlanDraft, doc: Document, page_shown: bool, pictures: list[str]
) -> str:
    """What the scene shows, in words a designer (or an LLM director) can follow."""
    colors = draft.style.get("colors") or []
    palette = f" in the document's colours ({', '.join(colors[:2])})" if colors else ""
    if page_shown:
        number = (scene.page or 0) + 1
        where = f"slide {number} of the deck" if doc.kind == "pptx" else f"page {number} of the PDF"
        visual = f"{where} shown beside it with a slow Ken Burns zoom"
    elif pictures:
        visual = "the document's own image beside it with a slow Ken Burns zoom"
    else:
        visual = "a clean accent panel beside it"
    if scene.kind == "title":
        return (
            f"Title card{palette}: the document title \u201c{scene.title}\u201d as a hero headline, {visual}."
        )
    if scene.kind == "closing":
        points = "; ".join(scene.key_points) or scene.title
        takeaway = f"the takeaway \u201c{points}\u201d centred, with the document title beneath"
        return f"Closing card{palette}: {takeaway}."
    points = "; ".join(scene.key_points)
    listing = f" and the key points \u201c{points}\u201d" if points else ""
    return f"Section scene{palette}: the heading \u201c{scene.title}\u201d{listing}, {visual}."
