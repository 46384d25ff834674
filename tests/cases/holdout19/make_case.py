#!/usr/bin/env python3
"""Build the holdout19 case: the mailbox of the head of the foreign-trade department
of a fictional aircraft repair plant in Drysnevichy, Vitsebsk region, Belarus.

    python3 make_case.py            # write mailbox.mbox, loose/, watchlist, truth, README
    python3 make_case.py --check    # also run the self-checks against paperchase

Standard library only, deterministic. Everything in it is fictional.
"""
import base64
import hashlib
import io
import json
import os
import quopri
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# MIME building blocks
# ---------------------------------------------------------------------------


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_words(s, cs="utf-8", mode="B"):
    """RFC 2047 encoded words, folded; each word stays under 76 characters."""
    # split only after a space, so that decoders that keep the folding white space still read it right
    words, chunk = [], ""
    limit = 36 if mode == "B" else 22
    tokens = [t + " " for t in s.split(" ")]
    tokens[-1] = tokens[-1][:-1]
    for tok in tokens:
        if chunk and len((chunk + tok).encode(cs)) > limit:
            words.append(chunk)
            chunk = ""
        chunk += tok
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        b = w.encode(cs)
        if mode == "B":
            out.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode()))
        else:
            q = "".join(
                chr(c) if (chr(c).isalnum() and c < 128) or chr(c) in "!*+-/" else ("_" if c == 32 else "=%02X" % c)
                for c in b
            )
            out.append("=?%s?Q?%s?=" % (cs, q))
    return "\n ".join(out)


def hdr_text(s, cs="utf-8", mode="B"):
    return s if is_ascii(s) else enc_words(s, cs, mode)


def hdr_addr(name, addr, cs="utf-8", mode="B"):
    if not name:
        return addr
    if is_ascii(name):
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name.replace('"', ""), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (enc_words(name, cs, mode), addr)


def wrap76(s):
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def encode_body(data, cte):
    if cte == "base64":
        return wrap76(base64.b64encode(data).decode("ascii")).encode("ascii") + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data if data.endswith(b"\n") else data + b"\n"  # 7bit / 8bit


class Part:
    """A MIME entity: header lines plus body bytes."""

    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def bytes(self):
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def text_part(text, subtype="plain", cs="utf-8", cte="base64", declare=True):
    data = text.replace("\r\n", "\n").encode(cs)
    ct = "Content-Type: text/%s" % subtype
    if declare:
        ct += '; charset="%s"' % cs
    return Part([ct, "Content-Transfer-Encoding: %s" % cte], encode_body(data, cte))


def attachment(filename, ctype, data, fn_cs="utf-8"):
    if is_ascii(filename):
        disp = 'Content-Disposition: attachment; filename="%s"' % filename
        ctl = 'Content-Type: %s; name="%s"' % (ctype, filename)
    else:
        ew = enc_words(filename, fn_cs, "B").replace("\n ", "")
        disp = 'Content-Disposition: attachment;\n filename="%s"' % ew
        ctl = 'Content-Type: %s;\n name="%s"' % (ctype, ew)
    return Part([ctl, "Content-Transfer-Encoding: base64", disp], encode_body(data, "base64"))


def rfc822_part(msg_bytes, filename):
    return Part(
        ["Content-Type: message/rfc822", 'Content-Disposition: attachment; filename="%s"' % filename],
        msg_bytes if msg_bytes.endswith(b"\n") else msg_bytes + b"\n",
    )


def multipart(subtype, parts, boundary):
    body = b""
    for p in parts:
        body += ("--%s\n" % boundary).encode() + p.bytes()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += ("--%s--\n" % boundary).encode()
    return Part(['Content-Type: multipart/%s;\n boundary="%s"' % (subtype, boundary)], body)


def html_of(text, style="font-family:Arial,sans-serif;font-size:10pt"):
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    paras = [p for p in text.split("\n\n")]
    inner = "".join("<p>%s</p>" % "<br>".join(esc(l) for l in p.split("\n")) for p in paras)
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="%s">%s</body></html>' % (style, inner)


# ---------------------------------------------------------------------------
# documents built by hand: DOCX, XLSX, PDF
# ---------------------------------------------------------------------------
ZDATE = (2023, 1, 1, 0, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def make_docx(paragraphs):
    body = "".join(
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paragraphs
    )
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body>%s<w:sectPr/></w:body></w:document>" % body
    )
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Лист1"):
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v not in (None, ""):
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(v)))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sh = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<sheetData>%s</sheetData></worksheet>" % "".join(xr)
    )
    wb = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet)
    )
    wbrels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>"
    )
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    return _zip([
        ("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
        ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sh),
    ])


def make_pdf(lines):
    """One page, Helvetica with WinAnsiEncoding: Latin text that pypdf extracts."""

    def esc(s):
        return s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    content = b"BT\n/F1 10 Tf\n14 TL\n50 790 Td\n"
    for ln in lines:
        content += b"(" + esc(ln) + b") Tj T*\n"
    content += b"ET\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ---------------------------------------------------------------------------
# the mail: a registry of messages; each knows its own plain text for the truth
# ---------------------------------------------------------------------------

MSGS = []  # dicts in mailbox order
BY_KEY = {}


def mid_for(key, domain):
    return "<%s@%s>" % (hashlib.sha1(("holdout19/" + key).encode()).hexdigest()[:16], domain)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def add(key, date, frm, to, subject, body, *, cc=(), cs="utf-8", cte="base64", hcs=None, hmode="B",
        html=None, html_only=False, attachments=(), declare=True, reply_to=None, mailer=None,
        domain=None, no_mid=False, loose=False, extra_parts=(), extra_text=""):
    """frm/to/cc: (name, address). body: the plain text. attachments: (filename, ctype, bytes, text)."""
    hcs = hcs or (cs if cs != "us-ascii" else "utf-8")
    domain = domain or frm[1].split("@")[1]
    mid = None if no_mid else mid_for(key, domain)
    heads = [
        "From: " + hdr_addr(frm[0], frm[1], hcs, hmode),
        "To: " + ",\n ".join(hdr_addr(n, a, hcs, hmode) for n, a in to),
    ]
    if cc:
        heads.append("Cc: " + ",\n ".join(hdr_addr(n, a, hcs, hmode) for n, a in cc))
    heads.append("Subject: " + hdr_text(subject, hcs, hmode))
    heads.append("Date: " + date)
    if mid:
        heads.append("Message-ID: " + mid)
    if reply_to:
        parent = BY_KEY[reply_to]
        if parent["mid"]:
            heads.append("In-Reply-To: " + parent["mid"])
            heads.append("References: " + parent["mid"])
    heads.append("MIME-Version: 1.0")
    if mailer:
        heads.append("X-Mailer: " + mailer)
    bnd = "----=_Part_%s" % hashlib.md5(key.encode()).hexdigest()[:20]
    if html_only:
        part = text_part(html_of(body) if html is None else html, "html", cs, cte, declare)
    elif html is not None:
        html_text = html_of(body) if html is True else html
        part = multipart("alternative", [text_part(body, "plain", cs, cte, declare),
                                         text_part(html_text, "html", cs, cte, declare)], bnd + "_alt")
    else:
        part = text_part(body, "plain", cs, cte, declare)
    texts = [body]
    if attachments or extra_parts:
        parts = [part]
        for fn, ct, data, atext in attachments:
            parts.append(attachment(fn, ct, data))
            texts.append(atext)
        parts.extend(extra_parts)
        part = multipart("mixed", parts, bnd + "_mix")
    raw = ("\n".join(heads) + "\n").encode("ascii") + part.bytes()
    if no_mid:
        mid = "<sha256:%s>" % hashlib.sha256(raw).hexdigest()
    m = dict(key=key, mid=mid, raw=raw, text="\n".join(texts) + extra_text, frm=frm, date=date, loose=loose)
    MSGS.append(m)
    BY_KEY[key] = m
    return m


# ---------------------------------------------------------------------------
# people and addresses
# ---------------------------------------------------------------------------
NAT = ("Навроцкая Наталья Геннадьевна", "n.navrotskaya@darz.example.by")
NAT_EN = ("Natallia Navrotskaya", "n.navrotskaya@darz.example.by")
NAT_BE = ("Наталля Навроцкая", "n.navrotskaya@darz.example.by")
STAS = ("Стасевич Леонид Аркадьевич", "director@darz.example.by")
BURAK = ("Бурак Инесса Францевна", "i.burak@darz.example.by")
MIS = ("Місюкевіч Алесь", "a.misiukevich@darz.example.by")
MIS_RU = ("Мисюкевич Александр Казимирович", "a.misiukevich@darz.example.by")
PDO = ("Планово-диспетчерский отдел", "pdo@darz.example.by")
OK_HR = ("Отдел кадров ОАО ДАРЗ", "kadry@darz.example.by")
BUH = ("Бухгалтерия", "buh@darz.example.by")
SHOP4 = ("Гайдукевич Юрий Павлович", "ceh4@darz.example.by")
LIS = ("ЛВС ДАРЗ", "lis@darz.example.by")
PROD = ("Производственный отдел", "proizvodstvo@darz.example.by")
REZHIM = ("Режимно-секретный отдел", "rso@darz.example.by")
PROFKOM = ("Профком ОАО «ДАРЗ»", "profkom@darz.example.by")
KOLY = ("Колыванов Тимур Эдуардович", "t.kolyvanov@kronverk-avionika.example.ru")
KA_BUH = ("Маркелова Евгения Сергеевна", "buh@kronverk-avionika.example.ru")
PICHL = ("Johanna Pichlmayr", "j.pichlmayr@pramtaler.example.at")
ZWYG = ("Reto Zwygart", "r.zwygart@rothbuehl.example.ch")
NURUL = ("Nurul Aisyah Kamarudin", "nurul.aisyah@serikenanga.example.com.my")
ALTYN = ("ТОО «Altyn Trade Logistics»", "sales@altyn-trade.example.kz")
CHAD = ("Technical Logistics Office, Chadian Air Force", "dmat.logistique@armee-air.example.td")
VIT = ("Віталь Навроцкі", "vitali.nav@mail.example.by")
NIKA = ("Weronika Kwiatecka", "weronika.kwiatecka@poczta.example.pl")
HOTEL = ("Chorokhi Bay Hotel Batumi", "reservations@chorokhibay.example.ge")
VISA = ("Visa Section - Consulate General of Lithuania", "visa.section@urm.example.lt")

SIG_NAT_RU = """С уважением,
Наталья Навроцкая
начальник отдела внешнеэкономической деятельности
ОАО «Дрисневичский авиаремонтный завод»
211720, Витебская обл., г. Дрисневичи, ул. Заводская, 3
тел. +375 2150 4-17-32, моб. +375 29 611-48-07"""

SIG_NAT_EN = """Best regards,
Natallia Navrotskaya
Head of Foreign Trade Department
Drysnevichy Aircraft Repair Plant OJSC
3 Zavodskaya St., 211720 Drysnevichy, Vitsebsk Region, Republic of Belarus
Tel. +375 2150 4 17 32 | Mob. +375 29 611 48 07"""

SIG_KOLY = """С уважением,
Т.Э. Колыванов
главный конструктор направления бортового оборудования
АО «НПП «Кронверк-Авионика»»
197022, Санкт-Петербург, наб. реки Карповки, д. 40
тел. +7 812 000-12-34"""

SIG_BURAK = """И.Ф. Бурак
начальник отдела материально-технического снабжения
ОАО «ДАРЗ», вн. 2-14"""

SIG_MIS = """Алесь Місюкевіч
галоўны канструктар ААТ «ДАРЗ»
тэл. +375 2150 4-11-08"""

SIG_NURUL = """Best regards,
Nurul Aisyah binti Kamarudin
Business Development Manager
Seri Kenanga Polymer Sdn. Bhd.
Plot 118, Lorong Perusahaan 4, Prai Industrial Estate, 13600 Prai, Penang, Malaysia
Tel. +60 4 000 7731"""

SIG_ZWYG = """Freundliche Grüsse

Reto Zwygart
Area Sales Manager CIS
Rothbühl Wuchtmaschinen AG
Thundorferstrasse 61, 8500 Frauenfeld, Schweiz
T +41 52 000 64 20"""

SIG_PICHL = """Mit freundlichen Grüßen

Mag. Johanna Pichlmayr
Key Account Managerin Osteuropa
Pramtaler Dichtungstechnik GmbH
Industriezeile 14, 4910 Ried im Innkreis, Österreich
Tel. +43 7752 000 45"""


def d(stamp, tz="+0300"):
    import datetime
    dt = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return dt.strftime("%a, %d %b %Y %H:%M:00 ") + tz


def outlook_header(frm, sent, to, subject, lang="ru"):
    if lang == "ru":
        return "-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s <%s>\nSubject: %s\n" % (
            frm[0], frm[1], sent, to[0], to[1], subject)
    return "-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n" % (frm[0], frm[1], sent, to, subject)


def fwd_header(frm, when, subject, to):
    return "-------- Пересылаемое сообщение --------\nОт: %s <%s>\nДата: %s\nТема: %s\nКому: %s\n" % (
        frm[0], frm[1], when, subject, to)


