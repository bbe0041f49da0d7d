"""The solver's fast maximum flow (the bound of the full-day search) finds the same value as
the unit-by-unit flow it replaced, on random problems of every shape: the schedule is the same."""

from __future__ import annotations

import datetime as dt
import random

from planner.schedule.solve import _bipartite_flow, max_flow


def test_max_flow_matches_the_unit_flow() -> None:
    rng = random.Random(6)
    for _ in range(2000):
        days = [dt.date(2025, 2, 24) + dt.timedelta(days=n) for n in range(rng.randint(1, 12))]
        cap = {day: rng.randint(0, 4) for day in days}
        if rng.random() < 0.3:
            del cap[days[0]]  # a candidate day without capacity
        supplies = [
            (tuple(sorted(rng.sample(days, rng.randint(0, len(days))))), rng.randint(0, 6))
            for _ in range(rng.randint(0, 8))
        ]
        unit = sum(sum(row.values()) for row in _bipartite_flow(supplies, cap))
        assert max_flow(supplies, cap) == unit, (supplies, cap)
