"""Belarusian Łacinka and Polish case forms of country names (fictional text)."""

import pytest

from paperchase.extract.places import find_countries
from paperchase.extract.wordforms import lacinka


@pytest.mark.parametrize("cyr,lat", [("Беларусь", "Biełaruś"), ("беларускі", "biełaruski"), ("Расія", "Rasija"),
                                     ("Польшча", "Polšča"), ("Нямеччына", "Niamieččyna"), ("Аляксандр", "Alaksandr")])
def test_lacinka_transliteration(cyr: str, lat: str) -> None:
    assert lacinka(cyr) == lat


@pytest.mark.parametrize("text,code", [("z Biełarusi", "by"), ("u Polščy", "pl"), ("z Rasii", "ru"),
                                       ("biełaruskaha pašparta", "by"), ("obywatelka Białorusi", "by"),
                                       ("u Niamieččynu", "de")])
def test_lacinka_and_polish_inflected_countries(text: str, code: str) -> None:
    assert [h.code for h in find_countries(text)] == [code]


def test_czech_republic_abbreviation() -> None:
    assert [h.code for h in find_countries("ранее Lozhiska Novak, ЧР")] == ["cz"]
