"""Positions and their English roles."""

import pytest

from paperchase.extract.roles import find_roles, role_of


@pytest.mark.parametrize(("text", "role"), [
    ("Главный конструктор", "chief designer"), ("главного конструктора", "chief designer"),
    ("галоўны канструктар", "chief designer"), ("головний конструктор", "chief designer"),
    ("Chief Designer", "chief designer"), ("генеральный директор", "general director"),
    ("заместителя генерального директора", "deputy general director"), ("директором", "director"),
    ("намеснік дырэктара", "deputy director"), ("Sales Manager", "sales manager"),
    ("начальник отдела", "head of department"), ("инженер", "engineer"), ("інжынер", "engineer"),
])
def test_roles(text: str, role: str) -> None:
    assert role_of(text) == role


def test_longest_phrase_and_word_bounds() -> None:
    hits = find_roles("заместитель генерального директора; Headquarters; Designers room")
    assert [h.extra["role"] for h in hits] == ["deputy general director", "designer"]


def test_plant_posts_beyond_the_common_ones() -> None:
    from paperchase.extract.roles import find_roles

    got = {m.extra["role"] for t in ["С.П. Ложечкин\nглавный метролог АО «ВЗ»", "Mr. Pavel Kruk, Chief Metrologist",
                                     "заместитель начальника отдела качества", "военпред Сомов"]
           for m in find_roles(t)}
    assert got == {"chief metrologist", "deputy head of quality", "military representative"}
