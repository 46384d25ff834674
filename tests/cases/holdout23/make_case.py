#!/usr/bin/env python3
"""Generate the holdout23 evaluation case (fictional; standard library only).

    python3 make_case.py           # writes mailbox.mbox, loose/*.eml, watchlist.ftm.json, truth.json
    python3 make_case.py --check   # regenerates in memory, compares with the files on disk,
                                   # decodes every message with the email package and checks that
                                   # every evidence quote is verbatim in the cited message

The mailbox of the chief economist of a fictional avionics plant in the invented town of
Idelkamsk (Republic of Tatarstan). Everything is invented: people, firms, numbers; all mail
domains are under example.*. README.md describes the case.
"""
import base64
import hashlib
import html
import io
import json
import mailbox
import os
import quopri
import re
import sys
import unicodedata
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=3))


# ----------------------------------------------------------------------------------------
# documents: DOCX, XLSX, PDF (minimal, valid, deterministic)
# ----------------------------------------------------------------------------------------

def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2023, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
OFFDOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def make_docx(paragraphs):
    body = "".join(
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(p) for p in paragraphs)
    return zip_bytes([
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="%s">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>' % CT_NS),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/>'
         '</Relationships>' % (RELS_NS, OFFDOC)),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>%s<w:sectPr/></w:body></w:document>' % body),
    ])


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Лист1"):
    strings, index = [], {}
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, val in enumerate(row):
            ref = "%s%d" % (col_name(c), r)
            if isinstance(val, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, val))
            else:
                if val not in index:
                    index[val] = len(strings)
                    strings.append(val)
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, index[val]))
        xml_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sst = "".join('<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in strings)
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    return zip_bytes([
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="%s">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
         '</Types>' % CT_NS),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>' % (RELS_NS, OFFDOC)),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>'
         % (main, OFFDOC, escape(sheet))),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="%s">'
         '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
         '<Relationship Id="rId2" Type="%s/sharedStrings" Target="sharedStrings.xml"/>'
         '</Relationships>' % (RELS_NS, OFFDOC, OFFDOC)),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (main, "".join(xml_rows))),
        ("xl/sharedStrings.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (main, len(strings), len(strings), sst)),
    ])


def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines):
    for line in lines:
        assert all(ord(ch) < 128 for ch in line), line
    content = "BT\n/F1 11 Tf\n15 TL\n56 780 Td\n" + "".join(
        "(%s) Tj T*\n" % pdf_escape(line) for line in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(content.encode("ascii")), content),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("ascii")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode("ascii")
    for off in offsets:
        out += ("%010d 00000 n \n" % off).encode("ascii")
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode("ascii")
    return out


# ----------------------------------------------------------------------------------------
# MIME building (by hand, so that every charset and transfer encoding is under control)
# ----------------------------------------------------------------------------------------

def encoded_words(text, charset="utf-8", mode="B", at_spaces=False):
    """RFC 2047 encoded words, each at most 75 characters, never splitting a character."""
    if mode is None:
        return [text]
    words, chunk = [], ""

    def enc(s):
        b = s.encode(charset)
        if mode == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode("ascii"))
        q = "".join(chr(x) if (chr(x).isalnum() and x < 128) or chr(x) in "!*+-/" else
                    ("_" if x == 32 else "=%02X" % x) for x in b)
        return "=?%s?Q?%s?=" % (charset, q)

    # split between words where possible (the space stays inside the encoded word before it),
    # within a word only when one word alone is too long
    for token in (re.findall(r"\S+\s*", text) if at_spaces else list(text)):
        if chunk and len(enc(chunk + token)) > 75:
            words.append(enc(chunk))
            chunk = ""
        if len(enc(token)) > 75:
            for ch in token:
                if chunk and len(enc(chunk + ch)) > 75:
                    words.append(enc(chunk))
                    chunk = ""
                chunk += ch
        else:
            chunk += token
    if chunk:
        words.append(enc(chunk))
    return words


def fmt_addr(a):
    name, addr = a[0], a[1]
    cs = a[2] if len(a) > 2 else "utf-8"
    mode = a[3] if len(a) > 3 else "B"
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if re.search(r'[.,;:@()<>\[\]"]', name):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (" ".join(encoded_words(name, cs, mode, at_spaces=True)), addr)


class Text:
    def __init__(self, text, subtype="plain", charset="utf-8", cte="base64", no_charset=False,
                 filename=None):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.no_charset, self.filename = no_charset, filename


class Attach:
    def __init__(self, ctype, data, filename, kind, lines=None):
        self.ctype, self.data, self.filename, self.kind, self.lines = ctype, data, filename, kind, lines


class Multi:
    def __init__(self, subtype, parts):
        self.subtype, self.parts = subtype, parts


class Rfc822:
    def __init__(self, key, filename):
        self.key, self.filename = key, filename


DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def docx(paragraphs, filename):
    return Attach(DOCX_T, make_docx(paragraphs), filename, "docx", paragraphs)


def xlsx(rows, filename):
    return Attach(XLSX_T, make_xlsx(rows), filename, "xlsx", rows)


def pdf(lines, filename):
    return Attach("application/pdf", make_pdf(lines), filename, "pdf", lines)


def b64_lines(data):
    return base64.encodebytes(data)


def encode_body(raw, cte):
    if cte == "base64":
        return b64_lines(raw)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw, quotetabs=False)
        return out if out.endswith(b"\n") else out + b"\n"
    # 7bit / 8bit: raw lines
    for line in raw.split(b"\n"):
        assert len(line) < 990, line[:60]
        if cte == "7bit":
            assert all(x < 128 for x in line)
    return raw if raw.endswith(b"\n") else raw + b"\n"


class Builder:
    def __init__(self, specs):
        self.specs = {s["key"]: s for s in specs}
        self.order = [s["key"] for s in specs]
        self.ids = {s["key"]: make_mid(s) for s in specs}
        self.cache = {}

    def boundary(self, key, n):
        return "----=_Part_%s_%d" % (hashlib.sha1(("b:%s:%d" % (key, n)).encode()).hexdigest()[:20], n)

    def part(self, p, key, counter):
        """Returns (header lines, body bytes)."""
        if isinstance(p, Text):
            ct = "text/%s" % p.subtype
            if not p.no_charset:
                ct += '; charset="%s"' % p.charset
            if p.filename:
                ct += '; name="%s"' % p.filename
            hdr = ["Content-Type: %s" % ct, "Content-Transfer-Encoding: %s" % p.cte]
            if p.filename:
                hdr.append('Content-Disposition: attachment; filename="%s"' % p.filename)
            raw = p.text.encode(p.charset)
            return hdr, encode_body(raw, p.cte)
        if isinstance(p, Attach):
            hdr = ['Content-Type: %s; name="%s"' % (p.ctype, p.filename),
                   "Content-Transfer-Encoding: base64",
                   'Content-Disposition: attachment; filename="%s"' % p.filename]
            return hdr, b64_lines(p.data)
        if isinstance(p, Rfc822):
            hdr = ["Content-Type: message/rfc822",
                   'Content-Disposition: attachment; filename="%s"' % p.filename]
            return hdr, self.render(p.key)
        if isinstance(p, Multi):
            counter[0] += 1
            b = self.boundary(key, counter[0])
            hdr = ['Content-Type: multipart/%s;\n boundary="%s"' % (p.subtype, b)]
            body = b"This is a multi-part message in MIME format.\n\n"
            for sub in p.parts:
                h, bb = self.part(sub, key, counter)
                body += ("--%s\n" % b).encode() + ("\n".join(h) + "\n\n").encode() + bb + b"\n"
            body += ("--%s--\n" % b).encode()
            return hdr, body
        raise TypeError(p)

    def render(self, key):
        if key in self.cache:
            return self.cache[key]
        s = self.specs[key]
        y, mo, d, h, mi = s["dt"]
        dt = datetime(y, mo, d, h, mi, tzinfo=TZ)
        lines = ["From: %s" % fmt_addr(s["frm"])]
        lines.append("To: %s" % ",\n ".join(fmt_addr(a) for a in s["to"]))
        if s.get("cc"):
            lines.append("Cc: %s" % ",\n ".join(fmt_addr(a) for a in s["cc"]))
        subj, scs, smode = s["subj"]
        lines.append("Subject: %s" % "\n ".join(encoded_words(subj, scs, smode)))
        lines.append("Date: %s" % format_datetime(dt))
        if not s.get("no_mid"):
            lines.append("Message-ID: %s" % self.ids[key])
        if s.get("reply"):
            parent = self.ids[s["reply"]]
            lines.append("In-Reply-To: %s" % parent)
            lines.append("References: %s" % parent)
        lines.append("MIME-Version: 1.0")
        lines.append("X-Mailer: %s" % s.get("mailer", "Microsoft Outlook 16.0"))
        h, body = self.part(s["body"], key, [0])
        raw = ("\n".join(lines + h) + "\n\n").encode("ascii") + body
        self.cache[key] = raw
        return raw


def make_mid(s):
    domain = s["frm"][1].split("@")[1]
    return "<%s@%s>" % (hashlib.sha1(("holdout23:" + s["key"]).encode()).hexdigest()[:16], domain)


# ----------------------------------------------------------------------------------------
# the people and their addresses
# ----------------------------------------------------------------------------------------

RINAT = ("Хайруллин Ринат Ильдарович", "r.khairullin@iapz.example.ru")
RINAT_1251 = ("Хайруллин Р.И.", "r.khairullin@iapz.example.ru", "windows-1251", "B")
RINAT_EN = ("Rinat Khairullin", "r.khairullin@iapz.example.ru")
SABIROV = ("Сабиров И.М.", "i.sabirov@iapz.example.ru")
SABIROV_TO = ("Сабирову И.М.", "i.sabirov@iapz.example.ru")
SHISH = ("Шишкарёв Андрей Павлович", "a.shishkarev@iapz.example.ru")
SHISH_1251 = ("Шишкарев А.П.", "a.shishkarev@iapz.example.ru", "windows-1251", "B")
GALIEV = ("Галиев Т.Р.", "t.galiev@iapz.example.ru")
ZARIPOVA = ("Зарипова Эльвира Фаритовна", "e.zaripova@iapz.example.ru", "koi8-r", "B")
NURIEVA = ("Нуриева Алина", "a.nurieva@iapz.example.ru")
MUKH = ("Мухаметзянов К.Р.", "k.mukhametzyanov@iapz.example.ru", "utf-8", "B")
KADRY = ("Отдел кадров", "kadry@iapz.example.ru")
RSO = ("Режимно-секретный отдел", "rso@iapz.example.ru")
IT = ("IT support", "it@iapz.example.ru")
PROFKOM = ("Профком АО «ИАПЗ»", "profkom@iapz.example.ru")
ALL = ("Сотрудники заводоуправления", "all-zu@iapz.example.ru")
CANTEEN = ("Столовая", "stolovaya@iapz.example.ru")
LIANA = ("Лиана Хайруллина", "liana.tovmasyan@mail.example.ru", "koi8-r", "B")
LIANA_U = ("Лиана Хайруллина", "liana.tovmasyan@mail.example.ru")
GULYA = ("Gulnara Hovhannisyan", "gulya.hovhannisyan@mail.example.am")
ARAM = ("Aram Ovanesyan", "aram.ovanesyan@mail.example.am")
ALFIYA = ("Альфия Мингазова", "alfiya.mingazova@mail.example.ru")
ZHUK = ("Святлана Жук", "s.zhuk@kb-svitanak.example.by")
MATSK = ("Мацкевіч А.У.", "a.matskevich@kb-svitanak.example.by", "windows-1251", "B")
MATSK_R = ("Мацкевич А.В.", "a.matskevich@kb-svitanak.example.by", "windows-1251", "B")
BENVENUTI = ("Chiara Benvenuti", "c.benvenuti@valdarno.example.it")
BAEK = ("Baek Eun-gyeol", "eg.baek@hanseong.example.kr")
KULKARNI = ("Devendra Kulkarni", "d.kulkarni@sahyadri.example.in")
MOKHTARI = ("Farshid Mokhtari", "f.mokhtari@kisharia.example.ir")
IDELTOUR = ("Идель-Тур, Резеда Гилязова", "tour@idel-tour.example.ru")
HOTEL = ("Kata Breeze Resort Phuket", "reservations@katabreeze.example.com")
BANK = ("Камабанк", "noreply@kamabank.example.ru", "utf-8", "Q")
DIGEST = ("Авиапром-Дайджест", "news@aviaprom-digest.example.ru")
WEBINAR = ("Avionics Economics Forum", "events@aef.example.com")

SIG_RINAT = "--\nР.И. Хайруллин\nглавный экономист АО «ИАПЗ»\nтел. +7 (85594) 4-17-03"


