"""The state of a plan's output folder: what an earlier run wrote there and published.

A plan keeps the days it published (from programme.json, or from the calendar release state
when that is lost), keeps one session per folder, and keeps its drafts in step with it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path

from planner.core.programme import ProgrammeOfWork
from planner.errors import OutputError
from planner.export.report.draft import DRAFTS_FOLDER
from planner.files import recorded_in

DRAFT_LANGUAGES = ("en", "zh")  # the summary-report drafts' (templates/summary_report.<code>.yaml)


def previous_programme(out_dir: Path) -> ProgrammeOfWork | None:
    """The programme planner last wrote here, if any (and if still readable)."""
    path = Path(out_dir) / "programme.json"
    if not path.is_file():
        return None
    try:
        return ProgrammeOfWork.model_validate_json(path.read_bytes())
    except ValueError:
        return None  # not ours any more (edited beyond reading): plan afresh


def published_starts(out_dir: Path, previous: ProgrammeOfWork | None) -> dict[str, dt.datetime]:
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


def same_session(previous: ProgrammeOfWork | None, programme: ProgrammeOfWork, out_dir: Path) -> None:
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


def draft_languages(out_dir: Path, language: str) -> set[str]:
    """The language asked for, and those of drafts planner wrote here before (`report --language
    zh`): a plan keeps every draft in step with it, not only those of its own language."""
    recorded = (draft_of(name) for name in recorded_in(out_dir))
    return {language} | {draft[1] for draft in recorded if draft and draft[1] in DRAFT_LANGUAGES}


def draft_of(name: str) -> tuple[str, str] | None:
    """A draft's output name as (its meeting's part, its language): "summary-reports/summary-report-
    hrc46-<id>.en.docx" -> ("summary-reports/summary-report-hrc46-<id>", "en"); None for other files."""
    parts = name.rsplit(".", 2)
    return (parts[0], parts[1]) if name.startswith(f"{DRAFTS_FOLDER}/") and len(parts) == 3 else None


def drafts_left(out_dir: Path, files: dict[str, bytes]) -> list[Path]:
    """Drafts an earlier plan wrote for meetings this one no longer holds: still there, perhaps
    already worked on, so kept and named rather than deleted."""
    planned = {draft[0] for name in files if (draft := draft_of(name))}
    return [
        out_dir / name
        for name in sorted(recorded_in(out_dir))
        if (draft := draft_of(name)) and draft[0] not in planned and (out_dir / name).is_file()
    ]


SAMPLE_SESSION = Path("sample_sessions") / "hrc46"


def default_output(session_dir: Path) -> Path:
    """One session, one output folder wherever planner runs: out/<name> beside the session folder
    (`planner plan hrc23` and `cd hrc23 && planner plan` both write ../out/hrc23 from hrc23). The
    bundled sample, inside the installed package, goes to out/hrc46 under the current folder."""
    folder = session_dir.resolve()
    if folder in _samples():  # a demo, written where the README's first line says
        return Path("out") / folder.name
    return _shown_path(folder.parent / "out" / folder.name)


def _samples() -> set[Path]:
    """The bundled sample, in the checkout (beside this code, or where planner runs, as `planner
    plan` finds it) and in the installed package."""
    from importlib import resources

    found = {(Path(__file__).resolve().parents[2] / SAMPLE_SESSION).resolve(), SAMPLE_SESSION.resolve()}
    with contextlib.suppress(ModuleNotFoundError):
        found.add(Path(str(resources.files("planner.sample_sessions").joinpath("hrc46"))).resolve())
    return found


def _shown_path(path: Path) -> Path:
    """The path relative to the current folder where it is inside it or beside it (../out/hrc23), for
    the lines planner prints; else as it is."""
    try:
        return Path(os.path.relpath(path))
    except ValueError:  # another drive on Windows
        return path
