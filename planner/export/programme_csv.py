"""The programme of work as CSV: one row per placed meeting, then what was not placed, and why."""

from __future__ import annotations

import csv
import io

from planner.export.programme_activity import activity
from planner.programme import MandateRef, ProgrammeOfWork
from planner.schedule.due import ref_key, short_citation

MEDIA_TYPE = "text/csv"
EXTENSION = ".csv"
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


def _item(ref: MandateRef) -> str:
    item = ref.mandate.agenda_item if ref.mandate.agenda_item is not None else ref.document.agenda_item
    return "" if item is None else str(item)


def render_programme_csv(programme: ProgrammeOfWork) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for p in programme.placements:
        writer.writerow(
            [
                "placed",
                p.meeting_number,
                p.start.date().isoformat(),
                f"{p.start:%A}",
                f"{p.start:%H:%M}",
                f"{p.end:%H:%M}",
                p.room,
                _item(p.ref),
                activity(p.ref, p),
                short_citation(p.ref),
                ref_key(p.ref),
                p.ref.source,
                p.reason,
            ]
        )
    for u in programme.unplaced:
        writer.writerow(
            [
                "not placed",
                "",
                "",
                "",
                "",
                "",
                "",
                _item(u.ref),
                activity(u.ref),
                short_citation(u.ref),
                ref_key(u.ref),
                u.ref.source,
                u.diagnosis,
            ]
        )
    for ref in programme.not_for_this_session:
        when = f"session {ref.mandate.session}" if ref.mandate.session else "no session stated"
        writer.writerow(
            [
                "not for this session",
                "",
                "",
                "",
                "",
                "",
                "",
                _item(ref),
                activity(ref),
                short_citation(ref),
                ref_key(ref),
                ref.source,
                when,
            ]
        )
    return out.getvalue().encode("utf-8")
