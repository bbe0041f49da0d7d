from __future__ import annotations

from pathlib import Path

import pytest

RESOLUTIONS = Path(__file__).parent / "data" / "resolutions"


@pytest.fixture
def resolution_file():
    """A real resolution text from tests/data/resolutions, by file name."""

    def load(name: str) -> Path:
        path = RESOLUTIONS / name
        assert path.exists(), f"missing test data {path}"
        return path

    return load
