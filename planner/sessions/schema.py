"""The schema of session.toml: every key, its type and its bounds (pydantic, strict).

What a value must be is here; rules that need the whole session are in rules.py, and reading
the file (with one-line errors) in session_file.py.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from planner.core.agenda import AgendaItem
from planner.core.mandate import DocumentInfo, MeetingKind, MeetingMandate, Recurrence, Timing
from planner.core.programme import MandateRef
from planner.sessions.meeting_facts import ReportRequest
from planner.sessions.values import ClockTime, Strict

MAX_BYTES = 1024 * 1024  # a session file is a page or two; more is the wrong file
LAST_SESSION = 200  # the Council holds three a year: session 200 falls in the 2070s
FIRST_YEAR, LAST_YEAR = 2006, 2100
LONGEST_SESSION_DAYS = 183  # a session suspended and resumed (43rd: March to June 2020) spans months


class _Slots(Strict):
    normal: list[tuple[ClockTime, ClockTime]] | None = None
    full_day: list[tuple[ClockTime, ClockTime]] | None = None


class Named(Strict):
    date: dt.date
    name: str


class Holidays(Strict):
    eid_al_fitr: dt.date | None = None
    eid_al_adha: dt.date | None = None
    add: list[Named] = Field(default_factory=list)
    remove: list[dt.date] = Field(default_factory=list)


class _Standing(Strict):
    retire: list[str] = Field(default_factory=list)
    themes: dict[str, str] = Field(default_factory=dict)


class _Dialogue(Strict):
    """A dialogue the register lacks for this session: who presents, under which item, how."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    item: int = Field(ge=2, le=10)
    form: Literal["individual", "clustered", "enhanced", "presentation"] = "individual"


class _Dialogues(Strict):
    retire: list[str] = Field(default_factory=list)  # ids of the register of mechanisms
    add: list[_Dialogue] = Field(default_factory=list)


class DeclaredMandate(Strict):
    """A mandate whose resolution text is not supplied, declared with its citation."""

    symbol: str | None = None  # "A/HRC/RES/45/30"; None when the mandating text is not identified
    paragraph: int = Field(default=0, ge=0)  # 0 when the paragraph number is not known
    id: str = Field(min_length=1)
    title: str | None = None
    adopted_session: int | None = Field(default=None, ge=1, le=LAST_SESSION)
    adopted_item: AgendaItem | None = None
    kind: MeetingKind = "panel_discussion"
    high_level: bool = False
    recurrence: Recurrence = "once"
    session: int | None = Field(default=None, ge=1, le=LAST_SESSION)
    agenda_item: AgendaItem | None = None
    duration_minutes: int | None = Field(default=None, gt=0)
    timing: Timing | None = None
    chair: str | None = None
    theme: str | None = None
    participants: str | None = None
    source_url: str | None = None
    note: str | None = None
    report: ReportRequest | None = None  # {author = "...", due_session = 24}: a report on this meeting

    def ref(self, origin: str) -> MandateRef:
        mandate = MeetingMandate(
            id=self.id,
            paragraph=self.paragraph,
            kind=self.kind,
            high_level=self.high_level,
            recurrence=self.recurrence,
            session=self.session,
            agenda_item=self.agenda_item,
            duration_minutes=self.duration_minutes,
            timing=self.timing,
            chair=self.chair,
            theme=self.theme,
            participants=self.participants,
            report=self.report.report(self.paragraph) if self.report else None,
            evidence={k: v for k, v in (("source_url", self.source_url), ("note", self.note)) if v},
        )
        document = DocumentInfo(
            symbol=self.symbol, title=self.title, session=self.adopted_session, agenda_item=self.adopted_item
        )
        return MandateRef(mandate=mandate, document=document, origin="session_file", source=f"{origin} (declared)")


class _Fixed(Strict):
    date: dt.date
    start: ClockTime
    end: ClockTime
    label: str
    item: int | None = None


class _Pin(Strict):
    mandate: str
    date: dt.date
    start: ClockTime | None = None


class DocumentFix(Strict):
    """Facts about a supplied file its text does not give (a draft's final symbol)."""

    symbol: str | None = None
    title: str | None = None
    session: int | None = Field(default=None, ge=1, le=LAST_SESSION)
    agenda_item: AgendaItem | None = None
    status: Literal["draft", "adopted"] | None = None


class _File(Strict):
    session: int = Field(ge=1, le=LAST_SESSION)
    version: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    parts: list[tuple[dt.date, dt.date]] | None = None
    room: str | None = None
    high_level_segment: tuple[dt.date, dt.date] | None = None
    max_panels_per_day: int = Field(default=2, ge=1)
    voting_days: int = Field(default=2, ge=0)
    full_days: list[dt.date] = Field(default_factory=list)
    add_full_days: bool = True  # false: only the full_days listed, whatever the business needs
    reserve_opening: bool = True  # false: the first meeting is open to mandates
    slots: _Slots = Field(default_factory=_Slots)
    holidays: Holidays = Field(default_factory=Holidays)
    item_windows: dict[str, tuple[dt.date, dt.date]] = Field(default_factory=dict)
    fixed: list[_Fixed] = Field(default_factory=list)
    pins: list[_Pin] = Field(default_factory=list)
    standing: _Standing = Field(default_factory=_Standing)
    mandates: list[DeclaredMandate] = Field(default_factory=list)
    themes: dict[str, str] = Field(default_factory=dict)  # mandate key or id -> theme
    chairs: dict[str, str] = Field(default_factory=dict)  # mandate key or id -> chair, in the programme's language
    participants: dict[str, str] = Field(default_factory=dict)  # the same, for participants
    reports: dict[str, ReportRequest] = Field(default_factory=dict)  # a report request a copy lacks
    documents: dict[str, DocumentFix] = Field(default_factory=dict)  # file name -> facts
    dialogues: _Dialogues = Field(default_factory=_Dialogues)
    upr_states: list[str] = Field(default_factory=list)  # whose UPR outcomes are adopted
