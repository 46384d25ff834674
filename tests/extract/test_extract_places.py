"""Countries and cities in every script and inflected form (fictional text)."""

import pytest

from paperchase.extract.places import country_code, find_all, find_countries, find_places

COUNTRY_FORMS = [
    ("Германия", "de"), ("в Германию", "de"), ("у Нямеччыну", "de"), ("Німеччина", "de"),
    ("to Germany", "de"), ("Deutschland", "de"), ("германский", "de"), ("немецкий", "de"),
    ("Russian Federation", "ru"), ("Российской Федерации", "ru"), ("РФ", "ru"), ("КНР", "cn"),
    ("Китай", "cn"), ("Taiwan", "tw"), ("тайваньский", "tw"), ("ОАЭ", "ae"),
    ("Объединённые Арабские Эмираты", "ae"), ("Объединенных Арабских Эмиратов", "ae"),
    ("UK", "gb"), ("Великобритании", "gb"), ("британский", "gb"), ("США", "us"),
    ("американского производства", "us"), ("EU", "eu"), ("ЕС", "eu"), ("у Чэхіі", "cz"),
    ("з Германіі", "de"), ("Німеччиною", "de"), ("Deutschlands", "de"), ("deu", "de"),
    ("by", "by"), ("Білорусі", "by"), ("Республики Беларусь", "by"), ("Литву", "lt"),
    ("Польше", "pl"), ("Chinese", "cn"), ("італьянскай", "it"), ("французької", "fr"),
]


@pytest.mark.parametrize(("text", "code"), COUNTRY_FORMS)
def test_country_code_forms(text: str, code: str) -> None:
    assert country_code(text) == code


def test_country_code_none() -> None:
    assert country_code("") is None
    assert country_code("просто слово") is None
    assert country_code("hello world") is None


def test_country_code_from_city() -> None:
    assert country_code("в Праге") == "cz"


def test_find_countries_spans_in_running_text() -> None:
    text = "Поставки из Германии и США через ОАЭ; немецкие комплектующие. Того же дня."
    hits = find_countries(text)
    assert [(h.surface, h.code) for h in hits] == [
        ("Германии", "de"), ("США", "us"), ("ОАЭ", "ae"), ("немецкие", "de")]
    for h in hits:
        assert text[h.start:h.end] == h.surface
    assert hits[0].lemma == "Германия" and hits[0].name == "Germany"


def test_ambiguous_country_needs_preposition() -> None:
    assert find_countries("Того же дня") == []
    assert [h.code for h in find_countries("поездка в Того")] == ["tg"]


def test_capitalised_names_only_in_text() -> None:
    assert find_countries("польша") == []
    assert [h.code for h in find_countries("Польша")] == ["pl"]


def test_latin_words_are_not_stems() -> None:
    assert find_countries("a letter from the PorT of PLz") == []


def test_find_places_cities_with_country_and_lemma() -> None:
    text = "Встреча в Праге, потом в Барановичах; Baranovichi, Baranavichy, у Баранавічах, у Мінску."
    hits = find_places(text)
    got = [(h.surface, h.code, h.lemma) for h in hits]
    assert ("Праге", "cz", "Прага") in got
    assert ("Барановичах", "by", "Барановичи") in got
    assert ("Baranovichi", "by", "Baranovichi") in got
    assert ("Baranavichy", "by", "Baranavichy") in got
    assert ("Баранавічах", "by", "Баранавічы") in got
    assert ("Мінску", "by", "Мінск") in got
    assert all(h.kind == "city" for h in hits)
    assert hits[0].name == "Prague"


def test_town_that_is_a_first_name_needs_preposition() -> None:
    assert find_places("Лида приехала вчера") == []
    assert [h.surface for h in find_places("Мы были в Лиде")] == ["Лиде"]
    assert find_places("Владимир позвонил") == []


def test_multiword_city_and_ukrainian() -> None:
    got = [(h.surface, h.code) for h in find_places("у Кривому Розі та в Києві, поблизу Карловых Вар")]
    assert ("Києві", "ua") in got
    assert ("Карловых Вар", "cz") in got


def test_find_all_prefers_longer_span() -> None:
    hits = find_all("офис в Mexico City")
    assert [(h.surface, h.kind) for h in hits] == [("Mexico City", "city")]


def test_the_english_word_island_is_no_iceland_and_polish_forms_still_are():
    from paperchase.extract.places import find_all
    assert [h.code for h in find_all("Al Marjan Island, Ras Al Khaimah, United Arab Emirates")] == ["ae"]
    assert [h.code for h in find_all("wakacje w Islandii")] == ["is"]
