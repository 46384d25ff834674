#!/usr/bin/env python3
"""Generate the holdout8 case (Luhavets Radio Repair Plant) byte for byte.

    /work/main/.venv/bin/python make_case.py

Writes mailbox.mbox, loose/*.eml, truth.json, watchlist.ftm.json next to this
file, then runs the self-checks (quotes verbatim in decoded text, truth scores
1.0 against itself, every name occurs, mbox message count).

Texts carry two kinds of markers that the generator strips:
  {ent|surface form}          a surface form of a case entity
  [[key1,key2|quote text]]    evidence for the findings key1, key2
"""
import base64
import binascii
import datetime as dt
import hashlib
import html
import html.parser
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = dt.timezone(dt.timedelta(hours=3))
FIXED_OOXML_TIME = (2026, 1, 1, 0, 0, 0)

# --------------------------------------------------------------------------- markers

EVID = defaultdict(list)          # finding key -> [(message_id, quote)]
NAMES = defaultdict(set)          # entity key -> surface forms
BODY_OCC = defaultdict(dict)      # entity key -> {message_id: [forms in body/attachments]}

NAME_RE = re.compile(r"\{(\w+)\|([^{}]*)\}")
EVID_RE = re.compile(r"\[\[([\w,]+)\|(.*?)\]\]", re.S)


def collapse(s):
    return " ".join(s.split())


def mark(text, ids, body=True):
    """Strip markers from text, recording names and evidence for message ids."""
    def nrep(m):
        k, t = m.group(1), m.group(2)
        NAMES[k].add(t)
        if body:
            for i in ids:
                BODY_OCC[k].setdefault(i, []).append(t)
        return t

    text = NAME_RE.sub(nrep, text)

    def erep(m):
        keys, t = m.group(1), m.group(2)
        for k in keys.split(","):
            for i in ids:
                EVID[k].append((i, collapse(t)))
        return t

    text = EVID_RE.sub(erep, text)
    assert "[[" not in text and "]]" not in text, text[:200]
    return text


# --------------------------------------------------------------------------- headers

