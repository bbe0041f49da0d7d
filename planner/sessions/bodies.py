"""The built-in register of the Council's subsidiary bodies (data/bodies.yaml), and the Palais rooms."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from planner.core.year import Body, Room

# The Palais rooms a year plan may book when the year file lists none (sizes as the bodies use them:
# the Assembly Hall and Room XX hold a forum of thousands or the UPR Working Group of the whole).
PALAIS_ROOMS = (
    Room(name="Assembly Hall", size="large"),
    Room(name="Room XX", size="large"),
    Room(name="Room XVII", size="medium"),
    Room(name="Room XVIII", size="medium"),
    Room(name="Room XIX", size="medium"),
    Room(name="Room III", size="medium"),
)


@lru_cache(maxsize=1)
def builtin_bodies() -> tuple[Body, ...]:
    from planner.files import load_yaml  # an edge reader: the placement sees only Body objects

    text = resources.files("planner.sessions").joinpath("data/bodies.yaml").read_text(encoding="utf-8")
    return tuple(Body(**entry) for entry in load_yaml(text)["bodies"])
