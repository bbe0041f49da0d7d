"""Word files are opened without python-docx, for the three parts planner reads, and read as
python-docx 1.2 read them: the same lines, and the same refusals of damaged packages."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from planner.errors import ReadError
from planner.read import word
from planner.read.word_package import WordParts

RESOLUTIONS = Path(__file__).resolve().parents[1] / "data" / "resolutions"
ENGLISH = RESOLUTIONS / "a-hrc-res-20-18.en.docx"
RELS = "word/_rels/document.xml.rels"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _python_docx_parts(path: Path) -> WordParts:
    """The parts as python-docx gives them, as the reader took them before (python-docx makes
    no numbering part where the file has none: NotImplementedError)."""
    document = docx.Document(str(path))
    missing = (KeyError, ValueError, NotImplementedError, AttributeError)
    try:
        styles = document.styles.element
    except missing:
        styles = None
    try:
        numbering = document.part.numbering_part.element
    except missing:
        numbering = None
    return WordParts(document.element.body, styles, numbering)


def _outcome(path: Path) -> tuple[str, object]:
    try:
        return "lines", word.read_docx(path)
    except ReadError as err:
        return "refused", str(err)


def _outcomes(path: Path, monkeypatch) -> tuple[tuple[str, object], tuple[str, object]]:
    """What planner's reader gives, and what it gives opening the file with python-docx and
    taking each run's text from python-docx's `run.text`."""
    own = _outcome(path)
    with monkeypatch.context() as patched:
        patched.setattr(word, "open_word_parts", _python_docx_parts)
        patched.setattr(word, "_run_text", lambda run: run.text)
        return own, _outcome(path)


def _changed(tmp_path: Path, edits: dict[str, object], source: Path = ENGLISH) -> Path:
    """`source` with members removed (None), replaced (bytes) or edited ((old, new) pairs); new names are added."""
    path = tmp_path / "changed.docx"
    edits = dict(edits)
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            data = original.read(info)
            edit = edits.pop(info.filename, data)
            if edit is None:
                continue
            if isinstance(edit, list):
                for old, new in edit:
                    assert old in data, old
                    data = data.replace(old, new, 1)
                edit = data
            copy.writestr(info, edit)
        for name, data in edits.items():
            copy.writestr(name, data)
    return path


def _relationship(rel_id: str, kind: str, target: str) -> bytes:
    return f'<Relationship Id="{rel_id}" Type="{RT}{kind}" Target="{target}"/></Relationships>'.encode()


def test_the_test_texts_read_as_python_docx_read_them(monkeypatch):
    for path in sorted(RESOLUTIONS.glob("*.docx")):
        own, before = _outcomes(path, monkeypatch)

        assert own == before
        assert own[0] == "lines"


def _body(document, xml: str) -> None:
    document.element.body.append(parse_xml(f"<w:p {nsdecls('w')}>{xml}</w:p>"))


def test_runs_tables_controls_and_changes_read_as_python_docx_read_them(tmp_path, monkeypatch):
    made = docx.Document()
    for words in ("Decides to convene a panel;", "Requests a report;"):
        made.add_paragraph(words, style="List Number")
    table = made.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "in a cell"
    table.cell(0, 1).add_table(rows=1, cols=1).cell(0, 0).text = "in a nested table"
    _body(
        made,
        "<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:ptab/><w:noBreakHyphen/><w:softHyphen/><w:cr/><w:t>c</w:t>"
        '<w:br/><w:br w:type="textWrapping"/><w:br w:type="page"/><w:br w:type="column"/><w:br w:type="odd"/>'
        "<w:t/><w:t>d<!-- a comment -->e</w:t><w:r><w:t>a run in a run</w:t></w:r></w:r>",
    )
    _body(
        made,
        '<w:ins w:id="1" w:author="a"><w:r><w:t>inserted </w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="a"><w:r><w:delText>deleted</w:delText></w:r></w:del>'
        '<w:moveFrom w:id="3" w:author="a"><w:r><w:t>moved away</w:t></w:r></w:moveFrom>'
        "<w:sdt><w:sdtContent><w:r><w:t>in a control</w:t></w:r></w:sdtContent></w:sdt>"
        "<w:r><w:pict><v:shape xmlns:v='urn:schemas-microsoft-com:vml'><v:textbox><w:txbxContent><w:p><w:r>"
        "<w:t>in a text box</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>",
    )
    path = tmp_path / "made.docx"
    made.save(path)

    own, before = _outcomes(path, monkeypatch)

    assert own == before
    assert "a\tb\t-\nc\n\nda run in a run" in own[1]


# Each a single fault, as a damaged file has; the message is python-docx's too.
PACKAGES = {
    "no main part": ({"word/document.xml": None}, r"is not a readable Word \.docx file \(KeyError\)"),
    "no styles part": ({"word/styles.xml": None}, r"\(KeyError\)"),
    "a relationship to no part": (
        {RELS: [(b"</Relationships>", _relationship("rId99", "image", "media/a.png"))]},
        r"\(KeyError\)",
    ),
    "no content types": ({"[Content_Types].xml": None}, r"\(KeyError\)"),
    "a part without content type": (
        {"[Content_Types].xml": [(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")]},
        r"\(KeyError\)",
    ),
    "no main relationship": (
        {"_rels/.rels": [(b"relationships/officeDocument", b"relationships/other")]},
        r"\(KeyError\)",
    ),
    "two main relationships": (
        {"_rels/.rels": [(b"</Relationships>", _relationship("rId9", "officeDocument", "word/document.xml"))]},
        r"\(ValueError\)",
    ),
    "the main part outside the file": (
        {"_rels/.rels": [(b'Target="word/document.xml"', b'Target="http://example.org/d.xml" TargetMode="External"')]},
        r"\(ValueError\)",
    ),
    "a template (.dotx)": ({"[Content_Types].xml": [(b"document.main+xml", b"template.main+xml")]}, r"\(ValueError\)"),
    "a relationship without target": (
        {RELS: [(b' Target="header1.xml"', b"")]},
        r"is a damaged Word file \(TypeError\)",
    ),
    "content types of another kind": (
        {"[Content_Types].xml": [(b"<Types ", b"<Typez "), (b"</Types>", b"</Typez>")]},
        r"is a damaged Word file \(AttributeError\)",
    ),
    "damaged relationships": ({RELS: [(b"</Relationships>", b"")]}, r"is a damaged Word file \(XMLSyntaxError\)"),
    "damaged styles": ({"word/styles.xml": [(b"</w:styles>", b"")]}, r"is a damaged Word file \(XMLSyntaxError\)"),
    "styles nested 300 deep": (
        {"word/styles.xml": [(b"</w:styles>", b"<w:x>" * 300 + b"</w:x>" * 300 + b"</w:styles>")]},
        "nested too deep",
    ),
    "the main part named from the root": (
        {"_rels/.rels": [(b'Target="word/document.xml"', b'Target="/word/document.xml"')]},
        None,
    ),
    "no styles relationship": ({RELS: [(f'Type="{RT}styles"'.encode(), b'Type="other"')]}, None),
    "styles outside the file": (
        {RELS: [(b'Target="styles.xml"', b'Target="http://example.org/s.xml" TargetMode="External"')]},
        None,
    ),
    "styles leading to the numbering": ({RELS: [(b'Target="styles.xml"', b'Target="numbering.xml"')]}, None),
    "numbering leading to the settings": ({RELS: [(b'Target="numbering.xml"', b'Target="settings.xml"')]}, None),
    "numbering leading to the theme": ({RELS: [(b'Target="numbering.xml"', b'Target="theme/theme1.xml"')]}, None),
    "two numbering relationships of one id": (
        {RELS: [(b"</Relationships>", _relationship("rId2", "numbering", "numbering.xml"))]},
        None,
    ),
    "no document relationships": ({RELS: None}, None),
}


@pytest.mark.parametrize(("edits", "refused"), PACKAGES.values(), ids=PACKAGES.keys())
def test_a_package_is_refused_or_read_as_python_docx_did(tmp_path, monkeypatch, edits, refused):
    path = _changed(tmp_path, edits)

    own, before = _outcomes(path, monkeypatch)

    assert own == before
    if refused is None:
        assert own[0] == "lines"
    else:
        assert own[0] == "refused" and re.search(refused, own[1]), own


def test_a_damaged_part_planner_does_not_read_no_longer_refuses_the_file(tmp_path, monkeypatch):
    # python-docx parsed the settings too, and refused the file for them.
    path = _changed(tmp_path, {"word/settings.xml": [(b"</w:settings>", b"")]})

    own, before = _outcomes(path, monkeypatch)

    assert own == ("lines", word.read_docx(ENGLISH))
    assert before == ("refused", f"{path}: is a damaged Word file (XMLSyntaxError)")


@pytest.mark.parametrize(
    "change",
    [
        lambda xml: re.sub(rb"<w:body>.*</w:body>", b"", xml, flags=re.S),
        lambda xml: xml.replace(b"<w:document ", b"<w:other ").replace(b"</w:document>", b"</w:other>"),
    ],
    ids=["no body", "another root"],
)
def test_a_main_part_without_body_is_refused_not_a_crash(tmp_path, change):
    # python-docx gave no body, and the reader before stopped on an AttributeError.
    with zipfile.ZipFile(ENGLISH) as archive:
        xml = archive.read("word/document.xml")
    path = _changed(tmp_path, {"word/document.xml": change(xml)})

    with pytest.raises(ReadError) as refused:
        word.read_docx(path)
    assert str(refused.value) == f"{path}: is a damaged Word file (AttributeError)"


def test_only_the_parts_read_are_unzipped(tmp_path, monkeypatch):
    path = tmp_path / "english.docx"
    path.write_bytes(ENGLISH.read_bytes())
    unzipped = []
    read = zipfile.ZipFile.read
    monkeypatch.setattr(zipfile.ZipFile, "read", lambda self, name, pwd=None: unzipped.append(name) or read(self, name))

    word.read_docx(path)

    assert sorted(unzipped) == sorted(
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "word/_rels/document.xml.rels",
            "customXml/_rels/item1.xml.rels",
            "word/document.xml",
            "word/styles.xml",
            "word/numbering.xml",
        ]
    )


def test_a_file_of_many_parts_opens_at_once(tmp_path):
    # The relationships are followed without recursion, and each part is looked up once.
    made = docx.Document()
    made.add_paragraph("Decides to convene a panel;")
    buffer = io.BytesIO()
    made.save(buffer)
    chain = {
        f"word/_rels/p{n}.xml.rels": (
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="r" Type="x" Target="p{n + 1}.xml"/></Relationships>'
        ).encode()
        for n in range(2000)
    } | {f"word/p{n}.xml": b"<x/>" for n in range(2001)}
    source = tmp_path / "source.docx"
    source.write_bytes(buffer.getvalue())
    path = _changed(tmp_path, {RELS: [(b"</Relationships>", _relationship("rId99", "x", "p0.xml"))]} | chain, source)

    assert [line for line in word.read_docx(path) if line] == ["Decides to convene a panel;"]
