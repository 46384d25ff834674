#!/usr/bin/env python3
"""Generator of the holdout9 case (Tavatuy Aggregate Plant, head of foreign procurement).

Deterministic: fixed dates, no randomness. Writes mailbox.mbox, loose/*.eml, truth.json,
watchlist.ftm.json next to this file, then checks them (see the end of the file).

Run with /work/main/.venv/bin/python (python-docx, openpyxl, pypdf).

Markup in the message texts below:
  [[entity_id|surface form]]    a name of an entity as written in the source
  ⟦finding_id,...|quote⟧         a verbatim evidence quote for one or more findings
Both are stripped before writing; the forms and quotes are collected for truth.json.
"""
import base64
import datetime as dt
import hashlib
import html
import io
import json
import mailbox
import os
import quopri
import re
import subprocess
import sys
import unicodedata
import urllib.parse
import zipfile
from collections import defaultdict
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime
from html.parser import HTMLParser

import docx
import openpyxl
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
SCRATCH = "/tmp/h9"
SCORER = "/work/shared/tools/score_case.py"

# ---------------------------------------------------------------- entities
ENT = {
    "o_taz": dict(schema="Company", name="Tavatuy Aggregate Plant JSC",
                  properties={"country": ["ru"], "address": ["Kalinovo, Sverdlovsk Region, Russia"]}),
    "o_kaveri": dict(schema="Company", name="Kaveri Fluid Power Pvt. Ltd.",
                     properties={"country": ["in"], "address": ["Sriperumbudur, Chennai, India"]}),
    "o_bogazici": dict(schema="Company", name="Boğaziçi Aero Tedarik Ltd. Şti.",
                       properties={"country": ["tr"], "address": ["Istanbul, Türkiye"]}),
    "o_haitong": dict(schema="Company", name="Ningbo Haitong Sealing Technology Co., Ltd.",
                      properties={"country": ["cn"]}),
    "o_gulf": dict(schema="Company", name="Gulf Bridge General Trading L.L.C.",
                   properties={"country": ["ae"], "address": ["Deira, Dubai, UAE"]}),
    "o_coromandel": dict(schema="Company", name="Coromandel Aero Traders", properties={"country": ["in"]}),
    "p_krech": dict(schema="Person", name="Iuliia Krechetova",
                    properties={"email": ["yu.krechetova@tavatuy.example.ru"], "citizenship": ["ru"],
                                "birthDate": ["1984-07-02"]}),
    "p_denis": dict(schema="Person", name="Denis Krechetov",
                    properties={"email": ["denis.krechetov@mail.example.ru"]}),
    "p_matvei": dict(schema="Person", name="Matvei Krechetov", properties={"birthDate": ["2014-03-03"]}),
    "p_lidia": dict(schema="Person", name="Lidiia Shubina",
                    properties={"email": ["l.shubina52@mail.example.ru"], "birthDate": ["1952-10-21"]}),
    "p_burm": dict(schema="Person", name="Gennadii Burmistrov",
                   properties={"email": ["g.burmistrov@tavatuy.example.ru"], "birthDate": ["1961-05-23"]}),
    "p_salikhov": dict(schema="Person", name="Rinat Salikhov",
                       properties={"email": ["r.salikhov@tavatuy.example.ru"], "birthDate": ["1975-09-11"]}),
    "p_aigerim": dict(schema="Person", name="Aigerim Zhumabaeva",
                      properties={"email": ["a.zhumabaeva@tavatuy.example.ru"], "citizenship": ["kz", "ru"]}),
    "p_lozhkin": dict(schema="Person", name="Sergei Lozhkin",
                      properties={"email": ["s.lozhkin@tavatuy.example.ru"]}),
    "p_mehmet": dict(schema="Person", name="Mehmet Yılmaz",
                     properties={"email": ["mehmet.yilmaz@bogazici-aero.example.com.tr"], "citizenship": ["tr"],
                                 "birthDate": ["1979-02-14"]}),
    "p_rajesh": dict(schema="Person", name="Rajesh Subramanian",
                     properties={"email": ["rajesh@coromandel-aero.example.in"]}),
    "p_iyer": dict(schema="Person", name="Venkatesh Iyer", properties={"email": ["v.iyer@kaverifp.example.in"]}),
    "p_zhou": dict(schema="Person", name="Zhou Min", properties={"email": ["zhoumin@haitong-seal.example.cn"]}),
}

# stems that must never occur outside a [[...]] mark (catches forgotten surface forms)
STEMS = ["Кречетов", "Krechetov", "KRECHETOV", "Krečetov", "Юли", "Юля", "Юль", "Юлеч", "Юлю", "Iuliia", "IULIIA",
         "Yuliya", "Julia", "Julija", "Yulia", "Денис", "Denis", "DENIS", "Матве", "Матвій", "Matve", "MATVEI",
         "Шубин", "Лиди", "Ліда", "Ліді", "Бурмистров", "Burmistrov", "BURMISTROV", "Геннади", "Gennad", "Салихов",
         "Salikhov", "Ринат", "Rinat", "Жумабаев", "Жұмабаева", "Zhumabay", "Zhumabaev", "Айгерим", "Әйгерім",
         "Aigerim", "Ложкин", "Lozhkin", "LOZHKIN", "Павлович", "Мехмет", "Mehmet", "MEHMET", "Йылмаз", "Yılmaz",
         "Yilmaz", "YILMAZ", "Раджеш", "Rajesh", "Субраман", "Subramanian", "Venkatesh", "Iyer", "Венкатеш", "Айер",
         "Zhou", "Чжоу", "周敏", "Таватуй", "Tavatu", "TAVATU", "ТАЗ", "Kaveri", "Кавери", "Bogazici", "Boğaziçi",
         "BOGAZICI", "Богазичи", "Haitong", "Хайтун", "海通", "Gulf Bridge", "Галф", "Coromandel", "Коромандел",
         "Сериковн", "Ильдарович", "Витальевич", "Андреевн", "Олегович", "Денисович", "Петровн"]

FORMS = defaultdict(list)          # entity id -> surface forms, in order of first use
EVID = defaultdict(list)           # finding id -> [(message key, quote)]
UNMARKED = []                      # stems found outside marks
CUR = [None]                       # key of the message being built

EV_RE = re.compile(r"⟦([a-z_0-9,]+)\|([^⟦⟧]*)⟧")   # innermost first: evidence may nest
NM_RE = re.compile(r"\[\[([a-z_0-9]+)\|(.*?)\]\]", re.S)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w.-]+")


def _names(s):
    def r(m):
        eid, form = m.group(1), m.group(2)
        assert eid in ENT, eid
        if form not in FORMS[eid]:
            FORMS[eid].append(form)
        return form
    return NM_RE.sub(r, s)


def P(text):
    """Strip the markup of one piece of text of the current message, recording forms and evidence."""
    assert CUR[0] is not None
    rest = text
    while EV_RE.search(rest):
        rest = EV_RE.sub(lambda m: " " + m.group(2) + " ", rest)
    rest = NM_RE.sub(" ", rest)
    rest = EMAIL_RE.sub(" ", rest)
    for st in STEMS:
        for m in re.finditer(re.escape(st), rest):
            UNMARKED.append((CUR[0], rest[max(0, m.start() - 30):m.end() + 30]))

    def ev(m):
        fids, inner = m.group(1), m.group(2)
        q = _names(inner)
        assert "\n" not in q, q
        for fid in fids.split(","):
            EVID[fid].append((CUR[0], q))
        return q
    out = text
    while EV_RE.search(out):
        out = EV_RE.sub(ev, out)
    out = _names(out)
    assert "⟦" not in out and "⟧" not in out and "[[" not in out, out[:200]
    return out


def quote_block(marked):
    return "\n".join(("> " + ln) if ln else ">" for ln in marked.split("\n"))


# ---------------------------------------------------------------- MIME building
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


def normalize_zip(data, when="2025-01-01T00:00:00Z"):
    """Rewrite an OOXML/zip archive with fixed timestamps so that the output is byte for byte stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>" +
                              when.encode() + rb"\g<3>", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def docx_bytes(paragraphs, author="Отдел внешней комплектации", when="2025-01-01T00:00:00Z"):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2025, 1, 1)
    cp.modified = dt.datetime(2025, 1, 1)
    for p in paragraphs:
        if isinstance(p, tuple) and p[0] == "table":
            rows = p[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        elif isinstance(p, tuple) and p[0] == "h":
            d.add_heading(p[1], level=1)
        else:
            d.add_paragraph(p)
    b = io.BytesIO()
    d.save(b)
    return normalize_zip(b.getvalue(), when)


def xlsx_bytes(sheets, when="2025-01-01T00:00:00Z"):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
        ws.column_dimensions["B"].width = 90
    wb.properties.creator = "ПДО"
    wb.properties.created = dt.datetime(2025, 1, 1)
    b = io.BytesIO()
    wb.save(b)
    return normalize_zip(b.getvalue(), when)


def zip_bytes(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 26, 14, 50, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def pdf_bytes(lines):
    """A minimal PDF 1.4, one page, Helvetica, Latin-1 text."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 800
    ops = ["BT", "/F1 10 Tf", "14 TL", f"50 {y} Td"]
    for ln in lines:
        ops.append(f"({esc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Producer (Office PDF writer) /CreationDate (D:20251028161500+03'00') >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n".encode())
    out.write(b"0000000000 65535 f \n")
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def ew(s, charset="utf-8", enc="B"):
    """RFC 2047 encoded words, folded."""
    words, chunk = [], ""
    limit = 42 if enc == "B" else 22
    for tok in re.findall(r"\S+\s*|\s+", s):
        if chunk and len((chunk + tok).encode(charset)) > limit:
            words.append(chunk)
            chunk = ""
        while len(tok.encode(charset)) > limit * 2:   # a very long word: split it
            cut = len(tok) // 2
            words.append(tok[:cut])
            tok = tok[cut:]
        chunk += tok
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        b = w.encode(charset)
        if enc == "B":
            t = base64.b64encode(b).decode()
        else:
            t = "".join(chr(c) if (chr(c).isalnum() and c < 128) else ("_" if c == 32 else f"={c:02X}") for c in b)
        out.append(f"=?{charset}?{enc}?{t}?=")
    return "\n ".join(out)


def htext(s, charset="utf-8", enc="B"):
    s = P(s)
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return ew(s, charset, enc)


def addr(display, address, charset="utf-8", enc="B"):
    if not display:
        return address
    d = P(display)
    try:
        d.encode("ascii")
        if re.search(r'[,.()<>@:;"\[\]]', d):
            d = '"' + d.replace('"', '\\"') + '"'
        return f"{d} <{address}>"
    except UnicodeEncodeError:
        return f"{ew(d, charset, enc)} <{address}>"


class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary

    def bytes(self):
        h = "".join(f"{k}: {v}\n" for k, v in self.headers).encode("ascii")
        if self.children is None:
            return h + b"\n" + self.body
        out = [h, b"\n", b"This is a multi-part message in MIME format.\n"]
        for c in self.children:
            out += [b"\n--" + self.boundary.encode() + b"\n", c.bytes()]
        out.append(b"\n--" + self.boundary.encode() + b"--\n")
        return b"".join(out)


def encode_body(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        q = quopri.encodestring(raw)
        return q if q.endswith(b"\n") else q + b"\n"
    return raw if raw.endswith(b"\n") else raw + b"\n"


def text_part(text, charset="utf-8", cte="base64", subtype="plain", label="same", marked=True, extra=None):
    t = P(text) if marked else text
    raw = t.encode(charset)
    if cte == "7bit":
        raw.decode("ascii")
    lab = charset if label == "same" else label
    ct = f"text/{subtype}" + (f'; charset="{lab}"' if lab else "")
    if extra:
        ct += extra
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], encode_body(raw, cte))


class _Txt:
    def __init__(self):
        self.t = ""


def html_doc(marked_body_html, charset="utf-8", title=""):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f"<title>{title}</title><style>p{{margin:0 0 8px 0}}</style></head>\n<body>\n{marked_body_html}\n"
            f"</body></html>\n")


def html_from_text(marked, charset="utf-8", title=""):
    paras = []
    for block in marked.split("\n\n"):
        lines = [html.escape(x, quote=False) for x in block.split("\n")]
        paras.append("<p>" + "<br>\n".join(lines) + "</p>")
    return html_doc("\n".join(paras), charset, title)


def html_part(marked_html, charset="utf-8", cte="quoted-printable"):
    return text_part(marked_html, charset, cte, subtype="html")


def attachment(data, ctype, filename, style="2231", cte="base64"):
    if style == "2231":
        fn = f"filename*=utf-8''{urllib.parse.quote(filename, safe='')}"
        nm = f'name="{ew(filename)}"' if not filename.isascii() else f'name="{filename}"'
    elif style == "2231cont":
        q = urllib.parse.quote(filename, safe="")
        cut = len(q) // 2
        while q[cut - 1] == "%" or q[cut - 2] == "%":
            cut += 1
        fn = f"filename*0*=utf-8''{q[:cut]};\n filename*1*={q[cut:]}"
        nm = f'name="{ew(filename)}"'
    elif style == "2047":
        fn = f'filename="{ew(filename)}"'
        nm = f'name="{ew(filename)}"'
    else:
        fn = f'filename="{filename}"'
        nm = f'name="{filename}"'
    return Part([("Content-Type", f"{ctype};\n {nm}"), ("Content-Transfer-Encoding", cte),
                 ("Content-Disposition", f"attachment;\n {fn}")], encode_body(data, cte))


def multipart(sub, children, key, n=0):
    b = "----=_NextPart_" + hashlib.sha1(f"{key}/{n}/{sub}".encode()).hexdigest()[:24]
    return Part([("Content-Type", f'multipart/{sub};\n boundary="{b}"')], children=children, boundary=b)


MSGS = []          # dicts: key, raw, mid, loose(None|filename), date
MAILERS = {
    "ol": "Microsoft Outlook 16.0", "tb": "Mozilla Thunderbird 115.8.0", "bat": "The Bat! (v10.1.2) Professional",
    "rc": "Roundcube Webmail/1.6.5", "zm": "Zimbra 9.0.0_GA_4583", "am": "Apple Mail (2.3774.500.171)",
    "gm": None,
}


def begin(key):
    CUR[0] = key


def mid_for(key, domain):
    return f"<{hashlib.sha1(('holdout9/' + key).encode()).hexdigest()[:16]}@{domain}>"


