# The messages of the case (part of make_case.py).
import datetime as _dt

TZ = {h: _dt.timezone(_dt.timedelta(hours=h)) for h in (1, 2, 3, 5, 8, 9)}


def D(y, mo, d, h, mi, tz=3):
    return _dt.datetime(y, mo, d, h, mi, 0, tzinfo=TZ[tz])


ME_RU = ("Ярошевич Светлана Михайловна", "s.yaroshevich@zorka.example.by")
ME_BE = ("Святлана Ярашэвіч", "s.yaroshevich@zorka.example.by")
ME_EN = ("Sviatlana Yarashevich", "s.yaroshevich@zorka.example.by")
HUSB = ("Andrei Yarashevich", "andrei.yar@mail.example.by")
HUSB_RU = ("Андрей Ярошевич", "andrei.yar@mail.example.by")
DAUGHTER = ("Alesia Yarashevich", "alesia.yar@student.example.ru")
BROTHER = ("Dzianis Kavalski", "d.kavalski@baltlog.example.lv")
MATS = ("Мацкевич Олег Иванович", "o.matskevich@zorka.example.by")
BARAN = ("Барановский В.И.", "director@zorka.example.by")
ZUEV = ("Зуев Григорий Леонидович", "zuev@niirs-oka.example.ru")
ZHUM = ("Yerlan Zhumabekov", "e.zhumabekov@korgan.example.kz")
ZHOU = ("Zhou Mingyu (周明宇)", "zhou.mingyu@huaxin-mw.example.cn")
KADRY = ("Отдел кадров", "kadry@zorka.example.by")
IT = ("Служба ИТ", "it@zorka.example.by")
PROF = ("Прафкам ААТ «Зорка»", "profkom@zorka.example.by")

QUOTE_SEP = "\n"


def q(text):
    return "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))


# ------------------------------------------------------------------ key texts reused in replies

T02 = """Светлана Михайловна, добрый день!

Рад сообщить: Министерство обороны Республики Казахстан утвердило вторую очередь работ. Речь идёт о модернизации ещё трёх РЛС П-18 до уровня П-18Т силами вашего завода — с заменой передатчика, приёмного тракта и аппаратуры первичной обработки. Сроки те же, что и по первой очереди: 10 месяцев с даты аванса.

Проект дополнительного соглашения №3 к контракту KZ-114/2023 пришлю до пятницы. Просьба заранее проверить, успеете ли вы продлить разрешение на экспорт.

Құрметпен,
Жұмабеков Ерлан Сәрсенбайұлы
технический директор АО «Қорған Радиотехника»
Астана, Қазақстан
+7 7172 00-00-00
"""

T04 = """Уважаемая Светлана Михайловна!

Направляю, как обещал, наши предложения по совместной ОКР "Вектор-М" (цифровой процессор обработки сигналов для РЛС метрового диапазона). Институт берёт на себя алгоритмы, программное обеспечение и макет, ваш завод - конструкторскую документацию, опытное производство и испытания на станции П-18Т.

Финансирование ОКР мы предлагаем распределить так: сорок процентов приходится на ваш завод, шестьдесят - на институт. Это соответствует объёму работ, который закрепляется за каждой стороной.

Прошу довести до Виталия Иосифовича и дать ответ до конца месяца. Если будут возражения, обсудим при личной встрече в Нижнем.

С уважением,
Г.Л. Зуев
заместитель генерального директора по научной работе
АО "НИИРС "Ока"", г. Нижний Новгород
JSC NIIRS Oka, Nizhny Novgorod
"""

T09 = """Уважаемая Светлана Михайловна!

По вашему запросу №14/2 сообщаем: поставить транзисторы KRF-2731 и KRF-2740 производства Keystone RF Devices (США) мы не можем. Производитель прекратил отгрузки в наш адрес из-за экспортных ограничений США, а любые партии, где конечным получателем значится предприятие из Беларуси, блокируются ещё на стадии заказа.

Аналогов из наличия также предложить не можем.

С уважением,
Кирилл Данилов, менеджер по продажам
ООО «Радиокомп», Москва
"""

T18 = """Dear Ms. Yaroshevich,

Shenzhen Huaxin Microwave Components Co., Ltd. can supply the HX-LD2731, an LDMOS power transistor designed as a drop-in replacement for the KRF-2731 (same flange, 150-170 MHz, 300 W pulsed). We also produce the matching driver HX-LD2740.

For OJSC Zorka we can prepare 200 samples within four weeks, with full traceability documents from our own fab in Shenzhen. The devices contain no US-origin technology.

Best regards,
Zhou Mingyu
Sales Manager, CIS Markets
Shenzhen Huaxin Microwave Components Co., Ltd.
"""

T13 = """Dear Ms. Yaroshevich,

Further to our call, Penang Semitrade Sdn. Bhd. can offer 500 pcs of KRF-2731 equivalent LDMOS transistors from stock in Penang, delivery 3-4 weeks to Minsk by air. Certificates of conformity are available on request.

We would be glad to support your supplier audit and send any documents you need.

Best regards,
Tan Mei Ling
Sales Director
Penang Semitrade Sdn. Bhd.
"""


