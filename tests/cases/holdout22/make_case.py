#!/usr/bin/env python3
"""Generate the holdout22 evaluation case (standard library only, deterministic).

    python3 make_case.py          # writes mailbox.mbox, loose/*.eml, watchlist.ftm.json, truth.json, README.md
    python3 make_case.py --check  # regenerates in memory, decodes every message with the email package
                                  # and verifies every evidence quote and every cited Message-ID

The case: the mailbox of Olesya Zhuravleva, head of the technical documentation bureau
of the fictional Zarevsk Optical-Mechanical Plant (ZarOMZ, Zarevsk, Minsk region, Belarus).
Everything in it is invented.
"""
import base64
import datetime
import email
import hashlib
import html
import io
import json
import os
import quopri
import re
import sys
import textwrap
import unicodedata
import zipfile
from email import policy
from email.utils import format_datetime
from urllib.parse import quote as urlquote

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = datetime.timezone(datetime.timedelta(hours=3))
TZ_CN = datetime.timezone(datetime.timedelta(hours=8))
TZ_EU = datetime.timezone(datetime.timedelta(hours=1))
TZ_VN = datetime.timezone(datetime.timedelta(hours=7))
TZ_EG = datetime.timezone(datetime.timedelta(hours=2))

DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def T(s):
    """Dedent a triple-quoted body and make it end with one newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


def quoted(body):
    return "\n".join(("> " + line) if line else ">" for line in body.rstrip("\n").split("\n")) + "\n"


def make_mid(key, domain):
    return "<%s@%s>" % (hashlib.sha256(("holdout22/" + key).encode()).hexdigest()[:16], domain)


# --------------------------------------------------------------------------- MIME building

def enc_words(text, cs="utf-8", enc="B", fold=True):
    """RFC 2047 encoded words for a header value (whole value encoded)."""
    if all(ord(c) < 128 for c in text):
        return text
    limit = 42 if enc == "B" else 22
    # split between words (the space stays at the end of the earlier word); a word longer than
    # the limit is split between characters
    chunks, cur = [], b""
    for tok in re.findall(r"\S+\s*|\s+", text):
        b = tok.encode(cs)
        if cur and len(cur) + len(b) > limit and fold:
            chunks.append(cur)
            cur = b""
        if len(b) > limit and fold:
            for ch in tok:
                cb = ch.encode(cs)
                if cur and len(cur) + len(cb) > limit:
                    chunks.append(cur)
                    cur = b""
                cur += cb
        else:
            cur += b
    if cur:
        chunks.append(cur)
    words = []
    for c in chunks:
        if enc == "B":
            words.append("=?%s?B?%s?=" % (cs, base64.b64encode(c).decode("ascii")))
        else:
            q = "".join(
                chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122 or x in b"-!*+/") else
                ("_" if x == 32 else "=%02X" % x) for x in c)
            words.append("=?%s?Q?%s?=" % (cs, q))
    return "\n ".join(words)


def addr(name, mail, cs="utf-8", enc="B"):
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), mail)
        return "%s <%s>" % (name, mail)
    return "%s <%s>" % (enc_words(name, cs, enc), mail)


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def to_bytes(self):
        head = "".join(h + "\n" for h in self.headers).encode("ascii")
        return head + b"\n" + self.body


def text(body, charset="utf-8", cte="base64", subtype="plain"):
    data = body.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(data)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data)
        if not payload.endswith(b"\n"):
            payload += b"\n"
    else:
        payload = data if data.endswith(b"\n") else data + b"\n"
    return Part(['Content-Type: text/%s; charset="%s"' % (subtype, charset),
                 "Content-Transfer-Encoding: %s" % cte], payload)


def to_html(body):
    paras = []
    for block in body.rstrip("\n").split("\n"):
        paras.append("<p>%s</p>" % html.escape(block, quote=False) if block else "<p>&nbsp;</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\"></head>"
            "<body style=\"font-family: Calibri, Arial, sans-serif\">\n" + "\n".join(paras) + "\n</body></html>\n")


_boundary_counter = [0]


def boundary(seed):
    _boundary_counter[0] += 1
    return "----=_Part_%s_%d" % (hashlib.md5(seed.encode()).hexdigest()[:12], _boundary_counter[0])


def multipart(subtype, parts, seed):
    b = boundary(seed + subtype)
    body = b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        body += b"--" + b.encode() + b"\n" + p.to_bytes() + b"\n"
    body += b"--" + b.encode() + b"--\n"
    return Part(['Content-Type: multipart/%s; boundary="%s"' % (subtype, b)], body)


def alternative(plain, charset="utf-8", cte="base64", seed="alt"):
    return multipart("alternative", [text(plain, charset, cte), text(to_html(plain), charset, cte, "html")], seed)


def attachment(data, ctype, filename):
    headers = ['Content-Type: %s; name="%s"' % (ctype, enc_words(filename, "utf-8", "B", fold=False)),
               "Content-Transfer-Encoding: base64"]
    if all(ord(c) < 128 for c in filename):
        headers.append('Content-Disposition: attachment; filename="%s"' % filename)
    else:
        headers.append("Content-Disposition: attachment; filename*=utf-8''%s" % urlquote(filename, safe=""))
    return Part(headers, base64.encodebytes(data))


def rfc822(msg_bytes, filename):
    return Part(["Content-Type: message/rfc822", 'Content-Disposition: attachment; filename="%s"' % filename],
                msg_bytes)


# --------------------------------------------------------------------------- documents

ZIP_DATE = (2023, 6, 1, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def xml_esc(s):
    return html.escape(s, quote=False)


def make_docx(paragraphs):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_esc(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
              'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", doc)])


def col_letter(i):
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i]


def make_xlsx(rows, sheet="Лист1"):
    strings, index = [], {}
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, val in enumerate(row):
            ref = "%s%d" % (col_letter(c), r)
            if isinstance(val, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, val))
            else:
                if val not in index:
                    index[val] = len(strings)
                    strings.append(val)
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, index[val]))
        sheet_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    ws = head + '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (ns, "".join(sheet_rows))
    sst = head + '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (
        ns, len(strings), len(strings), "".join('<si><t xml:space="preserve">%s</t></si>' % xml_esc(s) for s in strings))
    wb = head + ('<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets>'
                 '</workbook>' % (ns, rns, xml_esc(sheet)))
    wbrels = head + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
                     '<Relationship Id="rId2" Type="%s/sharedStrings" Target="sharedStrings.xml"/>'
                     '</Relationships>' % (rns, rns))
    rels = head + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % rns)
    ctypes = head + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sharedStrings+xml"/></Types>')
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws),
                 ("xl/sharedStrings.xml", sst)])


def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines):
    for line in lines:
        assert all(32 <= ord(c) < 127 for c in line), line
    content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) Tj T*\n" % pdf_escape(l) for l in lines) + "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(content.encode("latin-1")), content),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    out += "".join("%010d 00000 n \n" % off for off in offsets).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out


# --------------------------------------------------------------------------- people and addresses

D = "zaromz.example.by"
OLESYA = "o.zhuravleva@" + D
MATSK = "g.matskevich@" + D
RUDAK = "p.rudak@" + D
SNAB = "snab@" + D
PRIEM = "priemnaya@" + D
KADRY = "kadry@" + D
NATA = "n.grinkevich@" + D
ALL = "all@" + D
SHEST = "shestakov@taiga-opt.example.ru"
TKANC = "kanc@taiga-opt.example.ru"
GUO = "guo.haifeng@jcir-optics.example.cn"
TARAS = "zhuraulyou.taras@sipo.example.ru"
BOGDAN = "b.zhuravlev@zarteplo.example.by"
HANNA = "hanna.zhuravlova@ukr.example.ua"
TOUR = "tour@zartour.example.by"

MSGS = []      # dicts: key, date, raw (bytes), id, mbox_from, loose (filename or None)
BYKEY = {}


def message(key, date, frm, to, subject, root, cc=None, domain=D, reply_to=None, subj_enc=("utf-8", "B"),
            mailer="Microsoft Outlook 16.0", loose=None, with_mid=True, crlf=False, extra_headers=None):
    """frm: (name, addr, cs, enc); to/cc: lists of such tuples."""
    mid = make_mid(key, domain)
    h = ["From: " + addr(*frm)]
    h.append("To: " + ",\n ".join(addr(*t) for t in to))
    if cc:
        h.append("Cc: " + ",\n ".join(addr(*t) for t in cc))
    h.append("Subject: " + enc_words(subject, *subj_enc))
    h.append("Date: " + format_datetime(date))
    if with_mid:
        h.append("Message-ID: " + mid)
    if reply_to:
        parent = BYKEY[reply_to]["id"]
        h.append("In-Reply-To: " + parent)
        h.append("References: " + parent)
    h.append("MIME-Version: 1.0")
    if mailer:
        h.append("X-Mailer: " + mailer)
    for eh in extra_headers or []:
        h.append(eh)
    raw = "".join(x + "\n" for x in h).encode("ascii") + b"".join(
        (x + "\n").encode("ascii") for x in root.headers) + b"\n" + root.body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if not with_mid:
        mid = "<sha256:%s>" % hashlib.sha256(raw).hexdigest()
    rec = dict(key=key, date=date, raw=raw, id=mid, sender=frm[1], loose=loose)
    MSGS.append(rec)
    BYKEY[key] = rec
    return rec


def P(name, mail, cs="utf-8", enc="B"):
    return (name, mail, cs, enc)


# --------------------------------------------------------------------------- the mail

def dt(y, mo, d, h, mi, tz=TZ):
    return datetime.datetime(y, mo, d, h, mi, tzinfo=tz)


def build():
    MSGS.clear()
    BYKEY.clear()
    _boundary_counter[0] = 0

    # ---------------- January
    message("it_pass", dt(2023, 1, 9, 8, 41), P("Служба ИТ", "it@" + D), [P("", ALL)],
            "Плановая смена паролей",
            text(T("""
            Уважаемые коллеги!

            До 13 января всем пользователям корпоративной сети необходимо сменить пароль входа в домен.
            Новый пароль: не короче 10 символов, буквы разного регистра и цифры. Старые пароли повторно
            использовать нельзя.

            Если после смены не открывается почта на телефоне — звоните 2-14.

            Служба ИТ
            """), "utf-8", "base64"), mailer="Zimbra 8.8")

    m_tasks = T("""
    Руководителям структурных подразделений

    Уважаемые коллеги!

    По итогам совещания у генерального директора 9 января доводим основные задачи завода на 2023 год.

    1. Государственный оборонный заказ Российской Федерации: модернизация прицельно-навигационных систем вертолётов Ми-24П (18 комплектов) и восстановительный ремонт прицельных станций вертолётов Ми-35М (6 комплектов) для Вооружённых сил Российской Федерации. Срок — до 20 декабря 2023 г.
    2. Экспортный контракт с Социалистической Республикой Вьетнам: ремонт и модернизация прицельных систем вертолётов Ми-24 ВВС Вьетнама (8 комплектов).
    3. ОКР по тепловизионному прицельному комплексу ТПВК-35 «Сыч» совместно с АО «КБ «Тайга-Оптроника» (г. Новосибирск).
    4. Гражданская продукция: геодезические приборы, ремонт обзорных камер санитарной авиации.

    Ответственным за комплектность и своевременный выпуск конструкторской и эксплуатационной документации по всем направлениям назначить начальника бюро технической документации Журавлёву О.С.

    Генеральный директор ОАО «Зарёвский оптико-механический завод»
    А.В. Довнар
    """)
    message("tasks2023", dt(2023, 1, 10, 9, 5), P("Приёмная генерального директора", PRIEM, "windows-1251", "B"),
            [P("", ALL)], "Основные задачи на 2023 год", text(m_tasks, "windows-1251", "base64"),
            subj_enc=("windows-1251", "B"))

    m_vn = T("""
    Олеся Станиславовна, добрый день.

    По вьетнамскому контракту (ремонт с модернизацией прицельных систем восьми Ми-24 для ВВС Вьетнама) заказчик требует полный комплект эксплуатационной документации на английском языке: руководство по технической эксплуатации, формуляры и ведомость ЗИП. Исходники на русском у Вас в БТД.

    Переводчиков возьмите из ОВЭС, с Павлом Иосифовичем я договорился. Срок - 15 марта.

    Командировка наших специалистов во Вьетнам для шеф-монтажа пока не планируется, так что все надо расписать так, чтобы вьетнамские техники справились сами.

    Г.А. Мацкевич
    главный конструктор
    """)
    message("vn_docs", dt(2023, 1, 12, 10, 14), P("Мацкевич Глеб Анатольевич", MATSK, "koi8-r", "Q"),
            [P("Журавлёва Олеся Станиславовна", OLESYA, "koi8-r", "Q")],
            "Вьетнамский контракт - документация", text(m_vn, "koi8-r", "8bit"),
            subj_enc=("koi8-r", "Q"), mailer="The Bat! (v9.4.2) Professional")

    message("canteen", dt(2023, 1, 13, 11, 30), P("Столовая", "stolovaya@" + D, "koi8-r", "B"), [P("", ALL)],
            "Меню на следующую неделю",
            text(T("""
            Меню столовой на 16-20 января.

            Понедельник: борщ, котлета по-домашнему, гречка.
            Вторник: суп с фрикадельками, драники со сметаной.
            Среда: рассольник, рыба под маринадом, пюре.
            Четверг: щи, плов.
            Пятница: уха, блины с творогом.

            Комплексный обед - 6 рублей 40 копеек.
            """), "koi8-r", "base64"), subj_enc=("koi8-r", "B"))

    m_vnreq = T("""
    Dear Mrs. Zhuravleva,

    With reference to Contract No. VN-ZO/22-07 for the overhaul and upgrade of the sighting systems of eight Mi-24 helicopters of the Vietnam People's Air Force, please find below our requirements for the technical documentation.

    1. All operation and maintenance manuals shall be delivered in English, two paper copies and one electronic copy per helicopter set.
    2. Logbooks (formulars) shall be bilingual, Russian and English.
    3. The list of spare parts, tools and accessories shall give the manufacturer's part numbers.

    We would appreciate receiving the draft manuals before 31 March 2023.

    Best regards,
    Lt. Col. Lê Minh Khoa
    Technical Department, Air Force Equipment Centre
    Hà Nội, Việt Nam
    """)
    message("vn_req", dt(2023, 1, 16, 9, 20, TZ_VN), P("Le Minh Khoa", "kythuat@vnaf-tech.example.vn"),
            [P("Zhuravleva Olesya", OLESYA)], "Contract VN-ZO/22-07: technical documentation requirements",
            alternative(m_vnreq, "utf-8", "quoted-printable", "vnreq"), domain="vnaf-tech.example.vn",
            mailer=None)

    m_vnre = T("""
    Глеб Анатольевич,

    английский комплект сделаем, но к 15 марта успеем только РТЭ и формуляры; ведомость ЗИП — к концу марта, вьетнамцы сами просят черновики до 31-го. Их письмо с требованиями перешлю отдельно.

    Переводчиков из ОВЭС двое, этого мало: прошу согласовать привлечение ещё одного по договору подряда.

    С уважением,
    Журавлёва О.С.
    начальник бюро технической документации
    ОАО «ЗарОМЗ»
    тел. +375 17 955-41-28

    -----Исходное сообщение-----
    От: Мацкевич Глеб Анатольевич
    Отправлено: 12 января 2023 г. 10:14
    Тема: Вьетнамский контракт - документация

    """) + quoted(m_vn)
    message("vn_docs_re", dt(2023, 1, 18, 14, 2), P("Журавлёва Олеся Станиславовна", OLESYA),
            [P("Мацкевич Глеб Анатольевич", MATSK)], "RE: Вьетнамский контракт - документация",
            text(m_vnre, "utf-8", "8bit"), reply_to="vn_docs")

    m_taiga1 = T("""
    Глеб Анатольевич, добрый день!

    Напоминаю, что по договору № 14/22-СО от 3 октября 2022 г. о совместном выполнении ОКР «Сыч» (тепловизионный прицельный комплекс ТПВК-35) ваш завод финансирует 35 процентов стоимости работ, наша сторона — 65 процентов. Счёт на первый транш по этапу 2 выставим в феврале.

    Комплект КД на блок тепловизионного канала прошу направить в адрес нашего бюро не позднее 10 февраля; ответственной с вашей стороны, насколько я понял, назначена Олеся Станиславовна.

    С уважением,
    Шестаков Виталий Ильич
    генеральный директор АО «КБ «Тайга-Оптроника»
    630119, г. Новосибирск, ул. Лесозащитная, 112
    """)
    message("taiga_jan", dt(2023, 1, 20, 7, 48), P("Шестаков Виталий Ильич", SHEST, "windows-1251", "B"),
            [P("Мацкевич Г.А.", MATSK, "windows-1251", "B")],
            "ТПВК-35 «Сыч»: график этапа 2", text(m_taiga1, "windows-1251", "base64"),
            cc=[P("Журавлева О.С.", OLESYA, "windows-1251", "B")], domain="taiga-opt.example.ru",
            subj_enc=("windows-1251", "B"))

    message("union", dt(2023, 1, 24, 13, 10), P("Профком", "profkom@" + D, "windows-1251", "Q"), [P("", ALL)],
            "Путёвки в санаторий",
            text(T("""
            Уважаемые члены профсоюза!

            На февраль-март есть 6 путёвок в санаторий «Сосновый бор» (Минская область) со скидкой 30 %.
            Заявления принимаются в профкоме до 3 февраля. Преимущество — работникам с детьми до 14 лет.

            Председатель профкома Л.М. Сачко
            """), "windows-1251", "8bit"), subj_enc=("windows-1251", "Q"))

    m_eg1 = T("""
    Уважаемая Олеся Станиславовна!

    Подтверждаем бронирование тура № 2301-118.

    Направление: Египет, Шарм-эль-Шейх
    Отель: Coral Crest Resort 5*, номер Superior Sea View, питание «всё включено»
    Даты: 18.02.2023 – 26.02.2023 (8 ночей)
    Перелёт: Минск – Шарм-эль-Шейх – Минск, чартер
    Туристы: ZHURAULIOVA ALESIA, ZHURAULIOU BAHDAN

    Проверьте срок действия паспортов: не менее шести месяцев на дату выезда. Визу ставят в аэропорту по прилёте, 25 долларов с человека.

    С уважением,
    турагентство «Зарёвск-Тур»
    """)
    message("eg1_booking", dt(2023, 1, 26, 16, 33), P("Зарёвск-Тур", TOUR, "utf-8", "Q"),
            [P("Олеся Журавлёва", OLESYA, "utf-8", "Q")], "Подтверждение бронирования тура № 2301-118",
            text(m_eg1, "utf-8", "quoted-printable"), domain="zartour.example.by", subj_enc=("utf-8", "Q"),
            mailer="Roundcube Webmail/1.6.0")

    m_eg1n = T("""
    Начальнику отдела кадров
    ОАО «Зарёвский оптико-механический завод»

    УВЕДОМЛЕНИЕ

    Я, Журавлёва Олеся Станиславовна, начальник бюро технической документации, в период трудового отпуска с 18.02.2023 по 26.02.2023 выезжаю в Арабскую Республику Египет (г. Шарм-эль-Шейх) с целью отдыха.
    Выезжаю вместе с мужем — Журавлёвым Богданом Николаевичем, 1972 г.р.
    Паспорт гражданина Республики Беларусь MP4471902.

    30.01.2023                  О.С. Журавлёва
    """)
    message("eg1_notice", dt(2023, 1, 30, 10, 12), P("Журавлёва О.С.", OLESYA, "windows-1251", "B"),
            [P("Отдел кадров", KADRY, "windows-1251", "B")], "Уведомление о выезде за границу",
            text(m_eg1n, "windows-1251", "base64"), subj_enc=("windows-1251", "B"))

    # ---------------- February
    m_lind = T("""
    Sehr geehrter Herr Rudak,
    sehr geehrte Frau Schurawljowa,

    vielen Dank für Ihre Anfrage vom 24. Januar 2023 über 120 Germaniumlinsen GL-38 sowie 40 Rohlinge aus optischem Germanium.

    Nach Prüfung durch unsere Exportkontrollabteilung müssen wir Ihnen leider mitteilen, dass wir diese Lieferung nicht ausführen dürfen. Germanium und daraus gefertigte Infrarotoptik unterliegen den Beschränkungen der Verordnung (EG) Nr. 765/2006 des Rates in der geltenden Fassung; die Ausfuhr an Ihr Unternehmen in der Republik Belarus ist untersagt.

    Wir bedauern, unsere langjährige Zusammenarbeit unter diesen Umständen nicht fortsetzen zu können.

    Mit freundlichen Grüßen

    Dr. Katrin Vogelsang
    Leiterin Exportkontrolle
    Lindemann Präzisionsoptik GmbH
    Stuttgart
    """)
    lind = message("lindemann", dt(2023, 2, 2, 15, 7, TZ_EU), P("Katrin Vogelsang", "export@lindemann-optik.example.de"),
                   [P("", SNAB)], "Ihre Anfrage Nr. 0311/2023 – Germaniumlinsen GL-38",
                   text(m_lind, "utf-8", "quoted-printable"), cc=[P("", OLESYA)],
                   domain="lindemann-optik.example.de", subj_enc=("utf-8", "Q"), mailer=None)

    m_rud1 = T("""
    Коллеги,

    немцы ответили окончательно: из-за санкций ЕС Линдеманн не поставит нам ни линзы GL-38, ни германиевые заготовки. Олеся Станиславовна письмо получила в копии.

    По складу: германиевых заготовок осталось на две партии объективов, то есть примерно до апреля. Дальше сборка тепловизионных каналов встанет.

    Ищу замену. Из реальных вариантов — Китай.

    П.И. Рудак
    начальник отдела материально-технического снабжения
    """)
    message("rudak_lind", dt(2023, 2, 3, 9, 25), P("Рудак Павел Иосифович", RUDAK, "windows-1251", "B"),
            [P("Мацкевич Глеб Анатольевич", MATSK, "windows-1251", "B"),
             P("Журавлёва Олеся Станиславовна", OLESYA, "windows-1251", "B")],
            "Линдеманн отказал", text(m_rud1, "windows-1251", "8bit"), subj_enc=("windows-1251", "B"))

    m_gp = T("""
    Dear Mr. Rudak,

    We understand that your usual European suppliers can no longer ship to Belarus. Grand Pearl Trading (HK) Limited can help.

    Through our partner in the EU we can purchase original Lindemann GL-38 germanium lenses and optical-grade germanium blanks, relabel them in Hong Kong and deliver to Minsk via Dubai within 10-12 weeks. The shipping documents will show Hong Kong as the country of dispatch. Payment 100% in advance, USD or CNY.

    Please let me know the quantities.

    Vincent Tsang Wai-lok (曾偉樂)
    Business Development Manager
    Grand Pearl Trading (HK) Limited
    Kowloon, Hong Kong
    """)
    gp_inner = message("gp_offer_orig", dt(2023, 2, 7, 11, 2, TZ_CN), P("Vincent Tsang", "sales@grandpearl.example.hk"),
                       [P("", SNAB)], "Germanium lenses - we can deliver",
                       text(m_gp, "utf-8", "base64"), domain="grandpearl.example.hk", mailer=None)
    MSGS.remove(gp_inner)  # only travels inside the forward
    m_gpf = T("""
    Олеся Станиславовна, Глеб Анатольевич,

    пересылаю «предложение» из Гонконга. По сути это серый реэкспорт тех же немецких линз с переклейкой этикеток. Я бы не связывался: один раз попадёмся — и завод окажется в санкционных списках ещё и у китайцев. Вынесу на Аркадия Вацлавовича.

    П.И.
    """)
    message("gp_fwd", dt(2023, 2, 8, 8, 50), P("Рудак Павел Иосифович", RUDAK, "windows-1251", "B"),
            [P("Журавлёва Олеся Станиславовна", OLESYA, "windows-1251", "B"),
             P("Мацкевич Глеб Анатольевич", MATSK, "windows-1251", "B")],
            "FW: Germanium lenses - we can deliver",
            multipart("mixed", [text(m_gpf, "windows-1251", "base64"),
                                rfc822(gp_inner["raw"], "Germanium lenses - we can deliver.eml")], "gpfwd"))

    m_gpd = T("""
    Dear Mr. Tsang,

    Thank you for your offer of 7 February. Zarevsk Optical-Mechanical Plant does not buy goods of EU origin re-exported in breach of the exporter's licence conditions, and we will not proceed with it.

    Regards,
    Pavel Rudak
    Head of Procurement, ZarOMZ
    """)
    message("gp_decline", dt(2023, 2, 10, 10, 5), P("Pavel Rudak", RUDAK),
            [P("Vincent Tsang", "sales@grandpearl.example.hk")], "Re: Germanium lenses - we can deliver",
            text(m_gpd, "us-ascii", "7bit"), cc=[P("Olesya Zhuravleva", OLESYA)])

    m_dgp = T("""
    Павел Іосіфавіч, Глеб Анатолевіч, Алеся Станіславаўна,

    прапанову Grand Pearl адхіліць: ніякіх схем з рээкспартам еўрапейскіх тавараў завод не разглядае. Адказ ім Павел Іосіфавіч ужо даў — правільна.

    Больш за ўсё мяне турбуе іншае: германіевых нарыхтовак засталося да красавіка, а без іх мы сарвём і расійскі, і в'етнамскі заказы. Прашу да 1 сакавіка падрыхтаваць спіс магчымых пастаўшчыкоў з КНР.

    А.В. Доўнар
    генеральны дырэктар ААТ «Зараўскі оптыка-механічны завод»
    """)
    message("dounar_gp", dt(2023, 2, 10, 16, 40), P("Доўнар Аркадзь Вацлававіч", PRIEM),
            [P("Рудак П.І.", RUDAK), P("Мацкевіч Г.А.", MATSK), P("Жураўлёва А.С.", OLESYA)],
            "Аб прапанове з Ганконга", text(m_dgp, "utf-8", "base64"))

    message("feb23", dt(2023, 2, 14, 12, 0), P("Гринкевич Наталья", NATA, "utf-8", "Q"), [P("", "women@" + D)],
            "К 23 февраля",
            text(T("""
            Девочки, собираем на подарки мужчинам к 23 февраля по 10 рублей, до пятницы — мне или
            Вере Павловне. Идеи подарков принимаются, только не носки и не пена для бритья!

            Наташа
            """), "utf-8", "quoted-printable"), subj_enc=("utf-8", "Q"))

    m_sharm = T("""
    Наташ, привет!

    Ключи от архива БТД оставила у Веры Павловны. Мы с Богданом в субботу улетаем в Шарм-эль-Шейх, первый раз за три года нормальный отпуск. Вернусь 27-го, если что срочное — пиши в вайбер, но лучше не пиши :)

    Леся
    """)
    message("natasha_sharm", dt(2023, 2, 16, 17, 12), P("Журавлёва Олеся", OLESYA, "utf-8", "Q"),
            [P("Гринкевич Наталья", NATA, "utf-8", "Q")], "Ключи от архива",
            text(m_sharm, "utf-8", "quoted-printable"), subj_enc=("utf-8", "Q"))

    m_lfwd = T("""
    Виталий Ильич,

    Вы спрашивали, почему задерживается КД на объектив тепловизионного канала. Пересылаю письмо немецкого поставщика: германиевые линзы и заготовки из Германии мы больше не получим, объектив придётся перепроектировать под другого изготовителя линз. Сроки по этапу 2 сдвинутся на месяц-полтора.

    О.С. Журавлёва
    начальник БТД ОАО «ЗарОМЗ»
    """)
    message("lind_fwd", dt(2023, 2, 20, 9, 40), P("Журавлёва О.С.", OLESYA, "windows-1251", "B"),
            [P("Шестаков Виталий Ильич", SHEST, "windows-1251", "B")],
            "Fwd: Ihre Anfrage Nr. 0311/2023 – Germaniumlinsen GL-38",
            multipart("mixed", [text(m_lfwd, "windows-1251", "base64"),
                                rfc822(lind["raw"], "Lindemann.eml")], "lindfwd"),
            subj_enc=("windows-1251", "B"))

    m_back_q = T("""
    Ну как там Египет? Загорела?
    Н.
    """)
    m_back = T("""
    Вернулись вчера ночью. Египет — сказка: море тёплое, рыбки у самого берега, Богдан научился нырять с маской. В следующий раз хотим в Турцию, но точно не в этом году — на два моря за год денег не хватит.

    """) + quoted(m_back_q)
    message("natasha_back", dt(2023, 2, 27, 8, 31), P("Журавлёва Олеся", OLESYA),
            [P("Гринкевич Наталья", NATA)], "Re: Ключи от архива", text(m_back, "utf-8", "base64"),
            reply_to="natasha_sharm")

    # ---------------- March
    m_brun = T("""
    Sehr geehrter Herr Matskevich,

    wir danken Ihnen für Ihr Interesse an unserem Kollimator KL-500 mit Infrarot-Testtafel.

    Leider müssen wir Ihre Anfrage ablehnen. Die Schweiz hat die Sanktionen der Europäischen Union gegenüber Belarus übernommen; gestützt auf die Verordnung über Massnahmen im Zusammenhang mit der Situation in der Ukraine dürfen wir optische Prüfgeräte dieser Art nicht an Empfänger in Belarus liefern.

    Die offizielle Stellungnahme finden Sie im Anhang.

    Freundliche Grüsse
    Reto Imhof
    Verkauf Osteuropa
    Brunnhofer Messtechnik AG, Zürich
    """)
    brun_pdf = make_pdf([
        "BRUNNHOFER MESSTECHNIK AG",
        "Zurich, Switzerland",
        "1 March 2023",
        "To: Zarevsk Optical-Mechanical Plant OJSC, attn. Mr. Hleb Matskevich, Chief Designer",
        "Subject: Your request for quotation No. 27/23, collimator KL-500",
        "",
        "Dear Mr. Matskevich,",
        "Switzerland has adopted the sanctions of the European Union against Belarus.",
        "Under the Swiss Ordinance on Measures related to the Situation in Ukraine, we are not permitted",
        "to supply the KL-500 collimator or any spare parts for it to your company.",
        "This decision is final and not subject to review.",
        "",
        "Yours faithfully,",
        "Reto Imhof, Sales Eastern Europe",
    ])
    message("brunnhofer", dt(2023, 3, 1, 14, 55, TZ_EU), P("Reto Imhof", "verkauf@brunnhofer.example.ch"),
            [P("Hleb Matskevich", MATSK)], "Angebotsanfrage 27/23 Kollimator KL-500",
            multipart("mixed", [text(m_brun, "utf-8", "quoted-printable"),
                                attachment(brun_pdf, "application/pdf", "Brunnhofer_27-23_Absage.pdf")], "brun"),
            cc=[P("Olesya Zhuravleva", OLESYA)], domain="brunnhofer.example.ch", mailer=None)

    m_coll = T("""
    Павел Иосифович, Олеся Станиславовна,

    швейцарцы тоже отказали, письмо Бруннхофера Олеся Станиславовна получила в копии. Ситуация такая: у нас в цехе сборки один-единственный ИК-коллиматор, и тот с февраля неисправен (треснуло зеркало). Без коллиматора мы не можем ни юстировать тепловизионные каналы, ни сдавать их ОТК и военпреду. Сейчас выставляем оптику по старому коллиматору видимого диапазона, военпред это долго терпеть не будет.

    Прошу срочно искать ИК-коллиматор где угодно, кроме Европы.

    Г.А.
    """)
    message("collim", dt(2023, 3, 2, 8, 15), P("Мацкевич Г.А.", MATSK, "koi8-r", "B"),
            [P("Рудак П.И.", RUDAK, "koi8-r", "B"), P("Журавлёва О.С.", OLESYA, "koi8-r", "B")],
            "Коллиматор", text(m_coll, "koi8-r", "base64"), subj_enc=("koi8-r", "B"),
            mailer="The Bat! (v9.4.2) Professional")

    m_5050 = T("""
    Уважаемый Аркадий Вацлавович!

    В связи с ростом стоимости работ по этапу 3 (изготовление и испытания опытного образца ТПВК-35) предлагаем внести изменения в договор N 14/22-СО и перейти к паритетному финансированию ОКР: по 50 процентов каждой из сторон. Проект дополнительного соглашения готовы направить в течение недели.

    С уважением,
    В.И. Шестаков
    """)
    message("taiga_5050", dt(2023, 3, 6, 6, 30), P("Шестаков В.И.", SHEST, "koi8-r", "B"),
            [P("Довнар Аркадий Вацлавович", PRIEM, "koi8-r", "B")],
            "О паритетном финансировании ОКР Сыч", text(m_5050, "koi8-r", "base64"),
            cc=[P("Мацкевич Г.А.", MATSK, "koi8-r", "B"), P("Журавлева О.С.", OLESYA, "koi8-r", "B")],
            domain="taiga-opt.example.ru", subj_enc=("koi8-r", "B"))

    m_42 = T("""
    Уважаемый Виталий Ильич!

    Переход на равные доли для нас неприемлем: бюджет завода на 2023 год уже свёрстан, и половину стоимости этапа 3 мы не потянем. Вместе с тем признаём, что смета выросла, и готовы увеличить долю ЗарОМЗ с 35 до 42 процентов; соответственно доля «Тайга-Оптроники» составит 58 процентов.

    Проект дополнительного соглашения № 2 в такой редакции подготовит наше бюро технической документации (Журавлёва О.С.) и направит Вам до конца марта.

    С уважением,
    генеральный директор ОАО «ЗарОМЗ»
    А.В. Довнар

    """) + quoted(m_5050)
    message("zaromz_42", dt(2023, 3, 10, 11, 20), P("Довнар А.В.", PRIEM, "windows-1251", "Q"),
            [P("Шестаков В.И.", SHEST, "windows-1251", "Q")],
            "Re: О паритетном финансировании ОКР Сыч", text(m_42, "windows-1251", "quoted-printable"),
            cc=[P("Мацкевич Г.А.", MATSK, "windows-1251", "Q"), P("Журавлёва О.С.", OLESYA, "windows-1251", "Q")],
            reply_to="taiga_5050", subj_enc=("windows-1251", "Q"))

    message("narada", dt(2023, 3, 14, 8, 0), P("Планава-эканамічны аддзел", "peo@" + D), [P("", "heads@" + D)],
            "Нарада ў аўторак",
            text(T("""
            Шаноўныя калегі!

            Нарада па выніках І квартала пераносіцца на аўторак, 21 сакавіка, 10:00, зала пасяджэнняў
            (адміністрацыйны корпус, 3 паверх). Даклады кіраўнікоў падраздзяленняў — да 5 хвілін.

            ПЭА
            """), "utf-8", "base64"), subj_enc=("utf-8", "B"))

    m_optek_orig = T("""
    -------- Пересылаемое сообщение --------
    От: ООО «Оптэк-Казань» <sales@optek-kazan.example.ru>
    Дата: 20.03.2023 11:02
    Тема: Коллиматор ОК-500ИК

    Уважаемый Павел Иосифович!

    ООО «Оптэк-Казань» может изготовить инфракрасный коллиматор ОК-500ИК (световой диаметр 500 мм, спектральный диапазон 3–14 мкм) собственной разработки. Все комплектующие российского производства, экспортная лицензия для поставки в Республику Беларусь не требуется. Срок изготовления — 5 месяцев с даты предоплаты.

    Коммерческий директор
    Р.Ф. Гарипов
    """)
    m_optek = T("""
    Глеб Анатольевич, Олеся Станиславовна, для информации: казанцы откликнулись на наш запрос по коллиматору. Просят техзадание; Глеб Анатольевич, посмотрите характеристики.

    П.И. Рудак

    """) + m_optek_orig
    message("optek_fwd", dt(2023, 3, 20, 13, 44), P("Рудак Павел Иосифович", RUDAK),
            [P("Мацкевич Глеб Анатольевич", MATSK), P("Журавлёва Олеся Станиславовна", OLESYA)],
            "Fwd: Коллиматор ОК-500ИК", text(m_optek, "utf-8", "base64"), mailer="Mozilla Thunderbird 102.8")

    m_optw = T("""
    Павел Иосифович,

    характеристики ОК-500ИК нам подходят, по диаметру даже с запасом. Запросите коммерческое предложение и проект договора; если по цене вменяемо — берём, пять месяцев лучше, чем ничего. Техзадание Олеся Станиславовна оформит до пятницы.

    Г.А. Мацкевич

    """) + quoted(m_optek)
    message("optek_weigh", dt(2023, 3, 23, 9, 3), P("Мацкевич Глеб Анатольевич", MATSK, "windows-1251", "B"),
            [P("Рудак Павел Иосифович", RUDAK, "windows-1251", "B")], "Re: Fwd: Коллиматор ОК-500ИК",
            text(m_optw, "windows-1251", "base64"), cc=[P("Журавлёва Олеся Станиславовна", OLESYA, "windows-1251", "B")],
            reply_to="optek_fwd", subj_enc=("windows-1251", "B"))

    docx_supp = make_docx([
        "ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 2",
        "к договору № 14/22-СО от 03.10.2022 о совместном выполнении опытно-конструкторской работы «Сыч»",
        "г. Новосибирск                                        «__» апреля 2023 г.",
        "Открытое акционерное общество «Зарёвский оптико-механический завод» (Республика Беларусь), именуемое в "
        "дальнейшем «Исполнитель 1», в лице генерального директора Довнара Аркадия Вацлавовича, действующего на "
        "основании Устава, и Акционерное общество «Конструкторское бюро «Тайга-Оптроника» (Российская Федерация), "
        "именуемое в дальнейшем «Исполнитель 2», в лице генерального директора Шестакова Виталия Ильича, "
        "действующего на основании Устава, договорились о нижеследующем:",
        "1. Пункт 4.1 договора изложить в следующей редакции: «4.1. Доля Исполнителя 1 в финансировании ОКР по "
        "созданию тепловизионного прицельного комплекса ТПВК-35 составляет 42 (сорок два) процента, доля "
        "Исполнителя 2 — 58 (пятьдесят восемь) процентов общей стоимости ОКР.»",
        "2. [Пункт 4.3 договора: срок завершения этапа 3 перенести на 30 июня 2024 г.]",
        "3. Остальные условия договора остаются неизменными.",
        "Исполнитель 1: ____________ А.В. Довнар            Исполнитель 2: ____________ В.И. Шестаков",
    ])
    m_supp = T("""
    Глеб Анатольевич,

    проект дополнительного соглашения № 2 к договору № 14/22-СО — во вложении. Доли записала, как решил Аркадий Вацлавович: 42 на 58. Пункт о переносе сроков этапа 3 — на Ваше усмотрение, я оставила его в квадратных скобках.

    Если замечаний нет, в пятницу отправлю в Новосибирск.

    О.С.
    """)
    message("supp_draft", dt(2023, 3, 28, 15, 18), P("Журавлёва Олеся Станиславовна", OLESYA),
            [P("Мацкевич Глеб Анатольевич", MATSK)], "Доп. соглашение № 2 — проект",
            multipart("mixed", [text(m_supp, "utf-8", "quoted-printable"),
                                attachment(docx_supp, DOCX_CT, "Доп_соглашение_2_к_14-22-СО.docx")], "supp"),
            cc=[P("Приёмная", PRIEM)])

    message("bday_vp", dt(2023, 3, 30, 9, 0), P("Гринкевич Наталья", NATA), [P("", "btd@" + D)],
            "День рождения Веры Павловны",
            text(T("""
            Коллеги, в пятницу у Веры Павловны день рождения. Торт берём в «Каравае», цветы — за мной.
            Поздравляем в 15:30 в комнате БТД, Олеся Станиславовна в курсе.
            """), "utf-8", "8bit"))

    # ---------------- April
    m_nsko = T("""
    ПРИКАЗ № 214-к от 03.04.2023
    О направлении в служебную командировку

    1. Направить в служебную командировку в г. Новосибирск (Российская Федерация), АО «КБ «Тайга-Оптроника», с 17.04.2023 по 21.04.2023 для подписания дополнительного соглашения № 2 к договору № 14/22-СО и согласования программы испытаний опытного образца ТПВК-35:
    — Мацкевича Глеба Анатольевича, главного конструктора;
    — Журавлёву Олесю Станиславовну, начальника бюро технической документации.
    2. Бухгалтерии выдать аванс на командировочные расходы в российских рублях.

    Генеральный директор                      А.В. Довнар
    """)
    message("nsk_order", dt(2023, 4, 3, 11, 0), P("Отдел кадров", KADRY, "windows-1251", "B"),
            [P("Мацкевич Г.А.", MATSK, "windows-1251", "B"), P("Журавлёва О.С.", OLESYA, "windows-1251", "B")],
            "Приказ № 214-к о командировке", text(m_nsko, "windows-1251", "base64"),
            subj_enc=("windows-1251", "B"))

    m_tar1 = T("""
    Тарасик, привет!

    Меня отправляют в командировку к вам в Новосибирск, с 17-го по 21-е, вместе с Мацкевичем. Жить будем в гостинице возле Тайги-Оптроники, это далеко от твоего общежития, но вечером 18-го я свободна — сходим поужинаем? Папа передаёт тебе банку мёда и свитер, не спорь.

    Как сессия? Долг по оптике закрыл?

    Мама
    """)
    message("to_taras", dt(2023, 4, 5, 21, 14), P("Олеся Журавлёва", OLESYA), [P("Тарас", TARAS)],
            "Приезжаю 17-го", text(m_tar1, "utf-8", "8bit"), mailer="Mozilla Thunderbird 102.8")

    m_tar2 = T("""
    Мам, привет! Конечно, 18-го вечером свободен, только не в столовую, а нормально куда-нибудь :)
    Сессия закрыта, оптику пересдал на 8.

    Новость: мне одобрили разрешение на временное проживание, так что теперь не надо каждые три месяца бегать в миграционку. Гражданство, естественно, остаётся белорусское — РВП это просто разрешение жить тут, пока учусь.

    Передай папе спасибо за мёд заранее.

    Тарас
    Сибирский институт прикладной оптики, гр. ОЭ-21

    """) + quoted(m_tar1)
    message("taras_re", dt(2023, 4, 6, 7, 2, datetime.timezone(datetime.timedelta(hours=7))),
            P("Тарас", TARAS), [P("Олеся Журавлёва", OLESYA)], "Re: Приезжаю 17-го",
            text(m_tar2, "utf-8", "base64"), domain="sipo.example.ru", reply_to="to_taras", mailer=None)

    m_nskr = T("""
    Генеральному директору ОАО «ЗарОМЗ» А.В. Довнару

    ОТЧЁТ о служебной командировке

    Командированные: главный конструктор Мацкевич Г.А., начальник БТД Журавлёва О.С.
    Место: г. Новосибирск, Российская Федерация, АО «КБ «Тайга-Оптроника».
    Срок: 17–21 апреля 2023 г.

    Результаты:
    1. Подписано дополнительное соглашение № 2 к договору № 14/22-СО: доля ЗарОМЗ в финансировании ОКР «Сыч» — 42 %, доля АО «КБ «Тайга-Оптроника» — 58 %. Предложение партнёра о паритетном финансировании (50/50) снято.
    2. Согласована программа испытаний опытного образца ТПВК-35 на вертолёте Ми-35М (IV квартал 2023 г.).
    3. Передан комплект КД на блок тепловизионного канала (213 документов).

    Начальник БТД                       О.С. Журавлёва
    """)
    message("nsk_report", dt(2023, 4, 24, 10, 30), P("Журавлёва О.С.", OLESYA, "windows-1251", "B"),
            [P("Приёмная генерального директора", PRIEM, "windows-1251", "B")],
            "Отчёт о командировке в г. Новосибирск", alternative(m_nskr, "windows-1251", "base64", "nskr"),
            cc=[P("Мацкевич Г.А.", MATSK, "windows-1251", "B")], subj_enc=("windows-1251", "B"))

    m_sig = T("""
    Олеся Станиславовна, добрый день!

    Сообщаем, что дополнительное соглашение N 2 к договору N 14/22-СО подписано обеими сторонами, оригиналы отправлены почтой на ваш адрес в Зарёвск. Напоминаю ключевое: начиная с этапа 3 ЗарОМЗ финансирует 42% стоимости ОКР "Сыч", КБ "Тайга-Оптроника" - 58%. Счёт на первый транш этапа 3 выставим в мае.

    Е.М. Полунина
    референт генерального директора
    АО "КБ "Тайга-Оптроника"
    """)
    message("taiga_signed", dt(2023, 4, 25, 5, 55), P("Канцелярия КБ Тайга-Оптроника", TKANC, "koi8-r", "Q"),
            [P("Журавлёва О.С.", OLESYA, "koi8-r", "Q")], "Доп. соглашение N 2 подписано",
            text(m_sig, "koi8-r", "quoted-printable"), domain="taiga-opt.example.ru", subj_enc=("koi8-r", "Q"))

    # ---------------- May
    m_jc = T("""
    Dear Mr. Rudak, dear Ms. Zhuravleva,

    Thank you for your inquiry of 18 April. Wuhan Jiangcheng Infrared Optics Co., Ltd. (武汉江城红外光学有限公司) manufactures germanium lenses for LWIR thermal imagers and supplies optical-grade germanium blanks of our own growth.

    We can offer:
    - germanium lenses equivalent to GL-38 (diameter 38 mm, AR/DLC coated), 120 pcs, lead time 8 weeks;
    - germanium blanks, diameter 40-110 mm, 60 pcs, lead time 6 weeks.

    Our products contain no components of EU or US origin, so no export licence from those countries is needed. We are glad to send samples and to receive your specialists at our factory in Wuhan.

    Best regards,
    Guo Haifeng (郭海峰)
    Sales Director
    Wuhan Jiangcheng Infrared Optics Co., Ltd.
    Donghu High-Tech Zone, Wuhan, Hubei, China
    """)
    message("jc_offer", dt(2023, 5, 3, 16, 12, TZ_CN), P("Guo Haifeng", GUO),
            [P("Pavel Rudak", RUDAK), P("Olesya Zhuravleva", OLESYA)],
            "Germanium lenses and blanks for thermal imaging – offer JC-2023-0417",
            alternative(m_jc, "utf-8", "base64", "jc"), domain="jcir-optics.example.cn", subj_enc=("utf-8", "Q"),
            mailer=None)

    m_rjc = T("""
    Коллеги,

    пришло предложение из Уханя: фирма «Цзянчэн» (Wuhan Jiangcheng Infrared Optics, менеджер — господин Го Хайфэн) готова поставить аналоги линз GL-38 и германиевые заготовки собственного выращивания, без европейских и американских комплектующих. Цены на 20–25 % ниже, чем были у Линдеманна.

    Предлагаю запросить образцы и, если пройдут входной контроль, съездить к ним на завод. Олеся Станиславовна, понадобится техдокументация производителя на русском или английском — возьмёте на себя?

    Складской остаток германиевых заготовок — на одну партию.

    П.И. Рудак
    """)
    message("rudak_jc", dt(2023, 5, 5, 9, 47), P("Рудак П.И.", RUDAK, "windows-1251", "B"),
            [P("Мацкевич Г.А.", MATSK, "windows-1251", "B"), P("Журавлёва О.С.", OLESYA, "windows-1251", "B")],
            "Уханьские линзы", text(m_rjc, "windows-1251", "8bit"), subj_enc=("windows-1251", "B"))

    m_riga = T("""
    Наташ, ты же подавалась на латышскую визу — через какой визовый центр, на Кальварийской или в Немиге? Мы с Богданом замахнулись на август: Рига и пару дней в Юрмале, хочу на органный концерт. Документы в латвийское посольство подадим на следующей неделе.

    Леся
    """)
    message("riga_plan", dt(2023, 5, 8, 13, 5), P("Журавлёва Олеся", OLESYA, "utf-8", "Q"),
            [P("Гринкевич Наталья", NATA, "utf-8", "Q")], "Рига?", text(m_riga, "utf-8", "quoted-printable"),
            subj_enc=("utf-8", "Q"))

    message("subbotnik", dt(2023, 5, 12, 15, 0), P("Профком", "profkom@" + D, "windows-1251", "B"), [P("", ALL)],
            "Итоги субботника",
            text(T("""
            Спасибо всем, кто вышел на субботник! Убрали территорию у проходной и сквер на Заводской,
            посадили 40 лип. Отдельная благодарность БТД и механическому цеху — пришли в полном составе.
            """), "windows-1251", "base64"), subj_enc=("windows-1251", "B"))

    m_india = T("""
    Павел Иосифович,

    образцы из Уханя пусть шлют, проверим на стенде. Если по пропусканию в диапазоне 8–12 мкм не дотянут, тогда, теоретически, можно было бы посмотреть на индийцев — но это на крайний случай, никаких запросов туда пока не отправляем.

    И если когда-нибудь санкции снимут, к Линдеманну я бы вернулся: их линзы за двадцать лет ни разу не подвели. Но это из области фантастики.

    По коллиматору: казанцы прислали договор, проверьте цену и сроки.

    Г.А.

    """) + quoted(m_rjc)
    message("india_hypo", dt(2023, 5, 15, 8, 22), P("Мацкевич Глеб Анатольевич", MATSK),
            [P("Рудак Павел Иосифович", RUDAK)], "Re: Уханьские линзы", text(m_india, "utf-8", "8bit"),
            cc=[P("Журавлёва Олеся Станиславовна", OLESYA)], reply_to="rudak_jc")

    m_hanna = T("""
    Лесю, доню, добрий день!

    Пишу тобі, бо від сина листів не дочекаєшся: Богдан відповідає раз на місяць. Передай йому, що в нас усе гаразд, тиск у мене тепер нормальний, сусідка Оксана допомагає з городом.

    Я знаю, що приїхати до нас він зараз не може: його український паспорт прострочений ще з 2016 року, а громадянства України він позбувся, ще коли брав білоруське. Посилку я відправила на ім'я Журавльова Богдана Миколайовича, як у старому паспорті, а листівку до Великодня — на тебе, Журавльовій Олесі Станіславівні, на заводську адресу. Якби кордон колись відкрили, може, і ви з Тарасиком приїхали б до мене в Полтаву, хоч на тиждень. Поки що тільки мрію.

    Як там мій онук у Новосибірську? Чи не мерзне?

    Цілую вас усіх.
    Мама
    Ганна Петрівна
    """)
    message("hanna", dt(2023, 5, 22, 19, 40), P("Ганна Журавльова", HANNA, "utf-8", "Q"),
            [P("", OLESYA)], "Привіт з Полтави", text(m_hanna, "utf-8", "base64"), domain="ukr.example.ua",
            subj_enc=("utf-8", "Q"), mailer=None)

    m_hre = T("""
    Анна Петровна, здравствуйте!

    Спасибо за письмо, передала всё Богдану, он обещал позвонить в воскресенье — прослежу. Тарас в Новосибирске не мёрзнет, там уже +20, и с учёбой у него всё хорошо: сессию сдал. Я в апреле была у него, когда ездила в командировку, — похудел, но весёлый.

    Про поездку к вам: пока граница закрыта, даже не мечтаем, тем более с просроченным украинским паспортом Богдана. Будем созваниваться по видео.

    Обнимаем,
    Леся

    """) + quoted(m_hanna)
    message("hanna_re", dt(2023, 5, 25, 20, 3), P("Журавлёва Олеся", OLESYA, "utf-8", "Q"),
            [P("Ганна Журавльова", HANNA, "utf-8", "Q")], "Re: Привіт з Полтави",
            text(m_hre, "utf-8", "quoted-printable"), reply_to="hanna", subj_enc=("utf-8", "Q"))

    # ---------------- June
    xlsx_anketa = make_xlsx([
        ["Раздел анкеты", "Сведения"],
        ["Фамилия, имя, отчество", "Журавлёва Олеся Станиславовна"],
        ["Дата и место рождения", "11.09.1976, г. Зарёвск Минской области"],
        ["Гражданство", "Республика Беларусь"],
        ["Место работы, должность",
         "ОАО «Зарёвский оптико-механический завод», начальник бюро технической документации (с 2015 г.)"],
        ["Муж", "Журавлёв Богдан Николаевич, 14.03.1972 г.р., уроженец г. Полтавы (Украина); гражданин Республики "
                "Беларусь с 2004 г.; от гражданства Украины отказался в 2004 г.; паспорт гражданина Украины на имя "
                "ZHURAVLOV BOHDAN недействителен с 2016 г."],
        ["Место работы мужа", "КУП «Зарёвсктеплоэнерго», ведущий инженер-энергетик"],
        ["Сын", "Журавлёв Тарас Богданович, 02.02.2004 г.р., гражданин Республики Беларусь; студент Сибирского "
                "института прикладной оптики (г. Новосибирск, Российская Федерация); имеет разрешение на временное "
                "проживание в РФ"],
        ["Мать мужа", "Журавльова Ганна Петрівна (Журавлева Анна Петровна), 1949 г.р., гражданка Украины, г. Полтава"],
        ["Выезды за границу за последние 5 лет",
         "02.2023 — Египет (отдых, с мужем); 04.2023 — Российская Федерация, г. Новосибирск (командировка)"],
    ], sheet="Анкета")
    m_ank = T("""
    Направляю заполненную анкету для переоформления допуска. Сведения о выездах за границу указала по состоянию на 1 июня 2023 г.

    О.С. Журавлёва, БТД, тел. 41-28
    """)
    message("anketa", dt(2023, 6, 1, 14, 25), P("Журавлёва О.С.", OLESYA, "windows-1251", "B"),
            [P("Отдел кадров", KADRY, "windows-1251", "B")], "Анкета на переоформление допуска",
            multipart("mixed", [text(m_ank, "windows-1251", "base64"),
                                attachment(xlsx_anketa, XLSX_CT, "Анкета_Журавлёва_ОС.xlsx")], "anketa"),
            subj_enc=("windows-1251", "B"))

    message("sport", dt(2023, 6, 2, 16, 20), P("Спортклуб ЗарОМЗ", "sport@" + D), [P("", ALL)],
            "Волейбол в субботу",
            text(T("""
            В субботу, 10 июня, в 11:00 в спорткомплексе «Олимп» — товарищеская встреча по волейболу
            с командой ОАО «Зарёвский приборостроительный завод». Болельщики приветствуются, после игры — шашлыки.
            """), "utf-8", "8bit"))

    m_sh = T("""
    Олеся Станиславовна, добрый день!

    Аркадий Вацлавович просит подготовить поздравительный адрес генеральному директору АО «КБ «Тайга-Оптроника» Шестакову Виталию Ильичу: 14 июня ему исполняется 55 лет (1968 г.р.). Текст — тёплый, без канцелярита, обязательно упомянуть совместную работу над «Сычом». Отправим телеграммой и с курьером.

    Приёмная
    """)
    message("shest_bday", dt(2023, 6, 6, 9, 10), P("Приёмная генерального директора", PRIEM),
            [P("Журавлёва О.С.", OLESYA)], "Поздравительный адрес", text(m_sh, "utf-8", "quoted-printable"))

    m_visa = T("""
    Уважаемая заявительница!

    Посольство Латвийской Республики в Минске приняло решение по Вашему заявлению на получение шенгенской визы (тип C, поездка 12.08.2023–19.08.2023, Рига). В выдаче визы отказано. Паспорт с решением можно получить в визовом центре с 15.06.2023.

    Dear applicant, the Embassy of the Republic of Latvia has refused your application for a Schengen visa (type C, Riga, 12.08.2023–19.08.2023). Reason: the information submitted regarding the purpose and conditions of the intended stay was not reliable.

    Applicant: ZHURAULIOVA ALESIA
    Application No.: LVMSQ230611-0482
    """)
    message("visa_refusal", dt(2023, 6, 14, 12, 0), P("Visa Application Centre", "noreply@visa-lv.example.by"),
            [P("", OLESYA)], "Решение по визовому заявлению / Visa application decision LVMSQ230611-0482",
            text(m_visa, "utf-8", "base64"), domain="visa-lv.example.by", mailer=None)

    m_rc = T("""
    Наташ, Рига отменяется. Латыши отказали обоим — и мне, и Богдану, формулировка «цель поездки не подтверждена». Автобус сдала, бронь в Юрмале отменила без штрафа. Никуда летом не поедем, будем на даче, тоже неплохо.

    Леся

    """) + quoted(m_riga)
    message("riga_cancel", dt(2023, 6, 16, 11, 48), P("Журавлёва Олеся", OLESYA, "windows-1251", "Q"),
            [P("Гринкевич Наталья", NATA, "windows-1251", "Q")], "Re: Рига?",
            text(m_rc, "windows-1251", "quoted-printable"), reply_to="riga_plan", subj_enc=("windows-1251", "Q"))

    m_civ = T("""
    Олеся Станиславовна,

    по договору с областным центром санитарной авиации ремонтируем четыре обзорные тепловизионные камеры с вертолётов Ми-8МТВ. Это гражданский заказ, военпред его не принимает, поэтому документацию оформляйте по гражданской линии — без литеры «О» и без согласования с 5-м отделом.

    Г.А. Мацкевич
    """)
    message("civil", dt(2023, 6, 20, 10, 2), P("Мацкевич Глеб Анатольевич", MATSK), [P("Журавлёва О.С.", OLESYA)],
            "Камеры для санавиации", text(m_civ, "utf-8", "quoted-printable"))

    # ---------------- July
    m_bog = T("""
    Лесенька,

    мама звонила, жалуется, что я ей не пишу - ты ей, видно, рассказала, что я обещал позвонить :) Поговорили час. Говорит, у них в Полтаве опять сирены по ночам.

    Про паспорт: я еще раз посмотрел - украинский загранпаспорт у меня просрочен с 2016-го, восстанавливать его нет смысла, я давно гражданин Беларуси и только. Так что к маме - только когда откроют границу, а пока видеосвязь.

    Тарас просил денег на новый ноутбук, я ему перевел, не ругайся. Сын у нас один.

    Богдан
    --
    Журавлев Б.Н.
    ведущий инженер-энергетик
    КУП "Заревсктеплоэнерго"
    """)
    message("bogdan", dt(2023, 7, 3, 12, 37), P("Богдан", BOGDAN, "koi8-r", "B"), [P("Леся", OLESYA, "koi8-r", "B")],
            "мама звонила", text(m_bog, "koi8-r", "8bit"), domain="zarteplo.example.by", subj_enc=("koi8-r", "B"),
            mailer="The Bat! (v9.4.2) Professional")

    message("medosmotr", dt(2023, 7, 5, 8, 30), P("Здравпункт", "zdrav@" + D, "windows-1251", "Q"), [P("", ALL)],
            "Медосмотр",
            text(T("""
            Периодический медосмотр для работников БТД, ОГК и ОМТС — 12 и 13 июля с 8:00 до 12:00
            в здравпункте. При себе иметь паспорт и направление.
            """), "windows-1251", "quoted-printable"), subj_enc=("windows-1251", "Q"))

    m_neg = T("""
    Олеся Станиславовна,

    отвечаю на Ваш вопрос по литерам. Для Министерства обороны Республики Беларусь мы в этом году по Ми-24 ничего не делаем, так что отдельный комплект для белорусского заказчика не нужен. С Казахстаном тоже ничего: была только переписка, контракт не подписан и подписан не будет.

    Г.А.
    """)
    message("negation", dt(2023, 7, 10, 14, 15), P("Мацкевич Глеб Анатольевич", MATSK, "utf-8", "Q"),
            [P("Журавлёва О.С.", OLESYA, "utf-8", "Q")], "Re: литеры на 2023", text(m_neg, "utf-8", "base64"),
            subj_enc=("utf-8", "Q"))

    m_inv = T("""
    Dear Ms. Zhuraulyova,

    As agreed with Mr. Rudak, please find attached the official invitation letter for you and Mr. Matskevich for your visa applications. We were very glad to learn that the GL-38 equivalent samples passed your incoming inspection. We look forward to welcoming you in Wuhan on 4 September.

    Best regards,
    Guo Haifeng
    """)
    inv_pdf = make_pdf([
        "WUHAN JIANGCHENG INFRARED OPTICS CO., LTD.",
        "Donghu High-Tech Zone, Wuhan, Hubei Province, P.R. China",
        "20 July 2023",
        "",
        "INVITATION LETTER",
        "To the Consular Section of the Embassy of the People's Republic of China in the Republic of Belarus",
        "",
        "We hereby invite the following specialists of Zarevsk Optical-Mechanical Plant OJSC (Belarus)",
        "to visit our company in Wuhan from 4 September 2023 to 11 September 2023:",
        "1. Ms. ZHURAULIOVA ALESIA, Head of Technical Documentation Bureau, passport MP4471902",
        "2. Mr. MATSKEVICH HLEB, Chief Designer, passport MP3390517",
        "Purpose of visit: factory audit and negotiation of the supply of germanium lenses and blanks.",
        "All expenses in China will be covered by the inviting party.",
        "",
        "Guo Haifeng, Sales Director",
    ])
    message("jc_invite", dt(2023, 7, 20, 10, 45, TZ_CN), P("Guo Haifeng", GUO), [P("Alesia Zhuraulyova", OLESYA)],
            "Invitation letter for your visit to Wuhan",
            multipart("mixed", [text(m_inv, "utf-8", "quoted-printable"),
                                attachment(inv_pdf, "application/pdf", "Invitation_ZarOMZ_Wuhan.pdf")], "inv"),
            cc=[P("Hleb Matskevich", MATSK)], domain="jcir-optics.example.cn", mailer=None)

    # ---------------- August
    news = T("""
    PHOTONICS MARKET WEEKLY — 1 August 2023

    * China's export licensing regime for gallium and germanium takes effect today. Analysts expect germanium prices in Europe to rise by 15-20 % in the third quarter.
    * A European IR camera maker reports record orders from border security agencies.
    * Trade fair season: the autumn optics exhibition in Shenzhen opens on 6 September.

    You receive this newsletter because you subscribed at photonics-weekly.example.com.
    """)
    message("newsletter", dt(2023, 8, 1, 6, 0, TZ_EU), P("Photonics Market Weekly", "news@photonics-weekly.example.com"),
            [P("", OLESYA)], "Photonics Market Weekly: germanium export licensing in force",
            alternative(news, "utf-8", "quoted-printable", "news"), domain="photonics-weekly.example.com", mailer=None)

    m_who = T("""
    ЗАГАД № 402-к ад 14.08.2023
    Аб накіраванні ў службовую камандзіроўку

    Накіраваць у службовую камандзіроўку ў г. Ухань (Кітайская Народная Рэспубліка), кампанія Wuhan Jiangcheng Infrared Optics Co., Ltd., з 04.09.2023 па 11.09.2023 з мэтай азнаямлення з вытворчасцю германіевай оптыкі і ўзгаднення ўмоў пастаўкі германіевых лінзаў і нарыхтовак:
    – Мацкевіча Глеба Анатолевіча, галоўнага канструктара;
    – Жураўлёву Алесю Станіславаўну, начальніка бюро тэхнічнай дакументацыі.

    Генеральны дырэктар                 А.В. Доўнар
    """)
    message("wuhan_order", dt(2023, 8, 14, 11, 5), P("Аддзел кадраў", KADRY, "windows-1251", "B"),
            [P("Мацкевіч Г.А.", MATSK, "windows-1251", "B"), P("Жураўлёва А.С.", OLESYA, "windows-1251", "B")],
            "Загад № 402-к аб камандзіроўцы ў КНР", text(m_who, "windows-1251", "base64"),
            subj_enc=("windows-1251", "B"))

    itin = T("""
    <html><head><meta charset="utf-8"><title>Электронный билет</title></head>
    <body style="font-family: Arial, sans-serif; font-size: 13px">
    <p>Уважаемая Олеся Станиславовна!</p>
    <p>Ваши электронные билеты оформлены.</p>
    <table border="1" cellpadding="4" cellspacing="0">
    <tr><td><b>Пассажиры</b></td><td>ZHURAULIOVA/ALESIA MS; MATSKEVICH/HLEB MR</td></tr>
    <tr><td>04SEP23</td><td>MINSK (MSQ) – BEIJING DAXING (PKX)</td></tr>
    <tr><td>05SEP23</td><td>BEIJING DAXING (PKX) – WUHAN TIANHE (WUH)</td></tr>
    <tr><td>11SEP23</td><td>WUHAN TIANHE (WUH) – BEIJING DAXING (PKX) – MINSK (MSQ)</td></tr>
    </table>
    <p>Регистрация на рейс открывается за 24 часа до вылета. Багаж: 23 кг на пассажира.</p>
    <p>Турагентство «Зарёвск-Тур», тел. +375 17 955-20-20</p>
    </body></html>
    """)
    message("itinerary", dt(2023, 8, 22, 17, 40), P("Зарёвск-Тур", TOUR, "utf-8", "B"),
            [P("Журавлёва Олеся", OLESYA, "utf-8", "B")], "Электронные билеты: Минск – Пекин – Ухань",
            text(itin, "utf-8", "base64", "html"), domain="zartour.example.by", mailer="Roundcube Webmail/1.6.0")

    m_gossip = T("""
    Лесь, слышала новости? Говорят, один наладчик из шестого цеха получил российский паспорт и перевёлся куда-то под Калугу. А ещё кто-то из бухгалтерии будто бы летал на Мальдивы за счёт профсоюза — но это уже явно враньё, у профкома на Мальдивы денег нет :)

    Н.
    """)
    message("gossip", dt(2023, 8, 25, 15, 55), P("Гринкевич Наталья", NATA), [P("Журавлёва Олеся", OLESYA)],
            "новости", text(m_gossip, "utf-8", "8bit"))

    # ---------------- September
    m_wu = T("""
    Тарас, привет из Уханя! Долетели через Пекин, в самолёте не спала ни минуты. Жара +33 и влажность как в бане, Глеб Анатольевич страдает в пиджаке. Завод у китайцев огромный, чистота как в операционной, германий выращивают сами — нам бы так.

    Вечером водили на набережную Янцзы, сфотографирую тебе мост.

    Мама
    """)
    message("from_wuhan", dt(2023, 9, 6, 22, 10, TZ_CN), P("Олеся Журавлёва", OLESYA, "utf-8", "Q"),
            [P("Тарас", TARAS, "utf-8", "Q")], "Привет из Уханя", text(m_wu, "utf-8", "quoted-printable"),
            subj_enc=("utf-8", "Q"), mailer="K-9 Mail for Android")

    xlsx_cmp = make_xlsx([
        ["Показатель", "Lindemann Präzisionsoptik GmbH (Германия)", "Wuhan Jiangcheng Infrared Optics (КНР)"],
        ["Линза GL-38 / аналог, цена за шт., EUR", 410, 318],
        ["Германиевая заготовка диаметром 80 мм, цена, EUR", 265, 190],
        ["Срок поставки, недель", 6, 8],
        ["Возможность поставки", "поставка запрещена санкциями ЕС (письмо от 02.02.2023)",
         "поставка возможна, экспортная лицензия не требуется"],
        ["Результаты входного контроля образцов", "—", "соответствуют ТУ, замечаний нет"],
    ], sheet="Сравнение")
    m_wr = T("""
    Аркадий Вацлавович,

    по итогам командировки в г. Ухань (КНР) 4–11 сентября (Мацкевич Г.А., Журавлёва О.С.) докладываю: производство у Wuhan Jiangcheng Infrared Optics полного цикла — от выращивания германия до нанесения покрытий; образцы линз прошли наш входной контроль и испытания на стенде без замечаний. Предлагаю заключить контракт на поставку 120 линз и 60 германиевых заготовок, первая партия — в ноябре. Сравнение с прежним немецким поставщиком — во вложении.

    Документацию производителя Олеся Станиславовна уже получила и переводит.

    Г.А. Мацкевич
    """)
    message("wuhan_report", dt(2023, 9, 14, 9, 30), P("Мацкевич Г.А.", MATSK, "windows-1251", "B"),
            [P("Довнар А.В.", PRIEM, "windows-1251", "B")], "Итоги командировки в Ухань",
            multipart("mixed", [text(m_wr, "windows-1251", "base64"),
                                attachment(xlsx_cmp, XLSX_CT, "Сравнение_Lindemann_Jiangcheng.xlsx")], "wr"),
            cc=[P("Журавлёва О.С.", OLESYA, "windows-1251", "B"), P("Рудак П.И.", RUDAK, "windows-1251", "B")],
            subj_enc=("windows-1251", "B"))

    m_ok = T("""
    Глеб Анатолевіч, згодзен. Павел Іосіфавіч — рыхтуйце кантракт з «Цзянчэнам» на германіевыя лінзы і нарыхтоўкі, Алеся Станіславаўна — пераклад ТУ вытворцы да 1 кастрычніка.

    А.Д.

    """) + quoted(m_wr)
    message("dounar_ok", dt(2023, 9, 15, 8, 5), P("Доўнар А.В.", PRIEM),
            [P("Мацкевіч Г.А.", MATSK), P("Рудак П.І.", RUDAK)], "Re: Итоги командировки в Ухань",
            text(m_ok, "utf-8", "8bit"), cc=[P("Жураўлёва А.С.", OLESYA)], reply_to="wuhan_report")

    message("update1c", dt(2023, 9, 20, 17, 0), P("Служба ИТ", "it@" + D), [P("", ALL)],
            "Обновление 1С:Документооборот",
            text(T("""
            В субботу с 9:00 до 14:00 будет обновляться 1С:Документооборот. Сохраните черновики заранее.
            После обновления в карточке документа появится поле «Литера», БТД просит заполнять его обязательно.
            """), "utf-8", "quoted-printable"), mailer="Zimbra 8.8")

    # ---------------- October
    m_con = T("""
    Dear Mr. Rudak,

    We confirm that Contract No. JC-ZO-2023-11 for 120 germanium lenses (GL-38 equivalent) and 60 germanium blanks has been signed by both parties. The first shipment will leave Wuhan by rail on 6 November.

    Ms. Zhuravleva, the English and Chinese versions of the technical specifications are attached to the contract; the Russian translation checked by our engineer will follow next week.

    Best regards,
    Guo Haifeng
    Sales Director
    """)
    message("jc_contract", dt(2023, 10, 2, 15, 20, TZ_CN), P("Guo Haifeng", GUO), [P("Pavel Rudak", RUDAK)],
            "Contract JC-ZO-2023-11 signed", text(m_con, "utf-8", "quoted-printable"),
            cc=[P("Olesya Zhuravleva", OLESYA)], domain="jcir-optics.example.cn", mailer=None)

    xlsx_q4 = make_xlsx([
        ["№", "Изделие / заказ", "Заказчик", "Вид работ", "Документация", "Срок"],
        [1, "Прицельно-навигационная система вертолёта Ми-24П, 6 комплектов", "Минобороны России", "модернизация",
         "ведомости, формуляры", "15.11.2023"],
        [2, "Прицельная станция вертолёта Ми-35М, 2 комплекта", "Минобороны России", "восстановительный ремонт",
         "формуляры", "30.11.2023"],
        [3, "Прицельная система вертолёта Ми-24, 4 комплекта", "ВВС Вьетнама", "ремонт с модернизацией",
         "РТЭ на английском языке", "20.12.2023"],
        [4, "Обзорные камеры вертолёта Ми-8МТВ", "областной центр санитарной авиации", "ремонт",
         "ремонтная ведомость", "30.10.2023"],
        [5, "ТПВК-35 «Сыч» (совместная ОКР с АО «КБ «Тайга-Оптроника»)", "—", "ОКР, этап 3",
         "РТЭ опытного образца", "22.12.2023 (под угрозой: нет исправного ИК-коллиматора)"],
        [6, "ИК-коллиматор ОК-500ИК (ООО «Оптэк-Казань»)", "—", "поставка по договору", "входной контроль",
         "ожидается в ноябре 2023"],
    ], sheet="IV кв 2023")
    m_q4 = T("""
    Глеб Анатольевич,

    план выпуска документации БТД на IV квартал — во вложении. Обратите внимание на строку 5: пока нет исправного ИК-коллиматора, РТЭ на ТПВК-35 мы не закроем — нечем подтвердить параметры юстировки.

    О.С. Журавлёва
    """)
    message("q4plan", dt(2023, 10, 5, 10, 10), P("Журавлёва О.С.", OLESYA, "windows-1251", "B"),
            [P("Мацкевич Г.А.", MATSK, "windows-1251", "B")], "План БТД на IV квартал",
            multipart("mixed", [text(m_q4, "windows-1251", "base64"),
                                attachment(xlsx_q4, XLSX_CT, "БТД_план_IV_кв_2023.xlsx")], "q4"),
            subj_enc=("windows-1251", "B"))

    m_br = T("""
    ПРИКАЗ № 447-к от 09.10.2023
    О направлении в служебную командировку

    Направить в служебную командировку в г. Брест (Республика Беларусь) с 12.10.2023 по 13.10.2023 для участия в республиканском семинаре по стандартам ЕСКД Журавлёву Олесю Станиславовну, начальника бюро технической документации.

    Генеральный директор                      А.В. Довнар
    """)
    message("brest", dt(2023, 10, 9, 11, 40), P("Отдел кадров", KADRY, "windows-1251", "B"),
            [P("Журавлёва О.С.", OLESYA, "windows-1251", "B")], "Приказ № 447-к (Брест)",
            text(m_br, "windows-1251", "base64"), subj_enc=("windows-1251", "B"))

    m_tt = T("""
    Глеб Анатольевич, Олеся Станиславовна, добрый день!

    Опытный образец ТПВК-35 «Сыч» собран; заводские испытания на вертолёте Ми-35М начинаем 6 ноября. Присылать вашего представителя не нужно, протоколы направим сразу после завершения.

    Финансирование этапа 3 идёт по допсоглашению № 2: с вашей стороны — 42 %, с нашей — 58 %. Первый транш от ЗарОМЗ получен, спасибо.

    В.И. Шестаков
    """)
    message("taiga_test", dt(2023, 10, 16, 4, 50), P("Шестаков Виталий Ильич", SHEST),
            [P("Мацкевич Глеб Анатольевич", MATSK), P("Журавлёва Олеся Станиславовна", OLESYA)],
            "ТПВК-35: испытания на Ми-35М", text(m_tt, "utf-8", "base64"), domain="taiga-opt.example.ru")

    message("fire", dt(2023, 10, 20, 8, 45), P("Служба охраны труда", "ot@" + D, "windows-1251", "B"),
            [P("", ALL)], "Учебная пожарная тревога",
            text(T("""
            26 октября в 10:30 — учебная эвакуация административного корпуса. Сбор у главной проходной.
            Руководителям подразделений — сдать списки присутствующих.
            """), "windows-1251", "base64"), subj_enc=("windows-1251", "B"))

    message("eskd", dt(2023, 11, 6, 9, 15), P("Журавлёва О.С.", OLESYA, "windows-1251", "Q"), [P("", "btd@" + D)],
            "Итоги семинара в Бресте",
            text(T("""
            Коллеги, по итогам семинара в Бресте: с 1 января меняются правила оформления извещений об изменении
            и листов регистрации изменений. Шаблоны обновлю до конца ноября, до этого работаем по-старому.

            О.С.
            """), "windows-1251", "quoted-printable"), subj_enc=("windows-1251", "Q"))

    # ---------------- November / December
    m_eg2 = T("""
    Dear Mrs Zhuraulyova,

    Thank you for choosing Coral Crest Resort Sharm El Sheikh again. We are pleased to confirm your reservation:

    Confirmation number: CCR-78215
    Guests: Mrs Alesia Zhuraulyova, Mr Bahdan Zhuraulyou, Mr Taras Zhuraulyou
    Arrival: 29 December 2023
    Departure: 8 January 2024
    Room: Family Room, Garden View, All Inclusive
    The New Year's Eve gala dinner on 31 December is included.

    We look forward to welcoming you back to Egypt.

    Reservations Department
    Coral Crest Resort, Naama Bay, Sharm El Sheikh, South Sinai, Egypt
    """)
    message("eg2_hotel", dt(2023, 11, 20, 13, 5, TZ_EG), P("Coral Crest Resort", "reservations@coralcrest.example.eg"),
            [P("", OLESYA)], "Reservation confirmation CCR-78215 – Coral Crest Resort Sharm El Sheikh",
            alternative(m_eg2, "utf-8", "quoted-printable", "eg2"), domain="coralcrest.example.eg",
            subj_enc=("utf-8", "Q"), mailer=None)

    message("gifts", dt(2023, 11, 15, 12, 12), P("Профком", "profkom@" + D, "koi8-r", "Q"), [P("", ALL)],
            "Новогодние подарки",
            text(T("""
            Списки детей до 14 лет на новогодние подарки - до 1 декабря, в профком. Билеты на елку
            в ДК - 15 штук, по записи.
            """), "koi8-r", "quoted-printable"), subj_enc=("koi8-r", "Q"))

    m_tny = T("""
    Мам, взял билет Новосибирск – Москва – Минск на 27 декабря, прилетаю в 22:40, встречайте. 29-го же все вместе летим в Шарм? Папа сказал, что отель тот же, что и в феврале. Сессию сдам досрочно, договорился.

    Тарас
    """)
    message("taras_ny", dt(2023, 11, 28, 18, 30, datetime.timezone(datetime.timedelta(hours=7))), P("Тарас", TARAS),
            [P("Олеся Журавлёва", OLESYA)], "Новый год", text(m_tny, "utf-8", "base64"), domain="sipo.example.ru",
            mailer=None)

    m_eg2n = T("""
    Начальнику отдела кадров

    УВЕДОМЛЕНИЕ

    Я, Журавлёва О.С., начальник бюро технической документации, в период с 29.12.2023 по 08.01.2024 (трудовой отпуск 29.12.2023 и 03–05.01.2024) выезжаю в Египет, г. Шарм-эль-Шейх, с целью отдыха вместе с мужем, Журавлёвым Б.Н., и сыном, Журавлёвым Тарасом Богдановичем, 2004 г.р.

    04.12.2023                 О.С. Журавлёва
    """)
    message("eg2_notice", dt(2023, 12, 4, 9, 50), P("Журавлёва О.С.", OLESYA, "windows-1251", "B"),
            [P("Отдел кадров", KADRY, "windows-1251", "B")], "Уведомление о выезде",
            text(m_eg2n, "windows-1251", "base64"), subj_enc=("windows-1251", "B"))

    message("vacations", dt(2023, 12, 20, 10, 0), P("Аддзел кадраў", KADRY), [P("", "heads@" + D)],
            "Графік адпачынкаў на 2024 год",
            text(T("""
            Кіраўнікам падраздзяленняў: графікі працоўных адпачынкаў на 2024 год здаць у аддзел кадраў
            да 27 снежня. Форма — як летась.
            """), "utf-8", "quoted-printable"), subj_enc=("utf-8", "Q"))

    # ---------------- loose messages
    m_l1 = T("""
    Dear Ms. Zhuraulyova, dear Mr. Matskevich,

    Thank you again for visiting Jiangcheng in Wuhan from 4 to 11 September. It was a pleasure to show you our germanium crystal growth line and the coating shop. As discussed, we will prepare the contract for 120 lenses and 60 germanium blanks and send it to Mr. Rudak by the end of September.

    Please give my best regards to Mr. Dounar.

    郭海峰 Guo Haifeng
    Sales Director, Wuhan Jiangcheng Infrared Optics Co., Ltd.
    武汉江城红外光学有限公司
    """)
    message("l_jc_thanks", dt(2023, 9, 13, 9, 0, TZ_CN), P("Guo Haifeng", GUO),
            [P("Alesia Zhuraulyova", OLESYA), P("Hleb Matskevich", MATSK)],
            "Thank you for visiting Wuhan / 感谢来访", text(m_l1, "utf-8", "base64"),
            domain="jcir-optics.example.cn", subj_enc=("utf-8", "B"), mailer=None, loose="001.eml")

    m_l2 = T("""
    Dear Mrs Zhuraulyova,

    Thank you for spending the New Year holidays with your family at Coral Crest Resort Sharm El Sheikh (29 December 2023 – 8 January 2024). We hope that you, Mr Bahdan and Mr Taras enjoyed the gala dinner and the house reef.

    We would be grateful if you shared your impressions on our website. As a returning guest you will receive 10 % off your next stay.

    Guest Relations
    Coral Crest Resort Sharm El Sheikh
    """)
    message("l_eg2_thanks", dt(2024, 1, 10, 12, 0, TZ_EG), P("Coral Crest Resort", "guestrelations@coralcrest.example.eg"),
            [P("", OLESYA)], "Thank you for staying with us", text(m_l2, "utf-8", "quoted-printable"),
            domain="coralcrest.example.eg", mailer=None, loose="002.eml", with_mid=False, crlf=True)

    m_l3 = T("""
    Dear Mr. Matskevich,

    The commission of the Air Force Equipment Centre has accepted the second batch under Contract No. VN-ZO/22-07: four sighting systems of Mi-24 helicopters of the Vietnam People's Air Force after overhaul and upgrade. The acceptance certificate No. 07/2 has been signed today. The English manuals prepared by Mrs. Zhuravleva's bureau were found complete.

    Sincerely,
    Lt. Col. Le Minh Khoa
    Technical Department, Air Force Equipment Centre
    """)
    message("l_vn_accept", dt(2023, 12, 22, 15, 30, TZ_VN), P("Le Minh Khoa", "kythuat@vnaf-tech.example.vn"),
            [P("Hleb Matskevich", MATSK)], "Contract VN-ZO/22-07: acceptance of the second batch",
            text(m_l3, "us-ascii", "7bit"), cc=[P("Olesya Zhuravleva", OLESYA)], domain="vnaf-tech.example.vn",
            mailer=None, loose="003.eml")

    for m in MSGS:
        assert b"\nFrom " not in m["raw"], m["key"]
    return MSGS


# --------------------------------------------------------------------------- truth

ENTITIES = [
    # organisations
    dict(id="o_zaromz", schema="Company", name="Zarevsk Optical-Mechanical Plant", names=[
        "ОАО «Зарёвский оптико-механический завод»", "Зарёвский оптико-механический завод",
        "Открытое акционерное общество «Зарёвский оптико-механический завод»", "ЗарОМЗ", "ОАО «ЗарОМЗ»",
        "ААТ «Зараўскі оптыка-механічны завод»", "Зараўскі оптыка-механічны завод",
        "Zarevsk Optical-Mechanical Plant", "Zarevsk Optical-Mechanical Plant OJSC", "ZarOMZ"], properties={"country": ["by"]}),
    dict(id="o_taiga", schema="Company", name="Taiga-Optronika Design Bureau", names=[
        "АО «КБ «Тайга-Оптроника»", "Акционерное общество «Конструкторское бюро «Тайга-Оптроника»",
        "КБ «Тайга-Оптроника»", 'КБ "Тайга-Оптроника"', 'АО "КБ "Тайга-Оптроника"', "Тайга-Оптроника",
        "Тайга-Оптроники", "«Тайга-Оптроники»", "Тайги-Оптроники"],
         properties={"country": ["ru"]}),
    dict(id="o_jiangcheng", schema="Company", name="Wuhan Jiangcheng Infrared Optics Co., Ltd.", names=[
        "Wuhan Jiangcheng Infrared Optics Co., Ltd.", "Wuhan Jiangcheng Infrared Optics", "Jiangcheng",
        "武汉江城红外光学有限公司", "Цзянчэн", "«Цзянчэн»", "Цзянчэнам", "WUHAN JIANGCHENG INFRARED OPTICS CO., LTD."],
         properties={"country": ["cn"]}),
    dict(id="o_lindemann", schema="Company", name="Lindemann Präzisionsoptik GmbH", names=[
        "Lindemann Präzisionsoptik GmbH", "Lindemann", "Линдеманн", "Линдеманна", "Линдеманну"],
         properties={"country": ["de"]}),
    dict(id="o_brunnhofer", schema="Company", name="Brunnhofer Messtechnik AG", names=[
        "Brunnhofer Messtechnik AG", "BRUNNHOFER MESSTECHNIK AG", "Бруннхофера"], properties={"country": ["ch"]}),
    dict(id="o_grandpearl", schema="Company", name="Grand Pearl Trading (HK) Limited", names=[
        "Grand Pearl Trading (HK) Limited", "Grand Pearl"], properties={"country": ["hk"]}),
    dict(id="o_optek", schema="Company", name="Optek-Kazan LLC", names=[
        "ООО «Оптэк-Казань»", "Оптэк-Казань"], properties={"country": ["ru"]}),
    dict(id="o_teplo", schema="Company", name="Zarevskteploenergo", names=[
        "КУП «Зарёвсктеплоэнерго»", 'КУП "Заревсктеплоэнерго"', "Зарёвсктеплоэнерго", "Заревсктеплоэнерго"],
         properties={"country": ["by"]}),
    # people
    dict(id="p_zhuravleva", schema="Person", name="Alesia Zhuraulyova", names=[
        "Журавлёва Олеся Станиславовна", "Журавлёва О.С.", "О.С. Журавлёва", "Журавлева О.С.", "Журавлёву О.С.",
        "Журавлёву Олесю Станиславовну", "Журавлёва Олеся", "Олеся Журавлёва", "Олеся Станиславовна",
        "Лесенька", "Леся", "Лесю", "Лесь",
        "Алеся Станіславаўна", "Жураўлёва А.С.", "Жураўлёву Алесю Станіславаўну", "Журавльовій Олесі Станіславівні",
        "ZHURAULIOVA ALESIA", "Ms. ZHURAULIOVA ALESIA", "Alesia Zhuraulyova", "Mrs Alesia Zhuraulyova",
        "Ms. Zhuraulyova", "Mrs Zhuraulyova", "Olesya Zhuravleva", "Zhuravleva Olesya", "Mrs. Zhuravleva",
        "Ms. Zhuravleva", "Frau Schurawljowa", "О.С."], properties={"email": [OLESYA], "citizenship": ["by"]}),
    dict(id="p_bogdan", schema="Person", name="Bahdan Zhurauliou", names=[
        "Журавлёв Богдан Николаевич", "Журавлёвым Богданом Николаевичем", "Журавлёвым Б.Н.", "Журавлев Б.Н.",
        "Богдан", "Богданом", "Богдану", "Богдана", "Журавльова Богдана Миколайовича", "ZHURAULIOU BAHDAN",
        "Mr Bahdan Zhuraulyou", "Mr Bahdan", "ZHURAVLOV BOHDAN"],
         properties={"email": [BOGDAN], "citizenship": ["by"]}),
    dict(id="p_taras", schema="Person", name="Taras Zhurauliou", names=[
        "Журавлёв Тарас Богданович", "Журавлёвым Тарасом Богдановичем", "Тарас", "Тарасик", "Тарасиком",
        "Mr Taras Zhuraulyou", "Mr Taras"], properties={"email": [TARAS], "citizenship": ["by"]}),
    dict(id="p_hanna", schema="Person", name="Hanna Zhuravlova", names=[
        "Ганна Журавльова", "Ганна Петрівна", "Журавльова Ганна Петрівна", "Журавлева Анна Петровна",
        "Анна Петровна"], properties={"email": [HANNA], "citizenship": ["ua"]}),
    dict(id="p_dounar", schema="Person", name="Arkadz Dounar", names=[
        "А.В. Довнар", "Довнар А.В.", "А.В. Довнару", "Довнар Аркадий Вацлавович", "Довнара Аркадия Вацлавовича",
        "Аркадий Вацлавович", "Аркадия Вацлавовича", "А.В. Доўнар", "Доўнар А.В.",
        "Доўнар Аркадзь Вацлававіч", "Mr. Dounar", "А.Д."], properties={}),
    dict(id="p_matskevich", schema="Person", name="Hleb Matskevich", names=[
        "Мацкевич Глеб Анатольевич", "Мацкевич Г.А.", "Г.А. Мацкевич", "Глеб Анатольевич", "Мацкевичем",
        "Мацкевича Глеба Анатольевича", "Мацкевіч Г.А.", "Глеб Анатолевіч", "Мацкевіча Глеба Анатолевіча",
        "Hleb Matskevich", "Mr. Hleb Matskevich", "Mr. Matskevich", "Herr Matskevich", "MATSKEVICH HLEB",
        "Mr. MATSKEVICH HLEB", "Г.А."], properties={}),
    dict(id="p_rudak", schema="Person", name="Pavel Rudak", names=[
        "Рудак Павел Иосифович", "Рудак П.И.", "П.И. Рудак", "Павел Иосифович", "Павлом Иосифовичем",
        "Рудак П.І.", "Павел Іосіфавіч", "Pavel Rudak", "Mr. Rudak", "Herr Rudak", "П.И."], properties={}),
    dict(id="p_shestakov", schema="Person", name="Vitaly Shestakov", names=[
        "Шестаков Виталий Ильич", "Шестаков В.И.", "В.И. Шестаков", "Виталий Ильич", "Шестакова Виталия Ильича",
        "Шестакову Виталию Ильичу"], properties={}),
    dict(id="p_guo", schema="Person", name="Guo Haifeng", names=[
        "Guo Haifeng", "郭海峰", "郭海峰 Guo Haifeng", "Го Хайфэн", "господин Го Хайфэн"], properties={}),
]


def ev(key, *quotes):
    return [(key, q) for q in quotes]


def F(kind, summary, subjects, attributes, evidence):
    return dict(kind=kind, summary=summary, subjects=subjects, attributes=attributes, evidence=evidence)


FINDINGS = [
    # military maintenance
    F("military_maintenance",
      "ZarOMZ modernises the sighting-navigation systems of Mi-24P and repairs the sighting stations of Mi-35M "
      "helicopters for the Russian armed forces (Russian state defence order).",
      ["o_zaromz"], {"platforms": ["mi-24", "mi-35"], "customer_country": "ru"},
      ev("tasks2023", "модернизация прицельно-навигационных систем вертолётов Ми-24П (18 комплектов) и "
                      "восстановительный ремонт прицельных станций вертолётов Ми-35М (6 комплектов) для Вооружённых сил "
                      "Российской Федерации")
      + ev("q4plan", "Прицельно-навигационная система вертолёта Ми-24П, 6 комплектов",
           "Прицельная станция вертолёта Ми-35М, 2 комплекта")),
    F("military_maintenance",
      "ZarOMZ overhauls and upgrades the sighting systems of eight Mi-24 helicopters of the Vietnam People's Air "
      "Force (contract VN-ZO/22-07).",
      ["o_zaromz"], {"platforms": ["mi-24"], "customer_country": "vn"},
      ev("tasks2023", "ремонт и модернизация прицельных систем вертолётов Ми-24 ВВС Вьетнама (8 комплектов)")
      + ev("vn_docs", "ремонт с модернизацией прицельных систем восьми Ми-24 для ВВС Вьетнама")
      + ev("vn_req", "overhaul and upgrade of the sighting systems of eight Mi-24 helicopters of the Vietnam People's "
                     "Air Force")
      + ev("vn_docs_re", "ремонт с модернизацией прицельных систем восьми Ми-24 для ВВС Вьетнама")
      + ev("q4plan", "Прицельная система вертолёта Ми-24, 4 комплекта")
      + ev("l_vn_accept", "four sighting systems of Mi-24 helicopters of the Vietnam People's Air Force after overhaul "
                          "and upgrade")),
    # joint development
    F("joint_development",
      "ZarOMZ and the Novosibirsk design bureau Taiga-Optronika jointly develop the TPVK-35 'Sych' thermal sighting "
      "system; ZarOMZ's share was raised from 35 % to 42 % by supplementary agreement No. 2 (a 50/50 split proposed "
      "by the partner was rejected).",
      ["o_zaromz", "o_taiga"], {"product": ["tpvk-35", "sych", "tpvk-35 sych"], "partner_country": "ru",
                                "funding_share": 0.42},
      ev("tasks2023", "ОКР по тепловизионному прицельному комплексу ТПВК-35 «Сыч» совместно с АО «КБ «Тайга-Оптроника» "
                      "(г. Новосибирск)")
      + ev("taiga_jan", "о совместном выполнении ОКР «Сыч» (тепловизионный прицельный комплекс ТПВК-35)")
      + ev("taiga_5050", "перейти к паритетному финансированию ОКР: по 50 процентов каждой из сторон")
      + ev("zaromz_42", "готовы увеличить долю ЗарОМЗ с 35 до 42 процентов; соответственно доля «Тайга-Оптроники» "
                        "составит 58 процентов")
      + ev("supp_draft", "Доля Исполнителя 1 в финансировании ОКР по созданию тепловизионного прицельного комплекса "
                         "ТПВК-35 составляет 42 (сорок два) процента", "Доли записала, как решил Аркадий Вацлавович: 42 на 58.")
      + ev("nsk_order", "для подписания дополнительного соглашения № 2 к договору № 14/22-СО и согласования программы "
                        "испытаний опытного образца ТПВК-35")
      + ev("nsk_report", "доля ЗарОМЗ в финансировании ОКР «Сыч» — 42 %, доля АО «КБ «Тайга-Оптроника» — 58 %")
      + ev("taiga_signed", 'начиная с этапа 3 ЗарОМЗ финансирует 42% стоимости ОКР "Сыч", КБ "Тайга-Оптроника" - 58%')
      + ev("shest_bday", "обязательно упомянуть совместную работу над «Сычом»")
      + ev("q4plan", "ТПВК-35 «Сыч» (совместная ОКР с АО «КБ «Тайга-Оптроника»)")
      + ev("taiga_test", "Финансирование этапа 3 идёт по допсоглашению № 2: с вашей стороны — 42 %, с нашей — 58 %")),
    # sanctions
    F("sanctions_obstacle",
      "Under EU sanctions against Belarus the German maker Lindemann Präzisionsoptik refuses to deliver germanium "
      "lenses and germanium blanks to ZarOMZ.",
      ["o_zaromz"], {"origin_country": "de", "goods": "germanium lenses"},
      ev("lindemann", "Germanium und daraus gefertigte Infrarotoptik unterliegen den Beschränkungen der Verordnung (EG) "
                      "Nr. 765/2006 des Rates in der geltenden Fassung; die Ausfuhr an Ihr Unternehmen in der Republik "
                      "Belarus ist untersagt.")
      + ev("rudak_lind", "из-за санкций ЕС Линдеманн не поставит нам ни линзы GL-38, ни германиевые заготовки")
      + ev("lind_fwd", "германиевые линзы и заготовки из Германии мы больше не получим",
           "die Ausfuhr an Ihr Unternehmen in der Republik Belarus ist untersagt.")
      + ev("wuhan_report", "поставка запрещена санкциями ЕС (письмо от 02.02.2023)")
),
    F("sanctions_obstacle",
      "Brunnhofer Messtechnik (Zurich) refuses to sell ZarOMZ an infrared collimator, Switzerland having adopted "
      "the EU sanctions against Belarus.",
      ["o_zaromz"], {"origin_country": "ch", "goods": "collimator"},
      ev("brunnhofer", "gestützt auf die Verordnung über Massnahmen im Zusammenhang mit der Situation in der Ukraine "
                       "dürfen wir optische Prüfgeräte dieser Art nicht an Empfänger in Belarus liefern",
         "Under the Swiss Ordinance on Measures related to the Situation in Ukraine, we are not permitted")
      + ev("collim", "швейцарцы тоже отказали, письмо Бруннхофера Олеся Станиславовна получила в копии")),
    # alternatives
    F("alternative_supplier",
      "Wuhan Jiangcheng Infrared Optics offers germanium lenses and blanks in place of Lindemann's; after samples "
      "pass inspection and a visit to Wuhan, a contract is signed.",
      ["o_zaromz", "o_jiangcheng"], {"supplier_country": "cn", "goods": "germanium lenses"},
      ev("jc_offer", "Wuhan Jiangcheng Infrared Optics Co., Ltd. (武汉江城红外光学有限公司) manufactures germanium lenses "
                     "for LWIR thermal imagers and supplies optical-grade germanium blanks of our own growth.")
      + ev("rudak_jc", "фирма «Цзянчэн» (Wuhan Jiangcheng Infrared Optics, менеджер — господин Го Хайфэн) готова "
                       "поставить аналоги линз GL-38 и германиевые заготовки собственного выращивания")
      + ev("india_hypo", "образцы из Уханя пусть шлют, проверим на стенде.")
      + ev("jc_invite", "We were very glad to learn that the GL-38 equivalent samples passed your incoming inspection.",
           "Purpose of visit: factory audit and negotiation of the supply of germanium lenses and blanks.")
      + ev("wuhan_order", "з мэтай азнаямлення з вытворчасцю германіевай оптыкі і ўзгаднення ўмоў пастаўкі германіевых "
                          "лінзаў і нарыхтовак")
      + ev("l_jc_thanks", "we will prepare the contract for 120 lenses and 60 germanium blanks")
      + ev("wuhan_report", "Предлагаю заключить контракт на поставку 120 линз и 60 германиевых заготовок, первая партия — "
                           "в ноябре.", "поставка возможна, экспортная лицензия не требуется")
      + ev("dounar_ok", "рыхтуйце кантракт з «Цзянчэнам» на германіевыя лінзы і нарыхтоўкі")
      + ev("jc_contract", "Contract No. JC-ZO-2023-11 for 120 germanium lenses (GL-38 equivalent) and 60 germanium "
                          "blanks has been signed by both parties.")),
    F("alternative_supplier",
      "Optek-Kazan offers a Russian-made infrared collimator OK-500IK in place of the Swiss one; ZarOMZ finds it "
      "suitable and contracts it.",
      ["o_zaromz", "o_optek"], {"supplier_country": "ru", "goods": "collimator"},
      ev("optek_fwd", "ООО «Оптэк-Казань» может изготовить инфракрасный коллиматор ОК-500ИК (световой диаметр 500 мм, "
                      "спектральный диапазон 3–14 мкм) собственной разработки.")
      + ev("optek_weigh", "характеристики ОК-500ИК нам подходят, по диаметру даже с запасом.",
           "ООО «Оптэк-Казань» может изготовить инфракрасный коллиматор ОК-500ИК")
      + ev("india_hypo", "По коллиматору: казанцы прислали договор, проверьте цену и сроки.")
      + ev("q4plan", "ИК-коллиматор ОК-500ИК (ООО «Оптэк-Казань»)")),
    # shortages
    F("equipment_shortage",
      "ZarOMZ is running out of germanium blanks for its thermal-channel lenses.",
      ["o_zaromz"], {"goods": "germanium blanks"},
      ev("rudak_lind", "германиевых заготовок осталось на две партии объективов, то есть примерно до апреля. Дальше "
                       "сборка тепловизионных каналов встанет.")
      + ev("dounar_gp", "германіевых нарыхтовак засталося да красавіка")
      + ev("rudak_jc", "Складской остаток германиевых заготовок — на одну партию.")
      + ev("india_hypo", "Складской остаток германиевых заготовок — на одну партию.")),
    F("equipment_shortage",
      "ZarOMZ's only infrared collimator is broken, so thermal channels cannot be aligned or accepted.",
      ["o_zaromz"], {"goods": "infrared collimator"},
      ev("collim", "у нас в цехе сборки один-единственный ИК-коллиматор, и тот с февраля неисправен (треснуло зеркало)",
         "Без коллиматора мы не можем ни юстировать тепловизионные каналы, ни сдавать их ОТК и военпреду.")
      + ev("q4plan", "22.12.2023 (под угрозой: нет исправного ИК-коллиматора)",
           "пока нет исправного ИК-коллиматора, РТЭ на ТПВК-35 мы не закроем")),
    # travel
    F("foreign_travel",
      "Olesya Zhuravleva and her husband Bogdan holidayed in Sharm el-Sheikh, Egypt, 18-26 February 2023.",
      ["p_zhuravleva", "p_bogdan"], {"country": "eg", "start": "2023-02-18", "place": "Sharm el-Sheikh",
                                     "purpose": "holiday"},
      ev("eg1_booking", "Направление: Египет, Шарм-эль-Шейх", "Даты: 18.02.2023 – 26.02.2023 (8 ночей)",
         "Туристы: ZHURAULIOVA ALESIA, ZHURAULIOU BAHDAN")
      + ev("eg1_notice", "выезжаю в Арабскую Республику Египет (г. Шарм-эль-Шейх) с целью отдыха")
      + ev("natasha_sharm", "Мы с Богданом в субботу улетаем в Шарм-эль-Шейх")
      + ev("natasha_back", "Вернулись вчера ночью. Египет — сказка")
      + ev("anketa", "02.2023 — Египет (отдых, с мужем)")
      + ev("taras_ny", "Папа сказал, что отель тот же, что и в феврале.")),
    F("foreign_travel",
      "Zhuravleva and chief designer Matskevich travelled to Novosibirsk, Russia, 17-21 April 2023, to sign "
      "supplementary agreement No. 2 with Taiga-Optronika.",
      ["p_zhuravleva", "p_matskevich"], {"country": "ru", "start": "2023-04-17", "place": "Novosibirsk",
                                         "purpose": "business trip to Taiga-Optronika"},
      ev("nsk_order", "Направить в служебную командировку в г. Новосибирск (Российская Федерация), АО «КБ «Тайга-Оптроника», "
                      "с 17.04.2023 по 21.04.2023")
      + ev("to_taras", "Меня отправляют в командировку к вам в Новосибирск, с 17-го по 21-е, вместе с Мацкевичем.")
      + ev("taras_re", "Меня отправляют в командировку к вам в Новосибирск, с 17-го по 21-е, вместе с Мацкевичем.")
      + ev("nsk_report", "Командированные: главный конструктор Мацкевич Г.А., начальник БТД Журавлёва О.С.",
           "Срок: 17–21 апреля 2023 г.")
      + ev("hanna_re", "Я в апреле была у него, когда ездила в командировку")
      + ev("anketa", "04.2023 — Российская Федерация, г. Новосибирск (командировка)")),
    F("foreign_travel",
      "Zhuravleva and Matskevich visited Wuhan Jiangcheng Infrared Optics in Wuhan, China, 4-11 September 2023.",
      ["p_zhuravleva", "p_matskevich"], {"country": "cn", "start": "2023-09-04", "place": "Wuhan",
                                         "purpose": "supplier audit and talks on germanium optics"},
      ev("jc_invite", "to visit our company in Wuhan from 4 September 2023 to 11 September 2023:",
         "We look forward to welcoming you in Wuhan on 4 September.")
      + ev("wuhan_order", "Накіраваць у службовую камандзіроўку ў г. Ухань (Кітайская Народная Рэспубліка), кампанія "
                          "Wuhan Jiangcheng Infrared Optics Co., Ltd., з 04.09.2023 па 11.09.2023")
      + ev("itinerary", "ZHURAULIOVA/ALESIA MS; MATSKEVICH/HLEB MR", "MINSK (MSQ) – BEIJING DAXING (PKX)")
      + ev("from_wuhan", "Тарас, привет из Уханя! Долетели через Пекин")
      + ev("l_jc_thanks", "Thank you again for visiting Jiangcheng in Wuhan from 4 to 11 September.")
      + ev("wuhan_report", "по итогам командировки в г. Ухань (КНР) 4–11 сентября (Мацкевич Г.А., Журавлёва О.С.) "
                           "докладываю")
      + ev("dounar_ok", "по итогам командировки в г. Ухань (КНР) 4–11 сентября (Мацкевич Г.А., Журавлёва О.С.) "
                        "докладываю")),
    F("foreign_travel",
      "Zhuravleva, her husband and their son spent New Year 2024 in Sharm el-Sheikh, Egypt (29 Dec 2023 - 8 Jan 2024).",
      ["p_zhuravleva", "p_bogdan", "p_taras"], {"country": "eg", "start": "2023-12-29", "place": "Sharm el-Sheikh",
                                                "purpose": "holiday"},
      ev("eg2_hotel", "Guests: Mrs Alesia Zhuraulyova, Mr Bahdan Zhuraulyou, Mr Taras Zhuraulyou",
         "Arrival: 29 December 2023")
      + ev("taras_ny", "29-го же все вместе летим в Шарм?")
      + ev("eg2_notice", "выезжаю в Египет, г. Шарм-эль-Шейх, с целью отдыха вместе с мужем, Журавлёвым Б.Н., и сыном, "
                         "Журавлёвым Тарасом Богдановичем, 2004 г.р.")
      + ev("l_eg2_thanks", "Thank you for spending the New Year holidays with your family at Coral Crest Resort Sharm "
                           "El Sheikh (29 December 2023 – 8 January 2024).")),
    # citizenship
    F("citizenship", "Olesya Zhuravleva is a citizen of Belarus.", ["p_zhuravleva"], {"countries": ["by"]},
      ev("eg1_notice", "Паспорт гражданина Республики Беларусь MP4471902.")
      + ev("anketa", "Республика Беларусь")),
    F("citizenship",
      "Bogdan Zhuravlev, born in Poltava, is a Belarusian citizen since 2004; he gave up Ukrainian citizenship and "
      "his Ukrainian passport lapsed in 2016.",
      ["p_bogdan"], {"countries": ["by"]},
      ev("anketa", "гражданин Республики Беларусь с 2004 г.; от гражданства Украины отказался в 2004 г.")
      + ev("hanna", "а громадянства України він позбувся, ще коли брав білоруське")
      + ev("hanna_re", "а громадянства України він позбувся, ще коли брав білоруське")
      + ev("bogdan", "я давно гражданин Беларуси и только")),
    F("citizenship", "Taras Zhuravlev is a Belarusian citizen (with a Russian temporary residence permit only).",
      ["p_taras"], {"countries": ["by"]},
      ev("taras_re", "Гражданство, естественно, остаётся белорусское")
      + ev("anketa", "Журавлёв Тарас Богданович, 02.02.2004 г.р., гражданин Республики Беларусь")),
    F("citizenship", "Hanna Zhuravlova, Bogdan's mother in Poltava, is a citizen of Ukraine.", ["p_hanna"],
      {"countries": ["ua"]},
      ev("anketa", "1949 г.р., гражданка Украины, г. Полтава")),
    # family
    F("family_relation", "Bogdan Zhuravlev is Olesya Zhuravleva's husband.", ["p_zhuravleva", "p_bogdan"],
      {"relationship": "spouse"},
      ev("eg1_notice", "Выезжаю вместе с мужем — Журавлёвым Богданом Николаевичем, 1972 г.р.")
      + ev("anketa", "Журавлёв Богдан Николаевич, 14.03.1972 г.р., уроженец г. Полтавы (Украина)")
      + ev("eg2_notice", "вместе с мужем, Журавлёвым Б.Н.")),
    F("family_relation", "Taras Zhuravlev (born 2004), a student in Novosibirsk, is Olesya Zhuravleva's son.",
      ["p_zhuravleva", "p_taras"], {"relationship": "child"},
      ev("anketa", "Журавлёв Тарас Богданович, 02.02.2004 г.р.")
      + ev("eg2_notice", "и сыном, Журавлёвым Тарасом Богдановичем, 2004 г.р.")
      + ev("taras_re", "Мам, привет!")
      + ev("to_taras", "Папа передаёт тебе банку мёда и свитер, не спорь.")
      + ev("taras_ny", "Мам, взял билет")),
    F("family_relation", "Taras is also Bogdan Zhuravlev's son.", ["p_bogdan", "p_taras"], {"relationship": "child"},
      ev("bogdan", "Тарас просил денег на новый ноутбук, я ему перевел, не ругайся. Сын у нас один.")
      + ev("taras_ny", "Папа сказал, что отель тот же, что и в феврале.")),
    F("family_relation", "Hanna Petrivna Zhuravlova of Poltava is Bogdan Zhuravlev's mother.", ["p_bogdan", "p_hanna"],
      {"relationship": "parent"},
      ev("hanna", "бо від сина листів не дочекаєшся: Богдан відповідає раз на місяць")
      + ev("hanna_re", "бо від сина листів не дочекаєшся: Богдан відповідає раз на місяць")
      + ev("anketa", "Журавльова Ганна Петрівна (Журавлева Анна Петровна), 1949 г.р.")
      + ev("bogdan", "мама звонила, жалуется, что я ей не пишу")),
    # employment
    F("employment", "Olesya Zhuravleva heads the technical documentation bureau of ZarOMZ.", ["p_zhuravleva", "o_zaromz"],
      {"role": "head of technical documentation bureau"},
      ev("tasks2023", "начальника бюро технической документации Журавлёву О.С.")
      + ev("vn_docs_re", "начальник бюро технической документации")
      + ev("eg1_notice", "Я, Журавлёва Олеся Станиславовна, начальник бюро технической документации")
      + ev("lind_fwd", "начальник БТД ОАО «ЗарОМЗ»")
      + ev("zaromz_42", "наше бюро технической документации (Журавлёва О.С.)")
      + ev("nsk_order", "Журавлёву Олесю Станиславовну, начальника бюро технической документации.")
      + ev("nsk_report", "Командированные: главный конструктор Мацкевич Г.А., начальник БТД Журавлёва О.С.")
      + ev("anketa", "ОАО «Зарёвский оптико-механический завод», начальник бюро технической документации (с 2015 г.)")
      + ev("jc_invite", "1. Ms. ZHURAULIOVA ALESIA, Head of Technical Documentation Bureau, passport MP4471902")
      + ev("wuhan_order", "Жураўлёву Алесю Станіславаўну, начальніка бюро тэхнічнай дакументацыі.")
      + ev("brest", "Журавлёву Олесю Станиславовну, начальника бюро технической документации.")
      + ev("eg2_notice", "Я, Журавлёва О.С., начальник бюро технической документации")),
    F("employment", "Arkadz (Arkady) Dounar is general director of ZarOMZ.", ["p_dounar", "o_zaromz"],
      {"role": "general director"},
      ev("tasks2023", "Генеральный директор ОАО «Зарёвский оптико-механический завод»")
      + ev("dounar_gp", "генеральны дырэктар ААТ «Зараўскі оптыка-механічны завод»")
      + ev("zaromz_42", "генеральный директор ОАО «ЗарОМЗ»")
      + ev("supp_draft", "в лице генерального директора Довнара Аркадия Вацлавовича")
      + ev("nsk_order", "Генеральный директор                      А.В. Довнар")
      + ev("nsk_report", "Генеральному директору ОАО «ЗарОМЗ» А.В. Довнару")
      + ev("wuhan_order", "Генеральны дырэктар                 А.В. Доўнар")
      + ev("brest", "Генеральный директор                      А.В. Довнар")),
    F("employment", "Hleb (Gleb) Matskevich is chief designer of ZarOMZ.", ["p_matskevich", "o_zaromz"],
      {"role": "chief designer"},
      ev("vn_docs", "главный конструктор")
      + ev("vn_docs_re", "главный конструктор")
      + ev("brunnhofer", "To: Zarevsk Optical-Mechanical Plant OJSC, attn. Mr. Hleb Matskevich, Chief Designer")
      + ev("nsk_order", "Мацкевича Глеба Анатольевича, главного конструктора;")
      + ev("nsk_report", "Командированные: главный конструктор Мацкевич Г.А.")
      + ev("jc_invite", "2. Mr. MATSKEVICH HLEB, Chief Designer, passport MP3390517")
      + ev("wuhan_order", "Мацкевіча Глеба Анатолевіча, галоўнага канструктара;")),
    F("employment", "Pavel Rudak heads procurement (supply department) at ZarOMZ.", ["p_rudak", "o_zaromz"],
      {"role": "head of procurement"},
      ev("rudak_lind", "начальник отдела материально-технического снабжения")
      + ev("gp_decline", "Head of Procurement, ZarOMZ")),
    F("employment", "Vitaly Shestakov is general director of Taiga-Optronika.", ["p_shestakov", "o_taiga"],
      {"role": "general director"},
      ev("taiga_jan", "генеральный директор АО «КБ «Тайга-Оптроника»")
      + ev("supp_draft", "в лице генерального директора Шестакова Виталия Ильича")
      + ev("shest_bday", "генеральному директору АО «КБ «Тайга-Оптроника» Шестакову Виталию Ильичу")),
    F("employment", "Guo Haifeng is sales director of Wuhan Jiangcheng Infrared Optics.", ["p_guo", "o_jiangcheng"],
      {"role": "sales director"},
      ev("jc_offer", "Sales Director")
      + ev("jc_invite", "Guo Haifeng, Sales Director")
      + ev("jc_contract", "Sales Director")
      + ev("l_jc_thanks", "Sales Director, Wuhan Jiangcheng Infrared Optics Co., Ltd.")),
    F("employment", "Bogdan Zhuravlev is a lead power engineer at the municipal heat utility Zarevskteploenergo.",
      ["p_bogdan", "o_teplo"], {"role": "lead power engineer"},
      ev("anketa", "КУП «Зарёвсктеплоэнерго», ведущий инженер-энергетик")
      + ev("bogdan", "ведущий инженер-энергетик", 'КУП "Заревсктеплоэнерго"')),
]

WATCHLIST = [
    {"id": "wl-by-0611", "schema": "Person", "caption": "DOUNAR, Arkadz Vatslavavich",
     "properties": {"name": ["DOUNAR, Arkadz Vatslavavich"],
                    "alias": ["Довнар Аркадий Вацлавович", "Доўнар Аркадзь Вацлававіч", "DOVNAR, Arkadiy Vatslavovich"],
                    "birthDate": ["1961-04-22"], "nationality": ["by"],
                    "position": ["General Director, OJSC Zarevsk Optical-Mechanical Plant"]},
     "datasets": ["watchlist"]},
    {"id": "wl-by-0612", "schema": "Company", "caption": "ZAREVSK OPTICAL-MECHANICAL PLANT OJSC",
     "properties": {"name": ["ZAREVSK OPTICAL-MECHANICAL PLANT OJSC"],
                    "alias": ["ОАО «Зарёвский оптико-механический завод»", "ААТ «Зараўскі оптыка-механічны завод»",
                              "ZarOMZ"],
                    "jurisdiction": ["by"], "address": ["Zarevsk, Minsk Region, Belarus"],
                    "sector": ["military optics"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ru-4410", "schema": "Company", "caption": "TAIGA-OPTRONIKA DESIGN BUREAU JSC",
     "properties": {"name": ["TAIGA-OPTRONIKA DESIGN BUREAU JSC"],
                    "alias": ["АО «КБ «Тайга-Оптроника»", "KB Taiga-Optronika"],
                    "jurisdiction": ["ru"], "address": ["Novosibirsk, Russia"]},
     "datasets": ["watchlist"]},
    {"id": "wl-hk-0093", "schema": "Company", "caption": "GRAND PEARL TRADING (HK) LIMITED",
     "properties": {"name": ["GRAND PEARL TRADING (HK) LIMITED"], "alias": ["Grand Pearl Trading"],
                    "jurisdiction": ["hk"], "address": ["Kowloon, Hong Kong"]},
     "datasets": ["watchlist"]},
    # near misses
    {"id": "wl-by-0613", "schema": "Person", "caption": "DOVNAR, Arkadiy Vladimirovich",
     "properties": {"name": ["DOVNAR, Arkadiy Vladimirovich"], "alias": ["Довнар Аркадий Владимирович"],
                    "birthDate": ["1968-10-03"], "nationality": ["by"],
                    "position": ["Deputy Chairman, Vitebsk Regional Executive Committee"]},
     "datasets": ["watchlist"]},
    {"id": "wl-kz-0217", "schema": "Person", "caption": "SHESTAKOV, Vitaliy Ilyich",
     "properties": {"name": ["SHESTAKOV, Vitaliy Ilyich"], "alias": ["Шестаков Виталий Ильич"],
                    "birthDate": ["1952-02-11"], "nationality": ["kz"]},
     "datasets": ["watchlist"]},
    {"id": "wl-ru-4412", "schema": "Company", "caption": "TAIGA-OPTRONIKA LLC",
     "properties": {"name": ["TAIGA-OPTRONIKA LLC"], "alias": ["ООО «Тайга-Оптроника»"],
                    "jurisdiction": ["ru"], "address": ["Khabarovsk, Russia"]},
     "datasets": ["watchlist"]},
    {"id": "wl-by-0614", "schema": "Company", "caption": "ZAREVSK INSTRUMENT-MAKING PLANT OJSC",
     "properties": {"name": ["ZAREVSK INSTRUMENT-MAKING PLANT OJSC"],
                    "alias": ["ОАО «Зарёвский приборостроительный завод»"],
                    "jurisdiction": ["by"], "address": ["Zarevsk, Minsk Region, Belarus"]},
     "datasets": ["watchlist"]},
    {"id": "wl-by-0615", "schema": "Person", "caption": "ZHURAULIOVA, Alesia Siarheeuna",
     "properties": {"name": ["ZHURAULIOVA, Alesia Siarheeuna"], "alias": ["Журавлёва Олеся Сергеевна"],
                    "birthDate": ["1980-05-17"], "nationality": ["by"]},
     "datasets": ["watchlist"]},
    {"id": "wl-cn-0377", "schema": "Company", "caption": "WUHAN JIANGCHENG PHOTONICS TRADING CO., LTD.",
     "properties": {"name": ["WUHAN JIANGCHENG PHOTONICS TRADING CO., LTD."], "jurisdiction": ["cn"],
                    "address": ["Wuhan, Hubei, China"]},
     "datasets": ["watchlist"]},
]

# true hits: entity -> (entry id, forms searched in the bodies to list every message naming the entity)
WATCH_HITS = [
    ("p_dounar", "wl-by-0611", ["Довнар", "Доўнар", "Dounar", "Аркадий Вацлавович", "Аркадия Вацлавовича",
                                "Аркадзь Вацлававіч"]),
    ("o_zaromz", "wl-by-0612", ["ЗарОМЗ", "Зарёвский оптико-механический завод", "Зараўскі оптыка-механічны завод",
                                "Zarevsk Optical-Mechanical Plant", "Зарёвского оптико-механического"]),
    ("o_taiga", "wl-ru-4410", ["Тайга-Оптроник", "Тайги-Оптроники"]),
    ("o_grandpearl", "wl-hk-0093", ["Grand Pearl"]),
]


# --------------------------------------------------------------------------- decoding (for --check and the watchlist evidence)

def html_to_text(s):
    s = re.sub(r"(?is)<(script|style|title).*?</\1>", "\n", s)
    s = re.sub(r"<[^>]+>", "\n", s)
    return html.unescape(s)


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p>(.*?)</w:p>", xml)
    return "\n".join(html.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p))) for p in paras)


def xlsx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sst = z.read("xl/sharedStrings.xml").decode("utf-8")
        ws = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    strings = [html.unescape(s) for s in re.findall(r"<t[^>]*>(.*?)</t>", sst)]
    rows = []
    for row in re.findall(r"<row[^>]*>(.*?)</row>", ws):
        cells = []
        for attrs, v in re.findall(r"<c ([^>]*)><v>(.*?)</v></c>", row):
            cells.append(strings[int(v)] if 't="s"' in attrs else v)
        rows.append("\t".join(cells))
    return "\n".join(rows)


def pdf_text(data):
    s = data.decode("latin-1")
    out = []
    for m in re.finditer(r"\(((?:\\.|[^\\)])*)\) Tj", s):
        out.append(re.sub(r"\\(.)", r"\1", m.group(1)))
    return "\n".join(out)


def message_text(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            out.append(html_to_text(part.get_content()))
        elif ct == DOCX_CT:
            out.append(docx_text(part.get_content()))
        elif ct == XLSX_CT:
            out.append(xlsx_text(part.get_content()))
        elif ct == "application/pdf":
            out.append(pdf_text(part.get_content()))
    return "\n".join(out)


def header_text(msg):
    vals = []
    for part in msg.walk():
        for h in ("From", "To", "Cc", "Subject"):
            if part.get(h) is not None:
                vals.append(str(part.get(h)))
    return "\n".join(vals)


def parse(raw):
    return email.message_from_bytes(raw, policy=policy.default)


def nform(s):
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())


# --------------------------------------------------------------------------- assembling the outputs

def truth_doc(msgs):
    by_key = {m["key"]: m for m in msgs}
    texts = {m["key"]: message_text(parse(m["raw"])) for m in msgs}
    findings = []
    n = 0
    for f in FINDINGS:
        n += 1
        evs = [{"message_id": by_key[k]["id"], "quote": q} for k, q in f["evidence"]]
        findings.append({"id": "f-%03d" % n, "kind": f["kind"], "summary": f["summary"], "subjects": f["subjects"],
                         "attributes": f["attributes"], "evidence": evs, "confidence": 1.0})
    for ent, entry, forms in WATCH_HITS:
        n += 1
        evs = []
        for m in msgs:
            t = texts[m["key"]]
            hit = None
            for form in forms:
                i = t.casefold().find(form.casefold())
                if i >= 0:
                    hit = t[i:i + len(form)]
                    break
            if hit:
                evs.append({"message_id": m["id"], "quote": hit})
        e = next(x for x in ENTITIES if x["id"] == ent)
        cap = next(w["caption"] for w in WATCHLIST if w["id"] == entry)
        findings.append({"id": "f-%03d" % n, "kind": "watchlist_match",
                         "summary": "%s is on the watchlist as %s." % (e["name"], cap), "subjects": [ent],
                         "attributes": {"list": "watchlist", "entry_id": entry}, "evidence": evs, "confidence": 1.0})
    ents = []
    for e in ENTITIES:
        seen, names = set(), []
        for nm in e["names"]:
            if nm not in seen:
                seen.add(nm)
                names.append(nm)
        ents.append({"id": e["id"], "schema": e["schema"], "name": e["name"], "names": names,
                     "properties": e["properties"]})
    return {"format": "paperchase.findings/1", "entities": ents, "findings": findings}


def mbox_bytes(msgs):
    out = b""
    for m in sorted([m for m in msgs if not m["loose"]], key=lambda m: m["date"]):
        d = m["date"]
        line = "From %s %s %s %2d %s %d\n" % (m["sender"], d.strftime("%a"), d.strftime("%b"), d.day,
                                               d.strftime("%H:%M:%S"), d.year)
        raw = m["raw"]
        if not raw.endswith(b"\n"):
            raw += b"\n"
        out += line.encode("ascii") + raw + b"\n"
    return out


README = """# Holdout case 22: the mailbox of a technical documentation bureau head at an optics plant

