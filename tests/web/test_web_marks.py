"""Highlighting as data."""

from __future__ import annotations

from paperchase.web.marks import query_spans, quote_spans, snippet_pieces, split, tag


def test_snippet_markers_become_hits() -> None:
    assert snippet_pieces("…a [Word] and [two] <b>") == [("…a ", ""), ("Word", "hit"), (" and ", ""),
                                                         ("two", "hit"), (" <b>", "")]
    assert snippet_pieces("") == []


def test_split_merges_overlaps_and_prefers_quotes() -> None:
    text = "abcdefghij"
    pieces = split(text, [(0, 3, "hit"), (2, 6, "quote"), (8, 20, "hit"), (7, 7, "hit")])
    assert pieces == [("abcdef", "quote"), ("ghij", "")]  # (8, 20) runs past the end: dropped
    assert "".join(t for t, _ in pieces) == text
    assert split("", []) == [("", "")]


def test_quote_spans_exact_then_loose() -> None:
    text = "Мы ждём.\nПОДШИПНИКИ  задерживаются\nдо осени."
    assert quote_spans(text, "Мы ждём") == [(0, 7)]
    (s, e), = quote_spans(text, "подшипники задерживаются до осени")
    assert text[s:e] == "ПОДШИПНИКИ  задерживаются\nдо осени"
    assert quote_spans(text, "нет такого") == [] and quote_spans(text, "  ") == []


def test_query_spans_use_the_search_folding() -> None:
    text = "Письмо Антсиферову и Antsiferov, а также Петрову."
    found = {text[s:e] for s, e in query_spans(text, "Петров")}
    assert "Петрову" in found
    assert query_spans(text, '"Петров') == []  # does not parse: nothing marked, nothing raised
    assert query_spans(text, "lang:ru") == []
    assert tag([(1, 2)], "hit") == [(1, 2, "hit")]
