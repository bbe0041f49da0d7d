"""Hostile files: random and damaged bytes give a ReadError naming the file and what is wrong, never a crash."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.errors import ReadError
from planner.pipeline.resolutions import extract_file
from planner.read import read_lines

RESOLUTIONS = Path(__file__).resolve().parents[1] / "data" / "resolutions"
REAL = {suffix: (RESOLUTIONS / f"a-hrc-res-20-18.en{suffix}").read_bytes() for suffix in (".txt", ".docx", ".pdf")}
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# What a bad file may be told, by its kind; then any kind may hold no resolution.
FILE_ERRORS = {
    ".txt": [
        r"is a zip archive such as a Word file, not text; if it is a Word file, rename it to \.docx",
        r"is a PDF file, not text; rename it to \.pdf",
        r"contains NUL bytes: this is a binary file, not text",
        r"contains NUL characters: this is a binary file, not text",
        r"is not valid UTF-(8|16|16-LE|16-BE) text \(byte \d+\); save it as UTF-8",
    ],
    ".docx": [
        r"is not a Word \.docx file \(not a zip archive\); save it again from Word",
        r"is a damaged Word file; save it again from Word",
        r"is not a readable Word \.docx file \(\w+\)",
        r"is a damaged Word file \(\w+\)",
        # A damaged header can claim any size: the zip-bomb check refuses it before unpacking.
        r"unpacks to [\d,]+ MB, more than a Word document has \(200 MB at most; a zip bomb\?\); refusing to read it",
        r"holds [\d,]+ parts, more than a Word document has \(5,000 at most\); is it the right file\?",
    ],
    ".pdf": [
        r"is not a PDF \(no %PDF header\); if it is plain text, name it \.txt",
        r"is a damaged PDF that cannot be read; export it again as PDF",
        r"is a PDF with no text layer \(a scan\?\); it needs OCR before planner can read it",
    ],
}
TEXT_ERRORS = [
    r"the file is empty",
    r"the file has no text",
    r"does not look like a resolution or decision: no operative paragraph found",
    r"the header of .+ was read but no operative paragraph follows: the text may be cut short or incomplete; "
    r"use the complete official text",
]


def _try(tmp_path: Path, suffix: str, data: bytes) -> ReadError | None:
    """The error reading `data` as a file of `suffix` gives, checked: a ReadError naming the file."""
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    try:
        extract_file(path)
    except ReadError as err:
        assert type(err) is ReadError
        assert err.path == str(path)
        message = str(err).removeprefix(f"{path}: ")
        assert any(re.fullmatch(known, message) for known in FILE_ERRORS[suffix] + TEXT_ERRORS), str(err)
        return err
    return None


@SETTINGS
@given(suffix=st.sampled_from([".txt", ".docx", ".pdf"]), data=st.binary(max_size=4096))
def test_random_bytes_give_a_read_error_naming_the_file(tmp_path, suffix, data):
    error = _try(tmp_path, suffix, data)

    if suffix != ".txt":  # random bytes may be text ("1. a" is an operative paragraph), never Word or PDF
        assert error is not None


@SETTINGS
@given(
    suffix=st.sampled_from([".txt", ".docx", ".pdf"]),
    cuts=st.lists(st.tuples(st.integers(0, 10**6), st.binary(min_size=1, max_size=8)), min_size=1, max_size=6),
    truncate=st.one_of(st.none(), st.integers(0, 10**6)),
)
def test_damaged_real_files_read_or_give_a_read_error_naming_the_file(tmp_path, suffix, cuts, truncate):
    data = bytearray(REAL[suffix])
    for at, junk in cuts:
        at %= len(data)
        data[at : at + len(junk)] = junk
    if truncate is not None:
        data = data[: truncate % len(data)]
    _try(tmp_path, suffix, bytes(data))


def test_ten_megabytes_on_one_line_refused(tmp_path):
    path = tmp_path / "one-line.txt"
    path.write_text("1. Decides " + "x" * 10_000_000, "utf-8")

    with pytest.raises(ReadError, match=r"line 1 has 10,000,011 characters, which no resolution's paragraph has"):
        read_lines(path)


def test_file_over_size_limit_refused(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)

    with pytest.raises(ReadError, match=r"the file is 51 MB, over the 50 MB limit"):
        read_lines(path)


def test_encrypted_pdf_refused(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(RESOLUTIONS / "a-hrc-res-20-18.en.pdf").pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)

    with pytest.raises(ReadError, match=r"locked\.pdf: is an encrypted PDF; save an unprotected copy$"):
        read_lines(path)


def test_pdf_without_text_layer_refused(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as handle:
        writer.write(handle)

    with pytest.raises(ReadError, match=r"is a PDF with no text layer \(a scan\?\); it needs OCR"):
        read_lines(path)
