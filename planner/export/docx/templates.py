"""The shipped Word templates (package planner.templates, the repository's templates/)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.document import Document

PROGRAMME_TEMPLATE = "programme.docx"  # built by templates/build_programme_template.py


def templates_folder() -> Path:
    """The folder holding the shipped templates and wording files (package planner.templates)."""
    try:
        return Path(str(resources.files("planner.templates")))
    except ModuleNotFoundError:
        # Run from a checkout (python -m planner in the repository, the installed copy shadowed),
        # or an editable install made before templates/ was mapped: the repository's templates/.
        return Path(__file__).resolve().parents[3] / "templates"


def programme_document() -> Document:
    """A new document in the house style of the programme of work, the documentation list and
    the year grid: A4, Times New Roman, the headings, bullets and grid planner uses."""
    import docx  # here: the calendars and wording files ask this module for the folder alone

    return docx.Document(str(templates_folder() / PROGRAMME_TEMPLATE))
