from datetime import date

from paperchase.findings.dates import find_dates, message_date


def first(text, ref, tense=""):
    h = find_dates(text, ref, tense)[0]
    return (h.year, h.month, h.day)


def test_explicit_and_range_dates():
    ref = date(2023, 1, 10)
    assert first("с 27.12.2022 по 07.01.2023", ref) == (2022, 12, 27)
    assert first("з 8 па 22 ліпеня 2023 г.", ref) == (2023, 7, 8)
    assert first("from 20 to 24 February", ref) == (2023, 2, 20)
    assert first("12MAR2023 MINSK (MSQ)", ref) == (2023, 3, 12)


def test_month_names_read_against_the_message_date():
    assert first("в мае поедем", date(2023, 1, 10), "future")[:2] == (2023, 5)
    assert first("у траўні паедзем", date(2023, 8, 1), "future")[:2] == (2024, 5)
    assert first("у травні були", date(2023, 8, 1), "past")[:2] == (2023, 5)
    assert first("in March we went", date(2023, 4, 2), "past")[:2] == (2023, 3)


def test_new_year_is_the_december_before_it():
    assert first("на Новый год летим", date(2023, 11, 20))[:2] == (2023, 12)
    assert first("сустрэлі Новы год у горах", date(2024, 1, 5))[:2] == (2023, 12)


def test_belarusian_my_is_not_may():
    assert find_dates("Мая жонка вярнулася", date(2023, 6, 1)) == []


def test_message_date_parses_offsets():
    assert message_date("2023-05-12T10:10:00+03:00") == date(2023, 5, 12)
    assert message_date(None) is None


def test_next_week_and_last_month_are_read_from_the_mails_date():
    (h,) = find_dates("На следующей неделе лечу в Тбилиси", date(2025, 8, 28))
    assert (h.year, h.month) == (2025, 9)
    (h,) = find_dates("У мінулым месяцы ездзілі ў Мазыр", date(2025, 7, 10))
    assert (h.year, h.month) == (2025, 6)


def test_a_day_and_month_after_from_or_to_take_the_mails_year_and_units_are_no_dates():
    got = [(h.month, h.day) for h in find_dates("с 07.09 по 13.09.2025 летим", date(2025, 8, 26))]
    assert got == [(9, 7), (9, 13)]
    assert find_dates("толщина от 1.5 мм до 2.50 мм", date(2025, 8, 26)) == []


def test_a_day_alone_takes_the_month_named_before_it_or_the_mails():
    ref = date(2024, 8, 22)
    assert first("Алеся 30-го летит обратно", ref) == (2024, 8, 30)
    assert first("обратно 3-го.", ref) == (2024, 9, 3)
    assert [(h.month, h.day) for h in find_dates("вылет 28 мая, обратно 3-го.", ref)] == [(5, 28), (6, 3)]
    assert first("10-го вернулся", ref, "past") == (2024, 8, 10)
    assert find_dates("живёт на 2-го этажа", ref) == []
