"""The app and `planner plan` plan the same: one way to plan (plan_from), the session.toml keys
the app edits exported back to session.toml, declared meetings removed, drafts in Chinese."""

from __future__ import annotations

import io
import json
import re
import tomllib
import zipfile

from conftest import SAMPLE, folder_files

from planner.pipeline.plan import plan_from, plan_programme
from planner.pipeline.resolutions import read_resolutions
from planner.sessions.session_file import load_session_file
from planner.sessions.standing import builtin_standing_mandates

MEETING = "a-hrc-res-43-21-op8-s46"


def version(client, page="programme") -> int:
    return int(re.search(r'name="version" value="(\d+)"', client.get(f"/sessions/46/{page}").text).group(1))


def correct(client, field, value):
    data = {"mandate": MEETING, "field": field, "value": value, "version": str(version(client))}
    return client.post("/sessions/46/corrections", data=data)


def exported(client, tmp_path):
    zipfile.ZipFile(io.BytesIO(client.get("/sessions/46/folder.zip").content)).extractall(tmp_path)
    return tmp_path / "hrc46"


def placements(programme) -> list[tuple[str, str]]:
    return sorted((p.ref.mandate.id, p.start.isoformat()) for p in programme.placements)


def test_plan_from_plans_what_is_read_as_plan_programme_does():
    session_file = load_session_file(SAMPLE, {s.id for s in builtin_standing_mandates()})
    read = read_resolutions(SAMPLE / "resolutions", {"a-hrc-res-43-21.zh.txt": {"symbol": "A/HRC/RES/43/21"}})

    planned = plan_from(session_file, read.extractions)

    assert planned.misnamed == []
    assert placements(planned.programme) == placements(plan_programme(SAMPLE)[0])


def test_plan_from_returns_the_names_matching_no_mandate_as_data():
    session_file = load_session_file(SAMPLE, {s.id for s in builtin_standing_mandates()})
    session_file.chairs["43/21 op9"] = "the President"
    read = read_resolutions(SAMPLE / "resolutions", {"a-hrc-res-43-21.zh.txt": {"symbol": "A/HRC/RES/43/21"}})

    planned = plan_from(session_file, read.extractions)

    assert [(m.table, m.name) for m in planned.misnamed] == [("chairs", "43/21 op9")]
    assert "no mandate is called '43/21 op9'; did you mean '43/21 op8'?" in str(planned.misnamed[0].error)


def test_the_app_plans_as_planner_plan_does(hrc46, tmp_path):
    from planner.pipeline.write import run_plan

    run_plan(SAMPLE, tmp_path / "out")

    assert hrc46.get("/sessions/46/files/programme.json").content == (tmp_path / "out" / "programme.json").read_bytes()


def test_corrections_with_a_key_are_exported_to_session_toml(hrc46, tmp_path):
    correct(hrc46, "chair", "the Vice-President")
    correct(hrc46, "theme", "poverty and human rights")
    correct(hrc46, "duration_minutes", "180")

    folder = exported(hrc46, tmp_path)

    toml = tomllib.loads((folder / "session.toml").read_text())
    assert toml["chairs"] == {MEETING: "the Vice-President"}
    assert toml["themes"] == {MEETING: "poverty and human rights"}  # replaces "43/21 op8"
    assert json.loads((folder / "corrections.json").read_text()) == {MEETING: {"duration_minutes": 180}}
    programme, _ = plan_programme(folder)
    mandate = next(p.ref.mandate for p in programme.placements if p.ref.mandate.id == MEETING)
    assert (mandate.chair, mandate.theme) == ("the Vice-President", "poverty and human rights")
    page = hrc46.get("/sessions/46/mandates").text
    assert re.search(r'name="value" value="the Vice-President" aria-label="chair', page)


def test_a_session_toml_chair_is_applied_in_the_app_as_by_planner_plan(client, tmp_path):
    folder = tmp_path / "hrc46"
    (folder / "resolutions").mkdir(parents=True)
    for path in (SAMPLE / "resolutions").iterdir():
        (folder / "resolutions" / path.name).write_bytes(path.read_bytes())
    toml = (SAMPLE / "session.toml").read_text() + '\n[chairs]\n"43/21 op8" = "the President of the Council"\n'
    (folder / "session.toml").write_text(toml)
    client.post("/sessions/import", files=folder_files(folder))

    app = json.loads(client.get("/sessions/46/files/programme.json").content)

    chairs = {p["ref"]["mandate"]["id"]: p["ref"]["mandate"]["chair"] for p in app["placements"]}
    assert chairs[MEETING] == "the President of the Council"
    assert re.search(
        r'value="the President of the Council" aria-label="chair', client.get("/sessions/46/mandates").text
    )


