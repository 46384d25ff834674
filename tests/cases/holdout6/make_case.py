#!/usr/bin/env python3
"""Generate the holdout6 evaluation case (fictional).

The mailbox of Pavel Krechetov, deputy chief engineer of the fictional JSC Taltsegorsk
Gearbox Plant (АО «Тальцегорский редукторный завод», Sverdlovsk oblast), Oct 2024 - Sep 2025.

    /work/main/.venv/bin/python make_case.py

Writes mailbox.mbox, loose/*.eml, watchlist.ftm.json and truth.json next to this file.
Deterministic: the same bytes on every run (standard library + python-docx + openpyxl).
Everything here is invented: people, firms, unit numbers, phones, passports; mail
domains are under example.*.
"""
import base64
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import zipfile

import docx
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = dt.timezone(dt.timedelta(hours=5))
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)

# ----------------------------------------------------------------------------- helpers


def h16(s):
    return hashlib.sha1(("holdout6:" + s).encode()).hexdigest()[:16]


def enc_word(text, cs="utf-8", mode="b"):
    """RFC 2047 encoded words, split on character boundaries."""
    if all(ord(c) < 128 for c in text):
        return text
    # chunks end after a space where possible (as most mailers do), else split between characters
    words, chunk = [], ""
    tokens = [t + " " for t in text.split(" ")]
    tokens[-1] = tokens[-1][:-1]
    limit = 45 if mode == "b" else 24
    for tok in tokens:
        if chunk and len((chunk + tok).encode(cs)) > limit:
            words.append(chunk)
            chunk = ""
        while len(tok.encode(cs)) > limit:
            cut = 1
            while len(tok[:cut + 1].encode(cs)) <= limit:
                cut += 1
            words.append(tok[:cut])
            tok = tok[cut:]
        chunk += tok
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        b = w.encode(cs)
        if mode == "b":
            out.append("=?%s?b?%s?=" % (cs, base64.b64encode(b).decode()))
        else:
            q = "".join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else
                        ("_" if x == 32 else "=%02X" % x) for x in b)
            out.append("=?%s?q?%s?=" % (cs, q))
    return "\n ".join(out)


def addr(name, address, cs="utf-8", mode="b"):
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in '.,()<>@:;"'):
            return '"%s" <%s>' % (name, address)
        return "%s <%s>" % (name, address)
    return "%s <%s>" % (enc_word(name, cs, mode), address)


def fix_zip(data):
    """Re-pack a zip with fixed timestamps so the output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            data_ = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                import re as _re
                data_ = _re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                                rb"\g<1>2025-01-01T00:00:00Z\g<2>", data_)
            z.writestr(zi, data_)
    return out.getvalue()


def make_docx(title, paragraphs, table=None):
    d = docx.Document()
    d.core_properties.author = "ТРЗ"
    d.core_properties.created = dt.datetime(2025, 1, 1)
    d.core_properties.modified = dt.datetime(2025, 1, 1)
    d.core_properties.last_modified_by = "ТРЗ"
    d.core_properties.revision = 1
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue())


def make_xlsx(sheets):
    wb = openpyxl.Workbook()
    wb.properties.creator = "ПДО ТРЗ"
    wb.properties.created = dt.datetime(2024, 10, 1)
    wb.properties.modified = dt.datetime(2024, 10, 1)
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        ws.title = name
        first = False
        for r in rows:
            ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return fix_zip(buf.getvalue())


def make_pdf(lines):
    """A one-page PDF with Latin text (Helvetica, uncompressed content stream)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "50 790 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.flag_bits |= 0x800  # utf-8 names
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data if data.endswith(b"\n") else data + b"\n"


# a part is a dict; render() turns it into bytes

def text_part(text, subtype="plain", charset="utf-8", cte="base64", label=True):
    data = text.encode(charset)
    ct = "text/%s" % subtype + ('; charset="%s"' % charset if label else "")
    return {"headers": [("Content-Type", ct), ("Content-Transfer-Encoding", cte)],
            "body": encode_body(data, cte)}


def file_part(data, ctype, filename, style="2047"):
    if all(ord(c) < 128 for c in filename):
        fn = 'filename="%s"' % filename
        nm = 'name="%s"' % filename
    elif style == "2231":
        q = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else
                    "".join("%%%02X" % b for b in c.encode()) for c in filename)
        fn = "filename*=utf-8''%s" % q
        nm = 'name="%s"' % enc_word(filename).replace("\n ", "")
    else:
        e = enc_word(filename).replace("\n ", "")
        fn = 'filename="%s"' % e
        nm = 'name="%s"' % e
    return {"headers": [("Content-Type", "%s;\n %s" % (ctype, nm)),
                        ("Content-Transfer-Encoding", "base64"),
                        ("Content-Disposition", "attachment;\n %s" % fn)],
            "body": base64.encodebytes(data)}


def rfc822_part(raw):
    return {"headers": [("Content-Type", "message/rfc822"), ("Content-Disposition", "inline")],
            "body": raw}


def multipart(subtype, parts, key):
    return {"multipart": subtype, "parts": parts, "boundary": "----=_Part_%s_%s" % (subtype[:3], h16(key + subtype + str(len(parts))))}


def render(part):
    out = b""
    if "multipart" in part:
        out += b'Content-Type: multipart/%s;\n boundary="%s"\n\n' % (part["multipart"].encode(), part["boundary"].encode())
        out += b"This is a multi-part message in MIME format.\n\n"
        for p in part["parts"]:
            out += b"--" + part["boundary"].encode() + b"\n" + render(p) + b"\n"
        out += b"--" + part["boundary"].encode() + b"--\n"
        return out
    for k, v in part["headers"]:
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    out += b"\n" + part["body"]
    return out


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# ----------------------------------------------------------------------------- people

P = ("Кречетов Павел Игнатьевич", "p.krechetov@trz.example.ru")
P_LAT = ("Pavel Krechetov", "p.krechetov@trz.example.ru")
TETERIN = ("Тетерин Аркадий Борисович", "director@trz.example.ru")
MURASHOVA = ("Мурашова Ольга Дмитриевна", "o.murashova@trz.example.ru")
YAR = ("Ярошевич Дмитрий Анатольевич", "d.yaroshevich@mct.example.by")
YAR_BY = ("Ярашэвіч Дзмітрый Анатолевіч", "d.yaroshevich@mct.example.by")
INNA = ("Инна", "inna.kr@post.example.ru")
GLEB = ("Gleb", "gleb.ural95@post.example.ru")
HANNA = ("Ганна Сидоренко", "sydorenko.h@ukr.example.ua")
SUDEEP = ("Sudeep Vallabhaneni", "sudeep.v@kavery.example.in")
QIAO = ("Qiao Yuling", "qiao.yl@huaxin-cnc.example.cn")
EMRE = ("Emre Kılıçarslanoğlu", "emre.k@tekinsoy.example.com.tr")
REZHIM = ("Режимно-секретный отдел", "rso@trz.example.ru")
IT = ("Отдел АСУП", "asup@trz.example.ru")
KANC = ("Канцелярия", "office@trz.example.ru")
PDO = ("Горбунова Н.С.", "pdo@trz.example.ru")
FRIEND = ("Валерий Шестаков", "v.shestakov@aviaagregat.example.ru")

SIG_P = ("\n\n--\nС уважением,\nП.И. Кречетов\nзаместитель главного инженера\n"
         "АО «Тальцегорский редукторный завод»\nтел. +7 (34392) 5-41-17, моб. +7 912 604-18-33\n")
SIG_P_EN = ("\n\n--\nBest regards,\nPavel Krechetov\nDeputy Chief Engineer\nTaltsegorsk Gearbox Plant JSC\n"
            "Taltsegorsk, Sverdlovsk region, Russia\nTel. +7 34392 54117\n")
SIG_T = "\n\nГенеральный директор АО «ТРЗ»\nА.Б. Тетерин\n"
SIG_M = ("\n\nС уважением,\nО.Д. Мурашова\nначальник отдела внешнеэкономической деятельности\n"
         "АО «ТРЗ», тел. +7 (34392) 5-40-62\n")
SIG_Y = ("\n\nС уважением,\nД.А. Ярошевич\nглавный конструктор\nОАО «Мозырский центр трансмиссий»\n"
         "г. Мозырь, Гомельская обл., тел. +375 236 24-18-90\n")
SIG_Y_BY = ("\n\nЗ павагай,\nД.А. Ярашэвіч\nгалоўны канструктар\nААТ «Мазырскі цэнтр трансмісій»\n"
            "г. Мазыр, тэл. +375 236 24-18-90\n")

# ----------------------------------------------------------------------------- messages

MSGS = []


def M(key, date, frm, to, subject, body=None, *, cc=None, charset="utf-8", cte="base64", html=None,
      html_only=False, atts=(), fwd=None, reply_to_key=None, loose=None, no_msgid=False,
      mailer="Microsoft Outlook 16.0", hcs="utf-8", hmode="b", label=True, ev=()):
    if charset == "koi8-r":  # the old server's charset has no typographic quotes, dashes or numero sign
        body, subject = koi(body), koi(subject)
        ev = [(f, koi(q)) for f, q in ev]
    MSGS.append(dict(key=key, date=date, frm=frm, to=to, subject=subject, body=body, cc=cc, charset=charset,
                     cte=cte, html=html, html_only=html_only, atts=list(atts), fwd=fwd, reply_to_key=reply_to_key,
                     loose=loose, no_msgid=no_msgid, mailer=mailer, hcs=hcs, hmode=hmode, label=label, ev=list(ev)))


def koi(s):
    return s.replace("–", "-").replace("«", '"').replace("»", '"').replace("№", "N")


def D(y, m, d, hh=9, mm=0):
    return dt.datetime(y, m, d, hh, mm, tzinfo=TZ)


# 1 ------------------------------------------------------------------ noise: IT, koi8-r (old server)
M("it-maint", D(2024, 10, 2, 8, 5), IT, P, "Плановые работы на почтовом сервере",
  "Уважаемые пользователи!\n\n05.10.2024 с 20:00 до 23:00 почтовый сервер mail2.trz будет недоступен "
  "в связи с заменой дисковой подсистемы. Письма, отправленные в это время, будут доставлены после "
  "окончания работ.\n\nОтдел АСУП, вн. 3-11\n", charset="koi8-r", cte="base64", hcs="koi8-r",
  mailer="Mutt/1.5.21 (2010-09-15)")

# 2 ------------------------------------------------------------------ repair schedule, XLSX
sched = make_xlsx([
    ("IV кв 2024", [
        ["Изделие", "Тип ВС", "Заказчик", "Кол-во", "Срок сдачи", "Примечание"],
        ["ВР-14", "Ми-8АМТШ", "МО РФ (в/ч 41876)", 6, "ноябрь 2024", "капремонт"],
        ["ВР-14", "Ми-8МТВ-5", "МО РФ (в/ч 41876)", 4, "декабрь 2024", "капремонт"],
        ["ВР-252", "Ка-27ПС", "МО РФ, авиация ВМФ (в/ч 62251)", 3, "декабрь 2024", "капремонт"],
        ["ВР-252", "Ка-29", "МО РФ, авиация ВМФ (в/ч 62251)", 2, "январь 2025", "капремонт с продлением ресурса"],
        ["ВР-252", "Ка-32А11ВС", "АО «Таёжник» (авиалесоохрана)", 2, "ноябрь 2024", "гражданский заказ"],
        ["ВР-14", "Ми-8МТВ-1", "АО «Таёжник» (авиалесоохрана)", 1, "декабрь 2024", "гражданский заказ"],
    ]),
    ("Подшипники", [
        ["Позиция", "Потребность на IV кв", "Наличие", "Поставщик"],
        ["Подшипник 176222 (опора вала несущего винта)", 16, 5, "Rotalux (Швейцария) – поставки прекращены"],
        ["Подшипник 2007918 (промвал)", 24, 20, "ГПЗ"],
    ]),
])
M("sched-q4", D(2024, 10, 8, 9, 14), PDO, P, "График ремонта главных редукторов на IV кв. 2024 г.",
  "Павел Игнатьевич, добрый день!\n\nНаправляю график ремонта главных редукторов на IV квартал. "
  "По военной номенклатуре заказчик – Министерство обороны Российской Федерации (в/ч 41876 и авиация ВМФ), "
  "по Ка-32 и Ми-8МТВ-1 – АО «Таёжник», это гражданский заказ на пожарные вертолёты.\n\n"
  "На втором листе – потребность в подшипниках, по позиции 176222 не закрываемся.\n\n"
  "Н.С. Горбунова\nначальник ПДО\nвн. 2-47\n",
  charset="windows-1251", cte="quoted-printable", hcs="windows-1251", hmode="q",
  atts=[file_part(sched, XLSX, "График_ремонта_IV_кв_2024.xlsx")],
  ev=[("f01", "По военной номенклатуре заказчик – Министерство обороны Российской Федерации (в/ч 41876 и авиация ВМФ)"),
      ("f01", "ВР-14 Ми-8АМТШ МО РФ (в/ч 41876) 6 ноябрь 2024 капремонт"),
      ("f01", "ВР-252 Ка-27ПС МО РФ, авиация ВМФ (в/ч 62251) 3 декабрь 2024 капремонт"),
      ("f01", "ВР-252 Ка-29 МО РФ, авиация ВМФ (в/ч 62251) 2 январь 2025 капремонт с продлением ресурса"),
      ("f08", "Подшипник 176222 (опора вала несущего винта) 16 5 Rotalux (Швейцария) – поставки прекращены"),
      ("f03", "Подшипник 176222 (опора вала несущего винта) 16 5 Rotalux (Швейцария) – поставки прекращены")])

