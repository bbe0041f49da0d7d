"""Summary-report drafts in Word, for meetings whose resolution asks for one.

    render_summary_report(placements, session, due=..., language="en") -> bytes
    report_drafts(programme, language="en") -> {file name: bytes}
    write_report_draft(programme, meeting_id, out_dir, ...) -> path   (`planner report`)

A draft is what the High Commissioner's office completes after the meeting: the
plan's facts filled in (resolution, session, date, agenda items, chair), the rest
marked as highlighted [placeholders]. Styles come from the Word template, words
from the language's wording file (both in templates/). Output is byte-identical
for the same plan; a draft someone has edited is never replaced without force.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from docx.document import Document
from docx.oxml.ns import qn

from planner.core.identity import pin_names
from planner.core.mandate import MeetingReport
from planner.core.programme import Placement, ProgrammeOfWork, SessionSummary
from planner.core.reports import (
    ReportFacts,
    due_session_of,
    meetings_with_summary_reports,
    report_facts,
    summary_report_of,
)
from planner.core.un_style import slug
from planner.errors import InputError, OutputError
from planner.export import ExportContext, Rendered
from planner.export.docx.determinism import repack, set_core_properties
from planner.export.docx.footnotes import Footnotes, footnotes_part_name
from planner.export.docx.runs import RunFormat
from planner.export.docx.templates import templates_folder
from planner.export.report.fields import report_fields, title_text
from planner.export.report.layout import Layout
from planner.export.report.no_draft import why_no_draft
from planner.export.report.template import open_template, style_id
from planner.export.report.wording import load_wording, wording_file
from planner.files import publish

AUTHOR = "Office of the United Nations High Commissioner for Human Rights"

SessionLookup = Callable[[int], SessionSummary | None]


def render_summary_report(
    placements: Placement | Sequence[Placement],
    session: SessionSummary,
    *,
    due: SessionSummary | None = None,
    report: MeetingReport | None = None,
    language: str = "en",
    template: str | Path | None = None,
) -> bytes:
    """The .docx bytes of the draft for one meeting.

    placements: the meeting's placement, or both parts of a full-day meeting.
    session: the session the meeting is held in (ProgrammeOfWork.session).
    due: the session the report is due at, for its dates (core.reports.due_session_of);
      None leaves the dates as a placeholder.
    report: the summary-report mandate; by default the one on the meeting mandate.
    template: a house .docx template; wording files beside it take precedence.
    """
    group = [placements] if isinstance(placements, Placement) else list(placements)
    if not group:
        raise ValueError("a summary report needs the placement(s) of its meeting, got none")
    report = report or summary_report_of(group[0].ref)
    if report is None:
        raise ValueError(f"meeting {group[0].ref.mandate.id} has no summary-report mandate")
    facts = report_facts(group, session, report=report, due=due)
    return render_facts(facts, language=language, template=template)


def render_facts(facts: ReportFacts, *, language: str = "en", template: str | Path | None = None) -> bytes:
    template_path = Path(template) if template is not None else None
    wording = load_wording(_wording_path(template_path, language))
    document = open_template(template_path)
    _empty_body(document)
    fmt = RunFormat(wording=wording, placeholder_style=style_id(document, "placeholder"))
    footnotes = Footnotes(
        text_style=style_id(document, "footnote_text"),
        reference_style=style_id(document, "footnote_reference"),
        rtl=wording.rtl,
    )
    fields = report_fields(facts, wording)
    Layout(document, wording, fmt, footnotes).write(facts, fields)
    set_core_properties(
        document,
        title=title_text(wording, fields),
        author=AUTHOR,
        when=dt.datetime.combine(facts.held_on[0], dt.time()),  # from the plan, not the clock
        subject="Summary report (draft)",
        language=wording.lang_tag,
        keywords="Human Rights Council; summary report; draft",
        comments="Draft prepared by planner: replace every highlighted [placeholder].",
    )
    return _finish(document, footnotes, template_path)


DRAFTS_FOLDER = "summary-reports"  # subfolder of a plan's output for the drafts staff complete


def export(context: ExportContext) -> Rendered:
    files: dict[str, bytes] = {}
    for language in sorted(set(context.languages)):
        drafts = report_drafts(context.programme, language=language, sessions=context.sessions)
        files |= {f"{DRAFTS_FOLDER}/{name}": data for name, data in drafts.items()}
    return Rendered(files)


def report_drafts(
    programme: ProgrammeOfWork,
    *,
    language: str = "en",
    sessions: SessionLookup | None = None,
    template: str | Path | None = None,
) -> dict[str, bytes]:
    """A draft for every placed meeting whose resolution asks for a summary report, by file name.

    sessions: looks up a session by number (for the due session's dates); without it the
    dates are left as placeholders.
    """
    return {
        draft_name(group[0], programme.session, language): _render_group(group, programme, language, sessions, template)
        for group in meetings_with_summary_reports(programme)
    }


def write_report_draft(
    programme: ProgrammeOfWork,
    meeting_id: str,
    out_dir: str | Path,
    *,
    subfolder: str | None = None,
    force: bool = False,
    language: str = "en",
    sessions: SessionLookup | None = None,
    template: str | Path | None = None,
) -> Path:
    """Write the draft of one placed meeting (`planner report`) into out_dir, or its subfolder
    (recorded in out_dir, as `plan` records its drafts); refuse to replace an edited one."""
    groups = meetings_with_summary_reports(programme)
    for group in groups:
        if meeting_id in pin_names(group[0].ref):  # its id, or "43/21 op8" as the session file may name it
            name = draft_name(group[0], programme.session, language)
            if subfolder:
                name = f"{subfolder}/{name}"
            data = _render_group(group, programme, language, sessions, template)
            published = publish(out_dir, {name: data}, force=force)
            if published.kept:
                raise OutputError(
                    "has been edited since planner wrote it; use --force to replace it", path=published.kept[0]
                )
            return Path(out_dir) / name
    known = ", ".join(group[0].ref.mandate.id for group in groups) or "none"
    shown = meeting_id if len(meeting_id) <= 80 else meeting_id[:77] + "..."
    # A text without a symbol has ids from its words ("doc-..."); the session file may name its
    # symbol, and the plan's ids follow it.
    hint = (
        "; ids from a text's words (doc-...) change when the session file gives its symbol"
        if shown.startswith("doc-")
        else ""
    )
    if why := why_no_draft(programme, meeting_id, shown):
        raise InputError(why)
    raise InputError(f"no placed meeting '{shown}' with a summary report; placed with one: {known}{hint}")


def draft_name(placement: Placement, session: SessionSummary, language: str) -> str:
    """ "summary-report-hrc46-<meeting id>.en.docx": stable, one per meeting and language."""
    return f"summary-report-hrc{session.number}-{slug(placement.ref.mandate.id)}.{language}.docx"


def _render_group(
    group: list[Placement],
    programme: ProgrammeOfWork,
    language: str,
    sessions: SessionLookup | None,
    template: str | Path | None,
) -> bytes:
    report = summary_report_of(group[0].ref, programme)
    if report is None:  # meetings_with_summary_reports keeps only meetings with one
        raise ValueError(f"meeting {group[0].ref.mandate.id} has no summary-report mandate")
    due_number, _assumed = due_session_of(report, programme.session.number)
    due = sessions(due_number) if sessions and due_number != programme.session.number else None
    return render_summary_report(group, programme.session, due=due, report=report, language=language, template=template)


def _wording_path(template: Path | None, language: str) -> Path:
    if template is not None:
        beside = wording_file(template.parent, language)
        if beside.is_file():
            return beside
    return wording_file(templates_folder(), language)


def _empty_body(document: Document) -> None:
    """Drop a house template's sample content; keep its page setup (the last sectPr)."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _finish(document: Document, footnotes: Footnotes, template: Path | None) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    raw = buffer.getvalue()
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        part = footnotes_part_name(archive)
        if part is None:
            raise InputError("template has no footnotes part", path=template)
        existing = archive.read(part)
    return repack(raw, {part: footnotes.part_xml(existing)})
