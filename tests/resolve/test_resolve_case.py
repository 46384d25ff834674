"""resolve_case on small cases built from mention rows (fictional names)."""

from __future__ import annotations

import json
from pathlib import Path

from paperchase.resolve import resolve_case
from paperchase.store import Case


class Builder:
    """Insert one message and mention rows into a fresh case."""

    def __init__(self, root: Path) -> None:
        self.case = Case.create(root)
        with self.case.transaction():
            cur = self.case.db.execute(
                "INSERT INTO messages (sha256, content_hash, message_id, has_message_id) VALUES (?, ?, ?, 1)",
                ("0" * 64, "0" * 64, "<m1@example.by>"))
        self.msg = cur.lastrowid

    def add(self, label: str, surface: str, field: str = "body", **extra: object) -> int:
        with self.case.transaction():
            cur = self.case.db.execute(
                "INSERT INTO mentions (message_id, field, surface, label, extra) VALUES (?, ?, ?, ?, ?)",
                (self.msg, field, surface, label, json.dumps(extra, ensure_ascii=False)))
        return int(cur.lastrowid or 0)

    def resolve(self) -> dict[str, set[str]]:
        n = resolve_case(self.case)
        rows = self.case.db.execute("SELECT id, names FROM entities").fetchall()
        assert n == len(rows)
        return {r[0]: set(json.loads(r[1])) for r in rows}

    def entity_of(self, surface: str) -> str | None:
        row = self.case.db.execute("SELECT entity_id FROM mentions WHERE surface = ?", (surface,)).fetchone()
        return row[0] if row else None


def test_resolution_merges_scripts_cases_initials_and_keeps_the_wife_apart(tmp_path: Path) -> None:
    b = Builder(tmp_path / "case")
    for s in ["Игорь Мельчаков", "Ihar Melchakou", "Igor Melchakov", "И. Мельчакову", "Melchakov I.",
              "Мельчакова Светлана", "Sviatlana Melchakova"]:
        b.add("PER", s)
    b.resolve()
    him = {b.entity_of(s) for s in ["Игорь Мельчаков", "Ihar Melchakou", "Igor Melchakov", "И. Мельчакову",
                                    "Melchakov I."]}
    her = {b.entity_of(s) for s in ["Мельчакова Светлана", "Sviatlana Melchakova"]}
    assert len(him) == 1 and len(her) == 1 and him != her
    rel = b.case.db.execute("SELECT left_id, right_id, kind FROM relations").fetchall()
    assert {(r[2]) for r in rel} == {"family_hint"}
    assert {frozenset((r[0], r[1])) for r in rel} == {frozenset(him | her)}


def test_email_ties_display_names_but_not_a_shared_mailbox(tmp_path: Path) -> None:
    b = Builder(tmp_path / "case")
    b.add("PER", "Tsimafei Hrabko", "from", email="t.hrabko@plant.example.by")
    b.add("PER", "Тимофей Грабко", "to", email="t.hrabko@plant.example.by")
    b.add("EMAIL", "t.hrabko@plant.example.by", "from", email="t.hrabko@plant.example.by")
    b.add("PER", "Оксана Дзюбина", "from", email="office@plant.example.by")
    b.add("PER", "Максим Ярчук", "from", email="office@plant.example.by")
    ents = b.resolve()
    assert b.entity_of("Tsimafei Hrabko") == b.entity_of("Тимофей Грабко")
    assert b.entity_of("t.hrabko@plant.example.by") == b.entity_of("Tsimafei Hrabko")
    assert b.entity_of("Оксана Дзюбина") != b.entity_of("Максим Ярчук")
    props = json.loads(b.case.db.execute("SELECT properties FROM entities WHERE id = ?",
                                         (b.entity_of("Tsimafei Hrabko"),)).fetchone()[0])
    assert props["email"] == ["t.hrabko@plant.example.by"]
    assert len(ents) == 3


def test_partial_forms_join_only_an_unambiguous_person(tmp_path: Path) -> None:
    b = Builder(tmp_path / "case")
    for s in ["Павел Сергеевич Лыскович", "Паша", "П.С. Лыскович", "Павел Сергеевич", "Лысковичу",
              "Ирина Борисовна Куцко", "Ирина Куцко", "Ирина Куцко-Лаш", "Ирине Борисовне"]:
        b.add("PER", s)
    b.resolve()
    pavel = b.entity_of("Павел Сергеевич Лыскович")
    for s in ["Паша", "П.С. Лыскович", "Павел Сергеевич", "Лысковичу"]:
        assert b.entity_of(s) == pavel, s
    assert b.entity_of("Ирине Борисовне") == b.entity_of("Ирина Борисовна Куцко")


def test_ambiguous_initial_stays_alone(tmp_path: Path) -> None:
    b = Builder(tmp_path / "case")
    for s in ["Андрей Тузиков", "Антон Тузиков", "А. Тузиков"]:
        b.add("PER", s)
    b.resolve()
    assert b.entity_of("А. Тузиков") not in {b.entity_of("Андрей Тузиков"), b.entity_of("Антон Тузиков")}


