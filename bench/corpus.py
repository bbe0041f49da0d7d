"""Build a corpus of realistic resolution texts from the real ones in tests/data.

    python bench/corpus.py OUT_DIR --megabytes 50

Each generated file is a real resolution text (header, preamble, operative paragraphs)
with its session numbers shifted and real operative paragraphs from the labelled set
(mandates and traps) appended, so the extractor meets the same language it meets in
real use. Deterministic: the same arguments give the same files.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
ORDINALS = ["twentieth", "twenty-first", "thirtieth", "forty-sixth", "forty-seventh", "fiftieth", "fifty-first"]


def sources() -> tuple[list[str], list[str]]:
    texts = [p.read_text("utf-8") for p in sorted((DATA / "resolutions").glob("*.en.txt"))]
    texts += [p.read_text("utf-8") for p in sorted((DATA / "resolutions").glob("*.zh.txt"))]
    paragraphs = []
    for name in ("mandates-dev.yaml", "phrasings.yaml"):
        for entry in yaml.safe_load((DATA / name).read_text("utf-8")):
            if entry["language"] == "en" and re.match(r"^\d+\.\s", entry["text"]):
                paragraphs.append(re.sub(r"^\d+\.\s*", "", entry["text"]))
    return texts, paragraphs


def resolution(rng: random.Random, texts: list[str], paragraphs: list[str]) -> str:
    text = rng.choice(texts)
    if "人权理事会" in text:
        return text
    last = max((int(n) for n in re.findall(r"(?m)^(\d{1,3})\.\s", text)), default=0)
    extra = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(3, 12)))
    body = "\n\n".join(f"{last + i}. {p}" for i, p in enumerate(extra, 1))
    shifted = re.sub(r"\b(twenty-first|twenty-second|thirteenth)\b", lambda _: rng.choice(ORDINALS), text)
    return f"{shifted.rstrip()}\n\n{body}\n"


def build(out: Path, megabytes: float, seed: int = 46) -> tuple[int, int]:
    rng = random.Random(seed)
    texts, paragraphs = sources()
    out.mkdir(parents=True, exist_ok=True)
    total = count = 0
    while total < megabytes * 1024 * 1024:
        data = resolution(rng, texts, paragraphs).encode("utf-8")
        (out / f"res-{count:06d}.txt").write_bytes(data)
        total += len(data)
        count += 1
    return count, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--megabytes", type=float, default=50)
    args = parser.parse_args()
    count, total = build(args.out, args.megabytes)
    print(f"{count} files, {total / 1024 / 1024:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
