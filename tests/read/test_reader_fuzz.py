"""Hostile files: random and damaged bytes give the project's own error, never a crash."""

from __future__ import annotations

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


def _try(tmp_path: Path, suffix: str, data: bytes) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    try:
        extract_file(path)
    except ReadError as err:
        assert str(err).startswith(str(path)) and "\n" not in str(err)


@SETTINGS
@given(suffix=st.sampled_from([".txt", ".docx", ".pdf"]), data=st.binary(max_size=4096))
def test_random_bytes_never_crash(tmp_path, suffix, data):
    _try(tmp_path, suffix, data)


@SETTINGS
@given(
    suffix=st.sampled_from([".txt", ".docx", ".pdf"]),
    cuts=st.lists(st.tuples(st.integers(0, 10**6), st.binary(min_size=1, max_size=8)), min_size=1, max_size=6),
    truncate=st.one_of(st.none(), st.integers(0, 10**6)),
)
def test_damaged_real_files_never_crash(tmp_path, suffix, cuts, truncate):
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
