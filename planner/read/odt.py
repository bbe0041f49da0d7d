"""OpenDocument text (.odt) resolutions, as staff save them from LibreOffice or Word.

Read with odfpy, the OpenDocument library the Document Foundation's format is usually
read with in Python (pure Python, on PyPI since 2007). The archive is checked before
it is opened, with the limits of a Word file. Numbers drawn by list numbering are not
in the text (type them, or save the file as .docx, whose list numbering planner replays).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from planner.errors import ReadError
from planner.files import MAX_ENTRIES, MAX_UNZIPPED, MB

MAX_PARAGRAPHS = 100_000  # as for .docx
_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_PARAGRAPHS = {(_TEXT_NS, "p"), (_TEXT_NS, "h")}
_LEFT_OUT = {(_TEXT_NS, "note"), (_TEXT_NS, "tracked-changes")}  # footnotes; deleted text kept for review


def read_odt(path: Path) -> list[str]:
    _check_archive(path)
    from odf import teletype
    from odf.opendocument import load

    try:
        document = load(str(path))
    except Exception as err:  # noqa: BLE001 - a damaged part can fail anywhere in odfpy; it must end as one line
        raise ReadError(f"is a damaged OpenDocument file ({type(err).__name__}); save it again", path=path) from None
    lines: list[str] = []
    for count, paragraph in enumerate(_paragraphs(document.text), 1):
        if count > MAX_PARAGRAPHS:
            raise ReadError(
                f"holds over {MAX_PARAGRAPHS:,} paragraphs, more than any resolution; is it the right file?", path=path
            )
        lines.extend([teletype.extractText(paragraph).strip(), ""])
    return lines


def _paragraphs(element):
    """Paragraphs and headings in reading order, in tables, lists and sections too."""
    stack = [iter(element.childNodes)]
    while stack:  # a loop, not recursion: a file may nest lists a thousand deep
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif getattr(child, "qname", None) in _PARAGRAPHS:
            yield child
        elif getattr(child, "qname", None) not in _LEFT_OUT:
            stack.append(iter(getattr(child, "childNodes", ())))


def _check_archive(path: Path) -> None:
    """No zip archive, or one that would unpack to more than any document: refused before odfpy opens it."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            kind = archive.read("mimetype") if "mimetype" in archive.namelist() else b""
    except (zipfile.BadZipFile, OSError, NotImplementedError, ValueError, EOFError, KeyError):
        raise ReadError("is not an OpenDocument .odt file (not a zip archive); save it again", path=path) from None
    if len(infos) > MAX_ENTRIES or sum(i.file_size for i in infos) > MAX_UNZIPPED:
        raise ReadError(
            f"unpacks to more than a document has ({MAX_ENTRIES:,} parts, {MAX_UNZIPPED // MB} MB at most; "
            "a zip bomb?); refusing to read it",
            path=path,
        )
    if kind and not kind.startswith(b"application/vnd.oasis.opendocument.text"):
        raise ReadError(
            f"is an OpenDocument file of another kind ({kind.decode('ascii', 'replace')[:60]}), not a text",
            path=path,
        )
