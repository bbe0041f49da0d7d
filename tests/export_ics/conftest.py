"""Calendar tests: golden files refreshed only on purpose, with `--update-golden`."""

from __future__ import annotations

from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def golden(request: pytest.FixtureRequest):
    """Compare bytes with golden/<name>, or rewrite it under --update-golden."""
    update = bool(request.config.getoption("--update-golden", default=False))

    def check(name: str, data: bytes) -> None:
        path = GOLDEN / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        assert path.exists(), f"no golden file {name}: run pytest with --update-golden"
        # Compared as text for a readable diff; CRLF line ends are part of the text.
        assert data.decode("utf-8") == path.read_bytes().decode("utf-8")

    return check
