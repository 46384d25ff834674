#!/usr/bin/env python3
"""Build the holdout3 case: the mailbox of a procurement manager at a fictional
Belarusian engine plant (Slonim Motor Plant, SMZ). Everything is invented.

Run with /work/main/.venv/bin/python make_case.py (needs python-docx, openpyxl).
Writes mailbox.mbox, loose/*.eml, watchlist.ftm.json, truth.json next to itself.
"""
import base64
import hashlib
import io
import json
import os
import quopri
import zipfile
from datetime import datetime, timedelta, timezone
from email import charset as email_charset
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from email import message_from_bytes

import docx
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=3))

MESSAGES = []  # dicts: key, bytes, texts (list of str), loose
BY_KEY = {}


def mid(key, domain):
    return "<%s@%s>" % (hashlib.sha256(("h3:" + key).encode()).hexdigest()[:16], domain)


def enc_hdr(s, cs):
    try:
        s.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return Header(s, cs).encode()


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return '"%s" <%s>' % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_hdr(name, cs), email)


def text_part(text, cs="utf-8", cte="base64", subtype="plain"):
    c = email_charset.Charset(cs)
    if cte == "qp":
        c.body_encoding = email_charset.QP
    elif cte == "base64":
        c.body_encoding = email_charset.BASE64
    elif cte == "8bit":
        c.body_encoding = None
    return MIMEText(text, subtype, c)


def docx_bytes(paragraphs):
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


