"""Countries and cities in running text, in any script and inflected form:
`country_code("в Германию") == "de"`, `find_places("в Праге")` gives Prague in
Czechia. Data: `data/extract/countries.yml` and `data/extract/cities.yml`.

Used by extract (LOC mentions) and by the findings detectors (a country
attribute from "американского производства"). German-style or other
transliterations of a city are left to the resolver's scorer: here only the
spellings listed and one plain transliteration of each Cyrillic name match."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from paperchase.extract import lexicon
from paperchase.extract import wordforms as wf
from paperchase.extract.gazetteer import Entry, Gazetteer

COUNTRIES = "countries.yml"
CITIES = "cities.yml"
NAME_LANGS = ("ru", "be", "uk", "en", "de", "pl", "fr", "other")
CYRILLIC = re.compile("[а-яёіїєґў]", re.I)


@dataclass(frozen=True, slots=True)
class PlaceHit:
    """A place in text. `code` is the ISO 3166-1 alpha-2 country (of the city,
    for a city); `name` the English canonical name; `lemma` the nominative in
    the language of the surface ("в Праге" -> "Прага"); `kind` country or city."""

    start: int
    end: int
    surface: str
    code: str
    kind: str = "country"
    name: str = ""
    lemma: str = ""


def _lang_of(name: str, given: str) -> str:
    if given != "other":
        return given
    return "ru" if CYRILLIC.search(name) else "en"


@cache
def _countries() -> tuple[Gazetteer, dict[str, str], dict[str, str]]:
    """The country gazetteer, the folded-name lookup for country_code(), and
    the English name of each code."""
    data = lexicon.mapping(COUNTRIES, "", lexicon.load(COUNTRIES))
    ambiguous = {wf.fold(a) for a in lexicon.str_list(COUNTRIES, "ambiguous", data.pop("ambiguous", []))}
    gaz = Gazetteer()
    exact: dict[str, str] = {}
    english: dict[str, str] = {}
    for code, spec in data.items():
        if not re.fullmatch("[a-z]{2}", code):
            raise lexicon.fail(COUNTRIES, code, "expected a lower-case ISO 3166-1 alpha-2 code")
        spec = lexicon.mapping(COUNTRIES, code, spec)
        names = lexicon.mapping(COUNTRIES, f"{code}.names", spec.get("names", {}))
        en = lexicon.str_list(COUNTRIES, f"{code}.names.en", names.get("en", [code]))[0]
        english[code] = en
        for lang, vals in names.items():
            if lang not in NAME_LANGS:
                raise lexicon.fail(COUNTRIES, f"{code}.names.{lang}", f"language not one of {NAME_LANGS}")
            for name in lexicon.str_list(COUNTRIES, f"{code}.names.{lang}", vals):
                ent = Entry("country", code, en, name, _lang_of(name, lang))
                gaz.add(name, ent, ent.lang, ambiguous=wf.fold(name) in ambiguous)
                exact.setdefault(wf.fold(name), code)
                if lang == "be":  # and in Łacinka: "z Biełarusi", "u Polščy"
                    gaz.add(wf.lacinka(name), ent, "be-latn", ambiguous=wf.fold(name) in ambiguous)
        adjs = lexicon.mapping(COUNTRIES, f"{code}.adjectives", spec.get("adjectives", {}))
        for lang, vals in adjs.items():
            for adj in lexicon.str_list(COUNTRIES, f"{code}.adjectives.{lang}", vals):
                gaz.add(adj, Entry("country", code, en, adj, lang), lang, adjective=True)
                exact.setdefault(wf.fold(adj), code)
                if lang == "be":
                    gaz.add(wf.lacinka(adj), Entry("country", code, en, adj, "be-latn"), "be-latn", adjective=True)
        for ab in lexicon.str_list(COUNTRIES, f"{code}.abbr", spec.get("abbr", [])):
            gaz.add_abbr(ab, Entry("country", code, en, ab, "abbr"))
            exact.setdefault(wf.fold(ab), code)
    return gaz, exact, english


@cache
def _cities() -> Gazetteer:
    """cities.yml: per country, `columns` (languages of the '|'-separated
    fields) and `cities`; further fields after the columns are other spellings.
    A leading '?' marks a name that is also a common word or first name."""
    data = lexicon.mapping(CITIES, "", lexicon.load(CITIES))
    gaz = Gazetteer()
    for code, spec in data.items():
        spec = lexicon.mapping(CITIES, code, spec)
        cols = lexicon.str_list(CITIES, f"{code}.columns", spec.get("columns", ["en", "ru"]))
        for row in lexicon.str_list(CITIES, f"{code}.cities", spec.get("cities", [])):
            _add_city(gaz, code, cols, row)
    return gaz


# oblique forms of towns in -ово/-ино/-ов/-ин are female and male surnames
# ("из Иваново" vs "Иванова"): such towns count only after a preposition
SURNAME_LIKE = re.compile(r"(?:ов|ев|ёв|ин|ын|ово|ево|ёво|ино|ыно|ава|ява|іна|ына|аў|еў)$", re.I)


def _add_city(gaz: Gazetteer, code: str, cols: list[str], row: str) -> None:
    ambiguous = row.startswith("?")
    fields = [f.strip() for f in row.lstrip("?").split("|")]
    named = [(cols[k] if k < len(cols) else "other", f) for k, f in enumerate(fields) if f]
    given = dict(named)
    if "country" in given:
        code = given.pop("country").lower()
        named = [(lang, f) for lang, f in named if lang != "country"]
    if not named or not re.fullmatch("[a-z]{2}", code):
        raise lexicon.fail(CITIES, f"{code}.cities", f"bad row {row!r}")
    en = given.get("en") or next(
        (wf.latin(given[lang], lang) for lang in ("be", "uk", "ru") if lang in given), named[0][1])
    spellings = list(named)
    for lang, f in named:
        if lang in ("ru", "be", "uk"):
            spellings.append(("en", wf.latin(f, lang)))
    seen: set[str] = set()
    for lang, f in spellings:
        if f.casefold() in seen:
            continue
        seen.add(f.casefold())
        lang = _lang_of(f, lang)
        weak = ambiguous or (lang in ("ru", "be") and " " not in f and bool(SURNAME_LIKE.search(f)))
        gaz.add(f, Entry("city", code, en, f, lang), lang, ambiguous=weak)


def _hit(m: Any) -> PlaceHit:
    e = m.entry
    return PlaceHit(m.start, m.end, m.surface, e.code, e.kind, e.name, e.lemma)


def find_countries(text: str) -> list[PlaceHit]:
    """Country names, adjectives and abbreviations in running text."""
    gaz, _exact, _en = _countries()
    return [_hit(m) for m in gaz.find(text)]


def find_places(text: str) -> list[PlaceHit]:
    """Cities and towns in running text, each with its country."""
    return [_hit(m) for m in _cities().find(text)]


def find_all(text: str) -> list[PlaceHit]:
    """Countries and cities together, overlaps resolved for the longer span
    (so "Mexico City" is the city and not the country); then the towns of the
    world list that the curated ones lack, where a preposition names them."""
    hits = sorted(find_countries(text) + find_places(text), key=lambda h: (h.start, -(h.end - h.start)))
    out: list[PlaceHit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    more = [h for h in find_world_towns(text) if not any(o.start < h.end and h.start < o.end for o in out)]
    return sorted(out + more, key=lambda h: h.start) if more else out


WORLD = "world_cities.tsv"
# a capitalised word right after a preposition of place ("в Ширазе", "to Boufarik", "nach Herlitz")
_AFTER_PREP = re.compile(r"(?<![\w-])(?:в|во|из|у|ў|на|до|под|около|через|з|із|у|да|ад|каля|in|to|from|at|near|via|"
                         r"nach|aus|bei|à|au|en|w|we|do|г\.|г|м\.|city\s+of)\s+"
                         r"([A-ZА-ЯЁІЇЄҐЎ][\w'’-]{3,}(?:[ -][A-ZА-ЯЁІЇЄҐЎ][\w'’-]+)?)")
# Russian, Belarusian and Ukrainian case endings of a town's name -> its nominative endings
_TOWN_CASES = (("ом", ("",)), ("ем", ("ь", "й", "")), ("ой", ("а",)), ("ей", ("я",)), ("е", ("", "а", "й", "ь", "я")),
               ("і", ("", "а", "я", "ь")), ("и", ("ь", "а", "я", "")), ("у", ("", "а")), ("ю", ("я", "ь", "й")),
               ("а", ("", "ь")), ("я", ("ь", "й")), ("ы", ("а",)))


@cache
def _world() -> dict[str, tuple[str, str, int]]:
    """Folded town name -> (country, English name, population), the most
    populous town of each name; the investigator's file of the same name is
    read after the bundled one."""
    from paperchase import lexicons

    out: dict[str, tuple[str, str, int]] = {}
    paths = [lexicons.bundled("extract", WORLD)]
    more = lexicons.extra("extract", WORLD)
    if more is not None:
        paths.append(more)
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < 3 or not re.fullmatch("[a-z]{2}", fields[0]) or not fields[1].isdigit():
                raise lexicon.fail(WORLD, f"line {n}", "expected country<TAB>population<TAB>name[<TAB>name...]")
            code, pop, en = fields[0], int(fields[1]), fields[2]
            for name in fields[2:]:
                for key in {wf.fold(name), wf.fold(_unaccent(name))}:
                    if key not in out or out[key][2] < pop:
                        out[key] = (code, en, pop)
    return out


@cache
def _not_towns() -> frozenset[str]:
    data = lexicon.mapping("world_towns.yml", "", lexicon.load("world_towns.yml"))
    return frozenset(wf.fold(w) for w in lexicon.str_list("world_towns.yml", "not_towns", data.get("not_towns", [])))


def _unaccent(text: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def world_town(word: str) -> tuple[str, str, int] | None:
    """(country, English name, population) of the world list's most populous town of that name."""
    return _world().get(wf.fold(word))


