import pytest
from findings_builders import HOME, kinds, message, run

P = {"p-yar": ["Тамашевич Велимир Петрович", "Велимир Петрович", "Я.П. Тамашевич", "Тамашевича Велимира Петровича"],
     "p-han": ["Тамашевич Зоя Ильинична", "Зоя Ильинична", "Тамашевич Зоей Ильиничной"],
     "p-ole": ["Тамашевич Олеся Велимировна", "Олесей", "Олеся"],
     "p-kir": ["Кирилл Лис", "К. Лис", "Кириллом Лисом"],
     "p-mum": ["Богдана Мирославівна"]}
EMAILS = {"a.tamash@verba.example.by": "p-yar", "k.lis@verba.example.by": "p-kir"}


def found(msgs):
    return run(msgs, people=P, emails=EMAILS)


def test_citizenship_lists_every_country_of_a_form():
    form = ("АНКЕТА\nФамилия, имя, отчество: Тамашевич Велимир Петрович\n"
            "Гражданство (подданство), в том числе прежнее: Республика Беларусь; Российская Федерация (с 2014 г.)\n"
            "Вид на жительство в иностранном государстве: не имею")
    msgs = [message("Анкета во вложении.", attachments=[("anketa.docx", form)]),
            message("По российскому паспорту лететь не вариант, он у меня на замене.", pk=2)]
    (f,) = kinds(found(msgs), "citizenship")
    assert f.subjects == ["p-yar"]
    assert f.attributes["countries"] == ["by", "ru"]
    assert len({e.message_id for e in f.evidence}) == 2


def test_residence_permit_is_no_citizenship():
    msgs = [message("Мне продлили вид на жительство в Республике Польша до 2026 года."),
            message("I have a residence permit of Lithuania, nothing more.", pk=2)]
    assert kinds(found(msgs), "citizenship") == []


def test_ukrainian_your_passport_is_the_addressee_s():
    msgs = [message("Синку, твій український паспорт закінчується у вересні.", sender="mama@ukr.example.ua",
                    to="a.tamash@verba.example.by")]
    (f,) = kinds(found(msgs), "citizenship")
    assert f.subjects == ["p-yar"] and f.attributes["countries"] == ["ua"]


def test_family_from_a_form_and_from_a_sign_off():
    form = ("Я, Тамашевич Велимир Петрович, уведомляю о выезде.\n"
            "Жена — Тамашевич Зоя Ильинична, 1980 г.р.\nДочь — Тамашевич Олеся Велимировна, 2010 г.р.")
    msgs = [message("Уведомление во вложении.", attachments=[("notice.docx", form)]),
            message("Дуже сумую.\nЦілую, твоя мама", pk=2, sender="mama@ukr.example.ua",
                    to="a.tamash@verba.example.by", sender_name="Богдана Мирославівна")]
    fam = {(tuple(f.subjects), f.attributes["relationship"]) for f in kinds(found(msgs), "family_relation")}
    assert (("p-yar", "p-han"), "spouse") in fam
    assert (("p-yar", "p-ole"), "child") in fam
    assert (("p-yar", "p-mum"), "parent") in fam


def test_belarusian_my_wife():
    msgs = [message("Мая жонка, Зоя Ильинична, вярнулася дадому.")]
    (f,) = kinds(found(msgs), "family_relation")
    assert f.subjects == ["p-yar", "p-han"] and f.attributes["relationship"] == "spouse"


def test_employment_from_contract_party_and_signature():
    msgs = [message("ОАО «Вербовский станкозавод» в лице генерального директора Тамашевича Велимира Петровича, "
                    "действующего на основании Устава.", pk=1),
            message("Спасибо.\n\nК. Лис\nведущий инженер-технолог", pk=2, sender="k.lis@verba.example.by")]
    emp = {(tuple(f.subjects), f.attributes["role"]) for f in kinds(found(msgs), "employment")}
    assert (("p-yar", HOME), "general director") in emp
    assert (("p-kir", HOME), "lead process engineer") in emp