def xlsx_bytes(rows, title="Лист1"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(list(r))
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


def zip_bytes(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            z.writestr(name, data)
    return b.getvalue()


def attach(data, filename, maintype="application", subtype="octet-stream"):
    a = MIMEApplication(data, subtype)
    a.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    return a


DOCX_T = "vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_T = "vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def add(key, frm, to, subject, date, body, *, domain=None, cs="utf-8", cte="base64",
        html=None, attachments=(), loose=False, hcs=None, mailer=None, raw_nocharset=False,
        texts_extra=(), cc=None, in_reply_to=None):
    """body: plain text (or None for HTML-only). attachments: list of (kind, payload...)"""
    domain = domain or frm[1].split("@")[1]
    if cs == "koi8-r" and body:
        body = body.translate(str.maketrans({"—": "-", "–": "-", "«": '"', "»": '"', "№": "N"}))
    msgid = mid(key, domain)
    hcs = hcs or cs
    dt = datetime(*date, tzinfo=TZ)
    texts = []
    if raw_nocharset:
        hdr = (
            "From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain\nContent-Transfer-Encoding: 8bit\n\n"
            % (addr(*frm, cs="windows-1251"), addr(*to, cs="windows-1251"),
               Header(subject, "windows-1251").encode(), format_datetime(dt), msgid)
        )
        raw = hdr.encode("ascii") + body.encode(cs) + b"\n"
        texts.append(body)
    else:
        parts = []
        if html is not None and body is None:
            main = text_part(html, cs, cte, "html")
            texts.append(html)
        elif html is not None:
            main = MIMEMultipart("alternative", boundary="=_alt_" + hashlib.md5(key.encode()).hexdigest()[:12])
            main.attach(text_part(body, cs, cte))
            main.attach(text_part(html, cs, cte, "html"))
            texts.append(body)
        else:
            main = text_part(body, cs, cte)
            texts.append(body)
        if attachments:
            msg = MIMEMultipart("mixed", boundary="=_mix_" + hashlib.md5(key.encode()).hexdigest()[:12])
            msg.attach(main)
            for a in attachments:
                kind = a[0]
                if kind == "docx":
                    _, fname, paras = a
                    msg.attach(attach(docx_bytes(paras), fname, subtype=DOCX_T))
                    texts.extend(paras)
                elif kind == "xlsx":
                    _, fname, rows = a
                    msg.attach(attach(xlsx_bytes(rows), fname, subtype=XLSX_T))
                    texts.extend(str(c) for r in rows for c in r if c is not None)
                elif kind == "zip":
                    _, fname, inner = a  # inner: list of (name, paragraphs)
                    msg.attach(attach(zip_bytes([(n, docx_bytes(p)) for n, p in inner]), fname, subtype="zip"))
                    for n, p in inner:
                        texts.extend(p)
                elif kind == "rfc822":
                    _, inner_key = a
                    inner = BY_KEY[inner_key]
                    msg.attach(MIMEMessage(message_from_bytes(inner["bytes"])))
                    texts.extend(inner["texts"])
        else:
            msg = main
        msg["From"] = addr(*frm, cs=hcs)
        msg["To"] = addr(*to, cs=hcs)
        if cc:
            msg["Cc"] = addr(*cc, cs=hcs)
        msg["Subject"] = enc_hdr(subject, hcs) if not subject.isascii() else subject
        msg["Date"] = format_datetime(dt)
        msg["Message-ID"] = msgid
        if in_reply_to:
            msg["In-Reply-To"] = BY_KEY[in_reply_to]["id"]
        if mailer:
            msg["X-Mailer"] = mailer
        # move MIME-Version/Content-Type after the address headers, as mailers do
        ct = msg["Content-Type"]
        raw = msg.as_bytes()
    texts.extend(texts_extra)
    rec = dict(key=key, id=msgid, bytes=raw, texts=texts, loose=loose, frm=frm[1], date=dt)
    MESSAGES.append(rec)
    BY_KEY[key] = rec
    return rec


# ---------------------------------------------------------------- people / addresses
OWN = ("Кирилл Рудевич", "k.rudevich@smz.example.by")
OWN_BE = ("Кірыл Рудзевіч", "k.rudevich@smz.example.by")
OWN_EN = ("Kiryl Rudzevich", "k.rudevich@smz.example.by")
DIR = ("Жилинский В.С.", "director@smz.example.by")
GOR = ("Игорь Горбач", "i.gorbach@smz.example.by")
GOR_BE = ("Ігар Гарбач", "i.gorbach@smz.example.by")
SIV = ("Сивцова Анна", "a.sivtsova@smz.example.by")
OFFICE = ("Канцелярия ОАО «СМЗ»", "office@smz.example.by")
OKS = ("Оксана", "oksana.rud@post.example.by")
OKS_MOM = ("", "mama.lutsk@ukrpost.example.ua")
PES = ("Пестряков А.В.", "pestryakov@okb-vyatka.example.ru")
VYA = ("ОКБ Вятка-Дизель", "info@okb-vyatka.example.ru")
ZHOU = ("Zhou Min", "zhou.min@huarun-fuel.example.cn")
KES = ("Kessner Einspritztechnik Export", "export@kessner-et.example.de")
MIK = ("ООО Микрокомп-Трейд", "sales@mikrocomp.example.ru")
ARD = ("Rohan Deshpande", "rohan.d@ardent-embedded.example.in")
GULF = ("Gulf Bridge General Trading", "deals@gulfbridge.example.ae")
TRAVEL = ("Слонимтурист", "booking@slonimtour.example.by")
HR = ("Отдел кадров СМЗ", "ok@smz.example.by")
IT = ("ИТ-служба", "it@smz.example.by")
PROF = ("Прафкам СМЗ", "profkom@smz.example.by")
CANT = ("Столовая", "stolovaya@smz.example.by")
NEWS = ("Engine Industry Digest", "digest@enginedigest.example.com")
PTO = ("Петров Олег (ПДО)", "o.petrov@smz.example.by")
BUH = ("Бухгалтерия", "buh@smz.example.by")
VP = ("Военное представительство", "vp@smz.example.by")
CEH = ("Мартинкевич Юрий, цех 3", "y.martinkevich@smz.example.by")
BRO = ("Денис Горбач", "d.gorbach@poczta.example.pl")
MIK_TO = OWN

# ---------------------------------------------------------------- messages
add("n01", IT, OWN, "Плановая смена паролей", (2023, 10, 2, 9, 5),
    "Уважаемые пользователи!\n\nС 9 по 13 октября проводится плановая смена паролей к корпоративной почте. "
    "Пароль должен содержать не менее 10 символов.\n\nИТ-служба ОАО «СМЗ», вн. 2-14")

add("jd1", PES, OWN, "Договор о совместной ОКР ВД-520", (2023, 10, 10, 11, 20),
    "Кирилл Янович, добрый день!\n\nНаправляю подписанный с нашей стороны договор о совместном выполнении ОКР "
    "по двигателю ВД-520. Прошу передать В.С. Жилинскому на подпись.\n\n"
    "С уважением,\nГенеральный директор АО «ОКБ «Вятка-Дизель»\nА.В. Пестряков\nг. Киров",
    cs="windows-1251", mailer="Microsoft Outlook 16.0",
    attachments=[("docx", "Договор_ОКР_ВД-520.docx", [
        "ДОГОВОР № 17/23-ОКР о совместном выполнении опытно-конструкторской работы",
        "г. Киров, 05 октября 2023 г.",
        "Акционерное общество «Опытно-конструкторское бюро «Вятка-Дизель» (Российская Федерация), в лице генерального директора Пестрякова Аркадия Вениаминовича, и Открытое акционерное общество «Слонимский моторный завод» (Республика Беларусь), в лице директора Жилинского Валерия Степановича, заключили настоящий договор.",
        "1.1. Стороны совместно разрабатывают дизельный двигатель ВД-520 мощностью 520 л.с. для многоосных колёсных шасси.",
        "3.2. Доля участия ОАО «СМЗ» в финансировании ОКР составляет 40 (сорок) процентов общей стоимости работ.",
        "Генеральный директор АО «ОКБ «Вятка-Дизель» А.В. Пестряков",
        "Директор ОАО «Слонимский моторный завод» В.С. Жилинский",
    ])])

add("n02", CANT, OWN, "Меню на неделю", (2023, 10, 16, 8, 30),
    "Добрый день! В понедельник: борщ, котлета по-домашнему, пюре. Во вторник: суп гороховый, драники со сметаной. "
    "Столовая работает с 11:30 до 14:30.", cs="koi8-r")

add("mm1", DIR, OWN, "Приказ о выполнении гособоронзаказа РФ на 2024 год", (2023, 11, 6, 14, 0),
    "Для сведения и руководства в части закупок комплектующих.\n\nКанцелярия",
    cs="windows-1251", attachments=[("docx", "Приказ_214.docx", [
        "ОТКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО «СЛОНИМСКИЙ МОТОРНЫЙ ЗАВОД»",
        "ПРИКАЗ № 214 от 06.11.2023",
        "О выполнении контракта с Министерством обороны Российской Федерации",
        "1. В 2024 году выполнить капитальный ремонт 40 силовых установок шасси зенитных ракетных комплексов «Тор-М2» и 60 двигателей ЯМЗ-238 автомобилей Урал-4320 по контракту с Министерством обороны Российской Федерации.",
        "2. Начальнику отдела материально-технического снабжения Рудевичу К.Я. до 01.12.2023 обеспечить закупку ремкомплектов.",
        "Директор В.С. Жилинский",
    ])])

add("n03", PROF, OWN_BE, "Навагоднія падарункі дзецям", (2023, 11, 20, 10, 0),
    "Шаноўныя калегі!\n\nПрафкам прымае заяўкі на навагоднія падарункі для дзяцей да 14 гадоў да 1 снежня. "
    "Звяртацца ў каб. 105.\n\nПрафкам ААТ «СМЗ»", cs="utf-8", cte="qp")

add("sa1", KES, OWN_EN, "Your enquiry 2023-118: common-rail injectors KE-440", (2023, 11, 22, 16, 40),
    "Dear Mr. Rudzevich,\n\nthank you for your enquiry of 14 November.\n\n"
    "Due to the EU sanctions against the Republic of Belarus we are not permitted to deliver common-rail injectors, "
    "high-pressure pumps or spare parts to Slonim Motor Plant OJSC. We regret that we cannot make an offer.\n\n"
    "Kind regards\nJens Albrecht\nExport Sales\nKessner Einspritztechnik GmbH, Stuttgart", cs="us-ascii", cte="7bit")

add("sa2", OWN, DIR, "О поставках форсунок Kessner", (2023, 11, 23, 9, 15),
    "Валерий Степанович!\n\nДокладываю: из-за санкций ЕС немецкая Kessner Einspritztechnik отказалась поставлять нам форсунки "
    "Common Rail KE-440 и насосы высокого давления. Запас форсунок на складе — примерно на два месяца сборки.\n\n"
    "Ищу замену, в первую очередь в Китае.\n\nК.Я. Рудевич\nначальник отдела МТС ОАО «СМЗ»", cs="koi8-r")

add("n04", BUH, OWN, "Авансовые отчеты", (2023, 11, 27, 11, 0),
    "Напоминаем, что авансовые отчеты за ноябрь сдаются до 5 декабря. Бухгалтерия.", cs="windows-1251")

add("sb1", MIK, OWN, "Ответ на запрос № 312 (микроконтроллеры)", (2023, 12, 1, 10, 5),
    "Уважаемый Кирилл Янович!\n\nСообщаем, что поставка микроконтроллеров производства США для блоков управления двигателем "
    "в адрес ОАО «СМЗ» невозможна в связи с экспортными ограничениями США: производитель и дистрибьюторы отказываются отгружать "
    "продукцию предприятиям Республики Беларусь.\n\nМенеджер ООО «Микрокомп-Трейд»\nЕ. Кондратьева\nг. Москва",
    cs="windows-1251", raw_nocharset=True)

add("n05", IT, OWN, "Обновление 1С", (2023, 12, 4, 17, 0),
    "В субботу 9 декабря с 10:00 до 16:00 база 1С:Предприятие будет недоступна. ИТ-служба.")

add("af1", ZHOU, OWN_EN, "Replacement for Kessner KE-440 injectors", (2023, 12, 7, 4, 12),
    "Dear Mr. Rudzevich,\n\nfurther to our call, Wuxi Huarun can supply HR-CR16 common-rail injectors as a direct replacement "
    "for the Kessner KE-440 injectors used on your diesel engines. Please find our quotation attached.\n\n"
    "Best regards,\nZhou Min\nSales Manager, Overseas Department\nWuxi Huarun Fuel Systems Co., Ltd.\nWuxi, Jiangsu, China",
    cs="utf-8", cte="qp",
    attachments=[("xlsx", "Quotation_HR-2023-77.xlsx", [
        ("Item", "Description", "Qty", "Unit price, USD"),
        (1, "HR-CR16 common-rail injector, interchangeable with Kessner KE-440", 800, 96),
        (2, "HR-HP3 high-pressure pump, interchangeable with Kessner KP-3", 120, 410),
        ("Delivery", "FCA Wuxi, 60 days after prepayment", None, None),
    ])])

add("af2", OWN, DIR, "Форсунки из Китая вместо Kessner", (2023, 12, 8, 10, 30),
    "Валерий Степанович!\n\nПришло предложение от Wuxi Huarun Fuel Systems (г. Уси, КНР): форсунки HR-CR16 и насосы HR-HP3, "
    "взаимозаменяемые с немецкими Kessner. Цена на 20% ниже прежней. Предлагаю заказать пробную партию 50 форсунок для стендовых испытаний.\n\n"
    "Кирилл", cs="utf-8", cte="base64",
    attachments=[("rfc822", "af1")])

add("n06", CANT, OWN, "Новогоднее меню", (2023, 12, 20, 9, 0),
    "28 декабря в столовой праздничный обед. Просим сделать заказы до 26 декабря.", cs="koi8-r")

add("fm1", OKS, OWN, "Матвей", (2023, 12, 22, 13, 44),
    "Кирюш, забери сегодня Матвея с тренировки, я до семи на работе. Он просил купить новые щитки.\nЦелую, Оксана",
    cs="utf-8", cte="base64")

add("dec1", GULF, OWN_EN, "Kessner injectors available ex-stock Sharjah", (2024, 1, 10, 12, 0),
    "Dear Sir,\n\nwe can deliver original Kessner KE-440 injectors from our stock in Sharjah, UAE. Goods are re-exported via "
    "a third country, documents will show end user in Kazakhstan. 30% above list price, prepayment.\n\n"
    "Regards,\nFaisal\nGulf Bridge General Trading FZE", cs="us-ascii", cte="7bit")

add("dec2", OWN_EN, GULF, "Re: Kessner injectors available ex-stock Sharjah", (2024, 1, 11, 9, 10),
    "Thank you, but we are not interested. Our plant does not take part in schemes with false end-user documents.\n\n"
    "K. Rudzevich\n\n> we can deliver original Kessner KE-440 injectors from our stock in Sharjah, UAE. Goods are re-exported via\n"
    "> a third country, documents will show end user in Kazakhstan.", cs="us-ascii", cte="7bit", in_reply_to="dec1")

add("n07", HR, OWN, "График отпусков на 2024 год", (2024, 1, 15, 10, 0),
    "Просим руководителей подразделений представить график отпусков работников на 2024 год до 25 января.",
    cs="windows-1251")

add("mm2", PTO, OWN_BE, "План-графік рамонту на I квартал", (2024, 1, 18, 15, 20),
    "Кірыл Янавіч, дасылаю план-графік рамонту на I квартал 2024 г. Звярніце ўвагу на пазіцыі па Тор-М2 — "
    "па іх камплектуючыя патрэбны ў першую чаргу.\n\nО. Пятроў, ПДА", cs="utf-8", cte="base64",
    attachments=[("xlsx", "План_ремонта_1кв2024.xlsx", [
        ("№", "Изделие", "Заказчик", "Вид работ", "Кол-во"),
        (1, "Силовая установка шасси ЗРК «Тор-М2»", "Минобороны России", "капитальный ремонт", 12),
        (2, "Двигатель ЯМЗ-238 автомобиля Урал-4320", "Минобороны России", "капитальный ремонт", 18),
        (3, "Двигатель ЯМЗ-236 автобуса МАЗ-103", "КУП «Слонимское АТП»", "текущий ремонт", 6),
    ])])

add("cv1", CEH, OWN, "Ремонт двигателей для Слонимского АТП", (2024, 1, 24, 8, 50),
    "Кирилл Янович, по гражданскому заказу — ремонт шести двигателей городских автобусов МАЗ-103 для КУП «Слонимское АТП» — "
    "нужны прокладки ГБЦ и поршневые кольца, 6 комплектов. Заявку прикладывать?\n\nЮ. Мартинкевич, цех 3", cs="koi8-r")

add("n08", IT, OWN, "Фишинговые письма", (2024, 2, 1, 11, 30),
    "Коллеги, участились фишинговые рассылки от имени банков. Не открывайте вложения от неизвестных отправителей.")

add("sh1", CEH, OWN, "Стенд № 2", (2024, 2, 6, 16, 5),
    "Кирилл Янович, моторный стенд № 2 опять стоит: нет тормозной установки, старая сгорела, а новую так и не поставили. "
    "Обкатывать силовые установки после ремонта негде, на стенде № 1 очередь на три недели.\n\nЮ. Мартинкевич",
    cs="windows-1251")

add("n09", PROF, OWN_BE, "Спартакіяда", (2024, 2, 12, 9, 0),
    "Запрашаем каманды цэхаў і аддзелаў на заводскую спартакіяду па міні-футболе 24 лютага.", cs="windows-1251")

add("jd2", VYA, OWN, "Дополнительное соглашение № 1 к договору 17/23-ОКР", (2024, 2, 19, 12, 30),
    "Добрый день!\n\nВо вложении архив с проектом дополнительного соглашения № 1 (изменение долей финансирования). "
    "Просим согласовать.\n\nКанцелярия АО «ОКБ «Вятка-Дизель»", cs="koi8-r",
    attachments=[("zip", "ДС1_17-23-ОКР.zip", [("ДС1.docx", [
        "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 1 к договору № 17/23-ОКР от 05.10.2023",
        "1. Пункт 3.2 договора изложить в следующей редакции: «Доля участия ОАО «СМЗ» в финансировании ОКР по двигателю ВД-520 составляет 35 (тридцать пять) процентов общей стоимости работ».",
        "2. Остальные условия договора остаются без изменений.",
        "От АО «ОКБ «Вятка-Дизель»: генеральный директор А.В. Пестряков",
    ])])])

add("jd3", DIR, OWN, "FW: Дополнительное соглашение № 1", (2024, 2, 20, 9, 40),
    "Кирилл Янович, подписал. Итого наша доля по ВД-520 теперь 35%, а не 40%, учтите в плане закупок на год.\n\nВ.С.\n\n"
    "-----Original Message-----\nFrom: ОКБ Вятка-Дизель <info@okb-vyatka.example.ru>\nSent: Monday, February 19, 2024 12:30 PM\n"
    "Subject: Дополнительное соглашение № 1 к договору 17/23-ОКР\n\n"
    "Во вложении архив с проектом дополнительного соглашения № 1 (изменение долей финансирования). Просим согласовать.",
    cs="windows-1251", mailer="Microsoft Outlook 16.0")

add("tr1", OFFICE, OWN, "Приказ о командировании в г. Киров", (2024, 3, 1, 10, 0),
    "Направляем копию приказа о командировании.", cs="utf-8", cte="base64",
    attachments=[("docx", "Приказ_командировка_Киров.docx", [
        "ПРИКАЗ № 41-к от 01.03.2024",
        "О направлении в служебную командировку",
        "Направить в служебную командировку в г. Киров (Российская Федерация), АО «ОКБ «Вятка-Дизель», с 11.03.2024 по 15.03.2024 для согласования конструкторской документации по двигателю ВД-520:",
        "Горбача Игоря Леонидовича — главного конструктора;",
        "Рудевича Кирилла Яновича — начальника отдела материально-технического снабжения.",
        "Директор В.С. Жилинский",
    ])])

add("tr1b", TRAVEL, OWN_EN, "Booking confirmation KRV-55120", (2024, 3, 4, 14, 22),
    "BOOKING CONFIRMATION\n\nGuests: RUDZEVICH KIRYL, HARBACH IHAR\nHotel: Vyatka Park Hotel, Kirov, Russian Federation\n"
    "Check-in: 11 MAR 2024   Check-out: 15 MAR 2024\nRoom: 2 x Standard Single\n\nSlonimtourist travel agency",
    html="<html><body><p><b>BOOKING CONFIRMATION</b></p><p>Guests: RUDZEVICH KIRYL, HARBACH IHAR</p>"
         "<p>Hotel: Vyatka Park Hotel, Kirov, Russian Federation</p><p>Check-in: 11 MAR 2024 &nbsp; Check-out: 15 MAR 2024</p></body></html>")

add("tr1c", OWN, OKS, "Киров", (2024, 3, 11, 21, 15),
    "Оксан, привет! Мы с Игорем Леонидовичем уже в Кирове, поселились. Тут ещё снег по колено и минус двенадцать. "
    "Завтра с утра на ОКБ. Поцелуй Матвея.", cs="koi8-r")

add("n10", HR, OWN, "8 Марта", (2024, 3, 6, 12, 0),
    "Поздравляем милых женщин с 8 Марта! Торжественное собрание в актовом зале 7 марта в 15:00.", cs="windows-1251")

add("dom1", OWN, PTO, "Командировка в Гродно", (2024, 3, 25, 8, 40),
    "Олег, в четверг еду в Гродно на «Гроднопривод» по задержке редукторов, вернусь в пятницу. "
    "Если будут вопросы по отгрузкам — звони на мобильный.\nК.Р.", cs="windows-1251")

add("sb2", OWN, DIR, "Блоки управления двигателем", (2024, 4, 2, 11, 0),
    "Валерий Степанович!\n\nИз-за санкционных ограничений США мы не можем купить американские микроконтроллеры для блоков "
    "управления двигателем ни напрямую, ни через российских дистрибьюторов. Индийская фирма Ardent Embedded Systems "
    "(г. Пуне) предлагает готовые блоки AES-ECU7 на неамериканской элементной базе — письмо пересылаю ниже.\n\n"
    "К. Рудевич\n\n-----Original Message-----\nFrom: Rohan Deshpande <rohan.d@ardent-embedded.example.in>\n"
    "Sent: Friday, March 29, 2024 1:05 PM\nSubject: AES-ECU7 engine control unit\n\n"
    "Ardent Embedded Systems offers the AES-ECU7 engine control unit built on non-US microcontrollers, pin-compatible with your current unit.",
    cs="utf-8", cte="qp")

add("ag1", ARD, OWN_EN, "AES-ECU7 engine control unit", (2024, 3, 29, 13, 5),
    "Dear Mr. Rudzevich,\n\nArdent Embedded Systems offers the AES-ECU7 engine control unit built on non-US microcontrollers, "
    "pin-compatible with your current unit. Two samples can be shipped to Minsk within three weeks.\n\n"
    "Rohan Deshpande\nBusiness Development Manager\nArdent Embedded Systems Pvt. Ltd., Pune, India", loose=True)

add("n11", NEWS, OWN_EN, "Engine Industry Digest, April 2024", (2024, 4, 8, 6, 0),
    "ENGINE INDUSTRY DIGEST\n\n* Moravia Aero Engines of Brno completed the overhaul of twelve AI-25TL engines for L-39 jet trainers "
    "of a NATO air force, the company said on Monday.\n* A Polish truck maker announces a new 6x6 chassis.\n"
    "* Diesel injector prices rose 8% in the first quarter.\n\nUnsubscribe: digest.example.com/u", cs="us-ascii", cte="7bit")

add("fw1", OWN, GOR, "Fwd: Engine Industry Digest", (2024, 4, 8, 9, 30),
    "Игорь Леонидович, глянь первую новость — чехи тоже на АИ-25ТЛ сидят.\n\n---------- Forwarded message ---------\n"
    "ENGINE INDUSTRY DIGEST\n\n* Moravia Aero Engines of Brno completed the overhaul of twelve AI-25TL engines for L-39 jet trainers "
    "of a NATO air force, the company said on Monday.", cs="windows-1251")

add("mm3", GOR_BE, OWN_BE, "Кантракт па АІ-25ТЛ", (2024, 4, 15, 10, 10),
    "Кірыл, добры дзень!\n\nЗаключаны кантракт з Міністэрствам абароны Рэспублікі Беларусь на капітальны рамонт шасці "
    "рухавікоў АІ-25ТЛ вучэбна-баявых самалётаў L-39. Першыя два рухавікі прыйдуць у траўні, таму па ўплотненнях і падшыпніках "
    "трэба пачынаць закупку ўжо зараз.\n\nІ.Л. Гарбач\nгалоўны канструктар ААТ «Слонімскі маторны завод»",
    cs="utf-8", cte="qp")

add("mm4", OWN, GOR, "Re: Кантракт па АІ-25ТЛ", (2024, 4, 15, 14, 40),
    "Игорь, понял. Подшипники закажу в Самаре, по уплотнениям жду ответа.\n\nК.\n\n"
    "15.04.2024 10:10, Ігар Гарбач пишет:\n> Заключаны кантракт з Міністэрствам абароны Рэспублікі Беларусь на капітальны рамонт шасці\n"
    "> рухавікоў АІ-25ТЛ вучэбна-баявых самалётаў L-39.", cs="windows-1251", in_reply_to="mm3")

add("n12", IT, OWN, "Переезд сервера", (2024, 4, 19, 18, 0),
    "В ночь с 20 на 21 апреля почтовый сервер будет перенесён. Возможны перерывы в работе.", cs="koi8-r")

add("sh2", CEH, OWN_BE, "Гільзы цыліндраў", (2024, 4, 23, 7, 55),
    "Кірыл Янавіч, гільзы цыліндраў для ЯМЗ-238 да гэтага часу не пастаўлены, зборка дзесяці рухавікоў стаіць. "
    "Калі будзе хоць частка партыі?\n\nЮ. Марцінкевіч", cs="windows-1251")

add("sh2b", OWN, CEH, "Re: Гільзы цыліндраў", (2024, 4, 23, 9, 20),
    "Юрий, завод-поставщик сорвал отгрузку, обещают 40 штук к 10 мая. Остальное — в июне.\n\n"
    "> гільзы цыліндраў для ЯМЗ-238 да гэтага часу не пастаўлены, зборка дзесяці рухавікоў стаіць.",
    cs="utf-8", cte="base64", in_reply_to="sh2")

add("ag2", SIV, OWN, "Испытания AES-ECU7", (2024, 5, 14, 15, 30),
    "Кирилл Янович, два образца блоков управления AES-ECU7 от Ardent прошли стендовые испытания на двигателе ЯМЗ-238 без замечаний. "
    "Протокол у Горбача. Можно готовить заказ на установочную партию.\n\nА.П. Сивцова\nведущий инженер-технолог ОАО «СМЗ»",
    cs="windows-1251")

add("hyp1", GOR, OWN, "Стенды", (2024, 5, 20, 17, 45),
    "Кирилл, по стендам: если санкции когда-нибудь снимут, я бы первым делом купил у австрийцев новый моторный стенд AVL. "
    "А пока давай думать, где взять тормозную установку для второго.\nИ.", cs="koi8-r")

add("tr2", ZHOU, OWN_EN, "Invitation letter – visit to Wuxi Huarun", (2024, 5, 27, 5, 30),
    "Dear Mr. Rudzevich,\n\nplease find attached the invitation letter for your visa application.\n\nZhou Min\n"
    "Sales Manager, Overseas Department\nWuxi Huarun Fuel Systems Co., Ltd.",
    attachments=[("docx", "Invitation_Letter.docx", [
        "INVITATION LETTER",
        "Wuxi Huarun Fuel Systems Co., Ltd. is pleased to invite Mr. Kiryl Rudzevich, Head of Procurement, and Ms. Hanna Sivtsova, Lead Process Engineer, of Slonim Motor Plant OJSC (Belarus) to visit our factory in Wuxi, Jiangsu Province, China, from 17 to 21 June 2024 to inspect the production of HR-CR16 injectors.",
        "Zhou Min, Sales Manager, Overseas Department",
    ])])

add("tr2b", TRAVEL, OWN, "Маршрут-квитанция", (2024, 6, 3, 12, 0),
    "Пассажиры: RUDZEVICH/KIRYL MR, SIVTSOVA/HANNA MS\n\n16JUN2024 MINSK (MSQ) - BEIJING (PEK) 23:40\n"
    "17JUN2024 BEIJING (PEK) - WUXI (WUX) 13:10\n22JUN2024 SHANGHAI (PVG) - MINSK (MSQ) 09:15\n\nСлонимтурист", cs="utf-8", cte="qp")

add("n13", CANT, OWN, "Санитарный день", (2024, 6, 5, 8, 0),
    "7 июня в столовой санитарный день.", cs="koi8-r")

add("tr2c", SIV, OWN, "Отчёт о поездке в Уси", (2024, 6, 25, 11, 0),
    "Кирилл Янович, направляю проект отчёта о командировке в КНР (г. Уси, Wuxi Huarun Fuel Systems, 17–21.06.2024). "
    "Производство форсунок HR-CR16 посмотрели, выходной контроль у них лучше, чем мы думали. Поправьте раздел по ценам.\n\nА. Сивцова",
    cs="utf-8", cte="base64", loose=True)

add("vis1", GOR, OWN, "Виза", (2024, 6, 10, 13, 0),
    "Кирилл, в польской визе мне отказали — хотел в июле съездить к брату в Белосток, он там с семьёй живёт по виду на жительство. "
    "Теперь, видимо, он к нам приедет.\nИгорь", cs="windows-1251")

add("n14", HR, OWN, "День Независимости", (2024, 7, 1, 10, 0),
    "3 июля — выходной день. Поздравляем с Днём Независимости Республики Беларусь!", cs="windows-1251")

add("cit1", HR, GOR, "Анкета для оформления допуска", (2024, 7, 2, 9, 0),
    "Игорь Леонидович, анкета для продления допуска, проверьте данные и верните подписанной.\n\nОтдел кадров",
    cs="windows-1251", attachments=[("docx", "Анкета_Горбач.docx", [
        "АНКЕТА",
        "Фамилия, имя, отчество: Горбач Игорь Леонидович",
        "Дата и место рождения: 14.02.1979, г. Слоним",
        "Гражданство: Республика Беларусь; Российская Федерация (с 2009 г.)",
        "Место работы и должность: ОАО «Слонимский моторный завод», главный конструктор (с 2016 г.)",
        "Близкие родственники: брат — Горбач Денис Леонидович, 1983 г.р., проживает в г. Белосток (Республика Польша) по виду на жительство.",
    ])])

add("cit1b", GOR, HR, "Re: Анкета для оформления допуска", (2024, 7, 3, 16, 20),
    "Проверил, всё верно. Российский паспорт у меня действующий, до 2029 года, копию принесу. Брат по-прежнему в Польше.\nИ.Л. Горбач",
    cs="windows-1251", in_reply_to="cit1")

add("can1", OWN, OKS, "Стамбул", (2024, 7, 8, 19, 0),
    "Оксан, со Стамбулом отбой: выставку перенесли, а директор командировку отменил. Билеты сдам, деньги вернут за вычетом сбора.",
    cs="utf-8", cte="base64")

add("fam1", OWN, HR, "Уведомление о выезде за границу", (2024, 7, 22, 10, 15),
    "Добрый день! Направляю уведомление о выезде за границу в период отпуска.\nК.Я. Рудевич",
    cs="windows-1251", attachments=[("docx", "Уведомление_Рудевич.docx", [
        "Начальнику отдела кадров ОАО «СМЗ»",
        "УВЕДОМЛЕНИЕ",
        "Я, Рудевич Кирилл Янович, начальник отдела материально-технического снабжения, уведомляю о выезде в Арабскую Республику Египет (г. Шарм-эш-Шейх) с 03.08.2024 по 14.08.2024 с целью отдыха.",
        "Выезжаю совместно с супругой, Рудевич Оксаной Богдановной, и сыном, Рудевичем Матвеем Кирилловичем, 2012 г.р.",
        "Маршрут: Минск – Стамбул (пересадка) – Шарм-эш-Шейх.",
    ])])

add("n15", PROF, OWN_BE, "Аздараўленне дзяцей", (2024, 7, 25, 11, 0),
    "Ёсць вольныя пуцёўкі ў дзіцячы лагер «Зубраня» на трэцюю змену.", cs="utf-8", cte="qp")

add("fam2", OKS, OKS_MOM, "Повернулися", (2024, 8, 16, 20, 30),
    "Мамо, привіт!\n\nМи з Кирилом і Матвійком щойно повернулися з Єгипту. Море тепле, Матвій навчився пірнати з маскою. "
    "У Стамбулі на пересадці сиділи п'ять годин, але то дрібниці.\n\nЩодо паспорта: я ж громадянка України, мій закордонний "
    "закінчується навесні, доведеться їхати до консульства у Мінськ. Посвідку на проживання в Білорусі мені продовжили ще на п'ять років.\n\n"
    "Цілую, твоя Оксана", cs="utf-8", cte="qp", loose=True)

add("fam3", OKS_MOM, OKS, "Re: Повернулися", (2024, 8, 17, 9, 5),
    "Оксанко, яка радість! Передавай привіт Кирилові, а онукові скажи, що бабуся чекає на фото з рибками.\n\nМама\n\n"
    "> Ми з Кирилом і Матвійком щойно повернулися з Єгипту.", cs="koi8-u" if False else "utf-8", cte="base64", in_reply_to="fam2")

add("cit2", HR, OWN, "Анкета (обновление данных)", (2024, 8, 26, 9, 30),
    "Кирилл Янович, просим обновить анкету (сведения о родственниках).", cs="koi8-r",
    attachments=[("docx", "Анкета_Рудевич.docx", [
        "АНКЕТА",
        "Фамилия, имя, отчество: Рудевич Кирилл Янович",
        "Гражданство: Республика Беларусь",
        "Место работы и должность: ОАО «Слонимский моторный завод», начальник отдела материально-технического снабжения (с 2019 г.)",
        "Жена — Рудевич (урождённая Ткачук) Оксана Богдановна, 1986 г.р., уроженка г. Луцк, гражданка Украины, вид на жительство в Республике Беларусь.",
        "Сын — Рудевич Матвей Кириллович, 2012 г.р.",
    ])])

add("vp1", VP, OWN, "Приёмка силовых установок", (2024, 9, 5, 15, 0),
    "Кирилл Янович, для информации: военное представительство Министерства обороны Российской Федерации приняло 12 силовых установок "
    "ЗРК «Тор-М2» после капитального ремонта. Замечаний по комплектующим нет.\n\nСекретарь ВП", cs="koi8-r")

add("n17", BUH, OWN, "Зарплатные карты", (2024, 9, 9, 9, 0),
    "С 1 октября зарплата перечисляется только на карты Беларусбанка.", cs="windows-1251")

add("n18", OKS, OWN, "Купи по дороге", (2024, 9, 10, 17, 30),
    "Хлеб, молоко, яйца, и Матвею клей ПВА для поделки.", cs="utf-8", cte="base64")

add("emp1", ZHOU, OWN_EN, "Contract HR-2024-019 signed", (2024, 9, 12, 6, 20),
    "Dear Mr. Rudzevich,\n\nthe contract HR-2024-019 for 800 HR-CR16 injectors is signed on our side; the first lot ships on 30 September.\n\n"
    "Best regards,\nZhou Min\nSales Manager, Overseas Department\nWuxi Huarun Fuel Systems Co., Ltd.", cs="utf-8", cte="qp",
    loose=True)

add("n19", PROF, OWN_BE, "Экскурсія ў Нясвіж", (2024, 9, 16, 12, 0),
    "Прафкам арганізуе экскурсію ў Нясвіжскі замак 28 верасня. Запіс у каб. 105.", cs="windows-1251")

add("n20", HR, OWN, "Медосмотр", (2024, 9, 18, 8, 30),
    "Плановый медосмотр работников отдела МТС — 24 сентября, поликлиника, каб. 12, с 8:00.", cs="koi8-r")

add("n22", "Marketing Team <news@bearingsworld.example.com>".split(" <")[0:1] and ("Marketing Team", "news@bearingsworld.example.com"),
    OWN_EN, "Autumn catalogue 2024", (2024, 9, 23, 7, 0), None,
    html="<html><body><h2>Autumn catalogue 2024</h2><p>Discover our new range of tapered roller bearings for heavy trucks.</p>"
         "<p><a href='http://bearingsworld.example.com'>Browse the catalogue</a></p></body></html>", cs="utf-8", cte="qp")

add("n23", PTO, OWN, "Совещание по закупкам", (2024, 9, 24, 9, 0),
    "Совещание по плану закупок на IV квартал — 26 сентября в 10:00, кабинет главного инженера.", cs="windows-1251", loose=True)

add("n24", CEH, OWN, "Спецодежда", (2024, 9, 25, 13, 0),
    "Кирилл Янович, когда будут зимние куртки для цеха 3? Люди спрашивают.", cs="koi8-r")

add("n25", OWN, BUH, "Счёт на канцтовары", (2024, 9, 26, 10, 0),
    "Прошу оплатить счёт № 4471 ООО «Канцмир» на бумагу и картриджи.", cs="windows-1251")

add("n26", HR, OWN, "Поздравление", (2024, 9, 27, 9, 0),
    "Уважаемый Кирилл Янович! Поздравляем Вас с днём рождения! Желаем здоровья и успехов. Коллектив отдела кадров.",
    cs="utf-8", cte="base64")

add("n27", IT, OWN_BE, "Абнаўленне антывіруса", (2024, 9, 30, 11, 0),
    "У аўторак будзе абноўлены антывірус на ўсіх працоўных станцыях.", cs="koi8-u" if False else "utf-8", cte="qp", loose=True)

add("n28", PTO, OWN, "Re: План закупок", (2024, 10, 1, 15, 0),
    "Кирилл, план согласован, подписи в ПДО. Спасибо.\n\n> Прошу согласовать план закупок на IV квартал.", cs="windows-1251")

add("n29", BRO, GOR, "Приезд", (2024, 10, 3, 20, 0),
    "Ігар, вітаю! Раз у візе табе адмовілі — прыедзем да вас самі на Каляды, я, Марта і дзеці. Бацькам пакуль не кажы, хай будзе сюрпрыз.\nДзяніс",
    cs="utf-8", cte="base64", loose=True)

add("fwbro", GOR, OWN, "Fwd: Приезд", (2024, 10, 4, 8, 30),
    "Кирилл, смотри — брат на Рождество приедет, так что в декабре я в отпуске с 24-го.\nИ.",
    cs="utf-8", cte="base64", attachments=[("rfc822", "n29")])


# ---------------------------------------------------------------- entities
E = [
    dict(id="o_smz", schema="Company", name="Slonim Motor Plant OJSC", names=[
        "ОАО «СМЗ»", "ОАО \"СМЗ\"", "СМЗ", "ААТ «СМЗ»", "Открытое акционерное общество «Слонимский моторный завод»",
        "ОАО «Слонимский моторный завод»", "Слонимский моторный завод", "ОТКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО «СЛОНИМСКИЙ МОТОРНЫЙ ЗАВОД»",
        "ААТ «Слонімскі маторны завод»", "Слонімскі маторны завод", "Slonim Motor Plant OJSC",
    ], properties={"country": ["by"]}),
    dict(id="o_vyatka", schema="Company", name="Vyatka-Dizel Design Bureau", names=[
        "АО «ОКБ «Вятка-Дизель»", "Акционерное общество «Опытно-конструкторское бюро «Вятка-Дизель»",
        "ОКБ «Вятка-Дизель»", "ОКБ Вятка-Дизель", "АО \"ОКБ \"Вятка-Дизель\"", "ОКБ \"Вятка-Дизель\"",
    ], properties={"country": ["ru"]}),
    dict(id="o_kessner", schema="Company", name="Kessner Einspritztechnik GmbH", names=[
        "Kessner Einspritztechnik GmbH", "Kessner Einspritztechnik", "Kessner",
    ], properties={"country": ["de"]}),
    dict(id="o_huarun", schema="Company", name="Wuxi Huarun Fuel Systems Co., Ltd.", names=[
        "Wuxi Huarun Fuel Systems Co., Ltd.", "Wuxi Huarun Fuel Systems", "Wuxi Huarun",
    ], properties={"country": ["cn"]}),
    dict(id="o_ardent", schema="Company", name="Ardent Embedded Systems Pvt. Ltd.", names=[
        "Ardent Embedded Systems Pvt. Ltd.", "Ardent Embedded Systems", "Ardent",
    ], properties={"country": ["in"]}),
    dict(id="o_gulf", schema="Company", name="Gulf Bridge General Trading FZE", names=[
        "Gulf Bridge General Trading FZE", "Gulf Bridge General Trading",
    ], properties={"country": ["ae"]}),
    dict(id="o_mikro", schema="Company", name="Mikrokomp-Trade LLC", names=[
        "ООО «Микрокомп-Трейд»", "ООО Микрокомп-Трейд",
    ], properties={"country": ["ru"]}),
    dict(id="p_rudevich", schema="Person", name="Kiryl Rudzevich", names=[
        "Кирилл Рудевич", "Кірыл Рудзевіч", "Kiryl Rudzevich", "Mr. Rudzevich", "Mr. Kiryl Rudzevich", "K. Rudzevich",
        "RUDZEVICH KIRYL", "RUDZEVICH/KIRYL MR", "Рудевич Кирилл Янович", "Рудевичу К.Я.", "Рудевича Кирилла Яновича",
        "К.Я. Рудевич", "К. Рудевич", "Кирилл Янович", "Кірыл Янавіч", "Кирилл", "Кирилом", "Кирилові", "Кірыл", "Кирюш",
        "К.Р.",
    ], properties={"citizenship": ["by"]}),
    dict(id="p_oksana", schema="Person", name="Aksana Rudzevich", names=[
        "Оксана", "Рудевич Оксаной Богдановной", "Оксанко", "Оксан", "Оксана Богдановна",
    ], properties={"citizenship": ["ua"]}),
    dict(id="p_matvey", schema="Person", name="Matvei Rudzevich", names=[
        "Матвея", "Матвей", "Матвею", "Матвій", "Матвійком", "Рудевичем Матвеем Кирилловичем", "Рудевич Матвей Кириллович",
    ], properties={}),
    dict(id="p_zhilinsky", schema="Person", name="Valery Zhilinsky", names=[
        "Жилинский В.С.", "В.С. Жилинский", "В.С. Жилинскому", "Жилинского Валерия Степановича", "Валерий Степанович",
    ], properties={}),
    dict(id="p_gorbach", schema="Person", name="Ihar Harbach", names=[
        "Игорь Горбач", "Ігар Гарбач", "І.Л. Гарбач", "HARBACH IHAR", "Горбача Игоря Леонидовича", "Горбач Игорь Леонидович",
        "И.Л. Горбач", "Игорь Леонидович", "Игорем Леонидовичем", "Игорь", "Ігар", "Горбача",
    ], properties={"citizenship": ["by", "ru"]}),
    dict(id="p_denis", schema="Person", name="Dzianis Harbach", names=[
        "Денис Горбач", "Горбач Денис Леонидович", "Дзяніс",
    ], properties={}),
    dict(id="p_sivtsova", schema="Person", name="Hanna Sivtsova", names=[
        "Сивцова Анна", "А.П. Сивцова", "А. Сивцова", "Ms. Hanna Sivtsova", "Hanna Sivtsova", "SIVTSOVA/HANNA MS",
    ], properties={}),
    dict(id="p_pestryakov", schema="Person", name="Arkady Pestryakov", names=[
        "Пестряков А.В.", "А.В. Пестряков", "Пестрякова Аркадия Вениаминовича",
    ], properties={"nationality": ["ru"]}),
    dict(id="p_zhou", schema="Person", name="Zhou Min", names=["Zhou Min"], properties={}),
    dict(id="p_deshpande", schema="Person", name="Rohan Deshpande", names=["Rohan Deshpande"], properties={}),
]

# ---------------------------------------------------------------- findings
F = []


def finding(kind, summary, subjects, attributes, evidence):
    F.append(dict(id="f-%03d" % (len(F) + 1), kind=kind, summary=summary, subjects=subjects,
                  attributes=attributes, evidence=evidence, confidence=1.0))


finding("military_maintenance",
        "SMZ overhauls the power packs of Tor-M2 air-defence systems and the engines of Ural-4320 trucks for the Russian Ministry of Defence.",
        ["o_smz"], {"platforms": ["tor-m2", "ural-4320"], "customer_country": "ru"}, [
            ("mm1", "1. В 2024 году выполнить капитальный ремонт 40 силовых установок шасси зенитных ракетных комплексов «Тор-М2» и 60 двигателей ЯМЗ-238 автомобилей Урал-4320 по контракту с Министерством обороны Российской Федерации."),
            ("mm2", "Силовая установка шасси ЗРК «Тор-М2»"),
            ("vp1", "военное представительство Министерства обороны Российской Федерации приняло 12 силовых установок ЗРК \"Тор-М2\" после капитального ремонта"),
        ])
finding("military_maintenance",
        "SMZ overhauls six AI-25TL engines of L-39 trainers for the Ministry of Defence of Belarus.",
        ["o_smz"], {"platforms": ["l-39"], "customer_country": "by"}, [
            ("mm3", "Заключаны кантракт з Міністэрствам абароны Рэспублікі Беларусь на капітальны рамонт шасці рухавікоў АІ-25ТЛ вучэбна-баявых самалётаў L-39."),
            ("mm4", "Заключаны кантракт з Міністэрствам абароны Рэспублікі Беларусь на капітальны рамонт шасці"),
        ])
finding("joint_development",
        "SMZ and OKB Vyatka-Dizel jointly develop the VD-520 diesel engine; SMZ's share of the funding went from 40% to 35%.",
        ["o_smz", "o_vyatka"], {"product": ["vd-520", "vd-520 diesel engine", "вд-520"], "partner_country": "ru", "funding_share": 0.35}, [
            ("jd1", "1.1. Стороны совместно разрабатывают дизельный двигатель ВД-520 мощностью 520 л.с. для многоосных колёсных шасси."),
            ("jd2", "1. Пункт 3.2 договора изложить в следующей редакции: «Доля участия ОАО «СМЗ» в финансировании ОКР по двигателю ВД-520 составляет 35 (тридцать пять) процентов общей стоимости работ»."),
            ("jd3", "Итого наша доля по ВД-520 теперь 35%, а не 40%"),
        ])
finding("sanctions_obstacle",
        "EU sanctions stop Kessner (Germany) from selling SMZ common-rail injectors and pumps.",
        ["o_smz"], {"origin_country": "de", "goods": "fuel injectors"}, [
            ("sa1", "Due to the EU sanctions against the Republic of Belarus we are not permitted to deliver common-rail injectors, high-pressure pumps or spare parts to Slonim Motor Plant OJSC."),
            ("sa2", "из-за санкций ЕС немецкая Kessner Einspritztechnik отказалась поставлять нам форсунки Common Rail KE-440 и насосы высокого давления"),
        ])
finding("sanctions_obstacle",
        "US export controls block SMZ from buying US-made microcontrollers for engine control units.",
        ["o_smz"], {"origin_country": "us", "goods": "microcontrollers"}, [
            ("sb1", "поставка микроконтроллеров производства США для блоков управления двигателем в адрес ОАО «СМЗ» невозможна в связи с экспортными ограничениями США"),
            ("sb2", "Из-за санкционных ограничений США мы не можем купить американские микроконтроллеры для блоков управления двигателем"),
        ])
finding("alternative_supplier",
        "Wuxi Huarun (China) offers injectors and pumps interchangeable with Kessner's; a contract is signed.",
        ["o_smz", "o_huarun"], {"supplier_country": "cn", "goods": "fuel injectors"}, [
            ("af1", "Wuxi Huarun can supply HR-CR16 common-rail injectors as a direct replacement for the Kessner KE-440 injectors used on your diesel engines."),
            ("af2", "Пришло предложение от Wuxi Huarun Fuel Systems (г. Уси, КНР): форсунки HR-CR16 и насосы HR-HP3, взаимозаменяемые с немецкими Kessner."),
            ("emp1", "the contract HR-2024-019 for 800 HR-CR16 injectors is signed on our side"),
            ("tr2c", "Производство форсунок HR-CR16 посмотрели, выходной контроль у них лучше, чем мы думали."),
        ])
finding("alternative_supplier",
        "Ardent Embedded Systems (India) offers engine control units on non-US microcontrollers; samples pass bench tests.",
        ["o_smz", "o_ardent"], {"supplier_country": "in", "goods": "engine control units"}, [
            ("ag1", "Ardent Embedded Systems offers the AES-ECU7 engine control unit built on non-US microcontrollers, pin-compatible with your current unit."),
            ("sb2", "Индийская фирма Ardent Embedded Systems (г. Пуне) предлагает готовые блоки AES-ECU7 на неамериканской элементной базе"),
            ("ag2", "два образца блоков управления AES-ECU7 от Ardent прошли стендовые испытания на двигателе ЯМЗ-238 без замечаний"),
        ])
finding("equipment_shortage",
        "Engine test stand No. 2 has no brake unit; overhauled power packs cannot be run in.",
        ["o_smz"], {"goods": "engine test bench"}, [
            ("sh1", "моторный стенд № 2 опять стоит: нет тормозной установки, старая сгорела, а новую так и не поставили"),
            ("hyp1", "давай думать, где взять тормозную установку для второго"),
        ])
finding("equipment_shortage",
        "Cylinder liners for YaMZ-238 engines have not been delivered; assembly of ten engines is stalled.",
        ["o_smz"], {"goods": "cylinder liners"}, [
            ("sh2", "гільзы цыліндраў для ЯМЗ-238 да гэтага часу не пастаўлены, зборка дзесяці рухавікоў стаіць"),
            ("sh2b", "гільзы цыліндраў для ЯМЗ-238 да гэтага часу не пастаўлены, зборка дзесяці рухавікоў стаіць"),
        ])
finding("foreign_travel",
        "Gorbach and Rudevich went to Kirov, Russia, 11-15 March 2024 to OKB Vyatka-Dizel.",
        ["p_gorbach", "p_rudevich"], {"country": "ru", "start": "2024-03", "place": "Kirov", "purpose": "business trip to okb vyatka-dizel"}, [
            ("tr1", "Направить в служебную командировку в г. Киров (Российская Федерация), АО «ОКБ «Вятка-Дизель», с 11.03.2024 по 15.03.2024 для согласования конструкторской документации по двигателю ВД-520:"),
            ("tr1b", "Guests: RUDZEVICH KIRYL, HARBACH IHAR"),
            ("tr1c", "Мы с Игорем Леонидовичем уже в Кирове, поселились."),
        ])
finding("foreign_travel",
        "Rudevich and Sivtsova visited Wuxi Huarun in Wuxi, China, 17-21 June 2024.",
        ["p_rudevich", "p_sivtsova"], {"country": "cn", "start": "2024-06", "place": "Wuxi", "purpose": "supplier visit"}, [
            ("tr2", "Wuxi Huarun Fuel Systems Co., Ltd. is pleased to invite Mr. Kiryl Rudzevich, Head of Procurement, and Ms. Hanna Sivtsova, Lead Process Engineer, of Slonim Motor Plant OJSC (Belarus) to visit our factory in Wuxi, Jiangsu Province, China, from 17 to 21 June 2024 to inspect the production of HR-CR16 injectors."),
            ("tr2b", "16JUN2024 MINSK (MSQ) - BEIJING (PEK) 23:40"),
            ("tr2c", "направляю проект отчёта о командировке в КНР (г. Уси, Wuxi Huarun Fuel Systems, 17–21.06.2024)"),
        ])
finding("foreign_travel",
        "Rudevich, his wife Oksana and son Matvei holidayed in Sharm el-Sheikh, Egypt, 3-14 August 2024 (changing planes in Istanbul).",
        ["p_rudevich", "p_oksana", "p_matvey"], {"country": "eg", "start": "2024-08", "place": "Sharm el-Sheikh", "purpose": "holiday"}, [
            ("fam1", "Я, Рудевич Кирилл Янович, начальник отдела материально-технического снабжения, уведомляю о выезде в Арабскую Республику Египет (г. Шарм-эш-Шейх) с 03.08.2024 по 14.08.2024 с целью отдыха."),
            ("fam2", "Ми з Кирилом і Матвійком щойно повернулися з Єгипту."),
            ("fam3", "Ми з Кирилом і Матвійком щойно повернулися з Єгипту."),
        ])
finding("citizenship",
        "Gorbach is a citizen of Belarus and of Russia (since 2009).",
        ["p_gorbach"], {"countries": ["by", "ru"]}, [
            ("cit1", "Гражданство: Республика Беларусь; Российская Федерация (с 2009 г.)"),
            ("cit1b", "Российский паспорт у меня действующий, до 2029 года"),
        ])
finding("citizenship",
        "Oksana Rudevich is a citizen of Ukraine living in Belarus on a residence permit.",
        ["p_oksana"], {"countries": ["ua"]}, [
            ("cit2", "Жена — Рудевич (урождённая Ткачук) Оксана Богдановна, 1986 г.р., уроженка г. Луцк, гражданка Украины, вид на жительство в Республике Беларусь."),
            ("fam2", "я ж громадянка України"),
        ])
finding("citizenship",
        "Rudevich is a citizen of Belarus.",
        ["p_rudevich"], {"countries": ["by"]}, [
            ("cit2", "Гражданство: Республика Беларусь"),
        ])
finding("family_relation", "Oksana is Rudevich's wife.", ["p_rudevich", "p_oksana"], {"relationship": "spouse"}, [
    ("fam1", "Выезжаю совместно с супругой, Рудевич Оксаной Богдановной, и сыном, Рудевичем Матвеем Кирилловичем, 2012 г.р."),
    ("cit2", "Жена — Рудевич (урождённая Ткачук) Оксана Богдановна, 1986 г.р., уроженка г. Луцк, гражданка Украины, вид на жительство в Республике Беларусь."),
])
finding("family_relation", "Matvei (born 2012) is Rudevich's son.", ["p_rudevich", "p_matvey"], {"relationship": "child"}, [
    ("fam1", "Выезжаю совместно с супругой, Рудевич Оксаной Богдановной, и сыном, Рудевичем Матвеем Кирилловичем, 2012 г.р."),
    ("cit2", "Сын — Рудевич Матвей Кириллович, 2012 г.р."),
])
finding("family_relation", "Denis Gorbach, living in Bialystok, Poland, is Gorbach's brother.", ["p_gorbach", "p_denis"], {"relationship": "sibling"}, [
    ("cit1", "Близкие родственники: брат — Горбач Денис Леонидович, 1983 г.р., проживает в г. Белосток (Республика Польша) по виду на жительство."),
    ("vis1", "хотел в июле съездить к брату в Белосток"),
    ("fwbro", "брат на Рождество приедет"),
])
finding("employment", "Rudevich heads the procurement (material and technical supply) department of SMZ.", ["p_rudevich", "o_smz"], {"role": "head of procurement"}, [
    ("sa2", "начальник отдела МТС ОАО \"СМЗ\""),
    ("tr1", "Рудевича Кирилла Яновича — начальника отдела материально-технического снабжения."),
    ("mm1", "2. Начальнику отдела материально-технического снабжения Рудевичу К.Я. до 01.12.2023 обеспечить закупку ремкомплектов."),
    ("cit2", "Место работы и должность: ОАО «Слонимский моторный завод», начальник отдела материально-технического снабжения (с 2019 г.)"),
    ("fam1", "Я, Рудевич Кирилл Янович, начальник отдела материально-технического снабжения, уведомляю о выезде в Арабскую Республику Египет (г. Шарм-эш-Шейх) с 03.08.2024 по 14.08.2024 с целью отдыха."),
    ("tr2", "Wuxi Huarun Fuel Systems Co., Ltd. is pleased to invite Mr. Kiryl Rudzevich, Head of Procurement, and Ms. Hanna Sivtsova, Lead Process Engineer, of Slonim Motor Plant OJSC (Belarus) to visit our factory in Wuxi, Jiangsu Province, China, from 17 to 21 June 2024 to inspect the production of HR-CR16 injectors."),
])
finding("employment", "Zhilinsky is the director of SMZ.", ["p_zhilinsky", "o_smz"], {"role": "director"}, [
    ("jd1", "Директор ОАО «Слонимский моторный завод» В.С. Жилинский"),
    ("jd1", "в лице директора Жилинского Валерия Степановича"),
    ("mm1", "Директор В.С. Жилинский"),
    ("tr1", "Директор В.С. Жилинский"),
])
finding("employment", "Gorbach is the chief designer of SMZ.", ["p_gorbach", "o_smz"], {"role": "chief designer"}, [
    ("mm3", "галоўны канструктар ААТ «Слонімскі маторны завод»"),
    ("cit1", "Место работы и должность: ОАО «Слонимский моторный завод», главный конструктор (с 2016 г.)"),
    ("tr1", "Горбача Игоря Леонидовича — главного конструктора;"),
])
finding("employment", "Sivtsova is a lead process engineer at SMZ.", ["p_sivtsova", "o_smz"], {"role": "lead process engineer"}, [
    ("ag2", "ведущий инженер-технолог ОАО «СМЗ»"),
    ("tr2", "Wuxi Huarun Fuel Systems Co., Ltd. is pleased to invite Mr. Kiryl Rudzevich, Head of Procurement, and Ms. Hanna Sivtsova, Lead Process Engineer, of Slonim Motor Plant OJSC (Belarus) to visit our factory in Wuxi, Jiangsu Province, China, from 17 to 21 June 2024 to inspect the production of HR-CR16 injectors."),
])
finding("employment", "Pestryakov is the general director of OKB Vyatka-Dizel.", ["p_pestryakov", "o_vyatka"], {"role": "general director"}, [
    ("jd1", "Генеральный директор АО «ОКБ «Вятка-Дизель»"),
    ("jd2", "От АО «ОКБ «Вятка-Дизель»: генеральный директор А.В. Пестряков"),
])
finding("employment", "Zhou Min is a sales manager at Wuxi Huarun.", ["p_zhou", "o_huarun"], {"role": "sales manager"}, [
    ("af1", "Sales Manager, Overseas Department"),
    ("tr2", "Sales Manager, Overseas Department"),
    ("emp1", "Sales Manager, Overseas Department"),
])
finding("employment", "Rohan Deshpande is business development manager at Ardent Embedded Systems.", ["p_deshpande", "o_ardent"], {"role": "business development manager"}, [
    ("ag1", "Business Development Manager"),
])

# watchlist
WL = [
    {"id": "wl-ru-0311", "schema": "Company", "caption": "VYATKA-DIZEL DESIGN BUREAU, JSC", "properties": {"name": ["VYATKA-DIZEL DESIGN BUREAU, JSC"], "alias": ["АО «ОКБ «Вятка-Дизель»", "OKB Vyatka-Dizel"], "country": ["ru"], "address": ["Kirov, Russia"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-0312", "schema": "Person", "caption": "PESTRYAKOV, Arkadiy Veniaminovich", "properties": {"name": ["PESTRYAKOV, Arkadiy Veniaminovich"], "alias": ["Пестряков Аркадий Вениаминович"], "birthDate": ["1961-09-30"], "nationality": ["ru"], "position": ["General Director"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-0313", "schema": "Person", "caption": "PESTRYAKOV, Arkadiy Valentinovich", "properties": {"name": ["PESTRYAKOV, Arkadiy Valentinovich"], "birthDate": ["1984-02-11"], "nationality": ["ru"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-0314", "schema": "Company", "caption": "VYATKA-DIZEL SERVICE LLC", "properties": {"name": ["VYATKA-DIZEL SERVICE LLC"], "alias": ["ООО «Вятка-Дизель Сервис»"], "country": ["ru"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-0420", "schema": "Company", "caption": "SLONIM CAR REPAIR WORKS OJSC", "properties": {"name": ["SLONIM CAR REPAIR WORKS OJSC"], "alias": ["ОАО «Слонимский авторемонтный завод»"], "country": ["by"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-0315", "schema": "Person", "caption": "ZHILINSKY, Valery Sergeevich", "properties": {"name": ["ZHILINSKY, Valery Sergeevich"], "birthDate": ["1958-06-05"], "nationality": ["ru"]}, "datasets": ["watchlist"]},
    {"id": "wl-cn-0516", "schema": "Company", "caption": "WUXI HUARONG TRADING CO., LTD.", "properties": {"name": ["WUXI HUARONG TRADING CO., LTD."], "country": ["cn"]}, "datasets": ["watchlist"]},
    {"id": "wl-ae-0617", "schema": "Company", "caption": "GULF BRIDGE SHIPPING LLC", "properties": {"name": ["GULF BRIDGE SHIPPING LLC"], "country": ["ae"]}, "datasets": ["watchlist"]},
]


def main():
    # evidence resolution and checks
    for f in F:
        ev = []
        for key, quote in f["evidence"]:
            rec = BY_KEY[key]
            assert any(quote in t for t in rec["texts"]), (f["id"], key, quote)
            ev.append({"message_id": rec["id"], "quote": quote})
        f["evidence"] = ev
    alltext = "\n".join(t for m in MESSAGES for t in m["texts"]).casefold()
    for e in E:
        for n in e["names"]:
            if n.casefold() not in alltext:
                print("WARN: surface form not in text:", e["id"], n)
        e["names"] = sorted(set(e["names"]))

    # watchlist matches: cite every message that names the entity
    def cites(eid, forms):
        ids = []
        for m in MESSAGES:
            t = "\n".join(m["texts"])
            if any(fm in t for fm in forms):
                ids.append({"message_id": m["id"], "quote": ""})
        return ids

    F.append(dict(id="f-%03d" % (len(F) + 1), kind="watchlist_match",
                  summary="OKB Vyatka-Dizel is on the watchlist as VYATKA-DIZEL DESIGN BUREAU, JSC.",
                  subjects=["o_vyatka"], attributes={"list": "watchlist", "entry_id": "wl-ru-0311"},
                  evidence=cites("o_vyatka", ["Вятка-Дизель"]), confidence=1.0))
    F.append(dict(id="f-%03d" % (len(F) + 1), kind="watchlist_match",
                  summary="Arkady Pestryakov is on the watchlist as PESTRYAKOV, Arkadiy Veniaminovich.",
                  subjects=["p_pestryakov"], attributes={"list": "watchlist", "entry_id": "wl-ru-0312"},
                  evidence=cites("p_pestryakov", ["Пестряков"]), confidence=1.0))

    os.makedirs(os.path.join(HERE, "loose"), exist_ok=True)
    for fn in os.listdir(os.path.join(HERE, "loose")):
        os.remove(os.path.join(HERE, "loose", fn))
    with open(os.path.join(HERE, "mailbox.mbox"), "wb") as mb:
        n = 0
        for m in MESSAGES:
            if m["loose"]:
                n += 1
                with open(os.path.join(HERE, "loose", "%03d.eml" % n), "wb") as fh:
                    fh.write(m["bytes"])
                continue
            mb.write(("From %s %s\n" % (m["frm"], m["date"].strftime("%a %b %d %H:%M:%S %Y"))).encode())
            for line in m["bytes"].split(b"\n"):
                stripped = line.lstrip(b">")
                if stripped.startswith(b"From "):
                    line = b">" + line
                mb.write(line + b"\n")
            mb.write(b"\n")
    with open(os.path.join(HERE, "watchlist.ftm.json"), "w", encoding="utf-8") as fh:
        for w in WL:
            fh.write(json.dumps(w, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump({"format": "paperchase.findings/1", "entities": E, "findings": F}, fh, ensure_ascii=False, indent=1)
    print(len(MESSAGES), "messages,", sum(m["loose"] for m in MESSAGES), "loose;", len(F), "findings")


if __name__ == "__main__":
    main()
