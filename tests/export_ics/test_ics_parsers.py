"""Every calendar planner writes reads back the same in icalendar, `ical` and ical.js."""

from __future__ import annotations

import datetime as dt

import ics_readers as readers
import ics_samples as samples
import pytest

from planner.core.programme import ProgrammeOfWork
from planner.export.calendar.session_calendar import render_session_calendar

SESSIONS = samples.REGISTERED | {47: samples.HRC47, 53: samples.HRC53}


def hrc61_across_summer_time() -> ProgrammeOfWork:
    """Geneva moves to summer time on Sunday 29 March 2026, inside the 61st session."""
    before = samples.placement(samples.seed_ref(), samples.at(dt.date(2026, 3, 27), 15, 17), 40)
    after = samples.placement(samples.CHILD, samples.at(dt.date(2026, 3, 30), 10, 13), 41)
    return ProgrammeOfWork(session=samples.HRC61, version=dt.date(2026, 2, 1), placements=[before, after])


CALENDARS = {
    "hrc46": (samples.hrc46, [
        ("hrc46-a-hrc-res-43-21-op8@hrc-planner", "2021-02-26T14:00:00Z", "2021-02-26T16:00:00Z"),
        ("hrc46-a-hrc-res-7-29-rights-of-child-part1@hrc-planner", "2021-03-04T08:00:00Z",
         "2021-03-04T11:00:00Z"),
        ("hrc46-a-hrc-res-7-29-rights-of-child-part2@hrc-planner", "2021-03-04T14:00:00Z",
         "2021-03-04T17:00:00Z"),
        ("hrc46-a-hrc-res-7-9-disabilities@hrc-planner", "2021-03-05T15:00:00Z",
         "2021-03-05T17:00:00Z"),
        ("hrc46-a-hrc-res-43-21-op8-report@hrc-planner", "2021-06-21", "2021-06-22"),
    ]),
    "hrc51-summer-time": (samples.hrc51, [
        ("hrc51-a-hrc-res-48-11-op11@hrc-planner", "2022-09-21T08:00:00Z", "2022-09-21T11:00:00Z"),
        ("hrc51-a-hrc-res-48-11-op11-report@hrc-planner", "2023-06-19", "2023-06-20"),
    ]),
    "hrc61-across-change": (hrc61_across_summer_time, [
        ("hrc61-a-hrc-res-43-21-op8@hrc-planner", "2026-03-27T14:00:00Z", "2026-03-27T16:00:00Z"),
        ("hrc61-a-hrc-res-7-29-rights-of-child@hrc-planner", "2026-03-30T08:00:00Z",
         "2026-03-30T11:00:00Z"),
        ("hrc61-a-hrc-res-43-21-op8-report@hrc-planner", "2026-06-15", "2026-06-16"),
    ]),
}  # fmt: skip


def times(records: list[readers.Record]) -> list[tuple[object, object, object]]:
    return [(record["uid"], record["start"], record["end"]) for record in records]


@pytest.mark.parametrize("name", list(CALENDARS))
def test_icalendar_reads_same_meetings_and_utc_times(name):
    build, expected = CALENDARS[name]
    data = render_session_calendar(build(), sessions=SESSIONS)
    assert times(readers.read_with_icalendar(data)) == expected


@pytest.mark.parametrize("name", list(CALENDARS))
def test_strict_ical_reads_same_as_icalendar(name):
    data = render_session_calendar(CALENDARS[name][0](), sessions=SESSIONS)
    assert readers.read_with_ical(data) == readers.read_with_icalendar(data)


@pytest.mark.parametrize("name", list(CALENDARS))
def test_icaljs_reads_same_as_icalendar(name, tmp_path):
    data = render_session_calendar(CALENDARS[name][0](), sessions=SESSIONS)
    assert readers.read_with_icaljs(data, tmp_path) == readers.read_with_icalendar(data)


def test_icaljs_reads_every_written_file(tmp_path):
    samples.write_calendars(samples.hrc46(), tmp_path, sessions=SESSIONS)
    paths = sorted(tmp_path.rglob("*.ics"))
    read = readers.read_with_icaljs_files(paths)
    assert {path.name: len(read[path]["events"]) for path in paths} == {
        "hrc46.ics": 5,
        "hrc46-a-hrc-res-43-21-op8.ics": 2,
        "hrc46-a-hrc-res-7-29-rights-of-child.ics": 2,
        "hrc46-a-hrc-res-7-9-disabilities.ics": 1,
    }
    for path in paths:
        calendar = read[path]["calendar"]
        assert (calendar["method"], calendar["timezones"]) == ("PUBLISH", ["Europe/Zurich"])
        events = read[path]["events"]
        assert {event["tzid"] for event in events if not event["all_day"]} == {"Europe/Zurich"}
        assert sum(event["attendees"] for event in events) == 0
