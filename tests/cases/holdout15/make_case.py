#!/usr/bin/env python3
"""Generator of the holdout15 case: writes mailbox.mbox, loose/*.eml, truth.json,
watchlist.ftm.json byte for byte, then runs the self-checks. Standard library only."""
import os
import sys
"""Helpers for make_case.py: byte-exact MIME, DOCX and XLSX writers, and decoders
used by the self-checks. Standard library only."""
import base64
import email
import email.policy
import hashlib
import html
import io
import quopri
import re
import zipfile
from email.header import Header, decode_header, make_header
from email.utils import format_datetime
from urllib.parse import quote as urlquote
from xml.sax.saxutils import escape as xesc

ZIP_DATE = (2024, 1, 1, 0, 0, 0)


def hdr(text, charset="utf-8"):
    """RFC 2047 encode a header text when it is not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode(maxlinelen=76)


def hdr_q(text, charset="utf-8"):
    """RFC 2047 Q-encoding of a whole header text."""
    data = text.encode(charset)
    out = []
    for b in data:
        c = chr(b)
        if b == 0x20:
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?q?%s?=" % (charset, "".join(out))


def addr(name, mail, charset="utf-8", q=False):
    if not name:
        return mail
    try:
        name.encode("ascii")
        if any(ch in name for ch in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, mail)
        return "%s <%s>" % (name, mail)
    except UnicodeEncodeError:
        enc = hdr_q(name, charset) if q else hdr(name, charset)
        return "%s <%s>" % (enc, mail)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of "Name: value" strings
        self.body = body  # bytes


def text_part(text, subtype="plain", charset="utf-8", cte="base64", declared="same", extra=None):
    data = text.encode(charset)
    if declared == "same":
        declared = charset
    ct = "text/%s" % subtype + ('; charset="%s"' % declared if declared else "")
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        body = data if data.endswith(b"\n") else data + b"\n"
    headers = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte] + (extra or [])
    return Part(headers, body)


def attachment(filename, data, mimetype):
    try:
        filename.encode("ascii")
        disp = 'attachment; filename="%s"' % filename
        ctn = '; name="%s"' % filename
    except UnicodeEncodeError:
        disp = "attachment;\n filename*=utf-8''%s" % urlquote(filename, safe="")
        ctn = ""
    return Part(["Content-Type: %s%s" % (mimetype, ctn), "Content-Transfer-Encoding: base64",
                 "Content-Disposition: " + disp], base64.encodebytes(data))


def multipart(subtype, parts, boundary):
    out = io.BytesIO()
    out.write(b"This is a multi-part message in MIME format.\n\n")
    for p in parts:
        out.write(b"--" + boundary.encode() + b"\n")
        out.write(("\n".join(p.headers) + "\n\n").encode("ascii"))
        out.write(p.body)
        if not p.body.endswith(b"\n"):
            out.write(b"\n")
    out.write(b"--" + boundary.encode() + b"--\n")
    return Part(['Content-Type: multipart/%s; boundary="%s"' % (subtype, boundary)], out.getvalue())


def message_bytes(top_headers, part):
    head = "\n".join(top_headers + ["MIME-Version: 1.0"] + part.headers) + "\n\n"
    return head.encode("ascii") + part.body


def mboxrd_escape(raw):
    lines = raw.split(b"\n")
    out = []
    for ln in lines:
        if re.match(rb"^>*From ", ln):
            ln = b">" + ln
        out.append(ln)
    return b"\n".join(out)


# ---------------------------------------------------------------- DOCX / XLSX

def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def make_docx(paragraphs):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    body = []
    for p in paragraphs:
        body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + '<w:sectPr/></w:body></w:document>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet_name="Sheet1"):
    strings = []
    index = {}

    def si(s):
        if s not in index:
            index[s] = len(strings)
            strings.append(s)
        return index[s]

    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            if v is None or v == "":
                continue
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
            else:
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, si(v)))
        xml_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(xml_rows) + '</sheetData></worksheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(strings), len(strings))
           + "".join('<si><t xml:space="preserve">%s</t></si>' % xesc(s) for s in strings) + '</sst>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet_name))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet),
                 ("xl/sharedStrings.xml", sst)])


# ---------------------------------------------------------------- decoding for the checks

def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p>(.*?)</w:p>", xml, re.S)
    return "\n".join(html.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p, re.S))) for p in paras)


def xlsx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sst = z.read("xl/sharedStrings.xml").decode("utf-8")
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    strings = [html.unescape(s) for s in re.findall(r"<t[^>]*>(.*?)</t>", sst, re.S)]
    lines = []
    for row in re.findall(r"<row[^>]*>(.*?)</row>", sheet, re.S):
        vals = []
        for attrs, v in re.findall(r"<c([^>]*)><v>(.*?)</v></c>", row, re.S):
            vals.append(strings[int(v)] if 't="s"' in attrs else v)
        lines.append("\t".join(vals))
    return "\n".join(lines)


def html_text(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", "", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</li>|</h\d>|</tr>|</div>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def decoded_texts(raw, fallback="windows-1251"):
    """Texts of one message: decoded headers, bodies and attachment texts."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        for v in msg.get_all(h, []):
            out.append(str(make_header(decode_header(v))))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        data = part.get_payload(decode=True) or b""
        fn = part.get_filename() or ""
        if fn.endswith(".docx"):
            out.append(docx_text(data))
        elif fn.endswith(".xlsx"):
            out.append(xlsx_text(data))
        elif ctype.startswith("text/"):
            cs = part.get_content_charset()
            if cs:
                t = data.decode(cs)
            else:
                try:
                    t = data.decode("utf-8")
                except UnicodeDecodeError:
                    t = data.decode(fallback)
            out.append(html_text(t) if ctype == "text/html" else t)
    return out


def mid_for(i, domain):
    return "<%s@%s>" % (hashlib.sha1(("holdout15-%d" % i).encode()).hexdigest()[:16], domain)
# The messages of the case (part of make_case.py).
import datetime as _dt

TZ = {h: _dt.timezone(_dt.timedelta(hours=h)) for h in (1, 2, 3, 5, 8, 9)}


def D(y, mo, d, h, mi, tz=3):
    return _dt.datetime(y, mo, d, h, mi, 0, tzinfo=TZ[tz])


ME_RU = ("Ярошевич Светлана Михайловна", "s.yaroshevich@zorka.example.by")
ME_BE = ("Святлана Ярашэвіч", "s.yaroshevich@zorka.example.by")
ME_EN = ("Sviatlana Yarashevich", "s.yaroshevich@zorka.example.by")
HUSB = ("Andrei Yarashevich", "andrei.yar@mail.example.by")
HUSB_RU = ("Андрей Ярошевич", "andrei.yar@mail.example.by")
DAUGHTER = ("Alesia Yarashevich", "alesia.yar@student.example.ru")
BROTHER = ("Dzianis Kavalski", "d.kavalski@baltlog.example.lv")
MATS = ("Мацкевич Олег Иванович", "o.matskevich@zorka.example.by")
BARAN = ("Барановский В.И.", "director@zorka.example.by")
ZUEV = ("Зуев Григорий Леонидович", "zuev@niirs-oka.example.ru")
ZHUM = ("Yerlan Zhumabekov", "e.zhumabekov@korgan.example.kz")
ZHOU = ("Zhou Mingyu (周明宇)", "zhou.mingyu@huaxin-mw.example.cn")
KADRY = ("Отдел кадров", "kadry@zorka.example.by")
IT = ("Служба ИТ", "it@zorka.example.by")
PROF = ("Прафкам ААТ «Зорка»", "profkom@zorka.example.by")

QUOTE_SEP = "\n"


def q(text):
    return "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))


# ------------------------------------------------------------------ key texts reused in replies

T02 = """Светлана Михайловна, добрый день!

Рад сообщить: Министерство обороны Республики Казахстан утвердило вторую очередь работ. Речь идёт о модернизации ещё трёх РЛС П-18 до уровня П-18Т силами вашего завода — с заменой передатчика, приёмного тракта и аппаратуры первичной обработки. Сроки те же, что и по первой очереди: 10 месяцев с даты аванса.

Проект дополнительного соглашения №3 к контракту KZ-114/2023 пришлю до пятницы. Просьба заранее проверить, успеете ли вы продлить разрешение на экспорт.

Құрметпен,
Жұмабеков Ерлан Сәрсенбайұлы
технический директор АО «Қорған Радиотехника»
Астана, Қазақстан
+7 7172 00-00-00
"""

T04 = """Уважаемая Светлана Михайловна!

Направляю, как обещал, наши предложения по совместной ОКР "Вектор-М" (цифровой процессор обработки сигналов для РЛС метрового диапазона). Институт берёт на себя алгоритмы, программное обеспечение и макет, ваш завод - конструкторскую документацию, опытное производство и испытания на станции П-18Т.

Финансирование ОКР мы предлагаем распределить так: сорок процентов приходится на ваш завод, шестьдесят - на институт. Это соответствует объёму работ, который закрепляется за каждой стороной.

Прошу довести до Виталия Иосифовича и дать ответ до конца месяца. Если будут возражения, обсудим при личной встрече в Нижнем.

С уважением,
Г.Л. Зуев
заместитель генерального директора по научной работе
АО "НИИРС "Ока"", г. Нижний Новгород
JSC NIIRS Oka, Nizhny Novgorod
"""

T09 = """Уважаемая Светлана Михайловна!

По вашему запросу №14/2 сообщаем: поставить транзисторы KRF-2731 и KRF-2740 производства Keystone RF Devices (США) мы не можем. Производитель прекратил отгрузки в наш адрес из-за экспортных ограничений США, а любые партии, где конечным получателем значится предприятие из Беларуси, блокируются ещё на стадии заказа.

Аналогов из наличия также предложить не можем.

С уважением,
Кирилл Данилов, менеджер по продажам
ООО «Радиокомп», Москва
"""

