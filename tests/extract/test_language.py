"""Language detection on real texts: every labelled paragraph and every real document."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from planner.extract import extract_lines
from planner.extract.language import detect_language, other_language
from planner.read import read_lines

DATA = Path(__file__).resolve().parents[1] / "data"
PARAGRAPHS = [
    entry
    for name in ("mandates-dev.yaml", "phrasings.yaml")
    for entry in yaml.safe_load((DATA / name).read_text("utf-8"))
]
DOCUMENTS = sorted((DATA / "resolutions").glob("*.txt"))


@pytest.mark.parametrize("entry", PARAGRAPHS, ids=lambda e: e["id"])
def test_labelled_paragraph_language(entry):
    assert detect_language(entry["text"].splitlines()) == entry["language"]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_document_language(path):
    assert detect_language(read_lines(path)) == path.suffixes[-2].lstrip(".")


def test_a_chinese_text_full_of_latin_symbols_is_chinese():
    lines = ["A/HRC/RES/43/21 A/HRC/43/31 A/HRC/46/L.7", "人权理事会，", "1. 决定在第四十六届会议上举行一次小组讨论；"]
    assert detect_language(lines) == "zh"


def test_only_the_opening_of_a_long_text_is_read():
    lines = ["The Human Rights Council, decides to convene a panel on the rights of the child,"] * 100
    lines += ["Le Conseil des droits de l'homme décide de convoquer une réunion sur la question"] * 10_000
    assert detect_language(lines) == "en"


def test_a_file_holding_two_language_versions_says_so():
    english = read_lines(DATA / "resolutions" / "a-hrc-res-21-20.en.txt")
    chinese = read_lines(DATA / "resolutions" / "a-hrc-43-l-draft-43-21.zh.txt")

    extraction = extract_lines(english + chinese, "mixed.txt")

    assert extraction.document.language == "zh"
    assert [p.message for p in extraction.problems if "mixes" in p.message] == [
        "the text mixes Chinese with English (37% of its letters); only the Chinese paragraphs were read: "
        "give each language version its own file"
    ]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_a_real_text_is_not_called_mixed(path):
    lines = read_lines(path)
    assert other_language(lines, detect_language(lines)) is None


def test_a_text_read_in_the_wrong_language_says_so():
    english = read_lines(DATA / "resolutions" / "a-hrc-res-21-20.en.txt")

    extraction = extract_lines(english, "forced.txt", language="zh")

    assert [p.message for p in extraction.problems if "mostly" in p.message] == [
        "the text is mostly English (100% of its letters), but was read as Chinese: little can be found; "
        "check --language"
    ]
