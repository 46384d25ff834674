#!/usr/bin/env python3
"""Generator of the holdout11 case: the mailbox of a lead engineer of the design
bureau of a fictional optics-electronics plant in the Gomel region of Belarus.

Standard library only. Writes every file byte for byte, then runs self-checks.
Run:  /work/main/.venv/bin/python make_case.py
"""
import base64
import datetime as dt
import email
import email.policy
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
import zipfile
from email.header import decode_header, make_header

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = dt.timezone(dt.timedelta(hours=3))
TZ_CN = dt.timezone(dt.timedelta(hours=8))
TZ_TR = dt.timezone(dt.timedelta(hours=3))
TZ_FR = dt.timezone(dt.timedelta(hours=2))
TZ_JP = dt.timezone(dt.timedelta(hours=9))
TZ_LT = dt.timezone(dt.timedelta(hours=3))

# ---------------------------------------------------------------- addresses
HERO = ("Савицкий Николай Петрович", "n.savitsky@soez.example.by")
HERO_EN = ("Mikalai Savitski", "n.savitsky@soez.example.by")
HERO_BY = ("Мікалай Савіцкі", "n.savitsky@soez.example.by")
HERO_DE = ("Nikolai Sawizki", "n.savitsky@soez.example.by")
GURIN = ("Гурин В.С.", "gurin@soez.example.by")
GURIN_BY = ("Гурын Валерый Сцяпанавіч", "gurin@soez.example.by")
ZHDAN = ("Жданович Виталий Игоревич", "v.zhdanovich@soez.example.by")
PDO = ("Плановый отдел ПДО", "pdo@soez.example.by")
KADRY = ("Отдел кадров", "kadry@soez.example.by")
GROMOV = ("Громов Сергей Аркадьевич", "s.gromov@obereg.example.ru")
ZHOU = ("Zhou Mingyuan", "zhou.my@hongxin-photonics.example.cn")
AYDIN = ("Emre Aydın", "emre.aydin@anadolu-optik.example.com.tr")
DETECTIS = ("Détectis Infrarouge - Export", "export@detectis.example.fr")
KANZAKI = ("Kanzaki Kogaku Overseas Sales", "overseas@kanzaki-kogaku.example.jp")
WIFE = ("Таццяна Савіцкая", "tatsiana.sav@mail.example.by")
DAUGHTER = ("Katya Drozdova", "katya.drozdova@mail.example.by")
BROTHER = ("Andrzej Sawicki", "andrzej.sawicki@poczta.example.lt")
BOOKING = ("Hotelbook", "noreply@hotelbook.example.com")
VISA = ("Визовый центр Польши", "info@visa-pl.example.by")
AVIA = ("Авиатур", "tickets@avia-tour.example.by")
IT = ("Служба ИТ", "it@soez.example.by")
ALL = ("Все сотрудники", "all@soez.example.by")
PROFKOM = ("Прафкам ААТ", "profkom@soez.example.by")
STOLOVAYA = ("Столовая", "canteen@soez.example.by")


# ---------------------------------------------------------------- helpers
def enc_word(s, charset="utf-8", mode="B"):
    """RFC 2047 encoded words, split at character boundaries."""
    try:
        s.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    words, cur = [], b""
    limit = 42 if mode == "B" else 22
    for ch in s:
        b = ch.encode(charset)
        if len(cur) + len(b) > limit and cur:
            words.append(cur)
            cur = b""
        cur += b
    if cur:
        words.append(cur)
    out = []
    for w in words:
        if mode == "B":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(w).decode()))
        else:
            q = ""
            for byte in w:
                c = chr(byte)
                if byte < 128 and (c.isalnum() or c in "!*+-/"):
                    q += c
                elif c == " ":
                    q += "_"
                else:
                    q += "=%02X" % byte
            out.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(out)


def hdr_text(s, charset="utf-8", mode="B"):
    if all(ord(c) < 128 for c in s):
        return s
    return enc_word(s, charset, mode)


def addr(pair, charset="utf-8", mode="B"):
    name, a = pair
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.fullmatch(r"[A-Za-z0-9 ]+", name):
            return "%s <%s>" % (name, a)
        return '"%s" <%s>' % (name.replace('"', ""), a)
    return "%s <%s>" % (enc_word(name, charset, mode), a)


def mid(key, pair):
    h = hashlib.sha1(("holdout11/" + key).encode()).hexdigest()[:16]
    return "<%s@%s>" % (h, pair[1].split("@", 1)[1])


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


class Text:
    def __init__(self, text, subtype="plain", charset="utf-8", cte="8bit", declared=None):
        if charset == "koi8-r":  # what a koi8-r mail client does with characters it cannot write
            text = text.replace("\u2014", "-").replace("\u2013", "-").replace("\u00ab", '"').replace("\u00bb", '"').replace("\u2116", "N")
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.declared = charset if declared is None else declared

    def render(self):
        ct = "text/%s" % self.subtype
        if self.declared:
            ct += '; charset="%s"' % self.declared
        head = "Content-Type: %s\nContent-Transfer-Encoding: %s\n" % (ct, self.cte)
        return head.encode(), encode_body(self.text, self.charset, self.cte)


class Attach:
    def __init__(self, filename, ctype, data, rfc2231=True):
        self.filename, self.ctype, self.data, self.rfc2231 = filename, ctype, data, rfc2231

    def render(self):
        if all(ord(c) < 128 for c in self.filename):
            disp = 'attachment; filename="%s"' % self.filename
            name = '; name="%s"' % self.filename
        elif self.rfc2231:
            from urllib.parse import quote
            disp = "attachment;\n filename*=utf-8''%s" % quote(self.filename.encode("utf-8"), safe="")
            name = ""
        else:
            disp = 'attachment; filename="%s"' % enc_word(self.filename)
            name = '; name="%s"' % enc_word(self.filename)
        head = "Content-Type: %s%s\nContent-Transfer-Encoding: base64\nContent-Disposition: %s\n" % (
            self.ctype, name, disp)
        return head.encode(), base64.encodebytes(self.data)


class Rfc822:
    def __init__(self, raw):
        self.raw = raw

    def render(self):
        return b"Content-Type: message/rfc822\nContent-Disposition: attachment\n", self.raw


class Multi:
    def __init__(self, subtype, parts):
        self.subtype, self.parts = subtype, parts

    def render(self, boundary_seed="x"):
        b = "=_%s_%s" % (self.subtype, hashlib.md5(boundary_seed.encode()).hexdigest()[:20])
        head = ('Content-Type: multipart/%s;\n boundary="%s"\n' % (self.subtype, b)).encode()
        body = b"This is a multi-part message in MIME format.\n"
        for i, p in enumerate(self.parts):
            if isinstance(p, Multi):
                h, c = p.render(boundary_seed + str(i))
            else:
                h, c = p.render()
            if not c.endswith(b"\n"):
                c += b"\n"
            body += b"\n--" + b.encode() + b"\n" + h + b"\n" + c
        body += b"\n--" + b.encode() + b"--\n"
        return head, body


MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 102.10", "The Bat! (v9.4.2) Professional",
           "Zimbra 8.8", "Roundcube Webmail/1.5.3"]


def build(m):
    cs, mode = m.get("hcs", "utf-8"), m.get("hmode", "B")
    lines = []
    if m.get("msgid", True):
        pass
    lines.append("From: " + addr(m["frm"], cs, mode))
    lines.append("To: " + ", ".join(addr(x, cs, mode) for x in m["to"]))
    if m.get("cc"):
        lines.append("Cc: " + ", ".join(addr(x, cs, mode) for x in m["cc"]))
    lines.append("Subject: " + hdr_text(m["subject"], cs, mode))
    lines.append("Date: " + email.utils.format_datetime(m["date"]))
    if m.get("msgid", True):
        lines.append("Message-ID: " + m["mid"])
    if m.get("reply_to_mid"):
        lines.append("In-Reply-To: " + m["reply_to_mid"])
        lines.append("References: " + m["reply_to_mid"])
    lines.append("MIME-Version: 1.0")
    lines.append("X-Mailer: " + m.get("mailer", MAILERS[int(hashlib.md5(m["key"].encode()).hexdigest(), 16) % len(MAILERS)]))
    body = m["body"]
    if isinstance(body, Multi):
        h, c = body.render(m["key"])
    else:
        h, c = body.render()
    raw = ("\n".join(lines) + "\n").encode("ascii") + h + b"\n" + c
    if not raw.endswith(b"\n"):
        raw += b"\n"
    return raw


# ---------------------------------------------------------------- office files
def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2023, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def esc(s):
    return html.escape(s, quote=False)


def make_docx(paragraphs):
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
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '<w:sectPr/></w:body></w:document>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def make_xlsx(rows, sheet="Лист1"):
    strings, index = [], {}
    xrows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (chr(65 + c), r)
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
            else:
                if v not in index:
                    index[v] = len(strings)
                    strings.append(v)
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, index[v]))
        xrows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
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
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, esc(sheet)))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '</Relationships>')
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (ns, "".join(xrows)))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (
               ns, len(strings), len(strings), "".join('<si><t xml:space="preserve">%s</t></si>' % esc(s) for s in strings)))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws),
                 ("xl/sharedStrings.xml", sst)])


DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def d(y, mo, da, h, mi, tz=TZ):
    return dt.datetime(y, mo, da, h, mi, 0, tzinfo=tz)


# ================================================================= content
MSGS = []      # mbox messages
LOOSE = []     # loose .eml files


def M(key, **kw):
    kw["key"] = key
    MSGS.append(kw)
    return kw


# ---------------------------------------------------------------- documents
DOCX_AGREEMENT = make_docx([
    "ПРОЕКТ",
    "СОГЛАШЕНИЕ № ТС4-01/2023 о совместном выполнении опытно-конструкторской работы",
    "г. Тула, 2023 г.",
    "Акционерное общество «Тульский научно-исследовательский институт «Оберег» (АО «НИИ «Оберег»), в лице заместителя генерального директора по научной работе Громова Сергея Аркадьевича, действующего на основании доверенности, с одной стороны, и Открытое акционерное общество «Светлодольский оптико-электронный завод» (ОАО «СОЭЗ»), в лице генерального директора Гурина Валерия Степановича, действующего на основании устава, с другой стороны, заключили настоящее соглашение о нижеследующем.",
    "1. Предмет соглашения",
    "1.1. Стороны совместно разрабатывают тепловизионный прицел ТС-4 «Филин» для модернизации прицельных комплексов бронетехники и вертолётов.",
    "1.2. ОАО «СОЭЗ» выполняет разработку оптического тракта, изготовление опытных образцов и сборку; АО «НИИ «Оберег» выполняет разработку электронных блоков и программного обеспечения.",
    "2. Сроки",
    "2.1. Этап 1 (эскизный проект) — до 30.06.2023. Этап 2 (изготовление макетного образца) — до 31.12.2023. Этап 3 (опытный образец, предварительные испытания) — до 30.09.2024.",
    "3. Финансирование",
    "3.1. Доля ОАО «СОЭЗ» в финансировании ОКР составляет 40 (сорок) процентов её общей стоимости, доля АО «НИИ «Оберег» — 60 (шестьдесят) процентов.",
    "3.2. Расчёты производятся в российских рублях поэтапно по актам сдачи-приёмки.",
    "4. Права на результаты",
    "4.1. Порядок использования результатов ОКР определяется дополнительным соглашением сторон.",
    "От АО «НИИ «Оберег»: ____________ С.А. Громов",
    "От ОАО «СОЭЗ»: ____________ В.С. Гурин",
])