# 3 ------------------------------------------------------------------ noise: canteen
M("canteen", D(2024, 10, 10, 11, 30), ("Столовая №2", "canteen@trz.example.ru"), P, "Меню на неделю",
  "Уважаемые коллеги!\n\nС 14 по 18 октября в столовой №2 комплексный обед – 260 руб. "
  "В среду рыбный день. Предзаказ банкетов – по тел. 2-90.\n", charset="utf-8", cte="8bit",
  mailer="Roundcube Webmail/1.6.1")

# 4 ------------------------------------------------------------------ Swiss refusal, HTML only
M("rotalux", D(2024, 10, 15, 16, 2), ("Rotalux Präzisionslager AG – Sales", "sales@rotalux.example.ch"), P_LAT,
  "Ihre Anfrage Nr. TRZ-2024-117 / your enquiry TRZ-2024-117",
  html_only=True, cte="quoted-printable", mailer="Microsoft Outlook 16.0",
  html="<html><head><meta charset=\"utf-8\"></head><body>"
       "<p>Sehr geehrter Herr Kretschetow,</p>"
       "<p>Dear Mr Krechetov,</p>"
       "<p>thank you for your enquiry of 3 October for 40 angular contact ball bearings, type RLX 7222-HP, "
       "for the main rotor shaft support of your VR-14 gearboxes.</p>"
       "<p>We regret to inform you that we are unable to quote. Under the Swiss Ordinance on Measures in "
       "Connection with the Situation in Ukraine the sale and export of these bearings to the Russian Federation is prohibited, "
       "and we have also stopped all deliveries to your former distributor in Moscow.</p>"
       "<p>Mit freundlichen Grüssen / Kind regards</p>"
       "<p>Urs Tschanzenbühl<br>Key Account Manager Aerospace<br>Rotalux Präzisionslager AG<br>"
       "Biel/Bienne, Switzerland<br>+41 32 555 01 40</p></body></html>",
  ev=[("f03", "Under the Swiss Ordinance on Measures in Connection with the Situation in Ukraine the sale and export of these bearings to the Russian Federation is prohibited")])

# 5 ------------------------------------------------------------------ memo on bearings
M("memo-bear", D(2024, 10, 22, 10, 40), P, TETERIN, "Служебная записка: подшипники опор ВР-14",
  "Аркадий Борисович,\n\n"
  "докладываю: швейцарская фирма Rotalux письменно отказала в поставке подшипников RLX 7222-HP "
  "(наш 176222) со ссылкой на санкции Швейцарии. Других поставщиков этого типоразмера с нужным классом "
  "точности у нас нет.\n\n"
  "На складе подшипников 176222 осталось на 3 редуктора ВР-14, а по графику IV квартала нужно 8. "
  "Если в ноябре ничего не найдём, сорвём сдачу редукторов для в/ч 41876.\n\n"
  "Предлагаю поручить Ольге Дмитриевне проработать индийских и китайских производителей.\n" + SIG_P,
  cc=[MURASHOVA], charset="windows-1251", cte="base64", hcs="windows-1251",
  ev=[("f03", "швейцарская фирма Rotalux письменно отказала в поставке подшипников RLX 7222-HP (наш 176222) со ссылкой на санкции Швейцарии"),
      ("f08", "На складе подшипников 176222 осталось на 3 редуктора ВР-14, а по графику IV квартала нужно 8."),
      ("f01", "сорвём сдачу редукторов для в/ч 41876"),
      ("f22", "заместитель главного инженера\nАО «Тальцегорский редукторный завод»")])

# 6 ------------------------------------------------------------------ noise: union
M("union-san", D(2024, 10, 25, 14, 0), ("Профком АО «ТРЗ»", "profkom@trz.example.ru"), P,
  "Путёвки в санаторий «Ирбитские зори»",
  "Коллеги, профком распределяет путёвки в санаторий «Ирбитские зори» на ноябрь–декабрь. "
  "Стоимость для членов профсоюза – 30 %. Заявления до 1 ноября, каб. 114.\n\nПредседатель профкома Л.А. Кудрявцева\n",
  charset="utf-8", cte="quoted-printable", mailer="Roundcube Webmail/1.6.1")

# 7 ------------------------------------------------------------------ military representative (loose)
M("vp-accept", D(2024, 10, 30, 15, 20), ("ВП МО РФ (1907 ВП)", "vp1907@trz.example.ru"), P,
  "Приёмка редукторов ВР-252",
  "Павлу Игнатьевичу\n\n"
  "Сообщаю, что приёмка трёх главных редукторов ВР-252 после капитального ремонта для вертолётов Ка-27ПС "
  "авиации Военно-Морского Флота (в/ч 62251) назначена на 6 ноября. Прошу обеспечить присутствие "
  "представителя ОТК и предъявить формуляры. По двум редукторам Ка-29 замечания по шлифовке зубьев "
  "не устранены – к приёмке не предъявлять.\n\n"
  "Старший военный представитель\nподполковник С.В. Рыбаков\n1907 военное представительство МО РФ\n",
  charset="utf-8", cte="quoted-printable", loose="002.eml",
  ev=[("f01", "приёмка трёх главных редукторов ВР-252 после капитального ремонта для вертолётов Ка-27ПС авиации Военно-Морского Флота (в/ч 62251) назначена на 6 ноября")])

# 8 ------------------------------------------------------------------ Japanese refusal
KANEMORI_TEXT = (
    "Dear Mr. Krechetov,\n\n"
    "Thank you for your request of October 21 concerning the spare spindle unit, the service engineer visit and "
    "the CBN grinding wheels for your two KGG-400 gear grinding machines (serial numbers 4-0917 and 4-0918).\n\n"
    "We are sorry to inform you that due to the export control regulations of Japan (Foreign Exchange and Foreign "
    "Trade Act) and the measures of the Government of Japan concerning Russia, Kanemori Seiki cannot supply spare parts, "
    "consumables or services for machines located in the Russian Federation. This also applies to software updates.\n\n"
    "We appreciate your understanding.\n\n"
    "Yours sincerely,\nHiroki Sagawara\nOverseas Service Division\nKanemori Seiki Co., Ltd.\nHamamatsu, Japan\n")
M("kanemori", D(2024, 11, 5, 7, 12), ("Kanemori Seiki Overseas Service", "service@kanemori-seiki.example.jp"), P_LAT,
  "Re: KGG-400 spare spindle and CBN wheels", KANEMORI_TEXT, charset="us-ascii", cte="7bit",
  ev=[("f04", "due to the export control regulations of Japan (Foreign Exchange and Foreign Trade Act) and the measures of the Government of Japan concerning Russia, Kanemori Seiki cannot supply spare parts, consumables or services for machines located in the Russian Federation")])

# 9 ------------------------------------------------------------------ noise newsletter, news about another company
M("news-1", D(2024, 11, 6, 6, 0), ("Вестник авиаремонта", "digest@avia-remont.example.com"), P,
  "Вестник авиаремонта №44: новости отрасли", html_only=True, cte="base64",
  mailer="Sendinblue",
  html="<html><body><h2>Вестник авиаремонта №44</h2>"
       "<p>АО «Кумарский агрегатный завод» сообщило, что японские и швейцарские поставщики прекратили обслуживание "
       "его шлифовального парка, и завод переходит на китайские станки.</p>"
       "<p>В Казани прошла конференция по ресурсу трансмиссий вертолётов. "
       "Следующая – в мае 2025 года.</p><p>Отписаться от рассылки</p></body></html>")

