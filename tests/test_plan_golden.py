"""Every output of `planner plan` on each bundled sample session, byte for byte.

The golden copies are under tests/golden/plan/<session>/ (the files planner writes) and
tests/golden/plan/<session>.summary.txt (what it prints, the output folder shown as <out>).
Refresh them on purpose only: `pytest tests/test_plan_golden.py --update-golden`, then read
the diff. planner's own bookkeeping (.planner-outputs.json, .planner.lock) is no output.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from planner.cli import main

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden" / "plan"
SESSIONS = ["hrc22", "hrc46"]
BOOKKEEPING = {".planner-outputs.json", ".planner.lock"}
TEXT_SUFFIXES = {".csv", ".ics", ".json", ".txt"}  # compared as text for a readable diff; .docx as bytes


def _outputs(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name not in BOOKKEEPING
    }


@pytest.fixture(scope="module", params=SESSIONS)
def planned(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """(session, the files written, the summary printed) of one `planner plan` run."""
    session = request.param
    out = tmp_path_factory.mktemp(session) / "out"
    result = CliRunner().invoke(main, ["plan", str(ROOT / "sample_sessions" / session), "--out", str(out)])

    assert result.exit_code == 0, result.output
    return session, _outputs(out), result.output.replace(str(out), "<out>")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def _same(name: str, data: bytes, golden: bytes) -> None:
    if Path(name).suffix in TEXT_SUFFIXES:  # CRLF line ends (.ics) are part of the text
        assert data.decode("utf-8") == golden.decode("utf-8"), name
    else:
        assert data == golden, name


def test_plan_sample_session_files_match_golden(planned, update_golden):
    session, outputs, _ = planned
    folder = GOLDEN / session
    if update_golden:
        shutil.rmtree(folder, ignore_errors=True)
        for name, data in outputs.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
    assert folder.is_dir(), f"no golden files for {session}: run pytest with --update-golden"
    golden = _outputs(folder)

    assert sorted(outputs) == sorted(golden)
    assert all(data for data in outputs.values()), "an empty output file"
    for name, data in outputs.items():
        _same(name, data, golden[name])


def test_plan_sample_session_summary_matches_golden(planned, update_golden):
    session, outputs, summary = planned
    path = GOLDEN / f"{session}.summary.txt"
    if update_golden:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(summary.encode("utf-8"))
    assert path.exists(), f"no golden summary for {session}: run pytest with --update-golden"

    assert summary.endswith(f"\nWrote {len(outputs)} file(s) to <out>/ (0 already up to date)\n")
    assert summary == path.read_bytes().decode("utf-8")