XLSX_PLAN = make_xlsx([
    ["План отгрузки спецпродукции ОАО «СОЭЗ» на II полугодие 2023 г."],
    ["Изделие", "Носитель", "Заказчик", "Кол-во, компл.", "Срок"],
    ["Прицельная система (модернизация)", "Су-25СМ3", "Минобороны России", 14, "сентябрь, ноябрь"],
    ["Прицел наводчика", "Т-72Б3", "Минобороны России", 22, "сентябрь, ноябрь"],
    ["Прицельная система (модернизация)", "Ми-24П", "Министерство обороны Республики Беларусь", 6, "IV кв."],
    ["Прицельная система (модернизация)", "Су-25", "Министерство обороны Республики Беларусь", 4, "IV кв."],
    ["Прицел наводчика", "Т-72Б", "Министерство обороны Республики Беларусь", 10, "IV кв."],
], sheet="План")

XLSX_PROTOCOL = make_xlsx([
    ["Протокол согласования № 2 к соглашению № ТС4-01/2023 о совместной разработке тепловизионного прицела ТС-4 «Филин»"],
    ["г. Тула, 13.09.2023"],
    ["Сторона", "Доля в финансировании ОКР", "Действует с"],
    ["ОАО «СОЭЗ»", 0.45, "01.10.2023"],
    ["АО «НИИ «Оберег»", 0.55, "01.10.2023"],
    ["Итого", 1, ""],
    ["Доля ОАО «СОЭЗ» изменена с 0,40 на 0,45; предложение о паритетном (50/50) финансировании снято."],
    ["Подписи: С.А. Громов (АО «НИИ «Оберег»); Н.П. Савицкий (ОАО «СОЭЗ», по доверенности)"],
], sheet="Протокол 2")

DOCX_ANKETA = make_docx([
    "АНКЕТА работника, выезжающего за границу",
    "Фамилия, имя, отчество: Савицкий Николай Петрович",
    "Место работы и должность: ОАО «СОЭЗ», ведущий инженер конструкторского бюро",
    "Гражданство: Республика Беларусь",
    "Страна и цель выезда: КНР, г. Чэнду, переговоры с Chengdu Hongxin Photonics Co., Ltd., 16.10.2023–21.10.2023",
    "Близкие родственники:",
    "жена — Савицкая Татьяна Владимировна, 1971 г. р., г. Светлодольск",
    "дочь — Дроздова Екатерина Николаевна (в девичестве Савицкая), 1996 г. р., г. Минск",
    "брат — Савицкий Андрей Петрович, 1974 г. р., гражданин Литовской Республики, проживает в г. Вильнюс",
    "Подпись работника ____________",
])

INVITATION_TXT = """CHENGDU HONGXIN PHOTONICS CO., LTD.
No. 88 Tianfu Avenue (fictional), Chengdu, Sichuan, PRC

INVITATION LETTER

Date: 2 October 2023

To whom it may concern,

We hereby invite Mr. SAVITSKI MIKALAI, Lead Engineer, and Mr. ZHDANOVICH VITALI, Head of Procurement, of Svetlodolsk Optoelectronic Plant OJSC, Republic of Belarus, to visit Chengdu Hongxin Photonics Co., Ltd. from 16 to 21 October 2023 for technical and commercial negotiations on the supply of cooled MWIR detector modules.

All local expenses in Chengdu will be covered by the inviting party.

Zhou Mingyuan
Sales Director, Export Department
"""

ITINERARY_TXT = """ELECTRONIC TICKET ITINERARY / МАРШРУТ-КВИТАНЦИЯ
Booking ref: KX7Q2M

Passenger: SAVITSKI MIKALAI
Passenger: ZHDANOVICH VITALI

16OCT23  MSQ Minsk 21:40  ->  URC Urumqi 07:55+1   flight XX 4471
17OCT23  URC Urumqi 10:30  ->  CTU Chengdu 13:50   flight XX 2208
21OCT23  CTU Chengdu 09:15  ->  MSQ Minsk 15:20    flight XX 4472

Baggage: 1PC 23KG
"""

# ---------------------------------------------------------------- M1..
m1 = M("m01_gromov_draft", date=d(2023, 3, 2, 10, 14), frm=GROMOV, to=[HERO], cc=[GURIN],
       subject="ТС-4 «Филин»: проект соглашения о совместной ОКР", mailer="Microsoft Outlook 16.0",
       body=Multi("mixed", [Text("""Николай Петрович, добрый день!

По поручению генерального директора направляю проект соглашения о совместном выполнении ОКР по тепловизионному прицелу ТС-4 «Филин». Финансовый раздел составлен так, как мы обсуждали по телефону в феврале: ваша доля — 40 процентов, наша — 60.

Просьба до 17 марта передать замечания по разделению работ (у вас — оптика и сборка, у нас — электроника и программное обеспечение). Валерию Степановичу копию направляю.

С уважением,
С.А. Громов
заместитель генерального директора по научной работе
АО «НИИ «Оберег», г. Тула
"""), Attach("Проект соглашения ТС-4.docx", DOCX_CT, DOCX_AGREEMENT)]))

m_n1 = M("n01_it_password", date=d(2023, 3, 3, 8, 30), frm=IT, to=[ALL],
         subject="Смена пароля в домене до 15 марта",
         body=Text("""Уважаемые коллеги!

В соответствии с политикой информационной безопасности до 15.03.2023 всем пользователям необходимо сменить пароль доменной учётной записи. Пароль должен содержать не менее 12 символов, буквы разного регистра и цифры.

При возникновении вопросов звоните по внутреннему 2-44.

Служба ИТ
""", cte="base64"))

m2 = M("m02_hero_to_gurin", date=d(2023, 3, 6, 16, 2), frm=HERO, to=[GURIN], hcs="windows-1251", hmode="Q",
       subject="Филин — соглашение с Тулой",
       body=Text("""Валерий Степанович!

Прислали из Оберега проект соглашения по ТС-4 «Филин» (Вы в копии). Основное: мы делаем оптический тракт и сборку, туляки — электронику и софт. По деньгам они записали нам 40 процентов стоимости ОКР, это примерно как и договаривались.

Замечания у меня два: сроки второго этапа нереальные без охлаждаемых матриц, и нет пункта о правах на документацию. Подготовлю письмо Громову к пятнице.

Н.П. Савицкий
ведущий инженер КБ
""", charset="windows-1251", cte="base64"))

m_n2 = M("n02_canteen", date=d(2023, 3, 13, 9, 0), frm=STOLOVAYA, to=[ALL], hcs="windows-1251",
         subject="Меню столовой на неделю 13–17 марта",
         body=Text("""Понедельник: борщ, котлета по-домашнему, гречка.
Вторник: суп с фрикадельками, драники со сметаной.
Среда: рассольник, рыба запечённая, пюре.
Четверг: щи, плов.
Пятница: солянка, колдуны, компот.

Комплексный обед — 7,80 руб. Оплата картой и наличными.
""", charset="windows-1251", cte="8bit"))

m_n3 = M("n03_profkom_nesvizh", date=d(2023, 3, 28, 11, 20), frm=PROFKOM, to=[ALL],
         subject="Экскурсія ў Нясвіж 22 красавіка",
         body=Text("""Паважаныя калегі!

Прафсаюзны камітэт арганізуе экскурсію ў Нясвіж і Мір у суботу, 22 красавіка. Выезд а 6:00 ад прахадной завода, вяртанне каля 22:00. Кошт для членаў прафсаюза — 25 руб., для дзяцей — 15 руб.

Запіс у прафкаме (каб. 112) да 14 красавіка.

Прафкам
""", cte="quoted-printable"))

m3_raw_body = """Dear Mr. Savitski,

Thank you for your request for quotation no. 23-117 of 28 March 2023 for twenty (20) cooled MWIR detector modules DTX-640 with integrated Stirling coolers.

We regret to inform you that, under the restrictive measures adopted by the European Union against the Republic of Belarus, Détectis Infrarouge SAS is not in a position to supply infrared detectors, spare parts or technical assistance to Svetlodolsk Optoelectronic Plant OJSC or to any other entity in Belarus. Our contract no. DI-2019-044 is therefore suspended, and the deliveries scheduled for 2023 will not take place.

Should the legal situation change, we would be glad to resume our cooperation.

Yours sincerely,

Hélène Morvan
Export Compliance Officer
Détectis Infrarouge SAS
Grenoble, France
"""
m3 = M("m03_detectis_refusal", date=d(2023, 4, 11, 15, 40, TZ_FR), frm=DETECTIS, to=[HERO_EN],
       subject="Your RFQ 23-117 - cooled IR detector modules", mailer="Microsoft Outlook 16.0",
       body=Text(m3_raw_body, cte="quoted-printable"))

m4 = M("m04_hero_fwd_detectis", date=d(2023, 4, 12, 9, 5), frm=HERO, to=[ZHDAN],
       subject="Fwd: Your RFQ 23-117 - cooled IR detector modules",
       body=None)  # filled after m3 is built

m_n4 = M("n04_digest", date=d(2023, 4, 14, 6, 0, dt.timezone.utc), frm=("Photonics Weekly", "digest@photonics-weekly.example.com"),
         to=[HERO_EN], subject="Photonics Weekly: lasers, lenses and a new metrology standard",
         body=Multi("alternative", [
             Text("""Photonics Weekly - issue 15/2023

* A new ISO draft on the measurement of MTF for infrared lenses is open for comment.
* Researchers report a chalcogenide glass with lower dispersion in the 8-12 um band.
* Event calendar: optics conferences in May and June.

You receive this newsletter because you subscribed at photonics-weekly.example.com.
Unsubscribe: https://photonics-weekly.example.com/u/8812
""", charset="us-ascii", cte="7bit"),
             Text("""<html><body><h2>Photonics Weekly - issue 15/2023</h2><ul><li>A new ISO draft on the measurement of MTF for infrared lenses is open for comment.</li><li>Researchers report a chalcogenide glass with lower dispersion in the 8-12 um band.</li><li>Event calendar: optics conferences in May and June.</li></ul><p><a href="https://photonics-weekly.example.com/u/8812">Unsubscribe</a></p></body></html>
""", subtype="html", charset="us-ascii", cte="7bit")]))

m5 = M("m05_kanzaki_refusal", date=d(2023, 4, 20, 11, 12, TZ_JP), frm=KANZAKI, to=[("Vitali Zhdanovich", "v.zhdanovich@soez.example.by")],
       cc=[HERO_EN], subject="Re: Inquiry on germanium lens assemblies KL-75/100",
       body=Text("""Dear Mr. Zhdanovich,

From our export control department we have received the final answer regarding your inquiry of 3 April.

Infrared lens assemblies of the KL series fall under the export restrictions that Japan has introduced against the Republic of Belarus, and Kanzaki Kogaku Co., Ltd. cannot ship them to your company, either directly or via third countries. The same applies to germanium and chalcogenide optical blanks.

We are sorry that we cannot be of help this time.

Best regards,
Takumi Hoshino
Overseas Sales Division
Kanzaki Kogaku Co., Ltd. (神崎光学株式会社)
""", cte="8bit"))

m6 = M("m06_zhdan_stock_koi8_nocharset", date=d(2023, 4, 24, 14, 48), frm=ZHDAN, to=[HERO], hcs="koi8-r",
       subject="Остатки по германию и приёмникам", mailer="The Bat! (v9.4.2) Professional",
       body=Text("""Николай Петрович,

по складу на 24.04: германиевых заготовок диаметром 110 мм осталось 9 штук, этого хватит максимум на три объектива для прицелов Су-25. Заготовок под объективы 75 мм нет вообще. Японцы отказали, прежний поставщик в Подмосковье обещает не раньше осени.

Охлаждаемых фотоприёмников на складе ноль, два модуля сняты с разобранных изделий, но они без гарантии.

Без германия сборку объективов в августе придётся остановить.

В.И. Жданович
начальник отдела материально-технического снабжения
""", charset="koi8-r", cte="8bit", declared=""))

