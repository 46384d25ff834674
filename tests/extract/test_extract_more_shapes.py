"""Name and firm shapes: a surname that is a common animate noun, a
booking's SURNAME/GIVEN passenger, nested straight quotes, a legal form
before an unquoted name, a firm cited by the first words of its name, a town
after the word for a town, and R&D-work abbreviations. All names fictional."""

from paperchase.extract import vocab
from paperchase.extract.text import text_mentions


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.label, m.surface) for m in text_mentions(text, "body")]


def test_noun_surname_before_first_name_and_patronymic_is_kept():
    got = _found("Фамилия, имя, отчество: Кузнец Тарас Зиновьевич\nДата: 01.01.2001")
    assert ("PER", "Кузнец Тарас Зиновьевич") in got


def test_noun_surname_in_genitive_is_kept():
    got = _found("Направить в командировку:\nКузнеца Тараса Зиновьевича — инженера;")
    assert ("PER", "Кузнеца Тараса Зиновьевича") in got


def test_verb_before_first_name_and_patronymic_is_still_dropped():
    got = _found("Поздравляем Тараса Зиновьевича с юбилеем")
    assert ("PER", "Тараса Зиновьевича") in got
    assert not any(s.startswith("Поздравляем") for _, s in got)


def test_noun_surname_with_initials_is_a_person():
    got = _found("Копию принесу.\n\nТ.И. Кузнец")
    assert ("PER", "Т.И. Кузнец") in got


def test_inanimate_word_beside_initials_is_no_person():
    got = _found("Т.И. Договор подписан")
    assert ("PER", "Т.И. Договор") not in got


def test_ticket_passengers_surname_slash_given():
    got = _found("Пассажиры: PETRENKA/ALIAKSEI MR, VOLKAVA/MARYIA MS")
    assert ("PER", "PETRENKA/ALIAKSEI MR") in got
    assert ("PER", "VOLKAVA/MARYIA MS") in got


def test_route_with_slash_is_no_passenger():
    got = _found("Маршрут: ZORIN/VELTA, обратно тем же рейсом")
    assert not any(lab == "PER" and "/" in s for lab, s in got)


def test_nested_straight_quotes_keep_the_legal_form():
    got = _found('Просим согласовать.\n\nКанцелярия АО "СКБ "Ясень"')
    assert ("ORG", 'АО "СКБ "Ясень"') in got


def test_plain_straight_quotes_unchanged():
    got = _found('Договор с ООО "Ромашка" и ЗАО "Берёза"')
    assert ("ORG", 'ООО "Ромашка"') in got and ("ORG", 'ЗАО "Берёза"') in got


def test_legal_form_before_unquoted_name():
    got = _found("Счёт от ООО Ромашка-Плюс пришёл вчера.")
    assert ("ORG", "ООО Ромашка-Плюс") in got


def test_bureau_kind_alone_is_no_bare_firm():
    got = _found("Отчёт ОКБ Завтра будет.")
    assert ("ORG", "ОКБ Завтра") not in got


def test_firm_cited_by_its_first_two_words():
    v = vocab.Vocabulary()
    v.add("Qingfeng Lanshan Hydraulic Pump Co., Ltd.")
    got = [m.surface for m in vocab.find(v.gazetteer(), "further to our call, Qingfeng Lanshan can supply")]
    assert "Qingfeng Lanshan" in got


def test_town_after_abbreviated_town_word_is_a_place():
    got = _found("С уважением,\nТ.И. Кузнец\nг. Тамбов")
    assert ("PER", "Тамбов") not in got
    assert any(lab == "LOC" and s == "Тамбов" for lab, s in got)


def test_rd_work_abbreviation_is_no_organisation():
    got = _found("Направляю договор о совместном выполнении ОКР и НИР по двигателю.")
    assert not any(lab == "ORG" and s in ("ОКР", "НИР") for lab, s in got)


def test_noun_surname_seen_with_patronymic_is_found_alone_inside_a_sentence():
    from paperchase.extract import surnames

    known = surnames.Surnames()
    known.add("Пастух", strong=True)
    got = [m.surface for m in known.find("Протокол у Пастуха. Пастух сказал.")]
    assert got == ["Пастуха"]


def test_noun_surname_seen_with_first_name_only_is_not_looked_for():
    from paperchase.extract import surnames

    known = surnames.Surnames()
    known.add("Пастух")
    assert known.find("Протокол у Пастуха.") == []


def test_lone_town_name_is_no_bare_surname():
    assert not any(lab == "PER" for lab, _ in _found("Тамбов"))
    assert ("PER", "Зубарев") in _found("Зубарев")
