"""Calendar releases: what the last published calendar said, and what changed since.

Calendar clients update an event in place when the UID is the same and the SEQUENCE
is higher; they keep a deleted event forever unless told it is cancelled. So each run
of `planner plan` keeps a small JSON release state beside its output (UID -> times,
sequence, summary) and compares the new plan with it: a moved or changed event gets
SEQUENCE+1, an event no longer in the plan is published again with STATUS:CANCELLED,
and an unchanged one keeps its number, so a rerun is byte-identical.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from planner.core.un_style import clock, ordinal, short_date, un_date
from planner.errors import InputError
from planner.export.calendar.event import CalendarEvent

FORMAT: Literal["planner-calendar-release/1"] = "planner-calendar-release/1"
ChangeKind = Literal["new", "reissued", "moved", "updated", "cancelled", "restored"]
_KINDS: tuple[ChangeKind, ...] = ("new", "reissued", "moved", "updated", "cancelled", "restored")


MAX_SEQUENCE = 2**31 - 1


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ReleasedEvent(_Model):
    """One event as the previous release published it."""

    calendar: str
    meeting: str
    all_day: bool
    start: str  # ISO: naive Geneva time, or a date for an all-day event
    end: str
    summary: str  # without the "Cancelled: " prefix
    location: str = ""
    categories: list[str] = Field(default_factory=list)
    related_to: list[str] = Field(default_factory=list)
    digest: str
    # An iCalendar INTEGER is 32-bit (RFC 5545, 3.3.8), and the next release adds one: a larger
    # value was edited by hand, and the record is read as damaged.
    sequence: int = Field(default=0, ge=0, lt=MAX_SEQUENCE)
    cancelled: bool = False
    created: dt.date
    last_modified: dt.date


class ReleaseState(_Model):
    """The release file: `<session>.calendar-release.json` beside the calendars."""

    format: Literal["planner-calendar-release/1"] = FORMAT
    session: int
    version: dt.date
    events: dict[str, ReleasedEvent] = Field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class Change:
    kind: ChangeKind
    uid: str
    summary: str
    when: str  # "Fri 26 Feb 2021 15:00-17:00"
    before: str | None  # the old time of a moved event
    sequence: int
    at: str  # ISO start, to list changes in time order


@dataclasses.dataclass(frozen=True)
class CalendarChanges:
    """What a release changed, for the terminal."""

    session: int
    version: dt.date
    previous_version: dt.date | None
    changes: tuple[Change, ...]
    unchanged: int
    files: tuple[Path, ...] = ()
    reissued: bool = False  # the release state was lost: numbered above the calendar published before

    def count(self, kind: ChangeKind) -> int:
        return sum(1 for change in self.changes if change.kind == kind)

    def lines(self) -> list[str]:
        """The change list: a headline, then one line per changed event (a first release, where
        every event is new, is the headline alone: the programme above lists them)."""
        counts = ", ".join(f"{self.count(kind)} {kind}" for kind in _KINDS if self.count(kind))
        since = ""
        if self.previous_version is not None:
            since = f" (since version of {un_date(self.previous_version)})"
        head = (
            f"Calendar of the {ordinal(self.session)} session, version of"
            f" {un_date(self.version)}{since}: {counts or 'no changes'},"
            f" {self.unchanged} unchanged"
        )
        note = [
            "  (the record of the last release was missing, but its calendar is here: every event is issued"
            " again with a higher sequence, so calendars that imported it update; a meeting dropped"
            " meanwhile cannot be marked cancelled)"
        ]
        if self.previous_version is None and not self.reissued:
            return [head]
        return [head, *(note if self.reissued else [])] + [_change_line(change) for change in self.changes]


def read_release(path: Path) -> ReleaseState | None:
    """The previous release, or None when there is none yet."""
    if not path.exists():
        return None
    try:
        return ReleaseState.model_validate_json(path.read_bytes())
    except (ValidationError, ValueError, OSError) as error:
        reason = type(error).__name__ if isinstance(error, OSError) else "not a release file"
        raise InputError(
            f"cannot read the previous calendar release ({reason}); move it away: the next plan issues"
            " every event again above the calendar published beside it, so imported calendars still update",
            path=path,
        ) from None


def release_json(state: ReleaseState) -> bytes:
    data = state.model_dump(mode="json")
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()


def settle(
    planned: list[CalendarEvent],
    previous: ReleaseState | None,
    *,
    session: int,
    version: dt.date,
    published: Mapping[str, int] | None = None,
) -> tuple[list[CalendarEvent], ReleaseState, CalendarChanges]:
    """Number the planned events against the previous release; add the cancelled ones.

    published: UID -> SEQUENCE of a calendar issued before whose release state is lost: a new
    event numbered above it is one that calendars which imported it will take as an update."""
    before = previous.events if previous else {}
    events: list[CalendarEvent] = []
    changes: list[Change] = []
    for event in planned:
        settled, change = _settle_one(event, before.get(event.uid), version, (published or {}).get(event.uid))
        events.append(settled)
        changes += [change] if change else []
    planned_uids = {event.uid for event in planned}
    for uid, old in sorted(before.items()):
        if uid not in planned_uids:
            settled, change = _cancel(uid, old, version, session)
            events.append(settled)
            changes += [change] if change else []
    state = ReleaseState(
        session=session,
        version=version,
        events={event.uid: _released(event) for event in sorted(events, key=lambda e: e.uid)},
    )
    report = CalendarChanges(
        session=session,
        version=version,
        previous_version=previous.version if previous else None,
        changes=tuple(sorted(changes, key=lambda c: (_KINDS.index(c.kind), c.at, c.uid))),
        unchanged=len(events) - len(changes),
        reissued=bool(published),
    )
    return events, state, report


def _settle_one(
    event: CalendarEvent, old: ReleasedEvent | None, version: dt.date, published: int | None = None
) -> tuple[CalendarEvent, Change | None]:
    if old is None:
        sequence = 0 if published is None else published + 1
        new = dataclasses.replace(event, sequence=sequence, created=version, last_modified=version)
        return new, _change("new" if published is None else "reissued", new)
    kind: ChangeKind | None = None
    if old.cancelled:
        kind = "restored"
    elif (old.start, old.end) != (_iso(event.start), _iso(event.end)):
        kind = "moved"
    elif old.digest != event.digest():
        kind = "updated"
    if kind is None:
        kept = dataclasses.replace(event, sequence=old.sequence, created=old.created, last_modified=old.last_modified)
        return kept, None
    bumped = dataclasses.replace(event, sequence=old.sequence + 1, created=old.created, last_modified=version)
    before = _when(old.all_day, old.start, old.end) if kind == "moved" else None
    return bumped, _change(kind, bumped, before)


def _cancel(uid: str, old: ReleasedEvent, version: dt.date, session: int) -> tuple[CalendarEvent, Change | None]:
    """An event gone from the plan stays in the calendar, marked cancelled."""
    fresh = not old.cancelled
    event = CalendarEvent(
        uid=uid,
        calendar=old.calendar,
        meeting=old.meeting,
        start=_parse(old.all_day, old.start),
        end=_parse(old.all_day, old.end),
        summary=old.summary,
        description=(
            f"Cancelled: no longer in the programme of work of the {ordinal(session)} session. It was: {old.summary}."
        ),
        location=old.location,
        categories=tuple(old.categories),
        related_to=tuple(old.related_to),
        status="CANCELLED",
        sequence=old.sequence + 1 if fresh else old.sequence,
        created=old.created,
        last_modified=version if fresh else old.last_modified,
    )
    return event, _change("cancelled", event) if fresh else None


def _released(event: CalendarEvent) -> ReleasedEvent:
    assert event.created is not None and event.last_modified is not None
    return ReleasedEvent(
        calendar=event.calendar,
        meeting=event.meeting,
        all_day=event.all_day,
        start=_iso(event.start),
        end=_iso(event.end),
        summary=event.summary,
        location=event.location,
        categories=list(event.categories),
        related_to=list(event.related_to),
        digest=event.digest(),
        sequence=event.sequence,
        cancelled=event.status == "CANCELLED",
        created=event.created,
        last_modified=event.last_modified,
    )


def _iso(moment: dt.datetime | dt.date) -> str:
    return moment.isoformat()


def _parse(all_day: bool, text: str) -> dt.datetime | dt.date:
    return dt.date.fromisoformat(text) if all_day else dt.datetime.fromisoformat(text)


def _when(all_day: bool, start: str, end: str) -> str:
    first, last = _parse(all_day, start), _parse(all_day, end)
    if not isinstance(first, dt.datetime) or not isinstance(last, dt.datetime):
        return f"{short_date(first)} (all day)"
    return f"{short_date(first)} {clock(first)}-{clock(last)}"


def _change(kind: ChangeKind, event: CalendarEvent, before: str | None = None) -> Change:
    when = _when(event.all_day, _iso(event.start), _iso(event.end))
    return Change(kind, event.uid, event.summary, when, before, event.sequence, _iso(event.start))


def _change_line(change: Change) -> str:
    when = f"{change.before} -> {change.when}" if change.before else change.when
    return f"  {change.kind:<9}  {when}  {change.summary}  (sequence {change.sequence})"
