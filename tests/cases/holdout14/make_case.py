#!/usr/bin/env python3
"""Generate the holdout14 case: mailbox of a (fictional) lead test engineer at a
(fictional) aero-engine plant in the Perm region.  Standard library only.
Deterministic: every byte is fixed by this script.  Runs self-checks at the end."""
import base64
import hashlib
import html
import html.parser
import io
import json
import os
import quopri
import re
import subprocess
import sys
import unicodedata
import zipfile
import email
import email.policy
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
LOOSE = os.path.join(HERE, "loose")

# ----------------------------------------------------------------- addresses
ME = ("Левчинский Андрей Богданович", "a.levchinskiy@kzad.example.ru")
ME_EN = ("Andrei Levchinskiy", "a.levchinskiy@kzad.example.ru")
BOSS = ("Журавлёв Ю.Е.", "yu.zhuravlev@kzad.example.ru")
OLGA = ("Ольга Левчинская", "olga.levchinskaya@pochta.example.ru")
MOM = ("Галина Левчинська", "galyna.levchynska@ukrpost.example.ua")
SIS = ("Maryna Zielińska", "maryna.zielinska@poczta.example.pl")
KARIM = ("Mehrdad Karimzadeh", "m.karimzadeh@sahandpishran.example.ir")
LIU = ("Liu Yanping", "liu.yanping@huaxing-st.example.cn")
DECCAN = ("Deccan Precision Bearings", "sales@deccanbearings.example.in")
RCN = ("Chiara Bellandi", "export@rcn-coatings.example.it")
HR = ("Сазонова Елена Викторовна", "e.sazonova@kzad.example.ru")
PDO = ("Горбунова Т.А.", "t.gorbunova@kzad.example.ru")
VED = ("Мухаметшин Р.Ф.", "r.mukhametshin@kzad.example.ru")
PANKR = ("Панкратов Сергей Ильич", "s.pankratov@kzad.example.ru")
TESTDEPT = ("Отдел испытаний", "oi@kzad.example.ru")
IT = ("Служба ИТ", "it-support@kzad.example.ru")
PROF = ("Профком ПАО «КЗАД»", "profkom@kzad.example.ru")
CANTEEN = ("Комбинат питания", "stolovaya@kzad.example.ru")
NEWS = ("Вестник двигателестроения", "digest@dvigatel-news.example.com")
SHOP = ("Маркет Плюс", "noreply@marketplus.example.ru")
BANK = ("Secure Banking", "alerts@secure-bank.example.net")
OT = ("Отдел охраны труда", "ot@kzad.example.ru")


def enc_words(s, charset="utf-8", mode="b"):
    """RFC 2047 encoded words, split so that each stays short."""
    if all(ord(c) < 128 for c in s):
        return s
    s = koi8_safe(s, charset)
    out, chunk = [], ""
    for w in re.split(r"(?<= )", s):
        if chunk and len(chunk) + len(w) > 16:
            out.append(chunk)
            chunk = ""
        chunk += w
    if chunk:
        out.append(chunk)
    words = []
    for c in out:
        b = c.encode(charset)
        if mode == "b":
            words.append("=?%s?b?%s?=" % (charset, base64.b64encode(b).decode()))
        else:
            q = "".join(
                chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else ("_" if x == 32 else "=%02X" % x)
                for x in b
            )
            words.append("=?%s?q?%s?=" % (charset, q))
    return "\n ".join(words)


def addr(p, charset="utf-8", mode="b"):
    return "%s <%s>" % (enc_words(p[0], charset, mode), p[1]) if p[0] else p[1]


def koi8_safe(text, charset):
    if charset == "koi8-r":
        text = text.replace("«", '"').replace("»", '"').replace("—", "-").replace("–", "-").replace("№", "N")
    return text


def body_bytes(text, charset, cte):
    raw = koi8_safe(text, charset).encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        q = quopri.encodestring(raw)
        return q if q.endswith(b"\n") else q + b"\n"
    return raw if raw.endswith(b"\n") else raw + b"\n"


def leaf(text, charset="utf-8", cte="base64", ctype="text/plain", declared="same"):
    cs = charset if declared == "same" else declared
    ct = "Content-Type: %s" % ctype + ('; charset="%s"' % cs if cs else "")
    head = "%s\nContent-Transfer-Encoding: %s\n" % (ct, cte)
    return head.encode("ascii") + b"\n" + body_bytes(text, charset, cte)


def attachment(data, ctype, filename):
    fn = filename
    if all(ord(c) < 128 for c in fn):
        disp = 'attachment; filename="%s"' % fn
    else:
        from urllib.parse import quote
        disp = "attachment;\n filename*=utf-8''%s" % quote(fn.encode("utf-8"))
    head = "Content-Type: %s\nContent-Transfer-Encoding: base64\nContent-Disposition: %s\n" % (ctype, disp)
    return head.encode("ascii") + b"\n" + base64.encodebytes(data)


def multipart(kind, parts, boundary):
    out = b'Content-Type: multipart/%s; boundary="%s"\n\n' % (kind.encode(), boundary.encode())
    out += b"This is a multi-part message in MIME format.\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return out


# ----------------------------------------------------------------- office files
ZT = (2024, 2, 5, 10, 0, 0)


def zwrite(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def make_docx(paras):
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p, quote=False) for p in paras
    )
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s</w:body></w:document>' % (ns, body)
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return zwrite([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", doc)])


def col(i):
    return chr(65 + i)


def make_xlsx(sheets):
    """sheets: list of (name, rows); rows are lists of str/int."""
    strings, index = [], {}

    def si(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]

    sheet_xml = []
    for _, rows in sheets:
        rx = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (col(c), r)
                if isinstance(v, int):
                    cells.append('<c r="%s"><v>%d</v></c>' % (ref, v))
                else:
                    cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, si(v)))
            rx.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        sheet_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         '<sheetData>%s</sheetData></worksheet>' % "".join(rx))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
           % (len(strings), len(strings), "".join('<si><t xml:space="preserve">%s</t></si>' % html.escape(s, quote=False) for s in strings)))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>'
          % "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (html.escape(n), i + 1, i + 1) for i, (n, _) in enumerate(sheets)))
    n = len(sheets)
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
              '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '</Relationships>'
              % ("".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(n)), n + 1))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '%s<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
              '</Types>' % "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(n)))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    files = [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/sharedStrings.xml", sst)]
    files += [("xl/worksheets/sheet%d.xml" % (i + 1), x) for i, x in enumerate(sheet_xml)]
    return zwrite(files)


DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ----------------------------------------------------------------- messages
MSGS = []  # dicts: key, mid, raw(bytes), charset_override
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def weekday(y, m, d):
    import datetime
    return datetime.date(y, m, d).weekday()


def mk(key, date, frm, to, subject, body, cc=None, mailer="Microsoft Outlook 16.0", mid=True,
       from_cs="utf-8", to_cs="utf-8", subj_cs="utf-8", subj_mode="b", domain=None, tz="+0500",
       reply_to_key=None, true_charset=None, loose=None):
    """date: (y, m, d, hh, mm)."""
    y, m, d, hh, mi = date
    wd = DAYS[weekday(y, m, d)]
    dom = domain or frm[1].split("@")[1]
    msgid = "<%s@%s>" % (hashlib.sha1(("holdout14-" + key).encode()).hexdigest()[:16], dom)
    h = []
    h.append("From: " + addr(frm, from_cs))
    h.append("To: " + ", ".join(addr(t, to_cs) for t in (to if isinstance(to, list) else [to])))
    if cc:
        h.append("Cc: " + ", ".join(addr(t) for t in cc))
    h.append("Subject: " + enc_words(subject, subj_cs, subj_mode))
    h.append("Date: %s, %02d %s %d %02d:%02d:00 %s" % (wd, d, MON[m - 1], y, hh, mi, tz))
    if mid:
        h.append("Message-ID: " + msgid)
    if reply_to_key:
        ref = [x for x in MSGS if x["key"] == reply_to_key][0]["mid"]
        h.append("In-Reply-To: " + ref)
        h.append("References: " + ref)
    h.append("MIME-Version: 1.0")
    h.append("X-Mailer: " + mailer)
    raw = ("\n".join(h) + "\n").encode("ascii") + body
    if not mid:
        msgid = "<sha256:%s>" % hashlib.sha256(raw).hexdigest()
    rec = dict(key=key, mid=msgid, raw=raw, frm=frm[1], date=date, true_charset=true_charset, loose=loose)
    MSGS.append(rec)
    return rec


def q(text):
    """quote a text for a reply"""
    return "\n".join("> " + l if l else ">" for l in text.split("\n"))


# ---------------------------------------------------------------- texts
T = {}

T["brunn_fwd"] = """Андрей Богданович, добрый день.

Смотри, что пришло от швейцарцев. Подшипников для опор ротора АЛ-31Ф от Брунматта больше не будет, ни по старому заказу, ни по новым. Подумай, чем закрываем ремонтную программу по Су-30 на следующий год, и в среду доложи.

Ю.Е. Журавлёв

-------- Пересылаемое сообщение --------
От: Brunnmatt Präzisionslager AG <export@brunnmatt.example.ch>
Дата: 29.09.2023
Тема: Lieferung Wälzlager / Auftrag 23-0417

An: Herrn Jurij Schurawljow, Chefingenieur
Kama Aero-Engine Plant PJSC, Ust-Sylva

Sehr geehrter Herr Schurawljow,

wir beziehen uns auf Ihre Bestellung Nr. 23-0417 vom 14. Juli 2023 über Hochtemperatur-Wälzlager der Baureihe BHT-120.

Aufgrund der Sanktionsmassnahmen der Schweiz gegenüber der Russischen Föderation ist uns die Lieferung der bestellten Lager an die Kama Aero-Engine Plant PJSC nicht mehr erlaubt. Die Bestellung wird storniert, die Anzahlung erstatten wir Ihnen vollständig zurück.

Wir bedauern, Ihnen keinen anderen Bescheid geben zu können.

Mit freundlichen Grüssen

Urs Bachofner
Leiter Export
Brunnmatt Präzisionslager AG, Biel/Bienne
"""

