"""Sessions of the Council's subsidiary bodies: who meets, which session, how long, when.

"Also decides that the working group shall meet for a maximum of five working days before its
sixteenth session" orders a session of a working group between the Council's own sessions.
The clause names the body before its verb ("the Ad Hoc Committee shall convene ..."; "Requests
the Group of Independent Eminent Experts ... to convene its eighth session"); the body is told
from the others by the words of its name, else by the resolution's title. Every field keeps the
words it was read from; a field the clause does not state stays empty.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from planner.core.agenda import FULL_DAY
from planner.core.mandate import BodySession, DocumentInfo
from planner.core.un_style import ordinal
from planner.extract.clauses import Clause
from planner.extract.lexicon import Lexicon
from planner.extract.meetings import MeetingFinding
from planner.extract.numbers import cardinal_value, ordinal_value

# The name of a body runs to a few dozen words ("the working group with the mandate of negotiating,
# finalizing and submitting ... rural areas"); past this it is a sentence, not a name.
_LONGEST_NAME = 400


@dataclass(frozen=True)
class BodyWords:
    """A language's names of the bodies (the [bodies] table of its lexicon)."""

    months: dict[str, int]
    week_days: int
    kinds: tuple[tuple[re.Pattern, str], ...]
    register: dict[str, tuple[str, tuple[re.Pattern, ...]]]  # body id -> (kind, words)


@dataclass
class BodyFinding:
    """A body's session as one clause orders it, with the words of each field."""

    kind: str
    session: BodySession
    recurrence: str = "once"
    evidence: dict[str, str] = field(default_factory=dict)
    doubts: list[str] = field(default_factory=list)
    also: list[BodySession] = field(default_factory=list)  # "its fifteenth and sixteenth sessions": one more each

    @property
    def duration_minutes(self) -> int | None:
        # Working days, as the other meetings count them: a full day of meetings each.
        return self.session.days * FULL_DAY if self.session.days else None


@cache
def body_words(language: str) -> BodyWords | None:
    """The [bodies] table of a lexicon; None for a language that has none yet."""
    text = resources.files("planner.extract.lexicon").joinpath(f"{language}.toml").read_text("utf-8")
    raw: dict[str, Any] | None = tomllib.loads(text).get("bodies")
    if raw is None:
        return None
    flags = re.IGNORECASE
    return BodyWords(
        months={k.lower(): v for k, v in raw["months"].items()},
        week_days=int(raw["week_days"]),
        kinds=tuple((re.compile(pattern, flags), kind) for pattern, kind in raw["kinds"]),
        register={
            body: (entry["kind"], tuple(re.compile(word, flags) for word in entry["words"]))
            for body, entry in raw["register"].items()
        },
    )


def may_order_body_session(text: str, lex: Lexicon) -> bool:
    """A quick first look: an ordering verb, a body's noun and a body's session verb ("shall meet",
    "to convene its")."""
    patterns = [lex.meetings[key] for key in ("body_verb", "body_session_of") if key in lex.meetings]
    return (
        bool(patterns)
        and lex.may_hold(text, lex.ordering_words)
        and lex.may_hold(text, lex.body_words)
        and any(p.search(text) for p in patterns)
    )


def find_body_session(clause: Clause, lex: Lexicon, info: DocumentInfo) -> BodyFinding | None:
    """The session of a subsidiary body a clause orders, or None."""
    words = body_words(lex.language)
    m = lex.meetings
    # The body is named in the clause (`_is_body`): without one of its nouns, no pattern need run.
    if words is None or not clause.ordering or "body_verb" not in m or not lex.may_hold(clause.text, lex.body_words):
        return None
    text = clause.text
    verb = m["body_verb"].search(text)
    opening = m["body_opening"].match(text)
    if verb is None or opening is None or verb.start() <= opening.end():
        return _session_of(text, lex, words, info)
    name = text[opening.end() : verb.start()].strip(" ,")
    if not _is_body(name, lex):
        return _session_of(text, lex, words, info)
    kind = _kind(name, words)
    body = _resolve(name, kind, info, words)
    session = BodySession(body=body, name=name)
    finding = BodyFinding(kind=kind, session=session, evidence={"kind": verb.group(), "body": name})
    if body is None:
        finding.doubts.append(f"'{_short(name)}' is not a body planner knows: check which body is to meet")
    meeting_part = _until_turn(text, verb.start(), lex)
    _own_session(text[verb.start() :], lex, finding)
    _length(meeting_part, lex, words, finding)
    _when(meeting_part, lex, words, info, finding)
    _format(meeting_part, lex, finding)
    _report(text[verb.start() :], lex, finding)
    return finding


def _is_body(name: str, lex: Lexicon) -> bool:
    m = lex.meetings
    return (
        0 < len(name) <= _LONGEST_NAME
        and m["body_noun"].search(name) is not None
        and m["body_person"].search(name) is None
        and ("body_article" not in m or m["body_article"].search(name) is not None)
    )


