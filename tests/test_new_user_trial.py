"""What a new user tripped over (the issue "silent skips, mixed languages, guesses the README
leaves"): each test does what she did. The readers of .doc, .odt and .rtf (item 1) are tested in
tests/read/test_other_formats.py, the session-file messages (item 8) in
tests/schedule/test_sessionfile_errors.py."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner

from planner.cli import main

ROOT = Path(__file__).resolve().parents[1]
HRC46, HRC22 = ROOT / "sample_sessions" / "hrc46", ROOT / "sample_sessions" / "hrc22"


def _session(tmp_path: Path, sample: Path, name: str, extra: str = "") -> Path:
    folder = tmp_path / name
    shutil.copytree(sample, folder, ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    if extra:
        with (folder / "session.toml").open("a", encoding="utf-8") as handle:
            handle.write(extra)
    return folder


def _events(path: Path) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def _description_lines(event: icalendar.Event, *names: str) -> list[str]:
    return [line for line in str(event["DESCRIPTION"]).splitlines() if line.split(":")[0] in names]


SEED_UID = "hrc46-a-hrc-res-43-21-op8@hrc-planner"


def test_english_calendar_gives_the_chinese_set_phrases_in_english(tmp_path):
    # Item 2: the sample's seed is a Chinese text; its chair, participants and report author are set phrases.
    result = CliRunner().invoke(main, ["plan", str(HRC46), "--out", str(tmp_path)])

    assert result.exit_code == 0, result.output
    event = _events(tmp_path / "hrc46.ics")[SEED_UID]
    assert _description_lines(event, "Chair", "Participants", "Summary report") == [
        "Chair: the President of the Human Rights Council",
        "Participants: senior officials of States",
        "Summary report: by the United Nations High Commissioner for Human Rights, due at the 47th session"
        " (assumed: the resolution names none)",
    ]


def test_english_calendar_quotes_what_it_cannot_translate_and_chairs_table_gives_it(tmp_path):
    # Item 2: a Chinese theme without [themes] is quoted as Chinese; [chairs] and [participants] give English.
    session = _session(tmp_path, HRC46, "hrc46")
    text = (session / "session.toml").read_text("utf-8")
    (session / "session.toml").write_text(text.replace('"43/21 op8" = ', '"43/21 op8-not" = '), "utf-8")
    (session / "session.toml").write_text(
        text.split("[themes]")[0]
        + '[chairs]\n"43/21 op8" = "the Vice-President of the Council"\n'
        + '[participants]\n"43/21 op8" = "ministers and senior officials"\n',
        "utf-8",
    )
    result = CliRunner().invoke(main, ["plan", str(session), "--out", str(tmp_path / "out")])

    assert result.exit_code == 0, result.output
    event = _events(tmp_path / "out" / "hrc46.ics")[SEED_UID]
    assert _description_lines(event, "Chair", "Theme", "Participants") == [
        "Chair: the Vice-President of the Council",
        'Theme: "减贫在促进和保护人权中的作用" (in Chinese, as the resolution words it;'
        " give it in English in session.toml [themes])",
        "Participants: ministers and senior officials",
    ]


def test_calendar_says_a_declared_meeting_comes_from_the_session_file(tmp_path):
    # Item 3: the sample declares the African Descent debate in session.toml, without its resolution.
    result = CliRunner().invoke(main, ["plan", str(HRC46), "--out", str(tmp_path)])

    assert result.exit_code == 0, result.output
    events = _events(tmp_path / "hrc46.ics")
    declared = events["hrc46-doc-african-descent-midterm-review@hrc-planner"]
    standing = events["hrc46-a-hrc-res-16-21-hr-mainstreaming@hrc-planner"]
    assert _description_lines(declared, "Mandate") == [
        "Mandate: declared in session.toml; its resolution is not identified"
    ]
    assert _description_lines(standing, "Mandate") == [
        "Mandate: resolution 16/21 (A/HRC/RES/16/21), a standing mandate built into planner (paragraph not recorded)"
    ]


@pytest.mark.parametrize(
    ("version", "status"),
    [("2021-02-15", "TENTATIVE"), ("2021-02-22", "CONFIRMED")],
    ids=["before-the-session-tentative", "from-the-first-day-confirmed"],
)
def test_calendar_events_are_tentative_until_the_session_opens(tmp_path, version, status):
    # Item 12: the programme is "provisional and subject to change" until the Council adopts it.
    session = _session(tmp_path, HRC46, "hrc46")
    text = (session / "session.toml").read_text("utf-8")
    (session / "session.toml").write_text(text.replace("version = 2021-02-15", f"version = {version}"), "utf-8")
    result = CliRunner().invoke(main, ["plan", str(session), "--out", str(tmp_path / "out")])

    assert result.exit_code == 0, result.output
    meeting = _events(tmp_path / "out" / "hrc46.ics")[SEED_UID]
    assert str(meeting["STATUS"]) == status


def test_default_output_folder_is_the_same_wherever_she_stands(tmp_path):
    # Item 6: `planner plan hrc22` from above, then `cd hrc22 && planner plan`: one folder, its history kept.
    session = _session(tmp_path, HRC22, "hrc22")
    before = Path.cwd()
    try:
        os.chdir(tmp_path)
        above = CliRunner().invoke(main, ["plan", "hrc22"])
        os.chdir(session)
        inside = CliRunner().invoke(main, ["plan"])
    finally:
        os.chdir(before)

    assert (above.exit_code, inside.exit_code) == (0, 0), inside.output
    written = above.output.splitlines()[-1].split()[1]
    assert above.output.splitlines()[-1] == f"Wrote {written} file(s) to out/hrc22/ (0 already up to date)"
    assert inside.output.splitlines()[-1] == f"Wrote 0 file(s) to ../out/hrc22/ ({written} already up to date)"
    assert not (session / "out").exists()


def test_report_says_why_no_draft_and_reports_table_asks_for_one(tmp_path):
    # Item 7: her copy of the text lacks the report paragraph.
    session = _session(tmp_path, HRC22, "hrc22")
    out = tmp_path / "drafts"
    without = CliRunner().invoke(main, ["report", "a-hrc-res-21-20-op1-s22", str(session), "--out", str(out)])
    with (session / "session.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[reports]\n"21/20 op1" = {author = "the High Commissioner", due_session = 23}\n')
    declared = CliRunner().invoke(main, ["report", "a-hrc-res-21-20-op1-s22", str(session), "--out", str(out)])

    assert without.exit_code == 1
    assert without.stderr == (
        "planner: error: 'a-hrc-res-21-20-op1-s22' is placed, but its mandate asks for no report; if the "
        "resolution asks for one in a paragraph your copy lacks, add it to session.toml: "
        '[reports] "21/20 op1" = {author = "...", due_session = ...}\n'
    )
    assert declared.exit_code == 0, declared.output
    assert declared.output == f"wrote {out}/summary-report-hrc22-a-hrc-res-21-20-op1-s22.en.docx\n"


def test_a_declared_mandate_may_ask_for_a_report(tmp_path):
    # Item 7: [[mandates]] with a report request gets its draft from `planner plan`.
    session = _session(
        tmp_path,
        HRC46,
        "hrc46",
        '\n[mandates.report]\nauthor = "the Office of the High Commissioner"\ndue_session = 48\n',
    )
    result = CliRunner().invoke(main, ["plan", str(session), "--out", str(tmp_path / "out")])

    assert result.exit_code == 0, result.output
    assert (
        tmp_path / "out" / "summary-reports" / "summary-report-hrc46-african-descent-midterm-review.en.docx"
    ).is_file()


def test_a_report_table_replacing_the_resolutions_report_is_warned_of(tmp_path):
    # From the newcomer's trial: a [reports] entry left from a copy that lacked the paragraph
    # silently replaced the report the resolution asks for (43/21 op. 9, the seed).
    session = _session(
        tmp_path,
        HRC46,
        "hrc46",
        '\n[reports]\n"43/21 op8" = {author = "the Office of the High Commissioner", due_session = 48}\n',
    )
    result = CliRunner().invoke(main, ["plan", str(session), "--out", str(tmp_path / "out")])

    assert result.exit_code == 0, result.output
    warning = (
        'session.toml [reports] "43/21 op8" replaces the summary report by 联合国人权事务高级专员 that op. 9 of the '
        "resolution asks for with a summary report by the Office of the High Commissioner, due at the 48th "
        "session; remove the entry if your copy of the text holds op. 9"
    )
    assert f"  - {warning}" in result.output.splitlines()
    assert warning in json.loads((tmp_path / "out" / "programme.json").read_text(encoding="utf-8"))["warnings"]


def test_a_report_table_naming_no_meeting_is_an_error(tmp_path):
    session = _session(tmp_path, HRC22, "hrc22", '\n[reports]\n"21/20 op9" = {due_session = 23}\n')
    result = CliRunner().invoke(main, ["plan", str(session), "--out", str(tmp_path / "out")])

    assert result.exit_code == 1
    assert result.stderr == (
        f"planner: error: {session / 'session.toml'}, reports.21/20 op9: no mandate is called '21/20 op9'; "
        "did you mean '21/20 op1'?\n"
    )


def test_extract_a_session_folder_points_to_its_resolutions_folder(tmp_path):
    # Item 9: "move the texts up into it" would break the session's layout.
    session = _session(tmp_path, HRC22, "hrc23")
    result = CliRunner().invoke(main, ["extract", str(session)])

    assert result.exit_code == 1
    assert result.stderr == (
        f"planner: error: {session}: is a session folder; its texts are in {session / 'resolutions'}: "
        f"planner extract {session / 'resolutions'} (or planner plan {session})\n"
    )


def test_language_en_on_a_french_text_is_warned(tmp_path):
    # Item 10: operative paragraph 10 of a 1966 Security Council resolution (mandates-dev.yaml, sc-1966-fr-op10).
    path = tmp_path / "sc-1966-fr.txt"
    path.write_text(
        "10. Décide de garder cette question à son ordre du jour pour y donner la suite nouvelle "
        "appropriée eu égard à l’évolution de la situation.\n"
    )
    result = CliRunner().invoke(main, ["extract", str(path), "--language", "en", "--format", "json"])

    assert result.exit_code == 0, result.output
    assert '"message": "the text is mostly French (83% of its letters), but was read as English:' in result.output


def test_standing_lists_the_built_in_ids_with_their_usual_session():
    # Item 11: the ids [standing] retire and themes take, without reading the code.
    result = CliRunner().invoke(main, ["standing", "--session", "46"])

    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:4] == [
        "hr_mainstreaming",
        "  Annual high-level panel discussion on human rights mainstreaming (A/HRC/RES/16/21)",
        "  annual, February-March session, usually Monday of week 1, afternoon",
        "  theme: human rights mainstreaming throughout the United Nations system",
    ]


def test_a_file_planner_cannot_read_in_the_resolutions_folder_is_named_not_skipped(tmp_path):
    session = tmp_path / "hrc22"
    (session / "resolutions").mkdir(parents=True)
    real = Path(__file__).parent / "data" / "resolutions" / "a-hrc-res-21-20.en.txt"
    (session / "resolutions" / real.name).write_bytes(real.read_bytes())
    (session / "resolutions" / "notes.md").write_text("Texts still to find: 21/30\n", encoding="utf-8")
    (session / "session.toml").write_text("session = 22\n", encoding="utf-8")

    planned = CliRunner().invoke(main, ["plan", str(session), "--out", str(tmp_path / "out")])
    extracted = CliRunner().invoke(main, ["extract", str(session / "resolutions"), "--format", "json"])

    assert planned.exit_code == 0, planned.output
    named = f"{session / 'resolutions' / 'notes.md'}: unsupported file type '.md'; use .txt, .docx, .pdf, .doc, .odt or .rtf"
    assert f"  - {named}\n" in planned.output
    assert extracted.exit_code == 1
    assert extracted.stderr == f"planner: error: {named}\n"
    assert '"source": "' in extracted.stdout  # the resolution beside it is still read
