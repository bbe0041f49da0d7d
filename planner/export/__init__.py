"""Exporters: every file a plan writes, declared once, in one registry.

Each output names its module and that module's `export(context) -> Rendered` function (or
another function of the module that takes and gives the same); the
registry imports a module only when its files are rendered (python-docx and icalendar cost
start-up time a command that does not write them should not pay). `planner plan` loops over
OUTPUTS; the web app serves files from the same list.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the models are built by the runs that use them (`extract` uses neither)
    from planner.core.programme import ProgrammeOfWork, SessionSummary
    from planner.core.year import YearPlan
    from planner.export.calendar.releases import ReleaseState

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass(frozen=True)
class ExportContext:
    """What an exporter may read besides the programme: nothing from files, all given."""

    programme: ProgrammeOfWork
    sessions: Callable[[int], SessionSummary]  # session facts by number (later sessions' dates)
    languages: tuple[str, ...] = ("en",)  # of the summary-report drafts
    previous_release: ReleaseState | None = None  # the calendars as last published
    published: Mapping[str, int] | None = None  # UID -> SEQUENCE of a calendar whose release state is lost


@dataclass(frozen=True)
class Rendered:
    files: dict[str, bytes]  # relative name -> bytes
    # State kept for the next run, written apart from the files (the calendar release record:
    # before the calendars, so that a stop between the two cannot lower a published SEQUENCE).
    last: dict[str, bytes] = field(default_factory=dict)
    notes: tuple[str, ...] = ()  # what the run prints about these files (calendar changes)


@dataclass(frozen=True)
class Output:
    name: str  # what a person calls the file(s)
    media_type: str
    module: str
    function: str = "export"  # the module's `(context) -> Rendered`: ExportContext, or YearContext

    def render(self, context: ExportContext | YearContext) -> Rendered:
        rendered: Rendered = getattr(importlib.import_module(self.module), self.function)(context)
        return rendered


OUTPUTS = (
    Output("programme of work (JSON)", "application/json", "planner.export.programme.json_file"),
    Output("programme of work (CSV)", "text/csv", "planner.export.programme.csv_table"),
    Output("programme of work (Word grid)", DOCX, "planner.export.programme.word_grid"),
    Output("calendars (session and each meeting)", "text/calendar", "planner.export.calendar.session_calendar"),
    Output("summary-report drafts", DOCX, "planner.export.report.draft"),
    Output("documentation list (CSV)", "text/csv", "planner.export.programme.documentation", "export_csv"),
    Output("documentation list (Word)", DOCX, "planner.export.programme.documentation", "export_word"),
)


@dataclass(frozen=True)
class YearContext:
    """What a year exporter reads: the year's plan and the year calendar as last published."""

    plan: YearPlan
    previous_release: ReleaseState | None = None


# The outputs of `planner year`, declared as OUTPUTS are for `planner plan`.
YEAR_OUTPUTS = (
    Output("year plan (JSON)", "application/json", "planner.export.year.json_file"),
    Output("year plan (CSV)", "text/csv", "planner.export.year.csv_table"),
    Output("year grid (Word)", DOCX, "planner.export.year.word_grid"),
    Output("year calendar", "text/calendar", "planner.export.year.calendar"),
)


def render_year(context: YearContext) -> Rendered:
    """Every output of the year registry, as one set of files."""
    return _rendered(YEAR_OUTPUTS, context)


def render_all(context: ExportContext) -> Rendered:
    """Every output of the registry, as one set of files."""
    return _rendered(OUTPUTS, context)


def _rendered(outputs: tuple[Output, ...], context: ExportContext | YearContext) -> Rendered:
    files: dict[str, bytes] = {}
    last: dict[str, bytes] = {}
    notes: list[str] = []
    for output in outputs:
        rendered = output.render(context)
        files |= rendered.files
        last |= rendered.last
        notes += rendered.notes
    return Rendered(files=files, last=last, notes=tuple(notes))
