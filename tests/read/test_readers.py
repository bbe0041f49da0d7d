"""Reading .txt, .docx and .pdf resolutions, and refusing what is not one."""

from __future__ import annotations

import codecs
import errno
import io
import os
import zipfile
from pathlib import Path

import docx
import pytest

from planner.errors import ReadError
from planner.pipeline.resolutions import extract_file
from planner.read import read_lines

SEED = "a-hrc-43-l-draft-43-21.zh.txt"


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: t.encode("utf-16"),  # with BOM
        lambda t: t.encode("utf-16-le"),  # without BOM
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-le-no-bom"],
)
def test_text_encodings_read_alike(resolution_file, tmp_path, encode):
    text = resolution_file(SEED).read_text("utf-8")
    path = tmp_path / "seed.txt"
    path.write_bytes(encode(text))

    assert read_lines(path) == text.splitlines()


def test_docx_list_numbering_recovered(resolution_file):
    lines = [line for line in read_lines(resolution_file("a-hrc-res-20-18.en.docx")) if line]

    assert [line[:20] for line in lines if line[:1].isdigit()] == [
        "1. Decides to hold, ",
        "2. Requests the Offi",
        "3. Encourages all St",
    ]


def test_pdf_page_furniture_removed(resolution_file):
    lines = read_lines(resolution_file("a-hrc-43-l-draft-43-21.zh.pdf"))

    assert not any("GE.20-07912" in line for line in lines)
    assert not any(line.strip().isdigit() for line in lines)


@pytest.mark.parametrize("name", ["a-hrc-res-20-18.en.txt", "a-hrc-res-20-18.en.docx", "a-hrc-res-20-18.en.pdf"])
def test_english_formats_give_same_mandates(resolution_file, name):
    extraction = extract_file(resolution_file(name))

    assert extraction.document.session == 20
    assert extraction.document.agenda_item == 9
    assert [(m.paragraph, m.kind, m.high_level, m.session) for m in extraction.meetings] == [
        (1, "panel_discussion", True, 21)
    ]
    assert extraction.meetings[0].id == extract_file(resolution_file("a-hrc-res-20-18.en.txt")).meetings[0].id


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"", "the file is empty"),
        (
            "binary.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01",
            "contains NUL bytes: this is a binary file, not text",
        ),
        ("latin1.txt", "Décide de tenir".encode("latin-1"), "is not valid UTF-8 text (byte 1); save it as UTF-8"),
        ("notes.md", b"# hello", "unsupported file type '.md'; use .txt, .docx, .pdf, .doc, .odt or .rtf"),
        (
            "broken.docx",
            b"PK\x03\x04 this is not a zip",
            "is not a Word .docx file (not a zip archive); save it again from Word",
        ),
        ("broken.pdf", b"%PDF-1.7\n garbage", "is a damaged PDF that cannot be read; export it again as PDF"),
        (
            "text-named.pdf",
            b"1. Decides to hold a panel\n",
            "is not a PDF (no %PDF header); if it is plain text, name it .txt",
        ),
    ],
    ids=["empty", "binary", "not-utf8", "unsupported", "corrupt-docx", "corrupt-pdf", "text-named-pdf"],
)
def test_bad_input_one_line_error_naming_file(tmp_path, name, data, message):
    path = _write(tmp_path, name, data)

    with pytest.raises(ReadError) as caught:
        extract_file(path)

    assert str(caught.value).startswith(f"{path}: {message}")
    assert "\n" not in str(caught.value)


def test_missing_file_error(tmp_path):
    with pytest.raises(ReadError, match=r"missing\.txt: no such file$"):
        extract_file(tmp_path / "missing.txt")


def test_a_link_that_leads_nowhere(tmp_path):
    (tmp_path / "moved.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    for name in ("moved.txt", "loop.txt"):
        with pytest.raises(ReadError, match=rf"{name}: is a link to a file that is not there$"):
            extract_file(tmp_path / name)


def test_a_name_with_a_nul_is_no_file(tmp_path):
    with pytest.raises(ReadError, match=r"no such file$"):
        extract_file(str(tmp_path / "bad\0name.txt"))


def test_a_file_one_may_not_look_at(tmp_path, monkeypatch):
    # As a folder without search permission gives it (simulated: root, as in CI, may enter any).
    path = tmp_path / "res.txt"
    path.write_text("1. Decides to remain seized of the matter.\n", "utf-8")

    def refused(self, **_):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "stat", refused)
    with pytest.raises(
        ReadError, match=r"res\.txt: cannot be opened \(Permission denied\); check that you may read it$"
    ):
        extract_file(path)


def test_text_that_is_not_a_resolution(tmp_path):
    path = _write(tmp_path, "minutes.txt", b"Lunch menu\n\nSoup of the day and bread.\n")

    with pytest.raises(ReadError, match="does not look like a resolution or decision: no operative paragraph found"):
        extract_file(path)


def test_docx_without_body_text(tmp_path):
    path = tmp_path / "blank.docx"
    docx.Document().save(path)

    with pytest.raises(ReadError, match="the file has no text"):
        extract_file(path)


