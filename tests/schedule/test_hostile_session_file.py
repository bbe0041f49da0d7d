"""Hostile session files (issue "Hostile files and faults", cases 7, 10, 15, 16 and 17)."""

from __future__ import annotations

import os

import pytest

from planner.errors import SessionFileError
from planner.sessions.session_file import load_session_file
from planner.sessions.standing import builtin_standing_mandates

BASE = "session = 46\nstart = 2021-02-22\nend = 2021-03-24\n"
STANDING = {s.id for s in builtin_standing_mandates()}


def _error(path) -> str:
    with pytest.raises(SessionFileError) as caught:
        load_session_file(path, STANDING)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_superscript_digit_as_an_agenda_item_is_refused(tmp_path):
    # "³".isdigit() is true, and int("³") fails: it gave a traceback.
    path = tmp_path / "session.toml"
    path.write_text(BASE + '[item_windows]\n"³" = [2021-02-25, 2021-03-12]\n', "utf-8")

    assert _error(path) == f"{path}, item_windows.³: unknown agenda item '³': items are 1 to 10"


def test_parts_with_start_and_end_are_refused(tmp_path):
    path = tmp_path / "session.toml"
    path.write_text(BASE + "parts = [[2021-02-22, 2021-03-10], [2021-03-15, 2021-03-24]]\n", "utf-8")

    assert _error(path) == (
        f"{path}, parts: is given with start and end; give parts (a split session) or start and end, not both"
    )


@pytest.mark.parametrize(
    "hidden",
    ["\\u0001", "\\u0007", "\\u000b", "\\u001f", "\\ufffe", "\\uffff", "\\u202e", "\\u2066", "\\u2069"],
)
def test_control_and_bidi_characters_are_dropped_from_texts(tmp_path, hidden):
    path = tmp_path / "session.toml"
    path.write_text(BASE + f'[themes]\n"43/21 op8" = "pov{hidden}erty"\n', "utf-8")

    assert load_session_file(path, STANDING).themes == {"43/21 op8": "poverty"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file, whatever its mode")
def test_a_session_file_that_may_not_be_read_says_so(tmp_path):
    path = tmp_path / "session.toml"
    path.write_text(BASE, "utf-8")
    path.chmod(0)
    try:
        assert _error(path) == f"{path}: cannot be read (permission denied); check that you may read it"
    finally:
        path.chmod(0o644)
