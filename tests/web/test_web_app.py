"""The app over the pipeline: corrections kept across reading again, pins refused when they
break a rule, two tabs, releases and the feed."""

from __future__ import annotations

import re

from conftest import RESOLUTIONS

from planner.web.texts import safe_name

MEETING = "a-hrc-res-43-21-op8-s46"


def version(client, page="programme") -> int:
    return int(re.search(r'name="version" value="(\d+)"', client.get(f"/sessions/46/{page}").text).group(1))


def correct(client, field, value, at=None):
    data = {"mandate": MEETING, "field": field, "value": value, "version": str(at or version(client))}
    return client.post("/sessions/46/corrections", data=data)


def test_safe_name_keeps_the_last_part_only():
    assert [safe_name(n) for n in ["../../etc/passwd", "C:\\x\\43-21.TXT", ".hidden.txt", "a b?.pdf"]] == [
        "passwd",
        "43-21.txt",
        "hidden.txt",
        "a-b.pdf",
    ]


def test_import_reads_the_sample_session(hrc46):
    page = hrc46.get("/sessions/46/mandates").text

    assert MEETING in page
    assert '<mark title="duration_minutes" data-field="duration_minutes">两小时</mark>' in page


def test_a_correction_is_kept_and_survives_reading_again(hrc46):
    assert correct(hrc46, "duration_minutes", "180").status_code == 200
    hrc46.post("/sessions/46/reread")

    page = hrc46.get("/sessions/46/mandates").text

    assert re.search(r'name="value" value="180" aria-label="length \(minutes\)', page)


def test_a_correction_on_a_changed_paragraph_is_flagged_not_applied(hrc46):
    correct(hrc46, "duration_minutes", "180")
    from planner.web.store import Correction

    planner = hrc46.app.state.planner
    state = planner.store.state(46)
    stale = state.with_correction(MEETING, "duration_minutes", Correction(180, "another paragraph"))
    planner.store.edit(46, planner.store.session(46).version, "text changed", lambda _: stale)

    page = hrc46.get("/sessions/46/mandates").text

    assert "The paragraph changed since duration_minutes was corrected to 180" in page
    assert re.search(r'name="value" value="120" aria-label="length \(minutes\)', page)


def test_a_wrong_value_is_refused_with_what_to_type(hrc46):
    answer = correct(hrc46, "agenda_item", "12")

    assert answer.status_code == 422
    assert "agenda item: 12 is not an item of the Council&#39;s agenda (1 to 10)" in answer.text


def test_a_pin_moves_the_meeting_and_undo_takes_it_back(hrc46):
    answer = hrc46.post(
        "/sessions/46/pins", data={"mandate": MEETING, "slot": "2021-03-02T15:00", "version": version(hrc46)}
    )
    assert answer.status_code == 200, answer.text
    assert "pin a-hrc-res-43-21-op8-s46 to 2021-03-02 15:00" in answer.text

    hrc46.post("/sessions/46/undo", data={"version": version(hrc46)})

    assert hrc46.app.state.planner.store.state(46).pins == {}


def test_a_pin_that_breaks_a_rule_is_refused_with_the_diagnosis(hrc46):
    before = version(hrc46)

    answer = hrc46.post("/sessions/46/pins", data={"mandate": MEETING, "slot": "2021-03-24T15:00", "version": before})

    assert answer.status_code == 409
    assert f"{MEETING}: " in answer.text
    assert version(hrc46) == before


def test_the_second_tab_saving_a_stale_plan_is_refused(hrc46):
    shown = version(hrc46)
    correct(hrc46, "chair", "the President", at=shown)

    answer = correct(hrc46, "chair", "the Vice-President", at=shown)

    assert answer.status_code == 409
    assert "was changed meanwhile" in answer.text
    assert hrc46.get(f"/sessions/46/version?shown={shown}").text.startswith('<p class="changed"')


