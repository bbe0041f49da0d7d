"""Build a corpus of resolution texts from real ones, for the extraction benchmark.

    python bench/corpus.py OUT_DIR --megabytes 50                   # like a session's texts
    python bench/corpus.py OUT_DIR --megabytes 50 --profile dense   # mandates on every page
    python bench/corpus.py OUT_DIR --megabytes 50 --profile real    # the real texts only

Every paragraph is real (tests/data): headers of real resolutions, preambular and operative
paragraphs copied from adopted texts (tests/data/paragraphs.yaml), and the labelled mandate
and trap paragraphs. Only their mix is made up, in one of two profiles:

- `session`: what a session adopts. A resolution has 8-25 preambular and 6-20 operative
  paragraphs (the seed, a whole resolution, has 21 and 10); one in four orders a meeting
  (a main session adopts some 40 texts and holds some 10 mandated meetings), about half
  ask for a report; one text in ten is the Chinese seed.
- `dense`: a stress test. Each text is a short real excerpt followed by 3-12 labelled
  mandate and trap paragraphs: about two meetings and nine ordering clauses in 4 KB,
  some fifty times the mandates per megabyte of a session.
- `real`: only the real texts of tests/data/resolutions, each as it is (English and
  Chinese), drawn at random: what users' archives hold, without a made-up mix.

Deterministic: the same arguments give the same files.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
ORDINALS = ["twentieth", "twenty-first", "thirtieth", "forty-sixth", "forty-seventh", "fiftieth", "fifty-first"]
_OPERATIVE = re.compile(r"^\d+\.\s*")


class Sources:
    """The real texts the corpus is cut from, all in tests/data."""

    def __init__(self) -> None:
        folder = DATA / "resolutions"
        self.english = [p.read_text("utf-8") for p in sorted(folder.glob("*.en.txt"))]
        self.chinese = [p.read_text("utf-8") for p in sorted(folder.glob("*.zh.txt"))]
        labelled = [e for name in ("mandates-dev.yaml", "phrasings.yaml") for e in _yaml(DATA / name)]
        english = [e for e in labelled if e["language"] == "en"]
        operative = [e for e in english if _OPERATIVE.match(e["text"])]
        self.labelled = [_OPERATIVE.sub("", e["text"]) for e in operative]  # in file order
        self.mandates = [_OPERATIVE.sub("", e["text"]) for e in operative if e["is_mandate"]]
        self.traps = [_OPERATIVE.sub("", e["text"]) for e in operative if not e["is_mandate"]]
        paragraphs = [p for text in self.english for p in _body(text)]
        self.preambular = [p for p in paragraphs if _PREAMBULAR.match(p)]
        self.preambular += [" ".join(e["text"].split()) for e in english if _PREAMBULAR.match(e["text"])]
        # Operative paragraphs that order nothing: the excerpts' own (those about no meeting)
        # and the labelled traps, which name meetings without ordering one (harder than most).
        self.operative = [_OPERATIVE.sub("", p) for p in paragraphs if _OPERATIVE.match(p) and not _MEETING.search(p)]
        self.operative += self.traps
        self.reports = [p for p in self.operative if p.startswith("Requests") and "report" in p]
        self.headers = [text.split(_OPENER)[0] for text in self.english if _OPENER in text]


_OPENER = "The Human Rights Council,"
_PREAMBULAR = re.compile(r"^[A-Z][a-z]+(?:ing|ed)\b.*,$", re.DOTALL)
_MEETING = re.compile(r"panel|meeting|discussion|dialogue|debate|seminar|workshop|forum|consultation|session")


def _body(text: str) -> list[str]:
    """The paragraphs after the opener line, each on one line."""
    if _OPENER not in text:
        return []
    body = text.split(_OPENER, 1)[1]
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", body) if p.strip()]


def _yaml(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text("utf-8"))


def session_text(rng: random.Random, src: Sources) -> str:
    """A resolution as a session adopts it: long, and mostly not about meetings."""
    if rng.random() < 0.1:
        return rng.choice(src.chinese)
    operative = rng.choices(src.operative, k=rng.randint(6, 20))
    if rng.random() < 0.5:
        operative.insert(rng.randint(0, len(operative)), rng.choice(src.reports))
    if rng.random() < 0.25:
        operative.insert(rng.randint(0, len(operative)), rng.choice(src.mandates))
    if rng.random() < 0.25:
        operative.insert(rng.randint(0, len(operative)), rng.choice(src.traps))
    preambular = rng.choices(src.preambular, k=rng.randint(8, 25))
    header = _shifted(rng, rng.choice(src.headers)).rstrip()
    body = "\n\n".join(f"{n}. {p}" for n, p in enumerate(operative, 1))
    return f"{header}\n\nThe Human Rights Council,\n\n" + "\n\n".join(preambular) + f"\n\n{body}\n"


def dense_text(rng: random.Random, src: Sources) -> str:
    """A real excerpt with 3-12 labelled mandate and trap paragraphs after it."""
    text = rng.choice(src.english + src.chinese)
    if "人权理事会" in text:
        return text
    last = max((int(n) for n in re.findall(r"(?m)^(\d{1,3})\.\s", text)), default=0)
    extra = rng.sample(src.labelled, k=min(len(src.labelled), rng.randint(3, 12)))
    body = "\n\n".join(f"{last + i}. {p}" for i, p in enumerate(extra, 1))
    return f"{_shifted(rng, text).rstrip()}\n\n{body}\n"


def _shifted(rng: random.Random, text: str) -> str:
    return re.sub(r"\b(twenty-first|twenty-second|thirteenth)\b", lambda _: rng.choice(ORDINALS), text)


def real_text(rng: random.Random, src: Sources) -> str:
    """One of the real texts of tests/data/resolutions as it is, nothing added."""
    return rng.choice(src.english + src.chinese)


PROFILES = {"session": session_text, "dense": dense_text, "real": real_text}


def build(out: Path, megabytes: float, profile: str = "session", seed: int = 46) -> tuple[int, int]:
    rng = random.Random(seed)
    src = Sources()
    make = PROFILES[profile]
    out.mkdir(parents=True, exist_ok=True)
    total = count = 0
    while total < megabytes * 1024 * 1024:
        data = make(rng, src).encode("utf-8")
        (out / f"res-{count:06d}.txt").write_bytes(data)
        total += len(data)
        count += 1
    return count, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--megabytes", type=float, default=50)
    parser.add_argument("--profile", choices=sorted(PROFILES), default="session")
    args = parser.parse_args()
    count, total = build(args.out, args.megabytes, args.profile)
    print(f"{count} files, {total / 1024 / 1024:.1f} MB in {args.out} ({args.profile} profile)")


if __name__ == "__main__":
    main()