def specs():
    S = []

    def add(**kw):
        S.append(kw)

    # --- January 2023 -------------------------------------------------------------------
    add(key="hr-vacations", dt=(2023, 1, 10, 9, 5), frm=KADRY, to=[ALL],
        subj=("График отпусков на 2023 год", "utf-8", "B"),
        body=Text("Уважаемые коллеги!\n\nДо 20 января прошу подать руководителям подразделений пожелания "
                  "по графику отпусков на 2023 год. Бланк лежит на общем диске в папке «Кадры».\n\n"
                  "Отдел кадров АО «Иделькамский авиаприборный завод»\n", cte="base64"))

    add(key="plan-2023", dt=(2023, 1, 16, 9, 12), frm=NURIEVA, to=[RINAT],
        subj=("Производственная программа 2023 — свод по цехам 2 и 3", "utf-8", "B"),
        body=Multi("mixed", [
            Text("Ринат Ильдарович, добрый день!\n\nНаправляю свод производственной программы на 2023 год "
                 "по цехам 2 и 3 для расчёта плановой себестоимости. Количество комплектов сверено с ПДО.\n\n"
                 "Алина Нуриева, ПЭО\n", cte="base64"),
            xlsx([
                ["Платформа", "Заказчик", "Вид работ", "Комплектов", "Срок"],
                ["Су-30СМ", "ВКС России (ГОЗ)",
                 "Ремонт и модернизация комплекса бортового радиоэлектронного оборудования самолётов Су-30СМ для ВКС России",
                 14, "IV кв."],
                ["Як-130", "ВКС России (ГОЗ)", "Капитальный ремонт блоков БРЭО учебно-боевых самолётов Як-130", 22,
                 "II–IV кв."],
                ["Як-130", "Алжир (экспорт)",
                 "Ремонт блоков авионики самолётов Як-130 ВВС Алжира по экспортному контракту", 9, "III кв."],
                ["SSJ-100", "АО «Авиакомпания «Волга-Камал»»",
                 "Ремонт бортовых блоков по договору (гражданская продукция)", 30, "в течение года"],
            ], "programma_2023_svod.xlsx"),
        ]))

    add(key="canteen-jan", dt=(2023, 1, 18, 8, 30), frm=CANTEEN, to=[ALL],
        subj=("Меню на неделю", "utf-8", "B"), mailer="Roundcube Webmail",
        body=Multi("alternative", [
            Text("Понедельник: суп-лапша, плов. Вторник: борщ, котлеты по-казански. Среда: эчпочмаки.\n",
                 cte="quoted-printable"),
            Text("<html><body><p>Понедельник: суп-лапша, плов.</p><p>Вторник: борщ, котлеты по-казански.</p>"
                 "<p>Среда: эчпочмаки.</p></body></html>\n", subtype="html", cte="quoted-printable"),
        ]))

    add(key="goz-economics", dt=(2023, 1, 24, 10, 40), frm=RINAT, to=[SABIROV_TO],
        subj=("Экономика ГОЗ по Су-30СМ и Як-130", "utf-8", "B"),
        body=Text("Ильдус Мансурович, добрый день!\n\n"
                  "Подготовил оценку по контрактам 2023 года. По Су-30СМ (ремонт с модернизацией БРЭО для ВКС) "
                  "рентабельность выходит 11,4 %, по Як-130 для Воздушно-космических сил — около 9 %, если не "
                  "подорожают комплектующие.\n\n"
                  "Отдельно: экспортный заказ на блоки Як-130 для Алжира даёт нам валютную выручку, но сроки жёсткие, "
                  "штрафы по 0,1 % в день.\n\nПодробный расчёт пришлю следующим письмом.\n\n" + SIG_RINAT + "\n",
                  cte="quoted-printable"))

    add(key="goz-economics-re", dt=(2023, 1, 25, 8, 55), frm=SABIROV, to=[RINAT], reply="goz-economics",
        subj=("Re: Экономика ГОЗ по Су-30СМ и Як-130", "utf-8", "B"),
        body=Text("Ринат Ильдарович, принято. Штрафы по Алжиру обсудим в пятницу на планёрке.\n\n"
                  "И.М. Сабиров\n\n"
                  "24.01.2023 10:40, Хайруллин Ринат Ильдарович пишет:\n"
                  "> Подготовил оценку по контрактам 2023 года. По Су-30СМ (ремонт с модернизацией БРЭО для ВКС) "
                  "рентабельность выходит 11,4 %, по Як-130 для Воздушно-космических сил — около 9 %, если не "
                  "подорожают комплектующие.\n"
                  "> Отдельно: экспортный заказ на блоки Як-130 для Алжира даёт нам валютную выручку, но сроки "
                  "жёсткие, штрафы по 0,1 % в день.\n", cte="8bit"))

    # --- February 2023 ------------------------------------------------------------------
    add(key="it-maint", dt=(2023, 2, 1, 17, 0), frm=IT, to=[ALL],
        subj=("Плановые работы на почтовом сервере 04.02", "utf-8", "Q"),
        body=Text("В субботу, 4 февраля, с 10:00 до 14:00 почта будет недоступна. IT support\n",
                  cte="quoted-printable"))

    add(key="birthday-gd", dt=(2023, 2, 8, 11, 0), frm=PROFKOM, to=[ALL],
        subj=("Поздравляем Ильдуса Мансуровича!", "windows-1251", "B"),
        body=Text("Уважаемые коллеги!\n\n11 февраля генеральному директору АО «Иделькамский авиаприборный завод» "
                  "Ильдусу Мансуровичу Сабирову исполняется 62 года. Поздравительный адрес для Ильдуса Мансуровича "
                  "можно подписать в приёмной до пятницы.\n\nПрофком\n", charset="windows-1251", cte="base64"))

    add(key="valdarno-refusal", dt=(2023, 2, 13, 12, 14), frm=BENVENUTI, to=[RINAT_EN],
        subj=("Vs. ordine n. IAPZ-22/311 – connettori serie CV-38", "utf-8", "Q"), mailer="Microsoft Outlook 16.0",
        body=Text("Gentile dott. Khairullin,\n\n"
                  "facciamo seguito al Vostro sollecito del 6 febbraio relativo all'ordine n. IAPZ-22/311 "
                  "(connettori circolari serie CV-38, 1.800 pezzi).\n\n"
                  "Siamo spiacenti di comunicarVi che, ai sensi del Regolamento (UE) n. 833/2014 e successive "
                  "modifiche, Connettori Valdarno S.p.A. non è in grado di evadere l'ordine né di effettuare "
                  "ulteriori forniture a Idelkamsk Avionics Plant JSC. L'acconto versato Vi sarà restituito entro "
                  "30 giorni.\n\nRestiamo a disposizione per ogni chiarimento.\n\nDistinti saluti,\n\n"
                  "Chiara Benvenuti\nResponsabile Ufficio Export\nConnettori Valdarno S.p.A.\n"
                  "Via delle Fonderie Nuove 14, 50127 Firenze\n", cte="quoted-printable"))

    add(key="valdarno-fwd", dt=(2023, 2, 14, 9, 20), frm=RINAT, to=[SHISH],
        subj=("Fwd: Vs. ordine n. IAPZ-22/311 – connettori serie CV-38", "utf-8", "B"),
        body=Multi("mixed", [
            Text("Андрей Павлович, пересылаю ответ из Флоренции. Итальянцы из «Вальдарно» закрыли дверь "
                 "окончательно: по разъёмам CV-38 поставок больше не будет, ссылаются на евросоюзный регламент 833. "
                 "Аванс обещают вернуть. Подписала Кьяра Бенвенути, начальник экспортного отдела.\n\n"
                 "Нужен аналог — посмотрите, кто ещё делает совместимые по распиновке.\n\nР.Х.\n", cte="base64"),
            Rfc822("valdarno-refusal", "Vs_ordine_IAPZ-22-311.eml"),
        ]))

    add(key="hanseong-refusal", dt=(2023, 2, 17, 6, 2), frm=BAEK, to=[RINAT_EN],
        subj=("RE: PO IAPZ-23/017 - HS-4000 digital oscilloscopes", "us-ascii", None),
        body=Text("Dear Mr. Khayrullin,\n\n"
                  "Thank you for your purchase order IAPZ-23/017 for twelve (12) HS-4000 series digital storage "
                  "oscilloscopes.\n\n"
                  "After review by our compliance team, I regret to inform you that we are unable to accept the "
                  "order. Under the export control measures of the Republic of Korea concerning the Russian "
                  "Federation, shipment of these instruments to your company would require a licence which will "
                  "not be granted. This also applies to delivery through third countries.\n\n"
                  "We apologise for the inconvenience.\n\nBest regards,\n\nBaek Eun-gyeol\nOverseas Sales Manager\n"
                  "Hanseong Instruments Co., Ltd.\nGuro-gu, Seoul, Korea\n", charset="us-ascii", cte="7bit"))

    add(key="osc-memo", dt=(2023, 2, 20, 14, 30), frm=GALIEV, to=[RINAT], cc=[SHISH],
        subj=("Потребность в КИА: осциллографы", "windows-1251", "B"),
        body=Text("Ринат Ильдарович,\n\nпо вашему запросу о потребности в контрольно-измерительной аппаратуре. "
                  "На участке проверки блоков БРЭО из девяти цифровых осциллографов исправны только четыре, два ждут "
                  "ремонта с осени, запчастей к ним нет. Из-за этого проверка каждого комплекта Су-30СМ растягивается "
                  "на лишние двое-трое суток.\n\n"
                  "Рассчитывали на двенадцать новых HS-4000, но корейцы в лице Пэк Ын Гёля ответили отказом — "
                  "экспортный контроль, лицензию им не дадут.\n\n"
                  "Т.Р. Галиев, начальник лаборатории ОТК\n", charset="windows-1251", cte="8bit"))

    add(key="parking", dt=(2023, 2, 22, 10, 0), frm=("Служба безопасности", "sb@iapz.example.ru"), to=[ALL],
        subj=("Пропуска на автостоянку", "utf-8", "B"),
        body=Text("Пропуска на автостоянку на 2023 год выдаются в бюро пропусков с 9 до 16 часов.\n",
                  cte="base64"))

    add(key="wedding-html", dt=(2023, 2, 26, 21, 47), frm=GULYA, to=[RINAT, LIANA_U],
        subj=("Мы расписались!!!", "utf-8", "B"), mailer="Mail.Ru Mobile",
        body=Text("<html><head><meta charset=\"utf-8\"></head><body>"
                  "<p>Мамуля, папуля, привет из Еревана!</p>\n"
                  "<p>Вчера мы с Арамом наконец расписались в ЗАГСе Кентрона, теперь я официально "
                  "Оганесян Гульнара Ринатовна :)</p>\n"
                  "<p>Свадьбу по-армянски будем играть на майские, ждём вас обязательно. Арам передаёт огромный "
                  "привет и говорит вам «шноракалутюн» за всё.</p>\n"
                  "<p>Ваша дочка Гуля</p></body></html>\n", subtype="html", cte="quoted-printable"))

    # --- March 2023 ---------------------------------------------------------------------
    add(key="svitanak-draft", dt=(2023, 3, 1, 11, 5), frm=ZHUK, to=[RINAT],
        subj=("Праект пагаднення аб сумеснай ОКР «Крэчэт»", "utf-8", "B"),
        body=Multi("mixed", [
            Text("Паважаны Рынат Ільдаравіч!\n\n"
                 "Па даручэнні дырэктара ААТ «КБ «Світанак» А.У. Мацкевіча дасылаем праект пагаднення аб сумесным "
                 "выкананні ОКР па стварэнні бартавога рэгістратара палётных даных БРП-21 «Крэчэт». Просім "
                 "разгледзець і накіраваць заўвагі да 15 сакавіка.\n\nЗ павагай,\nСвятлана Жук\n"
                 "вядучы юрысконсульт ААТ «КБ «Світанак»\nг. Мінск\n", cte="8bit"),
            docx([
                "СОГЛАШЕНИЕ № 14/23-СК",
                "о совместном выполнении опытно-конструкторской работы (проект)",
                "г. Минск — г. Иделькамск",
                "Акционерное общество «Иделькамский авиаприборный завод» (АО «ИАПЗ», Российская Федерация), "
                "именуемое в дальнейшем «Сторона 1», в лице генерального директора Сабирова Ильдуса Мансуровича, "
                "и Открытое акционерное общество «Конструкторское бюро «Свитанак» (ОАО «КБ «Свитанак», Республика "
                "Беларусь), именуемое в дальнейшем «Сторона 2», в лице директора Мацкевича Александра "
                "Владимировича, заключили настоящее соглашение о нижеследующем.",
                "1. Предмет. Стороны объединяют усилия для создания защищённого бортового регистратора полётных "
                "данных БРП-21 «Кречет» и последующего освоения его серийного производства.",
                "2. Разделение работ. Сторона 2 разрабатывает программное обеспечение и защищённый накопитель; "
                "Сторона 1 — блок сопряжения, изготовление опытных образцов и испытания.",
                "3. Финансирование. Сторона 1 несёт шестьдесят (60) процентов затрат на ОКР, Сторона 2 — сорок "
                "(40) процентов.",
                "4. Права на результаты работ принадлежат Сторонам совместно.",
            ], "Soglashenie_14-23-SK_proekt.docx"),
        ]))

    add(key="krechet-summary", dt=(2023, 3, 3, 16, 20), frm=RINAT, to=[SABIROV_TO],
        subj=("Кречет: проект соглашения с минчанами", "utf-8", "B"),
        body=Text("Ильдус Мансурович,\n\n"
                  "минчане прислали проект соглашения по регистратору «Кречет». Схема такая: они пишут софт и делают "
                  "защищённый накопитель, мы — блок сопряжения, опытные образцы и испытания. Платим мы 60 %, "
                  "Свитанак — 40 %.\n\n"
                  "Я бы попробовал сдвинуть до 70 на 30 в нашу пользу — за права на серию, но это торг.\n\n"
                  "Р.И.\n", cte="base64"))

    add(key="krechet-summary-re", dt=(2023, 3, 4, 9, 10), frm=SABIROV, to=[RINAT], reply="krechet-summary",
        subj=("Re: Кречет: проект соглашения с минчанами", "utf-8", "B"),
        body=Text("Торгуйтесь, но без фанатизма: без минского накопителя изделия не будет.\n\n"
                  "> минчане прислали проект соглашения по регистратору «Кречет».\n"
                  "> Платим мы 60 %, Свитанак — 40 %.\n", cte="8bit"))

    add(key="march8", dt=(2023, 3, 6, 12, 0), frm=PROFKOM, to=[ALL],
        subj=("С 8 Марта!", "utf-8", "B"),
        body=Multi("alternative", [
            Text("Дорогие женщины завода! Поздравляем с Международным женским днём!\n", cte="base64"),
            Text("<html><body><p><b>Дорогие женщины завода!</b> Поздравляем с Международным женским днём!</p>"
                 "</body></html>\n", subtype="html", cte="base64"),
        ]))

    add(key="liana-may", dt=(2023, 3, 10, 20, 15), frm=LIANA, to=[RINAT],
        subj=("майские", "koi8-r", "B"), mailer="Mozilla Thunderbird 102.8",
        body=Text("Ринатик,\n\n"
                  "Гулечка опять звонила: свадьба у них 29 апреля, в ресторане в Ереване, потом Арам хочет увезти "
                  "нас на пару дней в Дилижан, в горы. Я посмотрела билеты Казань - Ереван на 28-е, есть прямой "
                  "рейс. Возьми отпуск с 28-го по 10-е, не тяни.\n\n"
                  "И не забудь, что у меня армянский паспорт до 2026 года действует, а российский я меняла в прошлом "
                  "году, так что с документами все в порядке.\n\nЦелую, Лиана\n", charset="koi8-r", cte="8bit"))

    add(key="sahyadri-offer", dt=(2023, 3, 14, 7, 45), frm=KULKARNI, to=[RINAT_EN],
        subj=("Offer SE/IAPZ/0323 - SE-C38 circular connectors (replacement for CV-38)", "us-ascii", None),
        body=Multi("alternative", [
            Text("Dear Mr. Khairullin,\n\n"
                 "Further to your enquiry of 2 March, Sahyadri Electronics Pvt. Ltd. is pleased to offer its SE-C38 "
                 "series circular connectors, which are intermateable with the Valdarno CV-38 series and follow the "
                 "same insert arrangements.\n\n"
                 "All connectors are designed and manufactured at our plant in Pune (India); no EU or US content is "
                 "involved, and we can ship via Mumbai to Moscow or Kazan.\n\n"
                 "Quantity: up to 2,400 pcs, first lot 6 weeks after advance payment. Samples (20 pcs) can be "
                 "dispatched free of charge next week.\n\nKind regards,\n\nDevendra Kulkarni\nExport Manager\n"
                 "Sahyadri Electronics Pvt. Ltd., Pune, India\n", charset="us-ascii", cte="7bit"),
            Text("<html><body><p>Dear Mr. Khairullin,</p>"
                 "<p>Further to your enquiry of 2 March, Sahyadri Electronics Pvt. Ltd. is pleased to offer its SE-C38 "
                 "series circular connectors, which are intermateable with the Valdarno CV-38 series and follow the "
                 "same insert arrangements.</p>"
                 "<p>All connectors are designed and manufactured at our plant in Pune (India); no EU or US content "
                 "is involved, and we can ship via Mumbai to Moscow or Kazan.</p>"
                 "<p>Quantity: up to 2,400 pcs, first lot 6 weeks after advance payment. Samples (20 pcs) can be "
                 "dispatched free of charge next week.</p><p>Kind regards,<br>Devendra Kulkarni<br>Export Manager<br>"
                 "Sahyadri Electronics Pvt. Ltd., Pune, India</p></body></html>\n", subtype="html",
                 charset="us-ascii", cte="quoted-printable"),
        ]))

    add(key="kisharia-offer", dt=(2023, 3, 20, 13, 33), frm=MOKHTARI, to=[RINAT_EN],
        subj=("HS-4000 oscilloscopes available - delivery via Dubai", "us-ascii", None),
        body=Text("Dear Sir,\n\n"
                  "We understand that Hanseong has stopped deliveries to Russia. Kish Aria Trading Co. can arrange "
                  "twelve (12) original HS-4000 oscilloscopes from stock in Dubai, re-labelled and shipped through "
                  "Bandar Abbas and the Caspian route to Astrakhan. Payment in UAE dirhams or Chinese yuan to our "
                  "partner account; documents will show an end user in the UAE.\n\n"
                  "Price: USD 9,850 per unit, delivery 40 days.\n\nBest regards,\n\nFarshid Mokhtari\nSales Director\n"
                  "Kish Aria Trading Co., Kish Island, I.R. Iran\n", charset="us-ascii", cte="7bit"))

    add(key="kisharia-decline", dt=(2023, 3, 21, 9, 2), frm=RINAT_EN, to=[MOKHTARI], reply="kisharia-offer",
        subj=("Re: HS-4000 oscilloscopes available - delivery via Dubai", "us-ascii", None),
        body=Text("Dear Mr. Mokhtari,\n\n"
                  "thank you for the offer. Our company does not purchase equipment through re-export schemes or "
                  "with false end-user documents, so we will not proceed. Please remove our address from your "
                  "mailing list.\n\nR. Khairullin\n\n"
                  "> Kish Aria Trading Co. can arrange twelve (12) original HS-4000 oscilloscopes from stock in Dubai,\n"
                  "> re-labelled and shipped through Bandar Abbas and the Caspian route to Astrakhan.\n",
                  charset="us-ascii", cte="7bit"))

    add(key="kisharia-internal", dt=(2023, 3, 21, 9, 15), frm=RINAT, to=[SHISH], cc=[RSO],
        subj=("Иранское предложение по осциллографам", "utf-8", "B"),
        body=Text("Андрей Павлович, к сведению: иранская Kish Aria (некто Фаршид Мохтари) предлагала корейские "
                  "осциллографы через Дубай с перемаркировкой. Я отказал — это серый реэкспорт с липовым конечным "
                  "пользователем, а отвечать потом нам. Да и фирма, по данным службы безопасности, сама под "
                  "санкциями.\n\nС осциллографами будем выкручиваться ремонтом старых и отечественными приборами.\n\n"
                  "Р.Х.\n", cte="quoted-printable"))

    add(key="samples-ok", dt=(2023, 3, 24, 15, 50), frm=SHISH_1251, to=[RINAT_1251],
        subj=("Образцы SE-C38 от индийцев", "windows-1251", "B"),
        body=Text("Ринат Ильдарович,\n\n"
                  "двадцать образцов разъёмов SE-C38 от индийцев пришли, ОТК проверило: по присоединительным размерам "
                  "и распиновке один в один с итальянскими CV-38, сопротивление изоляции и переходное сопротивление в "
                  "норме, климатику прогоним на следующей неделе. Я за то, чтобы брать у Sahyadri основную партию.\n\n"
                  "А.П. Шишкарёв\nглавный конструктор АО «ИАПЗ»\n", charset="windows-1251",
                  cte="quoted-printable"))

    add(key="digest", dt=(2023, 3, 28, 7, 0), frm=DIGEST, to=[RINAT],
        subj=("Авиапром-Дайджест № 12: санкции и электроника", "utf-8", "B"), mailer="SendPulse",
        body=Text("<html><body><h2>Авиапром-Дайджест № 12</h2>"
                  "<p>Евросоюз включил в десятый пакет ограничений поставки электронных компонентов двойного "
                  "назначения в Россию; эксперты ожидают дефицита разъёмов и измерительных приборов на предприятиях "
                  "отрасли.</p><p>Отписаться от рассылки можно в личном кабинете.</p></body></html>\n",
                  subtype="html", cte="base64"))

    # --- April 2023 ---------------------------------------------------------------------
    add(key="connectors-shop3", dt=(2023, 4, 3, 8, 25), frm=ZARIPOVA, to=[RINAT], cc=[SHISH],
        subj=("Цех 3: нет разъемов", "koi8-r", "B"), mailer="Mozilla Thunderbird 91.4",
        body=Text("Ринат Ильдарович,\n\n"
                  "на складе разъёмов CV-38 ноль, последние 40 штук ушли в жгуты для Су-30СМ. Жгуты для блоков "
                  "Як-130 собирать не из чего, а это алжирский заказ - сроки по контракту с ВВС Алжира горят, девять "
                  "комплектов должны уйти в июле. Итальянских больше не будет из-за санкций, индийские придут не "
                  "раньше мая.\n\nЭ.Ф. Зарипова, начальник цеха 3\n", charset="koi8-r", cte="base64"))

    add(key="connectors-shop3-re", dt=(2023, 4, 4, 10, 5), frm=RINAT, to=[ZARIPOVA], reply="connectors-shop3",
        subj=("Re: Цех 3: нет разъемов", "utf-8", "B"),
        body=Text("Эльвира Фаритовна, индийские на согласовании, договор подпишем на этой неделе. До мая переставьте "
                  "на Як-130 разъёмы из неснижаемого запаса по Су-30СМ, с военпредом я договорюсь.\n\nР.И.\n\n"
                  "> на складе разъёмов CV-38 ноль, последние 40 штук ушли в жгуты для Су-30СМ.\n"
                  "> Жгуты для блоков Як-130 собирать не из чего\n", cte="8bit"))

    add(key="it-password", dt=(2023, 4, 5, 7, 30), frm=IT, to=[RINAT],
        subj=("Password expiry notice", "us-ascii", None),
        body=Text("Your mailbox password expires in 5 days. Please change it from your workstation.\n\nIT support\n",
                  charset="us-ascii", cte="7bit"))

    add(key="sahyadri-accept", dt=(2023, 4, 6, 11, 12), frm=RINAT_EN, to=[KULKARNI], reply="sahyadri-offer",
        subj=("Re: Offer SE/IAPZ/0323 - SE-C38 circular connectors (replacement for CV-38)", "us-ascii", None),
        body=Text("Dear Mr. Kulkarni,\n\n"
                  "the samples have passed our incoming inspection. Idelkamsk Avionics Plant accepts your offer "
                  "SE/IAPZ/0323: please issue a proforma invoice for 2,400 SE-C38 connectors, delivery CPT Kazan.\n\n"
                  "Best regards,\n\nRinat Khairullin\nChief Economist, Idelkamsk Avionics Plant JSC (IAPZ)\n",
                  cte="quoted-printable"))

    add(key="sahyadri-pi", dt=(2023, 4, 11, 8, 40), frm=KULKARNI, to=[RINAT_EN], reply="sahyadri-accept",
        subj=("Proforma invoice PI/2023/0411 - SE-C38 connectors", "us-ascii", None),
        body=Multi("mixed", [
            Text("Dear Mr. Khairullin,\n\nplease find attached our proforma invoice PI/2023/0411.\n\n"
                 "Regards,\nDevendra Kulkarni\nExport Manager\n", charset="us-ascii", cte="7bit"),
            pdf([
                "SAHYADRI ELECTRONICS PVT. LTD.",
                "Plot 27, Industrial Estate Road, Pune 411026, India",
                "PROFORMA INVOICE No. PI/2023/0411    Date: 11.04.2023",
                "Buyer: Idelkamsk Avionics Plant JSC, Idelkamsk, Republic of Tatarstan, Russia",
                "Item 1: SE-C38 circular connectors, intermateable with CV-38, 2400 pcs",
                "Unit price: USD 41.20    Total: USD 98,880.00",
                "Country of origin: India",
                "Terms: 30% advance, balance before shipment; CPT Kazan",
                "Devendra Kulkarni, Export Manager",
            ], "PI_2023_0411.pdf"),
        ]))

    add(key="armenia-notice", dt=(2023, 4, 14, 12, 0), frm=RINAT, to=[RSO], cc=[KADRY],
        subj=("Уведомление о выезде (отпуск 28.04–10.05)", "utf-8", "B"),
        body=Multi("mixed", [
            Text("Прошу принять уведомление о выезде, текст во вложении. Заявление на отпуск передал в бумаге.\n\n"
                 "Р.И. Хайруллин\n", cte="base64"),
            Text("В режимно-секретный отдел АО «ИАПЗ»\n\nУВЕДОМЛЕНИЕ\n\n"
                 "Я, Хайруллин Ринат Ильдарович, главный экономист, уведомляю о выезде в Республику Армению "
                 "(г. Ереван, г. Дилижан) в период ежегодного отпуска с 28.04.2023 по 10.05.2023 с целью участия в "
                 "семейном торжестве.\n"
                 "Выезжаю вместе с супругой, Хайруллиной Лианой Ашотовной.\n\n"
                 "14.04.2023        Р.И. Хайруллин\n", charset="windows-1251", no_charset=True, cte="base64",
                 filename="uvedomlenie.txt"),
        ]))

    add(key="gulya-arrival", dt=(2023, 4, 19, 22, 10), frm=GULYA, to=[RINAT, LIANA_U],
        subj=("Встреча 28-го", "utf-8", "B"), mailer="Mail.Ru Mobile",
        body=Text("Мамуля, папуля!\n\n"
                  "Рейс 28-го прилетает в 14:35 по Еревану, Арам вас встретит в Звартноце на машине. Жить будете у "
                  "нас на Комитаса, а после свадьбы, 1-3 мая, едем все вместе в Дилижан - Арам уже снял домик у "
                  "озера Парз.\n\nГуля\n", cte="8bit"))

    add(key="liana-passports", dt=(2023, 4, 20, 21, 30), frm=LIANA, to=[RINAT],
        subj=("паспорта", "koi8-r", "B"), mailer="Mozilla Thunderbird 102.8",
        body=Text("Ринат, проверь, что в твоей сумке оба моих паспорта: в Ереван лечу как гражданка Армении, по "
                  "армянскому, а обратно в Казань по российскому. С двойным гражданством так проще, на границе "
                  "меньше вопросов.\n\nТвой паспорт тоже положила.\n\nЛ.\n", charset="koi8-r",
                  cte="quoted-printable"))

    add(key="subbotnik", dt=(2023, 4, 24, 9, 0), frm=PROFKOM, to=[ALL],
        subj=("Субботник 29 апреля", "utf-8", "B"),
        body=Text("Коллеги, 29 апреля — общезаводской субботник. Сбор у проходной в 9:00, инвентарь выдаём.\n",
                  cte="base64"))

    # --- May 2023 -----------------------------------------------------------------------
    add(key="back-from-armenia", dt=(2023, 5, 11, 8, 20), frm=RINAT, to=[SHISH],
        subj=("Я на месте", "utf-8", "B"),
        body=Text("Андрей Павлович, я с сегодняшнего дня на работе. Дочку выдали замуж как положено, два дня "
                  "отмечали в Ереване, потом три дня в Дилижане — горы, туман, озеро, телефон не ловит. Сват — "
                  "человек серьёзный, про наш «Кречет» спрашивал, я отшутился.\n\n"
                  "Кулкарни из «Сахьядри» пишет, что первая партия SE-C38 уже отгружена из Мумбаи. Что у нас с "
                  "входным контролем?\n\nР.Х.\n", cte="base64"))

    add(key="svitanak-5050", dt=(2023, 5, 15, 10, 0), frm=MATSK_R, to=[SABIROV_TO], cc=[RINAT],
        subj=("О финансировании ОКР «Кречет»", "windows-1251", "B"),
        body=Text("Уважаемый Ильдус Мансурович!\n\n"
                  "В связи с увеличением объёма работ по защищённому накопителю регистратора БРП-21 «Кречет» "
                  "ОАО «КБ «Свитанак» предлагает перейти к равному участию сторон в финансировании ОКР — по пятьдесят "
                  "процентов каждая сторона — и внести соответствующее изменение в соглашение № 14/23-СК.\n\n"
                  "С уважением,\nДиректор ОАО «КБ «Свитанак» А.В. Мацкевич\n", charset="windows-1251",
                  cte="base64"))

    add(key="svitanak-5050-re", dt=(2023, 5, 17, 17, 40), frm=RINAT, to=[SABIROV_TO], reply="svitanak-5050",
        subj=("Re: О финансировании ОКР «Кречет»", "utf-8", "B"),
        body=Text("Ильдус Мансурович,\n\n"
                  "считал вариант минчан: при пятидесяти процентах у нас выпадает их доля затрат на накопитель, а "
                  "права на серию остаются поровну. Для завода это минус примерно 38 млн руб. Предлагаю не "
                  "соглашаться и обсудить в Минске в июне — я уже созвонился с Мацкевичем, он готов принять нас "
                  "20-22 июня.\n\nР.И. Хайруллин\n\n"
                  "> ОАО «КБ «Свитанак» предлагает перейти к равному участию сторон в финансировании ОКР\n",
                  cte="8bit"))

    add(key="aram-thanks", dt=(2023, 5, 25, 20, 5), frm=ARAM, to=[RINAT],
        subj=("Спасибо!", "utf-8", "B"), mailer="Gmail Mobile",
        body=Text("Ринат Ильдарович, добрый вечер!\n\n"
                  "Деньги пришли, спасибо огромное — пойдут на ремонт квартиры, Гуля уже выбирает обои.\n\n"
                  "Про ваш вопрос: нет, российское гражданство я оформлять не собираюсь, мне и с армянским паспортом "
                  "хорошо, а к вам в Иделькамск можно ездить и так.\n\nС уважением,\nАрам\n\n--\n"
                  "Aram Hovhannisyan | Արամ Հովհաննիսյան\nYerevan\n", cte="base64"))

    add(key="budget-meeting", dt=(2023, 5, 29, 15, 0), frm=NURIEVA, to=[RINAT],
        subj=("Совещание по бюджету 2024 — перенос", "utf-8", "B"),
        body=Text("Ринат Ильдарович, совещание по бюджету 2024 переносится на 1 июня, 14:00, зал 2.\n\nАлина\n",
                  cte="quoted-printable"))

    # --- June 2023 ----------------------------------------------------------------------
    add(key="minsk-order", dt=(2023, 6, 5, 14, 10), frm=KADRY, to=[RINAT, SHISH],
        subj=("Приказ № 312-к о командировке", "utf-8", "B"),
        body=Multi("mixed", [
            Text("Направляем копию приказа для ознакомления.\n\nОтдел кадров\n", cte="quoted-printable"),
            docx([
                "АКЦИОНЕРНОЕ ОБЩЕСТВО «ИДЕЛЬКАМСКИЙ АВИАПРИБОРНЫЙ ЗАВОД»",
                "ПРИКАЗ № 312-к от 05.06.2023",
                "О направлении работников в служебную командировку",
                "ПРИКАЗЫВАЮ:",
                "1. Направить в служебную командировку в г. Минск (Республика Беларусь), в ОАО «КБ «Свитанак», "
                "с 19.06.2023 по 23.06.2023 сроком на 5 календарных дней:",
                "— Хайруллина Рината Ильдаровича, главного экономиста;",
                "— Шишкарёва Андрея Павловича, главного конструктора.",
                "2. Цель командировки: переговоры о распределении затрат на совместную ОКР «Кречет» (бортовой "
                "регистратор БРП-21).",
                "3. Бухгалтерии выдать аванс на командировочные расходы.",
                "Генеральный директор И.М. Сабиров",
            ], "Prikaz_312-k.docx"),
        ]))

    add(key="minsk-passes", dt=(2023, 6, 7, 9, 30), frm=RINAT_1251, to=[ZHUK],
        subj=("Данные для пропусков", "windows-1251", "B"),
        body=Text("Святлана, добрый день!\n\n"
                  "Для оформления пропусков и гостиницы в Минске направляю наши данные:\n"
                  "1) Хайруллин Ринат Ильдарович, 17.04.1968 г.р., гражданин Российской Федерации, паспорт "
                  "92 15 604418;\n"
                  "2) Шишкарёв Андрей Павлович, 03.12.1974 г.р., гражданин Российской Федерации, паспорт "
                  "92 19 227305.\n\n"
                  "Прилетаем 19 июня рейсом из Казани, улетаем 23-го.\n\nР.И. Хайруллин\n",
                  charset="windows-1251", cte="quoted-printable"))

    add(key="minsk-passes-re", dt=(2023, 6, 8, 10, 45), frm=ZHUK, to=[RINAT], reply="minsk-passes",
        subj=("Re: Данные для пропусков", "utf-8", "B"),
        body=Text("Рынат Ільдаравіч, дзякуй! Пропускі і гасцініцу «Прыгарад» забраніравалі на 19–23 чэрвеня. "
                  "Сустрэча з Аляксандрам Уладзіміравічам — 20 чэрвеня а 10:00.\n\nС. Жук\n", cte="8bit"))

    add(key="antalya-booking", dt=(2023, 6, 14, 16, 0), frm=IDELTOUR, to=[RINAT],
        subj=("Подтверждение тура: Анталья, 12–22.08.2023", "utf-8", "B"),
        body=Text("Ринат Ильдарович, здравствуйте!\n\n"
                  "Подтверждаем бронирование тура для Хайруллина Рината и Хайруллиной Лианы: Анталья, отель "
                  "Lara Sunset 5*, 12.08–22.08.2023, вылет из Казани. Остаток оплаты — до 20 июля.\n\n"
                  "Резеда Гилязова, Идель-Тур\n", cte="base64"))

    add(key="minsk-report", dt=(2023, 6, 26, 11, 30), frm=RINAT, to=[SABIROV_TO], cc=[SHISH],
        subj=("Итоги поездки в Минск", "utf-8", "B"),
        body=Text("Ильдус Мансурович,\n\n"
                  "докладываю итоги поездки в Минск (20–22 июня, КБ «Свитанак»).\n"
                  "1. Мацкевич снял с повестки вариант «пятьдесят на пятьдесят»: письменный отзыв предложения "
                  "пришлют в июле.\n"
                  "2. Наш вариант 70/30 минчане тоже не приняли.\n"
                  "3. Сошлись на том, что завод берёт на себя наземную станцию считывания данных, а наша доля в "
                  "финансировании ОКР «Кречет» поднимается до 65 %, у Свитанака — 35 %. Оформим допсоглашением № 1.\n"
                  "4. Шишкарёв согласовал с их главным конструктором график испытаний опытных образцов.\n\n"
                  "Р.И. Хайруллин\n", cte="quoted-printable"))

    # --- July 2023 ----------------------------------------------------------------------
    add(key="antalya-cancel", dt=(2023, 7, 19, 9, 40), frm=RINAT, to=[IDELTOUR], reply="antalya-booking",
        subj=("Re: Подтверждение тура: Анталья, 12–22.08.2023", "utf-8", "B"),
        body=Text("Резеда, добрый день. Тур в Анталью, к сожалению, аннулируйте: в августе у меня закрытие "
                  "полугодия и ревизия, а жену одну не отпущу. Штраф за аннуляцию удержите из предоплаты.\n\n"
                  "Р. Хайруллин\n\n"
                  "> Подтверждаем бронирование тура для Хайруллина Рината и Хайруллиной Лианы: Анталья, отель "
                  "Lara Sunset 5*, 12.08–22.08.2023\n", cte="8bit"))

    add(key="antalya-cancelled", dt=(2023, 7, 20, 12, 10), frm=IDELTOUR, to=[RINAT], reply="antalya-cancel",
        subj=("Аннуляция тура № 2306-114", "utf-8", "Q"),
        body=Text("Ринат Ильдарович, тур № 2306-114 аннулирован, возврат 118 400 руб. поступит на карту в течение "
                  "10 дней.\n\nИдель-Тур\n", cte="quoted-printable"))

    add(key="liana-turkey", dt=(2023, 7, 21, 19, 0), frm=LIANA, to=[RINAT],
        subj=("Турция", "koi8-r", "B"), mailer="Mozilla Thunderbird 102.8",
        body=Text("Жалко, конечно, Турцию, я уже купальник купила. Ну ничего, может, осенью куда-нибудь выберемся - "
                  "Гуля хвалит Таиланд.\n\nЛ.\n", charset="koi8-r", cte="8bit"))

    add(key="krechet-supp", dt=(2023, 7, 26, 10, 15), frm=ZHUK, to=[RINAT],
        subj=("Дадатковае пагадненне № 1 да пагаднення № 14/23-СК", "utf-8", "B"),
        body=Multi("mixed", [
            Text("Рынат Ільдаравіч, дасылаем падпісанае з нашага боку дадатковае пагадненне № 1 да пагаднення "
                 "№ 14/23-СК. Просім падпісаць і вярнуць скан.\n\nС. Жук\n", cte="base64"),
            docx([
                "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 1",
                "к соглашению № 14/23-СК о совместном выполнении ОКР «Кречет» (БРП-21)",
                "г. Минск, 24.07.2023",
                "АО «Иделькамский авиаприборный завод» (Сторона 1) и ОАО «Конструкторское бюро «Свитанак» "
                "(Сторона 2) договорились изложить пункт 3 соглашения в следующей редакции:",
                "«3. Финансирование. Сторона 1 несёт шестьдесят пять (65) процентов затрат на ОКР, Сторона 2 — "
                "тридцать пять (35) процентов. Сторона 1 дополнительно разрабатывает наземную станцию считывания и "
                "обработки полётных данных.»",
                "Предложение Стороны 2 от 15.05.2023 о равном финансировании считается отозванным.",
                "От Стороны 1: Генеральный директор И.М. Сабиров",
                "От Стороны 2: Директор А.В. Мацкевич",
            ], "Dop_soglashenie_1.docx"),
        ]))

    add(key="krechet-budget", dt=(2023, 7, 28, 14, 0), frm=RINAT_1251, to=[NURIEVA],
        subj=("Кречет — бюджет с III квартала", "windows-1251", "B"),
        body=Text("Алина, по «Кречету» с третьего квартала наша доля — шестьдесят пять процентов (было шестьдесят), "
                  "плюс наземная станция целиком на нас. Перепишите, пожалуйста, смету ОКР и график платежей в адрес "
                  "минского КБ.\n\nР.И.\n", charset="windows-1251", cte="8bit"))

    # --- August 2023 --------------------------------------------------------------------
    add(key="algeria-act", dt=(2023, 8, 14, 15, 20), frm=MUKH, to=[RINAT],
        subj=("Алжир: акт сдачи-приёмки второго этапа", "utf-8", "Q"),
        body=Text("Ринат Ильдарович,\n\n"
                  "по контракту № DZ-0917/22 подписан акт сдачи-приёмки второго этапа: заказчику — ВВС Алжирской "
                  "Народной Демократической Республики — переданы девять отремонтированных комплектов блоков авионики "
                  "Як-130 и четыре модернизированных блока индикации для Су-30МКА. Счёт на вторую часть оплаты "
                  "выставлен.\n\n"
                  "Двое наших регулировщиков на прошлой неделе улетели в Алжир на шефмонтаж, командировочные по ним я "
                  "передал в бухгалтерию.\n\n"
                  "К.Р. Мухаметзянов\nначальник отдела ВЭД Иделькамского авиаприборного завода\n",
                  cte="quoted-printable"))

    add(key="hot-water", dt=(2023, 8, 21, 8, 0), frm=("АХО", "aho@iapz.example.ru"), to=[ALL],
        subj=("Отключение горячей воды", "utf-8", "B"),
        body=Text("С 22 по 25 августа в здании заводоуправления не будет горячей воды.\n", cte="base64"))

    add(key="anketa-request", dt=(2023, 8, 28, 9, 0), frm=RSO, to=[("Хайруллину Р.И.", "r.khairullin@iapz.example.ru")],
        subj=("Актуализация анкеты", "utf-8", "B"),
        body=Text("Ринат Ильдарович, в связи с переоформлением допуска просим до 1 сентября заполнить анкету и "
                  "указать изменения в составе семьи и выезды за границу за последний год.\n\nРСО\n", cte="base64"))

    add(key="anketa", dt=(2023, 8, 31, 16, 45), frm=RINAT, to=[RSO], reply="anketa-request",
        subj=("Re: Актуализация анкеты", "utf-8", "B"),
        body=Multi("mixed", [
            Text("Анкета во вложении. Изменения: дочь вышла замуж и живёт в Ереване; в Турцию поездка не состоялась "
                 "(тур аннулирован).\n\nР.И. Хайруллин\n", cte="8bit"),
            docx([
                "АНКЕТА (извлечение: разделы 1, 9, 10)",
                "1. Фамилия, имя, отчество: Хайруллин Ринат Ильдарович",
                "Дата и место рождения: 17.04.1968, г. Иделькамск Республики Татарстан",
                "Гражданство: Российская Федерация. Иного гражданства, вида на жительство в иностранном государстве "
                "не имею.",
                "Место работы и должность: АО «Иделькамский авиаприборный завод», главный экономист (с 2011 г.)",
                "9. Близкие родственники:",
                "Жена — Хайруллина (Товмасян) Лиана Ашотовна, 05.06.1970 г.р., уроженка г. Еревана; гражданство: "
                "Российская Федерация, Республика Армения.",
                "Дочь — Оганесян (до брака Хайруллина) Гульнара Ринатовна, 14.01.1995 г.р.; гражданство: Российская "
                "Федерация; проживает в г. Ереване по виду на жительство Республики Армения.",
                "Зять (муж дочери) — Оганесян Арам Серобович, 02.09.1994 г.р., гражданин Республики Армения, "
                "программист.",
                "Сестра — Мингазова (Хайруллина) Альфия Ильдаровна, 1972 г.р., г. Казань.",
                "10. Выезды за границу за последние 12 месяцев:",
                "Республика Армения (г. Ереван, г. Дилижан), 28.04.2023–10.05.2023, частная поездка с женой;",
                "Республика Беларусь (г. Минск), 19.06.2023–23.06.2023, служебная командировка.",
                "Поездка в Турецкую Республику (август 2023 г.) не состоялась.",
            ], "Anketa_Khairullin_2023.docx"),
        ]))

    # --- September 2023 -----------------------------------------------------------------
    add(key="moscow-order", dt=(2023, 9, 4, 13, 0), frm=KADRY, to=[RINAT],
        subj=("Командировка в Москву 11–13.09", "utf-8", "B"),
        body=Text("Ринат Ильдарович, согласно приказу № 455-к вы направляетесь в командировку в г. Москву (холдинг, "
                  "защита бюджета ГОЗ на 2024 год) с 11.09.2023 по 13.09.2023. Билеты Казань — Москва — Казань "
                  "оформлены, маршрут-квитанция у бухгалтерии.\n\nОтдел кадров\n", cte="quoted-printable"))

    add(key="moscow-back", dt=(2023, 9, 14, 9, 10), frm=RINAT, to=[SHISH],
        subj=("Из Москвы", "utf-8", "B"),
        body=Text("Андрей Павлович, вернулся из Москвы. Бюджет на 2024-й защитили, но с урезанием по КИА. В холдинге "
                  "намекали, что если вьетнамцы всё-таки закажут ремонт БРЭО на своих Су-30МК2, загрузка у нас будет "
                  "под завязку, но пока ни заявки, ни контракта нет — одни разговоры.\n\n"
                  "По осциллографам денег дали только на ремонт двух старых.\n\nР.Х.\n", cte="base64"))

    add(key="goz-8months", dt=(2023, 9, 18, 10, 0), frm=RINAT_1251, to=[SABIROV_TO],
        subj=("Справка о выполнении ГОЗ на 01.09.2023", "windows-1251", "B"),
        body=Text("Ильдус Мансурович,\n\n"
                  "справка по гособоронзаказу на 01.09.2023: военное представительство приняло после ремонта и "
                  "модернизации восемь комплектов БРЭО Су-30СМ из четырнадцати и шестнадцать комплектов блоков Як-130 "
                  "из двадцати двух; все изделия — для частей ВКС. Отставание по Су-30СМ — из-за нехватки "
                  "контрольной аппаратуры, прежде всего осциллографов.\n\n"
                  "Гражданский договор с «Волга-Камал» по блокам SSJ-100 выполнен на 70 %.\n\nР.И. Хайруллин\n",
                  charset="windows-1251", cte="base64"))

    add(key="liana-landed", dt=(2023, 9, 21, 18, 20), frm=LIANA, to=[RINAT],
        subj=("Долетела", "koi8-r", "B"), mailer="Mozilla Thunderbird 102.8",
        body=Text("Ринатик, долетела, все хорошо. Гуля с Арамом встретили в Звартноце, в Ереване +27, солнце. Побуду у "
                  "них до 4 октября, как договаривались, помогу с ремонтом. Котлеты в морозилке, не голодай.\n\n"
                  "Твоя Ляля\n", charset="koi8-r", cte="base64"))

    add(key="friday-meeting", dt=(2023, 9, 25, 12, 30), frm=RINAT, to=[SHISH],
        subj=("Re: совещание в пятницу", "utf-8", "B"),
        body=Text("Андрей Павлович, в пятницу могу хоть до ночи — жена сейчас в Ереване у дочки, до 4 октября я "
                  "холостяк.\n\nР.Х.\n", cte="8bit"))

    # --- October 2023 -------------------------------------------------------------------
    add(key="osc-october", dt=(2023, 10, 16, 11, 0), frm=GALIEV, to=[RINAT],
        subj=("Осциллографы: ситуация на октябрь", "koi8-r", "B"),
        body=Text("Ринат Ильдарович,\n\n"
                  "ситуация с осциллографами не улучшилась: после ремонта двух старых в строю шесть приборов на весь "
                  "участок, очередь на проверку блоков Су-30СМ - три недели. Отечественные аналоги заказаны, но "
                  "завод-изготовитель обещает их не раньше марта.\n\n"
                  "С паяльными станциями и мультиметрами, для справки, проблем нет.\n\nТ.Р. Галиев\n",
                  charset="koi8-r", cte="quoted-printable"))

    # --- November 2023 ------------------------------------------------------------------
    add(key="alfiya-jubilee", dt=(2023, 11, 1, 19, 40), frm=ALFIYA, to=[RINAT],
        subj=("Әнигә 80 яшь", "utf-8", "B"), mailer="Yandex Mail",
        body=Text("Ринат абый, исәнме!\n\n"
                  "Напоминаю: 2 декабря у әни юбилей, 80 лет, собираемся у нас в Казани. Ты же её единственный сын, "
                  "без тебя никак — скажи Лиане, чтобы тоже приезжала.\n\n"
                  "Мы с Ильшатом в этом году никуда за границу не едем, так что я вся в подготовке.\n\n"
                  "Твоя сестрёнка Альфия\n", cte="base64"))

    add(key="alfiya-jubilee-re", dt=(2023, 11, 3, 8, 15), frm=RINAT, to=[ALFIYA], reply="alfiya-jubilee",
        subj=("Re: Әнигә 80 яшь", "utf-8", "Q"),
        body=Text("Альфия, конечно буду, сестрёнка. Только имей в виду: с 14 по 26 ноября мы с Лианой на Пхукете, "
                  "путёвку взяли ещё в октябре. Ко второму декабря вернёмся.\n\nР.\n\n"
                  "> Твоя сестрёнка Альфия\n", cte="quoted-printable"))

    add(key="phuket-postcard", dt=(2023, 11, 20, 13, 5), frm=LIANA, to=[GULYA], cc=[RINAT],
        subj=("Пхукет", "koi8-r", "B"), mailer="Mozilla Thunderbird 102.8",
        body=Text("Доченька, привет с Пхукета! Море теплое, как суп, папа обгорел в первый же день и теперь ходит в "
                  "футболке. Отель хороший, на Кате, завтракаем на террасе.\n\n"
                  "Целуем вас с Арамом, мама\n", charset="koi8-r", cte="8bit"))

    add(key="back-from-phuket", dt=(2023, 11, 28, 8, 5), frm=RINAT, to=[SHISH],
        subj=("Вышел", "utf-8", "B"),
        body=Text("Андрей Павлович, вышел после отпуска. Пхукет — рекомендую: двенадцать дней без почты и "
                  "совещаний, жена довольна. Что горит?\n\nР.Х.\n", cte="base64"))

    # --- December 2023 ------------------------------------------------------------------
    add(key="party", dt=(2023, 12, 5, 10, 0), frm=PROFKOM, to=[ALL],
        subj=("Новогодний вечер 27 декабря", "utf-8", "B"),
        body=Multi("alternative", [
            Text("Новогодний вечер для сотрудников — 27 декабря в ДК «Идель», начало в 18:00.\n", cte="base64"),
            Text("<html><body><p>Новогодний вечер для сотрудников — <b>27 декабря</b> в ДК «Идель», начало в "
                 "18:00.</p></body></html>\n", subtype="html", cte="base64"),
        ]))

    add(key="webinar", dt=(2023, 12, 11, 6, 0), frm=WEBINAR, to=[RINAT_EN],
        subj=("Webinar: cost accounting for MRO providers", "us-ascii", None),
        body=Text("Join our free webinar on cost accounting for maintenance, repair and overhaul providers on "
                  "14 December.\n", charset="us-ascii", cte="7bit"))

    add(key="gulya-docs", dt=(2023, 12, 15, 22, 30), frm=GULYA, to=[RINAT],
        subj=("Про документы", "utf-8", "B"), mailer="Mail.Ru Mobile",
        body=Text("Папа, ты спрашивал про документы. Я по-прежнему гражданка России, армянского гражданства у меня "
                  "нет — только карточка резидента, её продлили до 2028 года. Арам говорит, подавать на гражданство "
                  "Армении можно будет через три года брака, но я пока не решила.\n\n"
                  "Кстати, у знакомой Арама муж недавно получил гражданство Армении за две недели — но это через "
                  "репатриацию, нам не подходит.\n\nГуля\n", cte="quoted-printable"))

    # --- loose messages -----------------------------------------------------------------
    add(key="svitanak-withdraw", loose="001.eml", dt=(2023, 7, 10, 9, 0), frm=MATSK, to=[SABIROV_TO],
        cc=[RINAT], subj=("Аб адкліканні прапановы ад 15.05.2023", "windows-1251", "B"),
        body=Text("Паважаны Ільдус Мансуравіч!\n\n"
                  "ААТ «Канструктарскае бюро «Світанак» адклікае сваю прапанову ад 15.05.2023 № 112 аб парытэтным "
                  "(50 на 50) фінансаванні ОКР па рэгістратары БРП-21 «Крэчэт». Размеркаванне выдаткаў паміж ААТ "
                  "«КБ «Світанак» і АА «Ідэлькамскі авіяпрыборны завод», абмеркаванае ў Мінску 20–22 чэрвеня, будзе "
                  "зафіксавана ў дадатковым пагадненні № 1.\n\nЗ павагай,\n"
                  "Дырэктар ААТ «КБ «Світанак» А.У. Мацкевіч\n", charset="windows-1251", cte="quoted-printable"))

    add(key="bank-transfer", loose="002.eml", dt=(2023, 5, 22, 13, 17), frm=BANK, to=[RINAT],
        subj=("Перевод отправлен", "utf-8", "Q"), mailer="Kamabank Notifier",
        body=Text("Уважаемый Ринат Ильдарович!\n\nВаш перевод № 7731-0522-4418 отправлен.\n\n"
                  "Получатель: HOVHANNISYAN ARAM\nДата рождения получателя: 02.09.1994\n"
                  "Гражданство получателя: Армения\nСтрана выплаты: Армения, г. Ереван\n"
                  "Сумма: 150 000,00 RUB\nКомиссия: 0,00 RUB\n\n"
                  "Камабанк. Это письмо сформировано автоматически.\n", cte="quoted-printable"))

    add(key="phuket-booking", loose="003.eml", dt=(2023, 10, 3, 12, 44), frm=HOTEL, to=[RINAT_EN],
        subj=("Booking confirmation KBR-231114-0772", "us-ascii", None), mailer="Opera PMS",
        body=Multi("mixed", [
            Multi("alternative", [
                Text("Dear Mr. Khairullin,\n\n"
                     "Thank you for choosing Kata Breeze Resort, Phuket. We are pleased to confirm your reservation.\n\n"
                     "Confirmation No.: KBR-231114-0772\n"
                     "Guests: Mr. Rinat Khairullin, Mrs. Liana Khayrullina\n"
                     "Room: Deluxe Sea View, 1 room, 2 adults\n"
                     "Arrival: 14 November 2023 / Departure: 26 November 2023 (12 nights)\n"
                     "Airport transfer from Phuket International Airport is included.\n\n"
                     "For registration with the Thai immigration authorities please present both passports at "
                     "check-in. Nationality as per passport copies received: Mr. Khairullin - Russian Federation; "
                     "Mrs. Khayrullina - Republic of Armenia.\n\nWarm regards,\nPimchanok S., Reservations\n",
                     charset="us-ascii", cte="quoted-printable"),
                Text("<html><body><p>Dear Mr. Khairullin,</p><p>Thank you for choosing Kata Breeze Resort, Phuket. "
                     "We are pleased to confirm your reservation.</p><table>"
                     "<tr><td>Confirmation No.: KBR-231114-0772</td></tr>"
                     "<tr><td>Guests: Mr. Rinat Khairullin, Mrs. Liana Khayrullina</td></tr>"
                     "<tr><td>Room: Deluxe Sea View, 1 room, 2 adults</td></tr>"
                     "<tr><td>Arrival: 14 November 2023 / Departure: 26 November 2023 (12 nights)</td></tr>"
                     "</table><p>Airport transfer from Phuket International Airport is included.</p>"
                     "<p>For registration with the Thai immigration authorities please present both passports at "
                     "check-in. Nationality as per passport copies received: Mr. Khairullin - Russian Federation; "
                     "Mrs. Khayrullina - Republic of Armenia.</p><p>Warm regards,<br>Pimchanok S., Reservations</p>"
                     "</body></html>\n", subtype="html", charset="us-ascii", cte="base64"),
            ]),
            pdf([
                "HOTEL VOUCHER KBR-231114-0772",
                "Kata Breeze Resort, Kata Beach, Phuket, Thailand",
                "Guest: KHAIRULLIN RINAT / KHAYRULLINA LIANA",
                "Check-in: 14 NOV 2023    Check-out: 26 NOV 2023",
                "Deluxe Sea View, breakfast included",
            ], "Voucher_KBR-231114-0772.pdf"),
        ]))
    return S


