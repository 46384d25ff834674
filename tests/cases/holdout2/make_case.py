#!/usr/bin/env python3
"""Build the holdout2 case: the mailbox of a production engineer at a fictional
Russian aircraft repair plant (Kashin, Tver Oblast). Everything is invented.

    .venv/bin/python tests/cases/holdout2/make_case.py

Writes mailbox.mbox, loose/*.eml, watchlist.ftm.json and truth.json next to
this file. Needs python-docx and openpyxl.
"""
import base64
import hashlib
import io
import json
import os
import quopri
import zipfile
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import message_from_bytes, policy
from email.charset import Charset, QP, BASE64

import docx
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

PLANT = "kasharz.example.ru"
ZAR = ("Зарецкий Тимофей Аркадьевич", "t.zaretsky@" + PLANT)
SUH = ("Сухоруков Вениамин Павлович", "director@" + PLANT)
LES = ("Лещинская Маргарита Олеговна", "m.leshchinskaya@" + PLANT)
TUL = ("Тулегенов Айдос Бекболатович", "a.tulegenov@" + PLANT)
DUB = ("Дубатоўка Алесь Уладзіміравіч", "a.dubatouka@naroch-avia.example.by")
POL = ("Полина Зарецкая", "polina.z@mail.example.ru")
CHEN = ("Chen Yuhang", "chen.yh@lianxin.example.cn")
ROH = ("Rohit Venkatesan", "rohit.v@pranavdyn.example.in")

SIG_ZAR = ("\n\n--\nТ.А. Зарецкий\nведущий инженер производственно-диспетчерского отдела\n"
           "АО «Кашинский авиаремонтный завод»\nтел. +7 (48234) 5-17-09, моб. +7 915 000-41-27")


def mid(key, domain):
    return "<%s@%s>" % (hashlib.sha1(("h2-" + key).encode()).hexdigest()[:16], domain)


# ---------------------------------------------------------------- documents
def make_docx(paragraphs, table=None):
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def make_xlsx(rows, title="Лист1"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def make_zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            z.writestr(name, data)
    return buf.getvalue()


DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ---------------------------------------------------------------- messages
MSGS = []  # dicts
TEXTS = {}  # key -> list of texts (body + attachments) for quote checks


def addr(person):
    name, email = person
    try:
        name.encode("ascii")
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), email)


def msg(key, date, frm, to, subject, body, lang="ru", charset="utf-8", cte="base64", html=False,
        attachments=(), label=True, reply_to=None, domain=None, cc=None, loose=False, html_only=False):
    domain = domain or frm[1].split("@")[1]
    if charset == "koi8-r":
        for a, b in (("«", '"'), ("»", '"'), ("—", "-"), ("–", "-"), ("ё", "е") if False else ("", "")):
            if a:
                body = body.replace(a, b)
    body.encode(charset)
    MSGS.append(dict(key=key, date=date, frm=frm, to=to, subject=subject, body=body, lang=lang,
                     charset=charset, cte=cte, attachments=list(attachments), label=label,
                     reply_to=reply_to, mid=mid(key, domain), cc=cc, loose=loose, html_only=html_only))
    texts = [body]
    for a in attachments:
        texts.extend(a.get("texts", []))
    TEXTS[key] = texts
    return MSGS[-1]["mid"]


def att_docx(name, paragraphs, table=None):
    texts = list(paragraphs)
    if table:
        texts += [c for row in table for c in row]
    return dict(name=name, ctype=DOCX_T, data=make_docx(paragraphs, table), texts=texts)


def att_xlsx(name, rows):
    return dict(name=name, ctype=XLSX_T, data=make_xlsx(rows), texts=[str(c) for r in rows for c in r if c is not None])


def att_zip(name, inner):
    return dict(name=name, ctype="application/zip", data=make_zip([(i["name"], i["data"]) for i in inner]),
                texts=[t for i in inner for t in i["texts"]])


def att_rfc822(key):
    """Forward an already built message as message/rfc822."""
    return dict(name=None, ctype="message/rfc822", ref=key, texts=list(TEXTS[key]))


# ============ substantive mail ============

M_PLAN = msg("plan", "Tue, 09 Jan 2024 09:12:00 +0300", SUH, [ZAR, LES, TUL], "План ремонта авиатехники на 2024 год",
    "Коллеги,\n\nнаправляю утверждённый план ремонта на 2024 год (таблица во вложении).\n"
    "Заказчик по Ил-76МД и Ми-26 — Министерство обороны Российской Федерации, по Ан-12БК и Ми-8АМТШ — "
    "Министерство обороны Республики Казахстан (Силы воздушной обороны).\n"
    "Гражданский Ми-26Т ООО «Сибвертолёт-Сервис» идёт отдельным договором, в военный план не включать.\n\n"
    "Генеральный директор\nВ.П. Сухоруков",
    charset="windows-1251", cte="base64",
    attachments=[att_xlsx("plan_remonta_2024.xlsx", [
        ["Тип", "Вид работ", "Кол-во", "Заказчик", "Срок"],
        ["Ил-76МД", "капремонт с модернизацией ПрНК", 4, "МО РФ (в/ч 62139)", "IV кв."],
        ["Ми-26", "капитальный ремонт", 3, "МО РФ (в/ч 62139)", "III кв."],
        ["Ан-12БК", "капитальный ремонт", 2, "МО Республики Казахстан, СВО", "II кв."],
        ["Ми-8АМТШ", "ремонт по техсостоянию", 2, "МО Республики Казахстан, СВО", "III кв."],
        ["Ми-26Т", "средний ремонт (гражданский)", 1, "ООО «Сибвертолёт-Сервис»", "II кв."],
    ])])

M_IL76 = msg("il76", "Mon, 15 Apr 2024 17:40:00 +0300", ZAR, [LES], "Ил-76МД борт 2 — сдача",
    "Маргарита Олеговна, добрый вечер.\n\nВторой борт Ил-76МД из в/ч 62139 вышел из капремонта с модернизацией "
    "прицельно-навигационного комплекса, облёт в четверг. Военная приёмка замечаний не имеет.\n"
    "По Ми-26 для Минобороны России — первый борт на разборке, дефектация идёт по графику." + SIG_ZAR,
    charset="utf-8", cte="quoted-printable")

