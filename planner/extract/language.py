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
# Each script's lead bytes made its first one: one translation keeps them (deleting the rest) and
# sorts them, and one count a script counts its letters.
_TO_FIRST_LEAD = bytes.maketrans(
    bytes(b for lead in _LEAD_BYTES.values() for b in lead),
    bytes(lead[0] for lead in _LEAD_BYTES.values() for _ in lead),
)
_FUNCTION_WORDS = {
    "en": {"the", "of", "and", "to", "its", "on", "with", "that", "in"},
    "fr": {"le", "la", "les", "des", "du", "et", "à", "sur", "au", "aux", "une"},
    "es": {"el", "los", "las", "del", "y", "en", "con", "por", "una", "su"},
}
_LANGUAGE_OF_WORD = {word: code for code, vocab in _FUNCTION_WORDS.items() for word in vocab}


def detect_language(lines: list[str]) -> str:
    sample = _sample(lines)
    return _language(sample, _letters_by_script(sample.encode("utf-8")))


def other_language(lines: list[str], language: str) -> tuple[str, float] | None:
    """A second language that holds a long part of the text, with its share of the letters.

    A file may hold two language versions one after the other; the first one decides
    the language, and the other would be read with the wrong words."""
    text = "\n".join(lines)
    return _other(text, _sample(lines), language, _letters_by_script(text.encode("utf-8")))


class TextLanguage:
    """A text's language (`language` if given, else detected) and, asked for later, a second one
    that holds a long part of it (as other_language): the text joined, and its letters counted,
    once for both when the sample is the whole text, as most resolutions are short."""

    def __init__(self, lines: list[str], language: str | None = None):
        self._text = "\n".join(lines)
        # The lines' sample, but perhaps for a last line break (no letter and no word).
        self._sample = self._text[:_SAMPLE]
        self._letters: dict[str, int] | None = None  # of the whole text
        self.code = language or _language(self._sample, self._sample_letters())

    def _sample_letters(self) -> dict[str, int]:
        letters = _letters_by_script(self._sample.encode("utf-8"))
        if len(self._sample) == len(self._text):
            self._letters = letters
        return letters

    def other(self) -> tuple[str, float] | None:
        letters = self._letters if self._letters is not None else _letters_by_script(self._text.encode("utf-8"))
        return _other(self._text, self._sample, self.code, letters)


def _language(sample: str, letters: dict[str, int]) -> str:
    latin = max(letters["latin"], 1)
    for code in _LEAD_BYTES:
        # Chinese needs few characters to outweigh the Latin of symbols such as A/HRC/43/31.
        if letters[code] > (0.05 if code == "zh" else 0.25) * latin:
            return code
    return _latin_language(sample)


def _other(text: str, sample: str, language: str, letters: dict[str, int]) -> tuple[str, float] | None:
    if language in _FUNCTION_WORDS and (forced := _other_latin_language(sample, language)):
        return forced
    own = language if language in _LEAD_BYTES else "latin"
    if own == "latin" and not any(letters[code] for code in _LEAD_BYTES):  # most texts: one script
        return None
    total = sum(letters.values()) or 1
    for script, count in letters.items():
        if script != own and count >= _MIXED_LETTERS and count >= _MIXED_SHARE * total:
            return (_latin_language(text) if script == "latin" else script), count / total
    return None


def _other_latin_language(sample: str, language: str) -> tuple[str, float] | None:
    """Another Latin-script language than the one the text is read in (`--language en` on a French
    text), with its share of the function words; detection itself never disagrees with this."""
    found = _latin_language(sample)
    if found == language:
        return None
    scores = _scores(sample.lower().split())
    if scores[found] < _FEWEST_WORDS or scores[found] <= 2 * scores[language]:
        return None  # too few words to tell, or the two are close: no warning on a guess
    return found, scores[found] / sum(scores.values())


_FEWEST_WORDS = 3  # function words of the other language before it is named


def _letters_by_script(data: bytes) -> dict[str, int]:
    """Letters of each script in UTF-8 text, the other scripts' first, then the Latin."""
    # The lead bytes of other scripts' letters, set apart in one pass at C speed: most texts
    # have none, and counting each lead byte in the whole text would cost a pass each.
    leads = data.translate(_TO_FIRST_LEAD, _NOT_OTHER_LEAD)
    letters = {code: leads.count(lead_bytes[0]) for code, lead_bytes in _LEAD_BYTES.items()}
    letters["latin"] = len(data.translate(None, _NOT_ASCII_LETTER)) + data.count(_ACCENTED_LATIN)
    return letters


@lru_cache(maxsize=4)  # a text's opening is read twice: to detect, then to check (other_language)
def _latin_language(text: str) -> str:
    # Function words stand between spaces; splitting is faster than a word pattern.
    words = text.lower().split()
    if _NOT_ENGLISH_WORDS.isdisjoint(words):  # English wins ties: without the others' words, no count
        return "en"
    scores = _scores(words)
    return max(scores, key=lambda code: (scores[code], code == "en"))


_NOT_ENGLISH_WORDS = frozenset(word for code, vocab in _FUNCTION_WORDS.items() if code != "en" for word in vocab)


def _scores(words: list[str]) -> dict[str, int]:
    """How many of each language's function words are among the words (filtered at C speed)."""
    codes = Counter(map(_LANGUAGE_OF_WORD.__getitem__, filter(_LANGUAGE_OF_WORD.__contains__, words)))
    return {code: codes[code] for code in _FUNCTION_WORDS}


def _sample(lines: list[str]) -> str:
    # Each line adds at least its line break, so that many lines fill the sample (but perhaps
    # for a last line break, which is no letter and no word).
    return "\n".join(lines[:_SAMPLE])[:_SAMPLE]
