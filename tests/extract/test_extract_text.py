"""All extractors over one text: offsets, quoting and pathological input."""

import time

from paperchase.extract.text import text_mentions


def test_mentions_map_back_into_quoted_text() -> None:
    body = "Спасибо.\n\n01.02.2023 10:00, Петров И.И.:\n> Передайте Сидоренко А.В. в Гродно.\n"
    got = text_mentions(body, "body")
    quoted = [m for m in got if m.extra.get("quoted")]
    assert {m.surface for m in quoted} >= {"Сидоренко А.В.", "Гродно"}
    for m in got:
        assert body[m.start:m.end] == m.surface


def test_long_lines_stay_linear() -> None:
    line = " ".join(["Alpha", "Beta", "Gamma", "Ltd", "Co.", "&", "of", "WORD"] * 2500)
    t = time.perf_counter()
    text_mentions(line, "body")
    assert time.perf_counter() - t < 5


def test_damaged_text_does_not_raise() -> None:
    for text in ["«" * 3000 + "»", "\x00\ufffd" * 1000, "> " * 5000, "Ми-" * 2000, "+(((" * 500, ""]:
        text_mentions(text, "body")


def test_position_beside_a_name_becomes_its_role() -> None:
    got = {m.surface: m.extra for m in text_mentions(
        "Письмо подписал Петров И.И., главный инженер ОАО «Заря». Заявление главного конструктора Сидоренко А.В.",
        "body")}
    assert got["Петров И.И."]["role"] == "chief engineer"
    assert got["Петров И.И."]["org"] == "Заря"
    assert got["Сидоренко А.В."]["role"] == "chief designer"


def test_quoted_header_line_ties_name_and_address() -> None:
    body = "См. ниже.\n\n-------- Пересылаемое сообщение --------\nОт: Зуйко Нина Павловна <n.zuiko@zavod.example.by>\n"
    per = [m for m in text_mentions(body, "body") if m.label == "PER"]
    assert per and per[0].surface == "Зуйко Нина Павловна"
    assert per[0].extra["email"] == "n.zuiko@zavod.example.by"


def test_a_correspondents_display_name_is_found_again_in_bodies():
    from paperchase.extract.mention import Mention
    from paperchase.extract.surnames import Surnames, collect

    known = Surnames()
    collect(known, [Mention("PER", "Ravindra Pillai", None, None, {"source": "header", "email": "r@x.example.in",
                                                                   "weak": True}, "from")])
    assert [m.surface for m in known.find("the details: Ravindra Pillai, born 1981, Indian citizen")] == [
        "Ravindra Pillai"]


def test_a_plants_department_abbreviation_is_no_organisation() -> None:
    from paperchase.extract.text import text_mentions

    found = text_mentions("Б.Р. Ахметов\nначальник отдела МТО\n\nСчёт передан в ОТК и в МТО.", "body")
    assert not [m for m in found if m.label == "ORG" and m.surface in ("МТО", "ОТК")]
