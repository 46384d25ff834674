#!/usr/bin/env python3
"""Build the holdout18 case: the mailbox of a lead process engineer at a fictional
composite-structures plant in the Rostov region (Russia).

    python3 make_case.py [--no-check]

Writes, next to this script: mailbox.mbox, loose/*.eml, watchlist.ftm.json,
truth.json, README.md. Standard library only, deterministic (fixed dates, no
randomness). Unless --no-check is given it then ingests the mailbox and the loose
folder with paperchase into a temporary case and checks that every evidence quote
occurs verbatim in the exported text of the cited message and that every cited
message exists.

Everything is fictional: people, firms, the town of Dongorsk, phone, passport and
contract numbers; all mail domains are under example.*.
"""
import base64
import hashlib
import html
import io
import json
import os
import quopri
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PAPERCHASE = os.environ.get("PAPERCHASE", "/work/main/.venv/bin/paperchase")

# --------------------------------------------------------------------------- MIME


def _qenc(b):
    out = []
    for byte in b:
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "".join(out)


def enc_words(s, charset="utf-8", mode="B"):
    """RFC 2047 encoded words for a header value (ASCII text is left alone)."""
    if all(ord(c) < 128 for c in s):
        return s
    chunks, cur = [], ""
    for ch in s:
        trial = cur + ch
        b = trial.encode(charset)
        n = len(base64.b64encode(b)) if mode == "B" else len(_qenc(b))
        if n > 48 and cur:
            chunks.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        chunks.append(cur)
    words = []
    for c in chunks:
        b = c.encode(charset)
        if mode == "B":
            words.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode()))
        else:
            words.append("=?%s?Q?%s?=" % (charset, _qenc(b)))
    return "\n ".join(words)


def fmt_addr(person, charset="utf-8", mode="B"):
    name, email = person
    if not name:
        return "<%s>" % email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.\'"()<>@;:'):
            return '"%s" <%s>' % (name.replace('"', ""), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (enc_words(name, charset, mode), email)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value) with value already encoded
        self.body = body  # bytes

    def to_bytes(self):
        h = "".join("%s: %s\n" % (k, v) for k, v in self.headers).encode("ascii")
        return h + b"\n" + self.body


def _cte_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
        return body if body.endswith(b"\n") else body + b"\n"
    # 7bit / 8bit: raw
    assert all(len(line) < 990 for line in data.split(b"\n")), "line too long for 8bit"
    return data if data.endswith(b"\n") else data + b"\n"


def text_part(text, subtype="plain", charset="utf-8", cte="base64", declare=True):
    data = text.encode(charset)
    ct = "text/%s" % subtype
    if declare:
        ct += '; charset="%s"' % charset
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], _cte_body(data, cte))


def multipart(subtype, parts, boundary):
    body = b""
    for p in parts:
        body += b"--" + boundary.encode() + b"\n" + p.to_bytes() + b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, boundary))], body)


def _fn_params(filename, style):
    if all(ord(c) < 128 for c in filename):
        return 'name="%s"' % filename, 'filename="%s"' % filename
    if style == "2231":
        from urllib.parse import quote

        q = quote(filename.encode("utf-8"), safe="")
        return "name*=utf-8''%s" % q, "filename*=utf-8''%s" % q
    w = enc_words(filename, "utf-8", "B").replace("\n ", "")
    return 'name="%s"' % w, 'filename="%s"' % w


def attachment(filename, ctype, data, style="2231"):
    np_, fp = _fn_params(filename, style)
    return Part(
        [
            ("Content-Type", "%s; %s" % (ctype, np_)),
            ("Content-Disposition", "attachment; %s" % fp),
            ("Content-Transfer-Encoding", "base64"),
        ],
        base64.encodebytes(data),
    )


# ------------------------------------------------------------------ documents
ZDATE = (2024, 1, 1, 0, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content.encode("utf-8") if isinstance(content, str) else content)
    return buf.getvalue()


def x(s):
    return html.escape(s, quote=False)


def make_docx(paras):
    body = "".join(
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % x(p) if p else "<w:p/>" for p in paras
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body>%s<w:sectPr/></w:body></w:document>" % body
    )
    ctypes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>'
    )
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", document)])


def _col(i):
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
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                if v not in index:
                    index[v] = len(strings)
                    strings.append(v)
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, index[v]))
        xml_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet %s><sheetData>%s</sheetData></worksheet>'
        % (ns, "".join(xml_rows))
    )
    sst = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst %s count="%d" uniqueCount="%d">%s</sst>' % (
        ns,
        len(strings),
        len(strings),
        "".join('<si><t xml:space="preserve">%s</t></si>' % x(s) for s in strings),
    )
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook %s '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, x(sheet))
    )
    wb_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        'Target="sharedStrings.xml"/></Relationships>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    )
    ctypes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        "</Types>"
    )
    return _zip(
        [
            ("[Content_Types].xml", ctypes),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", wb_rels),
            ("xl/worksheets/sheet1.xml", sheet_xml),
            ("xl/sharedStrings.xml", sst),
        ]
    )


def make_pdf(lines):
    """One A4 page, Helvetica, one text line per entry (ASCII only)."""

    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "16 TL", "50 790 Td"]
    for i, ln in enumerate(lines):
        assert all(ord(c) < 128 for c in ln)
        ops.append("(%s) Tj" % esc(ln))
        ops.append("T*")
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Producer (CD Reservations 4.2) /Title (Booking confirmation) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


# ------------------------------------------------------------------ messages
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
WDAYS = "Mon Tue Wed Thu Fri Sat Sun".split()


def _weekday(y, m, d):
    import datetime

    return datetime.date(y, m, d).weekday()


def mid(key, domain):
    return "<%s@%s>" % (hashlib.sha256(("holdout18/" + key).encode()).hexdigest()[:16], domain)


def quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def html_doc(paras):
    return (
        "<html><head><meta charset=\"utf-8\"></head><body>\n"
        + "\n".join("<p>%s</p>" % x(p).replace("\n", "<br>\n") for p in paras)
        + "\n</body></html>\n"
    )


# ------------------------------------------------------------------ the cast
BZ = ("Заворицкий Богдан Юрьевич", "b.zavoritsky@dzkk.example.ru")
BZP = ("Bogdan Zavoritskiy", "bodya.zav@mail.example.ru")
BZP_RU = ("Богдан", "bodya.zav@mail.example.ru")
MZ = ("Марина Заворицкая", "marina.zav@mail.example.ru")
DZ = ("Denis Zavoritskiy", "den.zavoritsky@mail.example.kz")
GZ = ("Галина Заворицька", "halyna.zavorytska@ukrnet.example.ua")
AL = ("Лазутин Аркадий Семёнович", "a.lazutin@dzkk.example.ru")
SR = ("Ремизов Станислав Игоревич", "s.remizov@dzkk.example.ru")
VP = ("Пахомова Вера Анатольевна", "v.pakhomova@dzkk.example.ru")
FT = ("Farrux Tursunxo'jayev", "f.tursunkhodjaev@burgut-avia.example.uz")
RD = ("Rohan Deshpande", "r.deshpande@vardhan-thermal.example.in")
ZK = ("Крайнова Жанна Петровна", "zh.krainova@avispetsexport.example.ru")
HEADS = ("Руководители подразделений", "heads@dzkk.example.ru")
HR = ("Отдел кадров", "ok@dzkk.example.ru")
RSO = ("Режимно-секретный отдел", "rso@dzkk.example.ru")
VPMO = ("Военное представительство", "vp.mo@dzkk.example.ru")
IT = ("Служба ИТ", "it@dzkk.example.ru")
PROF = ("Профком", "profkom@dzkk.example.ru")
HALL = ("Hallberg Autoklavtechnik - Vertrieb Osteuropa", "vertrieb.ost@hallberg-autoklav.example.de")
KURO = ("Kurokawa Seiki Export Compliance", "export-compliance@kurokawa-seiki.example.jp")
KARA = ("Karadeniz CNC Makina - Export Sales", "export@karadeniz-cnc.example.com.tr")
KARA_TO = ("Karadeniz CNC Makina", "export@karadeniz-cnc.example.com.tr")
ASE_BOSS = ("Бережной Кирилл Леонидович", "k.berezhnoy@avispetsexport.example.ru")

MESSAGES = []  # message specs, in mailbox order
LOOSE = []  # loose .eml specs


def M(key, date, frm, to, subject, body, cc=(), atts=(), reply=None, mailer="Microsoft Outlook 16.0",
      hdr=("utf-8", "B"), ev=(), loose=None, no_mid=False, crlf=False):
    spec = dict(key=key, date=date, frm=frm, to=list(to), cc=list(cc), subject=subject, body=body,
                atts=list(atts), reply=reply, mailer=mailer, hdr=hdr, ev=list(ev), loose=loose,
                no_mid=no_mid, crlf=crlf)
    (LOOSE if loose else MESSAGES).append(spec)
    return spec


def docx(name, paras, style="2231"):
    return dict(kind="docx", name=name, paras=paras, style=style)


def xlsx(name, rows, style="2231"):
    return dict(kind="xlsx", name=name, rows=rows, style=style)


def pdf(name, lines):
    return dict(kind="pdf", name=name, lines=lines, style="2231")


def txt(name, text, charset, style="2047"):
    return dict(kind="txt", name=name, text=text, charset=charset, style=style)


def rfc822(name, key):
    return dict(kind="rfc822", name=name, key=key, style="2231")


# ------------------------------------------------------------------ mailbox (2024)

M01_TEXT = """Коллеги, добрый день.

Коротко о главном на 2024 год.

1. Государственный контракт с Минобороны России на 2024 год подписан: завод выполняет ремонт и модернизацию 36 лопастей несущего винта вертолётов Ка-27ПЛ и Ка-27ПС морской авиации ВМФ. Модернизация - новая противоэрозионная защита передней кромки (полиуретан вместо титановой оковки) и замена нагревательных элементов противообледенительной системы.
2. По контракту с АО «Ависпецэкспорт» ремонтируем 24 лопасти несущего винта Ми-17В-5 для ВВС Лаоса. Первая партия - до конца апреля.
3. Гражданский заказ: 4 лопасти Ка-32А11ВС для ООО «Южная вертолётная компания» (пожарный вариант), срок - III квартал.
4. По БТ-12 с ташкентским «Бургутом» - в январе подписываем меморандум, ответственный от завода - главный конструктор С.И. Ремизов, от технологической службы - Б.Ю. Заворицкий.

Прошу до 19 января представить планы подразделений на год.

Генеральный директор
АО «ДЗКК»
А.С. Лазутин
"""
M("m01", "2024-01-09 09:12 +0300", AL, [HEADS], "Итоги 2023 года и задачи на 2024 год",
  ("plain", M01_TEXT, "utf-8", "base64"), cc=[BZ],
  ev=[("f-mm-ru", "завод выполняет ремонт и модернизацию 36 лопастей несущего винта вертолётов Ка-27ПЛ и Ка-27ПС морской авиации ВМФ"),
      ("f-mm-la", "По контракту с АО «Ависпецэкспорт» ремонтируем 24 лопасти несущего винта Ми-17В-5 для ВВС Лаоса"),
      ("f-jd", "По БТ-12 с ташкентским «Бургутом» - в январе подписываем меморандум"),
      ("f-emp-sr", "главный конструктор С.И. Ремизов"),
      ("f-emp-al", "Генеральный директор")])

M("m02", "2024-01-11 08:30 +0300", IT, [("", "all@dzkk.example.ru")], "Новые требования к паролям",
  ("plain", """Уважаемые пользователи!

С 22 января пароль к почте и к рабочим станциям должен содержать не менее 12 символов, в том числе цифры и заглавные буквы. Смена пароля - каждые 90 дней.
Если забыли пароль, звоните 1-11.

Служба ИТ АО «ДЗКК»
""", "utf-8", "quoted-printable"), hdr=("utf-8", "Q"), mailer="Zimbra 9.0")

MEMO = [
    "МЕМОРАНДУМ О СОТРУДНИЧЕСТВЕ",
    "г. Ташкент, 12 января 2024 г.",
    "Акционерное общество «Донгорский завод композитных конструкций» (Российская Федерация), именуемое далее «Завод», от имени которого действует генеральный директор Лазутин Аркадий Семёнович, и Общество с ограниченной ответственностью «Бургут Авиа Проекты» (Республика Узбекистан), именуемое далее «Бюро», от имени которого действует директор Турсунходжаев Фаррух Ильхомович, договорились о нижеследующем.",
    "1. Стороны совместно разрабатывают лёгкий транспортный самолёт БТ-12 «Туран» с грузоподъёмностью до 1,5 т для местных воздушных линий.",
    "2. Завод отвечает за агрегаты из полимерных композиционных материалов (крыло, оперение, створки), Бюро - за аэродинамику, фюзеляж, систему управления и сертификацию.",
    "3. Расходы на опытно-конструкторские работы Стороны несут в равных долях.",
    "4. Меморандум действует до заключения соглашения о совместной разработке.",
    "От Завода: генеральный директор А.С. Лазутин",
    "От Бюро: директор Ф.И. Турсунходжаев",
]
M03_TEXT = """Уважаемый Богдан Юрьевич!

Направляю подписанный с нашей стороны меморандум о совместной разработке самолёта БТ-12 «Туран». Просим подписать со стороны АО «ДЗКК» и вернуть скан до 26 января, оригиналы обменяем при встрече.

Hurmat bilan,
Farrux Tursunxo'jayev
Direktor, «Burgut Aviatsiya Loyihalari» MChJ
Директор ООО «Бургут Авиа Проекты»
г. Ташкент, Республика Узбекистан
+998 71 200-41-17
"""
M("m03", "2024-01-15 10:02 +0500", FT, [BZ], "Меморандум по БТ-12 / BT-12 bo'yicha memorandum",
  ("plain", M03_TEXT, "utf-8", "quoted-printable"), cc=[SR],
  atts=[docx("Memorandum_BT-12.docx", MEMO)], mailer="Mozilla Thunderbird 115.6",
  ev=[("f-jd", "Стороны совместно разрабатывают лёгкий транспортный самолёт БТ-12 «Туран» с грузоподъёмностью до 1,5 т для местных воздушных линий."),
      ("f-jd", "Расходы на опытно-конструкторские работы Стороны несут в равных долях."),
      ("f-emp-al", "от имени которого действует генеральный директор Лазутин Аркадий Семёнович"),
      ("f-emp-ft", "от имени которого действует директор Турсунходжаев Фаррух Ильхомович"),
      ("f-emp-ft", "Direktor, «Burgut Aviatsiya Loyihalari» MChJ"),
      ("f-emp-ft", "Директор ООО «Бургут Авиа Проекты»")])

