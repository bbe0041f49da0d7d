"""The documentation list of a session: every report due at it, with its two deadlines (CSV, Word).

The secretariat tracks each report from its request (resolution and paragraph) to the dates it
must be submitted to conference services and issued; the list is what it works from.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from planner.core.programme import ProgrammeOfWork, ReportDue
from planner.core.un_style import REPORT_NAMES, ordinal, un_date
from planner.export import ExportContext, Rendered
from planner.export.docx.determinism import repack, set_core_properties
from planner.export.docx.styles import Styles
from planner.export.docx.templates import programme_document
from planner.export.programme.activity import title
from planner.export.programme.csv_table import guarded

CSV_NAME = "documentation.csv"
WORD_NAME = "documentation.docx"
COLUMNS = ["report", "author", "subject", "requested by", "paragraph", "item", "submission", "issuance", "id"]


def export_csv(context: ExportContext) -> Rendered:
    return Rendered({CSV_NAME: render_documentation_csv(context.programme)})


def export_word(context: ExportContext) -> Rendered:
    return Rendered({WORD_NAME: render_documentation_docx(context.programme)})


def _cells(report: ReportDue) -> list[object]:
    return [
        REPORT_NAMES[report.form],
        report.author,
        report.subject or "",
        report.citation,
        report.paragraph,
        "" if report.item is None else report.item,
        report.submission.isoformat(),
        report.issuance.isoformat(),
        report.id,
    ]


def _word_cells(report: ReportDue) -> list[str]:
    """As the CSV's, for reading: the report's name capitalised, the dates as the UN writes them."""
    cells = [str(value) for value in _cells(report)[:-1]]
    cells[0] = cells[0][:1].upper() + cells[0][1:]
    cells[-2:] = [un_date(report.submission), un_date(report.issuance)]
    return cells


def render_documentation_csv(programme: ProgrammeOfWork) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for report in programme.documentation:
        writer.writerow([guarded(cell) for cell in _cells(report)])
    return out.getvalue().encode("utf-8-sig")  # with a byte-order mark, as Excel wants UTF-8


def render_documentation_docx(programme: ProgrammeOfWork) -> bytes:
    document = programme_document()
    styles = Styles(document)
    styles.paragraph(document.add_paragraph(title(programme)), "Heading 1")
    document.add_paragraph(f"Documentation of the {ordinal(programme.session.number)} session")
    reports = programme.documentation
    if not reports:
        document.add_paragraph("No report is due at this session in the resolutions read.")
    else:
        first = reports[0]
        document.add_paragraph(
            f"Submission to conference services by {un_date(first.submission)}; issuance by {un_date(first.issuance)}."
        )
        table = document.add_table(rows=1, cols=len(COLUMNS) - 1)
        styles.table(table, "Table Grid")
        for cell, name in zip(table.rows[0].cells, COLUMNS[:-1], strict=True):
            styles.cell(cell, [name.capitalize()], lambda line: True)
        for report in reports:
            row = table.add_row().cells
            for cell, value in zip(row, _word_cells(report), strict=True):
                styles.cell(cell, [value])
    raw = io.BytesIO()
    set_core_properties(
        document,
        title="Documentation list",
        author="planner",
        when=dt.datetime.combine(programme.version, dt.time()),
    )
    document.save(raw)
    return repack(raw.getvalue())
