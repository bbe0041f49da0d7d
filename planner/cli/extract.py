"""`planner extract`: the mandates of resolution texts, as a table or the JSON contract."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from planner.cli.base import LANGUAGES, OUT_FILE, collect_from_here, main, one_line_errors
from planner.errors import PlannerError


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

    PATHS are .txt, .docx, .pdf, .doc, .odt or .rtf files, or folders of them.
    """
    from planner.export.extraction import json_chunks, json_document, table_chunks, table_document
    from planner.pipeline.resolutions import check_not_session_folders, expand, extract_files

    collect_from_here()  # an archive may hold any number of files: memory stays flat
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
        render = json_document if fmt == "json" else table_document
        results = extract_files(files, render, jobs=jobs, session=session, language=language)
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
