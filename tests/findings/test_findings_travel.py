import pytest
from findings_builders import kinds, message, run

P = {"p-yar": ["Тамашевич Велимир Петрович", "Велимир Петрович", "TAMASHEVICH YAROSLAU"],
     "p-han": ["Тамашевич Зоя Ильинична", "Зоя Ильинична", "TAMASHEVICH ZOYA"],
     "p-kir": ["Кирилл Лис", "К. Лис", "Кириллом"]}
EMAILS = {"a.tamash@verba.example.by": "p-yar", "k.lis@verba.example.by": "p-kir"}


def trips(msgs):
    return kinds(run(msgs, people=P, emails=EMAILS), "foreign_travel")


def test_trip_with_wife_is_one_finding_with_both_travellers():
    msgs = [
        message("Жена — Тамашевич Зоя Ильинична.", pk=1, date="2022-11-01T10:00:00+03:00"),
        message("Уведомляю о выезде в Италию (г. Рим) с 27.12.2022 по 05.01.2023, выезжаю с женой.", pk=2,
                date="2022-11-20T10:00:00+03:00"),
        message("Мы встретили Новый год в Риме, всё прекрасно!", pk=3, date="2023-01-03T10:00:00+03:00"),
    ]
    (t,) = trips(msgs)
    assert t.attributes["country"] == "it" and t.attributes["start"] == "2022-12"
    assert set(t.subjects) == {"p-yar", "p-han"}
    assert {e.message_id for e in t.evidence} >= {"<m2@verba.example.by>", "<m3@verba.example.by>"}


def test_quoted_history_is_one_trip_citing_every_message():
    first = "В марте мы с вами летим в Ереван на переговоры."
    msgs = [message(first, pk=1, date="2023-02-01T10:00:00+03:00", to="k.lis@verba.example.by"),
            message("Понял, билеты закажу.\n\n01.02.2023 10:00, Велимир Петрович:\n> " + first, pk=2,
                    date="2023-02-02T10:00:00+03:00", sender="k.lis@verba.example.by", to="a.tamash@verba.example.by")]
    (t,) = trips(msgs)
    assert t.attributes["country"] == "am" and t.attributes["start"] == "2023-03"
    assert {e.message_id for e in t.evidence} == {"<m1@verba.example.by>", "<m2@verba.example.by>"}
    assert set(t.subjects) == {"p-yar", "p-kir"}


def test_domestic_trip_is_not_foreign():
    msgs = [message("На следующей неделе еду в командировку в Гомель, на завод.")]
    assert trips(msgs) == []


def test_cancelled_trip_and_refused_visa_are_no_trip():
    msgs = [
        message("В мае едем в Польшу, в Краков.", pk=1, date="2023-03-01T10:00:00+03:00"),
        message("Поездку в Польшу отменили: визу не дали.", pk=2, date="2023-04-10T10:00:00+03:00"),
        message("Якщо дадуть візу, на Великдень поїду до Вільнюса.", pk=3, date="2023-03-05T10:00:00+03:00"),
    ]
    assert trips(msgs) == []


def test_transit_is_no_destination():
    msgs = [message("We fly to Batumi via Istanbul on 3 June.", date="2023-05-01T10:00:00+03:00")]
    (t,) = trips(msgs)
    assert t.attributes["country"] == "ge"


def test_booking_guests_travel():
    pdf = ("BOOKING CONFIRMATION\nHotel Sol, Antalya, Turkey\nLead guest: TAMASHEVICH YAROSLAU\n"
           "Other guests: TAMASHEVICH ZOYA\nCheck-in: 14 August 2023")
    msgs = [message("Бронь во вложении.", attachments=[("booking.pdf", pdf)], date="2023-06-01T10:00:00+03:00")]
    (t,) = trips(msgs)
    assert t.attributes == {"country": "tr", "start": "2023-08", "place": "Antalya"}
    assert set(t.subjects) == {"p-yar", "p-han"}