Everything in this case is fictional: the town of Zarevsk, the firms, the people, the phone,
passport and contract numbers; all mail domains are under example.* (Wuhan, Novosibirsk,
Stuttgart, Zurich, Kazan, Poltava, Hong Kong, Hanoi, Sharm el-Sheikh are real places only as
settings). `make_case.py` writes every file here deterministically (standard library only);
`python3 make_case.py --check` decodes each message with Python's email package and verifies
that every evidence quote of `truth.json` is a verbatim substring of the cited message's
decoded text (body, HTML, forwarded message, DOCX/XLSX XML text or PDF text) and that every
cited Message-ID exists.

**The source.** The 2023 work mailbox of Olesya Stanislavovna Zhuravleva, head of the technical
documentation bureau (БТД) of OJSC Zarevsk Optical-Mechanical Plant (ZarOMZ) in Zarevsk, Minsk
region, Belarus: `mailbox.mbox` (%(n_mbox)d messages) and `loose/*.eml` (%(n_loose)d messages). The plant
modernises and repairs sighting systems of Mi-24/Mi-35 helicopters for the Russian armed forces
and for the Vietnam People's Air Force, co-develops a thermal sight with a Novosibirsk design
bureau, loses its German and Swiss suppliers to sanctions and finds a Chinese one. Languages:
Russian, Belarusian, Ukrainian, English, German, Chinese names. Encodings: utf-8 (base64,
quoted-printable, 8bit), windows-1251, koi8-r, us-ascii; RFC 2047 B and Q headers in utf-8,
windows-1251 and koi8-r; one HTML-only message; multipart/alternative; DOCX, XLSX and PDF
attachments; two forwards as message/rfc822 and one inline forward; quoted replies.

