"""Alembic's environment: the app runs the migrations itself on the connection it opened."""

from __future__ import annotations

from alembic import context

from planner.web.store.tables import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
