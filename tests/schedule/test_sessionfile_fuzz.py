"""The sample session file with hostile values, planned: a one-line error or a plan, never a crash.

Each example takes the real sample session.toml and gives some of its keys values a user
could type: out of range, empty, of the wrong kind, impossible dates, texts with control
characters. Found by hand before this test: huge session numbers, dates of year 9999,
empty and overlapping parts; found by it: a time given as a number (`start = 0`), which
pydantic read as a time with a time zone; a NUL in a theme; a theme too long for Word's
document properties.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.errors import PlannerError, SessionFileError
from planner.export import ExportContext, render_all
from planner.pipeline.plan import plan_programme, session_lookup

SAMPLE = Path(__file__).resolve().parents[2] / "sample_sessions" / "hrc46"
TEXT = (SAMPLE / "session.toml").read_text("utf-8")
ASSIGNMENT = re.compile(r"(?m)^([A-Za-z_\"0-9/ .-]+?) = (.+?)(\s+#.*)?$")
ASSIGNMENTS = [m.span(2) for m in ASSIGNMENT.finditer(TEXT)]
# Values a user could type, by the kind of value the key holds; any kind may also land anywhere.
HOSTILE = {
    "integer": ["0", "-1", "1", "2", "10", "200", "201", "100000000000000000000"],
    "date": ["2006-01-01", "2100-12-31", "1900-01-01", "9999-12-31", "2021-02-22", "2021-02-27", "2021-03-24"],
    "text": ['""', '"\\u0000"', '"a\\nb"', '"' + "x" * 5000 + '"', '"43/21 op8"', '"=1+1"', '"../../etc"'],
    "time": ['"10:00"', '"25:00"', '"00:00"', '"08:00"', '"19:00"', '"12:30"'],
    "dates": ["[]", "[2021-03-24, 2021-02-22]", "[2021-02-22, 2021-02-22]", "[2021-02-20, 2021-03-30]"],
    "slots": [
        "[]",
        '[["09:00", "19:00"]]',
        '[["18:00", "09:00"]]',
        '[["10:00", "10:30"]]',
        '[["08:00", "13:00"], ["12:00", "18:00"]]',
    ],
    "other": ["1.5", "true", "[[]]", "{}", "[1, 2]"],
}


def _kind(value: str) -> str:
    if re.fullmatch(r"-?\d+", value):
        return "integer"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return "date"
    if re.fullmatch(r'"\d\d:\d\d"', value):
        return "time"
    if value.startswith("[[") and ":" in value:
        return "slots"
    if value.startswith("["):
        return "dates"
    return "text" if value.startswith('"') else "other"


KINDS = [_kind(TEXT[start:end]) for start, end in ASSIGNMENTS]


@st.composite
def hostile_value(draw, index: int) -> str:
    kind = draw(st.sampled_from([KINDS[index]] * 9 + ["other"]))  # mostly of the key's own kind
    return draw(st.sampled_from(HOSTILE[kind]))


@st.composite
def changes(draw) -> list[tuple[int, str]]:
    picked = draw(st.lists(st.integers(0, len(ASSIGNMENTS) - 1), min_size=1, max_size=3, unique=True))
    return [(index, draw(hostile_value(index))) for index in picked]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=changes())
def test_hostile_values_in_the_sample_session_file(tmp_path_factory, edits):
    text = TEXT
    for index, value in sorted(edits, reverse=True):  # from the end: spans stay right
        start, end = ASSIGNMENTS[index]
        text = text[:start] + value + text[end:]
    folder = tmp_path_factory.mktemp("session")
    shutil.copytree(SAMPLE / "resolutions", folder / "resolutions")
    (folder / "session.toml").write_text(text, "utf-8")
    try:
        programme, _ = plan_programme(folder)
    except PlannerError as err:
        assert type(err) is SessionFileError, f"{type(err).__name__}: {err}"
        assert err.path == str(folder / "session.toml")
        assert "\n" not in str(err)
        assert str(err).startswith(f"{folder / 'session.toml'}")
        return
    # What planned is also written: the grid, the drafts, the calendars.
    rendered = render_all(
        ExportContext(programme=programme, sessions=session_lookup(programme), languages=("en", "zh"))
    )
    assert {"programme.json", "programme.csv", "programme.docx", f"hrc{programme.session.number}.ics"} <= set(
        rendered.files
    )
