"""Patterns for what NER misses: aircraft designations, phone numbers and
e-mail addresses. Organisation patterns live in `orgs.py`. Lexicon:
`data/extract/platforms.yml`.

Each finder takes a text and returns `Mention`s with offsets into it and
`extra["source"] = "pattern"`, which makes them win over NER where spans cross."""

from __future__ import annotations

import re
from functools import cache

from paperchase.extract import lexicon
from paperchase.extract.mention import Mention

PLATFORMS = "platforms.yml"
LETTERS = "A-Za-zА-Яа-яЁёІіЎўЇїЄєҐґ"
DASHES = "-‐‑–—"

EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?<![.-])")
# a run of digits with the separators phone numbers use; validated in find_phones
PHONE_RE = re.compile(r"(?<![\w+/.,])\+?\(?\d[\d ()\-.\u00a0]{5,22}\d(?![\w/]|[.,]\d)")
PHONE_CUE = re.compile(
    r"(?<!\w)(?:тел|tel|phone|факс|fax|моб|mob|тэл|тлф|mobile|cell|ph|call|звоните|т|t|m|f|м|ф)\.?\s*[:.]?\s*$",
    re.I)
DATE_LIKE = re.compile(r"^\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4}$|^\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}$")


def find_emails(text: str) -> list[Mention]:
    return [Mention("EMAIL", m.group(), m.start(), m.end(), {"source": "pattern", "email": m.group().lower()})
            for m in EMAIL_RE.finditer(text)]


def find_phones(text: str, *, cued: bool = False) -> list[Mention]:
    """Phone numbers: 7-15 digits that start with '+' or a trunk prefix in
    brackets, or stand after a cue ("тел.", "Tel:", "моб."); `cued` (inside a
    signature) accepts any such run. Dates, prices and document numbers do
    not look like this and are left alone."""
    out = []
    for m in PHONE_RE.finditer(text):
        s = m.group().rstrip(" -.(")
        digits = re.sub(r"\D", "", s)
        if not 7 <= len(digits) <= 15 or DATE_LIKE.match(s) or s.count("(") != s.count(")"):
            continue
        before = text[max(0, m.start() - 14):m.start()]
        plus = s.startswith("+") or s.startswith("(") or re.match(r"8\s?\(", s) is not None
        grouped = bool(re.search(r"\d[ \-]\d", s))
        if not (plus or PHONE_CUE.search(before) or (cued and grouped)):
            continue
        out.append(Mention("PHONE", s, m.start(), m.start() + len(s),
                           {"source": "pattern", "phone": ("+" if s.startswith("+") else "") + digits}))
    return out


@cache
def _platform_re() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    data = lexicon.mapping(PLATFORMS, "", lexicon.load(PLATFORMS))
    designers = lexicon.mapping(PLATFORMS, "designers", data.get("designers", {}))
    spelling: dict[str, str] = {}
    for code, spellings in designers.items():
        if not re.fullmatch("[a-z]+", code):
            raise lexicon.fail(PLATFORMS, f"designers.{code}", "expected a Latin lower-case prefix")
        for sp in lexicon.str_list(PLATFORMS, f"designers.{code}", spellings):
            spelling[sp] = code
    names: dict[str, str] = {}
    for code, vals in lexicon.mapping(PLATFORMS, "names", data.get("names", {})).items():
        for v in lexicon.str_list(PLATFORMS, f"names.{code}", vals):
            names[v.casefold()] = code
    prefixes = "|".join(sorted((re.escape(s) for s in spelling), key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![{LETTERS}\d])(?P<prefix>{prefixes})[{DASHES}](?P<num>\d{{1,3}})"
        rf"(?P<variant>[{LETTERS}]{{1,5}}\d{{0,2}})?(?:[{DASHES}](?P<sub>\d{{1,3}}[{LETTERS}]{{0,3}}))?"
        rf"(?![{LETTERS}\d])"
    )
    return pattern, spelling, names


def find_platforms(text: str) -> list[Mention]:
    """Aircraft designations; extra.code is the Latin base designation
    ("Ми-17В-5" -> "mi-17"), extra.variant the suffix as written."""
    pattern, spelling, names = _platform_re()
    out = []
    for m in pattern.finditer(text):
        code = f"{spelling[m.group('prefix')]}-{int(m.group('num'))}"
        variant = text[m.end("num"):m.end()]
        out.append(Mention("PLATFORM", m.group(), m.start(), m.end(),
                           {"source": "pattern", "code": code, "variant": variant.lstrip("".join(DASHES))}))
    if names:
        for m in re.finditer(rf"[{LETTERS}]+", text):
            code = names.get(m.group().casefold())
            if code:
                out.append(Mention("PLATFORM", m.group(), m.start(), m.end(), {"source": "pattern", "code": code}))
    return out