def test_docx_zip_bomb_refused(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * (210 * 1024 * 1024))

    with pytest.raises(
        ReadError, match=r"unpacks to 210 MB, more than a Word document has \(200 MB at most; a zip bomb"
    ):
        extract_file(path)


def test_docx_of_thousands_of_parts_refused(tmp_path):
    path = tmp_path / "parts.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(6000):
            archive.writestr(f"word/media/image{number}.png", b"")

    with pytest.raises(ReadError, match="holds 6,000 parts, more than a Word document has \\(5,000 at most\\)"):
        extract_file(path)


def test_unreadable_file_is_a_read_error(resolution_file, tmp_path, monkeypatch):
    # Tests run as root in CI, where permissions do not bite: the operating system's refusal is simulated.
    path = tmp_path / "locked.txt"
    path.write_bytes(resolution_file(SEED).read_bytes())

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(type(path), "read_bytes", refuse)

    with pytest.raises(
        ReadError, match=r"locked\.txt: cannot be opened \(Permission denied\); check that you may read it"
    ):
        read_lines(path)


def test_docx_with_a_text_too_large_for_the_xml_parser(tmp_path):
    # lxml stops at text nodes over 10 MB; such a file is not called damaged.
    original = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("1. Decides to convene a panel discussion")
    document.save(original)
    path = tmp_path / "huge.docx"
    with zipfile.ZipFile(original) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"a panel discussion", b"x" * (11 * 1024 * 1024))
            target.writestr(info, data)

    with pytest.raises(ReadError, match="holds a part too large to read; is it the right file"):
        extract_file(path)


def test_a_file_name_that_is_not_utf8_is_refused_by_name(tmp_path):
    path = _write(tmp_path, os.fsdecode(b"r\xe9s.txt"), b"1. Decides to remain seized of the matter.\n")

    with pytest.raises(ReadError) as refused:
        extract_file(path)

    assert str(refused.value) == (
        f"{tmp_path}/r\ufffds.txt: the file's name is not UTF-8 text (as in some zip files made on Windows); rename it"
    )


def _rewrapped(source: Path, target: Path, wrap) -> Path:
    """`source` with the XML around the words "Decides to" changed by `wrap(xml, at)`."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in original.infolist():
            data = original.read(item)
            if item.filename == "word/document.xml":
                xml = data.decode("utf-8")
                data = wrap(xml, xml.index("Decides to")).encode("utf-8")
            copy.writestr(item, data)
    return target


def _around(xml: str, at: int, tag: str, opening: str, closing: str) -> str:
    start = max(xml.rfind(f"<{tag}>", 0, at), xml.rfind(f"<{tag} ", 0, at))
    end = xml.index(f"</{tag}>", at) + len(f"</{tag}>")
    return xml[:start] + opening + xml[start:end] + closing + xml[end:]


@pytest.mark.parametrize(
    "tag, opening, closing",
    [
        ("w:r", '<w:ins w:id="90" w:author="Secretariat">', "</w:ins>"),  # a tracked insertion
        ("w:r", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"),  # a content control in the paragraph
        ("w:p", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"),  # a content control around it
        (  # a content control in a table cell
            "w:p",
            "<w:tbl><w:tr><w:tc><w:sdt><w:sdtContent>",
            "</w:sdtContent></w:sdt></w:tc></w:tr></w:tbl>",
        ),
    ],
)
def test_words_word_shows_are_read_wherever_they_sit(resolution_file, tmp_path, tag, opening, closing):
    # Resolution 20/18 as a Word file, its operative words moved into what drafts often hold.
    original = resolution_file("a-hrc-res-20-18.en.docx")
    changed = _rewrapped(original, tmp_path / "changed.docx", lambda xml, at: _around(xml, at, tag, opening, closing))

    assert read_lines(changed) == read_lines(original)
    assert any("Decides to" in line for line in read_lines(changed))


def test_deleted_words_are_not_read(resolution_file, tmp_path):
    deleted = '<w:del w:id="91" w:author="Secretariat"><w:r><w:t>Never adopted words. </w:t></w:r></w:del>'
    original = resolution_file("a-hrc-res-20-18.en.docx")
    changed = _rewrapped(original, tmp_path / "changed.docx", lambda xml, at: _around(xml, at, "w:r", deleted, ""))

    assert read_lines(changed) == read_lines(original)


@pytest.mark.parametrize(
    "real, message",
    [
        (
            "a-hrc-res-20-18.en.docx",
            "is a zip archive such as a Word file, not text; if it is a Word file, rename it to .docx",
        ),
        ("a-hrc-res-20-18.en.pdf", "is a PDF file, not text; rename it to .pdf"),
    ],
)
def test_a_word_or_pdf_file_named_txt_is_told_to_be_renamed(resolution_file, tmp_path, real, message):
    path = _write(tmp_path, "resolution.txt", resolution_file(real).read_bytes())

    with pytest.raises(ReadError) as refused:
        read_lines(path)

    assert str(refused.value) == f"{path}: {message}"
