"""Cue lexicons of the finding detectors, one YAML file per kind under
`paperchase/data/findings/`. An investigator extends them without code: each
file maps a cue group to languages, each language to a list of patterns.

A pattern is a regular-expression fragment matched case-insensitively at the
start of a word (so `ремонт` also matches `ремонта`, `капремонт` does not
unless listed): stems carry the inflection of Russian, Belarusian and
Ukrainian without a morphological analyser for each. Files are loaded once,
lazily, and validated: a bad file fails with `DataFileError` naming the file
and the key.

An investigator extends the lexicons without touching the installed
package: files of the same names in `$PAPERCHASE_LEXICON_DIR/findings/` are
validated the same way and merged in (their patterns added to the package's,
group by group and language by language; see paperchase/lexicons.py)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from paperchase import lexicons
from paperchase.errors import DataFileError

Lexicon = dict[str, re.Pattern[str]]
LANGUAGES = {"ru", "be", "uk", "en", "de", "fr", "pl", "it", "cs", "tr", "sr", "any"}


def _data_dir() -> Path:
    return Path(str(resources.files("paperchase") / "data" / "findings"))


def compile_group(entries: list[str], where: str) -> re.Pattern[str]:
    """One alternation of all patterns, anchored at a word start."""
    parts = []
    for i, e in enumerate(entries):
        if not isinstance(e, str) or not e.strip():
            raise DataFileError(f"{where}[{i}]: a pattern must be a non-empty string")
        try:
            re.compile(e)
        except re.error as exc:
            raise DataFileError(f"{where}[{i}]: bad pattern {e!r}: {exc}") from None
        parts.append(f"(?:{e})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + ")", re.IGNORECASE)


def parse_lexicon(data: Any, name: str, required: tuple[str, ...] = ()) -> dict[str, re.Pattern[str]]:
    """Validate a loaded document: {group: {lang: [pattern, ...]}}."""
    if not isinstance(data, dict):
        raise DataFileError(f"{name}: the top level must be a mapping of cue groups")
    out: dict[str, re.Pattern[str]] = {}
    for group, langs in data.items():
        if not isinstance(langs, dict) or not langs:
            raise DataFileError(f"{name}: key {group}: must map languages to lists of patterns")
        entries: list[str] = []
        for lang, pats in langs.items():
            if lang not in LANGUAGES:
                raise DataFileError(f"{name}: key {group}.{lang}: unknown language (use {sorted(LANGUAGES)})")
            if not isinstance(pats, list):
                raise DataFileError(f"{name}: key {group}.{lang}: must be a list of patterns")
            compile_group(pats, f"{name}: key {group}.{lang}")
            entries += pats
        out[str(group)] = compile_group(entries, f"{name}: key {group}")
    for key in required:
        if key not in out:
            raise DataFileError(f"{name}: key {key}: missing (the detector needs it)")
    return out


def parse_table(data: Any, name: str) -> dict[str, re.Pattern[str]]:
    """A table of canonical value -> {lang: [pattern]}: goods, roles, relations."""
    return parse_lexicon(data, name)


def _load(name: str) -> Any:
    data = lexicons.load_file(_data_dir() / name, name)
    more = lexicons.extra("findings", name)
    if more is not None:
        extra = lexicons.load_file(more, str(more))
        parse_lexicon(extra, str(more))  # the same checks, naming the investigator's file
        parse_lexicon(data, name)
        data = lexicons.merge(data, extra)
    return data


@cache
def lexicon(name: str, required: tuple[str, ...] = ()) -> dict[str, re.Pattern[str]]:
    """The compiled cue groups of `name` (e.g. "military.yml")."""
    return parse_lexicon(_load(name), name, required)


def first(pattern: re.Pattern[str], text: str, pos: int = 0) -> re.Match[str] | None:
    return pattern.search(text, pos)


@cache
def entries(name: str) -> dict[str, list[str]]:
    """The validated patterns of `name` per group, all languages together,
    for detectors that build their own expression around them."""
    data = _load(name)
    parse_lexicon(data, name)
    return {str(g): [p for pats in langs.values() for p in pats] for g, langs in data.items()}


# every data file of the stage with the groups its detector needs: checked
# before a run starts, so a bad edit fails at once and names the file and key
FILES: dict[str, tuple[str, ...]] = {
    "common.yml": ("negation", "hypothetical", "cancel", "refused_visa", "plan", "past", "transit", "news"),
    "dates.yml": tuple(str(m) for m in range(1, 13)),
    "military.yml": ("repair", "military", "customer", "ours", "civil"),
    "supply.yml": ("sanction", "unable", "supply", "origin", "substitute", "offer", "decline", "circumvent", "cutoff", "cause", "reported"),
    "shortage.yml": ("lack", "stall"),
    "development.yml": ("joint", "funding", "equal", "proposal", "ours", "theirs", "owned", "product"),
    "people.yml": ("citizenship", "passport", "residence", "mine", "yours", "form_subject", "statement_from"),
    "travel.yml": ("go", "first", "second", "itinerary", "guests", "host", "end_date", "back", "mission",
                   "hosting", "with_me", "hearsay", "not_go"),
    "relations.yml": ("spouse", "child", "parent", "sibling"),
    "roles.yml": (),
    "goods.yml": (),
    "platforms.yml": (),
    "demonyms.yml": (),
}


def validate_all() -> None:
    """Load and check every data file of the findings stage."""
    for name, required in FILES.items():
        parse_lexicon(_load(name), name, required)
    from paperchase.findings import numbers  # noqa: PLC0415 - numbers reads its own table format

    numbers.table.cache_clear()
    numbers.table()