def test_belarusian_trip_with_wife_in_august():
    msgs = [message("Мая жонка — Тамашевич Зоя Ильинична.", pk=1, date="2023-05-01T10:00:00+03:00"),
            message("Мы з жонкай ляцім у Турцыю ў жніўні, у Анталію.", pk=2, date="2023-06-01T10:00:00+03:00")]
    (t,) = trips(msgs)
    assert t.attributes["country"] == "tr" and t.attributes["start"] == "2023-08"
    assert set(t.subjects) == {"p-yar", "p-han"}


def test_hosts_and_unnamed_colleagues_do_not_travel():
    msgs = [message("We are delighted that Велимир Петрович and you will visit us in Ankara from 3 to 7 April.",
                    pk=1, date="2023-03-01T10:00:00+03:00", sender="host@anka.example.com.tr",
                    to="k.lis@verba.example.by"),
            message("Коллеги из соседнего цеха были в Турции в мае.", pk=2, date="2023-06-01T10:00:00+03:00")]
    found = trips(msgs)
    assert [set(t.subjects) for t in found] == [{"p-yar", "p-kir"}]


def test_transit_stop_and_changed_connection_do_not_cancel_the_trip():
    msgs = [message("Летим в Батуми 3 июня, в Стамбуле пересадка.", pk=1, date="2023-05-01T10:00:00+03:00"),
            message("Рейс через Стамбул отменили, летим через Ереван.", pk=2, date="2023-05-20T10:00:00+03:00")]
    (t,) = trips(msgs)
    assert t.attributes["country"] == "ge" and t.attributes["start"] == "2023-06"


@pytest.mark.parametrize("text", [
    "Нам отказали в испанских визах, поэтому в Барселону на ярмарку мы не едем.",  # ru
    "Мне не далі візу, таму ў Барселону на кірмаш я не паеду.",  # be
    "Мені відмовили у візі, тож до Барселони на ярмарок я не їду.",  # uk
    "My visa was refused, so I am not going to the fair in Barcelona.",  # en
    "Мяне не пусцілі на мяжы, у Барселону на кірмаш я не трапіў.",  # be: turned back at the border
])
def test_a_refused_visa_in_the_sentence_is_no_trip(text):
    assert trips([message(text, date="2023-09-10T10:00:00+03:00")]) == []


@pytest.mark.parametrize("refusal", [
    "Увы, визу мне так и не дали.",  # ru
    "На жаль, у візе мне адмовілі.",  # be
    "На жаль, у візі мені відмовили.",  # uk
    "Unfortunately the consulate denied me a visa.",  # en
])
def test_a_refusal_in_a_neighbouring_sentence_blocks_the_trip(refusal):
    text = "20 октября я лечу в Барселону на ярмарку. " + refusal
    assert trips([message(text, date="2023-09-10T10:00:00+03:00")]) == []
    later = message(refusal, pk=2, date="2023-09-20T10:00:00+03:00", subject="Re: Барселона")
    assert trips([message("20 октября я лечу в Барселону на ярмарку.", date="2023-09-10T10:00:00+03:00"), later]) == []


@pytest.mark.parametrize("refusal", ["Увы, визу мне так и не дали.", "Sadly my visa application was rejected."])
def test_a_refusal_naming_no_country_blocks_the_trip_of_its_thread(refusal):
    plan = message("20 октября я лечу в Барселону на ярмарку.", date="2023-09-10T10:00:00+03:00", thread=7)
    reply = message(refusal, pk=2, date="2023-09-25T10:00:00+03:00", subject="Re: ярмарка", thread=7)
    assert trips([plan, reply]) == []
    other = message(refusal, pk=2, date="2023-09-25T10:00:00+03:00", subject="Re: ярмарка", thread=8)
    assert len(trips([plan, other])) == 1


