"""Shared data for the scheduler tests (imported by name; pytest puts this folder on the path):
the seed mandate (resolution 43/21, paragraph 8) as the
extractor reports it, and helpers to make sessions and mandates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from planner.mandate import (
    DocumentInfo,
    Extraction,
    MeetingKind,
    MeetingMandate,
    MeetingReport,
    ReportMandate,
)
from planner.programme import MandateRef

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_sessions" / "hrc46"
SEED_THEME = "the role of poverty alleviation in the promotion and protection of human rights"


def seed_extraction() -> Extraction:
    """Resolution 43/21, operative paragraphs 8 and 9, as the brief and the seed text state them."""
    return Extraction(
        source="a-hrc-res-43-21.zh.txt",
        document=DocumentInfo(
            symbol="A/HRC/RES/43/21",
            title="Promoting mutually beneficial cooperation in the field of human rights",
            session=43,
            agenda_item=3,
            language="zh",
        ),
        meetings=[
            MeetingMandate(
                id="43/21-op8",
                paragraph=8,
                kind="meeting",
                session=46,
                agenda_item=3,
                duration_minutes=120,
                chair="President of the Human Rights Council",
                theme=SEED_THEME,
                participants="senior officials of States",
                report=MeetingReport(
                    form="summary_report", author="United Nations High Commissioner for Human Rights", paragraph=9
                ),
            )
        ],
        reports=[
            ReportMandate(
                id="43/21-op9",
                paragraph=9,
                form="summary_report",
                author="United Nations High Commissioner for Human Rights",
                meeting="43/21-op8",
            )
        ],
    )


def declared(
    id: str,
    *,
    session: int = 46,
    item: int | None = 3,
    minutes: int | None = None,
    kind: MeetingKind = "panel_discussion",
    symbol: str | None = None,
    **extra,
) -> MandateRef:
    """A mandate as a session file declares it (no resolution text involved)."""
    return MandateRef(
        mandate=MeetingMandate(
            id=id, paragraph=0, kind=kind, session=session, agenda_item=item, duration_minutes=minutes, **extra
        ),
        document=DocumentInfo(symbol=symbol),
        source="test (declared)",
    )


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)
