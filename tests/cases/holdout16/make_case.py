#!/usr/bin/env python3
"""Build the holdout16 case: the mailbox of a (fictional) lead process engineer at
AO Zhigulevsk Hydraulic Units Plant (ZhGAZ), Samara region.

Standard library only, deterministic (fixed dates, no randomness). Writes
mailbox.mbox (mboxrd), loose/*.eml, truth.json, watchlist.ftm.json and runs the
self-checks described in README.md.

    python3 make_case.py [--no-check]
"""
import base64
import datetime as dt
import hashlib
import io
import json
import mailbox
import os
import quopri
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
PAPERCHASE = "/work/main/.venv/bin/paperchase"
SCORER = "/work/shared/tools/score_case.py"

# ----------------------------------------------------------------------------
# low-level MIME helpers (hand-built so that every byte is under control)
# ----------------------------------------------------------------------------


def tz(hours, minutes=0):
    return dt.timezone(dt.timedelta(hours=hours, minutes=minutes))


SAM = tz(4)      # Samara
MSK = tz(3)      # Gomel / Minsk
IST = tz(5, 30)  # India


def encode_word_chunks(s, charset, mode):
    """RFC 2047 encoded words, each at most 75 characters."""
    words, cur = [], ""

    def enc(t):
        b = t.encode(charset)
        if mode == "B":
            body = base64.b64encode(b).decode("ascii")
        else:
            out = []
            for ch in b:
                c = chr(ch)
                if c == " ":
                    out.append("_")
                elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                    out.append(c)
                else:
                    out.append("=%02X" % ch)
            body = "".join(out)
        return "=?%s?%s?%s?=" % (charset, mode, body)

    for ch in s:
        if len(enc(cur + ch)) > 75:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def hdr_text(s, charset="utf-8", mode="B"):
    if s.isascii():
        return s
    return "\n ".join(encode_word_chunks(s, charset, mode))


def hdr_addr(name, addr, charset="utf-8", mode="B"):
    if not name:
        return addr
    if name.isascii():
        if re.search(r'[,.;:()<>@"\[\]]', name):
            name = '"%s"' % name.replace('"', '\\"')
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (hdr_text(name, charset, mode), addr)


def wrap76(s):
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def text_part(text, charset="utf-8", cte="base64", subtype="plain", declare=True):
    raw = text.encode(charset)
    ctype = "text/%s" % subtype
    if declare:
        ctype += '; charset="%s"' % charset
    if cte == "base64":
        body = wrap76(base64.b64encode(raw).decode("ascii"))
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii").rstrip("\n")
    else:  # 7bit / 8bit
        body = raw.decode("latin-1")  # bytes carried 1:1 through latin-1
    head = "Content-Type: %s\nContent-Transfer-Encoding: %s\n" % (ctype, cte)
    return head, body


def attach_part(filename, data, ctype):
    enc_name = hdr_text(filename, "utf-8", "B")
    rfc2231 = "utf-8''" + "".join(
        c if (c.isascii() and (c.isalnum() or c in "._-")) else "".join("%%%02X" % b for b in c.encode("utf-8"))
        for c in filename)
    head = ('Content-Type: %s; name="%s"\nContent-Transfer-Encoding: base64\n'
            'Content-Disposition: attachment; filename*=%s\n') % (ctype, enc_name, rfc2231)
    return head, wrap76(base64.b64encode(data).decode("ascii"))


def multipart(subtype, parts, boundary):
    head = 'Content-Type: multipart/%s; boundary="%s"\n' % (subtype, boundary)
    chunks = ["This is a multi-part message in MIME format.", ""]
    for ph, pb in parts:
        chunks.append("--" + boundary)
        chunks.append(ph + "\n" + pb)
    chunks.append("--" + boundary + "--")
    return head, "\n".join(chunks) + "\n"


def mid(key, domain):
    return "<%s@%s>" % (hashlib.sha1(key.encode("utf-8")).hexdigest()[:16], domain)


# ----------------------------------------------------------------------------
# attachments: minimal OOXML and PDF written by hand
# ----------------------------------------------------------------------------

ZDATE = (2023, 1, 1, 0, 0, 0)


def _zip(files, date):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paragraphs, date):
    """paragraphs: list of str or list of run strings (Word splits runs)."""
    ps = []
    for p in paragraphs:
        runs = p if isinstance(p, list) else [p]
        rs = "".join('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % xesc(r) for r in runs)
        ps.append("<w:p>%s</w:p>" % rs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>') % "".join(ps)
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)], date)


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheet_name, rows, date):
    strings, index = [], {}
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (col_letter(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                if v not in index:
                    index[v] = len(strings)
                    strings.append(v)
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, index[v]))
        xml_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>') % (ns, "".join(xml_rows))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>') % (
        ns, len(strings), len(strings), "".join("<si><t>%s</t></si>" % xesc(s) for s in strings))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>') % (ns, xesc(sheet_name))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '</Relationships>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '</Types>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet),
                 ("xl/sharedStrings.xml", sst)], date)


def pdf(lines):
    """A one-page PDF, Helvetica, ASCII text lines."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT\n/F1 10 Tf\n14 TL\n50 790 Td\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(content.encode("latin-1")), content),
        "<< /Producer (SGS Office 4.2) /CreationDate (D:20231024101500+05'30') >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1"))
    xref = out.tell()
    out.write(("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode("ascii"))
    for off in offsets:
        out.write(("%010d 00000 n \n" % off).encode("ascii"))
    out.write(("trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
               % (len(objs) + 1, xref)).encode("ascii"))
    return out.getvalue()


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


# ----------------------------------------------------------------------------
# message builder
# ----------------------------------------------------------------------------

MESSAGES = []   # in mailbox order
BY_KEY = {}


class P:
    """A person's mail identity: display name, address, header charset."""

    def __init__(self, name, addr, cs="utf-8", mode="B"):
        self.name, self.addr, self.cs, self.mode = name, addr, cs, mode

    def h(self):
        return hdr_addr(self.name, self.addr, self.cs, self.mode)

    def __call__(self, name=None, cs=None, mode=None):
        return P(name if name is not None else self.name, self.addr, cs or self.cs, mode or self.mode)


def build(key, date, frm, to, subject, body, texts, cc=(), subj_cs=("utf-8", "B"), with_mid=True,
          reply_to=None, mailer=None, loose=None, crlf=False, extra=()):
    domain = frm.addr.split("@", 1)[1]
    m = {"key": key, "date": date, "from": frm, "loose": loose, "texts": list(texts),
         "names": [p.name for p in [frm, *to, *cc] if p.name], "subject": subject}
    m["message_id"] = mid(key, domain) if with_mid else None
    h = ["From: " + frm.h(),
         "To: " + ",\n ".join(p.h() for p in to)]
    if cc:
        h.append("Cc: " + ",\n ".join(p.h() for p in cc))
    h.append("Subject: " + hdr_text(subject, *subj_cs))
    h.append("Date: " + format_datetime(date))
    if with_mid:
        h.append("Message-ID: " + m["message_id"])
    if reply_to:
        parent = BY_KEY[reply_to]["message_id"]
        h.append("In-Reply-To: " + parent)
        h.append("References: " + parent)
    h.append("MIME-Version: 1.0")
    if mailer:
        h.append("X-Mailer: " + mailer)
    h.extend(extra)
    bh, bb = body
    raw = "\n".join(h) + "\n" + bh + "\n" + bb
    if not raw.endswith("\n"):
        raw += "\n"
    data = raw.encode("latin-1")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    m["raw"] = data
    if not with_mid:
        m["message_id"] = "<sha256:%s>" % hashlib.sha256(data).hexdigest()
    MESSAGES.append(m)
    BY_KEY[key] = m
    return m


def D(y, mo, d, h, mi, z=SAM):
    return dt.datetime(y, mo, d, h, mi, 0, tzinfo=z)


OUTLOOK = "Microsoft Outlook 16.0"
TBIRD = "Mozilla Thunderbird 102.9.0"

# --- the cast's mail identities ----------------------------------------------
KB = P("Белозёров Кирилл Андреевич", "k.belozerov@zhgaz.example.ru")
KB_EN = KB("Kirill Belozerov")
SAF = P("Сафронов Геннадий Ильич", "g.safronov@zhgaz.example.ru", "windows-1251", "B")
TIKH = P("Тихомирова Лариса Евгеньевна", "l.tikhomirova@zhgaz.example.ru", "koi8-r", "Q")
TIKH_EN = TIKH("Larisa Tikhomirova")
YAR = P("Ярмаловіч Віталь Сцяпанавіч", "v.yarmalovich@sozh.example.by")
KUCH = P("Кучынская Вольга Міхайлаўна", "v.kuchynskaya@sozh.example.by")
SAB = P("Vikrant Sabnis", "vikrant.sabnis@shrinath.example.in")
NINA = P("Ніна Білозерова", "nina.bilozerova@mail.example.ru", "koi8-u", "B")
MARINA = P("Марина Белозёрова", "marina.belozerova@mail.example.ru")
ART = P("Artem Belozerov", "a.belozerov@student.example.am")
IT = P("Отдел ИТ", "it@zhgaz.example.ru", "koi8-r", "B")
PROFKOM = P("Профсоюзный комитет", "profkom@zhgaz.example.ru")
OK = P("Отдел кадров", "ok@zhgaz.example.ru", "windows-1251", "B")
CANTEEN = P("Комбинат питания", "canteen@zhgaz.example.ru")
VED = P("Пашкова Елена Николаевна", "ved@zhgaz.example.ru")
REZHIM = P("Режимно-секретный отдел", "rso@zhgaz.example.ru", "windows-1251", "B")
BANK = P("Приволжский кредит", "noreply@pkbank.example.ru", "windows-1251", "B")
ACC = P("Бухгалтерия", "buh@zhgaz.example.ru")
LIB = P("НТБ", "library@zhgaz.example.ru", "koi8-r", "Q")


