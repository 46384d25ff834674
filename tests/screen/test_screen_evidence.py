from __future__ import annotations

from paperchase.screen.entry import ListEntry
from paperchase.screen.evidence import Subject, compatible, weigh
from paperchase.screen.values import parse_remarks


def _entry(**kw) -> ListEntry:
    return ListEntry("l", "1", kw.pop("schema", "Person"), "ZAITSEV, Pyotr", **kw)


def test_schema_compatibility():
    assert compatible("Person", "Person") and compatible("Company", "Organization")
    assert compatible(None, "Person") and compatible("Person", "LegalEntity")
    assert not compatible("Person", "Company") and not compatible("Vessel", "Company")


def test_evidence_moves_the_score_both_ways():
    subject = Subject("s", "Зайцев Пётр", "Person", ["Зайцев Пётр"], ["ru"], [1970], "male")
    agree = {n: d for n, d, _ in weigh(subject, _entry(countries=["ru"], birth_years=[1971]), "male")}
    assert agree["birth_year"] > 0 and agree["country"] > 0 and agree["gender"] == 0
    differ = {n: d for n, d, _ in weigh(subject, _entry(countries=["by"], birth_years=[1950]), "female")}
    assert differ["birth_year"] < 0 and differ["country"] < 0 and differ["gender"] < 0
    assert weigh(Subject("s", "x", "Person", ["x"]), _entry(countries=["by"]), None) == []  # one side silent


def test_remarks():
    got = parse_remarks("DOB 1955 to 1958; POB Minsk; citizen Belarus; Gender Female; a.k.a. 'TESTOVA'.")
    assert got["years"] == ["1955", "1958"] and got["countries"] == ["by"]
    assert got["gender"] == ["female"] and got["aliases"] == ["TESTOVA"]


def test_a_patronymic_spelled_out_in_the_mail_that_differs_from_the_lists_contradicts():
    entry = ListEntry("l", "1", "Person", "ZAITSEV, Pyotr Bolatovich", names=[("ZAITSEV, Pyotr Bolatovich", "name")])
    other = Subject("s", "Пётр Зайцев", "Person", ["Пётр Зайцев", "П.Б. Зайцев", "Пётр Бекович"])
    same = Subject("s", "Пётр Зайцев", "Person", ["Пётр Зайцев", "Зайцев Пётр Болатович"])
    silent = Subject("s", "Пётр Зайцев", "Person", ["Пётр Зайцев", "П.Б. Зайцев"])
    assert [(n, d) for n, d, _ in weigh(other, entry, None)] == [("patronymic", -0.35)]
    assert [(n, d) for n, d, _ in weigh(same, entry, None)] == [("patronymic", 0.0)]
    assert weigh(silent, entry, None) == []
    # "Лагунович Виктор": a surname in -ович, not a patronymic
    assert weigh(Subject("s", "Лагунович Виктор", "Person", ["Лагунович Виктор"]), entry, None) == []


def test_a_firm_registered_elsewhere_weighs_more_than_a_persons_other_country():
    firm = ListEntry("l", "2", "Company", "FALCON TRADING LLC", countries=["us"])
    person = ListEntry("l", "3", "Person", "ZAITSEV, Pyotr", countries=["us"])
    (_, d_firm, _), = weigh(Subject("s", "Falcon Trading", "Company", ["Falcon Trading"], ["ae"]), firm, None)
    (_, d_person, _), = weigh(Subject("s", "Зайцев Пётр", "Person", ["Зайцев Пётр"], ["ru"]), person, None)
    assert d_firm < d_person < 0


def test_an_llc_on_the_list_and_a_joint_stock_company_in_the_mail_are_two_firms():
    entry = ListEntry("l", "4", "Company", "VERBA-AVIONIKA LLC", countries=["ru"])
    entry.add_name("VERBA-AVIONIKA LLC", "name")
    entry.add_name("ООО «Верба-Авионика»", "alias")
    firm = Subject("s", "Верба-Авионика", "Company", ["АО «НПП «Верба-Авионика»", "Верба-Авионика"], ["ru"])
    got = {n: d for n, d, _ in weigh(firm, entry, None)}
    assert got["legal_form"] < 0
    same = Subject("s", "Верба-Авионика", "Company", ["ООО «Верба-Авионика»"], ["ru"])
    assert {n: d for n, d, _ in weigh(same, entry, None)}["legal_form"] == 0
    zao = ListEntry("l", "5", "Company", "VERBA-AVIONIKA ZAO", countries=["ru"])
    zao.add_name("VERBA-AVIONIKA ZAO", "name")
    assert {n: d for n, d, _ in weigh(firm, zao, None)}["legal_form"] == 0  # ЗАО, ОАО and АО are one kind
    abroad = ListEntry("l", "6", "Company", "VERBA AVIONICS LLC", countries=["us"])
    abroad.add_name("VERBA AVIONICS LLC", "name")
    assert "legal_form" not in {n for n, _d, _ in weigh(Subject("s", "Verba Avionics", "Company",
                                                                ["Verba Avionics Inc."], ["us"]), abroad, None)}


def test_a_firm_named_after_another_town_is_another_firm():
    from paperchase.screen.entry import ListEntry
    from paperchase.screen.evidence import City, Subject

    subject = Subject("e1", "Shenzhen Huaxing Precision Bearing Co., Ltd.", "Company",
                      ["Shenzhen Huaxing Precision Bearing Co., Ltd."])
    other = ListEntry("l", "x1", "Company", "HUAXING PRECISION BEARING (KAZAN)", [("HUAXING PRECISION BEARING (KAZAN)", "name")])
    same = ListEntry("l", "x2", "Company", "SHENZHEN HUAXING", [("SHENZHEN HUAXING", "name")])
    bare = ListEntry("l", "x3", "Company", "HUAXING PRECISION BEARING", [("HUAXING PRECISION BEARING", "name")])
    assert City().check(subject, other, None)[0] < 0
    assert City().check(subject, same, None)[0] == 0
    assert City().check(subject, bare, None) is None


def test_a_large_town_of_the_world_list_in_an_entry_s_name():
    from paperchase.screen.evidence import _cities

    assert _cities(["HUAXING PRECISION BEARING CO., LTD. (WUXI)"]) == {"Wuxi"}
    assert _cities(["Golden Harbour Trading (HK) Limited"]) == set()
