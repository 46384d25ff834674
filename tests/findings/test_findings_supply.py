from findings_builders import HOME, kinds, message, run

VENDOR = "o-vendor"
ALT = "o-alt"
ORGS = {VENDOR: ["Brandt Fräsmaschinen"], ALT: ["Ningbo Haoyu"]}
DOMAINS = {VENDOR: "brandt.example.de", ALT: "haoyu.example.cn"}


def test_refusal_under_eu_sanctions_from_a_german_vendor():
    msgs = [message("We regret that under the sanctions of the European Union against Belarus we are unable to "
                    "supply the milling machine and spare spindles.", sender="sales@brandt.example.de"),
            message("Пересылаю ответ Brandt.", pk=2)]
    (f,) = kinds(run(msgs, orgs=ORGS, org_domains=DOMAINS), "sanctions_obstacle")
    assert f.subjects == [HOME]
    assert f.attributes["origin_country"] == "de"


def test_russian_made_in_phrase_sets_the_origin():
    msgs = [message("Из-за санкций США закупка разъёмов американского производства стала невозможной.")]
    (f,) = kinds(run(msgs), "sanctions_obstacle")
    assert f.attributes["origin_country"] == "us"


def test_if_sanctions_are_lifted_is_no_obstacle():
    msgs = [message("If the sanctions are lifted we could buy the German machine tools again."),
            message("Калі санкцыі здымуць, зноў купім нямецкія станкі.", pk=2)]
    assert kinds(run(msgs), "sanctions_obstacle") == []


def test_alternative_supplier_offer_for_blocked_goods():
    msgs = [
        message("Из-за санкций ЕС Brandt Fräsmaschinen не продаст нам фрезерный станок.", pk=1),
        message("Ningbo Haoyu can supply a five-axis machining centre as a replacement for the Brandt machine.",
                pk=2, sender="li@haoyu.example.cn"),
    ]
    found = run(msgs, orgs=ORGS, org_domains=DOMAINS)
    (alt,) = kinds(found, "alternative_supplier")
    assert alt.subjects == [HOME, ALT]
    assert alt.attributes["supplier_country"] == "cn"


def test_offer_of_the_blocked_goods_through_a_third_country_is_no_alternative():
    msgs = [
        message("Из-за санкций США поставка американских разъёмов невозможна.", pk=1),
        message("We can still source the original US-made connectors through a partner in a third country.",
                pk=2, sender="broker@gulfgate.example.ae"),
        message("Этот вариант не рассматриваем: никаких серых схем.", pk=3),
    ]
    assert kinds(run(msgs), "alternative_supplier") == []


def test_general_news_is_not_the_company_s_fact():
    msgs = [message("Еженедельная рассылка. ЕС ввёл санкции: немецкие фирмы не могут поставлять станки в Беларусь.",
                    subject="Промышленный обзор № 3", sender="digest@news.example.ru")]
    assert kinds(run(msgs), "sanctions_obstacle") == []


def test_offer_turned_down_by_name_is_no_alternative():
    msgs = [
        message("Из-за санкций ЕС Brandt Fräsmaschinen не продаст нам фрезерный станок.", pk=1,
                date="2023-01-10T10:00:00+03:00"),
        message("Ningbo Haoyu offers a machining centre as a replacement for the Brandt machine.", pk=2,
                sender="li@haoyu.example.cn", date="2023-01-20T10:00:00+03:00"),
        message("Предложение Ningbo Haoyu отклонили: станок не подходит по точности.", pk=3,
                date="2023-02-01T10:00:00+03:00"),
    ]
    assert kinds(run(msgs, orgs=ORGS, org_domains=DOMAINS), "alternative_supplier") == []


def test_ukrainian_obstacle():
    msgs = [message("Через санкції США постачання американських підшипників неможливе.")]
    (f,) = kinds(run(msgs), "sanctions_obstacle")
    assert f.attributes["origin_country"] == "us"


def test_the_firm_named_after_instead_of_is_replaced_not_the_supplier():
    orgs = {"o-maker": ["Lindemann"], ALT: ["Ningbo Haoyu", "Хаоюй"]}  # the replaced maker: no country known
    msgs = [message("Фрезерные станки из Германии нам не поставят из-за санкций ЕС."),
            message("Решили: вместо немецкого Lindemann берём китайский фрезерный станок у Хаоюй.", pk=2)]
    found = kinds(run(msgs, orgs=orgs, org_domains=DOMAINS), "alternative_supplier")
    assert [f.subjects for f in found] == [[HOME, ALT]]
    assert found[0].attributes["supplier_country"] == "cn"


def test_an_offer_beside_a_refusal_answers_it_whatever_the_goods():
    orgs = {"o-turk": ["Ege Ölçüm"]}
    msgs = [message("Нямецкая фірма Brandt адмовіла канчаткова: санкцыі ЕС. Затое турэцкая фірма «Ege Ölçüm» прапануе прыборы "
                    "ўласнай вытворчасці.", pk=1)]
    found = kinds(run(msgs, orgs=orgs), "alternative_supplier")
    assert [(f.subjects[-1], f.attributes["supplier_country"]) for f in found] == [("o-turk", "tr")]


def test_goods_no_longer_available_or_blocked_by_us_controls_are_an_obstacle():
    msgs = [message("Since our former US-made FPGAs are blocked by US export controls, we need another source.", pk=1)]
    (f,) = kinds(run(msgs), "sanctions_obstacle")
    assert f.attributes["origin_country"] == "us"
    assert kinds(run(msgs), "equipment_shortage") == []


def test_a_denied_ban_the_belarusian_please_and_a_german_refusal():
    msgs = [message("Микроконтроллеры (Тайвань) формально не запрещены, но поставщик работать с нами перестал.", pk=1),
            message("Калі ласка, глядзіце ніжэй: з-за санкцый ЕС немецкая фірма не можа прадаць нам скрынкі перадач.",
                    pk=2),
            message("Leider müssen wir Ihnen mitteilen, dass wir aufgrund der restriktiven Maßnahmen der EU keine "
                    "Getriebe an Ihr Unternehmen liefern dürfen.", pk=3, sender="sales@getriebe.example.de")]
    found = kinds(run(msgs), "sanctions_obstacle")
    assert {f.attributes["origin_country"] for f in found} == {"de"}
    assert {e.message_id for f in found for e in f.evidence} == {"<m2@verba.example.by>", "<m3@getriebe.example.de>"}


def test_goods_that_may_no_longer_be_sold_and_a_regime_named_after_a_country():
    msgs = [message("Following the restrictive measures under Council Regulation (EU) No 833/2014, these seals may "
                    "no longer be sold or exported to Belarus.", sender="sales@brandt.example.de"),
            message("Die Maschinen fallen unter die Verordnung über Massnahmen im Zusammenhang mit der Situation in "
                    "der Ukraine; die Ausfuhr nach Belarus ist uns untersagt.", pk=2, sender="sales@brandt.example.de")]
    found = kinds(run(msgs, orgs=ORGS, org_domains=DOMAINS), "sanctions_obstacle")
    assert [f.attributes["origin_country"] for f in found] == ["de"]
