"""The built-in registry: real dates, split sessions, projections, holidays, windows, numbering."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from schedule_cases import ROOT

from planner.sessions.holidays import computed_holidays, jeune_genevois
from planner.sessions.registry import build_session, projected_dates, registered_session

SHARED = ROOT.parent / "shared" / "domain" / "hrc_calendar.yaml"


def test_registry_session_46_matches_the_calendar():
    session = registered_session(46)
    assert (session.start, session.end) == (dt.date(2021, 2, 22), dt.date(2021, 3, 24))
    assert session.room == "Assembly Hall"
    assert session.high_level_segment == (dt.date(2021, 2, 22), dt.date(2021, 2, 24))
    assert session.projected is False
    assert session.sources[0] == "https://ohchr.org/EN/HRBodies/HRC/Pages/Sessions.aspx"


def test_registry_split_session_keeps_its_parts():
    session = registered_session(43)
    assert session.parts == [
        (dt.date(2020, 2, 24), dt.date(2020, 3, 13)),
        (dt.date(2020, 6, 15), dt.date(2020, 6, 23)),
    ]
    assert dt.date(2020, 4, 1) not in session.working_days


@pytest.mark.skipif(not SHARED.exists(), reason="shared reference data not beside the repository")
def test_registry_dates_agree_with_the_shared_reference():
    shared = yaml.safe_load(SHARED.read_text(encoding="utf-8"))
    for entry in shared["sessions"]:
        if entry["status"] == "not_found":
            continue
        session = registered_session(entry["number"])
        assert (session.start.isoformat(), session.end.isoformat()) == (entry["start"], entry["end"]), entry["number"]


@pytest.mark.parametrize(
    ("number", "start", "end"),
    [(62, "2026-06-15", "2026-07-10"), (63, "2026-09-14", "2026-10-16"), (64, "2027-02-22", "2027-04-02")],
    ids=["june-2026", "september-2026", "main-2027"],
)
def test_projected_session_dates_follow_the_yearly_pattern(number, start, end):
    assert projected_dates(number) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))
    session = registered_session(number)
    assert session.projected is True
    assert session.warnings[0] == (
        f"session {number} dates are projected ({start} to {end}): confirm the dates with start and end in the session file"
    )


def test_projection_reproduces_the_2025_sessions():
    # The pattern, run back from 61, gives the real dates of the 58th and 59th sessions' starts.
    assert projected_dates(58)[0] == dt.date(2025, 2, 24)
    assert projected_dates(59)[0] == dt.date(2025, 6, 16)
    assert projected_dates(60)[0] == dt.date(2025, 9, 8)


def test_easter_rules_match_the_geneva_2026_list():
    easter_days = {h.name: h.date for h in computed_holidays(2026)}
    assert (easter_days["Good Friday"], easter_days["Easter Monday"]) == (dt.date(2026, 4, 3), dt.date(2026, 4, 6))
    assert jeune_genevois(2026) == dt.date(2026, 9, 10)


def test_holidays_inside_session_43_come_from_the_2020_list():
    names = [(h.date.isoformat(), h.name) for h in registered_session(43).holidays]
    assert names == [
        ("2020-04-10", "Good Friday"),
        ("2020-04-13", "Easter Monday"),
        ("2020-05-21", "Ascension Day"),
        ("2020-05-26", "Eid al-Fitr"),
        ("2020-06-01", "Whit Monday"),
    ]


def test_eid_warning_when_a_date_may_fall_in_the_session():
    assert registered_session(61).warnings == (
        (
            "Eid al-Fitr 2026 may fall in the session (about 2026-03-20 by the tabular calendar) and its date is not "
            "given: add holidays.eid_al_fitr = 2026-MM-DD to the session file from the UN Office at Geneva circular"
        ),
    )


def test_eid_given_in_the_yearly_list_gives_no_warning():
    assert registered_session(56).warnings == ()


def test_meetings_are_numbered_through_the_session_with_lunch_meetings():
    session = registered_session(46).model_copy(update={"full_days": frozenset({dt.date(2021, 2, 22)})})
    first = [(m.number, f"{m.date:%d %b}", m.slot.label(), m.lunch) for m in session.meetings[:5]]
    assert first == [
        (1, "22 Feb", "09:00-12:00", False),
        (2, "22 Feb", "12:00-15:00", True),
        (3, "22 Feb", "15:00-18:00", False),
        (4, "23 Feb", "10:00-13:00", False),
        (5, "23 Feb", "15:00-18:00", False),
    ]


def test_default_item_windows_of_session_46_follow_the_usual_order():
    windows = {item: (a.isoformat(), b.isoformat()) for item, (a, b) in registered_session(46).item_windows.items()}
    assert windows == {
        1: ("2021-02-22", "2021-03-22"),
        2: ("2021-02-22", "2021-03-12"),
        3: ("2021-02-22", "2021-03-12"),
        4: ("2021-03-01", "2021-03-12"),
        5: ("2021-03-01", "2021-03-12"),
        6: ("2021-03-01", "2021-03-12"),
        7: ("2021-03-15", "2021-03-22"),
        8: ("2021-03-15", "2021-03-22"),
        9: ("2021-03-15", "2021-03-22"),
        10: ("2021-03-15", "2021-03-22"),
    }


def test_unknown_old_session_number_is_an_input_error():
    from planner.errors import InputError

    with pytest.raises(InputError) as caught:
        registered_session(0)
    assert "session 0" in str(caught.value)


def test_dates_of_another_session_are_warned_of():
    # The 46th session's dates (February-March 2021) given for the 47th (June-July 2021).
    session = build_session(47, parts=[(dt.date(2021, 2, 22), dt.date(2021, 3, 24))])

    assert session.warnings[0] == (
        "session 47 runs from 2021-06-21 to 2021-07-14 in the Council's calendar, not 2021-02-22 to 2021-03-24 as "
        "the session file says: check the session number and the dates (the number decides which standing mandates "
        "are due)"
    )


def test_dates_that_move_a_session_a_little_are_not_warned_of():
    # Provisional dates a week later than the registry's still meet them.
    session = build_session(46, parts=[(dt.date(2021, 3, 1), dt.date(2021, 3, 31))])

    assert not [w for w in session.warnings if "Council's calendar" in w]


def test_a_holiday_given_outside_the_session_is_warned_of():
    from planner.core.session import Holiday

    # 28 April typed for 28 February, in the 22nd session (25 February - 22 March 2013).
    typo = Holiday(date=dt.date(2013, 4, 28), name="Closure of the Palais", source="session.toml")
    session = build_session(22, holidays_added=[typo])

    assert (
        "holiday 2013-04-28 (Closure of the Palais) is outside the session (2013-02-25 to 2013-03-22): check its date"
    ) in session.warnings


def test_a_fixed_booking_outside_every_meeting_is_warned_of():
    from planner.core.session import FixedBooking

    # The newcomer's opening at 09:00-10:00 on an ordinary day, whose meetings start at 10:00.
    opening = FixedBooking(date=dt.date(2013, 2, 28), start=dt.time(9), end=dt.time(10), label="Opening")
    session = build_session(22, fixed_bookings=(opening,))

    assert session.warnings[-1] == (
        "fixed booking 'Opening' on 2013-02-28 at 09:00-10:00 is in none of the day's meetings "
        "(10:00-13:00, 15:00-18:00): move it into one, or the Word programme cannot show it"
    )
