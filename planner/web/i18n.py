"""The interface's languages: English first, every string ready for translation (gettext).

Catalogues are the .po files under locale/<code>/LC_MESSAGES/planner.po, compiled by Babel
when first used (no build step). Arabic pages are written right to left.
"""

from __future__ import annotations

import gettext
import io
from functools import cache
from pathlib import Path

LOCALE = Path(__file__).parent / "locale"
LANGUAGES = {"en": "English", "ar": "العربية", "fr": "Français", "es": "Español", "ru": "Русский", "zh": "中文"}
RIGHT_TO_LEFT = {"ar"}
COOKIE = "planner_language"


def direction(code: str) -> str:
    return "rtl" if code in RIGHT_TO_LEFT else "ltr"


def chosen(cookie: str | None) -> str:
    return cookie if cookie in LANGUAGES else "en"


@cache
def translations(code: str) -> gettext.NullTranslations:
    """The catalogue of a language; English (the source strings) where there is none."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    po = LOCALE / code / "LC_MESSAGES" / "planner.po"
    if not po.is_file():
        return gettext.NullTranslations()
    with po.open("rb") as source:
        catalog = read_po(source, locale=code)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)