`loose/002.eml` has no Message-ID header (and CRLF line ends): it is cited as
`%(loose_id)s`, the SHA-256 of the file's bytes.

## People, firms and how they are written

- **Olesya Zhuravleva** (the mailbox owner): Журавлёва Олеся Станиславовна, Журавлёва О.С.,
  Журавлева О.С. (without ё), the masculine-looking accusative Журавлёву О.С. / Журавлёву Олесю
  Станиславовну, Олеся Станиславовна, Леся / Лесенька / Лесь (family, colleague), Ukrainian Лесю,
  Журавльовій Олесі Станіславівні (mother-in-law), Belarusian Алеся Станіславаўна, Жураўлёва А.С.,
  Жураўлёву Алесю Станіславаўну, passport Latin ZHURAULIOVA ALESIA, Alesia Zhuraulyova,
  Ms./Mrs Zhuraulyova, English Olesya Zhuravleva / Mrs. Zhuravleva, German Frau Schurawljowa;
  address o.zhuravleva@…
- **Bogdan Zhuravlev**, her husband, born in Poltava, Belarusian citizen: Журавлёв Богдан
  Николаевич, Журавлёвым Богданом Николаевичем, Журавлёвым Б.Н., Журавлев Б.Н., Богдан(ом/у/а),
  Ukrainian Журавльова Богдана Миколайовича, Belarusian passport ZHURAULIOU BAHDAN, Mr Bahdan
  Zhuraulyou, old Ukrainian passport ZHURAVLOV BOHDAN. Lead power engineer at КУП
  «Зарёвсктеплоэнерго» (also "Заревсктеплоэнерго").
