"""The findings stage: the claims an investigator publishes, each with its
subjects, normalised attributes, a one-sentence summary and verbatim quotes.

`detect_case(case)` reads every message (body and attachments, quoted
history included: a fact quoted five times is one finding citing five
messages), runs the detectors of `DETECTORS` on each, groups their
candidates by the spec's rules and replaces the case's findings of these
kinds (a screening stage's `watchlist_match` rows are left alone)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Any

from paperchase.findings import development, employment, military, people, shortage, supply, travel
from paperchase.findings.context import Context
from paperchase.findings.cues import is_news, is_news_author
from paperchase.findings.lexicon import validate_all
from paperchase.findings.model import Candidate, Evidence, Finding
from paperchase.findings.view import make_view

log = logging.getLogger(__name__)

KINDS = ("military_maintenance", "joint_development", "sanctions_obstacle", "alternative_supplier",
         "equipment_shortage", "foreign_travel", "citizenship", "family_relation", "employment")

# (name, detect) in the order they run; grouping below follows the same modules
DETECTORS = (
    ("military", military.detect),
    ("development", development.detect),
    ("supply", supply.detect),
    ("shortage", shortage.detect),
    ("people", people.detect),
    ("employment", employment.detect),
    ("travel", travel.detect),
)


def detect_messages(messages: Iterable[Any], ctx: Context) -> list[Finding]:
    """Findings from messages (StoredMessage or anything with its fields):
    the core, testable without a case. A finding whose subjects resolve to
    no entity is dropped: nobody could read it."""
    found = [f for f in group_all(candidates(messages, ctx), ctx) if f.subjects and f.evidence]
    for f in found:
        _cite_forwards(f, ctx)
    return found


def _cite_forwards(finding: Finding, ctx: Context) -> None:
    """A quote from a message forwarded as an attachment is also cited in the
    message that forwarded it: that is where the mailbox shows it."""
    seen = {(e.message_id, e.quote) for e in finding.evidence}
    for e in list(finding.evidence):
        parent = ctx.forwarded_in.get(e.message_id)
        if parent and (parent, e.quote) not in seen:
            seen.add((parent, e.quote))
            finding.evidence.append(Evidence(parent, e.quote, f"forwarded:{e.message_id}", e.depth))


def candidates(messages: Iterable[Any], ctx: Context) -> dict[str, list[Candidate]]:
    """Every sentence-level claim, per detector."""
    cands: dict[str, list[Candidate]] = {name: [] for name, _fn in DETECTORS}
    for msg in messages:
        view = make_view(msg)
        sender = (view.sender or {}).get("email", "")
        if is_news(view.subject, getattr(msg, "text", "") or "", sender, ctx.home_domains,
                   (view.sender or {}).get("name", "")):
            continue
        _drop_forwarded_news(view, ctx)
        for name, fn in DETECTORS:
            try:
                cands[name].extend(fn(view, ctx))
            except Exception as exc:  # noqa: BLE001 - one message's text never stops the analysis
                # a detector's bug on one message loses that message's claims of that kind, nothing else;
                # the message and the error are kept for `paperchase status`
                log.warning("findings: %s failed on %s: %r", name, view.message_id, exc)
                ctx.errors.append({"detector": name, "message_id": view.message_id, "error": repr(exc)})
    return cands


def _drop_forwarded_news(view: Any, ctx: Context) -> None:
    """A news item forwarded or quoted inside a message ("---- Forwarded ----
    From: Some Herald <news@...>") reports on other firms: its sentences are
    taken out of the view before any detector reads them."""
    for block in view.blocks:
        if block.authors:
            block.segments = [s for s in block.segments
                              if not (s.line in block.authors
                                      and is_news_author(block.authors[s.line], ctx.home_domains))]


def group_all(cands: dict[str, list[Candidate]], ctx: Context) -> list[Finding]:
    """Candidates to findings by the spec's grouping rules."""
    found: list[Finding] = []
    found += military.group(cands["military"], ctx)
    found += development.group(cands["development"], ctx)
    found += supply.group(cands["supply"], ctx)
    found += shortage.group(cands["shortage"], ctx)
    persons = people.group(cands["people"] + cands["employment"], ctx)
    found += persons
    found += travel.group(cands["travel"], ctx, [f for f in persons if f.kind == "family_relation"])
    return found


def detect_case(case: Any) -> int:
    """Replace the case's findings (all kinds but watchlist_match); returns how many were written."""
    validate_all()
    ctx = Context.from_db(case.db)
    found = detect_messages(case.iter_messages(), ctx)
    rows = {f.id: f.as_row() for f in found}
    with case.transaction():
        case.db.execute("INSERT OR REPLACE INTO kv VALUES ('findings.errors', ?)", (json.dumps(ctx.errors),))
        case.db.execute(f"DELETE FROM findings WHERE kind IN ({','.join('?' * len(KINDS))})", KINDS)
        case.db.executemany("INSERT OR REPLACE INTO findings VALUES (?, ?, ?, ?, ?, ?, ?)", list(rows.values()))
    return len(rows)


__all__ = ["KINDS", "detect_case", "detect_messages", "Context"]
