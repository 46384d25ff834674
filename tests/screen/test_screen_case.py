"""Fictional names planted in a small case written in Cyrillic, screened
against a fictional list in Latin script with near misses; and the demo
case's watchlist against its true entities."""

from __future__ import annotations

import json

import pytest

from paperchase.screen import screen_case
from paperchase.screen.case import screen_case_detail

LIST = [
    {"id": "x-001", "schema": "Person", "caption": "ZAITSEV, Pyotr Yevgenyevich",
     "properties": {"name": ["ZAITSEV, Pyotr Yevgenyevich"], "birthDate": ["1970-05-02"], "nationality": ["ru"]},
     "datasets": ["fictional"]},
    {"id": "x-002", "schema": "Person", "caption": "ZAITSEV, Pyotr Vasilyevich",
     "properties": {"name": ["ZAITSEV, Pyotr Vasilyevich"], "nationality": ["ru"]}, "datasets": ["fictional"]},
    {"id": "x-003", "schema": "Person", "caption": "ZAITSEVA, Polina Yevgenyevna",
     "properties": {"name": ["ZAITSEVA, Polina Yevgenyevna"]}, "datasets": ["fictional"]},
    {"id": "x-004", "schema": "Company", "caption": "VYMPEL-TEST LLC",
     "properties": {"name": ["VYMPEL-TEST LLC"], "alias": ["ООО «Вымпел-Тест»"], "country": ["ru"]},
     "datasets": ["fictional"]},
    {"id": "x-005", "schema": "Company", "caption": "VYMPEL-TEKH LLC",
     "properties": {"name": ["VYMPEL-TEKH LLC"], "alias": ["ООО «Вымпел-Тех»"]}, "datasets": ["fictional"]},
    {"id": "x-006", "schema": "Person", "caption": "GRIBANOV, Lev Arkadyevich",
     "properties": {"name": ["GRIBANOV, Lev Arkadyevich"], "alias": ["Грибанов Лев Аркадьевич"],
                    "birthDate": ["1951"]}, "datasets": ["fictional"]},
    {"id": "x-007", "schema": "Sanction", "properties": {"entity": ["x-001"]}, "datasets": ["fictional"]},
]

ENTITIES = [
    {"id": "e-zaitsev", "schema": "Person", "name": "Пётр Зайцев",
     "names": ["Зайцев Пётр Евгеньевич", "Зайцева Петра Евгеньевича", "П.Е. Зайцев", "Зайцев", "Пётр Зайцев"]},
    {"id": "e-vympel", "schema": "Company", "name": "Вымпел-Тест",
     "names": ["ООО «Вымпел-Тест»", "Вымпел-Тест"], "properties": {"country": ["ru"]}},
    {"id": "e-gribanov", "schema": "Person", "name": "Грибанов Лев Аркадьевич",
     "names": ["Грибанов Лев Аркадьевич", "Л.А. Грибанов"]},
    {"id": "e-street", "schema": "Person", "name": "Зайцев", "names": ["Зайцев", "Зайцеву"]},
    {"id": "e-gribanov-gen", "schema": "Person", "name": "Грибанова Льва Аркадьевича",
     "names": ["Грибанова Льва Аркадьевича"]},
    {"id": "e-mr", "schema": "Person", "name": "Mr Zaitsev", "names": ["Mr Zaitsev", "Herr Zaitsev"]},
]

MESSAGES = [
    {"message_id": "<m1@example.test>", "date": "2023-01-10T10:00:00+00:00",
     "text": "Коллеги, договор с ООО «Вымпел-Тест» согласовал Зайцев Пётр Евгеньевич."},
    {"message_id": "<m2@example.test>", "date": "2023-01-12T10:00:00+00:00",
     "text": "Прошу передать Зайцеву Петру Евгеньевичу и Вымпел-Тест счёт."},
    {"message_id": "<m3@example.test>", "date": "2023-02-01T10:00:00+00:00",
     "text": "Я, Грибанов Лев Аркадьевич, 03.03.1984 г.р., прошу предоставить отпуск."},
]

MENTIONS = [
    {"entity_id": "e-zaitsev", "message": 0, "surface": "Зайцев Пётр Евгеньевич"},
    {"entity_id": "e-vympel", "message": 0, "surface": "ООО «Вымпел-Тест»", "label": "ORG"},
    {"entity_id": "e-zaitsev", "message": 1, "surface": "Зайцеву Петру Евгеньевичу"},
    {"entity_id": "e-vympel", "message": 1, "surface": "Вымпел-Тест", "label": "ORG"},
    {"entity_id": "e-gribanov", "message": 2, "surface": "Грибанов Лев Аркадьевич"},
]


@pytest.fixture
def fictional_case(tmp_path, build_case, write_ftm):
    case = build_case(tmp_path / "case", ENTITIES, MESSAGES, MENTIONS)
    listfile = write_ftm(tmp_path / "fictional.ftm.json", LIST)
    yield case, listfile
    case.close()


