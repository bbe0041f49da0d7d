"""The `planner` command: thin commands over the library, errors as one line each.

Exit codes: 0 done; 1 an input could not be used (the message names the file);
2 the command line itself is wrong (click's usage errors).
"""

from __future__ import annotations

import functools
import io
import os
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from planner.errors import OutputError, PlannerError

if TYPE_CHECKING:
    from planner.pipeline.write import PlanResult

LANGUAGES = ["ar", "en", "es", "fr", "ru", "zh"]


class _OutPath(click.Path):
    """A path for --out: an empty one (`--out ""`) is a mistake, not the current folder."""

    def convert(self, value, param, ctx):
        if isinstance(value, str) and not value.strip():
            self.fail("is empty; give a file or folder name", param, ctx)
        return super().convert(value, param, ctx)


OUT = _OutPath(path_type=Path)


def _fail(err: PlannerError) -> None:
    click.echo(f"planner: error: {err}", err=True)
    sys.exit(err.exit_code)


def one_line_errors(command):
    """Every error a command meets ends as one line and exit code 1, never a traceback."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except PlannerError as err:
            _fail(err)
        except BrokenPipeError:
            # The reader of the output stopped early (`planner extract ... | head`): nothing to say.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(141)
        except OSError as err:  # the disk, not the input: a full disk, a folder in the way, no permission
            if err.filename is None:  # no file named: what planner prints (to a file the shell redirects to?)
                _fail(
                    OutputError(
                        f"cannot print the output ({err.strerror or err}); if it goes to a file, check its disk"
                    )
                )
            _fail(OutputError(f"{err.strerror or err}; check the folder and try again", path=err.filename))
        except KeyboardInterrupt:
            click.echo("planner: stopped", err=True)
            sys.exit(130)

    return run


class _Planner(click.Group):
    """click's group, with a wrong command line told in one line like every other error."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:  # a caller that handles click's exceptions itself
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.UsageError as err:
            if err.ctx is not None and isinstance(err, getattr(click.exceptions, "NoArgsIsHelpError", ())):
                click.echo(err.ctx.get_help())  # `planner` alone: what it can do
                sys.exit(0)
            command = _command_name(err.ctx)
            click.echo(f"{command}: usage error: {err.format_message()} (see {command} --help)", err=True)
            sys.exit(err.exit_code)
        except click.ClickException as err:
            err.show()
            sys.exit(err.exit_code)
        except click.Abort:
            click.echo("planner: stopped", err=True)
            sys.exit(130)
        sys.exit(code if isinstance(code, int) else 0)


def _command_name(ctx: click.Context | None) -> str:
    """ "planner plan" as the user types it, whatever the program was started as (python -m planner)."""
    names: list[str] = []
    while ctx is not None and ctx.parent is not None:
        names.append(ctx.info_name or "")
        ctx = ctx.parent
    return " ".join(["planner", *reversed(names)])


@click.group(cls=_Planner, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="planner")
def main() -> None:
    """Plan Human Rights Council sessions from the resolutions that mandate their meetings."""
    # planner uses no pydantic plugins; without this, pydantic reads the metadata of every
    # installed package to look for some when the first model is built (about 15 ms a run).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    # A stop by `kill` or a closing terminal is a stop like Ctrl-C: temporary files are cleared.
    if threading.current_thread() is threading.main_thread():  # only there may a handler be set
        signal.signal(signal.SIGTERM, _stop)


def _stop(signum, frame) -> None:
    raise KeyboardInterrupt


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default=None,
    help="table (default on a terminal) or json (default otherwise).",
)
@click.option(
    "--session", type=click.IntRange(1, 200), default=None, help="Adopting session, for texts that carry no header."
)
@click.option("--language", type=click.Choice(LANGUAGES), default=None, help="Force the language of the texts.")
@click.option("--out", type=OUT, default=None, help="Write to this file instead of the screen.")
@click.option("--force", is_flag=True, help="Replace the --out file even if planner did not write it.")
@one_line_errors
def extract(
    paths: tuple[Path, ...],
    fmt: str | None,
    session: int | None,
    language: str | None,
    out: Path | None,
    force: bool,
) -> None:
    """Find the meetings and reports that resolutions mandate, with the words they come from.

    PATHS are .txt, .docx or .pdf files, or folders of them.
    """
    from planner.export.extraction import json_chunks, table_chunks
    from planner.pipeline.resolutions import expand, extract_file

    if out == Path("-"):  # the usual name for the screen
        out = None
    fmt = fmt or ("table" if sys.stdout.isatty() and out is None else "json")
    # A folder read again may hold the last run's output: expand leaves planner's own files out.
    files = expand(paths)
    if out is not None and any(_same_file(out, path) for path in files):
        raise click.BadParameter(f"{out} is one of the files to read; give another file", param_hint="--out")
    failed: list[PlannerError] = []

    def documents():
        with _progress(files) as shown:
            for path in shown:
                try:
                    yield extract_file(path, session=session, language=language)
                except PlannerError as err:
                    failed.append(err)
                    click.echo(f"planner: error: {err}", err=True)

    chunks = json_chunks(documents()) if fmt == "json" else table_chunks(documents())
    if out is None:
        for chunk in chunks:
            click.echo(chunk, nl=False)
    else:
        from planner.files import owned_writer

        with owned_writer(out, force=force) as write:
            for chunk in chunks:
                write(chunk.encode("utf-8"))
        click.echo(f"wrote {out} ({len(files) - len(failed)} document(s))", err=True)
    if failed:
        sys.exit(1)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except (OSError, ValueError):  # either is not there (or is no name a file can have)
        return False


