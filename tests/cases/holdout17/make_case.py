#!/usr/bin/env python3
"""Build the holdout17 case: the mailbox of a deputy chief designer at a fictional
helicopter engine and gearbox repair plant near Mogilev (Belarus).

Standard library only, deterministic (fixed dates, no randomness). Writes
mailbox.mbox, loose/*.eml, watchlist.ftm.json, truth.json next to this script and
runs the self-checks described in README.md.

    python3 make_case.py            # build and check
    python3 make_case.py --no-tool  # build and run only the checks that need no tool
"""
import base64
import hashlib
import io
import json
import os
import quopri
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PAPERCHASE = "/work/main/.venv/bin/paperchase"
SCORER = "/work/shared/tools/score_case.py"

# --------------------------------------------------------------------------
# MIME helpers (raw bytes, LF line endings)
# --------------------------------------------------------------------------


def _qword(b):
    out = []
    for x in b:
        c = chr(x)
        if c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % x)
    return "".join(out)


def enc_words(text, charset="utf-8", mode="B"):
    """RFC 2047 encoded words, split on character boundaries."""
    if text.isascii() and mode != "force":
        return text
    if mode == "force":
        mode = "B"
    chunks, cur = [], ""
    for ch in text:
        if len((cur + ch).encode(charset)) > 30:
            chunks.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        chunks.append(cur)
    words = []
    for c in chunks:
        b = c.encode(charset)
        if mode == "B":
            words.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode()))
        else:
            words.append("=?%s?Q?%s?=" % (charset, _qword(b)))
    return "\n ".join(words)


def addr(name, email, charset="utf-8", mode="B"):
    if not name:
        return "<%s>" % email
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    if name.isascii():
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (enc_words(name, charset, mode), email)


def leaf(text, subtype="plain", charset="utf-8", cte="base64", declare=True):
    data = text.replace("\r\n", "\n").encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(data)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data)
        if not payload.endswith(b"\n"):
            payload += b"\n"
    else:
        payload = data if data.endswith(b"\n") else data + b"\n"
    ct = 'text/%s; charset="%s"' % (subtype, charset) if declare else "text/%s" % subtype
    return [("Content-Type", ct), ("Content-Transfer-Encoding", cte)], payload


def attachment(data, ctype, filename, style="2231"):
    if filename.isascii():
        cd = 'attachment; filename="%s"' % filename
        ct = '%s; name="%s"' % (ctype, filename)
    elif style == "2231":
        q = "".join(c if (c.isascii() and (c.isalnum() or c in "._-")) else
                    "".join("%%%02X" % b for b in c.encode("utf-8")) for c in filename)
        cd = "attachment; filename*=utf-8''%s" % q
        ct = "%s; name*=utf-8''%s" % (ctype, q)
    else:
        w = enc_words(filename, "utf-8", "B").replace("\n ", "")
        cd = 'attachment; filename="%s"' % w
        ct = '%s; name="%s"' % (ctype, w)
    return [("Content-Type", ct), ("Content-Disposition", cd),
            ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data)


def text_attachment(text, charset, filename):
    data = text.encode(charset)
    return [("Content-Type", 'text/plain; charset="%s"; name="%s"' % (charset, filename)),
            ("Content-Disposition", 'attachment; filename="%s"' % filename),
            ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data)


def multipart(subtype, parts, boundary):
    body = b"This is a multi-part message in MIME format.\n\n"
    for h, p in parts:
        body += b"--" + boundary.encode() + b"\n"
        body += b"".join(("%s: %s\n" % kv).encode("ascii") for kv in h) + b"\n"
        body += p if p.endswith(b"\n") else p + b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return [("Content-Type", 'multipart/%s;\n boundary="%s"' % (subtype, boundary))], body


# --------------------------------------------------------------------------
# Minimal OOXML and PDF writers
# --------------------------------------------------------------------------
ZDATE = (2024, 1, 10, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def make_docx(paragraphs):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p)
                   for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W, body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheet_name, rows):
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
    NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="%s">'
             '<sheetData>%s</sheetData></worksheet>' % (NS, "".join(xml_rows)))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="%s" count="%d" '
           'uniqueCount="%d">%s</sst>' % (NS, len(strings), len(strings),
                                          "".join('<si><t xml:space="preserve">%s</t></si>' % xesc(s)
                                                  for s in strings)))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="%s" xmlns:r="%s">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>'
          % (NS, RNS, xesc(sheet_name)))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="%s/sharedStrings" Target="sharedStrings.xml"/>'
              '</Relationships>' % (RNS, RNS))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>' % RNS)
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet),
                 ("xl/sharedStrings.xml", sst)])


def make_pdf(lines, producer="PMS"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT\n/F1 11 Tf\n14 TL\n50 790 Td\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(content.encode("latin-1")), content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Producer (%s) /CreationDate (D:20240716100200+02'00') >>" % producer,
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for off in offsets:
        out += ("%010d 00000 n \n" % off).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref)).encode()
    return out


# --------------------------------------------------------------------------
# The messages
# --------------------------------------------------------------------------
TZ = timezone(timedelta(hours=3))
MSGS = []          # in mailbox order
BYKEY = {}


def mid(key, domain):
    return "<%s@%s>" % (hashlib.sha1(("holdout17/" + key).encode()).hexdigest()[:16], domain)


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def add(key, date, frm, to, subject, body, *, cc=None, domain="paaz.example.by", subj_cs="utf-8",
        subj_mode="B", frm_cs="utf-8", frm_mode="B", to_cs="utf-8", cs="utf-8", cte="base64",
        subtype="plain", html=None, alt=False, attachments=(), reply_to=None, mailer=None,
        declare=True, where="mbox", no_mid=False, check_text=None, att_texts=()):
    """Register one message. body: the text/plain (or text/html when subtype='html')."""
    m = dict(key=key, date=date, frm=frm, to=to, cc=cc or [], subject=subject, body=body,
             domain=domain, subj_cs=subj_cs, subj_mode=subj_mode, frm_cs=frm_cs, frm_mode=frm_mode,
             to_cs=to_cs, cs=cs, cte=cte, subtype=subtype, html=html, alt=alt,
             attachments=list(attachments), reply_to=reply_to, mailer=mailer, declare=declare,
             where=where, no_mid=no_mid, att_texts=list(att_texts))
    m["message_id"] = None if no_mid else mid(key, domain)
    # the text an analyst reads (for the pre-checks before the tool is run)
    m["plain"] = check_text if check_text is not None else body
    MSGS.append(m)
    BYKEY[key] = m
    return m


