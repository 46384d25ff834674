"""Organisation names: legal form stripped, words mapped to concepts across
Russian, Belarusian and English (завод ~ zavod ~ plant), city adjectives cut
to the city stem (Гомельский ~ Gomel), brand compounds compared whole, and
acronyms (БЭМЗ) matched against the initials of the spelled-out name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from paperchase.resolve.names.lexicon import legal_key, org_terms
from paperchase.resolve.names.translit import canon, canon_variants, skeleton

_SPLIT = re.compile(r"[^\w.&]+|(?<=[a-zа-яёіўїєґ])(?=[A-ZА-ЯЁІЎЇЄҐ])")
_CAMEL = re.compile(r"[a-zа-яёіўїєґ][A-ZА-ЯЁІЎЇЄҐ]")
_ADJ = re.compile(r"(?:sk|ck|zk|k)(?:ii|i|oi|aia|oe|ogo|omu|im|om|ix|a|ie|ae|ai|ei|ia|aga|amu|ui|uiu)$")
_CITY_SK = re.compile(r"(?:sk|ck)$")
_EN_ADJ = re.compile(r"(?:ian|ean)$")
_ACRONYM = re.compile(r"^[A-ZА-ЯЁІЎЇЄҐ]{2,6}$")
_VOWEL = re.compile(r"[AEIOUYАЕЁИОУЫЭЮЯІЇЄ]")
# a syllable then capitals: the first word's start and the next words' initials
_SYLLABIC = re.compile(r"^(?P<head>[A-ZА-ЯЁІЎЇЄҐ][a-zа-яёіўїєґ]{1,3})(?P<caps>[A-ZА-ЯЁІЎЇЄҐ]{2,4})$")


@dataclass(frozen=True, slots=True)
class Unit:
    """One comparable unit of an organisation name: a concept ('#plant') or
    the skeleton of a word, with its fine form for typo tolerance."""

    key: str
    fine: str
    city: bool = False
    acronym: bool = False
    head: str = ""         # a syllabic acronym's lower-case start (Каш of КашАРЗ): the first word begins so
    adj: bool = False      # read back from an adjective (Вольский -> vol)
    alt: str = ""          # the skeleton of another reading of the Latin word (Coromandel: krmndl)
    place: str = ""        # the gazetteer's name of the city the word names (Ухань, Wuhan: wuhan)


@dataclass(frozen=True, slots=True)
class OrgName:
    text: str
    legal: str
    units: tuple[Unit, ...]
    initials: str          # first letters of the words (compounds split), canonical
    acronym: str           # the name itself where it is one all-caps word


def _concept(fine: str) -> str | None:
    """The concept a word stands for: a listed stem begins it (and leaves at
    most an ending, so brand compounds such as Радиоавтоматика stay whole)."""
    skel = skeleton(fine)
    for stem, stem_skel, concept in org_terms().concepts:
        if len(fine) - len(stem) > 6:
            continue
        if len(stem) < 5:     # short stems (tool, bank, aero) name the word itself, not its start
            if fine == stem or fine[:-1] == stem:
                return concept
            continue
        if fine.startswith(stem) or (len(stem_skel) >= 4 and skel.startswith(stem_skel)
                                      and OSA.distance(fine[:len(stem)], stem) <= 1 and len(skel) - len(stem_skel) <= 3):
            return concept
    return None


def _split_compound(fine: str) -> list[str]:
    """радиозавод -> радио + завод, only where the rest is a known word (and
    the whole is not: станкостроительный is one concept)."""
    if _concept(fine) is not None:
        return [fine]
    for pre in org_terms().compound:
        if fine.startswith(pre) and len(fine) - len(pre) >= 4:
            # the canonical form collapses a doubled letter at the seam (радыё|электронны -> radelektroni)
            for rest in (fine[len(pre):], pre[-1] + fine[len(pre):]):
                if _concept(rest) is not None:
                    return [pre, rest]
    return [fine]


def _unit(fine: str, alt: str = "") -> list[Unit]:
    concept = _concept(fine) or (_concept(alt) if alt else None)
    if concept is not None:
        return [Unit("#" + c, fine) for c in concept.split("+")]
    stem = _ADJ.sub("", fine) if len(fine) > 5 else fine
    if stem == fine and len(fine) > 6:
        stem = _EN_ADJ.sub("", fine)      # Ukrainian -> ukrain, like Украинский -> ukrain
    if stem != fine:
        return [Unit(skeleton(stem), stem, city=True, adj=True)]
    stem = _CITY_SK.sub("", fine) if len(fine) > 4 else fine
    other = skeleton(_CITY_SK.sub("", alt) if len(alt) > 4 else alt) if alt else ""
    return [Unit(skeleton(stem), stem, city=True, alt=other if other != skeleton(stem) else "")]


@lru_cache(maxsize=50_000)
def parse_org(text: str) -> OrgName:
    terms = org_terms()
    raw = [t for t in re.split(r"[\s\"«»“”„'()/,]+", text) if t]
    acronym = ""
    if len(raw) == 1 and _ACRONYM.match(raw[0]):
        acronym = "".join(canon(ch)[:1] for ch in raw[0])
    toks: list[str] = []
    for t in raw:
        for part in re.split(r"-", t):
            if part:
                toks.append(part)
    # initials (С.А.) and one-letter words are never legal forms
    fines = [canon(t) for t in toks]
    alone = [dotted_legal_ok(t) for t in toks]
    # strip legal forms: longest word sequence first, anywhere in the name
    legal = ""
    i = 0
    kept: list[str] = []
    while i < len(fines):
        for size in range(min(terms.legal_max, len(fines) - i), 0, -1):
            seq = legal_key(toks[i:i + size])
            if seq in terms.legal and (size > 1 or alone[i]):
                legal = legal or terms.legal[seq]
                i += size
                break
        else:
            kept.append(toks[i])
            i += 1
    units: list[Unit] = []
    initials = []
    # in a name written all in capitals (LIDA TRACTOR WORKS) a capitalised
    # word is an acronym only where it has no vowel (SKB) or stands alone
    shouting = len(kept) > 1 and all(t.upper() == t for t in kept)
    for tok in kept:
        fine = canon(tok)
        if not fine or fine in terms.fillers:
            continue
        if _ACRONYM.match(tok) and len(kept) <= 4 and (not shouting or not _VOWEL.search(tok)):
            # letter by letter: МТЗ is m-t-z, not the digraph tz
            fine = "".join(canon(ch)[:1] for ch in tok)
            initials.append(fine)
            units.append(Unit("acr:" + fine, fine, acronym=True))
            continue
        syl = _SYLLABIC.match(tok) if len(kept) <= 4 else None
        if syl:
            head = canon(syl.group("head"))
            fine = head[:1] + "".join(canon(ch)[:1] for ch in syl.group("caps"))
            initials.append(fine)
            units.append(Unit(f"acr:{fine}:{head}", fine, acronym=True, head=head))
            continue
        city = _city_name(tok)
        if city:
            # a city the gazetteer knows by name, in any script (Ухань / Wuhan): its one name as well
            initials.append(fine[:1])
            unit = _unit(fine)[0]
            units.append(Unit(unit.key, unit.fine, city=True, adj=unit.adj, alt=unit.alt, place=city))
            continue
        camel = bool(_CAMEL.search(tok))
        parts = [fine] if camel else _split_compound(fine)
        variants = canon_variants(tok)
        alt = variants[1] if len(variants) > 1 and len(parts) == 1 else ""
        for p in parts:
            initials.append(p[:1])
            units.extend(_unit(p, alt))
    return OrgName(text, legal, tuple(units), "".join(initials), acronym)


_AKANNE = str.maketrans({"o": "a", "e": "i"})


def dotted_legal_ok(tok: str) -> bool:
    """Whether a word may be a legal form on its own: not an initial ("С.А."
    is a person's initials); a dotted form in lower case or of three letters
    ("d.o.o.", "s.r.o.", "D.O.O.") is a legal form."""
    bare = tok.rstrip(".")
    if len(bare) < 2:
        return False
    if "." not in bare:
        return True
    return bare.islower() or (tok.isascii() and bare.count(".") >= 2)


@lru_cache(maxsize=50_000)
def _city_name(tok: str) -> str:
    """The gazetteer's name of the city `tok` names as a whole word in its
    nominative (not an adjective: "Борисовский" is left to the stems), or ""."""
    from paperchase.extract.places import find_places

    if len(tok) < 4 or not tok[:1].isupper():
        return ""
    hits = [h for h in find_places(tok) if h.start == 0 and h.end == len(tok) and h.surface == tok]
    return hits[0].name.casefold() if len(hits) == 1 and hits[0].name else ""


def _akanne(fine: str) -> str:
    return fine.translate(_AKANNE)


def _unit_match(a: Unit, b: Unit) -> float:
    if a.place and a.place == b.place:
        return 1.0
    if a.key == b.key or (a.alt and a.alt == b.key) or (b.alt and b.alt == a.key):
        # short words share a skeleton too easily (Xinda / Xinhua): one edit at most,
        # counting Belarusian akanne (Бабруйск / Бобруйск) as none
        if a.key.startswith("#") or a.acronym or min(len(a.fine), len(b.fine)) >= 7 or \
                OSA.distance(_akanne(a.fine), _akanne(b.fine), score_cutoff=2) <= 1:
            return 1.0
    if a.key.startswith("#") or b.key.startswith("#"):
        return 0.0
    if a.city and b.city and not (a.adj and b.adj):
        # a city and its adjective: Лида / Лидский, Брест / Брэсцкі (two adjectives
        # must agree: Вольский / Волжский are two towns)
        (short, sf), (long_, lf) = sorted(((a.key, a.fine), (b.key, b.fine)), key=lambda k: len(k[0]))
        if long_.startswith(short) and len(long_) - len(short) <= 2 and (
                len(short) >= 3 or len(short) == 2 and OSA.distance(sf, lf[:len(sf)]) <= 1):
            return 0.95
        short, long_ = sorted((a.fine, b.fine), key=len)
        if len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2:
            return 0.95
    # one typo, only in long words: short brand names differ by one letter on purpose
    if min(len(a.fine), len(b.fine)) >= 7 and OSA.distance(a.fine, b.fine, score_cutoff=1) <= 1:
        return 0.9
    if min(len(a.key), len(b.key)) >= 6 and OSA.distance(a.key, b.key, score_cutoff=1) <= 1 and \
            OSA.normalized_similarity(a.fine, b.fine) >= 0.75:
        return 0.9
    return 0.0


def _consume_acronym(acr: Unit, pool: list[Unit]) -> int:
    """Match an acronym (СКБ, БЭМЗ) against the initials of a run of the other
    name's words; the words it stands for leave the pool. Returns how many
    units it consumed (0: no match)."""
    letters = acr.fine
    if len(letters) < 2:
        return 0
    for start in range(len(pool)):
        pos, last_fine, i, end = 0, None, start, start
        while i < len(pool) and pos < len(letters):
            unit = pool[i]
            if unit.fine == last_fine:        # a concept expanded from the same word
                i += 1
                continue
            if unit.acronym or unit.fine[:1] != letters[pos] or (
                    pos == 0 and acr.head and not unit.fine.startswith(acr.head)):
                break
            pos, last_fine, end = pos + 1, unit.fine, i
            i += 1
        if pos == len(letters):
            while end + 1 < len(pool) and pool[end + 1].fine == last_fine:
                end += 1
            del pool[start:end + 1]
            return end + 1 - start
    return 0


def compare_orgs(a: OrgName, b: OrgName) -> tuple[float, str]:
    if not a.units or not b.units:
        return 0.0, "no name left after the legal form"
    pool_b = list(b.units)
    matched_a = matched_b = 0.0
    notes: list[str] = []
    rest_a: list[Unit] = []
    for u in a.units:
        if u.acronym and not any(v.key == u.key for v in pool_b):
            n = _consume_acronym(u, pool_b)
            if n:
                matched_a += 1
                matched_b += n
                notes.append(f"acronym {u.fine.upper()}")
                continue
        rest_a.append(u)
    pool_a = list(rest_a)
    for v in [v for v in pool_b if v.acronym]:
        n = _consume_acronym(v, pool_a)
        if n:
            pool_b.remove(v)
            matched_b += 1
            matched_a += n
            notes.append(f"acronym {v.fine.upper()}")
    for u in pool_a:
        best_i, best = -1, 0.0
        for i, v in enumerate(pool_b):
            s = _unit_match(u, v)
            if s > best:
                best_i, best = i, s
        if best_i >= 0:
            matched_a += best
            matched_b += best
            pool_b.pop(best_i)
    total = len(a.units) + len(b.units)
    score = (matched_a + matched_b) / total
    detail = f"{(matched_a + matched_b) / 2:.1f} of {total / 2:.1f} name parts agree"
    if notes:
        detail += "; " + ", ".join(notes)
    if a.legal and b.legal:
        detail += "; legal form " + ("agrees" if a.legal == b.legal else f"differs ({a.legal}/{b.legal})")
    return round(min(1.0, score), 3), detail


def strip_legal(text: str) -> str:
    """The name as written without its legal form and outer quotes:
    `ОАО «Лидский завод»` -> `Лидский завод` (a derived name form)."""
    terms = org_terms()
    toks = text.split()
    clean = [t.strip("«»\"“”„,()") for t in toks]
    keep = [True] * len(toks)
    i = 0
    while i < len(toks):
        for size in range(min(terms.legal_max, len(toks) - i), 0, -1):
            seq = legal_key(clean[i:i + size])
            raw = clean[i]
            if seq in terms.legal and (size > 1 or (len(raw.rstrip(".")) >= 2 and "." not in raw.rstrip("."))):
                for j in range(i, i + size):
                    keep[j] = False
                i += size
                break
        else:
            i += 1
    out = " ".join(t for t, k in zip(toks, keep, strict=True) if k).strip(" ,")
    if out[:1] in "«\"“„" and out[-1:] in "»\"”“":
        out = out[1:-1].strip()
    if out.count("«") > out.count("»"):       # АО «СКБ «Вектор» -> СКБ «Вектор»
        out += "»"
    return out


_KIND_THEN_QUOTED = re.compile(r"^(?:[A-ZА-ЯЁІЎЇЄҐ]{2,6}\s*)+[«\"“„](?P<name>[^«»\"“”„]+)[»\"”“]*$")


def core_name(text: str) -> str:
    """The plain name inside a firm's legal form, kind of organisation and
    quotes: `ООО «НПЦ «Вега-Плюс»»` and `НПЦ «Вега-Плюс»` -> `Вега-Плюс`.
    Mail writes a firm so as often as in full, and the kind's abbreviation
    differs between languages (НПЦ / НВЦ), so this is what is compared.
    Empty where the name has no such shape."""
    bare = strip_legal(text)
    m = _KIND_THEN_QUOTED.match(bare)
    if m is None:
        return ""
    name = m.group("name").strip()
    return name if len(name) > 2 and name[:1].isalnum() else ""
