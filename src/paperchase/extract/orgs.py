"""Organisation names by pattern (`data/extract/orgs.yml`):

- a legal form or kind of organisation before a quoted name: `ОАО «Завод»`,
  `АО «СКБ «Ясень»»` (nested quotes, also the common `АО «СКБ «Ясень»` with one
  closing mark), `ТОВ "…"`, `Открытое акционерное общество «…»`, `JSC "…"`;
- a capitalised Latin name before a legal suffix: `… GmbH`, `… Co., Ltd.`,
  `… OJSC`, or before a kind of organisation: `… Design Bureau`;
- a toponymic adjective, more adjectives and a kind of organisation:
  `Заречный авиаремонтный завод`, `Палескага КБ`;
- a capitalised name in «guillemets» on its own (`у «Бергмана»`), marked weak.

Why patterns: natasha cuts quoted names at the inner quote and knows no
Belarusian; these shapes are how firms are written in this mail."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from paperchase.extract import lexicon
from paperchase.extract.mention import Mention

ORGS = "orgs.yml"
# Latin capitals with diacritics too: "Anka Ölçüm Sistemleri A.Ş.", "Łódź Optyka Sp. z o.o."
UP = "A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČŘĎŤŇŮŐŰĞŞİА-ЯЁІЎЇЄҐ"
LOW = "a-zß-öø-ÿłśżźćńšžčřďťňůőűğşıа-яёіўїєґ'’"
OPEN = "«\"„“”"
CLOSE = {"«": "»", "„": "“", "“": "”", '"': '"', "”": "”"}
ADJ_END = r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ых|их|ую|юю|ыми|ими|ой|ей|" \
          r"ы|і|ае|ая|ага|аму|ім|ых|ую|ай|ія|ія|ага|а|е|у|ої|ій|ім)"


@cache
def _config() -> dict[str, Any]:
    data = lexicon.mapping(ORGS, "", lexicon.load(ORGS))
    prefix = lexicon.str_list(ORGS, "prefix_forms", data.get("prefix_forms", []))
    longs: dict[str, str] = {}
    for abbr, forms in lexicon.mapping(ORGS, "long_forms", data.get("long_forms", {})).items():
        for f in lexicon.str_list(ORGS, f"long_forms.{abbr}", forms):
            longs[f] = abbr
    suffix = sorted(lexicon.str_list(ORGS, "suffix_forms", data.get("suffix_forms", [])), key=len, reverse=True)
    nouns = lexicon.str_list(ORGS, "org_nouns", data.get("org_nouns", []))
    bare = lexicon.str_list(ORGS, "bare_prefix_forms", data.get("bare_prefix_forms", []))
    if not set(bare) <= set(prefix):
        raise lexicon.fail(ORGS, "bare_prefix_forms", "every form must be one of prefix_forms")
    generic = {g.casefold() for g in lexicon.str_list(ORGS, "generic_words", data.get("generic_words", []))}

    def word_re(w: str) -> str:
        return re.escape(w[:-1]) + rf"[{LOW}]*" if w.endswith("*") else re.escape(w)

    def long_re(f: str) -> str:  # each word by its stem, so inflected long forms match too
        return r"\s+".join(re.escape(w[:-2]) + rf"[{LOW}]{{0,4}}" if len(w) > 5 else re.escape(w)
                           for w in f.split())

    cyr_nouns = [n for n in nouns if not re.match("[A-Za-z]", n)]
    lat_nouns = [n for n in nouns if re.match("[A-Za-z]", n)]
    long_alt = "|".join(long_re(f) for f in sorted(longs, key=len, reverse=True))
    return {
        "prefix": re.compile(
            rf"(?<![\w])(?P<form>{'|'.join(map(re.escape, sorted(prefix, key=len, reverse=True)))}"
            rf"|(?i:{long_alt})|(?i:{'|'.join(word_re(n) for n in cyr_nouns)}))\s*(?=[{re.escape(OPEN)}])"),
        "prefix_set": set(prefix),
        "bare": re.compile(
            rf"(?<![\w])(?P<form>{'|'.join(map(re.escape, sorted(bare, key=len, reverse=True)))})[ ]+"
            rf"(?P<name>[{UP}][{LOW}]+(?:-[{UP}]?[{LOW}]+)*|[{UP}]{{2,6}})(?![\w\-])"),
        "long": {re.sub(r"\s+", " ", f).casefold(): a for f, a in longs.items()},
        "long_res": [(re.compile(rf"(?i:{long_re(f)})$"), a) for f, a in longs.items()],
        "suffix": re.compile(
            rf"(?<![\w'’&.\-])(?P<name>(?:[{UP}0-9][\w'’&.\-]*)"
            rf"(?:[ ]+(?:[{UP}0-9&][\w'’&.\-]*|and|of|for|und|de|ve|la|du)){{0,7}}?"
            # one small word before the form: Czech, Slovak and Polish names ("Hanácká ložiska a.s.")
            rf"(?:[ ]+(?=[{LOW}]*[^\x00-\x7f])[{LOW}]{{4,}})?)"
            rf",?[ ]+(?P<form>{'|'.join(map(re.escape, suffix))})(?![\w])"),
        "latin_noun": re.compile(
            rf"(?<![\w'’&\-])(?P<name>(?:[A-Z][\w'’&\-]*)(?:[ ]+(?:[A-Z][\w'’&\-]*|of|for|and)){{0,6}}?)[ ]+"
            rf"(?P<noun>{'|'.join(word_re(n) for n in lat_nouns)})(?![\w])"),
        "adj": re.compile(
            rf"(?<![\w])(?P<head>[{UP}][{LOW}]*(?:ск|цк|зк)[{LOW}]*)"
            rf"(?P<more>(?:[ ]+[{LOW.replace(chr(39), '')}]+{ADJ_END}){{0,4}}?)"
            rf"[ ]+(?P<noun>(?:{'|'.join(word_re(n) for n in cyr_nouns)}))(?![\w])"
            # what the firm makes, in the genitive: "центр трансмиссий", "завод резиновых изделий"
            rf"(?:[ ]+(?:[а-яё]+(?:ых|их|ого|ной|ных))?[ ]*[а-яё]{{3,}}(?:ий|ов|ей|ий|ии|ок|ин)(?![\w]))?"),
        "generic": generic,
        "work": set(lexicon.str_list(ORGS, "work_abbreviations", data.get("work_abbreviations", []))),
        "departments": set(lexicon.str_list(ORGS, "department_abbreviations",
                                            data.get("department_abbreviations", []))),
        "org_words": {n.rstrip("*").casefold() for n in nouns} | {p.casefold() for p in prefix}
        | {f.casefold() for f in suffix if " " not in f},
    }


STOP_LEAD = {"the", "dear", "please", "from", "to", "our", "your", "we", "at", "in", "by", "for", "with",
             "and", "mr.", "mrs.", "ms.", "attn", "attention", "re", "fw", "fwd", "thank", "thanks"}


# a kind word that only describes ("фирма", "компания", "firm"): when a Latin
# name follows it, that name is the organisation, not the description
GENERIC_KIND = re.compile(r"(?:фирм|компани|кампані|фірм|firm|company)\w*$", re.I)
LATIN_NAME_NEXT = re.compile(r"[A-Z][A-Za-z0-9&.-]+(?:\s+[A-Z][A-Za-z0-9&.-]+)*")


def quoted_end(text: str, start: int) -> int | None:
    """End (exclusive) of the quoted name opening at `start`, nested
    guillemets counted; a line break ends an unclosed name at its last
    closing mark. None when nothing closes it."""
    opener = text[start]
    if opener == "«":
        depth, last = 0, None
        for i in range(start, min(len(text), start + 200)):
            ch = text[i]
            if ch == "«":
                depth += 1
            elif ch == "»":
                depth -= 1
                last = i + 1
                # depth 0, or a nested name closed with one mark for both
                # ("АО «СКБ «Ясень»", as Russian typography often writes it)
                if depth == 0 or (i + 1 < len(text) and text[i + 1] != "»" and depth >= 1 and
                                  text.count("«", start, i) > text.count("»", start, i) + 1):
                    return i + 1
            elif ch == "\n":
                break
        return last
    close = CLOSE.get(opener, opener)
    j = text.find(close, start + 1)
    if j == -1:
        j = text.find('"', start + 1)
    if opener == '"' and j > start + 1 and text[j - 1] == " " and j + 1 < len(text) and text[j + 1].isalnum():
        # 'АО "СКБ "Ясень"': a mark after a space opens a nested name; it
        # closes at the next mark, and the outer name there or right after
        k = text.find('"', j + 1)
        if k != -1 and "\n" not in text[j:k]:
            j = k + 1 if text[k + 1:k + 2] == '"' else k
    if j == -1 or "\n" in text[start:j] or j - start > 150:
        return None
    return j + 1


def _inner(quoted: str) -> str:
    s = quoted[1:]
    # the closing mark, unless it closes a nested name ("«СКБ «Ясень»" keeps "«Ясень»")
    if s.endswith(("»", '"', "“", "”")) and not (s.endswith("»") and s.count("«") >= s.count("»")) and not (
            quoted[0] == '"' and s.count('"') % 2 == 0):
        s = s[:-1]
    return s.strip()


_DESIGNATION_BEFORE = re.compile(r"(?<![\w-])[A-ZА-ЯЁІЎ]{1,5}-\d{1,4}[A-ZА-ЯЁІЎа-яa-z]{0,3}\s*$")
# a contract's defined term before a quoted name ("именуемое в дальнейшем «Заказчик»", "далее — «Стороны»")
_DEFINED_TERM = re.compile(r"(?:именуем\w+|іменуем\w+|іменован\w+|называем\w+|далее|далей|надалі|hereinafter"
                           r"|hereinafter referred to as)(?:\s+в\s+дальнейшем|\s+у\s+далейшым)?\s*[-–—]?\s*$", re.I)


def find_orgs(text: str) -> list[Mention]:
    cfg = _config()
    out: list[Mention] = []
    for m in cfg["prefix"].finditer(text):
        qstart = m.end()
        while qstart < len(text) and text[qstart] == " ":
            qstart += 1
        if text[qstart:qstart + 1] in ('"', "”") and not text[qstart - 1 : qstart].isspace() and (
                m.group("form")[-1:].islower()):
            continue  # 'завод" совместно': a straight quote right after a word closes a name, opens none
        end = quoted_end(text, qstart)
        if end is None:
            continue
        name = _inner(text[qstart:end])
        if not name or not name[0].isalnum():
            continue
        form = m.group("form")
        legal = form if form in cfg["prefix_set"] else _long_abbr(form)
        extra: dict[str, Any] = {"source": "pattern", "name": name}
        if legal:
            extra["legal_form"] = legal
        else:
            extra["kind"] = form
        out.append(Mention("ORG", text[m.start():end], m.start(), end, extra))
    for m in cfg["bare"].finditer(text):
        if any(o.start <= m.start() < o.end for o in out):
            continue
        end, name = m.end(), m.group("name")
        if m.group("form").isascii() and re.match(rf"\s+[{UP}0-9]", text[end:]):
            # "AO VPZ Meridian": an acronym and one more capitalised word; longer names are the Latin patterns'
            more = re.match(rf" ([{UP}][{LOW}]+)(?![\w-])(?!\s+[{UP}])", text[end:]) if name.isupper() else None
            if more is None:
                continue
            end, name = end + more.end(), name + more.group()
        out.append(Mention("ORG", text[m.start():end], m.start(), end,
                           {"source": "pattern", "name": name, "legal_form": m.group("form")}))
    for m in cfg["suffix"].finditer(text):
        start, name = _trim_lead(m.start("name"), m.group("name"))
        if not name or len(name) < 2 or name.isdigit():
            continue
        out.append(Mention("ORG", text[start:m.end()], start, m.end(),
                           {"source": "pattern", "name": name.rstrip(","), "legal_form": m.group("form")}))
    for m in cfg["latin_noun"].finditer(text):
        start, name = _trim_lead(m.start("name"), m.group("name"))
        if not name:
            continue
        extra: dict[str, Any] = {"source": "pattern", "name": text[start:m.end()]}
        first = name.split(" ")[0]
        if first in cfg["prefix_set"] and " " in name:  # "OJSC Foo Engine Plant"
            extra["legal_form"] = first
            extra["name"] = text[start + len(first) + 1:m.end()]
        out.append(Mention("ORG", text[start:m.end()], start, m.end(), extra))
    for m in cfg["adj"].finditer(text):
        end = m.end()
        q = end + 1 if text[end:end + 1] == " " else end
        if q < len(text) and text[q] in OPEN and not (q == end and text[q] in '"”'):  # "бюро «Стрела»"
            qe = quoted_end(text, q)
            if qe:
                end = qe
        elif LATIN_NAME_NEXT.match(text, q) and GENERIC_KIND.search(m.group()):
            continue  # "an X-country firm Acme Tools offers": the firm is the name that follows
        out.append(Mention("ORG", text[m.start():end], m.start(), end,
                           {"source": "pattern", "name": text[m.start():end]}))
    for m in re.finditer(r"«", text):
        end = quoted_end(text, m.start())
        if end is None:
            continue
        name = _inner(text[m.start():end])
        words = name.split()
        if not words or len(words) > 5 or not name[0].isupper() or re.search(r"\d{3,}", name):
            continue
        if _after_work_cue(text, m.start()) or _DESIGNATION_NAME.fullmatch(name):
            continue  # "ОКР «Кедр»", "шифр «Кедр»", "вертолёт «Сыч-2»": a work's or product's name, not a firm's
        if _DESIGNATION_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            continue  # "КМК-1Р «Мерило»": a product's designation, then its name
        if _DEFINED_TERM.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "именуемое в дальнейшем «Исполнитель 1»": a contract's name for a party
        out.append(Mention("ORG", name, m.start() + 1, m.start() + 1 + len(name),
                           {"source": "quote", "name": name, "weak": True, "written": text[m.start():end]}))
    out += _abbreviations(text, out)
    return out + _han_orgs(text, out)


# a firm's name in Chinese characters ends in its kind: company limited, group, works, institute
HAN_ORG = re.compile(r"[\u4e00-\u9fff]{2,30}(?:有限责任公司|股份有限公司|有限公司|集团|公司|研究所|研究院|工厂|厂)")


def _han_orgs(text: str, found: list[Mention]) -> list[Mention]:
    """A firm in Chinese characters on the line beside its Latin name (a
    supplier's signature) stands for that firm; alone it is left out, since
    nothing in the case could say which firm it is."""
    out = []
    for m in HAN_ORG.finditer(text):
        near = [o for o in found if 0 <= m.start() - o.end <= 2 or 0 <= o.start - m.end() <= 2]
        if near and not HAN_ORG.fullmatch(near[0].surface):
            out.append(Mention("ORG", m.group(), m.start(), m.end(), {"source": "pattern", "name": near[0].surface}))
    return out


ABBR_AFTER = re.compile(rf"\s*\((?P<abbr>[{UP}][{UP}0-9&-]{{1,9}})\)")


def _abbreviations(text: str, found: list[Mention]) -> list[Mention]:
    """An abbreviation in brackets right after a name: "Foo Engine Plant
    (FEP)", "Ясеневский моторный завод (ЯМЗ)"; it names the same firm."""
    out = []
    for m in found:
        if m.extra.get("source") != "pattern" or m.end is None:
            continue
        a = ABBR_AFTER.match(text, m.end)
        if a:
            out.append(Mention("ORG", a.group("abbr"), a.start("abbr"), a.end("abbr"),
                               {"source": "pattern", "name": a.group("abbr"), "abbreviation_of": m.surface}))
    return out


def _long_abbr(form: str) -> str | None:
    key = re.sub(r"\s+", " ", form).casefold()
    cfg = _config()
    if key in cfg["long"]:
        return str(cfg["long"][key])
    for rx, abbr in cfg["long_res"]:
        if rx.match(form):
            return str(abbr)
    return None


_ITEM_NUMBER = re.compile(r"\d{1,3}[.)]|[a-z][.)]")  # a list's numbering: "3. Foo S.p.A."


def _trim_lead(start: int, name: str) -> tuple[int, str]:
    """Drop sentence words in front of a Latin name ("Dear", "Please", "The")."""
    words = name.split(" ")
    while words and (words[0].casefold() in STOP_LEAD or not words[0] or _ITEM_NUMBER.fullmatch(words[0])):
        start += len(words[0]) + 1
        words = words[1:]
    # "General Director of Foo Gearbox Plant": the position before the firm is no part of its name
    m = _POSITION_OF.match(" ".join(words))
    if m:
        start += m.end()
        words = " ".join(words)[m.end():].split(" ")
    return start, " ".join(words)


_POSITION_OF = re.compile(r"(?:[A-Z][a-z]+ ){0,3}(?:Director|Manager|Head|Engineer|Officer|President|Chairman|Deputy|"
                          r"Designer|Specialist|Representative|Secretary|Accountant)(?: General)? of (?=[A-Z])")


# a quoted name shaped like a product's designation: a word, a hyphen and a number ("Сыч-2")
_DESIGNATION_NAME = re.compile(r"[^\W\d_]{2,}-\d{1,4}[^\W\d_]{0,3}")
_WORK_CUES = ("шифр", "шыфр", "тема", "тэма", "темы", "тэмы", "code", "codename", "проект", "праект", "project")


def _after_work_cue(text: str, quote: int) -> bool:
    lead = text[max(0, quote - 12) : quote].split()
    return bool(lead) and (lead[-1] in _config()["work"] or lead[-1].casefold().strip("(") in _WORK_CUES)


def work_names(text: str) -> list[str]:
    """Quoted names that follow a kind of work or a code-name word ("ОКР
    «Кедр»", "шифр «Кедр»"): a project's name, which the same case may write
    bare elsewhere ("по «Кедру»") where nothing says it is no firm."""
    out = []
    for m in re.finditer(r"«", text):
        end = quoted_end(text, m.start())
        if end is not None and _after_work_cue(text, m.start()):
            out.append(_inner(text[m.start():end]))
    # straight quotes where a charset has no «» (koi8-r): ОКР "Сыч-2"
    out += [m.group(1) for m in re.finditer(r"\"([^\"\n]{2,40})\"", text) if _after_work_cue(text, m.start())]
    return out


def department_abbreviation(text: str) -> bool:
    """Whether `text` is the abbreviation of a plant's department ("МТО", "ОТК")."""
    return text.strip() in _config()["departments"]


def work_abbreviation(text: str) -> bool:
    """Whether `text` is an abbreviation for a kind of work or document
    ("ОКР": R&D work), which natasha reads as an organisation, or such a
    work's name ("ОКР «Кедр»": a project, not a firm)."""
    t = text.strip()
    return t in _config()["work"] or t.split(" ")[0] in _config()["work"] and bool(re.search(f"[{OPEN}]", t))


def has_org_word(text: str) -> bool:
    """Whether `text` holds a word for a kind of organisation or a legal form."""
    cfg = _config()
    words = {w.casefold() for w in re.findall(r"[\w.]+", text)}
    return bool(words & cfg["org_words"])


def generic_words() -> set[str]:
    return set(_config()["generic"])
