"""The distinct surface forms of a case's mentions, each with what its
mentions say about it (email, phone, role, country), and a small union-find
to cluster them. Resolution works on forms, not mentions: a name written a
hundred times is compared once."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

ENTITY_LABELS = ("PER", "ORG", "LOC", "PLATFORM")

# local parts of addresses that many people write from: no tie between names
SHARED_MAILBOXES = frozenset({
    "office", "info", "mail", "post", "secretary", "secretar", "priem", "priemnaya", "reception",
    "admin", "sales", "support", "contact", "contacts", "noreply", "no-reply", "kancelariya",
    "kanc", "buh", "accounting", "hr", "press", "general", "zakaz", "orders", "team", "all",
})


def norm_form(text: str) -> str:
    """The key two surfaces share when they are the same form: NFC, case
    folded, white space collapsed (as the findings format compares them)."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@dataclass
class Form:
    key: str
    label: str
    surface: str
    mention_ids: list[int] = field(default_factory=list)
    surfaces: set[str] = field(default_factory=set)
    emails: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    domains: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)    # what extraction says the form stands for
    orgs: set[str] = field(default_factory=set)     # a person's firm as named beside them (extra.org)
    signers: set[str] = field(default_factory=set)  # an ORG from a signature: the signer (extra.person)
    beside: set[str] = field(default_factory=set)   # a name in Chinese characters: the name written beside it
    tied: set[str] = field(default_factory=set)     # a bare first name: the correspondent's address (tie_email)
    lemmas: set[str] = field(default_factory=set)   # a person's name in the nominative, where extraction read one
    weak: bool = True
    count: int = 0

    def absorb(self, mention_id: int, surface: str, extra: dict[str, Any]) -> None:
        self.mention_ids.append(mention_id)
        self.surfaces.add(surface)
        written = extra.get("written")  # the form with what surrounds it as written: «Name»
        if isinstance(written, str) and written.strip() and written != surface:
            self.surfaces.add(written.strip())
        self.count += 1
        if not extra.get("weak"):
            if self.weak:
                self.surface = surface      # a form as written in text beats a guess from a domain
            self.weak = False
        email = str(extra.get("email") or "").strip().lower()
        if "@" in email:
            self.emails.add(email)
        tie = str(extra.get("tie_email") or "").strip().lower()
        if "@" in tie and self.label == "PER":
            self.tied.add(tie)
        for key, target in (("phone", self.phones), ("role", self.roles), ("country", self.countries)):
            value = extra.get(key)
            if isinstance(value, str) and value.strip():
                target.add(value.strip())
        name = extra.get("name")
        if isinstance(name, str) and name.strip() and norm_form(name) != self.key:
            self.names.add(name.strip())
        domain = extra.get("domain")
        if isinstance(domain, str) and domain:
            self.domains.add(domain.lower())
        org = extra.get("org")
        if self.label == "PER" and isinstance(org, str) and org.strip():
            self.orgs.add(org.strip())
        lemma = extra.get("lemma")
        if self.label == "PER" and isinstance(lemma, str) and lemma.strip() and lemma != surface:
            self.lemmas.add(lemma.strip())
        beside = extra.get("beside")
        if self.label == "PER" and isinstance(beside, str) and beside.strip():
            self.beside.add(beside.strip())
        signer = extra.get("person")
        if self.label == "ORG" and isinstance(signer, str) and signer.strip():
            self.signers.add(signer.strip())


@dataclass
class Loaded:
    forms: dict[tuple[str, str], Form]
    # EMAIL / PHONE / POSITION mentions: (id, label, surface, extra, message_id)
    others: list[tuple[int, str, str, dict[str, Any], int]]


def _extra(raw: str | None) -> dict[str, Any]:
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def load_forms(db: sqlite3.Connection) -> Loaded:
    forms: dict[tuple[str, str], Form] = {}
    others: list[tuple[int, str, str, dict[str, Any], int]] = []
    rows = db.execute("SELECT id, label, surface, extra, message_id FROM mentions ORDER BY id")
    for mid, label, surface, extra_raw, message_id in rows:
        surface = (surface or "").strip()
        if not surface:
            continue
        extra = _extra(extra_raw)
        if label in ENTITY_LABELS:
            key = norm_form(surface)
            form = forms.get((label, key))
            if form is None:
                form = forms[(label, key)] = Form(key, label, surface)
            form.absorb(mid, surface, extra)
        else:
            others.append((mid, label, surface, extra, message_id))
    return Loaded(forms, others)


def personal_email(email: str) -> bool:
    local = email.split("@", 1)[0].lower()
    return local not in SHARED_MAILBOXES and not local.startswith(("info", "office", "noreply"))


class UnionFind:
    """Disjoint sets over hashable items, path-halving."""

    def __init__(self, items: Iterable[Any] = ()) -> None:
        self.parent: dict[Any, Any] = {i: i for i in items}

    def add(self, item: Any) -> None:
        self.parent.setdefault(item, item)

    def find(self, item: Any) -> Any:
        parent = self.parent
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra

    def groups(self) -> list[list[Any]]:
        out: dict[Any, list[Any]] = {}
        for item in self.parent:
            out.setdefault(self.find(item), []).append(item)
        return list(out.values())
