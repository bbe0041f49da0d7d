"""The built-in standing mandates, read from data/standing_mandates.yaml."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from planner.core.standing import StandingMandate


@lru_cache(maxsize=1)
def builtin_standing_mandates() -> tuple[StandingMandate, ...]:
    from planner.files import load_yaml  # an edge reader: the scheduler only sees StandingMandate objects

    text = resources.files("planner.sessions").joinpath("data/standing_mandates.yaml").read_text(encoding="utf-8")
    return tuple(StandingMandate(**entry) for entry in load_yaml(text)["standing_mandates"])
