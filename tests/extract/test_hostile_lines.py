"""Pathological lines of 199,000 characters (issue "Hostile files and faults", cases 4 and 6): every
reader and the extractor finish within a generous budget. Each line is built to make one of the
patterns of planner/read or planner/extract try every split of a long run (they took seconds to
minutes before); the budget is loose for a busy 2-core machine."""

from __future__ import annotations

import io
import time
import zlib

import docx
import pytest

from planner.errors import ReadError
from planner.pipeline.resolutions import extract_file
from planner.read import read_lines, showable

BUDGET = 2.0  # seconds a file
LENGTH = 199_000  # just inside the longest paragraph a file may have (200,000 characters)


def _filled(head: str, unit: str, tail: str = "") -> str:
    return head + unit * ((LENGTH - len(head) - len(tail)) // len(unit)) + tail


LINES = {
    "spaces after a clause mark": _filled("Noting the report;", " ", "!"),
    "a long word before a hyphen": _filled("Noting ", "a", "--"),
    "a long number word before an hour": _filled("1. Decides to convene a panel of ", "ty", "-hour"),
    "hyphenated compounds": _filled("1. Decides to convene a two-hour panel ", "ty-", "hour"),
    "numbers with dots": _filled("1. Decides to convene a panel ", "1.", "1-hour"),
    "theme of the, again and again": _filled("1. Decides to convene a panel ", "theme of the ", "-"),
    "titles before every on": _filled("1. Decides to convene a panel ", "expert on ", ""),
    "spaces in a chair": _filled("1. Decides to convene a panel chaired by the", " ", "x"),
    "spaces in a theme": _filled("1. Decides to convene a panel on the theme", " ", "x;"),
    "commas after requests": _filled("1. Requests the Office ", ", within", ""),
    "zh numerals with dots": _filled("1. 决定召开会议", "1.", "--"),
    "zh 关于 without punctuation": _filled("1. 请编写", "关于", "报告"),
    "zh chair without its end": _filled("1. 决定召开会议，由", "主", "持"),
}


def _text(line: str) -> str:
    opener = "人权理事会，" if line.startswith("1. 决定") or line.startswith("1. 请") else "The Human Rights Council,"
    return f"{opener}\n\n{line}\n"


def _write_txt(path, text: str) -> None:
    path.write_text(text, "utf-8")


def _write_docx(path, text: str) -> None:
    made = docx.Document()
    for line in text.splitlines():
        made.add_paragraph(line)
    buffer = io.BytesIO()
    made.save(buffer)
    path.write_bytes(buffer.getvalue())


def _write_pdf(path, text: str) -> None:
    """A one-page PDF with each line drawn by a Tj operator (Latin only: Helvetica has no Chinese)."""
    shown = "".join(
        f"BT /F1 10 Tf 20 {800 - 14 * n} Td ({line.replace(chr(92), '').replace('(', '').replace(')', '')}) Tj ET\n"
        for n, line in enumerate(text.splitlines())
    ).encode("latin-1", "replace")
    stream = zlib.compress(shown)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))


WRITERS = {".txt": _write_txt, ".docx": _write_docx, ".pdf": _write_pdf}


def _timed_extraction(path) -> float:
    started = time.perf_counter()
    try:
        extract_file(path)
    except ReadError as err:  # a refusal is an answer too, if it is one line naming the file
        assert str(err).startswith(str(path)) and "\n" not in str(err)
    return time.perf_counter() - started


@pytest.mark.parametrize("line", list(LINES.values()), ids=list(LINES))
def test_the_extractor_reads_a_pathological_line_in_bounded_time(tmp_path, line):
    path = tmp_path / "hostile.txt"
    _write_txt(path, _text(line))

    assert _timed_extraction(path) < BUDGET


@pytest.mark.parametrize("suffix", list(WRITERS))
@pytest.mark.parametrize(
    "name", ["spaces after a clause mark", "a long word before a hyphen", "titles before every on"]
)
def test_each_reader_reads_a_pathological_line_in_bounded_time(tmp_path, suffix, name):
    path = tmp_path / f"hostile{suffix}"
    WRITERS[suffix](path, _text(LINES[name]))

    assert _timed_extraction(path) < BUDGET


_HIDDEN = "\x01\x07\x08\x0e\x1f"


def test_control_characters_in_a_pdf_text_are_dropped(tmp_path):
    path = tmp_path / "controls.pdf"
    _write_pdf(path, "The Human Rights Council,\n\n1. Decides to con\x07vene a panel on po\x01verty\x1f;\n")

    lines = read_lines(path)
    assert not any(char in line for line in lines for char in _HIDDEN)
    assert [m.theme for m in extract_file(path).meetings] == ["poverty"]


@pytest.mark.parametrize(
    "char",
    [*map(chr, (*range(0x01, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)), *"\ufffe\uffff\u202a\u202e\u2066\u2069"],
)
def test_a_character_no_output_may_carry_is_dropped_from_a_text_file(tmp_path, char):
    # Texts without one are not read line by line for them: the quick look must find each.
    text = f"The Human Rights Council,\n\n1. Decides to con{char}vene a “panel” on poverty;\n"
    path = tmp_path / "hidden.txt"
    path.write_text(text, "utf-8")

    assert read_lines(path) == [showable(line) for line in text.splitlines()]
    assert not any(char in line for line in read_lines(path))


def test_a_text_ordering_20000_meetings_is_read_in_linear_time(tmp_path):
    # 1.6 MB; each meeting's id was found by trying every suffix taken before it (24 s).
    clause = "decides to convene a panel discussion at its forty-sixth session"
    body = "\n\n".join(f"{n}. " + ", and ".join([clause] * 200).capitalize() + ";" for n in range(1, 101))
    path = tmp_path / "many.txt"
    path.write_text("The Human Rights Council,\n\n" + body + "\n", "utf-8")

    started = time.perf_counter()
    extraction = extract_file(path)
    assert time.perf_counter() - started < 15.0
    assert len(extraction.meetings) == len({m.id for m in extraction.meetings}) == 20_000
    assert [m.id.rsplit("-op1", 1)[1] for m in extraction.meetings[:3]] == ["-s46", "-2", "-3"]