M_KZ = msg("kz", "Wed, 22 May 2024 10:05:00 +0500", TUL, [ZAR, SUH], "Ан-12БК для СВО РК — акт подписан",
    "Тимофей Аркадьевич, здравствуйте!\n\nКазахстанская сторона подписала акт приёмки Ан-12БК борт 07 "
    "после капитального ремонта. Представитель Министерства обороны Республики Казахстан просит ускорить "
    "ремонт двух вертолётов Ми-8АМТШ, они нужны Силам воздушной обороны РК к учениям в сентябре.\n\n"
    "С уважением,\nА.Б. Тулегенов\nинженер по работе с иностранными заказчиками\nАО «КашАРЗ»",
    charset="koi8-r", cte="8bit")

M_CIVIL = msg("civil", "Thu, 30 May 2024 11:20:00 +0300", ("Отдел маркетинга", "market@" + PLANT), [ZAR],
    "Ми-26Т Сибвертолёт-Сервис",
    "Тимофей Аркадьевич,\n\nпо гражданскому Ми-26Т (ООО «Сибвертолёт-Сервис», авиалесоохрана, тушение пожаров) "
    "согласовали средний ремонт и продление ресурса. Вертолёт прибудет своим ходом 10 июня. Сертификат ФАВТ "
    "на ремонт гражданской техники продлён до 2026 года.\n\nОтдел маркетинга",
    charset="utf-8", cte="base64")

# joint development
M_JD1 = msg("jd1", "Fri, 02 Feb 2024 12:30:00 +0300", DUB, [SUH], "Прапанова аб сумеснай распрацоўцы ЦПНК-12",
    "Паважаны Веніямін Паўлавіч!\n\n"
    "ТАА «НВЦ «Нарач-Авіёніка» прапануе сумесна з АА «Кашынскі авіярамонтны завод» распрацаваць лічбавы "
    "прыцэльна-навігацыйны комплекс ЦПНК-12 «Журавіна» для мадэрнізацыі самалётаў Іл-76МД і Ан-12БК.\n"
    "Фінансаванне ДКР мы бачым на паравых пачатках — па 50 працэнтаў з кожнага боку.\n\n"
    "З павагай,\nА.У. Дубатоўка\nнамеснік дырэктара па навуцы\nТАА «НВЦ «Нарач-Авіёніка», г. Мінск\n"
    "тэл. +375 17 000-23-61",
    lang="be", charset="utf-8", cte="base64")

M_JD2 = msg("jd2", "Mon, 05 Feb 2024 08:55:00 +0300", SUH, [ZAR, LES], "Fwd: Прапанова аб сумеснай распрацоўцы ЦПНК-12",
    "Маргарита Олеговна, Тимофей Аркадьевич,\n\nпересылаю предложение минского НПЦ «Нарочь-Авионика» о совместной "
    "разработке ЦПНК-12. Пополам мы это не потянем, будем торговаться. Подготовьте расчёт трудоёмкости к пятнице.\n\n"
    "В.П.\n\n"
    "-------- Пересылаемое сообщение --------\n"
    "От: Дубатоўка Алесь Уладзіміравіч\nДата: 02.02.2024 12:30\n\n"
    "> Паважаны Веніямін Паўлавіч!\n"
    "> ТАА «НВЦ «Нарач-Авіёніка» прапануе сумесна з АА «Кашынскі авіярамонтны завод» распрацаваць лічбавы\n"
    "> прыцэльна-навігацыйны комплекс ЦПНК-12 «Журавіна» для мадэрнізацыі самалётаў Іл-76МД і Ан-12БК.\n"
    "> Фінансаванне ДКР мы бачым на паравых пачатках — па 50 працэнтаў з кожнага боку.\n",
    charset="windows-1251", cte="quoted-printable")

# business trip to Minsk (zip with docx order)
ORDER = att_docx("prikaz_komandirovka_112.docx", [
    "АО «Кашинский авиаремонтный завод»",
    "ПРИКАЗ № 112-к от 11.03.2024",
    "О направлении работников в служебную командировку за границу",
    "Направить в служебную командировку в Республику Беларусь, г. Минск, ООО «НПЦ «Нарочь-Авионика», "
    "с 18 по 21 марта 2024 г. для рассмотрения эскизного проекта ЦПНК-12:",
    "Сухоруков Вениамин Павлович — генеральный директор, паспорт гражданина Российской Федерации 28 09 311562;",
    "Лещинская Маргарита Олеговна — главный инженер, паспорт гражданина Российской Федерации 28 15 604417.",
    "Оплату расходов произвести за счёт средств ОКР.",
    "Генеральный директор В.П. Сухоруков",
])
M_TRIP1 = msg("trip1", "Mon, 11 Mar 2024 15:10:00 +0300", ("Отдел кадров", "hr@" + PLANT), [ZAR, LES],
    "Приказ о командировке в Минск",
    "Добрый день!\n\nВо вложении архив с приказом № 112-к о командировании В.П. Сухорукова и М.О. Лещинской "
    "в Минск. Тимофей Аркадьевич, подготовьте, пожалуйста, для них папку с ведомостями трудоёмкости.\n\n"
    "Отдел кадров",
    charset="utf-8", cte="base64", attachments=[att_zip("prikaz_112.zip", [ORDER])])

M_TRIP2 = msg("trip2", "Wed, 13 Mar 2024 09:30:00 +0300", DUB, [SUH, LES], "Сустрэча 18 сакавіка",
    "Паважаныя калегі!\n\nЧакаем Веніяміна Паўлавіча і Маргарыту Алегаўну ў Мінску 18 сакавіка. "
    "Гасцініца «Арбіта» заброніравана на 18–21 сакавіка, машына сустрэне на вакзале.\n\n"
    "А.У. Дубатоўка",
    lang="be", charset="windows-1251", cte="8bit")

