"""Quoted history, attribution lines and signature blocks."""

from paperchase.extract.segments import signature, split

BODY = """Иван Петрович, согласен.

С уважением,
Сидоренко А.В.
главный инженер

12.03.2023 10:15, Петров Иван Петрович:
> Алексей Викторович, посмотрите смету.
>
> И.П. Петров
"""


def test_split_maps_back_to_body_offsets() -> None:
    segs = split(BODY)
    assert [s.depth for s in segs] == [0, 0, 1]
    quoted = segs[2]
    assert quoted.text.startswith("Алексей Викторович")
    i = quoted.text.index("И.П. Петров")
    s, e = quoted.span(i, i + len("И.П. Петров"))
    assert BODY[s:e] == "И.П. Петров"


def test_signature_after_sign_off() -> None:
    new = split(BODY)[0].text
    sig = signature(new)
    assert sig is not None
    assert new[sig[0]:sig[1]] == "Сидоренко А.В.\nглавный инженер"


def test_signature_as_short_last_paragraph() -> None:
    text = "Прошу оформить пропуск на 20.09.2022.\nВремя: 12:30.\n\nПетров И.П.\n"
    sig = signature(text)
    assert sig is not None and text[sig[0]:sig[1]] == "Петров И.П."


def test_no_signature_in_a_long_last_paragraph() -> None:
    assert signature("Привет.\n\nЭто длинное последнее предложение письма, которое явно не подпись человека.") is None


def test_forward_header_starts_a_segment() -> None:
    body = "Посмотри.\n\n-------- Пересылаемое сообщение --------\nОт: Foo <a@b.example>\n\nDear Sir,\n"
    segs = split(body)
    assert len(segs) == 2 and segs[1].forwarded


def test_sign_off_and_name_on_one_line() -> None:
    text = "Жду ответа.\n\nС уважением, Петров Иван\nтел. +375 29 100-00-00\n"
    sig = signature(text)
    assert sig is not None and text[sig[0]:sig[1]] == "Петров Иван\nтел. +375 29 100-00-00"


def test_a_bare_name_line_with_a_position_under_it_is_a_signature_without_a_blank_line():
    text = ("Dear Sirs,\nVolga Turbine Works kindly asks for your quotation for one balancing machine for rotors up to"
            " 3 t.\nOleg Krutov\nExport Manager, JSC Volga Turbine Works")
    start, end = signature(text)
    assert text[start:end] == "Oleg Krutov\nExport Manager, JSC Volga Turbine Works"
    # a last line that is a name with nothing under it stays body text
    assert signature("Привет,\nзавтра встречаемся у проходной\nАнна Сидорова\n") is None
