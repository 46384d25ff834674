#!/usr/bin/env python3
"""Generator of the holdout24 evaluation case (fictional; standard library only).

    python3 make_case.py          # writes mailbox.mbox, loose/, watchlist.ftm.json, truth.json
    python3 make_case.py --check  # verifies every evidence quote and cited message id

The mailbox of Gennady Kravtsov, deputy general director for foreign economic
activity of the fictional JSC Donoretsk Helicopter Repair Plant (DVRZ) in the
invented town of Donoretsk, Rostov region. Everything is invented.
"""
import base64
import hashlib
import html
import io
import json
import os
import quopri
import re
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
MSK = timezone(timedelta(hours=3))

# ---------------------------------------------------------------- people
KR = ("Кравцов Геннадий Олегович", "g.kravtsov@dvrz.example.ru")
KR_LAT = ("Gennady Kravtsov", "g.kravtsov@dvrz.example.ru")
BEK = ("Бекетов О.С.", "beketov@dvrz.example.ru")
STA = ("Ставицкий Роман Игоревич", "r.stavitsky@dvrz.example.ru")
HRY = ("Грыневіч Алесь", "hrynevich@polesye-term.example.by")
ZH = ("Zhang Haoran", "zhang.haoran@huaxing-bearing.example.cn")
DW = ("Pieter de Wilde", "p.dewilde@vdmeulen.example.nl")
MO = ("Takeshi Morimoto", "t.morimoto@kisaragi-seiko.example.jp")
AN = ("Al Noor Aero Parts", "sales@alnoor-aero.example.ae")
AIG = (None, "aigerim.kravtsova@mail.example.ru")
ERZ = ("Yerzhan Kravtsov", "yerzhan.kravtsov@alatau-ls.example.kz")
NUR = ("Нұрлан Жұмабаев", "nurlan.zh@mail.example.kz")
OK = ("Отдел кадров ДВРЗ", "ok@dvrz.example.ru")
SEC = ("Клименко Т.В.", "t.klimenko@dvrz.example.ru")
TRV = ("Турагентство «Донской путник»", "booking@donput.example.ru")
OFF = ("Канцелярия ДВРЗ", "office@dvrz.example.ru")
IT = ("ИТ-служба", "helpdesk@dvrz.example.ru")
PROF = ("Профком ДВРЗ", "profkom@dvrz.example.ru")
NEWS = ("Vertolet Digest", "news@vertodigest.example.com")
MMAF = ("Directorate of Air Engineering", "dae@mmaf.example.mm")
SW = ("АО «Степной ветер»", "tech@stepwind.example.ru")
AIR = ("SkySteppe Tickets", "eticket@skysteppe.example.kz")
HOT = ("Sea Pearl Bay Resort Nha Trang", "reservations@seapearlbay.example.vn")
SNAB = ("Отдел снабжения ДВРЗ", "snab@dvrz.example.ru")

# ---------------------------------------------------------------- attachments
FIXED = (2023, 1, 1, 0, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def make_docx(paragraphs):
    esc = lambda s: html.escape(s, quote=False)
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows):
    esc = lambda s: html.escape(s, quote=False)
    out = []
    for r, row in enumerate(rows, 1):
        cells = "".join('<c r="%s%d" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (_col(c), r, esc(v))
                        for c, v in enumerate(row))
        out.append('<row r="%d">%s</row>' % (r, cells))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
             % "".join(out))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet)])


def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ["BT", "/F1 11 Tf", "14 TL", "60 790 Td"]
    for ln in lines:
        stream.append("(%s) Tj T*" % esc(ln))
    stream.append("ET")
    content = "\n".join(stream).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)


# ---------------------------------------------------------------- MIME helpers
ENC = {
    "u8b64": ("utf-8", "base64"), "u8qp": ("utf-8", "quoted-printable"), "u88": ("utf-8", "8bit"),
    "w1251b64": ("windows-1251", "base64"), "w12518": ("windows-1251", "8bit"),
    "koi88": ("koi8-r", "8bit"), "koi8qp": ("koi8-r", "quoted-printable"), "ascii": ("us-ascii", "7bit"),
}


def ehdr(text, charset="utf-8", mode="b"):
    if all(ord(c) < 128 for c in text):
        return text
    raw = text.encode(charset)
    if mode == "b":
        words, chunk = [], b""
        for ch in text:
            b = ch.encode(charset)
            if len(chunk) + len(b) > 39:
                words.append(chunk)
                chunk = b""
            chunk += b
        words.append(chunk)
        return "\n ".join("=?%s?b?%s?=" % (charset, base64.b64encode(w).decode()) for w in words)
    out, words = "", []
    for ch in text:
        b = ch.encode(charset)
        if ch == " ":
            enc = "_"
        elif re.match(r"[A-Za-z0-9]", ch):
            enc = ch
        else:
            enc = "".join("=%02X" % x for x in b)
        if len(out) + len(enc) > 45:
            words.append(out)
            out = ""
        out += enc
    words.append(out)
    return "\n ".join("=?%s?q?%s?=" % (charset, w) for w in words)


def addr(p, charset="utf-8", mode="b"):
    name, a = p
    if not name:
        return a
    n = ehdr(name, charset, mode)
    if n == name and re.search(r"[^\w .-]", name):
        n = '"%s"' % name
    return "%s <%s>" % (n, a)


def encode_body(text, enc):
    charset, cte = ENC[enc]
    data = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(data)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data)
    else:
        payload = data
    if not payload.endswith(b"\n"):
        payload += b"\n"
    return charset, cte, payload


def leaf(text, subtype, enc):
    charset, cte, payload = encode_body(text, enc)
    h = b'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (
        subtype.encode(), charset.encode(), cte.encode())
    return h, payload


def attach_part(kind, fname, data):
    ctype = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "pdf": "application/pdf"}[kind]
    fn = ehdr(fname)
    if fn != fname:
        fn_h = 'name="%s"' % fn
        disp = 'filename="%s"' % fn
    else:
        fn_h = 'name="%s"' % fname
        disp = 'filename="%s"' % fname
    h = ("Content-Type: %s; %s\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; %s\n"
         % (ctype, fn_h, disp)).encode()
    return h, base64.encodebytes(data)


def multipart(sub, parts, bnd):
    out = b'Content-Type: multipart/%s; boundary="%s"\n' % (sub.encode(), bnd.encode())
    body = b"This is a multi-part message in MIME format.\n\n" if sub == "mixed" else b""
    for h, p in parts:
        body += b"--" + bnd.encode() + b"\n" + h + b"\n" + p
        if not p.endswith(b"\n"):
            body += b"\n"
    body += b"--" + bnd.encode() + b"--\n"
    return out, body


def to_html(text):
    paras = [html.escape(p, quote=False) for p in text.split("\n")]
    return ("<html><head><meta charset=\"utf-8\"></head><body>"
            + "\n".join("<p>%s</p>" % p if p else "<br>" for p in paras) + "</body></html>")


# ---------------------------------------------------------------- messages
MSGS = []   # dicts
BYKEY = {}


def M(key, frm, to, date, subject, body, enc="u8b64", hmode="b", hcs=None, cc=None, html_only=False,
      alt=False, att=None, fwd=None, reply=None, loose=None, noid=False, mailer="Microsoft Outlook 16.0"):
    if enc.startswith("koi8"):
        tr = str.maketrans({"«": '"', "»": '"', "—": "-", "–": "-", "№": "N"})
        body, subject = body.translate(tr), subject.translate(tr)
    d = dict(key=key, frm=frm, to=to, date=date, subject=subject, body=body, enc=enc, hmode=hmode,
             hcs=hcs or ENC[enc][0] if ENC[enc][0] != "us-ascii" else "utf-8", cc=cc, html_only=html_only,
             alt=alt, att=att or [], fwd=fwd, reply=reply, loose=loose, noid=noid, mailer=mailer)
    if d["hcs"] == "us-ascii":
        d["hcs"] = "utf-8"
    MSGS.append(d)
    BYKEY[key] = d
    return d


def msgid(d):
    dom = d["frm"][1].split("@")[1]
    return "<%s@%s>" % (hashlib.sha1(("holdout24/" + d["key"]).encode()).hexdigest()[:16], dom)


def render(d):
    cs, mode = d["hcs"], d["hmode"]
    dt = datetime.strptime(d["date"], "%Y-%m-%d %H:%M").replace(tzinfo=MSK)
    if d["frm"] in (ZH,):
        dt = dt.astimezone(timezone(timedelta(hours=8)))
    hs = ["From: " + addr(d["frm"], cs, mode),
          "To: " + ", ".join(addr(t, cs, mode) for t in d["to"])]
    if d["cc"]:
        hs.append("Cc: " + ", ".join(addr(t, cs, mode) for t in d["cc"]))
    hs.append("Subject: " + ehdr(d["subject"], cs, mode))
    hs.append("Date: " + format_datetime(dt))
    if not d["noid"]:
        hs.append("Message-ID: " + msgid(d))
    if d["reply"]:
        r = msgid(BYKEY[d["reply"]])
        hs.append("In-Reply-To: " + r)
        hs.append("References: " + r)
    hs.append("MIME-Version: 1.0")
    hs.append("X-Mailer: " + d["mailer"])
    head = ("\n".join(hs) + "\n").encode("ascii")
    bid = hashlib.md5(d["key"].encode()).hexdigest()[:20]
    if d["html_only"]:
        h, p = leaf(to_html(d["body"]), "html", d["enc"])
    elif d["alt"]:
        h, p = multipart("alternative", [leaf(d["body"], "plain", d["enc"]), leaf(to_html(d["body"]), "html", d["enc"])],
                         "=_alt_" + bid)
    else:
        h, p = leaf(d["body"], "plain", d["enc"])
    parts = [(h, p)]
    for kind, fname, content in d["att"]:
        data = {"docx": make_docx, "xlsx": make_xlsx, "pdf": make_pdf}[kind](content)
        parts.append(attach_part(kind, fname, data))
    if d["fwd"]:
        inner = render(BYKEY[d["fwd"]])
        parts.append((b"Content-Type: message/rfc822\nContent-Disposition: inline\n", inner))
    if len(parts) > 1:
        h, p = multipart("mixed", parts, "=_mix_" + bid)
    return head + h + b"\n" + p


def q(text, who="", when=""):
    """Quote a previous message the way a mail client does."""
    lead = "%s, %s:\n" % (when, who) if who else ""
    return lead + "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))


# ================================================================ the mail
SIG_KR = ("--\nС уважением,\nГ.О. Кравцов\nзаместитель генерального директора по внешнеэкономической деятельности\n"
          "АО «ДВРЗ», г. Донорецк Ростовской обл.\nтел. +7 (863) 555-41-27")
SIG_KR_EN = ("--\nBest regards,\nGennady Kravtsov\nDeputy General Director for Foreign Economic Activity\n"
             "JSC Donoretsk Helicopter Repair Plant (DVRZ), Donoretsk, Rostov region, Russia")
SIG_STA = "Р.И. Ставицкий\nглавный инженер АО «ДВРЗ»\nвн. 2-17"

