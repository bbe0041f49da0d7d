"""Programmes of work for the calendar tests, built from the models.

Resolution words are real: the seed's operative paragraph 8 (Chinese text of draft
A/HRC/43/L.31, adopted as resolution 43/21) and operative paragraph 11 of resolution
48/11 (adattar.minorityforum.info, page 4 of the PDF). Standing mandates carry no
paragraph text, as planner's built-in ones do not. Dates, rooms and meeting numbers are
a sample schedule; the seed meeting was held on Friday 26 February 2021, 15:00-17:00.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from seed_meeting import seed_mandate_ref

from planner.core.mandate import DocumentInfo, MeetingMandate, MeetingReport
from planner.core.programme import MandateRef, Placement, ProgrammeOfWork, SessionSummary
from planner.export.calendar.releases import CalendarChanges, read_release
from planner.export.calendar.session_calendar import calendar_release, release_path
from planner.files import write_atomic
from planner.sessions.registry import registered_session

SEED_PARAGRAPH_8 = (
    "8. 决定在其第四十六届会议议程项目 3 下召开一次为时两小时的会议，由人权理事会主席主持，"
    "主题为减贫在促进和保护人权中的作用，各国高级官员参加，交流本国在促进和保护人权的特定方面的"
    "良好做法和经验信息，并鼓励各国借此机会促进相关技术合作；"
)
RES_48_11_PARAGRAPH_11 = (
    "11. Decides that the theme of the annual half-day panel discussion on the rights of"
    " indigenous peoples, to be held during the fifty-first session of the Human Rights"
    " Council, will be the impact of social and economic recovery plans in the COVID-19"
    " context on indigenous peoples, with a special focus on food security, and requests"
    " the Office of the High Commissioner to encourage and facilitate the participation of"
    " indigenous women and to make the discussion fully accessible to persons with"
    " disabilities, and to prepare a summary report on the discussion and to submit it to"
    " the Council prior to its fifty-third session;"
)
HRC46 = SessionSummary(
    number=46,
    start=dt.date(2021, 2, 22),
    end=dt.date(2021, 3, 24),
    room="Assembly Hall",
    high_level_segment=(dt.date(2021, 2, 22), dt.date(2021, 2, 24)),
)
HRC47 = SessionSummary(number=47, start=dt.date(2021, 6, 21), end=dt.date(2021, 7, 14))
HRC51 = SessionSummary(number=51, start=dt.date(2022, 9, 12), end=dt.date(2022, 10, 7))
HRC53 = SessionSummary(number=53, start=dt.date(2023, 6, 19), end=dt.date(2023, 7, 14))
HRC61 = SessionSummary(number=61, start=dt.date(2026, 2, 23), end=dt.date(2026, 3, 31))


def seed_ref(**changes: object) -> MandateRef:
    """Resolution 43/21, operative paragraph 8, as the extractor reads it."""
    ref = seed_mandate_ref("000_ac8baae9a136f613.txt")
    return ref.model_copy(update=changes)


def standing_ref(mandate_id: str, symbol: str, kind: str, theme: str, **fields: object) -> MandateRef:
    mandate = MeetingMandate.model_validate(
        {"id": mandate_id, "paragraph": 0, "kind": kind, "recurrence": "annual", "theme": theme} | fields
    )
    return MandateRef(mandate=mandate, document=DocumentInfo(symbol=symbol), source="built-in")


CHILD = standing_ref(
    "rights_of_child", "A/HRC/RES/7/29", "meeting", "the rights of the child",
    duration_minutes=360, agenda_item=3,
)  # fmt: skip
DISABILITIES = standing_ref(
    "disabilities", "A/HRC/RES/7/9", "interactive_debate",
    "the rights of persons with disabilities",
)  # fmt: skip


def at(day: dt.date, start: int, end: int) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(day, dt.time(start)), dt.datetime.combine(day, dt.time(end))


def placement(ref: MandateRef, times: tuple[dt.datetime, dt.datetime], number: int, **fields: object) -> Placement:
    defaults = {"room": "Assembly Hall", "reason": "item 3 window, first free meeting"}
    return Placement.model_validate(
        {"ref": ref, "start": times[0], "end": times[1], "meeting_number": number} | defaults | fields
    )


def seed_placement(day: dt.date = dt.date(2021, 2, 26), start: int = 15, end: int = 17) -> Placement:
    return placement(seed_ref(), at(day, start, end), 12)


def hrc46(*placements: Placement, version: dt.date = dt.date(2021, 2, 15)) -> ProgrammeOfWork:
    """The sample session: the seed meeting, a full-day meeting, a meeting with no report."""
    if not placements:
        child_day = dt.date(2021, 3, 4)
        placements = (
            seed_placement(),
            placement(CHILD, at(child_day, 9, 12), 19, part=1, parts=2),
            placement(CHILD, at(child_day, 15, 18), 21, part=2, parts=2),
            placement(DISABILITIES, at(dt.date(2021, 3, 5), 16, 18), 24),
        )
    return ProgrammeOfWork(session=HRC46, version=version, placements=list(placements))


def indigenous_ref() -> MandateRef:
    """Resolution 48/11, operative paragraph 11: a report due at a named session."""
    mandate = MeetingMandate(
        id="A/HRC/RES/48/11 op11",
        paragraph=11,
        kind="panel_discussion",
        recurrence="annual",
        session=51,
        duration_minutes=180,
        theme=(
            "the impact of social and economic recovery plans in the COVID-19 context on"
            " indigenous peoples, with a special focus on food security"
        ),
        accessible=True,
        report=MeetingReport(
            form="summary_report", author="Office of the High Commissioner", due_session=53,
            paragraph=11,
        ),
    )  # fmt: skip
    document = DocumentInfo(symbol="A/HRC/RES/48/11", session=48)
    return MandateRef(mandate=mandate, document=document, source="a-hrc-res-48-11.en.txt")


def hrc51() -> ProgrammeOfWork:
    """A September session: Geneva is on summer time (UTC+2)."""
    times = at(dt.date(2022, 9, 21), 10, 13)
    return ProgrammeOfWork(
        session=HRC51,
        version=dt.date(2022, 9, 1),
        placements=[placement(indigenous_ref(), times, 14, room="Room XX", reason="first free meeting")],
    )


# The sessions the registry knows or projects, as `planner plan` gives them to the calendar.
REGISTERED = {number: registered_session(number).summary() for number in range(40, 70)}


def write_calendars(programme: ProgrammeOfWork, out_dir: Path, *, sessions=REGISTERED) -> CalendarChanges:
    """What `planner plan` does with the calendars: write each, then the release state, and list the changes."""
    state_path = release_path(programme, out_dir)
    release = calendar_release(programme, read_release(state_path), sessions=sessions)
    written = [write_atomic(Path(out_dir) / name, data) for name, data in release.files.items()]
    return dataclasses.replace(release.changes, files=(*written, write_atomic(state_path, release.state)))
