"""`planner plan` on damaged resolution files (issue "Hostile files and faults"): real .txt, .docx
and .pdf texts with bytes flipped, cut, inserted or duplicated. Every run ends as a plan (the file
listed as unread, or read as it can be) or as one of planner's errors, never a traceback, and
within its time budget."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.errors import PlannerError
from planner.pipeline.write import run_plan

RESOLUTIONS = Path(__file__).resolve().parent / "data" / "resolutions"
SOURCES = [
    "a-hrc-res-20-18.en.txt",
    "a-hrc-res-20-18.en.docx",
    "a-hrc-res-20-18.en.pdf",
    "a-hrc-43-l-draft-43-21.zh.txt",
    "a-hrc-43-l-draft-43-21.zh.docx",
    "a-hrc-43-l-draft-43-21.zh.pdf",
]
BUDGET = 5.0  # seconds a run may take; the real texts plan in a fraction of a second
EXAMPLES = 200


@st.composite
def _mutation(draw):
    kind = draw(st.sampled_from(["flip", "cut", "insert", "duplicate"]))
    at = draw(st.floats(0, 1))  # where, as a fraction of the file's length
    size = draw(st.integers(1, 4096))
    noise = draw(st.binary(min_size=1, max_size=64))
    return kind, at, size, noise


def _mutated(data: bytes, mutations) -> bytes:
    for kind, at, size, noise in mutations:
        start = int(at * len(data))
        if kind == "flip":
            data = (
                data[:start]
                + bytes(b ^ n for b, n in zip(data[start : start + len(noise)], noise, strict=False))
                + data[start + len(noise) :]
            )
        elif kind == "cut":
            data = data[:start] + data[start + size :]
        elif kind == "insert":
            data = data[:start] + noise + data[start:]
        else:  # a chunk of the file again, elsewhere
            chunk = data[start : start + size]
            at_other = int(((at * 7919) % 1) * len(data))
            data = data[:at_other] + chunk + data[at_other:]
    return data


@pytest.fixture(scope="module")
def session(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz") / "hrc46"
    (folder / "resolutions").mkdir(parents=True)
    (folder / "session.toml").write_text("session = 46\n", "utf-8")
    return folder


@settings(
    max_examples=EXAMPLES,
    deadline=None,  # the budget is asserted below, with the time a run may take on a busy machine
    derandomize=True,  # the same files on every run of the suite
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(source=st.sampled_from(SOURCES), mutations=st.lists(_mutation(), min_size=1, max_size=4))
def test_plan_of_a_damaged_resolution_ends_in_a_plan_or_one_error(session, source, mutations):
    texts = session / "resolutions"
    for old in texts.iterdir():
        old.unlink()
    (texts / source).write_bytes(_mutated((RESOLUTIONS / source).read_bytes(), mutations))

    started = time.monotonic()
    try:
        result = run_plan(session, session.parent / "out")
    except PlannerError as err:
        assert "\n" not in str(err)
    else:
        assert all("\n" not in problem for problem in result.problems)
    assert time.monotonic() - started < BUDGET
