"""The documentation of a session: the reports due at it and the dates they must meet.

A report is submitted to conference services ten weeks before the session and issued six weeks
before it (the lead times are data: sessions/data/programme_of_work.yaml). Planning a session
means knowing, weeks ahead, which reports must be in by when.
"""

from __future__ import annotations

from planner.core.mandate import DocumentInfo, ReportMandate, cite
from planner.core.order_of_business import SessionBusiness
from planner.core.programme import DocumentLeadTimes, ReportDue
from planner.core.session import Session


def lead_times(business: SessionBusiness) -> DocumentLeadTimes:
    rules = business.rules
    return DocumentLeadTimes(submission_weeks=rules.submission_weeks, issuance_weeks=rules.issuance_weeks)


def documentation(
    session: Session, due_here: list[tuple[ReportMandate, DocumentInfo]], business: SessionBusiness
) -> list[ReportDue]:
    submission, issuance = lead_times(business).deadlines(session.start)
    return [
        ReportDue(
            id=report.id,
            form=report.form,
            author=report.author,
            subject=report.subject,
            citation=cite(document, short=True),
            paragraph=report.paragraph,
            item=document.agenda_item,
            submission=submission,
            issuance=issuance,
        )
        for report, document in sorted(due_here, key=lambda pair: (pair[1].symbol or "", pair[0].paragraph))
    ]
