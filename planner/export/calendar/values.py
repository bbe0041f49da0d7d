"""Property values every calendar planner writes shares: escaped TEXT, stamps from a version date."""

from __future__ import annotations

import datetime as dt

from icalendar import vText

from planner.export.calendar.text import escape


class IcsText(vText):
    """A TEXT value escaped by the RFC alone (see text.escape), not icalendar's own rules."""

    __slots__ = ()

    def to_ical(self) -> bytes:
        return escape(str(self)).encode("utf-8")


def stamp(version: dt.date) -> dt.datetime:
    """A version date as a UTC time, as DTSTAMP, CREATED and LAST-MODIFIED require: never the clock."""
    return dt.datetime.combine(version, dt.time(0, 0), tzinfo=dt.UTC)