M_LES_BY = msg("lesby", "Thu, 14 Mar 2024 18:02:00 +0300", LES, [ZAR], "Re: Приказ о командировке в Минск",
    "Тимофей, спасибо за папку.\n\nНа границе проблем не будет: я ведь ещё и гражданка Республики Беларусь, "
    "родилась в Гродно, белорусский паспорт у меня действующий. Поедем с Вениамином Павловичем поездом "
    "в воскресенье.\n\nМ.О.",
    charset="koi8-r", cte="base64")

PROTO = att_docx("protokol_CPNK-12.docx", [
    "ПРОТОКОЛ",
    "совещания по совместной разработке цифрового прицельно-навигационного комплекса ЦПНК-12 «Журавина»",
    "г. Минск, 20 марта 2024 г.",
    "Присутствовали: от АО «КашАРЗ» — генеральный директор В.П. Сухоруков, главный инженер М.О. Лещинская; "
    "от ООО «НПЦ «Нарочь-Авионика» — заместитель директора по науке А.В. Дубатовка.",
    "1. Стороны договорились о совместном выполнении ОКР по ЦПНК-12 для модернизации Ил-76МД и Ан-12БК.",
    "2. Финансирование ОКР: АО «КашАРЗ» — 65 %, ООО «НПЦ «Нарочь-Авионика» — 35 %. Ранее обсуждавшееся "
    "долевое участие 50 на 50 не применяется.",
    "3. Макетный образец — IV квартал 2024 г.",
])
M_JD3 = msg("jd3", "Fri, 22 Mar 2024 10:15:00 +0300", LES, [ZAR, SUH], "Протокол по ЦПНК-12",
    "Вениамин Павлович, Тимофей Аркадьевич,\n\nпротокол минского совещания во вложении. Итог: доля завода в "
    "финансировании ОКР — 65 процентов, белорусская сторона берёт на себя 35 процентов.\n\n"
    "Главный инженер\nМ.О. Лещинская",
    charset="utf-8", cte="quoted-printable", attachments=[PROTO])

M_JD4 = msg("jd4", "Tue, 26 Mar 2024 14:48:00 +0300", DUB, [LES, ZAR], "Re: Протокол па ЦПНК-12",
    "Маргарыта Алегаўна, дзякуй!\n\nПратакол падпісаны з нашага боку, ТАА «НВЦ «Нарач-Авіёніка» фінансуе 35 "
    "працэнтаў ДКР па ЦПНК-12, як дамовіліся ў Мінску. Арыгінал адпраўлю поштай.\n\n"
    "> Итог: доля завода в финансировании ОКР — 65 процентов, белорусская сторона берёт на себя 35 процентов.\n\n"
    "А.У. Дубатоўка",
    lang="be", charset="utf-8", cte="base64")

# sanctions: US
M_US = msg("us", "Thu, 18 Jan 2024 16:22:00 -0500", ("Tellurix NDT Export Compliance", "compliance@tellurix.example.com"),
    [ZAR], "RE: Request for quotation - eddy current array flaw detectors",
    "Dear Mr Zaretsky,\n\nThank you for your inquiry. Our eddy current array flaw detectors of the TX-400 series are "
    "US-origin items subject to the Export Administration Regulations, and we are not able to accept orders from, "
    "or ship to, end users in the Russian Federation.\n\nWe regret that we cannot assist further.\n\n"
    "Export Compliance\nTellurix NDT Inc., Ohio",
    lang="en", charset="us-ascii", cte="7bit")

# sanctions: Germany
M_DE = msg("de", "Wed, 24 Jan 2024 09:03:00 +0100", ("Jana Weiland", "j.weiland@hofreiter.example.de"), [ZAR],
    "Your inquiry HW-9 balancing machine",
    "Dear Mr Zaretsky,\n\nwith reference to your inquiry for an HW-9 dynamic balancing machine for helicopter rotor "
    "hubs: Council Regulation (EU) No 833/2014 prohibits us from selling, supplying or exporting such machinery to any "
    "natural or legal person in Russia. We are therefore unable to make an offer.\n\n"
    "Kind regards\nJana Weiland\nSales Department\nHofreiter Wuchttechnik GmbH, Augsburg",
    lang="en", charset="utf-8", cte="quoted-printable")

M_SANC = msg("sanc", "Fri, 26 Jan 2024 11:45:00 +0300", ZAR, [LES], "Отказы поставщиков",
    "Маргарита Олеговна,\n\nкоротко по закупкам: американцы (Tellurix) отказали по вихретоковым дефектоскопам — "
    "экспортный контроль США. Немцы (Hofreiter) отказали по балансировочному станку для втулок несущего винта, "
    "ссылаются на санкции Евросоюза против России.\nИщу замену в Китае и Индии." + SIG_ZAR,
    charset="windows-1251", cte="base64")

# alternatives: China (taken up)
M_CN1 = msg("cn1", "Mon, 12 Feb 2024 10:10:00 +0800", CHEN, [ZAR], "Eddy current array flaw detector LX-ECA32",
    "Dear Mr Zaretsky,\n\nfollowing your request, Suzhou Lianxin Testing Instruments Co., Ltd. offers the LX-ECA32 "
    "eddy current array flaw detector as a replacement for the Tellurix TX-400. Probes for blade roots and wheel hubs "
    "are included. Delivery from Suzhou in 8 weeks, shipment via Kazakhstan.\n\n"
    "Best regards,\nChen Yuhang\nSales Manager, CIS Region\nSuzhou Lianxin Testing Instruments Co., Ltd.\n"
    "+86 512 0000 7731",
    lang="en", charset="utf-8", cte="base64")

M_CN2 = msg("cn2", "Wed, 14 Feb 2024 13:25:00 +0300", LES, [ZAR], "Re: Eddy current array flaw detector LX-ECA32",
    "Тимофей Аркадьевич,\n\nкитайский дефектоскоп Lianxin берём вместо американского: запросите у Chen Yuhang "
    "договор на два комплекта и обучение наших дефектоскопистов.\n\nМ.О. Лещинская\n\n"
    "> following your request, Suzhou Lianxin Testing Instruments Co., Ltd. offers the LX-ECA32\n"
    "> eddy current array flaw detector as a replacement for the Tellurix TX-400.\n",
    charset="utf-8", cte="quoted-printable")