def D(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def fmt_date(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def render(m):
    hdrs = []
    fn, fe = m["frm"]
    hdrs.append(("From", addr(fn, fe, m["frm_cs"], m["frm_mode"])))
    hdrs.append(("To", ",\n ".join(addr(n, e, m["to_cs"]) for n, e in m["to"])))
    if m["cc"]:
        hdrs.append(("Cc", ",\n ".join(addr(n, e, m["to_cs"]) for n, e in m["cc"])))
    hdrs.append(("Subject", enc_words(m["subject"], m["subj_cs"], m["subj_mode"])))
    hdrs.append(("Date", fmt_date(m["date"])))
    if m["message_id"]:
        hdrs.append(("Message-ID", m["message_id"]))
    if m["reply_to"]:
        parent = BYKEY[m["reply_to"]]
        if parent["message_id"]:
            hdrs.append(("In-Reply-To", parent["message_id"]))
            hdrs.append(("References", parent["message_id"]))
    hdrs.append(("MIME-Version", "1.0"))
    if m["mailer"]:
        hdrs.append(("X-Mailer", m["mailer"]))
    b = "b_%s_%s" % (m["key"], hashlib.md5(m["key"].encode()).hexdigest()[:10])
    if m["alt"]:
        main = multipart("alternative", [leaf(m["body"], "plain", m["cs"], m["cte"]),
                                          leaf(m["html"], "html", m["cs"], m["cte"])], b + "_alt")
    else:
        main = leaf(m["body"], m["subtype"], m["cs"], m["cte"], m["declare"])
    if m["attachments"]:
        main = multipart("mixed", [main] + m["attachments"], b + "_mix")
    h, payload = main
    raw = "".join("%s: %s\n" % kv for kv in hdrs + h).encode("ascii") + b"\n" + payload
    return raw


# ---------------------------------------------------------------- people
HAI = ("Віталь Гайдукоў", "v.haidukou@paaz.example.by")
HAI_RU = ("Гайдуков Виталий Алексеевич", "v.haidukou@paaz.example.by")
HAI_EN = ("Vitali Haidukou", "v.haidukou@paaz.example.by")
PRA = ("Пракопаў Генадзь Уладзіміравіч", "g.prakopau@paaz.example.by")
ZEN = ("Зянькевіч Тамара Іванаўна", "t.ziankevich@paaz.example.by")
ZEN_EN = ("Tamara Ziankevich", "t.ziankevich@paaz.example.by")
KHA = ("Хайруллин Рустам Ильдарович", "r.khairullin@kbidel.example.ru")
KUR = ("Denis Kurochkin", "kurochkin@atk.example.ru")
WANG = ("Wang Xiaoyan", "wang.xiaoyan@hengtai-bearing.example.cn")
AYD = ("Kerem Aydınoğlu", "kerem.aydinoglu@bogazici.example.com")
NOV = ("Pavel Novotný", "p.novotny@hanacka.example.cz")
YUL = ("Юлия Гайдукова", "yulia.gaidukova@mail.example.ru")
NIKA = ("Nika Hajdukowa", "weronika.hajdukowa@poczta.example.pl")
ALL = ("Усе карыстальнікі", "all@paaz.example.by")
HEADS = ("Кіраўнікі падраздзяленняў", "heads@paaz.example.by")
IT = ("Аддзел ІТ", "it@paaz.example.by")
PROF = ("Прафкам ААТ «ПААЗ»", "profkom@paaz.example.by")

SIG_HAI_BY = """--
Віталь Гайдукоў
намеснік галоўнага канструктара
ААТ «Палыкавіцкі авіяагрэгатны завод»
тэл. +375 222 71-43-08, моб. +375 29 615-27-40"""

SIG_HAI_RU = """--
С уважением,
В.А. Гайдуков
заместитель главного конструктора
ОАО «Полыковичский авиаагрегатный завод»
тел. +375 222 71-43-08"""

SIG_ZEN_BY = """Т.І. Зянькевіч
начальнік аддзела матэрыяльна-тэхнічнага забеспячэння
ААТ «ПААЗ»
тэл. +375 222 71-40-55"""

# ---------------------------------------------------------------- January
add("it_pass1", D("2024-01-09 08:12"), IT, [ALL], "Абавязковая змена пароля да 19.01", """Паважаныя карыстальнікі!

Згодна з палітыкай інфармацыйнай бяспекі пароль да рабочага ўліковага запісу трэба змяніць да 19 студзеня 2024 г. Новы пароль - не менш за 10 сімвалаў, лічбы і літары абодвух рэгістраў. Паролі, якія ўжо выкарыстоўваліся раней, сістэма не прыме.

Калі пры змене ўзнікнуць пытанні, тэлефануйце па ўнутраным 41-10.

Аддзел інфармацыйных тэхналогій
""", cte="quoted-printable")

PLAN_ROWS = [
    ["Выраб", "Верталёт", "Колькасць", "Заказчык", "Тэрмін"],
    ["ТВ3-117ВМ", "Мі-8АМТШ", 10, "МА РФ (в/ч 63718)", "I–IV кв."],
    ["ВР-14", "Мі-8АМТШ", 5, "МА РФ (в/ч 63718)", "II–IV кв."],
    ["ТВ3-117", "Мі-24П", 6, "ВПС і войскі СПА ВС РБ", "I–III кв."],
    ["ТВ3-117", "Мі-8МТВ-5", 4, "ВПС і войскі СПА ВС РБ", "II–IV кв."],
    ["ВР-14", "Мі-8МТВ-5", 3, "ВПС і войскі СПА ВС РБ", "III–IV кв."],
    ["ТВ3-117ВМ", "Мі-8МТВ-1", 4,
     "ТАА «АвіяТэхКамплект» (канчатковы атрымальнік – МА Рэспублікі Казахстан)", "III–IV кв."],
]
PLAN_TEXT = "\n".join("\t".join(str(c) for c in r) for r in PLAN_ROWS)
add("plan2024", D("2024-01-11 09:40"), PRA, [HEADS], "План рамонту на 2024 год", """Калегі, добры дзень.

У дадатку - зацверджаны план рамонту і мадэрнізацыі на 2024 год. Звярніце ўвагу: па расійскім заказе (Міністэрства абароны Расійскай Федэрацыі) колькасць рухавікоў ТВ3-117ВМ павялічана з 8 да 10, тэрміны не зрушваюцца. Рэдуктары ВР-14 для Мі-8АМТШ - 5 шт., з іх два з мадэрнізацыяй па бюлетэні 14-0317.

Па нашых ВПС і войсках СПА: шэсць рухавікоў ТВ3-117 з Мі-24П, чатыры - з Мі-8МТВ-5 і тры галоўныя рэдуктары ВР-14.

Казахстанскі заказ ідзе праз расійскага пасрэдніка, ТАА «АвіяТэхКамплект»: чатыры рухавікі ТВ3-117ВМ з Мі-8МТВ-1, канчатковы атрымальнік - Міністэрства абароны Рэспублікі Казахстан. Дакументы па гэтым заказе праз агульную канцылярыю не пускаць, толькі праз аддзел ВЭД.

Віталь Аляксеевіч, прашу да 20.01 падаць графік загрузкі стэндаў пад гэты план.

Генеральны дырэктар
Г.У. Пракопаў
""", attachments=[attachment(make_xlsx("План 2024", PLAN_ROWS),
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             "План_рамонту_2024.xlsx", "2231")],
    att_texts=[PLAN_TEXT], mailer="Microsoft Outlook 16.0")

add("canteen1", D("2024-01-15 07:55"), ("Камбінат харчавання", "stalovaja@paaz.example.by"), [ALL],
    "Меню сталовай на 15–19 студзеня", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body><h3>Меню сталовай №2 (корпус 1) на тыдзень</h3>
<table border="1" cellpadding="3">
<tr><td>Панядзелак</td><td>Боршч, катлета па-мінску, бульбяное пюрэ, кампот</td></tr>
<tr><td>Аўторак</td><td>Суп фасолевы, дранікі са смятанай, кісель</td></tr>
<tr><td>Серада</td><td>Расольнік, тушаная капуста з каўбаскамі, чай</td></tr>
<tr><td>Чацвер</td><td>Суп гарохавы, рыба пад маранадам, рыс, сок</td></tr>
<tr><td>Пятніца</td><td>Халаднік, мачанка з блінамі, кампот</td></tr>
</table>
<p>Комплексны абед - 7,40 руб. Аплата картай праз тэрмінал.</p></body></html>
""", subtype="html", cs="windows-1251", cte="quoted-printable", frm_cs="windows-1251",
    check_text="Панядзелак Боршч, катлета па-мінску")

KHA_PROPOSAL = """Уважаемый Виталий Алексеевич!

По итогам нашего разговора на выставке в Минске направляю предложение КБ "Идель" о совместной опытно-конструкторской работе по беспилотному вертолету-разведчику "Сыч-2" (взлетная масса до 450 кг, радиус разведки 150 км).

Предлагаемое распределение работ:
- КБ "Идель": планер, несущая система, бортовой комплекс разведки, наземная станция управления;
- ОАО "Полыковичский авиаагрегатный завод": главный редуктор, хвостовая трансмиссия, изготовление опытной партии редукторов и их стендовые испытания.

Финансирование ОКР предлагаем в равных долях, по 50 % с каждой стороны. Заказчик с российской стороны - Минобороны России, с белорусской, как мы понимаем, решение будет за вашим Госкомвоенпромом.

Если в целом подход устраивает, готовы прислать проект меморандума к концу месяца.

С уважением,
Р.И. Хайруллин
главный конструктор
АО "КБ "Идель"
г. Казань
тел. +7 843 200-17-64
"""
add("kha_offer", D("2024-01-18 16:05"), KHA, [HAI_RU], 'Предложение о совместной ОКР "Сыч-2"',
    KHA_PROPOSAL, domain="kbidel.example.ru", subj_cs="koi8-r", subj_mode="Q", frm_cs="koi8-r",
    to_cs="koi8-r", cs="koi8-r", cte="8bit", mailer="Mozilla Thunderbird 115.6.0")

add("fwd_offer", D("2024-01-19 08:47"), HAI, [PRA], 'Fwd: Предложение о совместной ОКР "Сыч-2"',
    """Генадзь Уладзіміравіч,

перасылаю прапанову КБ «Ідэль» (Р.І. Хайрулін) па беспілотным верталёце «Сыч-2». Наша частка - галоўны рэдуктар і хваставая трансмісія, гэта якраз наш профіль. Тое, што яны хочуць 50 на 50, на мой погляд, зашмат: планер і бартавы комплекс у іх каштуюць больш за ўсю нашу частку. Але ад самой працы адмаўляцца не варта.

Калі паставіце ў план, падрыхтую тэхнічную частку меморандума.

В. Гайдукоў

---------- Пераасланы ліст ----------
Ад: Хайруллин Рустам Ильдарович <r.khairullin@kbidel.example.ru>
Дата: 18.01.2024 16:05
Тэма: Предложение о совместной ОКР "Сыч-2"
Каму: Гайдуков Виталий Алексеевич <v.haidukou@paaz.example.by>

""" + KHA_PROPOSAL, cte="quoted-printable", mailer="Microsoft Outlook 16.0")

add("pool", D("2024-01-23 12:30"), PROF, [ALL], "Абанементы ў басейн «Дэльфін»", """Шаноўныя члены прафсаюза!

Прафкам завода мае 40 абанементаў у басейн «Дэльфін» на люты і сакавік па кошце 30 % ад поўнага. Заяўкі прымаюцца ў каб. 214 да 31 студзеня, пры сабе мець прафсаюзны білет.

Старшыня прафкама А.М. Лісоўская
""", cte="8bit")

add("bank1", D("2024-01-29 06:02"), ("Нёман-Банк", "noreply@nemanbank.example.by"), [HAI],
    "Выписка по карточному счёту за январь", """Уважаемый клиент!

Выписка по карточному счёту ****3381 за январь 2024 г. сформирована и доступна в интернет-банке в разделе «Счета и карты».

Напоминаем: сотрудники банка никогда не запрашивают CVV-код и пароли из SMS.

С уважением,
ОАО «Нёман-Банк»
Это письмо сформировано автоматически, отвечать на него не нужно.
""", cs="windows-1251", cte="quoted-printable", frm_cs="windows-1251")

add("parking", D("2024-02-01 10:15"), ("Адміністрацыйна-гаспадарчая служба", "ags@paaz.example.by"),
    [ALL], "Парковка каля корпуса 3", """Калегі!

З 5 лютага парковка каля корпуса 3 закрываецца на рамонт пакрыцця прыкладна на тры тыдні. Службовыя аўтамабілі ставім на пляцоўку каля КПП-2, асабістыя - на грамадскую стаянку па вуліцы Аўтазаводскай.

Просім паставіцца з разуменнем.
АГС
""", cte="8bit")

# ---------------------------------------------------------------- February: bearings
NOV_LETTER = """Dear Ms Ziankevich,

Thank you for your enquiry 24/017 of 22 January for angular contact ball bearings and cylindrical roller bearings (our types HL 7214 ACM, HL NU 2218 and HL 3062) for VR-14 helicopter main gearboxes.

I regret to inform you that we cannot quote. After the review by our compliance department we have to apply Council Regulation (EC) No 765/2006 as amended: the bearings are listed items and their sale and export to Belarus is prohibited. This also concerns deliveries through third countries or distributors.

We value the many years of cooperation with your plant and hope for your understanding.
"""
add("novotny", D("2024-02-05 11:20"), NOV, [ZEN_EN], "Odpověď: poptávka ložisek 24/017 (RFQ 24/017 - bearings)",
    NOV_LETTER + """
Kind regards,

Ing. Pavel Novotný
Export Sales Manager
Hanácká ložiska a.s.
Přerov, Czech Republic
tel. +420 581 300 412
""", cc=[HAI_EN], domain="hanacka.example.cz", subj_cs="iso-8859-2", subj_mode="Q",
    frm_cs="iso-8859-2", frm_mode="Q", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

ZEN_CZ = """Віталь Аляксеевіч, добры дзень.

Вось і чэхі. Hanacka loziska адмовіла па ўсіх трох тыпах падшыпнікаў для ВР-14 - спасылаюцца на санкцыі ЕС супраць Беларусі, праз трэція краіны таксама не будуць. Гэта былі нашы асноўныя падшыпнікі для галоўных і прамежкавых рэдуктараў.

Прашу да канца тыдня даць спіс тыпаў, па якіх канструктары дапускаюць замену, і патрабаванні да аналагаў. Буду шукаць.
"""
add("zen_cz", D("2024-02-06 14:02"), ZEN, [HAI], "FW: RFQ 24/017 - bearings", ZEN_CZ + "\n" + SIG_ZEN_BY + """

-----Original Message-----
From: Pavel Novotny <p.novotny@hanacka.example.cz>
Sent: Monday, February 5, 2024 11:20 AM
To: Tamara Ziankevich
Cc: Vitali Haidukou
Subject: RFQ 24/017 - bearings

""" + NOV_LETTER, cc=[PRA], cs="windows-1251", cte="base64", frm_cs="windows-1251",
    to_cs="windows-1251", mailer="Microsoft Outlook 16.0")

add("hai_cz", D("2024-02-08 09:31"), HAI, [ZEN], "Re: FW: RFQ 24/017 - bearings", """Тамара Іванаўна,

спіс тыпаў з дапушчальнымі заменамі будзе ў пятніцу. Па сутнасці: калі б санкцыі знялі, я б і не шукаў нічога, вярнуліся б да чэхаў - лепшых падшыпнікаў для ВР-14 я не бачыў. Але разлічваць на гэта не выпадае. Паглядзіце кітайцаў: на выставе ў Мінску хтосьці з Лаяна раздаваў каталогі, у мяне засталася візітоўка, перашлю.

В. Гайдукоў

06.02.2024 14:02, Зянькевіч Тамара Іванаўна піша:
""" + quote_lines(ZEN_CZ), reply_to="zen_cz", cte="8bit", mailer="Mozilla Thunderbird 115.7.0")

add("it_av", D("2024-02-12 15:40"), ("ОИТ", "it@paaz.example.by"), [ALL], "Обновление антивируса",
    """Коллеги!

В ночь с 14 на 15 февраля будет обновлен антивирусный комплекс на всех рабочих станциях. Компьютеры не выключать, перезагрузка произойдет автоматически около 03:00. Несохраненные документы закройте заранее.

Отдел информационных технологий
""", cs="koi8-r", cte="8bit", subj_cs="koi8-r", frm_cs="koi8-r", to_cs="koi8-r")

add("memo50", D("2024-02-14 17:22"), KHA, [HAI_RU], "Меморандум по «Сыч-2» — подписан", """Виталий Алексеевич, добрый день!

Меморандум о совместной разработке беспилотного вертолёта «Сыч-2» подписан нашим генеральным директором 12 февраля, оригиналы уйдут фельдсвязью в адрес Геннадия Владимировича.

Зафиксировали, как обсуждали по телефону: ОКР выполняется совместно, финансирование на этапе эскизного проекта - 50 на 50, окончательные доли определим протоколом после защиты эскизного проекта. Ведущими назначены с нашей стороны я, с вашей - Вы.

Первым делом нужны от вас исходные данные по главному редуктору: передаточное отношение, масса, ресурс. Жду до конца марта.

Р.И. Хайруллин
главный конструктор АО «КБ «Идель»
""", domain="kbidel.example.ru", frm_cs="koi8-r", cte="quoted-printable", mailer="Mozilla Thunderbird 115.7.0")

add("phish", D("2024-02-20 03:14"), ("Mail Administrator", "admin@secure-mailbox.example.net"), [HAI_EN],
    "Your mailbox storage is 98% full", """Dear user,

Your mailbox v.haidukou@paaz.example.by has reached 98% of its storage quota. Incoming messages will be rejected within 24 hours.

To keep receiving mail, verify your account here: http://secure-mailbox.example.net/verify

Mail Administrator
""", domain="secure-mailbox.example.net", cs="us-ascii", cte="7bit")

# ---------------------------------------------------------------- US electronics
BL_TEXT = """Dear Mr. Haidukou,

Thank you for your request for quotation BL-24-0388 (16-bit ADCs, FPGAs, MEMS inertial sensors and DC/DC power modules, 40 pcs each).

From our compliance screening: the end user, Palykavichy Aero-Units Plant OJSC, is located in Belarus. Since 2022 the U.S. Export Administration Regulations require a license for exports and re-exports of these items to Belarus, and such applications are reviewed under a policy of denial. Brightline Components is therefore unable to quote or ship, directly or through any distributor.

Please do not resend this request through affiliates or third parties.

Trade Compliance Team
Brightline Components Inc.
Austin, Texas
"""
BL_HTML = "<html><body>" + "".join("<p>%s</p>" % xesc(p).replace("\n", "<br>")
                                   for p in BL_TEXT.strip().split("\n\n")) + "</body></html>\n"
add("brightline", D("2024-02-26 18:03"), ("Brightline Components - Trade Compliance", "compliance@brightline.example.com"),
    [HAI_EN], "RFQ BL-24-0388 / PAAZ - unable to quote", BL_TEXT, html=BL_HTML, alt=True,
    domain="brightline.example.com", cs="utf-8", cte="7bit")

HAI_US = """Рустам Ильдарович, добрый день.

По электронике для блока контроля главного редуктора "Сыч-2" у нас тупик: американский дистрибьютор Brightline отказал - экспортный контроль США, лицензии на Беларусь не дают, и отдельно попросили не пытаться через третьи страны. Речь об АЦП, ПЛИС и МЭМС-датчиках по нашему перечню.

Вопрос: можете ли вы закрыть эту часть у себя, российской элементной базой, а мы поставим только механику? Исходные данные по редуктору вышлю, как обещал, до 29 марта.
"""
add("hai_us", D("2024-02-27 10:12"), HAI_RU, [KHA], "Электроника блока контроля редуктора",
    HAI_US + "\n" + SIG_HAI_RU + "\n", cs="windows-1251", cte="quoted-printable", frm_cs="windows-1251",
    to_cs="windows-1251", mailer="Microsoft Outlook 16.0")

# ---------------------------------------------------------------- March: Turkish offer (declined)
AYD_TEXT = """Dear Ms Ziankevich, dear Mr Haidukou,

A mutual friend at the Minsk exhibition told us that you are looking for US-made electronic components. Boğaziçi Komponent holds stock in Istanbul of most of the items on your list (16-bit ADCs, FPGAs, MEMS IMUs, power modules), original manufacturer packaging with date codes 2022-2023.

We can invoice from our Turkish company and ship to Almaty or Moscow, where your forwarder can take over; the paperwork will not mention Belarus. Prices are about 2.5 times the catalogue price, payment 100 % in advance in USD or CNY.

Looking forward to your reply.
"""
add("aydin", D("2024-03-04 13:48"), AYD, [ZEN_EN, HAI_EN], "Teklif / Offer: US components, ex-stock İstanbul",
    AYD_TEXT + """
Kerem Aydınoğlu
Sales Director
Boğaziçi Komponent Elektronik Ltd. Şti.
İkitelli OSB, İstanbul, Türkiye
+90 212 555 03 17
""", domain="bogazici.example.com", subj_cs="iso-8859-9", subj_mode="Q", frm_cs="iso-8859-9",
    frm_mode="Q", cte="quoted-printable")

add("zen_tr", D("2024-03-06 11:05"), ZEN, [HAI], "Re: Teklif / Offer: US components, ex-stock İstanbul",
    """Віталь Аляксеевіч,

турэцкую прапанову (Багазічы, Айдыноглу) я абмеркавала з ВЭД і юрыстамі - не бярэм. Гэта той жа амерыканскі тавар, толькі праз трэція рукі і з «чыстымі» паперамі. Наш банк такі плацёж не правядзе, а калі гэта выплыве, пад другасныя санкцыі трапіць увесь завод, а не толькі гэтыя мікрасхемы. Ды і кошт у два з паловай разы не для нас.

Сёння адкажу ім адмовай. Па электроніцы застаецца надзея на Казань.

Т.І. Зянькевіч

> Boğaziçi Komponent holds stock in Istanbul of most of the items on your list (16-bit ADCs, FPGAs, MEMS IMUs, power modules), original manufacturer packaging with date codes 2022-2023.
""", reply_to="aydin", cte="base64", frm_cs="windows-1251", mailer="Microsoft Outlook 16.0")

add("zen_tr_no", D("2024-03-07 09:10"), ZEN_EN, [AYD], "Re: Teklif / Offer: US components, ex-stock Istanbul",
    """Dear Mr Aydinoglu,

thank you for your offer. After consideration we will not proceed with it and ask you not to reserve any items for us.

Best regards,
Tamara Ziankevich
Head of Procurement
PAAZ, Mogilev, Belarus
""", cc=[HAI_EN], reply_to="aydin", cs="us-ascii", cte="7bit", to_cs="iso-8859-9", mailer="Microsoft Outlook 16.0")

add("nesvizh", D("2024-03-11 14:20"), PROF, [ALL], "Экскурсія ў Нясвіж і Мір, 6 красавіка", """Шаноўныя калегі!

Прафкам арганізуе аднадзённую экскурсію ў Нясвіж і Мір у суботу 6 красавіка. Аўтобус ад цэнтральнай прахадной у 7:00, вяртанне каля 21:00. Кошт для членаў прафсаюза - 25 руб., для членаў сям'і - 40 руб., дзеці да 12 гадоў - бясплатна.

Запіс у каб. 214 да 29 сакавіка.

Прафкам
""", cs="windows-1251", cte="8bit", frm_cs="windows-1251", to_cs="windows-1251")

# ---------------------------------------------------------------- Chinese bearings (taken up)
WANG_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<p>Dear Ms Ziankevich,</p>
<p>Thank you for visiting our stand at the Minsk exhibition. As discussed, Luoyang Hengtai Precision Bearing Co., Ltd. manufactures high-precision angular contact ball bearings and cylindrical roller bearings for helicopter main and intermediate gearboxes.</p>
<p>We have compared the types from your list with our production: HT-7214AC, HT-NU2218E and HT-3062 are direct replacements for the Czech bearings of the VR-14 gearbox, with the same dimensions and load ratings.</p>
<p>Our bearings are made of our own M50-equivalent steel, with heat treatment and grinding in Luoyang. We can send 6 samples of each type free of charge within 4 weeks, and we would be glad to receive you at our plant.</p>
<p>Best regards,<br>Wang Xiaoyan (王晓燕)<br>Export Sales Manager<br>Luoyang Hengtai Precision Bearing Co., Ltd.<br>Luoyang, Henan, China</p>
</body></html>
"""
add("wang_offer", D("2024-03-14 10:33"), WANG, [ZEN_EN], "Hengtai bearings for helicopter transmissions - offer",
    WANG_HTML, cc=[HAI_EN], domain="hengtai-bearing.example.cn", subtype="html", cs="utf-8", cte="base64",
    check_text=re.sub(r"<[^>]+>", " ", WANG_HTML))

add("hai_cn", D("2024-03-18 16:44"), HAI, [ZEN], "Кітайскія падшыпнікі - узоры", """Тамара Іванаўна,

паглядзеў прапанову Хэнтай і іх каталог. Па габарытах і нагрузках HT-7214AC і HT-NU2218E супадаюць з чэшскімі, па HT-3062 ёсць пытанне да сепаратара, трэба глядзець жывы ўзор. Прашу браць узоры, па шэсць штук кожнага тыпу, як яны прапануюць. Выпрабуем на стэндзе прамежкавага рэдуктара.

Калі ўзоры пройдуць, лагічна з'ездзіць да іх на завод і паглядзець вытворчасць на свае вочы, перш чым падпісваць кантракт.

В. Гайдукоў
""", reply_to="wang_offer", cte="base64", mailer="Mozilla Thunderbird 115.8.0")

NEWS_TXT = """АвиаПульс - еженедельный дайджест, выпуск 11/2024

1. Выставка вертолетной индустрии в этом году пройдет в мае, регистрация участников открыта до 15 апреля.
2. Росавиация опубликовала проект новых правил поддержания летной годности вертолетов гражданской авиации.
3. Аналитики ожидают рост рынка подержанных вертолетов в Азии на 6-8 % в год.

Отписаться от рассылки: https://aviapulse.example.com/unsubscribe
"""
NEWS_HTML = "<html><body><h2>АвиаПульс</h2>" + "".join("<p>%s</p>" % xesc(p) for p in NEWS_TXT.strip().split("\n")) + "</body></html>\n"
add("news1", D("2024-03-20 07:00"), ("АвиаПульс", "digest@aviapulse.example.com"), [HAI_EN],
    "АвиаПульс: дайджест недели", NEWS_TXT, html=NEWS_HTML, alt=True, domain="aviapulse.example.com",
    cte="quoted-printable")

# ---------------------------------------------------------------- Kazakhstan via Russian intermediary
KUR1 = """Vitalij Alekseevich, dobryj den'!

Pishu s telefona, izvinite za latinicu. Po kazahskomu zakazu: zakazchik okonchatel'no podtverdil 4 dvigatelya TV3-117VM s vertoletov Mi-8MTV-1 i dopolnitel'no 2 glavnyh reduktora VR-14. Konechnyj poluchatel' - Ministerstvo oborony Respubliki Kazahstan, kontrakt s nimi u nas, s vami - nash dogovor podryada, kak v proshlom godu.

Dvigateli pridut v Mogilev zheleznoj dorogoj cherez Rossiyu v mae, dokumenty oformim kak remontnyj fond iz RF. Proshu podtverdit', chto VR-14 vy voz'mete v etom godu.
"""
add("kur1", D("2024-03-26 18:47"), KUR, [HAI_EN], "kazahskij zakaz - TV3-117VM", KUR1 + """
S uvazheniem,
Denis Kurochkin
kommercheskij direktor
OOO "AviaTehKomplekt", g. Zhukovskij
+7 916 305-44-81
""", domain="atk.example.ru", cs="us-ascii", cte="7bit", mailer="K-9 Mail for Android")

add("hai_kur", D("2024-03-27 09:05"), HAI_RU, [KUR], "Re: kazahskij zakaz - TV3-117VM", """Денис Валерьевич, добрый день.

Двигатели ТВ3-117ВМ для Казахстана берем, место в плане на III квартал есть. С двумя ВР-14 сложнее: испытательный стенд для главных редукторов у нас один, старый, и до осени он занят редукторами Минобороны России. Второго стенда нет и в этом году не будет. Поэтому по редукторам обещать сроки не могу, в лучшем случае декабрь.

С уважением,
В.А. Гайдуков

26.03.2024 18:47, Denis Kurochkin пишет:
""" + quote_lines(KUR1), reply_to="kur1", cte="quoted-printable", mailer="Mozilla Thunderbird 115.8.0")

add("medcheck", D("2024-04-02 08:30"), ("Аддзел кадраў", "hr@paaz.example.by"), [ALL],
    "Графік медыцынскага агляду, красавік", """Калегі!

Перыядычны медыцынскі агляд для супрацоўнікаў канструктарскага бюро і цэха № 3 пройдзе 16-18 красавіка ў медпункце завода з 8:00 да 12:00. Графік па аддзелах - у дадатку на дошцы аб'яў і ў кадравіках. Не забудзьцеся ўзяць пашпарт і вынікі флюараграфіі.

Аддзел кадраў
""", cte="quoted-printable")

add("benches", D("2024-04-08 11:50"), HAI, [PRA], "Службовая запіска: выпрабавальныя стэнды", """Генадзь Уладзіміравіч!

Даводжу да Вашага ведама, што 4 красавіка выйшаў з ладу адзіны выпрабавальны стэнд галоўных рэдуктараў (УСР-14, 1987 г. вырабу): трэшчына ў корпусе замыкальнага рэдуктара. Рамонт стэнда ўласнымі сіламі - не менш за два месяцы. Да аднаўлення стэнда прыёмка-здача рэдуктараў ВР-14 пасля рамонту немагчымая: на 8 красавіка стаяць тры рэдуктары для МА РФ і адзін для нашых ВПС.

Акрамя таго, для ОКР «Сыч-2» патрэбны асобны стэнд для рэдуктара малой магутнасці, якога на заводзе няма наогул. Без яго стэндавыя выпрабаванні, закладзеныя ў меморандум з КБ «Ідэль», не пачнуцца.

Прашу разгледзець пытанне аб закупцы або вырабе двух стэндаў у 2024-2025 гг.

Намеснік галоўнага канструктара
В.А. Гайдукоў
""", cte="base64", mailer="Microsoft Outlook 16.0")

add("kha_el", D("2024-04-10 15:26"), KHA, [HAI_RU], "Re: Электроника блока контроля редуктора", """Виталий Алексеевич,

по электронике: блок контроля редуктора берем на себя, сделаем на отечественной базе, это даже быстрее, чем ждать. Вам остается механика и датчики, их согласуем отдельно.

Исходные данные получил, спасибо. Передаточное отношение нас устраивает, по массе надо снять еще килограммов восемь.

Про стенд мне Геннадий Владимирович рассказал. Понимаю, но прошу иметь в виду: стендовые испытания главного редуктора по графику ОКР - ноябрь.

Р.И. Хайруллин

27.02.2024 10:12, Гайдуков Виталий Алексеевич пишет:
""" + quote_lines(HAI_US), reply_to="hai_us", domain="kbidel.example.ru", cs="koi8-r", cte="base64",
    frm_cs="koi8-r", subj_cs="koi8-r", to_cs="koi8-r", mailer="Mozilla Thunderbird 115.9.0")

DEFICIT_TXT = """ВЕДОМОСТЬ ДЕФИЦИТА МАТЕРИАЛОВ И КОМПЛЕКТУЮЩИХ на 15.04.2024

1. Сплав титановый ВТ3-1, пруток д.60-120 - потребность 1,8 т, наличие 0 - поставка сорвана (РФ).
2. Штамповки из ВТ3-1 под корпус редуктора "Сыч-2" - 6 шт., наличие 0.
3. Подшипники для ВР-14 (ранее Hanacka loziska, ЧР) - поставка невозможна, санкции ЕС; рассматриваются образцы Хэнтай (КНР).
4. АЦП, ПЛИС, МЭМС-датчики (США) - поставка невозможна, экспортный контроль США; блок контроля передан в КБ "Идель".

Составил: начальник ОМТС Т.И. Зенькевич
"""
add("titan1", D("2024-04-15 13:12"), ZEN, [HAI], "Титан ВТ3-1 - поставка сорвана", """Виталий Алексеевич,

плохие новости по титану. Российский поставщик сплава ВТ3-1 (пруток и штамповки) сорвал отгрузку за I квартал и на II квартал тоже ничего не обещает: все уходит на их собственный гособоронзаказ. Без титана механический цех не может начать корпуса и валы опытных редукторов "Сыч-2", а по ремонтному фонду ВР-14 закончились заготовки под втулки. Ведомость дефицита прилагаю.

Ищу другие варианты, но титан сейчас в дефиците везде.

Т.И. Зенькевич
""", cs="windows-1251", cte="base64", frm_cs="windows-1251", to_cs="windows-1251",
    attachments=[text_attachment(DEFICIT_TXT, "windows-1251", "vedomost_deficita_04_2024.txt")],
    att_texts=[DEFICIT_TXT], mailer="Microsoft Outlook 16.0")

add("spam1c", D("2024-04-22 09:00"), ("Учебный центр Профи", "info@profi-kursy.example.ru"), [HAI],
    "Курсы 1С: Бухгалтерия со скидкой 40 %", """Здравствуйте!

Только до конца апреля - курсы "1С: Бухгалтерия 8.3" и "Кадровое делопроизводство" со скидкой 40 %. Онлайн и очно, сертификат государственного образца.

Звоните: +375 29 000-00-00
Чтобы отписаться, ответьте на это письмо со словом "СТОП".
""", domain="profi-kursy.example.ru", cs="windows-1251", cte="8bit", frm_cs="windows-1251", to_cs="windows-1251")

# ---------------------------------------------------------------- daughter (Łacinka)
add("nika1", D("2024-04-29 22:41"), NIKA, [HAI], "Pryvitańnie z Varšavy", """Pryvitańnie, tata!

U mianie ŭsio dobra, sesija pačynajecca 10 červienia, i ja ŭžo patrochu bajusia. Praca ŭ kaviarni nie zaminaje, hrafik zručny, tolki nohi ŭviečary hudziać.

Kartu pobytu mnie nareście padoŭžyli da 2026 hoda, tak što mahu spakojna vučycca dalej. Ale pašpart pry hetym u mianie, jak i byŭ, biełaruski - nie chvalujsia.

Ci dumali vy z mamaj pra Vilniu ŭvosień? Ja mahu pryjechać tudy na vychodnyja, ad Varšavy niedaloka. Kali vam daduć vizu, kaniešnie.

Abdymaju,
tvaja Nika
""", domain="poczta.example.pl", cte="quoted-printable", mailer="Poczta Mobile 3.2")

DIGEST_EN = """Rotorcraft Maintenance Digest - May 2024

* MRO capacity for legacy helicopter fleets remains tight worldwide, an industry survey says.
* New borescope inspection techniques cut gearbox inspection times by a third.
* Training: the summer course on vibration health monitoring opens for registration.

You receive this newsletter because you subscribed at rotordigest.example.com.
"""
add("digest_en", D("2024-05-02 06:00"), ("Rotorcraft Maintenance Digest", "news@rotordigest.example.com"),
    [HAI_EN], "Rotorcraft Maintenance Digest - May 2024", DIGEST_EN,
    html="<html><body>" + "".join("<p>%s</p>" % xesc(p) for p in DIGEST_EN.strip().split("\n")) + "</body></html>\n",
    alt=True, domain="rotordigest.example.com", cte="quoted-printable")

add("wang_samples", D("2024-05-06 09:12"), WANG, [ZEN_EN], "Samples shipped + invitation to Luoyang", """Dear Ms Ziankevich,

The samples (6 pcs each of HT-7214AC, HT-NU2218E and HT-3062) were shipped today by courier to your plant, waybill 77 4410 2290. Test certificates are in the box.

As discussed, we are glad to invite Mr Haidukou and you to visit our plant in Luoyang from 17 to 21 June to see the production and to sign the contract if the samples are accepted. We have also sent the official invitation letter to your General Director, Mr Hienadz Prakopau.

Best regards,
Wang Xiaoyan
Export Sales Manager
Luoyang Hengtai Precision Bearing Co., Ltd.
""", cc=[HAI_EN], domain="hengtai-bearing.example.cn", cs="us-ascii", cte="7bit")

# ---------------------------------------------------------------- shares: 25 % proposed and rejected
PRA_25 = """Уважаемый Рустам Ильдарович!

В связи с сокращением нашего бюджетного финансирования на 2024-2025 годы и тем, что на ОАО «ПААЗ» приходится меньшая по стоимости часть работ (главный редуктор и трансмиссия), предлагаем при подготовке протокола снизить долю белорусской стороны в финансировании ОКР «Сыч-2» с 50 % до 25 %.

Прошу рассмотреть и сообщить позицию КБ «Идель».
"""
add("pra25", D("2024-05-13 10:00"), ("Прокопов Геннадий Владимирович", "g.prakopau@paaz.example.by"), [KHA],
    "О долях финансирования ОКР «Сыч-2»", PRA_25 + """
Генеральный директор ОАО «ПААЗ»
Г.В. Прокопов
""", cc=[HAI_RU], cte="base64", mailer="Microsoft Outlook 16.0")

add("kha35", D("2024-05-16 12:40"), KHA, [("Прокопов Геннадий Владимирович", "g.prakopau@paaz.example.by")],
    "Re: О долях финансирования ОКР «Сыч-2»", """Уважаемый Геннадий Владимирович!

25 % мы принять не можем: головной заказчик с нашей стороны согласует долевое участие белорусской стороны не ниже трети, иначе проект теряет статус совместного. Предлагаем компромисс - 35 % ОАО «ПААЗ», 65 % АО «КБ «Идель», с переносом части ваших затрат на 2025 год. Если согласны, закрепим это в протоколе после защиты эскизного проекта.

С уважением,
Р.И. Хайруллин

13.05.2024 10:00, Прокопов Геннадий Владимирович пишет:
""" + quote_lines(PRA_25), cc=[HAI_RU], reply_to="pra25", domain="kbidel.example.ru", frm_cs="koi8-r",
    cte="quoted-printable", mailer="Mozilla Thunderbird 115.10.0")

add("it_srv", D("2024-05-20 16:00"), IT, [ALL], "Плановыя работы на серверах 25.05", """<html><body>
<p><b>Увага!</b></p>
<p>У суботу 25 мая з 9:00 да 15:00 будуць праводзіцца плановыя работы на серверах. Пошта, 1С і сеткавыя дыскі будуць недаступныя.</p>
<p>Аддзел ІТ</p>
</body></html>
""", subtype="html", cte="quoted-printable", check_text="Пошта, 1С і сеткавыя дыскі будуць недаступныя.")

ORDER_PARAS = [
    "ААТ «Палыкавіцкі авіяагрэгатны завод»",
    "ЗАГАД № 214-к",
    "23.05.2024 г. Магілёў",
    "Аб службовай камандзіроўцы",
    "1. Накіраваць у службовую камандзіроўку ў Кітайскую Народную Рэспубліку, г. Лоян, у кампанію Luoyang Hengtai Precision Bearing Co., Ltd., з 16 па 22 чэрвеня 2024 г. з мэтай аўдыту вытворчасці і прыёмкі ўзораў падшыпнікаў для галоўнага рэдуктара ВР-14:",
    "– Гайдукова Віталя Аляксеевіча, намесніка галоўнага канструктара (пашпарт грамадзяніна Рэспублікі Беларусь MP4478120);",
    "– Зянькевіч Тамару Іванаўну, начальніка аддзела матэрыяльна-тэхнічнага забеспячэння (пашпарт грамадзяніна Рэспублікі Беларусь MP3901276).",
    "2. Выдаткі на камандзіроўку аднесці на кошт завода.",
    "Генеральны дырэктар Г.У. Пракопаў",
]
add("order_cn", D("2024-05-27 14:15"), ZEN, [HAI], "Загад на камандзіроўку ў Лоян", """Віталь Аляксеевіч,

узоры Хэнтай прыйшлі, ваша бюро іх ужо бачыла. Загад на камандзіроўку ў Кітай падпісаны, капія ў дадатку. Квіткі: 16.06 Мінск - Пекін, далей цягніком да Лояна, назад 22.06. Кітайцы сустрэнуць нас у Лояне.

Т. Зянькевіч
""", cte="8bit", attachments=[attachment(make_docx(ORDER_PARAS),
                                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                         "Загад_214-к_камандзіроўка_Лоян.docx", "2047")],
    att_texts=["\n".join(ORDER_PARAS)], mailer="Microsoft Outlook 16.0")

add("sport", D("2024-06-03 13:00"), PROF, [ALL], "Спартакіяда завода - запіс каманд", """Шаноўныя калегі!

15 чэрвеня на стадыёне «Тарпеда» адбудзецца заводская спартакіяда: міні-футбол, валейбол, перацягванне каната і эстафета. Заяўкі ад падраздзяленняў - да 10 чэрвеня ў прафкам.

Прафкам
""", cs="windows-1251", cte="quoted-printable", frm_cs="windows-1251", to_cs="windows-1251")

add("bank2", D("2024-06-17 10:10"), ("Нёман-Банк", "promo@nemanbank.example.by"), [HAI],
    "Кэшбэк 5 % на АЗС всё лето", """Уважаемый клиент!

С 15 июня по 31 августа по карте «Нёман Плюс» - кэшбэк 5 % на всех АЗС страны. Подключение бесплатно в интернет-банке.

ОАО «Нёман-Банк»
""", cs="windows-1251", cte="quoted-printable", frm_cs="windows-1251", to_cs="windows-1251")

# ---------------------------------------------------------------- wife: loose, no Message-ID
add("yul_vnzh", D("2024-06-10 19:32"), YUL, [("Виталик", "v.haidukou@paaz.example.by")], "Черногория и ВНЖ",
    """Виталик, привет!

Пока ты на своем совещании - новости. Была сегодня в ОГиМ: вид на жительство мне продлили, новая карточка до 2029 года. Так что по белорусским документам я теперь надолго "своя", хотя паспорт, конечно, остается российский, гражданство я не меняла и не собираюсь.

Путевку в Будву на 5-19 августа я оплатила, отель тот, что мы смотрели вместе, у самого моря. Тебе только отпуск подписать и сообщить в первый отдел, как у вас положено. Виза в Черногорию ни мне с российским паспортом, ни тебе не нужна.

Наша Ника звонила из Варшавы, у нее все хорошо, сессия в июне, просила не волноваться.

Целую, Юля

Отправлено с iPhone
""", domain="mail.example.ru", subj_cs="koi8-r", frm_cs="koi8-r", to_cs="koi8-r", cs="koi8-r",
    cte="quoted-printable", where="loose", no_mid=True, mailer="iPhone Mail (21F90)")

add("cn_report", D("2024-06-24 09:20"), HAI, [PRA], "Вынікі камандзіроўкі ў Лоян (КНР)", """Генадзь Уладзіміравіч,

вярнуліся з Тамарай Іванаўнай з Лояна ў суботу. Коратка:

1. Завод Хэнтай - сучасная вытворчасць, уласная тэрмаапрацоўка і шліфоўка, уваходны кантроль сталі ёсць. Аўдыт пройдзены без істотных заўваг.
2. Узоры ўсіх трох тыпаў прайшлі нашы ўваходныя выпрабаванні; HT-3062 - з дапрацаваным сепаратарам, кітайцы змянілі яго за тыдзень.
3. Прапаную заключыць кантракт на пастаўку падшыпнікаў для ВР-14 на 2024-2025 гг. замест чэшскіх (Hanácká), аб'ём - на 20 рэдуктараў, з першай партыяй у верасні.

Праект кантракта Тамара Іванаўна пагодзіць з юрыстамі.

""" + SIG_HAI_BY + "\n", cc=[ZEN], cte="8bit", mailer="Microsoft Outlook 16.0")

add("contract_cn", D("2024-07-01 15:02"), ZEN, [HAI], "Контракт с Хэнтай подписан", """Виталий Алексеевич,

контракт с Luoyang Hengtai на подшипники для ВР-14 подписан, № HT-BY-2024-07. Первая партия - 120 шт., отгрузка осенью автотранспортом через Маньчжурию, дальше по России. Оплата в юанях через российский банк-корреспондент, иначе никак. Сертификаты на сталь обещает прислать Ван Сяоянь.

Т.И. Зенькевич
""", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

add("spam_ac", D("2024-07-08 11:11"), ("Климат-Маркет", "sale@klimat-market.example.by"), [HAI],
    "Распродажа кондиционеров: -30 % только неделю", """<html><body>
<h1>Жара? Мы знаем, что делать!</h1>
<p>Сплит-системы от 899 руб. с установкой. Рассрочка 0 % на 12 месяцев.</p>
<p><a href="https://klimat-market.example.by/sale">Выбрать кондиционер</a></p>
</body></html>
""", subtype="html", domain="klimat-market.example.by", cs="windows-1251", cte="base64", frm_cs="windows-1251",
    check_text="Сплит-системы от 899 руб. с установкой.")

NOTICE_TXT = """У першы аддзел
ад намесніка галоўнага канструктара Гайдукова В.А.

ПАВЕДАМЛЕННЕ

Я, Гайдукоў Віталь Аляксеевіч, 14.06.1977 г.н., пашпарт грамадзяніна Рэспублікі Беларусь MP4478120, паведамляю, што ў перыяд чарговага адпачынку з 5 па 19 жніўня 2024 г. выязджаю ў Чарнагорыю (г. Будва) з мэтай адпачынку.

Выязджаю разам з жонкай - Гайдуковай Юліяй Сяргееўнай, 02.03.1979 г.н., грамадзянкай Расійскай Федэрацыі (пашпарт РФ 66 19 508142), якая пастаянна пражывае ў Рэспубліцы Беларусь на падставе віда на жыхарства.

Іншага грамадзянства, акрамя беларускага, не маю.

15.07.2024 В.А. Гайдукоў
"""
add("notice_me", D("2024-07-15 10:05"), HAI, [("Першы аддзел", "rezhim@paaz.example.by")],
    "Паведамленне аб выездзе за мяжу", NOTICE_TXT, cs="windows-1251", cte="base64", frm_cs="windows-1251",
    to_cs="windows-1251", mailer="Microsoft Outlook 16.0")

BOOKING_LINES = [
    "HOTEL LASTAVICA - BUDVA, MONTENEGRO",
    "BOOKING CONFIRMATION BV-24-08817",
    "Guests: Mr HAIDUKOU VITALI, Mrs GAIDUKOVA IULIIA",
    "Arrival: 05.08.2024   Departure: 19.08.2024 (14 nights)",
    "Room: Double Sea View, half board",
    "Total: EUR 2,380.00, paid in full on 16.07.2024",
    "Address: Slovenska obala 41, 85310 Budva, Montenegro",
]
add("booking", D("2024-07-16 12:30"), YUL, [("Виталик", "v.haidukou@paaz.example.by")],
    "Fwd: Booking confirmation BV-24-08817 - Hotel Lastavica Budva", """Виталик, вот подтверждение из отеля, распечатай для первого отдела, если попросят.

---------- Forwarded message ---------
From: Hotel Lastavica Reservations <reservations@lastavica.example.me>
Date: Tue, 16 Jul 2024 at 10:02
Subject: Booking confirmation BV-24-08817
To: <yulia.gaidukova@mail.example.ru>

Dear Mrs Gaidukova,

thank you for choosing Hotel Lastavica. Please find your booking confirmation attached. We look forward to welcoming you and Mr Haidukou in Budva.

Hotel Lastavica Reservations
Budva, Montenegro
""", domain="mail.example.ru", frm_cs="koi8-r", cte="quoted-printable",
    attachments=[attachment(make_pdf(BOOKING_LINES, "Lastavica PMS 4.2"), "application/pdf",
                            "Booking_BV-24-08817.pdf")],
    att_texts=["\n".join(BOOKING_LINES)], mailer="iPhone Mail (21F90)")

add("kur2", D("2024-07-22 20:15"), KUR, [HAI_EN], "Re: kazahskij zakaz - TV3-117VM", """Vitalij Alekseevich, zdravstvujte!

Kazahi toropyat: 2 iz 4 dvigatelej TV3-117VM im nuzhny k 1 oktyabrya, u nih na Mi-8MTV-1 posle uchenij stoyat dve mashiny. Mozhno li postavit' ih v rabotu v pervuyu ochered'? Pro reduktory VR-14 ponyal, dekabr' - tak dekabr'.

Eshche vopros ot nashego yurista: v dogovore s vami konechnyj poluchatel' ukazan kak Minoborony Kazahstana, a v vashih aktah - "AviaTehKomplekt". Nado privesti k odnomu, prishlyu popravku.

S uvazheniem,
D. Kurochkin
""", reply_to="hai_kur", domain="atk.example.ru", cs="us-ascii", cte="7bit", where="loose",
    mailer="K-9 Mail for Android")

add("canteen2", D("2024-07-29 08:00"), ("Камбінат харчавання", "stalovaja@paaz.example.by"), [ALL],
    "Сталовая ў жніўні", """Калегі!

З 5 па 18 жніўня сталовая № 2 (корпус 1) зачынена на санітарную апрацоўку. Абеды ў гэты час - у сталовай № 1 (АБК), з 11:30 да 14:00.

Камбінат харчавання
""", cte="quoted-printable")

add("fire", D("2024-08-12 09:00"), ("Служба пажарнай бяспекі", "pb@paaz.example.by"), [ALL],
    "Навучальная эвакуацыя 14 жніўня", """Увага!

14 жніўня ў 10:30 у корпусах 1 і 3 праводзіцца навучальная эвакуацыя. Па сігнале ўсе супрацоўнікі выходзяць па эвакуацыйных шляхах да месца збору каля КПП-2. Ліфтамі не карыстацца.

Служба пажарнай бяспекі
""", cte="base64")

add("nika2", D("2024-08-21 21:07"), NIKA, [HAI, YUL], "Jak Čarnahoryja?", """Tata, mama, pryvitańnie!

Bačyła vašy fotki z Budvy - zajzdrošču! Mora jak z paštoŭki, a vy abodva zaharełyja, jak miascovyja. Tata, ty ŭpieršyniu za hod vyhladaješ adpačyłym.

U mianie ŭsio pa-staromu: pracuju, z vieraśnia pačniecca apošni kurs. Pra Vilniu ŭ kastryčniku ŭsio ŭ sile? Kali tata atrymaje vizu, ja zabraniruju chostel na troch.

Vaša Nika
""", domain="poczta.example.pl", cte="base64", mailer="Poczta Mobile 3.2")

add("hai_ti", D("2024-08-26 09:48"), HAI_RU, [KHA], 'Корпус главного редуктора "Сыч-2"', """Рустам Ильдарович, добрый день!

Вернулся из отпуска - были с женой в Черногории, две недели без телефона, рекомендую. Теперь о деле.

Корпус главного редуктора "Сыч-2" из ВТ3-1 мы так и не начали: титана нет с весны, поставщик обещает только в IV квартале. Валы делаем из стали 12Х2Н4А, но корпус из стали - это плюс одиннадцать килограммов, на что вы, я помню, не согласны. Может быть, у вас в Казани есть возможность выделить нам штамповки из своего запаса? Шесть штук решили бы вопрос опытной партии.

Стенд УСР-14 восстановили, но стенда под редуктор "Сыч-2" по-прежнему нет.

С уважением,
В.А. Гайдуков
""", cs="koi8-r", cte="8bit", subj_cs="koi8-r", frm_cs="koi8-r", to_cs="koi8-r", mailer="Mozilla Thunderbird 115.14.0")

add("kazan_trip", D("2024-09-02 08:40"), PRA, [HAI], "Казань, 16-18 верасня", """Віталь Аляксеевіч,

16-18 верасня едзем з Вамі ў Казань, у КБ «Ідэль»: абарона эскізнага праекта «Сыча-2» і подпіс пратакола па далявым фінансаванні. Па долях я пагадзіўся на іх кампраміс - 35 % наша доля, 65 % іх, з пераносам часткі выдаткаў на 2025 год. Лепшага не будзе, Міністэрства таксама згодна.

Падрыхтуйце даклад па рэдуктары і трансмісіі хвілін на дваццаць. Квіткі замаўляе канцылярыя, цягнік праз Маскву.

Г.У. Пракопаў
""", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

add("visa_lt", D("2024-09-12 15:30"), ("Visa Section, Embassy of the Republic of Lithuania", "visa@lt-embassy.example.lt"),
    [HAI_EN], "Decision on your visa application LTU-MSQ-2024-118734", """Dear Applicant,

Mr HAIDUKOU VITALI, date of birth 14.06.1977, travel document MP4478120.

The Embassy of the Republic of Lithuania in Minsk has examined your application for a uniform (Schengen) visa for the purpose of visiting a family member, intended stay in Vilnius from 11.10.2024 to 14.10.2024.

Your visa application has been refused.

Reason for the refusal: (5) one or more Member States consider you to be a threat to public policy, internal security or public health, or to the international relations of one or more of the Member States.

You may appeal against this decision within 15 days of its receipt. Your passport can be collected at the visa centre during opening hours.

Visa Section
Embassy of the Republic of Lithuania in Minsk
""", domain="lt-embassy.example.lt", cs="us-ascii", cte="7bit", where="loose")

HAI_LT = """Ніка, дачушка,

літоўцы візу не далі - прыйшла адмова, фармулёўка стандартная, «пагроза грамадскаму парадку». Зразумела, адкуль вецер дзьме: з маёй працай нам у Еўрасаюз дарога цяпер закрытая, а мама адна без мяне не паедзе. Так што ў Вільню ў кастрычніку не едзем, хостэл не бранюй.

Не засмучайся. Можа, ты да нас на Каляды выберашся? Праз Брэст доўга, але ездзяць.

Тата
"""
add("hai_lt", D("2024-09-13 19:02"), HAI, [NIKA], "Вільня адмяняецца", HAI_LT, cte="base64",
    mailer="Mozilla Thunderbird 115.15.0")

add("nika3", D("2024-09-14 10:26"), NIKA, [HAI], "Re: Вільня адмяняецца", """Tata, škada, kaniešnie, ale što ž rabić. Nie pieražyvaj, ja nie kryŭdžusia, heta nie tvaja vina. Na Kalady pastarajusia pryjechać sama, kali adpuściać z pracy. Mama pisała, što vy ŭ Budvie dobra adpačyli - chacia b heta.

Nika

13.09.2024 19:02, Віталь Гайдукоў napisaŭ:
""" + quote_lines(HAI_LT), reply_to="hai_lt", domain="poczta.example.pl", cte="quoted-printable",
    mailer="Poczta Mobile 3.2")

# domestic trip; Cyrillic 8bit part with no charset declared at all
add("brest", D("2024-09-20 16:55"), HAI, [ZEN], "Брэст, 24-25 верасня", """Тамара Іванаўна,

24-25 верасня я ў камандзіроўцы ў Брэсце, на авіябазе: дэфектацыя двух галоўных рэдуктараў ВР-14 з Мі-8МТВ-5 нашых ВПС, на месцы вырашым, ці вязём іх да нас. Калі прыйдзе першая партыя ад Хэнтай, не чакайце мяне: уваходны кантроль няхай праводзіць бюро надзейнасці па ўзгодненай методыцы.

На сувязі па мабільным.

В. Гайдукоў
""", cs="windows-1251", cte="8bit", declare=False, frm_cs="windows-1251", to_cs="windows-1251",
    subj_cs="windows-1251", mailer="Microsoft Outlook Express 6.00.2900.5512")

PROTOCOL_PARAS = [
    "ПРОТОКОЛ",
    "о совместном выполнении опытно-конструкторской работы «Сыч-2» (беспилотный вертолет-разведчик)",
    "г. Казань, 17 сентября 2024 г.",
    "Стороны: акционерное общество «Конструкторское бюро «Идель» (Российская Федерация) и открытое акционерное общество «Полыковичский авиаагрегатный завод» (Республика Беларусь).",
    "1. Стороны выполняют ОКР «Сыч-2» совместно. КБ «Идель» разрабатывает планер, несущую систему, бортовой комплекс разведки и наземную станцию управления; ОАО «ПААЗ» разрабатывает и изготавливает главный редуктор и хвостовую трансмиссию.",
    "2. Финансирование ОКР: белорусская сторона – 35 %, российская сторона – 65 %. Доли, указанные в меморандуме от 12.02.2024 (50 % / 50 %), утрачивают силу.",
    "3. Стендовые испытания главного редуктора проводятся на стенде ОАО «ПААЗ» после его ввода в эксплуатацию.",
    "От белорусской стороны: генеральный директор Г.В. Прокопов, заместитель главного конструктора В.А. Гайдуков",
    "От российской стороны: главный конструктор Р.И. Хайруллин",
]
add("protocol", D("2024-09-23 11:18"), KHA, [HAI_RU, ("Прокопов Геннадий Владимирович", "g.prakopau@paaz.example.by")],
    "Протокол по ОКР «Сыч-2» — подписанный экземпляр", """Виталий Алексеевич, Геннадий Владимирович!

Спасибо за приезд в Казань и за содержательную защиту: комиссия эскизный проект приняла, замечания по трансмиссии несущественные. Направляю скан подписанного 17 сентября протокола (оригиналы у Геннадия Владимировича).

Главное зафиксировано: 35 % ОАО «ПААЗ», 65 % АО «КБ «Идель», стендовые испытания главного редуктора - после ввода вашего нового стенда, ориентировочно II квартал 2025 г.

Р.И. Хайруллин
""", domain="kbidel.example.ru", frm_cs="koi8-r", cte="base64",
    attachments=[attachment(make_docx(PROTOCOL_PARAS),
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            "Протокол_ОКР_Сыч-2.docx", "2231")],
    att_texts=["\n".join(PROTOCOL_PARAS)], mailer="Mozilla Thunderbird 115.15.0")

add("it_client", D("2024-09-30 12:00"), ("ОИТ", "it@paaz.example.by"), [ALL], "Переход на новый почтовый клиент",
    """Коллеги!

С 14 октября рабочие станции КБ и ОМТС переводятся на новый почтовый клиент. Старые письма будут перенесены автоматически, адресные книги - нет: экспортируйте их заранее по инструкции на портале.

ОИТ
""", cte="quoted-printable")

add("makulatura", D("2024-10-02 10:00"), PROF, [ALL], "Збор макулатуры", """Калегі!

З 7 па 11 кастрычніка ў холе АБК праходзіць збор макулатуры. Сабраныя сродкі пойдуць на падарункі ветэранам завода.

Прафкам
""", cte="8bit")

add("zen_ti2", D("2024-10-07 17:20"), ZEN, [HAI], "Тытан і кадры ў Казані", """Віталь Аляксеевіч,

па тытане: ВТ3-1 абяцаюць толькі ў снежні, і то палову заяўкі. Казанскія штампоўкі, пра якія вы прасілі Хайруліна, пакуль таксама пад пытаннем: іх дырэкцыя не дае згоды.

І яшчэ, чыста паміж намі. На нарадзе ў Мінску адзін госць з Казані расказваў, што іх вядучы канструктар па бартавым комплексе летась з'ехаў у Ізраіль, і на яго месца дагэтуль нікога не знайшлі - таму ў іх і зрываюцца тэрміны па электроніцы.

Т. Зянькевіч
""", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

add("gifts", D("2024-10-14 09:30"), PROF, [ALL], "Навагоднія падарункі дзецям", """Шаноўныя члены прафсаюза!

Заяўкі на навагоднія падарункі для дзяцей да 14 гадоў прымаюцца да 1 лістапада. Патрэбна копія пасведчання аб нараджэнні.

Прафкам
""", cte="base64")

add("wang_ship", D("2024-10-21 08:02"), WANG, [ZEN_EN], "HT-BY-2024-07: first batch shipped", """Dear Ms Ziankevich,

the first batch under contract HT-BY-2024-07 (120 bearings: 40 pcs each of HT-7214AC, HT-NU2218E and HT-3062) left Luoyang today by truck; the border crossing at Manzhouli is expected on 29 October. Documents: invoice, packing list, certificates of conformity and material certificates for the steel.

Thank you again to Mr Haidukou for the constructive audit in June.

Best regards,
Wang Xiaoyan
""", cc=[HAI_EN], domain="hengtai-bearing.example.cn", cs="us-ascii", cte="7bit")

add("spam_win", D("2024-10-28 04:44"), ("Prize Department", "winner@lucky-draw.example.net"), [HAI_EN],
    "Congratulations! You have been selected", """Dear Winner,

Your e-mail address has been selected in our annual international draw. You have won USD 850,000.00.

To claim your prize, send your full name, address and a copy of your passport to our claims agent.

Prize Department
""", domain="lucky-draw.example.net", cs="us-ascii", cte="7bit")

SUMMARY = """Коллеги,

к совещанию 8 ноября - краткие итоги 9 месяцев по ремонту и ОКР.

Ремонт. Для Министерства обороны Российской Федерации отремонтировано 8 двигателей ТВ3-117ВМ и 3 редуктора ВР-14 (Ми-8АМТШ). Для ВВС и войск ПВО Вооруженных Сил Республики Беларусь - 6 двигателей ТВ3-117 (Ми-24П и Ми-8МТВ-5) и 2 редуктора ВР-14. По казахстанскому заказу через ООО «АвиаТехКомплект» сданы 2 двигателя ТВ3-117ВМ с Ми-8МТВ-1, еще 2 в работе.

ОКР «Сыч-2». Эскизный проект защищен в Казани 17.09, протокол подписан, наша доля финансирования - 35 %.

Проблемы:
1. Испытательные стенды: стенд УСР-14 изношен, стенда для редуктора «Сыч-2» нет. Из-за этого сдача редукторов ВР-14 сдвинута на декабрь.
2. Титановый сплав ВТ3-1: поставки с весны сорваны, корпуса опытных редукторов не начаты.
3. Подшипники: чешские поставки прекращены из-за санкций ЕС, перешли на китайские (Хэнтай, Лоян), первая партия в пути.
4. Американская электроника: поставки невозможны из-за экспортного контроля США, блок контроля редуктора передан в КБ «Идель».

Генеральный директор
Г.В. Прокопов
"""
add("summary9", D("2024-11-05 17:45"), ("Прокопов Геннадий Владимирович", "g.prakopau@paaz.example.by"), [HEADS],
    "Итоги 9 месяцев - к совещанию 08.11", SUMMARY, cs="windows-1251", cte="base64", frm_cs="windows-1251",
    to_cs="windows-1251", mailer="Microsoft Outlook 16.0")

add("openday", D("2024-11-12 11:00"), ("Аддзел кадраў", "hr@paaz.example.by"), [ALL], "Дзень адкрытых дзвярэй для школьнікаў",
    """Калегі!

23 лістапада завод праводзіць дзень адкрытых дзвярэй для навучэнцаў 9-11 класаў. Просім кіраўнікоў падраздзяленняў вызначыць адказных за экскурсіі па цэхах.

Аддзел кадраў
""", cte="quoted-printable")

add("nika_pl", D("2024-11-19 20:13"), NIKA, [HAI], "Fwd: Umowa najmu – poręczenie", """Tata, heta ad haspadyni kvatery: joj patrebna tvaja piśmovaja zhoda jak paručyciela. Mahu sama razdrukavać i padpisać za ciabie? Žartuju :) Pryšli skan, kali łaska, da kanca miesiaca.

Nika

---------- Wiadomość przekazana ----------
Od: Agnieszka Wróbel <a.wrobel@najem.example.pl>
Data: 18 listopada 2024 15:31
Temat: Umowa najmu – poręczenie
Do: Weronika Hajdukowa <weronika.hajdukowa@poczta.example.pl>

Szanowny Panie Witaliju,

zgodnie z rozmową telefoniczną z Pana córką, Panią Weroniką Hajdukową, przesyłam poniżej treść oświadczenia poręczyciela do umowy najmu mieszkania przy ul. Grochowskiej 112/7 w Warszawie na okres od 1 grudnia 2024 r. do 30 listopada 2025 r.

Najemca: Weronika Hajdukowa (w paszporcie: HAIDUKOVA VERANIKA), obywatelka Białorusi, karta pobytu nr RP 0471193, ważna do 2026 r.
Poręczyciel: Witalij Hajdukow (ojciec najemcy), zam. Mohylew, Białoruś.

Proszę o podpisanie oświadczenia i odesłanie skanu do końca miesiąca.

Z poważaniem
Agnieszka Wróbel
Biuro Najmu „Praga-Dom”
""", domain="poczta.example.pl", subj_mode="Q", cte="quoted-printable", mailer="Poczta Mobile 3.2")

add("it_pass2", D("2024-12-02 08:05"), ("ОИТ", "it@paaz.example.by"), [ALL], "Смена пароля до 15.12", """Коллеги!

Напоминаем: до 15 декабря необходимо сменить пароль учетной записи. Требования прежние - не менее 10 символов, буквы и цифры.

ОИТ
""", cs="koi8-r", cte="8bit", subj_cs="koi8-r", frm_cs="koi8-r", to_cs="koi8-r")

add("ny_party", D("2024-12-10 13:30"), ("Камбінат харчавання", "stalovaja@paaz.example.by"), [ALL],
    "Навагодні вечар 27 снежня", """Калегі!

Навагодні вечар для супрацоўнікаў адбудзецца 27 снежня ў 18:00 у сталовай № 1. Квіткі - у прафкаме, 20 руб.

Камбінат харчавання і прафкам
""", cs="windows-1251", cte="8bit", frm_cs="windows-1251", to_cs="windows-1251")

add("kha_ny", D("2024-12-16 16:10"), KHA, [HAI_RU], "С наступающим! и о графике на 2025", """Виталий Алексеевич, с наступающим Новым годом!

Коротко о графике: стендовые испытания главного редуктора "Сыч-2" переносим на II квартал 2025 года - у вас по-прежнему нет стенда под этот редуктор, а у нас нет смысла собирать первую машину без испытанной трансмиссии. Штамповки из ВТ3-1 дирекция все-таки согласовала: шесть штук отгрузим в январе.

Если бы санкции вдруг сняли, я бы первым делом вернул в проект американскую инерциалку, но на это мы, как вы понимаете, не закладываемся.

Здоровья Вам и Юлии Сергеевне!

Р.И. Хайруллин
""", domain="kbidel.example.ru", cs="koi8-r", cte="quoted-printable", subj_cs="koi8-r", frm_cs="koi8-r",
    to_cs="koi8-r", mailer="Mozilla Thunderbird 115.17.0")


# ==========================================================================
# Truth: entities
# ==========================================================================
ENTITIES = [
    dict(id="p_haidukou", schema="Person", name="Vitali Haidukou", names=[
        "Віталь Гайдукоў", "Гайдукоў Віталь Аляксеевіч", "Гайдукова Віталя Аляксеевіча", "Гайдукова В.А.",
        "Віталь Аляксеевіч", "В. Гайдукоў", "В.А. Гайдукоў", "Гайдуков Виталий Алексеевич",
        "Виталий Алексеевич", "В.А. Гайдуков", "Виталик", "Vitali Haidukou", "Mr. Haidukou", "Mr Haidukou",
        "Mr HAIDUKOU VITALI", "Vitalij Alekseevich", "Witalij Hajdukow", "Panie Witaliju"],
        properties={"email": ["v.haidukou@paaz.example.by"], "birthDate": ["1977-06-14"],
                    "citizenship": ["by"]}),
    dict(id="p_iuliia", schema="Person", name="Iuliia Gaidukova", names=[
        "Юлия Гайдукова", "Юля", "Юлии Сергеевне", "Гайдуковай Юліяй Сяргееўнай", "Mrs GAIDUKOVA IULIIA",
        "Mrs Gaidukova"],
        properties={"email": ["yulia.gaidukova@mail.example.ru"], "birthDate": ["1979-03-02"],
                    "citizenship": ["ru"]}),
    dict(id="p_veranika", schema="Person", name="Veranika Haidukova", names=[
        "Nika Hajdukowa", "Nika", "Ніка", "Ника", "Weronika Hajdukowa", "Panią Weroniką Hajdukową",
        "HAIDUKOVA VERANIKA"],
        properties={"email": ["weronika.hajdukowa@poczta.example.pl"], "citizenship": ["by"]}),
    dict(id="p_prakopau", schema="Person", name="Hienadz Prakopau", names=[
        "Пракопаў Генадзь Уладзіміравіч", "Генадзь Уладзіміравіч", "Г.У. Пракопаў",
        "Прокопов Геннадий Владимирович", "Г.В. Прокопов", "Геннадий Владимирович", "Геннадия Владимировича",
        "Mr Hienadz Prakopau"],
        properties={"email": ["g.prakopau@paaz.example.by"]}),
    dict(id="p_ziankevich", schema="Person", name="Tamara Ziankevich", names=[
        "Зянькевіч Тамара Іванаўна", "Зянькевіч Тамару Іванаўну", "Т.І. Зянькевіч", "Т. Зянькевіч",
        "Тамара Іванаўна", "Тамарай Іванаўнай", "Т.И. Зенькевич", "Tamara Ziankevich", "Ms Ziankevich"],
        properties={"email": ["t.ziankevich@paaz.example.by"], "citizenship": ["by"]}),
    dict(id="p_khairullin", schema="Person", name="Rustam Khairullin", names=[
        "Хайруллин Рустам Ильдарович", "Р.И. Хайруллин", "Рустам Ильдарович", "Р.І. Хайрулін", "Хайруліна"],
        properties={"email": ["r.khairullin@kbidel.example.ru"]}),
    dict(id="p_kurochkin", schema="Person", name="Denis Kurochkin", names=[
        "Denis Kurochkin", "D. Kurochkin", "Денис Валерьевич"],
        properties={"email": ["kurochkin@atk.example.ru"]}),
    dict(id="p_wang", schema="Person", name="Wang Xiaoyan", names=["Wang Xiaoyan", "王晓燕", "Ван Сяоянь"],
         properties={"email": ["wang.xiaoyan@hengtai-bearing.example.cn"]}),
    dict(id="p_aydinoglu", schema="Person", name="Kerem Aydınoğlu", names=[
        "Kerem Aydınoğlu", "Mr Aydinoglu", "Айдыноглу"],
        properties={"email": ["kerem.aydinoglu@bogazici.example.com"]}),
    dict(id="p_novotny", schema="Person", name="Pavel Novotný", names=[
        "Pavel Novotný", "Ing. Pavel Novotný", "Pavel Novotny"],
        properties={"email": ["p.novotny@hanacka.example.cz"]}),
    dict(id="o_paaz", schema="Company", name="Palykavichy Aero-Units Plant OJSC", names=[
        "ААТ «Палыкавіцкі авіяагрэгатны завод»", "Палыкавіцкі авіяагрэгатны завод",
        "ОАО «Полыковичский авиаагрегатный завод»", 'ОАО "Полыковичский авиаагрегатный завод"',
        "Полыковичский авиаагрегатный завод",
        "открытое акционерное общество «Полыковичский авиаагрегатный завод»",
        "ААТ «ПААЗ»", "ОАО «ПААЗ»", "ПААЗ", "Palykavichy Aero-Units Plant OJSC", "Palykavichy Aero-Units Plant",
        "PAAZ"],
        properties={"country": ["by"], "address": ["Mogilev, Belarus"]}),
    dict(id="o_idel", schema="Company", name="Idel Design Bureau JSC", names=[
        'КБ "Идель"', 'АО "КБ "Идель"', "КБ «Идель»", "АО «КБ «Идель»",
        "акционерное общество «Конструкторское бюро «Идель»", "Конструкторское бюро «Идель»", "Идель",
        "КБ «Ідэль»", "Ідэль"],
        properties={"country": ["ru"], "address": ["Kazan, Russia"]}),
    dict(id="o_hengtai", schema="Company", name="Luoyang Hengtai Precision Bearing Co., Ltd.", names=[
        "Luoyang Hengtai Precision Bearing Co., Ltd.", "Luoyang Hengtai", "Hengtai", "Хэнтай"],
        properties={"country": ["cn"], "address": ["Luoyang, Henan, China"]}),
    dict(id="o_bogazici", schema="Company", name="Boğaziçi Komponent Elektronik Ltd. Şti.", names=[
        "Boğaziçi Komponent Elektronik Ltd. Şti.", "Boğaziçi Komponent", "Багазічы"],
        properties={"country": ["tr"], "address": ["Istanbul, Türkiye"]}),
    dict(id="o_hanacka", schema="Company", name="Hanácká ložiska a.s.", names=[
        "Hanácká ložiska a.s.", "Hanácká ložiska", "Hanacka loziska", "Hanácká"],
        properties={"country": ["cz"], "address": ["Přerov, Czech Republic"]}),
    dict(id="o_atk", schema="Company", name="AviaTehKomplekt LLC", names=[
        "ТАА «АвіяТэхКамплект»", "АвіяТэхКамплект", "ООО «АвиаТехКомплект»", "АвиаТехКомплект",
        'OOO "AviaTehKomplekt"', "AviaTehKomplekt"],
        properties={"country": ["ru"], "address": ["Zhukovsky, Moscow Oblast, Russia"]}),
    dict(id="o_brightline", schema="Company", name="Brightline Components Inc.", names=[
        "Brightline Components Inc.", "Brightline Components", "Brightline"],
        properties={"country": ["us"], "address": ["Austin, Texas"]}),
]

# regex stems of every name in the mailbox: each hit must be covered by a listed form
NAME_STEMS = re.compile(
    r"Гайдук\w*|Haiduk\w*|Hajduk\w*|Gaiduk\w*|HAIDUK\w*|GAIDUK\w*|Віта\w*|Вита\w*|Vital\w*|Witali\w*|"
    r"Юл\w+|Юлі\w*|IULI\w*|Iuli\w*|\bNika\b|\bНіка\b|\bНика\b|Weroni\w*|VERANIKA|Верані\w*|Верон\w*|"
    r"Пракоп\w*|Прокоп\w*|Prakop\w*|Генад\w*|Геннад\w*|Hienad\w*|Зянькев\w*|Зенькев\w*|Ziankev\w*|Тамар\w*|"
    r"Хайрул\w*|Khairul\w*|Рустам\w*|Курочк\w*|Kurochk\w*|\bDenis\b|Денис\w*|Дзяніс|\bWang\b|\bВан\b|王晓燕|"
    r"Aydın\w*|Aydin\w*|Айдын\w*|Novotn\w*|Новотн\w*|ПААЗ|PAAZ|Палыкав\w*|Полыков\w*|Palykav\w*|"
    r"Идел\w*|Ідэл\w*|\bIdel\b|Хэнтай\w*|Hengtai|Boğaz\w*|Bogaz\w*|Багаз\w*|Hanáck\w*|Hanack\w*|"
    r"АвиаТех\w*|АвіяТэх\w*|AviaTeh\w*|Brightline")


def E(*pairs):
    return [dict(key=k, quote=q) for k, q in pairs]


FINDINGS = [
    dict(kind="military_maintenance", summary="PAAZ repairs TV3-117 engines of Mi-24P and Mi-8MTV-5 helicopters and "
         "their VR-14 main gearboxes for the Belarusian Air Force and Air Defence Forces.",
         subjects=["o_paaz"], attributes={"platforms": ["tv3-117", "mi-24", "mi-24p", "mi-8", "mi-8mtv-5", "vr-14"],
                                          "customer_country": "by"},
         evidence=E(("plan2024", "Па нашых ВПС і войсках СПА: шэсць рухавікоў ТВ3-117 з Мі-24П, чатыры - з Мі-8МТВ-5 і тры галоўныя рэдуктары ВР-14."),
                    ("plan2024", "ВПС і войскі СПА ВС РБ"),
                    ("benches", "на 8 красавіка стаяць тры рэдуктары для МА РФ і адзін для нашых ВПС"),
                    ("brest", "дэфектацыя двух галоўных рэдуктараў ВР-14 з Мі-8МТВ-5 нашых ВПС"),
                    ("summary9", "Для ВВС и войск ПВО Вооруженных Сил Республики Беларусь - 6 двигателей ТВ3-117 (Ми-24П и Ми-8МТВ-5) и 2 редуктора ВР-14."))),
    dict(kind="military_maintenance", summary="PAAZ overhauls and upgrades TV3-117VM engines and VR-14 gearboxes of "
         "Mi-8AMTSh helicopters for the Russian Ministry of Defence.",
         subjects=["o_paaz"], attributes={"platforms": ["tv3-117", "tv3-117vm", "vr-14", "mi-8", "mi-8amtsh"],
                                          "customer_country": "ru"},
         evidence=E(("plan2024", "па расійскім заказе (Міністэрства абароны Расійскай Федэрацыі) колькасць рухавікоў ТВ3-117ВМ павялічана з 8 да 10"),
                    ("plan2024", "Рэдуктары ВР-14 для Мі-8АМТШ - 5 шт., з іх два з мадэрнізацыяй па бюлетэні 14-0317."),
                    ("plan2024", "МА РФ (в/ч 63718)"),
                    ("hai_kur", "до осени он занят редукторами Минобороны России"),
                    ("benches", "стаяць тры рэдуктары для МА РФ"),
                    ("summary9", "Для Министерства обороны Российской Федерации отремонтировано 8 двигателей ТВ3-117ВМ и 3 редуктора ВР-14 (Ми-8АМТШ)."))),
    dict(kind="military_maintenance", summary="PAAZ repairs TV3-117VM engines (and VR-14 gearboxes) of Mi-8MTV-1 "
         "helicopters for the Ministry of Defence of Kazakhstan, through the Russian intermediary AviaTehKomplekt.",
         subjects=["o_paaz"], attributes={"platforms": ["tv3-117", "tv3-117vm", "mi-8", "mi-8mtv-1", "vr-14"],
                                          "customer_country": "kz"},
         evidence=E(("plan2024", "Казахстанскі заказ ідзе праз расійскага пасрэдніка, ТАА «АвіяТэхКамплект»: чатыры рухавікі ТВ3-117ВМ з Мі-8МТВ-1, канчатковы атрымальнік - Міністэрства абароны Рэспублікі Казахстан."),
                    ("plan2024", "ТАА «АвіяТэхКамплект» (канчатковы атрымальнік – МА Рэспублікі Казахстан)"),
                    ("kur1", "zakazchik okonchatel'no podtverdil 4 dvigatelya TV3-117VM s vertoletov Mi-8MTV-1 i dopolnitel'no 2 glavnyh reduktora VR-14"),
                    ("kur1", "Konechnyj poluchatel' - Ministerstvo oborony Respubliki Kazahstan"),
                    ("hai_kur", "Двигатели ТВ3-117ВМ для Казахстана берем"),
                    ("hai_kur", "Konechnyj poluchatel' - Ministerstvo oborony Respubliki Kazahstan"),
                    ("kur2", "2 iz 4 dvigatelej TV3-117VM im nuzhny k 1 oktyabrya, u nih na Mi-8MTV-1 posle uchenij stoyat dve mashiny"),
                    ("kur2", "konechnyj poluchatel' ukazan kak Minoborony Kazahstana"),
                    ("summary9", "По казахстанскому заказу через ООО «АвиаТехКомплект» сданы 2 двигателя ТВ3-117ВМ с Ми-8МТВ-1"))),
    dict(kind="joint_development", summary="PAAZ and the Idel Design Bureau (Kazan) jointly develop the Sych-2 "
         "reconnaissance unmanned helicopter; PAAZ makes the main gearbox and tail transmission. Belarusian share: "
         "50 % in the memorandum, 25 % proposed by PAAZ and rejected, 35 % agreed in the September 2024 protocol.",
         subjects=["o_paaz", "o_idel"], attributes={"product": ["sych-2", "syč-2", "sych", "syc-2"],
                                                     "partner_country": "ru", "funding_share": 0.35},
         evidence=E(("kha_offer", 'направляю предложение КБ "Идель" о совместной опытно-конструкторской работе по беспилотному вертолету-разведчику "Сыч-2"'),
                    ("kha_offer", "Финансирование ОКР предлагаем в равных долях, по 50 % с каждой стороны."),
                    ("fwd_offer", "перасылаю прапанову КБ «Ідэль» (Р.І. Хайрулін) па беспілотным верталёце «Сыч-2»"),
                    ("memo50", "Меморандум о совместной разработке беспилотного вертолёта «Сыч-2» подписан"),
                    ("benches", "Без яго стэндавыя выпрабаванні, закладзеныя ў меморандум з КБ «Ідэль», не пачнуцца."),
                    ("pra25", "снизить долю белорусской стороны в финансировании ОКР «Сыч-2» с 50 % до 25 %"),
                    ("kha35", "Предлагаем компромисс - 35 % ОАО «ПААЗ», 65 % АО «КБ «Идель»"),
                    ("kazan_trip", "Па долях я пагадзіўся на іх кампраміс - 35 % наша доля, 65 % іх"),
                    ("protocol", "Главное зафиксировано: 35 % ОАО «ПААЗ», 65 % АО «КБ «Идель»"),
                    ("protocol", "2. Финансирование ОКР: белорусская сторона – 35 %, российская сторона – 65 %."),
                    ("summary9", "протокол подписан, наша доля финансирования - 35 %"),
                    ("kha_ny", 'стендовые испытания главного редуктора "Сыч-2" переносим на II квартал 2025 года'))),
    dict(kind="sanctions_obstacle", summary="The Czech maker Hanácká ložiska refused to supply VR-14 gearbox "
         "bearings to PAAZ under EU sanctions against Belarus.",
         subjects=["o_paaz"], attributes={"origin_country": "cz", "goods": "bearings"},
         evidence=E(("novotny", "the bearings are listed items and their sale and export to Belarus is prohibited"),
                    ("zen_cz", "Hanacka loziska адмовіла па ўсіх трох тыпах падшыпнікаў для ВР-14 - спасылаюцца на санкцыі ЕС супраць Беларусі"),
                    ("zen_cz", "the bearings are listed items and their sale and export to Belarus is prohibited"),
                    ("hai_cz", "Hanacka loziska адмовіла па ўсіх трох тыпах падшыпнікаў для ВР-14 - спасылаюцца на санкцыі ЕС супраць Беларусі"),
                    ("titan1", "Подшипники для ВР-14 (ранее Hanacka loziska, ЧР) - поставка невозможна, санкции ЕС"),
                    ("summary9", "Подшипники: чешские поставки прекращены из-за санкций ЕС"))),
    dict(kind="sanctions_obstacle", summary="US-made electronic components (ADCs, FPGAs, MEMS sensors) for the "
         "Sych-2 gearbox monitoring unit cannot be bought: US export controls (EAR), Brightline refused.",
         subjects=["o_paaz"], attributes={"origin_country": "us", "goods": "electronic components"},
         evidence=E(("brightline", "the U.S. Export Administration Regulations require a license for exports and re-exports of these items to Belarus"),
                    ("hai_us", "американский дистрибьютор Brightline отказал - экспортный контроль США"),
                    ("kha_el", "американский дистрибьютор Brightline отказал - экспортный контроль США"),
                    ("titan1", "АЦП, ПЛИС, МЭМС-датчики (США) - поставка невозможна, экспортный контроль США"),
                    ("summary9", "Американская электроника: поставки невозможны из-за экспортного контроля США"))),
    dict(kind="alternative_supplier", summary="In place of the Czech bearings PAAZ tested samples from Luoyang "
         "Hengtai (China), audited the plant and signed a supply contract; the first batch shipped in October 2024.",
         subjects=["o_paaz", "o_hengtai"], attributes={"supplier_country": "cn", "goods": "bearings"},
         evidence=E(("wang_offer", "HT-7214AC, HT-NU2218E and HT-3062 are direct replacements for the Czech bearings of the VR-14 gearbox"),
                    ("hai_cn", "Прашу браць узоры, па шэсць штук кожнага тыпу, як яны прапануюць."),
                    ("titan1", "рассматриваются образцы Хэнтай (КНР)"),
                    ("wang_samples", "The samples (6 pcs each of HT-7214AC, HT-NU2218E and HT-3062) were shipped today by courier to your plant"),
                    ("order_cn", "узоры Хэнтай прыйшлі"),
                    ("order_cn", "з мэтай аўдыту вытворчасці і прыёмкі ўзораў падшыпнікаў для галоўнага рэдуктара ВР-14"),
                    ("cn_report", "Прапаную заключыць кантракт на пастаўку падшыпнікаў для ВР-14 на 2024-2025 гг. замест чэшскіх (Hanácká)"),
                    ("contract_cn", "контракт с Luoyang Hengtai на подшипники для ВР-14 подписан"),
                    ("brest", "Калі прыйдзе першая партыя ад Хэнтай"),
                    ("wang_ship", "the first batch under contract HT-BY-2024-07 (120 bearings: 40 pcs each of HT-7214AC, HT-NU2218E and HT-3062) left Luoyang today by truck"),
                    ("summary9", "перешли на китайские (Хэнтай, Лоян), первая партия в пути"))),
    dict(kind="equipment_shortage", summary="Gearbox work stalls for lack of test benches: the only VR-14 bench "
         "broke down and is worn out, and there is no bench at all for the Sych-2 gearbox.",
         subjects=["o_paaz"], attributes={"goods": "test benches"},
         evidence=E(("hai_kur", "испытательный стенд для главных редукторов у нас один, старый"),
                    ("hai_kur", "Второго стенда нет и в этом году не будет."),
                    ("benches", "4 красавіка выйшаў з ладу адзіны выпрабавальны стэнд галоўных рэдуктараў"),
                    ("benches", "патрэбны асобны стэнд для рэдуктара малой магутнасці, якога на заводзе няма наогул"),
                    ("hai_ti", 'стенда под редуктор "Сыч-2" по-прежнему нет'),
                    ("summary9", "Испытательные стенды: стенд УСР-14 изношен, стенда для редуктора «Сыч-2» нет."),
                    ("kha_ny", "у вас по-прежнему нет стенда под этот редуктор"))),
    dict(kind="equipment_shortage", summary="No VT3-1 titanium alloy since spring 2024: the Russian supplier did not "
         "deliver, the Sych-2 gearbox casings cannot be started.",
         subjects=["o_paaz"], attributes={"goods": "titanium alloy"},
         evidence=E(("titan1", "Без титана механический цех не может начать корпуса и валы опытных редукторов"),
                    ("titan1", "Сплав титановый ВТ3-1, пруток д.60-120 - потребность 1,8 т, наличие 0 - поставка сорвана (РФ)."),
                    ("hai_ti", "титана нет с весны"),
                    ("zen_ti2", "ВТ3-1 абяцаюць толькі ў снежні, і то палову заяўкі"),
                    ("summary9", "Титановый сплав ВТ3-1: поставки с весны сорваны, корпуса опытных редукторов не начаты."))),
    dict(kind="foreign_travel", summary="Haidukou and his wife Iuliia holidayed in Budva, Montenegro, 5-19 August 2024.",
         subjects=["p_haidukou", "p_iuliia"], attributes={"country": "me", "start": "2024-08-05", "place": "Budva",
                                                          "purpose": "holiday"},
         evidence=E(("yul_vnzh", "Путевку в Будву на 5-19 августа я оплатила"),
                    ("notice_me", "з 5 па 19 жніўня 2024 г. выязджаю ў Чарнагорыю (г. Будва) з мэтай адпачынку"),
                    ("notice_me", "Выязджаю разам з жонкай - Гайдуковай Юліяй Сяргееўнай"),
                    ("booking", "Guests: Mr HAIDUKOU VITALI, Mrs GAIDUKOVA IULIIA"),
                    ("booking", "We look forward to welcoming you and Mr Haidukou in Budva."),
                    ("nika2", "Bačyła vašy fotki z Budvy"),
                    ("hai_ti", "были с женой в Черногории"),
                    ("nika3", "Mama pisała, što vy ŭ Budvie dobra adpačyli"))),
    dict(kind="foreign_travel", summary="Haidukou and Ziankevich went to Luoyang, China, 16-22 June 2024 to audit "
         "the bearing maker Hengtai.",
         subjects=["p_haidukou", "p_ziankevich"], attributes={"country": "cn", "start": "2024-06-16", "place": "Luoyang",
                                                              "purpose": "supplier audit"},
         evidence=E(("wang_samples", "we are glad to invite Mr Haidukou and you to visit our plant in Luoyang from 17 to 21 June"),
                    ("order_cn", "Загад на камандзіроўку ў Кітай падпісаны"),
                    ("order_cn", "Накіраваць у службовую камандзіроўку ў Кітайскую Народную Рэспубліку, г. Лоян"),
                    ("cn_report", "вярнуліся з Тамарай Іванаўнай з Лояна ў суботу"),
                    ("wang_ship", "Thank you again to Mr Haidukou for the constructive audit in June."))),
    dict(kind="foreign_travel", summary="Prakopau and Haidukou went to the Idel Design Bureau in Kazan, Russia, "
         "16-18 September 2024 for the Sych-2 design review and the protocol signing.",
         subjects=["p_prakopau", "p_haidukou"], attributes={"country": "ru", "start": "2024-09-16", "place": "Kazan",
                                                            "purpose": "design review and protocol signing"},
         evidence=E(("kazan_trip", "16-18 верасня едзем з Вамі ў Казань, у КБ «Ідэль»"),
                    ("protocol", "Спасибо за приезд в Казань и за содержательную защиту"))),
    dict(kind="citizenship", summary="Vitali Haidukou is a Belarusian citizen and has no other citizenship.",
         subjects=["p_haidukou"], attributes={"countries": ["by"]},
         evidence=E(("order_cn", "Гайдукова Віталя Аляксеевіча, намесніка галоўнага канструктара (пашпарт грамадзяніна Рэспублікі Беларусь MP4478120)"),
                    ("notice_me", "пашпарт грамадзяніна Рэспублікі Беларусь MP4478120"),
                    ("notice_me", "Іншага грамадзянства, акрамя беларускага, не маю."))),
    dict(kind="citizenship", summary="Iuliia Gaidukova is a Russian citizen (she only holds a Belarusian residence permit).",
         subjects=["p_iuliia"], attributes={"countries": ["ru"]},
         evidence=E(("yul_vnzh", "паспорт, конечно, остается российский, гражданство я не меняла и не собираюсь"),
                    ("notice_me", "грамадзянкай Расійскай Федэрацыі (пашпарт РФ 66 19 508142)"))),
    dict(kind="citizenship", summary="Veranika Haidukova is a Belarusian citizen (with a Polish residence card).",
         subjects=["p_veranika"], attributes={"countries": ["by"]},
         evidence=E(("nika1", "Ale pašpart pry hetym u mianie, jak i byŭ, biełaruski"),
                    ("nika_pl", "obywatelka Białorusi"))),
    dict(kind="citizenship", summary="Tamara Ziankevich holds a Belarusian passport.",
         subjects=["p_ziankevich"], attributes={"countries": ["by"]},
         evidence=E(("order_cn", "Зянькевіч Тамару Іванаўну, начальніка аддзела матэрыяльна-тэхнічнага забеспячэння (пашпарт грамадзяніна Рэспублікі Беларусь MP3901276)"))),
    dict(kind="family_relation", summary="Iuliia Gaidukova is Vitali Haidukou's wife.",
         subjects=["p_haidukou", "p_iuliia"], attributes={"relationship": "spouse"},
         evidence=E(("notice_me", "Выязджаю разам з жонкай - Гайдуковай Юліяй Сяргееўнай"),
                    ("hai_ti", "были с женой в Черногории"))),
    dict(kind="family_relation", summary="Veranika (Nika) Haidukova, in Warsaw, is Vitali Haidukou's daughter.",
         subjects=["p_haidukou", "p_veranika"], attributes={"relationship": "child"},
         evidence=E(("nika1", "Pryvitańnie, tata!"),
                    ("nika2", "Tata, mama, pryvitańnie!"),
                    ("hai_lt", "Ніка, дачушка"),
                    ("nika3", "Ніка, дачушка"),
                    ("nika_pl", "zgodnie z rozmową telefoniczną z Pana córką, Panią Weroniką Hajdukową"),
                    ("nika_pl", "Witalij Hajdukow (ojciec najemcy)"))),
    dict(kind="family_relation", summary="Veranika Haidukova is Iuliia Gaidukova's daughter.",
         subjects=["p_iuliia", "p_veranika"], attributes={"relationship": "child"},
         evidence=E(("yul_vnzh", "Наша Ника звонила из Варшавы"),
                    ("nika2", "Tata, mama, pryvitańnie!"))),
    dict(kind="employment", summary="Vitali Haidukou is deputy chief designer of PAAZ.",
         subjects=["p_haidukou", "o_paaz"], attributes={"role": "deputy chief designer"},
         evidence=E(("hai_us", "заместитель главного конструктора"),
                    ("benches", "Намеснік галоўнага канструктара"),
                    ("order_cn", "Гайдукова Віталя Аляксеевіча, намесніка галоўнага канструктара"),
                    ("notice_me", "ад намесніка галоўнага канструктара Гайдукова В.А."),
                    ("protocol", "заместитель главного конструктора В.А. Гайдуков"),
                    ("cn_report", "намеснік галоўнага канструктара"))),
    dict(kind="employment", summary="Hienadz Prakopau is general director of PAAZ.",
         subjects=["p_prakopau", "o_paaz"], attributes={"role": "general director"},
         evidence=E(("plan2024", "Генеральны дырэктар"),
                    ("pra25", "Генеральный директор ОАО «ПААЗ»"),
                    ("order_cn", "Генеральны дырэктар Г.У. Пракопаў"),
                    ("protocol", "генеральный директор Г.В. Прокопов"),
                    ("wang_samples", "your General Director, Mr Hienadz Prakopau"),
                    ("summary9", "Генеральный директор"))),
    dict(kind="employment", summary="Tamara Ziankevich heads the procurement (material and technical supply) department of PAAZ.",
         subjects=["p_ziankevich", "o_paaz"], attributes={"role": "head of procurement"},
         evidence=E(("zen_cz", "начальнік аддзела матэрыяльна-тэхнічнага забеспячэння"),
                    ("zen_tr_no", "Head of Procurement"),
                    ("order_cn", "Зянькевіч Тамару Іванаўну, начальніка аддзела матэрыяльна-тэхнічнага забеспячэння"),
                    ("titan1", "Составил: начальник ОМТС Т.И. Зенькевич"))),
    dict(kind="employment", summary="Rustam Khairullin is chief designer of the Idel Design Bureau.",
         subjects=["p_khairullin", "o_idel"], attributes={"role": "chief designer"},
         evidence=E(("kha_offer", "главный конструктор"),
                    ("memo50", "главный конструктор АО «КБ «Идель»"),
                    ("protocol", "От российской стороны: главный конструктор Р.И. Хайруллин"))),
    dict(kind="employment", summary="Denis Kurochkin is commercial director of AviaTehKomplekt.",
         subjects=["p_kurochkin", "o_atk"], attributes={"role": "commercial director"},
         evidence=E(("kur1", "kommercheskij direktor"))),
    dict(kind="employment", summary="Wang Xiaoyan is export sales manager of Luoyang Hengtai.",
         subjects=["p_wang", "o_hengtai"], attributes={"role": "export sales manager"},
         evidence=E(("wang_offer", "Export Sales Manager"), ("wang_samples", "Export Sales Manager"))),
    dict(kind="employment", summary="Kerem Aydınoğlu is sales director of Boğaziçi Komponent.",
         subjects=["p_aydinoglu", "o_bogazici"], attributes={"role": "sales director"},
         evidence=E(("aydin", "Sales Director"))),
    dict(kind="employment", summary="Pavel Novotný is export sales manager of Hanácká ložiska.",
         subjects=["p_novotny", "o_hanacka"], attributes={"role": "export sales manager"},
         evidence=E(("novotny", "Export Sales Manager"))),
]

WATCH_TRUE = [("p_prakopau", "wl-by-2207"), ("o_paaz", "wl-by-2208"), ("o_idel", "wl-ru-5531")]

WATCHLIST = [
    {"id": "wl-by-2207", "schema": "Person", "caption": "PROKOPOV, Gennadiy Vladimirovich",
     "properties": {"name": ["PROKOPOV, Gennadiy Vladimirovich"], "alias": ["PRAKAPAU, Henadz Uladzimiravich"],
                    "birthDate": ["1962-10-04"], "nationality": ["by"],
                    "position": ["General Director, Polykovichi Aviation Units Plant"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-2208", "schema": "Company", "caption": "POLYKOVICHI AVIATION UNITS PLANT OJSC",
     "properties": {"name": ["POLYKOVICHI AVIATION UNITS PLANT OJSC"],
                    "alias": ["OAO POLYKOVICHSKIY AVIAAGREGATNYY ZAVOD", "PAAZ OAO"], "jurisdiction": ["by"],
                    "address": ["Mogilev, Belarus"], "sector": ["helicopter engine and gearbox repair"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ru-5531", "schema": "Company", "caption": "KONSTRUKTORSKOE BYURO IDEL, AO",
     "properties": {"name": ["KONSTRUKTORSKOE BYURO IDEL, AO"], "alias": ["IDEL DESIGN BUREAU JSC", "AO KB IDEL"],
                    "jurisdiction": ["ru"], "address": ["Kazan, Republic of Tatarstan"],
                    "sector": ["unmanned aerial vehicles"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-5532", "schema": "Person", "caption": "PROKOPOV, Gennadiy Viktorovich",
     "properties": {"name": ["PROKOPOV, Gennadiy Viktorovich"], "birthDate": ["1971-01-19"], "nationality": ["ru"],
                    "position": ["Deputy Governor, Tambov Oblast"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-5533", "schema": "Person", "caption": "GAIDUKOV, Vitaliy Alekseevich",
     "properties": {"name": ["GAIDUKOV, Vitaliy Alekseevich"], "alias": ["Гайдуков Виталий Алексеевич"],
                    "birthDate": ["1958-02-11"], "nationality": ["ru"],
                    "position": ["Director, Kursk Instrument-Making Plant"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-5534", "schema": "Person", "caption": "KHAIRULLIN, Rustam Ilgizovich",
     "properties": {"name": ["KHAIRULLIN, Rustam Ilgizovich"], "birthDate": ["1980-09-07"], "nationality": ["ru"],
                    "position": ["Head of procurement, Volga Defence Logistics LLC"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-5535", "schema": "Company", "caption": "IDEL-AVIA LLC",
     "properties": {"name": ["IDEL-AVIA LLC"], "alias": ["ООО «Идель-Авиа»"], "jurisdiction": ["ru"],
                    "address": ["Ufa, Republic of Bashkortostan"]}, "datasets": ["watchlist"]},
    {"id": "wl-cn-0871", "schema": "Company", "caption": "WUXI HENGTAI BEARING CO., LTD.",
     "properties": {"name": ["WUXI HENGTAI BEARING CO., LTD."], "jurisdiction": ["cn"], "address": ["Wuxi, Jiangsu"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ir-0412", "schema": "Company", "caption": "KAVEH ROTOR INDUSTRIES",
     "properties": {"name": ["KAVEH ROTOR INDUSTRIES"], "jurisdiction": ["ir"], "address": ["Isfahan, Iran"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ru-5540", "schema": "Person", "caption": "SEMENIKHIN, Oleg Pavlovich",
     "properties": {"name": ["SEMENIKHIN, Oleg Pavlovich"], "birthDate": ["1969-12-01"], "nationality": ["ru"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ae-0093", "schema": "Company", "caption": "BLUE DUNE GENERAL TRADING FZE",
     "properties": {"name": ["BLUE DUNE GENERAL TRADING FZE"], "jurisdiction": ["ae"], "address": ["Sharjah"]},
     "datasets": ["watchlist"]},
]

README = """# Holdout case 17: Palykavichy Aero-Units Plant (PAAZ), Mogilev

Everything here is fictional: people, firms, addresses, phone and passport numbers. Mail
domains are under example.*. The files are written by `make_case.py` (standard library only,
deterministic), which also runs the self-checks.

**The source.** The mailbox of Vitali Haidukou (Віталь Аляксеевіч Гайдукоў, in Russian
Гайдуков Виталий Алексеевич), deputy chief designer of OJSC Palykavichy Aero-Units Plant
(ААТ «Палыкавіцкі авіяагрэгатны завод», ОАО «Полыковичский авиаагрегатный завод», ПААЗ/PAAZ)
near Mogilev, January-December 2024: `mailbox.mbox` (65 messages, mboxrd) and three loose
messages in `loose/*.eml` (`001.eml`, his wife's mail from her phone, has no Message-ID: the
truth cites it as `<sha256:HEX>` of the file's bytes).

The plant overhauls TV3-117 helicopter engines and VR-14 main gearboxes (Mi-24P, Mi-8MTV-5,
Mi-8AMTSh, Mi-8MTV-1) for the Belarusian Air Force, for Russia's Ministry of Defence and for
Kazakhstan's Ministry of Defence through a Russian intermediary (AviaTehKomplekt, Zhukovsky). It
co-develops the Sych-2 (Сыч-2) reconnaissance unmanned helicopter with the Idel Design Bureau in
Kazan (PAAZ makes the gearbox and transmission). Czech bearings (Hanácká ložiska, EU sanctions)
and US electronics (Brightline, EAR) are blocked; a Turkish distributor offers the US parts through
Istanbul (declined) and a Chinese maker (Luoyang Hengtai) offers bearings (tested, audited, contracted).
Work stalls for lack of test benches and VT3-1 titanium alloy.

**Languages and scripts.** Belarusian in Cyrillic (most internal mail), Belarusian Łacinka (the
daughter, who lives in Warsaw), Russian (Kazan, the wife, the plant director's reports), Russian in
Latin letters (translit: Kurochkin of AviaTehKomplekt, "pishu s telefona"), English (Czech, US,
Turkish, Chinese suppliers, hotel, Lithuanian embassy) and Polish (a landlord's letter forwarded by
the daughter).

**Encodings.** utf-8 in base64, quoted-printable and 8bit; windows-1251 (base64, QP, 8bit);
koi8-r (8bit, base64, QP; these Russian messages use ASCII quotes and hyphens, as koi8-r has no
«» or dashes); one Belarusian 8bit windows-1251 part with **no charset declared at all** (the
Brest message); RFC 2047 headers in utf-8 (B and Q), windows-1251, koi8-r (B and Q),
iso-8859-2 (the Czech sender) and iso-8859-9 (the Turkish sender); RFC 2231 and RFC 2047
attachment names. HTML-only mail (canteen, IT, the Chinese offer, spam) and multipart/alternative
(US refusal, newsletters). A body line beginning with "From " is quoted as ">From " (mboxrd).

**Attachments holding evidence.** `План_рамонту_2024.xlsx` (repair plan by customer),
`Загад_214-к_камандзіроўка_Лоян.docx` (business-trip order with passports),
`Протокол_ОКР_Сыч-2.docx` (the joint-development protocol, 35 %/65 %),
`Booking_BV-24-08817.pdf` (hotel in Budva; hand-written minimal PDF),
`vedomost_deficita_04_2024.txt` (shortage list, windows-1251).

**People and their forms.**
- Vitali Haidukou: Віталь Гайдукоў, Гайдукоў Віталь Аляксеевіч, Гайдукова Віталя Аляксеевіча
  (acc.), Гайдукова В.А. (gen.), В.А. Гайдукоў, В. Гайдукоў, Віталь Аляксеевіч, Гайдуков Виталий
  Алексеевич, В.А. Гайдуков, Виталий Алексеевич, Виталик, Vitali Haidukou, Mr Haidukou,
  Mr HAIDUKOU VITALI (passport form), Vitalij Alekseevich (translit), Witalij Hajdukow and Panie
  Witaliju (Polish).
- Iuliia Gaidukova, his wife (Russian citizen, Belarusian residence permit): Юлия Гайдукова, Юля,
  Юлии Сергеевне, Гайдуковай Юліяй Сяргееўнай, Mrs GAIDUKOVA IULIIA (Russian passport
  transliteration), Mrs Gaidukova.
- Veranika (Nika) Haidukova, their daughter in Warsaw: Nika Hajdukowa, Nika, Ніка, Ника,
  Weronika Hajdukowa, Panią Weroniką Hajdukową, HAIDUKOVA VERANIKA.
- Hienadz Prakopau, general director: Пракопаў Генадзь Уладзіміравіч, Г.У. Пракопаў, Генадзь
  Уладзіміравіч, Прокопов Геннадий Владимирович, Г.В. Прокопов, Геннадий Владимирович, Геннадия
  Владимировича, Mr Hienadz Prakopau.
- Tamara Ziankevich, head of procurement: Зянькевіч Тамара Іванаўна, Зянькевіч Тамару Іванаўну,
  Т.І. Зянькевіч, Т. Зянькевіч, Тамара Іванаўна, Тамарай Іванаўнай, Т.И. Зенькевич, Tamara
  Ziankevich, Ms Ziankevich.
- Rustam Khairullin, chief designer of KB Idel: Хайруллин Рустам Ильдарович, Р.И. Хайруллин, Рустам
  Ильдарович, Р.І. Хайрулін, Хайруліна.
- Denis Kurochkin (AviaTehKomplekt), Wang Xiaoyan / 王晓燕 / Ван Сяоянь (Hengtai), Kerem Aydınoğlu /
  Mr Aydinoglu / Айдыноглу (Boğaziçi Komponent), Pavel Novotný / Pavel Novotny (Hanácká ložiska).

**What an analyst should find** (`truth.json`): 3 military maintenance findings (by, ru, kz),
the Sych-2 joint development (latest agreed Belarusian share 0.35), 2 sanctions obstacles (cz
bearings, us electronics), 1 alternative supplier (Hengtai, cn), 2 equipment shortages (test
benches, titanium alloy), 3 foreign trips (Budva, Montenegro, Aug 2024 with the wife; Luoyang, China,
June 2024 with Ziankevich; Kazan, Russia, Sept 2024 with the director), 4 citizenships, 3 family
relations, 8 employments and 3 watchlist matches (the director, the plant and the design bureau, all
written in other transliterations on the list).

**Traps (text in the mailbox, no finding).**
- The Turkish distributor's offer of US parts via Istanbul (Boğaziçi Komponent): the buyer declines.
- The trip to Vilnius, Lithuania, in October 2024: the Schengen visa was refused (loose/003.eml).
- The business trip to Brest, 24-25 September: domestic.
- The wife's Belarusian residence permit (вид на жительство) and the daughter's Polish karta pobytu:
  no Belarusian resp. Polish citizenship.
- Hypotheticals: "калі б санкцыі знялі ... вярнуліся б да чэхаў", "Если бы санкции вдруг сняли ...
  вернул в проект американскую инерциалку".
- The 50 % share of the memorandum and the 25 % proposed by PAAZ and rejected: only 35 % counts.
- Facts quoted again in replies and forwards (the Czech refusal, the US refusal, the Kazakh order,
  the 25 % proposal): one finding each, citing every message that states them.
- Reported speech about an unnamed person: a Kazan designer who "emigrated to Israel last year";
  "a mutual friend at the Minsk exhibition".
- Domestic excursions (Nesvizh and Mir), exhibitions in Minsk, noise about the plant.
- Watchlist near misses: PROKOPOV Gennadiy Viktorovich (other patronymic), GAIDUKOV Vitaliy
  Alekseevich born 1958 (the designer was born 14.06.1977), KHAIRULLIN Rustam Ilgizovich, IDEL-AVIA
  LLC of Ufa, WUXI HENGTAI BEARING (another city than Luoyang).

**Scoring.** `python3 /work/shared/tools/score_case.py truth.json FINDINGS.json`.
"""


# ==========================================================================
# Build
# ==========================================================================
def collapse(s):
    return " ".join(str(s).split())


def build():
    os.makedirs(os.path.join(HERE, "loose"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "loose")):
        os.remove(os.path.join(HERE, "loose", f))
    mbox_msgs = sorted([m for m in MSGS if m["where"] == "mbox"], key=lambda m: m["date"])
    loose_msgs = sorted([m for m in MSGS if m["where"] == "loose"], key=lambda m: m["date"])
    out = io.BytesIO()
    for m in mbox_msgs:
        raw = render(m)
        m["raw"] = raw
        sender = m["frm"][1]
        out.write(("From %s %s\n" % (sender, m["date"].astimezone(timezone.utc).strftime("%a %b %d %H:%M:%S %Y"))).encode())
        body = re.sub(rb"(?m)^(>*From )", rb">\1", raw)
        out.write(body if body.endswith(b"\n") else body + b"\n")
        out.write(b"\n")
    with open(os.path.join(HERE, "mailbox.mbox"), "wb") as fh:
        fh.write(out.getvalue())
    for i, m in enumerate(loose_msgs, 1):
        raw = render(m)
        m["raw"] = raw
        m["file"] = "loose/%03d.eml" % i
        with open(os.path.join(HERE, m["file"]), "wb") as fh:
            fh.write(raw)
        if m["no_mid"]:
            m["message_id"] = "<sha256:%s>" % hashlib.sha256(raw).hexdigest()
    return mbox_msgs, loose_msgs


def own_texts(m):
    """What the message says, as written here: body, attachments, subject, header names."""
    names = [m["frm"][0]] + [n for n, _ in m["to"]] + [n for n, _ in m["cc"]]
    return [m["plain"]] + m["att_texts"], [m["subject"]] + [n for n in names if n]


def make_truth():
    ents = [dict(e) for e in ENTITIES]
    by_id = {e["id"]: e for e in ents}
    findings = []
    for i, f in enumerate(FINDINGS, 1):
        ev = [dict(message_id=BYKEY[x["key"]]["message_id"], quote=x["quote"]) for x in f["evidence"]]
        findings.append(dict(id="f-%02d" % i, kind=f["kind"], summary=f["summary"], subjects=f["subjects"],
                             attributes=f["attributes"], evidence=ev, confidence=1.0))
    for eid, wl in WATCH_TRUE:
        e = by_id[eid]
        ev = []
        for m in sorted(MSGS, key=lambda m: m["date"]):
            bodies, _ = own_texts(m)
            q = None
            for b in bodies:
                # mask e-mail addresses (paaz.example.by is no mention of the plant)
                masked = re.sub(r"[\w.+-]+@[\w.-]+", lambda x: " " * len(x.group(0)), b)
                for form in sorted(e["names"], key=len, reverse=True):
                    mt = re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", masked, re.IGNORECASE)
                    if mt:
                        q = b[mt.start():mt.end()]
                        break
                if q:
                    break
            if q:
                ev.append(dict(message_id=m["message_id"], quote=q))
        entry = next(w for w in WATCHLIST if w["id"] == wl)
        findings.append(dict(id="f-%02d" % (len(findings) + 1), kind="watchlist_match",
                             summary="%s is on the watchlist as %s." % (e["name"], entry["caption"]),
                             subjects=[eid], attributes={"list": "watchlist", "entry_id": wl},
                             evidence=ev, confidence=1.0))
    return {"format": "paperchase.findings/1", "entities": ents, "findings": findings}


# ==========================================================================
# Self-checks
# ==========================================================================
def precheck(truth):
    ok = True
    bymid = {m["message_id"]: m for m in MSGS}
    for f in truth["findings"]:
        for ev in f["evidence"]:
            m = bymid.get(ev["message_id"])
            if m is None:
                print("  PRECHECK unknown message", ev["message_id"], f["id"])
                ok = False
                continue
            bodies, _ = own_texts(m)
            if collapse(ev["quote"]) not in collapse("\n".join(bodies)):
                print("  PRECHECK quote not in own text:", f["id"], m["key"], ev["quote"][:80])
                ok = False
    # completeness of surface forms: every name-like hit must be covered by a listed form
    forms = sorted({n for e in ENTITIES for n in e["names"]}, key=len, reverse=True)
    for m in MSGS:
        bodies, heads = own_texts(m)
        for t in bodies + heads:
            spans = []
            for form in forms:
                for mt in re.finditer(re.escape(form), t, re.IGNORECASE):
                    spans.append(mt.span())
            for mt in NAME_STEMS.finditer(t):
                a, b = mt.span()
                if not any(s <= a and b <= e for s, e in spans):
                    print("  FORMS uncovered name %r in %s: ...%s..." % (mt.group(0), m["key"], t[max(0, a - 30):b + 30].replace("\n", " ")))
    return ok


def tool_check(truth, n_mbox):
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        case = os.path.join(tmp, "case")
        r = subprocess.run([PAPERCHASE, "ingest", os.path.join(HERE, "mailbox.mbox"), os.path.join(HERE, "loose"),
                            "--case", case, "-q"], capture_output=True, text=True)
        print("  ingest rc=%d %s" % (r.returncode, (r.stderr or r.stdout).strip().replace("\n", " | ")[-300:]))
        r = subprocess.run([PAPERCHASE, "export", "--case", case, "--format", "messages"], capture_output=True, text=True)
        if r.returncode != 0:
            print("  export failed:", r.stderr[-500:])
            return False
        msgs = [json.loads(l) for l in r.stdout.splitlines() if l.strip()]
    exp = {}
    for m in msgs:
        texts = [m.get("text") or ""] + [a.get("text") or "" for a in m.get("attachments", [])]
        heads = [m.get("subject") or ""] + [p.get("name") or "" for k in ("from", "to", "cc") for p in m.get(k) or []]
        exp[m["message_id"]] = (texts, heads, m)
    ok1 = True
    bad = []
    for f in truth["findings"]:
        for ev in f["evidence"]:
            if ev["message_id"] not in exp:
                print("  [1] cited message missing from export:", ev["message_id"], f["id"])
                ok1 = False
                continue
            texts = exp[ev["message_id"]][0]
            if collapse(ev["quote"]) not in collapse("\n".join(texts)):
                bad.append((f["id"], ev["message_id"], ev["quote"]))
    for fid, mid_, q in bad:
        print("  [1] quote not found in export text: %s %s %r" % (fid, mid_, q[:90]))
    ok1 = ok1 and not bad
    print("[1] quotes and message ids:", "PASS" if ok1 else "FAIL", "(%d messages exported)" % len(msgs))
    results["1"] = ok1
    # [3] surface forms
    alltext = collapse("\n".join("\n".join(t) + "\n" + "\n".join(h) for t, h, _ in exp.values())).casefold()
    own = collapse("\n".join("\n".join(own_texts(m)[0] + own_texts(m)[1]) for m in MSGS)).casefold()
    ok3 = True
    for e in truth["entities"]:
        for n in e["names"]:
            nf = collapse(unicodedata.normalize("NFC", n)).casefold()
            if nf not in alltext:
                where = "present in our own text" if nf in own else "NOT in our own text either"
                print("  [3] form not in export: %r (%s; %s)" % (n, e["id"], where))
                ok3 = False
    print("[3] surface forms occur:", "PASS" if ok3 else "FAIL")
    results["3"] = ok3
    results["export_count"] = len(msgs)
    return results


def main():
    mbox_msgs, loose_msgs = build()
    truth = make_truth()
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "watchlist.ftm.json"), "w", encoding="utf-8") as fh:
        for w in WATCHLIST:
            fh.write(json.dumps(w, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)
    print("wrote %d mbox messages, %d loose, %d entities, %d findings" % (
        len(mbox_msgs), len(loose_msgs), len(truth["entities"]), len(truth["findings"])))
    kinds = {}
    for f in truth["findings"]:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print("findings by kind:", json.dumps(kinds))
    ok0 = precheck(truth)
    print("[0] pre-check against own texts:", "PASS" if ok0 else "FAIL")
    allok = ok0
    if "--no-tool" not in sys.argv:
        res = tool_check(truth, len(mbox_msgs))
        allok = allok and res.get("1", False) and res.get("3", False)
    # [2] score truth against itself
    r = subprocess.run([sys.executable, SCORER, os.path.join(HERE, "truth.json"), os.path.join(HERE, "truth.json")],
                       capture_output=True, text=True)
    ok2 = ("B-cubed precision 1.000 recall 1.000" in r.stdout and "findings: precision 1.000 recall 1.000" in r.stdout)
    print(r.stdout.strip().splitlines()[-2])
    print(r.stdout.strip().splitlines()[-1])
    print("[2] truth scores 1.0 against itself:", "PASS" if ok2 else "FAIL")
    # [4] number of messages in the mbox
    with open(os.path.join(HERE, "mailbox.mbox"), "rb") as fh:
        n = sum(1 for line in fh if line.startswith(b"From "))
    ok4 = n == len(mbox_msgs) == 65
    print("[4] mbox holds %d messages (meant 65):" % n, "PASS" if ok4 else "FAIL")
    allok = allok and ok2 and ok4
    print("ALL CHECKS PASS" if allok else "SOME CHECKS FAILED")
    return 0 if allok else 1


if __name__ == "__main__":
    sys.exit(main())
