#!/usr/bin/env python3
"""Generator of the holdout20 evaluation case (standard library only).

    python3 make_case.py           # writes mailbox.mbox, loose/*.eml, watchlist.ftm.json,
                                   # truth.json and README.md next to this file
    python3 make_case.py --check   # regenerates in memory, compares with the files on disk,
                                   # decodes every message with the email package and checks
                                   # that every evidence quote is verbatim in the cited message

Everything in the case is fictional: the town of Nizhnesursk, the firms, the people,
the phone, contract and passport numbers; all mail domains are under example.*.
"""
import base64
import datetime as dt
import email
import hashlib
import html.parser
import io
import json
import mailbox
import os
import quopri
import re
import sys
import urllib.parse
import zipfile
from email import policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------
# low-level MIME writing (bytes, "\n" line ends)
# --------------------------------------------------------------------------------------


def _h(key):
    return hashlib.sha256(("holdout20/" + key).encode()).hexdigest()


def msgid(key, addr):
    return "<%s@%s>" % (_h(key)[:16], addr.split("@", 1)[1])


def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_words(s, cs="utf-8", mode="b", limit=75):
    """RFC 2047 encoded words, split on character boundaries, each at most `limit` chars."""
    words, cur = [], []

    def encoded(chars):
        raw = "".join(chars).encode(cs)
        if mode == "b":
            return "=?%s?B?%s?=" % (cs, base64.b64encode(raw).decode())
        out = []
        for byte in raw:
            c = chr(byte)
            if c == " ":
                out.append("_")
            elif byte < 128 and (c.isalnum() or c in "-!*+/"):
                out.append(c)
            else:
                out.append("=%02X" % byte)
        return "=?%s?Q?%s?=" % (cs, "".join(out))

    # break between words where possible (a space ends the preceding word), inside a word only if it is too long
    for tok in re.findall(r"\S+\s*|\s+", s):
        chars = list(tok)
        if cur and len(encoded(cur + chars)) > limit:
            words.append(encoded(cur))
            cur = []
        for ch in chars:
            if cur and len(encoded(cur + [ch])) > limit:
                words.append(encoded(cur))
                cur = [ch]
            else:
                cur.append(ch)
    if cur:
        words.append(encoded(cur))
    return "\n ".join(words)


def hdr(s, enc):
    """enc: None (ascii), or (mode, charset)."""
    if enc is None or _is_ascii(s):
        return s
    return enc_words(s, enc[1], enc[0])


def addr(person, enc):
    name, a = person
    if not name:
        return a
    if _is_ascii(name):
        if re.search(r'[,.;:()<>@"]', name):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    # a display name goes into one encoded word, as many mailers write it: address parsers keep the
    # folding white space between encoded words of a phrase, which would split names
    return "%s <%s>" % (enc_words(name, enc[1], enc[0], limit=998), a)


class Leaf:
    def __init__(self, ctype, body, cte, extra=()):
        self.ctype, self.body, self.cte, self.extra = ctype, body, cte, list(extra)

    def headers(self):
        h = [("Content-Type", self.ctype)]
        if self.cte:
            h.append(("Content-Transfer-Encoding", self.cte))
        return h + self.extra

    def payload(self):
        return self.body


class Multi:
    def __init__(self, subtype, parts, seed):
        self.subtype, self.parts = subtype, parts
        self.boundary = "----=_NextPart_%s" % _h("b/" + seed)[:24]

    def headers(self):
        return [("Content-Type", 'multipart/%s; boundary="%s"' % (self.subtype, self.boundary))]

    def payload(self):
        out = [b"This is a multi-part message in MIME format.\n"]
        for p in self.parts:
            out.append(b"\n--" + self.boundary.encode() + b"\n")
            out.append(render_part(p))
        out.append(b"\n--" + self.boundary.encode() + b"--\n")
        return b"".join(out)


def render_part(p):
    head = "".join("%s: %s\n" % kv for kv in p.headers()).encode("ascii")
    body = p.payload()
    if not body.endswith(b"\n"):
        body += b"\n"
    return head + b"\n" + body


def text(s, subtype="plain", cs="utf-8", cte="base64"):
    raw = s.encode(cs)  # strict: the text must be representable in the charset
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "7bit":
        raw.decode("ascii")
        body = raw
    else:
        body = raw
    return Leaf('text/%s; charset="%s"' % (subtype, cs), body, cte)


def alt(plain, html_text, cs="utf-8", cte="base64", seed=""):
    return Multi("alternative", [text(plain, "plain", cs, cte), text(html_text, "html", cs, cte)], seed)


def mixed(parts, seed):
    return Multi("mixed", parts, seed)


MIME_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MIME_PDF = "application/pdf"


def attachment(data, ctype, filename, style="2047"):
    if style == "2231":
        q = urllib.parse.quote(filename)
        ct = "%s; name*=utf-8''%s" % (ctype, q)
        cd = "attachment; filename*=utf-8''%s" % q
    elif _is_ascii(filename):
        ct = '%s; name="%s"' % (ctype, filename)
        cd = 'attachment; filename="%s"' % filename
    else:
        w = enc_words(filename, "utf-8", "b").replace("\n ", " ")
        ct = '%s; name="%s"' % (ctype, w)
        cd = 'attachment; filename="%s"' % w
    return Leaf(ct, base64.encodebytes(data), "base64", [("Content-Disposition", cd)])


def rfc822(raw, filename):
    w = enc_words(filename, "utf-8", "b").replace("\n ", " ") if not _is_ascii(filename) else filename
    return Leaf("message/rfc822", raw, "8bit", [("Content-Disposition", 'attachment; filename="%s"' % w)])


def build_message(m):
    d = dt.datetime.strptime(m["date"], "%Y-%m-%d %H:%M %z")
    enc = m.get("henc", ("b", "utf-8"))
    h = [("From", addr(m["from"], enc))]
    h.append(("To", ", ".join(addr(p, enc) for p in m["to"])))
    if m.get("cc"):
        h.append(("Cc", ", ".join(addr(p, enc) for p in m["cc"])))
    h.append(("Subject", hdr(m["subject"], enc)))
    h.append(("Date", format_datetime(d)))
    if not m.get("no_msgid"):
        h.append(("Message-ID", m["id"]))
    if m.get("in_reply_to"):
        h.append(("In-Reply-To", m["in_reply_to"]))
        h.append(("References", m["in_reply_to"]))
    h.append(("MIME-Version", "1.0"))
    if m.get("mailer"):
        h.append(("X-Mailer", m["mailer"]))
    head = "".join("%s: %s\n" % kv for kv in h).encode("ascii")
    raw = head + render_part(m["body"])
    if m.get("crlf"):
        raw = raw.replace(b"\n", b"\r\n")
    return raw, d


# --------------------------------------------------------------------------------------
# attachments: DOCX, XLSX, PDF written by hand
# --------------------------------------------------------------------------------------

ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zf.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def docx(paragraphs):
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
    body = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p[2:] if bold else p
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(t)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheet_name, rows):
    strings, index = [], {}
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                if v not in index:
                    index[v] = len(strings)
                    strings.append(v)
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, index[v]))
        xml_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
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
          '<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>'
          % (ns, rns, _x(sheet_name)))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '</Relationships>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (ns, "".join(xml_rows)))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>'
           % (ns, len(strings), len(strings),
              "".join('<si><t xml:space="preserve">%s</t></si>' % _x(s) for s in strings)))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet),
                 ("xl/sharedStrings.xml", sst)])


def _pdf_str(s):
    s.encode("ascii")  # Latin (ASCII) text only
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def pdf(lines):
    ops = ["BT", "/F1 10 Tf", "14 TL", "50 800 Td"]
    for ln in lines:
        ops.append("%s Tj T*" % _pdf_str(ln))
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
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
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


# --------------------------------------------------------------------------------------
# the cast (addresses)
# --------------------------------------------------------------------------------------

SHCHEGLOV = ("Щеглов Всеволод Игоревич", "v.shcheglov@nspz.example.ru")
SHCHEGLOV_S = ("Щеглов В.И.", "v.shcheglov@nspz.example.ru")
SHCHEGLOV_EN = ("Vsevolod Shcheglov", "v.shcheglov@nspz.example.ru")
SEVA = ("Сева Щеглов", "vs.shcheglov@mail.example.ru")
SEVA_PLAIN = ("", "vs.shcheglov@mail.example.ru")
NATALIA = ("Наталья Щеглова", "natalia.shcheglova81@mail.example.ru")
PUSTOVALOV = ("Пустовалов Герман Ильич", "g.pustovalov@nspz.example.ru")
PUSTOVALOV_S = ("Пустовалов Г.И.", "g.pustovalov@nspz.example.ru")
YAMSHCHIKOVA = ("Ямщикова Алевтина Петровна", "a.yamshchikova@nspz.example.ru")
YAMSHCHIKOVA_S = ("Ямщикова А.П.", "a.yamshchikova@nspz.example.ru")
LISOUSKI = ("Лісоўскі Аляксандр Францавіч", "a.lisouski@nkb-sokal.example.by")
LISOVSKY = ("Лисовский А.Ф.", "a.lisouski@nkb-sokal.example.by")
BABICH = ("Ганна Бабіч", "priemnaya@nkb-sokal.example.by")
MORISAWA = ("Kenji Morisawa", "k.morisawa@tokai-seimitsu.example.jp")
DVORACEK = ("Radek Dvořáček", "radek.dvoracek@elmetra.example.cz")
VARTAK = ("Nikhil Vartak", "nikhil.vartak@sahyadri-bearings.example.in")
CHEN = ("Cindy Chen", "cindy.chen@hengda-instrument.example.cn")
GALINA_LAT = ("Halyna Hrebeniuk", "halyna.hrebeniuk@poshta.example.ua")
GALINA = ("Галина Гребенюк", "halyna.hrebeniuk@poshta.example.ua")
BOHDAN = ("", "bohdan.hrebeniuk@poshta.example.ua")
KOCHETOVA = ("Кочетова Людмила Васильевна", "l.kochetova@nspz.example.ru")
KHABIBULLIN = ("Хабибуллин Ринат", "r.khabibullin@nspz.example.ru")
GUSEVA = ("Отдел режима (Гусева Т.А.)", "rezhim@nspz.example.ru")
KADRY = ("Отдел кадров АО «НСПЗ»", "kadry@nspz.example.ru")
OFFICE = ("Канцелярия АО «НСПЗ»", "office@nspz.example.ru")
IT = ("Служба ИТ", "it@nspz.example.ru")
PROFKOM = ("Профком НСПЗ", "profkom@nspz.example.ru")
VESTNIK = ("Вестник НСПЗ", "vestnik@nspz.example.ru")
TRAVELDESK = ("Бюро командировок", "travel@nspz.example.ru")
QUALITY = ("Приёмная главного инженера", "pge@nspz.example.ru")
SURA = ("ООО «Сура-Тревел»", "info@sura-travel.example.ru")
CORAL = ("Coral Dune Resort Reservations", "reservations@coraldune-rak.example.ae")
LOTUS = ("Lotus Bay Resort Belek", "guestrelations@lotusbay-belek.example.com.tr")
VERASEN = ("Гостиница «Верасень»", "booking@hotel-verasen.example.by")
DIGEST = ("Промышленный обзор", "news@promobzor.example.ru")
HEADS = ("Руководители подразделений", "heads@nspz.example.ru")
ALL = ("Все сотрудники управления", "all@nspz.example.ru")

OUTLOOK = "Microsoft Outlook 16.0"
BAT = "The Bat! (v10.1.3) Professional"
RC = "Roundcube Webmail/1.6.5"
TB = "Mozilla Thunderbird 115.6.0"
MAILRU = "Mail.ru Mail 14.2"

# --------------------------------------------------------------------------------------
# the messages
# --------------------------------------------------------------------------------------


def T(s):
    return s[1:] if s.startswith("\n") else s


AGREEMENT_DOCX = [
    "**СОГЛАШЕНИЕ № 17/23-С (проект, ред. 1)",
    "о совместном выполнении опытно-конструкторской работы «ВТ-45»",
    "г. Минск — г. Нижнесурск, сентябрь 2023 г.",
    "Открытое акционерное общество «Научно-конструкторское бюро «Сокал»» (Республика Беларусь, г. Минск), "
    "именуемое в дальнейшем «Бюро», в лице генерального конструктора Лисовского Александра Францевича, "
    "с одной стороны, и Акционерное общество «Нижнесурский приборостроительный завод» (Российская Федерация, "
    "Ульяновская область, г. Нижнесурск), именуемое в дальнейшем «Завод», в лице генерального директора "
    "Пустовалова Германа Ильича, с другой стороны, заключили настоящее соглашение о нижеследующем.",
    "**1. Предмет соглашения",
    "1.1. Стороны совместно разрабатывают лёгкий беспилотный вертолёт ВТ-45 «Ветразь» взлётной массой до 45 кг: "
    "Бюро — планер, силовую установку и наземную станцию управления, Завод — бортовое радиоэлектронное "
    "оборудование, в том числе систему автоматического управления и пилотажно-навигационный комплекс.",
    "**2. Финансирование",
    "2.1. Завод финансирует 50 (пятьдесят) процентов сметной стоимости ОКР, Бюро — 50 (пятьдесят) процентов.",
    "2.2. Доли сторон могут быть изменены протоколом согласования, подписанным руководителями сторон.",
    "**3. Права на результаты",
    "3.1. Права на конструкторскую документацию принадлежат сторонам пропорционально долям финансирования.",
    "От Бюро: ____________ А.Ф. Лисовский",
    "От Завода: ____________ Г.И. Пустовалов",
]

PROTOCOL1_DOCX = [
    "**ПРОТОКОЛ СОГЛАСОВАНИЯ № 1",
    "к Соглашению № 17/23-С от 18.09.2023 о совместном выполнении ОКР «ВТ-45»",
    "г. Минск, 10 ноября 2023 г.",
    "ОАО «НКБ «Сокал»» и АО «НСПЗ» договорились изложить пункт 2.1 Соглашения в следующей редакции:",
    "«2.1. Завод финансирует 40 (сорок) процентов сметной стоимости ОКР, Бюро — 60 (шестьдесят) процентов.»",
    "Остальные условия Соглашения остаются без изменений.",
    "Генеральный конструктор ОАО «НКБ «Сокал»» ____________ А.Ф. Лисовский",
    "Генеральный директор АО «НСПЗ» ____________ Г.И. Пустовалов",
]

ORDER_DOCX = [
    "Акционерное общество «Нижнесурский приборостроительный завод»",
    "**ПРИКАЗ № 31-к",
    "29.01.2024                                         г. Нижнесурск",
    "**О направлении работников в служебную командировку",
    "Направить в служебную командировку в г. Минск (Республика Беларусь), в ОАО «НКБ «Сокал»», сроком на "
    "5 календарных дней, с 12.02.2024 по 16.02.2024:",
    "— Щеглова Всеволода Игоревича, заместителя главного инженера;",
    "— Ямщикову Алевтину Петровну, начальника отдела бортового радиоэлектронного оборудования.",
    "Цель командировки: согласование технического облика БРЭО и долей финансирования ОКР «ВТ-45».",
    "Основание: письмо ОАО «НКБ «Сокал»» от 16.01.2024, исх. № 12-04/117 от 24.01.2024.",
    "Генеральный директор    Г.И. Пустовалов",
]

PROTOCOL2_DOCX = [
    "**ПРОТОКОЛ СОГЛАСОВАНИЯ № 2",
    "к Соглашению № 17/23-С от 18.09.2023 о совместном выполнении ОКР «ВТ-45 «Ветразь»»",
    "г. Минск, 30 апреля 2024 г.",
    "1. Начиная со второго этапа ОКР, доля АО «НСПЗ» в финансировании работ составляет 35 (тридцать пять) "
    "процентов сметной стоимости, доля ОАО «НКБ «Сокал»» — 65 (шестьдесят пять) процентов.",
    "2. Настоящий протокол заменяет Протокол согласования № 1 от 10.11.2023. Предложение Бюро от 16.01.2024 "
    "об увеличении доли Завода до 55 процентов считается отозванным.",
    "3. Если Завод получит субсидию из федерального бюджета Российской Федерации, Стороны могут рассмотреть "
    "возможность паритетного финансирования третьего этапа.",
    "Генеральный конструктор ОАО «НКБ «Сокал»» ____________ А.Ф. Лисовский",
    "Генеральный директор АО «НСПЗ» ____________ Г.И. Пустовалов",
]