m_n5 = M("n05_bank", date=d(2023, 4, 30, 23, 59), frm=("Банк Светлогорье", "no-reply@svbank.example.by"), to=[("", HERO[1])],
         subject="Выписка по карточке за апрель 2023",
         body=Text("""Уважаемый клиент!

Выписка по карточке ****4417 за период 01.04.2023–30.04.2023 сформирована и доступна в интернет-банке.

Остаток на 30.04.2023: 1 284,16 BYN.

Это письмо сформировано автоматически, отвечать на него не нужно.
""", cte="quoted-printable"))

m7_text = """Dear Mr. Savitsky,

My colleague who met you at the Minsk exhibition passed me your contact. We understand that your French supplier has stopped deliveries.

Chengdu Hongxin Photonics can offer the HX-640M cooled MWIR detector module (640x512, 15 um pitch, integral rotary Stirling cooler) as a drop-in replacement for the DTX-640: same mechanical interface, same connector, compatible video output. Lead time is 10-12 weeks; the first two samples can be shipped within a month.

We would also be happy to welcome you in Chengdu to see our production line.

Best regards,
Zhou Mingyuan 周明远
Sales Director, Export Department
Chengdu Hongxin Photonics Co., Ltd.
Chengdu, Sichuan, China
"""
m7 = M("m07_zhou_offer", date=d(2023, 5, 3, 10, 31, TZ_CN), frm=ZHOU, to=[HERO_EN],
       subject="Hongxin cooled MWIR modules as replacement for DTX-640",
       body=Multi("alternative", [Text(m7_text, cte="quoted-printable"),
                                  Text("<html><body>" + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in m7_text.strip().split("\n\n")) + "</body></html>\n",
                                       subtype="html", cte="quoted-printable")]))

m8 = M("m08_anadolu_offer", date=d(2023, 5, 5, 13, 2, TZ_TR), frm=AYDIN, to=[HERO_EN],
       subject="Offer: IR lenses and detectors ex stock Istanbul",
       body=Text("""Dear Mr. Savitsky,

Anadolu Optik Dağıtım A.Ş. is an authorised distributor of several European and Asian manufacturers of infrared components. We can deliver from our Istanbul warehouse germanium lens assemblies equivalent to Kanzaki KL-75 and KL-100 and cooled MWIR detector modules, with delivery to Minsk via our partners.

Indicative prices:
- lens assembly 75 mm f/1.2: EUR 9,800 per piece
- lens assembly 100 mm f/1.4: EUR 13,500 per piece
- cooled MWIR module 640x512: EUR 61,000 per piece

Payment 100% in advance. We look forward to your reply.

Kind regards,
Emre Aydın
Export Sales Manager
Anadolu Optik Dağıtım A.Ş., Istanbul
""", cte="base64"))

m9_text = """Валерий Степанович,

по итогам проработки предложений на замену французских фотоприёмников и японских объективов.

1. Турецкая фирма Anadolu Optik (Стамбул, менеджер Эмре Айдын) готова везти и объективы, и охлаждаемые модули, но цены в 2,5–3 раза выше прежних, да ещё 100 % предоплата. Считаю, что предложение надо отклонить: при таких ценах «Филин» выходит дороже российского аналога.

2. Китайская Chengdu Hongxin Photonics предлагает модуль HX-640M, по паспорту взаимозаменяемый с DTX-640. Предлагаю заказать у «Хунсинь» два образца на испытания и, если пройдут, закупать у них.

3. По германию пока вариантов нет.

Прошу Вашего решения.
Н.П. Савицкий
"""
m9 = M("m09_hero_alternatives", date=d(2023, 5, 10, 12, 17), frm=HERO, to=[GURIN], cc=[ZHDAN], hcs="windows-1251",
       subject="Альтернативы по приёмникам и объективам",
       body=Text(m9_text, charset="windows-1251", cte="quoted-printable"))

m10 = M("m10_gurin_reply", date=d(2023, 5, 10, 17, 45), frm=GURIN, to=[HERO], cc=[ZHDAN],
        subject="Re: Альтернативы по приёмникам и объективам", body=None)

m11 = M("m11_hero_declines_anadolu", date=d(2023, 5, 11, 9, 20), frm=HERO_EN, to=[AYDIN],
        subject="Re: Offer: IR lenses and detectors ex stock Istanbul",
        body=Text("""Dear Mr. Aydın,

thank you for your offer of 5 May. After careful consideration we have decided not to proceed with it: the prices are well above our budget, and full advance payment is not acceptable for us.

Best regards,
Mikalai Savitski
Lead Engineer, Design Bureau
SOEZ, Svetlodolsk, Belarus
""", cte="quoted-printable"))

m_n6 = M("n06_german_fair", date=d(2023, 5, 12, 8, 0, TZ_FR), frm=("Optik-Fachmesse Team", "einladung@optik-messe.example.de"),
         to=[HERO_DE], subject="Einladung: Optik-Fachmesse 2023 – Ihr kostenloses Ticket",
         body=Text("""Sehr geehrter Herr Sawizki,

wir laden Sie herzlich zur Optik-Fachmesse 2023 ein. Über 300 Aussteller zeigen Linsen, Beschichtungen und Messtechnik.

Mit dem Code OFM23-FREE erhalten Sie ein kostenloses Tagesticket.

Mit freundlichen Grüßen
Ihr Messeteam

Sie erhalten diese E-Mail, weil Ihre Adresse in unserem Ausstellerverzeichnis 2019 hinterlegt ist.
""", cte="quoted-printable"))

m12 = M("m12_gromov_50_50", date=d(2023, 5, 16, 11, 3), frm=GROMOV, to=[HERO],
        subject="ТС-4: предложение по финансированию",
        body=Text("""Николай Петрович, здравствуйте.

Наше руководство после пересчёта сметы просит пересмотреть финансовый раздел: второй этап подорожал, и при 40 процентах ваша часть не покрывает даже оптику. Предлагаем делить расходы на ОКР пополам — 50 на 50, начиная со второго этапа.

Если Валерий Степанович согласен, подготовим дополнительное соглашение. Заодно обсудили бы это лично — в мае в Тулу вас ждать?

С.А. Громов
""", cte="base64"))

m13 = M("m13_hero_reply_50_50", date=d(2023, 5, 18, 10, 40), frm=HERO, to=[GROMOV], hcs="koi8-r",
        subject="Re: ТС-4: предложение по финансированию", body=None)

m_n7 = M("n07_quality_meeting", date=d(2023, 5, 22, 8, 15), frm=("Отдел качества", "okk@soez.example.by"), to=[ALL], hcs="koi8-r",
         subject="Совещание по качеству 24.05 в 14:00",
         body=Text("""Коллеги, напоминаем: совещание по итогам внутреннего аудита системы менеджмента качества состоится 24.05 в 14:00 в каб. 305.

Руководителям подразделений иметь при себе планы корректирующих действий.

Отдел качества
""", charset="koi8-r", cte="base64"))

m14 = M("m14_wife_batumi", date=d(2023, 6, 5, 20, 11), frm=WIFE, to=[HERO_BY], subject="Батумі",
        body=Text("""Коля, прывітанне!

Глядзела гасцініцы ў Батумі на жнівень. Ёсць добры варыянт каля мора, з 5 па 15 жніўня, тры чалавекі — мы з табой і Каця. Дзяніс з ёй не паедзе, у яго праект.

Калі згодны — бранюй сам, у мяне картка не праходзіць.

Таня
""", cte="quoted-printable"))

BOOKING_LINES = [
    "Dear Mikalai Savitski,",
    "Your booking is confirmed. Booking number: 4471-2290-18.",
    "Hotel Adjara Breeze, Batumi, Georgia",
    "Check-in: Saturday, 5 August 2023 (from 14:00)",
    "Check-out: Tuesday, 15 August 2023 (until 12:00)",
    "Guests: Mikalai Savitski, Tatsiana Savitskaya, Katsiaryna Drazdova",
    "Room: Family room, sea view, 3 adults, breakfast included",
    "Free cancellation until 25 July 2023.",
]
m15 = M("m15_booking_html", date=d(2023, 6, 7, 22, 34, dt.timezone.utc), frm=BOOKING, to=[HERO_EN],
        subject="Booking confirmation – Hotel Adjara Breeze, Batumi",
        body=Text("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Booking</title><style>p{margin:4px 0}</style></head><body>"
                  + "".join("<p>%s</p>\n" % esc(x) for x in BOOKING_LINES)
                  + "<p style=\"color:#888\">Hotelbook &middot; hotelbook.example.com</p></body></html>\n",
                  subtype="html", cte="quoted-printable"))

m16 = M("m16_hero_fwd_booking", date=d(2023, 6, 8, 7, 52), frm=HERO, to=[DAUGHTER],
        subject="Fwd: Booking confirmation – Hotel Adjara Breeze, Batumi",
        body=Text("""Катюша, вот подтверждение брони. Проверь паспорт — он должен быть действителен ещё полгода после поездки. Билеты до Батуми возьму на субботу, 5-го, утренний рейс из Минска.

Папа

-------- Пересланное сообщение --------
От: Hotelbook <noreply@hotelbook.example.com>
Дата: 07.06.2023 22:34
Тема: Booking confirmation – Hotel Adjara Breeze, Batumi

""" + "\n".join(BOOKING_LINES) + "\n", cte="8bit"))

m17 = M("m17_daughter_thanks", date=d(2023, 6, 8, 12, 5), frm=DAUGHTER, to=[HERO],
        subject="Re: Fwd: Booking confirmation – Hotel Adjara Breeze, Batumi",
        body=Text("""Пап, спасибо! Паспорт в порядке, до 2027 года. Денис не против, говорит, отдохнёте втроём :)

Маме передай, что купальник я ей привезу новый, пусть не покупает.

Катя
""", cte="base64"))

m18_html = """<html><head><meta charset="utf-8"></head><body>
<p>Паважаныя калегі!</p>
<p>Паведамляем, што ў рамках дзяржаўнага абароннага заказу на 2023 год ААТ «Светладольскі оптыка-электронны завод» выконвае мадэрнізацыю прыцэльных сістэм верталётаў Мі-24П і штурмавікоў Су-25, а таксама прыцэлаў наводчыка танкаў Т-72Б для Узброеных Сіл Рэспублікі Беларусь.</p>
<p>Кіраўніком работ па прыцэльных сістэмах прызначаны вядучы інжынер КБ М.П. Савіцкі. Усе пытанні па тэхнічнай дакументацыі накіроўваць яму.</p>
<p>Генеральны дырэктар ААТ «СОЭЗ» В.С. Гурын</p>
</body></html>
"""
m18 = M("m18_by_order_html", date=d(2023, 6, 14, 9, 30), frm=GURIN_BY, to=[ALL],
        subject="Аб выкананні дзяржаўнага абароннага заказу",
        body=Text(m18_html, subtype="html", cte="base64"))

m19 = M("m19_pdo_plan", date=d(2023, 6, 20, 15, 10), frm=PDO, to=[HERO], cc=[GURIN], hcs="windows-1251",
        subject="План отгрузки спецпродукции на II полугодие",
        body=Multi("mixed", [Text("""Николай Петрович, направляю план второго полугодия по спецпродукции.

По контракту с Министерством обороны Российской Федерации — 14 комплектов модернизированных прицельных систем для Су-25СМ3 и 22 прицела наводчика для Т-72Б3, отгрузка партиями в сентябре и ноябре. По белорусскому гособоронзаказу без изменений: 6 комплектов для Ми-24П, 4 для Су-25, 10 прицелов для Т-72Б.

По Т-80 работ в этом году нет и не планируется.

О.А. Мельник, ПДО
""", charset="windows-1251", cte="8bit"), Attach("План_2П_2023.xlsx", XLSX_CT, XLSX_PLAN, rfc2231=False)]))