def _findings(case):
    return [dict(r) for r in case.db.execute("SELECT * FROM findings WHERE kind = 'watchlist_match' ORDER BY id")]


def test_cyrillic_case_matches_latin_list_and_keeps_near_misses_out(fictional_case, scorer):
    case, listfile = fictional_case
    assert screen_case(case, [listfile], scorer=scorer) == 2
    found = {json.loads(f["subjects"])[0]: json.loads(f["attributes"]) for f in _findings(case)}
    assert {k: v["entry_id"] for k, v in found.items()} == {"e-zaitsev": "x-001", "e-vympel": "x-004"}
    attrs = found["e-zaitsev"]
    assert attrs["list"] == "fictional" and attrs["caption"] == "ZAITSEV, Pyotr Yevgenyevich"
    assert 0 < attrs["score"] <= 1 and "ZAITSEV, Pyotr Yevgenyevich" in attrs["explanation"]


def test_findings_cite_the_messages_the_entity_occurs_in(fictional_case, scorer):
    case, listfile = fictional_case
    screen_case(case, [listfile], scorer=scorer)
    rows = {json.loads(f["subjects"])[0]: f for f in _findings(case)}
    row = rows["e-zaitsev"]
    ev = json.loads(row["evidence"])
    assert [e["message_id"] for e in ev] == ["<m1@example.test>", "<m2@example.test>"]
    for e in ev:
        text = next(m["text"] for m in MESSAGES if m["message_id"] == e["message_id"])
        assert e["quote"] in text  # verbatim
    assert row["id"].startswith("f-wl-") and row["confidence"] == json.loads(row["attributes"])["score"]
    assert row["summary"].endswith(".") and "ZAITSEV, Pyotr Yevgenyevich" in row["summary"]


def test_rescreening_replaces_previous_findings_with_stable_ids(fictional_case, scorer):
    case, listfile = fictional_case
    screen_case(case, [listfile], scorer=scorer)
    first = [f["id"] for f in _findings(case)]
    case.db.execute("INSERT INTO findings VALUES ('f-other', 'citizenship', 's', '[]', '{}', '[]', 1.0)")
    screen_case(case, [listfile], scorer=scorer)
    assert [f["id"] for f in _findings(case)] == first
    assert case.db.execute("SELECT count(*) FROM findings WHERE kind = 'citizenship'").fetchone()[0] == 1
    assert (case.root / "screen-cache").is_dir()


def test_namesake_born_decades_apart_is_a_near_miss(fictional_case, scorer):
    case, listfile = fictional_case
    _, candidates = screen_case_detail(case, [listfile], scorer=scorer, explain=True)
    near = [c for c in candidates if c.subject.ref == "e-gribanov" and c.entry.entry_id == "x-006"]
    assert near and near[0].name_score >= 0.9  # the same name ...
    assert near[0].score < 0.85 and "1984" in near[0].explanation()  # ... but born 1984, not 1951


def test_a_double_left_by_the_resolver_shares_the_evidence(fictional_case, scorer):
    """The genitive form, resolved apart, says nothing of a birth date; its
    nominative double does, and rules both out."""
    case, listfile = fictional_case
    screen_case(case, [listfile], scorer=scorer)
    subjects = {json.loads(f["subjects"])[0] for f in _findings(case)}
    assert "e-gribanov-gen" not in subjects and "e-gribanov" not in subjects


def test_surname_alone_never_matches_a_full_name(fictional_case, scorer):
    case, listfile = fictional_case
    _, candidates = screen_case_detail(case, [listfile], scorer=scorer, explain=True)
    for c in candidates:
        if c.subject.ref in {"e-street", "e-mr"}:
            assert c.score < 0.85, c.explanation()


def test_threshold_lowers_to_show_more(fictional_case, scorer):
    case, listfile = fictional_case
    assert screen_case(case, [listfile], threshold=0.3, scorer=scorer) > 2


def test_demo_watchlist_true_entries_match_near_misses_do_not(tmp_path, build_case, shared_file, scorer):
    truth = json.loads(shared_file("data", "cases", "demo", "truth.json").read_text(encoding="utf-8"))
    listfile = shared_file("data", "cases", "demo", "watchlist.ftm.json")
    expected = {(f["subjects"][0], f["attributes"]["entry_id"])
                for f in truth["findings"] if f["kind"] == "watchlist_match"}
    case = build_case(tmp_path / "case", truth["entities"])
    screen_case(case, [listfile], scorer=scorer)
    got = {(json.loads(f["subjects"])[0], json.loads(f["attributes"])["entry_id"]) for f in _findings(case)}
    case.close()
    assert got == expected


def test_screening_is_recorded_in_the_case(fictional_case, scorer):
    case, listfile = fictional_case
    screen_case(case, [listfile], scorer=scorer)
    got = case.get_kv("screen")
    (lst,) = got["lists"]
    assert lst["format"] == "ftm" and lst["read"] == 6 and lst["skipped"] == {"schema Sanction is not screened": 1}
    assert got["findings"] == 2 and got["threshold"] == 0.85
