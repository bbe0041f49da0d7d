"""The programme of work as CSV: one row per placed meeting, then what was not placed, and why."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

from planner.core.identity import ref_key, short_citation
from planner.core.programme import MandateRef, ProgrammeOfWork
from planner.core.un_style import clock, weekday_name
from planner.export import ExportContext, Rendered
from planner.export.programme.activity import activity, business

FILE_NAME = "programme.csv"
COLUMNS = [
    "status",
    "meeting",
    "date",
    "weekday",
    "start",
    "end",
    "room",
    "item",
    "activity",
    "citation",
    "mandate",
    "source",
    "why",
]


NOT_PLACED = ("", "", "", "", "", "")  # meeting, date, weekday, start, end, room


# A cell that opens with one of these is a formula to Excel and LibreOffice: text from a
# resolution or a session file ("=HYPERLINK(...)", "-1+1") must stay text. A spreadsheet may
# also split a cell at a list separator (";" or "," by locale), a tab or a line break, and
# read each piece as a cell of its own: a piece that opens so is guarded too ("poverty;=2+3;").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PIECE_FORMULA = re.compile(r"([;,\t\r\n])([=+\-@])")


def _row(status: str, when: Sequence[object], ref: MandateRef, text: str, why: str) -> list[object]:
    item = ref.agenda_item
    cells = [status, *when, "" if item is None else item, text, short_citation(ref), ref_key(ref), ref.source, why]
    return [guarded(cell) for cell in cells]


def _business_row(
    status: str,
    when: Sequence[object],
    item: int | None,
    text: str,
    key: str,
    why: str,
    source: str = "order of business",
) -> list[object]:
    """An activity of the order of business, or a fixed booking: no resolution cites it."""
    cells = [status, *when, "" if item is None else item, text, "", key, source, why]
    return [guarded(cell) for cell in cells]


def guarded(cell: object) -> object:
    if not isinstance(cell, str):
        return cell
    # The usual guard against formulas in CSV files (it shows in the cell), at every piece's start.
    cell = _PIECE_FORMULA.sub(r"\1'\2", cell)
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def export(context: ExportContext) -> Rendered:
    return Rendered({FILE_NAME: render_programme_csv(context.programme)})


def render_programme_csv(programme: ProgrammeOfWork) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for p in programme.placements:
        day = p.start.date()
        when = (p.meeting_number, day.isoformat(), weekday_name(day), clock(p.start), clock(p.end), p.room)
        writer.writerow(_row("placed", when, p.ref, activity(p.ref, p), p.reason))
    for b in programme.bookings:
        day = b.start.date()
        fixed = ("", day.isoformat(), weekday_name(day), clock(b.start), clock(b.end), programme.session.room)
        label = f"ITEM {b.item} - {b.label}" if b.item is not None else b.label
        writer.writerow(_business_row("fixed", fixed, b.item, label, "", "fixed in the session file", "session.toml"))
    for a in programme.activities:
        day = a.start.date()
        when = (
            a.meeting_number,
            day.isoformat(),
            weekday_name(day),
            clock(a.start),
            clock(a.end),
            programme.session.room,
        )
        writer.writerow(_business_row("scheduled", when, a.item, business(a), a.key, a.reason))
    for left in programme.unscheduled:
        writer.writerow(_business_row("not scheduled", NOT_PLACED, left.item, left.label, left.key, left.diagnosis))
    for u in programme.unplaced:
        writer.writerow(_row("not placed", NOT_PLACED, u.ref, activity(u.ref), u.diagnosis))
    for ref in programme.not_for_this_session:
        why = f"session {ref.mandate.session}" if ref.mandate.session else "no session stated"
        writer.writerow(_row("not for this session", NOT_PLACED, ref, activity(ref), why))
    # With a byte-order mark: Excel opens a UTF-8 file without one as the Windows code page,
    # and a Chinese theme or an accented name would turn to noise.
    return out.getvalue().encode("utf-8-sig")
