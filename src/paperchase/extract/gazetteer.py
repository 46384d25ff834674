"""A word trie over gazetteer names (countries, cities), matched against running
text in one pass. Each name word is matched by its inflected forms (pymorphy3
for ru/uk) or by stem + case ending (everything else), so "у Нямеччыну",
"Российской Федерации" and "Deutschlands" match without listing every form.

Why a trie of words and not one big regex: names are multi-word ("Объединённые
Арабские Эмираты"), each word with its own set of forms, and the longest match
at a position must win ("Южная Корея" over "Корея")."""

from __future__ import annotations

from dataclasses import dataclass, field

from paperchase.extract import wordforms as wf

# a word marked ambiguous (a town called "Мир", a country "Того") counts only
# after one of these, or where the whole text is the name (country_code)
PREPOSITIONS = frozenset(
    "в во из изо у на до с со под над за к ко от через по около "
    "з із зі ў да ад праз пад над каля "
    "in to from into at near via nach aus in bei von w we do z ze pod à en de".split()
    # the word for a town, often abbreviated ("г."), before its name
    + "г гор город города городе городу городом горад горада горадзе місто міста місті city town".split()
)


# a Polish soft consonant at a name's end is a hard one + i before a case ending (Białoruś: Białorusi)
_POLISH_SOFT = {"ś": "s", "ć": "c", "ń": "n", "ź": "z"}


@dataclass(frozen=True, slots=True)
class Entry:
    """What a name stands for: a country (`kind` "country", `code` its ISO
    code) or a city (`code` its country). `name` is the English canonical
    name, `lemma` the nominative form in the language the name was given in."""

    kind: str
    code: str
    name: str
    lemma: str
    lang: str


@dataclass(slots=True)
class Match:
    start: int
    end: int
    surface: str
    entry: Entry


@dataclass(slots=True)
class _Node:
    exact: dict[str, list[tuple[bool, _Node]]] = field(default_factory=dict)
    stems: dict[str, list[tuple[frozenset[str], bool, _Node]]] = field(default_factory=dict)
    children: dict[str, _Node] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)
    ambiguous: bool = False