T["brunn_re"] = """Юрий Евгеньевич,

по Брунматту: на складе высокотемпературных подшипников опор турбины осталось на четыре двигателя, после этого ремонт АЛ-31Ф на стенде встанет. Отечественный аналог с нужным ресурсом обещают не раньше 2025 года.

Если санкции когда-нибудь снимут, вернёмся к швейцарцам, но рассчитывать на это нельзя. Предлагаю искать поставщиков в Азии, в среду принесу список.

--
Левчинский А.Б.
ведущий инженер отдела испытаний ПАО «КЗАД»
тел. вн. 4-12

02.10.2023, Журавлёв Ю.Е. пишет:
> Смотри, что пришло от швейцарцев. Подшипников для опор ротора АЛ-31Ф от Брунматта больше не будет, ни по старому заказу, ни по новым.
"""

T["rcn"] = """Dear Mr. Levchinskiy,

Thank you for your message of 2 October.

We regret to inform you that, under Council Regulation (EU) No 833/2014 as amended, Rivestimenti Ceramici Novaresi S.p.A. is no longer permitted to apply thermal barrier coatings to turbine blades for Kama Aero-Engine Plant PJSC or to deliver any coated parts to the Russian Federation.
From our side the order RC-2023-118 is therefore cancelled. For the same reason the audit visit of your delegation to our plant in Novara, planned for 13-17 November, cannot take place.

Kind regards,

Chiara Bellandi
Export Sales
Rivestimenti Ceramici Novaresi S.p.A.
Novara, Italy
"""

T["italy_wife"] = """Оль, Италия отменяется. Итальянцы отказали в заказе из-за санкций, и аудит в Новаре тоже сняли, так что 13-го никуда не летим. Чемодан можешь не доставать :)

Вечером расскажу.
А.
"""

T["karim_minutes"] = """Dear Mr. Zhuravlev, dear Andrei,

Please find below the main points we agreed during yesterday's videoconference:

1. Kama Aero-Engine Plant PJSC (KZAD) and Sahand Pishran Engineering Co. will jointly develop the TA-K40 auxiliary power unit, KZAD being responsible for the gas generator and bench testing, Sahand Pishran for the gearbox, the starter-generator and the control unit.
2. Development cost is shared 70% KZAD / 30% Sahand Pishran.
3. The first prototype will be tested on the KZAD test bench in the second half of 2024.

Best regards,

Mehrdad Karimzadeh
Project Director
Sahand Pishran Engineering Co., Tehran
مهرداد کریم‌زاده
"""

T["karim_minutes_re"] = """Dear Mehrdad,

Thank you, the minutes are correct from our side. Yuriy Evgenyevich asked me to add that the test programme for the gas generator will be sent by the end of October.

Best regards,
Andrei

On 10.10.2023 Mehrdad Karimzadeh wrote:
""" + q("""1. Kama Aero-Engine Plant PJSC (KZAD) and Sahand Pishran Engineering Co. will jointly develop the TA-K40 auxiliary power unit, KZAD being responsible for the gas generator and bench testing, Sahand Pishran for the gearbox, the starter-generator and the control unit.
2. Development cost is shared 70% KZAD / 30% Sahand Pishran.""") + "\n"

T["mom1"] = """Андрійку, синочку, добрий день!

У нас у Чернігові вже холодно, опалення дали тільки вчора. Я здорова, не переживай за мене. Маринка дзвонила з Варшави, у неї все добре, чекає рішення про громадянство.

Якби кордони відкрили, я б до вас на Новий рік приїхала, а так — тільки по відео. Передавай привіт Олі.

Цілую, твоя мама
"""

T["plan2024"] = """Коллеги,

для планирования загрузки испытательных стендов: по государственному оборонному заказу в 2024 году в капитальный ремонт поступают 38 двигателей АЛ-31Ф с самолётов Су-27СМ и Су-30СМ Воздушно-космических сил России и 12 двигателей Д-30КП-2 с самолётов Ил-76МД.

Помесячный график — в приложении к приказу, в СЭД. Левчинскому А.Б. прошу учесть при распределении смен на стендах № 2 и 3.

Т.А. Горбунова
планово-диспетчерский отдел
"""

T["blades"] = """Коллеги, добрый день.

Информирую: рабочих лопаток турбины высокого давления первой ступени для АЛ-31Ф нет, поставщик (АО «Уралтурболит») сорвал отгрузку уже второй месяц. На стенде №3 и в сборке стоят три двигателя, которые без лопаток не закрыть.

Сергей Ильич, перенеси, пожалуйста, испытания изделий 317 и 322 на ноябрь.

А.Б. Левчинский
"""

T["algeria"] = """Андрей Богданович, добрый день.

По контракту с Министерством национальной обороны Алжира на капитальный ремонт 16 двигателей АЛ-31Ф с самолётов Су-30МКА ВВС Алжира первая партия — 6 двигателей — поступила на завод 25 октября. Приёмо-сдаточные испытания планируем на вашем стенде в декабре, представитель заказчика будет присутствовать.

По Венесуэле: интерес к ремонту двигателей для Су-30МК2 они проявляли, но контракта нет, и в этом году его не будет — в план не ставьте.

Р.Ф. Мухаметшин
отдел внешнеэкономической деятельности

Копия: Журавлеву Ю.Е.
"""

T["deccan_offer"] = """Dear Sir,

Deccan Precision Bearings Pvt. Ltd. (Pune, India) is an authorised distributor of aerospace bearings. We understand that your supplies from Switzerland have been interrupted.

We can offer high-temperature bearings interchangeable with the Brunnmatt BHT-120 series, delivery 10-12 weeks via Dubai, payment in INR or AED.

Please let us know the quantities required.

Best regards,
Rakesh Iyer
Business Development Manager
Deccan Precision Bearings Pvt. Ltd.
"""

T["liu_offer"] = """Dear Mr. Andrei Levchinskiy,

Xi'an Huaxing Surface Technology Co., Ltd. (西安华星表面技术有限公司) can provide EB-PVD thermal barrier coating for high-pressure turbine blades as a replacement for the coating you previously received from Italy.

We propose to coat a trial batch of 30 blades free of charge; turnaround is 6 weeks from receipt of the blades in Xi'an.

Best regards,

Liu Yanping (刘艳萍)
Sales Manager, Overseas Department
Xi'an Huaxing Surface Technology Co., Ltd.
"""

T["offers_boss"] = """Юрий Евгеньевич,

по итогам недели два предложения:

1. Deccan Precision Bearings (Пуна, Индия) — дистрибьютор, предлагает подшипники, «взаимозаменяемые с Брунматтом», но производителя не называет. Я бы не брал, сертификаты мутные.

2. Китайская Xi'an Huaxing из Сианя готова наносить теплозащитное покрытие на рабочие лопатки ТВД вместо итальянцев. Предлагают бесплатно обработать пробную партию из 30 лопаток. Считаю, надо пробовать.

Левчинский
"""

T["sister1"] = """Андрію, привіт!

Нарешті: вчора отримала рішення воєводи, тепер я громадянка Польщі. Від українського громадянства я відмовилася ще торік, коли подавала документи, так що тепер у мене один паспорт — польський. Переписую тобі початок рішення, мамі теж переслала:

„Wojewoda Mazowiecki uznaje za obywatelkę polską Panią Marynę Zielińską z domu Lewczyńską, urodzoną 3 lutego 1990 r. w Czernihowie (Ukraina).”

Чоловік передає привіт. Обіймаю, твоя сестра
Марина
"""

T["karim_5050"] = """Dear Mr. Zhuravlev,

Our board has reviewed the budget of the TA-K40 programme. Since Sahand Pishran is taking over the whole control unit, including its software, we propose to move to equal funding of the development, 50% each, starting from stage 2.

We would be grateful for your answer before the end of December.

Best regards,
M. Karimzadeh
"""

T["karim_5050_fwd"] = """Андрей,

Каримзаде теперь хочет пятьдесят на пятьдесят. Генеральный против, но готов опустить нашу долю максимум до сорока процентов, если иранцы возьмут на себя стенд для редуктора. Подготовь к пятнице расчёт трудоёмкости по газогенератору.

Ю.Е.

----- Original Message -----
From: Mehrdad Karimzadeh
Sent: 20.11.2023
""" + q(T["karim_5050"].strip()) + "\n"

T["sochi_wife"] = """Оля, давай на Новый год в Сочи, к тёте Люде? Я с 30 декабря по 5 января в отпуске, заявление подписали. Билеты из Перми пока есть.
"""

T["sochi_wife_re"] = """Андрюша, давай! Тётя Люда будет рада. А на майские я всё-таки хочу к морю за границу, подумай :)

""" + q(T["sochi_wife"].strip()) + "\n"

T["deccan_decline"] = """Dear Mr. Iyer,

Thank you for your offer of 2 November.

After review we will not proceed: the certificates you sent do not identify the manufacturer, and our quality department does not accept bearings of unknown origin for engine main shafts.

Regards,
Andrei Levchinskiy
Test Department, KZAD
"""

T["bearings_dec"] = """Юрий Евгеньевич, докладываю.

Из-за отсутствия высокотемпературных подшипников опор турбины два двигателя алжирской партии не можем выставить на ПСИ в декабре. Индийское предложение мы отклонили, других поставщиков подшипников пока нет.

Прошу рассмотреть перекомплектацию подшипниками из ремонтного фонда.

А.Б. Левчинский
"""

T["liu_shipped"] = """Dear Andrei,

The trial batch of 30 blades has been coated and was shipped today by air to Perm. The coating reports are attached to the packing list.

Best regards,
Liu Yanping
"""

T["sochi_colleague"] = """Серёжа, с 30.12 по 05.01 я в отпуске, буду в Сочи, телефон с собой. Стенд №3 на тебе, протоколы по 317-му подпишу после праздников.

А.
"""

