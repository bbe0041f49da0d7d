"""Sessions of subsidiary bodies read from real operative paragraphs, and the traps rejected.

Paragraphs, labels and sources: docs/research/bodies/paragraphs.yaml (each with its URL).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from planner.extract import mandates
from planner.extract.lexicon import lexicon
from planner.extract.structure import parse

PARAGRAPHS = Path(__file__).resolve().parents[2] / "docs" / "research" / "bodies" / "paragraphs.yaml"
ENTRIES = {e["id"]: e for e in yaml.safe_load(PARAGRAPHS.read_text("utf-8"))["paragraphs"]}


def _meetings(entry_id: str):
    entry = ENTRIES[entry_id]
    lex = lexicon("en")
    header = ["Human Rights Council"] + ([f"{entry['resolution']}. {entry['title']}"] if entry.get("title") else [])
    body = [entry["text"]]
    if not entry["text"][:1].isdigit():  # a preambular paragraph alone: an operative one follows it
        body += ["", "1. Decides to remain seized of the matter."]
    resolution, _ = parse([*header, "The Human Rights Council,", "", *body], entry_id, lex)
    return mandates(resolution, lex).meetings


# id -> (kind, body, its session, days, limit, when, council session, year)
EXPECTED = {
    "hrc-res-13-15-op2": ("working_group_session", "oeiwg_hret", None, 5, "maximum", "before", 16, None),
    "hrc-res-21-30-op1": ("committee_session", "ahc_complementary_standards", 5, None, None, "date_range", None, 2013),
    "hrc-res-26-26-op1": ("working_group_session", "oeiwg_peasants_declaration", 2, 5, "exact", "before", 29, None),
    "hrc-res-48-18-op8": ("expert_group_session", "giee_ddpa", 8, 5, "exact", "in_year", None, 2022),
    "hrc-res-54-11-op2": ("working_group_session", "oeiwg_pmsc", None, 5, "exact", None, None, None),
    "hrc-res-16-26-op6": ("forum", "social_forum", None, 3, "exact", "in_year", None, 2011),
    "hrc-res-35-28-op5": ("forum", "social_forum", None, 3, "exact", "in_year", None, 2018),
    "hrc-res-6-15-op3": ("forum", "forum_minority_issues", None, 2, "exact", "annual", None, None),
}


@pytest.mark.parametrize("entry_id", sorted(EXPECTED))
def test_body_session_is_read_as_labelled(entry_id):
    (meeting,) = _meetings(entry_id)
    body = meeting.body

    assert body is not None
    kind, body_id, session, days, limit, when, council, year = EXPECTED[entry_id]
    assert (meeting.kind, body.body, body.session, body.days, body.days_limit) == (kind, body_id, session, days, limit)
    assert (body.when, body.council_session, body.year) == (when, council, year)
    assert meeting.evidence["body"] in ENTRIES[entry_id]["text"]


def test_date_range_of_the_ad_hoc_committee():
    (meeting,) = _meetings("hrc-res-21-30-op1")

    assert (meeting.body.start, meeting.body.end) == (dt.date(2013, 4, 8), dt.date(2013, 4, 19))
    assert meeting.evidence["when"] == "from 8 to 19 April 2013"


def test_report_and_format_are_read():
    (giee,) = _meetings("hrc-res-48-18-op8")
    (pmsc,) = _meetings("hrc-res-54-11-op2")

    assert (giee.body.report_to, giee.body.report_session) == ("general_assembly", 77)
    assert (pmsc.body.format, pmsc.body.report_to, pmsc.recurrence) == ("hybrid", "council", "once")


def test_a_new_body_session_is_intersessional_with_its_length():
    (meeting,) = _meetings("hrc-res-26-26-op1")

    assert meeting.intersessional and meeting.duration_minutes == 5 * 360


def test_annual_session_split_into_two_one_week_segments():
    (meeting,) = _meetings("hrc-2024-rhetoric-reality-op10")
    body = meeting.body

    assert (meeting.kind, meeting.recurrence, body.body, body.when) == (
        "committee_session",
        "annual",
        "ahc_complementary_standards",
        "annual",
    )
    assert (body.days, body.days_limit, meeting.evidence["days"]) == (10, "exact", "two one-week segments")


def test_two_future_sessions_in_one_paragraph_are_two_meetings():
    meetings = _meetings("hrc-2024-rhetoric-reality-op12")

    assert [(m.body.body, m.body.session, m.body.when, m.body.year, m.body.days) for m in meetings] == [
        ("ahc_complementary_standards", 15, "in_year", 2025, 10),
        ("ahc_complementary_standards", 16, "in_year", 2026, 10),
    ]
    assert len({m.id for m in meetings}) == 2
    assert meetings[0].evidence["when"] == "in 2025 and 2026 respectively"


TRAPS = [e for e, entry in ENTRIES.items() if entry["expect"].get("trap") is True]


@pytest.mark.parametrize("entry_id", TRAPS)
def test_trap_orders_no_body_session(entry_id):
    assert [m for m in _meetings(entry_id) if m.body is not None] == []
