"""RFC 2047 decoding, broken encoded-words, addresses, ids and dates."""

from paperchase.parse.headers import decode_addresses, decode_value, message_id, message_ids, parse_date


def _b(text: str, charset: str = "utf-8") -> str:
    import base64

    return f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode()}?="


def test_b_and_q() -> None:
    assert decode_value(_b("Привет"))[0] == "Привет"
    assert decode_value("=?koi8-r?Q?=F0=D2=C9=D7=C5=D4_=CD=C9=D2?=")[0] == "Привет мир"
    assert decode_value("Re: " + _b("Счёт", "cp1251") + " 15")[0] == "Re: Счёт 15"


def test_adjacent_words_joined_and_split_character() -> None:
    raw = "Привет".encode()
    import base64

    left = base64.b64encode(raw[:3]).decode()
    right = base64.b64encode(raw[3:]).decode()
    value = f"=?utf-8?B?{left}?=\r\n =?utf-8?B?{right}?="
    assert decode_value(value)[0] == "Привет"


def test_missing_close_and_spaces() -> None:
    text, defects = decode_value("=?windows-1251?Q?=CF=F0=E8=E2=E5=F2 =EC=E8=F0")
    assert text == "Привет мир"
    assert any(d.kind == "rfc2047" for d in defects)


def test_wrong_charset_label() -> None:
    value = "=?koi8-r?B?" + __import__("base64").b64encode("Договор поставки".encode("cp1251")).decode() + "?="
    assert decode_value(value)[0] == "Договор поставки"


def test_raw_8bit_header() -> None:
    raw = "Отчёт за май".encode("koi8-r").decode("ascii", "surrogateescape")
    assert decode_value(raw)[0] == "Отчёт за май"
    raw = "Отчёт за май".encode("cp1251").decode("ascii", "surrogateescape")
    assert decode_value(raw, hint="windows-1251")[0] == "Отчёт за май"


def test_addresses_with_comma_in_name() -> None:
    addrs, _ = decode_addresses([_b("Петров, Иван") + " <ivan@plant.example>, \"Anna B\" <anna@x.example>"], "to")
    assert [(a.name, a.email) for a in addrs] == [("Петров, Иван", "ivan@plant.example"), ("Anna B", "anna@x.example")]


def test_address_without_name() -> None:
    addrs, _ = decode_addresses(["bob@x.example"], "from")
    assert addrs[0].email == "bob@x.example" and addrs[0].name == ""


def test_message_ids() -> None:
    assert message_id(" <abc@x.example> ") == "<abc@x.example>"
    assert message_id("abc@x.example") == "<abc@x.example>"
    assert message_ids("<a@x>\r\n <b@y>") == ["<a@x>", "<b@y>"]
    assert message_id("") is None


def test_dates() -> None:
    assert parse_date("Tue, 01 Dec 2026 10:00:00 +0300")[0] == "2026-12-01T10:00:00+03:00"
    assert parse_date("Tue, 01 Dec 2026 10:00:00 +0300 (MSK)")[0] == "2026-12-01T10:00:00+03:00"
    value, defects = parse_date("yesterday at noon")
    assert value is None and defects[0].kind == "date"
    value, defects = parse_date("Tue, 01 Dec 2026 10:00:00 -0000")
    assert value == "2026-12-01T10:00:00+00:00" and defects


def test_loose_dates() -> None:
    assert parse_date("2023-05-17 10:00:00 +03:00")[0] == "2023-05-17T10:00:00+03:00"
    assert parse_date("2023-05-17T10:00:00Z")[0] == "2023-05-17T10:00:00+00:00"
    value, defects = parse_date("17.05.2023 10:00")
    assert value == "2023-05-17T10:00:00+00:00" and "UTC" in defects[0].detail
