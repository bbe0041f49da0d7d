"""Language detection on real texts: every labelled paragraph and every real document."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from planner.extract.language import detect_language
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
