"""Benchmark: schedule 100, 1,000 and 10,000 mandates over a year of sessions (2025: 58th-60th).

    python bench/bench_schedule.py [--sizes 100 1000 10000]

Mandates are generated deterministically (fixed seed): target session, agenda item, length
and timing drawn from the mix seen in real texts. Each size is planned session by session
(selection of what is due, placement, diagnosis of the rest) and timed. Timings are printed,
never asserted: the test suite has no timing test.
"""

from __future__ import annotations

import argparse
import random
import time

from planner.core.mandate import DocumentInfo, Extraction, MeetingKind, MeetingMandate
from planner.schedule import build_programme, select_due
from planner.sessions.registry import registered_session
from planner.sessions.standing import builtin_standing_mandates

YEAR = (58, 59, 60)
KINDS: list[MeetingKind] = ["panel_discussion", "interactive_debate", "meeting"]
LENGTHS = [None] * 3 + [120] * 2 + [180] * 4 + [360]


def make_extractions(count: int, seed: int = 46) -> list[Extraction]:
    rng = random.Random(seed)
    extractions: list[Extraction] = []
    made = 0
    serial = 0
    while made < count:
        serial += 1
        adopted = rng.choice(YEAR) - rng.randint(1, 3)
        meetings = []
        for paragraph in range(1, min(rng.randint(1, 3), count - made) + 1):
            meetings.append(
                MeetingMandate(
                    id=f"{adopted}/{serial}-op{paragraph}",
                    paragraph=paragraph,
                    kind=rng.choice(KINDS),
                    high_level=rng.random() < 0.1,
                    session=rng.choice(YEAR),
                    agenda_item=rng.choice([None, 1, 2, 3, 3, 3, 4, 5, 6, 7, 8, 9, 10]),
                    duration_minutes=rng.choice(LENGTHS),
                    timing=rng.choice([None] * 18 + ["first_day", "high_level_segment"]),
                )
            )
        made += len(meetings)
        extractions.append(
            Extraction(
                source=f"bench-{serial}.txt",
                document=DocumentInfo(symbol=f"A/HRC/RES/{adopted}/{serial}", session=adopted, agenda_item=3),
                meetings=meetings,
            )
        )
    return extractions


def run(count: int) -> tuple[float, int, int]:
    extractions = make_extractions(count)
    standing = list(builtin_standing_mandates())
    placed = unplaced = 0
    began = time.perf_counter()
    for number in YEAR:
        session = registered_session(number)
        due = select_due(session, extractions, standing=standing)
        programme = build_programme(session, due, session.start)
        placed += len({p.ref.mandate.id for p in programme.placements})
        unplaced += len(programme.unplaced)
    return time.perf_counter() - began, placed, unplaced


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1_000, 10_000])
    args = parser.parse_args()
    print(f"{'mandates':>9} {'seconds':>8} {'placed':>7} {'unplaced':>9}")
    for size in args.sizes:
        seconds, placed, unplaced = run(size)
        print(f"{size:>9,} {seconds:>8.2f} {placed:>7} {unplaced:>9}")


if __name__ == "__main__":
    main()
