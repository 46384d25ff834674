"""Whose share a percentage is, and the partner's country from a city adjective (fictional text)."""
import pytest
from findings_builders import HOME, kinds, message, run

from paperchase.findings.shares import city_adjective_countries, is_work_term

PARTNER = "o-partner"
ORGS = {PARTNER: ["НПО «Зенит-Авиа»"]}
DOMAINS = {PARTNER: "zenit.example.ru"}
JOINT = "Стороны договорились о совместной разработке тренажёра ТК-9."


def share_of(text, *, sender="a.tamash@verba.example.by", country=True):
    msgs = [message(JOINT, pk=1, to="info@zenit.example.ru"),
            message(text, pk=2, sender=sender, date="2023-04-10T10:00:00+03:00",
                    to="a.tamash@verba.example.by" if "zenit" in sender else "info@zenit.example.ru"),
            message("План на неделю.", pk=3), message("Совещание в пятницу.", pk=4)]
    kw = {"org_country": {PARTNER: "am"}} if country else {}
    (f,) = kinds(run(msgs, orgs=ORGS, org_domains=DOMAINS, **kw), "joint_development")
    return f


@pytest.mark.parametrize("text", [
    "Итог: доля завода в финансировании — 70 процентов, армянская сторона берёт на себя 30 процентов.",
    "Финансирование: ОАО «Вербовский станкозавод» — 70 %, НПО «Зенит-Авиа» — 30 %.",
    "Финансирование: НПО «Зенит-Авиа» — 30 %, ОАО «Вербовский станкозавод» — 70 %.",
    "Доля финансирования: армянский бок — 30 працэнтаў.",
])
def test_the_home_share_whoever_is_named_first(text):
    assert share_of(text).attributes["funding_share"] == 0.7


@pytest.mark.parametrize("text", [
    "Наша доля финансирования — 30 процентов.",  # ru
    "Наша доля — 30 працэнтаў.",  # be
    "Наша частка — 30 відсотків.",  # uk
    "Our share of the cost is 30%.",  # en
])
def test_our_share_in_a_letter_from_the_partner_is_the_partner_s(text):
    assert share_of(text, sender="info@zenit.example.ru").attributes["funding_share"] == 0.7


def test_a_split_no_longer_applied_is_not_the_latest():
    f = share_of("Доля завода — 70 %, армянская сторона — 30 %. Ранее обсуждавшееся финансирование 50 на 50 "
                 "не применяется.")
    assert f.attributes["funding_share"] == 0.7


def test_partner_country_from_a_city_adjective_or_a_side():
    msgs = [message("Пересылаю предложение ереванского КБ о совместной разработке тренажёра ТК-9.", pk=1)]
    (f,) = kinds(run(msgs, orgs=ORGS), "joint_development")
    assert f.attributes["partner_country"] == "am"
    msgs = [message(JOINT, pk=1), message("По ТК-9: армянская сторона финансирует 30 процентов.", pk=2)]
    (f,) = kinds(run(msgs, orgs=ORGS), "joint_development")
    assert f.attributes["partner_country"] == "am"


def test_city_adjectives_and_work_terms():
    assert "am" in city_adjective_countries("ереванского КБ")
    assert city_adjective_countries("технический английский русский") == []
    assert is_work_term("ОКР") and not is_work_term("НПО «Зенит-Авиа»")
    assert HOME


@pytest.mark.parametrize("text, want", [
    ("Финансирование ОКР в пропорции 70/30 согласовано.", 0.7),
    ("Доля финансирования: армянская сторона — 30, по схеме 70 на 30.", 0.7),
    ("Funding of the work: the Armenian side pays 30 %, we pay the rest.", 0.7),
])
def test_a_split_written_as_a_ratio_or_a_foreign_side(text, want):
    assert share_of(text).attributes["funding_share"] == want


def test_a_partner_at_home_by_its_city_adjective():
    msgs = [message("Пересылаю предложение бобруйского КБ о совместной разработке тренажёра ТК-9.", pk=1)]
    (f,) = kinds(run(msgs), "joint_development")
    assert f.attributes["partner_country"] == "by"  # the home country of the builders' firm


