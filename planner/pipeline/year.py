"""`planner year`: a year folder in; the year grid, table, JSON and calendar out.

    plan_year_folder(year, year_dir) -> (YearPlan, problems)     reads and places
    run_year(year, year_dir, out_dir, force=False) -> YearResult  ... and writes every output

A year folder holds year.toml (optional: every fact has a default) and resolutions/
(optional): a body's session read in a supplied resolution takes precedence over the register.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from planner.core.mandate import Extraction, cite
from planner.core.year import BodyMandate, YearPlan
from planner.errors import InputError
from planner.export import YearContext, render_year
from planner.files import folder_lock, publish, write_atomic
from planner.pipeline.resolutions import RESOLUTIONS, read_resolutions
from planner.schedule.year import plan_year
from planner.sessions.registry import opening_day, registered_session
from planner.sessions.year_file import load_year_file


@dataclass
class YearResult:
    plan: YearPlan
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)
    notes: tuple[str, ...] = ()
    problems: list[str] = field(default_factory=list)


def plan_year_folder(year: int, year_dir: Path | None) -> tuple[YearPlan, list[str]]:
    """Read the year file and the supplied resolutions, and place the year's sessions; writes nothing."""
    folder = Path(year_dir) if year_dir is not None else None
    if folder is not None and not folder.is_dir():
        raise InputError("no such folder; give the folder that holds year.toml", path=folder)
    setup = load_year_file(folder or Path(f"(year {year}, no year file)"), year)
    mandates: list[BodyMandate] = []
    problems: list[str] = []
    if folder is not None and (folder / RESOLUTIONS).is_dir():
        read = read_resolutions(folder / RESOLUTIONS, {})
        mandates = [m for extraction in read.extractions for m in body_mandates(extraction)]
        problems = read.problems
    return plan_year(setup, mandates), problems


def body_mandates(extraction: Extraction) -> list[BodyMandate]:
    """The bodies' sessions a text orders, with the dates of the Council sessions they name."""
    found = []
    for meeting in extraction.meetings:
        if meeting.body is None:
            continue
        numbers = [n for n in (meeting.body.council_session, meeting.body.council_session_to) if n]
        found.append(
            BodyMandate(
                id=meeting.id,
                session=meeting.body,
                citation=f"{cite(extraction.document, short=True)} op. {meeting.paragraph}",
                adopted_year=_year_of(extraction.document.session),
                council_dates={n: _dates(n) for n in numbers},
            )
        )
    return found


def _year_of(session: int | None) -> int | None:
    return opening_day(session)[0].year if session else None


def _dates(number: int) -> tuple[dt.date, dt.date]:
    session = registered_session(number)
    return session.start, session.end


def run_year(year: int, year_dir: Path | None, out_dir: Path, *, force: bool = False) -> YearResult:
    """Place, render every output, then write them all at once (a file someone edited is kept)."""
    from planner.export.calendar.releases import read_release
    from planner.export.year.calendar import release_name

    out_dir = Path(out_dir)
    plan, problems = plan_year_folder(year, year_dir)
    rendered = render_year(YearContext(plan=plan, previous_release=read_release(out_dir / release_name(plan))))
    with folder_lock(out_dir):
        published = publish(out_dir, rendered.files, force=force)
        for name, data in rendered.last.items():
            path = out_dir / name
            if path.is_file() and path.read_bytes() == data:
                published.unchanged.append(path)
            else:
                published.written.append(write_atomic(path, data))
    return YearResult(
        plan=plan,
        written=published.written,
        unchanged=published.unchanged,
        kept=published.kept,
        notes=rendered.notes,
        problems=problems,
    )
