"""Benchmark: extraction throughput against the floor of reading and splitting the files.

    python bench/corpus.py /tmp/corpus --megabytes 50             # a session's mix
    python bench/bench_extract.py /tmp/corpus
    python bench/corpus.py /tmp/dense --megabytes 50 --profile dense
    python bench/bench_extract.py /tmp/dense                       # mandates on every page

The floor reads every file and splits it into paragraphs (what any extractor must do);
the full run extracts mandates. Both on one core, in the same process, best of --repeat.
Peak memory is measured on the full run with the results dropped as they stream out,
for half the corpus and for all of it: it should not grow with the number of documents.

--jobs N also times `planner extract --jobs N` against its one-process twin `--jobs 1`,
each a fresh process writing the JSON to /dev/null (best of --repeat), with the peak
memory (RSS) of the run. --shapes times the paragraph shapes of tests/test_speed_paragraphs.py
(each some 190,000 characters of one repeated phrase), the slowest first. Word files:
bench_word.py.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from bench_plan import installed_env

from planner.extract.language import detect_language
from planner.extract.layout import blocks
from planner.extract.lexicon import lexicon
from planner.pipeline.resolutions import extract_file
from planner.read import read_lines


def floor(paths: list[Path]) -> None:
    for path in paths:
        lines = read_lines(path)
        blocks(lines, lexicon(detect_language(lines)))


def full(paths: list[Path]) -> int:
    found = 0
    for path in paths:
        found += len(extract_file(path).meetings)
    return found


def best(run, paths: list[Path], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run(paths)
        times.append(time.perf_counter() - start)
    return min(times)


def peak_memory(paths: list[Path]) -> float:
    tracemalloc.start()
    full(paths)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1024 / 1024


def command_seconds(corpus: Path, jobs: int) -> tuple[float, float]:
    """Wall time of one `planner extract --jobs N` on the corpus, and the largest RSS in MB of its
    processes (the run's own, or a worker's)."""
    command = [sys.executable, "-m", "planner", "extract", "--format", "json", "--jobs", str(jobs), str(corpus)]
    env = installed_env()  # bytecode cached, as installed: no module compiled again in every run
    start = time.perf_counter()
    run = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(run.pid, 0)
    seconds = time.perf_counter() - start
    run.returncode = os.waitstatus_to_exitcode(status)
    if run.returncode:
        sys.exit(f"planner extract --jobs {jobs} failed ({run.returncode})")
    return seconds, usage.ru_maxrss / 1024


def jobs_figures(corpus: Path, jobs: int, repeat: int, size: float) -> None:
    """--jobs N beside --jobs 1, run in turn (a busy moment of a shared machine slows both alike),
    best of `repeat` each."""
    one, many, one_peak, many_peak = float("inf"), float("inf"), 0.0, 0.0
    for _ in range(repeat):
        seconds, peak = command_seconds(corpus, 1)
        one, one_peak = min(one, seconds), max(one_peak, peak)
        seconds, peak = command_seconds(corpus, jobs)
        many, many_peak = min(many, seconds), max(many_peak, peak)
    print(f"planner extract --jobs 1:  {one:.2f} s  {size / one:.1f} MB/s  (largest process {one_peak:.0f} MB)")
    print(f"planner extract --jobs {jobs}:  {many:.2f} s  {size / many:.1f} MB/s  (largest process {many_peak:.0f} MB)")
    print(f"speed-up --jobs {jobs} / --jobs 1: {one / many:.2f}")


def shapes_figures() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from test_speed_paragraphs import PARAGRAPH_SHAPES, shaped_paragraph

    from planner.extract import extract_lines

    timings = {}
    for shape in PARAGRAPH_SHAPES:
        lines = ["The Human Rights Council,", "", shaped_paragraph(shape), ""]
        extract_lines(lines, "warm.txt")
        timings[shape] = min(_timed(extract_lines, lines, "shape.txt") for _ in range(3))
    for shape, seconds in sorted(timings.items(), key=lambda item: -item[1]):
        print(f"paragraph of repeated {shape + ':':14s} {seconds:.3f} s")


def _timed(run, *args) -> float:
    start = time.perf_counter()
    run(*args)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=0, help="also time planner extract --jobs N against --jobs 1")
    parser.add_argument("--shapes", action="store_true", help="also time the pathological paragraph shapes")
    args = parser.parse_args()
    paths = sorted(args.corpus.glob("*.txt"))
    size = sum(p.stat().st_size for p in paths) / 1024 / 1024
    full(paths[:50])  # warm the lexicon and pattern caches
    t_floor = best(floor, paths, args.repeat)
    t_full = best(full, paths, args.repeat)
    meetings = full(paths)
    print(f"corpus: {len(paths)} documents, {size:.1f} MB, {meetings} meetings found")
    print(f"floor (read + split): {t_floor:.2f} s  {size / t_floor:.1f} MB/s  {len(paths) / t_floor:.0f} docs/s")
    print(f"extraction:           {t_full:.2f} s  {size / t_full:.1f} MB/s  {len(paths) / t_full:.0f} docs/s")
    print(f"ratio extraction / floor: {t_full / t_floor:.2f}")
    half = peak_memory(paths[: len(paths) // 2])
    whole = peak_memory(paths)
    print(f"peak traced memory: {half:.1f} MB for half the corpus, {whole:.1f} MB for all of it")
    if args.jobs:
        jobs_figures(args.corpus, args.jobs, args.repeat, size)
    if args.shapes:
        shapes_figures()


if __name__ == "__main__":
    main()
