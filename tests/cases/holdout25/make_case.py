#!/usr/bin/env python3
"""Generate the holdout25 case (a chief metrologist's mailbox at a fictional
Belarusian radar repair plant).  Standard library only, deterministic.

    python3 make_case.py          # write mailbox.mbox, loose/, watchlist, truth, README
    python3 make_case.py --check  # re-read what was written and verify every evidence quote
"""
import base64
import binascii
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import mailbox
import os
import re
import sys
import zipfile
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = dt.timezone(dt.timedelta(hours=3))

# --------------------------------------------------------------------------- MIME helpers


KOI = str.maketrans({"«": '"', "»": '"', "—": "-", "–": "-", "№": "N", "„": '"', "“": '"'})


def koi(s):
    """KOI8-R has no guillemets, dashes or numero sign: write them as a KOI8-R mailer would."""
    return s.translate(KOI)


def ew(s, cs="utf-8", mode="B", split=True):
    """RFC 2047 encoded words (split so that each word stays short)."""
    if cs == "koi8-r":
        s = koi(s)
    if all(ord(c) < 128 for c in s):
        return s
    words, chunk = [], ""
    for ch in s:
        chunk += ch
        if split and len(chunk.encode(cs)) >= 30:
            words.append(chunk)
            chunk = ""
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        data = w.encode(cs)
        if mode == "B":
            out.append(f"=?{cs}?B?{base64.b64encode(data).decode()}?=")
        else:
            q = "".join(
                chr(b) if (b < 128 and (chr(b).isalnum() or chr(b) in "-.!*+/")) else ("_" if b == 32 else "=%02X" % b)
                for b in data
            )
            out.append(f"=?{cs}?Q?{q}?=")
    return "\n ".join(out)


def addr(name, email, cs="utf-8", mode="B"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.;:"()<>@]', name):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, cs, mode, split=False)} <{email}>"


def encode_body(text, cs, cte):
    data = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return binascii.b2a_qp(data)
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


def textpart(text, subtype="plain", cs="utf-8", cte="base64"):
    return (
        [("Content-Type", f'text/{subtype}; charset="{cs}"'), ("Content-Transfer-Encoding", cte)],
        encode_body(text, cs, cte),
    )


def attachment(filename, ctype, data):
    return (
        [
            ("Content-Type", f'{ctype}; name="{filename}"'),
            ("Content-Disposition", f'attachment; filename="{filename}"'),
            ("Content-Transfer-Encoding", "base64"),
        ],
        base64.encodebytes(data),
    )


def rfc822part(raw):
    return ([("Content-Type", "message/rfc822"), ("Content-Disposition", "inline")], raw)


def serialise(part):
    headers, body = part
    body = body or b""
    return "".join(f"{k}: {v}\n" for k, v in headers).encode("ascii") + b"\n" + body


def multipart(subtype, parts, boundary):
    body = b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\n" + serialise(p)
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return ([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')], body)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


# --------------------------------------------------------------------------- documents

ZDATE = (2023, 1, 9, 10, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFDOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def make_docx(paragraphs):
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="{RELS_NS}">'
        f'<Relationship Id="rId1" Type="{OFFDOC}/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{xesc(p)}</w:t></w:r></w:p>' for p in paragraphs
    )
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>"
    )
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def make_xlsx(rows, sheet="Sheet1"):
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="{RELS_NS}">'
        f'<Relationship Id="rId1" Type="{OFFDOC}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    wb = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'xmlns:r="{OFFDOC}"><sheets><sheet name="{xesc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    wbrels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="{RELS_NS}">'
        f'<Relationship Id="rId1" Type="{OFFDOC}/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>"
    )
    xml_rows = []
    for i, row in enumerate(rows, 1):
        cells = "".join(
            f'<c r="{chr(65 + j)}{i}" t="inlineStr"><is><t>{xesc(v)}</t></is></c>' for j, v in enumerate(row)
        )
        xml_rows.append(f'<row r="{i}">{cells}</row>')
    sh = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<sheetData>{"".join(xml_rows)}</sheetData></worksheet>'
    )
    return _zip(
        [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wbrels),
            ("xl/worksheets/sheet1.xml", sh),
        ]
    )


def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines):
    for l in lines:
        assert all(ord(c) < 128 for c in l), l
    stream = "BT\n/F1 11 Tf\n14 TL\n50 800 Td\n" + "".join(f"({pdf_escape(l)}) Tj T*\n" for l in lines) + "ET\n"
    sb = stream.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(sb)).encode() + b" >>\nstream\n" + sb + b"endstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)
    return "\n".join(htmlmod.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p, re.S))) for p in paras)


def xlsx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    rows = re.findall(r"<row[^>]*>(.*?)</row>", xml, re.S)
    return "\n".join(
        "\t".join(htmlmod.unescape(t) for t in re.findall(r"<t[^>]*>(.*?)</t>", r, re.S)) for r in rows
    )


def pdf_text(data):
    s = data.decode("latin-1")
    out = []
    for m in re.finditer(r"\(((?:\\.|[^\\)])*)\) Tj", s):
        out.append(re.sub(r"\\(.)", r"\1", m.group(1)))
    return "\n".join(out)


# --------------------------------------------------------------------------- people, firms, addresses

MARINA = ("Гординская Марина Степановна", "m.gordinskaya@vrrz.example.by")
MARINA_P = "marysia.hardzinskaya@post.example.by"
TARAS = "t.hordynskyi@ukrpost.example.ua"
EVA = "ewa.hardzinskaya@student.uniwersytet-nadwislanski.example.pl"
HANNA = "hanna.hordynska@lviv-post.example.ua"
DIRECTOR = "director@vrrz.example.by"
PASHK = "i.pashkevich@vrrz.example.by"
HR = "ok@vrrz.example.by"
DOROF = "s.dorofeev@uniies.example.ru"
HOLL = "export@hollereder-messtechnik.example.at"
BRACK = "trade.compliance@brackwell.example.com"
TARANG = "devika.narasimhan@tarangini-tts.example.in"
HUAXIN = "liu.wenbo@huaxin-nj.example.cn"
SAVA = "z.pejcinovic@savatron.example.rs"
HOTEL = "recepcija@zlatnibagrem.example.rs"
TOUR = "booking@polesie-tour.example.by"
VISA = "noreply@visa-centre-pl.example.by"
EGY = "liaison@adf-tech.example.eg"
VKS = "pz.3112@mil-acceptance.example.ru"
HYDRO = "mrl@hydromet.example.by"
IT = "it@vrrz.example.by"
UNI = "dziekanat.geo@uniwersytet-nadwislanski.example.pl"
PROF = "profkom@vrrz.example.by"

SIG_M_RU = "Главный метролог ОАО «ВРРЗ»\nМ.С. Гординская\nтел. +375 16 555-21-47"
SIG_M_EN = (
    "Marina Gordinskaya\nChief Metrologist, Verkhnepolesk Radio Repair Plant OJSC\n"
    "Verkhnepolesk, Brest Region, Republic of Belarus\nTel. +375 16 555 21 47"
)
SIG_P = "И.Л. Пашкевич\nначальник лаборатории радиоизмерений ОАО «ВРРЗ»"
SIG_D = "Директор ОАО «Верхнеполесский радиоремонтный завод»\nА.П. Ярошевич"
SIG_D_BE = "Дырэктар ААТ «Вярхнепалескі радыёрамонтны завод»\nА.П. Ярашэвіч"
SIG_DOR = "Генеральный директор АО «УНИИЭС»\nС.И. Дорофеев\n300041, г. Тула, ул. Оружейная Слобода, 14"
SIG_DEV = "Devika Narasimhan\nExport Manager\nTarangini Test Systems Pvt. Ltd., Pune, India"

# --------------------------------------------------------------------------- documents' contents

PLAN_ROWS = [
    ["Изделие", "Вид работ", "Заказчик", "Срок"],
    ["РЛС П-18 (4 комплекта)", "модернизация до уровня П-18Т",
     "ВВС и войска ПВО Вооружённых Сил Республики Беларусь", "II–IV кв. 2023"],
    ["РЛС 55Ж6, приёмные тракты (2 станции)", "восстановительный ремонт",
     "Воздушно-космические силы Российской Федерации", "III кв. 2023"],
    ["Антенные посты 36Д6 (3 шт.)", "капитальный ремонт", "ВКС России", "IV кв. 2023"],
    ["Передатчики РЛС П-19 (5 шт.)", "капитальный ремонт",
     "Силы ПВО Арабской Республики Египет (контракт EG-2023/117)", "II–III кв. 2023"],
    ["Метеорадиолокатор МРЛ-5", "текущий ремонт", "Республиканский гидрометцентр (гражданский заказ)", "I кв. 2023"],
    ["Метрологическое обеспечение", "поверка и калибровка СИ по всем позициям", "служба главного метролога", "весь год"],
]

PROTOCOL = [
    "ПРОТОКОЛ № 1",
    "о совместной разработке калибровочно-метрологического комплекса КМК-1Р «Мерило»",
    "г. Тула, 20 марта 2023 г.",
    "Открытое акционерное общество «Верхнеполесский радиоремонтный завод» (Республика Беларусь), в лице директора "
    "Ярошевича Антона Павловича, и Акционерное общество «Упский научно-исследовательский институт эталонных систем» "
    "(г. Тула, Российская Федерация), в лице генерального директора Дорофеева Святослава Ильича, договорились о "
    "нижеследующем.",
    "1. Стороны совместно создают калибровочно-метрологический комплекс КМК-1Р «Мерило» для поверки и настройки "
    "радиолокационных станций в полевых условиях.",
    "2. Затраты на опытно-конструкторские работы распределяются так: ОАО «ВРРЗ» — 30 %, АО «УНИИЭС» — 70 %.",
    "3. Головным исполнителем по измерительной части назначается АО «УНИИЭС», по полевой адаптации — ОАО «ВРРЗ».",
    "4. Ответственный от ОАО «ВРРЗ» — главный метролог Гординская М.С.",
    "От ОАО «ВРРЗ»: А.П. Ярошевич        От АО «УНИИЭС»: С.И. Дорофеев",
]

ANKETA = [
    "АНКЕТА",
    "(для оформления допуска, заполняется собственноручно)",
    "1. Фамилия, имя, отчество: Гординская Марина Степановна",
    "2. Дата и место рождения: 23.05.1974, г. Верхнеполесск Брестской области",
    "3. Гражданство: Республика Беларусь; иного гражданства не имела и не имею",
    "4. Место работы и должность: ОАО «ВРРЗ», главный метролог (с 2016 г.)",
    "5. Близкие родственники:",
    "Муж — Гординский Тарас Богданович, 12.03.1975 г.р., уроженец г. Львова, гражданин Украины; проживает в "
    "Республике Беларусь по виду на жительство, работает инженером-сметчиком в строительной организации.",
    "Дочь — Гординская Ева Тарасовна, 07.11.2003 г.р., гражданка Республики Беларусь; учится в Варшаве (Республика "
    "Польша), имеет польскую карту временного пребывания.",
    "Свекровь — Гординская Анна Ивановна, 1950 г.р., гражданка Украины, проживает в г. Львове.",
    "6. Выезды за границу за последние 5 лет: Российская Федерация (служебные), Сербия.",
]

QUOTE_PDF = [
    "TARANGINI TEST SYSTEMS PVT. LTD.",
    "Plot 27, Hinjawadi Phase II, Pune 411057, India",
    "Quotation No. TTS/Q/23-0412    Date: 09 March 2023",
    "Customer: Verkhnepolesk Radio Repair Plant OJSC, Verkhnepolesk, Belarus",
    "Attn.: Ms. Marina Gordinskaya, Chief Metrologist",
    "Item 1: TSA-4400 spectrum analyser, 9 kHz - 26.5 GHz, qty 2, USD 38,400 each",
    "Item 2: TSA-OPT-PN phase noise option, qty 2, USD 4,150 each",
    "Offered in place of the Brackwell BSA-2650, which is not available to the customer.",
    "Delivery: 26 weeks ex works Pune. Warranty 24 months. Validity 90 days.",
    "Devika Narasimhan, Export Manager",
]

# --------------------------------------------------------------------------- the messages
# Each message: key, date, from, to, subject, content builder, evidence [(finding id, quote)].

MESSAGES = []


def M(key, when, frm, to, subject, part, ev=(), cc=None, reply=None, mailer="Microsoft Outlook 16.0",
      hdr=("utf-8", "B"), loose=None, no_mid=False):
    MESSAGES.append(dict(key=key, when=when, frm=frm, to=to, subject=subject, part=part, ev=list(ev), cc=cc,
                         reply=reply, mailer=mailer, hdr=hdr, loose=loose, no_mid=no_mid))


def d(y, m, dd, hh=10, mm=0):
    return dt.datetime(y, m, dd, hh, mm, tzinfo=TZ)


BODY = {}  # key -> main text (for quoting in replies)


KOI_KEYS = set()


def T(key, text, **kw):
    if kw.get("cs") == "koi8-r":
        text = koi(text)
        KOI_KEYS.add(key)
    BODY[key] = text
    return textpart(text, **kw)


