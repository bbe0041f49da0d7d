"""Real Word footnotes in a document written with python-docx.

python-docx (1.2) has no footnote API: it carries word/footnotes.xml through as an
opaque part. No well-kept library fills that gap for python-docx documents (the
add-ons found are forks of python-docx or unmaintained), and a footnote is small,
well-specified OOXML (ECMA-376 Part 1, section 17.11), so planner writes it itself:

- in the body, a run holding <w:footnoteReference w:id="n"/> (styled "footnote reference");
- in the footnotes part, <w:footnote w:id="n"> whose paragraph (styled "footnote text")
  starts with <w:footnoteRef/>, the number Word and LibreOffice print.

The template supplies the part with Word's separator notes (ids -1 and 0). Notes are
gathered while the body is built and written into the part after saving, at the zip
level (see docx_determinism.repack), so no private python-docx API is touched.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Sequence

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

_PKG_RELS = "_rels/.rels"


class Footnotes:
    """Footnotes of one document, numbered 1, 2, ... in the order they are referenced."""

    def __init__(self, *, text_style: str, reference_style: str, rtl: bool = False):
        self._text_style = text_style  # style ids, looked up in the template by name
        self._reference_style = reference_style
        self._rtl = rtl
        self._notes: list[etree._Element] = []

    def __len__(self) -> int:
        return len(self._notes)

    def reference(self, runs: Sequence[etree._Element]) -> etree._Element:
        """Add a footnote made of `runs`; return the run that marks it in the body."""
        note_id = len(self._notes) + 1
        self._notes.append(self._footnote(note_id, runs))
        run = self._styled_run()
        reference = OxmlElement("w:footnoteReference")
        reference.set(qn("w:id"), str(note_id))
        run.append(reference)
        return run

    def part_xml(self, existing: bytes) -> bytes:
        """The footnotes part with these notes, replacing any sample notes of the template."""
        root = etree.fromstring(existing)
        for note in root.findall(qn("w:footnote")):
            if int(note.get(qn("w:id"), "0")) > 0:
                root.remove(note)
        root.extend(self._notes)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    def _footnote(self, note_id: int, runs: Sequence[etree._Element]) -> etree._Element:
        note = OxmlElement("w:footnote")
        note.set(qn("w:id"), str(note_id))
        paragraph = OxmlElement("w:p")
        properties = OxmlElement("w:pPr")
        style = OxmlElement("w:pStyle")
        style.set(qn("w:val"), self._text_style)
        properties.append(style)
        if self._rtl:
            properties.append(OxmlElement("w:bidi"))
        paragraph.append(properties)
        # The number hangs in the indent (style "footnote text"); a tab leads to the text.
        number = self._styled_run()
        number.append(OxmlElement("w:footnoteRef"))
        paragraph.append(number)
        paragraph.append(_tab_run())
        paragraph.extend(runs)
        note.append(paragraph)
        return note

    def _styled_run(self) -> etree._Element:
        run = OxmlElement("w:r")
        properties = OxmlElement("w:rPr")
        style = OxmlElement("w:rStyle")
        style.set(qn("w:val"), self._reference_style)
        properties.append(style)
        run.append(properties)
        return run


def _tab_run() -> etree._Element:
    run = OxmlElement("w:r")
    run.append(OxmlElement("w:tab"))
    return run


def footnotes_part_name(archive: zipfile.ZipFile) -> str | None:
    """Zip name of the main document's footnotes part ("word/footnotes.xml"), if it has one."""
    main = _target(archive, _PKG_RELS, RT.OFFICE_DOCUMENT, base="")
    if main is None:
        return None
    folder, name = posixpath.split(main)
    return _target(archive, posixpath.join(folder, "_rels", f"{name}.rels"), RT.FOOTNOTES, base=folder)


def _target(archive: zipfile.ZipFile, rels_name: str, reltype: str, *, base: str) -> str | None:
    try:
        rels = etree.fromstring(archive.read(rels_name))
    except KeyError:
        return None
    for rel in rels:
        if rel.get("Type") == reltype:
            target = rel.get("Target", "")
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join(base, target))
    return None