M04_TEXT = """Стас, пересылаю. Финансирование пополам, как и договаривались в декабре. Посмотри пункт 2 по разделению работ - крыло и оперение на нас, а створки я бы отдал узбекам, у них своя оснастка есть.

Богдан

-------- Пересылаемое сообщение --------
От: Farrux Tursunxo'jayev <f.tursunkhodjaev@burgut-avia.example.uz>
Дата: 15.01.2024 10:02
Тема: Меморандум по БТ-12 / BT-12 bo'yicha memorandum
Кому: Заворицкий Богдан Юрьевич <b.zavoritsky@dzkk.example.ru>

""" + M03_TEXT + """-------- Конец пересылаемого сообщения --------
"""
M("m04", "2024-01-16 08:47 +0300", BZ, [SR], "Fwd: Меморандум по БТ-12 / BT-12 bo'yicha memorandum",
  ("plain", M04_TEXT, "utf-8", "8bit"), atts=[docx("Memorandum_BT-12.docx", MEMO)], mailer="Mozilla Thunderbird 115.6",
  ev=[("f-jd", "Финансирование пополам, как и договаривались в декабре."),
      ("f-jd", "Направляю подписанный с нашей стороны меморандум о совместной разработке самолёта БТ-12 «Туран»."),
      ("f-jd", "Стороны совместно разрабатывают лёгкий транспортный самолёт БТ-12 «Туран» с грузоподъёмностью до 1,5 т для местных воздушных линий.")])

M05_TEXT = """Богдан Юрьевич, добрый день.

Челябинский поставщик сорвал январскую поставку углеродного препрега УПК-7: вместо 400 кг обещают 60 кг в конце февраля, и то без гарантии. На складе осталось препрега на две лопасти.
Прошу оценить, на сколько хватит остатка по участку выкладки лонжеронов и можно ли часть лопастей Ка-27 перевести на препрег из аварийного запаса.

Начальник отдела материально-технического снабжения
В.А. Пахомова
тел. внутр. 2-14
"""
M("m05", "2024-01-22 16:40 +0300", VP, [BZ], "Препрег УПК-7 - срыв поставки",
  ("plain", M05_TEXT, "koi8-r", "8bit"), cc=[AL], hdr=("koi8-r", "B"), mailer="The Bat! (v10.5.3) Professional",
  ev=[("f-es-prepreg", "Челябинский поставщик сорвал январскую поставку углеродного препрега УПК-7"),
      ("f-es-prepreg", "На складе осталось препрега на две лопасти."),
      ("f-emp-vp", "Начальник отдела материально-технического снабжения")])

M06_TEXT = """Вера Анатольевна,

остатка хватит примерно на 8 рабочих дней. Без препрега участок выкладки лонжеронов встанет в начале февраля, а с ним и вся программа по Ка-27 для флота. Аварийный запас трогать не хочу - он под приёмку военпреда.
Попробуйте казанский вариант, даже по двойной цене.

Б.Ю. Заворицкий
ведущий инженер-технолог
АО «ДЗКК», отдел главного технолога
тел. +7 (863) 555-30-17, внутр. 3-41

22.01.2024 16:40, Пахомова Вера Анатольевна пишет:
""" + quote(M05_TEXT) + "\n"
M("m06", "2024-01-23 09:05 +0300", BZ, [VP], "Re: Препрег УПК-7 - срыв поставки",
  ("plain", M06_TEXT, "utf-8", "quoted-printable"), cc=[AL], reply="m05", mailer="Mozilla Thunderbird 115.6",
  ev=[("f-es-prepreg", "Без препрега участок выкладки лонжеронов встанет в начале февраля"),
      ("f-es-prepreg", "На складе осталось препрега на две лопасти."),
      ("f-mm-ru", "а с ним и вся программа по Ка-27 для флота"),
      ("f-emp-bz", "ведущий инженер-технолог"),
      ("f-emp-vp", "Начальник отдела материально-технического снабжения")])

M07_TEXT = """Sehr geehrter Herr Sawortizki,

vielen Dank für Ihre Anfrage vom 15.01.2024 zur Steuerung HAT-S7 und zu den Heizregistern für Ihren Autoklaven AK-2800.

Leider müssen wir Ihnen mitteilen, dass diese Güter unter die Verordnung (EU) Nr. 833/2014 fallen. Eine Ausfuhr nach Russland ist uns daher untersagt, auch über Dritte. Wartung und Fernservice für Ihre Anlage können wir ebenfalls nicht mehr anbieten.

---

Dear Mr. Zavoritskiy,

the HAT-S7 autoclave control system and the heater banks you requested are covered by Council Regulation (EU) No 833/2014, so we are not permitted to export them to Russia, directly or through third parties. Maintenance and remote service for your installation are no longer available either.

Mit freundlichen Grüßen / Kind regards

Vertrieb Osteuropa
Hallberg Autoklavtechnik GmbH
Kassel, Deutschland
"""
M07_HTML = [p for p in M07_TEXT.strip().split("\n\n")]
M("m07", "2024-01-29 14:21 +0100", HALL, [BZ], "Ihre Anfrage Nr. 2024-017 / Your enquiry No. 2024-017",
  ("alt", M07_TEXT, M07_HTML, "utf-8", "quoted-printable"), hdr=("utf-8", "Q"),
  ev=[("f-so-de", "Eine Ausfuhr nach Russland ist uns daher untersagt, auch über Dritte."),
      ("f-so-de", "the HAT-S7 autoclave control system and the heater banks you requested are covered by Council Regulation (EU) No 833/2014, so we are not permitted to export them to Russia, directly or through third parties.")])

M08_TEXT = """Аркадий Семёнович,

Hallberg официально отказал: систему управления HAT-S7 и нагреватели для автоклава АК-2800 не поставят - ссылаются на санкционный регламент ЕС 833/2014. Сервисное обслуживание тоже прекращено.
Текущая система управления пока работает, но контроллер 2009 года, запчастей к нему больше нет. Если санкции когда-нибудь снимут, вернёмся к немцам, а пока предлагаю искать замену в Индии или в Китае. Вера Анатольевна уже запросила индийцев.

Письмо Hallberg - ниже.

Б.Ю. Заворицкий

""" + quote(M07_TEXT.split("---")[1].split("Mit freundlichen")[0]) + "\n"
M("m08", "2024-01-30 10:15 +0300", BZ, [AL, VP], "Hallberg: отказ по санкциям",
  ("plain", M08_TEXT, "windows-1251", "base64"), cc=[SR], hdr=("windows-1251", "B"),
  ev=[("f-so-de", "Hallberg официально отказал: систему управления HAT-S7 и нагреватели для автоклава АК-2800 не поставят - ссылаются на санкционный регламент ЕС 833/2014."),
      ("f-so-de", "the HAT-S7 autoclave control system and the heater banks you requested are covered by Council Regulation (EU) No 833/2014, so we are not permitted to export them to Russia, directly or through third parties.")])

M09_TEXT = """Dear Mr. B. Zavoritskii,

Thank you for your order request of January 22, 2024.

We regret to inform you that, under the export control measures of the Government of Japan concerning the Russian Federation, Kurokawa Seiki cannot accept your order for the replacement spindle unit KS-24 and the CNC controller board for your KSR-5 five-axis router. For the same reason we are unable to provide repair or remote diagnostic services for this machine.

We ask for your understanding.

Export Compliance Section
Kurokawa Seiki Co., Ltd.
黒川精機株式会社
Nagoya, Japan
"""
M("m09", "2024-02-02 17:05 +0900", KURO, [BZ], "Re: Order request - KSR-5 spindle unit and CNC board",
  ("plain", M09_TEXT, "utf-8", "base64"), mailer="Microsoft Outlook 16.0",
  ev=[("f-so-jp", "under the export control measures of the Government of Japan concerning the Russian Federation, Kurokawa Seiki cannot accept your order for the replacement spindle unit KS-24 and the CNC controller board for your KSR-5 five-axis router")])

M10_TEXT = """Станислав Игоревич, Аркадий Семёнович,

японцы тоже отказали: шпиндель KS-24 и плату ЧПУ для пятиосевого KSR-5 Kurokawa не продаст - японский экспортный контроль по России. Ремонт и удалённую диагностику тоже не делают.
KSR-5 у нас единственный станок для обрезки лонжеронов по контуру, и он работает на последнем шпинделе. Если шпиндель встанет, обрезку придётся делать вручную, это минус 30% производительности по лопастям.

Богдан
"""
M("m10", "2024-02-05 08:58 +0300", BZ, [SR, AL], "Курокава тоже отказал",
  ("plain", M10_TEXT, "utf-8", "8bit"), mailer="Mozilla Thunderbird 115.6",
  ev=[("f-so-jp", "шпиндель KS-24 и плату ЧПУ для пятиосевого KSR-5 Kurokawa не продаст - японский экспортный контроль по России")])

M("m11", "2024-02-07 07:00 +0300", ("Композитный вестник", "news@kompozit-vestnik.example.ru"), [BZ],
  "Композитный вестник № 3 (2024): выставки, технологии, вакансии",
  ("html", ["Композитный вестник - еженедельная рассылка для специалистов отрасли.",
            "Выставка «Композит-Форум» пройдёт в апреле, регистрация участников открыта до 15 марта.",
            "Технологии: автоматизированная выкладка препрегов - опыт трёх предприятий.",
            "Рынок: турецкие производители станков с ЧПУ нарастили экспорт в страны СНГ на 40%.",
            "Вакансии: инженер-технолог по композитам, г. Самара; мастер участка формования, г. Казань.",
            "Вы получили это письмо, потому что подписались на рассылку. Отписаться можно по ссылке в профиле."],
   "utf-8", "base64"), mailer="Sendsay")

M12_TEXT = """Богданчику, добрий день!

Як ви там, мої рідні? У нас у Харкові знову неспокійно, але я тримаюся, не хвилюйся. Світло дають по графіку, вода є, аптека на розі працює.

Перебирала шафу і знайшла твій український паспорт, той, що ти отримав у 2019-му, він дійсний до 2029 року. Лежить у мене разом з документами на квартиру, нікуди його не віддаю.

Денис писав з Караганди, каже, що взимку там мороз під тридцять. Передай Мариночці, щоб купила йому нормальну куртку.

Цілую вас усіх,
твоя мама
"""
M("m12", "2024-02-12 19:33 +0200", GZ, [BZP], "Як ви там?",
  ("plain", M12_TEXT, "utf-8", "quoted-printable"), mailer="ukr.net webmail",
  ev=[("f-cit-bz", "знайшла твій український паспорт, той, що ти отримав у 2019-му, він дійсний до 2029 року"),
      ("f-fam-mother", "твоя мама")])

M13_TEXT = """Мамо, привіт!

Дякую, що написала. Паспорт нехай лежить у тебе, він мені поки не потрібен. У нас усе добре, Марина передає привіт. Денисові куртку вже купили, не переживай.

Бережи себе, дзвони, якщо щось треба.
Богдан

12.02.2024 19:33, Галина Заворицька пише:
""" + quote(M12_TEXT) + "\n"
M("m13", "2024-02-13 07:41 +0300", BZP_RU, [GZ], "Re: Як ви там?",
  ("plain", M13_TEXT, "utf-8", "base64"), reply="m12", mailer="Mail.ru Mail for Android",
  ev=[("f-fam-mother", "Мамо, привіт!"),
      ("f-cit-bz", "знайшла твій український паспорт, той, що ти отримав у 2019-му, він дійсний до 2029 року")])

M14_TEXT = """Уважаемый Богдан Юрьевич!

Приглашаем Вас и Станислава Игоревича Ремизова в Ташкент на защиту эскизного проекта самолёта БТ-12 «Туран», которая пройдёт с 18 по 22 марта 2024 года в нашем конструкторском бюро (ул. Чилонзор-Боги, 14). Официальное приглашение для оформления командировки отправлено на имя Аркадия Семёновича.

Гостиница забронирована нами: «Шахристан», 4 ночи. Встретим в аэропорту, сообщите номер рейса.

С уважением,
Ф.И. Турсунходжаев
директор ООО «Бургут Авиа Проекты»
"""
M("m14", "2024-02-19 11:20 +0500", FT, [BZ], "Приглашение на защиту эскизного проекта БТ-12",
  ("plain", M14_TEXT, "utf-8", "base64"), cc=[SR], mailer="Mozilla Thunderbird 115.6",
  ev=[("f-tr-tas", "Приглашаем Вас и Станислава Игоревича Ремизова в Ташкент на защиту эскизного проекта самолёта БТ-12 «Туран», которая пройдёт с 18 по 22 марта 2024 года"),
      ("f-jd", "на защиту эскизного проекта самолёта БТ-12 «Туран»"),
      ("f-emp-ft", "директор ООО «Бургут Авиа Проекты»")])

ORDER47 = [
    "АКЦИОНЕРНОЕ ОБЩЕСТВО «ДОНГОРСКИЙ ЗАВОД КОМПОЗИТНЫХ КОНСТРУКЦИЙ»",
    "ПРИКАЗ № 47-к",
    "г. Донгорск, 20 февраля 2024 г.",
    "О направлении работников в служебную командировку",
    "Направить в служебную командировку в г. Ташкент (Республика Узбекистан), в ООО «Бургут Авиа Проекты», сроком с 18 по 22 марта 2024 г. (5 календарных дней) следующих работников:",
    "- Ремизова Станислава Игоревича, главного конструктора;",
    "- Заворицкого Богдана Юрьевича, ведущего инженера-технолога отдела главного технолога.",
    "Цель командировки: участие в защите эскизного проекта самолёта БТ-12 «Туран» в рамках меморандума о совместной разработке от 12.01.2024.",
    "Расходы на проезд и проживание отнести на статью «ОКР БТ-12».",
    "Генеральный директор А.С. Лазутин",
]
M("m15", "2024-02-21 13:10 +0300", HR, [BZ], "Приказ о командировке № 47-к",
  ("plain", """Богдан Юрьевич, добрый день.

Во вложении приказ о направлении в командировку в Ташкент. Ознакомьтесь и распишитесь в отделе кадров до 1 марта. Командировочное удостоверение и авансовый отчёт - в бухгалтерию после возвращения.

Соловьёва Т.Н.
специалист по кадрам
""", "windows-1251", "quoted-printable"), cc=[SR], hdr=("windows-1251", "Q"),
  atts=[docx("Приказ_47-к.docx", ORDER47, style="2047")],
  ev=[("f-tr-tas", "Направить в служебную командировку в г. Ташкент (Республика Узбекистан), в ООО «Бургут Авиа Проекты», сроком с 18 по 22 марта 2024 г."),
      ("f-emp-sr", "Ремизова Станислава Игоревича, главного конструктора"),
      ("f-emp-bz", "Заворицкого Богдана Юрьевича, ведущего инженера-технолога отдела главного технолога"),
      ("f-emp-al", "Генеральный директор А.С. Лазутин"),
      ("f-jd", "участие в защите эскизного проекта самолёта БТ-12 «Туран» в рамках меморандума о совместной разработке")])