GOZ_XLSX = [
    ["План капитального ремонта изделий вертолётов Ка-27 и Ка-32 морской авиации ВМФ по государственному "
     "оборонному заказу на 2024 год"],
    ["Утверждаю: генеральный директор АО «НСПЗ» Г.И. Пустовалов, 11.12.2023"],
    [],
    ["№ п/п", "Изделие", "Тип вертолёта", "Заказчик", "Вид работ", "Кол-во", "Квартал", "Ответственный"],
    [1, "Блок автопилота БКА-27", "Ка-27ПЛ", "Минобороны России (морская авиация ВМФ)", "капитальный ремонт", 8,
     "I–II", "Ямщикова А.П."],
    [2, "Блок автопилота БКА-27", "Ка-27ПС", "Минобороны России (морская авиация ВМФ)", "капитальный ремонт", 6,
     "II–III", "Ямщикова А.П."],
    [3, "Авиагоризонт АГК-81", "Ка-27ПЛ / Ка-27ПС", "Минобороны России (морская авиация ВМФ)",
     "капитальный ремонт", 22, "I–IV", "Щеглов В.И."],
    [4, "Комплект пилотажно-навигационного оборудования", "Ка-32 (флотский)",
     "Минобороны России (морская авиация ВМФ)", "капитальный ремонт", 4, "III", "Щеглов В.И."],
    [],
    ["Приёмка — военное представительство Минобороны России при АО «НСПЗ»."],
]

STAGE2_XLSX = [
    ["Смета второго этапа ОКР «ВТ-45» (предложение ОАО «НКБ «Сокал»» от 16.01.2024)"],
    [],
    ["Статья затрат", "Всего, тыс. руб.", "АО «НСПЗ» (предлагаемая доля 55 %)", "ОАО «НКБ «Сокал»» (45 %)"],
    ["Изготовление опытных образцов БРЭО", 41800, 22990, 18810],
    ["Стендовые испытания САУ", 12600, 6930, 5670],
    ["Натурные испытания на море", 27400, 15070, 12330],
    ["Итого", 81800, 44990, 36810],
]

TOKAI_PDF = [
    "TOKAI SEIMITSU KOGYO CO., LTD.",
    "Export Compliance Section, Hamamatsu, Shizuoka, Japan",
    "",
    "NOTICE OF NON-ACCEPTANCE OF ORDER",
    "Ref.: TSK-EC-2023-0917        Date: 19 September 2023",
    "To: JSC Nizhnesursk Instrument-Making Plant (NSPZ), Nizhnesursk, Ulyanovsk Region, Russia",
    "Attn.: Mr. V. Shcheglov, Deputy Chief Engineer",
    "",
    "Your order No. NSPZ-231: miniature precision ball bearings TSK-R2ZZ/P4, 1,200 pcs.",
    "The export of the above goods to the Russian Federation is prohibited under the measures",
    "of the Government of Japan. The order cannot be accepted and no quotation can be issued.",
    "",
    "Kenji Morisawa, Manager, Export Compliance Section",
]

SAHYADRI_PDF = [
    "SAHYADRI MICRO BEARINGS PVT. LTD.",
    "Pune, Maharashtra, India",
    "",
    "COMMERCIAL OFFER No. SMB/EX/23-118        Date: 20.10.2023",
    "Customer: JSC NSPZ, Nizhnesursk, Russian Federation",
    "",
    "Item 1: Miniature precision ball bearing SMB-R2ZZ-A7, replacement for TSK-R2ZZ/P4",
    "Trial lot: 200 pcs, unit price USD 14.80, lead time 10 weeks",
    "Serial supply: from 3,000 pcs per quarter, unit price USD 11.90",
    "Payment: 30% advance, 70% before dispatch. Delivery: CIP Moscow.",
    "",
    "Nikhil Vartak, Head - Export Sales",
]

VOUCHER_PDF = [
    "SURA TRAVEL LLC - TOUR VOUCHER No. 24-0633",
    "",
    "Destination: Turkey, Antalya, Belek",
    "Hotel: Lotus Bay Resort Belek 5*, Family Room, All Inclusive",
    "Check-in: 06.07.2024        Check-out: 18.07.2024",
    "Flight: KZN - AYT 06.07.2024, AYT - KZN 18.07.2024",
    "",
    "Tourists:",
    "1. SHCHEGLOV VSEVOLOD, born 23.05.1979, citizen of the Russian Federation",
    "2. SHCHEGLOVA NATALIA, born 02.11.1981, citizen of the Russian Federation",
    "3. SHCHEGLOV MATVEI, born 17.03.2012 (child), citizen of the Russian Federation",
    "",
    "Transfer: airport - hotel - airport, group",
    "Insurance: medical, EUR 30,000 per tourist",
]