m_n8 = M("n08_subbotnik", date=d(2023, 4, 10, 10, 0), frm=PROFKOM, to=[ALL],
         subject="Рэспубліканскі суботнік 15 красавіка",
         body=Text("""Шаноўныя супрацоўнікі!

15 красавіка праводзіцца рэспубліканскі суботнік. Збор а 8:30 каля адміністрацыйнага корпуса. Заробленыя сродкі будуць накіраваны на добраўпарадкаванне гарадскога парку.

Рукавіцы і інвентар выдаюцца на месцы.
""", cte="base64"))

m20 = M("m20_brother_vilnius", date=d(2023, 6, 28, 21, 17, TZ_LT), frm=BROTHER, to=[HERO],
        subject="Привет из Вильнюса",
        body=Text("""Коля, привет!

Спасибо за поздравление, 49 — это ещё не возраст :) У нас всё нормально, Ирена передаёт привет Тане.

Насчёт встречи: в Беларусь мне сейчас ехать не хочется, сам понимаешь. Давай в сентябре встретимся в Белостоке — мне туда пара часов езды, а ты откроешь польскую визу. Литовский паспорт у меня с 2019 года, белорусский я тогда сдал, так что мне в Польшу никаких виз не нужно.

Обнимаю, твой брат
Andrzej
""", cte="8bit"))

m21 = M("m21_hero_lacinka", date=d(2023, 7, 3, 19, 48), frm=HERO_BY, to=[BROTHER],
        subject="Re: Привет из Вильнюса", body=None)

m_n9 = M("n09_library", date=d(2023, 7, 5, 10, 5), frm=("Тэхнічная бібліятэка", "lib@soez.example.by"), to=[ALL],
         subject="Новые поступления: ГОСТы и ТКП",
         body=Text("""В техническую библиотеку поступили:
— ГОСТ 8.654-2016 (требования к программному обеспечению средств измерений);
— ТКП 45-3.02-2015 (производственные здания);
— справочник по оптическим материалам, 3-е изд.

Выдача на абонементе, каб. 214.
""", cte="quoted-printable"))

m22 = M("m22_visa_refusal", date=d(2023, 7, 24, 16, 0), frm=VISA, to=[HERO_EN],
        subject="Решение по визовому заявлению / Visa application decision",
        body=Text("""Уважаемый заявитель!

Сообщаем, что по Вашему заявлению на получение национальной визы Республики Польша принято решение об отказе. Паспорт можно получить в визовом центре в г. Гомеле в часы работы.

Dear applicant,

Applicant: SAVITSKI MIKALAI
Nationality: Republic of Belarus
Application no.: PL-GML-2023-07-11873
Requested visa: national (D), purpose: private visit
Decision: visa refused

Визовый центр / Visa Application Centre, Gomel
""", cte="base64"))

m23 = M("m23_hero_to_brother_refused", date=d(2023, 7, 25, 8, 12), frm=HERO, to=[BROTHER],
        subject="Виза", mailer="Roundcube Webmail/1.5.3",
        body=Text("""Андрей, привет.

В польской визе мне отказали, причину, как водится, не объяснили. Так что Белосток в сентябре отменяется — в Польшу я не еду. Жаль, что так вышло, но ты сам понимаешь, где я работаю.

Созвонимся на выходных.
Коля
""", cte="8bit"))

m_n10 = M("n10_security", date=d(2023, 7, 12, 14, 0), frm=("Служба безопасности", "sb@soez.example.by"), to=[ALL], hcs="windows-1251",
          subject="О пропускном режиме",
          body=Text("""Уважаемые работники!

Напоминаем, что с 17.07.2023 проход на территорию завода осуществляется только по электронным пропускам. Временные пропуска для посетителей заказываются через секретариат не позднее чем за сутки.

Пронос на территорию фото- и видеоаппаратуры без разрешения запрещён.
""", charset="windows-1251", cte="quoted-printable"))

m24 = M("m24_wife_taxi", date=d(2023, 8, 2, 18, 40), frm=WIFE, to=[HERO], hcs="koi8-r",
        subject="Суббота",
        body=Text("""Коля, не забудь: в субботу в 6:30 такси в аэропорт. Паспорта всех троих у меня, страховку я распечатала.

Таня
""", charset="koi8-r", cte="base64"))

m25 = M("m25_hero_back", date=d(2023, 8, 17, 10, 26), frm=HERO, to=[ZHDAN],
        subject="Вернулся",
        body=Text("""Виталий Игоревич, добрый день!

Вернулся, в понедельник выхожу. Отдыхали с женой и дочкой в Батуми десять дней, погода была отличная, море тёплое.

Что у нас с образцами из Чэнду? Пришли?

Н. Савицкий
""", cte="8bit"))

m26 = M("m26_zhdan_samples", date=d(2023, 8, 17, 13, 58), frm=ZHDAN, to=[HERO], hcs="windows-1251",
        subject="Re: Вернулся", body=None)

m_n11 = M("n11_shop", date=d(2023, 8, 20, 12, 0), frm=("Интернет-магазин 21vek", "orders@shop-21.example.by"), to=[("", HERO[1])],
          subject="Ваш заказ № 558120 доставлен",
          body=Text("""Здравствуйте!

Ваш заказ № 558120 (садовый шланг 25 м, насадка-распылитель) доставлен в пункт выдачи по адресу: г. Светлодольск, ул. Заводская, 14. Срок хранения — 7 дней.

Спасибо за покупку!
""", cte="base64"))

m27 = M("m27_brest_domestic", date=d(2023, 8, 28, 9, 40), frm=KADRY, to=[HERO],
        subject="Командировка в г. Брест",
        body=Text("""Николай Петрович, доводим до Вашего сведения: приказом № 389-к от 28.08.2023 Вы направляетесь в командировку в г. Брест (ОАО «Брестский приборный завод «Вектор») с 30.08 по 01.09.2023 для согласования поставки корпусных деталей.

Командировочное удостоверение получите в отделе кадров, аванс — в бухгалтерии.

Инспектор отдела кадров И.В. Янушкевич
""", cte="quoted-printable"))

m28 = M("m28_tula_order_cp1251_as_koi8", date=d(2023, 9, 5, 11, 5), frm=KADRY, to=[HERO], cc=[GURIN],
        subject="Приказ о командировке № 412-к", mailer="Microsoft Outlook 16.0",
        body=Text("""Выписка из приказа от 05.09.2023 № 412-к

Направить ведущего инженера конструкторского бюро ОАО «СОЭЗ» Савицкого Николая Петровича в командировку в г. Тула (Российская Федерация), АО «НИИ «Оберег», с 12 по 14 сентября 2023 г. для участия в совещании и подписания протокола по ОКР «Филин».

Основание: служебная записка главного конструктора.

Инспектор отдела кадров И.В. Янушкевич
""", charset="windows-1251", cte="8bit", declared="koi8-r"))

m_n12 = M("n12_spam_cnc", date=d(2023, 9, 7, 3, 14, TZ_CN), frm=("CNC Machines Direct", "sales@cnc-direct.example.net"), to=[("", HERO[1])],
          subject="Станки с ЧПУ напрямую с завода – скидка 30%",
          body=Text("""Здравствуйте!

Фрезерные и токарные станки с ЧПУ напрямую от производителя. Доставка в любую страну СНГ, гарантия 2 года. Пришлите нам чертёж — рассчитаем цену за 24 часа!

Чтобы отписаться, ответьте STOP.
""", cte="base64"))

m29 = M("m29_gromov_protocol", date=d(2023, 9, 15, 16, 22), frm=GROMOV, to=[HERO], cc=[GURIN],
        subject="Протокол согласования № 2 по ТС-4",
        body=Multi("mixed", [Text("""Николай Петрович, добрый день!

Спасибо за продуктивную работу в Туле. Направляю протокол согласования № 2, подписанный 13 сентября обеими сторонами. Напомню главное: от схемы пополам мы в итоге отошли, доля вашего завода в финансировании ОКР по «Филину» с четвёртого квартала — 0,45, наша — 0,55.

Сканы с подписями вышлю отдельно почтой.

С.А. Громов
АО «НИИ «Оберег»
""", cte="8bit"), Attach("Протокол_№2_ТС-4.xlsx", XLSX_CT, XLSX_PROTOCOL)]))

m30 = M("m30_hero_fwd_protocol", date=d(2023, 9, 18, 8, 47), frm=HERO, to=[GURIN], hcs="windows-1251",
        subject="Fwd: Протокол согласования № 2 по ТС-4", body=None)

m_n13 = M("n13_birthday", date=d(2023, 9, 20, 9, 0), frm=PROFKOM, to=[ALL],
          subject="Віншуем з днём нараджэння!",
          body=Text("""Сёння святкуюць дзень нараджэння нашы калегі з цэха № 3 і аддзела галоўнага тэхнолага. Шчыра віншуем, жадаем здароўя, шчасця і поспехаў у працы!

Прафкам
""", cte="8bit"))

m_n14 = M("n14_conference", date=d(2023, 9, 25, 12, 30), frm=("Оргкомитет «Оптика-2023»", "conf@optica-conf.example.by"), to=[HERO],
          subject="Приглашение: конференция «Оптика-2023», Минск, 23–24 ноября",
          body=Text("""Уважаемый Николай Петрович!

Приглашаем Вас принять участие в XI научно-технической конференции «Оптика-2023», которая пройдёт в Минске 23–24 ноября. Приём тезисов — до 20 октября.

Оргкомитет
""", cte="quoted-printable"))

m31 = M("m31_zhou_invitation", date=d(2023, 10, 2, 15, 5, TZ_CN), frm=ZHOU, to=[HERO_EN],
        subject="Invitation to Chengdu, 16-21 October",
        body=Multi("mixed", [Text("""Dear Mr. Savitsky,

we are glad the HX-640M samples have passed your tests. As discussed by phone, please find attached the invitation letter for you and Mr. Zhdanovich for the visit to Chengdu from 16 to 21 October.

If a meeting in Russia is ever more convenient for you, I can also come to Moscow: I hold a Russian residence permit since my years in Novosibirsk, so travelling there is easy for me.

Best regards,
Zhou Mingyuan
Sales Director, Export Department
Chengdu Hongxin Photonics Co., Ltd.
""", charset="us-ascii", cte="7bit"), Attach("Invitation_SOEZ.txt", "text/plain; charset=\"us-ascii\"", INVITATION_TXT.encode("ascii"))]))

m34 = M("m34_kadry_anketa", date=d(2023, 10, 4, 14, 20), frm=KADRY, to=[HERO],
        subject="Анкета для выезда в КНР",
        body=Multi("mixed", [Text("""Николай Петрович, для оформления выезда в КНР проверьте, пожалуйста, анкету (во вложении) и подпишите её у Гурина В.С. до пятницы.

Инспектор отдела кадров И.В. Янушкевич
""", cte="base64"), Attach("Анкета_Савицкий.docx", DOCX_CT, DOCX_ANKETA)]))

m32 = M("m32_hero_next_week_chengdu", date=d(2023, 10, 10, 17, 33), frm=HERO, to=[ZHDAN],
        subject="Чэнду",
        body=Text("""Виталий Игоревич, визы готовы. На следующей неделе летим в Чэнду: в понедельник вечером рейс из Минска через Урумчи, в Чэнду нас встретит Чжоу Минъюань.

Возьмите, пожалуйста, протоколы испытаний образцов и проект контракта на первые 40 модулей. Я везу чертежи посадочного места под HX-640M.

Н.П. Савицкий
""", cte="base64"))

m33 = M("m33_itinerary", date=d(2023, 10, 11, 11, 2), frm=AVIA, to=[HERO],
        subject="Маршрут-квитанция: Минск – Чэнду – Минск",
        body=Multi("mixed", [Text("""Добрый день!

Во вложении маршрут-квитанция на два лица по направлению Минск – Урумчи – Чэнду и обратно (16.10.2023 – 21.10.2023). Просим проверить написание фамилий и имён по паспортам.

Агентство «Авиатур»
""", cte="quoted-printable"), Attach("itinerary_KX7Q2M.txt", "text/plain; charset=\"utf-8\"", ITINERARY_TXT.encode("utf-8"))]))

