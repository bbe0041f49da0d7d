"""The programme of work as JSON, CSV, a Word grid and a terminal summary, byte for byte stable."""

from __future__ import annotations

import csv
import io
import zipfile

import docx
import pytest
from schedule_cases import SAMPLE

from planner.core.programme import ProgrammeOfWork
from planner.export.programme.csv_table import COLUMNS, render_programme_csv
from planner.export.programme.json_file import render_programme_json
from planner.export.programme.summary import summary_text
from planner.export.programme.word_grid import render_programme_docx
from planner.pipeline.plan import plan_programme
from planner.pipeline.write import run_plan

SEED_CELL = (
    "ITEM 3 - Meeting on the role of poverty alleviation in the promotion and protection of human rights (res. 43/21)"
)


@pytest.fixture(scope="module")
def programme() -> ProgrammeOfWork:
    return plan_programme(SAMPLE)[0]


def test_programme_json_round_trips(programme):
    data = render_programme_json(programme)
    assert ProgrammeOfWork.model_validate_json(data) == programme
    assert data == render_programme_json(plan_programme(SAMPLE)[0])


def test_programme_csv_row_for_the_seed(programme):
    data = render_programme_csv(programme)
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 as Excel recognizes it
    rows = data.decode("utf-8-sig").splitlines()
    assert rows[0] == "status,meeting,date,weekday,start,end,room,item,activity,citation,mandate,source,why"
    seed = [row for row in rows if "res. 43/21" in row]
    assert len(seed) == 1
    assert seed[0].startswith(
        f"placed,10,2021-02-25,Thursday,09:00,11:00,Assembly Hall,3,{SEED_CELL},res. 43/21,43/21 op8,"
    )


def test_programme_csv_keeps_formula_like_text_as_text(programme):
    # A declared mandate's id is typed by staff; "=1+1" must not become a spreadsheet formula.
    declared = next(p for p in programme.placements if p.ref.source.endswith("(declared)"))
    hostile = declared.model_copy(
        update={
            "ref": declared.ref.model_copy(update={"mandate": declared.ref.mandate.model_copy(update={"id": "=1+1"})})
        }
    )
    text = render_programme_csv(programme.model_copy(update={"placements": [hostile]})).decode("utf-8-sig")
    row = next(csv.reader(io.StringIO(text.splitlines()[1])))
    assert row[COLUMNS.index("mandate")] == "'=1+1"
    assert all(not cell.startswith(("=", "+", "-", "@")) for cell in row)


def test_programme_docx_is_byte_identical_and_has_fixed_stamps(programme):
    first, second = render_programme_docx(programme), render_programme_docx(programme)
    assert first == second
    package = zipfile.ZipFile(io.BytesIO(first))
    assert {info.date_time for info in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    core = package.read("docProps/core.xml").decode("utf-8")
    assert "2021-02-15T00:00:00Z" in core


def test_programme_docx_grid_has_a_column_per_week_and_the_seed_cell(programme):
    document = docx.Document(io.BytesIO(render_programme_docx(programme)))
    texts = [p.text for p in document.paragraphs]
    assert "Version of 15 February 2021 - provisional and subject to change" in texts
    table = document.tables[0]
    header = [cell.text for cell in table.rows[0].cells]
    assert header == [
        "",
        "Week 1\n22 February",
        "Week 2\n1 March",
        "Week 3\n8 March",
        "Week 4\n15 March",
        "Week 5\n22 March",
    ]
    assert [row.cells[0].text for row in table.rows[1:]] == ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"]
    thursday = table.rows[4].cells[1].text.split("\n")
    # A made full day: three meetings, each with its hours, then what it holds.
    assert thursday[:2] == ["09.00-12.00 (10th meeting)", f"- {SEED_CELL}"]
    assert thursday[2] == "12.00-15.00 (11th meeting, lunch-hour)"
    assert table.rows[5].cells[5].text == ""  # Friday 26 March: after the session


def test_programme_docx_marks_the_voting_days(programme):
    document = docx.Document(io.BytesIO(render_programme_docx(programme)))
    cells = [cell.text for row in document.tables[0].rows[1:] for cell in row.cells[1:]]
    voting = [text for text in cells if text.startswith("VOTING DAY: action on draft proposals")]
    assert len(voting) == 2  # 23 and 24 March 2021 (voting_days = 2)
    assert all("Action on draft proposals" in text for text in voting)


def test_summary_text_lists_the_seed_with_its_reason(programme):
    text = summary_text(programme)
    assert text.startswith(
        "Human Rights Council, 46th session (22 February - 24 March 2021), Assembly Hall\n"
        "Version of 15 February 2021 - provisional and subject to change\n\n"
        "Placed: 6 mandate(s) in 7 meeting(s)\n"
    )
    assert f"  Thu 25 Feb 2021 09.00-11.00  meeting 10  {SEED_CELL}  [a-hrc-res-43-21-op8-s46]\n" in text
    assert "\nOrder of business: " in text
    assert "\nNot scheduled: none\n" in text
    assert "\nNot placed: none\n" in text


def test_run_plan_rerun_replaces_only_what_nobody_edited(tmp_path):
    first = run_plan(SAMPLE, tmp_path)
    names = {p.name for p in first.written}
    assert {"programme.csv", "programme.docx", "programme.json", "hrc46.ics"} <= names
    before = (tmp_path / "programme.docx").read_bytes()

    again = run_plan(SAMPLE, tmp_path)
    assert again.kept == []
    assert (tmp_path / "programme.docx").read_bytes() == before

    edited = tmp_path / "programme.csv"
    edited.write_text(edited.read_text("utf-8") + "note,added by hand\n", "utf-8")
    kept = run_plan(SAMPLE, tmp_path)
    assert kept.kept == [edited]
    assert edited.read_text("utf-8").endswith("note,added by hand\n")

    forced = run_plan(SAMPLE, tmp_path, force=True)
    assert forced.kept == []
    assert "added by hand" not in edited.read_text("utf-8")
