"""Slides as pictures: a PPTX converted to PDF by LibreOffice (Debian's `libreoffice-impress-nogui`),
its pages rendered by PDFium like any PDF's.

Why LibreOffice rather than our own renderer: a slide's look comes from masters, layouts, themes,
placeholders, charts, SmartArt and effects; LibreOffice draws all of them, a renderer of our own would
draw a fraction. It runs headless in its own process group, with a throwaway profile, the sandbox's
memory limit inherited and a time limit of its own, on a copy of the deck without its external links
(a linked picture would make LibreOffice fetch a URL of the uploader's choosing); when it is missing
or fails, slides are shown by their own pictures only (the analysis never fails for it).
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import signal
import subprocess
import tempfile
import zipfile
from pathlib import Path

from ozor.documents.extract.model import Picture

log = logging.getLogger(__name__)
TIMEOUT_SEC = 60.0


def office() -> str | None:
    """The LibreOffice command, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(data: bytes, timeout: float = TIMEOUT_SEC) -> bytes | None:
    """The deck as a PDF, one page per slide; None when LibreOffice is missing, too slow or fails."""
    command = office()
    if command is None:
        return None
    with tempfile.TemporaryDirectory(prefix="ozor-slides-") as tmp:
        source = Path(tmp, "deck.pptx")
        try:
            source.write_bytes(without_external_links(data))
        except (
            zipfile.BadZipFile,
            ValueError,
            KeyError,
            OSError,
        ) as e:  # lxml's XMLSyntaxError is a ValueError
            log.info("a deck that is no valid package is not rendered: %s", e)
            return None
        args = [
            command, "--headless", "--invisible", "--norestore", "--nolockcheck", "--nodefault",
            f"-env:UserInstallation=file://{tmp}/profile",
            "--convert-to", "pdf", "--outdir", tmp, str(source),
        ]  # fmt: skip
        env = {
            "HOME": tmp,
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "SAL_USE_VCLPLUGIN": "svp",
        }
        try:
            process = subprocess.Popen(
                args, cwd=tmp, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE, start_new_session=True,
            )  # fmt: skip
        except OSError as e:
            log.info("LibreOffice could not start: %s", e)
            return None
        try:
            _, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill(process)
            log.info("LibreOffice took longer than %.0f s on a deck: slides shown by their pictures", timeout)
            return None
        finally:
            _kill(process)  # the wrapper may leave soffice.bin behind in the group
        result = Path(tmp, "deck.pdf")
        if process.returncode != 0 or not result.exists():
            log.info(
                "LibreOffice failed on a deck (%s): %s",
                process.returncode,
                err[-300:].decode(errors="replace"),
            )
            return None
        return result.read_bytes()


def without_external_links(data: bytes) -> bytes:
    """The package with every external relationship (linked pictures, media, hyperlinks) removed."""
    from lxml import etree

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename.endswith(".rels") and b"External" in content:
                root = etree.fromstring(
                    content, parser=etree.XMLParser(resolve_entities=False, no_network=True)
                )
                for rel in [r for r in root if r.get("TargetMode") == "External"]:
                    root.remove(rel)
                content = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            target.writestr(item, content)
    return out.getvalue()


def _kill(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    process.wait()


class SlideRenderer:
    """Slide `index` as a picture, the deck converted once on first use; falsy when LibreOffice is
    missing or failed, so callers fall back to the slides' own pictures."""

    def __init__(self, data: bytes, timeout: float = TIMEOUT_SEC) -> None:
        self._data: bytes | None = data
        self._pdf: bytes | None = None
        self._timeout = timeout

    def __bool__(self) -> bool:
        if self._data is not None:
            self._pdf, self._data = to_pdf(self._data, self._timeout), None
        return self._pdf is not None

    def __call__(self, index: int) -> Picture:
        from ozor.documents.extract import pdf

        if not self:
            raise RuntimeError("the deck could not be converted")  # callers check truthiness first
        assert self._pdf is not None
        picture = pdf.render_page(self._pdf, index)
        picture.name = f"slide_{index}.png"
        return picture
