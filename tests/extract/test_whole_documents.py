"""Whole real documents, header to last paragraph (tests/data/resolutions, sources in its SOURCES files)."""

from __future__ import annotations

import pytest

from planner.resolutions import extract_file


def _meetings(extraction):
    return [
        (m.id, m.kind, m.high_level, m.session, m.intersessional, m.duration_minutes, m.agenda_item)
        for m in extraction.meetings
    ]


@pytest.mark.parametrize(
    "name, document, meetings",
    [
        (
            "a-hrc-dec-12-118.en.txt",
            ("A/HRC/DEC/12/118", 12, 5),
            [("a-hrc-dec-12-118-op2-s13", "meeting", True, 13, False, None, 5)],
        ),
        # The dialogue is the purpose of a mandate extension "until the end of the fifteenth session".
        (
            "a-hrc-dec-14-117.en.txt",
            ("A/HRC/DEC/14/117", 14, 4),
            [("a-hrc-dec-14-117-op1-s15", "interactive_dialogue", False, 15, False, None, 4)],
        ),
        # Mentions "the interactive dialogue thereon" but orders no meeting.
        ("a-hrc-dec-18-121.en.txt", ("A/HRC/DEC/18/121", 18, None), []),
        # Early decisions print no session line: the session comes from the number 9/102.
        (
            "a-hrc-dec-9-102.en.txt",
            ("A/HRC/DEC/9/102", 9, None),
            [("a-hrc-dec-9-102-op1", "meeting", False, None, False, 360, None)],
        ),
        (
            "a-hrc-res-3-4.en.txt",
            ("A/HRC/RES/3/4", 3, None),
            [("a-hrc-res-3-4-op2", "meeting", False, None, True, 3600, None)],
        ),
        (
            "a-hrc-res-21-20.en.txt",
            (None, 21, 8),
            [("doc-1a3b9615ff-op1-s22", "panel_discussion", True, 22, False, None, 8)],
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_document_mandates(resolution_file, name, document, meetings):
    extraction = extract_file(resolution_file(name))

    assert (extraction.document.symbol, extraction.document.session, extraction.document.agenda_item) == document
    assert _meetings(extraction) == meetings


def test_week_window_reported_as_problem(resolution_file):
    extraction = extract_file(resolution_file("a-hrc-dec-9-102.en.txt"))

    assert [(p.paragraph, p.message) for p in extraction.problems] == [
        (1, "held at a date (during the week of 8 December 2008), not at a numbered session")
    ]
    assert extraction.meetings[0].evidence["session"] == "during the week of 8 December 2008"


def test_report_paragraph_linked_across_paragraphs(resolution_file):
    extraction = extract_file(resolution_file("a-hrc-res-3-4.en.txt"))
    meeting = extraction.meetings[0]

    assert meeting.report is not None
    assert (meeting.report.author, meeting.report.due_session, meeting.report.paragraph) == ("the working group", 4, 5)
    assert meeting.evidence["intersessional"] == "before the fourth session"
    # The chair is named in op. 3: "Requests the President of the Council to chair the working group".
    assert (meeting.chair, meeting.evidence["chair"]) == (
        "the President of the Council",
        "Requests the President of the Council to chair the",
    )


def test_first_day_of_high_level_segment(resolution_file):
    meeting = extract_file(resolution_file("a-hrc-res-21-20.en.txt")).meetings[0]

    assert (meeting.timing, meeting.evidence["timing"]) == ("first_day", "first day of the high-level segment")
    assert meeting.theme == (
        "the twentieth anniversary of the Vienna Declaration and Programme of Action, with a "
        "particular focus on its implementation, as well as on achievements, best practices "
        "and challenges in this regard"
    )
