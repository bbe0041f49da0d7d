"""`planner plan`: a session folder in; programme of work, calendars and report drafts out.

    plan_programme(session_dir) -> (ProgrammeOfWork, problems)    reads and schedules
    plan_from(session_file, extractions) -> Planned                schedules what is already read

Reads session.toml and every resolution in resolutions/, keeps the mandates due at the
session (built-in standing mandates included) and schedules them. Writing is
pipeline.write (run_plan) and pipeline.report (run_report).
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from planner.core.identity import pin_names
from planner.core.mandate import Extraction
from planner.core.programme import MandateRef, ProgrammeOfWork, SessionSummary
from planner.core.session import Pin
from planner.core.un_style import slug
from planner.errors import SessionFileError
from planner.pipeline.resolutions import RESOLUTIONS, name_key, read_resolutions
from planner.read import SUFFIXES
from planner.schedule import schedule
from planner.sessions import FILE_NAME
from planner.sessions.meeting_facts import with_meeting_facts
from planner.sessions.registry import registered_session
from planner.sessions.rules import entry
from planner.sessions.session_file import SessionFile, load_session_file
from planner.sessions.standing import builtin_standing_mandates


def version_date(declared: dt.date | None, session_start: dt.date) -> tuple[dt.date, str | None]:
    """The "Version of" date: the session file's, else the session's first day (with a warning). Never the clock."""
    if declared is not None:
        return declared, None
    return session_start, (
        f"no version date in the session file: the programme is dated {session_start.isoformat()} "
        "(the first day of the session); add `version = YYYY-MM-DD`"
    )


def session_folder(path: Path) -> Path:
    """The session folder, also when its session.toml is given instead."""
    if not path.exists():
        raise SessionFileError("no such folder; give the folder that holds session.toml", path=path)
    if path.is_file():
        if path.name != FILE_NAME:
            raise SessionFileError(f"is a file; give the session folder (the one that holds {FILE_NAME})", path=path)
        return path.parent
    return path


def _check_documents(names: list[str], folder: Path, path: Path) -> None:
    """A correction for a file that is not there is a typing error: say so rather than ignore it."""
    files = [name_key(p.name) for p in folder.iterdir()] if folder.is_dir() else []
    stems = {Path(f).stem for f in files}
    for name in map(name_key, names):
        other_format = Path(name).suffix.lower() in SUFFIXES and Path(name).stem in stems
        if name not in files and not other_format:
            close = difflib.get_close_matches(name, files, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"the files are in {folder}"
            raise SessionFileError(f"no resolution file is called '{name}'; {hint}", path=path, where="documents")


def plan_programme(
    session_dir: Path, previous: dict[str, dt.datetime] | None = None
) -> tuple[ProgrammeOfWork, list[str]]:
    """Read and schedule, writing nothing. previous: published starts to keep (mandate id -> start)."""
    session_dir = session_folder(Path(session_dir))
    standing_ids = {s.id for s in builtin_standing_mandates()}
    session_file = load_session_file(session_dir, standing_ids)
    corrections = {name: fix.model_dump(exclude_none=True) for name, fix in session_file.documents.items()}
    texts = session_dir / RESOLUTIONS
    read = read_resolutions(texts, corrections)
    _check_documents(list(corrections), texts, session_dir / FILE_NAME)
    planned = plan_from(session_file, read.extractions, unread=read.unread, previous=previous)
    if planned.misnamed:
        raise planned.misnamed[0].error
    return planned.programme, read.problems


@dataclass(frozen=True)
class Misnamed:
    """A name the session file gives (a pin, theme, chair, participants, report) that no mandate has."""

    table: str  # "pins", "themes", "chairs", "participants" or "reports"
    name: str  # the mandate as the file names it
    error: SessionFileError  # the one-line message, naming the file, the key and the fix


@dataclass
class Planned:
    """A session planned from memory: the programme, and the names in its file that match no mandate."""

    programme: ProgrammeOfWork
    misnamed: list[Misnamed] = field(default_factory=list)  # `planner plan` stops at the first


def plan_from(
    session_file: SessionFile,
    extractions: list[Extraction],
    *,
    unread: Sequence[str] = (),
    previous: dict[str, dt.datetime] | None = None,
    version: dt.date | None = None,
) -> Planned:
    """Schedule a session whose file is loaded and whose texts are read (by `planner plan`, or
    kept in memory by `planner serve`), with the same checks; nothing is read or written.

    unread: texts that could not be read (named when a pin or theme names no mandate);
    version: the "Version of" date, instead of the file's (a release's date)."""
    path = session_file.path
    standing = list(builtin_standing_mandates())
    standing_ids = {s.id for s in standing}
    _check_declared_ids(session_file.declared, extractions, path)
    declared_version, warning = version_date(session_file.version, session_file.session.start)
    programme = schedule(
        session_file.session,
        extractions,
        version or declared_version,
        declared=session_file.declared,
        standing=standing,
        retired=session_file.retired,
        themes=session_file.themes,
        previous=previous,
        business=session_file.business,
    )
    if warning and version is None:
        programme.warnings.append(warning)
    unread = list(unread)
    misnamed = _check_pins(programme, session_file.session.pins, path, unread)
    misnamed += _check_themes(programme, session_file.themes, standing_ids, path, unread)
    facts = {"chairs": set(session_file.chairs), "participants": set(session_file.participants)}
    for table, named in {**facts, "reports": set(session_file.reports)}.items():
        misnamed += _check_themes(programme, dict.fromkeys(named, ""), standing_ids, path, unread, table)
    programme = with_meeting_facts(programme, session_file.chairs, session_file.participants, session_file.reports)
    return Planned(programme, misnamed)


def _check_declared_ids(declared: list[MandateRef], extractions: list[Extraction], path: Path) -> None:
    """A declared mandate may not take the id of one read from a resolution: both would be planned."""
    read = {slug(m.id): path.parent / extraction.source for extraction in extractions for m in extraction.meetings}
    for index, ref in enumerate(declared):
        if slug(ref.mandate.id) in read:
            raise SessionFileError(
                f"{ref.mandate.id!r} is also the id of a meeting read from {read[slug(ref.mandate.id)]}; "
                "remove the declaration or choose another id",
                path=path,
                where=f"{entry('mandates', index)} id",
            )


def _scheduled_refs(programme: ProgrammeOfWork) -> list[MandateRef]:
    """The mandates this session's plan holds, placed or not."""
    return [p.ref for p in programme.placements] + [u.ref for u in programme.unplaced]


