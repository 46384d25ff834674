"""OCR of images and scanned PDFs with the `tesseract` command (Apache-2.0,
Debian's tesseract-ocr with -rus -bel -ukr -eng), run as a subprocess where
installed; a `ocr-skipped` defect where not, or where PAPERCHASE_OCR=off.

Scanned PDFs are rasterised with poppler's `pdftoppm` where installed;
without it, the JPEG images embedded in the pages are read directly (most
scanners write one JPEG per page)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from paperchase import settings
from paperchase.model import Defect

_WANTED = ("rus", "bel", "ukr", "eng")
_MAX_PAGES = 30
_TIMEOUT = 120


@lru_cache(maxsize=1)
def _tesseract() -> tuple[str, str] | None:
    """(executable, "rus+bel+...") with the installed languages, or None."""
    exe = shutil.which("tesseract")
    if exe is None:
        return None
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    have = set(out.stdout.decode("utf-8", "replace").split())
    langs = [lang for lang in _WANTED if lang in have] or ["eng"]
    return exe, "+".join(langs)


def _skipped(kind: str, defects: list[Defect], where: str) -> bool:
    if str(settings.get("ocr")).lower() == "off":
        defects.append(Defect("ocr-skipped", "OCR turned off (PAPERCHASE_OCR=off)", where))
        return True
    if _tesseract() is None:
        defects.append(Defect("ocr-skipped", f"{kind} needs OCR; tesseract is not installed", where))
        return True
    return False


def _run(image: bytes, defects: list[Defect], where: str) -> str:
    found = _tesseract()
    if found is None:
        return ""
    exe, langs = found
    try:
        proc = subprocess.run([exe, "stdin", "stdout", "-l", langs], input=image, capture_output=True,
                              timeout=_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        defects.append(Defect("ocr-failed", f"tesseract: {exc}", where))
        return ""
    if proc.returncode != 0:
        defects.append(Defect("ocr-failed", proc.stderr.decode("utf-8", "replace")[-300:], where))
        return ""
    return proc.stdout.decode("utf-8", "replace").replace("\f", "").strip()


def ocr_image(data: bytes, defects: list[Defect], where: str) -> str:
    if _skipped("image", defects, where):
        return ""
    return _run(data, defects, where)


def ocr_pdf(data: bytes, defects: list[Defect], where: str) -> str:
    """Text of a PDF without a text layer, page by page."""
    if _skipped("scanned PDF", defects, where):
        return ""
    pages = _rasterise(data, defects, where)
    if pages is None:
        pages = _page_jpegs(data)
    if not pages:
        defects.append(Defect("ocr-skipped", "scanned PDF: no page image could be read", where))
        return ""
    return "\n\f".join(t for t in (_run(p, defects, where) for p in pages[:_MAX_PAGES]) if t)


def _rasterise(data: bytes, defects: list[Defect], where: str) -> list[bytes] | None:
    exe = shutil.which("pdftoppm")
    if exe is None:
        return None
    with tempfile.TemporaryDirectory(prefix="paperchase-ocr-") as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(data)
        try:
            subprocess.run([exe, "-r", "200", "-png", "-l", str(_MAX_PAGES), str(src), str(Path(tmp) / "page")],
                           capture_output=True, timeout=_TIMEOUT, check=False)
        except (OSError, subprocess.SubprocessError) as exc:
            defects.append(Defect("ocr-failed", f"pdftoppm: {exc}", where))
            return None
        return [p.read_bytes() for p in sorted(Path(tmp).glob("page*.png"))]


def _page_jpegs(data: bytes) -> list[bytes]:
    from pypdf import PdfReader

    out: list[bytes] = []
    try:
        reader = PdfReader(BytesIO(data), strict=False)
        for page in reader.pages[:_MAX_PAGES]:
            resources = page.get("/Resources") or {}
            xobjects = resources.get("/XObject") if hasattr(resources, "get") else None
            if not xobjects:
                continue
            for ref in xobjects.get_object().values():
                obj = ref.get_object()
                filters = obj.get("/Filter")
                names = filters if isinstance(filters, list) else [filters]
                if obj.get("/Subtype") == "/Image" and "/DCTDecode" in [str(n) for n in names]:
                    out.append(obj._data)  # the raw JPEG: no decoder needed
    except Exception:  # noqa: BLE001 - a damaged PDF gives no images, recorded by the caller
        return out
    return out
