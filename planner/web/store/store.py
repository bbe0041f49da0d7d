"""The store: sessions, their texts, corrections, pins, declared mandates and releases.

    store = Store("sqlite:///planner.db")          # or postgresql+psycopg://user@host/db
    store.create_session(46)
    store.edit(46, expected_version, "pin ...", lambda state: state.with_pin(...))
    store.undo(46, expected_version)

Every edit is one transaction that checks the session's version (a stale tab is refused with
StaleVersion, not lost), keeps the state before it (for undo) and bumps the version.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session as DbSession

from planner.web.store.engine import open_engine
from planner.web.store.state import Correction, PinPlace, SessionState
from planner.web.store.tables import (
    CorrectionRow,
    DeclaredRow,
    DocumentRow,
    EditRow,
    PinRow,
    ReleaseRow,
    SessionRow,
)


class StoreError(Exception):
    """An edit the store refuses; the message says why, in words for the person who made it."""


class StaleVersion(StoreError):
    def __init__(self, number: int, current: int) -> None:
        super().__init__(
            f"the plan of session {number} was changed meanwhile (in another tab or by a colleague): "
            f"it is now at version {current}; reload to see it, then make your change again"
        )
        self.current = current


class NoSuchSession(StoreError):
    def __init__(self, number: int) -> None:
        super().__init__(f"session {number} is not in the store; create it first")


@dataclass(frozen=True)
class SessionInfo:
    number: int
    version: int
    feed_secret: str


@dataclass(frozen=True)
class Release:
    number: int
    version_date: dt.date
    calendar: bytes
    release_state: str
    programme: str
    notes: str


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Store:
    def __init__(self, url: str) -> None:
        self.engine = open_engine(url)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _transaction(self) -> Iterator[DbSession]:
        with DbSession(self.engine, expire_on_commit=False) as db, db.begin():
            yield db

    # Sessions

    def sessions(self) -> list[SessionInfo]:
        """The sessions in the store, the one worked on last first."""
        with self._transaction() as db:
            rows = db.scalars(select(SessionRow).order_by(SessionRow.touched.desc(), SessionRow.number))
            return [_info(row) for row in rows]

    def session(self, number: int) -> SessionInfo | None:
        with self._transaction() as db:
            row = db.scalar(select(SessionRow).where(SessionRow.number == number))
            return _info(row) if row else None

    def create_session(self, number: int, session_toml: str | None = None) -> SessionInfo:
        with self._transaction() as db:
            if db.scalar(select(SessionRow).where(SessionRow.number == number)):
                raise StoreError(f"session {number} is already in the store; open it")
            row = SessionRow(
                number=number,
                session_toml=session_toml or f"session = {number}\n",
                version=1,
                feed_secret=secrets.token_urlsafe(32),
                touched=_next_touch(db),
            )
            db.add(row)
            db.flush()
            return _info(row)

    def session_by_feed(self, secret: str) -> int | None:
        with self._transaction() as db:
            row = db.scalar(select(SessionRow).where(SessionRow.feed_secret == secret))
            return row.number if row else None

    # State and edits

    def state(self, number: int) -> SessionState:
        with self._transaction() as db:
            return _read_state(db, _row(db, number))

    def document(self, number: int, digest: str) -> bytes:
        with self._transaction() as db:
            row = _row(db, number)
            content = db.scalar(
                select(DocumentRow.content).where(DocumentRow.session_id == row.id, DocumentRow.sha256 == digest)
            )
            if content is None:
                raise StoreError(f"no text with hash {digest[:12]} in session {number}")
            return content

    def edit(
        self,
        number: int,
        expected_version: int,
        what: str,
        change: Callable[[SessionState], SessionState],
        contents: dict[str, bytes] | None = None,
    ) -> int:
        """Apply one edit, or raise StaleVersion if the session moved on since the page was shown.
        contents: the bytes of texts the edit adds, by content hash. Returns the new version."""
        with self._transaction() as db:
            row = _row(db, number, lock=True)
            if row.version != expected_version:
                raise StaleVersion(number, row.version)
            before = _read_state(db, row)
            after = change(before)
            db.add(EditRow(session_id=row.id, what=what, before=before.to_json()))
            _write_state(db, row, after, contents or {})
            return _bump(row, db)

    def undo(self, number: int, expected_version: int) -> str:
        """Put back the state before the last edit; returns what that edit was."""
        with self._transaction() as db:
            row = _row(db, number, lock=True)
            if row.version != expected_version:
                raise StaleVersion(number, row.version)
            last = db.scalar(select(EditRow).where(EditRow.session_id == row.id).order_by(EditRow.id.desc()).limit(1))
            if last is None:
                raise StoreError("there is no edit to undo")
            _write_state(db, row, SessionState.from_json(last.before), {})
            db.delete(last)
            _bump(row, db)
            return last.what

    def last_edit(self, number: int) -> str | None:
        with self._transaction() as db:
            row = _row(db, number)
            return db.scalar(
                select(EditRow.what).where(EditRow.session_id == row.id).order_by(EditRow.id.desc()).limit(1)
            )

    # Releases

    def publish(self, number: int, expected_version: int, release: Release) -> Release:
        with self._transaction() as db:
            row = _row(db, number, lock=True)
            if row.version != expected_version:
                raise StaleVersion(number, row.version)
            count = db.scalar(select(func.count()).where(ReleaseRow.session_id == row.id)) or 0
            stored = ReleaseRow(
                session_id=row.id,
                number=count + 1,
                version_date=release.version_date,
                calendar=release.calendar,
                release_state=release.release_state,
                programme=release.programme,
                notes=release.notes,
            )
            db.add(stored)
            return _release(stored)

    def releases(self, number: int) -> list[Release]:
        with self._transaction() as db:
            row = _row(db, number)
            found = db.scalars(
                select(ReleaseRow).where(ReleaseRow.session_id == row.id).order_by(ReleaseRow.number.desc())
            )
            return [_release(r) for r in found]

    def last_release(self, number: int) -> Release | None:
        releases = self.releases(number)
        return releases[0] if releases else None


def _info(row: SessionRow) -> SessionInfo:
    return SessionInfo(number=row.number, version=row.version, feed_secret=row.feed_secret)


def _release(row: ReleaseRow) -> Release:
    return Release(row.number, row.version_date, row.calendar, row.release_state, row.programme, row.notes)


def _next_touch(db: DbSession) -> int:
    return (db.scalar(select(func.max(SessionRow.touched))) or 0) + 1


def _row(db: DbSession, number: int, *, lock: bool = False) -> SessionRow:
    query = select(SessionRow).where(SessionRow.number == number)
    row = db.scalar(query.with_for_update() if lock else query)
    if row is None:
        raise NoSuchSession(number)
    return row


def _bump(row: SessionRow, db: DbSession) -> int:
    row.version += 1
    row.touched = _next_touch(db)
    return row.version


def _read_state(db: DbSession, row: SessionRow) -> SessionState:
    documents = db.execute(
        select(DocumentRow.sha256, DocumentRow.name)
        .where(DocumentRow.session_id == row.id, DocumentRow.active.is_(True))
        .order_by(DocumentRow.id)
    )
    corrections: dict[str, dict[str, Correction]] = {}
    for fix in db.scalars(select(CorrectionRow).where(CorrectionRow.session_id == row.id).order_by(CorrectionRow.id)):
        corrections.setdefault(fix.mandate_id, {})[fix.field] = Correction(json.loads(fix.value), fix.paragraph_digest)
    pins = db.scalars(select(PinRow).where(PinRow.session_id == row.id).order_by(PinRow.id))
    declared = db.scalars(select(DeclaredRow).where(DeclaredRow.session_id == row.id).order_by(DeclaredRow.id))
    return SessionState(
        session_toml=row.session_toml,
        documents={sha: name for sha, name in documents},
        corrections=corrections,
        pins={pin.mandate_id: PinPlace(pin.day.isoformat(), pin.start) for pin in pins},
        declared={d.mandate_id: json.loads(d.fields) for d in declared},
    )


def _write_state(db: DbSession, row: SessionRow, state: SessionState, contents: dict[str, bytes]) -> None:
    row.session_toml = state.session_toml
    _write_documents(db, row, state.documents, contents)
    for table in (CorrectionRow, PinRow, DeclaredRow):
        db.execute(delete(table).where(table.session_id == row.id))
    db.add_all(
        CorrectionRow(
            session_id=row.id,
            mandate_id=mandate,
            field=name,
            value=json.dumps(fix.value, ensure_ascii=False),
            paragraph_digest=fix.paragraph_digest,
        )
        for mandate, fields in state.corrections.items()
        for name, fix in fields.items()
    )
    db.add_all(
        PinRow(session_id=row.id, mandate_id=m, day=dt.date.fromisoformat(p.day), start=p.start)
        for m, p in state.pins.items()
    )
    db.add_all(
        DeclaredRow(session_id=row.id, mandate_id=m, fields=json.dumps(f, ensure_ascii=False, sort_keys=True))
        for m, f in state.declared.items()
    )


def _write_documents(db: DbSession, row: SessionRow, documents: dict[str, str], contents: dict[str, bytes]) -> None:
    """Texts are never deleted: a removed one is set aside (undo brings it back by its hash)."""
    found = db.execute(select(DocumentRow.sha256, DocumentRow.id).where(DocumentRow.session_id == row.id))
    known = {digest: ident for digest, ident in found}
    db.execute(update(DocumentRow).where(DocumentRow.session_id == row.id).values(active=False))
    for digest, name in documents.items():
        if digest in known:
            db.execute(update(DocumentRow).where(DocumentRow.id == known[digest]).values(active=True, name=name))
        elif digest in contents:
            db.add(DocumentRow(session_id=row.id, name=name, sha256=digest, content=contents[digest], active=True))
        else:
            raise StoreError(f"the text {name} was never uploaded; upload it again")
