"""`planner plan` and `planner report` on the bundled sample session, as a user runs them."""

from __future__ import annotations

import json
import os
import re
import shutil
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from planner.cli import main

SAMPLE = str(Path(__file__).resolve().parents[1] / "sample_sessions" / "hrc46")
RESOLUTIONS = Path(__file__).resolve().parent / "data" / "resolutions"
SEED_LINE = (
    "  Thu 25 Feb 2021 09.00-11.00  meeting 10  ITEM 3 - Meeting on the role of poverty alleviation in the "
    "promotion and protection of human rights (res. 43/21)  [a-hrc-res-43-21-op8-s46]"
)


def _tree(folder: Path) -> dict[str, bytes]:
    """The files planner wrote (not the empty file runs lock to take turns)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".planner.lock"
    }


def test_plan_sample_session_writes_every_output(tmp_path):
    result = CliRunner().invoke(main, ["plan", SAMPLE, "--out", str(tmp_path)])

    assert result.exit_code == 0, result.output
    assert SEED_LINE in result.output.splitlines()
    assert "Not placed: none" in result.output
    assert set(_tree(tmp_path)) >= {
        "programme.json",
        "programme.csv",
        "programme.docx",
        "hrc46.ics",
        "meetings/hrc46-a-hrc-res-43-21-op8.ics",
        "summary-reports/summary-report-hrc46-a-hrc-res-43-21-op8-s46.en.docx",
    }


def test_plan_twice_gives_byte_identical_files(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    runs = [CliRunner().invoke(main, ["plan", SAMPLE, "--out", str(out)]) for out in (first, second, second)]

    assert [run.exit_code for run in runs] == [0, 0, 0], [run.output for run in runs]
    assert runs[2].output.endswith(f"Wrote 0 file(s) to {second}/ (14 already up to date)\n")
    written = _tree(first)
    assert {"programme.json", "programme.docx", "hrc46.ics"} <= set(written)
    assert all(written.values()), "an empty output file"
    assert written == _tree(second)


def test_plan_missing_session_file_one_line_error(tmp_path):
    result = CliRunner().invoke(main, ["plan", str(tmp_path), "--out", str(tmp_path / "out")])

    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"planner: error: {tmp_path / 'session.toml'}: no session file")
    assert not (tmp_path / "out").exists()


def test_report_writes_chinese_draft(tmp_path):
    result = CliRunner().invoke(
        main, ["report", "a-hrc-res-43-21-op8-s46", SAMPLE, "--language", "zh", "--out", str(tmp_path)]
    )

    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {tmp_path / 'summary-report-hrc46-a-hrc-res-43-21-op8-s46.zh.docx'}\n"


@pytest.mark.parametrize(
    "meeting, hint",
    [
        ("a-hrc-res-43-21-op7", ""),
        # The id `planner extract` gives the sample's text, whose symbol only the session file names.
        ("doc-32e0e393a5-op8-s46", "; ids from a text's words (doc-...) change when the session file gives its symbol"),
    ],
)
def test_report_unknown_meeting_names_the_known_ones(tmp_path, meeting, hint):
    result = CliRunner().invoke(main, ["report", meeting, SAMPLE, "--out", str(tmp_path)])

    assert result.exit_code == 1
    assert result.stderr == (
        f"planner: error: no placed meeting '{meeting}' with a summary report; "
        f"placed with one: a-hrc-res-43-21-op8-s46{hint}\n"
    )


def test_report_knows_a_meeting_by_resolution_and_paragraph(tmp_path):
    result = CliRunner().invoke(main, ["report", "43/21 op8", SAMPLE, "--out", str(tmp_path)])

    assert result.exit_code == 0, result.output
    assert (tmp_path / "summary-report-hrc46-a-hrc-res-43-21-op8-s46.en.docx").is_file()


HRC22 = str(Path(__file__).resolve().parents[1] / "sample_sessions" / "hrc22")


def test_plan_first_day_of_high_level_segment_outranks_implied_item(tmp_path):
    # Resolution 21/20 (adopted under item 8) orders its panel "at the first day of the
    # high-level segment of its twenty-second session"; the panel was held on 25 February 2013.
    result = CliRunner().invoke(main, ["plan", HRC22, "--out", str(tmp_path)])

    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    placed = [line for line in lines if line.startswith("  Mon 25 Feb 2013")]
    assert placed[0].startswith(
        "  Mon 25 Feb 2013 12.00-15.00  meeting 2   ITEM 8 - High-level panel discussion on the twentieth"
    )
    assert "the mandated timing comes before its window" in result.output
    assert "Not placed: none" in lines
    opening = json.loads((tmp_path / "programme.json").read_text("utf-8"))["activities"][0]
    assert (opening["key"], opening["meeting_number"], opening["label"]) == ("opening", 1, "Opening of the session")


def test_plan_standing_mandate_not_due_before_its_resolution(tmp_path):
    # The biennial death-penalty panel was established by resolution 26/2 (2014): none in 2013.
    result = CliRunner().invoke(main, ["plan", HRC22, "--out", str(tmp_path)])

    assert result.exit_code == 0, result.output
    placed = re.findall(r"^  \w{3} \d+ \w{3} 2013 .*  \[(.+)\]$", result.output, re.M)
    # The other standing mandates (16/21, 7/29 in two parts, 7/9) are placed; only 26/2's is not due.
    assert placed == [
        "a-hrc-res-21-20-op1-s22",
        "hr_mainstreaming",
        "disabilities",
        "rights_of_child",
        "rights_of_child",
    ]
    assert "death penalty" not in result.output
    assert not any((tmp_path / "meetings").glob("*death-penalty*"))


def test_plan_lists_mandates_for_other_sessions(tmp_path):
    result = CliRunner().invoke(main, ["plan", HRC22, "--out", str(tmp_path)])

    assert result.exit_code == 0, result.output
    assert "Not for this session: 2" in result.output
    assert (
        "  ITEM 5 - High-level meeting on the draft declaration (dec. 12/118)  [a-hrc-dec-12-118-op2-s13; session 13]"
        in result.output
    )


def test_plan_sample_draft_for_the_seed_meeting(tmp_path):
    from docx2python import docx2python

    result = CliRunner().invoke(main, ["plan", SAMPLE, "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    draft = tmp_path / "summary-reports" / "summary-report-hrc46-a-hrc-res-43-21-op8-s46.en.docx"
    with docx2python(draft) as document:
        text = " ".join(document.text.split())

    assert "pursuant to Human Rights Council resolution 43/21" in text
    assert "held on 25 February 2021 during the forty-sixth session of the Council" in text
    assert "Agenda items 2 and 3" in text
    assert (
        "Promotion and protection of all human rights, civil, political, economic, social and cultural rights, "
        "including the right to development"
    ) in text
    assert "The meeting was chaired by the President of the Human Rights Council, [name]." in text


def test_plan_out_is_a_file_one_line_error(tmp_path):
    target = tmp_path / "programme.txt"
    target.write_text("a file where the output folder should go")

    result = CliRunner().invoke(main, ["plan", SAMPLE, "--out", str(target)])

    assert result.exit_code == 1
    assert result.stderr == f"planner: error: {target}: is a file, not a folder; give --out a folder\n"


def test_extract_out_under_a_file_one_line_error(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    seed = Path(SAMPLE) / "resolutions" / "a-hrc-res-43-21.zh.txt"

    result = CliRunner().invoke(main, ["extract", str(seed), "--out", str(blocker / "mandates.json")])

    assert result.exit_code == 1
    assert result.stderr == (
        f"planner: error: {blocker}: cannot be written (File exists); check the disk and the folder\n"
    )
    assert result.stdout == ""


def _copy_sample(tmp_path: Path) -> Path:
    import shutil

    folder = tmp_path / "hrc46"
    shutil.copytree(SAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__"))
    return folder


def _declare(folder: Path, tables: str) -> None:
    """Add [[mandates]] tables to a session file, before its [documents] tables."""
    toml = folder / "session.toml"
    text = toml.read_text("utf-8")
    cut = text.index("[documents.")
    toml.write_text(text[:cut] + tables + text[cut:], "utf-8")


def _plan(folder: Path, out: Path):
    return CliRunner().invoke(main, ["plan", str(folder), "--out", str(out)])


def test_plan_lists_a_resolution_it_cannot_read(tmp_path):
    folder = _copy_sample(tmp_path)
    # Operative paragraph 10 of a 1966 Security Council resolution in French (mandates-dev.yaml).
    french = folder / "resolutions" / "sc-1966.fr.txt"
    french.write_text(
        "10. Décide de garder cette question à son ordre du jour pour y donner la suite nouvelle "
        "appropriée eu égard à l’évolution de la situation.\n",
        "utf-8",
    )

    result = _plan(folder, tmp_path / "out")

    assert result.exit_code == 0
    assert "Check these resolution texts (not read, or read with doubts):" in result.output
    assert (
        f"  - {french}: French texts cannot be read yet: no meeting or report was extracted; "
        "use the English or Chinese version of this resolution"
    ) in result.output


def test_plan_pin_naming_no_mandate_is_an_error(tmp_path):
    folder = _copy_sample(tmp_path)
    toml = folder / "session.toml"
    toml.write_text(
        toml.read_text("utf-8").replace(
            'mandate = "african_descent_midterm_review"', 'mandate = "african_descent_mid_term_review"'
        ),
        "utf-8",
    )

    result = _plan(folder, tmp_path / "out")

    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"planner: error: {toml}, pins #1 mandate: no mandate of this session is called "
        "'african_descent_mid_term_review'; use one of: "
    )
    assert "african_descent_midterm_review" in result.stderr
    assert not (tmp_path / "out").exists()


def test_plan_force_says_what_it_replaced(tmp_path):
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["plan", SAMPLE, "--out", str(out)]).exit_code == 0
    grid = out / "programme.csv"
    grid.write_text(grid.read_text("utf-8") + "edited,by hand\n", "utf-8")

    kept = CliRunner().invoke(main, ["plan", SAMPLE, "--out", str(out)])
    forced = CliRunner().invoke(main, ["plan", SAMPLE, "--out", str(out), "--force"])

    assert (kept.exit_code, forced.exit_code) == (0, 0), kept.output + forced.output
    assert (
        f"Kept as you edited them, so they do not show this plan (--force replaces them):\n  - {grid}\n" in kept.output
    )
    assert f"Replaced although edited (--force):\n  - {grid}\n" in forced.output


def test_replan_moves_only_what_it_must(tmp_path):
    import json

    folder = _copy_sample(tmp_path)
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["plan", str(folder), "--out", str(out)]).exit_code == 0
    before = {
        p["ref"]["mandate"]["id"]: p["start"] for p in json.loads((out / "programme.json").read_text())["placements"]
    }
    toml = folder / "session.toml"
    toml.write_text(toml.read_text("utf-8").replace("date = 2021-03-12", "date = 2021-03-03"), "utf-8")

    result = CliRunner().invoke(main, ["plan", str(folder), "--out", str(out)])

    assert result.exit_code == 0, result.output
    after = {
        p["ref"]["mandate"]["id"]: p["start"] for p in json.loads((out / "programme.json").read_text())["placements"]
    }
    moved = {key for key in before if after.get(key) != before[key]}
    assert len(before) == 6
    assert moved == {"african_descent_midterm_review"}, result.output


def test_plan_keeps_an_edited_calendar(tmp_path):
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["plan", SAMPLE, "--out", str(out)]).exit_code == 0
    calendar = out / "hrc46.ics"
    calendar.write_bytes(calendar.read_bytes().replace(b"X-WR-CALNAME:", b"X-WR-CALNAME:My "))

    result = CliRunner().invoke(main, ["plan", SAMPLE, "--out", str(out)])

    assert result.exit_code == 0, result.output
    assert f"Kept as you edited them, so they do not show this plan (--force replaces them):\n  - {calendar}\n" in (
        result.output
    )
    assert b"X-WR-CALNAME:My " in calendar.read_bytes()


def test_plan_damaged_release_refused_before_writing_anything(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "hrc46.calendar-release.json").write_text("{not json")

    result = CliRunner().invoke(main, ["plan", SAMPLE, "--out", str(out)])

    assert result.exit_code == 1
    assert result.stderr.startswith(f"planner: error: {out / 'hrc46.calendar-release.json'}")
    assert sorted(p.name for p in out.iterdir()) == ["hrc46.calendar-release.json"]


def test_report_chinese_draft_keeps_the_resolutions_chinese_theme(tmp_path):
    # The sample's session file gives an English theme for the programme; the Chinese draft
    # uses the resolution's own words instead of asking for a translation.
    from docx2python import docx2python

    result = CliRunner().invoke(
        main, ["report", "a-hrc-res-43-21-op8-s46", SAMPLE, "--language", "zh", "--out", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    with docx2python(tmp_path / "summary-report-hrc46-a-hrc-res-43-21-op8-s46.zh.docx") as document:
        text = document.text

    assert "关于减贫在促进和保护人权中的作用的会议" in text
    assert "the role of poverty alleviation" not in text


def test_plan_refuses_an_output_folder_of_another_session(tmp_path):
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["plan", SAMPLE, "--out", str(out)]).exit_code == 0
    before = _tree(out)
    assert "programme.json" in before

    result = CliRunner().invoke(main, ["plan", HRC22, "--out", str(out)])

    assert result.exit_code == 1
    assert result.stderr == f"planner: error: {out}: holds the programme of session 46, not 22; give another --out\n"
    assert _tree(out) == before


def test_plan_knows_the_session_of_a_folder_without_its_programme(tmp_path):
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["plan", SAMPLE, "--out", str(out)]).exit_code == 0
    (out / "programme.json").unlink()  # or edited beyond reading: the calendar state still tells

    result = CliRunner().invoke(main, ["plan", HRC22, "--out", str(out)])

    assert result.exit_code == 1
    assert result.stderr == f"planner: error: {out}: holds the programme of session 46, not 22; give another --out\n"
    assert not any(out.glob("hrc22*"))


def test_plan_reads_a_resolution_given_in_several_formats_once(tmp_path):
    folder = _copy_sample(tmp_path)
    text = folder / "resolutions" / "a-hrc-res-43-21.zh.txt"
    for suffix in (".docx", ".pdf"):  # the same text as Word and PDF (tests/data/resolutions)
        (folder / "resolutions" / text.name.replace(".txt", suffix)).write_bytes(
            (RESOLUTIONS / ("a-hrc-43-l-draft-43-21.zh" + suffix)).read_bytes()
        )

    result = _plan(folder, tmp_path / "out")

    assert result.exit_code == 0, result.output
    # The session file's [documents."a-hrc-res-43-21.zh.txt"] holds for the .docx and .pdf too.
    assert SEED_LINE in result.output.splitlines()
    programme = json.loads((tmp_path / "out" / "programme.json").read_text("utf-8"))
    assert [p["ref"]["mandate"]["paragraph"] for p in programme["placements"]].count(8) == 1
    first = folder / "resolutions" / "a-hrc-res-43-21.zh.docx"
    for other in ("a-hrc-res-43-21.zh.pdf", "a-hrc-res-43-21.zh.txt"):
        assert (
            f"  - {folder / 'resolutions' / other}: the same resolution as {first} (the same mandates); "
            f"only {first.name} is used"
        ) in result.output.splitlines()
    calendar = (tmp_path / "out" / "hrc46.ics").read_text("utf-8")
    uids = [line for line in calendar.splitlines() if line.startswith("UID:")]
    assert len(uids) == len(set(uids))


def test_plan_reads_copies_of_a_file_once(tmp_path):
    folder = _copy_sample(tmp_path)
    text = folder / "resolutions" / "a-hrc-res-43-21.zh.txt"
    for copy in range(4):
        (folder / "resolutions" / f"copy-{copy}.zh.txt").write_bytes(text.read_bytes())

    result = _plan(folder, tmp_path / "out")

    assert result.exit_code == 0, result.output
    assert SEED_LINE in result.output.splitlines()
    first = folder / "resolutions" / "a-hrc-res-43-21.zh.txt"
    for copy in range(4):
        assert (
            f"  - {folder / 'resolutions' / f'copy-{copy}.zh.txt'}: a copy of {first}; only {first.name} is used"
            in (result.output.splitlines())
        )


def test_plan_correction_for_a_missing_file_is_an_error(tmp_path):
    folder = _copy_sample(tmp_path)
    toml = folder / "session.toml"
    toml.write_text(
        toml.read_text("utf-8").replace('[documents."a-hrc-res-43-21.zh.txt"]', '[documents."a-hrc-res-43-21.zh.tx"]')
    )

    result = _plan(folder, tmp_path / "out")

    assert result.exit_code == 1
    assert result.stderr == (
        f"planner: error: {toml}, documents: no resolution file is called 'a-hrc-res-43-21.zh.tx'; "
        "did you mean 'a-hrc-res-43-21.zh.txt'?\n"
    )


def test_plan_refuses_declared_ids_that_would_share_a_calendar(tmp_path):
    folder = _copy_sample(tmp_path)
    toml = folder / "session.toml"
    _declare(
        folder, '\n[[mandates]]\nid = "african-descent-midterm-review"\nkind = "interactive_debate"\nsession = 46\n'
    )

    result = _plan(folder, tmp_path / "out")

    assert result.exit_code == 1
    assert result.stderr == (
        f"planner: error: {toml}, mandates #2 id: 'african-descent-midterm-review' gives the same file name and "
        "calendar id as mandates #1 'african_descent_midterm_review'; choose another id\n"
    )
    assert not (tmp_path / "out").exists()


def test_plan_refuses_a_declared_mandate_that_a_resolution_holds(tmp_path):
    folder = _copy_sample(tmp_path)
    toml = folder / "session.toml"
    toml.write_text(
        toml.read_text("utf-8").replace('id = "african_descent_midterm_review"', 'id = "a-hrc-res-43-21-op8-s46"'),
        "utf-8",
    )
    toml.write_text(toml.read_text("utf-8").replace('mandate = "african_descent_midterm_review"', 'mandate = "x"'))

    result = _plan(folder, tmp_path / "out")

    assert result.exit_code == 1
    assert result.stderr == (
        f"planner: error: {toml}, mandates #1 id: 'a-hrc-res-43-21-op8-s46' is also the id of a meeting read "
        f"from {folder / 'resolutions' / 'a-hrc-res-43-21.zh.txt'}; remove the declaration or choose another id\n"
    )


def test_plan_accepts_the_session_file_for_its_folder(tmp_path):
    result = CliRunner().invoke(main, ["plan", str(Path(SAMPLE) / "session.toml"), "--out", str(tmp_path / "out")])

    assert result.exit_code == 0, result.output
    assert SEED_LINE in result.output.splitlines()


def test_plan_refuses_another_file_for_a_session_folder(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a session\n", "utf-8")

    result = CliRunner().invoke(main, ["plan", str(text), "--out", str(tmp_path / "out")])

    assert result.exit_code == 1
    assert (
        result.stderr
        == f"planner: error: {text}: is a file; give the session folder (the one that holds session.toml)\n"
    )


def test_plan_outputs_do_not_depend_on_how_the_folder_was_typed(tmp_path, monkeypatch):
    absolute = CliRunner().invoke(main, ["plan", SAMPLE, "--out", str(tmp_path / "absolute")])
    monkeypatch.chdir(Path(SAMPLE).parent)
    relative = CliRunner().invoke(main, ["plan", "hrc46/", "--out", str(tmp_path / "relative")])

    assert (absolute.exit_code, relative.exit_code) == (0, 0), absolute.output + relative.output
    assert "programme.json" in _tree(tmp_path / "absolute")
    assert _tree(tmp_path / "absolute") == _tree(tmp_path / "relative")
    assert b'"source": "resolutions/a-hrc-res-43-21.zh.txt"' in (tmp_path / "absolute" / "programme.json").read_bytes()


def test_plan_theme_for_no_mandate_is_an_error(tmp_path):
    folder = _copy_sample(tmp_path)
    toml = folder / "session.toml"
    toml.write_text(toml.read_text("utf-8").replace('"43/21 op8" = ', '"43/21 op9" = '), "utf-8")

    result = _plan(folder, tmp_path / "out")

    assert result.exit_code == 1
    assert result.stderr == (
        f"planner: error: {toml}, themes.43/21 op9: no mandate is called '43/21 op9'; did you mean '43/21 op8'?\n"
    )


def test_plan_resolutions_that_is_a_file_is_an_error(tmp_path):
    folder = _copy_sample(tmp_path)
    shutil.rmtree(folder / "resolutions")
    (folder / "resolutions").write_text("not a folder\n", "utf-8")

    result = _plan(folder, tmp_path / "out")

    assert result.exit_code == 1
    assert result.stderr == (
        f"planner: error: {folder / 'resolutions'}: is not a folder; put the resolution texts in a folder named "
        "resolutions\n"
    )


def test_plan_names_a_link_to_a_missing_resolution(tmp_path):
    folder = _copy_sample(tmp_path)
    (folder / "resolutions" / "moved.txt").symlink_to(tmp_path / "elsewhere.txt")

    result = _plan(folder, tmp_path / "out")

    assert result.exit_code == 0
    assert f"  - {folder / 'resolutions' / 'moved.txt'}: is a link to a file that is not there" in result.output


def test_plan_names_a_meeting_that_looks_like_one_of_another_file(tmp_path):
    folder = tmp_path / "hrc22"
    shutil.copytree(HRC22, folder)
    adopted = folder / "resolutions" / "a-hrc-res-21-20.en.txt"
    # The same text retyped with one word changed, as a draft might differ: the ids differ, the meeting does not.
    text = adopted.read_text("utf-8").replace("Decides", "decides")
    (folder / "resolutions" / "z-draft.txt").write_text(text, "utf-8")

    result = _plan(folder, tmp_path / "out")

    assert result.exit_code == 0, result.output
    assert (
        f"  - {folder / 'resolutions' / 'z-draft.txt'}, op. 1: the same kind of meeting, session and theme as "
        f"a-hrc-res-21-20-op1-s22 in {adopted}; if both files hold one resolution, remove one"
    ) in result.output.splitlines()


def test_plan_refuses_a_second_text_whose_ids_clash_but_whose_mandates_differ(tmp_path):
    # Constructed: two versions of one symbol whose operative parts differ (a revised text).
    folder = tmp_path / "hrc46"
    (folder / "resolutions").mkdir(parents=True)
    (folder / "session.toml").write_text("session = 46\nvoting_days = 2\n", "utf-8")
    opening = "A/HRC/RES/45/99\nThe Human Rights Council,\n"
    water = "1. Decides to convene, at its forty-sixth session, a panel discussion on water;\n"
    housing = "2. Decides to convene, at its forty-sixth session, a panel discussion on housing;\n"
    (folder / "resolutions" / "a.txt").write_text(opening + water, "utf-8")
    (folder / "resolutions" / "b.txt").write_text(opening + water + housing, "utf-8")

    result = _plan(folder, tmp_path / "out")

    assert result.exit_code == 0, result.output
    assert (
        f"  - {folder / 'resolutions' / 'b.txt'}: its mandates take the ids of others read from "
        f"{folder / 'resolutions' / 'a.txt'} (a-hrc-res-45-99-op1-s46), but differ; it is not planned: "
        'give it its symbol in the session file\'s [documents."b.txt"]'
    ) in result.output.splitlines()


def test_plan_says_lengths_as_they_are(tmp_path):
    # A four-hour meeting is no full day, and six hours and a minute are not "6 hours".
    folder = _copy_sample(tmp_path)
    _declare(
        folder,
        '\n[[mandates]]\nid = "four_hours"\nkind = "meeting"\nsession = 46\nduration_minutes = 240\ntheme = "water"\n'
        '\n[[mandates]]\nid = "long_day"\nkind = "meeting"\nsession = 46\nduration_minutes = 361\ntheme = "food"\n\n',
    )

    result = _plan(folder, tmp_path / "out")

    assert result.exit_code == 0, result.output
    assert "Meeting on water (mandate not identified) - part 1 of 2  [four_hours]" in result.output
    assert "4 hours: two meetings the same day" in result.output
    assert "6 hours 1 minute, more than one working day" in result.output


def test_plan_warns_of_a_pin_on_a_voting_day_or_into_the_high_level_segment(tmp_path):
    for day, warning in (
        ("2021-03-24", "pinned to Wed 24 Mar 2021, a day kept for action on draft proposals"),
        ("2021-02-23", "pinned into the high-level segment, which holds no other meeting"),
    ):
        folder = _copy_sample(tmp_path / day)
        toml = folder / "session.toml"
        toml.write_text(toml.read_text("utf-8").replace("date = 2021-03-12\n", f"date = {day}\n"), "utf-8")

        result = CliRunner().invoke(main, ["plan", str(folder), "--out", str(tmp_path / day / "out")])

        assert result.exit_code == 0, result.output
        assert f"  - african_descent_midterm_review: {warning}" in result.output.splitlines()


def test_plan_names_a_resolution_whose_file_name_is_not_utf8(tmp_path):
    folder = _copy_sample(tmp_path)
    # "rés.txt" in Latin-1, as a zip made on Windows may name it; Linux keeps the bytes as they are.
    odd = folder / "resolutions" / os.fsdecode(b"r\xe9s-43-21.txt")
    shutil.copy(folder / "resolutions" / "a-hrc-res-43-21.zh.txt", odd)

    result = _plan(folder, tmp_path / "out")

    assert result.exit_code == 0, result.output
    shown = str(odd).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    assert f"  - {shown}: the file's name is not UTF-8 text (as in some zip files made on Windows); rename it" in (
        result.output
    )
    assert json.loads((tmp_path / "out" / "programme.json").read_text("utf-8"))


def _pin_then_unpin(tmp_path: Path) -> tuple[Path, Path]:
    """Plan the sample with the meeting of 43/21 pinned to 5 March, then plan it unpinned."""
    folder, out = _copy_sample(tmp_path), tmp_path / "out"
    toml = folder / "session.toml"
    original = toml.read_text("utf-8")
    toml.write_text(original + '\n[[pins]]\nmandate = "a-hrc-res-43-21-op8-s46"\ndate = 2021-03-05\n', "utf-8")
    assert _plan(folder, out).exit_code == 0
    toml.write_text(original, "utf-8")
    return folder, out


def test_a_meeting_kept_on_its_published_day_says_why_only_so(tmp_path):
    folder, out = _pin_then_unpin(tmp_path)

    result = _plan(folder, out)

    assert result.exit_code == 0, result.output
    line = next(line for line in result.output.splitlines() if "kept on Fri 5 Mar 2021" in line)
    assert line.endswith("after the high-level segment; kept on Fri 5 Mar 2021, its day in the previous version")


def test_report_drafts_what_the_plan_in_its_folder_holds(tmp_path):
    folder, out = _pin_then_unpin(tmp_path)
    assert _plan(folder, out).exit_code == 0
    draft = out / "summary-reports" / "summary-report-hrc46-a-hrc-res-43-21-op8-s46.en.docx"
    planned = draft.read_bytes()

    result = CliRunner().invoke(main, ["report", "a-hrc-res-43-21-op8-s46", str(folder), "--out", str(draft.parent)])

    # The plan's own draft: the same day (5 March, kept from the previous version), not "edited".
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {draft}\n"
    assert draft.read_bytes() == planned
    again = _plan(folder, out)
    assert again.exit_code == 0, again.output
    assert again.output.endswith(f"Wrote 0 file(s) to {out}/ (14 already up to date)\n")
    assert "Kept as you edited them" not in again.output
    assert not (draft.parent / ".planner-outputs.json").exists()


def test_report_refuses_the_plan_folder_of_another_session(tmp_path):
    out = tmp_path / "out22"
    assert CliRunner().invoke(main, ["plan", HRC22, "--out", str(out)]).exit_code == 0
    before = _tree(out)

    result = CliRunner().invoke(main, ["report", "a-hrc-res-43-21-op8-s46", SAMPLE, "--out", str(out)])

    assert result.exit_code == 1
    assert result.stderr == f"planner: error: {out}: holds the programme of session 22, not 46; give another --out\n"
    assert _tree(out) == before


def test_a_lost_release_record_reissues_every_event_above_the_published_calendar(tmp_path):
    out = tmp_path / "out"
    assert _plan(Path(SAMPLE), out).exit_code == 0
    (out / "hrc46.calendar-release.json").unlink()  # taken for clutter and deleted

    result = _plan(Path(SAMPLE), out)

    assert result.exit_code == 0, result.output
    # Calendar clients take an event as an update only with a higher SEQUENCE than they hold.
    assert "the record of the last release was missing, but its calendar is here" in result.output
    events = (out / "hrc46.ics").read_text("utf-8").count("BEGIN:VEVENT")
    assert f": {events} reissued, 0 unchanged" in result.output
    sequences = [line for line in (out / "hrc46.ics").read_text("utf-8").splitlines() if line.startswith("SEQUENCE")]
    assert sequences and set(sequences) == {"SEQUENCE:1"}


def test_a_lost_programme_keeps_the_days_its_calendar_published(tmp_path):
    folder, out = _pin_then_unpin(tmp_path)
    (out / "programme.json").unlink()

    result = _plan(folder, out)

    assert result.exit_code == 0, result.output
    assert "kept on Fri 5 Mar 2021, its day in the previous version" in result.output


def test_a_theme_for_a_meeting_in_an_unread_text_names_that_text(tmp_path):
    folder = _copy_sample(tmp_path)
    texts = folder / "resolutions"
    (texts / "a-hrc-res-43-21.zh.txt").rename(texts / "a-hrc-res-43-21.zh.docx")  # a text saved under a wrong name
    toml = folder / "session.toml"
    toml.write_text(toml.read_text("utf-8").replace("a-hrc-res-43-21.zh.txt", "a-hrc-res-43-21.zh.docx"), "utf-8")

    result = _plan(folder, tmp_path / "out")

    assert result.exit_code == 1
    assert result.stderr.rstrip("\n").endswith(
        f"(or it is in a text that was not read: {texts / 'a-hrc-res-43-21.zh.docx'}: is not a Word .docx file "
        "(not a zip archive); save it again from Word)"
    )


def test_a_file_name_with_accents_matches_however_they_are_encoded(tmp_path):
    # macOS names "résolution" with a decomposed é (NFD); the session file is typed composed (NFC).
    folder = _copy_sample(tmp_path)
    texts = folder / "resolutions"
    (texts / "a-hrc-res-43-21.zh.txt").rename(texts / unicodedata.normalize("NFD", "résolution-43-21.zh.txt"))
    toml = folder / "session.toml"
    toml.write_text(toml.read_text("utf-8").replace("a-hrc-res-43-21.zh.txt", "résolution-43-21.zh.txt"), "utf-8")

    result = _plan(folder, tmp_path / "out")

    assert result.exit_code == 0, result.output
    assert "[a-hrc-res-43-21-op8-s46]" in result.output  # the symbol the session file gives the text


def test_texts_in_a_folder_inside_resolutions_are_said_to_be_unread(tmp_path):
    folder = _copy_sample(tmp_path)
    older = folder / "resolutions" / "older"
    older.mkdir()
    shutil.copy(Path(HRC22) / "resolutions" / "a-hrc-res-21-20.en.txt", older)

    result = _plan(folder, tmp_path / "out")

    assert result.exit_code == 0, result.output
    resolutions = folder / "resolutions"
    assert f"  - {older}: folders inside {resolutions} are not read; move its texts into {resolutions} itself\n" in (
        result.output
    )


def test_a_draft_of_a_meeting_no_longer_planned_is_named_not_deleted(tmp_path):
    folder, out = _copy_sample(tmp_path), tmp_path / "out"
    assert _plan(folder, out).exit_code == 0
    chinese = CliRunner().invoke(
        main, ["report", "43/21 op8", str(folder), "--language", "zh", "--out", str(out / "summary-reports")]
    )
    assert chinese.exit_code == 0, chinese.output
    (folder / "resolutions" / "a-hrc-res-43-21.zh.txt").unlink()  # the meeting's text taken away
    toml = folder / "session.toml"
    text = toml.read_text("utf-8")
    toml.write_text(text[: text.index('[documents."a-hrc-res-43-21.zh.txt"]')], "utf-8")

    result = _plan(folder, out)

    assert result.exit_code == 0, result.output
    drafts = out / "summary-reports"
    assert (
        "Drafts of meetings no longer in this plan (kept; delete them if they are not needed):\n"
        f"  - {drafts / 'summary-report-hrc46-a-hrc-res-43-21-op8-s46.en.docx'}\n"
        f"  - {drafts / 'summary-report-hrc46-a-hrc-res-43-21-op8-s46.zh.docx'}\n"
    ) in result.output
    assert len(list(drafts.iterdir())) == 2


def test_a_draft_in_another_language_is_no_draft_left_behind(tmp_path):
    folder, out = _copy_sample(tmp_path), tmp_path / "out"
    assert _plan(folder, out).exit_code == 0
    chinese = CliRunner().invoke(
        main, ["report", "43/21 op8", str(folder), "--language", "zh", "--out", str(out / "summary-reports")]
    )
    assert chinese.exit_code == 0, chinese.output

    result = _plan(folder, out)

    assert result.exit_code == 0, result.output
    assert SEED_LINE in result.output.splitlines()  # the meeting of both drafts is still planned
    assert sorted(p.name for p in (out / "summary-reports").iterdir()) == [
        "summary-report-hrc46-a-hrc-res-43-21-op8-s46.en.docx",
        "summary-report-hrc46-a-hrc-res-43-21-op8-s46.zh.docx",
    ]
    assert "Drafts of meetings no longer in this plan" not in result.output


def test_a_pin_naming_no_mandate_quotes_no_doubt_of_a_text_that_was_read(tmp_path):
    folder = _copy_sample(tmp_path)
    shutil.copy(RESOLUTIONS / "a-hrc-res-11-9.en.txt", folder / "resolutions")  # read, with a doubt about its theme
    toml = folder / "session.toml"
    toml.write_text(toml.read_text("utf-8") + '\n[[pins]]\nmandate = "43/21 op9"\ndate = 2021-03-01\n', "utf-8")

    result = _plan(folder, tmp_path / "out")

    assert result.exit_code == 1
    assert "no mandate of this session is called '43/21 op9'" in result.stderr
    assert "not read" not in result.stderr


def test_report_keeps_the_published_day_when_the_programme_is_lost(tmp_path):
    folder, out = _pin_then_unpin(tmp_path)
    (out / "programme.json").unlink()
    draft = out / "summary-reports" / "summary-report-hrc46-a-hrc-res-43-21-op8-s46.en.docx"
    planned = draft.read_bytes()  # the draft of the meeting on 5 March

    result = CliRunner().invoke(main, ["report", "43/21 op8", str(folder), "--out", str(draft.parent)])

    assert result.exit_code == 0, result.output
    assert draft.read_bytes() == planned


def test_an_edited_draft_of_a_meeting_no_longer_planned_is_named_too(tmp_path):
    folder, out = _copy_sample(tmp_path), tmp_path / "out"
    assert _plan(folder, out).exit_code == 0
    draft = out / "summary-reports" / "summary-report-hrc46-a-hrc-res-43-21-op8-s46.en.docx"
    draft.write_bytes(draft.read_bytes() + b"\n")  # someone has worked on it
    (folder / "resolutions" / "a-hrc-res-43-21.zh.txt").unlink()
    toml = folder / "session.toml"
    text = toml.read_text("utf-8")
    toml.write_text(text[: text.index('[documents."a-hrc-res-43-21.zh.txt"]')], "utf-8")

    result = _plan(folder, out)

    assert result.exit_code == 0, result.output
    assert f"Drafts of meetings no longer in this plan (kept; delete them if they are not needed):\n  - {draft}\n" in (
        result.output
    )


def test_plan_without_a_folder_plans_the_session_folder_it_runs_in(tmp_path, monkeypatch):
    folder = tmp_path / "my22"
    shutil.copytree(HRC22, folder, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.chdir(folder)

    result = CliRunner().invoke(main, ["plan"])

    assert result.exit_code == 0, result.output
    assert result.output.startswith("Human Rights Council, 22nd session")
    assert (tmp_path / "out" / "my22" / "hrc22.ics").is_file()  # beside the session folder, as from above


def test_a_plan_keeps_a_draft_in_another_language_in_step(tmp_path):
    folder, out = _pin_then_unpin(tmp_path)  # planned on 5 March, then free to stay there
    drafts = out / "summary-reports"
    report = CliRunner().invoke(main, ["report", "43/21 op8", str(folder), "--language", "zh", "--out", str(drafts)])
    assert report.exit_code == 0, report.output
    chinese = drafts / "summary-report-hrc46-a-hrc-res-43-21-op8-s46.zh.docx"
    before = chinese.read_bytes()
    toml = folder / "session.toml"
    toml.write_text(toml.read_text("utf-8") + '\n[[pins]]\nmandate = "43/21 op8"\ndate = 2021-03-08\n', "utf-8")

    result = _plan(folder, out)  # in English, as by default

    assert result.exit_code == 0, result.output
    from docx2python import docx2python

    assert chinese.read_bytes() != before
    with docx2python(chinese) as document:
        assert "2021年3月8日" in document.text  # redrafted for the new day, as the English one
    assert "Kept as you edited them" not in result.output


def test_a_changed_programme_under_the_same_version_date_is_warned_with_the_date_to_set(tmp_path):
    folder = _copy_sample(tmp_path)
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["plan", str(folder), "--out", str(out)]).exit_code == 0
    toml = folder / "session.toml"
    toml.write_text(toml.read_text("utf-8").replace("date = 2021-03-12", "date = 2021-03-03"), "utf-8")

    moved = CliRunner().invoke(main, ["plan", str(folder), "--out", str(out)])
    again = CliRunner().invoke(main, ["plan", str(folder), "--out", str(out)])

    assert (moved.exit_code, again.exit_code) == (0, 0)
    assert (
        '\nVersion date: the programme changed since the one written here, but both read "Version of '
        '15 February 2021": set version = 2021-02-16 (or a later date) in the session file\n'
    ) in moved.output
    assert "Version date:" not in again.output  # the same programme again: nothing to say


def test_a_version_date_going_back_is_warned_with_the_date_to_set(tmp_path):
    folder = _copy_sample(tmp_path)
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["plan", str(folder), "--out", str(out)]).exit_code == 0
    toml = folder / "session.toml"
    toml.write_text(toml.read_text("utf-8").replace("version = 2021-02-15", "version = 2021-02-01"), "utf-8")

    back = CliRunner().invoke(main, ["plan", str(folder), "--out", str(out)])

    assert back.exit_code == 0, back.output
    assert (
        "\nVersion date: the version date goes back from 15 February 2021, the programme written here, to "
        "1 February 2021: set version = 2021-02-16 (or a later date) in the session file\n"
    ) in back.output


def test_plan_out_into_the_session_folder_itself_is_refused(tmp_path):
    folder = _copy_sample(tmp_path)

    result = CliRunner().invoke(main, ["plan", str(folder), "--out", str(folder)])

    assert result.exit_code == 1
    assert result.stderr == (
        f"planner: error: {folder}: is the session folder itself: the outputs would mix with session.toml and "
        "resolutions/; give another --out (without it: out/hrc46 beside the session folder)\n"
    )
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in Path(SAMPLE).iterdir())
