"""Screening one subject against the indexed lists: blocking keys select
candidates, a cheap pre-filter ranks name pairs, the project's name scorer
compares the best, and evidence beside the name moves the score. Every
candidate keeps the reasons for its score, so a match explains itself and a
near miss can be shown for what it is."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from paperchase.screen.entry import ListEntry
from paperchase.screen.evidence import Subject, compatible, weigh
from paperchase.screen.forms import is_short, names_gender
from paperchase.screen.index import ListIndex, blocking_keys, compatible_classes, fold
from paperchase.screen.scorer import Scorer

EXACT = 0.98  # a weak alias or a one-word name counts only when it matches this well
PREFILTER = 55.0  # rapidfuzz ratio of folded forms below which a pair is not compared
SMALL_POOL = 300  # pools up to this many names are pre-filtered with token_ratio alone ...
STAGE_ONE = 60  # ... larger ones with ratio first, keeping this many for token_ratio
EXACT_PAIRS = 40  # most pairs compared for one subject when the spellings are the same
SPREAD = 10.0  # pairs more than this many points behind the closest are not compared ...
MIN_PAIRS = 3  # ... once this many have been
GATE = 0.6  # pre-filter similarity (0-1) below which a pair is not compared at all
MAX_SUPPORT = 0.1  # the most that evidence beside the name adds (see data/screen/evidence.yml)
NEAR = 0.75  # candidates view: spellings this close are shown whatever their score
PAIRS_PER_ENTRY = 3
PAIRS_PER_SUBJECT = 8
FEW_NAMES = 12  # where the blocking keys leave this few list names, every pair is compared ...
FORCE_BELOW = 0.85  # ... unless a pair of close spellings already scored this much


@dataclass(slots=True)
class Candidate:
    subject: Subject
    entry: ListEntry
    score: float
    name_score: float
    subject_name: str
    entry_name: str
    entry_name_kind: str
    how: str
    closeness: float = 0.0  # the pre-filter's similarity of the spellings, 0-1
    evidence: list[tuple[str, float, str]] = field(default_factory=list)

    def reweigh(self) -> None:
        """(Re)compute the evidence beside the name and the final score."""
        entry = self.entry
        entry_gender = entry.gender or names_gender([n for n, _ in entry.names])
        self.evidence = weigh(self.subject, entry, entry_gender)
        self.score = max(0.0, min(1.0, self.name_score + sum(d for _, d, _ in self.evidence)))

    def explanation(self) -> str:
        """One line: which name matched which of the entry's names, how, and
        what else moved the score."""
        kind = {"name": "name", "alias": "alias", "weak": "weak alias", "previous": "former name",
                "original": "original-script name"}.get(self.entry_name_kind, self.entry_name_kind)
        text = f"“{self.subject_name}” ~ {kind} “{self.entry_name}” ({self.name_score:.2f}"
        text += f": {self.how})" if self.how else ")"
        for _name, delta, detail in self.evidence:
            text += f"; {detail} ({delta:+.2f})" if delta else f"; {detail}"
        return text


class Screener:
    """Screens subjects against one or more list indexes with one scorer."""

    def __init__(self, indexes: list[ListIndex], scorer: Scorer) -> None:
        self.indexes = indexes
        self.scorer = scorer

    def keys(self, subject: Subject) -> set[str]:
        keys: set[str] = set()
        for name in subject.names:
            keys.update(blocking_keys(self.scorer, name, subject.schema))
        return keys

    def screen(self, subject: Subject, floor: float = 0.0, near: float | None = None) -> list[Candidate]:
        """Candidates scoring at least `floor`, best first (one per entry);
        with `near`, also those whose spelling is at least that close (0-1)
        whatever their score: the namesake with another patronymic that the
        scorer rules out is what an investigator wants to see."""
        if not subject.names:
            return []
        keys = self.keys(subject)
        folded = [(n, fold(n)) for n in subject.names]
        classes = compatible_classes(subject.schema)
        out: list[Candidate] = []
        for index in self.indexes:
            ids = index.candidates(keys, classes)
            if not len(ids):
                continue
            out.extend(self._score(index, subject, folded, ids, floor, near))
        out.sort(key=lambda c: (-c.score, c.entry.list, c.entry.entry_id))
        return out

    def _pairs(self, index: ListIndex, folded: list[tuple[str, str]], ids: np.ndarray
               ) -> list[tuple[float, str, int]]:
        """The name pairs worth the scorer's time, closest spelling first."""
        choices = index.folded_many(ids)
        ranked: list[tuple[float, str, int]] = []
        for sn, sf in folded:
            if len(choices) > SMALL_POOL:
                # ratio is cheap but punishes an extra word (a patronymic): it only picks
                # the few that token_ratio, which forgives it, then ranks
                first = process.extract(sf, choices, scorer=fuzz.ratio, limit=STAGE_ONE,
                                        score_cutoff=PREFILTER - 10)
                pool = [(fuzz.token_ratio(sf, c), i) for c, _r, i in first]
            else:
                pool = [(r, i) for _c, r, i in process.extract(sf, choices, scorer=fuzz.token_ratio,
                                                               limit=None, score_cutoff=PREFILTER)]
            ranked.extend((r, sn, int(ids[i])) for r, i in pool if r >= PREFILTER)
        ranked.sort(key=lambda r: -r[0])
        cut = ranked[0][0] - SPREAD if ranked else 0.0
        per_entry: dict[int, int] = {}
        pairs: list[tuple[float, str, int]] = []
        for ratio, sn, name_id in ranked:
            if ratio < cut and len(pairs) >= MIN_PAIRS:
                break
            if len(pairs) >= (EXACT_PAIRS if ratio >= 99.5 else PAIRS_PER_SUBJECT):
                break  # namesakes spelt alike are all compared, up to EXACT_PAIRS
            row = index.name_info(name_id)[0]
            if per_entry.get(row, 0) >= PAIRS_PER_ENTRY:
                continue
            per_entry[row] = per_entry.get(row, 0) + 1
            pairs.append((ratio, sn, name_id))
        return pairs

    def _compare_pairs(self, subject: Subject, index: ListIndex, pairs: list[tuple[float, str, int]],
                       best: dict[int, tuple[float, float, str, str, str, str]], near: float | None,
                       forced: bool = False) -> None:
        for ratio, sn, name_id in pairs:
            row, _pos, en, kind, schema = index.name_info(name_id)
            close = ratio / 100
            if close < GATE and near is None:
                continue  # spellings too far apart to be worth comparing (see GATE)
            cmp = self.scorer.compare(sn, en, schema=_schema(subject.schema, schema))
            score = float(cmp.score)
            if forced and "acronym" in str(cmp.detail) and not _own_word_shared(sn, en):
                continue  # an acronym read against a name spelt out in another language proves little,
                # unless the firm's own name beside it is the list's too ("NIIRS Oka" / "... SISTEM OKA")
            strict = kind == "weak" or is_short(en, schema) or is_short(sn, subject.schema)
            if strict and score < EXACT:
                if near is None or close < 1.0:
                    continue
                score = 0.0  # shown as a near miss, never a match
                detail = f"{cmp.detail}; one word or a weak alias counts only when it matches exactly"
            else:
                detail = str(cmp.detail or "")
            have = best.get(row)
            if have is None or (score, close) > have[:2]:
                best[row] = (score, close, sn, en, kind, detail)

    def _score(self, index: ListIndex, subject: Subject, folded: list[tuple[str, str]], ids: np.ndarray,
               floor: float, near: float | None) -> list[Candidate]:
        best: dict[int, tuple[float, float, str, str, str, str]] = {}
        pairs = self._pairs(index, folded, ids)
        self._compare_pairs(subject, index, pairs, best, near)
        if len(ids) <= FEW_NAMES and max((v[0] for v in best.values()), default=0.0) < FORCE_BELOW:
            # a handful of names share a key with the subject and none of the close spellings
            # matched: compare them all, since a name in two languages ("научно-исследовательский" /
            # "scientific research") is far apart as a string; where a close spelling matched, the
            # names spelt further off are namesakes (Volsk / Volzhsky) and stay uncompared
            seen = {(sn, name_id) for _r, sn, name_id in pairs}
            forced = [(GATE * 100, sn, int(name_id)) for sn, _sf in folded[:FEW_NAMES] for name_id in ids
                      if (sn, int(name_id)) not in seen]
            self._compare_pairs(subject, index, forced, best, near, forced=True)
        keep = {row: v for row, v in best.items()
                if v[0] + MAX_SUPPORT >= floor or (near is not None and v[1] >= near)}
        if not keep:
            return []
        entries = index.entries(list(keep))
        out = []
        for row, (score, close, sn, en, kind, how) in keep.items():
            entry = entries.get(row)
            if entry is None or not compatible(subject.schema, entry.schema):
                continue
            cand = Candidate(subject, entry, score, score, sn, en, kind, how, close)
            cand.reweigh()
            if cand.score >= floor or (near is not None and close >= near):
                out.append(cand)
        return out


def explain_floor(threshold: float) -> float:
    """How far below the threshold the candidates view reaches."""
    return max(0.3, threshold - 0.35)


def _schema(left: str | None, right: str) -> str | None:
    """The schema to tell the scorer: the more specific of the two."""
    if right == "LegalEntity" or not right:
        return left
    return right


def _own_word_shared(subject: str, listed: str) -> bool:
    """A word of the subject's name that is no acronym and no legal form
    stands in the listed name too (compared across scripts)."""
    from paperchase.resolve.names.org import strip_legal
    from paperchase.resolve.names.translit import canon

    words = re.findall(r"[^\W\d_]{3,}", strip_legal(subject))
    own = {canon(w) for w in words if not w.isupper()}
    listed_words = {canon(w) for w in re.findall(r"[^\W\d_]{3,}", listed)}
    return bool(own & listed_words)
