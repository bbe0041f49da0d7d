"""The dates the bodies really met (docs/research/bodies/held.yaml), and how near a plan comes to them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from planner.core.year import YearPlan

RESEARCH = Path(__file__).resolve().parents[2] / "docs" / "research" / "bodies"


def held_in(year: int) -> list[tuple[str, dt.date]]:
    """(body, first day) of every session held in `year` with a known start date."""
    sessions = yaml.safe_load((RESEARCH / "held.yaml").read_text("utf-8"))["sessions"]
    return sorted(
        (s["body"], dt.date.fromisoformat(s["start"]))
        for s in sessions
        if s.get("start") and s["start"].startswith(str(year))
    )


def comparison(plan: YearPlan) -> tuple[int, int, float]:
    """(sessions in the week they really met, sessions compared, mean gap in days between the first days).

    Each real session is paired with the placement of the same body whose start is nearest."""
    real = held_in(plan.year)
    same_week, gaps = 0, []
    for body, start in real:
        starts = [p.start for p in plan.placements if p.meeting.body == body]
        assert starts, f"{body} met in {plan.year} but is not placed"
        nearest = min(starts, key=lambda day: abs((day - start).days))
        gaps.append(abs((nearest - start).days))
        same_week += nearest - dt.timedelta(days=nearest.weekday()) == start - dt.timedelta(days=start.weekday())
    return same_week, len(real), sum(gaps) / len(gaps)