def finish(date, frm, to, subject, root, cc=None, mailer="ol", reply_to_key=None, no_mid=False, loose=None,
           extra_headers=None):
    key = CUR[0]
    from_addr = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
    domain = from_addr.split("@")[1]
    mid = mid_for(key, domain)
    hs = [("From", frm), ("To", ", ".join(to))]
    if cc:
        hs.append(("Cc", ", ".join(cc)))
    hs.append(("Subject", subject))
    hs.append(("Date", format_datetime(date)))
    if not no_mid:
        hs.append(("Message-ID", mid))
    if reply_to_key:
        ref = [m for m in MSGS if m["key"] == reply_to_key][0]["mid"]
        hs.append(("In-Reply-To", ref))
        hs.append(("References", ref))
    hs.append(("MIME-Version", "1.0"))
    if MAILERS.get(mailer):
        hs.append(("X-Mailer", MAILERS[mailer]))
    for k, v in (extra_headers or []):
        hs.append((k, v))
    root.headers = hs + root.headers
    raw = root.bytes()
    MSGS.append(dict(key=key, raw=raw, mid=None if no_mid else mid, loose=loose, date=date, from_addr=from_addr))
    CUR[0] = None
    return mid


def D(y, mo, d, h, mi, tz=5, tzm=0):
    return dt.datetime(y, mo, d, h, mi, 0, tzinfo=dt.timezone(dt.timedelta(hours=tz, minutes=tzm)))


# ---------------------------------------------------------------- addresses
TAZ = "tavatuy.example.ru"
A_KRECH = "yu.krechetova@" + TAZ
A_LOZ = "s.lozhkin@" + TAZ
A_SAL = "r.salikhov@" + TAZ
A_AIG = "a.zhumabaeva@" + TAZ
A_BURM = "g.burmistrov@" + TAZ
A_IYER = "v.iyer@kaverifp.example.in"
A_MEH = "mehmet.yilmaz@bogazici-aero.example.com.tr"
A_RAJ = "rajesh@coromandel-aero.example.in"
A_ZHOU = "zhoumin@haitong-seal.example.cn"
A_DENIS = "denis.krechetov@mail.example.ru"
A_MOM = "l.shubina52@mail.example.ru"


def krech_ru():
    return addr("[[p_krech|Кречетова Юлия Андреевна]]", A_KRECH)


def krech_en():
    return addr("[[p_krech|Iuliia Krechetova]]", A_KRECH)


SIG_RU = ("\n\n--\nС уважением,\n[[p_krech|Юлия Кречетова]]\n"
          "⟦emp_krech|Начальник отдела внешней комплектации [[o_taz|АО «Таватуйский агрегатный завод»]]⟧\n"
          "тел.: +7 (3435) 00-41-17, моб.: +7 900 000-41-17")
SIG_KOI = ("\n\n--\n[[p_krech|Ю.А. Кречетова]]\n"
           "⟦emp_krech|начальник отдела внешней комплектации [[o_taz|АО \"ТАЗ\"]]⟧\nтел. 41-17")
SIG_EN = ("\n\nBest regards,\n[[p_krech|Julia Krechetova]]\n"
          "⟦emp_krech|Head of Foreign Procurement, [[o_taz|Tavatuy Aggregate Plant JSC]]⟧\n"
          "Kalinovo, Sverdlovsk Region, Russia\nTel. +7 3435 00 41 17")


