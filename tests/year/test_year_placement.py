"""`planner year`: the register's bodies placed in the weeks between the Council's sessions.

The comparison with the dates the bodies really met (docs/research/bodies/held.yaml): the
register's usual weeks are read from years other than 2023, so 2023 tests the rule.
  2023: 9 of 11 sessions in the week they met, mean gap 1.3 days (OEIGWG on private military and
        security companies and EMRIP each a week off)
  2022: 9 of 9, mean gap 0 days; 2024: 10 of 11, mean gap 5.4 days (the OEIGWG on transnational
        corporations, moved "exceptionally" to December, 56 days off). Those years gave the usual weeks,
        so their figures show the register's consistency, not a prediction.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from held import comparison

from planner.core.mandate import BodySession
from planner.core.year import BodyMandate
from planner.schedule.year import plan_year
from planner.sessions.bodies import builtin_bodies
from planner.sessions.year_file import load_year_file

SAMPLE = Path(__file__).resolve().parents[2] / "sample_sessions" / "year2023"


@pytest.fixture(scope="module")
def plan_2023():
    return plan_year(load_year_file(SAMPLE, 2023))


def test_every_body_of_the_register_meeting_in_2023_is_placed(plan_2023):
    due = {b.id for b in builtin_bodies() if b.meets_in(2023)}

    assert {p.meeting.body for p in plan_2023.placements} == due
    assert plan_2023.unplaced == ()


def test_plan_2023_is_near_the_real_dates(plan_2023):
    same_week, compared, mean_gap = comparison(plan_2023)

    assert (same_week, compared) == (9, 11)
    assert round(mean_gap, 1) == 1.3


@pytest.mark.parametrize(("year", "expected"), [(2022, (9, 9, 0.0)), (2024, (10, 11, 5.4))], ids=["2022", "2024"])
def test_plan_is_near_the_real_dates_of_other_years(year, expected):
    plan = plan_year(load_year_file(Path("/no/year/folder"), year))
    same_week, compared, mean_gap = comparison(plan)

    assert (same_week, compared, round(mean_gap, 1)) == expected


def test_no_session_meets_during_the_council_unless_its_body_may(plan_2023):
    for placement in plan_2023.placements:
        sitting = [c for c in plan_2023.council for day in placement.days if c.holds(day)]
        assert not sitting or placement.meeting.during_council, placement.meeting.id


def test_sessions_fall_on_working_days_and_never_share_a_room(plan_2023):
    holidays = {h.date for h in plan_2023.holidays}
    taken: dict[tuple[str, dt.date], str] = {}
    for placement in plan_2023.placements:
        for day in placement.days:
            assert day.weekday() < 5 and day not in holidays
            key = (placement.room, day)
            assert key not in taken or placement.room == "New York", (placement.meeting.id, taken.get(key))
            taken[key] = placement.meeting.id


def test_every_placement_has_a_reason(plan_2023):
    assert all(p.reason.startswith("register (") for p in plan_2023.placements)


def test_a_session_whose_week_clashes_with_the_council_moves_and_says_why(plan_2023):
    igwg = next(p for p in plan_2023.placements if p.meeting.body == "igwg_ddpa")

    assert igwg.start == dt.date(2023, 10, 16)
    assert "1 week later than the target week of Mon 9 Oct 2023" in igwg.reason
    assert "clashes with the 54th session of the Council (11 Sep-13 Oct 2023)" in igwg.reason


def _mandate(**fields) -> BodyMandate:
    session = BodySession(**fields)
    return BodyMandate(id="m", session=session, citation="res. 21/30 op. 1", adopted_year=2012)


def test_dates_a_resolution_orders_outrank_the_register():
    mandate = _mandate(
        body="ahc_complementary_standards",
        name="the Ad Hoc Committee",
        session=5,
        when="date_range",
        start=dt.date(2013, 4, 8),
        end=dt.date(2013, 4, 19),
        year=2013,
    )
    plan = plan_year(load_year_file(Path("/no/year/folder"), 2013), [mandate])
    placed = next(p for p in plan.placements if p.meeting.body == "ahc_complementary_standards")

    assert (placed.start, placed.end, placed.meeting.number) == (dt.date(2013, 4, 8), dt.date(2013, 4, 19), 5)
    assert placed.reason.startswith("res. 21/30 op. 1; dates set by res. 21/30 op. 1: 8 Apr-19 Apr 2013")


def test_before_the_nth_session_means_in_the_weeks_before_it():
    mandate = BodyMandate(
        id="m",
        session=BodySession(body="oeiwg_hret", name="the working group", days=5, when="before", council_session=16),
        citation="res. 13/15 op. 2",
        adopted_year=2010,
        council_dates={16: (dt.date(2011, 2, 28), dt.date(2011, 3, 25))},
    )
    plan = plan_year(load_year_file(Path("/no/year/folder"), 2011), [mandate])
    placed = next(p for p in plan.placements if p.meeting.body == "oeiwg_hret")

    assert placed.end < dt.date(2011, 2, 28)
    assert (dt.date(2011, 2, 28) - placed.start).days <= 14
    assert "in the weeks before the 16th session" in placed.reason


def test_a_body_whose_length_is_unknown_is_listed_with_what_to_do():
    plan = plan_year(load_year_file(Path("/no/year/folder"), 2027))
    older = next(u for u in plan.unplaced if u.meeting.body == "oeiwg_older_persons")

    assert older.diagnosis == (
        "its usual length is not known: give it as bodies.length.oeiwg_older_persons = <working days> in the year file"
    )
