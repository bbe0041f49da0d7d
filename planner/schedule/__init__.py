"""Pure scheduling: which mandates fall due at a session, and where their meetings go.

select_due(session, extractions, ...)   -> Due (due, not for this session, reports)
build_programme(session, due, version)  -> ProgrammeOfWork
schedule(session, extractions, ...)     -> both in one call
"""

from __future__ import annotations

import datetime as dt

from planner.core.mandate import Extraction
from planner.core.order_of_business import SessionBusiness
from planner.core.programme import MandateRef, ProgrammeOfWork
from planner.core.session import Session
from planner.core.standing import StandingMandate
from planner.schedule.build import build_programme
from planner.schedule.due import Due, select_due

__all__ = ["Due", "StandingMandate", "build_programme", "schedule", "select_due"]


def schedule(
    session: Session,
    extractions: list[Extraction],
    version: dt.date,
    *,
    declared: list[MandateRef] | None = None,
    standing: list[StandingMandate] | None = None,
    retired: set[str] | None = None,
    themes: dict[str, str] | None = None,
    previous: dict[str, dt.datetime] | None = None,
    business: SessionBusiness | None = None,
) -> ProgrammeOfWork:
    due = select_due(session, extractions, declared=declared, standing=standing, retired=retired, themes=themes)
    return build_programme(session, due, version, previous=previous, business=business)
