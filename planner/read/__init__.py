"""Text in: plain text, Word (.docx, .doc), OpenDocument, RTF and PDF files turned into lines of text.

Each reader returns the document's lines in reading order, with a blank line
wherever the format itself marks a paragraph end. Layout (rejoining wrapped
lines, splitting paragraphs) is the next step's job, the same for every format.
"""

from __future__ import annotations

import errno
import importlib
import os
import re
import stat
from pathlib import Path

from planner.core.mandate import MAX_PARAGRAPH_CHARS
from planner.errors import ReadError, shown
from planner.read.text import read_text

SUFFIXES = (".txt", ".docx", ".pdf", ".doc", ".odt", ".rtf")
SUFFIXES_SHOWN = ".txt, .docx, .pdf, .doc, .odt or .rtf"
_MISSING = {errno.ENOENT, errno.ENOTDIR, errno.ELOOP}  # no file there, or a link that leads nowhere
MAX_BYTES = 50 * 1024 * 1024  # no resolution comes near this; larger is a wrong file
# Characters no output can carry or should: control characters (Word's XML refuses them, a
# terminal obeys them), the noncharacters U+FFFE and U+FFFF, and the bidi embeddings, overrides
# and isolates that can make a calendar title or a CSV cell read other than it is. Line breaks
# and tabs are the readers' to keep; the characters `str.splitlines` breaks at are gone by then.
_UNSHOWABLE_CONTROLS = "".join(map(chr, (*range(0x01, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)))
_UNSHOWABLE_OTHERS = "\ufffe\uffff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_UNSHOWABLE = re.compile(f"[{_UNSHOWABLE_CONTROLS}{_UNSHOWABLE_OTHERS}]")
# Every byte but the controls: what a translation that deletes them leaves of UTF-8 text is its controls.
_ALL_BUT_CONTROLS = bytes(b for b in range(256) if chr(b) not in _UNSHOWABLE_CONTROLS)


def read_lines(path: str | Path) -> list[str]:
    """The lines of a resolution file, or a ReadError naming the file."""
    path = path if isinstance(path, Path) else Path(path)  # a Path made again costs more than the stat
    check_name(path)
    suffix = path.suffix.lower()
    # One look at the file, not one per question: each is a round trip on a shared drive.
    try:
        info = path.stat()
    except (OSError, ValueError) as err:  # ValueError: a NUL in the name
        if isinstance(err, OSError) and err.errno not in _MISSING:
            raise _cannot_open(path, err) from None
        missing = "is a link to a file that is not there" if path.is_symlink() else "no such file"
        raise ReadError(missing, path=path) from None
    if suffix not in SUFFIXES:
        raise ReadError(f"unsupported file type {suffix or '(none)'!r}; use {SUFFIXES_SHOWN}", path=path)
    if not stat.S_ISREG(info.st_mode):
        raise not_a_file(path)
    size = info.st_size
    if size == 0:
        raise ReadError("the file is empty", path=path)
    if size > MAX_BYTES:
        raise ReadError(
            f"the file is {size // (1024 * 1024)} MB, over the {MAX_BYTES // (1024 * 1024)} MB limit", path=path
        )
    try:
        lines = list(_read(path, suffix))  # a list whatever the reader gives: it is read more than once
    except OSError as err:
        raise _cannot_open(path, err) from None
    if _may_hold_unshowable(lines):  # most texts hold none: no call a line
        lines = [showable(line) for line in lines]
    if not any(line.strip() for line in lines):
        raise ReadError("the file has no text", path=path)
    longest = max(map(len, lines))
    if longest > MAX_PARAGRAPH_CHARS:
        line = next(number for number, text in enumerate(lines, 1) if len(text) == longest)
        raise ReadError(
            f"line {line} has {longest:,} characters, which no resolution's paragraph has; is it the right file?",
            path=path,
        )
    return lines


def showable(text: str) -> str:
    """The text without the characters no output may carry (see _UNSHOWABLE)."""
    return _UNSHOWABLE.sub("", text)


def _may_hold_unshowable(lines: list[str]) -> bool:
    """Whether a character `showable` removes is anywhere in the lines, told at C speed: a control
    is the one byte of its UTF-8 form (no other character's bytes are ASCII), and a character
    above the text's highest is ruled out at once."""
    text = "".join(lines)
    if text.encode("utf-8", "surrogatepass").translate(None, _ALL_BUT_CONTROLS):
        return True
    for char in _UNSHOWABLE_OTHERS:  # noqa: SIM110 - a plain loop: any() over a generator costs more than the tests
        if char in text:
            return True
    return False


def check_name(path: Path) -> None:
    """Names become text in every output (JSON, calendars, Word): one that is not UTF-8 cannot."""
    if shown(path) != str(path):
        raise ReadError(
            "the file's name is not UTF-8 text (as in some zip files made on Windows); rename it", path=path
        )


def not_a_file(path: Path) -> ReadError:
    return ReadError(
        "is not a regular file (a device, a named pipe or a socket); put the resolution's text here", path=path
    )


def _cannot_open(path: Path, err: OSError) -> ReadError:
    return ReadError(f"cannot be opened ({err.strerror or err}); check that you may read it", path=path)


def _read(path: Path, suffix: str) -> list[str]:
    # Each reader imports its library only when a file of its kind comes (plain text needs none).
    if suffix == ".txt":
        return read_text(path)
    if suffix == ".docx":
        from planner.read.word import read_docx

        return read_docx(path)
    if suffix in _OTHER_READERS:
        module, function = _OTHER_READERS[suffix]
        return getattr(importlib.import_module(module), function)(path)
    from planner.read.pdf import read_pdf

    return read_pdf(path)


_OTHER_READERS = {
    ".doc": ("planner.read.doc", "read_doc"),
    ".odt": ("planner.read.odt", "read_odt"),
    ".rtf": ("planner.read.rtf", "read_rtf"),
}


def supported_files(folder: Path) -> list[Path]:
    """The resolution files in a folder, in a stable order (by name)."""
    # A link to a missing file, a named pipe or a device is listed, so that reading it says
    # what it is rather than skip it.
    return [folder / name for name in _file_names(folder) if _suffix(name) in SUFFIXES]


def other_files(folder: Path) -> list[Path]:
    """The files in a folder that are no resolution planner reads (a .md, an .xlsx): they are
    named, never skipped without a word, for a text saved in another format would be missed."""
    return [folder / name for name in _file_names(folder) if _suffix(name) not in SUFFIXES]


def _file_names(folder: Path) -> list[str]:
    """The names of the files a folder holds but hidden and Office lock files, sorted."""
    return [name for name in _listing(folder)[0] if not name.startswith((".", "~$"))]


def _listing(folder: Path) -> tuple[list[str], list[str]]:
    """The names of the files and of the folders a folder holds, each sorted. One scandir: its
    entries know whether they are folders without a stat each (an archive of thousands of texts
    spent more listing itself than some of its texts took to read). A folder that may not be read
    is named in one line (it is not a file's fault)."""
    try:
        with os.scandir(folder) as entries:
            kinds = [(entry.name, _is_folder(entry)) for entry in entries]
    except PermissionError as err:
        from planner.files import unreadable_folder

        raise unreadable_folder(folder, err) from None
    names = sorted(kinds)
    return [name for name, is_folder in names if not is_folder], [name for name, is_folder in names if is_folder]


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # a loop of links, a name gone meanwhile: no folder to leave out
        return False


def _suffix(name: str) -> str:
    # os.path's, not a Path made for each name (dearer than listing the folder): the two differ
    # only on a name ending in ".", which no resolution has
    return os.path.splitext(name)[1].lower()


def folders_with_texts(folder: Path) -> list[Path]:
    """The folders inside `folder` that hold resolution files: they are not read, and people
    who sort texts into subfolders should hear so."""
    inner = (folder / name for name in _listing(folder)[1] if not name.startswith("."))
    return [path for path in inner if supported_files(path)]
