"""Low-level helpers for make_case.py: MIME writing by hand (standard library only)."""
import base64
import hashlib
import io
import quopri
import re
import zipfile
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from urllib.parse import quote as pct
from xml.sax.saxutils import escape


def ew(s, charset="utf-8", mode="b", chunk=18):
    """RFC 2047 encode a header string (several encoded words, folded)."""
    if all(ord(c) < 128 for c in s):
        return s
    words = []
    for i in range(0, len(s), chunk):
        part = s[i:i + chunk]
        raw = part.encode(charset)
        if mode == "b":
            words.append("=?%s?b?%s?=" % (charset, base64.b64encode(raw).decode()))
        else:
            q = "".join(
                chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ("_" if b == 32 else "=%02X" % b)
                for b in raw)
            words.append("=?%s?q?%s?=" % (charset, q))
    return "\n ".join(words)


def addr(name, email, charset="utf-8", mode="b"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, mode), email)


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


def leaf(ctype, data, cte, charset=None, declared=True, extra_headers=()):
    h = "Content-Type: %s" % ctype
    if charset and declared is True:
        h += '; charset="%s"' % charset
    elif isinstance(declared, str):
        h += '; charset="%s"' % declared
    lines = [h]
    lines += list(extra_headers)
    lines.append("Content-Transfer-Encoding: %s" % cte)
    return ("\n".join(lines) + "\n\n").encode("ascii") + encode_body(data, cte)


def multipart(subtype, parts, boundary):
    out = ('Content-Type: multipart/%s; boundary="%s"\n\n' % (subtype, boundary)).encode("ascii")
    out += b"This is a multi-part message in MIME format.\n"
    for p in parts:
        out += ("\n--%s\n" % boundary).encode("ascii") + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += ("\n--%s--\n" % boundary).encode("ascii")
    return out


def attach_disp(filename, style="2231"):
    if all(ord(c) < 128 for c in filename):
        return ['Content-Disposition: attachment; filename="%s"' % filename], '; name="%s"' % filename
    if style == "2231":
        return (["Content-Disposition: attachment;\n filename*=utf-8''%s" % pct(filename, safe="")],
                "")
    enc = ew(filename, "utf-8", "b", chunk=30)
    return ['Content-Disposition: attachment; filename="%s"' % enc], '; name="%s"' % enc


FIXED = (2023, 12, 12, 10, 0, 0)


def zip_bytes(files, date_time=FIXED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def docx(paragraphs, date_time=FIXED):
    body = "".join(
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)], date_time)


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Лист1", date_time=FIXED):
    strings, index = [], {}
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                if v not in index:
                    index[v] = len(strings)
                    strings.append(v)
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, index[v]))
        xml_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xml_rows))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
           % (len(strings), len(strings), "".join('<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in strings)))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % escape(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                      ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml),
                      ("xl/sharedStrings.xml", sst)], date_time)


def mid(key, domain):
    return "<%s@%s>" % (hashlib.sha1(key.encode()).hexdigest()[:16], domain)


