"""Lengths the lexicon cannot read are said, never misread.

These wordings are not from real resolutions (real ones say "a half-day panel discussion",
"a two-hour meeting"); a hostile trial run typed them, and planner once read "two-hour"
inside "seventy-two-hour" and "二小时" inside "十二小时".
"""

from __future__ import annotations

import pytest

from planner.extract import extract_lines

HEADER = ["Human Rights Council", "Forty-fifth session", "Agenda item 3", "The Human Rights Council,"]


def _meeting(words: str):
    text = [*HEADER, f"1. Decides to convene, at its forty-sixth session, {words} on the right to water;"]
    extraction = extract_lines(text, "lengths.txt")
    (meeting,) = extraction.meetings
    return meeting, [p.message for p in extraction.problems]


@pytest.mark.parametrize(
    ("words", "unread"),
    [
        ("a seventy-two-hour panel discussion", "seventy-two-hour"),
        ("a 90-minute panel discussion", "90-minute"),
        ("a one-and-a-half-hour panel discussion", "one-and-a-half-hour"),
        ("a one-and-a-half-day panel discussion", "one-and-a-half-day"),
        ("a twenty-one-day seminar", "twenty-one-day"),
    ],
)
def test_a_length_in_unknown_words_is_a_problem_not_a_guess(words, unread):
    meeting, problems = _meeting(words)
    assert meeting.duration_minutes is None
    assert f"'{unread}': a length planner cannot read; it is planned as one meeting: check it" in problems


@pytest.mark.parametrize(
    ("words", "minutes"),
    [("a two-hour panel discussion", 120), ("a half-day panel discussion", 180), ("a full-day panel discussion", 360)],
)
def test_lengths_the_lexicon_knows(words, minutes):
    meeting, problems = _meeting(words)
    assert meeting.duration_minutes == minutes
    assert not [p for p in problems if "length" in p]


@pytest.mark.parametrize(
    "words", ["a panel discussion, opened by a minute of silence,", "a panel discussion during the first hour"]
)
def test_a_unit_without_a_number_is_no_length(words):
    meeting, problems = _meeting(words)
    assert meeting.duration_minutes is None
    assert not [p for p in problems if "length" in p]


def test_chinese_numbers_of_two_characters_are_read_whole():
    text = [
        "人权理事会，",
        "1. 决定在第四十六届会议上举行一次十二小时的小组讨论；",
        "2. 决定在第四十六届会议上举行一次二十五分钟的小组讨论；",
    ]
    extraction = extract_lines(text, "lengths.zh.txt", session=45)
    assert [m.duration_minutes for m in extraction.meetings] == [720, None]
    assert "'二十五分钟': a length planner cannot read; it is planned as one meeting: check it" in [
        p.message for p in extraction.problems
    ]
