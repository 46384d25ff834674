#!/usr/bin/env python3
"""Generate the holdout7 evaluation case (fictional).

Run:  /work/main/.venv/bin/python make_case.py
Writes mailbox.mbox, loose/*.eml, watchlist.ftm.json, truth.json next to this file.
Deterministic: the same bytes on every run. Standard library + python-docx + openpyxl.
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
from collections import defaultdict
from email.header import Header
from email.utils import format_datetime

import docx
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = dt.timezone(dt.timedelta(hours=4))  # Saratov time
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------- registries
FORMS = defaultdict(list)        # entity id -> surface forms (ordered, unique)
MENTIONS = defaultdict(list)     # entity id -> message keys
EVID = defaultdict(list)         # finding id -> [(message key, quote)]
CUR = [None]


def begin(key):
    CUR[0] = key


def n(eid, form):
    """Register a surface form of a true entity, used in the current message."""
    if form not in FORMS[eid]:
        FORMS[eid].append(form)
    if CUR[0] not in MENTIONS[eid]:
        MENTIONS[eid].append(CUR[0])
    return form


def ev(fid, quote):
    """Register `quote` (verbatim in the current message) as evidence for finding `fid`."""
    if (CUR[0], quote) not in EVID[fid]:
        EVID[fid].append((CUR[0], quote))
    return quote


def ev2(fids, quote):
    for f in fids:
        ev(f, quote)
    return quote


# ---------------------------------------------------------------- MIME helpers
def enc_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).replace(b"\r\n", b"\n")
    if cte == "quoted-printable":
        return quopri.encodestring(data.replace(b"\r\n", b"\n"))
    return data  # 8bit / 7bit


def hdr_text(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()


def addr(display, email, cs="utf-8"):
    if not display:
        return email
    try:
        display.encode("ascii")
        if re.search(r"[,.()<>@;:\"]", display):
            return '"%s" <%s>' % (display, email)
        return "%s <%s>" % (display, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(display, cs).encode(), email)


def text_part(text, subtype="plain", cs="utf-8", cte="base64", label=True, extra=""):
    if cs == "koi8-r":  # no guillemets or numero sign in KOI8-R: old clients typed them so
        text = text.replace("«", '"').replace("»", '"').replace("№", "N")
    data = text.encode(cs)
    ct = "text/%s" % subtype
    if label:
        ct += '; charset="%s"' % cs
    h = "Content-Type: %s\nContent-Transfer-Encoding: %s\n%s" % (ct, cte, extra)
    return h.encode("ascii") + b"\n" + enc_body(data, cte)


def rfc2231(name):
    from urllib.parse import quote
    return "utf-8''" + quote(name.encode("utf-8"), safe="")


def attach_part(data, ctype, filename):
    try:
        filename.encode("ascii")
        disp = 'attachment; filename="%s"' % filename
        nm = '; name="%s"' % filename
    except UnicodeEncodeError:
        disp = "attachment; filename*=%s" % rfc2231(filename)
        nm = '; name="%s"' % Header(filename, "utf-8").encode()
    h = "Content-Type: %s%s\nContent-Transfer-Encoding: base64\nContent-Disposition: %s\n" % (ctype, nm, disp)
    return h.encode("ascii") + b"\n" + enc_body(data, "base64")


def rfc822_part(inner):
    return b"Content-Type: message/rfc822\nContent-Disposition: inline\n\n" + inner


_bcount = [0]


def multipart(subtype, parts, key=""):
    _bcount[0] += 1
    b = "----=_NextPart_%s_%04d" % (hashlib.sha1(key.encode()).hexdigest()[:12], _bcount[0])
    out = [('Content-Type: multipart/%s;\n boundary="%s"\n\n' % (subtype, b)).encode(),
           b"This is a multi-part message in MIME format.\n"]
    for p in parts:
        out.append(("\n--%s\n" % b).encode())
        out.append(p if p.endswith(b"\n") else p + b"\n")
    out.append(("\n--%s--\n" % b).encode())
    return b"".join(out)


def msgid(key, domain):
    return "<%s@%s>" % (hashlib.sha1(("holdout7/" + key).encode()).hexdigest()[:16], domain)


MSGS = []        # dict(key, raw, loose, date, sender, mid)
MID = {}


def D(y, m, d, hh=9, mm=0):
    return dt.datetime(y, m, d, hh, mm, tzinfo=TZ)


def message(key, date, frm, to, subject, body, cc=None, reply_to=None, mailer="Microsoft Outlook 16.0",
            hcs="utf-8", loose=False, no_mid=False, domain=None):
    """frm/to: (display, email) or list of them; body: bytes of a MIME entity (headers + body)."""
    sender = frm[1]
    dom = domain or sender.split("@")[1]
    mid = msgid(key, dom)
    tos = to if isinstance(to, list) else [to]
    h = ["From: " + addr(frm[0], frm[1], hcs),
         "To: " + ",\n ".join(addr(a, b, hcs) for a, b in tos)]
    if cc:
        h.append("Cc: " + ",\n ".join(addr(a, b, hcs) for a, b in cc))
    h.append("Subject: " + hdr_text(subject, hcs))
    h.append("Date: " + format_datetime(date))
    if not no_mid:
        h.append("Message-ID: " + mid)
    if reply_to:
        h.append("In-Reply-To: " + MID[reply_to])
        h.append("References: " + MID[reply_to])
    h.append("MIME-Version: 1.0")
    if mailer:
        h.append("X-Mailer: " + mailer)
    raw = ("\n".join(h) + "\n").encode("ascii") + body
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if no_mid:
        mid = "<sha256:%s>" % hashlib.sha256(raw).hexdigest()
    MID[key] = mid
    MSGS.append(dict(key=key, raw=raw, loose=loose, date=date, sender=sender, mid=mid))
    return raw


def inner_message(frm, to, subject, date, body, mid_domain, key, hcs="utf-8", cc=None):
    h = ["From: " + addr(frm[0], frm[1], hcs), "To: " + addr(to[0], to[1], hcs)]
    if cc:
        h.append("Cc: " + ", ".join(addr(a, b, hcs) for a, b in cc))
    h += ["Subject: " + hdr_text(subject, hcs), "Date: " + format_datetime(date),
          "Message-ID: " + msgid(key, mid_domain), "MIME-Version: 1.0"]
    return ("\n".join(h) + "\n").encode("ascii") + body


# ---------------------------------------------------------------- documents
def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", blob)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, blob)
    return out.getvalue()


def make_docx(blocks):
    """blocks: list of str (paragraph) or ('table', rows)."""
    d = docx.Document()
    cp = d.core_properties
    cp.author = "user"
    cp.created = cp.modified = cp.last_printed = dt.datetime(2026, 1, 1)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
        elif isinstance(b, tuple) and b[0] == "h":
            d.add_heading(b[1], level=1)
        else:
            d.add_paragraph(b)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
        for col, w in zip("ABCDEFGHIJ", (5, 34, 34, 24, 24, 30, 34, 34, 20, 20)):
            ws.column_dimensions[col].width = w
    wb.properties.creator = "user"
    wb.properties.created = dt.datetime(2026, 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines):
    """One page, Helvetica, WinAnsi (Latin text only); uncompressed content stream."""
    content = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for ln in lines:
        content.append("(%s) Tj T*" % pdf_escape(ln))
    content.append("ET")
    stream = "\n".join(content).encode("cp1252")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info << /Producer (invoice-print 2.1) >> >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- the world
PL = "vamrz.example.ru"
E_OWN = "a.zaripov@" + PL
E_KUD = "b.kudryavtsev@" + PL
E_KHA = "m.khairullin@" + PL
E_GAN = "l.ganieva@" + PL
E_AKH = "b.akhmetshin@" + PL
E_LIT = "o.litvinenko@" + PL
E_DIN = "d.bekmukhametova@" + PL
E_HR = "n.filatova@" + PL
E_IT = "it@" + PL
E_UNION = "profkom@" + PL
E_OFFICE = "office@" + PL
HR = ("Филатова Наталья Сергеевна", E_HR)
IT = ("ИТ-служба", E_IT)

OWN_SIG = ("\n--\nС уважением,\nА.Ф. Зарипов\n{role}\nАО «{org}»\n"
           "тел. (84593) 7-12-40, вн. 217\n")
HR_SIG = "\n--\nН.С. Филатова\nведущий специалист по кадрам\nотдел режима и кадров\nтел. (84593) 7-12-44\n"


def own():
    return (n("p_zaripov", "Зарипов Айдар Фанилевич"), E_OWN)


def own_lat():
    return (n("p_zaripov", "Aidar Zaripov"), E_OWN)


def own_sig(fid=True):
    role = "начальник отдела режима и кадров"
    if fid:
        ev("f-emp-zaripov", role)
    n("p_zaripov", "А.Ф. Зарипов")
    return OWN_SIG.format(role=role, org=n("o_vamrz", "Вольский авиамоторный ремонтный завод"))


def org():
    return n("o_vamrz", "Вольский авиамоторный ремонтный завод")


def build():
    # ------------------------------------------------------------ 2025-10
    begin("n01")
    message("n01", D(2025, 10, 1, 8, 5), IT, own(), "Плановая смена паролей",
            text_part("Уважаемые коллеги!\n\nВ соответствии с политикой информационной безопасности "
                      "с 06.10.2025 по 10.10.2025 всем пользователям необходимо сменить пароль "
                      "учётной записи домена.\nПароль: не менее 12 символов, буквы разных регистров, "
                      "цифры.\n\nПо вопросам - вн. 300.\n\nИТ-служба", cte="quoted-printable"),
            mailer="Zimbra 9.0")

    begin("s01")
    kud = n("p_kudryavtsev", "Б.Е. Кудрявцев")
    body = (
        "Коллеги,\n\nнаправляю план ремонта на IV квартал 2025 г. Напоминаю, что по гособоронзаказу "
        "сроки жёсткие, переносов не будет.\n\n"
        "1. " + ev("f-mm-ru", "Для Министерства обороны Российской Федерации (в/ч 40931, в/ч 75326): ремонт "
                   "двигателей Д-30КП-2 самолётов Ил-76МД - 8 ед.; капитальный ремонт двигателей НК-12МП "
                   "самолётов Ту-95МС - 4 ед.") + "\n"
        "2. " + ev("f-mm-dz", "По контракту с инозаказчиком - ВВС Алжира: 6 двигателей Д-30КП-2 с самолётов "
                   "Ил-76МД и Ил-78.") + "\n"
        "3. Гражданская продукция: средний ремонт газотурбинных приводов НК-12СТ для компрессорных "
        "станций - 3 ед.\n\n"
        "Отделу режима и кадров (" + n("p_zaripov", "А.Ф. Зарипову") + ") обеспечить допуск представителей "
        "заказчика и военного представительства.\n\n"
        "--\n" + ev("f-emp-kudryavtsev", "Генеральный директор") + "\nАО «" + org() + "»\n" + kud + "\n"
    )
    message("s01", D(2025, 10, 6, 9, 40), (n("p_kudryavtsev", "Кудрявцев Борис Егорович"), E_KUD),
            [own(), (n("p_khairullin", "Хайруллин Марат Ильдусович"), E_KHA),
             (n("p_akhmetshin", "Ахметшин Булат Ришатович"), E_AKH)],
            "План ремонта на IV квартал 2025 г.", text_part(body, cs="windows-1251", cte="base64"),
            hcs="windows-1251", mailer="The Bat! (v10.4.2) Professional")

    begin("n02")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial">
<h2>Вестник авиаремонта - выпуск 40</h2>
<p><b>Казань.</b> АО «Приказанский моторный ремонтный центр» получило контракт на ремонт двигателей НК-32
для самолётов Ту-160. Работы рассчитаны на три года.</p>
<p><b>Выставки.</b> Приём заявок на отраслевую выставку в Жуковском продлён до 15 ноября.</p>
<p><b>Кадры.</b> Средняя зарплата в отрасли выросла на 11 %.</p>
<p style="font-size:small">Вы получили это письмо, потому что подписаны на рассылку. <a href="https://vestnik.example.ru/unsub">Отписаться</a></p>
</body></html>"""
    message("n02", D(2025, 10, 8, 7, 0), ("Вестник авиаремонта", "news@vestnik.example.ru"), own_lat(),
            "Вестник авиаремонта № 40", text_part(html, subtype="html", cte="quoted-printable"),
            mailer="Sendsay")

    begin("s02")
    order = make_docx([
        "АО «" + org() + "»",
        ("h", "ПРИКАЗ № 418-к"),
        "г. Вольск, 14 октября 2025 г.",
        "О выплате материальной помощи",
        "В соответствии с коллективным договором ПРИКАЗЫВАЮ:",
        "1. Выплатить материальную помощь в размере 10 000 (десять тысяч) рублей "
        + ev("f-emp-sidorenko", "инженеру-технологу цеха № 3 " + n("p_sidorenko", "Сидоренко Кириллу Андреевичу"))
        + " " + ev("f-fam-sidorenko", "в связи с регистрацией брака с " + n("p_elina", "Нуриевой Элиной Радиковной"))
        + " (после регистрации брака - " + n("p_elina", "Сидоренко Э.Р.") + ") 04.10.2025.",
        "2. Основание: заявление " + n("p_sidorenko", "Сидоренко К.А.") + ", копия свидетельства о заключении брака.",
        ev("f-emp-kudryavtsev", "Генеральный директор " + n("p_kudryavtsev", "Б.Е. Кудрявцев")),
        "Согласовано: " + ev("f-emp-zaripov", "начальник отдела режима и кадров " + n("p_zaripov", "А.Ф. Зарипов")),
        "Исполнитель: Н.С. Филатова",
    ])
    body = ("Айдар Фанилевич, добрый день!\n\nПроект приказа о материальной помощи - на визу, во вложении.\n"
            + HR_SIG)
    n("p_zaripov", "Айдар Фанилевич")
    message("s02", D(2025, 10, 14, 11, 20), HR, own(), "Проект приказа 418-к на визу",
            multipart("mixed", [text_part(body, cte="quoted-printable"),
                                attach_part(order, DOCX, "Приказ 418-к мат.помощь.docx")], "s02"))

    begin("n03")
    menu = ("Меню столовой на неделю 20-24 октября\n\nПн: борщ, котлета по-киевски, компот\n"
            "Вт: суп гороховый, плов, чай\nСр: щи, рыба запечённая, кисель\nЧт: солянка, гуляш, морс\n"
            "Пт: уха, пельмени, компот\n\nКомбинат питания")
    message("n03", D(2025, 10, 20, 8, 30), ("Комбинат питания", "stolovaya@" + PL), own(),
            "Меню на неделю", text_part(menu, cs="koi8-r", cte="8bit"), hcs="koi8-r", mailer="Mozilla Thunderbird")

    begin("s03")
    body = (
        n("p_zaripov", "Айдар Фанилевич") + ", добрый день.\n\n"
        "Для учёта в деле по внешнеэкономическим контактам: "
        + ev("f-so-us", "американцы окончательно отказали в поставке видеоэндоскопов VS-400, ссылаются на "
             "экспортный контроль США") + ". Переписку с ними прекращаем.\n\n"
        + n("p_akhmetshin", "Б.Р. Ахметшин") + "\n"
        + ev("f-emp-akhmetshin", "начальник отдела материально-технического обеспечения") + "\n"
        "АО «" + org() + "»\nтел. (84593) 7-33-05\n\n"
        "-----Original Message-----\n"
        "From: Karen Whitfield <k.whitfield@northbeam.example.com>\n"
        "Sent: Friday, October 24, 2025 6:12 PM\n"
        "To: " + n("p_akhmetshin", "Bulat Akhmetshin") + " <" + E_AKH + ">\n"
        "Subject: RE: RFQ 2025-117 VS-400 videoscopes\n\n"
        "Dear " + n("p_akhmetshin", "Mr. Akhmetshin") + ",\n\n"
        "Thank you for your request for quotation. Our VS-400 industrial videoscopes are manufactured in "
        "the United States and classified under the Export Administration Regulations. "
        + ev("f-so-us", "Exports to the Russian Federation require a license, which is subject to a policy "
             "of denial") + ", so we are unable to quote or supply these products to "
        + n("o_vamrz", "Volsk Aero-Engine Repair Plant") + ".\n\n"
        "Regards,\nKaren Whitfield\nExport Compliance Manager\nNorthbeam Inspection Systems, Inc.\n"
        "Syracuse, NY\n"
    )
    message("s03", D(2025, 10, 27, 10, 2), (n("p_akhmetshin", "Ахметшин Б.Р."), E_AKH), own(),
            "FW: RE: RFQ 2025-117 VS-400 videoscopes", text_part(body, cte="quoted-printable"))

    begin("n27")
    message("n27", D(2025, 10, 29, 15, 10), ("Профком", E_UNION), own(), "Билеты в театр",
            text_part("Коллеги, профком распространяет билеты на спектакль областного драмтеатра "
                      "(гастроли в Вольске, 15 ноября). Стоимость для членов профсоюза - 300 руб. "
                      "Запись у Л.В. Морозовой, каб. 112.\n\nПрофком", cs="windows-1251", cte="quoted-printable"),
            hcs="windows-1251", mailer="The Bat! (v10.4.2) Professional")

    # ------------------------------------------------------------ 2025-11
    begin("n04")
    message("n04", D(2025, 11, 1, 12, 0), (n("p_zaripov", "Зарипов А.Ф."), E_OWN),
            [("Начальники подразделений", "heads@" + PL)],
            "График дежурств 2-4 ноября",
            text_part("Коллеги,\n\nграфик дежурств ответственных лиц на 2-4 ноября во вложении не "
                      "понадобится - привожу здесь:\n2 ноября - Морозов В.П.\n3 ноября - Галкин Д.С.\n"
                      "4 ноября - Зайцева О.Н.\n\nКонтроль за пропускным режимом - начальник караула.\n"
                      + own_sig(), cs="windows-1251", cte="base64"),
            hcs="windows-1251", mailer="The Bat! (v10.4.2) Professional")

    begin("s04")
    inner_txt = (
        "Sehr geehrter Herr " + n("p_akhmetshin", "Bulat Achmetschin") + ",\n\n"
        "wir bedauern, Ihnen mitteilen zu müssen, dass wir die angefragten Ersatzteile (Messantriebe, "
        "Sensoren und Software-Update) für Ihre Auswuchtmaschine HB-2000 nicht liefern können. Die Lieferung "
        "an Unternehmen in Russland ist nach der Verordnung (EU) Nr. 833/2014 verboten.\n\n"
        "Dear " + n("p_akhmetshin", "Mr Achmetschin") + ",\nwe regret that we cannot supply the requested "
        "spare parts for your HB-2000 balancing machine: "
        + ev("f-so-de", "their sale to Russia is prohibited under Council Regulation (EU) No 833/2014") + ".\n\n"
        "Mit freundlichen Grüßen / Kind regards\n\nJörg Hessler\nVertrieb Export\n"
        "Hessler Auswuchttechnik GmbH\nDarmstadt, Deutschland\nTel. +49 6151 000 4417\n"
    )
    inner = inner_message(("Jörg Hessler", "j.hessler@hessler.example.de"),
                          (n("p_akhmetshin", "Bulat Achmetschin"), E_AKH),
                          "Ihre Anfrage 25-0931 / HB-2000", D(2025, 11, 10, 14, 31),
                          text_part(inner_txt, cs="iso-8859-1", cte="quoted-printable"),
                          "hessler.example.de", "s04-inner", hcs="iso-8859-1")
    outer = (n("p_zaripov", "Айдар Фанилевич") + ", здравствуйте.\n\n"
             + ev("f-so-de", "ещё один отказ по санкциям ЕС: немецкая Hessler не поставит запчасти к "
                  "балансировочному станку HB-2000") + ". Письмо во вложении.\n"
             "Станок пока работает, но без калибровки датчиков долго не протянет.\n\n"
             + n("p_akhmetshin", "Б.Р. Ахметшин") + "\n" + ev("f-emp-akhmetshin", "начальник отдела МТО") + "\n")
    message("s04", D(2025, 11, 12, 9, 15), (n("p_akhmetshin", "Bulat Akhmetshin"), E_AKH), own(),
            "Fwd: Ihre Anfrage 25-0931 / HB-2000",
            multipart("mixed", [text_part(outer, cs="koi8-r", cte="base64"), rfc822_part(inner)], "s04"),
            hcs="koi8-r", mailer="Mozilla Thunderbird")

    begin("n05")
    message("n05", D(2025, 11, 13, 16, 45), IT, own(), "Обновление антивируса",
            text_part("Коллеги, в ночь с 14 на 15 ноября будет обновлён антивирус на всех рабочих "
                      "станциях. Компьютеры не выключать.\n\nИТ-служба", cs="koi8-r", cte="base64"),
            hcs="koi8-r", mailer="Zimbra 9.0")

    begin("s05")
    din_full = n("p_dinara", "Бекмухаметова Динара Ерлановна")
    anketa = make_docx([
        ("h", "АНКЕТА"),
        "(заполняется гражданином, оформляемым на допуск к государственной тайне)",
        ("table", [
            ["1. Фамилия, имя, отчество", din_full],
            ["2. Дата и место рождения", "17.06.1994, г. Костанай, Республика Казахстан"],
            ["3. Гражданство", ev("f-cit-dinara", "Российская Федерация; Республика Казахстан (паспорт "
                                  "гражданина РК N 08813265)")],
            ["4. Место работы, должность", "АО «" + org() + "», "
             + ev("f-emp-dinara", "инженер-конструктор 2 категории конструкторского бюро")],
            ["5. Семейное положение", "не замужем"],
            ["6. Близкие родственники", ev("f-fam-dinara", "Отец - " + n("p_erlan", "Бекмухаметов Ерлан Кайратович")
                                           + ", 1961 г.р., проживает в г. Костанай, Республика Казахстан, пенсионер.")
             + " Мать - умерла в 2019 г."],
            ["7. Адрес регистрации", "Саратовская обл., г. Вольск, ул. Затонная, д. 14, кв. 6"],
        ]),
        "Подпись: " + n("p_dinara", "Д.Е. Бекмухаметова") + "   Дата: 17.11.2025",
    ])
    body = (n("p_zaripov", "Айдар Фанилевич") + ", анкета принятой в КБ "
            + n("p_dinara", "Бекмухаметовой Д.Е.") + " для оформления допуска - во вложении.\n"
            "Обратите внимание: два гражданства, отец живёт в Казахстане.\n" + HR_SIG)
    message("s05", D(2025, 11, 18, 14, 5), HR, own(), "Анкета на допуск - Бекмухаметова",
            multipart("mixed", [text_part(body, cs="windows-1251", cte="quoted-printable"),
                                attach_part(anketa, DOCX, "Анкета Бекмухаметова.docx")], "s05"),
            hcs="windows-1251")

    begin("n06")
    message("n06", D(2025, 11, 25, 17, 30), IT, own(), "Переезд почтового сервера",
            text_part("Уважаемые пользователи!\n\n29 ноября с 10:00 до 18:00 почтовый сервер будет "
                      "недоступен в связи с переездом на новое оборудование. Письма, отправленные в это "
                      "время, будут доставлены после окончания работ.\n\nИТ-служба",
                      cs="koi8-r", cte="quoted-printable"), hcs="koi8-r", mailer="Zimbra 9.0")

    # ------------------------------------------------------------ 2025-12
    begin("n07")
    pdf = make_pdf(["OOO Volsk Print Service", "Invoice No. 2025/1187   Date: 01.12.2025",
                    "Customer: Volsk Aero-Engine Repair Plant JSC, personnel office",
                    "1. Plastic pass cards with chip, 300 pcs ........ 54 000.00 RUB",
                    "2. Lanyards with clip, 300 pcs ................... 9 000.00 RUB",
                    "Total incl. VAT: 63 000.00 RUB", "Payment within 10 banking days."])
    n("o_vamrz", "Volsk Aero-Engine Repair Plant JSC")
    message("n07", D(2025, 12, 2, 10, 10), ("ООО «Вольский принт-сервис»", "buh@volskprint.example.ru"), own(),
            "Счёт на оплату 2025/1187",
            multipart("mixed", [text_part("Добрый день! Счёт на пропуска во вложении.\n\nБухгалтерия\n"
                                          "ООО «Вольский принт-сервис»", cs="windows-1251", cte="base64"),
                                attach_part(pdf, "application/pdf", "invoice_2025_1187.pdf")], "n07"),
            hcs="windows-1251", mailer="1C:Enterprise 8.3")

    begin("s06")
    gan = n("p_ganieva", "Л.М. Ганиева")
    body = (
        n("p_zaripov", "Айдар Фанилевич") + ", добрый день!\n\n"
        "По поручению " + n("p_kudryavtsev", "Бориса Егоровича") + " пересылаю предложение иранской компании «"
        + n("o_kavir", "Кавир") + "» для проверки контрагента. "
        + ev("f-jd", "Речь о совместной разработке малоразмерного ТРД для беспилотников - нашего «Кречета».")
        + "\n\n" + gan + "\n" + ev("f-emp-ganieva", "главный конструктор проекта ТРДМ-85") + "\n"
        "КБ АО «" + org() + "»\nтел. (84593) 7-20-31\n\n"
        "-----Original Message-----\n"
        "From: Farhad Rahimi <f.rahimi@kavir.example.ir>\n"
        "Sent: Monday, December 8, 2025 10:05 AM\n"
        "To: " + n("p_ganieva", "Liliia Ganieva") + " <" + E_GAN + ">\n"
        "Cc: " + n("p_kudryavtsev", "Boris Kudriavtsev") + " <" + E_KUD + ">\n"
        "Subject: Proposal: joint development of TRDM-85 small turbojet\n\n"
        "Dear " + n("p_ganieva", "Ms Ganieva") + ",\n\n"
        "Further to our meeting in Moscow, "
        + ev("f-jd", n("o_kavir", "Kavir Propulsion Systems Co.") + " (Shiraz) proposes to jointly develop with "
             + n("o_vamrz", "Volsk Aero-Engine Repair Plant") + " the TRDM-85 \"Krechet\" small turbojet engine "
             "(85 kgf thrust) for unmanned aerial vehicles.")
        + " We suggest that development costs be shared equally, 50% by each party.\n\n"
        "Best regards,\nDr. Farhad Rahimi\nProgram Manager, Kavir Propulsion Systems Co.\nShiraz, Iran\n"
    )
    message("s06", D(2025, 12, 8, 15, 12), (n("p_ganieva", "Ганиева Лилия Маратовна"), E_GAN), own(),
            "FW: Proposal: joint development of TRDM-85 small turbojet", text_part(body, cte="base64"))

    begin("s07")
    quoted = "\n".join("> " + ln if ln else ">" for ln in body.split("\n")[:6])
    reply = (n("p_ganieva", "Лилия Маратовна") + ", добрый день.\n\n"
             "Проверка «" + n("o_kavir", "Кавира") + "» проведена, сведений, препятствующих переговорам с " + n("o_vamrz", "ВАМРЗ") + ", нет. "
             "Прошу всю переписку с иранской стороной вести только через служебную почту и копию "
             "направлять мне.\n" + own_sig() + "\n"
             "08.12.2025 15:12, " + n("p_ganieva", "Ганиева Лилия Маратовна") + " пишет:\n" + quoted + "\n")
    message("s07", D(2025, 12, 15, 9, 3), own(), (n("p_ganieva", "Ганиева Лилия Маратовна"), E_GAN),
            "Re: FW: Proposal: joint development of TRDM-85 small turbojet", text_part(reply, cte="8bit"),
            reply_to="s06", mailer="Mozilla Thunderbird")

    begin("n08")
    txt = "Дорогие коллеги!\n\nПриглашаем на новогодний вечер 26 декабря в 18:00 в ДК «Юбилейный».\n\nПрофком"
    html = ("<html><body><p style='color:#036'>Дорогие коллеги!</p><p>Приглашаем на <b>новогодний вечер</b> "
            "26 декабря в 18:00 в ДК «Юбилейный».</p><p>Профком</p></body></html>")
    message("n08", D(2025, 12, 19, 13, 0), ("Профком", E_UNION), own(), "Новогодний вечер",
            multipart("alternative", [text_part(txt, cte="quoted-printable"),
                                      text_part(html, subtype="html", cte="quoted-printable")], "n08"))

    begin("s08")
    kud_full = n("p_kudryavtsev", "Кудрявцев Борис Егорович")
    rows = [
        ["План выездов работников АО «" + org() + "» за рубеж на 2026 год"],
        ["№", "ФИО", "Должность", "Страна", "Город", "Сроки", "Цель поездки", "Статус"],
        [1, n("p_khairullin", "Хайруллин Марат Ильдусович"), ev("f-emp-khairullin", "заместитель главного инженера"),
         "Алжир", "Буфарик", "09.02.2026-20.02.2026",
         ev2(["f-ft-dz", "f-mm-dz"], "гарантийный надзор (ВВС Алжира, Ил-76МД)"), "согласовано"],
        [2, din_full_x := n("p_dinara", "Бекмухаметова Динара Ерлановна"),
         ev("f-emp-dinara", "инженер-конструктор 2 категории КБ"), "Казахстан", "Костанай",
         "02.01.2026-08.01.2026", ev("f-ft-kz", "частная (к отцу)"), "согласовано"],
        [3, n("p_litvinenko", "Литвиненко Олег Петрович"), ev("f-emp-litvinenko", "инженер-испытатель испытательной станции"),
         "Украина", "Полтава", "15.01.2026-30.01.2026", "частная (к матери)", "отказано (форма допуска № 2)"],
        [4, n("p_akhmetshin", "Ахметшин Булат Ришатович"), ev("f-emp-akhmetshin", "начальник отдела МТО"),
         "Китай", "Шэньчжэнь", "16.03.2026-21.03.2026", "приёмка оборудования", "согласовано"],
        [5, n("p_sidorenko", "Сидоренко Кирилл Андреевич"), ev("f-emp-sidorenko", "инженер-технолог цеха № 3"),
         "Чехия", "Прага", "20.03.2026-27.03.2026", "туризм", "ожидает решения по визе"],
        [6, kud_full + "; " + n("p_ganieva", "Ганиева Лилия Маратовна"),
         ev("f-emp-kudryavtsev", "генеральный директор") + "; " + ev("f-emp-ganieva", "главный конструктор проекта ТРДМ-85"),
         "Иран", "Шираз", "май 2026", ev2(["f-ft-ir"], "техническое совещание с Kavir Propulsion Systems"),
         "планируется"],
        [],
        ["Согласовано: " + ev("f-emp-zaripov", "начальник отдела режима и кадров " + n("p_zaripov", "А.Ф. Зарипов"))],
    ]
    n("o_kavir", "Kavir Propulsion Systems")
    xl = make_xlsx([("План 2026", rows)])
    body = (n("p_zaripov", "Айдар Фанилевич") + ", добрый день!\n\nСводный план выездов за рубеж на 2026 год "
            "во вложении. По " + n("p_litvinenko", "Литвиненко") + " - отказ, как Вы решили; по "
            + n("p_sidorenko", "Сидоренко К.А.") + " ждём визу.\n" + HR_SIG)
    message("s08", D(2025, 12, 26, 16, 40), HR, own(), "План выездов за рубеж 2026",
            multipart("mixed", [text_part(body, cs="windows-1251", cte="base64"),
                                attach_part(xl, XLSX, "Выезды_2026_план.xlsx")], "s08"), hcs="windows-1251")

    # ------------------------------------------------------------ 2026-01
    begin("n09")
    message("n09", D(2026, 1, 9, 8, 0), IT, own(), "После праздников: обновления Windows",
            text_part("Коллеги, с возвращением! За праздники на рабочие станции установлены обновления. "
                      "Если компьютер просит перезагрузку - перезагрузите, пожалуйста.\n\nИТ-служба",
                      cte="base64"), mailer="Zimbra 9.0")

    begin("s09")
    body = (n("p_zaripov", "Айдар Фанилевич") + ", здравствуйте.\n\n"
            "Сообщаю, что " + ev2(["f-ft-kz", "f-fam-dinara"], "08.01.2026 вернулась из Республики Казахстан "
                                  "(г. Костанай), где со 2 января гостила у отца, " + n("p_erlan", "Ерлана Кайратовича"))
            + ". Контактов с иностранными гражданами, кроме родственников, не было.\n\n"
            + n("p_dinara", "Д.Е. Бекмухаметова") + "\n"
            + ev("f-emp-dinara", "инженер-конструктор 2 категории КБ") + "\nвн. 245\n")
    message("s09", D(2026, 1, 12, 8, 47), (n("p_dinara", "Dinara Bekmukhametova"), E_DIN), own(),
            "Уведомление о возвращении", text_part(body, cte="quoted-printable"), loose=True, no_mid=True,
            mailer="Microsoft Outlook 16.0")

    begin("s10")
    mom = ("Олежику, синочку, привіт!\n\n"
           "Дуже шкода, що ти не приїдеш у січні, я вже й кімнату приготувала. Тут усе по-старому: "
           "холодно, світло вимикають, але ми тримаємось. Тітка Галя передає тобі вітання.\n"
           "Бережи себе і не хвилюйся за мене.\n\n" + ev("f-fam-litvinenko", "Цілую, твоя мама") + "\n")
    n("p_litvinenko", "Олежику")
    inner = inner_message((n("p_hanna", "Ганна Литвиненко"), "hanna.lytvynenko@ukr.example.ua"),
                          (n("p_litvinenko", "Олег"), "oleg.litv@mail.example.ru"),
                          "Привіт, синку", D(2026, 1, 11, 19, 22),
                          text_part(mom, cs="windows-1251", cte="base64"), "ukr.example.ua", "s10-inner",
                          hcs="windows-1251")
    outer = (n("p_zaripov", "Айдар Фанилевич") + ", добрый день.\n\n"
             "В соответствии с требованиями режима " + ev("f-fam-litvinenko", "сообщаю о письме от моей матери, "
             + n("p_hanna", "Литвиненко Анны Ивановны") + " (г. Полтава, Украина)") + ", полученном на личную "
             "почту. Письмо пересылаю. О том, что январская поездка не согласована, мне сообщили, "
             "я её не планирую.\n\n" + n("p_litvinenko", "О.П. Литвиненко") + "\n"
             + ev("f-emp-litvinenko", "инженер-испытатель испытательной станции") + "\n")
    message("s10", D(2026, 1, 14, 10, 30), (n("p_litvinenko", "Литвиненко Олег Петрович"), E_LIT), own(),
            "Письмо от родственника за границей",
            multipart("mixed", [text_part(outer, cte="base64"), rfc822_part(inner)], "s10"))

    begin("s11")
    body = (
        n("p_zaripov", "Айдар Фанилевич") + ", на проверку. Предложение интересное по срокам, но "
        "смущает схема.\n\n" + n("p_akhmetshin", "Б.Р. Ахметшин") + "\n\n"
        "---------- Пересылаемое сообщение ----------\n"
        "От: Асанов Эркинбек <sales@alatoo-tehsnab.example.kg>\n"
        "Дата: 16.01.2026 11:04\n"
        "Тема: Коммерческое предложение - видеоэндоскопы\n\n"
        "Уважаемый " + n("p_akhmetshin", "Булат Ришатович") + "!\n\n"
        "ОсОО «Ала-Тоо ТехСнаб» (г. Бишкек) предлагает поставку видеоэндоскопов Northbeam VS-400 "
        "американского производства со склада в Бишкеке. Оформление - на конечного пользователя в "
        "Кыргызской Республике, далее доставка автотранспортом в Саратов. Срок - 3 недели, наценка 35 %.\n\n"
        "С уважением,\nЭ. Асанов, директор\nОсОО «Ала-Тоо ТехСнаб»\n+996 312 000 514\n"
    )
    message("s11", D(2026, 1, 19, 12, 14), (n("p_akhmetshin", "Ахметшин Булат Ришатович"), E_AKH), own(),
            "Fwd: Коммерческое предложение - видеоэндоскопы", text_part(body, cs="koi8-r", cte="base64"),
            hcs="koi8-r", mailer="Yandex.Mail")

    begin("s13")
    lit_anketa = make_docx([
        ("h", "АНКЕТА (ежегодная сверка)"),
        ("table", [
            ["Фамилия, имя, отчество", n("p_litvinenko", "Литвиненко Олег Петрович")],
            ["Гражданство", ev("f-cit-litvinenko", "Российская Федерация (с 2014 г.). Гражданство Украины "
                               "прекращено в 2016 г.")],
            ["Место работы, должность", "АО «" + org() + "», "
             + ev("f-emp-litvinenko", "инженер-испытатель испытательной станции")],
            ["Семейное положение", "холост"],
            ["Родственники, проживающие за границей",
             ev("f-fam-litvinenko", "мать - " + n("p_hanna", "Литвиненко Анна Ивановна") + " (укр. "
                + n("p_hanna", "Литвиненко Ганна Іванівна") + "), 1955 г.р., г. Полтава, Украина, пенсионерка")],
            ["Выезды за границу в отчётном году", "не выезжал"],
        ]),
        "Подпись: " + n("p_litvinenko", "Литвиненко О.П."),
    ])
    gan_anketa = make_docx([
        ("h", "АНКЕТА (ежегодная сверка)"),
        ("table", [
            ["Фамилия, имя, отчество", n("p_ganieva", "Ганиева Лилия Маратовна")],
            ["Гражданство", ev("f-cit-ganieva", "Российская Федерация. Иного гражданства не имею.")],
            ["Вид на жительство в иностранном государстве", "Республика Армения (ВНЖ с 2023 г., г. Ереван)"],
            ["Место работы, должность", "АО «" + org() + "», "
             + ev("f-emp-ganieva", "главный конструктор проекта ТРДМ-85")],
            ["Семейное положение", "разведена, детей нет"],
            ["Родственники, проживающие за границей", "не имею"],
        ]),
        "Подпись: " + n("p_ganieva", "Ганиева Л.М."),
    ])
    zf = make_zip([("Анкеты/Литвиненко_О_П.docx", lit_anketa), ("Анкеты/Ганиева_Л_М.docx", gan_anketa)])
    body = (n("p_zaripov", "Айдар Фанилевич") + ", обновлённые анкеты по ежегодной сверке (КБ и "
            "испытательная станция) - в архиве. Остальные досылаю по мере сдачи.\n" + HR_SIG)
    message("s13", D(2026, 1, 20, 15, 55), HR, own(), "Анкеты - ежегодная сверка (часть 1)",
            multipart("mixed", [text_part(body, cte="8bit"),
                                attach_part(zf, "application/zip", "anketa_sverka_1.zip")], "s13"))

    begin("s12")
    src = MSGS[-2]  # s11
    quoted = ("> " + n("p_zaripov", "Айдар Фанилевич") + ", на проверку. Предложение интересное по срокам, но\n"
              "> смущает схема.\n> ...\n> ОсОО «Ала-Тоо ТехСнаб» (г. Бишкек) предлагает поставку видеоэндоскопов\n"
              "> Northbeam VS-400 американского производства со склада в Бишкеке.\n")
    reply = (n("p_akhmetshin", "Булат Ришатович") + ", добрый день.\n\n"
             "По ОсОО «Ала-Тоо ТехСнаб» - в сотрудничестве отказать. Реэкспорт американских изделий через "
             "третью страну с подставным конечным пользователем создаёт для " + n("o_vamrz", "Вольского авиамоторного ремонтного завода") + " прямые риски, на такие "
             "схемы я согласие не дам. Ищите производителя, у которого в изделии нет американских "
             "комплектующих.\n" + own_sig() + "\n"
             "19.01.2026 12:14, " + n("p_akhmetshin", "Ахметшин Булат Ришатович") + " пишет:\n" + quoted)
    message("s12", D(2026, 1, 23, 9, 30), own(), (n("p_akhmetshin", "Ахметшин Булат Ришатович"), E_AKH),
            "Re: Fwd: Коммерческое предложение - видеоэндоскопы", text_part(reply, cs="koi8-r", cte="quoted-printable"),
            reply_to="s11", hcs="koi8-r", mailer="Mozilla Thunderbird")

    begin("n10")
    message("n10", D(2026, 1, 28, 11, 0), ("Профком", E_UNION), own(), "Заводская лыжня - 7 февраля",
            text_part("Приглашаем всех на заводскую лыжню 7 февраля, старт в 11:00 у базы отдыха «Волжские "
                      "дали». Горячий чай и полевая кухня - от профкома.\n\nПрофком",
                      cs="windows-1251", cte="8bit"), hcs="windows-1251", mailer="The Bat! (v10.4.2) Professional")

    # ------------------------------------------------------------ 2026-02
    begin("n11")
    message("n11", D(2026, 2, 2, 9, 20), IT, own(), "Удалённый доступ: новый клиент VPN",
            text_part("С 10 февраля старый клиент удалённого доступа отключается. Установочный пакет "
                      "нового клиента - на портале, раздел «Программы». Для руководителей подразделений "
                      "установка выполняется специалистом ИТ по заявке.\n\nИТ-служба", cte="quoted-printable"),
            mailer="Zimbra 9.0")

    begin("s14")
    itin = ("ELECTRONIC TICKET ITINERARY / RECEIPT\n"
            "PASSENGER: " + n("p_khairullin", "KHAIRULLIN/MARAT") + " MR\n"
            "BOOKING REF: 7QK2LM   TICKET: 235 2198 443 017\n\n"
            "09FEB  SVO-IST  TK 414   DEP 07:55  ARR 10:40\n"
            "09FEB  IST-ALG  TK 6537  DEP 14:35  ARR 15:50\n"
            "20FEB  ALG-IST  TK 6538  DEP 17:05  ARR 22:10\n"
            "21FEB  IST-SVO  TK 413   DEP 01:25  ARR 05:05\n\n"
            "BAGGAGE: 1PC 23KG\n")
    body = (n("p_zaripov", "Айдар Фанилевич") + ", добрый день.\n\n"
            "Прошу оформить выезд: "
            + ev2(["f-ft-dz", "f-mm-dz"], "командировка в Алжир (авиабаза Буфарик) с 09.02 по 20.02.2026 для "
                  "гарантийного надзора за двигателями Д-30КП-2 на Ил-76МД ВВС Алжира")
            + ". Маршрут: Москва - Стамбул (пересадка, из транзитной зоны не выхожу) - Алжир. "
            "Маршрутная квитанция во вложении.\n\n"
            "--\n" + n("p_khairullin", "М.И. Хайруллин") + "\n"
            + ev("f-emp-khairullin", "заместитель главного инженера") + "\nтел. (84593) 7-14-02\n")
    message("s14", D(2026, 2, 4, 10, 5), (n("p_khairullin", "Хайруллин Марат Ильдусович"), E_KHA), own(),
            "Выезд в Алжир 09-20.02",
            multipart("mixed", [text_part(body, cs="windows-1251", cte="quoted-printable"),
                                attach_part(itin.encode("ascii"), "text/plain", "itinerary_7QK2LM.txt")], "s14"),
            hcs="windows-1251")

    begin("n12")
    html = ("<html><body><h3>С Днём защитника Отечества!</h3><p>Уважаемые коллеги! Поздравляем вас с "
            "23 февраля. Торжественное собрание - 20 февраля в 15:00, актовый зал.</p>"
            "<p>Администрация и профком</p></body></html>")
    message("n12", D(2026, 2, 18, 12, 0), ("Администрация", E_OFFICE), own(), "С 23 Февраля!",
            text_part(html, subtype="html", cte="base64"))

    begin("s15")
    pdfq = make_pdf(["SHENZHEN LIANXIN OPTOELECTRONICS CO., LTD.", "QUOTATION No. LX-Q-260212",
                     "To: Volsk Aero-Engine Repair Plant JSC, attn. Mr. Bulat Akhmetshin",
                     "Item: LX-VS6 industrial videoscope, 6.0 mm probe, 3.0 m, 360 deg articulation",
                     "Qty: 4 sets     Unit price: USD 14 850     Total: USD 59 400",
                     "Delivery: 6 weeks ex works Shenzhen. Warranty 24 months.",
                     "No components of US origin.", "Chen Wei, Export Sales Manager"])
    n("o_lianxin", "SHENZHEN LIANXIN OPTOELECTRONICS CO., LTD.")
    n("p_akhmetshin", "Mr. Bulat Akhmetshin")
    body = (
        n("p_zaripov", "Айдар Фанилевич") + ", прошу проверить контрагента: "
        + ev("f-as-cn", "китайская «" + n("o_lianxin", "Ляньсинь") + "» предлагает видеоэндоскопы взамен "
             "американских Northbeam") + ". По характеристикам подходят, американских комплектующих, со слов "
        "поставщика, нет. КП во вложении.\n\n" + n("p_akhmetshin", "Б.Р. Ахметшин") + "\n\n"
        "-----Original Message-----\n"
        "From: Chen Wei <chen.wei@lianxin.example.cn>\n"
        "Sent: Thursday, February 12, 2026 4:40 PM\n"
        "To: " + n("p_akhmetshin", "Bulat Akhmetshin") + " <" + E_AKH + ">\n"
        "Subject: LX-VS6 videoscope quotation\n\n"
        "Dear " + n("p_akhmetshin", "Mr. Akhmetshin") + ",\n\n"
        "Thank you for your inquiry. "
        + ev("f-as-cn", n("o_lianxin", "Shenzhen Lianxin Optoelectronics Co., Ltd.") + " can supply the LX-VS6 "
             "industrial videoscope (6 mm probe, 3 m, 360-degree articulation) as a direct replacement for "
             "the " + ev("f-so-us", "US-made VS-400 units you can no longer obtain") + ".")
        + " Delivery is 6 weeks ex works Shenzhen. Our quotation is attached.\n\n"
        "Best regards,\nChen Wei\nExport Sales Manager\n" + n("o_lianxin", "深圳联鑫光电有限公司") + "\n"
        "Tel. +86 755 0000 3391\n"
    )
    message("s15", D(2026, 2, 16, 9, 50), (n("p_akhmetshin", "Ахметшин Б.Р."), E_AKH), own(),
            "FW: LX-VS6 videoscope quotation",
            multipart("mixed", [text_part(body, cte="base64"),
                                attach_part(pdfq, "application/pdf", "LX-Q-260212.pdf")], "s15"))

    begin("s16")
    fr = ("Monsieur le Directeur général,\n\n"
          "Les Forces aériennes algériennes remercient la société "
          + n("o_vamrz", "Volsk Aero-Engine Repair Plant") + " et "
          + ev("f-emp-khairullin", "son ingénieur en chef adjoint, M. " + n("p_khairullin", "Marat Khaïroulline"))
          + ", " + ev2(["f-mm-dz", "f-ft-dz"], "pour la supervision sous garantie des moteurs D-30KP-2 de nos avions "
                      "Il-76MD à la base aérienne de Boufarik, du 9 au 20 février 2026") + ".\n\n"
          "Nous vous prions d'agréer, Monsieur le Directeur général, l'expression de notre haute considération.\n\n"
          "Colonel K. Benali\nDirection du matériel aérien\n")
    body = (n("p_zaripov", "Айдару Фанилевичу") + " - для дела, копия благодарственного письма.\n"
            + n("p_kudryavtsev", "Б. Кудрявцев") + "\n\n"
            "-------- Original Message --------\n"
            "Subject: Supervision sous garantie D-30KP-2\n"
            "Date: 26.02.2026 10:12\n"
            "From: Direction du materiel aerien <dma@mdn.example.dz>\n"
            "To: " + n("p_kudryavtsev", "Boris Kudryavtsev") + " <" + E_KUD + ">\n\n" + fr)
    message("s16", D(2026, 2, 27, 8, 35), (n("p_kudryavtsev", "Boris Kudryavtsev"), E_KUD), own(),
            "Fwd: Supervision sous garantie D-30KP-2", text_part(body, cte="quoted-printable"),
            mailer="Mozilla Thunderbird")

    # ------------------------------------------------------------ 2026-03
    begin("n13")
    html = ("<html><body><p>Милые женщины!</p><p>Поздравляем с <b>Международным женским днём</b>! "
            "Праздничный концерт - 6 марта в 14:00.</p><p>Профком</p></body></html>")
    message("n13", D(2026, 3, 5, 12, 0), ("Профком", E_UNION), own(), "С 8 Марта!",
            text_part(html, subtype="html", cs="windows-1251", cte="quoted-printable"), hcs="windows-1251")

    begin("s17")
    body = (
        n("p_kudryavtsev", "Борис Егорович") + ", добрый день.\n\n"
        "Коротко о проблемах I квартала.\n\n"
        "1. Алжир. Я " + ev("f-ft-dz", "в прошлом месяце был в Алжире") + " - "
        + ev("f-mm-dz", "гарантийный надзор по Д-30КП-2 на Ил-76МД алжирских ВВС прошёл без замечаний")
        + ", заказчик готовит письмо на следующую партию.\n\n"
        "2. По НК-12МП для Ту-95МС: " + ev("f-es", "из-за отсутствия подшипников редуктора два двигателя стоят "
                                            "разобранными") + ", поставщик сроков не называет; "
        + ev("f-mm-ru", "под угрозой сдача в/ч 75326 в апреле") + ".\n\n"
        "3. Видеоэндоскопы: до поставки китайских дефектация лопаток ведётся старым оптическим эндоскопом.\n\n"
        + n("p_zaripov", "А.Ф. Зарипов") + " в копии - по поездке.\n\n"
        "--\n" + ev("f-emp-khairullin", "Заместитель главного инженера") + "\n" + n("p_khairullin", "М.И. Хайруллин") + "\n"
    )
    message("s17", D(2026, 3, 10, 17, 20), (n("p_khairullin", "Хайруллин М.И."), E_KHA),
            (n("p_kudryavtsev", "Кудрявцев Б.Е."), E_KUD), "Проблемы I квартала",
            text_part(body, cs="windows-1251", cte="quoted-printable"), cc=[own()], hcs="windows-1251")

    begin("s18")
    body = (n("p_zaripov", "Айдар Фанилевич") + ", поездку в Шэньчжэнь 16-21 марта отменяем: «"
            + n("o_lianxin", "Ляньсинь") + "» " + ev("f-as-cn", "сам пришлёт инженеров на пусконаладку после поставки") + ". "
            "Прошу снять меня с плана выездов.\n\n" + n("p_akhmetshin", "Б.Р. Ахметшин") + "\n")
    message("s18", D(2026, 3, 12, 11, 45), (n("p_akhmetshin", "Ахметшин Б.Р."), E_AKH), own(),
            "Шэньчжэнь - отмена поездки", text_part(body, cte="8bit"))

    begin("s19")
    prot = make_docx([
        ("h", "ПРОТОКОЛ № 2"),
        ev("f-jd", "технического совещания АО «" + org() + "» и " + n("o_kavir", "Kavir Propulsion Systems Co.")
           + " по совместной разработке малоразмерного турбореактивного двигателя ТРДМ-85 «Кречет»"),
        "Дата: 17 марта 2026 г. Место: видеоконференция.",
        "1. Утвердить техническое задание на ТРДМ-85 (тяга 85 кгс, масса не более 9 кг).",
        "2. Эскизный проект защитить в мае 2026 г. в г. Ширазе.",
        "3. Изготовление опытных образцов - АО «" + n("o_vamrz", "ВАМРЗ") + "», г. Вольск.",
        "4. Финансирование ОКР: АО «ВАМРЗ» - 70 %, Kavir Propulsion Systems Co. - 30 %.",
        "От российской стороны: " + n("p_ganieva", "Л.М. Ганиева") + ". От иранской стороны: Dr. F. Rahimi.",
    ])
    body = (n("p_zaripov", "Айдар Фанилевич") + ", для дела - подписанный протокол № 2 по «Кречету». "
            "Доли финансирования пересмотрели: у нас теперь 70 %.\n\n" + n("p_ganieva", "Л.М. Ганиева") + "\n")
    message("s19", D(2026, 3, 18, 14, 0), (n("p_ganieva", "Ганиева Л.М."), E_GAN), own(), "Протокол № 2 - ТРДМ-85",
            multipart("mixed", [text_part(body, cte="base64"),
                                attach_part(prot, DOCX, "Протокол_2_ТРДМ-85.docx")], "s19"))

    begin("s20")
    order = make_docx([
        "АО «" + org() + "»",
        ("h", "ПРИКАЗ № 97-к"),
        "г. Вольск, 20 марта 2026 г.",
        "О выплате единовременной материальной помощи",
        "Выплатить единовременную материальную помощь в связи с рождением ребёнка "
        + ev("f-emp-akhmetshin", "начальнику отдела материально-технического обеспечения "
             + n("p_akhmetshin", "Ахметшину Булату Ришатовичу"))
        + " (" + ev("f-fam-akhmetshin", "сын - " + n("p_samir", "Ахметшин Самир Булатович") + ", 02.03.2026 г.р.")
        + ") в размере 20 000 рублей.",
        "Основание: заявление работника, копия свидетельства о рождении.",
        ev("f-emp-kudryavtsev", "Генеральный директор " + n("p_kudryavtsev", "Б.Е. Кудрявцев")),
    ])
    body = ("Айдар Фанилевич, приказ о матпомощи " + n("p_akhmetshin", "Ахметшину Б.Р.") + " подписан, "
            "копия для личного дела во вложении.\n" + HR_SIG)
    message("s20", D(2026, 3, 20, 10, 15), HR, own(), "Приказ 97-к",
            multipart("mixed", [text_part(body, cs="windows-1251", cte="base64"),
                                attach_part(order, DOCX, "Приказ_97-к.docx")], "s20"), hcs="windows-1251")

    begin("s21")
    body = (n("p_zaripov", "Айдар Фанилевич") + ", к сведению: " + n("p_sidorenko", "Сидоренко К.А.")
            + " получил отказ в шенгенской визе (консульство Чехии), поездка в Прагу 20-27 марта не состоится. "
            "Из уведомления:\n\n"
            "  Applicant: " + n("p_sidorenko", "SIDORENKO KIRILL") + "\n"
            "  Decision: visa refused (reason 10 - justification for the purpose and conditions of the "
            "intended stay was not provided)\n\n"
            "Из плана выездов его убираю.\n" + HR_SIG)
    message("s21", D(2026, 3, 24, 9, 10), HR, own(), "Сидоренко - отказ в визе", text_part(body, cte="quoted-printable"))

    begin("n14")
    message("n14", D(2026, 3, 30, 8, 15), ("Служба охраны труда", "ot@" + PL), own(),
            "Учебная эвакуация 2 апреля",
            text_part("2 апреля в 10:30 проводится учебная эвакуация из административного корпуса. "
                      "Руководителям подразделений обеспечить участие работников.\n\nСлужба охраны труда",
                      cs="koi8-r", cte="8bit"), hcs="koi8-r", mailer="Zimbra 9.0")

    # ------------------------------------------------------------ 2026-04
    begin("s22")
    body = (n("p_zaripov", "Айдар Фанилевич") + ", "
            + ev("f-as-cn", "договор с " + n("o_lianxin", "Shenzhen Lianxin Optoelectronics")
                 + " на 4 видеоэндоскопа LX-VS6 подписан") + " (№ 26-041-ВЭД), предоплата 30 % прошла. "
            "Американских комплектующих в составе нет - сертификат происхождения приложат при поставке.\n\n"
            + n("p_akhmetshin", "Б.Р. Ахметшин") + "\n" + ev("f-emp-akhmetshin", "начальник отдела МТО") + "\n")
    message("s22", D(2026, 4, 6, 16, 30), (n("p_akhmetshin", "Ахметшин Б.Р."), E_AKH), own(),
            "Договор 26-041-ВЭД", text_part(body, cs="koi8-r", cte="quoted-printable"), hcs="koi8-r",
            mailer="Mozilla Thunderbird")

    begin("n15")
    message("n15", D(2026, 4, 14, 9, 0), ("Здравпункт", "medpunkt@" + PL), own(), "Периодический медосмотр",
            text_part("Уважаемые руководители! Периодический медосмотр работников отдела режима и кадров - "
                      "22 апреля с 8:00 до 11:00, здравпункт, 1 этаж. Натощак.\n\nЗдравпункт",
                      cte="base64"), mailer="Zimbra 9.0")

    begin("n16")
    html = ("<html><body><h1>Aviation MRO Summit 2026</h1><p>Join 400+ maintenance leaders in Dubai on "
            "10-11 November. Early bird registration ends soon!</p><p><a href='https://mro-summit.example.com'>"
            "Register now</a></p><p style='font-size:9px'>From the organisers of MRO Week. Unsubscribe.</p>"
            "</body></html>")
    message("n16", D(2026, 4, 20, 3, 12), ("MRO Summit", "events@mro-summit.example.com"), own_lat(),
            "Last call: Aviation MRO Summit 2026", text_part(html, subtype="html", cs="us-ascii", cte="7bit"),
            mailer="Mailchimp")

    begin("s23")
    body = (
        "Dear " + n("p_ganieva", "Ms Ganiyeva") + ", Dear " + n("p_kudryavtsev", "Mr Kudryavtsev") + ",\n\n"
        + ev("f-ft-ir", "We look forward to welcoming you both in Shiraz next week for the TRDM-85 design review")
        + ". Our driver will meet you at the airport; rooms are booked at the Zand Garden Hotel.\n"
        "The agenda is attached below:\n"
        "  Day 1 - compressor and combustor layout\n  Day 2 - turbine and bearings\n"
        "  Day 3 - test plan and " + ev("f-jd", "sharing of the joint development work on the TRDM-85") + "\n\n"
        "Best regards,\nDr. Farhad Rahimi\nProgram Manager\n" + n("o_kavir", "Kavir Propulsion Systems Co.") + "\n"
    )
    message("s23", D(2026, 4, 28, 11, 20), ("Farhad Rahimi", "f.rahimi@kavir.example.ir"),
            [(n("p_ganieva", "Liliia Ganieva"), E_GAN), (n("p_kudryavtsev", "Boris Kudriavtsev"), E_KUD)],
            "TRDM-85 design review in Shiraz", text_part(body, cs="us-ascii", cte="7bit"),
            cc=[own_lat()], mailer="Microsoft Outlook 16.0")

    # ------------------------------------------------------------ 2026-05
    begin("n17")
    message("n17", D(2026, 5, 6, 12, 0), ("Администрация", E_OFFICE), own(), "С Днём Победы!",
            text_part("Уважаемые коллеги! Поздравляем с Днём Победы! Возложение цветов к памятнику "
                      "заводчанам - 8 мая в 12:00.\n\nАдминистрация", cs="windows-1251", cte="base64"),
            hcs="windows-1251")

    begin("s24")
    body = (n("p_zaripov", "Айдар Фанилевич") + ", по возвращении: "
            + ev2(["f-ft-ir", "f-jd"], "4-8 мая мы с " + n("p_ganieva", "Л.М. Ганиевой") + " были в Ширазе у «"
                  + n("o_kavir", "Кавира") + "» на защите эскизного проекта ТРДМ-85")
            + ". Отчёт о контактах с иностранными гражданами подготовит " + n("p_ganieva", "Лилия Маратовна")
            + ".\n\n" + n("p_kudryavtsev", "Б.Е. Кудрявцев") + "\n")
    message("s24", D(2026, 5, 13, 8, 55), (n("p_kudryavtsev", "Кудрявцев Борис Егорович"), E_KUD), own(),
            "Шираз - по итогам", text_part(body, cs="windows-1251", cte="8bit"), hcs="windows-1251",
            loose=True, mailer="The Bat! (v10.4.2) Professional")

    begin("s25")
    body = (n("p_zaripov", "Айдар Фанилевич") + ", добрый день.\n\n"
            + n("p_khairullin", "Хайруллин М.И.") + " сегодня сообщил, что "
            + ev2(["f-ft-uz", "f-fam-khairullin"], "на майских ездил с женой " + n("p_alsu", "Алсу")
                  + " в Узбекистан, в Самарканд")
            + ". Уведомление не подавал - говорит, думал, что для СНГ не нужно. Объяснительную запросила.\n"
            + HR_SIG)
    message("s25", D(2026, 5, 14, 15, 40), HR, own(), "Хайруллин - выезд без уведомления",
            text_part(body, cte="quoted-printable"))

    begin("s26")
    body = ("Начальнику отдела режима и кадров\n" + n("p_zaripov", "Зарипову А.Ф.") + "\n\n"
            "ОБЪЯСНИТЕЛЬНАЯ ЗАПИСКА\n\n"
            "Я, " + n("p_khairullin", "Хайруллин Марат Ильдусович") + ", "
            + ev("f-emp-khairullin", "заместитель главного инженера") + ", "
            + ev2(["f-ft-uz", "f-fam-khairullin"], "с 1 по 5 мая 2026 г. находился в г. Самарканде (Республика "
                  "Узбекистан) вместе с супругой " + n("p_alsu", "Хайруллиной Алсу Фаритовной") + " с целью отдыха")
            + ". Уведомление о выезде своевременно не подал по незнанию. Обязуюсь впредь уведомлять "
            "заблаговременно.\n\n15.05.2026    " + n("p_khairullin", "М.И. Хайруллин") + "\n")
    message("s26", D(2026, 5, 15, 9, 5), (n("p_khairullin", "Хайруллин М.И."), E_KHA), own(),
            "Объяснительная", text_part(body, cs="windows-1251", cte="8bit", label=False),
            hcs="windows-1251", mailer="Microsoft Outlook Express 6.00.2900.5512")

    begin("n18")
    message("n18", D(2026, 5, 20, 7, 45), IT, own(), "Плановые работы на сети 23 мая",
            text_part("23 мая с 9:00 до 13:00 будет недоступна сеть в корпусах 2 и 5.\n\nИТ-служба",
                      cs="koi8-r", cte="quoted-printable"), hcs="koi8-r", mailer="Zimbra 9.0")

    # ------------------------------------------------------------ 2026-06
    begin("n19")
    message("n19", D(2026, 6, 1, 10, 0), (n("p_zaripov", "Зарипов А.Ф."), E_OWN),
            [("Начальники подразделений", "heads@" + PL)], "Совещание по пропускному режиму 25.06",
            text_part("Коллеги,\n\n25 июня в 14:00 в каб. 214 - совещание по пропускному режиму и учёту "
                      "посетителей. Прошу быть лично или направить заместителей.\n" + own_sig(),
                      cte="base64"), mailer="Mozilla Thunderbird")

    begin("s27")
    body = ("Dear " + n("p_akhmetshin", "Mr. Akhmetshin") + ",\n\n"
            + ev("f-as-cn", "the four LX-VS6 videoscopes ordered under contract No. 26-041 have been shipped")
            + " (AWB 784-2231 0915). Our two engineers will arrive at your plant in Volsk next week for "
            "commissioning and training; please arrange their passes.\n\n"
            "Best regards,\nChen Wei\nExport Sales Manager\n" + n("o_lianxin", "Lianxin Optoelectronics") + "\n")
    message("s27", D(2026, 6, 2, 6, 15), ("Chen Wei", "chen.wei@lianxin.example.cn"),
            (n("p_akhmetshin", "Bulat Akhmetshin"), E_AKH), "Shipment of LX-VS6 / engineers visit",
            text_part(body, cte="base64"), cc=[own_lat()], mailer="Foxmail 7.2")

    begin("s28")
    body = ("Уважаемый " + n("p_kudryavtsev", "Борис Егорович") + "!\n\n"
            "ООО «Хвалынская компрессорная компания» просит принять в средний ремонт на " + n("o_vamrz", "Вольском авиамоторном ремонтном заводе") + " два газотурбинных "
            "привода НК-12СТ с компрессорной станции «Терса» (магистральный газопровод). Представители "
            "нашей компании прибудут 16 июня для подписания акта передачи; просим оформить пропуска.\n\n"
            "С уважением,\nГлавный инженер ООО «Хвалынская компрессорная компания»\nС.В. Пронин\n")
    message("s28", D(2026, 6, 9, 13, 25), ("Пронин С.В.", "pronin@hkk.example.ru"),
            (n("p_kudryavtsev", "Кудрявцев Б.Е."), E_KUD), "Ремонт НК-12СТ", text_part(body, cte="quoted-printable"),
            cc=[own()], mailer="Microsoft Outlook 16.0")

    begin("n28")
    message("n28", D(2026, 6, 10, 9, 30), ("Профком", E_UNION), own(), "День донора 18 июня",
            text_part("18 июня на заводе работает выездная станция переливания крови. Донорам - два дня "
                      "отдыха.\n\nПрофком", cte="8bit"))

    begin("s29")
    body = (n("p_zaripov", "Айдар Фанилевич") + ", уведомляю о командировке в г. Казань 22-24 июня "
            "(ООО «Поволжская подшипниковая компания»). "
            + ev("f-es", "Цель: поиск подшипников редуктора для НК-12МП - их по-прежнему нет, два двигателя стоят")
            + ".\n\n--\n" + n("p_khairullin", "М.И. Хайруллин") + "\n")
    message("s29", D(2026, 6, 17, 16, 10), (n("p_khairullin", "Хайруллин Марат Ильдусович"), E_KHA), own(),
            "Командировка Казань 22-24.06", text_part(body, cs="windows-1251", cte="base64"), hcs="windows-1251")

    begin("n29")
    src = ("Коллеги,\n\n25 июня в 14:00 в каб. 214 - совещание по пропускному режиму и учёту посетителей. "
           "Прошу быть лично или направить заместителей.")
    body = ("Айдар Фанилевич, от БТК буду я вместо Смирнова, он в отпуске.\n\nГалкин Д.С.\n\n"
            "-----Original Message-----\nFrom: " + n("p_zaripov", "Зарипов А.Ф.") + "\nSent: Monday, June 1, 2026 10:00 AM\n"
            "Subject: Совещание по пропускному режиму 25.06\n\n" + src + "\n")
    message("n29", D(2026, 6, 24, 11, 5), ("Галкин Денис Сергеевич", "d.galkin@" + PL), own(),
            "RE: Совещание по пропускному режиму 25.06", text_part(body, cte="quoted-printable"),
            reply_to="n19")

    # ------------------------------------------------------------ 2026-07
    begin("n20")
    message("n20", D(2026, 7, 1, 9, 0), ("Учебный центр", "ucheba@" + PL), own(),
            "Обучение: защита персональных данных",
            text_part("Работникам, допущенным к обработке персональных данных, пройти дистанционный курс "
                      "до 31 июля. Ссылка на курс - на портале.\n\nУчебный центр", cs="windows-1251",
                      cte="quoted-printable"), hcs="windows-1251")

    begin("s30")
    rows = [
        ["Проблемные позиции МТО, I полугодие 2026 г."],
        ["Позиция", "Производитель (страна)", "Проблема", "Решение", "Статус"],
        ["Видеоэндоскопы VS-400", "Northbeam Inspection Systems (США)",
         ev("f-so-us", "отказ в поставке: экспортный контроль США (EAR)"),
         ev("f-as-cn", "замена: LX-VS6, " + n("o_lianxin", "Shenzhen Lianxin Optoelectronics") + " (КНР)"),
         "поставлено 4 шт., введены в эксплуатацию"],
        ["Запчасти и ПО балансировочного станка HB-2000", "Hessler Auswuchttechnik (Германия)",
         ev("f-so-de", "отказ: санкции ЕС (Регламент 833/2014)"), "аналог не найден",
         "станок работает с ограничениями"],
        ["Подшипники редуктора НК-12МП", "отечественный поставщик", ev("f-es", "дефицит, поставки сорваны"),
         "поиск поставщика", "2 двигателя стоят разобранными"],
    ]
    xl = make_xlsx([("МТО 1П2026", rows)])
    body = (n("p_kudryavtsev", "Борис Егорович") + ", отчёт по проблемным позициям снабжения за полугодие - "
            "во вложении. Если санкции когда-нибудь снимут, по балансировочному станку вернулись бы к "
            "Hessler - аналога пока нет.\n\n" + n("p_akhmetshin", "Б.Р. Ахметшин") + "\n" + ev("f-emp-akhmetshin", "начальник отдела МТО") + "\n")
    message("s30", D(2026, 7, 3, 12, 40), (n("p_akhmetshin", "Ахметшин Б.Р."), E_AKH),
            (n("p_kudryavtsev", "Кудрявцев Б.Е."), E_KUD), "Проблемные позиции МТО - I полугодие",
            multipart("mixed", [text_part(body, cte="base64"),
                                attach_part(xl, XLSX, "MTO_problem_H1_2026.xlsx")], "s30"), cc=[own()])

    begin("s31")
    z_full = n("p_zaripov", "Зарипова А.Ф.")
    req = make_docx([
        ev("f-emp-kudryavtsev", "Генеральному директору") + " АО «" + org() + "»",
        n("p_kudryavtsev", "Б.Е. Кудрявцеву"),
        ev("f-emp-zaripov", "от начальника отдела режима и кадров " + z_full),
        ("h", "ЗАЯВЛЕНИЕ"),
        "Прошу предоставить мне ежегодный оплачиваемый отпуск с 03.08.2026 по 16.08.2026 (14 календарных дней).",
        ev("f-ft-by", "В период отпуска выезжаю в Республику Беларусь (г. Брест, г. Минск) "
           + ev("f-fam-gulnaz", "вместе с супругой, " + n("p_gulnaz", "Зариповой Гульназ Ринатовной")) + ", "
           + ev("f-fam-timur", "и сыном, " + n("p_timur", "Зариповым Тимуром Айдаровичем") + ", 12.09.2014 г.р.")),
        "Контактные данные на период отпуска: +7 900 000-41-17.",
        "10.07.2026    " + n("p_zaripov", "А.Ф. Зарипов"),
    ])
    body = (n("p_kudryavtsev", "Борис Егорович") + ", прошу подписать заявление на отпуск (выезд в Беларусь, "
            "уведомление - в заявлении). Замещать будет Н.С. Филатова по кадрам и Д.С. Галкин по режиму.\n"
            + own_sig())
    message("s31", D(2026, 7, 10, 17, 5), own(), (n("p_kudryavtsev", "Кудрявцев Борис Егорович"), E_KUD),
            "Заявление на отпуск", multipart("mixed", [text_part(body, cs="windows-1251", cte="quoted-printable"),
                                                     attach_part(req, DOCX, "Заявление_отпуск_Зарипов.docx")], "s31"),
            hcs="windows-1251", mailer="Mozilla Thunderbird")

    begin("s32")
    html = ("<html><head><meta charset=\"utf-8\"></head><body>"
            "<div>" + n("p_zaripov", "Айдар") + ", " + ev("f-ft-by", "санаторий подтвердил бронь на нас троих")
            + ", письмо ниже. " + n("p_timur", "Тимуру") + " справку для бассейна взяла.</div>"
            "<div>" + n("p_gulnaz", "Гульназ") + "</div><br>"
            "<div>-------- Пересылаемое сообщение --------</div>"
            "<div>От: Санаторий «Лясная крыніца» &lt;booking@lkrynica.example.by&gt;</div>"
            "<div>Тема: Пацверджанне браніравання / Подтверждение бронирования № 2607-118</div><br>"
            "<div>Паважаная " + n("p_gulnaz", "Гульназ Рынатаўна") + "!</div>"
            "<div>Пацвярджаем браніраванне: " + ev("f-ft-by", "заезд 03.08.2026, выезд 10.08.2026") + ", "
            "двухпакаёвы нумар.</div>"
            "<div>Госці: " + n("p_zaripov", "ZARYPAU AIDAR") + ", 14.03.1977; " + n("p_gulnaz", "ZARYPAVA HULNAZ")
            + ", 22.11.1981; " + n("p_timur", "ZARYPAU TSIMUR") + ", 12.09.2014.</div>"
            "<div>Брэсцкі раён, в. Баранкі. Трансфер ад вакзала Брэст-Цэнтральны - па запыце.</div>"
            "</body></html>")
    message("s32", D(2026, 7, 15, 21, 47), (n("p_gulnaz", "Гульназ Зарипова"), "gulnaz.z@mail.example.ru"),
            own_lat(), "Fwd: Подтверждение бронирования № 2607-118",
            text_part(html, subtype="html", cte="quoted-printable"), mailer="Mail.Ru Webmail")

    begin("s33")
    rows = [
        ["Выезды работников за рубеж в 2026 году - исполнение (на 20.07.2026)"],
        ["№", "ФИО", "Должность", "Страна, город", "Сроки", "Цель", "Статус"],
        [1, n("p_dinara", "Бекмухаметова Д.Е."), ev("f-emp-dinara", "инженер-конструктор 2 категории КБ"),
         ev("f-ft-kz", "Казахстан, Костанай"), "02.01.2026-08.01.2026", "частная", "выполнена"],
        [2, n("p_litvinenko", "Литвиненко О.П."), ev("f-emp-litvinenko", "инженер-испытатель испытательной станции"), "Украина, Полтава",
         "15.01.2026-30.01.2026", "частная", "отказано в согласовании"],
        [3, n("p_khairullin", "Хайруллин М.И."), ev("f-emp-khairullin", "заместитель главного инженера"),
         ev("f-ft-dz", "Алжир, Буфарик (транзит через Стамбул)"), "09.02.2026-20.02.2026",
         "гарантийный надзор", "выполнена"],
        [4, n("p_akhmetshin", "Ахметшин Б.Р."), ev("f-emp-akhmetshin", "начальник отдела МТО"), "Китай, Шэньчжэнь",
         "16.03.2026-21.03.2026", "приёмка оборудования", "отменена"],
        [5, n("p_sidorenko", "Сидоренко К.А."), ev("f-emp-sidorenko", "инженер-технолог цеха № 3"), "Чехия, Прага",
         "20.03.2026-27.03.2026", "туризм", "отказ в визе"],
        [6, n("p_kudryavtsev", "Кудрявцев Б.Е.") + ", " + n("p_ganieva", "Ганиева Л.М."),
         ev("f-emp-kudryavtsev", "генеральный директор") + "; " + ev("f-emp-ganieva", "главный конструктор проекта ТРДМ-85"),
         ev("f-ft-ir", "Иран, Шираз"),
         "04.05.2026-08.05.2026", "защита эскизного проекта", "выполнена"],
        [7, n("p_khairullin", "Хайруллин М.И.") + " (с супругой)", "заместитель главного инженера",
         ev("f-ft-uz", "Узбекистан, Самарканд"), "01.05.2026-05.05.2026", "отдых",
         "выполнена (уведомление подано после возвращения)"],
        [8, n("p_zaripov", "Зарипов А.Ф.") + " (с супругой и сыном)", ev("f-emp-zaripov", "начальник отдела режима и кадров"),
         ev("f-ft-by", "Беларусь, Брест, Минск"), "03.08.2026-16.08.2026", "отдых", "согласовано"],
        [9, n("p_ganieva", "Ганиева Л.М."), "главный конструктор проекта ТРДМ-85", "Иран, Тегеран", "ноябрь 2026",
         "выставка", "планируется (документы не поданы)"],
    ]
    xl = make_xlsx([("Исполнение 2026", rows)])
    body = ("Айдар Фанилевич, таблица исполнения плана выездов на 20.07 - во вложении, перед Вашим отпуском.\n"
            + HR_SIG)
    message("s33", D(2026, 7, 20, 12, 0), HR, own(), "Выезды 2026 - исполнение",
            multipart("mixed", [text_part(body, cte="base64"),
                                attach_part(xl, XLSX, "Выезды_2026_исполнение.xlsx")], "s33"))

    begin("s34")
    body = (n("p_ganieva", "Лилия Маратовна") + ", поездку в Тегеран в ноябре пока не согласую - вернёмся к "
            "вопросу в октябре, когда будет приглашение и программа выставки.\n" + own_sig())
    message("s34", D(2026, 7, 22, 10, 25), own(), (n("p_ganieva", "Ганиева Лилия Маратовна"), E_GAN),
            "Тегеран, ноябрь", text_part(body, cte="8bit"), mailer="Mozilla Thunderbird")

    begin("n21")
    xl = make_xlsx([("Заявка", [["Наименование", "Ед.", "Кол-во"], ["Бумага А4", "пачка", 40],
                                ["Папки-регистраторы", "шт.", 25], ["Картридж HP 59A", "шт.", 4]])])
    message("n21", D(2026, 7, 28, 14, 0), ("Хозяйственный отдел", "aho@" + PL), own(), "Заявка на канцтовары - август",
            multipart("mixed", [text_part("Просим подтвердить заявку отдела на канцтовары (во вложении).\n\nАХО",
                                          cs="windows-1251", cte="8bit"),
                                attach_part(xl, XLSX, "zayavka_avgust.xlsx")], "n21"), hcs="windows-1251")

    # ------------------------------------------------------------ 2026-08/09
    begin("s35")
    body = (
        n("p_zaripov", "Айдар Фанилевич") + ", к сведению: дополнение № 1 к протоколу подписано, "
        + ev("f-jd", "доля нашего завода в финансировании ТРДМ-85 снижена с 70 до 60 %")
        + ". Если иранцы не получат своё госфинансирование, «" + n("o_kavir", "Кавир") + "» предлагает вернуться к "
        "70/30, но это пока только разговоры.\n\n" + n("p_ganieva", "Л.М. Ганиева") + "\n\n"
        "-----Original Message-----\n"
        "From: Farhad Rahimi <f.rahimi@kavir.example.ir>\n"
        "Sent: Tuesday, August 18, 2026 9:30 AM\n"
        "To: " + n("p_ganieva", "Liliia Ganieva") + " <" + E_GAN + ">\n"
        "Subject: Addendum No. 1 to Protocol No. 2 (TRDM-85)\n\n"
        "Dear " + n("p_ganieva", "Ms Ganieva") + ",\n\n"
        "Please find the agreed wording of Addendum No. 1: "
        + ev("f-jd", "the development funding of the TRDM-85 programme is shared 60% by "
             + n("o_vamrz", "Volsk Aero-Engine Repair Plant") + " and 40% by " + n("o_kavir", "Kavir Propulsion Systems Co.")
             + ", replacing the 70/30 split agreed in March") + ".\n\n"
        "Best regards,\nDr. Farhad Rahimi\n"
    )
    message("s35", D(2026, 8, 19, 10, 0), (n("p_ganieva", "Ганиева Л.М."), E_GAN), own(),
            "FW: Addendum No. 1 to Protocol No. 2 (TRDM-85)", text_part(body, cte="quoted-printable"))

    begin("s37")
    body = ("Наталья Сергеевна, добрый день.\n\n"
            + ev("f-ft-by", "Из отпуска вернулся 16 августа - были с семьёй в Бресте и Минске")
            + ", с 17-го приступил к работе. Замещение можно снимать, табель поправьте.\n" + own_sig())
    message("s37", D(2026, 8, 17, 8, 20), own(), HR, "Выход из отпуска",
            text_part(body, cs="windows-1251", cte="quoted-printable"), hcs="windows-1251",
            mailer="Mozilla Thunderbird")

    begin("n22")
    message("n22", D(2026, 8, 25, 8, 40), ("Администрация", E_OFFICE), own(), "Парковка у административного корпуса",
            text_part("С 1 сентября въезд на парковку у административного корпуса - только по пропускам "
                      "нового образца.\n\nАдминистрация", cte="quoted-printable"), loose=True)

    begin("n23")
    message("n23", D(2026, 9, 1, 9, 10), IT, own(), "Обновлён телефонный справочник",
            text_part("Обновлённый внутренний телефонный справочник опубликован на портале.\n\nИТ-служба",
                      cs="koi8-r", cte="base64"), hcs="koi8-r", mailer="Zimbra 9.0")

    begin("s36")
    letter = (
        "Исх. № 01-14/877 от 07.09.2026\n\nКомандиру войсковой части 40931\n\n"
        "О ходе ремонта\n\n"
        "Сообщаю, что " + ev("f-mm-ru", "по государственному контракту с Министерством обороны Российской "
                             "Федерации на ремонт двигателей Д-30КП-2 самолётов Ил-76МД")
        + " в сентябре будут сданы 3 двигателя. Сдача двигателей НК-12МП самолётов Ту-95МС (в/ч 75326) "
        + ev("f-es", "задерживается из-за отсутствия подшипников редуктора") + ".\n\n"
        + ev("f-emp-kudryavtsev", "Генеральный директор") + " АО «" + org() + "»\n" + n("p_kudryavtsev", "Б.Е. Кудрявцев") + "\n"
    )
    body = (n("p_zaripov", "Айдар Фанилевич") + ", проект письма заказчику - проверьте гриф и отправьте "
            "через спецсвязь.\n\n" + n("p_kudryavtsev", "Б.Е. Кудрявцев") + "\n\n" + letter)
    message("s36", D(2026, 9, 7, 18, 10), (n("p_kudryavtsev", "Кудрявцев Борис Егорович"), E_KUD), own(),
            "Письмо в в/ч 40931", text_part(body, cs="windows-1251", cte="base64"), hcs="windows-1251",
            mailer="The Bat! (v10.4.2) Professional")

    begin("n24")
    html = ("<html><body><h2>Вестник авиаремонта - выпуск 87</h2>"
            "<p>Минпромторг обсуждает программу импортозамещения оборудования для неразрушающего контроля.</p>"
            "<p>Самарский завод «Волгоагрегат-М» освоил ремонт вспомогательных силовых установок ТА-12.</p>"
            "</body></html>")
    message("n24", D(2026, 9, 10, 7, 0), ("Вестник авиаремонта", "news@vestnik.example.ru"), own_lat(),
            "Вестник авиаремонта № 87", text_part(html, subtype="html", cte="base64"), mailer="Sendsay")

    begin("n25")
    message("n25", D(2026, 9, 17, 12, 30), ("PostPoint Notifications", "noreply@postpoint.example.ru"), own_lat(),
            "Your parcel 1099-2245-31 is ready for pickup",
            text_part("Your parcel 1099-2245-31 is ready for pickup at Volsk, Komsomolskaya st. 12.\n"
                      "From the sender: online store order 88123.\nStorage: 7 days.\n", cs="us-ascii", cte="7bit"),
            mailer="cdek-notify")

    begin("n26")
    message("n26", D(2026, 9, 22, 16, 0), HR, own(), "Кадровый резерв - протокол",
            text_part("Айдар Фанилевич, протокол заседания комиссии по кадровому резерву от 21.09 - "
                      "на подпись, бумажный экземпляр у Вас в приёмной.\n" + HR_SIG, cs="windows-1251",
                      cte="base64"), hcs="windows-1251")


