"""The query language, parsed into a small tree (compiled for FTS5 by
compile.py). What cannot be parsed raises `QueryError` with the reason.

    words            all must occur (AND)
    "a phrase"       these words in this order, as written (ё and е alike)
    a OR b           either
    NOT x, -x        not this
    prefix*          words starting so
    ( ... )          grouping
    from: to: subject:           in that field (a word or "phrase")
    after:YYYY-MM-DD before:     date (after: from that day on, before: up to it)
    lang:ru  has:attachment  filename:part   (may be negated)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from paperchase.errors import QueryError
from paperchase.search.fold import TOKEN_RE

TEXT_FIELDS = {"from": "sender", "to": "rcpt", "subject": "subject"}
FILTER_FIELDS = {"after", "before", "lang", "has", "filename"}
FIELDS = set(TEXT_FIELDS) | FILTER_FIELDS

_LEX = re.compile(
    r'\s*(?:(?P<lp>\()|(?P<rp>\))|(?P<neg>-)(?=\S)|'
    r'(?P<field>[A-Za-z]+):(?=\S)|(?P<bare>[A-Za-z]+):(?=\s|$)|"(?P<phrase>[^"]*)"(?P<pstar>\*)?|(?P<quote>")|(?P<word>[^\s()"]+))'
)


@dataclass(slots=True)
class Term:
    """A word, prefix or phrase, in all text (field None) or in one field."""

    text: str
    field: str | None = None
    phrase: bool = False
    prefix: bool = False


@dataclass(slots=True)
class Filter:
    name: str
    value: str
    negated: bool = False


@dataclass(slots=True)
class Node:
    op: str  # "and" | "or"
    items: list[Term | Node] = field(default_factory=list)
    negated: list[Term | Node] = field(default_factory=list)


@dataclass(slots=True)
class Query:
    """A parsed query: the text part (None when only filters were given)
    and the filters, which apply to the whole query."""

    tree: Node | None
    filters: list[Filter]
    terms: list[Term]

    @property
    def has_words(self) -> bool:
        """Whether anything but filters and NOT terms is looked for (what
        relevance can rank)."""
        return self.tree is not None and bool(self.tree.items)


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = self._lex(text)
        self.pos = 0
        self.filters: list[Filter] = []
        self.terms: list[Term] = []
        self.depth = 0

    @staticmethod
    def _lex(text: str) -> list[tuple[str, str, bool]]:
        out: list[tuple[str, str, bool]] = []
        pos = 0
        text = text.rstrip()
        while pos < len(text):
            m = _LEX.match(text, pos)
            if m is None or m.end() == pos:
                raise QueryError(f"cannot read the query at {text[pos:pos + 20]!r}")
            pos = m.end()
            kind = m.lastgroup or ""
            if kind == "pstar":
                kind = "phrase"
            if kind == "bare":
                if m.group("bare").lower() in FIELDS:
                    raise QueryError(f"{m.group('bare').lower()}: needs a value right after the colon")
                kind = "word"
                out.append(("word", m.group("bare"), False))
                continue
            if kind == "quote":
                raise QueryError('a quote (") is not closed')
            if kind == "phrase":
                out.append(("phrase", m.group("phrase"), m.group("pstar") is not None))
            else:
                out.append((kind, m.group(kind) or "", False))
        return out

    def peek(self) -> tuple[str, str, bool] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def next(self) -> tuple[str, str, bool]:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def parse(self) -> Query:
        if not self.tokens:
            raise QueryError("the query is empty")
        tree = self.or_expr(top=True)
        if self.peek() is not None:
            raise QueryError(f"unexpected {self.peek()[1]!r}: a ')' without its '('")  # type: ignore[index]
        if tree is not None and not tree.items and not tree.negated:
            tree = None
        if tree is not None and not tree.items and tree.negated and not self.filters:
            raise QueryError("a query cannot be only NOT terms: add a word or a filter to look for")
        if tree is None and not self.filters:
            raise QueryError("the query holds no word to look for")
        return Query(tree, self.filters, self.terms)

    def or_expr(self, top: bool = False) -> Node | None:
        """A run of terms, all required (AND); `OR` binds tighter than the
        implied AND, as in web search: `a b OR c` is a AND (b OR c)."""
        node = Node("and")
        while (tok := self.peek()) is not None:
            kind, value, _ = tok
            if kind == "rp":
                break
            if kind == "word" and value in ("AND", "OR"):
                if value == "OR":
                    raise QueryError("OR needs a term on both sides")
                self.next()
                continue
            negated, item = self.unary(top)
            alternatives = [item]
            while (tok := self.peek()) is not None and tok[0] == "word" and tok[1] == "OR":
                self.next()
                if self.peek() is None or self.peek()[0] == "rp":  # type: ignore[index]
                    raise QueryError("OR needs a term on both sides")
                neg2, alt = self.unary(False)
                if negated or neg2:
                    raise QueryError("NOT cannot be a side of OR; group it: (a OR b) -c")
                alternatives.append(alt)
            if len(alternatives) > 1:
                if any(a is None for a in alternatives):
                    raise QueryError("OR needs a term to look for on both sides")
                item = Node("or", [a for a in alternatives if a is not None])
            if item is None:
                continue
            (node.negated if negated else node.items).append(item)
        if not node.items and node.negated and not top:
            raise QueryError("a group cannot be only NOT terms")
        if not node.items and not node.negated:
            if top:
                return node
            raise QueryError("an empty group: ( )")
        return node

    def unary(self, top: bool) -> tuple[bool, Term | Node | None]:
        kind, value, _ = self.peek()  # type: ignore[misc]
        negated = False
        if kind == "neg" or (kind == "word" and value == "NOT"):
            self.next()
            negated = True
            if self.peek() is None:
                raise QueryError("NOT (or -) needs a term after it")
        return negated, self.primary(top, negated)

    def primary(self, top: bool, negated: bool) -> Term | Node | None:
        kind, value, star = self.next()
        if kind == "lp":
            self.depth += 1
            if self.depth > 20:
                raise QueryError("too many nested parentheses")
            inner = self.or_expr(False)
            tok = self.peek()
            if tok is None or tok[0] != "rp":
                raise QueryError("a '(' is not closed")
            self.next()
            self.depth -= 1
            return inner
        if kind == "rp":
            raise QueryError("a ')' without its '('")
        if kind == "field":
            name = value.lower()
            if name not in FIELDS:
                raise QueryError(f"unknown field {value + ':'!r}; known: {', '.join(sorted(FIELDS))}")
            if self.peek() is None or self.peek()[0] not in ("word", "phrase"):  # type: ignore[index]
                raise QueryError(f"{name}: needs a value")
            vkind, v, vstar = self.next()
            if name in FILTER_FIELDS:
                if not top:
                    raise QueryError(f"{name}: applies to the whole query; it cannot be inside ( ) or OR")
                self.filters.append(_filter(name, v, negated))
                return None
            return self._term(v, TEXT_FIELDS[name], vkind == "phrase", vstar)
        if kind == "phrase":
            return self._term(value, None, True, star)
        if kind == "neg":
            raise QueryError("a '-' must be followed by a term")
        return self._term(value, None, False, False)

    def _term(self, text: str, fld: str | None, phrase: bool, star: bool) -> Term | Node | None:
        prefix = star
        if not phrase and text.endswith("*"):
            prefix, text = True, text.rstrip("*")
        words = TOKEN_RE.findall(text)
        if not words:
            if phrase or fld:
                raise QueryError(f"{text!r} holds no letters or digits to look for")
            return None
        if phrase or len(words) > 1:
            term = Term(" ".join(words), fld, phrase=True, prefix=prefix)
        else:
            term = Term(words[0], fld, prefix=prefix)
        self.terms.append(term)
        return term


def _filter(name: str, value: str, negated: bool) -> Filter:
    value = value.strip()
    if name in ("after", "before"):
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            raise QueryError(f"{name}: wants a date as YYYY-MM-DD (or YYYY-MM, YYYY), not {value!r}")
        parts = [int(p) for p in value.split("-")] + [1, 1]
        try:
            dt.date(parts[0], parts[1], parts[2])
        except ValueError as exc:
            raise QueryError(f"{name}:{value} is not a date ({exc})") from exc
    elif name == "has":
        if value.lower() not in ("attachment", "attachments"):
            raise QueryError(f"has: knows only 'attachment', not {value!r}")
        value = "attachment"
    elif name == "lang":
        if not re.fullmatch(r"[A-Za-z]{2,3}", value):
            raise QueryError(f"lang: wants a language code such as ru, be, uk, en; not {value!r}")
        value = value.lower()
    elif not value:
        raise QueryError(f"{name}: needs a value")
    return Filter(name, value, negated)


def parse(text: str) -> Query:
    """Parse a query, or raise QueryError saying what is wrong."""
    if len(text) > 10_000:
        raise QueryError("the query is longer than 10,000 characters")
    return _Parser(text).parse()
