"""The case's organisation vocabulary: short names, inflections, acronyms."""

from paperchase.extract.vocab import Vocabulary, find


def test_distinctive_words_and_core_names() -> None:
    v = Vocabulary()
    v.add("Fooland Jinmao Machine Tool")
    v.add("Fooland Huaxin Trading")
    gaz = v.gazetteer()
    got = [m.surface for m in find(gaz, "Jinmao and Fooland Huaxin, Jinmao's offer; Fooland port")]
    assert "Jinmao" in got and "Jinmao's" in got
    assert "Fooland Huaxin" in got
    assert "Fooland" not in got  # shared by two firms: names neither


def test_inflected_cyrillic_short_name() -> None:
    v = Vocabulary()
    v.add("Бергман")
    got = [m.surface for m in find(v.gazetteer(), "письмо от Бергмана и у «Бергману»; бергман")]
    assert got == ["Бергмана", "Бергману"]


def test_acronyms_of_adjective_led_names() -> None:
    v = Vocabulary()
    v.add_acronyms("Зареченский авиаремонтный завод", "Зареченский авиаремонтный завод")
    v.add_acronyms("Полесское моторное конструкторское бюро", "Полесское моторное конструкторское бюро")
    got = [m.surface for m in find(v.gazetteer(), "на ЗАРЗ и в ПМКБ; ZARZ; ЗАО")]
    assert got == ["ЗАРЗ", "ПМКБ", "ZARZ"]


def test_a_latin_firm_word_written_in_cyrillic_and_declined() -> None:
    v = Vocabulary()
    v.add("Kornblatt Wälzlager AG")
    v.add("Qiaoxing Surface Technology")
    got = {m.surface: m.extra["name"] for m in find(v.gazetteer(), "по Корнблатту: склад пуст; с Корнблаттом"
                                                                    " договорились; Цяосин ответил. Карта у Корнеева.")}
    assert got == {"Корнблатту": "Kornblatt Wälzlager AG", "Корнблаттом": "Kornblatt Wälzlager AG",
                   "Цяосин": "Qiaoxing Surface Technology"}


def test_the_head_of_a_hyphenated_name_is_a_short_name() -> None:
    v = Vocabulary()
    v.add("Вестар-Комплект")
    got = [m.surface for m in find(v.gazetteer(), "Остатки у Вестара - шесть штук.")]
    assert got == ["Вестара"]


def test_one_firms_name_in_capitals_and_as_written_is_one_owner() -> None:
    v = Vocabulary()
    v.add("Kvirila Aero Parts")
    v.add("KVIRILA AERO PARTS")
    got = [m.surface for m in find(v.gazetteer(), "счёт от поставщика (Квирила) оплачен")]
    assert got == ["Квирила"]


def test_a_word_pymorphy_reads_as_another_word_is_no_dictionary_word() -> None:
    v = Vocabulary()
    v.add("Luoyang Hengtai Precision Bearing")
    got = [m.surface for m in find(v.gazetteer(), "рассматриваются образцы Хэнтай (КНР)")]
    assert got == ["Хэнтай"]


def test_an_aspirate_th_meets_its_cyrillic_tkh() -> None:
    v = Vocabulary()
    v.add("Vishwanath Grinding Systems")
    got = [m.surface for m in find(v.gazetteer(), "договорились с Вишванатхом, а Вишванатху отправим аванс")]
    assert got == ["Вишванатхом", "Вишванатху"]


def test_one_firm_under_two_generic_names_keeps_its_short_name() -> None:
    v = Vocabulary()
    v.add("НПП «Кронвальд-Авионика»")
    v.add("Научно-производственное предприятие «Кронвальд-Авионика»")
    v.add('НПП "Кронвальд-Авионика')
    got = [m.surface for m in find(v.gazetteer(), "долю Кронвальда - 40 процентов, Кронвальд ждёт")]
    assert got == ["Кронвальда", "Кронвальд"]


def test_a_latin_name_in_a_declined_as_a_feminine_noun() -> None:
    v = Vocabulary()
    v.add("Kurotama Seiki Co., Ltd.")
    got = [m.surface for m in find(v.gazetteer(), "станок Куротамы не продадут, от Куротаме ответа нет")]
    assert got == ["Куротамы", "Куротаме"]
