"""Writing drafts for a plan: one per meeting with a summary report, never over a user's edits."""

from __future__ import annotations

import datetime as dt

import pytest
from report_reading import styled
from report_seed import HRC46, seed_placement, seed_programme, seed_ref, sessions

from planner.core.mandate import ReportMandate
from planner.core.programme import Placement
from planner.errors import InputError, OutputError
from planner.export.report.draft import draft_name, report_drafts, write_report_draft
from planner.files import publish

DRAFT = "summary-report-hrc46-a-hrc-res-43-21-op8.en.docx"


def _part(number: int, start: dt.datetime) -> Placement:
    placement = seed_placement()
    return placement.model_copy(
        update={"part": number, "parts": 2, "start": start, "end": start + dt.timedelta(hours=3)}
    )


def test_write_report_drafts_writes_one_draft_per_meeting(tmp_path):
    paths = publish(tmp_path, report_drafts(seed_programme(), sessions=sessions)).written
    assert [path.name for path in paths] == [DRAFT]
    assert styled(paths[0].read_bytes(), "UN Session Line") == ["21 June–14 July 2021", "Agenda items 2 and 3"]


def test_write_report_drafts_without_session_lookup_marks_dates(tmp_path):
    [path] = publish(tmp_path, report_drafts(seed_programme())).written
    assert styled(path.read_bytes(), "UN Session Line") == ["[dates of the session]", "Agenda items 2 and 3"]


def test_write_report_drafts_full_day_meeting_gives_one_draft(tmp_path):
    parts = [_part(1, dt.datetime(2021, 2, 26, 9)), _part(2, dt.datetime(2021, 2, 26, 15))]
    [path] = publish(tmp_path, report_drafts(seed_programme(placements=parts))).written
    assert "held on 26 February 2021 during" in styled(path.read_bytes(), "UN Summary Text")[0]


def test_write_report_drafts_meeting_over_two_days_names_both(tmp_path):
    parts = [_part(1, dt.datetime(2021, 3, 1, 15)), _part(2, dt.datetime(2021, 3, 2, 15))]
    [path] = publish(tmp_path, report_drafts(seed_programme(placements=parts))).written
    assert "held on 1 March 2021 and 2 March 2021 during" in styled(path.read_bytes(), "UN Summary Text")[0]


def test_write_report_drafts_edited_draft_kept(tmp_path):
    [path] = publish(tmp_path, report_drafts(seed_programme())).written
    path.write_bytes(b"edited by staff")
    result = publish(tmp_path, report_drafts(seed_programme()))
    assert (result.written, result.kept) == ([], [path])
    assert path.read_bytes() == b"edited by staff"


def test_write_report_drafts_unknown_file_in_the_way_kept(tmp_path):
    (tmp_path / DRAFT).write_bytes(b"written by someone else")
    assert publish(tmp_path, report_drafts(seed_programme())).kept == [tmp_path / DRAFT]
    assert (tmp_path / DRAFT).read_bytes() == b"written by someone else"


def test_write_report_drafts_untouched_draft_rewritten_when_plan_changes(tmp_path):
    [path] = publish(tmp_path, report_drafts(seed_programme())).written
    moved = [_part(1, dt.datetime(2021, 3, 1, 15))]
    result = publish(tmp_path, report_drafts(seed_programme(placements=moved)))
    assert result.written == [path]
    assert "held on 1 March 2021 during" in styled(path.read_bytes(), "UN Summary Text")[0]


def test_write_report_drafts_edited_draft_replaced_with_force(tmp_path):
    (tmp_path / DRAFT).write_bytes(b"edited by staff")
    [path] = publish(tmp_path, report_drafts(seed_programme()), force=True).written
    assert path.read_bytes()[:2] == b"PK"


def test_write_report_draft_refuses_edited_draft(tmp_path):
    path = write_report_draft(seed_programme(), "A/HRC/RES/43/21 op8", tmp_path)
    path.write_bytes(b"edited by staff")
    with pytest.raises(OutputError, match="has been edited since planner wrote it; use --force to replace it"):
        write_report_draft(seed_programme(), "A/HRC/RES/43/21 op8", tmp_path)
    assert path.read_bytes() == b"edited by staff"


def test_write_report_drafts_meeting_without_summary_report_skipped(tmp_path):
    placement = seed_placement()
    mandate = placement.ref.mandate.model_copy(update={"report": None})
    ref = placement.ref.model_copy(update={"mandate": mandate})
    programme = seed_programme(placements=[placement.model_copy(update={"ref": ref})])
    assert publish(tmp_path, report_drafts(programme)).written == []


def test_write_report_drafts_report_listed_on_programme_counts(tmp_path):
    placement = seed_placement()
    mandate = placement.ref.mandate.model_copy(update={"report": None})
    ref = placement.ref.model_copy(update={"mandate": mandate})
    programme = seed_programme(placements=[placement.model_copy(update={"ref": ref})])
    programme.reports.append(
        ReportMandate(
            id="A/HRC/RES/43/21 op9",
            paragraph=9,
            form="summary_report",
            author="United Nations High Commissioner for Human Rights",
            meeting=mandate.id,
        )
    )
    assert [path.name for path in publish(tmp_path, report_drafts(programme)).written] == [DRAFT]


def test_write_report_draft_writes_the_named_meeting(tmp_path):
    path = write_report_draft(seed_programme(), "A/HRC/RES/43/21 op8", tmp_path, language="zh")
    assert path.name == "summary-report-hrc46-a-hrc-res-43-21-op8.zh.docx"
    assert styled(path.read_bytes(), "UN Title") == [
        "关于[请译为中文：the role of poverty alleviation in the promotion and protection of human rights]的会议"
    ]


def test_write_report_draft_unknown_meeting_names_the_known_ones(tmp_path):
    with pytest.raises(InputError) as error:
        write_report_draft(seed_programme(), "A/HRC/RES/43/21 op7", tmp_path)
    assert str(error.value) == (
        "no placed meeting 'A/HRC/RES/43/21 op7' with a summary report; placed with one: A/HRC/RES/43/21 op8"
    )


def test_draft_name_stable_from_meeting_id():
    assert draft_name(seed_placement(), HRC46, "en") == DRAFT
    assert seed_ref().mandate.id == "A/HRC/RES/43/21 op8"
