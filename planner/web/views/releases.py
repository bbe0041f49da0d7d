"""Releases and downloads: publish a version, the files of the export registry, the feed."""

from __future__ import annotations

import datetime as dt
import hashlib

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from planner.core.un_style import un_date
from planner.web.context import back
from planner.web.folder import export_zip
from planner.web.releases import freeze, published_starts, render_files
from planner.web.store import StoreError
from planner.web.views.common import number, planner, session_url, text, version


async def page(request: Request, error: str | None = None, status: int = 200) -> HTMLResponse:
    app = planner(request)
    n = number(request)
    loaded = app.load(n)
    return app.render(
        request,
        "releases.html",
        status=status,
        loaded=loaded,
        releases=app.store.releases(n),
        today=dt.date.today().isoformat(),
        error=error,
        page="releases",
    )


async def publish(request: Request) -> Response:
    form = await request.form()
    app, n = planner(request), number(request)
    try:
        day = dt.date.fromisoformat(text(form, "version_date"))
    except ValueError:
        return await page(request, "give the version's date as YYYY-MM-DD", 422)
    loaded = app.load(n)
    release = loaded.release
    plan = app.workspace(n).plan(loaded.state, version=day, previous=published_starts(release))
    try:
        stored = app.store.publish(n, version(form), freeze(plan.programme, release))
    except StoreError as err:
        return await page(request, str(err), 409)
    return back(session_url(n, "releases"), f"published release {stored.number}, version of {un_date(day)}")


async def downloads(request: Request) -> HTMLResponse:
    app, n = planner(request), number(request)
    loaded = app.load(n)
    files = render_files(loaded.plan.programme, loaded.release) if loaded.plan else {}
    feed = request.url_for("feed", secret=loaded.info.feed_secret, name=f"hrc{n}.ics")
    return app.render(
        request,
        "downloads.html",
        loaded=loaded,
        files=sorted(files),
        feed=str(feed),
        webcal=str(feed).replace("http://", "webcal://", 1).replace("https://", "webcal://", 1),
        error=None,
        page="downloads",
    )


async def download(request: Request) -> Response:
    """One file of the current draft, rendered by the exporter registry; names are looked up, never opened."""
    app, n = planner(request), number(request)
    loaded = app.load(n)
    if loaded.plan is None:
        return Response(f"session {n} cannot be planned: {loaded.error}\n", 422, media_type="text/plain")
    files = render_files(loaded.plan.programme, loaded.release)
    name = request.path_params["name"]
    if name not in files:
        return Response(f"no file {name!r} in this plan\n", 404, media_type="text/plain")
    media, data = files[name]
    filename = name.rsplit("/", 1)[-1]
    return Response(data, media_type=media, headers={"content-disposition": f'attachment; filename="{filename}"'})


async def folder(request: Request) -> Response:
    app, n = planner(request), number(request)
    loaded = app.load(n)
    from planner.sessions.standing import builtin_standing_mandates

    standing = {s.id for s in builtin_standing_mandates()}
    data = export_zip(f"hrc{n}", loaded.state, lambda digest: app.store.document(n, digest), standing, loaded.plan)
    return Response(
        data, media_type="application/zip", headers={"content-disposition": f'attachment; filename="hrc{n}.zip"'}
    )


async def feed(request: Request) -> Response:
    """The published calendar, under the feed's own secret; ETag, so clients fetch only changes."""
    app = planner(request)
    n = app.store.session_by_feed(request.path_params["secret"])
    if n is None or request.path_params["name"] != f"hrc{n}.ics":
        return Response("no such calendar\n", 404, media_type="text/plain")
    release = app.store.last_release(n)
    if release is None:
        return Response("nothing published yet\n", 404, media_type="text/plain")
    tag = '"' + hashlib.sha256(release.calendar).hexdigest()[:32] + '"'
    headers = {"etag": tag, "cache-control": "no-cache"}
    if tag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
        return Response(status_code=304, headers=headers)
    return Response(release.calendar, media_type="text/calendar; charset=utf-8", headers=headers)


async def undo(request: Request) -> Response:
    form = await request.form()
    n = number(request)
    try:
        what = planner(request).store.undo(n, version(form))
    except StoreError as err:
        return back(session_url(n, "programme"), str(err))
    target = text(form, "next")
    return back(session_url(n, target if target.isalpha() else "programme"), f"undone: {what}")
