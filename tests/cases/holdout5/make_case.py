#!/usr/bin/env python3
"""Generate the holdout5 evaluation case (fictional; everything invented).

Run with /work/main/.venv/bin/python make_case.py ; writes mailbox.mbox, loose/*.eml,
watchlist.ftm.json and truth.json next to this file. Deterministic: the same bytes
on every run (standard library + python-docx + openpyxl).
"""
import base64
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import re
import zipfile
import email.charset
from email.header import Header
from email.utils import format_datetime

import docx
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = dt.timezone(dt.timedelta(hours=3))
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)

# --------------------------------------------------------------------------- MIME helpers


FALLBACK = {"«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "—": "-", "–": "-", "№": "N", "’": "'",
            "Ö": "O", "ö": "o", "Ç": "C", "ç": "c", "Ü": "U", "ü": "u", "Ş": "S", "ş": "s", "ğ": "g", "İ": "I", "ı": "i"}


def fit(t, charset):
    """What a mail client does with characters the charset lacks."""
    if not charset:
        return t
    out = []
    for ch in t:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(FALLBACK[ch])
    return "".join(out)


def enc_header(text, charset="utf-8", how="b"):
    text = fit(text, charset)
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    cs = email.charset.Charset(charset)
    cs.header_encoding = email.charset.BASE64 if how == "b" else email.charset.QP
    return Header(text, cs).encode(maxlinelen=76)


def addr(name, address, charset="utf-8", how="b"):
    if not name:
        return address
    return f"{enc_header(name, charset, how)} <{address}>"


def leaf(ctype, payload, charset=None, cte="base64", filename=None, label=True, inline=False):
    """payload: str (encoded with charset) or bytes."""
    if isinstance(payload, str):
        payload = fit(payload, charset or "ascii").encode(charset or "ascii")
    return {"leaf": True, "ctype": ctype, "payload": payload, "charset": charset, "cte": cte,
            "filename": filename, "label": label, "inline": inline}


def multi(subtype, *parts):
    return {"leaf": False, "subtype": subtype, "parts": list(parts)}


def _fname_params(filename):
    try:
        filename.encode("ascii")
        return f'"{filename}"', None
    except UnicodeEncodeError:
        from urllib.parse import quote
        return None, "utf-8''" + quote(filename)


def _body(payload, cte):
    if cte == "base64":
        b = base64.encodebytes(payload)
        return b if b.endswith(b"\n") else b + b"\n"
    if cte == "quoted-printable":
        b = quopri.encodestring(payload)
        return b if b.endswith(b"\n") else b + b"\n"
    return payload if payload.endswith(b"\n") else payload + b"\n"


def serialize(node, counter):
    """Returns (header lines, body bytes) of a MIME node."""
    if node["leaf"]:
        ct = node["ctype"]
        params = ""
        if node["charset"] and node["label"]:
            params += f'; charset="{node["charset"]}"'
        hdr = []
        if node["filename"]:
            plain, ext = _fname_params(node["filename"])
            if plain:
                params += f"; name={plain}"
                disp = f"attachment; filename={plain}"
            else:
                params += f"; name*={ext}"
                disp = f"attachment; filename*={ext}"
            hdr.append(f"Content-Type: {ct}{params}")
            hdr.append(f"Content-Transfer-Encoding: {node['cte']}")
            hdr.append(f"Content-Disposition: {disp}")
        else:
            hdr.append(f"Content-Type: {ct}{params}")
            hdr.append(f"Content-Transfer-Encoding: {node['cte']}")
            if node["inline"]:
                hdr.append("Content-Disposition: inline")
        return hdr, _body(node["payload"], node["cte"])
    counter[0] += 1
    boundary = "----=_NextPart_%03d_%s" % (counter[0], hashlib.sha1(str(counter[0]).encode()).hexdigest()[:12])
    out = b"This is a multi-part message in MIME format.\n\n"
    for p in node["parts"]:
        h, b = serialize(p, counter)
        out += b"--" + boundary.encode() + b"\n" + ("\n".join(h) + "\n\n").encode() + b + b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return [f'Content-Type: multipart/{node["subtype"]};\n boundary="{boundary}"'], out


MAILERS = {
    "outlook": "Microsoft Outlook 16.0",
    "bat": "The Bat! (v10.5.3) Professional",
    "tb": "Mozilla Thunderbird 115.6.0",
    "rc": "Roundcube Webmail/1.6.5",
    "web": None,
}


def build(m):
    """m: dict describing one message -> raw bytes."""
    d = m["date"]
    hs = []
    hs.append(f"Received: from mx.srez.example.by (mx.srez.example.by [10.12.0.5])\n by mail.srez.example.by; {format_datetime(d)}")
    cs, how = m.get("hcs", "utf-8"), m.get("how", "b")
    hs.append("From: " + addr(m["frm"][0], m["frm"][1], cs, how))
    hs.append("To: " + ",\n ".join(addr(n, a, cs, how) for n, a in m["to"]))
    if m.get("cc"):
        hs.append("Cc: " + ",\n ".join(addr(n, a, cs, how) for n, a in m["cc"]))
    hs.append("Subject: " + enc_header(m["subject"], cs, how))
    hs.append("Date: " + format_datetime(d))
    if m.get("mid"):
        hs.append("Message-ID: " + m["mid"])
    if m.get("reply_to_mid"):
        hs.append("In-Reply-To: " + m["reply_to_mid"])
        hs.append("References: " + m["reply_to_mid"])
    hs.append("MIME-Version: 1.0")
    mailer = MAILERS.get(m.get("mailer", "outlook"))
    if mailer:
        hs.append("X-Mailer: " + mailer)
    h, b = serialize(m["body"], [m.get("seq", 0) * 10])
    hs += h
    return ("\n".join(hs) + "\n\n").encode("ascii") + b


def text(t, charset="utf-8", cte="base64", label=True):
    return leaf("text/plain", t, charset, cte, label=label)


def html(t, charset="utf-8", cte="quoted-printable"):
    return leaf("text/html", t, charset, cte)


def wrap_html(t, charset):
    paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in t.split("\n\n"))
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f'<style>p{{font-family:Calibri,Arial;font-size:11pt}}</style></head><body>{paras}</body></html>')


def alt(t, charset="utf-8", cte="base64"):
    return multi("alternative", text(t, charset, cte), html(wrap_html(t, charset), charset, cte))


def rfc822(raw):
    return leaf("message/rfc822", raw, None, "8bit", inline=True)


# --------------------------------------------------------------------------- documents


def _repack(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2024-01-01T00:00:00Z\g<3>", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, blob)
    return out.getvalue()


def make_docx(paragraphs, table=None):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "srez"
    cp.last_modified_by = "srez"
    cp.created = dt.datetime(2024, 1, 1)
    cp.modified = dt.datetime(2024, 1, 1)
    cp.revision = 1
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
    b = io.BytesIO()
    d.save(b)
    return _repack(b.getvalue())


def make_xlsx(sheets):
    wb = openpyxl.Workbook()
    wb.properties.creator = "srez"
    wb.properties.created = dt.datetime(2024, 1, 1)
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for r in rows:
            ws.append(r)
    b = io.BytesIO()
    wb.save(b)
    return _repack(b.getvalue())


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, blob)
    return out.getvalue()


def make_pdf(lines):
    """A one-page PDF, Helvetica, uncompressed content stream, ASCII text."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 50 790 Td 14 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}endstream",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def att(ctype, blob, filename):
    return leaf(ctype, blob, None, "base64", filename=filename)


# --------------------------------------------------------------------------- the world



def D(y, mo, d, h=9, mi=0):
    return dt.datetime(y, mo, d, h, mi, tzinfo=TZ)


def MID(key, domain):
    return "<%s@%s>" % (hashlib.sha256(("holdout5:" + key).encode()).hexdigest()[:16], domain)


SREZ = "srez.example.by"
L = ("Лапицкий Кирилл Андреевич", "k.lapitski@srez.example.by")
L_BE = ("Лапіцкі Кірыл", "k.lapitski@srez.example.by")
L_EN = ("Kiryl Lapitski", "k.lapitski@srez.example.by")
Y = ("Ярошевич Виктор Леонидович", "director@srez.example.by")
Z = ("Жданоўскі Аляксандр Пятровіч", "a.zhdanouski@srez.example.by")
K = ("Кунцэвіч Алеся Уладзіміраўна", "a.kuntsevich@srez.example.by")
K_EN = ("Alesia Kuntsevich", "a.kuntsevich@srez.example.by")
KUD = ("Кудрявцев Станислав Олегович", "s.kudryavtsev@okb-pustelga.example.ru")
VIV = ("Vivian Liang", "vivian.liang@lianxin-micro.example.cn")
EMRE = ("Emre Kaplanoglu", "e.kaplanoglu@anka-olcum.example.com.tr")
NAT = ("Наталья Лапицкая", "natasha.lapitskaya@mail.example.by")
ANNA = ("Anna Łapicka", "anna.lapicka@stud.example.lt")
AND = ("Андрей Лапицкий", "andrei.lapitsky@mail.example.ru")
IT = ("ИТ-служба", "it@srez.example.by")
IT_BE = ("Служба ІТ", "it@srez.example.by")
PRAF = ("Прафкам ААТ «СРЭЗ»", "prafkam@srez.example.by")
BUH = ("Бухгалтерия", "buh@srez.example.by")
KADRY = ("Отдел кадров", "kadry@srez.example.by")
PRIEM = ("Приёмная", "priemnaya@srez.example.by")
ALLSTAFF = ("Все сотрудники", "all@srez.example.by")
HEADS = ("Руководители подразделений", "heads@srez.example.by")

SIG_L_RU = """
--
С уважением,
Кирилл Лапицкий
инженер по комплектации отдела материально-технического снабжения
ОАО «Сожский радиоэлектронный завод»
213493, Могилёвская обл., г. Кричев, ул. Заводская, 14
тел. +375 2241 5-17-32, моб. +375 29 611-48-07"""

SIG_L_EN = """
--
Best regards,
Kiryl Lapitski
Procurement Engineer, Material Supply Department
Sozh Radioelectronic Plant OJSC
14 Zavodskaya St., Krychau 213493, Mogilev Region, Belarus
Tel. +375 2241 5-17-32"""

SIG_K_BE = """
--
З павагай,
Алеся Кунцэвіч
начальнік аддзела знешнеэканамічных сувязяў
ААТ «Сожскі радыёэлектронны завод»
тэл. +375 2241 5-20-14"""

SIG_Z_BE = """
--
А.П. Жданоўскі
галоўны канструктар ААТ «Сожскі радыёэлектронны завод»
тэл. +375 2241 5-11-09"""

SIG_Y = """
Генеральный директор
ОАО «Сожский радиоэлектронный завод»            В.Л. Ярошевич"""

SIG_KUD = """
С уважением,
С.О. Кудрявцев
заместитель генерального конструктора
АО «ОКБ «Пустельга»»
214031, г. Смоленск, ул. Авиаторов, 3
тел. +7 4812 55-30-71"""

SIG_VIV = """
Best regards,
Vivian Liang (Liang Wenjing)
Overseas Sales Manager
Shenzhen Lianxin Microelectronics Co., Ltd.
Building 7, Fuhai Industrial Park, Bao'an District, Shenzhen 518103, China
Tel. +86 755 2960 4418"""

SIG_EMRE = """
Kind regards,
Emre Kaplanoğlu
Export Sales Director
Anka Ölçüm Sistemleri A.Ş.
İkitelli OSB, Başakşehir, 34490 İstanbul, Türkiye
Tel. +90 212 549 30 18"""


def quote_lines(t):
    return "\n".join(("> " + l) if l else ">" for l in t.strip("\n").split("\n"))


def outlook_block(frm, sent, to, subject, t):
    return ("\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s" % (frm, sent, to, subject, t.strip("\n")))


MESSAGES = []


def M(key, date, frm, to, subject, body, domain=SREZ, cc=None, **kw):
    m = dict(key=key, date=date, frm=frm, to=to, cc=cc or [], subject=subject, body=body, **kw)
    if "mid" not in kw:
        m["mid"] = MID(key, domain)
    MESSAGES.append(m)
    return m


# ----------------------------------------------------------------- September 2023

M("n01", D(2023, 9, 1, 8, 5), IT, [ALLSTAFF], "Плановые работы на почтовом сервере 02.09",
  text("""Уважаемые коллеги!

