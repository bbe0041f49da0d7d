"""Lines of text to paragraphs: rejoin wrapped and hyphenated lines, split at paragraph starts.

Plain text and PDF extraction wrap paragraphs over several lines and hyphenate
words at line ends; Word keeps one paragraph per line. The rules here are the
same for all three.
"""

from __future__ import annotations

import re

from planner.core.mandate import MAX_PARAGRAPH_CHARS
from planner.extract.lexicon import Lexicon

# A clause may end with a footnote mark: "... the report;¹" or "... peoples,6".
_CLAUSE_MARKS = ";:,.。；：，"
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# Each run of spaces once: two \s* side by side would try every split of 40,000 spaces (50 s).
_ENDS_CLAUSE = re.compile(rf"[{_CLAUSE_MARKS}]\s*(?:[”\"]\s*)?(?:[{_SUPERSCRIPTS}]+|\d{{1,2}})?$")
_FOOTNOTE_MARKS = _SUPERSCRIPTS + "*"  # the characters a footnote opens with
_FOOTNOTE = re.compile(rf"^(?:[{_SUPERSCRIPTS}]+|\*+)\s*\S")
_LONE_BLANK = re.compile(rb"(?<=\x01)\x00(?=\x01)")  # a blank line between two with text
STANDALONE_LENGTH = 120  # characters: the longest closing lines ("[Adopted by a recorded vote of 31 to 13, ...]")
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”《》]")
# From a word's start only: from every letter of a 60,000-letter word it took seconds.
_HYPHENATED = re.compile(r"(?<!\w)(\w+)-$")
_SOFT_HYPHEN = "\u00ad"  # where a word may break; at a line's end it joins the halves, as a hyphen would
# Compound heads that keep their hyphen when a line breaks after them ("high-level").
_COMPOUND_HEADS = {
    "high",
    "two",
    "three",
    "four",
    "five",
    "half",
    "full",
    "one",
    "mid",
    "non",
    "self",
    "co",
    "follow",
    "well",
    "long",
    "short",
    "multi",
    "cross",
    "inter",
    "low",
    "middle",
    "small",
    "large",
    "country",
    "gender",
    "human",
    "decision",
    "policy",
    "capacity",
    "peace",
    "time",
    "year",
    "age",
    "child",
    "state",
    "cost",
    "rights",
    "forty",
    "fifty",
    "sixty",
    "thirty",
    "twenty",
    "seventy",
    "eighty",
    "ninety",
    "stand",
    "open",
    "side",
    "Vice",
    "vice",
    "ad",
}


def blocks(lines: list[str], lex: Lexicon, header_lines: int = 0) -> list[str]:
    """Group lines into paragraphs. The first `header_lines` lines stay one per block."""
    if _double_spaced(lines):
        lines = _single_spaced(lines)
    out: list[str] = []
    current: list[str] = []
    size = 0  # characters in `current`
    vocabulary = _Vocabulary(lines)

    def flush() -> None:
        nonlocal size
        if current:
            # A paragraph on one line, as Word and many copies keep it, needs no joining.
            block = current[0] if len(current) == 1 else _join(current, lex, vocabulary)
            out.append(block.replace(_SOFT_HYPHEN, ""))  # one left at a paragraph's end breaks no word
            current.clear()
            size = 0

    standalone, short = lex.paragraphs["standalone"], STANDALONE_LENGTH
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            if current:  # a blank line after a blank line ends nothing: no call
                flush()
            continue
        # A heading or closing line stands alone, whatever comes before and after it (the length
        # first: they are short, and most lines are not).
        if len(line) <= short and standalone.match(line):
            flush()
            out.append(line)
            continue
        # A line ending with a letter ends no clause, so the next starts no paragraph: most lines of
        # a wrapped paragraph are settled without a call.
        if index < header_lines or (
            current and not current[-1][-1].isalpha() and _starts_paragraph(line, current[-1], lex)
        ):
            flush()
        current.append(line)
        size += len(line) + 1
        if size > MAX_PARAGRAPH_CHARS:  # stop here: joining megabytes would only be refused later
            raise ParagraphTooLong(current[0], size)
        if index < header_lines:
            flush()
    flush()
    return out


class ParagraphTooLong(ValueError):
    """A paragraph past the length any resolution's has (the caller names the file)."""

    def __init__(self, opening: str, length: int):
        super().__init__(opening)
        self.opening, self.length = opening, length


def _double_spaced(lines: list[str]) -> bool:
    """Text copied from some web viewers puts a blank line after every printed line."""
    has_text = [bool(line) and not line.isspace() for line in lines]
    filled = has_text.count(True)
    if filled < 6:
        return False
    # Nearly every line with text sits between blank lines, and many stop mid-sentence: printed
    # lines, not paragraphs. Paragraphs set apart by blank lines end with a clause mark.
    followed = len(_LONE_BLANK.findall(bytes(has_text)))  # one byte a line: counted at C speed
    if followed <= 0.6 * filled:  # most texts: no need to read every line's ending
        return False
    # A last character that is a clause mark, or a letter, settles most lines without a call.
    unfinished = sum(
        1
        for line in lines
        if (text := line.rstrip()) and text[-1] not in _CLAUSE_MARKS and (text[-1].isalpha() or not ends_clause(text))
    )
    return unfinished > 0.3 * filled


def _single_spaced(lines: list[str]) -> list[str]:
    """Drop lone blank lines; a run of two or more still ends a paragraph."""
    out = []
    for i, line in enumerate(lines):
        lone = not line.strip() and 0 < i < len(lines) - 1 and lines[i - 1].strip() and lines[i + 1].strip()
        if not lone:
            out.append(line)
    return out


