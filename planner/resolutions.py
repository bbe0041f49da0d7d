"""Resolution files in, extractions out: the edge that joins the readers to the pure extractor."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from planner.errors import ReadError
from planner.extract import extract_lines
from planner.mandate import Extraction
from planner.read import read_lines, supported_files


def extract_file(
    path: str | Path, *, session: int | None = None, language: str | None = None, corrections: dict | None = None
) -> Extraction:
    """The mandates of one file, or a ReadError naming it."""
    return extract_lines(read_lines(path), str(path), session=session, language=language, corrections=corrections)


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, folders replaced by the resolution files in them."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = supported_files(path)
            if not found:
                raise ReadError("the folder holds no .txt, .docx or .pdf file", path=path)
            out.extend(found)
        else:
            out.append(path)
    return out
