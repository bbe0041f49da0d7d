"""The store keeps sessions, texts, corrections, pins, declared mandates, releases and edits,
the same on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.web.store import Correction, PinPlace, Release, SessionState, StaleVersion, Store, StoreError


@pytest.fixture
def store(store_url):
    opened = Store(store_url)
    yield opened
    opened.close()


def test_store_creates_a_session_with_its_number_only(store):

    info = store.create_session(46)

    assert (info.number, info.version) == (46, 1)
    assert store.state(46) == SessionState(session_toml="session = 46\n")


def test_store_refuses_a_session_twice(store):
    store.create_session(46)

    with pytest.raises(StoreError, match="already in the store"):
        store.create_session(46)


def test_store_keeps_texts_by_content_hash_and_undo_brings_one_back(store):
    store.create_session(46)
    version = store.edit(46, 1, "add", lambda s: s.with_document("ab" * 32, "a.txt"), {"ab" * 32: b"text"})
    version = store.edit(46, version, "remove", lambda s: s.with_document("ab" * 32, None))

    assert store.state(46).documents == {}
    assert store.undo(46, version) == "remove"
    assert store.state(46).documents == {"ab" * 32: "a.txt"}
    assert store.document(46, "ab" * 32) == b"text"


def test_store_keeps_corrections_pins_and_declared_mandates(store):
    store.create_session(46)

    def change(state: SessionState) -> SessionState:
        state = state.with_correction("m1", "duration_minutes", Correction(180, "digest"))
        state = state.with_pin("m1", PinPlace("2021-03-01", "15:00"))
        return state.with_declared("own", {"id": "own", "kind": "seminar", "session": 46})

    store.edit(46, 1, "several", change)

    state = store.state(46)
    assert state.corrections == {"m1": {"duration_minutes": Correction(180, "digest")}}
    assert state.pins == {"m1": PinPlace("2021-03-01", "15:00")}
    assert state.declared == {"own": {"id": "own", "kind": "seminar", "session": 46}}


def test_store_refuses_the_save_of_a_stale_version(store):
    store.create_session(46)
    store.edit(46, 1, "first tab", lambda s: s.with_pin("m1", PinPlace("2021-03-01")))

    with pytest.raises(StaleVersion, match="changed meanwhile .* now at version 2; reload"):
        store.edit(46, 1, "second tab", lambda s: s.with_pin("m1", PinPlace("2021-03-02")))
    assert store.state(46).pins == {"m1": PinPlace("2021-03-01")}


def test_store_numbers_releases_and_finds_a_session_by_its_feed_secret(store):
    info = store.create_session(46)
    release = Release(0, dt.date(2021, 2, 15), b"BEGIN:VCALENDAR", "{}", "{}", "8 new")

    store.publish(46, 1, release)
    store.publish(46, 1, release)

    assert [r.number for r in store.releases(46)] == [2, 1]
    assert store.session_by_feed(info.feed_secret) == 46
    assert store.session_by_feed("guessed") is None


def test_store_lists_the_session_worked_on_last_first(store):
    store.create_session(46)
    store.create_session(47)
    store.edit(46, 1, "pin", lambda s: s.with_pin("m", PinPlace("2021-03-01")))

    assert [s.number for s in store.sessions()] == [46, 47]


def test_store_migrations_go_down_to_base_and_up_again(store_url):
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, inspect

    from planner.web.store.engine import MIGRATIONS

    opened = Store(store_url)  # upgraded to head on opening
    opened.create_session(46)
    opened.close()
    engine = create_engine(store_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    tables = {"sessions", "documents", "corrections", "pins", "declared_mandates", "releases", "edits"}

    def run(step, revision: str) -> set[str]:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            step(config, revision)
        return set(inspect(engine).get_table_names())

    try:
        assert not tables & run(command.downgrade, "base")
        assert tables <= run(command.upgrade, "head")
        assert not tables & run(command.downgrade, "base")
    finally:
        engine.dispose()
    again = Store(store_url)
    assert again.sessions() == []
    again.create_session(46)
    assert [s.number for s in again.sessions()] == [46]
    again.close()
