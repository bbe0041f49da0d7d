"""Shared data for the scheduler tests (imported by name; pytest puts this folder on the path):
the seed mandate (resolution 43/21, paragraph 8) as the
extractor reports it, and helpers to make sessions and mandates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from seed_meeting import HIGH_COMMISSIONER, seed_document, seed_mandate

from planner.core.mandate import DocumentInfo, Extraction, MeetingKind, MeetingMandate, ReportMandate
from planner.core.programme import MandateRef

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_sessions" / "hrc46"


def seed_extraction() -> Extraction:
    """Resolution 43/21, operative paragraphs 8 and 9, as the brief and the seed text state them."""
    return Extraction(
        source="a-hrc-res-43-21.zh.txt",
        document=seed_document(),
        meetings=[seed_mandate(id="43/21-op8", chair="President of the Human Rights Council")],
        reports=[
            ReportMandate(
                id="43/21-op9", paragraph=9, form="summary_report", author=HIGH_COMMISSIONER, meeting="43/21-op8"
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
