"""`planner plan`: a session folder in; programme of work, calendars and report drafts out.

    plan_programme(session_dir) -> (ProgrammeOfWork, problems)    reads and schedules
    run_plan(session_dir, out_dir, force=False) -> PlanResult      and writes

Reads session.toml and every resolution in resolutions/, keeps the mandates due at the
session (built-in standing mandates included), schedules them and writes the files. All
outputs are rendered and checked before any is written, so a refusal leaves the folder
as it was; a file someone edited since planner wrote it is kept unless forced.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from planner.core.identity import pin_names
from planner.core.mandate import Extraction
from planner.core.programme import MandateRef, ProgrammeOfWork, SessionSummary
from planner.core.session import Pin
from planner.core.un_style import slug
from planner.errors import OutputError, SessionFileError
from planner.files import folder_lock, publish, recorded_in, write_atomic
from planner.pipeline.resolutions import RESOLUTIONS, name_key, read_resolutions
from planner.read import SUFFIXES
from planner.schedule import schedule
from planner.sessions.registry import registered_session
from planner.sessions.rules import entry
from planner.sessions.session_file import FILE_NAME, load_session_file
from planner.sessions.standing import builtin_standing_mandates

REPORTS = "summary-reports"  # subfolder of the output for the drafts staff complete
DRAFT_LANGUAGES = ("en", "zh")  # the summary-report drafts' (templates/summary_report.<code>.yaml)


@dataclass
class PlanResult:
    programme: ProgrammeOfWork
    summary: str  # what the CLI prints
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)  # already as this plan has them
    kept: list[Path] = field(default_factory=list)  # edited by someone, so not replaced
    problems: list[str] = field(default_factory=list)  # resolution files that could not be read


def output_files(programme: ProgrammeOfWork, *, languages: Iterable[str] = ("en",)) -> dict[str, bytes]:
    """Every file `plan` writes but the calendars, by name: programme of work and report drafts."""
    from planner.export import PROGRAMME_EXPORTERS
    from planner.export.report.draft import report_drafts

    files = {exporter.file_name: exporter.render(programme) for exporter in PROGRAMME_EXPORTERS}
    for language in sorted(set(languages)):
        drafts = report_drafts(programme, language=language, sessions=session_lookup(programme))
        files.update({f"{REPORTS}/{name}": data for name, data in drafts.items()})
    return files


def _draft_languages(out_dir: Path, language: str) -> set[str]:
    """The language asked for, and those of drafts planner wrote here before (`report --language
    zh`): a plan keeps every draft in step with it, not only those of its own language."""
    recorded = (_draft(name) for name in recorded_in(out_dir))
    return {language} | {draft[1] for draft in recorded if draft and draft[1] in DRAFT_LANGUAGES}


def _draft(name: str) -> tuple[str, str] | None:
    """A draft's output name as (its meeting's part, its language): "summary-reports/summary-report-
    hrc46-<id>.en.docx" -> ("summary-reports/summary-report-hrc46-<id>", "en"); None for other files."""
    parts = name.rsplit(".", 2)
    return (parts[0], parts[1]) if name.startswith(f"{REPORTS}/") and len(parts) == 3 else None


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
    standing = list(builtin_standing_mandates())
    standing_ids = {s.id for s in standing}
    session_file = load_session_file(session_dir, standing_ids)
    corrections = {name: fix.model_dump(exclude_none=True) for name, fix in session_file.documents.items()}
    texts, session_path = session_dir / RESOLUTIONS, session_dir / FILE_NAME
    read = read_resolutions(texts, corrections)
    _check_documents(list(corrections), texts, session_path)
    _check_declared_ids(session_file.declared, read.extractions, session_path)
    version, warning = version_date(session_file.version, session_file.session.start)
    programme = schedule(
        session_file.session,
        read.extractions,
        version,
        declared=session_file.declared,
        standing=standing,
        retired=session_file.retired,
        themes=session_file.themes,
        previous=previous,
    )
    if warning:
        programme.warnings.append(warning)
    _check_pins(programme, session_file.session.pins, session_path, read.unread)
    _check_themes(programme, session_file.themes, standing_ids, session_path, read.unread)
    return programme, read.problems


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