def test_organisations_places_and_platforms(tmp_path: Path) -> None:
    b = Builder(tmp_path / "case")
    for s in ["ОАО «Речицкий электромеханический завод»", "OJSC Rechitsa Electromechanical Plant", "ОАО «РЭМЗ»",
              "Речицкий электромеханический завод", "ААТ «Рэчыцкі электрамеханічны завод»"]:
        b.add("ORG", s)
    b.add("ORG", "remz", "from", weak=True, domain="remz.example.by")
    b.add("ORG", "gmail", "from", weak=True, domain="gmail.example.com")
    for s in ["Baranavichy", "Барановичах", "Baranovichi", "Баранавічы"]:
        b.add("LOC", s, country="by")
    for s in ["Ми-8", "Mi-8", "Мі-8", "Су-25"]:
        b.add("PLATFORM", s)
    ents = b.resolve()
    org = b.entity_of("ОАО «РЭМЗ»")
    assert {b.entity_of(s) for s in ["OJSC Rechitsa Electromechanical Plant", "Речицкий электромеханический завод",
                                     "ААТ «Рэчыцкі электрамеханічны завод»", "remz"]} == {org}
    assert b.entity_of("gmail") is None
    assert len({b.entity_of(s) for s in ["Baranavichy", "Барановичах", "Baranovichi", "Баранавічы"]}) == 1
    assert b.entity_of("Ми-8") == b.entity_of("Mi-8") == b.entity_of("Мі-8") != b.entity_of("Су-25")
    schemas = dict(b.case.db.execute("SELECT id, schema FROM entities").fetchall())
    assert schemas[org] == "Company"
    assert schemas[b.entity_of("Mi-8")] == "Airplane"
    assert schemas[b.entity_of("Baranovichi")] == "Address"
    assert "by" in json.loads(b.case.db.execute("SELECT properties FROM entities WHERE id = ?",
                                                (org,)).fetchone()[0]).get("country", [])
    assert len(ents) == 4


def test_ids_are_stable_and_rerun_replaces(tmp_path: Path) -> None:
    b = Builder(tmp_path / "case")
    b.add("PER", "Игорь Мельчаков")
    b.add("PER", "Igor Melchakov")
    first = b.resolve()
    second = b.resolve()
    assert first == second
    assert b.case.db.execute("SELECT count(*) FROM entities").fetchone()[0] == 1


def test_address_without_display_name_finds_its_owner_and_captions_are_latin(tmp_path: Path) -> None:
    b = Builder(tmp_path / "case")
    b.add("PER", "Игорь Васильевич Ракитский")
    b.add("PER", "Ирина Гурьянова")
    b.add("EMAIL", "i.rakitski@plant.example.by", "to", email="i.rakitski@plant.example.by")
    b.add("EMAIL", "office@plant.example.by", "to", email="office@plant.example.by")
    b.resolve()
    him = b.entity_of("Игорь Васильевич Ракитский")
    assert b.entity_of("i.rakitski@plant.example.by") == him
    assert b.entity_of("office@plant.example.by") is None
    name, props = b.case.db.execute("SELECT name, properties FROM entities WHERE id = ?", (him,)).fetchone()
    assert name == "Igor Vasilyevich Rakitskiy"
    assert json.loads(props)["email"] == ["i.rakitski@plant.example.by"]


def test_a_bare_word_that_is_the_one_distinctive_word_of_a_firm_joins_it(tmp_path: Path) -> None:
    # NER reads a Chinese firm's short name in Russian as a surname
    b = Builder(tmp_path / "case")
    b.add("ORG", "Ningbo Haoyu Precision Machine Co., Ltd.")
    b.add("PER", "Хаоюй")
    b.resolve()
    assert b.entity_of("Хаоюй") == b.entity_of("Ningbo Haoyu Precision Machine Co., Ltd.")


def test_a_firm_in_another_script_in_the_signatures_of_one_domain_is_that_domains_firm(tmp_path: Path) -> None:
    b = Builder(tmp_path / "case")
    b.add("ORG", "АО «ВЗТ»")
    b.add("ORG", "vzt", "from", domain="vzt.example.ru", name="vzt", source="domain", weak=True)
    b.add("PER", "Олег Крутов", "from", email="o.krutov@vzt.example.ru")
    b.add("PER", "Oleg Krutov", "signature")
    b.add("ORG", "JSC Volzhsky Turbine Works", "signature", person="Oleg Krutov")
    b.add("ORG", "Hartmann Tools GmbH", "signature", person="Jan Hartmann")
    b.add("PER", "Jan Hartmann", "from", email="j.hartmann@hartmann.example.de")
    b.resolve()
    assert b.entity_of("JSC Volzhsky Turbine Works") == b.entity_of("АО «ВЗТ»")
    assert b.entity_of("Hartmann Tools GmbH") != b.entity_of("АО «ВЗТ»")