T["mom2"] = """Андрію, з Новим роком тебе і Олю! Як там Сочі, тепло?

Маринка тепер полька, сміється, що їй у Варшаві паспорт дали швидше, ніж мені пенсію перерахували.

І не забудь: твій український паспорт закінчується у 2025-му, треба буде щось вирішувати.

Мама
"""

T["trials_body"] = """Юрий Евгеньевич,

направляю протокол испытаний пробной партии лопаток с покрытием Хуасин. Результат положительный, прошу согласовать заключение договора.

А. Левчинский
"""

T["trials_txt"] = """ПАО «КЗАД». Отдел испытаний

ПРОТОКОЛ № 14-ОИ от 19.01.2024
испытаний рабочих лопаток ТВД с теплозащитным покрытием производства Xi'an Huaxing Surface Technology Co., Ltd. (КНР)

1. Пробная партия 30 шт. прошла 500 термоциклов 20-1100 °C без отслоения покрытия.
2. Толщина и адгезия покрытия соответствуют ТУ.

Заключение: покрытие Xi'an Huaxing признано годным; рекомендуется к применению при ремонте двигателей АЛ-31Ф взамен покрытия RCN (Италия).

Ведущий инженер отдела испытаний А.Б. Левчинский
"""

T["trials_re"] = """Согласовано. Заключаем договор с Хуасином на 2024 год, спецификацию готовь вместе с ВЭД.

Ю. Журавлёв

""" + q(T["trials_body"].strip()) + "\n"

T["karim_protocol"] = """Dear Mr. Zhuravlev, dear Andrei,

Attached is Protocol No. 2 in Russian, as agreed during our call, signed from our side.

Our visa department has already sent the invitation for Mr. Yuriy Zhuravlev and Mr. Andrei Levchinskii to the Ministry of Foreign Affairs. We look forward to welcoming you in Tehran at the beginning of March.

Best regards,
Mehrdad
"""

DOCX_PARAS = [
    "ПРОТОКОЛ № 2",
    "согласования долей финансирования опытно-конструкторской работы по созданию вспомогательной силовой установки ТА-К40",
    "г. Тегеран — г. Усть-Сылва, 02 февраля 2024 г.",
    "Публичное акционерное общество «Камский завод авиадвигателей» (ПАО «КЗАД»), в лице главного инженера Журавлёва Юрия Евгеньевича, и компания Sahand Pishran Engineering Co. («Саханд Пишран»), в лице директора проекта Каримзаде Мехрдада, договорились о следующем:",
    "1. Стороны совместно разрабатывают вспомогательную силовую установку ТА-К40.",
    "2. Доля ПАО «КЗАД» в финансировании ОКР начиная с этапа 2 составляет две пятых общей стоимости работ, доля «Саханд Пишран» — три пятых.",
    "3. Настоящий протокол заменяет пункт 2 протокола от 09.10.2023 и отменяет предложение о равных долях от 20.11.2023.",
    "От ПАО «КЗАД»: главный инженер Ю.Е. Журавлёв",
    "От Sahand Pishran Engineering Co.: директор проекта М. Каримзаде",
]

T["tehran_boss"] = """Андрей,

в начале следующего месяца летим с тобой в Тегеран: подписание протокола № 2 по ТА-К40 и приёмка их стенда для редуктора. Каримзаде встречает в аэропорту.

Подготовь к среде сведения для виз на нас обоих и передай Сазоновой. Паспорт у меня российский, казахстанский вид на жительство в анкете укажи отдельно, как в прошлый раз.

Ю.Е.
"""

T["visa_list"] = """Елена Викторовна, добрый день!

Направляю сведения на Журавлёва Ю.Е. и Левчинского А.Б. для оформления виз в Исламскую Республику Иран (командировка 04.03-09.03.2024).

А. Левчинский
"""

XLSX_SHEETS = [
    ("Сведения", [
        ["№", "Фамилия, имя, отчество", "Фамилия и имя латиницей (как в загранпаспорте)", "Дата рождения",
         "Должность", "Гражданство", "Примечание"],
        [1, "Журавлёв Юрий Евгеньевич", "ZHURAVLEV IURII", "02.11.1965", "Главный инженер",
         "Российская Федерация", "Вид на жительство в Республике Казахстан"],
        [2, "Левчинский Андрей Богданович", "LEVCHINSKII ANDREI", "14.08.1987", "Ведущий инженер отдела испытаний",
         "Российская Федерация, Украина (двойное гражданство)", "Выезжает по загранпаспорту РФ"],
    ]),
    ("Родственники", [
        ["Сотрудник", "Близкие родственники (степень родства, ФИО, место жительства)"],
        ["Журавлёв Ю.Е.", "Жена — Журавлёва Наталья Ивановна (Россия, г. Усть-Сылва)"],
        ["Левчинский А.Б.", "Жена — Левчинская Ольга Сергеевна (Россия, г. Усть-Сылва)"],
        ["Левчинский А.Б.", "Мать — Левчинская Галина Петровна (Украина, г. Чернигов)"],
        ["Левчинский А.Б.", "Сестра — Зелинская Марина Богдановна (Польша, г. Варшава)"],
    ]),
]

T["order"] = """ПРИКАЗ № 212-к от 16.02.2024
О направлении в служебную командировку

Направить в служебную командировку в г. Тегеран (Исламская Республика Иран) с 04.03.2024 по 09.03.2024 главного инженера Журавлёва Юрия Евгеньевича и ведущего инженера отдела испытаний Левчинского Андрея Богдановича для подписания протокола по ОКР ТА-К40 с компанией «Саханд Пишран».

Основание: приглашение Sahand Pishran Engineering Co. от 05.02.2024.

Генеральный директор ПАО «КЗАД» В.Н. Толмачёв

С приказом ознакомить под подпись. Ведущий специалист ОК Е.В. Сазонова
"""

T["liu_contract"] = """Dear Andrei,

Thank you for the signed contract No. HX-KZ-2024-03 for thermal barrier coating of 400 HPT blades per year. The first lot will be shipped from Xi'an on 11 March.

Best regards,
Liu Yanping
Sales Manager, Overseas Department
"""

T["mom3"] = """Мамо, привіт!

Повернувся з Тегерана, відрядження з Юрієм Євгеновичем пройшло добре, протокол підписали. Там уже тепло, +22.

Олю цілую від тебе. На травневі летимо з нею в Туреччину, в Бодрум, — нарешті відпочинемо.

Твій Андрій
"""

T["karim_thanks"] = """Dear Andrei,

It was a pleasure to host you and Mr. Zhuravlev in Tehran last week. Our engineers are already working on the remarks you made on the gearbox test rig.

Best regards,
Mehrdad Karimzadeh
"""

T["bodrum"] = """Оля,

забронировал! На майские летим в Бодрум, вылет 1 мая из Перми через Стамбул, обратно 9-го. Отель тот, что ты смотрела, подтверждение переслал тебе отдельно. Отпуск мне подписали.

А.
"""

T["bodrum_re"] = """Андрюша, ура!!! Купальник уже есть :)

""" + q(T["bodrum"].strip()) + "\n"

T["q1"] = """Итоги I квартала 2024 г. по ремонту (для отдела испытаний):

— заказчику (ВКС России) сданы после капитального ремонта 9 двигателей АЛ-31Ф для Су-30СМ и Су-27СМ и 4 двигателя Д-30КП-2 для Ил-76МД;
— по контракту с Алжиром первые 6 двигателей АЛ-31Ф для Су-30МКА прошли приёмо-сдаточные испытания и отгружены.

Т.А. Горбунова
"""

T["sister2"] = """Андрію, мама сказала, що ви з Олею летите до Бодрума. Якби в мене була відпустка, я б теж прилетіла з Варшави, але в травні не вийде — на роботі аудит.

Марина
"""

T["memo_gd"] = """Генеральному директору ПАО «КЗАД» В.Н. Толмачёву

Служебная записка
О ходе импортозамещения при ремонте двигателей АЛ-31Ф

1. Поставки высокотемпературных подшипников швейцарской фирмы Brunnmatt прекращены из-за санкций Швейцарии; предложение индийского дистрибьютора Deccan отклонено (производитель не установлен).

2. Итальянская RCN отказалась наносить теплозащитное покрытие на лопатки ТВД (санкции ЕС). Покрытие китайской фирмы Xi'an Huaxing прошло испытания в отделе испытаний (протокол № 14-ОИ), договор на 2024 год согласован.

3. Дефицит рабочих лопаток ТВД сохраняется: на 26.01.2024 недопоставлено 240 шт., из-за чего простаивают пять двигателей.

Главный инженер Ю.Е. Журавлёв
"""

