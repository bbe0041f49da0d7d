"""The programme of work as JSON: the model itself, keys in model order, stable bytes."""

from __future__ import annotations

from planner.core.programme import ProgrammeOfWork

MEDIA_TYPE = "application/json"
EXTENSION = ".json"


def render_programme_json(programme: ProgrammeOfWork) -> bytes:
    return (programme.model_dump_json(indent=2) + "\n").encode("utf-8")