T18 = """Dear Ms. Yaroshevich,

Shenzhen Huaxin Microwave Components Co., Ltd. can supply the HX-LD2731, an LDMOS power transistor designed as a drop-in replacement for the KRF-2731 (same flange, 150-170 MHz, 300 W pulsed). We also produce the matching driver HX-LD2740.

For OJSC Zorka we can prepare 200 samples within four weeks, with full traceability documents from our own fab in Shenzhen. The devices contain no US-origin technology.

Best regards,
Zhou Mingyu
Sales Manager, CIS Markets
Shenzhen Huaxin Microwave Components Co., Ltd.
"""

T13 = """Dear Ms. Yaroshevich,

Further to our call, Penang Semitrade Sdn. Bhd. can offer 500 pcs of KRF-2731 equivalent LDMOS transistors from stock in Penang, delivery 3-4 weeks to Minsk by air. Certificates of conformity are available on request.

We would be glad to support your supplier audit and send any documents you need.

Best regards,
Tan Mei Ling
Sales Director
Penang Semitrade Sdn. Bhd.
"""


def build(L):
    """L: the helper module. Returns a list of message specs."""
    tp, att, mp = L.text_part, L.attachment, L.multipart
    M = []

    def add(i, date, frm, to, subject, part, cc=None, irt=None, hcs="utf-8", q_enc=False,
            mailer="Microsoft Outlook 16.0", loose=None, no_mid=False, domain=None):
        M.append(dict(i=i, date=date, frm=frm, to=to, cc=cc, subject=subject, part=part, irt=irt,
                      hcs=hcs, q_enc=q_enc, mailer=mailer, loose=loose, no_mid=no_mid,
                      domain=domain or frm[1].split("@")[1]))

    # 1 noise: IT
    add(1, D(2024, 1, 9, 8, 40), IT, ME_RU, "Плановая смена паролей до 31 января",
        tp("""Уважаемые коллеги!

В соответствии с политикой информационной безопасности до 31 января необходимо сменить пароль к почте и к домену. Новый пароль должен содержать не менее 12 символов.

Если вы не успеете, учётная запись будет заблокирована до обращения в службу ИТ (каб. 214, вн. 3-14).

Служба ИТ
""", cte="quoted-printable"))

    # 2 Kazakh customer: P-18 modernisation
    add(2, D(2024, 1, 11, 10, 5, 5), ZHUM, ME_RU, "Доп. соглашение №3 к контракту KZ-114/2023 (П-18)",
        tp(T02, cte="base64"), mailer="Mozilla Thunderbird 115.6")

    # 3 noise: newsletter
    add(3, D(2024, 1, 12, 6, 0, 1), ("Electronics Components Digest", "news@ecdigest.example.com"), ME_EN,
        "Weekly digest: passives prices, new GaN lines",
        mp("alternative", [
            tp("""This week in components:
- Passive component lead times stabilise at 14 weeks.
- Three new GaN lines announced for base station amplifiers.
- Trade show calendar for spring 2024.

Unsubscribe: https://ecdigest.example.com/u
""", cte="quoted-printable"),
            tp("""<html><body><h2>This week in components</h2><ul><li>Passive component lead times stabilise at 14 weeks.</li><li>Three new GaN lines announced for base station amplifiers.</li><li>Trade show calendar for spring 2024.</li></ul><p><a href="https://ecdigest.example.com/u">Unsubscribe</a></p></body></html>""",
               subtype="html", cte="quoted-printable")], "==ecd-0112=="))

    # 4 NII Oka: joint development proposal, koi8-r
    add(4, D(2024, 1, 15, 16, 20), ZUEV, ME_RU, "ОКР \"Вектор-М\": распределение финансирования",
        tp(T04, charset="koi8-r", cte="8bit"), hcs="koi8-r", mailer="Mutt/1.10.1")

    # 5 reply to 4
    add(5, D(2024, 1, 16, 11, 2), ME_RU, ZUEV, "Re: ОКР \"Вектор-М\": распределение финансирования",
        tp("""Григорий Леонидович, добрый день!

Спасибо за предложения. Виталий Иосифович с разделением работ согласен, а вот сорок процентов для завода считает завышенной цифрой — испытания на П-18Т мы всё равно проводим за свой счёт. Предлагаю вернуться к вопросу о долях в марте, когда мы с Олегом Ивановичем приедем к вам.

С уважением,
С.М. Ярошевич
начальник отдела внешнеэкономических связей
ОАО «Зорка»

15.01.2024 16:20, Зуев Григорий Леонидович пишет:
""" + q(T04), cte="quoted-printable"), cc=[MATS], irt=4)

    # 6 noise: trade union, Belarusian
    add(6, D(2024, 1, 18, 9, 15), PROF, ME_BE, "Пуцёўкі ў санаторый на люты",
        tp("""Шаноўныя калегі!

Прафкам мае дзве пуцёўкі ў санаторый «Лясное» на другую палову лютага. Заявы прымаюцца да 25 студзеня ў каб. 105.

Прафкам
""", cte="base64"))

    # 7 internal: state defence order, shortage of transistors (cp1251, declared)
    add(7, D(2024, 1, 22, 14, 30), MATS, ME_RU, "ГОЗ-2024: что у нас по загрузке",
        tp("""Светлана Михайловна,

коротко по гособоронзаказу на 2024 год, чтобы вы понимали, какие позиции пойдут через импорт.

1. Капитальный ремонт с модернизацией четырёх РЛС П-18 для ВВС и войск ПВО — основная позиция, срок сдачи ноябрь.
2. Ремонт и доработка бортового радиоэлектронного оборудования вертолётов Ми-8МТВ белорусских ВВС — шесть комплектов.

Главная беда — передатчики П-18: на СВЧ-транзисторы KRF-2731 потребность 60 штук, на складе осталось 12, и больше взять негде. Без них ремонт передающих устройств встанет уже в марте.

О. Мацкевич
главный конструктор
""", charset="windows-1251", cte="base64"), hcs="windows-1251", mailer="The Bat! (v10.1.3) Professional")

    # 8 noise: bank
    add(8, D(2024, 1, 25, 7, 0), ("Банк «Нёман»", "noreply@neman-bank.example.by"), ME_RU,
        "Выписка по карточному счёту за декабрь",
        tp("""Уважаемый клиент!

Выписка по вашему карточному счёту за декабрь 2023 года доступна в интернет-банке. Это письмо сформировано автоматически, отвечать на него не нужно.

Банк «Нёман»
""", cte="base64"))

    # 9 US sanctions: Russian distributor refuses
    add(9, D(2024, 2, 1, 12, 44), ("ООО «Радиокомп» — отдел продаж", "sales@radiokomp.example.ru"), ME_RU,
        "Ответ по запросу №14/2", tp(T09, cte="8bit"))

    # 10 forward to the director, Belarusian comment
    add(10, D(2024, 2, 2, 9, 10), ME_BE, BARAN, "Fwd: Ответ по запросу №14/2",
        tp("""Віталь Іосіфавіч, дабрыдзень.

Перасылаю адказ «Радыёкампа»: амерыканскіх транзістараў KRF-2731 не будзе ні праз Маскву, ні праз каго іншага. Калі санкцыі калі-небудзь знімуць, вернемся да Keystone, а пакуль шукаю замену ў Азіі.

С.М. Ярашэвіч
начальнік аддзела знешнеэканамічных сувязей
ААТ «Сасноўскі завод радыёэлектронікі «Зорка»»

---------- Forwarded message ---------
От: ООО «Радиокомп» — отдел продаж <sales@radiokomp.example.ru>
Дата: 1 февр. 2024 г., 12:44
Тема: Ответ по запросу №14/2

""" + T09, cte="base64"), irt=9)

    # 11 noise: canteen
    add(11, D(2024, 2, 5, 8, 0), ("Сталовая", "stolovaya@zorka.example.by"), ME_BE, "Меню на тыдзень",
        tp("""Панядзелак: боршч, катлета з грэчкай.
Аўторак: суп гарохавы, дранікі.
Серада: юшка, рыба з бульбай.
Чацвер: крупнік, курыца.
Пятніца: халаднік, бліны з тварагом.
""", cte="quoted-printable"))

    # 12 Japanese export control refusal
    add(12, D(2024, 2, 7, 17, 5, 9), ("Nishikawa Laminates Export Control", "export@nishikawa-lam.example.jp"), ME_EN,
        "Your inquiry NL-350 / Zorka",
        tp("""Dear Ms. Yaroshevich,

Thank you for your inquiry of 30 January regarding NL-350 PTFE microwave laminate (0.508 mm, 1 oz copper).

We regret to inform you that, under the export control measures adopted by the Government of Japan with respect to the Republic of Belarus, Nishikawa Laminates is not able to accept orders from, or ship goods to, companies in Belarus. This also applies to deliveries through third countries.

We appreciate your understanding.

Kenji Morimoto
Export Control Office
Nishikawa Laminates Co., Ltd., Osaka
""", charset="us-ascii", cte="7bit"))

    # 13 Malaysian offer (later declined)
    add(13, D(2024, 2, 8, 11, 30, 8), ("Tan Mei Ling", "meiling.tan@semitrade.example.my"), ME_EN,
        "KRF-2731 equivalent - offer from stock",
        mp("alternative", [tp(T13, charset="us-ascii", cte="7bit"),
                           tp("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in T13.strip().split("\n\n")) + "</body></html>",
                              subtype="html", charset="us-ascii", cte="7bit")], "----=_Part_8812_0208"))

    # 14 noise: webinar
    add(14, D(2024, 2, 9, 15, 0, 1), ("Compliance Academy", "events@compliance-academy.example.com"), ME_EN,
        "Webinar: classifying dual-use electronics",
        tp("""Join our free webinar on 22 February: how to classify dual-use electronic components, with case studies and Q&A.

Register: https://compliance-academy.example.com/webinar
""", charset="us-ascii", cte="7bit"))

    # 15 PCB shortage (cp1251 declared, quoted-printable)
    add(15, D(2024, 2, 12, 10, 20), ("Ирина Гаврилюк", "i.gavrilyuk@plata-servis.example.by"), ME_RU,
        "Заказ 118-04: сроки",
        tp("""Светлана Михайловна, добрый день.

По заказу на многослойные печатные платы 118-04 (6 слоёв, СВЧ-ламинат) вынуждены сообщить: изготовить их в феврале не сможем. Японский ламинат больше не приходит, а замену вы пока не согласовали. Ближайший реальный срок — конец мая, и то если придёт ламинат из Китая.

С уважением,
Ирина Гаврилюк
ООО «Плата-Сервис», г. Минск
""", charset="windows-1251", cte="quoted-printable"), hcs="windows-1251")

    # 16 noise: colleague
    add(16, D(2024, 2, 14, 13, 12), ("Наталья Романюк", "n.romanyuk@zorka.example.by"), ME_RU, "Переговорная",
        tp("""Светлана Михайловна, ключи от малой переговорной я оставила на вахте. Проектор опять не видит ноутбук, я написала заявку в ИТ.

Наташа
""", cte="8bit"))

    # 17 decline of the Malaysian offer
    add(17, D(2024, 2, 19, 16, 40), ME_EN, ("Tan Mei Ling", "meiling.tan@semitrade.example.my"),
        "Re: KRF-2731 equivalent - offer from stock",
        tp("""Dear Ms. Tan,

Thank you for the documents and samples you sent for our audit. I am sorry to say that the supplier audit was not passed: the lot documentation for the offered transistors could not be traced back to the manufacturer, and the date codes on the samples did not match the certificates.

Under these circumstances we decline your offer of 8 February and will not place an order with Penang Semitrade.

Kind regards,
Sviatlana Yarashevich
Head of Foreign Economic Relations Department
Zorka Radioelectronics Plant OJSC

""" + q(T13), charset="us-ascii", cte="7bit"), irt=13)

    # 18 Chinese offer
    add(18, D(2024, 2, 20, 9, 45, 8), ZHOU, ME_EN, "HX-LD2731 as replacement for KRF-2731",
        mp("alternative", [tp(T18, cte="quoted-printable"),
                           tp("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in T18.strip().split("\n\n")) + "</body></html>",
                              subtype="html", cte="quoted-printable")], "----=_NextPart_000_0018_01DA63"),
        mailer="Foxmail 7.2")

    # 19 noise: trade union, html only
    add(19, D(2024, 2, 22, 12, 0), PROF, ME_RU, "С Днём защитников Отечества!",
        tp("""<html><body><p>Уважаемые коллеги!</p><p>Профком поздравляет вас с Днём защитников Отечества и Вооружённых Сил Республики Беларусь! Праздничный концерт — 22 февраля в 15:00 в актовом зале.</p></body></html>""",
           subtype="html", cte="base64"))

    # 20 acceptance of the Chinese offer
    add(20, D(2024, 2, 26, 10, 15), ME_EN, ZHOU, "Re: HX-LD2731 as replacement for KRF-2731",
        tp("""Dear Mr. Zhou,

Thank you for the quick answer. We accept your proposal: please send a proforma invoice for 200 samples of HX-LD2731 and 50 samples of HX-LD2740. Payment by our bank in Minsk, delivery DAP Sosnovsk.

Kind regards,
Sviatlana Yarashevich
Zorka Radioelectronics Plant OJSC

On 20.02.2024 9:45, Zhou Mingyu wrote:
""" + q(T18), cte="quoted-printable"), irt=18)

    # 21 noise: postmaster
    add(21, D(2024, 2, 28, 3, 0), ("Mail Delivery System", "postmaster@zorka.example.by"), ME_EN,
        "Your mailbox is almost full",
        tp("""Your mailbox has reached 92% of its quota (4.6 of 5 GB). Please delete old messages or archive them.
""", charset="us-ascii", cte="7bit"))

    # 22 PCB shortage again
    add(22, D(2024, 3, 1, 15, 5), MATS, ME_RU, "Платы для блоков обработки",
        tp("""Светлана Михайловна, по платам: сборка блоков обработки П-18 фактически стоит — печатных плат нет, «Плата-Сервис» сдвигает заказ на конец мая. Прошу ускорить вопрос с китайским ламинатом, иначе сорвём ноябрьскую сдачу.

О. Мацкевич
""", cte="8bit"))

    # 23 business trip order (DOCX)
    order = L.make_docx([
        "Открытое акционерное общество «Сосновский завод радиоэлектроники «Зорка»»",
        "ПРИКАЗ № 87-к от 04.03.2024",
        "О направлении в служебную командировку",
        "1. Направить в служебную командировку в г. Нижний Новгород (Российская Федерация), в АО «НИИРС «Ока»», с 11 по 15 марта 2024 г.:",
        "Ярошевич Светлану Михайловну, начальника отдела внешнеэкономических связей;",
        "Мацкевича Олега Ивановича, главного конструктора.",
        "2. Цель командировки: переговоры по ОКР «Вектор-М», согласование долей финансирования.",
        "3. Расходы отнести на статью «Служебные командировки».",
        "Директор В.И. Барановский",
    ])
    add(23, D(2024, 3, 4, 11, 0), KADRY, ME_RU, "Приказ о командировке № 87-к",
        mp("mixed", [tp("""Светлана Михайловна, направляем копию приказа о командировке для ознакомления. Оригинал — в отделе кадров, просьба расписаться до среды.

Отдел кадров
""", cte="base64"),
                     att("Приказ_87-к_командировка.docx", order,
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
           "==boundary-order-87k=="))

    # 24 to the husband, Belarusian: "на наступным тыдні"
    add(24, D(2024, 3, 6, 19, 25), ME_BE, HUSB, "На наступным тыдні",
        tp("""Андрэй, прывітанне.

Нарэшце ўсё падпісалі: на наступным тыдні мы з Алегам Іванавічам едзем у Ніжні Ноўгарад, у НДІ «Ока», вернемся ў пятніцу позна вечарам. Ключы ад гаража ў шуфлядзе. Калі будзеш званіць Алесі, скажы, што я ёй напішу з Ніжняга.

Цалую,
Света
""", cte="base64"), mailer="K-9 Mail 6.7")

    # 25 noise: spam
    add(25, D(2024, 3, 7, 2, 14), ("Shop24", "orders@shop24.example.net"), ME_RU, "Ваш заказ №558201 отправлен!",
        tp("""<html><body><p>Ваш заказ №558201 отправлен! Отследить посылку можно по ссылке.</p><p>Скидка 20% на следующий заказ по промокоду SPRING.</p></body></html>""",
           subtype="html", cte="quoted-printable"))

    # 26 hotel in Nizhny Novgorod, html only
    add(26, D(2024, 3, 7, 14, 50), ("Гостиница «Откос»", "booking@otkos-hotel.example.ru"), ME_RU,
        "Подтверждение бронирования № 3107",
        tp("""<html><head><meta charset="utf-8"></head><body><p>Уважаемая Светлана Ярошевич!</p><p>Подтверждаем бронирование: 2 одноместных номера, заезд 11.03.2024, выезд 15.03.2024.</p><p>Гости: Ярошевич Светлана, Мацкевич Олег.</p><p>Гостиница «Откос», Нижний Новгород, Верхне-Волжская наб.</p></body></html>""",
           subtype="html", cte="base64"))

    # 27 protocol: 45 %
    protocol = """ПРОТОКОЛ
совещания по ОКР «Вектор-М»
г. Нижний Новгород, 14.03.2024

Присутствовали: от АО «НИИРС «Ока»» — Зуев Г.Л.; от ОАО «Зорка» — Ярошевич С.М., Мацкевич О.И.

Решили:
1. Доля ОАО «Зорка» в финансировании ОКР «Вектор-М» составляет 45 %, доля АО «НИИРС «Ока»» — 55 %.
2. Срок изготовления опытного образца процессора «Вектор-М» — IV квартал 2024 г.
3. Испытания опытного образца провести на РЛС П-18Т ОАО «Зорка».
"""
    add(27, D(2024, 3, 15, 17, 30), ZUEV, ME_RU, "Протокол совещания 14.03.2024",
        mp("mixed", [tp("""Светлана Михайловна, Олег Иванович, направляю подписанный с нашей стороны протокол. Спасибо за продуктивные три дня!

Г.Л. Зуев
""", cte="quoted-printable"),
                     L.Part(['Content-Type: text/plain; charset="utf-8"; name="protocol_14-03-2024.txt"',
                             "Content-Transfer-Encoding: base64",
                             'Content-Disposition: attachment; filename="protocol_14-03-2024.txt"'],
                            L.base64.encodebytes(protocol.encode("utf-8")))],
           "==oka-protocol-0314=="), cc=[MATS])

    # 28 noise
    add(28, D(2024, 3, 18, 6, 0, 1), ("Electronics Components Digest", "news@ecdigest.example.com"), ME_EN,
        "Weekly digest: connector shortages ease",
        tp("""This week: connector shortages ease in Europe; two distributors merge; new RF test equipment.

Unsubscribe: https://ecdigest.example.com/u
""", charset="us-ascii", cte="7bit"))

    # 29 Chinese samples shipped
    add(29, D(2024, 3, 20, 16, 5, 8), ZHOU, ME_EN, "Samples shipped - AWB 784-2210-5531",
        tp("""Dear Ms. Yaroshevich,

the 200 samples of HX-LD2731 and 50 of HX-LD2740 left Shenzhen today, AWB 784-2210-5531. Test reports and traceability certificates are in the box and will follow by e-mail.

Best regards,
Zhou Mingyu
""", charset="us-ascii", cte="7bit"))

    # 30 noise
    add(30, D(2024, 3, 25, 9, 0), ("Наталья Романюк", "n.romanyuk@zorka.example.by"), ME_RU, "Собрание отдела",
        tp("""Светлана Михайловна, напоминаю: собрание отдела в четверг в 10:00, вопросы — планы на второй квартал и отпуска.

Н. Романюк
""", cte="quoted-printable"))

    # 31 Schengen visa appointment (the trip to Germany that did not happen)
    add(31, D(2024, 3, 12, 12, 0, 3), ("Visa Appointment Service", "noreply@visa-appointments.example.com"), ME_EN,
        "Appointment confirmation - Schengen visa (Germany)",
        tp("""Dear Sviatlana Yarashevich,

your appointment to submit a Schengen visa application (Germany, short stay, business) is confirmed for 19.03.2024, 10:30, Minsk application centre. Please bring your passport, the invitation from the trade fair organiser and proof of travel insurance.
""", charset="us-ascii", cte="7bit"))

    # 32 Munich cancelled
    add(32, D(2024, 4, 1, 9, 35), ME_RU, MATS, "Мюнхен",
        tp("""Олег Иванович, Мюнхен отменяется: немцы мне в визе отказали, письмо пришло в пятницу. Ваша виза тоже так и не готова, так что на выставку в этом году не едем. Каталог посмотрим онлайн.

С. Ярошевич
""", cte="8bit"))

    # 33 noise
    add(33, D(2024, 4, 8, 8, 10), IT, ME_RU, "Обновление антивируса",
        tp("""Коллеги, в среду с 12:00 до 13:00 будет обновляться антивирусная защита рабочих станций. Просьба не выключать компьютеры.

Служба ИТ
""", cte="base64"))

    # 34 husband: May holidays in St Petersburg
    add(34, D(2024, 4, 15, 20, 40), HUSB_RU, ME_RU, "Билеты на майские",
        tp("""Светочка, билеты на майские взял: 1 мая вылетаем из Минска в Петербург, обратно 5-го вечером. Алеся, наша дочка, просила забрать её зимнюю куртку и привезти банку мёда от бабушки — не забудь.

Андрей
""", cte="quoted-printable"), mailer="Apple Mail (2.3731)")

    # 35 noise
    add(35, D(2024, 4, 17, 7, 0), ("Банк «Нёман»", "noreply@neman-bank.example.by"), ME_RU,
        "Выписка по карточному счёту за март",
        tp("""Уважаемый клиент!

Выписка по вашему карточному счёту за март 2024 года доступна в интернет-банке.

Банк «Нёман»
""", cte="base64"))

    # 36 daughter
    add(36, D(2024, 4, 22, 22, 10), DAUGHTER, ME_RU, "Re: Билеты",
        tp("""Мамочка, привет!

Очень жду вас с папой на майские! Встречу в Пулково, только напиши номер рейса. Сессия у меня с 10 июня, так что раньше конца июня домой не приеду.

Целую, твоя Леся
""", cte="base64"), mailer="Gmail")

    # 37 reply to the Kazakh customer
    add(37, D(2024, 5, 6, 10, 0), ME_RU, ZHUM, "Re: Доп. соглашение №3 к контракту KZ-114/2023 (П-18)",
        tp("""Ерлан Сарсенбаевич, добрый день!

Первые две станции П-18Т по первой очереди отгрузили 30 апреля, документы на таможню передали. По второй очереди разрешение на экспорт продлено до конца 2025 года, так что с нашей стороны препятствий нет.

С уважением,
С.М. Ярошевич
ОАО «Зорка»

11.01.2024 10:05, Yerlan Zhumabekov пишет:
""" + q(T02), cte="base64"), irt=2)

    # 38 Russian customer, Serbia trap — windows-1251 without charset
    add(38, D(2024, 5, 13, 11, 20), MATS, ME_RU, "Второе полугодие: российское направление",
        tp("""Светлана Михайловна,

по российскому направлению на второе полугодие: по контракту с Минобороны России сдаём две РЛС 36Д6 после восстановительного ремонта (заводские № 0412 и 0417) и ремонтируем бортовое радиоэлектронное оборудование шести вертолётов Ми-8АМТШ.

По сербам: их представители в апреле интересовались модернизацией П-18, но ни запроса, ни контракта так и не появилось — в план их не включаем.

Мацкевич
""", charset="windows-1251", cte="8bit", declared=None), hcs="windows-1251", mailer="The Bat! (v10.1.3) Professional")

    # 39 noise
    add(39, D(2024, 5, 16, 9, 0), PROF, ME_BE, "Суботнік 25 мая",
        tp("""Калегі, 25 мая праводзім суботнік на тэрыторыі завода. Збор у 9:00 каля прахадной, інвентар выдаюць на месцы.

Прафкам
""", cte="quoted-printable"))

    # 40 Grodno (domestic)
    add(40, D(2024, 5, 20, 18, 5), ME_BE, HUSB, "Гродна",
        tp("""Андрэй, у пятніцу еду ў Гродна на семінар па экспартным кантролі, вярнуся ў суботу цягніком. Вячэра ў халадзільніку.

Света
""", cte="base64"), mailer="K-9 Mail 6.7")

    # 41 rail ticket (domestic)
    add(41, D(2024, 5, 21, 10, 12), ("Белорусская железная дорога", "ticket@rw.example.by"), ME_RU,
        "Электронный проездной документ",
        tp("""Электронный проездной документ № 7100 2255 8812

Поезд 631Б Витебск — Гродно, отправление 24.05.2024 06:40
Вагон 5, место 23
Пассажир: ЯРОШЕВИЧ С.М.
""", cte="base64"))

    # 42 brother, Russian in Latin letters
    add(42, D(2024, 6, 3, 21, 30), BROTHER, ME_BE, "Re: kak dela",
        tp("""Sveta, privet!

Vchera nakonec zabral novuju kartu: uzturēšanās atļauja (VNZh) prodlena do 2029 goda, na karte, kak u nih prinjato, napisano Deniss Kovaļskis. Pasport u menja kak byl belorusskij, tak i ostalsja - latvijskoe grazhdanstvo mne nikto ne predlagal, da ja i ne prosil. Tak chto po-prezhnemu grazhdanin RB s vidom na zhitelstvo.

V Budvu s vami ne poedu, v avguste u nas samyj sezon na sklade. Peredaj Andreju privet, a Lese - chto djadja Den zhdet ee v Rige.

Obnimaju,
Den
""", cte="quoted-printable"), mailer="Mozilla Thunderbird 115.11")

    # 43 her reply in Lacinka
    add(43, D(2024, 6, 4, 7, 50), ("Śviatłana Jaraševič", "s.yaroshevich@zorka.example.by"), BROTHER, "Re: kak dela",
        tp("""Dzianis, vitaju!

Z kartaj cudoŭna. Ja chacieła zajechać da ciabie ŭ Rygu ŭ vieraśni, na naš dzień naradžeńnia, ale nie atrymajecca: u vieraśni ŭ nas pryjomka pa kazachskim kantrakcie. Pasprabuju ŭzimku.

Tvaja siastra-blizniačka,
Śviatłana
""", cte="quoted-printable"), irt=42)

    # 44 the funding split 50/50 (XLSX)
    sheet = L.make_xlsx([
        ["Смета ОКР «Вектор-М» (ред. 3 от 10.06.2024)"],
        [],
        ["Этап", "Стоимость, тыс. руб.", "ОАО «Зорка»", "АО «НИИРС «Ока»»"],
        ["1. Эскизный проект", 18400, 9200, 9200],
        ["2. Разработка КД и ПО", 42600, 21300, 21300],
        ["3. Опытный образец", 31800, 15900, 15900],
        ["4. Испытания на РЛС П-18Т", 12200, 6100, 6100],
        ["Итого", 105000, 52500, 52500],
        [],
        ["Доля в финансировании", None, 0.5, 0.5],
        ["Финансирование ОКР — поровну, по 50 % каждая сторона (письмо от 05.06.2024)"],
    ], sheet_name="Смета")
    add(44, D(2024, 6, 10, 15, 15), ME_RU, ZUEV, "Смета ОКР «Вектор-М», ред. 3",
        mp("mixed", [tp("""Григорий Леонидович, добрый день!

Как договорились по телефону 5 июня, делим расходы на ОКР пополам — в приложении смета в редакции 3, где доли сторон уже приведены к 50 на 50. Виталий Иосифович смету одобрил. Если у ваших экономистов не будет замечаний, дополнительное соглашение подпишем в июле.

С уважением,
С.М. Ярошевич
""", cte="base64"),
                     att("Smeta_Vektor-M_red3.xlsx", sheet,
                         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
           "==smeta-vektor-red3=="), cc=[BARAN])

    # 45 noise
    add(45, D(2024, 6, 12, 6, 0, 1), ("Electronics Components Digest", "news@ecdigest.example.com"), ME_EN,
        "Weekly digest: summer trade shows",
        tp("""This week: summer trade shows, capacitor price index, and a guide to RF connector standards.

Unsubscribe: https://ecdigest.example.com/u
""", charset="us-ascii", cte="7bit"))

    # 46 security questionnaire (DOCX)
    anketa = L.make_docx([
        "АНКЕТА",
        "1. Фамилия, имя, отчество: Ярошевич Светлана Михайловна",
        "2. Фамилия при рождении: Ковальская",
        "3. Дата и место рождения: 21.09.1976, г. Сосновск Витебской области",
        "4. Гражданство: Республика Беларусь. Гражданства других государств не имею.",
        "5. Место работы и должность: ОАО «Зорка», начальник отдела внешнеэкономических связей",
        "6. Близкие родственники:",
        "муж — Ярошевич Андрей Петрович, 03.02.1974 г.р., инженер-энергетик;",
        "дочь — Ярошевич Алеся Андреевна, 14.11.2004 г.р., студентка, г. Санкт-Петербург (Российская Федерация);",
        "брат (близнец) — Ковальский Денис Михайлович, 21.09.1976 г.р., проживает в г. Рига (Латвийская Республика), гражданин Республики Беларусь, имеет вид на жительство в Латвии.",
        "7. Выезды за границу за последние 12 месяцев: Российская Федерация (Нижний Новгород, март 2024, служебная командировка; Санкт-Петербург, май 2024, частная поездка).",
        "Дата заполнения: 18.06.2024",
    ])
    add(46, D(2024, 6, 18, 12, 5), ME_RU, ("Режимно-секретный отдел", "rso@zorka.example.by"), "Анкета для переоформления допуска",
        mp("mixed", [tp("""Направляю заполненную анкету для переоформления допуска.

С.М. Ярошевич
""", cte="8bit"),
                     att("Анкета_Ярошевич.docx", anketa,
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
           "==anketa-0618=="))

    # 47 noise
    add(47, D(2024, 6, 25, 8, 30), IT, ME_RU, "Профилактика почтового сервера",
        tp("""В субботу 29 июня с 8:00 до 14:00 почтовый сервер будет недоступен в связи с профилактическими работами.

Служба ИТ
""", cte="quoted-printable"))

    # 48 Budva booking, html only
    add(48, D(2024, 7, 2, 13, 20, 2), ("Adriatic Stay Budva", "reservations@adriaticstay.example.me"), ME_EN,
        "Booking confirmation #AS-240711",
        tp("""<html><body><h2>Booking confirmation #AS-240711</h2><p>Dear Ms. Sviatlana Yarashevich,</p><p>Your booking at Apartments Mirna, Budva, Montenegro, is confirmed: check-in 10 August 2024, check-out 20 August 2024, 1 apartment, 3 adults.</p><p>Guests (as in passports):</p><ul><li>YARASHEVICH SVIATLANA, 21.09.1976</li><li>YARASHEVICH ANDREI, 03.02.1974</li><li>YARASHEVICH ALESIA, 14.11.2004</li></ul><p>Airport transfer from Tivat is included.</p><p>Adriatic Stay, Budva</p></body></html>""",
           subtype="html", cte="quoted-printable"))

    # 49 leave application
    add(49, D(2024, 7, 3, 9, 0), ME_RU, KADRY, "Заявление на отпуск",
        tp("""Прошу предоставить мне трудовой отпуск с 09.08.2024 по 21.08.2024. На время отпуска выезжаю за границу — в Черногорию (г. Будва) вместе с мужем, Ярошевичем Андреем Петровичем, и дочерью, Ярошевич Алесей Андреевной.

Исполнение обязанностей начальника отдела внешнеэкономических связей на время отпуска прошу возложить на ведущего специалиста Романюк Н.В.

С.М. Ярошевич
""", cte="base64"))

    # 50 noise: travel agency spam
    add(50, D(2024, 7, 8, 10, 0), ("Турагентство «Ветразь»", "hot@vetraz-tour.example.by"), ME_RU,
        "Горящие туры: Турция и Египет от 450 USD",
        tp("""<html><body><p>Горящие туры на август: Анталья, Хургада, Шарм-эль-Шейх. Вылеты из Минска, всё включено!</p><p>Успейте забронировать до 15 июля.</p></body></html>""",
           subtype="html", cte="base64"))

    # 51 Chinese contract
    add(51, D(2024, 7, 15, 11, 10, 8), ZHOU, ME_EN, "Contract HX-ZK-2024-07",
        tp("""Dear Ms. Yaroshevich,

we are glad to hear that the HX-LD2731 samples passed your incoming inspection. Contract HX-ZK-2024-07 for 2,000 pcs HX-LD2731 and 400 pcs HX-LD2740 has been countersigned on our side; the first batch will be ready at the end of August.

Best regards,
Zhou Mingyu
Sales Manager, CIS Markets
""", charset="us-ascii", cte="7bit"))

    # 52 noise
    add(52, D(2024, 7, 22, 6, 0, 1), ("Electronics Components Digest", "news@ecdigest.example.com"), ME_EN,
        "Weekly digest: PCB laminate prices",
        tp("""This week: PCB laminate prices, a new GaN foundry, and the autumn show calendar.

Unsubscribe: https://ecdigest.example.com/u
""", charset="us-ascii", cte="7bit"))

    # 53 noise-ish: handover
    add(53, D(2024, 7, 29, 14, 45), ("Наталья Романюк", "n.romanyuk@zorka.example.by"), ME_RU, "Передача дел на август",
        tp("""Светлана Михайловна, что мне отвечать г-ну Чжоу по первой партии, пока вас не будет? И кому передавать документы по «Корган Радиотехнике» — Олегу Ивановичу?

Н. Романюк
""", cte="8bit"))

    # 54 noise
    add(54, D(2024, 8, 5, 7, 0), ("Банк «Нёман»", "noreply@neman-bank.example.by"), ME_RU,
        "Выписка по карточному счёту за июль",
        tp("""Уважаемый клиент!

Выписка по вашему карточному счёту за июль 2024 года доступна в интернет-банке.

Банк «Нёман»
""", cte="base64"))

    # 55 husband after Budva, daughter back to St Petersburg
    add(55, D(2024, 8, 22, 21, 0), HUSB_RU, ME_RU, "Фото",
        tp("""Светочка, скинул фото из Будвы на общий диск, папка «Черногория-2024». Алеся 30-го летит обратно в Петербург, занятия у неё с 1 сентября, билет я ей уже купил.

Андрей
""", cte="quoted-printable"), mailer="Apple Mail (2.3731)")

    # ---------------------------------------------------------------- loose files
    add(101, D(2024, 3, 29, 15, 10, 1), ("Visastelle", "visa@konsulat-minsk.example.de"), ME_EN,
        "Ihr Visumantrag / Ваша визовая заявка",
        tp("""Sehr geehrte Frau Jaroschewitsch,

Ihr Antrag auf Erteilung eines Schengen-Visums (Typ C) für den Besuch der Fachmesse in München vom 09. bis 12.04.2024 wurde abgelehnt. Die Gründe entnehmen Sie bitte dem beigefügten Standardformular.

Gegen diese Entscheidung können Sie innerhalb eines Monats Remonstration einlegen.

Mit freundlichen Grüßen
Visastelle
""", charset="iso-8859-1", cte="quoted-printable"), loose="001.eml", no_mid=True)

    add(102, D(2024, 2, 27, 8, 50), BARAN, ME_RU, "Re: Хуасинь",
        tp("""Светлана Михайловна, по Хуасиню даю добро: закупайте образцы, но только по контракту и с проверкой на входном контроле. Малайцам после аудита — отказ, вы правильно сделали.

В.И. Барановский
директор ОАО «Зорка»
""", charset="windows-1251", cte="base64"), hcs="windows-1251", loose="002.eml")

    add(103, D(2024, 5, 27, 8, 0), ("Медпункт", "medpunkt@zorka.example.by"), ME_BE, "Медагляд",
        tp("""Нагадваем: штогадовы медагляд для аддзела знешнеэканамічных сувязей — 3 чэрвеня з 8:30, каб. 12. Прыходзіць нашча.

Медпункт
""", cte="base64"), loose="003.eml")
    return M
# Entities, findings and watchlist of the case (part of make_case.py).

ENTITIES = [
    ("o_zorka", "Company", "Zorka Radioelectronics Plant OJSC", [
        "ОАО «Зорка»", "Зорка", "ААТ «Зорка»",
        "Открытое акционерное общество «Сосновский завод радиоэлектроники «Зорка»»",
        "Сосновский завод радиоэлектроники «Зорка»",
        "ААТ «Сасноўскі завод радыёэлектронікі «Зорка»»", "Сасноўскі завод радыёэлектронікі «Зорка»",
        "Zorka Radioelectronics Plant OJSC", "OJSC Zorka", "Zorka",
    ], {"country": ["by"]}),
    ("o_oka", "Company", "JSC NIIRS Oka", [
        'АО "НИИРС "Ока""', 'НИИРС "Ока"', "АО «НИИРС «Ока»»", "НИИРС «Ока»", "НДІ «Ока»",
        "JSC NIIRS Oka", "NIIRS Oka",
    ], {"country": ["ru"]}),
    ("o_korgan", "Company", "Korgan Radiotekhnika JSC", [
        "АО «Қорған Радиотехника»", "Қорған Радиотехника", "Корган Радиотехнике",
    ], {"country": ["kz"]}),
    ("o_huaxin", "Company", "Shenzhen Huaxin Microwave Components Co., Ltd.", [
        "Shenzhen Huaxin Microwave Components Co., Ltd.", "Shenzhen Huaxin Microwave Components",
        "Хуасинь", "Хуасиню",
    ], {"country": ["cn"]}),
    ("o_semitrade", "Company", "Penang Semitrade Sdn. Bhd.", [
        "Penang Semitrade Sdn. Bhd.", "Penang Semitrade",
    ], {"country": ["my"]}),
    ("o_radiokomp", "Company", "Radiokomp LLC", [
        "ООО «Радиокомп»", "Радиокомп", "Радыёкампа", "ООО «Радиокомп» — отдел продаж",
    ], {"country": ["ru"]}),
    ("o_keystone", "Company", "Keystone RF Devices", ["Keystone RF Devices", "Keystone"], {"country": ["us"]}),
    ("o_nishikawa", "Company", "Nishikawa Laminates Co., Ltd.", [
        "Nishikawa Laminates Co., Ltd.", "Nishikawa Laminates", "Nishikawa Laminates Export Control",
    ], {"country": ["jp"]}),
    ("o_plata", "Company", "Plata-Servis LLC", ["ООО «Плата-Сервис»", "Плата-Сервис"], {"country": ["by"]}),
    ("p_sviatlana", "Person", "Sviatlana Yarashevich", [
        "Ярошевич Светлана Михайловна", "Светлана Михайловна", "Святлана Ярашэвіч", "С.М. Ярашэвіч",
        "Sviatlana Yarashevich", "Ms. Sviatlana Yarashevich", "Ms. Yaroshevich", "С.М. Ярошевич",
        "Светлана Ярошевич", "Ярошевич Светлана", "Ярошевич Светлану Михайловну", "Ярошевич С.М.",
        "С. Ярошевич", "Светочка", "Света", "Sveta", "Śviatłana Jaraševič", "Śviatłana",
        "Frau Jaroschewitsch", "YARASHEVICH SVIATLANA", "Ковальская",
    ], {"email": ["s.yaroshevich@zorka.example.by"], "birthDate": ["1976-09-21"], "nationality": ["by"]}),
    ("p_andrei", "Person", "Andrei Yarashevich", [
        "Andrei Yarashevich", "Андрей Ярошевич", "Андрей", "Андрэй", "Andreju", "Ярошевич Андрей Петрович",
        "Ярошевичем Андреем Петровичем", "YARASHEVICH ANDREI",
    ], {"email": ["andrei.yar@mail.example.by"], "birthDate": ["1974-02-03"]}),
    ("p_alesia", "Person", "Alesia Yarashevich", [
        "Alesia Yarashevich", "Алеся", "Алесі", "Леся", "Lese", "Ярошевич Алеся Андреевна",
        "Ярошевич Алесей Андреевной", "YARASHEVICH ALESIA",
    ], {"email": ["alesia.yar@student.example.ru"], "birthDate": ["2004-11-14"]}),
    ("p_dzianis", "Person", "Dzianis Kavalski", [
        "Dzianis Kavalski", "Dzianis", "Den", "Deniss Kovaļskis", "Ковальский Денис Михайлович",
    ], {"email": ["d.kavalski@baltlog.example.lv"], "birthDate": ["1976-09-21"], "nationality": ["by"]}),
    ("p_matskevich", "Person", "Aleh Matskevich", [
        "Мацкевич Олег Иванович", "О. Мацкевич", "Олегом Ивановичем", "Мацкевича Олега Ивановича",
        "Алегам Іванавічам", "Мацкевич Олег", "Мацкевич О.И.", "Олег Иванович", "Олегу Ивановичу", "Мацкевич",
    ], {"email": ["o.matskevich@zorka.example.by"]}),
    ("p_baranovsky", "Person", "Vital Baranouski", [
        "Барановский В.И.", "Виталия Иосифовича", "Виталий Иосифович", "Віталь Іосіфавіч", "В.И. Барановский",
    ], {"email": ["director@zorka.example.by"]}),
    ("p_zuev", "Person", "Grigory Zuev", [
        "Зуев Григорий Леонидович", "Г.Л. Зуев", "Григорий Леонидович", "Зуев Г.Л.",
    ], {"email": ["zuev@niirs-oka.example.ru"]}),
    ("p_zhumabekov", "Person", "Yerlan Zhumabekov", [
        "Yerlan Zhumabekov", "Жұмабеков Ерлан Сәрсенбайұлы", "Ерлан Сарсенбаевич",
    ], {"email": ["e.zhumabekov@korgan.example.kz"]}),
    ("p_zhou", "Person", "Zhou Mingyu", [
        "Zhou Mingyu", "Zhou Mingyu (周明宇)", "周明宇", "Mr. Zhou", "Чжоу",
    ], {"email": ["zhou.mingyu@huaxin-mw.example.cn"]}),
]

# stems used by the check that every occurrence of a name is covered by a listed form
STEMS = {
    "o_zorka": ["зорк", "zorka", "сасноўск", "сосновский"],
    "o_oka": ["ока\"", "ока»", "niirs", "нииrs", "ниирс", "нді"],
    "o_korgan": ["қорған", "корган", "korgan"],
    "o_huaxin": ["huaxin", "хуасин"],
    "o_semitrade": ["semitrade", "семитрейд"],
    "o_radiokomp": ["радиокомп", "радыёкамп"],
    "o_keystone": ["keystone"],
    "o_nishikawa": ["nishikawa"],
    "o_plata": ["плата-серв"],
    "p_sviatlana": ["ярошев", "ярашэв", "yarash", "yarosh", "jarosch", "jaraš", "светлан", "святлан", "свет", "sveta",
                    "sviat", "śviat", "ковальская"],
    "p_andrei": ["андре", "андрэ", "andrei", "andrej"],
    "p_alesia": ["алес", "леся", "alesia", "lese"],
    "p_dzianis": ["dzianis", "kavalsk", "kovaļ", "ковальск", "денис", "дзяніс", "den "],
    "p_matskevich": ["мацкев", "олег", "алег", "matskev"],
    "p_baranovsky": ["баранов", "виталий", "виталия", "віталь", "иосиф"],
    "p_zuev": ["зуев", "григор", "zuev", "zuyev"],
    "p_zhumabekov": ["жұмабек", "жумабек", "zhumabek", "ерлан", "yerlan"],
    "p_zhou": ["zhou", "чжоу", "周明宇"],
}

# message index -> its Message-ID is filled in by make_case.py; evidence uses indexes
FINDINGS = [
    ("f-01", "military_maintenance", "Zorka overhauls and modernises P-18 radars and repairs Mi-8MTV avionics for the Belarusian Air Force and Air Defence Forces.",
     ["o_zorka"], {"platforms": ["p-18", "mi-8"], "customer_country": "by"},
     [(7, "Капитальный ремонт с модернизацией четырёх РЛС П-18 для ВВС и войск ПВО"),
      (7, "Ремонт и доработка бортового радиоэлектронного оборудования вертолётов Ми-8МТВ белорусских ВВС")]),
    ("f-02", "military_maintenance", "Zorka modernises P-18 radars to P-18T standard for the Ministry of Defence of Kazakhstan (through Korgan Radiotekhnika).",
     ["o_zorka"], {"platforms": ["p-18"], "customer_country": "kz"},
     [(2, "Речь идёт о модернизации ещё трёх РЛС П-18 до уровня П-18Т силами вашего завода"),
      (37, "Первые две станции П-18Т по первой очереди отгрузили 30 апреля")]),
    ("f-03", "military_maintenance", "Zorka repairs 36D6 radars and the avionics of Mi-8AMTSh helicopters for the Russian Ministry of Defence.",
     ["o_zorka"], {"platforms": ["36d6", "mi-8"], "customer_country": "ru"},
     [(38, "по контракту с Минобороны России сдаём две РЛС 36Д6 после восстановительного ремонта"),
      (38, "ремонтируем бортовое радиоэлектронное оборудование шести вертолётов Ми-8АМТШ")]),
    ("f-04", "joint_development", "Zorka and NIIRS Oka (Nizhny Novgorod) jointly develop the Vektor-M radar signal processor; Zorka's share went from 40 % to 45 % and finally to half.",
     ["o_zorka", "o_oka"], {"product": ["vektor-m", "vector-m", "vektor-m signal processor"], "partner_country": "ru", "funding_share": 0.5},
     [(4, "сорок процентов приходится на ваш завод, шестьдесят - на институт"),
      (5, "сорок процентов для завода считает завышенной цифрой"),
      (23, "2. Цель командировки: переговоры по ОКР «Вектор-М», согласование долей финансирования."),
      (27, "Доля ОАО «Зорка» в финансировании ОКР «Вектор-М» составляет 45 %"),
      (44, "делим расходы на ОКР пополам"),
      (44, "Финансирование ОКР — поровну, по 50 % каждая сторона")]),
    ("f-05", "sanctions_obstacle", "US export controls stop the delivery of Keystone RF Devices microwave transistors to Zorka.",
     ["o_zorka"], {"origin_country": "us", "goods": "microwave transistors"},
     [(9, "поставить транзисторы KRF-2731 и KRF-2740 производства Keystone RF Devices (США) мы не можем"),
      (10, "амерыканскіх транзістараў KRF-2731 не будзе ні праз Маскву, ні праз каго іншага")]),
    ("f-06", "sanctions_obstacle", "Japanese export control measures stop Nishikawa Laminates from selling PTFE microwave laminate to Zorka.",
     ["o_zorka"], {"origin_country": "jp", "goods": "pcb laminate"},
     [(12, "under the export control measures adopted by the Government of Japan with respect to the Republic of Belarus, Nishikawa Laminates is not able to accept orders from, or ship goods to, companies in Belarus"),
      (15, "Японский ламинат больше не приходит")]),
    ("f-07", "alternative_supplier", "Shenzhen Huaxin offers HX-LD2731 LDMOS transistors in place of the US KRF-2731; Zorka orders samples and signs a contract.",
     ["o_zorka", "o_huaxin"], {"supplier_country": "cn", "goods": "microwave transistors"},
     [(18, "Shenzhen Huaxin Microwave Components Co., Ltd. can supply the HX-LD2731, an LDMOS power transistor designed as a drop-in replacement for the KRF-2731"),
      (20, "We accept your proposal: please send a proforma invoice for 200 samples of HX-LD2731"),
      (29, "the 200 samples of HX-LD2731 and 50 of HX-LD2740 left Shenzhen today"),
      (51, "Contract HX-ZK-2024-07 for 2,000 pcs HX-LD2731 and 400 pcs HX-LD2740 has been countersigned on our side"),
      (102, "по Хуасиню даю добро: закупайте образцы")]),
    ("f-08", "equipment_shortage", "Zorka lacks KRF-2731 microwave transistors for the P-18 transmitters.",
     ["o_zorka"], {"goods": "microwave transistors"},
     [(7, "на СВЧ-транзисторы KRF-2731 потребность 60 штук, на складе осталось 12, и больше взять негде")]),
    ("f-09", "equipment_shortage", "Zorka has no multilayer printed circuit boards for the P-18 processing units; the supplier cannot make them.",
     ["o_zorka"], {"goods": "printed circuit boards"},
     [(15, "изготовить их в феврале не сможем"),
      (22, "сборка блоков обработки П-18 фактически стоит — печатных плат нет")]),
    ("f-10", "foreign_travel", "Yarashevich and Matskevich travelled to Nizhny Novgorod, Russia, 11-15 March 2024 for talks at NIIRS Oka.",
     ["p_sviatlana", "p_matskevich"], {"country": "ru", "start": "2024-03-11", "place": "Nizhny Novgorod", "purpose": "talks with NIIRS Oka"},
     [(23, "Направить в служебную командировку в г. Нижний Новгород (Российская Федерация), в АО «НИИРС «Ока»», с 11 по 15 марта 2024 г.:"),
      (24, "на наступным тыдні мы з Алегам Іванавічам едзем у Ніжні Ноўгарад"),
      (26, "Подтверждаем бронирование: 2 одноместных номера, заезд 11.03.2024, выезд 15.03.2024."),
      (27, "Спасибо за продуктивные три дня!"),
      (46, "Нижний Новгород, март 2024, служебная командировка")]),
    ("f-11", "foreign_travel", "Yarashevich and her husband flew to St Petersburg, Russia, 1-5 May 2024 to visit their daughter.",
     ["p_sviatlana", "p_andrei"], {"country": "ru", "start": "2024-05-01", "place": "Saint Petersburg", "purpose": "visiting their daughter"},
     [(34, "билеты на майские взял: 1 мая вылетаем из Минска в Петербург, обратно 5-го вечером"),
      (36, "Очень жду вас с папой на майские!"),
      (46, "Санкт-Петербург, май 2024, частная поездка")]),
    ("f-12", "foreign_travel", "Yarashevich, her husband and daughter holidayed in Budva, Montenegro, 10-20 August 2024.",
     ["p_sviatlana", "p_andrei", "p_alesia"], {"country": "me", "start": "2024-08-10", "place": "Budva", "purpose": "holiday"},
     [(48, "Your booking at Apartments Mirna, Budva, Montenegro, is confirmed: check-in 10 August 2024, check-out 20 August 2024"),
      (49, "выезжаю за границу — в Черногорию (г. Будва) вместе с мужем, Ярошевичем Андреем Петровичем, и дочерью, Ярошевич Алесей Андреевной"),
      (55, "скинул фото из Будвы на общий диск, папка «Черногория-2024»")]),
    ("f-13", "foreign_travel", "The daughter Alesia flies back to St Petersburg, Russia, on 30 August 2024 to resume her studies.",
     ["p_alesia"], {"country": "ru", "start": "2024-08-30", "place": "Saint Petersburg", "purpose": "studies"},
     [(55, "Алеся 30-го летит обратно в Петербург, занятия у неё с 1 сентября")]),
    ("f-14", "citizenship", "Yarashevich is a citizen of Belarus only.",
     ["p_sviatlana"], {"countries": ["by"]},
     [(46, "4. Гражданство: Республика Беларусь. Гражданства других государств не имею.")]),
    ("f-15", "citizenship", "Her twin brother Dzianis Kavalski lives in Riga on a Latvian residence permit but is a citizen of Belarus only.",
     ["p_dzianis"], {"countries": ["by"]},
     [(42, "Pasport u menja kak byl belorusskij, tak i ostalsja"),
      (46, "гражданин Республики Беларусь, имеет вид на жительство в Латвии")]),
    ("f-16", "family_relation", "Andrei Yarashevich is Sviatlana Yarashevich's husband.",
     ["p_sviatlana", "p_andrei"], {"relationship": "spouse"},
     [(46, "муж — Ярошевич Андрей Петрович, 03.02.1974 г.р., инженер-энергетик;"),
      (49, "вместе с мужем, Ярошевичем Андреем Петровичем")]),
    ("f-17", "family_relation", "Alesia Yarashevich is Sviatlana Yarashevich's daughter.",
     ["p_sviatlana", "p_alesia"], {"relationship": "child"},
     [(46, "дочь — Ярошевич Алеся Андреевна, 14.11.2004 г.р."),
      (49, "и дочерью, Ярошевич Алесей Андреевной")]),
    ("f-18", "family_relation", "Alesia is Andrei Yarashevich's daughter.",
     ["p_andrei", "p_alesia"], {"relationship": "child"},
     [(34, "Алеся, наша дочка, просила забрать её зимнюю куртку")]),
    ("f-19", "family_relation", "Dzianis Kavalski is Sviatlana Yarashevich's twin brother.",
     ["p_sviatlana", "p_dzianis"], {"relationship": "sibling"},
     [(46, "брат (близнец) — Ковальский Денис Михайлович"),
      (43, "Tvaja siastra-blizniačka")]),
    ("f-20", "employment", "Yarashevich heads the foreign economic relations department of Zorka.",
     ["p_sviatlana", "o_zorka"], {"role": "head of foreign economic relations department"},
     [(5, "начальник отдела внешнеэкономических связей"),
      (17, "Head of Foreign Economic Relations Department"),
      (23, "Ярошевич Светлану Михайловну, начальника отдела внешнеэкономических связей;"),
      (46, "5. Место работы и должность: ОАО «Зорка», начальник отдела внешнеэкономических связей")]),
    ("f-21", "employment", "Matskevich is the chief designer of Zorka.",
     ["p_matskevich", "o_zorka"], {"role": "chief designer"},
     [(7, "главный конструктор"), (23, "Мацкевича Олега Ивановича, главного конструктора.")]),
    ("f-22", "employment", "Baranovsky is the director of Zorka.",
     ["p_baranovsky", "o_zorka"], {"role": "director"},
     [(23, "Директор В.И. Барановский"), (102, "директор ОАО «Зорка»")]),
    ("f-23", "employment", "Zuev is deputy general director for research of NIIRS Oka.",
     ["p_zuev", "o_oka"], {"role": "deputy general director"},
     [(4, "заместитель генерального директора по научной работе")]),
    ("f-24", "employment", "Zhumabekov is technical director of Korgan Radiotekhnika.",
     ["p_zhumabekov", "o_korgan"], {"role": "technical director"},
     [(2, "технический директор АО «Қорған Радиотехника»")]),
    ("f-25", "employment", "Zhou Mingyu is a sales manager of Shenzhen Huaxin.",
     ["p_zhou", "o_huaxin"], {"role": "sales manager"},
     [(18, "Sales Manager, CIS Markets"), (51, "Sales Manager, CIS Markets")]),
    ("f-26", "watchlist_match", "Grigory Zuev is on the watchlist as ZUYEV, Grigoriy Leonidovich.",
     ["p_zuev"], {"list": "watchlist", "entry_id": "wl-ru-1107", "score": 0.9},
     [(4, "Г.Л. Зуев"), (27, "Г.Л. Зуев")]),
    ("f-27", "watchlist_match", "NIIRS Oka is on the watchlist under its transliterated full name.",
     ["o_oka"], {"list": "watchlist", "entry_id": "wl-ru-1108", "score": 0.85},
     [(23, "АО «НИИРС «Ока»»"), (27, "АО «НИИРС «Ока»»"), (4, "JSC NIIRS Oka")]),
    ("f-28", "watchlist_match", "Shenzhen Huaxin is on the watchlist as HUAXIN MICROWAVE COMPONENTS (SHENZHEN) CO., LTD.",
     ["o_huaxin"], {"list": "watchlist", "entry_id": "wl-cn-2203", "score": 0.85},
     [(18, "Shenzhen Huaxin Microwave Components Co., Ltd.")]),
]

WATCHLIST = [
    {"id": "wl-ru-1107", "schema": "Person", "caption": "ZUYEV, Grigoriy Leonidovich",
     "properties": {"name": ["ZUYEV, Grigoriy Leonidovich"], "alias": ["ZUEV, Grigorii"], "birthDate": ["1966-04-12"],
                    "nationality": ["ru"], "position": ["Deputy General Director for Research"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-1108", "schema": "Company", "caption": "NAUCHNO-ISSLEDOVATELSKIY INSTITUT RADIOTEKHNICHESKIKH SISTEM OKA, AO",
     "properties": {"name": ["NAUCHNO-ISSLEDOVATELSKIY INSTITUT RADIOTEKHNICHESKIKH SISTEM OKA, AO"],
                    "alias": ["RESEARCH INSTITUTE OF RADIO ENGINEERING SYSTEMS OKA JSC"], "country": ["ru"],
                    "address": ["Nizhny Novgorod, Russia"]}, "datasets": ["watchlist"]},
    {"id": "wl-cn-2203", "schema": "Company", "caption": "HUAXIN MICROWAVE COMPONENTS (SHENZHEN) CO., LTD.",
     "properties": {"name": ["HUAXIN MICROWAVE COMPONENTS (SHENZHEN) CO., LTD."], "alias": ["深圳华信微波元器件有限公司"],
                    "country": ["cn"], "address": ["Shenzhen, Guangdong"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-1109", "schema": "Person", "caption": "ZUYEV, Gennadiy Leonidovich",
     "properties": {"name": ["ZUYEV, Gennadiy Leonidovich"], "birthDate": ["1971-08-30"], "nationality": ["ru"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-1110", "schema": "Person", "caption": "ZUYEVA, Galina Grigoryevna",
     "properties": {"name": ["ZUYEVA, Galina Grigoryevna"], "birthDate": ["1968-02-11"], "nationality": ["ru"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-0315", "schema": "Person", "caption": "YAROSHEVICH, Andrei Petrovich",
     "properties": {"name": ["YAROSHEVICH, Andrei Petrovich"], "alias": ["Ярошевич Андрей Петрович"], "birthDate": ["1961-07-19"],
                    "nationality": ["ru"], "position": ["Director, Vitebsk Oblgaz"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-1111", "schema": "Company", "caption": "OKA-PRIBOR LLC",
     "properties": {"name": ["OKA-PRIBOR LLC"], "alias": ["ООО «Ока-Прибор»"], "country": ["ru"]}, "datasets": ["watchlist"]},
    {"id": "wl-cn-2204", "schema": "Company", "caption": "SHENZHEN HUAXING TRADING CO., LTD.",
     "properties": {"name": ["SHENZHEN HUAXING TRADING CO., LTD."], "country": ["cn"]}, "datasets": ["watchlist"]},
    {"id": "wl-my-0401", "schema": "Company", "caption": "SEMITRADE HOLDINGS BERHAD",
     "properties": {"name": ["SEMITRADE HOLDINGS BERHAD"], "country": ["my"], "address": ["Kuala Lumpur"]}, "datasets": ["watchlist"]},
    {"id": "wl-ir-0522", "schema": "Company", "caption": "PARSIAN RADAR INDUSTRIES",
     "properties": {"name": ["PARSIAN RADAR INDUSTRIES"], "country": ["ir"]}, "datasets": ["watchlist"]},
]
# Writing the files and the self-checks (part of make_case.py).
import json as _json
import os as _os
import subprocess as _sp
import unicodedata as _ud
from email.utils import format_datetime as _fmt

HERE = _os.path.dirname(_os.path.abspath(__file__))
N_MBOX = 55
N_LOOSE = 3


class _L:  # the helper namespace handed to build()
    pass


def _ns():
    ns = _L()
    for k, v in globals().items():
        setattr(ns, k, v)
    return ns


def render(spec, mids):
    hcs = spec["hcs"]
    top = []
    top.append("From: " + addr(spec["frm"][0], spec["frm"][1], hcs, spec["q_enc"]))
    top.append("To: " + addr(spec["to"][0], spec["to"][1], hcs, spec["q_enc"]))
    if spec["cc"]:
        top.append("Cc: " + ", ".join(addr(n, m, hcs) for n, m in spec["cc"]))
    top.append("Subject: " + hdr(spec["subject"], hcs))
    top.append("Date: " + _fmt(spec["date"]))
    if not spec["no_mid"]:
        top.append("Message-ID: " + mids[spec["i"]])
    if spec["irt"]:
        top.append("In-Reply-To: " + mids[spec["irt"]])
        top.append("References: " + mids[spec["irt"]])
    top.append("X-Mailer: " + spec["mailer"])
    return message_bytes(top, spec["part"])


def main():
    specs = build(_ns())
    mids = {s["i"]: mid_for(s["i"], s["domain"]) for s in specs}
    raws = {}
    for s in specs:
        raws[s["i"]] = render(s, mids)
    # message ids as cited (sha256 of raw bytes for a message without Message-ID)
    cite = {}
    for s in specs:
        cite[s["i"]] = ("<sha256:%s>" % hashlib.sha256(raws[s["i"]]).hexdigest()) if s["no_mid"] else mids[s["i"]]

    mbox_specs = sorted([s for s in specs if not s["loose"]], key=lambda s: s["date"])
    with open(_os.path.join(HERE, "mailbox.mbox"), "wb") as fh:
        for s in mbox_specs:
            sender = s["frm"][1]
            fh.write(("From %s %s\n" % (sender, s["date"].strftime("%a %b %d %H:%M:%S %Y"))).encode("ascii"))
            body = mboxrd_escape(raws[s["i"]])
            fh.write(body if body.endswith(b"\n") else body + b"\n")
            fh.write(b"\n")
    loose_dir = _os.path.join(HERE, "loose")
    _os.makedirs(loose_dir, exist_ok=True)
    for s in specs:
        if s["loose"]:
            with open(_os.path.join(loose_dir, s["loose"]), "wb") as fh:
                fh.write(raws[s["i"]])

    # ------------------------------------------------------------ truth
    entities = [{"id": i, "schema": sch, "name": name, "names": sorted(set(names)), "properties": props}
                for i, sch, name, names, props in ENTITIES]
    findings = []
    for fid, kind, summary, subjects, attrs, ev in FINDINGS:
        findings.append({"id": fid, "kind": kind, "summary": summary, "subjects": subjects, "attributes": attrs,
                         "evidence": [{"message_id": cite[i], "quote": qt} for i, qt in ev], "confidence": 1.0})
    truth = {"format": "paperchase.findings/1", "entities": entities, "findings": findings}
    with open(_os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        _json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(_os.path.join(HERE, "watchlist.ftm.json"), "w", encoding="utf-8") as fh:
        for w in WATCHLIST:
            fh.write(_json.dumps(w, ensure_ascii=False) + "\n")

    # ------------------------------------------------------------ self-checks
    ok = True
    # decode from the written files, not from memory
    import mailbox as _mb
    decoded = {}
    by_mid = {cite[s["i"]]: s["i"] for s in specs}
    _box = _mb.mbox(_os.path.join(HERE, "mailbox.mbox"))
    for key in _box.keys():
        raw = _box.get_bytes(key)
        mid = email.message_from_bytes(raw)["Message-ID"]
        decoded[mid] = decoded_texts(raw)
    n_mbox = len(decoded)
    for s in specs:
        if s["loose"]:
            raw = open(_os.path.join(loose_dir, s["loose"]), "rb").read()
            decoded[cite[s["i"]]] = decoded_texts(raw)
    c1 = []
    for f in findings:
        for e in f["evidence"]:
            texts = decoded.get(e["message_id"])
            if texts is None or not any(e["quote"] in t for t in texts):
                c1.append("%s %s: %r" % (f["id"], e["message_id"], e["quote"][:60]))
    print("check 1 (evidence quotes verbatim in decoded text):", "PASS" if not c1 else "FAIL")
    for x in c1:
        print("   missing:", x)
    ok &= not c1

    here_score = _sp.run(["python3", "/work/shared/tools/score_case.py", _os.path.join(HERE, "truth.json"),
                          _os.path.join(HERE, "truth.json"), "--json"], capture_output=True, text=True)
    sc = _json.loads(here_score.stdout)
    c2 = sc["findings"]["f1"] == 1.0 and sc["entities"]["f1"] == 1.0 and sc["findings"]["recall"] == 1.0
    print("check 2 (truth scored against itself): findings f1 %.3f, entities f1 %.3f:" % (
        sc["findings"]["f1"], sc["entities"]["f1"]), "PASS" if c2 else "FAIL")
    ok &= c2

    corpus = "\n".join(t for ts in decoded.values() for t in ts)
    low = _ud.normalize("NFC", corpus).casefold()
    c3 = [n for e in entities for n in e["names"] if _ud.normalize("NFC", n).casefold() not in low]
    print("check 3 (every surface form occurs in the decoded texts/headers):", "PASS" if not c3 else "FAIL")
    for x in c3:
        print("   absent:", x)
    ok &= not c3

    # check 3b: every occurrence of a name stem is covered by some listed form (review aid)
    low = re.sub(r"[\w.+-]+@[\w.-]+", lambda m: " " * len(m.group(0)), low)
    allforms = sorted({_ud.normalize("NFC", n).casefold() for e in entities for n in e["names"]}, key=len, reverse=True)
    uncovered = set()
    for eid, stems in STEMS.items():
        for st in stems:
            start = 0
            while True:
                p = low.find(st, start)
                if p < 0:
                    break
                start = p + 1
                covered = False
                for fm in allforms:
                    lo = max(0, p - len(fm))
                    k = low.find(fm, lo)
                    while 0 <= k <= p:
                        if k + len(fm) >= p + len(st):
                            covered = True
                            break
                        k = low.find(fm, k + 1)
                    if covered:
                        break
                if not covered:
                    uncovered.add("%s: ...%s..." % (eid, corpus[max(0, p - 25):p + 30].replace("\n", " ")))
    print("check 3b (name occurrences covered by listed forms): %d uncovered" % len(uncovered))
    for x in sorted(uncovered):
        print("   ", x)

    c4 = n_mbox == N_MBOX and len(_os.listdir(loose_dir)) == N_LOOSE
    print("check 4 (message count): mbox %d (want %d), loose %d (want %d):" % (
        n_mbox, N_MBOX, len(_os.listdir(loose_dir)), N_LOOSE), "PASS" if c4 else "FAIL")
    ok &= c4
    nomid = [f for f in _os.listdir(loose_dir) if b"\nMessage-ID:" not in open(_os.path.join(loose_dir, f), "rb").read()]
    print("   loose files without Message-ID:", nomid)
    print("ALL CHECKS PASS" if ok else "SOME CHECKS FAILED")
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