В субботу 02.09.2023 с 10:00 до 14:00 будут проводиться плановые работы на почтовом сервере. Почта в это время может быть недоступна, письма не потеряются.

ИТ-служба, тел. 5-10-00""", "windows-1251", "base64"), hcs="windows-1251", mailer="bat")

M("n02", D(2023, 9, 4, 8, 30), PRAF, [ALLSTAFF], "Віншуем з Днём ведаў!",
  text("""Паважаныя калегі!

Прафсаюзны камітэт віншуе ўсіх бацькоў школьнікаў і студэнтаў з Днём ведаў. Матэрыяльная дапамога да навучальнага года выплачваецца па заявах, пададзеных да 15 верасня.

Прафкам""", "utf-8", "quoted-printable"), mailer="rc")

T_M01 = """Кірыл, добры дзень.

Варшаўскі дыстрыб'ютар, праз якога мы да 2022 г. атрымлівалі ПЛІС і АЦП, сёння афіцыйна адмовіў. Тавары амерыканскай вытворчасці падпадаюць пад экспартны кантроль ЗША (Export Administration Regulations), а мы — ваенны канчатковы карыстальнік з Беларусі, і ліцэнзію на нас ніхто не выдасць.

Такім чынам, ПЛІС і АЦП з ЗША для блокаў апрацоўкі сігналу П-19 мы больш не атрымаем.

Падрыхтуй, калі ласка, да пятніцы спіс бягучых патрэб па гэтых пазіцыях — будзем шукаць замену.
""" + SIG_K_BE
M("m01", D(2023, 9, 5, 9, 12), K, [L_BE], "ПЛІС і АЦП — адмова пастаўшчыка",
  text(T_M01, "utf-8", "quoted-printable"), mailer="tb")

T_M02 = """Коллеги,

направляю проект производственного плана по ремонту вооружения и военной техники на 2024 год. Основные позиции:

- капитальный ремонт с модернизацией РЛС П-19 (8 комплектов) и 5Н84А «Оборона-14» (2 комплекта) для войсковой части 61944 (ВВС и войска ПВО Вооружённых Сил Республики Беларусь);
- войсковой ремонт радиолокационных модулей ЗРК «Оса-АКМ» для той же войсковой части;
- ремонт РЛС 55Ж6 «Небо-У» (3 комплекта) и радиовысотомеров ПРВ-13 (4 шт.) по контракту с Министерством обороны Российской Федерации, получатель — войсковая часть 05714.

Отдельно, вне оборонного заказа: ремонт обзорного аэродромного радиолокатора для РУП «Аэропорт «Полесье»» (гражданская авиация).

Службе снабжения (Лапицкий К.А.) до 25.09 представить потребность в комплектующих по каждой позиции. Подробно — в приложении.
""" + SIG_Y
XLSX_PLAN = make_xlsx([("План 2024", [
    ["№", "Изделие", "Вид работ", "Заказчик", "Кол-во", "Срок"],
    [1, "РЛС П-19", "капитальный ремонт с модернизацией", "в/ч 61944 ВС Республики Беларусь", 8, "I-IV кв. 2024"],
    [2, "РЛС 5Н84А «Оборона-14»", "капитальный ремонт", "в/ч 61944 ВС Республики Беларусь", 2, "III кв. 2024"],
    [3, "ЗРК «Оса-АКМ» (радиолокационные модули)", "войсковой ремонт", "в/ч 61944 ВС Республики Беларусь", 6, "II кв. 2024"],
    [4, "РЛС 55Ж6 «Небо-У»", "средний ремонт", "Министерство обороны Российской Федерации, в/ч 05714", 3, "II-III кв. 2024"],
    [5, "Радиовысотомер ПРВ-13", "капитальный ремонт", "Министерство обороны Российской Федерации, в/ч 05714", 4, "IV кв. 2024"],
    [6, "Обзорный аэродромный радиолокатор", "ремонт", "РУП «Аэропорт «Полесье»» (гражданская авиация)", 1, "I кв. 2024"],
])])
M("m02", D(2023, 9, 12, 10, 40), Y, [HEADS], "План ремонта ВВТ на 2024 год (проект)",
  multi("mixed", text(T_M02, "windows-1251", "base64"), att(XLSX, XLSX_PLAN, "План_ремонта_2024.xlsx")),
  cc=[L], hcs="windows-1251")

M("n03", D(2023, 9, 14, 16, 2), ("Electronics Supply Digest", "news@esdigest.example.com"), [L_EN],
  "Electronics Supply Digest - September 2023",
  alt("""Electronics Supply Digest - September 2023

Lead times for passive components continue to normalise, with MLCC lead times down to 14 weeks on average.

Memory prices rose 6 % in August. Distributors report stable demand for industrial connectors.

You receive this newsletter because you registered at esdigest.example.com. Unsubscribe: esdigest.example.com/u""", "utf-8", "quoted-printable"),
  domain="esdigest.example.com", mailer="web")

T_M03 = """Уважаемый Виктор Леонидович!

По итогам нашей видеоконференции 14 сентября предлагаем ОАО «Сожский радиоэлектронный завод» совместно с АО «ОКБ «Пустельга»» выполнить опытно-конструкторскую работу по созданию малоразмерного разведывательного беспилотного летательного аппарата «Кобчик-12» (взлётная масса до 12 кг, радиус действия 40 км).

Распределение работ: за нами — планер, силовая установка и система управления; за СРЭЗ — бортовой радиолокационный модуль, линия передачи данных и наземная станция управления.

Финансирование ОКР предлагаем в равных долях: по 50 % каждой стороне.

Прошу сообщить позицию Вашего предприятия.
""" + SIG_KUD
RAW_M03 = None  # filled below
m03 = M("m03", D(2023, 9, 20, 11, 15), KUD, [Y], "О совместной ОКР по БЛА «Кобчик-12»",
        text(T_M03, "koi8-r", "8bit"), domain="okb-pustelga.example.ru", cc=[L], hcs="koi8-r", mailer="tb")

M("n04", D(2023, 9, 26, 14, 20), ("ООО «Канцсклад»", "sales@kanc.example.by"), [L],
  "Счёт-фактура № 1187 от 26.09.2023",
  text("""Добрый день!

Направляем счёт-фактуру № 1187 от 26.09.2023 на бумагу офисную А4 (40 пачек) и папки-регистраторы (25 шт.) на сумму 612,40 BYN с НДС. Оплата в течение 10 банковских дней.

Менеджер отдела продаж
Ольга Сарока
ООО «Канцсклад», г. Могилёв, тел. +375 222 70-14-88""", "windows-1251", "quoted-printable"),
  domain="kanc.example.by", hcs="windows-1251", mailer="bat")

# ----------------------------------------------------------------- October 2023

T_M04 = """Александр Петрович, Кирилл Андреевич,

пересылаю предложение ОКБ «Пустельга» по «Кобчику-12». Участвовать будем, но 50 % для нас много: предлагаю выходить на 30 %.

Прошу до 10.10 оценить трудоёмкость нашей части работ и потребность в комплектующих.

В.Л. Ярошевич"""
M("m04", D(2023, 10, 2, 8, 50), Y, [("Ждановский Александр Петрович", "a.zhdanouski@srez.example.by"), L],
  "Fw: О совместной ОКР по БЛА «Кобчик-12»",
  multi("mixed", text(T_M04, "windows-1251", "quoted-printable"), rfc822(build(m03))), hcs="windows-1251")

M("n05", D(2023, 10, 5, 9, 0), KADRY, [ALLSTAFF], "Медосмотр 10-12 октября",
  text("""Уважаемые сотрудники!

Периодический медицинский осмотр пройдёт 10-12 октября в здравпункте (корпус 1, каб. 104). График по подразделениям — у руководителей.

Отдел кадров""", "koi8-r", "base64"), hcs="koi8-r")

T_M05 = """Dear Mr. Lapitski,

Your colleague Ms Kuntsevich contacted our Moscow representative office and told us that US-origin FPGAs are no longer available to your plant.

Shenzhen Lianxin Microelectronics manufactures the LX7K325, a domestic Chinese FPGA that is pin-compatible with the parts you are using, and the LXA1610 16-bit ADC. None of these parts contain US content, so no US export licence is required.
From our side we can send 5 samples of each free of charge, with full documentation in English and Russian.
""" + SIG_VIV
M("m05", D(2023, 10, 9, 6, 30), VIV, [L_EN], "FPGA alternative - LX7K325 pin-compatible",
  text(T_M05, "utf-8", "7bit"), domain="lianxin-micro.example.cn", mailer="web")

T_M06 = """Dear Ms. Liang,

thank you for your offer. Yes: since our former US-made FPGAs and ADCs are blocked by US export controls, we are interested in the LX7K325 and LXA1610. Please send the samples and a price for 40 pcs of each to the address below.
""" + SIG_L_EN + "\n\n" + "On 09.10.2023 06:30, Vivian Liang wrote:\n" + quote_lines(T_M05)
M("m06", D(2023, 10, 11, 10, 5), L_EN, [VIV], "Re: FPGA alternative - LX7K325 pin-compatible",
  text(T_M06, "utf-8", "quoted-printable"), cc=[K_EN], reply_to_mid=MID("m05", "lianxin-micro.example.cn"))

T_M07 = """Dear Sir,

we have learned that your company is looking for FPGAs and ADCs. We hold original US-brand FPGAs and ADCs in stock in Ras Al Khaimah. We can invoice them as industrial controllers to a UAE end user, so no end-user certificate is needed and the goods never appear in any licence. Delivery to Minsk within 3 weeks, payment in advance.

Rajiv Menon
Sales Director
Falcon Crest Components FZE
Al Hamra Business Tower, Ras Al Khaimah, UAE"""
M("m07", D(2023, 10, 16, 12, 44), ("Rajiv Menon", "rajiv.menon@falconcrest.example.ae"), [L_EN],
  "Original US FPGAs - stock available",
  text(T_M07, "us-ascii", "7bit"), domain="falconcrest.example.ae", mailer="web")

T_M08 = """Алеся Владимировна,

