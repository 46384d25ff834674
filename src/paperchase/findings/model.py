"""The records of the findings stage: a `Candidate` is one sentence's claim,
grouped with the others that state the same fact into one `Finding` (the
spec's grouping rules: one trip, one product, one origin country...)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(slots=True)
class Evidence:
    message_id: str
    quote: str
    where: str
    depth: int = 0  # 0: the message's own words; >0 quoted history

    def as_dict(self) -> dict[str, str]:
        return {"message_id": self.message_id, "quote": self.quote, "where": self.where}


@dataclass(slots=True)
class Candidate:
    kind: str
    key: tuple[Any, ...]  # what makes two candidates the same fact
    subjects: list[str]
    attributes: dict[str, Any]
    evidence: Evidence
    strength: float = 0.7  # how plainly the sentence states it
    date: date | None = None  # the message's date
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Finding:
    kind: str
    summary: str
    subjects: list[str]
    attributes: dict[str, Any]
    evidence: list[Evidence]
    confidence: float
    key: tuple[Any, ...] = ()

    @property
    def id(self) -> str:
        """Stable across runs: the same fact gets the same id."""
        raw = json.dumps([self.kind, list(self.key), self.subjects], ensure_ascii=False, default=str)
        return "f-" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]

    def as_row(self) -> tuple[str, str, str, str, str, str, float]:
        return (self.id, self.kind, self.summary, json.dumps(self.subjects),
                json.dumps(self.attributes, ensure_ascii=False),
                json.dumps([e.as_dict() for e in self.evidence], ensure_ascii=False), round(self.confidence, 2))


def by_key(cands: list[Candidate]) -> dict[tuple[Any, ...], list[Candidate]]:
    """Candidates grouped by their grouping key, in first-seen order: one
    finding per key, as the spec's grouping rules say."""
    by: dict[tuple[Any, ...], list[Candidate]] = {}
    for c in cands:
        by.setdefault(c.key, []).append(c)
    return by


def merge_evidence(cands: list[Candidate]) -> list[Evidence]:
    """One quote per message and quote text, the message's own words first."""
    seen: set[tuple[str, str]] = set()
    out = []
    for c in sorted(cands, key=lambda c: (c.evidence.depth, -c.strength)):
        k = (c.evidence.message_id, c.evidence.quote)
        if k not in seen:
            seen.add(k)
            out.append(c.evidence)
    return out


def confidence(cands: list[Candidate]) -> float:
    """The plainest statement, raised by each further message that repeats it."""
    msgs = {c.evidence.message_id for c in cands}
    return min(1.0, max(c.strength for c in cands) + 0.05 * (len(msgs) - 1))
