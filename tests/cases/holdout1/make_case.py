#!/usr/bin/env python3
"""Generate the holdout1 evaluation case for paperchase (fictional throughout).

    /work/main/.venv/bin/python make_case.py

Writes mailbox.mbox, loose/*.eml, watchlist.ftm.json and truth.json next to
this script. Needs python-docx and openpyxl; everything else is stdlib.
Every surface form of a true entity goes through n(), every evidence quote
through q(), so truth.json is built from the same strings as the mail.
"""
import base64
import hashlib
import io
import json
import quopri
import zipfile
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

import docx
import openpyxl

HERE = Path(__file__).resolve().parent
TZ = timezone(timedelta(hours=3))

# ---------------------------------------------------------------- truth model
ENT = {}
MENTIONS = {}
FIND = {}
CUR = [None]


def ent(eid, schema, name, props=None):
    ENT[eid] = {"id": eid, "schema": schema, "name": name, "names": set(), "properties": props or {}}
    MENTIONS[eid] = []


def n(eid, form):
    ENT[eid]["names"].add(form)
    if CUR[0] and CUR[0] not in MENTIONS[eid]:
        MENTIONS[eid].append(CUR[0])
    return form


def finding(fid, kind, subjects, attributes, summary):
    FIND[fid] = {"id": fid, "kind": kind, "summary": summary, "subjects": subjects,
                 "attributes": attributes, "evidence": [], "confidence": 1.0}


def q(fid, text):
    ev = {"message_id": CUR[0], "quote": text}
    if ev not in FIND[fid]["evidence"]:
        FIND[fid]["evidence"].append(ev)
    return text


# ---------------------------------------------------------------- MIME writing
COUNTER = [0]


def new_mid(domain):
    COUNTER[0] += 1
    h = hashlib.sha256(f"holdout1-{COUNTER[0]}".encode()).hexdigest()[:16]
    return f"<{h}@{domain}>"


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(who, charset="utf-8"):
    """who: (eid or None, display, address)"""
    eid, disp, mail = who
    if eid:
        n(eid, disp)
    if not disp:
        return mail
    try:
        disp.encode("ascii")
        return f'"{disp}" <{mail}>' if ("," in disp or "." in disp) else f"{disp} <{mail}>"
    except UnicodeEncodeError:
        return f"{Header(disp, charset).encode()} <{mail}>"


def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode()