def test_a_name_matching_no_mandate_is_listed_with_the_cli_message(client, tmp_path):
    folder = tmp_path / "hrc46"
    (folder / "resolutions").mkdir(parents=True)
    for path in (SAMPLE / "resolutions").iterdir():
        (folder / "resolutions" / path.name).write_bytes(path.read_bytes())
    (folder / "session.toml").write_text(
        (SAMPLE / "session.toml").read_text() + '\n[participants]\n"43/21 op9" = "x"\n'
    )
    client.post("/sessions/import", files=folder_files(folder))

    page = client.get("/sessions/46/resolutions").text

    assert "session.toml, participants.43/21 op9: no mandate is called &#39;43/21 op9&#39;" in page


def test_session_settings_are_kept_in_session_toml(hrc46, tmp_path):
    answer = hrc46.post(
        "/sessions/46/settings",
        data={"add_full_days": "1", "upr_states": "Norway, Chile", "dialogues_retire": "", "version": version(hrc46)},
    )
    assert answer.status_code == 200, answer.text
    answer = hrc46.post(
        "/sessions/46/dialogues",
        data={"action": "add", "id": "sr_new", "name": "A new rapporteur", "item": "3", "version": version(hrc46)},
    )
    assert answer.status_code == 200, answer.text

    toml = tomllib.loads((exported(hrc46, tmp_path) / "session.toml").read_text())

    assert (toml["reserve_opening"], "add_full_days" in toml) == (False, False)
    assert toml["upr_states"] == ["Norway", "Chile"]
    assert toml["dialogues"]["add"] == [{"id": "sr_new", "name": "A new rapporteur", "item": 3, "form": "individual"}]
    plan_programme(tmp_path / "hrc46")  # `planner plan` reads it


def test_a_setting_planner_plan_would_refuse_is_refused(hrc46):
    before = version(hrc46)

    answer = hrc46.post(
        "/sessions/46/settings",
        data={"add_full_days": "1", "reserve_opening": "1", "dialogues_retire": "sr_tortur", "version": before},
    )

    assert answer.status_code == 422
    assert "unknown dialogue &#39;sr_tortur&#39;; did you mean &#39;sr_torture&#39;?" in answer.text
    assert version(hrc46) == before


def test_a_declared_meeting_is_removed(hrc46, tmp_path):
    hrc46.post(
        "/sessions/46/declared",
        data={
            "id": "own_panel",
            "kind": "panel_discussion",
            "session": "46",
            "agenda_item": "3",
            "version": version(hrc46),
        },
    )
    assert "own_panel" in hrc46.get("/sessions/46/mandates").text

    answer = hrc46.post("/sessions/46/declared/remove", data={"id": "own_panel", "version": version(hrc46, "mandates")})
    assert answer.status_code == 200, answer.text
    answer = hrc46.post(
        "/sessions/46/declared/remove", data={"id": "african_descent_midterm_review", "version": version(hrc46)}
    )
    assert answer.status_code == 200, answer.text

    assert hrc46.app.state.planner.store.state(46).declared == {}
    programme, _ = plan_programme(exported(hrc46, tmp_path))  # its pin went with it
    ids = {p.ref.mandate.id for p in programme.placements}
    assert not ids & {"own_panel", "african_descent_midterm_review"}
    assert "own_panel" not in hrc46.get("/sessions/46/programme").text


def test_removing_a_meeting_not_declared_is_refused(hrc46):
    answer = hrc46.post("/sessions/46/declared/remove", data={"id": MEETING, "version": version(hrc46)})

    assert answer.status_code == 422
    assert "no meeting &#39;a-hrc-res-43-21-op8-s46&#39; is declared in this session" in answer.text


def test_report_drafts_in_chinese_are_downloadable(hrc46):
    names = re.findall(r'href="/sessions/46/files/([^"]+)"', hrc46.get("/sessions/46/downloads").text)
    drafts = [n for n in names if n.startswith("summary-reports/")]

    assert {n.rsplit(".", 2)[1] for n in drafts} == {"en", "zh"}
    chinese = next(n for n in drafts if n.endswith(".zh.docx"))
    assert hrc46.get(f"/sessions/46/files/{chinese}").content.startswith(b"PK")
