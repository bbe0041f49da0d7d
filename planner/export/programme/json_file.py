"""The programme of work as JSON: the model itself, keys in model order, stable bytes."""

from __future__ import annotations

from planner.core.programme import ProgrammeOfWork
from planner.export import ExportContext, Rendered

FILE_NAME = "programme.json"


def render_programme_json(programme: ProgrammeOfWork) -> bytes:
    return (programme.model_dump_json(indent=2) + "\n").encode("utf-8")


def export(context: ExportContext) -> Rendered:
    return Rendered({FILE_NAME: render_programme_json(context.programme)})
