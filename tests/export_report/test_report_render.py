"""render_summary_report: facts of the plan, due session, determinism."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
from docx import Document
from report_reading import marks, styled, unmarked_placeholders
from report_seed import HRC46, HRC47, seed_placement

from planner.core.reports import due_session_of, summary_report_of
from planner.export.report.draft import render_summary_report


def test_render_same_plan_byte_identical(english_draft):
    assert render_summary_report(seed_placement("en"), HRC46, due=HRC47, language="en") == english_draft


def test_render_zip_entries_carry_fixed_time(english_draft):
    with zipfile.ZipFile(io.BytesIO(english_draft)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_render_core_properties_from_meeting_not_clock(english_draft):
    props = Document(io.BytesIO(english_draft)).core_properties
    midnight = dt.datetime(2021, 2, 26, tzinfo=dt.UTC)
    assert (props.created, props.modified) == (midnight, midnight)
    assert props.title == "Meeting on the role of poverty alleviation in the promotion and protection of human rights"
    assert props.author == "Office of the United Nations High Commissioner for Human Rights"
    assert props.revision == 1


def test_render_meeting_with_a_theme_longer_than_word_properties_hold():
    placement = seed_placement("en")
    theme = "the role of poverty alleviation, " * 20  # 660 characters
    mandate = placement.ref.mandate.model_copy(update={"theme": theme})
    placement = placement.model_copy(update={"ref": placement.ref.model_copy(update={"mandate": mandate})})

    data = render_summary_report(placement, HRC46, due=HRC47)

    title = Document(io.BytesIO(data)).core_properties.title
    assert len(title) == 255 and title.endswith("…")
    assert title.startswith("Meeting on the role of poverty alleviation, the role")


def test_render_stated_due_session_not_marked_assumed():
    data = render_summary_report(seed_placement("en", due_session=47), HRC46, due=HRC47)
    assert styled(data, "UN Session Heading") == ["Human Rights Council", "Forty-seventh session"]
    assert (
        "prepare a summary report on the meeting and to submit it to the Council at its forty-seventh session."
        in (styled(data, "UN Summary Text")[0])
    )


def test_render_unknown_due_dates_marked():
    data = render_summary_report(seed_placement("en"), HRC46)
    assert styled(data, "UN Session Line")[0] == "[dates of the session]"
    assert "[dates of the session]" in marks(data)


def test_render_projected_due_dates_marked():
    projected = HRC47.model_copy(update={"projected": True})
    data = render_summary_report(seed_placement("en"), HRC46, due=projected)
    assert styled(data, "UN Session Line")[0] == "21 June–14 July 2021 [projected; confirm]"
    assert unmarked_placeholders(data) == []


def test_render_due_dates_of_wrong_session_rejected():
    with pytest.raises(ValueError, match="the report is due at session 47, got dates of session 46"):
        render_summary_report(seed_placement("en"), HRC46, due=HRC46)


def test_render_missing_theme_and_chair_marked():
    placement = seed_placement("en")
    mandate = placement.ref.mandate.model_copy(update={"theme": None, "chair": None, "agenda_item": None})
    document = placement.ref.document.model_copy(update={"agenda_item": None})
    ref = placement.ref.model_copy(update={"mandate": mandate, "document": document})
    data = render_summary_report(placement.model_copy(update={"ref": ref}), HRC46, due=HRC47)
    assert styled(data, "UN Title") == ["Meeting on [theme of the meeting]"]
    assert styled(data, "UN Session Line") == ["21 June–14 July 2021", "Agenda items [...]"]
    assert styled(data, "UN Numbered Paragraph")[1].startswith("The meeting was chaired by [chair], [name].")
    assert unmarked_placeholders(data) == []


def test_render_high_level_panel_titled_as_such():
    placement = seed_placement("en")
    mandate = placement.ref.mandate.model_copy(update={"kind": "panel_discussion", "high_level": True})
    ref = placement.ref.model_copy(update={"mandate": mandate})
    data = render_summary_report(placement.model_copy(update={"ref": ref}), HRC46, due=HRC47)
    assert styled(data, "UN Title") == [
        "High-level panel discussion on the role of poverty alleviation in the promotion and protection of human rights"
    ]


def test_report_due_session_is_next_when_unstated():
    for placement, due in ((seed_placement("en"), 47), (seed_placement("en", due_session=48), 48)):
        report = summary_report_of(placement.ref)
        assert report is not None
        assert due_session_of(report, HRC46.number)[0] == due