def q_encode(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append("=%02X" % c)
    return "".join(out)


def ew(s, charset="utf-8", enc="B"):
    """RFC 2047 encoded words (folded), or the plain string when ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ""

    def payload(t):
        b = t.encode(charset)
        return base64.b64encode(b).decode() if enc == "B" else q_encode(b)

    for ch in s:
        cand = cur + ch
        if len(payload(cand)) + len(charset) + 7 > 72 and cur:
            cut = cur.rfind(" ") + 1  # split after a space, never inside a word
            if cut <= 0:
                cut = len(cur)
            words.append(cur[:cut])
            cur = cur[cut:] + ch
        else:
            cur = cand
    if cur:
        words.append(cur)
    return "\n ".join(f"=?{charset}?{enc}?{payload(w)}?=" for w in words)


def fmt_addr(a, ids):
    """a = (entity_key or None, display, address[, charset, enc])."""
    ent, disp, addr = a[0], a[1], a[2]
    cs = a[3] if len(a) > 3 else "utf-8"
    enc = a[4] if len(a) > 4 else "B"
    if ent:
        disp = mark("{%s|%s}" % (ent, disp), ids, body=False)
    if not disp:
        return addr
    if all(ord(c) < 128 for c in disp):
        if re.search(r"[.,@:;()]", disp):
            return f'"{disp}" <{addr}>'
        return f"{disp} <{addr}>"
    return f"{ew(disp, cs, enc)} <{addr}>"


def date_hdr(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    return d.strftime("%a, %d %b %Y %H:%M:%S +0300"), d


# --------------------------------------------------------------------------- parts

class T:
    """A text part. label: declared charset (None: same as cs; False: no charset)."""

    def __init__(self, text, subtype="plain", cs="utf-8", cte="8bit", label=None):
        self.text, self.subtype, self.cs, self.cte, self.label = text, subtype, cs, cte, label


class Multi:
    def __init__(self, subtype, parts):
        self.subtype, self.parts = subtype, parts


class Docx:
    def __init__(self, filename, paragraphs, name_style="2231"):
        self.filename, self.paragraphs, self.name_style = filename, paragraphs, name_style


class Xlsx:
    def __init__(self, filename, sheets, name_style="2231"):
        self.filename, self.sheets, self.name_style = filename, sheets, name_style


class Pdf:
    def __init__(self, filename, lines):
        self.filename, self.lines = filename, lines


class Txt:
    def __init__(self, filename, text, cs="utf-8"):
        self.filename, self.text, self.cs = filename, text, cs


class Zip:
    def __init__(self, filename, members):
        self.filename, self.members = filename, members  # members: list of Docx


class Rfc822:
    def __init__(self, inner):
        self.inner = inner  # a message spec dict


BOUNDARY_COUNTER = [0]


def boundary(mid):
    BOUNDARY_COUNTER[0] += 1
    h = hashlib.sha1(f"{mid}-{BOUNDARY_COUNTER[0]}".encode()).hexdigest()[:20]
    return f"----=_NextPart_{BOUNDARY_COUNTER[0]:03d}_{h}"


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True).decode("ascii") + "\n"
    s = data.decode("latin-1")
    return s if s.endswith("\n") else s + "\n"


def fixed_zip(raw, fix_core=True):
    """Rewrite an OOXML zip with fixed timestamps (deterministic output)."""
    zin = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if fix_core and info.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", b"2026-01-01T00:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_OOXML_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    return out.getvalue()


def make_docx(paragraphs):
    import docx
    d = docx.Document()
    fixed = dt.datetime(2026, 1, 1, 0, 0, 0)
    cp = d.core_properties
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "lrrz"
    cp.last_modified_by = "lrrz"
    cp.revision = 1
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def make_xlsx(sheets):
    import openpyxl
    wb = openpyxl.Workbook()
    fixed = dt.datetime(2026, 1, 1, 0, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "lrrz"
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        ws.title = title
        first = False
        for r in rows:
            ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return fixed_zip(buf.getvalue())


def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines):
    content = ["BT", "/F1 10 Tf", "14 TL", "50 790 Td"]
    for ln in lines:
        content.append("(%s) Tj T*" % pdf_escape(ln))
    content.append("ET")
    stream = ("\n".join(content) + "\n").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
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


def att_headers(ctype, filename, style):
    """Content-Type/Disposition lines for an attachment; RFC 2231 for non-ASCII names."""
    if all(ord(c) < 128 for c in filename):
        return [f'Content-Type: {ctype}; name="{filename}"',
                f'Content-Disposition: attachment; filename="{filename}"']
    pct = "".join(c if (c.isascii() and (c.isalnum() or c in "-._")) else
                  "".join("%%%02X" % b for b in c.encode("utf-8")) for c in filename)
    if style == "2047":  # Outlook-like: RFC 2047 in the parameters
        enc = ew(filename, "utf-8", "B").replace("\n ", "")
        return [f'Content-Type: {ctype};\n name="{enc}"',
                f'Content-Disposition: attachment;\n filename="{enc}"']
    return [f"Content-Type: {ctype};\n name*=utf-8''{pct}",
            f"Content-Disposition: attachment;\n filename*=utf-8''{pct}"]


CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def render_part(p, ids, mid):
    """-> list of lines (header lines, blank, body) as one string."""
    if isinstance(p, T):
        text = mark(p.text, ids)
        data = text.encode(p.cs)
        label = p.cs if p.label is None else p.label
        ct = f"Content-Type: text/{p.subtype}"
        if label:
            ct += f'; charset="{label}"' if p.subtype == "html" else f"; charset={label}"
        return ct + f"\nContent-Transfer-Encoding: {p.cte}\n\n" + encode_body(data, p.cte)
    if isinstance(p, Multi):
        b = boundary(mid)
        s = f'Content-Type: multipart/{p.subtype};\n boundary="{b}"\n\n'
        if p.subtype == "mixed":
            s += "This is a multi-part message in MIME format.\n\n"
        for sub in p.parts:
            s += f"--{b}\n" + render_part(sub, ids, mid) + "\n"
        s += f"--{b}--\n"
        return s
    if isinstance(p, Docx):
        data = make_docx([mark(x, ids) for x in p.paragraphs])
        return "\n".join(att_headers(CT_DOCX, p.filename, p.name_style)) + \
            "\nContent-Transfer-Encoding: base64\n\n" + encode_body(data, "base64")
    if isinstance(p, Xlsx):
        sheets = [(t, [[mark(c, ids) if isinstance(c, str) else c for c in row] for row in rows])
                  for t, rows in p.sheets]
        data = make_xlsx(sheets)
        return "\n".join(att_headers(CT_XLSX, p.filename, p.name_style)) + \
            "\nContent-Transfer-Encoding: base64\n\n" + encode_body(data, "base64")
    if isinstance(p, Pdf):
        data = make_pdf([mark(x, ids) for x in p.lines])
        return "\n".join(att_headers("application/pdf", p.filename, "2231")) + \
            "\nContent-Transfer-Encoding: base64\n\n" + encode_body(data, "base64")
    if isinstance(p, Txt):
        data = mark(p.text, ids).encode(p.cs)
        hs = att_headers(f"text/plain; charset={p.cs}", p.filename, "2231")
        return "\n".join(hs) + "\nContent-Transfer-Encoding: base64\n\n" + encode_body(data, "base64")
    if isinstance(p, Zip):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for m in p.members:
                zi = zipfile.ZipInfo(m.filename, date_time=(2026, 6, 12, 10, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.flag_bits |= 0x800  # UTF-8 file name
                zi.external_attr = 0o644 << 16
                z.writestr(zi, make_docx([mark(x, ids) for x in m.paragraphs]))
        return "\n".join(att_headers("application/zip", p.filename, "2231")) + \
            "\nContent-Transfer-Encoding: base64\n\n" + encode_body(buf.getvalue(), "base64")
    if isinstance(p, Rfc822):
        inner = p.inner
        raw = render_message(inner, ids + [inner["mid"]]).decode("latin-1")
        return "Content-Type: message/rfc822\nContent-Disposition: inline\n" + \
            "Content-Transfer-Encoding: 8bit\n\n" + raw
    raise TypeError(p)


def render_message(m, ids=None):
    mid = m.get("mid") or "<NOID>"
    ids = ids if ids is not None else [mid]
    date_s, _ = date_hdr(m["date"])
    subj = mark(m["subject"], ids, body=False)
    hs = []
    for h in m.get("pre_headers", []):
        hs.append(h)
    hs.append("From: " + fmt_addr(m["from"], ids))
    hs.append("To: " + ",\n ".join(fmt_addr(a, ids) for a in m["to"]))
    if m.get("cc"):
        hs.append("Cc: " + ",\n ".join(fmt_addr(a, ids) for a in m["cc"]))
    hs.append("Subject: " + ew(subj, m.get("subj_cs", "utf-8"), m.get("subj_enc", "B")))
    hs.append("Date: " + date_s)
    if m.get("mid"):
        hs.append("Message-ID: " + m["mid"])
    if m.get("in_reply_to"):
        hs.append("In-Reply-To: " + m["in_reply_to"])
        hs.append("References: " + m["in_reply_to"])
    hs.append("MIME-Version: 1.0")
    for h in m.get("headers", []):
        hs.append(h)
    s = "\n".join(hs) + "\n" + render_part(m["body"], ids, mid)
    return s.encode("latin-1")


# --------------------------------------------------------------------------- cast

D = "lrrz.example.by"
G = ("g", "Гарбузов Алексей Николаевич", "a.garbuzov@" + D)
G_EN = ("g", "Aleksei Garbuzov", "a.garbuzov@" + D)
ZH = ("zh", "Жданович Сергей Петрович", "s.zhdanovich@" + D)
ME = ("me", "Мельников Олег Юрьевич", "o.melnikov@" + D)
LA = ("la", "Лапицкая Наталья Сергеевна", "n.lapitskaya@" + D)
LA_EN = ("la", "Natallia Lapitskaya", "n.lapitskaya@" + D)
YA = ("ya", "Якимчик Дмитрий Андреевич", "d.yakimchik@" + D)
BE = ("be", "Белоусов Константин Игоревич", "k.belousov@volga-radar.example.ru")
LI = ("li", "Liu Yanping", "liu.yanping@huaxun-micro.example.com")
TO = ("to", "Tolga Karabıyık", "t.karabiyik@kuzey-olcum.example.com")
IR = ("ir", "Ирина Гарбузова", "irina.garbuzova@mail.example.by")
AL = ("al", "Алеся Мацкевіч", "alesia.mackevich@tut.example.by")
ALL = (None, "Всем сотрудникам", "all@" + D)
ASUP = (None, "Отдел АСУП", "asup@" + D)
KANC = (None, "Канцылярыя ААТ «ЛРРЗ»", "kanc@" + D)
PRIOM = (None, "Прыёмная генеральнага дырэктара", "priemnaya@" + D)
PROF = (None, "Прафсаюзны камітэт", "profkom@" + D)
KADRY = (None, "Отдел кадров", "kadry@" + D)

MESSAGES = []   # message specs for the mbox, in order
LOOSE = []      # (filename, spec)


def mid_for(n, dom):
    return "<%s@%s>" % (hashlib.sha1(f"holdout8-{n}".encode()).hexdigest()[:16], dom)


def add(n, date, frm, to, subject, body, loose=None, no_mid=False, **kw):
    dom = frm[2].split("@")[1]
    m = dict(date=date, subject=subject, body=body, to=to, **kw)
    m["from"] = frm
    m["mid"] = None if no_mid else mid_for(n, dom)
    if loose:
        LOOSE.append((loose, m))
    else:
        MESSAGES.append(m)
    return m


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


# =========================================================================== the mailbox
# ---- October 2025

add(1, "2025-10-03 08:47", ASUP, [ALL], "Смена паролей до 10 октября",
    T("""Уважаемые коллеги!

В соответствии с положением об информационной безопасности до 10 октября 2025 г.
всем пользователям необходимо сменить пароль к учётной записи домена LRRZ.
Требования: не менее 12 символов, заглавные и строчные буквы, цифры.
Пароли, не сменённые в срок, будут заблокированы.

По вопросам обращаться: внутр. 2-17, 2-18.

Отдел АСУП
""", cs="koi8-r", cte="quoted-printable"), subj_cs="koi8-r")

M02_TEXT = """Уважаемый {g|Алексей Николаевич}!

По итогам нашего разговора на выставке в Минске направляю официальное предложение.
{vr|АО «НПЦ «Волга-Радар»»} [[jd|предлагает {lrrz|ОАО «Луговецкий радиоремонтный завод»} совместно разработать мобильную радиолокационную станцию малых высот РЛМ-60 «Кулик»]] на базе нашего антенного поста и вашей аппаратуры первичной обработки.

Предлагаемые условия: финансирование ОКР в равных долях, по 50 % с каждой стороны, интеллектуальная собственность совместная. Предварительная оценка стоимости ОКР 412 млн руб.

Просим рассмотреть и доложить {zh|Сергею Петровичу}.

С уважением,
{be|Белоусов Константин Игоревич}
[[emp_be|заместитель генерального директора по НИОКР]]
{vr|АО «НПЦ «Волга-Радар»»}, г. Ярославль
тел. +7 4852 00-31-17
"""
m02 = add(2, "2025-10-08 11:42", BE, [G], "Предложение о совместной ОКР по РЛС малых высот",
          T(M02_TEXT, cte="base64"))

add(3, "2025-10-10 09:15", G, [ZH], "FW: Предложение о совместной ОКР по РЛС малых высот",
    T("""{zh|Сергей Петрович}, добрый день.

Пересылаю предложение {vr|Волга-Радара}: [[jd|совместная ОКР по мобильной РЛС малых высот РЛМ-60 «Кулик»]]. Считаю, что нам это интересно: антенный пост их, обработка и индикация наши. 50 на 50 по деньгам для нас тяжело, попробую торговаться.

{g|А.Н. Гарбузов}
[[emp_g|главный технолог {lrrz|ОАО «ЛРРЗ»}]]

-----Original Message-----
From: {be|Белоусов Константин Игоревич} [mailto:k.belousov@volga-radar.example.ru]
Sent: Wednesday, October 08, 2025 11:42 AM
To: {g|Гарбузов Алексей Николаевич}
Subject: Предложение о совместной ОКР по РЛС малых высот

""" + M02_TEXT, cs="windows-1251", cte="quoted-printable"), subj_cs="windows-1251",
    in_reply_to=m02["mid"], headers=["X-Mailer: Microsoft Outlook 16.0"])

# canteen menu: windows-1251 bytes labelled koi8-r (a mislabelled part, routine)
add(4, "2025-10-13 07:30", (None, "Столовая", "stolovaya@" + D), [ALL], "Меню на неделю 13-17 октября",
    T("""Меню столовой на 13-17 октября

Понедельник: борщ, котлета по-домашнему, пюре, компот
Вторник: суп гороховый, драники со сметаной, кисель
Среда: щи, рыба запечённая, рис, чай
Четверг: рассольник, мачанка с блинами, компот
Пятница: уха, плов, морс

Комплексный обед 7,80 руб.
""", cs="windows-1251", cte="8bit", label="koi8-r"), subj_cs="windows-1251")

add(5, "2025-10-17 14:05", YA, [G], "План цеха № 3 на IV квартал",
    Multi("mixed", [
        T("""{g|Алексей Николаевич}, добрый день!

Во вложении план цеха на IV квартал. Коротко: [[mm_by|по нашим ВВС и войскам ПВО три РЛС 36Д6М в капремонт и две П-19 на модернизацию до П-19ЛМ]], [[mm_ru|по российскому контракту (МО РФ, в/ч 52913) два комплекта 1Л13 «Небо-СВ» и один ПРВ-16]]. Плюс гражданский ДРЛ-7СМ для аэропорта Брест.

[[es_twt|По ЛБВ для П-19 ситуация плохая]], подробности у {me|Олега Юрьевича}.

{ya|Д.А. Якимчик}
[[emp_ya|начальник цеха № 3 (ремонт РЛС)]]
"""),
        Xlsx("План_цеха_3_IV_кв_2025.xlsx", [("IV кв 2025", [
            ["№", "Изделие, вид работ", "Заказчик", "Кол-во", "Срок"],
            [1, "[[mm_by|РЛС 36Д6М – капитальный ремонт]]",
             "[[mm_by|ВВС и войска ПВО Вооружённых Сил Республики Беларусь (в/ч 83741)]]", 3, "12.2025"],
            [2, "[[mm_by|РЛС П-19 – модернизация до П-19ЛМ]]",
             "ВВС и войска ПВО Вооружённых Сил Республики Беларусь (в/ч 83741)", 2, "02.2026"],
            [3, "[[mm_ru|РЛС 1Л13 «Небо-СВ» – восстановительный ремонт]]",
             "[[mm_ru|Министерство обороны Российской Федерации (в/ч 52913)]]", 2, "05.2026"],
            [4, "[[mm_ru|Радиовысотомер ПРВ-16 – капитальный ремонт]]",
             "Министерство обороны Российской Федерации (в/ч 52913)", 1, "07.2026"],
            [5, "ДРЛ-7СМ – текущий ремонт", "РУП «Белаэронавигация» (аэропорт Брест)", 1, "11.2025"],
            ["", "Составил: {ya|Якимчик Д.А.}", "", "", ""],
        ])]),
    ]))

add(6, "2025-10-22 10:00", PROF, [ALL], "Экскурсія ў Нясвіж 25 кастрычніка",
    T("""Паважаныя калегі!

Прафсаюзны камітэт {lrrz|ААТ «ЛРРЗ»} запрашае на экскурсію ў Нясвіж у суботу, 25 кастрычніка.
Адпраўленне ад прахадной завода а 7:30, вяртанне каля 19:00.
Кошт для членаў прафсаюза 15 руб., для дзяцей бясплатна.
Запіс у прафкоме да 23 кастрычніка, унутр. 2-40.

Прафком
""", cte="quoted-printable"))

m07_inner = dict(
    date="2025-10-24 16:20", mid="<3f0c9e71a2b45d10@elmetra.example.cz>",
    subject="Re: Order LRRZ-2025/117 – AMS-400 antenna measurement system",
    to=[LA_EN], body=T("""Dear {la|Ms. Lapitskaya},

thank you for your patience. Our export compliance department has completed the review of order LRRZ-2025/117.

[[so_cz|We regret to inform you that we are unable to deliver the AMS-400 antenna measurement system and the CK-18 calibration kit to {lrrz|Luhavets Radio Repair Plant OJSC}.]] [[so_cz|Under Council Regulation (EC) No 765/2006, as amended, the export of these items to Belarus is prohibited.]]

The advance payment will be returned to your account within 10 working days.

Best regards,
Ing. Radek Pospíchal
Export Sales Manager
ELMETRA Test Systems s.r.o., Brno, Czech Republic
""", cte="quoted-printable"))
m07_inner["from"] = (None, "Radek Pospíchal", "r.pospichal@elmetra.example.cz", "utf-8", "Q")

add(7, "2025-10-27 09:02", LA, [G], "Fw: Elmetra - отказ по AMS-400",
    Multi("mixed", [
        T("""{g|Алексей Николаевич},

[[so_cz|чехи из Elmetra окончательно отказали в поставке антенного измерительного комплекса AMS-400 и калибровочного набора, ссылаются на санкции ЕС]]. Их письмо во вложении. Аванс обещают вернуть.
Будем искать замену, варианты: Турция, Китай.

{la|Н.С. Лапицкая}
[[emp_la|начальник отдела внешнеэкономических связей]]
""", cs="koi8-r", cte="base64"),
        Rfc822(m07_inner),
    ]), cc=[ME], subj_cs="koi8-r")

add(8, "2025-10-30 15:40", (None, "Служба якасці", "otk@" + D), [ALL], "Наглядальны аўдыт СМЯ 12-13 лістапада",
    T("""Паважаныя калегі!

12-13 лістапада 2025 г. адбудзецца наглядальны аўдыт сістэмы менеджменту якасці на адпаведнасць СТБ ISO 9001-2015.
Кіраўнікоў падраздзяленняў просім праверыць актуальнасць працоўных інструкцый і журналаў уліку.
Графік аўдыту ў дадатку да загада № 268.

Служба якасці
""", cs="windows-1251", cte="quoted-printable"), subj_cs="windows-1251")

# ---- November 2025

add(9, "2025-11-03 11:10", KADRY, [ALL], "7 лістапада – выхадны дзень",
    T("""Паведамляем, што 7 лістапада 2025 г. (Дзень Кастрычніцкай рэвалюцыі) з'яўляецца выхадным днём.
Працоўны дзень 8 лістапада (субота) не пераносіцца.

Аддзел кадраў {lrrz|ААТ «ЛРРЗ»}
""", cs="windows-1251", cte="8bit"), subj_cs="windows-1251")

add(10, "2025-11-05 21:34", AL, [("g", "Аляксей Гарбузоў", "a.garbuzov@" + D)], "Мама",
    T("""{g|Лёша}, прывітанне!

[[fam_g_va|Учора ездзіла ў Ліду да нашай мамы]]. Ціск у яе зноў скача, урач сказаў менш хвалявацца і піць таблеткі па раскладзе. {va|Валянціна Сцяпанаўна} у нас упартая, сам ведаеш, пра таблеткі забывае.
Пазвані ёй, калі ласка, яна вельмі чакае.

Ты абяцаў у лістападзе прыехаць з {ni|Мікітам}, ці атрымаецца?

[[fam_g_al|Твая сястра {al|Алеся}]]
"""))

add(11, "2025-11-11 16:48", LA, [G, ME], "Westbrook: отказ дистрибьютора",
    T("""Коллеги,

[[so_us|шведский дистрибьютор отказал в поставке ПЛИС WM5V-200 и АЦП WADC-1610 производства Westbrook Microdevices (США): товар подпадает под экспортный контроль США (EAR)]]. Ниже их ответ.

Запас ПЛИС на складе 37 шт., этого примерно на полгода по модулям обработки для 36Д6М.

{la|Н. Лапицкая}

10.11.2025 17:02, Johan Lindqvist пишет:
> Dear {la|Natallia},
>
> [[so_us|we cannot process your request for WM5V-200 FPGAs and WADC-1610 ADCs. These products are of US origin and subject to the Export Administration Regulations; shipment to Belarus requires a licence that will not be granted.]]
>
> Kind regards,
> Johan Lindqvist
> Nordcomp Elektronik AB, Göteborg
""", cte="quoted-printable"))

add(12, "2025-11-14 10:25", ASUP, [ALL], "Mailbox quota / Квота почтовых ящиков",
    T("""Dear colleagues,
from 17 November the mailbox quota will be raised to 4 GB.
Please archive messages older than 2023 to PST files.

Уважаемые коллеги!
С 17 ноября квота почтового ящика увеличивается до 4 ГБ.
Письма старше 2023 года просим заархивировать.

АСУП
""", cte="quoted-printable"))

add(13, "2025-11-19 13:30", ME, [G, YA], "ЛБВ для П-19",
    T("""{g|Алексей Николаевич}, {ya|Дмитрий Андреевич},

[[es_twt|по лампам бегущей волны УВ-317 для передатчиков П-19: на складе 3 шт. при годовой потребности 14]]. Изготовитель в России загружен своими заказами и раньше II квартала ничего не обещает. [[es_twt|Без ЛБВ модернизацию двух П-19 для наших ПВО в срок не сдадим]].

Прошу технологов проработать восстановление ЛБВ с наработкой, хотя бы для испытательных стендов.

{me|О.Ю. Мельников}
[[emp_me|главный инженер {lrrz|ОАО «ЛРРЗ»}]]
""", cs="windows-1251", cte="base64"), subj_cs="windows-1251")

add(14, "2025-11-25 09:05", (None, "ООО «Канцлер-Брест»", "sales@kancler.example.by"), [G], "Счёт № 2291 от 25.11.2025",
    T("""<html><body>
<p>Добрый день!</p>
<p>Направляем счёт на оплату канцелярских товаров по заявке технологического отдела.</p>
<table border="1">
<tr><td>Бумага А4, 80 г/м2</td><td>20 пачек</td><td>232,00</td></tr>
<tr><td>Картридж CE285A</td><td>4 шт.</td><td>188,40</td></tr>
<tr><td>Папка-регистратор</td><td>15 шт.</td><td>97,50</td></tr>
</table>
<p>Итого к оплате: 517,90 руб., в т.ч. НДС.</p>
<p>ООО &laquo;Канцлер-Брест&raquo;</p>
</body></html>
""", subtype="html", cte="quoted-printable"))

add(15, "2025-11-28 12:00", (None, "Гостиница «Беларусь»", "booking@hotel-minsk.example.by"), [G], "Подтверждение бронирования, Минск 4-5 декабря",
    T("""Уважаемый гость!

Подтверждаем бронирование одноместного номера на 4-5 декабря 2025 г. (1 ночь).
Стоимость 145,00 руб., завтрак включён.
Адрес: г. Минск, ул. Сторожовская, 15.

Ждём Вас!
""", cte="quoted-printable"))

# ---- December 2025

M16_TEXT = """{g|Лёша}, привет!

Сегодня была в Бресте в консульстве. [[cit_ir|Всё, решение пришло: мне подтвердили польское гражданство по дедушке, паспорт можно будет получить в Белостоке.]]
[[cit_ir|Белорусское гражданство у меня остаётся, так что теперь у меня два паспорта.]]
{ha|Галя} уже плачет от радости. Тебе с твоей Картой поляка гражданство не светит, так что не завидуй :)

