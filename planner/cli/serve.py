"""`planner serve`: the web app for secretariat staff."""

from __future__ import annotations

import click

from planner.cli.base import collect_from_here, main, one_line_errors
from planner.errors import PlannerError


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
    collect_from_here()  # a server runs for days
    run_server(host=host, port=port, db=db, names=names, open_browser=not no_browser, say=click.echo)
