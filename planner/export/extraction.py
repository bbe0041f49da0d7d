"""Extraction results out: the JSON contract for scripts and a table for people."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from planner.core.agenda import FULL_DAY, HALF_DAY
from planner.core.mandate import Extraction, MeetingMandate, ReportMandate
from planner.core.un_style import REPORT_NAMES
from planner.export.calendar.text import shorten

CLIPPED = 90  # characters of quoted evidence and report subjects in the table
# Field, and the label a person reads in the table.
_FIELDS = {
    "kind": "kind",
    "high_level": "high-level",
    "recurrence": "recurrence",
    "intersessional": "intersessional",
    "session": "session",
    "agenda_item": "agenda item",
    "duration_minutes": "length",
    "timing": "timing",
    "chair": "chair",
    "theme": "theme",
    "participants": "participants",
    "accessible": "accessible",
}


def json_document(extraction: Extraction) -> str:
    """One document of the JSON array, indented as its element. pydantic's own JSON: the same
    bytes as json.dumps(model_dump(), indent=2), nine times faster; it holds no blank line (a
    line break in a value is written \\n), so every line is indented."""
    return "  " + extraction.model_dump_json(indent=2).replace("\n", "\n  ")


def json_chunks(documents: Iterable[str]) -> Iterator[str]:
    """The JSON array around documents written by json_document, one at a time, so that no run
    holds every result at once."""
    yield "["
    index = -1
    for index, document in enumerate(documents):
        yield ("," if index else "") + "\n" + document
    yield "]\n" if index < 0 else "\n]\n"


def table_chunks(documents: Iterable[str]) -> Iterator[str]:
    """The table around documents written by table_document."""
    for index, document in enumerate(documents):
        yield ("\n" if index else "") + document


def table_document(e: Extraction) -> str:
    d = e.document
    facts = [
        d.status,
        f"session {d.session}" if d.session else "session unknown",
        f"agenda item {d.agenda_item}" if d.agenda_item else "agenda item unknown",
        d.language,
    ]
    lines = [f"{e.source}", f"  {d.symbol or '(no symbol)'}  {d.title or '(no title)'}", f"  {', '.join(facts)}"]
    if not e.meetings and not e.reports:
        lines.append("  no meeting or report mandated")
    for meeting in e.meetings:
        lines.extend(_meeting(meeting))
    for report in e.reports:
        lines.extend(_report(report))
    for problem in e.problems:
        where = f"op. {problem.paragraph}: " if problem.paragraph else ""
        lines.append(f"  ! check {where}{problem.message}")
    return "\n".join(lines) + "\n"


def _meeting(m: MeetingMandate) -> list[str]:
    lines = [f"  MEETING  op. {m.paragraph}  [{m.id}]"]
    for name, label in _FIELDS.items():
        value = getattr(m, name)
        if value in (None, False) or (name == "recurrence" and value == "once"):
            continue
        words = m.evidence.get(name)
        shown = _shown(name, value, m)
        quoted = f'   <- "{shorten(words, CLIPPED)}"' if words and words != shown else ""
        lines.append(f"    {label:<17}{shown}{quoted}")
    if m.report:
        report = m.report
        due = f"session {report.due_session}" if report.due_session else "no session stated"
        about = f"{REPORT_NAMES[report.form]} by {report.author}, due {due} (op. {report.paragraph})"
        lines.append(f"    {'report':<17}{about}")
    return lines


def _shown(name: str, value: object, m: MeetingMandate) -> str:
    """A value as a person says it: "yes", "interactive dialogue", "120 min (2 hours)"."""
    if value is True:
        return "yes"
    if name == "duration_minutes":
        return f"{value} min ({_length(int(value))})"  # type: ignore[call-overload]
    if name == "agenda_item" and m.agenda_item_from == "resolution":
        return f"{value} (not named in the paragraph: the item of the resolution)"
    return str(value).replace("_", " ")


def _length(minutes: int) -> str:
    if minutes == HALF_DAY:
        return "half day"
    if minutes % FULL_DAY == 0:
        days = minutes // FULL_DAY
        return "full day" if days == 1 else f"{days} full days"
    return f"{minutes / 60:g} hours"


def _report(r: ReportMandate) -> list[str]:
    due = f"session {r.due_session}" if r.due_session else "no session stated"
    about = f" on meeting {r.meeting}" if r.meeting else (f" on {shorten(r.subject, CLIPPED)}" if r.subject else "")
    return [f"  REPORT   op. {r.paragraph}  {REPORT_NAMES[r.form]} by {r.author}{about}, due {due}"]