def messages():
    """The mailbox, in order. Each message is a dict; 'key' names it for the truth."""
    M = []

    def add(**m):
        m.setdefault("cc", [])
        m["id"] = msgid(m["key"], m["from"][1])
        M.append(m)
        return m

    add(key="m01", date="2023-09-04 09:12 +0400", **{"from": OFFICE}, to=[HEADS],
        subject="График отпусков на 2024 год", henc=("b", "windows-1251"), mailer=OUTLOOK,
        body=text(T("""
Уважаемые руководители подразделений!

Напоминаем, что предложения в график отпусков на 2024 год необходимо представить в отдел кадров до 29 сентября. Работникам, имеющим допуск к сведениям, составляющим государственную тайну, при планировании отпуска с выездом за рубеж следует заранее уведомить отдел режима.

Канцелярия АО «НСПЗ»
тел. (84239) 2-17-40
"""), cs="windows-1251", cte="base64"))

    add(key="m02", date="2023-09-06 11:05 +0400", **{"from": PUSTOVALOV_S}, to=[SHCHEGLOV_S], cc=[YAMSHCHIKOVA_S],
        subject="ГОЗ-2024: приборы и автопилоты Ка-27", henc=("b", "koi8-r"), mailer=BAT,
        body=text(T("""
Всеволод Игоревич, добрый день.

Из 3-го управления пришла уточнённая ведомость на 2024 год. По линии Минобороны в капитальный ремонт поступят 14 блоков автопилота БКА-27 и 22 авиагоризонта АГК-81 с вертолётов Ка-27ПЛ и Ка-27ПС морской авиации ВМФ, плюс четыре комплекта пилотажно-навигационного оборудования с флотских Ка-32.

Прошу до 15 сентября дать предложения по срокам и по загрузке участка стендовых проверок. Представитель заказчика (военное представительство) будет принимать каждый блок после ремонта, как в прошлом году.

Г.И. Пустовалов
генеральный директор АО "НСПЗ"
"""), cs="koi8-r", cte="8bit"))

    add(key="m03", date="2023-09-11 17:30 +0400", **{"from": IT}, to=[ALL],
        subject="Плановые работы на почтовом сервере 16.09", henc=("q", "utf-8"), mailer=RC,
        body=text(T("""
Коллеги, в субботу 16 сентября с 08:00 до 14:00 почтовый сервер будет недоступен в связи с обновлением. Письма, отправленные в это время, будут доставлены после завершения работ.

Отдел информационных технологий
"""), cte="quoted-printable"))

    m04_plain = T("""
Уважаемый Всеволод Игоревич!

По итогам июльской встречи направляем проект соглашения о совместном выполнении ОКР по беспилотному вертолёту ВТ-45 «Ветразь». Ваша часть — система автоматического управления и пилотажно-навигационный комплекс, наша — планер, силовая установка и наземная станция управления.

Распределение затрат в проекте пока поровну; если у Германа Ильича будут возражения, готовы обсудить.

С уважением,
А.Ф. Лисовский
генеральный конструктор ОАО «НКБ «Сокал»»
г. Минск
""")
    m04_html = ("<html><body>"
                "<p>Уважаемый Всеволод Игоревич!</p>"
                "<p>По итогам июльской встречи направляем проект соглашения о совместном выполнении ОКР по "
                "беспилотному вертолёту ВТ-45 «Ветразь». Ваша часть — система автоматического управления и "
                "пилотажно-навигационный комплекс, наша — планер, силовая установка и наземная станция управления.</p>"
                "<p>Распределение затрат в проекте пока поровну; если у Германа Ильича будут возражения, готовы "
                "обсудить.</p>"
                "<p>С уважением,<br>А.Ф. Лисовский<br>генеральный конструктор ОАО «НКБ «Сокал»»<br>г. Минск</p>"
                "</body></html>\n")
    add(key="m04", date="2023-09-14 15:40 +0300", **{"from": LISOUSKI}, to=[SHCHEGLOV], cc=[PUSTOVALOV],
        subject="ВТ-45: проект соглашения о совместной ОКР", henc=("b", "utf-8"), mailer=OUTLOOK,
        body=mixed([alt(m04_plain, m04_html, seed="m04a"),
                    attachment(docx(AGREEMENT_DOCX), MIME_DOCX, "Соглашение_17-23-С_проект.docx")], "m04"))

    add(key="m05", date="2023-09-15 08:47 +0400", **{"from": SHCHEGLOV_S}, to=[YAMSHCHIKOVA_S],
        subject="Fwd: ВТ-45: проект соглашения о совместной ОКР", henc=("b", "utf-8"), mailer=TB,
        body=mixed([text(T("""
Алевтина Петровна, доброе утро.

Пересылаю проект соглашения от минчан. Посмотрите пункт 1.1 — там наша часть: САУ и ПНК для ВТ-45. По деньгам пока пятьдесят на пятьдесят, но это ещё будут двигать.

До среды жду Ваши замечания по составу работ.

В.И. Щеглов
заместитель главного инженера АО «НСПЗ»
тел. (84239) 2-31-08
"""), cte="quoted-printable"), ("rfc822", "m04", "ВТ-45 проект соглашения.eml")], "m05"))

    add(key="m06", date="2023-09-19 10:20 +0900", **{"from": MORISAWA}, to=[SHCHEGLOV_EN],
        subject="Your order No. NSPZ-231 - notice of non-acceptance", mailer=OUTLOOK,
        body=mixed([text(T("""
Dear Mr. Shcheglov,

Thank you for your order No. NSPZ-231 of 4 September 2023 for 1,200 pcs of miniature precision ball bearings TSK-R2ZZ/P4 for gyro motors.

We regret to inform you that Tokai Seimitsu Kogyo is unable to accept this order. Under the export ban measures imposed by the Government of Japan on the Russian Federation, we are not permitted to ship these products to your company, either directly or through distributors. Please find our formal notice attached.

We appreciate your understanding.

Kenji Morisawa
Manager, Export Compliance Section
Tokai Seimitsu Kogyo Co., Ltd.
森沢 健二 / 東海精密工業株式会社
Hamamatsu, Shizuoka, Japan
"""), cte="quoted-printable"),
            attachment(pdf(TOKAI_PDF), MIME_PDF, "TSK_Notice_2023-0917.pdf")], "m06"))

    add(key="m07", date="2023-09-20 09:30 +0400", **{"from": SHCHEGLOV_S}, to=[PUSTOVALOV_S], cc=[YAMSHCHIKOVA_S],
        subject="Японцы отказали по подшипникам", henc=("q", "windows-1251"), mailer=BAT,
        body=text(T("""
Герман Ильич,

Tokai Seimitsu письменно отказался принимать наш заказ NSPZ-231: миниатюрные подшипники для гиромоторов авиагоризонтов попали под японский запрет на экспорт в Россию, отгружать нам не будут ни напрямую, ни через дистрибьюторов.

Складского запаса подшипников хватит примерно до февраля. Сегодня же начну искать замену — смотрю Индию и Китай.

Американских и европейских подшипников в этих гиромоторах нет, так что с этой стороны сюрпризов не ждём.

В.И. Щеглов
"""), cs="windows-1251", cte="8bit"))

    add(key="m08", date="2023-09-25 12:00 +0400", **{"from": PROFKOM}, to=[ALL],
        subject="Спартакиада: мини-футбол", henc=("b", "koi8-r"), mailer=OUTLOOK,
        body=text(T("""
Коллеги! Профком набирает команду управления на заводскую спартакиаду по мини-футболу. Игры по четвергам после 17:30 в спорткомплексе "Сура". Записаться можно у Р. Хабибуллина (ОТК) до 2 октября.

Профком
"""), cs="koi8-r", cte="base64"))

    add(key="m09", date="2023-09-27 21:14 +0300", **{"from": GALINA_LAT}, to=[SEVA_PLAIN], cc=[NATALIA],
        subject="Привіт з Харкова", henc=("b", "utf-8"), mailer=None,
        body=text(T("""
Наталочко, доню моя, Сєво, Матвійку, добрий вечір!

У нас у Харкові вже третю ніч поспіль тривоги, світло дають за графіком, але я тримаюся, не хвилюйтеся. Сусідка Ліда допомагає з водою.

Наталочко, ти питала про документи на квартиру — всі папери лежать у мене, нічого не загубилося. Поцілуй від мене свого синочка Матвійка, хай добре вчиться.

Бодя дзвонив з Вроцлава, у нього все гаразд, працює на складі, каже, що карту побиту йому продовжили.

Обіймаю вас усіх,
ваша мама і бабуся Галя

--
Halyna Hrebeniuk, Kharkiv
"""), cte="8bit"))

    m10_text = T("""
Vážený pane Ščeglove,

děkujeme za Vaši poptávku ze dne 21. 9. 2023 na dva tlakové kalibrátory DPC-800 a zkušební soupravu pro pitot-statické systémy.

Bohužel Vám musíme sdělit, že zakázku nemůžeme přijmout. Podle nařízení Rady (EU) č. 833/2014 v platném znění je vývoz těchto přístrojů do Ruské federace zakázán, a to i prostřednictvím třetích zemí. Za vzniklou situaci se omlouváme.

S pozdravem

Ing. Radek Dvořáček
obchodní ředitel
ELMETRA s.r.o.
Brno, Česká republika

> Dear Sirs,
> we kindly ask you to quote two DPC-800 pressure controllers and one pitot-static test set for the autopilot test bench of JSC NSPZ.
> Best regards, Vsevolod Shcheglov, Deputy Chief Engineer
""")
    add(key="m10", date="2023-10-02 14:03 +0200", **{"from": DVORACEK}, to=[SHCHEGLOV_EN],
        subject="Re: Poptávka - tlakové kalibrátory DPC-800", henc=("q", "iso-8859-2"), mailer=OUTLOOK,
        body=text(m10_text, cs="iso-8859-2", cte="quoted-printable"))

    add(key="m11", date="2023-10-03 09:15 +0400", **{"from": SHCHEGLOV_S}, to=[PUSTOVALOV_S],
        subject="Fwd: Re: Poptávka - tlakové kalibrátory DPC-800", henc=("b", "utf-8"), mailer=TB,
        body=mixed([text(T("""
Герман Ильич,

пересылаю ответ «Эльметры» из Брно. Коротко: чехи ссылаются на регламент ЕС 833/2014 и отказываются продавать нам калибраторы давления DPC-800 и установку для проверки систем полного и статического давления.

Для нас это означает, что второй стенд КПА-27 для проверки блоков автопилота мы в этом году не укомплектуем. Сейчас на весь флотский объём работает один стенд, и он загружен в две смены.

В.И. Щеглов
""")), ("rfc822", "m10", "Re Poptavka DPC-800.eml")], "m11"))

    add(key="m12", date="2023-10-05 08:00 +0400", **{"from": VESTNIK}, to=[ALL],
        subject="Вестник НСПЗ № 39", henc=("b", "utf-8"), mailer=None,
        body=text(T("""
<html><head><meta charset="utf-8"><title>Вестник НСПЗ</title></head><body>
<h1>Вестник НСПЗ № 39</h1>
<p>В цехе № 4 введена в строй новая камера для окраски корпусов приборов.</p>
<p>Ветераны завода посетили краеведческий музей Нижнесурска и рассказали школьникам об истории предприятия.</p>
<p>Делегация завода примет участие в отраслевой выставке в Москве в ноябре; состав делегации будет определён позже.</p>
<p>Поздравляем победителей конкурса «Лучший по профессии»!</p>
</body></html>
"""), subtype="html", cte="quoted-printable"))

    add(key="m13", date="2023-10-10 16:40 +0400", **{"from": YAMSHCHIKOVA_S}, to=[SHCHEGLOV_S],
        subject="Очередь на стенд КПА-27", henc=("b", "koi8-r"), mailer=BAT,
        body=text(T("""
Всеволод Игоревич,

по ноябрю картина такая: 9 блоков БКА-27 с флотских Ка-27ПС и 4 блока автопилота с Ка-32 морской авиации, плюс гражданские Ка-32А11ВС по договору с "Байкал-Вертом". Проверочный стенд у нас один, второго нет, поэтому очередь на комплексную проверку сейчас три недели.

Гражданские блоки предлагаю ставить после флотских, иначе сорвём сроки по гособоронзаказу.

А.П. Ямщикова
начальник отдела БРЭО
"""), cs="koi8-r", cte="base64"))

    add(key="m14", date="2023-10-16 13:20 +0400", **{"from": KOCHETOVA}, to=[SHCHEGLOV_S],
        subject="Договор с «Байкал-Верт» подписан", henc=("q", "windows-1251"), mailer=OUTLOOK,
        body=text(T("""
Всеволод Игоревич, добрый день.

Договор № 88-Г/23 с АО «Байкал-Верт» (г. Иркутск) подписан: ремонт пилотажных приборов и блоков автопилота четырёх вертолётов Ка-32А11ВС, которые работают на тушении лесных пожаров. Заказчик гражданский, приёмка без военного представительства, срок — до 1 марта.

Л.В. Кочетова
коммерческий директор
"""), cs="windows-1251", cte="quoted-printable"))

    m15_plain = T("""
Dear Mr. Shcheglov,

Further to our video call of 17 October, please find attached our offer SMB/EX/23-118.

Sahyadri Micro Bearings can manufacture R2ZZ-size miniature precision bearings to ABEC-7 as a drop-in replacement for the Tokai Seimitsu TSK-R2ZZ/P4 bearings used in your gyro motors. Lead time for a trial lot of 200 pcs is 10 weeks from advance payment; serial lots from 3,000 pcs per quarter.

All materials and machining are of Indian origin; no Japanese, US or EU content.

Best regards,
Nikhil Vartak
Head - Export Sales
Sahyadri Micro Bearings Pvt. Ltd.
Pune, India
""")
    m15_html = ("<html><body><p>Dear Mr. Shcheglov,</p>"
                "<p>Further to our video call of 17 October, please find attached our offer SMB/EX/23-118.</p>"
                "<p>Sahyadri Micro Bearings can manufacture R2ZZ-size miniature precision bearings to ABEC-7 as a "
                "drop-in replacement for the Tokai Seimitsu TSK-R2ZZ/P4 bearings used in your gyro motors. Lead time "
                "for a trial lot of 200 pcs is 10 weeks from advance payment; serial lots from 3,000 pcs per "
                "quarter.</p>"
                "<p>All materials and machining are of Indian origin; no Japanese, US or EU content.</p>"
                "<p>Best regards,<br>Nikhil Vartak<br>Head - Export Sales<br>Sahyadri Micro Bearings Pvt. Ltd.<br>"
                "Pune, India</p></body></html>\n")
    add(key="m15", date="2023-10-20 12:30 +0530", **{"from": VARTAK}, to=[SHCHEGLOV_EN],
        subject="Offer SMB/EX/23-118: miniature bearings for gyro motors", mailer=OUTLOOK,
        body=mixed([alt(m15_plain, m15_html, cte="quoted-printable", seed="m15a"),
                    attachment(pdf(SAHYADRI_PDF), MIME_PDF, "SMB_Offer_23-118.pdf")], "m15"))

    m16_body = T("""
Герман Ильич,

есть рабочий вариант замены японских подшипников: индийская фирма Sahyadri Micro Bearings (г. Пуна) берётся изготовить подшипники того же типоразмера R2ZZ класса ABEC-7. Пробная партия 200 шт., срок 10 недель, цена ниже японской примерно на четверть. Переговоры вёл с их экспортным директором Никхилом Вартаком, документы по качеству он прислал.

Прошу согласовать закупку пробной партии, чтобы к марту успеть испытать подшипники на гиромоторах.

В.И. Щеглов
""")
    add(key="m16", date="2023-10-23 10:05 +0400", **{"from": SHCHEGLOV_S}, to=[PUSTOVALOV_S],
        subject="Замена японским подшипникам — Индия", henc=("b", "windows-1251"), mailer=BAT,
        body=text(m16_body, cs="windows-1251", cte="base64"))

    add(key="m17", date="2023-10-27 10:10 +0400", **{"from": GUSEVA}, to=[HEADS],
        subject="Пропуска на автотранспорт на 2024 год", henc=("b", "utf-8"), mailer=OUTLOOK,
        body=text(T("""
Уважаемые руководители!

Заявки на пропуска для въезда личного автотранспорта на территорию завода в 2024 году принимаются до 20 ноября. В заявке укажите марку, госномер и ФИО водителя.

Отдел режима
"""), cte="base64"))

    add(key="m18", date="2023-11-01 17:22 +0400", **{"from": PUSTOVALOV_S}, to=[SHCHEGLOV_S],
        subject="RE: Замена японским подшипникам — Индия", henc=("b", "windows-1251"), mailer=OUTLOOK,
        in_reply_to=msgid("m16", SHCHEGLOV_S[1]),
        body=text(T("""
Согласовано. Пробную партию у Сахьядри заказывайте, оплату проведём в ноябре. По результатам испытаний решим по серийным поставкам.

Г.И. Пустовалов

-----Original Message-----
From: Щеглов В.И.
Sent: Monday, October 23, 2023 10:05 AM
Subject: Замена японским подшипникам — Индия

> есть рабочий вариант замены японских подшипников: индийская фирма Sahyadri Micro Bearings (г. Пуна) берётся изготовить подшипники того же типоразмера R2ZZ класса ABEC-7. Пробная партия 200 шт., срок 10 недель, цена ниже японской примерно на четверть. Переговоры вёл с их экспортным директором Никхилом Вартаком, документы по качеству он прислал.
> Прошу согласовать закупку пробной партии, чтобы к марту успеть испытать подшипники на гиромоторах.
"""), cs="windows-1251", cte="8bit"))

    add(key="m19", date="2023-11-08 20:41 +0400", **{"from": NATALIA}, to=[SEVA], mailer=MAILRU,
        subject="Новый год — Эмираты?", henc=("b", "utf-8"),
        body=text(T("""
Сев, я всё посчитала. Если брать Рас-эль-Хайму, а не Дубай, выходит почти вдвое дешевле. Летим втроём из Самары 30 декабря, обратно 7 января, отель на первой линии, для Моти есть детский клуб.

В Харьков к маме всё равно не попасть, так что хоть так отдохнём.

Если ты согласен, завтра вношу предоплату в «Сура-Тревел». Не забудь предупредить своих режимщиков.

Целую, Н.
"""), cte="8bit"))

    add(key="m20", date="2023-11-10 11:10 +0300", **{"from": BABICH}, to=[SHCHEGLOV],
        subject="Пратакол узгаднення № 1 да Пагаднення № 17/23-С", henc=("b", "utf-8"), mailer=OUTLOOK,
        body=mixed([text(T("""
Паважаны Усевалад Ігаравіч!

Па даручэнні Аляксандра Францавіча накіроўваем Вам Пратакол узгаднення № 1 да Пагаднення № 17/23-С, падпісаны з нашага боку. Просім падпісаць яго ў Германа Ільіча і вярнуць адзін экземпляр у адрас бюро да 20 лістапада.

З павагай,
Ганна Бабіч
сакратар-рэферэнт ААТ «НКБ «Сокал»»
тэл. +375 17 000-12-34
"""), cte="quoted-printable"),
            attachment(docx(PROTOCOL1_DOCX), MIME_DOCX, "Протокол_1_17-23-С.docx", style="2231")], "m20"))

    add(key="m21", date="2023-11-14 09:00 +0400", **{"from": QUALITY}, to=[HEADS],
        subject="Совещание по качеству переносится на 16.11", henc=("b", "utf-8"), mailer=OUTLOOK,
        body=alt(T("""
Коллеги, совещание по качеству переносится со среды 15.11 на четверг 16.11, 10:00, зал заседаний (2-й этаж).

Приёмная главного инженера
"""), "<html><body><p>Коллеги, совещание по качеству переносится со среды 15.11 на четверг 16.11, 10:00, "
             "зал заседаний (2-й этаж).</p><p>Приёмная главного инженера</p></body></html>\n", seed="m21"))

    add(key="m22", date="2023-11-20 09:02 +0400", **{"from": SHCHEGLOV_S}, to=[GUSEVA],
        subject="Уведомление о выезде за границу (Щеглов В.И.)", henc=("q", "windows-1251"), mailer=OUTLOOK,
        body=text(T("""
Начальнику отдела режима
Т.А. Гусевой

Уведомление

Я, Щеглов Всеволод Игоревич, заместитель главного инженера, уведомляю о планируемом выезде в Объединённые Арабские Эмираты (эмират Рас-эль-Хайма) в период с 30.12.2023 по 07.01.2024 с целью туризма.

Выезжаю вместе с супругой, Щегловой Натальей Тарасовной, и сыном, Щегловым Матвеем Всеволодовичем, 2012 г.р.

Вылет из аэропорта Самары, маршрут Самара — Рас-эль-Хайма — Самара.

20.11.2023                В.И. Щеглов
"""), cs="windows-1251", cte="quoted-printable"))

    add(key="m23", date="2023-11-27 15:18 +0800", **{"from": CHEN}, to=[SHCHEGLOV_EN],
        subject="HD-PT900 air data test set - offer and delivery route", mailer=OUTLOOK,
        body=text(T("""
Dear Mr. Shcheglov,

Thank you for your enquiry via our Moscow agent. Ningbo Hengda Instrument can supply two HD-PT900 digital pressure controllers and one air data test set for your autopilot test bench. If you prefer the original Czech DPC-800 units, we can also source them for you.

Please note that, because of our distribution agreements, we cannot invoice or ship to a company in Russia directly. We propose that the contract be signed with our partner Ararat Techservice LLC (Yerevan, Armenia), which will appear as the buyer and end user in the export documents and will forward the goods to you by truck via Upper Lars.

Looking forward to your reply.

Best regards,
Chen Jiayi (Cindy Chen)
Overseas Sales Manager
Ningbo Hengda Instrument Co., Ltd.
陈佳怡 | 宁波恒达仪器有限公司
"""), cte="base64"))

    m24_body = T("""
Герман Ильич,

китайская Ningbo Hengda готова поставить калибраторы для стенда, но только по схеме через Армению: договор с ереванской фирмой "Арарат Техсервис", которая в документах будет значиться покупателем и конечным пользователем, а потом перегонит груз нам. Предлагают даже достать те самые чешские DPC-800.

По сути это серый реэкспорт с ложным конечным пользователем. Я против: рисков для завода больше, чем пользы от одного стенда.

В.И. Щеглов
""")
    add(key="m24", date="2023-11-29 10:44 +0400", **{"from": SHCHEGLOV_S}, to=[PUSTOVALOV_S], cc=[GUSEVA],
        subject="Китайское предложение через Ереван", henc=("b", "koi8-r"), mailer=BAT,
        body=text(m24_body, cs="koi8-r", cte="8bit"))

    add(key="m25", date="2023-12-01 08:55 +0400", **{"from": PUSTOVALOV_S}, to=[SHCHEGLOV_S], cc=[GUSEVA],
        subject="RE: Китайское предложение через Ереван", henc=("b", "utf-8"), mailer=OUTLOOK,
        in_reply_to=msgid("m24", SHCHEGLOV_S[1]),
        body=text(T("""
Всеволод Игоревич, согласен полностью. От предложения Хэнда отказываемся, с «Арарат Техсервисом» никаких договоров не заключать. Ответьте китайцам вежливо и без подробностей.

Г.И.

> китайская Ningbo Hengda готова поставить калибраторы для стенда, но только по схеме через Армению: договор с ереванской фирмой "Арарат Техсервис", которая в документах будет значиться покупателем и конечным пользователем, а потом перегонит груз нам.
"""), cte="base64"))

    add(key="m26", date="2023-12-04 09:30 +0400", **{"from": SHCHEGLOV_EN}, to=[CHEN],
        subject="Re: HD-PT900 air data test set - offer and delivery route", mailer=TB,
        in_reply_to=msgid("m23", CHEN[1]),
        body=text(T("""
Dear Ms. Chen,

thank you for your offer. We are not in a position to accept a delivery arrangement through a third party, so we will not proceed with this enquiry.

Kind regards,
Vsevolod Shcheglov
Deputy Chief Engineer, JSC Nizhnesursk Instrument-Making Plant

> We propose that the contract be signed with our partner Ararat Techservice LLC (Yerevan, Armenia), which will appear as the buyer and end user in the export documents and will forward the goods to you by truck via Upper Lars.
"""), cs="us-ascii", cte="7bit"))

    add(key="m27", date="2023-12-06 14:00 +0400", **{"from": PROFKOM}, to=[ALL],
        subject="Новогодний вечер 22 декабря", henc=("q", "utf-8"), mailer=OUTLOOK,
        body=text(T("""
Дорогие коллеги! 22 декабря в 18:00 в ДК «Приборостроитель» состоится новогодний вечер. Билеты — у профоргов подразделений до 15 декабря. Детские подарки для детей до 14 лет выдаются по спискам.

Профком НСПЗ
"""), cte="quoted-printable"))

    add(key="m28", date="2023-12-11 14:00 +0400", **{"from": PUSTOVALOV_S}, to=[HEADS], cc=[SHCHEGLOV_S, YAMSHCHIKOVA_S],
        subject="Утверждённый план ремонта по ГОЗ на 2024 год", henc=("b", "windows-1251"), mailer=OUTLOOK,
        body=mixed([text(T("""
Коллеги,

направляю утверждённый план капитального ремонта изделий по государственному оборонному заказу на 2024 год. Ответственные по позициям указаны в таблице; сроки сдачи военному представительству — по кварталам.

Г.И. Пустовалов
"""), cs="windows-1251", cte="base64"),
            attachment(xlsx("ГОЗ-2024", GOZ_XLSX), MIME_XLSX, "План_ремонта_ГОЗ_2024.xlsx", style="2231")], "m28"))

    add(key="m29", date="2023-12-15 13:25 +0400", **{"from": CORAL}, to=[SEVA_PLAIN],
        subject="Booking confirmation CD-88412 - Coral Dune Resort Ras Al Khaimah", mailer=None,
        body=text(T("""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Booking confirmation</title></head>
<body style="font-family: Arial, sans-serif">
<h2>Booking confirmation CD-88412</h2>
<p>Dear Mr. Vsevolod Shcheglov,</p>
<p>We are delighted to confirm your reservation at Coral Dune Resort, Al Marjan Island, Ras Al Khaimah, United Arab Emirates.</p>
<p>Check-in: 30 December 2023, from 15:00</p>
<p>Check-out: 7 January 2024, until 12:00</p>
<p>Room: Family Suite, sea view, half board</p>
<p>Guests: Mr. Vsevolod Shcheglov, Mrs. Natalia Shcheglova, Master Matvei Shcheglov (11 years)</p>
<p>Pre-registration received for: SHCHEGLOV VSEVOLOD, nationality RUS; SHCHEGLOVA NATALIA, nationality RUS, place of birth KHARKOV / USSR; SHCHEGLOV MATVEI, nationality RUS.</p>
<p>A return transfer from Ras Al Khaimah International Airport is included for 3 guests.</p>
<p>We look forward to welcoming you and your family.</p>
<p>Reservations Team<br>Coral Dune Resort Ras Al Khaimah</p>
</body></html>
"""), subtype="html", cte="quoted-printable"))

    add(key="m30", date="2023-12-20 11:45 +0400", **{"from": OFFICE}, to=[HEADS],
        subject="Лимиты корпоративной мобильной связи на 2024 год", henc=("b", "windows-1251"), mailer=OUTLOOK,
        body=text(T("""
Уважаемые коллеги!

С 1 января 2024 года лимиты на корпоративную мобильную связь остаются прежними. Превышение лимита удерживается из заработной платы по заявлению работника. Роуминг подключается только по служебной записке на имя заместителя генерального директора по экономике.

Канцелярия
"""), cs="windows-1251", cte="8bit"))

    add(key="m31", date="2024-01-09 19:30 +0200", **{"from": GALINA}, to=[NATALIA], cc=[SEVA_PLAIN],
        subject="З Новим роком!", henc=("b", "koi8-u"), mailer=None,
        body=text(T("""
Дорогі мої!

З Новим роком і Різдвом вас! Як відпочили в Еміратах? Наталочко, пришли мені фото, де Матвійко на верблюді, хочу показати сусідці.

У нас свята були тихі, без світла по шість годин, але нічого, пережили. Бодя вітав з Вроцлава по відеозв'язку.

Мама
"""), cs="koi8-u", cte="8bit"))

    add(key="m32", date="2024-01-10 10:05 +0400", **{"from": KHABIBULLIN}, to=[SHCHEGLOV_S],
        subject="С возвращением", henc=("q", "utf-8"), mailer=RC,
        body=text(T("""
Сева, привет! С возвращением.

Слышал уже? Говорят, кто-то из сборочного цеха на праздники летал в Тбилиси, и режимщики теперь всех, кто выезжал, перепроверяют. А ещё болтают, будто у одного из технологов жена получила второй паспорт. Имён, конечно, никто не называет.

По делу: в пятницу сдаём военпреду блоки БКА-27, буду на участке с 9:00.

Ринат
"""), cte="quoted-printable"))

    add(key="m33", date="2024-01-16 16:05 +0300", **{"from": LISOVSKY}, to=[PUSTOVALOV], cc=[SHCHEGLOV],
        subject="ВТ-45: предложение по финансированию второго этапа", henc=("b", "utf-8"), mailer=OUTLOOK,
        body=mixed([text(T("""
Уважаемый Герман Ильич!

В связи с расширением состава работ второго этапа совместной ОКР «ВТ-45» (натурные испытания системы автоматического управления на море) предлагаем увеличить долю АО «НСПЗ» в финансировании работ с 40 до 55 (пятидесяти пяти) процентов. Расчёт прилагаем.

Просим рассмотреть и сообщить позицию завода.

С уважением,
генеральный конструктор ОАО «НКБ «Сокал»»
А.Ф. Лисовский
""")), attachment(xlsx("Этап 2", STAGE2_XLSX), MIME_XLSX, "Смета_ВТ-45_этап_2.xlsx")], "m33"))

    add(key="m34", date="2024-01-24 11:30 +0400", **{"from": PUSTOVALOV_S}, to=[LISOVSKY], cc=[SHCHEGLOV_S],
        subject="Исх. № 12-04/117 — о долях финансирования ОКР «ВТ-45»", henc=("b", "windows-1251"), mailer=OUTLOOK,
        in_reply_to=msgid("m33", LISOVSKY[1]),
        body=text(T("""
Уважаемый Александр Францевич!

Рассмотрев Ваше письмо от 16.01.2024, сообщаем, что АО «НСПЗ» не может согласиться на увеличение своей доли в финансировании ОКР «ВТ-45» до 55 процентов. Испытания на море — инициатива Бюро, и расходы на них, по нашему мнению, должна нести белорусская сторона.

Предлагаем вернуться к вопросу о долях на рабочей встрече в Минске 12–16 февраля; с нашей стороны будут В.И. Щеглов и А.П. Ямщикова.

Генеральный директор АО «НСПЗ»
Г.И. Пустовалов
"""), cs="windows-1251", cte="base64"))

    add(key="m35", date="2024-01-29 15:00 +0400", **{"from": KADRY}, to=[SHCHEGLOV_S], cc=[YAMSHCHIKOVA_S],
        subject="Приказ № 31-к о командировке в г. Минск", henc=("b", "utf-8"), mailer=OUTLOOK,
        body=mixed([text(T("""
Всеволод Игоревич, направляем приказ о командировке для ознакомления. Командировочные удостоверения получите в отделе кадров, каб. 214.

Отдел кадров АО «НСПЗ»
"""), cte="quoted-printable"),
            attachment(docx(ORDER_DOCX), MIME_DOCX, "Приказ_31-к.docx")], "m35"))

    add(key="m36", date="2024-02-01 10:12 +0300", **{"from": BABICH}, to=[SHCHEGLOV], cc=[YAMSHCHIKOVA],
        subject="Візіт у Мінск 12–16 лютага", henc=("b", "utf-8"), mailer=OUTLOOK,
        body=text(T("""
Добры дзень, Усевалад Ігаравіч!

Для Вас і Алеўціны Пятроўны забраніраваны два нумары ў гасцініцы «Верасень» (вул. Кальварыйская) з 12 па 16 лютага. Пропускі ў бюро будуць гатовыя ў панядзелак з 9:00, сустрэча з Аляксандрам Францавічам — у 11:00.

Калі ласка, паведаміце нумар рэйса або цягніка, каб мы арганізавалі трансфер.

Ганна Бабіч
"""), cte="base64"))

    add(key="m37", date="2024-02-06 08:30 +0400", **{"from": IT}, to=[ALL],
        subject="Срок действия пароля истекает", henc=("b", "utf-8"), mailer=RC,
        body=alt(T("""
Срок действия вашего пароля истекает через 5 дней. Смените пароль в личном кабинете или обратитесь в службу ИТ (тел. 2-40-40).
"""), "<html><body><p>Срок действия вашего пароля истекает через 5 дней. Смените пароль в личном кабинете "
             "или обратитесь в службу ИТ (тел. 2-40-40).</p></body></html>\n", cte="quoted-printable", seed="m37"))

    add(key="m38", date="2024-02-14 08:00 +0400", **{"from": VESTNIK}, to=[ALL],
        subject="С днём рождения, Герман Ильич!", henc=("b", "utf-8"), mailer=None,
        body=alt(T("""
Сегодня, 14 февраля, генеральному директору АО «НСПЗ» Герману Ильичу Пустовалову исполняется 62 года.

Герман Ильич пришёл на завод в 1985 году инженером-регулировщиком, прошёл путь от мастера до главного инженера, а в 2011 году возглавил предприятие.

Коллектив завода поздравляет Германа Ильича и желает ему здоровья и новых успехов!
"""), "<html><body><p>Сегодня, 14 февраля, генеральному директору АО «НСПЗ» Герману Ильичу Пустовалову "
             "исполняется 62 года.</p><p>Герман Ильич пришёл на завод в 1985 году инженером-регулировщиком, прошёл "
             "путь от мастера до главного инженера, а в 2011 году возглавил предприятие.</p><p>Коллектив завода "
             "поздравляет Германа Ильича и желает ему здоровья и новых успехов!</p></body></html>\n",
            cte="quoted-printable", seed="m38"))

    add(key="m39", date="2024-02-14 09:40 +0300", **{"from": YAMSHCHIKOVA_S}, to=[SHCHEGLOV_S],
        subject="Автоответ: Re: Протокол испытаний гиромоторов", henc=("b", "utf-8"), mailer=OUTLOOK,
        body=text(T("""
Здравствуйте!

С 12 по 16 февраля я в командировке в Минске (Республика Беларусь), почту читаю нерегулярно. По срочным вопросам обращайтесь к ведущему инженеру О.Н. Рябовой, тел. 2-31-15.

А.П. Ямщикова
"""), cte="base64"))

    add(key="m40", date="2024-02-19 08:30 +0400", **{"from": SHCHEGLOV_S}, to=[PUSTOVALOV_S],
        subject="Отчёт о командировке в Минск (12–16.02.2024)", henc=("b", "utf-8"), mailer=TB,
        body=text(T("""
Герман Ильич,

коротко по итогам поездки. С 12 по 16 февраля мы с А.П. Ямщиковой работали в Минске, в НКБ «Сокал», с Лисовским и его разработчиками.

1. Технический облик БРЭО для ВТ-45 согласован: САУ и навигационный комплекс делаем мы, радиолинию и наземную станцию — минчане.
2. По деньгам. От 55 % Лисовский отказался сам, когда увидел наш расчёт. Более того, белорусы получили под ВТ-45 деньги по своей госпрограмме и готовы снизить нашу долю до 35 %. Протокол № 2 обещали прислать подписанным в конце апреля.
3. Натурные испытания на море переносятся на 2025 год.

В.И. Щеглов
"""), cte="8bit"))

    add(key="m41", date="2024-03-04 14:20 +0400", **{"from": YAMSHCHIKOVA_S}, to=[SHCHEGLOV_S],
        subject="Подшипники Sahyadri - результаты испытаний", henc=("q", "koi8-r"), mailer=BAT,
        body=text(T("""
Всеволод Игоревич,

пробная партия индийских подшипников Sahyadri (200 шт.) прошла входной контроль без замечаний. На 12 гиромоторах авиагоризонтов наработка 500 часов, по шуму и моменту трения подшипники не хуже японских TSK.

Считаю возможным переходить на серийные закупки у Sahyadri, начиная со II квартала. Даже если японцы когда-нибудь снимут запрет, возвращаться к ним смысла уже не будет.

А.П. Ямщикова
"""), cs="koi8-r", cte="quoted-printable"))

    add(key="m42", date="2024-03-12 09:10 +0530", **{"from": VARTAK}, to=[SHCHEGLOV_EN],
        subject="Order confirmation: your PO NSPZ-24-031", mailer=OUTLOOK,
        body=text(T("""
Dear Mr. Shcheglov,

We are pleased to confirm your purchase order NSPZ-24-031 for 3,000 pcs of SMB-R2ZZ-A7 miniature bearings, replacing the Japanese bearings in your gyro motors. The first shipment of 1,000 pcs is scheduled for the end of April.

Regards,
Nikhil Vartak
Sahyadri Micro Bearings Pvt. Ltd.
"""), cte="base64"))

    add(key="m43", date="2024-03-20 21:05 +0400", **{"from": NATALIA}, to=[SEVA], mailer=MAILRU,
        subject="Майские — Белград?", henc=("b", "utf-8"),
        body=text(T("""
Сева, смотри, что нашла: тур в Белград с 1 по 8 мая, прямой рейс из Москвы. Сербия без визы, можно будет и в Нови-Сад съездить на денёк. Мама говорит, что, может быть, тоже туда доберётся через Польшу — увиделась бы с Мотей.

Подумай до выходных, пожалуйста.

Н.
"""), cte="quoted-printable"))

    add(key="m44", date="2024-04-01 11:00 +0400", **{"from": TRAVELDESK}, to=[SHCHEGLOV_S],
        subject="Билеты Ульяновск — Казань, 03.04.2024", henc=("b", "windows-1251"), mailer=OUTLOOK,
        body=text(T("""
Всеволод Игоревич, для Вас и Р.М. Хабибуллина оформлены билеты на поезд Ульяновск — Казань, отправление 03.04.2024 в 06:40, обратно 05.04.2024 вечерним поездом. Цель по приказу № 58-к: совещание на Казанском заводе точных приборов по поставке гиромоторов.

Бюро командировок
"""), cs="windows-1251", cte="base64"))

    add(key="m45", date="2024-04-12 16:30 +0400", **{"from": SURA}, to=[SEVA_PLAIN],
        subject="Аннуляция тура № 24-0417 (Сербия)", henc=("b", "windows-1251"), mailer=OUTLOOK,
        body=text(T("""
Уважаемый Всеволод Игоревич!

По Вашему заявлению от 11.04.2024 тур № 24-0417 в Белград (Республика Сербия) на период 01.05.2024–08.05.2024 на трёх туристов аннулирован. Фактически понесённые расходы туроператора составили 4 800 руб., остаток предоплаты будет возвращён на Вашу карту в течение 10 банковских дней.

С уважением,
менеджер ООО «Сура-Тревел» Е. Лапина
"""), cs="windows-1251", cte="quoted-printable"))

    add(key="m46", date="2024-04-18 20:00 +0300", **{"from": GALINA}, to=[NATALIA], cc=[SEVA_PLAIN],
        subject="Про Сербію і Бодю", henc=("q", "utf-8"), mailer=None,
        body=text(T("""
Наталочко, шкода, що Сербія зірвалася, я вже думала, що поїду туди до вас побачити Мотю. Ну нічого, Матвійкова олімпіада важливіша.

Бодя казав, що йому продовжили карту побиту до 2027 року, але польського громадянства йому ніхто не дасть, він як був громадянином України, так і лишається. Каже, що йому й так добре.

Цілую, мама
"""), cte="quoted-printable"))

    add(key="m47", date="2024-04-25 22:10 +0200", **{"from": BOHDAN}, to=[NATALIA], cc=[SEVA_PLAIN],
        subject="Привіт з Вроцлава", henc=("b", "utf-8"), mailer=None,
        body=text(T("""
Наталко, сестричко, привіт!

Мама, мабуть, уже розповіла: карту побиту мені продовжили до березня 2027-го. Тепер можу спокійно працювати, склад переводить мене в бригадири.

Ти питала для анкети Севиного заводу — пишу, як є: громадянство в мене тільки українське, паспорт громадянина України дійсний до 2030 року, польського громадянства немає і не буде.

Обійми Мотю і Севу.
Твій брат Богдан
"""), cte="base64"))

    add(key="m48", date="2024-05-06 10:00 +0300", **{"from": LISOVSKY}, to=[PUSTOVALOV], cc=[SHCHEGLOV],
        subject="ВТ-45: подписанный протокол согласования № 2", henc=("b", "utf-8"), mailer=OUTLOOK,
        body=mixed([text(T("""
Уважаемый Герман Ильич!

Направляем подписанный с нашей стороны Протокол согласования № 2 к Соглашению № 17/23-С. Как договорились в феврале, доля завода снижена, поскольку Бюро получило финансирование по государственной программе Республики Беларусь.

Оригиналы передадим с оказией, скан — во вложении.

А.Ф. Лисовский
""")), attachment(docx(PROTOCOL2_DOCX), MIME_DOCX, "Протокол_2_17-23-С.docx")], "m48"))

    add(key="m49", date="2024-05-08 09:40 +0400", **{"from": SHCHEGLOV_S}, to=[PUSTOVALOV_S], cc=[YAMSHCHIKOVA_S],
        subject="Re: ВТ-45: подписанный протокол согласования № 2", henc=("b", "windows-1251"), mailer=BAT,
        in_reply_to=msgid("m48", LISOVSKY[1]),
        body=text(T("""
Герман Ильич, протокол прочитал, замечаний нет, можно подписывать. Итог по ВТ-45: наша доля со второго этапа — 35 %, у минчан — 65 %. Пункт 3 про паритет — только на случай субсидии, которой у нас пока нет.

В.И.

> Направляем подписанный с нашей стороны Протокол согласования № 2 к Соглашению № 17/23-С. Как договорились в феврале, доля завода снижена, поскольку Бюро получило финансирование по государственной программе Республики Беларусь.
"""), cs="windows-1251", cte="8bit"))

    add(key="m50", date="2024-05-14 22:30 +0400", **{"from": NATALIA}, to=[SEVA], mailer=MAILRU,
        subject="Анталья, 6–18 июля", henc=("b", "utf-8"),
        body=text(T("""
Сева, всё, Анталию забронировала: с 6 по 18 июля, отель в Белеке, семейный номер, всё включено. Летим из Казани, туда доедем на поезде. Паспорта у всех нормальные, у Моти загранпаспорт до 2027 года.

Вместо Белграда так даже лучше — море.

Н.
"""), cte="quoted-printable"))

    add(key="m51", date="2024-05-20 15:00 +0400", **{"from": PROFKOM}, to=[ALL],
        subject="Субботник 25 мая", henc=("b", "windows-1251"), mailer=OUTLOOK,
        body=text(T("""
Коллеги! 25 мая с 9:00 проводится общезаводской субботник. Сбор у проходной № 2, инвентарь выдаётся на месте. Участникам — чай и пироги от столовой.

Профком
"""), cs="windows-1251", cte="base64"))

    add(key="m52", date="2024-05-27 09:15 +0400", **{"from": SHCHEGLOV_S}, to=[GUSEVA],
        subject="Уведомление о выезде (Турция, июль 2024)", henc=("b", "windows-1251"), mailer=OUTLOOK,
        body=text(T("""
Начальнику отдела режима Т.А. Гусевой

Уведомляю, что в период ежегодного оплачиваемого отпуска с 06.07.2024 по 18.07.2024 выезжаю в Турецкую Республику (г. Анталья, район Белек) с целью отдыха. Со мной едут жена — Щеглова Наталья Тарасовна и сын — Щеглов Матвей Всеволодович, 17.03.2012 г.р.

Заместитель главного инженера В.И. Щеглов
"""), cs="windows-1251", cte="base64"))

    add(key="m53", date="2024-06-03 12:00 +0400", **{"from": SURA}, to=[SEVA_PLAIN],
        subject="Документы по туру № 24-0633 (Турция)", henc=("b", "utf-8"), mailer=OUTLOOK,
        body=mixed([text(T("""
Всеволод Игоревич, добрый день!

Во вложении ваучер по туру в Турцию (Анталья, Белек), 06.07–18.07.2024, на трёх туристов. Пожалуйста, проверьте написание фамилий латиницей.

Е. Лапина, ООО «Сура-Тревел»
""")), attachment(pdf(VOUCHER_PDF), MIME_PDF, "Voucher_24-0633.pdf")], "m53"))

    add(key="m54", date="2024-06-10 14:00 +0400", **{"from": KADRY}, to=[SHCHEGLOV_S],
        subject="Анкета на переоформление допуска — уточнения", henc=("b", "utf-8"), mailer=OUTLOOK,
        body=text(T("""
Всеволод Игоревич, при проверке анкеты возникли вопросы по разделу о родственниках. В анкете указано, что супруга — Н.Т. Щеглова, урождённая Гребенюк, — родилась в г. Харькове. Просим уточнить её гражданство, а также сведения о родственниках супруги, проживающих за границей.

Отдел кадров, И.С. Мухина
"""), cte="quoted-printable"))

    add(key="m55", date="2024-06-11 10:20 +0400", **{"from": SHCHEGLOV_S}, to=[KADRY],
        subject="Re: Анкета на переоформление допуска — уточнения", henc=("q", "windows-1251"), mailer=OUTLOOK,
        in_reply_to=msgid("m54", KADRY[1]),
        body=text(T("""
Ирина Сергеевна, добрый день.

Уточняю сведения.

Супруга — Щеглова (до брака Гребенюк) Наталья Тарасовна, 02.11.1981 г.р., уроженка г. Харькова (Украинская ССР). Гражданка Российской Федерации, гражданства других государств и иностранных паспортов не имеет.

Мать супруги — Гребенюк Галина Николаевна, 1956 г.р., пенсионерка, проживает в г. Харькове (Украина).

Брат супруги — Гребенюк Богдан Тарасович, 1986 г.р., гражданин Украины, с 2021 года проживает в г. Вроцлаве (Польша) по виду на жительство, работает на складе логистической компании.

Сын — Щеглов Матвей Всеволодович, 17.03.2012 г.р., школьник.

В.И. Щеглов

> В анкете указано, что супруга — Н.Т. Щеглова, урождённая Гребенюк, — родилась в г. Харькове. Просим уточнить её гражданство, а также сведения о родственниках супруги, проживающих за границей.
"""), cs="windows-1251", cte="quoted-printable"))

    add(key="m56", date="2024-06-18 09:00 +0400", **{"from": IT}, to=[ALL],
        subject="Обновление антивирусной защиты", henc=("b", "koi8-r"), mailer=RC,
        body=text(T("""
Коллеги, в ночь на 20 июня на всех рабочих станциях будет обновлена антивирусная защита. Компьютеры просьба не выключать. После обновления потребуется перезагрузка.

Служба ИТ
"""), cs="koi8-r", cte="quoted-printable"))

    add(key="m57", date="2024-07-10 19:40 +0300", **{"from": GALINA}, to=[NATALIA], cc=[SEVA_PLAIN],
        subject="Re: Ми в Анталії", henc=("b", "utf-8"), mailer=None,
        body=text(T("""
Наталочко, яка ти молодець, що вивезла хлопців до моря! Фото з Белеку дуже гарні, Мотя такий засмаглий. Сєві передай, хай не сидить з ноутбуком на пляжі.

Цілую вас, мама

> Мама, привет из Анталии! Мы здесь уже четвёртый день, Мотя не вылезает из моря, Сева наконец-то выспался.
> Н.
"""), cte="8bit"))

    add(key="m58", date="2024-07-19 11:00 +0300", **{"from": LOTUS}, to=[SEVA_PLAIN],
        subject="Thank you for staying at Lotus Bay Resort Belek", mailer=None,
        body=alt(T("""
Dear Mr. Shcheglov,

Thank you for choosing Lotus Bay Resort Belek for your family holiday from 6 to 18 July 2024. We hope that you, Mrs. Shcheglova and young Matvei enjoyed your stay in Antalya.

We would be grateful if you could share your impressions in a short survey.

Guest Relations Team
Lotus Bay Resort Belek, Antalya, Turkey
"""), "<html><body><p>Dear Mr. Shcheglov,</p><p>Thank you for choosing Lotus Bay Resort Belek for your family "
             "holiday from 6 to 18 July 2024. We hope that you, Mrs. Shcheglova and young Matvei enjoyed your stay "
             "in Antalya.</p><p>We would be grateful if you could share your impressions in a short survey.</p>"
             "<p>Guest Relations Team<br>Lotus Bay Resort Belek, Antalya, Turkey</p></body></html>\n",
            cte="quoted-printable", seed="m58"))

    add(key="m59", date="2024-07-25 10:00 +0400", **{"from": PROFKOM}, to=[ALL],
        subject="Путёвки в детский лагерь «Сосновый бор» — третья смена", henc=("b", "windows-1251"), mailer=OUTLOOK,
        body=text(T("""
Уважаемые родители! Остались путёвки в детский оздоровительный лагерь «Сосновый бор» на третью смену (5–25 августа). Стоимость для работников завода — 20 % от полной. Обращаться в профком, каб. 105.
"""), cs="windows-1251", cte="8bit"))

    add(key="m60", date="2024-08-05 15:10 +0400", **{"from": YAMSHCHIKOVA_S}, to=[SHCHEGLOV_S],
        subject="Стенд КПА-27 и график ГОЗ на III квартал", henc=("b", "utf-8"), mailer=OUTLOOK,
        body=text(T("""
Всеволод Игоревич, с возвращением.

Ситуация со стендами не изменилась: второй КПА-27 так и стоит недоукомплектованный — калибраторов давления нет, чешские нам не продают, а китайский вариант через Армению мы сами отклонили. На одном стенде к концу сентября успеем проверить только 9 из 14 блоков БКА-27 для Ка-27 флота; остальные уйдут на IV квартал.

Ка-32 морской авиации сдали военпреду в июле, все четыре комплекта.

А.П. Ямщикова
"""), cte="base64"))

    add(key="m61", date="2024-08-09 12:30 +0400", **{"from": KOCHETOVA}, to=[SHCHEGLOV_S],
        subject="Вьетнам, Ка-28 — пока без движения", henc=("b", "windows-1251"), mailer=OUTLOOK,
        body=text(T("""
Всеволод Игоревич, по вьетнамской теме: контракт на ремонт приборов Ка-28 для ВМС Вьетнама так и не подписан, переговоры заморожены. Если когда-нибудь подпишут, работы пойдут через нас, но планировать под это загрузку пока не нужно.

Л.В. Кочетова
"""), cs="windows-1251", cte="8bit"))

    add(key="m62", date="2024-08-12 07:30 +0300", **{"from": DIGEST}, to=[SHCHEGLOV_S],
        subject="Промышленный обзор № 32: санкции и приборостроение", henc=("q", "utf-8"), mailer=None,
        body=alt(T("""
Промышленный обзор № 32

По оценкам отраслевых аналитиков, ряд российских приборостроительных предприятий за последний год столкнулся с отказами японских и европейских поставщиков комплектующих. Часть производителей, по данным обзора, переходит на индийские и китайские аналоги, другие рассматривают посреднические схемы через третьи страны.

Чтобы отписаться от рассылки, ответьте на это письмо.
"""), "<html><body><h2>Промышленный обзор № 32</h2><p>По оценкам отраслевых аналитиков, ряд российских "
             "приборостроительных предприятий за последний год столкнулся с отказами японских и европейских "
             "поставщиков комплектующих. Часть производителей, по данным обзора, переходит на индийские и китайские "
             "аналоги, другие рассматривают посреднические схемы через третьи страны.</p><p>Чтобы отписаться от "
             "рассылки, ответьте на это письмо.</p></body></html>\n", cte="quoted-printable", seed="m62"))

    add(key="m63", date="2024-08-20 16:45 +0400", **{"from": PUSTOVALOV_S}, to=[SHCHEGLOV_S],
        subject="Итоги полугодия", henc=("b", "koi8-r"), mailer=OUTLOOK,
        body=text(T("""
Всеволод Игоревич, спасибо за июльскую сдачу флотских комплектов: военное представительство претензий не имеет. Подготовьте к 30 августа предложения по премированию отдела БРЭО и участка стендовых проверок.

Г.И. Пустовалов
"""), cs="koi8-r", cte="8bit"))

    return M