m_n15 = M("n15_mail_maintenance", date=d(2023, 10, 13, 16, 0), frm=IT, to=[ALL], hcs="koi8-r",
          subject="Профилактика почтового сервера 14.10",
          body=Text("""Коллеги, в субботу 14.10 с 10:00 до 14:00 почтовый сервер будет недоступен в связи с плановыми работами.

Служба ИТ
""", charset="koi8-r", cte="8bit"))

m35 = M("m35_zhdan_report", date=d(2023, 10, 27, 10, 12), frm=ZHDAN, to=[GURIN], cc=[HERO],
        subject="Служебная записка: итоги командировки в КНР",
        body=Text("""Служебная записка

По итогам командировки в г. Чэнду (КНР) 16–21 октября 2023 г. (Савицкий Н.П., Жданович В.И.) сообщаю: с Chengdu Hongxin Photonics Co., Ltd. согласован контракт на поставку 40 охлаждаемых модулей HX-640M взамен французских DTX-640; первая партия — 10 шт. в январе 2024 г.

Вопрос германиевых заготовок в Чэнду решить не удалось: Хунсинь германием не торгует.

Проект контракта прилагаю к бумажному экземпляру записки.

Начальник отдела МТС В.И. Жданович
""", cte="quoted-printable"))

m_n16 = M("n16_dentist", date=d(2023, 10, 30, 9, 0), frm=("Стоматология «Усмешка»", "clinic@usmeshka.example.by"), to=[("", HERO[1])],
          subject="Напоминание о приёме",
          body=Text("""Напоминаем, что Вы записаны на приём к стоматологу 02.11.2023 в 17:30. Если Вы не можете прийти, сообщите, пожалуйста, по телефону.
""", cte="8bit"))

m36 = M("m36_hero_to_gromov_shortage", date=d(2023, 11, 8, 11, 45), frm=HERO, to=[GROMOV],
        subject="Сроки этапа 2 по «Филину»",
        body=Text("""Сергей Аркадьевич, добрый день.

По срокам второго этапа: охлаждаемых фотоприёмников у нас по-прежнему нет, первая партия из Чэнду придёт только в январе, поэтому макетный образец «Филина» соберём не раньше февраля.

С германием ещё хуже — заготовок на объективы 100 мм нет, ищем в России. Если у вас есть выход на поставщиков германия, подскажите, пожалуйста.

Н.П. Савицкий
""", cte="8bit"))

m37 = M("m37_gurin_germanium_by", date=d(2023, 11, 15, 8, 55), frm=GURIN_BY, to=[ALL], cc=[ZHDAN],
        subject="Аб нястачы германію",
        body=Text("""Загад па заводзе (выпіска)

У сувязі з нястачай германіевых загатовак вытворчасць аб'ектываў для прыцэлаў Су-25 і Т-72Б прыпынена з 13 лістапада.

Аддзелу МТЗ (Ждановіч В.І.) да 1 снежня падаць прапановы па пастаўшчыках германію ў Расійскай Федэрацыі.

Генеральны дырэктар В.С. Гурын
""", cte="base64"))

m_n17 = M("n17_webinar", date=d(2023, 11, 16, 14, 0, dt.timezone.utc), frm=("OptoSim webinars", "events@optosim.example.com"), to=[HERO_EN],
          subject="Webinar: stray light analysis in thermal imagers",
          body=Text("""Hello,

join our free webinar "Stray light analysis in thermal imagers" on 30 November, 15:00 CET. We will walk through a full model of an LWIR lens and show how to find ghost reflections.

Register: https://optosim.example.com/webinar/77
""", charset="us-ascii", cte="7bit"))

m_n18 = M("n18_sanatorium", date=d(2023, 11, 20, 10, 10), frm=PROFKOM, to=[ALL], hcs="windows-1251",
          subject="Путёвки в санаторий на декабрь",
          body=Text("""Уважаемые работники!

Профком предлагает путёвки в санаторий «Приднепровский» (Гомельская обл.) на декабрь. Стоимость для работников — 30 % от полной. Заявления принимаются до 30 ноября.
""", charset="windows-1251", cte="base64"))

m_n19 = M("n19_gazeta_html", date=d(2023, 11, 22, 7, 0), frm=("Инженерный вестник", "news@inzh-vestnik.example.by"), to=[HERO],
          subject="Инженерный вестник: выпуск № 44",
          body=Text("""<html><body><h1>Инженерный вестник № 44</h1><p>В номере: как снизить брак при нанесении просветляющих покрытий; интервью с победителем конкурса рационализаторов; календарь выставок.</p><p>Читайте полную версию на сайте издания.</p></body></html>
""", subtype="html", cte="quoted-printable"))

m_n20 = M("n20_wife_shopping", date=d(2023, 11, 24, 17, 2), frm=WIFE, to=[HERO_BY],
          subject="Крама",
          body=Text("""Калі будзеш ісці з працы — купі, калі ласка, хлеба, малака і яблыкаў. Я сёння позна.

Т.
""", cte="8bit"))

m_n21 = M("n21_accounting", date=d(2023, 9, 6, 15, 30), frm=("Бухгалтерия", "buh@soez.example.by"), to=[HERO], hcs="windows-1251", hmode="Q",
          subject="Авансовый отчёт",
          body=Text("""Николай Петрович, напоминаем о необходимости сдать авансовый отчёт по командировке в г. Брест (30.08–01.09) в трёхдневный срок.

Бухгалтерия
""", charset="windows-1251", cte="quoted-printable"))

m_n22 = M("n22_sports", date=d(2023, 6, 22, 13, 0), frm=PROFKOM, to=[ALL],
          subject="Спартакиада завода: футбол и волейбол",
          body=Text("""Коллеги! 1 июля на стадионе «Хімік» пройдёт заводская спартакиада. В программе — мини-футбол, волейбол и перетягивание каната. Заявки от цехов — до 26 июня.
""", cte="base64"))

m_n23 = M("n23_post", date=d(2023, 3, 20, 12, 44), frm=("Белпочта", "notify@post.example.by"), to=[("", HERO[1])],
          subject="Поступило почтовое отправление",
          body=Text("""Уважаемый клиент! На Ваше имя поступило почтовое отправление RB123456789BY. Получить его можно в отделении связи № 3 г. Светлодольска.
""", cte="quoted-printable"))

m_n24 = M("n24_metrology", date=d(2023, 5, 29, 9, 25), frm=("Метрологическая служба", "metr@soez.example.by"), to=[ALL], hcs="koi8-r",
          subject="Поверка средств измерений в июне",
          body=Text("""Прошу до 9 июня сдать в метрологическую службу средства измерений, у которых срок поверки истекает в июле: штангенциркули, микрометры, оптические скамьи ОСК-2.

График приёма — в приложении к приказу.
""", charset="koi8-r", cte="quoted-printable"))

# ---------------------------------------------------------------- loose messages
L1 = dict(key="L1_brother_no_msgid", date=d(2023, 7, 27, 22, 3, TZ_LT), frm=BROTHER, to=[HERO], msgid=False,
          subject="Re: Виза", crlf=True, fname="2023-07-27_Re_Viza.eml",
          body=Text("""Коля, жаль, конечно. Может, оно и к лучшему — у меня тут на работе тоже спрашивали, не работает ли брат на оборонке. Гражданство у меня литовское, белорусского давно нет, но всё равно нервничают.

Приеду к вам, когда всё успокоится. Созвонимся в воскресенье.

Andrzej Sawicki
(Andžej Savicki — так у меня в паспорте, не удивляйся, если прилетит что-то по почте)
""", cte="quoted-printable"))

L2 = dict(key="L2_zhdan_fwd_kanzaki", date=d(2023, 4, 21, 8, 40), frm=ZHDAN, to=[HERO], fname="2023-04-21_Fwd_Kanzaki.eml",
          subject="Fwd: Re: Inquiry on germanium lens assemblies KL-75/100", body=None)

L3 = dict(key="L3_power_outage", date=d(2023, 9, 11, 10, 0), frm=("Энергосбыт", "info@energo.example.by"), to=[("", HERO[1])],
          fname="2023-09-11_energo.eml", subject="Плановое отключение электроэнергии",
          body=Text("""Уважаемый абонент! 13.09.2023 с 9:00 до 16:00 в связи с ремонтом сетей будет отключена электроэнергия по ул. Садовой (дома 1–27) г. Светлодольска.
""", charset="windows-1251", cte="8bit"))

# ---------------------------------------------------------------- message ids and dependent bodies
for m in MSGS + [L1, L2, L3]:
    m["mid"] = mid(m["key"], m["frm"])


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


m3_raw = build(m3)
m4["body"] = Multi("mixed", [Text("""Виталий Игоревич, французы отказали окончательно: из-за санкций ЕС Détectis не поставит нам ни модули DTX-640, ни запчасти к тем, что уже стоят на стендах. Договор 2019 года заморожен.

Значит, охлаждаемых фотоприёмников на второе полугодие у нас нет совсем. Прошу срочно поднять все альтернативы — китайцев, турок, кого угодно.

Если санкции когда-нибудь снимут, вернёмся к разговору с Греноблем, но рассчитывать на это нельзя.

Н. Савицкий
""", cte="base64"), Rfc822(m3_raw)])

m10["reply_to_mid"] = m9["mid"]
m10["body"] = Text("""Николай Петрович,

согласен. «Анадолу Оптик» откажите вежливо, с китайцами работайте, образцы оплатим из резерва директора.

В.С. Гурин

10.05.2023 12:17, Савицкий Николай Петрович пишет:
""" + quote_lines(m9_text) + "\n", cte="8bit")

m13["reply_to_mid"] = m12["mid"]
m13["body"] = Text("""Сергей Аркадьевич, добрый день.

С пополам Валерий Степанович в принципе согласен, но просит учесть, что оптический тракт полностью на нас, и хотел бы обсудить цифру при встрече. В мае в Тулу не поедем — из-за отпусков и проверки поездку перенесли на сентябрь.

Н.П. Савицкий

16.05.2023 11:03, Громов Сергей Аркадьевич пишет:
> Наше руководство после пересчёта сметы просит пересмотреть финансовый раздел: второй этап подорожал, и при 40 процентах ваша часть не покрывает даже оптику. Предлагаем делить расходы на ОКР пополам — 50 на 50, начиная со второго этапа.
>
> Если Валерий Степанович согласен, подготовим дополнительное соглашение. Заодно обсудили бы это лично — в мае в Тулу вас ждать?
""", charset="koi8-r", cte="8bit")

m21["reply_to_mid"] = m20["mid"]
m21["body"] = Text("""Andrej, pryvitańnie!

Dobra, damoŭlenasć jość: u vieraśni — Biełastok. Dakumienty na polskuju vizu padaŭ učora ŭ vizavy centr u Homieli, kažuć, adkaz praz try tydni.

Tani pieradam pryvitańnie ad Ireny.

Mikałaj

28.06.2023 21:17, Andrzej Sawicki napisaŭ:
> Коля, привет!
>
> Насчёт встречи: в Беларусь мне сейчас ехать не хочется, сам понимаешь. Давай в сентябре встретимся в Белостоке.
""", cte="quoted-printable")

m26["reply_to_mid"] = m25["mid"]
m26["body"] = Text("""Николай Петрович, с возвращением!

Образцы HX-640M пришли 9 августа, на стенде отработали 200 часов без замечаний. «Хунсинь» ждёт наш заказ на первую партию, Чжоу Минъюаню я обещал ответ до конца месяца.

В.И. Жданович

> Что у нас с образцами из Чэнду? Пришли?
""", charset="windows-1251", cte="base64")

