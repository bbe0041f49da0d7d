"""The built-in order of business: rules (data/programme_of_work.yaml) and the register of
mechanisms that present reports (data/mechanisms.yaml), with a session file's changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

from planner.core.order_of_business import BusinessRules, HighCommissioner, Mechanism, SessionBusiness
from planner.core.un_style import session_of_year


def _data(name: str) -> Any:
    from planner.files import load_yaml  # an edge reader: the scheduler only sees the models

    return load_yaml(resources.files("planner.sessions").joinpath(f"data/{name}").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def business_rules() -> BusinessRules:
    data = _data("programme_of_work.yaml")
    return BusinessRules(
        unit_minutes=data["unit_minutes"],
        dialogue_units=data["dialogue_units"],
        general_debate_units=data["general_debate_units"],
        upr_minutes_per_state=data["upr"]["minutes_per_state"],
        upr_typical_states=data["upr"]["typical_states"],
        high_commissioner={key: HighCommissioner(**value) for key, value in data["high_commissioner"].items()},
        voting_label=data["closing"]["voting"],
        last_meeting_label=data["closing"]["last_meeting"],
        submission_weeks=data["documentation"]["submission_weeks"],
        issuance_weeks=data["documentation"]["issuance_weeks"],
    )


@lru_cache(maxsize=1)
def registered_mechanisms() -> tuple[Mechanism, ...]:
    return tuple(Mechanism(**entry) for entry in _data("mechanisms.yaml")["mechanisms"])


def session_business(
    opening: dt.date,
    *,
    retired: Iterable[str] = (),
    added: Iterable[Mechanism] = (),
    upr_states: Iterable[str] = (),
) -> SessionBusiness:
    """The order of business of the session that opens on `opening`: the mechanisms registered
    for that session of the year, less those retired, with those added."""
    which = session_of_year(opening)
    gone = set(retired)
    presenting = [m for m in registered_mechanisms() if which in m.sessions and m.id not in gone]
    return SessionBusiness(rules=business_rules(), mechanisms=(*presenting, *added), upr_states=tuple(upr_states))
