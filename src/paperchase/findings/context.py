"""What the detectors know about the case beyond one sentence: which entity a
name in the text is (the extract and resolve stages' mentions), who wrote and
received a message or a quoted part of it, which organisation a mail domain
belongs to, and the case's home organisation and country.

The home organisation is the one most of the mailbox's senders belong to: the
default subject of organisation-level findings ("we overhaul...", "we cannot
buy..."), since the mail of a plant speaks of the plant in the first person."""

from __future__ import annotations

import json
import re
import sqlite3
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

MAX_SPAN = 400  # longest mention the span lookup expects (an organisation's full name)
ORG_SCHEMAS = {"Organization", "Company", "PublicBody", "LegalEntity"}
_CCTLD = re.compile(r"\.([a-z]{2})$")
_GENERIC_TLD = {"eu", "io", "co", "me", "tv", "ai"}


@dataclass(slots=True)
class Mention:
    where: str
    field: str
    start: int
    end: int
    label: str
    entity_id: str | None
    surface: str
    extra: dict[str, Any]


@dataclass(slots=True)
class Entity:
    id: str
    schema: str
    name: str
    names: list[str]
    properties: dict[str, list[str]]

    @property
    def is_org(self) -> bool:
        return self.schema in ORG_SCHEMAS

    @property
    def is_person(self) -> bool:
        return self.schema == "Person"


def domain_of(email: str) -> str:
    return email.rsplit("@", 1)[-1].strip().lower().rstrip(">") if "@" in email else ""


def tld_country(domain: str) -> str | None:
    m = _CCTLD.search(domain)
    if not m or m.group(1) in _GENERIC_TLD:
        return None
    code = m.group(1)
    return "gb" if code == "uk" else code


