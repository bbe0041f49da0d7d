"""The `planner` group and what every command shares: one-line errors, stops, output paths.

Exit codes: 0 done; 1 an input could not be used (the message names the file);
2 the command line itself is wrong (click's usage errors); 130 stopped.
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
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

import click

from planner.errors import OutputError, PlannerError

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
    `serve` collect again once started (`collect_from_here`)."""
    gc.disable()
    atexit.unregister(gc.freeze)  # once a process, however many commands a test runs
    atexit.register(gc.freeze)  # the pass at exit skips what is frozen: the process ends
    click.get_current_context().call_on_close(_collect_again)  # the caller's process (tests) gets it back


def collect_from_here() -> None:
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


def listed(heading: str, entries: Sequence[object]) -> str:
    return f"\n{heading}\n" + "".join(f"  - {entry}\n" for entry in entries) if entries else ""
