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


_SESSIONS_OF_YEAR = {"main": "February-March session", "june": "June session", "september": "September session"}


def standing_listing(session: int | None = None) -> str:
    """`planner standing`: each built-in standing mandate's id, meeting, resolution, usual session
    and day, and theme; with `session`, only those that fall due at it."""
    from planner.core.un_style import ordinal
    from planner.sessions.registry import registered_session

    mandates = list(builtin_standing_mandates())
    if session is not None:
        mandates = [m for m in mandates if m.falls_due(registered_session(session))]
    lines = []
    for mandate in mandates:
        years = f", {mandate.years} years" if mandate.years else ""
        usual = f", usually {mandate.usual.phrase()}" if mandate.usual else ""
        lines += [
            mandate.id,
            f"  {mandate.name} ({mandate.symbol})",
            f"  {mandate.recurrence}{years}, {_SESSIONS_OF_YEAR[mandate.session_of_year]}{usual}",
            f"  theme: {mandate.theme}",
        ]
    if session is not None and not mandates:
        lines.append(f"none falls due at the {ordinal(session)} session")
    return "".join(f"{line}\n" for line in lines)