Вечером расскажу. Заберёшь {ni|Никиту} с тренировки?
{ir|Ира}
"""
m16 = add(16, "2025-12-02 15:12", IR, [("g", "Алексей Гарбузов", "a.garbuzov@" + D)], "Новости из консульства",
          T(M16_TEXT, cte="quoted-printable"))

add(17, "2025-12-03 08:20", G, [IR], "Re: Новости из консульства",
    T("""{ir|Ира}, поздравляю! Только на заводе об этом лучше не рассказывай, у нас с этим строго, сама знаешь.
{ni|Никиту} заберу.
Лёша

02.12.2025 15:12, {ir|Ирина Гарбузова} пишет:
""" + quote_lines(M16_TEXT)), in_reply_to=m16["mid"])

add(18, "2025-12-09 10:40", PRIOM, [G, ME, YA], "Пасяджэнне тэхнічнага савета 12 снежня",
    T("""Паважаныя члены тэхнічнага савета!

Пасяджэнне адбудзецца 12 снежня 2025 г. а 10:00 у зале нарад (адміністрацыйны корпус, 2 паверх).
Парадак дня:
1. Вынікі наглядальнага аўдыту СМЯ.
2. План укаранення новых тэхналагічных працэсаў на 2026 г. (даклад {g|А.М. Гарбузова}).
3. Рознае.

Старшыня савета: [[emp_zh|генеральны дырэктар {zh|С.П. Ждановіч}]]

Прыёмная
""", cte="base64"))

add(19, "2025-12-15 04:18", LI, [LA_EN], "Pin-compatible alternatives to WM5V-200 / WADC-1610",
    Multi("mixed", [
        T("""Dear {la|Ms. Lapitskaya},
Dear {g|Mr. Garbuzov},

Thank you for your enquiry of 9 December.
[[as_cn|{hx|Shenzhen Huaxun Microelectronics Co., Ltd.} can offer the HX7K325 FPGA and the HXA1610 ADC as pin-compatible replacements for the WM5V-200 and WADC-1610.]] Both are designed and made in China and contain no US-controlled content.
From our side we can ship 10 samples of each within two weeks after your confirmation.
Lead time for volume orders is 8-10 weeks; the price list is attached.

Best regards,
{li|Liu Yanping} (Ms.)
[[emp_li|Overseas Sales Manager]]
{hx|Shenzhen Huaxun Microelectronics Co., Ltd.}
Shenzhen, Guangdong, P.R. China
"""),
        Txt("HX_price_list_2026.txt", """{hx|Huaxun Microelectronics} - price list 2026 (FCA Shenzhen, USD)
HX7K325-2FFG900I   FPGA, 326K logic cells      415.00
HX7K160-2FBG676I   FPGA, 162K logic cells      228.00
HXA1610-250        ADC 16 bit, 250 MSPS        96.50
HXA1410-500        ADC 14 bit, 500 MSPS        118.00
MOQ 10 pcs, samples free of charge.
"""),
    ]), cc=[G_EN])

# Malaysian grey-market offer (declined later: a trap)
add(20, "2025-12-18 06:55", (None, "Jason Tan", "sales@perak-silicon.example.com"), [LA_EN], "Original Westbrook WM5V-200 ex-stock Penang",
    Multi("alternative", [
        T("""Dear {la|Natallia},

We have 120 pcs of original Westbrook WM5V-200 FPGAs and 300 pcs WADC-1610 in our Penang warehouse.
No end-user certificate is required, shipment via Dubai, payment in USDT or AED.

Best regards,
Jason Tan Wei Ming
Perak Silicon Trading Sdn. Bhd., Penang, Malaysia
"""),
        T("""<html><body><p>Dear {la|Natallia},</p>
<p>We have 120 pcs of original Westbrook WM5V-200 FPGAs and 300 pcs WADC-1610 in our Penang warehouse.</p>
<p>No end-user certificate is required, shipment via Dubai, payment in USDT or AED.</p>
<p>Best regards,<br>Jason Tan Wei Ming<br>Perak Silicon Trading Sdn. Bhd., Penang, Malaysia</p>
</body></html>
""", subtype="html", cte="quoted-printable"),
    ]))

add(21, "2025-12-22 17:45", LA, [G, ME], "Малайзия / Китай: решение",
    T("""Коллеги, по итогам совещания у {zh|Сергея Петровича}:

1. Предложение Perak Silicon Trading (Малайзия) отклоняем: это те же американские ПЛИС Westbrook через третьи страны, без документов конечного пользователя. Служба безопасности категорически против.
2. [[as_cn|С {hx|Huaxun} продолжаем: запросили по 10 образцов HX7K325 и HXA1610]], {g|Алексей Николаевич} готовит программу испытаний.
3. [[so_us|Оригинальные ПЛИС Westbrook для нас недоступны из-за американских санкций]], закупки по ним для {lrrz|ЛРРЗ} закрываем.

{la|Н.С. Лапицкая}
""", cte="base64"))

add(22, "2025-12-24 12:30", PROF, [ALL], "Навагодні карпаратыў 27 снежня",
    T("""<html><body>
<h2>Дарагія калегі!</h2>
<p>Запрашаем на навагодні вечар 27 снежня а 18:00 у Доме культуры г. Лугавец.</p>
<p>У праграме: віншаванне кіраўніцтва, канцэрт, латарэя, дыскатэка.</p>
<p>Квіткі ў прафкоме.</p>
</body></html>
""", subtype="html", cte="base64"))

add(23, "2025-12-29 09:00", KADRY, [ALL], "Рэжым працы ў святочныя дні",
    T("""Паважаныя калегі!

1 і 2 студзеня 2026 г. выхадныя дні, 7 студзеня (Раство Хрыстова) выхадны.
Працоўны дзень 2 студзеня перанесены на суботу 17 студзеня.
Дзяжурства службаў па асобным графіку.

Аддзел кадраў
""", cs="windows-1251", cte="quoted-printable"), subj_cs="windows-1251", subj_enc="Q")

# ---- January 2026

add(24, "2026-01-05 08:30", (None, "Служба якасці", "otk@" + D), [G, YA], "Вынікі аўдыту СМЯ",
    T("""Паведамляем, што па выніках наглядальнага аўдыту 12-13 лістапада несупадзенняў не выяўлена.
Сертыфікат захоўвае дзеянне да 2027 г. Дзякуй усім за падрыхтоўку.

Служба якасці
""", cs="windows-1251", cte="8bit"), subj_cs="windows-1251")

M25_ORIG = """Dear {li|Ms. Liu},

please confirm the shipping date of the HX7K325 and HXA1610 samples. We plan to test them in the signal processing unit of our radars in February.

Best regards,
{g|Aleksei Garbuzov}
[[emp_g|Chief Technologist, {lrrz|Luhavets Radio Repair Plant}]]
"""
add(25, "2026-01-12 05:40", LI, [G_EN], "RE: Samples HX7K325 / HXA1610",
    T("""Dear {g|Mr. Garbuzov},

[[as_cn|the samples (10 pcs HX7K325 and 10 pcs HXA1610) were shipped today by DHL to Minsk]], AWB 4417 2290 13.
The bitstream conversion tool for your processing boards will follow in a separate e-mail.

Best regards,
{li|Liu Yanping}
[[emp_li|Overseas Sales Manager, {hx|Huaxun Microelectronics}]]

-----Original Message-----
From: {g|Aleksei Garbuzov} <a.garbuzov@lrrz.example.by>
Sent: Friday, January 9, 2026 10:05
To: {li|Liu Yanping} <liu.yanping@huaxun-micro.example.com>
Subject: Samples HX7K325 / HXA1610

""" + M25_ORIG, cte="quoted-printable"))

add(26, "2026-01-16 14:10", (None, "Бухгалтерия", "buh@" + D), [ALL], "Расчётные листки за декабрь",
    T("""Расчётные листки за декабрь 2025 г. размещены в личном кабинете на портале.