@pytest.mark.parametrize("text", [
    "Поездка в Барселону на ярмарку 20 октября не состоялась.",  # ru
    "Паездка ў Барселону на кірмаш 20 кастрычніка не адбылася.",  # be
    "Поїздка до Барселони на ярмарок 20 жовтня не відбулася.",  # uk
    "The trip to Barcelona for the fair on 20 October fell through.",  # en
])
def test_a_trip_that_did_not_take_place_is_no_trip(text):
    assert trips([message(text, date="2023-10-25T10:00:00+03:00")]) == []


@pytest.mark.parametrize("text", [
    "Я собирался лететь в Барселону 20 октября. Увы, теперь я не лечу.",  # ru
    "Я збіраўся ляцець у Барселону 20 кастрычніка. На жаль, я не еду.",  # be
    "Я збирався до Барселони 20 жовтня. На жаль, я не їду.",  # uk
    "I planned to fly to Barcelona on 20 October. Sadly I am not going.",  # en
])
def test_a_trip_declined_in_the_next_sentence_is_no_trip(text):
    assert trips([message(text, date="2023-09-25T10:00:00+03:00")]) == []


def test_a_routes_points_before_its_end_are_no_destination():
    msgs = [message("Подтверждаем бронирование.\nТуристы: TAMASHEVICH YAROSLAU, TAMASHEVICH ZOYA\nМаршрут: Минск (MSQ) — Москва (SVO) — "
                    "Ханой (HAN), вылет 06.08.2024.\nОтель: Lotus, Ханой, Вьетнам, 06.08–18.08.2024.",
                    subject="Подтверждение бронирования", date="2024-08-01T10:00:00+03:00")]
    assert {f.attributes["country"] for f in trips(msgs)} == {"vn"}


def test_belarusian_may_holidays_are_may():
    msgs = [message("Кірыл, на майскія ляцім з табой у Стамбул на завод.", date="2024-04-10T10:00:00+03:00")]
    (f,) = trips(msgs)
    assert f.attributes["country"] == "tr" and f.attributes["start"].startswith("2024-05")


def test_a_personal_letter_with_news_in_its_subject_is_read():
    people = {"p-bro": ["Андрей Лисовский"]}
    msgs = [message("Главная новость: я наконец получил российский паспорт, теперь я гражданин России.",
                    subject="Новости из дома", sender="andrei@mail.example.ru", sender_name="Андрей Лисовский")]
    (f,) = kinds(run(msgs, people=people, emails={"andrei@mail.example.ru": "p-bro"}), "citizenship")
    assert f.subjects == ["p-bro"] and f.attributes["countries"] == ["ru"]


def test_an_invitation_alone_is_no_trip():
    msgs = [message("You are invited to visit the Gulf Aviation Expo in Dubai, 22-24 April.",
                    sender="expo@gulfexpo.example.ae", date="2024-03-01T10:00:00+03:00")]
    assert trips(msgs) == []


def test_the_place_in_one_clause_and_who_and_when_in_the_next():
    msgs = [message("Кирилл, командировка в КНР (г. Шанхай) согласована: с 07.09 по 13.09.2025 летим вдвоём – вы и я.",
                    to="k.lis@verba.example.by", date="2025-08-26T10:00:00+03:00")]
    (f,) = trips(msgs)
    assert f.attributes["country"] == "cn" and f.attributes["start"] == "2025-09"
    assert set(f.subjects) == {"p-yar", "p-kir"}


def test_a_forwarded_bookings_stay_starts_at_arrival_not_at_the_forwards_date():
    text = ("Кирилл, подтверждение для сведения.\n\n---------- Forwarded message ---------\nFrom: Reservations "
            "<res@hotel.example.com.tr>\nDate: Wed, 24 Apr 2024 at 10:02\nSubject: Booking confirmation\n\n"
            "we are pleased to confirm your reservation:\nGuests: TAMASHEVICH YAROSLAU, TAMASHEVICH ZOYA\n"
            "Arrival: 01.05.2024, Departure: 05.05.2024\nHotel Lale, Istanbul")
    (f,) = trips([message(text, date="2024-04-24T11:40:00+03:00")])
    assert f.attributes["country"] == "tr" and f.attributes["start"] == "2024-05"