M16_TEXT = """Dear Ms. Pakhomova, dear Mr. Bogdan Zavoritsky,

Further to our call last week, Vardhan Thermal Systems can supply a complete control and heating retrofit for your Hallberg AK-2800 autoclave in place of the original German equipment: a VTS-AC400 controller with 24 thermocouple channels, six heater banks of 60 kW each, commissioning by our engineers and a two-year warranty.

Delivery: 14 weeks from advance payment, by sea to Novorossiysk through our logistics partner. Payment in INR or CNY is possible.

The price and the technical data sheet are given below; we can hold the offer until 31 March 2024.

Best regards,
Rohan Deshpande
Export Sales Manager
Vardhan Thermal Systems Pvt. Ltd.
Pune, Maharashtra, India
+91 20 5550 1842
"""
M("m16", "2024-02-26 11:15 +0530", RD, [VP], "Offer: autoclave control and heating retrofit for Hallberg AK-2800",
  ("alt", M16_TEXT, M16_TEXT.strip().split("\n\n"), "utf-8", "quoted-printable"), cc=[BZ],
  ev=[("f-alt-in", "Vardhan Thermal Systems can supply a complete control and heating retrofit for your Hallberg AK-2800 autoclave in place of the original German equipment"),
      ("f-emp-rd", "Export Sales Manager")])

M17_TEXT = """Богдан Юрьевич,
посмотрите, пожалуйста, техническую часть. Индийская «Вардхан Термал Системс» предлагает контроллер и нагреватели для нашего автоклава взамен немецких, на которые Hallberg отказал. Цена на 40% ниже, чем была у немцев. Если по технике вопросов нет - буду согласовывать с Аркадием Семёновичем.

В.А. Пахомова

-----Original Message-----
From: Rohan Deshpande <r.deshpande@vardhan-thermal.example.in>
Sent: Monday, February 26, 2024 11:15 AM
To: Пахомова Вера Анатольевна <v.pakhomova@dzkk.example.ru>
Cc: Заворицкий Богдан Юрьевич <b.zavoritsky@dzkk.example.ru>
Subject: Offer: autoclave control and heating retrofit for Hallberg AK-2800

""" + M16_TEXT
M("m17", "2024-02-28 09:31 +0300", VP, [BZ], "FW: Offer: autoclave control and heating retrofit for Hallberg AK-2800",
  ("plain", M17_TEXT, "windows-1251", "quoted-printable"), hdr=("windows-1251", "B"),
  ev=[("f-alt-in", "Индийская «Вардхан Термал Системс» предлагает контроллер и нагреватели для нашего автоклава взамен немецких, на которые Hallberg отказал."),
      ("f-alt-in", "Vardhan Thermal Systems can supply a complete control and heating retrofit for your Hallberg AK-2800 autoclave in place of the original German equipment"),
      ("f-emp-rd", "Export Sales Manager")])

M18_TEXT = """Вера Анатольевна,
по технике возражений нет: у VTS-AC400 24 канала термопар, нам хватает, режимы отверждения наших препрегов он поддерживает. Нагреватели по мощности один в один с родными. Предлагаю брать у Вардхана, условие - пусконаладка их инженерами на месте.
Б.Ю.

28.02.2024 9:31, Пахомова Вера Анатольевна пишет:
""" + quote(M17_TEXT.split("-----Original Message-----")[0]) + "\n"
M("m18", "2024-03-01 15:02 +0300", BZ, [VP], "Re: FW: Offer: autoclave control and heating retrofit for Hallberg AK-2800",
  ("plain", M18_TEXT, "utf-8", "base64"), reply="m17", mailer="Mozilla Thunderbird 115.6",
  ev=[("f-alt-in", "Предлагаю брать у Вардхана, условие - пусконаладка их инженерами на месте."),
      ("f-alt-in", "Индийская «Вардхан Термал Системс» предлагает контроллер и нагреватели для нашего автоклава взамен немецких, на которые Hallberg отказал.")])

M("m19", "2024-03-04 12:00 +0300", PROF, [("", "all@dzkk.example.ru")], "Путёвки на май: Кисловодск, Анапа",
  ("plain", """Уважаемые члены профсоюза!

Открыт приём заявлений на путёвки в санатории Кисловодска и Анапы на май-июнь. Компенсация профкома - 50% стоимости. Заявления принимаются до 25 марта в кабинете 104.

Профком АО «ДЗКК»
""", "utf-8", "quoted-printable"), hdr=("utf-8", "Q"), mailer="Zimbra 9.0")

M20_TEXT = """Dear Mr. Zaworycki,

We learned from our partner in Rostov-on-Don that you are looking for a replacement for your Kurokawa KSR-5 five-axis router. Karadeniz CNC Makina offers its KRM-5X five-axis router (working area 6000 x 2000 mm, our own KR-30 controller) with delivery to Russia in 5 months.

We will be glad to welcome you at our plant in Bursa for a demonstration on your parts.

Best regards,
Export Sales Department
Karadeniz CNC Makina San. ve Tic. A.Ş.
Nilüfer, Bursa, Türkiye
"""
M("m20", "2024-03-06 10:44 +0300", KARA, [BZ], "KRM-5X five-axis router as a replacement for your Japanese machine",
  ("plain", M20_TEXT, "utf-8", "8bit"))

M("m21", "2024-03-11 14:25 +0300", BZ, [SR], "Турки по KSR-5",
  ("plain", """Стас, турки из Бурсы (Karadeniz) предлагают свой пятиосевой KRM-5X вместо японского Курокавы. Рабочая зона подходит, по точности надо смотреть. Зовут на демонстрацию - предварительно наметили поездку в Бурсу на вторую неделю июня, тебя и меня. Аркадию Семёновичу пока не докладывал, сначала хочу увидеть паспорт точности.

Богдан
""", "utf-8", "base64"), mailer="Mozilla Thunderbird 115.6")

M("m22", "2024-03-15 21:17 +0300", MZ, [BZP], "Tashkent",
  ("plain", """Bodya, ty chemodan sobral? Ne zabud' zaryadku i lekarstva. V Tashkente obeshchayut +24, voz'mi legkuyu kurtku, a ne pukhovik :)
Marina

Otpravleno s iPhone
""", "us-ascii", "7bit"), mailer="iPhone Mail (21D61)",
  ev=[("f-tr-tas", "V Tashkente obeshchayut +24, voz'mi legkuyu kurtku")])

M("m23", "2024-03-18 18:52 +0500", BZP_RU, [MZ], "Долетели",
  ("plain", """Мариш, долетели нормально, в Ташкенте +22 и всё цветёт. Встретил сам Турсунходжаев, поселили в «Шахристане». Стас уже спорит с их аэродинамиками. Вечером позвоню.

Отправлено с мобильного
""", "utf-8", "quoted-printable"), mailer="Mail.ru Mail for Android",
  ev=[("f-tr-tas", "Мариш, долетели нормально, в Ташкенте +22 и всё цветёт.")])

REPORT_TXT = """ОТЧЁТ о служебной командировке
Командированные: главный конструктор Ремизов С.И., ведущий инженер-технолог Заворицкий Б.Ю.
Место: г. Ташкент, Республика Узбекистан, ООО «Бургут Авиа Проекты».
Срок: 18.03.2024 - 22.03.2024.
1. Проведена защита эскизного проекта самолёта БТ-12 «Туран». Проект принят с 14 замечаниями.
2. Согласовано разделение работ: крыло, оперение и створки шасси изготавливает АО «ДЗКК», фюзеляж и систему управления - узбекская сторона.
3. Первый лётный образец - 2026 г.
4. Узбекская сторона предложила увеличить долю ДЗКК в финансировании ОКР до двух третей. Наша делегация с предложением не согласилась: при текущем разделении работ это необоснованно.
5. Директор ООО «Бургут Авиа Проекты» Ф.И. Турсунходжаев приглашён на завод в июне.
Ремизов С.И.
Заворицкий Б.Ю.
""".replace("\n", "\r\n")
M("m24", "2024-03-26 10:30 +0300", BZ, [AL], "Отчёт о командировке в Ташкент",
  ("plain", """Аркадий Семёнович, добрый день.

Направляю отчёт о командировке в Ташкент (18-22.03.2024). Эскизный проект БТ-12 защищён с замечаниями, протокол подписан обеими сторонами.
Отдельно обращаю внимание на п. 4 отчёта: «Бургут» хотел, чтобы ДЗКК взял на себя две трети стоимости ОКР. Мы в Ташкенте ответили отказом, окончательно решать Вам.

Б.Ю. Заворицкий
""", "utf-8", "base64"), cc=[SR], atts=[txt("Отчет_командировка_Ташкент.txt", REPORT_TXT, "windows-1251")],
  mailer="Mozilla Thunderbird 115.6",
  ev=[("f-tr-tas", "Направляю отчёт о командировке в Ташкент (18-22.03.2024)."),
      ("f-tr-tas", "Место: г. Ташкент, Республика Узбекистан, ООО «Бургут Авиа Проекты»."),
      ("f-tr-tas", "Командированные: главный конструктор Ремизов С.И., ведущий инженер-технолог Заворицкий Б.Ю."),
      ("f-jd", "Проведена защита эскизного проекта самолёта БТ-12 «Туран»."),
      ("f-emp-sr", "Командированные: главный конструктор Ремизов С.И., ведущий инженер-технолог Заворицкий Б.Ю."),
      ("f-emp-bz", "Командированные: главный конструктор Ремизов С.И., ведущий инженер-технолог Заворицкий Б.Ю."),
      ("f-emp-ft", "Директор ООО «Бургут Авиа Проекты» Ф.И. Турсунходжаев")])

M25_TEXT = """Уважаемый Аркадий Семёнович!

После защиты эскизного проекта мы пересчитали трудоёмкость. Поскольку агрегаты из композитов (крыло, оперение, створки) составляют около 60% трудоёмкости ОКР, предлагаем закрепить за АО «ДЗКК» долю финансирования в 60 процентов, за ООО «Бургут Авиа Проекты» - 40 процентов. Прежнее предложение о двух третях снимаем.

Если согласны, подготовим дополнительное соглашение № 1 к меморандуму.

С уважением,
Ф.И. Турсунходжаев
"""
M("m25", "2024-04-02 09:40 +0500", FT, [AL], "О распределении затрат по ОКР БТ-12",
  ("plain", M25_TEXT, "utf-8", "quoted-printable"), cc=[BZ], mailer="Mozilla Thunderbird 115.6",
  ev=[("f-jd", "предлагаем закрепить за АО «ДЗКК» долю финансирования в 60 процентов, за ООО «Бургут Авиа Проекты» - 40 процентов")])

M("m26", "2024-04-05 03:12 +0000", ("Parcel Notification", "noreply@parcel-notify.example.com"), [BZ],
  "Your parcel is waiting for delivery",
  ("html", ["Dear customer,", "your parcel No. 8812-4471 could not be delivered because the customs fee of 1.99 USD was not paid.",
            "Please confirm your address and pay the fee within 24 hours, otherwise the parcel will be returned to the sender.",
            "Delivery Service Team"], "utf-8", "base64"), mailer="PHPMailer 6.8")

M27_TEXT = """Богдан Юрьевич, добрый день!

Лаосский заказчик через наше представительство во Вьентьяне просит ускорить отгрузку первой партии отремонтированных лопастей несущего винта Ми-17В-5 (8 шт.) по контракту с ВВС Лаоса. Их вертолёты стоят без лопастей с декабря.
Подскажите, пожалуйста, реальную дату готовности.

С уважением,
Ж.П. Крайнова
ведущий менеджер отдела вертолётной техники
АО «Ависпецэкспорт», Москва
+7 (495) 555-62-08
"""
M("m27", "2024-04-09 11:05 +0300", ZK, [BZ], "Ми-17В-5, Лаос: сроки первой партии",
  ("plain", M27_TEXT, "utf-8", "base64"),
  ev=[("f-mm-la", "просит ускорить отгрузку первой партии отремонтированных лопастей несущего винта Ми-17В-5 (8 шт.) по контракту с ВВС Лаоса"),
      ("f-emp-zk", "ведущий менеджер отдела вертолётной техники")])

M28_TEXT = """Жанна Петровна,

первая партия - 8 лопастей Ми-17В-5 для лаосских ВВС - выйдет из цеха 25 апреля, если до 15-го придёт препрег: сейчас нам не хватает углеродного препрега, на складе почти ноль.

Б.Ю. Заворицкий
ведущий инженер-технолог АО «ДЗКК»

09.04.2024 11:05, Крайнова Жанна Петровна пишет:
""" + quote(M27_TEXT) + "\n"
M("m28", "2024-04-10 08:50 +0300", BZ, [ZK], "Re: Ми-17В-5, Лаос: сроки первой партии",
  ("plain", M28_TEXT, "utf-8", "quoted-printable"), reply="m27", mailer="Mozilla Thunderbird 115.6",
  ev=[("f-mm-la", "первая партия - 8 лопастей Ми-17В-5 для лаосских ВВС - выйдет из цеха 25 апреля"),
      ("f-mm-la", "просит ускорить отгрузку первой партии отремонтированных лопастей несущего винта Ми-17В-5 (8 шт.) по контракту с ВВС Лаоса"),
      ("f-es-prepreg", "сейчас нам не хватает углеродного препрега, на складе почти ноль"),
      ("f-emp-bz", "ведущий инженер-технолог АО «ДЗКК»"),
      ("f-emp-zk", "ведущий менеджер отдела вертолётной техники")])

M29_TEXT = """Уважаемый Фаррух Ильхомович!

Предложение о распределении затрат в пропорции 60 на 40 принимаем. Готовьте, пожалуйста, дополнительное соглашение № 1, юристы с нашей стороны на связи с Богданом Юрьевичем.

С уважением,
А.С. Лазутин
генеральный директор АО «ДЗКК»

02.04.2024 9:40, Farrux Tursunxo'jayev пишет:
""" + quote(M25_TEXT) + "\n"
M("m29", "2024-04-12 16:18 +0300", AL, [FT], "Re: О распределении затрат по ОКР БТ-12",
  ("plain", M29_TEXT, "utf-8", "base64"), cc=[BZ], reply="m25",
  ev=[("f-jd", "Предложение о распределении затрат в пропорции 60 на 40 принимаем."),
      ("f-jd", "предлагаем закрепить за АО «ДЗКК» долю финансирования в 60 процентов, за ООО «Бургут Авиа Проекты» - 40 процентов"),
      ("f-emp-al", "генеральный директор АО «ДЗКК»")])

M("m30", "2024-04-18 10:00 +0300", ("Столовая № 2", "stolovaya@dzkk.example.ru"), [("", "all@dzkk.example.ru")],
  "Меню на неделю 22-26 апреля",
  ("plain", """Меню столовой № 2 на 22-26 апреля

Понедельник: борщ, котлета по-домашнему, гречка.
Вторник: щи, рыба запечённая, пюре.
Среда: солянка, плов.
Четверг: рассольник, голубцы.
Пятница: уха, блины с творогом.

Комплексный обед - 280 руб.
""", "windows-1251", "base64"), hdr=("windows-1251", "B"))

