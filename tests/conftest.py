from __future__ import annotations

from pathlib import Path

import pytest

RESOLUTIONS = Path(__file__).parent / "data" / "resolutions"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the golden files from the current output instead of comparing",
    )


@pytest.fixture
def resolution_file():
    """A real resolution text from tests/data/resolutions, by file name."""

    def load(name: str) -> Path:
        path = RESOLUTIONS / name
        assert path.exists(), f"missing test data {path}"
        return path

    return load