def loose_messages():
    L = []

    def add(**m):
        m.setdefault("cc", [])
        m["id"] = None if m.get("no_msgid") else msgid(m["key"], m["from"][1])
        L.append(m)
        return m

    add(key="l1", file="001.eml", no_msgid=True, crlf=True, date="2024-06-28 21:17 +0400",
        **{"from": NATALIA}, to=[SEVA], subject="Билеты Казань — Анталья", henc=("b", "utf-8"), mailer=MAILRU,
        body=text(T("""
Сев, маршрутные квитанции на самолёт пришли мне на почту, пересылаю текстом, распечатай на работе:

Рейс KZN–AYT, 06.07.2024, вылет 05:50, пассажиры: SHCHEGLOV VSEVOLOD, SHCHEGLOVA NATALIA, SHCHEGLOV MATVEI.
Обратно AYT–KZN, 18.07.2024, вылет 23:15.

В Казань едем 5-го вечерним поездом, такси до вокзала я заказала.

Н.
"""), cte="8bit"))

    add(key="l2", file="002.eml", date="2024-02-16 12:05 +0300", **{"from": VERASEN}, to=[SHCHEGLOV_S],
        subject="Счёт № 0214/77 — гостиница «Верасень»", henc=("b", "windows-1251"), mailer=OUTLOOK,
        body=text(T("""
Счёт № 0214/77 от 16.02.2024
Гостиница «Верасень», г. Минск, ул. Кальварийская

Гость: Щеглов Всеволод Игоревич, гражданство: Российская Федерация, паспорт 73 19 604112
Проживание: 12.02.2024–16.02.2024, 4 ночи, номер стандарт одноместный

Гость: Ямщикова Алевтина Петровна, гражданство: Российская Федерация, паспорт 73 16 511907
Проживание: 12.02.2024–16.02.2024, 4 ночи, номер стандарт одноместный

Плательщик: АО «Нижнесурский приборостроительный завод», Ульяновская обл., г. Нижнесурск
Итого к оплате: 1 168,00 BYN
"""), cs="windows-1251", cte="base64"))

    add(key="l3", file="003.eml", date="2024-05-20 09:35 +0300", **{"from": BABICH}, to=[SHCHEGLOV],
        subject="Нагадванне: арыгіналы Пратакола № 2", henc=("b", "utf-8"), mailer=OUTLOOK,
        body=text(T("""
Паважаны Усевалад Ігаравіч!

Нагадваем, што арыгіналы Пратакола ўзгаднення № 2 да Пагаднення № 17/23-С (доля фінансавання АТ «НСПЗ» — 35 (трыццаць пяць) працэнтаў, доля ААТ «НКБ «Сокал»» — 65 (шэсцьдзесят пяць) працэнтаў) трэба вярнуць у бюро да 31 мая з подпісам Германа Ільіча.

З павагай,
Ганна Бабіч
сакратар-рэферэнт
"""), cte="base64"))
    return L


