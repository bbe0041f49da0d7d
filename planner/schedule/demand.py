"""What each due mandate asks of the session: how many meetings, under which item, on which days.

The candidate days are narrowed one rule at a time (working days, item window, timing,
free meetings); the first rule that leaves no day is the diagnosis, so a meeting that can
never be placed is explained by the constraint that blocks it, not by the search.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from planner.core.agenda import FULL_DAY, HALF_DAY
from planner.core.identity import pin_names, ref_key, short_citation
from planner.core.programme import MandateRef
from planner.core.session import Meeting, Pin, Session
from planner.core.un_style import short_date, short_span


@dataclass(frozen=True)
class Demand:
    key: str
    ref: MandateRef
    meetings: int  # 1, or 2 for a full day held as two meetings the same day
    minutes: int | None  # a shorter block inside the meeting, or None for the whole meeting
    item: int | None
    window_binds: bool  # the item's window limits the days (not when a timing is mandated and the item implied)
    item_phrase: str
    length_phrase: str
    timing_phrase: str
    days: tuple[dt.date, ...]  # every day it may go to, after the fixed rules
    pin: Pin | None = None
    blocked: str | None = None  # why no day is left, when none is
    held: bool = False  # narrowed to one day: its previous version's or its usual one (the timing phrase says which)
    usual_slot: str | None = None  # morning, midday or afternoon, where the Council usually holds it
    notes: tuple[str, ...] = field(default=())


def fmt_day(day: dt.date) -> str:
    return short_date(day)  # not strftime: its day and month names follow the locale


def fmt_span(span: tuple[dt.date, dt.date]) -> str:
    first, last = span
    return short_span(first, last)


def free_meetings(session: Session) -> dict[dt.date, list[Meeting]]:
    """Meetings per working day that no fixed booking touches, the opening meeting aside."""
    free: dict[dt.date, list[Meeting]] = {}
    meetings = session.meetings
    for meeting in meetings[1:] if session.opening_reserved else meetings:
        booked = any(
            booking.date == meeting.date and booking.takes_part_of(meeting.slot) for booking in session.fixed_bookings
        )
        if not booked:
            free.setdefault(meeting.date, []).append(meeting)
    return free


def _length(ref: MandateRef) -> tuple[int, int | None, str]:
    minutes = ref.mandate.duration_minutes
    if minutes is None:
        return 1, None, "length not stated: one meeting (3 hours)"
    if minutes < HALF_DAY:
        hours = f"{minutes // 60}-hour" if minutes % 60 == 0 else f"{minutes}-minute"
        return 1, minutes, f"{hours} meeting ({minutes} min) as a block inside one meeting"
    if minutes == HALF_DAY:
        return 1, None, "half-day: one meeting (3 hours)"
    if minutes == FULL_DAY:
        return 2, None, "full-day (6 hours): two meetings the same day"
    if minutes < FULL_DAY:
        return 2, None, f"{_hours(minutes)}: two meetings the same day"
    return 0, None, f"{_hours(minutes)}, more than one working day"


def _hours(minutes: int) -> str:
    """ "4 hours", "6 hours 1 minute": a length as said, never rounded."""
    hours, rest = divmod(minutes, 60)
    parts = [f"{hours} hour{'s' * (hours != 1)}"] if hours else []
    parts += [f"{rest} minute{'s' * (rest != 1)}"] if rest else []
    return " ".join(parts)


def _item(ref: MandateRef) -> tuple[int | None, str]:
    stated = ref.mandate.agenda_item if ref.mandate.agenda_item_from != "resolution" else None
    if stated is not None:
        if ref.mandate.paragraph:
            where = f"paragraph {ref.mandate.paragraph}"
        elif ref.origin == "built_in":
            where = "the standing mandate"
        else:
            where = "the session file"
        return stated, f"item {stated} (stated in {where})"
    adopted = ref.mandate.agenda_item or ref.document.agenda_item
    if adopted is not None:
        citation = short_citation(ref) if ref.document.symbol else "the resolution"
        return adopted, f"item {adopted} (not named: the item {citation} was adopted under)"
    return None, "agenda item not stated: any meeting outside the high-level segment and voting days"


def _window_binds(ref: MandateRef) -> bool:
    """A timing the resolution orders ("first day of the high-level segment") outranks the
    window of an item it does not name; an item named in the paragraph binds."""
    return not (ref.mandate.timing and ref.mandate.agenda_item_from == "resolution")


def _pin_for(ref: MandateRef, pins: tuple[Pin, ...]) -> Pin | None:
    names = pin_names(ref)
    for pin in pins:
        if pin.mandate in names:
            return pin
    return None


def make_demand(ref: MandateRef, session: Session, free: dict[dt.date, list[Meeting]]) -> Demand:
    meetings, minutes, length_phrase = _length(ref)
    item, item_phrase = _item(ref)
    pin = _pin_for(ref, session.pins)
    base = Demand(
        key=ref_key(ref),
        ref=ref,
        meetings=meetings,
        minutes=minutes,
        item=item,
        window_binds=item is not None and _window_binds(ref),
        item_phrase=item_phrase,
        length_phrase=length_phrase,
        timing_phrase="",
        days=(),
        pin=pin,
    )
    if meetings == 0:
        return replace(
            base,
            blocked=(
                f"it lasts {length_phrase}: a plenary programme places at most a full day; "
                "hold it over several days by hand or as an intersessional meeting"
            ),
        )
    if pin is not None:
        return _pinned(base, session, free, pin)
    days, timing_phrase, blocked = _days(ref, session, item, base.window_binds, free, meetings, minutes)
    return replace(base, timing_phrase=timing_phrase, days=days, blocked=blocked)


def _fits(meeting: Meeting, minutes: int | None) -> bool:
    return meeting.slot.minutes() >= (minutes or HALF_DAY)


def _days(
    ref: MandateRef,
    session: Session,
    item: int | None,
    window_binds: bool,
    free: dict[dt.date, list[Meeting]],
    meetings: int,
    minutes: int | None,
) -> tuple[tuple[dt.date, ...], str, str | None]:
    working = list(session.working_days)
    if not working:
        return (), "", "the session has no working day (every day is a weekend or a holiday)"
    if window_binds and item is not None:
        window = session.window(item)
        days = [d for d in working if window[0] <= d <= window[1]]
        if not days:
            return (), "", f"no working day in the item-{item} window ({fmt_span(window)}): widen item_windows.{item}"
    else:
        voting = set(session.voting)
        days = [d for d in working if d not in voting] or working
    days, timing_phrase, blocked = _timing(ref, session, days, item)
    if blocked:
        return (), timing_phrase, blocked
    if meetings > session.max_panels_per_day:
        return (
            (),
            timing_phrase,
            (f"it needs {meetings} meetings on one day but max_panels_per_day is {session.max_panels_per_day}"),
        )
    open_days = [d for d in days if sum(_fits(m, minutes) for m in free.get(d, [])) >= meetings]
    if not open_days:
        return (
            (),
            timing_phrase,
            (
                f"every meeting it could use ({_span_of(days)}) is taken by a fixed booking"
                if meetings == 1
                else f"no day in {_span_of(days)} has {meetings} meetings free of fixed bookings"
            ),
        )
    return tuple(open_days), timing_phrase, None


def _timing(
    ref: MandateRef, session: Session, days: list[dt.date], item: int | None
) -> tuple[list[dt.date], str, str | None]:
    timing = ref.mandate.timing
    hls = session.high_level_segment
    if timing == "first_day":
        first = session.working_days[0]
        if first not in days:
            return [], "on the first day", f"the first day ({fmt_day(first)}) is outside the item-{item} window"
        words = ref.mandate.evidence.get("timing")  # "first day of the high-level segment": the session's first
        return [first], "on the first day of the session, as mandated" + (f' ("{words}")' if words else ""), None
    if timing == "high_level_segment":
        if hls is None:
            return [], "during the high-level segment", "the session has no high-level segment: set high_level_segment"
        inside = [d for d in days if hls[0] <= d <= hls[1]]
        if not inside:
            return [], "", f"the high-level segment ({fmt_span(hls)}) lies outside the item-{item} window"
        return inside, f"during the high-level segment ({fmt_span(hls)})", None
    if hls is None or ref.mandate.high_level:
        phrase = "high-level: may sit in the high-level segment" if ref.mandate.high_level and hls else ""
        return days, phrase, None
    outside = [d for d in days if not hls[0] <= d <= hls[1]]
    if not outside:
        return [], "", f"its window ({_span_of(days)}) lies inside the high-level segment, which holds no other meeting"
    return outside, "after the high-level segment", None


def _pinned(base: Demand, session: Session, free: dict[dt.date, list[Meeting]], pin: Pin) -> Demand:
    day_free = [m for m in free.get(pin.date, []) if _fits(m, base.minutes)]
    phrase = f"pinned to {fmt_day(pin.date)}" + (f" {pin.start:%H:%M}" if pin.start else "") + " in the session file"
    notes: list[str] = []
    item = base.item
    if item is not None and base.window_binds:
        window = session.window(item)
        if not window[0] <= pin.date <= window[1]:
            notes.append(f"{base.key}: pinned outside the item-{item} window ({fmt_span(window)})")
    # A pin wins over these days' rules, but the person who pinned may not have meant to break them.
    if pin.date in session.voting:
        notes.append(f"{base.key}: pinned to {fmt_day(pin.date)}, a day kept for action on draft proposals")
    elif session.in_high_level_segment(pin.date) and not base.ref.mandate.high_level:
        notes.append(f"{base.key}: pinned into the high-level segment, which holds no other meeting")
    if pin.start is not None and not any(m.slot.start == pin.start for m in day_free):
        return replace(
            base,
            timing_phrase=phrase,
            notes=tuple(notes),
            blocked=(f"pinned to {fmt_day(pin.date)} {pin.start:%H:%M}, where no free meeting starts"),
        )
    if len(day_free) < base.meetings:
        return replace(
            base,
            timing_phrase=phrase,
            notes=tuple(notes),
            blocked=(
                f"pinned to {fmt_day(pin.date)}, which has {len(day_free)} free meeting(s) for {base.meetings} needed"
            ),
        )
    return replace(base, timing_phrase=phrase, days=(pin.date,), notes=tuple(notes))


def _span_of(days: list[dt.date]) -> str:
    return fmt_span((days[0], days[-1])) if days else "no day"
