"""Which of the six UN languages a text is written in."""

from __future__ import annotations

import re
from collections import Counter

_SCRIPTS = (
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
)
_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")
_WORD = re.compile(r"[a-zà-ÿ]+")
_FUNCTION_WORDS = {
    "en": {"the", "of", "and", "to", "its", "on", "with", "that", "in"},
    "fr": {"le", "la", "les", "des", "du", "et", "à", "sur", "au", "aux", "une"},
    "es": {"el", "los", "las", "del", "y", "en", "con", "por", "una", "su"},
}


def detect_language(text: str) -> str:
    sample = text[:2000]  # the header and first paragraphs tell the language
    letters = max(len(_LATIN.findall(sample)), 1)
    for code, script in _SCRIPTS:
        # Chinese needs few characters to outweigh the Latin of symbols such as A/HRC/43/31.
        if len(script.findall(sample)) > (0.05 if code == "zh" else 0.25) * letters:
            return code
    words = Counter(_WORD.findall(sample.lower()))
    scores = {code: sum(words[w] for w in vocab) for code, vocab in _FUNCTION_WORDS.items()}
    return max(scores, key=lambda code: (scores[code], code == "en"))
