"""Standing mandates: the recurring meetings that fall due without their resolution supplied."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from planner.core.agenda import AgendaItem
from planner.core.mandate import (
    DocumentInfo,
    MeetingKind,
    MeetingMandate,
    Recurrence,
    Timing,
)
from planner.core.programme import MandateRef
from planner.core.session import Session
from planner.core.un_style import SessionOfYear, session_of_year

BUILT_IN = "built-in"


_PERIOD_YEARS = {"once": 1, "annual": 1, "biennial": 2, "triennial": 3, "quadrennial": 4}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday")


class UsualPosition(BaseModel):
    """Where the Council usually holds a standing meeting: a weekday of a week of the session."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    week: int = Field(ge=1, le=7)
    weekday: Literal["monday", "tuesday", "wednesday", "thursday", "friday"]
    slot: Literal["morning", "midday", "afternoon"] | None = None
    seen: str = ""
    sources: tuple[str, ...] = ()

    def day_in(self, session_start: dt.date) -> dt.date:
        """The day it falls on in a session that opens on `session_start` (week 1 is the opening week)."""
        monday = session_start - dt.timedelta(days=session_start.weekday())
        return monday + dt.timedelta(weeks=self.week - 1, days=WEEKDAYS.index(self.weekday))

    def phrase(self) -> str:
        slot = f", {self.slot}" if self.slot else ""
        return f"{self.weekday.capitalize()} of week {self.week}{slot}"


class StandingMandate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str
    theme: str
    symbol: str
    resolutions: tuple[str, ...] = ()  # a supplied mandate from any of these replaces this one
    kind: MeetingKind
    high_level: bool = False
    recurrence: Recurrence
    years: Literal["odd", "even"] | None = None
    first_year: int | None = None  # held from this year on, every year of its recurrence (2016, 2020, ...)
    session_of_year: SessionOfYear
    timing: Timing | None = None
    agenda_item: AgendaItem | None = None
    agenda_item_note: str = ""
    duration_minutes: int | None = None
    usual: UsualPosition | None = None
    sources: tuple[str, ...] = ()

    def falls_due(self, session: Session) -> bool:
        if session_of_year(session.start) != self.session_of_year:
            return False
        established = _adopting(self.symbol)
        if established is not None and session.number <= established:
            return False  # the mandate did not exist yet
        if self.years is not None:
            return (session.start.year % 2 == 1) == (self.years == "odd")
        if self.first_year is not None:  # every `period` years from the first: a quadrennial panel
            year, period = session.start.year, _PERIOD_YEARS[self.recurrence]
            return year >= self.first_year and (year - self.first_year) % period == 0
        return True

    def ref(self, theme: str | None = None) -> MandateRef:
        """The mandate as the scheduler sees it; its source says it is built in."""
        mandate = MeetingMandate(
            id=self.id,
            paragraph=0,  # the establishing paragraph is not quoted in the reference data
            kind=self.kind,
            high_level=self.high_level,
            recurrence=self.recurrence,
            agenda_item=self.agenda_item,
            duration_minutes=self.duration_minutes,
            timing=self.timing,
            theme=theme or self.theme,
            evidence={"standing": self.name, "agenda_item": self.agenda_item_note},
        )
        document = DocumentInfo(symbol=self.symbol, title=self.name, session=_adopting(self.symbol))
        return MandateRef(mandate=mandate, document=document, origin="built_in", source=BUILT_IN)


def _adopting(symbol: str) -> int | None:
    head = symbol.split("/")[-2] if symbol.count("/") >= 2 else ""
    return int(head) if head.isdigit() else None
