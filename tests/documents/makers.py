"""Documents made for tests with reportlab, python-pptx and python-docx, and hostile files."""

from __future__ import annotations

import io
import zipfile

from PIL import Image, ImageDraw

SECTIONS = [
    (
        "Why solar is growing",
        "Solar panels produced more electricity than ever before last year. Installations doubled in "
        "several countries, and prices kept falling. Households now see payback periods of under eight years.",
    ),
    (
        "How prices fell",
        "Manufacturing scaled up across many factories. Polysilicon became cheaper, and module "
        "efficiency improved every year. Installers also became faster and better trained.",
    ),
    (
        "Storage changes the evening",
        "Batteries let solar power serve the evening peak, when demand is highest. "
        "Grid operators now pair new plants with four hours of storage. This keeps the lights on after sunset.",
    ),
    (
        "What comes next",
        "Rooftop systems will spread to apartment buildings. Cities are writing rules that make "
        "shared solar simple. The next decade will be about connecting, not just building.",
    ),
    (
        "Conclusion",
        "Solar is now the cheapest new electricity in most of the world. The challenge has moved from "
        "cost to grid connections and storage.",
    ),
]


def picture(color: str = "#2F6FEB", size: tuple[int, int] = (640, 400)) -> bytes:
    image = Image.new("RGB", size, color)
    draw = ImageDraw.Draw(image)
    draw.ellipse((size[0] // 4, size[1] // 4, size[0] * 3 // 4, size[1] * 3 // 4), fill="#FFD43B")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def make_pdf(
    title: str = "The State of Solar Power",
    sections=SECTIONS,
    pages: int | None = None,
    image: bool = True,
    landscape: bool = False,
) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as wide
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    size = wide(A4) if landscape else A4
    pdf = canvas.Canvas(out, pagesize=size)
    pdf.setTitle(title)
    width, height = size
    pdf.setFont("Helvetica-Bold", 24)
    pdf.drawString(60, height - 80, title)
    y = height - 130
    items = list(sections) * (max(1, (pages or 1) // len(sections) + 1) if pages else 1)
    for i, (heading, body) in enumerate(items):
        if pages and i >= pages:
            break
        if y < 200 or (pages and i):
            pdf.showPage()
            y = height - 80
        pdf.setFont("Helvetica-Bold", 16)
        pdf.drawString(60, y, heading)
        y -= 26
        pdf.setFont("Helvetica", 11)
        line = ""
        for word in body.split():
            if len(line) + len(word) > 85:
                pdf.drawString(60, y, line)
                y -= 15
                line = word
            else:
                line = f"{line} {word}".strip()
        pdf.drawString(60, y, line)
        y -= 30
        if image and i == 0:
            pdf.drawImage(ImageReader(io.BytesIO(picture())), 60, y - 200, width=320, height=200)
            y -= 230
    pdf.save()
    return out.getvalue()


def make_image_only_pdf() -> bytes:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawImage(ImageReader(io.BytesIO(picture("#888888", (800, 1100)))), 0, 0, width=595, height=842)
    pdf.save()
    return out.getvalue()


def make_encrypted_pdf() -> bytes:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    pdf.drawString(60, 700, "This text is behind a password and cannot be read without it at all.")
    pdf.save()
    return out.getvalue()


def make_pptx(slides=SECTIONS, notes: bool = True, image: bool = True) -> bytes:
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.util import Inches

    deck = Presentation()
    first = deck.slides.add_slide(deck.slide_layouts[0])
    first.shapes.title.text = "The State of Solar Power"
    first.placeholders[1].text = "A short briefing deck"
    for i, (heading, body) in enumerate(slides):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = heading
        frame = slide.placeholders[1].text_frame
        sentences = [s.strip() for s in body.split(". ") if s.strip()]
        frame.text = sentences[0]
        for s in sentences[1:]:
            p = frame.add_paragraph()
            p.text = s
            p.level = 1
        if notes:
            slide.notes_slide.notes_text_frame.text = body
        box = slide.shapes.add_shape(1, Inches(0.2), Inches(0.2), Inches(1), Inches(0.3))
        box.fill.solid()
        box.fill.fore_color.rgb = RGBColor(0xE0, 0x57, 0x2E)
        if image and i == 0:
            slide.shapes.add_picture(io.BytesIO(picture()), Inches(6), Inches(4), width=Inches(3))
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def make_docx(sections=SECTIONS, image: bool = True, title: str = "The State of Solar Power") -> bytes:
    import docx
    from docx.shared import Inches

    document = docx.Document()
    document.add_heading(title, level=0)
    for i, (heading, body) in enumerate(sections):
        document.add_heading(heading, level=1)
        document.add_paragraph(body)
        if i == 1:
            document.add_paragraph("Cheaper polysilicon", style="List Bullet")
            document.add_paragraph("Better cells", style="List Bullet")
        if image and i == 0:
            document.add_picture(io.BytesIO(picture()), width=Inches(4))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def rewrite_zip(data: bytes, changes: dict[str, bytes]) -> bytes:
    """The same OOXML zip with some parts replaced or added."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, changes.pop(item.filename, source.read(item.filename)))
        for name, content in changes.items():
            target.writestr(name, content)
    return out.getvalue()


def zip_bomb_docx() -> bytes:
    """A valid DOCX carrying a 300 MB part of zeros that compresses to a few hundred kB."""
    return rewrite_zip(make_docx(image=False), {"word/media/bomb.bin": b"\0" * (300 * 2**20)})


def xxe_docx() -> bytes:
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
    )
    return rewrite_zip(make_docx(image=False), {"word/document.xml": evil})


def billion_laughs_pptx() -> bytes:
    lol = b'<!ENTITY a "lollollollollollollollollollol">' + b"".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode() for i in range(9)
    )
    part = b'<?xml version="1.0"?><!DOCTYPE p [' + lol + b']><p:presentation xmlns:p="x">&j;</p:presentation>'
    return rewrite_zip(make_pptx(image=False), {"ppt/presentation.xml": part})
