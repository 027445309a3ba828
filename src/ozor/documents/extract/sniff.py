"""A document's type from its bytes: the name and the declared MIME type are never trusted."""

from __future__ import annotations

import io
import zipfile
from typing import Literal

from ozor.errors import BadRequest

DocType = Literal["pdf", "pptx", "docx"]
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc/.ppt, and password-protected Office files
SUPPORTED = "PDF, PPTX or DOCX"


def sniff(data: bytes) -> DocType:
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(OLE2):
        raise BadRequest(
            "Unsupported file type: this is a legacy (.doc/.ppt) or password-protected Office file; "
            f"upload an unprotected {SUPPORTED}"
        )
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, ValueError):
            raise BadRequest(
                "The file looks like an Office document but its ZIP structure is corrupt"
            ) from None
        if "ppt/presentation.xml" in names:
            return "pptx"
        if "word/document.xml" in names:
            return "docx"
        raise BadRequest(f"Unsupported file type: a ZIP archive that is not a {SUPPORTED} document")
    raise BadRequest(f"Unsupported file type: expected {SUPPORTED} (detected from the file's content)")