def text_part(text, subtype="plain", charset="utf-8", cte="base64", label=True):
    raw = text.encode(charset)
    ct = f"text/{subtype}" + (f'; charset="{charset}"' if label else "")
    if cte == "base64":
        body = b64lines(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    return (f"Content-Type: {ct}\nContent-Transfer-Encoding: {cte}\n\n").encode() + body + b"\n"


def bin_part(data, ctype, filename):
    try:
        filename.encode("ascii")
        disp = f'attachment; filename="{filename}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        disp = f"attachment; filename*=utf-8''{quote(filename)}"
    return (f"Content-Type: {ctype}; name=\"{filename if filename.isascii() else 'attachment'}\"\n"
            f"Content-Transfer-Encoding: base64\nContent-Disposition: {disp}\n\n").encode() + b64lines(data) + b"\n"


def rfc822_part(raw, filename):
    return (f'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="{filename}"\n\n').encode() + raw + b"\n"


def multipart(parts, subtype="mixed"):
    bnd = "==hb_" + hashlib.md5(b"".join(parts)).hexdigest()[:20]
    out = f'Content-Type: multipart/{subtype}; boundary="{bnd}"\n\nThis is a multi-part message in MIME format.\n'.encode()
    for p in parts:
        out += f"--{bnd}\n".encode() + p
    out += f"--{bnd}--\n".encode()
    return out


MAILBOX = []   # (from_addr, date, raw)
LOOSE = []     # raw
T0 = datetime(2024, 1, 9, 9, 0, tzinfo=TZ)


class Msg:
    def __init__(self, frm, to, subject, when, domain=None, cc=None, charset_hdr="utf-8",
                 reply_to=None, mailer="Microsoft Outlook 16.0", no_mid=False):
        self.frm, self.to, self.cc = frm, to, cc or []
        self.subject, self.when = subject, when
        self.domain = domain or frm[2].split("@")[1]
        self.mid = None if no_mid else new_mid(self.domain)
        CUR[0] = self.mid
        self.charset_hdr = charset_hdr
        self.reply_to = reply_to
        self.mailer = mailer

    def headers(self):
        h = [f"From: {addr(self.frm, self.charset_hdr)}",
             "To: " + ", ".join(addr(t, self.charset_hdr) for t in self.to)]
        if self.cc:
            h.append("Cc: " + ", ".join(addr(t, self.charset_hdr) for t in self.cc))
        h.append(f"Subject: {hdr(self.subject, self.charset_hdr)}")
        h.append(f"Date: {format_datetime(self.when)}")
        if self.mid:
            h.append(f"Message-ID: {self.mid}")
        if self.reply_to:
            h.append(f"In-Reply-To: {self.reply_to}")
            h.append(f"References: {self.reply_to}")
        h.append("MIME-Version: 1.0")
        h.append(f"X-Mailer: {self.mailer}")
        return ("\n".join(h) + "\n").encode()

    def build(self, body_part):
        self.raw = self.headers() + body_part
        return self

    def post(self, loose=False):
        if loose:
            LOOSE.append(self.raw)
        else:
            MAILBOX.append((self.frm[2], self.when, self.raw))
        return self.mid


def make_docx(paras):
    d = docx.Document()
    for p in paras:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def make_xlsx(rows, title="Лист1"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def make_zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            z.writestr(name, data)
    return buf.getvalue()


def make_pdf(lines):
    """One page, Helvetica, Latin-1 text layer; one Tj per line."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 50 790 Td 14 TL\n" + "\n".join(f"({esc(l)}) Tj T*" for l in lines) + "\nET"
    cbytes = content.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(cbytes)).encode() + b" >>\nstream\n" + cbytes + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def day(d, h=10, m=0):
    return datetime(2024, int(d.split("-")[0]), int(d.split("-")[1]), h, m, tzinfo=TZ)


# ---------------------------------------------------------------- cast
ent("p_zhybul", "Person", "Anton Zhybul")
ent("p_straltsou", "Person", "Stanislau Straltsou")
ent("p_ina", "Person", "Ina Straltsova")
ent("p_hleb", "Person", "Hleb Straltsou")
ent("p_veranika", "Person", "Veranika Straltsova")
ent("p_surmach", "Person", "Pavel Surmach")
ent("p_rudzko", "Person", "Zhanna Rudzko")
ent("p_oksana", "Person", "Oksana Melnychuk")
ent("p_sabitov", "Person", "Ildar Sabitov")
ent("p_tang", "Person", "Tang Xiaowei")
ent("o_szbo", "Company", "Sozh Onboard Equipment Plant")
ent("o_sigma", "Company", "Sigma-Avionika Design Bureau")
ent("o_ruixin", "Company", "Chengdu Ruixin Test Instruments Co., Ltd.")
ent("o_ege", "Company", "Ege Hassas Elektronik A.S.")

D = "szbo.example.by"
ZHYBUL = ("p_zhybul", "Антон Жибуль", f"a.zhybul@{D}")
ZHYBUL_BE = ("p_zhybul", "Антон Жыбуль", f"a.zhybul@{D}")
ZHYBUL_EN = ("p_zhybul", "Anton Zhybul", f"a.zhybul@{D}")
ZHYBUL_X = (None, "", f"a.zhybul@{D}")
SURMACH = ("p_surmach", "Сурмач Павел Игнатьевич", f"p.surmach@{D}")
SURMACH_BE = ("p_surmach", "Павел Сурмач", f"p.surmach@{D}")
RUDZKO = ("p_rudzko", "Рудько Жанна Олеговна", f"zh.rudzko@{D}")
RUDZKO_EN = ("p_rudzko", "Zhanna Rudzko", f"zh.rudzko@{D}")
DIRECTOR = ("p_straltsou", "Стрельцов С.Б.", f"director@{D}")
INA = ("p_ina", "Инна Стрельцова", "ina.streltsova@mail.example.by")
OKSANA = ("p_oksana", "Оксана Мельничук", "oksana.melnychuk@poczta.example.pl")
SABITOV = ("p_sabitov", "Сабитов Ильдар Маратович", "sabitov@sigma-avionika.example.ru")
TANG = ("p_tang", "Tang Xiaowei", "tang.xw@ruixin-test.example.cn")
KANC = (None, "Канцылярыя ААТ СЗБО", f"kanc@{D}")
IT = (None, "ИТ-отдел", f"it@{D}")
STOLOVAYA = (None, "Сталовая №2", f"kombinat@{D}")
PROF = (None, "Прафкам", f"profkom@{D}")
KADRY = (None, "Отдел кадров", f"kadry@{D}")
SNAB = (None, "ОМТС", f"omts@{D}")
PDO = (None, "Производственно-диспетчерский отдел", f"pdo@{D}")

# ---------------------------------------------------------------- findings
finding("f-01", "military_maintenance", ["o_szbo"], {"platforms": ["su-27", "l-39"], "customer_country": "kz"},
        "SZBO repairs avionics (navigation systems, instruments) of Su-27 fighters and L-39 trainers for the Kazakhstan Ministry of Defence.")
finding("f-02", "military_maintenance", ["o_szbo"], {"platforms": ["mi-24", "mi-24p", "ka-27", "ka-27pl"], "customer_country": "ru"},
        "SZBO repairs onboard equipment of Mi-24P and Ka-27PL helicopters for the Russian Ministry of Defence.")
finding("f-03", "joint_development", ["o_szbo", "o_sigma"],
        {"product": ["pnk-21", "krechet", "krechat"], "partner_country": "ru", "funding_share": 0.45},
        "SZBO and OKB Sigma-Avionika (Kazan) jointly develop the PNK-21 'Krechet' flight-navigation suite; SZBO's share was raised from 35 % to 45 %.")
finding("f-04", "sanctions_obstacle", ["o_szbo"], {"origin_country": "jp", "goods": "spectrum analyzers and signal generators"},
        "Kitamura Sokki (Japan) refused to sell spectrum analyzers and signal generators under Japanese sanctions against Belarus.")
finding("f-05", "sanctions_obstacle", ["o_szbo"], {"origin_country": "ch", "goods": "micro-motors"},
        "Brunnmatt Präzision AG (Switzerland) refused to supply micro-motors for gyro sensors under the Swiss sanctions ordinance.")
finding("f-06", "alternative_supplier", ["o_szbo", "o_ruixin"], {"supplier_country": "cn", "goods": "spectrum analyzers"},
        "Chengdu Ruixin (China) offered RX-8040 spectrum analyzers in place of the Japanese ones; SZBO agreed to buy two sets.")
finding("f-07", "alternative_supplier", ["o_szbo", "o_ege"], {"supplier_country": "tr", "goods": "micro-motors"},
        "Ege Hassas Elektronik (Izmir, Turkey) offered micro-motors as a replacement for the Swiss ones; SZBO tests samples.")
finding("f-08", "equipment_shortage", ["o_szbo"], {"goods": "gyroscopes"},
        "Repairs stall for lack of gyro units (rate gyros).")
finding("f-09", "equipment_shortage", ["o_szbo"], {"goods": "rom chips"},
        "Repair of the onboard digital computers stopped: no ROM chips.")
finding("f-10", "foreign_travel", ["p_straltsou", "p_ina", "p_hleb", "p_veranika"],
        {"country": "me", "start": "2024-08", "place": "Budva", "purpose": "holiday"},
        "Straltsou with his wife Ina and children Hleb and Veranika holidayed in Budva, Montenegro, 10-24 August 2024 (via Istanbul).")
finding("f-11", "foreign_travel", ["p_surmach", "p_rudzko"],
        {"country": "cn", "start": "2024-04", "place": "Chengdu", "purpose": "supplier visit"},
        "Surmach and Rudzko visited Chengdu Ruixin in Chengdu, China, 15-19 April 2024.")
finding("f-12", "foreign_travel", ["p_oksana"], {"country": "pt", "start": "2024-06", "place": "Porto", "purpose": "holiday"},
        "Oksana Melnychuk (Zhybul's sister, living in Wroclaw) travelled alone to Porto, Portugal, 7-14 June 2024.")
finding("f-13", "citizenship", ["p_surmach"], {"countries": ["by", "ru"]},
        "Surmach holds Belarusian and Russian citizenship (clearance questionnaire).")
finding("f-14", "citizenship", ["p_ina"], {"countries": ["by"]}, "Ina Straltsova holds a Belarusian passport.")
finding("f-15", "citizenship", ["p_oksana"], {"countries": ["ua"]},
        "Oksana Melnychuk is a Ukrainian citizen (she has only a Polish residence card).")
finding("f-16", "family_relation", ["p_straltsou", "p_ina"], {"relationship": "spouse"}, "Ina is Straltsou's wife.")
finding("f-17", "family_relation", ["p_straltsou", "p_hleb"], {"relationship": "child"}, "Hleb is Straltsou's son.")
finding("f-18", "family_relation", ["p_straltsou", "p_veranika"], {"relationship": "child"}, "Veranika is Straltsou's daughter.")
finding("f-19", "family_relation", ["p_zhybul", "p_oksana"], {"relationship": "sibling"}, "Oksana Melnychuk is Anton Zhybul's sister.")
finding("f-20", "employment", ["p_straltsou", "o_szbo"], {"role": "general director"}, "Straltsou is general director of SZBO.")
finding("f-21", "employment", ["p_surmach", "o_szbo"], {"role": "chief engineer"}, "Surmach is chief engineer of SZBO.")
finding("f-22", "employment", ["p_rudzko", "o_szbo"], {"role": "deputy general director for commercial affairs"},
        "Rudzko is deputy general director for commercial affairs of SZBO.")
finding("f-23", "employment", ["p_zhybul", "o_szbo"], {"role": "lead electronics engineer"},
        "Zhybul is lead electronics engineer of the onboard equipment repair shop of SZBO.")
finding("f-24", "employment", ["p_sabitov", "o_sigma"], {"role": "chief designer"}, "Sabitov is chief designer of OKB Sigma-Avionika.")
finding("f-25", "employment", ["p_tang", "o_ruixin"], {"role": "export sales manager"}, "Tang Xiaowei is export sales manager of Chengdu Ruixin.")
finding("f-26", "watchlist_match", ["p_straltsou"], {"list": "watchlist", "entry_id": "wl-by-2207"},
        "Stanislau Straltsou is on the watchlist as STRALTSOU, Stanislau Branislavavich.")
finding("f-27", "watchlist_match", ["o_szbo"], {"list": "watchlist", "entry_id": "wl-by-0671"},
        "Sozh Onboard Equipment Plant is on the watchlist.")
finding("f-28", "watchlist_match", ["o_sigma"], {"list": "watchlist", "entry_id": "wl-ru-4410"},
        "OKB Sigma-Avionika is on the watchlist.")



def sig_zhybul():
    return (f"--\nС уважением,\n{n('p_zhybul', 'А.С. Жибуль')}\n"
            f"{q('f-23', 'ведущий инженер-электроник цеха ремонта бортового оборудования')}\n"
            f"{n('o_szbo', 'ОАО «Сожский завод бортового оборудования»')}\nтел. +375 232 00-41-17\n")


def sig_zhybul_be():
    return (f"--\nЗ павагай,\n{n('p_zhybul', 'А.С. Жыбуль')}\n"
            f"{q('f-23', 'вядучы інжынер-электроннік цэха рамонту бартавога абсталявання')}\n"
            f"{n('o_szbo', 'ААТ «Сожскі завод бартавога абсталявання»')}\n")


# =========================================================== substantive mail

# S1: repair plan 2024 (XLSX)
m = Msg(PDO, [ZHYBUL], "План ремонта изделий на 2024 год", day("01-15", 9, 40), cc=[SURMACH])
rows = [
    ["№", "Тип ЛА", "Изделие", "Кол-во", "Примечание"],
    [1, "Су-27", "ПНК, БЦВМ", 6, q("f-01", "Су-27: ремонт пилотажно-навигационного комплекса, заказчик - Силы воздушной обороны Министерства обороны Республики Казахстан")],
    [2, "Л-39", "приборное оборудование кабины", 10, q("f-01", "Л-39: капремонт приборного оборудования, заказчик - МО Республики Казахстан")],
    [3, "Ми-24П", "БРЭО", 8, q("f-02", "Ми-24П: ремонт БРЭО для Министерства обороны Российской Федерации")],
    [4, "Ка-27ПЛ", "гироагрегаты, навигация", 4, q("f-02", "Ка-27ПЛ: навигационное оборудование, заказчик - МО РФ (авиация ВМФ)")],
    [5, "Ан-2", "авиагоризонты, компасы", 12, "Ан-2: приборы для ОАО «Агроавиасервис» (сельхозавиация)"],
    [6, "Ми-2", "приборы", 5, "Ми-2: ОАО «Агроавиасервис», гражданская регистрация"],
]
body = (f"{n('p_zhybul', 'Антон Сергеевич')}, добрый день.\n\nНаправляем утверждённый план ремонта изделий на 2024 год "
        f"(вложение). Казахстанский заказ (Су-27 и Л-39) идёт в первую очередь, вертолётная тематика для МО РФ - "
        f"со второго квартала.\n\nПДО\n")
m.build(multipart([text_part(body), bin_part(make_xlsx(rows, "План 2024"), XLSX_CT, "plan_remonta_2024.xlsx")])).post()
S1 = m.mid

# S2: order in Belarusian (DOCX), Mi-24P / Ka-27PL for Russia
m = Msg(KANC, [ZHYBUL_BE, SURMACH_BE], "Загад № 41 ад 05.02.2024", day("02-05", 11, 5), charset_hdr="windows-1251")
paras = [
    n("o_szbo", "АДКРЫТАЕ АКЦЫЯНЕРНАЕ ТАВАРЫСТВА «СОЖСКІ ЗАВОД БАРТАВОГА АБСТАЛЯВАННЯ»"),
    "ЗАГАД",
    "05.02.2024 № 41",
    "г. Гомель",
    q("f-02", "Аб арганізацыі рамонту бартавога абсталявання верталётаў Мі-24П і Ка-27ПЛ для Міністэрства абароны Расійскай Федэрацыі"),
    "У мэтах выканання дагавора ад 22.12.2023 № 17-РФ/23 ЗАГАДВАЮ:",
    "1. Арганізаваць у цэху рамонту бартавога абсталявання ўчастак рамонту гіраагрэгатаў і навігацыйнага абсталявання верталётаў.",
    "2. Адказным за выкананне прызначыць " + q("f-23", "вядучага інжынера-электронніка " + n("p_zhybul", "А.С. Жыбуля")) + ".",
    "3. Кантроль за выкананнем загаду ўскласці на " + q("f-21", "галоўнага інжынера " + n("p_surmach", "П.І. Сурмача")) + ".",
    q("f-20", "Генеральны дырэктар") + "\t\t\t" + n("p_straltsou", "С.Б. Стральцоў"),
]
body = "Да ведама і выканання: загад № 41 (у дадатку).\n\nКанцылярыя\n"
m.build(multipart([text_part(body, charset="windows-1251"), bin_part(make_docx(paras), DOCX_CT, "zagad_41.docx")])).post()
S2 = m.mid

# S3: Kazakh customer letter (koi8-r, 8bit)
KZ = (None, "Тулегенов Е.К.", "vch-21644@mil.example.kz")
m = Msg(KZ, [(None, "Приёмная", f"priem@{D}")], "Об ускорении ремонта", day("02-19", 8, 30), charset_hdr="koi8-r",
        cc=[ZHYBUL_X], mailer="Mozilla Thunderbird 115.7")
SZ_Q = 'ОАО "Сожский завод бортового оборудования"'
body = (f"Генеральному директору\n{n('o_szbo', SZ_Q)}\n{n('p_straltsou', 'Стрельцову С.Б.')}\n\n"
        f"Уважаемый {n('p_straltsou', 'Станислав Брониславович')}!\n\n"
        f"В связи с планом лётной подготовки на весну 2024 года {q('f-01', 'просим ускорить ремонт приборного оборудования учебно-боевых самолетов Л-39')}, "
        f"переданного в рамках контракта с Министерством обороны Республики Казахстан, а также "
        f"{q('f-01', 'вернуть до 1 апреля два комплекта навигационного оборудования истребителей Су-27')}.\n\n"
        "Командир войсковой части 21644\nполковник Е. Тулегенов\n")
m.build(text_part(body, charset="koi8-r", cte="8bit")).post()
S3 = m.mid

# S4: Zhybul replies to Surmach quoting S3, gyro shortage
m = Msg(ZHYBUL, [SURMACH], "Re: Об ускорении ремонта", day("02-20", 9, 12), reply_to=S3, charset_hdr="koi8-r",
        mailer="Mozilla Thunderbird 115.7")
body = (f"{n('p_surmach', 'Павел Игнатьевич')},\n\nпо казахам: Л-39 успеваем, приборы в работе. С Су-27 хуже - "
        f"{q('f-08', 'гироагрегатов для навигационных комплексов нет ни одного на складе')}, поставщик обещает не раньше лета. "
        "Два комплекта к 1 апреля не вернем, предлагаю честно им написать.\n\n"
        "> В связи с планом летной подготовки на весну 2024 года просим ускорить ремонт\n"
        "> приборного оборудования учебно-боевых самолетов Л-39\n> \n> Командир войсковой части 21644\n\n"
        f"--\n{n('p_zhybul', 'Жибуль А.С.')}, {q('f-23', 'ведущий инженер-электроник')}\n")
m.build(text_part(body, charset="koi8-r", cte="base64")).post()
S4 = m.mid

# S5 + S6: Japanese refusal, forwarded Outlook-style
KIT = (None, "Export Control Office, Kitamura Sokki", "export-control@kitamura-sokki.example.jp")
m = Msg(KIT, [RUDZKO_EN], "Re: Inquiry No. SZ-2024/07 - spectrum analyzers KSA-3600", day("03-04", 6, 15),
        mailer="Microsoft Outlook 16.0")
jp_text = ("Dear Ms Rudzko,\n\nThank you for your inquiry of 21 February for two KSA-3600 spectrum analyzers and one KSG-40 signal generator.\n\n"
           "We regret to inform you that "
           "under the Foreign Exchange and Foreign Trade Act and the export ban measures adopted by the Government of Japan against the Republic of Belarus, "
           "Kitamura Sokki Co., Ltd. is not in a position to supply these instruments, spare parts or calibration services to your company.\n\n"
           "We appreciate your understanding.\n\nExport Control Office\nKitamura Sokki Co., Ltd., Yokohama\n")
n("p_rudzko", "Ms Rudzko")
q("f-04", "under the Foreign Exchange and Foreign Trade Act and the export ban measures adopted by the Government of Japan against the Republic of Belarus")
m.build(text_part(jp_text, charset="us-ascii", cte="7bit")).post(loose=True)
S5 = m.mid

m = Msg(RUDZKO, [ZHYBUL, SURMACH], "FW: Inquiry No. SZ-2024/07 - spectrum analyzers KSA-3600", day("03-04", 10, 2))
body = (f"Коллеги,\n\n{q('f-04', 'японцы отказали: ни анализаторов спектра, ни генераторов сигналов, ни даже калибровки - санкции Японии')}. "
        "Ищем замену, прошу до пятницы дать минимальные требования к приборам.\n\n"
        f"{n('p_rudzko', 'Ж.О. Рудько')}\n{q('f-22', 'заместитель генерального директора по коммерческим вопросам')}\n\n"
        "-----Original Message-----\nFrom: Export Control Office, Kitamura Sokki <export-control@kitamura-sokki.example.jp>\n"
        "Sent: Monday, March 4, 2024 6:15 AM\nTo: Zhanna Rudzko <zh.rudzko@szbo.example.by>\n"
        "Subject: Re: Inquiry No. SZ-2024/07 - spectrum analyzers KSA-3600\n\n" + jp_text)
n("p_rudzko", "Zhanna Rudzko")
m.build(text_part(body, cte="quoted-printable")).post()
S6 = m.mid

# S7: Chinese offer, QP, invitation
m = Msg(TANG, [RUDZKO_EN], "RX-8040 spectrum analyzer - replacement offer and visit to Chengdu", day("03-22", 12, 40),
        mailer="Foxmail 7.2")
body = ("Dear Ms Rudzko,\n\nFurther to our call: "
        f"{q('f-06', 'our RX-8040 spectrum analyzer and RX-SG20 signal generator are a direct replacement for the Japanese KSA-3600 and KSG-40 you can no longer buy')}. "
        "They accept the same test scripts and we provide Russian-language manuals.\n\n"
        f"{q('f-11', 'We look forward to welcoming Mr Surmach and you at our factory in Chengdu from 15 to 19 April')}; "
        "our driver will meet you at Tianfu airport.\n\nBest regards,\n"
        f"{n('p_tang', 'Tang Xiaowei')}\n{q('f-25', 'Export Sales Manager')}\n{n('o_ruixin', 'Chengdu Ruixin Test Instruments Co., Ltd.')}\n")
n("p_surmach", "Mr Surmach")
m.build(text_part(body, cte="quoted-printable")).post()
S7 = m.mid

# S8: business trip request (cp1251)
m = Msg(SURMACH, [DIRECTOR], "Служебная записка о командировке в КНР", day("03-27", 15, 20), charset_hdr="windows-1251",
        cc=[ZHYBUL])
body = (f"Генеральному директору {n('p_straltsou', 'С.Б. Стрельцову')}\n\n"
        f"Прошу командировать {q('f-11', 'в КНР (г. Чэнду) с 15 по 19 апреля 2024 г. главного инженера П.И. Сурмача и заместителя генерального директора по коммерческим вопросам Ж.О. Рудько')} "
        "для технической приёмки анализаторов спектра фирмы Ruixin и переговоров о поставке.\n\n"
        f"{q('f-21', 'Главный инженер')} {n('p_surmach', 'П.И. Сурмач')}\n")
n("p_surmach", "П.И. Сурмача"); n("p_rudzko", "Ж.О. Рудько"); n("o_ruixin", "Ruixin")
q("f-22", "заместителя генерального директора по коммерческим вопросам Ж.О. Рудько")
m.build(text_part(body, charset="windows-1251", cte="base64")).post()
S8 = m.mid

# S9: report after the trip (utf-8)
m = Msg(RUDZKO, [ZHYBUL, SURMACH], "Итоги поездки в Чэнду", day("04-22", 9, 0))
body = (f"{n('p_zhybul', 'Антон')}, добрый день!\n\n"
        f"{q('f-11', 'Вернулись с Павлом Игнатьевичем из Чэнду')} в субботу. Коротко: "
        f"{q('f-06', 'анализаторы RX-8040 китайской Ruixin нас устраивают, договорились о поставке двух комплектов')} "
        "до конца июня, обучение ваших ребят - по видеосвязи.\n"
        f"Менеджер {n('p_tang', 'Тан Сяовэй')} пришлёт спецификацию на этой неделе.\n\n{n('p_rudzko', 'Жанна')}\n")
n("p_surmach", "Павлом Игнатьевичем"); n("o_ruixin", "Ruixin")
m.build(text_part(body)).post()
S9 = m.mid

# S10 + S11: Swiss refusal forwarded as message/rfc822 with Belarusian comment
BRU = (None, "Lukas Aebischer", "l.aebischer@brunnmatt.example.ch")
inner = Msg(BRU, [ZHYBUL_EN], "Your order request BM-1187 / micro-motors", day("03-12", 14, 5), mailer="Microsoft Outlook 16.0")
ch_text = ("Dear Mr Zhybul,\n\nThank you for your request for 40 micro-motors type BM-0816 and spare gearheads.\n\n"
           f"{q('f-05', 'Unfortunately, Brunnmatt Präzision AG is bound by the Ordinance of 4 March 2022 on Measures in connection with the Situation in Ukraine, which the Swiss Federal Council has extended to Belarus')}. "
           f"{q('f-05', 'We are therefore not permitted to deliver the motors to your company, directly or through intermediaries.')}\n\n"
           "Kind regards\nLukas Aebischer\nSales Eastern Europe\nBrunnmatt Präzision AG, Biel\n")
n("p_zhybul", "Mr Zhybul")
inner.build(text_part(ch_text, cte="quoted-printable"))
S10 = inner.mid
m = Msg(ZHYBUL_BE, [SURMACH_BE], "Fwd: Your order request BM-1187 / micro-motors", day("03-12", 16, 30))
body = (f"{n('p_surmach', 'Павел Ігнатавіч')},\n\n{q('f-05', 'швейцарцы адмовілі ў пастаўцы мікраматораў для гіраскапічных датчыкаў - спасылаюцца на свае санкцыі')}. "
        "Ліст у дадатку. Без гэтых матораў датчыкі ДУС не адрамантуем.\n\n" + sig_zhybul_be())
m.build(multipart([text_part(body), rfc822_part(inner.raw, "Brunnmatt_BM-1187.eml")])).post()
S11 = m.mid

# S12: declined UAE grey offer
FAL = (None, "Rashid Al Mansoori", "sales@falconcrest.example.ae")
m = Msg(FAL, [ZHYBUL_EN], "Original Swiss micro-motors available ex-stock Dubai", day("04-02", 11, 11))
body = ("Dear Anton,\n\nWe understand your Swiss supplier has stopped deliveries. Falcon Crest Trading FZE can supply "
        "genuine Brunnmatt BM-0816 micro-motors from stock in Jebel Ali, re-invoiced through a third country, delivery 3 weeks. "
        "Price on request.\n\nRashid Al Mansoori\nFalcon Crest Trading FZE\n")
n("p_zhybul", "Anton")
m.build(text_part(body, cte="7bit", charset="us-ascii")).post()
S12 = m.mid

m = Msg(DIRECTOR, [RUDZKO, ZHYBUL], "Re: Original Swiss micro-motors available ex-stock Dubai", day("04-03", 8, 50), reply_to=S12)
body = ("Эмиратским посредникам отказать, в серые схемы с реэкспортом не лезем. "
        f"{q('f-05', 'Швейцарские микродвигатели нам больше не продадут')}, значит работаем с турками - "
        f"{q('f-07', 'Жанна Олеговна, запросите у Ege Hassas образцы и цены')}.\n\n"
        f"{n('p_straltsou', 'С.Б. Стрельцов')}\n\n> Falcon Crest Trading FZE can supply genuine Brunnmatt BM-0816 micro-motors from stock in Jebel Ali\n")
n("p_rudzko", "Жанна Олеговна"); n("o_ege", "Ege Hassas")
m.build(text_part(body)).post()
S13 = m.mid

# S14: Turkish offer (English)
EGE = (None, "Selin Kaya", "export@egehassas.example.com.tr")
m = Msg(EGE, [RUDZKO_EN], "Brushless micro-motors EH-M12 - samples", day("04-16", 13, 25))
body = ("Dear Ms Rudzko,\n\n"
        f"{q('f-07', 'Ege Hassas Elektronik A.Ş. of Izmir, Turkey, can offer its EH-M12 brushless micro-motors as a drop-in alternative to the Brunnmatt BM-0816')}. "
        "Three samples will leave Izmir next week by courier; serial prices depend on the quantity.\n\n"
        "Selin Kaya\nExport Department\nEge Hassas Elektronik A.Ş.\n")
n("p_rudzko", "Ms Rudzko"); n("o_ege", "Ege Hassas Elektronik A.Ş.")
m.build(text_part(body, cte="base64")).post()
S14 = m.mid

# S15: Zhybul about Turkish samples (koi8-r)
m = Msg(ZHYBUL, [RUDZKO], "Турецкие образцы", day("05-14", 16, 0), charset_hdr="koi8-r")
body = (f"{n('p_rudzko', 'Жанна Олеговна')},\n\n{q('f-07', 'образцы турецких микродвигателей EH-M12 получили, поставили на стенд')}, "
        "через две недели дам заключение. По габаритам встают без доработки.\n\n"
        f"{n('p_zhybul', 'А.Жибуль')}\n")
m.build(text_part(body, charset="koi8-r", cte="base64")).post()
S15 = m.mid

# S16: Sigma-Avionika proposal, 35 %
m = Msg(SABITOV, [DIRECTOR], "Предложение о совместной разработке ПНК-21", day("01-24", 10, 30), cc=[SURMACH],
        mailer="Yandex.Mail")
body = (f"Уважаемый {n('p_straltsou', 'Станислав Брониславович')}!\n\n"
        f"{n('o_sigma', 'АО «ОКБ «Сигма-Авионика»')} предлагает {q('f-03', 'совместно разработать цифровой пилотажно-навигационный комплекс ПНК-21 «Кречет» для модернизируемых вертолётов')}. "
        f"Разработку бортового вычислителя и индикации берём на себя, {n('o_szbo', 'Сожский завод бортового оборудования')} - гироинерциальный блок и наземное оборудование.\n"
        "Предлагаемое распределение финансирования: 65 % - российская сторона, 35 % - белорусская сторона.\n\n"
        f"{q('f-24', 'Главный конструктор')}\n{n('p_sabitov', 'И.М. Сабитов')}\n{n('o_sigma', 'АО «ОКБ «Сигма-Авионика»')}, г. Казань\n")
m.build(text_part(body, cte="base64")).post()
S16 = m.mid

# S17: Surmach forwards to Zhybul in Belarusian, "> " quoting
m = Msg(SURMACH_BE, [ZHYBUL_BE], "Fwd: Предложение о совместной разработке ПНК-21", day("01-25", 8, 45), charset_hdr="windows-1251")
body = (f"{n('p_zhybul', 'Антон')},\n\nпрачытай. {q('f-03', 'Казанцы прапануюць разам рабіць ПНК-21 «Крэчат»')}, на нас - гіраінерцыяльны блок. "
        "Прыкінь, колькі людзей і стэндаў спатрэбіцца.\n\n"
        f"{n('p_surmach', 'П. Сурмач')}\n\n-------- Перасланае паведамленне --------\n"
        "> АО «ОКБ «Сигма-Авионика» предлагает совместно разработать цифровой пилотажно-навигационный комплекс ПНК-21 «Кречет»\n"
        "> Предлагаемое распределение финансирования: 65 % - российская сторона, 35 % - белорусская сторона.\n")
n("o_sigma", "АО «ОКБ «Сигма-Авионика»")
m.build(text_part(body, charset="windows-1251", cte="quoted-printable")).post()
S17 = m.mid

# S18: supplementary agreement (DOCX), 45 %
m = Msg(SABITOV, [DIRECTOR, SURMACH, ZHYBUL], "Доп. соглашение № 1 по ПНК-21", day("06-11", 14, 10), mailer="Yandex.Mail")
paras = [
    "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 1",
    "к Соглашению о совместной разработке пилотажно-навигационного комплекса ПНК-21 «Кречет» от 18.03.2024",
    f"{n('o_sigma', 'Акционерное общество «Опытно-конструкторское бюро «Сигма-Авионика»')} (Российская Федерация) и "
    f"{n('o_szbo', 'Открытое акционерное общество «Сожский завод бортового оборудования»')} (Республика Беларусь) договорились:",
    q("f-03", "1. Изложить пункт 4.2 Соглашения в следующей редакции: «Доля финансирования ОАО «СЗБО» составляет 45 (сорок пять) процентов, доля АО «ОКБ «Сигма-Авионика» - 55 (пятьдесят пять) процентов»."),
    "2. Остальные условия Соглашения остаются без изменений.",
    f"От АО «ОКБ «Сигма-Авионика»: {q('f-24', 'главный конструктор ' + n('p_sabitov', 'И.М. Сабитов'))}",
    f"От ОАО «СЗБО»: {q('f-20', 'генеральный директор ' + n('p_straltsou', 'С.Б. Стрельцов'))}",
]
n("o_szbo", "ОАО «СЗБО»"); n("o_sigma", "АО «ОКБ «Сигма-Авионика»")
body = (f"{n('p_straltsou', 'Станислав Брониславович')}, направляю подписанный с нашей стороны экземпляр дополнительного соглашения.\n\n"
        f"{n('p_sabitov', 'Ильдар Сабитов')}\n")
m.build(multipart([text_part(body, cte="quoted-printable"), bin_part(make_docx(paras), DOCX_CT, "dop_soglashenie_1_PNK-21.docx")])).post()
S18 = m.mid

# S19: internal summary of final share
m = Msg(SURMACH, [ZHYBUL], "Re: Доп. соглашение № 1 по ПНК-21", day("06-12", 9, 5), reply_to=S18)
body = (f"{n('p_zhybul', 'Антон Сергеевич')},\n\nитак, по «Кречету» окончательно: {q('f-03', 'наша доля финансирования теперь 45 %, а не 35 %, как было в январском письме')}. "
        "Под это пересчитай смету стендов.\n\nП.И.\n")
m.build(text_part(body)).post()
S19 = m.mid

# S20: HTML-only shortage summary
m = Msg(SNAB, [ZHYBUL, SURMACH], "Сводка дефицита комплектующих на 01.05.2024", day("05-02", 11, 30))
html = ("<html><head><meta charset=\"utf-8\"></head><body>"
        "<p>Уважаемые коллеги!</p>"
        f"<p>{q('f-09', 'Ремонт бортовых цифровых вычислителей остановлен: микросхем ПЗУ нет, последняя поставка была в ноябре')}.</p>"
        f"<p>{q('f-08', 'Гироагрегаты ГА-6 и датчики угловых скоростей ДУС - дефицит, ожидание поставки не менее 5 месяцев')}.</p>"
        "<p>Кабель МГТФ, припой ПОС-61, флюс - в наличии.</p><p>ОМТС</p></body></html>")
m.build(text_part(html, subtype="html", cte="base64")).post()
S20 = m.mid

# S21: Zhybul (be) on shortages, QP
m = Msg(ZHYBUL_BE, [SURMACH_BE], "Стан па камплектуючых", day("06-03", 10, 20), charset_hdr="windows-1251")
body = (f"{n('p_surmach', 'Павел Ігнатавіч')},\n\n{q('f-08', 'гіраскопаў ДУС на складзе па-ранейшаму няма')}, дзве сістэмы Су-27 стаяць разабраныя. "
        f"{q('f-09', 'Без мікрасхем ПЗУ вылічальнікі не аднавіць')} - прашу паскорыць закупку хоць бы праз расійскіх дыстрыб’ютараў.\n\n"
        + sig_zhybul_be())
m.build(text_part(body, charset="windows-1251", cte="base64")).post()
S21 = m.mid

# S22: notice of the director's leave abroad, with his application (Belarusian DOCX)
m = Msg(KANC, [ZHYBUL_BE, SURMACH_BE, RUDZKO], "Аб часовым выкананні абавязкаў генеральнага дырэктара", day("07-29", 12, 0),
        charset_hdr="windows-1251")
paras = [
    "Генеральнаму дырэктару холдынга",
    f"ад {q('f-20', 'генеральнага дырэктара ААТ «СЗБО» ' + n('p_straltsou', 'Стральцова Станіслава Браніслававіча'))}",
    "ЗАЯВА",
    q("f-10", "Прашу дазволіць мне выезд за мяжу з 10 па 24 жніўня 2024 г. у Чарнагорыю (г. Будва) з мэтай адпачынку разам з сям’ёй:"),
    q("f-16", "жонка - " + n("p_ina", "Стральцова Іна Віктараўна")) + ", 12.04.1984 г.н., " + q("f-14", "пашпарт грамадзяніна Рэспублікі Беларусь HB4418207") + ";",
    q("f-17", "сын - " + n("p_hleb", "Стральцоў Глеб Станіслававіч")) + ", 14.02.2012 г.н., пасведчанне аб нараджэнні I-ГМ № 0318842;",
    q("f-18", "дачка - " + n("p_veranika", "Стральцова Вераніка Станіславаўна")) + ", 30.09.2016 г.н., пасведчанне аб нараджэнні I-ГМ № 0590217.",
    "Маршрут: Мінск - Стамбул (перасадка) - Тыват - Мінск.",
    "29.07.2024\t\t" + n("p_straltsou", "С.Б. Стральцоў"),
]
n("o_szbo", "ААТ «СЗБО»")
body = (f"Паведамляем, што {q('f-10', 'з 10 па 24 жніўня генеральны дырэктар ' + n('p_straltsou', 'С.Б. Стральцоў') + ' знаходзіцца ў адпачынку за мяжой')}. "
        f"Абавязкі генеральнага дырэктара ў гэты перыяд выконвае галоўны інжынер {n('p_surmach', 'П.І. Сурмач')}.\n\nКанцылярыя\n")
m.build(multipart([text_part(body, charset="windows-1251", cte="base64"), bin_part(make_docx(paras), DOCX_CT, "zajava_adpachynak.docx")])).post()
S22 = m.mid

# S23: wife's chatty mail with hotel PDF (English), transit trap
m = Msg(INA, [ZHYBUL], "бронь отеля, выручай)", day("08-06", 21, 40), mailer="Mail.ru Mobile")
pdf = make_pdf([
    "HOTEL LASTVA BAY - BOOKING CONFIRMATION No. LB-240810-3317",
    "Budva, Montenegro",
    "Check-in: 10 August 2024    Check-out: 24 August 2024",
    "Guests: Mrs Ina Straltsova, Mr Stanislau Straltsou, Hleb Straltsou (12), Veranika Straltsova (7)",
    "Room: Family Suite, sea view, half board",
    "Payment: prepaid in full",
])
n("p_ina", "Mrs Ina Straltsova"); n("p_straltsou", "Mr Stanislau Straltsou"); n("p_hleb", "Hleb Straltsou"); n("p_veranika", "Veranika Straltsova")
q("f-10", "Guests: Mrs Ina Straltsova, Mr Stanislau Straltsou, Hleb Straltsou (12), Veranika Straltsova (7)")
body = (f"Антон, привет! Это {q('f-16', n('p_ina', 'Инна') + ', жена ' + n('p_straltsou', 'Станислава'))}, "
        "он сказал, что ты не откажешь) У нас дома принтер умер, а завтра уже надо всё сдать в турфирму. "
        "Распечатай, пожалуйста, бронь из вложения в двух экземплярах, Станислав заберёт утром.\n\n"
        f"{q('f-10', 'Летим в Будву 10-го всей семьёй')}, через Стамбул, там пересадка почти четыре часа - "
        f"{n('p_hleb', 'Глеб')} с {n('p_veranika', 'Вероникой')} уже планируют, что будут есть в аэропорту))\n\nСпасибо огромное!\n{n('p_ina', 'Инна')}\n")
n("p_zhybul", "Антон"); n("p_straltsou", "Станислав")
m.build(multipart([text_part(body, cte="quoted-printable"), bin_part(pdf, "application/pdf", "Lastva_Bay_LB-240810-3317.pdf")])).post()
S23 = m.mid

# S24: director back (koi8-r)
m = Msg(DIRECTOR, [SURMACH, ZHYBUL, RUDZKO], "Планерка в понедельник", day("08-25", 19, 5), charset_hdr="koi8-r")
body = (f"Коллеги, {q('f-10', 'я вернулся из Черногории')}, в понедельник в 8:30 планерка у меня. "
        "Сурмачу - доклад по Су-27 и гироагрегатам, Жибулю - по турецким двигателям.\n\n"
        f"{n('p_straltsou', 'Стрельцов')}\n")
n("p_surmach", "Сурмачу"); n("p_zhybul", "Жибулю")
m.build(text_part(body, charset="koi8-r", cte="8bit")).post()
S24 = m.mid

# S25: sister from Wroclaw (Ukrainian), residence permit trap
m = Msg(OKSANA, [ZHYBUL], "Новини з Вроцлава", day("05-19", 20, 15), mailer="Gmail")
body = (f"Привіт, {n('p_zhybul', 'Антоне')}!\n\nУ нас усе добре. Нарешті продовжили мені карту побиту ще на три роки, "
        "тепер можу спокійно працювати. Громадянство, звісно, лишається тільки одне - "
        f"{q('f-15', 'я як була громадянкою України, так і є, паспорт український')}.\n\n"
        f"Похвалюсь: {q('f-12', 'з 7 по 14 червня лечу сама до Португалії, в Порту')} - перша відпустка за два роки, без нікого, тільки я і океан.\n\n"
        f"Обіймаю, {q('f-19', 'твоя сестра ' + n('p_oksana', 'Оксана'))}\n")
m.build(text_part(body, cte="base64")).post()
S25 = m.mid

# S26: sister back (cp1251), quoting Anton
m = Msg(OKSANA, [ZHYBUL], "Re: Португалія", day("06-16", 18, 2), charset_hdr="windows-1251", mailer="Gmail")
body = (f"{n('p_zhybul', 'Антоша')}, {q('f-12', 'повернулась з Порту вчора ввечері')}, засмагла і щаслива. Фото скину в месенджер.\n"
        "Мамі передай, що в мене все гаразд.\n\n"
        f"{n('p_oksana', 'Ксеня')}\n\n"
        "> Ну как там океан? Не замерзла?\n> Антон\n")
n("p_zhybul", "Антон")
m.build(text_part(body, charset="windows-1251", cte="quoted-printable")).post()
S26 = m.mid

# S27: Polish visa refusal (trap) + Anton's note to his sister
CONS = (None, "Konsulat Generalny RP w Brzesciu", "wizy@konsulat.example.pl")
m = Msg(CONS, [ZHYBUL_X], "Decision on visa application No. BRE/2024/04/11873", day("04-25", 13, 0))
body = ("Decision on refusal of a national visa\n\nApplicant: " + n("p_zhybul", "ZHYBUL ANTON") + "\nDate of birth: 03.07.1987\n"
        "Purpose of stay: visit to a family member (sister) in Wroclaw\n\n"
        "The Consul has decided to refuse the visa. Justification for the purpose and conditions of the intended stay was not provided.\n"
        "You may request a review of this decision within 14 days.\n")
m.build(text_part(body, cte="7bit", charset="us-ascii")).post(loose=True)
S27 = m.mid

m = Msg(ZHYBUL, [OKSANA], "віза", day("04-25", 19, 30))
body = (f"{n('p_oksana', 'Оксанка')}, візу мені не дали, консульство відмовило без пояснень. Приїхати в травні не вийде, вибач. "
        f"Може, ти до нас на Різдво? Мама дуже чекає.\n\n{q('f-19', 'Твій брат')} {n('p_zhybul', 'Антон')}\n")
m.build(text_part(body, cte="base64")).post()
S28 = m.mid

# S29: HR sends Surmach's clearance questionnaire in a ZIP holding a DOCX
m = Msg(KADRY, [ZHYBUL], "Анкета П.И. Сурмача на подпись", day("02-27", 14, 40))
paras = [
    "АНКЕТА",
    "(для оформления допуска к сведениям, составляющим государственные секреты)",
    "1. Фамилия, имя, отчество: " + n("p_surmach", "Сурмач Павел Игнатьевич"),
    "2. Дата и место рождения: 11.11.1975, г. Речица Гомельской области",
    "3. " + q("f-13", "Гражданство: Республика Беларусь; имею также гражданство Российской Федерации (паспорт гражданина Российской Федерации 45 19 774102)"),
    "4. " + q("f-21", "Место работы и должность: ОАО «Сожский завод бортового оборудования», главный инженер"),
    "5. Семейное положение: женат.",
]
n("o_szbo", "ОАО «Сожский завод бортового оборудования»")
body = (f"{n('p_zhybul', 'Антон Сергеевич')}, вы сегодня на совещании у главного - передайте, пожалуйста, "
        f"{n('p_surmach', 'Павлу Игнатьевичу')} анкету (в архиве) на проверку и подпись. Вернуть в отдел кадров до пятницы.\n\n"
        "Инспектор ОК Т. Гурская\n")
zipdata = make_zip([("anketa_Surmach.docx", make_docx(paras))])
m.build(multipart([text_part(body), bin_part(zipdata, "application/zip", "anketa_Surmach.zip")])).post(loose=True)
S29 = m.mid

# S30: Surmach to Sabitov confirming Belarusian citizenship context? (employment evidence) + share negotiation earlier
m = Msg(SURMACH, [SABITOV], "Re: Предложение о совместной разработке ПНК-21", day("02-14", 11, 0), reply_to=S16)
body = (f"{n('p_sabitov', 'Ильдар Маратович')}, добрый день.\n\nПо «Кречету» в целом согласны, но 35 % для нас много при таком объёме работ по гироблоку, "
        "предлагаем вернуться к вопросу распределения после эскизного проекта.\n\n"
        f"С уважением,\n{n('p_surmach', 'Сурмач П.И.')}\n{q('f-21', 'главный инженер')} {n('o_szbo', 'ОАО «СЗБО»')}\n\n"
        "-----Original Message-----\nFrom: Сабитов Ильдар Маратович <sabitov@sigma-avionika.example.ru>\nSent: Wednesday, January 24, 2024 10:30 AM\n"
        "Subject: Предложение о совместной разработке ПНК-21\n\n"
        "> Предлагаемое распределение финансирования: 65 % - российская сторона, 35 % - белорусская сторона.\n")
n("p_sabitov", "Сабитов Ильдар Маратович")
q("f-03", "По «Кречету» в целом согласны")
m.build(text_part(body, cte="base64")).post()
S30 = m.mid

# ---- traps
# domestic business trip (Belarusian order)
m = Msg(KANC, [ZHYBUL_BE], "Загад аб камандзіроўцы № 112-к", day("03-18", 9, 30), charset_hdr="windows-1251")
body = (f"Камандзіраваць {n('p_zhybul', 'Жыбуля Антона Сяргеевіча')}, вядучага інжынера-электронніка, у г. Мінск "
        "з 25 па 27 сакавіка 2024 г. для ўдзелу ў семінары па метралогіі вымяральных прыбораў.\n\nКанцылярыя\n")
m.build(text_part(body, charset="windows-1251", cte="8bit")).post()
# cancelled trip to Astana, no charset label
m = Msg(SURMACH, [ZHYBUL, RUDZKO], "Астана отменяется", day("05-27", 17, 45))
body = ("Коллеги, командировка в Астану 3-7 июня отменяется: заказчик сам приедет к нам на приёмку приборов Л-39 в июле. "
        "Билеты сдать, бронь гостиницы снять.\n\nСурмач\n")
n("p_surmach", "Сурмач")
m.build(text_part(body, charset="windows-1251", cte="8bit", label=False)).post()
# competitor's trip
m = Msg(RUDZKO, [ZHYBUL], "слухи", day("02-22", 13, 13))
body = ("Антон, слышал? Оршанский приборный в полном составе летал в Бангалор на Aero India, их главный инженер Кухарчик "
        "даже с индийцами что-то подписал. Нам бы так)\n\nЖ.\n")
n("p_zhybul", "Антон")
m.build(text_part(body)).post()
# hypothetical purchase if sanctions lifted
m = Msg(ZHYBUL, [SURMACH], "Перспективная потребность в приборах", day("07-08", 10, 40))
body = (f"{n('p_surmach', 'Павел Игнатьевич')},\n\nпо вашей просьбе - список на перспективу. Если когда-нибудь ограничения снимут, "
        "в первую очередь стоило бы купить американские осциллографы Norwell серии 7000 и векторный анализатор цепей - "
        "сейчас это чисто теоретически, в заявку на 2025 год не включаю.\n\n" + sig_zhybul())
m.build(text_part(body, cte="quoted-printable")).post()
# forwarded news about another company
m = Msg(RUDZKO, [ZHYBUL, SURMACH], "Fwd: Новости: ЕС расширил санкционный список", day("06-26", 9, 20))
body = ("Для информации.\n\n---------- Пересылаемое сообщение ----------\nОт: Промышленный вестник <news@promvestnik.example.ru>\n"
        "Тема: ЕС расширил санкционный список\n\n"
        "Совет ЕС включил в санкционный список ОАО «Лидский завод гидроагрегатов» и ещё 12 белорусских предприятий. "
        "По данным издания, завод не может получить немецкие гидравлические насосы и итальянские уплотнения и ищет поставщиков в Китае.\n")
m.build(text_part(body)).post()
# civil repair contract An-2 / Mi-2
m = Msg((None, "ОАО Агроавиасервис", "tech@agroavia.example.by"), [ZHYBUL], "Договор на ремонт приборов Ан-2 и Ми-2",
        day("03-06", 10, 10), charset_hdr="windows-1251")
body = (f"{n('p_zhybul', 'Антон Сергеевич')}, добрый день!\n\nВысылаю подписанный договор на ремонт авиагоризонтов и компасов "
        "для наших Ан-2 и Ми-2 (гражданская сельхозавиация, сезон авиахимработ с апреля). Просим уложиться в 30 дней.\n\n"
        "Главный инженер ОАО «Агроавиасервис» В. Клещёв\n")
m.build(text_part(body, charset="windows-1251", cte="base64")).post()
# an earlier funding share mention by director (35 %) - part of the joint development story
m = Msg(DIRECTOR, [SURMACH], "ПНК-21", day("03-19", 18, 20))
body = (f"{n('p_surmach', 'Павел Игнатьевич')}, соглашение по ПНК-21 подписываем 18 марта на условиях письма: 35 % наши. "
        "Торгуйтесь дальше по доп. соглашению, если объём по гироблоку вырастет.\n\nС.Б.\n")
q("f-03", "соглашение по ПНК-21 подписываем 18 марта")
m.build(text_part(body)).post()

# ---- more family mail in Ukrainian (sister in Wroclaw)
m = Msg(OKSANA, [ZHYBUL], "З Новим роком!", day("01-01", 1, 20), mailer="Gmail")
body = (f"{n('p_zhybul', 'Антоне')}, з Новим роком! Хай цей рік буде спокійнішим за попередній. "
        "У Вроцлаві салюти до ранку, я втомлена після зміни на складі, але щаслива. Поцілуй маму за мене.\n\n"
        f"{n('p_oksana', 'Оксана')}\n")
m.build(text_part(body, cte="quoted-printable")).post()
m = Msg(ZHYBUL, [OKSANA], "Re: посилка", day("02-09", 20, 5), charset_hdr="windows-1251")
body = (f"{n('p_oksana', 'Оксано')}, посилку отримав, дякую! Ліки мамі передам у неділю. "
        "На роботі завал, додому приходжу о дев'ятій.\n\nАнтон\n")
n("p_zhybul", "Антон")
m.build(text_part(body, charset="windows-1251", cte="base64")).post()
m = Msg(OKSANA, [ZHYBUL], "запрошення", day("03-21", 19, 45), mailer="Gmail")
body = ("Надсилаю скан запрошення, завірений у воєводстві. "
        f"{q('f-19', 'Там написано, що запрошую свого брата на два тижні')}, адреса моя. "
        "Запишися в консульство якнайшвидше, черги зараз великі.\n\nО.\n")
m.build(text_part(body, cte="base64")).post()
m = Msg(OKSANA, [ZHYBUL], "мама", day("07-14", 21, 0), charset_hdr="windows-1251", mailer="Gmail")
body = (f"{n('p_zhybul', 'Антоне')}, мама скаржиться на тиск, а до лікаря не йде. Поговори з нею, тебе вона послухає. "
        "Я переказала їй гроші на ліки через банк.\n\nОксана\n")
n("p_oksana", "Оксана")
m.build(text_part(body, charset="windows-1251", cte="quoted-printable")).post()
m = Msg(OKSANA, [ZHYBUL], "Різдво", day("09-30", 18, 30), mailer="Gmail")
body = ("Думала приїхати до вас на Різдво, але передумала: на кордоні черги по дві доби, та й з моїм паспортом ризиковано. "
        "Краще зустрінемось десь посередині, колись.\n\nТвоя О.\n")
m.build(text_part(body, cte="quoted-printable")).post(loose=True)

# ================================================================ noise
NOISE = [
    (IT, "Плановые работы на почтовом сервере", "ru", "Уважаемые пользователи!\n\nВ субботу с 9:00 до 13:00 почтовый сервер будет недоступен в связи с обновлением.\n\nИТ-отдел"),
    (IT, "Смена пароля", "ru", "Напоминаем: срок действия вашего пароля истекает через 5 дней. Смените пароль через портал самообслуживания.\n\nИТ-отдел"),
    (IT, "Абнаўленне антывіруса", "be", "Паважаныя калегі!\n\nСёння ўвечары на ўсе працоўныя станцыі будзе ўсталявана абнаўленне антывіруснай праграмы. Не выключайце камп’ютары.\n\nІТ-аддзел"),
    (IT, "Фишинговые письма", "ru", "Коллеги, участились письма якобы от банка с просьбой подтвердить данные карты. Не переходите по ссылкам, пересылайте такие письма в ИТ-отдел.\n\nИТ-отдел"),
    (IT, "Принтер в корпусе 3", "ru", "Сетевой принтер на 2 этаже корпуса 3 заменён. Драйвер устанавливается автоматически.\n\nИТ-отдел"),
    (STOLOVAYA, "Меню на тыдзень", "be", "Панядзелак: боршч, катлета па-хатняму, грэчка.\nАўторак: суп гарохавы, рыба запечаная, бульба.\nСерада: салянка, дранікі са смятанай.\n\nСталовая №2"),
    (STOLOVAYA, "Меню на неделю", "ru", "Понедельник: щи, гуляш, макароны.\nВторник: рассольник, котлета куриная, пюре.\nСреда: уха, плов.\n\nСтоловая №2"),
    (STOLOVAYA, "Комплексны абед", "be", "З 1 сакавіка кошт комплекснага абеду - 7,50 руб. Меню вывешана ля касы.\n\nСталовая №2"),
    (STOLOVAYA, "Меню на неделю (пост)", "ru", "В период поста в меню добавлены постные блюда: овощное рагу, грибной суп, вареники с картофелем.\n\nСтоловая №2"),
    (PROF, "Экскурсія ў Нясвіж", "be", "Прафкам арганізуе экскурсію ў Нясвіж і Мір 18 мая. Запіс у прафкаме да 10 мая, кошт для членаў прафсаюза - 20 руб.\n\nПрафкам"),
    (PROF, "Подарки детям к Новому году", "ru", "Заявки на новогодние подарки для детей работников до 14 лет принимаются до 15 ноября.\n\nПрофком"),
    (PROF, "Спартакиада", "ru", "Приглашаем команды цехов на заводскую спартакиаду 8 июня: волейбол, перетягивание каната, мини-футбол.\n\nПрофком"),
    (PROF, "Путёўкі ў санаторый", "be", "Ёсць 4 путёўкі ў санаторый «Ченки» на жнівень са зніжкай 50 %. Звяртацца ў прафкам.\n\nПрафкам"),
    (KADRY, "График отпусков", "ru", "Просим руководителей подразделений до 20 января согласовать график отпусков на 2024 год.\n\nОтдел кадров"),
    (KADRY, "Медосмотр", "ru", "Периодический медосмотр для цеха ремонта бортового оборудования - 12 и 13 марта, поликлиника №3, натощак.\n\nОтдел кадров"),
    (KADRY, "Аб атэстацыі", "be", "Атэстацыя спецыялістаў цэха рамонту бартавога абсталявання адбудзецца 21 лістапада. Спіс - у дадатку да загада.\n\nАддзел кадраў"),
    ((None, "АХО", f"aho@{D}"), "Ремонт кровли корпуса 2", "ru", "С 15 апреля подрядчик ООО «КровСтрой» начинает ремонт кровли корпуса 2. Проход к складу - через ворота №3. Работы продлятся до конца мая.\n\nАХО"),
    ((None, "АХО", f"aho@{D}"), "Отключение горячей воды", "ru", "В связи с ремонтом теплотрассы 3-4 июня в корпусах 1 и 2 не будет горячей воды.\n\nАХО"),
    ((None, "АХО", f"aho@{D}"), "Парковка", "ru", "Парковка у главного входа с понедельника закрывается на ремонт асфальта. Пользуйтесь стоянкой у КПП-2.\n\nАХО"),
    ((None, "АГА", f"aho@{D}"), "Суботнік", "be", "Агульназаводскі суботнік - 20 красавіка з 9:00. Інвентар выдаецца ля корпуса 1.\n\nАГА"),
    ((None, "Служба охраны труда", f"ot@{D}"), "Учебная пожарная тревога", "ru", "В четверг в 10:00 учебная эвакуация из корпуса 3. Просим отнестись серьёзно.\n\nСлужба ОТ"),
    ((None, "Служба охраны труда", f"ot@{D}"), "Инструктаж", "ru", "Повторный инструктаж по охране труда для работников цеха - до 30 января, журналы у мастеров.\n\nСлужба ОТ"),
    ((None, "Industrial Electronics Digest", "digest@iedigest.example.com"), "This week in test & measurement", "en", "This week: oscilloscope makers report record demand from the automotive sector; a new standard for connector testing; webinar on EMC chambers.\n\nUnsubscribe at any time."),
    ((None, "Industrial Electronics Digest", "digest@iedigest.example.com"), "Your subscription renews soon", "en", "Dear subscriber,\n\nYour subscription to Industrial Electronics Digest renews on 1 May. No action is needed.\n\nCustomer service"),
    ((None, "Aviation Week Brief", "brief@avbrief.example.com"), "Sanctions roundup", "en", "Sanctions roundup: the EU adds several shipping companies to its list; a Dutch distributor fined for exports to Russia; US Commerce Department updates its Entity List with Chinese electronics traders.\n\nAviation Week Brief"),
    ((None, "Aviation Week Brief", "brief@avbrief.example.com"), "MRO market outlook", "en", "Airline MRO spending is expected to grow 6 % this year, driven by engine shop visits. Regional carriers in Asia lead demand.\n\nAviation Week Brief"),
    ((None, "Бухгалтерия", f"buh@{D}"), "Авансовые отчёты", "ru", "Напоминаем: авансовые отчёты по командировкам сдаются в течение 3 рабочих дней после возвращения.\n\nБухгалтерия"),
    ((None, "Бухгалтерия", f"buh@{D}"), "Зарплата", "ru", "Зарплата за апрель будет перечислена 7 мая в связи с праздниками.\n\nБухгалтерия"),
    ((None, "Бухгалтэрыя", f"buh@{D}"), "Разліковыя лісткі", "be", "Разліковыя лісткі за сакавік даступныя ў асабістым кабінеце.\n\nБухгалтэрыя"),
    (SNAB, "Канцтовары", "ru", "Заявки на канцтовары на II квартал - до 25 марта, по форме в приложении к приказу №7.\n\nОМТС"),
    (SNAB, "Паяльные станции", "ru", "Поступили 4 паяльные станции для цеха ремонта бортового оборудования. Получить на складе №2 у кладовщика.\n\nОМТС"),
    (PDO, "Совещание по плану", "ru", "Совещание по выполнению плана за квартал - в пятницу в 14:00, зал заседаний.\n\nПДО"),
    (PDO, "Нарада", "be", "Нарада начальнікаў цэхаў перанесена на аўторак, 10:00.\n\nПДА"),
    ((None, "Метрологическая служба", f"metro@{D}"), "Поверка средств измерений", "ru", "График поверки мультиметров и осциллографов цеха на II полугодие - во вложении к приказу. Сдать приборы до 15 июля.\n\nМетрологическая служба"),
    ((None, "Калеснікава Н.", "n.kalesnikava@mail.example.by"), "З днём нараджэння!", "be", "Антон, віншую з днём нараджэння! Здароўя, цярпення і менш папер)\n\nНаташа"),
    ((None, "Дмитрий Шуляк", "d.shulyak@mail.example.by"), "рыбалка", "ru", "Антон, в субботу едем на Сож под Ветку, место в машине есть. Снасти твои или брать мои?\n\nДима"),
    ((None, "Дмитрий Шуляк", "d.shulyak@mail.example.by"), "Re: рыбалка", "ru", "Ок, заеду в 5:30. Термос не забудь.\n\nДима"),
    ((None, "Delivery Service", "noreply@parcel.example.com"), "Your parcel is on its way", "en", "Your parcel RB123456789BY has left the sorting centre and will be delivered in 2-3 days."),
    ((None, "Бібліятэка", f"lib@{D}"), "Новыя паступленні", "be", "У тэхнічную бібліятэку паступілі новыя даведнікі па электрарадыёэлементах і стандарты АСТ.\n\nБібліятэка"),
    ((None, "Совет молодых специалистов", f"sms@{D}"), "Конкурс рационализаторов", "ru", "Открыт приём заявок на конкурс рационализаторских предложений. Лучшие получат премию и грамоты.\n\nСМС"),
    ((None, "Travel Deals", "offers@travel.example.com"), "Last-minute deals to Egypt and Turkey", "en", "Book now: 7 nights in Hurghada from 499 EUR, Antalya from 550 EUR. Offer ends Sunday."),
]

CHARSETS = [("utf-8", "base64"), ("windows-1251", "base64"), ("utf-8", "quoted-printable"), ("koi8-r", "8bit"), ("windows-1251", "8bit")]
for i, (frm, subj, lang, text) in enumerate(NOISE):
    cs, cte = CHARSETS[i % len(CHARSETS)]
    if lang == "be" and cs == "koi8-r":
        cs, cte = "windows-1251", "quoted-printable"
    if lang == "en":
        cs, cte = "us-ascii", "7bit"
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs, cte = "utf-8", "base64"
    when = T0 + timedelta(days=int(i * 6.1), hours=i % 7)
    mm = Msg(frm, [ZHYBUL if lang != "be" else ZHYBUL_BE], subj, when, charset_hdr=cs if cs != "us-ascii" else "utf-8",
             no_mid=(i == 17))
    if i == 5:  # one HTML-only noise message too
        mm.build(text_part("<html><body><p>" + text.replace("\n", "<br>") + "</p></body></html>", subtype="html", charset=cs, cte=cte))
    else:
        mm.build(text_part(text + "\n", charset=cs, cte=cte))
    mm.post(loose=(i % 9 == 4))

# ================================================================ outputs
def mboxrd_escape(raw):
    out = []
    for line in raw.split(b"\n"):
        s = line.lstrip(b">")
        if s.startswith(b"From "):
            line = b">" + line
        out.append(line)
    return b"\n".join(out)


MAILBOX.sort(key=lambda t: t[1])
with open(HERE / "mailbox.mbox", "wb") as fh:
    for frm, when, raw in MAILBOX:
        fh.write(f"From {frm} {when.strftime('%a %b %d %H:%M:%S %Y')}\n".encode())
        fh.write(mboxrd_escape(raw).rstrip(b"\n") + b"\n\n")
loose = HERE / "loose"
loose.mkdir(exist_ok=True)
for p in loose.glob("*.eml"):
    p.unlink()
for i, raw in enumerate(LOOSE, 1):
    (loose / f"{i:03d}.eml").write_bytes(raw)

WATCH = [
    {"id": "wl-by-2207", "schema": "Person", "caption": "STRALTSOU, Stanislau Branislavavich",
     "properties": {"name": ["STRALTSOU, Stanislau Branislavavich"],
                    "alias": ["Стрельцов Станислав Брониславович", "Стральцоў Станіслаў Браніслававіч", "STRELTSOV, Stanislav Bronislavovich"],
                    "birthDate": ["1969-05-14"], "nationality": ["by"],
                    "position": ["General Director, OJSC Sozh Onboard Equipment Plant"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-2208", "schema": "Person", "caption": "STRALTSOU, Stanislau Valerievich",
     "properties": {"name": ["STRALTSOU, Stanislau Valerievich"], "alias": ["Стрельцов Станислав Валерьевич"],
                    "birthDate": ["1980-01-30"], "nationality": ["by"], "position": ["Deputy Head, Gomel Regional Customs"]},
     "datasets": ["watchlist"]},
    {"id": "wl-by-2291", "schema": "Person", "caption": "STRELTSOVA, Irina Bronislavovna",
     "properties": {"name": ["STRELTSOVA, Irina Bronislavovna"], "alias": ["Стрельцова Ирина Брониславовна", "Стральцова Ірына Браніславаўна"],
                    "birthDate": ["1966-08-02"], "nationality": ["by"], "position": ["Member of the House of Representatives"]},
     "datasets": ["watchlist"]},
    {"id": "wl-by-0671", "schema": "Company", "caption": "SOZH ONBOARD EQUIPMENT PLANT OJSC",
     "properties": {"name": ["SOZH ONBOARD EQUIPMENT PLANT OJSC"],
                    "alias": ["ОАО «Сожский завод бортового оборудования»", "ААТ «Сожскі завод бартавога абсталявання»", "SZBO"],
                    "jurisdiction": ["by"], "address": ["Gomel"], "sector": ["military avionics repair"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-0689", "schema": "Company", "caption": "SOZH MACHINE-BUILDING PLANT OJSC",
     "properties": {"name": ["SOZH MACHINE-BUILDING PLANT OJSC"], "alias": ["ОАО «Сожский машиностроительный завод»"],
                    "jurisdiction": ["by"], "address": ["Gomel"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-4410", "schema": "Company", "caption": "SIGMA-AVIONIKA EXPERIMENTAL DESIGN BUREAU JSC",
     "properties": {"name": ["SIGMA-AVIONIKA EXPERIMENTAL DESIGN BUREAU JSC"],
                    "alias": ["АО «ОКБ «Сигма-Авионика»", "АО «Опытно-конструкторское бюро «Сигма-Авионика»", "OKB Sigma-Avionika"],
                    "jurisdiction": ["ru"], "address": ["Kazan, Republic of Tatarstan"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-4471", "schema": "Company", "caption": "SIGMA AVIA LLC",
     "properties": {"name": ["SIGMA AVIA LLC"], "alias": ["ООО «Сигма Авиа»"], "jurisdiction": ["ru"], "address": ["Moscow"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ru-5102", "schema": "Person", "caption": "SABITOV, Ildar Rinatovich",
     "properties": {"name": ["SABITOV, Ildar Rinatovich"], "alias": ["Сабитов Ильдар Ринатович"], "birthDate": ["1958-12-19"],
                    "nationality": ["ru"], "position": ["Member of the State Council of Tatarstan"]}, "datasets": ["watchlist"]},
]
with open(HERE / "watchlist.ftm.json", "w", encoding="utf-8") as fh:
    for w in WATCH:
        fh.write(json.dumps(w, ensure_ascii=False) + "\n")

# watchlist evidence: every message naming the entity
for fid, eid in (("f-26", "p_straltsou"), ("f-27", "o_szbo"), ("f-28", "o_sigma")):
    FIND[fid]["evidence"] = [{"message_id": mid, "quote": ""} for mid in MENTIONS[eid] if mid]

truth = {"format": "paperchase.findings/1",
         "entities": [dict(e, names=sorted(e["names"])) for e in ENT.values()],
         "findings": list(FIND.values())}
for f in truth["findings"]:
    assert f["evidence"], f["id"]
(HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{len(MAILBOX)} in mbox, {len(LOOSE)} loose, {len(truth['findings'])} findings")
