"""The programme of work as a Word grid: a column per week, a row per weekday, each day its meetings.

python-docx stamps the clock into the core properties and every zip entry; docx_determinism
fixes both (to the programme's version date and to 1980-01-01) so the same plan gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io

from docx.document import Document as WordDocument

from planner.core.programme import MeetingSlot, ProgrammeOfWork, SessionDay
from planner.core.un_style import day_month, ordinal, un_clock
from planner.export import ExportContext, Rendered
from planner.export.docx.determinism import repack, set_core_properties
from planner.export.docx.styles import Styles, landscape_a4
from planner.export.docx.templates import programme_document
from planner.export.programme.activity import activity, business, title, version_line

FILE_NAME = "programme.docx"
WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"]


def _weeks(days: list[SessionDay]) -> list[dt.date]:
    """Mondays of the session's weeks, in order."""
    mondays = sorted({d.date - dt.timedelta(days=d.date.weekday()) for d in days})
    return mondays


def _cell_lines(programme: ProgrammeOfWork, day: SessionDay | None, voting: set[dt.date]) -> list[str]:
    """What one day holds: each of its meetings with its hours and number, then what it holds."""
    if day is None:
        return []
    if day.holiday:
        return [f"UN HOLIDAY ({day.holiday}): no meeting"]
    lines = ["VOTING DAY: action on draft proposals"] if day.date in voting else []
    for meeting in day.meetings:
        lunch = ", lunch-hour" if meeting.lunch else ""
        lines.append(
            f"{un_clock(meeting.start)}-{un_clock(meeting.end)} ({meeting.number}{_th(meeting.number)} meeting{lunch})"
        )
        lines += _meeting_lines(programme, meeting)
    return lines


def _meeting_lines(programme: ProgrammeOfWork, meeting: MeetingSlot) -> list[str]:
    held: list[tuple[dt.datetime, str]] = []
    for booking in programme.bookings:
        if booking.start < meeting.end and meeting.start < booking.end:
            prefix = f"ITEM {booking.item} - " if booking.item is not None else ""
            held.append((booking.start, f"{prefix}{booking.label} ({un_clock(booking.start)}-{un_clock(booking.end)})"))
    for placement in programme.placements:
        if placement.meeting_number == meeting.number:
            held.append((placement.start, activity(placement.ref, placement)))
    for scheduled in programme.activities:
        if scheduled.meeting_number == meeting.number:
            held.append((scheduled.start, business(scheduled)))
    return ["- " + text for _, text in sorted(held, key=lambda pair: pair[0])] or ["- (free)"]


def _th(number: int) -> str:
    return ordinal(number).removeprefix(str(number))


def _heads_entries(line: str) -> bool:
    """A meeting's hours, a week's Monday or the day's business ("VOTING DAY") head what follows."""
    return line[:1].isdigit() or line.startswith(("VOTING DAY", "UN HOLIDAY"))


def build_document(programme: ProgrammeOfWork) -> WordDocument:
    document = programme_document()
    styles = Styles(document)
    landscape_a4(document.sections[0], margin_cm=1.5)
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
    styles.cell(table.rows[0].cells[0], [""])
    for column, monday in enumerate(weeks, start=1):
        styles.cell(table.rows[0].cells[column], [f"Week {column}", day_month(monday)], _heads_entries)
    voting = _voting_days(programme)
    for weekday, name in enumerate(WEEKDAYS):
        row = table.add_row().cells
        styles.cell(row[0], [name])
        for column, monday in enumerate(weeks, start=1):
            day = by_date.get(monday + dt.timedelta(days=weekday))
            styles.cell(row[column], _cell_lines(programme, day, voting), _heads_entries)


def _voting_days(programme: ProgrammeOfWork) -> set[dt.date]:
    return {a.start.date() for a in programme.activities if a.kind == "voting"}


def _left_out(document: WordDocument, styles: Styles, programme: ProgrammeOfWork) -> None:
    if programme.unscheduled:
        styles.paragraph(document.add_paragraph("Not scheduled"), "Heading 2")
        for left in programme.unscheduled:
            item = f"ITEM {left.item} - " if left.item is not None else ""
            styles.paragraph(document.add_paragraph(f"{item}{left.label}: {left.diagnosis}"), "List Bullet")
    if programme.unplaced:
        styles.paragraph(document.add_paragraph("Not placed"), "Heading 2")
        for unplaced in programme.unplaced:
            styles.paragraph(document.add_paragraph(f"{activity(unplaced.ref)}: {unplaced.diagnosis}"), "List Bullet")
    # The warnings are advice to whoever plans (add a holiday, a version date): the terminal,
    # the JSON and the web page give them; the programme goes out to delegations without them.


def export(context: ExportContext) -> Rendered:
    return Rendered({FILE_NAME: render_programme_docx(context.programme)})


def render_programme_docx(programme: ProgrammeOfWork) -> bytes:
    raw = io.BytesIO()
    build_document(programme).save(raw)
    return repack(raw.getvalue())


__all__ = ["build_document", "render_programme_docx"]
