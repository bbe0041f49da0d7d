"""Hostile inputs and faults (issue "Hostile files and faults", cases 3, 7, 11, 12, 14, 15 and 17)."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import threading
from pathlib import Path

import pytest

from planner.errors import InputError, ReadError
from planner.export.calendar.releases import read_release
from planner.export.programme.csv_table import guarded
from planner.pipeline.resolutions import extract_file, read_resolutions
from planner.read import read_lines

RESOLUTIONS = Path(__file__).parent / "data" / "resolutions"
SEED = Path("/work/shared/seeds/000_ac8baae9a136f613.txt")
ENGLISH = RESOLUTIONS / "a-hrc-res-21-20.en.txt"  # "1. Decides to convene, at the first day ..."
CHINESE = RESOLUTIONS / "a-hrc-43-l-draft-43-21.zh.txt"  # the seed's text, kept in the repository


def _copy_with(tmp_path, source: Path, old: str, new: str) -> Path:
    text = source.read_text("utf-8")
    assert old in text
    path = tmp_path / source.name
    path.write_text(text.replace(old, new, 1), "utf-8")
    return path


def _summary(path) -> list[tuple]:
    extraction = extract_file(path)
    return [(m.kind, m.session, m.agenda_item, m.theme) for m in extraction.meetings]


# --- 3: a device or a named pipe among a session's resolutions is named, never hashed ---


def _session_folder(tmp_path) -> Path:
    folder = tmp_path / "resolutions"
    folder.mkdir()
    (folder / ENGLISH.name).write_bytes(ENGLISH.read_bytes())
    return folder


def _read_within(folder: Path, seconds: float = 20.0):
    result: list = []
    worker = threading.Thread(target=lambda: result.append(read_resolutions(folder, {})), daemon=True)
    worker.start()
    worker.join(seconds)
    assert result, "reading the folder did not end"
    return result[0]


def test_a_link_to_dev_zero_among_the_resolutions_is_named(tmp_path):
    folder = _session_folder(tmp_path)
    (folder / "zero.txt").symlink_to("/dev/zero")

    texts = _read_within(folder)
    assert texts.unread == [
        f"{folder / 'zero.txt'}: is not a regular file (a device, a named pipe or a socket); "
        "put the resolution's text here"
    ]
    assert len(texts.extractions) == 1  # the next file goes on


def test_a_named_pipe_among_the_resolutions_is_named(tmp_path):
    folder = _session_folder(tmp_path)
    os.mkfifo(folder / "pipe.txt")

    texts = _read_within(folder)
    assert texts.unread == [
        f"{folder / 'pipe.txt'}: is not a regular file (a device, a named pipe or a socket); "
        "put the resolution's text here"
    ]
    assert len(texts.extractions) == 1


# --- 7 and 15: control, noncharacters and bidi controls are dropped where text is read ---

HIDDEN = "\x01\x07\x08\x0e\x1f\ufffe\uffff\u202a\u202e\u2066\u2069"


def test_control_and_bidi_characters_are_dropped_when_a_text_is_read(tmp_path):
    path = _copy_with(tmp_path, ENGLISH, "Decides", f"De{HIDDEN}cides")

    assert not any(char in line for line in read_lines(path) for char in HIDDEN)
    assert _summary(path) == _summary(ENGLISH)


# --- 12: an invisible character inside a word drops no mandate ---

INVISIBLE = {
    "soft hyphen at a line break": "\u00ad\n",
    "soft hyphen": "\u00ad",
    "zero-width space": "\u200b",
    "word joiner": "\u2060",
    "byte-order mark": "\ufeff",
}


@pytest.mark.parametrize(("old", "new"), [("1. Decides", "1. Dec{}ides"), ("to convene,", "to con{}vene,")])
@pytest.mark.parametrize("invisible", list(INVISIBLE.values()), ids=list(INVISIBLE))
def test_an_invisible_character_in_an_english_cue_drops_no_mandate(tmp_path, old, new, invisible):
    path = _copy_with(tmp_path, ENGLISH, old, new.format(invisible))

    assert _summary(path) == _summary(ENGLISH) != []


@pytest.mark.parametrize(("old", "new"), [("8. 决定", "8. 决{}定"), ("下召开", "下召{}开")])
@pytest.mark.parametrize("invisible", list(INVISIBLE.values()), ids=list(INVISIBLE))
@pytest.mark.parametrize("source", [SEED, CHINESE], ids=["shared seed", "repository copy"])
def test_an_invisible_character_in_a_chinese_cue_drops_no_mandate(tmp_path, old, new, invisible, source):
    if not source.exists():
        pytest.skip(f"{source} is not here")
    path = _copy_with(tmp_path, source, old, new.format(invisible))

    assert _summary(path) == _summary(source) != []


# --- 14: no piece of a CSV cell a spreadsheet may split out opens a formula ---


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("poverty;=2+3;", "poverty;'=2+3;"),
        ("poverty,+cmd", "poverty,'+cmd"),
        ("a\t@SUM(A1)", "a\t'@SUM(A1)"),
        ("a\n-1+1", "a\n'-1+1"),
        ("the rights of the child, and development", "the rights of the child, and development"),
    ],
)
def test_every_piece_of_a_csv_cell_that_opens_a_formula_is_guarded(cell, expected):
    assert guarded(cell) == expected


# --- 11: a release record with a sequence no calendar can hold is damaged ---


def test_a_release_record_with_a_huge_sequence_cannot_be_read(tmp_path):
    event = {
        "calendar": "hrc46.ics",
        "meeting": "m",
        "all_day": False,
        "start": "2021-02-26T15:00:00",
        "end": "2021-02-26T17:00:00",
        "summary": "s",
        "digest": "d",
        "sequence": 10**30,
        "created": "2021-02-15",
        "last_modified": "2021-02-15",
    }
    path = tmp_path / "hrc46.calendar-release.json"
    path.write_text(json.dumps({"session": 46, "version": "2021-02-15", "events": {"uid": event}}), "utf-8")

    with pytest.raises(InputError) as caught:
        read_release(path)
    assert str(caught.value).startswith(f"{path}: cannot read the previous calendar release (not a release file)")
    assert dt.date(2021, 2, 15)  # the version is fine: only the sequence is refused


# --- 17: UTF-32 texts are read ---


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be"], ids=["little-endian", "big-endian"])
def test_a_utf32_text_with_its_mark_is_read(tmp_path, encoding):
    text = ENGLISH.read_text("utf-8")
    path = tmp_path / "utf32.txt"
    mark = codecs.BOM_UTF32_BE if encoding == "utf-32-be" else b""
    path.write_bytes(mark + text.encode(encoding))

    assert read_lines(path) == text.splitlines()


def test_a_file_that_is_not_read_says_so_in_one_line(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(codecs.BOM_UTF32_LE + b"\x00\x00\x11\x00")  # past U+10FFFF: no character

    with pytest.raises(ReadError) as caught:
        read_lines(path)
    assert str(caught.value) == f"{path}: is not valid UTF-32 text (byte 4); save it as UTF-8"
