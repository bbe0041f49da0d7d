"""Operative paragraphs split into clauses, each governed by one verb.

"Decides to hold ... a panel discussion ..., and encourages States to take part"
holds two clauses: only the first orders a meeting. Splitting first keeps the
verbs of encouragement and welcome from lending their words to a mandate.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from planner.core.mandate import Paragraph
from planner.extract.lexicon import Lexicon, lexicon


@dataclass(slots=True)
class Clause:
    verb: str
    text: str
    ordering: bool  # the verb orders something (decides, requests, invites)


def analysis_text(paragraph: Paragraph) -> str:
    """A lettered sub-paragraph reads with its chapeau: "Decides: (a) To hold" -> "Decides: To hold"."""
    if paragraph.chapeau and paragraph.sub:
        return f"{paragraph.chapeau} {paragraph.text}"
    return paragraph.text


def clauses(text: str, lex: Lexicon) -> list[Clause]:
    # The opening verb apart: a pattern free of "^" lets `re` jump to the marks that start the others.
    opening = lex.clauses["opening"].match(text)
    starts = [opening] if opening else []
    starts += lex.clauses["boundary"].finditer(text, opening.end() if opening else 0)
    out = []
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        begin = match.start("verb")
        verb, ordering = _verb(lex.language, match.group("verb"))
        out.append(Clause(verb=verb, text=text[begin:end].strip(), ordering=ordering))
    return out


@lru_cache(maxsize=10_000)  # a few dozen verbs recur, as printed
def _verb(language: str, printed: str) -> tuple[str, bool]:
    """The verb in lower case on one line, and whether it orders."""
    verb = " ".join(printed.split()).lower()
    return verb, bool(lexicon(language).clauses["ordering"].match(verb))
