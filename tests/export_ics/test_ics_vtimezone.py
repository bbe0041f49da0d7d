"""The Europe/Zurich VTIMEZONE: yearly rules Outlook reads, agreeing with the tz database."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import ics_samples as samples
from icalendar import Calendar

from planner.export.calendar.session_calendar import render_session_calendar
from planner.export.calendar.vtimezone import zurich_vtimezone

ZURICH = ZoneInfo("Europe/Zurich")


def test_vtimezone_uses_last_sunday_rules_not_rdate_lists():
    text = zurich_vtimezone().to_ical().decode("ascii")
    assert "RDATE" not in text
    assert text.split("\r\n")[4:18] == [
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZNAME:CEST",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZNAME:CET",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def test_calendar_carries_exactly_one_vtimezone_before_events():
    text = render_session_calendar(samples.hrc46(), sessions=samples.REGISTERED).decode("utf-8")
    assert text.count("BEGIN:VTIMEZONE") == 1
    assert text.index("END:VTIMEZONE") < text.index("BEGIN:VEVENT")


def test_vtimezone_offsets_match_tz_database_1996_to_2099():
    """Read back by icalendar as a tzinfo, the rules give Geneva's offset at every hour
    around each change and at noon on every day."""
    calendar = Calendar.from_ical(render_session_calendar(samples.hrc46(), sessions=samples.REGISTERED))
    # lookup_tzid=False: build the zone from the rules, not from the TZID name.
    rules = calendar.walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)
    moments = []
    for year in range(1996, 2100):
        day = dt.datetime(year, 1, 1, 12)
        moments += [day + dt.timedelta(days=n) for n in range(0, 366, 7)]
        for month in (3, 10):
            last_sunday = max(dt.date(year, month, d) for d in range(25, 32) if dt.date(year, month, d).weekday() == 6)
            start = dt.datetime.combine(last_sunday, dt.time(0))
            moments += [start + dt.timedelta(minutes=30 * n) for n in range(10)]
    wrong = [
        moment
        for moment in moments
        if moment.replace(tzinfo=rules).utcoffset() != moment.replace(tzinfo=ZURICH).utcoffset()
        and not _in_gap_or_fold(moment)
    ]
    assert wrong == []


def _in_gap_or_fold(moment: dt.datetime) -> bool:
    """02:00-03:00 on a change day is missing or doubled; readers may differ there."""
    return moment.weekday() == 6 and moment.month in (3, 10) and moment.hour == 2
