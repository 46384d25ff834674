from __future__ import annotations

from paperchase.screen.birth import years_after


def test_birth_dates_written_after_a_name():
    text = ("Я, Зайцев Пётр Евгеньевич, 12.04.1976 г.р., прошу. Жена – Зайцева Ольга Петровна, 25.08.1979 г.н.; "
            "Mr Ivan Fictionov, born 3 May 1971, and Lev Testov, DOB: 12.01.1955. Я, Зайцаў Пётр, 1960 г.н.")
    assert years_after(text, "Зайцев Пётр Евгеньевич") == [1976]
    assert years_after(text, "Зайцева Ольга Петровна") == [1979]
    assert years_after(text, "Ivan Fictionov") == [1971]
    assert years_after(text, "Lev Testov") == [1955]
    assert years_after(text, "Зайцаў Пётр") == [1960]


def test_other_dates_are_no_birth_dates():
    text = "Зайцев Пётр Евгеньевич приедет 12.04.2023. Зайцев Пётр Евгеньевич, договор от 01.02.2022 г."
    assert years_after(text, "Зайцев Пётр Евгеньевич") == []
    assert years_after("Зайцев Ольга Петровна", "Зайцев") == []  # the next words are no date


def test_birth_date_in_a_table_row_and_on_a_forms_next_line():
    from paperchase.screen.birth import years_after

    row = "Мельников Олег Юрьевич\tMELNIKAU ALEH\t19.04.1976\tРеспублика Беларусь"
    assert years_after(row, "Мельников Олег Юрьевич") == [1976]
    form = "ФИО: YILMAZ MEHMET (Мехмет Йылмаз), гражданство: Турецкая Республика\nДата рождения: 14.02.1979\n"
    assert years_after(form, "YILMAZ MEHMET") == [1979]
    # a trip's dates in the row are no birth date
    assert years_after("Мельников О.Ю.\tглавный инженер\t16.03.2026\tКНР", "Мельников О.Ю.") == []


def test_a_numbered_form_item_with_the_place_beside_the_date():
    text = "1. Фамилия, имя, отчество: Зайцев Пётр Евгеньевич\n2. Дата и место рождения: 03.09.1967, г. Вербов"
    assert years_after(text, "Зайцев Пётр Евгеньевич") == [1967]
    text = "Name: Petr Zaitsev\nPlace and date of birth: Verbov, 1967"
    assert years_after(text, "Petr Zaitsev") == []  # the place first: no date straight after the label


def test_an_age_after_the_name_and_a_jubilee_greeting_count_back_from_the_message_year():
    from paperchase.screen.birth import greeting_years

    text = "поздравительный адрес Шестопалову Виктору Ильичу: 14 июня ему исполняется 55 лет, текст тёплый."
    assert years_after(text, "Шестопалову Виктору Ильичу", year=2023) == [1968]
    assert years_after("адрес Шестопалову Виктору Ильичу (1968 г.р.) готов", "Шестопалову Виктору Ильичу") == [1968]
    assert greeting_years("От всего отдела поздравляю Вас с 60-летием! Желаю здоровья.", 2023) == [1963]
    assert greeting_years("Поздравляю Вас с Новым годом!", 2023) == []