# --- January: state defence order plan with an XLSX
M("goz_plan", BEK, [KR], "2023-01-10 09:20",
  "План ремонта на 2023 г. (ГОЗ и экспорт)",
  "Геннадий Олегович, добрый день.\n\n"
  "Во вложении сводный план загрузки цехов на 2023 год. Основной объём, как и в прошлом году, — "
  "гособоронзаказ: четыре Ми-26 и шесть Ми-28Н, плюс моторный цех по двигателям Д-136 и ТВ3-117ВМА. "
  "Экспортная строка по Мьянме идёт отдельно, по ней держите связь с заказчиком сами.\n\n"
  "Гражданку (Ми-8АМТ «Степного ветра») поставил в третий квартал, если цех окраски успеет.\n\n"
  "Бекетов О.С.\nгенеральный директор АО «ДВРЗ»",
  cc=[STA], att=[("xlsx", "plan_remonta_2023.xlsx", [
      ["Изделие", "Кол-во", "Вид работ", "Заказчик", "Примечание"],
      ["Ми-26", "4", "капитальный ремонт", "Минобороны России", "ГОЗ-2023, госконтракт № 2327-ДВ-14"],
      ["Ми-28Н", "6", "капитальный ремонт с доработкой", "Минобороны России",
       "Ми-28Н: капремонт планера и двигателей ТВ3-117ВМА по государственному оборонному заказу Минобороны РФ"],
      ["Д-136", "8", "капитальный ремонт двигателей", "Минобороны России", "для Ми-26 ВКС"],
      ["Ми-17В-5", "4", "капитальный ремонт", "ВВС Мьянмы", "экспорт, контракт DV-MM/2022-07"],
      ["Ми-8АМТ", "1", "средний ремонт", "АО «Степной ветер»", "гражданский заказ, санавиация"],
  ])])

M("jd_agreement", KR, [HRY], "2023-01-16 11:05",
  "ПОС-Л26: соглашение о совместной ОКР (подписанный экземпляр)",
  "Алесь Петрович, добрый день!\n\n"
  "Направляю скан и редактируемый файл соглашения о совместной разработке противообледенительной "
  "системы лопастей. С нашей стороны подписано Олегом Станиславовичем 13 января.\n\n"
  "Прошу подписать и вернуть один экземпляр почтой.\n\n" + SIG_KR,
  enc="u88", att=[("docx", "Soglashenie_POS-L26.docx", [
      "СОГЛАШЕНИЕ № 01/ПОС о совместном выполнении опытно-конструкторской работы",
      "г. Донорецк, 13 января 2023 г.",
      "Акционерное общество «Донорецкий вертолётный ремонтный завод» (АО «ДВРЗ»), Российская Федерация, "
      "в лице заместителя генерального директора по внешнеэкономической деятельности Кравцова Геннадия Олеговича, "
      "действующего на основании доверенности, с одной стороны, и общество с ограниченной ответственностью "
      "«Научно-производственный центр «Полесье-Терм»» (ООО «НПЦ «Полесье-Терм»»), г. Гомель, Республика Беларусь, "
      "в лице директора Гриневича Александра Петровича, с другой стороны, заключили настоящее соглашение.",
      "1. Стороны совместно разрабатывают электротепловую противообледенительную систему лопастей несущего винта ПОС-Л26.",
      "2. Доля АО «ДВРЗ» в финансировании ОКР составляет 60 (шестьдесят) процентов, доля ООО «НПЦ «Полесье-Терм»» — 40 (сорок) процентов.",
      "3. Права на результаты ОКР принадлежат сторонам пропорционально долям финансирования.",
  ])])

M("jd_signed_by", HRY, [KR], "2023-01-20 15:40",
  "Re: ПОС-Л26: соглашение о совместной ОКР (подписанный экземпляр)",
  "Шаноўны Генадзь Алегавіч!\n\n"
  "Пагадненне з нашага боку падпісана, арыгінал адпраўлены кур'ерам. "
  "Такім чынам, сумесная распрацоўка ПОС-Л26 з Данарэцкім верталётным рамонтным заводам афіцыйна пачата.\n\n"
  "З павагай,\nА.П. Грыневіч\nдырэктар ТАА «НВЦ «Палессе-Тэрм»», г. Гомель\n\n"
  + q("Алесь Петрович, добрый день!\n\nНаправляю скан и редактируемый файл соглашения о совместной разработке "
      "противообледенительной системы лопастей.", "Кравцов Геннадий Олегович", "16.01.2023 11:05"),
  enc="w12518", reply="jd_agreement", mailer="The Bat! (v10.1.2) Professional")

M("fill_newyear", PROF, [KR], "2023-01-24 13:00", "Фото с новогоднего вечера",
  "Коллеги, фотографии с новогоднего вечера выложены в общую папку \\\\fs01\\profkom\\2023.\n"
  "Отдельное спасибо цеху № 3 за ёлку.\n\nПрофком", enc="w1251b64")

# --- February: Japan refuses bearings
M("jp_refusal", MO, [KR_LAT], "2023-02-02 08:15",
  "Your order DV-23/017 - angular contact ball bearings",
  "Dear Mr. Kravtsov,\n\n"
  "Thank you for your order No. DV-23/017 of 18 January 2023.\n\n"
  "We regret to inform you that, under the export control measures imposed by the Government of Japan "
  "on the Russian Federation, Kisaragi Seiko is unable to accept your order for KS-7014C angular contact "
  "ball bearings or to ship any further bearings to your company. This also applies to orders placed "
  "through third countries.\n\n"
  "We ask for your understanding.\n\n"
  "Takeshi Morimoto\nManager, Overseas Sales Section\nKisaragi Seiko Co., Ltd., Osaka, Japan\n"
  "如月精工株式会社 海外営業課 森本健",
  enc="u8qp", mailer="Microsoft Outlook 16.0")

M("jp_memo", KR, [BEK], "2023-02-06 10:30",
  "Подшипники для редукторов Ми-26 — отказ японцев",
  "Олег Станиславович,\n\n"
  "японцы нам больше не поставщики: Кисараги Сэйко письменно отказала в отгрузке радиально-упорных подшипников "
  "KS-7014C, ссылаются на санкционные ограничения Японии против России, причём и через третьи страны тоже.\n\n"
  "Запаса подшипников KS-7014C на складе хватит на два главных редуктора ВР-26, дальше ремонт редукторов встанет.\n\n"
  "Ищу замену, в первую очередь в Китае.\n\n" + SIG_KR,
  enc="w12518", mailer="The Bat! (v10.1.2) Professional")

M("nl_refusal", DW, [KR_LAT], "2023-02-09 16:50",
  "RE: Quotation request VDM-Q-2023-044 (electrodynamic shaker system)",
  "Dear Mr Kravtsov,\n\n"
  "With reference to your request for a replacement electrodynamic shaker system ES-40 and a power amplifier "
  "for your vibration test bench, I have to inform you that we cannot make an offer.\n\n"
  "Helaas mogen wij op grond van de EU-sancties geen trilproefsystemen of onderdelen aan uw bedrijf leveren.\n"
  "(Unfortunately, under the EU sanctions against Russia we are not allowed to supply vibration test systems "
  "or parts to your company.)\n\n"
  "Met vriendelijke groet / Kind regards,\n"
  "Pieter de Wilde\nExport Compliance Manager\nVan der Meulen Testsystemen B.V., Eindhoven, the Netherlands",
  enc="u8qp", mailer="Microsoft Outlook 16.0")

M("nl_fwd", KR, [STA], "2023-02-10 09:12",
  "Fwd: RE: Quotation request VDM-Q-2023-044 (electrodynamic shaker system)",
  "Роман Игоревич,\n\n"
  "пересылаю ответ Ван дер Мёлена. Голландцы тоже отпали: вибростенд и усилитель к нему нам не продадут из-за санкций ЕС.\n"
  "Прошу подумать, как будем испытывать редукторы после ремонта.\n\nГ.К.",
  fwd="nl_refusal")

M("shortage_sta", STA, [KR], "2023-02-14 14:25",
  "Re: Fwd: RE: Quotation request VDM-Q-2023-044",
  "Геннадий Олегович,\n\n"
  "Положение такое. Собственный вибростенд ВЭДС-400 сгорел в декабре (обмотка возбуждения), а без вибрационных "
  "испытаний мы не можем сдать ни один редуктор военпреду. Арендовать чужой в округе негде.\n\n"
  "По подшипникам: KS-7014C осталось 14 штук, это два редуктора ВР-26, потом работы по редукторам остановятся.\n\n"
  + SIG_STA + "\n\n"
  + q("пересылаю ответ Ван дер Мёлена. Голландцы тоже отпали: вибростенд и усилитель к нему нам не продадут из-за санкций ЕС.",
      "Кравцов Геннадий Олегович", "10.02.2023 09:12"),
  enc="koi88", hmode="q", reply="nl_fwd", mailer="Mozilla Thunderbird 102.7.1")

M("fill_it", IT, [KR], "2023-02-15 17:00", "Плановые работы на почтовом сервере 18.02",
  "Уважаемые пользователи!\n\n18.02.2023 с 10:00 до 14:00 почтовый сервер будет недоступен. "
  "Письма, пришедшие в это время, будут доставлены после окончания работ.\n\nИТ-служба", enc="u8b64")

M("ae_offer", AN, [KR_LAT], "2023-02-20 12:10",
  "Original Kisaragi KS-7014C bearings ex stock Sharjah",
  "Dear Sir,\n\n"
  "We understand you are looking for KS-7014C bearings made by Kisaragi Seiko, Japan. We can offer 200 pcs of "
  "original Japanese bearings from our warehouse in Sharjah, delivery via Tashkent within 3 weeks, 100% prepayment, "
  "unit price USD 1,840.\n\nBest regards,\nSales Department\nAl Noor Aero Parts Trading FZE, Sharjah, UAE",
  enc="ascii")

M("ae_decline", KR_LAT, [AN], "2023-02-22 09:40",
  "Re: Original Kisaragi KS-7014C bearings ex stock Sharjah",
  "Dear Sirs,\n\nThank you for your message. We are not interested and will not proceed with your offer.\n\n" + SIG_KR_EN,
  enc="ascii", reply="ae_offer")

M("ae_memo", KR, [BEK], "2023-02-22 10:05",
  "Предложение из Шарджи по подшипникам",
  "Олег Станиславович, для информации.\n\n"
  "«Аль Нур» из Шарджи предлагал оригинальные японские подшипники KS-7014C со своего склада. Я ответил отказом: "
  "схема серая, цена втрое выше, происхождение и подлинность никто не подтвердит, а предоплата 100%. "
  "Работать с ними не будем.\n\n" + SIG_KR,
  enc="u8b64")

# --- March: Chinese offer, share change No 1
M("cn_offer", ZH, [KR_LAT], "2023-03-01 10:00",
  "Replacement for KS-7014C: Huaxing HX-7014 angular contact bearings",
  "Dear Mr. Kravtsov,\n\n"
  "Following our call, Shenzhen Huaxing Precision Bearing can supply HX-7014 angular contact ball bearings as a "
  "direct replacement for the Kisaragi KS-7014C in your main gearboxes. Dimensions, load ratings and the cage "
  "material are identical; we can send a trial lot of 20 pcs for your bench tests free of charge.\n\n"
  "Best regards,\nZhang Haoran (张浩然)\nSales Manager, Aerospace Division\n"
  "Shenzhen Huaxing Precision Bearing Co., Ltd. (深圳华星精密轴承有限公司), Shenzhen, China",
  enc="u8b64", alt=True, mailer="Foxmail 7.2")

