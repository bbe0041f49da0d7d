"""The calendars' words in English: free text from a resolution in another language.

A chair, participants or report author read from a Chinese text is given in English when
it is one of the set phrases the summary-report drafts translate (templates/summary_report.
<language>.yaml, `phrases`); anything else is quoted and marked as in the original language,
never printed as if English ("Chair: 人权理事会主席" in an English calendar).
"""

from __future__ import annotations

import re
from functools import lru_cache

from planner.export.docx.templates import templates_folder
from planner.export.report.fields import written_in
from planner.export.report.wording import load_wording, phrase_equivalents, wording_file

_LANGUAGE_OF_SCRIPT = {"han": "Chinese", "arabic": "Arabic", "cyrillic": "Russian"}
_NOT_LATIN = re.compile("[\u3400-\u9fff\u0600-\u06ff\u0400-\u04ff]")  # the scripts above


@lru_cache(maxsize=1)
def _english_phrases() -> dict[str, str]:
    folder = templates_folder()
    return phrase_equivalents(load_wording(wording_file(folder, "en")), folder)


def english_phrase(text: str) -> str | None:
    """The English set phrase for `text` ("人权理事会主席" -> "the President of the Human Rights
    Council"), the text itself when it is English already, else None."""
    if not _NOT_LATIN.search(text):  # English, or no words at all ("0", a symbol)
        return text
    known = _english_phrases()
    return known.get(text.casefold()) or known.get(f"the {text}".casefold())


def in_english(text: str, hint: str = "") -> str:
    """`text` in English, or quoted with the language it is in: '"减贫" (in Chinese, as the
    resolution words it; give it in English in session.toml [themes])'."""
    english = english_phrase(text)
    if english is not None:
        return english
    language = next((name for script, name in _LANGUAGE_OF_SCRIPT.items() if written_in(text, script)), None)
    said = f"in {language}" if language else "in the resolution's language"
    return f'"{text}" ({said}, as the resolution words it{"; " + hint if hint else ""})'
