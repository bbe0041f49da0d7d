"""The app's edits as session.toml says them, so that the app and `planner plan` plan the same.

A correction of a field session.toml has a key for goes to that key: a meeting's chair to
[chairs], its participants to [participants], its theme to [themes] (a standing mandate's to
[standing.themes]); pins to [[pins]], meetings declared by hand to [[mandates]], retirements to
[standing] retire. The app plans with its session file so completed (`with_app_edits`), and the
folder export writes the same keys (`toml_tables`). A key the file already gives for the same
meeting under another of its names ("43/21 op8") is replaced, not left to win.

The fields session.toml cannot express (session, agenda item, length, accessibility, a report's
due session) stay corrections of what was read, in corrections.json beside the exported file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from planner.core.identity import pin_names
from planner.core.mandate import Extraction
from planner.core.programme import MandateRef
from planner.core.session import Pin
from planner.sessions import FILE_NAME
from planner.sessions.schema import DeclaredMandate
from planner.sessions.session_file import SessionFile
from planner.sessions.standing import builtin_standing_mandates
from planner.web.corrections import Flag
from planner.web.store import SessionState

DECLARED_IN = "planner serve"
KEYS = {"chair": "chairs", "participants": "participants", "theme": "themes"}  # field -> session.toml table


def standing_ids() -> set[str]:
    return {s.id for s in builtin_standing_mandates()}


def names_of(extractions: list[Extraction]) -> dict[str, set[str]]:
    """Each meeting's names (its id, "43/21 op8", "43/21 paragraph 8"), by id."""
    names: dict[str, set[str]] = {}
    for extraction in extractions:
        for meeting in extraction.meetings:
            ref = MandateRef(mandate=meeting, document=extraction.document, source=extraction.source)
            names.setdefault(meeting.id, set()).update(pin_names(ref))
    return names


def keyed(state: SessionState, flags: list[Flag]) -> dict[str, dict[str, str]]:
    """The corrections session.toml has a key for: table -> mandate id -> value.

    Flagged corrections (their paragraph changed) are not applied, so not keyed either; a
    cleared field (no value) has no key to say it and stays a correction."""
    stale = {(f.mandate_id, f.field) for f in flags}
    tables: dict[str, dict[str, str]] = {table: {} for table in KEYS.values()}
    for mandate, fields in state.corrections.items():
        for name, fix in fields.items():
            if name in KEYS and (mandate, name) not in stale and isinstance(fix.value, str) and fix.value:
                tables[KEYS[name]][mandate] = fix.value
    return tables


def retired(state: SessionState) -> set[str]:
    standing = standing_ids()
    return {
        m
        for m, fields in state.corrections.items()
        if m in standing and "retired" in fields and fields["retired"].value
    }


def merged(given: dict[str, Any], ours: dict[str, Any], names: dict[str, set[str]]) -> dict[str, Any]:
    """A table of the file with the app's values, which replace the file's for the same meeting."""
    taken = _taken(ours, names)
    return {**{k: v for k, v in given.items() if k not in taken}, **ours}


def with_app_edits(
    session_file: SessionFile, state: SessionState, tables: dict[str, dict[str, str]], names: dict[str, set[str]]
) -> SessionFile:
    """The session file as the folder export writes it: the file's keys with the app's edits."""
    kept = [pin for pin in session_file.session.pins if pin.mandate not in _taken(state.pins, names)]
    added = [
        Pin(
            mandate=mandate,
            date=dt.date.fromisoformat(p.day),
            start=dt.time.fromisoformat(p.start) if p.start else None,
        )
        for mandate, p in state.pins.items()
    ]
    declared = [ref for ref in session_file.declared if ref.mandate.id not in state.declared]
    declared += [DeclaredMandate.model_validate(fields).ref(DECLARED_IN) for fields in state.declared.values()]
    return dataclasses.replace(
        session_file,
        path=Path(FILE_NAME),  # messages name the session's file, not the scratch copy the app read
        session=session_file.session.model_copy(update={"pins": (*kept, *added)}),
        declared=declared,
        retired=session_file.retired | retired(state),
        themes=merged(session_file.themes, tables["themes"], names),
        chairs=merged(session_file.chairs, tables["chairs"], names),
        participants=merged(session_file.participants, tables["participants"], names),
    )


def _taken(ours: dict[str, Any], names: dict[str, set[str]]) -> set[str]:
    return set().union(*(names.get(m, {m}) for m in ours)) if ours else set()


def toml_tables(data: dict[str, Any], tables: dict[str, dict[str, str]], names: dict[str, set[str]]) -> None:
    """Write the keyed corrections into a parsed session.toml (standing themes under [standing.themes])."""
    standing = standing_ids()
    for table, values in tables.items():
        ours = {m: v for m, v in values.items() if m not in standing}
        if ours:
            data[table] = merged(data.get(table, {}), ours, names)
    themes = {m: v for m, v in tables["themes"].items() if m in standing}
    if themes:
        data.setdefault("standing", {}).setdefault("themes", {}).update(themes)
        for mandate in themes:  # [themes] would win over [standing.themes]
            data.get("themes", {}).pop(mandate, None)
