"""extract_case over a small case built here (fictional people and firms)."""

import json
from pathlib import Path

from paperchase.extract import extract_case
from paperchase.store.case import Case

BODY = """Андрей Петрович, добрый день.

Отправляем два Ми-8МТВ-1 на ремонт в ОАО «Зареченский авиаремонтный завод», Минск. \
Вопросы по борту решает Сидоренко А.В.

С уважением,
Петренко Олег Иванович
главный конструктор
тел. +375 17 200-11-22

12.03.2023 10:15, Марчук Андрей Петрович:
> Олег Иванович, ждём ваши борта в Гродно.
"""

ATTACHMENT = "Заявка ОАО «Зареченский авиаремонтный завод». Заказчик: Mr. Ivan Kavalenka, Warsaw, Poland."


def _case(root: Path) -> Case:
    case = Case.create(root)
    with case.transaction():
        case.db.execute(
            "INSERT INTO messages (id, sha256, content_hash, message_id, has_message_id, date, date_utc,"
            " sender, recipients, subject, text, language) VALUES (1, 'aa', 'aa', '<m1@example.by>', 1,"
            " '2023-03-12T11:00:00+03:00', '2023-03-12T08:00:00Z', ?, ?, 'Ремонт Ми-8 для Зареченского завода', ?, 'ru')",
            (json.dumps([{"name": "Петренко Олег Иванович", "email": "o.petrenko@zarzavod.example.by"}]),
             json.dumps({"to": [{"name": "Марчук А.П.", "email": "a.marchuk@zarzavod.example.by"}], "cc": []}),
             BODY))
        case.db.execute("INSERT INTO attachments (id, message_id, idx, filename, content_type, text)"
                        " VALUES (7, 1, 0, 'zayavka.docx', 'application/docx', ?)", (ATTACHMENT,))
        case.db.execute(
            "INSERT INTO messages (id, sha256, content_hash, message_id, has_message_id, sender, recipients,"
            " subject, text) VALUES (2, 'bb', 'bb', '<m2@example.by>', 1, '[]', '{}', 'Re', ?)",
            ("Передайте Зареченскому авиаремонтному заводу, что ЗАЗ ждёт.",))
    return case


def _rows(case: Case) -> list[dict]:
    cur = case.db.execute("SELECT * FROM mentions ORDER BY id")
    return [dict(r) | {"extra": json.loads(r["extra"])} for r in cur]


def test_extract_case_writes_mentions_from_every_place(tmp_path: Path) -> None:
    case = _case(tmp_path / "c")
    n = extract_case(case)
    rows = _rows(case)
    assert n == len(rows) > 10
    assert all(r["entity_id"] is None for r in rows)
    got = {(r["field"], r["label"], r["surface"]) for r in rows}
    assert ("from", "PER", "Петренко Олег Иванович") in got
    assert ("from", "EMAIL", "o.petrenko@zarzavod.example.by") in got
    assert ("to", "PER", "Марчук А.П.") in got
    assert ("body", "PLATFORM", "Ми-8МТВ-1") in got
    assert ("body", "ORG", "ОАО «Зареченский авиаремонтный завод»") in got
    assert ("body", "PER", "Сидоренко А.В.") in got
    assert ("signature", "PER", "Петренко Олег Иванович") in got
    assert ("signature", "POSITION", "главный конструктор") in got
    assert ("signature", "PHONE", "+375 17 200-11-22") in got
    assert ("body", "LOC", "Минск") in got
    assert ("attachment", "PER", "Mr. Ivan Kavalenka") in got
    assert ("attachment", "LOC", "Poland") in got


def test_offsets_extras_and_quoted(tmp_path: Path) -> None:
    case = _case(tmp_path / "c")
    extract_case(case)
    rows = _rows(case)
    for r in rows:
        if r["start"] is None:
            continue
        text = BODY if r["field"] in ("body", "signature") else (
            ATTACHMENT if r["field"] == "attachment" else None)
        if text is not None and r["message_id"] == 1:
            assert text[r["start"]:r["end"]] == r["surface"]
    att = [r for r in rows if r["field"] == "attachment"]
    assert att and all(r["attachment_id"] == 7 for r in att)
    sig = [r for r in rows if r["field"] == "signature" and r["label"] == "PER"][0]
    assert sig["extra"]["role"] == "chief designer"
    assert sig["extra"]["gender"] == "m"
    plat = [r for r in rows if r["label"] == "PLATFORM"][0]
    assert plat["extra"]["code"] == "mi-8"
    loc = [r for r in rows if r["surface"] == "Гродно"][0]
    assert loc["extra"]["quoted"] is True and loc["extra"]["country"] == "by"


