"""The session calendar and the meeting calendars: content, identity, determinism."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import ics_samples as samples
import pytest
from icalendar import Calendar

from planner.core.programme import ProgrammeOfWork
from planner.errors import InputError
from planner.export.calendar.session_calendar import render_meeting_calendar, render_session_calendar
from planner.sessions import registry

SESSIONS = {47: samples.HRC47, 53: samples.HRC53}


def events_of(data: bytes) -> dict[str, Any]:
    return {str(event["uid"]): event for event in Calendar.from_ical(data).walk("VEVENT")}


def test_session_calendar_matches_golden(golden):
    golden("hrc46.ics", render_session_calendar(samples.hrc46(), sessions=SESSIONS))


def test_meeting_calendar_full_day_matches_golden(golden):
    golden(
        "hrc46-rights-of-child.ics",
        render_meeting_calendar(samples.hrc46(), "rights_of_child", sessions=SESSIONS),
    )


def test_session_calendar_report_at_named_session_matches_golden(golden):
    golden("hrc51.ics", render_session_calendar(samples.hrc51(), sessions=SESSIONS))


def test_write_calendars_rerun_is_byte_identical(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    samples.write_calendars(samples.hrc46(), first, sessions=SESSIONS)
    samples.write_calendars(samples.hrc46(), second, sessions=SESSIONS)
    changes = samples.write_calendars(samples.hrc46(), second, sessions=SESSIONS)
    names = sorted(p.relative_to(first).as_posix() for p in first.rglob("*") if p.is_file())
    assert names == [
        "hrc46.calendar-release.json",
        "hrc46.ics",
        "meetings/hrc46-a-hrc-res-43-21-op8.ics",
        "meetings/hrc46-a-hrc-res-7-29-rights-of-child.ics",
        "meetings/hrc46-a-hrc-res-7-9-disabilities.ics",
    ]
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    assert (changes.changes, changes.unchanged) == ((), 5)


def test_calendar_header_is_publish_with_stable_prodid():
    calendar = Calendar.from_ical(render_session_calendar(samples.hrc46(), sessions=samples.REGISTERED))
    assert [str(calendar[key]) for key in ("method", "prodid", "version", "x-wr-calname")] == [
        "PUBLISH",
        "-//planner//Human Rights Council session planner//EN",
        "2.0",
        "Human Rights Council, 46th session",
    ]


def test_calendar_has_no_attendee_and_no_floating_time():
    text = render_session_calendar(samples.hrc46(), sessions=samples.REGISTERED).decode("utf-8").replace("\r\n ", "")
    assert "ATTENDEE" not in text
    times = re.findall(r"^(?:DTSTART|DTEND)([;:][^\r]*)", text, flags=re.MULTILINE)
    rules = [value for value in times if value.startswith(":1970")]  # in the VTIMEZONE
    dates = [value for value in times if value.startswith(";VALUE=DATE:")]
    zoned = [value for value in times if value.startswith(";TZID=Europe/Zurich:")]
    assert (len(rules), dates, len(zoned)) == (
        2,
        [";VALUE=DATE:20210621", ";VALUE=DATE:20210622"],
        len(times) - 4,
    )
    stamps = re.findall(r"^(?:DTSTAMP|CREATED|LAST-MODIFIED):(.*)$", text, flags=re.MULTILINE)
    assert set(stamps) == {"20210215T000000Z\r"}


def test_uids_come_from_symbol_paragraph_session_and_part():
    assert list(events_of(render_session_calendar(samples.hrc46(), sessions=samples.REGISTERED))) == [
        "hrc46-a-hrc-res-43-21-op8@hrc-planner",
        "hrc46-a-hrc-res-7-29-rights-of-child-part1@hrc-planner",
        "hrc46-a-hrc-res-7-29-rights-of-child-part2@hrc-planner",
        "hrc46-a-hrc-res-7-9-disabilities@hrc-planner",
        "hrc46-a-hrc-res-43-21-op8-report@hrc-planner",
    ]


def test_uids_differ_for_two_mandates_read_from_one_paragraph():
    twin = samples.seed_ref()
    twin = twin.model_copy(update={"mandate": twin.mandate.model_copy(update={"id": "twin"})})
    times = samples.at(dt.date(2021, 3, 1), 10, 13)
    programme = samples.hrc46(samples.seed_placement(), samples.placement(twin, times, 13))
    uids = [
        uid for uid in events_of(render_session_calendar(programme, sessions=samples.REGISTERED)) if "report" not in uid
    ]
    assert uids == [
        "hrc46-a-hrc-res-43-21-op8-a-hrc-res-43-21-op8@hrc-planner",
        "hrc46-a-hrc-res-43-21-op8-twin@hrc-planner",
    ]


def test_seed_event_names_the_meeting_its_place_and_categories():
    event = events_of(render_session_calendar(samples.hrc46(), sessions=samples.REGISTERED))[
        "hrc46-a-hrc-res-43-21-op8@hrc-planner"
    ]
    assert str(event["summary"]) == (
        "Meeting on the role of poverty alleviation in the promotion and protection of human rights (res. 43/21)"
    )
    assert str(event["location"]) == "Assembly Hall, Palais des Nations, Geneva"
    assert event["categories"].cats == ["Item 3", "Meeting"]
    # TENTATIVE: the sample's version (15 February) is before the session opens (22 February).
    assert (str(event["status"]), str(event["transp"]), int(event["sequence"])) == (
        "TENTATIVE",
        "OPAQUE",
        0,
    )


def test_seed_description_is_plain_text_with_mandate_and_its_words():
    event = events_of(render_session_calendar(samples.hrc46(), sessions=samples.REGISTERED))[
        "hrc46-a-hrc-res-43-21-op8@hrc-planner"
    ]
    assert str(event["description"]).split("\n") == [
        (
            "Agenda item 3: Promotion and protection of all human rights, civil, political,"
            " economic, social and cultural rights, including the right to development"
            " (促进和保护所有人权——公民权利、政治权利、经济、社会及文化权利，包括发展权)"
        ),
        "Time: Friday 26 February 2021, 15:00-17:00 (Geneva time)",
        "Meeting: 12th meeting of the 46th session",
        "Chair: the President of the Human Rights Council",
        "Theme: the role of poverty alleviation in the promotion and protection of human rights",
        "Participants: senior officials of States",
        "Accessibility: not asked in the mandate",
        "Mandate: resolution 43/21 (A/HRC/RES/43/21), operative paragraph 8",
        (
            "Summary report: by the United Nations High Commissioner for Human Rights, due at the"
            " 47th session (assumed: the resolution names none)"
        ),
        "",
        (
            "Programme of work of the 46th session of the Human Rights Council, version of"
            " 15 February 2021: provisional and subject to change."
        ),
    ]


def test_full_day_meeting_gives_two_parts_named_part_1_and_2():
    events = events_of(render_meeting_calendar(samples.hrc46(), "rights_of_child", sessions=samples.REGISTERED))
    assert [(str(e["summary"]), e.decoded("dtstart").hour) for e in events.values()] == [
        ("Annual full-day meeting on the rights of the child (res. 7/29), part 1 of 2", 9),
        ("Annual full-day meeting on the rights of the child (res. 7/29), part 2 of 2", 15),
    ]


def test_meeting_without_report_has_no_deadline():
    events = events_of(render_meeting_calendar(samples.hrc46(), "disabilities", sessions=samples.REGISTERED))
    assert list(events) == ["hrc46-a-hrc-res-7-9-disabilities@hrc-planner"]
    assert str(events["hrc46-a-hrc-res-7-9-disabilities@hrc-planner"]["description"]).split("\n")[:3] == [
        "Agenda item: not stated in the mandate",
        "Time: Friday 5 March 2021, 16:00-18:00 (Geneva time)",
        "Meeting: 24th meeting of the 46th session",
    ]


def test_meeting_calendar_unknown_id_is_one_line_error():
    with pytest.raises(InputError) as caught:
        render_meeting_calendar(samples.hrc46(), "no-such-meeting", sessions=samples.REGISTERED)
    assert str(caught.value) == "no meeting with id 'no-such-meeting' in this programme of work"


def test_deadline_of_known_session_is_on_its_first_day_and_linked():
    events = events_of(render_session_calendar(samples.hrc51(), sessions=SESSIONS))
    deadline = events["hrc51-a-hrc-res-48-11-op11-report@hrc-planner"]
    assert (deadline.decoded("dtstart"), deadline.decoded("dtend")) == (
        dt.date(2023, 6, 19),
        dt.date(2023, 6, 20),
    )
    assert str(deadline["summary"]) == (
        "Summary report due: the impact of social and economic recovery plans in the COVID-19"
        " context on indigenous peoples, with a special focus on food security"
    )
    assert str(deadline["related-to"]) == "hrc51-a-hrc-res-48-11-op11@hrc-planner"
    assert (str(deadline["status"]), str(deadline["transp"])) == ("TENTATIVE", "TRANSPARENT")  # a provisional version
    assert deadline["categories"].cats == ["Summary report due"]


def test_deadline_without_named_session_is_assumed_next_and_tentative():
    events = events_of(render_session_calendar(samples.hrc46(), sessions=SESSIONS))
    deadline = events["hrc46-a-hrc-res-43-21-op8-report@hrc-planner"]
    assert deadline.decoded("dtstart") == dt.date(2021, 6, 21)
    assert str(deadline["status"]) == "TENTATIVE"
    assert deadline["categories"].cats == ["Item 3", "Summary report due", "Assumed date"]
    assert str(deadline["description"]).split("\n")[2] == (
        "Assumed: the resolution names no session for the report; the session after the"
        " meeting is assumed. Confirm the date."
    )


def _seed_due_at(session: int) -> ProgrammeOfWork:
    """The sample session with the seed meeting alone, its report due at `session`."""
    ref = samples.seed_ref()
    report = ref.mandate.report.model_copy(update={"due_session": session})
    ref = ref.model_copy(update={"mandate": ref.mandate.model_copy(update={"report": report})})
    return samples.hrc46(samples.seed_placement().model_copy(update={"ref": ref}))


def test_deadline_session_not_given_takes_registry_dates():
    events = events_of(render_session_calendar(samples.hrc46(), sessions=samples.REGISTERED))
    deadline = events["hrc46-a-hrc-res-43-21-op8-report@hrc-planner"]
    assert str(deadline["description"]).split("\n")[1:4] == [
        "Date: the first day of the 47th session, Monday 21 June 2021.",
        (
            "Assumed: the resolution names no session for the report; the session after the"
            " meeting is assumed. Confirm the date."
        ),
        "Mandate: resolution 43/21 (A/HRC/RES/43/21), operative paragraph 9",
    ]


@pytest.mark.parametrize(
    ("due", "line"),
    [
        (64, "Date: the first day of the 64th session, Monday 22 February 2027."),
        (65, "Date: the first day of the 65th session, Monday 21 June 2027."),
        (66, "Date: the first day of the 66th session, Monday 13 September 2027."),
    ],
    ids=["main-2027", "june-2027", "september-2027"],
)
def test_deadline_session_after_registry_projected_as_registry_does(due, line):
    events = events_of(render_session_calendar(_seed_due_at(due), sessions=samples.REGISTERED))
    deadline = events["hrc46-a-hrc-res-43-21-op8-report@hrc-planner"]
    assert deadline.decoded("dtstart") == registry.projected_dates(due)[0]
    assert str(deadline["description"]).split("\n")[1:3] == [
        line,
        (
            f"Projected: the dates of the {due}th session are projected from the yearly pattern"
            " of sessions. Confirm them."
        ),
    ]
    assert str(deadline["status"]) == "TENTATIVE"
