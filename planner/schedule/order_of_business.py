"""The rest of the programme of work: the order of business laid out around the placed meetings.

The Council takes its items in order (resolution 5/1): item 1 opens the session (with the
high-level segment in the main session), then the High Commissioner under item 2, the
dialogues of each item followed by its general debate, the UPR outcomes under item 6, and
action on draft proposals on the last days. Panels, the high-level segment and fixed bookings
keep their time; the other items slide around them, so they are laid out after the mandated
meetings, in the free meetings that are left, each in units of half a meeting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from planner.core.mandate import DocumentInfo, ReportMandate, cite
from planner.core.order_of_business import Activity, Mechanism, SessionBusiness
from planner.core.programme import ScheduledActivity, UnscheduledActivity
from planner.core.session import Meeting, Session
from planner.core.un_style import session_of_year, slug


def order_of_business(
    session: Session, business: SessionBusiness, reports: Sequence[tuple[ReportMandate, DocumentInfo]] = ()
) -> list[Activity]:
    """Items 2 to 10 in the Council's order: each item's dialogues, then its general debate.

    reports: those the resolutions read ask for at this session; one whose author has no
    dialogue here is presented under its resolution's item (item 2 when none is known)."""
    rules = business.rules
    which = session_of_year(session.start)
    high_commissioner = rules.high_commissioner[which]
    activities = []
    # A fixed booking under item 2 is the High Commissioner's report set by the session file.
    if not any(booking.item == 2 for booking in session.fixed_bookings):
        activities.append(
            Activity(
                key="item2-high-commissioner",
                item=2,
                kind="high_commissioner",
                label=high_commissioner.label,
                units=high_commissioner.units,
                why=f"the High Commissioner reports under item 2 at the {which} session",
            )
        )
    for item in range(2, 11):
        presenting = [m for m in business.mechanisms if m.agenda_item == item]
        activities += _dialogues(item, presenting, business)
        activities += [_presented(report, document) for report, document in _without_dialogue(reports, item, business)]
        if item == 6:
            activities.append(_upr_outcomes(business))
        activities.append(
            Activity(
                key=f"item{item}-general-debate",
                item=item,
                kind="general_debate",
                label=f"General debate on item {item}",
                units=rules.general_debate_units.get(item, 2),
                why=(
                    f"each item closes with its general debate (nine a session, items 2-10); "
                    f"item {item} follows item {item - 1}"
                ),
            )
        )
    return activities


def _dialogues(item: int, presenting: list[Mechanism], business: SessionBusiness) -> list[Activity]:
    units = business.rules.dialogue_units
    clustered = [m for m in presenting if m.form == "clustered"]
    out = [_cluster(item, clustered[i : i + 2], units["clustered"]) for i in range(0, len(clustered), 2)]
    for mechanism in presenting:
        if mechanism.form == "clustered":
            continue
        label = {
            "individual": "ID with",
            "enhanced": "Enhanced ID with",
            "presentation": "Presentation of the report of",
        }[mechanism.form]
        out.append(
            Activity(
                key=f"item{item}-{slug(mechanism.id)}",
                item=item,
                kind="presentation" if mechanism.form == "presentation" else "dialogue",
                label=f"{label}: {mechanism.short}",
                units=units[mechanism.form],
                why=_presents(mechanism),
            )
        )
    return out


def _cluster(item: int, pair: list[Mechanism], units_each: int) -> Activity:
    names = "; ".join(m.short for m in pair)
    label = f"Clustered ID with: {names}" if len(pair) == 2 else f"ID with: {names}"
    return Activity(
        key=f"item{item}-" + "-".join(slug(m.id) for m in pair),
        item=item,
        kind="clustered_dialogue" if len(pair) == 2 else "dialogue",
        label=label,
        units=units_each * len(pair),
        why=" and ".join(_presents(m) for m in pair) + "; item-3 mandates are usually heard two by two",
    )


