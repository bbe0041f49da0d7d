"""Fixtures of the summary-report tests: the seed meeting's drafts, rendered once."""

from __future__ import annotations

import pytest
from report_seed import HRC46, HRC47, seed_placement

from planner.export.report.draft import render_summary_report


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "libreoffice: renders drafts with LibreOffice (slow; skipped without soffice)")


@pytest.fixture(scope="session")
def english_draft() -> bytes:
    return render_summary_report(seed_placement("en"), HRC46, due=HRC47, language="en")


@pytest.fixture(scope="session")
def chinese_draft() -> bytes:
    return render_summary_report(seed_placement("zh"), HRC46, due=HRC47, language="zh")