def find_world_towns(text: str) -> list[PlaceHit]:
    """Towns of the world list named after a preposition of place, in the
    nominative or a case form ("в Ширазе" -> Shiraz, Iran). A word the
    dictionary knows as anything but a place or a name is left alone ("в Мире")."""
    if not text or not _AFTER_PREP.search(text):
        return []
    world = _world()
    out: list[PlaceHit] = []
    for m in _AFTER_PREP.finditer(text):
        surface = m.group(1)
        for cand in _town_lemmas(surface):
            hit = world.get(wf.fold(cand))
            if hit is not None and not _common_word(surface) and wf.fold(cand) not in _not_towns():
                out.append(PlaceHit(m.start(1), m.end(1), surface, hit[0], "city", hit[1], cand))
                break
    return out


def _town_lemmas(surface: str) -> list[str]:
    """The name as written, then (for a Cyrillic single word) the nominatives its ending allows."""
    out = [surface]
    if CYRILLIC.search(surface) and " " not in surface:
        low = surface.lower()
        for end, noms in _TOWN_CASES:
            if low.endswith(end) and len(low) - len(end) >= 3:
                out += [surface[: -len(end)] + nom for nom in noms]
                break
    return out


@lru_cache(maxsize=50_000)
def _common_word(surface: str) -> bool:
    """A dictionary word that is neither a place nor a person's name (pymorphy3
    for Cyrillic): "в Мире", "на Севере" are no towns."""
    if not CYRILLIC.search(surface) or " " in surface:
        return False
    parses = [p for p in wf.parse(surface, "ru") if p.score >= 0.1]
    known = [p for p in parses if p.is_known]
    return bool(known) and not any({"Geox", "Name", "Surn", "Orgn"} & set(p.tag.grammemes) for p in known)