предложение Falcon Crest считаю неприемлемым: это серая схема с подложным конечным пользователем, при первой же проверке подставят и нас, и покупателя. Предлагаю отказаться и продолжать работу с Lianxin — их образцы LX7K325 уже в пути.
""" + SIG_L_RU + outlook_block("Rajiv Menon [mailto:rajiv.menon@falconcrest.example.ae]", "Monday, October 16, 2023 12:44 PM",
                               "Kiryl Lapitski", "Original US FPGAs - stock available", T_M07)
M("m08", D(2023, 10, 17, 9, 20), L, [("Кунцевич Алеся Владимировна", "a.kuntsevich@srez.example.by")],
  "FW: Original US FPGAs - stock available",
  text(T_M08, "windows-1251", "base64"), hcs="windows-1251")

T_M08B = """Згодна. Ад прапановы Falcon Crest адмаўляемся, я ім сёння адпішу. Працуем з Lianxin.

Алеся

> предложение Falcon Crest считаю неприемлемым: это серая схема с подложным конечным пользователем, при первой же проверке подставят и нас, и покупателя.
"""
M("m08b", D(2023, 10, 18, 11, 2), K, [L_BE], "RE: FW: Original US FPGAs - stock available",
  text(T_M08B, "utf-8", "base64"), reply_to_mid=MID("m08", SREZ), mailer="tb")

M("n06", D(2023, 10, 20, 13, 0), BUH, [ALLSTAFF], "Авансовые отчёты до 25 числа",
  text("""Коллеги, напоминаем: авансовые отчёты по командировкам сентября-октября сдаются в бухгалтерию (каб. 212) до 25 октября. Без отчёта новый аванс не выдаётся.

Главный бухгалтер Т.И. Рудь""", "windows-1251", "8bit"), hcs="windows-1251", mailer="bat")

T_M09 = """Dear Mr Lapizki,

thank you for your enquiry of 18 October for two KMA-40 spectrum analysers.

We regret that we cannot submit an offer. Under Council Regulation (EC) No 765/2006 as amended, the sale of such electronic test equipment to any person in Belarus is prohibited, and as a German manufacturer we are bound by these EU restrictive measures. The same applies to spare parts and calibration services.

Kind regards,
Sabine Vogt
Export Compliance
Halberg Messtechnik GmbH
Industriestr. 22, 83026 Rosenheim, Germany"""
M("m09", D(2023, 10, 25, 15, 10), ("Sabine Vogt", "export@halberg-messtechnik.example.de"), [L_EN],
  "Your enquiry KMA-40 / Belarus",
  text(T_M09, "iso-8859-1", "quoted-printable"), domain="halberg-messtechnik.example.de", mailer="outlook")

M("n07", D(2023, 10, 27, 8, 15), IT_BE, [ALLSTAFF], "Абнаўленне антывіруса",
  text("""Калегі, у панядзелак 30.10 на ўсіх працоўных станцыях будзе абноўлены антывірус. Кампутары не выключайце на ноч з пятніцы на панядзелак.

Служба ІТ""", "utf-8", "base64"), mailer="rc")

T_M37 = """Кирилл Андреевич, звонила ваша жена, Наталья Сергеевна, просила перезвонить ей на мобильный, когда освободитесь. Она не дозвонилась на внутренний.

Приёмная, Ирина"""
M("m37", D(2023, 10, 30, 11, 48), PRIEM, [L], "Звонок",
  text(T_M37, "windows-1251", "base64"), hcs="windows-1251", mailer="outlook")

# ----------------------------------------------------------------- November 2023

T_M10 = """Кірыл,

Halberg адмовіў канчаткова: санкцыі ЕС, нават каліброўку не зробяць. Калі санкцыі калі-небудзь знімуць, вернемся да іх, а пакуль трэба жыць без KMA-40.

Затое турэцкая фірма «Anka Ölçüm Sistemleri» са Стамбула прапануе аналізатары спектра ўласнай вытворчасці AS-8G, без еўрапейскіх кампанентаў у пераліку. Я папрасіла ў іх камерцыйную прапанову, прыйдзе на гэтым тыдні.
""" + SIG_K_BE
M("m10", D(2023, 11, 1, 10, 0), K, [L_BE], "Аналізатары спектра — Турцыя",
  text(T_M10, "utf-8", "base64"), mailer="tb")

PDF_ANKA = make_pdf([
    "ANKA OLCUM SISTEMLERI A.S.",
    "Ikitelli OSB, Basaksehir, 34490 Istanbul, Turkiye",
    "",
    "QUOTATION Q-2311-047                      Date: 03.11.2023",
    "Customer: Sozh Radioelectronic Plant OJSC, Krychau, Belarus",
    "",
    "Item 1: 3 x AS-8G spectrum analyser, 9 kHz - 8 GHz, made in Turkey",
    "Unit price: EUR 18,400.00       Total: EUR 55,200.00",
    "Delivery: 10 weeks ex works Istanbul",
    "Payment: 50 % advance, 50 % before shipment",
    "Validity: 60 days",
    "",
    "Emre Kaplanoglu, Export Sales Director",
])
T_M11 = """Dear Ms Kuntsevich,

please find attached our quotation Q-2311-047 for three AS-8G spectrum analysers, produced in our own plant in Istanbul. The AS-8G contains no EU-origin assemblies, and we can deliver it to Belarus without restriction.

We would be glad to show the AS-8G in operation to you, Mr. Kirill Lapitskiy and your General Director, Mr. Viktor Yaroshevich, at our plant in Istanbul.
""" + SIG_EMRE
M("m11", D(2023, 11, 3, 13, 25), EMRE, [K_EN], "Quotation Q-2311-047 - AS-8G spectrum analysers",
  multi("mixed", text(T_M11, "utf-8", "quoted-printable"), att("application/pdf", PDF_ANKA, "ANKA_Q-2311-047.pdf")),
  domain="anka-olcum.example.com.tr", cc=[L_EN], mailer="outlook")

H_M12 = """<html><head><meta charset="utf-8"></head><body>
<p><b>Consulate General of the Republic of Lithuania in Minsk</b><br>Visa Section</p>
<p>NOTIFICATION OF REFUSAL OF A SCHENGEN VISA</p>
<p>Applicant: LAPITSKI KIRYL, date of birth 14.03.1979, nationality: BELARUS, travel document MP4471920</p>
<table border="1" cellpadding="3">
<tr><td>Member State of destination</td><td>Lithuania</td></tr>
<tr><td>Purpose of journey</td><td>visit to family member - daughter, student in Vilnius</td></tr>
<tr><td>Intended date of arrival</td><td>17.11.2023</td></tr>
</table>
<p>The examination of your application of 16.10.2023 has been completed. Your visa has been refused.</p>
<p>Reason: one or more Member States consider you to be a threat to public policy, internal security or public health.</p>
<p>You may appeal this decision within 15 days. The visa fee is not refunded.</p>
</body></html>"""
M("m12", D(2023, 11, 6, 14, 0), ("Visa Section", "visa.minsk@consulate.example.lt"), [("LAPITSKI KIRYL", "k.lapitski@srez.example.by")],
  "Visa application LTU-MSQ-2023-118224: decision",
  html(H_M12, "utf-8", "quoted-printable"), domain="consulate.example.lt", mailer="web")

T_M13 = """Кирюша,

раз тебе визу не дали, поеду к Ане одна. Автобус Минск — Вильнюс 17 ноября утром, обратно 20-го вечером. Отвезу ей зимние вещи и лекарства.

Не расстраивайся, в следующий раз что-нибудь придумаем.

Наташа"""
M("m13", D(2023, 11, 8, 21, 14), NAT, [L], "Вильнюс",
  text(T_M13, "utf-8", "8bit"), domain="mail.example.by", mailer="rc")

T_M14 = """Szanowny Panie Kiryle,

potwierdzam, że Pani Natalia Łapicka, matka naszej studentki Anny Łapickiej (II rok, informatyka stosowana), może odwiedzić córkę w akademiku nr 3 w dniach 17–20 listopada. Przepustka gościnna będzie czekała na portierni.

Przypominam też, że zezwolenie na pobyt czasowy Anny na Litwie jest ważne do 31 sierpnia 2024 r. Wniosek o przedłużenie trzeba złożyć najpóźniej w czerwcu.

Do wiadomości: Pan Kirył Łapicki (ojciec), Pani Natalia Łapicka (matka).

Z poważaniem,
Halina Wojciechowska
koordynatorka ds. studentów zagranicznych
Wileńska Wyższa Szkoła Informatyki Stosowanej
ul. Kalwaryjska 41, Wilno"""
M("m14", D(2023, 11, 14, 12, 30), ("Halina Wojciechowska", "h.wojciechowska@wwsis.example.lt"), [("Kirył Łapicki", "k.lapitski@srez.example.by")],
  "Wizyta u córki - akademik nr 3",
  text(T_M14, "iso-8859-2", "quoted-printable"), domain="wwsis.example.lt", cc=[("Natalia Łapicka", NAT[1])],
  hcs="iso-8859-2", how="q", mailer="tb", loose="001.eml")

M("n08", D(2023, 11, 15, 9, 5), PRAF, [ALLSTAFF], "Экскурсія ў Мір і Нясвіж",
  text("""Паважаныя калегі!

Прафкам арганізуе экскурсію ў Мірскі і Нясвіжскі замкі 2 снежня. Выезд ад заводской прахадной а 6:30. Запіс у прафкаме да 24 лістапада, кошт для членаў прафсаюза — 15 рублёў.

Прафкам""", "utf-8", "base64"), mailer="rc")

M("n09", D(2023, 11, 20, 8, 0), IT, [ALLSTAFF], "Смена паролей",
  text("""Уважаемые пользователи!

До 30.11.2023 всем необходимо сменить пароль доменной учётной записи (Ctrl+Alt+Del — «Сменить пароль»). Пароль: не менее 10 символов, буквы и цифры.

ИТ-служба""", "windows-1251", "base64"), hcs="windows-1251", mailer="bat")

T_M15 = """Кирюша, вчера поздно вечером вернулась из Вильнюса. Аня в порядке, похудела немного, но бодрая, передаёт тебе привет. Вещи отдала, в общежитие пустили без проблем.

Н."""
M("m15", D(2023, 11, 21, 7, 40), NAT, [L], "вернулась",
  text(T_M15, "utf-8", "base64"), mailer="rc", mid=None, loose="002.eml")

M("n10", D(2023, 11, 28, 16, 30), PRIEM, [HEADS], "Планёрка переносится",
  text("""Уважаемые руководители, планёрка у генерального директора переносится с четверга 30.11 на пятницу 01.12, 8:30, зал заседаний.

Приёмная""", "windows-1251", "quoted-printable"), hcs="windows-1251")

# ----------------------------------------------------------------- December 2023

T_M16 = """Кірыл Андрэевіч,

на складзе не засталося ніводнай лямпы бягучай хвалі УВ-317 для перадатчыкаў П-19. Без іх мы не здадзім вайсковай часці 61944 наступныя два камплекты П-19 у снежні — тэрміны зрываюцца мінімум на квартал.

Расійскі вытворца абяцае толькі ў II квартале. Прашу тэрмінова шукаць, дзе можна хутчэй. Пералік дэфіцыту — у дадатку.
""" + SIG_Z_BE
XLSX_DEF = make_xlsx([("Дэфіцыт", [
    ["Найменне", "Патрэба, шт.", "На складзе, шт.", "Заўвага"],
    ["Лямпа бягучай хвалі УВ-317", 12, 0, "дэфіцыт, спынена здача П-19"],
    ["Раз'ём СНП339-48", 40, 32, "хапае да сакавіка"],
    ["Кандэнсатар К10-17в", 500, 1200, ""],
])])
M("m16", D(2023, 12, 4, 9, 35), Z, [("Лапіцкі Кірыл Андрэевіч", L[1])],
  "Лямпы бягучай хвалі — зрыў тэрмінаў",
  multi("mixed", text(T_M16, "windows-1251", "quoted-printable"), att(XLSX, XLSX_DEF, "defitsyt_snezhan_2023.xlsx")),
  cc=[Y], hcs="utf-8", mailer="outlook")

T_M17_ORIG = """Уважаемые коллеги,

