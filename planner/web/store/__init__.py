"""The app's database: SQLAlchemy 2 tables, Alembic migrations and the Store that edits them.

Store(url) -> sessions, state(number) -> SessionState, edit(...), undo(...), publish(...)
"""

from planner.web.store.state import Correction, PinPlace, SessionState
from planner.web.store.store import (
    NoSuchSession,
    Release,
    SessionInfo,
    StaleVersion,
    Store,
    StoreError,
    content_hash,
)

__all__ = [
    "Correction",
    "NoSuchSession",
    "PinPlace",
    "Release",
    "SessionInfo",
    "SessionState",
    "StaleVersion",
    "Store",
    "StoreError",
    "content_hash",
]
