"""Why `planner report` makes no draft for a meeting: said precisely, with what to do."""

from __future__ import annotations

from planner.core.identity import pin_names, ref_key
from planner.core.programme import MandateRef, ProgrammeOfWork
from planner.core.reports import report_of
from planner.core.un_style import REPORT_NAMES, ordinal


def why_no_draft(programme: ProgrammeOfWork, meeting_id: str, shown: str) -> str | None:
    """The reason a meeting the plan knows has no draft, or None if the plan has no such meeting."""
    for placement in programme.placements:
        if meeting_id in pin_names(placement.ref):
            report = report_of(placement.ref.mandate, programme)
            asked = "no report" if report is None else f"a {REPORT_NAMES[report.form]}, not a summary report"
            return (
                f"'{shown}' is placed, but its mandate asks for {asked}; if the resolution asks for one in a "
                "paragraph your copy lacks, add it to session.toml: "
                f'[reports] "{_key(placement.ref)}" = {{author = "...", due_session = ...}}'
            )
    for unplaced in programme.unplaced:
        if meeting_id in pin_names(unplaced.ref):
            return f"'{shown}' is not placed ({unplaced.diagnosis}); a draft is made once the meeting is placed"
    for ref in programme.not_for_this_session:
        if meeting_id in pin_names(ref):
            held = f"at the {ordinal(ref.mandate.session)} session" if ref.mandate.session else "at another session"
            return (
                f"'{shown}' is held {held}, not at the {ordinal(programme.session.number)}; "
                "give the folder of that session"
            )
    return None


def _key(ref: MandateRef) -> str:
    return ref.mandate.id if ref.origin == "built_in" else ref_key(ref)
