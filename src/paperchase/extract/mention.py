"""The record every extractor yields, and the helpers that keep overlapping
finds from different extractors apart.

Offsets are character offsets into the text of the field the mention sits in
(the body, an attachment's text, a header's display name, the subject), so a
reader can cut `surface` back out of it: `text[start:end] == surface`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LABELS = ("PER", "ORG", "LOC", "PLATFORM", "EMAIL", "PHONE", "POSITION")
FIELDS = ("from", "to", "cc", "subject", "body", "signature", "attachment")


@dataclass(slots=True)
class Mention:
    label: str
    surface: str
    start: int | None  # None for a header address, which has no text to point into
    end: int | None
    extra: dict[str, Any] = field(default_factory=dict)
    field: str = "body"
    attachment_id: int | None = None

    def shifted(self, by: int) -> Mention:
        start = None if self.start is None else self.start + by
        end = None if self.end is None else self.end + by
        return Mention(self.label, self.surface, start, end, dict(self.extra), self.field, self.attachment_id)


# which label wins where two finds of the same tier and length overlap
PRIORITY = {"EMAIL": 7, "PHONE": 6, "PLATFORM": 5, "POSITION": 4, "ORG": 3, "PER": 2, "LOC": 1}


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the mentions that do not overlap a better one (see `_rank`). A
    place inside an organisation's name ("Orsha Aircraft Repair Plant") is
    kept beside it."""
    ranked = sorted(mentions, key=lambda m: (-_rank(m)[0], -_rank(m)[1], m.start or 0))
    kept: list[Mention] = []
    for m in ranked:
        clash = False
        for k in kept:
            if _overlap(m, k):
                if {m.label, k.label} == {"LOC", "ORG"}:
                    continue
                clash = True
                break
        if not clash:
            kept.append(m)
    return sorted(kept, key=lambda m: (m.start or 0, m.end or 0))


def _overlap(a: Mention, b: Mention) -> bool:
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return a.start < b.end and b.start < a.end


TIERS = {"pattern": 2, "signature": 2, "header": 2, "rules": 1, "gazetteer": 1, "vocab": 1, "domain": 1}


def _rank(m: Mention) -> tuple[int, int]:
    """(tier, length * 10 + label priority): patterns, signatures and headers
    over rules and gazetteers over NER and bare quotes; then the longer span."""
    tier = TIERS.get(str(m.extra.get("source")), 0)
    return (tier, ((m.end or 0) - (m.start or 0)) * 10 + PRIORITY.get(m.label, 0))
