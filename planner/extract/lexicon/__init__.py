"""Per-language lexicons: the words and cue phrases the extractor looks for.

Each language is one TOML file beside this module; the engine never names a
word of any language. Adding French means adding `fr.toml`, not code.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from planner.extract.lexicon.caseless import CaselessPattern, Pattern, has_cased_letters, lower_case, lowered
from planner.extract.lexicon.prefilter import holds_any, required_words

AVAILABLE = ("en", "zh")
# A gate tests its words once per paragraph or clause, before dozens of patterns: worth more words.
_MOST_GATE_WORDS = 40


@dataclass(frozen=True)
class Lexicon:
    language: str
    flags: int
    word_joiner: str
    numbers: dict
    header: dict[str, Pattern]
    paragraphs: dict[str, Pattern]
    clauses: dict[str, Pattern]
    meetings: dict
    reports: dict
    ordinals: dict[str, int] = field(default_factory=dict)
    cardinals: dict[str, int] = field(default_factory=dict)
    # Words read from the patterns (never listed by hand, so they cannot fall behind them):
    # one of them is in every text the patterns can find a meeting, a report, an order in.
    meeting_words: tuple[str, ...] | None = None  # the meeting nouns
    report_words: tuple[str, ...] | None = None  # the report nouns and "to report"
    ordering_words: tuple[str, ...] | None = None  # the verbs that order
    body_words: tuple[str, ...] | None = None  # the nouns that name a subsidiary body (its session's gate)
    kinds_look_around: bool = True  # a kind pattern looks beyond its noun: the noun alone tells no kind

    def may_mandate(self, text: str) -> bool:
        """False when the paragraph lacks the words a mandate needs: a meeting or report word and
        a verb that orders (a fast first look; clauses that order nothing yield no mandate)."""
        # The verbs first: fewer words, and many paragraphs (welcomes, urges) have none. The text
        # is lower-cased once for the three tests (a gate runs on every operative paragraph).
        low = lower_case(text) if self.flags else text
        if low is None:  # "Decıdes": only the patterns can tell
            return True
        return _holds(low, self.ordering_words) and (_holds(low, self.meeting_words) or _holds(low, self.report_words))

    def may_hold(self, text: str, words: tuple[str, ...] | None) -> bool:
        """False when the text holds none of `words` (None: words that cannot be told)."""
        if words is None:
            return True
        low = lower_case(text) if self.flags else text
        return low is None or holds_any(low, words)  # None: "Decıdes", only the patterns can tell


def _holds(low: str, words: tuple[str, ...] | None) -> bool:
    return words is None or holds_any(low, words)


class UnknownLanguage(LookupError):
    pass


@cache
def lexicon(language: str) -> Lexicon:
    """The lexicon of a language, compiled once."""
    if language not in AVAILABLE:
        raise UnknownLanguage(language)
    raw = tomllib.loads(resources.files(__package__).joinpath(f"{language}.toml").read_text("utf-8"))
    flags = re.IGNORECASE if raw.get("case_insensitive") else 0
    numbers = raw["numbers"]
    ordinals, cardinals = _number_words(numbers)
    slots = {
        "ordinal": _alternation(numbers),
        "cardinal": "|".join(sorted((re.escape(w) for w in cardinals), key=len, reverse=True)) or r"\d+",
        "verbs": raw["clauses"]["verbs"],
        **raw.get("slots", {}),  # a language's own named parts, written once for the patterns using them
    }
    slots["opening"] = _fill(raw["clauses"]["opening"], slots)  # a clause's verb, where a boundary ends

    def compile_(pattern: str) -> Pattern:
        filled = _fill(pattern, slots)
        return CaselessPattern(filled) if flags and has_cased_letters(filled) else re.compile(filled)

    def compile_table(table: dict) -> dict:
        out: dict[str, Any] = {}
        for key, value in table.items():
            if isinstance(value, str):
                out[key] = compile_(value)
            elif isinstance(value, list) and value and isinstance(value[0], list):
                out[key] = [(compile_(pattern), meaning) for pattern, meaning in value]
            elif isinstance(value, list):
                out[key] = [compile_(pattern) for pattern in value]
            else:
                out[key] = value
        return out

    paragraphs = compile_table(raw["paragraphs"])
    # The lines that stand alone, in one pattern: layout tries it on every short line.
    paragraphs["standalone"] = compile_(f"(?:{raw['paragraphs']['annex']})|(?:{raw['paragraphs']['closing']})")
    meetings = compile_table(raw["meetings"])
    # Each theme pattern with its theme cut to one character: where its cue stands, found without
    # running to the paragraph's end at every cue a title turns down ("the expert on ... on ...").
    meetings["theme_cues"] = [compile_(p.replace("(?P<theme>.+)", "(?P<theme>.)")) for p in raw["meetings"]["theme"]]
    # All meeting nouns in one pattern, longest first, so one scan finds the first of them.
    # (No group per kind: named groups would stop `re` from jumping to the nouns' first letters.)
    any_kind = "|".join(pattern for pattern, _ in raw["meetings"]["kinds"])
    meetings["any_kind"] = compile_(any_kind)
    report_nouns = "|".join([*(pattern for pattern, _ in raw["reports"]["nouns"]), raw["reports"]["verb_report"]])

    def words(pattern: str) -> tuple[str, ...] | None:
        filled = _fill(pattern, slots)
        return required_words(lowered(filled) if flags else filled, most=_MOST_GATE_WORDS)

    return Lexicon(
        meeting_words=words(any_kind),
        report_words=words(report_nouns),
        ordering_words=_leading_words(words(raw["clauses"]["ordering"])),
        body_words=words(raw["meetings"]["body_noun"]) if "body_noun" in raw["meetings"] else None,
        kinds_look_around=any(_looks_around(pattern) for pattern, _ in raw["meetings"]["kinds"]),
        language=raw["language"],
        flags=flags,
        word_joiner=raw["word_joiner"],
        numbers=numbers,
        header=compile_table(raw["header"]),
        paragraphs=paragraphs,
        clauses=compile_table(raw["clauses"]),
        meetings=meetings,
        reports=compile_table(raw["reports"]),
        ordinals=ordinals,
        cardinals=cardinals,
    )


def _looks_around(pattern: str) -> bool:
    """Whether a match depends on text beyond its own (look-arounds, anchors, boundaries, conditionals)."""
    return any(mark in pattern for mark in ("(?<", "(?=", "(?!", "(?(", "\\b", "\\B", "\\A", "\\Z", "^", "$"))


def _leading_words(words: tuple[str, ...] | None) -> tuple[str, ...] | None:
    # A verb of two words ("calls upon") may be split by a line break or two spaces in the text.
    firsts = {word.split()[0] for word in words or () if word.split()}
    return tuple(sorted(firsts)) or None


def _fill(pattern: str, slots: dict[str, str]) -> str:
    # str.format would trip over regex braces such as \d{1,3}; replace named slots only.
    for name, value in slots.items():
        pattern = pattern.replace("{" + name + "}", f"(?:{value})")
    return pattern


def _number_words(numbers: dict) -> tuple[dict[str, int], dict[str, int]]:
    """All ordinal words 1-100 of a word-style language ("forty-sixth" -> 46)."""
    if numbers["style"] != "words":
        return {}, {}
    ordinals: dict[str, int] = {}
    ordinals.update(numbers["unit_ordinals"])
    ordinals.update(numbers["tens_ordinals"])
    units = {w: n for w, n in numbers["unit_ordinals"].items() if n < 10}
    for tens_word, tens in numbers["tens_cardinals"].items():
        for unit_word, unit in units.items():
            for sep in numbers["compound_separators"]:
                ordinals[f"{tens_word}{sep}{unit_word}"] = tens + unit
    return ordinals, dict(numbers.get("cardinals", {}))


def _alternation(numbers: dict) -> str:
    """The ordinal words as one pattern: "forty-sixth" as tens, separator, unit; longest first."""
    if numbers["style"] == "positional":
        return numbers["numeral"]

    def words(table: dict[str, int], below: int = 100) -> str:
        return "|".join(sorted((re.escape(w) for w, n in table.items() if n < below), key=len, reverse=True))

    separators = "".join(re.escape(sep) for sep in numbers["compound_separators"])
    compound = f"(?:{words(numbers['tens_cardinals'])})[{separators}](?:{words(numbers['unit_ordinals'], 10)})"
    simple = words(numbers["unit_ordinals"] | numbers["tens_ordinals"], 101)
    return f"{compound}|{simple}|{numbers['digit_ordinal']}"
