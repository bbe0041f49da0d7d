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
    """The programme with the session file's chairs, participants and report requests on the meetings they name."""
    if not (chairs or participants or reports):
        return programme

    def given(ref: MandateRef) -> MandateRef:
        names = pin_names(ref)
        update: dict[str, object] = {}
        if chair := next((chairs[name] for name in sorted(names) if name in chairs), None):
            update["chair"] = chair
        if people := next((participants[name] for name in sorted(names) if name in participants), None):
            update["participants"] = people
        request = next((reports[name] for name in sorted(names) if name in reports), None)
        if request is not None:
            update["report"] = request.report(ref.mandate.paragraph)
        if not update:
            return ref
        return ref.model_copy(update={"mandate": ref.mandate.model_copy(update=update)})

    return programme.model_copy(
        update={
            "placements": [p.model_copy(update={"ref": given(p.ref)}) for p in programme.placements],
            "unplaced": [u.model_copy(update={"ref": given(u.ref)}) for u in programme.unplaced],
            "not_for_this_session": [given(ref) for ref in programme.not_for_this_session],
        }
    )
