"""Phenomena of a blind-written case, rewritten with invented names: air
defence and truck platforms, R&D work abbreviations taken for a partner,
two contract parties in one sentence, Belarusian shortages and denied
complaints, a town that is also a surname, birthplaces and citizenship as no
destination, an invitation letter, an offer by a firm named two ways."""

from findings_builders import HOME, kinds, message, run

from paperchase.findings.cues import platforms

PARTNER, VENDOR, ALT = "o-partner", "o-vendor", "o-alt"


# -- military_maintenance beyond aircraft -----------------------------------------

def test_air_defence_and_truck_designations_are_platforms():
    got = {p.full for p in platforms("ремонт ЗРК «Бук-М2», «Панцирь-С1», машин КамАЗ-5350 и МЗКТ-7930, Т-72 и БМП-2")}
    assert got == {"buk-m2", "pantsir-s1", "kamaz-5350", "mzkt-7930", "t-72", "bmp-2"}


def test_a_year_or_a_region_is_no_platform():
    assert platforms("Урал 2025 году, Ан-2025, Ми-2024") == []


def test_power_packs_of_air_defence_chassis_for_a_ministry_ru():
    msgs = [message("План на 2025 год: капремонт 12 ходовых частей ЗРК «Бук-М2» "
                    "и 30 моторов машин КамАЗ-5350 для Министерства обороны Республики Казахстан.")]
    (f,) = kinds(run(msgs), "military_maintenance")
    assert f.attributes["customer_country"] == "kz"
    assert {"buk-m2", "kamaz-5350"} <= set(f.attributes["platforms"])


def test_engine_designation_not_listed_beside_its_aircraft_be():
    msgs = [message("Для Міністэрства абароны Рэспублікі Беларусь плануем капрамонт "
                    "чатырох рухавікоў АІ-222 самалётаў Як-130.")]
    (f,) = kinds(run(msgs), "military_maintenance")
    assert f.attributes["platforms"] == ["yak-130"]


# -- joint_development: a work abbreviation is no partner -------------------------

def test_rnd_abbreviation_is_not_the_partner_ru():
    orgs = {PARTNER: ["ОКБ «Сосновка»", "АО «ОКБ «Сосновка»"], "o-work": ["ОКР"]}
    msgs = [message("ОКР: стороны совместно разрабатывают насосный агрегат НА-40 с АО «ОКБ «Сосновка».")]
    (f,) = kinds(run(msgs, orgs=orgs, org_domains={PARTNER: "sosnovka.example.ru"}, org_country={PARTNER: "ru"}),
                 "joint_development")
    assert f.subjects == [HOME, PARTNER]


# -- employment ------------------------------------------------------------------

def test_each_contract_party_takes_its_own_director_ru():
    people = {"p-a": ["Карпенко Олега Ильича"], "p-b": ["Мартинкевича Юрия Петровича"]}
    orgs = {PARTNER: ["АО «ОКБ «Сосновка»"]}
    msgs = [message("АО «ОКБ «Сосновка», именуемое далее Исполнитель, в лице генерального директора Карпенко Олега Ильича, "
                    "и ОАО «Вербовский станкозавод», в лице директора Мартинкевича Юрия Петровича, подписали соглашение.")]
    found = {tuple(f.subjects) for f in kinds(run(msgs, people=people, orgs=orgs,
                                                   org_domains={PARTNER: "sosnovka.example.ru"}), "employment")}
    assert found == {("p-a", PARTNER), ("p-b", HOME)}


def test_invitation_letter_does_not_employ_the_guest_en():
    people = {"p-g": ["Mr. Yury Martinkevich"]}
    orgs = {VENDOR: ["Qingshan Valve Co., Ltd."]}
    msgs = [message("Qingshan Valve Co., Ltd. kindly invites Mr. Yury Martinkevich, Head of Procurement, "
                    "to our plant for an audit.", sender="sales@qingshan.example.cn", to="y.martinkevich@verba.example.by")]
    found = kinds(run(msgs, people=people, orgs=orgs, org_domains={VENDOR: "qingshan.example.cn"},
                      emails={"y.martinkevich@verba.example.by": "p-g"}), "employment")
    assert all(f.subjects[1] != VENDOR for f in found)


# -- equipment_shortage ------------------------------------------------------------

def test_parts_not_delivered_assembly_stalled_be():
    msgs = [message("Поршні так і не пастаўлены, таму зборка пяці агрэгатаў стаіць.")]
    (f,) = kinds(run(msgs), "equipment_shortage")
    assert f.attributes["goods"] == "engine parts"


def test_no_complaints_about_parts_is_no_shortage_ru_uk():
    for text in ("Претензий к комплектующим нет, партия принята.", "Зауважень щодо комплектуючих немає."):
        assert kinds(run([message(text)]), "equipment_shortage") == [], text


# -- foreign_travel ------------------------------------------------------------------

def test_town_that_is_a_surname_does_not_travel_ru():
    people = {"p-town": ["Ковров"], "p-a": ["Карпенко Олега Ильича"]}
    msgs = [message("Командировать в г. Ковров (Российская Федерация) с 03.04.2025 "
                    "по 07.04.2025 Карпенко Олега Ильича.")]
    (f,) = kinds(run(msgs, people=people), "foreign_travel")
    assert f.subjects == ["p-a"]


def test_birthplace_and_citizenship_are_no_destination_ru_uk():
    from findings_builders import context

    from paperchase.findings.travel import _abroad

    ctx = context([message("Добрый день.")])
    for text in ("Лапицкая Инна Сергеевна, 1990 г.р., уроженка г. Ровно, гражданка Украины, вид на жительство.",
                 "Вона громадянка України, у квітні подає документи."):
        assert _abroad(text, ctx) == [], text
    assert [h.code for h in _abroad("В мае еду в Ровно.", ctx)] == ["ua"]


# -- alternative_supplier ------------------------------------------------------------

def test_offer_of_control_units_on_other_chips_merges_two_names_en():
    orgs = {VENDOR: ["Harlan Devices Inc."], ALT: ["Tamarind Controls", "Tamarind Controls Pte. Ltd.", "Tamarind"], "o-desc": ["Индонезийская фирма"]}
    domains = {VENDOR: "harlan.example.com", ALT: "tamarind.example.id"}
    msgs = [message("Санкции США: купить микроконтроллеры для блоков управления мы больше не можем.",
                    date="2025-01-10T10:00:00+03:00"),
            message("Tamarind Controls proposes its TC-9 engine control unit on Asian microcontrollers, "
                    "a drop-in replacement for the present one.", pk=2, sender="sales@tamarind.example.id",
                    date="2025-01-20T10:00:00+03:00"),
            message("Индонезийская фирма Tamarind Controls предлагает блоки TC-9 на азиатской элементной базе.",
                    pk=3, date="2025-01-21T10:00:00+03:00"),
            message("Образцы блоков управления TC-9 от Tamarind Controls успешно испытаны на стенде.",
                    pk=4, date="2025-02-21T10:00:00+03:00")]
    found = kinds(run(msgs, orgs=orgs, org_domains=domains, org_country={ALT: "id"}), "alternative_supplier")
    assert [(f.attributes["supplier_country"], f.subjects) for f in found] == [("id", [HOME, ALT])]
