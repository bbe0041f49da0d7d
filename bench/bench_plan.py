"""Benchmark: `planner plan` on the bundled sample against the floor of importing its libraries.

    python bench/bench_plan.py [--runs 7]

Everything is timed as a fresh process (what a user waits for), median of --runs. The floor
is `python -c "import docx, icalendar, pydantic"`: no planner can start faster than the
libraries it writes with. The steps between floor and plan show where the rest goes.
"""

from __future__ import annotations

import argparse
import os
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


def installed_env() -> dict[str, str]:
    """The environment of the timed processes: bytecode cached, as for a planner `pip` installed.

    A shell with PYTHONDONTWRITEBYTECODE set (or a read-only checkout run in place) compiles
    planner's modules again in every process, some 0.1 s that an installed planner never pays:
    the bytecode goes to a folder of its own (PYTHONPYCACHEPREFIX), kept for the whole run."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = os.environ.get("PYTHONPYCACHEPREFIX") or _PYCACHE
    return env


_PYCACHE = tempfile.mkdtemp(prefix="planner-bench-pycache-")


def median_seconds(command: list[str], runs: int, fresh_folder: bool = False) -> float:
    env = installed_env()
    times = []
    for _ in range(runs + 1):  # the first, untimed, compiles the bytecode
        with tempfile.TemporaryDirectory() as out:
            start = time.perf_counter()
            subprocess.run([*command, out] if fresh_folder else command, check=True, stdout=subprocess.DEVNULL, env=env)
            times.append(time.perf_counter() - start)
    return statistics.median(times[1:])


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
