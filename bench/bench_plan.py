"""Benchmark: `planner plan` on the bundled sample against the floor of importing its libraries.

    python bench/bench_plan.py [--runs 7]

Everything is timed as a fresh process (what a user waits for), median of --runs. The floor
is `python -c "import docx, icalendar, pydantic"`: no planner can start faster than the
libraries it writes with. The steps between floor and plan show where the rest goes.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "sample_sessions" / "hrc46"
FLOOR = "import docx, icalendar, pydantic"
STEPS = [
    ("interpreter alone", "pass"),
    ("floor: " + FLOOR, FLOOR),
    # `import pydantic` defers BaseModel; any pydantic model pays for it on first use.
    ("floor + pydantic.BaseModel", FLOOR + "; from pydantic import BaseModel"),
    ("floor + BaseModel + click, yaml", FLOOR + "; from pydantic import BaseModel; import click, yaml"),
    (
        "every module plan imports, no work",
        "import planner.cli, planner.pipeline.plan, planner.pipeline.resolutions, "
        "planner.export.calendar.session_calendar, planner.export.report.draft",
    ),
]


def median_seconds(command: list[str], runs: int, fresh_folder: bool = False) -> float:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            subprocess.run([*command, out] if fresh_folder else command, check=True, stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    timings = {name: median_seconds([sys.executable, "-c", code], args.runs) for name, code in STEPS}
    plan = [sys.executable, "-m", "planner", "plan", str(SAMPLE), "--out"]
    timings["planner plan, empty output folder"] = median_seconds(plan, args.runs, fresh_folder=True)
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([*plan, out], check=True, stdout=subprocess.DEVNULL)
        timings["planner plan again, outputs unchanged"] = median_seconds([*plan, out], args.runs)
    floor = timings["floor: " + FLOOR]
    for name, seconds in timings.items():
        print(f"{name:45s} {seconds:6.3f} s  {seconds / floor:5.2f} x floor")


if __name__ == "__main__":
    main()
