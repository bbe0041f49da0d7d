"""Faults and hostile files (issue "Hostile files and faults", cases 9, 13 and 17, and the
content-stream limit of PDFs): each gives one line naming the file, or a right result, in
bounded time."""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from planner.cli import main
from planner.errors import InputError, ReadError
from planner.read import pdf, read_lines

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_sessions" / "hrc46"
RESOLUTIONS = Path(__file__).resolve().parent / "data" / "resolutions"
CHINESE = RESOLUTIONS / "a-hrc-43-l-draft-43-21.zh.txt"
ENGLISH_DOCX = RESOLUTIONS / "a-hrc-res-20-18.en.docx"
PLANNER = [sys.executable, "-m", "planner"]


def _session(tmp_path: Path) -> Path:
    folder = tmp_path / "hrc46"
    shutil.copytree(SAMPLE, folder)
    return folder


def _plan(*args: str):
    return CliRunner().invoke(main, ["plan", *args])


# --- 9: output in another encoding than the text's ---


def _run(args: list[str], encoding: str, cwd: Path) -> subprocess.CompletedProcess:
    env = os.environ | {"PYTHONIOENCODING": encoding}  # what Windows sets when output is redirected
    return subprocess.run([*PLANNER, *args], capture_output=True, env=env, cwd=cwd, timeout=120)


def test_json_out_is_utf8_whatever_the_console_encoding(tmp_path):
    run = _run(["extract", str(CHINESE), "--format", "json"], "cp1252", tmp_path)

    assert run.returncode == 0, run.stderr.decode()
    assert run.stderr == b""
    document = json.loads(run.stdout.decode("utf-8"))
    assert "促进人权领域的互利合作" in json.dumps(document, ensure_ascii=False)


def test_a_table_in_a_console_encoding_without_the_text_is_escaped(tmp_path):
    run = _run(["extract", str(CHINESE), "--format", "table"], "cp1252", tmp_path)

    assert run.returncode == 0, run.stderr.decode()
    assert "\\u4fc3\\u8fdb\\u4eba\\u6743" in run.stdout.decode("cp1252")  # 促进人权, escaped


def test_plan_in_a_latin1_console_prints_its_summary(tmp_path):
    folder = _session(tmp_path)
    (folder / "resolutions" / "决议.txt").write_bytes(b"")  # named in the summary, after the files are written
    run = _run(["plan", str(folder), "--out", str(tmp_path / "out")], "latin-1", tmp_path)

    assert run.returncode == 0, run.stderr.decode()
    assert "resolutions/\\u51b3\\u8bae.txt: the file is empty" in run.stdout.decode("latin-1")
    assert b"Wrote " in run.stdout


# --- 13: a run stopped between the calendar and its release record; a kill -9's temporary files ---


def _sequences(calendar: Path) -> set[str]:
    return {line for line in calendar.read_text("utf-8").splitlines() if line.startswith("SEQUENCE")}


def test_a_calendar_written_without_its_record_keeps_its_sequences_on_the_next_run(tmp_path, monkeypatch):
    from planner.pipeline import write

    folder, out = _session(tmp_path), tmp_path / "out"
    publish = write.publish

    def publish_then_stop(*args, **kwargs):  # the calendars written, then a kill or a full disk
        publish(*args, **kwargs)
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(write, "publish", publish_then_stop)
        assert _plan(str(folder), "--out", str(out)).exit_code == 130
    assert _sequences(out / "hrc46.ics") == {"SEQUENCE:0"}

    result = _plan(str(folder), "--out", str(out))

    assert result.exit_code == 0, result.output
    assert _sequences(out / "hrc46.ics") == {"SEQUENCE:0"}
    assert "reissued" not in result.output


def test_the_release_record_is_written_before_the_calendars(tmp_path, monkeypatch):
    from planner.pipeline import write

    folder, out = _session(tmp_path), tmp_path / "out"
    written: list[str] = []
    publish = write.publish

    def noted(out_dir, files, **kwargs):
        written.extend(name for name in ("hrc46.calendar-release.json",) if (out_dir / name).exists())
        written.append("calendars")
        return publish(out_dir, files, **kwargs)

    monkeypatch.setattr(write, "publish", noted)
    assert _plan(str(folder), "--out", str(out)).exit_code == 0

    assert written == ["hrc46.calendar-release.json", "calendars"]


