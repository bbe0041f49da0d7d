"""Number words to numbers, driven by the lexicon (sessions 1-100, items 1-10, hours, days)."""

from __future__ import annotations

import re

from planner.extract.lexicon import Lexicon

_DIGITS = re.compile(r"\d+")
_HYPHENS = str.maketrans({"‑": "-", "‐": "-", "–": "-"})
_SPACES = re.compile(r"\s+")


def ordinal_value(words: str, lex: Lexicon) -> int | None:
    """ "forty-sixth" -> 46, "46th" -> 46, "四十六" -> 46; None if not a number."""
    words = words.strip()
    digits = _DIGITS.match(words)
    if digits:
        return int(digits.group())
    if lex.numbers["style"] == "positional":
        return _positional(words, lex)
    key = words.lower().translate(_HYPHENS)
    key = _SPACES.sub(" ", key)
    for candidate in (key, key.replace(" ", "-")):
        if candidate in lex.ordinals:
            return lex.ordinals[candidate]
    return None


def cardinal_value(words: str, lex: Lexicon) -> int | None:
    """ "two" -> 2, "2" -> 2, "两" -> 2."""
    words = words.strip()
    if words.isdigit():
        return int(words)
    if lex.numbers["style"] == "positional":
        return _positional(words, lex)
    return lex.cardinals.get(words.lower())


def _positional(words: str, lex: Lexicon) -> int | None:
    """Chinese-style numerals: digits times units, summed (四十六 = 4*10 + 6)."""
    digits, units = lex.numbers["digits"], lex.numbers["units"]
    total, pending = 0, None
    for char in words:
        if char in digits:
            pending = digits[char]
        elif char in units:
            total += (1 if pending is None else pending) * units[char]
            pending = None
        else:
            return None
    total += pending or 0
    return total or None
