"""Benchmark: the Word reader against its own twin from an earlier commit, side by side.

    python bench/bench_word.py [--against 81f278c] [--repeat 20] [FILE.docx ...]

The earlier reader (planner/read/word.py as it was at --against; by default the commit before
issue 19's rounds) is loaded from git beside today's, both read each file in turn (interleaved,
best of --repeat), and the lines they give are checked to be the same; beside them python-docx
opening the file, what the reader paid before it opened only the parts it reads. Without files,
the Word texts of tests/data/resolutions.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx

from planner.read.word import read_docx

ROOT = Path(__file__).resolve().parents[1]
ISSUE_DAY = "81f278c"  # the last commit before the rounds of issue 19 touched the reader


def reader_at(commit: str):
    """planner/read/word.py as it was at the commit, loaded as a module of its own."""
    source = subprocess.run(
        ["git", "show", f"{commit}:planner/read/word.py"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    path = Path(tempfile.mkdtemp(prefix="planner-word-")) / "word_then.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("word_then", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.read_docx


def seconds(read, path: Path) -> float:
    start = time.perf_counter()
    read(path)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--against", default=ISSUE_DAY)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    then = reader_at(args.against)
    files = args.files or sorted((ROOT / "tests" / "data" / "resolutions").glob("*.docx"))
    for path in files:
        if then(path) != read_docx(path):
            sys.exit(f"{path.name}: the two readers give different lines")
        best = {"then": float("inf"), "now": float("inf"), "python-docx": float("inf")}
        for _ in range(args.repeat):  # interleaved: a busy moment slows all alike
            best["then"] = min(best["then"], seconds(then, path))
            best["now"] = min(best["now"], seconds(read_docx, path))
            best["python-docx"] = min(best["python-docx"], seconds(docx.Document, str(path)))
        print(
            f"{path.name}: {args.against} {best['then'] * 1000:.2f} ms, today {best['now'] * 1000:.2f} ms "
            f"({best['then'] / best['now']:.2f}x); python-docx opening it {best['python-docx'] * 1000:.2f} ms"
        )


if __name__ == "__main__":
    main()
