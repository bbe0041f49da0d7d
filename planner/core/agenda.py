"""The agenda of the Council (resolution 5/1, annex, part V): ten items, with their titles.

The titles are those of planner/sessions/data/hrc_calendar.yaml (agenda_items), where each keeps
its source; a test checks the two agree.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

AGENDA_ITEMS = range(1, 11)
AgendaItem = Annotated[int, Field(ge=AGENDA_ITEMS[0], le=AGENDA_ITEMS[-1])]  # a field holding an item number

# A meeting is three hours (one plenary slot); a full-day meeting is two the same day.
HALF_DAY = 180
FULL_DAY = 360

TITLES: dict[str, dict[int, str]] = {
    "en": {
        1: "Organizational and procedural matters",
        2: (
            "Annual report of the United Nations High Commissioner for Human Rights and reports of the Office of "
            "the High Commissioner and the Secretary-General"
        ),
        3: (
            "Promotion and protection of all human rights, civil, political, economic, social and cultural rights, "
            "including the right to development"
        ),
        4: "Human rights situations that require the Council's attention",
        5: "Human rights bodies and mechanisms",
        6: "Universal periodic review",
        7: "Human rights situation in Palestine and other occupied Arab territories",
        8: "Follow-up to and implementation of the Vienna Declaration and Programme of Action",
        9: (
            "Racism, racial discrimination, xenophobia and related forms of intolerance, follow-up to and "
            "implementation of the Durban Declaration and Programme of Action"
        ),
        10: "Technical assistance and capacity-building",
    },
    "zh": {
        1: "组织和程序事项",
        2: "联合国人权事务高级专员的年度报告以及高级专员办事处的报告和秘书长的报告",
        3: "促进和保护所有人权——公民权利、政治权利、经济、社会及文化权利，包括发展权",
        4: "需要理事会注意的人权状况",
        5: "人权机构和机制",
        6: "普遍定期审议",
        7: "巴勒斯坦及其他阿拉伯被占领土的人权状况",
        8: "《维也纳宣言和行动纲领》的后续行动和执行情况",
        9: "种族主义、种族歧视、仇外心理和相关的不容忍现象;《德班宣言和行动纲领》的后续行动和执行情况",
        10: "技术援助和能力建设",
    },
}


def agenda_titles(language: str = "en") -> dict[int, str]:
    """The titles of the ten agenda items in `language` ("en", "zh"), item -> title; an item without
    a title in that language is left out, and the caller decides what to print."""
    return dict(TITLES.get(language, {}))