# ----------------------------------------------------------------------------------------
# the truth
# ----------------------------------------------------------------------------------------

ENTITIES = [
    dict(id="p_rinat", schema="Person", name="Rinat Khairullin", names=[
        "Хайруллин Ринат Ильдарович", "Хайруллин Р.И.", "Хайруллину Р.И.", "Р.И. Хайруллин", "Р. Хайруллин",
        "Ринат Ильдарович", "Хайруллина Рината Ильдаровича", "Хайруллина Рината", "Ринатик", "Ринат",
        "Ринат абый", "Рынат Ільдаравіч", "Р.И.", "Р.Х.", "Rinat Khairullin", "R. Khairullin", "Mr. Khairullin",
        "Mr. Khayrullin", "dott. Khairullin", "Khairullin", "KHAIRULLIN RINAT"],
        properties={"email": ["r.khairullin@iapz.example.ru"], "birthDate": ["1968-04-17"],
                    "citizenship": ["ru"]}),
    dict(id="p_liana", schema="Person", name="Liana Khayrullina", names=[
        "Лиана Хайруллина", "Лиана Ашотовна", "Хайруллиной Лианой Ашотовной", "Хайруллиной Лианы", "Лиана",
        "Лиане", "Лианой", "Ляля", "Liana Khayrullina", "Mrs. Liana Khayrullina", "Mrs. Khayrullina",
        "KHAYRULLINA LIANA"],
        properties={"email": ["liana.tovmasyan@mail.example.ru"], "birthDate": ["1970-06-05"],
                    "citizenship": ["ru", "am"]}),
    dict(id="p_gulnara", schema="Person", name="Gulnara Hovhannisyan", names=[
        "Gulnara Hovhannisyan", "Оганесян Гульнара Ринатовна", "Гульнара Ринатовна", "Гуля", "Гулечка"],
        properties={"email": ["gulya.hovhannisyan@mail.example.am"], "birthDate": ["1995-01-14"],
                    "citizenship": ["ru"]}),
    dict(id="p_aram", schema="Person", name="Aram Hovhannisyan", names=[
        "Aram Hovhannisyan", "Aram Ovanesyan", "Արամ Հովհաննիսյան", "HOVHANNISYAN ARAM",
        "Оганесян Арам Серобович", "Арам", "Арамом", "Арама"],
        properties={"email": ["aram.ovanesyan@mail.example.am"], "birthDate": ["1994-09-02"],
                    "citizenship": ["am"]}),
    dict(id="p_alfiya", schema="Person", name="Alfiya Mingazova", names=[
        "Альфия Мингазова", "Альфия Ильдаровна", "Альфия"],
        properties={"email": ["alfiya.mingazova@mail.example.ru"]}),
    dict(id="p_sabirov", schema="Person", name="Ildus Sabirov", names=[
        "Сабиров И.М.", "Сабирову И.М.", "И.М. Сабиров", "Ильдус Мансурович", "Ильдуса Мансуровича",
        "Ильдусу Мансуровичу Сабирову", "Сабирова Ильдуса Мансуровича", "Ільдус Мансуравіч"],
        properties={"email": ["i.sabirov@iapz.example.ru"], "birthDate": ["1961-02-11"]}),
    dict(id="p_shishkarev", schema="Person", name="Andrei Shishkarev", names=[
        "Шишкарёв Андрей Павлович", "Шишкарев А.П.", "А.П. Шишкарёв", "Шишкарёв", "Андрей Павлович",
        "Шишкарёва Андрея Павловича"],
        properties={"email": ["a.shishkarev@iapz.example.ru"], "birthDate": ["1974-12-03"]}),
    dict(id="p_matskevich", schema="Person", name="Aliaksandr Matskevich", names=[
        "Мацкевіч А.У.", "Мацкевич А.В.", "А.В. Мацкевич", "А.У. Мацкевіч", "А.У. Мацкевіча",
        "Мацкевича Александра Владимировича", "Мацкевич", "Мацкевичем", "Аляксандрам Уладзіміравічам"],
        properties={"email": ["a.matskevich@kb-svitanak.example.by"]}),
    dict(id="p_kulkarni", schema="Person", name="Devendra Kulkarni", names=[
        "Devendra Kulkarni", "Mr. Kulkarni", "Кулкарни"], properties={"email": ["d.kulkarni@sahyadri.example.in"]}),
    dict(id="p_benvenuti", schema="Person", name="Chiara Benvenuti", names=[
        "Chiara Benvenuti", "Кьяра Бенвенути"], properties={"email": ["c.benvenuti@valdarno.example.it"]}),
    dict(id="p_baek", schema="Person", name="Baek Eun-gyeol", names=[
        "Baek Eun-gyeol", "Пэк Ын Гёля"], properties={"email": ["eg.baek@hanseong.example.kr"]}),
    dict(id="p_mokhtari", schema="Person", name="Farshid Mokhtari", names=[
        "Farshid Mokhtari", "Mr. Mokhtari", "Фаршид Мохтари"], properties={"email": ["f.mokhtari@kisharia.example.ir"]}),
    dict(id="o_iapz", schema="Company", name="Idelkamsk Avionics Plant", names=[
        "АО «Иделькамский авиаприборный завод»", "Акционерное общество «Иделькамский авиаприборный завод»",
        "Иделькамский авиаприборный завод",
        "Иделькамского авиаприборного завода", "АО «ИАПЗ»", "ИАПЗ", "Idelkamsk Avionics Plant JSC",
        "Idelkamsk Avionics Plant", "IAPZ", "АА «Ідэлькамскі авіяпрыборны завод»", "Ідэлькамскі авіяпрыборны завод"],
        properties={"country": ["ru"], "address": ["Idelkamsk, Republic of Tatarstan"]}),
    dict(id="o_svitanak", schema="Company", name="Svitanak Design Bureau", names=[
        "ОАО «КБ «Свитанак»", "ОАО «Конструкторское бюро «Свитанак»",
        "Открытое акционерное общество «Конструкторское бюро «Свитанак»", "КБ «Свитанак»", "Свитанак",
        "Свитанака", "ААТ «КБ «Світанак»", "ААТ «Канструктарскае бюро «Світанак»", "КБ «Світанак»"],
        properties={"country": ["by"], "address": ["Minsk"]}),
    dict(id="o_valdarno", schema="Company", name="Connettori Valdarno S.p.A.", names=[
        "Connettori Valdarno S.p.A.", "Connettori Valdarno", "Valdarno", "«Вальдарно»", "Вальдарно"],
        properties={"country": ["it"], "address": ["Firenze"]}),
    dict(id="o_hanseong", schema="Company", name="Hanseong Instruments Co., Ltd.", names=[
        "Hanseong Instruments Co., Ltd.", "Hanseong Instruments", "Hanseong"],
        properties={"country": ["kr"], "address": ["Seoul"]}),
    dict(id="o_sahyadri", schema="Company", name="Sahyadri Electronics Pvt. Ltd.", names=[
        "Sahyadri Electronics Pvt. Ltd.", "Sahyadri Electronics", "Sahyadri", "«Сахьядри»", "Сахьядри"],
        properties={"country": ["in"], "address": ["Pune"]}),
    dict(id="o_kisharia", schema="Company", name="Kish Aria Trading Co.", names=[
        "Kish Aria Trading Co.", "Kish Aria Trading", "Kish Aria"],
        properties={"country": ["ir"], "address": ["Kish Island"]}),
]

