"""A session's resolution texts, read by the pipeline and kept in memory.

The texts live in the store (bytes, by content hash). To read them the pipeline wants a
folder: they are written, under their safe names, into a private temporary folder that is
removed at once; nothing else on disk is touched. The paragraphs are kept too, for the
mandates page (the words each field came from are shown in their paragraph).
"""

from __future__ import annotations

import hashlib
import re
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from planner.core.mandate import Extraction
from planner.errors import ReadError
from planner.pipeline.resolutions import RESOLUTIONS, SessionTexts, extract_file, read_resolutions
from planner.read import SUFFIXES, SUFFIXES_SHOWN, read_lines

MAX_NAME = 120
_UNSAFE = re.compile(r"[^\w.\-]+")


def safe_name(uploaded: str) -> str:
    """An uploaded file's name as a label: its last part only, no folders, no leading dots,
    only letters, digits, '.', '-' and '_' ("../../etc/passwd" -> "passwd")."""
    last = re.split(r"[\\/]", unicodedata.normalize("NFC", uploaded or ""))[-1]
    cleaned = _UNSAFE.sub("-", last).strip(".-_ ")
    stem, dot, suffix = cleaned.rpartition(".")
    if not dot:
        stem, suffix = cleaned, ""
    stem = stem.strip("-_ ")[: MAX_NAME - len(suffix) - 1] or "resolution"
    return f"{stem}.{suffix.lower()}" if suffix else stem


@dataclass
class ReadTexts:
    """What the session's texts gave: the pipeline's SessionTexts and each mandate's paragraph."""

    texts: SessionTexts
    paragraphs: dict[str, dict[int, str]] = field(default_factory=dict)  # source -> op. number -> text

    def paragraph(self, source: str, number: int) -> str:
        return self.paragraphs.get(source, {}).get(number, "")

    def extractions(self) -> list[Extraction]:
        return self.texts.extractions


def paragraph_digest(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:32]


def read_texts(
    documents: dict[str, str], fetch: Callable[[str], bytes], fixes: dict[str, dict] | None = None
) -> ReadTexts:
    """Read every text (content hash -> name) as `planner plan` reads a session's folder.
    fixes: the session file's [documents] corrections of header facts, by file name."""
    with tempfile.TemporaryDirectory(prefix="planner-texts-") as scratch:
        folder = Path(scratch) / RESOLUTIONS
        folder.mkdir()
        for digest, name in documents.items():
            (folder / safe_name(name)).write_bytes(fetch(digest))
        texts = read_resolutions(folder, fixes or {})
        _name_by_folder(texts, folder)
        paragraphs = {e.source: _paragraphs(folder.parent / e.source) for e in texts.extractions}
    return ReadTexts(texts=texts, paragraphs=paragraphs)


def _name_by_folder(texts: SessionTexts, folder: Path) -> None:
    """The messages name the temporary folder: name the session's resolutions folder instead."""
    where = str(folder.parent) + "/"
    texts.problems[:] = [p.replace(where, "") for p in texts.problems]
    texts.unread[:] = [p.replace(where, "") for p in texts.unread]


def check_text(name: str, data: bytes) -> str | None:
    """Why an uploaded text cannot be used (the CLI's one-line error), or None if it reads."""
    suffix = Path(safe_name(name)).suffix.lower()
    if suffix not in SUFFIXES:
        return f"{safe_name(name)}: unsupported file type {suffix or '(none)'!r}; use {SUFFIXES_SHOWN}"
    with tempfile.TemporaryDirectory(prefix="planner-upload-") as scratch:
        path = Path(scratch) / safe_name(name)
        path.write_bytes(data)
        try:
            extract_file(path)
        except ReadError as err:
            return str(err).replace(f"{scratch}/", "")
    return None


def _paragraphs(path: Path) -> dict[int, str]:
    """The operative paragraphs of a text by number (sub-paragraphs joined to their number)."""
    from planner.extract.language import detect_language
    from planner.extract.lexicon import AVAILABLE, lexicon
    from planner.extract.structure import parse

    try:
        lines = read_lines(path)
        code = detect_language(lines)
        if code not in AVAILABLE:
            return {}
        resolution, _ = parse(lines, str(path), lexicon(code))
    except ReadError:
        return {}
    found: dict[int, list[str]] = {}
    for paragraph in resolution.paragraphs:
        if paragraph.operative and paragraph.number is not None:
            found.setdefault(paragraph.number, []).append(paragraph.text)
    return {number: "\n".join(texts) for number, texts in found.items()}
