"""Tiny builders for the findings tests: a message, and a Context whose
mentions are found by locating the given names in the text, so a test
states its people and firms once. Everything here is fictional."""

from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

from paperchase.findings.context import Context, Entity, Mention

HOME = "o-home"
HOME_DOMAIN = "verba.example.by"


def message(text: str, *, pk: int = 1, date: str = "2023-03-10T10:00:00+03:00", sender: str = "a.tamash@verba.example.by",
            sender_name: str = "", to: str = "k.lis@verba.example.by", to_name: str = "", subject: str = "",
            mid: str | None = None, attachments: list[tuple[str, str]] | None = None, thread: int | None = None):
    return SimpleNamespace(
        id=pk, message_id=mid or f"<m{pk}@{sender.split('@')[1]}>", date=date,
        sender=[{"name": sender_name, "email": sender}], to=[{"name": to_name, "email": to}], cc=[],
        subject=subject, language=None, text=text, thread_id=thread, parent_id=None,
        attachments=[SimpleNamespace(filename=f, text=t) for f, t in (attachments or [])],
    )


def context(messages, *, people: dict[str, list[str]] | None = None, orgs: dict[str, list[str]] | None = None,
            emails: dict[str, str] | None = None, org_country: dict[str, str] | None = None,
            org_domains: dict[str, str] | None = None) -> Context:
    """`people`/`orgs`: entity id -> surface forms; `emails`: address -> person id;
    `org_domains`: org id -> mail domain (the home org gets HOME_DOMAIN)."""
    people = people or {}
    orgs = {HOME: ["Вербовский станкозавод", "ОАО «Вербовский станкозавод»"], **(orgs or {})}
    org_domains = {HOME: HOME_DOMAIN, **(org_domains or {})}
    ctx = Context()
    for eid, names in people.items():
        ctx.entities[eid] = Entity(eid, "Person", names[0], names, {})
    for eid, names in orgs.items():
        props = {"email": [f"info@{org_domains[eid]}"]} if eid in org_domains else {}
        if org_country and eid in org_country:
            props["country"] = [org_country[eid]]
        if eid == HOME:
            props["country"] = ["by"]
        ctx.entities[eid] = Entity(eid, "Company", names[0], names, props)
    for email, eid in (emails or {}).items():
        ctx.entities[eid].properties.setdefault("email", []).append(email)
    for msg in messages:
        found = []
        for where, text in [("body", msg.text)] + [(f"attachment:{a.filename}", a.text) for a in msg.attachments]:
            taken: list[tuple[int, int]] = []
            for label, table in (("PER", people), ("ORG", orgs)):
                forms = sorted(((f, eid) for eid, fs in table.items() for f in fs), key=lambda x: -len(x[0]))
                for form, eid in forms:
                    start = text.find(form)
                    while start >= 0:
                        end = start + len(form)
                        if not any(s < end and start < e for s, e in taken):
                            taken.append((start, end))
                            found.append(Mention(where, "body" if where == "body" else "attachment", start, end,
                                                 label, eid, form, {}))
                        start = text.find(form, end)
        ctx.mentions[msg.id] = found
    # a domain counts once a message; of domains as frequent, the home firm's is the owner's (in a test
    # of only a supplier's letters to the owner, both take part in every message)
    domains = Counter(d for m in messages
                      for d in sorted({a["email"].split("@")[1] for a in m.sender + m.to}, key=lambda d: d != HOME_DOMAIN))
    ctx.learn(domains)
    return ctx


def run(messages, **kw):
    from paperchase.findings import detect_messages

    ctx = context(messages, **kw)
    return detect_messages(messages, ctx)


def kinds(found, kind):
    return [f for f in found if f.kind == kind]