# alternatives: India (weighed) with Outlook block
M_IN1 = msg("in1", "Tue, 20 Feb 2024 15:40:00 +0530", ROH, [ZAR], "RE: Balancing machine for rotor hubs",
    "Dear Mr Zaretsky,\n\nPranav Dynamics Pvt Ltd can supply its PD-BAL 6000 horizontal balancing machine, which "
    "covers the rotor hub sizes in your request and can replace the German HW-9. Our quotation is attached to this "
    "mail in the next days; lead time is 5 months ex works Pune.\n\n"
    "Regards,\nRohit Venkatesan\nExport Manager\nPranav Dynamics Pvt Ltd, Pune\n\n"
    "-----Original Message-----\nFrom: Timofey Zaretsky <t.zaretsky@kasharz.example.ru>\n"
    "Sent: Friday, February 16, 2024 10:02 AM\nTo: Rohit Venkatesan\nSubject: Balancing machine for rotor hubs\n\n"
    "Dear Mr Venkatesan,\nwe are looking for a dynamic balancing machine for helicopter rotor hubs up to 3.5 t, "
    "since our European supplier cannot deliver.\nTimofey Zaretsky\nKashin Aircraft Repair Plant\n",
    lang="en", charset="utf-8", cte="base64")

M_IN2 = msg("in2", "Thu, 22 Feb 2024 09:00:00 +0300", SUH, [ZAR, LES], "Балансировочный станок",
    "Тимофей Аркадьевич,\n\nиндийский станок Pranav Dynamics рассматриваем всерьёз — пусть пришлют КП и "
    "референс-лист, сравним с китайскими вариантами. Если когда-нибудь санкции снимут, вернёмся к Hofreiter и "
    "купили бы сразу два станка, но сейчас об этом говорить нечего.\n\nВ.П. Сухоруков",
    charset="koi8-r", cte="quoted-printable")

# declined grey-market offer
M_AM1 = msg("am1", "Tue, 27 Feb 2024 12:12:00 +0400", ("Арам Мелконян", "sales@araks-trade.example.am"), [ZAR],
    "Поставка оборудования Hofreiter",
    "Уважаемый Тимофей Аркадьевич!\n\nООО «Аракс Трейд» (Ереван) может поставить оригинальный балансировочный "
    "станок Hofreiter HW-9 через третьи страны с переоформлением документов. Срок 3 месяца, предоплата 100 %.\n\n"
    "Арам Мелконян\nкоммерческий директор ООО «Аракс Трейд»",
    charset="utf-8", cte="base64")

M_AM2 = msg("am2", "Wed, 28 Feb 2024 08:40:00 +0300", SUH, [ZAR], "Re: Поставка оборудования Hofreiter",
    "Тимофей Аркадьевич, армянам откажите вежливо: серые схемы с переоформлением нам не нужны, "
    "от их предложения отказываемся. Работаем с индийцами и китайцами.\n\nВ.П.",
    charset="windows-1251", cte="8bit")

# shortages
M_SH1 = msg("sh1", "Tue, 02 Jul 2024 16:30:00 +0300", ZAR, [SUH, LES], "Ми-26 — простой по подшипникам",
    "Вениамин Павлович,\n\nпо Ми-26 стоим: подшипников главного редуктора ВР-26 на складе нет, поставщик "
    "сдвинул срок на октябрь. Без них первый борт не соберём, план III квартала под угрозой." + SIG_ZAR,
    charset="utf-8", cte="base64")

M_SH2 = msg("sh2", "Fri, 05 Jul 2024 10:50:00 +0300", ("Склад комплектующих", "sklad@" + PLANT), [ZAR],
    "Остатки по гидравлике",
    "Тимофей Аркадьевич,\n\nгидронасосов НП-89 для Ил-76МД не хватает: на 4 борта в наличии 1 комплект. "
    "Заявку продублировали, но сроков поставки пока нет.\n\nКладовщик Н.С. Ефремова",
    charset="windows-1251", cte="8bit", label=False)

M_SH3 = msg("sh3", "Mon, 08 Jul 2024 09:20:00 +0300", LES, [ZAR], "Re: Ми-26 — простой по подшипникам",
    "Тимофей Аркадьевич, принято. Дефицит подшипников редуктора ВР-26 и гидронасосов НП-89 включаю в доклад "
    "генеральному директору, просите у поставщиков хотя бы частичную отгрузку.\n\n"
    "> по Ми-26 стоим: подшипников главного редуктора ВР-26 на складе нет, поставщик\n"
    "> сдвинул срок на октябрь.\n\nМ.О.",
    charset="utf-8", cte="quoted-printable")

# family holiday Egypt
ANKETA = att_docx("anketa_vyezd_Zaretsky.docx", [
    "АНКЕТА работника, выезжающего за пределы Российской Федерации",
    "ФИО: Зарецкий Тимофей Аркадьевич",
    "Должность: ведущий инженер производственно-диспетчерского отдела",
    "Документ: заграничный паспорт гражданина Российской Федерации 75 3318204",
    "Страна и место пребывания: Арабская Республика Египет, г. Хургада",
    "Сроки: с 05.08.2024 по 18.08.2024, цель поездки — отдых",
    "Сопровождающие лица: супруга — Зарецкая Полина Андреевна; сын — Зарецкий Матвей Тимофеевич, 2015 г.р.",
])
M_FAM1 = msg("fam1", "Mon, 08 Jul 2024 14:00:00 +0300", ZAR, [("Первый отдел", "security@" + PLANT)],
    "Анкета на выезд (отпуск)",
    "Добрый день!\n\nВ соответствии с положением направляю анкету на выезд: с 5 по 18 августа буду в отпуске "
    "в Египте вместе с супругой Полиной Андреевной и сыном Матвеем." + SIG_ZAR,
    charset="utf-8", cte="base64", attachments=[ANKETA])

