"""Phenomena met in blind cases 17-21: Łacinka and Polish citizenship, a relative of a
spouse in a form, a reflexive son in an imperative, a document number that is no
product, an unsigned contract, a capitalised heading, the offer clause's country.
Everything here is fictional."""

from findings_builders import HOME, kinds, message, run

P = {"p-vit": ["Варанец Віталь Сцяпанавіч", "Віталь Сцяпанавіч", "Варанца Віталя Сцяпанавіча"],
     "p-yul": ["Варанец Юлія Пятроўна", "Юлія Пятроўна", "Варанец Юліяй Пятроўнай", "Юля"],
     "p-nik": ["Weronika Waraniec", "Nika", "Ніка"],
     "p-gal": ["Гребенчук Галина Остаповна", "Галина Гребенчук"],
     "p-mot": ["Матвійка", "Мотю", "Варанец Матвей Витальевич"],
     "p-bar": ["Kacper Nowik", "Kacper"]}
EMAILS = {"a.tamash@verba.example.by": "p-vit", "yulia.v@mail.example.ru": "p-yul",
          "nika.w@poczta.example.pl": "p-nik", "galina.h@poshta.example.ua": "p-gal"}


def found(msgs, **kw):
    return run(msgs, people=P, emails=EMAILS, **kw)


def test_lacinka_passport_of_the_writer_and_a_citizen_husband_named_as_kin():
    msgs = [message("Kartu pobytu mnie padoŭžyli, jak žonka hramadzianina Polščy. Ale pašpart pry hetym u mianie, "
                    "jak i byŭ, biełaruski.", sender="nika.w@poczta.example.pl", to="a.tamash@verba.example.by")]
    (f,) = kinds(found(msgs), "citizenship")
    assert f.subjects == ["p-nik"] and f.attributes["countries"] == ["by"]


def test_polish_passport_said_not_to_exist_and_polish_citizen_noun():
    msgs = [message("Ja zastajusia hramadziankaj Biełarusi, polskaha pašparta ŭ mianie niama.",
                    sender="nika.w@poczta.example.pl", to="a.tamash@verba.example.by"),
            message("Najemca: Weronika Waraniec, obywatelka Białorusi, karta pobytu ważna do 2026 r.", pk=2,
                    sender="nika.w@poczta.example.pl")]
    (f,) = kinds(found(msgs), "citizenship")
    assert f.subjects == ["p-nik"] and f.attributes["countries"] == ["by"]
    assert len(f.evidence) == 2


def test_the_pronoun_nearest_the_passport_is_its_holder():
    msgs = [message("Виза в Черногорию ни мне с российским паспортом, ни тебе не нужна.",
                    sender="yulia.v@mail.example.ru", to="a.tamash@verba.example.by")]
    (f,) = kinds(found(msgs), "citizenship")
    assert f.subjects == ["p-yul"] and f.attributes["countries"] == ["ru"]


def test_her_passport_is_not_the_writer_s():
    msgs = [message("Please note that my wife will travel on her Russian passport.", sender="a.tamash@verba.example.by")]
    assert kinds(found(msgs), "citizenship") == []


def test_mother_of_the_spouse_in_a_form_is_the_spouse_s_mother():
    form = ("Я, Варанец Віталь Сцяпанавіч, паведамляю пра блізкіх сваякоў.\n"
            "Жена — Варанец Юлія Пятроўна, 1980 г.р.\n"
            "Мать супруги — Гребенчук Галина Остаповна, 1956 г.р., проживает в г. Харькове.")
    msgs = [message("Анкета во вложении.", attachments=[("anketa.docx", form)])]
    rels = {(tuple(f.subjects), f.attributes["relationship"]) for f in kinds(found(msgs), "family_relation")}
    assert (("p-vit", "p-gal"), "parent") not in rels and (("p-vit", "p-gal"), "spouse") not in rels
    assert (("p-yul", "p-gal"), "parent") in rels or (("p-gal", "p-yul"), "child") in rels


def test_kiss_your_own_son_names_the_one_called_by_name():
    msgs = [message("Наталочко, Юля, ти питала про документи — все в мене. Поцілуй від мене свого синочка Матвійка.",
                    sender="galina.h@poshta.example.ua", to="a.tamash@verba.example.by")]
    msgs[0].text = "Юля, ти питала про документи — все в мене. Поцілуй від мене свого синочка Матвійка."
    rels = {(tuple(f.subjects), f.attributes["relationship"]) for f in kinds(found(msgs), "family_relation")}
    assert (("p-yul", "p-mot"), "child") in rels or (("p-mot", "p-yul"), "parent") in rels


