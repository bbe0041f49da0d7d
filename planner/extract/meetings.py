"""Meeting mandates: the clause that orders a meeting, and every field it states.

Each field comes with the exact words it was read from, so a person can check
it at a glance. A field the clause does not state stays empty; it is never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from planner.core.agenda import AGENDA_ITEMS, FULL_DAY, HALF_DAY
from planner.core.mandate import DocumentInfo
from planner.extract.clauses import Clause
from planner.extract.lexicon import Lexicon, lexicon
from planner.extract.lexicon.caseless import Match, Pattern
from planner.extract.numbers import cardinal_value, ordinal_value


@dataclass
class MeetingFinding:
    """What one clause says about the meeting it orders (before ids and links)."""

    kind: str
    fields: dict = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)
    doubts: list[str] = field(default_factory=list)
    also_sessions: list[int] = field(default_factory=list)  # "at its 46th and 49th sessions": one more each

    def per_session(self) -> list[MeetingFinding]:
        """One finding for each session the clause names; the doubts go with the first."""
        others = [
            MeetingFinding(self.kind, {**self.fields, "session": session}, dict(self.evidence))
            for session in self.also_sessions
        ]
        return [self, *others]


@dataclass(frozen=True)
class _Cue:
    noun: Match
    kind: str
    phrase_start: int  # where the words describing the meeting begin
    phrase_end: int
    passive: bool


def find_meeting(clause: Clause, lex: Lexicon, info: DocumentInfo) -> MeetingFinding | None:
    """The meeting a clause orders, or None if it orders none (or only refers to one)."""
    if not clause.ordering or not lex.may_hold(clause.text, lex.meeting_words):
        return None
    cue = _cue(clause.text, lex)
    if cue is None:
        return None
    span = _meeting_span(clause.text, cue, lex)
    finding = MeetingFinding(kind=cue.kind)
    finding.evidence["kind"] = cue.noun.group()
    timing_found = _when(span, lex, info, finding)
    if _is_reference(clause.text, cue, lex) and not (timing_found or _duration(span, lex, finding, dry_run=True)):
        return None
    _noun_phrase_facts(clause.text[cue.phrase_start : cue.phrase_end], lex, finding)
    _duration(span, lex, finding)
    _agenda_item(span, lex, info, finding)
    _people_and_theme(span, cue, lex, finding)
    _theme_of_the_text(lex, info, finding)
    if not timing_found:
        finding.doubts.append("no session, date or recurrence is stated for this meeting")
    return finding


def _cue(text: str, lex: Lexicon) -> _Cue | None:
    m = lex.meetings
    limit = m["max_words_to_noun"]
    for verb in m["convene"].finditer(text):
        window = _window(text, verb.end(), limit, lex)
        noun = _first_noun(text, verb.end(), verb.end() + len(window), lex)
        if noun:
            return _Cue(noun[0], noun[1], verb.start(), noun[0].end(), passive=False)
    for verb in m["convene_passive"].finditer(text):
        noun = _first_noun(text, 0, verb.start(), lex)  # the subject: "the Forum shall meet"
        if noun:
            return _Cue(noun[0], noun[1], 0, verb.end(), passive=True)
    return None


_SEMICOLON = re.compile(r"[;；]")


def _window(text: str, start: int, limit: int, lex: Lexicon) -> str:
    semicolon = _SEMICOLON.search(text, start)
    rest = text[start : semicolon.start() if semicolon else len(text)]
    if not lex.word_joiner:
        return rest[:limit]
    # The first `limit` words in one match rather than a loop over them; fewer: all of it.
    words = _first_words(limit).match(rest)
    return rest[: words.end()] if words else rest


@cache
def _first_words(count: int) -> re.Pattern:
    return re.compile(rf"\s*(?:\S+\s+){{{count - 1}}}\S+")


def _first_noun(text: str, start: int, end: int, lex: Lexicon) -> tuple[Match, str] | None:
    """The first meeting noun between start and end, with its kind (longest at a tie)."""
    for match in lex.meetings["any_kind"].finditer(text, start, end):
        if _is_word(text, match):
            return match, _kind(text, match, end, lex)
    return None


def _kind(text: str, noun: Match, end: int, lex: Lexicon) -> str:
    """The kind of the meeting noun: that of the first kind pattern matching where it stands
    (the alternative of `any_kind` that matched)."""
    if lex.kinds_look_around:
        return _first_kind(lex, text, noun.start(), end)
    return _kind_of_noun(lex.language, noun.group())  # no kind pattern looks beyond its noun


@lru_cache(maxsize=1024)
def _kind_of_noun(language: str, noun: str) -> str:
    # A few dozen nouns recur in a session's texts: each is matched against the kinds once.
    return _first_kind(lexicon(language), noun, 0, len(noun))


def _first_kind(lex: Lexicon, text: str, start: int, end: int) -> str:
    return next(kind for pattern, kind in lex.meetings["kinds"] if pattern.match(text, start, end))


def _is_word(text: str, match: Match) -> bool:
    before = text[match.start() - 1 : match.start()]
    after = text[match.end() : match.end() + 1]
    return not (before.isascii() and before.isalpha()) and not (after.isascii() and after.isalpha())


def _meeting_span(text: str, cue: _Cue, lex: Lexicon) -> str:
    """The clause up to where it turns to the report ("..., and to prepare a summary report")."""
    action = lex.reports["action"].search(text, cue.phrase_end)
    return text[: action.start()] if action else text


def _is_reference(text: str, cue: _Cue, lex: Lexicon) -> bool:
    """ "to organize the panel discussion": a meeting mandated elsewhere, not a new one."""
    return not cue.passive and bool(lex.meetings["definite"].search(text[cue.phrase_start : cue.noun.start()]))


def _when(span: str, lex: Lexicon, info: DocumentInfo, finding: MeetingFinding) -> bool:
    """Target session, recurrence, intersessional, timing: True if the clause says when."""
    # In this order: the evidence keeps the order its facts were found in (the JSON contract).
    said = _which_session(span, lex, info, finding)
    said = _intersessional(span, lex, finding) or said
    said = _recurrence(span, lex, finding) or said
    _timing(span, lex, finding)  # a timing inside a session says nothing of which session
    return _date_window(span, lex, finding) or said


def _which_session(span: str, lex: Lexicon, info: DocumentInfo, finding: MeetingFinding) -> bool:
    m = lex.meetings
    if match := m["before_session"].search(span):
        # Held between sessions, ahead of the one named: intersessional, not in that session's programme.
        finding.fields["intersessional"] = True
        finding.evidence["intersessional"] = match.group()
    elif match := m["sessions_pair"].search(span):  # before one session: 第46届和第49届会议 holds 第49届会议
        _set_session(ordinal_value(match.group("ordinal"), lex), match.group(), info, finding)
        if second := ordinal_value(match.group("ordinal2"), lex):
            finding.also_sessions.append(second)
    elif match := m["session"].search(span):
        _set_session(ordinal_value(match.group("ordinal"), lex), match.group(), info, finding)
    elif match := m["next_session"].search(span):
        _relative_session(1, match.group(), info, finding)
    elif match := m["current_session"].search(span):
        _relative_session(0, match.group(), info, finding)
    else:
        return False
    return True


def _intersessional(span: str, lex: Lexicon, finding: MeetingFinding) -> bool:
    if match := lex.meetings["intersessional"].search(span):
        finding.fields["intersessional"] = True
        finding.evidence["intersessional"] = match.group()
        return True
    return False


def _recurrence(span: str, lex: Lexicon, finding: MeetingFinding) -> bool:
    for pattern, recurrence in lex.meetings["recurrence"]:
        if match := pattern.search(span):
            finding.fields["recurrence"] = recurrence
            finding.evidence["recurrence"] = match.group()
            return True
    return False


def _timing(span: str, lex: Lexicon, finding: MeetingFinding) -> None:
    for pattern, timing in lex.meetings["timing"]:
        if match := pattern.search(span):
            finding.fields["timing"] = timing
            finding.evidence["timing"] = match.group()
            return


def _date_window(span: str, lex: Lexicon, finding: MeetingFinding) -> bool:
    """A date instead of a session: kept as the evidence of the session, and said to be doubtful."""
    if "session" not in finding.evidence and (match := lex.meetings["date_window"].search(span)):
        finding.evidence["session"] = match.group().strip()
        finding.doubts.append(f"held at a date ({match.group().strip()}), not at a numbered session")
        return True
    return False


def _set_session(value: int | None, words: str, info: DocumentInfo, finding: MeetingFinding) -> None:
    finding.fields["session"] = value
    finding.evidence["session"] = words
    if value and info.session and value < info.session:
        finding.doubts.append(f"the target session {value} comes before the adopting session {info.session}")


def _relative_session(offset: int, words: str, info: DocumentInfo, finding: MeetingFinding) -> None:
    finding.evidence["session"] = words
    if info.session is None:
        finding.doubts.append(f"'{words}' cannot be resolved: the adopting session is unknown (give --session N)")
        return
    finding.fields["session"] = info.session + offset


def _noun_phrase_facts(phrase: str, lex: Lexicon, finding: MeetingFinding) -> None:
    segment = lex.meetings["segment"].sub(" ", phrase)
    if match := lex.meetings["high_level"].search(segment):
        finding.fields["high_level"] = True
        finding.evidence["high_level"] = match.group()


def _duration(span: str, lex: Lexicon, finding: MeetingFinding, dry_run: bool = False) -> bool:
    for pattern, unit in lex.meetings["durations"]:
        match = pattern.search(span)
        if not match:
            continue
        if unit == "half_day":
            minutes = HALF_DAY
        elif unit == "full_day":
            minutes = FULL_DAY
        else:
            count = cardinal_value(match.group("n"), lex)
            if not count:
                continue
            minutes = count * (60 if unit == "hours" else FULL_DAY)
        if not dry_run:
            finding.fields["duration_minutes"] = minutes
            finding.evidence["duration_minutes"] = match.group().strip()
        return True
    m = lex.meetings
    if not dry_run and m["length_unit"].search(span) and (unread := m["unread_length"].search(span)):
        finding.doubts.append(
            f"'{unread.group().strip()}': a length planner cannot read; it is planned as one meeting: check it"
        )
    return False


def _agenda_item(span: str, lex: Lexicon, info: DocumentInfo, finding: MeetingFinding) -> None:
    if match := lex.meetings["agenda_item"].search(span):
        item = ordinal_value(match.group("item"), lex)
        if item in AGENDA_ITEMS:
            finding.fields["agenda_item"] = item
            finding.evidence["agenda_item"] = match.group()
        else:
            finding.doubts.append(f"'{match.group()}': the Council's agenda has items 1 to 10 only")


def _people_and_theme(span: str, cue: _Cue, lex: Lexicon, finding: MeetingFinding) -> None:
    m = lex.meetings
    if match := m["chair"].search(span):
        finding.fields["chair"] = _tidy(match.group("chair"))
        finding.evidence["chair"] = match.group().strip()
    theme, theme_at = _theme(span, cue, lex)
    if match := m["participants"].search(span):
        # A list of participants ends where the theme begins ("... for Somalia on the status of ...").
        start, end = match.span("participants")
        cut = start < theme_at < end
        finding.fields["participants"] = _tidy(span[start : theme_at if cut else end])
        finding.evidence["participants"] = span[match.start() : theme_at if cut else match.end()].strip(" ，,")
    if theme:
        finding.fields["theme"] = theme
        finding.evidence["theme"] = theme


def _theme(span: str, cue: _Cue, lex: Lexicon) -> tuple[str | None, int]:
    """The theme and where the words introducing it start (len(span) when there is none)."""
    explicit, *others = lex.meetings["theme"]
    if match := explicit.search(span):
        return _cut_theme(match.group("theme"), lex), match.start()
    patterns = list(zip(others, lex.meetings["theme_cues"][1:], strict=True))
    candidates = [
        m for pattern, cue_only in patterns if (m := _introducing(pattern, cue_only, span, cue.noun.end(), lex))
    ]
    if not candidates and lex.word_joiner == "":
        candidates = [m for pattern, cue_only in patterns if (m := _introducing(pattern, cue_only, span, 0, lex))]
    if not candidates:
        return None, len(span)
    first = min(candidates, key=lambda m: m.start("theme"))
    return _cut_theme(first.group("theme"), lex), first.start()


def _theme_of_the_text(lex: Lexicon, info: DocumentInfo, finding: MeetingFinding) -> None:
    """ "A panel discussion on the matter": the matter is what the whole text is about, its title."""
    pattern, theme = lex.meetings.get("theme_of_the_text"), finding.fields.get("theme")
    if pattern is None or theme is None or not pattern.match(theme):
        return
    if not info.title:
        finding.doubts.append(f"the theme '{theme}' points back to the text's subject; give it in the session file")
        return
    title = info.title if info.title[1:2].isupper() else info.title[:1].lower() + info.title[1:]  # not "UN ..."
    finding.fields["theme"] = title
    finding.doubts.append(f"the theme '{theme}' is taken to be the text's subject, its title: '{title}'")


_TITLE_REACH = 200  # characters before a cue where a holder's title ("the independent expert") may end


def _introducing(pattern: Pattern, cue_only: Pattern, span: str, start: int, lex: Lexicon) -> Match | None:
    """The first match that introduces a theme, not a title ("the independent expert on ...").

    The cues are found by `cue_only`, and the words before each looked at within reach: each
    look through the whole paragraph made a paragraph of thousands of titles take minutes."""
    while (cue := cue_only.search(span, start)) is not None:
        at = cue.start()
        if not lex.meetings["titled"].search(span, max(0, at - _TITLE_REACH), at):
            return pattern.match(span, at)
        start = at + 1
    return None


def _cut_theme(text: str, lex: Lexicon) -> str | None:
    end = lex.meetings["theme_end"].search(text)
    theme = _tidy(text[: end.start()] if end else text)
    return theme or None


_QUOTED_FOOTNOTE = re.compile(r"(?<=[”\"])\d{1,2}$")  # a footnote mark after a closing quote


def _tidy(text: str) -> str:
    text = text.strip().strip(",，;；:：").strip().rstrip(".。").strip()
    if text[-1:].isdigit():  # most end with a letter: no scan
        text = _QUOTED_FOOTNOTE.sub("", text)
    if text.count("“") != text.count("”"):
        text = text.strip("“”")
    return text.strip()
