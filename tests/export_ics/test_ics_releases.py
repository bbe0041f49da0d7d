"""Releases: a moved meeting keeps its UID with SEQUENCE+1; a removed one is cancelled."""

from __future__ import annotations

import datetime as dt
import json

import ics_readers as readers
import ics_samples as samples
import pytest
from icalendar import Calendar

from planner.errors import InputError
from planner.export.calendar.releases import read_release
from planner.export.calendar.session_calendar import render_session_calendar

SEED_UID = "hrc46-a-hrc-res-43-21-op8@hrc-planner"
SESSIONS = {47: samples.HRC47}
LATER = dt.date(2021, 2, 20)


def released(tmp_path, programme):
    changes = samples.write_calendars(programme, tmp_path, sessions=SESSIONS)
    data = (tmp_path / "hrc46.ics").read_bytes()
    events = {str(e["uid"]): e for e in Calendar.from_ical(data).walk("VEVENT")}
    return changes, events, data


def moved_programme():
    seed = samples.seed_placement(dt.date(2021, 3, 1), 10, 12)
    return samples.hrc46(seed, *samples.hrc46().placements[1:], version=LATER)


def test_moved_meeting_keeps_uid_and_gets_sequence_plus_one(tmp_path):
    released(tmp_path, samples.hrc46())
    changes, events, _ = released(tmp_path, moved_programme())
    seed = events[SEED_UID]
    assert (int(seed["sequence"]), seed.decoded("dtstart").isoformat()) == (
        1,
        "2021-03-01T10:00:00+01:00",
    )
    assert (seed.decoded("last-modified"), seed.decoded("created")) == (
        dt.datetime(2021, 2, 20, tzinfo=dt.UTC),
        dt.datetime(2021, 2, 15, tzinfo=dt.UTC),
    )
    unmoved = events["hrc46-a-hrc-res-7-9-disabilities@hrc-planner"]
    assert (int(unmoved["sequence"]), unmoved.decoded("last-modified").date()) == (
        0,
        dt.date(2021, 2, 15),
    )
    assert [(c.kind, c.uid, c.sequence) for c in changes.changes] == [
        ("moved", SEED_UID, 1),
        ("updated", "hrc46-a-hrc-res-43-21-op8-report@hrc-planner", 1),
    ]


def test_removed_meeting_is_cancelled_with_its_uid_and_prefix(tmp_path):
    released(tmp_path, samples.hrc46())
    _, events, data = released(tmp_path, samples.hrc46(*samples.hrc46().placements[1:]))
    seed = events[SEED_UID]
    assert (str(seed["status"]), int(seed["sequence"]), str(seed["summary"])) == (
        "CANCELLED",
        1,
        (
            "Cancelled: Meeting on the role of poverty alleviation in the promotion and"
            " protection of human rights (res. 43/21)"
        ),
    )
    assert seed.decoded("dtstart").isoformat() == "2021-02-26T15:00:00+01:00"
    report = events["hrc46-a-hrc-res-43-21-op8-report@hrc-planner"]
    assert (str(report["status"]), str(report["summary"])) == (
        "CANCELLED",
        (
            "Cancelled: Summary report due: the role of poverty alleviation in the promotion and"
            " protection of human rights"
        ),
    )
    assert readers.read_with_ical(data) == readers.read_with_icalendar(data)


def test_cancelled_meeting_keeps_its_own_calendar_file_updated(tmp_path):
    released(tmp_path, samples.hrc46())
    released(tmp_path, samples.hrc46(*samples.hrc46().placements[1:]))
    data = (tmp_path / "meetings" / "hrc46-a-hrc-res-43-21-op8.ics").read_bytes()
    assert [(r["uid"], r["status"]) for r in readers.read_with_icalendar(data)] == [
        (SEED_UID, "CANCELLED"),
        ("hrc46-a-hrc-res-43-21-op8-report@hrc-planner", "CANCELLED"),
    ]


def test_rerun_after_cancellation_is_byte_identical(tmp_path):
    released(tmp_path, samples.hrc46())
    without_seed = samples.hrc46(*samples.hrc46().placements[1:])
    _, _, first = released(tmp_path, without_seed)
    changes, _, second = released(tmp_path, without_seed)
    assert (first == second, changes.changes) == (True, ())


def test_restored_meeting_comes_back_with_next_sequence(tmp_path):
    released(tmp_path, samples.hrc46())
    released(tmp_path, samples.hrc46(*samples.hrc46().placements[1:]))
    changes, events, _ = released(tmp_path, samples.hrc46())
    assert (str(events[SEED_UID]["status"]), int(events[SEED_UID]["sequence"])) == (
        "TENTATIVE",  # no longer cancelled; tentative as the version is before the session opens
        2,
    )
    assert [c.kind for c in changes.changes] == ["restored", "restored"]


def test_change_list_names_version_and_each_change(tmp_path):
    first, _, _ = released(tmp_path, samples.hrc46())
    assert first.lines()[0] == ("Calendar of the 46th session, version of 15 February 2021: 5 new, 0 unchanged")
    changes, _, _ = released(tmp_path, moved_programme())
    assert changes.lines() == [
        (
            "Calendar of the 46th session, version of 20 February 2021 (since version of"
            " 15 February 2021): 1 moved, 1 updated, 3 unchanged"
        ),
        (
            "  moved      Fri 26 Feb 2021 15:00-17:00 -> Mon 1 Mar 2021 10:00-12:00  Meeting on"
            " the role of poverty alleviation in the promotion and protection of human rights"
            " (res. 43/21)  (sequence 1)"
        ),
        (
            "  updated    Mon 21 Jun 2021 (all day)  Summary report due: the role of poverty"
            " alleviation in the promotion and protection of human rights  (sequence 1)"
        ),
    ]
    assert [p.relative_to(tmp_path).as_posix() for p in changes.files] == [
        "hrc46.ics",
        "meetings/hrc46-a-hrc-res-43-21-op8.ics",
        "meetings/hrc46-a-hrc-res-7-29-rights-of-child.ics",
        "meetings/hrc46-a-hrc-res-7-9-disabilities.ics",
        "hrc46.calendar-release.json",
    ]


def test_render_with_previous_release_bumps_sequence(tmp_path):
    samples.write_calendars(samples.hrc46(), tmp_path)
    previous = read_release(tmp_path / "hrc46.calendar-release.json")
    data = render_session_calendar(moved_programme(), previous, sessions=samples.REGISTERED)
    sequences = {r["uid"]: r["sequence"] for r in readers.read_with_icalendar(data)}
    assert sequences[SEED_UID] == 1


def test_damaged_release_file_is_one_line_error(tmp_path):
    path = tmp_path / "hrc46.calendar-release.json"
    path.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        samples.write_calendars(samples.hrc46(), tmp_path)
    assert str(caught.value) == (
        f"{path}: cannot read the previous calendar release (not a release file); move it away: the next plan"
        " issues every event again above the calendar published beside it, so imported calendars still update"
    )
    assert not (tmp_path / "hrc46.ics").exists()


def test_release_of_another_session_is_refused(tmp_path):
    samples.write_calendars(samples.hrc46(), tmp_path)
    state = json.loads((tmp_path / "hrc46.calendar-release.json").read_text(encoding="utf-8"))
    previous = read_release(tmp_path / "hrc46.calendar-release.json")
    assert previous is not None and state["session"] == 46
    with pytest.raises(InputError) as caught:
        render_session_calendar(samples.hrc51(), previous, sessions=samples.REGISTERED)
    assert str(caught.value) == "the previous calendar release is of the 46th session, not the 51st"
