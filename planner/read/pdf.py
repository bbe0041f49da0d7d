"""PDF resolutions, read with pypdf.

pypdf is pure Python (no system library to install on a secretariat laptop),
maintained, and its plain text extraction keeps the line order UN PDFs need.
Page furniture is removed here: job numbers such as "GE.20-07912(C)", page
numbers, and the running symbol at the top of pages after the first.
"""

from __future__ import annotations

import re
from pathlib import Path

from planner.errors import ReadError

_JOB_NUMBER = re.compile(r"^\s*(?:\*?\s*)?GE\.\d{2}-\d{4,6}\s*(?:\([A-Z]\))?.*$")
_PAGE_NUMBER = re.compile(r"^\s*(?:\d{1,3}|\d{1,3}\s*/\s*\d{1,3}|Page \d+|第\s*\d+\s*页)\s*$")
_RUNNING_SYMBOL = re.compile(r"^\s*A/HRC/(?:RES/|DEC/)?[\w.\-]+(?:/[\w.\-]+)*\s*$")
MAX_PAGES = 1000  # a resolution has a few dozen pages at most; each page costs a text extraction
_RECYCLE = re.compile(r"^\s*(?:Please recycle|请回收)\s*$", re.IGNORECASE)


def read_pdf(path: Path) -> list[str]:
    import logging

    from pypdf import PdfReader

    with path.open("rb") as handle:
        if b"%PDF-" not in handle.read(1024):
            raise ReadError("is not a PDF (no %PDF header); if it is plain text, name it .txt", path=path)
    # pypdf logs what it repairs; the user gets one line from us instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise ReadError("is an encrypted PDF; save an unprotected copy", path=path)
        if len(reader.pages) > MAX_PAGES:
            raise ReadError(
                f"has {len(reader.pages):,} pages, more than any resolution ({MAX_PAGES:,} at most); "
                "is it the right file?",
                path=path,
            )
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReadError:
        raise
    except Exception:  # noqa: BLE001 - a damaged PDF can fail anywhere in pypdf; it must end as one line
        raise ReadError("is a damaged PDF that cannot be read; export it again as PDF", path=path) from None
    if not "".join(pages).strip():
        raise ReadError("is a PDF with no text layer (a scan?); it needs OCR before planner can read it", path=path)
    lines: list[str] = []
    for number, text in enumerate(pages):
        lines.extend(strip_furniture(text.splitlines(), first_page=number == 0))
    return lines


def strip_furniture(lines: list[str], first_page: bool) -> list[str]:
    """Drop job numbers, page numbers and (after page 1) the running symbol."""
    kept = [line for line in lines if not (_JOB_NUMBER.match(line) or _RECYCLE.match(line))]
    if not first_page:
        while kept and (_RUNNING_SYMBOL.match(kept[0]) or _PAGE_NUMBER.match(kept[0]) or not kept[0].strip()):
            kept.pop(0)
    while kept and (_PAGE_NUMBER.match(kept[-1]) or _RUNNING_SYMBOL.match(kept[-1]) or not kept[-1].strip()):
        kept.pop()
    return kept
