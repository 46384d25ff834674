"""Phenomena a detector must read however a case words them: legal wording
of sanctions, peoples named for their country, suppliers known by their
country, several shortages in one message, forms listing relatives,
citizenship in the instrumental, forwarded press items, other firms'
people, civil rows in a military table. All names are invented."""

from findings_builders import HOME, kinds, message, run

VENDOR, ALT, BROKER = "o-vendor", "o-alt", "o-broker"
ORGS = {VENDOR: ["Kessel Feinmotoren AG"], ALT: ["Dalgaci Motor A.Ş."], BROKER: ["Mirage Gulf Trading FZE"]}
DOMAINS = {VENDOR: "kessel.example.ch", ALT: "dalgaci.example.com.tr", BROKER: "miragegulf.example.ae"}


# -- sanctions in legal wording, peoples for countries ---------------------------

def test_ordinance_wording_without_the_word_sanctions_en():
    msgs = [message("Kessel Feinmotoren AG must comply with the federal ordinance adopted over the war in "
                    "Ukraine; we are not permitted to ship electric motors to Belarus.",
                    sender="export@kessel.example.ch"),
            message("Пересылаю ответ поставщика.", pk=2)]
    (f,) = kinds(run(msgs, orgs=ORGS, org_domains=DOMAINS), "sanctions_obstacle")
    assert f.subjects == [HOME]
    assert f.attributes["origin_country"] == "ch"  # the vendor's, not the country the measures are about
    assert f.attributes["goods"] == "micro-motors"


def test_people_noun_names_the_origin_be():
    msgs = [message("Швейцарцы адмовіліся пастаўляць электраматоры праз санкцыі.")]
    (f,) = kinds(run(msgs), "sanctions_obstacle")
    assert f.attributes["origin_country"] == "ch"


def test_people_noun_names_the_origin_ru_and_uk():
    for text in ("Японцы из-за санкций не поставят анализаторы спектра.",
                 "Японці через санкції більше не продають аналізатори спектра."):
        (f,) = kinds(run([message(text)]), "sanctions_obstacle")
        assert f.attributes["origin_country"] == "jp", text
        assert f.attributes["goods"] == "spectrum analyzers", text


def test_no_longer_sold_with_an_origin_adjective_is_an_obstacle_ru():
    msgs = [message("Швейцарские электромоторы нам больше не отгрузят.")]
    (f,) = kinds(run(msgs), "sanctions_obstacle")
    assert f.attributes["origin_country"] == "ch"


def test_no_longer_without_any_foreign_origin_is_no_obstacle():
    assert kinds(run([message("Эти подшипники нам больше не продадут по старой цене.")]), "sanctions_obstacle") == []


# -- alternative suppliers known by prose, ccTLD, uptake --------------------------

def _alternative_case(extra):
    return [
        message("We are no longer permitted to deliver electric motors under the sanctions ordinance.", pk=1,
                sender="export@kessel.example.ch", date="2024-03-01T10:00:00+03:00"),
        message("Dalgaci Motor A.Ş. (Bursa, Turkey) proposes its DM-7 electric motors as a replacement.", pk=2, sender="sales@dalgaci.example.com.tr", date="2024-03-05T10:00:00+03:00"),
        *extra,
    ]


def test_alternative_supplier_with_uptake_in_russian():
    msgs = _alternative_case([
        message("Швейцарские электромоторы нам больше не поставят - попросите у Dalgaci образцы.", pk=3,
                date="2024-03-06T10:00:00+03:00"),
        message("Турецкие электромоторы испытали на стенде, образцы в порядке.", pk=4,
                date="2024-04-01T10:00:00+03:00"),
    ])
    (alt,) = kinds(run(msgs, orgs=ORGS, org_domains=DOMAINS), "alternative_supplier")
    assert alt.subjects == [HOME, ALT]
    assert alt.attributes["supplier_country"] == "tr"
    cited = {e.message_id for e in alt.evidence}
    assert {"<m3@verba.example.by>", "<m4@verba.example.by>"} <= cited


def test_genuine_blocked_goods_through_a_broker_are_no_alternative():
    msgs = _alternative_case([
        message("Mirage Gulf Trading FZE offers original Kessel electric motors via re-export from our Dubai "
                "warehouse.", pk=3, sender="deals@miragegulf.example.ae", date="2024-03-07T10:00:00+03:00"),
    ])
    found = run(msgs, orgs=ORGS, org_domains=DOMAINS)
    assert [f.subjects for f in kinds(found, "alternative_supplier")] == [[HOME, ALT]]


# -- shortages ----------------------------------------------------------------------

def test_two_goods_short_in_one_message_are_two_findings_ru():
    msgs = [message("Гироскопы в дефиците, ожидание поставки полгода. Микросхем тоже нет, сборка блоков "
                    "остановлена.")]
    goods = sorted(f.attributes["goods"] for f in kinds(run(msgs), "equipment_shortage"))
    assert goods == ["electronic components", "gyroscopes"]