# ================================================================ the messages
def build_messages():
    # ------------------------------------------------------------ m01 IT passwords (routine)
    begin("m01")
    body = ("Уважаемые коллеги!\n\n"
            "С 08.09.2025 начинается плановая смена паролей к доменным учётным записям. Новый пароль должен "
            "содержать не менее 12 символов, включая цифры и заглавные буквы. Срок — до 19.09.2025.\n\n"
            "Если после смены пароля не открывается почта на телефоне, удалите учётную запись и добавьте её "
            "заново. Вопросы — по внутреннему 2-22.\n\nСлужба ИТ")
    finish(D(2025, 9, 2, 8, 40), addr("Служба ИТ", "helpdesk@" + TAZ), ["all-staff@" + TAZ],
           htext("Плановая смена паролей", "utf-8", "Q"), text_part(body, "utf-8", "quoted-printable"), mailer="zm")

    # ------------------------------------------------------------ m02 Kaveri MoU 50/50
    begin("m02")
    body = ("Dear [[p_burm|Mr. Burmistrov]],\n\n"
            "Further to the meetings arranged by [[p_rajesh|Mr. Rajesh Subramanian]], please find our proposal "
            "below.\n\n"
            "⟦jd|[[o_kaveri|Kaveri Fluid Power Pvt. Ltd.]] and [[o_taz|JSC Tavatuy]] propose to jointly develop the "
            "EHA-20 electro-hydraulic actuator (project \"Garuda\")⟧ for utility helicopters and trainer aircraft. "
            "[[o_kaveri|Kaveri]] will be responsible for the electronic control unit and the motor, "
            "[[o_taz|Tavatuy]] for the hydraulic section, the piston unit and qualification testing.\n\n"
            "Cost sharing: 50/50, as discussed.\n\n"
            "The draft Memorandum of Understanding will follow by courier. Copy to [[p_krech|Ms. Krechetova]] for "
            "the procurement part.\n\n"
            "With kind regards,\n[[p_iyer|Venkatesh Iyer]]\n"
            "⟦emp_iyer|Managing Director, [[o_kaveri|Kaveri Fluid Power Pvt. Ltd.]]⟧\n"
            "Sriperumbudur, Chennai, India")
    finish(D(2025, 9, 4, 11, 5, 5, 30), addr("[[p_iyer|Venkatesh Iyer]]", A_IYER),
           [addr("[[p_burm|Gennadii Burmistrov]]", A_BURM)], "EHA-20 joint development - draft MoU",
           text_part(body, "us-ascii", "7bit"), cc=[krech_en()], mailer="ol")

    # ------------------------------------------------------------ m03 canteen (routine, html cp1251 8bit)
    begin("m03")
    body = ("<h3>Меню столовой № 2 на 08–12 сентября</h3>\n"
            "<table border=\"1\"><tr><td>Понедельник</td><td>Борщ, котлета по-домашнему, гречка</td></tr>\n"
            "<tr><td>Вторник</td><td>Суп-лапша, плов, салат «Витаминный»</td></tr>\n"
            "<tr><td>Среда</td><td>Щи, рыба под маринадом, пюре</td></tr>\n"
            "<tr><td>Четверг</td><td>Рассольник, гуляш, макароны</td></tr>\n"
            "<tr><td>Пятница</td><td>Уха, пельмени, компот</td></tr></table>\n"
            "<p>Комплексный обед — 260 руб. Приятного аппетита!</p>")
    finish(D(2025, 9, 5, 10, 0), addr("Столовая", "stolovaya@" + TAZ, "windows-1251"), ["all-staff@" + TAZ],
           htext("Меню на следующую неделю", "windows-1251", "B"),
           html_part(html_doc(body, "windows-1251", "Меню"), "windows-1251", "8bit"), mailer="bat")

    # ------------------------------------------------------------ m04 repair plan XLSX
    begin("m04")
    body = ("⟦emp_krech|Начальнику отдела внешней комплектации [[p_krech|Ю.А. Кречетовой]]⟧\n\n"
            "[[p_krech|Юлия Андреевна]], добрый день.\n\n"
            "Направляю проект плана ремонта на 2026 год (ГОЗ и экспорт). По нему прошу посчитать потребность в "
            "импортных комплектующих — в первую очередь уплотнения, фильтроэлементы и датчики для стендов.\n\n"
            "Н.В. Гордеева\nначальник ПДО")
    rows = [["№", "Изделие и работы", "Кол-во, компл.", "Срок"],
            [1, P("⟦mm_ru|Су-34: капитальный ремонт основных и передней опор шасси — Минобороны России "
                  "(ГОЗ-2026)⟧"), 8, "I–IV кв."],
            [2, P("⟦mm_ru|Ту-22М3: ремонт гидроцилиндров уборки-выпуска шасси и амортстоек — Минобороны России "
                  "(ГОЗ-2026)⟧"), 6, "II–IV кв."],
            [3, P("⟦mm_mm|Ми-17В-5: ремонт опор шасси и гидроагрегатов — ВВС Мьянмы (экспортный контракт)⟧"), 6,
             "I–III кв."],
            [4, "Ан-24РВ: ремонт опор шасси — АО «Авиакомпания «Ирбис» (гражданский заказ)", 2, "II кв."]]
    x = xlsx_bytes([("План 2026", rows)])
    root = multipart("mixed", [text_part(body, "utf-8", "base64"),
                               attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                          "План_ремонта_2026.xlsx", "2231")], "m04")
    finish(D(2025, 9, 9, 10, 20), addr("Гордеева Наталья Викторовна", "pdo@" + TAZ), [krech_ru()],
           htext("План ремонта 2026 — потребность в импорте"), root, mailer="ol")

    # ------------------------------------------------------------ m05 Brunnmatt refusal, forwarded as rfc822
    begin("m05")
    inner_body = ("Dear [[p_lozhkin|Mr. Lozhkin]],\n\n"
                  "thank you for your order 25-0417 for 24 pressure transmitters of the BMT-610 series.\n\n"
                  "⟦so_ch|We regret to inform you that, under the Swiss Ordinance on Measures in Connection with the "
                  "Situation in Ukraine, we are not permitted to deliver these goods to customers in the Russian "
                  "Federation.⟧ This also applies to deliveries through third countries.\n\n"
                  "We ask for your understanding.\n\n"
                  "Kind regards\nBrunnmatt Messtechnik AG\nExport Control / Sales Support\nBurgdorf, Switzerland")
    inner = text_part(inner_body, "us-ascii", "7bit")
    inner.headers = [("From", "Brunnmatt Messtechnik AG - Export <export@brunnmatt.example.ch>"),
                     ("To", addr("[[p_lozhkin|Sergei Lozhkin]]", A_LOZ)),
                     ("Subject", "Your order 25-0417 / pressure transmitters"),
                     ("Date", format_datetime(D(2025, 9, 10, 16, 2, 2))),
                     ("Message-ID", "<a3f1c0e9d2b84417@brunnmatt.example.ch>"),
                     ("MIME-Version", "1.0")] + inner.headers
    outer_marked = ("[[p_krech|Юлия Андреевна]],\n\n"
                    "пересылаю ответ швейцарцев. ⟦so_ch|Brunnmatt окончательно отказал: поставлять датчики давления "
                    "в Россию им запрещают швейцарские санкции.⟧\n\n"
                    "⟦es_sensors|Датчиков давления для стенда СИ-12 у нас нет, испытания гидроцилиндров Ту-22М3 "
                    "встанут через месяц, когда выработают ресурс последние три датчика.⟧\n\n"
                    "[[p_lozhkin|С.П. Ложкин]]\n⟦emp_loz|главный метролог [[o_taz|АО \"ТАЗ\"]]⟧")
    M05_TEXT = outer_marked
    rfc = Part([("Content-Type", "message/rfc822"), ("Content-Disposition", "inline")], inner.bytes())
    root = multipart("mixed", [text_part(outer_marked, "koi8-r", "quoted-printable"), rfc], "m05")
    finish(D(2025, 9, 11, 14, 30), addr("[[p_lozhkin|Ложкин Сергей Павлович]]", A_LOZ, "koi8-r"), [krech_ru()],
           "Fwd: Your order 25-0417 / pressure transmitters", root, mailer="tb")

    # ------------------------------------------------------------ m06 reply to Lozhkin (koi8-r 8bit, > quoting)
    begin("m06")
    body = ("[[p_lozhkin|Сергей Павлович]], поняла. Займусь поиском замены - начну с Турции и Китая. Сколько датчиков "
            "минимально нужно, чтобы стенд не стоял?\n\n[[p_krech|Ю.К.]]\n\n"
            "11.09.2025 14:30, [[p_lozhkin|Ложкин С.П.]] пишет:\n" + quote_block(M05_TEXT))
    finish(D(2025, 9, 12, 9, 15), krech_ru(), [addr("[[p_lozhkin|Ложкин С.П.]]", A_LOZ, "koi8-r")],
           "Re: Fwd: Your order 25-0417 / pressure transmitters", text_part(body, "koi8-r", "8bit"),
           mailer="tb", reply_to_key="m05")

    # ------------------------------------------------------------ m07 newsletter, other companies (html only)
    begin("m07")
    body = ("<h2>Авиапром-Дайджест № 37</h2>\n"
            "<p><b>АО «Волжский агрегатный завод»</b> приступил к ремонту шасси Су-35С по новому "
            "госконтракту, сообщила пресс-служба предприятия.</p>\n"
            "<p>Выставка «Авиадеталь-2025» пройдёт в Казани 21–23 октября; заявлено 140 участников.</p>\n"
            "<p>ООО «Сибгидропривод» запустило серийный выпуск гидрозамков для самолётов МС-21.</p>\n"
            "<p style=\"font-size:small\">Вы получили это письмо, потому что подписаны на рассылку. "
            "<a href=\"https://aviaprom-news.example.ru/unsubscribe\">Отписаться</a></p>")
    finish(D(2025, 9, 15, 7, 0, 3), addr("Авиапром-Дайджест", "digest@aviaprom-news.example.ru"), [A_KRECH],
           htext("Авиапром-Дайджест № 37: шасси, гидравлика, выставки"),
           html_part(html_doc(body, "utf-8", "Дайджест"), "utf-8", "quoted-printable"), mailer=None)

    # ------------------------------------------------------------ m08 mother (cp1251 base64)
    begin("m08")
    body = ("⟦fam_mother|[[p_krech|Юлечка]], доченька⟧, здравствуй!\n\n"
            "Яблок в этом году много, приезжайте в субботу с [[p_denis|Денисом]] и [[p_matvei|Матвейкой]], "
            "соберёте хоть немного. [[p_denis|Денису]] спасибо за крышу — не течёт.\n\n"
            "Давление у меня нормальное, не волнуйся. Таблетки купила.\n\nМама")
    finish(D(2025, 9, 17, 19, 40), addr("[[p_lidia|Шубина Лидия Петровна]]", A_MOM, "windows-1251"),
           [addr("[[p_krech|Юля]]", "julia.krechetova84@mail.example.ru")], htext("Дача", "windows-1251"),
           text_part(body, "windows-1251", "base64"), mailer="gm")

    # ------------------------------------------------------------ m09 Serbian fair invitation (8bit, From line)
    begin("m09")
    M09 = ("Poštovana gospođo [[p_krech|Krečetova]],\n\n"
           "Dear [[p_krech|Ms. Krechetova]],\n\n"
           "Za: [[p_krech|Julija Krečetova]], [[o_taz|Tavatuy Aggregate Plant JSC]]\n\n"
           "From next year we are organising a small suppliers' fair in Belgrade for companies from Russia, Belarus "
           "and Central Asia. The first one is planned for June 2026 at the Belgrade Fair, hall 4.\n"
           "From our side we can help with hotel booking and local transport.\n\n"
           "We would be very glad to see you and your colleagues there.\n\n"
           "Srdačan pozdrav / Best regards,\nVuk Radonjić\nMorava Trade d.o.o., Beograd")
    finish(D(2025, 9, 19, 13, 10, 2), addr("Vuk Radonjić", "vuk@moravatrade.example.rs", "utf-8", "Q"), [A_KRECH],
           "Invitation - Belgrade suppliers fair 2026", text_part(M09, "utf-8", "8bit"), mailer="tb")

    # ------------------------------------------------------------ m10 reply: maybe next year (trap)
    begin("m10")
    body = ("Dear Mr. Radonjic,\n\nthank you for the invitation. This year our schedule is full; maybe next year we "
            "will manage to come to Belgrade." + SIG_EN + "\n\n"
            "On 19.09.2025 13:10, Vuk Radonjić wrote:\n" + quote_block(M09))
    finish(D(2025, 9, 22, 10, 30), krech_en(), [addr("Vuk Radonjić", "vuk@moravatrade.example.rs", "utf-8", "Q")], "Re: Invitation - Belgrade suppliers fair 2026",
           text_part(body, "utf-8", "quoted-printable"), mailer="ol", reply_to_key="m09")

    # ------------------------------------------------------------ m11 questionnaire DOCX (citizenship, family)
    begin("m11")
    paras = [("h", "АНКЕТА работника"),
             P("1. Фамилия, имя, отчество: [[p_krech|Кречетова Юлия Андреевна]]"),
             "2. Дата рождения: 02.07.1984",
             "3. Место рождения: г. Нижний Тагил Свердловской области",
             P("4. ⟦cit_krech|Гражданство: Российская Федерация; гражданства иностранного государства не имею⟧"),
             P("5. Должность: ⟦emp_krech|начальник отдела внешней комплектации⟧"),
             "6. Семейное положение: замужем",
             "7. Близкие родственники:",
             P("⟦fam_spouse|Муж — [[p_denis|Кречетов Денис Олегович]], 14.06.1983 г.р.⟧"),
             P("⟦fam_son|Сын — [[p_matvei|Кречетов Матвей Денисович]], 03.03.2014 г.р.⟧"),
             P("⟦fam_mother|Мать — [[p_lidia|Шубина Лидия Петровна]], 21.10.1952 г.р.⟧, пенсионерка"),
             "8. Заграничный паспорт: 75 № 4410923, выдан 12.04.2021, действителен до 12.04.2031",
             "Дата заполнения: 24.09.2025"]
    d = docx_bytes(paras)
    body = "Добрый день!\n\nНаправляю обновлённую анкету для личного дела.\n\n[[p_krech|Кречетова Ю.А.]]"
    root = multipart("mixed", [text_part(body, "utf-8", "base64"),
                               attachment(d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          "Анкета_Кречетова_ЮА.docx", "2047")], "m11")
    finish(D(2025, 9, 24, 16, 5), krech_ru(), [addr("Отдел кадров", "ok@" + TAZ)],
           htext("Анкета для личного дела"), root, mailer="ol")

    # ------------------------------------------------------------ m12 meeting invite (koi8-r QP)
    begin("m12")
    body = ("Коллеги,\n\nсовещание по импортозамещению комплектующих состоится 30.09.2025 в 14:00, зал 3 "
            "(заводоуправление, 2 этаж).\n\nДокладчики: [[p_krech|Кречетова Ю.А.]], [[p_lozhkin|Ложкин С.П.]], "
            "[[p_salikhov|Салихов Р.И.]]\n\nПриемная генерального директора")
    finish(D(2025, 9, 26, 12, 0), addr("Приемная", "priemnaya@" + TAZ, "koi8-r"),
           [A_KRECH, A_LOZ, A_SAL], htext("Совещание 30.09 - импортозамещение", "koi8-r", "Q"),
           text_part(body, "koi8-r", "quoted-printable"), mailer="bat")

    # ------------------------------------------------------------ m12b English courses (routine)
    begin("m12b")
    body = ("Уважаемые сотрудники!\n\n"
            "С 13 октября открывается набор в группы делового английского языка (уровни A2 и B1). Занятия — "
            "вторник и четверг, 17:15–18:45, учебный класс № 5. Обучение оплачивает предприятие, заявки — до "
            "8 октября у ведущего специалиста по обучению.\n\nОтдел кадров")
    finish(D(2025, 10, 1, 9, 0), addr("Отдел кадров", "ok@" + TAZ), ["all-staff@" + TAZ],
           htext("Курсы английского языка", "utf-8", "Q"), text_part(body, "utf-8", "quoted-printable"), mailer="ol")

    # ------------------------------------------------------------ m13 Haitong offer
    begin("m13")
    body = ("Dear [[p_krech|Ms. Krechetova]],\n\n"
            "thank you for the drawings received via our agent in Almaty.\n\n"
            "⟦as_cn|[[o_haitong|Ningbo Haitong Sealing Technology]] can supply FKM and HNBR O-rings, rod seals and "
            "piston seals to your drawings as a replacement for the Japanese Shinwa seals⟧, which, as you wrote, "
            "you cannot buy any more. Lead time for a sample lot is 6-8 weeks; the samples are free of charge.\n\n"
            "Best regards,\n[[p_zhou|Zhou Min]] ([[p_zhou|周敏]])\n"
            "⟦emp_zhou|Sales Manager, Overseas Department, [[o_haitong|Ningbo Haitong Sealing Technology Co., "
            "Ltd.]]⟧\n[[o_haitong|宁波海通密封技术有限公司]]\nNingbo, Zhejiang, China")
    finish(D(2025, 9, 30, 10, 45, 8), addr("[[p_zhou|Zhou Min]]", A_ZHOU), [addr("[[p_krech|Iuliia Krechetova]]",
                                                                                 A_KRECH)],
           "Replacement seals for hydraulic struts - Ningbo Haitong", text_part(body, "utf-8", "base64"),
           mailer="gm")

    # ------------------------------------------------------------ m14 Seiko-Pak: Japanese export ban
    begin("m14")
    body = ("Уважаемая [[p_krech|Юлия Андреевна]]!\n\n"
            "К сожалению, по вашему запросу № 112 от 15.09.2025 поставка невозможна. ⟦so_jp|Японский производитель "
            "Shinwa Packing прекратил отгрузки в Россию в связи с запретом на экспорт, введённым правительством "
            "Японии⟧; остатков уплотнений на нашем складе нет.\n\n"
            "Если ситуация изменится, мы сразу сообщим.\n\n"
            "С уважением,\nменеджер ООО «Сэйко-Пак» О.В. Фомина\nтел. +7 (495) 000-12-34")
    finish(D(2025, 10, 2, 11, 20, 3), addr("Фомина Ольга", "fomina@seikopak.example.ru", "windows-1251"), [A_KRECH],
           htext("Уплотнения Shinwa — отказ от поставки", "windows-1251", "B"),
           text_part(body, "windows-1251", "quoted-printable"), mailer="ol")

    # ------------------------------------------------------------ m15 memo, cp1251 bytes labelled koi8-r
    begin("m15")
    body = ("⟦emp_burm|Генеральному директору [[o_taz|АО «ТАЗ»]] [[p_burm|Г.В. Бурмистрову]]⟧\n\n"
            "СЛУЖЕБНАЯ ЗАПИСКА\n\n"
            "⟦so_jp|Поставщик японских уплотнений Shinwa (ООО «Сэйко-Пак») сообщил, что из-за японского запрета на "
            "экспорт поставок больше не будет.⟧ ⟦es_seals,mm_ru|Запаса уплотнительных колец и манжет для амортстоек "
            "Ту-22М3 хватит до конца ноября, после этого ремонт по госконтракту с Минобороны остановится.⟧\n\n"
            "⟦as_cn|Предлагаю закупить пробную партию уплотнений у китайской компании [[o_haitong|Ningbo Haitong]] и "
            "провести ресурсные испытания на стенде.⟧ Стоимость пробной партии — около 4 тыс. долларов.\n\n"
            "⟦emp_krech|Начальник отдела внешней комплектации [[p_krech|Ю.А. Кречетова]]⟧\n03.10.2025")
    finish(D(2025, 10, 3, 15, 50), krech_ru(), [addr("[[p_burm|Бурмистров Геннадий Витальевич]]", A_BURM)],
           htext("Служебная записка: уплотнения для амортстоек", "windows-1251", "B"),
           text_part(body, "windows-1251", "8bit", label="koi8-r"), mailer="bat")

    # ------------------------------------------------------------ m16 Kaveri proposes 70/30 (trap share)
    begin("m16")
    M16 = ("Dear [[p_burm|Mr. Burmistrov]],\n\n"
           "Our board has reviewed the budget of the ⟦jd|EHA-20 joint development⟧. Because the qualification "
           "testing will be done at [[o_taz|Tavatuy]], we propose that [[o_taz|Tavatuy]] covers 70% of the "
           "development cost and [[o_kaveri|Kaveri]] 30%.\n\n"
           "Kindly let us know your view.\n\n"
           "Regards,\n[[p_iyer|V. Iyer]]\n⟦emp_iyer|Managing Director, [[o_kaveri|Kaveri Fluid Power Pvt. Ltd.]]⟧")
    finish(D(2025, 10, 6, 15, 12, 5, 30), addr("[[p_iyer|Venkatesh Iyer]]", A_IYER),
           [addr("[[p_burm|Gennadii Burmistrov]]", A_BURM)], "EHA-20 - cost sharing",
           text_part(M16, "us-ascii", "7bit"), cc=[krech_en()], mailer="ol")

    # ------------------------------------------------------------ m17 Burmistrov declines 70/30 (Outlook block)
    begin("m17")
    body = ("Dear [[p_iyer|Mr. Iyer]],\n\n"
            "70/30 is not acceptable for us. We are ready to discuss a moderate increase of our share at the "
            "technical meeting in November.\n\n"
            "Best regards,\n[[p_burm|G. V. Burmistrov]]\n"
            "⟦emp_burm|General Director, [[o_taz|Tavatuy Aggregate Plant JSC]]⟧\n\n"
            "-----Original Message-----\n"
            "From: [[p_iyer|Venkatesh Iyer]] <v.iyer@kaverifp.example.in>\n"
            "Sent: Monday, October 6, 2025 12:42 PM\n"
            "To: [[p_burm|Gennadii Burmistrov]] <g.burmistrov@tavatuy.example.ru>\n"
            "Cc: [[p_krech|Iuliia Krechetova]] <yu.krechetova@tavatuy.example.ru>\n"
            "Subject: EHA-20 - cost sharing\n\n" + M16)
    finish(D(2025, 10, 8, 9, 30), addr("[[p_burm|Gennadii Burmistrov]]", A_BURM),
           [addr("[[p_iyer|Venkatesh Iyer]]", A_IYER)], "RE: EHA-20 - cost sharing",
           text_part(body, "us-ascii", "quoted-printable"), cc=[krech_en()], mailer="ol", reply_to_key="m16")

    # ------------------------------------------------------------ m18 Swiss visa refused (trap)
    begin("m18")
    body = ("[[p_krech|Юлия Андреевна]], в швейцарской визе мне отказали, так что на выставку в Базель я не еду. "
            "Каталоги по датчикам попрошу прислать почтой.\n\n[[p_lozhkin|Ложкин]]")
    finish(D(2025, 10, 10, 17, 5), addr("[[p_lozhkin|Ложкин Сергей Павлович]]", A_LOZ, "koi8-r"), [krech_ru()],
           htext("Базель отменяется"), text_part(body, "utf-8", "8bit"), mailer="tb")

    # ------------------------------------------------------------ m19 Mehmet offer (Turkish sensors)
    begin("m19")
    body = ("Dear [[p_krech|Julia]],\n\n"
            "as promised on the phone, ⟦as_tr|[[o_bogazici|Boğaziçi Aero Tedarik]] can offer pressure transmitters "
            "made in Türkiye (Ankara) as a replacement for the Brunnmatt BMT-610 units⟧, since ⟦so_ch|the Swiss "
            "manufacturer can no longer ship them to Russia because of the sanctions⟧. Range 0-400 bar, accuracy "
            "0.1%, with calibration certificates.\n\n"
            "We can deliver 24 pcs within 5 weeks from payment. We invite you to visit us in Istanbul to see the "
            "test results and sign the contract.\n\n"
            "Best regards / Saygılarımla,\n[[p_mehmet|Mehmet Yılmaz]] ([[p_mehmet|Мехмет Йылмаз]])\n"
            "⟦emp_meh|Managing Director, [[o_bogazici|Boğaziçi Aero Tedarik Ltd. Şti.]]⟧\nİstanbul, Türkiye")
    finish(D(2025, 10, 13, 12, 40, 3), addr("[[p_mehmet|Mehmet Yılmaz]]", A_MEH, "utf-8", "Q"),
           [addr("[[p_krech|Julia Krechetova]]", A_KRECH)], "Offer: pressure transmitters made in Türkiye".replace(
               "Türkiye", ew("Türkiye", "utf-8", "Q")), text_part(body, "utf-8", "quoted-printable"), mailer="am")

    # ------------------------------------------------------------ m20 Gulf Bridge offer, false end user (trap)
    begin("m20")
    M20 = ("Dear [[p_krech|Ms. Yuliya Krechetova]],\n\n"
           "We can supply original Brunnmatt BMT-610 pressure transmitters, 24 pcs, ex stock Dubai, delivery in "
           "3 weeks.\n\n"
           "The end-user certificate will be issued in the name of Selangor Marine Engineering Sdn Bhd "
           "(Malaysia); the goods will then be re-forwarded to you by our partners. Price USD 2,950 per unit, "
           "100% prepayment.\n\n"
           "[[o_gulf|Gulf Bridge General Trading L.L.C.]]\nSales Department, Deira, Dubai, UAE")
    finish(D(2025, 10, 15, 10, 10, 4), addr("[[o_gulf|Gulf Bridge General Trading]] Sales",
                                            "sales@gulfbridge-gt.example.ae"), [A_KRECH],
           "Original Swiss pressure transmitters - available ex Dubai",
           html_part(html_from_text(M20, "utf-8", "Offer"), "utf-8", "base64"), mailer="gm")

    # ------------------------------------------------------------ m21 decline (trap)
    begin("m21")
    body = ("Dear Sirs,\n\nwe decline your offer. Our company does not accept deliveries with a false end-user "
            "certificate. Please do not send us such proposals again." + SIG_EN + "\n\n"
            "-----Original Message-----\nFrom: [[o_gulf|Gulf Bridge General Trading]] Sales "
            "<sales@gulfbridge-gt.example.ae>\nSent: Wednesday, October 15, 2025 11:10 AM\n"
            "Subject: Original Swiss pressure transmitters - available ex Dubai\n\n" + M20)
    finish(D(2025, 10, 16, 9, 5), krech_en(), ["sales@gulfbridge-gt.example.ae"],
           "RE: Original Swiss pressure transmitters - available ex Dubai", text_part(body, "us-ascii", "7bit"),
           mailer="ol", reply_to_key="m20")

    # ------------------------------------------------------------ m22 to Lozhkin (koi8-r 8bit)
    begin("m22")
    body = ("Сергей Павлович,\n\n"
            "[[o_gulf|Gulf Bridge]] из Дубая предлагал оригинальные датчики Brunnmatt с подставным конечным "
            "получателем в Малайзии - я отказала, такие схемы нам не нужны.\n\n"
            "⟦as_tr|Работаем с турками: ⟦emp_meh|[[p_mehmet|Мехмет Йылмаз]] ([[o_bogazici|Bogazici Aero]])⟧ предлагает 24 датчика "
            "давления турецкого производства взамен Brunnmatt, срок поставки 5 недель.⟧ ⟦ft_ist|Планирую поездку в "
            "Стамбул в ноябре, вы поедете со мной⟧ - посмотрите протоколы калибровки на месте.\n\n[[p_krech|Ю.К.]]")
    body = body.replace("Сергей Павлович,", "[[p_lozhkin|Сергей Павлович]],", 1)
    finish(D(2025, 10, 16, 9, 40), krech_ru(), [addr("[[p_lozhkin|Ложкин С.П.]]", A_LOZ, "koi8-r")],
           htext("Датчики: Дубай и Стамбул", "koi8-r", "B"), text_part(body, "koi8-r", "8bit"), mailer="tb")

    # ------------------------------------------------------------ m23 Kazakh distributor: US filters
    begin("m23")
    body = ("Құрметті [[p_krech|Юлия Андреевна]]!\n\n"
            "Спасибо за запрос № 131. ⟦so_us|Фильтроэлементы производства США (Parkline Filtration, серия HF-300) "
            "мы поставить в Россию не можем: экспортный контроль США запрещает их реэкспорт⟧, а наш "
            "дистрибьюторский договор это прямо оговаривает.\n\n"
            "Извините, что не смогли помочь.\n\n"
            "Құрметпен,\nЕржан Калиев\nменеджер по продажам, ТОО «Steppe Industrial Supply», Алматы")
    finish(D(2025, 10, 20, 11, 0, 5), addr("Ержан Калиев", "sales@steppe-supply.example.kz"), [A_KRECH],
           htext("Фильтроэлементы Parkline — ответ на запрос № 131"), text_part(body, "utf-8", "base64"),
           mailer="gm")

    # ------------------------------------------------------------ m24 order: Istanbul trip (cp1251 base64)
    begin("m24")
    body = ("[[o_taz|Акционерное общество «Таватуйский агрегатный завод»]]\n\n"
            "ПРИКАЗ № 418-к от 22.10.2025\nО направлении работников в служебную командировку\n\n"
            "⟦ft_ist|Направить в служебную командировку в г. Стамбул (Турецкая Республика) с 17.11.2025 по "
            "21.11.2025⟧ для переговоров с компанией [[o_bogazici|Bogazici Aero Tedarik Ltd.]] о поставке датчиков "
            "давления:\n"
            "- ⟦emp_krech|[[p_krech|Кречетову Юлию Андреевну]], начальника отдела внешней комплектации⟧;\n"
            "- ⟦emp_loz|[[p_lozhkin|Ложкина Сергея Павловича]], главного метролога⟧.\n\n"
            "Расходы отнести на статью «Командировочные расходы».\n\n"
            "⟦emp_burm|Генеральный директор [[p_burm|Г.В. Бурмистров]]⟧")
    finish(D(2025, 10, 22, 14, 0), addr("Канцелярия", "office@" + TAZ, "windows-1251"), [A_KRECH, A_LOZ],
           htext("Приказ № 418-к о командировке", "windows-1251", "B"),
           text_part(body, "windows-1251", "base64"), mailer="ol")

    # ------------------------------------------------------------ m25 theatre tickets (routine)
    begin("m25")
    body = ("Профком приглашает! 8 ноября — спектакль «Женитьба» в драмтеатре, 15 билетов по льготной цене "
            "(300 руб.). Записываться у председателя цехкома до 31 октября.\n\nПрофком АО")
    finish(D(2025, 10, 24, 12, 30), addr("Профком", "profkom@" + TAZ), ["all-staff@" + TAZ],
           htext("Билеты в театр"), text_part(body, "utf-8", "quoted-printable"), mailer="rc")

    # ------------------------------------------------------------ m26 invitation letter PDF
    begin("m26")
    pdf_lines = [P("[[o_bogazici|BOGAZICI AERO TEDARIK LTD. STI.]]"),
                 "Buyukdere Cad. No. 120, Sisli, Istanbul, Turkiye",
                 "", "Istanbul, 28 October 2025", "", "INVITATION LETTER", "",
                 "To whom it may concern,", "",
                 P("We hereby invite ⟦emp_krech|Ms. [[p_krech|IULIIA KRECHETOVA]], Head of Foreign Procurement⟧, "
                   "and"),
                 P("⟦emp_loz|Mr. [[p_lozhkin|SERGEI LOZHKIN]], Chief Metrologist⟧, of "
                   "[[o_taz|Tavatuy Aggregate Plant JSC]] (Russia),"),
                 P("⟦ft_ist|to visit our office in Istanbul from 17 to 21 November 2025⟧ for negotiations"),
                 "on the supply of pressure transmitters.",
                 "All costs of the stay are borne by the inviting company.", "",
                 "Yours faithfully,", "",
                 P("⟦emp_meh|[[p_mehmet|Mehmet Yilmaz]], Managing Director⟧")]
    pdf = pdf_bytes(pdf_lines)
    body = ("Dear [[p_krech|Yulia Hanım]],\n\nplease find attached the invitation letter for you and "
            "[[p_lozhkin|Mr. Lozhkin]].\n\nSaygılarımla,\n[[p_mehmet|Mehmet]]")
    root = multipart("mixed", [text_part(body, "utf-8", "quoted-printable"),
                               attachment(pdf, "application/pdf", "Invitation_Tavatuy_Nov2025.pdf", "plain")], "m26")
    finish(D(2025, 10, 28, 16, 20, 3), addr("[[p_mehmet|Mehmet Yılmaz]]", A_MEH, "utf-8", "Q"),
           [A_KRECH], "Invitation letter", root, mailer="am")

    # ------------------------------------------------------------ m27 cousin, Ukrainian (routine)
    begin("m27")
    body = ("[[p_krech|Юлечко]], привіт!\n\n"
            "Пише твоя двоюрідна сестра, бо ти, мабуть, уже забула, як я виглядаю :) У нас усе по-старому: світло "
            "дають за графіком, на роботі тримаємось. Тарас пішов у перший клас, дуже пишається рюкзаком.\n\n"
            "Як там [[p_matvei|Матвійко]]? Передавай вітання [[p_denis|Денисові]] і тітці [[p_lidia|Ліді]].\n\n"
            "Може, наступного року нарешті побачимось — хоч десь на нейтральній території.\n\n"
            "Обіймаю,\nОксана")
    finish(D(2025, 10, 30, 20, 15, 2), addr("Оксана Коваль", "oksana.koval@ukr.example.ua"),
           ["julia.krechetova84@mail.example.ru"], htext("Привіт з Харкова"), text_part(body, "utf-8", "base64"),
           mailer="gm")

    # ------------------------------------------------------------ m28 IT maintenance (koi8-r base64)
    begin("m28")
    body = ("Коллеги, в субботу 08.11.2025 с 09:00 до 15:00 почтовый сервер будет недоступен (обновление).\n"
            "Dear colleagues, the mail server will be down on Saturday, 8 November, 09:00-15:00.\n\nСлужба ИТ")
    finish(D(2025, 11, 5, 18, 0), addr("Служба ИТ", "helpdesk@" + TAZ, "koi8-r"), ["all-staff@" + TAZ],
           htext("Работы на почтовом сервере 08.11", "koi8-r", "B"), text_part(body, "koi8-r", "base64"),
           mailer="zm")

    # ------------------------------------------------------------ m29 Mehmet: next week in Istanbul
    begin("m29")
    body = ("Dear [[p_krech|Julia]],\n\n"
            "the hotel is booked for you and [[p_lozhkin|Mr. Sergey Lozhkin]]. ⟦ft_ist|Looking forward to seeing you next "
            "week in Istanbul.⟧ My driver will meet you at Istanbul Airport on Monday, 17 November.\n\n"
            "[[p_mehmet|Mehmet Yilmaz]]\n⟦emp_meh|Managing Director, [[o_bogazici|Bogazici Aero Tedarik Ltd. Sti.]]⟧")
    finish(D(2025, 11, 10, 11, 0, 3), addr("[[p_mehmet|Mehmet Yilmaz]]", A_MEH), [A_KRECH],
           "Re: Visit to Istanbul", text_part(body, "us-ascii", "7bit"), mailer="am")

    # ------------------------------------------------------------ m30 Myanmar Mi-17, unlabelled koi8-r
    begin("m30")
    body = ("[[p_krech|Юлия Андреевна]], добрый день.\n\n"
            "⟦mm_mm|По контракту с ВВС Мьянмы на ремонт опор шасси и гидроагрегатов шести вертолетов Ми-17В-5 первая "
            "партия агрегатов прибыла на завод 10 ноября.⟧ Дефектацию начинаем на следующей неделе.\n\n"
            "Прошу учесть в заявке на импортные комплектующие: ⟦es_seals|уплотнений для этих агрегатов на складе "
            "нет, без них сдать первую партию в феврале не получится⟧.\n\n"
            "В.М. Тарасов\nначальник отдела ВЭС")
    finish(D(2025, 11, 12, 10, 0), addr("Тарасов В.М.", "ves@" + TAZ, "koi8-r"), [A_KRECH],
           htext("Мьянма: агрегаты Ми-17", "koi8-r", "B"), text_part(body, "koi8-r", "8bit", label=None),
           mailer="bat")

    # ------------------------------------------------------------ m31 Istanbul trip report DOCX
    begin("m31")
    paras = [("h", "ОТЧЁТ о служебной командировке"),
             P("⟦ft_ist|Командированные: [[p_krech|Кречетова Ю.А.]], [[p_lozhkin|Ложкин С.П.]]; место: г. Стамбул, "
               "Турция; период: 17–21.11.2025.⟧"),
             "Цель: переговоры о поставке датчиков давления взамен швейцарских (Brunnmatt).",
             "Результаты:",
             P("1. ⟦as_tr|Подписан контракт № BAT-2025/31 с [[o_bogazici|Boğaziçi Aero Tedarik Ltd. Şti.]] на "
               "поставку 24 датчиков давления турецкого производства взамен Brunnmatt.⟧"),
             P("2. [[p_lozhkin|Ложкин С.П.]] проверил протоколы калибровки — замечаний нет."),
             P("3. ⟦so_ch|Швейцарская сторона поставлять датчики отказывается из-за санкций⟧, других легальных "
               "путей получить Brunnmatt нет."),
             P("4. [[p_mehmet|Мехмет Йылмаз]] готов в 2026 году приехать на завод для приёмки стенда."),
             "5. Закупка новых шлифовальных станков не обсуждалась: если бы санкции когда-нибудь сняли, можно было "
             "бы вернуться к немецким станкам, но это не ближайшая перспектива.",
             P("⟦emp_krech|Начальник отдела внешней комплектации [[p_krech|Ю.А. Кречетова]]⟧")]
    d = docx_bytes(paras)
    body = ("[[p_burm|Геннадий Витальевич]], добрый день!\n\nНаправляю отчёт о командировке в Стамбул. Коротко: "
            "контракт подписан, первая партия датчиков — в середине декабря." + SIG_RU)
    root = multipart("mixed", [text_part(body, "utf-8", "quoted-printable"),
                               attachment(d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          "Отчёт_командировка_Стамбул_ноябрь_2025.docx", "2231cont")], "m31")
    finish(D(2025, 11, 24, 9, 30), krech_ru(), [addr("[[p_burm|Бурмистров Геннадий Витальевич]]", A_BURM)],
           htext("Отчёт о командировке в Стамбул"), root, cc=[addr("[[p_lozhkin|Ложкин С.П.]]", A_LOZ)],
           mailer="ol")

    # ------------------------------------------------------------ m32 Salikhov: protocol, share raised to 0.6
    begin("m32")
    body = ("Коллеги,\n\nпо итогам ВКС с [[o_kaveri|Kaveri Fluid Power]] 27.11.2025 (при посредничестве "
            "[[p_rajesh|Раджеша Субраманиана]]):\n\n"
            "1. ⟦jd|Продолжаем совместную с индийской стороной разработку электрогидравлического привода ЭГП-20 "
            "(ОКР «Гаруда»).⟧\n"
            "2. Доля [[o_taz|АО «ТАЗ»]] в финансировании ОКР увеличена до 0,6; индийская сторона — 0,4.\n"
            "3. Испытания гидравлической части — на нашем стенде СИ-12, после поставки турецких датчиков.\n"
            "4. Бюджет импортных комплектующих по ЭГП-20 согласовать с [[p_krech|Юлией Андреевной]].\n\n"
            "[[p_salikhov|Р.И. Салихов]]\n"
            "⟦emp_sal|Главный конструктор [[o_taz|АО «Таватуйский агрегатный завод»]]⟧")
    finish(D(2025, 11, 28, 17, 40), addr("[[p_salikhov|Салихов Р.И.]]", A_SAL, "windows-1251", "Q"),
           [krech_ru(), addr("[[p_burm|Бурмистров Г.В.]]", A_BURM)], htext("Протокол ВКС по ОКР «Гаруда»"),
           text_part(body, "utf-8", "base64"), mailer="ol")

    # ------------------------------------------------------------ m33 bank (routine, alternative)
    begin("m33")
    plain = ("Уважаемый клиент!\n\nС 01.01.2026 меняются условия обслуживания зарплатных карт. Подробности — в "
             "мобильном приложении.\n\nВаш банк")
    root = multipart("alternative", [text_part(plain, "utf-8", "quoted-printable"),
                                     html_part(html_from_text(plain, "utf-8", "Банк"), "utf-8", "base64")], "m33")
    finish(D(2025, 12, 3, 8, 0, 3), addr("Банк «Уральский кредит»", "noreply@uralcredit.example.ru"), [A_KRECH],
           htext("Изменение тарифов по зарплатным картам"), root, mailer=None)

    # ------------------------------------------------------------ m34 Haitong samples dispatched
    begin("m34")
    body = ("Dear [[p_krech|Ms. Krechetova]],\n\n"
            "⟦as_cn|the sample lot of 200 seals (O-rings and rod seals to your drawings U-14 to U-31) for your bench "
            "testing was dispatched today⟧ via Khorgos, forwarder Steppe Logistics, ETA 22 December.\n\n"
            "Best regards,\n[[p_zhou|Zhou Min]]\n"
            "⟦emp_zhou|Sales Manager, Overseas Department, [[o_haitong|Ningbo Haitong Sealing Technology Co., "
            "Ltd.]]⟧")
    finish(D(2025, 12, 8, 16, 0, 8), addr("[[p_zhou|Zhou Min]]", A_ZHOU), [A_KRECH], "Sample lot dispatched",
           text_part(body, "us-ascii", "7bit"), mailer="gm")

    # ------------------------------------------------------------ m35 Aigerim, Kazakh-Russian (routine)
    begin("m35")
    body = ("[[p_krech|Юлия Андреевна]], сәлеметсіз бе!\n\n"
            "График отпусков на 2026 год по отделу заполнила, посмотрите, пожалуйста. Себе поставила две недели в "
            "июле — поеду к родителям в Орск.\n\n"
            "Рахмет за премию, очень кстати! Жаңа жылыңызбен, заранее!\n\n[[p_aigerim|Айгерим]]")
    finish(D(2025, 12, 10, 14, 0), addr("[[p_aigerim|Жумабаева Айгерим Сериковна]]", A_AIG), [krech_ru()],
           htext("Жаңа жылыңызбен! / график отпусков"), text_part(body, "utf-8", "quoted-printable"), mailer="ol")

    # ------------------------------------------------------------ m36 New Year schedule (koi8-r QP, routine)
    begin("m36")
    body = ("Уважаемые работники!\n\nНерабочие праздничные дни: с 31 декабря 2025 г. по 11 января 2026 г. "
            "включительно. Дежурство служб - по отдельному графику.\n\nОтдел кадров")
    finish(D(2025, 12, 15, 9, 0), addr("Отдел кадров", "ok@" + TAZ, "koi8-r"), ["all-staff@" + TAZ],
           htext("Режим работы в новогодние праздники", "koi8-r", "Q"), text_part(body, "koi8-r", "quoted-printable"),
           mailer="ol")

    # ------------------------------------------------------------ m37 Turkish sensors installed
    begin("m37")
    body = ("[[p_krech|Юлия Андреевна]], ⟦as_tr|датчики давления от [[o_bogazici|Boğaziçi]] (турецкого "
            "производства) пришли и установлены на стенд СИ-12⟧, калибровку провели, стенд снова работает. "
            "Передайте, пожалуйста, спасибо [[p_mehmet|Мехмету]] за сроки!\n\n[[p_lozhkin|Ложкин]]\n⟦emp_loz|Главный метролог [[o_taz|АО «ТАЗ»]]⟧")
    finish(D(2025, 12, 19, 15, 30), addr("[[p_lozhkin|Ложкин Сергей Павлович]]", A_LOZ, "koi8-r"), [krech_ru()],
           htext("Датчики установлены"), text_part(body, "utf-8", "8bit"), mailer="tb")

    # ------------------------------------------------------------ m38 Denis: swimming pool (father)
    begin("m38")
    body = ("[[p_krech|Юль]], записал [[p_matvei|Матвея]] в бассейн на Красногвардейской, вторник и четверг в "
            "18:00. ⟦fam_denis_son|В договоре я указан как отец [[p_matvei|Матвея]]⟧, так что справки будут "
            "спрашивать с меня. Купи ему шапочку, пожалуйста.\n\nД.")
    finish(D(2025, 12, 23, 13, 0), addr("[[p_denis|Denis Krechetov]]", A_DENIS),
           ["julia.krechetova84@mail.example.ru"], htext("бассейн"),
           text_part(body, "utf-8", "8bit"), mailer="gm")

    # ------------------------------------------------------------ m38b corporate party (routine, html cp1251)
    begin("m38b")
    body = ("<p>Дорогие коллеги!</p>\n<p>Приглашаем на новогодний вечер 26 декабря в 18:00 в ДК «Юность». "
            "В программе — поздравление руководства, концерт заводской самодеятельности и лотерея.</p>\n"
            "<p>Профком и администрация</p>")
    finish(D(2025, 12, 24, 11, 0), addr("Профком", "profkom@" + TAZ, "windows-1251"), ["all-staff@" + TAZ],
           htext("Новогодний вечер", "windows-1251", "B"),
           html_part(html_doc(body, "windows-1251", "Новый год"), "windows-1251", "quoted-printable"), mailer="rc")

    # ------------------------------------------------------------ m39 Julia → Aigerim: next month Chennai (cp1251)
    begin("m39")
    body = ("[[p_aigerim|Айгерим]], привет.\n\n"
            "⟦ft_maa|В следующем месяце [[p_burm|Геннадий Витальевич]] с [[p_salikhov|Салиховым]] летят в Ченнай к "
            "[[o_kaveri|Kaveri]]⟧ — с пересадкой в Дубае, туда и обратно. Подготовь, пожалуйста, справку по нашим "
            "закупкам в Индии за 2025 год.\n\n"
            "Билеты и гостиницу организует ⟦emp_raj|[[p_rajesh|Раджеш]] ([[o_coromandel|«Коромандел Аэро»]])⟧.\n\n"
            "[[p_krech|Ю.К.]]")
    finish(D(2026, 1, 12, 10, 0), krech_ru(), [addr("[[p_aigerim|Жумабаева А.С.]]", A_AIG, "windows-1251")],
           htext("Ченнай, командировка ГД", "windows-1251", "B"), text_part(body, "windows-1251", "base64"),
           mailer="ol")

    # ------------------------------------------------------------ m39b accounting (routine)
    begin("m39b")
    body = ("Коллеги, напоминаем: авансовые отчёты за декабрь сдать в бухгалтерию до 20.01.2026. Чеки — "
            "оригиналы, электронные — распечатать.\n\nБухгалтерия")
    finish(D(2026, 1, 15, 9, 30), addr("Бухгалтерия", "buh@" + TAZ), ["all-staff@" + TAZ],
           htext("Авансовые отчёты"), text_part(body, "utf-8", "base64"), mailer="ol")

    # ------------------------------------------------------------ m40 Rajesh: Chennai programme, Dubai transit
    begin("m40")
    body = ("Dear [[p_krech|Ms. Yuliya Krechetova]],\n\n"
            "⟦ft_maa|[[p_burm|Mr. Gennadiy Burmistrov]] and [[p_salikhov|Mr. Rinat Salikhov]] will arrive in Chennai on "
            "9 February⟧ by Emirates via Dubai (EK 544, transit only, about 3 hours). Programme:\n"
            "10-11 February: technical meetings at the [[o_kaveri|Kaveri Fluid Power]] plant in Sriperumbudur;\n"
            "12 February: visit to the test laboratory;\n"
            "13 February: signing of the protocol on the EHA-20 programme;\n"
            "14 February: departure.\n"
            "Hotel: Marina Residency, Chennai.\n\n"
            "I live in Dubai on a residence visa, so I will meet our guests at DXB during the transit and fly with "
            "them to Chennai.\n\n"
            "Warm regards,\n[[p_rajesh|Rajesh Subramanian]]\n"
            "⟦emp_raj|Director, [[o_coromandel|Coromandel Aero Traders]]⟧\nChennai | Dubai")
    finish(D(2026, 1, 20, 12, 0, 4), addr("[[p_rajesh|Rajesh Subramanian]]", A_RAJ), [A_KRECH],
           "Chennai visit 9-14 February - programme", text_part(body, "us-ascii", "7bit"), mailer="gm")

    # ------------------------------------------------------------ m41 order: Chennai trip, ZIP with DOCX
    begin("m41")
    paras = [P("[[o_taz|Акционерное общество «Таватуйский агрегатный завод»]]"),
             ("h", "ПРИКАЗ № 37-к от 26.01.2026"),
             "О направлении работников в служебную командировку",
             P("⟦ft_maa|Направить в служебную командировку в г. Ченнай (Республика Индия) с 09.02.2026 по "
               "14.02.2026⟧ для переговоров с компанией [[o_kaveri|Kaveri Fluid Power Pvt. Ltd.]] по ОКР «Гаруда»:"),
             P("– ⟦emp_burm|генерального директора [[p_burm|Бурмистрова Геннадия Витальевича]]⟧ (23.05.1961 г.р.);"),
             P("– ⟦emp_sal|главного конструктора [[p_salikhov|Салихова Рината Ильдаровича]]⟧ (11.09.1975 г.р.)."),
             "Маршрут: Екатеринбург – Дубай (пересадка) – Ченнай – Дубай (пересадка) – Екатеринбург.",
             P("Встреча и сопровождение в Индии: ⟦emp_raj|г-н [[p_rajesh|Раджеш Субраманиан]] "
               "([[o_coromandel|Coromandel Aero Traders]])⟧."),
             P("Контроль за исполнением приказа возложить на ⟦emp_krech|начальника отдела внешней комплектации "
               "[[p_krech|Кречетову Ю.А.]]⟧"),
             "Первый заместитель генерального директора А.Н. Вершинин"]
    d = docx_bytes(paras, "Канцелярия")
    z = zip_bytes([("Приказ_37-к_командировка_Ченнай.docx", d)])
    body = "[[p_krech|Юлия Андреевна]], направляем копию приказа для оформления виз и билетов.\n\nКанцелярия"
    root = multipart("mixed", [text_part(body, "utf-8", "base64"),
                               attachment(z, "application/zip", "prikaz_37k.zip", "plain")], "m41")
    finish(D(2026, 1, 26, 15, 0), addr("Канцелярия", "office@" + TAZ), [krech_ru()],
           htext("Приказ № 37-к (командировка в Индию)"), root, mailer="ol")

    # ------------------------------------------------------------ m42 invoice XLSX (routine)
    begin("m42")
    rows = [["Наименование", "Кол-во", "Цена", "Сумма"], ["Бумага А4, 500 л.", 40, 420, 16800],
            ["Папка-регистратор", 25, 190, 4750], ["Картридж для принтера", 6, 3900, 23400],
            ["Итого", "", "", 44950]]
    x = xlsx_bytes([("Счёт 118", rows)])
    body = "Добрый день! Счёт № 118 от 02.02.2026 на канцтовары во вложении.\n\nООО «КанцОпт»"
    root = multipart("mixed", [text_part(body, "utf-8", "quoted-printable"),
                               attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                          "Счёт_118.xlsx", "2231")], "m42")
    finish(D(2026, 2, 2, 11, 0), addr("КанцОпт", "sales@kancopt.example.ru"), [A_KRECH],
           htext("Счёт № 118"), root, mailer="gm")

    # ------------------------------------------------------------ m43 Aigerim: Tashkent request, citizenship
    begin("m43")
    body = ("[[p_krech|Юлия Андреевна]], добрый день!\n\n"
            "⟦ft_tas|Прошу согласовать мою поездку в Ташкент с 14 по 17 апреля на выставку «Промэкспо "
            "Ташкент-2026»⟧ — там будут экспедиторы, которые возят грузы из Китая через Узбекистан, хочу с ними "
            "встретиться.\n\n"
            "С документами проблем нет: ⟦cit_aig|я гражданка и Казахстана, и России, поеду по казахстанскому "
            "паспорту⟧.\n\nРахмет!\n\n"
            "[[p_aigerim|А.С. Жумабаева]]\n⟦emp_aig|Заместитель начальника отдела внешней комплектации⟧")
    finish(D(2026, 2, 5, 10, 20), addr("[[p_aigerim|Жумабаева Айгерим Сериковна]]", A_AIG), [krech_ru()],
           htext("Ташкент в апреле", "utf-8", "Q"), text_part(body, "utf-8", "quoted-printable"), mailer="ol")

    # ------------------------------------------------------------ m43b newsletter in English (routine)
    begin("m43b")
    body = ("HYDRAULICS WORLD WEEKLY - Issue 6/2026\n\n"
            "* Servo valve makers report longer lead times for rare-earth magnets.\n"
            "* New ISO draft on hydraulic fluid cleanliness classes open for comments.\n"
            "* Webinar: condition monitoring of actuators, 24 February.\n\n"
            "You receive this newsletter because you registered at hydraulicsworld.example.com.")
    finish(D(2026, 2, 10, 6, 0, 0), addr("Hydraulics World Weekly", "news@hydraulicsworld.example.com"), [A_KRECH],
           "Hydraulics World Weekly 6/2026", text_part(body, "us-ascii", "7bit"), mailer=None)

    # ------------------------------------------------------------ m44 Burmistrov: three fifths
    begin("m44")
    M44 = ("Dear [[p_iyer|Mr. Iyer]],\n\n"
           "thank you and your team for the warm reception. ⟦ft_maa|As agreed in Chennai last week⟧, ⟦jd|our side "
           "will carry three fifths of the development cost of the EHA-20⟧; the detailed budget will be fixed in "
           "Addendum No. 2.\n\n"
           "[[p_salikhov|Mr. Salikhov]] will send the updated test programme by the end of February.\n\n"
           "Best regards,\n[[p_burm|Gennadii Burmistrov]]\n"
           "⟦emp_burm|General Director, [[o_taz|Tavatuy Aggregate Plant JSC]]⟧")
    finish(D(2026, 2, 16, 10, 5), addr("[[p_burm|Gennadii Burmistrov]]", A_BURM),
           [addr("[[p_iyer|Venkatesh Iyer]]", A_IYER)], "EHA-20: follow-up to the Chennai meetings",
           text_part(M44, "us-ascii", "7bit"), cc=[krech_en()], mailer="ol")

    # ------------------------------------------------------------ m45 Iyer: pleasure to host you in Chennai
    begin("m45")
    body = ("Dear [[p_burm|Mr. Burmistrov]],\n\n"
            "⟦ft_maa|it was a pleasure to host you and [[p_salikhov|Mr. Salikhov]] in Chennai⟧. We accept the revised "
            "cost sharing; our legal team will prepare Addendum No. 2.\n\n"
            "Regards,\n[[p_iyer|Venkatesh Iyer]]\n"
            "⟦emp_iyer|Managing Director, [[o_kaveri|Kaveri Fluid Power Pvt. Ltd.]]⟧\n\n"
            "On 16.02.2026 10:05, [[p_burm|Gennadii Burmistrov]] wrote:\n" + quote_block(M44))
    finish(D(2026, 2, 18, 9, 45, 5, 30), addr("[[p_iyer|Venkatesh Iyer]]", A_IYER),
           [addr("[[p_burm|Gennadii Burmistrov]]", A_BURM)], "Re: EHA-20: follow-up to the Chennai meetings",
           text_part(body, "us-ascii", "quoted-printable"), cc=[krech_en()], mailer="ol", reply_to_key="m44")

    # ------------------------------------------------------------ m46 fire drill (koi8-r base64, routine)
    begin("m46")
    body = ("Внимание! 27.02.2026 в 10:00 проводится учебная эвакуация персонала заводоуправления. Сбор - у "
            "проходной N 1. Лифтами не пользоваться.\n\nСлужба охраны труда")
    finish(D(2026, 2, 25, 8, 30), addr("Охрана труда", "ot@" + TAZ, "koi8-r"), ["all-staff@" + TAZ],
           htext("Учебная эвакуация 27.02", "koi8-r", "B"), text_part(body, "koi8-r", "base64"), mailer="bat")

    # ------------------------------------------------------------ m47 8 March (html only cp1251 QP, routine)
    begin("m47")
    body = ("<p>Милые женщины!</p>\n<p>Поздравляем вас с Международным женским днём 8 Марта! Желаем весеннего "
            "настроения, здоровья и тепла.</p>\n<p>Профсоюзный комитет</p>")
    finish(D(2026, 3, 3, 12, 0), addr("Профком", "profkom@" + TAZ, "windows-1251"), ["all-staff@" + TAZ],
           htext("С 8 Марта!", "windows-1251", "Q"),
           html_part(html_doc(body, "windows-1251", "8 Марта"), "windows-1251", "quoted-printable"), mailer="rc")

    # ------------------------------------------------------------ m48 Julia → mother: майские, Vietnam
    begin("m48")
    body = ("Мам, привет!\n\n"
            "⟦ft_vn|На майских летим во Вьетнам, в Нячанг, с 1 по 10 мая⟧ — я, [[p_denis|Денис]] и "
            "[[p_matvei|Матвей]]. Путёвку купили через «Солнце-Тур». За кошкой присмотришь?\n\n"
            "Целую, [[p_krech|Юля]]")
    finish(D(2026, 3, 10, 20, 30), addr("[[p_krech|Юлия Кречетова]]", "julia.krechetova84@mail.example.ru"),
           [addr("[[p_lidia|Л.П. Шубина]]", A_MOM)], htext("майские"), text_part(body, "utf-8", "8bit"),
           mailer="gm")

    # ------------------------------------------------------------ m49 booking confirmation (html only)
    begin("m49")
    body = ("<h2>Подтверждение бронирования № ST-260312-088</h2>\n"
            "<p>Уважаемая [[p_krech|Юлия Андреевна]]! Ваш тур подтверждён.</p>\n"
            "<table border=\"1\" cellpadding=\"4\">\n"
            "<tr><td>Направление</td><td>⟦ft_vn|Вьетнам, Нячанг, отель Sea Pearl Resort 4*, "
            "01.05.2026–10.05.2026⟧</td></tr>\n"
            "<tr><td>Перелёт</td><td>Екатеринбург (SVX) – Камрань (CXR), прямой рейс</td></tr>\n"
            "<tr><td>Туристы</td><td>⟦ft_vn|[[p_krech|KRECHETOVA IULIIA]]; [[p_denis|KRECHETOV DENIS]]; "
            "[[p_matvei|KRECHETOV MATVEI]] (child, 12 y.o.)⟧</td></tr>\n"
            "<tr><td>Питание</td><td>завтраки</td></tr>\n</table>\n"
            "<p>Документы на тур будут отправлены за 5 дней до вылета. Хорошего отдыха!</p>\n"
            "<p>Турагентство «Солнце-Тур», Нижний Тагил</p>")
    finish(D(2026, 3, 12, 14, 10), addr("Солнце-Тур", "booking@solnce-tour.example.ru"),
           ["julia.krechetova84@mail.example.ru"], htext("Подтверждение бронирования № ST-260312-088"),
           html_part(html_doc(body, "utf-8", "Бронирование"), "utf-8", "quoted-printable"), mailer=None)

    # ------------------------------------------------------------ m50 Salikhov: Ningbo postponed, tests ongoing
    begin("m50")
    body = ("[[p_krech|Юлия Андреевна]],\n\n"
            "поездку в Нинбо на завод [[o_haitong|Haitong]] откладываем на неопределённый срок — командировочный "
            "лимит исчерпан.\n\n"
            "⟦as_cn|Испытания образцов уплотнений [[o_haitong|Ningbo Haitong]] продолжаются: пройдено 600 циклов из "
            "1000, утечек нет.⟧ Промежуточный протокол во вложении.\n\n[[p_salikhov|Салихов]]")
    txt = P("ПРОМЕЖУТОЧНЫЙ ПРОТОКОЛ № 14/26\nресурсных испытаний уплотнений\n\n"
            "⟦as_cn|Объект испытаний: образцы уплотнений производства [[o_haitong|Ningbo Haitong Sealing Technology "
            "Co., Ltd.]] (КНР), замена японских Shinwa⟧\n"
            "Стенд: СИ-7; рабочая жидкость АМГ-10; давление 210 кгс/см2\n"
            "Наработка: 600 циклов из 1000; утечек и выдавливания не выявлено.\nИспытания продолжаются.\n\n"
            "Инженер-испытатель Д.А. Мусин\n"
            "Утверждаю: ⟦emp_sal|главный конструктор [[p_salikhov|Р.И. Салихов]]⟧\n")
    att = Part([("Content-Type", 'text/plain; charset="windows-1251";\n name="protokol_14-26.txt"'),
                ("Content-Transfer-Encoding", "base64"),
                ("Content-Disposition", 'attachment;\n filename="protokol_14-26.txt"')],
               encode_body(txt.encode("windows-1251"), "base64"))
    root = multipart("mixed", [text_part(body, "utf-8", "base64"), att], "m50")
    finish(D(2026, 3, 16, 11, 15), addr("[[p_salikhov|Салихов Р.И.]]", A_SAL, "windows-1251", "Q"), [krech_ru()],
           htext("Нинбо: поездка откладывается, испытания идут"), root, mailer="ol")

    # ------------------------------------------------------------ m51 leave application (Vietnam, family)
    begin("m51")
    body = ("⟦emp_burm|Генеральному директору [[o_taz|АО «ТАЗ»]] [[p_burm|Бурмистрову Г.В.]]⟧\n"
            "⟦emp_krech|от начальника отдела внешней комплектации [[p_krech|Кречетовой Ю.А.]]⟧\n\n"
            "ЗАЯВЛЕНИЕ\n\n"
            "⟦ft_vn|Прошу предоставить мне ежегодный оплачиваемый отпуск с 30.04.2026 по 11.05.2026 в связи с "
            "выездом за границу (Социалистическая Республика Вьетнам)⟧ ⟦fam_spouse,fam_son|совместно с мужем "
            "[[p_denis|Кречетовым Денисом Олеговичем]] и сыном [[p_matvei|Кречетовым Матвеем Денисовичем]]⟧.\n\n"
            "На время отпуска мои обязанности прошу возложить на ⟦emp_aig|заместителя начальника отдела "
            "[[p_aigerim|Жумабаеву А.С.]]⟧\n\n20.03.2026    [[p_krech|Ю.А. Кречетова]]")
    finish(D(2026, 3, 20, 9, 10), krech_ru(), [addr("Отдел кадров", "ok@" + TAZ)],
           htext("Заявление на отпуск"), text_part(body, "utf-8", "quoted-printable"), mailer="ol")

    # ------------------------------------------------------------ m52 Addendum No. 2 DOCX: 55 %
    begin("m52")
    paras = [("h", "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 2 / ADDENDUM No. 2"),
             P("⟦jd|к Соглашению о совместной разработке электрогидравлического привода ЭГП-20⟧ от 15.12.2025 / "
               "⟦jd|to the Agreement on the Joint Development of the EHA-20 Electro-Hydraulic Actuator⟧ of "
               "15.12.2025"),
             P("[[o_taz|Акционерное общество «Таватуйский агрегатный завод»]] (Россия) и "
               "[[o_kaveri|Kaveri Fluid Power Pvt. Ltd.]] (Индия) договорились о следующем:"),
             P("1. ⟦jd|Доля [[o_taz|АО «Таватуйский агрегатный завод»]] в финансировании ОКР по ЭГП-20 снижается до "
               "55 (пятидесяти пяти) процентов, доля [[o_kaveri|Kaveri Fluid Power Pvt. Ltd.]] увеличивается до 45 "
               "(сорока пяти) процентов.⟧"),
             P("1. ⟦jd|The share of [[o_taz|Tavatuy Aggregate Plant JSC]] in the funding of the EHA-20 development "
               "is reduced to 55 (fifty-five) per cent; the share of [[o_kaveri|Kaveri Fluid Power Pvt. Ltd.]] is "
               "increased to 45 (forty-five) per cent.⟧"),
             "2. Остальные условия Соглашения, в том числе распределение работ, не меняются. / All other terms "
             "of the Agreement, including the division of work, remain unchanged.",
             ("table", [[P("За [[o_taz|АО «ТАЗ»]]: ⟦emp_burm|генеральный директор [[p_burm|Г.В. Бурмистров]]⟧"),
                         P("For [[o_kaveri|Kaveri Fluid Power Pvt. Ltd.]]: "
                           "⟦emp_iyer|[[p_iyer|Venkatesh Iyer]], Managing Director⟧")]])]
    d = docx_bytes(paras, "Kaveri Legal")
    body = ("Dear [[p_burm|Mr. Burmistrov]],\n\n"
            "as our government co-funding has now been approved, we can take a larger part of the cost. Please find "
            "attached ⟦jd|Addendum No. 2 to the Agreement on the joint development of the EHA-20 actuator⟧, in "
            "Russian and English, for your review and signature.\n\nRegards,\n[[p_iyer|V. Iyer]]")
    root = multipart("mixed", [text_part(body, "us-ascii", "7bit"),
                               attachment(d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          "Addendum_2_EHA-20.docx", "plain")], "m52")
    finish(D(2026, 4, 3, 13, 30, 5, 30), addr("[[p_iyer|Venkatesh Iyer]]", A_IYER),
           [addr("[[p_burm|Gennadii Burmistrov]]", A_BURM)], "EHA-20: Addendum No. 2 for signature", root,
           cc=[krech_en()], mailer="ol")

    # ------------------------------------------------------------ m53 Julia → Aigerim: 55/45 (cp1251 QP)
    begin("m53")
    body = ("[[p_aigerim|Айгерим]], по «Гаруде» поменялась доля: ⟦jd|теперь 55/45, а не 60/40 — наши пятьдесят "
            "пять процентов⟧. Бюджет на импортные комплектующие по ЭГП-20 пересчитай, пожалуйста, к пятнице.\n\n"
            "[[p_krech|Ю.К.]]")
    finish(D(2026, 4, 6, 9, 50), krech_ru(), [addr("[[p_aigerim|Жумабаева А.С.]]", A_AIG, "windows-1251")],
           htext("Гаруда — новая доля", "windows-1251", "Q"), text_part(body, "windows-1251", "quoted-printable"),
           mailer="ol")

    # ------------------------------------------------------------ m54 meeting (routine)
    begin("m54")
    body = ("Коллеги, совещание по бюджету закупок на II полугодие — 10.04.2026 в 10:00, зал 3. Просьба "
            "подготовить предложения по сокращению расходов на 5%.\n\nПланово-экономический отдел")
    finish(D(2026, 4, 8, 16, 0), addr("ПЭО", "peo@" + TAZ), [A_KRECH, A_AIG],
           htext("Совещание по бюджету закупок 10.04"), text_part(body, "utf-8", "base64"), mailer="ol")

    # ------------------------------------------------------------ m55 Aigerim out of office: Tashkent
    begin("m55")
    body = ("Автоответ / Auto-reply\n\n"
            "⟦ft_tas|Я в командировке в Ташкенте до 17.04.2026⟧, почту читаю нерегулярно. По срочным вопросам — "
            "[[p_krech|Кречетова Юлия Андреевна]], доб. 41-17.\n\n"
            "I am on a business trip in Tashkent until 17 April 2026.\n\n[[p_aigerim|Айгерим Жумабаева]]")
    finish(D(2026, 4, 14, 8, 5), addr("[[p_aigerim|Жумабаева Айгерим Сериковна]]", A_AIG), [A_KRECH],
           htext("Автоответ: Re: Совещание по бюджету закупок 10.04"), text_part(body, "utf-8", "quoted-printable"),
           mailer="ol", extra_headers=[("Auto-Submitted", "auto-replied")])

    # ------------------------------------------------------------ m56 Mehmet cancels his visit (trap)
    begin("m56")
    body = ("Dear [[p_krech|Julia]],\n\n"
            "unfortunately I have to cancel my visit to [[o_taz|Tavatuy]] planned for 18-22 May. The acceptance of "
            "the test bench can be done by video call. Maybe I can come in autumn.\n\n"
            "Best regards,\n[[p_mehmet|Mehmet]]")
    finish(D(2026, 5, 4, 10, 0, 3), addr("[[p_mehmet|Mehmet Yılmaz]]", A_MEH, "utf-8", "Q"), [A_KRECH],
           "May visit cancelled", text_part(body, "us-ascii", "7bit"), mailer="am")

    # ------------------------------------------------------------ m57 Denis: photos from Nha Trang
    begin("m57")
    body = ("⟦ft_vn|Скинул фотки из Нячанга на облако⟧, папка «Вьетнам-2026». [[p_matvei|Матвей]] уже всем в "
            "классе показал черепаху :)\n\nД.")
    finish(D(2026, 5, 12, 21, 15), addr("[[p_denis|Кречетов Денис]]", A_DENIS),
           ["julia.krechetova84@mail.example.ru"], htext("фото"), text_part(body, "utf-8", "base64"), mailer="gm")

    # ------------------------------------------------------------ m58 An-24 civil (trap; koi8-r QP)
    begin("m58")
    body = ("[[p_krech|Юлия Андреевна]], по гражданскому заказу - ремонт опор шасси двух Ан-24РВ авиакомпании "
            "\"Ирбис\" - нужны подшипники 7000105 и 180206, по 12 шт. Есть ли на складе или заказывать?\n\n"
            "Н.В. Гордеева")
    finish(D(2026, 5, 18, 11, 40), addr("Гордеева Наталья Викторовна", "pdo@" + TAZ, "koi8-r"), [A_KRECH],
           htext("Ан-24: подшипники", "koi8-r", "Q"), text_part(body, "koi8-r", "quoted-printable"), mailer="ol")

    # ------------------------------------------------------------ m59 summer camp (routine)
    begin("m59")
    body = ("Открыта запись в детский лагерь «Уральские зори» на летние смены (июнь, июль, август). "
            "Стоимость для работников — 20% от полной. Заявления — в профком до 5 июня.\n\nПрофком")
    finish(D(2026, 5, 25, 13, 0), addr("Профком", "profkom@" + TAZ), ["all-staff@" + TAZ],
           htext("Летний лагерь 2026"), text_part(body, "utf-8", "quoted-printable"), mailer="rc")

    # ------------------------------------------------------------ m60 Iyer: addendum signed 55:45
    begin("m60")
    body = ("Dear [[p_burm|Mr. Burmistrov]],\n\n"
            "⟦jd|Addendum No. 2 with the revised split 55:45 is now signed by both sides⟧; the original will follow "
            "by DHL. The next milestone of the EHA-20 programme is the preliminary design review in September "
            "2026.\n\n"
            "Regards,\n[[p_iyer|Venkatesh Iyer]]\n"
            "⟦emp_iyer|Managing Director, [[o_kaveri|Kaveri Fluid Power Pvt. Ltd.]]⟧")
    finish(D(2026, 6, 2, 12, 20, 5, 30), addr("[[p_iyer|Venkatesh Iyer]]", A_IYER),
           [addr("[[p_burm|Gennadii Burmistrov]]", A_BURM)], "Addendum No. 2 signed",
           text_part(body, "us-ascii", "7bit"), cc=[krech_en()], mailer="ol")

    # ------------------------------------------------------------ m61 reply to Zhou: tests still running
    begin("m61")
    zq = ("Dear [[p_krech|Ms. Krechetova]],\n\n"
          "could you share any news on the bench test of our seals? We are preparing the production plan for Q3.\n\n"
          "Best regards,\n[[p_zhou|Zhou Min]]\n"
          "⟦emp_zhou|Sales Manager, Overseas Department, [[o_haitong|Ningbo Haitong Sealing Technology Co., Ltd.]]⟧")
    body = ("Dear [[p_zhou|Ms. Zhou]],\n\n"
            "⟦as_cn|testing of your seals is still in progress: 850 of 1000 cycles passed without leaks⟧; we expect "
            "the final report in July. We will decide on a serial order after that." + SIG_EN + "\n\n"
            "On 10.06.2026 09:12, [[p_zhou|Zhou Min]] wrote:\n" + quote_block(zq))
    finish(D(2026, 6, 11, 10, 0), krech_en(), [addr("[[p_zhou|Zhou Min]]", A_ZHOU)],
           "Re: Bench test of Haitong seals", text_part(body, "us-ascii", "quoted-printable"), mailer="ol")

    # ------------------------------------------------------------ m62 IT printer (routine)
    begin("m62")
    body = ("Коллеги, 23.06 с 13:00 меняем сетевой принтер на 2 этаже. Печать на время работ — через принтер "
            "канцелярии.\n\nСлужба ИТ")
    finish(D(2026, 6, 20, 9, 0), addr("Служба ИТ", "helpdesk@" + TAZ), ["adm-2floor@" + TAZ],
           htext("Замена принтера"), text_part(body, "utf-8", "base64"), mailer="zm")

    # ------------------------------------------------------------ m63 Julia: Sochi in August (domestic trap)
    begin("m63")
    body = ("[[p_aigerim|Айгерим Сериковна]], напоминаю: с 10 по 24 августа я в отпуске, "
            "⟦fam_spouse,fam_son|едем с мужем и сыном в Сочи⟧. На это время ⟦emp_aig|за меня остаётся "
            "[[p_aigerim|Жумабаева А.С.]], заместитель начальника отдела⟧ — приказ уже подписан.\n\n"
            "[[p_krech|Ю.К.]]")
    finish(D(2026, 7, 1, 9, 0), krech_ru(), [addr("[[p_aigerim|Жумабаева А.С.]]", A_AIG, "windows-1251")],
           htext("Август — замещение", "windows-1251", "B"), text_part(body, "windows-1251", "base64"),
           cc=[addr("Отдел кадров", "ok@" + TAZ)], mailer="ol")

    # ------------------------------------------------------------ m64 newsletter 2: other companies (trap)
    begin("m64")
    body = ("<h2>Авиапром-Дайджест № 28</h2>\n"
            "<p>ООО «Сибгидропривод» открыло участок ремонта гидроагрегатов вертолётов Ми-8/Ми-17 для "
            "Минобороны России.</p>\n"
            "<p>АО «Волжский агрегатный завод» сдал заказчику первые отремонтированные опоры шасси Су-35С.</p>\n"
            "<p>Форум поставщиков авиационной отрасли пройдёт в Сочи 15–17 сентября.</p>")
    finish(D(2026, 7, 15, 7, 0, 3), addr("Авиапром-Дайджест", "digest@aviaprom-news.example.ru"), [A_KRECH],
           htext("Авиапром-Дайджест № 28"), html_part(html_doc(body, "utf-8", "Дайджест"), "utf-8", "base64"),
           mailer=None)

    # ------------------------------------------------------------ m65 VPN (koi8-r 8bit, routine)
    begin("m65")
    body = ("Коллеги, с 10.08.2026 удаленный доступ - только через новый VPN-клиент. Инструкция на портале, "
            "раздел \"ИТ\".\n\nСлужба ИТ")
    finish(D(2026, 8, 5, 10, 0), addr("Служба ИТ", "helpdesk@" + TAZ, "koi8-r"), ["all-staff@" + TAZ],
           htext("Новый VPN-клиент", "koi8-r", "B"), text_part(body, "koi8-r", "8bit"), mailer="zm")

    # ------------------------------------------------------------ m66 PDO: half-year results
    begin("m66")
    body = ("[[p_krech|Юлия Андреевна]],\n\nитоги за январь–июль:\n"
            "– ⟦mm_ru|по ГОЗ для Минобороны России сданы 5 комплектов опор шасси Су-34 и 4 комплекта "
            "гидроцилиндров Ту-22М3⟧;\n"
            "– ⟦mm_mm|по экспортному контракту с ВВС Мьянмы отремонтированы и отгружены агрегаты шасси для четырёх "
            "Ми-17В-5⟧;\n"
            "– Ан-24РВ «Ирбис» — 1 из 2.\n\n"
            "⟦es_seals|Задержки в феврале–марте были из-за нехватки уплотнений⟧, сейчас график выровняли.\n\n"
            "Н.В. Гордеева")
    finish(D(2026, 8, 20, 15, 0), addr("Гордеева Наталья Викторовна", "pdo@" + TAZ), [krech_ru()],
           htext("Итоги: выполнение плана ремонта за 7 месяцев"), text_part(body, "utf-8", "quoted-printable"),
           mailer="ol")

    # ================================================================ loose messages
    # L1: Aigerim's Tashkent report, no Message-ID
    begin("L1")
    body = ("[[p_krech|Юлия Андреевна]], сәлеметсіз бе!\n\n"
            "⟦ft_tas|Вернулась из Ташкента: была там с 14 по 17 апреля на выставке «Промэкспо Ташкент-2026»⟧. "
            "Встретилась с тремя экспедиторами — ставки по доставке из Китая через Узбекистан на 15–20% выше, чем "
            "через Хоргос, так что пока смысла нет.\n\n"
            "На границе всё прошло быстро — ⟦cit_aig|въезжала по казахстанскому паспорту, российский даже не "
            "понадобился⟧.\n\n"
            "Отчёт и авансовый — завтра. Көп рахмет за поддержку!\n\n"
            "Құрметпен,\n[[p_aigerim|Әйгерім Жұмабаева]] / [[p_aigerim|Aigerim Zhumabayeva]]\n"
            "⟦emp_aig|Deputy Head, Foreign Procurement Department, [[o_taz|Tavatuy Aggregate Plant JSC]]⟧")
    finish(D(2026, 4, 21, 9, 5), addr("[[p_aigerim|Aigerim Zhumabaeva]]", A_AIG), [krech_ru()],
           htext("Ташкент: итоги поездки"), text_part(body, "utf-8", "quoted-printable"), mailer="ol",
           no_mid=True, loose="001.eml")

    # L2: invitation for Mehmet (citizenship), never used: he cancels
    begin("L2")
    body = ("Коллеги, добрый день!\n\n"
            "Прошу оформить официальное приглашение для въезда в РФ (обыкновенная деловая виза) иностранному "
            "гражданину:\n\n"
            "ФИО: ⟦cit_meh|[[p_mehmet|YILMAZ MEHMET]] ([[p_mehmet|Мехмет Йылмаз]]), гражданство: Турецкая "
            "Республика⟧\n"
            "Дата рождения: 14.02.1979\nПаспорт: U 21948736\n"
            "Должность: ⟦emp_meh|управляющий директор [[o_bogazici|Boğaziçi Aero Tedarik Ltd. Şti.]]⟧\n"
            "Цель визита: приёмка испытательного стенда СИ-12, 18–22.05.2026." + SIG_RU)
    finish(D(2026, 3, 2, 10, 40), krech_ru(), [addr("Отдел кадров", "ok@" + TAZ)],
           htext("Приглашение для иностранного гражданина (Турция)"), text_part(body, "utf-8", "base64"),
           mailer="ol", loose="002.eml")

    # L3: cousin, Christmas (Ukrainian, cp1251 base64, routine)
    begin("L3")
    body = ("[[p_krech|Юлю]], з Різдвом вас усіх!\n\n"
            "У нас зима тепла, сніг тільки на свята випав. Мама передає вітання, печемо пиріжки з маком.\n\n"
            "Цілую, твоя Оксана")
    finish(D(2026, 1, 7, 12, 0, 2), addr("Оксана Коваль", "oksana.koval@ukr.example.ua", "windows-1251"),
           ["julia.krechetova84@mail.example.ru"], htext("З Різдвом!", "windows-1251", "B"),
           text_part(body, "windows-1251", "base64"), mailer="gm", loose="003.eml")


