"""The drafts as LibreOffice lays them out: pages and printed text (slow, marked)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_seed import requires_soffice

pytestmark = [pytest.mark.libreoffice, requires_soffice]


def _pdf(tmp_path: Path, name: str, data: bytes) -> PdfReader:
    source = tmp_path / name
    source.write_bytes(data)
    profile = (tmp_path / "profile").as_uri()  # own profile: no clash with a running LibreOffice
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return PdfReader(source.with_suffix(".pdf"))


def _text(page) -> str:
    return re.sub(r"\s+", " ", page.extract_text())


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory, english_draft, chinese_draft) -> dict[str, PdfReader]:
    folder = tmp_path_factory.mktemp("rendered")
    return {
        "en": _pdf(folder, "seed.en.docx", english_draft),
        "zh": _pdf(folder, "seed.zh.docx", chinese_draft),
    }


def test_libreoffice_english_draft_two_pages(pdfs):
    assert len(pdfs["en"].pages) == 2


def test_libreoffice_english_first_page_reads_like_report(pdfs):
    first = _text(pdfs["en"].pages[0])
    for words in [
        "United Nations A/HRC/47/[...]",
        "General Assembly",
        "Forty-seventh session [assumed: the session after the meeting; confirm]",
        "21 June–14 July 2021",
        "Agenda items 2 and 3",
        "Meeting on the role of poverty alleviation in the promotion and protection of human rights",
        "held on 26 February 2021 during the forty-sixth session of the Council.",
        "I. Introduction",
        "chaired by the President of the Human Rights Council, [name].",
        "A/HRC/RES/43/21, paras. 8 and 9.",
    ]:
        assert words in first


def test_libreoffice_english_second_page_numbered_on(pdfs):
    second = _text(pdfs["en"].pages[1])
    assert "V. Conclusions and recommendations" in second
    assert "10. [Conclusions and recommendations.]" in second


def test_libreoffice_chinese_draft_prints_chinese(pdfs):
    assert len(pdfs["zh"].pages) == 2
    first = _text(pdfs["zh"].pages[0]).replace(" ", "")
    for words in ["人权理事会", "第四十七届会议", "关于减贫在促进和保护人权中的作用的会议", "一.导言", "第43/21号决议"]:
        assert words in first
