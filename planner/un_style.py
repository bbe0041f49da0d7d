"""Session numbers in words, as the Council prints them in each language.

English spells the ordinal ("forty-sixth session"); Chinese writes the number in
Chinese numerals inside 第…届会议 ("第四十六届会议"), so its function returns the
numerals only and the wording file supplies 第 and 届会议. Sessions run to about
100, so a small exact table beats a general number-to-words library.
Languages without a function here get None; the draft then marks the number
as a placeholder instead of guessing (add French, Spanish, Russian, Arabic here).
"""

from __future__ import annotations

from collections.abc import Callable

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
