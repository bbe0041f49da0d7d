"""The year grid (Word): a row per week, what the Council and each body hold that week, by room.

Fixed time stamps as in the session grid (docx determinism): the same plan gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io

from planner.core.un_style import day_month, ordinal, short_span, un_date
from planner.core.year import YearPlan
from planner.export import Rendered, YearContext
from planner.export.docx.determinism import repack, set_core_properties
from planner.export.docx.styles import Styles, landscape_a4
from planner.export.docx.templates import programme_document

WEEK = dt.timedelta(days=7)


def _mondays(year: int) -> list[dt.date]:
    first = dt.date(year, 1, 1)
    monday = first - dt.timedelta(days=first.weekday())
    found = []
    while monday.year <= year:
        found.append(monday)
        monday += WEEK
    return found


def _week_lines(plan: YearPlan, monday: dt.date) -> tuple[list[str], list[str], list[str]]:
    """The Council, the bodies, the holidays of one week."""
    friday = monday + dt.timedelta(days=4)
    council = [
        f"HRC {ordinal(c.number)} session ({short_span(c.start, c.end)})"
        for c in plan.council
        if c.start <= friday and monday <= c.end
    ]
    bodies = [
        f"{p.meeting.name}: {short_span(p.start, p.end)}, {p.room}"
        for p in plan.placements
        if p.start <= friday and monday <= p.end
    ]
    holidays = [f"{h.name} ({day_month(h.date)})" for h in plan.holidays if monday <= h.date <= friday]
    return council, bodies, holidays


def render_year_docx(plan: YearPlan) -> bytes:
    document = programme_document()
    styles = Styles(document)
    landscape_a4(document.sections[0])
    styles.paragraph(document.add_paragraph(f"Human Rights Council: the year {plan.year}"), "Heading 1")
    document.add_paragraph(f"Version of {un_date(plan.version)} - provisional and subject to change").runs[
        0
    ].bold = True
    table = document.add_table(rows=1, cols=4)
    styles.table(table, "Table Grid")
    for cell, head in zip(table.rows[0].cells, ["Week of", "Council", "Subsidiary bodies", "Holidays"], strict=True):
        styles.cell(cell, [head], lambda line: True)
    for monday in _mondays(plan.year):
        council, bodies, holidays = _week_lines(plan, monday)
        row = table.add_row().cells
        for cell, lines in zip(row, [[un_date(monday)], council, bodies, holidays], strict=True):
            styles.cell(cell, lines)
    if plan.unplaced:
        styles.paragraph(document.add_paragraph("Not placed"), "Heading 2")
        for unplaced in plan.unplaced:
            text = f"{unplaced.meeting.name}, session {unplaced.meeting.index}: {unplaced.diagnosis}"
            styles.paragraph(document.add_paragraph(text), "List Bullet")
    moment = dt.datetime.combine(plan.version, dt.time(0, 0))
    set_core_properties(document, title=f"The Council's year {plan.year}", author="planner", when=moment)
    raw = io.BytesIO()
    document.save(raw)
    return repack(raw.getvalue())


def export(context: YearContext) -> Rendered:
    return Rendered({f"year{context.plan.year}.docx": render_year_docx(context.plan)})
