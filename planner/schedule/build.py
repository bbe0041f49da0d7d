"""Build the programme of work: days from the search, meetings inside the days, reasons, diagnoses."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from planner.core.agenda import HALF_DAY
from planner.core.order_of_business import SessionBusiness
from planner.core.programme import (
    Booking,
    MandateRef,
    MeetingSlot,
    Placement,
    ProgrammeOfWork,
    ScheduledActivity,
    SessionDay,
    Unplaced,
    UnscheduledActivity,
)
from planner.core.session import Meeting, Session
from planner.schedule.demand import (
    Demand,
    fmt_day,
    fmt_span,
    free_meetings,
    make_demand,
)
from planner.schedule.documentation import documentation, lead_times
from planner.schedule.due import Due
from planner.schedule.full_days import with_full_days
from planner.schedule.order_of_business import lay_out, order_of_business
from planner.schedule.solve import STEP_BUDGET, Solution, solve
from planner.schedule.usual import toward_usual_days


def build_programme(
    session: Session,
    due: Due,
    version: dt.date,
    budget: int = STEP_BUDGET,
    previous: dict[str, dt.datetime] | None = None,
    business: SessionBusiness | None = None,
) -> ProgrammeOfWork:
    """previous: when each mandate (by id) started in the last version; kept where that costs no meeting.
    business: the order of business laid out around the placed meetings (none: only the mandates)."""
    previous = previous or {}
    business_notes: list[str] = []
    # The order of business depends on the session's opening and bookings, not on its full days:
    # read once, it sizes the full days and is then laid out.
    order = order_of_business(session, business, due.due_here) if business is not None else []
    if business is not None and session.add_full_days:
        needed = sum(a.units for a in order) + 2 * sum(map(_meetings_of, due.due))
        # A day pinned to an hour keeps its hours; the others follow from the inputs alone, so
        # the same inputs give the same full days whatever an earlier version held.
        keep = {pin.date for pin in session.pins if pin.start is not None}
        session, business_notes = with_full_days(session, needed, keep)
    free = free_meetings(session)
    demands = _settle_pinned_hours([make_demand(ref, session, free) for ref in due.due])
    # A day's room counts only meetings long enough for the shortest meeting due.
    shortest = min((d.minutes or HALF_DAY for d in demands), default=HALF_DAY)
    cap = {
        day: min(sum(m.slot.minutes() >= shortest for m in free.get(day, [])), session.max_panels_per_day)
        for day in session.working_days
    }
    # The plan these inputs give, standing meetings near their usual days; then the days an
    # earlier version published are kept where this plan moved them. The same inputs give the
    # same plan again, so a re-run holds nothing and changes nothing.
    fresh = list(demands)
    demands, solution = toward_usual_days(
        demands, solve(demands, cap, budget), cap, budget, due.usual, session.start, session.working_days
    )
    demands, solution = _keep_previous_days(demands, solution, fresh, cap, budget, previous)
    placements, taken, short = _meetings_for(session, demands, solution, free, due.notes, previous)
    unplaced = [
        Unplaced(ref=d.ref, diagnosis=d.blocked or short.get(d.key) or _competition(d, taken, session, solution))
        for d in demands
        if d.key not in solution.days
    ]
    warnings = list(session.warnings) + list(due.warnings) + _opening_warning(session) + business_notes
    warnings += [note for d in demands for note in d.notes]
    if not solution.exhaustive:
        warnings.append(f"the search stopped after {solution.steps} steps: more meetings may fit another arrangement")
    activities: list[ScheduledActivity] = []
    unscheduled: list[UnscheduledActivity] = []
    if business is not None:
        held = {p.meeting_number for p in placements} | _booked(session)
        activities, unscheduled, laid = lay_out(session, business, order, held)
        warnings += laid
    return ProgrammeOfWork(
        session=session.summary(),
        version=version,
        placements=sorted(placements, key=lambda p: (p.start, p.part)),
        unplaced=unplaced,
        not_for_this_session=due.not_for_this_session,
        reports=due.reports,
        warnings=warnings,
        days=_grid_days(session),
        bookings=[
            Booking(
                start=dt.datetime.combine(b.date, b.start),
                end=dt.datetime.combine(b.date, b.end),
                label=b.label,
                item=b.item,
            )
            for b in sorted(session.fixed_bookings, key=lambda b: (b.date, b.start))
        ],
        activities=sorted(activities, key=lambda a: (a.start, a.meeting_number)),
        unscheduled=unscheduled,
        documentation=documentation(session, due.due_here, business) if business else [],
        lead_times=lead_times(business) if business else None,
    )


def _meetings_of(ref: MandateRef) -> int:
    minutes = ref.mandate.duration_minutes
    return 2 if minutes is not None and minutes > HALF_DAY else 1


def _booked(session: Session) -> set[int]:
    """The meetings a fixed booking takes."""
    return {
        m.number
        for m in session.meetings
        if any(b.date == m.date and b.takes_part_of(m.slot) for b in session.fixed_bookings)
    }


def _opening_warning(session: Session) -> list[str]:
    """The Council opens each session with item 1; a programme without that booking may put a panel there."""
    if not session.working_days or session.opening_reserved:
        return []
    first = session.working_days[0]
    if any(booking.date == first for booking in session.fixed_bookings):
        return []
    return [
        f"no fixed booking on the first day ({fmt_day(first)}) for the opening of the session: its first "
        "meeting is open to mandates; add a [[fixed]] booking for the opening"
    ]


def _keep_previous_days(
    demands: list[Demand],
    solution: Solution,
    fresh: list[Demand],
    cap: dict[dt.date, int],
    budget: int,
    previous: dict[str, dt.datetime],
) -> tuple[list[Demand], Solution]:
    """Hold each meeting to its published day, one at a time, as long as no meeting is lost by it.

    Staff and delegations plan around a published programme: a new version should move only
    what it must. Holding is tried meeting by meeting, so the result still places as many as
    the unconstrained search does.
    """
    best = len(solution.days)
    for index, (demand, unheld) in enumerate(zip(list(demands), fresh, strict=True)):
        day = previous[demand.ref.mandate.id].date() if demand.ref.mandate.id in previous else None
        if day is None or day not in unheld.days or demand.pin is not None or solution.days.get(demand.key) == day:
            continue
        held = replace(
            unheld,
            days=(day,),
            held=True,
            timing_phrase=_joined(unheld.timing_phrase, f"kept on {fmt_day(day)}, its day in the previous version"),
        )
        trial = demands[:index] + [held] + demands[index + 1 :]
        attempt = solve(trial, cap, budget)
        if len(attempt.days) >= best:
            demands, solution = trial, attempt
    return demands, solution


def _joined(*phrases: str) -> str:
    return "; ".join(p for p in phrases if p)


def _settle_pinned_hours(demands: list[Demand]) -> list[Demand]:
    """Two pins to the same hour: the first keeps it, the second is diagnosed."""
    holder: dict[tuple[dt.date, dt.time], str] = {}
    settled = []
    for demand in demands:
        pin = demand.pin
        if pin is not None and pin.start is not None and demand.days:
            slot = (pin.date, pin.start)
            if slot in holder:
                blocked = f"pinned to {fmt_day(pin.date)} {pin.start:%H:%M}, the meeting {holder[slot]} is pinned to"
                demand = replace(demand, days=(), blocked=blocked)
            else:
                holder[slot] = demand.key
        settled.append(demand)
    return settled


def _meetings_for(
    session: Session,
    demands: list[Demand],
    solution: Solution,
    free: dict[dt.date, list[Meeting]],
    notes: dict[str, str],
    previous: dict[str, dt.datetime],
) -> tuple[list[Placement], dict[dt.date, list[str]], dict[str, str]]:
    """Give each placed demand its meeting(s) inside its day, at its previous hour when that is free."""
    by_day: dict[dt.date, list[Demand]] = {}
    for demand in demands:
        if demand.key in solution.days:
            by_day.setdefault(solution.days[demand.key], []).append(demand)
    placements: list[Placement] = []
    taken: dict[dt.date, list[str]] = {}
    blocked: dict[str, str] = {}
    for day, group in sorted(by_day.items()):
        left = list(free[day])
        order = sorted(
            group,
            key=lambda d: (
                d.pin is None or d.pin.start is None,
                _hour_before(d, day, previous) is None,
                d.usual_slot is None,  # a meeting with a usual part of the day chooses before the others
                d.meetings == 1,
            ),
        )
        for demand in order:
            chosen = _pick(left, demand, _hour_before(demand, day, previous))
            if len(chosen) < demand.meetings:
                # The day had room by count but not by length: never drop it silently.
                del solution.days[demand.key]
                left_lengths = ", ".join(m.slot.label() for m in left) or "none"
                blocked[demand.key] = (
                    f"{fmt_day(day)} had no free meeting long enough left (free: {left_lengths}); "
                    "lengthen the day's slots or move a fixed booking"
                )
                continue
            for meeting in chosen:
                left.remove(meeting)
            taken.setdefault(day, []).append(demand.key)
            for part, meeting in enumerate(sorted(chosen, key=lambda m: m.number), start=1):
                placements.append(_placement(session, demand, meeting, part, len(chosen), notes))
    return placements, taken, blocked


def _hour_before(demand: Demand, day: dt.date, previous: dict[str, dt.datetime]) -> dt.time | None:
    """The hour the meeting had on this same day in the previous version, if it did."""
    start = previous.get(demand.ref.mandate.id)
    return start.time() if start is not None and start.date() == day else None


def _pick(left: list[Meeting], demand: Demand, hour: dt.time | None = None) -> list[Meeting]:
    if hour is not None and demand.meetings == 1:
        same = [m for m in left if m.slot.start == hour and m.slot.minutes() >= (demand.minutes or HALF_DAY)]
        if same:
            return same[:1]
    if demand.pin is not None and demand.pin.start is not None:
        pinned = [m for m in left if m.slot.start == demand.pin.start]
        rest = [m for m in left if m not in pinned and not m.lunch]
        return pinned[:1] + rest[: demand.meetings - 1]
    fits = [m for m in left if m.slot.minutes() >= (demand.minutes or HALF_DAY)]
    preferred = [m for m in fits if not m.lunch] + [m for m in fits if m.lunch]
    if demand.usual_slot is not None:  # stable: the usual part of the day first, the rest as before
        preferred.sort(key=lambda m: _part_of_day(m) != demand.usual_slot)
    if demand.meetings == 2:
        # A full day is a morning and an afternoon meeting when both are free.
        non_lunch = [m for m in fits if not m.lunch]
        return [non_lunch[0], non_lunch[-1]] if len(non_lunch) >= 2 else fits[:2]
    return preferred[:1]


def _part_of_day(meeting: Meeting) -> str:
    if meeting.lunch:
        return "midday"
    return "morning" if meeting.slot.start < dt.time(12) else "afternoon"


def _placement(
    session: Session, demand: Demand, meeting: Meeting, part: int, parts: int, notes: dict[str, str]
) -> Placement:
    start = meeting.starts()
    end = start + dt.timedelta(minutes=demand.minutes) if demand.minutes else meeting.ends()
    return Placement(
        ref=demand.ref,
        part=part,
        parts=parts,
        start=start,
        end=end,
        meeting_number=meeting.number,
        room=session.room,
        reason=_reason(session, demand, meeting, notes),
    )


def _reason(session: Session, demand: Demand, meeting: Meeting, notes: dict[str, str]) -> str:
    parts = [notes.get(demand.key, "")]
    if demand.item is not None and demand.window_binds:
        parts.append(f"{demand.item_phrase}, window {fmt_span(session.window(demand.item))}")
    elif demand.item is not None:
        parts.append(f"{demand.item_phrase}; the mandated timing comes before its window")
    else:
        parts.append(demand.item_phrase)
    length = demand.length_phrase
    if demand.minutes:
        spare = meeting.slot.minutes() - demand.minutes
        length += f" ({meeting.slot.label()}, leaving {spare} min for another item)"
    parts.append(length)
    parts.append(demand.timing_phrase)
    if demand.pin is None and not demand.held:
        if len(demand.days) == 1:
            parts.append(f"{fmt_day(demand.days[0])} is the only day it may go to")
        else:
            parts.append(
                f"day chosen among {len(demand.days)} possible ({fmt_span((demand.days[0], demand.days[-1]))}) "
                "to fit every meeting and spread panels over the days"
            )
    if meeting.lunch:
        parts.append("the lunch-hour meeting")
    return "; ".join(p for p in parts if p)


def _competition(demand: Demand, taken: dict[dt.date, list[str]], session: Session, solution: Solution) -> str:
    others = sorted({key for day in demand.days for key in taken.get(day, []) if key != demand.key})
    limit = session.max_panels_per_day
    at_limit = all(len(taken.get(day, [])) >= limit for day in demand.days)
    what = f"the panels-per-day limit ({limit}) is reached" if at_limit else "every free meeting is taken"
    shown = ", ".join(others[:6]) + (f" and {len(others) - 6} more" if len(others) > 6 else "")
    text = (
        f"no room left: on the {len(demand.days)} day(s) it may use ({fmt_span((demand.days[0], demand.days[-1]))}) "
        f"{what}" + (f", by {shown}" if shown else "")
    )
    if solution.exhaustive:
        return text + "; no arrangement fits every meeting"
    return text + f"; the search stopped after {solution.steps} steps, so another arrangement might fit it"


def _grid_days(session: Session) -> list[SessionDay]:
    by_day: dict[dt.date, list[Meeting]] = {}
    for meeting in session.meetings:
        by_day.setdefault(meeting.date, []).append(meeting)
    rows = []
    for day in session.days():
        if day.weekday() >= 5:
            continue
        holiday = session.holiday_on(day)
        rows.append(
            SessionDay(
                date=day,
                holiday=holiday.name if holiday else None,
                meetings=[
                    MeetingSlot(number=m.number, start=m.starts(), end=m.ends(), lunch=m.lunch)
                    for m in by_day.get(day, [])
                ],
            )
        )
    return rows