Выплата заработной платы 20 января. Материальная помощь к отпуску начисляется по заявлению.

Бухгалтерия
""", cs="koi8-r", cte="8bit"), subj_cs="koi8-r")

add(27, "2026-01-20 11:02", TO, [LA_EN], "KZ-AMS antenna measurement system – replacement for AMS-400",
    T("""Dear {la|Ms. Lapitskaya},

following our call, [[as_tr|{kz|Kuzey Ölçüm Sistemleri A.Ş.} offers its KZ-AMS near-field antenna measurement system as a replacement for the Czech AMS-400.]] Our system is produced in Ankara and is not subject to EU export restrictions.

We would be glad to welcome your engineers at our factory in Ankara for a demonstration in February.

Best regards,
{to|Tolga Karabıyık}
[[emp_to|Export Sales Manager]]
{kz|Kuzey Ölçüm Sistemleri A.Ş.}, Ankara, Türkiye
""", cte="base64"), cc=[G_EN])

add(28, "2026-01-23 10:15", LA, [G], "Турки: антенный комплекс",
    T("""{g|Алексей Николаевич},

[[as_tr|турецкая {kz|Kuzey} предлагает свой антенный измерительный комплекс KZ-AMS взамен чешского AMS-400]].
Предлагаю запросить коммерческое предложение и демо-комплект к нам. В Анкару на демонстрацию не поедем: командировку в Турцию нам сейчас никто не согласует.

{la|Лапицкая}
""", cs="windows-1251", cte="quoted-printable"), subj_cs="windows-1251")

# other companies' news (trap)
add(29, "2026-01-28 08:00", (None, "Вестник оборонной промышленности", "news@vestnik-opk.example.by"), [G], "Вестник ОПК № 1 (2026)",
    T("""<html><body>
<h1>Вестник оборонной промышленности, № 1 (2026)</h1>
<h3>Витебский приборный завод «Двина» сдал партию модернизированных РЛС</h3>
<p>ОАО «Двина» (г. Витебск) завершило модернизацию трёх радиолокационных станций П-18 для одного из заказчиков в странах СНГ.</p>
<h3>Выставка MILEX-2027</h3>
<p>Международная выставка вооружения и военной техники пройдёт в Минске в мае 2027 года.</p>
<p>Подписаться на рассылку: news@vestnik-opk.example.by</p>
</body></html>
""", subtype="html", cte="quoted-printable"))

# ---- February 2026

add(30, "2026-02-04 16:30", BE, [G], "Протокол совещания 02.02.2026 по ОКР «Кулик»",
    Multi("mixed", [
        T("""{g|Алексей Николаевич}, добрый день!

[[jd|Направляю протокол совещания от 2 февраля 2026 г. по совместной ОКР «Кулик» (РЛМ-60)]]. Обратите внимание на п. 3, по финансированию. Жду ваших замечаний до 13 февраля.

{be|К.И. Белоусов}
""", cte="quoted-printable"),
        Docx("Протокол_02.02.2026_РЛМ-60.docx", [
            "ПРОТОКОЛ",
            "совещания по совместной опытно-конструкторской работе «Разработка мобильной РЛС малых высот РЛМ-60 «Кулик»»",
            "г. Ярославль, 2 февраля 2026 г.",
            "Присутствовали: от {vr|АО «НПЦ «Волга-Радар»»} – [[emp_be|заместитель генерального директора по НИОКР {be|К.И. Белоусов}]], главный конструктор ОКР Н.В. Зотов; от {lrrz|ОАО «ЛРРЗ»} (по видеосвязи) – главный технолог {g|А.Н. Гарбузов}, главный инженер {me|О.Ю. Мельников}.",
            "1. [[jd|Стороны подтверждают намерение совместно выполнить ОКР по разработке РЛС РЛМ-60 «Кулик»]].",
            "2. Разделение работ: антенный пост и приводы – {vr|АО «НПЦ «Волга-Радар»»}; аппаратура первичной обработки, индикации и кабина управления – {lrrz|ОАО «ЛРРЗ»}.",
            "3. Финансирование ОКР: российская сторона – 60 %, белорусская сторона – 40 % (вместо равных долей по письму от 08.10.2025).",
            "4. Следующее совещание – июнь 2026 г., г. Ярославль.",
        ]),
    ]))

add(31, "2026-02-06 09:40", G, [ZH], "{vr|Волга-Радар}: доля финансирования",
    T("""{zh|Сергей Петрович},

[[jd|по ОКР «Кулик» россияне предлагают снизить нашу долю финансирования до 40 %]], протокол у вас в почте. Считаю, надо соглашаться.
Если Минпром так и не выделит средства на 2026 год, можно было бы просить и 25 %, но это уже крайний вариант.

{g|Гарбузов}
""", cs="windows-1251", cte="8bit"), subj_cs="windows-1251")

# unlabelled charset (utf-8 bytes, no charset parameter), routine
add(32, "2026-02-10 13:00", ASUP, [ALL], "Обновление антивируса",
    T("""Коллеги, в ночь с 11 на 12 февраля будет обновлён антивирус на всех рабочих станциях.
Компьютеры не выключать, перезагрузка произойдёт автоматически.
АСУП
""", cte="8bit", label=False))

add(33, "2026-02-13 11:25", ME, [G, YA], "Вращающиеся переходы 36Д6М",
    T("""Коллеги,

[[es_rj|вращающихся волноводных переходов ВВП-36 для антенных постов 36Д6М на складе нет ни одного]], поставщик из Подмосковья сорвал уже второй срок.
[[es_rj,mm_by|Из-за этого два комплекта 36Д6М, которые ремонтируем для ВВС и войск ПВО, стоят без антенн.]]

{ya|Дмитрий Андреевич}, прошу проверить, можно ли снять ВВП с донорского изделия.

{me|Мельников}
""", cs="koi8-r", cte="quoted-printable"), subj_cs="koi8-r")

add(34, "2026-02-17 15:00", KANC, [G, ME, LA], "Загад № 54-к аб камандзіраванні ў КНР",
    Multi("mixed", [
        T("""Для азнаямлення: загад аб камандзіраванні ў КНР (у дадатку).
Канцылярыя {lrrz|ААТ «ЛРРЗ»}
""", cte="base64"),
        Docx("Загад_54-к_ад_16.02.2026.docx", [
            "{lrrz|Адкрытае акцыянернае таварыства «Лугавецкі радыёрамонтны завод»}",
            "ЗАГАД",
            "16.02.2026 № 54-к",
            "г. Лугавец",
            "Аб камандзіраванні за мяжу",
            "1. [[ft_cn|Камандзіраваць у г. Шэньчжэнь (Кітайская Народная Рэспубліка), кампанія {hx|Shenzhen Huaxun Microelectronics Co., Ltd.}, з 16 па 22 сакавіка 2026 г.]] для тэхнічных перамоваў аб пастаўках электронных кампанентаў:",
            "– [[emp_g|{g|Гарбузова Аляксея Мікалаевіча}, галоўнага тэхнолага]];",
            "– [[emp_me|{me|Мельнікава Алега Юр’евіча}, галоўнага інжынера]];",
            "– [[emp_la|{la|Лапіцкую Наталлю Сяргееўну}, начальніка аддзела знешнеэканамічных сувязей]].",
            "2. Выдаткі аплаціць за кошт сродкаў завода.",
            "[[emp_zh|Генеральны дырэктар {zh|С.П. Ждановіч}]]",
        ]),
    ]), subj_cs="utf-8", subj_enc="Q")

add(35, "2026-02-18 10:05", LA, [G, ME], "Визы в КНР: проверьте данные",
    Multi("mixed", [
        T("""Коллеги, для визы в КНР сверьте, пожалуйста, данные в таблице. Приглашение от {hx|Huaxun} обещают до конца недели.

[[cit_me|{me|Олег Юрьевич}, у вас два гражданства, белорусское и российское]]; по правилам завода в командировку едем по белорусскому паспорту, российский не предъявляем.

[[ft_cn|Вылет из Минска 16 марта, через Пекин, возвращение 22 марта.]]

{la|Н.С. Лапицкая}
""", cte="quoted-printable"),
        Xlsx("visa_KNR_2026.xlsx", [("Делегация", [
            ["ФИО", "ФИО латиницей (паспорт)", "Дата рождения", "Гражданство", "Паспорт", "Должность"],
            ["{g|Гарбузов Алексей Николаевич}", "{g|HARBUZOU ALIAKSEI}", "14.09.1978",
             "[[cit_g|Республика Беларусь]]", "MP3318406", "[[emp_g|главный технолог]]"],
            ["{me|Мельников Олег Юрьевич}", "{me|MELNIKAU ALEH}", "19.04.1976",
             "[[cit_me|Республика Беларусь; Российская Федерация (паспорт РФ 75 0418833, {me|MELNIKOV OLEG})]]",
             "MP2270514", "[[emp_me|главный инженер]]"],
            ["{la|Лапицкая Наталья Сергеевна}", "{la|LAPITSKAYA NATALLIA}", "03.11.1983",
             "[[cit_la|Республика Беларусь]]", "MP4092281", "[[emp_la|начальник отдела ВЭС]]"],
        ])]),
    ]))

add(36, "2026-02-20 03:50", LI, [LA_EN], "Invitation letter - visit to Shenzhen 16-22 March",
    Multi("mixed", [
        T("""Dear {la|Natallia},

[[ft_cn|please find attached the invitation letter for the visit of your delegation to Shenzhen on 16-22 March 2026]]. The original will be sent by courier.
We will book the hotel near our factory in Bao'an district.

Best regards,
{li|Liu Yanping}
"""),
        Pdf("Invitation_LRRZ_Shenzhen_2026.pdf", [
            "SHENZHEN HUAXUN MICROELECTRONICS CO., LTD.",
            "Bao'an District, Shenzhen, Guangdong, P.R. China",
            "",
            "Shenzhen, 19 February 2026",
            "To: Visa Section, Embassy of the People's Republic of China in Minsk",
            "",
            "INVITATION LETTER",
            "",
            "{hx|Shenzhen Huaxun Microelectronics Co., Ltd.} hereby invites the following employees of",
            "{lrrz|JSC Lugovets Radio Repair Plant} (Lugovets, Republic of Belarus)",
            "[[ft_cn|to visit our company in Shenzhen from 16 to 22 March 2026]]",
            "for technical negotiations on the supply of electronic components:",
            "1. [[emp_g|Mr. {g|HARBUZOU ALIAKSEI}, Chief Technologist]], passport MP3318406",
            "2. [[emp_me|Mr. {me|MELNIKAU ALEH}, Chief Engineer]], passport MP2270514",
            "3. [[emp_la|Ms. {la|LAPITSKAYA NATALLIA}, Head of Foreign Economic Relations Department]], passport MP4092281",
            "",
            "Travel and accommodation expenses are borne by the visitors.",
            "",
            "{li|Liu Yanping}, [[emp_li|Overseas Sales Manager]]",
        ]),
    ]))

add(37, "2026-02-24 12:00", PROF, [ALL], "З 8 Сакавіка!",
    T("""<html><body>
<p>Дарагія жанчыны!</p>
<p>Сардэчна віншуем вас з 8 Сакавіка! Жадаем здароўя, цеплыні і вясновага настрою.</p>
<p>Святочны канцэрт адбудзецца 6 сакавіка а 15:00 у актавай зале.</p>
<p>Прафком</p>
</body></html>
""", subtype="html", cs="windows-1251", cte="quoted-printable"), subj_cs="windows-1251")

# ---- March 2026

add(38, "2026-03-02 20:15", ("al", "Alesia Mackievič", "alesia.mackevich@tut.example.by"),
    [("g", "Alaksiej Harbuzoŭ", "a.garbuzov@" + D)], "Barsielona!",
    T("""{g|Alaksiej}, pryvitańnie!