def _check_pins(programme: ProgrammeOfWork, pins: tuple[Pin, ...], path: Path, unread: list[str]) -> list[Misnamed]:
    """A pin that names no mandate of this session is a typing error: say so rather than ignore it."""
    refs = _scheduled_refs(programme)
    known = set().union(*(pin_names(ref) for ref in refs)) if refs else set()
    found = []
    for index, pin in enumerate(pins):
        if pin.mandate not in known:
            ids = ", ".join(sorted({ref.mandate.id for ref in refs})) or "none"
            error = SessionFileError(
                f"no mandate of this session is called '{pin.mandate}'; use one of: {ids}{_unread(unread)}",
                path=path,
                where=f"{entry('pins', index)} mandate",
            )
            found.append(Misnamed("pins", pin.mandate, error))
    return found


def _check_themes(
    programme: ProgrammeOfWork,
    themes: dict[str, str],
    standing: set[str],
    path: Path,
    unread: list[str],
    table: str = "themes",
) -> list[Misnamed]:
    """A theme (chair, participants, report) for a mandate planner does not know is a typing error, like a pin's."""
    refs = _scheduled_refs(programme) + list(programme.not_for_this_session)
    known = standing.union(*(pin_names(ref) for ref in refs))
    found = []
    for name in themes:
        if name not in known:
            close = difflib.get_close_matches(name, sorted(known), n=1)
            hint = f"did you mean '{close[0]}'?" if close else "use a mandate id as `planner plan` lists them"
            error = SessionFileError(
                f"no mandate is called '{name}'; {hint}{_unread(unread)}", path=path, where=f"{table}.{name}"
            )
            found.append(Misnamed(table, name, error))
    return found


def _unread(unread: list[str]) -> str:
    # The mandate a pin or theme names may be in a text that could not be read: say which.
    return f" (or it is in a text that was not read: {unread[0]})" if unread else ""


def session_lookup(programme: ProgrammeOfWork) -> Callable[[int], SessionSummary]:
    """Session facts by number: this session as planned, the others from the registry."""

    def lookup(number: int) -> SessionSummary:
        if number == programme.session.number:
            return programme.session
        return registered_session(number).summary()

    return lookup
