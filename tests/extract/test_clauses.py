"""Operative paragraphs split into clauses: one verb each, the ordering ones marked."""

from __future__ import annotations

import pytest

from planner.extract.clauses import clauses
from planner.extract.lexicon import lexicon

CASES = [
    pytest.param(
        "en",
        "Decides to convene a panel discussion at its forty-sixth session, and requests the High Commissioner "
        "to prepare a summary report;",
        [
            ("decides", "Decides to convene a panel discussion at its forty-sixth session", True),
            ("requests", "requests the High Commissioner to prepare a summary report;", True),
        ],
        id="comma and",
    ),
    pytest.param(
        "en",
        "Decides to hold a seminar\tand invites States to take part;",
        [("decides", "Decides to hold a seminar", True), ("invites", "invites States to take part;", True)],
        id="tab before and",
    ),
    pytest.param(
        "en",
        "Decides to hold a seminar;and requests the Secretariat to assist;",
        [("decides", "Decides to hold a seminar", True), ("requests", "requests the Secretariat to assist;", True)],
        id="semicolon without space",
    ),
    pytest.param("en", "and requests the Secretary-General to report thereon;", [], id="and with nothing before"),
    pytest.param(
        "en",
        "Also decides to hold a panel discussion, further requests the Office to report, and encourages States "
        "to participate;",
        [
            ("decides", "decides to hold a panel discussion", True),
            ("requests", "requests the Office to report", True),
            ("encourages", "encourages States to participate;", False),
        ],
        id="adverbs and a verb that orders nothing",
    ),
    pytest.param(
        "en",
        "Welcomes the report of the Special Rapporteur: decides to consider it at its fiftieth session;",
        [
            ("welcomes", "Welcomes the report of the Special Rapporteur", False),
            ("decides", "decides to consider it at its fiftieth session;", True),
        ],
        id="colon",
    ),
    pytest.param(
        "en",
        "DECIDES TO CONVENE A PANEL AND REQUESTS THE OFFICE TO REPORT;",
        [("decides", "DECIDES TO CONVENE A PANEL", True), ("requests", "REQUESTS THE OFFICE TO REPORT;", True)],
        id="capitals",
    ),
    pytest.param(
        "zh",
        "决定在第四十六届会议上召开一次小组讨论会，并请高级专员编写一份摘要报告；",
        [("决定", "决定在第四十六届会议上召开一次小组讨论会", True), ("请", "请高级专员编写一份摘要报告；", True)],
        id="zh comma and",
    ),
    pytest.param(
        "zh",
        "决定召开一次闭会期间研讨会；请人权高专办提供协助；",
        [("决定", "决定召开一次闭会期间研讨会", True), ("请", "请人权高专办提供协助；", True)],
        id="zh semicolon",
    ),
    pytest.param(
        "zh",
        "欢迎特别报告员的报告，并且请高级专员提交报告；",
        [("欢迎", "欢迎特别报告员的报告，", False), ("请", "请高级专员提交报告；", True)],
        id="zh and also",
    ),
    pytest.param("zh", "又决定召开一次小组讨论会；", [("决定", "决定召开一次小组讨论会；", True)], id="zh adverb"),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_clauses(language, text, expected):
    assert [(c.verb, c.text, c.ordering) for c in clauses(text, lexicon(language))] == expected