def build(L):
    """L: the helper module. Returns a list of message specs."""
    tp, att, mp = L.text_part, L.attachment, L.multipart
    M = []

    def add(i, date, frm, to, subject, part, cc=None, irt=None, hcs="utf-8", q_enc=False,
            mailer="Microsoft Outlook 16.0", loose=None, no_mid=False, domain=None):
        M.append(dict(i=i, date=date, frm=frm, to=to, cc=cc, subject=subject, part=part, irt=irt,
                      hcs=hcs, q_enc=q_enc, mailer=mailer, loose=loose, no_mid=no_mid,
                      domain=domain or frm[1].split("@")[1]))

    # 1 noise: IT
    add(1, D(2024, 1, 9, 8, 40), IT, ME_RU, "Плановая смена паролей до 31 января",
        tp("""Уважаемые коллеги!

В соответствии с политикой информационной безопасности до 31 января необходимо сменить пароль к почте и к домену. Новый пароль должен содержать не менее 12 символов.

Если вы не успеете, учётная запись будет заблокирована до обращения в службу ИТ (каб. 214, вн. 3-14).

Служба ИТ
""", cte="quoted-printable"))

    # 2 Kazakh customer: P-18 modernisation
    add(2, D(2024, 1, 11, 10, 5, 5), ZHUM, ME_RU, "Доп. соглашение №3 к контракту KZ-114/2023 (П-18)",
        tp(T02, cte="base64"), mailer="Mozilla Thunderbird 115.6")

    # 3 noise: newsletter
    add(3, D(2024, 1, 12, 6, 0, 1), ("Electronics Components Digest", "news@ecdigest.example.com"), ME_EN,
        "Weekly digest: passives prices, new GaN lines",
        mp("alternative", [
            tp("""This week in components:
- Passive component lead times stabilise at 14 weeks.
- Three new GaN lines announced for base station amplifiers.
- Trade show calendar for spring 2024.

Unsubscribe: https://ecdigest.example.com/u
""", cte="quoted-printable"),
            tp("""<html><body><h2>This week in components</h2><ul><li>Passive component lead times stabilise at 14 weeks.</li><li>Three new GaN lines announced for base station amplifiers.</li><li>Trade show calendar for spring 2024.</li></ul><p><a href="https://ecdigest.example.com/u">Unsubscribe</a></p></body></html>""",
               subtype="html", cte="quoted-printable")], "==ecd-0112=="))

    # 4 NII Oka: joint development proposal, koi8-r
    add(4, D(2024, 1, 15, 16, 20), ZUEV, ME_RU, "ОКР \"Вектор-М\": распределение финансирования",
        tp(T04, charset="koi8-r", cte="8bit"), hcs="koi8-r", mailer="Mutt/1.10.1")

    # 5 reply to 4
    add(5, D(2024, 1, 16, 11, 2), ME_RU, ZUEV, "Re: ОКР \"Вектор-М\": распределение финансирования",
        tp("""Григорий Леонидович, добрый день!

Спасибо за предложения. Виталий Иосифович с разделением работ согласен, а вот сорок процентов для завода считает завышенной цифрой — испытания на П-18Т мы всё равно проводим за свой счёт. Предлагаю вернуться к вопросу о долях в марте, когда мы с Олегом Ивановичем приедем к вам.

С уважением,
С.М. Ярошевич
начальник отдела внешнеэкономических связей
ОАО «Зорка»

15.01.2024 16:20, Зуев Григорий Леонидович пишет:
""" + q(T04), cte="quoted-printable"), cc=[MATS], irt=4)

    # 6 noise: trade union, Belarusian
    add(6, D(2024, 1, 18, 9, 15), PROF, ME_BE, "Пуцёўкі ў санаторый на люты",
        tp("""Шаноўныя калегі!

Прафкам мае дзве пуцёўкі ў санаторый «Лясное» на другую палову лютага. Заявы прымаюцца да 25 студзеня ў каб. 105.

Прафкам
""", cte="base64"))

    # 7 internal: state defence order, shortage of transistors (cp1251, declared)
    add(7, D(2024, 1, 22, 14, 30), MATS, ME_RU, "ГОЗ-2024: что у нас по загрузке",
        tp("""Светлана Михайловна,

коротко по гособоронзаказу на 2024 год, чтобы вы понимали, какие позиции пойдут через импорт.

1. Капитальный ремонт с модернизацией четырёх РЛС П-18 для ВВС и войск ПВО — основная позиция, срок сдачи ноябрь.
2. Ремонт и доработка бортового радиоэлектронного оборудования вертолётов Ми-8МТВ белорусских ВВС — шесть комплектов.

Главная беда — передатчики П-18: на СВЧ-транзисторы KRF-2731 потребность 60 штук, на складе осталось 12, и больше взять негде. Без них ремонт передающих устройств встанет уже в марте.

О. Мацкевич
главный конструктор
""", charset="windows-1251", cte="base64"), hcs="windows-1251", mailer="The Bat! (v10.1.3) Professional")

    # 8 noise: bank
    add(8, D(2024, 1, 25, 7, 0), ("Банк «Нёман»", "noreply@neman-bank.example.by"), ME_RU,
        "Выписка по карточному счёту за декабрь",
        tp("""Уважаемый клиент!

Выписка по вашему карточному счёту за декабрь 2023 года доступна в интернет-банке. Это письмо сформировано автоматически, отвечать на него не нужно.

Банк «Нёман»
""", cte="base64"))

    # 9 US sanctions: Russian distributor refuses
    add(9, D(2024, 2, 1, 12, 44), ("ООО «Радиокомп» — отдел продаж", "sales@radiokomp.example.ru"), ME_RU,
        "Ответ по запросу №14/2", tp(T09, cte="8bit"))

    # 10 forward to the director, Belarusian comment
    add(10, D(2024, 2, 2, 9, 10), ME_BE, BARAN, "Fwd: Ответ по запросу №14/2",
        tp("""Віталь Іосіфавіч, дабрыдзень.

Перасылаю адказ «Радыёкампа»: амерыканскіх транзістараў KRF-2731 не будзе ні праз Маскву, ні праз каго іншага. Калі санкцыі калі-небудзь знімуць, вернемся да Keystone, а пакуль шукаю замену ў Азіі.

С.М. Ярашэвіч
начальнік аддзела знешнеэканамічных сувязей
ААТ «Сасноўскі завод радыёэлектронікі «Зорка»»

---------- Forwarded message ---------
От: ООО «Радиокомп» — отдел продаж <sales@radiokomp.example.ru>
Дата: 1 февр. 2024 г., 12:44
Тема: Ответ по запросу №14/2

""" + T09, cte="base64"), irt=9)

    # 11 noise: canteen
    add(11, D(2024, 2, 5, 8, 0), ("Сталовая", "stolovaya@zorka.example.by"), ME_BE, "Меню на тыдзень",
        tp("""Панядзелак: боршч, катлета з грэчкай.
Аўторак: суп гарохавы, дранікі.
Серада: юшка, рыба з бульбай.
Чацвер: крупнік, курыца.
Пятніца: халаднік, бліны з тварагом.
""", cte="quoted-printable"))

    # 12 Japanese export control refusal
    add(12, D(2024, 2, 7, 17, 5, 9), ("Nishikawa Laminates Export Control", "export@nishikawa-lam.example.jp"), ME_EN,
        "Your inquiry NL-350 / Zorka",
        tp("""Dear Ms. Yaroshevich,

Thank you for your inquiry of 30 January regarding NL-350 PTFE microwave laminate (0.508 mm, 1 oz copper).

We regret to inform you that, under the export control measures adopted by the Government of Japan with respect to the Republic of Belarus, Nishikawa Laminates is not able to accept orders from, or ship goods to, companies in Belarus. This also applies to deliveries through third countries.

We appreciate your understanding.

Kenji Morimoto
Export Control Office
Nishikawa Laminates Co., Ltd., Osaka
""", charset="us-ascii", cte="7bit"))

    # 13 Malaysian offer (later declined)
    add(13, D(2024, 2, 8, 11, 30, 8), ("Tan Mei Ling", "meiling.tan@semitrade.example.my"), ME_EN,
        "KRF-2731 equivalent - offer from stock",
        mp("alternative", [tp(T13, charset="us-ascii", cte="7bit"),
                           tp("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in T13.strip().split("\n\n")) + "</body></html>",
                              subtype="html", charset="us-ascii", cte="7bit")], "----=_Part_8812_0208"))

    # 14 noise: webinar
    add(14, D(2024, 2, 9, 15, 0, 1), ("Compliance Academy", "events@compliance-academy.example.com"), ME_EN,
        "Webinar: classifying dual-use electronics",
        tp("""Join our free webinar on 22 February: how to classify dual-use electronic components, with case studies and Q&A.

Register: https://compliance-academy.example.com/webinar
""", charset="us-ascii", cte="7bit"))

    # 15 PCB shortage (cp1251 declared, quoted-printable)
    add(15, D(2024, 2, 12, 10, 20), ("Ирина Гаврилюк", "i.gavrilyuk@plata-servis.example.by"), ME_RU,
        "Заказ 118-04: сроки",
        tp("""Светлана Михайловна, добрый день.

По заказу на многослойные печатные платы 118-04 (6 слоёв, СВЧ-ламинат) вынуждены сообщить: изготовить их в феврале не сможем. Японский ламинат больше не приходит, а замену вы пока не согласовали. Ближайший реальный срок — конец мая, и то если придёт ламинат из Китая.

С уважением,
Ирина Гаврилюк
ООО «Плата-Сервис», г. Минск
""", charset="windows-1251", cte="quoted-printable"), hcs="windows-1251")

    # 16 noise: colleague
    add(16, D(2024, 2, 14, 13, 12), ("Наталья Романюк", "n.romanyuk@zorka.example.by"), ME_RU, "Переговорная",
        tp("""Светлана Михайловна, ключи от малой переговорной я оставила на вахте. Проектор опять не видит ноутбук, я написала заявку в ИТ.

Наташа
""", cte="8bit"))

    # 17 decline of the Malaysian offer
    add(17, D(2024, 2, 19, 16, 40), ME_EN, ("Tan Mei Ling", "meiling.tan@semitrade.example.my"),
        "Re: KRF-2731 equivalent - offer from stock",
        tp("""Dear Ms. Tan,

Thank you for the documents and samples you sent for our audit. I am sorry to say that the supplier audit was not passed: the lot documentation for the offered transistors could not be traced back to the manufacturer, and the date codes on the samples did not match the certificates.

Under these circumstances we decline your offer of 8 February and will not place an order with Penang Semitrade.

Kind regards,
Sviatlana Yarashevich
Head of Foreign Economic Relations Department
Zorka Radioelectronics Plant OJSC

""" + q(T13), charset="us-ascii", cte="7bit"), irt=13)

    # 18 Chinese offer
    add(18, D(2024, 2, 20, 9, 45, 8), ZHOU, ME_EN, "HX-LD2731 as replacement for KRF-2731",
        mp("alternative", [tp(T18, cte="quoted-printable"),
                           tp("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in T18.strip().split("\n\n")) + "</body></html>",
                              subtype="html", cte="quoted-printable")], "----=_NextPart_000_0018_01DA63"),
        mailer="Foxmail 7.2")

    # 19 noise: trade union, html only
    add(19, D(2024, 2, 22, 12, 0), PROF, ME_RU, "С Днём защитников Отечества!",
        tp("""<html><body><p>Уважаемые коллеги!</p><p>Профком поздравляет вас с Днём защитников Отечества и Вооружённых Сил Республики Беларусь! Праздничный концерт — 22 февраля в 15:00 в актовом зале.</p></body></html>""",
           subtype="html", cte="base64"))

    # 20 acceptance of the Chinese offer
    add(20, D(2024, 2, 26, 10, 15), ME_EN, ZHOU, "Re: HX-LD2731 as replacement for KRF-2731",
        tp("""Dear Mr. Zhou,

Thank you for the quick answer. We accept your proposal: please send a proforma invoice for 200 samples of HX-LD2731 and 50 samples of HX-LD2740. Payment by our bank in Minsk, delivery DAP Sosnovsk.

Kind regards,
Sviatlana Yarashevich
Zorka Radioelectronics Plant OJSC

On 20.02.2024 9:45, Zhou Mingyu wrote:
""" + q(T18), cte="quoted-printable"), irt=18)

    # 21 noise: postmaster
    add(21, D(2024, 2, 28, 3, 0), ("Mail Delivery System", "postmaster@zorka.example.by"), ME_EN,
        "Your mailbox is almost full",
        tp("""Your mailbox has reached 92% of its quota (4.6 of 5 GB). Please delete old messages or archive them.
""", charset="us-ascii", cte="7bit"))

    # 22 PCB shortage again
    add(22, D(2024, 3, 1, 15, 5), MATS, ME_RU, "Платы для блоков обработки",
        tp("""Светлана Михайловна, по платам: сборка блоков обработки П-18 фактически стоит — печатных плат нет, «Плата-Сервис» сдвигает заказ на конец мая. Прошу ускорить вопрос с китайским ламинатом, иначе сорвём ноябрьскую сдачу.

О. Мацкевич
""", cte="8bit"))

    # 23 business trip order (DOCX)
    order = L.make_docx([
        "Открытое акционерное общество «Сосновский завод радиоэлектроники «Зорка»»",
        "ПРИКАЗ № 87-к от 04.03.2024",
        "О направлении в служебную командировку",
        "1. Направить в служебную командировку в г. Нижний Новгород (Российская Федерация), в АО «НИИРС «Ока»», с 11 по 15 марта 2024 г.:",
        "Ярошевич Светлану Михайловну, начальника отдела внешнеэкономических связей;",
        "Мацкевича Олега Ивановича, главного конструктора.",
        "2. Цель командировки: переговоры по ОКР «Вектор-М», согласование долей финансирования.",
        "3. Расходы отнести на статью «Служебные командировки».",
        "Директор В.И. Барановский",
    ])
    add(23, D(2024, 3, 4, 11, 0), KADRY, ME_RU, "Приказ о командировке № 87-к",
        mp("mixed", [tp("""Светлана Михайловна, направляем копию приказа о командировке для ознакомления. Оригинал — в отделе кадров, просьба расписаться до среды.

Отдел кадров
""", cte="base64"),
                     att("Приказ_87-к_командировка.docx", order,
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
           "==boundary-order-87k=="))

    # 24 to the husband, Belarusian: "на наступным тыдні"
    add(24, D(2024, 3, 6, 19, 25), ME_BE, HUSB, "На наступным тыдні",
        tp("""Андрэй, прывітанне.

Нарэшце ўсё падпісалі: на наступным тыдні мы з Алегам Іванавічам едзем у Ніжні Ноўгарад, у НДІ «Ока», вернемся ў пятніцу позна вечарам. Ключы ад гаража ў шуфлядзе. Калі будзеш званіць Алесі, скажы, што я ёй напішу з Ніжняга.

Цалую,
Света
""", cte="base64"), mailer="K-9 Mail 6.7")

    # 25 noise: spam
    add(25, D(2024, 3, 7, 2, 14), ("Shop24", "orders@shop24.example.net"), ME_RU, "Ваш заказ №558201 отправлен!",
        tp("""<html><body><p>Ваш заказ №558201 отправлен! Отследить посылку можно по ссылке.</p><p>Скидка 20% на следующий заказ по промокоду SPRING.</p></body></html>""",
           subtype="html", cte="quoted-printable"))

    # 26 hotel in Nizhny Novgorod, html only
    add(26, D(2024, 3, 7, 14, 50), ("Гостиница «Откос»", "booking@otkos-hotel.example.ru"), ME_RU,
        "Подтверждение бронирования № 3107",
        tp("""<html><head><meta charset="utf-8"></head><body><p>Уважаемая Светлана Ярошевич!</p><p>Подтверждаем бронирование: 2 одноместных номера, заезд 11.03.2024, выезд 15.03.2024.</p><p>Гости: Ярошевич Светлана, Мацкевич Олег.</p><p>Гостиница «Откос», Нижний Новгород, Верхне-Волжская наб.</p></body></html>""",
           subtype="html", cte="base64"))

    # 27 protocol: 45 %
    protocol = """ПРОТОКОЛ
совещания по ОКР «Вектор-М»
г. Нижний Новгород, 14.03.2024

Присутствовали: от АО «НИИРС «Ока»» — Зуев Г.Л.; от ОАО «Зорка» — Ярошевич С.М., Мацкевич О.И.

Решили:
1. Доля ОАО «Зорка» в финансировании ОКР «Вектор-М» составляет 45 %, доля АО «НИИРС «Ока»» — 55 %.
2. Срок изготовления опытного образца процессора «Вектор-М» — IV квартал 2024 г.
3. Испытания опытного образца провести на РЛС П-18Т ОАО «Зорка».
"""
    add(27, D(2024, 3, 15, 17, 30), ZUEV, ME_RU, "Протокол совещания 14.03.2024",
        mp("mixed", [tp("""Светлана Михайловна, Олег Иванович, направляю подписанный с нашей стороны протокол. Спасибо за продуктивные три дня!

Г.Л. Зуев
""", cte="quoted-printable"),
                     L.Part(['Content-Type: text/plain; charset="utf-8"; name="protocol_14-03-2024.txt"',
                             "Content-Transfer-Encoding: base64",
                             'Content-Disposition: attachment; filename="protocol_14-03-2024.txt"'],
                            L.base64.encodebytes(protocol.encode("utf-8")))],
           "==oka-protocol-0314=="), cc=[MATS])

    # 28 noise
    add(28, D(2024, 3, 18, 6, 0, 1), ("Electronics Components Digest", "news@ecdigest.example.com"), ME_EN,
        "Weekly digest: connector shortages ease",
        tp("""This week: connector shortages ease in Europe; two distributors merge; new RF test equipment.

Unsubscribe: https://ecdigest.example.com/u
""", charset="us-ascii", cte="7bit"))

    # 29 Chinese samples shipped
    add(29, D(2024, 3, 20, 16, 5, 8), ZHOU, ME_EN, "Samples shipped - AWB 784-2210-5531",
        tp("""Dear Ms. Yaroshevich,

the 200 samples of HX-LD2731 and 50 of HX-LD2740 left Shenzhen today, AWB 784-2210-5531. Test reports and traceability certificates are in the box and will follow by e-mail.

Best regards,
Zhou Mingyu
""", charset="us-ascii", cte="7bit"))

    # 30 noise
    add(30, D(2024, 3, 25, 9, 0), ("Наталья Романюк", "n.romanyuk@zorka.example.by"), ME_RU, "Собрание отдела",
        tp("""Светлана Михайловна, напоминаю: собрание отдела в четверг в 10:00, вопросы — планы на второй квартал и отпуска.

Н. Романюк
""", cte="quoted-printable"))

    # 31 Schengen visa appointment (the trip to Germany that did not happen)
    add(31, D(2024, 3, 12, 12, 0, 3), ("Visa Appointment Service", "noreply@visa-appointments.example.com"), ME_EN,
        "Appointment confirmation - Schengen visa (Germany)",
        tp("""Dear Sviatlana Yarashevich,

your appointment to submit a Schengen visa application (Germany, short stay, business) is confirmed for 19.03.2024, 10:30, Minsk application centre. Please bring your passport, the invitation from the trade fair organiser and proof of travel insurance.
""", charset="us-ascii", cte="7bit"))

    # 32 Munich cancelled
    add(32, D(2024, 4, 1, 9, 35), ME_RU, MATS, "Мюнхен",
        tp("""Олег Иванович, Мюнхен отменяется: немцы мне в визе отказали, письмо пришло в пятницу. Ваша виза тоже так и не готова, так что на выставку в этом году не едем. Каталог посмотрим онлайн.

С. Ярошевич
""", cte="8bit"))

    # 33 noise
    add(33, D(2024, 4, 8, 8, 10), IT, ME_RU, "Обновление антивируса",
        tp("""Коллеги, в среду с 12:00 до 13:00 будет обновляться антивирусная защита рабочих станций. Просьба не выключать компьютеры.

Служба ИТ
""", cte="base64"))

    # 34 husband: May holidays in St Petersburg
    add(34, D(2024, 4, 15, 20, 40), HUSB_RU, ME_RU, "Билеты на майские",
        tp("""Светочка, билеты на майские взял: 1 мая вылетаем из Минска в Петербург, обратно 5-го вечером. Алеся, наша дочка, просила забрать её зимнюю куртку и привезти банку мёда от бабушки — не забудь.

Андрей
""", cte="quoted-printable"), mailer="Apple Mail (2.3731)")

    # 35 noise
    add(35, D(2024, 4, 17, 7, 0), ("Банк «Нёман»", "noreply@neman-bank.example.by"), ME_RU,
        "Выписка по карточному счёту за март",
        tp("""Уважаемый клиент!

Выписка по вашему карточному счёту за март 2024 года доступна в интернет-банке.

Банк «Нёман»
""", cte="base64"))

    # 36 daughter
    add(36, D(2024, 4, 22, 22, 10), DAUGHTER, ME_RU, "Re: Билеты",
        tp("""Мамочка, привет!

Очень жду вас с папой на майские! Встречу в Пулково, только напиши номер рейса. Сессия у меня с 10 июня, так что раньше конца июня домой не приеду.

Целую, твоя Леся
""", cte="base64"), mailer="Gmail")

    # 37 reply to the Kazakh customer
    add(37, D(2024, 5, 6, 10, 0), ME_RU, ZHUM, "Re: Доп. соглашение №3 к контракту KZ-114/2023 (П-18)",
        tp("""Ерлан Сарсенбаевич, добрый день!

Первые две станции П-18Т по первой очереди отгрузили 30 апреля, документы на таможню передали. По второй очереди разрешение на экспорт продлено до конца 2025 года, так что с нашей стороны препятствий нет.

С уважением,
С.М. Ярошевич
ОАО «Зорка»

11.01.2024 10:05, Yerlan Zhumabekov пишет:
""" + q(T02), cte="base64"), irt=2)

    # 38 Russian customer, Serbia trap — windows-1251 without charset
    add(38, D(2024, 5, 13, 11, 20), MATS, ME_RU, "Второе полугодие: российское направление",
        tp("""Светлана Михайловна,

по российскому направлению на второе полугодие: по контракту с Минобороны России сдаём две РЛС 36Д6 после восстановительного ремонта (заводские № 0412 и 0417) и ремонтируем бортовое радиоэлектронное оборудование шести вертолётов Ми-8АМТШ.

По сербам: их представители в апреле интересовались модернизацией П-18, но ни запроса, ни контракта так и не появилось — в план их не включаем.

Мацкевич
""", charset="windows-1251", cte="8bit", declared=None), hcs="windows-1251", mailer="The Bat! (v10.1.3) Professional")

    # 39 noise
    add(39, D(2024, 5, 16, 9, 0), PROF, ME_BE, "Суботнік 25 мая",
        tp("""Калегі, 25 мая праводзім суботнік на тэрыторыі завода. Збор у 9:00 каля прахадной, інвентар выдаюць на месцы.

Прафкам
""", cte="quoted-printable"))

    # 40 Grodno (domestic)
    add(40, D(2024, 5, 20, 18, 5), ME_BE, HUSB, "Гродна",
        tp("""Андрэй, у пятніцу еду ў Гродна на семінар па экспартным кантролі, вярнуся ў суботу цягніком. Вячэра ў халадзільніку.

Света
""", cte="base64"), mailer="K-9 Mail 6.7")

    # 41 rail ticket (domestic)
    add(41, D(2024, 5, 21, 10, 12), ("Белорусская железная дорога", "ticket@rw.example.by"), ME_RU,
        "Электронный проездной документ",
        tp("""Электронный проездной документ № 7100 2255 8812

Поезд 631Б Витебск — Гродно, отправление 24.05.2024 06:40
Вагон 5, место 23
Пассажир: ЯРОШЕВИЧ С.М.
""", cte="base64"))

    # 42 brother, Russian in Latin letters
    add(42, D(2024, 6, 3, 21, 30), BROTHER, ME_BE, "Re: kak dela",
        tp("""Sveta, privet!

Vchera nakonec zabral novuju kartu: uzturēšanās atļauja (VNZh) prodlena do 2029 goda, na karte, kak u nih prinjato, napisano Deniss Kovaļskis. Pasport u menja kak byl belorusskij, tak i ostalsja - latvijskoe grazhdanstvo mne nikto ne predlagal, da ja i ne prosil. Tak chto po-prezhnemu grazhdanin RB s vidom na zhitelstvo.

V Budvu s vami ne poedu, v avguste u nas samyj sezon na sklade. Peredaj Andreju privet, a Lese - chto djadja Den zhdet ee v Rige.

Obnimaju,
Den
""", cte="quoted-printable"), mailer="Mozilla Thunderbird 115.11")

    # 43 her reply in Lacinka
    add(43, D(2024, 6, 4, 7, 50), ("Śviatłana Jaraševič", "s.yaroshevich@zorka.example.by"), BROTHER, "Re: kak dela",
        tp("""Dzianis, vitaju!

Z kartaj cudoŭna. Ja chacieła zajechać da ciabie ŭ Rygu ŭ vieraśni, na naš dzień naradžeńnia, ale nie atrymajecca: u vieraśni ŭ nas pryjomka pa kazachskim kantrakcie. Pasprabuju ŭzimku.

Tvaja siastra-blizniačka,
Śviatłana
""", cte="quoted-printable"), irt=42)

    # 44 the funding split 50/50 (XLSX)
    sheet = L.make_xlsx([
        ["Смета ОКР «Вектор-М» (ред. 3 от 10.06.2024)"],
        [],
        ["Этап", "Стоимость, тыс. руб.", "ОАО «Зорка»", "АО «НИИРС «Ока»»"],
        ["1. Эскизный проект", 18400, 9200, 9200],
        ["2. Разработка КД и ПО", 42600, 21300, 21300],
        ["3. Опытный образец", 31800, 15900, 15900],
        ["4. Испытания на РЛС П-18Т", 12200, 6100, 6100],
        ["Итого", 105000, 52500, 52500],
        [],
        ["Доля в финансировании", None, 0.5, 0.5],
        ["Финансирование ОКР — поровну, по 50 % каждая сторона (письмо от 05.06.2024)"],
    ], sheet_name="Смета")
    add(44, D(2024, 6, 10, 15, 15), ME_RU, ZUEV, "Смета ОКР «Вектор-М», ред. 3",
        mp("mixed", [tp("""Григорий Леонидович, добрый день!

Как договорились по телефону 5 июня, делим расходы на ОКР пополам — в приложении смета в редакции 3, где доли сторон уже приведены к 50 на 50. Виталий Иосифович смету одобрил. Если у ваших экономистов не будет замечаний, дополнительное соглашение подпишем в июле.

С уважением,
С.М. Ярошевич
""", cte="base64"),
                     att("Smeta_Vektor-M_red3.xlsx", sheet,
                         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
           "==smeta-vektor-red3=="), cc=[BARAN])

    # 45 noise
    add(45, D(2024, 6, 12, 6, 0, 1), ("Electronics Components Digest", "news@ecdigest.example.com"), ME_EN,
        "Weekly digest: summer trade shows",
        tp("""This week: summer trade shows, capacitor price index, and a guide to RF connector standards.

Unsubscribe: https://ecdigest.example.com/u
""", charset="us-ascii", cte="7bit"))

    # 46 security questionnaire (DOCX)
    anketa = L.make_docx([
        "АНКЕТА",
        "1. Фамилия, имя, отчество: Ярошевич Светлана Михайловна",
        "2. Фамилия при рождении: Ковальская",
        "3. Дата и место рождения: 21.09.1976, г. Сосновск Витебской области",
        "4. Гражданство: Республика Беларусь. Гражданства других государств не имею.",
        "5. Место работы и должность: ОАО «Зорка», начальник отдела внешнеэкономических связей",
        "6. Близкие родственники:",
        "муж — Ярошевич Андрей Петрович, 03.02.1974 г.р., инженер-энергетик;",
        "дочь — Ярошевич Алеся Андреевна, 14.11.2004 г.р., студентка, г. Санкт-Петербург (Российская Федерация);",
        "брат (близнец) — Ковальский Денис Михайлович, 21.09.1976 г.р., проживает в г. Рига (Латвийская Республика), гражданин Республики Беларусь, имеет вид на жительство в Латвии.",
        "7. Выезды за границу за последние 12 месяцев: Российская Федерация (Нижний Новгород, март 2024, служебная командировка; Санкт-Петербург, май 2024, частная поездка).",
        "Дата заполнения: 18.06.2024",
    ])
    add(46, D(2024, 6, 18, 12, 5), ME_RU, ("Режимно-секретный отдел", "rso@zorka.example.by"), "Анкета для переоформления допуска",
        mp("mixed", [tp("""Направляю заполненную анкету для переоформления допуска.

С.М. Ярошевич
""", cte="8bit"),
                     att("Анкета_Ярошевич.docx", anketa,
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
           "==anketa-0618=="))

    # 47 noise
    add(47, D(2024, 6, 25, 8, 30), IT, ME_RU, "Профилактика почтового сервера",
        tp("""В субботу 29 июня с 8:00 до 14:00 почтовый сервер будет недоступен в связи с профилактическими работами.

Служба ИТ
""", cte="quoted-printable"))

    # 48 Budva booking, html only
    add(48, D(2024, 7, 2, 13, 20, 2), ("Adriatic Stay Budva", "reservations@adriaticstay.example.me"), ME_EN,
        "Booking confirmation #AS-240711",
        tp("""<html><body><h2>Booking confirmation #AS-240711</h2><p>Dear Ms. Sviatlana Yarashevich,</p><p>Your booking at Apartments Mirna, Budva, Montenegro, is confirmed: check-in 10 August 2024, check-out 20 August 2024, 1 apartment, 3 adults.</p><p>Guests (as in passports):</p><ul><li>YARASHEVICH SVIATLANA, 21.09.1976</li><li>YARASHEVICH ANDREI, 03.02.1974</li><li>YARASHEVICH ALESIA, 14.11.2004</li></ul><p>Airport transfer from Tivat is included.</p><p>Adriatic Stay, Budva</p></body></html>""",
           subtype="html", cte="quoted-printable"))

    # 49 leave application
    add(49, D(2024, 7, 3, 9, 0), ME_RU, KADRY, "Заявление на отпуск",
        tp("""Прошу предоставить мне трудовой отпуск с 09.08.2024 по 21.08.2024. На время отпуска выезжаю за границу — в Черногорию (г. Будва) вместе с мужем, Ярошевичем Андреем Петровичем, и дочерью, Ярошевич Алесей Андреевной.

Исполнение обязанностей начальника отдела внешнеэкономических связей на время отпуска прошу возложить на ведущего специалиста Романюк Н.В.

С.М. Ярошевич
""", cte="base64"))

    # 50 noise: travel agency spam
    add(50, D(2024, 7, 8, 10, 0), ("Турагентство «Ветразь»", "hot@vetraz-tour.example.by"), ME_RU,
        "Горящие туры: Турция и Египет от 450 USD",
        tp("""<html><body><p>Горящие туры на август: Анталья, Хургада, Шарм-эль-Шейх. Вылеты из Минска, всё включено!</p><p>Успейте забронировать до 15 июля.</p></body></html>""",
           subtype="html", cte="base64"))

    # 51 Chinese contract
    add(51, D(2024, 7, 15, 11, 10, 8), ZHOU, ME_EN, "Contract HX-ZK-2024-07",
        tp("""Dear Ms. Yaroshevich,

we are glad to hear that the HX-LD2731 samples passed your incoming inspection. Contract HX-ZK-2024-07 for 2,000 pcs HX-LD2731 and 400 pcs HX-LD2740 has been countersigned on our side; the first batch will be ready at the end of August.

Best regards,
Zhou Mingyu
Sales Manager, CIS Markets
""", charset="us-ascii", cte="7bit"))

    # 52 noise
    add(52, D(2024, 7, 22, 6, 0, 1), ("Electronics Components Digest", "news@ecdigest.example.com"), ME_EN,
        "Weekly digest: PCB laminate prices",
        tp("""This week: PCB laminate prices, a new GaN foundry, and the autumn show calendar.

Unsubscribe: https://ecdigest.example.com/u
""", charset="us-ascii", cte="7bit"))

    # 53 noise-ish: handover
    add(53, D(2024, 7, 29, 14, 45), ("Наталья Романюк", "n.romanyuk@zorka.example.by"), ME_RU, "Передача дел на август",
        tp("""Светлана Михайловна, что мне отвечать г-ну Чжоу по первой партии, пока вас не будет? И кому передавать документы по «Корган Радиотехнике» — Олегу Ивановичу?

Н. Романюк
""", cte="8bit"))

    # 54 noise
    add(54, D(2024, 8, 5, 7, 0), ("Банк «Нёман»", "noreply@neman-bank.example.by"), ME_RU,
        "Выписка по карточному счёту за июль",
        tp("""Уважаемый клиент!

Выписка по вашему карточному счёту за июль 2024 года доступна в интернет-банке.

Банк «Нёман»
""", cte="base64"))

    # 55 husband after Budva, daughter back to St Petersburg
    add(55, D(2024, 8, 22, 21, 0), HUSB_RU, ME_RU, "Фото",
        tp("""Светочка, скинул фото из Будвы на общий диск, папка «Черногория-2024». Алеся 30-го летит обратно в Петербург, занятия у неё с 1 сентября, билет я ей уже купил.

Андрей
""", cte="quoted-printable"), mailer="Apple Mail (2.3731)")

    # ---------------------------------------------------------------- loose files
    add(101, D(2024, 3, 29, 15, 10, 1), ("Visastelle", "visa@konsulat-minsk.example.de"), ME_EN,
        "Ihr Visumantrag / Ваша визовая заявка",
        tp("""Sehr geehrte Frau Jaroschewitsch,

Ihr Antrag auf Erteilung eines Schengen-Visums (Typ C) für den Besuch der Fachmesse in München vom 09. bis 12.04.2024 wurde abgelehnt. Die Gründe entnehmen Sie bitte dem beigefügten Standardformular.

Gegen diese Entscheidung können Sie innerhalb eines Monats Remonstration einlegen.

Mit freundlichen Grüßen
Visastelle
""", charset="iso-8859-1", cte="quoted-printable"), loose="001.eml", no_mid=True)

    add(102, D(2024, 2, 27, 8, 50), BARAN, ME_RU, "Re: Хуасинь",
        tp("""Светлана Михайловна, по Хуасиню даю добро: закупайте образцы, но только по контракту и с проверкой на входном контроле. Малайцам после аудита — отказ, вы правильно сделали.

В.И. Барановский
директор ОАО «Зорка»
""", charset="windows-1251", cte="base64"), hcs="windows-1251", loose="002.eml")

    add(103, D(2024, 5, 27, 8, 0), ("Медпункт", "medpunkt@zorka.example.by"), ME_BE, "Медагляд",
        tp("""Нагадваем: штогадовы медагляд для аддзела знешнеэканамічных сувязей — 3 чэрвеня з 8:30, каб. 12. Прыходзіць нашча.

Медпункт
""", cte="base64"), loose="003.eml")
    return M
