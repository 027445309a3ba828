"""A web page's readable text (trafilatura's `extract()` on bytes we fetched ourselves), its title and
lead image address (og:image). Fetching is the caller's: it goes through the safe fetcher."""

from __future__ import annotations

import re

from ozor.documents.extract.model import DATA, Document, Section
from ozor.documents.extract.text import clean, scrub
from ozor.errors import BadRequest

HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
LIST_ITEM = re.compile(r"^(\s*)[-*+]\s+(.*)$")
EMPHASIS = re.compile(r"\*\*|__|`|(?<!\w)[*_]|[*_](?!\w)")
MIN_WORDS = 20


def extract(html: bytes, url: str) -> tuple[Document, str | None]:
    """The page as a document, and the address of its lead image (og:image) when it declares one."""
    import trafilatura

    markdown = trafilatura.extract(
        html,
        url=url,
        output_format="markdown",
        include_comments=False,
        include_tables=True,
        include_formatting=True,
        include_links=False,
        favor_precision=True,
    )
    if not markdown or len(markdown.split()) < MIN_WORDS:
        raise BadRequest(f"No readable article text was found at {url}: there is nothing to narrate")
    metadata = trafilatura.extract_metadata(html.decode("utf-8", "replace"), default_url=url)
    title = clean((metadata.title if metadata else None) or "")
    image = metadata.image if metadata and metadata.image else None
    sections = _sections(scrub(markdown), title)  # soft hyphens, zero-width and control characters out
    return Document(
        kind="url", title=title or sections[0].heading, sections=sections, layout="article"
    ), image


def _sections(markdown: str, title: str) -> list[Section]:
    sections = [Section(heading=title, level=1)]
    for raw in EMPHASIS.sub("", markdown).splitlines():
        line = raw.strip()
        if not line:
            continue
        heading = HEADING.match(line)
        item = LIST_ITEM.match(raw)
        if heading:
            text = heading.group(2).strip("# ").strip()
            if text and text != title:
                sections.append(Section(heading=text, level=len(heading.group(1))))
        elif item:
            sections[-1].item(len(item.group(1)) // 2, item.group(2).strip())
        elif not line.startswith("|"):  # table rows are kept as their text below
            sections[-1].say(line)
        else:
            cells = [
                c.strip() for c in line.strip("|").split("|") if c.strip() and not set(c.strip()) <= set("-:")
            ]
            if cells:
                sections[-1].say("; ".join(cells) + ".", level=DATA)
    return [s for s in sections if s.paragraphs or s.bullets]
