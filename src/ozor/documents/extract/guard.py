"""Checks an OOXML (PPTX/DOCX) zip before any parser sees it: zip bombs and XML entity tricks.

Office never writes a DTD into its parts, so any DOCTYPE or ENTITY declaration is refused: that
rules out XXE and billion-laughs expansion whatever the XML parser's settings.
"""

from __future__ import annotations

import io
import re
import zipfile

from ozor.errors import BadRequest

MAX_ENTRIES = 5000
MAX_TOTAL_UNCOMPRESSED = 600 * 2**20
MAX_ENTRY_RATIO = 200  # uncompressed / compressed, for entries large enough to matter
RATIO_FLOOR = 2**20
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def check_ooxml(data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError):
        raise BadRequest("The document's ZIP structure is corrupt") from None
    if len(entries) > MAX_ENTRIES:
        raise BadRequest(f"The document has {len(entries)} parts (the limit is {MAX_ENTRIES}): refusing it")
    total = sum(e.file_size for e in entries)
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise BadRequest(
            f"The document would expand to {total // 2**20} MB "
            f"(the limit is {MAX_TOTAL_UNCOMPRESSED // 2**20} MB): refusing a possible zip bomb"
        )
    for entry in entries:
        if entry.file_size > RATIO_FLOOR and entry.file_size > MAX_ENTRY_RATIO * max(1, entry.compress_size):
            raise BadRequest(
                f"The part {entry.filename!r} is compressed "
                f"{entry.file_size // max(1, entry.compress_size)}:1: refusing a possible zip bomb"
            )
        if entry.filename.endswith((".xml", ".rels")):
            _check_xml(archive, entry)


def _check_xml(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> None:
    """Stream the part (its declared size bounds what is inflated) looking for a DTD."""
    tail = b""
    try:
        with archive.open(entry) as part:
            while chunk := part.read(1 << 16):
                if _DTD.search(tail + chunk):
                    raise BadRequest(
                        f"The part {entry.filename!r} declares a DTD or entities, which Office files never "
                        "do: refusing it (XML external entity or expansion attack)"
                    )
                tail = chunk[-16:]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as e:
        raise BadRequest(f"The document's part {entry.filename!r} is corrupt: {e}") from None
