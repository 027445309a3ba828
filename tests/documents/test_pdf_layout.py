"""PDF layout (issue 16): columns read in order, running headers, footers and page numbers left out,
words hyphenated across lines joined, headings never dates or sentence fragments."""

from __future__ import annotations

import io
from pathlib import Path

from ozor.documents.extract import pdf

FIXTURES = Path(__file__).parents[1] / "fixtures" / "documents"
LEFT = [f"Left column sentence number {i} tells the first story in order." for i in range(12)]
RIGHT = [f"Right column sentence number {i} tells the second story after it." for i in range(12)]


def two_columns_drawn_row_by_row(pages: int = 1) -> bytes:
    """A two-column page whose content stream interleaves the columns line by line, with a running
    header, a footer and page numbers, as some generators write them."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    width, height = A4
    for number in range(1, pages + 1):
        page.setFont("Helvetica", 9)
        page.drawString(60, height - 40, "Annual Report of the Example Society")
        page.drawString(60, 30, "Confidential draft for members")
        page.drawString(width / 2, 30, str(number))
        page.setFont("Helvetica-Bold", 18)
        page.drawString(60, height - 90, f"Chapter {number} Overview")
        page.setFont("Helvetica", 10)
        for row, (left, right) in enumerate(zip(LEFT, RIGHT, strict=True)):
            y = height - 130 - 16 * row
            page.drawString(50, y, left[:48])
            page.drawString(width / 2 + 15, y, right[:48])
        page.showPage()
    page.save()
    return out.getvalue()


def test_columns_are_read_one_after_the_other():
    doc = pdf.extract(two_columns_drawn_row_by_row())
    text = doc.text()
    assert text.index(LEFT[-1][:40]) < text.index(RIGHT[0][:40])
    assert text.index(LEFT[0][:40]) < text.index(LEFT[5][:40]) < text.index(LEFT[11][:40])


def test_running_headers_footers_and_page_numbers_are_left_out():
    doc = pdf.extract(two_columns_drawn_row_by_row(pages=2))
    text = doc.text()
    assert "Annual Report" not in text and "Confidential" not in text
    assert not any(line.strip().isdigit() for s in doc.sections for line in [s.heading, *s.paragraphs])
    assert [s.heading for s in doc.sections if s.heading][:2] == ["Chapter 1 Overview", "Chapter 2 Overview"]


def test_words_broken_by_a_soft_hyphen_are_joined():
    text = pdf.extract((FIXTURES / "side-by-side-subfig.pdf").read_bytes()).text()
    assert "tempor invidunt" in text and "takimata" in text
    assert not any(c in text for c in "\u0002\u00ad\ufffe")


def test_a_date_line_is_no_heading():
    doc = pdf.extract((FIXTURES / "corpus" / "pdf" / "crazyones.pdf").read_bytes())
    assert not any("1998" in s.heading for s in doc.sections)


def test_headings_at_the_top_of_pages_are_not_running_headers():
    from tests.documents import makers

    doc = pdf.extract(makers.make_pdf(pages=10))
    headings = [s.heading for s in doc.sections]
    assert headings.count("Why solar is growing") == 2 and "Conclusion" in headings
