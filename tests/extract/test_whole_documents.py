"""Whole real documents, header to last paragraph (tests/data/resolutions, sources in its SOURCES files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.errors import ReadError
from planner.extract import extract_lines
from planner.pipeline.resolutions import extract_file


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
        # The drafts it lists (A/HRC/5/L.4, ...) are not its symbol: the header ends at its paragraphs.
        ("a-hrc-dec-5-102.en.txt", ("A/HRC/DEC/5/102", 5, None), []),
        # "A panel discussion on the matter": the theme is the title's.
        (
            "a-hrc-res-11-9.en.txt",
            ("A/HRC/RES/11/9", 11, None),
            [("a-hrc-res-11-9-op1-s12", "panel_discussion", False, 12, False, None, None)],
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
        (1, "held at a date (during the week of 8 December 2008), not at a numbered session"),
        # Early decisions print no agenda item line.
        (
            1,
            "no agenda item is stated in the paragraph or the header; if this copy lost its header, "
            "give agenda_item under [documents] in the session file",
        ),
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


# Decision 13/117 as printed in A/HRC/13/56 (decisions-SOURCES.yaml, partial/): an unnumbered
# "Decides:" over lettered sub-paragraphs, the form of old decisions. The stored copy lost the
# "Decides:" line; it is put back here, as the domain notes describe the form.
DEC_13_117 = """Human Rights Council
Thirteenth session
Agenda item 3

Decision adopted by the Human Rights Council

13/117 Trafficking in persons, especially women and children

The Human Rights Council,

Reaffirming all previous resolutions by the General Assembly, the Commission on Human Rights and the \
Council on the problem of trafficking in persons, especially women and children, in particular Council \
resolutions 8/12 of 18 June 2008 and 11/3 of 17 June 2009,

Decides:

(a) To hold a panel discussion at its fourteenth session to give voice to victims of trafficking in \
persons, with due consideration for the psychological well-being of the victims involved, with a view to \
reinforcing the centrality of their human rights and needs, and taking into account their recommendations \
when devising actions to combat human trafficking;

(b) To request the Office of the United Nations High Commissioner for Human Rights to organize the panel, \
within existing resources, with the participation of the High Commissioner, the Special Rapporteur on \
trafficking in persons, especially women and children, and the victims of trafficking in persons;

(c) To also request the Office of the High Commissioner to encourage the presence of relevant human rights \
mechanisms and specialized agencies and programmes, as well as civil society and national human rights \
institutions, in the panel session.

45th meeting
26 March 2010

[Adopted without a vote]
"""


def test_unnumbered_decides_governs_its_lettered_sub_paragraphs():
    extraction = extract_lines(DEC_13_117.splitlines(), "dec-13-117")

    assert _meetings(extraction) == [("a-hrc-dec-13-117-op1a-s14", "panel_discussion", False, 14, False, None, 3)]
    assert extraction.meetings[0].evidence["session"] == "at its fourteenth session"


def test_a_header_without_operative_paragraphs_is_a_text_cut_short():
    # As the stored page has it: the "Decides:" line lost, the lettered sub-paragraphs orphaned.
    with pytest.raises(ReadError) as refused:
        extract_lines(DEC_13_117.replace("Decides:\n", "").splitlines(), "dec-13-117.txt")

    assert str(refused.value) == (
        "dec-13-117.txt: the header of A/HRC/DEC/13/117 was read but no operative paragraph follows: "
        "the text may be cut short or incomplete; use the complete official text"
    )


REAL_TEXTS = sorted(p.name for p in (Path(__file__).parents[1] / "data" / "resolutions").glob("*.*.*"))


# Real texts whose stored copy stops mid-sentence (SOURCES.md).
CUT_SHORT = {"a-hrc-res-22-4.page4.en.txt"}


@pytest.mark.parametrize("name", REAL_TEXTS)
def test_only_texts_cut_short_are_said_to_be(resolution_file, name):
    problems = extract_file(resolution_file(name)).problems

    assert bool([p for p in problems if "mid-sentence" in p.message]) == (name in CUT_SHORT)


def test_paragraph_numbers_alone_on_their_lines(resolution_file):
    # Resolution 22/4, page 4 of a PDF copy: "11." on one line, "Encourages States ..." on the next.
    extraction = extract_file(resolution_file("a-hrc-res-22-4.page4.en.txt"))

    assert extraction.document.symbol == "A/HRC/RES/22/4"
    assert [p.paragraph for p in extraction.problems] == [15]  # the page stops inside op. 15


def test_a_theme_that_points_back_is_the_titles_and_participants_of_any_kind(resolution_file):
    extraction = extract_file(resolution_file("a-hrc-res-11-9.en.txt"))
    meeting = extraction.meetings[0]

    assert (meeting.theme, meeting.evidence["theme"]) == (
        "the human rights of migrants in detention centres",
        "the matter",
    )
    assert [p.message for p in extraction.problems if p.paragraph == 1] == [
        "the theme 'the matter' is taken to be the text's subject, its title: "
        "'the human rights of migrants in detention centres'",
        "no agenda item is stated in the paragraph or the header; if this copy lost its header, "
        "give agenda_item under [documents] in the session file",
    ]
    # "with equitable geographic and gender participation of ...", not only "with the participation of".
    assert meeting.participants == (
        "Governments, relevant experts and representatives of civil society, including national institutions"
    )


def test_to_meet_a_need_is_no_meeting():
    # Constructed (a reviewer's example): "will meet" with an object is no sitting of the seminar.
    lines = [
        "1. Requests the High Commissioner to ensure that the intersessional seminar on the right to development "
        "will meet the needs of all stakeholders;"
    ]

    assert extract_lines(lines, "meet-the-needs", language="en").meetings == []


def test_an_intersessional_meeting_needs_no_agenda_item(resolution_file):
    # Resolution 3/4: an intersessional working group, held between sessions, under no item.
    extraction = extract_file(resolution_file("a-hrc-res-3-4.en.txt"))

    assert extraction.meetings[0].intersessional and extraction.meetings[0].agenda_item is None
    assert not [p for p in extraction.problems if "agenda item" in p.message]
