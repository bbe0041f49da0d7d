"""The typed core of extraction: a resolution and the mandates it gives.

Nothing here knows about files or formats; readers build a `Resolution`, the
extractor turns it into an `Extraction`, writers serialise that.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

Language = Literal["ar", "en", "es", "fr", "ru", "zh"]
Status = Literal["draft", "adopted"]
MeetingKind = Literal[
    "panel_discussion",
    "interactive_debate",
    "interactive_dialogue",
    "meeting",
    "seminar",
    "workshop",
    "consultation",
    "forum",
    "special_session",
]
# The sessions of the Council's subsidiary bodies, held between (or beside) its own sessions.
# "forum" is shared with MeetingKind: a Forum's session is the meeting of a forum.
BodyKind = Literal[
    "working_group_session",
    "forum",
    "expert_mechanism_session",
    "upr_working_group_session",
    "advisory_committee_session",
    "committee_session",
    "expert_group_session",
]
Recurrence = Literal["once", "annual", "biennial", "triennial", "quadrennial"]
Timing = Literal["first_day", "high_level_segment"]
ReportForm = Literal["summary_report", "report", "oral_update"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# No resolution's paragraph comes near this (the longest run to a few thousand characters);
# a text with one is the wrong file, and refusing it keeps every later step bounded.
MAX_PARAGRAPH_CHARS = 200_000


# Paragraph and Resolution are the extractor's working state, never read from or written to a
# file: plain dataclasses, since a session's texts hold tens of thousands of paragraphs and a
# pydantic model (or a frozen dataclass) costs several times more to build, for checks nothing
# here needs.
@dataclass(slots=True)
class Paragraph:
    """One paragraph of a resolution as printed."""

    operative: bool
    text: str
    number: int | None = None  # operative paragraph number ("8.")
    sub: str | None = None  # sub-paragraph letter ("a" for "(a)")
    chapeau: str | None = None  # "Decides:" governing a lettered sub-paragraph


class DocumentInfo(_Model):
    """What the header of a resolution says about it."""

    symbol: str | None = None
    title: str | None = None
    session: int | None = None  # the adopting session
    agenda_item: int | None = None
    language: Language = "en"
    status: Status = "adopted"


@dataclass(slots=True)
class Resolution:
    """A resolution or decision, read and split into paragraphs."""

    source: str
    info: DocumentInfo
    header: list[str] = field(default_factory=list)  # lines before the body
    paragraphs: list[Paragraph] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)  # header field -> words


class MeetingReport(_Model):
    """The report a resolution asks for about one of its meetings."""

    form: ReportForm
    author: str
    due_session: int | None = None
    paragraph: int


# When a body's session is to be held, as the paragraph puts it.
BodyWhen = Literal["before", "after", "between", "in_year", "date_range", "month", "annual"]


class BodySession(_Model):
    """What a paragraph orders about a session of a subsidiary body (a working group, a forum ...)."""

    body: str | None = None  # id in the register of bodies; None when the name fits no known body
    name: str  # the body as the text names it
    session: int | None = None  # the body's own session: "its fifth session" -> 5
    days: int | None = None  # working days
    days_limit: Literal["exact", "maximum"] | None = None  # "for a maximum of five working days"
    when: BodyWhen | None = None
    council_session: int | None = None  # before / after it, or the first of two for "between"
    council_session_to: int | None = None  # the second session of "between"
    year: int | None = None
    start: dt.date | None = None  # a date range the text gives
    end: dt.date | None = None
    month: int | None = None
    format: Literal["hybrid", "in_person"] | None = None
    venue: str | None = None  # "Geneva", "New York"
    report_to: Literal["council", "general_assembly"] | None = None
    report_session: int | None = None


class MeetingMandate(_Model):
    id: str
    paragraph: int
    kind: MeetingKind | BodyKind
    high_level: bool = False
    recurrence: Recurrence = "once"
    intersessional: bool = False
    session: int | None = None
    agenda_item: int | None = None
    # "paragraph": the paragraph names the item; "resolution": implied, the item the text was adopted under.
    agenda_item_from: Literal["paragraph", "resolution"] | None = None
    duration_minutes: int | None = None
    timing: Timing | None = None
    chair: str | None = None
    theme: str | None = None
    participants: str | None = None
    accessible: bool = False
    report: MeetingReport | None = None
    evidence: dict[str, str] = Field(default_factory=dict)
    body: BodySession | None = None  # the session of a subsidiary body this meeting is

    @model_serializer(mode="wrap")
    def _without_empty_body(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # The key is written only for a body's session: the contract of every other meeting stays as it was.
        data: dict[str, Any] = handler(self)
        if data.get("body", 0) is None:
            del data["body"]
        return data


class ReportMandate(_Model):
    id: str
    paragraph: int
    form: ReportForm
    author: str
    subject: str | None = None
    due_session: int | None = None
    meeting: str | None = None  # id of the meeting the report is about
    evidence: dict[str, str] = Field(default_factory=dict)


class Problem(_Model):
    """A doubtful finding, returned for a person to check rather than dropped."""

    paragraph: int | None = None
    message: str


class Extraction(_Model):
    """Everything found in one document: the JSON contract of `planner extract`."""

    source: str
    document: DocumentInfo
    meetings: list[MeetingMandate] = Field(default_factory=list)
    reports: list[ReportMandate] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)

    def citation(self) -> str:
        """How the Council cites the text: "resolution 43/21", "decision 31/115"."""
        return cite(self.document)


# Symbol part -> (word, short form): A/HRC/RES/43/21 is "resolution 43/21", "res. 43/21".
_CITED = {"RES": ("resolution", "res."), "DEC": ("decision", "dec.")}


def adopted_number(info: DocumentInfo) -> tuple[str, str] | None:
    """("RES", "43/21") for A/HRC/RES/43/21, ("DEC", ...) for a decision; None for other symbols."""
    parts = (info.symbol or "").split("/")
    for code in _CITED:
        if code in parts:
            return code, "/".join(parts[-2:])
    return None


def cite(info: DocumentInfo, *, short: bool = False) -> str:
    """ "resolution 43/21" ("res. 43/21" when short), "decision 31/115", or the symbol as given."""
    adopted = adopted_number(info)
    if adopted is not None:
        code, number = adopted
        return f"{_CITED[code][1 if short else 0]} {number}"
    if info.symbol:
        return info.symbol
    return "resolution (symbol unknown)"
