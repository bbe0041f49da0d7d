"""The first tables: sessions, documents, corrections, pins, declared mandates, releases, edits.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _session_id() -> sa.Column:
    return sa.Column("session_id", sa.Integer, sa.ForeignKey("sessions.id", ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.Integer, nullable=False, unique=True),
        sa.Column("session_toml", sa.Text, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("feed_secret", sa.String(64), nullable=False, unique=True),
        sa.Column("touched", sa.Integer, nullable=False),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        _session_id(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.UniqueConstraint("session_id", "sha256"),
    )
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True),
        _session_id(),
        sa.Column("mandate_id", sa.String(200), nullable=False),
        sa.Column("field", sa.String(40), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("paragraph_digest", sa.String(64), nullable=False),
        sa.UniqueConstraint("session_id", "mandate_id", "field"),
    )
    op.create_table(
        "pins",
        sa.Column("id", sa.Integer, primary_key=True),
        _session_id(),
        sa.Column("mandate_id", sa.String(200), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("start", sa.String(5), nullable=True),
        sa.UniqueConstraint("session_id", "mandate_id"),
    )
    op.create_table(
        "declared_mandates",
        sa.Column("id", sa.Integer, primary_key=True),
        _session_id(),
        sa.Column("mandate_id", sa.String(200), nullable=False),
        sa.Column("fields", sa.Text, nullable=False),
        sa.UniqueConstraint("session_id", "mandate_id"),
    )
    op.create_table(
        "releases",
        sa.Column("id", sa.Integer, primary_key=True),
        _session_id(),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("version_date", sa.Date, nullable=False),
        sa.Column("calendar", sa.LargeBinary, nullable=False),
        sa.Column("release_state", sa.Text, nullable=False),
        sa.Column("programme", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.UniqueConstraint("session_id", "number"),
    )
    op.create_table(
        "edits",
        sa.Column("id", sa.Integer, primary_key=True),
        _session_id(),
        sa.Column("what", sa.String(200), nullable=False),
        sa.Column("before", sa.Text, nullable=False),
    )
    for table in ("documents", "corrections", "pins", "declared_mandates", "releases", "edits"):
        op.create_index(f"ix_{table}_session_id", table, ["session_id"])


def downgrade() -> None:
    for table in ("edits", "releases", "declared_mandates", "pins", "corrections", "documents", "sessions"):
        op.drop_table(table)
