"""`planner plan` and `planner report`: a session's programme of work and its report drafts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from planner.cli.base import OUT, listed, main, one_line_errors
from planner.errors import OutputError, PlannerError

if TYPE_CHECKING:
    from planner.pipeline.write import PlanResult


SAMPLE_SESSION = Path("sample_sessions") / "hrc46"


@main.command()
@click.argument("session_dir", required=False, type=click.Path(path_type=Path))
@click.option(
    "--out",
    type=OUT,
    default=None,
    help="Output folder (default: out/<session folder name> beside the session folder).",
)
@click.option("--force", is_flag=True, help="Replace output files even if someone has edited them.")
@click.option(
    "--language",
    type=click.Choice(["en", "zh"]),
    default="en",
    show_default=True,
    help="Language of the summary-report drafts.",
)
@one_line_errors
def plan(session_dir: Path | None, out: Path | None, force: bool, language: str) -> None:
    """Build the programme of work of a session, with its calendar and report drafts.

    SESSION_DIR holds session.toml and a resolutions/ folder. Without it, the current
    folder is planned if it holds a session.toml, else the bundled sample session (the 46th, 2021).
    """
    from planner.pipeline.output_folder import default_output
    from planner.pipeline.plan import session_folder
    from planner.pipeline.write import run_plan

    session_dir = session_folder(session_dir or _default_session())
    out = out or default_output(session_dir)
    if out.exists() and not out.is_dir():
        raise OutputError("is a file, not a folder; give --out a folder", path=out)
    result = run_plan(session_dir, out, force=force, language=language)
    click.echo(_plan_summary(result), nl=False)
    click.echo(f"\nWrote {len(result.written)} file(s) to {out}/ ({len(result.unchanged)} already up to date)")


def _plan_summary(result: PlanResult) -> str:
    from planner.export.programme.summary import summary_text

    text = summary_text(result.programme) + "\n" + "\n".join(result.notes) + "\n"
    text += listed("Kept as you edited them, so they do not show this plan (--force replaces them):", result.kept)
    text += listed("Replaced although edited (--force):", result.replaced)
    text += listed("Drafts of meetings no longer in this plan (kept; delete them if they are not needed):", result.left)
    text += listed("Check these resolution texts (not read, or read with doubts):", result.problems)
    return text + (f"\nVersion date: {result.same_version}\n" if result.same_version else "")


def _default_session() -> Path:
    """The folder planner runs in, if it is a session folder; else the bundled sample."""
    from planner.sessions import FILE_NAME

    return Path(".") if Path(FILE_NAME).is_file() else _sample_session()


def _sample_session() -> Path:
    """The bundled sample: from the checkout when run there, else the copy in the package."""
    if (SAMPLE_SESSION / "session.toml").exists():
        return SAMPLE_SESSION
    from importlib import resources

    try:
        return Path(str(resources.files("planner.sample_sessions").joinpath("hrc46")))
    except ModuleNotFoundError:
        raise PlannerError("this installation has no sample session; give a session folder") from None


@main.command()
@click.argument("meeting_id")
@click.argument("session_dir", required=False, type=click.Path(path_type=Path))
@click.option(
    "--out",
    type=OUT,
    default=None,
    help="Output folder (default: out/<session folder name>/summary-reports beside the session folder).",
)
@click.option(
    "--language", type=click.Choice(["en", "zh"]), default="en", show_default=True, help="Language of the draft."
)
@click.option(
    "--template",
    type=click.Path(path_type=Path),
    default=None,
    help="Your own Word template (its styles must match the shipped one's).",
)
@click.option("--force", is_flag=True, help="Replace the draft even if someone has edited it.")
@one_line_errors
def report(
    meeting_id: str, session_dir: Path | None, out: Path | None, language: str, template: Path | None, force: bool
) -> None:
    """Write the summary-report draft of one meeting of a session's plan.

    MEETING_ID is the meeting's id as `planner plan` shows it (for example
    a-hrc-res-43-21-op8-s46), or its resolution and paragraph ("43/21 op8"). SESSION_DIR
    as for `planner plan`: without it, the current folder if it holds a session.toml, else
    the bundled sample.
    """
    from planner.export.report.draft import DRAFTS_FOLDER
    from planner.pipeline.output_folder import default_output
    from planner.pipeline.plan import session_folder
    from planner.pipeline.report import run_report

    session_dir = session_folder(session_dir or _default_session())
    out = out or default_output(session_dir) / DRAFTS_FOLDER
    path = run_report(session_dir, meeting_id, out, force=force, language=language, template=template)
    click.echo(f"wrote {path}")
