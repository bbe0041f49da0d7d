"""Report requests: who is asked for what, by which session, and about which meeting."""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.core.mandate import DocumentInfo
from planner.extract.clauses import Clause
from planner.extract.lexicon import Lexicon
from planner.extract.numbers import ordinal_value

_CITED_REACH = 80  # characters before a report noun that may say it is cited


@dataclass
class ReportFinding:
    form: str
    author: str
    subject: str | None = None
    due_session: int | None = None
    about_meeting: bool = False
    evidence: dict[str, str] = field(default_factory=dict)
    doubts: list[str] = field(default_factory=list)


def find_report(clause: Clause, lex: Lexicon, info: DocumentInfo) -> ReportFinding | None:
    """The report an ordering clause asks for, or None."""
    if not clause.ordering or not lex.may_hold(clause.text, lex.report_words):
        return None
    r = lex.reports
    action = r["action"].search(clause.text)
    if not action:
        return None
    form_match = _form(clause.text, action.start(), lex)
    if form_match is None:
        return None
    form, words = form_match
    finding = ReportFinding(form=form, author=_author(clause.text, lex))
    finding.evidence["form"] = words
    if finding.author:
        finding.evidence["author"] = finding.author
    else:
        finding.author = "(not stated)"
        finding.doubts.append("the report's author could not be read")
    _due(clause.text, lex, info, finding)
    if match := r["about_meeting"].search(clause.text):
        finding.about_meeting = True
        finding.evidence["meeting"] = match.group()
    elif match := r["subject"].search(clause.text):
        finding.subject = match.group("subject").strip(" ,，")
        finding.evidence["subject"] = match.group()
    return finding


def _form(text: str, action_at: int, lex: Lexicon) -> tuple[str, str] | None:
    for pattern, form in lex.reports["nouns"]:
        match = pattern.search(text)
        while match is not None and _cited(text, match.start(), lex):
            match = pattern.search(text, match.end())
        if match is not None:
            return form, match.group()
    if match := lex.reports["verb_report"].search(text, action_at):
        return "report", match.group()
    return None


def _cited(text: str, noun_at: int, lex: Lexicon) -> bool:
    """The noun names a document already written ("contained in the study of ..."), not one asked for."""
    cited = lex.reports.get("cited")
    return cited is not None and cited.search(text[max(0, noun_at - _CITED_REACH) : noun_at]) is not None


def _author(text: str, lex: Lexicon) -> str:
    match = lex.reports["author"].search(text)
    return match.group("author").strip(" ,，") if match else ""


def _due(text: str, lex: Lexicon, info: DocumentInfo, finding: ReportFinding) -> None:
    r = lex.reports
    if match := r["due"].search(text):
        finding.due_session = ordinal_value(match.group("ordinal"), lex)
        finding.evidence["due_session"] = match.group()
    elif match := r["due_next"].search(text):
        finding.evidence["due_session"] = match.group()
        if info.session is None:
            finding.doubts.append(
                f"'{match.group()}' cannot be resolved: the adopting session is unknown (give --session N)"
            )
        else:
            finding.due_session = info.session + 1