def test_second_pass_finds_short_names_and_rerun_replaces(tmp_path: Path) -> None:
    case = _case(tmp_path / "c")
    first = extract_case(case)
    again = extract_case(case)
    assert first == again == case.db.execute("SELECT count(*) FROM mentions").fetchone()[0]
    second = {(r["label"], r["surface"]) for r in _rows(case) if r["message_id"] == 2}
    assert ("ORG", "Зареченскому авиаремонтному заводу") in second


def test_a_signature_of_the_senders_first_name_is_the_sender() -> None:
    from types import SimpleNamespace

    from paperchase.extract.run import message_mentions

    msg = SimpleNamespace(
        sender=[{"name": "Гульшат Сабирова", "email": "gulshat.s@mail.example.ru"}], to=[], cc=[],
        subject="Бронь", attachments=[],
        text="Ринат, санаторий подтвердил бронь на нас троих, письмо ниже.\n\nГульшат\n")
    sig = [m for m in message_mentions(msg) if m.field == "signature" and m.surface == "Гульшат"]
    assert sig and sig[0].label == "PER" and sig[0].extra["email"] == "gulshat.s@mail.example.ru"


def test_a_bare_quoted_name_given_elsewhere_as_a_works_name_is_no_firm(tmp_path: Path) -> None:
    case = Case.create(tmp_path / "c")
    texts = ["Продолжаем работы по ОКР «Сапсан» с партнёром.", "По «Сапсану» поменялась доля: теперь 55/45.",
             "Привет от «Вереска», они ждут оплату."]
    with case.transaction():
        for pk, text in enumerate(texts, 1):
            case.db.execute(
                "INSERT INTO messages (id, sha256, content_hash, message_id, has_message_id, sender, recipients,"
                " subject, text) VALUES (?, ?, ?, ?, 1, '[]', '{}', 'Re', ?)",
                (pk, f"s{pk}", f"s{pk}", f"<m{pk}@example.ru>", text))
    extract_case(case)
    orgs = {r["surface"] for r in _rows(case) if r["label"] == "ORG"}
    assert "Вереска" in orgs
    assert not {"Сапсан", "Сапсану"} & orgs


def test_a_headers_offsets_hide_nothing_in_the_body(tmp_path: Path) -> None:
    """A From header's mention spans 0..n of the header; the body's first
    words are still looked for in the second pass."""
    case = Case.create(tmp_path / "c")
    with case.transaction():
        for pk, text in enumerate(["Заказ размещён в Kornblatt Wälzlager AG.", "по Корнблатту: склад пуст."], 1):
            case.db.execute(
                "INSERT INTO messages (id, sha256, content_hash, message_id, has_message_id, sender, recipients,"
                " subject, text) VALUES (?, ?, ?, ?, 1, ?, '{}', 'Re', ?)",
                (pk, f"s{pk}", f"s{pk}", f"<m{pk}@example.ru>",
                 json.dumps([{"name": "Голубева Ирина Олеговна", "email": "i.golubeva@zavod.example.ru"}]), text))
    extract_case(case)
    second = {(r["label"], r["surface"]) for r in _rows(case) if r["message_id"] == 2 and r["field"] == "body"}
    assert ("ORG", "Корнблатту") in second


def test_a_place_natasha_saw_where_the_case_knows_a_firm_is_the_firm(tmp_path: Path) -> None:
    case = Case.create(tmp_path / "c")
    with case.transaction():
        for pk, text in enumerate(["Заказ размещён в Veltrona S.p.A., Milano.", "Гуарнитал и Велтрона отменили заказ."], 1):
            case.db.execute(
                "INSERT INTO messages (id, sha256, content_hash, message_id, has_message_id, sender, recipients,"
                " subject, text) VALUES (?, ?, ?, ?, 1, '[]', '{}', 'Re', ?)",
                (pk, f"s{pk}", f"s{pk}", f"<m{pk}@example.ru>", text))
        case.db.execute("INSERT INTO mentions (message_id, field, surface, label, start, end, extra) VALUES"
                        " (2, 'body', 'Велтрона', 'LOC', 12, 20, '{\"source\": \"ner\"}')")
    from paperchase.extract.run import _second_pass
    from paperchase.extract.vocab import Vocabulary

    voc = Vocabulary()
    voc.add("Veltrona")
    _second_pass(case, voc)
    rows = {(r["label"], r["surface"]) for r in _rows(case) if r["message_id"] == 2}
    assert ("ORG", "Велтрона") in rows and ("LOC", "Велтрона") not in rows
