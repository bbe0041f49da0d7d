"""Resolution text is data: control characters, CR/LF, huge themes and mixed scripts
must come out escaped, folded at 75 octets, and read back the same by every parser.

The words are real (the seed's Chinese paragraph 8, resolution 48/11 paragraph 11, and
the Arabic operative verbs يقرر "decides" and يطلب "requests" from the domain note);
only their arrangement is hostile.
"""

from __future__ import annotations

import datetime as dt

import ics_readers as readers
import ics_samples as samples
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.export.calendar.language import in_english
from planner.export.calendar.session_calendar import render_session_calendar
from planner.export.calendar.text import clean, one_line

ARABIC = "يقرر عقد حلقة نقاش؛ يطلب إلى المفوضية"  # the domain note's Arabic cue verbs
HOSTILE = (
    'poverty\r\nalleviation;\x00 commas, "quotes"\x07\x1b[31m\tand\rlines\u2028'
    " \\N and \\n literally\x0c\x85 lone \udc80 surrogate "
)
LONG_THEME = samples.RES_48_11_PARAGRAPH_11 + " " + samples.SEED_PARAGRAPH_8 + " " + ARABIC
LONG_THEME = (HOSTILE + LONG_THEME * 20)[:5000]
CHAIRS_HINT = "give it in English in session.toml [chairs]"


def hostile_programme(theme: str = LONG_THEME, chair: str = HOSTILE + ARABIC):
    ref = samples.seed_ref()
    mandate = ref.mandate.model_copy(update={"theme": theme, "chair": chair, "participants": samples.SEED_PARAGRAPH_8})
    ref = ref.model_copy(update={"mandate": mandate})
    times = samples.at(dt.date(2021, 2, 26), 15, 17)
    return samples.hrc46(samples.placement(ref, times, 12, room="Room XX;\r\n" + ARABIC))


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    return data[:-2].split(b"\r\n")


def test_hostile_text_lines_fold_at_75_octets_on_character_boundaries():
    data = render_session_calendar(hostile_programme(), sessions=samples.REGISTERED)
    lines = physical_lines(data)
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # a character split by a fold would not decode alone


def test_hostile_text_has_no_control_characters_but_crlf():
    data = render_session_calendar(hostile_programme(), sessions=samples.REGISTERED).decode("utf-8")
    allowed = {"\r", "\n"}
    assert sorted({c for c in data if (ord(c) < 32 or 0x7F <= ord(c) < 0xA0)} - allowed) == []
    assert "\u2028" not in data and "\n" not in data.replace("\r\n", "")


def test_hostile_text_reads_back_cleaned_in_every_parser(tmp_path):
    data = render_session_calendar(hostile_programme(), sessions=samples.REGISTERED)
    read = readers.read_with_icalendar(data)
    assert readers.read_with_ical(data) == read
    assert readers.read_with_icaljs(data, tmp_path) == read
    meeting = read[0]
    assert meeting["location"] == "Room XX; " + ARABIC + ", Palais des Nations, Geneva"
    description = str(meeting["description"]).split("\n")
    # Arabic in an English calendar is quoted and marked as such (chair, theme and participants alike).
    assert description[3] == "Chair: " + in_english(clean(HOSTILE + ARABIC), CHAIRS_HINT).split("\n")[0]
    assert "Theme: " + in_english(clean(LONG_THEME)).split("\n")[0] in description
    assert clean(LONG_THEME) in str(meeting["description"])  # all 5,000 characters
    assert (meeting["start"], meeting["end"]) == ("2021-02-26T14:00:00Z", "2021-02-26T16:00:00Z")


def test_hostile_text_keeps_literal_backslash_n():
    data = render_session_calendar(hostile_programme(), sessions=samples.REGISTERED)
    description = str(readers.read_with_icalendar(data)[0]["description"])
    assert " \\N and \\n literally" in description


def test_clean_turns_every_line_break_into_newline_and_drops_controls():
    assert clean(HOSTILE) == (
        'poverty\nalleviation;  commas, "quotes"  [31m and\nlines\n \\N and \\n literally\n\n lone \ufffd surrogate'
    )


@settings(max_examples=60, deadline=None)
@given(theme=st.text(max_size=300), chair=st.text(max_size=50))
def test_any_text_gives_a_file_strict_parsers_read_back(theme, chair):
    data = render_session_calendar(hostile_programme(theme=theme, chair=chair), sessions=samples.REGISTERED)
    assert max(len(line) for line in physical_lines(data)) <= 75
    read = readers.read_with_icalendar(data)
    assert readers.read_with_ical(data) == read
    expected = "Chair: " + (in_english(clean(chair), CHAIRS_HINT) if clean(chair) else "not stated in the mandate")
    assert str(read[0]["description"]).split("\n")[3 : 3 + expected.count("\n") + 1] == (expected.split("\n"))
    assert str(read[0]["summary"]).startswith(one_line("Meeting"))
