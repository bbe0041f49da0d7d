"""Wording files, number words and dates: the words of a draft as data."""

from __future__ import annotations

import datetime as dt
import io
import shutil

import pytest
from docx import Document
from docx.enum.table import WD_TABLE_DIRECTION
from docx.oxml.ns import qn
from report_reading import paragraphs
from report_seed import HRC46, HRC47, seed_placement

from planner.core.reports import report_facts
from planner.core.un_style import chinese_numeral, english_ordinal, session_words
from planner.errors import InputError
from planner.export.docx.templates import templates_folder
from planner.export.report.draft import render_summary_report
from planner.export.report.fields import report_fields, title_text
from planner.export.report.text import Mark, Text, fill, split_marks
from planner.export.report.wording import load_wording, wording_file


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (1, "first"),
        (2, "second"),
        (3, "third"),
        (11, "eleventh"),
        (12, "twelfth"),
        (20, "twentieth"),
        (21, "twenty-first"),
        (46, "forty-sixth"),
        (61, "sixty-first"),
        (100, "one hundredth"),
        (101, "one hundred and first"),
    ],
)
def test_english_ordinal_spells_session(number, words):
    assert english_ordinal(number) == words


@pytest.mark.parametrize(
    ("number", "numeral"),
    [
        (1, "一"),
        (10, "十"),
        (11, "十一"),
        (20, "二十"),
        (46, "四十六"),
        (100, "一百"),
        (101, "一百零一"),
        (110, "一百一十"),
    ],
)
def test_chinese_numeral_writes_session(number, numeral):
    assert chinese_numeral(number) == numeral


def test_session_words_unknown_language_none():
    assert session_words(46, "fr") is None


def test_session_words_zero_rejected():
    with pytest.raises(ValueError, match="session number must be between 1 and 999, got 0"):
        english_ordinal(0)


@pytest.mark.parametrize(
    ("language", "first", "last", "text"),
    [
        ("en", dt.date(2021, 3, 1), dt.date(2021, 3, 5), "1–5 March 2021"),
        ("en", dt.date(2021, 2, 22), dt.date(2021, 3, 24), "22 February–24 March 2021"),
        ("en", dt.date(2020, 12, 30), dt.date(2021, 1, 2), "30 December 2020–2 January 2021"),
        ("zh", dt.date(2021, 2, 22), dt.date(2021, 3, 24), "2021年2月22日至3月24日"),
        ("zh", dt.date(2021, 3, 1), dt.date(2021, 3, 5), "2021年3月1日至5日"),
    ],
    ids=["en-same-month", "en-same-year", "en-other-year", "zh-same-year", "zh-same-month"],
)
def test_date_span_written_per_language(language, first, last, text):
    assert load_wording(wording_file(templates_folder(), language)).dates.span(first, last) == text


def test_split_marks_brackets_become_marks():
    assert split_marks("chaired by [name].") == [Text("chaired by "), Mark("[name]"), Text(".")]


def test_fill_capitalizes_with_cap_spec():
    assert fill("{words:cap} session", {"words": "forty-sixth"}, where="t") == [Text("Forty-sixth session")]


def test_fill_unknown_fact_names_wording_key():
    with pytest.raises(InputError) as error:
        fill("held on {date}", {"held_on": "26 February 2021"}, where="en wording, sections[0]")
    assert str(error.value) == "en wording, sections[0]: unknown fact {date} in wording; known: held_on"


def test_wording_files_shipped_for_english_and_chinese():
    assert sorted(path.name for path in templates_folder().glob("summary_report.*.yaml")) == [
        "summary_report.en.yaml",
        "summary_report.zh.yaml",
    ]


def test_wording_missing_language_file_refused(tmp_path):
    with pytest.raises(InputError) as error:
        load_wording(tmp_path / "summary_report.fr.yaml")
    assert str(error.value) == (
        f"{tmp_path}/summary_report.fr.yaml: no wording file for this language; "
        "copy summary_report.en.yaml and translate it"
    )