# 10 ----------------------------------------------------------------- forward of the Kanemori letter
def raw_simple(frm_name, frm_addr, to, subject, date, mid, text, charset="us-ascii", cte="7bit"):
    hdr = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
           % (addr(frm_name, frm_addr), to, subject, date.strftime("%a, %d %b %Y %H:%M:%S %z"), mid))
    return (hdr + 'Content-Type: text/plain; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (charset, cte)).encode() + \
        encode_body(text.encode(charset), cte)


M("fwd-kanemori", D(2024, 11, 12, 9, 35), P, MURASHOVA, "Fw: Re: KGG-400 spare spindle and CBN wheels",
  "Ольга Дмитриевна,\n\nяпонцы тоже отказали, письмо ниже. Без их сервиса два станка KGG-400 работают "
  "до первой серьёзной поломки. Хуже другое: эльборовых шлифовальных кругов к ним у нас осталось "
  "примерно на два месяца работы, а без них встанет шлифовка зубьев на всех редукторах.\n\n"
  "Ищите, пожалуйста, альтернативу – китайских станкостроителей и производителей кругов (турки, китайцы).\n" + SIG_P,
  charset="windows-1251", cte="quoted-printable", hcs="windows-1251", hmode="q",
  fwd=raw_simple("Kanemori Seiki Overseas Service", "service@kanemori-seiki.example.jp", "Pavel Krechetov <p.krechetov@trz.example.ru>",
                 "Re: KGG-400 spare spindle and CBN wheels", D(2024, 11, 5, 7, 12), "<%s@kanemori-seiki.example.jp>" % h16("kanemori"),
                 KANEMORI_TEXT),
  ev=[("f04", "японцы тоже отказали, письмо ниже"),
      ("f04", "Kanemori Seiki cannot supply spare parts, consumables or services for machines located in the Russian Federation"),
      ("f09", "эльборовых шлифовальных кругов к ним у нас осталось примерно на два месяца работы, а без них встанет шлифовка зубьев на всех редукторах")])

# 11 ----------------------------------------------------------------- noise invoice
M("invoice-kanc", D(2024, 11, 14, 12, 10), ("ООО «КанцУрал»", "sales@kancural.example.ru"), P, "Счёт №5512 от 14.11.2024",
  "Добрый день!\n\nВо вложении счёт на бумагу А4 (40 пачек) и картриджи. Оплата в течение 5 банковских дней.\n\n"
  "Менеджер Ирина\nООО «КанцУрал», тел. +7 343 300-12-12\n", charset="utf-8", cte="base64",
  atts=[file_part(make_pdf(["KancUral LLC  Invoice 5512  14.11.2024",
                            "Paper A4, 40 packs ....... 14 800.00 RUB",
                            "Toner cartridges, 6 ...... 21 600.00 RUB",
                            "Total: 36 400.00 RUB incl. VAT"]), "application/pdf", "invoice_5512.pdf")],
  mailer="1C:Enterprise 8.3")

# 12 ----------------------------------------------------------------- MCT proposal
MCT_PROPOSAL = (
    "Уважаемый Павел Игнатьевич!\n\n"
    "По итогам нашего разговора в Казани направляю предложение ОАО «Мозырский центр трансмиссий» "
    "о совместной разработке главного редуктора ГРВ-350 (шифр «Кедр») для лёгкого многоцелевого вертолёта "
    "взлётной массой до 3,5 т. Мы берём на себя расчёты, корпус и систему смазки, "
    "а Тальцегорскому редукторному заводу предлагаем зубчатые передачи, изготовление опытных образцов и стендовые испытания.\n\n"
    "Финансирование ОКР предлагаем в равных долях – 50 на 50.\n\n"
    "Просим рассмотреть и сообщить позицию Аркадия Борисовича.\n")
M("mct-proposal", D(2024, 11, 20, 11, 5), YAR, P, "Предложение о совместной ОКР «Кедр»",
  MCT_PROPOSAL + SIG_Y, cc=[TETERIN], charset="utf-8", cte="base64", mailer="Mozilla Thunderbird 115.4",
  ev=[("f02", "предложение ОАО «Мозырский центр трансмиссий» о совместной разработке главного редуктора ГРВ-350 (шифр «Кедр»)"),
      ("f25", "главный конструктор\nОАО «Мозырский центр трансмиссий»")])

# 13 ----------------------------------------------------------------- Teterin reply, '>' quoting
M("teterin-kedr", D(2024, 12, 3, 17, 48), TETERIN, P, "Re: Предложение о совместной ОКР «Кедр»",
  "Павел Игнатьевич,\n\nс белорусами по «Кедру» работать будем, тема нужная. Но 50 на 50 нам в этом году не "
  "потянуть: предлагайте им 40 процентов с нашей стороны. Подготовьте к январю видеосовещание.\n" + SIG_T +
  "\n20.11.2024 11:05, Ярошевич Дмитрий Анатольевич пишет:\n" +
  "".join("> " + ln + "\n" for ln in MCT_PROPOSAL.split("\n")),
  charset="windows-1251", cte="quoted-printable", hcs="windows-1251", hmode="b",
  ev=[("f02", "с белорусами по «Кедру» работать будем, тема нужная"),
      ("f02", "предложение ОАО «Мозырский центр трансмиссий» о совместной разработке главного редуктора ГРВ-350 (шифр «Кедр»)"),
      ("f23", "Генеральный директор АО «ТРЗ»\nА.Б. Тетерин")])

# 14 ----------------------------------------------------------------- Kavery offer
KAVERY_OFFER = (
    "Dear Mr Krechetov,\n\n"
    "We understand from our mutual contacts in Kazan that your plant is looking for a replacement for "
    "Rotalux angular contact bearings of the RLX 7222 series.\n\n"
    "Kavery Precision Bearings Pvt. Ltd. of Coimbatore, India, manufactures aerospace-grade angular contact bearings "
    "to P4 class and can supply an equivalent (our KPB 7222-AC) with a lead time of 14 weeks. "
    "Payment in INR or AED through our Sharjah office is possible.\n\n"
    "We would be glad to send samples for your tests.\n")
SIG_SUDEEP = ("\nWarm regards,\nSudeep Vallabhaneni\nRegional Manager, Middle East & CIS\n"
              "Kavery Precision Bearings Pvt. Ltd. - Sharjah Liaison Office\nSAIF Zone, Sharjah, UAE\n+971 6 555 7781\n")
M("kavery-offer", D(2024, 12, 10, 13, 22), SUDEEP, P_LAT, "Equivalent for RLX 7222 bearings",
  KAVERY_OFFER + SIG_SUDEEP, charset="utf-8", cte="quoted-printable", mailer="Microsoft Outlook 16.0",
  ev=[("f06", "Kavery Precision Bearings Pvt. Ltd. of Coimbatore, India, manufactures aerospace-grade angular contact bearings to P4 class and can supply an equivalent (our KPB 7222-AC)"),
      ("f26", "Sudeep Vallabhaneni\nRegional Manager, Middle East & CIS\nKavery Precision Bearings Pvt. Ltd.")])

# 15 ----------------------------------------------------------------- noise IT password
M("it-pass", D(2024, 12, 12, 8, 30), IT, P, "Смена паролей до 20 декабря",
  "Коллеги!\n\nНапоминаем: до 20.12.2024 необходимо сменить пароль доменной учётной записи. "
  "Пароль – не менее 12 символов, не совпадает с тремя предыдущими.\n\nОтдел АСУП\n",
  charset="windows-1251", cte="base64", hcs="windows-1251")

# 16 ----------------------------------------------------------------- Huaxin offer
M("huaxin-offer", D(2024, 12, 17, 4, 50), QIAO, P_LAT, "HX-YK7350 CNC gear profile grinding machine - offer",
  "Dear Mr. Krechetov,\n\n"
  "Following the introduction by Ms Olga Murashova, please find our offer below.\n\n"
  "Nantong Huaxin Precision Machine Tool Co., Ltd. (南通华信精密机床有限公司) offers its HX-YK7350 CNC gear "
  "profile grinding machine as a replacement for your Kanemori KGG-400 machines: module 1-12 mm, "
  "workpiece diameter up to 500 mm, accuracy ISO 1328 grade 4. We can also supply CBN and ceramic "
  "grinding wheels of our own production.\n\n"
  "Delivery: 7 months from advance payment. Factory acceptance test at our plant in Nantong, Jiangsu. "
  "We would be honoured to welcome Mr Arkadii Teterin, General Director of Taltsegorsk Gearbox Plant, at our factory.\n\n"
  "Best regards,\nQiao Yuling\nOverseas Sales Manager\nNantong Huaxin Precision Machine Tool Co., Ltd.\n"
  "Nantong, Jiangsu, China  Tel. +86 513 5550 2291\n",
  charset="utf-8", cte="base64", mailer="Foxmail 7.2",
  ev=[("f05", "Nantong Huaxin Precision Machine Tool Co., Ltd. (南通华信精密机床有限公司) offers its HX-YK7350 CNC gear profile grinding machine as a replacement for your Kanemori KGG-400 machines"),
      ("f27", "Qiao Yuling\nOverseas Sales Manager\nNantong Huaxin Precision Machine Tool Co., Ltd."),
      ("f23", "Mr Arkadii Teterin, General Director of Taltsegorsk Gearbox Plant")])

# 17 ----------------------------------------------------------------- noise New Year greeting (HTML + text)
M("ny", D(2024, 12, 27, 12, 0), ("Приёмная генерального директора", "priemnaya@trz.example.ru"),
  ("Все сотрудники", "all@trz.example.ru"), "С Новым 2025 годом!",
  "Дорогие коллеги!\n\nПоздравляю вас с наступающим Новым годом! Спасибо за работу в непростом году.\n\n"
  "Генеральный директор А.Б. Тетерин\n",
  html="<html><body><p>Дорогие коллеги!</p><p>Поздравляю вас с наступающим Новым годом! "
       "Спасибо за работу в непростом году.</p><p>Генеральный директор А.Б. Тетерин</p></body></html>",
  charset="utf-8", cte="base64")

# 18 ----------------------------------------------------------------- mother-in-law, Ukrainian
M("hanna-1", D(2025, 1, 9, 19, 40), HANNA, P, "З Різдвом!",
  "Павлику, добрий вечір!\n\n"
  "Вітаю вас усіх з Різдвом. Передай Інні, моїй доні, що посилку я отримала, дякую. "
  "Нехай не хвилюється, тиск у мене нормальний.\n\n"
  "Глібко мені писав на свята, каже, що на новій роботі багато працює. Передай йому, нехай береже себе.\n\n"
  "Цілую вас,\nГанна Петрівна\n", charset="utf-8", cte="quoted-printable", mailer="iPhone Mail (20H115)",
  ev=[("f21", "Передай Інні, моїй доні, що посилку я отримала")])

# 19 ----------------------------------------------------------------- reply to Kavery, Outlook original block
M("kavery-reply", D(2025, 1, 14, 10, 15), P_LAT, SUDEEP, "RE: Equivalent for RLX 7222 bearings",
  "Dear Mr Vallabhaneni,\n\nthank you for your offer. We are interested in the KPB 7222-AC. "
  "Please send 10 sample bearings with the certificates for our incoming inspection and bench tests. "
  "We are planning a visit to Coimbatore in February to see your production.\n" + SIG_P_EN +
  "\n-----Original Message-----\nFrom: Sudeep Vallabhaneni <sudeep.v@kavery.example.in>\n"
  "Sent: Tuesday, December 10, 2024 1:22 PM\nTo: Pavel Krechetov <p.krechetov@trz.example.ru>\n"
  "Subject: Equivalent for RLX 7222 bearings\n\n" + KAVERY_OFFER,
  charset="utf-8", cte="7bit",
  ev=[("f06", "We are interested in the KPB 7222-AC. Please send 10 sample bearings with the certificates for our incoming inspection and bench tests."),
      ("f06", "Kavery Precision Bearings Pvt. Ltd. of Coimbatore, India, manufactures aerospace-grade angular contact bearings to P4 class")])

# 20 ----------------------------------------------------------------- January minutes (DOCX)
minutes_jan = make_docx("Протокол видеосовещания по ОКР «Кедр» от 20.01.2025", [
    "Участники:",
    "от АО «Тальцегорский редукторный завод»: Тетерин А.Б. – генеральный директор; Кречетов П.И. – заместитель главного инженера; Мурашова О.Д. – начальник отдела ВЭД;",
    "от ОАО «Мозырский центр трансмиссий»: Ярошевич Д.А. – главный конструктор.",
    "1. Стороны подтвердили намерение совместно разработать главный редуктор ГРВ-350 (шифр «Кедр»).",
    "2. Белорусская сторона настаивает на финансировании в равных долях. Российская сторона предлагает 40 % со своей стороны и 60 % с белорусской. Решение по долям отложено до марта 2025 г.",
    "3. Ответственный за техническое задание – Кречетов П.И.",
])
M("minutes-jan", D(2025, 1, 21, 15, 30), MURASHOVA, P, "Протокол видеосовещания с МЦТ",
  "Павел Игнатьевич, протокол вчерашнего совещания во вложении. Замечания до пятницы, пожалуйста.\n" + SIG_M,
  cc=[TETERIN], charset="utf-8", cte="base64",
  atts=[file_part(minutes_jan, DOCX, "Протокол_Кедр_20.01.2025.docx", style="2231")],
  ev=[("f02", "1. Стороны подтвердили намерение совместно разработать главный редуктор ГРВ-350 (шифр «Кедр»)."),
      ("f22", "Кречетов П.И. – заместитель главного инженера"),
      ("f23", "Тетерин А.Б. – генеральный директор"),
      ("f24", "Мурашова О.Д. – начальник отдела ВЭД"),
      ("f25", "от ОАО «Мозырский центр трансмиссий»: Ярошевич Д.А. – главный конструктор."),
      ("f24", "начальник отдела внешнеэкономической деятельности\nАО «ТРЗ»")])

# 21 ----------------------------------------------------------------- noise meeting
M("planerka", D(2025, 1, 23, 8, 0), ("Приёмная главного инженера", "glinzh@trz.example.ru"), P,
  "Планёрка перенесена",
  "Планёрка у главного инженера в пятницу переносится с 9:00 на 10:30, зал заседаний 2-го корпуса.\n",
  charset="koi8-r", cte="8bit", hcs="koi8-r", mailer="Mutt/1.5.21 (2010-09-15)")

# 22 ----------------------------------------------------------------- Tekinsoy offer
TEKINSOY_OFFER = (
    "Dear Mr. Krechetov,\n\n"
    "Ms Murashova told us that your plant needs CBN grinding wheels for gear profile grinding.\n\n"
    "Tekinsoy Abrasiv Sanayi ve Ticaret A.Ş. manufactures vitrified CBN wheels in our plant in Bursa, Turkey. "
    "We can make wheels to the profile of your Kanemori KGG-400 machines from your drawings; a trial batch can be "
    "ready in 6 weeks.\n")
M("tekinsoy", D(2025, 1, 28, 12, 44), EMRE, P_LAT, "CBN grinding wheels for gear grinding",
  TEKINSOY_OFFER + "\nBest regards,\nEmre Kılıçarslanoğlu\nExport Manager\nTekinsoy Abrasiv San. ve Tic. A.Ş.\n"
  "Nilüfer OSB, Bursa, Türkiye  +90 224 555 40 18\n", charset="utf-8", cte="quoted-printable",
  ev=[("f07", "Tekinsoy Abrasiv Sanayi ve Ticaret A.Ş. manufactures vitrified CBN wheels in our plant in Bursa, Turkey."),
      ("f29", "Emre Kılıçarslanoğlu\nExport Manager\nTekinsoy Abrasiv San. ve Tic. A.Ş.")])

# 23 ----------------------------------------------------------------- cancelled India trip (loose? no: mbox)
M("cancel-india", D(2025, 2, 5, 9, 10), P, MURASHOVA, "Поездка в Коимбатур",
  "Ольга Дмитриевна,\n\nпоездку в Коимбатур отменяем: Аркадий Борисович не подписал, да и смысла нет – "
  "образцы Kavery пришли, входной контроль прошли. С Судипом Валлабханени встретимся по видео, а стендовые испытания "
  "подшипников KPB 7222-AC начинаем в марте.\n" + SIG_P,
  charset="windows-1251", cte="base64", hcs="windows-1251",
  ev=[("f06", "образцы Kavery пришли, входной контроль прошли"),
      ("f06", "стендовые испытания подшипников KPB 7222-AC начинаем в марте")])

# 24 ----------------------------------------------------------------- reply to Tekinsoy, '>' quoting
M("tekinsoy-reply", D(2025, 2, 11, 14, 2), P_LAT, EMRE, "Re: CBN grinding wheels for gear grinding",
  "Dear Mr Kılıçarslanoğlu,\n\nour stock of CBN wheels for the Kanemori machines is nearly exhausted, so we "
  "would like to order a trial batch of 20 wheels. Drawings are attached to the next mail; Ms Murashova will "
  "send the contract.\n" + SIG_P_EN + "\nOn 28.01.2025 12:44, Emre Kılıçarslanoğlu wrote:\n" +
  "".join("> " + ln + "\n" for ln in TEKINSOY_OFFER.split("\n")),
  charset="utf-8", cte="quoted-printable", mailer="Mozilla Thunderbird 115.4",
  ev=[("f07", "we would like to order a trial batch of 20 wheels"),
      ("f09", "our stock of CBN wheels for the Kanemori machines is nearly exhausted")])

# 25 ----------------------------------------------------------------- Sudeep, citizenship (loose? keep mbox)
M("sudeep-visa", D(2025, 2, 18, 11, 11), SUDEEP, P_LAT, "Visit to Taltsegorsk - details for the invitation",
  "Dear Mr Krechetov,\n\n"
  "as requested, the details for your invitation letter: Sudeep Vallabhaneni, born 14.07.1981, Indian citizen, "
  "passport No. Z4471920 issued at Chennai; I live in Sharjah on a UAE residence visa.\n\n"
  "However, my management has asked me to postpone the visit to Russia until the bench tests are complete, so please "
  "do not apply for the visa yet. We can discuss the test programme by video.\n" + SIG_SUDEEP,
  charset="utf-8", cte="base64",
  ev=[("f16", "Sudeep Vallabhaneni, born 14.07.1981, Indian citizen, passport No. Z4471920 issued at Chennai"),
      ("f26", "Sudeep Vallabhaneni\nRegional Manager, Middle East & CIS\nKavery Precision Bearings Pvt. Ltd.")])

# 26 ----------------------------------------------------------------- noise 23 Feb
M("feb23", D(2025, 2, 21, 16, 0), ("Совет женщин АО «ТРЗ»", "women@trz.example.ru"), ("Все сотрудники", "all@trz.example.ru"),
  "С Днём защитника Отечества!",
  "Дорогие мужчины! Поздравляем вас с праздником! В пятницу в 15:00 в актовом зале – концерт.\n",
  charset="utf-8", cte="8bit")

# 27 ----------------------------------------------------------------- domestic trip Severomorsk
M("severomorsk", D(2025, 2, 26, 10, 0), KANC, P, "Командировка в Североморск",
  "Кречетову П.И.\n\nНаправляю копию приказа №214-к: командировать заместителя главного инженера "
  "Кречетова П.И. в г. Североморск (в/ч 62251) с 03.03.2025 по 06.03.2025 для рассмотрения рекламации "
  "по главному редуктору ВР-252 вертолёта Ка-27ПС.\n\nКанцелярия АО «ТРЗ»\n",
  charset="koi8-r", cte="quoted-printable", hcs="koi8-r", mailer="Mutt/1.5.21 (2010-09-15)",
  ev=[("f01", "рекламации по главному редуктору ВР-252 вертолёта Ка-27ПС"),
      ("f22", "командировать заместителя главного инженера Кречетова П.И.")])

# 28 ----------------------------------------------------------------- grey market offer (declined)
GREY = (
    "Dear Mr Krechetov,\n\n"
    "We are a Dubai trading house with stock of genuine Rotalux bearings, including RLX 7222-HP. We can deliver 40 pcs "
    "within 3 weeks to any address in Central Asia. The end-user documentation will be issued to a UAE maintenance "
    "company, so there will be no questions from the manufacturer. Price: 3.2 times list price, 100% prepayment.\n\n"
    "Tariq Bensaleh\nBusiness Development\nMeridian Sands General Trading FZE, Dubai, UAE\n")
M("grey-offer", D(2025, 3, 4, 9, 58), ("Tariq Bensaleh", "tariq@meridiansands.example.ae"), P_LAT,
  "Genuine Rotalux bearings ex stock Dubai", GREY, charset="us-ascii", cte="7bit",
  mailer="Gmail")

M("grey-decline", D(2025, 3, 5, 11, 20), MURASHOVA, P, "RE: Genuine Rotalux bearings ex stock Dubai",
  "Павел Игнатьевич,\n\nэто серая схема с подставным конечным пользователем. Служба безопасности против, "
  "и я тоже. Предлагаю ответить отказом и дальше с этой фирмой не переписываться.\n" + SIG_M +
  "\n> Ольга Дмитриевна, что скажете? По-моему, это то, во что нам лезть нельзя. Ждём результатов по Kavery. – П.К.\n\n"
  "-----Original Message-----\nFrom: Tariq Bensaleh <tariq@meridiansands.example.ae>\n"
  "Sent: Tuesday, March 4, 2025 9:58 AM\nTo: Pavel Krechetov\nSubject: Genuine Rotalux bearings ex stock Dubai\n\n" + GREY,
  charset="windows-1251", cte="quoted-printable", hcs="windows-1251", hmode="q")

# 29 ----------------------------------------------------------------- noise 8 March
M("march8", D(2025, 3, 7, 15, 0), ("Профком АО «ТРЗ»", "profkom@trz.example.ru"), ("Все сотрудники", "all@trz.example.ru"),
  "С 8 Марта!", "Милые женщины! Поздравляем с Международным женским днём! Цветы – в приёмных цехов.\n",
  charset="windows-1251", cte="8bit", hcs="windows-1251")

# 30 ----------------------------------------------------------------- signed protocol 55/45, Belarusian letter + DOCX
protocol = make_docx("Протокол о совместном выполнении ОКР «Кедр» (главный редуктор ГРВ-350)", [
    "г. Мозырь, 14 марта 2025 г.",
    "АО «Тальцегорский редукторный завод» (Российская Федерация) и ОАО «Мозырский центр трансмиссий» (Республика Беларусь) договорились о совместном выполнении опытно-конструкторской работы по созданию главного редуктора ГРВ-350.",
    "Финансирование ОКР: АО «ТРЗ» – 55 %, ОАО «МЦТ» – 45 %.",
    "Срок защиты эскизного проекта – июнь 2025 г., г. Мозырь.",
    "От АО «ТРЗ»: генеральный директор А.Б. Тетерин",
    "От ОАО «МЦТ»: директор В.Н. Жолудевич",
])
M("protocol", D(2025, 3, 18, 10, 25), YAR_BY, P, "Пратакол па ДКР «Кедр»",
  "Паважаны Павел Ігнатьевіч!\n\n"
  "Дасылаю падпісаны з нашага боку пратакол аб сумесным выкананні ДКР па галоўным рэдуктары ГРВ-350. "
  "Як дамовіліся па тэлефоне, доля АА «Тальцагорскі рэдуктарны завод» – 55 %, наша – 45 %. "
  "Прашу перадаць пратакол на подпіс Аркадзю Барысавічу.\n" + SIG_Y_BY,
  charset="utf-8", cte="base64", hcs="utf-8", mailer="Mozilla Thunderbird 115.4",
  atts=[file_part(protocol, DOCX, "Protokol_Kedr_2025-03-14.docx")],
  ev=[("f02", "Дасылаю падпісаны з нашага боку пратакол аб сумесным выкананні ДКР па галоўным рэдуктары ГРВ-350."),
      ("f02", "Финансирование ОКР: АО «ТРЗ» – 55 %, ОАО «МЦТ» – 45 %."),
      ("f25", "галоўны канструктар\nААТ «Мазырскі цэнтр трансмісій»")])

# 31 ----------------------------------------------------------------- noise IT VPN, koi8-r
M("it-vpn", D(2025, 3, 20, 8, 20), IT, P, "Новый клиент VPN",
  "Уважаемые пользователи удалённого доступа!\n\nС 01.04.2025 старый клиент VPN перестанет работать. "
  "Установочный пакет нового клиента – на \\\\fs2\\soft\\vpn. Инструкция – на портале.\n\nОтдел АСУП\n",
  charset="koi8-r", cte="base64", hcs="koi8-r", mailer="Mutt/1.5.21 (2010-09-15)")

# 32 ----------------------------------------------------------------- mother-in-law, windows-1251, NO charset label (loose)
M("hanna-2", D(2025, 3, 30, 20, 5), ("", "sydorenko.h@ukr.example.ua"), P, "Паспорт",
  "Павлику, привіт.\n\n"
  "Інна питала, чи зможу я приїхати до вас влітку. Не зможу, синку: я громадянка України, з моїм паспортом "
  "мене до Росії зараз не пустять, та й сама не поїду. Краще ви з Інною до мене колись, як усе скінчиться.\n\n"
  "Ти в мене найкращий зять, бережи мою Інночку і Гліба.\n\n"
  "Мама Ганна\nСидоренко Г.П., Полтава\n",
  charset="windows-1251", cte="8bit", label=False, hcs="windows-1251", mailer="The Bat! (v9.4.2) Home",
  loose="004.eml",
  ev=[("f17", "я громадянка України, з моїм паспортом мене до Росії зараз не пустять"),
      ("f21", "Інна питала, чи зможу я приїхати до вас влітку."),
      ("f18", "Ти в мене найкращий зять, бережи мою Інночку і Гліба.")])

# 33 ----------------------------------------------------------------- technical council minutes in a ZIP
council = make_docx("Протокол технического совета АО «ТРЗ» №3 от 02.04.2025", [
    "Председатель – главный инженер Е.К. Быстров. Докладчик – заместитель главного инженера П.И. Кречетов.",
    "Слушали: о замене оборудования и комплектующих, поставки которых прекращены из-за санкций (Rotalux, Швейцария; Kanemori Seiki, Япония).",
    "Решили:",
    "1. Закупить два зубошлифовальных станка HX-YK7350 производства Nantong Huaxin Precision Machine Tool Co., Ltd. (КНР) взамен станков Kanemori KGG-400. Приёмочные испытания провести на заводе-изготовителе в г. Наньтун.",
    "2. Продолжить стендовые испытания подшипников KPB 7222-AC (Kavery Precision Bearings, Индия) как замены подшипников Rotalux RLX 7222-HP.",
    "3. Закупить пробную партию эльборовых кругов Tekinsoy Abrasiv (Турция) – 20 шт.",
    "4. До поставки новых станков шлифовку вести на KGG-400 в одну смену; запаса эльборовых кругов – до июня.",
    "5. Если санкционные ограничения будут сняты, вернуться к вопросу ремонта станков Kanemori у изготовителя.",
    "6. Предложение фирмы Meridian Sands (ОАЭ) о поставке подшипников Rotalux через третьи страны отклонить.",
])
M("council", D(2025, 4, 3, 16, 45), ("Технический отдел", "techotdel@trz.example.ru"), P,
  "Протокол техсовета №3",
  "Павел Игнатьевич, протокол техсовета в архиве (пароля нет).\n\nТехнический отдел, вн. 2-18\n",
  charset="utf-8", cte="base64",
  atts=[file_part(make_zip([("Протокол_техсовета_3.docx", council)]), "application/zip", "techsovet_3.zip")],
  ev=[("f05", "1. Закупить два зубошлифовальных станка HX-YK7350 производства Nantong Huaxin Precision Machine Tool Co., Ltd. (КНР) взамен станков Kanemori KGG-400."),
      ("f06", "2. Продолжить стендовые испытания подшипников KPB 7222-AC (Kavery Precision Bearings, Индия) как замены подшипников Rotalux RLX 7222-HP."),
      ("f07", "3. Закупить пробную партию эльборовых кругов Tekinsoy Abrasiv (Турция) – 20 шт."),
      ("f03", "поставки которых прекращены из-за санкций (Rotalux, Швейцария; Kanemori Seiki, Япония)"),
      ("f04", "поставки которых прекращены из-за санкций (Rotalux, Швейцария; Kanemori Seiki, Япония)"),
      ("f09", "4. До поставки новых станков шлифовку вести на KGG-400 в одну смену; запаса эльборовых кругов – до июня."),
      ("f22", "Докладчик – заместитель главного инженера П.И. Кречетов.")])

# 34 ----------------------------------------------------------------- Inna: Antalya "на майские"
M("inna-antalya", D(2025, 4, 14, 21, 10), INNA, P, "Анталья",
  "Паша, путёвку в Анталью на майские я оплатила, вылет второго, обратно одиннадцатого. "
  "Отель в Ларе, у самого моря. Напиши своим в режимный отдел, что мы выезжаем, а то опять будет "
  "скандал.\n\nУ нашего Глеба на работе аврал, он с нами не летит.\n\nИ.\n",
  charset="utf-8", cte="8bit", mailer="Android Mail",
  ev=[("f10", "путёвку в Анталью на майские я оплатила, вылет второго, обратно одиннадцатого"),
      ("f20", "У нашего Глеба на работе аврал, он с нами не летит."),
      ("f19", "У нашего Глеба на работе аврал, он с нами не летит.")])

# 35 ----------------------------------------------------------------- notification to security dept (koi8-r)
M("rso-antalya", D(2025, 4, 16, 9, 5), P, REZHIM, "Уведомление о выезде за рубеж",
  "В режимно-секретный отдел\nот заместителя главного инженера Кречетова П.И.\n\n"
  "УВЕДОМЛЕНИЕ\n\n"
  "Уведомляю о выезде в Турецкую Республику (г. Анталья) с 02.05.2025 по 11.05.2025 с целью отдыха "
  "вместе с супругой Кречетовой Инной Валерьевной. Выезд по заграничному паспорту гражданина Российской Федерации "
  "75 №4418203.\n\nП.И. Кречетов\n16.04.2025\n",
  charset="koi8-r", cte="base64", hcs="koi8-r", mailer="Mutt/1.5.21 (2010-09-15)",
  ev=[("f10", "Уведомляю о выезде в Турецкую Республику (г. Анталья) с 02.05.2025 по 11.05.2025 с целью отдыха вместе с супругой Кречетовой Инной Валерьевной."),
      ("f18", "вместе с супругой Кречетовой Инной Валерьевной"),
      ("f14", "Выезд по заграничному паспорту гражданина Российской Федерации 75 №4418203.")])

# 36 ----------------------------------------------------------------- booking confirmation, PDF
booking = make_pdf([
    "SunRiviera Travel - Booking confirmation No. SR-250420-0931",
    "Hotel: Lara Palm Garden Resort, Lara, Antalya, Turkiye",
    "Guests: Mr Pavel Krechetov, Mrs Inna Krechetova",
    "Check-in: 02.05.2025   Check-out: 11.05.2025   9 nights, double room, all inclusive",
    "Flight: SVX-AYT 02.05.2025 07:40, AYT-SVX 11.05.2025 15:10",
])
M("booking", D(2025, 4, 20, 13, 33), ("SunRiviera Travel", "booking@sunriviera.example.ru"), P_LAT,
  "Booking confirmation SR-250420-0931",
  "Dear Mr Pavel Krechetov,\n\nthank you for booking with SunRiviera Travel. Your confirmation is attached.\n\n"
  "SunRiviera Travel, Yekaterinburg\n",
  charset="us-ascii", cte="7bit", mailer="SunRiviera booking engine",
  atts=[file_part(booking, "application/pdf", "SR-250420-0931.pdf")],
  ev=[("f10", "Hotel: Lara Palm Garden Resort, Lara, Antalya, Turkiye"),
      ("f10", "Guests: Mr Pavel Krechetov, Mrs Inna Krechetova"),
      ("f10", "Check-in: 02.05.2025   Check-out: 11.05.2025   9 nights, double room, all inclusive")])

# 37 ----------------------------------------------------------------- noise HR holidays
M("hr-may", D(2025, 4, 25, 10, 0), ("Отдел кадров", "ok@trz.example.ru"), ("Все сотрудники", "all@trz.example.ru"),
  "Режим работы в майские праздники",
  "Уважаемые работники!\n\nНерабочие дни: 1–4 мая и 8–11 мая. 7 мая – сокращённый день. "
  "Цеха непрерывного цикла работают по отдельному графику.\n\nОтдел кадров\n",
  charset="windows-1251", cte="quoted-printable", hcs="windows-1251", hmode="q")

# 38 ----------------------------------------------------------------- noise newsletter 2, English
M("news-2", D(2025, 5, 15, 3, 0), ("Gear Technology Weekly", "newsletter@geartech-weekly.example.com"), P_LAT,
  "Gear Technology Weekly: grinding wheel prices up 12%",
  html_only=True, cte="quoted-printable",
  html="<html><body><h3>Gear Technology Weekly</h3><p>CBN wheel prices rose 12% in the first quarter, "
       "says an industry survey. A German gear maker opened a new plant in Hungary.</p>"
       "<p>Webinar next week: profile grinding of helicopter gears.</p>"
       "<p><a href=\"https://geartech-weekly.example.com/unsubscribe\">Unsubscribe</a></p></body></html>",
  mailer="Mailchimp")

# 39 ----------------------------------------------------------------- Mozyr invitation, Belarusian
M("mozyr-invite", D(2025, 5, 20, 12, 0), YAR_BY, P, "Абарона эскізнага праекта ГРВ-350",
  "Паважаны Павел Ігнатьевіч!\n\n"
  "Абарону эскізнага праекта галоўнага рэдуктара ГРВ-350 («Кедр») прызначаем на 10–11 чэрвеня ў нас у Мазыры. "
  "Чакаем Аркадзя Барысавіча і Вас 9 чэрвеня, гасцініца заказана. На мяжы дакументы праверайце загадзя.\n" + SIG_Y_BY,
  charset="utf-8", cte="quoted-printable", mailer="Mozilla Thunderbird 115.4",
  ev=[("f11", "Абарону эскізнага праекта галоўнага рэдуктара ГРВ-350 («Кедр») прызначаем на 10–11 чэрвеня ў нас у Мазыры."),
      ("f11", "Чакаем Аркадзя Барысавіча і Вас 9 чэрвеня, гасцініца заказана."),
      ("f02", "Абарону эскізнага праекта галоўнага рэдуктара ГРВ-350 («Кедр») прызначаем на 10–11 чэрвеня ў нас у Мазыры.")])

# 40 ----------------------------------------------------------------- order for the Mozyr trip (DOCX)
order = make_docx("Приказ №388-к от 27.05.2025 «О направлении в командировку»", [
    "Командировать в г. Мозырь (Республика Беларусь), ОАО «Мозырский центр трансмиссий», с 09.06.2025 по 12.06.2025:",
    "– генерального директора Тетерина А.Б.;",
    "– заместителя главного инженера Кречетова П.И.",
    "Цель командировки: участие в защите эскизного проекта главного редуктора ГРВ-350 (ОКР «Кедр»).",
    "Проезд: Екатеринбург – Минск авиа, Минск – Мозырь автотранспортом принимающей стороны.",
    "Генеральный директор А.Б. Тетерин",
])
M("mozyr-order", D(2025, 5, 28, 11, 40), KANC, P, "Приказ о командировании в г. Мозырь",
  "Кречетову П.И.\n\nНаправляем копию приказа №388-к для ознакомления.\n\nКанцелярия АО «ТРЗ»\n",
  charset="windows-1251", cte="base64", hcs="windows-1251",
  atts=[file_part(order, DOCX, "Приказ_388-к.docx")],
  ev=[("f11", "Командировать в г. Мозырь (Республика Беларусь), ОАО «Мозырский центр трансмиссий», с 09.06.2025 по 12.06.2025:"),
      ("f11", "Цель командировки: участие в защите эскизного проекта главного редуктора ГРВ-350 (ОКР «Кедр»)."),
      ("f02", "Цель командировки: участие в защите эскизного проекта главного редуктора ГРВ-350 (ОКР «Кедр»)."),
      ("f23", "– генерального директора Тетерина А.Б.;"),
      ("f22", "– заместителя главного инженера Кречетова П.И.")])

# 41 ----------------------------------------------------------------- noise IT phishing (HTML + text)
M("it-phish", D(2025, 6, 2, 9, 0), IT, ("Все сотрудники", "all@trz.example.ru"), "Осторожно: фишинг",
  "Коллеги! Участились письма якобы от «Госуслуг» со ссылками на поддельные сайты. Не открывайте вложения "
  "из неизвестных источников. О подозрительных письмах сообщайте на вн. 3-11.\n",
  html="<html><body><p><b>Коллеги!</b> Участились письма якобы от «Госуслуг» со ссылками на поддельные сайты. "
       "Не открывайте вложения из неизвестных источников.</p></body></html>",
  charset="utf-8", cte="quoted-printable")

# 42 ----------------------------------------------------------------- Italian visa refusal (loose)
M("visa-refusal", D(2025, 6, 19, 14, 12), ("Visa Application Centre Italy - Yekaterinburg", "noreply@visa-italy.example.ru"),
  ("Inna Krechetova", "p.krechetov@trz.example.ru"), "Your visa application YEK-IT-2025-06-01187",
  "Dear Ms KRECHETOVA INNA,\n\n"
  "Your application YEK-IT-2025-06-01187 for a short-stay Schengen visa (Italy, Rimini, 04.08.2025 - 18.08.2025) "
  "has been processed. The Consulate has decided to refuse the visa (ground 10: justification for the purpose "
  "of stay not provided). Your passport is ready for collection.\n\n"
  "This is an automatic message, please do not reply.\n",
  charset="us-ascii", cte="7bit", loose="005.eml", mailer="VAC notification service")

# 43 ----------------------------------------------------------------- Inna after refusal (domestic trip)
M("inna-visa", D(2025, 6, 20, 8, 45), INNA, P, "Италия",
  "Паш, Италию мне не дали, отказ. Ну и ладно, в августе поеду к Лене в Казань на неделю, а Римини подождёт.\n"
  "Глебу не говори пока, расстроится – он мне этот тур сам нашёл.\n",
  charset="utf-8", cte="base64", mailer="Android Mail")

# 44 ----------------------------------------------------------------- Pavel to friend: "в прошлом месяце"
TO_FRIEND = (
    "Валера, привет!\n\n"
    "Извини, что пропал. В прошлом месяце ездили с Аркадием Борисовичем в Мозырь, защитили эскизный проект "
    "«Кедра» – специалисты Мозырского центра трансмиссий приняли без серьёзных замечаний. Теперь опытный образец, работы на год.\n"
    "Как у вас со станками? Мы всё-таки берём китайские.\n\nПаша\n")
M("to-friend", D(2025, 7, 8, 22, 3), ("Павел", "p.krechetov@trz.example.ru"), FRIEND, "Как дела",
  TO_FRIEND, charset="utf-8", cte="quoted-printable", mailer="Mozilla Thunderbird 115.4",
  ev=[("f11", "В прошлом месяце ездили с Аркадием Борисовичем в Мозырь, защитили эскизный проект «Кедра»"),
      ("f02", "В прошлом месяце ездили с Аркадием Борисовичем в Мозырь, защитили эскизный проект «Кедра»"),
      ("f05", "Мы всё-таки берём китайские.")])

# 45 ----------------------------------------------------------------- friend replies: third-person relation
M("friend-reply", D(2025, 7, 11, 19, 30), FRIEND, ("Павел", "p.krechetov@trz.example.ru"), "Re: Как дела",
  "Паша, привет!\n\n"
  "Рад за «Кедр». Станки у нас тоже китайские, пока не жалуемся.\n\n"
  "Кстати, видел на выставке в Екатеринбурге твоего Глеба – стоял на стенде «Кварцит-Софта», рассказывал про "
  "цифровые двойники. Солидный стал, не узнать. Он у них программистом?\n\n"
  "Валерий\n\n"
  "08.07.2025 22:03, Павел пишет:\n" + "".join("> " + ln + "\n" for ln in TO_FRIEND.split("\n")),
  charset="koi8-r", cte="base64", hcs="koi8-r", mailer="Mutt/1.5.21 (2010-09-15)",
  ev=[("f19", "видел на выставке в Екатеринбурге твоего Глеба – стоял на стенде «Кварцит-Софта»"),
      ("f28", "видел на выставке в Екатеринбурге твоего Глеба – стоял на стенде «Кварцит-Софта»"),
      ("f11", "В прошлом месяце ездили с Аркадием Борисовичем в Мозырь, защитили эскизный проект «Кедра»"),
      ("f02", "В прошлом месяце ездили с Аркадием Борисовичем в Мозырь, защитили эскизный проект «Кедра»"),
      ("f05", "Мы всё-таки берём китайские.")])

# 46 ----------------------------------------------------------------- supplementary agreement 65/35
SUPP = (
    "Уважаемый Павел Игнатьевич!\n\n"
    "Направляю проект дополнительного соглашения №1 к протоколу о совместном выполнении ОКР «Кедр». "
    "В связи с сокращением бюджетного финансирования с белорусской стороны доли меняются: "
    "АО «ТРЗ» – 65 %, ОАО «МЦТ» – 35 %. Объём работ сторон не меняется.\n\n"
    "Если Аркадий Борисович согласен, прошу подписать и вернуть скан.\n")
M("supp", D(2025, 7, 22, 10, 10), YAR, P, "Дополнительное соглашение №1 по ОКР «Кедр»",
  SUPP + SIG_Y, charset="utf-8", cte="base64", mailer="Mozilla Thunderbird 115.4",
  ev=[("f02", "доли меняются: АО «ТРЗ» – 65 %, ОАО «МЦТ» – 35 %"),
      ("f25", "главный конструктор\nОАО «Мозырский центр трансмиссий»")])

M("supp-reply", D(2025, 7, 24, 16, 55), P, YAR, "RE: Дополнительное соглашение №1 по ОКР «Кедр»",
  "Дмитрий Анатольевич, добрый день!\n\nАркадий Борисович подписал, 65 на 35 – согласны. Скан во вложении "
  "пришлю завтра, оригиналы – почтой.\n" + SIG_P +
  "\n-----Original Message-----\nFrom: Ярошевич Дмитрий Анатольевич <d.yaroshevich@mct.example.by>\n"
  "Sent: Tuesday, July 22, 2025 10:10 AM\nTo: Кречетов Павел Игнатьевич <p.krechetov@trz.example.ru>\n"
  "Subject: Дополнительное соглашение №1 по ОКР «Кедр»\n\n" + SUPP,
  charset="windows-1251", cte="quoted-printable", hcs="windows-1251", hmode="b",
  ev=[("f02", "Аркадий Борисович подписал, 65 на 35 – согласны."),
      ("f02", "доли меняются: АО «ТРЗ» – 65 %, ОАО «МЦТ» – 35 %")])

# 47 ----------------------------------------------------------------- security dept on Yaroshevich (koi8-r, loose)
M("rso-yar", D(2025, 7, 29, 11, 0), REZHIM, P, "Допуск для Ярошевича Д.А.",
  "Павел Игнатьевич!\n\n"
  "По вашей заявке на допуск Ярошевича Дмитрия Анатольевича (ОАО «МЦТ») к конструкторской документации "
  "ОКР «Кедр» (передача по защищённому каналу связи): он гражданин Республики Беларусь (паспорт MC 2841170, YARASHEVICH DZMITRY), имеет вид на жительство в РФ, "
  "но гражданином РФ не является, поэтому допуск оформляем как иностранному гражданину, по отдельному перечню документов. Ответственный – вы.\n\n"
  "Начальник РСО Т.Г. Сальникова\n",
  charset="koi8-r", cte="quoted-printable", hcs="koi8-r", mailer="Mutt/1.5.21 (2010-09-15)", loose="006.eml",
  ev=[("f15", "он гражданин Республики Беларусь (паспорт MC 2841170, YARASHEVICH DZMITRY), имеет вид на жительство в РФ"),
      ("f15", "но гражданином РФ не является")])

# 48 ----------------------------------------------------------------- noise HR vacation
M("hr-vac", D(2025, 8, 4, 9, 30), ("Отдел кадров", "ok@trz.example.ru"), P, "График отпусков на 2026 год",
  "Павел Игнатьевич, прошу до 15 сентября сдать график отпусков работников вашего подразделения на 2026 год.\n\n"
  "Инспектор ОК Е.А. Лаптева\n", charset="utf-8", cte="base64")

# 49 ----------------------------------------------------------------- civil firefighting work (trap)
M("taezhnik", D(2025, 8, 6, 13, 15), ("АО «Таёжник» – техническая служба", "tech@taezhnik.example.ru"), P,
  "Срочный ремонт ВР-252 для Ка-32А11ВС",
  "Уважаемый Павел Игнатьевич!\n\n"
  "Пожароопасный сезон в разгаре, у нас простаивает пожарный Ка-32А11ВС RA-31577 из-за стружки в масле "
  "главного редуктора ВР-252. Просим принять редуктор в срочный ремонт вне графика. Оплату гарантируем.\n\n"
  "Главный инженер АО «Таёжник» (авиалесоохрана)\nА.В. Пинегин\n",
  charset="utf-8", cte="quoted-printable")

# 50 ----------------------------------------------------------------- Murashova: China trip agreed
M("china-plan", D(2025, 8, 26, 15, 0), MURASHOVA, P, "Командировка в КНР",
  "Павел Игнатьевич,\n\nкомандировка в КНР (г. Наньтун, провинция Цзянсу) согласована: с 07.09 по 13.09.2025 "
  "летим вдвоём – вы и я – на приёмочные испытания первого станка HX-YK7350 на заводе Nantong Huaxin. "
  "Приглашение от госпожи Цяо на имя Тальцегорского редукторного завода получено, визы оформляет агентство. Летим через Алматы, пересадка три часа, "
  "из аэропорта Пудун до Наньтуна – машина завода.\n" + SIG_M,
  charset="windows-1251", cte="base64", hcs="windows-1251",
  ev=[("f12", "командировка в КНР (г. Наньтун, провинция Цзянсу) согласована: с 07.09 по 13.09.2025 летим вдвоём – вы и я – на приёмочные испытания первого станка HX-YK7350 на заводе Nantong Huaxin"),
      ("f05", "на приёмочные испытания первого станка HX-YK7350 на заводе Nantong Huaxin"),
      ("f24", "начальник отдела внешнеэкономической деятельности\nАО «ТРЗ»")])

# 51 ----------------------------------------------------------------- Gleb: "на следующей неделе"
M("gleb-tbilisi", D(2025, 8, 28, 18, 20), GLEB, P, "Тбилиси",
  "Пап, привет!\n\n"
  "На следующей неделе лечу в Тбилиси, один, на неделю – просто отдохнуть, в «Кварцит-Софте» наконец дали отпуск "
  "после релиза. Маме скажи, чтобы не волновалась, я буду на связи.\n\nГлеб\n",
  charset="utf-8", cte="base64", mailer="Android Mail",
  ev=[("f13", "На следующей неделе лечу в Тбилиси, один, на неделю – просто отдохнуть"),
      ("f28", "в «Кварцит-Софте» наконец дали отпуск после релиза"),
      ("f19", "Пап, привет!")])

# 52 ----------------------------------------------------------------- e-ticket, transit Almaty
M("eticket", D(2025, 9, 2, 10, 5), ("UralAviaTour corporate", "corp@uralaviatour.example.ru"), MURASHOVA,
  "E-ticket / Электронный билет: KRECHETOV PAVEL MR, MURASHOVA OLGA MS",
  "ELECTRONIC TICKET ITINERARY RECEIPT\n\n"
  "PASSENGERS: KRECHETOV PAVEL MR / MURASHOVA OLGA MS\n"
  "07SEP SVX ALA  dep 08:25 arr 10:05\n"
  "07SEP ALA PVG  dep 13:10 arr 21:35\n"
  "13SEP PVG ALA  dep 09:20 arr 13:00\n"
  "13SEP ALA SVX  dep 15:40 arr 17:15\n\n"
  "Transit in Almaty: no Kazakhstan visa required for transit passengers.\n",
  cc=[P], charset="us-ascii", cte="7bit", mailer="UralAviaTour",
  ev=[("f12", "PASSENGERS: KRECHETOV PAVEL MR / MURASHOVA OLGA MS"),
      ("f12", "07SEP ALA PVG  dep 13:10 arr 21:35")])

# 53 ----------------------------------------------------------------- Gleb back
M("gleb-back", D(2025, 9, 11, 21, 0), GLEB, [P, INNA], "Вернулся",
  "Мам, пап, я дома. Тбилиси – огонь, привёз вам чурчхелу и вино. В субботу заеду.\n\nГлеб\n",
  charset="utf-8", cte="quoted-printable", mailer="Android Mail",
  ev=[("f13", "Тбилиси – огонь, привёз вам чурчхелу и вино."),
      ("f19", "Мам, пап, я дома."),
      ("f20", "Мам, пап, я дома.")])

# 54 ----------------------------------------------------------------- report after China
M("china-report", D(2025, 9, 16, 9, 20), P, TETERIN, "Итоги командировки в КНР",
  "Аркадий Борисович,\n\nвернулись с Ольгой Дмитриевной из Наньтуна. Приёмочные испытания первого станка HX-YK7350 "
  "на заводе Nantong Huaxin прошли: точность по ISO 1328 – 4 степень, как в контракте. Отгрузка – в октябре, "
  "монтаж и обучение операторов – силами Хуасиня в ноябре. По второму станку срок – январь.\n\n"
  "Подробный отчёт и акт – во вложении к служебной записке, передам в приёмную.\n" + SIG_P,
  charset="windows-1251", cte="quoted-printable", hcs="windows-1251", hmode="q",
  ev=[("f12", "вернулись с Ольгой Дмитриевной из Наньтуна"),
      ("f05", "Приёмочные испытания первого станка HX-YK7350 на заводе Nantong Huaxin прошли"),
      ("f22", "заместитель главного инженера\nАО «Тальцегорский редукторный завод»")])

# ----------------------------------------------------------------- more routine noise
M("quality-audit", D(2024, 11, 26, 10, 0), ("Служба качества", "oq@trz.example.ru"), P, "Внутренний аудит СМК",
  "Павел Игнатьевич, внутренний аудит системы менеджмента качества в вашем подразделении – 10 декабря. "
  "Прошу подготовить записи по управлению несоответствиями за 2024 год.\n\nВедущий аудитор М.Ю. Трофимова\n",
  charset="utf-8", cte="base64")
M("ot-training", D(2025, 1, 30, 9, 0), ("Отдел охраны труда", "ot@trz.example.ru"), P, "Обучение по охране труда",
  "Руководителям подразделений: проверка знаний по охране труда для ИТР – 12 и 13 февраля, учебный класс корпуса 5.\n",
  charset="koi8-r", cte="quoted-printable", hcs="koi8-r", mailer="Mutt/1.5.21 (2010-09-15)")
M("dms", D(2025, 2, 3, 12, 0), ("Отдел кадров", "ok@trz.example.ru"), ("Все сотрудники", "all@trz.example.ru"),
  "Полисы ДМС на 2025 год", "Полисы добровольного медицинского страхования на 2025 год можно получить в каб. 210 "
  "с паспортом. Программа включает стоматологию.\n", charset="windows-1251", cte="base64", hcs="windows-1251")
M("mro-expo", D(2025, 2, 27, 5, 30), ("MRO Gulf Expo", "invite@mrogulf.example.ae"), P_LAT,
  "Invitation: MRO Gulf Expo 2025, Dubai, 22-24 April",
  "Dear industry professional,\n\nYou are invited to visit MRO Gulf Expo 2025 in Dubai, 22-24 April. "
  "Register now for a free visitor badge.\n\nMRO Gulf Expo team\n", charset="us-ascii", cte="7bit",
  mailer="Mailchimp")
M("budget", D(2025, 3, 12, 14, 0), ("Планово-экономический отдел", "peo@trz.example.ru"), P, "Бюджет подразделения на II квартал",
  "Павел Игнатьевич, прошу до 20 марта направить заявку на бюджет подразделения на II квартал "
  "по форме Б-3 (в приложении к приказу №51).\n\nПЭО, вн. 2-33\n", charset="utf-8", cte="quoted-printable")
M("parking", D(2025, 4, 8, 8, 10), ("Административно-хозяйственный отдел", "aho@trz.example.ru"),
  ("Все сотрудники", "all@trz.example.ru"), "Ремонт парковки у корпуса 2",
  "С 14 по 25 апреля парковка у корпуса 2 закрыта на ремонт. Просим пользоваться стоянкой у КПП-3.\n",
  charset="koi8-r", cte="base64", hcs="koi8-r", mailer="Mutt/1.5.21 (2010-09-15)")
M("birthday", D(2025, 5, 22, 9, 0), ("Бюро главного инженера", "glinzh@trz.example.ru"), P, "Сбор на подарок",
  "Коллеги, в пятницу у Евгения Константиновича юбилей. Сбор на подарок – у Светланы до четверга.\n",
  charset="utf-8", cte="8bit")
M("it-quota", D(2025, 6, 24, 8, 0), IT, P, "Почтовый ящик почти заполнен",
  "Ваш почтовый ящик заполнен на 92 %. Удалите ненужные письма или заархивируйте их.\n\n"
  "Это автоматическое сообщение сервера mail2.trz.\n", charset="koi8-r", cte="8bit", hcs="koi8-r",
  mailer="Mutt/1.5.21 (2010-09-15)")
M("tender", D(2025, 7, 2, 11, 0), ("Отдел закупок", "zakupki@trz.example.ru"), P, "Закупка СИЗ: согласование ТЗ",
  "Павел Игнатьевич, прошу согласовать техническое задание на закупку средств индивидуальной защиты "
  "для цеха №4 (во вложении на портале закупок, лот 25-117).\n\nСпециалист по закупкам А.И. Зуева\n",
  charset="windows-1251", cte="quoted-printable", hcs="windows-1251", hmode="q")
M("library", D(2025, 8, 13, 10, 0), ("Научно-техническая библиотека", "ntb@trz.example.ru"), P, "Новые поступления",
  "В НТБ поступили: «Вертолётные трансмиссии: расчёт и конструирование» (3-е изд.), ГОСТ Р 59874-2025. "
  "Выдача – на абонементе.\n", charset="utf-8", cte="base64")
M("news-3", D(2025, 8, 20, 6, 0), ("Вестник авиаремонта", "digest@avia-remont.example.com"), P,
  "Вестник авиаремонта №82", html_only=True, cte="base64", mailer="Sendinblue",
  html="<html><body><h2>Вестник авиаремонта №82</h2><p>Минпромторг продлил программу субсидий на "
       "закупку отечественных станков. Белорусские предприятия отрасли обсуждают совместные проекты "
       "с российскими партнёрами.</p><p>Отписаться</p></body></html>")
M("it-migr", D(2025, 9, 22, 8, 0), IT, ("Все сотрудники", "all@trz.example.ru"), "Переход на новый почтовый сервер",
  "Уважаемые пользователи!\n\n29.09.2025 почта переводится со старого сервера mail2.trz на новый. "
  "Старые письма будут перенесены автоматически, кодировка писем сменится на UTF-8.\n\nОтдел АСУП\n",
  charset="koi8-r", cte="base64", hcs="koi8-r", mailer="Mutt/1.5.21 (2010-09-15)")
M("no-id-fax", D(2025, 5, 6, 10, 30), ("Факс-сервер", "fax@trz.example.ru"), P, "Входящий факс",
  "Входящий факс от +7 343 300-00-00, 2 страницы. Документ сохранён в папке \\\\fs2\\fax\\2025-05.\n",
  charset="utf-8", cte="base64", loose="001.eml", no_msgid=True, mailer="FaxServer 3.1")
M("hanna-3", D(2025, 9, 25, 18, 0), HANNA, P, "Як ви там?",
  "Павлику, доброго дня! Як ви? Інна каже, що Глібко їздив до Грузії і йому сподобалось. "
  "У нас усе по-старому, вчора знову не було світла півдня. Обіймаю,\nГанна Петрівна\n",
  charset="windows-1251", cte="quoted-printable", hcs="windows-1251", mailer="The Bat! (v9.4.2) Home",
  loose="003.eml",
  ev=[("f13", "Інна каже, що Глібко їздив до Грузії і йому сподобалось.")])
M("canteen-2", D(2025, 6, 10, 11, 0), ("Столовая №2", "canteen@trz.example.ru"), P, "Летнее меню",
  "С 16 июня в столовой №2 – летнее меню: окрошка, холодные напитки. Комплексный обед – 280 руб.\n",
  charset="utf-8", cte="8bit", mailer="Roundcube Webmail/1.6.1")
M("union-kids", D(2025, 5, 5, 13, 0), ("Профком АО «ТРЗ»", "profkom@trz.example.ru"), ("Все сотрудники", "all@trz.example.ru"),
  "Детский лагерь «Заречный»", "Приём заявлений на путёвки в детский лагерь «Заречный» (Сысертский район) – до 20 мая.\n",
  charset="windows-1251", cte="base64", hcs="windows-1251")

# ----------------------------------------------------------------------------- entities

ENTITIES = [
    ("p_krechetov", "Person", "Pavel Krechetov", [
        "Кречетов Павел Игнатьевич", "П.И. Кречетов", "Кречетову П.И.", "Кречетова П.И.", "Кречетов П.И.",
        "Павел Игнатьевич", "Павлу Игнатьевичу", "Павел Ігнатьевіч", "Паша", "Паш", "Павел", "Павлику", "П.К.",
        "Pavel Krechetov", "Mr Pavel Krechetov", "Mr Krechetov", "Mr. Krechetov", "Kretschetow", "KRECHETOV PAVEL",
    ], {"email": ["p.krechetov@trz.example.ru"], "nationality": ["ru"]}),
    ("p_inna", "Person", "Inna Krechetova", [
        "Инна", "Кречетовой Инной Валерьевной", "Інна", "Інні", "Інночку", "Інною",
        "Inna Krechetova", "Mrs Inna Krechetova", "KRECHETOVA INNA",
    ], {"email": ["inna.kr@post.example.ru"]}),
    ("p_gleb", "Person", "Gleb", [
        "Gleb", "Глеб", "Глеба", "Глебу", "Глібко", "Гліба",
    ], {"email": ["gleb.ural95@post.example.ru"]}),
    ("p_hanna", "Person", "Hanna Sydorenko", [
        "Ганна Сидоренко", "Ганна Петрівна", "Мама Ганна", "Сидоренко Г.П.",
    ], {"email": ["sydorenko.h@ukr.example.ua"], "nationality": ["ua"]}),
    ("p_teterin", "Person", "Arkadiy Teterin", [
        "Тетерин Аркадий Борисович", "А.Б. Тетерин", "Тетерин А.Б.", "Тетерина А.Б.", "Аркадий Борисович",
        "Аркадия Борисовича", "Аркадием Борисовичем", "Аркадзю Барысавічу", "Аркадзя Барысавіча", "Arkadii Teterin",
        "Mr Arkadii Teterin",
    ], {"email": ["director@trz.example.ru"]}),
    ("p_murashova", "Person", "Olga Murashova", [
        "Мурашова Ольга Дмитриевна", "О.Д. Мурашова", "Мурашова О.Д.", "Ольга Дмитриевна", "Ольгой Дмитриевной",
        "Ольге Дмитриевне", "Ms Olga Murashova", "Ms Murashova", "MURASHOVA OLGA",
    ], {"email": ["o.murashova@trz.example.ru"]}),
    ("p_yaroshevich", "Person", "Dzmitry Yarashevich", [
        "Ярошевич Дмитрий Анатольевич", "Ярашэвіч Дзмітрый Анатолевіч", "Д.А. Ярошевич", "Ярошевич Д.А.",
        "Д.А. Ярашэвіч", "Дмитрий Анатольевич", "Ярошевича Д.А.", "Ярошевича Дмитрия Анатольевича", "YARASHEVICH DZMITRY",
    ], {"email": ["d.yaroshevich@mct.example.by"], "nationality": ["by"]}),
    ("p_sudeep", "Person", "Sudeep Vallabhaneni", [
        "Sudeep Vallabhaneni", "Mr Vallabhaneni", "Судипом Валлабханени",
    ], {"email": ["sudeep.v@kavery.example.in"], "nationality": ["in"]}),
    ("p_qiao", "Person", "Qiao Yuling", ["Qiao Yuling", "Цяо"], {"email": ["qiao.yl@huaxin-cnc.example.cn"]}),
    ("p_emre", "Person", "Emre Kılıçarslanoğlu", ["Emre Kılıçarslanoğlu", "Mr Kılıçarslanoğlu"],
     {"email": ["emre.k@tekinsoy.example.com.tr"]}),
    ("o_trz", "Company", "Taltsegorsk Gearbox Plant JSC", [
        "АО «Тальцегорский редукторный завод»", "Тальцегорский редукторный завод", "АО «ТРЗ»", "ТРЗ",
        "АА «Тальцагорскі рэдуктарны завод»", "Taltsegorsk Gearbox Plant JSC", "Taltsegorsk Gearbox Plant", "Тальцегорскому редукторному заводу",
        "Тальцегорского редукторного завода",
    ], {"jurisdiction": ["ru"]}),
    ("o_mct", "Company", "Mozyr Transmission Centre OJSC", [
        "ОАО «Мозырский центр трансмиссий»", "ОАО «МЦТ»", "МЦТ", "ААТ «Мазырскі цэнтр трансмісій»",
        "Мозырского центра трансмиссий",
    ], {"jurisdiction": ["by"]}),
    ("o_huaxin", "Company", "Nantong Huaxin Precision Machine Tool Co., Ltd.", [
        "Nantong Huaxin Precision Machine Tool Co., Ltd.", "南通华信精密机床有限公司", "Nantong Huaxin", "Хуасиня",
    ], {"jurisdiction": ["cn"]}),
    ("o_kavery", "Company", "Kavery Precision Bearings Pvt. Ltd.", [
        "Kavery Precision Bearings Pvt. Ltd.", "Kavery Precision Bearings", "Kavery",
    ], {"jurisdiction": ["in"]}),
    ("o_tekinsoy", "Company", "Tekinsoy Abrasiv Sanayi ve Ticaret A.Ş.", [
        "Tekinsoy Abrasiv Sanayi ve Ticaret A.Ş.", "Tekinsoy Abrasiv San. ve Tic. A.Ş.", "Tekinsoy Abrasiv",
    ], {"jurisdiction": ["tr"]}),
    ("o_kvartsit", "Company", "Kvartsit-Soft LLC", ["«Кварцит-Софте»", "Кварцит-Софта", "Кварцит-Софте"], {"jurisdiction": ["ru"]}),
]

FINDINGS = {
    "f01": ("military_maintenance", ["o_trz"], {"platforms": ["vr-14", "vr-252", "mi-8", "mi-8amtsh", "mi-8mtv-5", "ka-27", "ka-27ps", "ka-29"], "customer_country": "ru"},
            "TRZ overhauls VR-14 main gearboxes of Mi-8AMTSh / Mi-8MTV-5 and VR-252 gearboxes of Ka-27PS / Ka-29 for the Russian Ministry of Defence (units 41876, 62251, naval aviation)."),
    "f02": ("joint_development", ["o_trz", "o_mct"], {"product": ["grv-350", "kedr"], "partner_country": "by", "funding_share": 0.65},
            "TRZ and the Mozyr Transmission Centre (Belarus) jointly develop the GRV-350 'Kedr' main gearbox; shares went 50/50 proposed, 55/45 signed in March, 65/35 (TRZ 65 %) agreed in July 2025."),
    "f03": ("sanctions_obstacle", ["o_trz"], {"origin_country": "ch", "goods": "main rotor shaft bearings"},
            "Rotalux (Switzerland) refused to sell RLX 7222-HP bearings to TRZ under Swiss sanctions."),
    "f04": ("sanctions_obstacle", ["o_trz"], {"origin_country": "jp", "goods": "gear grinding machine spare parts, service and cbn wheels"},
            "Kanemori Seiki (Japan) refused spares, service and CBN wheels for TRZ's KGG-400 gear grinders under Japanese export controls."),
    "f05": ("alternative_supplier", ["o_trz", "o_huaxin"], {"supplier_country": "cn", "goods": "gear grinding machines"},
            "TRZ buys two HX-YK7350 gear profile grinders from Nantong Huaxin (China) instead of Kanemori machines; acceptance in Nantong, Sept 2025."),
    "f06": ("alternative_supplier", ["o_trz", "o_kavery"], {"supplier_country": "in", "goods": "bearings"},
            "TRZ tests KPB 7222-AC bearings from Kavery Precision Bearings (India) as a replacement for Rotalux."),
    "f07": ("alternative_supplier", ["o_trz", "o_tekinsoy"], {"supplier_country": "tr", "goods": "cbn grinding wheels"},
            "TRZ orders a trial batch of CBN grinding wheels from Tekinsoy Abrasiv (Bursa, Turkey)."),
    "f08": ("equipment_shortage", ["o_trz"], {"goods": "bearings"},
            "TRZ has 176222 main rotor shaft bearings for only 3 of 8 VR-14 gearboxes."),
    "f09": ("equipment_shortage", ["o_trz"], {"goods": "grinding wheels"},
            "TRZ's stock of CBN grinding wheels for the Kanemori machines is nearly exhausted."),
    "f10": ("foreign_travel", ["p_krechetov", "p_inna"], {"country": "tr", "start": "2025-05", "place": "Antalya (Lara)", "purpose": "holiday"},
            "Pavel and Inna Krechetov holidayed in Antalya, Turkey, 2-11 May 2025 ('на майские')."),
    "f11": ("foreign_travel", ["p_krechetov", "p_teterin"], {"country": "by", "start": "2025-06", "place": "Mozyr", "purpose": "design review of the grv-350 gearbox"},
            "Teterin and Krechetov went to Mozyr, Belarus, 9-12 June 2025 for the GRV-350 design review."),
    "f12": ("foreign_travel", ["p_krechetov", "p_murashova"], {"country": "cn", "start": "2025-09", "place": "Nantong", "purpose": "factory acceptance of a grinding machine"},
            "Krechetov and Murashova flew to Nantong, China (via Almaty transit), 7-13 September 2025 for acceptance of the Huaxin grinder."),
    "f13": ("foreign_travel", ["p_gleb"], {"country": "ge", "start": "2025-09", "place": "Tbilisi", "purpose": "holiday"},
            "Gleb travelled alone to Tbilisi, Georgia, in the first week of September 2025 ('на следующей неделе' in a mail of 28 August)."),
    "f14": ("citizenship", ["p_krechetov"], {"countries": ["ru"]}, "Krechetov travels on a Russian passport."),
    "f15": ("citizenship", ["p_yaroshevich"], {"countries": ["by"]}, "Yaroshevich is a Belarusian citizen (with a Russian residence permit, not citizenship)."),
    "f16": ("citizenship", ["p_sudeep"], {"countries": ["in"]}, "Sudeep Vallabhaneni is an Indian citizen resident in Sharjah on a UAE residence visa."),
    "f17": ("citizenship", ["p_hanna"], {"countries": ["ua"]}, "Hanna Sydorenko (Poltava) is a Ukrainian citizen."),
    "f18": ("family_relation", ["p_krechetov", "p_inna"], {"relationship": "spouse"}, "Inna Krechetova is Pavel Krechetov's wife."),
    "f19": ("family_relation", ["p_krechetov", "p_gleb"], {"relationship": "child"}, "Gleb is Pavel Krechetov's son."),
    "f20": ("family_relation", ["p_inna", "p_gleb"], {"relationship": "child"}, "Gleb is Inna Krechetova's son."),
    "f21": ("family_relation", ["p_inna", "p_hanna"], {"relationship": "parent"}, "Hanna Sydorenko is Inna's mother (Pavel's mother-in-law)."),
    "f22": ("employment", ["p_krechetov", "o_trz"], {"role": "deputy chief engineer"}, "Krechetov is deputy chief engineer of TRZ."),
    "f23": ("employment", ["p_teterin", "o_trz"], {"role": "general director"}, "Teterin is general director of TRZ."),
    "f24": ("employment", ["p_murashova", "o_trz"], {"role": "head of foreign trade department"}, "Murashova heads TRZ's foreign economic activity department."),
    "f25": ("employment", ["p_yaroshevich", "o_mct"], {"role": "chief designer"}, "Yaroshevich is chief designer of the Mozyr Transmission Centre."),
    "f26": ("employment", ["p_sudeep", "o_kavery"], {"role": "regional manager"}, "Sudeep Vallabhaneni is Kavery's regional manager for the Middle East & CIS (Sharjah)."),
    "f27": ("employment", ["p_qiao", "o_huaxin"], {"role": "overseas sales manager"}, "Qiao Yuling is overseas sales manager of Nantong Huaxin."),
    "f28": ("employment", ["p_gleb", "o_kvartsit"], {"role": "software engineer"}, "Gleb works at Kvartsit-Soft (told by a family friend and by Gleb)."),
    "f29": ("employment", ["p_emre", "o_tekinsoy"], {"role": "export manager"}, "Emre Kılıçarslanoğlu is export manager of Tekinsoy Abrasiv."),
    "f30": ("watchlist_match", ["o_trz"], {"list": "watchlist", "entry_id": "wl-ru-5120", "score": 1.0},
            "TRZ is on the watchlist as TALTSEGORSK GEARBOX PLANT JSC."),
    "f31": ("watchlist_match", ["p_teterin"], {"list": "watchlist", "entry_id": "wl-ru-5121", "score": 1.0},
            "Arkadiy Teterin is on the watchlist as TETERIN, Arkadiy Borisovich (not the near miss with patronymic Vladimirovich)."),
    "f32": ("watchlist_match", ["o_mct"], {"list": "watchlist", "entry_id": "wl-by-0733", "score": 1.0},
            "The Mozyr Transmission Centre is on the watchlist."),
}
WATCH_SUBJECT = {"f30": "o_trz", "f31": "p_teterin", "f32": "o_mct"}

WATCHLIST = [
    {"id": "wl-ru-5120", "schema": "Company", "caption": "TALTSEGORSK GEARBOX PLANT JSC",
     "properties": {"name": ["TALTSEGORSK GEARBOX PLANT JSC"], "alias": ["АО «Тальцегорский редукторный завод»", "АО «ТРЗ»", "TRZ"],
                    "jurisdiction": ["ru"], "address": ["Taltsegorsk, Sverdlovsk Oblast"], "sector": ["helicopter transmission repair"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ru-5121", "schema": "Person", "caption": "TETERIN, Arkadiy Borisovich",
     "properties": {"name": ["TETERIN, Arkadiy Borisovich"], "alias": ["Тетерин Аркадий Борисович", "TETERIN, Arkadii Borisovich"],
                    "birthDate": ["1962-04-17"], "nationality": ["ru"], "position": ["General Director, JSC Taltsegorsk Gearbox Plant"]},
     "datasets": ["watchlist"]},
    {"id": "wl-by-0733", "schema": "Company", "caption": "MOZYR TRANSMISSION CENTRE OJSC",
     "properties": {"name": ["MOZYR TRANSMISSION CENTRE OJSC"], "alias": ["ОАО «Мозырский центр трансмиссий»", "ААТ «Мазырскі цэнтр трансмісій»", "MAZYR TRANSMISSION CENTRE"],
                    "jurisdiction": ["by"], "address": ["Mozyr, Gomel Region"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ru-5388", "schema": "Person", "caption": "TETERIN, Arkadiy Vladimirovich",
     "properties": {"name": ["TETERIN, Arkadiy Vladimirovich"], "alias": ["Тетерин Аркадий Владимирович"],
                    "birthDate": ["1979-11-02"], "nationality": ["ru"], "position": ["Deputy Head, Shadrinsk District Administration"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ru-4410", "schema": "Company", "caption": "TALTSEGORSK MECHANICAL PLANT LLC",
     "properties": {"name": ["TALTSEGORSK MECHANICAL PLANT LLC"], "alias": ["ООО «Тальцегорский механический завод»"],
                    "jurisdiction": ["ru"], "address": ["Taltsegorsk, Sverdlovsk Oblast"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ru-6032", "schema": "Person", "caption": "KRECHETOV, Pavel Viktorovich",
     "properties": {"name": ["KRECHETOV, Pavel Viktorovich"], "alias": ["Кречетов Павел Викторович"],
                    "birthDate": ["1958-02-09"], "nationality": ["ru"], "position": ["Shareholder, Kama River Freight JSC"]},
     "datasets": ["watchlist"]},
    {"id": "wl-us-2217", "schema": "Company", "caption": "MERIDIAN SANDS TRADING LLC",
     "properties": {"name": ["MERIDIAN SANDS TRADING LLC"], "jurisdiction": ["us"], "address": ["Miami, Florida"]},
     "datasets": ["watchlist"]},
]


# ----------------------------------------------------------------------------- decoding (for evidence)


def _html_text(s):
    import html as _h
    import re as _re
    s = _re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = _re.sub(r"(?i)<br\s*/?>|</p>|</h\d>|</div>", "\n", s)
    return _h.unescape(_re.sub(r"<[^>]+>", "", s))


def re_unescape(s):
    return s.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")


def _attachment_text(name, data):
    import re as _re
    name = (name or "").lower()
    if name.endswith(".docx"):
        d = docx.Document(io.BytesIO(data))
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append(" ".join(c.text for c in r.cells))
        return "\n".join(out)
    if name.endswith(".xlsx"):
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
        return "\n".join(" ".join(str(v) for v in row if v is not None)
                         for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if name.endswith(".pdf"):
        found = _re.findall(rb"\(((?:[^()\\]|\\.)*)\) Tj", data)
        return "\n".join(re_unescape(y.decode("latin-1")) for y in found)
    if name.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        return "\n".join(_attachment_text(n, z.read(n)) for n in z.namelist())
    return ""


def message_text(raw):
    """The decoded text of a message: its text parts, forwarded messages and attachments."""
    import email
    import email.policy
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    out = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        data = part.get_payload(decode=True) or b""
        fn = part.get_filename()
        if fn:
            import email.header
            fn = str(email.header.make_header(email.header.decode_header(fn)))
        if part.get_content_maintype() == "text" and not fn:
            cs = part.get_content_charset()
            try:
                text = data.decode(cs) if cs else data.decode("utf-8")
            except (UnicodeDecodeError, LookupError):
                text = data.decode("windows-1251", "replace")
            out.append(_html_text(text) if part.get_content_subtype() == "html" else text)
        elif fn:
            out.append(_attachment_text(fn, data))
    return "\n".join(out)

# ----------------------------------------------------------------------------- build


def who(x):
    if isinstance(x, list):
        return x
    return [x]


def build_raw(m):
    cs, mode = m["hcs"], m["hmode"]
    mid = None if m["no_msgid"] else "<%s@%s>" % (h16(m["key"]), m["frm"][1].split("@")[1])
    if m["html_only"]:
        root = text_part(m["html"], "html", "utf-8", m["cte"])
    else:
        body = text_part(m["body"], "plain", m["charset"], m["cte"], label=m["label"])
        root = multipart("alternative", [body, text_part(m["html"], "html", m["charset"] if m["charset"] != "us-ascii" else "utf-8", m["cte"])], m["key"]) if m["html"] else body
    extra = []
    if m["fwd"]:
        extra.append(rfc822_part(m["fwd"]))
    extra += m["atts"]
    if extra:
        root = multipart("mixed", [root] + extra, m["key"])
    hdr = "From: %s\n" % addr(m["frm"][0], m["frm"][1], cs, mode)
    hdr += "To: %s\n" % ",\n ".join(addr(n, a, cs, mode) for n, a in who(m["to"]))
    if m["cc"]:
        hdr += "Cc: %s\n" % ",\n ".join(addr(n, a, cs, mode) for n, a in m["cc"])
    hdr += "Subject: %s\n" % enc_word(m["subject"], cs, mode)
    hdr += "Date: %s\n" % m["date"].strftime("%a, %d %b %Y %H:%M:%S %z")
    if mid:
        hdr += "Message-ID: %s\n" % mid
    hdr += "MIME-Version: 1.0\nX-Mailer: %s\n" % m["mailer"]
    raw = hdr.encode("ascii") + render(root)
    return raw, mid


def mbox_escape(raw):
    out = []
    for line in raw.split(b"\n"):
        s = line.lstrip(b">")
        if s.startswith(b"From "):
            line = b">" + line
        out.append(line)
    return b"\n".join(out)


def main():
    os.makedirs(os.path.join(HERE, "loose"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "loose")):
        os.remove(os.path.join(HERE, "loose", f))
    msgs = sorted(MSGS, key=lambda m: m["date"])
    mbox = b""
    evidence = {fid: [] for fid in FINDINGS}
    raws = {}
    for m in msgs:
        raw, mid = build_raw(m)
        if mid is None:
            mid = "<sha256:%s>" % hashlib.sha256(raw).hexdigest()
        raws[m["key"]] = (raw, mid)
        if m["loose"]:
            with open(os.path.join(HERE, "loose", m["loose"]), "wb") as fh:
                fh.write(raw)
        else:
            frm_line = "From %s %s\n" % (m["frm"][1], m["date"].astimezone(dt.timezone.utc).strftime("%a %b %d %H:%M:%S %Y"))
            mbox += frm_line.encode() + mbox_escape(raw) + b"\n"
        for fid, quote in m["ev"]:
            evidence[fid].append({"message_id": mid, "quote": quote})
    with open(os.path.join(HERE, "mailbox.mbox"), "wb") as fh:
        fh.write(mbox)
    with open(os.path.join(HERE, "watchlist.ftm.json"), "w", encoding="utf-8") as fh:
        for e in WATCHLIST:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    # watchlist evidence: every message whose decoded body text names the listed entity
    ents = {e[0]: e for e in ENTITIES}
    for fid, eid in WATCH_SUBJECT.items():
        forms = [n for n in ents[eid][3] if len(n) > 3 or n == "ТРЗ" or n == "МЦТ"]
        for m in msgs:
            raw, mid = raws[m["key"]]
            text = message_text(raw)
            hit = next((f for f in sorted(forms, key=len, reverse=True) if f in text), None)
            if hit:
                evidence[fid].append({"message_id": mid, "quote": hit})
    truth = {"format": "paperchase.findings/1", "entities": [], "findings": []}
    for eid, schema, name, names, props in ENTITIES:
        truth["entities"].append({"id": eid, "schema": schema, "name": name, "names": names, "properties": props})
    for fid, (kind, subj, attrs, summary) in FINDINGS.items():
        truth["findings"].append({"id": fid, "kind": kind, "summary": summary, "subjects": subj, "attributes": attrs,
                                  "evidence": evidence[fid], "confidence": 1.0})
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)
    print("messages:", len(msgs), "in mbox:", sum(1 for m in msgs if not m["loose"]), "loose:", sum(1 for m in msgs if m["loose"]))


README = """# Holdout case 6: Taltsegorsk Gearbox Plant (TRZ)

A fictional blind evaluation case. Everything in it (people, firms, unit numbers, addresses,
phone and passport numbers) is invented; mail domains are under example.*. Regenerate with
`/work/main/.venv/bin/python make_case.py` (deterministic).

**The source.** The mailbox of Pavel Krechetov (Кречетов Павел Игнатьевич), deputy chief
engineer of JSC Taltsegorsk Gearbox Plant (АО «Тальцегорский редукторный завод», АО «ТРЗ»,
Sverdlovsk oblast), October 2024 to September 2025: 72 messages, 66 in `mailbox.mbox` (mboxrd)
and 6 in `loose/*.eml` (one of them has no Message-ID). The mail is in Russian, English, Belarusian
(the partner in Mozyr) and Ukrainian (the mother-in-law in Poltava). Charsets are utf-8, windows-1251
and koi8-r (the plant's old server, which has no «», dashes or №). One Ukrainian part is windows-1251
8bit with no charset label. Encodings are base64, quoted-printable and 7bit/8bit, with RFC 2047
headers (B and Q). There is HTML-only mail, "> " and Outlook "-----Original Message-----" quoting,
a forwarded message/rfc822, and attachments: XLSX (repair schedule), DOCX (minutes, protocol,
order), PDF (hotel booking, invoice) and a ZIP holding a DOCX. About half the messages are
routine office mail.

**What an analyst should find (32 findings).**
- Military overhaul of VR-14 gearboxes (Mi-8AMTSh, Mi-8MTV-5) and VR-252 gearboxes (Ka-27PS,
  Ka-29) for the Russian MoD (units 41876, 62251).
- A joint development with the Belarusian ОАО «Мозырский центр трансмиссий» of the GRV-350
  «Кедр» main gearbox. The share went from 50/50 (proposed) to 40 % (TRZ's counter-offer), then
  55/45 (signed in March) and finally **TRZ 65 % / MCT 35 %** (supplementary agreement, July).
- Sanctions: Rotalux (Switzerland) refuses bearings and Kanemori Seiki (Japan) refuses spares,
  service and CBN wheels. Alternatives: Nantong Huaxin (China) grinders, bought and accepted in
  Nantong; Kavery (India) bearings, under test; Tekinsoy (Turkey) CBN wheels, trial batch.
  Shortages: bearings and grinding wheels.
- Trips: Pavel and Inna to Antalya (May 2025, "на майские" in an April mail); Pavel and Teterin
  to Mozyr (June 2025, also "в прошлом месяце" in a July mail); Pavel and Murashova to Nantong
  (September 2025). The son Gleb went **alone** to Tbilisi: the only date is "на следующей неделе"
  in a mail of Thursday 28 August, so the trip starts in September.
- Citizenships: Pavel ru, Yaroshevich by, Sudeep Vallabhaneni in, Hanna Sydorenko ua.
- Family: Pavel and Inna are spouses; Gleb is the son of both; Hanna is Inna's mother.
- Jobs of 8 people. Watchlist hits: TRZ (wl-ru-5120), Teterin (wl-ru-5121) and MCT (wl-by-0733).

**Traps (no finding).**
- Visas and trips that did not happen: Inna's Italian Schengen visa was refused. The Coimbatore
  trip was cancelled, Sudeep's visit to Russia was postponed, and the Dubai expo was only an
  invitation. Hanna will not come to Russia, and "some day, when it is all over" is only a hope.
- Domestic trips: Severomorsk, Inna's trip to Kazan, the sanatorium. Almaty is only a transit stop.
- Residence is not citizenship: Yaroshevich holds a Russian residence permit and Sudeep a UAE
  residence visa.
- A hypothetical: "if the sanctions are lifted, go back to Kanemori".
- An offer turned down: the Dubai firm Meridian Sands offered Rotalux bearings with a false end user.
- Other companies: a newsletter item about another plant's sanctions trouble, and the friend's
  plant also using Chinese machines.
- Civil work: Ka-32A11BC and Mi-8MTV-1 gearboxes for the firefighting operator «Таёжник»,
  listed in the same XLSX as the military ones.
- Superseded shares: 50/50, 40/60 and 55/45.
- Watchlist near misses: Teterin Arkadiy *Vladimirovich* (different patronymic and birth date);
  Krechetov Pavel *Viktorovich*; ООО «Тальцегорский механический завод» (a different firm in the
  same town); Meridian Sands Trading LLC (US, not the Dubai FZE).

**Name forms to resolve.** Both scripts; German-style (Kretschetow), ICAO/ticket style (KRECHETOV PAVEL,
Arkadii), Belarusian forms and passport style (Ярашэвіч Дзмітрый Анатолевіч, YARASHEVICH DZMITRY,
Аркадзя Барысавіча). Grammatical cases: accusative and genitive *Кречетова П.И.* (Pavel, not his wife
*Кречетова/Кречетовой* Inna), *Тетерина А.Б.* (Teterin, not a woman), dative *Кречетову П.И.*, and
instrumental *Кречетовой Инной Валерьевной* and *Аркадием Борисовичем*. Also Ukrainian vocatives
and diminutives (Павлику, Інночку, Глібко), and a son named only by first name (Глеб, Gleb, Гліб).
That Gleb is Pavel's son is stated by a third person ("видел … твоего Глеба").

**Scoring.** `python3 ../../../../shared/tools/score_case.py truth.json FINDINGS.json` (or the
copy at /work/shared/tools). The quotes in `truth.json` are verbatim in the decoded text of the
cited messages. Watchlist findings cite every message that names the entity, with the name form
as the quote.
"""


if __name__ == "__main__":
    main()
