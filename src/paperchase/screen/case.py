"""Screening a case: every person and organisation the resolver found is
screened by its best names, and each match becomes a `watchlist_match`
finding citing the messages where the entity occurs."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from paperchase import settings
from paperchase.screen.birth import greeting_years, years_after
from paperchase.screen.entry import MATCHABLE
from paperchase.screen.evidence import Subject
from paperchase.screen.forms import names_gender, screening_names
from paperchase.screen.index import CACHE_FOLDER, ListIndex
from paperchase.screen.loaders import open_watchlist
from paperchase.screen.match import NEAR, Candidate, Screener, explain_floor
from paperchase.screen.scorer import Scorer, default_scorer
from paperchase.screen.values import country, years
from paperchase.store.case import Case

KIND = "watchlist_match"
COUNTRY_PROPS = ("country", "citizenship", "nationality", "jurisdiction", "mainCountry")
MAX_EVIDENCE = 200
POOL_FLOOR = 0.3  # candidates kept for pooling evidence between doubles
SAME_PERSON = 0.95  # name score against one entry at which two persons of the case are taken for one
MAX_BIRTH_MENTIONS = 400


def open_indexes(watchlists: list[Path], cache_dir: Path | None, scorer: Scorer) -> list[ListIndex]:
    return [ListIndex.open(open_watchlist(p), scorer, cache_dir) for p in watchlists]


def entity_subjects(case: Case) -> list[Subject]:
    """One subject per screenable entity, with what the case knows of it."""
    citizenships: dict[str, list[str]] = defaultdict(list)
    for subjects, attributes in case.db.execute(
        "SELECT subjects, attributes FROM findings WHERE kind = 'citizenship'"
    ):
        for eid in json.loads(subjects)[:1]:
            citizenships[eid].extend(json.loads(attributes).get("countries") or [])
    out = []
    for row in case.db.execute("SELECT id, schema, name, names, properties FROM entities ORDER BY id"):
        schema = row["schema"]
        if schema not in MATCHABLE:
            continue
        names = [n for n in json.loads(row["names"] or "[]") if isinstance(n, str)]
        every = [row["name"], *names] if row["name"] else names
        props: dict[str, Any] = json.loads(row["properties"] or "{}")
        subject = Subject(row["id"], row["name"] or (names[0] if names else ""), schema,
                          screening_names(every, schema))
        for prop in COUNTRY_PROPS:
            for value in props.get(prop) or []:
                code = country(str(value))
                if code and code not in subject.countries:
                    subject.countries.append(code)
        for code in citizenships.get(row["id"], []):
            if code not in subject.countries:
                subject.countries.append(code)
        for value in props.get("birthDate") or []:
            subject.birth_years.extend(years(str(value))[:1])
        gender = (props.get("gender") or [None])[0]
        subject.gender = gender if gender in {"male", "female"} else names_gender(every)
        out.append(subject)
    return out


def _texts(case: Case, mention: Any) -> str:
    if mention["attachment_id"] is not None:
        row = case.db.execute("SELECT text FROM attachments WHERE id = ?", (mention["attachment_id"],)).fetchone()
    else:
        row = case.db.execute("SELECT text FROM messages WHERE id = ?", (mention["message_id"],)).fetchone()
    return (row[0] or "") if row else ""


def add_birth_years(case: Case, subject: Subject) -> None:
    """Birth years the mail states next to the person's full name."""
    if subject.schema != "Person" or subject.birth_years:
        return
    rows = case.db.execute(
        "SELECT message_id, attachment_id, surface, field FROM mentions WHERE entity_id = ? LIMIT ?",
        (subject.ref, MAX_BIRTH_MENTIONS),
    ).fetchall()
    seen: set[tuple[Any, Any, str]] = set()
    headers: dict[Any, tuple[int | None, bool]] = {}
    greeted: set[Any] = set()
    for m in rows:
        key = (m["message_id"], m["attachment_id"], m["surface"])
        if m["message_id"] not in headers:
            headers[m["message_id"]] = _year_and_sole_addressee(case, m["message_id"])
        year, sole = headers[m["message_id"]]
        if sole and m["field"] == "to" and m["message_id"] not in greeted:
            greeted.add(m["message_id"])
            # "поздравляю Вас с 60-летием" to this one person
            found = greeting_years(_texts(case, {"attachment_id": None, "message_id": m["message_id"]}), year)
            subject.birth_years.extend(y for y in found if y not in subject.birth_years)
        if key in seen or len(m["surface"].split()) < 2:
            continue
        seen.add(key)
        for y in years_after(_texts(case, m), m["surface"], year=year):
            if y not in subject.birth_years:
                subject.birth_years.append(y)


def _year_and_sole_addressee(case: Case, message_pk: Any) -> tuple[int | None, bool]:
    """The message's year, and whether it is written to one person only."""
    row = case.db.execute("SELECT date, recipients FROM messages WHERE id = ?", (message_pk,)).fetchone()
    if not row:
        return None, False
    year = int(row[0][:4]) if row[0] and row[0][:4].isdigit() else None
    rcpt = json.loads(row[1] or "{}")
    return year, len(rcpt.get("to") or []) == 1 and not rcpt.get("cc")


def evidence(case: Case, entity_ids: list[str]) -> list[dict[str, str]]:
    """One citation per message the entities are mentioned in, date order."""
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    marks = ",".join("?" * len(entity_ids))
    for row in case.db.execute(
        "SELECT m.message_id AS mid, n.surface, n.field, a.filename FROM mentions n"
        " JOIN messages m ON m.id = n.message_id LEFT JOIN attachments a ON a.id = n.attachment_id"
        f" WHERE n.entity_id IN ({marks}) ORDER BY m.date_utc IS NULL, m.date_utc, m.id, n.id",
        entity_ids,
    ):
        if row["mid"] in seen:
            continue
        seen.add(row["mid"])
        where = f"attachment:{row['filename']}" if row["filename"] else (row["field"] or "body")
        out.append({"message_id": row["mid"], "quote": row["surface"], "where": where})
        if len(out) >= MAX_EVIDENCE:
            break
    return out


