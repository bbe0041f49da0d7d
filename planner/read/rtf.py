"""Rich Text Format (.rtf) resolutions, read with striprtf (pure Python, maintained on PyPI).

RTF is 7-bit text whose other characters are escapes (\\'e9, \\u20154?): striprtf turns them
into text with the code page the file declares.
"""

from __future__ import annotations

import re
from pathlib import Path

from planner.errors import ReadError

_CODE_PAGE = re.compile(rb"\\ansicpg(\d{3,5})")


def read_rtf(path: Path) -> list[str]:
    data = path.read_bytes()
    if not data.lstrip().startswith(b"{\\rtf"):
        raise ReadError("is not an RTF file (no {\\rtf header); if it is plain text, name it .txt", path=path)
    from striprtf.striprtf import rtf_to_text

    page = _CODE_PAGE.search(data[:4096])
    encoding = f"cp{int(page.group(1))}" if page else "cp1252"
    try:
        text = rtf_to_text(data.decode("latin-1"), encoding=encoding, errors="replace")
    except LookupError:  # a code page Python does not know
        text = rtf_to_text(data.decode("latin-1"), encoding="cp1252", errors="replace")
    except Exception as err:  # noqa: BLE001 - a damaged file can fail anywhere in the parser; it must end as one line
        raise ReadError(f"is a damaged RTF file ({type(err).__name__}); save it again", path=path) from None
    return text.splitlines()
