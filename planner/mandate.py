"""The typed core of extraction: a resolution and the mandates it gives.

Nothing here knows about files or formats; readers build a `Resolution`, the
extractor turns it into an `Extraction`, writers serialise that.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

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
Recurrence = Literal["once", "annual", "biennial", "triennial", "quadrennial"]
Timing = Literal["first_day", "high_level_segment"]
ReportForm = Literal["summary_report", "report", "oral_update"]

# Minutes per length word: half-day = one 3-hour meeting, full-day = two.
HALF_DAY = 180
FULL_DAY = 360


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Paragraph(_Model):
    """One paragraph of a resolution as printed."""

    number: int | None = None  # operative paragraph number ("8.")
    sub: str | None = None  # sub-paragraph letter ("a" for "(a)")
    operative: bool
    text: str
    chapeau: str | None = None  # "Decides:" governing a lettered sub-paragraph


class DocumentInfo(_Model):
    """What the header of a resolution says about it."""

    symbol: str | None = None
    title: str | None = None
    session: int | None = None  # the adopting session
    agenda_item: int | None = None
    language: Language = "en"
    status: Status = "adopted"


class Resolution(_Model):
    """A resolution or decision, read and split into paragraphs."""

    source: str
    info: DocumentInfo
    header: list[str] = Field(default_factory=list)  # lines before the body
    paragraphs: list[Paragraph] = Field(default_factory=list)
    evidence: dict[str, str] = Field(default_factory=dict)  # header field -> words


class MeetingReport(_Model):
    """The report a resolution asks for about one of its meetings."""

    form: ReportForm
    author: str
    due_session: int | None = None
    paragraph: int


class MeetingMandate(_Model):
    id: str
    paragraph: int
    kind: MeetingKind
    high_level: bool = False
    recurrence: Recurrence = "once"
    intersessional: bool = False
    session: int | None = None
    agenda_item: int | None = None
    duration_minutes: int | None = None
    timing: Timing | None = None
    chair: str | None = None
    theme: str | None = None
    participants: str | None = None
    accessible: bool = False
    report: MeetingReport | None = None
    evidence: dict[str, str] = Field(default_factory=dict)


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


def cite(info: DocumentInfo) -> str:
    symbol = info.symbol or ""
    parts = symbol.split("/")
    if "RES" in parts:
        return f"resolution {'/'.join(parts[-2:])}"
    if "DEC" in parts:
        return f"decision {'/'.join(parts[-2:])}"
    if symbol:
        return symbol
    return "resolution (symbol unknown)"
