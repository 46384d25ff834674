"""Language of a text: ru, be, uk, en, de, ...

Called for every message and attachment, so it must be cheap. Cyrillic text
is told apart by letters only some of the languages have (Belarusian ў and
і without и, Ukrainian ї є ґ and і with и, Russian ы э ъ); lingua is asked only
where those letters leave it open, and for Latin-script text. The lingua
detector is built once, on first need, restricted to the languages this
mailbox can hold, and reads the first 2,000 characters only."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_SAMPLE = 2000
_CYR = re.compile("[\u0400-\u04ff]")
_LAT = re.compile("[A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    langs = [Language.RUSSIAN, Language.BELARUSIAN, Language.UKRAINIAN, Language.ENGLISH, Language.GERMAN,
             Language.POLISH, Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.LITHUANIAN,
             Language.LATVIAN, Language.BULGARIAN, Language.SERBIAN, Language.DUTCH, Language.CHINESE,
             Language.TURKISH, Language.KAZAKH]
    return LanguageDetectorBuilder.from_languages(*langs).with_minimum_relative_distance(0.1).build()


def _lingua(text: str) -> str | None:
    try:
        lang = _detector().detect_language_of(text)
    except Exception:  # noqa: BLE001 - an optional helper; detection may simply fail
        return None
    if lang is None:
        return None
    return str(lang.iso_code_639_1.name).lower()


def _cyrillic(sample: str) -> str | None:
    low = sample.lower()
    c = {ch: low.count(ch) for ch in "іўїєґиыэъё"}
    ru = c["ы"] + c["э"] + c["ъ"]
    uk = c["ї"] + c["є"] + c["ґ"]
    be = c["ў"]
    i = c["і"]
    words = len(_WORD.findall(low)) or 1
    if i + be + uk == 0:
        return "ru" if ru or c["и"] else None
    if be * 50 >= words or (i and c["и"] * 10 < i and (ru or be)):
        return "be" if not uk or be > uk else None
    if (uk * 50 >= words or (i and c["и"])) and ru * 20 < words:
        return "uk"
    if ru and i * 30 < words and not be:
        return "ru"
    return None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code, or None when the text is too short or too mixed."""
    sample = text[:_SAMPLE]
    cyr = len(_CYR.findall(sample))
    lat = len(_LAT.findall(sample))
    if cyr + lat < 3:
        return None
    if cyr >= lat:
        found = _cyrillic(sample)
        if found is not None:
            return found
        return _lingua(sample)
    if lat < 12:
        return None
    return _lingua(sample)
