"""First names no lexicon knows, read by the patronymic beside them; Belarusian
and Ukrainian case forms of first name + patronymic (fictional names)."""

from __future__ import annotations

from paperchase.extract.headers import header_mentions
from paperchase.extract.persons import find_persons


def _found(text: str) -> list[tuple[str, dict[str, str]]]:
    return [(m.surface, m.extra.get("parts", {})) for m in find_persons(text)]


def test_full_name_with_unknown_first_name_on_a_form_line() -> None:
    assert _found("ФИО: Жанатов Берикжан Аскарович") == [
        ("Жанатов Берикжан Аскарович", {"last": "Жанатов", "first": "Берикжан", "patronymic": "Аскарович"})]


def test_unknown_first_name_with_patronymic_in_oblique_case() -> None:
    found = find_persons("Сердечно благодарю Айгуль Нурлановну.")
    assert [m.surface for m in found] == ["Айгуль Нурлановну"]
    assert found[0].extra["gender"] == "f"
    assert [m.surface for m in find_persons("Дзякуй Айгуль Нурланаўне.")] == ["Айгуль Нурланаўне"]


def test_surname_before_patronymic_is_not_taken_for_a_first_name() -> None:
    assert _found("Встреча с Петровым Ивановичем") == []


def test_belarusian_dative_with_softened_stem() -> None:
    assert [m.surface for m in find_persons("Перадавайце прывітанне Злаце Міхайлаўне.")] == ["Злаце Міхайлаўне"]


def test_greeting_word_is_no_surname() -> None:
    assert [m.surface for m in find_persons("Дорогий Тарасе, дякую.")] == ["Тарасе"]


def test_display_name_with_comma_is_a_person() -> None:
    found = [m for m in header_mentions("to", [{"name": "Кравец, Олег", "email": "ok@zavod.example.by"}])
             if m.label == "PER"]
    assert [m.surface for m in found] == ["Кравец, Олег"]
    assert found[0].extra["email"] == "ok@zavod.example.by"


def test_desk_or_newsletter_display_name_is_no_person() -> None:
    found = header_mentions("from", [{"name": "Tooling Desk", "email": "desk@zavod.example.by"}])
    assert [m.label for m in found if m.surface == "Tooling Desk"] == ["ORG"]
    found = header_mentions("from", [{"name": "Foundry Weekly", "email": "news@foundry.example.com"}])
    assert not [m for m in found if m.label == "PER"]


def test_place_in_a_case_form_is_no_first_name() -> None:
    from paperchase.extract.text import plain_mentions

    labels = {(m.label, m.surface) for m in plain_mentions("Подъезжаем к Риму.")}
    assert ("PER", "Риму") not in labels and ("LOC", "Риму") in labels


def test_ukrainian_function_word_is_common_but_a_noun_may_be_a_surname() -> None:
    from paperchase.extract.persons import common_ru

    assert common_ru("Якщо")
    assert not common_ru("Чоботар")   # a noun, and a surname too
