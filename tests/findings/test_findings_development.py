from findings_builders import HOME, kinds, message, run

PARTNER = "o-partner"
ORGS = {PARTNER: ["НПО «Зенит-Авиа»"]}
DOMAINS = {PARTNER: "zenit.example.ru"}


def test_joint_development_with_the_latest_agreed_share():
    msgs = [
        message("Стороны совместно разрабатывают беспилотный самолёт БСК-7. Доля финансирования Завода составляет "
                "30 процентов.", pk=1, date="2023-01-10T10:00:00+03:00", sender="info@zenit.example.ru"),
        message("Предлагаем перейти к финансированию 50 на 50.", pk=2, date="2023-02-10T10:00:00+03:00",
                sender="info@zenit.example.ru"),
        message("Наша доля финансирования ОКР - 40 процентов, остальные 60 процентов берёт на себя партнёр.", pk=3,
                date="2023-03-10T10:00:00+03:00", to="info@zenit.example.ru"),
        message("Совещание по плану в пятницу.", pk=4),
    ]
    (f,) = kinds(run(msgs, orgs=ORGS, org_domains=DOMAINS, org_country={PARTNER: "ru"}), "joint_development")
    assert f.subjects == [HOME, PARTNER]
    assert f.attributes["product"][0] == "bsk-7"
    assert f.attributes["partner_country"] == "ru"
    assert f.attributes["funding_share"] == 0.4


def test_belarusian_joint_development_product_in_latin():
    msgs = [message("Перасылаю прапанову аб сумеснай распрацоўцы рухавіка МД-90.", pk=1, to="info@zenit.example.ru")]
    (f,) = kinds(run(msgs, orgs=ORGS, org_domains=DOMAINS, org_country={PARTNER: "ru"}), "joint_development")
    assert f.attributes["product"][0] == "md-90"


def test_share_in_the_joint_sentence_and_rejected_split_in_another_clause():
    msgs = [message("We jointly develop the XR-5 drone with НПО «Зенит-Авиа». Our share of the development costs is "
                    "35%, the 50/50 split proposed earlier was rejected.", pk=1, to="info@zenit.example.ru"),
            message("План на неделю.", pk=2)]
    (f,) = kinds(run(msgs, orgs=ORGS, org_domains=DOMAINS, org_country={PARTNER: "ru"}), "joint_development")
    assert f.attributes["product"][0] == "xr-5" and f.attributes["funding_share"] == 0.35


def test_a_work_named_by_its_code_name_alone_is_the_product_given_that_name():
    msgs = [message("Направляю предложение НПО «Зенит-Авиа» о совместной разработке редуктора ГРВ-90 (шифр «Ясень»).",
                    pk=1, date="2023-01-10T10:00:00+03:00", sender="info@zenit.example.ru"),
            message("Финансирование ОКР «Ясень»: Завод – 60 %, НПО «Зенит-Авиа» – 40 %. Стороны совместно выполняют "
                    "ОКР «Ясень».", pk=2, date="2023-03-10T10:00:00+03:00", sender="info@zenit.example.ru")]
    found = kinds(run(msgs, orgs=ORGS, org_domains=DOMAINS), "joint_development")
    assert len(found) == 1 and {"grv-90"} <= set(found[0].attributes["product"])


def test_two_designations_of_one_product_and_halves_that_replace_earlier_numbers():
    from findings_builders import kinds, message, run
    msgs = [message("Пересылаю предложение о совместной разработке трансмиссии ГТ-85 (у партнёра HT-85).", pk=1,
                    to="info@zenit.example.ru"),
            message("Joint development of the HT-85 transmission: we propose a split of 30/70.", pk=2,
                    sender="info@zenit.example.ru", to="a.tamash@verba.example.by"),
            message("Канчаткова ўзгоднена, што палову выдаткаў на ДКР па ГТ-85 нясе наш бок; папярэднія варыянты "
                    "(30/70, 40/60) страчваюць сілу.", pk=3)]
    (f,) = kinds(run(msgs, orgs={"o-partner": ["НПО «Зенит-Авиа»"]}, org_domains={"o-partner": "zenit.example.ru"}),
                 "joint_development")
    assert set(f.attributes["product"]) == {"gt-85", "ht-85"} and f.attributes["funding_share"] == 0.5
