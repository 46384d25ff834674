"""Organisation patterns in ru, be, uk, en, de (fictional firms)."""

from paperchase.extract.orgs import find_orgs


def _strong(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.surface, m.extra.get("legal_form"), m.extra["name"]) for m in find_orgs(text)
            if m.extra["source"] == "pattern"]


def test_legal_form_with_guillemets_ru_be_uk() -> None:
    got = _strong("Договор с ОАО «Заря», ААТ «Світанак» и ТОВ «Зоря-Плюс».")
    assert ("ОАО «Заря»", "ОАО", "Заря") in got
    assert ("ААТ «Світанак»", "ААТ", "Світанак") in got
    assert ("ТОВ «Зоря-Плюс»", "ТОВ", "Зоря-Плюс") in got


def test_nested_quotes_and_the_one_mark_shortcut() -> None:
    got = _strong("АО «НПП «Полёт»» и АО «ОКБ «Сокол» в городе")
    surfaces = [g[0] for g in got]
    assert "АО «НПП «Полёт»»" in surfaces
    assert "АО «ОКБ «Сокол»" in surfaces
    assert ("АО «ОКБ «Сокол»", "АО", "ОКБ «Сокол»") in got


def test_straight_quotes_and_long_forms() -> None:
    got = _strong('ООО "Ромашка". Открытое акционерное общество «Ветерок». '
                  'Open Joint Stock Company "Breeze Works". Адкрытае акцыянернае таварыства «Ветрык»')
    assert ('ООО "Ромашка"', "ООО", "Ромашка") in got
    assert ("Открытое акционерное общество «Ветерок»", "ОАО", "Ветерок") in got
    assert ('Open Joint Stock Company "Breeze Works"', "ОАО", "Breeze Works") in got
    assert ("Адкрытае акцыянернае таварыства «Ветрык»", "ОАО", "Ветрык") in got


def test_latin_legal_suffixes() -> None:
    got = _strong("Please pay Fooland Precision Tools Co., Ltd. and Bergmann Fräsen GmbH; "
                  "Anadolu Parca San. ve Tic. Ltd. Şti. and Nordwind Avia OJSC.")
    names = {g[2]: g[1] for g in got}
    assert names["Fooland Precision Tools"] == "Co., Ltd."
    assert names["Bergmann Fräsen"] == "GmbH"
    assert names["Anadolu Parca"] == "San. ve Tic. Ltd. Şti."
    assert names["Nordwind Avia"] == "OJSC"


def test_adjective_led_names_and_kind_with_quote() -> None:
    got = [g[0] for g in _strong("Работы для Зареченского моторного завода, Камышанскае КБ и "
                                 "Полесское конструкторское бюро «Стрела».")]
    assert "Зареченского моторного завода" in got
    assert "Камышанскае КБ" in got
    assert "Полесское конструкторское бюро «Стрела»" in got


def test_latin_org_noun_and_bracketed_abbreviation() -> None:
    got = _strong("To: OJSC Zarechny Aero-Engine Plant (ZAEP), attn. Mr Ivanou")
    assert ("OJSC Zarechny Aero-Engine Plant", "OJSC", "Zarechny Aero-Engine Plant") in got
    assert ("ZAEP", None, "ZAEP") in got


def test_bare_guillemets_are_weak() -> None:
    weak = [m for m in find_orgs("запросите у «Бергмана» предложение") if m.extra.get("weak")]
    assert [m.surface for m in weak] == ["Бергмана"]


def test_no_org_in_plain_sentence() -> None:
    assert _strong("Ремонтные предприятия отрасли жалуются на сроки.") == []


def test_a_describing_kind_word_before_a_latin_name_is_not_the_firm() -> None:
    from paperchase.extract.orgs import find_orgs

    assert not find_orgs("Сингапурская фирма Lumen Axis Tools предлагает станки.")
    assert [m.surface for m in find_orgs("Литовская компания «Вента Тех» ответила.")][-1] == "Вента Тех"


def test_a_firm_in_chinese_characters_beside_its_latin_name_stands_for_it():
    text = "Export Sales Manager\nNingbo Haoyu Precision Machine Co., Ltd.\n宁波豪宇精密机械有限公司\n"
    han = [m for m in find_orgs(text) if m.surface.endswith("有限公司")]
    assert [m.extra["name"] for m in han] == ["Ningbo Haoyu Precision Machine Co., Ltd."]
    assert not [m for m in find_orgs("Примечание: 宁波豪宇精密机械有限公司 в реестре.") if "有限公司" in m.surface]


