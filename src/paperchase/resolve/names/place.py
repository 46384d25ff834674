"""Place names (and any other name without person or organisation marks):
compared word by word on the consonant skeleton, after Russian case endings
(в Минске, из Праги, под Гродном) and filler words (на, am, on, nad) are set
aside, so that Baranavichy, Baranovichi, Барановичи and Баранавічы meet while
Минск and Пинск, Казань and Казанлык stay apart."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from paperchase.resolve.names.translit import canon, is_cyrillic, skeleton

_FILLERS = {"na", "nad", "pod", "am", "an", "on", "der", "upon", "sur", "im", "v", "vo", "w", "u", "in",
            "the", "city", "gorod", "g", "misto", "horad"}
_SAINT = {"st", "sankt", "saint", "sv", "sant", "san"}
_PREP = re.compile(r"^(?:в|во|у|из|под|над|на|до|от|ў|з|із|г\.|м\.)\s+", re.IGNORECASE)
_CYR_CASE = re.compile(r"(?:ом|ем|ём|ой|ей|ью|ою|ами|ях|ах|ям|ам)$")


@dataclass(frozen=True, slots=True)
class PlaceName:
    text: str
    words: tuple[tuple[frozenset[str], str], ...]   # (skeleton variants, fine)


@lru_cache(maxsize=50_000)
def parse_place(text: str) -> PlaceName:
    text = _PREP.sub("", text.strip())
    out: list[tuple[frozenset[str], str]] = []
    for tok in re.split(r"[\s\-/()]+", text):
        tok = tok.strip(".,;:'’\"«»")
        if not tok:
            continue
        fine = canon(tok)
        if not fine or fine in _FILLERS:
            continue
        if fine in _SAINT:
            out.append((frozenset({"st"}), "st"))
            continue
        skels = {skeleton(fine)}
        low = tok.lower()
        if is_cyrillic(low) and len(low) > 4:
            stripped = _CYR_CASE.sub("", low)
            if stripped != low:
                skels.add(skeleton(canon(stripped)))
        out.append((frozenset(skels), fine))
    return PlaceName(text, tuple(out))


_AKANNE = str.maketrans({"o": "a", "e": "i", "x": "g", "z": "s", "c": "s", "č": "s", "š": "s", "ž": "s",
                         "w": "v"})


def _close(x: str, y: str) -> bool:
    """Short names share a skeleton too easily (Рось / Русь, ЕС / США): the
    letters must agree too, up to akanne and a case ending."""
    x, y = x.translate(_AKANNE), y.translate(_AKANNE)
    return x[:1] == y[:1] and OSA.distance(x, y, score_cutoff=3) <= (2 if min(len(x), len(y)) >= 4 else 1)


def _word_sim(a: tuple[frozenset[str], str], b: tuple[frozenset[str], str]) -> float:
    if a[0] & b[0]:
        if min(len(a[1]), len(b[1])) >= 7 or _close(a[1], b[1]):
            return 1.0
    for x in a[0]:
        for y in b[0]:
            if x[:1] == y[:1] and min(len(x), len(y)) >= 6 and OSA.distance(x, y, score_cutoff=1) <= 1:
                return 0.9
    if a[1][:1] == b[1][:1] and min(len(a[1]), len(b[1])) >= 6 and OSA.distance(a[1], b[1], score_cutoff=1) <= 1:
        return 0.9
    return 0.0


def compare_places(a: PlaceName, b: PlaceName) -> tuple[float, str]:
    if not a.words or not b.words:
        return 0.0, "empty name"
    if len(a.words) != len(b.words):
        # "St. Petersburg" vs "Санкт-Петербург" is fine, "Минск" vs "Минск-Мазовецкий" is not
        return 0.0, f"{len(a.words)} words against {len(b.words)}"
    total = 0.0
    for x, y in zip(a.words, b.words, strict=True):
        s = _word_sim(x, y)
        if s == 0.0:
            return 0.0, f"{x[1]} and {y[1]} differ"
        total += s
    score = total / len(a.words)
    return round(score, 3), "same skeleton" if score == 1.0 else "skeletons within one edit"
