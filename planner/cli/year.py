"""`planner year`: the Council's year, with the intersessional meetings."""

from __future__ import annotations

from pathlib import Path

import click

from planner.cli.base import OUT, listed, main, one_line_errors
from planner.errors import OutputError


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
    click.echo(listed("Kept as you edited them (--force replaces them):", result.kept), nl=False)
    click.echo(listed("Check these resolution texts (not read, or read with doubts):", result.problems), nl=False)
    click.echo(f"\nWrote {len(result.written)} file(s) to {out}/ ({len(result.unchanged)} already up to date)")
