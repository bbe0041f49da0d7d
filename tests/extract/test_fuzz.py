"""The extractor on mutated real texts: it may find nothing, or refuse the text with a ReadError naming it."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.mandate import MAX_PARAGRAPH_CHARS
from planner.errors import ReadError
from planner.extract import extract_lines

DATA = Path(__file__).resolve().parents[1] / "data"
TEXTS = [p.read_text("utf-8") for p in sorted((DATA / "resolutions").glob("*.txt"))]
TEXTS += [e["text"] for e in yaml.safe_load((DATA / "phrasings.yaml").read_text("utf-8"))]
WORDS = sorted({w for t in TEXTS for w in t.split()})


@st.composite
def mutated_text(draw) -> str:
    words = draw(st.sampled_from(TEXTS)).split(" ")
    for _ in range(draw(st.integers(0, 12))):
        action = draw(st.sampled_from(["drop", "swap", "insert", "digits"]))
        at = draw(st.integers(0, max(len(words) - 1, 0)))
        if action == "drop" and len(words) > 1:
            words.pop(at)
        elif action == "swap":
            other = draw(st.integers(0, len(words) - 1))
            words[at], words[other] = words[other], words[at]
        elif action == "insert":
            words.insert(at, draw(st.sampled_from(WORDS)))
        else:
            words.insert(at, str(draw(st.integers(0, 999))))
    return " ".join(words)


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# What a text that holds no resolution is told (its source, "fuzz", names it).
REFUSALS = [
    r"does not look like a resolution or decision: no operative paragraph found",
    r"the header of .+ was read but no operative paragraph follows: the text may be cut short or incomplete; "
    r"use the complete official text",
]


def _refused(err: ReadError) -> None:
    assert type(err) is ReadError
    assert err.path == "fuzz"
    assert any(re.fullmatch(refusal, str(err).removeprefix("fuzz: ")) for refusal in REFUSALS), str(err)


@SETTINGS
@given(text=mutated_text(), session=st.one_of(st.none(), st.integers(1, 100)))
def test_mutated_real_text_is_read_or_refused_by_name(text, session):
    try:
        extraction = extract_lines(text.splitlines(), "fuzz", session=session)
    except ReadError as err:
        _refused(err)
        return
    for meeting in extraction.meetings:
        assert meeting.id and meeting.paragraph >= 1


@SETTINGS
@given(parts=st.lists(st.sampled_from(TEXTS), min_size=2, max_size=4), noise=st.text(max_size=200))
def test_mixed_languages_and_noise_are_read_or_refused_by_name(parts, noise):
    try:
        extract_lines(("\n".join(parts) + noise).splitlines(), "fuzz")
    except ReadError as err:
        _refused(err)


def test_huge_paragraph_is_read_in_reasonable_work():
    # One operative paragraph just under the length limit: the patterns must not backtrack without end.
    paragraph = (
        "1. Decides to convene, at its forty-sixth session, a panel discussion on "
        + "human rights, " * ((MAX_PARAGRAPH_CHARS - 100) // 14)
        + "and peace;"
    )
    assert len(paragraph) < MAX_PARAGRAPH_CHARS
    extraction = extract_lines([paragraph], "huge", session=45)

    assert [m.session for m in extraction.meetings] == [46]