def _without_dialogue(
    reports: Sequence[tuple[ReportMandate, DocumentInfo]], item: int, business: SessionBusiness
) -> list[tuple[ReportMandate, DocumentInfo]]:
    """The reports due under `item` whose author presents no dialogue of the session (an author
    with one presents the report there)."""
    names = [m.name.lower() for m in business.mechanisms] + [m.short.lower() for m in business.mechanisms]
    out = []
    for report, document in reports:
        author = report.author.lower().removeprefix("the ").strip()
        has_dialogue = any(name.startswith(author) or author.startswith(name) for name in names if name)
        if (document.agenda_item or 2) == item and not has_dialogue:
            out.append((report, document))
    return out


def _presented(report: ReportMandate, document: DocumentInfo) -> Activity:
    citation = cite(document, short=True)
    return Activity(
        key=f"item{document.agenda_item or 2}-{slug(report.id)}",
        item=document.agenda_item or 2,
        kind="presentation",
        label=f"Presentation of the report of {report.author} ({citation}, op. {report.paragraph})",
        units=1,
        why=f"{citation} asks for it at this session (paragraph {report.paragraph}); its author has no dialogue here",
    )


def _presents(mechanism: Mechanism) -> str:
    return f"{mechanism.short} presents at this session of the year (register of mechanisms)"


