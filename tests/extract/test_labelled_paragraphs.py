"""Real resolution paragraphs with human labels: every phrasing and every trap.

Sources: tests/data/mandates-dev.yaml (a copy of the project's labelled set,
../shared/domain/mandates-dev.yaml) and tests/data/phrasings.yaml (more real paragraphs,
same format, sources inside).
Each paragraph is read on its own, with its resolution's adopting session.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from planner.extract import extract_lines, mandates
from planner.extract.lexicon import AVAILABLE, lexicon
from planner.extract.structure import parse

DATA = Path(__file__).resolve().parents[1] / "data"
LABEL_FILES = [DATA / "mandates-dev.yaml", DATA / "phrasings.yaml"]

# Label kinds that are not planner kinds: (planner kind, high_level).
KINDS = {
    "high_level_panel": ("panel_discussion", True),
    "panel": ("panel_discussion", False),
    "workshop": ("workshop", False),
    "other": ("forum", False),  # "the Forum shall meet annually" (resolution 6/15)
    "interactive_dialogue": ("interactive_dialogue", False),
    "meeting": ("meeting", False),
    "high_level_discussion": ("meeting", True),
    "working_group_meetings": ("meeting", False),
    "high_level_plenary_meeting": ("meeting", True),
}

# Labelled themes the extractor does not give yet: what it gets wrong in each paragraph.
THEMES_MISREAD = {
    "hrc-6th-asiapacific-workshop-op2-zh": (
        "the extractor reads a Chinese theme only after 主题为, in 关于...的 or in 就...召开; here the subject is "
        "the workshop's name, before 年度讲习会, and it gives no theme"
    ),
    "hrc-dec-12-118-op2": (
        "the extractor keeps 'the draft declaration' as the theme: it does not take it to point back to the "
        "decision's subject (the United Nations declaration on human rights education and training), as it "
        "takes 'the matter' (res. 11/9); not even with the whole decision (a-hrc-dec-12-118.en.txt)"
    ),
    "hrc-res-45-12-op11": (
        "the extractor ends the theme at 'pandemic' and drops what the paragraph adds to it: ', and will have "
        "a special focus on the right to participation'"
    ),
    "hrc-res-49-9-op42": (
        "the stored page stops mid-word ('... Punishment of the Cr'): the extractor takes the cut words for the "
        "theme (while it says the paragraph stops mid-sentence) where the label completes the Convention's title"
    ),
    "hrc-res-3-4-op2": (
        "the meetings are those of the working group of op. 1 ('to formulate concrete recommendations on its "
        "agenda, its annual programme of work, its methods of work ...', the title's words); the extractor "
        "gives them no theme, alone or in the whole resolution (a-hrc-res-3-4.en.txt), although it links op. "
        "3's chair and op. 5's report to them"
    ),
}


def _entries():
    for path in LABEL_FILES:
        for entry in yaml.safe_load(path.read_text("utf-8")):
            if entry["language"] in AVAILABLE:
                yield pytest.param(entry, id=entry["id"])


def _themes():
    for param in _entries():
        entry = param.values[0]
        if entry["is_mandate"]:
            reason = THEMES_MISREAD.get(entry["id"])
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(entry, id=entry["id"], marks=marks)


def _adopting_session(entry) -> int | None:
    if entry.get("adopting_session"):
        return entry["adopting_session"]
    match = re.search(r"/(\d+)/\d+$", entry.get("symbol") or "")
    return int(match.group(1)) if match else None


def _extract(entry):
    lex = lexicon(entry["language"])
    resolution, _ = parse(entry["text"].splitlines(), entry["id"], lex, session=_adopting_session(entry))
    return resolution, mandates(resolution, lex)


@pytest.mark.parametrize("entry", list(_entries()))
def test_paragraph_is_mandate_as_labelled(entry):
    _, extraction = _extract(entry)

    assert len(extraction.meetings) == (1 if entry["is_mandate"] else 0)


@pytest.mark.parametrize("entry", [e for e in _entries() if e.values[0]["is_mandate"]])
def test_mandate_fields_as_labelled(entry):
    _, extraction = _extract(entry)
    meeting = extraction.meetings[0]
    kind, high_level = KINDS[entry["kind"]]

    assert meeting.kind == kind
    assert meeting.high_level == high_level
    assert meeting.session == entry["session"]
    relative = entry.get("session_relative")
    if relative == "annual":  # the converse need not hold: "the Annual Workshop ... in 2008"
        assert meeting.recurrence == "annual"
    assert meeting.intersessional == (relative == "intersessional")
    if relative == "date_window":
        assert meeting.session is None and meeting.evidence["session"]
    if entry.get("duration_hours"):
        assert meeting.duration_minutes == entry["duration_hours"] * 60
    assert meeting.accessible == bool(entry.get("accessibility"))
    due = (entry.get("report") or {}).get("due_session")
    if due and entry["id"] != "hrc-res-3-4-op2":  # that report is asked in op. 5, another paragraph
        assert meeting.report is not None and meeting.report.due_session == due


@pytest.mark.parametrize("entry", list(_themes()))
def test_mandate_theme_as_labelled(entry):
    _, extraction = _extract(entry)
    meeting = extraction.meetings[0]

    assert meeting.theme == entry.get("theme")


def test_every_misread_theme_is_of_a_labelled_mandate():
    mandates = {e.values[0]["id"] for e in _entries() if e.values[0]["is_mandate"]}

    assert sorted(set(THEMES_MISREAD) - mandates) == []


@pytest.mark.parametrize("entry", [e for e in _entries() if e.values[0]["is_mandate"]])
def test_mandate_evidence_quotes_the_paragraph(entry):
    _, extraction = _extract(entry)
    meeting = extraction.meetings[0]
    text = " ".join(entry["text"].split())

    for field, words in meeting.evidence.items():
        assert words and " ".join(words.split()) in text, field


@pytest.mark.parametrize(
    "entry_id, author, due",
    [
        ("hrc-dec-6-104-op", "the Secretary-General", 7),
        ("hrc-res-33-25-op3", "the Expert Mechanism", None),
        ("hrc-res-49-9-op41", "the Secretary-General", 53),
        ("hrc-res-48-11-op1", "the High Commissioner", None),
        ("hrc-res-3-4-op5", "the working group", 4),
    ],
)
def test_report_request_read(entry_id, author, due):
    entry = next(e.values[0] for e in _entries() if e.values[0]["id"] == entry_id)
    _, extraction = _extract(entry)

    assert [(r.author, r.due_session) for r in extraction.reports] == [(author, due)]


@pytest.mark.parametrize("entry_id", ["hrc-res-45-12-op11", "hrc-res-48-11-op11"])
def test_report_in_same_paragraph_attached_to_meeting(entry_id):
    entry = next(e.values[0] for e in _entries() if e.values[0]["id"] == entry_id)
    _, extraction = _extract(entry)
    meeting = extraction.meetings[0]

    assert meeting.report is not None
    assert (meeting.report.form, meeting.report.author) == ("summary_report", "the Office of the High Commissioner")
    assert extraction.reports[0].meeting == meeting.id


@pytest.mark.parametrize(
    "entry", [e for e in _entries() if (e.values[0].get("report") or {}).get("requested") is False]
)
def test_no_report_where_none_is_asked(entry):
    # Among them a report noun that names a document already written ("contained in the study of").
    _, extraction = _extract(entry)

    assert extraction.reports == []


def _operative(entry) -> bool:
    resolution, _ = _extract(entry)
    return any(p.operative for p in resolution.paragraphs)


OPERATIVE = [e for e in _entries() if _operative(e.values[0])]


def test_some_labelled_paragraphs_were_cut_by_their_source():
    assert sum(bool(e.values[0].get("truncated")) for e in OPERATIVE) >= 2


@pytest.mark.parametrize("entry", OPERATIVE)
def test_a_paragraph_cut_short_is_pointed_out(entry):
    # The labels mark the paragraphs the stored page cut ("truncated"); no other is flagged.
    extraction = extract_lines(
        entry["text"].splitlines(), entry["id"], session=_adopting_session(entry), language=entry["language"]
    )

    cut = [p.message for p in extraction.problems if "stops mid-sentence" in p.message]
    assert bool(cut) == bool(entry.get("truncated"))


def test_preambular_paragraphs_never_mandate():
    preambular = [e.values[0] for e in _entries() if "-pp-" in e.values[0]["id"]]
    assert len(preambular) >= 8
    for entry in preambular:
        resolution, extraction = _extract(entry)
        assert [p.operative for p in resolution.paragraphs] == [False], entry["id"]
        assert extraction.meetings == [] and extraction.reports == []


def test_special_rapporteur_is_not_a_report():
    entry = next(e.values[0] for e in _entries() if e.values[0]["id"] == "hrc-res-35-6-op3-zh")
    _, extraction = _extract(entry)

    assert extraction.reports == []


def test_participants_end_where_the_theme_begins():
    # Decision 14/119 op. 2: an "independent expert on ..." among the participants is not the theme.
    entry = next(e.values[0] for e in _entries() if e.values[0]["id"] == "hrc-dec-14-119-op2")
    _, extraction = _extract(entry)
    meeting = extraction.meetings[0]

    assert meeting.participants == (
        "the United Nations High Commissioner for Human Rights, the independent expert on the situation of human "
        "rights in Somalia and the Special Representative of the Secretary-General for Somalia"
    )
    assert meeting.theme.startswith("the status of technical cooperation, capacity-building programmes")