def test_none_left_in_stock_ru_and_still_none_be():
    for text in ("Гироскопов на складе нет ни одного.", "Гіраскопаў ужо месяц няма."):
        (f,) = kinds(run([message(text)]), "equipment_shortage")
        assert f.attributes["goods"] == "gyroscopes", text


def test_shortage_en_and_uk():
    for text in ("We have no gyroscopes left, repairs are on hold.", "Гіроскопів немає, ремонт зупинено."):
        assert kinds(run([message(text)]), "equipment_shortage"), text


# -- citizenship, relatives ------------------------------------------------------------

def test_citizenship_in_the_instrumental_uk():
    msgs = [message("Я лишаюся громадянкою України, і паспорт у мене український.", sender="o.kovalyk@pochta.example.pl",
                    sender_name="Олена Ковалик")]
    (f,) = kinds(run(msgs, people={"p-o": ["Олена Ковалик"]}, emails={"o.kovalyk@pochta.example.pl": "p-o"}),
                 "citizenship")
    assert f.subjects == ["p-o"] and f.attributes["countries"] == ["ua"]


def test_citizenship_be_and_passport_adjective_after():
    people = {"p-a": ["Язэп Ластоўскі"], "p-b": ["Marta Lind"]}
    for text, who, code in (("Язэп Ластоўскі - грамадзянін Рэспублікі Беларусь.", "p-a", "by"),
                            ("Marta Lind has a passport Swedish only.", "p-b", "se")):
        found = kinds(run([message(text)], people=people), "citizenship")
        assert [(f.subjects, f.attributes["countries"]) for f in found] == [([who], [code])], text


def test_relatives_listed_in_a_statement_be():
    form = ("ад інжынера Ластоўскага Язэпа Ціханавіча\nЗАЯВА\nПрашу адпусціць у адпачынак. Са мной едуць:\n"
            "жонка - Ластоўская Алеся Вікенцьеўна, 1985 г.н.;\nсын - Ластоўскі Лявон Язэпавіч, 2010 г.н.;\n"
            "дачка - Ластоўская Зоя Язэпаўна, 2014 г.н.")
    people = {"p-j": ["Ластоўскага Язэпа Ціханавіча"], "p-w": ["Ластоўская Алеся Вікенцьеўна"],
              "p-s": ["Ластоўскі Лявон Язэпавіч"], "p-d": ["Ластоўская Зоя Язэпаўна"]}
    msgs = [message("Заява ў далучэнні.", attachments=[("zajava.docx", form)], sender="kanc@verba.example.by")]
    rels = {(tuple(f.subjects), f.attributes["relationship"]) for f in kinds(run(msgs, people=people),
                                                                             "family_relation")}
    assert rels == {(("p-j", "p-w"), "spouse"), (("p-j", "p-s"), "child"), (("p-j", "p-d"), "child")}


def test_relatives_listed_in_a_form_ru():
    form = "от Мирошникова Гордея Ильича\nЖена — Мирошникова Дарья Тимофеевна\nСын: Мирошников Фёдор Гордеевич"
    people = {"p-g": ["Мирошникова Гордея Ильича"], "p-w": ["Мирошникова Дарья Тимофеевна"],
              "p-s": ["Мирошников Фёдор Гордеевич"]}
    msgs = [message("Анкета во вложении.", attachments=[("anketa.docx", form)], sender="hr@verba.example.by")]
    rels = {(tuple(f.subjects), f.attributes["relationship"]) for f in kinds(run(msgs, people=people),
                                                                             "family_relation")}
    assert rels == {(("p-g", "p-w"), "spouse"), (("p-g", "p-s"), "child")}


def test_a_possessive_read_as_a_name_is_no_relative_be():
    people = {"p-maya": ["Мая"], "p-w": ["Алеся Вікенцьеўна"], "p-me": ["Язэп Ластоўскі"]}
    msgs = [message("Мая жонка, Алеся Вікенцьеўна, вярнулася з Латвіі.", sender="y.lastouski@verba.example.by")]
    found = run(msgs, people=people, emails={"y.lastouski@verba.example.by": "p-me"})
    assert {tuple(f.subjects) for f in kinds(found, "family_relation")} == {("p-me", "p-w")}


# -- press items, other firms' people, civil rows ----------------------------------------

def test_forwarded_press_item_about_another_plant_is_dropped():
    text = ("Посмотри.\n---------- Пересылаемое сообщение ----------\n"
            "От: Деловой вестник <editor@vestnik.example.ru>\nТема: Новые санкции\n\n"
            "Комбинат из соседней области не может купить японские подшипники из-за санкций.")
    assert kinds(run([message(text, subject="Fwd: Новые санкции")]), "sanctions_obstacle") == []


def test_press_report_sentence_is_no_obstacle_of_ours():
    text = "Как сообщает агентство, комбинат не может купить японские подшипники из-за санкций."
    assert kinds(run([message(text)]), "sanctions_obstacle") == []