def ends_clause(line: str) -> bool:
    """The line ends with a clause mark, perhaps followed by a quote and a footnote number.

    Nothing after the mark can be another mark, so only the last one can start the match:
    looking there alone spares a scan of the whole line. Most lines end with a mark or a letter,
    which settles it at once."""
    end = line[-1:]
    if end and end in _CLAUSE_MARKS:
        return True
    if end.isalpha():
        return False
    last = max(map(line.rfind, _CLAUSE_MARKS))
    return last >= 0 and _ENDS_CLAUSE.match(line, last) is not None


def ends_paragraph(text: str) -> bool:
    """The text ends as a paragraph does: a clause mark other than a comma (a paragraph ending on a
    comma, as a line may, was cut), perhaps followed by a quote and a footnote mark."""
    return ends_clause(text) and text.rstrip(_AFTER_THE_MARK)[-1:] not in ",，"


_AFTER_THE_MARK = ' \t”"0123456789' + _SUPERSCRIPTS


def is_footnote(text: str) -> bool:
    """A footnote printed below the text ("¹ A/HRC/43/31."); its first character settles most texts."""
    return text[:1] in _FOOTNOTE_MARKS and _FOOTNOTE.match(text) is not None


def _starts_paragraph(line: str, previous: str, lex: Lexicon) -> bool:
    if not ends_clause(previous):
        return False
    patterns = lex.paragraphs
    if (number := patterns["operative_number"].match(previous)) and number.end() == len(previous):
        return False  # a paragraph number alone on its line: its words follow on the next
    return bool(
        is_footnote(line)
        or patterns["operative_number"].match(line)
        or patterns["sub_paragraph"].match(line)
        or patterns["preambular_start"].match(line)
        or patterns["operative_start"].match(line)
    )


class _Vocabulary:
    """The document's words (runs of letters joined by single hyphens), asked about only where a
    hyphenated line break needs them. The first questions are answered from the text itself, a
    `find` at C speed; collecting every word (a scan of the whole text) waits for many."""

    def __init__(self, lines: list[str]):
        self._lines = lines
        self._text: str | None = None
        self._words: set[str] | None = None
        self._looks = _MOST_LOOKS

    def __contains__(self, word: str) -> bool:
        if self._words is None and (found := self._look_up(word)) is not None:
            return found
        if self._words is None:
            self._words = set(_WORD.findall(self._joined()))
        return word in self._words

    def _joined(self) -> str:
        if self._text is None:
            self._text = "\n".join(self._lines)
        return self._text

    def _look_up(self, word: str) -> bool | None:
        """Whether `_WORD` finds the word, read where it stands; None past the looks allowed."""
        if not _WORD.fullmatch(word):
            return False  # no run of the pattern is this
        text = self._joined()
        at = text.find(word)
        self._looks -= 1  # each question a look (a scan), each place the word stands one more
        while at >= 0:
            self._looks -= 1
            if self._looks < 0:
                return None
            if _word_starts(text, at) and _word_ends(text, at + len(word)):
                return True
            at = text.find(word, at + 1)
        return False


_WORD = re.compile(r"\w+(?:-\w+)*")
_MOST_LOOKS = 16  # questions and places a word stands, looked at one by one, before all words are collected


def _word_starts(text: str, at: int) -> bool:
    """A run of `_WORD` starts here: no letter before, nor a hyphen after a letter (the run goes on)."""
    before = text[at - 1 : at] if at else ""
    return not (_is_letter(before) or (before == "-" and at >= 2 and _is_letter(text[at - 2])))


def _word_ends(text: str, end: int) -> bool:
    """A run of `_WORD` ends here: no letter after, nor a hyphen before a letter."""
    after = text[end : end + 1]
    return not (_is_letter(after) or (after == "-" and _is_letter(text[end + 1 : end + 2])))


def _is_letter(char: str) -> bool:
    """`\\w` of `re`, for one character (empty: none)."""
    return char.isalnum() or char == "_"


def _join(lines: list[str], lex: Lexicon, vocabulary: _Vocabulary) -> str:
    # Pieces joined once at the end, each line looked at on its own: a paragraph of
    # thousands of lines costs in proportion to its length, not to its square.
    pieces = [lines[0]]
    joiner = lex.word_joiner
    for line in lines[1:]:
        previous = pieces[-1]
        hyphen = _HYPHENATED.search(previous) if previous.endswith("-") else None
        if previous.endswith(_SOFT_HYPHEN):  # "con\u00ad" + "vene" is "convene", always
            pieces[-1] = previous[:-1]
            pieces.append(line)
        elif hyphen and line[:1].islower():
            pieces[-1] = previous[:-1]
            pieces.append(_rejoin_hyphen(hyphen.group(1), line, vocabulary))
        elif not joiner or (not (pair := previous[-1:] + line[:1]).isascii() and _CJK.search(pair)):
            pieces.append(line)  # Chinese on either side of the break: no space between
        else:
            pieces.append(joiner + line)
    return "".join(pieces)


def _rejoin_hyphen(head: str, line: str, vocabulary: _Vocabulary) -> str:
    """Keep "high-\\nlevel" as "high-level" but mend "particu-\\nlarly" to "particularly"."""
    tail = re.match(r"\w+", line)
    tail_word = tail.group() if tail else ""
    if f"{head}-{tail_word}" in vocabulary:
        return "-" + line
    if f"{head}{tail_word}" in vocabulary or head.split("-")[-1] not in _COMPOUND_HEADS:
        return line
    return "-" + line
