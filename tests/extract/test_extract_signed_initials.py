"""A mail signed with the sender's initials alone ties them to the sender.
Fictional names."""

from types import SimpleNamespace

from paperchase.extract.correspondents import correspondent_names


def _msg(text: str, sender: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, sender=[{"name": sender, "email": "pk@example.org"}],
                           to=[{"name": "Фёдор", "email": "o@example.org"}], cc=[])


def test_initials_of_the_sender_sign_the_mail():
    got = correspondent_names(_msg("Фёдор, вернусь в пятницу.\nЗ.К.", "Зиновий Коваль"), [])
    assert [(m.surface, m.extra["tie_email"]) for m in got] == [("З.К.", "pk@example.org")]


def test_surname_first_display_name_matches_too():
    got = correspondent_names(_msg("Фёдор, вернусь в пятницу.\nЗ.К.", "Коваль Зиновий"), [])
    assert [m.surface for m in got] == ["З.К."]


def test_other_initials_tie_nothing():
    got = correspondent_names(_msg("Фёдор, вернусь в пятницу.\nА.Б.", "Зиновий Коваль"), [])
    assert got == []
