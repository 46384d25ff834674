"""The parse stage's YAML data files (src/paperchase/data/parse/), loaded
once on first use and validated, failing with DataFileError naming the file
and key."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from paperchase.errors import DataFileError
from paperchase.lexicons import read


def _load(name: str) -> dict[str, Any]:
    data = read("parse", name)
    if not isinstance(data, dict):
        raise DataFileError(f"data/parse/{name}: expected a mapping at the top")
    return data


def _string(data: dict[str, Any], name: str, key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise DataFileError(f"data/parse/{name}: key {key!r} must be a non-empty string")
    return value


@lru_cache(maxsize=1)
def letters() -> tuple[dict[str, float], frozenset[str], frozenset[str]]:
    """(letter frequencies per mille, punctuation, symbols) for charset.py."""
    name = "letters.yml"
    data = _load(name)
    freq = data.get("letters")
    if not isinstance(freq, dict) or not freq:
        raise DataFileError(f"data/parse/{name}: key 'letters' must map letters to frequencies")
    out: dict[str, float] = {}
    for letter, value in freq.items():
        if not isinstance(letter, str) or len(letter) != 1 or letter != letter.lower():
            raise DataFileError(f"data/parse/{name}: key 'letters.{letter}' must be one lowercase letter")
        if not isinstance(value, int | float) or value <= 0:
            raise DataFileError(f"data/parse/{name}: key 'letters.{letter}' must be a positive number")
        out[letter] = float(value)
    return out, frozenset(_string(data, name, "punctuation")), frozenset(_string(data, name, "symbols"))


@lru_cache(maxsize=1)
def english_stopwords() -> frozenset[str]:
    name = "language.yml"
    words = _load(name).get("english_stopwords")
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        raise DataFileError(f"data/parse/{name}: key 'english_stopwords' must be a list of words")
    return frozenset(w.lower() for w in words)