def _session_of(text: str, lex: Lexicon, words: BodyWords, info: DocumentInfo) -> BodyFinding | None:
    """A session named after its body ("the annual session of the Ad Hoc Committee be split into two
    one-week segments"; "the fifteenth and sixteenth sessions of the Ad Hoc Committee, to be held in
    2025 and 2026 respectively"): one finding, with one more session for each further one named."""
    m = lex.meetings
    if "body_session_of" not in m or (match := m["body_session_of"].search(text)) is None:
        return None
    name = match.group("name")
    if not _is_body(name, lex):
        return None
    kind = _kind(name, words)
    body = _resolve(name, kind, info, words)
    finding = BodyFinding(kind=kind, session=BodySession(body=body, name=name), evidence={"kind": match.group()})
    finding.evidence["body"] = name
    if body is None:
        finding.doubts.append(f"'{_short(name)}' is not a body planner knows: check which body is to meet")
    if match.group("which").lower() == "annual":
        finding.recurrence, finding.session.when = "annual", "annual"
        finding.evidence["recurrence"] = match.group("which")
    else:
        finding.session.session = ordinal_value(match.group("ordinal"), lex)
        finding.evidence["session"] = match.group("which")
        if match.group("ordinal2"):
            finding.also.append(BodySession(body=body, name=name, session=ordinal_value(match.group("ordinal2"), lex)))
    if (segments := m["body_segments"].search(text)) and (count := cardinal_value(segments.group("n"), lex)):
        for session in (finding.session, *finding.also):
            session.days, session.days_limit = count * words.week_days, "exact"
        finding.evidence["days"] = segments.group()
    tail = text[match.end() :]
    if finding.also and (years := m["body_years_pair"].search(tail)):
        for session, year in zip((finding.session, *finding.also), ("year", "year2"), strict=True):
            session.when, session.year = "in_year", int(years.group(year))
        finding.evidence["when"] = years.group()
    elif finding.session.when is None and (year_match := m["body_year"].search(tail)):
        finding.session.when, finding.session.year = "in_year", int(year_match.group("year"))
        finding.evidence["when"] = year_match.group()
    if finding.session.when is None:
        finding.doubts.append("no year, date or Council session is stated for this session: planned at its usual time")
    return finding


def _kind(name: str, words: BodyWords) -> str:
    # The noun heading the name decides ("the Group of ... Experts on the ... Programme"): the earliest.
    found = [(match.start(), kind) for pattern, kind in words.kinds if (match := pattern.search(name))]
    return min(found)[1] if found else "working_group_session"


def _resolve(name: str, kind: str, info: DocumentInfo, words: BodyWords) -> str | None:
    """The body's id: the one of the right kind whose words the name (else the title) holds most."""
    for text in (name, f"{name} {info.title or ''}"):
        scores = {
            body: sum(1 for word in body_words_ if word.search(text))
            for body, (body_kind, body_words_) in words.register.items()
            if body_kind == kind
        }
        best = max(scores.values(), default=0)
        top = [body for body, score in scores.items() if score == best]
        if best and len(top) == 1:
            return top[0]
    return None


def _until_turn(text: str, start: int, lex: Lexicon) -> str:
    """The words about the session itself, up to where the clause turns to the report."""
    turn = lex.meetings["body_turn"].search(text, start)
    return text[: turn.start()] if turn else text


def _own_session(text: str, lex: Lexicon, finding: BodyFinding) -> None:
    if match := lex.meetings["body_own_session"].search(text):
        finding.session.session = ordinal_value(match.group("ordinal"), lex)
        finding.evidence["session"] = match.group()


def _length(text: str, lex: Lexicon, words: BodyWords, finding: BodyFinding) -> None:
    m = lex.meetings
    for key, per_unit in (("body_days", 1), ("body_weeks", words.week_days)):
        if (match := m[key].search(text)) and (count := cardinal_value(match.group("n"), lex)):
            finding.session.days = count * per_unit
            finding.session.days_limit = "maximum" if match.group("limit") else "exact"
            finding.evidence["days"] = match.group().strip()
            return