def parse_date(s):
    # "2023-09-04 09:02 +0700"
    d, t, z = s.split()
    sign = 1 if z[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(z[1:3]), minutes=int(z[3:5])))
    return datetime.strptime(d + " " + t, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def rfc_date(s):
    return format_datetime(parse_date(s))


def from_line(email, s):
    return "From %s %s" % (email, parse_date(s).strftime("%a %b %d %H:%M:%S %Y"))


def mboxrd_quote(raw):
    out = []
    for line in raw.split(b"\n"):
        if re.match(rb"^>*From ", line):
            line = b">" + line
        out.append(line)
    return b"\n".join(out)

# ---------------------------------------------------------------- people / addresses
NAT = ("Левицкая Наталья Игоревна", "n.levitskaya@kvrz.example.ru")
NAT_EN = ("Natalia Levitskaya", "n.levitskaya@kvrz.example.ru")
ZHU = ("Журавлёв Юрий Алексеевич", "yu.zhuravlev@kvrz.example.ru")
ZHU_EN = ("Yuri Zhuravlev", "yu.zhuravlev@kvrz.example.ru")
SAR = ("Саркисян Карен Ашотович", "k.sarkisyan@kvrz.example.ru")
GLA = ("Гладков Виктор Семёнович", "gladkov@kvrz.example.ru")
AND = ("Андрей Левицкий", "a.levitsky@mail.example.ru")
MAX = ("Максим Левицкий", "max.lev2004@mail.example.ru")
GAL = ("Галина Левицька", "halyna.levytska@ukr.example.ua")
GIO = ("Giorgi Dzneladze", "giorgi@mtkvari-aero.example.ge")
RIS = ("Nenad Ristić", "n.ristic@dunav-ts.example.rs")
KUL = ("Rajesh Kulkarni", "rajesh.k@vibrosense.example.in")
HR = ("Отдел кадров АО «КВРЗ»", "hr@kvrz.example.ru")
IT = ("Служба ИТ", "it-support@kvrz.example.ru")
ALL = ("Все сотрудники", "all@kvrz.example.ru")


def q(text):
    """Quote a message text for a reply."""
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


MSGS = []


def M(key, date, frm, to, subject, body, **kw):
    m = dict(key=key, date=date, frm=frm, to=to, subject=subject, body=body)
    m.update(kw)
    if "koi8" in m.get("charset", "") or "koi8" in m.get("hcharset", ""):
        # KOI8-R has no dashes or guillemets: write as a KOI8 user would
        fix = lambda t: t.replace("—", "-").replace("«", '"').replace("»", '"') if t else t
        m["body"], m["subject"] = fix(m["body"]), fix(m["subject"])
    MSGS.append(m)
    return m


# ---------------------------------------------------------------- September 2023
M("m01", "2023-09-04 09:02 +0700", HR, [ALL], "Режим работы столовой в сентябре",
  """Уважаемые коллеги!

С 4 сентября столовая корпуса № 2 работает с 11:30 до 15:00. Буфет в здании заводоуправления закрыт на ремонт до 20 сентября, горячие обеды для цехов 3 и 5 будут доставлять в термобоксах.

Отдел кадров
""", charset="utf-8", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

PLAN_ROWS = [
    ["Изделие", "Зав. №", "Заказчик", "Вид работ", "Срок сдачи"],
    ["Ми-8АМТШ", "59481", "Минобороны России (гособоронзаказ)", "капитальный ремонт", "10.2023"],
    ["Ми-8АМТШ", "59517", "Минобороны России (гособоронзаказ)", "капитальный ремонт с заменой ВР-14", "11.2023"],
    ["Ми-8АМТШ", "59533", "Минобороны России (гособоронзаказ)", "капитальный ремонт", "12.2023"],
    ["Ми-8АМТШ", "59540", "Минобороны России (гособоронзаказ)", "капитальный ремонт с заменой ВР-14", "02.2024"],
    ["Ми-171Ш", "171E-0834", "ВВС Алжира, контракт № DZ-171/22", "капитальный ремонт", "12.2023"],
    ["Ми-171Ш", "171E-0841", "ВВС Алжира, контракт № DZ-171/22", "капитальный ремонт", "02.2024"],
    ["Ми-171Ш", "171E-0852", "ВВС Алжира, контракт № DZ-171/22", "капитальный ремонт", "04.2024"],
    ["Ка-32А11ВС", "8712", "АО «Таёжные авиалинии»", "средний ремонт", "11.2023"],
    ["ВР-14", "партия 3 шт.", "Минобороны России (гособоронзаказ)", "капитальный ремонт главных редукторов", "02.2024"],
]

M("m02", "2023-09-05 10:12 +0700", ZHU, [NAT], "План капремонта на IV квартал и I полугодие 2024 г.",
  """Наталья Игоревна, добрый день.

Во вложении уточнённый план на IV квартал и первое полугодие 2024-го. По гособоронзаказу у нас в работе четыре Ми-8АМТШ (два из них с заменой главного редуктора ВР-14 на отремонтированный), по алжирскому контракту — три Ми-171Ш, первый борт на приёмку в декабре. Ка-32 для «Таёжных авиалиний» идёт отдельной строкой, это гражданская работа, ОТК по ней как обычно.

Прошу ваш отдел до 15.09 посмотреть графики входного контроля — особенно по редукторам, там опять проблема с подшипниками, Карен Ашотович подробнее напишет.

Ю.А. Журавлёв
главный инженер АО «КВРЗ»
""", cc=[SAR], charset="windows-1251", cte="base64", hcharset="windows-1251", mailer="The Bat! (v9.4.2) Professional",
  attachments=[dict(name="План_ремонта_2023-2024.xlsx",
                    ctype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    data=("xlsx", PLAN_ROWS), style="2047")])

BRENNER_TEXT = """Sehr geehrte Frau Levitskaya,

vielen Dank für Ihre Anfrage über zwei Schwingungsanalysatoren VA-4000 sowie die Kalibrierung der bei Ihnen vorhandenen Geräte (Herr Juri Schurawljow hatte uns im Frühjahr 2021 die Seriennummern mitgeteilt).

Leider müssen wir Ihnen mitteilen, dass wir aufgrund der EU-Sanktionen gegen Russland keine Messgeräte, Ersatzteile oder Kalibrierleistungen an die AO KVRZ liefern dürfen. Eine Lieferung über Drittländer ist ebenfalls ausgeschlossen.

Please note that this also applies to software updates and remote service for the VA-4000 units already installed in your plant.

Mit freundlichen Grüßen
Claudia Wendt
Export Sales
Brenner Messtechnik GmbH, Pforzheim
"""
M("m03", "2023-09-07 14:21 +0200", ("Claudia Wendt", "c.wendt@brenner-messtechnik.example.de"), [NAT_EN],
  "Ihre Anfrage vom 28.08.2023 – Schwingungsanalysatoren VA-4000", BRENNER_TEXT,
  charset="utf-8", cte="quoted-printable", hmode="q", mailer="Microsoft Outlook 16.0")

M("m04", "2023-09-08 08:00 +0300", ("Вертолётная индустрия", "digest@heli-digest.example.com"), [NAT],
  "Дайджест «Вертолётная индустрия» № 36",
  None, html="""<html><head><meta charset="utf-8"></head><body>
<h2>Дайджест «Вертолётная индустрия» № 36</h2>
<p>Новости недели: итоги летнего сезона авиационных работ, новая редакция правил ТО для вертолётов авиации общего назначения, интервью с ветераном санитарной авиации.</p>
<p>Календарь отраслевых мероприятий на октябрь — в приложении на сайте.</p>
<p><a href="https://heli-digest.example.com/unsubscribe">Отписаться от рассылки</a></p>
</body></html>""", charset="utf-8", cte="base64", mailer="Sendsay")

M("m05", "2023-09-11 09:40 +0700", NAT, [GLA], "Fwd: Brenner отказал — виброанализаторы VA-4000",
  """Виктор Семёнович, добрый день!

Пересылаю ответ Brenner. Коротко: из-за санкций ЕС немцы больше не продадут нам виброанализаторы VA-4000 и не будут калибровать те три, что у нас есть. Поверка у старых заканчивается в марте, после этого диагностику редукторов ВР-14 на стенде нам проводить будет нечем.

Предлагаю поручить ОМТС (Саркисяну К.А.) поиск замены — индийские и китайские производители вроде бы есть.

Н.И. Левицкая
заместитель начальника отдела качества АО «КВРЗ»

-------- Пересылаемое сообщение --------
От: Claudia Wendt <c.wendt@brenner-messtechnik.example.de>
Дата: 07.09.2023 14:21
Тема: Ihre Anfrage vom 28.08.2023 – Schwingungsanalysatoren VA-4000

""" + BRENNER_TEXT, charset="utf-8", cte="base64", mailer="Mozilla Thunderbird 102.15")

M("m06", "2023-09-12 07:30 +0700", IT, [ALL], "Плановая смена паролей",
  """Коллеги,

в соответствии с политикой информационной безопасности до 25.09 всем пользователям необходимо сменить пароль к доменной учётной записи. Новый пароль — не менее 12 символов, буквы разного регистра и цифры.

При проблемах звоните 2-14.

Служба ИТ
""", charset="koi8-r", cte="base64", hcharset="koi8-r", mailer="Microsoft Outlook 16.0")

M("m07", "2023-09-14 11:05 +0400", GIO, [NAT_EN], "RE: O-rings MS29513 / уплотнения, заказ 23/114",
  """Natalia, good day!

The O-rings and hydraulic seals under your order 23/114 left Tbilisi yesterday, the AWB number will follow tomorrow.

Наталья, по вашему вопросу про немецкие анализаторы: к сожалению, через нас тоже никак — наш банк и наш экспедитор такие позиции больше не берут, так что Brenner через Грузию не получится. Извините.

Best regards,
Giorgi Dzneladze, Sales Manager, Mtkvari Aero Parts LLC
Tbilisi, Georgia, +995 32 200 00 00
""", charset="utf-8", cte="8bit", mailer="Microsoft Outlook 16.0")

SAR_BEARINGS = """Наталья Игоревна,

по подшипникам ситуация плохая. Роликовых подшипников для главных редукторов ВР-14 на складе нет совсем, завод-изготовитель перенёс отгрузку на I квартал, и то без гарантий. Два редуктора из плана на октябрь собрать не из чего.

Входной контроль по тем подшипникам, что всё-таки придут, прошу провести в приоритетном порядке.

К.А. Саркисян
начальник отдела материально-технического снабжения АО «КВРЗ»
"""
M("m08", "2023-09-18 15:47 +0700", SAR, [NAT], "Подшипники для ВР-14", SAR_BEARINGS,
  cc=[ZHU], charset="windows-1251", cte="8bit", hcharset="windows-1251", mailer="The Bat! (v9.4.2) Professional")

M("m09", "2023-09-19 08:15 +0700", ("Профком АО «КВРЗ»", "profkom@kvrz.example.ru"), [ALL], "Поздравляем именинников сентября!",
  """Дорогие коллеги!

Профсоюзный комитет поздравляет всех, кто родился в сентябре! Желаем здоровья, хорошего настроения и ровных швов.

Подарочные сертификаты можно получить в профкоме (каб. 112) до конца месяца.
""", charset="utf-8", cte="base64", mailer="Microsoft Outlook 16.0")

BALTEK_TEXT = """Dear Ms. Levitskaya,

thank you for your inquiry for one BM-850 horizontal balancing machine for tail rotor and transmission shafts.

We regret to inform you that the Czech licensing authority has refused our export licence application for this machine. Under the current EU sanctions against the Russian Federation we are not allowed to deliver it to JSC Klyuchegorsk Helicopter Repair Plant, nor to any intermediary acting on your behalf.

Yours sincerely,
Tomáš Havlík
Sales Director, Baltek Kolín s.r.o.
"""
M("m10", "2023-09-21 10:02 +0200", ("Tomáš Havlík", "havlik@baltek.example.cz"), [NAT_EN],
  "Balancing machine BM-850 – delivery not possible", BALTEK_TEXT,
  charset="utf-8", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

M("m11", "2023-09-22 08:31 +0700", NAT, [ZHU], "Fwd: Balancing machine BM-850 – delivery not possible",
  """Юрий Алексеевич,

вот и чехи отказали: балансировочного станка Baltek BM-850 не будет, экспортную лицензию им не дали. Старый станок в цехе 3 держится на честном слове, метрологи подписывают его с оговорками.

Н.

21.09.2023 15:02, Tomáš Havlík пишет:
""" + q(BALTEK_TEXT), charset="utf-8", cte="8bit", mailer="Mozilla Thunderbird 102.15")

M("m12", "2023-09-26 16:20 +0700", AND, [NAT], "машина",
  """Наташ, забрал машину из сервиса, колодки поменяли и масло. Вечером заеду за тобой к проходной в 18:10, не задерживайся.
А.
""", charset="utf-8", cte="base64", mailer="Mail.ru for Android")

M("m13", "2023-09-28 11:00 +0700", ("Бухгалтерия АО «КВРЗ»", "buh@kvrz.example.ru"), [ALL], "Авансовые отчёты — до 5 октября",
  """Уважаемые сотрудники!

Напоминаем, что авансовые отчёты по командировкам III квартала нужно сдать в бухгалтерию до 5 октября. Отчёты без посадочных талонов не принимаются.
""", charset="utf-8", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

# ---------------------------------------------------------------- October 2023
RIS_PROPOSAL = """Dear Mr. Zhuravlev, dear Ms. Levitskaya,

following our meeting in Moscow in June, Dunav Test Systems d.o.o. would like to propose that our companies jointly develop the ISR-8 ground test rig for main and intermediate gearboxes of Mi-8/Mi-17 family helicopters. We would be responsible for the control system, sensors and software, KVRZ for the mechanical loading unit and for certification in Russia.

As for funding, we propose to share the development cost equally, 50% each, and to own the design documentation jointly.

A draft agreement will follow in two weeks.

Kind regards,
Nenad Ristić
Director, Dunav Test Systems d.o.o., Beograd
"""
M("m14", "2023-10-02 12:30 +0200", RIS, [ZHU_EN], "ISR-8 gearbox test rig – proposal for joint development", RIS_PROPOSAL,
  cc=[NAT_EN], charset="utf-8", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

M("m15", "2023-10-04 09:10 +0700", ZHU, [GLA], "Сербы: совместная разработка стенда ИСР-8",
  """Виктор Семёнович,

сербская Dunav Test Systems (Ристич) предлагает делать стенд ИСР-8 вместе, деньги и права на документацию — пополам. Я бы так не соглашался: механика, нагружающее устройство и вся сертификация на нас, это основная часть работы. Предлагаю ответить, что мы готовы финансировать 70 процентов, но тогда КД остаётся за КВРЗ, а сербам — лицензия на Балканы.

Если согласны — подготовлю письмо Ристичу.

Журавлёв
""", cc=[NAT], charset="koi8-r", cte="base64", hcharset="koi8-r", mailer="The Bat! (v9.4.2) Professional")

M("m16", "2023-10-06 10:00 +0700", ("Канцелярия", "office@kvrz.example.ru"), [ALL], "Заявки на канцтовары на IV квартал",
  """Коллеги, заявки на канцтовары на IV квартал принимаются до 13 октября по форме из общей папки. Бумагу А3 в этот раз не закупаем.
""", charset="utf-8", cte="8bit", mailer="Microsoft Outlook 16.0")

VIB_OFFER = """Dear Ms. Levitskaya,

we understand from Mr. Karen Sarkisyan that your plant needs a replacement for its Brenner VA-4000 vibration analysers. Vibrosense Instruments can offer the VS-Pro 8, an 8-channel portable analyser with gearbox diagnostics software, fully independent of European components. Delivery time is 10-12 weeks from Pune via Dubai.
From the technical side we can also provide on-site training for your engineers and a demo unit for two weeks.

Best regards,
Rajesh Kulkarni
Export Sales Manager, Vibrosense Instruments Pvt. Ltd., Pune, India
"""
M("m17", "2023-10-09 13:45 +0530", KUL, [NAT_EN], "Substitute for Brenner VA-4000 – Vibrosense VS-Pro 8", VIB_OFFER,
  cc=[("Karen Sarkisyan", "k.sarkisyan@kvrz.example.ru")], charset="us-ascii", cte="7bit", mailer="Zoho Mail")

M("m18", "2023-10-10 09:05 +0700", NAT, [SAR], "RE: Substitute for Brenner VA-4000 – Vibrosense VS-Pro 8",
  """Карен Ашотович,

индийский вариант выглядит разумно. Запросите, пожалуйста, у Кулкарни демонстрационный образец и протоколы калибровки — если на наших редукторах VS-Pro 8 покажет те же спектры, что и старый Brenner, будем брать.

Н.И. Левицкая

-----Original Message-----
From: Rajesh Kulkarni <rajesh.k@vibrosense.example.in>
Sent: Monday, October 9, 2023 3:15 PM

""" + q(VIB_OFFER), charset="utf-8", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

HENGLI_OFFER = """Dear Madam Levitskaya,

Ningbo Hengli Balancing Machine Co., Ltd. is pleased to offer our HL-900 horizontal balancing machine as a replacement for the Baltek BM-850. Price: USD 148,000 EXW Ningbo, delivery 90 days after prepayment. We also warmly invite your specialists to visit our factory in Ningbo.

Best regards,
Li Wenjun
Overseas Sales, Ningbo Hengli Balancing Machine Co., Ltd.
"""
M("m19", "2023-10-12 16:10 +0800", ("Li Wenjun", "sales3@hengli-balance.example.cn"), [NAT_EN],
  "Offer: HL-900 balancing machine to replace Baltek BM-850", HENGLI_OFFER,
  charset="utf-8", cte="base64", mailer="Foxmail 7.2")

M("m20", "2023-10-13 19:40 +0300", GAL, [NAT, AND], "Як ви там?",
  """Доброго дня, мої дорогі!

Андрійку, синку, дякую за гроші, усе отримала. Тиск у мене тепер кращий, лікарка каже, що можна вже не пити ті таблетки щодня.

Наталочко, передай Максимкові, щоб дзвонив бабусі хоч раз на тиждень, а не тільки на свята. Я знаю, що в Казані в нього навчання, але ж бабуся одна.

Цілую всіх,
ваша мама і бабуся Галя
""", charset="utf-8", cte="base64", mailer="Gmail")

M("m21", "2023-10-16 14:00 +0700", ZHU, [NAT], "Командировка в Нинбо",
  """Наталья Игоревна,

Гладков в принципе не против, чтобы мы с вами в середине ноября съездили в Нинбо к Hengli посмотреть HL-900 в работе. Я попросил отдел ВЭД начать оформление приглашений. Загранпаспорт у вас действующий?

Ю.А.
""", charset="utf-8", cte="8bit", mailer="The Bat! (v9.4.2) Professional")

M("m22", "2023-10-18 10:30 +0300", ("Опросы", "survey@poll.example.com"), [NAT], "Оцените качество обслуживания",
  None, html="""<html><body><p>Здравствуйте!</p><p>Пожалуйста, оцените работу нашей службы поддержки по шкале от 1 до 10. Опрос займёт не больше двух минут.</p><p><a href="https://poll.example.com/s/81734">Пройти опрос</a></p></body></html>""",
  charset="utf-8", cte="quoted-printable", mailer="Mailchimp")

M("m23", "2023-10-20 11:15 +0200", RIS, [ZHU_EN], "Re: ISR-8 gearbox test rig – funding split",
  """Dear Mr. Zhuravlev,

thank you for your letter of 11 October. After discussion with our shareholders we can accept your proposal: KVRZ finances 70% of the ISR-8 development and keeps the design documentation, Dunav Test Systems finances 30% and receives an exclusive licence for the Balkan region. The draft agreement will be sent by our lawyer, Ms. Jelena Marković.

Kind regards,
Nenad Ristić

On 2 Oct 2023, at 12:30, Nenad Ristić wrote:
""" + q(RIS_PROPOSAL), cc=[NAT_EN], charset="utf-8", cte="quoted-printable", mailer="Apple Mail")

M("m24", "2023-10-23 21:12 +0300", MAX, [NAT], "стипендия",
  """Мам, привет! Стипендию перевели, общагу оплатил. В Казани уже первый снег, так что куртку зимнюю пришли, пожалуйста, с кем-нибудь или посылкой.
Макс
""", charset="utf-8", cte="base64", mailer="Mail.ru for iOS")

M("m25", "2023-10-25 08:50 +0700", SAR, [NAT, ZHU], "Титановый крепёж — срыв поставки",
  """Коллеги,

пермский поставщик сорвал вторую поставку титановых болтов и гаек из ВТ16 — обещали в сентябре, теперь говорят «после Нового года». Без этого крепежа мы не можем закрыть хвостовые балки на двух Ми-8АМТШ, борта стоят.

Ищу, у кого перехватить хотя бы 600 комплектов. Если у ОТК есть возможность согласовать временную замену на стальной крепёж по отдельным позициям — напишите, обсудим с военпредом.

Саркисян
""", charset="koi8-r", cte="8bit", declared=False, hcharset="koi8-r", mailer="The Bat! (v9.4.2) Professional")

M("m26", "2023-10-27 13:00 +0700", ("Транспортный цех", "transport@kvrz.example.ru"), [ALL], "Техосмотр служебных автомобилей",
  """Уважаемые руководители подразделений!

30–31 октября проводится технический осмотр служебного автотранспорта. Заявки на выезд в эти дни не принимаются.
""", charset="windows-1251", cte="quoted-printable", hcharset="windows-1251", mailer="Microsoft Outlook 16.0")

# ---------------------------------------------------------------- November 2023
M("m27", "2023-11-01 20:05 +0700", ("Наталья Левицкая", "n.levitskaya@kvrz.example.ru"),
  [("Турагентство «Белый парус»", "tour@parus-tour.example.ru")], "Египет на новогодние каникулы",
  """Добрый день!

Хотим на новогодние каникулы в Египет, лучше в Хургаду, отель 4–5*, всё включено, дней на 8–9. Нас трое: я, муж и сын (студент, 19 лет). Вылет из Новосибирска, желательно 2–3 января.

Данные для предварительного бронирования:
Левицкая Наталья Игоревна, 14.03.1978 г.р.
Левицкий Андрей Богданович, 02.07.1975 г.р. (муж)
Левицкий Максим Андреевич, 19.04.2004 г.р. (сын)

Загранпаспорта у всех действующие, сканы пришлю отдельным письмом.

Наталья Левицкая
+7 913 000-00-00
""", charset="utf-8", cte="quoted-printable", mailer="Mozilla Thunderbird 102.15")

M("m28", "2023-11-03 08:20 +0700", ("Приёмная генерального директора", "priem@kvrz.example.ru"), [ALL], "Перенос производственного совещания",
  """Производственное совещание переносится с понедельника на вторник, 7 ноября, 9:00, зал заседаний.
""", charset="utf-8", cte="base64", mailer="Microsoft Outlook 16.0")

M("m29", "2023-11-07 17:25 +0700", ZHU, [NAT, SAR], "Нинбо отменяется",
  """Наталья Игоревна, Карен Ашотович,

в Нинбо не едем. Виктор Семёнович поездку не утвердил, и я с ним согласен: у Hengli нет ни одного станка, работающего на вертолётных трансмиссиях, а сертификатов на наши допуски по дисбалансу они так и не прислали. Приглашения отзываю.

По станку: китайское предложение по HL-900 отклоняем, Наталья Игоревна, напишите им, пожалуйста, вежливо. Будем думать дальше — возможно, отремонтируем старый станок своими силами.

Ю.А. Журавлёв
""", charset="windows-1251", cte="base64", hcharset="windows-1251", mailer="The Bat! (v9.4.2) Professional")

M("m30", "2023-11-08 10:00 +0700", NAT_EN, [("Li Wenjun", "sales3@hengli-balance.example.cn")],
  "Re: Offer: HL-900 balancing machine to replace Baltek BM-850",
  """Dear Mr. Li,

thank you for your offer and the kind invitation to Ningbo. After internal review we have decided not to proceed with the purchase of the HL-900, and our visit to your factory is cancelled.

Best regards,
Natalia Levitskaya
Deputy Head of Quality Department
JSC Klyuchegorsk Helicopter Repair Plant

On 12.10.2023 16:10, Li Wenjun wrote:
""" + q(HENGLI_OFFER), charset="utf-8", cte="8bit", mailer="Mozilla Thunderbird 102.15")

M("m31", "2023-11-14 15:30 +0700", SAR, [NAT, ZHU], "Vibrosense: испытания образца и договор",
  """Наталья Игоревна,

образец VS-Pro 8 от Vibrosense отработал две недели на стенде: по ВР-14 спектры совпадают с Brenner в пределах 3 %, метрологи замечаний не имеют. Вчера подписали договор № 47-И/2023 на поставку четырёх анализаторов VS-Pro 8 с ПО и обучением. Оплата через банк в Дубае, поставка в феврале.

К.А. Саркисян
""", charset="utf-8", cte="base64", mailer="The Bat! (v9.4.2) Professional")

M("m32", "2023-11-17 18:00 +0700", IT, [ALL], "Отключение почтового сервера 18.11",
  """В субботу, 18 ноября, с 8:00 до 12:00 почтовый сервер будет недоступен в связи с обновлением. Просим заранее скачать нужные письма.
""", charset="koi8-r", cte="8bit", hcharset="koi8-r", mailer="Microsoft Outlook 16.0")

M("m33", "2023-11-20 12:40 +0700", ZHU_EN, [RIS], "ISR-8: hydraulic module and revised split",
  """Dear Mr. Ristić,

as discussed by phone, the ISR-8 will get an additional hydraulic loading module, which your side will design. Given that, our General Director Mr. Gladkov is ready to revise the split of the development costs; Ms. Levitskaya will send you our proposal for Addendum No. 2.

Best regards,
Yuri Zhuravlev
Chief Engineer, JSC Klyuchegorsk Helicopter Repair Plant
""", cc=[NAT_EN], charset="utf-8", cte="quoted-printable", mailer="The Bat! (v9.4.2) Professional")

M("m34", "2023-11-22 09:00 +0700", ("Спортклуб АО «КВРЗ»", "sport@kvrz.example.ru"), [ALL], "Сдача нормативов ГТО",
  """Желающие сдать нормативы ГТО — запись до 1 декабря у инструктора по спорту. Бассейн по четвергам.
""", charset="utf-8", cte="8bit", mailer="Microsoft Outlook 16.0")

M("m35", "2023-11-24 13:33 +0700", ("Белый парус", "tour@parus-tour.example.ru"), [("Наталья Левицкая", "n.levitskaya@kvrz.example.ru")],
  "Подтверждение бронирования № BP-23-11873",
  None, html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>Уважаемая Наталья Игоревна!</p>
<p>Ваш тур подтверждён туроператором. Документы на вылет пришлём за 5 дней до поездки.</p>
<table border="1">
<tr><td>Направление</td><td>Египет, Хургада</td></tr>
<tr><td>Отель</td><td>Coral Mirage Resort 5*, All Inclusive</td></tr>
<tr><td>Даты</td><td>03.01.2024 – 11.01.2024 (8 ночей)</td></tr>
<tr><td>Туристы</td><td>LEVITSKAIA NATALIA, LEVITSKII ANDREI, LEVITSKII MAKSIM</td></tr>
<tr><td>Перелёт</td><td>Новосибирск (OVB) – Хургада (HRG), чартер</td></tr>
</table>
<p>С уважением, турагентство «Белый парус»</p>
</body></html>""", charset="utf-8", cte="base64", mailer="1C-Bitrix")

M("m36", "2023-11-28 10:10 +0700", ("Профком АО «КВРЗ»", "profkom@kvrz.example.ru"), [ALL], "Новогодние подарки детям сотрудников",
  """Списки детей до 14 лет для новогодних подарков подаём в профком до 8 декабря. Ёлка для детей — 24 декабря в ДК «Авиатор».
""", charset="windows-1251", cte="base64", hcharset="windows-1251", mailer="Microsoft Outlook 16.0")

# ---------------------------------------------------------------- December 2023
M("m37", "2023-12-01 08:05 +0700", ZHU, [ALL], "Приёмка Ми-171Ш 171E-0834 алжирской стороной",
  """Коллеги,

с 4 по 8 декабря у нас работает группа приёмки ВВС Алжира — три офицера и переводчик. Принимают первый Ми-171Ш после капитального ремонта по контракту DZ-171/22; остальные два борта — в феврале и апреле. ОТК (Левицкая Н.И.) — обеспечить полный комплект формуляров и протоколов на французском, как требует контракт.

Для справки, из письма заказчика: « La commission de réception de l'Armée de l'Air algérienne procédera à l'acceptation de l'hélicoptère Mi-171Sh n° 171E-0834 après révision générale ».

Ю.А. Журавлёв
""", cc=[NAT], charset="utf-8", cte="quoted-printable", mailer="The Bat! (v9.4.2) Professional")

M("m38", "2023-12-04 17:10 +0700", NAT, [ZHU, GLA], "Ми-8АМТШ 59481, 59517 — сданы военпреду",
  """Юрий Алексеевич, Виктор Семёнович,

сегодня военное представительство Минобороны подписало акты приёмки по двум Ми-8АМТШ (зав. № 59481 и 59517) после капитального ремонта. Замечания военпреда по ЛКП на 59517 устранены, по редуктору ВР-14 замечаний нет.

Третий борт (59533) задерживается — ждём титановый крепёж, см. письмо Саркисяна от 25.10.

Левицкая
""", charset="windows-1251", cte="quoted-printable", hcharset="windows-1251", mailer="Mozilla Thunderbird 102.15")

M("m39", "2023-12-06 07:00 +0000", ("Vibration World Weekly", "newsletter@vibworld.example.com"), [NAT_EN], "Vibration World Weekly #48",
  None, html="""<html><body><h1>Vibration World Weekly</h1><p>This week: envelope analysis for planetary gearboxes, a buyer's guide to portable balancers, and five common mistakes in accelerometer mounting.</p><p>You are receiving this newsletter because you registered at a trade show.</p></body></html>""",
  charset="us-ascii", cte="7bit", mailer="Mailchimp")

M("m40", "2023-12-08 12:15 +0700", AND, [NAT], "Re: Египет",
  """Наташа, по Египту: свой загранпаспорт я проверил, действует до 2027-го. Сын прилетает из Казани 30-го вечером, я его встречу в Толмачёво, так что 3-го вылетаем все вместе. Маме я сказал, что на Новый год нас не будет, она не обижается — встретит с соседкой, как всегда. Я в Житомире, где родился, сам уже лет десять не был, так что пусть хоть фотографии из Египта посмотрит.

Андрей
""", charset="utf-8", cte="8bit", mailer="Mail.ru for Android")

ADDENDUM = [
    "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 2",
    "к Договору № DTS-KVRZ-01/2023 о совместной разработке испытательного стенда ИСР-8",
    "г. Белград — г. Ключегорск, 11 декабря 2023 г.",
    "Акционерное общество «Ключегорский вертолётный ремонтный завод» (АО «КВРЗ»), именуемое в дальнейшем «Сторона 1», в лице генерального директора Гладкова Виктора Семёновича, действующего на основании Устава, и общество с ограниченной ответственностью «Дунав Тест Системс» (Dunav Test Systems d.o.o., г. Белград, Республика Сербия), именуемое в дальнейшем «Сторона 2», в лице директора Ристича Ненада, действующего на основании Устава, заключили настоящее дополнительное соглашение о нижеследующем.",
    "1. Пункт 4.1 Договора изложить в следующей редакции:",
    "«4.1. Доля Стороны 1 в финансировании опытно-конструкторских работ по созданию стенда ИСР-8 составляет шесть десятых общей стоимости работ, доля Стороны 2 — четыре десятых.»",
    "2. В связи с передачей Стороне 2 разработки гидравлического модуля нагружения Приложение № 1 к Договору (распределение работ) изложить в редакции Приложения к настоящему соглашению.",
    "3. Остальные условия Договора остаются без изменений. Соглашение вступает в силу с даты подписания обеими Сторонами.",
    "От Стороны 1: Генеральный директор АО «КВРЗ» ______________ В.С. Гладков",
    "От Стороны 2: Direktor Dunav Test Systems d.o.o. ______________ N. Ristić",
]
M("m41", "2023-12-12 15:20 +0100", ("Jelena Marković", "j.markovic@dunav-ts.example.rs"), [NAT_EN],
  "Aneks br. 2 uz Ugovor o zajedničkom razvoju ISR-8 – potpisan",
  """Poštovana gospođo Levicka,

u prilogu Vam šaljemo Aneks br. 2 uz Ugovor br. DTS-KVRZ-01/2023 o zajedničkom razvoju ispitnog stenda ISR-8, koji je potpisao direktor Nenad Ristić. Molimo Vas da nam jedan potpisani primerak vratite kurirskom poštom.

Srdačan pozdrav,
Jelena Marković
pravna služba, Dunav Test Systems d.o.o.
""", cc=[ZHU_EN], charset="utf-8", cte="quoted-printable", hmode="q", mailer="Microsoft Outlook 16.0",
  attachments=[dict(name="Дополнительное_соглашение_2_ИСР-8.docx",
                    ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    data=("docx", ADDENDUM), style="2231")])

M("m42", "2023-12-14 09:30 +0700", ("Профком АО «КВРЗ»", "profkom@kvrz.example.ru"), [ALL], "Новогодний вечер 27 декабря",
  """Новогодний вечер для сотрудников — 27 декабря в 18:00 в ДК «Авиатор». Билеты у профоргов подразделений.
""", charset="utf-8", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

M("m43", "2023-12-18 20:00 +0300", GAL, [NAT, AND], "Зі святами!",
  """Дорогі мої Андрію, Наталко і Максимку!

Вітаю вас з Новим роком і Різдвом! Андрій казав, що ви летите до Єгипту — відпочивайте, грійтеся на сонечку, а я тут із сусідкою посиджу, нам і вдвох добре.

Бережіть себе.
Мама
""", charset="utf-8", cte="quoted-printable", mailer="Gmail")

M("m44", "2023-12-20 10:45 +0700", NAT, [HR], "Уведомление о выезде за рубеж",
  """В отдел кадров
от заместителя начальника отдела качества Левицкой Н.И.

УВЕДОМЛЕНИЕ

Настоящим уведомляю о выезде в Арабскую Республику Египет (г. Хургада) в период с 03.01.2024 по 11.01.2024 с целью туризма. Выезжаю совместно с мужем, Левицким Андреем Богдановичем, и сыном, Левицким Максимом Андреевичем.

20.12.2023    Н.И. Левицкая
""", charset="windows-1251", cte="base64", hcharset="windows-1251", mailer="Microsoft Outlook 16.0")

M("m45", "2023-12-22 16:00 +0700", IT, [ALL], "Работа ИТ-службы в праздники",
  """С 30 декабря по 8 января дежурный инженер ИТ доступен по телефону 2-14 с 9:00 до 17:00.
""", charset="utf-8", cte="base64", mailer="Microsoft Outlook 16.0")

M("m46", "2023-12-27 11:00 +0700", ("Банк «Сибирский кредит»", "news@sibcredit.example.ru"), [NAT], "Новогодние предложения для держателей карт",
  None, html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>Уважаемый клиент!</p><p>Кешбэк до 10% на подарки до 31 декабря. Подробности в мобильном приложении.</p></body></html>""",
  charset="windows-1251", cte="quoted-printable", hcharset="windows-1251", mailer="Sendsay")

# ---------------------------------------------------------------- January 2024
M("m47", "2024-01-12 08:40 +0700", NAT, [ZHU], "Я на месте",
  """Юрий Алексеевич, доброе утро!

Вернулись из Хургады вчера ночью, все живы, Андрей сгорел в первый же день :) С понедельника я на месте. По старому балансировочному станку — метрологи согласны на ремонт своими силами, но нужен шпиндельный узел, поищу.

Н.
""", charset="utf-8", cte="8bit", mailer="Mozilla Thunderbird 115.6")

M("m48", "2024-01-15 17:05 +0800", ("Li Wenjun", "sales3@hengli-balance.example.cn"), [NAT_EN], "HL-900 – special New Year discount 12%",
  """Dear Madam Levitskaya,

happy New Year! For the HL-900 balancing machine we can now offer a special discount of 12% if the contract is signed before 29 February. Please let us know if your company would reconsider.

Best regards,
Li Wenjun
""", charset="utf-8", cte="base64", mailer="Foxmail 7.2")

M("m49", "2024-01-19 09:15 +0700", ("Профком АО «КВРЗ»", "profkom@kvrz.example.ru"), [ALL], "Путёвки в санаторий «Бердские зори»",
  """Есть 6 путёвок в санаторий «Бердские зори» на март, компенсация 50%. Заявления — в профком до 31 января.
""", charset="utf-8", cte="8bit", mailer="Microsoft Outlook 16.0")

M("m50", "2024-01-24 14:20 +0700", ZHU, [GLA], "Редукторы ВР-14 стоят — подшипники",
  """Виктор Семёнович,

на сегодня три главных редуктора ВР-14 из ремонта для Минобороны стоят разобранными — подшипников как не было, так и нет. Письмо Саркисяна от сентября прикладываю, с тех пор ничего не изменилось: изготовитель отгрузил 20 % от заявки. Срок сдачи по госконтракту под угрозой.

Журавлёв
""", cc=[NAT, SAR], charset="windows-1251", cte="8bit", hcharset="windows-1251", mailer="The Bat! (v9.4.2) Professional",
  attachments=[dict(name="Подшипники для ВР-14.eml", ctype="message/rfc822", data=("msg", "m08"), style="2047")])

M("m51", "2024-01-29 22:30 +0300", MAX, [NAT], "сессия",
  """Мам, сессию закрыл без троек! На каникулы домой не поеду, останусь в Казани — подработка на две недели, потом расскажу.
Макс
""", charset="utf-8", cte="base64", mailer="Mail.ru for iOS")

# ---------------------------------------------------------------- February 2024
M("m52", "2024-02-12 11:50 +0700", ZHU, [NAT], "Белград, приёмка макета ИСР-8",
  """Наталья Игоревна,

в следующем месяце летим с вами в Белград, к Ристичу, — принимать макет ИСР-8 и смотреть их систему управления. Ориентировочно неделя, приказ готовит канцелярия. Сербы пришлют приглашение на нас обоих, хотя виза нам и не нужна.

Мне, кстати, проще всех: у меня с 2019 года сербский вид на жительство (дочь там замужем), так что на границе вопросов не будет. Гражданство у меня при этом одно — российское, в анкетах так и пишите.

Ю.А.
""", charset="utf-8", cte="base64", mailer="The Bat! (v9.4.2) Professional")

M("m53", "2024-02-14 10:00 +0100", RIS, [ZHU_EN, NAT_EN], "Pozivno pismo – poseta 18–22. mart 2024.",
  """Poštovani gospodine Žuravljov, poštovana gospođo Levicka,

šaljem Vam tekst pozivnog pisma za Vašu posetu Beogradu od 18. do 22. marta 2024. godine radi prijema makete ispitnog stenda ISR-8. Original ćemo poslati kurirom.

POZIVNO PISMO
Dunav Test Systems d.o.o. poziva g. Jurija Žuravljova (Jurij Žuravljov, rođen 11.05.1969, glavni inženjer AD „KVRZ“) i gđu Nataliju Levicku (rođena 14.03.1978, zamenica načelnika službe kvaliteta AD „KVRZ“) u poslovnu posetu od 18.03.2024. do 22.03.2024.

S poštovanjem,
Nenad Ristić, direktor
Dunav Test Systems d.o.o., Beograd
""", charset="utf-8", cte="quoted-printable", hmode="q", mailer="Microsoft Outlook 16.0")

M("m54", "2024-02-16 08:00 +0700", IT, [ALL], "Обновление 1С 17.02",
  """Уважаемые пользователи! 17 февраля с 10:00 до 14:00 обновляется сервер 1С:Предприятие. Сохраните документы заранее.
""", charset="koi8-r", cte="8bit", declared="windows-1251", hcharset="koi8-r", mailer="Microsoft Outlook 16.0")

M("m56", "2024-02-21 09:25 +0700", NAT, [("Канцелярия", "office@kvrz.example.ru")], "Приказ на командировку в Белград",
  """Ольга Петровна, добрый день!

Для приказа: командируются в г. Белград (Республика Сербия) с 17.03 по 23.03.2024 главный инженер Журавлёв Юрий Алексеевич и заместитель начальника отдела качества Левицкая Наталья Игоревна, цель — приёмка макета испытательного стенда ИСР-8 у ООО «Дунав Тест Системс».

Обратите внимание: в загранпаспорте у Юрия Алексеевича фамилия и имя написаны ZHURAVLEV IURII, а в сербском приглашении — Jurij Žuravljov, в старых немецких сертификатах вообще Schurawljow. В приказе и в билетах должно быть строго как в паспорте.

Н.И. Левицкая
""", charset="utf-8", cte="quoted-printable", mailer="Mozilla Thunderbird 115.6")

M("m57", "2024-02-26 07:00 +0300", ("Вертолётная индустрия", "digest@heli-digest.example.com"), [NAT], "Дайджест «Вертолётная индустрия» № 8",
  None, html="""<html><body><h2>Дайджест № 8</h2><p>В номере: как продлить ресурс лопастей несущего винта, обзор рынка авиационных шин, новые требования к учебным центрам.</p></body></html>""",
  charset="utf-8", cte="base64", mailer="Sendsay")

# ---------------------------------------------------------------- March 2024
M("m58", "2024-03-04 21:00 +0700", ("Наталья Левицкая", "n.levitskaya@kvrz.example.ru"), [MAX], "на майские",
  """Максим, привет!

На майские я к тебе приеду в Казань, папа не сможет — у него смены. Билеты уже смотрю, 1-го туда, 5-го обратно. Скажи, что тебе привезти, и не забудь позвонить бабушке Гале, она опять жалуется.

Мама
""", charset="utf-8", cte="base64", mailer="Mozilla Thunderbird 115.6")

REPORT = """ОТЧЁТ О СЛУЖЕБНОЙ КОМАНДИРОВКЕ

Место: г. Белград, Республика Сербия, Dunav Test Systems d.o.o.
Сроки: 17.03.2024 – 23.03.2024
Командированные: главный инженер Журавлёв Ю.А., заместитель начальника отдела качества Левицкая Н.И.
Цель: приёмка макета испытательного стенда ИСР-8 (совместная разработка по Договору № DTS-KVRZ-01/2023, доля АО «КВРЗ» в финансировании — 60 %).

Результаты:
1. Макет ИСР-8 принят с замечаниями (6 пунктов, все по программному обеспечению), срок устранения — 30.04.2024.
2. Испытания гидравлического модуля нагружения перенесены на июнь 2024 г.
3. Согласован порядок передачи КД: оригиналы хранятся в АО «КВРЗ», копии — у Стороны 2.
"""
M("m59", "2024-03-25 16:40 +0700", NAT, [GLA], "Отчёт о командировке в Белград 17–23.03.2024",
  """Виктор Семёнович,

направляю отчёт о командировке в Белград. Коротко: макет ИСР-8 принят с замечаниями (6 пунктов, все по ПО), сербы устраняют до конца апреля. Юрий Алексеевич договорился с Ристичем о переносе испытаний гидромодуля на июнь.

Левицкая
""", cc=[ZHU], charset="windows-1251", cte="quoted-printable", hcharset="windows-1251", mailer="Mozilla Thunderbird 115.6",
  attachments=[dict(name="Отчёт_Белград_03-2024.txt", ctype="text/plain", data=("text", REPORT, "utf-8"),
                    style="2231", cte="base64")])

M("m60", "2024-03-27 12:00 +0700", HR, [ALL], "Графики отпусков на 2024 год",
  """Напоминаем: изменения в график отпусков на 2024 год вносятся только по заявлению, согласованному с руководителем подразделения.
""", charset="utf-8", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

# ---------------------------------------------------------------- April 2024
M("m61", "2024-04-03 10:30 +0700", GLA, [NAT, ZHU], "Балансировка и виброконтроль — итоги квартала",
  """Наталья Игоревна, Юрий Алексеевич,

по итогам квартала: индийские анализаторы Vibrosense пришли, работают, претензий нет. Если санкции когда-нибудь снимут, вернёмся к Brenner хотя бы для поверки старых приборов, но рассчитывать на это не надо.

С балансировочным станком хуже: ни чешского, ни китайского не будет, ремонтируем свой. Прошу ОТК согласовать программу ремонта до 20 апреля.

В.С. Гладков
генеральный директор АО «КВРЗ»
""", charset="utf-8", cte="8bit", mailer="Microsoft Outlook 16.0")

M("m62", "2024-04-10 15:15 +0700", SAR, [NAT], "Уплотнения из Тбилиси",
  """Наталья Игоревна, счёт от Георгия Дзнеладзе (Мтквари) оплачен, уплотнения на складе, можно проводить входной контроль. Георгий просил передать, что следующую партию отгрузят в мае.

К.А.
""", charset="utf-8", cte="base64", mailer="The Bat! (v9.4.2) Professional")

M("m63", "2024-04-15 09:00 +0700", ("Бухгалтерия АО «КВРЗ»", "buh@kvrz.example.ru"), [ALL], "Расчётные листки за март",
  """Расчётные листки за март доступны в личном кабинете сотрудника. Бумажные копии — по запросу в бухгалтерии.
""", charset="windows-1251", cte="base64", hcharset="windows-1251", mailer="Microsoft Outlook 16.0")

# ---------------------------------------------------------------- loose files
LOOSE = []


def L(fname, key, date, frm, to, subject, body, **kw):
    m = M(key, date, frm, to, subject, body, **kw)
    MSGS.remove(m)
    m["file"] = fname
    LOOSE.append(m)
    return m


L("eticket_BEG_march.eml", "l1", "2024-02-20 18:02 +0300", ("AeroBalkan Booking", "noreply@aerobalkan-booking.example.com"),
  [NAT_EN], "E-ticket receipt / Booking ref. K7QZ2M",
  """ELECTRONIC TICKET RECEIPT

Booking reference: K7QZ2M
Passport name: ZHURAVLEV IURII

Passenger: ZHURAVLEV/IURII MR   Ticket: 555-2190384771
Passenger: LEVITSKAIA/NATALIA MS   Ticket: 555-2190384772

17MAR24  OVB-SVO  dep 08:10  arr 08:55
18MAR24  SVO-BEG  dep 10:35  arr 12:55
22MAR24  BEG-SVO  dep 14:10  arr 18:20
23MAR24  SVO-OVB  dep 00:45  arr 07:50

Baggage: 1PC 23KG. Please check in online 24 hours before departure.
""", charset="us-ascii", cte="7bit", msgid=False, mailer="AeroBalkan Mailer 2.1")

ANKETA = """АНКЕТА
(для оформления допуска на работы по контракту DZ-171/22)

1. Фамилия, имя, отчество: Саркисян Карен Ашотович
2. Дата и место рождения: 30.08.1972, г. Ереван
3. Гражданство: Российская Федерация; Республика Армения (сохранено с рождения)
4. Место работы и должность: АО «Ключегорский вертолётный ремонтный завод», начальник отдела материально-технического снабжения (с 2016 г.)
5. Паспорт гражданина РФ: 50 00 000000
"""
L("Анкета_Саркисян.eml", "l2", "2024-01-17 11:20 +0700", SAR, [NAT], "Анкета для допуска (алжирский контракт)",
  """Наталья Игоревна, по вашей просьбе — анкета для оформления на приёмку по алжирскому контракту. Обратите внимание: у меня два гражданства, армянский паспорт тоже действующий, я его указал.

К.А. Саркисян
""", charset="windows-1251", cte="quoted-printable", hcharset="windows-1251", mailer="The Bat! (v9.4.2) Professional",
  attachments=[dict(name="Анкета_Саркисян.txt", ctype="text/plain", data=("text", ANKETA, "windows-1251"),
                    style="2047", cte="base64")])

INVOICE = """MTKVARI AERO PARTS LLC
Tbilisi, Georgia
INVOICE No. 2023/311   Date: 15.11.2023
Buyer: JSC Klyuchegorsk Helicopter Repair Plant
Item 1: O-ring MS29513-xxx, 400 pcs
Item 2: Hydraulic seal kit, 25 sets
Total: USD 6,840.00
"""
L("invoice_2023-311.eml", "l3", "2023-11-15 12:40 +0400", GIO, [NAT_EN], "Invoice 2023/311 – O-rings / уплотнения",
  """Наталья, добрый день!

Счёт 2023/311 за уплотнения по заказу 23/114 во вложении. Оплату можно, как и раньше, через наш счёт в Тбилиси.

С уважением,
Гиорги Дзнеладзе
Mtkvari Aero Parts LLC
""", charset="utf-8", cte="base64", mailer="Microsoft Outlook 16.0",
  attachments=[dict(name="Invoice_2023-311.txt", ctype="text/plain", data=("text", INVOICE, "us-ascii"),
                    style="2231", cte="7bit")])

# ---------------------------------------------------------------- building the messages
def domain_of(email):
    return email.split("@", 1)[1]


def att_part(a, built):
    kind = a["data"][0]
    disp, nameparam = attach_disp(a["name"], a.get("style", "2231"))
    if kind == "xlsx":
        data, cte, ctype = xlsx(a["data"][1]), "base64", a["ctype"] + nameparam
    elif kind == "docx":
        data, cte, ctype = docx(a["data"][1]), "base64", a["ctype"] + nameparam
    elif kind == "text":
        data = a["data"][1].encode(a["data"][2])
        cte = a.get("cte", "base64")
        ctype = 'text/plain; charset="%s"%s' % (a["data"][2], nameparam)
    elif kind == "msg":
        data, cte, ctype = built[a["data"][1]], "8bit", "message/rfc822"
    h = ["Content-Type: %s" % ctype] + disp + ["Content-Transfer-Encoding: %s" % cte]
    return ("\n".join(h) + "\n\n").encode("ascii") + encode_body(data, cte)


def build(m, built, n):
    hcs, hmode = m.get("hcharset", "utf-8"), m.get("hmode", "b")
    if hcs in ("us-ascii",):
        hcs = "utf-8"
    H = []
    H.append("From: " + addr(m["frm"][0], m["frm"][1], hcs, hmode))
    H.append("To: " + ",\n ".join(addr(a, e, hcs, hmode) for a, e in m["to"]))
    if m.get("cc"):
        H.append("Cc: " + ",\n ".join(addr(a, e, hcs, hmode) for a, e in m["cc"]))
    H.append("Subject: " + ew(m["subject"], hcs, hmode))
    H.append("Date: " + rfc_date(m["date"]))
    if m.get("msgid", True):
        m["message_id"] = mid(m["key"] + m["date"], domain_of(m["frm"][1]))
        H.append("Message-ID: " + m["message_id"])
    H.append("MIME-Version: 1.0")
    H.append("X-Mailer: " + m.get("mailer", "Microsoft Outlook 16.0"))
    cs, cte = m["charset"], m["cte"]
    declared = m.get("declared", True)
    parts = []
    if m["body"] is not None:
        parts.append(leaf("text/plain", m["body"].encode(cs), cte, cs, declared))
    if m.get("html"):
        parts.append(leaf("text/html", m["html"].encode(cs), cte, cs, declared))
    main = parts[0] if len(parts) == 1 else multipart("alternative", parts, "=_alt_%03d_kvrz" % n)
    if m.get("attachments"):
        atts = [att_part(a, built) for a in m["attachments"]]
        main = multipart("mixed", [main] + atts, "=_mix_%03d_kvrz" % n)
    raw = ("\n".join(H) + "\n").encode("ascii") + main
    built[m["key"]] = raw
    return raw


# ---------------------------------------------------------------- decoding (for the self-checks)
import email
import email.policy
from email.header import decode_header, make_header
from html.parser import HTMLParser


class _Strip(HTMLParser):
    BLOCK = {"p", "br", "tr", "td", "h1", "h2", "h3", "div", "li", "table"}

    def __init__(self):
        super().__init__()
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, d):
        self.out.append(d)


def html_text(h):
    p = _Strip()
    p.feed(h)
    return "".join(p.out)


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    out = []
    if "word/document.xml" in names:
        x = z.read("word/document.xml").decode("utf-8")
        for p in re.findall(r"<w:p>.*?</w:p>", x):
            out.append("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p)))
    if "xl/sharedStrings.xml" in names:
        x = z.read("xl/sharedStrings.xml").decode("utf-8")
        out += re.findall(r"<t[^>]*>(.*?)</t>", x)
    import html as _h
    return "\n".join(_h.unescape(s) for s in out)


def part_texts(part, fallback):
    ct = part.get_content_type()
    if part.is_multipart() and ct != "message/rfc822":
        for sub in part.get_payload():
            yield from part_texts(sub, fallback)
        return
    if ct == "message/rfc822":
        # a forwarded message: its text counts for the surface forms, but it is
        # cited as the message it is (it also stands on its own in the mailbox)
        inner = part.get_payload(0)
        yield "embedded", header_text(inner)
        for _, t in part_texts(inner, fallback):
            yield "embedded", t
        return
    data = part.get_payload(decode=True)
    where = "attachment" if part.get_filename() else "body"
    if ct.startswith("text/"):
        cs = part.get_content_charset() or fallback
        t = data.decode(cs, errors="replace")
        yield where, html_text(t) if ct == "text/html" else t
    elif ct.endswith("document") or ct.endswith("sheet"):
        yield "attachment", ooxml_text(data)


def header_text(msg):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        v = msg.get(h)
        if v:
            out.append(str(make_header(decode_header(v))))
    return "\n".join(out)


def decoded(raw, fallback):
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    texts = list(part_texts(msg, fallback))
    return header_text(msg), texts


# ---------------------------------------------------------------- entities
ENT = [
    ("o_kvrz", "Company", "Klyuchegorsk Helicopter Repair Plant", {"country": ["ru"]}, [
        "АО «КВРЗ»", "КВРЗ", "KVRZ", "AO KVRZ", "AD „KVRZ“", "JSC Klyuchegorsk Helicopter Repair Plant",
        "Klyuchegorsk Helicopter Repair Plant", "Ключегорский вертолётный ремонтный завод",
        "АО «Ключегорский вертолётный ремонтный завод»",
        "Акционерное общество «Ключегорский вертолётный ремонтный завод»"]),
    ("o_dunav", "Company", "Dunav Test Systems d.o.o.", {"country": ["rs"]}, [
        "Dunav Test Systems d.o.o.", "Dunav Test Systems", "Дунав Тест Системс", "ООО «Дунав Тест Системс»"]),
    ("o_brenner", "Company", "Brenner Messtechnik GmbH", {"country": ["de"]}, [
        "Brenner Messtechnik GmbH", "Brenner"]),
    ("o_baltek", "Company", "Baltek Kolín s.r.o.", {"country": ["cz"]}, [
        "Baltek Kolín s.r.o.", "Baltek"]),
    ("o_vibrosense", "Company", "Vibrosense Instruments Pvt. Ltd.", {"country": ["in"]}, [
        "Vibrosense Instruments Pvt. Ltd.", "Vibrosense Instruments", "Vibrosense"]),
    ("o_hengli", "Company", "Ningbo Hengli Balancing Machine Co., Ltd.", {"country": ["cn"]}, [
        "Ningbo Hengli Balancing Machine Co., Ltd.", "Hengli"]),
    ("o_mtkvari", "Company", "Mtkvari Aero Parts LLC", {"country": ["ge"]}, [
        "Mtkvari Aero Parts LLC", "Мтквари"]),
    ("p_natalia", "Person", "Natalia Levitskaya", {"email": ["n.levitskaya@kvrz.example.ru"], "birthDate": ["1978-03-14"]}, [
        "Левицкая Наталья Игоревна", "Наталья Игоревна", "Наталья Левицкая", "Natalia Levitskaya",
        "Н.И. Левицкая", "Левицкая Н.И.", "Левицкой Н.И.", "Левицкая", "Наталья", "Natalia",
        "Frau Levitskaya", "Ms. Levitskaya", "Madam Levitskaya", "Наташ", "Наташа", "Наталочко", "Наталко",
        "LEVITSKAIA NATALIA", "LEVITSKAIA/NATALIA MS", "gospođo Levicka", "gđu Nataliju Levicku", "Nataliju Levicku"]),
    ("p_andrey", "Person", "Andrei Levitskii", {"email": ["a.levitsky@mail.example.ru"], "birthDate": ["1975-07-02"]}, [
        "Андрей Левицкий", "Левицкий Андрей Богданович", "Левицким Андреем Богдановичем", "Андрей",
        "Андрійку", "Андрію", "Андрій", "LEVITSKII ANDREI"]),
    ("p_maxim", "Person", "Maksim Levitskii", {"email": ["max.lev2004@mail.example.ru"], "birthDate": ["2004-04-19"]}, [
        "Максим Левицкий", "Левицкий Максим Андреевич", "Левицким Максимом Андреевичем", "Максим", "Макс",
        "Максимкові", "Максимку", "LEVITSKII MAKSIM"]),
    ("p_galina", "Person", "Halyna Levytska", {"email": ["halyna.levytska@ukr.example.ua"]}, [
        "Галина Левицька", "Галя", "Гале"]),
    ("p_zhuravlev", "Person", "Iurii Zhuravlev", {"email": ["yu.zhuravlev@kvrz.example.ru"], "birthDate": ["1969-05-11"]}, [
        "Журавлёв Юрий Алексеевич", "Журавлёв", "Ю.А. Журавлёв", "Журавлёв Ю.А.", "Юрий Алексеевич",
        "Юрия Алексеевича", "Ю.А.", "Yuri Zhuravlev", "Mr. Zhuravlev", "Juri Schurawljow", "Schurawljow",
        "ZHURAVLEV IURII", "ZHURAVLEV/IURII MR", "Jurij Žuravljov", "Jurija Žuravljova", "gospodine Žuravljov"]),
    ("p_sarkisyan", "Person", "Karen Sarkisyan", {"email": ["k.sarkisyan@kvrz.example.ru"], "birthDate": ["1972-08-30"]}, [
        "Саркисян Карен Ашотович", "К.А. Саркисян", "Саркисян", "Саркисяну К.А.", "Саркисяна", "Карен Ашотович",
        "Karen Sarkisyan", "Mr. Karen Sarkisyan"]),
    ("p_gladkov", "Person", "Viktor Gladkov", {"email": ["gladkov@kvrz.example.ru"]}, [
        "Гладков Виктор Семёнович", "Виктор Семёнович", "Гладков", "В.С. Гладков", "Гладкова Виктора Семёновича",
        "Mr. Gladkov"]),
    ("p_giorgi", "Person", "Giorgi Dzneladze", {"email": ["giorgi@mtkvari-aero.example.ge"]}, [
        "Giorgi Dzneladze", "Гиорги Дзнеладзе", "Георгия Дзнеладзе", "Георгий"]),
    ("p_ristic", "Person", "Nenad Ristić", {"email": ["n.ristic@dunav-ts.example.rs"]}, [
        "Nenad Ristić", "Mr. Ristić", "N. Ristić", "Ристич", "Ристичу", "Ристичем", "Ристича Ненада"]),
    ("p_kulkarni", "Person", "Rajesh Kulkarni", {"email": ["rajesh.k@vibrosense.example.in"]}, [
        "Rajesh Kulkarni", "Кулкарни"]),
]

# ---------------------------------------------------------------- findings: (id, kind, summary, subjects, attributes, quotes)
FIND = [
    ("f-01", "military_maintenance", "KVRZ overhauls Mi-8AMTSh helicopters and their VR-14 main gearboxes for the Russian Ministry of Defence under the state defence order.",
     ["o_kvrz"], {"platforms": ["mi-8", "mi-8amtsh"], "customer_country": "ru"},
     ["По гособоронзаказу у нас в работе четыре Ми-8АМТШ", "Минобороны России (гособоронзаказ)",
      "военное представительство Минобороны подписало акты приёмки по двум Ми-8АМТШ",
      "три главных редуктора ВР-14 из ремонта для Минобороны стоят разобранными"]),
    ("f-02", "military_maintenance", "KVRZ overhauls three Mi-171Sh (Mi-17 family) helicopters for the Algerian Air Force under contract DZ-171/22.",
     ["o_kvrz"], {"platforms": ["mi-17", "mi-171", "mi-171sh"], "customer_country": "dz"},
     ["по алжирскому контракту — три Ми-171Ш", "ВВС Алжира, контракт № DZ-171/22",
      "Принимают первый Ми-171Ш после капитального ремонта по контракту DZ-171/22",
      "La commission de réception de l'Armée de l'Air algérienne procédera à l'acceptation de l'hélicoptère Mi-171Sh n° 171E-0834 après révision générale"]),
    ("f-03", "joint_development", "KVRZ and the Serbian Dunav Test Systems jointly develop the ISR-8 gearbox ground test rig; KVRZ's share went from 50% (proposal) to 70% and finally to six tenths (Addendum No. 2).",
     ["o_kvrz", "o_dunav"], {"product": ["isr-8", "isr-8 test rig", "isr-8 ground test rig", "gearbox test rig"],
                             "partner_country": "rs", "funding_share": 0.6},
     ["jointly develop the ISR-8 ground test rig for main and intermediate gearboxes", "предлагает делать стенд ИСР-8 вместе",
      "KVRZ finances 70% of the ISR-8 development and keeps the design documentation",
      "the ISR-8 will get an additional hydraulic loading module",
      "Доля Стороны 1 в финансировании опытно-конструкторских работ по созданию стенда ИСР-8 составляет шесть десятых общей стоимости работ",
      "Aneks br. 2 uz Ugovor br. DTS-KVRZ-01/2023 o zajedničkom razvoju ispitnog stenda ISR-8",
      "совместная разработка по Договору № DTS-KVRZ-01/2023, доля АО «КВРЗ» в финансировании — 60 %"]),
    ("f-04", "sanctions_obstacle", "EU sanctions stop Brenner (Germany) from selling KVRZ vibration analysers and calibrating its old ones.",
     ["o_kvrz"], {"origin_country": "de", "goods": "vibration analysers"},
     ["aufgrund der EU-Sanktionen gegen Russland keine Messgeräte, Ersatzteile oder Kalibrierleistungen an die AO KVRZ liefern dürfen",
      "из-за санкций ЕС немцы больше не продадут нам виброанализаторы VA-4000",
      "так что Brenner через Грузию не получится"]),
    ("f-05", "sanctions_obstacle", "The Czech export licence for Baltek's BM-850 balancing machine was refused under EU sanctions.",
     ["o_kvrz"], {"origin_country": "cz", "goods": "balancing machine"},
     ["the Czech licensing authority has refused our export licence application for this machine",
      "балансировочного станка Baltek BM-850 не будет, экспортную лицензию им не дали"]),
    ("f-06", "alternative_supplier", "Vibrosense (India) offered VS-Pro 8 analysers instead of Brenner's; the sample passed and four were bought.",
     ["o_kvrz", "o_vibrosense"], {"supplier_country": "in", "goods": "vibration analysers"},
     ["Vibrosense Instruments can offer the VS-Pro 8, an 8-channel portable analyser", "индийский вариант выглядит разумно",
      "Вчера подписали договор № 47-И/2023 на поставку четырёх анализаторов VS-Pro 8",
      "индийские анализаторы Vibrosense пришли, работают, претензий нет"]),
    ("f-07", "equipment_shortage", "No roller bearings for the VR-14 main gearboxes; gearboxes stand disassembled.",
     ["o_kvrz"], {"goods": "bearings"},
     ["Роликовых подшипников для главных редукторов ВР-14 на складе нет совсем", "подшипников как не было, так и нет",
      "там опять проблема с подшипниками"]),
    ("f-08", "equipment_shortage", "Titanium (VT16) bolts and nuts were not delivered; Mi-8AMTSh tail booms cannot be closed.",
     ["o_kvrz"], {"goods": "titanium fasteners"},
     ["пермский поставщик сорвал вторую поставку титановых болтов и гаек из ВТ16", "ждём титановый крепёж"]),
    ("f-09", "foreign_travel", "Natalia Levitskaya, her husband Andrei and son Maksim holidayed in Hurghada, Egypt, 3-11 January 2024.",
     ["p_natalia", "p_andrey", "p_maxim"], {"country": "eg", "start": "2024-01-03", "place": "Hurghada", "purpose": "holiday"},
     ["Хотим на новогодние каникулы в Египет, лучше в Хургаду", "LEVITSKAIA NATALIA, LEVITSKII ANDREI, LEVITSKII MAKSIM",
      "так что 3-го вылетаем все вместе", "Андрій казав, що ви летите до Єгипту",
      "уведомляю о выезде в Арабскую Республику Египет (г. Хургада) в период с 03.01.2024 по 11.01.2024",
      "Вернулись из Хургады вчера ночью"]),
    ("f-10", "foreign_travel", "Zhuravlev and Levitskaya went on business to Belgrade, Serbia, 17-23 March 2024 to accept the ISR-8 mock-up at Dunav Test Systems.",
     ["p_natalia", "p_zhuravlev"], {"country": "rs", "start": "2024-03", "place": "Belgrade", "purpose": "acceptance of the isr-8 mock-up"},
     ["в следующем месяце летим с вами в Белград", "u poslovnu posetu od 18.03.2024. do 22.03.2024.",
      "18MAR24  SVO-BEG", "командируются в г. Белград (Республика Сербия) с 17.03 по 23.03.2024",
      "направляю отчёт о командировке в Белград", "Место: г. Белград, Республика Сербия, Dunav Test Systems d.o.o."]),
    ("f-11", "citizenship", "Karen Sarkisyan is a citizen of Russia and of Armenia.",
     ["p_sarkisyan"], {"countries": ["ru", "am"]},
     ["Гражданство: Российская Федерация; Республика Армения (сохранено с рождения)",
      "у меня два гражданства, армянский паспорт тоже действующий"]),
    ("f-12", "citizenship", "Zhuravlev has Russian citizenship only (his Serbian residence permit is no citizenship).",
     ["p_zhuravlev"], {"countries": ["ru"]},
     ["Гражданство у меня при этом одно — российское"]),
    ("f-13", "family_relation", "Andrei Levitskii is Natalia Levitskaya's husband.",
     ["p_natalia", "p_andrey"], {"relationship": "spouse"},
     ["Левицкий Андрей Богданович, 02.07.1975 г.р. (муж)", "Выезжаю совместно с мужем, Левицким Андреем Богдановичем"]),
    ("f-14", "family_relation", "Maksim Levitskii is Natalia Levitskaya's son.",
     ["p_natalia", "p_maxim"], {"relationship": "child"},
     ["Левицкий Максим Андреевич, 19.04.2004 г.р. (сын)", "и сыном, Левицким Максимом Андреевичем"]),
    ("f-15", "family_relation", "Maksim is Andrei Levitskii's son.",
     ["p_andrey", "p_maxim"], {"relationship": "child"},
     ["Сын прилетает из Казани 30-го вечером", "папа не сможет — у него смены"]),
    ("f-16", "family_relation", "Halyna Levytska is Andrei Levitskii's mother.",
     ["p_andrey", "p_galina"], {"relationship": "parent"},
     ["Андрійку, синку, дякую за гроші", "Маме я сказал, что на Новый год нас не будет"]),
    ("f-17", "employment", "Natalia Levitskaya is deputy head of the quality department of KVRZ.",
     ["p_natalia", "o_kvrz"], {"role": "deputy head of quality department"},
     ["заместитель начальника отдела качества АО «КВРЗ»", "Deputy Head of Quality Department",
      "от заместителя начальника отдела качества Левицкой Н.И.", "zamenica načelnika službe kvaliteta AD „KVRZ“",
      "заместитель начальника отдела качества Левицкая Наталья Игоревна", "заместитель начальника отдела качества Левицкая Н.И."]),
    ("f-18", "employment", "Iurii Zhuravlev is chief engineer of KVRZ.",
     ["p_zhuravlev", "o_kvrz"], {"role": "chief engineer"},
     ["главный инженер АО «КВРЗ»", "Chief Engineer, JSC Klyuchegorsk Helicopter Repair Plant", "glavni inženjer AD „KVRZ“",
      "главный инженер Журавлёв Юрий Алексеевич", "главный инженер Журавлёв Ю.А."]),
    ("f-19", "employment", "Karen Sarkisyan heads the procurement (materials supply) department of KVRZ.",
     ["p_sarkisyan", "o_kvrz"], {"role": "head of procurement"},
     ["начальник отдела материально-технического снабжения АО «КВРЗ»",
      "начальник отдела материально-технического снабжения (с 2016 г.)"]),
    ("f-20", "employment", "Viktor Gladkov is general director of KVRZ.",
     ["p_gladkov", "o_kvrz"], {"role": "general director"},
     ["в лице генерального директора Гладкова Виктора Семёновича", "our General Director Mr. Gladkov",
      "генеральный директор АО «КВРЗ»"]),
    ("f-21", "employment", "Giorgi Dzneladze is a sales manager of Mtkvari Aero Parts, Tbilisi.",
     ["p_giorgi", "o_mtkvari"], {"role": "sales manager"},
     ["Giorgi Dzneladze, Sales Manager, Mtkvari Aero Parts LLC"]),
    ("f-22", "employment", "Nenad Ristić is director of Dunav Test Systems.",
     ["p_ristic", "o_dunav"], {"role": "director"},
     ["Director, Dunav Test Systems d.o.o., Beograd", "в лице директора Ристича Ненада", "Nenad Ristić, direktor"]),
    ("f-23", "employment", "Rajesh Kulkarni is export sales manager of Vibrosense Instruments.",
     ["p_kulkarni", "o_vibrosense"], {"role": "export sales manager"},
     ["Export Sales Manager, Vibrosense Instruments Pvt. Ltd., Pune, India"]),
    ("f-24", "watchlist_match", "KVRZ is on the watchlist as KLIUCHEGORSK HELICOPTER REPAIR PLANT, JSC.",
     ["o_kvrz"], {"list": "watchlist", "entry_id": "wl-ru-1107", "score": 0.9},
     ["АО «КВРЗ»", "JSC Klyuchegorsk Helicopter Repair Plant", "AO KVRZ"]),
    ("f-25", "watchlist_match", "Iurii Zhuravlev is on the watchlist as ZHURAVLYOV, Yuriy Alekseyevich (born 11.05.1969).",
     ["p_zhuravlev"], {"list": "watchlist", "entry_id": "wl-ru-1212", "score": 0.9},
     ["Журавлёв Юрий Алексеевич", "Jurij Žuravljov, rođen 11.05.1969", "ZHURAVLEV IURII"]),
    ("f-26", "watchlist_match", "Dunav Test Systems is on the watchlist as DUNAV TEST SISTEMI D.O.O. BEOGRAD.",
     ["o_dunav"], {"list": "watchlist", "entry_id": "wl-rs-0031", "score": 0.85},
     ["Dunav Test Systems", "Дунав Тест Системс"]),
]

WATCHLIST = [
    {"id": "wl-ru-1107", "schema": "Company", "caption": "KLIUCHEGORSK HELICOPTER REPAIR PLANT, JSC",
     "properties": {"name": ["KLIUCHEGORSK HELICOPTER REPAIR PLANT, JSC"],
                    "alias": ["AO KLYUCHEGORSKIY VERTOLETNYY REMONTNYY ZAVOD", "Ключегорский ВРЗ"],
                    "country": ["ru"], "address": ["Kliuchegorsk, Novosibirsk Oblast, Russia"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-1212", "schema": "Person", "caption": "ZHURAVLYOV, Yuriy Alekseyevich",
     "properties": {"name": ["ZHURAVLYOV, Yuriy Alekseyevich"], "alias": ["ZHURAVLYOV Yury"],
                    "birthDate": ["1969-05-11"], "nationality": ["ru"], "position": ["Chief Engineer"]}, "datasets": ["watchlist"]},
    {"id": "wl-rs-0031", "schema": "Company", "caption": "DUNAV TEST SISTEMI D.O.O. BEOGRAD",
     "properties": {"name": ["DUNAV TEST SISTEMI D.O.O. BEOGRAD"], "alias": ["Дунав Тест Системи д.о.о."],
                    "country": ["rs"], "address": ["Beograd, Serbia"]}, "datasets": ["watchlist"]},
    # near misses
    {"id": "wl-ru-1213", "schema": "Person", "caption": "ZHURAVLYOV, Yuriy Andreyevich",
     "properties": {"name": ["ZHURAVLYOV, Yuriy Andreyevich"], "birthDate": ["1981-02-03"], "nationality": ["ru"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-1301", "schema": "Person", "caption": "LEVITSKAYA, Nataliya Ivanovna",
     "properties": {"name": ["LEVITSKAYA, Nataliya Ivanovna"], "birthDate": ["1983-10-21"], "nationality": ["ru"]}, "datasets": ["watchlist"]},
    {"id": "wl-ua-0417", "schema": "Person", "caption": "LEVYTSKYI, Andrii Bohdanovych",
     "properties": {"name": ["LEVYTSKYI, Andrii Bohdanovych"], "alias": ["Левицький Андрій Богданович"],
                    "birthDate": ["1952-01-15"], "nationality": ["ua"]}, "datasets": ["watchlist"]},
    {"id": "wl-am-0090", "schema": "Person", "caption": "SARGSYAN, Karine Ashotovna",
     "properties": {"name": ["SARGSYAN, Karine Ashotovna"], "birthDate": ["1990-06-01"], "nationality": ["am"], "gender": ["female"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-1108", "schema": "Company", "caption": "KVRZ-SERVIS LLC",
     "properties": {"name": ["KVRZ-SERVIS LLC"], "alias": ["ООО «КВРЗ-Сервис»"], "country": ["ru"]}, "datasets": ["watchlist"]},
    # unrelated entries
    {"id": "wl-cn-0555", "schema": "Company", "caption": "SHENZHEN BRIGHT OCEAN ELECTRONICS CO., LTD.",
     "properties": {"name": ["SHENZHEN BRIGHT OCEAN ELECTRONICS CO., LTD."], "country": ["cn"]}, "datasets": ["watchlist"]},
    {"id": "wl-ir-0322", "schema": "Company", "caption": "ZAGROS ROTORCRAFT SERVICES",
     "properties": {"name": ["ZAGROS ROTORCRAFT SERVICES"], "country": ["ir"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-1400", "schema": "Person", "caption": "PONOMARENKO, Oleg Pavlovich",
     "properties": {"name": ["PONOMARENKO, Oleg Pavlovich"], "birthDate": ["1966-09-09"], "nationality": ["ru"]}, "datasets": ["watchlist"]},
]


# ---------------------------------------------------------------- main
def main():
    import json
    import os
    import subprocess
    import sys
    here = os.path.dirname(os.path.abspath(__file__))
    os.chdir(here)
    built = {}
    allmsgs = MSGS + LOOSE
    # build in date order so that forwarded messages exist (m08 before m50)
    for n, m in enumerate(sorted(allmsgs, key=lambda m: parse_date(m["date"])), 1):
        build(m, built, n)
    # mbox (mboxrd) in date order
    mbox = b""
    for m in sorted(MSGS, key=lambda m: parse_date(m["date"])):
        raw = built[m["key"]]
        mbox += from_line(m["frm"][1], m["date"]).encode("ascii") + b"\n" + mboxrd_quote(raw)
        if not mbox.endswith(b"\n"):
            mbox += b"\n"
        mbox += b"\n"
    with open("mailbox.mbox", "wb") as fh:
        fh.write(mbox)
    os.makedirs("loose", exist_ok=True)
    for m in LOOSE:
        with open(os.path.join("loose", m["file"]), "wb") as fh:
            fh.write(built[m["key"]])
        if "message_id" not in m:
            m["message_id"] = "<sha256:%s>" % hashlib.sha256(built[m["key"]]).hexdigest()

    # decoded text per message
    dec = {}
    for m in allmsgs:
        fallback = m["charset"] if m.get("declared", True) is not False else m["charset"]
        hdr, texts = decoded(built[m["key"]], fallback)
        dec[m["message_id"]] = (hdr, [t for w, t in texts if w != "embedded"], [t for w, t in texts if w == "embedded"])
    order = [m["message_id"] for m in sorted(allmsgs, key=lambda m: parse_date(m["date"]))]

    # truth
    ents = [{"id": i, "schema": s, "name": n, "names": sorted(set(f)), "properties": p} for i, s, n, p, f in ENT]
    findings, problems = [], []
    for fid, kind, summary, subjects, attrs, quotes in FIND:
        ev = []
        for qt in quotes:
            hits = [mid_ for mid_ in order if any(qt in t for t in dec[mid_][1])]
            if not hits:
                problems.append("%s: quote not found: %r" % (fid, qt))
            for h in hits:
                ev.append({"message_id": h, "quote": qt})
        findings.append({"id": fid, "kind": kind, "summary": summary, "subjects": subjects,
                         "attributes": attrs, "evidence": ev, "confidence": 1.0})
    truth = {"format": "paperchase.findings/1", "entities": ents, "findings": findings}
    with open("truth.json", "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open("watchlist.ftm.json", "w", encoding="utf-8") as fh:
        for w in WATCHLIST:
            fh.write(json.dumps(w, ensure_ascii=False) + "\n")

    # ---------------- self-checks
    ok = True
    # 1. quotes verbatim in the decoded text of the cited message
    n_ev = sum(len(f["evidence"]) for f in findings)
    bad1 = list(problems)
    for f in findings:
        for e in f["evidence"]:
            if not any(e["quote"] in t for t in dec[e["message_id"]][1]):
                bad1.append("%s %s" % (f["id"], e["message_id"]))
    print("check 1 (evidence quotes verbatim in decoded text): %s (%d evidence items)" % ("OK" if not bad1 else "FAIL", n_ev))
    for b in bad1:
        print("   ", b)
    ok &= not bad1
    # 2. truth scored against itself
    r = subprocess.run([sys.executable, "/work/shared/tools/score_case.py", "truth.json", "truth.json", "--json"],
                       capture_output=True, text=True)
    s = json.loads(r.stdout)
    c2 = s["findings"]["f1"] == 1.0 and s["entities"]["f1"] == 1.0
    print("check 2 (truth vs truth): findings f1 %.3f, entities f1 %.3f: %s" % (
        s["findings"]["f1"], s["entities"]["f1"], "OK" if c2 else "FAIL"))
    ok &= c2
    # 3. every surface form occurs in the decoded texts or headers
    corpus = "\n".join(h + "\n" + "\n".join(ts + es) for h, ts, es in dec.values()).casefold()
    missing = [(e["id"], n) for e in ents for n in e["names"] if n.casefold() not in corpus]
    dup = {}
    for e in ents:
        for n in e["names"]:
            dup.setdefault(n.casefold(), set()).add(e["id"])
    shared = {k: v for k, v in dup.items() if len(v) > 1}
    print("check 3 (surface forms occur): %s (%d forms)" % ("OK" if not missing and not shared else "FAIL",
                                                          sum(len(e["names"]) for e in ents)))
    for x in missing:
        print("    missing", x)
    for k, v in shared.items():
        print("    shared form", k, v)
    ok &= not missing and not shared
    # 4. message count
    import mailbox
    n_mbox = len(mailbox.mbox("mailbox.mbox"))
    n_from = sum(1 for l in mbox.split(b"\n") if l.startswith(b"From "))
    c4 = n_mbox == len(MSGS) == n_from and 55 <= n_mbox <= 70
    print("check 4 (message count): mbox %d (From_ lines %d, intended %d), loose %d: %s" % (
        n_mbox, n_from, len(MSGS), len(LOOSE), "OK" if c4 else "FAIL"))
    ok &= c4
    from collections import Counter
    print("findings per kind:", dict(Counter(f["kind"] for f in findings)))
    print("ALL CHECKS PASSED" if ok else "SOME CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