class Gazetteer:
    MAX_WORDS = 6

    def __init__(self) -> None:
        self.root = _Node()
        self.abbr: dict[str, list[Entry]] = {}
        # inflected forms that are also first names or surnames ("Иванова",
        # "Владимир"): single-word matches on them need a preposition before
        self.weak: set[str] = set()
        self._root_memo: dict[tuple[str, bool], list[_Node]] = {}

    # building -------------------------------------------------------------------

    def add(self, name: str, entry: Entry, lang: str, *, adjective: bool = False,
            ambiguous: bool = False) -> None:
        """Add a name (one or more words). Capitalised words must be written
        capitalised in text; lower-case ones (Russian adjectives) match in any case."""
        self._root_memo.clear()
        node = self.root
        for _s, _e, word in wf.words(name):
            key = ("A:" if adjective else "N:") + wf.fold(word)
            child = node.children.get(key)
            if child is None:
                child = node.children[key] = _Node()
                self._index(node, child, word, lang, adjective)
            node = child
        if node is self.root:
            return
        node.ambiguous = node.ambiguous or ambiguous
        if entry not in node.entries:
            node.entries.append(entry)

    def _index(self, node: _Node, child: _Node, word: str, lang: str, adjective: bool) -> None:
        """The forms and stems by which `word` leads from `node` to `child`."""
        cap = word[:1].isupper()
        forms = {wf.fold(word)}
        stem: str | None = None
        endings: frozenset[str] = wf.NOUN_ENDINGS
        cyrillic = bool(wf.CYRILLIC.search(word))
        if cyrillic:
            inflected = wf.inflect(word, lang)
            forms |= inflected
            if not inflected:  # Belarusian, or a word pymorphy3 does not know
                stem = wf.adj_stem(word) if adjective else wf.noun_stem(word)
                endings = wf.ADJ_ENDINGS if adjective else wf.NOUN_ENDINGS
            if not adjective and wf.may_be_personal(word, lang):
                self.weak |= {f for f in inflected if wf.is_personal_name(f, lang)}
        elif lang == "de":
            suffixes = wf.GERMAN_ADJ_ENDINGS if adjective else ("", "s")
            forms |= {wf.fold(word) + e for e in suffixes}
        elif lang == "be-latn":
            stem, endings = wf.lacinka_stem(word, adjective)
        elif lang == "pl" and len(word) >= 6:
            stem = wf.noun_stem(word)
            # a name ending in a vowel (Islandia) has no bare-stem form: "Island" is the English word
            endings = wf.POLISH_ENDINGS if stem == wf.fold(word) else wf.POLISH_ENDINGS - {""}
            key = wf.fold(word)
            if key[-1] in _POLISH_SOFT:  # Białoruś: Białorusi, Białorusią
                node.stems.setdefault(key[:-1] + _POLISH_SOFT[key[-1]], []).append((frozenset({"i", "ią", "ie"}), cap, child))
        for form in forms:
            node.exact.setdefault(form, []).append((cap, child))
        if stem:
            node.stems.setdefault(stem, []).append((endings, cap, child))

    def add_abbr(self, abbr: str, entry: Entry) -> None:
        """An abbreviation matched exactly and case-sensitively ("РФ", "UK")."""
        self.abbr.setdefault(abbr, []).append(entry)

    # matching -------------------------------------------------------------------

    @staticmethod
    def _step(node: _Node, word: str, strict_case: bool) -> list[_Node]:
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        key = wf.fold(word)
        capital = word[:1].isupper()
        out: list[_Node] = []
        for cap, child in node.exact.get(key, ()):
            if capital or not cap or not strict_case:
                out.append(child)
        for k in range(0, min(5, len(key) - 2)):
            stem, ending = key[: len(key) - k], key[len(key) - k:]
            for endings, cap, child in node.stems.get(stem, ()):
                if ending in endings and (capital or not cap or not strict_case) and child not in out:
                    out.append(child)
        return out

    def _root_step(self, word: str, strict_case: bool) -> list[_Node]:
        """`_step` from the root, remembered per word: every token of every
        text starts there, and the words of mail repeat (the gazetteer does
        not change once built)."""
        memo = self._root_memo
        key = (word, strict_case)
        hit = memo.get(key)
        if hit is None:
            if len(memo) > 200_000:
                memo.clear()
            hit = memo[key] = self._step(self.root, word, strict_case)
        return hit

    def find(self, text: str, *, strict_case: bool = True) -> list[Match]:
        """Longest, left-to-right, non-overlapping matches in `text`."""
        toks = wf.words(text)
        out: list[Match] = []
        i = 0
        while i < len(toks):
            start, end, word = toks[i]
            if word in self.abbr:
                out.append(Match(start, end, word, self.abbr[word][0]))
                i += 1
                continue
            best: tuple[int, _Node] | None = None
            frontier = [self.root]
            j = i
            while frontier and j < len(toks) and j - i < self.MAX_WORDS:
                if j > i and text[toks[j - 1][1]:toks[j][0]].strip(" \t-"):
                    break  # punctuation or a line break between words ends a name
                nxt: list[_Node] = []
                if j == i:
                    nxt = self._root_step(toks[j][2], strict_case)
                else:
                    for node in frontier:
                        nxt.extend(self._step(node, toks[j][2], strict_case))
                for node in nxt:
                    if node.entries:
                        best = (j, node)
                        break
                frontier = nxt
                j += 1
            if best is not None:
                j, node = best
                weak = node.ambiguous or (j == i and wf.fold(word) in self.weak)
                ok = not weak or not strict_case
                if not ok and i > 0:
                    ok = wf.fold(toks[i - 1][2]) in PREPOSITIONS
                if ok:
                    surface = text[start:toks[j][1]]
                    out.append(Match(start, toks[j][1], surface, _closest(node.entries, surface)))
                    i = j + 1
                    continue
            i += 1
        return out


def _closest(entries: list[Entry], surface: str) -> Entry:
    """Of the entries a folded form leads to ("Минск", "Мінск"), the one
    spelt most like the surface, so a lemma keeps the surface's alphabet."""
    if len(entries) == 1:
        return entries[0]
    low = surface.casefold()

    def shared(e: Entry) -> int:
        lem = e.lemma.casefold()
        n = 0
        while n < min(len(lem), len(low)) and lem[n] == low[n]:
            n += 1
        return n

    return max(entries, key=shared)