просим ускорить отгрузку 12 ЛБВ УВ-317 по договору № 14/23-П. У нас стоит сдача РЛС П-19, склад пуст.

Лапицкий К.А.
ОАО «СРЭЗ», тел. +375 2241 5-17-32"""
T_M17 = """Уважаемый Кирилл Андреевич!

Сообщаем, что поставка ЛБВ УВ-317 в адрес ОАО «СРЭЗ» по договору № 14/23-П переносится на II квартал 2024 г. из-за полной загрузки производства заказами Министерства обороны РФ. Ранее II квартала отгрузить не сможем.

Начальник отдела сбыта
АО «НПП «Сапфир-Вакуум»»
Е.В. Дорофеева
г. Саратов, тел. +7 8452 39-04-12""" + outlook_block("Лапицкий Кирилл Андреевич [mailto:k.lapitski@srez.example.by]", "Thursday, December 7, 2023 10:11 AM",
                                                   "sbyt@sapfir-vakuum.example.ru", "ЛБВ УВ-317 - ускорить отгрузку", T_M17_ORIG)
M("m17", D(2023, 12, 11, 14, 55), ("Отдел сбыта АО «НПП «Сапфир-Вакуум»»", "sbyt@sapfir-vakuum.example.ru"), [L],
  "RE: ЛБВ УВ-317 - ускорить отгрузку",
  text(T_M17, "windows-1251", "base64"), domain="sapfir-vakuum.example.ru", hcs="windows-1251", mailer="outlook")

M("n11", D(2023, 12, 15, 10, 0), PRAF, [ALLSTAFF], "Навагоднія падарункі дзецям",
  text("""Калегі, навагоднія падарункі для дзяцей да 14 гадоў можна атрымаць у прафкаме з 20 па 27 снежня (каб. 118), з сабой мець пропуск.

Прафкам""", "utf-8", "quoted-printable"), mailer="rc")

T_M18 = """Виктор Леонидович, добрый день!

Рассмотрели Ваше предложение о 30 %. Пойти на него не можем: радиолокационный модуль и наземная станция — самая дорогая часть ОКР. С учётом этого готовы снизить долю СРЭЗ до 40 %, доля ОКБ — 60 %.
""" + SIG_KUD
m18 = M("m18", D(2023, 12, 18, 12, 5), KUD, [Y], "ОКР «Кобчик-12» — финансирование",
        text(T_M18, "koi8-r", "base64"), domain="okb-pustelga.example.ru", cc=[L], hcs="koi8-r", mailer="tb")

T_M19 = """Станислав Олегович,

предлагаем компромисс: 35 % — СРЭЗ, 65 % — ОКБ «Пустельга». Если бы мы взяли на себя ещё и силовую установку, можно было бы говорить о 45 %, но этого мы не потянем.

Если согласны, готовьте протокол.

В.Л. Ярошевич

-----Original Message-----
From: Кудрявцев Станислав Олегович
Sent: Monday, December 18, 2023 12:05 PM
Subject: ОКР «Кобчик-12» — финансирование

""" + T_M18
M("m19", D(2023, 12, 20, 17, 30), Y, [KUD], "RE: ОКР «Кобчик-12» — финансирование",
  text(T_M19, "windows-1251", "quoted-printable"), cc=[L], hcs="windows-1251", reply_to_mid=m18["mid"])

H_N12 = wrap_html("""Уважаемые коллеги!

От всей души поздравляю вас с наступающим Новым 2024 годом и Рождеством! Спасибо за труд в непростом году. Здоровья, счастья и благополучия вам и вашим семьям!

Генеральный директор В.Л. Ярошевич""", "windows-1251")
M("n12", D(2023, 12, 28, 15, 0), Y, [ALLSTAFF], "С Новым годом!",
  html(H_N12, "windows-1251", "base64"), hcs="windows-1251")

# ----------------------------------------------------------------- January 2024

M("n13", D(2024, 1, 10, 17, 20), ("Global Sourcing Webinars", "events@gsw.example.com"), [L_EN],
  "Webinar: Supply chain resilience in 2024",
  alt("""Join our free webinar "Supply chain resilience in 2024" on 25 January, 15:00 CET.

Topics: dual sourcing, inventory buffers, logistics risks.

Register: gsw.example.com/r/2401""", "utf-8", "base64"), domain="gsw.example.com", mailer="web")

DOCX_PROT = make_docx([
    "ПРОТОКОЛ № 3",
    "согласования условий совместного выполнения опытно-конструкторской работы «Кобчик-12»",
    "г. Смоленск — г. Кричев, 12 января 2024 г.",
    "1. ОАО «Сожский радиоэлектронный завод» (Республика Беларусь) и АО «ОКБ «Пустельга»» (Российская Федерация) совместно выполняют ОКР по созданию малоразмерного разведывательного БЛА «Кобчик-12».",
    "2. Финансирование ОКР: ОАО «Сожский радиоэлектронный завод» — 35 %, АО «ОКБ «Пустельга»» — 65 %.",
    "3. Настоящий протокол заменяет условия финансирования, предложенные письмами от 20.09.2023 и 18.12.2023.",
    "4. Лётные испытания опытного образца — март 2024 г., г. Смоленск.",
], table=[
    ["От АО «ОКБ «Пустельга»»", "От ОАО «Сожский радиоэлектронный завод»"],
    ["Заместитель генерального конструктора С.О. Кудрявцев", "Генеральный директор В.Л. Ярошевич"],
])
T_M20 = """Виктор Леонидович,

направляю подписанный с нашей стороны протокол № 3 о распределении работ и финансирования ОКР «Кобчик-12» (в архиве). Просим подписать и вернуть скан.
""" + SIG_KUD
M("m20", D(2024, 1, 15, 10, 10), KUD, [Y], "Протокол № 3 по ОКР «Кобчик-12»",
  multi("mixed", text(T_M20, "koi8-r", "quoted-printable"),
        att("application/zip", make_zip([("Protocol_3_Kobchik-12.docx", DOCX_PROT)]), "Protocol_3_Kobchik-12.zip")),
  domain="okb-pustelga.example.ru", cc=[L], hcs="koi8-r", mailer="tb")

T_M21 = """Киря, привет!

Рады были повидать вас с Наташей на Рождество, дом сразу опустел, как уехали. Приезжайте летом на Десну, места всем хватит.

Главная новость: я наконец получил российский паспорт. Белорусское гражданство прекратил — теперь я только гражданин России, так проще с работой на заводе и с ипотекой.

Обнимаю, твой брат Андрей"""
m21 = M("m21", D(2024, 1, 22, 20, 3), AND, [("Кирилл", L[1])], "Новости из Брянска",
        text(T_M21, "windows-1251", "8bit", label=False), domain="mail.example.ru", hcs="koi8-r", mailer="web", loose="003.eml")

T_M22 = """Андрей, поздравляю с паспортом!

Ещё раз спасибо за приём в прошлом месяце: мы с женой до сих пор вспоминаем Брянск и твои шашлыки. Летом вряд ли вырвемся — у Ани сессия и продление вида на жительство в Литве.

Брат Кирилл

22.01.2024 20:03, Андрей Лапицкий пишет:
""" + quote_lines(T_M21)
M("m22", D(2024, 2, 5, 19, 45), ("Кирилл Лапицкий", L[1]), [AND], "Re: Новости из Брянска",
  text(T_M22, "utf-8", "base64"), reply_to_mid=m21["mid"], mailer="tb")

XLSX_PHONES = make_xlsx([("Справочник", [
    ["ФИО", "Должность", "Подразделение", "Внутр. тел."],
    ["Ярошевич В.Л.", "генеральный директор", "дирекция", "5-10-01"],
    ["Ждановский А.П.", "главный конструктор", "ОГК", "5-11-09"],
    ["Кунцевич А.В.", "начальник отдела", "отдел внешнеэкономических связей", "5-20-14"],
    ["Лапицкий К.А.", "инженер по комплектации", "ОМТС", "5-17-32"],
    ["Рудь Т.И.", "главный бухгалтер", "бухгалтерия", "5-12-00"],
    ["Мельник О.С.", "начальник отдела", "ОМТС", "5-17-30"],
])])
M("n14", D(2024, 1, 25, 9, 30), IT, [ALLSTAFF], "Новый внутренний телефонный справочник",
  multi("mixed", text("""Коллеги, в приложении — обновлённый внутренний телефонный справочник на 2024 год. Просьба сообщать об ошибках в ИТ-службу.

ИТ-служба, тел. 5-10-00""", "windows-1251", "base64"), att(XLSX, XLSX_PHONES, "spravochnik_2024.xlsx")),
  hcs="windows-1251", mailer="bat")

# ----------------------------------------------------------------- February 2024

M("n15", D(2024, 2, 9, 11, 0), KADRY, [HEADS], "График отпусков на 2024 год",
  text("""Уважаемые руководители!

До 16 февраля прошу согласовать с сотрудниками и передать в отдел кадров график трудовых отпусков на 2024 год.

Инспектор отдела кадров
С.М. Богданович""", "windows-1251", "quoted-printable"), hcs="windows-1251")

DOCX_ORDER = make_docx([
    "ААТ «Сожскі радыёэлектронны завод»",
    "ЗАГАД № 57-к ад 19.02.2024",
    "Аб камандзіроўцы",
    "Камандзіраваць у г. Смаленск (Расійская Федэрацыя), АА «ДКБ «Пустальга»», з 11 па 15 сакавіка 2024 г. для ўдзелу ў лётных выпрабаваннях доследнага ўзору БЛА «Кобчык-12»:",
    "1. Ярашэвіча Віктара Леанідавіча — генеральнага дырэктара;",
    "2. Жданоўскага Аляксандра Пятровіча — галоўнага канструктара.",
    "Праезд — службовым аўтамабілем. Выдаткі — за кошт сродкаў ДКР «Кобчык-12».",
    "Намеснік генеральнага дырэктара па кадрах                І.М. Сасноўская",
])
T_M23 = """Кірыл,

для ведама — загад па камандзіроўцы ў Смаленск. Табе трэба да 6 сакавіка адправіць у «Пустальгу» два макетныя радыёлакацыйныя модулі і камплект кабеляў, каб паспелі да выпрабаванняў.
""" + SIG_K_BE
M("m23", D(2024, 2, 20, 15, 15), K, [L_BE], "Загад — камандзіроўка ў Смаленск",
  multi("mixed", text(T_M23, "utf-8", "quoted-printable"), att(DOCX, DOCX_ORDER, "Загад_57-к_Смаленск.docx")),
  mailer="tb")

M("n16", D(2024, 2, 22, 9, 0), PRAF, [ALLSTAFF], "З Днём абаронцаў Айчыны!",
  text("""Дарагія мужчыны! Прафкам віншуе вас з Днём абаронцаў Айчыны і Узброеных Сіл Рэспублікі Беларусь. Святочны канцэрт — 22 лютага а 16:00 у актавай зале.

Прафкам""", "utf-8", "base64"), mailer="rc")

T_N17 = """Добрый день!

