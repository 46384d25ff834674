"""Compiling to FTS5: quoting, folded columns, ё/е in phrases, filters as
tokens."""

from paperchase.search.compile import compile_match, compile_query, phrase_spellings
from paperchase.search.query import parse


def test_every_word_reaches_fts5_quoted() -> None:
    match = compile_match(parse("NEAR a OR AND-x ^y {body}").tree, exact=True)  # type: ignore[arg-type]
    assert '"NEAR"' in match and '"a"' in match
    assert "NEAR(" not in match


def test_exact_compiles_to_unfolded_columns_only() -> None:
    exact = compile_match(parse("станки").tree, exact=True)  # type: ignore[arg-type]
    folded = compile_match(parse("станки").tree, exact=False)  # type: ignore[arg-type]
    assert "fbody" not in exact and "fbody" in folded and '"stanak"' in folded


def test_phrase_spellings_swap_yo() -> None:
    assert set(phrase_spellings("акт приемки")) == {"акт приемки", "акт приёмки"}
    assert set(phrase_spellings("Ёлка стоит")) == {"ёлка стоит", "елка стоит"}
    assert phrase_spellings("delivery terms") == ["delivery terms"]
    many = phrase_spellings(" ".join(["ещё"] * 10))
    assert len(many) <= 8


def test_filters_become_meta_tokens() -> None:
    match = compile_query(parse("x lang:be -has:attachment filename:plan.docx after:2023-12-30"), False, (2020, 2024))
    assert '{meta} : "langbe"' in match and 'NOT ({meta} : "hasattachment")' in match
    assert '{fname} : "plan docx"*' in match
    assert '"d20231230"' in match and '"d20231231"' in match and '"post2100"' in match


def test_prefix_uses_the_expansion_it_is_given() -> None:
    match = compile_match(parse("Kaval*").tree, False, lambda p: [p + "ev", p + "iou"])  # type: ignore[arg-type]
    assert '("kavalev" OR "kavaliou")' in match
    native = compile_match(parse("Kaval*").tree, False, lambda p: None)  # type: ignore[arg-type]
    assert '"kaval"*' in native
