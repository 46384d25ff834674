from __future__ import annotations

from paperchase.screen.forms import is_initial, is_short, name_gender, names_gender, screening_names


def test_persons_are_screened_by_their_fullest_names():
    names = ["Зайцев", "П.Е. Зайцеву", "Зайцев П.Е.", "Pyotr Zaitsev", "Зайцев Пётр Евгеньевич",
             "Зайцева Петра Евгеньевича", "Пётр Евгеньевич"]
    got = screening_names(names, "Person")
    assert set(got) == {"Зайцев Пётр Евгеньевич", "Зайцева Петра Евгеньевича"}


def test_two_word_names_when_no_patronymic_is_known():
    got = screening_names(["Zaitsev", "P. Zaitsev", "Pyotr Zaitsev", "Петр Зайцев"], "Person")
    assert set(got) == {"Pyotr Zaitsev", "Петр Зайцев"}


def test_initials_or_surname_only_when_nothing_else():
    assert screening_names(["Зайцев П.Е.", "Зайцеву"], "Person") == ["Зайцев П.Е."]
    assert screening_names(["Зайцеву"], "Person") == ["Зайцеву"]


def test_organisations_keep_every_form_long_ones_first():
    got = screening_names(["Вымпел", "ООО «Вымпел-Тест»", "Vympel-Test LLC"], "Company")
    assert got[-1] == "Вымпел" and len(got) == 3
    assert is_short("ООО «Вымпел»", "Company") and not is_short("ООО «Вымпел-Тест Сервис»", "Company")


def test_initials():
    assert is_initial("П.") and is_initial("П.Е.") and is_initial("V")
    assert not is_initial("Пётр") and not is_initial("Ли")


def test_gender_from_patronymics_in_three_word_names():
    assert name_gender("Зайцева Петра Евгеньевича") == "male"  # genitive, not a woman
    assert name_gender("Зайцева Ольга Евгеньевна") == "female"
    assert name_gender("ZAITSEVA, Olga Yevgenyevna") == "female"
    assert name_gender("ZAITSEV, Pyotr Yevgenyevich") == "male"
    assert name_gender("Зайцаў Пётра Яўгенавіч") == "male"
    assert name_gender("Зайцава Вольга Яўгенаўна") == "female"
    assert name_gender("Зайченко Ольга Петрівна") == "female"
    assert name_gender("Olga Abramovich") is None  # a surname, not a patronymic
    assert name_gender("Вольга Абрамовіч Пятроўна") == "female"


def test_names_gender_majority():
    assert names_gender(["Зайцев Пётр Евгеньевич", "Pyotr Zaitsev"]) == "male"
    assert names_gender(["Pyotr Zaitsev"]) is None


def test_gender_of_first_name_and_patronymic():
    assert name_gender("Ирина Петровна") == "female"
    assert name_gender("Ірына Пятроўна") == "female"
    assert name_gender("Пётр Евгеньевич") is None


def test_honorifics_are_no_part_of_a_name():
    assert is_short("Mr Zaitsev", "Person") and is_short("г-н Зайцев", "Person")
    assert not is_short("Mr Pyotr Zaitsev", "Person")
    assert screening_names(["Mr Zaitsev", "Herr P. Zaitsev", "Pyotr Zaitsev"], "Person") == ["Pyotr Zaitsev"]
