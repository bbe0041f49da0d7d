"""Benchmark: `planner plan` on the bundled sample against the floor of importing its libraries.

    python bench/bench_plan.py [--runs 7]

Both are timed as fresh processes (what a user waits for), median of --runs. The floor is
`python -c "import docx, icalendar, pydantic"`: no planner can start faster than the
libraries it writes with.
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


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    floor = median_seconds([sys.executable, "-c", "import docx, icalendar, pydantic"], args.runs)
    with tempfile.TemporaryDirectory() as out:
        plan = median_seconds([sys.executable, "-m", "planner", "plan", str(SAMPLE), "--out", out], args.runs)
    print(f"import floor (docx, icalendar, pydantic): {floor:.3f} s")
    print(f"planner plan on the sample session:        {plan:.3f} s")
    print(f"ratio: {plan / floor:.2f}")


if __name__ == "__main__":
    main()
