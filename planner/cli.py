"""The `planner` command: thin commands over the library, errors as one line each.

Exit codes: 0 done; 1 an input could not be used (the message names the file);
2 the command line itself is wrong (click's usage errors).
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import gc
import io
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

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


class _OutFile(_OutPath):
    """A path for a file to write (`extract --out`): a folder's name (`newdir/`, an existing folder)
    would otherwise become a file of that name, or fail at the very end."""

    def convert(self, value, param, ctx):
        if isinstance(value, str) and value.strip() and (value.endswith(("/", os.sep)) or Path(value).is_dir()):
            self.fail(f"{value} is a folder name; give a file name", param, ctx)
        return super().convert(value, param, ctx)


OUT_FILE = _OutFile(path_type=Path)


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
            _stopped()

    return run


class _Planner(click.Group):
    """click's group, with a wrong command line told in one line like every other error."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:  # a caller that handles click's exceptions itself
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        _forgiving_console()
        previous = _catch_stops()
        try:
            try:
                self._run(args, prog_name, complete_var, **extra)
            finally:
                # The run is over: a stop now must not kill the process half-way through exiting
                # (Python restores the default action while it shuts down: a `kill` there gave -15).
                # A process's own command line (args None) ignores it; a caller gets its handler back.
                _release_stops(signal.SIG_IGN if args is None else previous)
        except KeyboardInterrupt:  # a stop that came between the command's end and here
            _stopped()
        finally:
            if _STOPS and args is None:  # this process was stopped: it ends so, whatever the stop broke
                _exit_stopped()

    def _run(self, args, prog_name, complete_var, **extra) -> None:
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
            _stopped()
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
    _no_collections_while_starting()


def _no_collections_while_starting() -> None:
    """Importing the libraries and building the models allocates a lot and frees little: the
    garbage collector's passes over it cost some 8% of `planner plan`, and its last pass over
    everything at exit as much again. A command's work is a session or two, so collections wait
    for the end of the command; `extract`, whose archives may hold any number of files, and
    `serve` collect again once started (`_collect_from_here`)."""
    gc.disable()
    atexit.unregister(gc.freeze)  # once a process, however many commands a test runs
    atexit.register(gc.freeze)  # the pass at exit skips what is frozen: the process ends
    click.get_current_context().call_on_close(_collect_again)  # the caller's process (tests) gets it back


def _collect_from_here() -> None:
    """What start-up built stays (frozen, never looked at again); what comes after is collected."""
    gc.freeze()
    gc.enable()


def _collect_again() -> None:
    # Frozen and thawed: every object moves to the oldest generation without a pass over them
    # (enabling the collector with them young would start one at once).
    gc.freeze()
    gc.unfreeze()
    gc.enable()


def _forgiving_console() -> None:
    """Text the console's encoding cannot show (Chinese under cp1252, as Windows sets it when the
    output is redirected) is written escaped, never a crash; JSON is written as UTF-8 bytes."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")


def _catch_stops():
    """A stop by `kill` or a closing terminal is a stop like Ctrl-C (temporary files are cleared),
    from before the command line is read to the end of the run. Returns the handler it replaced."""
    _STOPS.clear()
    _SAID.clear()
    if threading.current_thread() is not threading.main_thread():  # only there may a handler be set
        return None
    return signal.signal(signal.SIGTERM, _stop)


def _release_stops(handler) -> None:
    if handler is not None and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, handler)


_STOPS: list[int] = []  # the stops this process was sent
_SAID: list[bool] = []  # whether "planner: stopped" was said


def _stop(signum, frame) -> None:
    _STOPS.append(signum)
    raise KeyboardInterrupt


def _stopped() -> NoReturn:
    if not _SAID:
        _SAID.append(True)
        click.echo("planner: stopped", err=True)
    sys.exit(130)


def _exit_stopped() -> NoReturn:
    """End a stopped run with 130, files closed and temporary files cleared by now, even when the
    stop broke something on its way (an import, a library that turned it into its own error, a
    callback that swallowed it) or Python's own shutdown would end it by a signal."""
    with contextlib.suppress(SystemExit):
        _stopped()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(130)


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
@click.option("--out", type=OUT_FILE, default=None, help="Write to this file instead of the screen.")
@click.option("--force", is_flag=True, help="Replace the --out file even if planner did not write it.")
@click.option(
    "--jobs",
    type=click.IntRange(1, 256),
    default=None,
    help="Processes reading the files at once (default: the machine's cores; 1 reads them one by one).",
)
@one_line_errors
def extract(
    paths: tuple[Path, ...],
    fmt: str | None,
    session: int | None,
    language: str | None,
    out: Path | None,
    force: bool,
    jobs: int | None,
) -> None:
    """Find the meetings and reports that resolutions mandate, with the words they come from.

    PATHS are .txt, .docx or .pdf files, or folders of them.
    """
    from planner.export.extraction import json_chunks, table_chunks
    from planner.pipeline.plan import check_not_session_folders
    from planner.pipeline.resolutions import expand, extract_files

    _collect_from_here()  # an archive may hold any number of files: memory stays flat
    if out == Path("-"):  # the usual name for the screen
        out = None
    fmt = fmt or ("table" if sys.stdout.isatty() and out is None else "json")
    # A folder read again may hold the last run's output: expand leaves planner's own files out.
    check_not_session_folders(paths)
    files = expand(paths)
    if out is not None and any(_same_file(out, path) for path in files):
        raise click.BadParameter(f"{out} is one of the files to read; give another file", param_hint="--out")
    failed: list[PlannerError] = []

    def documents():
        # In the order of the files whatever --jobs is; a file that cannot be read is one line.
        results = extract_files(files, jobs=jobs, session=session, language=language)
        with _progress(files, results) as shown:
            for result in shown:
                if isinstance(result, PlannerError):
                    failed.append(result)
                    click.echo(f"planner: error: {result}", err=True)
                else:
                    yield result

    chunks = json_chunks(documents()) if fmt == "json" else table_chunks(documents())
    if out is None:
        for chunk in chunks:  # JSON is UTF-8 whatever the console's encoding; a table is text for it
            click.echo(chunk.encode("utf-8") if fmt == "json" else chunk, nl=False)
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


def _progress(files: list[Path], results: Iterator):
    """A progress bar on the terminal for long runs; silent when output goes to a file or pipe."""
    shown = sys.stderr.isatty() and len(files) >= PROGRESS_FROM
    return click.progressbar(
        results, length=len(files), label="Reading resolutions", file=sys.stderr if shown else io.StringIO()
    )


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
    _collect_from_here()  # a server runs for days
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


@main.command()
@click.option("--session", type=click.IntRange(1, 200), default=None, help="Only those that fall due at this session.")
@one_line_errors
def standing(session: int | None) -> None:
    """List the standing mandates built into planner: the recurring meetings planned without their
    resolution, with the id session.toml names them by ([standing] retire and themes, pins).
    """
    from planner.sessions.standing import standing_listing

    click.echo(standing_listing(session), nl=False)
