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


def test_first_name_and_patronymic_of_a_three_word_name_sign_above_a_quote():
    text = "Фёдор, расчёт к пятнице.\n\nЗ.Т.\n\n02.10.2023, Ковальчук Ф.И. пишет:\n> Жду расчёт.\nФ.И.\n"
    got = correspondent_names(_msg(text, "Коваль Зиновий Тарасович"), [])
    assert [m.surface for m in got] == ["З.Т."]
    got = correspondent_names(_msg(text, "Коваль З.Т."), [])
    assert [m.surface for m in got] == ["З.Т."]


def test_initials_after_a_dash_close_the_text_and_read_across_scripts():
    got = correspondent_names(_msg("Фёдор, ждём результатов. – Ю.К.", "Yuri Koval"), [])
    assert [(m.surface, m.field) for m in got] == [("Ю.К.", "signature")]
    assert correspondent_names(_msg("Фёдор, ждём результатов. – А.К.", "Yuri Koval"), []) == []