M("cn_sta", KR, [STA], "2023-03-03 08:55",
  "Китайские аналоги KS-7014C",
  "Роман Игоревич,\n\n"
  "шэньчжэньский завод Хуасин готов прислать 20 подшипников HX-7014 на пробу, бесплатно. По каталогу — полный "
  "аналог японских KS-7014C. Предлагаю взять и прогнать на стенде редуктора, пока он ещё крутится.\n"
  "Контакт у них — менеджер Чжан Хаожань, пишет по-английски.\n\nГ.К.",
  enc="u8b64")

M("fill_meeting", OFF, [KR, STA], "2023-03-06 16:00", "Совещание у генерального директора 09.03",
  "Совещание у генерального директора переносится на 09.03.2023, 10:00, конференц-зал заводоуправления.\n"
  "Повестка: итоги февраля, ход ГОЗ, кадровые вопросы.\n\nКанцелярия", enc="w1251b64")

M("share1_prop", HRY, [KR], "2023-03-10 11:30",
  "ПОС-Л26: распределение финансирования, доп. соглашение № 1",
  "Геннадий Олегович, добрый день!\n\n"
  "Поскольку изготовление нагревательных элементов и токосъёмника мы полностью берём на себя, предлагаем в "
  "дополнительном соглашении № 1 изменить распределение: доля АО «ДВРЗ» — 55%, доля «Полесье-Терм» — 45%.\n\n"
  "С уважением,\nА.П. Гриневич\nдиректор ООО «НПЦ «Полесье-Терм»»",
  enc="u8qp", hmode="q")

M("share1_signed", KR, [HRY], "2023-03-20 12:00",
  "Re: ПОС-Л26: распределение финансирования, доп. соглашение № 1",
  "Алесь Петрович,\n\nсогласны. Во вложении доп. соглашение № 1, с нашей стороны подписано.\n\n" + SIG_KR + "\n\n"
  + q("предлагаем в дополнительном соглашении № 1 изменить распределение: доля АО «ДВРЗ» — 55%, доля «Полесье-Терм» — 45%.",
      "А.П. Гриневич", "10.03.2023 11:30"),
  enc="u8b64", reply="share1_prop",
  att=[("docx", "DS1_POS-L26.docx", [
      "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 1 к соглашению № 01/ПОС от 13.01.2023",
      "1. Пункт 2 соглашения изложить в редакции: «Доля АО «ДВРЗ» в финансировании ОКР составляет 55 (пятьдесят пять) процентов, "
      "доля ООО «НПЦ «Полесье-Терм»» — 45 (сорок пять) процентов».",
      "2. Остальные условия соглашения остаются без изменений.",
      "От АО «ДВРЗ»: Г.О. Кравцов          От ООО «НПЦ «Полесье-Терм»»: А.П. Гриневич",
  ])])

M("fill_digest1", NEWS, [KR_LAT], "2023-03-15 07:00", "Vertolet Digest: March issue",
  "Vertolet Digest, March 2023\n\n- Rotorcraft MRO market outlook\n- New composite blade repair techniques\n"
  "- Interview: the future of heavy-lift helicopters\n\nTo unsubscribe, reply with STOP.", enc="ascii", alt=True)

M("cy_book", KR, [TRV], "2023-03-28 18:20", "Кипр, Лимассол, 20-27 апреля",
  "Добрый вечер!\n\nПрошу забронировать на двоих (я и жена) отель в Лимассоле с 20 по 27 апреля, "
  "перелёт через Стамбул. Варианты пришлите, пожалуйста, до пятницы.\n\nГеннадий Кравцов", enc="u8b64")

M("fill_parking", OFF, [KR], "2023-04-03 09:00", "Пропуска на стоянку",
  "Коллеги, до 14.04 необходимо продлить пропуска на стоянку у заводоуправления. Бланки в канцелярии, каб. 104.",
  enc="koi88", hmode="b")

M("mm_letter", MMAF, [KR_LAT], "2023-04-05 11:00",
  "Contract DV-MM/2022-07: status of Mi-17V-5 overhaul",
  "Dear Mr. Kravtsov,\n\n"
  "The Directorate of Air Engineering of the Myanmar Air Force kindly requests an update on the overhaul of the four "
  "Mi-17V-5 helicopters (serials 4611, 4612, 4617, 4620) delivered to your plant under Contract DV-MM/2022-07, "
  "and the planned dates of acceptance flights.\n\n"
  "Yours faithfully,\nCol. (Eng.) Directorate of Air Engineering, Myanmar Air Force", enc="ascii")

M("cy_cancel", KR, [TRV], "2023-04-11 08:40", "Re: Кипр, Лимассол, 20-27 апреля",
  "Ольга, добрый день.\n\nПоездку на Кипр отменяем полностью: у меня не отпускают с работы в апреле. "
  "Бронь в Лимассоле аннулируйте, пожалуйста, и верните предоплату на карту.\n\nГ. Кравцов",
  enc="u8b64", reply="cy_book")

M("cy_confirm", TRV, [KR], "2023-04-11 12:15", "Re: Re: Кипр, Лимассол, 20-27 апреля",
  "Геннадий Олегович, бронь отеля и билеты аннулированы, штраф не удержан. Предоплата вернётся в течение 10 дней.\n\n"
  "Ольга, «Донской путник»", enc="w1251b64", reply="cy_cancel")

M("mm_status", STA, [KR], "2023-04-12 15:00",
  "Мьянма: ход ремонта Ми-17В-5",
  "Геннадий Олегович,\n\n"
  "по четырём Ми-17В-5 ВВС Мьянмы: дефектация закончена, два борта (4611 и 4612) в сборке, облёт планируем на июнь, "
  "остальные два — август. Справку для заказчика на английском подготовил, во вложении PDF.\n\n" + SIG_STA,
  enc="koi8qp", hmode="q", mailer="Mozilla Thunderbird 102.7.1",
  att=[("pdf", "MM_status_April_2023.pdf", [
      "JSC Donoretsk Helicopter Repair Plant (DVRZ)",
      "Status report, Contract DV-MM/2022-07, 12 April 2023",
      "Overhaul of four Mi-17V-5 helicopters of the Myanmar Air Force:",
      "serials 4611, 4612 - inspection complete, reassembly in progress, acceptance flight June 2023;",
      "serials 4617, 4620 - inspection complete, awaiting parts, acceptance flight August 2023.",
      "R. I. Stavitskiy, Chief Engineer",
  ])])

M("mm_reply", KR_LAT, [MMAF], "2023-04-13 10:20",
  "Re: Contract DV-MM/2022-07: status of Mi-17V-5 overhaul",
  "Dear Sirs,\n\nPlease find attached the status report on the overhaul of your four Mi-17V-5 helicopters. "
  "Aircraft 4611 and 4612 will be ready for acceptance flights in June 2023, 4617 and 4620 in August 2023.\n\n"
  + SIG_KR_EN, enc="ascii", reply="mm_letter",
  att=[("pdf", "MM_status_April_2023.pdf", [
      "JSC Donoretsk Helicopter Repair Plant (DVRZ)",
      "Status report, Contract DV-MM/2022-07, 12 April 2023",
      "Overhaul of four Mi-17V-5 helicopters of the Myanmar Air Force:",
      "serials 4611, 4612 - inspection complete, reassembly in progress, acceptance flight June 2023;",
      "serials 4617, 4620 - inspection complete, awaiting parts, acceptance flight August 2023.",
      "R. I. Stavitskiy, Chief Engineer",
  ])])

M("civil_mi8", SW, [KR], "2023-04-18 13:30", "Ми-8АМТ RA-22971: сроки ремонта",
  "Уважаемый Геннадий Олегович!\n\n"
  "Просим подтвердить сроки среднего ремонта вертолёта Ми-8АМТ RA-22971 (санитарная авиация Ростовской области) "
  "по договору № СВ-14/23. Борт гражданский, сертификат эксплуатанта и документы по ФАП-285 прилагаем отдельно.\n\n"
  "Технический директор АО «Степной ветер»", enc="u8b64")

M("fill_paper", SNAB, [KR], "2023-04-20 11:11", "Заявки на канцтовары на II квартал",
  "Просьба до 25.04 подать заявки на бумагу и картриджи на II квартал. Форма заявки — в общей папке.",
  enc="w1251b64")

# --- May: Sochi (domestic), 50/50 dropped, tests of Chinese bearings, family
M("sochi", OK, [KR, STA], "2023-05-03 14:00", "Командировка в г. Сочи 17-19.05.2023",
  "Уважаемые коллеги!\n\n"
  "Оформлена служебная командировка в г. Сочи (Краснодарский край) на отраслевой вертолётный форум "
  "17–19 мая 2023 г.: Кравцов Г.О., Ставицкий Р.И. Командировочные удостоверения получить в отделе кадров, каб. 211.\n\n"
  "Отдел кадров", enc="w1251b64")

M("test_ok", STA, [KR], "2023-05-10 16:45", "Испытания подшипников HX-7014 — результаты",
  "Геннадий Олегович,\n\n"
  "пробная партия подшипников Хуасинь HX-7014 (20 шт.) отработала 150 часов на стенде главного редуктора ВР-26. "
  "Температура, шум и износ — в допуске, по ресурсу не хуже японских. Считаю, что китайские подшипники можно "
  "принимать к применению и закупать.\n\n" + SIG_STA,
  enc="koi88", mailer="Mozilla Thunderbird 102.7.1")

M("cn_order", KR_LAT, [ZH], "2023-05-12 09:30", "HX-7014: test results and next steps",
  "Dear Mr. Zhang,\n\n"
  "Your trial lot of HX-7014 bearings has passed our bench tests. We are ready to go ahead with a supply contract "
  "for 600 pcs; before signing, our chief engineer and I would like to visit your factory in Shenzhen for an "
  "acceptance inspection in August.\n\n" + SIG_KR_EN, enc="ascii")

M("fiftyfifty_prop", KR, [HRY], "2023-05-15 10:10", "ПОС-Л26: предложение о паритетном финансировании",
  "Алесь Петрович,\n\n"
  "у нас урезали инвестиционную программу, поэтому хотел бы обсудить переход к паритету — 50 на 50 — начиная "
  "со второго этапа. Если вам это интересно, подготовим доп. соглашение № 2.\n\n" + SIG_KR, enc="u8b64")

M("aig_almaty", AIG, [KR], "2023-05-16 21:40", "Алматы",
  "Гена, Ержан звонил: ждёт нас в июне, с 10-го. Нурлан сказал, что встретит в аэропорту и отвезёт на дачу в горы. "
  "Билеты я посмотрела, рейс из Ростова прямой, в субботу утром. Купишь?\nА.",
  enc="u8qp", hmode="q", mailer="Mail.Ru Mail")

