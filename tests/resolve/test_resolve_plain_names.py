"""Plain firm names, syllabic acronyms, Belarusian case forms and first-name
ties to a correspondent (fictional names and firms)."""

from __future__ import annotations

import json
from pathlib import Path

from paperchase.resolve import resolve_case
from paperchase.resolve.names import compare
from paperchase.resolve.names.morph import patronymic
from paperchase.resolve.names.org import core_name
from paperchase.resolve.names.person import given_info
from paperchase.resolve.persons import FIRST_PATR, shape_of
from paperchase.store import Case


def _case(root: Path, rows: list[tuple[str, str, str, dict[str, object]]]) -> dict[str, set[str]]:
    case = Case.create(root)
    with case.transaction():
        cur = case.db.execute(
            "INSERT INTO messages (sha256, content_hash, message_id, has_message_id) VALUES (?, ?, ?, 1)",
            ("0" * 64, "0" * 64, "<m1@example.by>"))
        for label, surface, field, extra in rows:
            case.db.execute("INSERT INTO mentions (message_id, field, surface, label, extra) VALUES (?, ?, ?, ?, ?)",
                            (cur.lastrowid, field, surface, label, json.dumps(extra, ensure_ascii=False)))
    resolve_case(case)
    return {r[0]: set(json.loads(r[1])) for r in case.db.execute("SELECT id, names FROM entities")}


def test_core_name_strips_legal_form_kind_and_quotes() -> None:
    assert core_name("ООО «НПЦ «Вега-Плюс»»") == "Вега-Плюс"
    assert core_name("НПЦ «Вега-Плюс»") == "Вега-Плюс"
    assert core_name("ТАА «НВЦ «Вега-Плюс»") == "Вега-Плюс"
    assert core_name("ОАО «Вега»") == ""          # no kind of organisation: strip_legal does it
    assert core_name("Vega Systems GmbH") == ""


def test_russian_and_belarusian_spelling_of_a_firm_are_one_entity(tmp_path: Path) -> None:
    ents = _case(tmp_path, [
        ("ORG", "ООО «НПЦ «Ветрогорье-Электроника»", "body", {"source": "pattern"}),
        ("ORG", "ТАА «НВЦ «Вятрагор'е-Электроніка»", "body", {"source": "pattern"}),
    ])
    orgs = [n for n in ents.values() if any("Электрон" in x for x in n)]
    assert len(orgs) == 1
    assert {"Ветрогорье-Электроника", "Вятрагор'е-Электроніка"} <= orgs[0]


def test_kinds_differ_but_plain_names_differ_too_stay_apart(tmp_path: Path) -> None:
    ents = _case(tmp_path, [
        ("ORG", "ООО «НПЦ «Ветрогорье»", "body", {"source": "pattern"}),
        ("ORG", "ТАА «НВЦ «Каменка»", "body", {"source": "pattern"}),
    ])
    assert len(ents) == 2


def test_syllabic_acronym_matches_the_spelled_out_name() -> None:
    assert compare("ЗорАРЗ", "Зорянский авиаремонтный завод", schema="Organization").match
    assert compare("ZorARZ", "АО «Зорянский авиаремонтный завод»", schema="Organization").match
    assert compare("ЗорАРЗ", "ZorARZ", schema="Organization").match
    # the syllable must start the first word
    assert not compare("ЗорАРЗ", "Вербовский авиаремонтный завод", schema="Organization").match
    assert not compare("ЗорАРЗ", "ВерАРЗ", schema="Organization").match


def test_belarusian_dative_of_first_name_and_patronymic() -> None:
    g = given_info("Злаце")          # Злата: т softened to ц in the dative
    assert g is not None and g.fine == given_info("Злата").fine
    assert patronymic("Міхайлаўне") is not None
    sh = shape_of("Злаце Міхайлаўне")
    assert sh.kind == FIRST_PATR and sh.gender == "f"


def test_ukrainian_vocative_forms() -> None:
    assert given_info("Олено") is not None
    p = patronymic("Степанівно")
    assert p is not None and p.gender == "f"
    assert shape_of("Олено Степанівно").kind == FIRST_PATR


def test_unknown_first_name_tied_to_its_correspondent(tmp_path: Path) -> None:
    mail = "b.zhanatov@zavod.example.kz"
    ents = _case(tmp_path, [
        ("PER", "Жанатов Берикжан Аскарович", "from", {"email": mail, "source": "header"}),
        ("PER", "Берикжан", "signature", {"tie_email": mail, "source": "signature"}),
    ])
    assert len(ents) == 1


def test_first_name_tie_to_two_people_joins_no_one(tmp_path: Path) -> None:
    ents = _case(tmp_path, [
        ("PER", "Жанатов Берикжан Аскарович", "from", {"email": "b.zhanatov@zavod.example.kz"}),
        ("PER", "Омаров Берикжан Серикович", "from", {"email": "b.omarov@zavod.example.kz"}),
        ("PER", "Берикжан", "signature", {"tie_email": "b.zhanatov@zavod.example.kz"}),
        ("PER", "Берикжан", "body", {"tie_email": "b.omarov@zavod.example.kz"}),
    ])
    assert len(ents) == 3


def test_plain_name_alone_joins_the_firm(tmp_path: Path) -> None:
    ents = _case(tmp_path, [
        ("ORG", "ООО «НПЦ «Ветрогорье-Электроника»", "body", {"source": "pattern"}),
        ("ORG", "Ветрогорье-Электроника", "body", {"source": "vocab", "weak": True}),
    ])
    assert len(ents) == 1
    assert "Ветрогорье-Электроника" in next(iter(ents.values()))