def test_wording_missing_key_names_it(tmp_path):
    path = tmp_path / "summary_report.en.yaml"
    text = (templates_folder() / "summary_report.en.yaml").read_text(encoding="utf-8")
    path.write_text(text.replace('  symbol: "A/HRC/{due_session_number}/[...]"\n', ""), encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_wording(path)
    assert str(error.value) == f"{path}, header.symbol: Field required"


def test_wording_missing_meeting_kind_names_it(tmp_path):
    path = tmp_path / "summary_report.en.yaml"
    text = (templates_folder() / "summary_report.en.yaml").read_text(encoding="utf-8")
    path.write_text(text.replace("  forum: {title: Forum, noun: forum, article: a}\n", ""), encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_wording(path)
    assert str(error.value) == f"{path}, kinds: Value error, no words for meeting kind(s) forum"


def _house_template(tmp_path, wording_text: str):
    template = tmp_path / "house.docx"
    shutil.copy(templates_folder() / "summary_report.docx", template)
    (tmp_path / "summary_report.en.yaml").write_text(wording_text, encoding="utf-8")
    return template


def test_wording_beside_house_template_used(tmp_path):
    text = (templates_folder() / "summary_report.en.yaml").read_text(encoding="utf-8")
    template = _house_template(tmp_path, text.replace("[II., Opening statements]", "[II., Opening statement]"))
    data = render_summary_report(seed_placement(), HRC46, due=HRC47, template=template)
    headings = [p.text for p in paragraphs(data) if p.style.name == "UN Chapter Heading"]
    assert headings[1] == "II.\tOpening statement"


def test_wording_right_to_left_sets_bidi_on_paragraphs_runs_tables(tmp_path):
    # Arabic wording is not written yet; an RTL copy of the English file checks the layout path.
    text = (templates_folder() / "summary_report.en.yaml").read_text(encoding="utf-8")
    template = _house_template(tmp_path, text.replace("direction: ltr", "direction: rtl"))
    data = render_summary_report(seed_placement(), HRC46, due=HRC47, template=template)
    found = [p for p in paragraphs(data) if p.runs]
    assert [p.text for p in found if p._p.pPr.find(qn("w:bidi")) is None] == []
    assert [r.text for p in found for r in p.runs if r.text and r._r.rPr.find(qn("w:rtl")) is None] == []
    tables = Document(io.BytesIO(data)).tables
    assert [table.table_direction for table in tables] == [WD_TABLE_DIRECTION.RTL, WD_TABLE_DIRECTION.RTL]


def test_wording_not_utf8_refused_naming_file(tmp_path):
    path = tmp_path / "summary_report.en.yaml"
    text = (templates_folder() / "summary_report.en.yaml").read_text(encoding="utf-8")
    path.write_bytes(text.replace("Opening statements", "Déclarations").encode("cp1252"))  # Windows "ANSI"
    with pytest.raises(InputError) as error:
        load_wording(path)
    assert str(error.value) == f"{path}: is not UTF-8 text; save it as UTF-8"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('title: "{kind_title} on {theme}"', 'title: "{kind_title} on {topic}"', "title: unknown fact {topic}"),
        ('resolution: "resolution {number}"', 'resolution: "resolution {number"', "citations.resolution: bad braces"),
    ],
    ids=["unknown-fact-in-title", "bad-braces-in-citation"],
)
def test_wording_fill_error_names_wording_file_and_key(tmp_path, old, new, message):
    text = (templates_folder() / "summary_report.en.yaml").read_text(encoding="utf-8")
    assert old in text
    template = _house_template(tmp_path, text.replace(old, new))
    with pytest.raises(InputError) as error:
        render_summary_report(seed_placement(), HRC46, due=HRC47, template=template)
    assert str(error.value).split(" in wording")[0] == f"{tmp_path / 'summary_report.en.yaml'}, {message}"


def test_wording_read_once_while_file_unchanged(tmp_path):
    path = tmp_path / "summary_report.en.yaml"
    text = (templates_folder() / "summary_report.en.yaml").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    first = load_wording(path)
    assert load_wording(path) is first
    path.write_text(text.replace("[II., Opening statements]", "[II., Opening statement]"), encoding="utf-8")
    changed = load_wording(path)
    assert changed.sections[1].heading == ("II.", "Opening statement")
    assert changed.path == path


def test_title_text_from_the_fields_of_the_draft():
    wording = load_wording(wording_file(templates_folder(), "en"))
    facts = report_facts([seed_placement()], HRC46, report=seed_placement().ref.mandate.report, due=HRC47)
    fields = report_fields(facts, wording)
    assert title_text(wording, fields) == (
        "Meeting on the role of poverty alleviation in the promotion and protection of human rights"
    )