M_FAM2 = msg("fam2", "Tue, 16 Jul 2024 20:15:00 +0300", ("Solnce Travel", "booking@solnce-travel.example.ru"), [ZAR],
    "Booking confirmation HRG-240805",
    "<html><body><h2>Booking confirmation HRG-240805</h2>"
    "<p>Destination: Hurghada, Egypt. Flight Moscow (SVO) – Hurghada (HRG) on 05 Aug 2024, return 18 Aug 2024.</p>"
    "<p>Hotel: Coral Shore Resort 5*, family room, all inclusive.</p>"
    "<p>Guests: ZARETSKII TIMOFEI, ZARETSKAIA POLINA, ZARETSKII MATVEI (child, 9 y.o.)</p>"
    "<p>Thank you for choosing Solnce Travel!</p></body></html>",
    lang="en", charset="utf-8", cte="quoted-printable", html_only=True)

M_FAM3 = msg("fam3", "Sat, 03 Aug 2024 11:41:00 +0300", POL, [ZAR], "чемодан",
    "Тима, привет!\n\nМатвею купила панамку и крем от солнца, его загранпаспорт я забрала из ящика. "
    "Нашему сыну в Хургаде главное — аквапарк, так что один день отдай нам с ним целиком :)\n"
    "Такси в аэропорт заказала на 5-е, 6 утра.\n\nТвоя Поля",
    charset="koi8-r", cte="8bit")

# relative alone: Ksenia to Belgrade, transit Istanbul; forwarded rfc822
M_KS_ORIG = msg("ksorig", "Mon, 16 Sep 2024 10:00:00 +0200", ("International Office", "intl@univ-bg.example.rs"),
    [("Ksenia Sukhorukova", "ksenia.s@mail.example.ru")], "Internship confirmation",
    "Dear Ms Ksenia Sukhorukova,\n\nwe are pleased to confirm your research internship at the Faculty of Mechanical "
    "Engineering in Belgrade from 14 October to 20 December 2024. Please bring your passport to the registration.\n\n"
    "International Office", lang="en", charset="utf-8", cte="base64")
M_KS1 = msg("ks1", "Tue, 17 Sep 2024 09:05:00 +0300", SUH, [ZAR], "Fwd: Internship confirmation",
    "Тимофей Аркадьевич,\n\nличная просьба. Моя дочь Ксения одна летит в Белград на стажировку, 13 октября, "
    "рейс с пересадкой в Стамбуле (4 часа в аэропорту, в город не выходит). Подтверждение из университета "
    "пересылаю — помогите, пожалуйста, с переводом справки для визового центра... хотя сербам виза не нужна, "
    "но справка для деканата нужна.\n\nВ.П. Сухоруков",
    charset="windows-1251", cte="quoted-printable", attachments=[att_rfc822("ksorig")])

M_KS2 = msg("ks2", "Mon, 14 Oct 2024 08:30:00 +0300", SUH, [ZAR], "Ксения долетела",
    "Тимофей Аркадьевич, спасибо за перевод! Ксения вчера долетела до Белграда, устроилась в общежитии.\n\nВ.П.",
    charset="utf-8", cte="base64")

# citizenship Tulegenov + residence permit trap
M_TUL = msg("tul", "Thu, 06 Jun 2024 12:00:00 +0300", TUL, [("Отдел кадров", "hr@" + PLANT)], "Продление ВНЖ",
    "Добрый день!\n\nНапоминаю, что я гражданин Республики Казахстан (паспорт N 11704238), в России у меня вид на "
    "жительство, который заканчивается в ноябре. Прошу подготовить справку с места работы для продления ВНЖ.\n\n"
    "А.Б. Тулегенов\nинженер по работе с иностранными заказчиками",
    charset="utf-8", cte="quoted-printable", cc=[ZAR])

# traps
M_VISA = msg("visa", "Tue, 10 Sep 2024 17:55:00 +0300", LES, [ZAR], "Милан отменяется",
    "Тимофей,\n\nв итальянской визе мне отказали, так что на выставку в Милан я не еду. Каталоги попрошу "
    "прислать почтой.\n\nМ.О.",
    charset="utf-8", cte="base64")

M_CANC = msg("canc", "Wed, 04 Sep 2024 13:13:00 +0500", TUL, [ZAR], "Астана",
    "Тимофей Аркадьевич,\n\nкомандировку в Астану на приёмку отменили: казахстанские представители приедут к нам "
    "сами в конце сентября. Билеты я сдал.\n\nАйдос",
    charset="windows-1251", cte="base64")

M_DOM = msg("dom", "Mon, 19 Aug 2024 08:00:00 +0300", ("Отдел кадров", "hr@" + PLANT), [ZAR],
    "Командировка в Улан-Удэ",
    "Тимофей Аркадьевич,\n\nоформлена командировка в г. Улан-Удэ с 26 по 30 августа 2024 г. на смежное предприятие "
    "для согласования поставки агрегатов Ми-8. Командировочное удостоверение заберите в 214 кабинете.\n\nОтдел кадров",
    charset="utf-8", cte="base64")

M_NEWS = msg("news", "Thu, 12 Sep 2024 07:30:00 +0300", ZAR, [LES], "Fwd: Дайджест отрасли",
    "Маргарита Олеговна, посмотрите про соседей.\n\n"
    "---------- Forwarded message ---------\nОт: Авиаремонт-Дайджест <digest@avia-news.example.ru>\n\n"
    "АО «Старорусский авиаремонтный завод» подписало контракт на капитальный ремонт вертолётов Ми-17 для "
    "военно-воздушных сил Мьянмы. Генеральный директор завода Игнат Ворожейкин на прошлой неделе побывал "
    "в Тегеране и провёл переговоры о поставке комплектующих.\n",
    charset="utf-8", cte="base64")

# Belarusian chatty mail from Dubatouka with citizenship no; small talk + shortage re-mention? keep routine
M_DUBCHAT = msg("dubchat", "Fri, 26 Apr 2024 16:05:00 +0300", DUB, [ZAR], "Макет ЦПНК-12",
    "Цімафей Аркадзьевіч, добры дзень!\n\nМакетны ўзор ЦПНК-12 збіраем, платы прыйшлі. Да кастрычніка "
    "паспяваем. Перадавайце прывітанне Маргарыце Алегаўне.\n\nА.У. Дубатоўка",
    lang="be", charset="utf-8", cte="quoted-printable")