def test_belarusian_short_legal_form_before_a_quoted_name():
    assert any(m.extra.get("legal_form") == "АА" for m in find_orgs("інжынер па якасці АА «ВЗТ»"))


def test_a_straight_quote_right_after_a_word_closes_a_name():
    found = [m.surface for m in find_orgs('предлагаем ОАО "Ведрицкий радиоэлектронный завод" совместно с АО "ДКБ"')]
    assert 'ОАО "Ведрицкий радиоэлектронный завод"' in found and 'АО "ДКБ"' in found
    assert not any("совместно" in f for f in found)
    assert [m.extra["name"] for m in find_orgs("Kind regards,\nAnka Ölçüm Sistemleri A.Ş.")] == ["Anka Ölçüm Sistemleri"]


def test_a_works_name_is_no_firm_and_a_position_is_no_part_of_a_firms_name():
    found = [m.surface for m in find_orgs("Протокол о совместном выполнении ОКР «Ясень» с АО «Вектор».")]
    assert "Ясень" not in found and "АО «Вектор»" in found
    assert [m.extra["name"] for m in find_orgs("General Director of Volga Gearbox Plant")] == ["Volga Gearbox Plant"]


def test_what_a_firm_makes_in_the_genitive_is_part_of_its_name():
    assert [m.surface for m in find_orgs("специалисты Ведрицкого центра трансмиссий приняли проект")] == [
        "Ведрицкого центра трансмиссий"]


def test_a_latin_legal_form_before_one_unquoted_word() -> None:
    assert ("JSC Verbena", "JSC", "Verbena") in _strong("Acme Tools Ltd. and JSC Verbena propose a joint study.")
    # more capitalised words after it: the Latin name patterns take the whole name
    assert not [s for s in _strong("OJSC Verbena Engine Plant agreed.") if s[0] == "OJSC Verbena"]


def test_a_latin_legal_form_before_an_acronym() -> None:
    assert ("AO VRZ", "AO", "VRZ") in _strong("Dobrodošli u AO VRZ, Novosibirsk.")
    assert ("AO VRZ Kedr", "AO", "VRZ Kedr") in _strong("Invoice to AO VRZ Kedr, Ryazan.")


def test_a_small_word_with_diacritics_before_a_suffix_legal_form() -> None:
    from paperchase.extract.orgs import find_orgs

    got = [(m.surface, m.extra["name"]) for m in find_orgs("Export Sales Manager\nMoravská ložiska a.s.\nPřerov")]
    assert got == [("Moravská ložiska a.s.", "Moravská ložiska")]
    assert find_orgs("we bought them from Foo Trading before GmbH rules") == []


def test_a_quoted_designation_and_a_straight_quoted_work_name_are_no_firms() -> None:
    from paperchase.extract.orgs import find_orgs, work_names

    assert not [m for m in find_orgs("по беспилотнику «Кречет-2» и с «Вереском»") if "Кречет" in m.surface]
    assert work_names('Тема: Предложение о совместной ОКР "Кречет-2"') == ["Кречет-2"]


def test_a_lists_numbering_is_no_part_of_a_name() -> None:
    from paperchase.extract.orgs import find_orgs

    got = [(m.surface, m.extra["name"]) for m in find_orgs("Поставщики:\n3. Veltrona S.p.A., Italy")]
    assert got == [("Veltrona S.p.A.", "Veltrona")]


def test_a_contract_s_defined_term_is_no_firm() -> None:
    from paperchase.extract.orgs import find_orgs

    got = [m.surface for m in find_orgs("ОАО «Завод», именуемое в дальнейшем «Исполнитель 1», и ООО «Бета» "
                                        "(далее — «Заказчик»)")]
    assert "Исполнитель 1" not in got and "Заказчик" not in got


def test_a_name_after_a_designation_is_the_product_s() -> None:
    from paperchase.extract.orgs import find_orgs

    assert [m.surface for m in find_orgs("калибровочный комплекс КМК-1Р «Мерило» для стендов")] == []