[[fam_g_va|Naša mama {va|Valancina Sciapanaŭna} adčuvaje siabie lepš]], ciśk narmalny, u Lidzie ŭsio spakojna.

A hałoŭnaja navina: [[ft_es|u lipieni laču ŭ Barsielonu, na dva tydni, z 14 lipienia]].
[[ft_es|Laču praz Vilniu: z Minska aŭtobusam u Vilniu, a adtul samalotam u Barsielonu]]. U Vilni navat nie zatrymajusia, adrazu ŭ aeraport.

Jak tam {ir|Iryna} i dzieci? Pieradavaj pryvitańnie {ve|Vieranicy} i {ni|Mikitu}.

[[fam_g_al|Tvaja siastra {al|Alesia}]]
""", cte="base64"))

add(39, "2026-03-05 19:02", G, [IR], "Командировка",
    T("""{ir|Ира}, [[ft_cn|в Шэньчжэнь летим 16-го, вернёмся 22-го]], нас трое: я, {me|Олег Юрьевич} и {la|Лапицкая}. Виза уже в паспорте.

Ты говорила, что на выходные 21-22 марта [[fam_g_va|моя мама]] заберёт [[fam_g_ni,fam_ir_ni|нашего сына {ni|Никиту}]] к себе в Лиду, договорись с ней, пожалуйста.
Лёша
"""))

add(40, "2026-03-10 09:30", (None, "Штаб ГО", "go@" + D), [ALL], "Учебная тревога 13 марта",
    T("""13 марта в 11:00 проводится учебная эвакуация персонала административного корпуса.
Сигнал: прерывистый звонок. Место сбора: площадка у проходной N 1.
Руководителям подразделений обеспечить явку и доложить о численности.
Штаб гражданской обороны
""", cs="koi8-r", cte="quoted-printable"), subj_cs="koi8-r")

M42_TEXT = """{zh|Сергей Петрович}, направляю отчёт о командировке в КНР (во вложении).

Главное: [[as_cn|{hx|Huaxun} подтвердил поставку первой партии, 200 шт. HX7K325 и 120 шт. HXA1610; образцы прошли наши испытания на модуле обработки 36Д6М]]. Прошу согласовать договор.

{g|А.Н. Гарбузов}
"""
m42 = add(42, "2026-03-25 16:40", G, [ZH], "Отчёт о командировке в КНР",
          Multi("mixed", [
              T(M42_TEXT, cte="base64"),
              Docx("Отчёт_КНР_16-22.03.2026.docx", [
                  "ОТЧЁТ",
                  "о служебной командировке в Китайскую Народную Республику",
                  "[[ft_cn|Место: г. Шэньчжэнь, {hx|Shenzhen Huaxun Microelectronics Co., Ltd.} Сроки: 16–22 марта 2026 г.]]",
                  "Основание: приказ № 54-к от 16.02.2026.",
                  "Состав: [[emp_g|{g|Гарбузов А.Н.} – главный технолог]]; [[emp_me|{me|Мельников О.Ю.} – главный инженер]]; [[emp_la|{la|Лапицкая Н.С.} – начальник отдела внешнеэкономических связей]].",
                  "Результаты:",
                  "1. [[as_cn|Согласованы технические условия на поставку ПЛИС HX7K325 и АЦП HXA1610 взамен американских WM5V-200 и WADC-1610, недоступных из-за санкций США]].",
                  "2. Проведены переговоры с [[emp_li|менеджером по зарубежным продажам г-жой {li|Лю Яньпин}]]; цены на первую партию зафиксированы до 31.12.2026.",
                  "3. Посещено производство и испытательная лаборатория компании.",
                  "Главный технолог {g|А.Н. Гарбузов}",
              ]),
          ]))

add(43, "2026-03-30 10:10", (None, "Прыёмная", "priemnaya@" + D), [ALL], "Суботнік 11 красавіка",
    T("""Паважаныя калегі!

11 красавіка праводзіцца рэспубліканскі суботнік. Збор а 8:30 каля сваіх цэхаў.
Інвентар выдаецца ў гаспадарчым аддзеле.
""", cs="windows-1251", cte="8bit"), subj_cs="windows-1251")

# ---- April 2026

add(44, "2026-04-06 08:55", G, [(None, "Отдел кадров", "kadry@" + D)], "Заявление на отпуск и выезд за границу",
    T("""В отдел кадров {lrrz|ОАО "Луговецкий радиоремонтный завод"}

Прошу предоставить мне трудовой отпуск с 1 по 10 мая 2026 г.
[[ft_eg|Уведомляю о выезде за границу: Египет, г. Хургада, с 2 по 9 мая 2026 г.]],
[[ft_eg,fam_g_ir,fam_g_ve|вместе с супругой {ir|Гарбузовой Ириной Викторовной} и дочерью {ve|Гарбузовой Вероникой Алексеевной}]].

[[emp_g|{g|Гарбузов А.Н.}, главный технолог]]
""", cs="koi8-r", cte="quoted-printable"), subj_cs="koi8-r")

M45_TLG = """Dear {la|Natallia},

[[as_tr|please find below our quotation for one KZ-AMS near-field antenna measurement system with RF front-end up to 18 GHz]]: EUR 186 400, EXW Ankara.
[[as_tr|A demo set can be shipped to Luhavets at the end of May for a three-week trial.]]

Best regards,
{to|Tolga Karabiyik}
[[emp_to|Export Sales Manager, {kz|Kuzey Olcum Sistemleri}]]
"""
add(45, "2026-04-14 09:20", LA, [G], "FW: Quotation KZ-AMS / LRRZ",
    T("""{g|Алексей Николаевич},

[[as_tr|турки прислали КП на KZ-AMS и согласны отправить демо-комплект к нам в Луговец в конце мая]]. Цена примерно на 15 % ниже чешской. Предлагаю испытать на антенне П-19.

{la|Н.С. Лапицкая}

-----Original Message-----
From: {to|Tolga Karabiyik} [mailto:t.karabiyik@kuzey-olcum.example.com]
Sent: Monday, April 13, 2026 4:12 PM
To: {la|Natallia Lapitskaya}
Cc: {g|Aliaksei Harbuzou}
Subject: Quotation KZ-AMS / LRRZ

""" + M45_TLG, cs="windows-1251", cte="base64"), subj_cs="windows-1251",
    headers=["X-Mailer: Microsoft Outlook 16.0"])

add(46, "2026-04-20 11:45", (None, "Энергосбыт", "bill@energosbyt.example.by"), [G], "Акт сверки за I квартал",
    T("""Направляем акт сверки взаимных расчётов за I квартал 2026 г. по договору энергоснабжения № 118.
Просим подписать и вернуть один экземпляр до 30 апреля.
""", cte="quoted-printable"))

add(47, "2026-04-24 21:40", IR, [G], "Белосток в августе",
    T("""{g|Лёша}, [[fam_ir_ha|моя сестра {ha|Галя} зовёт нас в августе к себе в Белосток]]. Я понимаю, что ты не поедешь: тебя с твоим допуском в Польшу всё равно не выпустят, так что твою поездку даже не планируем.
[[ft_pl,fam_ir_ni,fam_g_ni|Поеду с нашим сыном {ni|Никитой}, на автобусе через Брест, с 1 по 15 августа.]] {ve|Вероника} останется с тобой, у неё практика.

И ещё: [[ft_eg|на майские в Хургаду летим втроём, как договаривались]], ваучер турагентство прислало тебе на почту.
{ir|Ира}
""", cte="quoted-printable"))

# ---- May 2026

add(48, "2026-05-05 07:50", (None, "Столовая", "stolovaya@" + D), [ALL], "Столовая 11-15 мая",
    T("""С 11 по 15 мая столовая работает с 11:30 до 14:30 (санитарная обработка кухни).
Буфет на 2 этаже работает в обычном режиме.
""", cs="koi8-r", cte="quoted-printable"), subj_cs="koi8-r")

M49_AL = """{g|Лёша}, вы ўжо вярнуліся з Егіпта? Мама пытаецца, а я не ведаю, што ёй казаць.
{al|Алеся}
"""
add(49, "2026-05-12 18:30", G, [AL], "Re: Егіпет",
    T("""{al|Алеся}, прывітанне!

[[ft_eg|Вярнуліся з Хургады ў суботу]], усё добра, {ve|Вераніка} згарэла ў першы ж дзень :)
Маме патэлефаную сёння ўвечары.
Лёша

11.05.2026 22:05, {al|Алеся Мацкевіч} піша:
""" + quote_lines(M49_AL)))

add(50, "2026-05-15 10:00", KADRY, [ALL], "Графік адпачынкаў: карэкціроўкі",
    T("""Нагадваем, што карэкціроўкі графіка працоўных адпачынкаў на другое паўгоддзе прымаюцца да 1 чэрвеня.
Заявы падаваць праз кіраўнікоў падраздзяленняў.
""", cte="quoted-printable"))

M51_TEXT = """{g|Алексей Николаевич}, добрый день!

[[ft_ru|Подписание дополнительного соглашения № 2 к договору о совместной ОКР «Кулик» назначаем на 10 июня, у нас в Ярославле.]] [[ft_ru|Просим приехать лично {zh|Сергея Петровича Ждановича} и Вас]], гостиницу бронируем мы.

[[jd|По финансированию наше руководство согласилось на ваш вариант: 35 % белорусская сторона, 65 % российская.]]

{be|К.И. Белоусов}
{vr|НПЦ «Волга-Радар»}
"""
add(51, "2026-05-20 14:25", BE, [G], "Подписание допсоглашения № 2, 10 июня",
    T(M51_TEXT, cte="base64"), cc=[ZH])

add(52, "2026-05-27 11:00", (None, "Канцелярия", "kanc@" + D), [G, ZH], "Приказ № 131-к о командировании",
    T("""ПРИКАЗ № 131-к от 26.05.2026
О командировании

[[ft_ru|Командировать в г. Ярославль (Российская Федерация), {vr|АО «НПЦ «Волга-Радар»»}, с 9 по 11 июня 2026 г.]] для подписания дополнительного соглашения № 2 к договору о совместной ОКР:
– [[emp_zh|{zh|Ждановича Сергея Петровича}, генерального директора]];
– [[emp_g|{g|Гарбузова Алексея Николаевича}, главного технолога]].

Генеральный директор {zh|С.П. Жданович}
""", cs="windows-1251", cte="quoted-printable"), subj_cs="windows-1251")

# ---- June 2026

add(53, "2026-06-05 09:00", (None, "Служба охраны труда", "ot@" + D), [ALL], "Инструктаж по пожарной безопасности",
    T("""Повторный инструктаж по пожарной безопасности для ИТР проводится 10 и 11 июня в 14:00, каб. 105.
Явка обязательна.
""", cs="koi8-r", cte="8bit"), subj_cs="koi8-r")

add(54, "2026-06-15 08:40", G, [ME, YA, LA], "Допсоглашение № 2 по «Кулику»",
    Multi("mixed", [
        T("""Коллеги,

[[ft_ru|вернулись из Ярославля в четверг]]. [[jd|Подписали допсоглашение № 2 по «Кулику»: наша доля финансирования теперь 35 %, у {vr|Волга-Радара} 65 %.]] Текст в архиве.

