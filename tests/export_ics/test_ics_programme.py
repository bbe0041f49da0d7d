"""The session calendar of a whole programme of work, read back by independent parsers."""

from __future__ import annotations

from pathlib import Path

import ics_readers as readers
from click.testing import CliRunner

from planner.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "sample_sessions" / "hrc46"


def test_the_whole_programme_calendar_reads_the_same_in_icalendar_and_icaljs(tmp_path):
    result = CliRunner().invoke(main, ["plan", str(SAMPLE), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output

    data = (tmp_path / "out" / "hrc46.ics").read_bytes()
    ours = readers.read_with_icalendar(data)
    assert readers.read_with_icaljs(data, tmp_path) == ours
    summaries = {event["summary"] for event in ours}
    # The order of business is in the calendar beside the mandated meetings.
    assert "General debate on item 4, part 1 of 2" in summaries
    assert "Adoption of UPR outcomes (about 14 States), part 1 of 6" in summaries
    assert any(summary.startswith("Action on draft proposals") for summary in summaries)
    assert len(ours) == len({event["uid"] for event in ours})  # every event its own UID
