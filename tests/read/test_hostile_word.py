"""Hostile .docx files (issue "Hostile files and faults", cases 2, 5, 6 and 8): each is read in
bounded time, correctly with the bad part ignored, or refused in one line naming the file."""

from __future__ import annotations

import io
import re
import time
import zipfile

import docx
import pytest

from planner.errors import ReadError
from planner.read import read_lines
from planner.read.word import MAX_PARAGRAPHS

_LIST = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'


def _numbered(lvl: str, num_id: str = "7") -> dict[str, str]:
    """A list definition (abstract 70, list 7) with the level `lvl`, and two paragraphs in it."""
    numbering = (
        f'<w:abstractNum w:abstractNumId="70">{lvl}</w:abstractNum>'
        '<w:num w:numId="7"><w:abstractNumId w:val="70"/></w:num></w:numbering>'
    )
    body = "".join(
        f"<w:p><w:pPr>{_LIST.format(num_id=num_id)}</w:pPr><w:r><w:t>{words}</w:t></w:r></w:p>"
        for words in ("Decides to convene a panel;", "Requests a report;")
    )
    return {"word/numbering.xml": numbering, "word/document.xml": body}


def _docx(tmp_path, parts: dict[str, str], name: str = "hostile.docx"):
    """A Word file made by python-docx, with parts changed: a body replaces the document's, the
    end of the numbering part is replaced, other parts are edited by (old, new) pairs."""
    made = docx.Document()
    made.add_paragraph("placeholder")
    buffer = io.BytesIO()
    made.save(buffer)
    path = tmp_path / name
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = (
                source.read(item).decode("utf-8", "surrogateescape")
                if item.filename.endswith((".xml", ".rels"))
                else None
            )
            if data is not None and item.filename in parts:
                data = _edit(item.filename, data, parts[item.filename])
            target.writestr(item, source.read(item) if data is None else data.encode("utf-8", "surrogateescape"))
    return path


def _edit(name: str, data: str, change) -> str:
    if name == "word/document.xml":
        return re.sub(r"<w:body>.*</w:body>", lambda _: f"<w:body>{change}</w:body>", data, flags=re.S)
    if name == "word/numbering.xml":
        return re.sub(r"<w:abstractNum .*</w:numbering>", lambda _: change, data, flags=re.S)
    for old, new in change:
        assert old in data, old
        data = data.replace(old, new)
    return data


def _timed_lines(path, budget: float = 5.0) -> list[str]:
    started = time.perf_counter()
    lines = [line for line in read_lines(path) if line]
    assert time.perf_counter() - started < budget
    return lines


def _level(ilvl: str = ' w:ilvl="0"', start: str = "1", fmt: str = "decimal") -> str:
    return f'<w:lvl{ilvl}><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl>'


def test_a_style_based_on_itself_is_read(tmp_path):
    style = '<w:style w:type="paragraph" w:styleId="Looping"><w:name w:val="Looping"/><w:basedOn w:val="Looping"/></w:style>'
    body = '<w:p><w:pPr><w:pStyle w:val="Looping"/></w:pPr><w:r><w:t>Decides to convene a panel;</w:t></w:r></w:p>'
    path = _docx(tmp_path, {"word/styles.xml": [("</w:styles>", style + "</w:styles>")], "word/document.xml": body})

    assert _timed_lines(path) == ["Decides to convene a panel;"]


def test_styles_based_on_each_other_in_a_ring_are_read(tmp_path):
    ring = "".join(
        f'<w:style w:type="paragraph" w:styleId="S{n}"><w:name w:val="S{n}"/><w:basedOn w:val="S{(n + 1) % 3}"/></w:style>'
        for n in range(3)
    )
    body = '<w:p><w:pPr><w:pStyle w:val="S0"/></w:pPr><w:r><w:t>Decides to convene a panel;</w:t></w:r></w:p>'
    path = _docx(tmp_path, {"word/styles.xml": [("</w:styles>", ring + "</w:styles>")], "word/document.xml": body})

    assert _timed_lines(path) == ["Decides to convene a panel;"]