def _check_pins(programme: ProgrammeOfWork, pins: tuple[Pin, ...], path: Path, unread: list[str]) -> None:
    """A pin that names no mandate of this session is a typing error: say so rather than ignore it."""
    refs = _scheduled_refs(programme)
    known = set().union(*(pin_names(ref) for ref in refs)) if refs else set()
    for index, pin in enumerate(pins):
        if pin.mandate not in known:
            ids = ", ".join(sorted({ref.mandate.id for ref in refs})) or "none"
            raise SessionFileError(
                f"no mandate of this session is called '{pin.mandate}'; use one of: {ids}{_unread(unread)}",
                path=path,
                where=f"{entry('pins', index)} mandate",
            )


def _check_themes(
    programme: ProgrammeOfWork, themes: dict[str, str], standing: set[str], path: Path, unread: list[str]
) -> None:
    """A theme for a mandate planner does not know is a typing error, like a pin's."""
    refs = _scheduled_refs(programme) + list(programme.not_for_this_session)
    known = standing.union(*(pin_names(ref) for ref in refs))
    for name in themes:
        if name not in known:
            close = difflib.get_close_matches(name, sorted(known), n=1)
            hint = f"did you mean '{close[0]}'?" if close else "use a mandate id as `planner plan` lists them"
            raise SessionFileError(
                f"no mandate is called '{name}'; {hint}{_unread(unread)}", path=path, where=f"themes.{name}"
            )


def _unread(unread: list[str]) -> str:
    # The mandate a pin or theme names may be in a text that could not be read: say which.
    return f" (or it is in a text that was not read: {unread[0]})" if unread else ""


def previous_programme(out_dir: Path) -> ProgrammeOfWork | None:
    """The programme planner last wrote here, if any (and if still readable)."""
    path = Path(out_dir) / "programme.json"
    if not path.is_file():
        return None
    try:
        return ProgrammeOfWork.model_validate_json(path.read_bytes())
    except ValueError:
        return None  # not ours any more (edited beyond reading): plan afresh


def _published_starts(out_dir: Path, previous: ProgrammeOfWork | None) -> dict[str, dt.datetime]:
    """The days the folder's plan published (mandate id -> start), to keep: from its programme, or
    without one (deleted, or edited beyond reading) from its calendar release."""
    if previous is None:
        return _released_starts(out_dir)
    return {p.ref.mandate.id: p.start for p in previous.placements if p.part == 1}


def _released_starts(out_dir: Path) -> dict[str, dt.datetime]:
    """Without the programme (deleted, or edited beyond reading), the published days are still in
    the calendar release state: each meeting's first timed event."""
    from planner.export.calendar.releases import read_release

    starts: dict[str, dt.datetime] = {}
    for path in sorted(out_dir.glob("hrc*.calendar-release.json")):
        release = read_release(path)
        for event in release.events.values() if release else []:
            if not event.all_day and not event.cancelled:
                start = dt.datetime.fromisoformat(event.start)
                starts[event.meeting] = min(start, starts.get(event.meeting, start))
    return starts


def _same_session(previous: ProgrammeOfWork | None, programme: ProgrammeOfWork, out_dir: Path) -> None:
    """One output folder holds one session: planning another into it would mix the two.

    The programme says which session a folder holds; so does the calendar release state,
    which stays when the programme is deleted or edited beyond reading."""
    sessions = {previous.session.number} if previous is not None else set()
    for state in Path(out_dir).glob("hrc*.calendar-release.json"):
        number = state.name.removeprefix("hrc").split(".")[0]
        if number.isdigit():
            sessions.add(int(number))
    others = sorted(sessions - {programme.session.number})
    if others:
        raise OutputError(
            f"holds the programme of session {others[0]}, not {programme.session.number}; give another --out",
            path=out_dir,
        )


