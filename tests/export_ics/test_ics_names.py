"""Names shared by the calendars, the drafts and the extraction table: slugs, report forms."""

from __future__ import annotations

import datetime as dt

import ics_samples as samples
import pytest
from icalendar import Calendar

from planner.core.mandate import DocumentInfo, Extraction, MeetingMandate, MeetingReport, ReportMandate
from planner.core.programme import ProgrammeOfWork
from planner.core.reports import report_of, summary_report_of
from planner.core.un_style import slug
from planner.export.calendar.session_calendar import render_session_calendar
from planner.export.extraction import table_document
from planner.export.report.draft import draft_name

ORAL_UPDATE = ReportMandate(
    id="A/HRC/RES/43/21 op9", paragraph=9, form="oral_update",
    author="United Nations High Commissioner for Human Rights", meeting="A/HRC/RES/43/21 op8",
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A/HRC/RES/43/21", "a-hrc-res-43-21"),
        ("A/HRC/RES/43/21 op8", "a-hrc-res-43-21-op8"),
        ("rights_of_child", "rights-of-child"),
        ("第43/21号决议", "43-21-39dedc51"),
        ("x" * 49, "x" * 39 + "-55bb9823"),
    ],
    ids=["symbol", "mandate-id", "standing-id", "other-script-hashed", "long-hashed"],
)
def test_slug_plain_text_readable_other_text_hashed(text, expected):
    assert slug(text) == expected


def test_slug_of_other_texts_distinct():
    assert slug("第43/21号决议") != slug("第43/21号决定")
    assert slug("x" * 49) != slug("x" * 50)


def test_draft_name_and_calendar_uid_share_the_slug():
    placement = samples.seed_placement()
    chinese = placement.ref.mandate.model_copy(update={"id": "第43/21号决议 op8"})
    other = placement.model_copy(update={"ref": placement.ref.model_copy(update={"mandate": chinese})})
    assert draft_name(placement, samples.HRC46, "en") == "summary-report-hrc46-a-hrc-res-43-21-op8.en.docx"
    assert draft_name(other, samples.HRC46, "en") == f"summary-report-hrc46-{slug(chinese.id)}.en.docx"


def _seed_without_report() -> tuple[MeetingMandate, ProgrammeOfWork]:
    placement = samples.seed_placement()
    mandate = placement.ref.mandate.model_copy(update={"report": None})
    placement = placement.model_copy(update={"ref": placement.ref.model_copy(update={"mandate": mandate})})
    programme = samples.hrc46(placement)
    programme.reports.append(ORAL_UPDATE)
    return mandate, programme


def test_report_of_finds_report_listed_on_programme_of_any_form():
    mandate, programme = _seed_without_report()
    expected = MeetingReport(form="oral_update", author=ORAL_UPDATE.author, paragraph=9)
    assert report_of(mandate, programme) == expected
    assert report_of(mandate, programme, form="summary_report") is None
    assert summary_report_of(programme.placements[0].ref, programme) is None


def test_calendar_report_line_and_deadline_from_listed_report():
    _mandate, programme = _seed_without_report()
    events = {
        str(e["uid"]): e
        for e in Calendar.from_ical(render_session_calendar(programme, sessions=samples.REGISTERED)).walk("VEVENT")
    }
    description = str(events["hrc46-a-hrc-res-43-21-op8@hrc-planner"]["description"]).split("\n")
    assert description[-3] == (
        "Oral update: by the United Nations High Commissioner for Human Rights, due at the 47th session"
        " (assumed: the resolution names none)"
    )
    deadline = events["hrc46-a-hrc-res-43-21-op8-report@hrc-planner"]
    assert str(deadline["summary"]).startswith("Oral update due: ")
    assert deadline.decoded("dtstart") == dt.date(2021, 6, 21)


def test_extraction_table_names_report_forms_and_shortens_at_a_word():
    subject = "the " + " ".join(["implementation of the recommendations"] * 4)
    extraction = Extraction(
        source="43-21.txt",
        document=DocumentInfo(symbol="A/HRC/RES/43/21"),
        reports=[ORAL_UPDATE.model_copy(update={"meeting": None, "subject": subject})],
    )
    line = table_document(extraction).splitlines()[-1]
    assert line == (
        "  REPORT   op. 9  oral update by United Nations High Commissioner for Human Rights on the implementation"
        " of the recommendations implementation of the recommendations…, due no session stated"
    )