def test_temporary_files_a_killed_run_left_are_removed_and_no_others(tmp_path):
    folder, out = _session(tmp_path), tmp_path / "out"
    assert _plan(str(folder), "--out", str(out)).exit_code == 0
    stale = [
        out / ".hrc46.ics.k3x_9ab2.tmp",
        out / ".programme.docx.abcdefgh.tmp",
        out / "..planner-outputs.json.0123abcd.tmp",  # the record's name begins with a dot too
        next((out / "meetings").glob("*.ics")).with_name(
            f".{next((out / 'meetings').glob('*.ics')).name}.zzzzzzzz.tmp"
        ),
    ]
    others = [out / ".notes.txt.abcdefgh.tmp", out / ".hrc46.ics.toolong123.tmp", out / "hrc46.ics.abcdefgh.tmp"]
    for path in stale + others:
        path.write_bytes(b"half a file")

    assert _plan(str(folder), "--out", str(out)).exit_code == 0

    assert [path.exists() for path in stale] == [False] * len(stale)
    assert [path.exists() for path in others] == [True] * len(others)


def test_extract_out_removes_its_own_stale_temporary_file(tmp_path):
    out = tmp_path / "mandates.json"
    stale, other = tmp_path / ".mandates.json.abcdefgh.tmp", tmp_path / ".other.json.abcdefgh.tmp"
    stale.write_bytes(b"{")
    other.write_bytes(b"{")

    result = CliRunner().invoke(main, ["extract", str(CHINESE), "--out", str(out)])

    assert result.exit_code == 0, result.output
    assert (stale.exists(), other.exists()) == (False, True)


# --- 17: messages that say what is wrong ---


def _nested_docx(tmp_path: Path, depth: int) -> Path:
    with zipfile.ZipFile(ENGLISH_DOCX) as archive:
        parts = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    nest = "<w:tbl><w:tr><w:tc>" * depth + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * depth
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"<w:body>", b"<w:body>" + nest.encode(), 1)
    path = tmp_path / "nested.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_tables_nested_too_deep_are_named_as_such(tmp_path):
    path = _nested_docx(tmp_path, 120)

    with pytest.raises(ReadError) as caught:
        read_lines(path)
    assert str(caught.value) == (
        f"{path}: holds tables (or other parts) nested too deep to read, far deeper than a resolution's; "
        "is it the right file?"
    )


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF file of these objects (numbered from 1; the first is the catalogue)."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, keys: bytes = b"") -> bytes:
    packed = zlib.compress(data, 9)
    return b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n%s\nendstream" % (len(packed), keys, packed)


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _pages_sharing_one_stream(content: bytes, pages: int) -> bytes:
    """Catalogue, page tree, font, one content stream, and `pages` pages that all draw it."""
    kids = b" ".join(b"%d 0 R" % (5 + page) for page in range(pages))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
            FONT,
            _stream(content),
            *[page] * pages,
        ]
    )


def _read_refused(path: Path, seconds: float) -> str:
    started = time.monotonic()
    with pytest.raises(ReadError) as caught:
        read_lines(path)
    assert time.monotonic() - started < seconds
    return str(caught.value)


def test_a_small_pdf_whose_pages_share_a_huge_content_stream_is_refused_at_once(tmp_path):
    path = tmp_path / "shared.pdf"  # 10 pages x 200,000 text operations: it took 44 s
    path.write_bytes(_pages_sharing_one_stream(b"BT /F1 12 Tf 72 720 Td\n" + b"(a) Tj\n" * 200_000 + b"ET\n", 10))
    assert path.stat().st_size < 10_000

    message = _read_refused(path, seconds=2)

    assert message == (
        f"{path}: holds more drawing instructions than any resolution (over 1 MB of them); is it the right file?"
    )


def test_a_pdf_at_the_pdf_readers_token_limit_is_refused_at_once(tmp_path):
    path = tmp_path / "tokens.pdf"  # over pypdf's 2,000,000 tokens a stream: it took 6 s to say "damaged"
    path.write_bytes(_pages_sharing_one_stream(b"0 " * 2_000_001, 1))

    message = _read_refused(path, seconds=2)

    assert message.endswith(
        "holds more drawing instructions than any resolution (over 1 MB of them); is it the right file?"
    )


def test_the_operations_of_forms_a_pdf_draws_count_against_its_budget(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "MAX_OPERATIONS", 1_000)
    form = _stream(
        b"BT /F1 12 Tf 72 720 Td " + b"(Decides) Tj " * 20 + b"ET",
        b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> ",
    )
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> /XObject << /X0 5 0 R >> >> /Contents 4 0 R >>"
    path = tmp_path / "forms.pdf"  # a small page that draws one form 200 times: 5,000 operations
    path.write_bytes(
        _pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [6 0 R] /Count 1 >>",
                FONT,
                _stream(b"/X0 Do\n" * 200 + b"BT /F1 12 Tf (end) Tj ET\n"),
                form,
                page,
            ]
        )
    )

    message = _read_refused(path, seconds=5)

    assert message == (
        f"{path}: holds more drawing instructions than any resolution (over 1,000 operations); is it the right file?"
    )


def test_a_real_pdf_is_within_the_budgets():
    assert "Nelson Mandela International Day panel" in read_lines(RESOLUTIONS / "a-hrc-res-20-18.en.pdf")


