"""The seed meeting's drafts, reopened with python-docx and docx2python."""

from __future__ import annotations

import io

from docx import Document
from docx.oxml.ns import qn
from report_reading import (
    docx2python_footnotes,
    docx2python_text,
    marks,
    paragraphs,
    run_fonts,
    style_names,
    styled,
    unmarked_placeholders,
)
from report_seed import HRC46, seed_placement

from planner.export.report.draft import render_summary_report

ITEM_2 = (
    "Annual report of the United Nations High Commissioner for Human Rights and reports of the Office of the "
    "High Commissioner and the Secretary-General"
)
ITEM_3 = (
    "Promotion and protection of all human rights, civil, political, economic, social and cultural rights, "
    "including the right to development"
)
THEME = "the role of poverty alleviation in the promotion and protection of human rights"


def test_english_draft_styles_in_document_order(english_draft):
    order = []
    for name in style_names(english_draft):
        if not order or order[-1] != name:
            order.append(name)
    assert order[:12] == [
        "UN Header Organization",
        "UN Header Symbol",
        "UN Header Body",
        "UN Header Distribution",
        "UN Session Heading",
        "UN Session Line",
        "UN Agenda Title",
        "UN Title",
        "UN Author Line",
        "UN Summary Heading",
        "UN Summary Text",
        "UN Chapter Heading",
    ]
    assert order[-1] == "UN End Line"
    assert {"UN Subheading", "UN Numbered Paragraph"} <= set(order)


def test_english_draft_header_block_names_due_session_and_items(english_draft):
    assert styled(english_draft, "UN Header Organization") == ["United Nations"]
    assert styled(english_draft, "UN Header Symbol") == ["A/HRC/47/[...]"]
    assert styled(english_draft, "UN Header Body") == ["General Assembly"]
    assert styled(english_draft, "UN Header Distribution") == [
        "Distr.: General",
        "[date of issue]",
        "",
        "Original: English",
    ]
    assert styled(english_draft, "UN Session Heading") == [
        "Human Rights Council",
        "Forty-seventh session [assumed: the session after the meeting; confirm]",
    ]
    assert styled(english_draft, "UN Session Line") == ["21 June–14 July 2021", "Agenda items 2 and 3"]
    assert styled(english_draft, "UN Agenda Title") == [ITEM_2, ITEM_3]


def test_english_draft_title_author_and_summary(english_draft):
    assert styled(english_draft, "UN Title") == [f"Meeting on {THEME}"]
    assert styled(english_draft, "UN Author Line") == [
        "Summary report of the Office of the United Nations High Commissioner for Human Rights"
    ]
    assert styled(english_draft, "UN Summary Heading") == ["Summary"]
    assert styled(english_draft, "UN Summary Text") == [
        "The present report is submitted pursuant to Human Rights Council resolution 43/21, in which the Council "
        f"decided to hold, at its forty-sixth session, a meeting on {THEME}, and requested the United Nations High "
        "Commissioner for Human Rights to prepare a summary report on the meeting. The present report provides a "
        "summary of the meeting, which was held on 26 February 2021 during the forty-sixth session of the Council."
    ]


def test_english_draft_headings_in_order(english_draft):
    assert styled(english_draft, "UN Chapter Heading") == [
        "I.\tIntroduction",
        "II.\tOpening statements",
        "III.\tContributions of panellists",
        "IV.\tSummary of the discussion",
        "V.\tConclusions and recommendations",
    ]
    assert styled(english_draft, "UN Subheading") == ["A.\t[First theme of the discussion]"]


def test_english_draft_introduction_fills_mandate_date_and_chair(english_draft):
    introduction = styled(english_draft, "UN Numbered Paragraph")[:3]
    assert introduction == [
        f"Pursuant to its resolution 43/21, the Human Rights Council held a meeting on {THEME} on 26 February 2021, "
        "during its forty-sixth session.",
        "The meeting was chaired by the President of the Human Rights Council, [name]. It opened with statements by "
        "[names and titles of the opening speakers]. The meeting was moderated by [name and title of the moderator]. "
        "The panellists were [names and titles of the panellists].",
        "The meeting provided an opportunity for senior officials of States to [purpose of the meeting].",
    ]


def test_english_draft_paragraphs_numbered_by_word_list(english_draft):
    document = Document(io.BytesIO(english_draft))
    style = document.styles["UN Numbered Paragraph"]
    assert style.element.pPr.numPr.numId.val == 1
    numbered = [p for p in paragraphs(english_draft) if p.style.name == "UN Numbered Paragraph"]
    assert [p._p.pPr.numPr.numId.val for p in numbered] == [1] * 10
    text = docx2python_text(english_draft)
    numbers = [line.split("\t")[0] for line in text.split("\n") if line[:1].isdigit() and ")\t" in line]
    assert numbers == [f"{n})" for n in range(1, 11)]


def test_english_draft_footnote_cites_resolution_paragraphs(english_draft):
    assert docx2python_footnotes(english_draft) == ["footnote1)\t\tA/HRC/RES/43/21, paras. 8 and 9."]
    first = next(p for p in paragraphs(english_draft) if p.style.name == "UN Numbered Paragraph")
    references = first._p.findall(f".//{qn('w:footnoteReference')}")
    assert [reference.get(qn("w:id")) for reference in references] == ["1"]
    assert "Pursuant to its resolution 43/21,----footnote1---- the Human" in docx2python_text(english_draft)


