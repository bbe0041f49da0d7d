"""The web app's fixtures: a store on SQLite and on PostgreSQL, the app with its token, the
sample session as a browser would send its folder.

PostgreSQL: Debian's server binaries (.ci/run installs them) start a private cluster on
loopback for the test run; without them the PostgreSQL cases are skipped and say why.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from planner.web.app import create_app

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_sessions" / "hrc46"
RESOLUTIONS = REPO / "tests" / "data" / "resolutions"
TOKEN = "test-token-0123456789"
HOST = "testserver"
ORIGIN = f"http://{HOST}"


def folder_files(folder: Path = SAMPLE) -> list[tuple[str, tuple[str, bytes]]]:
    """A session folder as a browser sends it (relative names under the folder's own name)."""
    return [
        ("files", (str(path.relative_to(folder.parent)), path.read_bytes()))
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    ]


def _postgres_bin() -> Path | None:
    for found in sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True):
        return found.parent
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_postgres(command: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root: as root, run them as the postgres user."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    given = os.environ.get("PLANNER_TEST_POSTGRES")
    if given:
        yield given
        return
    binaries = _postgres_bin()
    if binaries is None:
        pytest.skip(
            "PostgreSQL is not installed here (apt-get install postgresql): the PostgreSQL store tests run in CI"
        )
    # Not under pytest's temporary folder: that one is private to root, and the server runs as postgres.
    folder = Path(tempfile.mkdtemp(prefix="planner-postgres-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data, port = folder / "data", _free_port()
    subprocess.run(
        _as_postgres([str(binaries / "initdb"), "-D", str(data), "-U", "planner", "-A", "trust"]),
        check=True,
        capture_output=True,
    )
    options = f"-h 127.0.0.1 -p {port} -k {folder} -c fsync=off"
    subprocess.run(
        _as_postgres(
            [str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-l", str(folder / "log"), "start"]
        ),
        check=True,
        capture_output=True,
    )
    try:
        subprocess.run(
            _as_postgres(
                [
                    str(binaries.parent / "bin" / "createdb"),
                    "-h",
                    "127.0.0.1",
                    "-p",
                    str(port),
                    "-U",
                    "planner",
                    "planner",
                ]
            ),
            check=True,
            capture_output=True,
        )
        yield f"postgresql+psycopg://planner@127.0.0.1:{port}/planner"
    finally:
        subprocess.run(
            _as_postgres([str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]), capture_output=True
        )
        shutil.rmtree(folder, ignore_errors=True)


def _empty_postgres(url: str) -> str:
    """A fresh schema for each test: drop every table the last one left."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'planner.db'}"
    return _empty_postgres(request.getfixturevalue("postgres_url"))


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    """The app on a fresh SQLite store, logged in, sending its writes from its own origin."""
    app = create_app(f"sqlite:///{tmp_path / 'planner.db'}", token=TOKEN, hosts=[HOST])
    with TestClient(app, base_url=ORIGIN, headers={"origin": ORIGIN}) as test_client:
        test_client.get(f"/?token={TOKEN}")
        yield test_client


@pytest.fixture
def hrc46(client: TestClient) -> TestClient:
    """The client with the sample session imported."""
    answer = client.post("/sessions/import", files=folder_files())
    assert answer.status_code == 200, answer.text
    return client


def wait_for(check, seconds: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while not check():
        if time.monotonic() > end:
            raise AssertionError("timed out")
        time.sleep(0.05)
