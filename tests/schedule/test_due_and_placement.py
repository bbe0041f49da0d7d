"""Which mandates fall due, which built-in ones give way, and placements that need the exact search."""

from __future__ import annotations

import datetime as dt

from schedule_cases import declared, seed_extraction

from planner.core.mandate import DocumentInfo, Extraction, MeetingMandate
from planner.schedule import Due, build_programme, select_due
from planner.sessions.registry import build_session, registered_session
from planner.sessions.standing import builtin_standing_mandates

STANDING = list(builtin_standing_mandates())


def _ids(refs) -> list[str]:
    return [ref.mandate.id for ref in refs]


def test_seed_is_not_for_the_47th_session():
    due = select_due(registered_session(47), [seed_extraction()])
    assert due.due == []
    assert _ids(due.not_for_this_session) == ["43/21-op8"]


def test_standing_mandates_due_at_the_main_session_of_an_odd_year():
    due = select_due(registered_session(46), [], standing=STANDING)
    assert _ids(due.due) == ["hr_mainstreaming", "death_penalty", "rights_of_child", "disabilities"]


def test_death_penalty_panel_skips_even_years():
    due = select_due(registered_session(49), [], standing=STANDING)
    assert _ids(due.due) == ["hr_mainstreaming", "rights_of_child", "disabilities"]


def test_june_and_september_sessions_get_their_standing_mandates():
    assert _ids(select_due(registered_session(47), [], standing=STANDING).due) == [
        "womens_rights",
        "technical_cooperation",
    ]
    # 2021, an odd year: the biennial panel on unilateral coercive measures (held 16 September 2021).
    assert _ids(select_due(registered_session(48), [], standing=STANDING).due) == [
        "gender_integration",
        "indigenous",
        "unilateral_coercive_measures",
    ]
    assert _ids(select_due(registered_session(51), [], standing=STANDING).due) == ["gender_integration", "indigenous"]


def test_quadrennial_and_late_starting_standing_mandates_fall_due_in_their_years():
    # Sport and the Olympic ideal: June of Summer Olympic years; climate change: every June from 2023.
    assert _ids(select_due(registered_session(56), [], standing=STANDING).due) == [
        "womens_rights",
        "technical_cooperation",
        "sport_olympic_ideal",
        "climate_change",
    ]
    assert "sport_olympic_ideal" not in _ids(select_due(registered_session(59), [], standing=STANDING).due)
    assert "climate_change" not in _ids(select_due(registered_session(50), [], standing=STANDING).due)


def test_retired_standing_mandate_is_not_due():
    due = select_due(registered_session(46), [], standing=STANDING, retired={"disabilities"})
    assert "disabilities" not in _ids(due.due)


def test_supplied_resolution_replaces_the_built_in_mandate():
    supplied = Extraction(
        source="a-hrc-res-42-24.en.txt",
        document=DocumentInfo(symbol="A/HRC/RES/42/24", session=42),
        meetings=[MeetingMandate(id="42/24-op", paragraph=12, kind="panel_discussion", high_level=True, session=46)],
    )
    due = select_due(registered_session(46), [supplied], standing=STANDING)
    assert _ids(due.due) == ["42/24-op", "hr_mainstreaming", "rights_of_child", "disabilities"]
    assert due.warnings == ["built-in death_penalty replaced by the mandate found in A/HRC/RES/42/24"]


def test_annual_mandate_with_a_first_session_recurs_every_third_session():
    annual = declared("annual", session=40, recurrence="annual")
    assert _ids(select_due(registered_session(46), [], declared=[annual]).due) == ["annual"]
    assert _ids(select_due(registered_session(47), [], declared=[annual]).due) == []


def test_intersessional_meeting_is_not_for_this_session():
    meeting = declared("between", session=46, intersessional=True)
    due = select_due(registered_session(46), [], declared=[meeting])
    assert _ids(due.not_for_this_session) == ["between"]


def test_full_day_moves_so_that_a_one_day_panel_fits():
    # Two working days, two panels a day. The item-2 panel may only go on Monday; the full day
    # must take Tuesday although Monday comes first. Monday's first meeting is the opening.
    monday = dt.date(2031, 6, 16)
    session = build_session(
        95,
        parts=[(monday, monday + dt.timedelta(days=1))],
        item_windows={2: (monday, monday)},
        voting_days=0,
    )
    refs = [declared("full", session=95, item=None, minutes=360), declared("panel", session=95, item=2)]
    programme = build_programme(session, Due(due=refs), monday)
    assert [(p.ref.mandate.id, p.start) for p in programme.placements] == [
        ("panel", dt.datetime(2031, 6, 16, 15, 0)),
        ("full", dt.datetime(2031, 6, 17, 10, 0)),
        ("full", dt.datetime(2031, 6, 17, 15, 0)),
    ]
    assert programme.unplaced == []


def test_unplaced_meeting_is_diagnosed_by_the_window_that_blocks_it():
    monday = dt.date(2031, 6, 16)
    tuesday = monday + dt.timedelta(days=1)  # Monday's first meeting is the opening
    session = build_session(
        95,
        parts=[(monday, monday + dt.timedelta(days=4))],
        item_windows={4: (tuesday, tuesday)},
        holidays_added=[],
        voting_days=0,
    )
    session = session.model_copy(update={"holidays": ()})
    refs = [declared("a", session=95, item=4), declared("b", session=95, item=4), declared("c", session=95, item=4)]
    programme = build_programme(session, Due(due=refs), monday)
    assert [u.diagnosis for u in programme.unplaced] == [
        "no room left: on the 1 day(s) it may use (17 Jun-17 Jun 2031) the panels-per-day limit (2) is reached, "
        "by 'a', 'b'; no arrangement fits every meeting".replace("'", ""),
    ]


def test_meeting_in_an_empty_window_is_diagnosed_before_the_search():
    monday = dt.date(2031, 6, 16)
    saturday = monday + dt.timedelta(days=5)
    session = build_session(95, parts=[(monday, monday + dt.timedelta(days=6))], item_windows={5: (saturday, saturday)})
    programme = build_programme(session, Due(due=[declared("x", session=95, item=5)]), monday)
    assert (
        programme.unplaced[0].diagnosis
        == "no working day in the item-5 window (21 Jun-21 Jun 2031): widen item_windows.5"
    )