M_CHENCONT = msg("cn3", "Fri, 15 Mar 2024 11:11:00 +0800", CHEN, [ZAR], "Contract LX-2024-017",
    "Dear Mr Zaretsky,\n\nthe contract LX-2024-017 for two LX-ECA32 flaw detectors is signed on our side. "
    "Training of your inspectors in Suzhou or online — please advise.\n\nBest regards,\nChen Yuhang\n"
    "Sales Manager, CIS Region", lang="en", charset="utf-8", cte="base64")

# ============ routine noise ============
NOISE = [
    ("ru", "Столовая: меню на неделю", ("Столовая", "canteen@" + PLANT), "Уважаемые работники!\n\nС понедельника в столовой корпуса 3 — комплексный обед 280 рублей: борщ, котлета по-киевски, компот. Оплата картой."),
    ("ru", "Плановое отключение почты", ("ИТ-отдел", "it@" + PLANT), "Коллеги, в субботу с 10:00 до 14:00 почтовый сервер будет недоступен в связи с обновлением."),
    ("ru", "Совещание по итогам месяца", SUH, "Совещание по итогам месяца переносится на среду, 15:00, зал заседаний. Явка начальников цехов обязательна."),
    ("ru", "Профсоюз: путёвки в санаторий", ("Профком", "union@" + PLANT), "Профком предлагает путёвки в санаторий «Кашинский источник» со скидкой 50 %. Заявления до 20 числа."),
    ("ru", "Охрана труда — инструктаж", ("Служба ОТ", "ot@" + PLANT), "Повторный инструктаж по охране труда для ИТР проводится в четверг в 9:00, кабинет 105."),
    ("ru", "Счёт на оплату № 4471", ("Бухгалтерия ООО «Тверьметиз»", "buh@tvermetiz.example.ru"), "Во вложении счёт на оплату крепежа по договору 18/24. Просим оплатить в течение 5 банковских дней."),
    ("ru", "Пропуск для представителя", ("Бюро пропусков", "propusk@" + PLANT), "Пропуск для представителя заказчика оформлен на период с 3 по 7 июня, получить на КПП-1."),
    ("ru", "Re: Ведомость трудоёмкости", LES, "Тимофей, ведомость получила, по цеху 4 цифры завышены, поправь к понедельнику."),
    ("ru", "Поздравление с днём рождения", ("Профком", "union@" + PLANT), "Уважаемый Тимофей Аркадьевич! Профсоюзный комитет поздравляет Вас с днём рождения!"),
    ("ru", "Субботник", ("АХО", "aho@" + PLANT), "В субботу 20 апреля общезаводской субботник. Сбор у проходной в 9:00, инвентарь выдаётся."),
    ("ru", "График отпусков", ("Отдел кадров", "hr@" + PLANT), "Просим до 15 декабря согласовать график отпусков на следующий год и передать в отдел кадров."),
    ("ru", "Корпоративная связь", ("ИТ-отдел", "it@" + PLANT), "Тарифы корпоративной мобильной связи меняются с 1 марта. Лимит для ИТР — 800 минут."),
    ("ru", "Поверка средств измерений", ("Метрологическая служба", "metrolog@" + PLANT), "До конца месяца сдать штангенциркули и микрометры цеха 2 на поверку."),
    ("be", "Выстава «Авіяпрам-2024»", ("Мінскэкспа", "info@minskexpo.example.by"), "Запрашаем наведаць міжнародную выставу «Авіяпрам-2024» у лістападзе. Рэгістрацыя наведвальнікаў адкрыта на сайце."),
    ("ru", "Парковка", ("АХО", "aho@" + PLANT), "С 1 июля парковка у заводоуправления только для служебного транспорта."),
    ("be", "Рахунак за пераклад", ("Бюро перакладаў «Мова»", "buh@mova.example.by"), "Дасылаем рахунак за пераклад тэхнічнай дакументацыі. Тэрмін аплаты — 10 банкаўскіх дзён."),
    ("ru", "Заявка на канцтовары", ("Секретарь ПДО", "pdo@" + PLANT), "Собираю заявку на канцтовары на квартал. Кому нужны папки и картриджи — до пятницы."),
    ("ru", "Обновление 1С", ("ИТ-отдел", "it@" + PLANT), "В ночь на вторник будет обновлена конфигурация 1С:ERP. Сохраните документы."),
    ("uk", "Курси технічної англійської", ("Школа мов «Лінгва»", "hello@linhva.example.ua"), "Запрошуємо на онлайн-курси технічної англійської для інженерів. Перше заняття безкоштовне."),
    ("be", "Зборнік матэрыялаў", ("Аргкамітэт", "conf@bntu.example.by"), "Зборнік матэрыялаў канферэнцыі выдадзены. Электронная версія даступная ўдзельнікам па спасылцы."),
    ("ru", "Пожарная тревога — учения", ("Служба ГО и ЧС", "gochs@" + PLANT), "Учебная пожарная тревога в корпусе 1 в среду в 10:30. Просьба не пугаться."),
    ("be", "Навіны кнігарні", ("Кнігарня «Логвінаў»", "news@knihi.example.by"), "Добры дзень! У нашай кнігарні новыя кнігі пра авіяцыю і гісторыю Беларусі. Дастаўка па Расіі."),
    ("be", "Графік канферэнцыі", ("Аргкамітэт", "conf@bntu.example.by"), "Паважаныя ўдзельнікі! Праграма навукова-тэхнічнай канферэнцыі «Авіяцыйныя тэхналогіі» дасылаецца ў далучэнні."),
    ("be", "Re: тэхнічная дакументацыя", DUB, "Цімафей Аркадзьевіч, дакументацыю атрымалі, дзякуй. Пытанняў пакуль няма."),
    ("be", "Віншаванне са святам", ("Аргкамітэт", "conf@bntu.example.by"), "Віншуем з Днём авіяцыі! Жадаем моцнага здароўя і поспехаў."),
    ("be", "Падпіска на часопіс", ("Рэдакцыя", "red@aviatech.example.by"), "Нагадваем, што падпіска на часопіс «Авіятэхніка» заканчваецца ў снежні."),
    ("uk", "Переклад технічних текстів", ("Бюро перекладів «Слово»", "info@slovo.example.ua"), "Доброго дня! Наше бюро виконує технічні переклади з англійської та німецької мов. Знижка 10 % для нових клієнтів."),
    ("uk", "Вітання з днем народження", ("Оксана", "oksana.k@mail.example.ua"), "Тимофію, вітаю з днем народження! Здоров'я, терпіння і гарного відпочинку. Твоя однокурсниця Оксана."),
    ("en", "Your subscription to Aviation MRO Weekly", ("MRO Weekly", "news@mroweekly.example.com"), "Dear subscriber, your subscription renews on 1 March. No action is needed."),
    ("en", "Webinar invitation: predictive maintenance", ("Events", "events@mro-forum.example.com"), "Join our free webinar on predictive maintenance analytics on 21 May, 14:00 CET."),
    ("en", "Password expiry notice", ("IT Helpdesk", "helpdesk@" + PLANT), "Your password expires in 5 days. Please change it via the self-service portal."),
    ("en", "Re: catalogue request", ("Sales", "sales@toolsworld.example.com"), "Thank you for your interest. Our 2024 hand tools catalogue is available for download."),
    ("en", "Delivery notification", ("Courier", "noreply@parcel.example.com"), "Your parcel 7741-220 has been delivered to the reception desk."),
    ("en", "Newsletter: composite repair", ("Composite News", "news@composites.example.com"), "This month: bonded repair of honeycomb panels, new resin systems, industry events."),
    ("en", "Meeting minutes — ISO audit", ("QA Office", "qa@" + PLANT), "Minutes of the ISO 9001 surveillance audit are attached. Two minor nonconformities to be closed by June."),
]

