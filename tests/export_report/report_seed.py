"""The seed meeting (resolution 43/21, paragraphs 8 and 9) placed at the 46th session."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from planner.mandate import DocumentInfo, MeetingMandate, MeetingReport
from planner.programme import MandateRef, Placement, ProgrammeOfWork, SessionSummary

# Session dates from shared/domain/hrc_calendar.yaml.
HRC46 = SessionSummary(
    number=46,
    start=dt.date(2021, 2, 22),
    end=dt.date(2021, 3, 24),
    high_level_segment=(dt.date(2021, 2, 22), dt.date(2021, 2, 24)),
)
HRC47 = SessionSummary(number=47, start=dt.date(2021, 6, 21), end=dt.date(2021, 7, 14))

# The seed's words: English as in the brief, Chinese as printed in A/HRC/43/L.31 op. 8-9.
SEED_WORDS = {
    "en": {
        "theme": "the role of poverty alleviation in the promotion and protection of human rights",
        "chair": "the President of the Human Rights Council",
        "participants": "senior officials of States",
        "author": "United Nations High Commissioner for Human Rights",
        "title": "Promoting mutually beneficial cooperation in the field of human rights",
    },
    "zh": {
        "theme": "减贫在促进和保护人权中的作用",
        "chair": "人权理事会主席",
        "participants": "各国高级官员",
        "author": "联合国人权事务高级专员",
        "title": "促进人权领域的互利合作",
    },
}


def seed_ref(language: str = "en", *, due_session: int | None = None) -> MandateRef:
    words = SEED_WORDS[language]
    mandate = MeetingMandate(
        id="A/HRC/RES/43/21 op8",
        paragraph=8,
        kind="meeting",
        session=46,
        agenda_item=3,
        duration_minutes=120,
        chair=words["chair"],
        theme=words["theme"],
        participants=words["participants"],
        report=MeetingReport(form="summary_report", author=words["author"], due_session=due_session, paragraph=9),
    )
    document = DocumentInfo(
        symbol="A/HRC/RES/43/21", title=words["title"], session=43, agenda_item=3, language=language
    )
    return MandateRef(mandate=mandate, document=document, source="43-21.txt")


def seed_placement(language: str = "en", *, due_session: int | None = None) -> Placement:
    return Placement(
        ref=seed_ref(language, due_session=due_session),
        start=dt.datetime(2021, 2, 26, 15, 0),
        end=dt.datetime(2021, 2, 26, 17, 0),
        meeting_number=11,
        room="Room XX",
        reason="agenda item 3, week 1 (seed fixture)",
    )


def seed_programme(language: str = "en", *, placements: list[Placement] | None = None) -> ProgrammeOfWork:
    return ProgrammeOfWork(
        session=HRC46,
        version=dt.date(2021, 2, 19),
        placements=placements if placements is not None else [seed_placement(language)],
    )


def sessions(number: int) -> SessionSummary | None:
    return {46: HRC46, 47: HRC47}.get(number)


requires_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
