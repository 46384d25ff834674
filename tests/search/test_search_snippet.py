"""Snippets mark folded and exact matches in the densest part of the text."""

from paperchase.search.query import parse
from paperchase.search.snippet import make


def snippet(text: str, query: str, exact: bool = False) -> str:
    return make(text, parse(query).terms, exact)


def test_marks_folded_forms() -> None:
    s = snippet("Вчера Анцыферову передали станки.", "Antsiferov станок")
    assert "[Анцыферову]" in s and "[станки]" in s


def test_exact_marks_only_exact() -> None:
    s = snippet("Ёлка и елка.", "елка", exact=True)
    assert s == "Ёлка и [елка]."


def test_window_moves_to_the_match() -> None:
    text = "вода " * 200 + "здесь Барановичи " + "вода " * 200
    s = snippet(text, "Baranavichy")
    assert "[Барановичи]" in s and s.startswith("…") and s.endswith("…")
    assert len(s) < 300


def test_no_match_gives_the_start() -> None:
    assert snippet("Короткий текст.", "отсутствует") == "Короткий текст."


def test_prefix_and_phrase_words() -> None:
    s = snippet("Акт приёмки комплектующих подписан.", '"акт приёмки" комплект*')
    assert s == "[Акт] [приёмки] [комплектующих] подписан."