def _when(text: str, lex: Lexicon, words: BodyWords, info: DocumentInfo, finding: BodyFinding) -> None:
    m, session = lex.meetings, finding.session
    if match := m["body_range"].search(text):
        _date_range(match, words, finding)
    elif match := m["body_between"].search(text):
        session.when = "between"
        session.council_session = ordinal_value(match.group("ordinal"), lex)
        session.council_session_to = ordinal_value(match.group("ordinal2"), lex)
        finding.evidence["when"] = match.group()
    elif match := m["body_before"].search(text) or m["body_after"].search(text):
        session.when = "before" if m["body_before"].search(match.group()) else "after"
        session.council_session = ordinal_value(match.group("ordinal"), lex)
        finding.evidence["when"] = match.group()
    elif match := m["body_month"].search(text):
        session.when, session.year = "month", int(match.group("year"))
        session.month = words.months.get(match.group("month").lower())
        finding.evidence["when"] = match.group()
    elif match := m["body_year"].search(text):
        session.when, session.year = "in_year", int(match.group("year"))
        finding.evidence["when"] = match.group()
    if match := m["body_annual"].search(text):
        finding.recurrence = "annual"
        finding.evidence["recurrence"] = match.group()
        session.when = session.when or "annual"
    if session.when is None:
        finding.doubts.append("no year, date or Council session is stated for this session: planned at its usual time")
    _past(info, finding)


def _date_range(match: re.Match | Any, words: BodyWords, finding: BodyFinding) -> None:
    session = finding.session
    # English names the last month and year ("from 8 to 19 April 2013"), Chinese the first ("2013年4月8日至19日").
    year = int(match.group("y2") or match.group("y1"))
    first, last = match.group("m1"), match.group("m2")
    last_month = words.months[(last or first).lower()]
    first_month = words.months[(first or last).lower()]
    try:
        start = dt.date(int(match.group("y1") or year), first_month, int(match.group("d1")))
        end = dt.date(year, last_month, int(match.group("d2")))
    except ValueError:
        finding.doubts.append(f"'{match.group()}' is not a real date range: check it")
        return
    if end < start:
        finding.doubts.append(f"'{match.group()}' ends before it starts: check it")
        return
    session.when, session.start, session.end, session.year = "date_range", start, end, year
    finding.evidence["when"] = match.group()


def _past(info: DocumentInfo, finding: BodyFinding) -> None:
    """A Council session before the adopting one cannot be ahead of a body's new session."""
    target = finding.session.council_session
    if target and info.session and target < info.session and finding.session.when in ("before", "between"):
        finding.doubts.append(f"the {ordinal(target)} session comes before the adopting session {info.session}")


def _format(text: str, lex: Lexicon, finding: BodyFinding) -> None:
    m = lex.meetings
    if match := m["body_hybrid"].search(text):
        finding.session.format = "hybrid"
        finding.evidence["format"] = match.group()
    elif match := m["body_in_person"].search(text):
        finding.session.format = "in_person"
        finding.evidence["format"] = match.group()
    if match := m["body_venue"].search(text):
        finding.session.venue = " ".join(match.group("venue").split())
        finding.evidence["venue"] = match.group()


def _report(text: str, lex: Lexicon, finding: BodyFinding) -> None:
    if match := lex.meetings["body_report"].search(text):
        to = match.group("to")
        finding.session.report_to = "general_assembly" if lex.meetings["body_assembly"].search(to) else "council"
        if match.group("ordinal"):
            finding.session.report_session = ordinal_value(match.group("ordinal"), lex)
        finding.evidence["report_to"] = match.group()


def _short(name: str) -> str:
    return name if len(name) <= 80 else name[:77] + "..."


def with_body_session(
    found: MeetingFinding | None, clause: Clause, lex: Lexicon, info: DocumentInfo
) -> MeetingFinding | None:
    """The meeting a clause orders, with the body's session it is: a meeting of its own when the
    finder of meetings saw none ("the working group shall meet ..."), else that meeting told which
    body meets ("the Forum shall meet annually ...": kind, length and timing stay as it read them)."""
    body = find_body_session(clause, lex, info)
    if body is None:
        return found
    # A meeting of a kind of its own stays as read; the plain noun ("举行为期五个工作日的会议", a "meeting")
    # only names the body's session, which tells more.
    if found is not None and found.kind != _PLAIN_MEETING and not body.also:
        found.fields["body"] = body.session
        found.evidence["body"] = body.evidence["body"]
        return found
    evidence = dict(body.evidence)
    evidence["intersessional"] = evidence.get("when", evidence["kind"])
    fields: dict[str, Any] = {"intersessional": True, "recurrence": body.recurrence, "body": body.session}
    if body.duration_minutes:
        fields["duration_minutes"] = body.duration_minutes
        evidence["duration_minutes"] = evidence["days"]
    first = _BodySessions(kind=body.kind, fields=fields, evidence=evidence, doubts=list(body.doubts))
    first.more = [
        MeetingFinding(kind=body.kind, fields={**fields, "body": session}, evidence=dict(evidence))
        for session in body.also
    ]
    return first


_PLAIN_MEETING = "meeting"


@dataclass
class _BodySessions(MeetingFinding):
    """The meeting of a body's session, and those of the further sessions the same clause orders."""

    more: list[MeetingFinding] = field(default_factory=list)

    def per_session(self) -> list[MeetingFinding]:
        return [*super().per_session(), *self.more]
