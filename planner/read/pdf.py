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
# The work of reading the text, bounded per file: a page's drawing instructions (its content
# stream) cost some 3 ms per KB to read, so a small file whose pages share one huge stream took
# 44 s. A resolution's page holds some 10 KB of them and 300-1,100 operations: the limits allow
# about a hundred such pages and keep the worst file to a few seconds.
MAX_CONTENT_BYTES = 1024 * 1024  # of content streams, decompressed, summed over the pages
MAX_OPERATIONS = 150_000  # drawing operations met while extracting, forms drawn by the pages included
_RECYCLE = re.compile(r"^\s*(?:Please recycle|请回收)\s*$", re.IGNORECASE)


def read_pdf(path: Path) -> list[str]:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

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
        _check_content_size(reader, path)
        pages = _extract(reader, path)
    except ReadError:
        raise
    except LimitReachedError:
        raise _too_much(path, "over a limit of the PDF reader") from None
    except Exception:  # noqa: BLE001 - a damaged PDF can fail anywhere in pypdf; it must end as one line
        raise ReadError("is a damaged PDF that cannot be read; export it again as PDF", path=path) from None
    if not "".join(pages).strip():
        raise ReadError("is a PDF with no text layer (a scan?); it needs OCR before planner can read it", path=path)
    lines: list[str] = []
    for number, text in enumerate(pages):
        lines.extend(strip_furniture(text.splitlines(), first_page=number == 0))
    return lines


class _TooMuchWork(Exception):
    pass


def _check_content_size(reader, path: Path) -> None:
    """Refuse before any parsing a file whose pages hold more drawing instructions than the budget
    (a stream shared by pages counts on each: each page's extraction reads it again)."""
    total = 0
    for page in reader.pages:
        contents = page.get_contents()
        total += len(contents.get_data()) if contents is not None else 0
        if total > MAX_CONTENT_BYTES:
            raise _too_much(path, f"over {MAX_CONTENT_BYTES // (1024 * 1024)} MB of them")


def _extract(reader, path: Path) -> list[str]:
    """Each page's text, stopped when the file's operations pass MAX_OPERATIONS."""
    count = 0

    def counted(operator, operands, matrix, text_matrix) -> None:
        nonlocal count
        count += 1
        if count > MAX_OPERATIONS:
            raise _TooMuchWork

    try:
        return [page.extract_text(visitor_operand_before=counted) or "" for page in reader.pages]
    except _TooMuchWork:
        raise _too_much(path, f"over {MAX_OPERATIONS:,} operations") from None


def _too_much(path: Path, how: str) -> ReadError:
    return ReadError(f"holds more drawing instructions than any resolution ({how}); is it the right file?", path=path)


def strip_furniture(lines: list[str], first_page: bool) -> list[str]:
    """Drop job numbers, page numbers and (after page 1) the running symbol."""
    kept = [line for line in lines if not (_JOB_NUMBER.match(line) or _RECYCLE.match(line))]
    if not first_page:
        while kept and (_RUNNING_SYMBOL.match(kept[0]) or _PAGE_NUMBER.match(kept[0]) or not kept[0].strip()):
            kept.pop(0)
    while kept and (_PAGE_NUMBER.match(kept[-1]) or _RUNNING_SYMBOL.match(kept[-1]) or not kept[-1].strip()):
        kept.pop()
    return kept
