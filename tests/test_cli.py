"""The `planner` command as a user runs it: outputs, one-line errors, exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from planner.cli import main

RESOLUTIONS = Path(__file__).parent / "data" / "resolutions"
SEED = str(RESOLUTIONS / "a-hrc-43-l-draft-43-21.zh.txt")


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_extract_json_contract():
    result = run("extract", SEED, "--format", "json")

    assert result.exit_code == 0
    [document] = json.loads(result.output)
    assert list(document) == ["source", "document", "meetings", "reports", "problems"]
    assert document["source"] == SEED
    assert list(document["document"]) == ["symbol", "title", "session", "agenda_item", "language", "status"]
    meeting = document["meetings"][0]
    assert list(meeting) == [
        "id",
        "paragraph",
        "kind",
        "high_level",
        "recurrence",
        "intersessional",
        "session",
        "agenda_item",
        "agenda_item_from",
        "duration_minutes",
        "timing",
        "chair",
        "theme",
        "participants",
        "accessible",
        "report",
        "evidence",
    ]
    assert meeting["report"] == {
        "form": "summary_report",
        "author": "联合国人权事务高级专员",
        "due_session": None,
        "paragraph": 9,
    }
    assert list(document["reports"][0]) == [
        "id",
        "paragraph",
        "form",
        "author",
        "subject",
        "due_session",
        "meeting",
        "evidence",
    ]


def test_extract_json_is_deterministic():
    first, second = run("extract", SEED, "--format", "json"), run("extract", SEED, "--format", "json")

    assert (first.exit_code, second.exit_code) == (0, 0)
    assert json.loads(first.output)[0]["meetings"][0]["session"] == 46
    assert first.output == second.output


def test_extract_table_shows_fields_with_their_words():
    result = run("extract", SEED, "--format", "table")

    assert result.exit_code == 0
    assert "MEETING  op. 8" in result.output
    assert '    session          46   <- "在其第四十六届会议"' in result.output
    assert (
        "    report           summary report by 联合国人权事务高级专员, due no session stated (op. 9)" in result.output
    )


def test_extract_folder_with_one_bad_file_goes_on(tmp_path):
    shutil.copy(SEED, tmp_path / "a-seed.txt")
    (tmp_path / "b-empty.txt").write_bytes(b"")
    shutil.copy(RESOLUTIONS / "a-hrc-res-20-18.en.docx", tmp_path / "c-20-18.docx")
    (tmp_path / "notes.md").write_text("named, not skipped: every file of a folder is read or named")

    result = CliRunner().invoke(main, ["extract", str(tmp_path), "--format", "json"])

    assert result.exit_code == 1
    assert result.stderr == (
        f"planner: error: {tmp_path / 'b-empty.txt'}: the file is empty\n"
        f"planner: error: {tmp_path / 'notes.md'}: unsupported file type '.md'; use .txt, .docx, .pdf, .doc, .odt or .rtf\n"
    )
    assert [d["source"].rsplit("/", 1)[1] for d in json.loads(result.stdout)] == ["a-seed.txt", "c-20-18.docx"]


def test_extract_missing_file_exit_1():
    result = CliRunner().invoke(main, ["extract", "no-such-resolution.docx"])

    assert result.exit_code == 1
    assert result.stderr == "planner: error: no-such-resolution.docx: no such file\n"
    assert result.stdout == "[]\n"


def test_extract_usage_error_exit_2():
    result = CliRunner().invoke(main, ["extract", SEED, "--format", "xml"])

    assert result.exit_code == 2
    assert result.stderr == (
        "planner extract: usage error: Invalid value for '--format': 'xml' is not one of 'table', 'json'. "
        "(see planner extract --help)\n"
    )


def test_usage_errors_are_one_line_too():
    for args in (["plan", "--bogus"], ["nosuch"], ["report"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2
        assert result.stderr.count("\n") == 1 and ": usage error: " in result.stderr


def test_planner_alone_shows_what_it_can_do():
    result = CliRunner().invoke(main, [])

    assert result.exit_code == 0
    assert "extract" in result.stdout and "plan" in result.stdout and "report" in result.stdout


def test_extract_out_file_written(tmp_path):
    out = tmp_path / "mandates.json"
    result = run("extract", SEED, "--out", str(out))

    assert result.exit_code == 0
    assert json.loads(out.read_text("utf-8"))[0]["meetings"][0]["session"] == 46
    # No temporary file left; the record of what planner wrote (so a rerun may replace it) and
    # the empty file two runs lock to take turns.
    assert sorted(p.name for p in tmp_path.iterdir()) == [".planner-outputs.json", ".planner.lock", "mandates.json"]
    assert run("extract", SEED, "--out", str(out)).exit_code == 0


def test_extract_out_dash_is_the_screen(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("extract", SEED, "--out", "-")

    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["meetings"][0]["session"] == 46
    assert list(tmp_path.iterdir()) == []  # no file named "-"


def test_extract_out_never_replaces_a_file_planner_did_not_write(tmp_path):
    out = tmp_path / "notes.json"
    out.write_text("my notes\n", "utf-8")

    result = CliRunner().invoke(main, ["extract", SEED, "--out", str(out)])

    assert result.exit_code == 1
    assert result.stderr == (
        f"planner: error: {out}: exists and is not a file planner wrote (or was edited since); "
        "give another file, or --force to replace it\n"
    )
    assert out.read_text("utf-8") == "my notes\n"
    assert run("extract", SEED, "--out", str(out), "--force").exit_code == 0
    assert json.loads(out.read_text("utf-8"))[0]["source"] == SEED


def test_extract_out_may_not_be_an_input(tmp_path):
    text = tmp_path / "a-hrc-res-21-20.en.txt"
    shutil.copy(RESOLUTIONS / text.name, text)

    result = CliRunner().invoke(main, ["extract", str(text), "--out", str(text), "--force"])

    assert result.exit_code == 2
    assert result.stderr == (
        f"planner extract: usage error: Invalid value for --out: {text} is one of the files to read; "
        "give another file (see planner extract --help)\n"
    )
    assert text.read_bytes() == (RESOLUTIONS / text.name).read_bytes()


def test_empty_out_is_a_usage_error(tmp_path):
    for command in (["extract", SEED], ["plan", str(tmp_path)]):
        result = CliRunner().invoke(main, [*command, "--out", ""])
        assert result.exit_code == 2
        assert "Invalid value for '--out': is empty; give a file or folder name" in result.stderr


def test_extract_missing_file_without_suffix_is_named_missing():
    result = CliRunner().invoke(main, ["extract", "/no/such/thing"])

    assert result.exit_code == 1
    assert result.stderr == "planner: error: /no/such/thing: no such file\n"


def test_extract_session_option_resolves_headerless_text(tmp_path):
    # Operative paragraph 2 of decision 12/118 as printed; the text has no header.
    path = tmp_path / "dec-12-118-op2.txt"
    path.write_text(
        "2. Decides to hold a high-level discussion on the draft declaration during its thirteenth session.\n"
    )

    without_session = run("extract", str(path), "--format", "json")
    with_session = run("extract", str(path), "--format", "json", "--session", "12")

    assert (without_session.exit_code, with_session.exit_code) == (0, 0)
    without, given = json.loads(without_session.output)[0], json.loads(with_session.output)[0]
    assert without["document"]["session"] is None
    assert given["document"]["session"] == 12
    assert given["meetings"][0]["session"] == 13


def test_extract_unsupported_language_is_a_problem_not_a_crash(tmp_path):
    path = tmp_path / "sc-1966-fr.txt"
    # Operative paragraph 10 of a 1966 Security Council resolution (mandates-dev.yaml, sc-1966-fr-op10).
    path.write_text(
        "10. Décide de garder cette question à son ordre du jour pour y donner la suite nouvelle "
        "appropriée eu égard à l’évolution de la situation.\n"
    )

    result = run("extract", str(path), "--format", "json")

    assert result.exit_code == 0
    [document] = json.loads(result.output)
    assert document["document"]["language"] == "fr"
    assert document["problems"] == [
        {
            "paragraph": None,
            "message": "French texts cannot be read yet: no meeting or report was extracted; "
            "use the English or Chinese version of this resolution",
        }
    ]


def test_error_about_a_file_whose_name_holds_a_line_break_is_one_line(tmp_path):
    path = tmp_path / "draft\nresolution.txt"
    path.write_bytes(b"\x00\x01 not text")

    result = CliRunner().invoke(main, ["extract", str(path)])

    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "draft\\nresolution.txt: " in result.stderr


def test_extract_a_folder_whose_texts_are_in_folders_inside_it(tmp_path):
    (tmp_path / "2021").mkdir()
    (tmp_path / "2021" / "seed.txt").write_bytes(Path(SEED).read_bytes())

    result = run("extract", str(tmp_path))

    assert result.exit_code == 1
    assert result.stderr == (
        f"planner: error: {tmp_path}: the folder holds no .txt, .docx, .pdf, .doc, .odt or .rtf file "
        "(the folders inside it are not read: move the texts up into it)\n"
    )


def test_extract_a_folder_into_a_file_inside_it_twice(tmp_path):
    (tmp_path / "seed.txt").write_bytes(Path(SEED).read_bytes())
    out = tmp_path / "mandates.txt"  # .txt, like the texts: planner's record tells it apart

    first = run("extract", str(tmp_path), "--out", str(out))
    again = run("extract", str(tmp_path), "--out", str(out))
    listed = run("extract", str(tmp_path))

    assert (first.exit_code, again.exit_code, listed.exit_code) == (0, 0, 0), again.output
    assert [d["source"] for d in json.loads(listed.stdout)] == [str(tmp_path / "seed.txt")]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full (a full disk on demand) is Linux's")
def test_output_to_a_full_disk_is_one_line(tmp_path):
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "planner", "extract", SEED], stdout=full, stderr=subprocess.PIPE, text=True
        )

    assert result.returncode == 1
    assert result.stderr == (
        "planner: error: cannot print the output (No space left on device); if it goes to a file, check its disk\n"
    )


def test_extract_never_writes_over_a_text_of_the_folder_it_reads(tmp_path):
    text = tmp_path / "seed.txt"
    text.write_bytes(Path(SEED).read_bytes())

    result = run("extract", str(tmp_path), "--out", str(text), "--force")

    assert result.exit_code == 2
    assert result.stderr == (
        f"planner extract: usage error: Invalid value for --out: {text} is one of the files to read; "
        "give another file (see planner extract --help)\n"
    )
    assert text.read_bytes() == Path(SEED).read_bytes()


def test_a_file_planner_wrote_but_someone_replaced_is_read_again(tmp_path):
    (tmp_path / "seed.txt").write_bytes(Path(SEED).read_bytes())
    out = tmp_path / "notes.txt"
    assert run("extract", str(tmp_path / "seed.txt"), "--out", str(out)).exit_code == 0
    shutil.copy(RESOLUTIONS / "a-hrc-res-11-9.en.txt", out)  # someone's text now, under the old name

    listed = run("extract", str(tmp_path))

    assert listed.exit_code == 0
    assert [Path(d["source"]).name for d in json.loads(listed.stdout)] == ["notes.txt", "seed.txt"]
