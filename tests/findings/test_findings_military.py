import pytest
from findings_builders import HOME, kinds, message, run


def test_repair_for_a_foreign_ministry_of_defence_lists_every_platform():
    msgs = [
        message("В план на следующий год вошли три Ми-8МТВ на капитальный ремонт для Министерства обороны "
                "Республики Армения.", pk=1),
        message("По Ка-32 для Минобороны Армении дефектация закончена, ремонт идёт по графику.", pk=2),
    ]
    found = kinds(run(msgs), "military_maintenance")
    assert len(found) == 1
    f = found[0]
    assert f.subjects == [HOME]
    assert f.attributes["customer_country"] == "am"
    assert {"mi-8", "ka-32"} <= set(f.attributes["platforms"])
    assert {e.message_id for e in f.evidence} == {"<m1@verba.example.by>", "<m2@verba.example.by>"}


def test_belarusian_our_air_force_is_the_home_country():
    msgs = [message("Камандаванне нашых ВПС просіць паскорыць рамонт рухавікоў РД-33 да жніўня.")]
    (f,) = kinds(run(msgs), "military_maintenance")
    assert f.attributes["customer_country"] == "by"
    assert "rd-33" in f.attributes["platforms"]


def test_english_overhaul_table_with_customer_line():
    text = "Overhaul plan 2024\nMi-17V-5\t2 units\tQ1\nCustomer: Ministry of Defence of Kazakhstan"
    (f,) = kinds(run([message("See the plan.", attachments=[("plan.xlsx", text)])]), "military_maintenance")
    assert f.attributes["customer_country"] == "kz"
    assert f.evidence[0].where == "attachment:plan.xlsx"


def test_civil_repair_is_no_finding():
    msgs = [message("Капитальный ремонт газотурбинной установки ГТУ-12 для ОАО «Газсеть» (гражданский заказ)."),
            message("Ремонт Ми-8 для авиакомпании «Северный ветер»: заказчик гражданский.", pk=2)]
    assert kinds(run(msgs), "military_maintenance") == []


def _by_country(msgs):
    return {f.attributes["customer_country"]: set(f.attributes["platforms"])
            for f in kinds(run(msgs), "military_maintenance")}


@pytest.mark.parametrize("text", [
    # ru: each run of platforms followed by its customer
    "Капремонт Ка-32 для Минобороны Армении и ремонт Як-52 для ВВС Киргизии идут по графику.",
    # ru: each customer followed by its platforms
    "Для Министерства обороны Республики Армения — капремонт Ка-32, для ВВС Киргизии — ремонт Як-52.",
    # ru: a country's order beside another country's ministry
    "В плане ремонта армянский заказ (Ка-32) идёт первым, Як-52 для Министерства обороны Кыргызской Республики — потом.",
    # en
    "We overhaul Ka-32 helicopters for the Ministry of Defence of Armenia and Yak-52 trainers for the Air Force of "
    "Kyrgyzstan.",
])
def test_two_customers_in_one_sentence_split_the_platforms(text):
    got = _by_country([message(text)])
    assert got["am"] >= {"ka-32"} and "yak-52" not in got["am"]
    assert got["kg"] >= {"yak-52"} and "ka-32" not in got["kg"]


def test_any_designation_beside_a_naval_customer_is_the_platform():
    # no closed list knows a ship's turbine; the navy customer and the repair say what it is
    msgs = [message("План ремонта: турбины ГТА-37М и редукторы РП-9 для ВМФ России (в/ч 11111), "
                    "капитальный ремонт до навигации.", pk=1),
            message("Командование ВМС Казахстана передаёт нам в ремонт два двигателя ДК-12.", pk=2)]
    got = _by_country(msgs)
    assert {"gta-37m", "rp-9"} <= got["ru"]
    assert "dk-12" in got["kz"]


def test_a_designation_in_a_civil_or_unowned_line_is_no_platform():
    msgs = [message("Капитальный ремонт установки ГТА-37М для ООО «Газсеть» по ГОСТ-1234, гражданская тема."),
            message("Ремонт ДК-12 идёт по графику.", pk=2)]
    assert kinds(run(msgs), "military_maintenance") == []


def test_grau_indices_and_quoted_system_names_are_platforms():
    msgs = [message("Капитальный ремонт РЛС 5Н99А «Гроза-14» и ЗРК «Сокол-АКМ» для войсковой части 11111 "
                    "(Вооружённые Силы Республики Беларусь).")]
    got = _by_country(msgs)
    assert {"5n99a", "groza-14", "sokol-akm"} <= got["by"]


def test_radar_modernisation_told_in_the_sentence_after_the_customer():
    msgs = [message("Министерство обороны Республики Казахстан утвердило вторую очередь работ. Речь идёт о "
                    "модернизации ещё трёх РЛС П-18 до уровня П-18Т силами вашего завода.")]
    (f,) = kinds(run(msgs), "military_maintenance")
    assert f.attributes["customer_country"] == "kz" and "p-18" in f.attributes["platforms"]