PROGRESS_FROM = 20  # files; fewer finish before a bar would be worth drawing


def _progress(files: list[Path]):
    """A progress bar on the terminal for long runs; silent when output goes to a file or pipe."""
    shown = sys.stderr.isatty() and len(files) >= PROGRESS_FROM
    return click.progressbar(files, label="Reading resolutions", file=sys.stderr if shown else io.StringIO())


SAMPLE_SESSION = Path("sample_sessions") / "hrc46"


@main.command()
@click.argument("session_dir", required=False, type=click.Path(path_type=Path))
@click.option("--out", type=OUT, default=None, help="Output folder (default: out/<session folder name>).")
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
    from planner.pipeline.plan import session_folder
    from planner.pipeline.write import run_plan

    session_dir = session_folder(session_dir or _default_session())
    out = out or Path("out") / session_dir.resolve().name
    if out.exists() and not out.is_dir():
        raise OutputError("is a file, not a folder; give --out a folder", path=out)
    result = run_plan(session_dir, out, force=force, language=language)
    click.echo(_plan_summary(result), nl=False)
    click.echo(f"\nWrote {len(result.written)} file(s) to {out}/ ({len(result.unchanged)} already up to date)")


def _plan_summary(result: PlanResult) -> str:
    from planner.export.programme.summary import summary_text

    text = summary_text(result.programme) + "\n" + "\n".join(result.notes) + "\n"
    text += _listed("Kept as you edited them, so they do not show this plan (--force replaces them):", result.kept)
    text += _listed("Replaced although edited (--force):", result.replaced)
    text += _listed(
        "Drafts of meetings no longer in this plan (kept; delete them if they are not needed):", result.left
    )
    return text + _listed("Check these resolution texts (not read, or read with doubts):", result.problems)


def _listed(heading: str, entries: Sequence[object]) -> str:
    return f"\n{heading}\n" + "".join(f"  - {entry}\n" for entry in entries) if entries else ""


def _default_session() -> Path:
    """The folder planner runs in, if it is a session folder; else the bundled sample."""
    from planner.sessions.session_file import FILE_NAME

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
    help="Output folder (default: out/<session folder name>/summary-reports).",
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
    from planner.pipeline.plan import session_folder
    from planner.pipeline.report import run_report

    session_dir = session_folder(session_dir or _default_session())
    out = out or Path("out") / session_dir.resolve().name / DRAFTS_FOLDER
    path = run_report(session_dir, meeting_id, out, force=force, language=language, template=template)
    click.echo(f"wrote {path}")


@main.command()
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8046, show_default=True, help="Port; 0 picks a free one."
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; another than 127.0.0.1 serves the team (the login token is always required).",
)
@click.option(
    "--db", default=None, help="Database URL (default: SQLite in your data folder), e.g. postgresql+psycopg://..."
)
@click.option("--name", "names", multiple=True, help="Another host name people type to reach a team server.")
@click.option("--no-browser", is_flag=True, help="Print the address without opening it.")
@one_line_errors
def serve(port: int, host: str, db: str | None, names: tuple[str, ...], no_browser: bool) -> None:
    """Run the web app: sessions, resolutions, corrections, the programme grid, releases.

    Prints http://127.0.0.1:PORT/?token=... (the token logs the browser in) and opens it.
    Needs the web extra: pip install 'planner[web]'.
    """
    try:
        from planner.web.server import serve as run_server
    except ImportError as err:
        raise PlannerError(f"the web app is not installed ({err.name} is missing): pip install '.[web]'") from None
    run_server(host=host, port=port, db=db, names=names, open_browser=not no_browser, say=click.echo)


@main.command()
@click.argument("year", type=click.IntRange(2006, 2100))
@click.argument("year_dir", required=False, type=click.Path(path_type=Path))
@click.option("--out", type=OUT, default=None, help="Output folder (default: out/year<YEAR>).")
@click.option("--force", is_flag=True, help="Replace output files even if someone has edited them.")
@one_line_errors
def year(year: int, year_dir: Path | None, out: Path | None, force: bool) -> None:
    """Plan the Council's year: its three sessions and the sessions of its working groups, forums,
    expert mechanisms and the UPR Working Group between them.

    YEAR_DIR holds year.toml (session dates, holidays, rooms, bodies added, retired or moved, pins)
    and, if any, resolutions/ whose orders for a body's session outrank the built-in register.
    Without it, the year is planned from the built-in facts alone.
    """
    from planner.export.year.summary import year_summary
    from planner.pipeline.year import run_year

    out = out or Path("out") / f"year{year}"
    if out.exists() and not out.is_dir():
        raise OutputError("is a file, not a folder; give --out a folder", path=out)
    result = run_year(year, year_dir, out, force=force)
    click.echo(year_summary(result.plan) + "\n".join(result.notes) + "\n", nl=False)
    click.echo(_listed("Kept as you edited them (--force replaces them):", result.kept), nl=False)
    click.echo(_listed("Check these resolution texts (not read, or read with doubts):", result.problems), nl=False)
    click.echo(f"\nWrote {len(result.written)} file(s) to {out}/ ({len(result.unchanged)} already up to date)")
