"""Outputs do not depend on the machine's language: no locale-dependent date format in planner/.

strftime's %a, %A, %b and %B print day and month names in the locale's language ("lun.",
"févr." on a French desktop); UN documents want English names, from planner/un_style.py.
"""

from __future__ import annotations

import re
from pathlib import Path

PLANNER = Path(__file__).resolve().parents[1] / "planner"
LOCALE_NAMES = re.compile(r"%[aAbB]")


def test_no_locale_dependent_day_or_month_names():
    offenders = [
        f"{path.relative_to(PLANNER)}:{number}"
        for path in sorted(PLANNER.rglob("*.py"))
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if LOCALE_NAMES.search(line)
    ]

    assert offenders == []
