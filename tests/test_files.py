"""Writing outputs: atomic, a stopped run resumed as planner's own, a person's edits kept."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import planner.files
from planner.errors import OutputError
from planner.files import LOCK, MANIFEST, folder_lock, owned_writer, publish, write_atomic

FIRST = {"a.txt": b"one\n", "b.txt": b"two\n", "c.txt": b"three\n"}
SECOND = {name: data.upper() for name, data in FIRST.items()}
THIRD = {name: data + b"(version 3)\n" for name, data in FIRST.items()}


def test_a_second_plan_replaces_its_own_files(tmp_path):
    publish(tmp_path, FIRST)
    result = publish(tmp_path, SECOND)
    assert [p.name for p in result.written] == ["a.txt", "b.txt", "c.txt"]
    assert (tmp_path / "b.txt").read_bytes() == b"TWO\n"


def test_an_edited_file_is_kept_unless_forced(tmp_path):
    publish(tmp_path, FIRST)
    (tmp_path / "b.txt").write_bytes(b"two, with my note\n")
    result = publish(tmp_path, SECOND)
    assert [p.name for p in result.kept] == ["b.txt"]
    assert (tmp_path / "b.txt").read_bytes() == b"two, with my note\n"
    result = publish(tmp_path, SECOND, force=True)
    assert [p.name for p in result.replaced] == ["b.txt"]


@pytest.mark.parametrize("stop_after", [0, 1, 2])
@pytest.mark.parametrize("earlier", [None, FIRST], ids=["first run", "second run"])
def test_a_run_stopped_half_way_leaves_files_the_next_run_owns(tmp_path, monkeypatch, stop_after, earlier):
    if earlier:
        publish(tmp_path, earlier)
    real_write = planner.files.write_atomic
    written = []

    def stopping_write(path, data):
        if path.name != MANIFEST:
            if len(written) == stop_after:
                raise KeyboardInterrupt  # Ctrl-C between two files
            written.append(path)
        return real_write(path, data)

    monkeypatch.setattr(planner.files, "write_atomic", stopping_write)
    with pytest.raises(KeyboardInterrupt):
        publish(tmp_path, SECOND)
    monkeypatch.setattr(planner.files, "write_atomic", real_write)

    # The next run plans something else again (a new version date): every file is still planner's.
    result = publish(tmp_path, THIRD)

    assert result.kept == [] and result.replaced == []
    assert {name: (tmp_path / name).read_bytes() for name in THIRD} == THIRD
    manifest = json.loads((tmp_path / MANIFEST).read_text("utf-8"))
    assert all(isinstance(digest, str) for digest in manifest.values())  # settled: one digest a file


def test_a_file_that_cannot_be_written_is_named(tmp_path):
    (tmp_path / "b.txt").mkdir()  # a folder where the file should go
    with pytest.raises(OutputError) as caught:
        write_atomic(tmp_path / "b.txt", b"two\n")
    assert str(caught.value).startswith(f"{tmp_path / 'b.txt'}: cannot be written (")
    assert [p.name for p in tmp_path.iterdir()] == ["b.txt"]  # no temporary file left


def test_a_folder_another_run_is_writing_is_refused(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD_THE_LOCK, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        with pytest.raises(OutputError) as caught:
            publish_locked(tmp_path)
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert str(caught.value) == (f"{tmp_path}: another planner run is writing here; wait for it to finish")
    assert sorted(p.name for p in tmp_path.iterdir()) == [LOCK]


def test_a_link_in_place_of_the_lock_is_refused_and_its_target_kept(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious\n")
    out = tmp_path / "o"
    out.mkdir()
    (out / LOCK).symlink_to(victim)
    with pytest.raises(OutputError) as caught:
        publish_locked(out)
    assert str(caught.value) == f"{out}: {LOCK} here is not a regular file (a link or a device?); remove it"
    assert victim.read_bytes() == b"precious\n"
    assert sorted(p.name for p in out.iterdir()) == [LOCK]


def test_the_lock_holds_nothing_after_a_run(tmp_path):
    publish_locked(tmp_path)
    assert (tmp_path / LOCK).read_bytes() == b""


def test_a_lock_left_by_a_run_that_was_killed_is_free(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD_THE_LOCK, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline() == "held\n"
    holder.kill()  # killed outright: no clean-up ran
    holder.wait()
    holder.stdout.close()

    publish_locked(tmp_path)

    assert (tmp_path / "a.txt").read_bytes() == b"one\n"


HOLD_THE_LOCK = """
import sys, time
from planner.files import folder_lock
with folder_lock(sys.argv[1]):
    print("held", flush=True)
    time.sleep(60)
"""


def publish_locked(folder):
    with folder_lock(folder):
        publish(folder, FIRST)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_named_pipe_is_written_through_not_replaced(tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()

    with owned_writer(pipe) as write:
        write(b"[]\n")
    reader.join(timeout=10)

    assert received == [b"[]\n"]
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]  # no lock, no record of outputs beside it


def test_devices_are_written_through():
    # Renaming a file over /dev/null would replace the device itself (as root); /dev/stdout and
    # /dev/fd/1 are links to whatever the output is, a file too when the shell redirects it.
    for name in ("/dev/null", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"):
        assert planner.files._is_device(Path(name)), name


def test_a_device_is_opened_never_created(tmp_path):
    # As for a mistyped /dev/nul: nothing new may appear among the devices (tried here where a
    # failing test can do no harm).
    missing = tmp_path / "nul"

    with pytest.raises(OutputError, match="No such file or directory"), planner.files._opened_device(missing):
        pass

    assert not missing.exists()
    assert planner.files._is_device(Path("/dev/planner-no-such-device"))
    assert not planner.files._is_device(Path("/dev/shm/programme.json"))  # /dev/shm holds files


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="/proc/self/fd is Linux's")
def test_a_pipe_whose_reader_stopped_is_a_broken_pipe_as_for_the_screen():
    # `planner extract --out pipe` read by `head -c 10`: it stops quietly (exit 141), not as a write error.
    reading, writing = os.pipe()
    os.close(reading)
    try:
        with pytest.raises(BrokenPipeError), owned_writer(Path(f"/proc/self/fd/{writing}")) as write:
            write(b"[]\n")
    finally:
        os.close(writing)