def test_a_person_known_only_in_a_case_form_is_captioned_by_the_nominative(tmp_path: Path) -> None:
    b = Builder(tmp_path / "case")
    b.add("PER", "Ерланом Саидовым", lemma="Ерлан Саидов")
    b.add("PER", "Пестрякова Аркадия Вениаминовича", lemma="Пестрякова Аркадий Вениаминович")  # half read
    b.resolve()
    names = {r[0] for r in b.case.db.execute("SELECT name FROM entities")}
    assert "Yerlan Saidov" in names
    assert not any(n.startswith("Pestryakova Arkadiy") for n in names)


def test_a_name_in_brackets_after_another_is_the_same_person(tmp_path: Path) -> None:
    b = Builder(tmp_path / "case")
    b.add("PER", "Grace Zhou", "signature")
    b.add("PER", "Zhou Meiling", "signature", beside="Grace Zhou")
    b.resolve()
    assert b.entity_of("Grace Zhou") == b.entity_of("Zhou Meiling")


def test_a_firm_is_captioned_by_its_nominative_not_a_case_form(tmp_path: Path) -> None:
    b = Builder(tmp_path / "case")
    b.add("ORG", "ОАО «Ведрицкий центр трансмиссий»")
    b.add("ORG", "Ведрицкого центра трансмиссий")
    b.resolve()
    (name,) = [r[0] for r in b.case.db.execute("SELECT name FROM entities")]
    assert name.startswith("Vedritskiy")


def test_a_person_only_ever_called_by_first_name_is_one_person(tmp_path: Path) -> None:
    b = Builder(tmp_path / "case")
    for s in ["Глеб", "Глеба", "Глебу", "Гліба"]:
        b.add("PER", s)
    b.resolve()
    assert len({b.entity_of(s) for s in ["Глеб", "Глеба", "Глебу", "Гліба"]}) == 1


def test_a_legal_form_of_one_country_places_the_firm(tmp_path: Path) -> None:
    b = Builder(tmp_path / "case")
    b.add("ORG", "Desert Falcon General Trading FZE")
    b.add("ORG", "ООО «Ромашка»")  # ООО: Russia, Belarus, others: no country from it
    b.resolve()
    props = {r[0]: json.loads(r[1]) for r in b.case.db.execute("SELECT name, properties FROM entities")}
    assert props["Desert Falcon General Trading"]["country"] == ["ae"]
    assert "country" not in next(v for k, v in props.items() if "Romashka" in k or "Ромашка" in k)


def test_a_lone_unknown_first_name_joins_the_one_person_of_that_name(tmp_path: Path) -> None:
    b = Builder(tmp_path / "c")
    b.add("PER", "Гарипова Алсу Маратовна")
    b.add("PER", "Алсу")
    b.add("PER", "Гарипов Ринат Ильдарович")
    b.resolve()
    assert b.entity_of("Алсу") == b.entity_of("Гарипова Алсу Маратовна")


def test_first_name_and_patronymic_join_a_fuzzy_lexicon_reading(tmp_path: Path) -> None:
    b = Builder(tmp_path / "c")
    b.add("PER", "Ганеева Лилия Маратовна")
    b.add("PER", "Лилия Маратовна")
    b.resolve()
    assert b.entity_of("Лилия Маратовна") == b.entity_of("Ганеева Лилия Маратовна")


def test_a_contracted_patronymic_ilyich_is_a_patronymic_not_a_surname(tmp_path: Path) -> None:
    b = Builder(tmp_path / "case")
    for s in ["Ведерников Тарас Ильич", "Тарас Ильич", "Тарасом Ильичом", "Тарасу Ильичу", "Лидия Кузьминична",
              "Бабич Лидия Кузьминична"]:
        b.add("PER", s)
    b.resolve()
    taras = b.entity_of("Ведерников Тарас Ильич")
    for s in ["Тарас Ильич", "Тарасом Ильичом", "Тарасу Ильичу"]:
        assert b.entity_of(s) == taras, s
    assert b.entity_of("Лидия Кузьминична") == b.entity_of("Бабич Лидия Кузьминична")


def test_a_colloquial_patronymic_alone_is_the_one_man_of_that_patronymic(tmp_path: Path) -> None:
    b = Builder(tmp_path / "case")
    for s in ["Ведерников Аркадий Семёнович", "А.С. Ведерников", "Семёныч", "Семёнычу", "Тарас Николаевич Лис",
              "Николаич", "Ольга Семёновна Брык"]:
        b.add("PER", s)
    b.resolve()
    assert b.entity_of("Семёныч") == b.entity_of("Семёнычу") == b.entity_of("Ведерников Аркадий Семёнович")
    assert b.entity_of("Николаич") == b.entity_of("Тарас Николаевич Лис")