def run_plan(session_dir: Path, out_dir: Path, *, force: bool = False, language: str = "en") -> PlanResult:
    """Plan, then write every output at once, after every check that could refuse."""
    from planner.export.calendar.releases import read_release
    from planner.export.calendar.session_calendar import (
        calendar_release,
        published_sequences,
        release_path,
        session_calendar_name,
    )
    from planner.export.programme.summary import summary_text

    def prepare(previous: ProgrammeOfWork | None):
        programme, problems = plan_programme(Path(session_dir), _published_starts(Path(out_dir), previous))
        _same_session(previous, programme, Path(out_dir))
        state_path = release_path(programme, out_dir)
        previous_release = read_release(state_path)
        published = None if previous_release else published_sequences(out_dir / session_calendar_name(programme))
        release = calendar_release(programme, previous_release, sessions=due_sessions(programme), published=published)
        return programme, problems, state_path, release

    previous = previous_programme(out_dir)
    programme, problems, state_path, release = prepare(previous)  # may refuse: nothing written yet
    with folder_lock(out_dir):
        if (latest := previous_programme(out_dir)) != previous:  # another run wrote here meanwhile
            programme, problems, state_path, release = prepare(latest)
        files = output_files(programme, languages=_draft_languages(Path(out_dir), language)) | release.files
        published = publish(out_dir, files, force=force)
        left = _drafts_left(Path(out_dir), files)
        if state_path.is_file() and state_path.read_bytes() == release.state:
            published.unchanged.append(state_path)
        else:  # last: a run stopped before this is redone whole
            published.written.append(write_atomic(state_path, release.state))
    text = summary_text(programme) + "\n" + "\n".join(release.changes.lines()) + "\n"
    if published.kept:
        text += "\nKept as you edited them, so they do not show this plan (--force replaces them):\n"
        text += "".join(f"  - {path}\n" for path in published.kept)
    if published.replaced:
        text += "\nReplaced although edited (--force):\n" + "".join(f"  - {path}\n" for path in published.replaced)
    if left:
        text += "\nDrafts of meetings no longer in this plan (kept; delete them if they are not needed):\n"
        text += "".join(f"  - {path}\n" for path in left)
    if problems:
        text += "\nCheck these resolution texts (not read, or read with doubts):\n"
        text += "".join(f"  - {p}\n" for p in problems)
    return PlanResult(
        programme=programme,
        summary=text,
        written=published.written,
        unchanged=published.unchanged,
        kept=published.kept,
        problems=problems,
    )


def _drafts_left(out_dir: Path, files: dict[str, bytes]) -> list[Path]:
    """Drafts an earlier plan wrote for meetings this one no longer holds: still there, perhaps
    already worked on, so kept and named rather than deleted."""
    planned = {draft[0] for name in files if (draft := _draft(name))}
    return [
        out_dir / name
        for name in sorted(recorded_in(out_dir))
        if (draft := _draft(name)) and draft[0] not in planned and (out_dir / name).is_file()
    ]


def run_report(
    session_dir: Path,
    meeting_id: str,
    out_dir: Path,
    *,
    force: bool = False,
    language: str = "en",
    template: Path | None = None,
) -> Path:
    """Write the summary-report draft of one meeting, as the plan in the folder has it.

    In a plan's drafts folder (out/<session>/summary-reports) the draft is one of the plan's own
    outputs: planned with the days the plan published, recorded as the plan records its files,
    and refused if the folder holds another session's plan."""
    from planner.export.report.draft import write_report_draft

    in_plan = out_dir.name == REPORTS
    plan_dir = out_dir.parent if in_plan else out_dir

    def prepare(previous: ProgrammeOfWork | None) -> ProgrammeOfWork:
        programme, _ = plan_programme(session_dir, _published_starts(plan_dir, previous))
        _same_session(previous, programme, plan_dir)
        return programme

    previous = previous_programme(plan_dir)
    programme = prepare(previous)  # may refuse: nothing written yet
    with folder_lock(plan_dir):
        if (latest := previous_programme(plan_dir)) != previous:  # a plan ran here meanwhile
            programme = prepare(latest)
        return write_report_draft(
            programme,
            meeting_id,
            plan_dir,
            subfolder=REPORTS if in_plan else None,
            force=force,
            language=language,
            sessions=session_lookup(programme),
            template=template,
        )


def session_lookup(programme: ProgrammeOfWork) -> Callable[[int], SessionSummary]:
    """Session facts by number: this session as planned, the others from the registry."""

    def lookup(number: int) -> SessionSummary:
        if number == programme.session.number:
            return programme.session
        return registered_session(number).summary()

    return lookup


def due_sessions(programme: ProgrammeOfWork) -> dict[int, SessionSummary]:
    """The sessions reports usually fall due at: this one and the next two."""
    lookup = session_lookup(programme)
    return {n: lookup(n) for n in range(programme.session.number, programme.session.number + 3)}
