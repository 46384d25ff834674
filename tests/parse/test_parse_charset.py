"""charset.decode on fictional Cyrillic and Western texts, in every codepage
the module claims, declared right, wrongly and not at all."""

import pytest

from paperchase.parse.charset import decode, fix_double_utf8, looks_mojibake

SENTENCES = [
    "Просим согласовать график поставки изделий на следующий квартал.",
    "Просім узгадніць графік пастаўкі вырабаў на наступны квартал.",
    "Просимо погодити графік постачання виробів на наступний квартал, її та ґанок є.",
    "Уважаемый Пётр Ильич, ООО «Ромашка» получило счёт №15.",
]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("codec", ["cp1251", "koi8-r", "koi8-u", "cp866", "iso8859-5", "mac-cyrillic", "utf-8"])
@pytest.mark.parametrize("declared", [None, "same", "koi8-r", "windows-1251", "iso-8859-1", "us-ascii"])
def test_cyrillic_any_label(text: str, codec: str, declared: str | None) -> None:
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        pytest.skip(f"{codec} cannot hold this text")
    label = codec if declared == "same" else declared
    out, _used, _defects = decode(data, label)
    if codec == "mac-cyrillic" and label == "windows-1251":
        # the two share the Russian lowercase letters: only capitals and the
        # Ukrainian letters differ, and a declared label is trusted within a
        # margin, so allow those to slip
        assert sum(a != b for a, b in zip(out, text, strict=True)) <= 10
        return
    assert out == text


def test_short_words() -> None:
    for word in ["Станки", "Грузия", "Счёт", "Аб пастаўцы"]:
        for codec in ["cp1251", "koi8-r"]:
            for label in [None, "koi8-r", "windows-1251", "iso-8859-1"]:
                if "ў" in word and codec == "koi8-r":
                    continue
                assert decode(word.encode(codec), label)[0] == word, (word, codec, label)


@pytest.mark.parametrize("text", ["Grüße aus München", "Café déjà vu, señor", "Zażółć gęślą jaźń"])
def test_western_not_read_as_cyrillic(text: str) -> None:
    codec = "iso8859-2" if "ż" in text else "cp1252"
    out, _used, _defects = decode(text.encode(codec), codec)
    assert out == text


def test_mislabel_is_recorded() -> None:
    text = "Привет, коллеги"
    out, used, defects = decode(text.encode("cp1251"), "koi8-r", "body")
    assert out == text and used == "cp1251"
    assert defects and defects[0].kind == "charset" and defects[0].where == "body"


def test_double_encoded_utf8() -> None:
    broken = "Сергей Иванович".encode().decode("cp1252", errors="replace")
    broken = "Сергей".encode().decode("latin-1").encode("utf-8")
    assert decode(broken, "utf-8")[0] == "Сергей"
    assert fix_double_utf8("plain text") is None


def test_broken_utf8_keeps_text() -> None:
    data = "Привет".encode()[:-1]
    out, _used, defects = decode(data, "utf-8")
    assert out == "Приве" and defects


def test_multibyte_labels_trusted() -> None:
    assert decode("こんにちは".encode("euc_jp"), "euc-jp")[0] == "こんにちは"
    assert decode("你好世界".encode("gb2312"), "gb2312")[0] == "你好世界"
    assert decode("こんにちは".encode("iso2022_jp"), "iso-2022-jp")[0] == "こんにちは"


def test_unknown_label() -> None:
    out, _used, defects = decode("Привет".encode("cp1251"), "x-no-such-charset")
    assert out == "Привет" and any("unknown" in d.detail for d in defects)


def test_mojibake_markers() -> None:
    assert looks_mojibake("Ð¡ÐµÑ€Ð³ÐµÐ¹")
    assert looks_mojibake("Ñòàíêè")
    assert looks_mojibake("a\ufffdb")
    assert not looks_mojibake("Сергей, Grüße, café")


def test_label_aliases() -> None:
    from paperchase.parse.charset import normalise

    assert normalise("win-1251") == "cp1251"
    assert normalise("x-koi8-r") == "koi8-r"
    assert normalise("koi8-ru") == "koi8-u"
    assert normalise("x-mac-cyrillic") == "mac-cyrillic"
    assert normalise("no-such-thing") is None


def test_cyrillic_saved_as_latin1_utf8() -> None:
    for codec in ("cp1251", "koi8-r"):
        data = "Станки готовы к отгрузке".encode(codec).decode("latin-1").encode("utf-8")
        assert decode(data, "utf-8")[0] == "Станки готовы к отгрузке"
    german = "Grüße aus München, schöne Größe"
    assert decode(german.encode(), None)[0] == german


@pytest.mark.parametrize("word", ["СРОЧНО", "ВАЖНО", "ПРИГЛАШЕНИЕ", "ДОГОВОР ПОСТАВКИ", "ООО РОМАШКА", "АКТ",
                                  "ПРОТОКОЛ", "ИП Иванов", "Минск", "привет"])
def test_capitals_and_short_words_without_label(word: str) -> None:
    for codec in ("cp1251", "koi8-r"):
        assert decode(word.encode(codec))[0] == word, codec


def test_byte_order_marks() -> None:
    assert decode("\ufeffСписок".encode("utf-16-le"), "koi8-r")[0] == "Список"
    assert decode("\ufeffСписок".encode(), None)[0] == "Список"
