"""natasha over Russian text, cached and batched."""

import pytest

from paperchase.extract import ner


def test_ner_finds_russian_names_and_skips_belarusian() -> None:
    if not ner.available():
        pytest.skip("natasha is not installed")
    text = "Вчера Игорь Семёнович Круглов прилетел в Новосибирск на переговоры."
    hits = ner.find_ner(text)
    assert any(h.label == "PER" and "Круглов" in h.surface for h in hits)
    assert any(h.label == "LOC" and h.surface == "Новосибирск" for h in hits)
    for h in hits:
        assert text[h.start:h.end] == h.surface
    assert ner.find_ner("Учора Ігар Сямёнавіч прыляцеў у Мінск.") == []


def test_prefetch_fills_the_cache() -> None:
    if not ner.available():
        pytest.skip("natasha is not installed")
    texts = ["Директор Олег Нестеренко подписал приказ.", "Приехала Анна Кравец из Гомеля."]
    ner.prefetch(texts)
    assert all(t in ner._cache for t in texts)


def test_a_person_with_initials_read_into_a_units_name_is_a_person() -> None:
    if not ner.available():
        pytest.skip("natasha is not installed")
    hits = ner.find_ner("Анкета принятой в КБ Сабировой Д.Е. для оформления допуска - во вложении.")
    assert any(h.label == "PER" and h.surface == "Сабировой Д.Е." for h in hits)
    assert not any(h.label == "ORG" and "Сабировой" in h.surface for h in hits)