# 1 plan of repairs with XLSX
M("plan2023", d(2023, 1, 9, 9, 12), ("Ярошевич А.П.", DIRECTOR), [MARINA, ("Пашкевич И.Л.", PASHK)],
  "План ремонта и модернизации на 2023 год",
  multipart("mixed", [
      T("plan2023", "Коллеги, добрый день.\n\nВо вложении сводный план ремонта и модернизации радиолокационной "
        "техники на 2023 год. Метрологическое обеспечение по каждой позиции — за службой главного метролога "
        "(Гординская М.С.); прошу до 20 января доложить, каких средств измерений не хватает.\n\n" + SIG_D,
        cs="windows-1251"),
      attachment("plan_remonta_2023.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 make_xlsx(PLAN_ROWS, "План 2023")),
  ], "=_plan2023_b1"),
  ev=[("f01", "модернизация до уровня П-18Т"),
      ("f01", "ВВС и войска ПВО Вооружённых Сил Республики Беларусь"),
      ("f02", "Воздушно-космические силы Российской Федерации"),
      ("f02", "Антенные посты 36Д6 (3 шт.)"),
      ("f03", "Силы ПВО Арабской Республики Египет (контракт EG-2023/117)"),
      ("f21", "Директор ОАО «Верхнеполесский радиоремонтный завод»"),
      ("f20", "службой главного метролога (Гординская М.С.)"),
      ("f26", "ОАО «Верхнеполесский радиоремонтный завод»"),
      ("f27", "А.П. Ярошевич")],
  hdr=("windows-1251", "B"))

# 2 shortage of reference standards
M("etalony", d(2023, 1, 12, 11, 40), MARINA, [("Пашкевич Игорь Леонидович", PASHK)],
  "Эталонная база: где мы стоим",
  T("etalony", "Игорь Леонидович,\n\nпрежде чем отвечать Антону Павловичу по плану, сверим цифры. Из восьми рабочих "
    "эталонов единиц мощности СВЧ годными остаются только три, у остальных вышел межповерочный интервал, а "
    "калибровать их мы раньше возили в Грац. Рубидиевый стандарт частоты тоже доживает.\n\nОсциллографов и "
    "генераторов сигналов пока хватает — тут паниковать не из-за чего.\n\n" + SIG_M_RU,
    cte="quoted-printable"),
  ev=[("f08", "Из восьми рабочих эталонов единиц мощности СВЧ годными остаются только три"),
      ("f20", "Главный метролог ОАО «ВРРЗ»\nМ.С. Гординская")],
  mailer="Mozilla Thunderbird 102.6")

M("etalony_re", d(2023, 1, 13, 8, 55), ("Пашкевич И.Л.", PASHK), [MARINA], "Re: Эталонная база: где мы стоим",
  T("etalony_re", "Марина Степановна, цифры те же. Без опорных эталонов мощности аттестацию стендов под П-18Т мы не "
    "закроем, а это половина годового плана.\n\n" + SIG_P + "\n\n12.01.2023, Гординская М.С. пишет:\n"
    + quote(BODY["etalony"]), cs="koi8-r", cte="8bit"),
  ev=[("f08", "Без опорных эталонов мощности аттестацию стендов под П-18Т мы не закроем"),
      ("f08", "Из восьми рабочих эталонов единиц мощности СВЧ годными остаются только три"),
      ("f22", "начальник лаборатории радиоизмерений ОАО «ВРРЗ»")],
  reply="etalony", mailer="The Bat! (v9.4.2) Professional", hdr=("koi8-r", "B"))

# 4-7 Austrian supplier, EU sanctions
M("holl_rfq", d(2023, 1, 20, 14, 5), ("Marina Gordinskaya", MARINA[1]), [("Hollereder Messtechnik GmbH", HOLL)],
  "Request for quotation: RF power standards, rubidium frequency standard, calibration",
  T("holl_rfq", "Dear colleagues,\n\nas in previous years, we would like to order from Hollereder three thermistor "
    "RF power standards (type HPS-18), one rubidium frequency standard HRB-10 and the calibration of five power "
    "standards delivered by you in 2014-2017.\n\nPlease send us your quotation.\n\nKind regards,\n" + SIG_M_EN,
    cs="us-ascii", cte="7bit"),
  ev=[("f20", "Chief Metrologist, Verkhnepolesk Radio Repair Plant OJSC")])

M("holl_no", d(2023, 2, 2, 10, 31), ("Florian Wimmreuther", HOLL), [("Marina Gordinskaya", MARINA[1])],
  "AW: Request for quotation: RF power standards, rubidium frequency standard, calibration",
  T("holl_no", "Sehr geehrte Frau Gordinskaya,\n\nvielen Dank für Ihre Anfrage und die langjährige Zusammenarbeit.\n\n"
    "Leider ist es uns nach den derzeit geltenden Sanktionsbestimmungen der Europäischen Union gegenüber der "
    "Republik Belarus nicht gestattet, Ihnen die angefragten Leistungsnormale und das Rubidium-Frequenznormal "
    "anzubieten oder zu liefern. Auch Kalibrierdienstleistungen für die bei Ihnen vorhandenen Normale dürfen wir "
    "nicht mehr erbringen.\n\nWir bitten um Ihr Verständnis.\n\nMit freundlichen Grüßen\nIng. Florian Wimmreuther\n"
    "Exportabwicklung\nHollereder Messtechnik GmbH, Graz, Österreich\n\n-----Ursprüngliche Nachricht-----\n"
    + quote(BODY["holl_rfq"]), cte="quoted-printable"),
  ev=[("f05", "Leider ist es uns nach den derzeit geltenden Sanktionsbestimmungen der Europäischen Union gegenüber "
              "der Republik Belarus nicht gestattet, Ihnen die angefragten Leistungsnormale und das "
              "Rubidium-Frequenznormal anzubieten oder zu liefern."),
      ("f20", "Chief Metrologist, Verkhnepolesk Radio Repair Plant OJSC")],
  reply="holl_rfq", mailer="Microsoft Outlook 16.0", hdr=("utf-8", "Q"))

M("holl_fwd", d(2023, 2, 3, 9, 2), MARINA, [("Ярошевич Антон Павлович", DIRECTOR)],
  "Fwd: AW: Request for quotation (отказ Hollereder)",
  multipart("mixed", [
      T("holl_fwd", "Антон Павлович,\n\nпересылаю ответ из Граца: Hollereder отказывает — санкции Евросоюза "
        "запрещают им поставлять нам эталоны мощности и частоты и даже калибровать наши старые. Будь ограничения "
        "сняты, мы бы, конечно, сразу вернулись к калибровке у них, но рассчитывать на это нельзя. Ищу замену.\n\n"
        + SIG_M_RU, cs="windows-1251"),
      rfc822part(None),  # filled in below with the raw Hollereder letter
  ], "=_fwd_holl_77"),
  ev=[("f05", "Hollereder отказывает — санкции Евросоюза запрещают им поставлять нам эталоны мощности и частоты"),
      ("f05", "Sanktionsbestimmungen der Europäischen Union gegenüber der Republik Belarus nicht gestattet")])

M("holl_fwd_re", d(2023, 2, 6, 16, 20), ("Ярашэвіч А.П.", DIRECTOR), [MARINA],
  "Re: Fwd: AW: Request for quotation (отказ Hollereder)",
  T("holl_fwd_re", "Марына Сцяпанаўна,\n\nзразумела. Прапрацуйце кітайскі і індыйскі варыянты, вынікі — мне на стол "
    "да канца месяца.\n\n" + SIG_D_BE + "\n\n03.02.2023 9:02, Гординская Марина Степановна:\n"
    + quote(BODY["holl_fwd"])),
  ev=[("f05", "Hollereder отказывает — санкции Евросоюза запрещают им поставлять нам эталоны мощности и частоты"),
      ("f21", "Дырэктар ААТ «Вярхнепалескі радыёрамонтны завод»\nА.П. Ярашэвіч"),
      ("f26", "ААТ «Вярхнепалескі радыёрамонтны завод»")],
  reply="holl_fwd", hdr=("utf-8", "Q"))

# 8-11 US supplier, export controls; spectrum analyser shortage
M("brack_rfq", d(2023, 2, 10, 11, 0), ("Marina Gordinskaya", MARINA[1]), [("Brackwell Instruments, Inc.", BRACK)],
  "RFQ: BSA-2650 signal and spectrum analyzer, 2 units",
  T("brack_rfq", "Hello,\n\nwe kindly ask for a quotation for two BSA-2650 signal and spectrum analyzers (26.5 GHz) "
    "with the phase noise option.\n\nBest regards,\n" + SIG_M_EN, cs="us-ascii", cte="7bit"))

M("brack_no", d(2023, 2, 17, 18, 44), ("Brackwell Trade Compliance", BRACK), [("Marina Gordinskaya", MARINA[1])],
  "RE: RFQ: BSA-2650 signal and spectrum analyzer, 2 units",
  T("brack_no", "Dear Ms. Gordinskaya,\n\nPlease be advised that Brackwell Instruments cannot quote or ship the "
    "BSA-2650 signal analyzer to your organization. The instrument is classified under ECCN 3A992 and, under the "
    "U.S. Export Administration Regulations, exports to Belarus require a license that is reviewed under a policy "
    "of denial. This also applies to re-exports of the instrument by our distributors.\n\nWe are closing this "
    "request.\n\nTrade Compliance Team\nBrackwell Instruments, Inc.\nPortland, OR, USA\n\n" + quote(BODY["brack_rfq"]),
    cs="us-ascii", cte="quoted-printable"),
  ev=[("f06", "under the U.S. Export Administration Regulations, exports to Belarus require a license that is "
              "reviewed under a policy of denial")],
  reply="brack_rfq")

M("brack_memo", d(2023, 2, 20, 9, 30), MARINA, [("Пашкевич И.Л.", PASHK)], "Анализатор спектра",
  T("brack_memo", "Игорь Леонидович,\n\nплохие новости: анализатор спектра из США нам не достанется — Brackwell "
    "сослался на экспортные правила Министерства торговли США и закрыл запрос.\n\nА наш единственный рабочий "
    "анализатор спектра вышел из строя ещё в декабре; настройку передатчиков П-19 для египетского заказчика ведём "
    "на приборах, взятых взаймы у соседей. Долго так продолжаться не может.\n\nМ.Г.",
    cs="windows-1251", cte="quoted-printable"),
  ev=[("f06", "анализатор спектра из США нам не достанется — Brackwell сослался на экспортные правила Министерства "
              "торговли США"),
      ("f09", "наш единственный рабочий анализатор спектра вышел из строя ещё в декабре"),
      ("f03", "настройку передатчиков П-19 для египетского заказчика")],
  mailer="Mozilla Thunderbird 102.6", hdr=("windows-1251", "B"))

M("brack_memo_re", d(2023, 2, 22, 13, 15), ("Пашкевич И.Л.", PASHK), [MARINA], "Re: Анализатор спектра",
  T("brack_memo_re", "Марина Степановна,\n\nбез анализатора спектра приёмку антенных постов 36Д6 для ВКС России в IV "
    "квартале не подпишем — военпред без протоколов измерений не примет. Старый СК4 в ремонт не берут: "
    "запчастей к нему не найти.\n\n" + SIG_P + "\n\n" + quote(BODY["brack_memo"]), cte="8bit"),
  ev=[("f09", "без анализатора спектра приёмку антенных постов 36Д6 для ВКС России в IV квартале не подпишем"),
      ("f09", "наш единственный рабочий анализатор спектра вышел из строя ещё в декабре"),
      ("f02", "антенных постов 36Д6 для ВКС России"),
      ("f06", "анализатор спектра из США нам не достанется — Brackwell сослался на экспортные правила Министерства "
              "торговли США")],
  reply="brack_memo", mailer="The Bat! (v9.4.2) Professional")

# 12-16 Indian maker, accepted
M("tar_offer", d(2023, 2, 28, 7, 10), ("Devika Narasimhan", TARANG), [("Marina Gordinskaya", MARINA[1])],
  "Spectrum analysers for your laboratory",
  multipart("alternative", [
      T("tar_offer", "Dear Ms. Gordinskaya,\n\nfollowing your enquiry at the metrology forum, Tarangini Test Systems "
        "can offer its TSA-4400 spectrum analyser (9 kHz to 26.5 GHz) as an equivalent to the Brackwell BSA-2650 "
        "that you can no longer obtain. The TSA-4400 is designed and built in Pune; no US-origin parts.\n\nA "
        "demonstration unit can be sent to Verkhnepolesk for four weeks.\n\nWith best regards,\n" + SIG_DEV,
        cs="us-ascii", cte="7bit"),
      textpart("<html><body><p>Dear Ms. Gordinskaya,</p><p>following your enquiry at the metrology forum, Tarangini "
               "Test Systems can offer its TSA-4400 spectrum analyser (9 kHz to 26.5 GHz) as an equivalent to the "
               "Brackwell BSA-2650 that you can no longer obtain.</p><p>With best regards,<br>Devika Narasimhan<br>"
               "Export Manager</p></body></html>", subtype="html", cs="us-ascii", cte="7bit"),
  ], "=_alt_tarangini_01"),
  ev=[("f07", "Tarangini Test Systems can offer its TSA-4400 spectrum analyser (9 kHz to 26.5 GHz) as an equivalent "
              "to the Brackwell BSA-2650"),
      ("f24", "Devika Narasimhan\nExport Manager\nTarangini Test Systems Pvt. Ltd.")],
  mailer="Zoho Mail")

M("tar_ask", d(2023, 3, 3, 10, 2), ("Marina Gordinskaya", MARINA[1]), [("Devika Narasimhan", TARANG)],
  "Re: Spectrum analysers for your laboratory",
  T("tar_ask", "Dear Ms. Narasimhan,\n\nthank you. Please send the demonstration unit and a formal quotation for two "
    "TSA-4400 units with the phase noise option.\n\n" + SIG_M_EN + "\n\n" + quote(BODY["tar_offer"]),
    cs="us-ascii", cte="7bit"),
  ev=[("f07", "Please send the demonstration unit and a formal quotation for two TSA-4400 units"),
      ("f24", "Devika Narasimhan\n> Export Manager")],
  reply="tar_offer")

M("tar_quote", d(2023, 3, 9, 6, 48), ("Devika Narasimhan", TARANG), [("Marina Gordinskaya", MARINA[1])],
  "Quotation TTS/Q/23-0412",
  multipart("mixed", [
      T("tar_quote", "Dear Ms. Gordinskaya,\n\nplease find our quotation attached. The demonstration unit leaves Pune "
        "on Monday.\n\nRegards,\nDevika", cs="us-ascii", cte="7bit"),
      attachment("TTS_Q_23-0412.pdf", "application/pdf", make_pdf(QUOTE_PDF)),
  ], "=_tts_quote_0412"),
  ev=[("f07", "Offered in place of the Brackwell BSA-2650, which is not available to the customer."),
      ("f24", "Devika Narasimhan, Export Manager"),
      ("f26", "Verkhnepolesk Radio Repair Plant OJSC")],
  reply="tar_ask", mailer="Zoho Mail")

M("tar_memo", d(2023, 3, 14, 15, 5), MARINA, [("Ярошевич А.П.", DIRECTOR)],
  "Служебная записка: индийский анализатор спектра",
  T("tar_memo", "Антон Павлович,\n\nдве недели гоняли демонстрационный образец TSA-4400 индийской фирмы Tarangini "
    "(г. Пуна): по диапазону, динамике и погрешности он полностью закрывает задачи, под которые мы брали "
    "американский прибор. Прошу согласовать закупку двух единиц по коммерческому предложению TTS/Q/23-0412.\n\n"
    + SIG_M_RU, cs="windows-1251"),
  ev=[("f07", "демонстрационный образец TSA-4400 индийской фирмы Tarangini"),
      ("f07", "Прошу согласовать закупку двух единиц по коммерческому предложению TTS/Q/23-0412.")])

M("tar_memo_re", d(2023, 3, 15, 8, 20), ("Ярашэвіч А.П.", DIRECTOR), [MARINA],
  "Re: Служебная записка: индийский анализатор спектра",
  T("tar_memo_re", "Пагаджаю закупку двух аналізатараў TSA-4400 у індыйскай фірмы Tarangini. Дагавор — праз аддзел "
    "знешнеэканамічных сувязяў.\n\nА.П. Ярашэвіч\n\n" + quote(BODY["tar_memo"]), cs="windows-1251", cte="8bit"),
  ev=[("f07", "Пагаджаю закупку двух аналізатараў TSA-4400 у індыйскай фірмы Tarangini."),
      ("f07", "демонстрационный образец TSA-4400 индийской фирмы Tarangini")],
  reply="tar_memo", hdr=("windows-1251", "Q"))

# 17-19 Chinese maker: offered, tested, declined for quality (no finding)
M("hx_offer", d(2023, 3, 16, 4, 30), ("Liu Wenbo", HUAXIN), [("Marina Gordinskaya", MARINA[1])],
  "HX-PS power standards and HX-RB10 rubidium standard",
  T("hx_offer", "Dear Madam Gordinskaya,\n\nNanjing Huaxin Precision Instruments Co., Ltd. can replace your European "
    "power standards with our HX-PS series and the rubidium standard with HX-RB10. We will send two samples free of "
    "charge for your evaluation.\n\nBest regards\nLiu Wenbo\nOverseas Sales, Nanjing Huaxin Precision Instruments",
    cs="us-ascii", cte="7bit"), mailer="Foxmail 7.2")

M("hx_no", d(2023, 4, 5, 12, 12), ("Marina Gordinskaya", MARINA[1]), [("Liu Wenbo", HUAXIN)],
  "Re: HX-PS power standards and HX-RB10 rubidium standard",
  T("hx_no", "Dear Mr. Liu,\n\nwe have measured both HX-PS samples against our remaining reference. The deviation is "
    "about three times the value stated in your data sheet, and the drift after warm-up is not acceptable for a "
    "working standard. We will therefore not proceed with your offer.\n\n" + SIG_M_EN + "\n\n" + quote(BODY["hx_offer"]),
    cs="us-ascii", cte="7bit"), reply="hx_offer")

M("hx_memo", d(2023, 4, 6, 9, 40), MARINA, [("Пашкевич И.Л.", PASHK)], "Хуасинь — нет",
  T("hx_memo", "Игорь Леонидович, с китайцами не сложилось: образцы ваттметров Huaxin дали погрешность втрое выше "
    "паспортной, от их предложения отказываемся. Так что с эталонами мощности у нас по-прежнему дыра — буду искать "
    "дальше.\n\nМ.С.", cs="koi8-r", cte="base64"),
  ev=[("f08", "с эталонами мощности у нас по-прежнему дыра")], hdr=("koi8-r", "B"))

# 20 domestic trip (trap)
M("minsk", d(2023, 2, 27, 16, 0), ("Отдел кадров", HR), [MARINA], "Приказ о командировке № 41-к",
  T("minsk", "ПРИКАЗ № 41-к от 27.02.2023\n\nКомандировать главного метролога Гординскую М.С. в г. Минск 02.03.2023 – "
    "03.03.2023 для участия в республиканском совещании по обеспечению единства измерений. Расходы — по смете "
    "службы главного метролога.\n\nИнспектор по кадрам О.В. Клименок", cs="windows-1251", cte="base64"),
  ev=[("f20", "главного метролога Гординскую М.С.")], hdr=("windows-1251", "B"))

# 21-29 joint development with the Tula institute
M("protocol", d(2023, 3, 22, 17, 25), ("Дорофеев С.И.", DOROF), [("Ярошевич Антон Павлович", DIRECTOR)],
  "Протокол № 1 по комплексу КМК-1Р",
  multipart("mixed", [
      T("protocol", "Уважаемый Антон Павлович!\n\nНаправляю подписанный с нашей стороны Протокол № 1 о совместной "
        "разработке комплекса КМК-1Р «Мерило». Прошу подписать и вернуть скан. Копию — Марине Степановне.\n\n"
        "С уважением,\n" + SIG_DOR, cte="quoted-printable"),
      attachment("protokol_1_KMK-1R.docx",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document", make_docx(PROTOCOL)),
  ], "=_uniies_prot1"),
  ev=[("f04", "Стороны совместно создают калибровочно-метрологический комплекс КМК-1Р «Мерило»"),
      ("f04", "ОАО «ВРРЗ» — 30 %, АО «УНИИЭС» — 70 %"),
      ("f21", "в лице директора Ярошевича Антона Павловича"),
      ("f23", "в лице генерального директора Дорофеева Святослава Ильича"),
      ("f23", "Генеральный директор АО «УНИИЭС»\nС.И. Дорофеев"),
      ("f20", "главный метролог Гординская М.С."),
      ("f26", "Открытое акционерное общество «Верхнеполесский радиоремонтный завод»"),
      ("f27", "Ярошевича Антона Павловича"),
      ("f28", "Акционерное общество «Упский научно-исследовательский институт эталонных систем»")],
  cc=[MARINA], mailer="Microsoft Outlook 16.0")

M("counter", d(2023, 4, 20, 11, 11), ("Дорофеев Святослав Ильич", DOROF), [("Ярошевич А.П.", DIRECTOR)],
  "О финансировании работ по КМК-1Р",
  T("counter", "Антон Павлович, добрый день.\n\nСтоимость комплектующих для «Мерила» с начала года выросла почти на "
    "треть. В этой связи предлагаем изменить пункт 2 Протокола № 1 и перейти на паритетную схему — по 50 % каждой "
    "из сторон. Просим рассмотреть.\n\n" + SIG_DOR, cs="koi8-r"),
  ev=[("f04", "предлагаем изменить пункт 2 Протокола № 1"), ("f23", "С.И. Дорофеев")],
  cc=[MARINA], hdr=("koi8-r", "B"))

M("counter_re", d(2023, 4, 25, 15, 47), ("Ярошевич А.П.", DIRECTOR), [("Дорофеев С.И.", DOROF)],
  "Re: О финансировании работ по КМК-1Р",
  T("counter_re", "Святослав Ильич,\n\nпаритет для нас неприемлем: половину затрат завод в этом году не потянет, и "
    "от предложения 50 на 50 мы отказываемся. Готовы обсуждать увеличение нашей доли до 40 % — при условии, что "
    "полевые испытания комплекса пройдут на нашей площадке. Детали предлагаю согласовать во время июньской "
    "встречи в Туле.\n\n" + SIG_D + "\n\n" + quote(BODY["counter"]), cte="quoted-printable"),
  ev=[("f04", "Готовы обсуждать увеличение нашей доли до 40 %"),
      ("f04", "предлагаем изменить пункт 2 Протокола № 1"),
      ("f21", "Директор ОАО «Верхнеполесский радиоремонтный завод»\nА.П. Ярошевич")],
  cc=[MARINA], reply="counter")

M("invite", d(2023, 5, 10, 10, 0), ("Дорофеев С.И.", DOROF), [("Ярошевич А.П.", DIRECTOR)],
  "Приглашение: рабочая встреча по КМК-1Р, Тула, 19–23 июня",
  multipart("alternative", [
      T("invite", "Антон Павлович,\n\nприглашаем специалистов ВРРЗ на рабочую встречу по методикам калибровки "
        "комплекса КМК-1Р. Ждём Марину Степановну и Игоря Леонидовича в Туле с 19 по 23 июня; гостиница у "
        "института забронирована.\n\n" + SIG_DOR),
      textpart("<html><body><p>Антон Павлович,</p><p>приглашаем специалистов ВРРЗ на рабочую встречу по методикам "
               "калибровки комплекса КМК-1Р. Ждём Марину Степановну и Игоря Леонидовича в Туле с 19 по 23 июня; "
               "гостиница у института забронирована.</p><p>Генеральный директор АО «УНИИЭС»<br>С.И. Дорофеев</p>"
               "</body></html>", subtype="html", cte="quoted-printable"),
  ], "=_alt_invite_kmk"),
  ev=[("f10", "Ждём Марину Степановну и Игоря Леонидовича в Туле с 19 по 23 июня"),
      ("f04", "рабочую встречу по методикам калибровки комплекса КМК-1Р")],
  cc=[MARINA], hdr=("utf-8", "Q"))

M("order_tula", d(2023, 6, 12, 14, 30), ("Отдел кадров", HR), [MARINA, ("Пашкевич И.Л.", PASHK)],
  "Приказ о командировке № 112-к (Тула)",
  T("order_tula", "ПРИКАЗ № 112-к от 12.06.2023\n\n1. Командировать в г. Тулу (Российская Федерация), АО «УНИИЭС», с "
    "19.06.2023 по 23.06.2023:\n– Гординскую Марину Степановну — главного метролога;\n– Пашкевича Игоря "
    "Леонидовича — начальника лаборатории радиоизмерений.\n2. Цель командировки: согласование методик калибровки "
    "комплекса КМК-1Р, разрабатываемого совместно с АО «УНИИЭС».\n\nДиректор А.П. Ярошевич",
    cs="windows-1251", cte="8bit"),
  ev=[("f10", "Командировать в г. Тулу (Российская Федерация), АО «УНИИЭС», с 19.06.2023 по 23.06.2023"),
      ("f20", "Гординскую Марину Степановну — главного метролога"),
      ("f22", "Пашкевича Игоря Леонидовича — начальника лаборатории радиоизмерений"),
      ("f04", "комплекса КМК-1Р, разрабатываемого совместно с АО «УНИИЭС»"),
      ("f28", "АО «УНИИЭС»")],
  hdr=("windows-1251", "B"))

M("tula_taras", d(2023, 6, 18, 21, 3), ("Марина", MARINA_P), [("Тарас", TARAS)], "завтра",
  T("tula_taras", "Тарасик, завтра утром мы с Пашкевичем уже в Туле, вернусь в субботу. Суп в холодильнике, кота "
    "корми два раза, а не пять. Целую,\nтвоя М.", cte="base64"),
  ev=[("f10", "завтра утром мы с Пашкевичем уже в Туле")], mailer="Mail.ru Android")

M("tula_report", d(2023, 6, 26, 9, 15), MARINA, [("Ярошевич А.П.", DIRECTOR)], "Отчёт о командировке в Тулу",
  T("tula_report", "Антон Павлович,\n\nотчёт о командировке в г. Тулу (РФ), 19–23.06.2023 (Гординская М.С., "
    "Пашкевич И.Л.).\n\n1. С институтом согласованы методики калибровки измерительных каналов КМК-1Р.\n2. "
    "С.И. Дорофеев подтвердил, что вопрос о долях финансирования закроем дополнительным соглашением к Протоколу "
    "№ 1 — на наших условиях.\n3. Опытный образец «Мерила» туляки обещают к марту.\n\n" + SIG_M_RU, cte="8bit"),
  ev=[("f10", "отчёт о командировке в г. Тулу (РФ), 19–23.06.2023 (Гординская М.С., Пашкевич И.Л.)"),
      ("f04", "вопрос о долях финансирования закроем дополнительным соглашением к Протоколу № 1")])

M("addendum", d(2023, 9, 14, 12, 0), ("Дорофеев С.И.", DOROF), [("Ярошевич А.П.", DIRECTOR)],
  "Дополнительное соглашение № 1 к Протоколу № 1",
  T("addendum", "Антон Павлович,\n\nниже — согласованный текст, оригиналы подписаны обеими сторонами 13.09.2023.\n\n"
    "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 1\nк Протоколу № 1 о совместной разработке комплекса КМК-1Р «Мерило»\n\n"
    "Пункт 2 Протокола изложить в следующей редакции: «Затраты на опытно-конструкторские работы распределяются "
    "так: ОАО «ВРРЗ» — 40 %, АО «УНИИЭС» — 60 %».\nПолевые испытания комплекса проводятся на площадке "
    "ОАО «ВРРЗ» (г. Верхнеполесск).\n\n" + SIG_DOR, cs="windows-1251", cte="quoted-printable"),
  ev=[("f04", "ОАО «ВРРЗ» — 40 %, АО «УНИИЭС» — 60 %"),
      ("f04", "к Протоколу № 1 о совместной разработке комплекса КМК-1Р «Мерило»"),
      ("f28", "АО «УНИИЭС»")],
  cc=[MARINA], hdr=("windows-1251", "Q"))

M("addendum_be", d(2023, 9, 15, 8, 5), MARINA, [("Пашкевіч І.Л.", PASHK)], "«Мерыла»: доля",
  T("addendum_be", "Ігар Леанідавіч, для ведама: падпісана дадатковае пагадненне, і наша доля ў фінансаванні "
    "«Мерыла» цяпер сорак працэнтаў, астатняе плацяць туляне. Палявыя выпрабаванні — у нас.\n\nМ.С. Гардзінская",
    cte="quoted-printable"),
  ev=[("f04", "наша доля ў фінансаванні «Мерыла» цяпер сорак працэнтаў")])

# 30-33 Serbian grey-market broker: declined (no alternative_supplier finding)
M("sav_offer", d(2023, 4, 12, 13, 33), ("Zoran Pejčinović", SAVA), [("Marina Gordinskaya", MARINA[1])],
  "Brackwell BSA-2650 – isporuka",
  T("sav_offer", "Poštovana gospođo Gordinskaja,\n\nsaznali smo da Vam je potreban analizator spektra Brackwell "
    "BSA-2650. Možemo da ga nabavimo preko treće zemlje – originalni uređaj, sa fabričkim sertifikatom, bez pitanja "
    "o krajnjem korisniku. Rok isporuke 6–8 nedelja, plaćanje unapred.\n\nSrdačan pozdrav,\nZoran Pejčinović\n"
    "direktor\nSavatron d.o.o., Beograd, Srbija", cte="quoted-printable"),
  ev=[("f25", "Zoran Pejčinović\ndirektor\nSavatron d.o.o., Beograd"),
      ("f29", "Savatron d.o.o., Beograd")],
  mailer="Microsoft Outlook 16.0", hdr=("utf-8", "Q"))

M("sav_memo", d(2023, 4, 13, 10, 10), MARINA, [("Ярошевич А.П.", DIRECTOR)], "Сербский посредник",
  T("sav_memo", "Антон Павлович,\n\nбелградская фирма «Саватрон» (директор — Зоран Пейчинович) предлагает достать тот "
    "же Brackwell через третьи страны, без документов о конечном пользователе. Это серая схема; предлагаю "
    "отказаться, тем более что индийский прибор нас устраивает.\n\nМ.С. Гординская", cs="koi8-r", cte="base64"),
  ev=[("f25", "белградская фирма «Саватрон» (директор — Зоран Пейчинович)"),
      ("f29", "белградская фирма «Саватрон»")], hdr=("koi8-r", "B"))

M("sav_no", d(2023, 4, 14, 9, 0), ("Marina Gordinskaya", MARINA[1]), [("Zoran Pejčinović", SAVA)],
  "Re: Brackwell BSA-2650 – isporuka",
  T("sav_no", "Dear Mr. Pejčinović,\n\nthank you, but we are not interested. We do not buy instruments through "
    "channels of this kind.\n\nM. Gordinskaya\n\n" + quote(BODY["sav_offer"]), cte="quoted-printable"),
  ev=[("f25", "Zoran Pejčinović\n> direktor\n> Savatron d.o.o., Beograd")],
  reply="sav_offer")

M("sav_again", d(2023, 4, 18, 15, 20), ("Зоран Пејчиновић", SAVA), [("Marina Gordinskaya", MARINA[1])],
  "Re: Re: Brackwell BSA-2650 – isporuka",
  T("sav_again", "Поштована госпођо Гординскаја,\n\nразумемо. Ако се предомислите, понуда важи до краја маја.\n\n"
    "Зоран Пејчиновић\nдиректор „Саватрон“ д.о.о., Београд", cte="base64"),
  ev=[("f25", "Зоран Пејчиновић\nдиректор „Саватрон“ д.о.о., Београд"),
      ("f29", "„Саватрон“ д.о.о., Београд")],
  reply="sav_no", hdr=("utf-8", "B"))

# 34-39 Egypt, Russia, Belarus military work; civil trap
M("egy", d(2023, 5, 22, 12, 40), ("ADF Technical Liaison", EGY), [("Marina Gordinskaya", MARINA[1])],
  "Contract EG-2023/117: shipment and metrology documents",
  T("egy", "Dear Madam,\n\nthe Egyptian Air Defense Forces confirm the shipment of five P-19 transmitter cabinets "
    "and two SNR-125 guidance radar receivers to Verkhnepolesk for overhaul under contract EG-2023/117. Please "
    "prepare calibration certificates in English for every unit.\n\nEng. Hossam Abou-Setta\nTechnical Liaison "
    "Office", cs="us-ascii", cte="7bit"),
  ev=[("f03", "the Egyptian Air Defense Forces confirm the shipment of five P-19 transmitter cabinets and two "
              "SNR-125 guidance radar receivers to Verkhnepolesk for overhaul")])

M("egy_memo", d(2023, 5, 24, 9, 5), MARINA, [("Пашкевич И.Л.", PASHK)], "Египет: что едет",
  T("egy_memo", "Игорь Леонидович,\n\nегиптяне подтвердили: кроме пяти передатчиков П-19 на капремонт к нам едут ещё "
    "два приёмника станции наведения СНР-125. Сертификаты калибровки — на английском, на каждый блок.\n\nМ.С.",
    cte="base64"),
  ev=[("f03", "кроме пяти передатчиков П-19 на капремонт к нам едут ещё два приёмника станции наведения СНР-125")])

M("vks", d(2023, 7, 3, 11, 25), ("Представитель заказчика", VKS), [("Гординская М.С.", MARINA[1])],
  "Сроки по 55Ж6 и 36Д6",
  T("vks", "Марина Степановна,\n\nпрошу подтвердить сроки восстановления приёмных трактов двух РЛС 55Ж6 и "
    "капремонта трёх антенных постов 36Д6 для воинской части 71824 ВКС России. Протоколы измерений нужны к каждой "
    "станции.\n\nПредставитель заказчика Д.Е. Кравчина", cs="koi8-r", cte="quoted-printable"),
  ev=[("f02", "прошу подтвердить сроки восстановления приёмных трактов двух РЛС 55Ж6 и капремонта трёх антенных "
              "постов 36Д6 для воинской части 71824 ВКС России")], hdr=("koi8-r", "Q"))

M("vks_re", d(2023, 7, 4, 16, 0), MARINA, [("Представитель заказчика", VKS)], "Re: Сроки по 55Ж6 и 36Д6",
  T("vks_re", "Дмитрий Евгеньевич,\n\nпо 55Ж6 сроки подтверждаем (сентябрь). По 36Д6 — только при условии, что до "
    "октября получим новые анализаторы спектра: своего исправного сейчас нет ни одного.\n\n" + SIG_M_RU + "\n\n"
    + quote(BODY["vks"]), cs="koi8-r", cte="8bit"),
  ev=[("f09", "своего исправного сейчас нет ни одного"),
      ("f02", "прошу подтвердить сроки восстановления приёмных трактов двух РЛС 55Ж6 и капремонта трёх антенных "
              "постов 36Д6 для воинской части 71824 ВКС России")],
  reply="vks", mailer="The Bat! (v9.4.2) Professional", hdr=("koi8-r", "B"))

M("by_order", d(2023, 5, 3, 8, 30), ("Ярашэвіч А.П.", DIRECTOR), [MARINA, ("Пашкевіч І.Л.", PASHK)],
  "Дзяржабаронзаказ: П-18 і 5Н84А",
  T("by_order", "Калегі,\n\nпа дзяржаўным абаронным заказе заводу даручана мадэрнізацыя чатырох РЛС П-18 (да ўзроўню "
    "П-18Т) і аднаўленчы рамонт двух радыёлакацыйных комплексаў 5Н84А для Ваенна-паветраных сіл і войскаў "
    "супрацьпаветранай абароны. Службе галоўнага метролага — падрыхтаваць графік павераў.\n\n" + SIG_D_BE,
    cs="windows-1251", cte="base64"),
  ev=[("f01", "заводу даручана мадэрнізацыя чатырох РЛС П-18 (да ўзроўню П-18Т) і аднаўленчы рамонт двух "
              "радыёлакацыйных комплексаў 5Н84А для Ваенна-паветраных сіл і войскаў супрацьпаветранай абароны"),
      ("f21", "Дырэктар ААТ «Вярхнепалескі радыёрамонтны завод»\nА.П. Ярашэвіч")],
  hdr=("windows-1251", "B"))

M("by_order_re", d(2023, 5, 4, 10, 45), ("Пашкевич И.Л.", PASHK), [MARINA], "Re: Дзяржабаронзаказ: П-18 і 5Н84А",
  T("by_order_re", "Марина Степановна, график сделаю. Но для 5Н84А нужна поверенная эталонная база по мощности — а "
    "её, как вы знаете, у нас сейчас нет.\n\nИ.П.\n\n" + quote(BODY["by_order"]), cte="base64"),
  ev=[("f08", "для 5Н84А нужна поверенная эталонная база по мощности — а её, как вы знаете, у нас сейчас нет"),
      ("f01", "заводу даручана мадэрнізацыя чатырох РЛС П-18 (да ўзроўню П-18Т)")],
  reply="by_order")

M("hydro", d(2023, 3, 27, 14, 10), ("Гидрометцентр, отдел радиолокации", HYDRO), [("Гординская М.С.", MARINA[1])],
  "МРЛ-5: поверка после ремонта",
  T("hydro", "Марина Степановна, добрый день.\n\nМетеорадиолокатор МРЛ-5 после вашего ремонта работает штатно, "
    "спасибо. Пришлите, пожалуйста, свидетельство о поверке канала отражаемости — без него не можем ввести станцию "
    "в сеть штормооповещения.\n\nВедущий инженер Н.А. Сушко", cte="quoted-printable"),
  mailer="Roundcube Webmail/1.6.1")

# 40-44 daughter, university, Polish visa refused
M("eva_uni", d(2023, 2, 15, 19, 20), ("Ewa", EVA), [("Mama", MARINA_P)], "Fw: Zaświadczenie o studiowaniu",
  T("eva_uni", "Мам, пересылаю письмо из деканата, пригодится для твоей визы.\n\nтвоя Ева\n\n"
    "-------- Wiadomość przekazana --------\nOd: Dziekanat Wydziału Geografii <" + UNI + ">\n"
    "Temat: Zaświadczenie o studiowaniu\n\nSzanowna Pani Eva Hardzinskaya,\n\nniniejszym zaświadczamy, że jest Pani "
    "studentką II roku studiów licencjackich na kierunku geoinformatyka Uniwersytetu Nadwiślańskiego w Warszawie. "
    "Jako obywatelka Republiki Białorusi, posiadająca kartę pobytu czasowego ważną do 30.09.2024, jest Pani "
    "uprawniona do kontynuowania studiów bez dodatkowych formalności.\n\nZ poważaniem\nDziekanat Wydziału Geografii",
    cte="quoted-printable"),
  ev=[("f15", "Jako obywatelka Republiki Białorusi"),
      ("f17", "Мам, пересылаю письмо из деканата, пригодится для твоей визы.\n\nтвоя Ева")],
  mailer="Outlook for Android")

M("visa_app", d(2023, 7, 20, 12, 0), ("Визовый центр", VISA), [("HARDZINSKAYA MARYNA", MARINA_P)],
  "Заявление принято / Wniosek przyjęty",
  T("visa_app", "Уважаемая заявительница!\n\nВаше заявление на национальную визу Республики Польша принято.\n"
    "Заявитель: HARDZINSKAYA MARYNA\nДата рождения: 23.05.1974\nГражданство: Республика Беларусь\nЦель поездки: "
    "посещение дочери — Гординской Евы Тарасовны, студентки университета в Варшаве\nПланируемые даты: "
    "18.08.2023 – 27.08.2023\n\nСрок рассмотрения — до 15 рабочих дней.", cte="base64"),
  ev=[("f13", "Гражданство: Республика Беларусь"),
      ("f17", "посещение дочери — Гординской Евы Тарасовны, студентки университета в Варшаве")])

M("visa_no", d(2023, 8, 9, 15, 30), ("Визовый центр", VISA), [("HARDZINSKAYA MARYNA", MARINA_P)],
  "Решение по заявлению / Decyzja",
  T("visa_no", "Уважаемая заявительница!\n\nКонсул принял решение об отказе в выдаче визы. Паспорт можно получить в "
    "визовом центре с 10.08.2023.\n\nKonsul odmówił wydania wizy (uzasadniony cel podróży nie został "
    "potwierdzony).", cte="base64"))

M("visa_eva", d(2023, 8, 9, 20, 42), ("Мама", MARINA_P), [("Ewa", EVA)], "виза",
  T("visa_eva", "Доченька, визу мне не дали — в Варшаву в августе не приеду. Не расстраивайся, придумаем что-нибудь "
    "на зимние каникулы.\n\nМама", cte="8bit"),
  ev=[("f17", "Доченька, визу мне не дали")], mailer="Mail.ru Android")

# 45-49 Egypt holiday, husband, mother-in-law
HOTEL_HTML = (
    "<html><head><meta charset=\"utf-8\"></head><body>"
    "<h2>Подтверждение бронирования № PT-23-8841</h2>"
    "<p>Направление: Египет, Хургада, отель Coral Shore Resort 4*</p>"
    "<p>Даты: 14.10.2023 – 24.10.2023, 10 ночей, все включено</p>"
    "<p>Туристы:</p><ul>"
    "<li>HARDZINSKAYA MARYNA, 23.05.1974 — паспорт гражданина Республики Беларусь</li>"
    "<li>HORDYNSKYI TARAS, 12.03.1975 — паспорт громадянина України</li></ul>"
    "<p>Вылет из Минска 14.10.2023 в 06:40.</p>"
    "<p>Турагентство «Полесье-Тур», тел. +375 16 555-80-80</p></body></html>"
)
M("egypt_booking", d(2023, 9, 20, 17, 2), ("Полесье-Тур", TOUR), [("Марина", MARINA_P)],
  "Подтверждение бронирования: Египет, Хургада",
  textpart(HOTEL_HTML, subtype="html", cte="quoted-printable"),
  ev=[("f11", "Направление: Египет, Хургада, отель Coral Shore Resort 4*"),
      ("f11", "Даты: 14.10.2023 – 24.10.2023, 10 ночей, все включено"),
      ("f13", "HARDZINSKAYA MARYNA, 23.05.1974 — паспорт гражданина Республики Беларусь"),
      ("f14", "HORDYNSKYI TARAS, 12.03.1975 — паспорт громадянина України")],
  mailer="Bitrix24")

M("vacation", d(2023, 9, 25, 9, 0), MARINA, [("Отдел кадров", HR)], "Заявление на отпуск",
  T("vacation", "Прошу предоставить мне трудовой отпуск с 13.10.2023 по 25.10.2023.\n\nДоводу до сведения, что в "
    "период отпуска выезжаю в Арабскую Республику Египет (г. Хургада) вместе с мужем, Гординским Тарасом "
    "Богдановичем, гражданином Украины.\n\n" + SIG_M_RU, cs="windows-1251"),
  ev=[("f11", "выезжаю в Арабскую Республику Египет (г. Хургада) вместе с мужем, Гординским Тарасом Богдановичем"),
      ("f14", "Гординским Тарасом Богдановичем, гражданином Украины"),
      ("f16", "вместе с мужем, Гординским Тарасом Богдановичем"),
      ("f20", "Главный метролог ОАО «ВРРЗ»\nМ.С. Гординская")], hdr=("windows-1251", "B"))

M("hanna_re", d(2023, 10, 28, 10, 30), ("Тарас Гординський", TARAS), [("Ганна Гординська", HANNA)],
  "Re: Як ви там?", None,  # filled below (quotes the loose letter)
  ev=[("f11", "Відпочили в Хургаді добре"),
      ("f19", "Мамо, не хвилюйся"),
      ("f18", "наша донька Єва")],
  cc=[("Марина", MARINA_P)], mailer="Gmail")

M("anketa", d(2023, 6, 29, 13, 50), MARINA, [("Отдел кадров", HR)], "Анкета для допуска",
  multipart("mixed", [
      T("anketa", "Добрый день. Заполненная анкета во вложении, оригинал с подписью занесу в понедельник.\n\n"
        "М.С. Гординская", cte="quoted-printable"),
      attachment("anketa_Gordinskaya.docx",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document", make_docx(ANKETA)),
  ], "=_anketa_2023"),
  ev=[("f13", "3. Гражданство: Республика Беларусь; иного гражданства не имела и не имею"),
      ("f14", "Муж — Гординский Тарас Богданович, 12.03.1975 г.р., уроженец г. Львова, гражданин Украины"),
      ("f15", "Дочь — Гординская Ева Тарасовна, 07.11.2003 г.р., гражданка Республики Беларусь"),
      ("f16", "Муж — Гординский Тарас Богданович"),
      ("f17", "Дочь — Гординская Ева Тарасовна"),
      ("f19", "Свекровь — Гординская Анна Ивановна"),
      ("f20", "4. Место работы и должность: ОАО «ВРРЗ», главный метролог (с 2016 г.)")],
  mailer="Mozilla Thunderbird 115.3")

M("vnzh", d(2023, 12, 12, 18, 10), ("Тарас", TARAS), [("Марічка", MARINA_P)], "посвідка",
  T("vnzh", "Марічко, сьогодні в міграційній службі продовжили мій вид на проживання в Білорусі ще на п'ять років. "
    "Громадянство в мене, як і було, українське — нічого міняти не треба.\nТвій Т.", cte="8bit"),
  ev=[("f14", "Громадянство в мене, як і було, українське")], mailer="Gmail")

# 50-53 Serbia with the daughter
M("eva_bg", d(2023, 12, 5, 22, 15), ("Ewa", EVA), [("Mama", MARINA_P)], "каникулы",
  T("eva_bg", "Мам, давай на каникулах в Белград? Сербия для нас обеих без визы, я нашла отель на Дорчоле, с 3 по 8 "
    "января. Papa powiedział, że nie jedzie, bo ma robotę na budowie.\n\nЕва", cte="8bit"),
  ev=[("f12", "давай на каникулах в Белград? Сербия для нас обеих без визы")], mailer="Outlook for Android")

M("serbia_hr", d(2023, 12, 20, 11, 0), MARINA, [("Отдел кадров", HR)], "Уведомление о выезде",
  T("serbia_hr", "Уведомляю о частной поездке за границу: Республика Сербия, г. Белград, 03.01.2024 – 08.01.2024, "
    "вместе с дочерью, Гординской Евой Тарасовной.\n\n" + SIG_M_RU, cte="quoted-printable"),
  ev=[("f12", "Республика Сербия, г. Белград, 03.01.2024 – 08.01.2024, вместе с дочерью, Гординской Евой "
              "Тарасовной"),
      ("f17", "вместе с дочерью, Гординской Евой Тарасовной")])

M("hotel_thanks", d(2024, 1, 9, 9, 0), ("Hotel Zlatni Bagrem", HOTEL), [("Marina Hardzinskaya", MARINA_P)],
  "Hvala na boravku",
  T("hotel_thanks", "Poštovana gospođo Hardzinskaja,\n\nhvala Vam što ste od 3. do 8. januara boravili u hotelu "
    "Zlatni Bagrem u Beogradu sa ćerkom. Nadamo se da ćemo Vas ponovo ugostiti.\n\nRecepcija\nHotel Zlatni "
    "Bagrem, Dorćol, Beograd", cte="quoted-printable"),
  ev=[("f12", "hvala Vam što ste od 3. do 8. januara boravili u hotelu Zlatni Bagrem u Beogradu sa ćerkom")],
  hdr=("utf-8", "Q"))

M("hanna_jan", d(2024, 1, 10, 20, 0), ("Марина", MARINA_P), [("Ганна Гординська", HANNA)], "Белград",
  T("hanna_jan", "Анна Ивановна, здравствуйте! Вернулись с Евой из Белграда — город понравился, Ева каждый день "
    "водила меня по музеям. Тарас звонил вам? Он всё собирается.\n\nОбнимаю, Марина", cs="koi8-r", cte="8bit"),
  ev=[("f12", "Вернулись с Евой из Белграда")], hdr=("koi8-r", "B"))

# 54-60 traps and routine
M("rumour", d(2023, 11, 7, 15, 0), ("Пашкевич И.Л.", PASHK), [MARINA], "слухи",
  T("rumour", "Марина Степановна, говорят, кто-то из снабженцев летал в Стамбул договариваться о разъёмах — но "
    "фамилий никто не называет, так что это просто разговоры в курилке.\n\nИ.Л.", cs="koi8-r", cte="base64"),
  hdr=("koi8-r", "B"))

M("pune_cancel", d(2023, 11, 20, 10, 0), ("Пашкевич И.Л.", PASHK), [MARINA], "Пуна — отбой",
  T("pune_cancel", "Марина Степановна, поездка в Пуну на приёмку у Tarangini отменяется: Антон Павлович не подписал "
    "командировку, приёмку проведём по видеосвязи. Билеты я сдал.\n\n" + SIG_P, cte="quoted-printable"))

M("tar_ship", d(2023, 10, 2, 7, 0), ("Devika Narasimhan", TARANG), [("Marina Gordinskaya", MARINA[1])],
  "Dispatch of two TSA-4400 units", None, loose="003.eml")  # filled below

M("tar_ok", d(2023, 11, 15, 16, 40), ("Пашкевич И.Л.", PASHK), [MARINA], "TSA-4400 в строю",
  T("tar_ok", "Оба индийских TSA-4400 прошли первичную поверку и введены в эксплуатацию. Настройку передатчиков П-19 "
    "египетского заказа и трактов 55Ж6 возобновили.\n\n" + SIG_P, cte="8bit"),
  ev=[("f07", "Оба индийских TSA-4400 прошли первичную поверку и введены в эксплуатацию."),
      ("f03", "Настройку передатчиков П-19 египетского заказа")])

M("metro_day", d(2023, 5, 19, 8, 0), ("Прафкам", PROF), [("Усім супрацоўнікам", "all@vrrz.example.by")],
  "З Сусветным днём метралогіі!",
  T("metro_day", "Паважаныя калегі!\n\nПрафсаюзны камітэт віншуе службу галоўнага метролага з Сусветным днём "
    "метралогіі. 20 мая — экскурсія ў Мінск, запіс у прафкаме да чацвярга.\n\nПрафкам ААТ «ВРРЗ»",
    cs="windows-1251", cte="quoted-printable"), hdr=("windows-1251", "Q"))

M("it", d(2023, 1, 25, 7, 30), ("ИТ-отдел", IT), [("Все пользователи", "all@vrrz.example.by")],
  "Смена паролей до 31.01",
  T("it", "Уважаемые пользователи! До 31 января смените пароль к почте и 1С. Пароль — не короче 12 символов.\n\n"
    "ИТ-отдел", cs="koi8-r", cte="quoted-printable"), hdr=("koi8-r", "Q"))

M("report2023", d(2024, 2, 20, 12, 0), ("Ярошевич А.П.", DIRECTOR), [MARINA, ("Пашкевич И.Л.", PASHK)],
  "Итоги 2023 года (к совещанию)",
  T("report2023", "Коллеги, тезисы к итоговому совещанию.\n\nВ 2023 году завод модернизировал четыре П-18 до "
    "уровня П-18Т для белорусских ВВС и войск ПВО, восстановил два комплекса 5Н84А, вернул в строй приёмные тракты "
    "двух 55Ж6 и три антенных поста 36Д6 российским ВКС, отремонтировал передатчики П-19 и приёмники СНР-125 "
    "египетскому заказчику. Метеорадиолокатор для гидрометцентра — гражданский заказ, в оборонные показатели не "
    "входит.\n\nПо «Мерилу» (КМК-1Р) опытный образец ожидается в марте; наша доля затрат — 40 %.\n\nЭталоны мощности "
    "так и не закрыты: после отказа австрийцев и неудачи с китайскими образцами поверять часть парка по-прежнему "
    "нечем.\n\n" + SIG_D, cs="windows-1251", cte="base64"),
  ev=[("f01", "модернизировал четыре П-18 до уровня П-18Т для белорусских ВВС и войск ПВО, восстановил два комплекса "
              "5Н84А"),
      ("f02", "вернул в строй приёмные тракты двух 55Ж6 и три антенных поста 36Д6 российским ВКС"),
      ("f03", "отремонтировал передатчики П-19 и приёмники СНР-125 египетскому заказчику"),
      ("f04", "По «Мерилу» (КМК-1Р) опытный образец ожидается в марте; наша доля затрат — 40 %."),
      ("f08", "Эталоны мощности так и не закрыты"),
      ("f05", "после отказа австрийцев"),
      ("f21", "Директор ОАО «Верхнеполесский радиоремонтный завод»\nА.П. Ярошевич")],
  hdr=("windows-1251", "B"))

M("eva_card", d(2024, 2, 5, 21, 0), ("Ewa", EVA), [("Mama", MARINA_P)], "karta pobytu",
  T("eva_card", "Mamo, kartę pobytu mi przedłużyli do 2026 roku! Паспорт у меня по-прежнему только белорусский, "
    "никакого польского гражданства, не волнуйся, бабушке тоже скажи.\n\nEwa", cte="base64"),
  ev=[("f15", "Паспорт у меня по-прежнему только белорусский")], mailer="Outlook for Android")

M("lviv_hypo", d(2023, 12, 27, 19, 0), ("Тарас", TARAS), [("Марічка", MARINA_P)], "Різдво",
  T("lviv_hypo", "Марічко, якби кордон відкрили, ми б утрьох поїхали до Львова на Різдво, до мами. Але поки що — "
    "тільки відеодзвінок. Єва каже, що з Варшави подзвонить сама.\nТ.", cte="quoted-printable"),
  ev=[], mailer="Gmail")

M("calib_sched", d(2023, 6, 5, 10, 0), MARINA, [("Пашкевич И.Л.", PASHK)], "График поверки на III квартал",
  T("calib_sched", "Игорь Леонидович, график поверки СИ на III квартал согласован. Манометры и термометры — по "
    "договору с областным ЦСМС, остальное — своими силами.\n\nМ.С.", cs="koi8-r", cte="8bit"),
  hdr=("koi8-r", "B"))

M("tula_hotel", d(2023, 6, 14, 12, 0), ("Кондакова Л.В.", "l.kondakova@uniies.example.ru"), [MARINA],
  "Проживание в Туле 19–23.06",
  T("tula_hotel", "Марина Степановна, для вас и И.Л. Пашкевича забронированы два номера в гостинице «Оружейная» с 19 "
    "по 23 июня. Пропуска на территорию института будут на проходной.\n\nЛ.В. Кондакова, секретарь генерального "
    "директора АО «УНИИЭС»", cte="base64"),
  ev=[("f10", "для вас и И.Л. Пашкевича забронированы два номера в гостинице «Оружейная» с 19 по 23 июня")])

M("spare_parts", d(2023, 8, 22, 9, 45), ("Пашкевич И.Л.", PASHK), [MARINA], "Аттенюаторы",
  T("spare_parts", "Марина Степановна, аттенюаторы Д2 нашлись на складе, 12 штук, с паспортами. Так что по ним "
    "дефицита нет — заявку можно снять.\n\nИ.Л.", cs="windows-1251", cte="quoted-printable"),
  hdr=("windows-1251", "B"))

M("hx_follow", d(2023, 5, 8, 4, 0), ("Liu Wenbo", HUAXIN), [("Marina Gordinskaya", MARINA[1])],
  "Re: Re: HX-PS power standards and HX-RB10 rubidium standard",
  T("hx_follow", "Dear Madam Gordinskaya,\n\nwe are sorry for the result. Our new batch will have better "
    "specification; may we send new samples in autumn?\n\nLiu Wenbo", cs="us-ascii", cte="7bit"),
  reply="hx_no", mailer="Foxmail 7.2")

M("egy_certs", d(2023, 9, 28, 14, 0), ("Marina Gordinskaya", MARINA[1]), [("ADF Technical Liaison", EGY)],
  "Re: Contract EG-2023/117: shipment and metrology documents",
  T("egy_certs", "Dear Eng. Abou-Setta,\n\nthe calibration certificates for the five P-19 transmitter cabinets are "
    "ready; the two SNR-125 receivers will follow in October.\n\n" + SIG_M_EN + "\n\n" + quote(BODY["egy"]),
    cs="us-ascii", cte="7bit"),
  ev=[("f03", "the Egyptian Air Defense Forces confirm the shipment of five P-19 transmitter cabinets and two "
              "SNR-125 guidance radar receivers to Verkhnepolesk for overhaul"),
      ("f20", "Chief Metrologist, Verkhnepolesk Radio Repair Plant OJSC")],
  reply="egy")

M("protocol_signed", d(2023, 3, 24, 11, 0), ("Ярошевич А.П.", DIRECTOR), [("Дорофеев С.И.", DOROF)],
  "Re: Протокол № 1 по комплексу КМК-1Р",
  T("protocol_signed", "Святослав Ильич, протокол подписан, скан направлен в канцелярию института. Со стороны завода "
    "работу ведёт главный метролог Марина Степановна Гординская.\n\nА.П. Ярошевич\n\n" + quote(BODY["protocol"]),
    cs="windows-1251", cte="quoted-printable"),
  ev=[("f04", "Направляю подписанный с нашей стороны Протокол № 1 о совместной разработке комплекса КМК-1Р «Мерило»"),
      ("f20", "работу ведёт главный метролог Марина Степановна Гординская"),
      ("f23", "Генеральный директор АО «УНИИЭС»\n> С.И. Дорофеев")],
  reply="protocol", cc=[MARINA], hdr=("windows-1251", "Q"))

M("ru_pass_rumour", d(2023, 10, 10, 10, 0), ("Пашкевич И.Л.", PASHK), [MARINA], "Re: анкеты",
  T("ru_pass_rumour", "Марина Степановна, кадровики говорят, что у одного из новых инженеров два паспорта, "
    "белорусский и российский, и теперь переделывают ему анкету. Кто — не сказали. У нас с вами, слава богу, всё "
    "просто.\n\nИ.Л.", cs="koi8-r", cte="quoted-printable"), hdr=("koi8-r", "B"))

M("xmas", d(2023, 12, 29, 16, 0), ("Ярашэвіч А.П.", DIRECTOR), [("Усім супрацоўнікам", "all@vrrz.example.by")],
  "З Новым годам!",
  T("xmas", "Паважаныя калегі! Дзякую за цяжкі, але плённы год. Зычу здароўя і спакою вам і вашым сем'ям.\n\n"
    "А.П. Ярашэвіч", cte="base64"))

# ---- the loose letters

HANNA_LETTER = ("Доброго дня, мої рідні!\n\nТарасику, синочку, як ви там? Марічко, як відпочили з Тарасом у Хургаді? "
                "Чи не пекло там сонце? У Львові вже холодно, топимо.\n\nЯ все чекаю, коли побачу вас і онуку Євоньку. "
                "Якби кордони відкрили, ви б із Тарасом приїхали до Львова на Різдво — я б вареників наліпила.\n\n"
                "Цілую, ваша мама Ганна Іванівна")
M("hanna_letter", d(2023, 10, 27, 18, 20), ("Ганна Гординська", HANNA),
  [("Тарас Гординський", TARAS), ("Марина", MARINA_P)], "Як ви там?",
  T("hanna_letter", HANNA_LETTER, cte="8bit"),
  ev=[("f11", "Марічко, як відпочили з Тарасом у Хургаді?"),
      ("f19", "Тарасику, синочку, як ви там?")],
  mailer="Gmail", loose="002.eml", hdr=("utf-8", "B"))

HOTEL_SR = ("Поштована госпођо Хардзинскаја,\n\nпотврђујемо Вашу резервацију у хотелу „Златни багрем“, Београд:\n"
            "двокреветна соба, 03.01.2024 – 08.01.2024 (5 ноћења), доручак укључен.\nГости: Marina Hardzinskaya, "
            "Eva Hardzinskaya.\n\nPoštovana gospođo Hardzinskaja, potvrđujemo Vašu rezervaciju u hotelu „Zlatni "
            "bagrem“, Beograd, od 03.01.2024 do 08.01.2024, za dve osobe.\n\nРецепција / Recepcija\nHotel Zlatni Bagrem, "
            "Cara Dušana 61, Beograd")
M("hotel_bg", d(2023, 12, 8, 13, 13), ("Hotel Zlatni Bagrem", HOTEL), [("Marina Hardzinskaya", MARINA_P)],
  "Потврда резервације / Potvrda rezervacije",
  T("hotel_bg", HOTEL_SR, cte="quoted-printable"),
  ev=[("f12", "потврђујемо Вашу резервацију у хотелу „Златни багрем“, Београд:\nдвокреветна соба, 03.01.2024 – "
              "08.01.2024 (5 ноћења)"),
      ("f12", "Гости: Marina Hardzinskaya, Eva Hardzinskaya.")],
  loose="001.eml", no_mid=True, hdr=("utf-8", "B"))

TAR_SHIP = ("Dear Ms. Gordinskaya,\n\nwe are pleased to inform you that the two TSA-4400 spectrum analysers ordered "
            "under contract TTS/BY/23-019 left Pune today via Nhava Sheva. The export documents name the end user as "
            "Verkhnepolesk Radio Repair Plant OJSC, Belarus.\n\n" + SIG_DEV)
BODY["tar_ship"] = TAR_SHIP

# fill the deferred parts
for m in MESSAGES:
    if m["key"] == "tar_ship":
        m["part"] = textpart(TAR_SHIP, cs="us-ascii", cte="7bit")
        m["ev"] = [("f07", "the two TSA-4400 spectrum analysers ordered under contract TTS/BY/23-019 left Pune today"),
                   ("f24", "Devika Narasimhan\nExport Manager"),
                   ("f26", "Verkhnepolesk Radio Repair Plant OJSC")]
        m["mailer"] = "Zoho Mail"
    if m["key"] == "hanna_re":
        m["part"] = T("hanna_re", "Мамо, не хвилюйся, у нас усе гаразд. Відпочили в Хургаді добре, Марина засмагла, "
                      "а я нарешті виспався. Наша донька Єва дзвонила з Варшави — вчиться, просить передати тобі "
                      "привіт.\n\nТвій Тарас\n\n27.10.2023, Ганна Гординська пише:\n" + quote(HANNA_LETTER),
                      cte="quoted-printable")
        m["ev"] = [("f11", "Відпочили в Хургаді добре"), ("f19", "Мамо, не хвилюйся"),
                   ("f18", "Наша донька Єва дзвонила з Варшави"),
                   ("f11", "Марічко, як відпочили з Тарасом у Хургаді?")]
        m["reply"] = "hanna_letter"

for m in MESSAGES:
    if m["key"] in KOI_KEYS:
        m["ev"] = [(f, koi(q)) for f, q in m["ev"]]

# ---------------------------------------------------------------------------- building raw messages


def mid_of(key, domain):
    return "<" + hashlib.sha1(("holdout25/" + key).encode()).hexdigest()[:16] + "@" + domain + ">"


def domain_of(email):
    return email.split("@", 1)[1]


MID = {m["key"]: mid_of(m["key"], domain_of(m["frm"][1])) for m in MESSAGES}


def fmt_addrs(lst, cs, mode):
    return ",\n ".join(addr(n, e, cs, mode) for n, e in lst)


def build(m):
    cs, mode = m["hdr"]
    h = [("From", addr(m["frm"][0], m["frm"][1], cs, mode)), ("To", fmt_addrs(m["to"], cs, mode))]
    if m["cc"]:
        h.append(("Cc", fmt_addrs(m["cc"], cs, mode)))
    h.append(("Subject", ew(m["subject"], cs, mode)))
    h.append(("Date", format_datetime(m["when"])))
    if not m["no_mid"]:
        h.append(("Message-ID", MID[m["key"]]))
    if m["reply"]:
        h.append(("In-Reply-To", MID[m["reply"]]))
        h.append(("References", MID[m["reply"]]))
    h.append(("MIME-Version", "1.0"))
    h.append(("X-Mailer", m["mailer"]))
    ph, pb = m["part"]
    head = "".join(f"{k}: {v}\n" for k, v in h + ph)
    return head.encode("ascii") + b"\n" + pb


RAW = {}
for m in MESSAGES:
    if m["key"] == "holl_no":
        RAW["holl_no"] = build(m)
for m in MESSAGES:
    if m["key"] == "holl_fwd":
        hdrs, body = m["part"]
        # replace the placeholder rfc822 part with the original German letter
        parts = [textpart(BODY["holl_fwd"], cs="windows-1251"), rfc822part(RAW["holl_no"])]
        m["part"] = multipart("mixed", parts, "=_fwd_holl_77")
for m in MESSAGES:
    RAW[m["key"]] = build(m)


def cite_id(m):
    if m["no_mid"]:
        return "<sha256:" + hashlib.sha256(RAW[m["key"]]).hexdigest() + ">"
    return MID[m["key"]]


# ---------------------------------------------------------------------------- truth

ENTITIES = [
    dict(id="o_vrrz", schema="Company", name="Verkhnepolesk Radio Repair Plant OJSC", names=[
        "Verkhnepolesk Radio Repair Plant OJSC", "Verkhnepolesk Radio Repair Plant", "VRRZ",
        "ОАО «Верхнеполесский радиоремонтный завод»", "Открытое акционерное общество «Верхнеполесский радиоремонтный завод»",
        "Верхнеполесский радиоремонтный завод", "ОАО «ВРРЗ»", "ВРРЗ", "ААТ «Вярхнепалескі радыёрамонтны завод»",
        "Вярхнепалескі радыёрамонтны завод", "ААТ «ВРРЗ»"], properties={"country": ["by"]}),
    dict(id="o_uniies", schema="Company", name="Upa Research Institute of Reference Systems JSC", names=[
        "Upa Research Institute of Reference Systems JSC", "UNIIES", "АО «УНИИЭС»", "УНИИЭС",
        "Акционерное общество «Упский научно-исследовательский институт эталонных систем»",
        "Упский научно-исследовательский институт эталонных систем"], properties={"country": ["ru"]}),
    dict(id="o_hollereder", schema="Company", name="Hollereder Messtechnik GmbH", names=[
        "Hollereder Messtechnik GmbH", "Hollereder"], properties={"country": ["at"]}),
    dict(id="o_brackwell", schema="Company", name="Brackwell Instruments, Inc.", names=[
        "Brackwell Instruments, Inc.", "Brackwell Instruments", "Brackwell"], properties={"country": ["us"]}),
    dict(id="o_tarangini", schema="Company", name="Tarangini Test Systems Pvt. Ltd.", names=[
        "Tarangini Test Systems Pvt. Ltd.", "Tarangini Test Systems", "Tarangini", "TARANGINI TEST SYSTEMS PVT. LTD."],
        properties={"country": ["in"]}),
    dict(id="o_huaxin", schema="Company", name="Nanjing Huaxin Precision Instruments Co., Ltd.", names=[
        "Nanjing Huaxin Precision Instruments Co., Ltd.", "Nanjing Huaxin Precision Instruments", "Huaxin", "Хуасинь"],
        properties={"country": ["cn"]}),
    dict(id="o_savatron", schema="Company", name="Savatron d.o.o.", names=[
        "Savatron d.o.o.", "Savatron", "Саватрон", "„Саватрон“ д.о.о."], properties={"country": ["rs"]}),
    dict(id="p_marina", schema="Person", name="Maryna Hardzinskaya", names=[
        "Гординская Марина Степановна", "Марина Степановна", "Марину Степановну", "Марине Степановне",
        "Гординская М.С.", "М.С. Гординская", "Гординскую М.С.", "Гординскую Марину Степановну",
        "Марина Степановна Гординская", "М.С. Гардзінская", "Марына Сцяпанаўна", "Marina Gordinskaya",
        "Ms. Gordinskaya", "Frau Gordinskaya", "M. Gordinskaya", "Madam Gordinskaya", "HARDZINSKAYA MARYNA",
        "Marina Hardzinskaya", "Maryna Hardzinskaya", "Марічко", "Марічка", "Марина", "gospođo Gordinskaja",
        "госпођо Гординскаја", "Хардзинскаја", "gospođo Hardzinskaja"],
        properties={"email": [MARINA[1], MARINA_P], "birthDate": ["1974-05-23"], "nationality": ["by"]}),
    dict(id="p_taras", schema="Person", name="Taras Hordynskyi", names=[
        "Тарас Гординський", "Гординский Тарас Богданович", "Гординским Тарасом Богдановичем",
        "HORDYNSKYI TARAS", "Taras Hordynskyi", "Тарасик", "Тарасику", "Тарас", "Тарасом", "Твій Тарас"],
        properties={"email": [TARAS], "birthDate": ["1975-03-12"], "nationality": ["ua"]}),
    dict(id="p_eva", schema="Person", name="Eva Hardzinskaya", names=[
        "Гординская Ева Тарасовна", "Гординской Евы Тарасовны", "Гординской Евой Тарасовной", "Ева", "Евой",
        "Eva Hardzinskaya", "Pani Eva Hardzinskaya", "Ewa", "Єва", "Євоньку", "Доченька"],
        properties={"email": [EVA], "birthDate": ["2003-11-07"], "nationality": ["by"]}),
    dict(id="p_hanna", schema="Person", name="Hanna Hordynska", names=[
        "Ганна Гординська", "Ганна Іванівна", "Гординская Анна Ивановна", "Анна Ивановна", "мама Ганна Іванівна"],
        properties={"email": [HANNA], "nationality": ["ua"]}),
    dict(id="p_yaroshevich", schema="Person", name="Anton Yaroshevich", names=[
        "Ярошевич А.П.", "А.П. Ярошевич", "Ярошевич Антон Павлович", "Ярошевича Антона Павловича", "Антон Павлович",
        "Антону Павловичу", "Ярашэвіч А.П.", "А.П. Ярашэвіч"], properties={"nationality": ["by"]}),
    dict(id="p_pashkevich", schema="Person", name="Ihar Pashkevich", names=[
        "Пашкевич И.Л.", "И.Л. Пашкевич", "Пашкевич Игорь Леонидович", "Игорь Леонидович", "Игоря Леонидовича",
        "Пашкевича Игоря Леонидовича", "Пашкевичем", "И.Л. Пашкевича", "Пашкевіч І.Л.", "Ігар Леанідавіч"],
        properties={}),
    dict(id="p_dorofeev", schema="Person", name="Sviatoslav Dorofeev", names=[
        "Дорофеев С.И.", "С.И. Дорофеев", "Дорофеев Святослав Ильич", "Дорофеева Святослава Ильича",
        "Святослав Ильич"], properties={"nationality": ["ru"]}),
    dict(id="p_narasimhan", schema="Person", name="Devika Narasimhan", names=[
        "Devika Narasimhan", "Ms. Narasimhan", "Devika"], properties={}),
    dict(id="p_pejcinovic", schema="Person", name="Zoran Pejčinović", names=[
        "Zoran Pejčinović", "Зоран Пејчиновић", "Зоран Пейчинович", "Mr. Pejčinović"], properties={}),
]

FINDINGS = [
    ("f01", "military_maintenance", ["o_vrrz"],
     {"platforms": ["p-18", "p-18t", "5n84a"], "customer_country": "by"},
     "VRRZ modernises P-18 radars to P-18T and repairs 5N84A radar complexes for the Belarusian Air Force and Air "
     "Defence Forces."),
    ("f02", "military_maintenance", ["o_vrrz"],
     {"platforms": ["55zh6", "55g6", "36d6"], "customer_country": "ru"},
     "VRRZ restores 55Zh6 receiving channels and overhauls 36D6 antenna posts for the Russian Aerospace Forces."),
    ("f03", "military_maintenance", ["o_vrrz"],
     {"platforms": ["p-19", "snr-125"], "customer_country": "eg"},
     "VRRZ overhauls P-19 transmitters and SNR-125 guidance radar receivers for the Egyptian Air Defence Forces."),
    ("f04", "joint_development", ["o_vrrz", "o_uniies"],
     {"product": ["kmk-1r", "merilo", "kmk-1r merilo"], "partner_country": "ru", "funding_share": 0.4},
     "VRRZ and the Tula institute UNIIES co-develop the KMK-1R 'Merilo' calibration complex; VRRZ's share rose "
     "from 30% to 40% by Addendum No. 1 (a 50/50 counter-offer was rejected)."),
    ("f05", "sanctions_obstacle", ["o_vrrz"], {"origin_country": "at", "goods": "rf power and frequency standards"},
     "EU sanctions stop the Austrian Hollereder from selling or calibrating power and frequency standards."),
    ("f06", "sanctions_obstacle", ["o_vrrz"], {"origin_country": "us", "goods": "spectrum analyzer"},
     "US export controls stop Brackwell from selling the BSA-2650 spectrum analyser."),
    ("f07", "alternative_supplier", ["o_vrrz", "o_tarangini"], {"supplier_country": "in", "goods": "spectrum analyzer"},
     "The Indian Tarangini offers the TSA-4400 in place of the Brackwell; tested, approved, bought and delivered."),
    ("f08", "equipment_shortage", ["o_vrrz"], {"goods": "reference standards"},
     "Most RF power reference standards are out of calibration and cannot be recalibrated."),
    ("f09", "equipment_shortage", ["o_vrrz"], {"goods": "spectrum analyzer"},
     "The laboratory's only spectrum analyser failed; acceptance of radar work is held up."),
    ("f10", "foreign_travel", ["p_marina", "p_pashkevich"],
     {"country": "ru", "start": "2023-06", "place": "Tula", "purpose": "business trip to UNIIES"},
     "Gordinskaya and Pashkevich on a business trip to Tula, 19-23 June 2023."),
    ("f11", "foreign_travel", ["p_marina", "p_taras"],
     {"country": "eg", "start": "2023-10", "place": "Hurghada", "purpose": "holiday"},
     "Marina and her husband Taras on holiday in Hurghada, Egypt, 14-24 October 2023."),
    ("f12", "foreign_travel", ["p_marina", "p_eva"],
     {"country": "rs", "start": "2024-01", "place": "Belgrade", "purpose": "holiday"},
     "Marina and her daughter Eva in Belgrade, Serbia, 3-8 January 2024."),
    ("f13", "citizenship", ["p_marina"], {"countries": ["by"]}, "Marina Gordinskaya is a citizen of Belarus."),
    ("f14", "citizenship", ["p_taras"], {"countries": ["ua"]},
     "Taras Hordynskyi is a citizen of Ukraine (Belarusian residence permit only)."),
    ("f15", "citizenship", ["p_eva"], {"countries": ["by"]},
     "Eva is a citizen of Belarus (Polish temporary residence card only)."),
    ("f16", "family_relation", ["p_marina", "p_taras"], {"relationship": "spouse"}, "Taras is Marina's husband."),
    ("f17", "family_relation", ["p_marina", "p_eva"], {"relationship": "child"}, "Eva is Marina's daughter."),
    ("f18", "family_relation", ["p_taras", "p_eva"], {"relationship": "child"}, "Eva is Taras's daughter."),
    ("f19", "family_relation", ["p_taras", "p_hanna"], {"relationship": "parent"}, "Hanna is Taras's mother."),
    ("f20", "employment", ["p_marina", "o_vrrz"], {"role": "chief metrologist"}, "Marina is VRRZ's chief metrologist."),
    ("f21", "employment", ["p_yaroshevich", "o_vrrz"], {"role": "director"}, "Yaroshevich is VRRZ's director."),
    ("f22", "employment", ["p_pashkevich", "o_vrrz"], {"role": "head of radio measurement laboratory"},
     "Pashkevich heads VRRZ's radio measurement laboratory."),
    ("f23", "employment", ["p_dorofeev", "o_uniies"], {"role": "general director"},
     "Dorofeev is general director of UNIIES."),
    ("f24", "employment", ["p_narasimhan", "o_tarangini"], {"role": "export manager"},
     "Devika Narasimhan is export manager of Tarangini."),
    ("f25", "employment", ["p_pejcinovic", "o_savatron"], {"role": "director"}, "Pejčinović is director of Savatron."),
    ("f26", "watchlist_match", ["o_vrrz"], {"list": "watchlist", "entry_id": "wl-by-0211"},
     "VRRZ is on the watchlist as VERKHNEPOLESK RADIO REPAIR PLANT OJSC."),
    ("f27", "watchlist_match", ["p_yaroshevich"], {"list": "watchlist", "entry_id": "wl-by-0213"},
     "Anton Pavlovich Yaroshevich is on the watchlist."),
    ("f28", "watchlist_match", ["o_uniies"], {"list": "watchlist", "entry_id": "wl-ru-0871"},
     "UNIIES (Tula) is on the watchlist."),
    ("f29", "watchlist_match", ["o_savatron"], {"list": "watchlist", "entry_id": "wl-rs-0090"},
     "Savatron d.o.o., Belgrade, is on the watchlist."),
]

WATCHLIST = [
    {"id": "wl-by-0211", "schema": "Company", "caption": "VERKHNEPOLESK RADIO REPAIR PLANT OJSC", "properties": {
        "name": ["VERKHNEPOLESK RADIO REPAIR PLANT OJSC"],
        "alias": ["ОАО «Верхнеполесский радиоремонтный завод»", "ААТ «Вярхнепалескі радыёрамонтны завод»", "OAO VRRZ"],
        "country": ["by"], "address": ["Verkhnepolesk, Brest Region, Belarus"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-0212", "schema": "Company", "caption": "VERKHNEPOLESK MACHINE-BUILDING PLANT OJSC", "properties": {
        "name": ["VERKHNEPOLESK MACHINE-BUILDING PLANT OJSC"], "alias": ["ОАО «Верхнеполесский машиностроительный завод»"],
        "country": ["by"], "address": ["Verkhnepolesk, Brest Region, Belarus"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-0213", "schema": "Person", "caption": "YAROSHEVICH, Anton Pavlovich", "properties": {
        "name": ["YAROSHEVICH, Anton Pavlovich"], "alias": ["Ярошевич Антон Павлович", "YARASHEVICH, Anton Paulavich"],
        "birthDate": ["1962-04-17"], "nationality": ["by"],
        "position": ["Director, Verkhnepolesk Radio Repair Plant OJSC"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-0214", "schema": "Person", "caption": "YAROSHEVICH, Anton Petrovich", "properties": {
        "name": ["YAROSHEVICH, Anton Petrovich"], "alias": ["Ярошевич Антон Петрович"], "birthDate": ["1979-09-02"],
        "nationality": ["by"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-0871", "schema": "Company", "caption": "UPA RESEARCH INSTITUTE OF REFERENCE SYSTEMS JSC",
     "properties": {"name": ["UPA RESEARCH INSTITUTE OF REFERENCE SYSTEMS JSC"],
                    "alias": ["АО «УНИИЭС»", "AO UNIIES",
                              "Акционерное общество «Упский научно-исследовательский институт эталонных систем»"],
                    "country": ["ru"], "address": ["Tula, Russia"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-0872", "schema": "Company", "caption": "UPA-ETALON LLC", "properties": {
        "name": ["UPA-ETALON LLC"], "alias": ["ООО «Упа-Эталон»"], "country": ["ru"], "address": ["Kaluga, Russia"]},
     "datasets": ["watchlist"]},
    {"id": "wl-rs-0090", "schema": "Company", "caption": "SAVATRON D.O.O. BEOGRAD", "properties": {
        "name": ["SAVATRON D.O.O. BEOGRAD"], "alias": ["Savatron d.o.o.", "САВАТРОН Д.О.О."], "country": ["rs"],
        "address": ["Beograd, Serbia"], "registrationNumber": ["21784410"]}, "datasets": ["watchlist"]},
    {"id": "wl-rs-0091", "schema": "Company", "caption": "SAVATRON D.O.O. NIS", "properties": {
        "name": ["SAVATRON D.O.O. NIS"], "alias": ["Savatron doo Niš"], "country": ["rs"], "address": ["Niš, Serbia"],
        "registrationNumber": ["20455173"]}, "datasets": ["watchlist"]},
    {"id": "wl-ua-0333", "schema": "Person", "caption": "HORDYNSKYI, Taras Bohdanovych", "properties": {
        "name": ["HORDYNSKYI, Taras Bohdanovych"], "alias": ["Гординський Тарас Богданович"],
        "birthDate": ["1949-11-05"], "nationality": ["ua"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-0874", "schema": "Person", "caption": "GORDINSKAYA, Marina Stepanovna", "properties": {
        "name": ["GORDINSKAYA, Marina Stepanovna"], "alias": ["Гординская Марина Степановна"],
        "birthDate": ["1981-06-30"], "nationality": ["ru"]}, "datasets": ["watchlist"]},
    {"id": "wl-cn-0410", "schema": "Company", "caption": "NANJING HUAXING ELECTRONICS TRADING CO., LTD.", "properties": {
        "name": ["NANJING HUAXING ELECTRONICS TRADING CO., LTD."], "country": ["cn"], "address": ["Nanjing, China"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ru-0875", "schema": "Person", "caption": "DOROFEEV, Sviatoslav Igorevich", "properties": {
        "name": ["DOROFEEV, Sviatoslav Igorevich"], "alias": ["Дорофеев Святослав Игоревич"],
        "birthDate": ["1988-02-14"], "nationality": ["ru"]}, "datasets": ["watchlist"]},
]


def build_truth():
    by_key = {m["key"]: m for m in MESSAGES}
    ev = {}
    for m in MESSAGES:
        for fid, q in m["ev"]:
            ev.setdefault(fid, []).append({"message_id": cite_id(m), "quote": q})
    findings = []
    for fid, kind, subj, attrs, summary in FINDINGS:
        # one citation per message and finding: keep the first quote of each message
        seen, evl = set(), []
        for e in ev.get(fid, []):
            if e["message_id"] in seen:
                continue
            seen.add(e["message_id"])
            evl.append(e)
        findings.append(dict(id=fid, kind=kind, summary=summary, subjects=subj, attributes=attrs, evidence=evl,
                             confidence=1.0))
    assert by_key
    return {"format": "paperchase.findings/1", "entities": ENTITIES, "findings": findings}


README = """# Holdout case 25: the chief metrologist of a Brest-region radar repair plant

Everything here is fictional: the town, the plant, the institute, the suppliers,
the people, phone and contract numbers; every mail domain is under example.*.

**The source.** The mailbox of Marina Stepanovna Gordinskaya, chief metrologist of
OJSC Verkhnepolesk Radio Repair Plant (ОАО «Верхнеполесский радиоремонтный завод»,
ОАО «ВРРЗ»; in Belarusian ААТ «Вярхнепалескі радыёрамонтны завод») in the invented
town of Verkhnepolesk (Верхнеполесск / Вярхнепалеск), Brest region, January 2023 to
February 2024: `mailbox.mbox` (MBOXN messages) and `loose/*.eml` (LOOSEN messages, one of them,
`loose/001.eml`, without a Message-ID: it is cited as `<sha256:HEX>` of the file's
bytes). Both her work address (`m.gordinskaya@vrrz.example.by`) and her private one
(`marysia.hardzinskaya@post.example.by`) appear.

Mail is in Russian, Belarusian, Ukrainian (her husband and his mother in Lviv),
Polish (the daughter's university), English (Indian, Chinese, US suppliers, the
Egyptian customer), German (the Austrian supplier) and Serbian in Latin and Cyrillic
(the broker, a Belgrade hotel). Bodies are utf-8 (base64, quoted-printable, 8bit),
windows-1251 and koi8-r; headers are RFC 2047 B and Q words; one message is HTML
only, two are multipart/alternative; attachments: an XLSX repair plan, two DOCX (the
joint-development protocol, a clearance questionnaire), a PDF quotation (Latin text);
one forward carries the original as message/rfc822.

## People and the ways they are written

- **Marina Gordinskaya** (p_marina): Гординская Марина Степановна, Гординскую М.С.,
  М.С. Гординская, Марину Степановну, Марине Степановне, Marina Gordinskaya,
  Ms./Frau/Madam Gordinskaya, Belarusian М.С. Гардзінская, Марына Сцяпанаўна, passport
  form HARDZINSKAYA MARYNA / Marina Hardzinskaya, Serbian gospođo Gordinskaja,
  госпођо Гординскаја, Хардзинскаја, Ukrainian diminutive Марічко/Марічка.
  Belarusian citizen, born 23.05.1974.
- **Taras Hordynskyi** (p_taras), her husband: Тарас Гординський (Ukrainian spelling of
  the shared surname), Гординский Тарас Богданович, Гординским Тарасом Богдановичем,
  HORDYNSKYI TARAS, Тарасик, Тарасику. Ukrainian citizen living in Belarus on a
  residence permit (вид на жительство), born 12.03.1975 in Lviv.
- **Eva** (p_eva), their daughter: Гординская Ева Тарасовна (and its cases), Ева, Ewa,
  Eva Hardzinskaya, Єва, Євоньку, Доченька. Belarusian citizen studying in Warsaw on a
  Polish temporary residence card (karta pobytu).
- **Hanna Hordynska** (p_hanna), Taras's mother in Lviv: Ганна Гординська, Ганна Іванівна,
  Russian Гординская Анна Ивановна, Анна Ивановна.
- **Anton Yaroshevich** (p_yaroshevich), director of the plant: Ярошевич А.П.,
  А.П. Ярошевич, Ярошевича Антона Павловича, Антон Павлович, Belarusian А.П. Ярашэвіч.
- **Ihar Pashkevich** (p_pashkevich), head of the radio measurement laboratory:
  Пашкевич И.Л., Пашкевича Игоря Леонидовича, Пашкевичем, Пашкевіч І.Л., Ігар Леанідавіч.
- **Sviatoslav Dorofeev** (p_dorofeev), general director of the Tula institute
  АО «УНИИЭС» (Upa Research Institute of Reference Systems): С.И. Дорофеев,
  Дорофеева Святослава Ильича, Святослав Ильич.
- **Devika Narasimhan** (p_narasimhan), export manager, Tarangini Test Systems (Pune).
- **Zoran Pejčinović** (p_pejcinovic), director of the Belgrade broker Savatron d.o.o.:
  Зоран Пејчиновић, Зоран Пейчинович.
- Firms: Hollereder Messtechnik GmbH (Graz, Austria), Brackwell Instruments, Inc.
  (Portland, USA), Tarangini Test Systems Pvt. Ltd. (India), Nanjing Huaxin Precision
  Instruments (China, Huaxin / Хуасинь), Savatron d.o.o. (Београд / Beograd, «Саватрон»).

## What an analyst should find (truth.json)

- Military work (one finding per customer country): P-18 → P-18T modernisation and
  5N84A repair for the Belarusian Air Force and Air Defence Forces; 55Zh6 receiving
  channels and 36D6 antenna posts for the Russian Aerospace Forces; P-19 transmitters
  and SNR-125 receivers for the Egyptian Air Defence Forces (XLSX plan, memos in
  Belarusian and Russian, English mail from the customer, the annual summary).
- Joint development of the KMK-1R «Мерило» calibration complex with the Tula
  institute: 30 % in Protocol No. 1 (DOCX), a 50/50 counter-offer rejected by the
  plant, 40 % in Addendum No. 1 (latest share: 0.40).
- Sanctions: EU sanctions (Austrian supplier, German letter, forwarded as
  message/rfc822) and US export controls (US supplier).
- Alternative supplier: the Indian Tarangini TSA-4400 spectrum analyser, tested,
  approved by the director in Belarusian, bought and delivered (PDF quotation).
- Shortages: RF power reference standards; the spectrum analyser.
- Travel: Tula, Russia, June 2023 (business, with Pashkevich); Hurghada, Egypt,
  October 2023 (holiday with her husband; HTML booking, Ukrainian letters); Belgrade,
  Serbia, January 2024 (with the daughter; Serbian hotel letters).
- Citizenship: Marina by; Taras ua; Eva by. Family: Taras spouse of Marina, Eva child
  of both, Hanna mother of Taras. Employment of the six working people above.
- Watchlist hits: the plant (wl-by-0211), its director (wl-by-0213), the Tula
  institute (wl-ru-0871), Savatron of Belgrade (wl-rs-0090).

## Traps (no finding)

- The Chinese Huaxin offer: samples tested and turned down for poor accuracy (an
  offer the buyer turns down is no alternative_supplier finding).
- The Serbian broker's grey-market offer of the US analyser: declined.
- The 30 % protocol share and the 50/50 counter-offer: superseded / rejected.
- A domestic business trip to Minsk; a union excursion to Minsk.
- A refused Polish visa (planned visit to Warsaw, August 2023); a cancelled trip to
  Pune; a hypothetical Christmas trip to Lviv ("якби кордон відкрили").
- Residence permits that are not citizenship: Taras's Belarusian вид на жительство,
  Eva's Polish karta pobytu.
- Reported speech about unnamed people (a supply clerk in Istanbul, an engineer with
  two passports).
- Civil work: the МРЛ-5 weather radar for the hydrometeorological centre.
- Negations: "Осциллографов … пока хватает", attenuators found in stock.
- A hypothetical lifting of sanctions ("Будь ограничения сняты…").
- Watchlist near misses: YAROSHEVICH Anton Petrovich (other patronymic);
  HORDYNSKYI Taras Bohdanovych (same name, other birth date); GORDINSKAYA Marina
  Stepanovna (other birth date and nationality); DOROFEEV Sviatoslav Igorevich (other
  patronymic); SAVATRON D.O.O. NIS (same firm name, other city); UPA-ETALON LLC
  (Kaluga); VERKHNEPOLESK MACHINE-BUILDING PLANT (other firm, same town); NANJING
  HUAXING ELECTRONICS TRADING (similar name, other firm).

## Files

- `make_case.py`: the deterministic generator (`--check` verifies every quote).
- `mailbox.mbox`, `loose/*.eml`, `watchlist.ftm.json`, `truth.json`.

Score with `python3 ../../../../shared/tools/score_case.py truth.json FINDINGS.json`
(or the path of `score_case.py` in your checkout).
"""


# ---------------------------------------------------------------------------- writing


def write():
    os.makedirs(os.path.join(HERE, "loose"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "loose")):
        os.remove(os.path.join(HERE, "loose", f))
    n_mbox = 0
    with open(os.path.join(HERE, "mailbox.mbox"), "wb") as fh:
        for m in sorted((m for m in MESSAGES if not m["loose"]), key=lambda m: m["when"]):
            raw = RAW[m["key"]]
            when = m["when"].astimezone(dt.timezone.utc)
            fh.write(f"From {m['frm'][1]} {when.strftime('%a %b %d %H:%M:%S %Y')}\n".encode())
            lines = raw.split(b"\n")
            lines = [(b">" + l) if re.match(rb">*From ", l) else l for l in lines]
            fh.write(b"\n".join(lines).rstrip(b"\n") + b"\n\n")
            n_mbox += 1
    n_loose = 0
    for m in MESSAGES:
        if m["loose"]:
            with open(os.path.join(HERE, "loose", m["loose"]), "wb") as fh:
                fh.write(RAW[m["key"]])
            n_loose += 1
    with open(os.path.join(HERE, "watchlist.ftm.json"), "w", encoding="utf-8") as fh:
        for e in WATCHLIST:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(build_truth(), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.replace("MBOXN", str(n_mbox)).replace("LOOSEN", str(n_loose)))
    print(f"wrote {n_mbox} messages to mailbox.mbox, {n_loose} loose messages, {len(WATCHLIST)} watchlist entries, "
          f"{len(FINDINGS)} findings")


# ---------------------------------------------------------------------------- checking


def message_texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct.startswith("text/") and not fn:
            t = part.get_content()
            out.append(t)
            if ct == "text/html":
                out.append(htmlmod.unescape(re.sub(r"<[^>]+>", "\n", t)))
        elif fn.endswith(".docx"):
            out.append(docx_text(part.get_content()))
        elif fn.endswith(".xlsx"):
            out.append(xlsx_text(part.get_content()))
        elif fn.endswith(".pdf"):
            out.append(pdf_text(part.get_content()))
    return out


def header_texts(msg):
    out = []
    for part in msg.walk():
        for h in ("From", "To", "Cc", "Subject"):
            if part.get(h):
                out.append(str(part.get(h)))
    return out


def check():
    parser = BytesParser(policy=policy.default)
    docs = {}
    mb = mailbox.mbox(os.path.join(HERE, "mailbox.mbox"), create=False)
    for key in mb.keys():
        raw = mb.get_bytes(key)
        msg = parser.parsebytes(raw)
        mid = msg["Message-ID"]
        assert mid, "mbox message without Message-ID"
        assert mid not in docs, f"duplicate {mid}"
        docs[str(mid).strip()] = msg
    n_mbox = len(docs)
    for fn in sorted(os.listdir(os.path.join(HERE, "loose"))):
        with open(os.path.join(HERE, "loose", fn), "rb") as fh:
            raw = fh.read()
        msg = parser.parsebytes(raw)
        mid = str(msg["Message-ID"]).strip() if msg["Message-ID"] else "<sha256:" + hashlib.sha256(raw).hexdigest() + ">"
        docs[mid] = msg
    with open(os.path.join(HERE, "truth.json"), encoding="utf-8") as fh:
        truth = json.load(fh)
    problems = []
    kinds = {f["kind"] for f in truth["findings"]}
    need = {"military_maintenance", "joint_development", "sanctions_obstacle", "alternative_supplier",
            "equipment_shortage", "foreign_travel", "citizenship", "family_relation", "employment", "watchlist_match"}
    if need - kinds:
        problems.append(f"missing kinds {need - kinds}")
    ent_ids = {e["id"] for e in truth["entities"]}
    wl_ids = set()
    with open(os.path.join(HERE, "watchlist.ftm.json"), encoding="utf-8") as fh:
        for line in fh:
            wl_ids.add(json.loads(line)["id"])
    texts = {mid: message_texts(m) for mid, m in docs.items()}
    n_ev = 0
    for f in truth["findings"]:
        for s in f["subjects"]:
            if s not in ent_ids:
                problems.append(f"{f['id']}: unknown subject {s}")
        if f["kind"] == "watchlist_match" and f["attributes"]["entry_id"] not in wl_ids:
            problems.append(f"{f['id']}: unknown watchlist entry")
        if not f["evidence"]:
            problems.append(f"{f['id']}: no evidence")
        for e in f["evidence"]:
            n_ev += 1
            mid = e["message_id"]
            if mid not in docs:
                problems.append(f"{f['id']}: cited message {mid} does not exist")
                continue
            if e["quote"] and not any(e["quote"] in t for t in texts[mid]):
                problems.append(f"{f['id']}: quote not found in {mid}: {e['quote'][:70]!r}")
    # every true surface form should occur somewhere (body, attachment or header)
    corpus = "\n".join("\n".join(t) for t in texts.values()) + "\n".join(
        "\n".join(header_texts(m)) for m in docs.values())
    cf = corpus.casefold()
    derived = {"Maryna Hardzinskaya", "Taras Hordynskyi", "Anton Yaroshevich", "UNIIES", "Upa Research Institute of Reference Systems JSC",
               "Verkhnepolesk Radio Repair Plant", "VRRZ"}
    for e in truth["entities"]:
        for n in e["names"]:
            if n not in derived and n.casefold() not in cf:
                problems.append(f"entity {e['id']}: form {n!r} occurs nowhere")
    # quotes and names must not collide between entities
    owners = {}
    for e in truth["entities"]:
        for n in e["names"]:
            k = " ".join(n.casefold().split())
            if k in owners and owners[k] != e["id"]:
                problems.append(f"form {n!r} belongs to {owners[k]} and {e['id']}")
            owners[k] = e["id"]
    if not 60 <= n_mbox <= 70:
        problems.append(f"mbox has {n_mbox} messages")
    if not any(m.startswith("<sha256:") for m in docs):
        problems.append("no loose message without Message-ID")
    if problems:
        print("\n".join(problems))
        print(f"FAILED: {len(problems)} problem(s)")
        return 1
    print(f"OK: {n_mbox} mbox + {len(docs) - n_mbox} loose messages, {len(truth['findings'])} findings, "
          f"{n_ev} evidence quotes verified")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