def test_polish_possessive_apposition_names_a_spouse():
    msgs = [message("Kacper (mój mąż, gdybyś zapomniała) już kupił bilety.", sender="nika.w@poczta.example.pl")]
    rels = {(frozenset(f.subjects), f.attributes["relationship"]) for f in kinds(found(msgs), "family_relation")}
    assert (frozenset({"p-nik", "p-bar"}), "spouse") in rels


def test_unsigned_contract_is_no_military_work():
    msgs = [message("По вьетнамской теме: контракт на ремонт приборов Ка-28 для ВМС Вьетнама так и не подписан, "
                    "переговоры заморожены.")]
    assert kinds(found(msgs), "military_maintenance") == []


def test_heading_in_capitals_is_no_shortage_and_the_offer_clause_country_is_no_origin():
    msgs = [message("ВЕДОМОСТЬ ДЕФИЦИТА МАТЕРИАЛОВ И КОМПЛЕКТУЮЩИХ на 15.04.2024"),
            message("3. Подшипники для редуктора (ранее Lozhiska Novak, ЧР) - поставка невозможна, санкции ЕС; "
                    "рассматриваются образцы Хэнли (КНР).", pk=2)]
    out = found(msgs)
    assert kinds(out, "equipment_shortage") == []
    assert [f.attributes["origin_country"] for f in kinds(out, "sanctions_obstacle")] == ["cz"]


def test_the_refusing_clause_ends_where_buying_elsewhere_begins():
    orgs = {"o-lah": ["Lahtela Oy"], "o-kar": ["Karaburun Lehim"]}
    domains = {"o-lah": "lahtela.example.fi", "o-kar": "karaburun.example.com.tr"}
    msgs = [message("Пока «Lahtela Oy» из-за санкций ЕС нам ничего не продаёт, запчасти к линии пайки берём только "
                    "у Karaburun Lehim.", pk=1),
            message("Karaburun Lehim manufactures in Bursa, Turkey, solder nozzles interchangeable with the original "
                    "Lahtela parts.", pk=2, sender="sales@karaburun.example.com.tr")]
    out = run(msgs, orgs=orgs, org_domains=domains)
    (alt,) = kinds(out, "alternative_supplier")
    assert alt.subjects == [HOME, "o-kar"] and alt.attributes["supplier_country"] == "tr"


def test_an_agreement_number_is_no_product():
    orgs = {"o-orb": ["АО «Орбита-Тренаж»"]}
    msgs = [message("Направляем дополнительное соглашение № 2 к Соглашению № ОТ-17/23 о совместном выполнении ОКР "
                    "по тренажёру КТВ-17: доля завода в финансировании составляет 35 %.", pk=1,
                    sender="info@orbita.example.ru")]
    found_ = run(msgs, orgs=orgs, org_domains={"o-orb": "orbita.example.ru"}, org_country={"o-orb": "ru"})
    products = [p for f in kinds(found_, "joint_development") for p in f.attributes["product"]]
    assert "ot-17" not in products


def test_a_declined_offer_stays_declined_whatever_the_refusal_beside_it():
    orgs = {"o-brm": ["Brunnfeld"], "o-dec": ["Deccan Ball Bearings"]}
    domains = {"o-brm": "brunnfeld.example.ch", "o-dec": "deccanball.example.in"}
    msgs = [message("Из-за санкций Швейцарии Brunnfeld больше не продаст нам подшипники.", pk=1, date="2023-10-01T10:00:00+03:00"),
            message("We can offer high-temperature bearings interchangeable with the Brunnfeld series.", pk=2,
                    sender="sales@deccanball.example.in", date="2023-11-02T10:00:00+03:00"),
            message("Поставки подшипников фирмы Brunnfeld прекращены из-за санкций Швейцарии; предложение "
                    "дистрибьютора Deccan Ball Bearings отклонено.", pk=3, date="2024-01-26T10:00:00+03:00")]
    assert kinds(run(msgs, orgs=orgs, org_domains=domains), "alternative_supplier") == []


