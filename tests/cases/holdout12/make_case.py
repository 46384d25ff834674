#!/usr/bin/env python3
"""Generate the holdout12 case: the mailbox of the head of procurement at a
fictional avionics plant in the Ryazan region.  Standard library only; every
byte is written deterministically.  Run:  python make_case.py [--scan]
"""
import base64
import hashlib
import html
import io
import json
import os
import quopri
import re
import subprocess
import sys
import unicodedata
import zipfile
from email import message_from_bytes, policy
from email.header import decode_header, make_header

HERE = os.path.dirname(os.path.abspath(__file__))
NL = "\n"

# --------------------------------------------------------------- addresses
PLANT = "vpz-meridian.example.ru"
A = {
    "gorbunov": ("Горбунов Валерий Петрович", "v.gorbunov@" + PLANT),
    "shcherbakov": ("Щербаков Юрий Евгеньевич", "y.shcherbakov@" + PLANT),
    "ermolaev": ("Ермолаев А.С.", "a.ermolaev@" + PLANT),
    "zhuk": ("Жук Александр Михайлович", "a.zhuk@kb-svislach.example.by"),
    "zhuk_en": ("Aliaksandr Zhuk", "a.zhuk@kb-svislach.example.by"),
    "eltech": ("ООО «Элтех-Дистрибуция», отдел продаж", "sales@eltech-dist.example.ru"),
    "sandeep": ("Sandeep Raghunathan", "sandeep@raghunathan-aero.example.in"),
    "kelvin": ("Kelvin Leung", "kelvin.leung@goldenharbour.example.hk"),
    "choi": ("Choi Seung-woo", "sw.choi@hanul-ic.example.kr"),
    "nguyen": ("Nguyễn Văn Thành", "thanh.nv@saobac.example.vn"),
    "wife": ("Татьяна Горбунова", "t.gorbunova@mail.example.ru"),
    "daughter": ("Irina Melnikova", "irina.melnikova@cymail.example.com.cy"),
    "brother": ("Oleh Horbunov", "oleh.horbunov@ukrmail.example.com.ua"),
    "vandijk_de": ("Van Dijk Interconnect GmbH – Vertrieb", "vertrieb@vandijk-interconnect.example.de"),
    "shcherbakov_de": ("Juri Schtscherbakow", "y.shcherbakov@" + PLANT),
    "it": ("Служба ИТ", "it-support@" + PLANT),
    "hr": ("Отдел кадров", "ok@" + PLANT),
    "rso": ("Режимно-секретный отдел", "rso@" + PLANT),
    "canteen": ("Столовая корпуса 1", "stolovaya@" + PLANT),
    "profkom": ("Профком", "profkom@" + PLANT),
    "travel": ("Ока-Тревел, корпоративный отдел", "corp@oka-travel.example.ru"),
    "hotel": ("Hôtel Corniche Marina Dubaï", "reservations@corniche-marina.example.ae"),
    "resort": ("Andaman Bay Resort Phuket", "booking@andaman-bay.example.co.th"),
    "news_el": ("Электроника: рынок и технологии", "digest@elrynok.example.com"),
    "avionics": ("Avionics Parts Weekly", "newsletter@avparts-weekly.example.com"),
    "bank": ("Банк «Окский кредит»", "info@okskiy-bank.example.ru"),
    "expo": ("Оргкомитет «Авиаприбор-2023»", "expo@aviapribor.example.ru"),
    "english": ("LinguaPro School", "promo@linguapro.example.com"),
    "courier": ("Служба доставки «Быстрый путь»", "noreply@bystry-put.example.ru"),
    "supply": ("Кузьмина Л.Н.", "l.kuzmina@" + PLANT),
    "smirnov": ("Смирнов Д.А.", "d.smirnov@" + PLANT),
    "balt": ("ООО «Балтжгут»", "office@baltzhgut.example.ru"),
    "garage": ("Автохозяйство", "garage@" + PLANT),
}

# ------------------------------------------------------------ header codec

def b_words(text, cs):
    """RFC 2047 B-encoded words, split on character boundaries."""
    words, cur = [], ""
    for ch in text:
        if len(base64.b64encode((cur + ch).encode(cs))) > 45:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return ["=?%s?b?%s?=" % (cs, base64.b64encode(w.encode(cs)).decode()) for w in words]


def q_words(text, cs):
    out, cur = [], ""
    for ch in text:
        b = ch.encode(cs)
        if ch == " ":
            enc = "_"
        elif re.match(r"[A-Za-z0-9!*+\-/]", ch):
            enc = ch
        else:
            enc = "".join("=%02X" % x for x in b)
        if len(cur) + len(enc) > 40:
            out.append(cur)
            cur = enc
        else:
            cur += enc
    if cur:
        out.append(cur)
    return ["=?%s?q?%s?=" % (cs, w) for w in out]


def hdr(text, cs="utf-8", enc="b"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    text = koi_safe(text, cs)
    words = b_words(text, cs) if enc == "b" else q_words(text, cs)
    return "\n ".join(words)


def addr(key, cs="utf-8", enc="b"):
    name, mail = A[key]
    try:
        name.encode("ascii")
        return '"%s" <%s>' % (name, mail) if any(c in name for c in ",.") else "%s <%s>" % (name, mail)
    except UnicodeEncodeError:
        return "%s <%s>" % (hdr(name, cs, enc), mail)


# -------------------------------------------------------------- body codec

def koi_safe(text, cs):
    """koi8-r has no typographic dashes or guillemets: a koi8 user types ASCII ones."""
    if cs == "koi8-r":
        for a, b in (("—", "-"), ("–", "-"), ("«", '"'), ("»", '"'), ("’", "'"), ("№", "N")):
            text = text.replace(a, b)
    return text


def enc_body(text, cs, cte):
    raw = koi_safe(text, cs).encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        q = quopri.encodestring(raw).decode("ascii")
        return q if q.endswith("\n") else q + "\n"
    return raw  # 7bit/8bit: raw bytes


def leaf(ctype, text, cs, cte, declare=True):
    """A text part: returns (header lines, body bytes)."""
    ct = "Content-Type: %s" % ctype
    if declare:
        ct += '; charset="%s"' % cs
    heads = [ct, "Content-Transfer-Encoding: %s" % cte]
    body = enc_body(text, cs, cte)
    if isinstance(body, str):
        body = body.encode("ascii")
    if not body.endswith(b"\n"):
        body += b"\n"
    return heads, body


def attachment(filename, ctype, data):
    try:
        filename.encode("ascii")
        disp = 'Content-Disposition: attachment; filename="%s"' % filename
        ctl = 'Content-Type: %s; name="%s"' % (ctype, filename)
    except UnicodeEncodeError:
        from urllib.parse import quote
        disp = "Content-Disposition: attachment;\n filename*=utf-8''%s" % quote(filename.encode("utf-8"))
        ctl = "Content-Type: %s" % ctype
    heads = [ctl, "Content-Transfer-Encoding: base64", disp]
    return heads, base64.encodebytes(data)


def rfc822_part(raw, filename):
    heads = ["Content-Type: message/rfc822",
             'Content-Disposition: attachment; filename="%s"' % filename]
    return heads, raw


def multipart(subtype, parts, boundary):
    heads = ['Content-Type: multipart/%s; boundary="%s"' % (subtype, boundary)]
    out = [b"This is a multi-part message in MIME format.\n"]
    for h, b in parts:
        out.append(("--%s\n" % boundary).encode())
        out.append(("\n".join(h) + "\n\n").encode("ascii"))
        out.append(b)
        if not b.endswith(b"\n"):
            out.append(b"\n")
    out.append(("--%s--\n" % boundary).encode())
    return heads, b"".join(out)


# ------------------------------------------------------------ OOXML writers
ZDATE = (2023, 1, 1, 0, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def docx(paragraphs):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    body = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p[2:] if bold else p
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, html.escape(t, quote=False)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def xlsx(rows, sheet="Дефицит"):
    strings, index = [], {}

    def si(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]

    cols = "ABCDEFGH"
    xrows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (cols[c], r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, si(v)))
        xrows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                 + "".join(xrows) + '</sheetData></worksheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(strings), len(strings))
           + "".join('<si><t xml:space="preserve">%s</t></si>' % html.escape(s, quote=False) for s in strings) + '</sst>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % html.escape(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml),
                 ("xl/sharedStrings.xml", sst)])


DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ---------------------------------------------------------------- messages
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dow(y, m, d):
    import datetime
    return DAYS[datetime.date(y, m, d).weekday()]


MSGS = []          # dicts: key, raw, msgid, sender, date, true_cs
MID = {}


def mid_for(key, domain):
    return "<%s@%s>" % (hashlib.sha1(("holdout12/" + key).encode()).hexdigest()[:16], domain)


def message(key, date, frm, to, subject, body, cc=None, subj_cs="utf-8", subj_enc="b",
            from_cs="utf-8", from_enc="b", reply_to=None, mailer="Microsoft Outlook 16.0",
            tz="+0300", true_cs=None, with_mid=True, extra=None):
    y, mo, d, hh, mm = date
    domain = A[frm][1].split("@")[1]
    msgid = mid_for(key, domain)
    MID[key] = msgid if with_mid else None
    h = []
    h.append("From: " + addr(frm, from_cs, from_enc))
    h.append("To: " + ", ".join(addr(t, from_cs, from_enc) for t in to))
    if cc:
        h.append("Cc: " + ", ".join(addr(t, from_cs, from_enc) for t in cc))
    h.append("Subject: " + hdr(subject, subj_cs, subj_enc))
    h.append("Date: %s, %02d %s %d %02d:%02d:00 %s" % (dow(y, mo, d), d, MONS[mo - 1], y, hh, mm, tz))
    if with_mid:
        h.append("Message-ID: " + msgid)
    if reply_to:
        h.append("In-Reply-To: " + MID[reply_to])
        h.append("References: " + MID[reply_to])
    h.append("MIME-Version: 1.0")
    if mailer:
        h.append("X-Mailer: " + mailer)
    for e in extra or []:
        h.append(e)
    bh, bb = body
    raw = ("\n".join(h + bh) + "\n\n").encode("ascii") + bb
    MSGS.append(dict(key=key, raw=raw, msgid=msgid if with_mid else None, sender=A[frm][1],
                     date=date, true_cs=true_cs))
    return msgid


