"""The Word template of summary-report drafts: where it is, and whether it is usable.

The styles live in the template (templates/summary_report.docx, built by
templates/build_template.py); code refers to them by name only. A secretariat may
pass its house template instead: it must define the styles in STYLES, attach list
numbering to the numbered-paragraph style and have a footnotes part. Anything
missing is reported on load, naming the template, before a draft is written.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from planner.errors import InputError
from planner.export.docx.templates import templates_folder
from planner.files import check_archive

TEMPLATE_NAME = "summary_report.docx"

# role in the draft -> style name in the template
STYLES = {
    "organization": "UN Header Organization",
    "symbol": "UN Header Symbol",
    "body": "UN Header Body",
    "distribution": "UN Header Distribution",
    "session_heading": "UN Session Heading",
    "session_line": "UN Session Line",
    "agenda_title": "UN Agenda Title",
    "title": "UN Title",
    "author": "UN Author Line",
    "summary_heading": "UN Summary Heading",
    "summary_text": "UN Summary Text",
    "chapter": "UN Chapter Heading",
    "subheading": "UN Subheading",
    "paragraph": "UN Numbered Paragraph",
    "end": "UN End Line",
    "page_header": "UN Page Header",
    "footnote_text": "footnote text",
    "footnote_reference": "footnote reference",
    "placeholder": "Placeholder",
    "header_table": "UN Header Table",
    "summary_box": "UN Summary Box",
}
_CHARACTER_ROLES = {"footnote_reference", "placeholder"}
_TABLE_ROLES = {"header_table", "summary_box"}


def open_template(path: Path | None = None) -> Document:
    """Open the template as a new document, after checking it has what a draft needs."""
    path = Path(path) if path is not None else templates_folder() / TEMPLATE_NAME
    if not path.is_file():
        raise InputError("Word template not found", path=path)
    check_archive(path, InputError)
    try:
        document = docx.Document(str(path))
    except (etree.LxmlError, zlib.error, EOFError) as error:  # a part that cannot be parsed or unpacked
        message = f"is a damaged Word file ({type(error).__name__}); open it in Word and save it again"
        raise InputError(message, path=path) from None
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise InputError(
            "is not a Word document planner can use (a part is missing); save it again from Word as .docx",
            path=path,
        ) from None
    check_template(document, path)
    return document


def check_template(document: Document, path: Path) -> None:
    styles = {style.name: style for style in document.styles}
    for role, name in STYLES.items():
        style = styles.get(name)
        if style is None:
            shipped = templates_folder() / TEMPLATE_NAME
            raise InputError(
                f"missing style '{name}'; start your template from {shipped}, which has them all", path=path
            )
        expected = _style_type(role)
        if style.type != expected:
            raise InputError(f"style '{name}' must be a {expected.name.lower()} style", path=path)
    numbered = styles[STYLES["paragraph"]].element.pPr
    if numbered is None or numbered.numPr is None:
        raise InputError(f"style '{STYLES['paragraph']}' has no list numbering attached", path=path)
    if not any(rel.reltype == RT.FOOTNOTES for rel in document.part.rels.values()):
        raise InputError("template has no footnotes part; save it once from Word with a footnote", path=path)
    section = document.sections[-1]
    if None in (section.page_width, section.left_margin, section.right_margin):
        raise InputError("template sets no page width or margins (Layout > Margins in Word)", path=path)


def _style_type(role: str) -> WD_STYLE_TYPE:
    if role in _CHARACTER_ROLES:
        return WD_STYLE_TYPE.CHARACTER
    if role in _TABLE_ROLES:
        return WD_STYLE_TYPE.TABLE
    return WD_STYLE_TYPE.PARAGRAPH


def style_id(document: Document, role: str) -> str:
    return document.styles[STYLES[role]].style_id
