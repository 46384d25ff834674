"""Names no lexicon knows, read through the words around them: a first name
in the case of its patronymic, a passport's SURNAME GIVEN, a booking's title
after the name, French "M." and -ine, a lone first name. All fictional."""

from paperchase.resolve.names import compare
from paperchase.resolve.names.morph import given_in_case_of
from paperchase.resolve.names.person import parse_person, strip_honorifics


def test_first_name_takes_the_case_of_its_patronymic():
    assert given_in_case_of("Ринату", "Ильдаровичу") == "Ринат"
    assert given_in_case_of("Ерлана", "Кайратовича") == "Ерлан"
    assert given_in_case_of("Тимуром", "Айдаровичем") == "Тимур"
    assert given_in_case_of("Гульназ", "Ринатовной") == "Гульназ"   # a woman's consonant name does not decline
    assert given_in_case_of("Камилю", "Маратовну") == "Камиля"
    assert given_in_case_of("Ринат", "Ильдарович") == "Ринат"


def test_dative_full_name_of_an_unknown_first_name_matches_the_nominative():
    assert compare("Гарипову Ринату Ильдаровичу", "Гарипов Ринат Ильдарович", schema="Person").match
    assert not compare("Гарипову Ринату Ильдаровичу", "Гарипов Рустем Ильдарович", schema="Person").match


def test_passport_caps_read_surname_first():
    r = parse_person("GARYPAU RYNAT").readings[0]
    assert r.given is not None and r.given.fine.startswith("rinat")
    assert compare("GARYPAU RYNAT", "Гарипов Ринат Ильдарович", schema="Person").match


def test_booking_title_after_the_name_is_dropped():
    assert strip_honorifics("GARIPOV/RINAT MR") == "GARIPOV/RINAT"
    assert parse_person("GARIPOVA/ALINA MRS").gender == "f"


def test_french_monsieur_and_ine():
    assert strip_honorifics("M. Rinat Garipoff") == "Rinat Garipoff"
    assert strip_honorifics("M. Garipov") == "M. Garipov"      # an initial, not Monsieur
    assert compare("M. Rinat Khaïroulline", "Хайруллин Ринат", schema="Person").match


def test_polish_and_lacinka_case_forms():
    from paperchase.resolve.names.person import given_info

    for oblique, nominative in (("Nikity", "Никита"), ("Nikitą", "Никита"), ("Mikitu", "Мікіта"),
                                ("Aleksiejowi", "Алексей")):
        a, b = given_info(oblique), given_info(nominative)
        assert a is not None and b is not None and a.groups & b.groups, oblique
    assert compare("Aleksieja Garbuzowa", "Гарбузов Алексей Николаевич", schema="Person").match
    assert not compare("Aleksieja Garbuzowa", "Ирина Гарбузова", schema="Person").match
