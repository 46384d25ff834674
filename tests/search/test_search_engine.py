"""Search end to end on a small fictional case in four languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from search_builder import Builder

from paperchase.errors import QueryError
from paperchase.search import search, search_many


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Builder:
    b = Builder(tmp_path_factory.mktemp("searchcase"))
    b.ids = {}  # type: ignore[attr-defined]
    b.ids["ru_act"] = b.add(  # type: ignore[attr-defined]
        "Передайте Анцыферову акт приёмки станков до пятницы.", subject="Акт приёмки",
        sender=("Пётр Ёлкин", "p.elkin@zavod.example.ru"), date="2023-02-10T09:00:00+03:00")
    b.ids["be"] = b.add(  # type: ignore[attr-defined]
        "Новыя станкі прыбылі ў Баранавічы. Прывітанне ад Antsyferau.", subject="Аб пастаўцы",
        language="be", date="2023-03-05T12:00:00+03:00")
    b.ids["en"] = b.add(  # type: ignore[attr-defined]
        "Meeting with Mr Antsiferov in Baranavichy about the lathe delivery.", subject="Visit",
        language="en", date="2023-04-01T08:00:00+00:00", to=("Marta Vzorova", "m.vzorova@example.com"))
    b.ids["ru_bill"] = b.add(  # type: ignore[attr-defined]
        "В Барановичи отправлены станки, счёт приложен.", subject="Счёт",
        date="2022-12-01T10:00:00+03:00",
        attachments=[("счёт_17.pdf", "Счёт на оплату: станок токарный, 2 шт. Получатель Анцыферов.")])
    b.ids["uk"] = b.add(  # type: ignore[attr-defined]
        "Ми отримали десять станків для заводу.", subject="Постачання", language="uk",
        date="2023-05-02T10:00:00+03:00")
    b.ids["yo"] = b.add(  # type: ignore[attr-defined]
        "Ёлка стоит в приёмной, зелёная и высокая.", subject="Праздник", date="2023-01-02T10:00:00+03:00")
    b.ids["plain"] = b.add(  # type: ignore[attr-defined]
        "Погода сегодня хорошая, ничего интересного. Елка не нужна.", subject="Погода",
        date="2021-06-01T10:00:00+03:00")
    b.ids["iso"] = b.add(  # type: ignore[attr-defined]
        "Contract signed by Ŝukin (ISO 9) and by Szczukin (Polish).", subject="Signatures", language="en",
        date="2023-06-01T10:00:00+00:00")
    return b


def found(b: Builder, query: str, **kw: object) -> set[str]:
    names = {v: k for k, v in b.ids.items()}  # type: ignore[attr-defined]
    out = set()
    for h in search(b.case, query, **kw):  # type: ignore[arg-type]
        out.add(names[h.message_pk] + ("" if h.where == "body" else "+att"))
    return out


def test_name_across_scripts_and_transliterations(built: Builder) -> None:
    assert found(built, "Antsiferov") == {"ru_act", "be", "en", "ru_bill+att"}
    assert found(built, "Анцыферов") == {"ru_act", "be", "en", "ru_bill+att"}
    assert found(built, "Antsyferau") == {"ru_act", "be", "en", "ru_bill+att"}


def test_word_forms_meet(built: Builder) -> None:
    assert found(built, "станок") == {"ru_act", "be", "ru_bill", "ru_bill+att", "uk"}
    assert found(built, "станков") >= {"ru_act", "ru_bill+att"}


def test_place_across_scripts(built: Builder) -> None:
    expected = {"be", "en", "ru_bill"}
    assert found(built, "Барановичи") == expected
    assert found(built, "Baranavichy") == expected
    assert found(built, "Баранавічы") == expected


def test_translit_systems_meet(built: Builder) -> None:
    assert found(built, "Щукин") == {"iso"}
    assert found(built, "Shchukin") == {"iso"}


def test_yo_folds_but_exact_does_not(built: Builder) -> None:
    assert found(built, "елка") == {"yo", "plain"}
    assert found(built, "елка", exact=True) == {"plain"}
    assert found(built, "ЁЛКА", exact=True) == {"yo"}  # exact is still case-insensitive


def test_exact_is_exact(built: Builder) -> None:
    assert found(built, "станок", exact=True) == {"ru_bill+att"}
    assert found(built, "Анцыферову", exact=True) == {"ru_act"}
    assert found(built, "Antsiferov", exact=True) == {"en"}
    assert found(built, "Барановичи", exact=True) == {"ru_bill"}


def test_phrase_is_unfolded_and_ordered(built: Builder) -> None:
    assert found(built, '"акт приёмки"') == {"ru_act"}
    assert found(built, '"приёмки акт"') == set()
    assert found(built, '"акт приемки"') == {"ru_act"}  # ё written е: the one folding phrases get
    assert found(built, '"акт приемки"', exact=True) == set()
    assert found(built, '"акт приёмки"', exact=True) == {"ru_act"}
    assert found(built, '"акты приёмки"') == set()  # no other word forms in a phrase
    assert found(built, '"акт приёмки" станок') == {"ru_act"}


def test_or_not_prefix(built: Builder) -> None:
    assert found(built, "Ёлка OR погода") == {"yo", "plain"}
    # per document: the bill attachment does not name the town
    assert found(built, "станок -Барановичи") == {"ru_act", "uk", "ru_bill+att"}
    assert found(built, "станок NOT Барановичи") == {"ru_act", "uk", "ru_bill+att"}
    assert found(built, "Анцыф*", exact=True) == {"ru_act", "ru_bill+att"}
    assert found(built, "Antsyf*") == {"ru_act", "be", "en", "ru_bill+att"}
    assert found(built, "(погода OR праздник) елка") == {"yo", "plain"}


def test_field_filters(built: Builder) -> None:
    assert found(built, "from:Ёлкин станок") == {"ru_act"}
    assert found(built, "from:Yolkin") == {"ru_act"}  # folded too
    assert found(built, "from:p.elkin@zavod.example.ru") == {"ru_act"}
    assert found(built, "to:vzorova") == {"en"}
    assert found(built, "subject:приёмка") == {"ru_act"}
    assert found(built, "subject:станок") == set()
    assert found(built, "станок after:2023-01-01") == {"ru_act", "be", "uk"}
    assert found(built, "станок before:2023-01-01") == {"ru_bill", "ru_bill+att"}
    assert found(built, "станок after:2023-03 before:2023-04") == {"be"}
    assert found(built, "станок lang:uk") == {"uk"}
    assert found(built, "станок -lang:ru") == {"be", "uk"}
    assert found(built, "станок has:attachment") == {"ru_bill", "ru_bill+att"}
    assert found(built, "станок filename:счёт") == {"ru_bill+att"}
    assert found(built, "filename:.pdf") == {"ru_bill+att"}
    assert found(built, "lang:en") == {"en", "iso"}
    assert found(built, "lang:en -Щукин") == {"en"}


def test_sort_by_date(built: Builder) -> None:
    hits = search(built.case, "станок", sort="date")
    dates = [h.date for h in hits]
    assert dates == sorted(dates, reverse=True)
    assert hits[0].message_pk == built.ids["uk"]  # type: ignore[attr-defined]


def test_relevance_prefers_exact_form(built: Builder) -> None:
    hits = search(built.case, "Анцыферову")
    assert hits[0].message_pk == built.ids["ru_act"]  # type: ignore[attr-defined]
    assert all(h.score > 0 for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_hit_fields_and_snippet(built: Builder) -> None:
    [hit] = [h for h in search(built.case, "Antsiferov filename:pdf")]
    assert hit.where == "attachment:счёт_17.pdf"
    assert "[Анцыферов]" in hit.snippet
    assert hit.message_id.startswith("<m")
    assert hit.subject == "Счёт"
    [hit] = search(built.case, "станок lang:uk")
    assert "[станків]" in hit.snippet
    assert hit.date and hit.date.startswith("2023-05-02")


def test_limit(built: Builder) -> None:
    assert len(search(built.case, "станок", limit=2)) == 2


@pytest.mark.parametrize("bad", [
    "", "   ", '"unclosed', "a OR", "OR a", "NOT a", "-a", "(a", "a)", "()", "foo:bar",
    "after:yesterday", "after:2023-02-30", "has:pdf", "lang:russian", "a OR -b", "(after:2023 a)", "***",
])
def test_bad_queries_raise_query_error(built: Builder, bad: str) -> None:
    with pytest.raises(QueryError):
        search(built.case, bad)


@pytest.mark.parametrize("odd", ['a"b', "NEAR(a b)", "a:b", "{body}:x", "^x", "x AND", "col*:y", "'; DROP TABLE x"])
def test_fts_syntax_never_leaks(built: Builder, odd: str) -> None:
    try:
        search(built.case, odd)
    except QueryError:
        pass


def test_bad_sort_and_limit(built: Builder) -> None:
    with pytest.raises(QueryError):
        search(built.case, "a", sort="size")
    with pytest.raises(QueryError):
        search(built.case, "a", limit=0)


def test_batch_keeps_going_after_a_bad_query(built: Builder) -> None:
    out = dict(search_many(built.case, ["станок", '"bad', "Барановичи"]))
    assert isinstance(out['"bad'], QueryError)
    assert len(out["станок"]) == 5 and len(out["Барановичи"]) == 3  # type: ignore[arg-type]


def test_reindex_and_rollback_keep_index_consistent(tmp_path: Path) -> None:
    from paperchase.search.index import index_message

    b = Builder(tmp_path / "c")
    pk = b.add("Уникальное слово абракадабра.")
    with b.case.transaction() as db:
        index_message(db, pk)  # again: replaces, does not duplicate
    assert len(search(b.case, "абракадабра")) == 1
    with pytest.raises(RuntimeError), b.case.transaction() as db:
        db.execute("INSERT INTO messages (sha256, content_hash, message_id, has_message_id, text)"
                   " VALUES ('x', 'x', '<x>', 1, 'крокодил')")
        index_message(db, int(db.execute("SELECT max(id) FROM messages").fetchone()[0]))
        raise RuntimeError("crash mid-ingest")
    assert search(b.case, "крокодил") == []
    n_docs = b.case.db.execute("SELECT count(*) FROM search_docs").fetchone()[0]
    assert n_docs == 1


def test_catch_up_indexes_messages_stored_without_index(tmp_path: Path) -> None:
    b = Builder(tmp_path / "c")
    with b.case.transaction() as db:
        db.execute("INSERT INTO messages (sha256, content_hash, message_id, has_message_id, text)"
                   " VALUES ('y', 'y', '<y>', 1, 'бегемот в зоопарке')")
    assert [h.message_id for h in search(b.case, "бегемоты")] == ["<y>"]


def test_subject_only_match_shows_the_subject(built: Builder) -> None:
    [hit] = search(built.case, "subject:праздник")
    assert hit.snippet == "[Праздник]"


def test_date_order_month_by_month(built: Builder, monkeypatch: pytest.MonkeyPatch) -> None:
    from paperchase.search import engine

    whole = [h.message_pk for h in search(built.case, "станок", sort="date")]
    monkeypatch.setattr(engine, "DATE_SLICE", 0)  # every year split into months
    assert [h.message_pk for h in search(built.case, "станок", sort="date")] == whole
    assert [h.message_pk for h in search(built.case, "станок", sort="date", limit=2)] == whole[:2]


def test_undated_mail_comes_last_in_date_order(tmp_path: Path) -> None:
    b = Builder(tmp_path / "c")
    undated = b.add("слон без даты", date=None)
    old = b.add("слон старый", date="2020-01-01T00:00:00+00:00")
    new = b.add("слон новый", date="2024-01-01T00:00:00+00:00")
    assert [h.message_pk for h in search(b.case, "слон", sort="date")] == [new, old, undated]
    assert [h.message_pk for h in search(b.case, "слон after:2019", sort="date")] == [new, old]
    assert [h.message_pk for h in search(b.case, "слон -after:2021")] == [old]


def test_broad_query_ranks_exact_form_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from paperchase.search import engine

    b = Builder(tmp_path / "c")
    exact = b.add("станки прибыли")
    folded = [b.add(f"станок номер {i}") for i in range(4)]
    monkeypatch.setattr(engine, "BROAD", 2)
    hits = search(b.case, "станки", limit=3)  # 5 matches, 3 wanted: broad
    assert hits[0].message_pk == exact and hits[0].score == 2.0 and hits[0].partial
    assert [h.message_pk for h in hits[1:]] == folded[:1:-1] and all(h.score == 1.0 for h in hits[1:])
    narrow = search(b.case, "станки", limit=10)  # fewer matches than wanted: bm25
    assert len(narrow) == 5 and not narrow[0].partial


def test_broad_tiers_keep_folded_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from paperchase.search import engine

    b = Builder(tmp_path / "c")
    keep = b.add("станки на складе")
    b.add("станки для цеха")  # newer, exact станки, but a form of цех: excluded
    b.add("станок в цехе")
    monkeypatch.setattr(engine, "BROAD", 1)
    hits = search(b.case, "станки -цех", limit=1)
    assert [h.message_pk for h in hits] == [keep]


def test_prefix_with_and_without_expansion(built: Builder, monkeypatch: pytest.MonkeyPatch) -> None:
    from paperchase.search import engine

    expanded = found(built, "Antsyf*")
    monkeypatch.setattr(engine, "MAX_EXPANSION", 0)  # every prefix left to FTS5
    assert found(built, "Antsyf*") == expanded == {"ru_act", "be", "en", "ru_bill+att"}