@dataclass
class Context:
    """Built once per case (`from_db`) or by hand in tests."""

    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: dict[int, list[Mention]] = field(default_factory=dict)  # message pk -> mentions
    person_email: dict[str, str] = field(default_factory=dict)  # email -> person entity
    domain_org: dict[str, str] = field(default_factory=dict)  # mail domain -> org entity
    home_org: str | None = None
    home_country: str | None = None
    home_domains: set[str] = field(default_factory=set)
    domains: set[str] = field(default_factory=set)  # every sender domain
    # domains known to be a firm's own (not webmail): from an entity's properties or signatures
    firm_domains: set[str] = field(default_factory=set)
    errors: list[dict[str, str]] = field(default_factory=list)  # detectors that failed on a message
    forwarded_in: dict[str, str] = field(default_factory=dict)  # a message/rfc822 part's id -> its parent's

    # -- building ---------------------------------------------------------------
    @classmethod
    def from_db(cls, db: sqlite3.Connection) -> Context:
        ctx = cls()
        for row in db.execute("SELECT id, schema, name, names, properties FROM entities"):
            ctx.entities[row[0]] = Entity(row[0], row[1], row[2], json.loads(row[3] or "[]"),
                                          json.loads(row[4] or "{}"))
        files = {r[0]: r[1] or "" for r in db.execute("SELECT id, filename FROM attachments")}
        for row in db.execute(
            "SELECT message_id, attachment_id, field, surface, label, start, end, entity_id, extra FROM mentions"
        ):
            where = f"attachment:{files.get(row[1], '')}" if row[1] is not None else (
                "body" if row[2] in ("body", "signature") else row[2])
            try:
                extra = json.loads(row[8]) if row[8] else {}
            except ValueError:
                extra = {}
            label = row[4]
            ent = ctx.entities.get(row[7]) if row[7] else None
            if ent is not None and label in ("PER", "ORG"):
                label = "PER" if ent.schema == "Person" else "ORG"  # resolution may correct NER's guess
            ctx.mentions.setdefault(row[0], []).append(
                Mention(where, row[2], row[5] if row[5] is not None else -1, row[6] if row[6] is not None else -1,
                        label, row[7], row[3], extra if isinstance(extra, dict) else {}))
        for child, parent in db.execute("SELECT c.message_id, p.message_id FROM messages c JOIN messages p"
                                        " ON p.id = c.parent_id"):
            ctx.forwarded_in[child] = parent
        domains: Counter[str] = Counter()
        for row in db.execute("SELECT sender, recipients FROM messages"):
            rcpt = json.loads(row[1] or "{}")
            addrs = json.loads(row[0] or "[]") + rcpt.get("to", []) + rcpt.get("cc", [])
            # a domain counts once a message: the owner's is in nearly every one, sent or received
            for d in sorted({domain_of(a.get("email") or "") for a in addrs if isinstance(a, dict)}):  # ties: not by hash
                if d:
                    domains[d] += 1
        ctx.learn(domains)
        return ctx

    def learn(self, sender_domains: Counter[str]) -> None:
        """Emails to people, domains to organisations, the home organisation.
        `sender_domains`: how many messages each mail domain takes part in."""
        self.domains = {d for d in sender_domains if d}
        for e in self.entities.values():
            for email in e.properties.get("email", []):
                if e.is_person:
                    self.person_email.setdefault(email.lower(), e.id)
        for ms in self.mentions.values():
            for m in ms:
                email = str(m.extra.get("email") or (m.surface if m.label == "EMAIL" else "")).lower()
                if email and m.entity_id and m.field in ("from", "to", "cc") and self.is_a(m.entity_id, "person"):
                    self.person_email.setdefault(email, m.entity_id)
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for e in self.entities.values():
            if e.is_org:
                for prop in ("email", "website", "domain"):
                    for v in e.properties.get(prop, []):
                        d = domain_of(v) if "@" in v else re.sub(r"^https?://(www\.)?", "", v).split("/")[0]
                        if d:
                            votes[d.lower()][e.id] += 100
        # the extract stage's organisation of a mail address's domain
        for ms in self.mentions.values():
            for m in ms:
                if m.label == "ORG" and m.entity_id and m.extra.get("domain") and m.field in ("from", "to", "cc"):
                    votes[str(m.extra["domain"]).lower()][m.entity_id] += 10
        # an organisation in the signatures of a domain's people is theirs (names in running
        # text are not: a webmail user writes about many firms)
        strong: dict[str, Counter[str]] = defaultdict(Counter)
        for e in self.entities.values():
            for d, c in votes.items():
                if c.get(e.id, 0) >= 100:
                    strong[d][e.id] += 1
        for ms in self.mentions.values():
            senders = [m for m in ms if m.field == "from"]
            if not senders:
                continue
            d = domain_of(str(senders[0].extra.get("email") or senders[0].surface))
            for m in ms:
                if m.label == "ORG" and m.entity_id and m.field == "signature" and not m.extra.get("weak"):
                    votes[d][m.entity_id] += 3
                    strong[d][m.entity_id] += 1
        for d, c in votes.items():
            if d and c:
                self.domain_org[d] = c.most_common(1)[0][0]
                if strong.get(d):
                    self.firm_domains.add(d)
        self.domains |= set(self.domain_org)
        for d, _n in sender_domains.most_common():
            if d in self.domain_org:
                self.home_org = self.home_org or self.domain_org[d]
                if self.domain_org[d] == self.home_org:
                    self.home_domains.add(d)
        if sender_domains and not self.home_domains:
            self.home_domains.add(sender_domains.most_common(1)[0][0])
        if self.home_org is None and self.home_domains:
            self.home_org = self._named_in(self.home_domains)
        self.firm_domains |= self.home_domains
        if self.home_org:
            self.home_country = self.org_country(self.home_org)
        if not self.home_country and sender_domains:
            self.home_country = tld_country(sender_domains.most_common(1)[0][0])

    def gender(self, eid: str | None) -> str:
        """'m' or 'f' as the extract stage read the entity's mentions, '' if unknown or mixed."""
        if not hasattr(self, "_genders"):
            votes: dict[str, Counter[str]] = defaultdict(Counter)
            for ms in self.mentions.values():
                for m in ms:
                    if m.entity_id and m.extra.get("gender") in ("m", "f"):
                        votes[m.entity_id][str(m.extra["gender"])] += 1
            self._genders = {e: (c.most_common(1)[0][0] if len(c) == 1 or c.most_common(2)[0][1] >
                                 3 * c.most_common(2)[1][1] else "") for e, c in votes.items()}
        return self._genders.get(eid or "", "")

    def _named_in(self, domains: set[str]) -> str | None:
        """The organisation the mail of these domains names most (signatures
        count thrice): the home firm of an owner who writes from webmail."""
        c: Counter[str] = Counter()
        for ms in self.mentions.values():
            sender = next((m for m in ms if m.field == "from"), None)
            if sender is None or domain_of(str(sender.extra.get("email") or sender.surface)) not in domains:
                continue
            for m in ms:
                if m.label == "ORG" and m.entity_id and not m.extra.get("weak") and self.is_a(m.entity_id, "org"):
                    c[m.entity_id] += 3 if m.field == "signature" else 1
        return c.most_common(1)[0][0] if c else None

    def is_a(self, eid: str | None, what: str) -> bool:
        """Whether an entity is a "person" or an "org"."""
        e = self.entities.get(eid or "")
        if e is None:
            return what == "person"  # unresolved: the stage gave a PER label
        return e.is_person if what == "person" else e.is_org

    # -- asking -----------------------------------------------------------------
    def in_span(self, msg_pk: int, where: str, start: int, end: int, label: str | None = None,
                resolved: bool = True) -> list[Mention]:
        """Mentions inside [start, end) of a block, in text order; `resolved`:
        only those linked to an entity."""
        index = self._index(msg_pk, where)
        # mentions are short: one that overlaps [start, end) starts at most MAX_SPAN before it
        lo = bisect_left(index[0], start - MAX_SPAN)
        hi = bisect_left(index[0], end)
        return [m for m in index[1][lo:hi]
                if (m.entity_id or not resolved) and m.start < end and start < m.end
                and (label is None or m.label == label)]

    def _index(self, msg_pk: int, where: str) -> tuple[list[int], list[Mention]]:
        """A message's mentions in one block, by start offset; called per sentence, hence kept."""
        key = (msg_pk, where)
        cache: dict[tuple[int, str], tuple[list[int], list[Mention]]] = self.__dict__.setdefault("_span_index", {})
        if key not in cache:
            if len(cache) > 4096:
                cache.clear()
            ms = sorted((m for m in self.mentions.get(msg_pk, []) if m.where == where and m.start >= 0),
                        key=lambda m: m.start)
            cache[key] = ([m.start for m in ms], ms)
        return cache[key]

    @property
    def has_places(self) -> bool:
        """Whether the extract stage wrote places (LOC mentions) for this case:
        then the detectors read those instead of running the gazetteer again."""
        if not hasattr(self, "_has_places"):
            # any mention at all means the stage ran, and found every place there was
            self._has_places = any(m.label == "LOC" or m.field in ("from", "to") for ms in self.mentions.values()
                                   for m in ms)
        return self._has_places

    def person_for(self, address: dict[str, str] | None) -> str | None:
        if not address:
            return None
        return self.person_email.get((address.get("email") or "").lower())

    def org_for_domain(self, domain: str) -> str | None:
        return self.domain_org.get(domain.lower())

    def org_of_person(self, email: str) -> str | None:
        """The firm a mail address belongs to; None for webmail and unknown domains."""
        d = domain_of(email)
        return self.org_for_domain(d) if d in self.firm_domains else None

    def org_country(self, eid: str | None) -> str | None:
        e = self.entities.get(eid or "")
        if e is None:
            return None
        for prop in ("country", "jurisdiction", "mainCountry"):
            if e.properties.get(prop):
                return str(e.properties[prop][0]).lower()
        for d, org in self.domain_org.items():
            if org == eid and tld_country(d):
                return tld_country(d)
        return self._town_country(e)

    def _town_country(self, e: Entity) -> str | None:
        """The one country the towns in a firm's own names point to ("ООО «Оптэк-Казань»"), remembered:
        org_country is asked for every candidate."""
        if not hasattr(self, "_towns"):
            self._towns: dict[str, str | None] = {}
        if e.id not in self._towns:
            from paperchase.extract.places import find_places

            found = {h.code for n in e.names for h in find_places(n.replace("-", " ")) if h.kind == "city"}
            self._towns[e.id] = found.pop() if len(found) == 1 else None
        return self._towns[e.id]

    def domain_named(self, text: str) -> str | None:
        """A sender domain whose first label carries a capitalised Latin word
        of `text` ("Vornholt" -> vornholt-tech.example.de): firms name their mail
        domains after themselves, which ties a firm named in a Russian letter
        to its own mail when the resolver has not."""
        for w in re.findall(r"\b[A-Z][A-Za-z]{3,}\b", text):
            wl = w.lower()
            for d in sorted(self.domains):
                if d not in self.home_domains and wl in d.split(".")[0]:
                    return d
        return None

    def country_of_domain(self, domain: str) -> str | None:
        org = self.org_for_domain(domain)
        return self.org_country(org) if org else tld_country(domain)

    def is_home(self, eid: str | None) -> bool:
        return eid is not None and eid == self.home_org

    def name(self, eid: str | None) -> str:
        e = self.entities.get(eid or "")
        return e.name if e else "an unnamed party"

    def person_by_name(self, name: str) -> str | None:
        """A person entity one of whose surface forms is `name` (spaces ignored:
        mail clients break long names)."""
        if not hasattr(self, "_by_name"):
            idx: dict[str, str] = {}
            for e in self.entities.values():
                if e.is_person:
                    for n in [e.name, *e.names]:
                        idx.setdefault(_fold(n), e.id)
            self._by_name = idx
        return self._by_name.get(_fold(name))

    def person_of(self, address: dict[str, str] | None) -> str | None:
        if not address:
            return None
        return self.person_for(address) or (self.person_by_name(address.get("name", "")) if address.get("name") else None)


def _fold(s: str) -> str:
    return re.sub(r"[\s\"'«»]+", "", s).casefold()
