"""Invalid session files give one line naming the file, the key and the fix."""

from __future__ import annotations

import datetime as dt

import pytest
from schedule_cases import SAMPLE

from planner.errors import SessionFileError
from planner.sessions.session_file import load_session_file
from planner.sessions.standing import builtin_standing_mandates

BASE = "session = 46\nstart = 2021-02-22\nend = 2021-03-24\n"
STANDING = {s.id for s in builtin_standing_mandates()}


def _error(tmp_path, text: str) -> str:
    path = tmp_path / "session.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SessionFileError) as caught:
        load_session_file(path, STANDING)
    message = str(caught.value)
    assert "\n" not in message
    return message.removeprefix(f"{path}, ").removeprefix(f"{path}: ")


CASES = {
    "end-before-start": (
        "session = 46\nstart = 2021-02-22\nend = 2021-02-20\n",
        "end: 2021-02-20 is before start 2021-02-22; make end on or after start",
    ),
    "unknown-agenda-item": (
        BASE + "[item_windows]\n11 = [2021-02-22, 2021-03-01]\n",
        "item_windows.11: unknown agenda item '11': items are 1 to 10",
    ),
    "slot-outside-the-day": (
        BASE + '[slots]\nnormal = [["07:00", "10:00"], ["15:00", "18:00"]]\n',
        (
            "slots.normal #1: slot 07:00-10:00 is outside the meeting day (08:00-19:00, Palais des Nations hours) "
            "or ends before it starts; give a start and a later end inside the day"
        ),
    ),
    "overlapping-fixed-bookings": (
        BASE + '[[fixed]]\ndate = 2021-02-22\nstart = "10:00"\nend = "13:00"\nlabel = "Opening"\n'
        '[[fixed]]\ndate = 2021-02-22\nstart = "12:00"\nend = "14:00"\nlabel = "Visit"\n',
        "fixed #2: 'Visit' (12:00-14:00 on 2021-02-22) overlaps fixed #1 'Opening'; move one of them",
    ),
    "pin-between-the-parts-of-a-split-session": (
        'session = 43\n[[pins]]\nmandate = "death_penalty"\ndate = 2020-04-14\n',
        (
            "pins #1 date: 2020-04-14 falls between the parts of the session (2020-02-24 to 2020-03-13, "
            "2020-06-15 to 2020-06-23); pin 'death_penalty' to a working day"
        ),
    ),
    "pin-on-a-weekend": (
        BASE + '[[pins]]\nmandate = "43/21 op8"\ndate = 2021-02-27\n',
        "pins #1 date: 2021-02-27 is a Saturday, when the Council does not meet; pin '43/21 op8' to a working day",
    ),
    "unknown-key": (
        BASE + 'rooms = "XX"\n',
        "rooms: unknown key; did you mean 'room'?",
    ),
    "holiday-without-a-name": (
        BASE + "[holidays]\nadd = [2021-02-26]\n",
        "holidays.add #1: give a table with the keys date, name, for example {date = ..., name = ...}",
    ),
    "unknown-key-far-from-any": (
        BASE + 'colour = "blue"\n',
        "colour: unknown key; check its spelling against the README's session file",
    ),
    # A misspelt key inside a table also leaves the right key missing: the misspelling is named.
    "misspelt-key-in-a-booking": (
        BASE + '[[fixed]]\ndate = 2021-02-26\nstart = "10:00"\nend = "11:00"\nlable = "Annual report"\n',
        "fixed #1 lable: unknown key; did you mean 'label'?",
    ),
    "bad-date": (
        'session = 46\nstart = "22 Feb"\nend = 2021-03-24\n',
        "start: '22 Feb' is not a date; write it as YYYY-MM-DD without quotes, as 2021-02-22",
    ),
    "unknown-standing-mandate": (
        BASE + '[standing]\nretire = ["death-penalty"]\n',
        (
            "standing.retire #1: unknown standing mandate 'death-penalty'; known: climate_change, death_penalty, disabilities, "
            "gender_integration, hr_mainstreaming, indigenous, rights_of_child, sport_olympic_ideal, "
            "technical_cooperation, unilateral_coercive_measures, womens_rights"
        ),
    ),
    "invalid-toml": ("session = \n", None),
    # Found by a hostile trial run: each of these once ended in a traceback.
    "session-number-far-too-large": (
        "session = 1000000\n",
        "session: 1000000 is no session number; give the number of the session, 1 to 200, as session = 46",
    ),
    "dates-out-of-any-range": (
        "session = 46\nstart = 1900-01-01\nend = 9999-12-31\n",
        "start: 1900-01-01 to 9999-12-31: give dates from 2006 (the Council's first year) to 2100",
    ),
    "session-of-years": (
        "session = 46\nstart = 2021-02-22\nend = 2029-03-24\n",
        "start: 2021-02-22 to 2029-03-24 is longer than any session (at most 183 days); fix it",
    ),
    "no-parts": (
        "session = 46\nparts = []\n",
        "parts: is empty; give the first and last day of each part, or leave parts out",
    ),
    "overlapping-parts": (
        "session = 46\nparts = [[2021-02-22, 2021-03-10], [2021-03-05, 2021-03-24]]\n",
        "parts #2: starts 2021-03-05, before the part above ends; list parts in order",
    ),
    "no-slots": (
        BASE + "[slots]\nnormal = []\n",
        "slots.normal: is empty: no meeting could be held; give the slots, or leave the key out for the usual ones",
    ),
    "line-break-in-a-text": (
        BASE + '[[fixed]]\ndate = 2021-02-26\nstart = "10:00"\nend = "11:00"\nlabel = """Annual\nreport"""\n',
        "fixed #1 label: holds a line break or another control character; write it on one line",
    ),
    "nested-too-deeply": (
        BASE + "x = " + "[" * 100_000 + "]" * 100_000 + "\n",
        "not valid TOML: lists or tables nested too deeply; fix the syntax",
    ),
    # What a new user typed (issue "What a new user tripped over", item 8): each says what to fix.
    "month-13": (
        "session = 23\nversion = 2013-13-01\n",
        "version = 2013-13-01 is not a date (month must be in 1..12); write dates as YYYY-MM-DD "
        "(TOML: Expected newline or end of document after a statement (at line 2, column 15))",
    ),
    "text-without-quotes": (
        "session = 23\nroom = Room XX\n",
        'write text in quotes, as room = "Room XX" (TOML: Invalid value (at line 2, column 8))',
    ),
    "session-0": (
        "session = 0\n",
        "session: 0 is no session number; give the number of the session, 1 to 200, as session = 46",
    ),
    "time-without-colon": (
        'session = 23\n[slots]\nnormal = [["10:00", "13:00"], ["15:00", "1800"]]\n',
        'slots.normal #2 end: \'1800\' is not a time of day; write it in quotes as "HH:MM", as "18:00"',
    ),
    "panels-per-day-0": (
        "session = 23\nmax_panels_per_day = 0\n",
        "max_panels_per_day: is 0; give a number of at least 1",
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(CASES.values()), ids=list(CASES))
def test_session_file_error_names_the_key_and_the_fix(tmp_path, text, expected):
    message = _error(tmp_path, text)
    if expected is None:
        assert message.startswith("not valid TOML: ")
    else:
        assert message == expected


def test_session_file_pin_on_a_holiday_inside_the_session(tmp_path):
    text = 'session = 55\n[[pins]]\nmandate = "death_penalty"\ndate = 2024-03-29\n'
    assert _error(tmp_path, text) == (
        "pins #1 date: 2024-03-29 is a holiday (Good Friday); pin 'death_penalty' to a working day"
    )


def test_session_file_missing_names_the_file(tmp_path):
    with pytest.raises(SessionFileError) as caught:
        load_session_file(tmp_path)
    assert (
        str(caught.value)
        == f"{tmp_path / 'session.toml'}: no session file: create session.toml with at least `session = <number>`"
    )


def test_sample_session_file_loads_with_its_declarations():
    loaded = load_session_file(SAMPLE, STANDING)
    assert loaded.session.number == 46
    assert loaded.version == dt.date(2021, 2, 15)
    assert [ref.mandate.id for ref in loaded.declared] == ["african_descent_midterm_review"]
    assert loaded.session.full_days == frozenset({dt.date(2021, 2, 22), dt.date(2021, 2, 23), dt.date(2021, 2, 24)})


def test_meeting_without_a_long_enough_slot_is_diagnosed_not_dropped(tmp_path):
    from planner.pipeline.plan import plan_programme

    (tmp_path / "session.toml").write_text(
        "session = 48\nstart = 2021-09-13\nend = 2021-09-13\nvoting_days = 0\nversion = 2021-09-01\n"
        "add_full_days = false\n"
        '[slots]\nnormal = [["10:00", "11:00"], ["15:00", "18:00"]]\n'
        '[[mandates]]\nid = "first"\nsession = 48\n'
        '[[mandates]]\nid = "second"\nsession = 48\n'
        '[standing]\nretire = ["gender_integration", "indigenous", "unilateral_coercive_measures"]\n',
        encoding="utf-8",
    )
    (tmp_path / "resolutions").mkdir()

    programme, _ = plan_programme(tmp_path)

    placed = {p.ref.mandate.id for p in programme.placements}
    unplaced = {u.ref.mandate.id: u.diagnosis for u in programme.unplaced}
    declared = {"first", "second"}
    assert placed | set(unplaced) >= declared
    assert len(placed & declared) == 1
    assert set(unplaced) == declared - placed
    assert "no free meeting long enough" in next(iter(unplaced.values())) or "taken" in next(iter(unplaced.values()))


def test_session_file_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "session.toml"
    path.write_text("\ufeff" + BASE, encoding="utf-8")  # as Notepad saves "UTF-8 with BOM"
    assert load_session_file(path, STANDING).session.number == 46


def test_session_file_that_is_not_a_regular_file(tmp_path):
    path = tmp_path / "session.toml"
    path.symlink_to("/dev/zero")  # reading it would never end
    with pytest.raises(SessionFileError, match="is not a regular file; give the session folder or its session.toml"):
        load_session_file(tmp_path, STANDING)


def test_session_file_too_large(tmp_path):
    path = tmp_path / "session.toml"
    path.write_text(BASE + "# " + "x" * 2_000_000 + "\n", encoding="utf-8")
    with pytest.raises(SessionFileError, match="is over 1024 KB, far more than any session needs"):
        load_session_file(path, STANDING)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("session = true\n", "session: give a number, not true"),
        (BASE + 'max_panels_per_day = "2"\n', "max_panels_per_day: give a number without quotes, not '2'"),
        (
            BASE + "voting_days = 100\n",
            (
                "voting_days: 100 voting days leave none of the session's 23 working days for meetings; "
                "give fewer (usually 2 or 3)"
            ),
        ),
        (
            BASE + '[[pins]]\nmandate = "death_penalty"\ndate = 2021-02-25\n'
            '[[pins]]\nmandate = "death_penalty"\ndate = 2021-03-02\n',
            "pins #2 mandate: 'death_penalty' is already pinned by pins #1; keep one pin",
        ),
    ],
    ids=["yes-for-a-number", "a-number-in-quotes", "voting-days-fill-the-session", "two-pins-for-one-mandate"],
)
def test_session_file_values_of_the_right_type_that_make_no_sense(tmp_path, text, expected):
    assert _error(tmp_path, text) == expected


def test_a_time_typed_without_quotes_is_told_how_to_write_it(tmp_path):
    text = BASE + '[[fixed]]\ndate = 2021-02-22\nstart = 09:00\nend = "10:00"\nlabel = "Opening of the session"\n'

    assert _error(tmp_path, text).startswith('write times in quotes, as start = "09:00" (TOML: ')
