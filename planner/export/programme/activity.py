"""How the programme of work names a meeting: "ITEM 3 - Meeting on <theme> (res. 43/21)"."""

from __future__ import annotations

import datetime as dt

from planner.core.identity import short_citation
from planner.core.meeting_names import meeting_words
from planner.core.programme import MandateRef, Placement, ProgrammeOfWork, ScheduledActivity
from planner.core.un_style import day_month, ordinal, un_date


def activity(ref: MandateRef, placement: Placement | None = None) -> str:
    """The cell text of a mandated meeting, as Council programmes print it."""
    subject = ref.mandate.theme or ref.document.title or "(theme not stated)"
    text = f"{meeting_words(ref.mandate)} on {subject} ({short_citation(ref)})"
    if placement is not None and placement.parts > 1:
        text += f" - part {placement.part} of {placement.parts}"
    item = ref.agenda_item
    return f"ITEM {item} - {text}" if item is not None else text


def business(scheduled: ScheduledActivity) -> str:
    """The cell text of an activity of the order of business: "ITEM 3 - General debate on item 3 (cont.)"."""
    text = scheduled.label + (" (cont.)" if scheduled.part > 1 else "")
    return f"ITEM {scheduled.item} - {text}" if scheduled.item is not None else text


def span(first: dt.date, last: dt.date) -> str:
    """ "22 February - 23 March 2021"."""
    if first.year == last.year:
        return f"{day_month(first)} - {un_date(last)}"
    return f"{un_date(first)} - {un_date(last)}"


def title(programme: ProgrammeOfWork) -> str:
    session = programme.session
    return f"Human Rights Council, {ordinal(session.number)} session ({span(session.start, session.end)})"


def version_line(programme: ProgrammeOfWork) -> str:
    return f"Version of {un_date(programme.version)} - provisional and subject to change"