def test_department_named_after_a_post_is_no_post():
    msgs = [message("Возложить обязанности на инженера отдела главного конструктора К. Лис.")]
    roles = [f.attributes["role"] for f in kinds(found(msgs), "employment")]
    assert "chief designer" not in roles


def test_ukrainian_citizen_and_english_nationality():
    msgs = [message("Я, Тамашевич Велимир Петрович, громадянин України, прошу записати мене на прийом.", pk=1),
            message("Applicant: Кирилл Лис\nNationality: LITHUANIA", pk=2, sender="visa@consulate.example.lt",
                    to="k.lis@verba.example.by")]
    got = {f.subjects[0]: f.attributes["countries"] for f in kinds(found(msgs), "citizenship")}
    assert got == {"p-yar": ["ua"], "p-kir": ["lt"]}


def test_negated_citizenship_is_none():
    msgs = [message("Иного гражданства не имею. Гражданство другого государства: нет.")]
    assert kinds(found(msgs), "citizenship") == []


def test_employment_name_before_post_and_form_field():
    form = "АНКЕТА\nФамилия, имя, отчество: Тамашевич Велимир Петрович\nМесто работы и должность: ОАО «Вербовский станкозавод», главный инженер"
    msgs = [message("Кирилл Лис, начальник цеха ОАО «Вербовский станкозавод», просит перенести совещание.", pk=1),
            message("Анкета.", pk=2, attachments=[("anketa.docx", form)]),
            message("Наш совет директоров одобрил план.", pk=3)]
    emp = {(tuple(f.subjects), f.attributes["role"]) for f in kinds(found(msgs), "employment")}
    assert emp == {(("p-kir", HOME), "head of shop"), (("p-yar", HOME), "chief engineer")}


def test_english_is_my_wife_and_residence_clause():
    msgs = [message("Тамашевич Зоя Ильинична is my wife.", pk=1),
            message("Тамашевич Велимир Петрович holds a Polish residence permit and is a citizen of Belarus.", pk=2),
            message("Вам, гражданину Украины, продлён вид на жительство в Республике Польша.", pk=3,
                    sender="office@migr.example.pl", to="k.lis@verba.example.by")]
    f = found(msgs)
    assert [(x.subjects, x.attributes["relationship"]) for x in kinds(f, "family_relation")] == [
        (["p-yar", "p-han"], "spouse")]
    got = {x.subjects[0]: x.attributes["countries"] for x in kinds(f, "citizenship")}
    assert got == {"p-yar": ["by"], "p-kir": ["ua"]}


def test_signature_post_with_a_lower_case_qualifier():
    msgs = [message("Направляю акт.\n\nК. Лис\nинженер по работе с поставщиками", pk=1, sender="k.lis@verba.example.by"),
            message("Дзякуй.\n\nК. Лис\nінжынер па рабоце з заказчыкамі", pk=2, sender="k.lis@verba.example.by")]
    emp = {(tuple(f.subjects), f.attributes["role"]) for f in kinds(found(msgs), "employment")}
    assert (("p-kir", HOME), "engineer") in emp
    assert {e.message_id for f in kinds(found(msgs), "employment") for e in f.evidence} == {
        "<m1@verba.example.by>", "<m2@verba.example.by>"}


def test_signature_post_that_goes_on_with_its_department_in_the_genitive():
    msgs = [message("Справка во вложении.\n\nК. Лис\nначальник отдела материально-технического снабжения\nтел. 2-13-40",
                    pk=1, sender="k.lis@verba.example.by")]
    emp = {(tuple(f.subjects), f.attributes["role"]) for f in kinds(found(msgs), "employment")}
    assert emp == {(("p-kir", HOME), "head of department")}


def test_a_reflexive_possessive_points_at_the_clauses_subject():
    people = {"p-iv": ["Тимур Саидов"], "p-br": ["Русланом Саидовым"], "p-me": ["Олег Крутов"]}
    msgs = [message("На встрече Тимур Саидов познакомил нас со своим братом, Русланом Саидовым.",
                    sender="o.krutov@verba.example.by")]
    (f,) = kinds(run(msgs, people=people, emails={"o.krutov@verba.example.by": "p-me"}), "family_relation")
    assert set(f.subjects) == {"p-iv", "p-br"} and f.attributes["relationship"] == "sibling"