def test_a_share_raised_from_one_figure_to_another_is_the_new_one() -> None:
    from paperchase.findings.cues import percentages, replaced_values

    for text, kept in [("Доля финансирования завода увеличивается с 30% до 50%.", 0.5),
                       ("Our share of the funding rises from 25 % to 40 %.", 0.4),
                       ("Доля фінансавання павялічваецца з 20% да 45%.", 0.45)]:
        gone = replaced_values(text)
        assert [v for p, v in percentages(text) if p not in gone] == [kept], text


def test_a_share_written_as_a_decimal_fraction_and_the_one_it_replaced():
    f = share_of("Доля завода в финансировании изменена с 0,40 на 0,45; армянская сторона — 0,55.")
    assert f.attributes["funding_share"] == 0.45


def test_a_share_in_words_and_a_designation_with_a_letter_group():
    from paperchase.findings.shares import fractions
    assert fractions("доля завода составляет две пятых, доля партнёра — три пятых") == [(23, 0.4), (50, 0.6)]
    assert fractions("шесть десятых общей стоимости") == [(0, 0.6)]
    msgs = [message("Стороны совместно разрабатывают установку ТА-К40.", pk=1, to="info@zenit.example.ru"),
            message("Доля завода в финансировании установки ТА-К40 составляет две пятых.", pk=2,
                    to="info@zenit.example.ru")]
    (f,) = kinds(run(msgs, orgs=ORGS, org_domains=DOMAINS, org_country={PARTNER: "am"}), "joint_development")
    assert f.attributes["product"][0] == "ta-k40" and f.attributes["funding_share"] == 0.4


@pytest.mark.parametrize("text", [
    "Финансирование: 70 % ОАО «Вербовский станкозавод», 30 % НПО «Зенит-Авиа».",
    "Па фінансаванні пагадзіліся на кампраміс - 70 % наша доля, 30 % іх.",
])
def test_a_number_before_its_owner(text):
    assert share_of(text).attributes["funding_share"] == 0.7


@pytest.mark.parametrize("text", [
    "Финансирование: 25 % мы принять не можем, нужна хотя бы треть.",
    "Доли финансирования, указанные в меморандуме (25 % / 75 %), утрачивают силу.",
])
def test_a_share_refused_or_superseded_is_no_agreement(text):
    msgs_text = "Финансирование: наша доля — 70 %."
    first = share_of(msgs_text)
    assert first.attributes["funding_share"] == 0.7
    f = share_of(text)
    assert f.attributes.get("funding_share") != 0.25


@pytest.mark.parametrize("text", [
    "Протокол подписан, наша доля - семьдесят процентов.",
    "Финансирование: завод несёт четырнадцать двадцатых (14/20) стоимости работ, партнёр - шесть двадцатых.",
    "Па фінансаванні: наша доля - семдзесят працэнтаў.",
    "Our share of the cost is seventy per cent.",
])
def test_a_share_written_in_words(text):
    assert share_of(text).attributes["funding_share"] == 0.7


def test_numbers_in_words_add_up_and_a_teen_denominator_is_no_fifth():
    from paperchase.findings.cues import percentages
    from paperchase.findings.shares import fractions
    assert percentages("шестьдесят пять процентов") == [(0, 0.65)]
    assert percentages("сорок пять (45) процентов, 45 (сорок пять) процентов") == [(0, 0.45), (27, 0.45)]
    assert fractions("две пятнадцатых") == [] and fractions("тринадцать двадцатых") == [(0, 0.65)]


@pytest.mark.parametrize("text,share", [
    ("Соглашаемся: 70 процентов наши, 30 - ваши.", 0.7),
    ("Хорошо: 30 % ваши, остальное наше.", 0.7),
])
def test_a_number_named_by_its_owner_alone_is_a_split(text, share):
    assert share_of(text).attributes["funding_share"] == share


def test_a_number_table_with_a_bad_value_names_the_file():
    from paperchase.errors import DataFileError
    from paperchase.findings.numbers import parse
    with pytest.raises(DataFileError, match="numbers.yml"):
        parse({"cardinals": {"пять": "five"}, "parts": {}})