# --------------------------------------------------------------------------------------
# the truth: entities (every surface form found in the sources) and findings
# --------------------------------------------------------------------------------------

ENTITIES = [
    ("o_nspz", "Company", "Nizhnesursk Instrument-Making Plant", [
        "АО «НСПЗ»", 'АО "НСПЗ"', "НСПЗ", "АТ «НСПЗ»", "NSPZ", "JSC NSPZ",
        "Акционерное общество «Нижнесурский приборостроительный завод»",
        "АО «Нижнесурский приборостроительный завод»",
        "JSC Nizhnesursk Instrument-Making Plant", "Nizhnesursk Instrument-Making Plant",
    ], {"country": ["ru"]}),
    ("o_sokal", "Company", "Sokal Scientific Design Bureau", [
        "ОАО «НКБ «Сокал»»", "ААТ «НКБ «Сокал»»", "НКБ «Сокал»",
        "Открытое акционерное общество «Научно-конструкторское бюро «Сокал»»",
    ], {"country": ["by"]}),
    ("o_tokai", "Company", "Tokai Seimitsu Kogyo Co., Ltd.", [
        "Tokai Seimitsu Kogyo Co., Ltd.", "Tokai Seimitsu Kogyo", "Tokai Seimitsu", "東海精密工業株式会社",
    ], {"country": ["jp"]}),
    ("o_elmetra", "Company", "ELMETRA s.r.o.", ["ELMETRA s.r.o.", "Эльметры"], {"country": ["cz"]}),
    ("o_sahyadri", "Company", "Sahyadri Micro Bearings Pvt. Ltd.", [
        "Sahyadri Micro Bearings Pvt. Ltd.", "Sahyadri Micro Bearings", "Sahyadri", "Сахьядри",
    ], {"country": ["in"]}),
    ("o_hengda", "Company", "Ningbo Hengda Instrument Co., Ltd.", [
        "Ningbo Hengda Instrument Co., Ltd.", "Ningbo Hengda Instrument", "Ningbo Hengda", "Хэнда",
        "宁波恒达仪器有限公司",
    ], {"country": ["cn"]}),
    ("o_ararat", "Company", "Ararat Techservice LLC", [
        "Ararat Techservice LLC", "Арарат Техсервис", "Арарат Техсервисом",
    ], {"country": ["am"]}),
    ("p_shcheglov", "Person", "Vsevolod Shcheglov", [
        "Щеглов Всеволод Игоревич", "Щеглов В.И.", "В.И. Щеглов", "Щеглова Всеволода Игоревича",
        "Всеволод Игоревич", "Сева Щеглов", "Сева", "Сев", "Севу", "Сєво", "Сєві", "Усевалад Ігаравіч",
        "Vsevolod Shcheglov", "Mr. Vsevolod Shcheglov", "Mr. Shcheglov", "Mr. V. Shcheglov",
        "SHCHEGLOV VSEVOLOD", "pane Ščeglove",
    ], {"email": ["v.shcheglov@nspz.example.ru", "vs.shcheglov@mail.example.ru"], "birthDate": ["1979-05-23"]}),
    ("p_natalia", "Person", "Natalia Shcheglova", [
        "Наталья Щеглова", "Щегловой Натальей Тарасовной", "Щеглова Наталья Тарасовна", "Наталья Тарасовна",
        "Н.Т. Щеглова", "Наталочко", "Наталко", "Mrs. Natalia Shcheglova", "Natalia Shcheglova",
        "SHCHEGLOVA NATALIA", "Mrs. Shcheglova",
    ], {"email": ["natalia.shcheglova81@mail.example.ru"], "birthDate": ["1981-11-02"]}),
    ("p_matvei", "Person", "Matvei Shcheglov", [
        "Щегловым Матвеем Всеволодовичем", "Щеглов Матвей Всеволодович", "Матвійку", "Матвійка", "Матвійко",
        "Мотя", "Моти", "Мотю", "Мотей", "Master Matvei Shcheglov", "Matvei Shcheglov", "SHCHEGLOV MATVEI", "Matvei",
    ], {"birthDate": ["2012-03-17"]}),
    ("p_galina", "Person", "Halyna Hrebeniuk", [
        "Halyna Hrebeniuk", "Галина Гребенюк", "бабуся Галя", "Гребенюк Галина Николаевна",
    ], {"email": ["halyna.hrebeniuk@poshta.example.ua"]}),
    ("p_bohdan", "Person", "Bohdan Hrebeniuk", [
        "Бодя", "Бодю", "Богдан", "Гребенюк Богдан Тарасович",
    ], {"email": ["bohdan.hrebeniuk@poshta.example.ua"]}),
    ("p_pustovalov", "Person", "German Pustovalov", [
        "Пустовалов Герман Ильич", "Пустовалов Г.И.", "Г.И. Пустовалов", "Пустовалова Германа Ильича",
        "Герман Ильич", "Германа Ильича", "Герману Ильичу Пустовалову", "Германа Ільіча",
    ], {"email": ["g.pustovalov@nspz.example.ru"], "birthDate": ["1962-02-14"]}),
    ("p_yamshchikova", "Person", "Alevtina Yamshchikova", [
        "Ямщикова Алевтина Петровна", "Ямщикова А.П.", "А.П. Ямщикова", "А.П. Ямщиковой",
        "Ямщикову Алевтину Петровну", "Алевтина Петровна", "Алеўціны Пятроўны",
    ], {"email": ["a.yamshchikova@nspz.example.ru"]}),
    ("p_lisouski", "Person", "Aliaksandr Lisouski", [
        "Лісоўскі Аляксандр Францавіч", "Лисовский А.Ф.", "А.Ф. Лисовский", "Лисовского Александра Францевича",
        "Александр Францевич", "Аляксандра Францавіча", "Аляксандрам Францавічам", "Лисовским", "Лисовский",
    ], {"email": ["a.lisouski@nkb-sokal.example.by"]}),
    ("p_vartak", "Person", "Nikhil Vartak", ["Nikhil Vartak", "Никхилом Вартаком"],
     {"email": ["nikhil.vartak@sahyadri-bearings.example.in"]}),
    ("p_morisawa", "Person", "Kenji Morisawa", ["Kenji Morisawa", "森沢 健二"],
     {"email": ["k.morisawa@tokai-seimitsu.example.jp"]}),
    ("p_dvoracek", "Person", "Radek Dvořáček", ["Radek Dvořáček", "Ing. Radek Dvořáček"],
     {"email": ["radek.dvoracek@elmetra.example.cz"]}),
    ("p_chen", "Person", "Chen Jiayi", ["Chen Jiayi", "Cindy Chen", "Ms. Chen", "陈佳怡"],
     {"email": ["cindy.chen@hengda-instrument.example.cn"]}),
]

