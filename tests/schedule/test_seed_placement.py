"""The seed meeting (resolution 43/21, paragraph 8) lands where the brief says it must."""

from __future__ import annotations

import datetime as dt

from schedule_cases import SAMPLE, seed_extraction
from seed_meeting import SEED_THEME

from planner.pipeline.plan import plan_programme
from planner.schedule import schedule
from planner.sessions.registry import registered_session
from planner.sessions.standing import builtin_standing_mandates


def _seed_placement(programme):
    found = [
        p for p in programme.placements if p.ref.mandate.paragraph == 8 and p.ref.document.symbol == "A/HRC/RES/43/21"
    ]
    assert len(found) == 1
    return found[0]


def test_seed_meeting_alone_is_a_two_hour_block_in_the_item_3_window():
    session = registered_session(46)
    programme = schedule(session, [seed_extraction()], dt.date(2021, 2, 15))
    placed = _seed_placement(programme)
    window = session.window(3)
    assert window == (dt.date(2021, 2, 22), dt.date(2021, 3, 12))
    assert window[0] <= placed.start.date() <= window[1]
    assert placed.start.weekday() < 5
    assert placed.end - placed.start == dt.timedelta(hours=2)
    meeting = next(m for m in session.meetings if m.number == placed.meeting_number)
    assert meeting.starts() <= placed.start and placed.end <= meeting.ends()
    assert not session.in_high_level_segment(placed.start.date())
    assert programme.unplaced == []


def test_seed_meeting_with_standing_mandates_keeps_its_report():
    session = registered_session(46)
    programme = schedule(session, [seed_extraction()], dt.date(2021, 2, 15), standing=list(builtin_standing_mandates()))
    placed = _seed_placement(programme)
    assert placed.reason.startswith(
        "mandated for the 46th session; item 3 (stated in paragraph 8), window 22 Feb-12 Mar 2021"
    )
    assert "2-hour meeting (120 min) as a block inside one meeting" in placed.reason
    assert [r.id for r in programme.reports] == ["43/21-op9"]
    assert programme.unplaced == []


def test_sample_session_places_every_meeting_of_the_46th_session():
    programme, problems = plan_programme(SAMPLE)
    assert problems == []
    placed = {
        (p.ref.mandate.id if p.ref.source == "built-in" or "declared" in p.ref.source else "seed", p.part)
        for p in programme.placements
    }
    assert placed == {
        ("hr_mainstreaming", 1),
        ("death_penalty", 1),
        ("rights_of_child", 1),
        ("rights_of_child", 2),
        ("disabilities", 1),
        ("seed", 1),
        ("african_descent_midterm_review", 1),
    }
    seed = _seed_placement(programme)
    assert seed.ref.mandate.theme == SEED_THEME
    # The Council held it on Friday 26 February 2021 (domain README). It has no usual day, so the
    # planner takes the first day of its item's window that fits: one working day before.
    assert seed.start.date() == dt.date(2021, 2, 25)
    assert seed.end - seed.start == dt.timedelta(hours=2)
    assert programme.unplaced == []
    assert programme.version == dt.date(2021, 2, 15)