def _upr_outcomes(business: SessionBusiness) -> Activity:
    rules = business.rules
    states = business.upr_states
    count = len(states) or rules.upr_typical_states
    minutes = count * rules.upr_minutes_per_state
    named = f": {', '.join(states)}" if states else f" (about {count} States)"
    return Activity(
        key="item6-upr-outcomes",
        item=6,
        kind="upr_outcomes",
        label=f"Adoption of UPR outcomes{named}",
        units=-(-minutes // rules.unit_minutes),
        why=(
            f"the outcomes of the States reviewed since the last session, {rules.upr_minutes_per_state} minutes each"
            + ("" if states else "; the session file names them with upr_states")
        ),
    )


@dataclass(frozen=True)
class _Unit:
    meeting: Meeting
    start: dt.datetime
    end: dt.datetime


def lay_out(
    session: Session, business: SessionBusiness, activities: list[Activity], taken: set[int]
) -> tuple[list[ScheduledActivity], list[UnscheduledActivity], list[str]]:
    """Opening, high-level segment and voting in their meetings; the items in order in the rest.

    taken: numbers of the meetings placed mandates or fixed bookings hold."""
    free = [m for m in session.meetings if m.number not in taken]
    fixed, flowing = _fixed_meetings(session, business, free)
    fixed = _numbered(fixed)
    units = [unit for meeting in flowing for unit in _halves(meeting)]
    scheduled, unscheduled, warnings = _flow(activities, units, business.rules.unit_minutes)
    return fixed + scheduled, unscheduled, warnings


def _fixed_meetings(
    session: Session, business: SessionBusiness, free: list[Meeting]
) -> tuple[list[ScheduledActivity], list[Meeting]]:
    """The opening (the session's first meeting), the high-level segment and the voting days."""
    first = session.meetings[0].number if session.meetings else None
    voting = set(session.voting)
    last = max((m.number for m in free if m.date in voting), default=None)
    fixed: list[ScheduledActivity] = []
    flowing: list[Meeting] = []
    for meeting in free:
        if meeting.number == first:
            fixed.append(_whole(meeting, "opening", 1, "Opening of the session", "the session opens with item 1"))
        elif session.in_high_level_segment(meeting.date):
            fixed.append(_whole(meeting, "high-level-segment", 1, "High-level segment", "the high-level segment"))
        elif meeting.date in voting:
            label = business.rules.last_meeting_label if meeting.number == last else business.rules.voting_label
            fixed.append(_whole(meeting, "voting", None, label, "the last days are for action on draft proposals"))
        else:
            flowing.append(meeting)
    return fixed, flowing


def _numbered(fixed: list[ScheduledActivity]) -> list[ScheduledActivity]:
    """The meetings of the high-level segment (and of voting) as parts of one activity."""
    counts: dict[str, int] = {}
    for activity in fixed:
        counts[activity.key] = counts.get(activity.key, 0) + 1
    seen: dict[str, int] = {}
    out = []
    for activity in fixed:
        seen[activity.key] = seen.get(activity.key, 0) + 1
        out.append(activity.model_copy(update={"part": seen[activity.key], "parts": counts[activity.key]}))
    return out


def _whole(meeting: Meeting, key: str, item: int | None, label: str, why: str) -> ScheduledActivity:
    kinds = {"opening": "opening", "high-level-segment": "high_level_segment", "voting": "voting"}
    return ScheduledActivity(
        key=key,
        item=item,
        kind=kinds[key],
        label=label,
        start=meeting.starts(),
        end=meeting.ends(),
        meeting_number=meeting.number,
        reason=f"{why}; meeting {meeting.number}",
    )


def _halves(meeting: Meeting) -> list[_Unit]:
    start, end = meeting.starts(), meeting.ends()
    middle = start + (end - start) / 2
    return [_Unit(meeting, start, middle), _Unit(meeting, middle, end)]


def _flow(
    activities: list[Activity], units: list[_Unit], unit_minutes: int
) -> tuple[list[ScheduledActivity], list[UnscheduledActivity], list[str]]:
    """Each activity its share of the free units in order; stretched evenly when there is room
    to spare (the Council's items take longer rather than leave a week blank), cut where there
    is not, with the activities that did not fit diagnosed."""
    needed = sum(a.units for a in activities)
    supply = len(units)
    if not activities or not supply:
        return [], [_unfit(a, needed, supply) for a in activities], []
    scheduled: list[ScheduledActivity] = []
    unscheduled: list[UnscheduledActivity] = []
    stretch = supply >= needed
    done = 0
    for activity in activities:
        first, last = done, done + activity.units
        done = last
        if stretch:
            first, last = first * supply // needed, last * supply // needed
        if last > supply:
            unscheduled.append(_unfit(activity, needed, supply))
            continue
        scheduled += _in_meetings(activity, units[first:last], supply, needed, unit_minutes)
    warnings = []
    if unscheduled:
        warnings.append(
            f"the order of business needs {needed} half-meetings and the session has {supply} free: "
            f"{len(unscheduled)} activit{'y' if len(unscheduled) == 1 else 'ies'} could not be scheduled"
        )
    return scheduled, unscheduled, warnings


def _in_meetings(
    activity: Activity, units: list[_Unit], supply: int, needed: int, unit_minutes: int
) -> list[ScheduledActivity]:
    by_meeting: dict[int, list[_Unit]] = {}
    for unit in units:
        by_meeting.setdefault(unit.meeting.number, []).append(unit)
    length = f"usually {activity.units * unit_minutes} min"
    if supply > needed:
        length += (
            f", given {len(units) * unit_minutes} as the session has room to spare "
            f"({supply} free half-meetings for {needed})"
        )
    reason = f"{activity.why}; {length}; items are taken in the Council's order around the fixed meetings"
    parts = len(by_meeting)
    return [
        ScheduledActivity(
            key=activity.key,
            item=activity.item,
            kind=activity.kind,
            label=activity.label,
            start=group[0].start,
            end=group[-1].end,
            meeting_number=number,
            part=part,
            parts=parts,
            reason=reason,
        )
        for part, (number, group) in enumerate(sorted(by_meeting.items()), start=1)
    ]


def _unfit(activity: Activity, needed: int, supply: int) -> UnscheduledActivity:
    return UnscheduledActivity(
        key=activity.key,
        item=activity.item,
        label=activity.label,
        diagnosis=(
            f"no free meeting left before the voting days: the order of business needs {needed} half-meetings, "
            f"the session has {supply} free; make more days full days (three meetings) or retire dialogues"
        ),
    )
