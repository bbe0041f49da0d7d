"""The documentation of a session: a report a resolution asks for at it, with its two deadlines."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

from click.testing import CliRunner

from planner.cli import main

RES_3_4 = Path(__file__).resolve().parents[1] / "data" / "resolutions" / "a-hrc-res-3-4.en.txt"


def test_a_report_due_at_the_session_is_listed_with_its_submission_and_issuance_dates(tmp_path):
    # Resolution 3/4, op. 5: "Requests further the working group to report to the Council at its
    # fourth session"; the 4th session opened on 12 March 2007.
    session = tmp_path / "hrc4"
    (session / "resolutions").mkdir(parents=True)
    shutil.copy(RES_3_4, session / "resolutions")
    (session / "session.toml").write_text("session = 4\nversion = 2007-01-01\n", encoding="utf-8")

    result = CliRunner().invoke(main, ["plan", str(session), "--out", str(tmp_path / "out")])

    assert result.exit_code == 0, result.output
    rows = (tmp_path / "out" / "documentation.csv").read_text("utf-8-sig").splitlines()
    assert rows == [
        "report,author,subject,requested by,paragraph,item,submission,issuance,id",
        "report,the working group,,res. 3/4,5,,2007-01-01,2007-01-29,a-hrc-res-3-4-op5-report",
    ]
    calendar = (tmp_path / "out" / "hrc4.ics").read_text("utf-8")
    assert "SUMMARY:Report due to conference services: res. 3/4\\, paragraph 5" in calendar
    assert "DTSTART;VALUE=DATE:20070101" in calendar


def test_a_report_whose_author_has_no_dialogue_is_presented_under_its_item(tmp_path):
    session = tmp_path / "hrc4"
    (session / "resolutions").mkdir(parents=True)
    shutil.copy(RES_3_4, session / "resolutions")
    (session / "session.toml").write_text("session = 4\n", encoding="utf-8")

    result = CliRunner().invoke(main, ["plan", str(session), "--out", str(tmp_path / "out")])

    assert result.exit_code == 0, result.output
    rows = csv.DictReader(io.StringIO((tmp_path / "out" / "programme.csv").read_text("utf-8-sig")))
    presented = [
        row for row in rows if row["activity"].startswith("ITEM 2 - Presentation of the report of the working")
    ]
    # Resolution 3/4 gives no agenda item: the report goes under item 2, with the reports of the Office.
    assert [(row["status"], row["item"], row["activity"], row["mandate"]) for row in presented] == [
        (
            "scheduled",
            "2",
            "ITEM 2 - Presentation of the report of the working group (res. 3/4, op. 5)",
            "item2-a-hrc-res-3-4-op5-report",
        )
    ]