# ---------------------------------------------------------------- truth
ENTITIES = [
    ("p_zaripov", "Person", "Aidar Zaripov"), ("p_gulnaz", "Person", "Gulnaz Zaripova"),
    ("p_timur", "Person", "Timur Zaripov"), ("p_kudryavtsev", "Person", "Boris Kudryavtsev"),
    ("p_khairullin", "Person", "Marat Khairullin"), ("p_alsu", "Person", "Alsu Khairullina"),
    ("p_ganieva", "Person", "Liliya Ganieva"), ("p_dinara", "Person", "Dinara Bekmukhametova"),
    ("p_erlan", "Person", "Erlan Bekmukhametov"), ("p_litvinenko", "Person", "Oleg Litvinenko"),
    ("p_hanna", "Person", "Hanna Litvinenko"), ("p_akhmetshin", "Person", "Bulat Akhmetshin"),
    ("p_samir", "Person", "Samir Akhmetshin"), ("p_sidorenko", "Person", "Kirill Sidorenko"),
    ("p_elina", "Person", "Elina Sidorenko"),
    ("o_vamrz", "Company", "Volsk Aero-Engine Repair Plant"),
    ("o_kavir", "Company", "Kavir Propulsion Systems Co."),
    ("o_lianxin", "Company", "Shenzhen Lianxin Optoelectronics Co., Ltd."),
]