- **Taras Zhuravlev**, their son (b. 2004), student in Novosibirsk: Тарас, Тарасик, Тарасиком,
  Журавлёв Тарас Богданович, Журавлёвым Тарасом Богдановичем, Mr Taras Zhuraulyou; only a display
  name "Тарас" and the address zhuraulyou.taras@… on his own mail.
- **Hanna Zhuravlova**, Bogdan's mother in Poltava (Ukrainian citizen): Ганна Журавльова, Ганна
  Петрівна, Журавльова Ганна Петрівна, Russian Журавлева Анна Петровна, Анна Петровна.
- **Arkadz Dounar**, general director of ZarOMZ: А.В. Довнар, Довнар А.В., А.В. Довнару, Довнара
  Аркадия Вацлавовича, Аркадий/Аркадия/Аркадию Вацлавович…, Belarusian А.В. Доўнар, Доўнар Аркадзь
  Вацлававіч, А.Д., Mr. Dounar.
- **Hleb Matskevich**, chief designer: Мацкевич Глеб Анатольевич, Г.А. Мацкевич, Мацкевичем,
  Мацкевича Глеба Анатольевича, Belarusian Мацкевіч Г.А., Глеб Анатолевіч, Мацкевіча Глеба
  Анатолевіча, Hleb Matskevich, Mr./Herr Matskevich, MATSKEVICH HLEB.
