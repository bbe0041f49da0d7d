"""How the programme of work names a meeting: "ITEM 3 - Meeting on <theme> (res. 43/21)"."""

from __future__ import annotations

import datetime as dt

from planner.programme import MandateRef, Placement, ProgrammeOfWork
from planner.schedule.due import short_citation

KIND_WORDS = {
    "panel_discussion": "panel discussion",
    "interactive_debate": "interactive debate",
    "interactive_dialogue": "interactive dialogue",
    "meeting": "meeting",
    "seminar": "seminar",
    "workshop": "workshop",
    "consultation": "consultation",
    "forum": "forum",
    "special_session": "special session",
}
RECURRENCE_WORDS = {"annual": "annual", "biennial": "biennial", "triennial": "triennial", "quadrennial": "quadrennial"}


def activity(ref: MandateRef, placement: Placement | None = None) -> str:
    """The cell text of a mandated meeting, as Council programmes print it."""
    mandate = ref.mandate
    words = []
    if mandate.recurrence in RECURRENCE_WORDS:
        words.append(RECURRENCE_WORDS[mandate.recurrence])
    if mandate.high_level:
        words.append("high-level")
    if mandate.duration_minutes and 180 < mandate.duration_minutes <= 360:
        words.append("full-day")
    words.append(KIND_WORDS[mandate.kind])
    text = " ".join(words)
    text = text[0].upper() + text[1:]
    subject = mandate.theme or ref.document.title or "(theme not stated)"
    text = f"{text} on {subject} ({short_citation(ref)})"
    if placement is not None and placement.parts > 1:
        text += f" - part {placement.part} of {placement.parts}"
    item = mandate.agenda_item if mandate.agenda_item is not None else ref.document.agenda_item
    return f"ITEM {item} - {text}" if item is not None else text


def un_date(day: dt.date) -> str:
    """22 February 2021."""
    return f"{day.day} {day:%B %Y}"


def span(first: dt.date, last: dt.date) -> str:
    if first.year == last.year:
        return f"{first.day} {first:%B} - {un_date(last)}"
    return f"{un_date(first)} - {un_date(last)}"


def clock(moment: dt.datetime) -> str:
    """The UN way: 15.00."""
    return f"{moment:%H.%M}"


def ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def title(programme: ProgrammeOfWork) -> str:
    session = programme.session
    return f"Human Rights Council, {ordinal(session.number)} session ({span(session.start, session.end)})"


def version_line(programme: ProgrammeOfWork) -> str:
    return f"Version of {un_date(programme.version)} - provisional and subject to change"