# (id, kind, summary, subjects, attributes, [(message key, quote), ...])
FINDINGS = [
    ("f-01", "military_maintenance",
     "NSPZ overhauls autopilot units, attitude indicators and flight instruments of Ka-27PL/PS and of naval "
     "Ka-32 helicopters for the Russian Navy (Ministry of Defence state defence order).",
     ["o_nspz"], {"platforms": ["ka-27", "ka-32"], "customer_country": "ru"}, [
         ("m02", "По линии Минобороны в капитальный ремонт поступят 14 блоков автопилота БКА-27 и 22 авиагоризонта "
                 "АГК-81 с вертолётов Ка-27ПЛ и Ка-27ПС морской авиации ВМФ, плюс четыре комплекта "
                 "пилотажно-навигационного оборудования с флотских Ка-32."),
         ("m13", "9 блоков БКА-27 с флотских Ка-27ПС и 4 блока автопилота с Ка-32 морской авиации"),
         ("m28", "План капитального ремонта изделий вертолётов Ка-27 и Ка-32 морской авиации ВМФ по "
                 "государственному оборонному заказу на 2024 год"),
         ("m60", "На одном стенде к концу сентября успеем проверить только 9 из 14 блоков БКА-27 для Ка-27 флота; "
                 "остальные уйдут на IV квартал."),
     ]),
    ("f-02", "joint_development",
     "NSPZ and the Minsk design bureau NKB Sokal jointly develop the VT-45 Vetraz light unmanned helicopter "
     "(NSPZ: avionics and flight control). NSPZ's funding share: 50% in the draft, 40% in protocol No. 1, a "
     "proposed 55% rejected, 35% in protocol No. 2 (latest).",
     ["o_nspz", "o_sokal"],
     {"product": ["vt-45", "vetraz", "vetraz-45", "vt-45 vetraz", "vt-45 avionics"], "partner_country": "by",
      "funding_share": 0.35}, [
         ("m04", "Стороны совместно разрабатывают лёгкий беспилотный вертолёт ВТ-45 «Ветразь» взлётной массой до 45 кг"),
         ("m05", "Посмотрите пункт 1.1 — там наша часть: САУ и ПНК для ВТ-45."),
         ("m20", "Завод финансирует 40 (сорок) процентов сметной стоимости ОКР, Бюро — 60 (шестьдесят) процентов."),
         ("m33", "второго этапа совместной ОКР «ВТ-45»"),
         ("m34", "АО «НСПЗ» не может согласиться на увеличение своей доли в финансировании ОКР «ВТ-45» до 55 процентов"),
         ("m40", "белорусы получили под ВТ-45 деньги по своей госпрограмме и готовы снизить нашу долю до 35 %"),
         ("m48", "доля АО «НСПЗ» в финансировании работ составляет 35 (тридцать пять) процентов сметной стоимости"),
         ("m49", "Итог по ВТ-45: наша доля со второго этапа — 35 %, у минчан — 65 %."),
         ("l3", "доля фінансавання АТ «НСПЗ» — 35 (трыццаць пяць) працэнтаў"),
     ]),
    ("f-03", "sanctions_obstacle",
     "Japanese export bans stop Tokai Seimitsu from supplying NSPZ with miniature precision bearings for gyro motors.",
     ["o_nspz"], {"origin_country": "jp", "goods": "miniature ball bearings for gyro motors"}, [
         ("m06", "Under the export ban measures imposed by the Government of Japan on the Russian Federation, we are "
                 "not permitted to ship these products to your company, either directly or through distributors."),
         ("m07", "миниатюрные подшипники для гиромоторов авиагоризонтов попали под японский запрет на экспорт в Россию"),
     ]),
    ("f-04", "sanctions_obstacle",
     "EU sanctions (Regulation 833/2014) stop the Czech firm ELMETRA from selling NSPZ pressure calibrators and a "
     "pitot-static test set for the autopilot test bench.",
     ["o_nspz"], {"origin_country": "cz", "goods": "pressure calibrators"}, [
         ("m10", "Podle nařízení Rady (EU) č. 833/2014 v platném znění je vývoz těchto přístrojů do Ruské federace "
                 "zakázán, a to i prostřednictvím třetích zemí."),
         ("m11", "чехи ссылаются на регламент ЕС 833/2014 и отказываются продавать нам калибраторы давления DPC-800"),
         ("m60", "калибраторов давления нет, чешские нам не продают"),
     ]),
    ("f-05", "alternative_supplier",
     "Sahyadri Micro Bearings (Pune, India) replaces the Japanese gyro-motor bearings: trial lot approved and "
     "tested, serial order confirmed.",
     ["o_nspz", "o_sahyadri"], {"supplier_country": "in", "goods": "miniature ball bearings for gyro motors"}, [
         ("m15", "Sahyadri Micro Bearings can manufacture R2ZZ-size miniature precision bearings to ABEC-7 as a "
                 "drop-in replacement for the Tokai Seimitsu TSK-R2ZZ/P4 bearings used in your gyro motors."),
         ("m16", "индийская фирма Sahyadri Micro Bearings (г. Пуна) берётся изготовить подшипники того же "
                 "типоразмера R2ZZ класса ABEC-7"),
         ("m18", "Пробную партию у Сахьядри заказывайте"),
         ("m41", "пробная партия индийских подшипников Sahyadri (200 шт.) прошла входной контроль без замечаний"),
         ("m42", "We are pleased to confirm your purchase order NSPZ-24-031 for 3,000 pcs of SMB-R2ZZ-A7 miniature "
                 "bearings"),
     ]),
    ("f-06", "equipment_shortage",
     "NSPZ has only one KPA-27 autopilot test bench; the second cannot be completed without pressure calibrators, "
     "so naval repair work queues and slips.",
     ["o_nspz"], {"goods": "autopilot test bench"}, [
         ("m11", "второй стенд КПА-27 для проверки блоков автопилота мы в этом году не укомплектуем"),
         ("m13", "Проверочный стенд у нас один, второго нет, поэтому очередь на комплексную проверку сейчас три недели."),
         ("m60", "второй КПА-27 так и стоит недоукомплектованный — калибраторов давления нет"),
     ]),
    ("f-07", "foreign_travel",
     "Shcheglov, his wife Natalia and their son Matvei spent New Year 2024 in Ras Al Khaimah, UAE "
     "(30.12.2023-07.01.2024).",
     ["p_shcheglov", "p_natalia", "p_matvei"],
     {"country": "ae", "start": "2023-12-30", "place": "Ras Al Khaimah", "purpose": "holiday"}, [
         ("m19", "Летим втроём из Самары 30 декабря, обратно 7 января, отель на первой линии, для Моти есть детский клуб."),
         ("m22", "уведомляю о планируемом выезде в Объединённые Арабские Эмираты (эмират Рас-эль-Хайма) в период с "
                 "30.12.2023 по 07.01.2024 с целью туризма"),
         ("m29", "Guests: Mr. Vsevolod Shcheglov, Mrs. Natalia Shcheglova, Master Matvei Shcheglov (11 years)"),
         ("m31", "Як відпочили в Еміратах?"),
     ]),
    ("f-08", "foreign_travel",
     "Shcheglov and Yamshchikova were on a business trip to NKB Sokal in Minsk, Belarus, 12-16 February 2024.",
     ["p_shcheglov", "p_yamshchikova"],
     {"country": "by", "start": "2024-02-12", "place": "Minsk", "purpose": "talks with NKB Sokal on the vt-45"}, [
         ("m34", "Предлагаем вернуться к вопросу о долях на рабочей встрече в Минске 12–16 февраля; с нашей стороны "
                 "будут В.И. Щеглов и А.П. Ямщикова."),
         ("m35", "Направить в служебную командировку в г. Минск (Республика Беларусь), в ОАО «НКБ «Сокал»», сроком на "
                 "5 календарных дней, с 12.02.2024 по 16.02.2024:"),
         ("m36", "Для Вас і Алеўціны Пятроўны забраніраваны два нумары ў гасцініцы «Верасень» (вул. Кальварыйская) "
                 "з 12 па 16 лютага."),
         ("m39", "С 12 по 16 февраля я в командировке в Минске (Республика Беларусь)"),
         ("m40", "С 12 по 16 февраля мы с А.П. Ямщиковой работали в Минске, в НКБ «Сокал», с Лисовским и его "
                 "разработчиками."),
         ("l2", "Проживание: 12.02.2024–16.02.2024, 4 ночи, номер стандарт одноместный"),
     ]),
    ("f-09", "foreign_travel",
     "Shcheglov, Natalia and Matvei holidayed in Belek, Antalya, Turkey, 6-18 July 2024.",
     ["p_shcheglov", "p_natalia", "p_matvei"],
     {"country": "tr", "start": "2024-07-06", "place": "Antalya (Belek)", "purpose": "holiday"}, [
         ("m50", "Анталию забронировала: с 6 по 18 июля, отель в Белеке, семейный номер, всё включено."),
         ("m52", "выезжаю в Турецкую Республику (г. Анталья, район Белек) с целью отдыха"),
         ("m53", "Destination: Turkey, Antalya, Belek"),
         ("m57", "Мама, привет из Анталии! Мы здесь уже четвёртый день, Мотя не вылезает из моря, Сева наконец-то выспался."),
         ("m58", "Thank you for choosing Lotus Bay Resort Belek for your family holiday from 6 to 18 July 2024."),
         ("l1", "Рейс KZN–AYT, 06.07.2024, вылет 05:50, пассажиры: SHCHEGLOV VSEVOLOD, SHCHEGLOVA NATALIA, SHCHEGLOV MATVEI."),
     ]),
    ("f-10", "citizenship", "Shcheglov is a citizen of Russia.", ["p_shcheglov"], {"countries": ["ru"]}, [
        ("m29", "SHCHEGLOV VSEVOLOD, nationality RUS"),
        ("m53", "1. SHCHEGLOV VSEVOLOD, born 23.05.1979, citizen of the Russian Federation"),
        ("l2", "Гость: Щеглов Всеволод Игоревич, гражданство: Российская Федерация"),
    ]),
    ("f-11", "citizenship",
     "Natalia Shcheglova, born in Kharkiv, is a citizen of Russia only (no other citizenship).",
     ["p_natalia"], {"countries": ["ru"]}, [
         ("m29", "SHCHEGLOVA NATALIA, nationality RUS, place of birth KHARKOV / USSR"),
         ("m53", "2. SHCHEGLOVA NATALIA, born 02.11.1981, citizen of the Russian Federation"),
         ("m55", "Гражданка Российской Федерации, гражданства других государств и иностранных паспортов не имеет."),
     ]),
    ("f-12", "citizenship", "Matvei Shcheglov is a citizen of Russia.", ["p_matvei"], {"countries": ["ru"]}, [
        ("m29", "SHCHEGLOV MATVEI, nationality RUS"),
        ("m53", "3. SHCHEGLOV MATVEI, born 17.03.2012 (child), citizen of the Russian Federation"),
    ]),
    ("f-13", "citizenship", "Alevtina Yamshchikova is a citizen of Russia.", ["p_yamshchikova"],
     {"countries": ["ru"]}, [
         ("l2", "Гость: Ямщикова Алевтина Петровна, гражданство: Российская Федерация"),
     ]),
    ("f-14", "citizenship",
     "Bohdan Hrebeniuk is a citizen of Ukraine living in Wroclaw on a Polish residence card (not Polish citizenship).",
     ["p_bohdan"], {"countries": ["ua"]}, [
         ("m46", "він як був громадянином України, так і лишається"),
         ("m47", "громадянство в мене тільки українське, паспорт громадянина України дійсний до 2030 року, "
                 "польського громадянства немає і не буде"),
         ("m55", "Брат супруги — Гребенюк Богдан Тарасович, 1986 г.р., гражданин Украины"),
     ]),
    ("f-15", "family_relation", "Natalia Shcheglova is Shcheglov's wife.", ["p_shcheglov", "p_natalia"],
     {"relationship": "spouse"}, [
         ("m22", "Выезжаю вместе с супругой, Щегловой Натальей Тарасовной"),
         ("m52", "Со мной едут жена — Щеглова Наталья Тарасовна"),
         ("m55", "Супруга — Щеглова (до брака Гребенюк) Наталья Тарасовна, 02.11.1981 г.р., уроженка г. Харькова "
                 "(Украинская ССР)."),
     ]),
    ("f-16", "family_relation", "Matvei is Shcheglov's son.", ["p_shcheglov", "p_matvei"],
     {"relationship": "child"}, [
         ("m22", "и сыном, Щегловым Матвеем Всеволодовичем, 2012 г.р."),
         ("m52", "сын — Щеглов Матвей Всеволодович, 17.03.2012 г.р."),
         ("m55", "Сын — Щеглов Матвей Всеволодович, 17.03.2012 г.р., школьник."),
     ]),
    ("f-17", "family_relation", "Matvei is Natalia's son.", ["p_natalia", "p_matvei"],
     {"relationship": "child"}, [
         ("m09", "Поцілуй від мене свого синочка Матвійка"),
     ]),
    ("f-18", "family_relation", "Halyna (Galina) Hrebeniuk in Kharkiv is Natalia's mother.",
     ["p_natalia", "p_galina"], {"relationship": "parent"}, [
         ("m09", "Наталочко, доню моя"),
         ("m55", "Мать супруги — Гребенюк Галина Николаевна, 1956 г.р., пенсионерка, проживает в г. Харькове (Украина)."),
     ]),
    ("f-19", "family_relation", "Bohdan Hrebeniuk is Natalia's brother.", ["p_natalia", "p_bohdan"],
     {"relationship": "sibling"}, [
         ("m47", "Твій брат Богдан"),
         ("m55", "Брат супруги — Гребенюк Богдан Тарасович"),
     ]),
    ("f-20", "employment", "Shcheglov is deputy chief engineer of NSPZ.", ["p_shcheglov", "o_nspz"],
     {"role": "deputy chief engineer"}, [
         ("m05", "заместитель главного инженера АО «НСПЗ»"),
         ("m06", "Attn.: Mr. V. Shcheglov, Deputy Chief Engineer"),
         ("m10", "Vsevolod Shcheglov, Deputy Chief Engineer"),
         ("m11", "Vsevolod Shcheglov, Deputy Chief Engineer"),
         ("m22", "Я, Щеглов Всеволод Игоревич, заместитель главного инженера"),
         ("m26", "Deputy Chief Engineer, JSC Nizhnesursk Instrument-Making Plant"),
         ("m35", "— Щеглова Всеволода Игоревича, заместителя главного инженера;"),
         ("m52", "Заместитель главного инженера В.И. Щеглов"),
     ]),
    ("f-21", "employment", "Pustovalov is general director of NSPZ.", ["p_pustovalov", "o_nspz"],
     {"role": "general director"}, [
         ("m02", 'генеральный директор АО "НСПЗ"'),
         ("m04", "в лице генерального директора Пустовалова Германа Ильича"),
         ("m05", "в лице генерального директора Пустовалова Германа Ильича"),
         ("m20", "Генеральный директор АО «НСПЗ» ____________ Г.И. Пустовалов"),
         ("m34", "Генеральный директор АО «НСПЗ»"),
         ("m35", "Генеральный директор    Г.И. Пустовалов"),
         ("m38", "генеральному директору АО «НСПЗ» Герману Ильичу Пустовалову исполняется 62 года"),
         ("m48", "Генеральный директор АО «НСПЗ» ____________ Г.И. Пустовалов"),
     ]),
    ("f-22", "employment", "Yamshchikova heads the avionics (BREO) department of NSPZ.",
     ["p_yamshchikova", "o_nspz"], {"role": "head of avionics department"}, [
         ("m13", "начальник отдела БРЭО"),
         ("m35", "— Ямщикову Алевтину Петровну, начальника отдела бортового радиоэлектронного оборудования."),
     ]),
    ("f-23", "employment", "Lisouski (Lisovsky) is general designer of NKB Sokal.", ["p_lisouski", "o_sokal"],
     {"role": "general designer"}, [
         ("m04", "в лице генерального конструктора Лисовского Александра Францевича"),
         ("m05", "в лице генерального конструктора Лисовского Александра Францевича"),
         ("m20", "Генеральный конструктор ОАО «НКБ «Сокал»»"),
         ("m33", "генеральный конструктор ОАО «НКБ «Сокал»»"),
         ("m48", "Генеральный конструктор ОАО «НКБ «Сокал»»"),
     ]),
    ("f-24", "employment", "Nikhil Vartak heads export sales at Sahyadri Micro Bearings.", ["p_vartak", "o_sahyadri"],
     {"role": "head of export sales"}, [
         ("m15", "Head - Export Sales"),
     ]),
    ("f-25", "employment", "Kenji Morisawa manages the export compliance section of Tokai Seimitsu.",
     ["p_morisawa", "o_tokai"], {"role": "export compliance manager"}, [
         ("m06", "Manager, Export Compliance Section"),
     ]),
    ("f-26", "employment", "Radek Dvořáček is sales director of ELMETRA.", ["p_dvoracek", "o_elmetra"],
     {"role": "sales director"}, [
         ("m10", "obchodní ředitel"),
         ("m11", "obchodní ředitel"),
     ]),
    ("f-27", "employment", "Chen Jiayi (Cindy Chen) is overseas sales manager of Ningbo Hengda Instrument.",
     ["p_chen", "o_hengda"], {"role": "overseas sales manager"}, [
         ("m23", "Overseas Sales Manager"),
     ]),
]