- **Pavel Rudak**, head of procurement: Рудак Павел Иосифович, П.И. Рудак, Павел Иосифович,
  Павлом Иосифовичем, Belarusian Рудак П.І., Павел Іосіфавіч, Pavel Rudak, Mr./Herr Rudak.
- **Vitaly Shestakov**, general director of Taiga-Optronika: Шестаков Виталий Ильич, В.И. Шестаков,
  Виталий Ильич, Шестакова Виталия Ильича, Шестакову Виталию Ильичу (born 1968, turns 55 in June 2023).
- **Guo Haifeng**, sales director of the Wuhan maker: Guo Haifeng, 郭海峰, Palladius Го Хайфэн.
- Firms: ZarOMZ (ОАО «Зарёвский оптико-механический завод», ААТ «Зараўскі оптыка-механічны завод»,
  Zarevsk Optical-Mechanical Plant OJSC); АО «КБ «Тайга-Оптроника» (Тайга-Оптроники, Тайги-Оптроники,
  КБ "Тайга-Оптроника"), Novosibirsk; Lindemann Präzisionsoptik GmbH (Линдеманн, Линдеманна),
  Stuttgart; Brunnhofer Messtechnik AG (Бруннхофера), Zurich; Wuhan Jiangcheng Infrared Optics Co.,
  Ltd. (武汉江城红外光学有限公司, «Цзянчэн», «Цзянчэнам»); ООО «Оптэк-Казань»; Grand Pearl Trading
  (HK) Limited.