M("erz_job", ERZ, [KR, AIG], "2023-05-20 19:00", "Новости",
  "Мам, пап, привет!\n\n"
  "С 1 июня меня переводят на должность старшего аналитика в отдел логистики ТОО «Алатау Логистик Сервис». "
  "И ещё: миграционная служба продлила мне вид на жительство до 2028 года, так что паспорт гражданина РФ менять "
  "ни на что не надо, живу по ВНЖ. Жду вас 10-го!\n\nЕржан\n\n"
  "--\nYerzhan Kravtsov, Senior Analyst, Logistics Department\nAlatau Logistic Service LLP, Almaty, Kazakhstan",
  enc="u88", mailer="Microsoft Outlook for iOS")

M("fill_bday", PROF, [KR], "2023-05-22 08:30", "С днём рождения!",
  "Уважаемый Геннадий Олегович! Профком поздравляет Вас с днём рождения цеха № 5 — 55 лет! "
  "Приглашаем на торжественное собрание 26.05 в 15:00.", enc="u8b64")

M("almaty_notice", KR, [OK], "2023-05-25 11:20", "Уведомление о выезде за рубеж",
  "В отдел кадров АО «ДВРЗ»\n\n"
  "Я, Кравцов Геннадий Олегович, заместитель генерального директора по внешнеэкономической деятельности, "
  "уведомляю о выезде в Республику Казахстан (г. Алматы) в период ежегодного отпуска с 10.06.2023 по 21.06.2023 "
  "совместно с супругой Кравцовой Айгерим Сериковной. Цель поездки — посещение сына, частная.\n\n"
  "25.05.2023          Г.О. Кравцов", enc="w1251b64")

M("fiftyfifty_no", HRY, [KR], "2023-05-29 09:00", "Re: ПОС-Л26: предложение о паритетном финансировании",
  "Генадзь Алегавіч, добры дзень.\n\n"
  "Мы абмеркавалі вашу прапанову на савеце: пераход на парытэт 50 на 50 для нас немагчымы, бюджэт на 2023 год "
  "ужо зацверджаны. Просім пакінуць размеркаванне паводле дадатковага пагаднення № 1 (55 на 45). "
  "Калі ласка, не рыхтуйце новы дакумент.\n\n"
  "З павагай,\nА. Грыневіч\n\n"
  + q("у нас урезали инвестиционную программу, поэтому хотел бы обсудить переход к паритету — 50 на 50 — начиная "
      "со второго этапа.", "Кравцов Геннадий Олегович", "15.05.2023 10:10"),
  enc="u8b64", reply="fiftyfifty_prop", loose="002.eml")

M("fiftyfifty_ok", KR, [HRY], "2023-05-30 10:00", "Re: Re: ПОС-Л26: предложение о паритетном финансировании",
  "Алесь Петрович, понял, вопрос снимаем, остаёмся на 55/45. Спасибо за быстрый ответ.\n\nГ.К.",
  enc="u8b64", reply="fiftyfifty_no")

# --- June: Almaty trip
M("almaty_ticket", AIR, [KR_LAT], "2023-06-01 12:00", "E-ticket receipt / Электронный билет",
  "ELECTRONIC TICKET RECEIPT\n\n"
  "PASSENGERS: KRAVTSOV/GENNADII MR, KRAVTSOVA/AIGERIM MRS\n"
  "10JUN2023 ROSTOV-ON-DON (ROV) - ALMATY (ALA) DEP 07:40 ARR 13:55\n"
  "21JUN2023 ALMATY (ALA) - ROSTOV-ON-DON (ROV) DEP 15:10 ARR 17:35\n"
  "BOOKING REF: QX7L2M\n\nThank you for flying with us.", enc="ascii", noid=True, loose="001.eml")

M("fill_safety", OFF, [KR, STA], "2023-06-05 09:00", "Инструктаж по охране труда",
  "Напоминаем: ежегодный инструктаж по охране труда для руководителей — 07.06.2023 в 14:00, каб. 301.",
  enc="koi88")

M("almaty_postcard", KR, [STA], "2023-06-15 19:30", "Привет из Алма-Аты",
  "Роман, привет из Алма-Аты! Сидим у Ержана, вчера ездили на Медеу, сегодня Нурлан возил нас на Большое "
  "Алматинское озеро. Айгерим Сериковна счастлива, сын тоже. Если что срочное по Мьянме — звони, телефон включён.\n\nГена",
  enc="koi88", hmode="q", mailer="K-9 Mail")

M("nur_thanks", NUR, [KR], "2023-06-23 22:10", "Рахмет!",
  "Гена, спасибо, что приехали! Было очень хорошо. Айгерім қарындасыма сәлем айт. "
  "Передай сестрёнке, что фотографии с озера я отправил ей на почту. За Ержана не беспокойтесь, "
  "племянник под присмотром.\n\nНурлан",
  enc="u8b64", mailer="Gmail")

M("fill_digest2", NEWS, [KR_LAT], "2023-06-25 07:00", "Vertolet Digest: June issue",
  "Vertolet Digest, June 2023\n\n- Heavy-lift rotorcraft: fleet ages\n- De-icing systems compared\n"
  "- Supplier spotlight: composite tooling\n\nTo unsubscribe, reply with STOP.", enc="ascii", alt=True)

# --- July: questionnaire, citizenship, Shenzhen planning
M("anketa", SEC, [KR], "2023-07-03 10:00", "Анкета для продления допуска",
  "Геннадий Олегович, во вложении анкета, заполненная по данным личного дела. Проверьте и подпишите до 10.07.\n\n"
  "Т.В. Клименко, режимно-секретный отдел", enc="u8b64",
  att=[("docx", "Анкета_Кравцов.docx", [
      "АНКЕТА",
      "1. Фамилия, имя, отчество: Кравцов Геннадий Олегович",
      "2. Дата и место рождения: 11.02.1968, г. Новочеркасск Ростовской области",
      "3. Гражданство: Российская Федерация; иного гражданства не имел и не имею",
      "4. Место работы и должность: АО «Донорецкий вертолётный ремонтный завод», заместитель генерального директора по внешнеэкономической деятельности (с 2016 г.)",
      "5. Близкие родственники:",
      "Жена — Кравцова (до брака Жумабаева) Айгерим Сериковна, 04.09.1971 г.р., уроженка г. Караганда (Казахская ССР), гражданство — Российская Федерация",
      "Сын — Кравцов Ержан Геннадьевич, 22.03.1996 г.р., гражданин Российской Федерации, проживает в г. Алматы (Республика Казахстан) по виду на жительство",
      "Брат жены — Жумабаев Нурлан Серикович, 1975 г.р., г. Алматы",
      "6. Выезды за границу за последние 5 лет: Казахстан (2019, 2021, 2023)",
  ])])

M("sec_question", SEC, [KR], "2023-07-05 15:30", "Уточнение по анкете",
  "Геннадий Олегович, ещё один вопрос. В прошлогодней справке на Айгерим Сериковну кто-то указал двойное "
  "гражданство — казахстанское и российское, а в нынешней анкете только российское. Как правильно? "
  "Нужна ясность до отправки в ФСБ.\n\nТ.В. Клименко", enc="u8qp", hmode="q")

M("sec_answer", KR, [SEC], "2023-07-06 09:10", "Re: Уточнение по анкете",
  "Татьяна Викторовна,\n\n"
  "правильно так, как в анкете. Двойного гражданства у жены нет и не было: гражданство Казахстана она прекратила в "
  "1999 году при приёме в российское гражданство, казахстанский паспорт сдан. Сейчас у неё только паспорт гражданки РФ. "
  "В прошлогодней справке ошибка.\n\n"
  "То же про Ержана: он гражданин России, в Казахстане у него только вид на жительство, казахстанского гражданства у него нет.\n\n"
  + SIG_KR + "\n\n"
  + q("В прошлогодней справке на Айгерим Сериковну кто-то указал двойное гражданство — казахстанское и российское, "
      "а в нынешней анкете только российское.", "Клименко Т.В.", "05.07.2023 15:30"),
  enc="u8qp", hmode="q", reply="sec_question")

M("rumour", SNAB, [KR], "2023-07-11 12:40", "Re: Заявки на канцтовары",
  "Геннадий Олегович, заявку получили. P.S. Говорят, у кого-то из наших снабженцев сын уехал в Астану и уже "
  "получил там казахстанское гражданство — если будете оформлять Казахстан по работе, спросите в кадрах, как теперь с этим.",
  enc="w1251b64")

M("shz_request", KR, [BEK], "2023-07-20 10:00", "Служебная записка: командировка в КНР",
  "Генеральному директору АО «ДВРЗ» Бекетову О.С.\n\n"
  "Прошу согласовать служебную командировку в КНР (г. Шэньчжэнь) с 14.08 по 19.08.2023 мне и главному инженеру "
  "Ставицкому Р.И. для приёмочного контроля подшипников HX-7014 на заводе Shenzhen Huaxing Precision Bearing "
  "перед подписанием контракта на 600 шт.\n\n" + SIG_KR,
  enc="w1251b64")

M("shz_order", OFF, [KR, STA], "2023-07-25 16:20", "Приказ № 412-к от 25.07.2023",
  "ПРИКАЗ № 412-к\n25.07.2023                г. Донорецк\n\n"
  "О направлении работников в служебную командировку\n\n"
  "1. Направить в служебную командировку в Китайскую Народную Республику, г. Шэньчжэнь, на предприятие "
  "Shenzhen Huaxing Precision Bearing Co., Ltd., с 14 по 19 августа 2023 г. для приёмочного контроля продукции:\n"
  "- Кравцова Геннадия Олеговича — заместителя генерального директора по внешнеэкономической деятельности;\n"
  "- Ставицкого Романа Игоревича — главного инженера.\n"
  "2. Расходы отнести на статью «Командировочные (ВЭД)».\n\n"
  "Генеральный директор                О.С. Бекетов",
  enc="w12518", mailer="1C:DocFlow 3.0")

M("shz_invite", ZH, [KR_LAT], "2023-08-02 09:00", "Invitation letter for your visit to Shenzhen",
  "Dear Mr. Kravtsov,\n\n"
  "Please find below our invitation for your visa application.\n\n"
  "INVITATION. Shenzhen Huaxing Precision Bearing Co., Ltd. invites Mr. KRAVTSOV GENNADII, Deputy General Director, "
  "and Mr. STAVITSKII ROMAN, Chief Engineer, of JSC Donoretsk Helicopter Repair Plant, Russia, to visit our factory in "
  "Shenzhen, Guangdong, from 14 to 19 August 2023 for the acceptance inspection of HX-7014 bearings.\n\n"
  "Zhang Haoran\nSales Manager, Aerospace Division", enc="u8b64", alt=True, mailer="Foxmail 7.2")

M("fill_vacation", OK, [KR], "2023-08-07 10:30", "График отпусков на 2024 год",
  "Просим руководителей подразделений до 01.09 сдать предложения в график отпусков на 2024 год.", enc="u8b64")

M("shz_from", STA, [BEK], "2023-08-16 20:05", "Из Шэньчжэня",
  "Олег Станиславович, добрый вечер.\n\n"
  "Мы с Геннадием Олеговичем в Шэньчжэне второй день. Производство у Хуасина современное, выборочный контроль "
  "партии HX-7014 (60 шт. из 600) прошёл без замечаний, протоколы подписали. Завтра — переговоры по цене и графику.\n\n"
  "Р. Ставицкий", cc=[KR], enc="u8b64", mailer="K-9 Mail")

