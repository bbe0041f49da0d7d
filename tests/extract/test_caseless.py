"""The fast case-insensitive patterns find exactly what `re.IGNORECASE` finds, on real text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from planner.extract import extract_lines
from planner.extract.lexicon import lexicon
from planner.extract.lexicon.caseless import CaselessPattern, has_cased_letters, literal_first, lowered
from planner.extract.lexicon.prefilter import required_words

DATA = Path(__file__).resolve().parents[1] / "data"


def _texts() -> list[str]:
    texts = [
        e["text"] for name in ("mandates-dev.yaml", "phrasings.yaml") for e in yaml.safe_load((DATA / name).read_text())
    ]
    for path in sorted((DATA / "resolutions").glob("*.en.txt")):
        texts += [line for line in path.read_text("utf-8").splitlines() if line.strip()]
    # Every piece of each text too, so patterns anchored at ^ and $ meet many starts and ends.
    return texts + [piece.strip() for text in texts for piece in re.split(r"[;,]", text) if piece.strip()]


def _patterns():
    lex = lexicon("en")
    for table_name in ("header", "paragraphs", "clauses", "meetings", "reports"):
        for key, value in getattr(lex, table_name).items():
            values = value if isinstance(value, list) else [value]
            for item in values:
                pattern = item[0] if isinstance(item, tuple) else item
                # A pattern with no letters runs as a plain one: it must find the same too.
                if isinstance(pattern, CaselessPattern | re.Pattern):
                    yield pytest.param(pattern, id=f"{table_name}.{key}")


TEXTS = _texts()


def _spans(match) -> tuple | None:
    if match is None:
        return None
    names = list(match.re.groupindex) if isinstance(match, re.Match) else list(match._match.re.groupindex)
    return (match.span(), match.group(), tuple(match.group(name) for name in names))


@pytest.mark.parametrize("pattern", list(_patterns()))
def test_same_matches_as_ignorecase(pattern: CaselessPattern | re.Pattern):
    reference = re.compile(pattern.pattern, re.IGNORECASE)
    for text in TEXTS:
        assert _spans(pattern.search(text)) == _spans(reference.search(text)), text
        # Anchored matches run the reference itself; where a search found a match, a match
        # from its start must find the same words (the meeting kinds are read that way).
        if found := pattern.search(text):
            assert _spans(pattern.match(text, found.start())) == _spans(found), text
        assert [_spans(m) for m in pattern.finditer(text)] == [_spans(m) for m in reference.finditer(text)], text
        middle = len(text) // 3
        assert _spans(pattern.search(text, middle)) == _spans(reference.search(text, middle)), text


def test_matches_keep_the_capitals_of_the_text():
    pattern = CaselessPattern(r"\bchaired\s+by\s+(?P<chair>the\s+president[^,]*)")
    match = pattern.search("a panel discussion Chaired by the President of the Human Rights Council, on")
    assert match.group("chair") == "the President of the Human Rights Council"
    assert match.group() == "Chaired by the President of the Human Rights Council"


def test_a_text_whose_length_changes_in_lower_case_falls_back():
    text = "İstanbul: Decides to convene a panel discussion"  # "İ".lower() is two characters
    assert len(text.lower()) != len(text)
    match = CaselessPattern(r"\bto\s+convene\b").search(text)
    assert match.span() == re.search(r"to\s+convene", text).span()


def test_lowered_keeps_escapes_and_group_names():
    assert lowered(r"\S+\W(?P<Chair>The\s+President)\N{LATIN CAPITAL LETTER A}[A-Z]") == (
        r"\S+\W(?P<Chair>the\s+president)\N{LATIN CAPITAL LETTER A}[a-z]"
    )


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\bto\s+hold\b", r"to(?<!\wto)\s+hold\b"),
        (r"\bdialogues?\b|\bpanel\b", r"dialogue(?<!\wdialogue)s?\b|panel(?<!\wpanel)\b"),
        (r"\b(?:at|during)\s+its", r"(?:at(?<!\wat)|during(?<!\wduring))\s+its"),
        (r"\b(?:for\s+)?(?P<n>\d)", r"\b(?:for\s+)?(?P<n>\d)"),  # an optional group: left as written
        (r"\b(?:at|\d)x", r"\b(?:at|\d)x"),  # an alternative without a word first: left as written
        (r"(?:a|\bb)|\bc[|]", r"(?:a|\bb)|c(?<!\wc)[|]"),  # only top-level alternatives
        # A look-behind for a class before the boundary goes after the word, with the word in it.
        (r"(?<![-‑])\bhalf\s", r"half(?<!\whalf)(?<![-‑]half)\s"),
        (r"(?<![-])\b(?:one|1)x", r"(?:one(?<!\wone)(?<![-]one)|1(?<!\w1)(?<![-]1))x"),
        (r"(?<![-])\b(?:one|\d)x", r"(?<![-])\b(?:one|\d)x"),
    ],
)
def test_literal_first(source, expected):
    assert literal_first(source) == expected


@pytest.mark.parametrize(
    ("source", "words"),
    [
        (r"hour", ("hour",)),
        (r"to\s+(?:prepare|submit)\b", ("submit", "prepare")),  # the longer required part wins
        (r"(?:presided|co-presided) by", ("presided",)),  # "co-presided" holds "presided"
        (r"(?:for\s+)?(?P<n>two|\d)[-\s]days?", ("day",)),  # an optional part or a class needs nothing
        (r"a|\d", None),  # one alternative needs no word: the pattern needs none
        (r"to (?:organi[sz]e|host)", ("host", "organise", "organize")),  # a small class spelled out
        (r"[a-z]day", ("day",)),  # a range is not
        (r"(?i:hour)", None),  # a flag inside: its letters are not literal
        (r"\w+", None),
    ],
)
def test_required_words(source, words):
    assert required_words(source) == words


@pytest.mark.parametrize("pattern", list(_patterns()))
def test_required_words_are_in_every_match(pattern: CaselessPattern | re.Pattern):
    """The word test never skips a search that would find something (it may only save time)."""
    words = getattr(pattern, "_words", None)
    if words is None:
        return
    reference = re.compile(pattern.pattern, re.IGNORECASE)  # no word test of its own
    for text in TEXTS:
        for match in reference.finditer(text):
            for each in words:  # one word of every set
                assert any(word in match.group().lower() for word in each), (match.group(), each)


def test_only_patterns_without_letters_run_as_written():
    assert not has_cased_letters(r"^[“\"]?\s*(?P<number>\d{1,3})\s*\.\s+")
    assert has_cased_letters(r"^\((?P<sub>[a-z]{1,4})\)")  # a class of letters
    assert has_cased_letters(r"\N{DIGIT ONE}x")
    assert has_cased_letters(r"\N{LATIN SMALL LETTER A}")  # a character by name or code may be a letter
    assert has_cased_letters(r"\x41")
    assert not has_cased_letters(r"(?P<n>\d)\.\s")  # a group's name is no letter
    assert has_cased_letters(r"(?P<n>\d)(?P=n)")  # a back-reference compares without case
    assert has_cased_letters(r"[_-~]")  # a range may hold letters of one case


@pytest.mark.parametrize("verb", ["Decıdes", "Requeſts"])  # dotless i, long s: folded only by IGNORECASE
def test_a_verb_only_case_folding_reads_still_orders_a_meeting(verb):
    lines = [
        "Human Rights Council",
        "Resolution 45/1. Test",
        "The Human Rights Council,",
        "",
        f"1. {verb} to convene a panel discussion at its forty-sixth session;",
    ]
    meetings = extract_lines(lines, "folded.txt").meetings
    assert [(m.kind, m.session) for m in meetings] == [("panel_discussion", 46)]