WATCHLIST = [
    {"id": "wl-ru-7731", "schema": "Company", "caption": "IDELKAMSK AVIONICS PLANT JSC",
     "properties": {"name": ["IDELKAMSK AVIONICS PLANT JSC"],
                    "alias": ["АО «Иделькамский авиаприборный завод»", "IAPZ", "АО «ИАПЗ»"],
                    "country": ["ru"], "address": ["Idelkamsk, Republic of Tatarstan, Russia"],
                    "sector": ["avionics repair"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-7738", "schema": "Company", "caption": "IDELKAMSK MACHINE-BUILDING PLANT JSC",
     "properties": {"name": ["IDELKAMSK MACHINE-BUILDING PLANT JSC"],
                    "alias": ["АО «Иделькамский машиностроительный завод»", "IMZ"],
                    "country": ["ru"], "address": ["Idelkamsk, Republic of Tatarstan, Russia"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ru-7740", "schema": "Person", "caption": "SABIROV, Ildus Mansurovich",
     "properties": {"name": ["SABIROV, Ildus Mansurovich"], "alias": ["Сабиров Ильдус Мансурович"],
                    "birthDate": ["1961-02-11"], "nationality": ["ru"],
                    "position": ["General Director, Idelkamsk Avionics Plant JSC"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-7745", "schema": "Person", "caption": "SABIROV, Ildus Rashitovich",
     "properties": {"name": ["SABIROV, Ildus Rashitovich"], "alias": ["Сабиров Ильдус Рашитович"],
                    "birthDate": ["1983-07-19"], "nationality": ["ru"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-0450", "schema": "Company", "caption": "SVITANAK DESIGN BUREAU OJSC",
     "properties": {"name": ["SVITANAK DESIGN BUREAU OJSC"],
                    "alias": ["ОАО «Конструкторское бюро «Свитанак»", "ААТ «Канструктарскае бюро «Світанак»",
                              "ОАО «КБ «Свитанак»"],
                    "country": ["by"], "address": ["Minsk, Belarus"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-0457", "schema": "Company", "caption": "SVITANAK LLC",
     "properties": {"name": ["SVITANAK LLC"], "alias": ["ООО «Свитанак»", "ТАА «Світанак»"],
                    "country": ["by"], "address": ["Gomel, Belarus"], "sector": ["wholesale of building materials"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ir-0612", "schema": "Company", "caption": "KISH ARIA TRADING CO.",
     "properties": {"name": ["KISH ARIA TRADING CO."], "country": ["ir"], "address": ["Kish Island, Iran"]},
     "datasets": ["watchlist"]},
    {"id": "wl-am-0301", "schema": "Person", "caption": "HOVHANNISYAN, Aram",
     "properties": {"name": ["HOVHANNISYAN, Aram"], "alias": ["Оганесян Арам Серобович", "OVANESYAN, Aram"],
                    "birthDate": ["1962-05-30"], "nationality": ["am"]}, "datasets": ["watchlist"]},
    {"id": "wl-kz-0220", "schema": "Person", "caption": "KHAIRULLIN, Rinat Ildarovich",
     "properties": {"name": ["KHAIRULLIN, Rinat Ildarovich"], "alias": ["Хайруллин Ринат Ильдарович"],
                    "birthDate": ["1975-10-03"], "nationality": ["kz"]}, "datasets": ["watchlist"]},
    {"id": "wl-in-0090", "schema": "Company", "caption": "SAHYADRI ELECTRONICS PVT. LTD.",
     "properties": {"name": ["SAHYADRI ELECTRONICS PVT. LTD."], "country": ["in"],
                    "address": ["Bengaluru, Karnataka, India"]}, "datasets": ["watchlist"]},
]

# (kind, summary, subjects, attributes, [(message key, quote), ...])
FINDINGS = [
    ("military_maintenance",
     "IAPZ repairs and modernises the avionics of Su-30SM and Yak-130 aircraft for the Russian Aerospace Forces.",
     ["o_iapz"], {"platforms": ["su-30", "su-30sm", "yak-130"], "customer_country": "ru"}, [
         ("plan-2023", "Ремонт и модернизация комплекса бортового радиоэлектронного оборудования самолётов Су-30СМ для ВКС России"),
         ("plan-2023", "Капитальный ремонт блоков БРЭО учебно-боевых самолётов Як-130"),
         ("goz-economics", "По Су-30СМ (ремонт с модернизацией БРЭО для ВКС) рентабельность выходит 11,4 %"),
         ("goz-economics-re", "По Су-30СМ (ремонт с модернизацией БРЭО для ВКС) рентабельность выходит 11,4 %"),
         ("goz-8months", "военное представительство приняло после ремонта и модернизации восемь комплектов БРЭО Су-30СМ из четырнадцати и шестнадцать комплектов блоков Як-130 из двадцати двух; все изделия — для частей ВКС."),
     ]),
    ("military_maintenance",
     "IAPZ repairs Yak-130 avionics units and modernises Su-30MKA display units for the Algerian Air Force.",
     ["o_iapz"], {"platforms": ["yak-130", "su-30", "su-30mka"], "customer_country": "dz"}, [
         ("plan-2023", "Ремонт блоков авионики самолётов Як-130 ВВС Алжира по экспортному контракту"),
         ("goz-economics", "экспортный заказ на блоки Як-130 для Алжира даёт нам валютную выручку"),
         ("goz-economics-re", "экспортный заказ на блоки Як-130 для Алжира даёт нам валютную выручку"),
         ("connectors-shop3", "сроки по контракту с ВВС Алжира горят, девять комплектов должны уйти в июле"),
         ("algeria-act", "переданы девять отремонтированных комплектов блоков авионики Як-130 и четыре модернизированных блока индикации для Су-30МКА"),
     ]),
    ("joint_development",
     "IAPZ and the Minsk KB Svitanak jointly develop the BRP-21 Krechet flight data recorder; IAPZ's share of the "
     "funding went from 60% to 65% (Svitanak's 50/50 proposal was withdrawn, IAPZ's 70/30 idea was not accepted).",
     ["o_iapz", "o_svitanak"],
     {"product": ["brp-21", "krechet", "brp-21 krechet", "krechet brp-21", "kretchet", "krechet flight data recorder",
                  "brp-21 flight data recorder"], "partner_country": "by", "funding_share": 0.65}, [
         ("svitanak-draft", "праект пагаднення аб сумесным выкананні ОКР па стварэнні бартавога рэгістратара палётных даных БРП-21 «Крэчэт»"),
         ("svitanak-draft", "Стороны объединяют усилия для создания защищённого бортового регистратора полётных данных БРП-21 «Кречет»"),
         ("krechet-summary", "минчане прислали проект соглашения по регистратору «Кречет»"),
         ("krechet-summary-re", "минчане прислали проект соглашения по регистратору «Кречет»"),
         ("svitanak-5050", "В связи с увеличением объёма работ по защищённому накопителю регистратора БРП-21 «Кречет»"),
         ("svitanak-5050-re", "считал вариант минчан: при пятидесяти процентах у нас выпадает их доля затрат на накопитель"),
         ("minsk-order", "Цель командировки: переговоры о распределении затрат на совместную ОКР «Кречет» (бортовой регистратор БРП-21)."),
         ("minsk-report", "наша доля в финансировании ОКР «Кречет» поднимается до 65 %, у Свитанака — 35 %"),
         ("svitanak-withdraw", "адклікае сваю прапанову ад 15.05.2023 № 112 аб парытэтным (50 на 50) фінансаванні ОКР па рэгістратары БРП-21 «Крэчэт»"),
         ("krechet-supp", "Сторона 1 несёт шестьдесят пять (65) процентов затрат на ОКР, Сторона 2 — тридцать пять (35) процентов."),
         ("krechet-budget", "по «Кречету» с третьего квартала наша доля — шестьдесят пять процентов (было шестьдесят)"),
     ]),
    ("sanctions_obstacle",
     "Connettori Valdarno (Florence) refuses, citing EU Regulation 833/2014, to deliver CV-38 connectors to IAPZ.",
     ["o_iapz"], {"origin_country": "it", "goods": "connectors"}, [
         ("valdarno-refusal", "ai sensi del Regolamento (UE) n. 833/2014 e successive modifiche, Connettori Valdarno S.p.A. non è in grado di evadere l'ordine"),
         ("valdarno-fwd", "по разъёмам CV-38 поставок больше не будет, ссылаются на евросоюзный регламент 833"),
         ("connectors-shop3", "Итальянских больше не будет из-за санкций"),
     ]),
    ("sanctions_obstacle",
     "Hanseong Instruments (Seoul) cannot ship HS-4000 oscilloscopes to IAPZ under South Korean export controls.",
     ["o_iapz"], {"origin_country": "kr", "goods": "oscilloscopes"}, [
         ("hanseong-refusal", "Under the export control measures of the Republic of Korea concerning the Russian Federation, shipment of these instruments to your company would require a licence which will not be granted."),
         ("osc-memo", "ответили отказом — экспортный контроль, лицензию им не дадут"),
     ]),
    ("alternative_supplier",
     "Sahyadri Electronics (Pune) offers SE-C38 connectors in place of the Italian CV-38; samples pass and IAPZ "
     "accepts the offer.",
     ["o_iapz", "o_sahyadri"], {"supplier_country": "in", "goods": "connectors"}, [
         ("sahyadri-offer", "is pleased to offer its SE-C38 series circular connectors, which are intermateable with the Valdarno CV-38 series"),
         ("samples-ok", "Я за то, чтобы брать у Sahyadri основную партию."),
         ("sahyadri-accept", "Idelkamsk Avionics Plant accepts your offer SE/IAPZ/0323"),
         ("sahyadri-pi", "Item 1: SE-C38 circular connectors, intermateable with CV-38, 2400 pcs"),
         ("back-from-armenia", "Кулкарни из «Сахьядри» пишет, что первая партия SE-C38 уже отгружена из Мумбаи."),
     ]),
    ("equipment_shortage",
     "IAPZ's avionics test section lacks working oscilloscopes; Su-30SM checks are delayed.",
     ["o_iapz"], {"goods": "oscilloscopes"}, [
         ("osc-memo", "из девяти цифровых осциллографов исправны только четыре"),
         ("goz-8months", "Отставание по Су-30СМ — из-за нехватки контрольной аппаратуры, прежде всего осциллографов."),
         ("osc-october", "ситуация с осциллографами не улучшилась: после ремонта двух старых в строю шесть приборов на весь участок"),
     ]),
    ("equipment_shortage",
     "Shop 3 has run out of CV-38 connectors and cannot build Yak-130 harnesses.",
     ["o_iapz"], {"goods": "connectors"}, [
         ("connectors-shop3", "на складе разъёмов CV-38 ноль, последние 40 штук ушли в жгуты для Су-30СМ"),
         ("connectors-shop3-re", "на складе разъёмов CV-38 ноль, последние 40 штук ушли в жгуты для Су-30СМ"),
     ]),
    ("foreign_travel",
     "Khairullin and his wife Liana travelled to Armenia (Yerevan, then Dilijan) 28.04-10.05.2023 for their "
     "daughter's wedding.",
     ["p_rinat", "p_liana"], {"country": "am", "start": "2023-04-28", "place": "Yerevan", "purpose": "family wedding"}, [
         ("liana-may", "Я посмотрела билеты Казань - Ереван на 28-е, есть прямой рейс."),
         ("armenia-notice", "уведомляю о выезде в Республику Армению (г. Ереван, г. Дилижан) в период ежегодного отпуска с 28.04.2023 по 10.05.2023"),
         ("gulya-arrival", "Арам вас встретит в Звартноце на машине"),
         ("liana-passports", "в Ереван лечу как гражданка Армении"),
         ("back-from-armenia", "два дня отмечали в Ереване, потом три дня в Дилижане"),
         ("anketa", "Республика Армения (г. Ереван, г. Дилижан), 28.04.2023–10.05.2023, частная поездка с женой;"),
     ]),
    ("foreign_travel",
     "Khairullin and the chief designer Shishkarev went to Minsk, Belarus, 19-23.06.2023 for talks at KB Svitanak.",
     ["p_rinat", "p_shishkarev"], {"country": "by", "start": "2023-06-19", "place": "Minsk",
                                    "purpose": "talks with KB Svitanak"}, [
         ("svitanak-5050-re", "я уже созвонился с Мацкевичем, он готов принять нас 20-22 июня"),
         ("minsk-order", "Направить в служебную командировку в г. Минск (Республика Беларусь), в ОАО «КБ «Свитанак», с 19.06.2023 по 23.06.2023"),
         ("minsk-passes", "Прилетаем 19 июня рейсом из Казани, улетаем 23-го."),
         ("minsk-passes-re", "Пропускі і гасцініцу «Прыгарад» забраніравалі на 19–23 чэрвеня"),
         ("minsk-report", "докладываю итоги поездки в Минск (20–22 июня, КБ «Свитанак»)"),
         ("anketa", "Республика Беларусь (г. Минск), 19.06.2023–23.06.2023, служебная командировка."),
     ]),
    ("foreign_travel",
     "Liana Khayrullina stayed with her daughter in Yerevan, Armenia, from 21.09 to 4.10.2023.",
     ["p_liana"], {"country": "am", "start": "2023-09-21", "place": "Yerevan", "purpose": "visiting her daughter"}, [
         ("liana-landed", "Гуля с Арамом встретили в Звартноце, в Ереване +27, солнце."),
         ("friday-meeting", "жена сейчас в Ереване у дочки, до 4 октября"),
     ]),
    ("foreign_travel",
     "Khairullin and his wife holidayed at Kata Breeze Resort, Phuket, Thailand, 14-26.11.2023.",
     ["p_rinat", "p_liana"], {"country": "th", "start": "2023-11-14", "place": "Phuket", "purpose": "holiday"}, [
         ("phuket-booking", "Guests: Mr. Rinat Khairullin, Mrs. Liana Khayrullina"),
         ("phuket-booking", "Guest: KHAIRULLIN RINAT / KHAYRULLINA LIANA"),
         ("alfiya-jubilee-re", "с 14 по 26 ноября мы с Лианой на Пхукете"),
         ("phuket-postcard", "Доченька, привет с Пхукета!"),
         ("back-from-phuket", "Пхукет — рекомендую: двенадцать дней без почты и совещаний, жена довольна."),
     ]),
    ("citizenship", "Khairullin is a Russian citizen (no other citizenship or foreign residence).",
     ["p_rinat"], {"countries": ["ru"]}, [
         ("minsk-passes", "Хайруллин Ринат Ильдарович, 17.04.1968 г.р., гражданин Российской Федерации"),
         ("anketa", "Гражданство: Российская Федерация. Иного гражданства, вида на жительство в иностранном государстве не имею."),
         ("phuket-booking", "Mr. Khairullin - Russian Federation"),
     ]),
    ("citizenship", "Liana Khayrullina holds Russian and Armenian citizenship (two passports).",
     ["p_liana"], {"countries": ["ru", "am"]}, [
         ("liana-may", "у меня армянский паспорт до 2026 года действует, а российский я меняла в прошлом году"),
         ("liana-passports", "в Ереван лечу как гражданка Армении, по армянскому, а обратно в Казань по российскому"),
         ("anketa", "Жена — Хайруллина (Товмасян) Лиана Ашотовна, 05.06.1970 г.р., уроженка г. Еревана; гражданство: Российская Федерация, Республика Армения."),
         ("phuket-booking", "Mrs. Khayrullina - Republic of Armenia"),
     ]),
    ("citizenship", "Gulnara Hovhannisyan is a Russian citizen; in Armenia she only has a residence card.",
     ["p_gulnara"], {"countries": ["ru"]}, [
         ("anketa", "Дочь — Оганесян (до брака Хайруллина) Гульнара Ринатовна, 14.01.1995 г.р.; гражданство: Российская Федерация; проживает в г. Ереване по виду на жительство Республики Армения."),
         ("gulya-docs", "Я по-прежнему гражданка России, армянского гражданства у меня нет — только карточка резидента"),
     ]),
    ("citizenship", "Aram Hovhannisyan is a citizen of Armenia.",
     ["p_aram"], {"countries": ["am"]}, [
         ("bank-transfer", "Гражданство получателя: Армения"),
         ("aram-thanks", "мне и с армянским паспортом хорошо"),
         ("anketa", "Зять (муж дочери) — Оганесян Арам Серобович, 02.09.1994 г.р., гражданин Республики Армения"),
     ]),
    ("citizenship", "Shishkarev is a Russian citizen.",
     ["p_shishkarev"], {"countries": ["ru"]}, [
         ("minsk-passes", "Шишкарёв Андрей Павлович, 03.12.1974 г.р., гражданин Российской Федерации"),
     ]),
    ("family_relation", "Liana Khayrullina is Khairullin's wife.",
     ["p_rinat", "p_liana"], {"relationship": "spouse"}, [
         ("armenia-notice", "Выезжаю вместе с супругой, Хайруллиной Лианой Ашотовной."),
         ("anketa", "Жена — Хайруллина (Товмасян) Лиана Ашотовна"),
         ("friday-meeting", "жена сейчас в Ереване у дочки"),
     ]),
    ("family_relation", "Gulnara is Khairullin's daughter.",
     ["p_rinat", "p_gulnara"], {"relationship": "child"}, [
         ("wedding-html", "Ваша дочка Гуля"),
         ("back-from-armenia", "Дочку выдали замуж как положено"),
         ("anketa", "Дочь — Оганесян (до брака Хайруллина) Гульнара Ринатовна"),
         ("phuket-postcard", "папа обгорел в первый же день"),
         ("gulya-docs", "Папа, ты спрашивал про документы."),
     ]),
    ("family_relation", "Gulnara is Liana Khayrullina's daughter.",
     ["p_liana", "p_gulnara"], {"relationship": "child"}, [
         ("wedding-html", "Ваша дочка Гуля"),
         ("phuket-postcard", "Доченька, привет с Пхукета!"),
     ]),
    ("family_relation", "Gulnara married Aram Hovhannisyan in Yerevan in February 2023.",
     ["p_gulnara", "p_aram"], {"relationship": "spouse"}, [
         ("wedding-html", "Вчера мы с Арамом наконец расписались в ЗАГСе Кентрона"),
         ("anketa", "Зять (муж дочери) — Оганесян Арам Серобович"),
         ("gulya-docs", "подавать на гражданство Армении можно будет через три года брака"),
     ]),
    ("family_relation", "Alfiya Mingazova is Khairullin's sister.",
     ["p_rinat", "p_alfiya"], {"relationship": "sibling"}, [
         ("alfiya-jubilee", "Твоя сестрёнка Альфия"),
         ("alfiya-jubilee-re", "Альфия, конечно буду, сестрёнка."),
         ("anketa", "Сестра — Мингазова (Хайруллина) Альфия Ильдаровна, 1972 г.р., г. Казань."),
     ]),
    ("employment", "Khairullin is the chief economist of IAPZ.",
     ["p_rinat", "o_iapz"], {"role": "chief economist"}, [
         ("goz-economics", "главный экономист АО «ИАПЗ»"),
         ("sahyadri-accept", "Chief Economist, Idelkamsk Avionics Plant JSC (IAPZ)"),
         ("armenia-notice", "Я, Хайруллин Ринат Ильдарович, главный экономист"),
         ("minsk-order", "Хайруллина Рината Ильдаровича, главного экономиста"),
         ("anketa", "Место работы и должность: АО «Иделькамский авиаприборный завод», главный экономист (с 2011 г.)"),
     ]),
    ("employment", "Ildus Sabirov is the general director of IAPZ.",
     ["p_sabirov", "o_iapz"], {"role": "general director"}, [
         ("birthday-gd", "генеральному директору АО «Иделькамский авиаприборный завод» Ильдусу Мансуровичу Сабирову"),
         ("svitanak-draft", "в лице генерального директора Сабирова Ильдуса Мансуровича"),
         ("minsk-order", "Генеральный директор И.М. Сабиров"),
         ("krechet-supp", "От Стороны 1: Генеральный директор И.М. Сабиров"),
     ]),
    ("employment", "Shishkarev is the chief designer of IAPZ.",
     ["p_shishkarev", "o_iapz"], {"role": "chief designer"}, [
         ("samples-ok", "главный конструктор АО «ИАПЗ»"),
         ("minsk-order", "Шишкарёва Андрея Павловича, главного конструктора"),
     ]),
    ("employment", "Matskevich is the director of KB Svitanak.",
     ["p_matskevich", "o_svitanak"], {"role": "director"}, [
         ("svitanak-draft", "Па даручэнні дырэктара ААТ «КБ «Світанак» А.У. Мацкевіча"),
         ("svitanak-draft", "в лице директора Мацкевича Александра Владимировича"),
         ("svitanak-5050", "Директор ОАО «КБ «Свитанак» А.В. Мацкевич"),
         ("svitanak-withdraw", "Дырэктар ААТ «КБ «Світанак» А.У. Мацкевіч"),
         ("krechet-supp", "От Стороны 2: Директор А.В. Мацкевич"),
     ]),
    ("employment", "Devendra Kulkarni is export manager of Sahyadri Electronics.",
     ["p_kulkarni", "o_sahyadri"], {"role": "export manager"}, [
         ("sahyadri-offer", "Export Manager"),
         ("sahyadri-pi", "Devendra Kulkarni, Export Manager"),
     ]),
    ("employment", "Chiara Benvenuti heads the export office of Connettori Valdarno.",
     ["p_benvenuti", "o_valdarno"], {"role": "export manager"}, [
         ("valdarno-refusal", "Responsabile Ufficio Export"),
         ("valdarno-fwd", "Подписала Кьяра Бенвенути, начальник экспортного отдела."),
     ]),
    ("employment", "Baek Eun-gyeol is overseas sales manager of Hanseong Instruments.",
     ["p_baek", "o_hanseong"], {"role": "sales manager"}, [
         ("hanseong-refusal", "Overseas Sales Manager"),
     ]),
    ("employment", "Farshid Mokhtari is sales director of Kish Aria Trading.",
     ["p_mokhtari", "o_kisharia"], {"role": "sales director"}, [
         ("kisharia-offer", "Sales Director"),
     ]),
]

# watchlist hits: (entity id, entry id) - the evidence is every message that names the entity
WATCH_HITS = [("o_iapz", "wl-ru-7731"), ("p_sabirov", "wl-ru-7740"), ("o_svitanak", "wl-by-0450"),
              ("o_kisharia", "wl-ir-0612")]

# forms used to find the messages that name a watchlist hit (distinctive ones only)
WATCH_FORMS = {
    "o_iapz": ["Иделькамский авиаприборный завод", "Иделькамского авиаприборного завода", "ИАПЗ", "IAPZ",
               "Idelkamsk Avionics Plant", "Ідэлькамскі авіяпрыборны завод", "ИДЕЛЬКАМСКИЙ АВИАПРИБОРНЫЙ ЗАВОД"],
    "p_sabirov": ["Сабиров", "Ильдус Мансурович", "Ильдуса Мансуровича", "Ильдусу Мансуровичу", "Ільдус Мансуравіч"],
    "o_svitanak": ["Свитанак", "Світанак"],
    "o_kisharia": ["Kish Aria"],
}


# ----------------------------------------------------------------------------------------
# writing
# ----------------------------------------------------------------------------------------

def mbox_from_line(s):
    y, mo, d, h, mi = s["dt"]
    dt = datetime(y, mo, d, h, mi, tzinfo=TZ).astimezone(timezone.utc)
    return "From %s %s\n" % (s["frm"][1], dt.strftime("%a %b %d %H:%M:%S %Y"))


def build():
    S = specs()
    b = Builder(S)
    out = {}
    mbox = b""
    n_mbox = 0
    for s in S:
        raw = b.render(s["key"])
        if s.get("loose"):
            out["loose/" + s["loose"]] = raw
            continue
        lines = raw.split(b"\n")
        esc = [(b">" + ln) if re.match(rb"^>*From ", ln) else ln for ln in lines]
        mbox += mbox_from_line(s).encode("ascii") + b"\n".join(esc)
        if not mbox.endswith(b"\n"):
            mbox += b"\n"
        mbox += b"\n"
        n_mbox += 1
    out["mailbox.mbox"] = mbox
    out["watchlist.ftm.json"] = ("\n".join(json.dumps(w, ensure_ascii=False) for w in WATCHLIST) + "\n").encode()
    # message ids (a message without a Message-ID would be cited by the sha256 of its raw bytes)
    ids = {}
    for s in S:
        if s.get("no_mid"):
            ids[s["key"]] = "<sha256:%s>" % hashlib.sha256(b.render(s["key"])).hexdigest()
        else:
            ids[s["key"]] = b.ids[s["key"]]
    truth_findings = []
    for i, (kind, summary, subjects, attrs, ev) in enumerate(FINDINGS, 1):
        truth_findings.append({
            "id": "f-%03d" % i, "kind": kind, "summary": summary, "subjects": subjects, "attributes": attrs,
            "evidence": [{"message_id": ids[k], "quote": q} for k, q in ev], "confidence": 1.0})
    # watchlist evidence: every message whose text or headers name the entity
    texts = {k: corpus_text(b.render(k)) for k in b.order}
    ent = {e["id"]: e for e in ENTITIES}
    wl = {w["id"]: w for w in WATCHLIST}
    n = len(truth_findings)
    for eid, wid in WATCH_HITS:
        forms = [f.casefold() for f in WATCH_FORMS[eid]]
        keys = [k for k in b.order if any(f in texts[k].casefold() for f in forms)]
        n += 1
        truth_findings.append({
            "id": "f-%03d" % n, "kind": "watchlist_match",
            "summary": "%s is on the watchlist as %s." % (ent[eid]["name"], wl[wid]["caption"]),
            "subjects": [eid], "attributes": {"list": "watchlist", "entry_id": wid},
            "evidence": [{"message_id": ids[k], "quote": ""} for k in keys], "confidence": 1.0})
    truth = {"format": "paperchase.findings/1", "entities": ENTITIES, "findings": truth_findings}
    out["truth.json"] = (json.dumps(truth, ensure_ascii=False, indent=1) + "\n").encode()
    return out, b, S, ids, n_mbox


# ----------------------------------------------------------------------------------------
# decoding (for --check and for the watchlist evidence)
# ----------------------------------------------------------------------------------------

def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
        paras.append(html.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p, flags=re.S))))
    return paras


def xlsx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sst = z.read("xl/sharedStrings.xml").decode("utf-8")
    return [html.unescape(t) for t in re.findall(r"<t[^>]*>(.*?)</t>", sst, flags=re.S)]


def pdf_text(data):
    s = data.decode("latin-1")
    out = []
    for m in re.finditer(r"\(((?:\\.|[^\\)])*)\) Tj", s):
        out.append(re.sub(r"\\(.)", r"\1", m.group(1)))
    return out


def part_texts(msg):
    """Every text of a decoded message: text parts, HTML (tags stripped), DOCX/XLSX/PDF attachments."""
    texts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            if part.get_param("charset") is None:
                raw = part.get_payload(decode=True)
                try:
                    t = raw.decode("utf-8")
                except UnicodeDecodeError:
                    t = raw.decode("windows-1251")
            else:
                t = part.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
            texts.append(t)
        elif ct == DOCX_T:
            texts.extend(docx_text(part.get_payload(decode=True)))
        elif ct == XLSX_T:
            texts.extend(xlsx_text(part.get_payload(decode=True)))
        elif ct == "application/pdf":
            texts.extend(pdf_text(part.get_payload(decode=True)))
    return texts


def header_texts(msg):
    """Subjects and display names (not the addresses) of the message and of any forwarded message."""
    out = []
    for part in msg.walk():
        for v in part.get_all("Subject") or []:
            out.append(str(v))
        for h in ("From", "To", "Cc"):
            for v in part.get_all(h) or []:
                out.extend(a.display_name for a in v.addresses if a.display_name)
    return out


def corpus_text(raw):
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    return "\n".join(part_texts(msg) + header_texts(msg))


def nf(s):
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())


def check():
    out, b, S, ids, n_mbox = build()
    problems = []
    for path, data in sorted(out.items()):
        full = os.path.join(HERE, path)
        if not os.path.exists(full):
            problems.append("missing file %s (run make_case.py first)" % path)
            continue
        with open(full, "rb") as fh:
            if fh.read() != data:
                problems.append("%s differs from a fresh generation (not deterministic or stale)" % path)
    # decode every message from disk
    decoded = {}
    box = mailbox.mbox(os.path.join(HERE, "mailbox.mbox"), create=False)
    count = 0
    for m in box:
        count += 1
        msg = BytesParser(policy=policy.default).parsebytes(m.as_bytes())
        decoded[str(msg["Message-ID"]).strip()] = (part_texts(msg), header_texts(msg))
    box.close()
    loose_dir = os.path.join(HERE, "loose")
    n_loose = 0
    for name in sorted(os.listdir(loose_dir)):
        with open(os.path.join(loose_dir, name), "rb") as fh:
            raw = fh.read()
        n_loose += 1
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        mid = msg["Message-ID"]
        mid = str(mid).strip() if mid else "<sha256:%s>" % hashlib.sha256(raw).hexdigest()
        decoded[mid] = (part_texts(msg), header_texts(msg))
    if count != n_mbox:
        problems.append("mbox holds %d messages, expected %d" % (count, n_mbox))
    if len(decoded) != count + n_loose:
        problems.append("duplicate Message-IDs")
    truth = json.loads(out["truth.json"])
    ent_ids = {e["id"] for e in truth["entities"]}
    wl_ids = {json.loads(l)["id"] for l in out["watchlist.ftm.json"].decode().splitlines() if l.strip()}
    n_quotes = 0
    for f in truth["findings"]:
        for s in f["subjects"]:
            if s not in ent_ids:
                problems.append("%s: unknown subject %s" % (f["id"], s))
        if f["kind"] == "watchlist_match" and f["attributes"]["entry_id"] not in wl_ids:
            problems.append("%s: unknown watchlist entry" % f["id"])
        if not f["evidence"]:
            problems.append("%s: no evidence" % f["id"])
        for ev in f["evidence"]:
            if ev["message_id"] not in decoded:
                problems.append("%s: cited message %s does not exist" % (f["id"], ev["message_id"]))
                continue
            texts, _ = decoded[ev["message_id"]]
            if ev["quote"] and not any(ev["quote"] in t for t in texts):
                problems.append("%s: quote not found in %s: %r" % (f["id"], ev["message_id"], ev["quote"][:80]))
            n_quotes += bool(ev["quote"])
    # every entity surface form occurs somewhere, and no form belongs to two entities
    corpus = nf("\n".join("\n".join(t) + "\n" + "\n".join(h) for t, h in decoded.values()))
    owner = {}
    for e in truth["entities"]:
        for form in e["names"]:
            if nf(form) not in corpus:
                problems.append("%s: form %r occurs nowhere" % (e["id"], form))
            if nf(form) in owner and owner[nf(form)] != e["id"]:
                problems.append("form %r belongs to %s and %s" % (form, owner[nf(form)], e["id"]))
            owner[nf(form)] = e["id"]
    kinds = {f["kind"] for f in truth["findings"]}
    need = {"military_maintenance", "joint_development", "sanctions_obstacle", "alternative_supplier",
            "equipment_shortage", "foreign_travel", "citizenship", "family_relation", "employment",
            "watchlist_match"}
    if need - kinds:
        problems.append("finding kinds missing: %s" % sorted(need - kinds))
    for p in problems:
        print("PROBLEM:", p)
    print("%d mbox messages, %d loose, %d findings, %d quotes checked, %d entities: %s" % (
        count, n_loose, len(truth["findings"]), n_quotes, len(truth["entities"]),
        "OK" if not problems else "%d problem(s)" % len(problems)))
    return 1 if problems else 0


def main(argv):
    if "--check" in argv:
        return check()
    out, b, S, ids, n_mbox = build()
    os.makedirs(os.path.join(HERE, "loose"), exist_ok=True)
    for path, data in out.items():
        with open(os.path.join(HERE, path), "wb") as fh:
            fh.write(data)
    print("wrote %d files (%d mbox messages, %d loose)" % (len(out), n_mbox, sum(1 for p in out if p.startswith("loose/"))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
