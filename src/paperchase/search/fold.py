"""Folding a word into its search keys, so that spellings of one word or name
meet: Cyrillic and Latin scripts, transliteration systems, and word forms
(Russian, Ukrainian via pymorphy3; Belarusian mapped onto Russian-like
spelling first, since pymorphy has no Belarusian dictionary).

A key is a *skeleton*: word or lemma -> Latin letters -> the merges listed
in `data/search/fold.yml` -> doubled letters collapsed -> one final vowel
dropped. A word gets a few keys (its lemmas, itself, its stem for an unknown
word, the spellings of systems that disagree); a query word matches any of
its keys. Both the index and the query run the same function, so whatever
merges, merges on both sides. Folding one token costs a morphological parse
(tens of µs); mail repeats its words endlessly, hence the cache on
`word_keys`. Measured on ../shared/data/name-pairs/dev.csv (see
tests/search/test_search_pairs.py): 99% of cross-script pairs, 98% of
same-script transliteration pairs, 72% of case forms found; 0.1% of
look-alike names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources
from itertools import chain
from typing import Any

import yaml

from paperchase.errors import DataFileError

# words as folded: letters and digits, Belarusian/Ukrainian apostrophes inside
WORD_RE = re.compile(r"[^\W_]+(?:['’ʼ`][^\W_]+)*")
# words as FTS5's unicode61 tokenizer sees them (apostrophes split): for
# highlighting exact terms
TOKEN_RE = re.compile(r"[^\W_]+")
_PLAIN_WORD_RE = re.compile(r"\w+")
_APOSTROPHES = "'’ʼ`"
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UK_ONLY = set("їєґ")
_BE_HINT = set("ўі")
VOWELS = frozenset("aeiu")
# bump when the folding code changes what keys a word gets: indexes built
# with another version are rebuilt on the next search (see index.catch_up)
FOLD_CODE_VERSION = 1
MAX_KEYS = 6


class _Rules:
    """The validated contents of fold.yml."""

    def __init__(self, data: Any, name: str) -> None:
        if not isinstance(data, dict):
            raise DataFileError(f"{name}: expected a mapping at the top")
        for key in ("cyrillic", "belarusian", "letters", "latin", "variants", "endings"):
            if key not in data:
                raise DataFileError(f"{name}: missing key {key!r}")
        self.cyrillic = self._mapping(data, "cyrillic", name, single=True)
        self.letters = self._mapping(data, "letters", name, single=True)
        be = self._mapping(data, "belarusian", name, single=False)
        self.be_keys = sorted(be, key=len, reverse=True)
        self.be_map = be
        self.be_re = re.compile("|".join(re.escape(k) for k in self.be_keys))
        self.latin = self._rules(data["latin"], "latin", name)
        variants = data["variants"]
        if not isinstance(variants, dict) or set(variants) != {"latin", "belarusian"}:
            raise DataFileError(f"{name}: 'variants' must map 'latin' and 'belarusian' to lists")
        self.latin_variants = self._rules(variants["latin"], "variants.latin", name)
        self.be_variants = self._rules(variants["belarusian"], "variants.belarusian", name)
        endings = data["endings"]
        if not (isinstance(endings, list) and all(isinstance(e, str) and e for e in endings)):
            raise DataFileError(f"{name}: 'endings' must be a list of non-empty strings")
        self.endings = sorted(endings, key=len, reverse=True)
        self.table = str.maketrans({**self.cyrillic, **self.letters})

    @staticmethod
    def _rules(value: Any, key: str, name: str) -> list[tuple[re.Pattern[str], str]]:
        if not isinstance(value, list):
            raise DataFileError(f"{name}: {key!r} must be a list of [pattern, replacement]")
        out = []
        for i, rule in enumerate(value):
            if not (isinstance(rule, list) and len(rule) == 2 and all(isinstance(x, str) for x in rule)):
                raise DataFileError(f"{name}: {key}[{i}] must be [pattern, replacement]")
            try:
                out.append((re.compile(rule[0]), rule[1]))
            except re.error as exc:
                raise DataFileError(f"{name}: {key}[{i}] pattern {rule[0]!r}: {exc}") from exc
        return out

    @staticmethod
    def _mapping(data: dict[str, Any], key: str, name: str, *, single: bool) -> dict[str, str]:
        value = data[key]
        if not isinstance(value, dict):
            raise DataFileError(f"{name}: {key!r} must be a mapping")
        out: dict[str, str] = {}
        for k, v in value.items():
            if not isinstance(k, str) or not isinstance(v, str) or (single and len(k) != 1):
                raise DataFileError(f"{name}: {key}.{k!r} must map one letter to a string")
            out[k] = v
        return out


@cache
def _rules_text() -> str:
    name = "paperchase/data/search/fold.yml"
    try:
        return resources.files("paperchase").joinpath("data/search/fold.yml").read_text("utf-8")
    except OSError as exc:
        raise DataFileError(f"{name}: {exc}") from exc


@cache
def rules() -> _Rules:
    name = "paperchase/data/search/fold.yml"
    try:
        data = yaml.safe_load(_rules_text())
    except yaml.YAMLError as exc:
        raise DataFileError(f"{name}: {exc}") from exc
    return _Rules(data, name)


@cache
def fold_version() -> str:
    """Names the folding in force: the rules file and the code's version."""
    import hashlib

    return f"{FOLD_CODE_VERSION}:" + hashlib.sha256(_rules_text().encode()).hexdigest()[:16]


