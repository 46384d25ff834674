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

EV_RE = re.compile(r"⟦([a-z_0-9,]+)\|(.*?)⟧", re.S)
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
    rest = NM_RE.sub(" ", EV_RE.sub(lambda m: " " + m.group(2) + " ", text))
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
    out = _names(EV_RE.sub(ev, text))
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
        b"<< /Producer (Boğaziçi office) /CreationDate (D:20251028161500+03'00') >>".decode("utf-8").encode(
            "latin-1", "replace"),
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
    for ch in s:
        if len((chunk + ch).encode(charset)) > limit:
            words.append(chunk)
            chunk = ""
        chunk += ch
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
