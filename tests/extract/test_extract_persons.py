"""Rule-based person names in every language (fictional people)."""

from paperchase.extract.persons import find_persons


def _found(text: str) -> dict[str, dict]:
    return {m.surface: m.extra for m in find_persons(text)}


def test_initials_both_orders_and_latin() -> None:
    got = _found("Подписал В.А. Кузнецов, согласовал Кузнецов В.А., copy to I. Ivanov and Petrenko O.")
    assert "В.А. Кузнецов" in got and got["В.А. Кузнецов"]["parts"]["initials"] == "В.А."
    assert "Кузнецов В.А." in got
    assert "I. Ivanov" in got


def test_full_russian_name_with_patronymic_lemma_and_gender() -> None:
    got = _found("Прошу оформить Сидоренко Марину Игоревну.\nСогласовано с Петром Ильичом Зуйко.")
    m = got["Сидоренко Марину Игоревну"]
    assert m["gender"] == "f"
    assert m["parts"]["first"] == "Марину" and m["parts"]["patronymic"] == "Игоревну"
    assert "Марина" in m["lemma"]


def test_belarusian_and_ukrainian_names() -> None:
    got = _found("Дзякуй, Святлана Іванаўна. Перадай Андрэю Міхайлавічу. Шановний Тарас Богданович!")
    assert got["Святлана Іванаўна"]["gender"] == "f"
    assert "Андрэю Міхайлавічу" in got
    assert "Тарас Богданович" in got


def test_titles_and_title_free_form() -> None:
    got = _found("Dear Mr. Oleg Petrenko, Herrn P. Marchuk and Frau Kowalczyk; спадар Лапко.")
    assert got["Mr. Oleg Petrenko"]["untitled"] == "Oleg Petrenko"
    assert got["Mr. Oleg Petrenko"]["gender"] == "m"
    assert "Herrn P. Marchuk" in got
    assert got["Frau Kowalczyk"]["gender"] == "f"
    assert "спадар Лапко" in got


def test_passport_caps_need_a_cue_or_first_name() -> None:
    assert "SYCHOU ALIAKSEI" in _found("Lead guest: SYCHOU ALIAKSEI")
    assert "MAKARAVA VOLHA" in _found("Passport holder MAKARAVA VOLHA")
    assert _found("PLEASE NOTE THE DEADLINE") == {}


def test_latin_surname_gender_from_belarusian_endings() -> None:
    got = _found("Mr Uladzislau Sychou and Mrs Volha Sychova; Tatsiana Makarava")
    assert got["Tatsiana Makarava"]["gender"] == "f"
    assert got["Mr Uladzislau Sychou"]["gender"] == "m"


def test_first_name_alone_and_surname_alone() -> None:
    got = _found("Спасибо, Вася, выручил.\nПередайте Тимофееву.")
    assert "Вася" in got
    assert got["Тимофееву"]["lemma"] == "Тимофеев"


def test_sentence_openers_are_not_names() -> None:
    got = _found("Сканы Алена отправит сама. Итоги подведём завтра.")
    assert "Сканы Алена" not in got
    assert "Алена" in got


def test_words_beside_a_place_and_firms_are_not_names() -> None:
    got = _found("Thank you for choosing Marina Bay Hotel Apartments, Dubai Marina.")
    assert got == {}


def test_chinese_characters_beside_a_latin_name() -> None:
    got = _found("Best regards,\nMr. Zhang Wei 张伟\n")
    assert "张伟" in got
    assert "张伟" not in _found("型号 机床 说明")


def test_diminutive_of_a_known_first_name() -> None:
    assert "Тарасику" in _found("Привіт, Тарасику!")


def test_common_word_beside_initials_is_no_name() -> None:
    assert _found("Ф.И.О. Должность") == {}


def test_a_form_of_address_opens_the_name_after_a_position():
    found = [m.surface for m in find_persons("as agreed with your Director General Mr Pavel Korzun, the order is firm")]
    assert found == ["Mr Pavel Korzun"]
    assert [m.surface for m in find_persons("Herrn Dr. Lukas Brenner")] == ["Herrn Dr. Lukas Brenner"]


def test_lemmas_of_oblique_names_no_lexicon_knows():
    from paperchase.extract.persons import oblique_lemma

    assert oblique_lemma("Ерланом Ахметовым") == "Ерлан Ахметов"
    assert oblique_lemma("Нурлану Ахметову") == "Нурлан Ахметов"
    assert oblique_lemma("Анной Петровой") is None  # a woman's: left to the dictionary
    assert [m.extra["lemma"] for m in find_persons("с Тимуром Саидовым")] == ["Тимур Саидов"]
    assert [m.extra["lemma"] for m in find_persons("с Иваном Петровым")] == ["Иван Петров"]


def test_a_name_filling_the_brackets_after_another_is_tied_to_it():
    found = {m.surface: m.extra.get("beside") for m in find_persons("Best regards,\nGrace Zhou (Zhou Meiling)\nSales")}
    assert found == {"Grace Zhou": None, "Zhou Meiling": "Grace Zhou"}


def test_a_position_word_before_initials_is_no_part_of_the_name() -> None:
    from paperchase.extract import persons

    assert [m.surface for m in persons.find_persons("Дырэктар Г.П. Ракавіцкі")] == ["Г.П. Ракавіцкі"]
    assert [m.surface for m in persons.find_persons("Director I. Kovrov")] == ["I. Kovrov"]


def test_a_bookings_title_after_a_name_in_capitals_is_kept() -> None:
    from paperchase.extract import persons

    assert [m.surface for m in persons.find_persons("PASSENGER 1: GORBACH VALERII MR")] == ["GORBACH VALERII MR"]


def test_lacinka_first_name_and_patronymic_open_a_sentence() -> None:
    got = _found("Kiryl,\n\nAlaksandr Piatrovič z nastupnaha tydnia ŭ adpačynku. Naša mama Valancina Sciapanaŭna"
                 " adčuvaje siabie lepš.")
    assert "Alaksandr Piatrovič" in got and "Valancina Sciapanaŭna" in got


def test_latin_surnames_written_in_cyrillic_and_titles_kept() -> None:
    from paperchase.extract.surnames import Surnames

    known = Surnames()
    known.add_full("Kerem Aydınoğlu")
    known.add("Novotný")
    got = [(m.surface, m.extra["lemma"]) for m in known.find("турэцкую прапанову (Багазічы, Айдыноглу) и Новотны.")]
    assert got == [("Айдыноглу", "Aydınoğlu"), ("Новотны", "Novotný")]
    assert "Ing. Pavel Novotný" in _found("Kind regards,\nIng. Pavel Novotný\nExport Sales Manager")


def test_an_abstract_noun_opening_a_line_is_no_name_and_an_imperative_is_no_first_name() -> None:
    got = [m.surface for m in find_persons("Адсутнасць Веранікі Ляховіч на занятках 12.10 дазволена.")]
    assert "Веранікі Ляховіч" in got and not any("Адсутнасць" in g for g in got)
    got = [m.surface for m in find_persons("Абдымі Бартоша і перадай прывітанне.")]
    assert not any("Абдымі" in g for g in got)


def test_a_state_s_name_is_no_person() -> None:
    assert find_persons("учится в Варшаве (Республика Польша), имеет карту") == []
