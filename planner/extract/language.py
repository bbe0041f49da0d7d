"""Which of the six UN languages a text is written in."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

_SAMPLE = 2000  # characters: the header and first paragraphs tell the language
# A character's first UTF-8 byte names its Unicode block; bytes.translate and bytes.count
# sort them at C speed, where a character class scans several times slower.
_LEAD_BYTES = {
    "zh": range(0xE4, 0xEA),  # U+4000-U+9FFF, the CJK ideographs
    "ar": range(0xD8, 0xDC),  # U+0600-U+06FF
    "ru": range(0xD0, 0xD4),  # U+0400-U+04FF
}
_ACCENTED_LATIN = 0xC3  # U+00C0-U+00FF
# A passage in another script this long, and this share of the letters, is another language
# version, not a symbol (A/HRC/43/31) or a name quoted in a Chinese text.
_MIXED_LETTERS, _MIXED_SHARE = 300, 0.15
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
_NOT_OTHER_LEAD = bytes(b for b in range(256) if not any(b in lead for lead in _LEAD_BYTES.values()))
_FUNCTION_WORDS = {
    "en": {"the", "of", "and", "to", "its", "on", "with", "that", "in"},
    "fr": {"le", "la", "les", "des", "du", "et", "à", "sur", "au", "aux", "une"},
    "es": {"el", "los", "las", "del", "y", "en", "con", "por", "una", "su"},
}
_ANY_FUNCTION_WORD = frozenset().union(*_FUNCTION_WORDS.values())


def detect_language(lines: list[str]) -> str:
    sample = _sample(lines)
    letters = _letters_by_script(sample)
    latin = max(letters["latin"], 1)
    for code in _LEAD_BYTES:
        # Chinese needs few characters to outweigh the Latin of symbols such as A/HRC/43/31.
        if letters[code] > (0.05 if code == "zh" else 0.25) * latin:
            return code
    return _latin_language(sample)


def other_language(lines: list[str], language: str) -> tuple[str, float] | None:
    """A second language that holds a long part of the text, with its share of the letters.

    A file may hold two language versions one after the other; the first one decides
    the language, and the other would be read with the wrong words."""
    if language in _FUNCTION_WORDS and (forced := _other_latin_language(lines, language)):
        return forced
    text = "\n".join(lines)
    data = text.encode("utf-8")
    letters = _other_scripts(data)
    own = language if language in _LEAD_BYTES else "latin"
    if own == "latin" and not any(letters.values()):  # most texts: one script, no Latin to count
        return None
    letters["latin"] = _latin_letters(data)
    total = sum(letters.values()) or 1
    for script, count in letters.items():
        if script != own and count >= _MIXED_LETTERS and count >= _MIXED_SHARE * total:
            return (_latin_language(text) if script == "latin" else script), count / total
    return None


def _other_latin_language(lines: list[str], language: str) -> tuple[str, float] | None:
    """Another Latin-script language than the one the text is read in (`--language en` on a French
    text), with its share of the function words; detection itself never disagrees with this."""
    sample = _sample(lines)
    found = _latin_language(sample)
    if found == language:
        return None
    words = Counter(filter(_ANY_FUNCTION_WORD.__contains__, sample.lower().split()))
    scores = {code: sum(map(words.__getitem__, vocab)) for code, vocab in _FUNCTION_WORDS.items()}
    if scores[found] < _FEWEST_WORDS or scores[found] <= 2 * scores[language]:
        return None  # too few words to tell, or the two are close: no warning on a guess
    return found, scores[found] / sum(scores.values())


_FEWEST_WORDS = 3  # function words of the other language before it is named


def _letters_by_script(text: str) -> dict[str, int]:
    data = text.encode("utf-8")
    return _other_scripts(data) | {"latin": _latin_letters(data)}


def _other_scripts(data: bytes) -> dict[str, int]:
    """Letters of each script but the Latin in UTF-8 text."""
    # The lead bytes of other scripts' letters, set apart in one pass at C speed: most texts
    # have none, and counting each lead byte in the whole text would cost a pass each.
    leads = data.translate(None, _NOT_OTHER_LEAD)
    return {code: sum(map(leads.count, lead_bytes)) for code, lead_bytes in _LEAD_BYTES.items()}


def _latin_letters(data: bytes) -> int:
    return len(data.translate(None, _NOT_ASCII_LETTER)) + data.count(_ACCENTED_LATIN)


@lru_cache(maxsize=4)  # a text's opening is read twice: to detect, then to check (other_language)
def _latin_language(text: str) -> str:
    # Function words stand between spaces; splitting is faster than a word pattern, and
    # only they are counted (filtered at C speed).
    words = Counter(filter(_ANY_FUNCTION_WORD.__contains__, text.lower().split()))
    scores = {code: sum(map(words.__getitem__, vocab)) for code, vocab in _FUNCTION_WORDS.items()}
    return max(scores, key=lambda code: (scores[code], code == "en"))


def _sample(lines: list[str]) -> str:
    # Each line adds at least its line break, so that many lines fill the sample (but perhaps
    # for a last line break, which is no letter and no word).
    return "\n".join(lines[:_SAMPLE])[:_SAMPLE]