m29_text = m29["body"].parts[0].text
m30["body"] = Multi("mixed", [Text("""Валерий Степанович, протокол от Громова. Итог: 45 % наши, 55 % тульские, вариант пополам снят. Оригиналы будут на следующей неделе.

Н.П.

-------- Пересланное сообщение --------
От: Громов Сергей Аркадьевич <s.gromov@obereg.example.ru>
Дата: 15.09.2023 16:22
Тема: Протокол согласования № 2 по ТС-4

""" + m29_text, charset="windows-1251", cte="base64"), Attach("Протокол_№2_ТС-4.xlsx", XLSX_CT, XLSX_PROTOCOL)])

L2["body"] = Text("""Николай Петрович, японцы тоже отказали — объективы KL-75 и KL-100 попали под японские экспортные ограничения против Беларуси, ни напрямую, ни через третьи страны не отгрузят. Германиевые заготовки у них тоже под запретом.

В.И.

-------- Forwarded Message --------
Subject: Re: Inquiry on germanium lens assemblies KL-75/100
Date: Thu, 20 Apr 2023 11:12:00 +0900
From: Kanzaki Kogaku Overseas Sales <overseas@kanzaki-kogaku.example.jp>

""" + m5["body"].text, cte="base64")

# ================================================================= truth
ENTITIES = [
    dict(id="o_soez", schema="Company", name="Svetlodolsk Optoelectronic Plant OJSC", names=[
        "ОАО «СОЭЗ»", "СОЭЗ", "ААТ «СОЭЗ»", "SOEZ",
        "Открытое акционерное общество «Светлодольский оптико-электронный завод»",
        "Светлодольский оптико-электронный завод",
        "ААТ «Светладольскі оптыка-электронны завод»", "Светладольскі оптыка-электронны завод",
        "Svetlodolsk Optoelectronic Plant OJSC", "Svetlodolsk Optoelectronic Plant",
    ], properties={"country": ["by"]}),
    dict(id="o_obereg", schema="Company", name="Tula Research Institute Obereg", names=[
        "АО «НИИ «Оберег»", "НИИ «Оберег»", "Оберег", "Оберега",
        "Акционерное общество «Тульский научно-исследовательский институт «Оберег»",
        "Тульский научно-исследовательский институт «Оберег»",
    ], properties={"country": ["ru"]}),
    dict(id="o_hongxin", schema="Company", name="Chengdu Hongxin Photonics Co., Ltd.", names=[
        "Chengdu Hongxin Photonics Co., Ltd.", "Chengdu Hongxin Photonics",
        "Hongxin", "Хунсинь",
    ], properties={"country": ["cn"]}),
    dict(id="o_anadolu", schema="Company", name="Anadolu Optik Dağıtım A.Ş.", names=[
        "Anadolu Optik Dağıtım A.Ş.", "Anadolu Optik", "Анадолу Оптик",
    ], properties={"country": ["tr"]}),
    dict(id="o_detectis", schema="Company", name="Détectis Infrarouge SAS", names=[
        "Détectis Infrarouge SAS", "Détectis", "Détectis Infrarouge", "Détectis Infrarouge - Export",
    ], properties={"country": ["fr"]}),
    dict(id="o_kanzaki", schema="Company", name="Kanzaki Kogaku Co., Ltd.", names=[
        "Kanzaki Kogaku Co., Ltd.", "Kanzaki Kogaku", "Kanzaki", "神崎光学株式会社", "Kanzaki Kogaku Overseas Sales",
    ], properties={"country": ["jp"]}),
    dict(id="p_savitsky", schema="Person", name="Mikalai Savitski", names=[
        "Савицкий Николай Петрович", "Николай Петрович", "Н.П. Савицкий", "Н. Савицкий", "Савицкий Н.П.",
        "Савицкого Николая Петровича",
        "Мікалай Савіцкі", "М.П. Савіцкі", "Mikałaj", "Коля",
        "Mikalai Savitski", "SAVITSKI MIKALAI", "Mr. Savitski", "Mr. Savitsky", "Herr Sawizki", "Nikolai Sawizki",
    ], properties={"email": ["n.savitsky@soez.example.by"], "citizenship": ["by"]}),
    dict(id="p_tatsiana", schema="Person", name="Tatsiana Savitskaya", names=[
        "Таццяна Савіцкая", "Таня", "Тане", "Tani", "Tatsiana Savitskaya", "Савицкая Татьяна Владимировна",
    ], properties={"email": ["tatsiana.sav@mail.example.by"]}),
    dict(id="p_katsiaryna", schema="Person", name="Katsiaryna Drazdova", names=[
        "Katya Drozdova", "Катя", "Катюша", "Каця", "Katsiaryna Drazdova", "Дроздова Екатерина Николаевна",
    ], properties={"email": ["katya.drozdova@mail.example.by"]}),
    dict(id="p_andrei", schema="Person", name="Andrzej Sawicki", names=[
        "Andrzej Sawicki", "Andrzej", "Andžej Savicki", "Andrej", "Андрей", "Савицкий Андрей Петрович",
    ], properties={"email": ["andrzej.sawicki@poczta.example.lt"], "citizenship": ["lt"]}),
    dict(id="p_zhou", schema="Person", name="Zhou Mingyuan", names=[
        "Zhou Mingyuan", "周明远", "Чжоу Минъюань", "Чжоу Минъюаню",
    ], properties={"email": ["zhou.my@hongxin-photonics.example.cn"]}),
    dict(id="p_zhdanovich", schema="Person", name="Vitali Zhdanovich", names=[
        "Жданович Виталий Игоревич", "Виталий Игоревич", "В.И. Жданович", "Жданович В.И.", "Ждановіч В.І.",
        "Vitali Zhdanovich", "Mr. Zhdanovich", "ZHDANOVICH VITALI",
    ], properties={"email": ["v.zhdanovich@soez.example.by"]}),
    dict(id="p_gromov", schema="Person", name="Sergei Gromov", names=[
        "Громов Сергей Аркадьевич", "С.А. Громов", "Сергей Аркадьевич", "Громова Сергея Аркадьевича",
        "Громову", "Громова",
    ], properties={"email": ["s.gromov@obereg.example.ru"]}),
    dict(id="p_gurin", schema="Person", name="Valery Gurin", names=[
        "Гурин В.С.", "В.С. Гурин", "Валерий Степанович", "Валерию Степановичу", "Гурина Валерия Степановича",
        "Гурина В.С.", "В.С. Гурын", "Гурын Валерый Сцяпанавіч",
    ], properties={"email": ["gurin@soez.example.by"]}),
    dict(id="p_aydin", schema="Person", name="Emre Aydın", names=[
        "Emre Aydın", "Mr. Aydın", "Эмре Айдын",
    ], properties={"email": ["emre.aydin@anadolu-optik.example.com.tr"]}),
]

MIDS = {m["key"]: m for m in MSGS + [L1, L2, L3]}


def ev(key, quote):
    return {"key": key, "quote": quote}