FINDINGS = [
    ("f-mm-ru", "military_maintenance", ["o_vamrz"],
     {"platforms": ["d-30kp-2", "il-76md", "nk-12mp", "tu-95ms"], "customer_country": "ru"},
     "VAMRZ overhauls D-30KP-2 engines of Il-76MD and NK-12MP engines of Tu-95MS for the Russian Ministry of Defence."),
    ("f-mm-dz", "military_maintenance", ["o_vamrz"],
     {"platforms": ["d-30kp-2", "il-76md", "il-78"], "customer_country": "dz"},
     "VAMRZ repairs D-30KP-2 engines of Il-76MD / Il-78 aircraft of the Algerian Air Force, with warranty supervision at Boufarik."),
    ("f-jd", "joint_development", ["o_vamrz", "o_kavir"],
     {"product": ["trdm-85", "krechet"], "partner_country": "ir", "funding_share": 0.6},
     "VAMRZ and Kavir Propulsion Systems (Shiraz, Iran) jointly develop the TRDM-85 'Krechet' small turbojet for drones; "
     "VAMRZ's share went 50% (proposal) -> 70% (Protocol 2, March) -> 60% (Addendum 1, August 2026)."),
    ("f-so-us", "sanctions_obstacle", ["o_vamrz"], {"origin_country": "us", "goods": "industrial videoscopes"},
     "Northbeam (US) refused VS-400 industrial videoscopes under US export controls (EAR)."),
    ("f-so-de", "sanctions_obstacle", ["o_vamrz"],
     {"origin_country": "de", "goods": "balancing machine spare parts and software"},
     "Hessler (Germany) refused spare parts for the HB-2000 balancing machine under EU Regulation 833/2014."),
    ("f-as-cn", "alternative_supplier", ["o_vamrz", "o_lianxin"],
     {"supplier_country": "cn", "goods": "industrial videoscopes"},
     "In place of the US videoscopes VAMRZ bought four LX-VS6 videoscopes from Shenzhen Lianxin (China)."),
    ("f-es", "equipment_shortage", ["o_vamrz"], {"goods": "gearbox bearings"},
     "NK-12MP overhaul stalls: no reduction gearbox bearings, two engines stand disassembled."),
    ("f-ft-dz", "foreign_travel", ["p_khairullin"],
     {"country": "dz", "start": "2026-02", "place": "Boufarik", "purpose": "warranty supervision"},
     "Khairullin was in Algeria (Boufarik air base), 9-20 February 2026, via Istanbul (transit only)."),
    ("f-ft-ir", "foreign_travel", ["p_kudryavtsev", "p_ganieva"],
     {"country": "ir", "start": "2026-05", "place": "Shiraz", "purpose": "design review"},
     "Kudryavtsev and Ganieva were in Shiraz, Iran, 4-8 May 2026 for the TRDM-85 design review."),
    ("f-ft-uz", "foreign_travel", ["p_khairullin", "p_alsu"],
     {"country": "uz", "start": "2026-05", "place": "Samarkand", "purpose": "holiday"},
     "Khairullin and his wife Alsu holidayed in Samarkand, Uzbekistan, 1-5 May 2026 (not notified in advance)."),
    ("f-ft-by", "foreign_travel", ["p_zaripov", "p_gulnaz", "p_timur"],
     {"country": "by", "start": "2026-08", "place": "Brest, Minsk", "purpose": "holiday"},
     "Zaripov, his wife Gulnaz and son Timur go to Belarus (Brest, Minsk) on holiday, 3-16 August 2026."),
    ("f-ft-kz", "foreign_travel", ["p_dinara"],
     {"country": "kz", "start": "2026-01", "place": "Kostanay", "purpose": "visiting her father"},
     "Bekmukhametova visited her father in Kostanay, Kazakhstan, 2-8 January 2026."),
    ("f-cit-dinara", "citizenship", ["p_dinara"], {"countries": ["ru", "kz"]},
     "Dinara Bekmukhametova holds Russian and Kazakh citizenship."),
    ("f-cit-litvinenko", "citizenship", ["p_litvinenko"], {"countries": ["ru"]},
     "Oleg Litvinenko is a Russian citizen (his Ukrainian citizenship ended in 2016)."),
    ("f-cit-ganieva", "citizenship", ["p_ganieva"], {"countries": ["ru"]},
     "Liliya Ganieva is a Russian citizen only (she holds an Armenian residence permit)."),
    ("f-fam-khairullin", "family_relation", ["p_khairullin", "p_alsu"], {"relationship": "spouse"},
     "Alsu Khairullina is Marat Khairullin's wife."),
    ("f-fam-gulnaz", "family_relation", ["p_zaripov", "p_gulnaz"], {"relationship": "spouse"},
     "Gulnaz Zaripova is Aidar Zaripov's wife."),
    ("f-fam-timur", "family_relation", ["p_zaripov", "p_timur"], {"relationship": "child"},
     "Timur Zaripov (born 2014) is Aidar Zaripov's son."),
    ("f-fam-litvinenko", "family_relation", ["p_litvinenko", "p_hanna"], {"relationship": "parent"},
     "Hanna (Anna) Litvinenko of Poltava, Ukraine, is Oleg Litvinenko's mother."),
    ("f-fam-dinara", "family_relation", ["p_dinara", "p_erlan"], {"relationship": "parent"},
     "Erlan Bekmukhametov of Kostanay is Dinara Bekmukhametova's father."),
    ("f-fam-akhmetshin", "family_relation", ["p_akhmetshin", "p_samir"], {"relationship": "child"},
     "Samir Akhmetshin (born 2 March 2026) is Bulat Akhmetshin's son."),
    ("f-fam-sidorenko", "family_relation", ["p_sidorenko", "p_elina"], {"relationship": "spouse"},
     "Kirill Sidorenko married Elina Nurieva (now Sidorenko) on 4 October 2025."),
    ("f-emp-zaripov", "employment", ["p_zaripov", "o_vamrz"], {"role": "head of security and personnel department"},
     "Aidar Zaripov heads the security and personnel department of VAMRZ."),
    ("f-emp-kudryavtsev", "employment", ["p_kudryavtsev", "o_vamrz"], {"role": "general director"},
     "Boris Kudryavtsev is general director of VAMRZ."),
    ("f-emp-khairullin", "employment", ["p_khairullin", "o_vamrz"], {"role": "deputy chief engineer"},
     "Marat Khairullin is deputy chief engineer of VAMRZ."),
    ("f-emp-ganieva", "employment", ["p_ganieva", "o_vamrz"], {"role": "chief designer of the trdm-85 project"},
     "Liliya Ganieva is chief designer of the TRDM-85 project at VAMRZ."),
    ("f-emp-dinara", "employment", ["p_dinara", "o_vamrz"], {"role": "design engineer"},
     "Dinara Bekmukhametova is a design engineer (2nd category) in the VAMRZ design bureau."),
    ("f-emp-litvinenko", "employment", ["p_litvinenko", "o_vamrz"], {"role": "test engineer"},
     "Oleg Litvinenko is a test engineer at the VAMRZ engine test station."),
    ("f-emp-akhmetshin", "employment", ["p_akhmetshin", "o_vamrz"], {"role": "head of procurement"},
     "Bulat Akhmetshin heads the procurement (MTO) department of VAMRZ."),
    ("f-emp-sidorenko", "employment", ["p_sidorenko", "o_vamrz"], {"role": "process engineer"},
     "Kirill Sidorenko is a process engineer in shop No. 3 of VAMRZ."),
    ("f-wl-vamrz", "watchlist_match", ["o_vamrz"], {"list": "watchlist", "entry_id": "wl-ru-7702"},
     "Volsk Aero-Engine Repair Plant is on the watchlist as VOLSK AERO-ENGINE REPAIR PLANT JSC."),
    ("f-wl-kudryavtsev", "watchlist_match", ["p_kudryavtsev"], {"list": "watchlist", "entry_id": "wl-ru-7715"},
     "Boris Yegorovich Kudryavtsev is on the watchlist (not his namesake Boris Yevgenyevich, wl-ru-8130)."),
]