def test_english_draft_has_no_unmarked_placeholder(english_draft):
    assert unmarked_placeholders(english_draft) == []
    assert marks(english_draft)[:4] == [
        "[...]",
        "[date of issue]",
        "[assumed: the session after the meeting; confirm]",
        "[name]",
    ]


def test_chinese_draft_header_and_title_in_chinese(chinese_draft):
    assert styled(chinese_draft, "UN Header Organization") == ["联合国"]
    assert styled(chinese_draft, "UN Header Body") == ["大会"]
    assert styled(chinese_draft, "UN Header Distribution") == [
        "Distr.: General",
        "[发文日期]",
        "Chinese",
        "Original: English",
    ]
    assert styled(chinese_draft, "UN Session Heading") == [
        "人权理事会",
        "第四十七届会议[假定为会议后的下一届会议，请核实]",
    ]
    assert styled(chinese_draft, "UN Session Line") == ["2021年6月21日至7月14日", "议程项目2和3"]
    assert styled(chinese_draft, "UN Agenda Title") == [
        "联合国人权事务高级专员的年度报告以及高级专员办事处的报告和秘书长的报告",
        "促进和保护所有人权——公民权利、政治权利、经济、社会及文化权利，包括发展权",
    ]
    assert styled(chinese_draft, "UN Title") == ["关于减贫在促进和保护人权中的作用的会议"]
    assert styled(chinese_draft, "UN Author Line") == ["联合国人权事务高级专员办事处的简要报告"]


def test_chinese_draft_summary_and_introduction(chinese_draft):
    assert styled(chinese_draft, "UN Summary Text") == [
        "本报告根据人权理事会第43/21号决议提交。理事会在该决议中决定在第四十六届会议上举行一次会议，"
        "主题为减贫在促进和保护人权中的作用，并请联合国人权事务高级专员编写一份关于该会议的简要报告。"
        "本报告概述了2021年2月26日在理事会第四十六届会议期间举行的会议。"
    ]
    assert styled(chinese_draft, "UN Numbered Paragraph")[:2] == [
        "人权理事会根据其第43/21号决议，于2021年2月26日在第四十六届会议期间举行了关于减贫在促进和保护人权中的作用的会议。",
        "会议由人权理事会主席[姓名]主持。[开幕发言者的姓名和职务]作了开幕发言。[主持人的姓名和职务]主持讨论。"
        "小组成员为[小组成员的姓名和职务]。",
    ]
    assert styled(chinese_draft, "UN Chapter Heading") == [
        "一.\t导言",
        "二.\t开幕发言",
        "三.\t小组成员的发言",
        "四.\t讨论摘要",
        "五.\t结论和建议",
    ]
    assert docx2python_footnotes(chinese_draft) == ["footnote1)\t\tA/HRC/RES/43/21，第8和9段。"]


def test_chinese_draft_runs_carry_east_asian_font(chinese_draft):
    assert run_fonts(chinese_draft) == {("SimSun", "zh-CN")}
    assert unmarked_placeholders(chinese_draft) == []


def test_english_theme_in_chinese_draft_marked_to_translate():
    data = render_summary_report(seed_placement("en"), HRC46, language="zh")
    assert styled(data, "UN Title") == [
        "关于[请译为中文：the role of poverty alleviation in the promotion and protection of human rights]的会议"
    ]
    # The chair is a set phrase the Chinese wording knows: given in Chinese, not marked.
    assert not any("President" in mark for mark in marks(data))
    assert "会议由人权理事会主席" in docx2python_text(data)


def test_chinese_set_phrases_in_english_draft_given_in_english():
    data = render_summary_report(seed_placement("zh"), HRC46, language="en")
    text = docx2python_text(data)
    assert "The meeting was chaired by the President of the Human Rights Council, [name]." in text
    assert "requested the United Nations High Commissioner for Human Rights to prepare a summary report" in text
    assert "opportunity for senior officials of States to" in text
    assert not any("translate" in mark for mark in marks(data) if "贫" not in mark)


def test_english_draft_pages_after_first_carry_symbol(english_draft):
    section = Document(io.BytesIO(english_draft)).sections[0]
    assert section.different_first_page_header_footer is True
    [paragraph] = section.header.paragraphs
    assert (paragraph.style.name, paragraph.text) == ("UN Page Header", "A/HRC/47/[...]")
    assert [run.style.name for run in paragraph.runs if run.text == "[...]"] == ["Placeholder"]
    assert [p.text for p in section.first_page_header.paragraphs] == [""]


def test_agenda_item_outside_1_to_10_marked_not_raised():
    placement = seed_placement()
    mandate = placement.ref.mandate.model_copy(update={"agenda_item": 11})
    placement = placement.model_copy(update={"ref": placement.ref.model_copy(update={"mandate": mandate})})
    for language in ("en", "zh"):
        data = render_summary_report(placement, HRC46, language=language)
        assert styled(data, "UN Agenda Title")[-1] == "[agenda item 11]"
        assert "[agenda item 11]" in marks(data)