# watchlist hits: (finding id, entity, entry id); evidence = every message that names the entity
WATCH_HITS = [
    ("f-28", "p_pustovalov", "wl-ru-7710"),
    ("f-29", "o_nspz", "wl-ru-3120"),
    ("f-30", "o_sokal", "wl-by-0455"),
    ("f-31", "o_ararat", "wl-am-0091"),
]

WATCHLIST = [
    {"id": "wl-ru-7710", "schema": "Person", "caption": "PUSTOVALOV, German Ilyich", "properties": {
        "name": ["PUSTOVALOV, German Ilyich"], "alias": ["Пустовалов Герман Ильич", "PUSTOVALOV, Gherman Ilich"],
        "birthDate": ["1962-02-14"], "nationality": ["ru"],
        "position": ["General Director, JSC Nizhnesursk Instrument-Making Plant"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-7711", "schema": "Person", "caption": "PUSTOVALOV, German Igorevich", "properties": {
        "name": ["PUSTOVALOV, German Igorevich"], "alias": ["Пустовалов Герман Игоревич"],
        "birthDate": ["1975-06-03"], "nationality": ["ru"],
        "position": ["Deputy Head, regional customs directorate"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-7712", "schema": "Person", "caption": "SHCHEGLOV, Vsevolod Igorevich", "properties": {
        "name": ["SHCHEGLOV, Vsevolod Igorevich"], "alias": ["Щеглов Всеволод Игоревич"],
        "birthDate": ["1958-10-09"], "nationality": ["ru"],
        "position": ["Member of the board, regional development fund"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-7713", "schema": "Person", "caption": "YAMSHCHIKOVA, Alevtina Pavlovna", "properties": {
        "name": ["YAMSHCHIKOVA, Alevtina Pavlovna"], "alias": ["Ямщикова Алевтина Павловна"],
        "birthDate": ["1966-01-19"], "nationality": ["ru"]}, "datasets": ["watchlist"]},
    {"id": "wl-ua-0412", "schema": "Person", "caption": "HREBENIUK, Bohdan Tarasovych", "properties": {
        "name": ["HREBENIUK, Bohdan Tarasovych"], "alias": ["Гребенюк Богдан Тарасович", "GREBENYUK, Bogdan Tarasovich"],
        "birthDate": ["1992-07-30"], "nationality": ["ua"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-3120", "schema": "Company", "caption": "NIZHNESURSK INSTRUMENT-MAKING PLANT JSC", "properties": {
        "name": ["NIZHNESURSK INSTRUMENT-MAKING PLANT JSC"],
        "alias": ["АО «Нижнесурский приборостроительный завод»", "АО «НСПЗ»", "NSPZ"],
        "jurisdiction": ["ru"], "address": ["Nizhnesursk, Ulyanovsk Region, Russia"],
        "sector": ["repair of aircraft instruments"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-3121", "schema": "Company", "caption": "NIZHNESURSK MECHANICAL PLANT LLC", "properties": {
        "name": ["NIZHNESURSK MECHANICAL PLANT LLC"], "alias": ["ООО «Нижнесурский механический завод»"],
        "jurisdiction": ["ru"], "address": ["Nizhnesursk, Ulyanovsk Region, Russia"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-0455", "schema": "Company", "caption": "SOKAL SCIENTIFIC DESIGN BUREAU OJSC", "properties": {
        "name": ["SOKAL SCIENTIFIC DESIGN BUREAU OJSC"],
        "alias": ["ОАО «Научно-конструкторское бюро «Сокал»»", "ОАО «НКБ «Сокал»»", "NKB SOKAL"],
        "jurisdiction": ["by"], "address": ["Minsk, Belarus"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-0456", "schema": "Company", "caption": "SOKAL LLC", "properties": {
        "name": ["SOKAL LLC"], "alias": ["ООО «Сокал»"], "jurisdiction": ["by"], "address": ["Brest, Belarus"],
        "sector": ["wholesale of agricultural machinery"]}, "datasets": ["watchlist"]},
    {"id": "wl-am-0091", "schema": "Company", "caption": "ARARAT TECHSERVICE LLC", "properties": {
        "name": ["ARARAT TECHSERVICE LLC"], "alias": ["ООО «Арарат Техсервис»", "Ararat Tekhservis"],
        "jurisdiction": ["am"], "address": ["Yerevan, Armenia"]}, "datasets": ["watchlist"]},
    {"id": "wl-cn-0620", "schema": "Company", "caption": "NINGBO HENGDA TRADING CO., LTD.", "properties": {
        "name": ["NINGBO HENGDA TRADING CO., LTD."], "jurisdiction": ["cn"], "address": ["Ningbo, Zhejiang, China"]},
     "datasets": ["watchlist"]},
]


README = """# Holdout case 20: the mailbox of a deputy chief engineer at a Russian instrument plant

Everything here is fictional: the town of Nizhnesursk (Ulyanovsk region), the firms, the people,
the phone, contract, order and passport numbers. Mail domains are all under `example.*`.
Only large real cities appear as places (Minsk, Kharkiv, Wroclaw, Kazan, Samara, Pune, Brno, ...).
The case is written by `make_case.py` (standard library only, deterministic):
`python3 make_case.py` writes the files, `python3 make_case.py --check` regenerates them in memory,
compares them with the files on disk, decodes every message with Python's `email` package and
checks that every evidence quote of `truth.json` is verbatim in the message it cites.

**The source.** The mailbox of Vsevolod Igorevich Shcheglov, deputy chief engineer of
JSC Nizhnesursk Instrument-Making Plant (АО «Нижнесурский приборостроительный завод», АО «НСПЗ»),
September 2023 to August 2024: 63 messages in `mailbox.mbox` (work and private addresses) and three
messages saved one per file in `loose/`. The plant overhauls flight instruments and autopilot units of
Ka-27 and naval Ka-32 helicopters for the Russian Navy and develops the avionics of a small unmanned
helicopter together with a Minsk design bureau.

Languages: Russian (most), Ukrainian (the wife's mother and brother), Belarusian (the Minsk bureau's
secretary), English (Japanese, Indian and Chinese suppliers, hotels, a tour voucher), Czech (the Czech
supplier). Encodings: utf-8 (base64, quoted-printable, 8bit), windows-1251, koi8-r, koi8-u,
iso-8859-2, us-ascii; RFC 2047 B and Q headers in several charsets; RFC 2231 and RFC 2047 attachment
names; two HTML-only messages, several multipart/alternative ones; attachments in DOCX (agreement,
two protocols, an order), XLSX (repair plan, cost estimate) and PDF (a Japanese refusal, an Indian
offer, a tour voucher); two forwards carried as message/rfc822; replies that quote earlier mail.
`loose/001.eml` has no Message-ID: it is cited as `<sha256:{sha}>`, the SHA-256 of the file's bytes
(CRLF line ends).

## People and how they are written

- **Vsevolod Shcheglov** (the mailbox owner, deputy chief engineer): Щеглов Всеволод Игоревич,
  Щеглов В.И., В.И. Щеглов, Щеглова Всеволода Игоревича, Всеволод Игоревич, Сева, Сев, Севу,
  Сева Щеглов (display name of his private address), Ukrainian Сєво / Сєві, Belarusian Усевалад
  Ігаравіч, Vsevolod Shcheglov, Mr. Shcheglov, Mr. V. Shcheglov, SHCHEGLOV VSEVOLOD, Czech vocative
  "pane Ščeglove"; v.shcheglov@nspz.example.ru, vs.shcheglov@mail.example.ru. Born 23.05.1979.
- **Natalia Shcheglova**, his wife, born in Kharkiv (KHARKOV / USSR in a hotel pre-registration),
  maiden name Гребенюк, a Russian citizen only: Наталья Щеглова, Щеглова Наталья Тарасовна,
  Щегловой Натальей Тарасовной, Н.Т. Щеглова, Наталья Тарасовна, Ukrainian vocatives Наталочко /
  Наталко, Mrs. Natalia Shcheglova, Mrs. Shcheglova, SHCHEGLOVA NATALIA; natalia.shcheglova81@...
- **Matvei Shcheglov**, their son (born 2012): Щеглов Матвей Всеволодович, Щегловым Матвеем
  Всеволодовичем, Мотя / Моти / Мотю / Мотей, Ukrainian Матвійко / Матвійка / Матвійку,
  Master Matvei Shcheglov, SHCHEGLOV MATVEI, Matvei.
- **Halyna (Galina) Hrebeniuk**, the wife's mother in Kharkiv, writes in Ukrainian: Halyna Hrebeniuk,
  Галина Гребенюк, бабуся Галя, Гребенюк Галина Николаевна (Russian form in a questionnaire).
- **Bohdan Hrebeniuk**, the wife's brother, a Ukrainian citizen living in Wroclaw on a Polish residence
  card: Бодя / Бодю, Богдан, Гребенюк Богдан Тарасович; his only address is bohdan.hrebeniuk@... with
  no display name.
- **German Pustovalov**, general director of NSPZ (born 14.02.1962, stated in a birthday note):
  Пустовалов Герман Ильич, Пустовалов Г.И., Г.И. Пустовалов, Пустовалова Германа Ильича,
  Герман Ильич, Германа Ильича, Герману Ильичу Пустовалову, Belarusian Германа Ільіча.
- **Alevtina Yamshchikova**, head of the avionics (БРЭО) department: Ямщикова Алевтина Петровна,
  Ямщикова А.П., А.П. Ямщикова, А.П. Ямщиковой, Ямщикову Алевтину Петровну, Алевтина Петровна,
  Belarusian Алеўціны Пятроўны.
- **Aliaksandr Lisouski** (Russian: Лисовский Александр Францевич), general designer of NKB Sokal:
  Лісоўскі Аляксандр Францавіч, Аляксандра Францавіча, Аляксандрам Францавічам, Лисовский А.Ф.,
  А.Ф. Лисовский, Лисовского Александра Францевича, Александр Францевич, Лисовский, Лисовским.
- Suppliers' people: Kenji Morisawa (森沢 健二, Tokai Seimitsu), Ing. Radek Dvořáček (ELMETRA),
  Nikhil Vartak (Никхилом Вартаком; Sahyadri), Chen Jiayi alias Cindy Chen (陈佳怡, Ms. Chen;
  Ningbo Hengda).
- Clerks and colleagues who are not part of the cast: Кочетова (commercial director), Хабибуллин,
  Гусева (security department), Мухина (HR), Ганна Бабіч (the bureau's secretary), Е. Лапина (travel agent).

Firms: NSPZ (АО «НСПЗ», АО "НСПЗ", АТ «НСПЗ», НСПЗ, NSPZ, JSC NSPZ, JSC Nizhnesursk Instrument-Making
Plant, АО «Нижнесурский приборостроительный завод»); NKB Sokal, Minsk (ОАО «НКБ «Сокал»», ААТ «НКБ
«Сокал»», НКБ «Сокал», Открытое акционерное общество «Научно-конструкторское бюро «Сокал»»);
Tokai Seimitsu Kogyo Co., Ltd. (Japan); ELMETRA s.r.o. (Brno; «Эльметры»); Sahyadri Micro Bearings
Pvt. Ltd. (Pune; Сахьядри); Ningbo Hengda Instrument Co., Ltd. (Хэнда); Ararat Techservice LLC
(Yerevan; «Арарат Техсервис»).

## What an analyst should find (`truth.json`)

- Military maintenance: NSPZ overhauls autopilot units БКА-27, attitude indicators and navigation
  equipment of Ka-27PL/Ka-27PS and of naval Ka-32 helicopters for the Russian Navy (state defence
  order, acceptance by the military representative); in a letter, a memo, an XLSX plan, a status note.
- Joint development of the VT-45 «Ветразь» unmanned helicopter with NKB Sokal (Belarus). NSPZ's share:
  50% in the draft agreement (DOCX), 40 (сорок) % in protocol No. 1 (DOCX), 55% proposed by Minsk in
  January 2024 and rejected, 35 (тридцать пять) % in protocol No. 2 (DOCX, April 2024) - the latest,
  repeated in a reply and in a Belarusian reminder (`loose/003.eml`).
- Sanctions obstacles: Japan (Tokai Seimitsu refuses miniature gyro-motor bearings; English mail and
  PDF) and Czechia (ELMETRA refuses pressure calibrators under EU Regulation 833/2014; Czech mail,
  forwarded as message/rfc822).
- Alternative supplier: Sahyadri Micro Bearings (India), offered, approved, tested and ordered.
- Equipment shortage: the second KPA-27 autopilot test bench cannot be completed; one bench for the
  whole naval workload.
- Foreign travel: the family in Ras Al Khaimah, UAE (30.12.2023-07.01.2024); Shcheglov and
  Yamshchikova on business in Minsk, Belarus (12-16.02.2024) - a foreign trip from Russia;
  the family in Belek, Antalya, Turkey (06-18.07.2024).
- Citizenship: Shcheglov, Natalia, Matvei and Yamshchikova Russian; Bohdan Ukrainian.
- Family: Natalia is Shcheglov's wife; Matvei their son; Halyna is Natalia's mother; Bohdan her brother.
- Employment of Shcheglov, Pustovalov, Yamshchikova, Lisouski and the four suppliers' people.
- Watchlist (`watchlist.ftm.json`): true hits for Pustovalov (wl-ru-7710), NSPZ (wl-ru-3120),
  NKB Sokal (wl-by-0455) and Ararat Techservice (wl-am-0091).

## Traps (no finding)

- Negation: "Американских и европейских подшипников в этих гиромоторах нет" (no US/EU obstacle);
  "В Харьков к маме всё равно не попасть" (no trip to Ukraine); Natalia "гражданства других
  государств ... не имеет" although born in Kharkiv; Bohdan has no Polish citizenship.
- Residence permit that is not citizenship: Bohdan's Polish "карта побиту" / "вид на жительство".
- Cancelled plan: the May 2024 tour to Belgrade, Serbia (planned, then annulled by the travel agency);
  the mother's idea of meeting them there.
- Domestic trips: the business trip to Kazan (train from Ulyanovsk), the train to Kazan airport,
  Samara airport, an exhibition in Moscow.
- Declined grey-market offer: Ningbo Hengda would ship through Ararat Techservice in Yerevan as
  a false end user (even the Czech units); NSPZ refuses - no alternative_supplier finding (the
  Armenian firm is still a watchlist hit, as it is named).
- Proposed share later rejected: 55% (January 2024); a hypothetical return to parity "if a subsidy
  is granted" in protocol No. 2; the 50/50 draft and 40% of protocol No. 1 are superseded.
- Hypothetical military work: a Ka-28 contract for the Vietnamese Navy that was never signed.
- Civil work: Ka-32A11BC instruments for the civil operator «Байкал-Верт» (fire fighting).
- Reported speech about unnamed people: someone from the assembly shop flew to Tbilisi, some
  technologist's wife got a second passport.
- General news: an industry digest about Japanese and European refusals, no firm named.
- Watchlist near misses: PUSTOVALOV German Igorevich (other patronymic); SHCHEGLOV Vsevolod
  Igorevich born 1958 (the engineer was born 1979); YAMSHCHIKOVA Alevtina Pavlovna (other
  patronymic); HREBENIUK Bohdan Tarasovych born 1992 (the brother was born 1986); NIZHNESURSK
  MECHANICAL PLANT (other firm, same town); SOKAL LLC in Brest (same name, other city); NINGBO
  HENGDA TRADING (other firm, same city as the Chinese maker).

## Files

- `mailbox.mbox`, `loose/001.eml`-`003.eml`: the sources.
- `watchlist.ftm.json`: 11 FollowTheMoney entities (JSON lines), 4 true hits and 7 near misses.
- `truth.json`: entities with every surface form found in the sources and the 31 true findings, in
  the format of `/work/shared/spec/findings-format.md`. Score a run with
  `python3 /work/shared/tools/score_case.py truth.json FINDINGS.json`.
- `make_case.py`: the generator and its `--check`.
"""


# --------------------------------------------------------------------------------------
# decoding (used by the truth builder and by --check)
# --------------------------------------------------------------------------------------


class _HTMLText(html.parser.HTMLParser):
    BLOCK = {"p", "br", "h1", "h2", "h3", "div", "tr", "li", "table", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        self.out.append(data)


def html_text(s):
    p = _HTMLText()
    p.feed(s)
    p.close()
    return "".join(p.out)


def _xml_unescape(s):
    return (s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            .replace("&amp;", "&"))


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        xml = zf.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)
    return "\n".join("".join(_xml_unescape(t) for t in re.findall(r"<w:t[^>]*>(.*?)</w:t>", p, re.S))
                     for p in paras)


def xlsx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        sst = zf.read("xl/sharedStrings.xml").decode("utf-8")
        sheet = zf.read("xl/worksheets/sheet1.xml").decode("utf-8")
    strings = ["".join(_xml_unescape(t) for t in re.findall(r"<t[^>]*>(.*?)</t>", si, re.S))
               for si in re.findall(r"<si>(.*?)</si>", sst, re.S)]
    rows = []
    for row in re.findall(r"<row[^>]*>(.*?)</row>", sheet, re.S):
        cells = []
        for attrs, v in re.findall(r"<c ([^>]*)><v>(.*?)</v></c>", row, re.S):
            cells.append(strings[int(v)] if 't="s"' in attrs else v)
        rows.append("\t".join(cells))
    return "\n".join(rows)


def pdf_lines(data):
    m = re.search(rb"stream\n(.*?)endstream", data, re.S)
    lines = []
    for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", m.group(1)):
        lines.append(re.sub(rb"\\(.)", rb"\1", s).decode("latin-1"))
    return lines


KNOWN_PDFS = [TOKAI_PDF, SAHYADRI_PDF, VOUCHER_PDF]


def pdf_text(data):
    lines = pdf_lines(data)
    if lines not in KNOWN_PDFS:
        raise AssertionError("PDF text is not one of the known strings")
    return "\n".join(lines)


def message_text(msg):
    """Decoded text of a message: its text parts, HTML without tags, DOCX/XLSX/PDF attachments,
    nested messages included."""
    chunks = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "text/plain":
            chunks.append(part.get_content())
        elif ct == "text/html":
            chunks.append(html_text(part.get_content()))
        elif ct == MIME_DOCX:
            chunks.append(docx_text(part.get_content()))
        elif ct == MIME_XLSX:
            chunks.append(xlsx_text(part.get_content()))
        elif ct == MIME_PDF:
            chunks.append(pdf_text(part.get_content()))
    return "\n".join(chunks)


def header_text(msg):
    """Subjects and display names, of the message and of any message nested in it."""
    out = []
    for part in msg.walk():
        if part.get("Subject") is not None:
            out.append(str(part["Subject"]))
        for h in ("From", "To", "Cc"):
            if part.get(h) is not None:
                for a in part[h].addresses:
                    if a.display_name:
                        out.append(a.display_name)
    return "\n".join(out)


def parse(raw):
    return email.message_from_bytes(raw, policy=policy.default)


def loose_id(raw, msg):
    mid_ = msg.get("Message-ID")
    return str(mid_).strip() if mid_ else "<sha256:%s>" % hashlib.sha256(raw).hexdigest()


# --------------------------------------------------------------------------------------
# building
# --------------------------------------------------------------------------------------


def _resolve(part, raws):
    if isinstance(part, tuple) and part[0] == "rfc822":
        return rfc822(raws[part[1]], part[2])
    if isinstance(part, Multi):
        part.parts = [_resolve(p, raws) for p in part.parts]
    return part


def build():
    raws, ids, files = {}, {}, {}
    mbox = []
    for m in messages():
        m["body"] = _resolve(m["body"], raws)
        raw, d = build_message(m)
        raws[m["key"]] = raw
        ids[m["key"]] = m["id"]
        sep = "From %s %s\n" % (m["from"][1], d.strftime("%a %b %d %H:%M:%S %Y"))
        mbox.append(sep.encode("ascii") + raw + b"\n")
    files["mailbox.mbox"] = b"".join(mbox)
    for m in loose_messages():
        m["body"] = _resolve(m["body"], raws)
        raw, d = build_message(m)
        raws[m["key"]] = raw
        ids[m["key"]] = m["id"] or "<sha256:%s>" % hashlib.sha256(raw).hexdigest()
        files["loose/" + m["file"]] = raw
    texts = {}
    for key, raw in raws.items():
        msg = parse(raw)
        texts[key] = (message_text(msg), header_text(msg))

    names = {eid: ns for eid, _, _, ns, _ in ENTITIES}
    findings = []
    for fid, kind, summary, subjects, attrs, ev in FINDINGS:
        findings.append({"id": fid, "kind": kind, "summary": summary, "subjects": subjects, "attributes": attrs,
                         "evidence": [{"message_id": ids[k], "quote": q} for k, q in ev], "confidence": 1.0})
    for fid, eid, entry in WATCH_HITS:
        forms = [n.casefold() for n in names[eid]]
        cited = [k for k in raws if any(f in (texts[k][0] + "\n" + texts[k][1]).casefold() for f in forms)]
        wl = next(w for w in WATCHLIST if w["id"] == entry)
        findings.append({"id": fid, "kind": "watchlist_match",
                         "summary": "%s is on the watchlist as %s." % (
                             next(e[2] for e in ENTITIES if e[0] == eid), wl["caption"]),
                         "subjects": [eid], "attributes": {"list": "watchlist", "entry_id": entry},
                         "evidence": [{"message_id": ids[k], "quote": ""} for k in cited], "confidence": 1.0})
    truth = {"format": "paperchase.findings/1",
             "entities": [{"id": eid, "schema": schema, "name": name, "names": ns, "properties": props}
                          for eid, schema, name, ns, props in ENTITIES],
             "findings": findings}
    files["truth.json"] = (json.dumps(truth, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    files["watchlist.ftm.json"] = "".join(json.dumps(w, ensure_ascii=False) + "\n" for w in WATCHLIST).encode("utf-8")
    sha = ids["l1"][len("<sha256:"):-1]
    files["README.md"] = README.replace("{sha}", sha).encode("utf-8")
    return files


# --------------------------------------------------------------------------------------
# checking
# --------------------------------------------------------------------------------------

SPEC_KINDS = {"military_maintenance", "joint_development", "sanctions_obstacle", "alternative_supplier",
              "equipment_shortage", "foreign_travel", "citizenship", "family_relation", "employment",
              "watchlist_match"}


def check(files):
    problems = []
    for rel, data in files.items():
        path = os.path.join(HERE, rel)
        if not os.path.exists(path):
            problems.append("missing file %s (run make_case.py first)" % rel)
        elif open(path, "rb").read() != data:
            problems.append("%s differs from a fresh generation (not deterministic or stale)" % rel)
    # decode the files on disk, as a tool would
    by_id = {}
    mb = mailbox.mbox(os.path.join(HERE, "mailbox.mbox"), factory=None, create=False)
    n_mbox = 0
    for key in mb.keys():
        raw = mb.get_bytes(key)
        msg = parse(raw)
        n_mbox += 1
        mid_ = str(msg["Message-ID"]).strip()
        if mid_ in by_id:
            problems.append("duplicate Message-ID %s" % mid_)
        by_id[mid_] = (message_text(msg), header_text(msg), raw)
    loose_dir = os.path.join(HERE, "loose")
    n_loose, no_id = 0, 0
    for fn in sorted(os.listdir(loose_dir)):
        raw = open(os.path.join(loose_dir, fn), "rb").read()
        msg = parse(raw)
        n_loose += 1
        no_id += msg.get("Message-ID") is None
        by_id[loose_id(raw, msg)] = (message_text(msg), header_text(msg), raw)
    if not 60 <= n_mbox <= 70:
        problems.append("mailbox has %d messages" % n_mbox)
    if not 2 <= n_loose <= 4 or no_id < 1:
        problems.append("loose: %d files, %d without Message-ID" % (n_loose, no_id))
    for mid_, (_, _, raw) in by_id.items():
        for ln in raw.split(b"\n"):
            if len(ln) > 998:
                problems.append("%s: line longer than 998 bytes" % mid_)
            if ln.startswith(b"From "):
                problems.append("%s: body line starts with 'From '" % mid_)
    truth = json.loads(open(os.path.join(HERE, "truth.json"), encoding="utf-8").read())
    watch = [json.loads(ln) for ln in open(os.path.join(HERE, "watchlist.ftm.json"), encoding="utf-8") if ln.strip()]
    watch_ids = {w["id"] for w in watch}
    ent_ids = {e["id"] for e in truth["entities"]}
    corpus = "\n".join(t + "\n" + h for t, h, _ in by_id.values()).casefold()
    seen_forms = {}
    for e in truth["entities"]:
        for n in e["names"]:
            f = " ".join(n.casefold().split())
            if f in seen_forms and seen_forms[f] != e["id"]:
                problems.append("form %r shared by %s and %s" % (n, seen_forms[f], e["id"]))
            seen_forms[f] = e["id"]
            if n.casefold() not in corpus:
                problems.append("entity %s: form %r not found in the sources" % (e["id"], n))
    kinds = set()
    for f in truth["findings"]:
        kinds.add(f["kind"])
        for s in f["subjects"]:
            if s not in ent_ids:
                problems.append("%s: unknown subject %s" % (f["id"], s))
        if f["kind"] == "watchlist_match" and f["attributes"]["entry_id"] not in watch_ids:
            problems.append("%s: unknown watchlist entry" % f["id"])
        if not f["evidence"]:
            problems.append("%s: no evidence" % f["id"])
        for ev in f["evidence"]:
            if ev["message_id"] not in by_id:
                problems.append("%s: cites unknown message %s" % (f["id"], ev["message_id"]))
            elif ev["quote"] not in by_id[ev["message_id"]][0]:
                problems.append("%s: quote not found in %s: %r" % (f["id"], ev["message_id"], ev["quote"][:80]))
    if kinds != SPEC_KINDS:
        problems.append("finding kinds missing: %s" % sorted(SPEC_KINDS - kinds))
    return problems, n_mbox, n_loose, len(truth["findings"])


def main(argv):
    files = build()
    if "--check" in argv:
        problems, n_mbox, n_loose, n_find = check(files)
        for p in problems:
            print("PROBLEM:", p)
        print("%d mbox messages, %d loose, %d findings: %s" % (
            n_mbox, n_loose, n_find, "OK" if not problems else "%d problems" % len(problems)))
        return 1 if problems else 0
    os.makedirs(os.path.join(HERE, "loose"), exist_ok=True)
    for rel, data in files.items():
        with open(os.path.join(HERE, rel), "wb") as fh:
            fh.write(data)
    print("wrote %s" % ", ".join(sorted(files)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
