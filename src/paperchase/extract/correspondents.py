"""First names of a mail's own correspondents.

A mail from "Surname First Patronymic" signed with the bare first name, or a
mail to one person opening "First, добрый день!", names that person, even
where the first name is one no lexicon knows (Kazakh, Tatar, Caucasian
names). The mention carries the correspondent's address as `tie_email`;
resolution joins it to that address's person only where every such tie of
the form names one person, so a first name two correspondents share ties
no one."""

from __future__ import annotations

import re
from typing import Any

from paperchase.extract.mention import Mention

GREETING_LINES = 3     # a greeting stands in the first lines of a mail
SIGN_OFF_LINES = 8     # a sign-off in the last lines


def display_first(name: str) -> tuple[str, str]:
    """(canonical, as written) first name of a full display name ("Surname
    First Patronymic", "First Surname"), or ("", "") where it has none."""
    from paperchase.resolve.persons import FULL, shape_of

    sh = shape_of(name)
    if sh.kind != FULL or sh.reading is None or sh.reading.given is None:
        return "", ""
    raw = sh.reading.given.raw
    written = next((w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", name) if w.lower() == raw), "")
    return sh.reading.given.fine, written


def _people(msg: Any, field: str) -> list[dict[str, str]]:
    if field == "signature":
        return list(msg.sender[:1])
    if field == "body" and len(msg.to) == 1 and not msg.cc:
        return list(msg.to)
    return []


def first_name_tie(m: Mention, msg: Any) -> None:
    """Give a bare first name signed by the sender, or written in a mail to
    one person of that first name, that person's address as `tie_email`."""
    from paperchase.resolve.names.translit import canon

    word = m.surface.strip()
    if " " in word or len(word) < 3 or not word[:1].isupper() or word.isupper() or m.extra.get("quoted"):
        return
    for addr in _people(msg, m.field):
        name, email = (addr.get("name") or "").strip(), (addr.get("email") or "").strip().lower()
        if name and "@" in email and canon(word) == display_first(name)[0]:
            m.extra["tie_email"] = email


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip() and not line.lstrip().startswith(">"):
            out.append((pos, line.rstrip("\r\n")))
        pos += len(line)
    return out


def correspondent_names(msg: Any, found: list[Mention]) -> list[Mention]:
    """The addressee's first name in the greeting lines and the sender's
    first name on a line of its own near the end, where no mention covers
    them yet (offsets into the body, as body mentions have them)."""
    text = msg.text or ""
    lines = _lines(text)
    if not lines:
        return []
    taken = [(m.start, m.end) for m in found
             if m.field in ("body", "signature") and m.attachment_id is None and m.start is not None]
    out: list[Mention] = []
    wanted = [("body", lines[:GREETING_LINES], False), ("signature", lines[-SIGN_OFF_LINES:], True)]
    for field, region, alone in wanted:
        for addr in _people(msg, field):
            email = (addr.get("email") or "").strip().lower()
            _fine, written = display_first((addr.get("name") or "").strip())
            if not written or "@" not in email or len(written) < 3:
                continue
            rx = re.compile(rf"(?<![\w-]){re.escape(written)}(?![\w-])")
            for off, line in region:
                hit = rx.search(line)
                if hit is None or (alone and line.strip(" ,.!-–—") != written):
                    continue
                start, end = off + hit.start(), off + hit.end()
                if any(s < end and start < e for s, e in taken):
                    continue
                m = Mention("PER", written, start, end, {"source": "correspondent", "tie_email": email,
                                                         "parts": {"first": written}}, field)
                out.append(m)
                taken.append((start, end))
    out += _signed_initials(msg, lines, taken)
    return out


INITIALS_LINE = re.compile(r"([^\W\d_])\.\s?([^\W\d_])\.(?:\s?([^\W\d_])\.)?")
# initials closing a line of text after a dash: "Ждём ответа. – П.К."
INITIALS_END = re.compile(r"(?<=[.!?])\s+[-–—]\s?(?P<ini>(?:[^\W\d_]\.\s?){2,3})\s*$")


def _own_lines(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines of the mail's own text: those before the first attribution
    or forward line of a quoted message."""
    from paperchase.extract.segments import ATTRIBUTION

    for i, (_off, line) in enumerate(lines):
        if ATTRIBUTION.match(line.strip()):
            return lines[:i]
    return lines


def _initial(word: str) -> str:
    from paperchase.resolve.names.lexicon import initial_class
    from paperchase.resolve.names.translit import canon

    return initial_class(canon(word))


def _signed_initials(msg: Any, lines: list[tuple[int, str]], taken: list[tuple[int, int]]) -> list[Mention]:
    """A mail signed with the sender's initials alone on the last line of its
    own text, or after a dash closing it ("З.К." under a mail from "Зиновий
    Коваль", "Ю.А." from "Журавлёв Юрий Алексеевич"): the sender, tied by
    address. The initials must be those of the display name's words, in its
    order or surname first, or of the first name and patronymic of a
    three-word name; letters are compared across scripts (Ю.А. for Yuri A.)."""
    out: list[Mention] = []
    own = _own_lines(lines)
    if not own:
        return out
    off, line = own[-1]
    text = line.strip()
    m = INITIALS_LINE.fullmatch(text)
    if m is not None:
        written, at = text, line.index(text)
    else:
        tail = INITIALS_END.search(line)
        m = INITIALS_LINE.fullmatch(tail.group("ini").strip()) if tail else None
        if tail is None or m is None:
            return out
        written, at = tail.group("ini").strip(), tail.start("ini")
    for addr in msg.sender[:1]:
        name, email = (addr.get("name") or "").strip(), (addr.get("email") or "").strip().lower()
        if "@" not in email:
            continue
        letters = [_initial(w) for w in re.findall(r"[^\W\d_]+", name)]
        signed = [_initial(g) for g in m.groups() if g]
        if not 2 <= len(letters) <= 3 or not 2 <= len(signed) <= len(letters):
            continue
        fits = [letters, letters[1:] + letters[:1]]
        if len(letters) == 3 and len(signed) == 2:
            fits += [letters[1:], letters[:2]]    # Surname First Patronymic, First Patronymic Surname
        if signed not in fits:
            continue
        start = off + at
        end = start + len(written)
        if any(s < end and start < e for s, e in taken):
            continue
        out.append(Mention("PER", written, start, end,
                           {"source": "correspondent", "tie_email": email,
                            "parts": {"initials": written}}, "signature"))
    return out