M("shz_report", KR, [BEK], "2023-08-24 11:00", "Отчёт о командировке в КНР",
  "Олег Станиславович,\n\nво вложении отчёт о командировке в Шэньчжэнь.\n\n" + SIG_KR, enc="u8b64", cc=[STA],
  att=[("docx", "Otchet_Shenzhen_2023-08.docx", [
      "ОТЧЁТ о служебной командировке в КНР (г. Шэньчжэнь), 14–19 августа 2023 г.",
      "Командированные: Кравцов Г.О., заместитель генерального директора по ВЭД; Ставицкий Р.И., главный инженер.",
      "1. На заводе Shenzhen Huaxing Precision Bearing Co., Ltd. проведён приёмочный контроль подшипников HX-7014: замечаний нет.",
      "2. По результатам стендовых испытаний и приёмки подшипники Huaxing HX-7014 допущены к применению в главных редукторах ВР-26 взамен японских KS-7014C.",
      "3. Подписан контракт № DV-HX-2023/08 на поставку 600 подшипников, первая партия — октябрь 2023 г.",
  ])])

# --- September: share change No 2, vibration bench still missing, Vietnam
M("share2_prop", HRY, [KR], "2023-09-04 10:40", "ПОС-Л26: дадатковае пагадненне № 2",
  "Генадзь Алегавіч!\n\n"
  "Пасля лётных выпрабаванняў на Мі-26 аб'ём работ па інтэграцыі на вертолёце вырас, і ён цалкам на вашым баку. "
  "Таму прапануем у дадатковым пагадненні № 2 павялічыць долю ДВРЗ да 65 працэнтаў, а нашу зменшыць да 35.\n\n"
  "А. Грыневіч", enc="u8b64", mailer="The Bat! (v10.1.2) Professional")

M("share2_signed", KR, [HRY], "2023-09-12 14:10", "Re: ПОС-Л26: дадатковае пагадненне № 2",
  "Алесь Петрович, согласовано. Подписанное доп. соглашение № 2 во вложении.\n\n" + SIG_KR + "\n\n"
  + q("Таму прапануем у дадатковым пагадненні № 2 павялічыць долю ДВРЗ да 65 працэнтаў, а нашу зменшыць да 35.",
      "Грыневіч Алесь", "04.09.2023 10:40"),
  enc="u8b64", reply="share2_prop",
  att=[("docx", "DS2_POS-L26.docx", [
      "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 2 к соглашению № 01/ПОС от 13.01.2023",
      "1. С 01.10.2023 доля АО «ДВРЗ» в финансировании ОКР по ПОС-Л26 устанавливается в размере 65 (шестидесяти пяти) процентов, "
      "доля ООО «НПЦ «Полесье-Терм»» — 35 (тридцати пяти) процентов.",
      "2. Дополнительное соглашение № 1 утрачивает силу с 01.10.2023.",
  ])])

M("bench_still", STA, [BEK], "2023-09-13 09:15", "Вибростенд — состояние вопроса",
  "Олег Станиславович,\n\n"
  "вибростенда у нас по-прежнему нет: ВЭДС-400 восстановить нельзя, голландский не купить. Редукторы после ремонта "
  "возим на вибрационные испытания к смежникам в Ростов, это плюс две недели на каждый. Будь санкции сняты, "
  "купили бы ES-40 у Van der Meulen за месяц, но это, понятно, не про нас.\n\n" + SIG_STA,
  cc=[KR], enc="koi88", mailer="Mozilla Thunderbird 102.7.1")

M("fill_digest3", NEWS, [KR_LAT], "2023-09-15 07:00", "Vertolet Digest: September issue",
  "Vertolet Digest, September 2023\n\n- Engine MRO: turboshaft trends\n- Rotor blade ice protection\n"
  "- Events calendar\n\nTo unsubscribe, reply with STOP.", enc="ascii", alt=True)

M("vn_booking", HOT, [KR_LAT], "2023-09-20 15:30", "Booking confirmation SPB-88213",
  "Dear Mr. Kravtsov,\n\n"
  "Thank you for choosing Sea Pearl Bay Resort Nha Trang. We are pleased to confirm your reservation.\n"
  "Confirmation number: SPB-88213\n"
  "Guest names: Mr. KRAVTSOV GENNADIY, Mrs. KRAVTSOVA AYGERIM\n"
  "Check-in: 08 October 2023 - Check-out: 19 October 2023 (11 nights), Deluxe Ocean View, breakfast included\n"
  "Airport transfer from Cam Ranh International Airport is included.\n\n"
  "We look forward to welcoming you to Nha Trang, Vietnam.\n\nReservations Team", enc="u8b64", html_only=True,
  mailer="Hotel PMS Mailer")

M("vn_notice", KR, [OK], "2023-09-25 10:00", "Уведомление о выезде (Вьетнам)",
  "В отдел кадров\n\n"
  "Уведомляю о выезде в Социалистическую Республику Вьетнам (г. Нячанг) на период отпуска с 07.10.2023 по 20.10.2023 "
  "вместе с женой, Кравцовой А.С. Поездка туристическая.\n\nКравцов Г.О.", enc="w1251b64")

M("fill_it2", IT, [KR], "2023-10-02 11:00", "Смена пароля",
  "Срок действия Вашего пароля истекает через 5 дней. Смените пароль через портал helpdesk.", enc="u8b64")

M("vn_postcard", KR, [STA], "2023-10-12 13:20", "Из Нячанга",
  "Рома, привет! Мы с Айгерим в Нячанге, +31, море тёплое. Если китайцы пришлют отгрузочные документы по первой "
  "партии — перешли мне, посмотрю вечером.\n\nГ.", enc="u8b64", mailer="K-9 Mail")

M("vn_thanks", HOT, [KR_LAT], "2023-10-20 09:00", "Thank you for staying with us",
  "Dear Mr. KRAVTSOV GENNADIY,\n\n"
  "Thank you for staying at Sea Pearl Bay Resort Nha Trang from 08 to 19 October 2023 together with "
  "Mrs. KRAVTSOVA AYGERIM. We hope you enjoyed Vietnam and will be happy to welcome you again.\n\nGuest Relations",
  enc="u8b64", alt=True, loose="003.eml", mailer="Hotel PMS Mailer")

# --- autumn: acceptance, engines
M("acceptance", STA, [KR, BEK], "2023-10-27 17:10", "Сдача бортов за октябрь",
  "Коллеги, итоги октября.\n\n"
  "1. Военное представительство Минобороны России при заводе приняло после капитального ремонта Ми-26 борт 51 и два Ми-28Н "
  "(борта 12 и 17), акты подписаны.\n"
  "2. Моторный цех: три двигателя Д-136 и четыре ТВ3-117ВМА после капремонта прошли стендовые испытания, переданы заказчику.\n"
  "3. По контракту с ВВС Мьянмы акты приёмки по Ми-17В-5 4611 и 4612 подписаны представителем заказчика, 4617 и 4620 — облёт в ноябре.\n\n"
  + SIG_STA, enc="u8b64")

M("acc_fwd", KR, [ZH], "2023-10-30 09:00", "First lot HX-7014",
  "Dear Mr. Zhang,\n\nthe first lot of 200 HX-7014 bearings has arrived at Donoretsk and passed incoming inspection. "
  "Thank you.\n\n" + SIG_KR_EN, enc="ascii")

M("fill_profkom2", PROF, [KR], "2023-11-01 12:00", "Путёвки в санаторий",
  "Профком предлагает путёвки в санаторий «Донские зори» (Ростовская область) на ноябрь–декабрь. Заявки до 10.11.",
  enc="koi88")

M("hr_kz_question", OK, [KR], "2023-11-08 10:00", "Кадровый учёт: сведения о родственниках",
  "Геннадий Олегович, для кадрового учёта подтвердите, пожалуйста: сын, Кравцов Ержан, по-прежнему работает в ТОО "
  "«Алатау Логистик Сервис» в Алматы? И вопрос, если вдруг он когда-нибудь примет гражданство Казахстана — "
  "нужно будет сообщить нам в течение месяца.\n\nОтдел кадров", enc="u8b64")

M("hr_kz_answer", KR, [OK], "2023-11-08 14:30", "Re: Кадровый учёт: сведения о родственниках",
  "Да, Ержан Геннадьевич работает там же, старшим аналитиком. Принимать казахстанское гражданство он не собирается.\n\n"
  "Г.О. Кравцов", enc="u8b64", reply="hr_kz_question")

M("fill_year", OFF, [KR, STA], "2023-11-20 09:00", "Подготовка годового отчёта",
  "Коллеги, до 15.12 прошу представить материалы в годовой отчёт: итоги по подразделениям, планы на 2024 год.",
  enc="w1251b64")

M("jd_status", KR, [BEK], "2023-11-22 16:00", "ПОС-Л26: итоги года",
  "Олег Станиславович,\n\n"
  "по совместной с гомельским «Полесье-Терм» работе: второй этап закрыт, стендовые испытания лопасти с "
  "нагревательными элементами прошли. С 1 октября мы финансируем ОКР на 65%, белорусы — на 35%, как в доп. соглашении № 2. "
  "Лётные испытания на Ми-26 — весна 2024.\n\n" + SIG_KR, enc="u8b64")

M("fill_newyear2", PROF, [KR], "2023-11-28 10:00", "Новогодние подарки детям",
  "Заявки на новогодние подарки для детей сотрудников до 14 лет принимаются до 08.12.", enc="u8b64")

M("dvrz_engines", STA, [KR], "2023-11-29 11:40", "Re: Двигатели на 2024",
  "Геннадий Олегович, по вашему вопросу: на 2024 год Минобороны подтвердило ремонт двенадцати Д-136 для Ми-26 и "
  "десяти ТВ3-117ВМА для ударных Ми-28Н. Японские и голландские позиции в ведомости комплектации заменены.\n\n" + SIG_STA,
  enc="koi88", mailer="Mozilla Thunderbird 102.7.1")