def test_a_name_then_my_kinship_word_in_apposition_is_the_writers_relative():
    people = {"p-mum": ["Ганна Мельник"], "p-dau": ["Оленка"], "p-son": ["Олег Крутов"]}
    msgs = [message("Наша Оленка, моя донька, вже тиждень не відповідає на телефон.\\n\\nЦілую, Ганна Мельник",
                    sender="h.melnyk@ukr.example.ua", to="o.krutov@verba.example.by")]
    (f,) = kinds(run(msgs, people=people, emails={"h.melnyk@ukr.example.ua": "p-mum",
                                                  "o.krutov@verba.example.by": "p-son"}), "family_relation")
    assert (f.subjects, f.attributes["relationship"]) in ((["p-mum", "p-dau"], "child"), (["p-dau", "p-mum"], "parent"))


def test_citizenship_denied_after_the_country_is_none():
    people = {"p-dz": ["Ярошевич Дмитрий"]}
    msgs = [message("Ярошевич Дмитрий гражданин Республики Беларусь, имеет вид на жительство в РФ, но гражданином РФ "
                    "не является.")]
    (f,) = kinds(run(msgs, people=people), "citizenship")
    assert f.attributes["countries"] == ["by"]


def test_a_citizenship_that_ended_is_not_held():
    people = {"p-ol": ["Гончаренко Остап Ильич"]}
    msgs = [message("Анкета\nФИО\tГончаренко Остап Ильич\nГражданство\tРоссийская Федерация (с 2014 г.). "
                    "Гражданство Украины прекращено в 2016 г.")]
    (f,) = kinds(run(msgs, people=people), "citizenship")
    assert f.attributes["countries"] == ["ru"]


def test_relatives_of_the_person_a_sentence_reports_on():
    """"X сообщил, что ездил с женой Y": X's wife, not the writer's."""
    people = {"p-rep": ["Сагитов Р.И."], "p-wife": ["Алсу"], "p-me": ["Олег Крутов"]}
    msgs = [message("Коллеги, добрый день.\n\nСагитов Р.И. сегодня сообщил, что на майских ездил с женой Алсу в Ереван.",
                    sender="o.krutov@verba.example.by")]
    (f,) = kinds(run(msgs, people=people, emails={"o.krutov@verba.example.by": "p-me"}), "family_relation")
    assert set(f.subjects) == {"p-rep", "p-wife"} and f.attributes["relationship"] == "spouse"


def test_both_citizenships_said_with_and_and():
    people = {"p-ai": ["Сейткали Дана"]}
    msgs = [message("Сейткали Дана: с документами проблем нет, я гражданка и Казахстана, и России, поеду по "
                    "казахстанскому паспорту.", sender="d.seitkali@verba.example.by")]
    (f,) = kinds(run(msgs, people=people, emails={"d.seitkali@verba.example.by": "p-ai"}), "citizenship")
    assert f.attributes["countries"] == ["kz", "ru"]


def test_a_tables_citizenship_column_is_each_rows_persons():
    people = {"p-a": ["Тамашевич Велимир Петрович"], "p-b": ["Лис Кирилл Иванович"]}
    sheet = ("ФИО\tДата рождения\tГражданство\tДолжность\n"
             "Тамашевич Велимир Петрович\t14.09.1978\tРеспублика Беларусь\tглавный технолог\n"
             "Лис Кирилл Иванович\t19.04.1976\tРеспублика Беларусь; Российская Федерация\tглавный инженер")
    msgs = [message("Сверьте данные в таблице.", attachments=[("visa.xlsx", sheet)])]
    got = {tuple(f.subjects): f.attributes["countries"] for f in kinds(run(msgs, people=people), "citizenship")}
    assert got == {("p-a",): ["by"], ("p-b",): ["by", "ru"]}