FINDINGS = [
    dict(kind="military_maintenance", subjects=["o_soez"],
         summary="SOEZ modernises the sighting systems of Mi-24P helicopters and Su-25 attack aircraft and T-72B gunner sights for the Armed Forces of Belarus.",
         attributes={"platforms": ["mi-24", "mi-24p", "su-25", "t-72", "t-72b"], "customer_country": "by"},
         evidence=[ev("m18_by_order_html", "ААТ «Светладольскі оптыка-электронны завод» выконвае мадэрнізацыю прыцэльных сістэм верталётаў Мі-24П і штурмавікоў Су-25, а таксама прыцэлаў наводчыка танкаў Т-72Б для Узброеных Сіл Рэспублікі Беларусь"),
                   ev("m19_pdo_plan", "По белорусскому гособоронзаказу без изменений: 6 комплектов для Ми-24П, 4 для Су-25, 10 прицелов для Т-72Б.")]),
    dict(kind="military_maintenance", subjects=["o_soez"],
         summary="SOEZ supplies modernised sighting systems for Su-25SM3 and gunner sights for T-72B3 under a contract with the Russian Ministry of Defence.",
         attributes={"platforms": ["su-25", "su-25sm3", "t-72", "t-72b3"], "customer_country": "ru"},
         evidence=[ev("m19_pdo_plan", "По контракту с Министерством обороны Российской Федерации — 14 комплектов модернизированных прицельных систем для Су-25СМ3 и 22 прицела наводчика для Т-72Б3")]),
    dict(kind="joint_development", subjects=["o_soez", "o_obereg"],
         summary="SOEZ and NII Obereg (Tula) jointly develop the TS-4 Filin thermal-imaging sight; SOEZ's share went from 40% to a proposed 50/50 and was finally fixed at 0.45 in protocol No. 2.",
         attributes={"product": ["ts-4", "ts-4 filin", "filin", "ts-4 thermal imaging sight"], "partner_country": "ru", "funding_share": 0.45},
         evidence=[ev("m01_gromov_draft", "1.1. Стороны совместно разрабатывают тепловизионный прицел ТС-4 «Филин» для модернизации прицельных комплексов бронетехники и вертолётов."),
                   ev("m02_hero_to_gurin", "По деньгам они записали нам 40 процентов стоимости ОКР"),
                   ev("m12_gromov_50_50", "Предлагаем делить расходы на ОКР пополам — 50 на 50, начиная со второго этапа."),
                   ev("m13_hero_reply_50_50", "С пополам Валерий Степанович в принципе согласен"),
                   ev("m29_gromov_protocol", "доля вашего завода в финансировании ОКР по «Филину» с четвёртого квартала — 0,45, наша — 0,55"),
                   ev("m29_gromov_protocol", "Доля ОАО «СОЭЗ» изменена с 0,40 на 0,45; предложение о паритетном (50/50) финансировании снято."),
                   ev("m30_hero_fwd_protocol", "Итог: 45 % наши, 55 % тульские, вариант пополам снят.")]),
    dict(kind="sanctions_obstacle", subjects=["o_soez"],
         summary="EU sanctions stop the French firm Détectis from supplying cooled infrared detector modules and spares to SOEZ.",
         attributes={"origin_country": "fr", "goods": "infrared detectors"},
         evidence=[ev("m03_detectis_refusal", "Détectis Infrarouge SAS is not in a position to supply infrared detectors, spare parts or technical assistance to Svetlodolsk Optoelectronic Plant OJSC"),
                   ev("m04_hero_fwd_detectis", "из-за санкций ЕС Détectis не поставит нам ни модули DTX-640, ни запчасти к тем, что уже стоят на стендах")]),
    dict(kind="sanctions_obstacle", subjects=["o_soez"],
         summary="Japanese export restrictions against Belarus stop Kanzaki Kogaku from shipping infrared lens assemblies (and germanium blanks) to SOEZ.",
         attributes={"origin_country": "jp", "goods": "infrared lenses"},
         evidence=[ev("m05_kanzaki_refusal", "Kanzaki Kogaku Co., Ltd. cannot ship them to your company, either directly or via third countries"),
                   ev("L2_zhdan_fwd_kanzaki", "объективы KL-75 и KL-100 попали под японские экспортные ограничения против Беларуси")]),
    dict(kind="alternative_supplier", subjects=["o_soez", "o_hongxin"],
         summary="Chengdu Hongxin Photonics offers HX-640M cooled MWIR modules in place of the French DTX-640; samples pass and a contract for 40 modules is agreed.",
         attributes={"supplier_country": "cn", "goods": "cooled infrared detectors"},
         evidence=[ev("m07_zhou_offer", "Chengdu Hongxin Photonics can offer the HX-640M cooled MWIR detector module (640x512, 15 um pitch, integral rotary Stirling cooler) as a drop-in replacement for the DTX-640"),
                   ev("m09_hero_alternatives", "Предлагаю заказать у «Хунсинь» два образца на испытания и, если пройдут, закупать у них."),
                   ev("m10_gurin_reply", "с китайцами работайте, образцы оплатим из резерва директора"),
                   ev("m26_zhdan_samples", "Образцы HX-640M пришли 9 августа, на стенде отработали 200 часов без замечаний."),
                   ev("m35_zhdan_report", "с Chengdu Hongxin Photonics Co., Ltd. согласован контракт на поставку 40 охлаждаемых модулей HX-640M взамен французских DTX-640")]),
    dict(kind="equipment_shortage", subjects=["o_soez"],
         summary="SOEZ runs short of germanium blanks for IR lenses; lens production for Su-25 and T-72B sights stops on 13 November 2023.",
         attributes={"goods": "germanium blanks"},
         evidence=[ev("m06_zhdan_stock_koi8_nocharset", "германиевых заготовок диаметром 110 мм осталось 9 штук, этого хватит максимум на три объектива для прицелов Су-25"),
                   ev("m35_zhdan_report", "Вопрос германиевых заготовок в Чэнду решить не удалось"),
                   ev("m36_hero_to_gromov_shortage", "С германием ещё хуже — заготовок на объективы 100 мм нет, ищем в России."),
                   ev("m37_gurin_germanium_by", "У сувязі з нястачай германіевых загатовак вытворчасць аб'ектываў для прыцэлаў Су-25 і Т-72Б прыпынена з 13 лістапада.")]),
    dict(kind="equipment_shortage", subjects=["o_soez"],
         summary="SOEZ has no cooled infrared detectors (photodetector modules) in stock; the Filin mock-up is delayed.",
         attributes={"goods": "cooled infrared detectors"},
         evidence=[ev("m04_hero_fwd_detectis", "охлаждаемых фотоприёмников на второе полугодие у нас нет совсем"),
                   ev("m06_zhdan_stock_koi8_nocharset", "Охлаждаемых фотоприёмников на складе ноль"),
                   ev("m36_hero_to_gromov_shortage", "охлаждаемых фотоприёмников у нас по-прежнему нет, первая партия из Чэнду придёт только в январе")]),
    dict(kind="foreign_travel", subjects=["p_savitsky", "p_tatsiana", "p_katsiaryna"],
         summary="Savitski, his wife Tatsiana and daughter Katsiaryna holidayed in Batumi, Georgia, 5-15 August 2023.",
         attributes={"country": "ge", "start": "2023-08-05", "place": "Batumi", "purpose": "holiday"},
         evidence=[ev("m14_wife_batumi", "Ёсць добры варыянт каля мора, з 5 па 15 жніўня, тры чалавекі — мы з табой і Каця."),
                   ev("m15_booking_html", "Guests: Mikalai Savitski, Tatsiana Savitskaya, Katsiaryna Drazdova"),
                   ev("m16_hero_fwd_booking", "Guests: Mikalai Savitski, Tatsiana Savitskaya, Katsiaryna Drazdova"),
                   ev("m25_hero_back", "Отдыхали с женой и дочкой в Батуми десять дней")]),
    dict(kind="foreign_travel", subjects=["p_savitsky", "p_zhdanovich"],
         summary="Savitski and Zhdanovich travelled to Chengdu, China, 16-21 October 2023 for talks with Hongxin Photonics.",
         attributes={"country": "cn", "start": "2023-10-16", "place": "Chengdu", "purpose": "talks with Chengdu Hongxin Photonics"},
         evidence=[ev("m31_zhou_invitation", "please find attached the invitation letter for you and Mr. Zhdanovich for the visit to Chengdu from 16 to 21 October"),
                   ev("m34_kadry_anketa", "Страна и цель выезда: КНР, г. Чэнду, переговоры с Chengdu Hongxin Photonics Co., Ltd., 16.10.2023–21.10.2023"),
                   ev("m32_hero_next_week_chengdu", "На следующей неделе летим в Чэнду"),
                   ev("m33_itinerary", "16OCT23  MSQ Minsk 21:40  ->  URC Urumqi 07:55+1   flight XX 4471"),
                   ev("m35_zhdan_report", "По итогам командировки в г. Чэнду (КНР) 16–21 октября 2023 г. (Савицкий Н.П., Жданович В.И.)")]),
    dict(kind="foreign_travel", subjects=["p_savitsky"],
         summary="Savitski went on a business trip to NII Obereg in Tula, Russia, 12-14 September 2023, and signed protocol No. 2 there (a May trip had been called off).",
         attributes={"country": "ru", "start": "2023-09-12", "place": "Tula", "purpose": "meeting and protocol signing at NII Obereg"},
         evidence=[ev("m28_tula_order_cp1251_as_koi8", "в командировку в г. Тула (Российская Федерация), АО «НИИ «Оберег», с 12 по 14 сентября 2023 г."),
                   ev("m29_gromov_protocol", "Спасибо за продуктивную работу в Туле."),
                   ev("m30_hero_fwd_protocol", "Спасибо за продуктивную работу в Туле.")]),
    dict(kind="citizenship", subjects=["p_andrei"],
         summary="Savitski's brother Andrzej (Andrei) lives in Vilnius and has been a Lithuanian citizen since 2019; he gave up Belarusian citizenship.",
         attributes={"countries": ["lt"]},
         evidence=[ev("m20_brother_vilnius", "Литовский паспорт у меня с 2019 года, белорусский я тогда сдал"),
                   ev("L1_brother_no_msgid", "Гражданство у меня литовское, белорусского давно нет"),
                   ev("m34_kadry_anketa", "брат — Савицкий Андрей Петрович, 1974 г. р., гражданин Литовской Республики, проживает в г. Вильнюс")]),
    dict(kind="citizenship", subjects=["p_savitsky"],
         summary="Savitski is a citizen of Belarus.",
         attributes={"countries": ["by"]},
         evidence=[ev("m22_visa_refusal", "Nationality: Republic of Belarus"),
                   ev("m34_kadry_anketa", "Гражданство: Республика Беларусь")]),
    dict(kind="family_relation", subjects=["p_savitsky", "p_tatsiana"], attributes={"relationship": "spouse"},
         summary="Tatsiana (Tatiana Vladimirovna) Savitskaya is Savitski's wife.",
         evidence=[ev("m34_kadry_anketa", "жена — Савицкая Татьяна Владимировна, 1971 г. р., г. Светлодольск"),
                   ev("m25_hero_back", "Отдыхали с женой и дочкой в Батуми десять дней")]),
    dict(kind="family_relation", subjects=["p_savitsky", "p_katsiaryna"], attributes={"relationship": "child"},
         summary="Katsiaryna (Ekaterina) Drazdova, née Savitskaya, is Savitski's married daughter.",
         evidence=[ev("m34_kadry_anketa", "дочь — Дроздова Екатерина Николаевна (в девичестве Савицкая), 1996 г. р., г. Минск"),
                   ev("m25_hero_back", "Отдыхали с женой и дочкой в Батуми десять дней")]),
    dict(kind="family_relation", subjects=["p_savitsky", "p_andrei"], attributes={"relationship": "sibling"},
         summary="Andrzej Sawicki (Andrei Petrovich Savitsky) in Vilnius is Savitski's brother.",
         evidence=[ev("m20_brother_vilnius", "Обнимаю, твой брат"),
                   ev("L1_brother_no_msgid", "не работает ли брат на оборонке"),
                   ev("m34_kadry_anketa", "брат — Савицкий Андрей Петрович, 1974 г. р., гражданин Литовской Республики, проживает в г. Вильнюс")]),
    dict(kind="employment", subjects=["p_savitsky", "o_soez"], attributes={"role": "lead engineer"},
         summary="Savitski is lead engineer of the design bureau of SOEZ.",
         evidence=[ev("m28_tula_order_cp1251_as_koi8", "Направить ведущего инженера конструкторского бюро ОАО «СОЭЗ» Савицкого Николая Петровича"),
                   ev("m18_by_order_html", "вядучы інжынер КБ М.П. Савіцкі"),
                   ev("m34_kadry_anketa", "Место работы и должность: ОАО «СОЭЗ», ведущий инженер конструкторского бюро"),
                   ev("m11_hero_declines_anadolu", "Lead Engineer, Design Bureau")]),
    dict(kind="employment", subjects=["p_gurin", "o_soez"], attributes={"role": "general director"},
         summary="Valery Gurin is the general director of SOEZ.",
         evidence=[ev("m01_gromov_draft", "в лице генерального директора Гурина Валерия Степановича"),
                   ev("m18_by_order_html", "Генеральны дырэктар ААТ «СОЭЗ» В.С. Гурын")]),
    dict(kind="employment", subjects=["p_zhdanovich", "o_soez"], attributes={"role": "head of procurement"},
         summary="Vitali Zhdanovich heads the procurement (material and technical supply) department of SOEZ.",
         evidence=[ev("m06_zhdan_stock_koi8_nocharset", "начальник отдела материально-технического снабжения"),
                   ev("m31_zhou_invitation", "Mr. ZHDANOVICH VITALI, Head of Procurement, of Svetlodolsk Optoelectronic Plant OJSC"),
                   ev("m35_zhdan_report", "Начальник отдела МТС В.И. Жданович")]),
    dict(kind="employment", subjects=["p_gromov", "o_obereg"], attributes={"role": "deputy general director for research"},
         summary="Sergei Gromov is deputy general director for research of NII Obereg.",
         evidence=[ev("m01_gromov_draft", "в лице заместителя генерального директора по научной работе Громова Сергея Аркадьевича"),
                   ev("m01_gromov_draft", "заместитель генерального директора по научной работе")]),
    dict(kind="employment", subjects=["p_zhou", "o_hongxin"], attributes={"role": "sales director"},
         summary="Zhou Mingyuan is sales director of the export department of Chengdu Hongxin Photonics.",
         evidence=[ev("m07_zhou_offer", "Sales Director, Export Department"),
                   ev("m31_zhou_invitation", "Sales Director, Export Department")]),
    dict(kind="employment", subjects=["p_aydin", "o_anadolu"], attributes={"role": "export sales manager"},
         summary="Emre Aydın is export sales manager of Anadolu Optik.",
         evidence=[ev("m08_anadolu_offer", "Export Sales Manager"),
                   ev("m09_hero_alternatives", "Турецкая фирма Anadolu Optik (Стамбул, менеджер Эмре Айдын)")]),
    dict(kind="watchlist_match", subjects=["o_obereg"], attributes={"list": "watchlist", "entry_id": "wl-ru-2201", "score": 0.9},
         summary="NII Obereg is on the watchlist as TULA SCIENTIFIC RESEARCH INSTITUTE OBEREG JSC.",
         evidence=[ev("m01_gromov_draft", "АО «НИИ «Оберег», г. Тула"), ev("m28_tula_order_cp1251_as_koi8", "АО «НИИ «Оберег»"),
                   ev("m29_gromov_protocol", "АО «НИИ «Оберег»"), ev("m02_hero_to_gurin", "Прислали из Оберега")]),
    dict(kind="watchlist_match", subjects=["p_gromov"], attributes={"list": "watchlist", "entry_id": "wl-ru-2202", "score": 0.9},
         summary="Sergei Arkadyevich Gromov is on the watchlist as GROMOV, Sergey Arkadyevich.",
         evidence=[ev("m01_gromov_draft", "С.А. Громов"), ev("m12_gromov_50_50", "С.А. Громов"),
                   ev("m29_gromov_protocol", "С.А. Громов"), ev("m36_hero_to_gromov_shortage", "Сергей Аркадьевич")]),
    dict(kind="watchlist_match", subjects=["p_zhou"], attributes={"list": "watchlist", "entry_id": "wl-cn-2203", "score": 0.85},
         summary="Zhou Mingyuan is on the watchlist under the Wade-Giles spelling CHOU, Ming-yuan.",
         evidence=[ev("m07_zhou_offer", "Zhou Mingyuan 周明远"), ev("m31_zhou_invitation", "Zhou Mingyuan"),
                   ev("m32_hero_next_week_chengdu", "Чжоу Минъюань"), ev("m26_zhdan_samples", "Чжоу Минъюаню")]),
]

