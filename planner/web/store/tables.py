"""The database's tables: what the app keeps of each session a person works on.

Only types SQLite and PostgreSQL both have (integers, text, bytes, dates, booleans). The
migrations in migrations/versions create the same tables; a change here needs a new revision.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class SessionRow(Base):
    """A Council session being planned: its session.toml and a version bumped by every edit."""

    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    session_toml: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(default=1)  # two tabs: the stale one's save is refused
    feed_secret: Mapped[str] = mapped_column(String(64), unique=True)
    touched: Mapped[int] = mapped_column(default=0)  # order of last work: most recent first in the list


class DocumentRow(Base):
    """A resolution text, kept by its content hash; `active` False once removed (undo brings it back)."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("session_id", "sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))  # a safe label, never a path
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    active: Mapped[bool] = mapped_column(default=True)


class CorrectionRow(Base):
    """A person's value for one field of one mandate, against the paragraph it was made on."""

    __tablename__ = "corrections"
    __table_args__ = (UniqueConstraint("session_id", "mandate_id", "field"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    mandate_id: Mapped[str] = mapped_column(String(200))
    field: Mapped[str] = mapped_column(String(40))
    value: Mapped[str] = mapped_column(Text)  # JSON
    paragraph_digest: Mapped[str] = mapped_column(String(64), default="")


class PinRow(Base):
    """A meeting pinned to a day (and hour) from the programme grid."""

    __tablename__ = "pins"
    __table_args__ = (UniqueConstraint("session_id", "mandate_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    mandate_id: Mapped[str] = mapped_column(String(200))
    day: Mapped[dt.date]
    start: Mapped[str | None] = mapped_column(String(5))  # "15:00", or None for any hour of the day


class DeclaredRow(Base):
    """A meeting declared by hand, without a resolution text (session.toml's [[mandates]])."""

    __tablename__ = "declared_mandates"
    __table_args__ = (UniqueConstraint("session_id", "mandate_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    mandate_id: Mapped[str] = mapped_column(String(200))
    fields: Mapped[str] = mapped_column(Text)  # JSON of the DeclaredMandate


class ReleaseRow(Base):
    """A published version: the calendar as sent to subscribers and what changed since the last."""

    __tablename__ = "releases"
    __table_args__ = (UniqueConstraint("session_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    version_date: Mapped[dt.date]
    calendar: Mapped[bytes] = mapped_column(LargeBinary)  # the session .ics the feed serves
    release_state: Mapped[str] = mapped_column(Text)  # planner-calendar-release/1 JSON
    programme: Mapped[str] = mapped_column(Text)  # programme.json as published
    notes: Mapped[str] = mapped_column(Text)  # what moved, was added, was cancelled


class EditRow(Base):
    """The state before one edit, so that the last edit can be undone."""

    __tablename__ = "edits"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    what: Mapped[str] = mapped_column(String(200))
    before: Mapped[str] = mapped_column(Text)  # JSON snapshot of the editable state
