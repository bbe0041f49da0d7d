"""The programme as the week grid of the Word programme: a table per week, a row per day,
a cell per meeting, each placed meeting a card with its reason, and the order of business
(dialogues, general debates, ...) as the lines the Word programme prints."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from planner.core.programme import Booking, Placement, ProgrammeOfWork
from planner.core.un_style import short_date
from planner.export.programme.activity import activity, business


@dataclass
class Card:
    mandate_id: str
    title: str
    reason: str
    when: str
    pinned: bool


@dataclass
class Cell:
    slot: str  # "2021-03-01T15:00": where a card dropped here is pinned
    label: str  # "meeting 14, 10:00-13:00"
    bookings: list[str] = field(default_factory=list)
    business: list[str] = field(default_factory=list)  # the order of business held here (it slides: no card)
    cards: list[Card] = field(default_factory=list)


@dataclass
class Row:
    day: dt.date
    holiday: str | None
    cells: list[Cell]


@dataclass
class Week:
    first: dt.date
    rows: list[Row]


def week_grid(programme: ProgrammeOfWork, pinned: set[str]) -> list[Week]:
    weeks: dict[dt.date, Week] = {}
    for day in programme.days:
        monday = day.date - dt.timedelta(days=day.date.weekday())
        week = weeks.setdefault(monday, Week(monday, []))
        cells = [
            Cell(
                slot=f"{m.start:%Y-%m-%dT%H:%M}",
                label=f"{m.number}. {m.start:%H:%M}-{m.end:%H:%M}",
                bookings=[b.label for b in programme.bookings if _overlaps(b, m.start, m.end)],
                business=[business(a) for a in programme.activities if a.meeting_number == m.number],
                cards=[_card(p, pinned) for p in programme.placements if m.start <= p.start < m.end],
            )
            for m in day.meetings
        ]
        week.rows.append(Row(day.date, day.holiday, cells))
    return list(weeks.values())


def slot_choices(programme: ProgrammeOfWork) -> list[tuple[str, str]]:
    """Every meeting of the session as a "Move to..." choice: (value, words)."""
    return [
        (
            f"{m.start:%Y-%m-%dT%H:%M}",
            f"{short_date(m.start.date())} {m.start:%H:%M}-{m.end:%H:%M} (meeting {m.number})",
        )
        for day in programme.days
        if not day.holiday
        for m in day.meetings
    ]


def _overlaps(booking: Booking, start: dt.datetime, end: dt.datetime) -> bool:
    return booking.start < end and start < booking.end


def _card(placement: Placement, pinned: set[str]) -> Card:
    return Card(
        mandate_id=placement.ref.mandate.id,
        title=activity(placement.ref, placement),
        reason=placement.reason,
        when=f"{short_date(placement.start.date())} {placement.start:%H:%M}-{placement.end:%H:%M}",
        pinned=placement.ref.mandate.id in pinned,
    )
