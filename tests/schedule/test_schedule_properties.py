"""Invariants of the scheduler over random sessions and mandate sets (hypothesis).

The exactness check compares with a brute force that re-states the placement rules
meeting by meeting, independently of the scheduler's day-capacity model.
"""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schedule_cases import declared

from planner.core.programme import ProgrammeOfWork
from planner.core.session import FixedBooking, Holiday, Session
from planner.schedule import Due, build_programme
from planner.sessions.registry import build_session

VERSION = dt.date(2030, 1, 1)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def sessions(draw, max_weeks: int = 4) -> Session:
    year = draw(st.integers(2022, 2032))
    monday = dt.date(year, draw(st.sampled_from([2, 6, 9])), 1)
    monday += dt.timedelta(days=(7 - monday.weekday()) % 7 + 7 * draw(st.integers(0, 3)))
    length = draw(st.integers(3, 7 * max_weeks - 3))
    end = monday + dt.timedelta(days=length)
    days = [monday + dt.timedelta(days=i) for i in range(length + 1)]
    added = draw(st.lists(st.sampled_from(days), max_size=3, unique=True))
    full_days = draw(st.lists(st.sampled_from(days), max_size=4, unique=True))
    hls = None
    if draw(st.booleans()):
        hls = (monday, monday + dt.timedelta(days=draw(st.integers(0, 3))))
    base = build_session(
        90,
        parts=[(monday, end)],
        high_level_segment=hls,
        full_days=frozenset(full_days),
        holidays_added=[Holiday(date=d, name="circular", source="test") for d in added],
        voting_days=draw(st.integers(0, 2)),
        max_panels_per_day=draw(st.integers(1, 3)),
    )
    meetings = list(base.meetings)
    booked = draw(st.lists(st.sampled_from(meetings), max_size=4, unique=True)) if meetings else []
    fixed = tuple(FixedBooking(date=m.date, start=m.slot.start, end=m.slot.end, label="fixed", item=1) for m in booked)
    return base.model_copy(update={"fixed_bookings": fixed})


@st.composite
def mandate_sets(draw, max_size: int = 8):
    count = draw(st.integers(0, max_size))
    refs = []
    for index in range(count):
        refs.append(
            declared(
                f"m{index}",
                session=90,
                item=draw(st.one_of(st.none(), st.integers(1, 10))),
                minutes=draw(st.sampled_from([None, 120, 180, 360])),
                timing=draw(st.sampled_from([None, None, "first_day", "high_level_segment"])),
                high_level=draw(st.booleans()),
            )
        )
    return refs


def _plan(session: Session, refs) -> ProgrammeOfWork:
    return build_programme(session, Due(due=list(refs)), VERSION)


def _overlaps(a_start, a_end, b_start, b_end) -> bool:
    return a_start < b_end and b_start < a_end


@SETTINGS
@given(sessions(), mandate_sets())
def test_schedule_invariants_hold_for_random_sessions(session, refs):
    programme = _plan(session, refs)
    placements = programme.placements
    for a, b in itertools.combinations(placements, 2):
        assert not _overlaps(a.start, a.end, b.start, b.end), (a, b)
    per_day: dict[dt.date, int] = {}
    for p in placements:
        day = p.start.date()
        per_day[day] = per_day.get(day, 0) + 1
        assert session.in_session(day)
        assert day.weekday() < 5
        assert session.holiday_on(day) is None
        item = p.ref.mandate.agenda_item
        timing_first = p.ref.mandate.timing and p.ref.mandate.agenda_item_from == "resolution"
        if item is not None and not timing_first:
            window = session.window(item)
            assert window[0] <= day <= window[1]
        if p.ref.mandate.timing == "high_level_segment":
            assert session.in_high_level_segment(day)
        elif p.ref.mandate.timing is None and not p.ref.mandate.high_level:
            assert not session.in_high_level_segment(day)
        if p.ref.mandate.timing == "first_day":
            assert day == session.working_days[0]
        for booking in session.fixed_bookings:
            start = dt.datetime.combine(booking.date, booking.start)
            end = dt.datetime.combine(booking.date, booking.end)
            assert not _overlaps(p.start, p.end, start, end)
        assert p.reason
    assert all(count <= session.max_panels_per_day for count in per_day.values())
    for unplaced in programme.unplaced:
        assert unplaced.diagnosis
    full_days = [p for p in placements if p.parts == 2]
    assert len(full_days) % 2 == 0
    assert len(placements) + 0 == sum(p.parts == 1 for p in placements) + len(full_days)
    assert {p.ref.mandate.id for p in placements}.isdisjoint({u.ref.mandate.id for u in programme.unplaced})
    assert len({p.ref.mandate.id for p in placements}) + len(programme.unplaced) == len(refs)


def _options(session: Session, ref) -> list[tuple[int, ...]]:
    """Every set of meeting numbers the rules allow for one mandate (restated from the issue)."""
    mandate = ref.mandate
    minutes = mandate.duration_minutes
    need = 2 if minutes and minutes > 180 else 1
    hls = session.high_level_segment
    voting = set(session.voting)
    by_day: dict[dt.date, list] = {}
    opening = session.meetings[0].number if session.opening_reserved and session.meetings else None
    for meeting in session.meetings:
        booked = meeting.number == opening or any(
            b.date == meeting.date and _overlaps(b.start, b.end, meeting.slot.start, meeting.slot.end)
            for b in session.fixed_bookings
        )
        if not booked:
            by_day.setdefault(meeting.date, []).append(meeting)
    options = []
    for day, free in by_day.items():
        if mandate.agenda_item is not None:
            window = session.window(mandate.agenda_item)
            if not window[0] <= day <= window[1]:
                continue
        elif day in voting and len(voting) < len(session.working_days):
            continue
        in_hls = hls is not None and hls[0] <= day <= hls[1]
        if mandate.timing == "first_day" and day != session.working_days[0]:
            continue
        if mandate.timing == "high_level_segment" and not in_hls:
            continue
        if mandate.timing is None and in_hls and not mandate.high_level:
            continue
        options += [tuple(m.number for m in combo) for combo in itertools.combinations(free, need)]
    return options


def _best(session: Session, refs) -> int:
    """Most mandates that fit, by exhaustive search over meetings."""
    day_of = {m.number: m.date for m in session.meetings}
    options = [_options(session, ref) for ref in refs]
    best = 0

    def visit(index: int, used: set[int], load: dict[dt.date, int], placed: int) -> None:
        nonlocal best
        best = max(best, placed)
        if index == len(refs) or placed + len(refs) - index <= best:
            return
        for option in options[index]:
            days = {day_of[n] for n in option}
            if used.isdisjoint(option) and all(
                load.get(d, 0) + len(option) <= session.max_panels_per_day for d in days
            ):
                for d in days:
                    load[d] = load.get(d, 0) + len(option)
                visit(index + 1, used | set(option), load, placed + 1)
                for d in days:
                    load[d] -= len(option)
        visit(index + 1, used, load, placed)

    visit(0, set(), {}, 0)
    return best


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions(max_weeks=1), mandate_sets(max_size=5))
def test_schedule_places_as_many_as_exhaustive_search(session, refs):
    programme = _plan(session, refs)
    placed = len({p.ref.mandate.id for p in programme.placements})
    assert placed == _best(session, refs)
    if _best(session, refs) == len(refs):
        assert programme.unplaced == []