# ================================================================ findings
FINDINGS = [
    ("mm_ru", "military_maintenance", ["o_taz"], {"platforms": ["su-34", "tu-22m3"], "customer_country": "ru"},
     "Tavatuy overhauls landing gear and hydraulic cylinders of Su-34 and Tu-22M3 aircraft for the Russian MoD "
     "under the state defence order."),
    ("mm_mm", "military_maintenance", ["o_taz"], {"platforms": ["mi-17"], "customer_country": "mm"},
     "Tavatuy repairs landing gear and hydraulic units of six Mi-17V-5 helicopters of the Myanmar Air Force."),
    ("jd", "joint_development", ["o_taz", "o_kaveri"],
     {"product": ["eha-20", "egp-20", "garuda"], "partner_country": "in", "funding_share": 0.55},
     "Tavatuy and Kaveri Fluid Power (India) jointly develop the EHA-20 (EGP-20, project Garuda) electro-hydraulic "
     "actuator; Tavatuy's share went 50/50 -> 0.6 (three fifths) -> 55 % (Addendum No. 2, signed); a 70/30 "
     "proposal was rejected."),
    ("so_ch", "sanctions_obstacle", ["o_taz"], {"origin_country": "ch", "goods": "pressure sensors"},
     "Swiss sanctions stop Brunnmatt Messtechnik from delivering pressure transmitters for Tavatuy's test benches."),
    ("so_jp", "sanctions_obstacle", ["o_taz"], {"origin_country": "jp", "goods": "seals"},
     "The Japanese export ban ends supplies of Shinwa seals to Tavatuy."),
    ("so_us", "sanctions_obstacle", ["o_taz"], {"origin_country": "us", "goods": "hydraulic filter elements"},
     "US export controls stop a Kazakh distributor from supplying US-made Parkline filter elements to Tavatuy."),
    ("as_tr", "alternative_supplier", ["o_taz", "o_bogazici"], {"supplier_country": "tr", "goods": "pressure sensors"},
     "Boğaziçi Aero Tedarik (Mehmet Yılmaz) supplies Turkish-made pressure transmitters in place of the Swiss "
     "ones; contract signed in Istanbul, sensors installed in December 2025."),
    ("as_cn", "alternative_supplier", ["o_taz", "o_haitong"], {"supplier_country": "cn", "goods": "seals"},
     "Ningbo Haitong offers seals in place of the Japanese Shinwa seals; samples are under bench test."),
    ("es_seals", "equipment_shortage", ["o_taz"], {"goods": "seals"},
     "Tavatuy runs short of seals (O-rings, cups) for Tu-22M3 struts and Mi-17 units; repairs are delayed."),
    ("es_sensors", "equipment_shortage", ["o_taz"], {"goods": "test bench pressure sensors"},
     "Tavatuy lacks pressure sensors for its SI-12 test bench; Tu-22M3 cylinder tests are about to stop."),
    ("ft_ist", "foreign_travel", ["p_krech", "p_lozhkin"],
     {"country": "tr", "start": "2025-11", "place": "Istanbul", "purpose": "talks on pressure sensors supply"},
     "Krechetova and Lozhkin travelled to Istanbul on 17-21 November 2025 to negotiate with Boğaziçi Aero."),
    ("ft_vn", "foreign_travel", ["p_krech", "p_denis", "p_matvei"],
     {"country": "vn", "start": "2026-05", "place": "Nha Trang", "purpose": "holiday"},
     "Krechetova, her husband Denis and son Matvei holidayed in Nha Trang, Vietnam, 1-10 May 2026."),
    ("ft_maa", "foreign_travel", ["p_burm", "p_salikhov"],
     {"country": "in", "start": "2026-02", "place": "Chennai", "purpose": "talks with Kaveri Fluid Power"},
     "Burmistrov and Salikhov travelled to Chennai, India, 9-14 February 2026 (via Dubai, transit only)."),
    ("ft_tas", "foreign_travel", ["p_aigerim"],
     {"country": "uz", "start": "2026-04", "place": "Tashkent", "purpose": "trade fair, meetings with forwarders"},
     "Zhumabaeva visited Tashkent on 14-17 April 2026 for a trade fair."),
    ("cit_krech", "citizenship", ["p_krech"], {"countries": ["ru"]},
     "Krechetova is a Russian citizen with no other citizenship."),
    ("cit_aig", "citizenship", ["p_aigerim"], {"countries": ["kz", "ru"]},
     "Zhumabaeva is a citizen of both Kazakhstan and Russia."),
    ("cit_meh", "citizenship", ["p_mehmet"], {"countries": ["tr"]}, "Mehmet Yılmaz is a citizen of Türkiye."),
    ("fam_spouse", "family_relation", ["p_krech", "p_denis"], {"relationship": "spouse"},
     "Denis Olegovich Krechetov is Krechetova's husband."),
    ("fam_son", "family_relation", ["p_krech", "p_matvei"], {"relationship": "child"},
     "Matvei Denisovich Krechetov (born 2014) is Krechetova's son."),
    ("fam_mother", "family_relation", ["p_krech", "p_lidia"], {"relationship": "parent"},
     "Lidia Petrovna Shubina is Krechetova's mother."),
    ("fam_denis_son", "family_relation", ["p_denis", "p_matvei"], {"relationship": "child"},
     "Denis Krechetov is Matvei's father."),
    ("emp_krech", "employment", ["p_krech", "o_taz"], {"role": "head of foreign procurement"},
     "Krechetova heads the foreign procurement department of Tavatuy."),
    ("emp_burm", "employment", ["p_burm", "o_taz"], {"role": "general director"},
     "Burmistrov is the general director of Tavatuy."),
    ("emp_sal", "employment", ["p_salikhov", "o_taz"], {"role": "chief designer"},
     "Salikhov is the chief designer of Tavatuy."),
    ("emp_aig", "employment", ["p_aigerim", "o_taz"], {"role": "deputy head of foreign procurement"},
     "Zhumabaeva is deputy head of the foreign procurement department of Tavatuy."),
    ("emp_loz", "employment", ["p_lozhkin", "o_taz"], {"role": "chief metrologist"},
     "Lozhkin is the chief metrologist of Tavatuy."),
    ("emp_meh", "employment", ["p_mehmet", "o_bogazici"], {"role": "managing director"},
     "Mehmet Yılmaz is the managing director of Boğaziçi Aero Tedarik."),
    ("emp_raj", "employment", ["p_rajesh", "o_coromandel"], {"role": "director"},
     "Rajesh Subramanian is the director of Coromandel Aero Traders, the middleman to Kaveri."),
    ("emp_iyer", "employment", ["p_iyer", "o_kaveri"], {"role": "managing director"},
     "Venkatesh Iyer is the managing director of Kaveri Fluid Power."),
    ("emp_zhou", "employment", ["p_zhou", "o_haitong"], {"role": "sales manager"},
     "Zhou Min is a sales manager in the overseas department of Ningbo Haitong."),
    ("wl_taz", "watchlist_match", ["o_taz"], {"list": "watchlist", "entry_id": "wl-ru-2207"},
     "Tavatuy Aggregate Plant is on the watchlist as TAVATUY AGGREGATE PLANT JSC."),
    ("wl_burm", "watchlist_match", ["p_burm"], {"list": "watchlist", "entry_id": "wl-ru-2208"},
     "Gennadii Burmistrov (born 23.05.1961) is on the watchlist as BURMISTROV, Gennadii Vitalievich."),
    ("wl_gulf", "watchlist_match", ["o_gulf"], {"list": "watchlist", "entry_id": "wl-ae-0906"},
     "Gulf Bridge General Trading L.L.C. (Dubai) is on the watchlist."),
]