M("m31", "2024-05-06 11:30 +0300", BZ, [SR, VP], "KRM-5X: оценка",
  ("plain", """Коллеги, по турецкому KRM-5X: по точности позиционирования он не дотягивает - ±0,05 мм против требуемых ±0,02 мм, сервисного центра в России нет, запчасти только из Бурсы. По цене на 15% дешевле японского, но для обрезки лонжеронов я бы его не брал. Решение за Аркадием Семёновичем.

Б.Ю. Заворицкий
""", "utf-8", "quoted-printable"), mailer="Mozilla Thunderbird 115.6")

M("m32", "2024-05-14 17:02 +0300", AL, [BZ, VP], "Решение по Karadeniz",
  ("plain", """Коллеги,

от предложения Karadeniz отказываемся: по точности станок нам не подходит. Поездку в Бурсу в июне отменить, Богдан Юрьевич - сообщите туркам. По станку KSR-5 ищем шпиндель через ремонтные фирмы, рассматриваем и восстановление своими силами.

А.С. Лазутин
""", "koi8-r", "8bit"), cc=[SR], hdr=("koi8-r", "B"), mailer="The Bat! (v10.5.3) Professional")

M("m33", "2024-05-15 09:14 +0300", BZ, [KARA_TO], "Re: KRM-5X five-axis router as a replacement for your Japanese machine",
  ("plain", """Dear Sirs,

Thank you for your offer of the KRM-5X router. After a technical evaluation we have decided not to proceed: the positioning accuracy does not meet our requirements. Accordingly, our visit to Bursa planned for June is cancelled.

Kind regards,
Bogdan Zavoritskiy
Lead Process Engineer
Dongorsk Composite Structures Plant JSC

""" + quote(M20_TEXT) + "\n", "utf-8", "8bit"), reply="m20", mailer="Mozilla Thunderbird 115.6",
  ev=[("f-emp-bz", "Lead Process Engineer")])

M34_TEXT = """Аркадий Семёнович,

стенд усталостных испытаний лонжеронов СУИ-2 окончательно вышел из строя - трещина станины, ремонту не подлежит. Другого стенда для испытаний лонжеронов у нас нет, а без усталостных испытаний военпред не примет ни одной модернизированной лопасти Ка-27 для флота.
Варианты: возить образцы в Таганрог (очередь 3-4 недели) или заказывать новый стенд - по оценке, 9-12 месяцев.

Б.Ю. Заворицкий
"""
M("m34", "2024-05-20 08:35 +0300", BZ, [AL], "Стенд СУИ-2",
  ("plain", M34_TEXT, "windows-1251", "8bit", False), cc=[SR], hdr=("windows-1251", "B"),
  mailer="The Bat! (v10.5.3) Professional",
  ev=[("f-es-rig", "Другого стенда для испытаний лонжеронов у нас нет"),
      ("f-es-rig", "стенд усталостных испытаний лонжеронов СУИ-2 окончательно вышел из строя"),
      ("f-mm-ru", "без усталостных испытаний военпред не примет ни одной модернизированной лопасти Ка-27 для флота")])

M("m35", "2024-05-22 14:00 +0300", VPMO, [BZ], "О приёмке лопастей Ка-27ПС",
  ("plain", """Генеральному директору Донгорского завода композитных конструкций
Копия: ведущему инженеру-технологу ОГТ

Уведомляю, что приёмка лопастей несущего винта Ка-27ПС зав. N 27-0341, 27-0342, 27-0347 после ремонта и модернизации будет проведена только после представления результатов усталостных испытаний образцов-свидетелей лонжеронов, как требуют технические условия и государственный контракт.

Старший военный представитель
подполковник Н.Г. Сухоруков
""", "koi8-r", "8bit"), cc=[AL], hdr=("koi8-r", "B"), mailer="The Bat! (v10.5.3) Professional",
  ev=[("f-mm-ru", "приёмка лопастей несущего винта Ка-27ПС зав. N 27-0341, 27-0342, 27-0347 после ремонта и модернизации будет проведена только после представления результатов усталостных испытаний")])

M("m36", "2024-05-23 19:40 +0300", SR, [BZ], "Штутгарт отменяется",
  ("plain", """Бодя, новости: мне в шенгенской визе отказали, так что на выставку в Штутгарт в сентябре от нас никто не едет - твою анкету можно не подавать.
Зато на следующей неделе еду в Таганрог, на испытательную станцию, повезу образцы лонжеронов Ка-27 на усталостные испытания - своего стенда у нас теперь нет. Вернусь в пятницу.

Стас
""", "utf-8", "8bit"), mailer="K-9 Mail for Android",
  ev=[("f-es-rig", "повезу образцы лонжеронов Ка-27 на усталостные испытания - своего стенда у нас теперь нет")])

M("m37", "2024-05-27 07:00 +0300", ("Академия бережливого производства", "webinar@lean-academy.example.ru"), [BZ],
  "Вебинар: бережливое производство на участке формования",
  ("html", ["Приглашаем на бесплатный вебинар «Бережливое производство на участке формования композитов».",
            "Дата: 4 июня, 11:00 по Москве. Ведущий - эксперт с 20-летним опытом.",
            "В программе: картирование потока, SMED на прессах и автоклавах, 5S в чистой комнате.",
            "Зарегистрироваться можно на сайте академии."], "utf-8", "quoted-printable"),
  hdr=("utf-8", "Q"), mailer="Unisender")

CONTRACT = [
    "CONTRACT No. VTS/RU/2024/017",
    "Pune, 31 May 2024",
    "Vardhan Thermal Systems Pvt. Ltd., Pune, India (the Seller), and Joint Stock Company Dongorsk Composite Structures Plant, Dongorsk, Russian Federation (the Buyer), have agreed as follows.",
    "1. The Seller shall supply one VTS-AC400 autoclave control system with 24 thermocouple channels and six (6) heater banks of 60 kW, to replace the control and heating equipment of the Buyer's Hallberg AK-2800 autoclave.",
    "2. The Seller shall carry out installation supervision and commissioning at the Buyer's site.",
    "3. Price: as per Annex 1. Terms of delivery: CIF Novorossiysk.",
    "For the Seller: Rohan Deshpande, Export Sales Manager",
    "For the Buyer: A. S. Lazutin, General Director",
]
M("m38", "2024-06-03 12:40 +0530", RD, [VP], "Contract VTS/RU/2024/017 - signed copy",
  ("plain", """Dear Ms. Pakhomova,

Please find attached the contract VTS/RU/2024/017 signed on our side. The VTS-AC400 controller and the six heater banks will be dispatched from Nhava Sheva on 8 July; our commissioning engineer will arrive at your plant in Dongorsk in the second half of August.

Best regards,
Rohan Deshpande
Export Sales Manager, Vardhan Thermal Systems Pvt. Ltd.
""", "utf-8", "quoted-printable"), cc=[BZ], atts=[docx("VTS-RU-2024-017.docx", CONTRACT)],
  ev=[("f-alt-in", "The Seller shall supply one VTS-AC400 autoclave control system with 24 thermocouple channels and six (6) heater banks of 60 kW, to replace the control and heating equipment of the Buyer's Hallberg AK-2800 autoclave."),
      ("f-alt-in", "The VTS-AC400 controller and the six heater banks will be dispatched from Nhava Sheva on 8 July"),
      ("f-emp-rd", "Export Sales Manager, Vardhan Thermal Systems Pvt. Ltd."),
      ("f-emp-al", "A. S. Lazutin, General Director")])

DS1 = [
    "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 1",
    "к Меморандуму о сотрудничестве от 12 января 2024 г.",
    "г. Ташкент - г. Донгорск, 7 июня 2024 г.",
    "1. Пункт 3 Меморандума изложить в следующей редакции: «3. Доля АО «ДЗКК» в финансировании опытно-конструкторских работ по самолёту БТ-12 составляет 60 (шестьдесят) процентов, доля ООО «Бургут Авиа Проекты» - 40 (сорок) процентов.»",
    "2. Остальные положения Меморандума остаются без изменений.",
    "От АО «ДЗКК»: генеральный директор ____________ А.С. Лазутин",
    "От ООО «Бургут Авиа Проекты»: директор ____________ Ф.И. Турсунходжаев",
]
M("m39", "2024-06-10 10:05 +0500", FT, [BZ], "Дополнительное соглашение № 1 к меморандуму",
  ("plain", """Богдан Юрьевич, добрый день!

Направляю дополнительное соглашение № 1, подписанное с нашей стороны. После подписания Аркадием Семёновичем прошу вернуть скан.
К сожалению, в июне приехать к вам в Донгорск не получится - визит переносим, о новых сроках сообщу.

Ф. Турсунходжаев
""", "utf-8", "base64"), atts=[docx("ДС_1_БТ-12.docx", DS1, style="2047")], mailer="Mozilla Thunderbird 115.6",
  ev=[("f-jd", "Доля АО «ДЗКК» в финансировании опытно-конструкторских работ по самолёту БТ-12 составляет 60 (шестьдесят) процентов"),
      ("f-emp-al", "От АО «ДЗКК»: генеральный директор ____________ А.С. Лазутин"),
      ("f-emp-ft", "От ООО «Бургут Авиа Проекты»: директор ____________ Ф.И. Турсунходжаев")])

M("m40", "2024-06-11 13:37 +0300", BZ, [SR], "ДС-1 подписано",
  ("plain", """Стас, ДС № 1 с узбеками Семёныч подписал: теперь по ОКР БТ-12 мы платим три пятых, «Бургут» - две пятых. Под это можно просить у планового отдела увеличение сметы на оснастку крыла.

Б.
""", "utf-8", "8bit"), mailer="Mozilla Thunderbird 115.6",
  ev=[("f-jd", "теперь по ОКР БТ-12 мы платим три пятых, «Бургут» - две пятых")])

M41_TEXT = """Богдане, привіт!

Марина сказала по телефону, що Денис нарешті отримав посвідку на проживання в Казахстані. Слава Богу, а то я переживала, що його виженуть посеред навчання. А громадянство ж у нього лишається російське?

У нас сусіди з третього поверху поїхали до Польщі, кажуть, назовсім. А я нікуди не поїду, тут мій дім.

Мама
"""
M("m41", "2024-06-17 20:10 +0300", GZ, [BZP], "Денис",
  ("plain", M41_TEXT, "utf-8", "8bit"), mailer="ukr.net webmail",
  ev=[("f-fam-mother", "Мама")])

M42_TEXT = """Мамо, так, посвідку на проживання Денис отримав, вона на п'ять років. Громадянство в нього тільки російське, як і в Марини, казахстанського паспорта в нього нема і не буде - посвідку дають саме іноземцям.
Не хвилюйся за нього, він молодець.

Богдан

17.06.2024 20:10, Галина Заворицька пише:
""" + quote(M41_TEXT) + "\n"
M("m42", "2024-06-18 07:55 +0300", BZP_RU, [GZ], "Re: Денис",
  ("plain", M42_TEXT, "utf-8", "quoted-printable"), reply="m41", mailer="Mail.ru Mail for Android",
  ev=[("f-cit-dz", "Громадянство в нього тільки російське, як і в Марини"),
      ("f-cit-mz", "Громадянство в нього тільки російське, як і в Марини"),
      ("f-fam-mother", "Мамо, так")])

M("m43", "2024-06-24 22:03 +0500", DZ, [BZP], "ВНЖ",
  ("plain", """Пап, привет!
ВНЖ забрал в миграционной службе, теперь всё официально до 2029 года. Сессию закрыл без троек :) Маме скажи, что куртка реально тёплая, спасибо.

Денис
""", "utf-8", "base64"), mailer="Gmail for Android",
  ev=[("f-fam-son", "Пап, привет!"),
      ("f-fam-mz-son", "Маме скажи, что куртка реально тёплая")])

DEFICIT = [
    ["№", "Позиция", "Потребность", "Наличие", "Статус", "Влияние на производство"],
    [1, "Препрег углеродный УПК-7, кг", 420, 35, "дефицит", "Выкладка лонжеронов Ка-27 и Ми-17В-5 ведётся в одну смену"],
    [2, "Стенд усталостных испытаний лонжеронов СУИ-2, шт.", 1, 0, "нет (списан)", "Испытания образцов-свидетелей - только в Таганроге"],
    [3, "Смола эпоксидная ЭДТ-10, кг", 300, 540, "в норме", "-"],
    [4, "Стеклоткань Т-10, м2", 1200, 1650, "в норме", "-"],
    [5, "Плёнка разделительная, м2", 800, 950, "в норме", "-"],
]
M("m44", "2024-07-01 16:20 +0300", VP, [BZ], "Сводка по дефициту - июль",
  ("plain", """Богдан Юрьевич,

сводка по дефициту на июль во вложении. По препрегу ситуация не улучшилась, по стенду - без изменений. Смолы и стеклоткани хватает до конца года.

В.А. Пахомова
""", "utf-8", "quoted-printable"), cc=[AL], atts=[xlsx("Дефицит_июль_2024.xlsx", DEFICIT)],
  ev=[("f-es-prepreg", "По препрегу ситуация не улучшилась"),
      ("f-es-prepreg", "Выкладка лонжеронов Ка-27 и Ми-17В-5 ведётся в одну смену"),
      ("f-es-rig", "Испытания образцов-свидетелей - только в Таганроге")])

PROTOCOL = [
    "ПРОТОКОЛ производственного совещания у генерального директора",
    "08.07.2024, г. Донгорск",
    "Председатель: генеральный директор Лазутин А.С.",
    "Присутствовали: Ремизов С.И., Пахомова В.А., Заворицкий Б.Ю., начальники цехов 1, 2, 4.",
    "1. Ремонт и модернизация лопастей несущего винта Ка-27ПЛ/Ка-27ПС по государственному контракту с Минобороны России (морская авиация ВМФ): сдано 14 из 36. Отставание - из-за отсутствия стенда усталостных испытаний.",
    "2. Ремонт лопастей несущего винта Ми-17В-5 для ВВС Лаоса (контракт с АО «Ависпецэкспорт»): отгружено 8 из 24, вторая партия - сентябрь.",
    "3. Лопасти Ка-32А11ВС для ООО «Южная вертолётная компания»: готово 2 из 4.",
    "4. Автоклав АК-2800: система управления VTS-AC400 от Vardhan Thermal Systems (Индия) отгружена, монтаж - август. Ответственный - Заворицкий Б.Ю.",
    "5. Препрег УПК-7: дефицит сохраняется. Поручить Пахомовой В.А. заключить договор с резервным поставщиком.",
    "6. Станок KSR-5: восстановление шпинделя своими силами, ответственный - Ремизов С.И.",
    "Секретарь: Гончаренко О.В.",
]
M("m45", "2024-07-08 17:45 +0300", AL, [HEADS], "Протокол совещания 08.07.2024",
  ("plain", """Коллеги, протокол совещания от 08.07 во вложении. Исполнение - по срокам протокола, отчёт - на следующем совещании.

А.С. Лазутин
""", "windows-1251", "base64"), cc=[BZ], hdr=("windows-1251", "B"),
  atts=[docx("Протокол_08.07.2024.docx", PROTOCOL)],
  ev=[("f-mm-ru", "Ремонт и модернизация лопастей несущего винта Ка-27ПЛ/Ка-27ПС по государственному контракту с Минобороны России (морская авиация ВМФ): сдано 14 из 36."),
      ("f-mm-la", "Ремонт лопастей несущего винта Ми-17В-5 для ВВС Лаоса (контракт с АО «Ависпецэкспорт»): отгружено 8 из 24"),
      ("f-es-rig", "Отставание - из-за отсутствия стенда усталостных испытаний."),
      ("f-alt-in", "Автоклав АК-2800: система управления VTS-AC400 от Vardhan Thermal Systems (Индия) отгружена, монтаж - август."),
      ("f-es-prepreg", "Препрег УПК-7: дефицит сохраняется."),
      ("f-emp-al", "Председатель: генеральный директор Лазутин А.С.")])

