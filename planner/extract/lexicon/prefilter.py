"""Words a pattern cannot match without: a substring test skips most patterns at once.

The extractor runs some forty patterns on each clause that orders something, and most
find nothing: a clause without "hour" holds no "two-hour meeting". Asking `re` costs a
call into the engine and a scan; `"hour" in text` costs a fraction of that. The words
are read from the pattern itself (its parse tree), never written by hand, so the test
can only skip a search that would have failed.
"""

from __future__ import annotations

import re
from re import _constants as _ops  # type: ignore[attr-defined]  # the parser `re` itself uses (3.11+)
from re import _parser  # type: ignore[attr-defined]

# Past this many alternatives the test would cost about what the search costs.
_MOST_WORDS = 8
_FEW_LETTERS = 3  # a class of up to this many characters is spelled out: "organi[sz]e"
_REPEATS = {_ops.MAX_REPEAT, _ops.MIN_REPEAT, _ops.POSSESSIVE_REPEAT}


def required_words(source: str, most: int = _MOST_WORDS) -> tuple[str, ...] | None:
    """Strings one of which every match of `source` contains, or None if there are none to use.

    `most`: the most alternatives worth testing. `source` must be compiled without IGNORECASE
    (the caseless patterns run on lower-cased text)."""
    try:
        parsed = _parser.parse(source)
        if parsed.state.flags & ~re.UNICODE:  # (?i) and the like: literals no longer literal
            return None
        words = _sequence(list(parsed), most)
    except Exception:  # noqa: BLE001 - any pattern the walk does not understand simply gets no prefilter
        return None
    if not words:
        return None
    # "co-chaired" needs no test of its own where "chaired" has one.
    shortest = [w for w in words if not any(other != w and other in w for other in words)]
    return tuple(sorted(shortest, key=lambda w: (len(w), w)))


def _sequence(items: list, most: int) -> frozenset[str] | None:
    """The best required set among the items matched one after the other: the longest words."""
    candidates: list[frozenset[str]] = []
    run = [""]  # the spellings of the literal run so far: "organi[sz]e" is "organise" or "organize"
    for op, value in items:
        if op is _ops.LITERAL:
            run = [spelling + chr(value) for spelling in run]
            continue
        if (letters := _few_letters(op, value)) and len(run) * len(letters) <= most:
            run = [spelling + letter for spelling in run for letter in letters]
            continue
        if run != [""]:
            candidates.append(frozenset(run))
            run = [""]
        if (found := _item(op, value, most)) is not None:
            candidates.append(found)
    if run != [""]:
        candidates.append(frozenset(run))
    usable = [words for words in candidates if len(words) <= most]
    return max(usable, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _few_letters(op, value) -> list[str] | None:
    """The characters of a small class of plain characters ("[sz]"), else None."""
    if op is not _ops.IN or len(value) > _FEW_LETTERS or any(kind is not _ops.LITERAL for kind, _ in value):
        return None
    return [chr(code) for _, code in value]


def _item(op, value, most: int) -> frozenset[str] | None:
    if op is _ops.SUBPATTERN:
        _, add_flags, del_flags, items = value
        return None if add_flags or del_flags else _sequence(list(items), most)
    if op is _ops.ATOMIC_GROUP:
        return _sequence(list(value), most)
    if op is _ops.BRANCH:
        union: set[str] = set()
        for branch in value[1]:
            words = _sequence(list(branch), most)
            if words is None:
                return None  # one alternative needs nothing: the alternation needs nothing
            union |= words
        return frozenset(union)
    if op in _REPEATS and value[0] >= 1:
        return _sequence(list(value[2]), most)
    return None  # a class, a look-around, a boundary, an optional part: no word required


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    # A plain loop: any() over a generator takes half as long again (measured), on extraction's hottest test.
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False