ENCS = [("utf-8", "base64"), ("windows-1251", "base64"), ("utf-8", "quoted-printable"), ("koi8-r", "8bit"),
        ("windows-1251", "8bit"), ("utf-8", "8bit")]
for i, (lang, subj, frm, body) in enumerate(NOISE):
    cs, cte = ENCS[i % len(ENCS)]
    if lang in ("be", "uk") and cs == "koi8-r":
        cs = "utf-8"
    if lang == "uk" and cs == "windows-1251":
        pass  # cp1251 has Ukrainian letters
    month = 1 + (i * 7) % 11
    day = 1 + (i * 5) % 27
    date = "Wed, %02d %s 2024 %02d:%02d:00 +0300" % (day, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                                            "Sep", "Oct", "Nov", "Dec"][month - 1], 8 + i % 9, (i * 13) % 60)
    msg("noise%02d" % i, date, frm, [ZAR], subj, body, lang=lang, charset=cs, cte=cte)


# ---------------------------------------------------------------- serialise
def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def text_part(m):
    sub = "html" if m["html_only"] else "plain"
    raw = m["body"].encode(m["charset"])
    ct = "text/%s; charset=\"%s\"" % (sub, m["charset"]) if m["label"] else "text/%s" % sub
    if m["cte"] == "base64":
        payload = base64.encodebytes(raw)
    elif m["cte"] == "quoted-printable":
        payload = quopri.encodestring(raw)
    else:
        payload = raw
    return ct, m["cte"], payload


BUILT = {}


def build(m):
    heads = [("From", addr(m["frm"])), ("To", ", ".join(addr(p) for p in m["to"]))]
    if m["cc"]:
        heads.append(("Cc", ", ".join(addr(p) for p in m["cc"])))
    heads += [("Subject", hdr(m["subject"])), ("Date", m["date"]), ("Message-ID", m["mid"]), ("MIME-Version", "1.0")]
    ct, cte, payload = text_part(m)
    if not m["attachments"]:
        out = b"".join(("%s: %s\r\n" % kv).encode("ascii") for kv in heads)
        out += ("Content-Type: %s\r\nContent-Transfer-Encoding: %s\r\n\r\n" % (ct, cte)).encode("ascii")
        out += payload.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return out.replace(b"\r\n", b"\n")
    boundary = "==h2-" + hashlib.md5(m["key"].encode()).hexdigest()[:20]
    out = b"".join(("%s: %s\n" % kv).encode("ascii") for kv in heads)
    out += ('Content-Type: multipart/mixed; boundary="%s"\n\nThis is a multi-part message in MIME format.\n' % boundary).encode()
    out += ("\n--%s\nContent-Type: %s\nContent-Transfer-Encoding: %s\n\n" % (boundary, ct, cte)).encode()
    out += payload.replace(b"\r\n", b"\n") + b"\n"
    for a in m["attachments"]:
        if a["ctype"] == "message/rfc822":
            inner = BUILT[a["ref"]]
            out += ("--%s\nContent-Type: message/rfc822\nContent-Disposition: attachment\n\n" % boundary).encode()
            out += inner + b"\n"
        else:
            out += ('--%s\nContent-Type: %s; name="%s"\nContent-Transfer-Encoding: base64\n'
                    'Content-Disposition: attachment; filename="%s"\n\n' % (boundary, a["ctype"], a["name"], a["name"])).encode()
            out += base64.encodebytes(a["data"]) + b"\n"
    out += ("--%s--\n" % boundary).encode()
    return out


LOOSE_KEYS = {"kz", "jd3", "fam2", "am2", "noise05", "noise29", "canc"}


def main():
    os.makedirs(os.path.join(HERE, "loose"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "loose")):
        os.remove(os.path.join(HERE, "loose", f))
    for m in MSGS:
        BUILT[m["key"]] = build(m)
    ids = [m["mid"] for m in MSGS]
    assert len(ids) == len(set(ids))
    # the Serbian original exists only inside the forward
    skip = {"ksorig"}
    ordered = sorted((m for m in MSGS if m["key"] not in skip and m["key"] not in LOOSE_KEYS),
                     key=lambda m: __import__("email.utils").utils.parsedate_to_datetime(m["date"]))
    with open(os.path.join(HERE, "mailbox.mbox"), "wb") as fh:
        for m in ordered:
            dt = __import__("email.utils").utils.parsedate_to_datetime(m["date"])
            fh.write(("From %s %s\n" % (m["frm"][1], dt.strftime("%a %b %d %H:%M:%S %Y"))).encode())
            for line in BUILT[m["key"]].split(b"\n"):
                stripped = line.lstrip(b">")
                if stripped.startswith(b"From "):
                    line = b">" + line
                fh.write(line + b"\n")
            fh.write(b"\n")
    n = 0
    for m in MSGS:
        if m["key"] in LOOSE_KEYS:
            n += 1
            with open(os.path.join(HERE, "loose", "%03d.eml" % n), "wb") as fh:
                fh.write(BUILT[m["key"]])
    print("mbox:", len(ordered), "loose:", n, "total:", len(ordered) + n)
    write_watchlist()
    write_truth()


