"""Snippets: the part of a hit's text where the query's words are densest,
matches marked [like this]. Cut in Python from the stored text (the index is
contentless), with the same folding as the index, so a folded match
(Анцыферову for Antsiferov) is marked just as an exact one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from paperchase.search.compile import query_keys
from paperchase.search.fold import TOKEN_RE, WORD_RE, word_keys, yo_spellings
from paperchase.search.query import Term

OPEN, CLOSE = "[", "]"
WIDTH = 220  # characters of context in a snippet
SCAN_CHARS = 200_000  # look for matches this far into a long attachment
MAX_SPANS = 12  # matches looked at to place the snippet


class _Matcher:
    def __init__(self, terms: Sequence[Term], exact: bool) -> None:
        self.exact_words: set[str] = set()
        self.exact_prefixes: list[str] = []
        self.keys: set[str] = set()
        self.key_prefixes: list[str] = []
        self.exact = exact
        self.memo: dict[str, bool] = {}  # mail repeats its words: decide each once
        for t in terms:
            words = [w.lower() for w in TOKEN_RE.findall(t.text)]
            if t.phrase:
                # phrase words are marked where they occur; the window holding
                # the whole phrase wins on density
                self.exact_words.update(words)
                if not exact:
                    self.exact_words.update(v for w in words for v in yo_spellings(w))
                if t.prefix and words:
                    self.exact_prefixes.append(words[-1])
                continue
            if t.prefix:
                self.exact_prefixes.extend(words)
            else:
                self.exact_words.update(words)
            if not exact:
                keys = query_keys(t)
                (self.key_prefixes.extend if t.prefix else self.keys.update)(keys)

    def __call__(self, word: str) -> bool:
        hit = self.memo.get(word)
        if hit is None:
            hit = self.memo[word] = self._decide(word)
        return hit

    def _decide(self, word: str) -> bool:
        low = word.lower()
        if low in self.exact_words or any(low.startswith(p) for p in self.exact_prefixes):
            return True
        if self.exact:
            return False
        ks = word_keys(word)
        if self.keys.intersection(ks):
            return True
        return any(k.startswith(p) for k in ks for p in self.key_prefixes)


def make(text: str, terms: Sequence[Term], exact: bool, width: int = WIDTH,
         matcher: _Matcher | None = None) -> str:
    """A one-line snippet of `text` around its best cluster of matches. Pass
    one `matcher()` for all hits of a query to share its decisions."""
    matcher = matcher or _Matcher(terms, exact)
    head = text[:SCAN_CHARS]
    pattern = TOKEN_RE if exact else WORD_RE
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(head):
        if matcher(m.group(0)):
            spans.append((m.start(), m.end()))
            # enough to choose a window from; a long attachment need not be
            # read to its end
            if len(spans) >= MAX_SPANS and m.start() > spans[0][0] + width:
                break
    if not spans:
        return _clean(text[:width]) + ("…" if len(text) > width else "")
    # densest window: most matches starting within `width` of a match
    best, best_n, j = 0, 0, 0
    for i, (start, _) in enumerate(spans):
        while spans[j][0] < start - width // 3:
            j += 1
        n = sum(1 for s, _ in spans[j:] if s < start + width * 2 // 3)
        if n > best_n:
            best, best_n = i, n
    centre = spans[best][0]
    lo = max(0, centre - width // 3)
    hi = min(len(text), lo + width)
    if lo > 0:  # do not cut a word in half
        space = text.rfind(" ", max(0, lo - 20), lo)
        lo = space + 1 if space >= 0 else lo
    out: list[str] = []
    pos = lo
    for s, e in spans:
        if s < lo or e > hi:
            continue
        out.append(text[pos:s])
        out.append(OPEN + text[s:e] + CLOSE)
        pos = e
    out.append(text[pos:hi])
    return ("…" if lo > 0 else "") + _clean("".join(out)) + ("…" if hi < len(text) else "")


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def matcher(terms: Sequence[Term], exact: bool) -> _Matcher:
    return _Matcher(terms, exact)
