"""Compiling a parsed query into one FTS5 MATCH expression: words in the
unfolded columns OR their folded keys in the f-columns, phrases (with their
ё/е spellings), prefixes expanded from the index's vocabulary, and the
filters as tokens of the `meta` and `fname` columns (see meta.py). Every
word is quoted, so no user input reaches FTS5 as syntax."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from paperchase.errors import QueryError
from paperchase.search.fold import TOKEN_RE, skeleton, word_keys, yo_spellings
from paperchase.search.meta import FIRST_YEAR, LAST_YEAR, as_date, lang_token, range_tokens
from paperchase.search.query import Filter, Node, Query, Term


def _quote(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


def _cols(fld: str | None, folded: bool) -> str:
    names = ["subject", "body"] if fld is None else [fld]
    return "{" + " ".join(("f" + n) if folded else n for n in names) + "}"


def query_keys(term: Term) -> tuple[str, ...]:
    """The folded keys a (non-phrase) term is looked up under."""
    if term.prefix:
        # a vowel after the prefix keeps end-of-word rules (-f -> v, -u -> v)
        # from firing at its cut; it may take a final vowel with it, which
        # only widens the prefix
        k = skeleton(term.text.lower() + "a", final=False)[:-1]
        return (k,) if k else ()
    return word_keys(term.text)


# prefix -> the indexed terms starting so (None: too many, or unknown)
Expand = Callable[[str], "list[str] | None"]


def _prefix(prefix: str, expand: Expand | None) -> str:
    """A prefix as FTS5 sees it: the terms it expands to, OR-ed, when
    `expand` knows them (FTS5 streams an OR, but merges a `x*` prefix's
    doclists in full for every statement), else `"x"*`."""
    terms = expand(prefix) if expand is not None else None
    if not terms:
        return _quote(prefix) + "*"
    return "(" + " OR ".join(_quote(t) for t in terms) + ")"


MAX_PHRASE_SPELLINGS = 8


def phrase_spellings(text: str) -> list[str]:
    """A phrase with its words' ё/е spellings combined (at most
    MAX_PHRASE_SPELLINGS): the one folding a non-exact phrase gets."""
    out = [""]
    for word in text.split():
        out = [f"{head} {w}".strip() for head in out for w in yo_spellings(word)][:MAX_PHRASE_SPELLINGS]
    return out


def _compile_term(t: Term, exact: bool, expand: Expand | None = None) -> str:
    if t.phrase and not exact:
        star = "*" if t.prefix else ""
        spellings = phrase_spellings(t.text)
        if len(spellings) > 1:
            return f"{_cols(t.field, False)} : (" + " OR ".join(_quote(p) + star for p in spellings) + ")"
    if t.prefix and not t.phrase:
        plain = f"{_cols(t.field, False)} : {_prefix(t.text.lower(), expand)}"
    else:
        plain = f"{_cols(t.field, False)} : {_quote(t.text)}{'*' if t.prefix else ''}"
    if exact or t.phrase:
        return plain
    keys = query_keys(t)
    if not keys:
        return plain
    if t.prefix:
        folded = " OR ".join(_prefix(k, expand) for k in keys)
    else:
        folded = " OR ".join(_quote(k) for k in keys)
    return f"({plain} OR {_cols(t.field, True)} : ({folded}))"


def compile_match(node: Term | Node, exact: bool, expand: Expand | None = None) -> str:
    """The FTS5 MATCH expression of a parsed tree."""
    if isinstance(node, Term):
        return _compile_term(node, exact, expand)
    joiner = " OR " if node.op == "or" else " AND "
    out = "(" + joiner.join(compile_match(i, exact, expand) for i in node.items) + ")"
    if node.negated:
        out += " NOT (" + " OR ".join(compile_match(i, exact, expand) for i in node.negated) + ")"
    return out


def _filter_match(f: Filter, years: tuple[int, int]) -> str:
    if f.name == "lang":
        return "{meta} : " + _quote(lang_token(f.value))
    if f.name == "has":
        return '{meta} : "hasattachment"'
    if f.name == "filename":
        words = TOKEN_RE.findall(f.value)
        if not words:
            raise QueryError(f"filename:{f.value} holds no letters or digits to look for")
        return "{fname} : " + _quote(" ".join(words)) + "*"
    raise AssertionError(f.name)


def compile_query(q: Query, exact: bool, years: tuple[int, int] = (FIRST_YEAR, LAST_YEAR),
                  expand: Expand | None = None) -> str:
    """The whole query, filters included, as one FTS5 MATCH expression.
    `years`: the first and last year the case holds (bounds date ranges);
    `expand`: prefix expansion from the index's vocabulary."""
    pos: list[str] = []
    neg: list[str] = []
    if q.tree is not None:
        if q.tree.items:
            pos.append(compile_match(q.tree, exact, expand))
        else:  # only NOT terms, beside filters
            neg.extend(compile_match(i, exact, expand) for i in q.tree.negated)
    lo: dt.date | None = None
    hi: dt.date | None = None
    for f in q.filters:
        if f.name in ("after", "before"):
            # -after:D is before:D and the other way round (undated mail: neither)
            is_after = (f.name == "after") != f.negated
            d = as_date(f.value)
            if is_after:
                lo = d if lo is None else max(lo, d)
            else:
                hi = d if hi is None else min(hi, d)
            continue
        (neg if f.negated else pos).append(_filter_match(f, years))
    if lo is not None or hi is not None:
        toks = range_tokens(lo, hi, *years)
        pos.append("{meta} : (" + " OR ".join(_quote(t) for t in toks) + ")" if toks else '{meta} : "nothing"')
    if not q.has_words and not any(f.name == "filename" and not f.negated for f in q.filters):
        pos.append('{meta} : "body"')  # filters alone: one hit per message
    out = " AND ".join(pos)
    if neg:
        out += " NOT (" + " OR ".join(neg) + ")"
    return out
