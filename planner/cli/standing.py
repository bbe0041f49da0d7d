"""`planner standing`: the built-in standing mandates, with their usual session and day."""

from __future__ import annotations

import click

from planner.cli.base import main, one_line_errors


@main.command()
@click.option("--session", type=click.IntRange(1, 200), default=None, help="Only those that fall due at this session.")
@one_line_errors
def standing(session: int | None) -> None:
    """List the standing mandates built into planner: the recurring meetings planned without their
    resolution, with the id session.toml names them by ([standing] retire and themes, pins).
    """
    from planner.sessions.standing import standing_listing

    click.echo(standing_listing(session), nl=False)