def test_other_firm_s_manager_in_internal_mail_works_there():
    orgs = {"o-lin": ["Lindqvist Instruments AB", "Lindqvist"]}
    people = {"p-k": ["Карин Берг"]}
    msgs = [message("С Lindqvist подписали договор на приборы. Менеджер по продажам Карин Берг вышлет счёт.",
                    sender="z.tamash@verba.example.by")]
    (f,) = kinds(run(msgs, orgs=orgs, people=people, org_domains={"o-lin": "lindqvist.example.se"}), "employment")
    assert f.subjects == ["p-k", "o-lin"]


def test_their_chief_engineer_is_not_ours():
    people = {"p-x": ["Гайдук"], "p-ours": ["Р.Р. Шамко"]}
    msgs = [message("У соседей новости: их главный инженер Гайдук ушёл на пенсию.", pk=1),
            message("Главный инженер Р.Р. Шамко утвердил план.", pk=2)]
    found = kinds(run(msgs, people=people), "employment")
    assert [(f.subjects, [e.message_id for e in f.evidence]) for f in found] == [(["p-ours", HOME],
                                                                                  ["<m2@verba.example.by>"])]


def test_civil_row_of_a_repair_table_adds_no_platform():
    table = ("План ремонта\n1\tМи-8МТВ\tрадиостанции\tзаказчик - Министерство обороны Республики Армения\n"
             "2\tАн-2\tкомпасы\tдля ОАО «Нивавиа», авиахимработы")
    orgs = {"o-niva": ["ОАО «Нивавиа»"]}
    (f,) = kinds(run([message("План во вложении.", attachments=[("plan.xlsx", table)])], orgs=orgs),
                 "military_maintenance")
    assert "an-2" not in f.attributes["platforms"]
    assert f.attributes["customer_country"] == "am"


def test_forwarded_refusal_from_a_firm_s_info_address_is_kept():
    text = ("Пересылаю.\n---------- Forwarded message ----------\nFrom: Kessel Sales <info@kessel.example.ch>\n\n"
            "Due to the sanctions we are unable to supply the electric motors.")
    found = run([message(text, subject="Fwd: order"), message("Ок.", pk=2)], orgs=ORGS, org_domains=DOMAINS)
    assert [f.attributes["origin_country"] for f in kinds(found, "sanctions_obstacle")] == ["ch"]


def test_relatives_listed_in_one_sentence_belong_to_one_person_ru():
    people = {"p-me": ["Мирошников Гордей Ильич"], "p-w": ["Мирошникова Дарья Тимофеевна"],
              "p-s": ["Мирошников Фёдор Гордеевич"]}
    msgs = [message("Члены семьи: жена Мирошникова Дарья Тимофеевна, сын Мирошников Фёдор Гордеевич.",
                    sender="g.miroshnikov@verba.example.by"), message("Ок.", pk=2)]
    found = run(msgs, people=people, emails={"g.miroshnikov@verba.example.by": "p-me"})
    rels = {(tuple(f.subjects), f.attributes["relationship"]) for f in kinds(found, "family_relation")}
    assert rels == {(("p-me", "p-w"), "spouse"), (("p-me", "p-s"), "child")}


def test_citizen_with_the_country_adjective_before_en():
    msgs = [message("I am a Lithuanian citizen.", sender="r.vaitkus@verba.example.by"), message("Ок.", pk=2)]
    (f,) = kinds(run(msgs, people={"p-r": ["Ramunas Vaitkus"]}, emails={"r.vaitkus@verba.example.by": "p-r"}),
                 "citizenship")
    assert f.subjects == ["p-r"] and f.attributes["countries"] == ["lt"]


def test_supply_halted_in_each_language():
    for text, code in (("Американский производитель прекратил поставки разъёмов из-за санкций.", "us"),
                       ("Нямецкая фірма спыніла пастаўкі падшыпнікаў з-за санкцый.", "de"),
                       ("Німецький постачальник припинив постачання підшипників через санкції.", "de"),
                       ("Because of dual-use export rules the Japanese maker suspended deliveries of bearings.", "jp")):
        (f,) = kinds(run([message(text), message("Ок.", pk=2)]), "sanctions_obstacle")
        assert f.attributes["origin_country"] == code, text


def test_supplier_country_from_its_city_or_cctld():
    for offer, sender, code in (
            ("Our plant in Ostrava can supply electric motors as a replacement.", "info@motory.example.net", "cz"),
            ("We offer electric motors as a replacement.", "info@motorlar.example.com.tr", "tr")):
        msgs = [message("We are no longer permitted to deliver electric motors under the sanctions ordinance.", pk=1,
                        sender="export@kessel.example.ch", date="2024-03-01T10:00:00+03:00"),
                message(offer, pk=2, sender=sender, date="2024-03-05T10:00:00+03:00"),
                message("Ок.", pk=3, date="2024-03-06T10:00:00+03:00")]
        found = run(msgs, orgs=ORGS, org_domains=DOMAINS)
        assert [f.attributes["supplier_country"] for f in kinds(found, "alternative_supplier")] == [code], offer
