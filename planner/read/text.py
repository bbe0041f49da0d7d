"""Plain-text resolutions: UTF-8 (with or without BOM), UTF-16, and UTF-32 with its BOM."""

from __future__ import annotations

import codecs
from pathlib import Path

from planner.errors import ReadError


def read_text(path: Path) -> list[str]:
    return decode(path.read_bytes(), path).splitlines()


# Files of the other formats, saved under a .txt name (or renamed by hand).
_OTHER_FORMATS = {
    b"PK\x03\x04": "is a zip archive such as a Word file, not text; if it is a Word file, rename it to .docx",
    b"%PDF-": "is a PDF file, not text; rename it to .pdf",
}


def decode(data: bytes, path: Path) -> str:
    for magic, message in _OTHER_FORMATS.items():
        if data.startswith(magic):
            raise ReadError(message, path=path)
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", path)
    # Before UTF-16: the UTF-32 little-endian mark begins with the UTF-16 one (FF FE, then 00 00).
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return _strict(data, "utf-32", path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", path)
    if b"\x00" in data:
        encoding = _bomless_utf16(data)
        if encoding is None:
            raise ReadError("contains NUL bytes: this is a binary file, not text", path=path)
        return _strict(data, encoding, path)
    return _strict(data, "utf-8", path)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: the byte order that decodes to plausible text, if any."""
    if len(data) % 2:
        return None
    best, best_share = None, 0.0
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data[:8192].decode(encoding)
        except UnicodeDecodeError:
            continue
        share = sum(1 for c in text if _plausible(c)) / max(len(text), 1)
        if share > best_share:
            best, best_share = encoding, share
    return best if best_share > 0.95 else None


def _plausible(char: str) -> bool:
    code = ord(char)
    return (
        char in "\n\r\t"
        or 0x20 <= code < 0x7F
        or 0xA0 <= code < 0x250
        or 0x370 <= code < 0x700
        or 0x2000 <= code < 0x2070
        or 0x3000 <= code < 0xA000
        or 0xFF00 <= code < 0xFFF0
    )


def _strict(data: bytes, encoding: str, path: Path) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise ReadError(
            f"is not valid {encoding.upper()} text (byte {err.start}); save it as UTF-8", path=path
        ) from None
    if "\x00" in text:
        raise ReadError("contains NUL characters: this is a binary file, not text", path=path)
    return text