def test_the_writers_own_citizenship_told_with_an_adjective():
    people = {"p-ir": ["Ирина Лис"]}
    msgs = [message("Мне подтвердили польское гражданство по дедушке. Белорусское гражданство у меня остаётся.\n\n"
                    "Ирина Лис", sender="i.lis@mail.example.by")]
    (f,) = kinds(run(msgs, people=people, emails={"i.lis@mail.example.by": "p-ir"}), "citizenship")
    assert f.attributes["countries"] == ["by", "pl"]


def test_a_citizenship_given_up_is_not_held():
    people = {"p-an": ["Андрей Лис"]}
    msgs = [message("Белорусское гражданство прекратил — теперь я только гражданин России.\n\nАндрей Лис",
                    sender="a.lis@mail.example.ru")]
    (f,) = kinds(run(msgs, people=people, emails={"a.lis@mail.example.ru": "p-an"}), "citizenship")
    assert f.attributes["countries"] == ["ru"]


def test_a_citizenship_the_writer_says_she_gave_up_is_not_held():
    people = {"p-ol": ["Оксана Лис"]}
    msgs = [message("Тепер я громадянка Польщі. Від українського громадянства я відмовилася ще торік.\n\nОксана Лис",
                    sender="o.lis@poczta.example.pl")]
    (f,) = kinds(run(msgs, people=people, emails={"o.lis@poczta.example.pl": "p-ol"}), "citizenship")
    assert f.attributes["countries"] == ["pl"]


def test_polish_citizenship_cue():
    people = {"p-ha": ["Halina Sokolik"]}
    msgs = [message("Halina Sokolik jest obywatelką Polski.")]
    (f,) = kinds(run(msgs, people=people), "citizenship")
    assert f.attributes["countries"] == ["pl"]


def test_i_am_the_father_of_a_named_child():
    people = {"p-den": ["Денис Лис"], "p-mat": ["Матвея", "Матвей Лис"]}
    msgs = [message("В договоре я указан как отец Матвея, так что справки будут спрашивать с меня.\n\nДенис Лис",
                    sender="d.lis@mail.example.ru")]
    (f,) = kinds(run(msgs, people=people, emails={"d.lis@mail.example.ru": "p-den"}), "family_relation")
    assert (f.subjects, f.attributes["relationship"]) in ((["p-den", "p-mat"], "child"), (["p-mat", "p-den"], "parent"))


def test_a_relative_named_after_a_dash_in_brackets():
    people = {"p-bu": ["Сагитову Булату Ришатовичу"], "p-sa": ["Сагитов Самир Булатович"]}
    msgs = [message("Выплатить помощь начальнику отдела Сагитову Булату Ришатовичу (сын - Сагитов Самир Булатович, "
                    "02.03.2026 г.р.).")]
    (f,) = kinds(run(msgs, people=people), "family_relation")
    assert (f.subjects, f.attributes["relationship"]) in ((["p-bu", "p-sa"], "child"), (["p-sa", "p-bu"], "parent"))


def test_a_kin_vocative_after_a_name_and_a_sign_off_to_two_people():
    msgs = [message("Доброго дня!\n\nОлеся, доню, дякую за листівку.", pk=1, sender="mama@ukr.example.ua",
                    sender_name="Богдана Мирославівна"),
            message("Дуже сумую.\nЦілую, ваша мама", pk=2, sender="mama@ukr.example.ua",
                    sender_name="Богдана Мирославівна")]
    msgs[1].to.append({"name": "", "email": "a.tamash@verba.example.by"})
    fam = {(tuple(f.subjects), f.attributes["relationship"]) for f in kinds(found(msgs), "family_relation")}
    # Олеся is the writer's child; "ваша мама" written to two people names no one's mother
    assert fam == {(("p-mum", "p-ole"), "child")}


def test_citizenship_an_aside_in_brackets_and_the_writers_own_after_the_noun():
    msgs = [message("Дочь — Тамашевич Олеся Велимировна (девичья фамилия — Тамашевич Зоя Ильинична), проживает в "
                    "Лимасоле по виду на жительство, гражданка Российской Федерации.", pk=1),
            message("Гражданство у меня, как ты помнишь, только российское, кипрское мне никто не даст.", pk=2,
                    sender="k.lis@verba.example.by", to="a.tamash@verba.example.by")]
    got = {tuple(f.subjects): f.attributes["countries"] for f in kinds(found(msgs), "citizenship")}
    assert got == {("p-ole",): ["ru"], ("p-kir",): ["ru"]}


