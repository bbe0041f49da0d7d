"""The curated API: every name resolves, and importing planner alone loads no library."""

from __future__ import annotations

import subprocess
import sys

import planner


def test_every_name_of_the_api_resolves():
    missing = [name for name in planner.__all__ if getattr(planner, name, None) is None]
    assert missing == []


def test_importing_planner_loads_no_library():
    code = (
        "import sys, planner; print(sorted(m for m in ('docx', 'icalendar', 'pydantic', 'click') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "[]\n"


def test_extract_file_through_the_api_reads_the_seed(resolution_file):
    extraction = planner.extract_file(resolution_file("a-hrc-43-l-draft-43-21.zh.txt"))
    assert [(m.paragraph, m.session, m.agenda_item) for m in extraction.meetings] == [(8, 46, 3)]
