"""The programme of work as a Word grid: a column per week, rows Monday-Friday split into meetings.

python-docx stamps the clock into the core properties and every zip entry; docx_determinism
fixes both (to the programme's version date and to 1980-01-01) so the same plan gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from planner.core.programme import ProgrammeOfWork, SessionDay
from planner.core.un_style import day_month, un_clock
from planner.export import ExportContext, Rendered
from planner.export.docx.determinism import repack, set_core_properties
from planner.export.docx.styles import Styles
from planner.export.programme.activity import activity, title, version_line

FILE_NAME = "programme.docx"
WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"]


def _weeks(days: list[SessionDay]) -> list[dt.date]:
    """Mondays of the session's weeks, in order."""
    mondays = sorted({d.date - dt.timedelta(days=d.date.weekday()) for d in days})
    return mondays


def _slot_rows(days: list[SessionDay], weekday: int) -> list[tuple[dt.time, dt.time]]:
    """Every meeting time used on this weekday in any week, in order (so rows line up)."""
    times = {(m.start.time(), m.end.time()) for d in days if d.date.weekday() == weekday for m in d.meetings}
    return sorted(times) or [(dt.time(10), dt.time(13))]


def _cell_lines(programme: ProgrammeOfWork, day: SessionDay | None, start: dt.time, end: dt.time) -> list[str]:
    """What one meeting holds; a row whose times the day does not use stays empty."""
    if day is None:
        return []
    if day.holiday:
        return [f"UN HOLIDAY ({day.holiday})"]
    meeting = next((m for m in day.meetings if (m.start.time(), m.end.time()) == (start, end)), None)
    if meeting is None:
        return []
    lines = []
    for booking in programme.bookings:
        if booking.start < meeting.end and meeting.start < booking.end:
            prefix = f"ITEM {booking.item} - " if booking.item is not None else ""
            lines.append(f"{prefix}{booking.label} ({un_clock(booking.start)}-{un_clock(booking.end)})")
    for placement in programme.placements:
        if placement.meeting_number == meeting.number:
            lines.append(activity(placement.ref, placement))
            lines.append(f"{un_clock(placement.start)}-{un_clock(placement.end)}, meeting {placement.meeting_number}")
    return lines


def _set_cell(cell, lines: list[str], size: float = 8) -> None:
    cell.text = ""
    paragraph = cell.paragraphs[0]
    for index, line in enumerate(lines):
        if index:
            paragraph = cell.add_paragraph()
        run = paragraph.add_run(line)
        run.font.size = Pt(size)
        if index % 2 == 1 and line[:1].isdigit():
            run.italic = True


def build_document(programme: ProgrammeOfWork) -> WordDocument:
    document = Document()
    styles = Styles(document)
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    styles.paragraph(document.add_paragraph(title(programme)), "Heading 1")
    document.add_paragraph(f"Programme of work - {programme.session.room}")
    document.add_paragraph(version_line(programme)).runs[0].bold = True
    if programme.session.projected:
        document.add_paragraph("Dates projected from the yearly pattern: confirm them before use.")
    _grid(document, styles, programme)
    _left_out(document, styles, programme)
    moment = dt.datetime.combine(programme.version, dt.time(0, 0))
    set_core_properties(document, title="Programme of work", author="planner", when=moment)
    return document


def _grid(document: WordDocument, styles: Styles, programme: ProgrammeOfWork) -> None:
    days = programme.days
    weeks = _weeks(days)
    by_date = {d.date: d for d in days}
    table = document.add_table(rows=1, cols=len(weeks) + 1)
    styles.table(table, "Table Grid")
    _set_cell(table.rows[0].cells[0], [""], 9)
    for column, monday in enumerate(weeks, start=1):
        _set_cell(table.rows[0].cells[column], [f"Week {column}", day_month(monday)], 9)
    for weekday, name in enumerate(WEEKDAYS):
        for start, end in _slot_rows(days, weekday):
            row = table.add_row().cells
            _set_cell(row[0], [name, f"{un_clock(start)}-{un_clock(end)}"], 8)
            for column, monday in enumerate(weeks, start=1):
                day = by_date.get(monday + dt.timedelta(days=weekday))
                _set_cell(row[column], _cell_lines(programme, day, start, end))


def _left_out(document: WordDocument, styles: Styles, programme: ProgrammeOfWork) -> None:
    if programme.unplaced:
        styles.paragraph(document.add_paragraph("Not placed"), "Heading 2")
        for unplaced in programme.unplaced:
            styles.paragraph(document.add_paragraph(f"{activity(unplaced.ref)}: {unplaced.diagnosis}"), "List Bullet")
    if programme.warnings:
        styles.paragraph(document.add_paragraph("Notes"), "Heading 2")
        for warning in programme.warnings:
            styles.paragraph(document.add_paragraph(warning), "List Bullet")


def export(context: ExportContext) -> Rendered:
    return Rendered({FILE_NAME: render_programme_docx(context.programme)})


def render_programme_docx(programme: ProgrammeOfWork) -> bytes:
    raw = io.BytesIO()
    build_document(programme).save(raw)
    return repack(raw.getvalue())


__all__ = ["build_document", "render_programme_docx"]