{g|Гарбузов А.Н.}
""", cte="quoted-printable"),
        Zip("DS2_Kulik_2026.zip", [
            Docx("Доп_соглашение_2_РЛМ-60.docx", [
                "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 2",
                "к договору № 17/25-ОКР от 15.12.2025 о совместном выполнении опытно-конструкторской работы «Кулик»",
                "г. Ярославль, 10 июня 2026 г.",
                "{lrrz|Открытое акционерное общество «Луговецкий радиоремонтный завод»} (Республика Беларусь), [[emp_zh|в лице генерального директора {zh|Ждановича С.П.}]], и {vr|Акционерное общество «Научно-производственный центр «Волга-Радар»»} (Российская Федерация), в лице генерального директора Сурина В.А., заключили настоящее соглашение о нижеследующем.",
                "1. [[jd|Пункт 4.1 Договора изложить в редакции: «Финансирование ОКР по разработке РЛС РЛМ-60 «Кулик» осуществляется Сторонами в следующих долях: {lrrz|ОАО «ЛРРЗ»} – 35 %, {vr|АО «НПЦ «Волга-Радар»»} – 65 %».]]",
                "2. Остальные условия Договора остаются без изменений.",
                "3. Соглашение вступает в силу с даты подписания.",
            ]),
        ]),
    ]))

add(55, "2026-06-18 12:10", YA, [G], "Небо-СВ сдали",
    T("""{g|Алексей Николаевич},

[[mm_ru|оба комплекта 1Л13 "Небо-СВ" для российской в/ч 52913 прошли приёмку]], представитель заказчика подписал акты. ПРВ-16 будет в июле.

В понедельник еду в Барановичи, в нашу в/ч, по гарантийному случаю на П-19.

И личное: я оформил вид на жительство в России (жена из Смоленска), документы получил на прошлой неделе. На работе это никак не скажется.

{ya|Якимчик}
""", cs="koi8-r", cte="base64"), subj_cs="koi8-r")

add(56, "2026-06-22 15:30", ASUP, [ALL], "Phishing warning / Осторожно, фишинг",
    T("""Colleagues, we are receiving e-mails "from the Ministry" with links to fake login pages. Do not enter your password.
Коллеги, поступают письма якобы «от министерства» со ссылками на поддельные страницы входа. Не вводите пароль, пересылайте такие письма на asup@lrrz.example.by.
""", cte="quoted-printable"))

add(57, "2026-06-30 22:05", AL, [("g", "Аляксей Гарбузоў", "a.garbuzov@" + D)], "Білеты",
    T("""{g|Лёша}, білеты купіла: [[ft_es|14 ліпеня з Вільні ў Барселону, вяртаюся 28-га]].
Калі ласка, наведай маму, пакуль мяне не будзе.

[[fam_g_al|Твая сястрычка {al|Алеся}]]
""", cs="windows-1251", cte="quoted-printable"), subj_cs="windows-1251")

# ---- July 2026

add(58, "2026-07-01 10:00", (None, "Бухгалтерия", "buh@" + D), [ALL], "Выплата отпускных",
    T("""Отпускные за июль выплачиваются не позднее чем за два дня до начала отпуска.
Заявления на материальную помощь принимаются до 5 числа.
""", cs="koi8-r", cte="quoted-printable"), subj_cs="koi8-r")

add(59, "2026-07-06 13:15", ME, [G], "KZ-AMS: итоги испытаний",
    T("""{g|Алексей Николаевич},

[[as_tr|демо-комплект турецкого KZ-AMS три недели проработал на антенне П-19, по точности не хуже чешского AMS-400]]. Предлагаю включить закупку в план на IV квартал.

По ЛБВ без изменений: [[es_twt|ламп бегущей волны для П-19 по-прежнему нет, две станции для наших ПВО стоят]].
Поездку в Саратов на завод-изготовитель ЛБВ, которую планировали на 14 июля, отменяю: там прямо сказали, что раньше 2027 года разговаривать не о чем.

{me|О.Ю. Мельников}
"""))

# civil repair (trap)
add(60, "2026-07-15 09:45", YA, [G], "ДРЛ-7СМ и МРЛ-5",
    T("""{g|Алексей Николаевич},

для РУП «Белаэронавигация» заканчиваем ремонт обзорного радиолокатора ДРЛ-7СМ аэропорта Брест, сдача 24 июля.
Гидромет просит посмотреть метеорологический радиолокатор МРЛ-5 в Пинске, договор ещё не подписан.
Оба заказа гражданские, отдельной приёмки не требуют.

{ya|Д.А. Якимчик}
""", cs="windows-1251", cte="quoted-printable"), subj_cs="windows-1251")

add(61, "2026-07-20 08:30", KADRY, [ALL], "Адпачынкі ў жніўні",
    T("""Нагадваем кіраўнікам падраздзяленняў: не больш за 30 % персаналу адначасова ў адпачынку.
Аддзел кадраў
""", cte="base64"))

# ---- August 2026

add(62, "2026-08-03 20:50", IR, [G], "Доехали",
    T("""{g|Лёша}, [[ft_pl|доехали до Белостока нормально]], на границе в Бресте простояли пять часов. {ha|Галя} с мужем встретили на вокзале. {ni|Никита} уже с двоюродными братьями на речке.

Позвони маме, она переживает.
{ir|Ира}
""", cte="base64"))

add(63, "2026-08-10 09:00", (None, "Вестник оборонной промышленности", "news@vestnik-opk.example.by"), [G], "Вестник ОПК № 8 (2026)",
    T("""<html><body>
<h1>Вестник оборонной промышленности, № 8 (2026)</h1>
<p>Минский завод колёсных тягачей представил новое шасси для мобильных РЛС.</p>
<p>Конференция «Радиолокация-2026» пройдёт 28-29 сентября в Минске.</p>
</body></html>
""", subtype="html", cte="base64"))

add(64, "2026-08-20 11:00", PROF, [ALL], "Падарункі да 1 верасня",
    T("""Паважаныя бацькі! Падарункі першакласнікам выдаюцца ў прафкоме з 24 па 28 жніўня.
Прафком
""", cs="windows-1251", cte="8bit"), subj_cs="windows-1251")

add(65, "2026-08-25 06:30", LI, [G_EN], "Second batch shipped",
    Multi("alternative", [
        T("""Dear {g|Mr. Garbuzov},

[[as_cn|the second batch of 300 pcs HX7K325 and 200 pcs HXA1610 for {lrrz|LRRZ} was shipped from Shenzhen today]], air freight to Minsk via Urumqi.
Documents: invoice HX-2026-0831, packing list, certificate of origin (China).

Best regards,
{li|Liu Yanping}
"""),
        T("""<html><body><p>Dear {g|Mr. Garbuzov},</p>
<p>[[as_cn|the second batch of 300 pcs HX7K325 and 200 pcs HXA1610 for {lrrz|LRRZ} was shipped from Shenzhen today]], air freight to Minsk via Urumqi.</p>
<p>Documents: invoice HX-2026-0831, packing list, certificate of origin (China).</p>
<p>Best regards,<br>{li|Liu Yanping}</p></body></html>
""", subtype="html", cte="quoted-printable"),
    ]))

# ---- September 2026

add(66, "2026-09-03 12:00", ASUP, [ALL], "Замена коммутатора 5 сентября",
    T("""В субботу 5 сентября с 9:00 до 12:00 не будет сети в корпусах 3 и 4 (замена коммутатора).
АСУП
""", cs="koi8-r", cte="quoted-printable"), subj_cs="koi8-r")

add(67, "2026-09-10 16:20", PRIOM, [G, ME],
    "Ліст у Міністэрства абароны № 01-14/1842",
    T("""Да ведама. Ліст накіраваны 09.09.2026.

Камандуючаму Ваенна-паветранымі сіламі і войскамі супрацьпаветранай абароны

{lrrz|Адкрытае акцыянернае таварыства «Лугавецкі радыёрамонтны завод»} паведамляе, што [[mm_by|рамонт трох радыёлакацыйных станцый 36Д6М для Ваенна-паветраных сіл і войскаў супрацьпаветранай абароны Узброеных Сіл Рэспублікі Беларусь завершаны]].
[[mm_by|Мадэрнізацыя дзвюх РЛС П-19 да ўзроўню П-19ЛМ]] будзе завершана ў кастрычніку 2026 г. [[es_twt|Затрымка звязана з адсутнасцю ламп бягучай хвалі УВ-317]].

[[emp_zh|Генеральны дырэктар {zh|С.П. Ждановіч}]]
""", cs="windows-1251", cte="8bit"), subj_cs="windows-1251")

add(68, "2026-09-17 10:30", (None, "Договорной отдел", "dogovor@" + D), [G], "Fwd: О приёмке ПРВ-16",
    T("""{g|Алексей Николаевич}, для сведения: письмо заказчика по ПРВ-16.

---------- Пересылаемое сообщение ----------
От: в/ч 52913 <vch52913@mil.example.ru>
Дата: 16.09.2026
Тема: О приёмке радиовысотомера ПРВ-16

Войсковая часть 52913 Министерства обороны Российской Федерации подтверждает, что [[mm_ru|капитальный ремонт радиовысотомера ПРВ-16, выполненный {lrrz|ОАО "Луговецкий радиоремонтный завод"}, принят без замечаний]].
Изделие отправлено в часть железнодорожным транспортом.
""", cs="koi8-r", cte="quoted-printable"), subj_cs="koi8-r")

# invitation/hope (trap)
add(69, "2026-09-24 14:00", LA, [G], "SAHA Expo, Стамбул",
    T("""{g|Алексей Николаевич}, {kz|Kuzey} зовёт нас на свой стенд на SAHA Expo в Стамбуле, 20-24 октября.
Хотелось бы съездить, но, думаю, без шансов: командировку не согласуют. Ответила, что пока не можем.
{la|Н.С. Лапицкая}
""", cte="quoted-printable"))

# ---- October 2026

add(70, "2026-10-05 15:10", BE, [G], "Эскизный проект «Кулик»",
    T("""{g|Алексей Николаевич},

[[jd|эскизный проект РЛМ-60 «Кулик» защищён, замечания комиссии несущественные]]. Финансирование по допсоглашению № 2 без изменений.
Ваши специалисты по обработке сработали отлично, передайте благодарность.

{be|К.И. Белоусов}
""", cte="quoted-printable"))

add(71, "2026-10-09 08:15", (None, "Служба главного энергетика", "energo@" + D), [ALL], "Начало отопительного сезона",
    T("""Отопление административного корпуса и цехов включается с 12 октября.
Просьба закрыть окна и проверить радиаторы.
""", cs="koi8-r", cte="8bit"), subj_cs="koi8-r")

# =========================================================================== loose messages

add(101, "2026-03-27 09:05", ZH, [G], "RE: Отчёт о командировке в КНР",
    T("""{g|Алексей Николаевич},

[[as_cn|закупку у {hx|Huaxun} согласовываю]], договор передайте в договорной отдел. {la|Лапицкой} подготовить контракт до 10 апреля.

{zh|С.П. Жданович}
[[emp_zh|Генеральный директор {lrrz|ОАО «Луговецкий радиоремонтный завод»}]]

-----Original Message-----
From: {g|Гарбузов Алексей Николаевич}
Sent: Wednesday, March 25, 2026 4:40 PM
To: {zh|Жданович Сергей Петрович}
Subject: Отчёт о командировке в КНР

""" + M42_TEXT, cs="windows-1251", cte="quoted-printable"),
    loose="001.eml", subj_cs="windows-1251", in_reply_to=m42["mid"],
    headers=["X-Mailer: Microsoft Outlook 16.0"])

add(102, "2026-04-08 13:20", (None, "Турагентство «Сонечны бераг»", "booking@tur.example.by"), [G],
    "Подтверждение бронирования SB-26-0418",
    T("""<html><head><meta charset="utf-8"></head><body>