# --- documents ---------------------------------------------------------------
AGREEMENT = [
    "СОГЛАШЕНИЕ № КА-03/23",
    "о совместном выполнении опытно-конструкторской работы «Зяблик»",
    "г. Санкт-Петербург                                                  «___» января 2023 г.",
    "Акционерное общество «Научно-производственное предприятие «Кронверк-Авионика»» (АО «НПП «Кронверк-Авионика»»), именуемое в дальнейшем «Головной исполнитель», в лице генерального директора Шуваева Глеба Романовича, действующего на основании Устава, с одной стороны, и Открытое акционерное общество «Дрисневичский авиаремонтный завод» (ОАО «ДАРЗ»), именуемое в дальнейшем «Соисполнитель», в лице директора Стасевича Леонида Аркадьевича, действующего на основании Устава, с другой стороны, заключили настоящее Соглашение о нижеследующем.",
    "1. ПРЕДМЕТ СОГЛАШЕНИЯ",
    "1.1. Стороны совместно разрабатывают комплекс бортового оборудования КБО-12 (шифр ОКР «Зяблик») для учебно-тренировочного самолёта первоначальной подготовки лётчиков.",
    "1.2. Головной исполнитель разрабатывает многофункциональные индикаторы и бортовую цифровую вычислительную машину. Соисполнитель разрабатывает пульты управления, бортовую кабельную сеть и комплект стендового оборудования для наземной отработки.",
    "2. СРОКИ",
    "2.1. Эскизный проект – IV квартал 2023 г.; рабочая конструкторская документация – 2024 г.; опытный комплект – 2025 г.",
    "3. ПРАВА НА РЕЗУЛЬТАТЫ",
    "3.1. Права на результаты ОКР принадлежат Сторонам совместно пропорционально долям финансирования.",
    "4. ФИНАНСИРОВАНИЕ",
    "4.1. Общая стоимость ОКР и её распределение по этапам определяются ведомостью исполнения (Приложение 1).",
    "4.2. Доля финансирования Соисполнителя составляет 40 (сорок) процентов общей стоимости ОКР, доля Головного исполнителя – 60 (шестьдесят) процентов.",
    "5. ПОДПИСИ СТОРОН",
    "От Головного исполнителя: Генеральный директор АО «НПП «Кронверк-Авионика»» ______________ Г.Р. Шуваев",
    "От Соисполнителя: Директор ОАО «ДАРЗ» ______________ Л.А. Стасевич",
]

LETTER_214 = [
    "Открытое акционерное общество «Дрисневичский авиаремонтный завод»",
    "ул. Заводская, 3, 211720, г. Дрисневичи, Витебская область, Республика Беларусь",
    "Исх. № 01-17/214 от 20.02.2023",
    "Генеральному директору АО «НПП «Кронверк-Авионика»» Г.Р. Шуваеву",
    "Уважаемый Глеб Романович!",
    "Рассмотрев предложение Вашего предприятия от 15.02.2023 об увеличении доли ОАО «ДАРЗ» в финансировании ОКР «Зяблик» до 60 процентов, сообщаем, что принять его мы не можем: такой объём средств не предусмотрен инвестиционной программой завода на 2023–2025 годы.",
    "Распределение работ по Соглашению № КА-03/23 нами подтверждается без изменений. Предлагаем вернуться к обсуждению финансового раздела на рабочей встрече в Санкт-Петербурге в апреле 2023 г.",
    "С уважением,",
    "Директор ОАО «ДАРЗ»                                   Л.А. Стасевич",
    "Исп. Навроцкая Н.Г., +375 2150 4-17-32",
]

PROTOCOL_1 = [
    "ПРОТОКОЛ СОГЛАСОВАНИЯ № 1",
    "к Соглашению № КА-03/23 о совместном выполнении ОКР «Зяблик»",
    "г. Санкт-Петербург                                                             13.04.2023",
    "Присутствовали: от АО «НПП «Кронверк-Авионика»» – Шуваев Г.Р., генеральный директор, Колыванов Т.Э., главный конструктор направления; от ОАО «ДАРЗ» – Навроцкая Н.Г., начальник отдела ВЭД, Мисюкевич А.К., главный конструктор.",
    "1. Стороны подтверждают, что совместно разрабатывают комплекс бортового оборудования КБО-12 на условиях Соглашения № КА-03/23 с учётом настоящего Протокола.",
    "2. Пункт 4.2 Соглашения изложить в следующей редакции: «Доля финансирования Соисполнителя составляет 42 (сорок два) процента общей стоимости ОКР, доля Головного исполнителя – 58 (пятьдесят восемь) процентов».",
    "3. Предложение Головного исполнителя от 15.02.2023 об установлении доли Соисполнителя в размере 60 процентов считать отозванным.",
    "4. Соисполнитель поставляет комплект стендового оборудования до 31.10.2023.",
    "Генеральный директор АО «НПП «Кронверк-Авионика»» ______________ Г.Р. Шуваев",
    "Директор ОАО «ДАРЗ» ______________ Л.А. Стасевич",
]

PLAN_ROWS = [
    ["ОАО «ДАРЗ». План ремонта авиационной техники на 2023 год (утв. директором 30.01.2023)"],
    ["№", "Наименование работ", "Кол-во", "Срок", "Примечание"],
    [1, "Капремонт вертолётов Ми-2 (ВВС и войска ПВО ВС Республики Беларусь)", 4, "II–IV кв.", "госзаказ"],
    [2, "Капремонт вертолёта Ми-26 (ВВС и войска ПВО ВС Республики Беларусь)", 1, "III кв.", "госзаказ"],
    [3, "Капремонт вертолётов Ми-26 (Министерство обороны Российской Федерации)", 2, "II–III кв.", "ГОЗ РФ, контракт 2022"],
    [4, "Ремонт агрегатов двигателей Р-95Ш самолётов Су-25 (Министерство обороны Российской Федерации)", 36, "I–IV кв.", "ГОЗ РФ"],
    [5, "Ремонт агрегатов двигателей Р-95Ш самолётов Су-25 (ВВС Республики Чад, контракт № 07/ТД-22)", 18, "II–III кв.", "экспорт"],
    [6, "Ремонт вертолёта Ми-2 сельскохозяйственного варианта (ТОО «Жетысу Агроавиа», Казахстан, гражданский заказчик)", 1, "IV кв.", "гражданская авиация"],
    ["", "Итого изделий/агрегатов", 62, "", ""],
]

TRIP_ORDER = """ОТКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО «ДРИСНЕВИЧСКИЙ АВИАРЕМОНТНЫЙ ЗАВОД»

ПРИКАЗ

20.03.2023                                   № 138-к
                    г. Дрисневичи

О служебной командировке

1. Направить в служебную командировку в г. Санкт-Петербург (Российская Федерация), АО «НПП «Кронверк-Авионика»», с 10.04.2023 по 14.04.2023 для участия в рабочей встрече по ОКР «Зяблик»:
Навроцкую Наталью Геннадьевну — начальника отдела внешнеэкономической деятельности;
Мисюкевича Александра Казимировича — главного конструктора.
2. Проезд — железнодорожным транспортом по маршруту Минск — Санкт-Петербург — Минск.
3. Бухгалтерии выдать аванс на командировочные расходы в соответствии с установленными нормами.

Директор                                       Л.А. Стасевич

С приказом ознакомлены:  Н.Г. Навроцкая    А.К. Мисюкевич
"""

ANKETA = [
    "АНКЕТА",
    "(для оформления допуска, заполняется собственноручно)",
    "1. Фамилия, имя, отчество: Навроцкая Наталья Геннадьевна",
    "2. Дата и место рождения: 03.09.1967, г. Полоцк Витебской области",
    "3. Гражданство: Республика Беларусь (иного гражданства не имею)",
    "4. Место работы и должность: ОАО «Дрисневичский авиаремонтный завод», начальник отдела внешнеэкономической деятельности (с 2014 г.)",
    "5. Выезды за пределы Республики Беларусь за последние пять лет: 2023 — Российская Федерация, г. Санкт-Петербург (служебная командировка, 10–14.04.2023).",
    "6. Близкие родственники:",
    "Муж — Навроцкий Виталий Брониславович, 12.11.1965 г.р., уроженец г. Дрисневичи, гражданин Республики Беларусь и Российской Федерации (российское гражданство с 2011 г.), пенсионер.",
    "Дочь — Квятецкая (до брака Навроцкая) Вероника Витальевна, 21.06.1994 г.р., гражданка Республики Беларусь, с 2021 г. проживает в Республике Польша (г. Гданьск) на основании вида на жительство (карта побыту), замужем за гражданином Республики Польша Квятецким Бартошем.",
    "7. Сведения достоверны. Об ответственности за сообщение ложных сведений предупреждена.",
    "14.06.2023                                   ______________ Н.Г. Навроцкая",
]

SWISS_PDF = [
    "Rothbühl Wuchtmaschinen AG",
    "Thundorferstrasse 61, CH-8500 Frauenfeld",
    "",
    "OJSC Drysnevichy Aircraft Repair Plant",
    "Frau N. Navrotskaya, Head of Foreign Trade Department",
    "211720 Drysnevichy, Belarus",
    "",
    "Frauenfeld, 9. März 2023",
    "",
    "Ihre Anfrage vom 2. März 2023 - horizontale Auswuchtmaschine HM-50",
    "",
    "Sehr geehrte Frau Navrotskaya",
    "Aufgrund der Verordnung über Massnahmen gegenüber Belarus (SR 946.231.116.9)",
    "können wir Ihnen keine Auswuchtmaschine liefern.",
    "Auch Ersatzteile, Software-Updates und Servicearbeiten an der Maschine HM-40",
    "(Baujahr 2009) in Ihrem Werk sind von dieser Massnahme erfasst.",
    "Wir bitten um Ihr Verständnis.",
    "",
    "Freundliche Grüsse",
    "Rothbühl Wuchtmaschinen AG",
    "Reto Zwygart, Area Sales Manager CIS",
]

SPEC_ROWS = [
    ["Specification No. 1 to Contract No. DARZ-SKP/2023 dated 22 May 2023"],
    ["Seller: Seri Kenanga Polymer Sdn. Bhd., Prai, Penang, Malaysia"],
    ["Buyer: Drysnevichy Aircraft Repair Plant OJSC, Drysnevichy, Republic of Belarus"],
    ["Item", "SKP part No.", "Replaces", "Description", "Qty, pcs", "Unit price, USD"],
    [1, "SKP-FK-2210", "Pramtaler PD 2210-75", "Rod seal, FKM 75", 400, 3.10],
    [2, "SKP-FK-2214", "Pramtaler PD 2214-75", "Rod seal, FKM 75", 320, 3.40],
    [3, "SKP-PT-0918", "Pramtaler PT 0918", "Back-up ring, PTFE", 640, 0.85],
    [4, "SKP-OR-3630", "Pramtaler OR 36x3", "O-ring, FKM 80", 480, 0.40],
    ["", "", "", "Total", 1840, ""],
    ["Delivery: FCA Penang, 8 weeks after prepayment"],
]


