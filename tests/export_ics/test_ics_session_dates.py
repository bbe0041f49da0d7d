"""Which session of the year, and the session dates a calendar falls back on."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.un_style import session_of_year
from planner.sessions import registry

ROTATION = ("main", "june", "september")  # the 4th session (March 2007) was a main session


@pytest.mark.parametrize("number", range(4, 71))
def test_session_of_year_follows_the_three_session_rotation(number):
    opening, _projected = registry.opening_day(number)
    assert session_of_year(opening) == ROTATION[(number - 4) % 3]


@pytest.mark.parametrize(
    ("number", "opening"),
    [
        (47, (dt.date(2021, 6, 21), False)),
        (61, (dt.date(2026, 2, 23), False)),
        (62, (dt.date(2026, 6, 15), True)),
        (65, (dt.date(2027, 6, 21), True)),
    ],
    ids=["held-47", "held-61", "projected-62", "projected-65-june-2027"],
)
def test_opening_day_from_registry_else_projected(number, opening):
    assert registry.opening_day(number) == opening


@pytest.mark.parametrize(
    ("number", "assumed"),
    [(64, True), (65, False), (66, False)],
    ids=["main", "june", "september"],
)
def test_high_level_segment_assumed_for_main_session_only(number, assumed):
    assert (registry.build_session(number).high_level_segment is not None) == assumed