WATCHLIST = [
    {"id": "wl-ru-7702", "schema": "Company", "caption": "VOLSK AERO-ENGINE REPAIR PLANT JSC",
     "properties": {"name": ["VOLSK AERO-ENGINE REPAIR PLANT JSC"],
                    "alias": ["АО «Вольский авиамоторный ремонтный завод»", "VAMRZ", "ВАМРЗ"],
                    "jurisdiction": ["ru"], "address": ["Volsk, Saratov Oblast"],
                    "sector": ["military aircraft engine repair"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-7715", "schema": "Person", "caption": "KUDRYAVTSEV, Boris Yegorovich",
     "properties": {"name": ["KUDRYAVTSEV, Boris Yegorovich"],
                    "alias": ["Кудрявцев Борис Егорович", "KUDRIAVTSEV, Boris Egorovich"],
                    "birthDate": ["1964-07-11"], "nationality": ["ru"],
                    "position": ["General Director, Volsk Aero-Engine Repair Plant JSC"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-8130", "schema": "Person", "caption": "KUDRYAVTSEV, Boris Yevgenyevich",
     "properties": {"name": ["KUDRYAVTSEV, Boris Yevgenyevich"], "alias": ["Кудрявцев Борис Евгеньевич"],
                    "birthDate": ["1958-02-19"], "nationality": ["ru"],
                    "position": ["Owner, river cargo terminal, Balakovo"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-6033", "schema": "Person", "caption": "ZARIPOV, Aidar Ramilevich",
     "properties": {"name": ["ZARIPOV, Aidar Ramilevich"], "alias": ["Зарипов Айдар Рамилевич"],
                    "birthDate": ["1981-05-30"], "nationality": ["ru"],
                    "position": ["Deputy head of a regional industry ministry, Ufa"]}, "datasets": ["watchlist"]},
    {"id": "wl-kz-0419", "schema": "Person", "caption": "KHAIRULLIN, Marat Ilgizovich",
     "properties": {"name": ["KHAIRULLIN, Marat Ilgizovich"], "alias": ["Хайруллин Марат Ильгизович"],
                    "birthDate": ["1988-10-02"], "nationality": ["kz"],
                    "position": ["Director, freight forwarding company, Aktobe"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-7790", "schema": "Company", "caption": "VOLZHSKY AERO-ENGINE REPAIR PLANT LLC",
     "properties": {"name": ["VOLZHSKY AERO-ENGINE REPAIR PLANT LLC"],
                    "alias": ["ООО «Волжский авиамоторный ремонтный завод»"], "jurisdiction": ["ru"],
                    "address": ["Volzhsky, Volgograd Oblast"]}, "datasets": ["watchlist"]},
    {"id": "wl-cn-1127", "schema": "Company", "caption": "SHENZHEN LIANXING PRECISION ELECTRONICS CO., LTD.",
     "properties": {"name": ["SHENZHEN LIANXING PRECISION ELECTRONICS CO., LTD."], "jurisdiction": ["cn"],
                    "address": ["Bao'an District, Shenzhen"]}, "datasets": ["watchlist"]},
    {"id": "wl-kg-0210", "schema": "Company", "caption": "ALA-TOO TECHNOSERVICE LLC",
     "properties": {"name": ["ALA-TOO TECHNOSERVICE LLC"], "alias": ["ОсОО «Ала-Тоо Техносервис»"],
                    "jurisdiction": ["kg"], "address": ["Osh"]}, "datasets": ["watchlist"]},
    {"id": "wl-ir-0588", "schema": "Company", "caption": "KAVIR SOLAR ENERGY DEVELOPMENT CO.",
     "properties": {"name": ["KAVIR SOLAR ENERGY DEVELOPMENT CO."], "jurisdiction": ["ir"],
                    "address": ["Yazd"]}, "datasets": ["watchlist"]},
]


def mbox_from_line(m):
    t = m["date"].astimezone(dt.timezone.utc)
    return ("From %s %s\n" % (m["sender"], t.strftime("%a %b %d %H:%M:%S %Y"))).encode("ascii")


def mboxrd_escape(raw):
    return b"".join((b">" + ln if re.match(rb"^>*From ", ln) else ln) for ln in raw.splitlines(keepends=True))


def main():
    build()
    mids = {m["key"]: m["mid"] for m in MSGS}
    # mailbox
    box = [m for m in MSGS if not m["loose"]]
    box.sort(key=lambda m: m["date"])
    with open(os.path.join(HERE, "mailbox.mbox"), "wb") as fh:
        for m in box:
            fh.write(mbox_from_line(m))
            fh.write(mboxrd_escape(m["raw"]))
            fh.write(b"\n")
    loose_dir = os.path.join(HERE, "loose")
    os.makedirs(loose_dir, exist_ok=True)
    for f in os.listdir(loose_dir):
        os.remove(os.path.join(loose_dir, f))
    for i, m in enumerate(sorted((m for m in MSGS if m["loose"]), key=lambda m: m["date"]), 1):
        with open(os.path.join(loose_dir, "%03d.eml" % i), "wb") as fh:
            fh.write(m["raw"])
    # watchlist
    with open(os.path.join(HERE, "watchlist.ftm.json"), "w", encoding="utf-8") as fh:
        for e in WATCHLIST:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    # truth
    ents = [{"id": eid, "schema": sch, "name": name, "names": sorted(FORMS[eid]), "properties": {}}
            for eid, sch, name in ENTITIES]
    order = {m["key"]: i for i, m in enumerate(sorted(MSGS, key=lambda m: m["date"]))}
    finds = []
    for fid, kind, subj, attrs, summary in FINDINGS:
        if kind == "watchlist_match":
            keys = sorted(MENTIONS[subj[0]], key=order.get)
            evid = [{"message_id": mids[k], "quote": ""} for k in keys]
        else:
            evid = [{"message_id": mids[k], "quote": q} for k, q in sorted(EVID[fid], key=lambda kq: order[kq[0]])]
        assert evid, fid
        finds.append({"id": fid, "kind": kind, "summary": summary, "subjects": subj, "attributes": attrs,
                      "evidence": evid, "confidence": 1.0})
    unused = set(EVID) - {f[0] for f in FINDINGS}
    assert not unused, unused
    truth = {"format": "paperchase.findings/1", "entities": ents, "findings": finds}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("messages: %d in mailbox, %d loose; findings: %d; entities: %d"
          % (len(box), len(MSGS) - len(box), len(finds), len(ents)))


if __name__ == "__main__":
    main()
