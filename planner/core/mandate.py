"""The typed core of extraction: a resolution and the mandates it gives.

Nothing here knows about files or formats; readers build a `Resolution`, the
extractor turns it into an `Extraction`, writers serialise that.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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


class MeetingMandate(_Model):
    id: str
    paragraph: int
    kind: MeetingKind
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
