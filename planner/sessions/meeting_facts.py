"""Facts a session file gives about meetings, by id or "22/15 op1": their chair and participants in
the programme's language ([chairs], [participants]) and a report request a copy of the text lacks
([reports], or `report` in a [[mandates]] entry).

Applied to the programme once it is scheduled: none of them moves a meeting.
"""

from __future__ import annotations

from pydantic import Field

from planner.core.identity import pin_names
from planner.core.mandate import MeetingReport, ReportForm
from planner.core.programme import MandateRef, ProgrammeOfWork
from planner.core.un_style import ordinal
from planner.sessions.values import Strict


class ReportRequest(Strict):
    """A report the resolution asks for about its meeting: `{author = "...", due_session = 24}`."""

    form: ReportForm = "summary_report"
    author: str = Field(default="the United Nations High Commissioner for Human Rights", min_length=1)
    due_session: int | None = Field(default=None, ge=1, le=200)
    paragraph: int | None = Field(default=None, ge=1)  # the paragraph that asks for it, if not the meeting's

    def report(self, meeting_paragraph: int) -> MeetingReport:
        return MeetingReport(
            form=self.form,
            author=self.author,
            due_session=self.due_session,
            paragraph=self.paragraph or meeting_paragraph,
        )


def with_meeting_facts(
    programme: ProgrammeOfWork,
    chairs: dict[str, str],
    participants: dict[str, str],
    reports: dict[str, ReportRequest],
) -> ProgrammeOfWork:
    """The programme with the session file's chairs, participants and report requests on the meetings they name.

    A report request that replaces another the resolution asks for is done, and warned of: the
    table is for a copy of the text that lacks the paragraph, and may be one left from such a copy."""
    if not (chairs or participants or reports):
        return programme
    replaced: dict[str, str] = {}  # warning by meeting id: a meeting may be placed in parts

    def given(ref: MandateRef) -> MandateRef:
        names = pin_names(ref)
        update: dict[str, object] = {}
        if chair := next((chairs[name] for name in sorted(names) if name in chairs), None):
            update["chair"] = chair
        if people := next((participants[name] for name in sorted(names) if name in participants), None):
            update["participants"] = people
        if key := next((name for name in sorted(names) if name in reports), None):
            update["report"] = report = reports[key].report(ref.mandate.paragraph)
            if (asked := ref.mandate.report) is not None and asked != report:
                replaced[ref.mandate.id] = _replaced(key, asked, report)
        if not update:
            return ref
        return ref.model_copy(update={"mandate": ref.mandate.model_copy(update=update)})

    update = {
        "placements": [p.model_copy(update={"ref": given(p.ref)}) for p in programme.placements],
        "unplaced": [u.model_copy(update={"ref": given(u.ref)}) for u in programme.unplaced],
        "not_for_this_session": [given(ref) for ref in programme.not_for_this_session],
    }
    return programme.model_copy(update={**update, "warnings": [*programme.warnings, *replaced.values()]})


def _replaced(key: str, asked: MeetingReport, given: MeetingReport) -> str:
    return (
        f'session.toml [reports] "{key}" replaces the {_report_words(asked)} that op. {asked.paragraph} of the '
        f"resolution asks for with a {_report_words(given)}; remove the entry if your copy of the text holds "
        f"op. {asked.paragraph}"
    )


def _report_words(report: MeetingReport) -> str:
    due = f", due at the {ordinal(report.due_session)} session" if report.due_session else ""
    return f"{report.form.replace('_', ' ')} by {report.author}{due}"