def test_a_bare_kin_sign_off_and_your_mother_who_called():
    msgs = [message("Дома всё хорошо.\nЦелую, мама.", pk=1, sender="mama@ukr.example.ua",
                    sender_name="Богдана Мирославівна", to="a.tamash@verba.example.by"),
            message("Да, твоя мама звонила, просила перезвонить.", pk=2, sender="k.lis@verba.example.by",
                    to="a.tamash@verba.example.by")]
    fam = {(tuple(f.subjects), f.attributes["relationship"]) for f in kinds(found(msgs), "family_relation")}
    assert fam == {(("p-yar", "p-mum"), "parent")}


def test_a_short_aside_in_brackets_between_the_kin_word_and_the_name():
    msgs = [message("Анкета: брат (близнец) — Кирилл Лис, г. Рига.", pk=1)]
    fam = {(frozenset(f.subjects), f.attributes["relationship"]) for f in kinds(found(msgs), "family_relation")}
    assert fam == {(frozenset({"p-kir", "p-yar"}), "sibling")}


def test_a_marriage_names_a_spouse_of_the_person_named_before_it():
    people = {"p-kl": ["Лис Кириллу Андреевичу", "Кирилл Лис"], "p-el": ["Нуриевой Элиной Радиковной"],
              "p-ma": ["Марат Лис"], "p-da": ["Дине Ураловой"]}
    msgs = [message("Выплатить материальную помощь инженеру Лис Кириллу Андреевичу в связи с регистрацией брака с "
                    "Нуриевой Элиной Радиковной.", pk=1),
            message("Марат Лис сообщил, что его сын женился на Дине Ураловой.", pk=2)]
    fam = {(tuple(sorted(f.subjects)), f.attributes["relationship"]) for f in kinds(run(msgs, people=people), "family_relation")}
    assert (("p-el", "p-kl"), "spouse") in fam
    assert not any(set(s) == {"p-ma", "p-da"} for s, _r in fam)


def test_a_citizen_noun_of_one_gender_and_a_polish_you():
    people = {"p-ir": ["Irena Lis"], "p-ni": ["Nikity", "Nikita Lis"], "p-ha": ["Halina Sokolik"]}
    msgs = [message("Jako obywatelka Polski nie potrzebujesz już wizy, a dla Nikity załatwimy zaproszenie.\n\nHalina",
                    sender="h.sokolik@poczta.example.pl", to="irena.lis@mail.example.by")]
    (f,) = kinds(run(msgs, people=people, emails={"h.sokolik@poczta.example.pl": "p-ha",
                                                  "irena.lis@mail.example.by": "p-ir"}), "citizenship")
    assert f.subjects == ["p-ir"] and f.attributes["countries"] == ["pl"]


def test_a_citizen_of_two_countries_joined_by_and_and_a_later_citizen_is_another_person():
    form = ("Муж — Тамашевич Велимир Петрович, 12.11.1965 г.р., гражданин Республики Беларусь и Российской "
            "Федерации (российское гражданство с 2011 г.), пенсионер.\n"
            "Дочь — Тамашевич Олеся Велимировна, 21.06.1994 г.р., гражданка Республики Беларусь, замужем за "
            "гражданином Республики Польша Кириллом Лисом.")
    got = {f.subjects[0]: f.attributes["countries"] for f in kinds(found([message(form)]), "citizenship")}
    assert got["p-yar"] == ["by", "ru"] and got["p-ole"] == ["by"]


@pytest.mark.parametrize("text", ["А громадянство ж у нього лишається російське?",
                                  "Казахстанського паспорта в нього нема і не буде."])
def test_a_question_about_him_and_a_passport_he_has_not_are_no_citizenship_of_the_writer(text):
    msgs = [message(text, sender="a.tamash@verba.example.by", to="k.lis@verba.example.by")]
    assert kinds(found(msgs), "citizenship") == []