WATCHLIST = [
    {"id": "wl-ru-2207", "schema": "Company", "caption": "TAVATUY AGGREGATE PLANT JSC",
     "properties": {"name": ["TAVATUY AGGREGATE PLANT JSC"], "alias": ["АО «Таватуйский агрегатный завод»",
                                                                        "AO TAVATUYSKIY AGREGATNYY ZAVOD"],
                    "country": ["ru"], "address": ["Kalinovo, Sverdlovsk Region, Russia"]}},
    {"id": "wl-ru-2208", "schema": "Person", "caption": "BURMISTROV, Gennadii Vitalievich",
     "properties": {"name": ["BURMISTROV, Gennadii Vitalievich"], "alias": ["Бурмистров Геннадий Витальевич",
                                                                            "BURMISTROV Gennadiy Vitalyevich"],
                    "birthDate": ["1961-05-23"], "nationality": ["ru"], "position": ["General Director"]}},
    {"id": "wl-ae-0906", "schema": "Company", "caption": "GULF BRIDGE GENERAL TRADING L.L.C.",
     "properties": {"name": ["GULF BRIDGE GENERAL TRADING L.L.C."], "country": ["ae"], "address": ["Deira, Dubai"]}},
    # near misses
    {"id": "wl-ru-2209", "schema": "Person", "caption": "BURMISTROV, Vitaly Gennadievich",
     "properties": {"name": ["BURMISTROV, Vitaly Gennadievich"], "alias": ["Бурмистров Виталий Геннадьевич"],
                    "birthDate": ["1988-02-11"], "nationality": ["ru"]}},
    {"id": "wl-de-0415", "schema": "Person", "caption": "YILMAZ, Mehmet",
     "properties": {"name": ["YILMAZ, Mehmet"], "birthDate": ["1962-08-30"], "nationality": ["de"],
                    "address": ["Duisburg, Germany"]}},
    {"id": "wl-ae-0907", "schema": "Company", "caption": "GULF BRIDGE SHIPPING FZE",
     "properties": {"name": ["GULF BRIDGE SHIPPING FZE"], "country": ["ae"], "address": ["Hamriyah Free Zone, Sharjah"]}},
    {"id": "wl-ru-2210", "schema": "Company", "caption": "TAVDA AGGREGATE PLANT LLC",
     "properties": {"name": ["TAVDA AGGREGATE PLANT LLC"], "alias": ["ООО «Тавдинский агрегатный завод»"],
                    "country": ["ru"]}},
    # unrelated entries
    {"id": "wl-cn-0733", "schema": "Company", "caption": "NINGBO HAITIAN PRECISION BEARINGS CO., LTD.",
     "properties": {"name": ["NINGBO HAITIAN PRECISION BEARINGS CO., LTD."], "country": ["cn"]}},
    {"id": "wl-ru-2211", "schema": "Person", "caption": "SALIKHOV, Ildar Rinatovich",
     "properties": {"name": ["SALIKHOV, Ildar Rinatovich"], "birthDate": ["1949-12-01"], "nationality": ["ru"]}},
]