@lru_cache(maxsize=100_000)
def country_code(text: str) -> str | None:
    """ISO 3166-1 alpha-2 (lower case, "eu" for the EU) from a country name,
    adjective, abbreviation or code in any script or inflected form; the
    first country in `text` when it is a phrase ("американского производства"),
    else the country of the first city named ("в Праге" -> "cz")."""
    if not text or not text.strip():
        return None
    gaz, exact, english = _countries()
    raw = text.strip()
    key = wf.fold(raw)
    if key in exact:
        return exact[key]
    if re.fullmatch("[A-Za-z]{2}", raw) and raw.lower() in english:
        return raw.lower()
    alpha3 = _alpha3()
    if re.fullmatch("[A-Za-z]{3}", raw) and raw.lower() in alpha3:
        return alpha3[raw.lower()]
    for strict in (True, False):
        hits = gaz.find(raw, strict_case=strict)
        if hits:
            return hits[0].entry.code
    city = _cities().find(raw, strict_case=False)
    return city[0].entry.code if city else None


def country_name(code: str) -> str | None:
    """The English name of a code ("cz" -> "Czechia")."""
    return _countries()[2].get(code.lower())


@cache
def _alpha3() -> dict[str, str]:
    """ISO alpha-3 to alpha-2 ("deu" -> "de"), from rigour where installed."""
    try:
        from rigour.territories import get_territories
    except ImportError:  # rigour is a core dependency; this only guards odd installs
        return {}
    return {t.alpha3: t.code for t in get_territories() if t.alpha3 and len(t.code) == 2}