def test_a_numbered_style_in_a_ring_still_numbers(tmp_path):
    ring = (
        '<w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/><w:basedOn w:val="B"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="B"><w:name w:val="B"/><w:basedOn w:val="A"/>'
        f"<w:pPr>{_LIST.format(num_id=7)}</w:pPr></w:style>"
    )
    parts = _numbered(_level(' w:ilvl="0"'))
    parts["word/document.xml"] = parts["word/document.xml"].replace(_LIST.format(num_id=7), '<w:pStyle w:val="A"/>')
    parts["word/styles.xml"] = [("</w:styles>", ring + "</w:styles>")]

    assert _timed_lines(_docx(tmp_path, parts)) == ["1. Decides to convene a panel;", "2. Requests a report;"]


def test_a_roman_list_starting_at_a_trillion_is_read_at_once(tmp_path):
    path = _docx(tmp_path, _numbered(_level(start="1000000000000", fmt="upperRoman")))

    # Past a 32-bit number the start is damaged: the list counts from 1.
    assert _timed_lines(path) == ["I. Decides to convene a panel;", "II. Requests a report;"]


def test_a_roman_list_past_3999_is_numbered_in_figures(tmp_path):
    path = _docx(tmp_path, _numbered(_level(start="2000000000", fmt="upperRoman")))

    assert _timed_lines(path) == ["2000000000. Decides to convene a panel;", "2000000001. Requests a report;"]


@pytest.mark.parametrize(
    ("level", "num_id", "expected"),
    [
        (_level(ilvl=""), "7", ["Decides to convene a panel;", "Requests a report;"]),
        (_level(ilvl=' w:ilvl="x"'), "7", ["Decides to convene a panel;", "Requests a report;"]),
        (_level(ilvl=' w:ilvl="4000000000"'), "7", ["Decides to convene a panel;", "Requests a report;"]),
        (_level(start="abc"), "7", ["1. Decides to convene a panel;", "2. Requests a report;"]),
        (_level(start="9" * 5000), "7", ["1. Decides to convene a panel;", "2. Requests a report;"]),
        (_level(), "abc", ["Decides to convene a panel;", "Requests a report;"]),
    ],
    ids=[
        "level without ilvl",
        "ilvl not a number",
        "ilvl past any level",
        "start not a number",
        "start of 5,000 digits",
        "numId not a number",
    ],
)
def test_a_damaged_list_definition_is_read_without_it(tmp_path, level, num_id, expected):
    assert _timed_lines(_docx(tmp_path, _numbered(level, num_id))) == expected


def test_styles_without_their_content_type_are_read(tmp_path):
    types = [
        (
            '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
            "",
        )
    ]
    parts = _numbered(_level()) | {"[Content_Types].xml": types}

    assert _timed_lines(_docx(tmp_path, parts)) == ["1. Decides to convene a panel;", "2. Requests a report;"]


def test_numbering_outside_the_file_is_ignored(tmp_path):
    rels = [('Target="numbering.xml"', 'Target="http://example.org/numbering.xml" TargetMode="External"')]
    parts = _numbered(_level()) | {"word/_rels/document.xml.rels": rels}

    assert _timed_lines(_docx(tmp_path, parts)) == ["Decides to convene a panel;", "Requests a report;"]


def test_as_many_empty_paragraphs_as_allowed_read_in_linear_time(tmp_path):
    # Each paragraph's style was looked up by scanning every style: a million took over 180 s.
    body = "<w:p/>" * (MAX_PARAGRAPHS - 1) + "<w:p><w:r><w:t>Decides to convene a panel;</w:t></w:r></w:p>"
    path = _docx(tmp_path, {"word/document.xml": body})

    assert _timed_lines(path, budget=10.0) == ["Decides to convene a panel;"]


def test_a_million_empty_paragraphs_are_refused_at_once(tmp_path):
    path = _docx(tmp_path, {"word/document.xml": "<w:p/>" * 1_000_000})  # 48 KB zipped

    started = time.perf_counter()
    with pytest.raises(ReadError) as caught:
        read_lines(path)
    assert time.perf_counter() - started < 10.0
    assert str(caught.value) == (
        f"{path}: holds over 100,000 paragraphs, more than any resolution; is it the right file?"
    )