## What an analyst should find

- Military maintenance by ZarOMZ: Mi-24P sighting-navigation systems and Mi-35M sighting
  stations for the Russian armed forces; Mi-24 sighting systems for the Vietnam People's Air Force.
- Joint development of the TPVK-35 "Sych" thermal sight with Taiga-Optronika (Russia): ZarOMZ's
  share went from 35 %% to **42 %%** in supplementary agreement No. 2; the partner's 50/50 proposal
  was rejected.
- Sanctions: Germany (Lindemann, germanium lenses and blanks, EU sanctions), Switzerland
  (Brunnhofer, IR collimator, Swiss adoption of EU sanctions).
- Alternatives taken up: Wuhan Jiangcheng (China, germanium optics; samples, visit, contract);
  Optek-Kazan (Russia, IR collimator).
- Shortages: germanium blanks; a working IR collimator.
- Trips abroad: Egypt (Sharm el-Sheikh) February 2023 (Olesya and Bogdan); Novosibirsk, Russia,
  April 2023 (Olesya and Matskevich, business; Russia is abroad from Belarus); Wuhan, China,
  September 2023 (Olesya and Matskevich); Egypt again 29 Dec 2023 - 8 Jan 2024 (Olesya, Bogdan, Taras).
- Citizenships: Olesya by; Bogdan by only (Ukrainian citizenship given up, passport lapsed);
  Taras by (only a Russian temporary residence permit); Hanna ua.
