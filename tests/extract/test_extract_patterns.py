"""Aircraft designations, phones and e-mail addresses (fictional text)."""

import pytest

from paperchase.extract.patterns import find_emails, find_phones, find_platforms


@pytest.mark.parametrize(("text", "code"), [
    ("Ремонт Ми-8МТВ-1 завершён", "mi-8"), ("два Mi-8MTV-5", "mi-8"), ("Мі-8 у ангары", "mi-8"),
    ("Mi-17V-5 delivered", "mi-17"), ("борт Ми-17В-5", "mi-17"), ("штурмовик Су-25УБ", "su-25"),
    ("Su-25 upgrade", "su-25"), ("Ил-76МД на стоянке", "il-76"), ("An-26 spares", "an-26"),
    ("Ка-52 и", "ka-52"), ("учебный Як-130", "yak-130"), ("МиГ-29 в полку", "mig-29"),
    ("Ми-24П", "mi-24"), ("Ту-22М3", "tu-22"), ("Ми–26 (тире)", "mi-26"),
])
def test_platform_codes(text: str, code: str) -> None:
    hits = find_platforms(text)
    assert [h.extra["code"] for h in hits] == [code]
    assert text[hits[0].start:hits[0].end] == hits[0].surface


def test_platform_variant_kept_and_non_platforms_ignored() -> None:
    hits = find_platforms("Ми-8МТВ-1 и редуктор ВР-26, ТУ 14-1-2020, Mi8")
    assert [(h.surface, h.extra["variant"]) for h in hits] == [("Ми-8МТВ-1", "МТВ-1")]


def test_phones_need_plus_brackets_or_cue() -> None:
    text = ("Тел.: +375 216 21-45-67, моб. 8 (029) 123-45-67, факс (0216) 21-45-68. "
            "Дата 20.09.2022, цена 612 000 USD, заказ 114/22, 1250 1000 800 mm")
    got = [h.extra["phone"] for h in find_phones(text)]
    assert got == ["+375216214567", "80291234567", "0216214568"]


def test_phone_in_signature_without_cue() -> None:
    assert [h.surface for h in find_phones("212 45 67", cued=True)] == ["212 45 67"]
    assert find_phones("212 45 67") == []


def test_emails() -> None:
    hits = find_emails("пишите на I.Petrov@zavod.example.by или (sales@foo-bar.example.com).")
    assert [h.extra["email"] for h in hits] == ["i.petrov@zavod.example.by", "sales@foo-bar.example.com"]


def test_single_letter_cue_must_stand_alone() -> None:
    assert find_phones("meet at 2022 10 15") == []
    assert [h.surface for h in find_phones("т. 212-45-67")] == ["212-45-67"]
