"""The founding document: Chinese draft of resolution 43/21, in every input format."""

from __future__ import annotations

import pytest

from planner.pipeline.resolutions import extract_file

SEED_FORMATS = ["a-hrc-43-l-draft-43-21.zh.txt", "a-hrc-43-l-draft-43-21.zh.docx", "a-hrc-43-l-draft-43-21.zh.pdf"]


@pytest.mark.parametrize("name", SEED_FORMATS, ids=["txt", "docx", "pdf"])
def test_seed_meeting_fields(resolution_file, name):
    extraction = extract_file(resolution_file(name))

    assert extraction.document.model_dump() == {
        "symbol": None,
        "title": "促进人权领域的互利合作",
        "session": 43,
        "agenda_item": 3,
        "language": "zh",
        "status": "draft",
    }
    assert len(extraction.meetings) == 1
    meeting = extraction.meetings[0]
    assert meeting.paragraph == 8
    assert meeting.kind == "meeting"
    assert meeting.session == 46
    assert meeting.agenda_item == 3
    assert meeting.duration_minutes == 120
    assert meeting.chair == "人权理事会主席"
    assert meeting.theme == "减贫在促进和保护人权中的作用"
    assert meeting.participants == "各国高级官员"
    assert (meeting.recurrence, meeting.intersessional, meeting.high_level, meeting.accessible) == (
        "once",
        False,
        False,
        False,
    )
    assert meeting.report is not None
    assert meeting.report.model_dump() == {
        "form": "summary_report",
        "author": "联合国人权事务高级专员",
        "due_session": None,
        "paragraph": 9,
    }
    assert extraction.problems == []


def test_seed_evidence_is_words_of_the_text(resolution_file):
    path = resolution_file("a-hrc-43-l-draft-43-21.zh.txt")
    text = path.read_text("utf-8")
    meeting = extract_file(path).meetings[0]

    assert meeting.evidence == {
        "kind": "会议",
        "session": "在其第四十六届会议",
        "agenda_item": "议程项目 3 下",
        "duration_minutes": "两小时",
        "chair": "由人权理事会主席主持",
        "theme": "减贫在促进和保护人权中的作用",
        "participants": "各国高级官员参加",
        "report": "上述会议",
    }
    assert all(words in text for words in meeting.evidence.values())


def test_seed_report_listed_and_linked(resolution_file):
    extraction = extract_file(resolution_file("a-hrc-43-l-draft-43-21.zh.txt"))

    assert [(r.paragraph, r.form, r.meeting, r.due_session) for r in extraction.reports] == [
        (9, "summary_report", extraction.meetings[0].id, None)
    ]


def test_seed_ids_same_in_every_format(resolution_file):
    ids = {extract_file(resolution_file(name)).meetings[0].id for name in SEED_FORMATS}

    assert len(ids) == 1
