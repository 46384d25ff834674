"""`--format ftm`: FollowTheMoney entities as JSON lines, for Aleph/OpenAleph
and the `ftm` tools.

What becomes what:
- each case entity: its own schema (Person, Company, ...), `name` the caption,
  `alias` every other written form, its properties where the schema has them;
- each address seen in From/To/Cc/Bcc that no entity claims: a LegalEntity
  (name and email), so every Email links `emitters`/`recipients` to
  something, as Aleph's ingest does;
- each message: an Email (headers as JSON strings, `inReplyToEmail` and
  `parent` where the other message is in the case); each attachment a
  PlainText/Document whose parent is the Email;
- mentions: Documentation (message ↔ resolved entity) or Mention (a name no
  entity took up);
- findings: Family, Employment, Event (trips), UnknownLink (two-party kinds),
  Note (one-party kinds), each with `proof` = the Emails it cites.

followthemoney drops invalid values without a word, so every value goes
through the property type's `clean` here first and what it refuses is
counted and logged (`ExportStats`), not silently lost. Its dates are UTC
without offset; the date as written, offset included, is kept in `notes`.
Ids are hashes of keys that do not change between runs over the same
mailbox (message SHA-256, entity and finding ids)."""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.schema import Schema
from followthemoney.util import make_entity_id

from paperchase.export.ftmvalues import DEFAULT_MIME, headers_json, split_text
from paperchase.export.rows import MessageRow, Reader, format_address, load_entities, load_findings, loads
from paperchase.store import Case

log = logging.getLogger(__name__)

# what FtM accepts as an entity id; entity ids of the case that fit are kept
# as they are, so the FtM file and the findings file name entities alike
_ID_RE = re.compile(r"^[0-9a-zA-Z]([0-9a-zA-Z.\-]{0,126}[0-9a-zA-Z])?$")
_LABEL_SCHEMA = {"PER": "Person", "ORG": "Organization"}
# mention labels -> the Email property Aleph searches them by
_MENTIONED = {"PER": "peopleMentioned", "ORG": "companiesMentioned", "EMAIL": "emailMentioned",
              "PHONE": "phoneMentioned", "LOC": "locationMentioned"}


@dataclass(slots=True)
class ExportStats:
    """What was written, and every value the schema refused, by
    (schema, property)."""

    entities: Counter[str] = field(default_factory=Counter)
    rejected: Counter[tuple[str, str]] = field(default_factory=Counter)
    examples: dict[tuple[str, str], str] = field(default_factory=dict)


def email_id(sha256: str) -> str:
    return str(make_entity_id("paperchase-email", sha256))


def address_id(email: str, name: str = "") -> str:
    return str(make_entity_id("paperchase-address", email.lower() if email else f"name:{name}"))


def entity_id(eid: str) -> str:
    return eid if _ID_RE.match(eid) else str(make_entity_id("paperchase-entity", eid))