M("m46", "2024-07-15 09:00 +0300", IT, [("", "all@dzkk.example.ru")], "Плановые работы на почтовом сервере 20.07",
  ("plain", """Коллеги, в субботу 20 июля с 08:00 до 14:00 почта будет недоступна - обновление сервера. Письма, отправленные в это время, будут доставлены после окончания работ.

Служба ИТ
""", "utf-8", "base64"), mailer="Zimbra 9.0")

M("m47", "2024-07-22 21:30 +0300", MZ, [BZP], "Отпуск",
  ("plain", """Бодя, отпуск мне с 5 по 15 октября подписали! Я посмотрела отели в Рас-эль-Хайме, мне нравится Coral Dune - пляж свой, и от аэропорта всего час на трансфере. Денис с нами не полетит, у него в октябре практика. Бронируем?
Галине Николаевне скажем, когда вернёмся, а то будет волноваться.

Марина
""", "utf-8", "base64"), mailer="Mail.ru",
  ev=[("f-tr-uae", "Я посмотрела отели в Рас-эль-Хайме, мне нравится Coral Dune")])

NOTICE = [
    "Начальнику режимно-секретного отдела АО «ДЗКК»",
    "от ведущего инженера-технолога Заворицкого Б.Ю.",
    "УВЕДОМЛЕНИЕ",
    "Настоящим уведомляю, что в период с 05.10.2024 по 15.10.2024 (очередной отпуск) выезжаю в Объединённые Арабские Эмираты (эмират Рас-эль-Хайма) с целью туризма совместно с женой - Заворицкой Мариной Геннадьевной.",
    "Выезд - по заграничному паспорту гражданина Российской Федерации 75 № 4418207.",
    "05.08.2024 Б.Ю. Заворицкий",
]
ANKETA = [
    "АНКЕТА (сведения обновлены 05.08.2024)",
    "Фамилия, имя, отчество: Заворицкий Богдан Юрьевич",
    "Дата и место рождения: 23.04.1979, г. Харьков, Украинская ССР",
    "Гражданство: Российская Федерация (с 2001 г.); Украина (по рождению, от гражданства Украины не отказывался)",
    "Документы: заграничный паспорт гражданина РФ 75 № 4418207; паспорт гражданина Украины для выезда за границу FK310482 на имя ZAVORYTSKYI BOHDAN, действителен до 2029 г., хранится у матери в г. Харькове.",
    "Должность и место работы: ведущий инженер-технолог отдела главного технолога АО «Донгорский завод композитных конструкций» (с 2012 г.)",
    "Близкие родственники:",
    "Супруга: Заворицкая Марина Геннадьевна, 11.02.1981 г.р., гражданка Российской Федерации, г. Донгорск.",
    "Сын: Заворицкий Денис Богданович, 14.09.2005 г.р., гражданин Российской Федерации, студент университета в г. Караганде (Республика Казахстан); имеет вид на жительство в Республике Казахстан.",
    "Мать: Заворицкая Галина Николаевна, 1953 г.р., гражданка Украины, проживает в г. Харькове (Украина).",
    "Выезды за границу за последние 5 лет: Республика Узбекистан (г. Ташкент), март 2024 г., служебная командировка.",
]
M("m48", "2024-08-05 10:12 +0300", BZ, [RSO], "Уведомление о выезде и анкета",
  ("plain", """В режимно-секретный отдел

Направляю уведомление о предстоящем выезде за границу и обновлённую анкету (изменились сведения о сыне). Оригиналы с подписью занесу сегодня после обеда.

Б.Ю. Заворицкий, ведущий инженер-технолог ОГТ, тел. 3-41
""", "windows-1251", "base64"), hdr=("windows-1251", "B"),
  atts=[docx("Уведомление_о_выезде.docx", NOTICE), docx("Анкета_Заворицкий.docx", ANKETA)],
  ev=[("f-tr-uae", "выезжаю в Объединённые Арабские Эмираты (эмират Рас-эль-Хайма) с целью туризма совместно с женой - Заворицкой Мариной Геннадьевной"),
      ("f-fam-spouse", "совместно с женой - Заворицкой Мариной Геннадьевной"),
      ("f-fam-spouse", "Супруга: Заворицкая Марина Геннадьевна"),
      ("f-fam-son", "Сын: Заворицкий Денис Богданович"),
      ("f-fam-mother", "Мать: Заворицкая Галина Николаевна"),
      ("f-cit-bz", "Гражданство: Российская Федерация (с 2001 г.); Украина (по рождению, от гражданства Украины не отказывался)"),
      ("f-cit-bz", "Выезд - по заграничному паспорту гражданина Российской Федерации 75 № 4418207."),
      ("f-cit-bz", "паспорт гражданина Украины для выезда за границу FK310482 на имя ZAVORYTSKYI BOHDAN"),
      ("f-cit-mz", "Супруга: Заворицкая Марина Геннадьевна, 11.02.1981 г.р., гражданка Российской Федерации"),
      ("f-cit-dz", "Сын: Заворицкий Денис Богданович, 14.09.2005 г.р., гражданин Российской Федерации"),
      ("f-cit-gz", "Мать: Заворицкая Галина Николаевна, 1953 г.р., гражданка Украины"),
      ("f-tr-tas", "Республика Узбекистан (г. Ташкент), март 2024 г., служебная командировка"),
      ("f-emp-bz", "ведущий инженер-технолог отдела главного технолога АО «Донгорский завод композитных конструкций» (с 2012 г.)"),
      ("f-emp-bz", "ведущий инженер-технолог ОГТ")])

M("m49", "2024-08-12 08:20 +0300", AL, [BZ], "Re: Отпуск в октябре",
  ("plain", """Богдан Юрьевич, отпуск с 5 по 15 октября согласовываю, отдыхайте с супругой. На время отпуска технологическое сопровождение автоклава - на Ремизова. Уведомление о выезде в ОАЭ в РСО сдали?

А.С.
""", "utf-8", "quoted-printable"),
  ev=[("f-tr-uae", "Уведомление о выезде в ОАЭ в РСО сдали?")])

M("m50", "2024-08-20 15:48 +0300", VP, [BZ], "Vardhan - поставка пришла",
  ("html", ["Богдан Юрьевич,",
            "система управления VTS-AC400 и шесть нагревателей от Vardhan пришли на склад сегодня, таможню прошли без вопросов.",
            "По словам Рохана Дешпанде, их инженер по пусконаладке прилетит 26 августа, встречать в Минеральных Водах.",
            "Вера Анатольевна"], "utf-8", "base64"),
  ev=[("f-alt-in", "система управления VTS-AC400 и шесть нагревателей от Vardhan пришли на склад сегодня")])

M("m51", "2024-09-02 09:00 +0300", PROF, [("", "all@dzkk.example.ru")], "Поздравляем!",
  ("plain", """Уважаемые коллеги!

Сегодня юбилей отмечает ветеран завода, мастер участка намотки Гончаренко Ольга Викторовна - 30 лет на предприятии! Поздравляем и желаем здоровья и долгих лет работы.

Профком и администрация АО "ДЗКК"
""", "koi8-r", "base64"), hdr=("koi8-r", "B"), mailer="Zimbra 9.0")

VOUCHER = [
    "CORAL DUNE RESORT & SPA",
    "Al Marjan Island, Ras Al Khaimah, United Arab Emirates",
    "BOOKING CONFIRMATION No. CD-2024-88412",
    "Guests: MR ZAVORITSKII BOGDAN, MRS ZAVORITSKAIA MARINA",
    "Check-in: 05 October 2024",
    "Check-out: 15 October 2024",
    "Room: Deluxe Sea View, 2 adults, half board",
    "Payment: prepaid via agent (Solnechny Bereg Travel)",
    "Please present this confirmation and your passports at check-in.",
]
M("m52", "2024-09-10 20:41 +0300", MZ, [BZP], "Fwd: voucher",
  ("plain", """Bron' podtverdili, voucher vo vlozhenii. Vylet 5-go iz Mineral'nykh Vod v 06:10, do aeroporta edem s vechera.
M.

Otpravleno s iPhone
""", "us-ascii", "7bit"), atts=[pdf("Coral_Dune_voucher_CD-2024-88412.pdf", VOUCHER)], mailer="iPhone Mail (21G93)",
  ev=[("f-tr-uae", "Guests: MR ZAVORITSKII BOGDAN, MRS ZAVORITSKAIA MARINA"),
      ("f-tr-uae", "Check-in: 05 October 2024")])

M("m53", "2024-09-16 12:25 +0300", ZK, [BZ], "Акт приёмки, вторая партия",
  ("plain", """Богдан Юрьевич, добрый день!

Сообщаю, что представитель Министерства обороны Лаосской Народно-Демократической Республики подписал акт приёмки второй партии отремонтированных лопастей Ми-17В-5 (8 шт.). Третья партия по графику - ноябрь.

Ж.П. Крайнова
""", "windows-1251", "base64"), hdr=("windows-1251", "B"),
  ev=[("f-mm-la", "представитель Министерства обороны Лаосской Народно-Демократической Республики подписал акт приёмки второй партии отремонтированных лопастей Ми-17В-5 (8 шт.)")])

M("m54", "2024-09-25 11:11 +0300", VP, [BZ], "Препрег: сентябрь",
  ("plain", """Богдан Юрьевич,

по препрегу лучше не стало: резервный поставщик из Казани отгрузил 80 кг вместо 400. Углеродного препрега на складе - на одну неделю работы, выкладку лонжеронов переводим в одну смену.

В.А. Пахомова
""", "utf-8", "8bit"),
  ev=[("f-es-prepreg", "Углеродного препрега на складе - на одну неделю работы, выкладку лонжеронов переводим в одну смену.")])

M55_TEXT = """Мамо, привіт з Еміратів! Ми з Мариною вже третій день у Рас-ель-Хаймі, море тепле, як суп, вдень +35. Марина засмагла, а я читаю і сплю. Повертаємося 15-го.

Богдан
"""
M("m55", "2024-10-08 18:05 +0400", BZP_RU, [GZ], "Привіт з Еміратів",
  ("plain", M55_TEXT, "utf-8", "8bit"), mailer="Mail.ru Mail for iOS",
  ev=[("f-tr-uae", "Ми з Мариною вже третій день у Рас-ель-Хаймі, море тепле, як суп"),
      ("f-fam-mother", "Мамо, привіт з Еміратів!")])

M("m56", "2024-10-09 09:30 +0300", GZ, [BZP], "Re: Привіт з Еміратів",
  ("plain", """Синку, як добре, що ви з Мариною нарешті відпочиваєте! Бережіться від сонця. Марині передавай, щоб не згоріла.

Мама

08.10.2024 18:05, Богдан пише:
""" + quote(M55_TEXT) + "\n", "utf-8", "quoted-printable"), reply="m55", mailer="ukr.net webmail",
  ev=[("f-tr-uae", "Ми з Мариною вже третій день у Рас-ель-Хаймі, море тепле, як суп"),
      ("f-fam-mother", "Синку, як добре")])

M("m57", "2024-10-10 13:14 +0300", SR, [BZ], "как отдых?",
  ("plain", """Бодя, как Эмираты? Не сгорел? Тут без тебя Семёныч всех построил из-за стенда: решили заказывать новый стенд в Ульяновске, но раньше осени 2025 года его не будет. Пока возим образцы в Таганрог.
Кстати, говорят, пол-ОТК этим летом в Турции отдыхало, так что ты не один такой :)

Стас
""", "utf-8", "base64"), mailer="K-9 Mail for Android",
  ev=[("f-tr-uae", "Бодя, как Эмираты?"),
      ("f-es-rig", "решили заказывать новый стенд в Ульяновске, но раньше осени 2025 года его не будет. Пока возим образцы в Таганрог.")])

DS2 = [
    "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 2",
    "к Меморандуму о сотрудничестве от 12 января 2024 г.",
    "г. Ташкент - г. Донгорск, 4 ноября 2024 г.",
    "1. Начиная с этапа 3 опытно-конструкторских работ по самолёту БТ-12 «Туран» доля АО «ДЗКК» в финансировании составляет 45 (сорок пять) процентов, доля ООО «Бургут Авиа Проекты» - 55 (пятьдесят пять) процентов.",
    "2. Дополнительное соглашение № 1 от 7 июня 2024 г. применяется к этапам 1 и 2.",
    "От АО «ДЗКК»: генеральный директор ____________ А.С. Лазутин",
    "От ООО «Бургут Авиа Проекты»: директор ____________ Ф.И. Турсунходжаев",
]
M58_TEXT = """Уважаемый Аркадий Семёнович!

Хорошая новость: ООО «Бургут Авиа Проекты» получило государственный грант на этап 3 ОКР. Поэтому начиная с этапа 3 мы берём на себя 55 процентов затрат, остальное - ваше. Проект дополнительного соглашения № 2 во вложении.

С уважением,
Фаррух Турсунходжаев
директор
"""
M("m58", "2024-11-05 10:20 +0500", FT, [AL], "Дополнительное соглашение № 2 - этап 3",
  ("plain", M58_TEXT, "utf-8", "quoted-printable"), cc=[BZ], atts=[docx("ДС_2_БТ-12.docx", DS2)],
  mailer="Mozilla Thunderbird 115.6",
  ev=[("f-jd", "начиная с этапа 3 мы берём на себя 55 процентов затрат, остальное - ваше"),
      ("f-jd", "доля АО «ДЗКК» в финансировании составляет 45 (сорок пять) процентов"),
      ("f-emp-ft", "От ООО «Бургут Авиа Проекты»: директор ____________ Ф.И. Турсунходжаев")])

M("m59", "2024-11-06 09:02 +0300", BZ, [SR], "узбеки: ДС-2",
  ("plain", """Стас, смотри вложение: узбеки получили грант, с третьего этапа наша доля - 45%, то есть меньше половины. Семёныч уже согласился, подпишет на неделе.

Богдан
""", "utf-8", "base64"), atts=[rfc822("Дополнительное соглашение № 2 - этап 3.eml", "m58")],
  mailer="Mozilla Thunderbird 115.6",
  ev=[("f-jd", "с третьего этапа наша доля - 45%, то есть меньше половины")])

