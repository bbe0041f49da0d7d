"""Re-planning after an edit in a warm `planner serve`: the time from sending a correction to
the programme page that shows it, on the sample session (target: under 100 ms).

    python bench/bench_web.py [--repeat 21]

Starts the app with uvicorn on a free loopback port (SQLite in a temporary folder), imports
sample_sessions/hrc46, warms it up, then times each POST of a correction (which re-plans and
redirects to the mandates page) and each GET of the programme grid. Prints medians and worst.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from planner.web.app import create_app  # noqa: E402
from planner.web.security import allowed_hosts  # noqa: E402
from planner.web.server import bind  # noqa: E402

MEETING = "a-hrc-res-43-21-op8-s46"


def start(folder: Path) -> tuple[str, uvicorn.Server, threading.Thread]:
    sock = bind("127.0.0.1", 0)
    port = sock.getsockname()[1]
    app = create_app(f"sqlite:///{folder / 'planner.db'}", token="bench", hosts=allowed_hosts("127.0.0.1", port))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    return f"http://127.0.0.1:{port}", server, thread


def version(client: httpx.Client) -> str:
    return re.search(r'name="version" value="(\d+)"', client.get("/sessions/46/programme").text).group(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        base, server, thread = start(Path(scratch))
        client = httpx.Client(base_url=base, headers={"origin": base}, follow_redirects=True)
        client.get("/?token=bench")
        sample = REPO / "sample_sessions" / "hrc46"
        files = [
            ("files", (str(p.relative_to(sample.parent)), p.read_bytes())) for p in sample.rglob("*") if p.is_file()
        ]
        client.post("/sessions/import", files=files)
        edits, pages = [], []
        for round_ in range(args.repeat + 2):  # two warm-up rounds
            at = version(client)
            data = {"mandate": MEETING, "field": "duration_minutes", "value": str(120 + round_ % 2 * 60), "version": at}
            began = time.perf_counter()
            answer = client.post("/sessions/46/corrections", data=data)
            edited = time.perf_counter()
            client.get("/sessions/46/programme")
            shown = time.perf_counter()
            assert answer.status_code == 200, answer.text[:300]
            if round_ >= 2:
                edits.append(edited - began)
                pages.append(shown - edited)
        server.should_exit = True
        thread.join(10)
    for label, times in (
        ("correction saved and re-planned (POST + mandates page)", edits),
        ("programme grid (GET)", pages),
    ):
        print(
            f"{label}: median {statistics.median(times) * 1000:.1f} ms, "
            f"worst {max(times) * 1000:.1f} ms over {len(times)}"
        )


if __name__ == "__main__":
    main()
