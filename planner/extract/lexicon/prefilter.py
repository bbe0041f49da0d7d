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
# Sets of words a pattern needs all of ("session", "of", "committee or forum"): a text may hold
# the commonest and still lack the others; past three, the tests cost more than they spare.
_MOST_SETS = 3
_RARE = 4  # letters: a set after the first is worth testing only if its every word is this long ("the" is everywhere)
_FEW_LETTERS = 3  # a class of up to this many characters is spelled out: "organi[sz]e"
_REPEATS = {_ops.MAX_REPEAT, _ops.MIN_REPEAT, _ops.POSSESSIVE_REPEAT}


def required_words(source: str, most: int = _MOST_WORDS) -> tuple[str, ...] | None:
    """Strings one of which every match of `source` contains, or None if there are none to use.

    `most`: the most alternatives worth testing. `source` must be compiled without IGNORECASE
    (the caseless patterns run on lower-cased text)."""
    sets = required_word_sets(source, most, 1)
    return sets[0] if sets else None


def required_word_sets(
    source: str, most: int = _MOST_WORDS, sets: int = _MOST_SETS
) -> tuple[tuple[str, ...], ...] | None:
    """Up to `sets` sets of strings such that every match of `source` contains one of each set,
    the longest words first (the likeliest to be missing); None if there are none to use."""
    try:
        parsed = _parser.parse(source)
        if parsed.state.flags & ~re.UNICODE:  # (?i) and the like: literals no longer literal
            return None
        found = _sequence(list(parsed), most)
    except Exception:  # noqa: BLE001 - any pattern the walk does not understand simply gets no prefilter
        return None
    ranked: list[tuple[str, ...]] = []
    for words in sorted(found, key=_strength, reverse=True):  # stable: the first of equals first
        # "co-chaired" needs no test of its own where "chaired" has one.
        shortest = tuple(sorted((w for w in words if not any(o != w and o in w for o in words)), key=_by_length))
        if shortest not in ranked and (not ranked or len(shortest[0]) >= _RARE):
            ranked.append(shortest)
    return tuple(ranked[:sets]) or None


def _strength(words: frozenset[str]) -> tuple[int, int]:
    """The longer the shortest word, and the fewer the words, the likelier the set is missing."""
    return min(map(len, words)), -len(words)


def _by_length(word: str) -> tuple[int, str]:
    return len(word), word


def _sequence(items: list, most: int) -> list[frozenset[str]]:
    """The required sets of the items matched one after the other (each a set of alternatives)."""
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
        candidates += _item(op, value, most)
    if run != [""]:
        candidates.append(frozenset(run))
    return [words for words in candidates if len(words) <= most]


def _few_letters(op, value) -> list[str] | None:
    """The characters of a small class of plain characters ("[sz]"), else None."""
    if op is not _ops.IN or len(value) > _FEW_LETTERS or any(kind is not _ops.LITERAL for kind, _ in value):
        return None
    return [chr(code) for _, code in value]


def _item(op, value, most: int) -> list[frozenset[str]]:
    if op is _ops.SUBPATTERN:
        _, add_flags, del_flags, items = value
        return [] if add_flags or del_flags else _sequence(list(items), most)
    if op is _ops.ATOMIC_GROUP:
        return _sequence(list(value), most)
    if op is _ops.BRANCH:
        # Of each alternative its best set: the alternation needs one of their words.
        union: set[str] = set()
        for branch in value[1]:
            words = max(_sequence(list(branch), most), key=_strength, default=None)
            if words is None:
                return []  # one alternative needs nothing: the alternation needs nothing
            union |= words
        return [frozenset(union)]
    if op in _REPEATS and value[0] >= 1:
        return _sequence(list(value[2]), most)
    return []  # a class, a look-around, a boundary, an optional part: no word required


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    # A plain loop: any() over a generator takes half as long again (measured), on extraction's hottest test.
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False


def holds_all(text: str, word_sets: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the text holds one word of each set."""
    for words in word_sets:  # noqa: SIM110 - a plain loop, as in holds_any
        if not holds_any(text, words):
            return False
    return True
