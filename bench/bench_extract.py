"""Benchmark: extraction throughput against the floor of reading and splitting the files.

    python bench/corpus.py /tmp/corpus --megabytes 50             # a session's mix
    python bench/bench_extract.py /tmp/corpus
    python bench/corpus.py /tmp/dense --megabytes 50 --profile dense
    python bench/bench_extract.py /tmp/dense                       # mandates on every page

The floor reads every file and splits it into paragraphs (what any extractor must do);
the full run extracts mandates. Both on one core, in the same process, best of --repeat.
Peak memory is measured on the full run with the results dropped as they stream out,
for half the corpus and for all of it: it should not grow with the number of documents.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
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


if __name__ == "__main__":
    main()