<h2>Подтверждение бронирования № SB-26-0418</h2>
<table border="1" cellpadding="4">
<tr><td>Направление</td><td>[[ft_eg|Египет, Хургада, отель Coral Bay Resort 4*, 02.05.2026 – 09.05.2026]]</td></tr>
<tr><td>Туристы</td><td>{g|HARBUZOU ALIAKSEI}, {ir|HARBUZAVA IRYNA}, {ve|HARBUZAVA VERANIKA}</td></tr>
<tr><td>Перелёт</td><td>Минск (MSQ) 02.05.2026 06:40 – Хургада (HRG) 11:05</td></tr>
<tr><td>Питание</td><td>всё включено</td></tr>
</table>
<p>Ваучер и авиабилеты во вложении к следующему письму. Хорошего отдыха!</p>
<p>Турагентство &laquo;Сонечны бераг&raquo;, г. Брест</p>
</body></html>
""", subtype="html", cte="quoted-printable"),
    loose="002.eml")

# Polish letter, no Message-ID: cited as <sha256:...> of the file bytes
add(103, "2026-07-10 19:45", ("ha", "Halina Sokołowska", "halina.sokolowska@poczta.example.pl", "utf-8", "Q"),
    [("ir", "Irina Garbuzowa", "irina.garbuzova@mail.example.by", "utf-8", "Q")],
    "Sierpień w Białymstoku",
    T("""Kochana {ir|Irenko}!

Bardzo się cieszę, że [[ft_pl|przyjedziesz do nas do Białegostoku w sierpniu razem z {ni|Nikitą}]]. Pokój na górze już czeka.
[[cit_ir|Jako obywatelka Polski nie potrzebujesz już wizy]], a dla {ni|Nikity} załatwimy zaproszenie.

Szkoda, że {g|Aleksiej} nie może przyjechać. Pozdrów ode mnie {g|Aleksieja}. [[cit_g|Wiem, że {g|Aleksiej} ma tylko białoruskie obywatelstwo]], a Karta Polaka nie wystarczy, żeby go puścili z zakładu.
Kopię wysyłam do {g|Aleksieja Garbuzowa} na adres służbowy, bo prywatnej poczty nie czyta.
Jak u was w Ługowcu, dalej tak gorąco?

Ucałowania,
[[fam_ir_ha|Twoja siostra {ha|Halina}]]
""", cte="quoted-printable"),
    loose="003.eml", no_mid=True, subj_enc="Q",
    cc=[("g", "Aleksiej Garbuzow", "a.garbuzov@" + D, "utf-8", "Q")])


# =========================================================================== truth

ENTITIES = [
    ("g", "Person", "Aliaksei Harbuzou", {"email": ["a.garbuzov@lrrz.example.by"], "nationality": ["by"]}),
    ("ir", "Person", "Iryna Harbuzava", {"email": ["irina.garbuzova@mail.example.by"], "nationality": ["by", "pl"]}),
    ("ve", "Person", "Veranika Harbuzava", {}),
    ("ni", "Person", "Mikita Harbuzau", {}),
    ("va", "Person", "Valiantsina Harbuzava", {}),
    ("al", "Person", "Alesia Matskevich", {"email": ["alesia.mackevich@tut.example.by"]}),
    ("ha", "Person", "Halina Sokołowska", {"email": ["halina.sokolowska@poczta.example.pl"], "country": ["pl"]}),
    ("zh", "Person", "Siarhei Zhdanovich", {"email": ["s.zhdanovich@lrrz.example.by"]}),
    ("me", "Person", "Aleh Melnikau", {"email": ["o.melnikov@lrrz.example.by"], "birthDate": ["1976-04-19"],
                                        "nationality": ["by", "ru"]}),
    ("la", "Person", "Natallia Lapitskaya", {"email": ["n.lapitskaya@lrrz.example.by"]}),
    ("ya", "Person", "Dzmitry Yakimchyk", {"email": ["d.yakimchik@lrrz.example.by"]}),
    ("be", "Person", "Konstantin Belousov", {"email": ["k.belousov@volga-radar.example.ru"]}),
    ("li", "Person", "Liu Yanping", {"email": ["liu.yanping@huaxun-micro.example.com"]}),
    ("to", "Person", "Tolga Karabıyık", {"email": ["t.karabiyik@kuzey-olcum.example.com"]}),
    ("lrrz", "Company", "Luhavets Radio Repair Plant OJSC", {"country": ["by"]}),
    ("vr", "Company", "Volga-Radar Research and Production Centre JSC", {"country": ["ru"]}),
    ("hx", "Company", "Shenzhen Huaxun Microelectronics Co., Ltd.", {"country": ["cn"]}),
    ("kz", "Company", "Kuzey Ölçüm Sistemleri A.Ş.", {"country": ["tr"]}),
]

FINDINGS = [
    ("mm_by", "military_maintenance", ["lrrz"],
     {"platforms": ["36d6", "36d6m", "p-19", "p-19lm"], "customer_country": "by"},
     "LRRZ overhauls 36D6M radars and modernises P-19 radars to P-19LM for the Belarusian Air Force and Air Defence Forces."),
    ("mm_ru", "military_maintenance", ["lrrz"],
     {"platforms": ["1l13", "nebo-sv", "prv-16"], "customer_country": "ru"},
     "LRRZ repairs 1L13 Nebo-SV radars and PRV-16 height finders for the Russian Ministry of Defence (unit 52913)."),
    ("jd", "joint_development", ["lrrz", "vr"],
     {"product": ["rlm-60", "kulik"], "partner_country": "ru", "funding_share": 0.35},
     "LRRZ and Volga-Radar (Yaroslavl) jointly develop the RLM-60 Kulik mobile low-altitude radar; LRRZ's share went 50 % -> 40 % -> 35 % (addendum No 2, June 2026)."),
    ("so_cz", "sanctions_obstacle", ["lrrz"], {"origin_country": "cz", "goods": "antenna measurement system"},
     "The Czech firm Elmetra refused to deliver the AMS-400 antenna measurement system, citing EU sanctions on Belarus."),
    ("so_us", "sanctions_obstacle", ["lrrz"], {"origin_country": "us", "goods": "fpgas and adcs"},
     "Westbrook (US) FPGAs and ADCs cannot be obtained because of US export controls."),
    ("as_cn", "alternative_supplier", ["lrrz", "hx"], {"supplier_country": "cn", "goods": "fpgas and adcs"},
     "Shenzhen Huaxun supplies pin-compatible Chinese FPGAs and ADCs instead of the US parts (samples, trip, two batches)."),
    ("as_tr", "alternative_supplier", ["lrrz", "kz"], {"supplier_country": "tr", "goods": "antenna measurement system"},
     "Kuzey (Ankara) offered its KZ-AMS antenna measurement system instead of the Czech one; LRRZ tested a demo set."),
    ("es_twt", "equipment_shortage", ["lrrz"], {"goods": "travelling-wave tubes"},
     "LRRZ lacks UV-317 travelling-wave tubes for P-19 transmitters, delaying the P-19 modernisation."),
    ("es_rj", "equipment_shortage", ["lrrz"], {"goods": "waveguide rotary joints"},
     "LRRZ has no VVP-36 rotary waveguide joints for 36D6M antenna posts."),
    ("ft_cn", "foreign_travel", ["g", "me", "la"],
     {"country": "cn", "start": "2026-03", "place": "Shenzhen", "purpose": "negotiations with supplier"},
     "Garbuzov, Melnikov and Lapitskaya travelled to Shenzhen (Huaxun), 16-22 March 2026."),
    ("ft_eg", "foreign_travel", ["g", "ir", "ve"],
     {"country": "eg", "start": "2026-05", "place": "Hurghada", "purpose": "holiday"},
     "Garbuzov, his wife Irina and daughter Veronika holidayed in Hurghada, 2-9 May 2026."),
    ("ft_pl", "foreign_travel", ["ir", "ni"],
     {"country": "pl", "start": "2026-08", "place": "Białystok", "purpose": "visiting relatives"},
     "Irina Garbuzova and son Nikita visited her sister in Białystok in August 2026 (Garbuzov himself could not go)."),
    ("ft_es", "foreign_travel", ["al"],
     {"country": "es", "start": "2026-07", "place": "Barcelona", "purpose": "holiday"},
     "Alesia Matskevich flew to Barcelona on 14 July 2026 (via Vilnius, transit only)."),
    ("ft_ru", "foreign_travel", ["zh", "g"],
     {"country": "ru", "start": "2026-06", "place": "Yaroslavl", "purpose": "signing of addendum to joint development contract"},
     "Zhdanovich and Garbuzov travelled to Volga-Radar in Yaroslavl, 9-11 June 2026."),
    ("cit_g", "citizenship", ["g"], {"countries": ["by"]},
     "Garbuzov is a Belarusian citizen (holds only a Karta Polaka, not Polish citizenship)."),
    ("cit_ir", "citizenship", ["ir"], {"countries": ["by", "pl"]},
     "Irina Garbuzova holds Belarusian and (since December 2025) Polish citizenship."),
    ("cit_me", "citizenship", ["me"], {"countries": ["by", "ru"]},
     "Melnikov holds Belarusian and Russian citizenship."),
    ("cit_la", "citizenship", ["la"], {"countries": ["by"]}, "Lapitskaya is a Belarusian citizen."),
    ("fam_g_ir", "family_relation", ["g", "ir"], {"relationship": "spouse"}, "Irina is Garbuzov's wife."),
    ("fam_g_ve", "family_relation", ["g", "ve"], {"relationship": "child"}, "Veronika is Garbuzov's daughter."),
    ("fam_g_ni", "family_relation", ["g", "ni"], {"relationship": "child"}, "Nikita is Garbuzov's son."),
    ("fam_ir_ni", "family_relation", ["ir", "ni"], {"relationship": "child"}, "Nikita is Irina's son."),
    ("fam_g_va", "family_relation", ["g", "va"], {"relationship": "parent"}, "Valentina Stepanovna (in Lida) is Garbuzov's mother."),
    ("fam_g_al", "family_relation", ["g", "al"], {"relationship": "sibling"}, "Alesia Matskevich is Garbuzov's sister."),
    ("fam_ir_ha", "family_relation", ["ir", "ha"], {"relationship": "sibling"}, "Halina Sokołowska (Białystok) is Irina's sister."),
    ("emp_g", "employment", ["g", "lrrz"], {"role": "chief technologist"}, "Garbuzov is chief technologist of LRRZ."),
    ("emp_zh", "employment", ["zh", "lrrz"], {"role": "general director"}, "Zhdanovich is general director of LRRZ."),
    ("emp_me", "employment", ["me", "lrrz"], {"role": "chief engineer"}, "Melnikov is chief engineer of LRRZ."),
    ("emp_la", "employment", ["la", "lrrz"], {"role": "head of foreign economic relations department"},
     "Lapitskaya heads LRRZ's foreign economic relations department."),
    ("emp_ya", "employment", ["ya", "lrrz"], {"role": "head of radar repair shop"}, "Yakimchik heads shop No 3 (radar repair) at LRRZ."),
    ("emp_be", "employment", ["be", "vr"], {"role": "deputy general director for r&d"},
     "Belousov is deputy general director for R&D of Volga-Radar."),
    ("emp_li", "employment", ["li", "hx"], {"role": "overseas sales manager"}, "Liu Yanping is overseas sales manager of Huaxun."),
    ("emp_to", "employment", ["to", "kz"], {"role": "export sales manager"}, "Tolga Karabıyık is export sales manager of Kuzey."),
    ("wl_zh", "watchlist_match", ["zh"], {"list": "watchlist", "entry_id": "wl-by-2207", "score": 1.0},
     "Zhdanovich Siarhei Piatrovich, general director of LRRZ, is on the watchlist."),
    ("wl_lrrz", "watchlist_match", ["lrrz"], {"list": "watchlist", "entry_id": "wl-by-3015", "score": 1.0},
     "LRRZ is on the watchlist."),
    ("wl_vr", "watchlist_match", ["vr"], {"list": "watchlist", "entry_id": "wl-ru-5821", "score": 1.0},
     "Volga-Radar is on the watchlist."),
]

WATCHLIST = [
    {"id": "wl-by-2207", "schema": "Person", "caption": "ZHDANOVICH, Siarhei Piatrovich",
     "properties": {"name": ["ZHDANOVICH, Siarhei Piatrovich"],
                    "alias": ["Жданович Сергей Петрович", "Ждановіч Сяргей Пятровіч", "ZHDANOVICH, Sergei Petrovich"],
                    "birthDate": ["1966-01-23"], "nationality": ["by"],
                    "position": ["General Director, OJSC Luhavets Radio Repair Plant"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-3015", "schema": "Company", "caption": "LUHAVETS RADIO REPAIR PLANT OJSC",
     "properties": {"name": ["LUHAVETS RADIO REPAIR PLANT OJSC"],
                    "alias": ["ОАО «Луговецкий радиоремонтный завод»", "ААТ «Лугавецкі радыёрамонтны завод»", "LRRZ",
                              "Lugovets Radio Repair Plant"],
                    "jurisdiction": ["by"], "address": ["Luhavets, Brest Region, Belarus"],
                    "sector": ["military radar repair"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-5821", "schema": "Company", "caption": "VOLGA-RADAR RESEARCH AND PRODUCTION CENTRE JSC",
     "properties": {"name": ["VOLGA-RADAR RESEARCH AND PRODUCTION CENTRE JSC"],
                    "alias": ["АО «НПЦ «Волга-Радар»»", "NPTs Volga-Radar"],
                    "jurisdiction": ["ru"], "address": ["Yaroslavl, Russia"]}, "datasets": ["watchlist"]},
    # near misses
    {"id": "wl-by-2231", "schema": "Person", "caption": "ZHDANOVICH, Siarhei Mikalaevich",
     "properties": {"name": ["ZHDANOVICH, Siarhei Mikalaevich"], "alias": ["Жданович Сергей Николаевич"],
                    "birthDate": ["1979-06-02"], "nationality": ["by"],
                    "position": ["Deputy Chairman, Brest Regional Executive Committee"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-6040", "schema": "Person", "caption": "MELNIKOV, Oleg Yurievich",
     "properties": {"name": ["MELNIKOV, Oleg Yurievich"], "alias": ["Мельников Олег Юрьевич"],
                    "birthDate": ["1961-08-30"], "nationality": ["ru"],
                    "position": ["Head of Administration, Kursk District"]}, "datasets": ["watchlist"]},
    {"id": "wl-cn-0788", "schema": "Company", "caption": "SHENZHEN HUAXUN TRADING CO., LTD.",
     "properties": {"name": ["SHENZHEN HUAXUN TRADING CO., LTD."], "alias": ["Huaxun Trading"],
                    "jurisdiction": ["cn"], "address": ["Futian District, Shenzhen"]}, "datasets": ["watchlist"]},
]


# =========================================================================== write

def mbox_from_line(m):
    _, d = date_hdr(m["date"])
    return "From %s %s\n" % (m["from"][2], d.strftime("%a %b %e %H:%M:%S %Y"))


def mboxrd_quote(raw):
    return re.sub(rb"^(>*From )", rb">\1", raw, flags=re.M)


def build():
    os.makedirs(os.path.join(HERE, "loose"), exist_ok=True)
    raws = []
    for m in MESSAGES:
        raw = render_message(m)
        raws.append(raw)
    with open(os.path.join(HERE, "mailbox.mbox"), "wb") as fh:
        for m, raw in zip(MESSAGES, raws):
            fh.write(mbox_from_line(m).encode("ascii"))
            fh.write(mboxrd_quote(raw))
            fh.write(b"\n")
    loose_ids = {}
    for fname, m in LOOSE:
        raw = render_message(m)
        if m["mid"] is None:
            sid = "<sha256:%s>" % hashlib.sha256(raw).hexdigest()
            for k in list(EVID):
                EVID[k] = [(sid if i == "<NOID>" else i, q) for i, q in EVID[k]]
            for k in list(BODY_OCC):
                if "<NOID>" in BODY_OCC[k]:
                    BODY_OCC[k][sid] = BODY_OCC[k].pop("<NOID>")
            loose_ids[fname] = sid
        else:
            loose_ids[fname] = m["mid"]
        with open(os.path.join(HERE, "loose", fname), "wb") as fh:
            fh.write(raw)

    ent_ids = {k: ("p_" if s == "Person" else "o_") + k for k, s, _, _ in ENTITIES}
    entities = []
    for k, schema, name, props in ENTITIES:
        assert NAMES[k], k
        entities.append({"id": ent_ids[k], "schema": schema, "name": name,
                         "names": sorted(NAMES[k]), "properties": props})
    findings = []
    for n, (key, kind, subj, attrs, summary) in enumerate(FINDINGS, 1):
        if kind == "watchlist_match":
            occ = BODY_OCC[subj[0]]
            ev = [{"message_id": i, "quote": max(forms, key=len)} for i, forms in occ.items()]
        else:
            seen, ev = set(), []
            for i, q in EVID[key]:
                if (i, q) not in seen:
                    seen.add((i, q))
                    ev.append({"message_id": i, "quote": q})
        assert ev, key
        findings.append({"id": "f-%03d" % n, "kind": kind, "summary": summary,
                         "subjects": [ent_ids[s] for s in subj], "attributes": attrs,
                         "evidence": ev, "confidence": 1.0})
    unused = set(EVID) - {f[0] for f in FINDINGS}
    assert not unused, unused
    truth = {"format": "paperchase.findings/1", "entities": entities, "findings": findings}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "watchlist.ftm.json"), "w", encoding="utf-8") as fh:
        for w in WATCHLIST:
            fh.write(json.dumps(w, ensure_ascii=False) + "\n")
    return truth, loose_ids


# =========================================================================== checks

class _Vis(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_data(self, d):
        self.out.append(d)


def visible(h):
    p = _Vis()
    p.feed(h)
    return " ".join(p.out)


def attachment_texts(part):
    import docx
    import openpyxl
    import pypdf
    data = part.get_payload(decode=True)
    fn = part.get_filename() or ""
    ct = part.get_content_type()
    if fn.endswith(".docx"):
        d = docx.Document(io.BytesIO(data))
        return ["\n".join(p.text for p in d.paragraphs)]
    if fn.endswith(".xlsx"):
        wb = openpyxl.load_workbook(io.BytesIO(data))
        return [str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
    if fn.endswith(".pdf"):
        r = pypdf.PdfReader(io.BytesIO(data))
        return ["\n".join(pg.extract_text() for pg in r.pages)]
    if fn.endswith(".zip"):
        out = []
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for n in z.namelist():
                if n.endswith(".docx"):
                    d = docx.Document(io.BytesIO(z.read(n)))
                    out.append("\n".join(p.text for p in d.paragraphs))
        return out
    if ct == "text/plain":
        return [part.get_content()]
    raise AssertionError(fn)


def message_texts(msg, by_id, own_id):
    """Decoded texts of msg's parts (plus headers as a separate entry); inner rfc822 registered too."""
    from email.message import EmailMessage  # noqa
    texts = []
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_content()
            inner_id = inner["Message-ID"]
            it = message_texts(inner, by_id, inner_id)
            texts.extend(it)
            continue
        if part.is_multipart():
            continue
        # skip parts inside an rfc822 container (handled by recursion)
        if part.get_filename():
            texts.extend(attachment_texts(part))
        elif part.get_content_maintype() == "text":
            if part.get_content_charset() is None and any(b > 127 for b in part.get_payload(decode=True)):
                t = part.get_payload(decode=True).decode("utf-8")  # unlabelled 8-bit part
            else:
                t = part.get_content()
            texts.append(visible(t) if part.get_content_subtype() == "html" else t)
    by_id.setdefault(own_id, []).extend(texts)
    return texts


