"""The editable state of a session: everything a person changes, as one value.

Every edit turns one state into the next; the store keeps the state before each edit so
the last one can be undone. Plain data (JSON in and out), no database types.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Correction:
    value: Any  # the field's value as JSON gives it (None clears what the text said)
    paragraph_digest: str = ""  # the paragraph the correction was made on


@dataclass(frozen=True)
class PinPlace:
    day: str  # ISO date
    start: str | None = None  # "15:00", or None for any hour of that day


@dataclass(frozen=True)
class SessionState:
    session_toml: str
    documents: dict[str, str] = field(default_factory=dict)  # content hash -> name
    corrections: dict[str, dict[str, Correction]] = field(default_factory=dict)  # mandate id -> field -> value
    pins: dict[str, PinPlace] = field(default_factory=dict)  # mandate id -> place
    declared: dict[str, dict[str, Any]] = field(default_factory=dict)  # mandate id -> DeclaredMandate fields

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> SessionState:
        raw = json.loads(text)
        return cls(
            session_toml=raw["session_toml"],
            documents=dict(raw["documents"]),
            corrections={
                mandate: {name: Correction(**fix) for name, fix in fields.items()}
                for mandate, fields in raw["corrections"].items()
            },
            pins={mandate: PinPlace(**place) for mandate, place in raw["pins"].items()},
            declared=dict(raw["declared"]),
        )

    def with_correction(self, mandate_id: str, name: str, correction: Correction | None) -> SessionState:
        fields = dict(self.corrections.get(mandate_id, {}))
        if correction is None:
            fields.pop(name, None)
        else:
            fields[name] = correction
        corrections = {**self.corrections, mandate_id: fields}
        return replace(self, corrections={k: v for k, v in corrections.items() if v})

    def with_pin(self, mandate_id: str, place: PinPlace | None) -> SessionState:
        pins = {k: v for k, v in self.pins.items() if k != mandate_id}
        if place is not None:
            pins[mandate_id] = place
        return replace(self, pins=pins)

    def with_document(self, digest: str, name: str | None) -> SessionState:
        documents = {k: v for k, v in self.documents.items() if k != digest}
        if name is not None:
            documents[digest] = name
        return replace(self, documents=documents)

    def with_declared(self, mandate_id: str, fields: dict[str, Any] | None) -> SessionState:
        declared = {k: v for k, v in self.declared.items() if k != mandate_id}
        if fields is not None:
            declared[mandate_id] = fields
        return replace(self, declared=declared)
