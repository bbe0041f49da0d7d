"""`planner report`: the summary-report draft of one meeting, as the plan in the folder has it."""

from __future__ import annotations

from pathlib import Path

from planner.core.programme import ProgrammeOfWork
from planner.export.report.draft import DRAFTS_FOLDER
from planner.files import folder_lock
from planner.pipeline.output_folder import previous_programme, published_starts, same_session
from planner.pipeline.plan import plan_programme, session_lookup


def run_report(
    session_dir: Path,
    meeting_id: str,
    out_dir: Path,
    *,
    force: bool = False,
    language: str = "en",
    template: Path | None = None,
) -> Path:
    """Write the summary-report draft of one meeting, as the plan in the folder has it.

    In a plan's drafts folder (out/<session>/summary-reports) the draft is one of the plan's own
    outputs: planned with the days the plan published, recorded as the plan records its files,
    and refused if the folder holds another session's plan."""
    from planner.export.report.draft import write_report_draft

    in_plan = out_dir.name == DRAFTS_FOLDER
    plan_dir = out_dir.parent if in_plan else out_dir

    def prepare(previous: ProgrammeOfWork | None) -> ProgrammeOfWork:
        programme, _ = plan_programme(session_dir, published_starts(plan_dir, previous))
        same_session(previous, programme, plan_dir)
        return programme

    previous = previous_programme(plan_dir)
    programme = prepare(previous)  # may refuse: nothing written yet
    with folder_lock(plan_dir):
        if (latest := previous_programme(plan_dir)) != previous:  # a plan ran here meanwhile
            programme = prepare(latest)
        return write_report_draft(
            programme,
            meeting_id,
            plan_dir,
            subfolder=DRAFTS_FOLDER if in_plan else None,
            force=force,
            language=language,
            sessions=session_lookup(programme),
            template=template,
        )
