from paperchase.parse.language import detect_language


def test_cyrillic_languages() -> None:
    assert detect_language("Просим согласовать график ремонта изделий на следующий квартал") == "ru"
    assert detect_language("Просім узгадніць графік рамонту вырабаў на наступны квартал") == "be"
    assert detect_language("Просимо погодити графік ремонту виробів на наступний квартал") == "uk"


def test_latin_languages_and_short() -> None:
    assert detect_language("Please find attached the updated quotation for the delivery terms") == "en"
    assert detect_language("Bitte finden Sie anbei das aktualisierte Angebot für die Lieferung") == "de"
    assert detect_language("ok") is None
    assert detect_language("") is None
