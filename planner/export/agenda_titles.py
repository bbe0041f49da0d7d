"""The ten agenda items of the Council (resolution 5/1, annex), as the calendar prints them.

English titles are confirmed in several UN documents. The Chinese titles are those read on the
OHCHR Chinese pages; the one for item 3 is a short form (the full official title was not verified).
Source: the reference data in hrc_calendar.yaml (agenda.items), where each title keeps its source URL.
Kept here as code so that writing a calendar never parses the large calendar YAML.
"""

from __future__ import annotations

ENGLISH: dict[int, str] = {
    1: "Organizational and procedural matters",
    2: (
        "Annual report of the United Nations High Commissioner for Human Rights and reports"
        " of the Office of the High Commissioner and the Secretary-General"
    ),
    3: (
        "Promotion and protection of all human rights, civil, political, economic, social"
        " and cultural rights, including the right to development"
    ),
    4: "Human rights situations that require the Council's attention",
    5: "Human rights bodies and mechanisms",
    6: "Universal periodic review",
    7: "Human rights situation in Palestine and other occupied Arab territories",
    8: "Follow-up and implementation of the Vienna Declaration and Programme of Action",
    9: (
        "Racism, racial discrimination, xenophobia and related forms of intolerance,"
        " follow-up and implementation of the Durban Declaration and Programme of Action"
    ),
    10: "Technical assistance and capacity-building",
}

CHINESE: dict[int, str] = {
    1: "组织和程序事项",
    2: "联合国人权事务高级专员的年度报告以及高级专员办事处的报告和秘书长的报告",
    3: "促进和保护所有人权",
    4: "需要理事会注意的人权状况",
    5: "人权机构和机制",
    6: "普遍定期审议",
    7: "巴勒斯坦及其他阿拉伯被占领土的人权状况",
    8: "《维也纳宣言和行动纲领》的后续行动和执行情况",
    9: "种族主义、种族歧视、仇外心理和相关的不容忍现象;《德班宣言和行动纲领》的后续行动和执行情况",
    10: "技术援助和能力建设",
}
