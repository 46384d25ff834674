from findings_builders import HOME, kinds, message, run


def test_missing_parts_one_finding_per_kind_of_goods():
    msgs = [
        message("Работы стоят: подшипников для редуктора нет уже месяц.", pk=1),
        message("Подшипники: дефицит, поставщик обещает июль.", pk=2),
        message("Стенда для испытаний у нас нет, старый списали.", pk=3),
    ]
    found = kinds(run(msgs), "equipment_shortage")
    assert sorted(f.attributes["goods"] for f in found) == ["bearings", "test stand"]
    bearings = next(f for f in found if f.attributes["goods"] == "bearings")
    assert bearings.subjects == [HOME] and len({e.message_id for e in bearings.evidence}) == 2


def test_ukrainian_and_english_shortage():
    msgs = [message("Не вистачає лопаток турбіни, роботи стоять.", pk=1),
            message("We have no titanium sheet left for the skin panels.", pk=2)]
    goods = sorted(f.attributes["goods"] for f in kinds(run(msgs), "equipment_shortage"))
    assert goods == ["titanium sheet", "turbine blades"]


def test_absent_person_and_composition_are_no_shortage():
    msgs = [message("Пока меня нет, распечатки по стенду положите на стол.", pk=1),
            message("Американских комплектующих в них нет, цена ниже.", pk=2),
            message("Если не будет подшипников, план сорвём.", pk=3)]
    assert kinds(run(msgs), "equipment_shortage") == []


def test_parts_whose_delivery_falls_through_or_without_which_work_stands():
    msgs = [message("Адгрузка паліўных фарсунак для рухавікоў у красавіку зрываецца.", pk=1),
            message("Два двигателя стоят на сборке без форсунок.", pk=2),
            message("Поставка редукторов срывается, монтаж перенесли.", pk=3)]
    found = kinds(run(msgs), "equipment_shortage")
    got = {f.attributes["goods"]: {e.message_id for e in f.evidence} for f in found}
    assert got == {"fuel nozzles": {"<m1@verba.example.by>", "<m2@verba.example.by>"},
                   "gearboxes": {"<m3@verba.example.by>"}}


def test_stock_that_lasts_only_so_far_names_the_goods_before_it():
    msgs = [message("На складе подшипников осталось на 3 редуктора, а нужно 8.", pk=1),
            message("Our stock of CBN wheels is nearly exhausted.", pk=2)]
    assert sorted(f.attributes["goods"] for f in kinds(run(msgs), "equipment_shortage")) == ["bearings", "grinding wheels"]


def test_idle_for_a_fault_is_no_shortage():
    msgs = [message("У нас простаивает вертолёт из-за стружки в масле главного редуктора.")]
    assert kinds(run(msgs), "equipment_shortage") == []


def test_the_head_goods_of_a_genitive_pair_is_what_is_missing():
    from findings_builders import kinds, message, run

    msgs = [message("Цель: поиск подшипников редуктора для НК-12МП - их по-прежнему нет, два двигателя стоят.")]
    (f,) = kinds(run(msgs), "equipment_shortage")
    assert f.attributes["goods"] == "bearings"


def test_an_adjective_of_material_goes_with_the_goods_noun():
    msgs = [message("Поставщик сорвал поставку титановых болтов, сборка балок стоит.", pk=1),
            message("Без этого крепежа мы не можем закрыть балки.", pk=2)]
    found = kinds(run(msgs), "equipment_shortage")
    assert [f.attributes["goods"] for f in found] == ["fasteners"]


def test_what_the_work_is_on_another_firms_lack_and_an_expiry_are_no_shortage():
    msgs = [message("Два редуктора из плана собрать не из чего.", pk=1),
            message("Поверка у старых заканчивается в марте, диагностику редукторов проводить будет нечем.", pk=2),
            message("У Acme Tools нет ни одного станка для таких валов, ехать не стоит.", pk=3)]
    assert kinds(run(msgs), "equipment_shortage") == []


def test_stock_at_zero_without_before_the_goods_and_enough_only_until_a_stop():
    msgs = [message("Коротко: подшипников на складе ноль, сборка редукторов остановлена с 11 октября.", pk=1),
            message("Без форсунок первые шесть двигателей к марту не соберём — на складе их по-прежнему нет.", pk=2),
            message("Разъёмов хватит на 3 комплекта, дальше встаёт сборка блоков.", pk=3),
            message("Складского запаса хватит на восстановление жгутов двух машин.", pk=4)]
    got = {f.attributes["goods"]: {e.message_id for e in f.evidence} for f in kinds(run(msgs), "equipment_shortage")}
    assert got == {"bearings": {"<m1@verba.example.by>"}, "fuel nozzles": {"<m2@verba.example.by>"},
                   "connectors": {"<m3@verba.example.by>"}}


def test_nowhere_to_get_more_and_goods_after_an_abbreviation():
    msgs = [message("Главная беда: на СВЧ-транзисторы потребность 60 штук, на складе осталось 12, и больше взять негде.",
                    pk=1),
            message("Ключи от склада взять негде, спросите у охраны.", pk=2)]
    (f,) = kinds(run(msgs), "equipment_shortage")
    assert f.attributes["goods"] == "electronic components" and f.evidence[0].message_id == "<m1@verba.example.by>"


def test_steel_that_is_missing_and_a_verb_that_is_no_steel():
    msgs = [message("Прутков из стали 30ХГСН2А нет, ремонт стоек встанет.", pk=1),
            message("Без стали ремонт стоек встанет в конце августа.", pk=2),
            message("Станков нет, мы стали получать их из Китая.", pk=3)]
    found = kinds(run(msgs), "equipment_shortage")
    assert sorted(f.attributes["goods"] for f in found) == ["machine tools", "steel"]
    steel = next(f for f in found if f.attributes["goods"] == "steel")
    assert len({e.message_id for e in steel.evidence}) == 2
