"""Language of a text: ru, be, uk, en, de, ...

Called for every message and attachment, so it must be cheap. Cyrillic text
is told apart by letters only some of the languages have (Belarusian ў and
і without и, Ukrainian ї є ґ and і with и, Russian ы э ъ); lingua is asked only
where those letters leave it open, and for Latin-script text. The lingua
detector is built once, on first need, restricted to the languages this
mailbox can hold, and reads the first 2,000 characters only."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from paperchase.parse.lexicon import english_stopwords

_SAMPLE = 2000


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    langs = [Language.RUSSIAN, Language.BELARUSIAN, Language.UKRAINIAN, Language.ENGLISH, Language.GERMAN,
             Language.POLISH, Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.LITHUANIAN,
             Language.LATVIAN, Language.BULGARIAN, Language.SERBIAN, Language.DUTCH, Language.CHINESE,
             Language.TURKISH, Language.KAZAKH, Language.PORTUGUESE, Language.CZECH]
    # low-accuracy mode reads trigram models only: loads in milliseconds
    # instead of seconds and detects in well under a millisecond, and texts
    # here are seldom the single words it is weak on
    return (LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode()
            .with_minimum_relative_distance(0.05).build())


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
    c = {ch: low.count(ch) for ch in "іўїєґиыэъ"}
    ru = c["ы"] + c["э"] + c["ъ"]
    uk = c["ї"] + c["є"] + c["ґ"]
    be = c["ў"]
    i = c["і"]
    words = low.count(" ") + low.count("\n") + 1
    if i + be + uk == 0:
        # і is among the commonest letters of Ukrainian and Belarusian: a text
        # of some length without it (or ї є ў) is Russian
        if ru or c["и"] >= 5:
            return "ru"
        # no letter that only one language has (short texts): lingua, within reason
        guess = _lingua(sample[:300])
        return guess if guess in ("ru", "uk", "be") else ("ru" if c["и"] else None)
    if be * 50 >= words or (i and c["и"] * 10 < i and (ru or be)):
        return "be" if not uk or be > uk else None
    if (uk * 50 >= words or (i and c["и"])) and ru * 20 < words:
        return "uk"
    if ru and i * 30 < words and not be:
        return "ru"
    return None


_SCRIPTS = (("ja", "\u3040", "\u30ff"), ("ko", "\uac00", "\ud7af"), ("zh", "\u4e00", "\u9fff"),
            ("he", "\u0590", "\u05ff"), ("ar", "\u0600", "\u06ff"), ("el", "\u0370", "\u03ff"),
            ("th", "\u0e00", "\u0e7f"), ("ka", "\u10a0", "\u10ff"), ("hy", "\u0530", "\u058f"))


def _other_script(sample: str) -> str | None:
    """Scripts that name their language well enough (kana before Han: Japanese
    text holds both)."""
    head = sample[:400]
    for code, lo, hi in _SCRIPTS:
        if sum(1 for ch in head if lo <= ch <= hi) >= 2:
            return code
    return None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code, or None when the text is too short or too mixed."""
    sample = text[:_SAMPLE]
    # the ten commonest letters of each script, counted in C: enough to tell
    # which script a text is in, at a fraction of a regex's cost
    head = sample[:800].lower()
    cyr = sum(head.count(ch) for ch in "оеаинтсрвл")
    lat = sum(head.count(ch) for ch in "etaoinsrhl")
    if cyr + lat < 3:
        return _other_script(sample)
    if cyr >= lat:
        found = _cyrillic(sample)
        if found is not None:
            return found
        return _lingua(sample)
    if lat < 8:
        return None
    words = head.split()
    stop = english_stopwords()
    hits = sum(1 for w in words[:150] if w in stop)
    if hits >= 3 and hits * 6 >= min(len(words), 150):
        return "en"  # plainly English: lingua would say so at a hundred times the cost
    return _lingua(sample[:1000])
