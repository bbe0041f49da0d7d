"""The exact search: which day each meeting goes to, placing every one if that is possible.

Inside a day the free meetings are interchangeable (a pin to a given hour is settled
before the search), so the problem is to share each day's capacity (free meetings, at
most `max_panels_per_day` panels) among meetings that need one meeting (singles) or two
on the same day (full days). Singles alone are a flow problem; full days are placed by a
depth-first search with symmetry breaking (full days with the same candidate days are
interchangeable) and a bound from the singles' maximum flow. The search stops early only
after `budget` steps, and says so.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import deque
from dataclasses import dataclass, field

from planner.schedule.demand import Demand

STEP_BUDGET = 20_000


@dataclass
class Solution:
    days: dict[str, dt.date] = field(default_factory=dict)  # demand key -> day
    exhaustive: bool = True
    steps: int = 0


def _classes(demands: list[Demand]) -> list[tuple[tuple[dt.date, ...], list[Demand]]]:
    """Demands grouped by candidate days, the most constrained group first."""
    groups: dict[tuple[dt.date, ...], list[Demand]] = {}
    for demand in demands:
        groups.setdefault(demand.days, []).append(demand)
    return sorted(groups.items(), key=lambda pair: (len(pair[0]), pair[0]))


def max_flow(supplies: list[tuple[tuple[dt.date, ...], int]], cap: dict[dt.date, int]) -> int:
    """Most singles that fit: classes (candidate days, count) into day capacities.

    Only the value: a greedy first flow, then augmenting paths that each carry as much as
    they can (the value of a maximum flow is the same however it is found; `_spread` keeps
    the unit-by-unit flow, whose shape it relies on)."""
    left = [count for _, count in supplies]
    room = dict(cap)
    flow: list[dict[dt.date, int]] = [{} for _ in supplies]
    users: dict[dt.date, set[int]] = {}  # day -> the classes with flow on it
    total = 0
    for index, (days, _) in enumerate(supplies):
        for day in days:
            if not left[index]:
                break
            amount = min(left[index], room.get(day, 0))
            if amount > 0:
                flow[index][day] = flow[index].get(day, 0) + amount
                users.setdefault(day, set()).add(index)
                left[index] -= amount
                room[day] -= amount
                total += amount
    while True:
        path = _widest_path(supplies, users, left, room)
        if path is None:
            return total
        amount = min(left[path[0]], room[path[-1]])
        for at in range(1, len(path) - 1, 2):  # (class, day) hops back: the flow they undo
            amount = min(amount, flow[path[at + 1]][path[at]])
        left[path[0]] -= amount
        room[path[-1]] -= amount
        for at in range(0, len(path) - 1, 2):
            index, day = path[at], path[at + 1]
            flow[index][day] = flow[index].get(day, 0) + amount
            users.setdefault(day, set()).add(index)
            if at + 2 < len(path):
                back = path[at + 2]
                flow[back][day] -= amount
                if not flow[back][day]:
                    users[day].discard(back)
        total += amount


def _widest_path(
    supplies: list[tuple[tuple[dt.date, ...], int]],
    users: dict[dt.date, set[int]],
    left: list[int],
    room: dict[dt.date, int],
) -> list | None:
    """Class, day, class, day, ...: from a class with supply left to a day with room, or None."""
    parent: dict = {}
    seen_days: set[dt.date] = set()
    queue: deque[int] = deque()
    for index, remaining in enumerate(left):
        if remaining > 0:
            parent[index] = None
            queue.append(index)
    while queue:
        index = queue.popleft()
        for day in supplies[index][0]:
            if day in seen_days:
                continue
            seen_days.add(day)
            parent[day] = index
            if room.get(day, 0) > 0:
                path: list = [day]
                while path[-1] is not None:
                    path.append(parent[path[-1]])
                return path[-2::-1]
            for other in users.get(day, ()):
                if other not in parent:
                    parent[other] = day
                    queue.append(other)
    return None


def _bipartite_flow(
    supplies: list[tuple[tuple[dt.date, ...], int]], cap: dict[dt.date, int]
) -> list[dict[dt.date, int]]:
    flow: list[dict[dt.date, int]] = [{} for _ in supplies]
    left = [count for _, count in supplies]
    room = dict(cap)
    while True:
        path = _augmenting_path(supplies, flow, left, room)
        if path is None:
            return flow
        _push(path, flow, left, room)


def _augmenting_path(supplies, flow, left, room):
    """Breadth-first from classes with supply left to a day with room; nodes are ('c', i) or ('d', day)."""
    parent: dict[tuple, tuple | None] = {}
    queue: deque[tuple] = deque()
    for index, remaining in enumerate(left):
        if remaining > 0:
            parent[("c", index)] = None
            queue.append(("c", index))
    while queue:
        node = queue.popleft()
        if node[0] == "c":
            for day in supplies[node[1]][0]:
                target = ("d", day)
                if target not in parent:
                    parent[target] = node
                    if room.get(day, 0) > 0:
                        return _trace(parent, target)
                    queue.append(target)
        else:
            for index, row in enumerate(flow):
                target = ("c", index)
                if row.get(node[1], 0) > 0 and target not in parent:
                    parent[target] = node
                    queue.append(target)
    return None


def _trace(parent: dict, node: tuple) -> list[tuple]:
    path = [node]
    while parent[path[-1]] is not None:
        path.append(parent[path[-1]])
    return path[::-1]


def _push(path: list[tuple], flow, left, room) -> None:
    left[path[0][1]] -= 1
    room[path[-1][1]] -= 1
    for a, b in itertools.pairwise(path):
        if a[0] == "c":
            flow[a[1]][b[1]] = flow[a[1]].get(b[1], 0) + 1
        else:
            flow[b[1]][a[1]] -= 1


def solve(demands: list[Demand], cap: dict[dt.date, int], budget: int = STEP_BUDGET) -> Solution:
    placeable = [d for d in demands if d.days]
    pairs = [d for d in placeable if d.meetings == 2]
    singles = _classes([d for d in placeable if d.meetings == 1])
    supplies = [(days, len(group)) for days, group in singles]
    search = _PairSearch(_classes(pairs), supplies, dict(cap), budget)
    chosen = search.run()
    solution = Solution(exhaustive=not search.cut, steps=search.steps)
    room = dict(cap)
    busy = dict.fromkeys(cap, 0)
    for demand, day in chosen:
        solution.days[demand.key] = day
        room[day] -= 2
        busy[day] += 2
    for (days, group), row in zip(singles, _spread(supplies, room, busy), strict=True):
        queue = list(group)
        for day in days:
            for _ in range(row.get(day, 0)):
                solution.days[queue.pop(0).key] = day
    return solution


def _spread(
    supplies: list[tuple[tuple[dt.date, ...], int]], room: dict[dt.date, int], busy: dict[dt.date, int]
) -> list[dict[dt.date, int]]:
    """A maximum flow of singles, then moved to the emptiest, earliest days.

    Moving one single from day a to day b (both candidates of its class) keeps the flow
    maximal; it is done while it lowers the day's load, so panels spread over the window.
    """
    flow = _bipartite_flow(supplies, room)
    placed = {day: sum(row.get(day, 0) for row in flow) for day in room}
    spare = {day: room[day] - placed[day] for day in room}
    load = {day: placed[day] + busy[day] for day in room}
    moved = True
    while moved:
        moved = False
        for index, (days, _) in enumerate(supplies):
            for source in sorted(flow[index], key=lambda d: (-load[d], d)):
                if flow[index].get(source, 0) == 0:
                    continue
                open_days = [d for d in days if spare[d] > 0]
                if not open_days:
                    continue
                target = min(open_days, key=lambda d: (load[d], d))
                if load[target] + 1 < load[source]:
                    flow[index][source] -= 1
                    flow[index][target] = flow[index].get(target, 0) + 1
                    load[source] -= 1
                    load[target] += 1
                    spare[source] += 1
                    spare[target] -= 1
                    moved = True
    return flow


class _PairSearch:
    """Depth-first placement of full-day meetings maximising the meetings placed overall."""

    def __init__(self, classes, supplies, cap: dict[dt.date, int], budget: int):
        self.items = [(days, demand) for days, group in classes for demand in group]
        self.supplies = supplies
        self.cap = cap
        self.budget = budget
        self.steps = 0
        self.cut = False
        self.singles_total = sum(count for _, count in supplies)
        self.best_score = -1
        self.best: list[tuple[Demand, dt.date]] = []
        self.goal = len(self.items) + self.singles_total
        self.total_cap = sum(cap.values())
        self.flows: dict[tuple[int, ...], int] = {}  # the singles' maximum flow by capacities left
        # The candidate days of the full days from each index on (the bound's room for them).
        self.pair_days: list[tuple[dt.date, ...]] = []
        later: set[dt.date] = set()
        for days, _ in reversed(self.items):
            later.update(days)
            self.pair_days.append(tuple(sorted(later)))
        self.pair_days.reverse()
        self.pair_days.append(())

    def run(self) -> list[tuple[Demand, dt.date]]:
        self._visit(0, 0, [])
        return self.best

    def _bound(self, index: int, placed: int) -> tuple[int, int]:
        singles = 0
        if self.singles_total:
            state = tuple(self.cap.values())  # the same days in the same order throughout
            singles = self.flows.get(state, -1)
            if singles < 0:
                singles = self.flows[state] = max_flow(self.supplies, self.cap)
        remaining = len(self.items) - index
        total = self.total_cap - 2 * placed  # each full day placed took two meetings of the capacity
        pair_room = sum(self.cap[day] // 2 for day in self.pair_days[index])
        return singles, placed + singles + min(remaining, (total - singles) // 2, pair_room)

    def _visit(self, index: int, first_day: int, chosen: list[tuple[Demand, dt.date]]) -> bool:
        """Returns True when every meeting is placed (nothing better exists)."""
        self.steps += 1
        singles, bound = self._bound(index, len(chosen))
        if len(chosen) + singles > self.best_score:
            self.best_score, self.best = len(chosen) + singles, list(chosen)
            if self.best_score == self.goal:
                return True
        if bound <= self.best_score or index == len(self.items):
            return False
        if self.steps >= self.budget:
            self.cut = True
            return False
        days, demand = self.items[index]
        same_class = index > 0 and self.items[index - 1][0] == days
        start = first_day if same_class else 0
        for position in range(start, len(days)):
            day = days[position]
            if self.cap[day] < 2:
                continue
            self.cap[day] -= 2
            chosen.append((demand, day))
            done = self._visit(index + 1, position, chosen)
            chosen.pop()
            self.cap[day] += 2
            if done:
                return True
        # Leave this one out. Full days of a class are interchangeable, so the placed ones
        # are always a prefix of the class: skipping one skips the rest of its class.
        return self._visit(self._class_end(index), 0, chosen)

    def _class_end(self, index: int) -> int:
        days = self.items[index][0]
        while index < len(self.items) and self.items[index][0] == days:
            index += 1
        return index
