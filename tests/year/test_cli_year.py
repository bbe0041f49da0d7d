"""`planner year`: the command, its files, their determinism, and one-line errors in the year file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from click.testing import CliRunner
from icalendar import Calendar

from planner.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "sample_sessions" / "year2023"
FILES = ["year2023.calendar-release.json", "year2023.csv", "year2023.docx", "year2023.ics", "year2023.json"]


def test_year_writes_every_output_and_a_rerun_changes_nothing(tmp_path):
    out = tmp_path / "out"
    first = CliRunner().invoke(main, ["year", "2023", str(SAMPLE), "--out", str(out)])
    written = {name: (out / name).read_bytes() for name in FILES}
    second = CliRunner().invoke(main, ["year", "2023", str(SAMPLE), "--out", str(out)])

    assert first.exit_code == 0, first.output
    assert "Placed: 17 session(s) of subsidiary bodies" in first.output
    assert "Not placed: none" in first.output
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == FILES
    assert {name: (out / name).read_bytes() for name in FILES} == written
    assert "Wrote 0 file(s)" in second.output
    assert b"DTSTAMP:20221215T000000Z" in written["year2023.ics"]
    assert b"UID:emrip-2023-1@hrc-planner" in written["year2023.ics"]


def test_a_moved_session_keeps_its_uid_with_a_higher_sequence(tmp_path):
    folder, out = tmp_path / "y", tmp_path / "out"
    folder.mkdir()
    (folder / "year.toml").write_text((SAMPLE / "year.toml").read_text("utf-8"), "utf-8")
    CliRunner().invoke(main, ["year", "2023", str(folder), "--out", str(out)])
    text = (folder / "year.toml").read_text("utf-8") + '\n[bodies]\nmove = { emrip = ["07-17"] }\n'
    (folder / "year.toml").write_text(text, "utf-8")
    result = CliRunner().invoke(main, ["year", "2023", str(folder), "--out", str(out)])

    assert result.exit_code == 0, result.output
    assert "moved" in result.output
    calendar = Calendar.from_ical((out / "year2023.ics").read_bytes())
    (event,) = [e for e in calendar.walk("VEVENT") if str(e["UID"]) == "emrip-2023-1@hrc-planner"]
    assert (event["SEQUENCE"], event.decoded("DTSTART")) == (1, dt.date(2023, 7, 17))


def test_a_mistyped_pin_is_one_line_naming_the_file_and_the_key(tmp_path):
    (tmp_path / "year.toml").write_text('year = 2023\n[[pins]]\nbody = "emripp"\nstart = 2023-07-17\n', "utf-8")
    result = CliRunner().invoke(main, ["year", "2023", str(tmp_path)])

    assert result.exit_code == 1
    assert result.output.strip().endswith("year.toml, pins #1 body: unknown body 'emripp'; did you mean 'emrip'?")
    assert len(result.output.strip().splitlines()) == 1


def test_a_year_file_of_another_year_is_refused(tmp_path):
    (tmp_path / "year.toml").write_text("year = 2022\n", "utf-8")
    result = CliRunner().invoke(main, ["year", "2023", str(tmp_path)])

    assert result.exit_code == 1
    assert "year.toml, year: is 2022, but the year 2023 was asked for; give the folder of 2023" in result.output
