"""What every calendar planner writes shares: the file's head, each VEVENT written from its
CalendarEvent, escaped TEXT, stamps from a version date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vText

from planner.core.programme import ZONE
from planner.export.calendar.event import CalendarEvent
from planner.export.calendar.text import escape, one_line
from planner.export.calendar.vtimezone import zurich_vtimezone

_GENEVA = ZoneInfo(ZONE)


class IcsText(vText):
    """A TEXT value escaped by the RFC alone (see text.escape), not icalendar's own rules."""

    __slots__ = ()

    def to_ical(self) -> bytes:
        return escape(str(self)).encode("utf-8")


def stamp(version: dt.date) -> dt.datetime:
    """A version date as a UTC time, as DTSTAMP, CREATED and LAST-MODIFIED require: never the clock."""
    return dt.datetime.combine(version, dt.time(0, 0), tzinfo=dt.UTC)


def calendar_file(
    prodid: str, name: str, note: str, version: dt.date, events: Iterable[CalendarEvent], *, timed: bool
) -> bytes:
    """A calendar of the events in time order, `note` (the version) in its description and each
    event's. timed: it holds clock times, in Geneva time, so it carries the zone's definition."""
    calendar = Calendar()
    calendar.add("prodid", prodid)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", one_line(name))
    calendar.add("x-wr-timezone", ZONE)
    calendar.add("x-wr-caldesc", note)
    if timed:
        calendar.add_component(zurich_vtimezone())
    for event in sorted(events, key=lambda event: (event.start.isoformat(), event.uid)):
        calendar.add_component(_vevent(event, version, note))
    return calendar.to_ical()


def _vevent(event: CalendarEvent, version: dt.date, note: str) -> Event:
    vevent = Event()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", stamp(version))
    vevent.add("created", stamp(event.created or version))
    vevent.add("last-modified", stamp(event.last_modified or version))
    vevent.add("sequence", event.sequence)
    vevent.add("dtstart", _moment(event.start))
    vevent.add("dtend", _moment(event.end))
    cancelled = event.status == "CANCELLED"
    summary = f"Cancelled: {event.summary}" if cancelled else event.summary
    vevent.add("summary", IcsText(summary))
    if event.location:
        vevent.add("location", IcsText(event.location))
    vevent.add("description", IcsText(f"{event.description}\n\n{note}"))
    if event.categories:
        vevent.add("categories", list(event.categories))
    for uid in event.related_to:
        vevent.add("related-to", uid)
    vevent.add("status", event.status)
    vevent.add("class", "PUBLIC")
    vevent.add("transp", "TRANSPARENT" if event.reminder or cancelled else "OPAQUE")
    return vevent


def _moment(moment: dt.datetime | dt.date) -> dt.datetime | dt.date:
    if isinstance(moment, dt.datetime):
        # Programme times are naive Geneva time; writing them naive would make them
        # "floating", read in each reader's own zone.
        return moment.replace(tzinfo=_GENEVA)
    return moment
