"""Plain-text resolutions: UTF-8 (with or without BOM) and UTF-16."""

from __future__ import annotations

import codecs
from pathlib import Path

from planner.errors import ReadError


def read_text(path: Path) -> list[str]:
    return decode(path.read_bytes(), path).splitlines()


def decode(data: bytes, path: Path) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8", path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", path)
    if b"\x00" in data:
        encoding = _bomless_utf16(data)
        if encoding is None:
            raise ReadError("contains NUL bytes: this is a binary file, not text", path=path)
        return _strict(data, encoding, path)
    return _strict(data, "utf-8", path)


def _bomless_utf16(data: bytes) -> str | None:
    # UTF-16 text of Latin or CJK script has zero bytes on one side of most pairs.
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    if odd and odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even and even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str, path: Path) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise ReadError(f"is not valid {encoding.upper()} text (byte {err.start}); save it as UTF-8", path=path) from None
    if "\x00" in text:
        raise ReadError("contains NUL characters: this is a binary file, not text", path=path)
    return text