def make_messages():
    # ---- N: password change (koi8-r, QP) ------------------------------------
    t = """Уважаемые коллеги!

С 13 по 17 февраля проводится плановая смена паролей учётных записей домена. При первом входе в систему после 13.02 вам будет предложено задать новый пароль: не менее 10 символов, буквы разного регистра и цифры.

Пароли от почты и от 1С:Предприятия с паролем домена не связаны, менять их не нужно.

Не сообщайте пароль никому, в том числе сотрудникам отдела ИТ.
Вопросы - по тел. 22-40.

Отдел информационных технологий"""
    build("n-pass", D(2023, 2, 6, 8, 30), IT, [KB], "Плановая смена паролей",
          text_part(t, "koi8-r", "quoted-printable"), [t], subj_cs=("koi8-r", "B"))

    # ---- E: production programme 2023 (windows-1251 base64 + XLSX) -----------
    t = """Кирилл Андреевич, добрый день.

Направляю утверждённую программу ремонта на 2023 год. Основной объём, как и в прошлом году, - государственный оборонный заказ: капитальный ремонт основных и передних стоек шасси самолётов Ту-22М3, гидронасосов и гидроусилителей самолётов Ил-76МД, агрегатов гидросистемы вертолётов Ка-52. Заказчик - Министерство обороны Российской Федерации, приёмка через военное представительство.

Отдельной строкой - экспортный контракт на капремонт агрегатов Ил-76 для ВВС Алжира, первая партия ожидается осенью.

Прошу до 1 марта дать по технологии: трудоёмкость, потребность в оснастке и материалах, узкие места по станочному парку. Особое внимание - шлифовальный участок, там у нас два станка из трёх на ладан дышат.

Лариса Евгеньевна, по импортным позициям жду от Вас состояние контрактов.

--
Главный инженер
АО «Жигулёвский гидроагрегатный завод»
Г.И. Сафронов
тел. (84862) 2-11-05"""
    rows = [["№", "Изделие", "Объект", "Кол-во", "Заказчик", "Срок"],
            [1, "Стойка шасси основная", "Ту-22М3", 12, "МО РФ (ГОЗ)", "II-IV кв."],
            [2, "Стойка шасси передняя", "Ту-22М3", 6, "МО РФ (ГОЗ)", "III-IV кв."],
            [3, "Гидронасос ГН-76", "Ил-76МД", 30, "МО РФ (ГОЗ)", "I-IV кв."],
            [4, "Гидроусилитель РП-76", "Ил-76МД", 14, "МО РФ (ГОЗ)", "II-III кв."],
            [5, "Агрегаты гидросистемы", "Ка-52", 40, "МО РФ (ГОЗ)", "I-IV кв."],
            [6, "Гидронасос ГН-76, рулевые приводы", "Ил-76МД/ТД", 24, "ВВС Алжира (экспорт)", "IV кв."],
            [7, "Гидроцилиндры навесного оборудования", "трактор К-744", 150,
             "ООО «Агротехсервис» (гражданский заказ)", "I-IV кв."]]
    x = xlsx("Программа 2023", rows, (2023, 2, 9, 17, 40, 0))
    xt = "\n".join("\t".join(str(c) for c in r) for r in rows)
    build("e-plan", D(2023, 2, 10, 10, 5), SAF, [KB], "Производственная программа ремонта на 2023 г.",
          multipart("mixed", [text_part(t, "windows-1251", "base64"),
                              attach_part("Программа_ремонта_2023.xlsx", x,
                                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
                    "----=_NextPart_000_0012_01D93D2A"),
          [t, xt], cc=[TIKH], subj_cs=("windows-1251", "B"), mailer=OUTLOOK)

    # ---- N: sanatorium vouchers (utf-8 QP) -----------------------------------
    t = """Уважаемые члены профсоюза!

Открыт приём заявлений на льготные путёвки в санаторий «Сосновый берег» на март - май 2023 г. Стоимость для работника - 30 % от полной, для членов семьи - 50 %.

Заявления принимаются в профкоме (корпус 2, каб. 114) до 28 февраля. При себе иметь справку 070/у.

Председатель профкома Н.С. Ляпина"""
    build("n-sanat", D(2023, 2, 14, 13, 20), PROFKOM, [KB], "Путёвки в санаторий на весну",
          text_part(t, "utf-8", "quoted-printable"), [t])

    # ---- E: Belarusian proposal (utf-8 base64) --------------------------------
    yar1 = """Шаноўны Кірыл Андрэевіч!

Як дамаўляліся па тэлефоне, дасылаю нашу прапанову. ААТ «Сожгідрамаш» прапануе Жыгулёўскаму гідраагрэгатнаму заводу сумесна распрацаваць новы аксіяльна-плунжарны насос ГП-140 (рабочая назва «Зарніца») для гідрасістэм цяжкіх верталётаў і транспартных самалётаў. Мы бярэм на сябе гідраўлічны разлік, корпус і рэгулятар, вы - качаючы вузел (блок цыліндраў, плунжары, размеркавальнік) і выпрабаванні.

Фінансаванне ДКР мы бачым напалову: кожны бок нясе палову выдаткаў.

Калі прынцыповых пярэчанняў няма, падрыхтуем праект пратакола да сярэдзіны сакавіка.

З павагай,
Віталь Сцяпанавіч Ярмаловіч
галоўны канструктар ААТ «Сожгідрамаш»
Sozhgidromash OJSC | Gomel, Belarus
тэл. +375 232 00-41-17"""
    build("e-yar-proposal", D(2023, 2, 20, 11, 40, MSK), YAR, [KB], "Прапанова па насосе ГП-140",
          text_part(yar1, "utf-8", "base64"), [yar1], mailer=TBIRD)

    # ---- E: forward to the chief engineer (utf-8 QP, inline forward) ---------
    t = """Геннадий Ильич, доброе утро.

Пересылаю предложение гомельчан. Если коротко: Сожгидромаш предлагает совместно делать новый насос ГП-140, они - корпус и регулятор, мы - качающий узел и испытания. Деньги пополам. По нашей части технология понятная, но опять упираемся в шлифовку плунжеров и блока цилиндров.

Ярмолович ждёт ответа до конца месяца.

К.А. Белозёров

-------- Пересылаемое сообщение --------
От: Ярмаловіч Віталь Сцяпанавіч <v.yarmalovich@sozh.example.by>
Дата: 20.02.2023 11:40
Тема: Прапанова па насосе ГП-140
Кому: Белозёров Кирилл Андреевич <k.belozerov@zhgaz.example.ru>

""" + yar1
    build("e-fwd-proposal", D(2023, 2, 21, 8, 50), KB, [SAF], "Fwd: Прапанова па насосе ГП-140",
          text_part(t, "utf-8", "quoted-printable"), [t], mailer=OUTLOOK)

    # ---- N: canteen menu (HTML only, utf-8 base64) ---------------------------
    t = """<html><head><meta charset="utf-8"><title>Меню</title></head><body>
<h3>Столовая № 2 (корпус 5): меню на неделю 06.03 - 10.03</h3>
<table border="1" cellpadding="4">
<tr><th>День</th><th>Первое</th><th>Второе</th><th>Цена комплекса</th></tr>
<tr><td>Пн</td><td>Щи из свежей капусты</td><td>Котлета по-домашнему, гречка</td><td>215 руб.</td></tr>
<tr><td>Вт</td><td>Рассольник</td><td>Плов со свининой</td><td>220 руб.</td></tr>
<tr><td>Ср</td><td>Борщ</td><td>Рыба в кляре, пюре</td><td>230 руб.</td></tr>
<tr><td>Чт</td><td>Суп гороховый</td><td>Тефтели, макароны</td><td>210 руб.</td></tr>
<tr><td>Пт</td><td>Уха</td><td>Блины с творогом</td><td>200 руб.</td></tr>
</table>
<p>8 марта - праздничный десерт для всех сотрудниц бесплатно.</p>
</body></html>"""
    build("n-menu", D(2023, 3, 1, 9, 0), CANTEEN, [KB], "Меню на неделю",
          text_part(t, "utf-8", "base64", "html"), [t])

    # ---- E: Swiss refusal, German (iso-8859-1 QP) -----------------------------
    aar = """Sehr geehrter Herr Beloserow

Besten Dank für Ihre Anfrage vom 15. Februar 2023 betreffend zwei CNC-Aussenrundschleifmaschinen AWS 1000 für die Zhigulevsk Hydraulic Units Plant.

Leider müssen wir Ihnen mitteilen, dass wir Ihnen kein Angebot unterbreiten können. Werkzeugmaschinen dieser Art fallen unter die Verordnung über Massnahmen im Zusammenhang mit der Situation in der Ukraine; der Verkauf, die Lieferung und die Ausfuhr in die Russische Föderation sind uns untersagt. Dies gilt auch für Ersatzteile und Servicearbeiten an den bei Ihnen installierten Maschinen.

Sollten die Massnahmen eines Tages aufgehoben werden, kommen wir gerne auf Ihre Anfrage zurück.

Freundliche Grüsse

Beat Aeschlimann
Area Sales Manager Osteuropa
Aarwerk Schleiftechnik AG
Industriestrasse 12, 5001 Aarau, Schweiz
Tel. +41 62 000 48 10"""
    build("e-aarwerk", D(2023, 3, 2, 14, 20, tz(1)), P("Beat Aeschlimann", "b.aeschlimann@aarwerk.example.ch"),
          [KB("Kirill Beloserow")], "Ihre Anfrage vom 15.02.2023 - Aussenrundschleifmaschinen für ZhGAZ",
          text_part(aar, "iso-8859-1", "quoted-printable"), [aar], subj_cs=("iso-8859-1", "Q"))

    # ---- E: engineer reports the Swiss refusal (utf-8 QP, quoted) ------------
    t = """Геннадий Ильич, Лариса Евгеньевна,

Аарверк официально отказал: станки AWS 1000 под швейцарскими санкциями, поставить в Россию не могут, и даже запчасти с сервисом на наши старые машины больше не дадут. Письмо ниже.

Если бы санкции сняли, я бы, честно говоря, сразу взял у них ещё два станка - лучше для плунжеров ничего нет. Но рассчитывать на это не приходится, ищу, кто ещё делает круглошлифовальные с точностью до 1 мкм.

Белозёров

-----Original Message-----
From: Beat Aeschlimann <b.aeschlimann@aarwerk.example.ch>
Sent: Thursday, March 2, 2023 4:20 PM
Subject: Ihre Anfrage vom 15.02.2023 - Aussenrundschleifmaschinen für ZhGAZ

""" + quote(aar)
    build("e-re-aarwerk", D(2023, 3, 6, 9, 15), KB, [SAF], "Швейцарцы отказали (Aarwerk)",
          text_part(t, "utf-8", "quoted-printable"), [t], cc=[TIKH], reply_to="e-aarwerk", mailer=OUTLOOK)

    # ---- N: bank (windows-1251 base64) ---------------------------------------
    t = """Уважаемый клиент!

По карте *4417 совершена покупка на сумму 3 480,00 RUB в магазине «Лента» 09.03.2023 18:42. Доступно: 41 206,15 RUB.

Если операцию совершали не Вы, позвоните по номеру на обороте карты.

Банк «Приволжский кредит»"""
    build("n-bank1", D(2023, 3, 10, 7, 2), BANK, [KB], "Операция по карте *4417",
          text_part(t, "windows-1251", "base64"), [t], subj_cs=("windows-1251", "B"))

    # ---- E: mother, Ukrainian (koi8-u 8bit) -----------------------------------
    mom1 = """Кирилку, добрий вечір.

Ходила сьогодні до міграційної служби в Сизрані. Вид на проживання в мене закінчується в травні, сказали принести нову довідку про доходи й медичний поліс, бо я ж досі громадянка України, а не Росії. Черга така, що я дві години простояла на ногах. Може, ти в суботу зможеш мене відвезти?

Як там Артемко, пише тобі? Мені дзвонив на Масляну, каже, в Єревані вже тепло, абрикоси цвітуть.

Марині привіт, хай не сердиться, що я їй пиріжки не передала, наступного разу.

Цілую, твоя мама

P.S. Довідку з роботи треба на ім'я Білозерова Ніна Григорівна, не переплутай, як минулого разу."""
    build("e-mom1", D(2023, 3, 14, 19, 30), NINA, [KB("Кирило Білозеров", "koi8-u", "B")], "Посвідка",
          text_part(mom1, "koi8-u", "8bit"), [mom1], subj_cs=("koi8-u", "B"))

    # ---- E: reply to mother (utf-8 base64) -----------------------------------
    t = """Мама, привет.

В субботу отвезу, только с утра, к обеду мне надо на завод. Справку о доходах я тебе сам сделаю, а полис купим по дороге. Тёма пишет редко, у него скоро сессия, и ты ему не звони по ночам - у них с нами разницы во времени нет, просто он спит до обеда :)

Марина передаёт привет.

Кирилл

14.03.2023 19:30, Ніна Білозерова пишет:
""" + quote(mom1)
    build("e-re-mom1", D(2023, 3, 15, 7, 55), KB, [NINA], "Re: Посвідка",
          text_part(t, "utf-8", "base64"), [t], reply_to="e-mom1", subj_cs=("koi8-u", "B"))

    # ---- N: antivirus (koi8-r base64) ----------------------------------------
    t = """Коллеги, добрый день.

В ночь с 22 на 23 марта на всех рабочих станциях будет обновлён антивирусный клиент. Компьютеры прошу не выключать, после обновления потребуется перезагрузка.

Отдел ИТ"""
    build("n-av", D(2023, 3, 20, 16, 45), IT, [KB], "Обновление антивируса",
          text_part(t, "koi8-r", "base64"), [t], subj_cs=("koi8-r", "Q"))

    # ---- E: Japanese refusal (English, us-ascii) -----------------------------
    t = """Dear Ms Tikhomirova,

Thank you for your continued interest in Kanemori products.

We have checked your inquiry for one CNC jig grinding machine KJG-450 with our export control department. Under the Foreign Exchange and Foreign Trade Act and the additional measures adopted by the Government of Japan, machine tools of this class may not be exported to the Russian Federation, and we are unable to submit a quotation, directly or through our agents in third countries.

We appreciate your understanding.

Best regards,
Hiroshi Tanabe
Overseas Sales Section
Kanemori Machinery Co., Ltd.
Nagoya, Japan"""
    build("e-kanemori", D(2023, 3, 27, 10, 10, tz(9)), P("Hiroshi Tanabe", "h.tanabe@kanemori.example.jp"),
          [TIKH_EN], "Re: Inquiry - CNC jig grinder KJG-450", text_part(t, "us-ascii", "7bit"), [t],
          cc=[KB_EN])

    # ---- E: Italian refusal (English, us-ascii) ------------------------------
    t = """Gentile Signora Tikhomirova,

with reference to your order no. 114/23 for PTFE and polyurethane seals for hydraulic actuators, we regret to inform you that we cannot proceed. Following the latest package of restrictive measures under Council Regulation (EU) No 833/2014, these items may no longer be sold or exported to Russia, and our bank has also stopped processing payments from Russian entities.

The advance payment of 14 May 2022 will be returned to your account in full.

Cordiali saluti,
Chiara Benedetti
Export Sales Office
Guarnital S.p.A.
Via dell'Industria 8, Lecco, Italia"""
    build("e-guarnital", D(2023, 4, 3, 11, 35, tz(2)), P("Chiara Benedetti", "c.benedetti@guarnital.example.it"),
          [TIKH_EN], "Your order no. 114/23 - PTFE seals", text_part(t, "us-ascii", "7bit"), [t], cc=[KB_EN])

    # ---- E: supply summary (koi8-r base64 + DOCX) ----------------------------
    t = """Геннадий Ильич, Кирилл Андреевич,

свела в справку все отказы иностранных поставщиков за I квартал, справка во вложении. Коротко: Швейцария (Аарверк), Япония (Канэмори) и Италия (Гуарнитал) отказали со ссылкой на санкции, аванс итальянцы обещают вернуть. По уплотнениям пока пусто, китайцы из Хаочэна прислали предложение, перешлю отдельно.

Л.Е. Тихомирова
начальник отдела материально-технического снабжения
тел. 2-13-40"""
    paras = [
        "АО «Жигулёвский гидроагрегатный завод»",
        "Справка об отказах иностранных поставщиков в связи с санкционными ограничениями (I квартал 2023 г.)",
        "1. Aarwerk Schleiftechnik AG (Швейцария) - круглошлифовальные станки с ЧПУ AWS 1000, 2 шт. Отказ 02.03.2023: швейцарские санкционные меры, запрет поставки в РФ, в т.ч. запчастей и сервиса.",
        "2. Kanemori Machinery Co., Ltd. (Япония) - координатно-шлифовальный станок KJG-450, 1 шт. Отказ 27.03.2023: экспортный контроль Японии.",
        ["3. Guarnital S.p.A. (Италия) - уплотнения из ПТФЭ и полиуретана для гидроцилиндров стоек шасси. ",
         "Отказ 03.04.2023: Регламент ЕС 833/2014, возврат аванса."],
        "Последствия: участок шлифования плунжеров и штоков работает на одном исправном станке; по уплотнениям потребность II квартала закрыта складским запасом.",
        "Начальник ОМТС Л.Е. Тихомирова",
    ]
    d = docx(paras, (2023, 4, 5, 9, 30, 0))
    dt_ = "\n".join("".join(p) if isinstance(p, list) else p for p in paras)
    build("e-tikh-summary", D(2023, 4, 5, 9, 48), TIKH, [SAF, KB], "Справка по санкционным отказам, I кв.",
          multipart("mixed", [text_part(t, "koi8-r", "base64"),
                              attach_part("Справка_санкции_1кв2023.docx", d,
                                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
                    "----=_NextPart_000_0031_01D9678B"),
          [t, dt_], subj_cs=("koi8-r", "Q"), mailer=OUTLOOK)

    # ---- N: industry digest (multipart/alternative) --------------------------
    tp = """АВИАРЕМОНТ. ДАЙДЖЕСТ ОТРАСЛИ, № 14 (апрель 2023)

- Минпромторг расширил перечень станков, на которые распространяется субсидия на приобретение отечественного оборудования.
- Выставка «Металлообработка-2023» пройдёт в Москве с 22 по 26 мая.
- Эксперты: полное импортозамещение прецизионных шлифовальных станков займёт не меньше десяти лет.

Отписаться от рассылки: https://aviadigest.example.com/unsubscribe"""
    th = """<html><body><h2>АВИАРЕМОНТ. ДАЙДЖЕСТ ОТРАСЛИ, № 14 (апрель 2023)</h2><ul>
<li>Минпромторг расширил перечень станков, на которые распространяется субсидия на приобретение отечественного оборудования.</li>
<li>Выставка «Металлообработка-2023» пройдёт в Москве с 22 по 26 мая.</li>
<li>Эксперты: полное импортозамещение прецизионных шлифовальных станков займёт не меньше десяти лет.</li>
</ul><p><a href="https://aviadigest.example.com/unsubscribe">Отписаться от рассылки</a></p></body></html>"""
    build("n-digest", D(2023, 4, 10, 6, 0, MSK), P("Авиаремонт. Дайджест", "news@aviadigest.example.com"), [KB],
          "Дайджест отрасли № 14",
          multipart("alternative", [text_part(tp, "utf-8", "quoted-printable"), text_part(th, "utf-8", "base64", "html")],
                    "b1_digest_14_0410"), [tp, th])

    # ---- E (trap): Chinese seal offer (English) -------------------------------
    hao = """Dear Ms. Tikhomirova,

We learned from our partner in Moscow that you are looking for a replacement of Guarnital PTFE and polyurethane seals. Ningbo Haocheng Sealing Technology Co., Ltd. manufactures full equivalents (HC-PT and HC-PU series) and can ship by rail via Zabaikalsk within 6 weeks after payment in CNY.

Our price list is attached. Free samples are available on request.

Best regards,
Lucy Gao
Sales Manager, CIS Markets
Ningbo Haocheng Sealing Technology Co., Ltd.
Tel. +86 574 0000 8812"""
    price = """HAOCHENG SEALING - PRICE LIST 2023-Q2 (CNY, EXW Ningbo)
HC-PT-14x2.5   PTFE step seal        4.80
HC-PT-60x4.0   PTFE piston seal     21.50
HC-PU-90x5.3   PU rod seal          17.20
HC-PU-160x7.0  PU rod seal          44.00
Minimum order 500 pcs per item."""
    build("e-haocheng", D(2023, 4, 11, 15, 5, tz(8)), P("Lucy Gao", "lucy.gao@haocheng.example.cn"),
          [TIKH_EN], "Replacement of Guarnital seals - Haocheng offer",
          multipart("mixed", [text_part(hao, "us-ascii", "7bit"),
                              attach_part("Haocheng_pricelist_2023Q2.txt", price.encode("ascii"), "text/plain")],
                    "=_hc_20230411_01"), [hao, price], cc=[KB_EN])

    # ---- E (trap): the plant turns the Chinese offer down (windows-1251 b64) --
    t = """Лариса Евгеньевна,

предложение Хаочэна отклоняем. Образцы, которые они присылали в прошлом году через московского дилера, не выдержали испытаний на морозостойкость при минус 55, а военное представительство замену уплотнений на стойках без полного цикла испытаний всё равно не согласует. Ответьте им вежливо, что не заинтересованы.

Будем искать отечественного производителя, ТЗ поручаю Кириллу Андреевичу.

Г.И. Сафронов

""" + quote(hao)
    build("e-decline-hao", D(2023, 4, 14, 8, 40), SAF, [TIKH], "RE: Replacement of Guarnital seals - Haocheng offer",
          text_part(t, "windows-1251", "base64"), [t], cc=[KB], reply_to="e-haocheng", mailer=OUTLOOK)

    # ---- N: subbotnik (windows-1251 QP) ---------------------------------------
    t = """Уважаемые работники завода!

22 апреля проводится общезаводской субботник. Сбор в 9:00 у проходной № 1, инвентарь выдаёт АХО. Отделу главного технолога закреплена территория от корпуса 3 до склада ГСМ.

Профсоюзная организация Жигулёвского гидроагрегатного завода"""
    build("n-subbotnik", D(2023, 4, 18, 12, 0), PROFKOM("Профком", "windows-1251", "B"), [KB], "Субботник 22 апреля",
          text_part(t, "windows-1251", "quoted-printable"), [t], subj_cs=("windows-1251", "B"))

    # ---- E: Indian offer (English; lines starting with "From ") --------------
    sab1 = """Dear Mr Belozerov,

Greetings from Rajkot!

Your enquiry reached us through the Indo-Russian chamber of commerce. Shrinath Grinding Systems Pvt. Ltd. designs and builds CNC cylindrical and internal grinding machines in Rajkot, Gujarat. Our SGS-CG 600 model holds roundness within 0.8 micron and is used by hydraulic pump makers in India and abroad.

From the drawings you shared, the plunger (dia 14 mm, length 62 mm) and the cylinder block bores are well within the capability of SGS-CG 600 with the in-process gauging option.
From our side there is no restriction on supplying to Russia; we export under the normal Indian rules and can accept payment in INR or AED.

I would be happy to send a techno-commercial offer for two machines.

Warm regards,
Vikrant Sabnis
Head - International Business
Shrinath Grinding Systems Pvt. Ltd.
Aji GIDC, Rajkot 360003, Gujarat, India
+91 281 000 7741"""
    build("e-sabnis1", D(2023, 4, 20, 10, 12, IST), SAB, [KB_EN],
          "CNC cylindrical grinders for hydraulic plungers - Shrinath Grinding Systems",
          text_part(sab1, "us-ascii", "7bit"), [sab1])

    # ---- E: engineer answers (English, '>' quoting without space) ------------
    t = """Dear Mr Sabnis,

Thank you for the quick answer. Yes, please send the techno-commercial offer for two SGS-CG 600 machines with in-process gauging, delivery to Zhigulevsk, Samara region. We would also need grinding trials on our plunger samples before the contract; I can send 20 blanks of steel 38KhN3MFA by courier to Rajkot.

Could you also confirm that the machine controller is not of US or Japanese origin? We had bad experience this year.

Best regards,
Kirill Belozerov
Lead Process Engineer, Chief Technologist's Department
Zhigulevsk Hydraulic Units Plant, JSC
+7 84862 2-14-77

On 20.04.2023 10:12, Vikrant Sabnis wrote:
""" + quote(sab1, ">")
    build("e-re-sabnis1", D(2023, 4, 24, 9, 5), KB_EN, [SAB],
          "Re: CNC cylindrical grinders for hydraulic plungers - Shrinath Grinding Systems",
          text_part(t, "us-ascii", "7bit"), [t], reply_to="e-sabnis1", mailer=OUTLOOK)

    # ---- E: grinding section stands still (utf-8 8bit) -----------------------
    grind = """Геннадий Ильич,

докладываю: с 28 апреля участок шлифования плунжеров и штоков фактически стоит. Из трёх круглошлифовальных станков в работе один, на двух других отказали шпиндельные узлы, а запчастей от швейцарцев теперь не будет. Координатно-шлифовального станка под блок цилиндров ГП-140 у нас нет вообще. По гидронасосам Ил-76МД уже отстаём от графика на три недели, опытные плунжеры для гомельчан не шлифуем.

Предлагаю:
1) срочно закупить два станка SGS-CG 600 у индийской фирмы Shrinath (КП ожидаем до 15 мая, с Сабнисом договорились о пробной шлифовке наших заготовок);
2) до их поставки отдавать часть плунжеров на шлифовку по кооперации в Тольятти.

Ведущий инженер-технолог ОГТ
К.А. Белозёров
вн. 14-77"""
    build("e-grind", D(2023, 5, 4, 14, 30), KB, [SAF], "Шлифовальный участок - служебная записка",
          text_part(grind, "utf-8", "8bit"), [grind], mailer=OUTLOOK)

    # ---- N: Victory Day (windows-1251 8bit) -----------------------------------
    t = """Дорогие ветераны и работники завода!

Поздравляем вас с Днём Победы! 9 мая в 10:00 у памятника заводчанам, погибшим в годы войны, состоится торжественный митинг. Приглашаем всех с семьями.

Администрация и профсоюзный комитет"""
    build("n-may9", D(2023, 5, 5, 11, 0), PROFKOM("Администрация завода", "windows-1251", "B"), [KB], "С Днём Победы!",
          text_part(t, "windows-1251", "8bit"), [t], subj_cs=("windows-1251", "B"))

    # ---- E: chief engineer approves the Indian purchase (koi8-r QP) ----------
    t = """Кирилл Андреевич,

с закупкой у Шринатха согласен, готовьте техзадание и обоснование для закупочной комиссии. Условия оплаты через индийский банк проработайте с Ларисой Евгеньевной. Кооперацию в Тольятти согласую с директором по производству.

Г.И. Сафронов

""" + quote(grind)
    build("e-re-grind", D(2023, 5, 15, 8, 20), SAF, [KB], "Re: Шлифовальный участок - служебная записка",
          text_part(t, "koi8-r", "quoted-printable"), [t], cc=[TIKH], reply_to="e-grind",
          subj_cs=("koi8-r", "B"), mailer=OUTLOOK)

    # ---- E: Belarusian design review visit (utf-8 QP) -------------------------
    t = """Добры дзень, Кірыл Андрэевіч!

Эскізны праект ГП-140 у нас гатовы. Прапаную правесці абарону ў вас, у Жыгулёўску, 13-16 чэрвеня: прыедзем удваіх - я і вядучы інжынер-канструктар Вольга Міхайлаўна Кучынская, яна вяла разлік рэгулятара. Квіткі на цягнік Гомель - Масква - Самара ўжо глядзім.

Прашу замовіць пропускі і, калі можна, гасцініцу недалёка ад завода.

В.С. Ярмаловіч"""
    build("e-yar-visit", D(2023, 5, 22, 16, 10, MSK), YAR, [KB], "Абарона эскізнага праекта ГП-140",
          text_part(t, "utf-8", "quoted-printable"), [t], cc=[KUCH], mailer=TBIRD)

    # ---- N: medical check (utf-8 8bit) ----------------------------------------
    t = """Уважаемые сотрудники!

Периодический медицинский осмотр для работников ОГТ и ОГК назначен на 6-8 июня в здравпункте (корпус 1). График по подразделениям во вложении не прикладываем - он вывешен на стенде у отдела кадров.

Отдел кадров"""
    build("n-medosmotr", D(2023, 5, 29, 10, 0), OK, [KB], "Медосмотр 6-8 июня",
          text_part(t, "utf-8", "8bit"), [t], subj_cs=("windows-1251", "B"))

    # ---- E: pass request for the Belarusian visitors (windows-1251 QP) -------
    t = """В режимно-секретный отдел

Прошу оформить разовые пропуска на 13-16 июня 2023 г. для участия в защите эскизного проекта насоса ГП-140 (совместная ОКР с ОАО «Сожгидромаш», г. Гомель):

1. Ярмолович Виталий Степанович, гражданин Республики Беларусь, главный конструктор ОАО «Сожгидромаш», паспорт MC 2231047;
2. Кучинская Ольга Михайловна, гражданка Республики Беларусь, ведущий инженер-конструктор ОАО «Сожгидромаш», паспорт MC 3318452.

Сопровождающий - ведущий инженер-технолог ОГТ Белозёров К.А.

Проживание: гостиница «Жигули», 13-16 июня, оплата за счёт командирующей стороны."""
    build("e-passes", D(2023, 6, 1, 11, 25), KB, [REZHIM], "Заявка на пропуска для иностранных специалистов",
          text_part(t, "windows-1251", "quoted-printable"), [t], cc=[TIKH], subj_cs=("windows-1251", "B"),
          mailer=OUTLOOK)

    # ---- N: server maintenance (koi8-r QP) -----------------------------------
    t = """Уважаемые пользователи!

10 июня с 8:00 до 14:00 будут проводиться работы на файловом сервере. Сетевые диски P: и S: в это время будут недоступны. Сохраняйте документы локально.

Отдел ИТ"""
    build("n-maint", D(2023, 6, 5, 17, 30), IT, [KB], "Работы на файловом сервере 10.06",
          text_part(t, "koi8-r", "quoted-printable"), [t], subj_cs=("koi8-r", "B"))

    # ---- E: thanks after the visit (utf-8 base64) ----------------------------
    t = """Кірыл Андрэевіч, Генадзь Ільіч, добры дзень!

Вярнуліся ў Гомель у суботу. Дзякуй за прыём у Жыгулёўску і за цярплівасць на абароне: праект прыняты, заўвагі па рэгулятары Вольга Міхайлаўна ўжо ўносіць. Асобны дзякуй Кірылу Андрэевічу за экскурсію па шліфавальным участку - цяпер разумею, чаму вы так чакаеце індыйскія станкі.

Пытанне фінансавання прапаную вярнуцца да восені, калі будзе ясны кошт выпрабавальнага стэнда.

В.С. Ярмаловіч"""
    build("e-yar-thanks", D(2023, 6, 19, 9, 40, MSK), YAR, [KB, SAF("Сафронов Геннадий Ильич", "utf-8", "B")],
          "Дзякуй за прыём", text_part(t, "utf-8", "base64"), [t], mailer=TBIRD)

    # ---- N: payslips (utf-8 base64) ------------------------------------------
    t = """Уважаемые сотрудники!

Расчётные листки за май размещены в личном кабинете на корпоративном портале. Выплата второй части заработной платы - 28 июня.

Бухгалтерия"""
    build("n-payslip", D(2023, 6, 26, 15, 0), ACC, [KB], "Расчётные листки за май",
          text_part(t, "utf-8", "base64"), [t])

    # ---- E: regulator calculation from Kuchynskaya (utf-8 QP) ----------------
    t = """Кірыл Андрэевіч, добры дзень!

Як і абяцала на абароне, выпраўлены разлік рэгулятара ГП-140 з улікам вашых заўваг па зазорах у пары плунжар - гільза выклала на наш FTP, пароль ранейшы. Калі ў тэхнолагаў будуць пытанні, я на сувязі да 7 ліпеня, потым у адпачынку.

З павагай,
Вольга Кучынская
вядучы інжынер-канструктар ААТ «Сожгідрамаш»
тэл. +375 232 00-41-29"""
    build("e-kuch-calc", D(2023, 6, 27, 13, 15, MSK), KUCH, [KB], "ГП-140: разлік рэгулятара",
          text_part(t, "utf-8", "quoted-printable"), [t])

    # ---- E: father to son (utf-8 QP) -----------------------------------------
    tema = """Тёма, привет!

Как сессия? Мама говорит, ты сдал сопромат, но не признаёшься, на что. Деньги за второй семестр перевёл, проверь. Если опять будут проблемы с картой, пиши, передам через знакомых в Ереване.

Профком, кстати, обещает частично компенсировать оплату обучения, я отнёс заявление.

Папа"""
    build("e-to-son", D(2023, 7, 3, 21, 10), KB("Кирилл Белозёров"), [ART], "Как сессия?",
          text_part(tema, "utf-8", "quoted-printable"), [tema])

    # ---- E: son answers (utf-8 base64) ---------------------------------------
    t = """Пап, привет! Всё сдал, сопромат на 4, не переживай. Деньги пришли, спасибо. Карту резидента мне продлили до следующего лета, так что с общежитием всё нормально.

Маме скажи, что я ем нормально :)

Артём

03.07.2023 21:10, Кирилл Белозёров пишет:
""" + quote(tema)
    build("e-son-re", D(2023, 7, 4, 12, 30, SAM), ART, [KB("Кирилл Белозёров")], "Re: Как сессия?",
          text_part(t, "utf-8", "base64"), [t], reply_to="e-to-son")

    # ---- E: application for financial aid (windows-1251 QP) ------------------
    t = """В профсоюзный комитет АО «Жигулёвский гидроагрегатный завод»
от ведущего инженера-технолога ОГТ Белозёрова Кирилла Андреевича, таб. № 40718

ЗАЯВЛЕНИЕ

Прошу оказать материальную помощь на частичную оплату обучения моего сына, Белозёрова Артёма Кирилловича, 2004 г.р., студента 2 курса инженерного факультета университета в г. Ереване (Республика Армения), очная форма обучения.

Копия договора об обучении и справка из университета прилагаются (оригиналы передам лично).

05.07.2023                                  К.А. Белозёров"""
    build("e-aid", D(2023, 7, 5, 8, 10), KB, [PROFKOM], "Заявление на материальную помощь",
          text_part(t, "windows-1251", "quoted-printable"), [t], subj_cs=("windows-1251", "B"), mailer=OUTLOOK)

    # ---- N: phishing spam (English) ------------------------------------------
    t = """Dear customer,

Your parcel RU48812093CN could not be delivered because the customs fee of 2.99 USD was not paid.
Please confirm your address and pay the fee within 48 hours:
http://parcel-track.example.com/confirm?id=48812093

Delivery Service"""
    build("n-spam-parcel", D(2023, 7, 12, 3, 14, tz(0)), P("Delivery Service", "no-reply@parcel-track.example.com"),
          [KB("")], "Your parcel is waiting for delivery", text_part(t, "us-ascii", "7bit"), [t])

    # ---- E: special steel shortage (utf-8 base64) ----------------------------
    steel = """Кирилл Андреевич,

металлурги опять сорвали поставку: прутков из стали 30ХГСН2А-ВД диаметром 120 и 160 мм в июле не будет, следующую плавку обещают в лучшем случае в октябре. На складе осталось на 2 штока основных стоек, а по плану на III квартал нужно 9. Другого поставщика этой стали с вакуумно-дуговым переплавом в стране фактически нет.

Прошу оценить, что можно сдвинуть по технологии.

Л.Е. Тихомирова"""
    build("e-steel", D(2023, 7, 20, 10, 55), TIKH, [KB], "Сталь 30ХГСН2А-ВД - срыв поставки",
          text_part(steel, "utf-8", "base64"), [steel], cc=[SAF], subj_cs=("koi8-r", "B"), mailer=OUTLOOK)

    # ---- E: engineer on the steel (utf-8 QP, quoted) -------------------------
    t = """Лариса Евгеньевна,

по технологии сдвинуть почти нечего: заменить 30ХГСН2А-ВД на обычную 30ХГСН2А без переплава военпреды не дадут, это силовой элемент. Без стали ремонт основных стоек Ту-22М3 по госконтракту встанет в конце августа. Остатки пускаем на штоки для самых срочных бортов, остальное ждём.

Геннадий Ильич, нужно письмо от Вас металлургам и в головную организацию.

Белозёров

""" + quote(steel)
    build("e-re-steel", D(2023, 7, 24, 9, 30), KB, [TIKH], "Re: Сталь 30ХГСН2А-ВД - срыв поставки",
          text_part(t, "utf-8", "quoted-printable"), [t], cc=[SAF], reply_to="e-steel", mailer=OUTLOOK)

    # ---- N: canteen closed (HTML only, windows-1251 QP) ----------------------
    t = """<html><body><p><b>Уважаемые сотрудники!</b></p>
<p>С 7 по 18 августа столовая № 2 закрыта на ремонт. Обеды - в столовой № 1 (корпус 1) с 11:30 до 14:30, дополнительно работает буфет в корпусе 5.</p>
<p>Комбинат питания</p></body></html>"""
    build("n-canteen-closed", D(2023, 8, 1, 8, 15), CANTEEN, [KB], "Столовая № 2 закрыта на ремонт",
          text_part(t, "windows-1251", "quoted-printable", "html"), [t])

    # ---- E: 60th birthday of the Belarusian chief designer (NO charset, 8bit cp1251)
    t = """Виталий Степанович, добрый день!

От всего отдела главного технолога поздравляю Вас с 60-летием! Желаю здоровья, сил и чтобы ГП-140 пошёл в серию раньше, чем мы оба выйдем на пенсию. Главному конструктору «Сожгидромаша» - только лёгких испытаний.

Кирилл Белозёров и коллеги из ОГТ"""
    raw = t.encode("cp1251").decode("latin-1")
    build("e-yar-birthday", D(2023, 8, 8, 8, 45), KB("Кирилл Белозёров"), [YAR], "С юбилеем!",
          ("Content-Type: text/plain\nContent-Transfer-Encoding: 8bit\n", raw), [t])

    # ---- N: sports day (utf-8 QP) ---------------------------------------------
    t = """Коллеги!

26 августа на стадионе «Торпедо» - заводская спартакиада: мини-футбол, волейбол, перетягивание каната. Команда ОГТ пока без вратаря, желающие - пишите Сергею Лапшину (вн. 14-02).

Спорткомитет профкома"""
    build("n-sport", D(2023, 8, 21, 14, 5), PROFKOM("Спорткомитет"), [KB], "Спартакиада 26 августа",
          text_part(t, "utf-8", "quoted-printable"), [t])

    # ---- E: the Belarusians cut their share (utf-8 base64) -------------------
    share = """Шаноўны Генадзь Ільіч!

Пасля нарады ў канцэрне вымушаны вярнуцца да пытання фінансавання ДКР па ГП-140. Міністэрства скараціла нам ліміт на наступны год, і падзяліць выдаткі напалову, як дамаўляліся ў лютым, мы ўжо не зможам. «Сожгідрамаш» можа ўзяць на сябе 35 працэнтаў, астатнія 65 - Жыгулёўскі гідраагрэгатны завод. Затое мы бярэм на сябе выпрабавальны стэнд для рэгулятара, а рэсурсныя выпрабаванні качаючага вузла застаюцца на Жыгулёўскім гідраагрэгатным заводзе.

Разумею, што прапанова непрыемная. Калі вы згодныя, Кірыл Андрэевіч падрыхтуе новую рэдакцыю пратакола.

З павагай,
В.С. Ярмаловіч
галоўны канструктар"""
    build("e-yar-share", D(2023, 9, 18, 15, 20, MSK), YAR, [SAF("Сафронов Геннадий Ильич", "utf-8", "B")],
          "ГП-140: фінансаванне", text_part(share, "utf-8", "base64"), [share], cc=[KB], mailer=TBIRD)

    # ---- E: the plant accepts 65 % (windows-1251 QP, quoted Belarusian) -------
    t = """Виталий Степанович, добрый день.

Скрепя сердце соглашаемся: 65 процентов наши, 35 - ваши, при условии, что стенд для регулятора и его аттестация полностью на вашей стороне. Если бы вы взяли хотя бы 40, было бы проще защищать бюджет у нас в холдинге, но понимаю, что у вас тоже не резиновое.

Новую редакцию протокола согласуете с Кириллом Андреевичем, срок - 1 октября.

Г.И. Сафронов

""" + quote(share)
    build("e-re-share", D(2023, 9, 20, 10, 0), SAF, [YAR("Ярмолович Виталий Степанович", "windows-1251", "B")],
          "Re: ГП-140: фінансаванне", text_part(t, "windows-1251", "quoted-printable"), [t], cc=[KB],
          reply_to="e-yar-share", subj_cs=("windows-1251", "B"), mailer=OUTLOOK)

    # ---- N: machine builders' day (utf-8 base64) ------------------------------
    t = """Уважаемые заводчане!

Поздравляем с Днём машиностроителя! Торжественное собрание - 22 сентября в 15:00 в актовом зале заводоуправления, вручение почётных грамот и концерт. Для детей сотрудников - праздничная программа в ДК «Гидравлик» 24 сентября.

Профсоюзный комитет"""
    build("n-machday", D(2023, 9, 19, 9, 0), PROFKOM, [KB], "С Днём машиностроителя!",
          text_part(t, "utf-8", "base64"), [t])

    # ---- E: protocol rev. 2 (utf-8 base64 + DOCX) -----------------------------
    t = """Виталий Степанович, добрый день.

Направляю вторую редакцию протокола о совместном выполнении ОКР по насосу ГП-140 «Зарница» с новым распределением затрат, изменения в п. 4. Если замечаний нет, Геннадий Ильич подпишет до 6 октября и отправим оригиналы почтой.

С уважением,
Кирилл Белозёров
ведущий инженер-технолог ОГТ АО «ЖГАЗ»
+7 (84862) 2-14-77"""
    paras = [
        "ПРОТОКОЛ № 2",
        "о совместном выполнении опытно-конструкторской работы «Разработка аксиально-плунжерного насоса ГП-140 (шифр «Зарница»)»",
        "(редакция 2 от 02.10.2023)",
        "г. Жигулёвск",
        "Стороны: АО «Жигулёвский гидроагрегатный завод» (Российская Федерация), далее - ЖГАЗ, и ОАО «Сожгидромаш» (Республика Беларусь, г. Гомель), далее - Сожгидромаш.",
        "1. Предмет: совместная разработка, изготовление опытных образцов и испытания насоса ГП-140.",
        "2. Сожгидромаш разрабатывает корпус, регулятор и стенд для испытаний регулятора.",
        "3. ЖГАЗ разрабатывает технологию и изготавливает качающий узел (блок цилиндров, плунжеры, распределитель), проводит ресурсные испытания.",
        ["4. Финансирование: ЖГАЗ несёт ", "тринадцать двадцатых (13/20) стоимости работ, ",
         "Сожгидромаш - семь двадцатых (7/20). Редакция п. 4 от 20.02.2023 (равные доли) утрачивает силу."],
        "5. Срок завершения ОКР - IV квартал 2025 г.",
        "От ЖГАЗ: главный инженер Г.И. Сафронов",
        "От Сожгидромаш: главный конструктор В.С. Ярмолович",
    ]
    d = docx(paras, (2023, 10, 2, 11, 0, 0))
    dt_ = "\n".join("".join(p) if isinstance(p, list) else p for p in paras)
    build("e-protocol", D(2023, 10, 2, 11, 20), KB("Белозёров Кирилл Андреевич"),
          [YAR("Ярмолович Виталий Степанович")], "Протокол ГП-140, редакция 2",
          multipart("mixed", [text_part(t, "utf-8", "base64"),
                              attach_part("Протокол_ГП-140_ред2.docx", d,
                                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
                    "----=_NextPart_000_00A1_01D9F52C"),
          [t, dt_], cc=[SAF], mailer=OUTLOOK)

    # ---- N: machine-tool newsletter (multipart/alternative) -------------------
    tp = """Станкоинструмент-Новости, октябрь 2023

Рынок металлорежущих станков в России по итогам девяти месяцев вырос на 18 %. Доля оборудования из Китая и Тайваня превысила 60 %, поставки из Японии, Швейцарии и Германии прекратились почти полностью.

Вебинар «Ремонт шпиндельных узлов своими силами» - 19 октября, регистрация на сайте.

Редакция"""
    th = "<html><body>" + "".join("<p>%s</p>" % p for p in tp.split("\n\n")) + "</body></html>"
    build("n-stanko", D(2023, 10, 5, 7, 30, MSK), P("Станкоинструмент-Новости", "digest@stankonews.example.ru"),
          [KB], "Станкоинструмент-Новости, октябрь",
          multipart("alternative", [text_part(tp, "utf-8", "quoted-printable"), text_part(th, "utf-8", "quoted-printable", "html")],
                    "stanko_2023_10_alt"), [tp, th])

    # ---- E: Algerian Il-76 units arrived (utf-8 QP, French forward) ----------
    t = """Кирилл Андреевич, добрый день.

По контракту с Министерством национальной обороны Алжира на капитальный ремонт агрегатов гидросистемы самолётов Ил-76МД и Ил-76ТД ВВС Алжира: первая партия, 24 агрегата (гидронасосы ГН-76 и рулевые приводы), прибыла на склад 9 октября. Входной контроль проводим сами, акт отправляем заказчику, письмо от него ниже (на французском, перевод делаем).

Прошу подготовить технологическую службу к дефектации.

Е.Н. Пашкова
ведущий специалист отдела ВЭД

---------- Forwarded message ----------
From: Cdt Y. Merabet <y.merabet@mdn.example.dz>
Date: Mon, 9 Oct 2023 15:02 +0100
Subject: Envoi des groupes hydrauliques Il-76

Madame,

Nous vous confirmons l'expédition de 24 équipements hydrauliques des avions Il-76MD et Il-76TD des Forces aériennes algériennes pour révision générale, conformément au contrat en vigueur.
Nous vous prions de bien vouloir nous faire parvenir le procès-verbal de contrôle d'entrée dès réception.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.
Cdt Y. Merabet"""
    build("e-algeria", D(2023, 10, 10, 11, 5), VED, [KB], "Алжир: первая партия агрегатов Ил-76",
          text_part(t, "utf-8", "quoted-printable"), [t], cc=[SAF], mailer=OUTLOOK)

    # ---- N: VPN (koi8-r base64) -----------------------------------------------
    t = """Уважаемые пользователи!

С 1 ноября удалённый доступ к корпоративной сети возможен только через новый VPN-клиент с двухфакторной аутентификацией. Инструкция по установке - на портале, раздел ИТ. Старые подключения будут отключены.

Отдел ИТ"""
    build("n-vpn", D(2023, 10, 20, 13, 40), IT, [KB], "Новые правила удалённого доступа",
          text_part(t, "koi8-r", "base64"), [t], subj_cs=("koi8-r", "Q"))

    # ---- E: proforma + invitation to Dubai (English + PDF) -------------------
    t = """Dear Mr Belozerov,

Please find attached our revised proforma invoice no. SGS/EXP/2023/117 for two SGS-CG 600 CNC cylindrical grinders with in-process gauging, as per the grinding trials on your 38KhN3MFA plunger blanks (results within 0.6 micron roundness, report sent earlier).

As discussed, our UAE distributor keeps one SGS-CG 600 in the showroom at Jebel Ali Free Zone, and our regional manager there would be glad to host you and Mr Safronov from 13 to 17 November for a live demonstration and contract signing.

Warm regards,
Vikrant Sabnis
Shrinath Grinding Systems Pvt. Ltd."""
    plines = [
        "SHRINATH GRINDING SYSTEMS PVT. LTD.",
        "Aji GIDC, Rajkot 360003, Gujarat, India",
        "PROFORMA INVOICE No. SGS/EXP/2023/117 (Rev. 2)   Date: 24.10.2023",
        "Buyer: Zhigulevsk Hydraulic Units Plant, JSC, Zhigulevsk, Samara Region, Russian Federation",
        "Item 1: SGS-CG 600 CNC Cylindrical Grinder with in-process gauging - 2 nos.",
        "Unit price: INR 3,85,00,000   Total: INR 7,70,00,000",
        "Delivery: CIF Bandar Abbas, April 2024. Payment: 30% advance, 70% against documents.",
        "Country of origin: India. Controller: Indian make (SGS-NC 7).",
        "For Shrinath Grinding Systems Pvt. Ltd.",
        "Vikrant Sabnis, Head - International Business",
    ]
    build("e-proforma", D(2023, 10, 25, 12, 40, IST), SAB, [KB_EN], "Revised proforma SGS/EXP/2023/117 and Dubai demo",
          multipart("mixed", [text_part(t, "us-ascii", "7bit"),
                              attach_part("SGS-EXP-2023-117_rev2.pdf", pdf(plines), "application/pdf")],
                    "=_sgs_mail_20231025"), [t, "\n".join(plines)])

    # ---- E: travel order UAE (windows-1251 QP) --------------------------------
    t = """ПРИКАЗ № 538-к от 01.11.2023
О направлении работников в служебную командировку за границу

Командировать в Объединённые Арабские Эмираты (г. Дубай, свободная экономическая зона Джебель-Али) с 13 по 18 ноября 2023 г. для участия в испытаниях и переговорах о закупке шлифовального оборудования с компанией Shrinath Grinding Systems (Индия):
- главного инженера Сафронова Геннадия Ильича;
- ведущего инженера-технолога ОГТ Белозёрова Кирилла Андреевича.

Расходы - за счёт средств предприятия.

Заместитель генерального директора по персоналу А.В. Дёмина"""
    build("e-order-uae", D(2023, 11, 1, 16, 0), OK, [KB], "Приказ № 538-к (командировка ОАЭ)",
          text_part(t, "windows-1251", "quoted-printable"), [t], cc=[SAF], subj_cs=("windows-1251", "B"))

    # ---- N: bank (windows-1251 QP) --------------------------------------------
    t = """Уважаемый клиент!

Сообщаем, что с 15.11.2023 изменяются тарифы на обслуживание карт категории «Классик». Подробности - в мобильном приложении и на сайте банка.

Банк «Приволжский кредит»"""
    build("n-bank2", D(2023, 11, 7, 9, 15), BANK, [KB], "Изменение тарифов",
          text_part(t, "windows-1251", "quoted-printable"), [t], subj_cs=("windows-1251", "B"))

    # ---- E: Dubai trip report (utf-8 8bit + DOCX) -----------------------------
    t = """Геннадий Ильич, Лариса Евгеньевна,

отчёт о поездке в Дубай - во вложении. Главное: станок на демонстрации показал 0,7 мкм по круглости на наших плунжерах, контракт на два SGS-CG 600 с Шринатхом подписан, поставка через Бендер-Аббас и Астрахань в апреле. Мы с Геннадием Ильичом считаем, что монтаж успеем до июня. Японский станок так и не решили - индийцы координатно-шлифовальных не делают.

Белозёров"""
    paras = [
        "ОТЧЁТ о служебной командировке в ОАЭ (г. Дубай), 13-18 ноября 2023 г.",
        "Состав: главный инженер Г.И. Сафронов, ведущий инженер-технолог К.А. Белозёров.",
        "1. 14 ноября в демонстрационном зале дистрибьютора Shrinath Grinding Systems Pvt. Ltd. (Джебель-Али) проведена шлифовка 10 заготовок плунжеров ГП-140 из стали 38ХН3МФА на станке SGS-CG 600. Отклонение от круглости 0,5-0,7 мкм, шероховатость Ra 0,08.",
        ["2. 16 ноября подписан контракт № 23-117 на поставку двух станков SGS-CG 600 с активным контролем. ",
         "Со стороны поставщика подписал руководитель международного направления г-н Викрант Сабнис (подписанный экземпляр получен по электронной почте)."],
        "3. Брокер, представившийся посредником японского производителя, предложил подержанный координатно-шлифовальный станок Kanemori через Турцию без документов о происхождении. Предложение отклонено: неясное происхождение, риск вторичных санкций и невозможность сервиса.",
        "4. Вывод: по круглошлифовальным станкам вопрос закрывается к маю 2024 г.; по координатно-шлифовальному станку для блока цилиндров альтернативы пока нет.",
        "Ведущий инженер-технолог ОГТ К.А. Белозёров",
    ]
    d = docx(paras, (2023, 11, 21, 9, 0, 0))
    dt_ = "\n".join("".join(p) if isinstance(p, list) else p for p in paras)
    build("e-dubai-report", D(2023, 11, 21, 10, 30), KB, [SAF, TIKH], "Отчёт о командировке в ОАЭ",
          multipart("mixed", [text_part(t, "utf-8", "8bit"),
                              attach_part("Отчёт_Дубай_ноябрь2023.docx", d,
                                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
                    "----=_NextPart_000_00C7_01DA1C3E"), [t, dt_], mailer=OUTLOOK)

    # ---- N: security memo (utf-8 QP) -----------------------------------------
    t = """Уважаемые коллеги!

Участились рассылки с поддельных адресов «налоговой службы» и «службы доставки». Не открывайте вложения .zip и .exe от незнакомых отправителей, не переходите по ссылкам для «оплаты пошлины». Подозрительные письма пересылайте на security@zhgaz.example.ru.

Служба информационной безопасности"""
    build("n-security", D(2023, 11, 28, 11, 0), P("Служба ИБ", "security@zhgaz.example.ru"), [KB],
          "Осторожно: фишинг", text_part(t, "utf-8", "quoted-printable"), [t])

    # ---- E: e-visas approved, forwarded by the wife (multipart/alternative) ---
    ev = """Dear applicant,

Your e-visa applications have been APPROVED. Please print the e-visa and present it with your passport at the port of entry.

1. BELOZEROV KIRILL, date of birth 14/08/1979, nationality: RUSSIAN FEDERATION, passport 76 4418250
2. BELOZEROVA MARINA, date of birth 02/03/1981, nationality: RUSSIAN FEDERATION, passport 76 5530912, spouse of applicant 1

Intended date of entry: 02/01/2024, port of entry: Da Nang International Airport, purpose: tourism
Validity: single entry, 30 days

Immigration Department - e-Visa Portal"""
    tp = """Кирюш, визы одобрили! Распечатай обе, пожалуйста, у нас на работе принтер опять сломан.

---------- Forwarded message ---------
From: e-Visa Portal <noreply@evisa.example.vn>
Date: Mon, 4 Dec 2023 at 10:02
Subject: E-visa approved
To: <marina.belozerova@mail.example.ru>

""" + ev
    th = ("<html><body><div>Кирюш, визы одобрили! Распечатай обе, пожалуйста, у нас на работе принтер опять сломан.</div>"
          "<div><br></div><div>---------- Forwarded message ---------<br>From: e-Visa Portal &lt;noreply@evisa.example.vn&gt;<br>"
          "Date: Mon, 4 Dec 2023 at 10:02<br>Subject: E-visa approved<br>To: &lt;marina.belozerova@mail.example.ru&gt;</div><br>"
          + "".join("<p>%s</p>" % xesc(p).replace("\n", "<br>") for p in ev.split("\n\n")) + "</body></html>")
    build("e-evisa", D(2023, 12, 4, 19, 20), MARINA, [KB("Кирилл")], "Fwd: E-visa approved",
          multipart("alternative", [text_part(tp, "utf-8", "base64"), text_part(th, "utf-8", "base64", "html")],
                    "000000000000a4c1e5060b9d2f11"), [tp, th])

    # ---- N: New Year party (multipart/alternative) ----------------------------
    tp = """Дорогие коллеги!

Новогодний корпоратив отдела главного технолога и отдела главного конструктора - 27 декабря в 18:00, кафе «Волжанка». Взнос 1500 руб. - до 20 декабря у Ирины Сергеевны (ОГТ, к. 305).

Оргкомитет"""
    th = "<html><body><p><b>Дорогие коллеги!</b></p><p>Новогодний корпоратив отдела главного технолога и отдела главного конструктора - 27 декабря в 18:00, кафе «Волжанка».</p><p>Взнос 1500 руб. - до 20 декабря у Ирины Сергеевны (ОГТ, к. 305).</p><p>Оргкомитет</p></body></html>"
    build("n-ny", D(2023, 12, 12, 14, 25), P("Оргкомитет ОГТ", "ogt@zhgaz.example.ru"), [KB], "Новогодний корпоратив",
          multipart("alternative", [text_part(tp, "windows-1251", "quoted-printable"),
                                    text_part(th, "windows-1251", "quoted-printable", "html")],
                    "----=_NY_2023_alt"), [tp, th], subj_cs=("windows-1251", "B"))

    # ---- E: mother before New Year (utf-8 base64) -----------------------------
    t = """Кирилку, синку!

Вітаю тебе і Марину з наступаючим Новим роком! Посвідку мені таки продовжили, тепер до 2028 року, тож можете не хвилюватися, що мене вишлють :) А громадянство я міняти не буду, скільки б мене не вмовляли: я громадянка України і нею залишусь, я ж у Кременчуці народилася.

Марина казала, що ви на Новий рік летите до В'єтнаму. Гарно вам відпочити, тільки не згоріть на сонці. Артемкові я вислала гроші на картку, хай купить собі теплу куртку, бо в Єревані взимку теж холодно.

Твоя мама"""
    build("e-mom2", D(2023, 12, 18, 20, 5), NINA("Ніна Білозерова", "utf-8", "B"), [KB("Кирило Білозеров", "utf-8", "B")],
          "З наступаючим!", text_part(t, "utf-8", "base64"), [t])

    # ---- N: airline promo (HTML only, utf-8 QP) -------------------------------
    t = """<html><body style="font-family:Arial">
<h2>ВолгаАвиа: зимние скидки до 30 %</h2>
<p>Прямые рейсы из Самары в Стамбул, Дубай и Шарм-эш-Шейх по специальным тарифам. Бронирование до 31 декабря, вылеты с 10 января по 31 марта.</p>
<p><a href="https://volgaavia.example.ru/sale">Выбрать билет</a></p>
<p style="font-size:10px">Вы получили это письмо, потому что подписаны на рассылку ВолгаАвиа.</p>
</body></html>"""
    build("n-airline", D(2023, 12, 20, 12, 0), P("ВолгаАвиа", "promo@volgaavia.example.ru"), [KB],
          "Зимние скидки до 30 %", text_part(t, "utf-8", "quoted-printable", "html"), [t])

    # ---- E: factory acceptance test invitation (English) ----------------------
    fat = """Dear Mr Belozerov,

Season's greetings from Rajkot! Both SGS-CG 600 machines for ZhGAZ are assembled and running in. We propose the factory acceptance test at our works on 12-16 February 2024. Please send the passport copies of your inspectors so that we can issue the invitation letters for the Indian business visa.

Warm regards,
Vikrant Sabnis
Head - International Business
Shrinath Grinding Systems Pvt. Ltd."""
    build("e-fat", D(2024, 1, 10, 11, 5, IST), SAB, [KB_EN], "FAT of SGS-CG 600 machines - February 2024",
          text_part(fat, "us-ascii", "7bit"), [fat])

    # ---- E: back from Vietnam; reported speech (utf-8 QP) --------------------
    t = """Лариса Евгеньевна, здравствуйте.

Вернулись с Мариной из Дананга в субботу, жена довольна, я обгорел, так что снова на связи. По Шринатху: Сабнис пишет, что станки собраны, приёмочные испытания у них на заводе назначены на 12-16 февраля, меня зовут в Раджкот. Геннадию Ильичу я уже доложил. Оформляю индийскую визу.

И ещё: в курилке говорят, что кто-то из конструкторов соседнего КБ получил израильское гражданство и уехал насовсем. Если будете готовить списки на допуск, учтите, что у нас в ОГК и так некомплект.

К.А. Белозёров"""
    build("e-back-vn", D(2024, 1, 15, 9, 10), KB, [TIKH], "Снова на связи",
          text_part(t, "utf-8", "quoted-printable"), [t], mailer=OUTLOOK)

    # ---- N: technical library (koi8-r QP) -------------------------------------
    t = """Коллеги!

В научно-техническую библиотеку поступили новые редакции ОСТ 1 00020 и ГОСТ 2.602-2013, а также справочник по гидроприводам летательных аппаратов (изд. 2023 г.). Выдача - в читальном зале, корпус 2, к. 201.

НТБ"""
    build("n-library", D(2024, 1, 17, 10, 30), LIB, [KB], "Новые поступления НТБ",
          text_part(t, "koi8-r", "quoted-printable"), [t], subj_cs=("koi8-r", "Q"))

    # ---- E (trap): visa refused, trip to India cancelled (English) -----------
    t = """Dear Mr Sabnis,

Unfortunately my application for an Indian e-Business visa was rejected yesterday without explanation, and there is no time to apply again through the embassy before 12 February. I have to cancel my trip to Rajkot. Could we do the factory acceptance test by video link, as you proposed for your other customers? Our quality engineer will need the full measurement protocol for each machine.

Best regards,
Kirill Belozerov

On 10.01.2024 11:05, Vikrant Sabnis wrote:
""" + quote(fat)
    build("e-visa-refused", D(2024, 1, 29, 8, 50), KB_EN, [SAB], "Re: FAT of SGS-CG 600 machines - February 2024",
          text_part(t, "us-ascii", "7bit"), [t], reply_to="e-fat", mailer=OUTLOOK)

    # ---- E (trap): order cancelling the India trip (windows-1251 QP) ---------
    t = """ПРИКАЗ № 61-к от 01.02.2024
Об отмене командировки

В связи с отказом в выдаче въездной визы Республики Индия отменить командировку ведущего инженера-технолога ОГТ Белозёрова К.А. в г. Раджкот (Индия) 12–16 февраля 2024 г., предусмотренную приказом № 27-к от 17.01.2024. Приёмочные испытания станков SGS-CG 600 провести в режиме видеосвязи.

Заместитель генерального директора по персоналу А.В. Дёмина"""
    build("e-order-cancel", D(2024, 2, 1, 15, 30), OK, [KB], "Приказ № 61-к",
          text_part(t, "windows-1251", "quoted-printable"), [t], cc=[SAF])

    # ---- N: mailbox quota (utf-8 base64) --------------------------------------
    t = """Ваш почтовый ящик заполнен на 92 % (4,6 ГБ из 5 ГБ). Удалите ненужные письма или перенесите их в архив, иначе с 15.02 приём новых сообщений будет ограничен.

Отдел ИТ"""
    build("n-quota", D(2024, 2, 5, 8, 0), IT("Отдел ИТ", "utf-8", "B"), [KB], "Почтовый ящик почти заполнен",
          text_part(t, "utf-8", "base64"), [t])

    # ---- E: status in February (utf-8 8bit) -----------------------------------
    t = """Коллеги,

коротко по состоянию на февраль. Индийские круглошлифовальные станки приходят в апреле, до этого шлифовка остаётся узким местом: плунжеры ГП-140 и Ил-76 шлифуем на одном станке в три смены. По стали 30ХГСН2А-ВД пришла половина октябрьской плавки, на I квартал по стойкам Ту-22М3 не хватает ещё четырёх штоков. Координатно-шлифовального станка вместо японского так и нет.

По ГП-140: протокол с Сожгидромашем подписан в новой редакции, наша доля - шестьдесят пять процентов. На Сожгидромаше, по словам Виталия Степановича, стенд для регулятора уже собран. Ярмолович с Кучинской просят к маю первые качающие узлы на стенд в Гомель, Виталию Степановичу я это твёрдо не обещал.

Ларисе Евгеньевне - держать на контроле вторую половину плавки.

Г.И. Сафронов"""
    build("e-status", D(2024, 2, 9, 17, 10), SAF("Сафронов Геннадий Ильич", "utf-8", "B"), [KB, TIKH],
          "Состояние на февраль", text_part(t, "utf-8", "8bit"), [t], mailer=OUTLOOK)

    # ---- N: 23 February (windows-1251 base64) ---------------------------------
    t = """Уважаемые мужчины!

Поздравляем с Днём защитника Отечества! 22 февраля в обеденный перерыв в столовой № 2 - праздничный обед за счёт профкома. Женский коллектив ОГТ готовит сюрприз.

Профком"""
    build("n-feb23", D(2024, 2, 14, 12, 40), PROFKOM("Профком", "windows-1251", "B"), [KB], "С наступающим 23 февраля",
          text_part(t, "windows-1251", "base64"), [t], subj_cs=("windows-1251", "B"))

    # ====================== loose .eml files ==================================
    # 001.eml: domestic trip order (CRLF, windows-1251, .txt attachment)
    order = """ПРИКАЗ № 412-к от 28.08.2023
О направлении работника в командировку

Командировать ведущего инженера-технолога отдела главного технолога Белозёрова Кирилла Андреевича в войсковую часть 41687 (аэродром Шайковка, Калужская область) с 4 по 8 сентября 2023 г. для дефектации основных стоек шасси самолётов Ту-22М3 перед отправкой в капитальный ремонт.

Основание: письмо заказчика от 21.08.2023, государственный контракт на ремонт авиационной техники.

Заместитель генерального директора по персоналу А.В. Дёмина"""
    t = """Кирилл Андреевич, приказ во вложении. Билеты до Калуги забронированы, аванс получите в бухгалтерии до 1 сентября.

Отдел кадров"""
    build("l-shaykovka", D(2023, 8, 28, 14, 50), OK, [KB], "Приказ № 412-к (командировка)",
          multipart("mixed", [text_part(t, "windows-1251", "base64"),
                              ('Content-Type: text/plain; charset="windows-1251"; name="Prikaz_412-k.txt"\n'
                               'Content-Transfer-Encoding: base64\n'
                               'Content-Disposition: attachment; filename="Prikaz_412-k.txt"\n',
                               wrap76(base64.b64encode(order.replace("\n", "\r\n").encode("cp1251")).decode("ascii")))],
                    "----=_NextPart_000_0077_01D9D9B1"),
          [t, order], subj_cs=("windows-1251", "B"), loose="001.eml", crlf=True, mailer=OUTLOOK)

    # 002.eml: the wife's message about Vietnam, HTML only, NO Message-ID
    t = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>Кирюш, привет!</p>
<p>Всё, я оплатила тур: Дананг, со 2 по 12 января, отель у моря, на нас двоих. Тёма с нами не полетит, у него зимняя сессия до 20-го, и наш сын, кажется, даже не расстроился - ему Ереван интереснее :)</p>
<p>Визы электронные, я подам за обоих на этой неделе, нужны только сканы загранпаспортов. Твой скинь мне сегодня. Нине Григорьевне я сама скажу, а то она опять будет переживать.</p>
<p>Целую, Марина</p>
<p style="color:#888">Отправлено с мобильного</p>
</body></html>"""
    build("l-marina-vn", D(2023, 11, 24, 13, 2), MARINA, [KB("Кирилл")], "Вьетнам!!!",
          text_part(t, "utf-8", "quoted-printable", "html"), [t], with_mid=False, loose="002.eml")

    # 003.eml: conference invitation (noise, domestic)
    t = """Уважаемые коллеги!

Приглашаем вас принять участие в XII научно-технической конференции «Гидравлика летательных аппаратов», которая пройдёт в Самаре 16-17 апреля 2024 г. Тезисы докладов - до 1 марта на адрес оргкомитета.

Оргкомитет конференции"""
    build("l-conf", D(2024, 1, 24, 10, 0), P("Оргкомитет конференции", "conf@hydraulics-conf.example.ru"), [KB],
          "Конференция «Гидравлика летательных аппаратов»", text_part(t, "utf-8", "quoted-printable"), [t],
          loose="003.eml")


# ----------------------------------------------------------------------------
# writing the mailbox
# ----------------------------------------------------------------------------

FROM_RE = re.compile(rb"^(>*From )", re.M)


def write_sources():
    mbox_msgs = [m for m in MESSAGES if not m["loose"]]
    with open(os.path.join(OUT, "mailbox.mbox"), "wb") as fh:
        for m in mbox_msgs:
            data = m["raw"]
            when = m["date"].astimezone(dt.timezone.utc).strftime("%a %b %d %H:%M:%S %Y")
            fh.write(("From %s %s\n" % (m["from"].addr, when)).encode("ascii"))
            fh.write(FROM_RE.sub(rb">\1", data))   # mboxrd quoting
            if not data.endswith(b"\n"):
                fh.write(b"\n")
            fh.write(b"\n")
    loose = os.path.join(OUT, "loose")
    if os.path.isdir(loose):
        shutil.rmtree(loose)
    os.makedirs(loose)
    for m in MESSAGES:
        if m["loose"]:
            with open(os.path.join(loose, m["loose"]), "wb") as fh:
                fh.write(m["raw"])
    return len(mbox_msgs)


# ----------------------------------------------------------------------------
# truth
# ----------------------------------------------------------------------------

ENTITIES = [
    ("p_belozerov", "Person", "Kirill Belozerov", [
        "Белозёров Кирилл Андреевич", "Kirill Belozerov", "Kirill Beloserow", "Herr Beloserow", "Mr Belozerov",
        "BELOZEROV KIRILL", "Белозёров", "К.А. Белозёров", "Белозёров К.А.", "Белозёрова К.А.",
        "Белозёрова Кирилла Андреевича", "Кирилл Белозёров", "Кирилл Андреевич", "Кириллу Андреевичу",
        "Кириллом Андреевичем", "Кирилл", "Кирилку", "Кирило Білозеров", "Кирюш", "Кірыл Андрэевіч",
        "Кірылу Андрэевічу"],
     {"email": ["k.belozerov@zhgaz.example.ru"], "birthDate": ["1979-08-14"], "nationality": ["ru"]}),
    ("p_marina", "Person", "Marina Belozerova", [
        "Марина Белозёрова", "BELOZEROVA MARINA", "Марина", "Мариной", "Марині", "Марину"],
     {"email": ["marina.belozerova@mail.example.ru"], "birthDate": ["1981-03-02"], "nationality": ["ru"]}),
    ("p_artyom", "Person", "Artyom Belozerov", [
        "Artem Belozerov", "Артём", "Тёма", "Артемко", "Артемкові", "Белозёрова Артёма Кирилловича"],
     {"email": ["a.belozerov@student.example.am"]}),
    ("p_nina", "Person", "Nina Bilozerova", [
        "Ніна Білозерова", "Білозерова Ніна Григорівна", "Нине Григорьевне"],
     {"email": ["nina.bilozerova@mail.example.ru"], "nationality": ["ua"]}),
    ("p_safronov", "Person", "Gennady Safronov", [
        "Сафронов Геннадий Ильич", "Г.И. Сафронов", "Геннадий Ильич", "Геннадием Ильичом", "Генадзь Ільіч",
        "Сафронова Геннадия Ильича", "Геннадию Ильичу", "Mr Safronov"],
     {"email": ["g.safronov@zhgaz.example.ru"]}),
    ("p_tikhomirova", "Person", "Larisa Tikhomirova", [
        "Тихомирова Лариса Евгеньевна", "Larisa Tikhomirova", "Лариса Евгеньевна", "Ларисе Евгеньевне", "Ларисой Евгеньевной",
        "Л.Е. Тихомирова", "Ms Tikhomirova", "Ms. Tikhomirova", "Signora Tikhomirova"],
     {"email": ["l.tikhomirova@zhgaz.example.ru"]}),
    ("p_yarmolovich", "Person", "Vital Yarmalovich", [
        "Ярмаловіч Віталь Сцяпанавіч", "Віталь Сцяпанавіч Ярмаловіч", "В.С. Ярмаловіч",
        "Ярмолович Виталий Степанович", "Виталий Степанович", "Виталию Степановичу", "Виталия Степановича", "Ярмолович",
        "В.С. Ярмолович"],
     {"email": ["v.yarmalovich@sozh.example.by"], "nationality": ["by"]}),
    ("p_kuchynskaya", "Person", "Volha Kuchynskaya", [
        "Кучынская Вольга Міхайлаўна", "Вольга Міхайлаўна Кучынская", "Вольга Міхайлаўна", "Вольга Кучынская",
        "Кучинская Ольга Михайловна", "Кучинской"],
     {"email": ["v.kuchynskaya@sozh.example.by"], "nationality": ["by"]}),
    ("p_sabnis", "Person", "Vikrant Sabnis", [
        "Vikrant Sabnis", "Mr Sabnis", "Сабнис", "Сабнисом", "Викрант Сабнис"],
     {"email": ["vikrant.sabnis@shrinath.example.in"]}),
    ("o_zhgaz", "Company", "Zhigulevsk Hydraulic Units Plant", [
        "АО «Жигулёвский гидроагрегатный завод»", "Жигулёвский гидроагрегатный завод",
        "Жигулёвского гидроагрегатного завода", "Жыгулёўскаму гідраагрэгатнаму заводу",
        "Жыгулёўскі гідраагрэгатны завод", "Жыгулёўскім гідраагрэгатным заводзе", "ЖГАЗ", "АО «ЖГАЗ»", "ZhGAZ", "Zhigulevsk Hydraulic Units Plant"],
     {"country": ["ru"]}),
    ("o_sozh", "Company", "Sozhgidromash", [
        "ААТ «Сожгідрамаш»", "Сожгідрамаш", "Sozhgidromash OJSC", "Sozhgidromash", "ОАО «Сожгидромаш»",
        "Сожгидромаш", "Сожгидромаша", "Сожгидромашем", "Сожгидромаше"],
     {"country": ["by"]}),
    ("o_shrinath", "Company", "Shrinath Grinding Systems Pvt. Ltd.", [
        "Shrinath Grinding Systems Pvt. Ltd.", "Shrinath Grinding Systems", "Shrinath", "Шринатха", "Шринатхом",
        "Шринатху"],
     {"country": ["in"]}),
    ("o_aarwerk", "Company", "Aarwerk Schleiftechnik AG", ["Aarwerk Schleiftechnik AG", "Aarwerk", "Аарверк"],
     {"country": ["ch"]}),
    ("o_kanemori", "Company", "Kanemori Machinery Co., Ltd.", ["Kanemori Machinery Co., Ltd.", "Kanemori", "Канэмори"],
     {"country": ["jp"]}),
    ("o_guarnital", "Company", "Guarnital S.p.A.", ["Guarnital S.p.A.", "Guarnital", "Гуарнитал"],
     {"country": ["it"]}),
    ("o_haocheng", "Company", "Ningbo Haocheng Sealing Technology Co., Ltd.", [
        "Ningbo Haocheng Sealing Technology Co., Ltd.", "Haocheng", "Хаочэна"],
     {"country": ["cn"]}),
]

# (id, kind, summary, subjects, attributes, [(message key, quote), ...])
FINDINGS = [
    ("f-01", "military_maintenance",
     "ZhGAZ overhauls landing gear of Tu-22M3 bombers, hydraulic pumps and boosters of Il-76MD transports and "
     "hydraulic units of Ka-52 helicopters under the Russian state defence order.",
     ["o_zhgaz"], {"platforms": ["tu-22m3", "tu-22m", "il-76md", "il-76", "ka-52"], "customer_country": "ru"}, [
         ("e-plan", "капитальный ремонт основных и передних стоек шасси самолётов Ту-22М3, гидронасосов и гидроусилителей самолётов Ил-76МД, агрегатов гидросистемы вертолётов Ка-52"),
         ("e-plan", "Заказчик - Министерство обороны Российской Федерации, приёмка через военное представительство."),
         ("e-re-steel", "Без стали ремонт основных стоек Ту-22М3 по госконтракту встанет в конце августа."),
         ("l-shaykovka", "в войсковую часть 41687 (аэродром Шайковка, Калужская область) с 4 по 8 сентября 2023 г. для дефектации основных стоек шасси самолётов Ту-22М3 перед отправкой в капитальный ремонт"),
     ]),
    ("f-02", "military_maintenance",
     "ZhGAZ overhauls hydraulic units of Il-76MD/TD aircraft of the Algerian Air Force (export contract with the "
     "Algerian Ministry of National Defence).",
     ["o_zhgaz"], {"platforms": ["il-76md", "il-76td", "il-76"], "customer_country": "dz"}, [
         ("e-plan", "экспортный контракт на капремонт агрегатов Ил-76 для ВВС Алжира"),
         ("e-plan", "ВВС Алжира (экспорт)"),
         ("e-algeria", "По контракту с Министерством национальной обороны Алжира на капитальный ремонт агрегатов гидросистемы самолётов Ил-76МД и Ил-76ТД ВВС Алжира"),
         ("e-algeria", "Nous vous confirmons l'expédition de 24 équipements hydrauliques des avions Il-76MD et Il-76TD des Forces aériennes algériennes pour révision générale"),
     ]),
    ("f-03", "joint_development",
     "ZhGAZ and Sozhgidromash (Gomel, Belarus) jointly develop the GP-140 'Zarnitsa' axial piston pump; first "
     "split 50/50, since September 2023 ZhGAZ pays 65 % (13/20).",
     ["o_zhgaz", "o_sozh"], {"product": ["gp-140", "zarnitsa", "zarnica"], "partner_country": "by",
                             "funding_share": 0.65}, [
         ("e-yar-proposal", "ААТ «Сожгідрамаш» прапануе Жыгулёўскаму гідраагрэгатнаму заводу сумесна распрацаваць новы аксіяльна-плунжарны насос ГП-140 (рабочая назва «Зарніца»)"),
         ("e-fwd-proposal", "Сожгидромаш предлагает совместно делать новый насос ГП-140"),
         ("e-fwd-proposal", "ААТ «Сожгідрамаш» прапануе Жыгулёўскаму гідраагрэгатнаму заводу сумесна распрацаваць новы аксіяльна-плунжарны насос ГП-140 (рабочая назва «Зарніца»)"),
         ("e-yar-visit", "Эскізны праект ГП-140 у нас гатовы."),
         ("e-passes", "совместная ОКР с ОАО «Сожгидромаш», г. Гомель"),
         ("e-yar-thanks", "праект прыняты"),
         ("e-yar-share", "«Сожгідрамаш» можа ўзяць на сябе 35 працэнтаў, астатнія 65 - Жыгулёўскі гідраагрэгатны завод."),
         ("e-re-share", "Скрепя сердце соглашаемся: 65 процентов наши, 35 - ваши"),
         ("e-re-share", "«Сожгідрамаш» можа ўзяць на сябе 35 працэнтаў, астатнія 65 - Жыгулёўскі гідраагрэгатны завод."),
         ("e-protocol", "Направляю вторую редакцию протокола о совместном выполнении ОКР по насосу ГП-140 «Зарница» с новым распределением затрат"),
         ("e-protocol", "4. Финансирование: ЖГАЗ несёт тринадцать двадцатых (13/20) стоимости работ, Сожгидромаш - семь двадцатых (7/20)."),
         ("e-status", "По ГП-140: протокол с Сожгидромашем подписан в новой редакции, наша доля - шестьдесят пять процентов."),
     ]),
    ("f-04", "sanctions_obstacle",
     "Aarwerk Schleiftechnik (Switzerland) refuses to sell ZhGAZ CNC cylindrical grinders, spare parts and service "
     "under Swiss sanctions.",
     ["o_zhgaz"], {"origin_country": "ch", "goods": "cnc cylindrical grinding machines"}, [
         ("e-aarwerk", "Werkzeugmaschinen dieser Art fallen unter die Verordnung über Massnahmen im Zusammenhang mit der Situation in der Ukraine; der Verkauf, die Lieferung und die Ausfuhr in die Russische Föderation sind uns untersagt."),
         ("e-re-aarwerk", "Аарверк официально отказал: станки AWS 1000 под швейцарскими санкциями, поставить в Россию не могут"),
         ("e-re-aarwerk", "Werkzeugmaschinen dieser Art fallen unter die Verordnung über Massnahmen im Zusammenhang mit der Situation in der Ukraine; der Verkauf, die Lieferung und die Ausfuhr in die Russische Föderation sind uns untersagt."),
         ("e-tikh-summary", "Швейцария (Аарверк), Япония (Канэмори) и Италия (Гуарнитал) отказали со ссылкой на санкции"),
         ("e-tikh-summary", "1. Aarwerk Schleiftechnik AG (Швейцария) - круглошлифовальные станки с ЧПУ AWS 1000, 2 шт. Отказ 02.03.2023: швейцарские санкционные меры, запрет поставки в РФ, в т.ч. запчастей и сервиса."),
         ("e-grind", "а запчастей от швейцарцев теперь не будет"),
         ("e-re-grind", "а запчастей от швейцарцев теперь не будет"),
     ]),
    ("f-05", "sanctions_obstacle",
     "Kanemori Machinery (Japan) cannot supply ZhGAZ a CNC jig grinding machine under Japanese export controls.",
     ["o_zhgaz"], {"origin_country": "jp", "goods": "cnc jig grinding machine"}, [
         ("e-kanemori", "machine tools of this class may not be exported to the Russian Federation, and we are unable to submit a quotation, directly or through our agents in third countries"),
         ("e-tikh-summary", "Швейцария (Аарверк), Япония (Канэмори) и Италия (Гуарнитал) отказали со ссылкой на санкции"),
         ("e-tikh-summary", "2. Kanemori Machinery Co., Ltd. (Япония) - координатно-шлифовальный станок KJG-450, 1 шт. Отказ 27.03.2023: экспортный контроль Японии."),
         ("e-status", "Координатно-шлифовального станка вместо японского так и нет."),
     ]),
    ("f-06", "sanctions_obstacle",
     "Guarnital (Italy) cancels ZhGAZ's order of PTFE and polyurethane seals under EU Regulation 833/2014.",
     ["o_zhgaz"], {"origin_country": "it", "goods": "hydraulic seals"}, [
         ("e-guarnital", "Following the latest package of restrictive measures under Council Regulation (EU) No 833/2014, these items may no longer be sold or exported to Russia"),
         ("e-tikh-summary", "Швейцария (Аарверк), Япония (Канэмори) и Италия (Гуарнитал) отказали со ссылкой на санкции"),
         ("e-tikh-summary", "3. Guarnital S.p.A. (Италия) - уплотнения из ПТФЭ и полиуретана для гидроцилиндров стоек шасси. Отказ 03.04.2023: Регламент ЕС 833/2014, возврат аванса."),
     ]),
    ("f-07", "alternative_supplier",
     "In place of the Swiss grinders ZhGAZ buys two SGS-CG 600 CNC cylindrical grinders from Shrinath Grinding "
     "Systems of Rajkot, India (contract signed in Dubai, November 2023).",
     ["o_zhgaz", "o_shrinath"], {"supplier_country": "in", "goods": "cnc cylindrical grinding machines"}, [
         ("e-sabnis1", "Shrinath Grinding Systems Pvt. Ltd. designs and builds CNC cylindrical and internal grinding machines in Rajkot, Gujarat."),
         ("e-sabnis1", "From our side there is no restriction on supplying to Russia"),
         ("e-re-sabnis1", "Yes, please send the techno-commercial offer for two SGS-CG 600 machines with in-process gauging, delivery to Zhigulevsk, Samara region."),
         ("e-re-sabnis1", "From the drawings you shared, the plunger (dia 14 mm, length 62 mm) and the cylinder block bores are well within the capability of SGS-CG 600 with the in-process gauging option."),
         ("e-grind", "срочно закупить два станка SGS-CG 600 у индийской фирмы Shrinath"),
         ("e-re-grind", "с закупкой у Шринатха согласен"),
         ("e-proforma", "Please find attached our revised proforma invoice no. SGS/EXP/2023/117 for two SGS-CG 600 CNC cylindrical grinders with in-process gauging"),
         ("e-proforma", "Item 1: SGS-CG 600 CNC Cylindrical Grinder with in-process gauging - 2 nos."),
         ("e-order-uae", "для участия в испытаниях и переговорах о закупке шлифовального оборудования с компанией Shrinath Grinding Systems (Индия)"),
         ("e-dubai-report", "контракт на два SGS-CG 600 с Шринатхом подписан"),
         ("e-dubai-report", "2. 16 ноября подписан контракт № 23-117 на поставку двух станков SGS-CG 600 с активным контролем."),
         ("e-fat", "Both SGS-CG 600 machines for ZhGAZ are assembled and running in."),
         ("e-back-vn", "По Шринатху: Сабнис пишет, что станки собраны"),
         ("e-status", "Индийские круглошлифовальные станки приходят в апреле"),
     ]),
    ("f-08", "equipment_shortage",
     "ZhGAZ's plunger and rod grinding section stands still: one of three cylindrical grinders works, no jig "
     "grinder for the GP-140 cylinder block.",
     ["o_zhgaz"], {"goods": "grinding machines"}, [
         ("e-tikh-summary", "Последствия: участок шлифования плунжеров и штоков работает на одном исправном станке"),
         ("e-grind", "докладываю: с 28 апреля участок шлифования плунжеров и штоков фактически стоит. Из трёх круглошлифовальных станков в работе один"),
         ("e-grind", "Координатно-шлифовального станка под блок цилиндров ГП-140 у нас нет вообще."),
         ("e-re-grind", "докладываю: с 28 апреля участок шлифования плунжеров и штоков фактически стоит. Из трёх круглошлифовальных станков в работе один"),
         ("e-status", "до этого шлифовка остаётся узким местом: плунжеры ГП-140 и Ил-76 шлифуем на одном станке в три смены"),
     ]),
    ("f-09", "equipment_shortage",
     "Bars of vacuum-arc-remelted 30KhGSN2A-VD steel for Tu-22M3 landing gear rods are not delivered; the repair "
     "of main struts stalls.",
     ["o_zhgaz"], {"goods": "special steel"}, [
         ("e-steel", "прутков из стали 30ХГСН2А-ВД диаметром 120 и 160 мм в июле не будет"),
         ("e-steel", "На складе осталось на 2 штока основных стоек, а по плану на III квартал нужно 9."),
         ("e-re-steel", "Без стали ремонт основных стоек Ту-22М3 по госконтракту встанет в конце августа."),
         ("e-re-steel", "прутков из стали 30ХГСН2А-ВД диаметром 120 и 160 мм в июле не будет"),
         ("e-status", "По стали 30ХГСН2А-ВД пришла половина октябрьской плавки, на I квартал по стойкам Ту-22М3 не хватает ещё четырёх штоков."),
     ]),
    ("f-10", "foreign_travel",
     "Safronov and Belozerov travelled to Dubai (Jebel Ali Free Zone), UAE, 13-18 November 2023 for a grinder "
     "demonstration and the contract with Shrinath.",
     ["p_belozerov", "p_safronov"], {"country": "ae", "start": "2023-11-13", "place": "Dubai",
                                     "purpose": "machine tool demonstration and contract signing"}, [
         ("e-proforma", "our regional manager there would be glad to host you and Mr Safronov from 13 to 17 November for a live demonstration and contract signing"),
         ("e-order-uae", "Командировать в Объединённые Арабские Эмираты (г. Дубай, свободная экономическая зона Джебель-Али) с 13 по 18 ноября 2023 г."),
         ("e-dubai-report", "отчёт о поездке в Дубай - во вложении"),
         ("e-dubai-report", "ОТЧЁТ о служебной командировке в ОАЭ (г. Дубай), 13-18 ноября 2023 г."),
         ("e-dubai-report", "Состав: главный инженер Г.И. Сафронов, ведущий инженер-технолог К.А. Белозёров."),
     ]),
    ("f-11", "foreign_travel",
     "Kirill Belozerov and his wife Marina holidayed in Da Nang, Vietnam, 2-12 January 2024.",
     ["p_belozerov", "p_marina"], {"country": "vn", "start": "2024-01-02", "place": "Da Nang", "purpose": "holiday"}, [
         ("l-marina-vn", "Всё, я оплатила тур: Дананг, со 2 по 12 января, отель у моря, на нас двоих."),
         ("e-evisa", "Intended date of entry: 02/01/2024, port of entry: Da Nang International Airport, purpose: tourism"),
         ("e-mom2", "Марина казала, що ви на Новий рік летите до В'єтнаму."),
         ("e-back-vn", "Вернулись с Мариной из Дананга в субботу, жена довольна, я обгорел"),
     ]),
    ("f-12", "foreign_travel",
     "Yarmalovich and Kuchynskaya of Sozhgidromash came from Gomel to ZhGAZ in Zhigulevsk, Russia, 13-16 June "
     "2023 for the GP-140 design review.",
     ["p_yarmolovich", "p_kuchynskaya"], {"country": "ru", "start": "2023-06-13", "place": "Zhigulevsk",
                                          "purpose": "design review of the gp-140"}, [
         ("e-yar-visit", "Прапаную правесці абарону ў вас, у Жыгулёўску, 13-16 чэрвеня: прыедзем удваіх - я і вядучы інжынер-канструктар Вольга Міхайлаўна Кучынская"),
         ("e-passes", "Прошу оформить разовые пропуска на 13-16 июня 2023 г. для участия в защите эскизного проекта насоса ГП-140"),
         ("e-yar-thanks", "Вярнуліся ў Гомель у суботу. Дзякуй за прыём у Жыгулёўску"),
     ]),
    ("f-13", "citizenship", "Kirill Belozerov is a Russian citizen (Vietnamese e-visa).",
     ["p_belozerov"], {"countries": ["ru"]}, [
         ("e-evisa", "1. BELOZEROV KIRILL, date of birth 14/08/1979, nationality: RUSSIAN FEDERATION, passport 76 4418250"),
     ]),
    ("f-14", "citizenship", "Marina Belozerova is a Russian citizen (Vietnamese e-visa).",
     ["p_marina"], {"countries": ["ru"]}, [
         ("e-evisa", "2. BELOZEROVA MARINA, date of birth 02/03/1981, nationality: RUSSIAN FEDERATION, passport 76 5530912"),
     ]),
    ("f-15", "citizenship",
     "Nina Bilozerova, the engineer's mother, is a citizen of Ukraine living in Syzran on a Russian residence permit.",
     ["p_nina"], {"countries": ["ua"]}, [
         ("e-mom1", "бо я ж досі громадянка України, а не Росії"),
         ("e-re-mom1", "бо я ж досі громадянка України, а не Росії"),
         ("e-mom2", "А громадянство я міняти не буду, скільки б мене не вмовляли: я громадянка України і нею залишусь, я ж у Кременчуці народилася."),
     ]),
    ("f-16", "family_relation", "Marina Belozerova is Kirill Belozerov's wife.",
     ["p_belozerov", "p_marina"], {"relationship": "spouse"}, [
         ("e-evisa", "2. BELOZEROVA MARINA, date of birth 02/03/1981, nationality: RUSSIAN FEDERATION, passport 76 5530912, spouse of applicant 1"),
         ("e-back-vn", "Вернулись с Мариной из Дананга в субботу, жена довольна"),
     ]),
    ("f-17", "family_relation", "Artyom Belozerov, a student in Yerevan, is Kirill Belozerov's son.",
     ["p_belozerov", "p_artyom"], {"relationship": "child"}, [
         ("e-to-son", "Папа"),
         ("e-son-re", "Пап, привет! Всё сдал, сопромат на 4, не переживай."),
         ("e-aid", "Прошу оказать материальную помощь на частичную оплату обучения моего сына, Белозёрова Артёма Кирилловича"),
     ]),
    ("f-18", "family_relation", "Nina Bilozerova is Kirill Belozerov's mother.",
     ["p_belozerov", "p_nina"], {"relationship": "parent"}, [
         ("e-mom1", "Цілую, твоя мама"),
         ("e-re-mom1", "Мама, привет."),
         ("e-re-mom1", "Цілую, твоя мама"),
         ("e-mom2", "Кирилку, синку!"),
         ("e-mom2", "Твоя мама"),
     ]),
    ("f-19", "family_relation", "Artyom is the son of Marina Belozerova.",
     ["p_marina", "p_artyom"], {"relationship": "child"}, [
         ("l-marina-vn", "Тёма с нами не полетит, у него зимняя сессия до 20-го, и наш сын, кажется, даже не расстроился"),
     ]),
    ("f-20", "employment", "Kirill Belozerov is a lead process engineer in ZhGAZ's chief technologist's department.",
     ["p_belozerov", "o_zhgaz"], {"role": "lead process engineer"}, [
         ("e-re-sabnis1", "Lead Process Engineer, Chief Technologist's Department"),
         ("e-grind", "Ведущий инженер-технолог ОГТ"),
         ("e-passes", "ведущий инженер-технолог ОГТ Белозёров К.А."),
         ("e-aid", "от ведущего инженера-технолога ОГТ Белозёрова Кирилла Андреевича"),
         ("l-shaykovka", "Командировать ведущего инженера-технолога отдела главного технолога Белозёрова Кирилла Андреевича"),
         ("e-protocol", "ведущий инженер-технолог ОГТ АО «ЖГАЗ»"),
         ("e-order-uae", "ведущего инженера-технолога ОГТ Белозёрова Кирилла Андреевича"),
         ("e-dubai-report", "Ведущий инженер-технолог ОГТ К.А. Белозёров"),
         ("e-order-cancel", "ведущего инженера-технолога ОГТ Белозёрова К.А."),
     ]),
    ("f-21", "employment", "Gennady Safronov is chief engineer of ZhGAZ.",
     ["p_safronov", "o_zhgaz"], {"role": "chief engineer"}, [
         ("e-plan", "Главный инженер АО «Жигулёвский гидроагрегатный завод» Г.И. Сафронов"),
         ("e-protocol", "От ЖГАЗ: главный инженер Г.И. Сафронов"),
         ("e-order-uae", "главного инженера Сафронова Геннадия Ильича"),
         ("e-dubai-report", "главный инженер Г.И. Сафронов"),
     ]),
    ("f-22", "employment", "Vital Yarmalovich is chief designer of Sozhgidromash.",
     ["p_yarmolovich", "o_sozh"], {"role": "chief designer"}, [
         ("e-yar-proposal", "галоўны канструктар ААТ «Сожгідрамаш»"),
         ("e-fwd-proposal", "галоўны канструктар ААТ «Сожгідрамаш»"),
         ("e-passes", "Ярмолович Виталий Степанович, гражданин Республики Беларусь, главный конструктор ОАО «Сожгидромаш»"),
         ("e-yar-birthday", "Главному конструктору «Сожгидромаша» - только лёгких испытаний."),
         ("e-protocol", "От Сожгидромаш: главный конструктор В.С. Ярмолович"),
     ]),
    ("f-23", "employment", "Volha Kuchynskaya is a leading design engineer at Sozhgidromash.",
     ["p_kuchynskaya", "o_sozh"], {"role": "leading design engineer"}, [
         ("e-yar-visit", "вядучы інжынер-канструктар Вольга Міхайлаўна Кучынская"),
         ("e-passes", "ведущий инженер-конструктор ОАО «Сожгидромаш»"),
         ("e-kuch-calc", "вядучы інжынер-канструктар ААТ «Сожгідрамаш»"),
     ]),
    ("f-24", "employment", "Vikrant Sabnis heads the international business of Shrinath Grinding Systems.",
     ["p_sabnis", "o_shrinath"], {"role": "head of international business"}, [
         ("e-sabnis1", "Head - International Business"),
         ("e-proforma", "Vikrant Sabnis, Head - International Business"),
         ("e-dubai-report", "Со стороны поставщика подписал руководитель международного направления г-н Викрант Сабнис"),
         ("e-fat", "Head - International Business"),
     ]),
    ("f-25", "employment", "Larisa Tikhomirova heads ZhGAZ's procurement (materials and supply) department.",
     ["p_tikhomirova", "o_zhgaz"], {"role": "head of supply department"}, [
         ("e-tikh-summary", "начальник отдела материально-технического снабжения"),
         ("e-tikh-summary", "Начальник ОМТС Л.Е. Тихомирова"),
     ]),
    ("f-26", "citizenship", "Vital Yarmalovich is a citizen of Belarus.",
     ["p_yarmolovich"], {"countries": ["by"]}, [
         ("e-passes", "Ярмолович Виталий Степанович, гражданин Республики Беларусь"),
     ]),
    ("f-27", "citizenship", "Volha Kuchynskaya is a citizen of Belarus.",
     ["p_kuchynskaya"], {"countries": ["by"]}, [
         ("e-passes", "Кучинская Ольга Михайловна, гражданка Республики Беларусь"),
     ]),
]

WATCH_TRUE = [("f-28", "o_zhgaz", "wl-ru-1107", "ZHIGULYOVSKIY GIDROAGREGATNYY ZAVOD, AO"),
              ("f-29", "p_safronov", "wl-ru-1108", "SAFRONOV, Gennadiy Ilyich"),
              ("f-30", "o_sozh", "wl-by-0453", "SOZHHIDRAMASH, AAT")]

WATCHLIST = [
    {"id": "wl-ru-1107", "schema": "Company", "caption": "ZHIGULYOVSKIY GIDROAGREGATNYY ZAVOD, AO",
     "properties": {"name": ["ZHIGULYOVSKIY GIDROAGREGATNYY ZAVOD, AO"],
                    "alias": ["AO ZHIGULYOVSKIY GIDROAGREGATNYY ZAVOD", "ZHGAZ AO"],
                    "country": ["ru"], "address": ["Zhigulyovsk, Samara Oblast, Russia"],
                    "sector": ["repair of aircraft landing gear and hydraulic units"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-1108", "schema": "Person", "caption": "SAFRONOV, Gennadiy Ilyich",
     "properties": {"name": ["SAFRONOV, Gennadiy Ilyich"], "alias": ["SAFRONOV, Gennadij Il'ich"],
                    "birthDate": ["1962-05-03"], "nationality": ["ru"],
                    "position": ["Chief Engineer, AO Zhigulyovskiy Gidroagregatnyy Zavod"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-0453", "schema": "Company", "caption": "SOZHHIDRAMASH, AAT",
     "properties": {"name": ["SOZHHIDRAMASH, AAT"], "alias": ["SOZHHIDRAMASH OJSC"], "country": ["by"],
                    "address": ["Homiel, Belarus"], "sector": ["hydraulic pumps and drives"]}, "datasets": ["watchlist"]},
    # near misses
    {"id": "wl-ru-1109", "schema": "Person", "caption": "SAFRONOV, Gennadiy Igorevich",
     "properties": {"name": ["SAFRONOV, Gennadiy Igorevich"], "birthDate": ["1977-10-21"], "nationality": ["ru"],
                    "position": ["Deputy Director, Syzran River Port"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-1112", "schema": "Person", "caption": "BELOZYOROV, Kirill Andreyevich",
     "properties": {"name": ["BELOZYOROV, Kirill Andreyevich"], "birthDate": ["1990-11-05"], "nationality": ["ru"],
                    "position": ["Deputy, Saratov Regional Duma"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-0455", "schema": "Person", "caption": "YARMALOVICH, Vital Stsiapanavich",
     "properties": {"name": ["YARMALOVICH, Vital Stsiapanavich"], "alias": ["YARMOLOVICH, Vitaly Stepanovich"],
                    "birthDate": ["1988-04-17"], "nationality": ["by"],
                    "position": ["Head of district executive committee department, Mahiliou region"]},
     "datasets": ["watchlist"]},
    {"id": "wl-by-0460", "schema": "Company", "caption": "SOZHMASH, AAT",
     "properties": {"name": ["SOZHMASH, AAT"], "alias": ["SOZHMASH OJSC"], "country": ["by"],
                    "address": ["Krychau, Mahiliou region, Belarus"]}, "datasets": ["watchlist"]},
    {"id": "wl-in-0031", "schema": "Company", "caption": "SHRINATH GRINDING SOLUTIONS LLP",
     "properties": {"name": ["SHRINATH GRINDING SOLUTIONS LLP"], "country": ["in"],
                    "address": ["Naroda GIDC, Ahmedabad, Gujarat, India"]}, "datasets": ["watchlist"]},
    # filler
    {"id": "wl-ru-1200", "schema": "Company", "caption": "VOLGA AVIATION TECHNICAL CENTRE LLC",
     "properties": {"name": ["VOLGA AVIATION TECHNICAL CENTRE LLC"], "country": ["ru"], "address": ["Ulyanovsk, Russia"]},
     "datasets": ["watchlist"]},
    {"id": "wl-cn-0310", "schema": "Company", "caption": "NINGBO HAOTIAN TRADING CO., LTD.",
     "properties": {"name": ["NINGBO HAOTIAN TRADING CO., LTD."], "country": ["cn"]}, "datasets": ["watchlist"]},
    {"id": "wl-ae-0077", "schema": "Company", "caption": "JEBEL ALI PRECISION TRADING FZE",
     "properties": {"name": ["JEBEL ALI PRECISION TRADING FZE"], "country": ["ae"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-1250", "schema": "Person", "caption": "TIKHOMIROV, Lev Evgenyevich",
     "properties": {"name": ["TIKHOMIROV, Lev Evgenyevich"], "birthDate": ["1958-01-30"], "nationality": ["ru"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ru-1301", "schema": "Person", "caption": "MERKULOVA, Anna Petrovna",
     "properties": {"name": ["MERKULOVA, Anna Petrovna"], "birthDate": ["1972-06-11"], "nationality": ["ru"]},
     "datasets": ["watchlist"]},
]


def norm_ws(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


def body_texts(m):
    """Plain texts of a message as written (HTML tags dropped for searching)."""
    out = []
    for t in m["texts"]:
        out.append(t)
    return out


def build_truth():
    ents = [{"id": i, "schema": s, "name": n, "names": names, "properties": props}
            for i, s, n, names, props in ENTITIES]
    names_of = {i: names for i, _, _, names, _ in ENTITIES}
    finds = []
    for fid, kind, summary, subjects, attrs, ev in FINDINGS:
        finds.append({"id": fid, "kind": kind, "summary": summary, "subjects": subjects, "attributes": attrs,
                      "evidence": [{"message_id": BY_KEY[k]["message_id"], "quote": q} for k, q in ev],
                      "confidence": 1.0})
    for fid, ent, entry, caption in WATCH_TRUE:
        forms = sorted(names_of[ent], key=len, reverse=True)
        ev = []
        for m in MESSAGES:
            texts = [norm_ws(re.sub(r"\S+@\S+", " ", re.sub(r"<[^>]+>", " ", t))) for t in m["texts"]]
            for f in forms:
                # whole-word occurrence of the form in the body/attachment text
                pat = r"(?<!\w)" + re.escape(norm_ws(f)) + r"(?!\w)"
                if any(re.search(pat, t, re.I) for t in texts):
                    hit = next(re.search(pat, t, re.I).group(0) for t in texts if re.search(pat, t, re.I))
                    ev.append({"message_id": m["message_id"], "quote": hit})
                    break
        finds.append({"id": fid, "kind": "watchlist_match",
                      "summary": "%s is on the watchlist as %s." % (dict((e[0], e[2]) for e in ENTITIES)[ent], caption),
                      "subjects": [ent], "attributes": {"list": "watchlist", "entry_id": entry, "score": 1.0},
                      "evidence": ev, "confidence": 1.0})
    return {"format": "paperchase.findings/1", "entities": ents, "findings": finds}


# ----------------------------------------------------------------------------
# self-checks
# ----------------------------------------------------------------------------


def export_messages(case_dir):
    subprocess.run([PAPERCHASE, "ingest", os.path.join(OUT, "mailbox.mbox"), os.path.join(OUT, "loose"),
                    "--case", case_dir, "-q"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    res = subprocess.run([PAPERCHASE, "export", "--case", case_dir, "--format", "messages"], check=True,
                         capture_output=True)
    return [json.loads(l) for l in res.stdout.decode("utf-8").splitlines() if l.strip()]


def self_checks(truth, n_mbox_expected):
    ok = True
    # 4. number of messages
    n_mbox = len(mailbox.mbox(os.path.join(OUT, "mailbox.mbox")))
    n_loose = len(os.listdir(os.path.join(OUT, "loose")))
    c4 = n_mbox == n_mbox_expected and n_loose == sum(1 for m in MESSAGES if m["loose"])
    print("check 4: mbox holds %d messages (meant %d), loose/ holds %d: %s"
          % (n_mbox, n_mbox_expected, n_loose, "OK" if c4 else "FAIL"))
    ok &= c4

    # 1. quotes against the tool's message export
    tmp = tempfile.mkdtemp(prefix="h16case_")
    try:
        exported = export_messages(os.path.join(tmp, "case"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    by_id = {}
    for e in exported:
        parts = [e.get("text") or ""] + [a.get("text") or "" for a in e.get("attachments", [])]
        by_id[e["message_id"]] = [norm_ws(p) for p in parts]
    bad_ids, bad_quotes, n_q = [], [], 0
    for f in truth["findings"]:
        for ev in f["evidence"]:
            if ev["message_id"] not in by_id:
                bad_ids.append((f["id"], ev["message_id"]))
                continue
            q = norm_ws(ev["quote"])
            n_q += 1
            if q and not any(q in p for p in by_id[ev["message_id"]]):
                bad_quotes.append((f["id"], ev["message_id"], ev["quote"]))
    print("check 1: %d messages exported (%d written); %d quotes checked; missing ids: %d; quotes not found: %d"
          % (len(exported), len(MESSAGES), n_q, len(bad_ids), len(bad_quotes)))
    for x in bad_ids:
        print("   missing id", x)
    for x in bad_quotes:
        print("   quote not in export", x)
    ok &= not bad_ids and not bad_quotes

    # 2. truth scored against itself
    res = subprocess.run([sys.executable, SCORER, os.path.join(OUT, "truth.json"), os.path.join(OUT, "truth.json"),
                          "--json"], capture_output=True, check=True)
    s = json.loads(res.stdout)
    c2 = abs(s["findings"]["f1"] - 1.0) < 1e-9 and abs(s["entities"]["f1"] - 1.0) < 1e-9
    print("check 2: self-score findings F1 %.3f, entities F1 %.3f: %s"
          % (s["findings"]["f1"], s["entities"]["f1"], "OK" if c2 else "FAIL"))
    ok &= c2

    # 3. every surface form occurs somewhere (export: text, attachments, subject, names; and our sources)
    hay_export = []
    for e in exported:
        hay_export.append(e.get("text") or "")
        hay_export.append(e.get("subject") or "")
        for a in e.get("attachments", []):
            hay_export.append(a.get("text") or "")
        for fld in ("from", "to", "cc"):
            for p in e.get(fld) or []:
                hay_export.append(p.get("name") or "")
    hay_export = norm_ws("\n".join(hay_export)).casefold()
    hay_src = norm_ws("\n".join("\n".join(m["texts"] + m["names"] + [m["subject"]]) for m in MESSAGES)).casefold()
    miss_src, miss_exp = [], []
    for ent in truth["entities"]:
        for n in ent["names"]:
            k = norm_ws(n).casefold()
            if k not in hay_src:
                miss_src.append((ent["id"], n))
            if k not in hay_export:
                miss_exp.append((ent["id"], n))
    c3 = not miss_src
    print("check 3: %d surface forms; not in sources: %d; not in the tool's export: %d: %s"
          % (sum(len(e["names"]) for e in truth["entities"]), len(miss_src), len(miss_exp), "OK" if c3 else "FAIL"))
    for x in miss_src:
        print("   form not in sources", x)
    for x in miss_exp:
        print("   form not in export", x)
    ok &= c3 and not miss_exp
    return ok


def main():
    MESSAGES.clear()
    BY_KEY.clear()
    make_messages()
    n_mbox = write_sources()
    truth = build_truth()
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(OUT, "watchlist.ftm.json"), "w", encoding="utf-8") as fh:
        for e in WATCHLIST:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    from collections import Counter
    kinds = Counter(f["kind"] for f in truth["findings"])
    noise = sum(1 for m in MESSAGES if m["key"].startswith("n-") or m["key"] == "l-conf")
    print("wrote %d messages (%d in mailbox.mbox, %d loose; %d noise = %.0f %%), %d entities, %d findings: %s"
          % (len(MESSAGES), n_mbox, len(MESSAGES) - n_mbox, noise, 100.0 * noise / len(MESSAGES),
             len(truth["entities"]), len(truth["findings"]), dict(sorted(kinds.items()))))
    if "--no-check" in sys.argv:
        return 0
    ok = self_checks(truth, n_mbox)
    print("ALL CHECKS PASSED" if ok else "SOME CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
