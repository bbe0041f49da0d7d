"""Text that goes into a calendar, made safe for iCalendar TEXT.

Resolution text is data from any source: it may hold control characters, CR/LF, Unicode
line separators, lone surrogates or pages of words. RFC 5545 TEXT forbids control
characters other than HTAB, and several parsers split lines on U+2028, U+0085 or form
feeds; icalendar escapes only backslash, comma, semicolon and newlines. So everything
passes through `clean` (multi-line fields) or `one_line` (SUMMARY, LOCATION, CATEGORIES)
before icalendar escapes and folds it.
"""

from __future__ import annotations

import re

# Line breaks in any of their Unicode spellings become one "\n"; icalendar escapes it.
_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# The rest of C0, DEL and C1: not allowed in TEXT (RFC 5545 3.3.11), dropped for a space.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")
_SPACES = re.compile(r"\s+")
_SURROGATES = re.compile("[\ud800-\udfff]")
_ELLIPSIS = "\u2026"


def clean(text: str) -> str:
    """Text safe for a multi-line TEXT value: no control characters, "\n" line breaks."""
    # A lone surrogate cannot be written as UTF-8; it becomes U+FFFD, as a decoder would.
    text = _SURROGATES.sub("\ufffd", text)
    text = _BREAKS.sub("\n", text).replace("\t", " ")
    text = _CONTROLS.sub(" ", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def escape(text: str) -> str:
    """RFC 5545 TEXT escaping of cleaned text (icalendar's own also turns a literal
    backslash-N into a line break, which would change a resolution's words)."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def one_line(text: str) -> str:
    """Text for a one-line field: cleaned, every run of white space one space."""
    return _SPACES.sub(" ", clean(text)).strip()


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary when there is one nearby."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:  # scripts without spaces (Chinese) are cut mid-run
        cut = cut[:space]
    return cut.rstrip(" ,;:") + _ELLIPSIS