def quote_block(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ===================================================================== text
SIG_G = "С уважением,\nВ.П. Горбунов\nначальник отдела закупок и комплектации\nАО «ВПЗ «Меридиан»\nтел. +7 4912 00-41-17"
SIG_G_EN = ("Best regards,\nValery Gorbunov\nHead of Procurement\nJSC VPZ Meridian, Verkhneoksk, Russia")
SIG_SH = "Ю. Щербаков\nзам. начальника отдела закупок и комплектации"


def build():
    # ---- 1. director: state defence order
    t01 = """Коллеги,

напоминаю: по государственному контракту с Министерством обороны Российской Федерации завод в 2023–2024 гг. выполняет модернизацию бортового радиосвязного и навигационного оборудования самолётов Су-30СМ и Як-130 и вертолётов Ми-28Н. Первые 14 комплектов должны уйти в войсковые части до 20 декабря, и срок этот никто не сдвинет.

Начальникам цехов 3 и 7 до 8 сентября представить помесячные графики сборки. Отделу закупок и комплектации (Горбунов В.П.) отдельно подготовить перечень импортной ЭКБ с пометкой, что уже купить нельзя и чем это закрываем.

Совещание по итогам — 11.09 в 10:00, зал заседаний заводоуправления.

Генеральный директор АО «ВПЗ «Меридиан»
А.С. Ермолаев"""
    message("m01", (2023, 9, 4, 9, 12), "ermolaev", ["gorbunov"], "ГОЗ 2023-2024: графики и импортная ЭКБ",
            leaf("text/plain", t01, "utf-8", "base64"), cc=["shcherbakov"])

    # ---- 2. noise: passwords
    t02 = """Уважаемые пользователи!

С 11 по 15 сентября проводится плановая смена паролей доменных учётных записей. При входе в систему вам будет предложено задать новый пароль: не короче 12 символов, с цифрами и буквами разного регистра.

Пароли, записанные на стикерах у монитора, при проверке будут изыматься.

Служба ИТ, вн. 2-22"""
    message("m02", (2023, 9, 5, 8, 30), "it", ["gorbunov"], "Плановая смена паролей",
            leaf("text/plain", t02, "utf-8", "quoted-printable"), subj_enc="q", mailer=None)

    # ---- 3. Gorbunov to director: import EKB list (no finding on its own)
    t03 = """Андрей Сергеевич, добрый день.

Перечень импортной ЭКБ по ГОЗ направляю, как просили. По самым проблемным позициям: ПЛИС SL7, микроконтроллеры MCX-40 и прецизионные разъёмы серии VDC-38. По ПЛИС и разъёмам жду письменные ответы от поставщиков на этой неделе, по MCX-40 складского остатка хватит примерно до середины октября.

""" + SIG_G
    message("m03", (2023, 9, 6, 17, 40), "gorbunov", ["ermolaev"], "Перечень импортной ЭКБ",
            leaf("text/plain", t03, "windows-1251", "8bit"), subj_cs="windows-1251",
            from_cs="windows-1251", mailer="The Bat! (v10.1.4) Professional")

    # ---- 4. noise: canteen
    t04 = """Меню на 8 сентября (пятница)

Салат «Витаминный» — 45 р.
Щи из свежей капусты — 70 р.
Котлета по-домашнему с гречкой — 140 р.
Компот из сухофруктов — 30 р.

В понедельник столовая работает с 11:30 в связи с санобработкой."""
    message("m04", (2023, 9, 7, 15, 5), "canteen", ["gorbunov"], "Меню на пятницу",
            leaf("text/plain", t04, "windows-1251", "8bit"), subj_cs="windows-1251", from_cs="windows-1251",
            mailer=None)

    # ---- 5. KB Svislach: draft agreement with DOCX
    t05 = """Валерий Петрович, добрый день!

Направляю проект соглашения о совместной разработке навигационного вычислителя НВ-27 — с учётом вашей просьбы по разделу 4 (кто и за чей счёт закупает комплектующие). Финансовая часть осталась такой, как договорились с Андреем Сергеевичем на видеоконференции: 55 на 45.

Если по разделу 4 замечаний нет, прошу передать проект на визирование вашим юристам, чтобы подписать до конца месяца.

С уважением,
А.М. Жук
директор ОАО «КБ «Свислочь», г. Минск"""
    d05 = docx([
        "**СОГЛАШЕНИЕ № 14/23-ОКР",
        "о совместном выполнении опытно-конструкторской работы «НВ-27»",
        "г. Минск — г. Верхнеокск                                         (проект, ред. 2)",
        "Акционерное общество «Верхнеокский приборостроительный завод «Меридиан» (Российская Федерация), именуемое в дальнейшем «Сторона 1», в лице генерального директора Ермолаева Андрея Сергеевича, и Открытое акционерное общество «Конструкторское бюро «Свислочь» (Республика Беларусь), именуемое в дальнейшем «Сторона 2», в лице директора Жука Александра Михайловича, заключили настоящее соглашение о нижеследующем.",
        "**1. Предмет соглашения",
        "1.1. Стороны совместно разрабатывают навигационный вычислитель НВ-27 для модернизируемых комплексов бортового радиоэлектронного оборудования.",
        "1.2. Сторона 2 разрабатывает программное обеспечение и конструкторскую документацию, Сторона 1 — изготавливает опытные образцы и проводит их испытания.",
        "**3. Финансирование",
        "3.1. Доля Стороны 1 в финансировании ОКР составляет 55 (пятьдесят пять) процентов, доля Стороны 2 — 45 (сорок пять) процентов.",
        "**4. Комплектация",
        "4.1. Закупку электронной компонентной базы иностранного производства для опытных образцов осуществляет Сторона 1 за счёт средств ОКР.",
    ])
    body = multipart("mixed", [leaf("text/plain", t05, "utf-8", "8bit"),
                               attachment("Проект соглашения НВ-27 (ред. 2).docx", DOCX_T, d05)],
                     "==b05_svislach_7f31==")
    message("m05", (2023, 9, 12, 11, 20), "zhuk", ["gorbunov"], "НВ-27: проект соглашения (ред. 2)", body,
            cc=["ermolaev"], mailer="Mozilla Thunderbird 115.2")

    # ---- 6. Gorbunov reply quoting m05
    t06 = """Александр Михайлович, спасибо.

По разделу 4 замечание одно: пусть будет «за счёт средств ОКР пропорционально долям», иначе наши экономисты не пропустят. Проект передал юристам.

В.П.

12.09.2023 11:20, Жук Александр Михайлович пишет:
""" + quote_block(t05)
    message("m06", (2023, 9, 13, 9, 3), "gorbunov", ["zhuk"], "Re: НВ-27: проект соглашения (ред. 2)",
            leaf("text/plain", t06, "utf-8", "8bit"), reply_to="m05", mailer="Mozilla Thunderbird 115.2")

    # ---- 7. noise: HTML-only digest
    h07 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Дайджест</title></head>
<body style="font-family:Arial">
<h2>Электроника: рынок и технологии — выпуск 37</h2>
<p>Цены на пассивные компоненты во втором полугодии выросли в среднем на 12&nbsp;%.</p>
<p>Отечественные производители печатных плат наращивают мощности: обзор трёх новых линий.</p>
<p>Вебинар «Входной контроль ЭКБ: типичные ошибки» — 21 сентября, 11:00.</p>
<p><a href="https://elrynok.example.com/unsubscribe">Отписаться от рассылки</a></p>
<img src="https://elrynok.example.com/px.gif" width="1" height="1">
</body></html>"""
    message("m07", (2023, 9, 14, 6, 0), "news_el", ["gorbunov"], "Дайджест: рынок ЭКБ, выпуск 37",
            leaf("text/html", h07, "utf-8", "quoted-printable"), mailer="Sendsay")

    # ---- 8. Eltech: US FPGAs refused
    t08 = """Уважаемый Валерий Петрович!

По Вашему запросу № 412 от 11.09.2023 сообщаем: ПЛИС серии SL7 производства Sierra Logic (США) поставить не можем. Производитель с весны прекратил любые отгрузки в Россию, а экспортные ограничения США не позволяют ввезти эти микросхемы и через наших прежних зарубежных партнёров.

Из складских остатков можем предложить 6 шт. SL7-325 с датой выпуска 2019 г. без гарантии производителя. Если интересно — сообщите, зарезервируем до пятницы.

С уважением,
Н.А. Котова
менеджер по работе с ключевыми клиентами
ООО «Элтех-Дистрибуция», г. Москва"""
    message("m08", (2023, 9, 18, 14, 47), "eltech", ["gorbunov"], "Ответ на запрос № 412 (ПЛИС SL7)",
            leaf("text/plain", t08, "windows-1251", "quoted-printable"), subj_cs="windows-1251",
            from_cs="windows-1251", mailer="1C:DocFlow 3.0")

    # ---- 9. wife: Cyprus plans
    t09 = """Валер, Ира звонила, ждёт нас двадцатого. Я отнесла документы в визовый центр, там сказали, что кипрскую визу сейчас делают до месяца, так что должны успеть.

Не забудь взять справку с работы с печатью, без неё анкету не принимают.

Целую, Таня"""
    message("m09", (2023, 9, 19, 19, 32), "wife", ["gorbunov"], "Кипр",
            leaf("text/plain", t09, "utf-8", "base64"), mailer="Mail.ru Mobile")

    # ---- 10. Shcherbakov forwards Van Dijk refusal as .eml
    inner_txt = """Herrn
Juri Schtscherbakow
AO VPZ Meridian
Verchneoksk, Russische Föderation

Ihre Anfrage Nr. 2023-118 vom 12.09.2023

Sehr geehrter Herr Schtscherbakow,

vielen Dank für Ihre Anfrage. Aufgrund der EU-Sanktionen gegen die Russische Föderation dürfen wir die in unserem Werk in Eindhoven (Niederlande) gefertigten Präzisionssteckverbinder der Serie VDC-38 nicht an Ihr Unternehmen liefern.

Dies gilt auch für Lieferungen über Dritte. Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen

Sabine Kramer
Vertriebsinnendienst
Van Dijk Interconnect GmbH, Düsseldorf
(eine Tochtergesellschaft der Van Dijk Interconnect B.V., Eindhoven)"""
    inner_mid = mid_for("m10-inner", "vandijk-interconnect.example.de")
    MID["m10-inner"] = inner_mid
    ih = ["From: " + addr("vandijk_de"),
          "To: " + addr("shcherbakov_de"),
          "Subject: " + hdr("Ihre Anfrage Nr. 2023-118 – Steckverbinder VDC-38", "utf-8", "q"),
          "Date: Tue, 19 Sep 2023 10:14:00 +0200",
          "Message-ID: " + inner_mid,
          "MIME-Version: 1.0"]
    ibh, ibb = leaf("text/plain", inner_txt, "utf-8", "quoted-printable")
    inner_raw = ("\n".join(ih + ibh) + "\n\n").encode("ascii") + ibb
    t10 = """Валерий Петрович,

пересылаю ответ голландцев — пришёл через их немецкий офис в Дюссельдорфе. Коротко: Van Dijk разъёмы серии VDC-38 не отгрузит, ссылаются на санкции ЕС, и через третьи фирмы тоже отказываются.

На складе VDC-38 осталось на 9 комплектов.

""" + SIG_SH
    body = multipart("mixed", [leaf("text/plain", t10, "windows-1251", "base64"),
                               rfc822_part(inner_raw, "Ihre Anfrage Nr. 2023-118.eml")],
                     "----=_NextPart_010_4A2B")
    message("m10", (2023, 9, 20, 10, 5), "shcherbakov", ["gorbunov"], "Fwd: Ihre Anfrage Nr. 2023-118 – Steckverbinder VDC-38",
            body, subj_cs="windows-1251", from_cs="windows-1251")

    # ---- 11. noise: bank
    t11 = """Уважаемый клиент!

Только до 30 сентября — вклад «Осенний» со ставкой 13 % годовых. Откройте вклад в мобильном приложении и получите повышенный кешбэк на покупки в аптеках.

Банк «Окский кредит». Это письмо сформировано автоматически, отвечать на него не нужно."""
    message("m11", (2023, 9, 21, 12, 0), "bank", ["gorbunov"], "Вклад «Осенний» — 13 % годовых",
            leaf("text/plain", t11, "koi8-r", "base64"), subj_cs="koi8-r", from_cs="koi8-r", mailer=None)

    # ---- 12. noise: profkom birthday
    t12 = """Дорогие коллеги!

В сентябре юбилей отмечают ветераны завода Лидия Николаевна Кузьмина (отдел закупок) и Пётр Ильич Лобанов (цех 3). Поздравляем! Сбор на подарки — у Маргариты в приёмной профкома до 27-го.

Профком АО «ВПЗ «Меридиан»"""
    message("m12", (2023, 9, 22, 13, 15), "profkom", ["gorbunov"], "Поздравляем юбиляров сентября",
            leaf("text/plain", t12, "utf-8", "quoted-printable"), mailer=None)

    # ---- 13. Gorbunov memo: sanctions (US + NL), hypothetical trap
    t13 = """Андрей Сергеевич,

докладываю по импортной ЭКБ для ГОЗ.

1. Американские ПЛИС SL7 (Sierra Logic) купить больше невозможно: «Элтех-Дистрибуция» официально отказала 18.09, других легальных каналов у нас нет. Остатки у Элтеха — 6 шт. 2019 года, без гарантии; брать не рекомендую.
2. Голландские прецизионные разъёмы VDC-38 фирма Van Dijk Interconnect не отгружает из-за санкций ЕС, в том числе через посредников (письмо от 19.09 у Щербакова Ю.Е.).
3. Микроконтроллеры MCX-40 (Тайвань) формально не запрещены, но прежний поставщик работать с нами перестал.

Если санкции когда-нибудь снимут, к Van Dijk вернёмся в тот же день, у них лучшее качество. Пока ищем обходные варианты поставки, к концу октября доложу.

""" + SIG_G
    message("m13", (2023, 9, 25, 16, 22), "gorbunov", ["ermolaev"], "Импортная ЭКБ: ПЛИС и разъёмы",
            leaf("text/plain", t13, "windows-1251", "base64"), subj_cs="windows-1251", from_cs="windows-1251",
            mailer="The Bat! (v10.1.4) Professional")

    # ---- 14. noise: expo invitation
    t14 = """Уважаемые коллеги!

Приглашаем вас принять участие в отраслевой выставке «Авиаприбор-2023», которая пройдёт 14–16 ноября в Москве, МВЦ «Крокус Экспо», павильон 2.

В программе: круглый стол по импортозамещению ЭКБ, секция «Бортовые навигационные системы», биржа деловых контактов.

Регистрация посетителей бесплатная, для экспонентов — до 15 октября."""
    message("m14", (2023, 9, 27, 10, 0), "expo", ["gorbunov"], "Приглашение на «Авиаприбор-2023»",
            leaf("text/plain", t14, "utf-8", "quoted-printable"), subj_enc="q", mailer=None)

    # ---- 15. Cyprus trip notification (later cancelled: trap)
    t15 = """В режимно-секретный отдел

УВЕДОМЛЕНИЕ

Я, Горбунов Валерий Петрович, начальник отдела закупок и комплектации, уведомляю о планируемом выезде в Республику Кипр (г. Лимасол) с 20.10.2023 по 30.10.2023 совместно с супругой, Горбуновой Татьяной Игоревной, с целью посещения дочери.

Загранпаспорт 75 № 0412233, выдан 14.05.2019.

02.10.2023                                  В.П. Горбунов"""
    message("m15", (2023, 10, 2, 9, 40), "gorbunov", ["rso"], "Уведомление о выезде",
            leaf("text/plain", t15, "koi8-r", "base64"), subj_cs="koi8-r", from_cs="koi8-r",
            mailer="The Bat! (v10.1.4) Professional")

    # ---- 16. Sandeep: Golden Harbour offer
    t16 = """Dear Mr. Gorbunov,

Further to our call last Thursday: my partners in Hong Kong, Golden Harbour Components Ltd, can supply the SL7 series FPGAs and the MCX-40 microcontrollers you are short of, in the quantities from your list.

The goods would be shipped from Hong Kong to Jebel Ali (UAE) and onwards to you as general electronic components. Payment in UAE dirhams through a bank in Dubai is acceptable to them.

Mr. Kelvin Leung, their sales director, will send you a formal quotation in a day or two.

Best regards,
Sandeep Raghunathan
Director, Raghunathan Aero Trading Pvt. Ltd.
Bengaluru, India"""
    message("m16", (2023, 10, 3, 8, 15), "sandeep", ["gorbunov"], "FPGAs and MCUs - possible source",
            leaf("text/plain", t16, "us-ascii", "7bit"), tz="+0530", mailer="Microsoft Outlook 16.0")

    # ---- 17. Kelvin: quotation, multipart/alternative
    t17 = """Dear Mr. Valery Gorbunov,

Thank you for your interest. Please find below our quotation GHC-Q-23-0917:

- SL7-325 FPGA, 40 pcs, USD 1,860.00 each
- MCX-40 microcontroller, 600 pcs, USD 14.20 each

Lead time 5-6 weeks ex Hong Kong. Delivery to Jebel Ali Free Zone, onward shipping arranged by our partner in Dubai. Validity 30 days.

Kind regards,
Kelvin Leung
Sales Director
Golden Harbour Components Ltd., Kowloon, Hong Kong"""
    h17 = "<html><body><p>Dear Mr. Valery Gorbunov,</p><p>Thank you for your interest. Please find below our quotation GHC-Q-23-0917:</p><ul><li>SL7-325 FPGA, 40 pcs, USD 1,860.00 each</li><li>MCX-40 microcontroller, 600 pcs, USD 14.20 each</li></ul><p>Lead time 5-6 weeks ex Hong Kong. Delivery to Jebel Ali Free Zone, onward shipping arranged by our partner in Dubai. Validity 30 days.</p><p>Kind regards,<br>Kelvin Leung<br>Sales Director<br>Golden Harbour Components Ltd., Kowloon, Hong Kong</p></body></html>"
    body = multipart("alternative", [leaf("text/plain", t17, "utf-8", "quoted-printable"),
                                     leaf("text/html", h17, "utf-8", "quoted-printable")], "b17_ghc_alt_0917")
    message("m17", (2023, 10, 4, 15, 2), "kelvin", ["gorbunov"], "Quotation GHC-Q-23-0917", body,
            cc=["sandeep"], tz="+0800", mailer="Microsoft Outlook 16.0")

    # ---- 18. Gorbunov reply (English) quoting Sandeep
    t18 = """Dear Sandeep, dear Mr. Leung,

thank you, the offer is of interest to us. We would prefer to discuss the terms and the shipping route in person: my deputy Yuri Shcherbakov and I could come to Dubai at the end of November.

Please let me know which dates suit you.

""" + SIG_G_EN + """

On 03.10.2023 08:15, Sandeep Raghunathan wrote:
""" + quote_block(t16)
    message("m18", (2023, 10, 5, 10, 41), "gorbunov", ["sandeep", "kelvin"], "Re: FPGAs and MCUs - possible source",
            leaf("text/plain", t18, "utf-8", "7bit"), reply_to="m16")

    # ---- 19. noise: lift repair (koi8-r, charset NOT declared)
    t19 = """Внимание!

С 9 по 13 октября в корпусе 2 не работает пассажирский лифт (замена лебёдки). Грузовой лифт работает в обычном режиме, перевозка людей в нём запрещена.

Автохозяйство и служба главного механика"""
    message("m19", (2023, 10, 6, 11, 0), "garage", ["gorbunov"], "Лифт в корпусе 2",
            leaf("text/plain", t19, "koi8-r", "8bit", declare=False), subj_cs="koi8-r", from_cs="koi8-r",
            mailer=None, true_cs="koi8-r")

    # ---- 20. Hanul (Korean) offer — later declined (trap)
    t20 = """Dear Sir,

Hanul Interconnect Co., Ltd. (Seoul, Korea) is an authorized distributor of precision circular connectors. We understand that you are looking for a replacement for VDC-38 series connectors.

We can offer form-fit-function equivalents from stock in Busan. Prices are attached in the table below; delivery 3 weeks. Please note that for your country we will require an end-user certificate signed by the final customer.

VDC-38 equivalent, 10-pin: USD 212.00
VDC-38 equivalent, 19-pin: USD 268.00

Best regards,
Choi Seung-woo
Sales Manager, Hanul Interconnect Co., Ltd."""
    message("m20", (2023, 10, 9, 4, 30), "choi", ["gorbunov"], "Circular connectors - VDC-38 replacement",
            leaf("text/plain", t20, "us-ascii", "7bit"), tz="+0900")

    # ---- 21. daughter: residence permit + Russian citizenship
    t21 = """Папуля, привет!

Жду вас с мамой двадцатого, Андреас уже освободил для вас комнату. Новости: мне наконец продлили ВНЖ на Кипре ещё на два года, так что я тут надолго. Гражданство у меня, как ты помнишь, только российское, кипрское мне никто не даст раньше чем лет через пять, да я и не собираюсь.

Загранпаспорт в следующем году менять — буду записываться в консульство в Никосии.

Обнимаю, ваша Ира"""
    message("m21", (2023, 10, 10, 21, 5), "daughter", ["gorbunov"], "Re: Кипр",
            leaf("text/plain", t21, "utf-8", "quoted-printable"), subj_enc="q", tz="+0300", mailer="iPhone Mail")

    # ---- 22. Gorbunov declines Hanul
    t22 = """Dear Mr. Choi,

thank you for your offer. Unfortunately we will not proceed with it: your prices are about 2.5 times above our budget, and we are unable to provide the end-user documents you require.

Regards,
V. Gorbunov"""
    message("m22", (2023, 10, 12, 9, 55), "gorbunov", ["choi"], "Re: Circular connectors - VDC-38 replacement",
            leaf("text/plain", t22, "us-ascii", "7bit"), reply_to="m20")

    # ---- 23. noise: English digest
    t23 = """AVIONICS PARTS WEEKLY - Issue 41

* Lead times for ceramic capacitors stabilise at 18 weeks
* Three new distributors join the counterfeit-avoidance programme
* Webinar: obsolescence management for legacy avionics, 26 October

From our editors: we are moving to a new mailing platform next month. No action is needed from you.

To unsubscribe, reply with STOP."""
    message("m23", (2023, 10, 13, 7, 0), "avionics", ["gorbunov"], "Avionics Parts Weekly - Issue 41",
            leaf("text/plain", t23, "us-ascii", "7bit"), tz="+0000", mailer=None)

    # ---- 24. Shcherbakov: shortage table (XLSX)
    t24 = """Валерий Петрович,

свёл дефицит по состоянию на сегодня, файл во вложении. Коротко: микроконтроллеров MCX-40 на складе ноль, сборка навигационных блоков БНК-30 для Су-30СМ остановлена с 11 октября. Прецизионных разъёмов VDC-38 хватит на 3 комплекта, дальше встаёт сборка блоков радиосвязи.

Корейское предложение по разъёмам я видел — согласен, что не тянем.

""" + SIG_SH
    x24 = xlsx([
        ["Ведомость дефицита ЭКБ на 16.10.2023", "", "", "", ""],
        ["Позиция", "Потребность, шт.", "На складе, шт.", "Влияние на производство", "Примечание"],
        ["Микроконтроллер MCX-40", 840, 0, "Сборка блоков БНК-30 остановлена", "Прежний поставщик отказал"],
        ["ПЛИС SL7-325", 56, 4, "Хватит на 2 комплекта", "Санкции США"],
        ["Разъём прецизионный VDC-38, 10 конт.", 1120, 96, "Остаток на 3 комплекта", "Санкции ЕС, Van Dijk отказал"],
        ["Разъём прецизионный VDC-38, 19 конт.", 560, 41, "Под угрозой сборка блоков радиосвязи БРС-130", "Санкции ЕС"],
        ["Резисторы Р1-12", 12000, 15400, "—", "Норма"],
    ])
    body = multipart("mixed", [leaf("text/plain", t24, "windows-1251", "base64"),
                               attachment("Дефицит ЭКБ 16.10.2023.xlsx", XLSX_T, x24)], "----=_NextPart_024_9C10")
    message("m24", (2023, 10, 16, 17, 12), "shcherbakov", ["gorbunov"], "Дефицит ЭКБ на 16.10",
            body, subj_cs="windows-1251", from_cs="windows-1251")

    # ---- 25. KB: two thirds proposal
    t25 = """Уважаемый Андрей Сергеевич!
Уважаемый Валерий Петрович!

В связи с тем, что импортная ЭКБ для опытных образцов НВ-27 закупается вашей стороной и подорожала с момента подписания соглашения почти на 40 %, предлагаем изменить пункт 3.1: доля АО «ВПЗ «Меридиан» в финансировании ОКР — две трети, доля ОАО «КБ «Свислочь» — одна треть.

Готовы обсудить на совещании в режиме видеосвязи в любой день следующей недели.

Директор ОАО «КБ «Свислочь»
А.М. Жук"""
    message("m25", (2023, 10, 18, 12, 30), "zhuk", ["ermolaev", "gorbunov"], "НВ-27: о пересмотре п. 3.1 соглашения",
            leaf("text/plain", t25, "utf-8", "base64"), mailer="Mozilla Thunderbird 115.2")

    # ---- 26. Gorbunov to wife: Cyprus cancelled (trap)
    t26 = """Танюша, визу так и не дали. В визовом центре говорят, из консульства ничего не пришло, а когда придёт — неизвестно. Билеты на двадцатое я сдал, деньги вернут за вычетом сбора.

Ире сам вечером позвоню. Может, весной попробуем ещё раз.

Валера"""
    message("m26", (2023, 10, 19, 13, 8), "gorbunov", ["wife"], "Re: Кипр",
            leaf("text/plain", t26, "utf-8", "8bit"), reply_to="m09")

    # ---- 27. noise: subbotnik
    t27 = """Уважаемые сотрудники!

21 октября (суббота) состоится общезаводской субботник по уборке территории. Сбор в 9:00 у проходной № 1. Перчатки и инвентарь выдаёт АХО.

Отдел кадров"""
    message("m27", (2023, 10, 20, 10, 0), "hr", ["gorbunov"], "Субботник 21 октября",
            leaf("text/plain", t27, "windows-1251", "quoted-printable"), subj_cs="windows-1251", subj_enc="q",
            from_cs="windows-1251", mailer=None)

    # ---- 28. director rejects two thirds
    t28 = """Уважаемый Александр Михайлович!

Предложение о доле в две трети АО «ВПЗ «Меридиан» принять не может: наш бюджет ОКР на 2024 год уже утверждён советом директоров. Удорожание ЭКБ признаём и готовы обсуждать увеличение нашей доли до шестидесяти процентов, но не более.

Проект протокола согласования со своей стороны подготовим после совещания.

Генеральный директор АО «ВПЗ «Меридиан»
А.С. Ермолаев"""
    message("m28", (2023, 10, 24, 15, 45), "ermolaev", ["zhuk"], "Re: НВ-27: о пересмотре п. 3.1 соглашения",
            leaf("text/plain", t28, "windows-1251", "quoted-printable"), cc=["gorbunov"], subj_cs="windows-1251",
            from_cs="windows-1251", reply_to="m25")

    # ---- 29. Gorbunov to daughter: trip cancelled
    t29 = """Ирочка, прости нас, с поездкой не вышло — визу так и не дали, билеты пришлось сдать. Мама расстроилась больше всех.

Дядя Олег из Харькова про тебя спрашивал, напиши ему, он будет рад.

Целую, папа"""
    message("m29", (2023, 10, 25, 20, 17), "gorbunov", ["daughter"], "Поездка",
            leaf("text/plain", t29, "koi8-r", "base64"), subj_cs="koi8-r", from_cs="koi8-r",
            mailer="The Bat! (v10.1.4) Professional")

    # ---- 30. noise: 1C update
    t30 = """Коллеги, в субботу 28.10 с 8:00 до 14:00 будет недоступна 1С:ERP в связи с обновлением конфигурации. Просьба заранее провести документы по приходу на склад.

Служба ИТ"""
    message("m30", (2023, 10, 27, 16, 0), "it", ["gorbunov"], "Обновление 1С:ERP 28.10",
            leaf("text/plain", t30, "utf-8", "base64"), mailer=None)

    # ---- 31. brother (Ukrainian)
    t31 = """Привіт, Валерію!

Дякую, що подзвонив у неділю, і вибач, що не одразу відповідаю: світло дають по чотири години на день, інтернет ловлю тільки в сусіда.

У нас усе по-старому. Наталка працює в лікарні, онуки вчаться онлайн. На цвинтарі в мами я прибрав і пофарбував огорожу, як ти просив.

Шкода, що з Кіпром у вас не вийшло. Передавай Ірі, що дядько її обіймає.

Бережи себе. Твій брат Олег"""
    message("m31", (2023, 10, 30, 22, 40), "brother", ["gorbunov"], "Привіт з Харкова",
            leaf("text/plain", t31, "utf-8", "base64"), tz="+0200", mailer="Gmail")

    # ---- 32. noise: vacation schedule
    t32 = """Руководителям подразделений.

До 1 декабря представить в отдел кадров графики отпусков работников на 2024 год по установленной форме. Напоминаем, что часть отпуска не менее 14 календарных дней должна быть непрерывной.

Отдел кадров"""
    message("m32", (2023, 11, 1, 9, 0), "hr", ["gorbunov"], "Графики отпусков на 2024 год",
            leaf("text/plain", t32, "windows-1251", "8bit"), subj_cs="windows-1251", from_cs="windows-1251",
            mailer=None)

    # ---- 33. noise: spam
    t33 = """Hello!

Business English in 8 weeks - online, with native speakers. First lesson free. Special price for corporate groups until November 30.

LinguaPro School"""
    message("m33", (2023, 11, 3, 5, 12), "english", ["gorbunov"], "Business English in 8 weeks",
            leaf("text/plain", t33, "us-ascii", "7bit"), tz="+0000", mailer=None)

    # ---- 34. Gorbunov to wife: Dubai at month's end
    t34 = """Тань, в конце месяца летим с Щербаковым в Дубай, дня на четыре, по поставщикам. Приказ подпишут завтра.

В выходные надо бы купить мне нормальный чемодан, старый совсем развалился.

Валера"""
    message("m34", (2023, 11, 8, 12, 50), "gorbunov", ["wife"], "Дубай",
            leaf("text/plain", t34, "utf-8", "base64"))

    # ---- 35. travel order
    t35 = """АКЦИОНЕРНОЕ ОБЩЕСТВО «ВЕРХНЕОКСКИЙ ПРИБОРОСТРОИТЕЛЬНЫЙ ЗАВОД «МЕРИДИАН»

ПРИКАЗ № 517-к от 09.11.2023
О направлении работников в командировку

Направить в служебную командировку в Объединённые Арабские Эмираты (г. Дубай) с 27.11.2023 по 01.12.2023 для переговоров с поставщиками электронной компонентной базы:
- Горбунова Валерия Петровича, 12.03.1969 г.р., начальника отдела закупок и комплектации;
- Щербакова Юрия Евгеньевича, 14.06.1978 г.р., заместителя начальника отдела закупок и комплектации.

Основание: служебная записка Горбунова В.П. от 07.11.2023.

Генеральный директор                         А.С. Ермолаев"""
    message("m35", (2023, 11, 9, 14, 3), "hr", ["gorbunov", "shcherbakov"], "Приказ № 517-к о командировке",
            leaf("text/plain", t35, "windows-1251", "base64"), subj_cs="windows-1251", from_cs="windows-1251",
            mailer="1C:DocFlow 3.0")

    # ---- 36. questionnaire (DOCX) to security department
    t36 = """Добрый день.

Анкету для выезда в ОАЭ заполнил, во вложении. Оригинал с подписью занесу в понедельник.

В.П. Горбунов"""
    d36 = docx([
        "**АНКЕТА работника, выезжающего за границу",
        "1. Фамилия, имя, отчество: Горбунов Валерий Петрович",
        "2. Дата и место рождения: 12.03.1969, г. Харьков",
        "3. Гражданство: Российская Федерация. Иного гражданства, вида на жительство в иностранном государстве не имею.",
        "4. Место работы и должность: АО «ВПЗ «Меридиан», начальник отдела закупок и комплектации (с 2011 г.)",
        "5. Близкие родственники:",
        "Жена — Горбунова Татьяна Игоревна, 1971 г.р., пенсионер, проживает совместно.",
        "Дочь — Мельникова Ирина Валерьевна, 1994 г.р. (девичья фамилия — Горбунова), проживает в г. Лимасол (Республика Кипр) по виду на жительство, гражданка Российской Федерации.",
        "Брат — Горбунов Олег Петрович, 1966 г.р., гражданин Украины, проживает в г. Харькове.",
        "6. Выезды за границу за последние пять лет: Турецкая Республика (г. Анталья), август 2019 г., отдых, с женой.",
        "7. Цель выезда: служебная командировка, переговоры с поставщиками.",
    ])
    body = multipart("mixed", [leaf("text/plain", t36, "utf-8", "quoted-printable"),
                               attachment("Анкета Горбунов В.П.docx", DOCX_T, d36)], "b36_anketa_11")
    message("m36", (2023, 11, 10, 11, 11), "gorbunov", ["rso"], "Анкета (ОАЭ)", body)

    # ---- 37. noise: profkom meeting
    t37 = """Заседание профкома переносится с 14 на 16 ноября, 15:30, каб. 104. Повестка: путёвки в санаторий «Солотча» на первый квартал, новогодние подарки детям.

Профком"""
    message("m37", (2023, 11, 13, 10, 30), "profkom", ["gorbunov"], "Заседание профкома",
            leaf("text/plain", t37, "koi8-r", "quoted-printable"), subj_cs="koi8-r", subj_enc="q",
            from_cs="koi8-r", mailer=None)

    # ---- 38. e-tickets
    t38 = """ELECTRONIC TICKET ITINERARY / МАРШРУТ-КВИТАНЦИЯ

BOOKING REF: QX7TZM
PASSENGER 1: GORBUNOV VALERII MR
PASSENGER 2: SHCHERBAKOV IURII MR

27NOV2023 MOSCOW VNUKOVO (VKO) - DUBAI (DXB)  DEP 09:40 ARR 15:55
01DEC2023 DUBAI (DXB) - MOSCOW VNUKOVO (VKO)  DEP 17:20 ARR 22:05

BAGGAGE: 1PC 23KG
ПОКУПАТЕЛЬ: АО «ВПЗ «Меридиан», безналичный расчёт"""
    message("m38", (2023, 11, 14, 16, 20), "travel", ["gorbunov"], "Маршрут-квитанция QX7TZM",
            leaf("text/plain", t38, "utf-8", "base64"), mailer="Sirena-Travel")

    # ---- 39. hotel confirmation, HTML only, French
    h39 = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Confirmation</title></head>
<body style="font-family:Georgia,serif;color:#222">
<table width="600"><tr><td><img src="https://corniche-marina.example.ae/logo.png" alt="Corniche Marina"></td></tr></table>
<h1>Confirmation de réservation n° CM-88213</h1>
<p>Madame, Monsieur,</p>
<p>Nous avons le plaisir de confirmer votre réservation à l’Hôtel Corniche Marina, Dubaï Marina.</p>
<p>Clients : M. Valéri Gorbounov, M. Iouri Chtcherbakov</p>
<p>Arrivée : 27 novembre 2023 — Départ : 1 décembre 2023</p>
<p>Deux chambres Deluxe, petit-déjeuner inclus. Tarif société : 780 AED par nuit et par chambre.</p>
<p>Dear guests, your booking is confirmed. We look forward to welcoming you in Dubai.</p>
<p style="font-size:11px">Hôtel Corniche Marina · Dubai Marina · Émirats arabes unis</p>
</body></html>"""
    message("m39", (2023, 11, 15, 9, 30), "hotel", ["gorbunov"], "Confirmation de réservation CM-88213",
            leaf("text/html", h39, "utf-8", "quoted-printable"), subj_enc="q", tz="+0400", mailer=None)

    # ---- 40. Sandeep: meet in Dubai
    t40 = """Dear Valery,

great news. I will meet you and Mr. Shcherbakov at your hotel on 28 November at 10:00; Kelvin flies in from Hong Kong the night before. Golden Harbour will bring the draft specification for the first lot.

Regards,
Sandeep"""
    message("m40", (2023, 11, 16, 7, 44), "sandeep", ["gorbunov"], "Re: FPGAs and MCUs - possible source",
            leaf("text/plain", t40, "us-ascii", "7bit"), tz="+0530", reply_to="m18")

    # ---- 41. Nguyen: Vietnamese contract (alternative)
    t41 = """Dear Mr. Gorbunov,

With reference to Contract No. VN-23/114 on the modernization of the onboard radio and navigation equipment of the Su-30MK2 fighters and Yak-130 trainers of the Vietnam People's Air Force, we kindly ask you to confirm the delivery schedule for the first six sets.

Our end user plans the installation works for the second quarter of 2024, so any delay should be communicated as early as possible.

Sincerely yours,
Nguyen Van Thanh
Deputy Director
Sao Bac Technical Import-Export Company, Hanoi"""
    h41 = "<html><body><p>Dear Mr. Gorbunov,</p><p>With reference to Contract No. VN-23/114 on the modernization of the onboard radio and navigation equipment of the Su-30MK2 fighters and Yak-130 trainers of the Vietnam People's Air Force, we kindly ask you to confirm the delivery schedule for the first six sets.</p><p>Our end user plans the installation works for the second quarter of 2024, so any delay should be communicated as early as possible.</p><p>Sincerely yours,<br><b>Nguyen Van Thanh</b><br>Deputy Director<br>Sao Bac Technical Import-Export Company, Hanoi</p></body></html>"
    body = multipart("alternative", [leaf("text/plain", t41, "utf-8", "base64"),
                                     leaf("text/html", h41, "utf-8", "base64")], "b41_saobac_alt")
    message("m41", (2023, 11, 20, 4, 5), "nguyen", ["gorbunov"], "Contract VN-23/114 - delivery schedule", body,
            cc=["shcherbakov"], tz="+0700")

    # ---- 42. Gorbunov to director: Vietnam + MCU + hypothetical Hanoi trip
    t42 = """Андрей Сергеевич,

Нгуен Ван Тхань торопит с графиком по вьетнамскому контракту VN-23/114 (модернизация БРЭО Су-30МК2 и Як-130 для ВВС Вьетнама). Без микроконтроллеров MCX-40 первые шесть комплектов к марту не соберём — на складе их по-прежнему нет.

Вся надежда на Дубай: если договоримся с Golden Harbour, первая партия придёт в январе.

Если вьетнамцы подпишут допсоглашение на второй этап, весной, видимо, придётся лететь в Ханой, но это пока только разговоры.

""" + SIG_G
    message("m42", (2023, 11, 21, 9, 14), "gorbunov", ["ermolaev"], "Вьетнам: график поставки",
            leaf("text/plain", t42, "utf-8", "quoted-printable"))

    # ---- 43. noise: HTML-only newsletter
    h43 = """<html><body>
<h3>Avionics Parts Weekly &mdash; Issue 46</h3>
<p>Black Friday for test equipment: up to 30% off selected oscilloscopes.</p>
<p>Interview: how one MRO shop cut its connector scrap rate in half.</p>
<p><small>You receive this e-mail because you subscribed at a trade show.</small></p>
</body></html>"""
    message("m43", (2023, 11, 22, 7, 0), "avionics", ["gorbunov"], "Avionics Parts Weekly - Issue 46",
            leaf("text/html", h43, "us-ascii", "7bit"), tz="+0000", mailer=None)

    # ---- 44. noise: car pass
    t44 = """Валерий Петрович, пропуск на въезд автомобиля Лада Веста Т 418 ОК 62 продлён до 31.12.2024. Забрать в бюро пропусков, окно 2.

Бюро пропусков"""
    message("m44", (2023, 11, 24, 14, 10), "garage", ["gorbunov"], "Пропуск на автомобиль",
            leaf("text/plain", t44, "windows-1251", "base64"), subj_cs="windows-1251", from_cs="windows-1251",
            mailer=None)

    # ---- 45. after Dubai
    t45 = """Андрей Сергеевич,

вернулись из Дубая в пятницу вечером. Итоги: с Golden Harbour (Гонконг) подписали спецификацию на 40 ПЛИС SL7-325 и 600 микроконтроллеров MCX-40. Отгрузка из Гонконга через Джебель-Али, первая партия — середина января. Посредник — индиец Сандип Рагхунатхан, комиссия 4 %, платёж в дирхамах через дубайский банк.

Корейский вариант по разъёмам (Hanul) мы отклонили ещё в октябре. По разъёмам VDC-38 ищем дальше, китайские копии не рассматриваем — не пройдут входной контроль.

Отчёт о командировке сдам в бухгалтерию до 8-го.

""" + SIG_G
    message("m45", (2023, 12, 4, 8, 55), "gorbunov", ["ermolaev"], "Итоги командировки в ОАЭ",
            leaf("text/plain", t45, "utf-8", "quoted-printable"), cc=["shcherbakov"])

    # ---- 46. Kelvin: proforma (From-line in body for mboxrd)
    t46 = """Dear Mr. Gorbunov,

It was a pleasure to meet you and Mr. Shcherbakov in Dubai. Attached below are the details of our pro forma invoice GHC-PI-23-1204.

From Hong Kong the goods will go by sea to Jebel Ali; our partner in the free zone will re-export them to your forwarder.
>From the second lot onwards we can also ship by air if you need it.

Payment: 50% prepayment, 50% before shipment from Jebel Ali.

Kind regards,
Kelvin Leung
Golden Harbour Components Ltd."""
    message("m46", (2023, 12, 5, 10, 20), "kelvin", ["gorbunov"], "Pro forma invoice GHC-PI-23-1204",
            leaf("text/plain", t46, "us-ascii", "7bit"), tz="+0800", cc=["sandeep"])

    # ---- 47. Kaliningrad domestic trip (trap)
    t47 = """В отдел кадров

Прошу оформить командировку в г. Калининград с 12.12.2023 по 14.12.2023 (ООО «Балтжгут», плановый аудит поставщика кабельных жгутов). Командируемые: Горбунов В.П., Смирнов Д.А. (ОТК).

Билеты — через «Ока-Тревел», как обычно.

В.П. Горбунов"""
    message("m47", (2023, 12, 6, 11, 25), "gorbunov", ["hr"], "Командировка в Калининград",
            leaf("text/plain", t47, "windows-1251", "8bit"), subj_cs="windows-1251", from_cs="windows-1251",
            mailer="The Bat! (v10.1.4) Professional")

    # ---- 48. noise: new year party
    t48 = """Дорогие коллеги!

Новогодний вечер для сотрудников заводоуправления состоится 22 декабря в 18:00 в кафе «Ока». Списки — у секретарей подразделений до 15 декабря.

Профком"""
    message("m48", (2023, 12, 8, 12, 0), "profkom", ["gorbunov"], "Новогодний вечер",
            leaf("text/plain", t48, "utf-8", "8bit"), mailer=None)

    # ---- 49. KB: final protocol (ZIP with DOCX)
    t49 = """Андрей Сергеевич, Валерий Петрович, добрый день!

Направляю подписанный с нашей стороны протокол согласования № 2 к соглашению по НВ-27 — в архиве, внутри docx. Формулировки пункта 3.1 те, о которых договорились на совещании 30 ноября.

Два экземпляра оригинала отправили почтой.

З павагай,
Аляксандр Жук
дырэктар ААТ «КБ «Свіслач»"""
    d49 = docx([
        "**ПРОТОКОЛ СОГЛАСОВАНИЯ № 2",
        "к Соглашению № 14/23-ОКР о совместном выполнении опытно-конструкторской работы «НВ-27» от 29.09.2023",
        "1. Пункт 3.1 Соглашения изложить в следующей редакции: «Доля Стороны 1 (АО «ВПЗ «Меридиан») в финансировании ОКР составляет 0,6 (шестьдесят процентов), доля Стороны 2 (ОАО «КБ «Свислочь») — 0,4 (сорок процентов)».",
        "2. Предложение Стороны 2 от 18.10.2023 об установлении доли Стороны 1 в размере двух третей Сторонами не принято.",
        "3. Остальные условия Соглашения остаются без изменений.",
        "От Стороны 1: Генеральный директор АО «ВПЗ «Меридиан» А.С. Ермолаев",
        "От Стороны 2: Директор ОАО «КБ «Свислочь» А.М. Жук",
    ])
    z49 = _zip([("Протокол согласования №2 НВ-27.docx", d49)])
    body = multipart("mixed", [leaf("text/plain", t49, "utf-8", "8bit"),
                               attachment("Протокол_2_НВ-27.zip", "application/zip", z49)], "b49_protocol_zip")
    message("m49", (2023, 12, 11, 16, 40), "zhuk_en", ["ermolaev", "gorbunov"], "НВ-27: протокол согласования № 2",
            body, mailer="Mozilla Thunderbird 115.5")

    # ---- 50. Gorbunov reply quoting
    t50 = """Александр Михайлович, получил, спасибо. Итак, окончательно 60 на 40 — передал на подпись Андрею Сергеевичу, оригиналы ждём.

В.П.

11.12.2023 16:40, Aliaksandr Zhuk пишет:
""" + quote_block(t49)
    message("m50", (2023, 12, 12, 9, 2), "gorbunov", ["zhuk"], "Re: НВ-27: протокол согласования № 2",
            leaf("text/plain", t50, "utf-8", "base64"), reply_to="m49", mailer="Mozilla Thunderbird 115.5")

    # ---- 51. noise: phishing warning
    t51 = """Коллеги, на заводские адреса пришла рассылка «Ваш почтовый ящик переполнен» со ссылкой на поддельную страницу входа. Не переходите по ссылке и не вводите пароль. Если уже ввели — срочно позвоните на 2-22.

Служба ИТ"""
    message("m51", (2023, 12, 13, 10, 45), "it", ["gorbunov"], "Осторожно: фишинговая рассылка",
            leaf("text/plain", t51, "koi8-r", "8bit"), subj_cs="koi8-r", from_cs="koi8-r", mailer=None)

    # ---- 52. Gorbunov to daughter: Phuket in February
    t52 = """Ирочка, здравствуй!

У нас снег по колено, на работе завал до самого Нового года. В феврале летим с мамой на Пхукет, на десять дней, тур уже оплатили. А к тебе — как только дадут визу, попробуем весной снова подать документы.

Андреасу привет.

Папа"""
    message("m52", (2023, 12, 15, 21, 30), "gorbunov", ["daughter"], "Новости",
            leaf("text/plain", t52, "utf-8", "base64"))

    # ---- 53. wife: Phuket voucher
    t53 = """Валера, турагентство прислало ваучер на Пхукет: вылет 10 февраля из Домодедово, обратно 20-го. Отель тот же, что смотрели, Andaman Bay. Страховку я оформила на нас обоих.

Таня"""
    message("m53", (2023, 12, 18, 18, 2), "wife", ["gorbunov"], "Пхукет",
            leaf("text/plain", t53, "utf-8", "quoted-printable"), subj_enc="q", mailer="Mail.ru Mobile")

    # ---- 54. noise: supplier greetings
    t54 = """Уважаемые партнёры!

Коллектив ООО «Балтжгут» поздравляет вас с наступающим Новым годом и Рождеством! Благодарим за сотрудничество и надеемся на его продолжение в 2024 году.

Отгрузки в праздничные дни не производятся с 30 декабря по 8 января."""
    message("m54", (2023, 12, 20, 9, 0), "balt", ["gorbunov"], "С наступающим Новым годом!",
            leaf("text/plain", t54, "windows-1251", "quoted-printable"), subj_cs="windows-1251",
            from_cs="windows-1251", tz="+0200", mailer=None)

    # ---- 55. Shcherbakov: connectors run out (koi8-r, charset not declared)
    t55 = """Валерий Петрович,

по разъёмам стало хуже: VDC-38 закончились полностью, сборка блоков радиосвязи БРС-130 для Як-130 стоит с 19 декабря. Из 14 комплектов по ГОЗ до конца года отгрузим 8, остальные — только когда появятся разъёмы.

""" + SIG_SH
    message("m55", (2023, 12, 22, 15, 38), "shcherbakov", ["gorbunov"], "Разъёмы VDC-38",
            leaf("text/plain", t55, "koi8-r", "8bit", declare=False), subj_cs="koi8-r", from_cs="koi8-r",
            mailer="The Bat! (v9.4.2) Professional", true_cs="koi8-r")

    # ---- 56. noise: January schedule
    t56 = """Режим работы заводоуправления в январе: 9 января — с 8:00 до 17:00, далее в обычном режиме. Столовая с 9 по 12 января работает до 14:00.

Отдел кадров"""
    message("m56", (2024, 1, 9, 8, 5), "hr", ["gorbunov"], "Режим работы в январе",
            leaf("text/plain", t56, "utf-8", "base64"), mailer=None)

    # ---- 57. Thailand notification
    t57 = """В режимно-секретный отдел

УВЕДОМЛЕНИЕ

Я, Горбунов Валерий Петрович, начальник отдела закупок и комплектации, уведомляю о выезде в Королевство Таиланд (о. Пхукет) с 10.02.2024 по 20.02.2024 совместно с супругой, Горбуновой Татьяной Игоревной, с целью отдыха.

10.01.2024                                  В.П. Горбунов"""
    message("m57", (2024, 1, 10, 9, 20), "gorbunov", ["rso"], "Уведомление о выезде (Таиланд)",
            leaf("text/plain", t57, "windows-1251", "base64"), subj_cs="windows-1251", from_cs="windows-1251",
            mailer="The Bat! (v10.1.4) Professional")

    # ---- 58. Kelvin: first lot shipped
    t58 = """Dear Mr. Gorbunov,

Please be informed that the first lot under specification GHC-S-23-1130 (20 pcs SL7-325 and 300 pcs MCX-40) has left Hong Kong for Jebel Ali today, B/L attached to our separate message. ETA Jebel Ali: 26 January.

Kind regards,
Kelvin Leung
Sales Director, Golden Harbour Components Ltd."""
    message("m58", (2024, 1, 12, 11, 0), "kelvin", ["gorbunov"], "Shipment of first lot - GHC-S-23-1130",
            leaf("text/plain", t58, "utf-8", "quoted-printable"), tz="+0800", cc=["sandeep"])

    # ---- 59. Nguyen reply quoting m41, Gorbunov's answer
    t59 = """Dear Mr. Thanh,

the first six sets will be shipped in April 2024 instead of March: the delay is caused by late deliveries of microcontrollers. The rest of the schedule remains unchanged. Our production department will send you the revised schedule this week.

""" + SIG_G_EN + """

On 20.11.2023 04:05, Nguyễn Văn Thành wrote:
""" + quote_block(t41)
    message("m59", (2024, 1, 15, 10, 35), "gorbunov", ["nguyen"], "Re: Contract VN-23/114 - delivery schedule",
            leaf("text/plain", t59, "utf-8", "8bit"), reply_to="m41", cc=["shcherbakov"])

    # ---- 60. noise: stationery
    t60 = """Валерий Петрович, заявку на канцтовары на первый квартал примите, пожалуйста, до пятницы: бумага А4 — 20 пачек, картриджи для МФУ — 4 шт., папки-регистраторы — 15 шт.

Л.Н. Кузьмина"""
    message("m60", (2024, 1, 17, 13, 33), "supply", ["gorbunov"], "Заявка на канцтовары",
            leaf("text/plain", t60, "windows-1251", "8bit"), subj_cs="windows-1251", from_cs="windows-1251",
            mailer=None)

    # ---- 61. noise: courier
    t61 = """Ваше отправление № 80451277 (отправитель: ООО «Балтжгут», г. Калининград) прибыло в пункт выдачи по адресу: г. Верхнеокск, ул. Заводская, 12. Срок хранения — 7 дней."""
    message("m61", (2024, 1, 18, 8, 0), "courier", ["gorbunov"], "Отправление прибыло в пункт выдачи",
            leaf("text/plain", t61, "utf-8", "base64"), mailer=None)

    # ---- 62. noise: Smirnov Kaliningrad report (domestic)
    t62 = """Валерий Петрович, отчёт по аудиту «Балтжгута» (Калининград, 12–14 декабря) согласовал с ОТК, замечаний два, оба устранены. Акт подписан, копию положил вам в лоток.

Д. Смирнов"""
    message("m62", (2024, 1, 19, 16, 5), "smirnov", ["gorbunov"], "Отчёт по аудиту Балтжгута",
            leaf("text/plain", t62, "utf-8", "8bit"))


def build_loose():
    loose = []
    # L1: brother, Ukrainian, NO Message-ID
    t1 = """Валерію, брате, з Новим роком і Різдвом!

Отримав твою листівку, дякую. Тані окреме спасибі за посилку: ліки дійшли, маминих ще вистачає, але про запас добре.

Чув від Іри, що ви в лютому на Пхукет летите. Молодці, відпочиньте як слід, бо ти, я знаю, знову весь рік без відпустки.

Обіймаю, Олег"""
    bh, bb = leaf("text/plain", t1, "utf-8", "quoted-printable")
    h = ["From: " + addr("brother"), "To: " + addr("gorbunov"),
         "Subject: " + hdr("З Новим роком!", "utf-8", "q"),
         "Date: Mon, 08 Jan 2024 19:12:00 +0200", "MIME-Version: 1.0"]
    raw = ("\n".join(h + bh) + "\n\n").encode("ascii") + bb
    loose.append(("01_brother.eml", raw, None, t1))
    # L2: Phuket resort confirmation
    t2 = """BOOKING CONFIRMATION No. ABR-240210-077

Dear Mr. Valery Gorbunov,

Thank you for choosing Andaman Bay Resort, Kata Beach, Phuket, Thailand.

Guests: GORBUNOV VALERII, GORBUNOVA TATIANA
Check-in: 10 February 2024
Check-out: 20 February 2024
Room: Garden Villa, breakfast included

Airport transfer from Phuket International Airport (HKT) is included.

Andaman Bay Resort Reservations"""
    mid2 = mid_for("L2", "andaman-bay.example.co.th")
    MID["L2"] = mid2
    bh, bb = leaf("text/plain", t2, "utf-8", "7bit")
    h = ["From: " + addr("resort"), "To: " + addr("gorbunov"),
         "Subject: Booking confirmation ABR-240210-077",
         "Date: Thu, 11 Jan 2024 15:40:00 +0700", "Message-ID: " + mid2, "MIME-Version: 1.0"]
    raw = ("\n".join(h + bh) + "\n\n").encode("ascii") + bb
    loose.append(("02_andaman_bay.eml", raw, mid2, t2))
    # L3: noise, windows-1251, bank
    t3 = """Уважаемый Валерий Петрович!

Напоминаем, что 25 января наступает дата очередного платежа по кредитной карте. Сумма минимального платежа указана в мобильном приложении.

Банк «Окский кредит»"""
    mid3 = mid_for("L3", "okskiy-bank.example.ru")
    MID["L3"] = mid3
    bh, bb = leaf("text/plain", t3, "windows-1251", "base64")
    h = ["From: " + addr("bank", "windows-1251"), "To: " + addr("gorbunov", "windows-1251"),
         "Subject: " + hdr("Напоминание о платеже", "windows-1251"),
         "Date: Tue, 16 Jan 2024 10:00:00 +0300", "Message-ID: " + mid3, "MIME-Version: 1.0"]
    raw = ("\n".join(h + bh) + "\n\n").encode("ascii") + bb
    loose.append(("03_bank.eml", raw, mid3, t3))
    return loose


# ============================================================ mbox writing

def mbox_bytes():
    out = []
    for m in MSGS:
        y, mo, d, hh, mm = m["date"]
        out.append(("From %s %s %s %2d %02d:%02d:00 %d\n" % (m["sender"], dow(y, mo, d), MONS[mo - 1], d, hh, mm, y)).encode())
        for line in m["raw"].split(b"\n")[:-1] if m["raw"].endswith(b"\n") else m["raw"].split(b"\n"):
            if re.match(rb"^>*From ", line):
                line = b">" + line
            out.append(line + b"\n")
        out.append(b"\n")
    return b"".join(out)


def read_mbox(data):
    msgs, cur = [], None
    prev_blank = True
    for line in data.split(b"\n"):
        if line.startswith(b"From ") and prev_blank:
            if cur is not None:
                msgs.append(cur)
            cur = []
        elif cur is not None:
            if re.match(rb"^>+From ", line):
                line = line[1:]
            cur.append(line)
        prev_blank = (line == b"")
    if cur is not None:
        msgs.append(cur)
    res = []
    for lines in msgs:
        if lines and lines[-1] == b"":
            lines = lines[:-1]  # separator blank line
        res.append(b"\n".join(lines) + b"\n")
    return res


# ================================================================ entities
ENT = [
    ("o_meridian", "Company", "JSC VPZ Meridian", {"country": ["ru"]}, [
        "АО «ВПЗ «Меридиан»", "ВПЗ «Меридиан»",
        "Акционерное общество «Верхнеокский приборостроительный завод «Меридиан»",
        "Верхнеокский приборостроительный завод «Меридиан»",
        "АКЦИОНЕРНОЕ ОБЩЕСТВО «ВЕРХНЕОКСКИЙ ПРИБОРОСТРОИТЕЛЬНЫЙ ЗАВОД «МЕРИДИАН»",
        "JSC VPZ Meridian", "AO VPZ Meridian", "VPZ Meridian"]),
    ("o_svislach", "Company", "KB Svislach", {"country": ["by"]}, [
        "ОАО «КБ «Свислочь»", "КБ «Свислочь»",
        "Открытое акционерное общество «Конструкторское бюро «Свислочь»",
        "Конструкторское бюро «Свислочь»", "ААТ «КБ «Свіслач»", "КБ «Свіслач»"]),
    ("o_golden", "Company", "Golden Harbour Components Ltd", {"country": ["hk"]}, [
        "Golden Harbour Components Ltd", "Golden Harbour Components Ltd.", "Golden Harbour"]),
    ("o_hanul", "Company", "Hanul Interconnect Co., Ltd.", {"country": ["kr"]}, [
        "Hanul Interconnect Co., Ltd.", "Hanul Interconnect", "Hanul"]),
    ("o_vandijk", "Company", "Van Dijk Interconnect B.V.", {"country": ["nl"]}, [
        "Van Dijk Interconnect B.V.", "Van Dijk Interconnect GmbH", "Van Dijk Interconnect", "Van Dijk",
        "Van Dijk Interconnect GmbH – Vertrieb"]),
    ("o_sierra", "Company", "Sierra Logic", {"country": ["us"]}, ["Sierra Logic"]),
    ("o_eltech", "Company", "Eltech-Distribution LLC", {"country": ["ru"]}, [
        "ООО «Элтех-Дистрибуция»", "«Элтех-Дистрибуция»", "Элтех-Дистрибуция", "Элтеха",
        "ООО «Элтех-Дистрибуция», отдел продаж"]),
    ("o_raghunathan", "Company", "Raghunathan Aero Trading Pvt. Ltd.", {"country": ["in"]}, [
        "Raghunathan Aero Trading Pvt. Ltd."]),
    ("o_saobac", "Company", "Sao Bac Technical Import-Export Company", {"country": ["vn"]}, [
        "Sao Bac Technical Import-Export Company"]),
    ("o_mod_ru", "PublicBody", "Ministry of Defence of the Russian Federation", {"country": ["ru"]}, [
        "Министерством обороны Российской Федерации"]),
    ("o_vpaf", "PublicBody", "Vietnam People's Air Force", {"country": ["vn"]}, [
        "Vietnam People's Air Force", "ВВС Вьетнама"]),
    ("p_gorbunov", "Person", "Valery Gorbunov", {"email": ["v.gorbunov@" + PLANT], "birthDate": ["1969-03-12"],
                                                  "nationality": ["ru"]}, [
        "Горбунов Валерий Петрович", "Валерий Петрович", "Горбунов В.П.", "В.П. Горбунов",
        "Горбунова Валерия Петровича", "Горбунова В.П.", "Валер", "Валера", "Валерію", "В.П.",
        "Valery Gorbunov", "Mr. Gorbunov", "Mr. Valery Gorbunov", "Valery", "V. Gorbunov",
        "GORBUNOV VALERII", "GORBUNOV VALERII MR", "M. Valéri Gorbounov", "Valéri Gorbounov"]),
    ("p_tatiana", "Person", "Tatiana Gorbunova", {"email": ["t.gorbunova@mail.example.ru"]}, [
        "Татьяна Горбунова", "Горбунова Татьяна Игоревна", "Горбуновой Татьяной Игоревной", "Таня",
        "Танюша", "Тань", "Тані", "GORBUNOVA TATIANA"]),
    ("p_irina", "Person", "Irina Melnikova", {"email": ["irina.melnikova@cymail.example.com.cy"],
                                               "nationality": ["ru"]}, [
        "Irina Melnikova", "Мельникова Ирина Валерьевна", "Ира", "Ирочка", "Ире", "Ірі", "Іри"]),
    ("p_oleg", "Person", "Oleh Horbunov", {"email": ["oleh.horbunov@ukrmail.example.com.ua"],
                                           "nationality": ["ua"]}, [
        "Oleh Horbunov", "Горбунов Олег Петрович", "Олег"]),
    ("p_shcherbakov", "Person", "Yuri Shcherbakov", {"email": ["y.shcherbakov@" + PLANT],
                                                      "birthDate": ["1978-06-14"]}, [
        "Щербаков Юрий Евгеньевич", "Щербакова Юрия Евгеньевича", "Щербакова Ю.Е.", "Щербаковым",
        "Ю. Щербаков", "Yuri Shcherbakov", "Mr. Shcherbakov", "SHCHERBAKOV IURII", "SHCHERBAKOV IURII MR",
        "M. Iouri Chtcherbakov", "Iouri Chtcherbakov", "Juri Schtscherbakow", "Herr Schtscherbakow"]),
    ("p_ermolaev", "Person", "Andrei Ermolaev", {"email": ["a.ermolaev@" + PLANT]}, [
        "А.С. Ермолаев", "Ермолаев А.С.", "Ермолаева Андрея Сергеевича", "Андрей Сергеевич",
        "Андреем Сергеевичем", "Андрею Сергеевичу"]),
    ("p_zhuk", "Person", "Aliaksandr Zhuk", {"email": ["a.zhuk@kb-svislach.example.by"]}, [
        "Жук Александр Михайлович", "А.М. Жук", "Жука Александра Михайловича", "Александр Михайлович",
        "Аляксандр Жук", "Aliaksandr Zhuk"]),
    ("p_nguyen", "Person", "Nguyen Van Thanh", {"email": ["thanh.nv@saobac.example.vn"]}, [
        "Nguyễn Văn Thành", "Nguyen Van Thanh", "Нгуен Ван Тхань", "Mr. Thanh"]),
    ("p_sandeep", "Person", "Sandeep Raghunathan", {"email": ["sandeep@raghunathan-aero.example.in"]}, [
        "Sandeep Raghunathan", "Sandeep", "Сандип Рагхунатхан"]),
    ("p_kelvin", "Person", "Kelvin Leung", {"email": ["kelvin.leung@goldenharbour.example.hk"]}, [
        "Kelvin Leung", "Mr. Kelvin Leung", "Kelvin", "Mr. Leung"]),
    ("p_choi", "Person", "Choi Seung-woo", {"email": ["sw.choi@hanul-ic.example.kr"]}, [
        "Choi Seung-woo", "Mr. Choi"]),
]

# ================================================================ findings
F = []


def finding(kind, summary, subjects, attrs, ev):
    F.append(dict(kind=kind, summary=summary, subjects=subjects, attributes=attrs, ev=ev))


def define_findings():
    finding("military_maintenance",
            "Meridian modernises the onboard radio and navigation equipment of Su-30SM and Yak-130 aircraft and Mi-28N helicopters for the Russian Ministry of Defence.",
            ["o_meridian"], {"platforms": ["su-30sm", "su-30", "yak-130", "mi-28n", "mi-28"], "customer_country": "ru"}, [
                ("m01", "завод в 2023–2024 гг. выполняет модернизацию бортового радиосвязного и навигационного оборудования самолётов Су-30СМ и Як-130 и вертолётов Ми-28Н"),
                ("m24", "сборка навигационных блоков БНК-30 для Су-30СМ остановлена с 11 октября"),
                ("m55", "сборка блоков радиосвязи БРС-130 для Як-130 стоит с 19 декабря. Из 14 комплектов по ГОЗ до конца года отгрузим 8"),
            ])
    finding("military_maintenance",
            "Meridian modernises the onboard radio and navigation equipment of the Vietnamese air force's Su-30MK2 fighters and Yak-130 trainers (contract VN-23/114).",
            ["o_meridian"], {"platforms": ["su-30mk2", "su-30", "yak-130"], "customer_country": "vn"}, [
                ("m41", "modernization of the onboard radio and navigation equipment of the Su-30MK2 fighters and Yak-130 trainers of the Vietnam People's Air Force"),
                ("m42", "вьетнамскому контракту VN-23/114 (модернизация БРЭО Су-30МК2 и Як-130 для ВВС Вьетнама)"),
                ("m59", "modernization of the onboard radio and navigation equipment of the Su-30MK2 fighters and Yak-130 trainers of the Vietnam People's Air Force"),
            ])
    finding("joint_development",
            "Meridian and the Minsk design bureau Svislach jointly develop the NV-27 navigation computer; Meridian's share went from 55% to 0.6 (a two-thirds proposal was rejected).",
            ["o_meridian", "o_svislach"], {"product": ["nv-27", "нв-27", "nv-27 navigation computer"],
                                          "partner_country": "by", "funding_share": 0.6}, [
                ("m05", "1.1. Стороны совместно разрабатывают навигационный вычислитель НВ-27 для модернизируемых комплексов бортового радиоэлектронного оборудования."),
                ("m05", "3.1. Доля Стороны 1 в финансировании ОКР составляет 55 (пятьдесят пять) процентов, доля Стороны 2 — 45 (сорок пять) процентов."),
                ("m06", "Направляю проект соглашения о совместной разработке навигационного вычислителя НВ-27"),
                ("m25", "доля АО «ВПЗ «Меридиан» в финансировании ОКР — две трети, доля ОАО «КБ «Свислочь» — одна треть"),
                ("m28", "Предложение о доле в две трети АО «ВПЗ «Меридиан» принять не может"),
                ("m49", "«Доля Стороны 1 (АО «ВПЗ «Меридиан») в финансировании ОКР составляет 0,6 (шестьдесят процентов), доля Стороны 2 (ОАО «КБ «Свислочь») — 0,4 (сорок процентов)»."),
                ("m50", "Итак, окончательно 60 на 40"),
            ])
    finding("sanctions_obstacle", "US export restrictions stop Meridian buying SL7 FPGAs made by Sierra Logic.",
            ["o_meridian"], {"origin_country": "us", "goods": "fpgas"}, [
                ("m08", "ПЛИС серии SL7 производства Sierra Logic (США) поставить не можем"),
                ("m13", "Американские ПЛИС SL7 (Sierra Logic) купить больше невозможно"),
                ("m24", "Санкции США"),
            ])
    finding("sanctions_obstacle", "EU sanctions stop Van Dijk delivering its Dutch-made VDC-38 precision connectors.",
            ["o_meridian"], {"origin_country": "nl", "goods": "connectors"}, [
                ("m10", "Van Dijk разъёмы серии VDC-38 не отгрузит, ссылаются на санкции ЕС"),
                ("m10-inner", "Aufgrund der EU-Sanktionen gegen die Russische Föderation dürfen wir die in unserem Werk in Eindhoven (Niederlande) gefertigten Präzisionssteckverbinder der Serie VDC-38 nicht an Ihr Unternehmen liefern."),
                ("m13", "Голландские прецизионные разъёмы VDC-38 фирма Van Dijk Interconnect не отгружает из-за санкций ЕС"),
                ("m24", "Санкции ЕС, Van Dijk отказал"),
            ])
    finding("alternative_supplier",
            "Golden Harbour Components (Hong Kong), introduced by the Indian middleman Raghunathan, supplies SL7 FPGAs and MCX-40 microcontrollers via Jebel Ali (UAE); a specification was signed in Dubai and the first lot shipped.",
            ["o_meridian", "o_golden"], {"supplier_country": "hk", "goods": "fpgas and microcontrollers"}, [
                ("m16", "my partners in Hong Kong, Golden Harbour Components Ltd, can supply the SL7 series FPGAs and the MCX-40 microcontrollers you are short of"),
                ("m17", "Lead time 5-6 weeks ex Hong Kong. Delivery to Jebel Ali Free Zone"),
                ("m18", "thank you, the offer is of interest to us"),
                ("m40", "Golden Harbour will bring the draft specification for the first lot."),
                ("m42", "если договоримся с Golden Harbour, первая партия придёт в январе"),
                ("m45", "с Golden Harbour (Гонконг) подписали спецификацию на 40 ПЛИС SL7-325 и 600 микроконтроллеров MCX-40"),
                ("m46", "Payment: 50% prepayment, 50% before shipment from Jebel Ali."),
                ("m58", "has left Hong Kong for Jebel Ali today"),
            ])
    finding("equipment_shortage",
            "No MCX-40 microcontrollers in stock: assembly of the BNK-30 navigation units stopped; the Vietnamese sets are delayed.",
            ["o_meridian"], {"goods": "microcontrollers"}, [
                ("m24", "микроконтроллеров MCX-40 на складе ноль, сборка навигационных блоков БНК-30 для Су-30СМ остановлена с 11 октября"),
                ("m24", "Сборка блоков БНК-30 остановлена"),
                ("m42", "Без микроконтроллеров MCX-40 первые шесть комплектов к марту не соберём — на складе их по-прежнему нет."),
                ("m59", "the delay is caused by late deliveries of microcontrollers"),
            ])
    finding("equipment_shortage",
            "Precision VDC-38 connectors ran out; assembly of the BRS-130 radio units stalled.",
            ["o_meridian"], {"goods": "connectors"}, [
                ("m24", "Прецизионных разъёмов VDC-38 хватит на 3 комплекта, дальше встаёт сборка блоков радиосвязи."),
                ("m24", "Под угрозой сборка блоков радиосвязи БРС-130"),
                ("m55", "VDC-38 закончились полностью, сборка блоков радиосвязи БРС-130 для Як-130 стоит с 19 декабря"),
            ])
    finding("foreign_travel",
            "Gorbunov and his deputy Shcherbakov went to Dubai, UAE, 27 Nov - 1 Dec 2023 for talks with suppliers (Golden Harbour).",
            ["p_gorbunov", "p_shcherbakov"], {"country": "ae", "start": "2023-11", "place": "Dubai",
                                               "purpose": "talks with suppliers"}, [
                ("m18", "my deputy Yuri Shcherbakov and I could come to Dubai at the end of November"),
                ("m34", "в конце месяца летим с Щербаковым в Дубай"),
                ("m35", "Направить в служебную командировку в Объединённые Арабские Эмираты (г. Дубай) с 27.11.2023 по 01.12.2023"),
                ("m36", "Анкету для выезда в ОАЭ заполнил, во вложении."),
                ("m36", "7. Цель выезда: служебная командировка, переговоры с поставщиками."),
                ("m38", "27NOV2023 MOSCOW VNUKOVO (VKO) - DUBAI (DXB)"),
                ("m39", "Clients : M. Valéri Gorbounov, M. Iouri Chtcherbakov"),
                ("m40", "I will meet you and Mr. Shcherbakov at your hotel on 28 November"),
                ("m45", "вернулись из Дубая в пятницу вечером"),
                ("m46", "It was a pleasure to meet you and Mr. Shcherbakov in Dubai."),
            ])
    finding("foreign_travel",
            "Gorbunov and his wife Tatiana holiday in Phuket, Thailand, 10-20 February 2024.",
            ["p_gorbunov", "p_tatiana"], {"country": "th", "start": "2024-02", "place": "Phuket", "purpose": "holiday"}, [
                ("m52", "В феврале летим с мамой на Пхукет, на десять дней, тур уже оплатили."),
                ("m53", "турагентство прислало ваучер на Пхукет: вылет 10 февраля из Домодедово"),
                ("m57", "уведомляю о выезде в Королевство Таиланд (о. Пхукет) с 10.02.2024 по 20.02.2024 совместно с супругой, Горбуновой Татьяной Игоревной, с целью отдыха"),
                ("L1", "Чув від Іри, що ви в лютому на Пхукет летите."),
                ("L2", "Guests: GORBUNOV VALERII, GORBUNOVA TATIANA"),
            ])
    finding("foreign_travel", "Gorbunov and his wife holidayed in Antalya, Turkey, in August 2019.",
            ["p_gorbunov", "p_tatiana"], {"country": "tr", "start": "2019-08", "place": "Antalya", "purpose": "holiday"}, [
                ("m36", "Турецкая Республика (г. Анталья), август 2019 г., отдых, с женой."),
            ])
    finding("citizenship", "Gorbunov is a Russian citizen with no other citizenship or residence permit.",
            ["p_gorbunov"], {"countries": ["ru"]}, [
                ("m36", "3. Гражданство: Российская Федерация. Иного гражданства, вида на жительство в иностранном государстве не имею."),
            ])
    finding("citizenship", "Gorbunov's daughter Irina lives in Limassol on a Cypriot residence permit but is only a Russian citizen.",
            ["p_irina"], {"countries": ["ru"]}, [
                ("m21", "Гражданство у меня, как ты помнишь, только российское"),
                ("m36", "проживает в г. Лимасол (Республика Кипр) по виду на жительство, гражданка Российской Федерации"),
            ])
    finding("citizenship", "Gorbunov's brother Oleg, living in Kharkiv, is a Ukrainian citizen.",
            ["p_oleg"], {"countries": ["ua"]}, [
                ("m36", "Брат — Горбунов Олег Петрович, 1966 г.р., гражданин Украины, проживает в г. Харькове."),
            ])
    finding("family_relation", "Tatiana Igorevna Gorbunova is Gorbunov's wife.", ["p_gorbunov", "p_tatiana"],
            {"relationship": "spouse"}, [
                ("m15", "совместно с супругой, Горбуновой Татьяной Игоревной"),
                ("m36", "Жена — Горбунова Татьяна Игоревна, 1971 г.р., пенсионер, проживает совместно."),
                ("m57", "совместно с супругой, Горбуновой Татьяной Игоревной"),
            ])
    finding("family_relation", "Irina Valerievna Melnikova (née Gorbunova) is Gorbunov's daughter.", ["p_gorbunov", "p_irina"],
            {"relationship": "child"}, [
                ("m36", "Дочь — Мельникова Ирина Валерьевна, 1994 г.р. (девичья фамилия — Горбунова)"),
                ("m21", "Папуля, привет!"),
                ("m15", "с целью посещения дочери"),
            ])
    finding("family_relation", "Oleg Petrovich Gorbunov (Oleh Horbunov) in Kharkiv is Gorbunov's brother.", ["p_gorbunov", "p_oleg"],
            {"relationship": "sibling"}, [
                ("m36", "Брат — Горбунов Олег Петрович, 1966 г.р., гражданин Украины, проживает в г. Харькове."),
                ("m31", "Твій брат Олег"),
                ("L1", "Валерію, брате, з Новим роком і Різдвом!"),
            ])
    finding("employment", "Gorbunov heads the procurement department of Meridian.", ["p_gorbunov", "o_meridian"],
            {"role": "head of procurement"}, [
                ("m36", "4. Место работы и должность: АО «ВПЗ «Меридиан», начальник отдела закупок и комплектации (с 2011 г.)"),
                ("m35", "Горбунова Валерия Петровича, 12.03.1969 г.р., начальника отдела закупок и комплектации"),
                ("m15", "Я, Горбунов Валерий Петрович, начальник отдела закупок и комплектации"),
                ("m03", "начальник отдела закупок и комплектации\nАО «ВПЗ «Меридиан»"),
            ])
    finding("employment", "Shcherbakov is deputy head of the procurement department.", ["p_shcherbakov", "o_meridian"],
            {"role": "deputy head of procurement"}, [
                ("m35", "Щербакова Юрия Евгеньевича, 14.06.1978 г.р., заместителя начальника отдела закупок и комплектации"),
                ("m10", "зам. начальника отдела закупок и комплектации"),
            ])
    finding("employment", "Ermolaev is general director of Meridian.", ["p_ermolaev", "o_meridian"],
            {"role": "general director"}, [
                ("m01", "Генеральный директор АО «ВПЗ «Меридиан»"),
                ("m28", "Генеральный директор АО «ВПЗ «Меридиан»"),
                ("m05", "в лице генерального директора Ермолаева Андрея Сергеевича"),
                ("m49", "От Стороны 1: Генеральный директор АО «ВПЗ «Меридиан» А.С. Ермолаев"),
            ])
    finding("employment", "Zhuk is director of KB Svislach.", ["p_zhuk", "o_svislach"], {"role": "director"}, [
                ("m05", "директор ОАО «КБ «Свислочь», г. Минск"),
                ("m25", "Директор ОАО «КБ «Свислочь»"),
                ("m49", "дырэктар ААТ «КБ «Свіслач»"),
                ("m49", "От Стороны 2: Директор ОАО «КБ «Свислочь» А.М. Жук"),
            ])
    finding("employment", "Nguyen Van Thanh is deputy director of Sao Bac Technical Import-Export Company.",
            ["p_nguyen", "o_saobac"], {"role": "deputy director"}, [
                ("m41", "Deputy Director\nSao Bac Technical Import-Export Company, Hanoi"),
            ])
    finding("employment", "Sandeep Raghunathan is director of Raghunathan Aero Trading.", ["p_sandeep", "o_raghunathan"],
            {"role": "director"}, [
                ("m16", "Director, Raghunathan Aero Trading Pvt. Ltd."),
            ])
    finding("employment", "Kelvin Leung is sales director of Golden Harbour Components.", ["p_kelvin", "o_golden"],
            {"role": "sales director"}, [
                ("m17", "Sales Director\nGolden Harbour Components Ltd., Kowloon, Hong Kong"),
                ("m58", "Sales Director, Golden Harbour Components Ltd."),
                ("m16", "Mr. Kelvin Leung, their sales director"),
            ])
    finding("employment", "Choi Seung-woo is a sales manager at Hanul Interconnect.", ["p_choi", "o_hanul"],
            {"role": "sales manager"}, [
                ("m20", "Sales Manager, Hanul Interconnect Co., Ltd."),
            ])
    finding("watchlist_match", "The plant is on the watchlist as VERKHNEOKSKIY PRIBOROSTROITELNYY ZAVOD MERIDIAN.",
            ["o_meridian"], {"list": "watchlist", "entry_id": "wl-ru-7101", "score": 0.9}, [
                ("m01", "Генеральный директор АО «ВПЗ «Меридиан»"),
                ("m05", "Акционерное общество «Верхнеокский приборостроительный завод «Меридиан» (Российская Федерация)"),
                ("m25", "доля АО «ВПЗ «Меридиан» в финансировании ОКР — две трети"),
                ("m35", "АКЦИОНЕРНОЕ ОБЩЕСТВО «ВЕРХНЕОКСКИЙ ПРИБОРОСТРОИТЕЛЬНЫЙ ЗАВОД «МЕРИДИАН»"),
                ("m36", "АО «ВПЗ «Меридиан», начальник отдела закупок и комплектации"),
                ("m49", "Генеральный директор АО «ВПЗ «Меридиан» А.С. Ермолаев"),
            ])
    finding("watchlist_match", "Shcherbakov (born 14.06.1978) is on the watchlist as SHCHERBAKOV, Yuriy Yevgenyevich.",
            ["p_shcherbakov"], {"list": "watchlist", "entry_id": "wl-ru-7102", "score": 0.9}, [
                ("m35", "Щербакова Юрия Евгеньевича, 14.06.1978 г.р."),
                ("m38", "PASSENGER 2: SHCHERBAKOV IURII MR"),
                ("m39", "M. Iouri Chtcherbakov"),
                ("m10-inner", "Sehr geehrter Herr Schtscherbakow"),
                ("m10", "Ю. Щербаков"),
                ("m13", "письмо от 19.09 у Щербакова Ю.Е."),
                ("m18", "my deputy Yuri Shcherbakov"),
            ])
    finding("watchlist_match", "Golden Harbour Components is on the watchlist as GOLDEN HARBOUR COMPONENTS LIMITED.",
            ["o_golden"], {"list": "watchlist", "entry_id": "wl-hk-7103", "score": 0.9}, [
                ("m16", "Golden Harbour Components Ltd"),
                ("m17", "Golden Harbour Components Ltd., Kowloon, Hong Kong"),
                ("m45", "с Golden Harbour (Гонконг) подписали спецификацию"),
                ("m58", "Golden Harbour Components Ltd."),
            ])


WATCHLIST = [
    {"id": "wl-ru-7101", "schema": "Company", "caption": "VERKHNEOKSKIY PRIBOROSTROITELNYY ZAVOD MERIDIAN AO",
     "properties": {"name": ["VERKHNEOKSKIY PRIBOROSTROITELNYY ZAVOD MERIDIAN AO"],
                    "alias": ["VERKHNEOKSK INSTRUMENT-MAKING PLANT MERIDIAN"],
                    "country": ["ru"], "address": ["Verkhneoksk, Ryazan Oblast, Russia"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-7102", "schema": "Person", "caption": "SHCHERBAKOV, Yuriy Yevgenyevich",
     "properties": {"name": ["SHCHERBAKOV, Yuriy Yevgenyevich"], "alias": ["SHCHERBAKOV Yurii Evgenevich"],
                    "birthDate": ["1978-06-14"], "nationality": ["ru"], "position": ["procurement official"]},
     "datasets": ["watchlist"]},
    {"id": "wl-hk-7103", "schema": "Company", "caption": "GOLDEN HARBOUR COMPONENTS LIMITED",
     "properties": {"name": ["GOLDEN HARBOUR COMPONENTS LIMITED"], "alias": ["金港元件有限公司"],
                    "country": ["hk"], "address": ["Kowloon, Hong Kong"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-7104", "schema": "Person", "caption": "SHCHERBAKOV, Yuriy Vladimirovich",
     "properties": {"name": ["SHCHERBAKOV, Yuriy Vladimirovich"], "birthDate": ["1983-02-01"], "nationality": ["ru"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ru-7105", "schema": "Person", "caption": "SHCHERBAKOVA, Yuliya Yevgenyevna",
     "properties": {"name": ["SHCHERBAKOVA, Yuliya Yevgenyevna"], "gender": ["female"], "birthDate": ["1978-06-14"],
                    "nationality": ["ru"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-7106", "schema": "Person", "caption": "GORBUNOV, Valeriy Pavlovich",
     "properties": {"name": ["GORBUNOV, Valeriy Pavlovich"], "alias": ["Горбунов Валерий Павлович"],
                    "birthDate": ["1985-09-30"], "nationality": ["ru"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-7107", "schema": "Company", "caption": "MERIDIAN-AVTOMATIKA LLC",
     "properties": {"name": ["MERIDIAN-AVTOMATIKA LLC"], "alias": ["ООО «Меридиан-Автоматика»"], "country": ["ru"],
                    "address": ["Moscow, Russia"]}, "datasets": ["watchlist"]},
    {"id": "wl-hk-7108", "schema": "Company", "caption": "GOLDEN HARBOR TRADING CO., LIMITED",
     "properties": {"name": ["GOLDEN HARBOR TRADING CO., LIMITED"], "country": ["hk"]}, "datasets": ["watchlist"]},
    {"id": "wl-in-7109", "schema": "Person", "caption": "RAGHUNATHAN, Suresh",
     "properties": {"name": ["RAGHUNATHAN, Suresh"], "birthDate": ["1971-04-22"], "nationality": ["in"]},
     "datasets": ["watchlist"]},
]


# ============================================================ text extract

def ooxml_text(data):
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        if "word/document.xml" in names:
            x = z.read("word/document.xml").decode("utf-8")
            for p in re.findall(r"<w:p[ >].*?</w:p>", x, re.S):
                out.append(html.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p, re.S))))
        elif "xl/sharedStrings.xml" in names:
            x = z.read("xl/sharedStrings.xml").decode("utf-8")
            out += [html.unescape(s) for s in re.findall(r"<t[^>]*>(.*?)</t>", x, re.S)]
        else:
            for n in names:
                if n.endswith((".docx", ".xlsx")):
                    out.append(ooxml_text(z.read(n)))
    return "\n".join(out)


def html_text(s):
    s = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<br\s*/?>|</p>|</li>|</h\d>|</tr>", "\n", s, flags=re.I)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def msg_texts(raw, true_cs=None):
    """Decoded text of a message: bodies + attachments, including nested rfc822."""
    m = message_from_bytes(raw, policy=policy.compat32)
    texts, headers = [], []
    for part in m.walk():
        for hn in ("From", "To", "Cc", "Subject"):
            if part.get(hn):
                headers.append(str(make_header(decode_header(part.get(hn)))))
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            continue
        data = part.get_payload(decode=True) or b""
        fn = part.get_filename() or ""
        if ct.startswith("text/"):
            cs = part.get_content_charset() or true_cs or "us-ascii"
            t = data.decode(cs)
            texts.append(html_text(t) if ct == "text/html" else t)
        elif fn.endswith((".docx", ".xlsx", ".zip")):
            texts.append(ooxml_text(data))
    return "\n".join(texts), "\n".join(headers)


def ws(s):
    return " ".join(s.split())


# ==================================================================== main

def main():
    build()
    loose = build_loose()
    define_findings()
    mbox = mbox_bytes()
    with open(os.path.join(HERE, "mailbox.mbox"), "wb") as fh:
        fh.write(mbox)
    ldir = os.path.join(HERE, "loose")
    os.makedirs(ldir, exist_ok=True)
    for name, raw, mid, _ in loose:
        with open(os.path.join(ldir, name), "wb") as fh:
            fh.write(raw)
        if mid is None:
            MID["L1"] = "<sha256:%s>" % hashlib.sha256(raw).hexdigest()

    # decoded texts per message id
    texts, heads = {}, {}
    raws = read_mbox(mbox)
    cs_by_mid = {m["msgid"]: m["true_cs"] for m in MSGS}
    for raw in raws:
        mm = message_from_bytes(raw, policy=policy.compat32)
        mid = mm["Message-ID"]
        texts[mid], heads[mid] = msg_texts(raw, cs_by_mid.get(mid))
    # the forwarded message inside m10 on its own
    outer = message_from_bytes(raws[[m["key"] for m in MSGS].index("m10")], policy=policy.compat32)
    for part in outer.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0)
            texts[MID["m10-inner"]], heads[MID["m10-inner"]] = msg_texts(inner.as_bytes())
    for name, raw, mid, _ in loose:
        k = mid or "<sha256:%s>" % hashlib.sha256(raw).hexdigest()
        texts[k], heads[k] = msg_texts(raw)

    # truth.json
    ents = [dict(id=i, schema=s, name=n, names=sorted(set(forms)), properties=p) for i, s, n, p, forms in ENT]
    findings = []
    for n, f in enumerate(F, 1):
        ev = [dict(message_id=MID[k], quote=q) for k, q in f["ev"]]
        findings.append(dict(id="f-%03d" % n, kind=f["kind"], summary=f["summary"], subjects=f["subjects"],
                             attributes=f["attributes"], evidence=ev, confidence=1.0))
    truth = {"format": "paperchase.findings/1", "entities": ents, "findings": findings}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "watchlist.ftm.json"), "w", encoding="utf-8") as fh:
        for w in WATCHLIST:
            fh.write(json.dumps(w, ensure_ascii=False) + "\n")

    ok = True
    # check 1: quotes
    bad = []
    for f in findings:
        for e in f["evidence"]:
            t = texts.get(e["message_id"])
            if t is None or (e["quote"] not in t and ws(e["quote"]) not in ws(t)):
                bad.append((f["id"], e["message_id"], e["quote"][:60]))
    exact_ws = sum(1 for f in findings for e in f["evidence"]
                   if e["message_id"] in texts and e["quote"] not in texts[e["message_id"]])
    print("check 1 (quotes verbatim in decoded text):", "PASS" if not bad else "FAIL", "(%d only after whitespace collapse)" % exact_ws)
    for b in bad:
        print("   missing:", b)
    ok &= not bad
    # check 2: self-score
    sys.path.insert(0, "/work/shared/tools")
    import score_case
    s = score_case.score(truth, truth)
    p2 = s["findings"]["f1"] == 1.0 and s["entities"]["f1"] == 1.0
    print("check 2 (self-score): findings f1 %.3f, entities f1 %.3f" % (s["findings"]["f1"], s["entities"]["f1"]),
          "PASS" if p2 else "FAIL")
    ok &= p2
    # check 3: surface forms
    alltext = unicodedata.normalize("NFC", "\n".join(list(texts.values()) + list(heads.values()))).casefold()
    allws = ws(alltext)
    def occurs(n):
        k = ws(unicodedata.normalize("NFC", n).casefold())
        return re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", allws) is not None
    missing = [(e["id"], n) for e in ents for n in e["names"] if not occurs(n)]
    print("check 3 (surface forms occur as whole words):", "PASS" if not missing else "FAIL")
    for mm_ in missing:
        print("   missing form:", mm_)
    ok &= not missing
    # duplicate forms across entities
    seen = {}
    for e in ents:
        for n in e["names"]:
            k = ws(unicodedata.normalize("NFC", n).casefold())
            if k in seen and seen[k] != e["id"]:
                print("   warning: form shared by", seen[k], e["id"], n)
            seen[k] = e["id"]
    # check 4: count
    p4 = len(raws) == len(MSGS) == 62
    print("check 4 (message count): mbox holds %d, intended 62;" % len(raws), "loose files: %d" % len(loose),
          "PASS" if p4 else "FAIL")
    ok &= p4
    kinds = {}
    for f in findings:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print("findings per kind:", json.dumps(kinds))
    if "--scan" in sys.argv:
        stems = ["горбун", "gorbun", "gorboun", "horbun", "валер", "valer", "щербак", "shcherb", "chtcherb", "schtscherb",
                 "юри", "yuri", "iouri", "juri", "тан", "tatian", "ир", "іри", "ірі", "irina", "мельник", "олег", "oleh",
                 "ермолаев", "андре", "жук", "zhuk", "александр", "аляксандр", "нгуен", "nguy", "thanh", "тхань", "sandeep",
                 "сандип", "kelvin", "leung", "choi", "меридиан", "meridian", "свислоч", "свіслач", "golden", "hanul",
                 "van dijk", "sierra", "элтех", "raghunathan", "sao bac", "ввс", "air force", "минобор", "министерств"]
        for mid_, t in list(texts.items()):
            full = t + "\n" + heads[mid_]
            for st in stems:
                for mt in re.finditer(r"(?i)\b[\w.«»\"-]*" + re.escape(st) + r"[\w.«»\"-]*(?:\s+[\w.«»\"-]+){0,3}", full):
                    pass
        forms = {}
        for mid_, t in texts.items():
            full = t + "\n" + heads[mid_]
            for st in stems:
                for mt in re.finditer(r"(?i)(?:[\w.«»\"-]+\s+){0,2}[\w.«»\"-]*" + re.escape(st) + r"[\w.«»\"-]*(?:\s+[\w.«»\"-]+){0,2}", full):
                    forms.setdefault(st, set()).add(ws(mt.group(0)))
        for st, fs in forms.items():
            print("==", st)
            for x in sorted(fs):
                print("   ", x)
    print("ALL SELF-CHECKS PASS" if ok else "SOME SELF-CHECKS FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
