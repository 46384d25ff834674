"""Person mentions the rules used to miss (fictional names): a Belarusian
genitive full name after a verb, a diminutive, a name the extract lexicon
lacks, a surname with initials that is also a Russian word, and a case's own
surname found again alone."""

from paperchase.extract import persons, surnames
from paperchase.extract.mention import Mention


def _surfaces(text: str) -> list[str]:
    return [m.surface for m in persons.find_persons(text)]


def test_belarusian_genitive_full_name_after_a_verb() -> None:
    found = persons.find_persons("Камандзіраваць Коваля Івана Пятровіча, інжынера, у г. Брэст.")
    assert [m.surface for m in found] == ["Коваля Івана Пятровіча"]
    assert found[0].extra["gender"] == "m"


def test_a_full_name_is_not_taken_for_a_verb() -> None:
    assert "Чернышевский Вадим Леонидович" in _surfaces("Чернышевский Вадим Леонидович\tинженер")


def test_masculine_patronymic_decides_gender() -> None:
    found = persons.find_persons("Наказ аб прызначэнні Калінава Яраслава Мікалаевіча.")
    assert found and found[-1].extra["gender"] == "m"


def test_diminutive_and_latin_first_names_from_the_groups() -> None:
    assert _surfaces("Андрюша, я вярнулася ўчора.") == ["Андрюша"]
    assert "Yahor Kavalou" in _surfaces("Guests: Yahor Kavalou (12)")
    assert _surfaces("Тарасику, синочку, добрий вечір!") == ["Тарасику"]


def test_surname_with_initials_though_a_common_word() -> None:
    assert _surfaces("Купцов Я.Н.") == ["Купцов Я.Н."]   # also the genitive plural of a noun


def test_case_surnames_are_found_alone_in_their_forms() -> None:
    store = surnames.Surnames()
    surnames.collect(store, [Mention("PER", "Пётр Дубровач", 0, 14, {"parts": {"first": "Пётр",
                                                                                "last": "Дубровач"}})])
    found = store.find("Дубровачу - доклад, Дубровач отвечает, дубровач нет.")
    assert [m.surface for m in found] == ["Дубровачу", "Дубровач"]
    empty = surnames.Surnames()
    surnames.collect(empty, [Mention("PER", "Дубровач", 0, 8, {"parts": {"last": "Дубровач"}})])
    assert not empty.find("Дубровач")


def test_signature_surname_is_the_sender_and_found_again(tmp_path) -> None:
    import json

    from paperchase.extract import extract_case
    from paperchase.store.case import Case

    case = Case.create(tmp_path / "case")
    body1 = "Коллеги, в понедельник планерка.\nДубровачу - доклад по ремонту.\n\nКупцов\n"
    body2 = "Передайте П.Я. Дубровачу и Я.Н. Купцову отчёт.\n"
    with case.transaction():
        for i, body in ((1, body1), (2, body2)):
            case.db.execute(
                "INSERT INTO messages (id, sha256, content_hash, message_id, has_message_id, sender, recipients,"
                " subject, text) VALUES (?, ?, ?, ?, 1, ?, '{}', 'План', ?)",
                (i, str(i) * 2, str(i) * 2, f"<m{i}@example.by>",
                 json.dumps([{"name": "Купцов Я.Н.", "email": "director@plant.example.by"}]), body))
    extract_case(case)
    rows = [(r[0], r[1], json.loads(r[2])) for r in case.db.execute(
        "SELECT surface, label, extra FROM mentions WHERE message_id = 1")]
    assert ("Дубровачу", "PER") in {(s, lab) for s, lab, _ in rows}
    sig = [x for s, lab, x in rows if s == "Купцов" and lab == "PER"]
    assert sig and sig[0].get("email") == "director@plant.example.by"


def test_chinese_characters_remember_the_name_beside_them() -> None:
    found = {m.surface: m.extra for m in persons.find_persons("Contact: Mr. Li Ming 李明, sales")}
    assert found["李明"]["beside"] == "Li Ming"