Направляем подписанный акт приёмки выполненных работ № 7 по ремонту обзорного аэродромного радиолокатора. Специалистам Сожского радиоэлектронного завода спасибо за сроки. Замечаний нет, радиолокатор введён в эксплуатацию на аэродроме гражданской авиации. Оплата — в течение 20 банковских дней.

Главный инженер РУП «Аэропорт «Полесье»»
Г.Н. Лозовик"""
M("n17", D(2024, 2, 27, 13, 40), ("РУП «Аэропорт «Полесье»»", "tech@polesie-airport.example.by"), [L],
  "Акт приёмки № 7 — обзорный радиолокатор",
  text(T_N17, "windows-1251", "base64"), domain="polesie-airport.example.by", cc=[HEADS], hcs="windows-1251")

# ----------------------------------------------------------------- March 2024

M("n18", D(2024, 3, 7, 9, 0), PRAF, [ALLSTAFF], "С 8 Марта!",
  html(wrap_html("""Милые женщины!

Поздравляем вас с Международным женским днём! Весеннего настроения, любви и тепла!

Профком и администрация ОАО «СРЭЗ»""", "utf-8"), "utf-8", "base64"), mailer="rc")

M("n19", D(2024, 3, 12, 14, 5), ("ЧУП «ТонерСервис»", "office@toner.example.by"), [L],
  "Счёт № 44 — заправка картриджей",
  text("""Добрый день! Направляем счёт № 44 от 12.03.2024 за заправку 18 картриджей (отдел снабжения, ОГК, бухгалтерия). Сумма 486,00 BYN.

ЧУП «ТонерСервис», г. Кричев""", "windows-1251", "8bit"), domain="toner.example.by", hcs="windows-1251", mailer="web")

T_M24 = """Кірыл Андрэевіч,

вярнуліся са Смаленска ў пятніцу ўвечары. Лётныя выпрабаванні «Кобчыка-12» прайшлі: наш радыёлакацыйны модуль адпрацаваў усе шэсць палётаў без адмоў. Віктар Леанідавіч задаволены, расійскі бок таксама.

Дзякуй за своечасова адпраўленыя модулі.
""" + SIG_Z_BE
M("m24", D(2024, 3, 18, 8, 40), Z, [("Лапіцкі Кірыл Андрэевіч", L[1])], "Смаленск — вынікі выпрабаванняў",
  text(T_M24, "windows-1251", "base64"), cc=[K], hcs="utf-8", mailer="outlook")

T_M25 = """Dear Mr. Lapitski,

we are glad that the LX7K325 and LXA1610 samples passed your incoming inspection and the tests in the P-19 signal processing unit.

We would be happy to welcome you at our factory in Shenzhen in April to discuss the serial supply.
""" + SIG_VIV
m25 = M("m25", D(2024, 3, 25, 5, 50), VIV, [L_EN], "LX7K325 samples - test results and visit",
        text(T_M25, "utf-8", "base64"), domain="lianxin-micro.example.cn", mailer="web")

# ----------------------------------------------------------------- April 2024

T_M26 = """Dear Vivian,

unfortunately our visit to Shenzhen in April will not take place: the management did not approve the trip (we would have flown via Moscow, which is too long for a three-day visit). Please send 20 more samples of the LX7K325 by courier. We are preparing an order for 200 pcs of the LX7K325 and 200 pcs of the LXA1610.
""" + SIG_L_EN + outlook_block("Vivian Liang [mailto:vivian.liang@lianxin-micro.example.cn]", "Monday, March 25, 2024 5:50 AM",
                               "Kiryl Lapitski", "LX7K325 samples - test results and visit", T_M25)
M("m26", D(2024, 4, 3, 11, 20), L_EN, [VIV], "RE: LX7K325 samples - test results and visit",
  text(T_M26, "utf-8", "quoted-printable"), reply_to_mid=m25["mid"])

T_N20 = """ПРИКАЗ № 88-к от 08.04.2024

Командировать Лапицкого Кирилла Андреевича, инженера по комплектации ОМТС, в г. Минск с 16 по 18 апреля 2024 г. для участия в выставке «Электроника-Беларусь 2024» и переговоров с белорусскими поставщиками, с заездом 19 апреля в г. Барановичи (ОАО «Барановичский кабельный комбинат»).

Отдел кадров"""
M("n20", D(2024, 4, 8, 14, 0), KADRY, [L], "Приказ о командировке (Минск, Барановичи)",
  text(T_N20, "windows-1251", "base64"), hcs="windows-1251")

M("n21", D(2024, 4, 15, 8, 10), IT_BE, [ALLSTAFF], "Адключэнне электраэнергіі ў корпусе 2",
  text("""Калегі, 17.04 з 12:00 да 15:00 у корпусе 2 будзе адключана электраэнергія (планавыя работы ў падстанцыі). Захавайце дакументы і выключыце кампутары.

Служба ІТ""", "utf-8", "quoted-printable"), mailer="rc")

T_M27 = """Кірыл,

кіраўніцтва зацвердзіла: на майскія ляцім з табой у Стамбул, на завод «Анкі» — паглядзець AS-8G у працы і падпісаць кантракт. Квіткі і гатэль бярэ канцылярыя.

Праверце пашпарты: тэрмін дзеяння павінен быць не менш за паўгода.
""" + SIG_K_BE
M("m27", D(2024, 4, 22, 12, 0), K, [L_BE], "Стамбул",
  text(T_M27, "utf-8", "base64"), mailer="tb")

T_M27B = """Кірыл, пацверджанне з гатэля — для ведама.

---------- Forwarded message ---------
From: Reservations <reservations@bosphorus-hotel.example.com.tr>
Date: Wed, 24 Apr 2024 at 10:02
Subject: Booking confirmation BH-558120

Dear Ms Olesia Kuntsevich,

we are pleased to confirm your reservation:
Guests: Ms Olesia Kuntsevich, Mr Kirill Lapitskii
Arrival: 01.05.2024, Departure: 05.05.2024
2 single rooms, Bosphorus Business Hotel, Başakşehir, Istanbul
Airport transfer from IST included.

Reservations team"""
M("m27b", D(2024, 4, 24, 11, 40), K, [L_BE], "Fwd: Booking confirmation BH-558120",
  text(T_M27B, "utf-8", "quoted-printable"), mailer="tb")

M("n22", D(2024, 4, 26, 10, 0), KADRY, [ALLSTAFF], "Режим работы в праздничные дни",
  text("""Уважаемые сотрудники!

В связи с праздниками 1 и 9 мая — выходные дни. Рабочая суббота 18 мая, по графику рабочего дня.

Отдел кадров""", "windows-1251", "base64"), hcs="windows-1251")

# ----------------------------------------------------------------- May 2024

M("n23", D(2024, 5, 8, 9, 0), Y, [ALLSTAFF], "С Днём Победы!",
  html(wrap_html("""Уважаемые коллеги, ветераны завода!

Поздравляю вас с Днём Победы! Вечная память павшим, здоровья и мира всем нам.

В.Л. Ярошевич""", "windows-1251"), "windows-1251", "quoted-printable"), hcs="windows-1251")

T_M28 = """Виктор Леонидович!

Докладываю по итогам поездки в Стамбул (Турция), совместно с А.В. Кунцевич:

1. На заводе Anka Ölçüm Sistemleri осмотрели производство анализаторов спектра AS-8G, проверили метрологические характеристики на нашем эталоне.
2. Подписан контракт на поставку трёх анализаторов AS-8G взамен немецких KMA-40, которые нам не продают из-за санкций ЕС.
3. Срок поставки — 10 недель, оплата 50/50.

К.А. Лапицкий"""
M("m28", D(2024, 5, 13, 9, 15), L, [Y], "Служебная записка: итоги поездки в Стамбул",
  text(T_M28, "windows-1251", "quoted-printable"), cc=[("Кунцевич Алеся Владимировна", K[1])], hcs="windows-1251")

T_M29 = """Киря, привет!

У нас тут смешная история: новый заместитель губернатора Брянской области — Лапицкий Кирилл Андреевич, твой полный тёзка! Только ему 66 лет и он коренной брянский, в Беларуси никогда не жил. На работе все спрашивают, не родственник ли.

Твой брат Андрей"""
M("m29", D(2024, 5, 20, 21, 30), AND, [("Кирилл", L[1])], "Тёзка",
  text(T_M29, "koi8-r", "base64"), domain="mail.example.ru", hcs="koi8-r", mailer="web")

M("n24", D(2024, 5, 27, 7, 0), ("Electronics Supply Digest", "news@esdigest.example.com"), [L_EN],
  "Electronics Supply Digest - May 2024",
  alt("""Electronics Supply Digest - May 2024

Semiconductor distributors report shorter lead times for microcontrollers. Prices for DRAM continue to rise.

Unsubscribe: esdigest.example.com/u""", "utf-8", "quoted-printable"), domain="esdigest.example.com", mailer="web")

# ----------------------------------------------------------------- June 2024

T_M30 = """Кірыл Андрэевіч,

зборка бартавых радыёлакацыйных модуляў для «Кобчыка-12» спынена: няма раз'ёмаў СНП339-48. Расійскі завод-вытворца адгружае з затрымкай пяць месяцаў, на складзе нуль.

Без раз'ёмаў не здадзім і два камплекты 55Ж6 «Неба-У» для расійскага заказчыка. Шукай, калі ласка, у любых пастаўшчыкоў, хоць па дзесяць штук.
""" + SIG_Z_BE
M("m30", D(2024, 6, 3, 10, 25), Z, [("Лапіцкі Кірыл Андрэевіч", L[1])], "Раз'ёмы СНП339 — зборка спынена",
  text(T_M30, "utf-8", "8bit"), cc=[Y], mailer="outlook")

T_M31 = """Папа, привет!

Сессию почти сдала, осталось два экзамена. Вид на жительство продлила до августа 2025 года — я всё ещё просто временный житель, а не гражданка Литвы, не переживай :) Мой белорусский паспорт действует до 2027 года, так что с ним тоже всё в порядке.

Маме скажи, что посылку получила.

Целую, твоя Аня"""
M("m31", D(2024, 6, 10, 18, 12), ("Anna Łapicka", ANNA[1]), [("Tėtis", L[1])], "Sesija",
  text(T_M31, "utf-8", "quoted-printable"), domain="stud.example.lt", mailer="web")

M("n25", D(2024, 6, 17, 11, 0), BUH, [ALLSTAFF], "Заработная плата за июнь",
  text("""Уважаемые сотрудники! Заработная плата за первую половину июня будет перечислена 21.06 в связи с выходным днём.

Бухгалтерия""", "windows-1251", "base64"), hcs="windows-1251", mailer="bat")

T_M32 = """Виктор Леонидович, добрый день!

По итогам лётных испытаний «Кобчика-12» утвердили план второго этапа ОКР (доработка линии передачи данных, испытания на дальность). Напоминаю: распределение финансирования остаётся прежним — 35 % СРЭЗ, 65 % ОКБ «Пустельга», как в протоколе № 3.
""" + SIG_KUD
M("m32", D(2024, 6, 24, 15, 0), KUD, [Y], "ОКР «Кобчик-12» — второй этап",
  text(T_M32, "koi8-r", "8bit"), domain="okb-pustelga.example.ru", cc=[L], hcs="koi8-r", mailer="tb")

# ----------------------------------------------------------------- July 2024

M("n26", D(2024, 7, 2, 9, 0), PRAF, [ALLSTAFF], "З Днём Незалежнасці!",
  html(wrap_html("""Паважаныя калегі!

