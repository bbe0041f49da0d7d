"""One clause, a meeting at each of two sessions: two meetings, each with its own id.

No real resolution text with this wording was found for the tests (a search of the stored
UN pages found none); a hostile trial run typed it, and planner read only the first
session and then said that no session was stated.
"""

from __future__ import annotations

from planner.extract import extract_lines

HEADER = ["Human Rights Council", "Forty-fifth session", "Agenda item 3", "The Human Rights Council,"]


def test_a_meeting_at_each_of_two_sessions():
    text = [*HEADER, "1. Decides to convene, at its forty-sixth and forty-ninth sessions, a panel discussion on water;"]

    extraction = extract_lines(text, "two.txt")

    assert [(m.id.rsplit("-", 1)[1], m.session, m.theme) for m in extraction.meetings] == [
        ("s46", 46, "water"),
        ("s49", 49, "water"),
    ]
    assert all(m.evidence["session"] == "at its forty-sixth and forty-ninth sessions" for m in extraction.meetings)
    assert not [p for p in extraction.problems if "no session" in p.message]


def test_a_meeting_at_each_of_two_sessions_in_chinese():
    extraction = extract_lines(
        ["人权理事会，", "1. 决定在第四十六届和第四十九届会议上举行小组讨论；"], "two.zh.txt", session=45
    )

    assert [m.session for m in extraction.meetings] == [46, 49]


def test_the_summary_report_is_asked_for_each_of_the_two_meetings():
    text = [
        *HEADER,
        "1. Decides to convene, at its forty-sixth and forty-ninth sessions, a panel discussion on water, and "
        "requests the Office of the High Commissioner to prepare a summary report on the panel discussion;",
    ]

    extraction = extract_lines(text, "two.txt")

    assert [m.report.form if m.report else None for m in extraction.meetings] == ["summary_report"] * 2
