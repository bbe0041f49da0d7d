"""The three parts of a Word package planner reads: the body, the styles and the list numbering.

python-docx, which opened Word files here before, unzips every part of the package and parses
each XML one (headers, settings, comments...). The package is walked here as python-docx 1.2
walks it, from the same files (content types, relationships) with the same XML parser, but only
those three parts are unzipped and parsed. A package python-docx refuses is refused with the
exception it raised, which the caller's messages name; one it opens gives the same three parts.
What python-docx alone saw: damaged bytes inside a part planner does not read (an image, a
header), now read past.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

# python-docx's parser (docx/oxml/parser.py): no entity is resolved, and lxml's guards stay on
# (no huge_tree), so a part nested over 256 deep or with a text node over 10 MB is an error.
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_DOCUMENT = _WORD + "document.main+xml"
_STYLES = _WORD + "styles+xml"
# The content types python-docx parses as XML (docx/__init__.py); a part of any other is bytes,
# with no element to read numbering from.
_XML_TYPES = {"application/vnd.openxmlformats-package.core-properties+xml", _DOCUMENT, _STYLES} | {
    _WORD + kind for kind in ("comments+xml", "footer+xml", "header+xml", "numbering+xml", "settings+xml")
}


@dataclass(frozen=True)
class WordParts:
    body: Any  # the document's w:body element
    styles: Any  # the root of the styles part, or None when python-docx gives no styles of the file's
    numbering: Any  # the root of the numbering part, or None


def open_word_parts(path: Path) -> WordParts:
    """The parts of the .docx at `path`, or the exception python-docx's Document(path) raised."""
    with zipfile.ZipFile(path) as archive:
        return _Package(archive).word_parts()


@dataclass
class _Relationship:
    base: str  # the folder of the part it is from, where a relative target starts
    id: str | None
    type: str | None
    target: str | None
    external: bool

    @property
    def partname(self) -> str:
        # As python-docx's PackURI.from_rel_ref: a None target is a TypeError here, as there.
        return posixpath.abspath(posixpath.join(self.base, self.target))  # type: ignore[arg-type]


@dataclass
class _Part:
    content_type: str | None
    reltype: str | None  # of the relationship first leading to it: by an image's, python-docx loads an image
    relationships: list[_Relationship] = field(default_factory=list)

    @property
    def is_xml(self) -> bool:
        return self.content_type in _XML_TYPES and self.reltype != _RELATIONSHIP + "image"


class _Package:
    def __init__(self, archive: zipfile.ZipFile):
        self.archive = archive
        self.names = set(archive.namelist())  # what zipfile's read finds; a KeyError for any other name
        self.overrides, self.defaults = _content_types(archive.read("[Content_Types].xml"))
        self.relationships = self._relationships_of("/")
        self.parts = self._walk()

    def word_parts(self) -> WordParts:
        main = _related(self.relationships, _RELATIONSHIP + "officeDocument")
        document = self.parts[main]
        styles = _related_or_none(document.relationships, _RELATIONSHIP + "styles")
        numbering = _related_or_none(document.relationships, _RELATIONSHIP + "numbering")
        roots = {
            name: _parse(self.archive.read(name[1:]))
            for name, part in self.parts.items()  # in python-docx's order, for its first error to be raised
            if name in (main, styles, numbering) and part.is_xml
        }
        if document.content_type != _DOCUMENT:  # a template (.dotx), a macro document (.docm)...
            raise ValueError(f"not a Word file, content type is {document.content_type!r}")
        if not document.is_xml:  # reached first as an image: python-docx has no document in it
            raise AttributeError("the main part is no XML part")
        root = roots[main]
        body = root.find(f"{_W}body") if root.tag == f"{_W}document" else None
        if body is None:
            raise AttributeError("the main part has no body")
        # Any XML part gives python-docx a numbering element, only a styles part gives styles.
        return WordParts(
            body,
            roots.get(styles) if styles is not None and self.parts[styles].content_type == _STYLES else None,
            roots.get(numbering) if numbering is not None else None,
        )

    def _walk(self) -> dict[str, _Part]:
        """Every part the relationships lead to, depth first from the package's, as python-docx
        loads them: a missing part, or one with no content type, is a KeyError."""
        parts: dict[str, _Part] = {}
        stack = [iter(self.relationships)]
        while stack:
            relationship = next(stack[-1], None)
            if relationship is None:
                stack.pop()
                continue
            if relationship.external:
                continue
            name = relationship.partname
            if name in parts:
                continue
            relationships = self._relationships_of(name)
            if name[1:] not in self.names:  # python-docx unzips every part; only those planner reads are, here
                raise KeyError(f"no part {name} in the file")
            parts[name] = _Part(self._content_type(name), relationship.type, relationships)
            stack.append(iter(relationships))
        return parts

    def _relationships_of(self, name: str) -> list[_Relationship]:
        folder, filename = posixpath.split(name)
        member = posixpath.join(folder, "_rels", f"{filename}.rels")[1:]
        if member not in self.names:
            return []
        root = _parse(self.archive.read(member))
        if root.tag != f"{_RELS}Relationships":  # python-docx finds no relationship list on another root
            raise AttributeError("a relationships part of another kind")
        return [
            _Relationship(
                folder, rel.get("Id"), rel.get("Type"), rel.get("Target"), rel.get("TargetMode") == "External"
            )
            for rel in root.findall(f"{_RELS}Relationship")
        ]

    def _content_type(self, name: str) -> str | None:
        if name.lower() in self.overrides:
            return self.overrides[name.lower()]
        extension = posixpath.splitext(name)[1]
        extension = extension[1:] if extension.startswith(".") else extension
        if extension.lower() in self.defaults:
            return self.defaults[extension.lower()]
        raise KeyError(f"no content type for partname '{name}' in [Content_Types].xml")


def _related(relationships: list[_Relationship], reltype: str) -> str:
    """The part the one relationship of the type leads to: python-docx keeps the last of those
    with the same id, and raises a KeyError for none, a ValueError for more or one outside."""
    by_id = {rel.id: rel for rel in relationships}
    matching = [rel for rel in by_id.values() if rel.type == reltype]
    if not matching:
        raise KeyError(f"no relationship of type {reltype!r}")
    if len(matching) > 1 or matching[0].external:
        raise ValueError(f"more than one relationship of type {reltype!r}, or one outside the file")
    return matching[0].partname


def _related_or_none(relationships: list[_Relationship], reltype: str) -> str | None:
    """The styles or numbering part: none (python-docx then makes an empty one), more than one or
    one outside the file give None, as python-docx's KeyError and ValueError did to planner."""
    try:
        return _related(relationships, reltype)
    except (KeyError, ValueError):
        return None


def _content_types(xml: bytes) -> tuple[dict[str, str | None], dict[str, str | None]]:
    """The content types by part name and by extension, both in lower case as python-docx looks them up."""
    root = _parse(xml)
    if root.tag != f"{_TYPES}Types":
        raise AttributeError("a content types part of another kind")
    # A missing name or extension is an AttributeError (None has no .lower()), as in python-docx.
    overrides = {o.get("PartName").lower(): o.get("ContentType") for o in root.findall(f"{_TYPES}Override")}
    defaults = {d.get("Extension").lower(): d.get("ContentType") for d in root.findall(f"{_TYPES}Default")}
    return overrides, defaults


def _parse(xml: bytes) -> Any:
    return etree.fromstring(xml, _PARSER)
