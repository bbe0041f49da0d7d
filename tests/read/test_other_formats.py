"""Word 97-2003 (.doc), OpenDocument (.odt) and RTF resolutions: read like their .txt, or named.

The .doc files are made from the real .txt texts by LibreOffice (as the UN's document system
serves them); .odt and .rtf are written with odfpy and by hand, so those tests need no LibreOffice.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from planner.cli import main
from planner.errors import ReadError
from planner.pipeline.resolutions import extract_file
from planner.read import read_lines
from planner.read.doc import soffice

TEXTS = ["a-hrc-res-20-18.en.txt", "a-hrc-43-l-draft-43-21.zh.txt"]
SAMPLE = Path(__file__).resolve().parents[2] / "sample_sessions" / "hrc46"
needs_soffice = pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")


def _write_odt(lines: list[str], path: Path) -> Path:
    from odf import text
    from odf.opendocument import OpenDocumentText

    document = OpenDocumentText()
    for line in lines:
        document.text.addElement(text.P(text=line))
    document.save(str(path))
    return path


def _write_rtf(lines: list[str], path: Path) -> Path:
    def escaped(line: str) -> str:
        line = line.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
        return "".join(c if ord(c) < 128 else f"\\u{ord(c) if ord(c) < 32768 else ord(c) - 65536}?" for c in line)

    body = "".join(f"{escaped(line)}\\par\n" for line in lines)
    path.write_bytes(("{\\rtf1\\ansi\\ansicpg1252\\deff0\n" + body + "}").encode("ascii"))
    return path


def _convert(source: Path, suffix: str, folder: Path) -> Path:
    command = soffice()
    assert command is not None
    subprocess.run(
        [
            command,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--infilter=Text (encoded):UTF8",
            "--convert-to",
            suffix.lstrip("."),
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return folder / f"{source.stem}{suffix}"


def _meetings(path: Path) -> list[tuple]:
    extraction = extract_file(path)
    return [(m.id, m.session, m.agenda_item, m.chair, m.theme, m.participants) for m in extraction.meetings]


@pytest.mark.parametrize("name", TEXTS, ids=["en", "zh"])
@pytest.mark.parametrize("write", [_write_odt, _write_rtf], ids=["odt", "rtf"])
def test_odt_and_rtf_give_the_mandates_of_the_txt(resolution_file, tmp_path, name, write):
    source = resolution_file(name)
    suffix = ".odt" if write is _write_odt else ".rtf"
    copy = write(source.read_text("utf-8").splitlines(), tmp_path / f"{source.stem}{suffix}")

    assert _meetings(copy) == _meetings(source)
    assert _meetings(copy) != []


@needs_soffice
@pytest.mark.parametrize("name", TEXTS, ids=["en", "zh"])
@pytest.mark.parametrize("suffix", [".doc", ".odt", ".rtf"])
def test_files_saved_by_an_office_suite_give_the_mandates_of_the_txt(resolution_file, tmp_path, name, suffix):
    source = resolution_file(name)
    copy = _convert(shutil.copy(source, tmp_path / source.name), suffix, tmp_path / "saved")

    assert _meetings(copy) == _meetings(source)


@needs_soffice
def test_plan_reads_a_doc_odt_and_rtf_in_the_resolutions_folder(tmp_path):
    session = tmp_path / "hrc46"
    shutil.copytree(SAMPLE, session)
    texts = session / "resolutions"
    seed = next(texts.glob("*43-21*.txt"))
    # The seed as a .doc, the other texts as .odt and .rtf: every meeting is still planned.
    _convert(seed, ".doc", texts)
    seed.unlink()
    for path, write in zip(sorted(texts.glob("*.txt")), [_write_odt, _write_rtf], strict=False):
        write(path.read_text("utf-8").splitlines(), path.with_suffix(".odt" if write is _write_odt else ".rtf"))
        path.unlink()
    original = CliRunner().invoke(main, ["plan", str(SAMPLE), "--out", str(tmp_path / "a")])
    converted = CliRunner().invoke(main, ["plan", str(session), "--out", str(tmp_path / "b")])

    assert (original.exit_code, converted.exit_code) == (0, 0), converted.output
    placed = [line for line in original.output.splitlines() if line.startswith("  ") and "[" in line]
    assert placed == [line for line in converted.output.splitlines() if line.startswith("  ") and "[" in line]
    assert "a-hrc-res-43-21-op8-s46" in converted.output


def test_doc_without_libreoffice_is_one_line_saying_what_to_do(resolution_file, tmp_path, monkeypatch):
    path = tmp_path / "seed.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs"))

    with pytest.raises(ReadError) as caught:
        read_lines(path)

    assert str(caught.value) == (
        f"{path}: is a Word 97-2003 .doc file, read with LibreOffice, which is not installed here; "
        "install LibreOffice, or save the file as .docx"
    )


def test_rtf_saved_as_doc_is_read_as_rtf(resolution_file, tmp_path):
    source = resolution_file(TEXTS[0])
    path = _write_rtf(source.read_text("utf-8").splitlines(), tmp_path / "word-rich-text.doc")

    assert _meetings(path) == _meetings(source)


@pytest.mark.parametrize(
    "name, data, message",
    [
        (
            "text.doc",
            b"1. Decides to hold a panel\n",
            "is not a Word 97-2003 .doc file; save it again from Word (as .docx)",
        ),
        (
            "text.odt",
            b"1. Decides to hold a panel\n",
            "is not an OpenDocument .odt file (not a zip archive); save it again",
        ),
        (
            "text.rtf",
            b"1. Decides to hold a panel\n",
            "is not an RTF file (no {\\rtf header); if it is plain text, name it .txt",
        ),
        ("empty.rtf", b"{\\rtf1\\ansi }", "the file has no text"),
    ],
    ids=["doc", "odt", "rtf", "rtf-without-text"],
)
def test_a_file_not_of_its_format_is_one_line(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)

    with pytest.raises(ReadError) as caught:
        read_lines(path)

    assert str(caught.value) == f"{path}: {message}"


def test_a_spreadsheet_named_odt_is_refused(tmp_path):
    import zipfile

    path = tmp_path / "table.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")

    with pytest.raises(ReadError) as caught:
        read_lines(path)

    assert str(caught.value) == (
        f"{path}: is an OpenDocument file of another kind (application/vnd.oasis.opendocument.spreadsheet), not a text"
    )
