"""The order of business of a regular session: the activities that fill its programme of work.

Besides the mandated panels (placed by the scheduler from resolutions and standing mandates)
a session holds its opening, the high-level segment (main session), the High Commissioner's
report, the interactive dialogues of each item and its general debate, the adoption of the UPR
outcomes (item 6) and action on draft proposals. These models hold the rules and the register
of reporting mechanisms (read from sessions/data/*.yaml by the sessions layer) and the
activities the scheduler lays out.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from planner.core.agenda import AgendaItem
from planner.core.un_style import SessionOfYear

DialogueForm = Literal["individual", "clustered", "enhanced", "presentation"]
ActivityKind = Literal[
    "opening",
    "high_level_segment",
    "high_commissioner",
    "dialogue",
    "clustered_dialogue",
    "presentation",
    "general_debate",
    "upr_outcomes",
    "voting",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Mechanism(_Model):
    """A mandate holder or body that presents its report to the Council with a dialogue."""

    id: str
    name: str
    short: str
    kind: str | None = None
    agenda_item: AgendaItem
    sessions: tuple[SessionOfYear, ...]
    form: DialogueForm
    sessions_uncertain: bool = False
    form_seen: str | None = None
    established: dict[str, str] | None = None
    sources: tuple[str, ...] = ()


class HighCommissioner(_Model):
    label: str
    units: int = Field(ge=1)
    followed_by: Literal["general_debate", "dialogue"]


class BusinessRules(_Model):
    """How long each activity usually takes, in units of half a meeting."""

    unit_minutes: int = 90
    dialogue_units: dict[DialogueForm, int]
    general_debate_units: dict[int, int]
    upr_minutes_per_state: int = 60
    upr_typical_states: int = 14
    high_commissioner: dict[SessionOfYear, HighCommissioner]
    voting_label: str
    last_meeting_label: str
    submission_weeks: int = Field(default=10, ge=0)  # to conference services, before the session opens
    issuance_weeks: int = Field(default=6, ge=0)  # issued in all languages, before the session opens


class Activity(_Model):
    """One activity to lay out, in the Council's order; its length in units of half a meeting."""

    key: str  # stable: "item3-gd", "item4-sr-myanmar"; calendar UIDs are made from it
    item: int | None
    kind: ActivityKind
    label: str
    units: int = Field(ge=1)
    why: str  # what put it in this session's order of business


class SessionBusiness(_Model):
    """What the order of business of one session is made from: the rules, the mechanisms that
    present at it (after the session file's changes) and the States whose UPR outcomes it adopts."""

    rules: BusinessRules
    mechanisms: tuple[Mechanism, ...] = ()
    upr_states: tuple[str, ...] = ()  # named in the session file; else the usual number is planned