Віншуем вас з Днём Незалежнасці Рэспублікі Беларусь! Міру, дабрабыту і добрага адпачынку ў святочныя дні.

Прафкам ААТ «СРЭЗ»""", "utf-8"), "utf-8", "quoted-printable"), mailer="rc")

T_M33 = """Dear Mr. Lapitski,

thank you for contract LX-2024-0611 for 200 pcs of the LX7K325 and 200 pcs of the LXA1610. The goods will be shipped from Shenzhen by air to Minsk on 19 July. Consignee: OJSC Sozh Radio-Electronic Plant, Krychau, Belarus. Please arrange customs clearance on your side.
""" + SIG_VIV
M("m33", D(2024, 7, 8, 4, 15), VIV, [L_EN], "Contract LX-2024-0611 - shipment",
  text(T_M33, "utf-8", "base64"), domain="lianxin-micro.example.cn", cc=[K_EN], mailer="web")

H_N27 = wrap_html("""Вестник радиолокации — июль 2024

АО «Нижегородский радиозавод «Волга»» завершило модернизацию партии РЛС для Министерства обороны России и приступило к серийному ремонту станций «Каста-2Е2».

Белорусские и российские предприятия обсудили на форуме в Минске импортозамещение электронной компонентной базы.

Отписаться от рассылки: vestnik.example.ru/u""", "utf-8")
M("n27", D(2024, 7, 15, 8, 0), ("Вестник радиолокации", "news@vestnik.example.ru"), [L],
  "Вестник радиолокации — июль 2024",
  html(H_N27, "utf-8", "base64"), domain="vestnik.example.ru", mailer="web")

M("n28", D(2024, 7, 22, 16, 45), IT, [ALLSTAFF], "Обновление 1С",
  text("""Коллеги, 24.07 с 18:00 будет выполнено обновление конфигурации 1С:Предприятие. Просьба завершить работу в базе до 18:00.

ИТ-служба""", "windows-1251", "quoted-printable"), hcs="windows-1251", mailer="bat")

# ----------------------------------------------------------------- August 2024

T_M35 = """Kiryl,

Alaksandr Piatrovič z nastupnaha tydnia ŭ adpačynku na dva tydni - liacić z žonkaj Irynaj u Vjetnam, u Niačanh, praz Maskvu. Usie pytanni pa raz'jomach i "Kobčyku" pakul - praz mianie.

Alesia Kuncevič
(dasłana z telefona)"""
M("m35", D(2024, 8, 2, 13, 30), ("Alesia Kuncevič", K[1]), [("Kiryl Lapicki", L[1])], "Adpačynak A.P. Ždanoŭskaha",
  text(T_M35, "utf-8", "quoted-printable"), mailer="tb")

T_M36_INNER = """Уважаемый Александр Петрович!

Подтверждаем бронирование № TB-240806-17.

Туристы: ZHDANOUSKI ALIAKSANDR, ZHDANOUSKAYA IRYNA
Маршрут: Минск (MSQ) — Москва (SVO) — Камрань (CXR), вылет 06.08.2024, пересадка в Шереметьево без выхода в город.
Отель: Sea Pearl Resort, Нячанг, Вьетнам, 06.08–18.08.2024, двухместный номер.
Обратный вылет 18.08.2024 через Москву.

Туроператор «ТурБел», г. Могилёв, тел. +375 222 64-11-05"""
m36_inner = dict(key="m36i", date=D(2024, 8, 1, 17, 0), frm=("ТурБел", "booking@turbel.example.by"),
                 to=[("Ждановский Александр", Z[1])], cc=[], subject="Подтверждение бронирования TB-240806-17",
                 body=text(T_M36_INNER, "utf-8", "base64"), mid=MID("m36i", "turbel.example.by"), mailer="web")
T_M36 = """Кірыл Андрэевіч, каб ведалі: мяне не будзе з 6 па 18 жніўня, ляцім з Ірынай адпачываць. Па раз'ёмах — да Алесі Уладзіміраўны.

А.П."""
M("m36", D(2024, 8, 5, 9, 5), Z, [("Лапіцкі Кірыл Андрэевіч", L[1])], "Fw: Подтверждение бронирования TB-240806-17",
  multi("mixed", text(T_M36, "utf-8", "base64"), rfc822(build(m36_inner))), mailer="outlook", loose="004.eml")

M("n29", D(2024, 8, 12, 15, 30), PRIEM, [HEADS], "Совещание по закупкам 15.08",
  text("""Уважаемые коллеги, совещание по закупкам комплектующих на IV квартал — 15.08 в 10:00, зал заседаний. Ответственные — ОМТС и ОГК.

Приёмная""", "windows-1251", "base64"), hcs="windows-1251")

M("n30", D(2024, 8, 26, 3, 12), ("Parcel Service", "noreply@parcel-track.example.net"), [L_EN],
  "Your parcel is waiting for delivery",
  alt("""Dear customer,

your parcel could not be delivered because of an unpaid customs fee of 1.99 EUR. Please confirm your address within 48 hours.

