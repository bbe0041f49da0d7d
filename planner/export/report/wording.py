"""The words of a summary-report draft, per language, read from a YAML file.

Each language has `summary_report.<language>.yaml` beside the Word template (in
templates/, shipped as planner.templates), so a secretariat edits wording without
touching Python. A wording file is validated when loaded; a mistake is reported
as one line naming the file and the key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from planner.core.mandate import Language, MeetingKind
from planner.errors import InputError
from planner.export.report.text import Segment, Value, fill
from planner.files import load_yaml


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Fonts(_Model):
    """Fonts set on every run; None leaves the template's style font."""

    latin: str | None = None
    east_asia: str | None = None
    complex: str | None = None


class ListWords(_Model):
    pair: str  # "{0} and {1}"
    separator: str  # between all but the last two of three or more
    last: str  # before the last of three or more

    def join(self, items: list[str]) -> str:
        if len(items) <= 1:
            return "".join(items)
        if len(items) == 2:
            return self.pair.format(*items)
        return self.separator.join(items[:-1]) + self.last + items[-1]


class DateWords(_Model):
    months: list[str] = Field(min_length=12, max_length=12)
    day: str
    same_month: str
    same_year: str
    other_year: str

    def date(self, day: dt.date) -> str:
        return self.day.format(day=day.day, month=self.months[day.month - 1], year=day.year)

    def span(self, first: dt.date, last: dt.date) -> str:
        """ "22 February–24 March 2021", "2021年2月22日至3月24日"."""
        if first == last:
            return self.date(first)
        if (first.year, first.month) == (last.year, last.month):
            pattern = self.same_month
        elif first.year == last.year:
            pattern = self.same_year
        else:
            pattern = self.other_year
        return pattern.format(
            day1=first.day,
            month1=self.months[first.month - 1],
            year1=first.year,
            day2=last.day,
            month2=self.months[last.month - 1],
            year2=last.year,
        )


class Marks(_Model):
    translate: str  # a fact written in another language: "[translate: {text}]"
    theme: str
    chair: str
    participants: str
    report_author: str


class HeaderWords(_Model):
    organization: str
    symbol: str
    body: str
    distribution: list[str]
    council: str
    session: str
    session_assumed: str
    session_dates_unknown: str
    session_dates_projected: str
    agenda_item: str
    agenda_items: str
    agenda_items_unknown: str


class KindWords(_Model):
    title: str  # "Panel discussion"
    noun: str  # "panel discussion"
    article: str | None = None  # "a"

    def with_article(self) -> str:
        return f"{self.article} {self.noun}" if self.article else self.noun


class Citations(_Model):
    resolution: str
    decision: str
    unknown: str


class SummaryWords(_Model):
    heading: str
    text: str


class Clauses(_Model):
    due_stated: str
    due_unstated: str


class Subheading(_Model):
    subheading: tuple[str, str]  # number, text


class Section(_Model):
    heading: tuple[str, str]  # number ("I."), text ("Introduction")
    blocks: list[str | Subheading]


class FootnoteWords(_Model):
    resolution: str
    paragraph_one: str
    paragraph_many: str


class Wording(_Model):
    language: Language
    direction: Literal["ltr", "rtl"] = "ltr"
    script: Literal["latin", "han", "cyrillic", "arabic"]
    lang_tag: str
    fonts: Fonts
    lists: ListWords
    dates: DateWords
    marks: Marks
    header: HeaderWords
    kinds: dict[str, KindWords]
    citations: Citations
    title: str
    author: str
    summary: SummaryWords
    clauses: Clauses
    sections: list[Section] = Field(min_length=1)
    footnotes: FootnoteWords
    # Set phrases of resolutions by role ("president": "the President of the Human Rights
    # Council"), so that a draft gives a chair or author written in another language in its own.
    phrases: dict[str, str] = Field(default_factory=dict)
    _path: Path | None = PrivateAttr(default=None)  # the file it was read from, for errors

    @field_validator("kinds")
    @classmethod
    def _every_kind_named(cls, kinds: dict[str, KindWords]) -> dict[str, KindWords]:
        missing = [kind for kind in get_args(MeetingKind) if kind not in kinds]
        if missing:
            raise ValueError(f"no words for meeting kind(s) {', '.join(missing)}")
        return kinds

    def kind(self, kind: str, high_level: bool) -> KindWords:
        key = f"high_level_{kind}"
        return self.kinds[key] if high_level and key in self.kinds else self.kinds[kind]

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def path(self) -> Path | None:
        return self._path

    def fill(self, template: str, facts: Mapping[str, Value], key: str) -> list[Segment]:
        """Fill one of this wording's templates; an error names the wording file and the key."""
        if self._path is None:
            return fill(template, facts, where=f"{self.language} wording, {key}")
        return fill(template, facts, where=key, path=self._path)


def wording_file(folder: Path, language: str) -> Path:
    return folder / f"summary_report.{language}.yaml"


def load_wording(path: Path) -> Wording:
    """Read and check one wording file; InputError names the file and the bad key.

    A file is read once while it is unchanged (its modification time and size).
    """
    if not path.is_file():
        raise InputError("no wording file for this language; copy summary_report.en.yaml and translate it", path=path)
    stat = path.stat()
    return _read_wording(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=16)
def _read_wording(path: Path, _mtime_ns: int, _size: int) -> Wording:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError("is not UTF-8 text; save it as UTF-8", path=path) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else None
        raise InputError(f"not valid YAML: {getattr(error, 'problem', error)}", path=path, where=where) from None
    try:
        wording = Wording.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or "(top)"
        raise InputError(first["msg"], path=path, where=key) from None
    wording._path = path
    return wording


def phrase_equivalents(wording: Wording, folder: Path) -> dict[str, str]:
    """Set phrases of every other wording file in `folder`, mapped to this wording's phrase for the same role."""
    equivalents: dict[str, str] = {}
    for path in sorted(folder.glob("summary_report.*.yaml")):
        other = load_wording(path)
        for role, phrase in other.phrases.items():
            if role in wording.phrases and other.language != wording.language:
                equivalents[phrase.casefold()] = wording.phrases[role]
    return equivalents