def test_a_reply_that_does_not_proceed_declines_the_quoted_offer():
    orgs = {"o-brm": ["Brunnfeld"], "o-hen": ["Ningbo Henglong"]}
    domains = {"o-brm": "brunnfeld.example.ch", "o-hen": "henglong.example.cn"}
    msgs = [message("Из-за санкций Швейцарии Brunnfeld больше не продаст нам балансировочный станок.", pk=1,
                    date="2023-10-01T10:00:00+03:00"),
            message("Ningbo Henglong is pleased to offer our balancing machine as a replacement for the Brunnfeld one.",
                    pk=2, sender="li@henglong.example.cn", date="2023-10-12T10:00:00+03:00"),
            message("Dear Mr. Li,\n\nafter internal review we have decided not to proceed with the purchase.\n\n"
                    "> Ningbo Henglong is pleased to offer our balancing machine as a replacement for the Brunnfeld one.",
                    pk=3, to="li@henglong.example.cn", date="2023-10-20T10:00:00+03:00")]
    assert kinds(run(msgs, orgs=orgs, org_domains=domains), "alternative_supplier") == []


def test_a_citizenship_column_is_no_trip_and_only_what_the_goods_are_for_is_no_shortage():
    msgs = [message("2\tВаранец Віталь Сцяпанавіч\t14.08.1987\tРеспублика Беларусь, Украина (двойное гражданство)\t"
                    "Выезжает по загранпаспорту РФ 12.02.2024"),
            message("С германием хуже — заготовок на объективы 100 мм нет.", pk=2)]
    out = found(msgs)
    assert kinds(out, "foreign_travel") == []
    assert [f.attributes["goods"] for f in kinds(out, "equipment_shortage")] == ["germanium"]


def test_an_italian_refusal_under_the_eu_regulation():
    orgs = {"o-val": ["Connettori Arnello S.p.A."]}
    msgs = [message("Ai sensi del Regolamento (UE) n. 833/2014, Connettori Arnello S.p.A. non è in grado di evadere "
                    "l'ordine dei connettori.", sender="export@arnello.example.it")]
    (f,) = kinds(run(msgs, orgs=orgs, org_domains={"o-val": "arnello.example.it"}), "sanctions_obstacle")
    assert f.attributes["origin_country"] == "it"


def test_zero_in_stock_is_a_shortage():
    (f,) = kinds(found([message("На складе разъёмов CV-38 ноль, последние ушли в жгуты.")]), "equipment_shortage")
    assert f.attributes["goods"] == "connectors"


def test_an_unnamed_holder_and_a_plan_to_apply_are_no_citizenship():
    msgs = [message("Говорят, один наладчик из шестого цеха получил российский паспорт."),
            message("Кстати, у знакомой Ніки муж недавно получил гражданство Армении.", pk=2),
            message("Нет, российское гражданство я оформлять не собираюсь.", pk=3, sender="nika.w@poczta.example.pl")]
    assert kinds(found(msgs), "citizenship") == []


def test_we_married_names_the_writer_s_spouse():
    msgs = [message("Вчера мы с Kacper наконец расписались в ЗАГСе.", sender="nika.w@poczta.example.pl")]
    rels = {(frozenset(f.subjects), f.attributes["relationship"]) for f in kinds(found(msgs), "family_relation")}
    assert (frozenset({"p-nik", "p-bar"}), "spouse") in rels


def test_a_writer_at_home_abroad_does_not_travel_and_the_one_who_meets_does_not_either():
    msgs = [message("Мамуля, привет из Гданьска!", sender="nika.w@poczta.example.pl"),
            message("Рейс 28-го прилетает в 14:35 по Варшаве, Kacper вас встретит в аэропорту.", pk=2,
                    sender="nika.w@poczta.example.pl")]
    for f in kinds(found(msgs), "foreign_travel"):
        assert "p-nik" not in f.subjects and "p-bar" not in f.subjects


