"""How UN documents write numbers and dates: one place for every writer.

Session numbers in words, as the Council prints them in each language: English spells
the ordinal ("forty-sixth session"); Chinese writes the number in Chinese numerals
inside 第…届会议 ("第四十六届会议"), so its function returns the numerals only and the
wording file supplies 第 and 届会议. Sessions run to about 100, so a small exact table
beats a general number-to-words library. Languages without a function here get None;
the draft then marks the number as a placeholder instead of guessing (add French,
Spanish, Russian, Arabic here).

Then the English forms the programme, the calendars and the scheduler's reasons print:
"46th", "26 February 2021", "Friday 26 February 2021", "15.00", "summary report"; which
of the year's three sessions a session is; and the slug that names files and calendar
UIDs. Pure standard library, so the scheduler (core) and the exporters share it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from typing import Literal

_EN_UNITS = [
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_ORDINAL_UNITS = [
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

_ZH_DIGITS = "零一二三四五六七八九"


def english_ordinal(number: int) -> str:
    """46 -> "forty-sixth"; 100 -> "one hundredth"; 101 -> "one hundred and first"."""
    _check(number)
    hundreds, rest = divmod(number, 100)
    if hundreds:
        head = f"{_EN_UNITS[hundreds]} hundred"
        return f"{head}th" if rest == 0 else f"{head} and {english_ordinal(rest)}"
    if rest < 20:
        return _EN_ORDINAL_UNITS[rest]
    tens, units = divmod(rest, 10)
    if units == 0:
        return _EN_TENS[tens][:-1] + "ieth"  # twenty -> twentieth
    return f"{_EN_TENS[tens]}-{_EN_ORDINAL_UNITS[units]}"


def chinese_numeral(number: int) -> str:
    """46 -> "四十六"; 10 -> "十"; 101 -> "一百零一"."""
    _check(number)
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    text = ""
    if hundreds:
        text = _ZH_DIGITS[hundreds] + "百"
        if rest and tens == 0:
            return text + "零" + _ZH_DIGITS[units]
    if tens:
        text += ("" if tens == 1 and not hundreds else _ZH_DIGITS[tens]) + "十"
    if units:
        text += _ZH_DIGITS[units]
    return text


def _check(number: int) -> None:
    if not 1 <= number <= 999:
        raise ValueError(f"session number must be between 1 and 999, got {number}")


SESSION_WORDS: dict[str, Callable[[int], str]] = {"en": english_ordinal, "zh": chinese_numeral}


def session_words(number: int, language: str) -> str | None:
    """The session number as the language's wording expects it, or None if not known."""
    words = SESSION_WORDS.get(language)
    return words(number) if words else None


# Names spelled out rather than from strftime, which follows the process locale.
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def ordinal(number: int) -> str:
    """46 -> "46th", 1 -> "1st", 12 -> "12th"."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def weekday_name(day: dt.date) -> str:
    """ "Friday"."""
    return _DAYS[day.weekday()]


def day_month(day: dt.date) -> str:
    """ "26 February"."""
    return f"{day.day} {_MONTHS[day.month - 1]}"


def un_date(day: dt.date) -> str:
    """ "26 February 2021"."""
    return f"{day_month(day)} {day.year}"


def long_date(day: dt.date) -> str:
    """ "Friday 26 February 2021"."""
    return f"{weekday_name(day)} {un_date(day)}"


def short_date(day: dt.date) -> str:
    """ "Fri 26 Feb 2021"."""
    return f"{_DAYS[day.weekday()][:3]} {day.day} {_MONTHS[day.month - 1][:3]} {day.year}"


def short_span(first: dt.date, last: dt.date) -> str:
    """ "22 Feb-12 Mar 2021"."""
    return f"{first.day} {_MONTHS[first.month - 1][:3]}-{last.day} {_MONTHS[last.month - 1][:3]} {last.year}"


def clock(moment: dt.datetime | dt.time) -> str:
    """ "15:00", as calendars and tables print a time."""
    return f"{moment:%H:%M}"


def un_clock(moment: dt.datetime | dt.time) -> str:
    """ "15.00", as a UN programme of work prints a time."""
    return f"{moment:%H.%M}"


# -- the year's sessions -------------------------------------------------------------

SessionOfYear = Literal["main", "june", "september"]


def session_of_year(opening: dt.date) -> SessionOfYear:
    """Which of the year's three regular sessions opens on `opening`.

    The main session opens in late February or March, the June session in late May or
    June, the September session in September (every session 1-61 fits: the 3rd, of
    November 2006, counts as a September session).
    """
    if opening.month <= 4:
        return "main"
    if opening.month <= 8:
        return "june"
    return "september"


# -- names ---------------------------------------------------------------------------

REPORT_NAMES = {
    "summary_report": "summary report",
    "report": "report",
    "oral_update": "oral update",
}

_SLUG_PLAIN = re.compile(r"[A-Za-z0-9/._ -]+")  # texts made of these slug apart in practice
_SLUG_LONGEST = 48


def slug(text: str) -> str:
    """ "A/HRC/RES/43/21" -> "a-hrc-res-43-21": for file names and calendar UIDs.

    Other characters, or a text longer than 48 characters in slug form, get a hash of
    the original appended, so that two texts never share a slug ("第43/21号" is not "43-21").
    """
    plain = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if _SLUG_PLAIN.fullmatch(text) and 0 < len(plain) <= _SLUG_LONGEST:
        return plain
    return f"{plain[:39].strip('-')}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]}"
