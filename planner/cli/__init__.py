"""The `planner` command: thin commands over the library, all terminal text here.

    planner extract   the mandates of resolution texts          (extract.py)
    planner plan      a session's programme of work, every file  (plan.py)
    planner report    one summary-report draft                   (plan.py)
    planner year      the Council's year                         (year.py)
    planner serve     the web app                                (serve.py)
    planner standing  the built-in standing mandates             (standing.py)

The group, one-line errors, stops and output paths are in base.py.
"""

from planner.cli import extract, plan, serve, standing, year  # noqa: F401  (each adds its command to main)
from planner.cli.base import main

__all__ = ["main"]