Parcel Service""", "utf-8", "base64"), domain="parcel-track.example.net", mailer="web")

MESSAGES.sort(key=lambda m: m["date"])


# ----------------------------------------------------------------- watchlist

WATCHLIST = [
    {"id": "wl-by-0631", "schema": "Person", "caption": "YARASHEVICH, Viktar Leanidavich",
     "properties": {"name": ["YARASHEVICH, Viktar Leanidavich"],
                    "alias": ["Ярошевич Виктор Леонидович", "Ярашэвіч Віктар Леанідавіч", "YAROSHEVICH, Viktor Leonidovich"],
                    "birthDate": ["1962-04-17"], "nationality": ["by"],
                    "position": ["General Director, Sozh Radioelectronic Plant OJSC"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-0632", "schema": "Person", "caption": "YARASHEVICH, Viktar Anatolevich",
     "properties": {"name": ["YARASHEVICH, Viktar Anatolevich"], "alias": ["Ярошевич Виктор Анатольевич"],
                    "birthDate": ["1975-11-02"], "nationality": ["by"],
                    "position": ["Chairman of a district executive committee, Gomel Oblast"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-0877", "schema": "Company", "caption": "SOZH RADIOELECTRONIC PLANT OJSC",
     "properties": {"name": ["SOZH RADIOELECTRONIC PLANT OJSC"],
                    "alias": ["ОАО «Сожский радиоэлектронный завод»", "ААТ «Сожскі радыёэлектронны завод»", "SREZ"],
                    "jurisdiction": ["by"], "address": ["Krychau, Mogilev Oblast"],
                    "sector": ["repair of radar and air-defence equipment"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-0878", "schema": "Company", "caption": "SOZHPRIBOR OJSC",
     "properties": {"name": ["SOZHPRIBOR OJSC"], "alias": ["ОАО «Сожприбор»"], "jurisdiction": ["by"],
                    "address": ["Gomel"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-4410", "schema": "Company", "caption": "OKB PUSTELGA JSC",
     "properties": {"name": ["OKB PUSTELGA JSC"],
                    "alias": ["АО «ОКБ «Пустельга»»", "АО «Опытно-конструкторское бюро «Пустельга»»", "PUSTELGA DESIGN BUREAU"],
                    "jurisdiction": ["ru"], "address": ["Smolensk, Russia"], "sector": ["unmanned aerial vehicles"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ru-4415", "schema": "Company", "caption": "PUSTELGA-SERVIS LLC",
     "properties": {"name": ["PUSTELGA-SERVIS LLC"], "alias": ["ООО «Пустельга-Сервис»"], "jurisdiction": ["ru"],
                    "address": ["Kazan, Republic of Tatarstan"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-5102", "schema": "Person", "caption": "LAPITSKIY, Kirill Andreevich",
     "properties": {"name": ["LAPITSKIY, Kirill Andreevich"], "alias": ["Лапицкий Кирилл Андреевич"],
                    "birthDate": ["1958-02-11"], "nationality": ["ru"],
                    "position": ["Deputy Governor, Bryansk Oblast"]}, "datasets": ["watchlist"]},
    {"id": "wl-cn-0215", "schema": "Company", "caption": "SHENZHEN LIANXING TECHNOLOGY CO., LTD.",
     "properties": {"name": ["SHENZHEN LIANXING TECHNOLOGY CO., LTD."], "jurisdiction": ["cn"],
                    "address": ["Longgang District, Shenzhen"]}, "datasets": ["watchlist"]},
]

# ----------------------------------------------------------------- truth

ENT = [
    ("p_lapitski", "Person", "Kiryl Lapitski", [
        "Лапицкий Кирилл Андреевич", "Кирилл Лапицкий", "К.А. Лапицкий", "Лапицкий К.А.", "Лапицкого Кирилла Андреевича",
        "Кирилл Андреевич", "Кирилл", "Кирюша", "Киря", "Лапіцкі Кірыл", "Лапіцкі Кірыл Андрэевіч", "Кірыл", "Кірыл Андрэевіч",
        "Kiryl Lapitski", "Mr. Lapitski", "LAPITSKI KIRYL", "Kirył Łapicki", "Kiryle", "Mr Lapizki",
        "Kirill Lapitskiy", "Mr. Kirill Lapitskiy", "Kirill Lapitskii", "Mr Kirill Lapitskii", "Kiryl Lapicki", "Kiryl"],
     {"email": ["k.lapitski@srez.example.by"], "birthDate": ["1979-03-14"]}),
    ("p_natallia", "Person", "Natallia Lapitskaya", [
        "Наталья Лапицкая", "Наталья Сергеевна", "Наташа", "Наташей", "Natalia Łapicka"],
     {"email": ["natasha.lapitskaya@mail.example.by"]}),
    ("p_anna", "Person", "Anna Lapitskaya", [
        "Anna Łapicka", "Anny Łapickiej", "Anny", "Аня", "Ане", "Ани"],
     {"email": ["anna.lapicka@stud.example.lt"]}),
    ("p_andrei", "Person", "Andrei Lapitsky", ["Андрей Лапицкий", "Андрей"],
     {"email": ["andrei.lapitsky@mail.example.ru"]}),
    ("p_yarashevich", "Person", "Viktar Yarashevich", [
        "Ярошевич Виктор Леонидович", "В.Л. Ярошевич", "Ярошевич В.Л.", "Виктор Леонидович", "Ярашэвіча Віктара Леанідавіча",
        "Віктар Леанідавіч", "Viktor Yaroshevich", "Mr. Viktor Yaroshevich"],
     {"email": ["director@srez.example.by"]}),
    ("p_zhdanouski", "Person", "Aliaksandr Zhdanouski", [
        "Жданоўскі Аляксандр Пятровіч", "А.П. Жданоўскі", "Жданоўскага Аляксандра Пятровіча",
        "Аляксандр Пятровіч", "Александр Петрович", "Ждановский Александр Петрович", "Ждановский А.П.", "Ждановский Александр",
        "ZHDANOUSKI ALIAKSANDR", "Alaksandr Piatrovič", "A.P. Ždanoŭskaha"],
     {"email": ["a.zhdanouski@srez.example.by"]}),
    ("p_iryna", "Person", "Iryna Zhdanouskaya", ["ZHDANOUSKAYA IRYNA", "Ірынай", "Irynaj"], {}),
    ("p_kuntsevich", "Person", "Alesia Kuntsevich", [
        "Кунцэвіч Алеся Уладзіміраўна", "Алеся Кунцэвіч", "Алеся", "Алеся Владимировна", "Кунцевич Алеся Владимировна",
        "Кунцевич А.В.", "А.В. Кунцевич", "Алесі Уладзіміраўны", "Alesia Kuntsevich", "Ms Kuntsevich", "Olesia Kuntsevich",
        "Ms Olesia Kuntsevich", "Alesia Kuncevič"],
     {"email": ["a.kuntsevich@srez.example.by"]}),
    ("p_kudryavtsev", "Person", "Stanislav Kudryavtsev", [
        "Кудрявцев Станислав Олегович", "С.О. Кудрявцев", "Станислав Олегович"],
     {"email": ["s.kudryavtsev@okb-pustelga.example.ru"]}),
    ("p_liang", "Person", "Liang Wenjing", ["Vivian Liang", "Liang Wenjing", "Ms. Liang", "Vivian"],
     {"email": ["vivian.liang@lianxin-micro.example.cn"]}),
    ("p_kaplanoglu", "Person", "Emre Kaplanoğlu", ["Emre Kaplanoglu", "Emre Kaplanoğlu"],
     {"email": ["e.kaplanoglu@anka-olcum.example.com.tr"]}),
    ("o_srez", "Company", "Sozh Radioelectronic Plant OJSC", [
        "ОАО «Сожский радиоэлектронный завод»", 'ОАО "Сожский радиоэлектронный завод"', "Сожский радиоэлектронный завод",
        "Сожского радиоэлектронного завода", "ААТ «Сожскі радыёэлектронны завод»", "Сожскі радыёэлектронны завод",
        "СРЭЗ", "ОАО «СРЭЗ»", "ААТ «СРЭЗ»", "Sozh Radioelectronic Plant OJSC", "Sozh Radioelectronic Plant",
        "OJSC Sozh Radio-Electronic Plant"], {"country": ["by"]}),
    ("o_okb", "Company", "OKB Pustelga JSC", [
        "АО «ОКБ «Пустельга»»", "ОКБ «Пустельга»", 'АО "ОКБ "Пустельга""', 'ОКБ "Пустельга"', "АА «ДКБ «Пустальга»»",
        "ДКБ «Пустальга»", "Пустельга", "Пустальга", "Пустальгу"], {"country": ["ru"]}),
    ("o_lianxin", "Company", "Shenzhen Lianxin Microelectronics Co., Ltd.", [
        "Shenzhen Lianxin Microelectronics Co., Ltd.", "Shenzhen Lianxin Microelectronics", "Lianxin"], {"country": ["cn"]}),
    ("o_anka", "Company", "Anka Ölçüm Sistemleri A.Ş.", [
        "Anka Ölçüm Sistemleri A.Ş.", "Anka Ölçüm Sistemleri", "Anka Olcum Sistemleri", "ANKA OLCUM SISTEMLERI A.S.", "Анкі"],
     {"country": ["tr"]}),
]

F = []


def finding(kind, summary, subjects, attributes, evidence):
    F.append({"kind": kind, "summary": summary, "subjects": subjects, "attributes": attributes, "evidence": evidence})


finding("military_maintenance",
        "SREZ overhauls and modernises P-19 and 5N84A Oborona-14 radars and repairs Osa-AKM radar modules for military unit 61944 of the Belarusian Air Force and Air Defence Forces.",
        ["o_srez"], {"platforms": ["p-19", "5n84a", "oborona-14", "osa-akm"], "customer_country": "by"}, [
            ("m02", "капитальный ремонт с модернизацией РЛС П-19 (8 комплектов) и 5Н84А «Оборона-14» (2 комплекта) для войсковой части 61944 (ВВС и войска ПВО Вооружённых Сил Республики Беларусь)"),
            ("m02", "войсковой ремонт радиолокационных модулей ЗРК «Оса-АКМ» для той же войсковой части"),
            ("m02", "в/ч 61944 ВС Республики Беларусь"),
            ("m16", "Без іх мы не здадзім вайсковай часці 61944 наступныя два камплекты П-19 у снежні"),
        ])
finding("military_maintenance",
        "SREZ repairs 55Zh6 Nebo-U radars and PRV-13 height finders under a contract with the Russian Ministry of Defence (military unit 05714).",
        ["o_srez"], {"platforms": ["55zh6", "nebo-u", "prv-13"], "customer_country": "ru"}, [
            ("m02", "ремонт РЛС 55Ж6 «Небо-У» (3 комплекта) и радиовысотомеров ПРВ-13 (4 шт.) по контракту с Министерством обороны Российской Федерации, получатель — войсковая часть 05714."),
            ("m02", "Министерство обороны Российской Федерации, в/ч 05714"),
            ("m30", "Без раз'ёмаў не здадзім і два камплекты 55Ж6 «Неба-У» для расійскага заказчыка."),
        ])
finding("joint_development",
        "SREZ and OKB Pustelga (Smolensk) jointly develop the Kobchik-12 small reconnaissance UAV; SREZ pays 35 % (first proposed 50 %, then 40 %).",
        ["o_srez", "o_okb"], {"product": ["kobchik-12", "kobchyk-12", "kobcik-12"], "partner_country": "ru", "funding_share": 0.35}, [
            ("m03", 'выполнить опытно-конструкторскую работу по созданию малоразмерного разведывательного беспилотного летательного аппарата "Кобчик-12"'),
            ("m04", "пересылаю предложение ОКБ «Пустельга» по «Кобчику-12»"),
            ("m18", "готовы снизить долю СРЭЗ до 40 %, доля ОКБ - 60 %."),
            ("m19", "предлагаем компромисс: 35 % — СРЭЗ, 65 % — ОКБ «Пустельга»."),
            ("m20", "Финансирование ОКР: ОАО «Сожский радиоэлектронный завод» — 35 %, АО «ОКБ «Пустельга»» — 65 %."),
            ("m23", "для ўдзелу ў лётных выпрабаваннях доследнага ўзору БЛА «Кобчык-12»"),
            ("m24", "Лётныя выпрабаванні «Кобчыка-12» прайшлі: наш радыёлакацыйны модуль адпрацаваў усе шэсць палётаў без адмоў."),
            ("m30", "зборка бартавых радыёлакацыйных модуляў для «Кобчыка-12» спынена"),
            ("m32", 'распределение финансирования остаётся прежним - 35 % СРЭЗ, 65 % ОКБ "Пустельга"'),
        ])
finding("sanctions_obstacle",
        "SREZ can no longer obtain US-made FPGAs and ADCs: US export controls (EAR) on a military end user in Belarus.",
        ["o_srez"], {"origin_country": "us", "goods": "fpgas and adcs"}, [
            ("m01", "Тавары амерыканскай вытворчасці падпадаюць пад экспартны кантроль ЗША (Export Administration Regulations)"),
            ("m01", "ПЛІС і АЦП з ЗША для блокаў апрацоўкі сігналу П-19 мы больш не атрымаем."),
            ("m05", "US-origin FPGAs are no longer available to your plant"),
            ("m06", "since our former US-made FPGAs and ADCs are blocked by US export controls"),
        ])
finding("sanctions_obstacle",
        "Halberg Messtechnik (Germany) refuses to sell KMA-40 spectrum analysers, spare parts and calibration to SREZ under EU sanctions on Belarus.",
        ["o_srez"], {"origin_country": "de", "goods": "spectrum analysers"}, [
            ("m09", "Under Council Regulation (EC) No 765/2006 as amended, the sale of such electronic test equipment to any person in Belarus is prohibited"),
            ("m10", "Halberg адмовіў канчаткова: санкцыі ЕС, нават каліброўку не зробяць."),
            ("m28", "взамен немецких KMA-40, которые нам не продают из-за санкций ЕС"),
        ])
finding("alternative_supplier",
        "In place of the US parts SREZ tested and bought Chinese LX7K325 FPGAs and LXA1610 ADCs from Shenzhen Lianxin Microelectronics (the grey-market offer of Falcon Crest was turned down).",
        ["o_srez", "o_lianxin"], {"supplier_country": "cn", "goods": "fpgas and adcs"}, [
            ("m05", "Shenzhen Lianxin Microelectronics manufactures the LX7K325, a domestic Chinese FPGA that is pin-compatible with the parts you are using"),
            ("m06", "we are interested in the LX7K325 and LXA1610"),
            ("m08", "Предлагаю отказаться и продолжать работу с Lianxin"),
            ("m08b", "Працуем з Lianxin."),
            ("m25", "the LX7K325 and LXA1610 samples passed your incoming inspection"),
            ("m26", "We are preparing an order for 200 pcs of the LX7K325 and 200 pcs of the LXA1610."),
            ("m33", "thank you for contract LX-2024-0611 for 200 pcs of the LX7K325 and 200 pcs of the LXA1610"),
        ])
finding("alternative_supplier",
        "In place of the German analysers SREZ bought three Turkish AS-8G spectrum analysers from Anka Ölçüm Sistemleri, Istanbul.",
        ["o_srez", "o_anka"], {"supplier_country": "tr", "goods": "spectrum analysers"}, [
            ("m10", "турэцкая фірма «Anka Ölçüm Sistemleri» са Стамбула прапануе аналізатары спектра ўласнай вытворчасці AS-8G"),
            ("m11", "please find attached our quotation Q-2311-047 for three AS-8G spectrum analysers"),
            ("m11", "Item 1: 3 x AS-8G spectrum analyser, 9 kHz - 8 GHz, made in Turkey"),
            ("m27", "на завод «Анкі» — паглядзець AS-8G у працы і падпісаць кантракт"),
            ("m28", "Подписан контракт на поставку трёх анализаторов AS-8G взамен немецких KMA-40"),
        ])
finding("equipment_shortage",
        "No UV-317 travelling-wave tubes for P-19 transmitters: the Russian maker delays delivery to Q2 2024, handover of P-19 sets slips by a quarter.",
        ["o_srez"], {"goods": "travelling-wave tubes"}, [
            ("m16", "на складзе не засталося ніводнай лямпы бягучай хвалі УВ-317 для перадатчыкаў П-19"),
            ("m16", "дэфіцыт, спынена здача П-19"),
            ("m17", "поставка ЛБВ УВ-317 в адрес ОАО «СРЭЗ» по договору № 14/23-П переносится на II квартал 2024 г."),
        ])
finding("equipment_shortage",
        "No SNP339 connectors: assembly of Kobchik-12 radar modules stopped and Nebo-U repair delayed.",
        ["o_srez"], {"goods": "connectors"}, [
            ("m30", "няма раз'ёмаў СНП339-48. Расійскі завод-вытворца адгружае з затрымкай пяць месяцаў, на складзе нуль."),
        ])
finding("foreign_travel",
        "Kiryl Lapitski and his wife Natallia visited his brother in Bryansk, Russia, at Orthodox Christmas, January 2024.",
        ["p_lapitski", "p_natallia"], {"country": "ru", "start": "2024-01", "place": "Bryansk", "purpose": "visit to brother"}, [
            ("m21", "Рады были повидать вас с Наташей на Рождество"),
            ("m22", "Ещё раз спасибо за приём в прошлом месяце: мы с женой до сих пор вспоминаем Брянск"),
        ])
finding("foreign_travel",
        "Natallia Lapitskaya went alone by bus to Vilnius, Lithuania, 17-20 November 2023 to visit her daughter (her husband's Schengen visa was refused).",
        ["p_natallia"], {"country": "lt", "start": "2023-11", "place": "Vilnius", "purpose": "visit to daughter"}, [
            ("m13", "Автобус Минск — Вильнюс 17 ноября утром, обратно 20-го вечером."),
            ("m14", "może odwiedzić córkę w akademiku nr 3 w dniach 17-20 listopada"),
            ("m15", "вчера поздно вечером вернулась из Вильнюса"),
        ])
finding("foreign_travel",
        "Yarashevich and Zhdanouski travelled to OKB Pustelga in Smolensk, Russia, 11-15 March 2024 for the Kobchik-12 flight tests.",
        ["p_yarashevich", "p_zhdanouski"], {"country": "ru", "start": "2024-03", "place": "Smolensk", "purpose": "uav flight tests"}, [
            ("m23", "Камандзіраваць у г. Смаленск (Расійская Федэрацыя), АА «ДКБ «Пустальга»», з 11 па 15 сакавіка 2024 г."),
            ("m24", "вярнуліся са Смаленска ў пятніцу ўвечары"),
        ])
finding("foreign_travel",
        "Lapitski and Kuntsevich travelled to Istanbul, Turkey, over the May holidays (1-5 May 2024) to see the Anka plant and sign the contract.",
        ["p_lapitski", "p_kuntsevich"], {"country": "tr", "start": "2024-05", "place": "Istanbul", "purpose": "supplier visit and contract"}, [
            ("m27", "на майскія ляцім з табой у Стамбул"),
            ("m27b", "Arrival: 01.05.2024, Departure: 05.05.2024"),
            ("m28", "Докладываю по итогам поездки в Стамбул (Турция), совместно с А.В. Кунцевич:"),
        ])
finding("foreign_travel",
        "Zhdanouski and his wife Iryna holidayed in Nha Trang, Vietnam, 6-18 August 2024 (changing planes in Moscow).",
        ["p_zhdanouski", "p_iryna"], {"country": "vn", "start": "2024-08", "place": "Nha Trang", "purpose": "holiday"}, [
            ("m35", "liacić z žonkaj Irynaj u Vjetnam, u Niačanh, praz Maskvu"),
            ("m36", "Отель: Sea Pearl Resort, Нячанг, Вьетнам, 06.08–18.08.2024, двухместный номер."),
            ("m36", "мяне не будзе з 6 па 18 жніўня"),
        ])
finding("citizenship", "Kiryl Lapitski is a citizen of Belarus.", ["p_lapitski"], {"countries": ["by"]}, [
    ("m12", "Applicant: LAPITSKI KIRYL, date of birth 14.03.1979, nationality: BELARUS"),
])
finding("citizenship", "Anna Lapitskaya holds a Belarusian passport (only a temporary residence permit in Lithuania).",
        ["p_anna"], {"countries": ["by"]}, [
            ("m31", "Мой белорусский паспорт действует до 2027 года"),
        ])
finding("citizenship", "Andrei Lapitsky gave up Belarusian citizenship and is now only a citizen of Russia.",
        ["p_andrei"], {"countries": ["ru"]}, [
            ("m21", "Белорусское гражданство прекратил — теперь я только гражданин России"),
        ])
finding("family_relation", "Natallia Lapitskaya is Kiryl Lapitski's wife.", ["p_lapitski", "p_natallia"], {"relationship": "spouse"}, [
    ("m37", "звонила ваша жена, Наталья Сергеевна"),
    ("m22", "мы с женой до сих пор вспоминаем Брянск"),
])
finding("family_relation", "Anna, a student in Vilnius, is Kiryl Lapitski's daughter.", ["p_lapitski", "p_anna"], {"relationship": "child"}, [
    ("m14", "Do wiadomości: Pan Kirył Łapicki (ojciec)"),
    ("m31", "Папа, привет!"),
    ("m31", "Целую, твоя Аня"),
    ("m12", "visit to family member - daughter, student in Vilnius"),
])
finding("family_relation", "Anna is Natallia Lapitskaya's daughter.", ["p_natallia", "p_anna"], {"relationship": "child"}, [
    ("m14", "Pani Natalia Łapicka, matka naszej studentki Anny Łapickiej"),
])
finding("family_relation", "Andrei, in Bryansk, is Kiryl Lapitski's brother.", ["p_lapitski", "p_andrei"], {"relationship": "sibling"}, [
    ("m21", "Обнимаю, твой брат Андрей"),
    ("m22", "Брат Кирилл"),
    ("m29", "Твой брат Андрей"),
])
finding("family_relation", "Iryna is Aliaksandr Zhdanouski's wife (told by Kuntsevich).", ["p_zhdanouski", "p_iryna"], {"relationship": "spouse"}, [
    ("m35", "liacić z žonkaj Irynaj"),
])
finding("employment", "Kiryl Lapitski is a procurement engineer in the supply department of SREZ.", ["p_lapitski", "o_srez"],
        {"role": "procurement engineer"}, [
            ("m08", "инженер по комплектации отдела материально-технического снабжения"),
            ("m06", "Procurement Engineer, Material Supply Department"),
            ("n14", "инженер по комплектации"),
            ("n20", "Командировать Лапицкого Кирилла Андреевича, инженера по комплектации ОМТС"),
        ])
finding("employment", "Viktar Yarashevich is general director of SREZ.", ["p_yarashevich", "o_srez"], {"role": "general director"}, [
    ("m20", "Генеральный директор В.Л. Ярошевич"),
    ("m23", "1. Ярашэвіча Віктара Леанідавіча — генеральнага дырэктара;"),
    ("m11", "your General Director, Mr. Viktor Yaroshevich"),
    ("n12", "Генеральный директор В.Л. Ярошевич"),
])
finding("employment", "Aliaksandr Zhdanouski is chief designer of SREZ.", ["p_zhdanouski", "o_srez"], {"role": "chief designer"}, [
    ("m16", "галоўны канструктар ААТ «Сожскі радыёэлектронны завод»"),
    ("m23", "2. Жданоўскага Аляксандра Пятровіча — галоўнага канструктара."),
    ("n14", "главный конструктор"),
])
finding("employment", "Alesia Kuntsevich heads the foreign economic relations department of SREZ.", ["p_kuntsevich", "o_srez"],
        {"role": "head of foreign economic relations department"}, [
            ("m01", "начальнік аддзела знешнеэканамічных сувязяў"),
            ("m23", "начальнік аддзела знешнеэканамічных сувязяў"),
        ])
finding("employment", "Stanislav Kudryavtsev is deputy general designer of OKB Pustelga.", ["p_kudryavtsev", "o_okb"],
        {"role": "deputy general designer"}, [
            ("m03", "заместитель генерального конструктора"),
            ("m20", "Заместитель генерального конструктора С.О. Кудрявцев"),
        ])
finding("employment", "Vivian Liang (Liang Wenjing) is overseas sales manager of Shenzhen Lianxin Microelectronics.", ["p_liang", "o_lianxin"],
        {"role": "overseas sales manager"}, [
            ("m05", "Overseas Sales Manager"),
            ("m25", "Overseas Sales Manager"),
        ])
finding("employment", "Emre Kaplanoğlu is export sales director of Anka Ölçüm Sistemleri.", ["p_kaplanoglu", "o_anka"],
        {"role": "export sales director"}, [
            ("m11", "Export Sales Director"),
        ])
finding("watchlist_match", "Viktar Yarashevich is on the watchlist as YARASHEVICH, Viktar Leanidavich (not the namesake Viktar Anatolevich).",
        ["p_yarashevich"], {"list": "watchlist", "entry_id": "wl-by-0631", "score": 1.0}, [
            ("m02", "В.Л. Ярошевич"), ("m03", "Виктор Леонидович"), ("m04", "В.Л. Ярошевич"), ("m11", "Mr. Viktor Yaroshevich"),
            ("m19", "В.Л. Ярошевич"), ("m20", "Генеральный директор В.Л. Ярошевич"), ("m23", "Ярашэвіча Віктара Леанідавіча"),
            ("m24", "Віктар Леанідавіч"), ("m28", "Виктор Леонидович"),
        ])
finding("watchlist_match", "Sozh Radioelectronic Plant is on the watchlist as SOZH RADIOELECTRONIC PLANT OJSC.",
        ["o_srez"], {"list": "watchlist", "entry_id": "wl-by-0877", "score": 1.0}, [
            ("m01", "ААТ «Сожскі радыёэлектронны завод»"), ("m02", "ОАО «Сожский радиоэлектронный завод»"),
            ("m03", 'ОАО "Сожский радиоэлектронный завод"'), ("m06", "Sozh Radioelectronic Plant OJSC"),
            ("m11", "Customer: Sozh Radioelectronic Plant OJSC, Krychau, Belarus"),
            ("m17", "ОАО «СРЭЗ»"), ("m20", "ОАО «Сожский радиоэлектронный завод»"), ("m33", "OJSC Sozh Radio-Electronic Plant"),
        ])
finding("watchlist_match", "OKB Pustelga is on the watchlist as OKB PUSTELGA JSC (not Pustelga-Servis of Kazan).",
        ["o_okb"], {"list": "watchlist", "entry_id": "wl-ru-4410", "score": 1.0}, [
            ("m03", 'АО "ОКБ "Пустельга""'), ("m04", "ОКБ «Пустельга»"), ("m19", "ОКБ «Пустельга»"),
            ("m20", "АО «ОКБ «Пустельга»»"), ("m23", "АА «ДКБ «Пустальга»»"), ("m32", 'ОКБ "Пустельга"'),
        ])

TRUTH = {
    "entities": [{"id": i, "schema": s, "name": n, "names": sorted(set(ns)), "properties": p} for i, s, n, ns, p in ENT],
    "findings": F,
}


def mboxrd_escape(raw):
    out = []
    for line in raw.split(b"\n"):
        if re.match(rb"^>*From ", line):
            line = b">" + line
        out.append(line)
    return b"\n".join(out)


def main():
    mbox = b""
    loose_dir = os.path.join(HERE, "loose")
    os.makedirs(loose_dir, exist_ok=True)
    ids = {}
    for seq, m in enumerate(MESSAGES, 1):
        m["seq"] = seq
        raw = build(m)
        key = m["key"]
        if m.get("loose"):
            path = os.path.join(loose_dir, m["loose"])
            with open(path, "wb") as fh:
                fh.write(raw)
            ids[key] = m.get("mid") or "<sha256:%s>" % hashlib.sha256(raw).hexdigest()
        else:
            sender = m["frm"][1]
            stamp = m["date"].astimezone(dt.timezone.utc).strftime("%a %b %d %H:%M:%S %Y")
            mbox += f"From {sender} {stamp}\n".encode() + mboxrd_escape(raw) + b"\n"
            ids[key] = m["mid"]
    with open(os.path.join(HERE, "mailbox.mbox"), "wb") as fh:
        fh.write(mbox)
    with open(os.path.join(HERE, "watchlist.ftm.json"), "w", encoding="utf-8") as fh:
        for e in WATCHLIST:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    truth = {"format": "paperchase.findings/1", "entities": TRUTH["entities"], "findings": []}
    for i, f in enumerate(TRUTH["findings"], 1):
        f = dict(f)
        f["id"] = "f-%03d" % i
        f["evidence"] = [{"message_id": ids[k], "quote": q} for k, q in f["evidence"]]
        f.setdefault("confidence", 1.0)
        truth["findings"].append(f)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{len(MESSAGES)} messages, {len(truth['findings'])} findings, {len(truth['entities'])} entities")


if __name__ == "__main__":
    main()