@cache
def _morph(lang: str) -> Any:
    """Loaded on first use (about 0.1 s each), not at import."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def skeleton(word: str, *, final: bool = True) -> str:
    """The phonetic skeleton of one lowercase word in either script. `final`
    drops one final vowel (case endings of untranslatable Latin forms:
    Antsiferova ~ Antsiferov); prefixes keep it off."""
    r = rules()
    s = word.translate(r.table)
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii())
    for pattern, repl in r.latin:
        s = pattern.sub(repl, s)
    s = "".join(c for c in s if c.isalnum())
    if not s:
        return ""
    out = [s[0]]
    for c in s[1:]:
        if c != out[-1]:
            out.append(c)
    if final and len(out) > 3 and out[-1] in VOWELS:
        out.pop()
    return "".join(out)


def _lemmas(word: str, lang: str, limit: int = 3) -> tuple[list[str], bool]:
    morph = _morph(lang)
    seen: list[str] = []
    for p in morph.parse(word)[:limit]:
        if p.normal_form not in seen:
            seen.append(p.normal_form)
    return seen, bool(morph.word_is_known(word))


@lru_cache(maxsize=16_384)
def yo_spellings(word: str) -> tuple[str, ...]:
    """The word as written and with ё/е swapped, as Russian writes it either
    way (приемки ~ приёмки): lowercase, the word itself first. For phrases,
    which otherwise match as written."""
    w = word.lower()
    out = [w]
    if "ё" in w:
        out.append(w.replace("ё", "е"))
    elif "е" in w and _CYRILLIC.search(w):
        for p in _morph("ru").parse(w)[:3]:
            restored = p.word.lower()
            if restored != w and restored.replace("ё", "е") == w and restored not in out:
                out.append(restored)
    return tuple(out)


def cut_ending(word: str) -> str | None:
    """The word without its case ending (rules().endings), where 4 letters
    or more remain; None where none applies."""
    for e in rules().endings:
        if word.endswith(e) and len(word) - len(e) >= 4:
            return word[: -len(e)]
    return None


def belarusian_to_russian(word: str) -> str:
    """A Russian-like spelling of a Belarusian word, for the Russian analyser
    (станкі -> станки, Баранавічы -> Баранавичы)."""
    r = rules()
    return r.be_re.sub(lambda m: r.be_map[m.group(0)], word)


@lru_cache(maxsize=262_144)
def word_keys(token: str) -> tuple[str, ...]:
    """Every key a token is indexed (and queried) under: the skeletons of its
    likely lemmas and of the word itself (surnames that are also common
    words, Белых, get the common word's lemma; the analyser's guesses for
    unknown surnames differ from form to form), plus the spellings only some
    transliteration systems use (`variants` in fold.yml). Cached: called once
    per token of every message."""
    w = unicodedata.normalize("NFC", token).lower()
    if any(c.isdigit() for c in w):
        return (re.sub(r"['’ʼ`]", "", w),)
    r = rules()
    if len(w) == 1:  # an initial or a preposition: the analyser reads к as как
        k = skeleton(w)
        return (k,) if k else ()
    if not _CYRILLIC.search(w):
        forms = [w] + [v for p, repl in r.latin_variants if (v := p.sub(repl, w)) != w]
        if len(forms) > 2:
            combined = w
            for p, repl in r.latin_variants:
                combined = p.sub(repl, combined)
            forms.append(combined)
    else:
        forms = []
        letters = set(w)
        belarusian = False
        if letters & _UK_ONLY:
            forms, _ = _lemmas(w, "uk")
        elif letters & _BE_HINT:
            known = False
            if "ў" not in letters:
                forms, known = _lemmas(w, "uk")
            if not known:
                belarusian = True
                forms, _ = _lemmas(belarusian_to_russian(w), "ru")
                if stem := cut_ending(belarusian_to_russian(w)):
                    forms.append(stem)
        else:
            forms, known = _lemmas(w, "ru")
            if not known and (stem := cut_ending(w)):
                forms.append(stem)
        forms.append(w)
        if belarusian:
            for p, repl in r.be_variants:
                v = p.sub(repl, w)
                if v != w:
                    forms.append(v)
                    forms.extend(_lemmas(belarusian_to_russian(v), "ru")[0][:1])
    keys: list[str] = []
    for f in forms:
        k = skeleton(f)
        if k and k not in keys:
            keys.append(k)
    return tuple(keys[:MAX_KEYS])


_SHORT = 200  # texts up to this length (subjects, names and addresses) are remembered


def fold_text(text: str) -> str:
    """The folded column of a text: each distinct key once, space-separated
    (positions are never used on folded keys, phrases go to the unfolded
    text, so repeating keys would only grow the index). Short texts are
    remembered: every message folds its sender, recipients and subject,
    and a mailbox repeats them endlessly."""
    if len(text) <= _SHORT:
        return _fold_short(text)
    return _fold(text)


@lru_cache(maxsize=32_768)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    low = text.lower()
    # without "_" or apostrophes in the text WORD_RE finds exactly the runs
    # of \w, which a simpler pattern finds faster
    pattern = WORD_RE if ("_" in low or any(a in low for a in _APOSTROPHES)) else _PLAIN_WORD_RE
    # mail repeats its words: fold each distinct lowercase token once (the
    # loops run in C: this is called for every document ingested)
    return " ".join(dict.fromkeys(chain.from_iterable(map(word_keys, dict.fromkeys(pattern.findall(low))))))
