"""`planner extract --jobs N`: files read in N processes give the bytes of one process."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner.errors import PlannerError
from planner.export.extraction import json_document, table_document
from planner.pipeline.resolutions import extract_file, extract_files

RESOLUTIONS = Path(__file__).parents[1] / "data" / "resolutions"


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """Every real text (.txt, .docx, .pdf), copied often enough to fill several chunks, and
    two files that cannot be read among them."""
    folder = tmp_path / "archive"
    folder.mkdir()
    texts = sorted(p for p in RESOLUTIONS.iterdir() if p.suffix in (".txt", ".docx", ".pdf"))
    for copy in range(6):
        for text in texts:
            shutil.copyfile(text, folder / f"{copy}-{text.name}")
    (folder / "2-empty.txt").write_bytes(b"")
    (folder / "4-not-a-pdf.pdf").write_text("plain text named .pdf", "utf-8")
    return folder


def _extract(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "planner", "extract", *args], capture_output=True, check=False)


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_extract_jobs_2_prints_the_bytes_of_jobs_1(archive, fmt):
    one = _extract(str(archive), "--format", fmt, "--jobs", "1")
    two = _extract(str(archive), "--format", fmt, "--jobs", "2")

    assert one.returncode == 1  # the two bad files
    assert (two.returncode, two.stdout, two.stderr) == (one.returncode, one.stdout, one.stderr)
    assert one.stderr.decode().splitlines() == [
        f"planner: error: {archive / '2-empty.txt'}: the file is empty",
        f"planner: error: {archive / '4-not-a-pdf.pdf'}: is not a PDF (no %PDF header); if it is plain text, "
        "name it .txt",
    ]


def test_extract_jobs_2_writes_the_out_file_of_jobs_1(archive, tmp_path):
    _extract(str(archive), "--jobs", "1", "--out", str(tmp_path / "one.json"))
    two = _extract(str(archive), "--jobs", "2", "--out", str(tmp_path / "two.json"))

    assert two.returncode == 1
    assert (tmp_path / "two.json").read_bytes() == (tmp_path / "one.json").read_bytes()
    assert two.stderr.decode().splitlines()[-1] == f"wrote {tmp_path / 'two.json'} (96 document(s))"


def test_extract_files_in_processes_keeps_the_order_and_the_errors(archive):
    paths = sorted(archive.iterdir())

    results = list(extract_files(paths, json_document, jobs=2))  # rendered in the workers

    assert len(results) == len(paths) == 98
    for path, result in zip(paths, results, strict=True):
        if isinstance(result, PlannerError):
            with pytest.raises(PlannerError) as caught:
                extract_file(path)
            assert str(result) == str(caught.value)
        else:
            assert result == json_document(extract_file(path))


def test_extract_files_one_job_reads_each_file_when_asked(tmp_path):
    # One process streams: a file is read only when the caller takes its result.
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copyfile(RESOLUTIONS / "a-hrc-res-3-4.en.txt", first)
    results = extract_files([first, second], table_document, jobs=1)

    assert next(results).startswith(f"{first}\n")
    shutil.copyfile(RESOLUTIONS / "a-hrc-res-5-1.en.txt", second)  # written after the first was read
    assert next(results).startswith(f"{second}\n")