def _unreadable(monkeypatch, folder: Path) -> None:
    """As `chmod 000 folder` does for a user who is not root: nothing in it can be looked at."""
    stat, iterdir = pathlib.Path.stat, pathlib.Path.iterdir

    def denied(path: Path) -> PermissionError:
        return PermissionError(13, "Permission denied", str(path))

    def guarded_stat(self, *args, **kwargs):
        if os.path.abspath(self.parent) == str(folder):
            raise denied(self)
        return stat(self, *args, **kwargs)

    def guarded_iterdir(self):
        if os.path.abspath(self) == str(folder):
            raise denied(self)
        return iterdir(self)

    monkeypatch.setattr(pathlib.Path, "stat", guarded_stat)
    monkeypatch.setattr(pathlib.Path, "iterdir", guarded_iterdir)


def test_an_unreadable_resolutions_folder_is_named_not_planners_record(tmp_path, monkeypatch):
    folder = _session(tmp_path)
    _unreadable(monkeypatch, folder / "resolutions")

    result = _plan(str(folder), "--out", str(tmp_path / "out"))

    assert result.exit_code == 1
    assert result.stderr == (
        f"planner: error: {folder / 'resolutions'}: the folder cannot be read (Permission denied); "
        "check that you may read it\n"
    )


def test_extract_of_an_unreadable_folder_names_the_folder(tmp_path, monkeypatch):
    folder = tmp_path / "texts"
    folder.mkdir()
    shutil.copy(CHINESE, folder)
    _unreadable(monkeypatch, folder)

    with pytest.raises(InputError) as caught:
        from planner.pipeline.resolutions import expand

        expand([folder])
    assert str(caught.value) == f"{folder}: the folder cannot be read (Permission denied); check that you may read it"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 folder: the test above simulates it")
def test_a_chmod_000_resolutions_folder_is_named(tmp_path):
    folder = _session(tmp_path)
    (folder / "resolutions").chmod(0)
    try:
        result = _plan(str(folder), "--out", str(tmp_path / "out"))
    finally:
        (folder / "resolutions").chmod(0o755)

    assert result.exit_code == 1
    assert result.stderr.startswith(f"planner: error: {folder / 'resolutions'}: the folder cannot be read")


@pytest.mark.parametrize("name", ["newdir/", "existing"], ids=["trailing slash", "existing folder"])
def test_extract_out_with_a_folder_name_is_refused(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "existing").mkdir()

    result = CliRunner().invoke(main, ["extract", str(CHINESE), "--out", name])

    assert result.exit_code == 2
    assert result.stderr == (
        f"planner extract: usage error: Invalid value for '--out': {name} is a folder name; give a file name "
        "(see planner extract --help)\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing"]


@pytest.mark.parametrize("inside", ["resolutions", "resolutions/out"], ids=["the folder", "a folder in it"])
def test_plan_out_in_the_resolutions_folder_is_refused(tmp_path, inside):
    folder = _session(tmp_path)
    before = sorted(p.name for p in (folder / "resolutions").iterdir())

    result = _plan(str(folder), "--out", str(folder / inside))

    assert result.exit_code == 1
    assert result.stderr == (
        f"planner: error: {folder / inside}: is inside the session's resolutions folder, whose files are read "
        "as resolutions; give another --out\n"
    )
    assert sorted(p.name for p in (folder / "resolutions").iterdir()) == before


# --- 17: a stop by `kill` at any moment of a run, the very end included ---


def _catches_sigterm(pid: int) -> bool:
    """Whether the process has its own SIGTERM handler yet (Linux: the caught-signals mask)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    caught = next(line for line in status.splitlines() if line.startswith("SigCgt:"))
    return bool(int(caught.split()[1], 16) & (1 << (15 - 1)))


def _no_half_written_file(out: Path) -> None:
    assert sorted(p.name for p in out.rglob("*.tmp")) == []
    for path in out.rglob("*"):
        if path.suffix == ".json":
            json.loads(path.read_bytes())
        elif path.suffix == ".docx":
            assert zipfile.ZipFile(path).testzip() is None
        elif path.suffix == ".ics":
            assert path.read_bytes().rstrip().endswith(b"END:VCALENDAR")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the caught-signal mask from /proc")
def test_kill_at_any_moment_of_a_plan_exits_130_or_0_never_minus_15(tmp_path):
    import signal

    folder = _session(tmp_path)
    codes = []
    for number, delay in enumerate([0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.7, 1.0, 1.5]):
        out = tmp_path / f"out{number}"
        process = subprocess.Popen(
            [*PLANNER, "plan", str(folder), "--out", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + 30
        while not _catches_sigterm(process.pid) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep(delay)
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=60)
        codes.append(process.returncode)
        assert process.returncode in (0, 130), (delay, process.returncode, stderr.decode())
        if out.exists():
            _no_half_written_file(out)
    assert 130 in codes