M("m60", "2024-11-12 15:30 +0300", AL, [FT], "Re: Дополнительное соглашение № 2 - этап 3",
  ("plain", """Уважаемый Фаррух Ильхомович!

Дополнительное соглашение N 2 подписано с нашей стороны, оригиналы отправлены курьерской почтой. Таким образом, с этапа 3 доля нашего завода в финансировании ОКР по БТ-12 снижается до сорока пяти процентов. Благодарю за конструктивную позицию.

А.С. Лазутин
""", "koi8-r", "8bit"), cc=[BZ], reply="m58", hdr=("utf-8", "B"), mailer="The Bat! (v10.5.3) Professional",
  ev=[("f-jd", "с этапа 3 доля нашего завода в финансировании ОКР по БТ-12 снижается до сорока пяти процентов")])

M("m61", "2024-11-18 06:00 +0000", ("Rotor & Composite Weekly", "newsletter@rotorcomposite.example.com"), [BZ],
  "Rotor & Composite Weekly: MRO outlook 2025",
  ("alt", """Rotor & Composite Weekly - issue 46/2024

MRO outlook: if sanctions were lifted, analysts expect helicopter repair plants in the region to return to European autoclave and machine tool makers within two years.

Materials: carbon prepreg prices rose 12% in the third quarter.

Events: Rotorcraft Composites Summit, Singapore, March 2025.

You receive this newsletter because you registered on our website.
""", ["Rotor & Composite Weekly - issue 46/2024",
      "MRO outlook: if sanctions were lifted, analysts expect helicopter repair plants in the region to return to European autoclave and machine tool makers within two years.",
      "Materials: carbon prepreg prices rose 12% in the third quarter.",
      "Events: Rotorcraft Composites Summit, Singapore, March 2025.",
      "You receive this newsletter because you registered on our website."], "utf-8", "quoted-printable"),
  mailer="Mailchimp")

M("m62", "2024-11-25 22:47 +0300", MZ, [BZP], "Denis",
  ("plain", """Bod', Denis zvonil, u nashego syna vsyo horosho, zachet po sopromatu sdal. Na Novyj god ya, mozhet, k nemu v Karagandu poletchu, esli bilety budut normal'nye. Poka ne reshila.
M.

Otpravleno s iPhone
""", "us-ascii", "7bit"), mailer="iPhone Mail (21G93)",
  ev=[("f-fam-mz-son", "Denis zvonil, u nashego syna vsyo horosho"),
      ("f-fam-son", "Denis zvonil, u nashego syna vsyo horosho")])

M("m63", "2024-12-02 10:40 +0300", ZK, [BZ], "Ми-17: итоги и Египет",
  ("plain", """Богдан Юрьевич,

по Ми-17: третья партия для Лаоса принята, контракт закрываем. По египетскому запросу на лопасти Ми-17 переговоры прекращены - египтяне выбрали другого исполнителя, контракта не будет, ТКП можно не готовить.

Ж.П. Крайнова
ведущий менеджер, АО «Ависпецэкспорт»
""", "utf-8", "quoted-printable"),
  ev=[("f-mm-la", "третья партия для Лаоса принята, контракт закрываем"),
      ("f-emp-zk", "ведущий менеджер, АО «Ависпецэкспорт»")])

M("m64", "2024-12-10 16:00 +0300", AL, [HEADS], "Итоги 2024 года",
  ("plain", """Коллеги, итоги года коротко.

- Для морской авиации ВМФ отремонтированы и модернизированы 36 лопастей несущего винта Ка-27ПЛ/ПС, госконтракт исполнен, последние 6 лопастей приняты военпредом по результатам испытаний в Таганроге.
- Для ВВС Лаоса через «Ависпецэкспорт» отремонтированы все 24 лопасти Ми-17В-5.
- Стенда для усталостных испытаний у нас по-прежнему нет, новый ждём не раньше III квартала 2025 г.
- Автоклав с индийской системой управления работает с сентября без замечаний.
- Японский станок KSR-5 работает на восстановленном шпинделе; новых шпинделей из Японии не будет, пока действуют санкции.
- По БТ-12 с «Бургутом» с этапа 3 платим 45%.

Спасибо всем за работу.

А.С. Лазутин
""", "utf-8", "base64"), cc=[BZ],
  ev=[("f-mm-ru", "Для морской авиации ВМФ отремонтированы и модернизированы 36 лопастей несущего винта Ка-27ПЛ/ПС"),
      ("f-mm-la", "Для ВВС Лаоса через «Ависпецэкспорт» отремонтированы все 24 лопасти Ми-17В-5."),
      ("f-es-rig", "Стенда для усталостных испытаний у нас по-прежнему нет"),
      ("f-alt-in", "Автоклав с индийской системой управления работает с сентября без замечаний."),
      ("f-so-jp", "новых шпинделей из Японии не будет, пока действуют санкции"),
      ("f-jd", "По БТ-12 с «Бургутом» с этапа 3 платим 45%.")])

M("m65", "2024-12-16 12:00 +0300", ("Праздник под ключ", "info@prazdnik-event.example.ru"), [BZ],
  "Новогодний корпоратив: скидка 20% до 20 декабря",
  ("html", ["Новогодний корпоратив под ключ!",
            "Банкетный зал, ведущий, диджей и фотограф - от 3500 руб. на гостя.",
            "Скидка 20% при бронировании до 20 декабря.",
            "Звоните: 8-800-555-00-00"], "windows-1251", "quoted-printable"), hdr=("windows-1251", "Q"),
  mailer="SendPulse")

M("m66", "2024-12-28 21:15 +0200", GZ, [BZP], "З Новим роком!",
  ("plain", """Синку, вітаю тебе, Марину і Дениса з Новим роком! Хай у новому році буде мир і всі будуть здорові. Бережіть одне одного.

Мама
""", "utf-8", "base64"), mailer="ukr.net webmail",
  ev=[("f-fam-mother", "Синку, вітаю тебе")])

# ------------------------------------------------------------------ loose messages
M("l01", "2024-03-02 11:26 +0200", GZ, [BZP], "Документи",
  ("plain", """Синку, знайшла ще й твій старий внутрішній паспорт громадянина України, той, що з фотографією у двадцять п'ять років. Тримаю його разом із закордонним, у шафі.
Ще прийшов лист з ЦНАПу на ім'я Заворицького Богдана Юрійовича про перереєстрацію квартири - я все зробила сама, не переймайся.

Мама
""", "utf-8", "8bit"), mailer="ukr.net webmail", loose="001.eml", no_mid=True, crlf=True,
  ev=[("f-cit-bz", "твій старий внутрішній паспорт громадянина України"),
      ("f-fam-mother", "Синку, знайшла")])

M("l02", "2024-01-17 14:05 +0300", ASE_BOSS, [AL], "О выполнении работ по контракту для ВВС Лаоса",
  ("plain", """Исх. № АСЭ-14/112 от 17.01.2024

Генеральному директору АО «ДЗКК»
А.С. Лазутину

Уважаемый Аркадий Семёнович!

АО «Ависпецэкспорт», являясь исполнителем контракта с Министерством обороны Лаосской Народно-Демократической Республики, поручает АО «ДЗКК» ремонт 24 лопастей несущего винта вертолётов Ми-17В-5 ВВС Лаоса в 2024 году. Техническое задание и график поставки прилагаются к договору субподряда.

Заместитель генерального директора
К.Л. Бережной

Исп. Крайнова Ж.П., ведущий менеджер, +7 (495) 555-62-08
""", "windows-1251", "quoted-printable"), cc=[BZ], hdr=("windows-1251", "B"), loose="002.eml",
  ev=[("f-mm-la", "поручает АО «ДЗКК» ремонт 24 лопастей несущего винта вертолётов Ми-17В-5 ВВС Лаоса в 2024 году"),
      ("f-emp-zk", "Исп. Крайнова Ж.П., ведущий менеджер"),
      ("f-emp-al", "Генеральному директору АО «ДЗКК»")])

M("l03", "2024-03-21 21:48 +0500", BZ, [AL], "Из Ташкента",
  ("plain", """Аркадий Семёнович, пишу из Ташкента. Защита идёт нормально, замечания рабочие. Но вчера Фаррух Ильхомович неожиданно предложил, чтобы мы финансировали две трети ОКР по БТ-12. Мы со Станиславом Игоревичем ответили, что при нынешнем разделении работ это несправедливо и что без Вас такие вопросы не решаются. Подробно - в отчёте.

Богдан Заворицкий
""", "utf-8", "base64"), loose="003.eml", mailer="Mail.ru Mail for Android",
  ev=[("f-tr-tas", "пишу из Ташкента"),
      ("f-jd", "предложил, чтобы мы финансировали две трети ОКР по БТ-12")])


# ------------------------------------------------------------------ building
def rfc_date(d):
    day, hm, tz = d.split()
    y, mo, dd = map(int, day.split("-"))
    h, mi = map(int, hm.split(":"))
    wd = WDAYS[_weekday(y, mo, dd)]
    return "%s, %02d %s %d %02d:%02d:00 %s" % (wd, dd, MONTHS[mo - 1], y, h, mi, tz), (wd, y, mo, dd, h, mi)


