"""Three independent readers of a calendar file, each giving the same plain records.

icalendar (the writer's own library), `ical` (a strict pydantic parser, PyPI) and
ical.js (Thunderbird's parser, run by node). Each record holds what a client shows:
UID, summary, status, sequence and the start and end in UTC ("2021-02-26T14:00:00Z";
an all-day date stays "2021-06-21").
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar

ICALJS = Path(__file__).parent / "icaljs"
Record = dict[str, object]


def _utc(value: dt.date) -> str:
    if not isinstance(value, dt.datetime):
        return value.isoformat()
    assert value.tzinfo is not None, f"floating time {value}"
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def read_with_icalendar(data: bytes) -> list[Record]:
    calendar = Calendar.from_ical(data)
    records = []
    for event in calendar.walk("VEVENT"):
        related = event.get("related-to", [])
        related = related if isinstance(related, list) else [related]
        categories = [str(c) for prop in _as_list(event.get("categories")) for c in prop.cats]
        records.append(
            {
                "uid": str(event["uid"]),
                "summary": str(event["summary"]),
                "status": str(event["status"]),
                "sequence": int(str(event["sequence"])),
                "start": _utc(event.decoded("dtstart")),
                "end": _utc(event.decoded("dtend")),
                "location": str(event.get("location")) if "location" in event else None,
                "description": str(event["description"]),
                "categories": categories,
                "related_to": [str(uid) for uid in related],
            }
        )
    return records


def _as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def read_with_ical(data: bytes) -> list[Record]:
    calendar = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    return [
        {
            "uid": event.uid,
            "summary": event.summary,
            "status": str(event.status.value) if event.status else None,
            "sequence": event.sequence,
            "start": _utc(event.start),
            "end": _utc(event.end),
            "location": event.location,
            "description": event.description,
            "categories": list(event.categories),
            "related_to": [relation.uid for relation in event.related_to],
        }
        for event in calendar.events
    ]


def node() -> str:
    """The node executable; the test is skipped (and says why) where there is none."""
    found = shutil.which("node")
    if found is None:
        pytest.skip("node is not installed here: the ical.js checks run in CI")
    if not (ICALJS / "node_modules" / "ical.js").is_dir():
        message = "ical.js is not installed: run `npm ci --prefix tests/export_ics/icaljs`"
        if os.environ.get("CI"):  # CI installs it (.ci/run); missing there is a broken run
            pytest.fail(message)
        pytest.skip(message)
    return found


def read_with_icaljs_files(paths: list[Path]) -> dict[Path, dict]:
    """ical.js's reading of each file: {"calendar": {...}, "events": [...]}."""
    done = subprocess.run(
        [node(), str(ICALJS / "check.mjs"), *map(str, paths)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    return {Path(path): result[str(path)] for path in map(str, paths)}


def read_with_icaljs(data: bytes, tmp_path: Path) -> list[Record]:
    path = tmp_path / "calendar.ics"
    path.write_bytes(data)
    events = read_with_icaljs_files([path])[path]["events"]
    keys = ["uid", "summary", "status", "sequence", "start", "end", "location"]
    keys += ["description", "categories", "related_to"]
    return [{key: event[key] for key in keys} for event in events]
