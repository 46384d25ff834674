"""The query language: what parses to what, and what is refused."""

import pytest

from paperchase.errors import QueryError
from paperchase.search.query import Node, Term, parse


def test_words_are_anded_and_or_binds_tighter() -> None:
    q = parse("a b OR c")
    assert q.tree is not None and q.tree.op == "and"
    assert isinstance(q.tree.items[0], Term)
    assert isinstance(q.tree.items[1], Node) and q.tree.items[1].op == "or"


def test_fields_phrases_prefix_negation() -> None:
    q = parse('from:"Ivan Testov" subject:отчёт Ants* -spam "a b"*')
    assert q.tree is not None
    t0, t1, t2, t3 = q.tree.items
    assert (t0.field, t0.phrase, t0.text) == ("sender", True, "Ivan Testov")  # type: ignore[union-attr]
    assert (t1.field, t1.phrase) == ("subject", False)  # type: ignore[union-attr]
    assert t2.prefix and t2.text == "Ants"  # type: ignore[union-attr]
    assert t3.phrase and t3.prefix  # type: ignore[union-attr]
    assert [t.text for t in q.tree.negated] == ["spam"]  # type: ignore[union-attr]


def test_filters_are_collected() -> None:
    q = parse("x after:2023-01-01 before:2023-02 lang:RU has:attachments -filename:.zip")
    assert [(f.name, f.value, f.negated) for f in q.filters] == [
        ("after", "2023-01-01", False), ("before", "2023-02", False), ("lang", "ru", False),
        ("has", "attachment", False), ("filename", ".zip", True)]


def test_filters_alone_are_a_query() -> None:
    q = parse("after:2023-01-01 lang:be")
    assert q.tree is None and len(q.filters) == 2


def test_punctuated_word_becomes_a_phrase() -> None:
    q = parse("i.testov@example.org")
    assert q.tree is not None
    [t] = q.tree.items
    assert isinstance(t, Term) and t.phrase and t.text == "i testov example org"


@pytest.mark.parametrize("bad,words", [
    ('"open', "not closed"), ("x OR", "both sides"), ("NOT x", "only NOT"), ("(x", "not closed"),
    ("x)", "without"), ("nope:x", "unknown field"), ("after:2023-1-1", "YYYY-MM-DD"),
    ("has:pdf", "attachment"), ("lang:1", "language code"), ("x OR -y", "NOT cannot"),
    ("(x after:2023)", "whole query"), ("from:", "needs a value"), ("", "empty"),
])
def test_errors_say_why(bad: str, words: str) -> None:
    with pytest.raises(QueryError) as exc:
        parse(bad)
    assert words in str(exc.value)
