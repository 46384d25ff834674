"""First-name forms the lexicon lists only in the nominative: the colloquial
vocative that drops the final -а ("Серёж,"), and the Ukrainian dative in
-ові/-еві. Short words stay out (a pronoun would read as a name)."""

from paperchase.resolve.names.morph import given_candidates
from paperchase.resolve.names.person import given_info


def test_truncated_vocative_reads_as_the_name():
    a, b = given_info("Любаш"), given_info("Любаша")
    assert a is not None and b is not None and a.groups & b.groups


def test_truncated_vocative_of_a_diminutive():
    a, b = given_info("Серёж"), given_info("Сергей")
    assert a is not None and b is not None and a.groups & b.groups


def test_short_words_get_no_vocative_reading():
    assert given_info("Вас") is None
    assert given_info("День") is None


def test_surname_gets_no_vocative_reading():
    assert given_info("Зубарев") is None


def test_ukrainian_dative_of_a_mans_name():
    a, b = given_info("Тарасові"), given_info("Тарас")
    assert a is not None and b is not None and a.groups & b.groups
    assert any(c.startswith("andri") for c in given_candidates("Андрієві"))


def test_ticket_form_is_no_caption():
    """"LAST/FIRST MS" is a booking's form: the caption is the plain full name."""
    from paperchase.resolve.entities import _person_caption
    from paperchase.resolve.forms import Form, norm_form
    from paperchase.resolve.persons import shape_of

    names = ["VOLKAVA/MARYIA MS", "Maryia Volkava"]
    forms = [Form(norm_form(n), "PER", n, count=1) for n in names]
    shapes = {f.key: shape_of(f.surface) for f in forms}
    assert _person_caption(forms, shapes) == "Maryia Volkava"
