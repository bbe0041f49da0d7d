"""Stops from outside: a closed pipe, `kill`. Real processes, as a shell runs them."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

RESOLUTIONS = Path(__file__).parent / "data" / "resolutions"
PLANNER = [sys.executable, "-m", "planner"]


def _many_copies(folder: Path, count: int) -> Path:
    folder.mkdir()
    for number in range(count):
        shutil.copy(RESOLUTIONS / "a-hrc-res-21-20.en.txt", folder / f"res-{number:04d}.txt")
    return folder


def test_a_reader_that_stops_early_gets_no_error_message(tmp_path):
    folder = _many_copies(tmp_path / "many", 200)
    process = subprocess.Popen([*PLANNER, "extract", str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.read(10)  # like `planner extract ... | head -c 10`
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.stderr.close()
    process.wait(timeout=60)

    assert process.returncode == 141
    assert stderr == ""


def test_kill_stops_like_ctrl_c_and_leaves_no_temporary_file(tmp_path):
    folder = _many_copies(tmp_path / "many", 3000)
    out = tmp_path / "out" / "mandates.json"
    process = subprocess.Popen(
        [*PLANNER, "extract", str(folder), "--out", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 30
    while not any(out.parent.glob(".mandates.json.*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.01)  # until the output is being written
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)

    assert process.returncode == 130, stderr
    assert stderr.decode() == "planner: stopped\n"
    assert [p.name for p in out.parent.iterdir()] in ([], [".planner.lock"])  # no output, no temporary file
