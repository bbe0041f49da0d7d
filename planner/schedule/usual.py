"""Standing meetings where the Council usually holds them, as near as the other rules allow.

Each standing mandate with a usual position (a weekday of a week of the session) is held to the
day nearest that position, in working days, that costs no other meeting its place: the days are
tried nearest first, each with the exact search, as published days are kept (build.py). The
reason says how far it moved and why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from planner.core.standing import UsualPosition
from planner.schedule.demand import Demand, fmt_day
from planner.schedule.solve import Solution, solve

NEAREST_TRIED = 8  # days tried around the usual one: beyond them the usual position says little


def toward_usual_days(
    demands: list[Demand],
    solution: Solution,
    cap: dict[dt.date, int],
    budget: int,
    usual: dict[str, UsualPosition],
    session_start: dt.date,
    working_days: tuple[dt.date, ...],
) -> tuple[list[Demand], Solution]:
    best = len(solution.days)
    # With more meetings than room, every day is full: a search per day tried cannot do better
    # than moving into room that is left, and would only spend its budget.
    searching = solution.exhaustive and best == sum(1 for d in demands if d.days)
    for index, demand in enumerate(demands):
        position = usual.get(demand.key)
        if position is None or demand.pin is not None or demand.held or not demand.days:
            continue
        target = position.day_in(session_start)
        for day in _nearest(target, demand.days, working_days):
            trial = demands[:index] + [_held_to(demand, day, target, position)] + demands[index + 1 :]
            moved = _moved_if_room(solution, demands, cap, demand, day)
            if moved is not None:  # room left that day: no other meeting moves, no search needed
                demands, solution = trial, moved
                break
            if not searching:
                continue
            attempt = solve(trial, cap, budget)
            if len(attempt.days) >= best:
                demands, solution = trial, attempt
                break
    return demands, solution


def _moved_if_room(
    solution: Solution, demands: list[Demand], cap: dict[dt.date, int], demand: Demand, day: dt.date
) -> Solution | None:
    """The solution with `demand` moved to `day`, if that day has room for it as it stands."""
    if demand.key not in solution.days:
        return None
    load = sum(d.meetings for d in demands if solution.days.get(d.key) == day and d.key != demand.key)
    if load + demand.meetings > cap.get(day, 0):
        return None
    days = dict(solution.days)
    days[demand.key] = day
    return Solution(days=days, exhaustive=solution.exhaustive, steps=solution.steps)


def _nearest(target: dt.date, days: tuple[dt.date, ...], working: tuple[dt.date, ...]) -> list[dt.date]:
    """The days it may use, nearest the usual day first (in working days; the earlier day first on a tie)."""
    index = {day: i for i, day in enumerate(working)}
    anchor = index.get(target, sum(1 for day in working if day < target))
    ranked = sorted(days, key=lambda day: (abs(index.get(day, anchor) - anchor), day))
    return ranked[:NEAREST_TRIED]


def _held_to(demand: Demand, day: dt.date, target: dt.date, position: UsualPosition) -> Demand:
    usual = f"usual: {position.phrase()} ({fmt_day(target)})"
    if day == target:
        phrase = f"{usual}, its usual day"
    elif target not in demand.days:
        phrase = f"{usual}; moved to {fmt_day(day)}, the nearest day it may use (its usual day is outside them)"
    else:
        phrase = f"{usual}; moved to {fmt_day(day)}: on its usual day another meeting would lose its place"
    return replace(
        demand,
        days=(day,),
        timing_phrase=_joined(demand.timing_phrase, phrase),
        held=True,
        usual_slot=position.slot,
    )


def _joined(*phrases: str) -> str:
    return "; ".join(p for p in phrases if p)