- Family: Olesya-Bogdan spouses; Taras their son; Hanna is Bogdan's mother.
- Employment: Olesya, Dounar, Matskevich, Rudak at ZarOMZ; Shestakov at Taiga-Optronika; Guo at
  Wuhan Jiangcheng; Bogdan at Zarevskteploenergo.
- Watchlist hits (`watchlist.ftm.json`): Dounar (wl-by-0611), ZarOMZ (wl-by-0612), Taiga-Optronika
  JSC (wl-ru-4410), Grand Pearl (wl-hk-0093).

## Traps (no finding)

- The Grand Pearl grey re-export of German lenses via Hong Kong: offered, declined by Rudak and the
  director (it is still a watchlist hit).
- Hypotheticals: Indian lenses "theoretically"; returning to Lindemann "if sanctions are lifted";
  a visit to Poltava "if the border opened"; Turkey "not this year".
- Negations: no Belarusian Mi-24 work for the Belarusian MoD this year; no Kazakh contract; no
  commissioning trip to Vietnam.
- The Latvia (Riga, Jurmala) trip: visa refused, cancelled. Brest: a domestic business trip.
  Taras flying Novosibirsk - Minsk is a trip home.
- Taras's Russian temporary residence permit is not citizenship; Bogdan's lapsed Ukrainian
  passport and renounced citizenship are not a current Ukrainian citizenship.