# ================================================================ decoding (standard library + docx/openpyxl/pypdf)
CYR_LOWER = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ")
CYR_UPPER = set("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐ")


def decode_bytes(payload, declared):
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = None
    for cs in [declared, "windows-1251", "koi8-r"]:
        if not cs:
            continue
        try:
            t = payload.decode(cs)
        except (UnicodeDecodeError, LookupError):
            continue
        score = sum(c in CYR_LOWER for c in t) - sum(c in CYR_UPPER for c in t)
        if best is None or score > best[0]:
            best = (score, t)
    return best[1]


class _Vis(HTMLParser):
    BLOCK = {"p", "br", "div", "tr", "td", "th", "li", "h1", "h2", "h3", "h4", "table"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "style", "script", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("head", "style", "script", "title"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_visible(s):
    v = _Vis()
    v.feed(s)
    return "".join(v.out)


def file_text(name, data):
    low = name.lower()
    if low.endswith(".docx"):
        d = docx.Document(io.BytesIO(data))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if low.endswith(".xlsx"):
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
        return "\n".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
                         if c.value is not None)
    if low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        return "\n".join(file_text(n, z.read(n)) for n in z.namelist())
    if low.endswith(".pdf"):
        r = pypdf.PdfReader(io.BytesIO(data))
        return "\n".join(p.extract_text() for p in r.pages)
    return ""


def message_text(msg):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h]:
            out.append(str(msg[h]))
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            inner = part.get_payload()[0]
            for h in ("From", "To", "Subject"):
                if inner[h]:
                    out.append(str(inner[h]))
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        payload = part.get_payload(decode=True) or b""
        if ct.startswith("text/") and (not fn or fn.lower().endswith(".txt")):
            t = decode_bytes(payload, part.get_content_charset())
            out.append(html_visible(t) if ct == "text/html" else t)
        elif fn:
            out.append(file_text(fn, payload))
    return "\n".join(out)