def test_a_cancellation_naming_another_town_leaves_the_trip():
    msgs = [message("Командировать в г. Ереван (Республика Армения) с 9 по 11 июня 2023 г. Тамашевича Велимира "
                    "Петровича.", pk=1, date="2023-05-26T10:00:00+03:00"),
            message("Мы вернулись из Еревана в четверг.", pk=2, date="2023-06-15T10:00:00+03:00"),
            message("Поездку в Тбилиси, которую планировали на 14 июля, отменяю.", pk=3,
                    date="2023-07-01T10:00:00+03:00")]
    (t,) = trips(msgs)
    assert t.attributes["country"] == "am" and t.attributes["start"] == "2023-06"


def test_a_dated_departure_goes_where_the_sentence_before_went():
    msgs = [message("Велимир, Зоя Ильинична зовёт нас в августе к себе в Вильнюс.\n"
                    "Поеду с Кириллом на автобусе, с 1 по 15 августа.", pk=1, date="2023-06-10T10:00:00+03:00")]
    (t,) = trips(msgs)
    assert t.attributes["country"] == "lt" and t.attributes["start"] == "2023-08"


def test_a_host_going_home_does_not_travel():
    people = {**P, "p-raj": ["Vikram Nair"]}
    emails = {**EMAILS, "vikram@coromandel.example.in": "p-raj"}
    msgs = [message("Kirill Lis and Vikram Nair will fly to Chennai on 9 February.", pk=1,
                    date="2023-01-20T10:00:00+03:00", sender="vikram@coromandel.example.in"),
            message("Коллеги, добрый день.", pk=2), message("Совещание в пятницу.", pk=3)]
    people["p-kir"] = P["p-kir"] + ["Kirill Lis"]
    from findings_builders import context

    from paperchase.findings import detect_messages

    ctx = context(msgs, people=people, emails=emails, orgs={"o-cor": ["Coromandel Traders"]},
                  org_domains={"o-cor": "coromandel.example.in"})
    ctx.firm_domains.add("coromandel.example.in")   # a firm's own domain: its people sign with the firm
    ctx.entities["p-raj"].properties["email"] = ["vikram@coromandel.example.in"]
    ts = kinds(detect_messages(msgs, ctx), "foreign_travel")
    (t,) = ts
    assert t.attributes["country"] == "in" and t.subjects == ["p-kir"]


def test_who_goes_is_told_in_the_sentence_after_the_place():
    msgs = [message("Жена — Тамашевич Зоя Ильинична.", pk=1, date="2022-11-01T10:00:00+03:00"),
            message("Настоящим уведомляю о выезде в Италию (г. Рим) с 03.01.2023 по 11.01.2023 с целью туризма. "
                    "Выезжаю совместно с женой, Тамашевич Зоей Ильиничной.", pk=2,
                    date="2022-12-20T10:00:00+03:00")]
    (t,) = trips(msgs)
    assert set(t.subjects) == {"p-yar", "p-han"} and t.attributes["start"] == "2023-01"


def test_the_writer_travels_where_the_next_clause_has_the_first_person_verb():
    msgs = [message("14 июля из Вильнюса в Барселону, возвращаюсь 28-го.", pk=1, date="2026-06-20T10:00:00+03:00")]
    (t,) = trips(msgs)
    assert t.subjects == ["p-yar"] and t.attributes["country"] == "es" and t.attributes["start"] == "2026-07"


def test_a_forms_list_of_past_trips():
    form = ("АНКЕТА\nФамилия, имя, отчество: Тамашевич Велимир Петрович\nПоездки за рубеж за последние 5 лет:\n"
            "Турецкая Республика (г. Анталья), август 2019 г., отдых, с женой.")
    msgs = [message("Анкета во вложении.", pk=1, date="2023-11-10T10:00:00+03:00", attachments=[("anketa.docx", form)])]
    (t,) = trips(msgs)
    assert t.attributes["country"] == "tr" and t.attributes["start"] == "2019-08" and "p-yar" in t.subjects