def pool_evidence(candidates: list[Candidate]) -> None:
    """Persons of the case whose full names all match one list entry equally
    well are one person the resolver left in two (a nominative and a genitive
    form, say): birth years and countries known of one are used for all, so
    the double without them is not reported where the other was ruled out."""
    groups: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for c in candidates:
        if c.subject.schema == "Person" and c.name_score >= SAME_PERSON:
            groups[(c.entry.list, c.entry.entry_id)].append(c)
    for group in groups.values():
        if len({c.subject.ref for c in group}) < 2:
            continue
        years = sorted({y for c in group for y in c.subject.birth_years})
        countries = sorted({k for c in group for k in c.subject.countries})
        for c in group:
            if (years and not c.subject.birth_years) or (countries and not c.subject.countries):
                c.subject = dataclasses.replace(c.subject, birth_years=c.subject.birth_years or years,
                                                countries=c.subject.countries or countries)
                c.reweigh()


def _mentions(case: Case, entity_id: str) -> int:
    return int(case.db.execute("SELECT count(*) FROM mentions WHERE entity_id = ?", (entity_id,)).fetchone()[0])


def finding_id(entity_id: str, list_name: str, entry_id: str) -> str:
    return "f-wl-" + hashlib.sha256(f"{entity_id}\0{list_name}\0{entry_id}".encode()).hexdigest()[:16]


def screen_subjects(screener: Screener, subjects: list[Subject], floor: float,
                    near: float | None = None) -> list[Candidate]:
    out: list[Candidate] = []
    for subject in subjects:
        out.extend(screener.screen(subject, floor=floor, near=near))
    return out


def best_per_entry(matches: list[Candidate]) -> dict[tuple[str, str], list[Candidate]]:
    """A list entry is one person or body: where several entities match it
    (one person the resolver split in two), the best is the subject and the
    others lend their messages as evidence."""
    grouped: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for c in sorted(matches, key=lambda c: -c.score):
        grouped[(c.entry.list, c.entry.entry_id)].append(c)
    return grouped


def screen_case(case: Case, watchlists: list[Path], threshold: float | None = None, *,
                scorer: Scorer | None = None, explain: bool = False) -> int:
    """Replace the case's watchlist_match findings with fresh ones; returns
    how many were written. The index of each list is cached in the case's
    `screen-cache/` folder."""
    count, _ = screen_case_detail(case, watchlists, threshold, scorer=scorer, explain=explain)
    return count


def screen_case_detail(case: Case, watchlists: list[Path], threshold: float | None = None, *,
                       scorer: Scorer | None = None, explain: bool = False
                       ) -> tuple[int, list[Candidate]]:
    """As `screen_case`, also returning the candidates considered (every one
    at or above the threshold, and with `explain` the near misses too)."""
    scorer = scorer or default_scorer()
    threshold = settings.get_float("screen_threshold") if threshold is None else threshold
    indexes = open_indexes(watchlists, Path(case.root) / CACHE_FOLDER, scorer)
    try:
        screener = Screener(indexes, scorer)
        subjects = entity_subjects(case)
        for s in subjects:
            add_birth_years(case, s)
        floor = explain_floor(threshold) if explain else threshold
        # screened down to a low floor: a namesake ruled out by evidence lends it to its double
        candidates = screen_subjects(screener, subjects, min(floor, POOL_FLOOR), NEAR if explain else None)
        pool_evidence(candidates)
        candidates = [c for c in candidates if c.score >= floor or (explain and c.closeness >= NEAR)]
        lists = [dict(ix.report.as_dict(), entries=ix.size, index=ix.path.name,
                      build_seconds=round(ix.build_seconds, 2)) for ix in indexes]
    finally:
        for ix in indexes:
            ix.close()
    matches = [c for c in candidates if c.score >= threshold]
    rows = []
    for (list_name, entry_id), group in best_per_entry(matches).items():
        if len(group) > 1:  # equal scores: the entity the mail mentions most is the subject
            group.sort(key=lambda c: (-round(c.score, 3), -_mentions(case, c.subject.ref)))
        top = group[0]
        ids = [top.subject.ref] + [c.subject.ref for c in group[1:] if c.subject.ref != top.subject.ref]
        attributes = {"list": list_name, "entry_id": entry_id, "score": round(top.score, 3),
                      "caption": top.entry.caption, "explanation": top.explanation()}
        if len(ids) > 1:
            attributes["also_matched"] = ids[1:]
        where = list_name if list_name.lower().endswith("list") else f"{list_name} list"
        summary = f"{top.subject.name} is on the {where} as {top.entry.caption} ({entry_id})."
        rows.append((finding_id(top.subject.ref, list_name, entry_id), KIND, summary,
                     json.dumps([top.subject.ref]), json.dumps(attributes, ensure_ascii=False),
                     json.dumps(evidence(case, ids), ensure_ascii=False), round(top.score, 3)))
    with case.transaction():
        case.db.execute("DELETE FROM findings WHERE kind = ?", (KIND,))
        case.db.executemany("INSERT OR REPLACE INTO findings VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        case.db.execute("INSERT OR REPLACE INTO kv VALUES ('screen', ?)", (json.dumps(
            {"lists": lists, "threshold": threshold, "subjects": len(subjects), "findings": len(rows)},
            ensure_ascii=False),))
    return len(rows), candidates