def walk_no_rfc(msg):
    """email's walk() descends into message/rfc822; avoid double counting by pruning."""
    yield msg
    if msg.is_multipart() and msg.get_content_type() != "message/rfc822":
        for p in msg.get_payload():
            yield from walk_no_rfc(p)


def message_texts2(msg, by_id, own_id):
    texts = []
    for part in walk_no_rfc(msg):
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0]
            texts.extend(message_texts2(inner, by_id, inner["Message-ID"]))
            continue
        if part.is_multipart():
            continue
        if part.get_filename():
            texts.extend(attachment_texts(part))
        elif part.get_content_maintype() == "text":
            raw = part.get_payload(decode=True)
            if part.get_content_charset() is None and any(b > 127 for b in raw):
                t = raw.decode("utf-8")  # unlabelled 8-bit part
            else:
                t = part.get_content()
            texts.append(visible(t) if part.get_content_subtype() == "html" else t)
    by_id.setdefault(own_id, []).extend(texts)
    return texts


def header_text(msg):
    out = []
    for part in msg.walk():
        for h in ("From", "To", "Cc", "Subject"):
            for v in part.get_all(h, []):
                out.append(str(v))
    return out


def read_mboxrd(path):
    data = open(path, "rb").read()
    chunks = re.split(rb"(?:^|\n)From [^\n]*\n", data)
    msgs = []
    for c in chunks:
        if not c.strip():
            continue
        c = re.sub(rb"^>(>*From )", rb"\1", c, flags=re.M)
        msgs.append(c)
    return msgs


def checks(truth, loose_ids):
    import email
    import mailbox
    from email import policy
    mb = mailbox.mbox(os.path.join(HERE, "mailbox.mbox"))
    assert len(mb) == len(MESSAGES), (len(mb), len(MESSAGES))          # check 4
    by_id, headers = {}, []
    raws = read_mboxrd(os.path.join(HERE, "mailbox.mbox"))
    assert len(raws) == len(MESSAGES)
    for raw in raws:
        msg = email.message_from_bytes(raw, policy=policy.default)
        message_texts2(msg, by_id, msg["Message-ID"])
        headers.extend(header_text(msg))
    for fname in sorted(os.listdir(os.path.join(HERE, "loose"))):
        raw = open(os.path.join(HERE, "loose", fname), "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        mid = msg["Message-ID"] or "<sha256:%s>" % hashlib.sha256(raw).hexdigest()
        assert mid == loose_ids[fname]
        message_texts2(msg, by_id, mid)
        headers.extend(header_text(msg))
    coll = {i: [collapse(t) for t in ts] for i, ts in by_id.items()}
    # check 1: quotes verbatim in decoded text
    bad = []
    for f in truth["findings"]:
        for e in f["evidence"]:
            q = collapse(e["quote"])
            if e["message_id"] not in coll or not any(q in t for t in coll[e["message_id"]]):
                bad.append((f["id"], e["message_id"], q[:80]))
    assert not bad, bad
    # check 3: every name occurs in decoded text or headers
    alltext = "\n".join(t for ts in coll.values() for t in ts) + "\n" + collapse("\n".join(headers))
    missing = [(e["id"], n) for e in truth["entities"] for n in e["names"] if collapse(n) not in alltext]
    assert not missing, missing
    # check 2: truth scores 1.0 against itself
    tmp = "/tmp/h8/self_findings.json"
    os.makedirs("/tmp/h8", exist_ok=True)
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump({"format": "paperchase.findings/1", "entities": truth["entities"],
                   "findings": truth["findings"]}, fh, ensure_ascii=False)
    out = subprocess.run([sys.executable, "/work/shared/tools/score_case.py",
                          os.path.join(HERE, "truth.json"), tmp, "--json"],
                         capture_output=True, text=True, check=True).stdout
    s = json.loads(out)
    assert s["findings"]["f1"] == 1.0 and s["entities"]["f1"] == 1.0, s
    # messages used as evidence must exist
    n_loose = len(loose_ids)
    print(f"ok: {len(MESSAGES)} mbox messages, {n_loose} loose, {len(truth['entities'])} entities, "
          f"{len(truth['findings'])} findings")
    from collections import Counter
    for k, v in sorted(Counter(f["kind"] for f in truth["findings"]).items()):
        print(f"  {k}: {v}")


if __name__ == "__main__":
    t, lids = build()
    checks(t, lids)