def build_mail():
    # ---------------- January -------------------------------------------------
    m01 = """Наталья Геннадьевна, добрый день!

По итогам декабрьского совещания направляем проект соглашения о совместной разработке комплекса бортового оборудования КБО-12 для учебно-тренировочного самолёта. Финансовый раздел (п. 4) составлен так, как обсуждали с Леонидом Аркадьевичем: доля ДАРЗ — 40 %, остальное — Кронверк.

Прошу передать проект вашим юристам и Александру Казимировичу — по разделению работ (индикаторы и БЦВМ делаем мы, пульты управления, жгуты и стендовое оборудование — вы). Замечания ждём до 27 января.

""" + SIG_KOLY
    add("m01", d("2023-01-10 11:42"), KOLY, [NAT], "КБО-12: проект соглашения о совместной ОКР", m01,
        cc=[MIS_RU], mailer="Mozilla Thunderbird 102.6",
        attachments=[("Soglashenie_KA-03-23_proekt.docx", DOCX_CT, make_docx(AGREEMENT), "\n".join(AGREEMENT))])

    m02own = """Леонид Аркадьевич,

Кронверк прислал проект соглашения по КБО-12 «Зяблик» (проект у меня, юристам переслала). Главное для нас — п. 4.2: наша доля 40 % стоимости ОКР, их 60 %. Это то, о чём договаривались в декабре. Разделение работ Александр Казимирович посмотрит до пятницы.

Прошу согласия направить проект на визирование.

Н.Г. Навроцкая
начальник отдела ВЭД"""
    m02 = m02own + "\n\n" + outlook_header(KOLY, "Tuesday, January 10, 2023 11:42 AM", NAT,
                                            "КБО-12: проект соглашения о совместной ОКР") + "\n" + m01
    add("m02", d("2023-01-12 09:15"), NAT, [STAS], "FW: КБО-12: проект соглашения о совместной ОКР", m02,
        cc=[MIS_RU], cs="windows-1251", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

    add("m03", d("2023-01-16 07:02"), ("Учебный центр Профи-Бух", "news@profi-buh.example.ru"),
        [("", "n.navrotskaya@darz.example.by")], "Курсы 1С: Бухгалтерия 8.3 - скидка 20% до конца января",
        """Уважаемые коллеги!

Приглашаем на курсы "1С: Бухгалтерия 8.3" для начинающих и опытных пользователей. Занятия онлайн, 24 академических часа, удостоверение установленного образца.

До 31 января скидка 20%. Запись по телефону +7 495 000-00-00 или ответом на это письмо.

Чтобы отписаться от рассылки, ответьте словом СТОП.""", cs="koi8-r", cte="8bit")

    m04own = """Наталья Геннадьевна, согласен. 40 на 60 — нормально, визируйте и готовьте к подписанию.

--
Директор ОАО «ДАРЗ»
Л.А. Стасевич"""
    add("m04", d("2023-01-18 17:48"), STAS, [NAT], "RE: FW: КБО-12: проект соглашения о совместной ОКР",
        m04own + "\n\n" + quote(m02own), cte="8bit", reply_to="m02", mailer="Microsoft Outlook 16.0")

    m05 = """Наталья Геннадьевна, добрый день.

Прошу запросить у австрийской фирмы Pramtaler коммерческое предложение на комплекты уплотнений по перечню ниже (12 позиций, в основном манжеты, защитные и резиновые кольца для гидроусилителей и гидроагрегатов Ми-26 и Ми-2).

Положение критическое: уплотнений на складе нет, последние комплекты от Pramtaler ушли в ноябре. В цехе два Ми-26 ждут сборки гидросистемы.

Перечень (номера по каталогу Pramtaler 2021):
PD 2210-75 — 400 шт.
PD 2214-75 — 320 шт.
PT 0918 — 640 шт.
OR 36x3 — 480 шт.
(остальные 8 позиций — в файле у Вас с прошлого года)

""" + SIG_BURAK
    add("m05", d("2023-01-23 10:30"), BURAK, [NAT], "Уплотнения для гидроагрегатов Ми-26 — заявка", m05,
        cs="windows-1251", cte="base64", mailer="Microsoft Outlook 16.0")

    m06 = """Dear Ms. Pichlmayr,

As in previous years, Drysnevichy Aircraft Repair Plant would like to order hydraulic seal kits from Pramtaler. Our list of 12 items is below (part numbers as per your 2021 catalogue):

PD 2210-75 - 400 pcs
PD 2214-75 - 320 pcs
PT 0918 - 640 pcs
OR 36x3 - 480 pcs
and 8 further items as in our order of 2021.

Could you please quote prices and delivery terms (DAP Drysnevichy)?

""" + SIG_NAT_EN
    add("m06", d("2023-01-25 14:20"), NAT_EN, [PICHL], "Request for quotation - hydraulic seal kits", m06,
        cte="quoted-printable", mailer="Microsoft Outlook 16.0")

    m07own = """Sehr geehrte Frau Navrotskaya,

vielen Dank für Ihre Anfrage vom 25. Jänner.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Anfrage nicht bearbeiten können. Die restriktiven Maßnahmen der EU gegenüber Belarus (Verordnung (EG) Nr. 765/2006 in der geltenden Fassung) untersagen uns den Verkauf von Dichtungen und Dichtungssätzen für Luftfahrzeuge an Ihr Werk.

Unsere Rechtsabteilung weist außerdem darauf hin, dass auch eine Lieferung über Händler in Drittländern nicht zulässig ist.

Wir bedauern sehr, die langjährige Zusammenarbeit auf diese Weise unterbrechen zu müssen.

""" + SIG_PICHL
    add("m07", d("2023-01-31 14:07", "+0100"), PICHL, [NAT_EN], "AW: Request for quotation - hydraulic seal kits",
        m07own + "\n\n-----Ursprüngliche Nachricht-----\nVon: Natallia Navrotskaya <n.navrotskaya@darz.example.by>\nGesendet: Mittwoch, 25. Jänner 2023 12:20\nAn: Johanna Pichlmayr <j.pichlmayr@pramtaler.example.at>\nBetreff: Request for quotation - hydraulic seal kits\n\n" + m06,
        html=True, cte="quoted-printable", reply_to="m06", mailer="Microsoft Outlook 16.0")

    # ---------------- February ------------------------------------------------
    m08 = """Инесса Францевна, Леонид Аркадьевич,

австрийцы отказали: санкции ЕС, уплотнений от Pramtaler больше не будет ни напрямую, ни через посредников. Письмо ниже. Буду искать замену в Азии, к концу месяца доложу варианты.

Н. Навроцкая

""" + fwd_header(PICHL, "31.01.2023 16:07", "AW: Request for quotation - hydraulic seal kits", "n.navrotskaya@darz.example.by") + "\n" + m07own
    add("m08", d("2023-02-02 08:55"), ("Наталья Навроцкая", NAT[1]), [BURAK], "Fwd: AW: Request for quotation - hydraulic seal kits", m08,
        cc=[STAS], cte="base64", mailer="Roundcube Webmail/1.5.2")

    add("m09", d("2023-02-06 16:10"), PDO, [NAT, BURAK], "План ремонта АТ на 2023 год (утверждённый)",
        """Коллеги,

направляем утверждённый план ремонта авиационной техники на 2023 год для планирования закупок и ВЭД. Изменения по кварталам будем рассылать отдельно.

ПДО, вн. 2-40""", cs="windows-1251", cte="8bit", mailer="Microsoft Outlook 16.0",
        attachments=[("Plan_remonta_2023.xlsx", XLSX_CT, make_xlsx(PLAN_ROWS, "План 2023"),
                      "\n".join(str(c) for r in PLAN_ROWS for c in r))])

    add("m10", d("2023-02-09 10:05", "+0100"), CHAD, [NAT_EN], "Contract 07/TD-22 - second batch dispatched",
        """Dear Madam Navrotskaya,

Further to contract No. 07/TD-22 for the overhaul of R-95Sh engine accessories of Su-25 aircraft of the Chadian Air Force, we confirm that the second batch (9 units: fuel pumps, starter-generators and oil units) left N'Djamena by air freight on 7 February 2023. The air waybill will follow by separate mail.

Kindly confirm the date when the overhauled items of the first batch will be ready for collection.

Sincerely,

Technical Logistics Office
Materiel Directorate, Chadian Air Force
N'Djamena""", cs="us-ascii", cte="7bit", declare=False)

    add("m11", d("2023-02-14 09:00"), ("Витебское отделение БелТПП", "info@vitebsk-cci.example.by"),
        [("", "n.navrotskaya@darz.example.by")], "Вебинар: валютный контроль во внешнеторговых сделках 2023",
        """Уважаемые коллеги!

Витебское отделение торгово-промышленной палаты приглашает на вебинар «Валютный контроль и сроки расчётов по внешнеторговым договорам в 2023 году».

Дата: 28 февраля 2023 г., 10:00. Участие бесплатное для членов палаты.

Регистрация на сайте палаты. Вы получили это письмо как участник рассылки отделения.""",
        html_only=True, cte="quoted-printable")

    m12 = """Наталья Геннадьевна, Леонид Аркадьевич, добрый день!

После рассмотрения проекта соглашения у нашего руководства просим пересмотреть финансовый раздел. Поскольку первые комплекты КБО-12 пойдут на белорусские машины, предлагаем установить долю ОАО "ДАРЗ" в финансировании ОКР "Зяблик" на уровне 60 процентов, долю Кронверка - 40 процентов. Обоснование - в записке Глеба Романовича, пришлю отдельно.

Просим рассмотреть и ответить до 24 февраля.

Т.Э. Колыванов
АО "НПП "Кронверк-Авионика"\""""
    add("m12", d("2023-02-15 15:33"), KOLY, [NAT], "КБО-12: предложение по п. 4.2", m12, cc=[STAS],
        cs="koi8-r", cte="base64", mailer="Mozilla Thunderbird 102.7")

    m13own = """Леонид Аркадьевич,

по письму Колыванова: 60 % мы не потянем, это весь бюджет ОКР отдела главного конструктора на три года. Предлагаю ответить отказом и оставить прежнее распределение, максимум обсудить небольшую корректировку при встрече. Проект ответа подготовила, завтра занесу на подпись.

Н.Н."""
    add("m13", d("2023-02-17 11:20"), NAT, [STAS], "RE: КБО-12: предложение по п. 4.2",
        m13own + "\n\n" + quote(m12), cs="windows-1251", cte="quoted-printable", reply_to="m12",
        mailer="Microsoft Outlook 16.0")

    m14 = """Тимур Эдуардович, добрый день!

Направляю ответ ОАО «ДАРЗ» на ваше предложение по п. 4.2 за подписью Леонида Аркадьевича (скан во вложении, оригинал — почтой).

""" + SIG_NAT_RU + "\n\n" + quote(m12)
    add("m14", d("2023-02-21 10:02"), NAT, [KOLY], "RE: КБО-12: предложение по п. 4.2", m14,
        cc=[("Шуваев Глеб Романович", "g.shuvaev@kronverk-avionika.example.ru"), STAS], cte="base64",
        reply_to="m12", mailer="Microsoft Outlook 16.0",
        attachments=[("Iskh_01-17_214.docx", DOCX_CT, make_docx(LETTER_214), "\n".join(LETTER_214))])

    add("m15", d("2023-02-22 08:40"), NAT, [OK_HR], "Служебная записка: командировка в Минск 01.03",
        """Прошу оформить мне командировку в г. Минск 1 марта 2023 г. (один день, служебный автомобиль) для согласования документов по экспортной лицензии по контракту 07/ТД-22 в министерстве.

Н.Г. Навроцкая, начальник отдела ВЭД""", cs="windows-1251", cte="base64", mailer="Microsoft Outlook 16.0")

    m16 = """Mamulia, pryvitannie!

Nareście! Učora atrymała kartu pobytu — časovy dazvoł na žycharstva na try hady, jak žonka hramadzianina Polščy. Bartosz, moj muž, śmiajecca, što ciapier ja «prawie Polka». Ale nie: ja zastajusia hramadziankaj Biełarusi, polskaha pašparta ŭ mianie niama i pakul nie budzie, pra hramadzianstva možna dumać tolki praz niekalki hadoŭ.

U Gdańsku ŭžo viasna, a ŭ vas jašče śnieh? Jak tata? Pieradaj jamu, kab nie siadzieŭ da nočy ŭ haražy.

Całuję mocna,
Nika"""
    add("m16", d("2023-02-27 21:14", "+0100"), NIKA, [("Mama", NAT[1])], "karta pobytu :)", m16,
        cte="8bit", declare=False)

    # ---------------- March ---------------------------------------------------
    m17 = """Наталья Геннадьевна, Инесса Францевна!

Балансировочный станок «Ротбюль» HM-40 в цехе № 4 окончательно вышел из строя 27.02: трещина корпуса шпиндельного узла, ремонту не подлежит (заключение ОГМ приложу в бумаге).

Без балансировки роторов мы не можем выпустить ни одного агрегата Р-95Ш — ни российских, ни чадских. Прошу срочно решить вопрос с приобретением новой балансировочной машины.

Начальник цеха № 4
Ю.П. Гайдукевич"""
    add("m17", d("2023-03-01 13:25"), SHOP4, [NAT, BURAK], "Цех 4: балансировочный станок", m17,
        cs="windows-1251", cte="base64", mailer="Microsoft Outlook 16.0")

    m18 = """Dear Mr. Zwygart,

Our plant has been operating a Rothbühl HM-40 horizontal balancing machine since 2009. Unfortunately the machine broke down last week (cracked spindle housing) and cannot be repaired.

We would like to buy a new horizontal balancing machine of the same class (rotor mass up to 50 kg, e.g. HM-50) together with commissioning. Could you please send us an offer?

""" + SIG_NAT_EN
    add("m18", d("2023-03-02 09:50"), NAT_EN, [ZWYG], "Enquiry: horizontal balancing machine", m18,
        cte="quoted-printable", mailer="Microsoft Outlook 16.0")

    m19 = """Sehr geehrte Frau Navrotskaya

Besten Dank für Ihre Anfrage vom 2. März und für das langjährige Vertrauen in unsere Maschinen.

Wie Sie wissen, hat die Schweiz die Sanktionen der EU gegenüber Belarus übernommen. Eine Lieferung der angefragten Auswuchtmaschine an Ihr Werk ist uns nach der Verordnung über Massnahmen gegenüber Belarus nicht erlaubt; dasselbe gilt für Ersatzteile und Servicearbeiten an der bestehenden HM-40.

Unser offizielles Schreiben finden Sie im Anhang.

""" + SIG_ZWYG
    pdf = make_pdf(SWISS_PDF)
    m19m = add("m19", d("2023-03-09 16:12", "+0100"), ZWYG, [NAT_EN], "AW: Enquiry: horizontal balancing machine", m19,
               cte="8bit", reply_to="m18", mailer="Microsoft Outlook 16.0",
               attachments=[("Rothbuehl_Schreiben_2023-03-09.pdf", "application/pdf", pdf, "\n".join(SWISS_PDF))])

    m20 = """Леонид Аркадьевич,

швейцарцы тоже отказали — ссылаются на санкции Швейцарии против Беларуси: новую балансировочную машину Rothbühl нам не продадут, и даже запчасти к старой HM-40 не поставят. Их письмо во вложении.

Если бы Швейцария когда-нибудь сняла ограничения, я бы взяла у них машину сразу — для наших роторов лучше ничего нет. Пока ищу, кто ещё делает станки такого класса за пределами ЕС.

Н.Н."""
    add("m20", d("2023-03-10 08:31"), NAT, [STAS], "Fwd: Rothbühl — отказ", m20, cte="quoted-printable",
        hmode="Q", mailer="Mozilla Thunderbird 102.8", extra_parts=[rfc822_part(m19m["raw"], "AW Enquiry horizontal balancing machine.eml")])

    m21own = """Наталья Геннадьевна, добрый день!

Письмо Леонида Аркадьевича получили, Глеб Романович с доводами согласен — 60 % снимаем с обсуждения. Приглашаем вас и Александра Казимировича в Санкт-Петербург 11–13 апреля на рабочую встречу по КБО-12: техническая часть и окончательная редакция финансового раздела. Гостиницу забронируем рядом с нами, на Петроградской стороне.

Т.Э. Колыванов"""
    add("m21", d("2023-03-14 12:44"), KOLY, [NAT], "RE: КБО-12: предложение по п. 4.2",
        m21own + "\n\n" + quote(m14.split("\n\n" + SIG_NAT_RU)[0]), cte="8bit", reply_to="m14",
        mailer="Mozilla Thunderbird 102.8")

    add("m22", d("2023-03-20 15:05"), OK_HR, [NAT, MIS_RU], "Приказ № 138-к о командировке",
        """Направляем копию приказа № 138-к от 20.03.2023 о командировке в Санкт-Петербург. Просим ознакомиться и до 31.03 сдать заявление на аванс в бухгалтерию.

Отдел кадров, вн. 2-05""", cs="windows-1251", cte="quoted-printable", mailer="Microsoft Outlook 16.0",
        attachments=[("Prikaz_138-k.txt", "text/plain", TRIP_ORDER.encode("windows-1251"), TRIP_ORDER)])

    add("m23", d("2023-03-22 03:17", "+0000"), ("DHL Express", "no-reply@dhl-track.example.net"),
        [("", "n.navrotskaya@darz.example.by")], "Your parcel is on hold - action required",
        """Dear customer,

Your parcel No. 7739 2210 0418 could not be delivered because of unpaid customs duty (1.99 EUR).

Please confirm your address and pay the duty within 48 hours, otherwise the parcel will be returned to the sender.

DHL Customer Service""", cs="us-ascii", cte="7bit")

    m24 = """Наталля Генадзеўна, добры дзень!

Квіткі ўзяў: цягнік Мінск — Санкт-Пецярбург 10 красавіка, адпраўленне ў 16:40, назад 14-га вечарам. Вагон 7, месцы 21 і 23. Пашпарты на мяжы не правяраюць, але я ўсё роўна вазьму.

Прэзентацыю па пультах кіравання КБО-12 зраблю да 5-га.

""" + SIG_MIS
    add("m24", d("2023-03-27 17:02"), MIS, [NAT], "Квіткі ў Пецярбург", m24, cte="base64",
        mailer="Mozilla Thunderbird 102.8")

    m25 = """Уважаемая Наталья Геннадьевна!

ТОО «Altyn Trade Logistics» (г. Алматы) предлагает поставку оригинальных уплотнений производства Pramtaler Dichtungstechnik GmbH (Австрия) по вашему перечню. Товар закупается нашим партнёром в Турции, ввозится в Казахстан для собственных нужд и затем переоформляется на ваше предприятие. Срок — 6–8 недель, предоплата 100 %.

С уважением,
Д. Сейтказина
менеджер по продажам
ТОО «Altyn Trade Logistics», г. Алматы"""
    add("m25", d("2023-03-29 11:11", "+0600"), ALTYN, [NAT], "Уплотнения Pramtaler — поставка через Казахстан", m25,
        cte="quoted-printable")

    add("m26", d("2023-03-31 09:12"), NAT, [ALTYN], "RE: Уплотнения Pramtaler — поставка через Казахстан",
        """Добрый день.

Благодарим за предложение, однако схема поставки австрийской продукции через третьи страны для нашего предприятия неприемлема. От предложения отказываемся, прошу больше не направлять нам подобных предложений.

Н.Г. Навроцкая
начальник отдела ВЭД ОАО «ДАРЗ»

""" + quote(m25), cs="windows-1251", cte="base64", reply_to="m25", mailer="Microsoft Outlook 16.0")

    # ---------------- April ---------------------------------------------------
    m27 = """Dear Ms. Navrotskaya,

Thank you for your enquiry through our agent in Minsk. Seri Kenanga Polymer manufactures hydraulic seals, O-rings and back-up rings in fluoroelastomer and PTFE compounds for aviation and industrial hydraulics.

We have checked your list of 12 Pramtaler part numbers: 10 of them we can produce as direct replacements to the same dimensions and material grades, for the remaining 2 we propose equivalent designs of our own.

We can send free samples of all 12 items within 3 weeks for your qualification tests. Lead time for serial lots is 6-8 weeks, FCA Penang.

""" + SIG_NURUL
    add("m27", d("2023-04-05 10:18", "+0800"), NURUL, [NAT_EN], "Hydraulic seals for Mi-26 / Mi-2 - replacement for Pramtaler items",
        m27, html=True, cte="base64", mailer="Microsoft Outlook 16.0")

    m28 = """Инесса Францевна,

малайзийская фирма Seri Kenanga Polymer (Пенанг) готова делать аналоги уплотнений Pramtaler: 10 позиций из 12 один в один по размерам и материалам, на 2 предлагают свою конструкцию. Образцы бесплатно, через три недели. Я запросила образцы всех 12 позиций — проверите на входном контроле и на стенде?

Письмо ниже.

Н.Н.

-------- Forwarded Message --------
Subject: Hydraulic seals for Mi-26 / Mi-2 - replacement for Pramtaler items
Date: Wed, 5 Apr 2023 10:18:00 +0800
From: Nurul Aisyah Kamarudin <nurul.aisyah@serikenanga.example.com.my>
To: Natallia Navrotskaya <n.navrotskaya@darz.example.by>

""" + m27
    add("m28", d("2023-04-07 09:05"), ("Наталья Навроцкая", NAT[1]), [BURAK], "Fwd: Hydraulic seals for Mi-26 / Mi-2 - replacement for Pramtaler items",
        m28, cte="quoted-printable", mailer="Mozilla Thunderbird 102.9")

    add("m29", d("2023-04-11 21:47"), ("Наталля", NAT[1]), [VIT], "Піцер",
        """Віталік, мы на месцы. У Піцеры +3 і вецер з залива, заўтра з раніцы перамовы ў Кронверку. Як ты там? Не забудзь пакарміць ката.
Н.

Sent from my iPhone""", cte="quoted-printable", mailer="iPhone Mail (20D67)")

    add("m30", d("2023-04-13 18:20"), KOLY, [NAT], "Протокол согласования № 1 к Соглашению КА-03/23",
        """Наталья Геннадьевна, Александр Казимирович,

спасибо за продуктивные три дня! Протокол согласования № 1 в редакции, подписанной сегодня, — во вложении (скан с обеими подписями пришлю, когда Леонид Аркадьевич подпишет свой экземпляр).

Счастливого пути домой!

""" + SIG_KOLY, cc=[MIS_RU], cte="base64", mailer="Mozilla Thunderbird 102.9",
        attachments=[("Protokol_1_KA-03-23.docx", DOCX_CT, make_docx(PROTOCOL_1), "\n".join(PROTOCOL_1))])

    add("m31", d("2023-04-18 10:40"), NAT, [STAS], "Итоги командировки в Санкт-Петербург",
        """Леонид Аркадьевич,

докладываю итоги командировки в Санкт-Петербург (АО «НПП «Кронверк-Авионика»», 10–14 апреля 2023 г., я и Мисюкевич А.К.):

1. Финансовый раздел согласован: доля ДАРЗ в финансировании КБО-12 зафиксирована на уровне 42 %, Кронверка — 58 %. Протокол № 1 подписан Шуваевым, ваш экземпляр — на подпись у секретаря.
2. Техническая часть: разделение работ подтверждено без изменений, Кронверк ждёт стендовое оборудование до 31 октября.
3. Кронверк просит до конца мая прислать график первого транша.

Н.Г. Навроцкая
начальник отдела ВЭД""", cs="windows-1251", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

    add("m32", d("2023-04-20 14:03"), BUH, [NAT], "Авансовый отчёт",
        """Наталья Геннадьевна, добрый день.

По авансовому отчёту за командировку в Санкт-Петербург (10.04–14.04.2023) не хватает оригиналов железнодорожных билетов на обратный путь и счёта гостиницы. Просим донести до 25.04.

Бухгалтер расчётной группы О.М. Лавринович""", cs="windows-1251", cte="base64", mailer="Microsoft Outlook 16.0")

    add("m33", d("2023-04-24 06:00", "+0000"), ("MRO Digest", "digest@mro-weekly.example.com"),
        [("", "n.navrotskaya@darz.example.by")], "MRO Digest: spare parts prices keep rising",
        """MRO Digest - weekly

Spare parts prices keep rising: lead times for elastomer seals have doubled since 2021, according to a survey of 140 repair shops.

Also this week: engine shop capacity in Asia, new rules on parts traceability, and a webinar on predictive maintenance.

You receive this newsletter because you subscribed at an industry event. Unsubscribe here.""",
        html_only=True, cte="base64")

    # ---------------- May -----------------------------------------------------
    add("m34", d("2023-05-03 16:40", "+0800"), NURUL, [NAT_EN], "Samples dispatched - DHL AWB 48 1027 5530",
        """Dear Ms. Navrotskaya,

We are pleased to inform you that the samples of all 12 seal items for your Mi-26 hydraulic units were dispatched today by DHL, AWB 48 1027 5530. Certificates of conformity and material test reports are enclosed in the parcel.

We look forward to your test results.

""" + SIG_NURUL, cte="quoted-printable", mailer="Microsoft Outlook 16.0")

    add("m35", d("2023-05-16 11:26"), BURAK, [NAT], "Образцы Seri Kenanga — результаты",
        """Наталья Геннадьевна,

образцы уплотнений Seri Kenanga (все 12 позиций) прошли входной контроль и испытания на стенде гидроагрегатов: замечаний нет, по двум позициям их собственной конструкции — тоже. Предлагаю заключать контракт на первую партию, пока цех совсем не встал.

""" + SIG_BURAK, cs="windows-1251", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

    add("m36", d("2023-05-22 10:00"), NAT_EN, [NURUL], "Contract DARZ-SKP/2023 - Specification No. 1",
        """Dear Ms. Nurul,

Our tests of the samples were successful. Please find attached Specification No. 1 to Contract No. DARZ-SKP/2023 for the first lot of hydraulic seals. The contract itself is being signed by our Director, Mr. Leanid Stasevich, this week; the signed copy will follow.

""" + SIG_NAT_EN, cte="base64", mailer="Microsoft Outlook 16.0",
        attachments=[("Specification_1_DARZ-SKP-2023.xlsx", XLSX_CT, make_xlsx(SPEC_ROWS, "Spec 1"),
                      "\n".join(str(c) for r in SPEC_ROWS for c in r))])

    add("m37", d("2023-05-25 17:15"), PROD, [STAS, NAT, BURAK], "Ми-26 зав. № 34001212509 — акт приёмки",
        """Коллеги,

сегодня представитель военной приёмки Минобороны России подписал акт приёмки вертолёта Ми-26 (зав. № 34001212509) после капитального ремонта. Машина готова к перегонке, экипаж заказчика прибывает 29.05.

Второй российский Ми-26 — по графику в августе, если решится вопрос с уплотнениями.

Производственный отдел""", cs="windows-1251", cte="base64", mailer="Microsoft Outlook 16.0")

    add("m38", d("2023-05-29 08:00"), ("Віцебскі банк развіцця", "news@vbr.example.by"),
        [("", "n.navrotskaya@darz.example.by")], "Новыя тарыфы на абслугоўванне рахункаў",
        """Шаноўныя кліенты!

З 1 ліпеня 2023 года змяняюцца тарыфы на разліковае абслугоўванне юрыдычных асоб. Падрабязнасці — у інтэрнэт-банку і ў аддзяленнях банка.

Дзякуй, што вы з намі!""", html_only=True, cte="base64")

    add("m39", d("2023-05-30 20:31"), VIT, [("Натуся", NAT[1])], "Батумі",
        """Натусь, забраніраваў нам гатэль у Батумі, з 5 па 19 жніўня, нумар з балконам на мора. Авіяквіткі Мінск — Батумі таксама ўзяў, прамы рэйс у суботу 5-га.

Пацвярджэнне з гатэля прыйдзе табе на пошту, бо браніраваў на тваё імя. Авіяквіткі ўзяў па маім расейскім пашпарце, там я NAVROTSKII VITALII, а ў гатэлі — па беларускім, так што на рэгістрацыі не пераблытай.

Віталь""", cte="base64", mailer="Mozilla Thunderbird 102.11")

    # ---------------- June ----------------------------------------------------
    hotel_html = """<html><head><meta charset="utf-8"><title>Booking confirmation</title></head>
<body style="font-family:Verdana,sans-serif;font-size:12px">
<h2>Chorokhi Bay Hotel Batumi</h2>
<p>Dear Mrs. Navrotskaya,</p>
<p>Thank you for choosing Chorokhi Bay Hotel. We are pleased to confirm your reservation.</p>
<table border="0" cellpadding="4">
<tr><td>Booking number</td><td>BT-4471-2093</td></tr>
<tr><td>Guests</td><td>NAVROTSKAYA NATALLIA, NAVROTSKI VITALI</td></tr>
<tr><td>Check-in</td><td>Saturday, 5 August 2023, from 14:00</td></tr>
<tr><td>Check-out</td><td>Saturday, 19 August 2023, until 12:00</td></tr>
<tr><td>Room</td><td>Double Deluxe, sea view, breakfast included</td></tr>
</table>
<p>Address: 27 Rustaveli Avenue, Batumi 6010, Georgia.</p>
<p>We look forward to welcoming you in Batumi.</p>
<p><img src="https://track.example.ge/o.gif" width="1" height="1"></p>
</body></html>"""
    hotel_text = """Chorokhi Bay Hotel Batumi
Dear Mrs. Navrotskaya,
Thank you for choosing Chorokhi Bay Hotel. We are pleased to confirm your reservation.
Booking number BT-4471-2093
Guests NAVROTSKAYA NATALLIA, NAVROTSKI VITALI
Check-in Saturday, 5 August 2023, from 14:00
Check-out Saturday, 19 August 2023, until 12:00
Room Double Deluxe, sea view, breakfast included
Address: 27 Rustaveli Avenue, Batumi 6010, Georgia.
We look forward to welcoming you in Batumi."""
    mh = add("m40", d("2023-06-02 12:09", "+0400"), HOTEL, [("NAVROTSKAYA NATALLIA", NAT[1])],
             "Booking confirmation BT-4471-2093", hotel_text, html=hotel_html, html_only=True, cte="quoted-printable")

    add("m41", d("2023-06-07 15:30"), VISA, [("NAVROTSKAYA NATALLIA", NAT[1])], "Visa application LTU-2023-0611-0457: decision",
        """NOTIFICATION OF REFUSAL OF A VISA

Application No.: LTU-2023-0611-0457
Surname: NAVROTSKAYA
Given name: NATALLIA
Nationality: Belarus
Type of visa applied for: uniform (Schengen) visa, type C, multiple entry

Your application for a visa has been examined. The visa has been refused.

Reason: (9) the justification for the purpose and conditions of the intended stay was not reliable.

You may appeal against this decision to the Migration Department of the Republic of Lithuania within 14 days of receipt.

Visa Section
Consulate General of the Republic of Lithuania""", cte="8bit")

    m42 = """Нікуся, дачушка,

літоўцы адмовілі мне ў візе — у ліпені да вас не прыедзем. Тата кажа, што паспрабуем праз польскае консульства ўвосень, а пакуль будзем глядзець на вас па відэа. Абдымі Бартоша.

Мама"""
    add("m42", d("2023-06-08 22:05"), ("Наталля Навроцкая", NAT[1]), [NIKA], "віза", m42, cte="quoted-printable",
        mailer="Mozilla Thunderbird 102.11")

    add("m43", d("2023-06-09 07:48", "+0200"), NIKA, [("Mama", NAT[1])], "Re: віза",
        """Mamo, strasznie szkoda! Bartosz (mój mąż, gdybyś zapomniała :)) już kupił bilety do Malborka dla nas wszystkich, odda je kolegom.

Nic, spróbujemy jesienią przez polski konsulat — zaproszenie od Bartosza Kwiateckiego dla Natalii Nawrockiej i Witalija Nawrockiego jest ważne do końca września. Może my przyjedziemy do was na Boże Narodzenie — zobaczymy, czy Bartosz dostanie urlop.

Buziaki, Nika

""" + quote(m42), cte="base64", reply_to="m42", mailer="Apple Mail (16.0)")

    add("m44", d("2023-06-14 16:20"), NAT, [REZHIM], "Анкета для переоформления допуска",
        """Направляю заполненную анкету для переоформления допуска. Оригинал с подписью занесу завтра.

Н.Г. Навроцкая""", cs="windows-1251", cte="8bit", mailer="Microsoft Outlook 16.0",
        attachments=[("Anketa_Navrotskaya_NG.docx", DOCX_CT, make_docx(ANKETA), "\n".join(ANKETA))])

    add("m45", d("2023-06-20 11:00"), KA_BUH, [NAT], "Счёт № 0617 — этап 1 ОКР «Зяблик»",
        """Уважаемая Наталья Геннадьевна!

Направляем счёт № 0617 на первый транш по этапу 1 ОКР «Зяблик». Сумма рассчитана исходя из доли ОАО «ДАРЗ» 42 % стоимости этапа согласно Протоколу согласования № 1 от 13.04.2023.

Главный бухгалтер АО «НПП «Кронверк-Авионика»»
Е.С. Маркелова""", cte="quoted-printable")

    add("m46", d("2023-06-27 14:45"), ("Лётна-выпрабавальная станцыя", "lis@darz.example.by"),
        [STAS, NAT, ("Вытворчы аддзел", "proizvodstvo@darz.example.by")], "Мі-2 борт 54 — аблёт",
        """Паведамляю: верталёт Мі-2 (борт 54) Ваенна-паветраных сіл і войскаў СПА Узброеных Сіл Рэспублікі Беларусь пасля капітальнага рамонту абляцаны 26.06.2023, заўваг няма. Перадача заказчыку — 29.06.

Начальнік лётна-выпрабавальнай станцыі
ААТ «Дрысневіцкі авіярамонтны завод»
С.У. Янушкевіч""", cs="windows-1251", cte="base64",
        mailer="Microsoft Outlook 16.0")

    # ---------------- July ----------------------------------------------------
    add("m47", d("2023-07-04 09:30"), NAT_EN, [CHAD], "Contract 07/TD-22 - first batch ready",
        """Dear Sirs,

We inform you that the overhauled R-95Sh engine accessories of the first batch (9 units) for the Su-25 aircraft of the Chadian Air Force have passed acceptance tests and are ready for dispatch from Minsk National Airport. Please send us the name of your freight forwarder.

The second batch is in work; its completion is delayed by the replacement of our balancing machine.

""" + SIG_NAT_EN, cte="base64", mailer="Microsoft Outlook 16.0")

    add("m48", d("2023-07-10 10:15"), NAT_EN, [NURUL], "Our visit to Penang",
        """Dear Ms. Nurul,

Unfortunately our planned visit to Penang in August has been cancelled: the trip was not approved. Could we have a video call instead, for example on 18 July at 11:00 Minsk time (16:00 Penang time)?

""" + SIG_NAT_EN, cte="quoted-printable", mailer="Microsoft Outlook 16.0")

    add("m49", d("2023-07-12 12:00"), PROFKOM, [("Всем работникам", "all@darz.example.by")], "Напоминание об уведомлении отдела кадров",
        """Уважаемые работники Дрисневичского авиаремонтного завода!

Напоминаем, что о смене гражданства, получении вида на жительство за рубежом и о выездах за границу необходимо уведомлять отдел кадров и режимно-секретный отдел. В прошлом году один из работников завода получил гражданство другой страны и не сообщил об этом — это привело к неприятной проверке для всего цеха.

Профком""", cs="windows-1251", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

    add("m50", d("2023-07-18 09:40"), NAT, [REZHIM], "Уведомление о выезде",
        """УВЕДОМЛЕНИЕ

Я, Навроцкая Наталья Геннадьевна, начальник отдела ВЭД, уведомляю о выезде за пределы Республики Беларусь: Грузия, г. Батуми, с 05.08.2023 по 19.08.2023, цель — отдых, совместно с мужем Навроцким Виталием Брониславовичем.

18.07.2023    Н.Г. Навроцкая""", cs="windows-1251", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

    m51q = """Леонид Аркадьевич,

прошу предоставить мне трудовой отпуск с 04.08.2023 по 18.08.2023 (поездка с мужем в Грузию). На время отпуска обязанности начальника отдела ВЭД — на ведущего экономиста Лавринович О.М., с ней согласовано.

Н.Г. Навроцкая"""
    add("m51", d("2023-07-21 16:55"), STAS, [NAT], "RE: Заявление на отпуск",
        """Наталья Геннадьевна, заявление подписал. Хорошего отдыха в Батуми, только телефон не выключайте — чадцы могут звонить.

Л.А. Стасевич

""" + quote(m51q), cte="8bit", mailer="Microsoft Outlook 16.0")

    add("m52", d("2023-07-25 06:45"), ("Шинный центр", "sale@shiny.example.ru"), [("", "n.navrotskaya@darz.example.by")],
        "Летняя распродажа шин",
        """Только до конца июля: летние шины со скидкой до 30%, шиномонтаж в подарок при покупке комплекта.

Адреса магазинов и каталог - на нашем сайте.""", cs="koi8-r", cte="quoted-printable")

    # ---------------- August --------------------------------------------------
    m53 = """Дачушка, прывітанне з Батумі! Мы з мамай тут ужо тыдзень: мора цёплае, мама загарэла, а я, як заўсёды, абгарэў. Учора ездзілі ў батанічны сад і на ганаровы агляд горада з канатнай дарогі.

Пішы, як вы там.
Тата"""
    add("m53", d("2023-08-12 19:20", "+0400"), VIT, [NIKA], "Прывітанне з Батумі", m53,
        cc=[("Натуся", NAT[1])], cte="8bit", mailer="Mozilla Thunderbird 102.13")

    add("m54", d("2023-08-13 10:02", "+0200"), NIKA, [VIT, ("Mama", NAT[1])], "Re: Прывітанне з Батумі",
        """Tato, Mamo, zazdroszczę wam tego Batumi! U nas w Gdańsku leje od tygodnia. Bartosz pyta, czy przywieziecie mu gruzińskie wino :)

Buziaki,
Nika

""" + quote(m53), cte="quoted-printable", reply_to="m53", mailer="Apple Mail (16.0)")

    m55 = """Алесь Казіміравіч, вярнулася з Грузіі, з заўтрашняга дня на рабоце. Што чуваць з Кронверкам па стэндавым абсталяванні?

Н.Г."""
    add("m55", d("2023-08-21 18:40"), ("Наталля Навроцкая", NAT[1]), [MIS], "Стэнды для Кронверка", m55,
        cte="base64", mailer="Mozilla Thunderbird 102.13")

    add("m56", d("2023-08-22 08:12"), MIS, [("Наталля Навроцкая", NAT[1])], "Re: Стэнды для Кронверка",
        """Наталля Генадзеўна, з вяртаннем!

Кронверк чакае стэнды ў кастрычніку, па графіку сумеснай распрацоўкі КБО-12 мы паспяваем: два стэнды з трох ужо сабраныя, трэці — пасля паставак раздымаў. Леанід Аркадзевіч просіць, каб трэці стэнд быў гатовы да 31 кастрычніка, як у пратаколе.

""" + SIG_MIS + "\n\n" + quote(m55), cte="base64", reply_to="m55", mailer="Mozilla Thunderbird 102.13")

    add("m57", d("2023-08-23 10:44"), BURAK, [NAT], "Уплотнения — срочно",
        """Наталья Геннадьевна,

по уплотнениям: на складе ноль, два Ми-26 стоят — нечем собирать гидроусилители. Когда ждать первую партию от Seri Kenanga? Контракт подписан 30 мая, оплата ушла 14 июня.

""" + SIG_BURAK, cs="windows-1251", cte="base64", mailer="Microsoft Outlook 16.0")

    # ---------------- September -----------------------------------------------
    add("m58", d("2023-09-05 15:10", "+0800"), NURUL, [NAT_EN], "Shipment of the first lot - DARZ-SKP/2023",
        """Dear Ms. Navrotskaya,

We confirm that the first lot under Contract No. DARZ-SKP/2023 (1,840 pcs as per Specification No. 1) was handed over to your forwarder in Penang today. Shipping documents are attached to the forwarder's e-mail.

Sorry for the two weeks' delay, caused by the FKM compound supplier.

""" + SIG_NURUL, cte="base64", mailer="Microsoft Outlook 16.0")

    add("m59", d("2023-09-12 21:03"), VIT, [("Натуся", NAT[1])], "пашпарт",
        """Натусь, глядзеў дакументы: мой расейскі пашпарт сканчаецца 2 лістапада, трэба запісацца ў пасольства Расіі ў Мінску на замену. Беларускі ў парадку да 2027-га.

І не забудзь: у суботу Ніка з Бартошам званяць па відэа, наша дачка хоча нешта сказаць :)

В.""", cte="quoted-printable", mailer="Mozilla Thunderbird 115.2")

    add("m60", d("2023-09-18 13:35"), SHOP4, [STAS], "Балансировочная машина — срыв сдачи агрегатов",
        """Леонид Аркадьевич!

По-прежнему нет балансировочной машины. Из-за этого в августе сорвана сдача 14 агрегатов Р-95Ш: 8 для Минобороны России и 6 по чадскому контракту 07/ТД-22. Старый станок фирмы «Ротбюль» не восстановить, балансировку на стороне никто не берёт.

Прошу ускорить закупку.

Начальник цеха № 4
Ю.П. Гайдукевич""", cc=[NAT, BURAK], cs="windows-1251", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

    add("m61", d("2023-09-25 09:20"), STAS, [NAT, BURAK], "Уплотнения и балансировка",
        """Коллеги,

по уплотнениям вопрос закрыт: работаем с малайзийцами, вторую партию заказывайте сразу. Если бы ЕС когда-нибудь снял санкции, можно было бы вернуться к Pramtaler, но строить на этом планы не будем.

По балансировочной машине жду от Натальи Геннадьевны варианты до 10 октября.

Л.А. Стасевич""", cte="8bit", mailer="Microsoft Outlook 16.0")

    add("m62", d("2023-09-28 06:00", "+0000"), ("Aviation Week Digest", "digest@avweek.example.com"),
        [("", "n.navrotskaya@darz.example.by")], "This week: helicopter fleet renewal in Africa",
        """This week in the digest

Helicopter fleet renewal in Africa: several air forces are looking for Western types as older Soviet-built fleets age.

Also: training aircraft orders in South-East Asia and the outlook for composite rotor blades.

Manage your subscription in your profile.""", html_only=True, cte="quoted-printable")

    # ---------------- October -------------------------------------------------
    add("m63", d("2023-10-03 10:30"), KA_BUH, [NAT], "Счёт № 0935 — этап 2 ОКР «Зяблик»",
        """Уважаемая Наталья Геннадьевна!

Направляем счёт № 0935 на этап 2 ОКР «Зяблик»: доля ОАО «ДАРЗ» — 42 %, как установлено Протоколом согласования № 1. Просим оплатить до 31.10.2023.

Главный бухгалтер АО «НПП «Кронверк-Авионика»»
Е.С. Маркелова""", cte="base64")

    add("m64", d("2023-10-10 16:05"), PROD, [STAS, NAT], "Ми-26 б/н 10 — передан заказчику",
        """Коллеги,

вертолёт Ми-26 (бортовой № 10, ВВС и войска ПВО Вооружённых Сил Республики Беларусь) после капитального ремонта передан заказчику 09.10.2023. Уплотнения Seri Kenanga в гидросистеме замечаний не вызвали.

Производственный отдел""", cs="windows-1251", cte="base64", mailer="Microsoft Outlook 16.0")

    add("m65", d("2023-10-17 11:48"), KOLY, [MIS_RU], "КБО-12: стендовое оборудование",
        """Александр Казимирович, добрый день!

Два стенда для наземной отработки КБО-12 получили, входной контроль прошли. Третий ждём до конца месяца, как в протоколе. Эскизный проект комплекса выходит на защиту в декабре — приглашение пришлём на вас и Наталью Геннадьевну.

""" + SIG_KOLY, cc=[NAT], cte="quoted-printable", mailer="Mozilla Thunderbird 115.3")

    add("m66", d("2023-10-24 08:30"), PROFKOM, [("Всем работникам", "all@darz.example.by")], "Віншуем!",
        """Дарагія калегі!

Сёння свой юбілей адзначае наш ветэран, слесар агрэгатнага цэха, які адпрацаваў на Дрысневіцкім авіярамонтным заводзе сорак гадоў, Міхаіл Пятровіч Жук. Шчыра віншуем, жадаем здароўя і бадзёрасці!

Прафкам""", cs="windows-1251", cte="base64", mailer="Microsoft Outlook 16.0")

    # ---------------- loose messages ------------------------------------------
    add("l01", d("2023-10-30 12:10"), KOLY, [NAT], "КБО-12: график защиты эскизного проекта",
        """Наталья Геннадьевна, добрый день!

Глеб Романович утвердил график: защита эскизного проекта КБО-12 — 12–13 декабря, у нас в Петербурге. По финансам без изменений, этап 3 — по тем же долям, 42 на 58. Если будете от ДАРЗ вдвоём с Александром Казимировичем, дайте знать до 20 ноября, оформим пропуска.

""" + SIG_KOLY, cte="base64", mailer="Mozilla Thunderbird 115.3", loose=True)

    add("l02", d("2023-11-06 13:22"), VIT, [("Натуся", NAT[1])], "пашпарт",
        """Натусь, забраў у пасольстве новы расейскі пашпарт, усё хутка. Еду дадому, буду к сёмай.

Адпраўлена з мабільнага""", cte="quoted-printable", no_mid=True, loose=True)

    add("l03", d("2023-11-14 10:05", "+0100"), ZWYG, [("Natallia Navrotskaya", NAT[1])], "Ihre erneute Anfrage",
        """Sehr geehrte Frau Nawrozkaja

Besten Dank für Ihre erneute Anfrage vom 6. November und für die freundlichen Grüsse von Herrn Direktor Stassewitsch.

Leider hat sich an unserer Position nichts geändert: eine Lieferung ist weiterhin ausgeschlossen, solange die Massnahmen gegenüber Belarus in Kraft sind. Dies betrifft auch Lieferungen über Dritte.

""" + SIG_ZWYG, cte="quoted-printable", mailer="Microsoft Outlook 16.0", loose=True)


def write_mail():
    build_mail()
    mb = b""
    loose = []
    for m in MSGS:
        if m["loose"]:
            loose.append(m)
            continue
        import datetime
        dt = datetime.datetime.strptime(m["date"][5:25], "%d %b %Y %H:%M:%S")
        mb += ("From %s %s\n" % (m["frm"][1], dt.strftime("%a %b %d %H:%M:%S %Y"))).encode()
        raw = m["raw"]
        lines = raw.split(b"\n")
        lines = [(b">" + l) if l.startswith(b"From ") else l for l in lines]
        assert not any(l.startswith(b"From ") for l in lines)
        mb += b"\n".join(lines)
        if not mb.endswith(b"\n"):
            mb += b"\n"
        mb += b"\n"
    with open(os.path.join(HERE, "mailbox.mbox"), "wb") as fh:
        fh.write(mb)
    ld = os.path.join(HERE, "loose")
    if os.path.isdir(ld):
        shutil.rmtree(ld)
    os.makedirs(ld)
    for i, m in enumerate(loose, 1):
        with open(os.path.join(ld, "%03d.eml" % i), "wb") as fh:
            fh.write(m["raw"])


# ---------------------------------------------------------------------------
# the truth
# ---------------------------------------------------------------------------
ENTITIES = [
    ("o_darz", "Company", "Drysnevichy Aircraft Repair Plant", {"country": ["by"]}, [
        "Открытое акционерное общество «Дрисневичский авиаремонтный завод»",
        "ОТКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО «ДРИСНЕВИЧСКИЙ АВИАРЕМОНТНЫЙ ЗАВОД»",
        "ОАО «Дрисневичский авиаремонтный завод»", "Дрисневичский авиаремонтный завод",
        "ОАО «ДАРЗ»", "ОАО \"ДАРЗ\"", "ДАРЗ", "ААТ «ДАРЗ»", "Дрисневичского авиаремонтного завода",
        "ААТ «Дрысневіцкі авіярамонтны завод»", "Дрысневіцкі авіярамонтны завод", "Дрысневіцкім авіярамонтным заводзе",
        "Drysnevichy Aircraft Repair Plant", "Drysnevichy Aircraft Repair Plant OJSC",
        "OJSC Drysnevichy Aircraft Repair Plant",
    ]),
    ("o_kronverk", "Company", "Kronverk-Avionika JSC", {"country": ["ru"]}, [
        "Акционерное общество «Научно-производственное предприятие «Кронверк-Авионика»»",
        "АО «НПП «Кронверк-Авионика»»", "АО \"НПП \"Кронверк-Авионика\"", "Кронверк-Авионика",
        "Кронверк", "Кронверка", "Кронверку", "Кронверкам",
    ]),
    ("o_pramtaler", "Company", "Pramtaler Dichtungstechnik GmbH", {"country": ["at"]}, [
        "Pramtaler Dichtungstechnik GmbH", "Pramtaler",
    ]),
    ("o_rothbuehl", "Company", "Rothbühl Wuchtmaschinen AG", {"country": ["ch"]}, [
        "Rothbühl Wuchtmaschinen AG", "Rothbühl", "Ротбюль",
    ]),
    ("o_kenanga", "Company", "Seri Kenanga Polymer Sdn. Bhd.", {"country": ["my"]}, [
        "Seri Kenanga Polymer Sdn. Bhd.", "Seri Kenanga Polymer", "Seri Kenanga",
    ]),
    ("o_altyn", "Company", "Altyn Trade Logistics LLP", {"country": ["kz"]}, [
        "ТОО «Altyn Trade Logistics»", "Altyn Trade Logistics",
    ]),
    ("p_navrotskaya", "Person", "Natallia Navrotskaya", {"email": ["n.navrotskaya@darz.example.by"], "nationality": ["by"]}, [
        "Навроцкая Наталья Геннадьевна", "Наталья Геннадьевна", "Натальи Геннадьевны", "Наталью Геннадьевну",
        "Навроцкую Наталью Геннадьевну", "Наталья Навроцкая", "Н.Г. Навроцкая", "Навроцкая Н.Г.", "Н. Навроцкая",
        "Наталля Генадзеўна", "Наталля Навроцкая", "Наталля", "Натусь", "Натуся",
        "Natallia Navrotskaya", "NAVROTSKAYA NATALLIA", "Ms. Navrotskaya", "Mrs. Navrotskaya", "Madam Navrotskaya",
        "Frau Navrotskaya", "Frau N. Navrotskaya", "N. Navrotskaya", "Frau Nawrozkaja", "Natalii Nawrockiej",
    ]),
    ("p_vitali", "Person", "Vitali Navrotski", {"email": ["vitali.nav@mail.example.by"], "nationality": ["by", "ru"]}, [
        "Навроцкий Виталий Брониславович", "Навроцким Виталием Брониславовичем", "Віталь Навроцкі", "Віталь",
        "Віталік", "NAVROTSKI VITALI", "NAVROTSKII VITALII", "Witalija Nawrockiego",
    ]),
    ("p_veronika", "Person", "Weronika Kwiatecka", {"email": ["weronika.kwiatecka@poczta.example.pl"], "nationality": ["by"]}, [
        "Weronika Kwiatecka", "Квятецкая (до брака Навроцкая) Вероника Витальевна", "Nika", "Ніка", "Нікуся",
    ]),
    ("p_bartosz", "Person", "Bartosz Kwiatecki", {"nationality": ["pl"]}, [
        "Bartosz", "Бартоша", "Бартошам", "Квятецким Бартошем", "Bartosza Kwiateckiego",
    ]),
    ("p_stasevich", "Person", "Leanid Stasevich", {"email": ["director@darz.example.by"]}, [
        "Стасевич Леонид Аркадьевич", "Стасевича Леонида Аркадьевича", "Леонид Аркадьевич", "Леонидом Аркадьевичем",
        "Леонида Аркадьевича", "Л.А. Стасевич", "Леанід Аркадзевіч", "Leanid Stasevich", "Mr. Leanid Stasevich", "Stassewitsch",
    ]),
    ("p_misiukevich", "Person", "Ales Misiukevich", {"email": ["a.misiukevich@darz.example.by"]}, [
        "Мисюкевич Александр Казимирович", "Мисюкевича Александра Казимировича", "Александр Казимирович",
        "Александру Казимировичу", "Александра Казимировича", "Александром Казимировичем", "Мисюкевич А.К.",
        "А.К. Мисюкевич", "Місюкевіч Алесь", "Алесь Місюкевіч", "Алесь Казіміравіч",
    ]),
    ("p_shuvaev", "Person", "Gleb Shuvaev", {"email": ["g.shuvaev@kronverk-avionika.example.ru"]}, [
        "Шуваев Глеб Романович", "Шуваева Глеба Романовича", "Глеб Романович", "Глеба Романовича",
        "Г.Р. Шуваев", "Г.Р. Шуваеву", "Шуваев Г.Р.", "Шуваевым",
    ]),
    ("p_kolyvanov", "Person", "Timur Kolyvanov", {"email": ["t.kolyvanov@kronverk-avionika.example.ru"]}, [
        "Колыванов Тимур Эдуардович", "Тимур Эдуардович", "Т.Э. Колыванов", "Колыванов Т.Э.", "Колыванова",
    ]),
    ("p_pichlmayr", "Person", "Johanna Pichlmayr", {"email": ["j.pichlmayr@pramtaler.example.at"]}, [
        "Johanna Pichlmayr", "Mag. Johanna Pichlmayr", "Ms. Pichlmayr",
    ]),
    ("p_zwygart", "Person", "Reto Zwygart", {"email": ["r.zwygart@rothbuehl.example.ch"]}, [
        "Reto Zwygart", "Mr. Zwygart",
    ]),
    ("p_nurul", "Person", "Nurul Aisyah binti Kamarudin", {"email": ["nurul.aisyah@serikenanga.example.com.my"]}, [
        "Nurul Aisyah binti Kamarudin", "Nurul Aisyah Kamarudin", "Ms. Nurul",
    ]),
    ("p_burak", "Person", "Inesa Burak", {"email": ["i.burak@darz.example.by"]}, [
        "Бурак Инесса Францевна", "Инесса Францевна", "И.Ф. Бурак",
    ]),
]

F = []  # (kind, subjects, attributes, summary, quotes)


def finding(kind, subjects, attributes, summary, quotes):
    F.append((kind, subjects, attributes, summary, quotes))


finding("military_maintenance", ["o_darz"], {"platforms": ["mi-2", "mi-26"], "customer_country": "by"},
        "DARZ overhauls Mi-2 and Mi-26 helicopters of the Belarusian Air Force and Air Defence Forces.", [
            "Капремонт вертолётов Ми-2 (ВВС и войска ПВО ВС Республики Беларусь)",
            "Капремонт вертолёта Ми-26 (ВВС и войска ПВО ВС Республики Беларусь)",
            "верталёт Мі-2 (борт 54) Ваенна-паветраных сіл і войскаў СПА Узброеных Сіл Рэспублікі Беларусь пасля капітальнага рамонту абляцаны",
            "вертолёт Ми-26 (бортовой № 10, ВВС и войска ПВО Вооружённых Сил Республики Беларусь) после капитального ремонта передан заказчику",
        ])
finding("military_maintenance", ["o_darz"], {"platforms": ["mi-26", "su-25", "r-95sh"], "customer_country": "ru"},
        "DARZ overhauls Mi-26 helicopters and repairs R-95Sh engine accessories of Su-25 aircraft for the Russian Ministry of Defence.", [
            "Капремонт вертолётов Ми-26 (Министерство обороны Российской Федерации)",
            "Ремонт агрегатов двигателей Р-95Ш самолётов Су-25 (Министерство обороны Российской Федерации)",
            "представитель военной приёмки Минобороны России подписал акт приёмки вертолёта Ми-26",
            "мы не можем выпустить ни одного агрегата Р-95Ш — ни российских, ни чадских",
            "8 для Минобороны России и 6 по чадскому контракту 07/ТД-22",
        ])
finding("military_maintenance", ["o_darz"], {"platforms": ["su-25", "r-95sh"], "customer_country": "td"},
        "DARZ overhauls R-95Sh engine accessories of the Chadian Air Force's Su-25 aircraft (contract 07/TD-22).", [
            "Ремонт агрегатов двигателей Р-95Ш самолётов Су-25 (ВВС Республики Чад, контракт № 07/ТД-22)",
            "contract No. 07/TD-22 for the overhaul of R-95Sh engine accessories of Su-25 aircraft of the Chadian Air Force",
            "the overhauled R-95Sh engine accessories of the first batch (9 units) for the Su-25 aircraft of the Chadian Air Force have passed acceptance tests",
            "мы не можем выпустить ни одного агрегата Р-95Ш — ни российских, ни чадских",
            "8 для Минобороны России и 6 по чадскому контракту 07/ТД-22",
        ])
finding("joint_development", ["o_darz", "o_kronverk"],
        {"product": ["kbo-12", "zyablik", "kbo-12 zyablik", "kbo-12 avionics suite", "kbo-12 avionics"], "partner_country": "ru", "funding_share": 0.42},
        "DARZ and Kronverk-Avionika (St Petersburg) jointly develop the KBO-12 'Zyablik' avionics suite for a trainer aircraft; DARZ's share was 40 %, a demand to raise it to 60 % was rejected, and 42 % was agreed in Protocol No. 1 (13.04.2023).", [
            "направляем проект соглашения о совместной разработке комплекса бортового оборудования КБО-12",
            "Стороны совместно разрабатывают комплекс бортового оборудования КБО-12 (шифр ОКР «Зяблик»)",
            "Кронверк прислал проект соглашения по КБО-12 «Зяблик»",
            "40 на 60 — нормально",
            "предлагаем установить долю ОАО \"ДАРЗ\" в финансировании ОКР \"Зяблик\" на уровне 60 процентов",
            "60 % мы не потянем",
            "об увеличении доли ОАО «ДАРЗ» в финансировании ОКР «Зяблик» до 60 процентов, сообщаем, что принять его мы не можем",
            "60 % снимаем с обсуждения",
            "совместно разрабатывают комплекс бортового оборудования КБО-12 на условиях Соглашения № КА-03/23",
            "Доля финансирования Соисполнителя составляет 42 (сорок два) процента общей стоимости ОКР",
            "доля ДАРЗ в финансировании КБО-12 зафиксирована на уровне 42 %",
            "исходя из доли ОАО «ДАРЗ» 42 % стоимости этапа",
            "па графіку сумеснай распрацоўкі КБО-12",
            "доля ОАО «ДАРЗ» — 42 %, как установлено Протоколом согласования № 1",
            "Два стенда для наземной отработки КБО-12 получили",
            "этап 3 — по тем же долям, 42 на 58",
        ])
finding("sanctions_obstacle", ["o_darz"], {"origin_country": "at", "goods": "hydraulic seals"},
        "Pramtaler (Austria) refuses to sell DARZ hydraulic seals under EU sanctions against Belarus.", [
            "Die restriktiven Maßnahmen der EU gegenüber Belarus (Verordnung (EG) Nr. 765/2006 in der geltenden Fassung) untersagen uns den Verkauf von Dichtungen und Dichtungssätzen für Luftfahrzeuge an Ihr Werk.",
            "австрийцы отказали: санкции ЕС, уплотнений от Pramtaler больше не будет",
        ])
finding("sanctions_obstacle", ["o_darz"], {"origin_country": "ch", "goods": "balancing machine"},
        "Rothbühl (Switzerland) refuses to sell DARZ a balancing machine and spare parts under the Swiss sanctions against Belarus.", [
            "Eine Lieferung der angefragten Auswuchtmaschine an Ihr Werk ist uns nach der Verordnung über Massnahmen gegenüber Belarus nicht erlaubt",
            "können wir Ihnen keine Auswuchtmaschine liefern.",
            "швейцарцы тоже отказали — ссылаются на санкции Швейцарии против Беларуси",
            "eine Lieferung ist weiterhin ausgeschlossen, solange die Massnahmen gegenüber Belarus in Kraft sind",
        ])
finding("alternative_supplier", ["o_darz", "o_kenanga"], {"supplier_country": "my", "goods": "hydraulic seals"},
        "Seri Kenanga Polymer (Penang, Malaysia) offers replacements for the Pramtaler seals; samples pass, a contract is signed and lots are delivered.", [
            "10 of them we can produce as direct replacements to the same dimensions and material grades",
            "малайзийская фирма Seri Kenanga Polymer (Пенанг) готова делать аналоги уплотнений Pramtaler",
            "the samples of all 12 seal items for your Mi-26 hydraulic units were dispatched today",
            "образцы уплотнений Seri Kenanga (все 12 позиций) прошли входной контроль",
            "Specification No. 1 to Contract No. DARZ-SKP/2023 for the first lot of hydraulic seals",
            "Когда ждать первую партию от Seri Kenanga? Контракт подписан 30 мая",
            "the first lot under Contract No. DARZ-SKP/2023",
            "работаем с малайзийцами, вторую партию заказывайте сразу",
            "Уплотнения Seri Kenanga в гидросистеме замечаний не вызвали",
        ])
finding("equipment_shortage", ["o_darz"], {"goods": "hydraulic seals"},
        "DARZ has no hydraulic seals in stock; Mi-26 helicopters wait for their hydraulic systems.", [
            "уплотнений на складе нет",
            "Второй российский Ми-26 — по графику в августе, если решится вопрос с уплотнениями",
            "по уплотнениям: на складе ноль, два Ми-26 стоят — нечем собирать гидроусилители",
        ])
finding("equipment_shortage", ["o_darz"], {"goods": "balancing machine"},
        "DARZ's only balancing machine broke down; without it no R-95Sh accessories can be delivered.", [
            "Без балансировки роторов мы не можем выпустить ни одного агрегата Р-95Ш",
            "Unfortunately the machine broke down last week (cracked spindle housing) and cannot be repaired.",
            "its completion is delayed by the replacement of our balancing machine",
            "По-прежнему нет балансировочной машины.",
        ])
finding("foreign_travel", ["p_navrotskaya", "p_vitali"], {"country": "ge", "start": "2023-08", "place": "Batumi", "purpose": "holiday"},
        "Navrotskaya and her husband Vitali spent a holiday in Batumi, Georgia, 5-19 August 2023.", [
            "забраніраваў нам гатэль у Батумі, з 5 па 19 жніўня",
            "NAVROTSKAYA NATALLIA, NAVROTSKI VITALI",
            "Грузия, г. Батуми, с 05.08.2023 по 19.08.2023, цель — отдых, совместно с мужем Навроцким Виталием Брониславовичем",
            "поездка с мужем в Грузию",
            "Хорошего отдыха в Батуми",
            "Дачушка, прывітанне з Батумі! Мы з мамай тут ужо тыдзень",
            "zazdroszczę wam tego Batumi!",
            "вярнулася з Грузіі",
        ])
finding("foreign_travel", ["p_navrotskaya", "p_misiukevich"],
        {"country": "ru", "start": "2023-04", "place": "St Petersburg", "purpose": "negotiations with Kronverk-Avionika on the KBO-12"},
        "Navrotskaya and chief designer Misiukevich went on a business trip to Kronverk-Avionika in St Petersburg, 10-14 April 2023.", [
            "Приглашаем вас и Александра Казимировича в Санкт-Петербург 11–13 апреля на рабочую встречу по КБО-12",
            "Направить в служебную командировку в г. Санкт-Петербург (Российская Федерация)",
            "цягнік Мінск — Санкт-Пецярбург 10 красавіка",
            "У Піцеры +3 і вецер з залива, заўтра з раніцы перамовы ў Кронверку",
            "от ОАО «ДАРЗ» – Навроцкая Н.Г., начальник отдела ВЭД, Мисюкевич А.К., главный конструктор.",
            "спасибо за продуктивные три дня!",
            "докладываю итоги командировки в Санкт-Петербург (АО «НПП «Кронверк-Авионика»», 10–14 апреля 2023 г., я и Мисюкевич А.К.)",
            "По авансовому отчёту за командировку в Санкт-Петербург (10.04–14.04.2023)",
            "2023 — Российская Федерация, г. Санкт-Петербург (служебная командировка, 10–14.04.2023)",
        ])
finding("citizenship", ["p_navrotskaya"], {"countries": ["by"]},
        "Navrotskaya is a citizen of Belarus only.", [
            "Гражданство: Республика Беларусь (иного гражданства не имею)",
            "Nationality: Belarus",
        ])
finding("citizenship", ["p_vitali"], {"countries": ["by", "ru"]},
        "Vitali Navrotski holds Belarusian and Russian citizenship (Russian since 2011) and both passports.", [
            "гражданин Республики Беларусь и Российской Федерации (российское гражданство с 2011 г.)",
            "мой расейскі пашпарт сканчаецца 2 лістапада, трэба запісацца ў пасольства Расіі ў Мінску на замену. Беларускі ў парадку да 2027-га.",
            "забраў у пасольстве новы расейскі пашпарт",
            "Авіяквіткі ўзяў па маім расейскім пашпарце, там я NAVROTSKII VITALII, а ў гатэлі — па беларускім",
        ])
finding("citizenship", ["p_veronika"], {"countries": ["by"]},
        "Weronika Kwiatecka remains a citizen of Belarus; in Poland she holds only a residence card (karta pobytu).", [
            "ja zastajusia hramadziankaj Biełarusi",
            "гражданка Республики Беларусь, с 2021 г. проживает в Республике Польша",
        ])
finding("family_relation", ["p_navrotskaya", "p_vitali"], {"relationship": "spouse"},
        "Vitali Navrotski is Natallia Navrotskaya's husband.", [
            "Муж — Навроцкий Виталий Брониславович",
            "совместно с мужем Навроцким Виталием Брониславовичем",
            "поездка с мужем в Грузию",
        ])
finding("family_relation", ["p_navrotskaya", "p_veronika"], {"relationship": "child"},
        "Weronika Kwiatecka (née Navrotskaya) is Natallia Navrotskaya's daughter.", [
            "Дочь — Квятецкая (до брака Навроцкая) Вероника Витальевна",
            "Mamulia, pryvitannie!",
            "Нікуся, дачушка",
            "Tato, Mamo, zazdroszczę wam tego Batumi!",
        ])
finding("family_relation", ["p_vitali", "p_veronika"], {"relationship": "child"},
        "Weronika Kwiatecka is Vitali Navrotski's daughter.", [
            "Дачушка, прывітанне з Батумі!",
            "наша дачка хоча нешта сказаць",
            "Tato, Mamo, zazdroszczę wam tego Batumi!",
            "Дочь — Квятецкая (до брака Навроцкая) Вероника Витальевна",
        ])
finding("family_relation", ["p_veronika", "p_bartosz"], {"relationship": "spouse"},
        "Weronika is married to the Polish citizen Bartosz Kwiatecki.", [
            "Bartosz, moj muž",
            "Bartosz (mój mąż, gdybyś zapomniała :))",
            "замужем за гражданином Республики Польша Квятецким Бартошем",
        ])
finding("employment", ["p_navrotskaya", "o_darz"], {"role": "head of foreign trade department"},
        "Natallia Navrotskaya heads the foreign trade department of DARZ.", [
            "начальник отдела внешнеэкономической деятельности",
            "Head of Foreign Trade Department",
            "начальник отдела ВЭД",
            "Навроцкую Наталью Геннадьевну — начальника отдела внешнеэкономической деятельности;",
        ])
finding("employment", ["p_stasevich", "o_darz"], {"role": "director"},
        "Leanid Stasevich is the director of DARZ.", [
            "в лице директора Стасевича Леонида Аркадьевича",
            "Директор ОАО «ДАРЗ»",
            "our Director, Mr. Leanid Stasevich",
            "Herrn Direktor Stassewitsch",
        ])
finding("employment", ["p_misiukevich", "o_darz"], {"role": "chief designer"},
        "Ales (Aleksandr) Misiukevich is chief designer of DARZ.", [
            "галоўны канструктар ААТ «ДАРЗ»",
            "Мисюкевича Александра Казимировича — главного конструктора.",
            "Мисюкевич А.К., главный конструктор",
        ])
finding("employment", ["p_shuvaev", "o_kronverk"], {"role": "general director"},
        "Gleb Shuvaev is general director of Kronverk-Avionika.", [
            "в лице генерального директора Шуваева Глеба Романовича",
            "Генеральному директору АО «НПП «Кронверк-Авионика»» Г.Р. Шуваеву",
            "Шуваев Г.Р., генеральный директор",
            "Генеральный директор АО «НПП «Кронверк-Авионика»» ______________ Г.Р. Шуваев",
        ])
finding("employment", ["p_kolyvanov", "o_kronverk"], {"role": "chief designer"},
        "Timur Kolyvanov is chief designer for on-board equipment at Kronverk-Avionika.", [
            "главный конструктор направления бортового оборудования",
            "Колыванов Т.Э., главный конструктор направления",
        ])
finding("employment", ["p_pichlmayr", "o_pramtaler"], {"role": "key account manager"},
        "Johanna Pichlmayr is key account manager for Eastern Europe at Pramtaler.", [
            "Key Account Managerin Osteuropa",
        ])
finding("employment", ["p_zwygart", "o_rothbuehl"], {"role": "area sales manager"},
        "Reto Zwygart is area sales manager CIS at Rothbühl.", [
            "Area Sales Manager CIS",
        ])
finding("employment", ["p_nurul", "o_kenanga"], {"role": "business development manager"},
        "Nurul Aisyah binti Kamarudin is business development manager of Seri Kenanga Polymer.", [
            "Business Development Manager",
        ])
finding("employment", ["p_burak", "o_darz"], {"role": "head of supply department"},
        "Inesa Burak heads the supply (procurement) department of DARZ.", [
            "начальник отдела материально-технического снабжения",
        ])

WATCH_TRUE = [("o_darz", "wl-by-2201", "DRISNEVICHI AIRCRAFT REPAIR PLANT OJSC"),
              ("o_kronverk", "wl-ru-5410", "NPP KRONVERK-AVIONIKA JSC"),
              ("p_stasevich", "wl-by-2210", "STASEVICH, Leanid Arkadzevich")]

WATCHLIST = [
    {"id": "wl-by-2201", "schema": "Company", "caption": "DRISNEVICHI AIRCRAFT REPAIR PLANT OJSC",
     "properties": {"name": ["DRISNEVICHI AIRCRAFT REPAIR PLANT OJSC"],
                    "alias": ["ОАО «Дрисневичский авиаремонтный завод»", "DRYSNEVITSKI AVIYAREMONTNY ZAVOD", "OAO DARZ"],
                    "jurisdiction": ["by"], "address": ["Drisnevichi, Vitebsk Oblast, Belarus"],
                    "sector": ["military aircraft repair"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-2202", "schema": "Company", "caption": "DRISNEVICHI DAIRY PLANT OJSC",
     "properties": {"name": ["DRISNEVICHI DAIRY PLANT OJSC"], "alias": ["ОАО «Дрисневичский молочный завод»"],
                    "jurisdiction": ["by"], "address": ["Drisnevichi, Vitebsk Oblast, Belarus"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-5410", "schema": "Company", "caption": "NPP KRONVERK-AVIONIKA JSC",
     "properties": {"name": ["NPP KRONVERK-AVIONIKA JSC"],
                    "alias": ["АО «НПП «Кронверк-Авионика»»", "KRONVERK AVIONICS RESEARCH AND PRODUCTION ENTERPRISE"],
                    "jurisdiction": ["ru"], "address": ["Saint Petersburg, Russia"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-5411", "schema": "Company", "caption": "KRONVERK-AVIONIKA LLC",
     "properties": {"name": ["KRONVERK-AVIONIKA LLC"], "alias": ["ООО «Кронверк-Авионика»"],
                    "jurisdiction": ["ru"], "address": ["Yekaterinburg, Sverdlovsk Oblast, Russia"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-2210", "schema": "Person", "caption": "STASEVICH, Leanid Arkadzevich",
     "properties": {"name": ["STASEVICH, Leanid Arkadzevich"],
                    "alias": ["Стасевич Леонид Аркадьевич", "Стасевіч Леанід Аркадзевіч", "STASEVICH, Leonid Arkadyevich"],
                    "birthDate": ["1961-05-17"], "nationality": ["by"],
                    "position": ["Director, OJSC Drisnevichi Aircraft Repair Plant"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-2211", "schema": "Person", "caption": "STASEVICH, Leanid Antonavich",
     "properties": {"name": ["STASEVICH, Leanid Antonavich"], "alias": ["Стасевич Леонид Антонович"],
                    "birthDate": ["1979-10-02"], "nationality": ["by"],
                    "position": ["Deputy Chairman, Drisnevichi District Executive Committee"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-5412", "schema": "Person", "caption": "SHUVAEV, Gleb Rostislavovich",
     "properties": {"name": ["SHUVAEV, Gleb Rostislavovich"], "alias": ["Шуваев Глеб Ростиславович"],
                    "birthDate": ["1958-04-23"], "nationality": ["ru"],
                    "position": ["Member of the Legislative Assembly, Leningrad Oblast"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-5413", "schema": "Person", "caption": "NAVROTSKAYA, Natalya Gennadyevna",
     "properties": {"name": ["NAVROTSKAYA, Natalya Gennadyevna"], "alias": ["Навроцкая Наталья Геннадьевна"],
                    "birthDate": ["1988-02-11"], "nationality": ["ru"],
                    "position": ["Judge, Arbitration Court of Krasnodar Krai"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-5414", "schema": "Person", "caption": "KOLYVANOV, Timofei Eduardovich",
     "properties": {"name": ["KOLYVANOV, Timofei Eduardovich"], "alias": ["Колыванов Тимофей Эдуардович"],
                    "birthDate": ["1975-12-30"], "nationality": ["ru"]}, "datasets": ["watchlist"]},
    {"id": "wl-ir-0077", "schema": "Company", "caption": "PARSIAN SEAL INDUSTRIES CO.",
     "properties": {"name": ["PARSIAN SEAL INDUSTRIES CO."], "jurisdiction": ["ir"], "address": ["Tabriz, Iran"]},
     "datasets": ["watchlist"]},
]


def build_truth():
    names = {eid: forms for eid, _, _, _, forms in ENTITIES}
    entities = [{"id": eid, "schema": schema, "name": name, "names": sorted(set(forms)), "properties": props}
                for eid, schema, name, props, forms in ENTITIES]
    findings = []
    problems = []
    for i, (kind, subjects, attrs, summary, quotes) in enumerate(F, 1):
        ev, seen = [], set()
        for q in quotes:
            hits = [m for m in MSGS if q in m["text"]]
            if not hits:
                problems.append("quote not in any message: %r" % q)
            for m in hits:
                if (m["mid"], q) not in seen:
                    seen.add((m["mid"], q))
                    ev.append({"message_id": m["mid"], "quote": q})
        findings.append({"id": "f-%03d" % i, "kind": kind, "summary": summary, "subjects": subjects,
                         "attributes": attrs, "evidence": ev, "confidence": 1.0})
    n = len(findings)
    for j, (eid, entry, caption) in enumerate(WATCH_TRUE, n + 1):
        forms = [f for f in names[eid] if len(f) >= 4]
        mids = []
        for m in MSGS:
            if any(f in m["text"] for f in forms) and m["mid"] not in mids:
                mids.append(m["mid"])
        ename = [e for e in entities if e["id"] == eid][0]["name"]
        findings.append({"id": "f-%03d" % j, "kind": "watchlist_match",
                         "summary": "%s is on the watchlist as %s." % (ename, caption),
                         "subjects": [eid], "attributes": {"list": "watchlist", "entry_id": entry},
                         "evidence": [{"message_id": mid, "quote": ""} for mid in mids], "confidence": 1.0})
    # every surface form must occur somewhere in the mail (text or a header's display name)
    alltext = "\n".join(m["text"] for m in MSGS) + "\n" + "\n".join(
        m["raw"].decode("ascii", "replace") for m in MSGS)
    import email
    from email import policy
    for m in MSGS:
        msg = email.message_from_bytes(m["raw"], policy=policy.default)
        for h in ("From", "To", "Cc"):
            if msg[h]:
                alltext += "\n" + str(msg[h])
    alltext = " ".join(alltext.split()).casefold()
    for eid, forms in names.items():
        for f in forms:
            if " ".join(f.split()).casefold() not in alltext:
                problems.append("name form of %s not in the mail: %r" % (eid, f))
    return {"format": "paperchase.findings/1", "entities": entities, "findings": findings}, problems


README = """# Holdout case 19: the foreign-trade department of the Drysnevichy Aircraft Repair Plant

Everything here is fictional: the town of Drysnevichy (Дрисневичи / Дрысневічы, Vitsebsk
region), the plant, its partners and suppliers, all people, phone, contract and booking
numbers. Mail domains are under example.*. Written blind to paperchase's internals, as a
test of how it does on mail it has never seen.

## The source

The mailbox of **Natallia Navrotskaya** (Навроцкая Наталья Геннадьевна, Наталля
Генадзеўна), head of the foreign trade department (начальник отдела внешнеэкономической
деятельности, ВЭД) of OJSC **Drysnevichy Aircraft Repair Plant** (ОАО «Дрисневичский
авиаремонтный завод», ОАО «ДАРЗ», ААТ «Дрысневіцкі авіярамонтны завод»), January to
November 2023: `mailbox.mbox` (66 messages) and `loose/*.eml` (3 messages; `loose/002.eml`
has no Message-ID and is cited as `<sha256:...>` of its bytes).

Languages: Russian, Belarusian (Cyrillic), Belarusian Łacinka and Polish (the daughter in
Gdańsk), German (an Austrian and a Swiss supplier), English (Malaysian supplier, the Chadian
customer, a hotel, a consulate). Encodings: utf-8 in base64, quoted-printable and 8bit,
windows-1251, koi8-r, RFC 2047 headers (B and Q), HTML-only mail, multipart/alternative, a
utf-8 part and a windows-1251 .txt attachment with no charset declared, a forwarded
message/rfc822. Evidence also sits in DOCX (agreement, letter, protocol, security
questionnaire), XLSX (repair plan, specification) and PDF (Swiss refusal letter).

## People and how they are written

- Natallia Navrotskaya: Навроцкая Наталья Геннадьевна, Навроцкую Наталью Геннадьевну,
  Натальи Геннадьевны, Н.Г. Навроцкая, Навроцкая Н.Г., Наталля Генадзеўна, Натусь, Натуся,
  Natallia Navrotskaya, NAVROTSKAYA NATALLIA (passport), Frau Navrotskaya, Frau Nawrozkaja
  (German style), Natalii Nawrockiej (Polish, genitive).
- Her husband Vitali Navrotski, a pensioner: Навроцкий Виталий Брониславович, Навроцким
  Виталием Брониславовичем, Віталь Навроцкі, Віталік, NAVROTSKI VITALI (Belarusian passport),
  NAVROTSKII VITALII (Russian passport), Witalija Nawrockiego.
- Their daughter Weronika Kwiatecka (née Navrotskaya), living in Gdańsk on a Polish
  residence card: Квятецкая (до брака Навроцкая) Вероника Витальевна, Ніка, Нікуся, Nika.
- Her husband, the Polish citizen Bartosz Kwiatecki: Bartosz, Бартоша, Бартошам, Квятецким
  Бартошем, Bartosza Kwiateckiego.
- Director Leanid Stasevich: Стасевич Леонид Аркадьевич, Стасевича Леонида Аркадьевича,
  Леонидом Аркадьевичем, Л.А. Стасевич, Леанід Аркадзевіч, Mr. Leanid Stasevich,
  Herrn Direktor Stassewitsch.
- Chief designer Ales (Aleksandr) Misiukevich: Мисюкевич Александр Казимирович,
  Мисюкевича Александра Казимировича, Александру Казимировичу, А.К. Мисюкевич, Алесь
  Місюкевіч, Алесь Казіміравіч.
- Head of supply Inesa Burak: Бурак Инесса Францевна, И.Ф. Бурак.
- Kronverk-Avionika (АО «НПП «Кронверк-Авионика»», St Petersburg): general director Gleb
  Shuvaev (Шуваев Глеб Романович, Г.Р. Шуваеву, Шуваевым) and chief designer Timur Kolyvanov
  (Колыванов Тимур Эдуардович, Т.Э. Колыванов, Колыванова).
- Suppliers: Johanna Pichlmayr (Pramtaler Dichtungstechnik GmbH, Ried im Innkreis, Austria),
  Reto Zwygart (Rothbühl Wuchtmaschinen AG, «Ротбюль», Frauenfeld, Switzerland), Nurul Aisyah
  binti Kamarudin (Seri Kenanga Polymer Sdn. Bhd., Penang, Malaysia); a grey-market broker,
  ТОО «Altyn Trade Logistics» (Almaty).

## What an analyst should find

- Military maintenance: Mi-2 and Mi-26 overhaul for the Belarusian Air Force; Mi-26 overhaul
  and R-95Sh engine accessories of Su-25 for the Russian MoD; R-95Sh/Su-25 accessories for
  the Chadian Air Force (contract 07/TD-22).
- Joint development of the KBO-12 «Zyablik» trainer avionics suite with Kronverk-Avionika:
  DARZ share 40 % in the draft, a demand to raise it to 60 % rejected, 42 % agreed in
  Protocol No. 1 (13.04.2023) and applied in later invoices.
- Sanctions: Pramtaler (Austria, EU sanctions) will not sell hydraulic seals; Rothbühl
  (Switzerland, Swiss ordinance on Belarus) will not sell a balancing machine or parts.
- Alternative supplier: Seri Kenanga (Malaysia) replaces the Pramtaler seals (samples,
  tests, contract DARZ-SKP/2023, deliveries).
- Shortages: hydraulic seals; the balancing machine.
- Trips: Navrotskaya and her husband on holiday in Batumi, Georgia (5-19 August 2023);
  Navrotskaya and Misiukevich on business in St Petersburg (10-14 April 2023).
- Citizenship: Navrotskaya Belarusian; her husband Belarusian and Russian; the daughter
  Belarusian.
- Family: husband and wife; their daughter; the daughter's husband.
- Jobs of the people above, and three watchlist hits: the plant (as DRISNEVICHI AIRCRAFT
  REPAIR PLANT OJSC), Kronverk-Avionika (NPP KRONVERK-AVIONIKA JSC, St Petersburg) and the
  director (STASEVICH, Leanid Arkadzevich).

## Traps (no finding)

- The grey-market offer from Altyn Trade Logistics to re-export Pramtaler seals via
  Kazakhstan: declined.
- "If Switzerland / the EU ever lifted the sanctions, we would buy from them again":
  hypothetical.
- A refused Lithuanian Schengen visa and the July visit to Poland that therefore did not
  happen; a planned visit to Penang that was cancelled; a Christmas visit that is only an idea.
- A one-day trip to Minsk (domestic).
- The daughter's Polish residence card (karta pobytu) and "prawie Polka": not Polish
  citizenship.
- A works-council notice about an unnamed worker who took another citizenship.
- The 60 % share proposed by the partner and rejected; the 40 % of the draft, later changed.
- A civil agricultural Mi-2 repaired for a Kazakh crop-spraying firm: not military.
- Facts quoted again in replies and forwards: one finding citing each message.
- Watchlist near misses: STASEVICH, Leanid Antonavich (other patronymic, district official);
  SHUVAEV, Gleb Rostislavovich (other patronymic); NAVROTSKAYA, Natalya Gennadyevna (same
  name, other birth date and nationality: the head was born 03.09.1967 and is Belarusian
  only); KOLYVANOV, Timofei Eduardovich; KRONVERK-AVIONIKA LLC in Yekaterinburg (same name,
  other city); DRISNEVICHI DAIRY PLANT OJSC (same town, other firm).

## Files

`make_case.py` writes everything here (standard library only, deterministic);
`python3 make_case.py --check` also ingests the case with paperchase into a temporary
folder and checks that every quote of `truth.json` is in the cited message's exported text
and that every cited message exists. Score a run with

    python3 /work/shared/tools/score_case.py truth.json FINDINGS.json --verbose
"""


def self_check(truth):
    exe = os.environ.get("PAPERCHASE", os.path.join(HERE, "..", "..", "..", ".venv", "bin", "paperchase"))
    exe = os.path.abspath(exe)
    tmp = tempfile.mkdtemp(prefix="holdout19_check_")
    try:
        case = os.path.join(tmp, "case")
        subprocess.run([exe, "ingest", "--case", case, "-q", os.path.join(HERE, "mailbox.mbox"),
                        os.path.join(HERE, "loose")], check=True)
        out = os.path.join(tmp, "messages.jsonl")
        subprocess.run([exe, "export", "--case", case, "--format", "messages", "-o", out], check=True)
        texts = {}
        with open(out, encoding="utf-8") as fh:
            for line in fh:
                m = json.loads(line)
                t = [m.get("text") or ""] + [a.get("text") or "" for a in m.get("attachments", [])]
                texts.setdefault(m["message_id"], []).extend(t)
        bad = 0
        for f in truth["findings"]:
            for ev in f["evidence"]:
                mid = ev["message_id"]
                if mid not in texts:
                    print("MISSING MESSAGE", f["id"], mid)
                    bad += 1
                    continue
                if ev["quote"] and not any(ev["quote"] in t for t in texts[mid]):
                    print("QUOTE NOT FOUND", f["id"], mid, repr(ev["quote"]))
                    bad += 1
        mine = {m["mid"] for m in MSGS}
        for mid in mine - set(texts):
            print("NOT INGESTED", mid)
            bad += 1
        print("self-check: %d messages exported, %d problems" % (len(texts), bad))
        return bad == 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv):
    write_mail()
    truth, problems = build_truth()
    for p in problems:
        print("TRUTH PROBLEM:", p)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "watchlist.ftm.json"), "w", encoding="utf-8") as fh:
        for e in WATCHLIST:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)
    n_mbox = sum(1 for m in MSGS if not m["loose"])
    print("wrote %d mbox messages, %d loose, %d entities, %d findings" % (
        n_mbox, len(MSGS) - n_mbox, len(truth["entities"]), len(truth["findings"])))
    ok = not problems
    if "--check" in argv:
        ok = self_check(truth) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