BOOKING_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Booking confirmation</title></head>
<body style="font-family:Arial,sans-serif">
<h2>Booking confirmation No. AH-552190</h2>
<p>Dear guest, thank you for booking with Aegean Holidays.</p>
<p>Hotel: Halikarnas Bay Resort, Bodrum, T&uuml;rkiye</p>
<p>Check-in: 01.05.2024. Check-out: 09.05.2024. Board: all inclusive.</p>
<p>Guests: LEVCHINSKII ANDREI, LEVCHINSKAIA OLGA</p>
<p>Flights: Perm - Istanbul - Bodrum, 01.05.2024; Bodrum - Istanbul - Perm, 09.05.2024.</p>
<p style="font-size:10px;color:#888">You receive this e-mail because a booking was made at aegeanholidays.example.com.</p>
</body></html>
"""

NEWS_HTML1 = """<html><body><h1>Вестник двигателестроения</h1><p>Выпуск 41. Выставка «Двигатели-2024» пройдёт в апреле; открыта регистрация участников.</p><p>Обзор: аддитивные технологии в ремонте камер сгорания.</p><p><a href="http://dvigatel-news.example.com/unsubscribe">Отписаться</a></p></body></html>
"""
NEWS_HTML2 = """<html><body><h1>Вестник двигателестроения</h1><p>Выпуск 44. Интервью с ветеранами отрасли; календарь отраслевых конференций на 2024 год.</p><p><a href="http://dvigatel-news.example.com/unsubscribe">Отписаться</a></p></body></html>
"""
SHOP_HTML = """<html><body><p>Здравствуйте!</p><p>Ваш заказ № 4471-220 доставлен в пункт выдачи по адресу: г. Усть-Сылва, ул. Заводская, 12. Срок хранения — 5 дней.</p><p>Маркет Плюс</p></body></html>
"""
NY_HTML = """<html><body style="background:#eef"><h2>С наступающим Новым годом!</h2><p>Дорогие коллеги! Администрация и профсоюзный комитет поздравляют вас с Новым годом и Рождеством. Новогодний вечер для работников состоится 27 декабря в ДК «Моторостроитель».</p></body></html>
"""


# ---------------------------------------------------------------- build mbox
def plain(text, cs="utf-8", cte="base64", declared="same"):
    return leaf(text, cs, cte, declared=declared)


def build():
    MSGS.clear()
    B = lambda k: "==_%s_%s==" % (k, hashlib.md5(k.encode()).hexdigest()[:10])

    mk("brunn_fwd", (2023, 10, 2, 9, 14), BOSS, ME, "Fwd: Lieferung Wälzlager / Auftrag 23-0417",
       plain(T["brunn_fwd"], "utf-8", "quoted-printable"), subj_mode="q", mailer="Mozilla Thunderbird 115.3")
    mk("brunn_re", (2023, 10, 3, 16, 40), ME, BOSS, "Re: Fwd: Lieferung Wälzlager / Auftrag 23-0417",
       plain(T["brunn_re"], "windows-1251", "base64"), from_cs="windows-1251", reply_to_key="brunn_fwd",
       mailer="The Bat! (v10.2.1) Professional")
    mk("n_pass", (2023, 10, 5, 8, 0), IT, ME, "Срок действия пароля истекает",
       plain("Уважаемый пользователь!\n\nСрок действия вашего пароля к доменной учётной записи истекает через 5 дней. Смените пароль в личном кабинете или по Ctrl+Alt+Del.\n\nСлужба ИТ, тел. 2-00\n",
             "utf-8", "quoted-printable"), mailer="KZAD Notifier 2.1")
    mk("rcn", (2023, 10, 6, 11, 2), RCN, ME_EN, "Your order RC-2023-118 - TBC coating of HPT blades",
       plain(T["rcn"], "us-ascii", "7bit"), tz="+0200", mailer="Microsoft Outlook 16.0")
    # koi8-r without any charset parameter
    mk("italy_wife", (2023, 10, 6, 13, 25), ME, OLGA, "Италия всё",
       plain(T["italy_wife"], "koi8-r", "8bit", declared=None), from_cs="koi8-r", to_cs="koi8-r",
       subj_cs="koi8-r", true_charset="koi8-r", mailer="The Bat! (v10.2.1) Professional")
    mk("n_news1", (2023, 10, 9, 7, 30), NEWS, ME, "Вестник двигателестроения, выпуск 41",
       leaf(NEWS_HTML1, "utf-8", "base64", ctype="text/html"), mailer="Sendsay")
    mk("karim_minutes", (2023, 10, 10, 10, 5), KARIM, [BOSS, ME_EN], "TA-K40 APU - minutes of videoconference 09.10.2023",
       plain(T["karim_minutes"], "utf-8", "quoted-printable"), tz="+0330", mailer="Microsoft Outlook 16.0")
    mk("karim_minutes_re", (2023, 10, 11, 9, 20), ME_EN, KARIM, "RE: TA-K40 APU - minutes of videoconference 09.10.2023",
       plain(T["karim_minutes_re"], "utf-8", "8bit"), cc=[BOSS], reply_to_key="karim_minutes")
    mk("n_canteen", (2023, 10, 12, 10, 0), CANTEEN, ME, "Меню на неделю 16-20 октября",
       plain("Меню столовой № 2 на неделю 16-20 октября:\nпонедельник — борщ, котлета по-киевски;\nвторник — солянка, плов;\nсреда — рыбный день.\nКомплексный обед — 260 руб.\n",
             "windows-1251", "8bit"), from_cs="windows-1251", mailer="1C:Enterprise 8.3")
    mk("mom1", (2023, 10, 16, 19, 44), MOM, ME, "Привіт, синку",
       plain(T["mom1"], "utf-8", "base64"), tz="+0300", mailer="ukr.net webmail")
    mk("plan2024", (2023, 10, 18, 14, 10), PDO, [TESTDEPT], "План капремонта на 2024 год – отделу испытаний",
       plain(T["plan2024"], "windows-1251", "quoted-printable"), from_cs="windows-1251", to_cs="windows-1251",
       subj_cs="windows-1251", subj_mode="q")
    mk("n_prof1", (2023, 10, 20, 12, 0), PROF, ME, "Путёвки в санаторий «Усть-Качка»",
       plain("Профком информирует: принимаются заявления на путёвки в санаторий «Усть-Качка» на ноябрь-декабрь. Стоимость для членов профсоюза — 30% от полной.\n",
             "koi8-r", "8bit"), from_cs="koi8-r", subj_cs="koi8-r")
    mk("blades", (2023, 10, 23, 8, 50), ME, [TESTDEPT], "Лопатки ТВД – простой стенда №3",
       plain(T["blades"], "utf-8", "8bit"), cc=[BOSS, PANKR])
    mk("n_bank", (2023, 10, 25, 3, 12), BANK, ME_EN, "Important: verify your account",
       plain("Dear customer,\n\nWe noticed unusual activity. Please verify your account within 24 hours at http://secure-bank.example.net/verify\n\nSecure Banking Team\n",
             "us-ascii", "7bit"), tz="+0000", mailer="PHPMailer 6.0")
    mk("algeria", (2023, 10, 27, 15, 30), VED, ME, "Алжир: ремонт АЛ-31Ф, первая партия",
       plain(T["algeria"], "windows-1251", "base64"), cc=[BOSS], from_cs="windows-1251")
    mk("n_med", (2023, 10, 30, 9, 0), HR, [TESTDEPT], "Периодический медосмотр",
       plain("Коллеги, периодический медицинский осмотр для отдела испытаний — 8 и 9 ноября, здравпункт, каб. 14, натощак. Список по времени — у табельщика.\n\nОтдел кадров\n",
             "utf-8", "quoted-printable"))
    mk("deccan_offer", (2023, 11, 2, 7, 45), DECCAN, ME_EN, "High-temperature bearings - offer",
       plain(T["deccan_offer"], "us-ascii", "7bit"), tz="+0530")
    mk("n_shop", (2023, 11, 3, 17, 20), SHOP, ME, "Ваш заказ доставлен",
       leaf(SHOP_HTML, "utf-8", "quoted-printable", ctype="text/html"), mailer="Mailgun")
    alt = multipart("alternative", [
        leaf(T["liu_offer"], "utf-8", "base64"),
        leaf("<html><body>" + "".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>") for p in T["liu_offer"].strip().split("\n\n")) + "</body></html>",
             "utf-8", "base64", ctype="text/html"),
    ], B("liu"))
    mk("liu_offer", (2023, 11, 7, 6, 15), LIU, ME_EN, "Thermal barrier coating for HPT blades - Xi'an Huaxing",
       alt, tz="+0800", mailer="Foxmail 7.2")
    # koi8-r, declared wrongly as windows-1251
    mk("offers_boss", (2023, 11, 8, 17, 5), ME, BOSS, "Предложения по подшипникам и покрытиям",
       plain(T["offers_boss"], "koi8-r", "8bit", declared="windows-1251"), from_cs="koi8-r", to_cs="koi8-r",
       subj_cs="koi8-r", true_charset="koi8-r", mailer="The Bat! (v10.2.1) Professional")
    mk("n_stat", (2023, 11, 10, 11, 0), ("Канцелярия", "kanc@kzad.example.ru"), [TESTDEPT], "Заявки на канцтовары",
       plain("Заявки на канцтовары на I квартал принимаются до 20 ноября по форме из СЭД.\n", "windows-1251", "base64"),
       from_cs="windows-1251")
    mk("sister1", (2023, 11, 14, 21, 3), SIS, ME, "Новини з Варшави",
       plain(T["sister1"], "utf-8", "quoted-printable"), tz="+0100", mailer="Poczta Example Webmail")
    mk("n_it1", (2023, 11, 16, 7, 0), IT, ME, "Плановые работы 18.11",
       plain("18 ноября с 10:00 до 14:00 будет недоступна СЭД и почтовый сервер. Приносим извинения.\n", "utf-8", "8bit"))
    mk("karim_5050", (2023, 11, 20, 12, 40), KARIM, BOSS, "TA-K40: proposal on cost sharing",
       plain(T["karim_5050"], "us-ascii", "7bit"), cc=[ME_EN], tz="+0330")
    mk("karim_5050_fwd", (2023, 11, 21, 8, 5), BOSS, ME, "Fwd: TA-K40: proposal on cost sharing",
       plain(T["karim_5050_fwd"], "utf-8", "base64"), reply_to_key="karim_5050", mailer="Mozilla Thunderbird 115.3")
    mk("n_park", (2023, 11, 22, 9, 30), ("Служба безопасности", "sb@kzad.example.ru"), [TESTDEPT], "Пропуска на парковку",
       plain("С 1 декабря въезд на парковку у КПП-2 — только по электронным пропускам. Заявки — через СЭД.\n", "utf-8", "base64"))
    mk("sochi_wife", (2023, 11, 24, 12, 15), ME, OLGA, "Новый год",
       plain(T["sochi_wife"], "utf-8", "base64"))
    mk("sochi_wife_re", (2023, 11, 24, 13, 2), OLGA, ME, "Re: Новый год",
       plain(T["sochi_wife_re"], "utf-8", "8bit"), reply_to_key="sochi_wife", mailer="Mail.Example mobile")
    mk("n_prof2", (2023, 11, 28, 12, 0), PROF, ME, "Новогодние подарки детям",
       plain("Списки на новогодние подарки детям до 14 лет принимаются до 5 декабря у профгрупоргов.\n", "koi8-r", "quoted-printable"),
       from_cs="koi8-r", subj_cs="koi8-r")
    mk("deccan_decline", (2023, 12, 1, 10, 10), ME_EN, DECCAN, "RE: High-temperature bearings - offer",
       plain(T["deccan_decline"], "us-ascii", "7bit"), reply_to_key="deccan_offer")
    mk("n_news2", (2023, 12, 4, 7, 30), NEWS, ME, "Вестник двигателестроения, выпуск 44",
       leaf(NEWS_HTML2, "utf-8", "base64", ctype="text/html"), mailer="Sendsay")
    mk("bearings_dec", (2023, 12, 6, 15, 55), ME, BOSS, "Подшипники – срыв ПСИ по Алжиру",
       plain(T["bearings_dec"], "windows-1251", "8bit"), from_cs="windows-1251", mailer="The Bat! (v10.2.1) Professional")
    mk("n_dms", (2023, 12, 11, 10, 0), HR, [TESTDEPT], "ДМС на 2024 год",
       plain("Программа ДМС на 2024 год продлена. Новые полисы выдаются в отделе кадров с 15 января.\n", "windows-1251", "quoted-printable"),
       from_cs="windows-1251")
    mk("liu_shipped", (2023, 12, 15, 9, 0), LIU, ME_EN, "Trial batch shipped",
       plain(T["liu_shipped"], "us-ascii", "7bit"), tz="+0800", mailer="Foxmail 7.2")
    mk("sochi_colleague", (2023, 12, 20, 16, 30), ME, PANKR, "отпуск",
       plain(T["sochi_colleague"], "koi8-r", "8bit", declared=None), from_cs="koi8-r", to_cs="koi8-r",
       subj_cs="koi8-r", true_charset="koi8-r", mailer="The Bat! (v10.2.1) Professional")
    mk("n_ny", (2023, 12, 25, 9, 0), PROF, [TESTDEPT], "С Новым годом!",
       leaf(NY_HTML, "utf-8", "quoted-printable", ctype="text/html"))
    mk("mom2", (2024, 1, 2, 11, 20), MOM, ME, "З Новим роком!",
       plain(T["mom2"], "windows-1251", "base64"), from_cs="windows-1251", subj_cs="windows-1251", tz="+0200",
       mailer="ukr.net webmail")
    mp = multipart("mixed", [
        leaf(T["trials_body"], "utf-8", "quoted-printable"),
        b'Content-Type: text/plain; charset="windows-1251"; name="protocol_14-OI.txt"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="protocol_14-OI.txt"\n\n'
        + base64.encodebytes(T["trials_txt"].encode("windows-1251")),
    ], B("trials"))
    mk("trials", (2024, 1, 22, 14, 0), ME, BOSS, "Протокол испытаний покрытия Хуасин", mp)
    mk("trials_re", (2024, 1, 24, 9, 12), BOSS, ME, "Re: Протокол испытаний покрытия Хуасин",
       plain(T["trials_re"], "utf-8", "quoted-printable"), reply_to_key="trials", mailer="Mozilla Thunderbird 115.3")
    mk("n_it2", (2024, 1, 29, 8, 0), IT, ME, "Обновление антивируса",
       plain("Коллеги, сегодня ночью на все рабочие станции установлено обновление антивирусной защиты. Перезагрузите компьютер.\n", "utf-8", "base64"))
    docx = make_docx(DOCX_PARAS)
    mp = multipart("mixed", [leaf(T["karim_protocol"], "utf-8", "quoted-printable"),
                             attachment(docx, DOCX_CT, "Протокол №2 ТА-К40.docx")], B("proto"))
    mk("karim_protocol", (2024, 2, 5, 11, 30), KARIM, [BOSS, ME_EN], "TA-K40 - Protocol No. 2 (signed)", mp, tz="+0330")
    mk("n_feb23", (2024, 2, 7, 9, 0), PROF, [TESTDEPT], "С Днём защитника Отечества",
       plain("Уважаемые мужчины! Поздравляем с наступающим 23 февраля. Торжественное собрание — 22 февраля в 15:00, актовый зал.\n", "utf-8", "base64"))
    mk("tehran_boss", (2024, 2, 12, 10, 45), BOSS, ME, "Тегеран",
       plain(T["tehran_boss"], "utf-8", "quoted-printable"), mailer="Mozilla Thunderbird 115.3")
    xlsx = make_xlsx(XLSX_SHEETS)
    mp = multipart("mixed", [leaf(T["visa_list"], "utf-8", "base64"),
                             attachment(xlsx, XLSX_CT, "Сведения_визы_Иран.xlsx")], B("visa"))
    mk("visa_list", (2024, 2, 14, 15, 20), ME, HR, "Сведения для оформления виз (Иран)", mp, cc=[BOSS])
    mk("order", (2024, 2, 16, 12, 0), HR, [BOSS, ME], "Приказ № 212-к о командировке",
       plain(T["order"], "windows-1251", "base64"), from_cs="windows-1251", to_cs="windows-1251", mailer="1C:Document Management 3.0")
    mk("liu_contract", (2024, 2, 20, 8, 30), LIU, ME_EN, "Contract HX-KZ-2024-03",
       plain(T["liu_contract"], "us-ascii", "7bit"), tz="+0800", mailer="Foxmail 7.2")
    mk("n_news3", (2024, 2, 26, 7, 30), ("Aviation Week Digest", "news@avdigest.example.com"), ME_EN, "Your weekly digest",
       plain("This week: MRO market outlook, engine leasing trends, new composite fan blades.\n\nManage your subscription at http://avdigest.example.com/prefs\n", "us-ascii", "7bit"),
       tz="+0000")
    mk("mom3", (2024, 3, 11, 20, 10), ME, MOM, "Повернувся",
       plain(T["mom3"], "utf-8", "base64"))
    mk("n_mar8", (2024, 3, 7, 9, 0), PROF, [TESTDEPT], "С 8 Марта!",
       plain("Дорогие женщины! Поздравляем с Международным женским днём!\n", "windows-1251", "8bit"), from_cs="windows-1251")
    mk("karim_thanks", (2024, 3, 12, 9, 40), KARIM, ME_EN, "Thank you for your visit",
       plain(T["karim_thanks"], "us-ascii", "7bit"), cc=[BOSS], tz="+0330")
    mk("n_it3", (2024, 3, 20, 7, 0), IT, ME, "Переход на новую версию СЭД",
       plain("С 25 марта используется новая версия СЭД. Инструкция — на портале.\n", "utf-8", "quoted-printable"))
    mk("bodrum", (2024, 4, 2, 18, 40), ME, OLGA, "Бодрум!",
       plain(T["bodrum"], "windows-1251", "quoted-printable"), from_cs="windows-1251", to_cs="windows-1251",
       subj_cs="windows-1251", mailer="The Bat! (v10.2.1) Professional")
    mk("bodrum_re", (2024, 4, 2, 19, 5), OLGA, ME, "Re: Бодрум!",
       plain(T["bodrum_re"], "utf-8", "8bit"), reply_to_key="bodrum", mailer="Mail.Example mobile")
    mk("n_subb", (2024, 4, 5, 10, 0), PROF, [TESTDEPT], "Субботник 20 апреля",
       plain("Общезаводской субботник — 20 апреля с 9:00. Сбор у заводоуправления, инвентарь выдаётся на месте.\n", "koi8-r", "base64"),
       from_cs="koi8-r", subj_cs="koi8-r")
    mk("q1", (2024, 4, 9, 11, 15), PDO, [TESTDEPT], "Итоги I квартала",
       plain(T["q1"], "utf-8", "quoted-printable"), cc=[BOSS])
    mk("n_ot", (2024, 4, 12, 14, 0), OT, [TESTDEPT], "Инструктаж по охране труда",
       plain("Повторный инструктаж по охране труда для испытателей — 16 апреля в 10:00, учебный класс корпуса 4.\n", "utf-8", "base64"))
    mk("sister2", (2024, 4, 15, 22, 30), SIS, ME, "Бодрум",
       plain(T["sister2"], "utf-8", "base64"), tz="+0200", mailer="Poczta Example Webmail")
    mk("n_shop2", (2024, 4, 18, 10, 0), SHOP, ME, "Скидки недели",
       leaf("<html><body><p>Только до воскресенья: скидки до 40% на товары для дачи и отдыха.</p></body></html>\n", "utf-8", "base64", ctype="text/html"))
    mk("n_canteen2", (2024, 4, 19, 10, 0), CANTEEN, ME, "Меню на неделю 22-26 апреля",
       plain("Меню столовой № 2 на неделю 22-26 апреля: щи, гуляш, сырники. Комплексный обед — 270 руб.\n", "windows-1251", "base64"),
       from_cs="windows-1251")

    # ---- loose files
    mk("booking", (2024, 4, 2, 16, 5), ("Aegean Holidays", "booking@aegeanholidays.example.com"), ME_EN,
       "Booking confirmation AH-552190", leaf(BOOKING_HTML, "utf-8", "quoted-printable", ctype="text/html"),
       mid=False, tz="+0300", mailer="BookingEngine 3", loose="001.eml")
    mk("memo_gd", (2024, 1, 26, 10, 0), BOSS, ("Толмачёв В.Н.", "v.tolmachev@kzad.example.ru"),
       "Служебная записка: импортозамещение АЛ-31Ф", plain(T["memo_gd"], "utf-8", "base64"), cc=[ME],
       mailer="Mozilla Thunderbird 115.3", loose="002.eml")
    mk("n_post", (2024, 3, 1, 9, 0), ("Почта", "noreply@pochta-track.example.ru"), ME,
       "Отправление прибыло", plain("Ваше отправление № 61400089012345 прибыло в отделение 618250.\n", "utf-8", "quoted-printable"),
       loose="003.eml")


# ---------------------------------------------------------------- decoding
class Strip(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, d):
        self.out.append(d)

    def handle_starttag(self, tag, a):
        if tag in ("p", "br", "h1", "h2", "div", "tr"):
            self.out.append("\n")


def html_text(s):
    p = Strip()
    p.feed(s)
    return html.unescape("".join(p.out))


def office_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    if "word/document.xml" in names:
        x = z.read("word/document.xml").decode()
        paras = re.findall(r"<w:p>(.*?)</w:p>", x)
        return "\n".join(html.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p))) for p in paras)
    sst = re.findall(r"<t[^>]*>(.*?)</t>", z.read("xl/sharedStrings.xml").decode())
    sst = [html.unescape(s) for s in sst]
    out = []
    for n in sorted(x for x in names if x.startswith("xl/worksheets/")):
        x = z.read(n).decode()
        for row in re.findall(r"<row[^>]*>(.*?)</row>", x):
            cells = []
            for t, v in re.findall(r'<c r="[A-Z]+\d+"( t="s")?><v>(.*?)</v></c>', row):
                cells.append(sst[int(v)] if t else v)
            out.append("\t".join(cells))
    return "\n".join(out)


def decode(rec):
    msg = email.message_from_bytes(rec["raw"], policy=email.policy.default)
    texts, heads = [], []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            heads.append(str(msg[h]))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        data = part.get_payload(decode=True)
        fn = part.get_filename()
        if fn and (fn.endswith(".docx") or fn.endswith(".xlsx")):
            texts.append(office_text(data))
            continue
        cs = rec["true_charset"] or part.get_content_charset() or "ascii"
        t = data.decode(cs)
        if ct == "text/html":
            t = html_text(t)
        texts.append(t)
    return "\n".join(texts), "\n".join(heads)


def mboxrd(records):
    out = b""
    for r in records:
        y, m, d, hh, mi = r["date"]
        out += ("From %s %s %s %2d %02d:%02d:00 %d\n" % (r["frm"], DAYS[weekday(y, m, d)], MON[m - 1], d, hh, mi, y)).encode()
        for line in r["raw"].split(b"\n")[:-1] if r["raw"].endswith(b"\n") else r["raw"].split(b"\n"):
            if re.match(rb"^>*From ", line):
                line = b">" + line
            out += line + b"\n"
        out += b"\n"
    return out


# ================================================================ truth

ENTITIES = [
    dict(id="o_kzad", schema="Company", name="Kama Aero-Engine Plant PJSC", country="ru", names=[
        "ПАО «КЗАД»", "КЗАД", "KZAD", "Kama Aero-Engine Plant PJSC", "Kama Aero-Engine Plant",
        "Публичное акционерное общество «Камский завод авиадвигателей»", "Камский завод авиадвигателей",
    ]),
    dict(id="o_sahand", schema="Company", name="Sahand Pishran Engineering Co.", country="ir", names=[
        "Sahand Pishran Engineering Co.", "Sahand Pishran", "Саханд Пишран", "«Саханд Пишран»",
    ]),
    dict(id="o_brunnmatt", schema="Company", name="Brunnmatt Präzisionslager AG", country="ch", names=[
        "Brunnmatt Präzisionslager AG", "Brunnmatt", "Брунматта", "Брунматту", "Брунматтом",
    ]),
    dict(id="o_rcn", schema="Company", name="Rivestimenti Ceramici Novaresi S.p.A.", country="it", names=[
        "Rivestimenti Ceramici Novaresi S.p.A.", "Rivestimenti Ceramici Novaresi", "RCN",
    ]),
    dict(id="o_huaxing", schema="Company", name="Xi'an Huaxing Surface Technology Co., Ltd.", country="cn", names=[
        "Xi'an Huaxing Surface Technology Co., Ltd.", "Xi'an Huaxing", "西安华星表面技术有限公司",
        "Хуасин", "Хуасином",
    ]),
    dict(id="o_deccan", schema="Company", name="Deccan Precision Bearings Pvt. Ltd.", country="in", names=[
        "Deccan Precision Bearings Pvt. Ltd.", "Deccan Precision Bearings", "Deccan",
    ]),
    dict(id="p_andrei", schema="Person", name="Andrei Levchinskii", names=[
        "Левчинский Андрей Богданович", "Левчинского Андрея Богдановича", "Левчинский А.Б.", "Левчинского А.Б.", "Левчинскому А.Б.",
        "А.Б. Левчинский", "А. Левчинский", "Левчинский", "Андрей Богданович", "Андрей", "Андрюша",
        "Andrei Levchinskiy", "Mr. Levchinskiy", "Mr. Andrei Levchinskiy", "Mr. Andrei Levchinskii",
        "Andrei Levchinskii", "LEVCHINSKII ANDREI", "Andrei",
        "Андрійку", "Андрію", "Андрій",
    ]),
    dict(id="p_olga", schema="Person", name="Olga Levchinskaia", names=[
        "Ольга Левчинская", "Левчинская Ольга Сергеевна", "LEVCHINSKAIA OLGA", "Оля", "Оль", "Олі", "Олю",
    ]),
    dict(id="p_galyna", schema="Person", name="Halyna Levchynska", names=[
        "Галина Левчинська", "Левчинская Галина Петровна",
    ]),
    dict(id="p_maryna", schema="Person", name="Maryna Zielińska", names=[
        "Maryna Zielińska", "Marynę Zielińską", "Lewczyńską", "Зелинская Марина Богдановна", "Марина", "Маринка",
    ]),
    dict(id="p_zhuravlev", schema="Person", name="Yuriy Zhuravlev", names=[
        "Журавлёв Ю.Е.", "Ю.Е. Журавлёв", "Ю. Журавлёв", "Журавлёв Юрий Евгеньевич", "Журавлёва Юрия Евгеньевича",
        "Журавлёва Ю.Е.", "Журавлеву Ю.Е.", "Herrn Jurij Schurawljow", "Юрий Евгеньевич", "Ю.Е.", "Юрієм Євгеновичем",
        "Herr Schurawljow", "Mr. Zhuravlev", "Mr. Yuriy Zhuravlev", "Yuriy Evgenyevich", "ZHURAVLEV IURII",
    ]),
    dict(id="p_natalya", schema="Person", name="Natalya Zhuravleva", names=[
        "Журавлёва Наталья Ивановна",
    ]),
    dict(id="p_karimzadeh", schema="Person", name="Mehrdad Karimzadeh", names=[
        "Mehrdad Karimzadeh", "M. Karimzadeh", "Mehrdad", "مهرداد کریم‌زاده", "Каримзаде", "Каримзаде Мехрдада",
        "М. Каримзаде",
    ]),
    dict(id="p_liu", schema="Person", name="Liu Yanping", names=[
        "Liu Yanping", "刘艳萍",
    ]),
]

# stems used to look for mentions that are not covered by any listed form
STEMS = {
    "o_kzad": ["кзад", "kzad", "камск", "kama aero"],
    "o_sahand": ["sahand", "саханд", "пишран"],
    "o_brunnmatt": ["brunnmatt", "брунматт"],
    "o_rcn": ["rivestimenti", "rcn"],
    "o_huaxing": ["huaxing", "хуасин", "华星"],
    "o_deccan": ["deccan"],
    "p_andrei": ["левчинск", "levchin", "андре", "андрі", "андрю", "andrei"],
    "p_olga": ["ольг", "оля", "оль,", "олі", "олю", "olga"],
    "p_galyna": ["галин", "левчинськ"],
    "p_maryna": ["марин", "maryn", "zielińsk", "lewczy", "зелинск"],
    "p_zhuravlev": ["журавл", "zhuravl", "schuraw", "юрий", "юрию", "юрия", "юрієм", "yuriy", "ю.е."],
    "p_natalya": ["наталь"],
    "p_karimzadeh": ["karimzadeh", "каримзад", "mehrdad", "مهرداد"],
    "p_liu": ["liu yanping", "刘艳萍", "ms. liu"],
}

# (kind, subjects, attributes, summary, [(message key, quote), ...])
FINDINGS = [
    ("military_maintenance", ["o_kzad"],
     {"platforms": ["al-31f", "d-30kp-2", "d-30kp", "su-27", "su-27sm", "su-30", "su-30sm", "il-76", "il-76md"],
      "customer_country": "ru"},
     "KZAD overhauls AL-31F engines of Su-27SM/Su-30SM and D-30KP-2 engines of Il-76MD for the Russian Aerospace Forces.",
     [("plan2024", "по государственному оборонному заказу в 2024 году в капитальный ремонт поступают 38 двигателей АЛ-31Ф с самолётов Су-27СМ и Су-30СМ Воздушно-космических сил России и 12 двигателей Д-30КП-2 с самолётов Ил-76МД"),
      ("q1", "— заказчику (ВКС России) сданы после капитального ремонта 9 двигателей АЛ-31Ф для Су-30СМ и Су-27СМ и 4 двигателя Д-30КП-2 для Ил-76МД;"),
      ("brunn_fwd", "Подумай, чем закрываем ремонтную программу по Су-30 на следующий год")]),
    ("military_maintenance", ["o_kzad"],
     {"platforms": ["al-31f", "su-30", "su-30mka"], "customer_country": "dz"},
     "KZAD overhauls 16 AL-31F engines of Su-30MKA fighters for the Algerian Air Force (Venezuela only showed interest).",
     [("algeria", "По контракту с Министерством национальной обороны Алжира на капитальный ремонт 16 двигателей АЛ-31Ф с самолётов Су-30МКА ВВС Алжира первая партия — 6 двигателей — поступила на завод 25 октября."),
      ("q1", "— по контракту с Алжиром первые 6 двигателей АЛ-31Ф для Су-30МКА прошли приёмо-сдаточные испытания и отгружены."),
      ("bearings_dec", "два двигателя алжирской партии не можем выставить на ПСИ в декабре")]),
    ("joint_development", ["o_kzad", "o_sahand"],
     {"product": ["ta-k40", "ta-k40 apu", "ta-k40 auxiliary power unit"], "partner_country": "ir", "funding_share": 0.4},
     "KZAD and Sahand Pishran (Iran) co-develop the TA-K40 APU; KZAD's share went 70% -> (50/50 proposed) -> two fifths (0.4) in Protocol No. 2.",
     [("karim_minutes", "Development cost is shared 70% KZAD / 30% Sahand Pishran."),
      ("karim_minutes", "will jointly develop the TA-K40 auxiliary power unit"),
      ("karim_5050", "we propose to move to equal funding of the development, 50% each, starting from stage 2"),
      ("karim_5050_fwd", "Каримзаде теперь хочет пятьдесят на пятьдесят."),
      ("karim_protocol", "2. Доля ПАО «КЗАД» в финансировании ОКР начиная с этапа 2 составляет две пятых общей стоимости работ, доля «Саханд Пишран» — три пятых."),
      ("karim_protocol", "1. Стороны совместно разрабатывают вспомогательную силовую установку ТА-К40."),
      ("order", "для подписания протокола по ОКР ТА-К40 с компанией «Саханд Пишран»")]),
    ("sanctions_obstacle", ["o_kzad"], {"origin_country": "ch", "goods": "high-temperature bearings"},
     "Swiss sanctions stop Brunnmatt from delivering high-temperature bearings to KZAD.",
     [("brunn_fwd", "Aufgrund der Sanktionsmassnahmen der Schweiz gegenüber der Russischen Föderation ist uns die Lieferung der bestellten Lager an die Kama Aero-Engine Plant PJSC nicht mehr erlaubt."),
      ("brunn_fwd", "Подшипников для опор ротора АЛ-31Ф от Брунматта больше не будет, ни по старому заказу, ни по новым."),
      ("memo_gd", "1. Поставки высокотемпературных подшипников швейцарской фирмы Brunnmatt прекращены из-за санкций Швейцарии;")]),
    ("sanctions_obstacle", ["o_kzad"], {"origin_country": "it", "goods": "turbine blade coatings"},
     "EU sanctions stop RCN (Novara, Italy) from coating KZAD's HPT blades.",
     [("rcn", "Rivestimenti Ceramici Novaresi S.p.A. is no longer permitted to apply thermal barrier coatings to turbine blades for Kama Aero-Engine Plant PJSC"),
      ("italy_wife", "Итальянцы отказали в заказе из-за санкций"),
      ("memo_gd", "2. Итальянская RCN отказалась наносить теплозащитное покрытие на лопатки ТВД (санкции ЕС).")]),
    ("alternative_supplier", ["o_kzad", "o_huaxing"], {"supplier_country": "cn", "goods": "turbine blade coatings"},
     "Xi'an Huaxing (China) coats HPT blades in place of RCN; trials pass and a contract is signed. (Deccan's bearing offer was declined: no finding.)",
     [("liu_offer", "can provide EB-PVD thermal barrier coating for high-pressure turbine blades as a replacement for the coating you previously received from Italy"),
      ("offers_boss", "Китайская Xi'an Huaxing из Сианя готова наносить теплозащитное покрытие на рабочие лопатки ТВД вместо итальянцев."),
      ("trials", "Заключение: покрытие Xi'an Huaxing признано годным; рекомендуется к применению при ремонте двигателей АЛ-31Ф взамен покрытия RCN (Италия)."),
      ("trials", "направляю протокол испытаний пробной партии лопаток с покрытием Хуасин"),
      ("trials_re", "Заключаем договор с Хуасином на 2024 год"),
      ("memo_gd", "Покрытие китайской фирмы Xi'an Huaxing прошло испытания в отделе испытаний (протокол № 14-ОИ), договор на 2024 год согласован."),
      ("liu_contract", "Thank you for the signed contract No. HX-KZ-2024-03 for thermal barrier coating of 400 HPT blades per year.")]),
    ("equipment_shortage", ["o_kzad"], {"goods": "turbine blades"},
     "HPT first-stage turbine blades for the AL-31F are not delivered; engines stand idle.",
     [("blades", "рабочих лопаток турбины высокого давления первой ступени для АЛ-31Ф нет, поставщик (АО «Уралтурболит») сорвал отгрузку уже второй месяц"),
      ("memo_gd", "3. Дефицит рабочих лопаток ТВД сохраняется: на 26.01.2024 недопоставлено 240 шт., из-за чего простаивают пять двигателей.")]),
    ("equipment_shortage", ["o_kzad"], {"goods": "high-temperature bearings"},
     "High-temperature turbine support bearings run short; AL-31F repair and the Algerian acceptance tests are held up.",
     [("brunn_re", "на складе высокотемпературных подшипников опор турбины осталось на четыре двигателя, после этого ремонт АЛ-31Ф на стенде встанет"),
      ("bearings_dec", "Из-за отсутствия высокотемпературных подшипников опор турбины два двигателя алжирской партии не можем выставить на ПСИ в декабре.")]),
    ("foreign_travel", ["p_andrei", "p_zhuravlev"], {"country": "ir", "start": "2024-03", "place": "Tehran", "purpose": "signing protocol no. 2 on the ta-k40"},
     "Levchinskii and Zhuravlev travel to Tehran on business, 4-9 March 2024.",
     [("tehran_boss", "в начале следующего месяца летим с тобой в Тегеран"),
      ("order", "Направить в служебную командировку в г. Тегеран (Исламская Республика Иран) с 04.03.2024 по 09.03.2024"),
      ("visa_list", "для оформления виз в Исламскую Республику Иран (командировка 04.03-09.03.2024)"),
      ("karim_protocol", "We look forward to welcoming you in Tehran at the beginning of March."),
      ("mom3", "Повернувся з Тегерана, відрядження з Юрієм Євгеновичем пройшло добре"),
      ("karim_thanks", "It was a pleasure to host you and Mr. Zhuravlev in Tehran last week.")]),
    ("foreign_travel", ["p_andrei", "p_olga"], {"country": "tr", "start": "2024-05", "place": "Bodrum", "purpose": "holiday"},
     "Levchinskii and his wife holiday in Bodrum, Turkey, 1-9 May 2024.",
     [("bodrum", "На майские летим в Бодрум, вылет 1 мая из Перми через Стамбул, обратно 9-го."),
      ("booking", "Guests: LEVCHINSKII ANDREI, LEVCHINSKAIA OLGA"),
      ("mom3", "На травневі летимо з нею в Туреччину, в Бодрум"),
      ("sister2", "мама сказала, що ви з Олею летите до Бодрума")]),
    ("citizenship", ["p_andrei"], {"countries": ["ru", "ua"]},
     "Levchinskii holds Russian and Ukrainian citizenship.",
     [("visa_list", "Российская Федерация, Украина (двойное гражданство)"),
      ("mom2", "твій український паспорт закінчується у 2025-му")]),
    ("citizenship", ["p_zhuravlev"], {"countries": ["ru"]},
     "Zhuravlev is a Russian citizen (he only has a residence permit in Kazakhstan).",
     [("visa_list", "Вид на жительство в Республике Казахстан"),
      ("tehran_boss", "Паспорт у меня российский, казахстанский вид на жительство в анкете укажи отдельно")]),
    ("citizenship", ["p_maryna"], {"countries": ["pl"]},
     "Maryna Zielińska became a Polish citizen and gave up Ukrainian citizenship.",
     [("sister1", "тепер я громадянка Польщі. Від українського громадянства я відмовилася ще торік"),
      ("sister1", "Wojewoda Mazowiecki uznaje za obywatelkę polską Panią Marynę Zielińską z domu Lewczyńską"),
      ("mom2", "Маринка тепер полька")]),
    ("family_relation", ["p_andrei", "p_olga"], {"relationship": "spouse"}, "Olga is Levchinskii's wife.",
     [("visa_list", "Жена — Левчинская Ольга Сергеевна (Россия, г. Усть-Сылва)")]),
    ("family_relation", ["p_andrei", "p_galyna"], {"relationship": "parent"}, "Halyna Levchynska is Levchinskii's mother.",
     [("visa_list", "Мать — Левчинская Галина Петровна (Украина, г. Чернигов)"),
      ("mom1", "Андрійку, синочку, добрий день!"),
      ("mom3", "Мамо, привіт!")]),
    ("family_relation", ["p_andrei", "p_maryna"], {"relationship": "sibling"}, "Maryna Zielińska is Levchinskii's sister.",
     [("visa_list", "Сестра — Зелинская Марина Богдановна (Польша, г. Варшава)"),
      ("sister1", "Обіймаю, твоя сестра")]),
    ("family_relation", ["p_zhuravlev", "p_natalya"], {"relationship": "spouse"}, "Natalya Zhuravleva is Zhuravlev's wife.",
     [("visa_list", "Жена — Журавлёва Наталья Ивановна (Россия, г. Усть-Сылва)")]),
    ("employment", ["p_andrei", "o_kzad"], {"role": "lead engineer, test department"}, "Levchinskii is lead engineer of KZAD's test department.",
     [("brunn_re", "ведущий инженер отдела испытаний ПАО «КЗАД»"),
      ("order", "ведущего инженера отдела испытаний Левчинского Андрея Богдановича")]),
    ("employment", ["p_zhuravlev", "o_kzad"], {"role": "chief engineer"}, "Zhuravlev is KZAD's chief engineer.",
     [("karim_protocol", "в лице главного инженера Журавлёва Юрия Евгеньевича"),
      ("order", "главного инженера Журавлёва Юрия Евгеньевича"),
      ("memo_gd", "Главный инженер Ю.Е. Журавлёв"),
      ("brunn_fwd", "An: Herrn Jurij Schurawljow, Chefingenieur")]),
    ("employment", ["p_karimzadeh", "o_sahand"], {"role": "project director"}, "Karimzadeh is project director at Sahand Pishran.",
     [("karim_minutes", "Project Director\nSahand Pishran Engineering Co., Tehran"),
      ("karim_protocol", "в лице директора проекта Каримзаде Мехрдада")]),
    ("employment", ["p_liu", "o_huaxing"], {"role": "sales manager"}, "Liu Yanping is a sales manager at Xi'an Huaxing.",
     [("liu_offer", "Sales Manager, Overseas Department\nXi'an Huaxing Surface Technology Co., Ltd.")]),
]

WATCHLIST = [
    {"id": "wl-ru-2201", "schema": "Person", "caption": "ZHURAVLYOV, Yuri Evgenyevich",
     "properties": {"name": ["ZHURAVLYOV, Yuri Evgenyevich"], "alias": ["Zhuravlyov Yurij"], "birthDate": ["1965-11-02"],
                    "nationality": ["ru"], "position": ["Chief Engineer"]}, "datasets": ["watchlist"]},
    {"id": "wl-ir-0517", "schema": "Company", "caption": "SAHAND PISHRAN MOHANDESI COMPANY",
     "properties": {"name": ["SAHAND PISHRAN MOHANDESI COMPANY"], "alias": ["شرکت مهندسی صهند پیشران", "Sahand Pishran Eng. Co."],
                    "country": ["ir"], "address": ["Tehran, Iran"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-2230", "schema": "Company", "caption": "KAMSKIY ZAVOD AVIADVIGATELEY PAO",
     "properties": {"name": ["KAMSKIY ZAVOD AVIADVIGATELEY PAO"], "alias": ["PAO KZAD", "KAMA AERO ENGINE WORKS"],
                    "country": ["ru"], "address": ["Ust-Sylva, Perm Krai, Russia"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-2202", "schema": "Person", "caption": "ZHURAVLYOV, Vadim Evgenyevich",
     "properties": {"name": ["ZHURAVLYOV, Vadim Evgenyevich"], "birthDate": ["1971-04-19"], "nationality": ["ru"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-2203", "schema": "Person", "caption": "ZHURAVLYOVA, Yulia Evgenyevna",
     "properties": {"name": ["ZHURAVLYOVA, Yulia Evgenyevna"], "birthDate": ["1968-08-30"], "nationality": ["ru"]}, "datasets": ["watchlist"]},
    {"id": "wl-ua-0088", "schema": "Person", "caption": "LEVCHYNSKYI, Andrii Bohdanovych",
     "properties": {"name": ["LEVCHYNSKYI, Andrii Bohdanovych"], "alias": ["Левчинський Андрій Богданович"],
                    "birthDate": ["1958-01-11"], "nationality": ["ua"]}, "datasets": ["watchlist"]},
    {"id": "wl-cn-0410", "schema": "Company", "caption": "XI'AN HUAXIN NEW MATERIAL CO., LTD.",
     "properties": {"name": ["XI'AN HUAXIN NEW MATERIAL CO., LTD."], "country": ["cn"]}, "datasets": ["watchlist"]},
    {"id": "wl-ir-0518", "schema": "Company", "caption": "SAHAND TRADING FZE",
     "properties": {"name": ["SAHAND TRADING FZE"], "country": ["ae"]}, "datasets": ["watchlist"]},
]
WL_MATCHES = [("p_zhuravlev", "wl-ru-2201"), ("o_sahand", "wl-ir-0517"), ("o_kzad", "wl-ru-2230")]


def _n(s):
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())


def build_truth(decoded, keymid):
    ents = []
    for e in ENTITIES:
        props = {"country": [e["country"]]} if "country" in e else {}
        ents.append({"id": e["id"], "schema": e["schema"], "name": e["name"], "names": sorted(set(e["names"])),
                     "properties": props})
    findings = []
    for i, (kind, subj, attrs, summary, ev) in enumerate(FINDINGS, 1):
        evidence, seen = [], set()
        for key, quote in ev:
            mids = [keymid[key]] + [m for m, (t, _) in decoded.items() if m != keymid[key] and quote in t]
            for m in mids:
                if (m, quote) not in seen:
                    seen.add((m, quote))
                    evidence.append({"message_id": m, "quote": quote})
        findings.append({"id": "f-%03d" % i, "kind": kind, "summary": summary, "subjects": subj,
                         "attributes": attrs, "evidence": evidence, "confidence": 1.0})
    byid = {e["id"]: e for e in ENTITIES}
    for eid, wid in WL_MATCHES:
        forms = [_n(x) for x in byid[eid]["names"]]
        mids = [m for m, (t, h) in decoded.items()
                if any(f in _n(t + "\n" + re.sub(r"<[^<>@ ]+@[^<> ]+>", " ", h)) for f in forms)]
        cap = [w for w in WATCHLIST if w["id"] == wid][0]["caption"]
        findings.append({"id": "f-%03d" % (len(findings) + 1), "kind": "watchlist_match",
                         "summary": "%s is on the watchlist as %s." % (byid[eid]["name"], cap),
                         "subjects": [eid], "attributes": {"list": "watchlist", "entry_id": wid, "score": 0.9},
                         "evidence": [{"message_id": m, "quote": ""} for m in mids], "confidence": 1.0})
    return {"format": "paperchase.findings/1", "entities": ents, "findings": findings}


def selfcheck(truth, decoded, mbox_recs, loose_recs):
    ok = True
    # 1. quotes verbatim
    bad = [(f["id"], ev["message_id"], ev["quote"][:60]) for f in truth["findings"] for ev in f["evidence"]
           if ev["quote"] and ev["quote"] not in decoded[ev["message_id"]][0]]
    print("check 1 (evidence quotes verbatim in decoded text): %s" % ("OK" if not bad else "FAIL %r" % bad))
    ok &= not bad
    # 2. self-score
    tp = os.path.join(HERE, "truth.json")
    r = subprocess.run([sys.executable, "/work/shared/tools/score_case.py", tp, tp, "--json"], capture_output=True, text=True)
    s = json.loads(r.stdout)
    good = s["findings"]["f1"] == 1.0 and s["entities"]["f1"] == 1.0
    print("check 2 (truth scored against itself): findings f1 %.3f, entities f1 %.3f: %s"
          % (s["findings"]["f1"], s["entities"]["f1"], "OK" if good else "FAIL"))
    ok &= good
    # 3. surface forms occur
    alltext = _n("\n".join(t + "\n" + h for t, h in decoded.values()))
    missing = [(e["id"], n) for e in truth["entities"] for n in e["names"] if _n(n) not in alltext]
    print("check 3 (every surface form occurs): %s" % ("OK" if not missing else "FAIL %r" % missing))
    ok &= not missing
    # duplicate forms across entities
    owner = {}
    dup = []
    for e in truth["entities"]:
        for n in e["names"]:
            if _n(n) in owner and owner[_n(n)] != e["id"]:
                dup.append(n)
            owner[_n(n)] = e["id"]
    if dup:
        print("  warning: forms shared by entities:", dup)
    # 3b. uncovered mentions (informational)
    byid = {e["id"]: e for e in truth["entities"]}
    unc = []
    for m, (t, h) in decoded.items():
        txt = " ".join(re.sub(r"<[^<>@ ]+@[^<> ]+>", "<addr>", (t + "\n" + h).casefold()).split())
        allforms = [n.casefold() for e in truth["entities"] for n in e["names"]]
        spans = []
        for f in allforms:
            for mm in re.finditer(re.escape(f), txt):
                spans.append((mm.start(), mm.end()))
        for eid, stems in STEMS.items():
            for f in []:
                for mm in re.finditer(re.escape(f), txt):
                    spans.append((mm.start(), mm.end()))
            for st in stems:
                for mm in re.finditer(re.escape(st), txt):
                    if not any(a <= mm.start() < b for a, b in spans):
                        unc.append((eid, txt[max(0, mm.start() - 25):mm.end() + 25].replace("\n", " ")))
    print("check 3b (mentions not covered by any form, informational): %d" % len(unc))
    for u in unc:
        print("   ", u)
    # 4. counts
    with open(os.path.join(HERE, "mailbox.mbox"), "rb") as fh:
        data = fh.read()
    n_from = len(re.findall(rb"(?m)^From \S+ \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$", data))
    import mailbox
    n_mb = len(mailbox.mbox(os.path.join(HERE, "mailbox.mbox")))
    no_mid = [r["loose"] for r in loose_recs if r["mid"].startswith("<sha256:")]
    good = n_from == n_mb == len(mbox_recs) == EXPECTED_MBOX and len(loose_recs) == 3 and no_mid
    print("check 4 (message count): mbox %d (expected %d, mailbox module %d), loose %d, without Message-ID %r: %s"
          % (n_from, EXPECTED_MBOX, n_mb, len(loose_recs), no_mid, "OK" if good else "FAIL"))
    ok &= bool(good)
    kinds = {}
    for f in truth["findings"]:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print("findings per kind:", kinds)
    return ok


EXPECTED_MBOX = 59



def main():
    build()
    mbox_recs = [r for r in MSGS if not r["loose"]]
    loose_recs = [r for r in MSGS if r["loose"]]
    with open(os.path.join(HERE, "mailbox.mbox"), "wb") as fh:
        fh.write(mboxrd(mbox_recs))
    os.makedirs(LOOSE, exist_ok=True)
    for r in loose_recs:
        with open(os.path.join(LOOSE, r["loose"]), "wb") as fh:
            fh.write(r["raw"])
    decoded = {r["mid"]: decode(r) for r in MSGS}
    keymid = {r["key"]: r["mid"] for r in MSGS}
    truth = build_truth(decoded, keymid)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "watchlist.ftm.json"), "w", encoding="utf-8") as fh:
        for e in WATCHLIST:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    ok = selfcheck(truth, decoded, mbox_recs, loose_recs)
    print("ALL SELF-CHECKS PASSED" if ok else "SELF-CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