# ================================================================ watchlist
WATCHLIST = [
    {"id": "wl-ru-7101", "schema": "Person", "caption": "BEKETOV, Oleg Stanislavovich",
     "properties": {"name": ["BEKETOV, Oleg Stanislavovich"], "alias": ["Бекетов Олег Станиславович"],
                    "birthDate": ["1961-11-02"], "nationality": ["ru"],
                    "position": ["General Director, JSC Donoretsk Helicopter Repair Plant"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-7102", "schema": "Company", "caption": "DONORETSK HELICOPTER REPAIR PLANT JSC",
     "properties": {"name": ["DONORETSK HELICOPTER REPAIR PLANT JSC"],
                    "alias": ["АО «Донорецкий вертолётный ремонтный завод»", "DVRZ", "АО «ДВРЗ»"],
                    "jurisdiction": ["ru"], "address": ["Donoretsk, Rostov region, Russia"],
                    "sector": ["helicopter repair"]}, "datasets": ["watchlist"]},
    {"id": "wl-cn-0907", "schema": "Company", "caption": "SHENZHEN HUAXING PRECISION BEARING CO., LTD.",
     "properties": {"name": ["SHENZHEN HUAXING PRECISION BEARING CO., LTD."], "alias": ["深圳华星精密轴承有限公司"],
                    "jurisdiction": ["cn"], "address": ["Bao'an District, Shenzhen, Guangdong, China"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ae-0311", "schema": "Company", "caption": "AL NOOR AERO PARTS TRADING FZE",
     "properties": {"name": ["AL NOOR AERO PARTS TRADING FZE"], "jurisdiction": ["ae"],
                    "address": ["SAIF Zone, Sharjah, UAE"]}, "datasets": ["watchlist"]},
    # near misses
    {"id": "wl-ru-7103", "schema": "Person", "caption": "BEKETOV, Oleg Sergeevich",
     "properties": {"name": ["BEKETOV, Oleg Sergeevich"], "alias": ["Бекетов Олег Сергеевич"],
                    "birthDate": ["1974-06-19"], "nationality": ["ru"],
                    "position": ["Deputy Head, Regional Customs Directorate"]}, "datasets": ["watchlist"]},
    {"id": "wl-ua-0420", "schema": "Person", "caption": "KRAVTSOV, Gennadiy Olegovich",
     "properties": {"name": ["KRAVTSOV, Gennadiy Olegovich"], "alias": ["Кравцов Геннадий Олегович"],
                    "birthDate": ["1979-09-30"], "nationality": ["ua"]}, "datasets": ["watchlist"]},
    {"id": "wl-cn-0908", "schema": "Company", "caption": "HUAXING PRECISION BEARING CO., LTD. (WUXI)",
     "properties": {"name": ["HUAXING PRECISION BEARING CO., LTD."], "alias": ["无锡华星精密轴承有限公司"],
                    "jurisdiction": ["cn"], "address": ["Xishan District, Wuxi, Jiangsu, China"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ru-7110", "schema": "Company", "caption": "DONORETSK MACHINE-BUILDING PLANT LLC",
     "properties": {"name": ["DONORETSK MACHINE-BUILDING PLANT LLC"],
                    "alias": ["ООО «Донорецкий машиностроительный завод»"], "jurisdiction": ["ru"],
                    "address": ["Donoretsk, Rostov region, Russia"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-0655", "schema": "Company", "caption": "POLESYE-AGROTERM OJSC",
     "properties": {"name": ["POLESYE-AGROTERM OJSC"], "alias": ["ОАО «Полесье-Агротерм»"], "jurisdiction": ["by"],
                    "address": ["Gomel, Belarus"]}, "datasets": ["watchlist"]},
    {"id": "wl-kz-0133", "schema": "Person", "caption": "ZHUMABAYEV, Nurlan Serikovich",
     "properties": {"name": ["ZHUMABAYEV, Nurlan Serikovich"], "alias": ["Жумабаев Нурлан Серикович"],
                    "birthDate": ["1958-01-15"], "nationality": ["kz"],
                    "position": ["Former akim, Karaganda region district"]}, "datasets": ["watchlist"]},
]

# ================================================================ truth
ENTITIES = [
    ("o_dvrz", "Company", "Donoretsk Helicopter Repair Plant", [
        "АО «ДВРЗ»", "ДВРЗ", "Акционерное общество «Донорецкий вертолётный ремонтный завод»",
        "АО «Донорецкий вертолётный ремонтный завод»", "Донорецкий вертолётный ремонтный завод",
        "Данарэцкім верталётным рамонтным заводам", "JSC Donoretsk Helicopter Repair Plant (DVRZ)",
        "JSC Donoretsk Helicopter Repair Plant", "Donoretsk Helicopter Repair Plant", "DVRZ"], {"country": ["ru"]}),
    ("o_polesye", "Company", "Polesye-Term Research and Production Centre", [
        "ООО «НПЦ «Полесье-Терм»»", "«Научно-производственный центр «Полесье-Терм»»", "«Полесье-Терм»",
        "Полесье-Терм", "ТАА «НВЦ «Палессе-Тэрм»»", "Палессе-Тэрм"], {"country": ["by"]}),
    ("o_huaxing", "Company", "Shenzhen Huaxing Precision Bearing Co., Ltd.", [
        "Shenzhen Huaxing Precision Bearing Co., Ltd.", "Shenzhen Huaxing Precision Bearing", "Shenzhen Huaxing",
        "深圳华星精密轴承有限公司", "Huaxing", "Хуасин", "Хуасина", "Хуасинь"], {"country": ["cn"]}),
    ("o_vdm", "Company", "Van der Meulen Testsystemen B.V.", [
        "Van der Meulen Testsystemen B.V.", "Van der Meulen", "Ван дер Мёлена"], {"country": ["nl"]}),
    ("o_kisaragi", "Company", "Kisaragi Seiko Co., Ltd.", [
        "Kisaragi Seiko Co., Ltd.", "Kisaragi Seiko", "Kisaragi", "如月精工株式会社", "Кисараги Сэйко"], {"country": ["jp"]}),
    ("o_alnoor", "Company", "Al Noor Aero Parts Trading FZE", [
        "Al Noor Aero Parts Trading FZE", "Al Noor Aero Parts", "«Аль Нур»"], {"country": ["ae"]}),
    ("o_alatau", "Company", "Alatau Logistic Service LLP", [
        "ТОО «Алатау Логистик Сервис»", "Alatau Logistic Service LLP"], {"country": ["kz"]}),
    ("p_kravtsov", "Person", "Gennady Kravtsov", [
        "Кравцов Геннадий Олегович", "Кравцова Геннадия Олеговича", "Геннадий Олегович", "Геннадием Олеговичем",
        "Г.О. Кравцов", "Кравцов Г.О.", "Г. Кравцов", "Геннадий Кравцов", "Гена", "Г.К.",
        "Генадзь Алегавіч", "Gennady Kravtsov", "Mr. Kravtsov", "Mr Kravtsov", "KRAVTSOV/GENNADII MR",
        "Mr. KRAVTSOV GENNADII", "Mr. KRAVTSOV GENNADIY"], {"email": ["g.kravtsov@dvrz.example.ru"], "nationality": ["ru"]}),
    ("p_aigerim", "Person", "Aigerim Kravtsova", [
        "Кравцовой Айгерим Сериковной", "Кравцова (до брака Жумабаева) Айгерим Сериковна", "Айгерим Сериковна",
        "Айгерим Сериковну", "Айгерим", "Айгерім", "Кравцовой А.С.", "KRAVTSOVA/AIGERIM MRS",
        "Mrs. KRAVTSOVA AYGERIM"], {"email": ["aigerim.kravtsova@mail.example.ru"], "nationality": ["ru"]}),
    ("p_erzhan", "Person", "Yerzhan Kravtsov", [
        "Кравцов Ержан Геннадьевич", "Ержан Геннадьевич", "Ержан", "Ержана", "Кравцов Ержан", "Yerzhan Kravtsov"],
     {"email": ["yerzhan.kravtsov@alatau-ls.example.kz"], "nationality": ["ru"]}),
    ("p_nurlan", "Person", "Nurlan Zhumabayev", [
        "Нұрлан Жұмабаев", "Нурлан", "Жумабаев Нурлан Серикович"], {"email": ["nurlan.zh@mail.example.kz"]}),
    ("p_beketov", "Person", "Oleg Beketov", [
        "Бекетов О.С.", "Бекетову О.С.", "О.С. Бекетов", "Олегом Станиславовичем", "Олег Станиславович"], {}),
    ("p_stavitsky", "Person", "Roman Stavitsky", [
        "Ставицкий Роман Игоревич", "Ставицкий Р.И.", "Ставицкому Р.И.", "Ставицкого Романа Игоревича",
        "Р.И. Ставицкий", "Р. Ставицкий", "Роман Игоревич", "Роман", "Рома", "R. I. Stavitskiy", "Mr. STAVITSKII ROMAN"], {}),
    ("p_hrynevich", "Person", "Ales Hrynevich", [
        "Грыневіч Алесь", "А.П. Грыневіч", "А. Грыневіч", "Гриневича Александра Петровича", "А.П. Гриневич",
        "Алесь Петрович"], {}),
    ("p_zhang", "Person", "Zhang Haoran", ["Zhang Haoran", "张浩然", "Mr. Zhang", "Чжан Хаожань"], {}),
    ("p_dewilde", "Person", "Pieter de Wilde", ["Pieter de Wilde"], {}),
    ("p_morimoto", "Person", "Takeshi Morimoto", ["Takeshi Morimoto", "森本健"], {}),
]

F = []


def finding(kind, summary, subjects, attributes, evidence):
    F.append(dict(id="f-%03d" % (len(F) + 1), kind=kind, summary=summary, subjects=subjects,
                  attributes=attributes, evidence=evidence, confidence=1.0))


finding("military_maintenance",
        "DVRZ overhauls Mi-26 and Mi-28N helicopters and their D-136 and TV3-117VMA engines for the Russian Ministry of Defence.",
        ["o_dvrz"], {"platforms": ["mi-26", "mi-28", "mi-28n"], "customer_country": "ru"},
        [("goz_plan", "гособоронзаказ: четыре Ми-26 и шесть Ми-28Н"),
         ("goz_plan", "Ми-28Н: капремонт планера и двигателей ТВ3-117ВМА по государственному оборонному заказу Минобороны РФ"),
         ("acceptance", "Военное представительство Минобороны России при заводе приняло после капитального ремонта Ми-26 борт 51 и два Ми-28Н"),
         ("dvrz_engines", "на 2024 год Минобороны подтвердило ремонт двенадцати Д-136 для Ми-26 и десяти ТВ3-117ВМА для ударных Ми-28Н"),
         ("shortage_sta", "без вибрационных испытаний мы не можем сдать ни один редуктор военпреду")])

finding("military_maintenance",
        "DVRZ overhauls four Mi-17V-5 helicopters of the Myanmar Air Force (contract DV-MM/2022-07).",
        ["o_dvrz"], {"platforms": ["mi-17", "mi-17v-5"], "customer_country": "mm"},
        [("goz_plan", "ВВС Мьянмы"),
         ("mm_letter", "the overhaul of the four Mi-17V-5 helicopters (serials 4611, 4612, 4617, 4620) delivered to your plant under Contract DV-MM/2022-07"),
         ("mm_status", "по четырём Ми-17В-5 ВВС Мьянмы: дефектация закончена"),
         ("mm_status", "Overhaul of four Mi-17V-5 helicopters of the Myanmar Air Force:"),
         ("mm_reply", "Overhaul of four Mi-17V-5 helicopters of the Myanmar Air Force:"),
         ("acceptance", "По контракту с ВВС Мьянмы акты приёмки по Ми-17В-5 4611 и 4612 подписаны представителем заказчика")])

finding("joint_development",
        "DVRZ and Polesye-Term (Gomel) jointly develop the POS-L26 rotor-blade de-icing system; DVRZ's share went 60% -> 55% -> 65% "
        "(a 50/50 split was proposed and dropped).",
        ["o_dvrz", "o_polesye"],
        {"product": ["pos-l26", "пос-л26", "rotor blade de-icing system", "blade de-icing system", "de-icing system"],
         "partner_country": "by", "funding_share": 0.65},
        [("jd_agreement", "1. Стороны совместно разрабатывают электротепловую противообледенительную систему лопастей несущего винта ПОС-Л26."),
         ("jd_signed_by", "сумесная распрацоўка ПОС-Л26 з Данарэцкім верталётным рамонтным заводам афіцыйна пачата"),
         ("share1_prop", "доля АО «ДВРЗ» — 55%, доля «Полесье-Терм» — 45%"),
         ("share1_signed", "Доля АО «ДВРЗ» в финансировании ОКР составляет 55 (пятьдесят пять) процентов"),
         ("fiftyfifty_prop", "хотел бы обсудить переход к паритету — 50 на 50"),
         ("fiftyfifty_no", "пераход на парытэт 50 на 50 для нас немагчымы"),
         ("fiftyfifty_ok", "вопрос снимаем, остаёмся на 55/45"),
         ("share2_prop", "павялічыць долю ДВРЗ да 65 працэнтаў, а нашу зменшыць да 35"),
         ("share2_signed", "доля АО «ДВРЗ» в финансировании ОКР по ПОС-Л26 устанавливается в размере 65 (шестидесяти пяти) процентов"),
         ("jd_status", "С 1 октября мы финансируем ОКР на 65%, белорусы — на 35%")])

finding("sanctions_obstacle",
        "EU sanctions stop Van der Meulen (Netherlands) from selling DVRZ a shaker system for its vibration test bench.",
        ["o_dvrz"], {"origin_country": "nl", "goods": "vibration test system"},
        [("nl_refusal", "Helaas mogen wij op grond van de EU-sancties geen trilproefsystemen of onderdelen aan uw bedrijf leveren."),
         ("nl_fwd", "Голландцы тоже отпали: вибростенд и усилитель к нему нам не продадут из-за санкций ЕС."),
         ("shortage_sta", "Голландцы тоже отпали: вибростенд и усилитель к нему нам не продадут из-за санкций ЕС."),
         ("bench_still", "ВЭДС-400 восстановить нельзя, голландский не купить")])

finding("sanctions_obstacle",
        "Japanese export controls stop Kisaragi Seiko from shipping KS-7014C bearings to DVRZ.",
        ["o_dvrz"], {"origin_country": "jp", "goods": "bearings"},
        [("jp_refusal", "under the export control measures imposed by the Government of Japan on the Russian Federation, Kisaragi Seiko is unable to accept your order"),
         ("jp_memo", "Кисараги Сэйко письменно отказала в отгрузке радиально-упорных подшипников KS-7014C, ссылаются на санкционные ограничения Японии против России")])

finding("alternative_supplier",
        "Shenzhen Huaxing offers HX-7014 bearings in place of the Japanese KS-7014C; after bench tests and an acceptance visit DVRZ signs for 600.",
        ["o_dvrz", "o_huaxing"], {"supplier_country": "cn", "goods": "bearings"},
        [("cn_offer", "HX-7014 angular contact ball bearings as a direct replacement for the Kisaragi KS-7014C"),
         ("cn_sta", "По каталогу — полный аналог японских KS-7014C."),
         ("test_ok", "Считаю, что китайские подшипники можно принимать к применению и закупать."),
         ("cn_order", "Your trial lot of HX-7014 bearings has passed our bench tests."),
         ("shz_request", "для приёмочного контроля подшипников HX-7014 на заводе Shenzhen Huaxing Precision Bearing"),
         ("shz_from", "выборочный контроль партии HX-7014 (60 шт. из 600) прошёл без замечаний"),
         ("shz_report", "подшипники Huaxing HX-7014 допущены к применению в главных редукторах ВР-26 взамен японских KS-7014C"),
         ("acc_fwd", "the first lot of 200 HX-7014 bearings has arrived at Donoretsk and passed incoming inspection")])

finding("equipment_shortage",
        "DVRZ runs out of KS-7014C bearings for the VR-26 main gearboxes.",
        ["o_dvrz"], {"goods": "bearings"},
        [("jp_memo", "Запаса подшипников KS-7014C на складе хватит на два главных редуктора ВР-26, дальше ремонт редукторов встанет."),
         ("shortage_sta", "KS-7014C осталось 14 штук, это два редуктора ВР-26, потом работы по редукторам остановятся")])

finding("equipment_shortage",
        "DVRZ has no working vibration test bench for overhauled gearboxes.",
        ["o_dvrz"], {"goods": "vibration test bench"},
        [("shortage_sta", "Собственный вибростенд ВЭДС-400 сгорел в декабре"),
         ("bench_still", "вибростенда у нас по-прежнему нет")])

finding("foreign_travel",
        "Kravtsov and his wife Aigerim visited their son in Almaty, Kazakhstan, 10-21 June 2023.",
        ["p_kravtsov", "p_aigerim"], {"country": "kz", "start": "2023-06", "place": "Almaty", "purpose": "visiting their son"},
        [("aig_almaty", "Ержан звонил: ждёт нас в июне, с 10-го"),
         ("almaty_notice", "уведомляю о выезде в Республику Казахстан (г. Алматы) в период ежегодного отпуска с 10.06.2023 по 21.06.2023"),
         ("almaty_ticket", "10JUN2023 ROSTOV-ON-DON (ROV) - ALMATY (ALA)"),
         ("almaty_postcard", "Роман, привет из Алма-Аты!"),
         ("nur_thanks", "Гена, спасибо, что приехали!"),
         ("erz_job", "Жду вас 10-го!")])

finding("foreign_travel",
        "Kravtsov and his wife holidayed in Nha Trang, Vietnam, 7/8-19/20 October 2023.",
        ["p_kravtsov", "p_aigerim"], {"country": "vn", "start": "2023-10", "place": "Nha Trang", "purpose": "holiday"},
        [("vn_booking", "Guest names: Mr. KRAVTSOV GENNADIY, Mrs. KRAVTSOVA AYGERIM"),
         ("vn_notice", "Уведомляю о выезде в Социалистическую Республику Вьетнам (г. Нячанг)"),
         ("vn_postcard", "Мы с Айгерим в Нячанге"),
         ("vn_thanks", "Thank you for staying at Sea Pearl Bay Resort Nha Trang from 08 to 19 October 2023")])

finding("foreign_travel",
        "Kravtsov and chief engineer Stavitsky went to Shenzhen, China, 14-19 August 2023 for the acceptance of Huaxing bearings.",
        ["p_kravtsov", "p_stavitsky"], {"country": "cn", "start": "2023-08", "place": "Shenzhen", "purpose": "acceptance inspection of bearings"},
        [("cn_order", "our chief engineer and I would like to visit your factory in Shenzhen for an acceptance inspection in August"),
         ("shz_request", "Прошу согласовать служебную командировку в КНР (г. Шэньчжэнь) с 14.08 по 19.08.2023"),
         ("shz_order", "Направить в служебную командировку в Китайскую Народную Республику, г. Шэньчжэнь"),
         ("shz_invite", "to visit our factory in Shenzhen, Guangdong, from 14 to 19 August 2023"),
         ("shz_from", "Мы с Геннадием Олеговичем в Шэньчжэне второй день."),
         ("shz_report", "ОТЧЁТ о служебной командировке в КНР (г. Шэньчжэнь), 14–19 августа 2023 г.")])

finding("citizenship", "Gennady Kravtsov is a citizen of Russia only.", ["p_kravtsov"], {"countries": ["ru"]},
        [("anketa", "3. Гражданство: Российская Федерация; иного гражданства не имел и не имею")])

finding("citizenship",
        "Aigerim Kravtsova, born in Karaganda, is a Russian citizen only; her Kazakh citizenship ended in 1999 (a claim of dual citizenship was an error).",
        ["p_aigerim"], {"countries": ["ru"]},
        [("anketa", "уроженка г. Караганда (Казахская ССР), гражданство — Российская Федерация"),
         ("sec_answer", "Сейчас у неё только паспорт гражданки РФ."),
         ("sec_question", "а в нынешней анкете только российское")])

finding("citizenship",
        "Yerzhan Kravtsov is a Russian citizen living in Almaty on a Kazakh residence permit.",
        ["p_erzhan"], {"countries": ["ru"]},
        [("anketa", "гражданин Российской Федерации, проживает в г. Алматы (Республика Казахстан) по виду на жительство"),
         ("sec_answer", "он гражданин России, в Казахстане у него только вид на жительство"),
         ("erz_job", "паспорт гражданина РФ менять ни на что не надо, живу по ВНЖ")])

finding("family_relation", "Aigerim Kravtsova is Gennady Kravtsov's wife.", ["p_kravtsov", "p_aigerim"],
        {"relationship": "spouse"},
        [("almaty_notice", "совместно с супругой Кравцовой Айгерим Сериковной"),
         ("anketa", "Жена — Кравцова (до брака Жумабаева) Айгерим Сериковна"),
         ("sec_answer", "Двойного гражданства у жены нет и не было"),
         ("vn_notice", "вместе с женой, Кравцовой А.С.")])

finding("family_relation", "Yerzhan Kravtsov is Gennady Kravtsov's son.", ["p_kravtsov", "p_erzhan"],
        {"relationship": "child"},
        [("anketa", "Сын — Кравцов Ержан Геннадьевич, 22.03.1996 г.р."),
         ("erz_job", "Мам, пап, привет!"),
         ("almaty_postcard", "Айгерим Сериковна счастлива, сын тоже."),
         ("hr_kz_question", "сын, Кравцов Ержан, по-прежнему работает")])

finding("family_relation", "Yerzhan Kravtsov is Aigerim Kravtsova's son.", ["p_aigerim", "p_erzhan"],
        {"relationship": "child"},
        [("erz_job", "Мам, пап, привет!")])

finding("family_relation", "Nurlan Zhumabayev is Aigerim Kravtsova's brother.", ["p_aigerim", "p_nurlan"],
        {"relationship": "sibling"},
        [("anketa", "Брат жены — Жумабаев Нурлан Серикович, 1975 г.р., г. Алматы"),
         ("nur_thanks", "Передай сестрёнке, что фотографии с озера я отправил ей на почту.")])

finding("employment", "Kravtsov is deputy general director for foreign economic activity of DVRZ.",
        ["p_kravtsov", "o_dvrz"], {"role": "deputy general director for foreign economic activity"},
        [("jd_agreement", "в лице заместителя генерального директора по внешнеэкономической деятельности Кравцова Геннадия Олеговича"),
         ("almaty_notice", "Я, Кравцов Геннадий Олегович, заместитель генерального директора по внешнеэкономической деятельности"),
         ("anketa", "заместитель генерального директора по внешнеэкономической деятельности (с 2016 г.)"),
         ("shz_order", "Кравцова Геннадия Олеговича — заместителя генерального директора по внешнеэкономической деятельности"),
         ("shz_report", "Кравцов Г.О., заместитель генерального директора по ВЭД"),
         ("shz_invite", "Mr. KRAVTSOV GENNADII, Deputy General Director")])

finding("employment", "Beketov is general director of DVRZ.", ["p_beketov", "o_dvrz"], {"role": "general director"},
        [("goz_plan", "генеральный директор АО «ДВРЗ»"),
         ("shz_request", "Генеральному директору АО «ДВРЗ» Бекетову О.С."),
         ("shz_order", "Генеральный директор                О.С. Бекетов")])

finding("employment", "Stavitsky is chief engineer of DVRZ.", ["p_stavitsky", "o_dvrz"], {"role": "chief engineer"},
        [("shortage_sta", 'главный инженер АО "ДВРЗ"'),
         ("acceptance", "главный инженер АО «ДВРЗ»"),
         ("shz_order", "Ставицкого Романа Игоревича — главного инженера"),
         ("mm_status", "R. I. Stavitskiy, Chief Engineer"),
         ("shz_report", "Ставицкий Р.И., главный инженер"),
         ("shz_invite", "Mr. STAVITSKII ROMAN, Chief Engineer")])

finding("employment", "Hrynevich is director of Polesye-Term.", ["p_hrynevich", "o_polesye"], {"role": "director"},
        [("jd_agreement", "в лице директора Гриневича Александра Петровича"),
         ("jd_signed_by", "дырэктар ТАА «НВЦ «Палессе-Тэрм»», г. Гомель"),
         ("share1_prop", "директор ООО «НПЦ «Полесье-Терм»»")])

finding("employment", "Yerzhan Kravtsov is a senior analyst at Alatau Logistic Service in Almaty.",
        ["p_erzhan", "o_alatau"], {"role": "senior analyst"},
        [("erz_job", "С 1 июня меня переводят на должность старшего аналитика в отдел логистики ТОО «Алатау Логистик Сервис»."),
         ("erz_job", "Yerzhan Kravtsov, Senior Analyst, Logistics Department"),
         ("hr_kz_answer", "Ержан Геннадьевич работает там же, старшим аналитиком")])

finding("employment", "Zhang Haoran is a sales manager of Shenzhen Huaxing.", ["p_zhang", "o_huaxing"], {"role": "sales manager"},
        [("cn_offer", "Sales Manager, Aerospace Division"),
         ("shz_invite", "Sales Manager, Aerospace Division"),
         ("cn_sta", "Контакт у них — менеджер Чжан Хаожань")])

finding("employment", "Pieter de Wilde is export compliance manager of Van der Meulen Testsystemen.", ["p_dewilde", "o_vdm"],
        {"role": "export compliance manager"},
        [("nl_refusal", "Export Compliance Manager"), ("nl_fwd", "Export Compliance Manager")])

finding("employment", "Takeshi Morimoto is manager of the overseas sales section of Kisaragi Seiko.", ["p_morimoto", "o_kisaragi"],
        {"role": "sales manager"},
        [("jp_refusal", "Manager, Overseas Sales Section")])

finding("watchlist_match", "Oleg Beketov is on the watchlist as BEKETOV, Oleg Stanislavovich.", ["p_beketov"],
        {"list": "watchlist", "entry_id": "wl-ru-7101"},
        [("goz_plan", "Бекетов О.С."), ("shz_request", "Бекетову О.С."), ("shz_order", "О.С. Бекетов"),
         ("jp_memo", "Олег Станиславович"), ("shz_from", "Олег Станиславович"), ("jd_agreement", "Олегом Станиславовичем")])

finding("watchlist_match", "DVRZ is on the watchlist as DONORETSK HELICOPTER REPAIR PLANT JSC.", ["o_dvrz"],
        {"list": "watchlist", "entry_id": "wl-ru-7102"},
        [("jd_agreement", "Акционерное общество «Донорецкий вертолётный ремонтный завод»"),
         ("goz_plan", "АО «ДВРЗ»"), ("mm_status", "JSC Donoretsk Helicopter Repair Plant (DVRZ)"),
         ("shz_invite", "JSC Donoretsk Helicopter Repair Plant"), ("anketa", "АО «Донорецкий вертолётный ремонтный завод»"),
         ("jd_signed_by", "Данарэцкім верталётным рамонтным заводам")])

finding("watchlist_match", "Shenzhen Huaxing is on the watchlist as SHENZHEN HUAXING PRECISION BEARING CO., LTD.", ["o_huaxing"],
        {"list": "watchlist", "entry_id": "wl-cn-0907"},
        [("cn_offer", "Shenzhen Huaxing Precision Bearing Co., Ltd."), ("shz_order", "Shenzhen Huaxing Precision Bearing Co., Ltd."),
         ("shz_report", "Shenzhen Huaxing Precision Bearing Co., Ltd."), ("shz_invite", "Shenzhen Huaxing Precision Bearing Co., Ltd."),
         ("shz_request", "Shenzhen Huaxing Precision Bearing")])

finding("watchlist_match", "Al Noor Aero Parts Trading (Sharjah), whose offer was declined, is on the watchlist.", ["o_alnoor"],
        {"list": "watchlist", "entry_id": "wl-ae-0311"},
        [("ae_offer", "Al Noor Aero Parts Trading FZE, Sharjah, UAE"), ("ae_memo", "«Аль Нур» из Шарджи")])


# ================================================================ writing and checking
def build():
    raws = {d["key"]: render(d) for d in MSGS}
    return raws


def message_id_of(d, raws):
    if d["noid"]:
        return "<sha256:%s>" % hashlib.sha256(raws[d["key"]]).hexdigest()
    return msgid(d)


def write():
    raws = build()
    os.makedirs(os.path.join(HERE, "loose"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "loose")):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, "loose", f))
    with open(os.path.join(HERE, "mailbox.mbox"), "wb") as fh:
        for d in MSGS:
            raw = raws[d["key"]]
            if d["loose"]:
                with open(os.path.join(HERE, "loose", d["loose"]), "wb") as lf:
                    lf.write(raw)
                continue
            for line in raw.split(b"\n"):
                assert not line.startswith(b"From "), (d["key"], line)
            dt = datetime.strptime(d["date"], "%Y-%m-%d %H:%M")
            fh.write(b"From %s %s\n" % (d["frm"][1].encode(), dt.strftime("%a %b %d %H:%M:%S %Y").encode()))
            fh.write(raw.rstrip(b"\n") + b"\n\n")
    with open(os.path.join(HERE, "watchlist.ftm.json"), "w", encoding="utf-8") as fh:
        for e in WATCHLIST:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    truth = {"format": "paperchase.findings/1",
             "entities": [{"id": i, "schema": s, "name": n, "names": names, "properties": props}
                          for i, s, n, names, props in ENTITIES],
             "findings": []}
    for f in F:
        g = dict(f)
        g["evidence"] = [{"message_id": message_id_of(BYKEY[k], raws), "quote": qt} for k, qt in f["evidence"]]
        truth["findings"].append(g)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    n_mbox = sum(1 for d in MSGS if not d["loose"])
    print("wrote %d messages to mailbox.mbox, %d loose, %d findings, %d watchlist entries"
          % (n_mbox, len(MSGS) - n_mbox, len(F), len(WATCHLIST)))


# --- reading back, independent of the generator's structures
def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p>(.*?)</w:p>", xml, re.S)
    return "\n".join(html.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p, re.S))) for p in paras)


def xlsx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    return "\n".join(html.unescape(t) for t in re.findall(r"<t[^>]*>(.*?)</t>", xml, re.S))


def pdf_text(data):
    s = data.decode("latin-1")
    out = []
    for m in re.finditer(r"\(((?:\\.|[^\\)])*)\) Tj", s):
        out.append(re.sub(r"\\(.)", r"\1", m.group(1)))
    return "\n".join(out)


def html_text(s):
    s = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", s, flags=re.S)
    s = re.sub(r"<[^>]+>", "\n", s)
    return html.unescape(s)


def decoded_text(raw):
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    texts, headers = [], []
    for part in msg.walk():
        for h in ("From", "To", "Cc", "Subject"):
            if part.get(h):
                headers.append(str(part.get(h)))
        ct = part.get_content_type()
        fn = part.get_filename() or ""
        if part.is_multipart() or ct == "message/rfc822":
            continue
        if fn.endswith(".docx"):
            texts.append(docx_text(part.get_content()))
        elif fn.endswith(".xlsx"):
            texts.append(xlsx_text(part.get_content()))
        elif fn.endswith(".pdf"):
            texts.append(pdf_text(part.get_content()))
        elif ct == "text/plain":
            texts.append(part.get_content())
        elif ct == "text/html":
            texts.append(html_text(part.get_content()))
    return msg, "\n".join(texts), "\n".join(headers)


def check():
    errors = []
    sources = {}
    with open(os.path.join(HERE, "mailbox.mbox"), "rb") as fh:
        mbox = fh.read()
    chunks = re.split(rb"(?m)^From \S+ \w{3} \w{3} \d\d \d\d:\d\d:\d\d \d{4}\n", mbox)
    raws = [c for c in chunks if c.strip()]
    loose_dir = os.path.join(HERE, "loose")
    for f in sorted(os.listdir(loose_dir)):
        with open(os.path.join(loose_dir, f), "rb") as fh:
            raws.append(fh.read())
    alltext = []
    for raw in raws:
        msg, text, heads = decoded_text(raw)
        mid = msg.get("Message-ID")
        mid = str(mid).strip() if mid else "<sha256:%s>" % hashlib.sha256(raw).hexdigest()
        if mid in sources:
            errors.append("duplicate message id " + mid)
        sources[mid] = text
        alltext.append(text + "\n" + heads)
    with open(os.path.join(HERE, "truth.json"), encoding="utf-8") as fh:
        truth = json.load(fh)
    ents = {e["id"] for e in truth["entities"]}
    for f in truth["findings"]:
        for s in f["subjects"]:
            if s not in ents:
                errors.append("%s: unknown subject %s" % (f["id"], s))
        for ev in f["evidence"]:
            mid = ev["message_id"]
            if mid not in sources:
                errors.append("%s: cited message %s does not exist" % (f["id"], mid))
            elif ev["quote"] not in sources[mid]:
                errors.append("%s: quote not found in %s: %r" % (f["id"], mid, ev["quote"]))
    big = "\n".join(alltext)
    seen = {}
    for e in truth["entities"]:
        for n in e["names"]:
            if n not in big:
                errors.append("entity %s: name form %r occurs in no message" % (e["id"], n))
            key = " ".join(n.casefold().split())
            if key in seen and seen[key] != e["id"]:
                errors.append("name form %r shared by %s and %s" % (n, seen[key], e["id"]))
            seen[key] = e["id"]
    wl = {json.loads(l)["id"] for l in open(os.path.join(HERE, "watchlist.ftm.json"), encoding="utf-8") if l.strip()}
    for f in truth["findings"]:
        if f["kind"] == "watchlist_match" and f["attributes"]["entry_id"] not in wl:
            errors.append("%s: entry %s not in watchlist" % (f["id"], f["attributes"]["entry_id"]))
    kinds = {f["kind"] for f in truth["findings"]}
    need = {"military_maintenance", "joint_development", "sanctions_obstacle", "alternative_supplier",
            "equipment_shortage", "foreign_travel", "citizenship", "family_relation", "employment", "watchlist_match"}
    if need - kinds:
        errors.append("missing kinds: %s" % sorted(need - kinds))
    for e in errors:
        print("ERROR:", e)
    print("%d messages read back, %d findings, %d evidence items checked: %s"
          % (len(sources), len(truth["findings"]), sum(len(f["evidence"]) for f in truth["findings"]),
             "OK" if not errors else "%d errors" % len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