def att_part(a, built):
    k = a["kind"]
    if k == "docx":
        return attachment(a["name"], "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                          make_docx(a["paras"]), a["style"]), "\n".join(a["paras"])
    if k == "xlsx":
        cells = [str(c) for row in a["rows"] for c in row]
        return attachment(a["name"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          make_xlsx(a["rows"]), a["style"]), "\n".join(cells)
    if k == "pdf":
        return attachment(a["name"], "application/pdf", make_pdf(a["lines"]), a["style"]), "\n".join(a["lines"])
    if k == "txt":
        np_, fp = _fn_params(a["name"], a["style"])
        p = Part([("Content-Type", 'text/plain; charset="%s"; %s' % (a["charset"], np_)),
                  ("Content-Disposition", "attachment; %s" % fp),
                  ("Content-Transfer-Encoding", "base64")], base64.encodebytes(a["text"].encode(a["charset"])))
        return p, a["text"].replace("\r\n", "\n")
    if k == "rfc822":
        inner = built[a["key"]]
        np_, fp = _fn_params(a["name"], a["style"])
        p = Part([("Content-Type", "message/rfc822; %s" % np_), ("Content-Disposition", "attachment; %s" % fp),
                  ("Content-Transfer-Encoding", "7bit")], inner["raw"])
        return p, inner["text"]
    raise ValueError(k)


def build(spec, built):
    cs, mode = spec["hdr"]
    date, parts = rfc_date(spec["date"])
    b = spec["body"]
    kind = b[0]
    if kind == "plain":
        declare = b[4] if len(b) > 4 else True
        body = text_part(b[1], "plain", b[2], b[3], declare)
        text = b[1]
    elif kind == "alt":
        body = multipart("alternative", [text_part(b[1], "plain", b[3], b[4]),
                                         text_part(html_doc(b[2]), "html", b[3], b[4])],
                         "alt-" + hashlib.md5(spec["key"].encode()).hexdigest()[:12])
        text = b[1]
    elif kind == "html":
        body = text_part(html_doc(b[1]), "html", b[2], b[3])
        text = "\n".join(b[1])
    else:
        raise ValueError(kind)
    texts = [text]
    if spec["atts"]:
        aps = []
        for a in spec["atts"]:
            p, t = att_part(a, built)
            aps.append(p)
            texts.append(t)
        body = multipart("mixed", [body] + aps, "mix-" + hashlib.md5(spec["key"].encode()).hexdigest()[:12])
    domain = spec["frm"][1].split("@")[1]
    headers = [("From", fmt_addr(spec["frm"], cs, mode)),
               ("To", ",\n ".join(fmt_addr(p, cs, mode) for p in spec["to"]))]
    if spec["cc"]:
        headers.append(("Cc", ",\n ".join(fmt_addr(p, cs, mode) for p in spec["cc"])))
    headers += [("Subject", enc_words(spec["subject"], cs, mode)), ("Date", date)]
    message_id = None
    if not spec["no_mid"]:
        message_id = mid(spec["key"], domain)
        headers.append(("Message-ID", message_id))
    if spec["reply"]:
        parent = built[spec["reply"]]["id"]
        headers += [("In-Reply-To", parent), ("References", parent)]
    headers += [("MIME-Version", "1.0"), ("X-Mailer", spec["mailer"])]
    raw = Part(headers + body.headers, body.body).to_bytes()
    if spec["crlf"]:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if message_id is None:
        message_id = "<sha256:%s>" % hashlib.sha256(raw).hexdigest()
    names = " \n".join([spec["frm"][0]] + [p[0] for p in spec["to"] + spec["cc"]] + [spec["subject"]])
    return dict(id=message_id, raw=raw, text="\n".join(texts), names=names, parts=parts, spec=spec)


def mbox_bytes(built_list):
    out = bytearray()
    for m in built_list:
        wd, y, mo, dd, h, mi = m["parts"]
        out += b"From %s %s %s %02d %02d:%02d:00 %d\n" % (m["spec"]["frm"][1].encode(), wd.encode(),
                                                         MONTHS[mo - 1].encode(), dd, h, mi, y)
        for line in m["raw"].split(b"\n"):
            if line.startswith(b"From ") or (line.startswith(b">") and line.lstrip(b">").startswith(b"From ")):
                line = b">" + line
            out += line + b"\n"
        if not m["raw"].endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    return bytes(out)


# ------------------------------------------------------------------ truth: entities
ENTITIES = [
    dict(id="p_zavoritsky", schema="Person", name="Bogdan Zavoritskiy", names=[
        "Заворицкий Богдан Юрьевич", "Б.Ю. Заворицкий", "Заворицкий Б.Ю.", "Заворицкого Б.Ю.",
        "Заворицкого Богдана Юрьевича", "Богдан Юрьевич", "Богданом Юрьевичем", "Богдан", "Богдан Заворицкий",
        "Бодя", "Богданчику", "Богдане", "Заворицького Богдана Юрійовича",
        "Bogdan Zavoritskiy", "Mr. Zavoritskiy", "Mr. B. Zavoritskii", "Mr. Bogdan Zavoritsky", "Mr. Zaworycki",
        "Herr Sawortizki", "ZAVORITSKII BOGDAN", "ZAVORYTSKYI BOHDAN", "Bodya", "Bod'",
    ], properties=dict(citizenship=["ru", "ua"], birthDate=["1979-04-23"], birthPlace=["Kharkiv"],
                       email=["b.zavoritsky@dzkk.example.ru", "bodya.zav@mail.example.ru"])),
    dict(id="p_marina", schema="Person", name="Marina Zavoritskaya", names=[
        "Марина Заворицкая", "Заворицкая Марина Геннадьевна", "Заворицкой Мариной Геннадьевной", "Марина",
        "Мариш", "Мариночці", "Марини", "Мариною", "Марині", "Марину", "ZAVORITSKAIA MARINA", "Marina",
    ], properties=dict(citizenship=["ru"], birthDate=["1981-02-11"], email=["marina.zav@mail.example.ru"])),
    dict(id="p_denis", schema="Person", name="Denis Zavoritskiy", names=[
        "Denis Zavoritskiy", "Заворицкий Денис Богданович", "Денис", "Денисові", "Дениса", "Denis",
    ], properties=dict(citizenship=["ru"], birthDate=["2005-09-14"], email=["den.zavoritsky@mail.example.kz"])),
    dict(id="p_galina", schema="Person", name="Halyna Zavorytska", names=[
        "Галина Заворицька", "Заворицкая Галина Николаевна", "Галине Николаевне",
    ], properties=dict(citizenship=["ua"], email=["halyna.zavorytska@ukrnet.example.ua"])),
    dict(id="p_lazutin", schema="Person", name="Arkadiy Lazutin", names=[
        "Лазутин Аркадий Семёнович", "А.С. Лазутин", "Лазутин А.С.", "А.С. Лазутину", "Аркадий Семёнович",
        "Аркадия Семёновича", "Аркадию Семёновичу", "Аркадием Семёновичем", "Семёныч", "A. S. Lazutin",
    ], properties=dict(email=["a.lazutin@dzkk.example.ru"])),
    dict(id="p_remizov", schema="Person", name="Stanislav Remizov", names=[
        "Ремизов Станислав Игоревич", "С.И. Ремизов", "Ремизов С.И.", "Ремизова Станислава Игоревича",
        "Станислав Игоревич", "Станислава Игоревича Ремизова", "Станиславом Игоревичем", "Стас", "Ремизова",
    ], properties=dict(email=["s.remizov@dzkk.example.ru"])),
    dict(id="p_pakhomova", schema="Person", name="Vera Pakhomova", names=[
        "Пахомова Вера Анатольевна", "В.А. Пахомова", "Пахомова В.А.", "Пахомовой В.А.", "Вера Анатольевна",
        "Ms. Pakhomova",
    ], properties=dict(email=["v.pakhomova@dzkk.example.ru"])),
    dict(id="p_tursun", schema="Person", name="Farrukh Tursunkhodzhaev", names=[
        "Farrux Tursunxo'jayev", "Турсунходжаев", "Ф.И. Турсунходжаев", "Турсунходжаев Фаррух Ильхомович",
        "Фаррух Ильхомович", "Фаррух Турсунходжаев", "Ф. Турсунходжаев",
    ], properties=dict(nationality=["uz"], email=["f.tursunkhodjaev@burgut-avia.example.uz"])),
    dict(id="p_deshpande", schema="Person", name="Rohan Deshpande", names=[
        "Rohan Deshpande", "Рохана Дешпанде",
    ], properties=dict(email=["r.deshpande@vardhan-thermal.example.in"])),
    dict(id="p_krainova", schema="Person", name="Zhanna Krainova", names=[
        "Крайнова Жанна Петровна", "Ж.П. Крайнова", "Крайнова Ж.П.", "Жанна Петровна",
    ], properties=dict(email=["zh.krainova@avispetsexport.example.ru"])),
    dict(id="o_dzkk", schema="Company", name="Dongorsk Composite Structures Plant", names=[
        "АО «ДЗКК»", "ДЗКК", "Акционерное общество «Донгорский завод композитных конструкций»",
        "АО «Донгорский завод композитных конструкций»", "Донгорский завод композитных конструкций",
        "Донгорского завода композитных конструкций",
        "Dongorsk Composite Structures Plant JSC", "Joint Stock Company Dongorsk Composite Structures Plant",
        "Dongorsk Composite Structures Plant",
    ], properties=dict(country=["ru"], address=["Dongorsk, Rostov Oblast"])),
    dict(id="o_ase", schema="Company", name="Avispetsexport JSC", names=[
        "АО «Ависпецэкспорт»", "Ависпецэкспорт",
    ], properties=dict(country=["ru"], address=["Moscow"])),
    dict(id="o_burgut", schema="Company", name="Burgut Aviation Projects LLC", names=[
        "ООО «Бургут Авиа Проекты»", "Бургут Авиа Проекты", "Общество с ограниченной ответственностью «Бургут Авиа Проекты»",
        "«Burgut Aviatsiya Loyihalari» MChJ", "Burgut Aviatsiya Loyihalari", "Бургут", "Бургутом",
    ], properties=dict(country=["uz"], address=["Tashkent"])),
    dict(id="o_hallberg", schema="Company", name="Hallberg Autoklavtechnik GmbH", names=[
        "Hallberg Autoklavtechnik GmbH", "Hallberg",
    ], properties=dict(country=["de"], address=["Kassel"])),
    dict(id="o_kurokawa", schema="Company", name="Kurokawa Seiki Co., Ltd.", names=[
        "Kurokawa Seiki Co., Ltd.", "Kurokawa Seiki", "Kurokawa", "黒川精機株式会社", "Курокава", "Курокавы",
    ], properties=dict(country=["jp"], address=["Nagoya"])),
    dict(id="o_vardhan", schema="Company", name="Vardhan Thermal Systems Pvt. Ltd.", names=[
        "Vardhan Thermal Systems Pvt. Ltd.", "Vardhan Thermal Systems", "Vardhan", "Вардхан Термал Системс",
        "Вардхана",
    ], properties=dict(country=["in"], address=["Pune"])),
    dict(id="o_karadeniz", schema="Company", name="Karadeniz CNC Makina San. ve Tic. A.Ş.", names=[
        "Karadeniz CNC Makina San. ve Tic. A.Ş.", "Karadeniz CNC Makina", "Karadeniz",
    ], properties=dict(country=["tr"], address=["Bursa"])),
]

# ------------------------------------------------------------------ truth: findings
FINDINGS = [
    dict(id="f-mm-ru", kind="military_maintenance", subjects=["o_dzkk"],
         summary="DZKK repairs and modernises main rotor blades of Ka-27PL and Ka-27PS helicopters of the Russian Navy's naval aviation under a state contract with the Russian Ministry of Defence (36 blades in 2024).",
         attributes=dict(platforms=["ka-27", "ka-27pl", "ka-27ps"], customer_country="ru")),
    dict(id="f-mm-la", kind="military_maintenance", subjects=["o_dzkk"],
         summary="DZKK repairs 24 main rotor blades of Mi-17V-5 helicopters for the Lao air force, under a contract with the exporter Avispetsexport.",
         attributes=dict(platforms=["mi-17", "mi-17v-5"], customer_country="la")),
    dict(id="f-jd", kind="joint_development", subjects=["o_dzkk", "o_burgut"],
         summary="DZKK and Burgut Aviation Projects (Tashkent) jointly develop the BT-12 Turon light transport aircraft; DZKK's share went from half (January) to 60% (June, after a two-thirds proposal was turned down) and to 45% from stage 3 (November).",
         attributes=dict(product=["bt-12", "bt-12 turon", "turon", "turan"], partner_country="uz", funding_share=0.45)),
    dict(id="f-so-jp", kind="sanctions_obstacle", subjects=["o_dzkk"],
         summary="Kurokawa Seiki refuses DZKK a spindle unit and a CNC controller board for its KSR-5 five-axis router under Japan's export controls on Russia.",
         attributes=dict(origin_country="jp", goods="cnc machine spare parts")),
    dict(id="f-so-de", kind="sanctions_obstacle", subjects=["o_dzkk"],
         summary="Hallberg Autoklavtechnik refuses DZKK an autoclave control system and heater banks under EU Regulation 833/2014.",
         attributes=dict(origin_country="de", goods="autoclave control system and heaters")),
    dict(id="f-alt-in", kind="alternative_supplier", subjects=["o_dzkk", "o_vardhan"],
         summary="Vardhan Thermal Systems (Pune, India) supplies a VTS-AC400 control system and heater banks in place of Hallberg's; contract signed, delivered and working.",
         attributes=dict(supplier_country="in", goods="autoclave control system and heaters")),
    dict(id="f-es-prepreg", kind="equipment_shortage", subjects=["o_dzkk"],
         summary="DZKK runs short of carbon prepreg UPK-7 all year; spar lay-up goes to one shift.",
         attributes=dict(goods="carbon prepreg")),
    dict(id="f-es-rig", kind="equipment_shortage", subjects=["o_dzkk"],
         summary="DZKK's spar fatigue test rig SUI-2 broke in May and there is no other; samples go to Taganrog, a new rig not before autumn 2025.",
         attributes=dict(goods="fatigue test rig")),
    dict(id="f-tr-tas", kind="foreign_travel", subjects=["p_zavoritsky", "p_remizov"],
         summary="Zavoritskiy and Remizov travelled to Tashkent, Uzbekistan, 18-22 March 2024 for the BT-12 preliminary design review at Burgut.",
         attributes=dict(country="uz", start="2024-03", place="Tashkent", purpose="design review of the bt-12")),
    dict(id="f-tr-uae", kind="foreign_travel", subjects=["p_zavoritsky", "p_marina"],
         summary="Zavoritskiy and his wife Marina holidayed in Ras Al Khaimah, UAE, 5-15 October 2024.",
         attributes=dict(country="ae", start="2024-10", place="Ras Al Khaimah", purpose="holiday")),
    dict(id="f-cit-bz", kind="citizenship", subjects=["p_zavoritsky"],
         summary="Zavoritskiy, born in Kharkiv, is a citizen of Russia (since 2001) and of Ukraine (by birth), with passports of both.",
         attributes=dict(countries=["ru", "ua"])),
    dict(id="f-cit-mz", kind="citizenship", subjects=["p_marina"],
         summary="Marina Zavoritskaya is a Russian citizen.", attributes=dict(countries=["ru"])),
    dict(id="f-cit-dz", kind="citizenship", subjects=["p_denis"],
         summary="Denis Zavoritskiy is a Russian citizen only; he holds a residence permit in Kazakhstan.",
         attributes=dict(countries=["ru"])),
    dict(id="f-cit-gz", kind="citizenship", subjects=["p_galina"],
         summary="Halyna Zavorytska, the engineer's mother in Kharkiv, is a Ukrainian citizen.",
         attributes=dict(countries=["ua"])),
    dict(id="f-fam-spouse", kind="family_relation", subjects=["p_zavoritsky", "p_marina"],
         summary="Marina Zavoritskaya is Bogdan Zavoritskiy's wife.", attributes=dict(relationship="spouse")),
    dict(id="f-fam-son", kind="family_relation", subjects=["p_zavoritsky", "p_denis"],
         summary="Denis (born 2005) is Bogdan Zavoritskiy's son.", attributes=dict(relationship="child")),
    dict(id="f-fam-mother", kind="family_relation", subjects=["p_zavoritsky", "p_galina"],
         summary="Halyna Zavorytska in Kharkiv is Bogdan Zavoritskiy's mother.", attributes=dict(relationship="parent")),
    dict(id="f-fam-mz-son", kind="family_relation", subjects=["p_marina", "p_denis"],
         summary="Denis is Marina Zavoritskaya's son.", attributes=dict(relationship="child")),
    dict(id="f-emp-bz", kind="employment", subjects=["p_zavoritsky", "o_dzkk"],
         summary="Zavoritskiy is a lead process engineer in the chief technologist's department of DZKK.",
         attributes=dict(role="lead process engineer")),
    dict(id="f-emp-al", kind="employment", subjects=["p_lazutin", "o_dzkk"],
         summary="Arkadiy Lazutin is the general director of DZKK.", attributes=dict(role="general director")),
    dict(id="f-emp-sr", kind="employment", subjects=["p_remizov", "o_dzkk"],
         summary="Stanislav Remizov is the chief designer of DZKK.", attributes=dict(role="chief designer")),
    dict(id="f-emp-vp", kind="employment", subjects=["p_pakhomova", "o_dzkk"],
         summary="Vera Pakhomova heads DZKK's procurement (materials and supply) department.",
         attributes=dict(role="head of procurement department")),
    dict(id="f-emp-ft", kind="employment", subjects=["p_tursun", "o_burgut"],
         summary="Farrukh Tursunkhodzhaev is the director of Burgut Aviation Projects.", attributes=dict(role="director")),
    dict(id="f-emp-rd", kind="employment", subjects=["p_deshpande", "o_vardhan"],
         summary="Rohan Deshpande is export sales manager of Vardhan Thermal Systems.",
         attributes=dict(role="export sales manager")),
    dict(id="f-emp-zk", kind="employment", subjects=["p_krainova", "o_ase"],
         summary="Zhanna Krainova is a lead manager in the helicopter department of Avispetsexport.",
         attributes=dict(role="lead manager")),
    dict(id="f-wl-al", kind="watchlist_match", subjects=["p_lazutin"],
         summary="Arkadiy Lazutin is on the watchlist as LAZUTIN, Arkadij Semjonovich (not the near miss LAZUTIN, Arkadiy Sergeevich).",
         attributes=dict(list="watchlist", entry_id="wl-ru-7731")),
    dict(id="f-wl-dzkk", kind="watchlist_match", subjects=["o_dzkk"],
         summary="DZKK is on the watchlist as DONGORSKIY ZAVOD KOMPOZITNYKH KONSTRUKTSIY AO.",
         attributes=dict(list="watchlist", entry_id="wl-ru-7732")),
    dict(id="f-wl-ase", kind="watchlist_match", subjects=["o_ase"],
         summary="Avispetsexport is on the watchlist as AVISPECEKSPORT AO.",
         attributes=dict(list="watchlist", entry_id="wl-ru-7733")),
]

WATCHLIST = [
    {"id": "wl-ru-7731", "schema": "Person", "caption": "LAZUTIN, Arkadij Semjonovich",
     "properties": {"name": ["LAZUTIN, Arkadij Semjonovich"], "alias": ["LAZUTIN, Arkadii Semenovich", "Лазутин Аркадий Семенович"],
                    "birthDate": ["1961-08-17"], "nationality": ["ru"],
                    "position": ["General Director, Dongorsk Composite Structures Plant"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-7732", "schema": "Company", "caption": "DONGORSKIY ZAVOD KOMPOZITNYKH KONSTRUKTSIY AO",
     "properties": {"name": ["DONGORSKIY ZAVOD KOMPOZITNYKH KONSTRUKTSIY AO"],
                    "alias": ["DZKK JSC", "Dongorskij zavod kompozitnych konstrukcij"], "jurisdiction": ["ru"],
                    "address": ["Dongorsk, Rostov Oblast, Russia"], "sector": ["helicopter rotor blade repair"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ru-7733", "schema": "Company", "caption": "AVISPECEKSPORT AO",
     "properties": {"name": ["AVISPECEKSPORT AO"], "alias": ["JSC AVISPETSEXPORT", "AO Avispetseksport"],
                    "jurisdiction": ["ru"], "address": ["Moscow, Russia"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-7740", "schema": "Person", "caption": "LAZUTIN, Arkadiy Sergeevich",
     "properties": {"name": ["LAZUTIN, Arkadiy Sergeevich"], "alias": ["Лазутин Аркадий Сергеевич"],
                    "birthDate": ["1987-02-03"], "nationality": ["ru"],
                    "position": ["Deputy Head of Administration, Saratov Oblast"]}, "datasets": ["watchlist"]},
    {"id": "wl-ua-0412", "schema": "Person", "caption": "ZAVORYTSKYI, Bohdan Yuriiovych",
     "properties": {"name": ["ZAVORYTSKYI, Bohdan Yuriiovych"], "alias": ["Заворицький Богдан Юрійович"],
                    "birthDate": ["1956-11-02"], "nationality": ["ua"],
                    "address": ["Odesa, Ukraine"]}, "datasets": ["watchlist"]},
    {"id": "wl-kg-0090", "schema": "Company", "caption": "BURGUT AVIA PROEKT LLC",
     "properties": {"name": ["BURGUT AVIA PROEKT LLC"], "alias": ["ОсОО «Бургут Авиа Проект»"],
                    "jurisdiction": ["kg"], "address": ["Bishkek, Kyrgyzstan"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-7750", "schema": "Person", "caption": "REMIZOVA, Stanislava Igorevna",
     "properties": {"name": ["REMIZOVA, Stanislava Igorevna"], "birthDate": ["1990-06-30"], "nationality": ["ru"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ru-7755", "schema": "Company", "caption": "DONSKOY ZAVOD KOMPOZITOV OOO",
     "properties": {"name": ["DONSKOY ZAVOD KOMPOZITOV OOO"], "jurisdiction": ["ru"],
                    "address": ["Volgodonsk, Rostov Oblast, Russia"]}, "datasets": ["watchlist"]},
    {"id": "wl-in-0031", "schema": "Company", "caption": "VARDHAMAN THERMOTECH LLP",
     "properties": {"name": ["VARDHAMAN THERMOTECH LLP"], "jurisdiction": ["in"], "address": ["Ahmedabad, Gujarat"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ru-7760", "schema": "Person", "caption": "KRAINOV, Zhan Petrovich",
     "properties": {"name": ["KRAINOV, Zhan Petrovich"], "birthDate": ["1972-12-12"], "nationality": ["ru"]},
     "datasets": ["watchlist"]},
]

README = """# Holdout case 18: Dongorsk Composite Structures Plant (DZKK)

A blind evaluation case for paperchase, written without looking at the tool's code. Everything in
it is fictional: the people, the firms, the town of Dongorsk, phone, passport and contract numbers;
all mail domains are under example.*. `make_case.py` (standard library only, deterministic) writes
every file here and checks the evidence quotes against what `paperchase export --format messages`
shows for the cited message.

## The source
The mailbox of **Bogdan Zavoritskiy**, lead process engineer (ведущий инженер-технолог, отдел главного
технолога) at **АО «Донгорский завод композитных конструкций» (АО «ДЗКК»)** in Dongorsk, Rostov region,
Russia, January to December 2024: `mailbox.mbox` (66 messages) and three loose messages in `loose/`
(`001.eml` has no Message-ID and is cited as `<sha256:...>` of the file's bytes; it has CRLF line ends).
The plant repairs and modernises helicopter main rotor blades. Mail is in Russian, Ukrainian (the
engineer, born in Kharkiv, writes Ukrainian with his mother), English, German, some Uzbek, and Russian
in Latin letters typed on a phone by his wife. Encodings: utf-8 (base64, quoted-printable, 8bit),
windows-1251, koi8-r, RFC 2047 headers (B and Q), HTML-only mail, multipart/alternative, one part with
no charset declared (`Стенд СУИ-2`, windows-1251 8bit). Evidence also sits in DOCX (memorandum, two
supplementary agreements, travel order, exit notice and personnel form, meeting minutes, an English
contract), an XLSX shortage list, a PDF hotel voucher, a windows-1251 .txt trip report and a forwarded
message attached as message/rfc822. Ten messages are noise (IT, canteen, trade union,
newsletters, spam).

## People and how they are written
- Bogdan Zavoritskiy: Заворицкий Богдан Юрьевич, Б.Ю. Заворицкий, Заворицкого Богдана Юрьевича,
  Богданом Юрьевичем, Бодя / Bodya / Bod', Богданчику, Богдане, Заворицького Богдана Юрійовича,
  Mr. Zavoritskiy, Mr. B. Zavoritskii, Mr. Bogdan Zavoritsky, Mr. Zaworycki, Herr Sawortizki,
  ZAVORITSKII BOGDAN (hotel voucher), ZAVORYTSKYI BOHDAN (Ukrainian passport).
- Marina Zavoritskaya, his wife: Заворицкая Марина Геннадьевна, Заворицкой Мариной Геннадьевной,
  Мариш, Мариночці, Марині, ZAVORITSKAIA MARINA, Marina.
- Denis, their son, a student in Karaganda (Kazakhstan) with a Kazakh residence permit: Заворицкий
  Денис Богданович, Денисові, Denis Zavoritskiy.
- Halyna Zavorytska, his mother in Kharkiv: Галина Заворицька, Заворицкая Галина Николаевна,
  Галине Николаевне.
- Arkadiy Lazutin, general director: Лазутин Аркадий Семёнович, А.С. Лазутин, Лазутину, Аркадий
  Семёнович, Аркадия Семёновича, Семёныч, A. S. Lazutin.
- Stanislav Remizov, chief designer: С.И. Ремизов, Ремизова Станислава Игоревича, Станиславом
  Игоревичем, Стас.
- Vera Pakhomova, head of procurement: В.А. Пахомова, Пахомовой В.А., Вера Анатольевна, Ms. Pakhomova.
- Farrukh Tursunkhodzhaev, director of the Tashkent partner: Farrux Tursunxo'jayev (Uzbek Latin),
  Турсунходжаев Фаррух Ильхомович, Ф.И. Турсунходжаев, Фаррух Ильхомович.
- Rohan Deshpande (Vardhan Thermal Systems, India), Рохана Дешпанде.
- Zhanna Krainova (exporter АО «Ависпецэкспорт»): Ж.П. Крайнова, Крайнова Ж.П., Жанна Петровна.

Firms: АО «ДЗКК» / Dongorsk Composite Structures Plant JSC; АО «Ависпецэкспорт»; ООО «Бургут Авиа
Проекты» / «Burgut Aviatsiya Loyihalari» MChJ (Tashkent); Hallberg Autoklavtechnik GmbH (Kassel);
Kurokawa Seiki Co., Ltd. / 黒川精機株式会社 (Nagoya); Vardhan Thermal Systems Pvt. Ltd. (Pune);
Karadeniz CNC Makina San. ve Tic. A.Ş. (Bursa).

## What an analyst should find (truth.json)
- Military maintenance: Ka-27PL/PS main rotor blades repaired and modernised for the Russian Navy
  (state contract with the Ministry of Defence); Mi-17V-5 main rotor blades repaired for the Lao air
  force through the exporter Avispetsexport.
- Joint development of the BT-12 «Туран» light transport aircraft with Burgut (Uzbekistan). DZKK's
  share: half (memorandum, «в равных долях», «пополам»), then 60% («60 на 40», «три пятых», June),
  then 45% from stage 3 («мы берём на себя 55 процентов, остальное - ваше», «сорока пяти процентов»,
  November). The truth is 0.45.
- Sanctions obstacles: Japan (Kurokawa: spindle unit and CNC board for the KSR-5 router), Germany
  (Hallberg: autoclave control system and heaters, EU Regulation 833/2014).
- Alternative supplier: Vardhan Thermal Systems (India) for the autoclave control and heating, weighed,
  contracted, delivered and working.
- Shortages: carbon prepreg УПК-7; the spar fatigue test rig СУИ-2 (broken, no other).
- Trips: Zavoritskiy and Remizov to Tashkent, 18-22 March 2024 (business); Zavoritskiy and his wife to
  Ras Al Khaimah, UAE, 5-15 October 2024 (holiday).
- Citizenship: Zavoritskiy ru + ua; his wife ru; his son ru; his mother ua.
- Family: wife, son (of both parents), mother.
- Employment: Zavoritskiy, Lazutin, Remizov, Pakhomova, Tursunkhodzhaev, Deshpande, Krainova.
- Watchlist (`watchlist.ftm.json`, other transliterations): the director (wl-ru-7731), the plant
  (wl-ru-7732), the exporter (wl-ru-7733).

## Traps (no finding)
- The Turkish offer (Karadeniz KRM-5X) was weighed and turned down; the June trip to Bursa was cancelled.
- Burgut's proposal that DZKK pay two thirds was rejected; the earlier 50% and 60% shares were superseded.
- Remizov's Schengen visa refused, so nobody went to the Stuttgart fair; his trip to Taganrog is domestic;
  the trade-union offer of Kislovodsk and Anapa is domestic and names nobody.
- Tursunkhodzhaev's visit to Dongorsk was planned and then postponed; Marina's possible New Year trip to
  Karaganda is only a plan; Denis did not go to the UAE.
- Denis's Kazakh residence permit is not citizenship; his mother asks about it in a question.
- Reported travel of unnamed people: neighbours who left for Poland; «пол-ОТК» holidaying in Turkey.
- Hypotheticals: «если санкции когда-нибудь снимут, вернёмся к немцам»; a newsletter's "if sanctions
  were lifted".
- Civil work: Ka-32A11BC blades for a civil operator are not military maintenance. The Egyptian Mi-17
  enquiry ended without a contract.
- Facts quoted again in replies and forwards: one finding, citing each message that states them.
- Watchlist near misses: LAZUTIN, Arkadiy Sergeevich (other patronymic and birth date); ZAVORYTSKYI,
  Bohdan Yuriiovych (same name, born 1956, the engineer was born 23.04.1979); BURGUT AVIA PROEKT LLC
  (Bishkek, not the Tashkent firm); REMIZOVA, Stanislava Igorevna; DONSKOY ZAVOD KOMPOZITOV (Volgodonsk);
  VARDHAMAN THERMOTECH LLP (Ahmedabad); KRAINOV, Zhan Petrovich.

## Scoring
    paperchase run mailbox.mbox loose --watchlist watchlist.ftm.json --case CASE --findings FINDINGS.json
    python3 /work/shared/tools/score_case.py truth.json FINDINGS.json --verbose
"""


# ------------------------------------------------------------------ main
def nfc(s):
    return unicodedata.normalize("NFC", s)


def main(argv):
    check = "--no-check" not in argv
    built, order = {}, []
    for spec in MESSAGES + LOOSE:
        m = build(spec, built)
        built[spec["key"]] = m
        order.append(m)
    mbox_msgs = [built[s["key"]] for s in MESSAGES]
    loose_msgs = [(s["loose"], built[s["key"]]) for s in LOOSE]

    # write the sources
    with open(os.path.join(HERE, "mailbox.mbox"), "wb") as fh:
        fh.write(mbox_bytes(mbox_msgs))
    loose_dir = os.path.join(HERE, "loose")
    if os.path.isdir(loose_dir):
        shutil.rmtree(loose_dir)
    os.makedirs(loose_dir)
    for fn, m in loose_msgs:
        with open(os.path.join(loose_dir, fn), "wb") as fh:
            fh.write(m["raw"])
    with open(os.path.join(HERE, "watchlist.ftm.json"), "w", encoding="utf-8") as fh:
        for e in WATCHLIST:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")

    # evidence from the message annotations
    problems = []
    by_id = {f["id"]: dict(f, evidence=[], confidence=1.0) for f in FINDINGS}
    for m in order:
        for fid, q in m["spec"]["ev"]:
            if fid not in by_id:
                problems.append("unknown finding %s in %s" % (fid, m["spec"]["key"]))
                continue
            if nfc(q) not in nfc(m["text"]):
                problems.append("quote not in source text of %s: %r" % (m["spec"]["key"], q))
            by_id[fid]["evidence"].append({"message_id": m["id"], "quote": q})
    # watchlist matches: every message that names the entity (body, attachments, headers)
    ents = {e["id"]: e for e in ENTITIES}
    for f in by_id.values():
        if f["kind"] == "watchlist_match":
            forms = ents[f["subjects"][0]]["names"]
            for m in order:
                hay = nfc(m["text"] + "\n" + m["names"])
                if any(nfc(n) in hay for n in forms):
                    f["evidence"].append({"message_id": m["id"], "quote": ""})
    for f in by_id.values():
        if not f["evidence"]:
            problems.append("finding without evidence: %s" % f["id"])
    # every true surface form must occur in the sources
    corpus = nfc("\n".join(m["text"] + "\n" + m["names"] for m in order))
    for e in ENTITIES:
        for n in e["names"]:
            if nfc(n) not in corpus:
                problems.append("entity %s: form %r does not occur" % (e["id"], n))
    truth = {"format": "paperchase.findings/1",
             "entities": [dict(id=e["id"], schema=e["schema"], name=e["name"], names=e["names"],
                               properties=e["properties"]) for e in ENTITIES],
             "findings": [by_id[f["id"]] for f in FINDINGS]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)
    print("mailbox: %d messages, loose: %d" % (len(mbox_msgs), len(loose_msgs)))
    print("truth: %d entities, %d findings, %d quotes" % (
        len(ENTITIES), len(FINDINGS), sum(len(f["evidence"]) for f in truth["findings"])))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        return 1
    if check:
        return check_with_tool(truth, [m["id"] for m in order])
    return 0


def check_with_tool(truth, all_ids):
    if not os.path.exists(PAPERCHASE):
        print("paperchase not found at %s: tool check skipped" % PAPERCHASE)
        return 0
    tmp = tempfile.mkdtemp(prefix="holdout18-check-")
    try:
        case = os.path.join(tmp, "case")
        subprocess.run([PAPERCHASE, "ingest", os.path.join(HERE, "mailbox.mbox"), os.path.join(HERE, "loose"),
                        "--case", case, "-q"], check=True, stdout=subprocess.DEVNULL)
        out = os.path.join(tmp, "messages.jsonl")
        subprocess.run([PAPERCHASE, "export", "--case", case, "--format", "messages", "-o", out], check=True,
                       stdout=subprocess.DEVNULL)
        exported = {}
        with open(out, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    m = json.loads(line)
                    texts = [m.get("text") or ""]

                    def walk(atts):
                        for a in atts or []:
                            texts.append(a.get("text") or "")
                            walk(a.get("attachments"))

                    walk(m.get("attachments"))
                    exported.setdefault(m["message_id"], []).extend(texts)
        bad = 0
        for mid_ in all_ids:
            if mid_ not in exported:
                print("CHECK: message %s not in the export" % mid_)
                bad += 1
        for f in truth["findings"]:
            for ev in f["evidence"]:
                if ev["message_id"] not in exported:
                    print("CHECK: %s cites missing message %s" % (f["id"], ev["message_id"]))
                    bad += 1
                    continue
                if ev["quote"] and not any(nfc(ev["quote"]) in nfc(t) for t in exported[ev["message_id"]]):
                    print("CHECK: %s: quote not in exported text of %s: %r" % (f["id"], ev["message_id"], ev["quote"]))
                    bad += 1
        print("tool check: %d messages exported, %d problems" % (len(exported), bad))
        return 1 if bad else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
