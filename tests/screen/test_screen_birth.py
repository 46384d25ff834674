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