def write_watchlist():
    rows = [
        {"id": "wl-ru-7710", "schema": "Person", "caption": "SUKHORUKOV, Veniamin Pavlovich",
         "properties": {"name": ["SUKHORUKOV, Veniamin Pavlovich"], "alias": ["Сухоруков Вениамин Павлович"],
                        "birthDate": ["1961-04-02"], "nationality": ["ru"],
                        "position": ["General Director, JSC Kashin Aircraft Repair Plant"]}, "datasets": ["watchlist"]},
        {"id": "wl-ru-7711", "schema": "Company", "caption": "KASHIN AIRCRAFT REPAIR PLANT JSC",
         "properties": {"name": ["KASHIN AIRCRAFT REPAIR PLANT JSC"],
                        "alias": ["АО «Кашинский авиаремонтный завод»", "KashARZ"], "jurisdiction": ["ru"],
                        "address": ["Kashin, Tver Oblast"]}, "datasets": ["watchlist"]},
        {"id": "wl-by-5520", "schema": "Company", "caption": "NAROCH-AVIONIKA RESEARCH AND PRODUCTION CENTRE LLC",
         "properties": {"name": ["NAROCH-AVIONIKA RESEARCH AND PRODUCTION CENTRE LLC"],
                        "alias": ["ООО «НПЦ «Нарочь-Авионика»", "ТАА «НВЦ «Нарач-Авіёніка»"], "jurisdiction": ["by"],
                        "address": ["Minsk"]}, "datasets": ["watchlist"]},
        {"id": "wl-ru-7712", "schema": "Person", "caption": "SUKHORUKOV, Veniamin Petrovich",
         "properties": {"name": ["SUKHORUKOV, Veniamin Petrovich"], "alias": ["Сухоруков Вениамин Петрович"],
                        "birthDate": ["1958-12-19"], "nationality": ["ru"],
                        "position": ["Deputy Governor"]}, "datasets": ["watchlist"]},
        {"id": "wl-ru-7713", "schema": "Person", "caption": "SUKHORUKOVA, Vera Pavlovna",
         "properties": {"name": ["SUKHORUKOVA, Vera Pavlovna"], "alias": ["Сухорукова Вера Павловна"],
                        "birthDate": ["1966-08-30"], "nationality": ["ru"]}, "datasets": ["watchlist"]},
        {"id": "wl-ru-7714", "schema": "Company", "caption": "KASHIN MACHINE-BUILDING PLANT LLC",
         "properties": {"name": ["KASHIN MACHINE-BUILDING PLANT LLC"], "alias": ["ООО «Кашинский машиностроительный завод»"],
                        "jurisdiction": ["ru"]}, "datasets": ["watchlist"]},
        {"id": "wl-ru-7715", "schema": "Person", "caption": "ZARETSKY, Timofey Andreevich",
         "properties": {"name": ["ZARETSKY, Timofey Andreevich"], "alias": ["Зарецкий Тимофей Андреевич"],
                        "birthDate": ["1979-02-11"], "nationality": ["ru"]}, "datasets": ["watchlist"]},
        {"id": "wl-by-5521", "schema": "Company", "caption": "NAROCH AVIA TOUR LLC",
         "properties": {"name": ["NAROCH AVIA TOUR LLC"], "alias": ["ООО «Нарочь Авиа Тур»"], "jurisdiction": ["by"]},
         "datasets": ["watchlist"]},
        {"id": "wl-ru-7716", "schema": "Person", "caption": "LESHCHINSKIY, Mark Olegovich",
         "properties": {"name": ["LESHCHINSKIY, Mark Olegovich"], "alias": ["Лещинский Марк Олегович"],
                        "birthDate": ["1972-05-05"], "nationality": ["ru"]}, "datasets": ["watchlist"]},
    ]
    with open(os.path.join(HERE, "watchlist.ftm.json"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


from truth_spec import ENTITIES, FINDINGS  # noqa: E402  (kept apart for readability)


def write_truth():
    keymid = {m["key"]: m["mid"] for m in MSGS}
    # forwarded original's text lives in the forward
    bad = 0
    findings = []
    for i, (kind, summary, subjects, attrs, ev) in enumerate(FINDINGS, 1):
        evidence = []
        for key, quote in ev:
            if quote and not any(quote in t for t in TEXTS[key]):
                print("QUOTE NOT FOUND", key, quote)
                bad += 1
            # the forwarded original (message/rfc822 inside "ks1") keeps its own Message-ID
            evidence.append({"message_id": keymid[key], "quote": quote})
        findings.append({"id": "f-%03d" % i, "kind": kind, "summary": summary, "subjects": subjects,
                         "attributes": attrs, "evidence": evidence, "confidence": 1.0})
    corpus = "\n".join(t for ts in TEXTS.values() for t in ts) + "\n" + "\n".join(
        "%s %s" % (m["frm"][0], " ".join(p[0] for p in m["to"] + (m["cc"] or []))) for m in MSGS)
    ents = []
    for eid, schema, name, names in ENTITIES:
        for n in names:
            if n not in corpus:
                print("FORM NOT FOUND", eid, n)
                bad += 1
        ents.append({"id": eid, "schema": schema, "name": name, "names": names, "properties": {}})
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump({"format": "paperchase.findings/1", "entities": ents, "findings": findings}, fh,
                  ensure_ascii=False, indent=1)
    print("findings:", len(findings), "entities:", len(ents), "problems:", bad)


if __name__ == "__main__":
    main()
