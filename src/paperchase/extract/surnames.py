"""The case's own surnames: once a person is seen with a first name or
initials ("Пётр Коваль", "П.Я. Коваль"), the surname alone is looked for
again in every text, in its case forms ("Ковалю - доклад", a signature line
"Коваль"), since natasha and the rules pass over a bare surname that is no
dictionary word.

Only surnames of four letters or more that are capitalised where found;
a surname that is a common Russian word without a surname's suffix stays out."""

from __future__ import annotations

import re

from paperchase.extract import wordforms as wf
from paperchase.extract.mention import Mention

# case endings a surname takes in Russian, Belarusian and Ukrainian (after the nominative)
ENDINGS = ("", "а", "у", "ю", "ом", "ым", "ім", "ем", "е", "і", "ы", "ой", "ою", "ей", "ові", "еві", "ого",
           "ому", "ага", "аму")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


class Surnames:
    """Surnames seen with a first name or initials, and their case forms."""

    def __init__(self) -> None:
        self.forms: dict[str, str] = {}   # folded form -> the surname as first seen
        self.nouns: set[str] = set()      # forms of surnames that are common nouns too
        self.full: set[str] = set()       # correspondents' display names no rule reads ("Sudeep Vallabhaneni")
        self.latin: dict[str, str] = {}   # a Latin surname's transliteration key -> the surname (Aydınoğlu)

    def add_full(self, name: str) -> None:
        words = name.split()
        if 2 <= len(words) <= 3 and all(w[:1].isupper() and WORD.fullmatch(w) for w in words) and len(name) >= 8:
            self.full.add(name)
            if not wf.CYRILLIC.search(name) and len(words[-1]) >= 5 and not words[-1].isupper():
                # "Kerem Aydınoğlu": the last word, written in Cyrillic elsewhere ("Айдыноглу")
                from paperchase.resolve.names.translit import canon

                self.latin.setdefault(canon(words[-1]), words[-1])

    def add(self, surname: str, *, strong: bool = False) -> None:
        """`strong`: seen with a patronymic or initials, where a common
        animate noun ("Кузнец") is a surname too; its forms then count only
        inside a sentence, where a capital marks a name."""
        from paperchase.extract.persons import _lex, _noun_surname, common_ru

        s = surname.strip()
        if len(s) < 4 or not s[:1].isupper() or s.isupper() or not WORD.fullmatch(s):
            return
        key = wf.fold(s)
        noun = False
        if common_ru(s) and not _lex().surn.match(key):
            if not (strong and _noun_surname(s)) or key in _lex().family or key in _lex().titles:
                return
            noun = True
        if not wf.CYRILLIC.search(s):
            self.forms.setdefault(key, s)
            if len(s) >= 5:
                from paperchase.resolve.names.translit import canon

                self.latin.setdefault(canon(s), s)
            return
        base = key
        if key.endswith(("ий", "ый", "ая", "ой", "і")):
            return  # adjectival surnames: the rules and natasha read their forms
        for end in ENDINGS:
            self.forms.setdefault(base + end, s)
            if noun:
                self.nouns.add(base + end)

    def _latin_reading(self, word: str) -> str | None:
        """A Latin surname of the case written in Cyrillic and declined
        ("Айдыноглу", "Айдыноглу" for Aydınoğlu): the surname, or None."""
        from paperchase.extract.vocab import _dictionary_word
        from paperchase.resolve.names.translit import canon

        low = word.lower()
        for end in ENDINGS:
            if end and not low.endswith(end):
                continue
            stem = word[: len(word) - len(end)] if end else word
            hit = self.latin.get(canon(stem)) if len(stem) >= 4 else None
            if hit is not None:
                return None if _dictionary_word(word) else hit
        return None

    def __len__(self) -> int:
        return len(self.forms) + len(self.full) + len(self.latin)

    def find(self, text: str) -> list[Mention]:
        out: list[Mention] = []
        if self.full:
            # two or three capitalised words in a row that are a correspondent's display name (a set
            # lookup per word: linear in the text whatever the number of names)
            words = [m for m in WORD.finditer(text) if m.group()[:1].isupper()]
            i = 0
            while i < len(words):
                hit = None
                for n in (3, 2):
                    run = words[i:i + n]
                    if len(run) == n and all(text[a.end():b.start()] == " " for a, b in zip(run, run[1:], strict=False)):
                        name = text[run[0].start():run[-1].end()]
                        if name in self.full:
                            hit = (run[0].start(), run[-1].end(), name, n)
                            break
                if hit:
                    out.append(Mention("PER", hit[2], hit[0], hit[1], {"source": "vocab", "weak": True}))
                    i += hit[3]
                else:
                    i += 1
        if not self.forms:
            return out
        for m in WORD.finditer(text):
            w = m.group()
            if not w[:1].isupper() or (w.isupper() and len(w) > 1):
                continue
            base = self.forms.get(wf.fold(w))
            if base is None and self.latin and wf.CYRILLIC.search(w):
                base = self._latin_reading(w)
            if base is None:
                continue
            if wf.fold(w) in self.nouns and not re.search(r"[^\W\d_],?\s+$", text[max(0, m.start() - 30):m.start()]):
                continue  # a noun's capital opens a sentence or a line; inside one it is a name
            out.append(Mention("PER", w, m.start(), m.end(),
                               {"source": "vocab", "parts": {"last": w}, "lemma": base, "weak": True}))
        return out


def collect(store: Surnames, mentions: list[Mention]) -> None:
    """Surnames of the persons in `mentions` written with a first name,
    patronymic or initials."""
    for m in mentions:
        if m.label != "PER":
            continue
        parts = m.extra.get("parts") or {}
        if not parts and m.field in ("from", "to", "cc") and m.extra.get("email"):
            store.add_full(m.surface)  # a display name read as a person with no rule's parts
            continue
        last = parts.get("last")
        if last and (parts.get("first") or parts.get("initials") or parts.get("patronymic")):
            store.add(str(last), strong=bool(parts.get("initials") or parts.get("patronymic")))
