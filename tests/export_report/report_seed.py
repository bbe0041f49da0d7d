"""The seed meeting (resolution 43/21, paragraphs 8 and 9) placed at the 46th session."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from seed_meeting import (
    HIGH_COMMISSIONER,
    SEED_CHAIR,
    SEED_PARTICIPANTS,
    SEED_THEME,
    SEED_TITLE,
    seed_document,
    seed_mandate_ref,
)

from planner.core.programme import MandateRef, Placement, ProgrammeOfWork, SessionSummary

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
        "theme": SEED_THEME,
        "chair": SEED_CHAIR,
        "participants": SEED_PARTICIPANTS,
        "author": HIGH_COMMISSIONER,
        "title": SEED_TITLE,
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
    return seed_mandate_ref(
        "43-21.txt",
        document=seed_document(title=words["title"], language=language),
        chair=words["chair"],
        theme=words["theme"],
        participants=words["participants"],
        author=words["author"],
        due_session=due_session,
    )


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