WATCHLIST = [
    {"id": "wl-ru-2201", "schema": "Company", "caption": "TULA SCIENTIFIC RESEARCH INSTITUTE OBEREG JSC",
     "properties": {"name": ["TULA SCIENTIFIC RESEARCH INSTITUTE OBEREG JSC"], "alias": ["AO NII OBEREG", "JSC Tula NII Obereg"],
                    "country": ["ru"], "address": ["Tula, Russia"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-2202", "schema": "Person", "caption": "GROMOV, Sergey Arkadyevich",
     "properties": {"name": ["GROMOV, Sergey Arkadyevich"], "alias": ["Sergei Arkadievich Gromov"], "birthDate": ["1967-02-19"],
                    "nationality": ["ru"], "position": ["Deputy General Director, Tula research institute"]}, "datasets": ["watchlist"]},
    {"id": "wl-cn-2203", "schema": "Person", "caption": "CHOU, Ming-yuan",
     "properties": {"name": ["CHOU, Ming-yuan"], "alias": ["周明远"], "birthDate": ["1978-11-03"], "nationality": ["cn"],
                    "position": ["sales director, infrared components"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-2204", "schema": "Person", "caption": "GROMOV, Sergey Andreyevich",
     "properties": {"name": ["GROMOV, Sergey Andreyevich"], "birthDate": ["1979-06-30"], "nationality": ["ru"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-2205", "schema": "Person", "caption": "GROMOVA, Svetlana Arkadyevna",
     "properties": {"name": ["GROMOVA, Svetlana Arkadyevna"], "birthDate": ["1966-09-12"], "nationality": ["ru"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-2206", "schema": "Company", "caption": "OBEREG-SERVIS LLC",
     "properties": {"name": ["OBEREG-SERVIS LLC"], "alias": ["ООО «Оберег-Сервис»"], "country": ["ru"], "address": ["Moscow, Russia"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-2207", "schema": "Person", "caption": "SAVITSKI, Mikhail Piatrovich",
     "properties": {"name": ["SAVITSKI, Mikhail Piatrovich"], "alias": ["Савицкий Михаил Петрович"], "birthDate": ["1958-01-22"],
                    "nationality": ["by"]}, "datasets": ["watchlist"]},
    {"id": "wl-cn-2208", "schema": "Company", "caption": "CHENGDU HONGXING OPTICAL TRADING CO., LTD.",
     "properties": {"name": ["CHENGDU HONGXING OPTICAL TRADING CO., LTD."], "country": ["cn"]}, "datasets": ["watchlist"]},
]

# true charsets for the self-check (where the declaration lies or is missing)
TRUE_CHARSET = {"m06_zhdan_stock_koi8_nocharset": "koi8-r", "m28_tula_order_cp1251_as_koi8": "windows-1251"}


# ================================================================= writing
def mbox_from_line(m):
    t = m["date"].astimezone(dt.timezone.utc)
    return "From %s %s\n" % (m["frm"][1], t.strftime("%a %b %d %H:%M:%S %Y"))


def write_all():
    MSGS.sort(key=lambda m: m["date"])
    out = b""
    raws = {}
    for m in MSGS:
        raw = build(m)
        raws[m["key"]] = raw
        quoted = b"".join((b">" + l) if re.match(rb"^>*From ", l) else l for l in raw.splitlines(keepends=True))
        out += mbox_from_line(m).encode() + quoted + b"\n"
    with open(os.path.join(HERE, "mailbox.mbox"), "wb") as fh:
        fh.write(out)
    loose_dir = os.path.join(HERE, "loose")
    os.makedirs(loose_dir, exist_ok=True)
    for m in (L1, L2, L3):
        raw = build(m)
        if m.get("crlf"):
            raw = raw.replace(b"\n", b"\r\n")
        raws[m["key"]] = raw
        with open(os.path.join(loose_dir, m["fname"]), "wb") as fh:
            fh.write(raw)
        if not m.get("msgid", True):
            m["mid"] = "<sha256:%s>" % hashlib.sha256(raw).hexdigest()
    # truth
    findings = []
    for i, f in enumerate(FINDINGS, 1):
        findings.append({
            "id": "f-%03d" % i, "kind": f["kind"], "summary": f["summary"], "subjects": f["subjects"],
            "attributes": f["attributes"],
            "evidence": [{"message_id": MIDS[e["key"]]["mid"], "quote": e["quote"]} for e in f["evidence"]],
            "confidence": 1.0})
    truth = {"format": "paperchase.findings/1", "entities": ENTITIES, "findings": findings}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "watchlist.ftm.json"), "w", encoding="utf-8") as fh:
        for w in WATCHLIST:
            fh.write(json.dumps(w, ensure_ascii=False) + "\n")
    return raws


# ================================================================= self-checks
class _HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        if tag in ("p", "br", "div", "li", "tr", "h1", "h2"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_to_text(s):
    p = _HTMLText()
    p.feed(s)
    return "".join(p.out)


def office_text(data, name):
    z = zipfile.ZipFile(io.BytesIO(data))
    if name.endswith(".docx"):
        x = z.read("word/document.xml").decode()
        paras = re.findall(r"<w:p>(.*?)</w:p>", x)
        return "\n".join(html.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p))) for p in paras)
    strings = [html.unescape(s) for s in re.findall(r"<t[^>]*>(.*?)</t>", z.read("xl/sharedStrings.xml").decode())]
    x = z.read("xl/worksheets/sheet1.xml").decode()
    out = []
    for row in re.findall(r"<row[^>]*>(.*?)</row>", x):
        cells = []
        for attrs, v in re.findall(r"<c ([^>]*)><v>(.*?)</v></c>", row):
            cells.append(strings[int(v)] if 't="s"' in attrs else v)
        out.append("\t".join(cells))
    return "\n".join(out)


def decoded_texts(key, raw):
    """Header text, body texts and attachment texts of one message, decoded with the email package."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    heads = []
    for h in ("From", "To", "Cc", "Subject"):
        for v in msg.get_all(h, []):
            heads.append(str(make_header(decode_header(v))))
    bodies, atts = [], []
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            continue
        if part.get_content_type() == "message/rfc822":
            continue
        # skip parts nested inside an attached message
        payload = part.get_payload(decode=True)
        if payload is None:
            continue
        fn = part.get_filename()
        if fn:
            fn = str(make_header(decode_header(fn)))
            if fn.endswith((".docx", ".xlsx")):
                atts.append(office_text(payload, fn))
            else:
                atts.append(payload.decode(part.get_content_charset() or "utf-8"))
            continue
        cs = TRUE_CHARSET.get(key) or part.get_content_charset() or "us-ascii"
        text = payload.decode(cs)
        if part.get_content_subtype() == "html":
            text = html_to_text(text)
        bodies.append(text)
    return heads, bodies, atts


def top_level_parts_only(raw):
    return raw


def parse_mbox(path):
    data = open(path, "rb").read()
    msgs, cur = [], None
    prev_blank = True
    for line in data.splitlines(keepends=True):
        if line.startswith(b"From ") and prev_blank:
            if cur is not None:
                msgs.append(cur)
            cur = []
        else:
            if re.match(rb"^>+From ", line):
                line = line[1:]
            cur.append(line)
        prev_blank = line.strip() == b""
    if cur is not None:
        msgs.append(cur)
    out = []
    for lines in msgs:
        raw = b"".join(lines)
        if raw.endswith(b"\n\n"):
            raw = raw[:-1]
        out.append(raw)
    return out


def self_check(raws):
    ok = True
    # 4. message count
    parsed = parse_mbox(os.path.join(HERE, "mailbox.mbox"))
    import mailbox
    n_py = len(mailbox.mbox(os.path.join(HERE, "mailbox.mbox")))
    c4 = len(parsed) == len(MSGS) == n_py
    print("check 4 (message count): mbox %d (python mailbox %d), intended %d, loose %d -> %s" % (
        len(parsed), n_py, len(MSGS), 3, "OK" if c4 else "FAIL"))
    ok &= c4
    # round trip: the parsed mbox gives back the bytes we built
    rt = all(p == raws[m["key"]] for p, m in zip(parsed, MSGS))
    print("        mboxrd round trip of all messages:", "OK" if rt else "FAIL")
    ok &= rt
    # texts
    texts = {}
    for m in MSGS + [L1, L2, L3]:
        raw = raws[m["key"]]
        if m["key"].startswith("L"):
            raw = open(os.path.join(HERE, "loose", m["fname"]), "rb").read()
        texts[m["key"]] = decoded_texts(m["key"], raw)
    # 1. quotes
    bad = 0
    n = 0
    for f in FINDINGS:
        for e in f["evidence"]:
            n += 1
            heads, bodies, atts = texts[e["key"]]
            if not any(e["quote"] in t for t in bodies + atts):
                bad += 1
                print("   quote NOT FOUND in %s: %r" % (e["key"], e["quote"]))
    print("check 1 (evidence quotes verbatim in decoded text): %d/%d -> %s" % (n - bad, n, "OK" if not bad else "FAIL"))
    ok &= not bad
    # 2. score truth against itself
    r = subprocess.run([sys.executable, "/work/shared/tools/score_case.py", os.path.join(HERE, "truth.json"),
                        os.path.join(HERE, "truth.json"), "--json"], capture_output=True, text=True)
    s = json.loads(r.stdout)
    c2 = abs(s["findings"]["f1"] - 1.0) < 1e-9 and abs(s["entities"]["f1"] - 1.0) < 1e-9
    print("check 2 (truth vs truth): findings f1 %.3f, entities f1 %.3f -> %s" % (
        s["findings"]["f1"], s["entities"]["f1"], "OK" if c2 else "FAIL"))
    ok &= c2
    # 3. surface forms
    corpus = "\n".join("\n".join(h + b + a) for h, b, a in texts.values()).casefold()
    missing = [(e["id"], n) for e in ENTITIES for n in e["names"] if n.casefold() not in corpus]
    for x in missing:
        print("   surface form NOT FOUND:", x)
    allforms = [n.casefold() for e in ENTITIES for n in e["names"]]
    dups = sorted({x for x in allforms if allforms.count(x) > 1})
    if dups:
        print("   forms listed under more than one entity:", dups)
    print("check 3 (entity surface forms occur): %d/%d -> %s" % (
        len(allforms) - len(missing), len(allforms), "OK" if not missing and not dups else "FAIL"))
    ok &= not missing and not dups
    # extra: every evidence message id exists, subjects exist
    ids = {e["id"] for e in ENTITIES}
    c5 = all(s in ids for f in FINDINGS for s in f["subjects"])
    print("        subjects resolve to entities:", "OK" if c5 else "FAIL")
    ok &= c5
    noise = sum(1 for m in MSGS + [L1, L2, L3] if m["key"].startswith(("n", "L3")))
    print("        messages: %d in mbox + 3 loose; noise %d (%.0f%%)" % (len(MSGS), noise, 100.0 * noise / (len(MSGS) + 3)))
    from collections import Counter
    print("        findings per kind:", dict(Counter(f["kind"] for f in FINDINGS)))
    print("ALL SELF-CHECKS:", "PASS" if ok else "FAIL")
    return ok, texts


if __name__ == "__main__":
    raws = write_all()
    ok, texts = self_check(raws)
    if "--dump" in sys.argv:
        for k, (h, b, a) in texts.items():
            print("=" * 20, k)
            print("\n".join(h))
            print("\n---\n".join(b + a))
    sys.exit(0 if ok else 1)
