"""Case-insensitive patterns that run at the speed of case-sensitive ones.

Python's `re` scans for a pattern's leading literal at C speed ("accessible to ..."),
but not when the pattern is case-insensitive or opens with a word boundary (`\\b`):
then it tries the whole pattern at every position, ten to twenty-five times slower.
A `CaselessPattern` keeps the lexicon's patterns as written and runs them on the
lower-cased text instead, with each leading `\\b word` turned into `word` plus a
look-behind that says the same thing. Matches report the original text's words, so
evidence keeps its capitals. An anchored `match` needs no scan: it runs the
case-insensitive pattern as written.

`str.lower` keeps offsets when it keeps the length (only a few letters such as the
Turkish dotted I grow); for such a text, and one holding a letter that only case folding
matches with an ASCII one (dotless ı, long ſ), the plain case-insensitive pattern runs.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

from planner.extract.lexicon.prefilter import holds_all, required_word_sets

_QUANTIFIERS = "?*+{"


class CaselessPattern:
    """A compiled, case-insensitive pattern with the methods of `re.Pattern` the extractor uses."""

    # `match` is an attribute: once the case-insensitive pattern is compiled, its own method,
    # with no Python call in between (paragraph starts are matched on every line). `search` and
    # `finditer` are attributes too: the lower-case pattern and its words are worked out on the
    # first search (a lexicon holds over a hundred patterns; `planner plan` reading a few texts
    # runs a fraction of them, and start-up no longer compiles the rest).
    __slots__ = ("pattern", "_fast", "_slow_pattern", "_words", "match", "search", "finditer")

    def __init__(self, source: str):
        self.pattern = source
        self._fast: re.Pattern | None = None
        self._slow_pattern: re.Pattern | None = None
        self._words: tuple[tuple[str, ...], ...] | None = None  # one of each set is in every match
        self.match: Callable[..., re.Match[str] | None] = self._compile_then_match
        self.search: Callable[..., CaselessMatch | re.Match | None] = self._prepare_then_search
        self.finditer: Callable[..., Iterator[Any]] = self._prepare_then_finditer  # re.Match or CaselessMatch

    def _prepare(self) -> re.Pattern:
        fast = literal_first(lowered(self.pattern))
        self._words = required_word_sets(fast)
        self._fast = re.compile(fast)
        self.search = self._search
        self.finditer = self._finditer
        return self._fast

    def _prepare_then_search(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> CaselessMatch | re.Match | None:
        self._prepare()
        return self._search(text, pos, endpos)

    def _prepare_then_finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[CaselessMatch | re.Match]:
        self._prepare()
        return self._finditer(text, pos, endpos)

    @property
    def _slow(self) -> re.Pattern:
        # Compiled on first need: only anchored matches and the few texts holding a letter
        # that grows in lower case use it.
        if self._slow_pattern is None:
            self._slow_pattern = re.compile(self.pattern, re.IGNORECASE)
        return self._slow_pattern

    def _compile_then_match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        # Anchored, the case-insensitive pattern fails or succeeds within the first letters:
        # quicker than lower-casing the whole text first.
        self.match = self._slow.match
        return self.match(text, pos, endpos)

    def _search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> CaselessMatch | re.Match | None:
        # The hottest path of extraction (some forty searches a clause): the last text's lower
        # case and the word test are looked up here rather than in calls of their own.
        last, low = _last_lowered
        if text is not last:
            low = lower_case(text)
        if low is None:
            return self._slow.search(text, pos, endpos)
        if self._words is not None:
            for words in self._words:
                for word in words:
                    if word in low:
                        break
                else:
                    return None
        found = self._fast.search(low, pos, endpos)  # type: ignore[union-attr]  # prepared first
        return CaselessMatch(found, text) if found else None

    def _finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[CaselessMatch | re.Match]:
        low = lower_case(text)
        if low is None:
            yield from self._slow.finditer(text, pos, endpos)
            return
        if self._words is not None and not holds_all(low, self._words):
            return
        for found in self._fast.finditer(low, pos, endpos):  # type: ignore[union-attr]  # prepared first
            yield CaselessMatch(found, text)

    def sub(self, replacement: str, text: str) -> str:
        return self._slow.sub(replacement, text)

    def __repr__(self) -> str:
        return f"CaselessPattern({self.pattern!r})"


_last_lowered: tuple[str, str | None] = ("", "")
# Letters IGNORECASE matches with an ASCII one that lower() leaves alone: "ı" ~ "i", "ſ" ~ "s"
# (each looked for with `in`, at C speed: a character class scans the text several times slower).
_DOTLESS_I, _LONG_S = "ı", "ſ"


def lower_case(text: str) -> str | None:
    """The text in lower case, or None when that changes its length (offsets would shift).

    The extractor runs some forty patterns on each clause in turn; the last text is kept."""
    global _last_lowered
    last, low = _last_lowered
    if text is not last:
        low = text.lower()
        if len(low) != len(text) or (not text.isascii() and (_DOTLESS_I in text or _LONG_S in text)):
            low = None
        _last_lowered = (text, low)
    return low


class CaselessMatch:
    """A match found in the lower-cased text, read back from the original."""

    __slots__ = ("_match", "_text", "start", "end", "span")

    def __init__(self, match: re.Match, text: str):
        self._match = match
        self._text = text
        # Offsets in the lower-cased text are the original's: the match's own methods serve,
        # with no Python call in between (the extractor asks for them more than for words).
        self.start: Callable[..., int] = match.start
        self.end: Callable[..., int] = match.end
        self.span: Callable[..., tuple[int, int]] = match.span

    def group(self, *names: int | str):
        if not names:  # the whole match, the commonest question
            start, end = self._match.span()
            return self._text[start:end]
        if len(names) > 1:
            return tuple(self._group(name) for name in names)
        return self._group(names[0])

    def _group(self, name: int | str) -> str | None:
        start, end = self._match.span(name)
        return None if start < 0 else self._text[start:end]

    __getitem__ = _group

    def groupdict(self) -> dict[str, str | None]:
        return {name: self._group(name) for name in self._match.re.groupindex}

    @property
    def lastgroup(self) -> str | None:
        return self._match.lastgroup


def has_cased_letters(source: str) -> bool:
    """Whether case can change what the pattern matches: letters outside class escapes and group
    names, or a character given by code (\\x41, \\N{...}), which may be a letter.

    "^(?P<number>\\d{1,3})\\." has none; it runs as written, with no lower-cased copy of the text."""
    bare = re.sub(r"\\[dswbDSWBAZtnrfv]|\\[^A-Za-z0-9]|\(\?P<[^>]*>", "", source)
    if "\\" in bare or re.search(r"\[[^\]]*-", bare):  # a character by code, a range such as [_-~]
        return True
    # A back-reference (?P=name) keeps its letters here: it compares without case too.
    return any(char.lower() != char or char.upper() != char for char in bare)


def lowered(source: str) -> str:
    """The pattern with its letters in lower case; escapes (\\S, \\W, \\N{...}) and group names kept."""
    out = []
    i = 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            end = source.index("}", i) + 1 if source.startswith("\\N{", i) else i + 2
            out.append(source[i:end])
            i = end
        elif source.startswith(("(?P<", "(?P="), i):
            end = source.index(">" if source[i + 3] == "<" else ")", i) + 1
            out.append(source[i:end])
            i = end
        else:
            out.append(char.lower())
            i += 1
    return "".join(out)


def literal_first(source: str) -> str:
    """Each top-level alternative `\\bword...` rewritten as `word(?<!\\wword)...`, and one that
    a look-behind for a class opens, `(?<![-])\\bword...`, as `word(?<!\\wword)(?<![-]word)...`.

    Same matches; but a pattern that starts with a literal lets `re` jump to it. With other
    alternatives beside it, a group of words opening an alternative is spread over the rest:
    `(?:at|during)\\s...|...` -> `at\\s...|during\\s...|...` (`re` jumps only to alternatives
    that each open with a letter, not with a group)."""
    branches = [_literal_first(branch) for branch in _top_level_branches(source)]
    if len(branches) > 1:
        branches = [spread for branch in branches for spread in _spread(branch)]
    return "|".join(branches)


def _spread(branch: str) -> list[str]:
    """`(?:a|b)rest` as [`arest`, `brest`], when each alternative opens with a letter or digit and the rest
    captures nothing (a group written twice would be numbered twice); else [branch]."""
    close = _closing_paren(branch, 0) if branch.startswith("(?:") else None
    if close is None or branch[close + 1 : close + 2] in tuple(_QUANTIFIERS):
        return [branch]
    rest = branch[close + 1 :]
    alternatives = _top_level_branches(branch[3:close])
    captures = any(
        char == "(" and (not rest.startswith("(?", index) or rest.startswith("(?P<", index))
        for index, char, _ in _structure(rest)
    )
    if captures or not all(alternative[:1].isalnum() for alternative in alternatives):
        return [branch]
    return [alternative + rest for alternative in alternatives]


# "(?<![-‑])" before a word boundary: the class of characters that may not come before the match.
_NOT_AFTER = re.compile(r"\(\?<!\[((?:[^\]\\]|\\.)+)\]\)(?=\\b)")


def _literal_first(branch: str) -> str:
    guard = _NOT_AFTER.match(branch)
    bare = branch[guard.end() :] if guard else branch
    if not bare.startswith("\\b"):
        return branch
    if bare.startswith("\\b(?:"):
        return _literal_first_group(branch, bare, guard.group(1) if guard else None)
    end = 2
    while end < len(bare) and (bare[end].isalnum() and bare[end].isascii()):
        end += 1
    if end < len(bare) and bare[end] in _QUANTIFIERS:
        end -= 1  # "dialogues?": the quantifier belongs to the last letter
    word = bare[2:end]
    if not word:
        return branch
    not_after = f"(?<![{guard.group(1)}]{word})" if guard else ""
    return f"{word}(?<!\\w{word}){not_after}{bare[end:]}"


def _literal_first_group(branch: str, bare: str, not_after: str | None) -> str:
    """`\\b(?:at|during)\\s` -> `(?:at(?<!\\wat)|during(?<!\\wduring))\\s`, when every alternative allows it."""
    close = _closing_paren(bare, 2)
    if close is None or bare[close + 1 : close + 2] in tuple(_QUANTIFIERS):
        return branch  # "\\b(?:for\\s+)?": the group may be skipped, the boundary then falls elsewhere
    guard = f"(?<![{not_after}])" if not_after else ""
    inner = [_literal_first(f"{guard}\\b{alternative}") for alternative in _top_level_branches(bare[5:close])]
    if any(alternative.startswith((guard + "\\b") if guard else "\\b") for alternative in inner):
        return branch
    return "(?:" + "|".join(inner) + ")" + bare[close + 1 :]


def _closing_paren(source: str, opening: int) -> int | None:
    for index, char, depth in _structure(source, opening):
        if char == ")" and depth == 0:
            return index
    return None


def _top_level_branches(source: str) -> list[str]:
    bars = [index for index, char, depth in _structure(source) if char == "|" and depth == 0]
    return [source[start + 1 : end] for start, end in zip([-1, *bars], [*bars, len(source)], strict=True)]


def _structure(source: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """The pattern's parentheses and bars with their depth (after the character), skipping
    escapes and character classes ("[()|]" holds no group)."""
    depth, i, in_class = 0, start, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source.startswith(("[]", "[^]"), i):  # a "]" first is a member, not the end
                i += 2 if source[i + 1] == "]" else 3
                continue
        elif char in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[char]
            yield i, char, depth
        i += 1


Pattern = re.Pattern | CaselessPattern
Match = re.Match | CaselessMatch
PATTERN_TYPES = (re.Pattern, CaselessPattern)
