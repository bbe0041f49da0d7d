"""How every export names a mandated meeting: "Annual high-level full-day panel discussion".

The programme of work and the calendars start from these words, then add the theme and
the citation in their own way (a summary-report draft takes its words from its wording file).
"""

from __future__ import annotations

from planner.core.agenda import FULL_DAY, HALF_DAY
from planner.core.mandate import MeetingMandate

KIND_NAMES = {
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


def kind_name(mandate: MeetingMandate) -> str:
    """ "panel discussion"."""
    return KIND_NAMES.get(mandate.kind, "meeting")


def meeting_words(mandate: MeetingMandate, *, half_day: bool = False) -> str:
    """Recurrence, level, length and kind, capitalised: "Annual full-day meeting".

    Six hours is a "full-day" meeting (two meetings the same day); a length in between is
    not called a full day. A half day is named only when asked (`half_day`): the calendar
    says it, the programme grid, whose cells show the hours, does not.
    """
    words: list[str] = [] if mandate.recurrence == "once" else [mandate.recurrence]
    if mandate.high_level:
        words.append("high-level")
    minutes = mandate.duration_minutes or 0
    if minutes == FULL_DAY:
        words.append("full-day")
    elif half_day and minutes == HALF_DAY:
        words.append("half-day")
    text = " ".join([*words, kind_name(mandate)])
    return text[:1].upper() + text[1:]
