"""The Europe/Zurich VTIMEZONE, written as two yearly rules.

icalendar can generate a VTIMEZONE from the tz database, but it writes one RDATE per
past transition. Outlook reads only the first rule of each observance and then shows
Geneva meetings an hour off for half the year; the RRULE form (last Sunday of March,
last Sunday of October) is what Outlook itself writes, and what Thunderbird and Apple
Calendar ship. The rule has been Switzerland's since 1996 (EU summer time); planner
writes no earlier date, so starting the rules in 1970, as those clients do, is exact
for every date it writes. tests/export_ics checks the rules against the tz database.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

from planner.core.programme import ZONE

WINTER = dt.timedelta(hours=1)  # CET, UTC+1
SUMMER = dt.timedelta(hours=2)  # CEST, UTC+2


def zurich_vtimezone() -> Timezone:
    """The VTIMEZONE for `ZONE` that every planner calendar carries."""
    timezone = Timezone()
    timezone.add("tzid", ZONE)
    timezone.add("x-lic-location", ZONE)
    timezone.add_component(
        _observance(
            TimezoneDaylight(),
            name="CEST",
            start=dt.datetime(1970, 3, 29, 2, 0),  # clocks go 02:00 -> 03:00
            before=WINTER,
            after=SUMMER,
            month=3,
        )
    )
    timezone.add_component(
        _observance(
            TimezoneStandard(),
            name="CET",
            start=dt.datetime(1970, 10, 25, 3, 0),  # clocks go 03:00 -> 02:00
            before=SUMMER,
            after=WINTER,
            month=10,
        )
    )
    return timezone


def _observance(
    observance: TimezoneDaylight | TimezoneStandard,
    *,
    name: str,
    start: dt.datetime,
    before: dt.timedelta,
    after: dt.timedelta,
    month: int,
) -> TimezoneDaylight | TimezoneStandard:
    observance.add("tzname", name)
    observance.add("tzoffsetfrom", before)
    observance.add("tzoffsetto", after)
    observance.add("dtstart", start)
    observance.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
    return observance