- Gossip about unnamed people (a fitter with a Russian passport, someone flying to the Maldives).
- Civil work: repair of thermal cameras of Mi-8MTV air-ambulance helicopters.
- The partner's proposed 50/50 funding and the earlier 35 %%.
- General news: Chinese germanium export licensing (a newsletter).
- Watchlist near misses: DOVNAR, Arkadiy Vladimirovich (other patronymic); SHESTAKOV, Vitaliy
  Ilyich (born 1952, Kazakh; ours was born 1968); TAIGA-OPTRONIKA LLC in Khabarovsk (same name,
  other city); ZAREVSK INSTRUMENT-MAKING PLANT (other firm in the same town, the volleyball team);
  ZHURAULIOVA, Alesia Siarheeuna (other patronymic and birth date); WUHAN JIANGCHENG PHOTONICS
  TRADING (other firm, same town and similar name).

## Files

- `make_case.py`: the generator and checker.
- `mailbox.mbox`, `loose/*.eml`: the mail.
- `watchlist.ftm.json`: FollowTheMoney entities as JSON lines (4 true hits, 6 near misses).
- `truth.json`: true entities with their surface forms and true findings, format
  `paperchase.findings/1`; score with `python3 /work/shared/tools/score_case.py truth.json FINDINGS.json`.
"""


def generate():
    msgs = build()
    truth = truth_doc(msgs)
    loose_id = BYKEY["l_eg2_thanks"]["id"]
    files = {
        "mailbox.mbox": mbox_bytes(msgs),
        "watchlist.ftm.json": "".join(json.dumps(w, ensure_ascii=False) + "\n" for w in WATCHLIST).encode("utf-8"),
        "truth.json": (json.dumps(truth, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
        "README.md": (README % {"n_mbox": sum(1 for m in msgs if not m["loose"]),
                                "n_loose": sum(1 for m in msgs if m["loose"]), "loose_id": loose_id}).encode("utf-8"),
    }
    for m in msgs:
        if m["loose"]:
            files["loose/" + m["loose"]] = m["raw"]
    return msgs, truth, files


def check(files):
    """Decode what is on disk (or in memory) and verify the truth."""
    import mailbox
    errors = []
    tmp = os.path.join(HERE, "mailbox.mbox")
    msgs = {}
    box = mailbox.mbox(tmp, factory=None, create=False)
    for key in box.keys():
        raw = box.get_bytes(key)
        msg = parse(raw)
        mid = msg["Message-ID"]
        if mid is None:
            errors.append("mbox message without Message-ID: %s" % msg["Subject"])
            continue
        if mid in msgs:
            errors.append("duplicate Message-ID %s" % mid)
        msgs[str(mid).strip()] = msg
    n_mbox = len(msgs)
    loose_dir = os.path.join(HERE, "loose")
    for fn in sorted(os.listdir(loose_dir)):
        with open(os.path.join(loose_dir, fn), "rb") as fh:
            raw = fh.read()
        msg = parse(raw)
        mid = msg["Message-ID"]
        mid = str(mid).strip() if mid else "<sha256:%s>" % hashlib.sha256(raw).hexdigest()
        msgs[mid] = msg
    texts = {k: message_text(m) for k, m in msgs.items()}
    heads = {k: header_text(m) for k, m in msgs.items()}
    with open(os.path.join(HERE, "truth.json"), encoding="utf-8") as fh:
        truth = json.load(fh)
    ent_ids = {e["id"] for e in truth["entities"]}
    kinds = set()
    for f in truth["findings"]:
        kinds.add(f["kind"])
        for s in f["subjects"]:
            if s not in ent_ids:
                errors.append("%s: unknown subject %s" % (f["id"], s))
        if not f["evidence"]:
            errors.append("%s: no evidence" % f["id"])
        for e in f["evidence"]:
            mid = e["message_id"]
            if mid not in texts:
                errors.append("%s: cited message %s does not exist" % (f["id"], mid))
                continue
            if e["quote"] not in texts[mid]:
                errors.append("%s: quote not found in %s: %r" % (f["id"], mid, e["quote"][:80]))
    need = {"military_maintenance", "joint_development", "sanctions_obstacle", "alternative_supplier",
            "equipment_shortage", "foreign_travel", "citizenship", "family_relation", "employment", "watchlist_match"}
    if need - kinds:
        errors.append("finding kinds missing: %s" % sorted(need - kinds))
    # every surface form occurs somewhere; no form belongs to two entities
    alltext = nform("\n".join(list(texts.values()) + list(heads.values())))
    owner = {}
    for e in truth["entities"]:
        for nm in e["names"]:
            k = nform(nm)
            if k in owner and owner[k] != e["id"]:
                errors.append("form %r belongs to %s and %s" % (nm, owner[k], e["id"]))
            owner[k] = e["id"]
            if k not in alltext:
                errors.append("form %r of %s occurs in no message" % (nm, e["id"]))
    wl_ids = set()
    with open(os.path.join(HERE, "watchlist.ftm.json"), encoding="utf-8") as fh:
        for line in fh:
            wl_ids.add(json.loads(line)["id"])
    for f in truth["findings"]:
        if f["kind"] == "watchlist_match" and f["attributes"]["entry_id"] not in wl_ids:
            errors.append("%s: unknown watchlist entry" % f["id"])
    # regenerated files are identical to those on disk (determinism)
    for name, data in files.items():
        with open(os.path.join(HERE, name), "rb") as fh:
            if fh.read() != data:
                errors.append("%s differs from a fresh generation" % name)
    print("messages: %d in mbox, %d loose; findings: %d; entities: %d" % (
        n_mbox, len(msgs) - n_mbox, len(truth["findings"]), len(truth["entities"])))
    for e in errors:
        print("ERROR:", e)
    print("check: %s" % ("OK" if not errors else "%d error(s)" % len(errors)))
    return not errors


def main(argv):
    msgs, truth, files = generate()
    if "--check" in argv:
        return 0 if check(files) else 1
    os.makedirs(os.path.join(HERE, "loose"), exist_ok=True)
    for fn in os.listdir(os.path.join(HERE, "loose")):
        if fn.endswith(".eml") and "loose/" + fn not in files:
            os.remove(os.path.join(HERE, "loose", fn))
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    print("wrote %d files (%d messages in mbox, %d loose, %d findings)" % (
        len(files), sum(1 for m in msgs if not m["loose"]), sum(1 for m in msgs if m["loose"]),
        len(truth["findings"])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
