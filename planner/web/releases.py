"""Releases: freezing the current plan as the version subscribers see, and the files of a plan.

A release renders the session calendar through the export registry, with the previous
release's state, so a moved meeting keeps its UID with SEQUENCE+1 and a dropped one is sent
as CANCELLED, as `planner plan` does in its output folder.
"""

from __future__ import annotations

import datetime as dt

from planner.core.programme import ProgrammeOfWork
from planner.export import OUTPUTS, ExportContext, Rendered
from planner.export.calendar.releases import ReleaseState
from planner.pipeline.output_folder import DRAFT_LANGUAGES
from planner.pipeline.plan import session_lookup
from planner.web.store import Release

CALENDAR_MODULE = "planner.export.calendar.session_calendar"


def published_starts(release: Release | None) -> dict[str, dt.datetime] | None:
    """The days the last release published (mandate id -> start): a new plan keeps them."""
    if release is None:
        return None
    programme = ProgrammeOfWork.model_validate_json(release.programme)
    return {p.ref.mandate.id: p.start for p in programme.placements if p.part == 1}


def export_context(programme: ProgrammeOfWork, release: Release | None) -> ExportContext:
    previous = ReleaseState.model_validate_json(release.release_state) if release else None
    return ExportContext(
        programme=programme,
        sessions=session_lookup(programme),
        languages=DRAFT_LANGUAGES,  # the report drafts in each language planner has a template for
        previous_release=previous,
    )


def render_files(programme: ProgrammeOfWork, release: Release | None) -> dict[str, tuple[str, bytes]]:
    """Every file of the export registry: relative name -> (media type, bytes)."""
    context = export_context(programme, release)
    files: dict[str, tuple[str, bytes]] = {}
    for output in OUTPUTS:
        rendered = output.render(context)
        files |= {name: (output.media_type, data) for name, data in rendered.files.items()}
    return files


def freeze(programme: ProgrammeOfWork, previous: Release | None) -> Release:
    """The release of this programme, following the previous one."""
    output = next(o for o in OUTPUTS if o.module == CALENDAR_MODULE)
    rendered: Rendered = output.render(export_context(programme, previous))
    name = f"hrc{programme.session.number}.ics"
    state = next(iter(rendered.last.values())).decode("utf-8")
    return Release(
        number=0,
        version_date=programme.version,
        calendar=rendered.files[name],
        release_state=state,
        programme=programme.model_dump_json(),
        notes="\n".join(rendered.notes),
    )
