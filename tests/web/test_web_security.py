"""The guard: each request that should not pass is refused, with the right status, before routing."""

from __future__ import annotations

import pytest
from conftest import HOST, ORIGIN, TOKEN
from starlette.testclient import TestClient

from planner.web.app import create_app
from planner.web.security import COOKIE


@pytest.fixture
def fresh(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'p.db'}", token=TOKEN, hosts=[HOST], max_upload=1024 * 1024)
    with TestClient(app, base_url=ORIGIN, follow_redirects=False) as client:
        yield client


def test_a_request_without_the_token_is_refused(fresh):
    assert fresh.get("/").status_code == 401


def test_a_wrong_token_is_refused(fresh):
    assert fresh.get("/?token=guessed").status_code == 401


def test_the_token_logs_in_with_an_httponly_strict_cookie_and_leaves_the_address(fresh):
    answer = fresh.get(f"/?token={TOKEN}")

    assert answer.status_code == 303
    assert answer.headers["location"] == "/"
    assert answer.headers["set-cookie"] == f"{COOKIE}={TOKEN}; HttpOnly; SameSite=Strict; Path=/"
    assert fresh.get("/").status_code == 200


def test_a_foreign_host_header_is_refused_even_with_the_token(fresh):
    answer = fresh.get(f"/?token={TOKEN}", headers={"host": "attacker.example:8046"})

    assert answer.status_code == 421


def test_a_cross_site_post_is_refused(fresh):
    fresh.get(f"/?token={TOKEN}")

    by_fetch = fresh.post("/sessions", data={"number": "46"}, headers={"sec-fetch-site": "cross-site"})
    by_origin = fresh.post("/sessions", data={"number": "46"}, headers={"origin": "http://attacker.example"})
    by_nothing = fresh.post("/sessions", data={"number": "46"})

    assert [by_fetch.status_code, by_origin.status_code, by_nothing.status_code] == [403, 403, 403]


def test_a_same_origin_post_passes(fresh):
    fresh.get(f"/?token={TOKEN}")

    answer = fresh.post("/sessions", data={"number": "46"}, headers={"sec-fetch-site": "same-origin"})

    assert (answer.status_code, answer.headers["location"]) == (303, "/sessions/46/resolutions")


def test_an_oversized_upload_is_refused(fresh):
    fresh.get(f"/?token={TOKEN}")
    fresh.post("/sessions", data={"number": "46"}, headers={"origin": ORIGIN})

    answer = fresh.post(
        "/sessions/46/resolutions",
        files={"files": ("big.txt", b"x" * (2 * 1024 * 1024))},
        data={"version": "1"},
        headers={"origin": ORIGIN},
    )

    assert answer.status_code == 413


def test_a_path_in_a_file_name_is_kept_as_a_name_only(hrc46, resolution_file):
    text = resolution_file("a-hrc-res-21-20.en.txt").read_bytes()

    answer = hrc46.post(
        "/sessions/46/resolutions",
        files={"files": ("../../../etc/a-hrc-res-21-20.en.txt", text)},
        data={"version": "2"},
    )

    assert answer.status_code == 200
    assert "a-hrc-res-21-20.en.txt" in answer.text
    assert "../" not in answer.text.split("<main>")[1]


def test_the_feed_answers_to_its_secret_only(hrc46):
    assert hrc46.get("/feed/guessed/hrc46.ics").status_code == 404


def test_pages_forbid_framing_and_inline_scripts(hrc46):
    policy = hrc46.get("/sessions/46/programme").headers["content-security-policy"]

    assert policy == "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
