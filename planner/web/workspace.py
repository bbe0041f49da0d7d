"""A session loaded in the server: its texts read once, planned again after every edit.

plan(state) plans as `planner plan` does (pipeline.plan.plan_from, with its checks), from the
session file completed with the store's pins, declared mandates and keyed corrections
(session_keys) and the texts read with the other corrections applied. Reading the texts is
cached by their hashes, so re-planning after an edit costs the scheduler alone.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from planner.core.mandate import Extraction
from planner.core.programme import ProgrammeOfWork
from planner.pipeline.plan import Misnamed, plan_from
from planner.sessions import FILE_NAME
from planner.sessions.session_file import SessionFile, load_session_file
from planner.sessions.standing import builtin_standing_mandates
from planner.web.corrections import Flag, apply_corrections
from planner.web.session_keys import keyed, names_of, with_app_edits
from planner.web.store import SessionState
from planner.web.texts import ReadTexts, read_texts


@dataclass
class Plan:
    """One planning of a session, with everything the pages show about it."""

    programme: ProgrammeOfWork
    read: ReadTexts
    extractions: list[Extraction]  # corrected
    session_file: SessionFile
    flags: list[Flag] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    tables: dict[str, dict[str, str]] = field(default_factory=dict)  # corrections session.toml has keys for
    names: dict[str, set[str]] = field(default_factory=dict)  # each meeting's names, by id

    def placed(self, mandate_id: str) -> list:
        return [p for p in self.programme.placements if p.ref.mandate.id == mandate_id]

    def unplaced(self, mandate_id: str) -> str | None:
        return next((u.diagnosis for u in self.programme.unplaced if u.ref.mandate.id == mandate_id), None)


class Workspace:
    """The in-memory copy of one session: what is slow to get (texts read) is kept."""

    def __init__(self, fetch: Callable[[str], bytes]) -> None:
        self._fetch = fetch
        self._read_key: str | None = None
        self._read: ReadTexts | None = None
        self._toml: str | None = None
        self._session_file: SessionFile | None = None

    def session_file(self, session_toml: str) -> SessionFile:
        """The session file as the CLI reads it (SessionFileError names the key and the fix)."""
        if self._toml != session_toml or self._session_file is None:
            standing = {s.id for s in builtin_standing_mandates()}
            with tempfile.TemporaryDirectory(prefix="planner-session-") as scratch:
                (Path(scratch) / FILE_NAME).write_text(session_toml, encoding="utf-8")
                self._session_file = load_session_file(Path(scratch), standing)
            self._toml = session_toml
        return self._session_file

    def texts(self, state: SessionState, fixes: dict[str, dict]) -> ReadTexts:
        key = json.dumps([sorted(state.documents.items()), fixes], sort_keys=True)
        if self._read is None or key != self._read_key:
            self._read = read_texts(state.documents, self._fetch, fixes)
            self._read_key = key
        return self._read

    def plan(
        self,
        state: SessionState,
        *,
        version: dt.date | None = None,
        previous: dict[str, dt.datetime] | None = None,
    ) -> Plan:
        session_file = self.session_file(state.session_toml)
        fixes = {name: fix.model_dump(exclude_none=True) for name, fix in session_file.documents.items()}
        read = self.texts(state, fixes)
        extractions, flags = apply_corrections(read, state.corrections)
        tables, names = keyed(state, flags), names_of(extractions)
        edited = with_app_edits(session_file, state, tables, names)
        planned = plan_from(edited, extractions, unread=read.texts.unread, previous=previous, version=version)
        problems = list(read.texts.problems) + [_problem(m, state) for m in planned.misnamed]
        return Plan(planned.programme, read, extractions, edited, flags, problems, tables, names)


def _problem(misnamed: Misnamed, state: SessionState) -> str:
    """A name that matches no mandate: a pin made here whose meeting is no longer read (its text
    removed or changed) is said in the app's words; one in session.toml as `planner plan` says it."""
    if misnamed.table == "pins" and misnamed.name in state.pins:
        day = state.pins[misnamed.name].day
        return f"the pin of {misnamed.name} to {day} names no meeting of this session any more; remove it"
    return str(misnamed.error)