def test_the_verb_before_a_dash_and_the_leave_dates_of_the_sentence_before():
    msgs = [message("Прошу предоставить мне трудовой отпуск с 09.08.2024 по 21.08.2024. На время отпуска выезжаю"
                    " за границу — в Черногорию (г. Будва) вместе с женой, Тамашевич Зоей Ильиничной.",
                    date="2024-07-03T10:00:00+03:00")]
    people = dict(P, **{"p-han": P["p-han"] + ["Тамашевич Зоей Ильиничной"]})
    (t,) = kinds(run(msgs, people=people, emails=EMAILS), "foreign_travel")
    assert t.attributes["country"] == "me" and t.attributes["start"] == "2024-08"
    assert set(t.subjects) == {"p-yar", "p-han"}


def test_a_day_alone_and_a_writer_who_only_bought_the_ticket():
    msgs = [message("Кирилл Лис 30-го летит обратно в Варшаву, занятия у него с 1 сентября, билет я ему уже купил.",
                    date="2024-08-22T10:00:00+03:00")]
    (t,) = trips(msgs)
    assert t.attributes["country"] == "pl" and t.attributes["start"] == "2024-08"
    assert t.subjects == ["p-kir"]


def test_a_firm_named_in_a_booking_does_not_travel():
    msgs = [message("Dear guest, thank you for booking with Adriatic Holidays. Your stay in Budva, Montenegro:"
                    " check-in 10 August 2024. Guests: TAMASHEVICH YAROSLAU", date="2024-07-01T10:00:00+03:00",
                    sender="booking@adriaticholidays.example.com")]
    found = kinds(run(msgs, people=P, orgs={"o-tour": ["Adriatic Holidays"]}, emails=EMAILS), "foreign_travel")
    assert found and all("o-tour" not in f.subjects for f in found)


@pytest.mark.parametrize("text", ["Вярнуліся ў Ерэван у суботу, дзякуй за прыём.",
                                  "Вернулись домой в Ереван вчера вечером."])
def test_the_place_a_return_ends_in_is_no_trip(text):
    assert trips([message(text, date="2023-06-20T10:00:00+03:00")]) == []


def test_a_return_from_a_place_is_a_trip_there():
    (t,) = trips([message("Вернулись в Минск из Еревана в субботу.", date="2023-06-20T10:00:00+03:00")])
    assert t.attributes["country"] == "am"


def test_hearsay_and_a_passport_for_travel_abroad_are_no_trip():
    msgs = [message("Кстати, говорят, пол-отдела этим летом в Турции отдыхало, так что ты не один такой.", pk=1,
                    date="2024-10-10T10:00:00+03:00", to="k.lis@verba.example.by"),
            message("Паспорт гражданина Армении для выезда за границу хранится у матери в г. Ереване.", pk=2,
                    date="2024-08-05T10:00:00+03:00")]
    assert trips(msgs) == []


def test_a_trip_at_home_after_a_cancelled_one_abroad_takes_not_its_place():
    msgs = [message("Мне в визе отказали, так что на выставку в Штутгарт в сентябре никто не едет. "
                    "Зато на следующей неделе еду в Гомель, на испытательную станцию.",
                    date="2024-05-23T10:00:00+03:00")]
    assert [t for t in trips(msgs) if t.attributes["country"] == "de"] == []


def test_a_daughter_greeted_from_the_trip_does_not_travel():
    people = dict(P, **{"p-ole": ["Олеся"]})
    msgs = [message("Жена — Тамашевич Зоя Ильинична. Дочь — Олеся.", pk=1, date="2023-05-01T10:00:00+03:00"),
            message("Доченька, привет из Батуми! Мы с мамой уже неделю тут.", pk=2, date="2023-08-12T10:00:00+03:00",
                    to="olesia@mail.example.by")]
    got = kinds(run(msgs, people=people, emails=EMAILS), "foreign_travel")
    assert got and all("p-ole" not in t.subjects for t in got)