def test_a_proposal_set_off_by_dashes_and_a_share_naming_the_code_name():
    orgs = {"o-svk": ["ОАО «КБ «Свитанок»"]}
    msgs = [message("Заключено соглашение о совместной ОКР по регистратору БРП-21 «Кречет» с ОАО «КБ «Свитанок».", pk=1,
                    date="2023-03-01T10:00:00+03:00"),
            message("ОАО «КБ «Свитанок» предлагает перейти к равному участию сторон в финансировании ОКР — по пятьдесят "
                    "процентов каждая сторона — и внести изменение.", pk=2, date="2023-05-15T10:00:00+03:00"),
            message("По «Кречету» с третьего квартала наша доля в финансировании — шестьдесят пять процентов.", pk=3,
                    date="2023-07-28T10:00:00+03:00")]
    (f,) = kinds(run(msgs, orgs=orgs, org_domains={"o-svk": "svitanok.example.by"}, org_country={"o-svk": "by"}),
                 "joint_development")
    assert f.attributes["funding_share"] == 0.65


def test_a_group_the_letter_does_not_name_travels_without_the_writer():
    msgs = [message("Двое наших регулировщиков на прошлой неделе улетели в Алжир на шефмонтаж, командировочные по "
                    "ним я передал в бухгалтерию.")]
    assert kinds(found(msgs), "foreign_travel") == []


def test_a_polish_mother_named_before_the_daughter_with_words_between():
    people = {"p-mum": ["Pani Halina Nowik"], "p-ann": ["Anny Nowik", "Anna Nowik"], "p-dad": ["Kacper Nowik"]}
    msgs = [message("Potwierdzam, że Pani Halina Nowik, matka naszej studentki Anny Nowik, może odwiedzić córkę.",
                    sender="dziekanat@uni.example.pl"),
            message("Kacper Nowik, ojciec Anny Nowik, zapłacił czesne.", pk=2, sender="dziekanat@uni.example.pl")]
    rels = {(tuple(f.subjects), f.attributes["relationship"]) for f in kinds(run(msgs, people=people), "family_relation")}
    assert (("p-ann", "p-mum"), "parent") in rels or (("p-mum", "p-ann"), "child") in rels


def test_a_us_refusal_told_in_russian_and_a_broken_sole_instrument():
    msgs = [message("Анализатор спектра из США нам не достанется — Brackwell сослался на экспортные правила "
                    "Министерства торговли США."),
            message("Наш единственный рабочий анализатор спектра вышел из строя ещё в декабре.", pk=2)]
    out = found(msgs)
    assert [f.attributes["origin_country"] for f in kinds(out, "sanctions_obstacle")] == ["us"]
    assert [f.attributes["goods"] for f in kinds(out, "equipment_shortage")] == ["spectrum analyzers"]


def test_a_contract_preamble_and_a_funding_proposal_offer_no_goods():
    orgs = {"o-ups": ["АО «Упский институт эталонных систем»"]}
    msgs = [message("Из-за санкций ЕС австрийцы не продадут нам эталоны мощности.", pk=1),
            message("ОАО «Вербовский станкозавод» и АО «Упский институт эталонных систем», в лице генерального "
                    "директора, договорились о нижеследующем.", pk=2, sender="info@ups.example.ru"),
            message("В этой связи предлагаем перейти на паритетную схему - по 50 % каждой из сторон.", pk=3,
                    sender="info@ups.example.ru")]
    out = run(msgs, orgs=orgs, org_domains={"o-ups": "ups.example.ru"}, org_country={"o-ups": "ru"})
    assert kinds(out, "alternative_supplier") == []


def test_a_surrendered_passport_is_no_citizenship():
    msgs = [message("Гражданство Казахстана жена прекратила в 1999 году, казахстанский паспорт сдан.")]
    assert [f for f in kinds(found(msgs), "citizenship") if "kz" in f.attributes["countries"]] == []


def test_a_phrase_of_goods_holds_the_word_inside_it():
    from paperchase.findings.goods import find_goods

    assert [k for _p, k in find_goods("Балансировочный станок вышел из строя")] == ["balancing machines"]
    assert [k for _p, k in find_goods("няма гідраўлічных помпаў")] == ["pumps"]
    assert [k for _p, k in find_goods("титановых болтов нет")] == ["fasteners"]


def test_a_relative_studying_abroad_is_no_trip_nor_is_the_city_s_country_in_brackets():
    form = "Дочь — Варанец Ніка, 07.11.2003 г.р.; учится в Варшаве (Республика Польша), имеет карту пребывания."
    msgs = [message("Анкета во вложении.", attachments=[("anketa.docx", form)])]
    assert kinds(found(msgs), "foreign_travel") == []
