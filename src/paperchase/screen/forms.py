"""Which of an entity's many names to screen with, and what its names say
about gender. A case entity carries every surface form it was seen under:
"Трофимов", "О.В. Трофимову", "Трофимова Олега Вадимовича". Screening a
person by surname alone finds every namesake on a list, so persons are
screened by their fullest names; initials and single words only where
nothing else is known."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from paperchase import lexicons
from paperchase.errors import DataFileError
from paperchase.screen.entry import ORG_SCHEMATA, PERSON

DATA_FILE = "forms.yml"
_SPLIT = re.compile(r"[\s,;:()\[\]«»\"“”„‘’'/]+")
_INITIALS = re.compile(r"^(?:\w\.?)(?:\w\.)*\w?\.?$")


@dataclass(frozen=True, slots=True)
class Lexicon:
    female: re.Pattern[str]
    male: re.Pattern[str]
    legal_forms: frozenset[str]
    honorifics: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Loaded once, validated: a bad pattern names the file and key."""
    data: Any = lexicons.read("screen", DATA_FILE)
    if not isinstance(data, dict):
        raise DataFileError(f"{DATA_FILE}: not a mapping")
    out: dict[str, re.Pattern[str]] = {}
    for key in ("patronymic_female", "patronymic_male"):
        items = data.get(key)
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise DataFileError(f"{DATA_FILE}: {key} must be a list of patterns")
        try:
            out[key] = re.compile(r"(?:" + "|".join(items) + r")$", re.I)
        except re.error as exc:
            raise DataFileError(f"{DATA_FILE}: {key}: {exc}") from exc
    sets: dict[str, frozenset[str]] = {}
    for key in ("legal_forms", "honorifics"):
        items = data.get(key)
        if not isinstance(items, list):
            raise DataFileError(f"{DATA_FILE}: {key} must be a list of words")
        sets[key] = frozenset(str(f).lower() for f in items)
    return Lexicon(out["patronymic_female"], out["patronymic_male"], sets["legal_forms"], sets["honorifics"])


def words(name: str) -> list[str]:
    return [w for w in _SPLIT.split(name) if w]


def is_initial(word: str) -> bool:
    """"О.", "V", "О.В.": letters that stand for words."""
    return len(word.replace(".", "")) <= 2 and bool(_INITIALS.match(word)) and (
        "." in word or len(word) == 1)


def full_words(name: str) -> list[str]:
    """Words that are neither initials nor honorifics ("Mr", "г-н")."""
    honorifics = lexicon().honorifics
    return [w for w in words(name)
            if not is_initial(w) and len(w) > 1 and w.lower().rstrip(".") not in honorifics]


def distinctive_words(name: str) -> list[str]:
    """An organisation's words without its legal form."""
    forms = lexicon().legal_forms
    return [w for w in full_words(name) if w.lower().replace(".", "") not in forms]


@lru_cache(maxsize=200_000)
def name_gender(name: str) -> str | None:
    """"male"/"female" from a patronymic: in names of three words or more
    (or "SURNAME, Given Patronymic"), any word but the first; in two-word
    names ("Ирина Петровна") only a feminine patronymic, since "Olga
    Abramovich" ends in a surname. A feminine patronymic wins: women keep
    surnames in -ovich undeclined."""
    lex = lexicon()
    if "," in name:
        parts = full_words(name.split(",", 1)[1])
        candidates = parts[1:] if len(parts) >= 2 else []
    else:
        parts = full_words(name)
        if len(parts) == 2:
            return "female" if lex.female.search(parts[1]) else None
        candidates = parts[1:] if len(parts) >= 3 else []
    if any(lex.female.search(w) for w in candidates):
        return "female"
    if any(lex.male.search(w) for w in candidates):
        return "male"
    return None


def names_gender(names: list[str]) -> str | None:
    """The gender most of the names agree on; None where they are silent or split."""
    votes = [g for g in (name_gender(n) for n in names) if g]
    if not votes:
        return None
    male, female = votes.count("male"), votes.count("female")
    if male == female:
        return None
    return "male" if male > female else "female"


@lru_cache(maxsize=200_000)
def is_short(name: str, schema: str | None) -> bool:
    """Too little of a name to screen by similarity: one word or initials."""
    if schema in ORG_SCHEMATA:
        return len(distinctive_words(name)) < 2
    return len(full_words(name)) < 2


def screening_names(names: list[str], schema: str | None, limit: int = 20) -> list[str]:
    """The forms to screen an entity with, best first. Persons: the names with
    most full words (a patronymic makes a name more specific, and a list
    entry whose patronymic differs is another person); initials-only and
    one-word forms only when there is nothing else. Organisations: every form,
    the long ones first (short ones are matched exactly, see `is_short`)."""
    seen: dict[str, str] = {}
    for n in names:
        n = " ".join(n.split())
        if n and n.casefold() not in seen:
            seen[n.casefold()] = n
    forms = list(seen.values())
    if schema == PERSON:
        clean = [n for n in forms if len(full_words(n)) >= 2 and not any(is_initial(w) for w in words(n))]
        if not clean:
            clean = [n for n in forms if len(full_words(n)) >= 2]
        if clean:
            top = max(min(len(full_words(n)), 3) for n in clean)
            forms = [n for n in clean if min(len(full_words(n)), 3) == top]
        else:
            forms = sorted(forms, key=lambda n: -len(full_words(n)))[:1]
    forms.sort(key=lambda n: (-len(full_words(n)), n))
    if len(forms) > limit:  # keep the long forms and the shortest (an acronym is a name too)
        forms = forms[: limit - 2] + forms[-2:]
    return forms