class FtmExporter:
    def __init__(self, case: Case) -> None:
        self.case = case
        self.reader = Reader(case)
        self.stats = ExportStats()
        self.entities = load_entities(case)
        self.findings = load_findings(case)
        self.schemata: dict[str, Schema] = {}  # case entity id -> FtM schema
        self.by_email: dict[str, str] = {}  # lower-case address -> FtM id
        for ent in self.entities:
            self.schemata[ent["id"]] = self._schema(ent["schema"])
            for addr in ent["properties"].get("email", []):
                self.by_email.setdefault(addr.strip().lower(), entity_id(ent["id"]))

    @staticmethod
    def _schema(name: str) -> Schema:
        schema = model.get(name) if name else None
        if schema is None or schema.abstract or not schema.is_a("Thing"):
            return model["LegalEntity"]
        return schema

    # value checking ----------------------------------------------------------------

    def put(self, proxy: EntityProxy, prop: str, values: Any, soft: bool = False) -> None:
        """Add only what the property's type accepts; count the rest.
        `soft`: a property the schema lacks is no loss worth reporting
        (descriptive extras the exporter adds where it can). Text longer
        than the type allows is split at white space into several values
        rather than lost."""
        prop_obj = proxy.schema.get(prop)
        if soft and prop_obj is None:
            return
        items = values if isinstance(values, list | tuple | set) else [values]
        key = (proxy.schema.name, prop)
        for value in items:
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            if prop_obj is None or prop_obj.stub:
                self._reject(key, value)
                continue
            if prop_obj.type.name == "mimetype" and value in DEFAULT_MIME:
                continue  # FtM reads it as "no type": nothing is lost
            pieces = [value]
            if prop_obj.type.name in ("text", "html") and len(str(value)) > prop_obj.type.max_length:
                pieces = split_text(str(value), prop_obj.type.max_length)
            for piece in pieces:
                cleaned = prop_obj.type.clean(piece, proxy=proxy)
                if cleaned is None or not prop_obj.type.validate(cleaned):
                    self._reject(key, piece)
                elif proxy.unsafe_add(prop_obj, cleaned, cleaned=True) is None:
                    self._reject((proxy.schema.name, prop + " (entity size limit)"), piece)

    def _reject(self, key: tuple[str, str], value: Any) -> None:
        self.stats.rejected[key] += 1
        self.stats.examples.setdefault(key, str(value)[:80])

    def _done(self, proxy: EntityProxy) -> dict[str, Any]:
        self.stats.entities[proxy.schema.name] += 1
        return proxy.to_dict()

    def _make(self, schema: str | Schema, ident: str) -> EntityProxy:
        proxy = model.make_entity(schema)
        proxy.id = ident
        return proxy

    # the entities ----------------------------------------------------------------------

    def iter_entities(self) -> Iterator[dict[str, Any]]:
        citizenship: dict[str, list[str]] = {}
        for f in self.findings:
            if f["kind"] == "citizenship" and f["subjects"]:
                countries = f["attributes"].get("countries") or f["attributes"].get("country") or []
                countries = countries if isinstance(countries, list) else [countries]
                citizenship.setdefault(f["subjects"][0], []).extend(str(c) for c in countries)
        for ent in self.entities:
            schema = self.schemata[ent["id"]]
            proxy = self._make(schema, entity_id(ent["id"]))
            self.put(proxy, "name", ent["name"])
            self.put(proxy, "alias", [n for n in ent["names"] if n != ent["name"]])
            for prop, values in sorted(ent["properties"].items()):
                if prop in ("name", "alias"):
                    self.put(proxy, "alias", values)
                else:
                    self.put(proxy, prop, values)
            if ent["id"] in citizenship and schema.get("citizenship"):
                self.put(proxy, "citizenship", citizenship[ent["id"]])
            yield self._done(proxy)

    def iter_addresses(self) -> Iterator[dict[str, Any]]:
        """One LegalEntity per address no entity claims, with every display
        name it was written with (a streaming pass over the headers)."""
        names: dict[str, list[str]] = {}
        for row in self.case.db.execute("SELECT sender, recipients FROM messages"):
            rcpt = loads(row["recipients"], {})
            groups = [loads(row["sender"], [])] + [rcpt.get(k) or [] for k in ("to", "cc", "bcc")]
            for group in groups:
                for addr in group if isinstance(group, list) else []:
                    if not isinstance(addr, dict):
                        continue
                    email = str(addr.get("email") or "").strip()
                    name = str(addr.get("name") or "").strip()
                    if email.lower() in self.by_email or not (email or name):
                        continue
                    forms = names.setdefault(email.lower() or f"name:{name}", [])
                    if name and name not in forms and len(forms) < 20:
                        forms.append(name)
                    if email and email not in forms and len(forms) < 20:
                        forms.append(email)
        for key in sorted(names):
            email = "" if key.startswith("name:") else key
            proxy = self._make("LegalEntity", address_id(email, key[5:] if not email else ""))
            forms = names[key]
            self.put(proxy, "name", forms[0])
            self.put(proxy, "alias", forms[1:])
            self.put(proxy, "email", email)
            yield self._done(proxy)

    def _party(self, addr: dict[str, str]) -> str | None:
        email, name = addr.get("email", "").strip(), addr.get("name", "").strip()
        if email and email.lower() in self.by_email:
            return self.by_email[email.lower()]
        if email or name:
            return address_id(email, name if not email else "")
        return None

    def iter_emails(self) -> Iterator[dict[str, Any]]:
        for msg in self.reader.iter_messages():
            yield from self._email(msg)

    def _email(self, msg: MessageRow) -> Iterator[dict[str, Any]]:
        proxy = self._make("Email", email_id(msg.sha256))
        self.put(proxy, "messageId", msg.message_id)
        self.put(proxy, "subject", msg.subject)
        self.put(proxy, "title", msg.subject)
        self.put(proxy, "from", [format_address(a) for a in msg.sender])
        for prop in ("to", "cc", "bcc"):
            self.put(proxy, prop, [format_address(a) for a in getattr(msg, prop)])
        self.put(proxy, "emitters", [p for p in map(self._party, msg.sender) if p])
        self.put(proxy, "recipients", [p for p in map(self._party, msg.to + msg.cc + msg.bcc) if p])
        self.put(proxy, "bodyText", msg.text)
        self.put(proxy, "language", msg.language)
        for row in self.case.db.execute(
            "SELECT DISTINCT label, surface FROM mentions WHERE message_id = ? ORDER BY label, surface", (msg.id,)
        ):
            if row["label"] in _MENTIONED:
                self.put(proxy, _MENTIONED[row["label"]], row["surface"])
        self.put(proxy, "mimeType", "message/rfc822")
        if msg.date:
            before = self.stats.rejected[("Email", "date")]
            self.put(proxy, "date", msg.date)
            if self.stats.rejected[("Email", "date")] > before and msg.date_utc:
                self.put(proxy, "date", msg.date_utc)
        notes = [f"sha256: {msg.sha256}"]
        if msg.date:
            notes.append(f"date as written: {msg.date}")
        self.put(proxy, "notes", "\n".join(notes))
        self.put(proxy, "headers", headers_json(msg.headers))
        if msg.in_reply_to:
            self.put(proxy, "inReplyTo", msg.in_reply_to)
            other = self.reader.brief(msg.in_reply_to)
            if other:
                self.put(proxy, "inReplyToEmail", email_id(other["sha256"]))
        if msg.parent_message_id:
            parent = self.reader.brief(msg.parent_message_id)
            if parent:
                self.put(proxy, "parent", email_id(parent["sha256"]))
        yield self._done(proxy)
        for i, att in enumerate(msg.attachments):
            doc = self._make("PlainText" if att["text"] else "Document",
                             str(make_entity_id("paperchase-attachment", msg.sha256, i)))
            self.put(doc, "fileName", att["filename"])
            self.put(doc, "title", att["filename"])
            self.put(doc, "mimeType", att["content_type"])
            self.put(doc, "parent", proxy.id)
            self.put(doc, "fileSize", att.get("size"))
            if att["text"]:
                self.put(doc, "bodyText", att["text"])
            self.put(doc, "language", att.get("language"))
            if att["sha256"]:
                self.put(doc, "notes", f"sha256: {att['sha256']}")
            yield self._done(doc)

    def iter_links(self) -> Iterator[dict[str, Any]]:
        """Documentation for each (message, resolved entity); Mention for a
        person or organisation name that resolution left alone."""
        for row in self.case.db.execute(
            "SELECT m.sha256, mn.entity_id, group_concat(DISTINCT mn.field) AS fields FROM mentions mn"
            " JOIN messages m ON m.id = mn.message_id JOIN entities e ON e.id = mn.entity_id"
            " GROUP BY mn.message_id, mn.entity_id ORDER BY m.sha256, mn.entity_id"
        ):
            eid = entity_id(row["entity_id"])
            proxy = self._make("Documentation", str(make_entity_id("paperchase-doc", row["sha256"], eid)))
            self.put(proxy, "document", email_id(row["sha256"]))
            self.put(proxy, "entity", eid)
            self.put(proxy, "role", "mentioned in " + ", ".join(sorted(set((row["fields"] or "").split(",")))))
            yield self._done(proxy)
        for row in self.case.db.execute(
            "SELECT m.sha256, mn.surface, mn.label FROM mentions mn JOIN messages m ON m.id = mn.message_id"
            " WHERE mn.entity_id IS NULL AND mn.label IN ('PER', 'ORG')"
            " GROUP BY mn.message_id, mn.surface, mn.label ORDER BY m.sha256, mn.surface"
        ):
            proxy = self._make("Mention", str(make_entity_id("paperchase-mention", row["sha256"],
                                                               row["surface"], row["label"])))
            self.put(proxy, "document", email_id(row["sha256"]))
            self.put(proxy, "name", row["surface"])
            self.put(proxy, "detectedSchema", _LABEL_SCHEMA[row["label"]])
            yield self._done(proxy)

    def iter_findings(self) -> Iterator[dict[str, Any]]:
        for f in self.findings:
            proxy = self._finding(f)
            if proxy is None:
                continue
            self.put(proxy, "summary", f["summary"])
            self.put(proxy, "recordId", f["id"], soft=True)
            quotes = [ev["quote"] for ev in f["evidence"] if ev.get("quote")]
            self.put(proxy, "description", "\n\n".join(f"«{q}»" for q in quotes))
            proofs = []
            for ev in f["evidence"]:
                brief = self.reader.brief(ev["message_id"])
                if brief and email_id(brief["sha256"]) not in proofs:
                    proofs.append(email_id(brief["sha256"]))
            self.put(proxy, "proof", proofs)
            yield self._done(proxy)

    def _is(self, eid: str, schema: str) -> bool:
        return eid in self.schemata and self.schemata[eid].is_a(schema)

    def _finding(self, f: dict[str, Any]) -> EntityProxy | None:
        subjects = [s for s in f["subjects"] if s in self.schemata]
        if not subjects:
            return None
        ident = str(make_entity_id("paperchase-finding", f["id"]))
        attrs = f["attributes"]
        ids = [entity_id(s) for s in subjects]
        kind = f["kind"]
        if kind == "family_relation" and len(subjects) > 1 and all(self._is(s, "Person") for s in subjects[:2]):
            proxy = self._make("Family", ident)
            self.put(proxy, "person", ids[0])
            self.put(proxy, "relative", ids[1])
            self.put(proxy, "relationship", attrs.get("relationship"))
        elif (kind == "employment" and len(subjects) > 1 and self._is(subjects[0], "Person")
              and self._is(subjects[1], "Organization")):
            proxy = self._make("Employment", ident)
            self.put(proxy, "employee", ids[0])
            self.put(proxy, "employer", ids[1])
            self.put(proxy, "role", attrs.get("role"))
        elif kind == "foreign_travel":
            proxy = self._make("Event", ident)
            self.put(proxy, "name", f["summary"])
            self.put(proxy, "involved", [i for s, i in zip(subjects, ids, strict=True) if self._is(s, "LegalEntity")])
            self.put(proxy, "country", attrs.get("country"))
            self._date(proxy, "startDate", attrs.get("start"))
            self._date(proxy, "endDate", attrs.get("end"))
            self.put(proxy, "location", attrs.get("place"))
            self.put(proxy, "notes", attrs.get("purpose"))
        elif len(subjects) > 1:
            proxy = self._make("UnknownLink", ident)
            self.put(proxy, "subject", ids[0])
            self.put(proxy, "object", ids[1])
            self.put(proxy, "role", kind.replace("_", " "))
        else:
            proxy = self._make("Note", ident)
            self.put(proxy, "entity", ids[0])
            self.put(proxy, "name", kind.replace("_", " "))
        attributes = "attributes: " + json.dumps(attrs, ensure_ascii=False, sort_keys=True)
        self.put(proxy, "notes" if proxy.schema.get("notes") else "summary", attributes)
        return proxy

    def _date(self, proxy: EntityProxy, prop: str, value: Any) -> None:
        """A date the schema refuses is still kept, as written, in notes."""
        if value in (None, ""):
            return
        before = self.stats.rejected[(proxy.schema.name, prop)]
        self.put(proxy, prop, str(value))
        if self.stats.rejected[(proxy.schema.name, prop)] > before:
            self.put(proxy, "notes" if proxy.schema.get("notes") else "description", f"{prop} as written: {value}")

    def iter_all(self) -> Iterator[dict[str, Any]]:
        yield from self.iter_entities()
        yield from self.iter_addresses()
        yield from self.iter_emails()
        yield from self.iter_links()
        yield from self.iter_findings()


def write_ftm(case: Case, fh: BinaryIO) -> ExportStats:
    """Write the JSON lines; log a warning naming each property whose values
    the schema refused."""
    exporter = FtmExporter(case)
    for data in exporter.iter_all():
        # `id` first, as followthemoney writes it: `ftm sorted-aggregate`
        # relies on lines sorting by id
        line = {"id": data.pop("id"), **data}
        fh.write(json.dumps(line, ensure_ascii=False).encode("utf-8") + b"\n")
    for (schema, prop), n in sorted(exporter.stats.rejected.items()):
        log.warning("ftm export: %d value(s) of %s.%s refused by the schema (e.g. %r)", n, schema, prop,
                    exporter.stats.examples[(schema, prop)])
    return exporter.stats
