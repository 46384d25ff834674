"""The record every extractor yields, and the helpers that keep overlapping
finds from different extractors apart.

Offsets are character offsets into the text of the field the mention sits in
(the body, an attachment's text, a header's display name, the subject), so a
reader can cut `surface` back out of it: `text[start:end] == surface`. Header EMAIL and
domain ORG mentions have no offsets (NULL).

`extra` keys, all optional (the resolver and the detectors read them):
- `source`: pattern, signature, header, rules, gazetteer, vocab, domain, ner,
  quote (which finder; `found_by` keeps the first finder of a signature line)
- `lemma`: nominative form (Russian via pymorphy3; Belarusian first names
  via the lexicon; else as written); `gender`: "m" / "f" where known
- `parts`: {first, patronymic, last, initials, title} as written;
  `untitled`: the name without its form of address ("Mr. P. Ivanou" -> "P. Ivanou")
- `email`, `org_hint` (the mail domain's label), `role` (short English),
  `org`, `phone`, `position`: hints on a person from a header or signature;
  `person`: on a signature's POSITION/ORG/PHONE, the signer's surface
- ORG: `name` (the name without legal form and outer quotes), `legal_form`
  (abbreviated: "ОАО", "GmbH"), `kind` ("бюро"), `abbreviation_of`,
  `domain`, `weak` (a bare «quote», a domain label, a short name from the
  case vocabulary, or a signature line taken by position)
- LOC: `country` (ISO alpha-2), `kind` (country/city), `name` (English), `lemma`
- PLATFORM: `code` ("mi-8"), `variant` ("МТВ-1"); PHONE: `phone` (digits, "+"
  kept); EMAIL: `email` (lower case)
- `quoted`: found in a quoted part of the body; `signature`: in an
  attachment's signature block"""

from __future__ import annotations

import bisect
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
    place inside an organisation's name ("Zarechny Aircraft Repair Plant") is
    kept beside it."""
    ranked = sorted(mentions, key=lambda m: tuple(-x for x in _rank(m)) + (m.start or 0,))
    kept: list[Mention] = []
    starts: list[int] = []  # kept spans by start: mostly disjoint, so a clash is among the few before
    spans: list[Mention] = []
    for m in ranked:
        if m.start is None or m.end is None:
            kept.append(m)
            continue
        i = bisect.bisect_left(starts, m.end)
        clash = False
        for k in spans[max(0, i - NEIGHBOURS):i]:
            if _overlap(m, k) and not (_place_in_org(m, k) or _place_in_org(k, m)):
                clash = True
                break
        if not clash:
            kept.append(m)
            starts.insert(i, m.start)
            spans.insert(i, m)
    return sorted(kept, key=lambda m: (m.start or 0, m.end or 0))


NEIGHBOURS = 8  # kept spans overlap only where a place sits inside a firm's name


def _place_in_org(place: Mention, org: Mention) -> bool:
    return (place.label == "LOC" and org.label == "ORG" and org.start is not None and place.start is not None
            and org.start <= place.start and place.end <= org.end  # type: ignore[operator]
            and org.end - org.start > place.end - place.start)  # type: ignore[operator]


def _overlap(a: Mention, b: Mention) -> bool:
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return a.start < b.end and b.start < a.end


TIERS = {"pattern": 2, "signature": 2, "header": 2, "rules": 1, "gazetteer": 1, "vocab": 1, "domain": 1}


def _rank(m: Mention) -> tuple[int, int, int]:
    """(tier, length * 10 + label priority, in a signature): patterns,
    signatures and headers over rules and gazetteers over NER and bare
    quotes; then the longer span; a signature's copy of a find wins a tie."""
    tier = TIERS.get(str(m.extra.get("source")), 0)
    return (tier, ((m.end or 0) - (m.start or 0)) * 10 + PRIORITY.get(m.label, 0), int(m.field == "signature"))
