"""A session loaded in the server: its texts read once, planned again after every edit.

plan(state) composes the pipeline's public steps as `planner plan` does (session file,
resolutions, standing mandates, schedule) with the store's corrections, pins and declared
mandates added. Reading the texts is cached by their hashes, so re-planning after an edit
costs the scheduler alone.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from planner.core.identity import pin_names
from planner.core.mandate import Extraction
from planner.core.programme import MandateRef, ProgrammeOfWork
from planner.core.session import Pin
from planner.pipeline.plan import version_date
from planner.schedule import schedule
from planner.sessions.schema import DeclaredMandate
from planner.sessions.session_file import FILE_NAME, SessionFile, load_session_file
from planner.sessions.standing import builtin_standing_mandates
from planner.web.corrections import Flag, apply_corrections
from planner.web.store import SessionState
from planner.web.texts import ReadTexts, read_texts

DECLARED_IN = "planner serve"


@dataclass
class Plan:
    """One planning of a session, with everything the pages show about it."""

    programme: ProgrammeOfWork
    read: ReadTexts
    extractions: list[Extraction]  # corrected
    session_file: SessionFile
    flags: list[Flag] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

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
        standing = list(builtin_standing_mandates())
        session = session_file.session.model_copy(update={"pins": (*session_file.session.pins, *_pins(state))})
        declared_version, warning = version_date(session_file.version, session.start)
        programme = schedule(
            session,
            extractions,
            version or declared_version,
            declared=session_file.declared + _declared(state),
            standing=standing,
            retired=session_file.retired | _retired(state),
            themes={**session_file.themes, **_standing_themes(state)},
            previous=previous,
        )
        if warning and version is None:
            programme.warnings.append(warning)
        problems = list(read.texts.problems) + _lost_pins(programme, state)
        return Plan(programme, read, extractions, session_file, flags, problems)


def _pins(state: SessionState) -> list[Pin]:
    return [
        Pin(
            mandate=mandate,
            date=dt.date.fromisoformat(p.day),
            start=dt.time.fromisoformat(p.start) if p.start else None,
        )
        for mandate, p in state.pins.items()
    ]


def _declared(state: SessionState) -> list[MandateRef]:
    return [DeclaredMandate.model_validate(fields).ref(DECLARED_IN) for fields in state.declared.values()]


def _standing_ids() -> set[str]:
    return {s.id for s in builtin_standing_mandates()}


def _retired(state: SessionState) -> set[str]:
    standing = _standing_ids()
    return {
        m
        for m, fields in state.corrections.items()
        if m in standing and "retired" in fields and fields["retired"].value
    }


def _standing_themes(state: SessionState) -> dict[str, str]:
    standing = _standing_ids()
    return {
        m: str(fields["theme"].value)
        for m, fields in state.corrections.items()
        if m in standing and "theme" in fields and fields["theme"].value
    }


def _lost_pins(programme: ProgrammeOfWork, state: SessionState) -> list[str]:
    """A pin whose meeting is no longer read (its text removed or changed): said, not dropped silently."""
    refs = [p.ref for p in programme.placements] + [u.ref for u in programme.unplaced]
    known = set().union(*(pin_names(ref) for ref in refs)) if refs else set()
    return [
        f"the pin of {mandate} to {place.day} names no meeting of this session any more; remove it"
        for mandate, place in state.pins.items()
        if mandate not in known
    ]