def test_an_unreadable_text_is_refused_with_the_cli_message(hrc46):
    answer = hrc46.post(
        "/sessions/46/resolutions",
        files=[("files", ("notes.txt", b"hello")), ("files", ("x.exe", b"MZ"))],
        data={"version": version(hrc46)},
    )

    assert answer.status_code == 422
    assert "notes.txt: does not look like a resolution or decision: no operative paragraph found" in answer.text
    assert "x.exe: unsupported file type &#39;.exe&#39;; use .txt, .docx, .pdf, .doc, .odt or .rtf" in answer.text


def test_downloads_come_from_the_export_registry(hrc46):
    names = re.findall(r'href="/sessions/46/files/([^"]+)"', hrc46.get("/sessions/46/downloads").text)

    assert {"programme.json", "programme.csv", "programme.docx", "hrc46.ics"} <= set(names)
    assert hrc46.get("/sessions/46/files/programme.csv").headers["content-type"].startswith("text/csv")
    assert hrc46.get("/sessions/46/files/../../etc/passwd").status_code == 404


def test_publish_then_the_feed_serves_the_release_with_an_etag(hrc46):
    hrc46.post("/sessions/46/releases", data={"version_date": "2021-02-15", "version": version(hrc46)})
    feed = re.search(r"(/feed/[^\"<]+\.ics)", hrc46.get("/sessions/46/downloads").text).group(1)

    first = hrc46.get(feed)
    second = hrc46.get(feed, headers={"if-none-match": first.headers["etag"]})

    assert (first.status_code, second.status_code) == (200, 304)
    assert first.content.startswith(b"BEGIN:VCALENDAR")
    # The same calendar as `planner plan` (tests/golden/plan/hrc46.summary.txt): the order of business
    # and the fixed bookings too.
    assert "77 new, 0 unchanged" in hrc46.get("/sessions/46/releases").text


def test_a_second_release_says_what_moved(hrc46):
    hrc46.post("/sessions/46/releases", data={"version_date": "2021-02-15", "version": version(hrc46)})
    hrc46.post("/sessions/46/pins", data={"mandate": MEETING, "slot": "2021-03-02T15:00", "version": version(hrc46)})
    hrc46.post("/sessions/46/releases", data={"version_date": "2021-02-20", "version": version(hrc46)})

    page = hrc46.get("/sessions/46/releases").text

    assert re.search(r"moved .*Tue 2 Mar 2021 15:00", page)


def test_the_folder_exported_plans_with_the_cli(hrc46, tmp_path):
    import io
    import zipfile

    from planner.pipeline.plan import plan_programme

    hrc46.post("/sessions/46/pins", data={"mandate": MEETING, "slot": "2021-03-02T15:00", "version": version(hrc46)})
    zipfile.ZipFile(io.BytesIO(hrc46.get("/sessions/46/folder.zip").content)).extractall(tmp_path)

    programme, _ = plan_programme(tmp_path / "hrc46")

    placed = {p.ref.mandate.id: p.start.isoformat() for p in programme.placements}
    assert placed[MEETING] == "2021-03-02T15:00:00"


def test_arabic_pages_are_right_to_left(hrc46):
    hrc46.get("/language/ar?next=/sessions/46/programme")

    assert '<html lang="ar" dir="rtl">' in hrc46.get("/sessions/46/programme").text


def test_english_text_uploaded_is_read(hrc46):
    text = (RESOLUTIONS / "a-hrc-res-21-20.en.txt").read_bytes()

    answer = hrc46.post(
        "/sessions/46/resolutions", files={"files": ("a-hrc-res-21-20.en.txt", text)}, data={"version": version(hrc46)}
    )

    assert answer.status_code == 200
    assert "read 1 text(s): a-hrc-res-21-20.en.txt" in answer.text


def test_the_programme_grid_shows_the_order_of_business(hrc46):
    page = hrc46.get("/sessions/46/programme")
    assert page.status_code == 200
    assert '<div class="business">ITEM 4 - General debate on item 4</div>' in page.text