def collapse(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


def split_mboxrd(data):
    msgs, cur = [], None
    lines_all = data.split(b"\n")
    if lines_all and lines_all[-1] == b"":
        lines_all.pop()
    for line in lines_all:
        if line.startswith(b"From "):
            if cur is not None:
                msgs.append(cur)
            cur = []
            continue
        m = re.match(rb"^(>+)From ", line)
        if m:
            line = line[1:]
        cur.append(line)
    if cur is not None:
        msgs.append(cur)
    out = []
    for lines in msgs:
        out.append(b"\n".join(lines))
    return out


# ================================================================ write + check
def main():
    build_messages()
    assert not UNMARKED, "unmarked name stems:\n" + "\n".join(f"{k}: {c!r}" for k, c in UNMARKED)

    in_mbox = sorted([m for m in MSGS if not m["loose"]], key=lambda m: m["date"])
    loose = [m for m in MSGS if m["loose"]]
    assert len({m["mid"] for m in MSGS if m["mid"]}) == len([m for m in MSGS if m["mid"]])

    # mailbox.mbox, mboxrd quoting
    buf = io.BytesIO()
    for m in in_mbox:
        when = m["date"].strftime("%a %b %d %H:%M:%S %Y")
        buf.write(f"From {m['from_addr']} {when}\n".encode())
        lines = m["raw"].split(b"\n")
        if lines[-1] == b"":
            lines.pop()
        for line in lines:
            if re.match(rb"^>*From ", line):
                line = b">" + line
            buf.write(line + b"\n")
        buf.write(b"\n")
    with open(os.path.join(HERE, "mailbox.mbox"), "wb") as fh:
        fh.write(buf.getvalue())
    os.makedirs(os.path.join(HERE, "loose"), exist_ok=True)
    for m in loose:
        with open(os.path.join(HERE, "loose", m["loose"]), "wb") as fh:
            fh.write(m["raw"])
        if not m["mid"]:
            m["mid"] = "<sha256:" + hashlib.sha256(m["raw"]).hexdigest() + ">"
    key2mid = {m["key"]: m["mid"] for m in MSGS}

    # decoded texts, from the files as written
    decoded = {}
    with open(os.path.join(HERE, "mailbox.mbox"), "rb") as fh:
        raws = split_mboxrd(fh.read())
    assert len(raws) == len(in_mbox)
    for raw, m in zip(raws, in_mbox):
        assert raw == m["raw"], m["key"]
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        assert (msg["Message-ID"] or "").strip() == m["mid"], m["key"]
        decoded[m["mid"]] = message_text(msg)
    for m in loose:
        with open(os.path.join(HERE, "loose", m["loose"]), "rb") as fh:
            raw = fh.read()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        if msg["Message-ID"] is None:
            assert m["mid"] == "<sha256:" + hashlib.sha256(raw).hexdigest() + ">"
        decoded[m["mid"]] = message_text(msg)
    dcol = {k: collapse(v) for k, v in decoded.items()}
    dcf = {k: v.casefold() for k, v in dcol.items()}

    # evidence: from the markup, plus every other message that repeats a quote verbatim
    ev = defaultdict(list)
    for fid, items in EVID.items():
        for key, q in items:
            pair = (key2mid[key], q)
            if pair not in ev[fid]:
                ev[fid].append(pair)
    added = []
    for fid in list(ev):
        cited = {mid for mid, _ in ev[fid]}
        for mid, q in list(ev[fid]):
            for other, text in dcol.items():
                if other not in cited and collapse(q) in text:
                    ev[fid].append((other, q))
                    cited.add(other)
                    added.append((fid, other))
    if added:
        print("evidence added for repeated quotes:", added)

    # watchlist evidence: every message naming the entity
    def mentions(eid):
        res = []
        for mid, text in dcf.items():
            text = EMAIL_RE.sub(" ", text)
            for f in FORMS[eid]:
                if re.search(r"(?<!\w)" + re.escape(collapse(f).casefold()) + r"(?!\w)", text):
                    res.append(mid)
                    break
        return res

    # entities and truth
    owners = defaultdict(set)
    for eid, forms in FORMS.items():
        for f in forms:
            owners[collapse(f).casefold()].add(eid)
    shared = {f: o for f, o in owners.items() if len(o) > 1}
    assert not shared, shared
    used = set()
    findings = []
    for fid, kind, subjects, attrs, summary in FINDINGS:
        used.update(subjects)
        if kind == "watchlist_match":
            evidence = [{"message_id": mid, "quote": ""} for mid in mentions(subjects[0])]
        else:
            evidence = [{"message_id": mid, "quote": q} for mid, q in ev[fid]]
        assert evidence, fid
        findings.append({"id": "f-" + fid.replace("_", "-"), "kind": kind, "summary": summary,
                         "subjects": subjects, "attributes": attrs, "evidence": evidence, "confidence": 1.0})
    unknown = set(EVID) - {f[0] for f in FINDINGS}
    assert not unknown, unknown
    assert used == set(ENT), (set(ENT) - used, used - set(ENT))
    entities = []
    for eid, e in ENT.items():
        entities.append({"id": eid, "schema": e["schema"], "name": e["name"],
                         "names": sorted(FORMS[eid], key=lambda s: (s.casefold(), s)),
                         "properties": e["properties"]})
    truth = {"format": "paperchase.findings/1", "entities": entities, "findings": findings}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "watchlist.ftm.json"), "w", encoding="utf-8") as fh:
        for w in WATCHLIST:
            w = dict(w, datasets=["watchlist"])
            fh.write(json.dumps(w, ensure_ascii=False) + "\n")

    # ---- check 1: every quote is verbatim in the decoded text of the message it cites
    for f in findings:
        for e in f["evidence"]:
            assert e["message_id"] in dcol, (f["id"], e["message_id"])
            assert collapse(e["quote"]) in dcol[e["message_id"]], (f["id"], e["message_id"], e["quote"])
    # ---- check 2: the truth scores 1.0 against itself
    os.makedirs(SCRATCH, exist_ok=True)
    self_path = os.path.join(SCRATCH, "self_findings.json")
    with open(self_path, "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False)
    res = subprocess.run([sys.executable, SCORER, os.path.join(HERE, "truth.json"), self_path, "--json"],
                         capture_output=True, text=True, check=True)
    s = json.loads(res.stdout)
    assert s["findings"]["f1"] == 1.0 and s["entities"]["f1"] == 1.0, s
    # ---- check 3: every name occurs in some decoded message (headers included)
    for e in entities:
        for n in e["names"]:
            assert any(collapse(n).casefold() in t for t in dcf.values()), (e["id"], n)
    # ---- check 4: the mbox parses into the expected number of messages
    mb = mailbox.mbox(os.path.join(HERE, "mailbox.mbox"))
    assert len(mb) == len(in_mbox), (len(mb), len(in_mbox))
    mb.close()
    for m in MSGS:
        assert dt.datetime(2025, 9, 1, tzinfo=dt.timezone.utc) <= m["date"] <= dt.datetime(
            2026, 8, 31, 23, 59, tzinfo=dt.timezone.utc), m["key"]

    kinds = defaultdict(int)
    for f in findings:
        kinds[f["kind"]] += 1
    print(f"mbox messages: {len(in_mbox)}, loose: {len(loose)}, entities: {len(entities)}, "
          f"findings: {len(findings)}")
    for k, n in sorted(kinds.items()):
        print(f"  {k}: {n}")
    print("all checks passed")


if __name__ == "__main__":
    main()
