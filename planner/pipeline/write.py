"""`planner plan`: a session folder in; every output of the export registry out.

    run_plan(session_dir, out_dir, force=False) -> PlanResult

All outputs are rendered and checked before any is written, so a refusal leaves the folder
as it was; a file someone edited since planner wrote it is kept unless forced. The calendar
release record is written before the calendars: a run stopped between the two (or a full disk)
leaves a record whose sequences are at least those published, so the next run publishes the
same plan at the same sequences rather than taking the record for lost and issuing every event
again. Temporary files a killed run left are cleared first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from planner.core.programme import ProgrammeOfWork
from planner.core.un_style import un_date
from planner.errors import OutputError
from planner.export import ExportContext, Rendered, render_all
from planner.files import MANIFEST, Published, folder_lock, publish, remove_stale_temporaries, write_atomic
from planner.pipeline.output_folder import (
    draft_languages,
    drafts_left,
    previous_programme,
    published_starts,
    same_session,
)
from planner.pipeline.plan import plan_programme, session_folder, session_lookup
from planner.pipeline.resolutions import RESOLUTIONS


@dataclass
class PlanResult:
    programme: ProgrammeOfWork
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)  # already as this plan has them
    kept: list[Path] = field(default_factory=list)  # edited by someone, so not replaced
    replaced: list[Path] = field(default_factory=list)  # edited by someone, replaced as forced
    left: list[Path] = field(default_factory=list)  # drafts of meetings no longer planned, kept
    notes: tuple[str, ...] = ()  # what changed in the published calendars
    problems: list[str] = field(default_factory=list)  # resolution files that could not be read
    same_version: str | None = None  # a changed programme under the version date of the one it replaces


@dataclass(frozen=True)
class _Prepared:
    programme: ProgrammeOfWork
    problems: list[str]
    rendered: Rendered


def _prepare(session_dir: Path, out_dir: Path, previous: ProgrammeOfWork | None, language: str) -> _Prepared:
    """Plan and render every output, writing nothing: each check that could refuse runs here."""
    from planner.export.calendar.releases import read_release
    from planner.export.calendar.session_calendar import published_sequences, release_path, session_calendar_name

    programme, problems = plan_programme(session_dir, published_starts(out_dir, previous))
    same_session(previous, programme, out_dir)
    previous_release = read_release(release_path(programme, out_dir))
    context = ExportContext(
        programme=programme,
        sessions=session_lookup(programme),
        languages=tuple(sorted(draft_languages(out_dir, language))),
        previous_release=previous_release,
        published=None if previous_release else published_sequences(out_dir / session_calendar_name(programme)),
    )
    return _Prepared(programme, problems, render_all(context))


def _check_out_dir(session_dir: Path, out_dir: Path) -> None:
    """The outputs may not go among the texts: a programme.docx there would be read as a resolution."""
    folder = session_folder(session_dir).resolve()
    if out_dir.resolve() == folder:
        raise OutputError(
            "is the session folder itself: the outputs would mix with session.toml and resolutions/; "
            f"give another --out (without it: {Path('out') / folder.name} beside the session folder)",
            path=out_dir,
        )
    texts = folder / RESOLUTIONS
    if out_dir.resolve().is_relative_to(texts):
        raise OutputError(
            f"is inside the session's {RESOLUTIONS} folder, whose files are read as resolutions; give another --out",
            path=out_dir,
        )


def run_plan(session_dir: Path, out_dir: Path, *, force: bool = False, language: str = "en") -> PlanResult:
    """Plan, then write every output at once, after every check that could refuse."""
    session_dir, out_dir = Path(session_dir), Path(out_dir)
    _check_out_dir(session_dir, out_dir)
    previous = previous_programme(out_dir)
    prepared = _prepare(session_dir, out_dir, previous, language)  # may refuse: nothing written yet
    with folder_lock(out_dir):
        if (latest := previous_programme(out_dir)) != previous:  # another run wrote here meanwhile
            prepared = _prepare(session_dir, out_dir, latest, language)
        remove_stale_temporaries(out_dir, [*prepared.rendered.files, *prepared.rendered.last, MANIFEST])
        record = Published()
        _write_record(out_dir, prepared.rendered.last, record)  # before the calendars: see above
        published = publish(out_dir, prepared.rendered.files, force=force)
        published.written += record.written
        published.unchanged += record.unchanged
        left = drafts_left(out_dir, prepared.rendered.files)
        same_version = _same_version_date(latest, prepared.programme)
    return PlanResult(
        programme=prepared.programme,
        written=published.written,
        unchanged=published.unchanged,
        kept=published.kept,
        replaced=published.replaced,
        left=left,
        notes=prepared.rendered.notes,
        problems=prepared.problems,
        same_version=same_version,
    )


def _same_version_date(previous: ProgrammeOfWork | None, programme: ProgrammeOfWork) -> str | None:
    """Two different programmes must not both read "Version of <date>", nor a new one an earlier
    date than the one it replaces: say so, and what to set."""
    if previous is None:
        return None
    if programme.version < previous.version:
        return (
            f"the version date goes back from {un_date(previous.version)}, the programme written here, to "
            f"{un_date(programme.version)}: set version = {(previous.version + dt.timedelta(days=1)).isoformat()} "
            "(or a later date) in the session file"
        )
    if previous.version != programme.version:
        return None
    if _schedule_of(previous) == _schedule_of(programme):
        return None
    later = programme.version + dt.timedelta(days=1)
    return (
        f'the programme changed since the one written here, but both read "Version of '
        f'{un_date(programme.version)}": set version = {later.isoformat()} (or a later date) in the session file'
    )


def _schedule_of(programme: ProgrammeOfWork) -> tuple:
    """What a reader of the programme sees change: where each meeting and activity is."""
    placed = tuple((p.ref.mandate.id, p.part, p.start, p.end) for p in programme.placements)
    laid = tuple((a.key, a.part, a.start, a.end) for a in programme.activities)
    return placed, laid, tuple(u.ref.mandate.id for u in programme.unplaced)


def _write_record(out_dir: Path, files: dict[str, bytes], published: Published) -> None:
    """The calendar release record (the registry's `last` files), written before the calendars
    it numbers: its sequences are then never below those of a calendar published."""
    for name, data in files.items():
        path = out_dir / name
        if path.is_file() and path.read_bytes() == data:
            published.unchanged.append(path)
        else:
            published.written.append(write_atomic(path, data))
