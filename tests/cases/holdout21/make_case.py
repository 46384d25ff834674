#!/usr/bin/env python3
"""Generator of the evaluation case "holdout21" (Sviran Radio Repair Plant).

    python3 make_case.py          # write mailbox.mbox, loose/*.eml, watchlist.ftm.json, truth.json
    python3 make_case.py --check  # regenerate in memory, decode every message with the
                                  # email package and verify every quote and citation

Standard library only; deterministic (same bytes on every run). Everything in the case
is fictional: the town of Sviran, the firms, the people, addresses under example.*,
phone, contract and passport data.
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
import unicodedata
import urllib.parse
import xml.etree.ElementTree as ET
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SALT = "holdout21-sviran"

# ----------------------------------------------------------------------------------------
# MIME helpers (raw bytes written by hand, so that every encoding is exactly as chosen)
# ----------------------------------------------------------------------------------------


def _ew(s, charset, enc):
    b = s.encode(charset)
    if enc == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode("ascii"))
    out = []
    for byte in b:
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def enc_words(text, charset="utf-8", enc="B"):
    """RFC 2047 encoded words of at most 75 characters, never splitting a character."""
    words, cur = [], ""
    for ch in text:
        if cur and len(_ew(cur + ch, charset, enc)) > 75:
            words.append(_ew(cur, charset, enc))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_ew(cur, charset, enc))
    return words


def hdr_text(text, charset="utf-8", enc="B"):
    if text.isascii():
        return text
    return "\n ".join(enc_words(text, charset, enc))


def hdr_addr(person):
    name, email, charset, enc = person
    if not name:
        return "<%s>" % email
    if name.isascii():
        if re.search(r'[,.()<>@:;"\[\]]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    # one encoded word for the whole display name: parsers disagree on the white space
    # between adjacent encoded words inside an address phrase
    return "%s <%s>" % (_ew(name, charset, enc), email)


def encode_body(text, charset, cte):
    if not text.endswith("\n"):
        text += "\n"
    b = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    if cte == "7bit":
        assert b.isascii(), "7bit body is not ASCII"
        return b
    if cte == "8bit":
        return b
    raise ValueError(cte)


def leaf_text(text, subtype="plain", charset="utf-8", cte="base64"):
    headers = ['Content-Type: text/%s; charset="%s"' % (subtype, charset),
               "Content-Transfer-Encoding: %s" % cte]
    return headers, encode_body(text, charset, cte)


def leaf_attachment(data, ctype, filename):
    if filename.isascii():
        ct = '%s; name="%s"' % (ctype, filename)
        cd = 'attachment; filename="%s"' % filename
    else:
        ct = '%s;\n name="%s"' % (ctype, "\n ".join(enc_words(filename, "utf-8", "B")))
        cd = "attachment;\n filename*=utf-8''%s" % urllib.parse.quote(filename, safe="")
    headers = ["Content-Type: " + ct, "Content-Transfer-Encoding: base64", "Content-Disposition: " + cd]
    return headers, base64.encodebytes(data)


def leaf_rfc822(raw, filename):
    headers = ["Content-Type: message/rfc822", 'Content-Disposition: attachment; filename="%s"' % filename]
    return headers, raw


def render_part(part):
    headers, body = part
    return ("\n".join(headers) + "\n\n").encode("ascii") + body


def multipart(subtype, parts, boundary):
    b = boundary.encode("ascii")
    body = b"This is a multi-part message in MIME format.\n"
    for p in parts:
        rp = render_part(p)
        if not rp.endswith(b"\n"):
            rp += b"\n"
        body += b"\n--" + b + b"\n" + rp
    body += b"\n--" + b + b"--\n"
    return ['Content-Type: multipart/%s;\n boundary="%s"' % (subtype, boundary)], body


# ----------------------------------------------------------------------------------------
# Documents: DOCX, XLSX, PDF (minimal, valid, standard library only)
# ----------------------------------------------------------------------------------------

ZIP_DATE = (2023, 1, 2, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def xesc(s):
    return html.escape(s, quote=False)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
S_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def make_docx(paragraphs, title="", author="user"):
    """paragraphs: list of str; a str starting with '**' is set in bold."""
    ps = []
    for p in paragraphs:
        bold = p.startswith("**")
        text = p[2:] if bold else p
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        ps.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(text)))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
                % (W_NS, R_NS, "".join(ps)))
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                     '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="%s">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>' % PKG_REL)
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '</cp:coreProperties>' % (xesc(title), xesc(author)))
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="%s"></Relationships>' % PKG_REL)
    return _zip([("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("docProps/core.xml", core),
                 ("word/document.xml", document), ("word/_rels/document.xml.rels", doc_rels)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1", shared=True):
    """rows: list of lists of str/int/float. shared: shared strings table, else inline strings."""
    strings, index = [], {}
    xml_rows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif shared:
                if v not in index:
                    index[v] = len(strings)
                    strings.append(v)
                cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, index[v]))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(v)))
        xml_rows.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (S_NS, "".join(xml_rows)))
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>'
                % (S_NS, R_NS, xesc(sheet)))
    wb_rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>',
               '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    overrides = ['<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
                 '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
                 '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>']
    files = []
    if shared:
        wb_rels.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')
        overrides.append('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
        sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>'
               % (S_NS, len(strings), len(strings),
                  "".join('<si><t xml:space="preserve">%s</t></si>' % xesc(s) for s in strings)))
        files.append(("xl/sharedStrings.xml", sst))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="%s">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>' % S_NS)
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>%s</Types>' % "".join(overrides))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="%s">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>' % PKG_REL)
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="%s">%s</Relationships>'
           % (PKG_REL, "".join(wb_rels)))
    files = [("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("xl/workbook.xml", workbook),
             ("xl/_rels/workbook.xml.rels", wbr), ("xl/styles.xml", styles), ("xl/worksheets/sheet1.xml", sheet_xml)] + files
    return _zip(files)


def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, title="document"):
    """One A4 page, Helvetica, uncompressed content stream, one Tj per line (ASCII only)."""
    for l in lines:
        assert l.isascii(), l
    content = "BT\n/F1 10 Tf\n50 790 Td\n15 TL\n" + "".join("(%s) Tj T*\n" % _pdf_esc(l) for l in lines) + "ET\n"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            "<< /Length %d >>\nstream\n%sendstream" % (len(content.encode("ascii")), content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Title (%s) /Producer (PDF writer 1.2) >>" % _pdf_esc(title)]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode("ascii")
    out += "".join("%010d 00000 n \n" % off for off in offsets).encode("ascii")
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, len(objs), xref)).encode("ascii")
    return out


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"

# ----------------------------------------------------------------------------------------
# The cast: (display name, address, header charset, header encoding)
# ----------------------------------------------------------------------------------------

S = ("Ляхович Сергей Викторович", "s.lyakhovich@srrz.example.by", "windows-1251", "B")
S_EN = ("Siarhei Liakhovich", "s.lyakhovich@srrz.example.by", "us-ascii", "B")
S_BY = ("Ляховіч Сяргей Віктаравіч", "s.lyakhovich@srrz.example.by", "utf-8", "B")
S_PRIV = ("Сергей Ляхович", "serzh.lyakhovich@mail.example.by", "koi8-r", "B")
S_PRIV_BY = ("Сяргей Ляховіч", "serzh.lyakhovich@mail.example.by", "utf-8", "Q")
A = ("Ганна Ляховіч", "hanna.liakhovich@mail.example.by", "utf-8", "B")
A_WORK = ("Ляхович Анна Михайловна", "a.lyakhovich@sksm.example.by", "windows-1251", "Q")
Z = ("Жданович Игорь Леонидович", "i.zhdanovich@srrz.example.by", "windows-1251", "B")
Z_BY = ("Ждановіч Ігар Леанідавіч", "i.zhdanovich@srrz.example.by", "utf-8", "B")
SAV = ("Савицкая Ольга Петровна", "o.savitskaya@srrz.example.by", "koi8-r", "B")
SAV_1251 = ("Савицкая Ольга Петровна", "o.savitskaya@srrz.example.by", "windows-1251", "Q")
KUKH = ("Кухаренко Виталий Николаевич", "v.kukharenko@srrz.example.by", "windows-1251", "B")
MART = ("Мартинкевич Людмила Ивановна", "l.martinkevich@srrz.example.by", "windows-1251", "B")
BUH = ("Грицевич Наталья Петровна", "buh@srrz.example.by", "utf-8", "B")
HR = ("Ковалевская Елена Александровна", "ok@srrz.example.by", "windows-1251", "B")
KANC = ("Канцылярыя ААТ СРРЗ", "kancelaria@srrz.example.by", "windows-1251", "B")
IT = ("Служба ИТ", "it@srrz.example.by", "koi8-r", "B")
PROF = ("Профком ОАО СРРЗ", "profkom@srrz.example.by", "windows-1251", "Q")
CANTEEN = ("Столовая", "stolovaya@srrz.example.by", "windows-1251", "B")
ALL_SRRZ = ("Все сотрудники", "all@srrz.example.by", "windows-1251", "B")
PEO = ("ПЭО", "peo@srrz.example.by", "windows-1251", "B")
GROM = ("Громов Аркадий Олегович", "a.gromov@orbita-trenazh.example.ru", "utf-8", "B")
SHES = ("Шестакова Юлия Андреевна", "y.shestakova@orbita-trenazh.example.ru", "utf-8", "Q")
SHES_KOI = ("Шестакова Юлия Андреевна", "y.shestakova@orbita-trenazh.example.ru", "koi8-r", "B")
VIER = ("Tuomas Vierikko", "tuomas.vierikko@lahdekorpi.example.fi", "us-ascii", "B")
SEO = ("Seo Min-jae", "mj.seo@daeyang-meas.example.kr", "us-ascii", "B")
BURAK = ("Burak Yazıcıoğlu", "burak.yazicioglu@karadeniz-lehim.example.com.tr", "utf-8", "Q")
BURAK_ASCII = ("Burak Yazicioglu", "burak.yazicioglu@karadeniz-lehim.example.com.tr", "us-ascii", "B")
NURB = ("Сатыбалдиев Нурбек", "n.satybaldiev@alatoo-trade.example.kg", "utf-8", "B")
VCH = ("Рябинин Денис Андреевич", "ryabinin@vch44871.example.ru", "koi8-r", "B")
ZAF = ("Lt Col K. Mwaba", "eng.liaison@zaf.example.zm", "us-ascii", "B")
LTCONS = ("Visa Section, Consulate General of Lithuania", "visa.grodno@urm.example.lt", "us-ascii", "B")
HOTEL = ("Hotel Sveti Kamen Reservations", "reservations@svetikamen.example.me", "us-ascii", "B")
HOTELREC = ("Recepcija - Hotel Sveti Kamen", "recepcija@svetikamen.example.me", "iso-8859-2", "Q")
AGENCY = ("Турагентство «Неманский ветер»", "tour@neman-veter.example.by", "utf-8", "B")
SCHOOL = ("Таццяна Іванаўна Зяньковіч", "t.ziankovich@sch3-sviran.example.by", "utf-8", "B")
VP = ("Военное представительство", "vp.sviran@mil.example.by", "windows-1251", "B")
FRIEND = ("Андрэй Пашкевіч", "a.pashkevich@tut.example.by", "utf-8", "Q")
NEWS = ("Гродненский клуб экономистов", "news@ekonomist-grodno.example.by", "utf-8", "B")

BY = timezone(timedelta(hours=3))


def dt(s, tz=3):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=tz)))


# ----------------------------------------------------------------------------------------
# The messages
# ----------------------------------------------------------------------------------------

MSGS = []          # in mailbox order
BYKEY = {}


def domain_of(addr):
    return addr.split("@", 1)[1]


def msgid(key, sender):
    h = hashlib.sha256((SALT + ":" + key).encode()).hexdigest()[:16]
    return "<%s@%s>" % (h, domain_of(sender[1]))


def M(key, date, frm, to, subject, text, charset="utf-8", cte="base64", subj_cs=None, subj_enc="B",
      cc=(), mailer=None, reply=None, html_alt=False, html_only=None, attachments=(), forward=None,
      loose=None, no_mid=False, crlf=False):
    m = dict(key=key, date=date, frm=frm, to=list(to), cc=list(cc), subject=subject, text=text,
             charset=charset, cte=cte, subj_cs=subj_cs or charset, subj_enc=subj_enc, mailer=mailer,
             reply=reply, html_alt=html_alt, html_only=html_only, attachments=list(attachments),
             forward=forward, loose=loose, no_mid=no_mid, crlf=crlf)
    m["id"] = None if no_mid else msgid(key, frm)
    MSGS.append(m)
    BYKEY[key] = m
    return m


ATTR = {
    "ru": "{d}, {n} пишет:",
    "by": "{d}, {n} напісаў(-ла):",
    "en": "On {d}, {n} wrote:",
    "me": "Dana {d}, {n} je napisao/la:",
}


def quote(key, lang="ru"):
    p = BYKEY[key]
    name = p["frm"][0] or p["frm"][1]
    head = ATTR[lang].format(d=p["date"].strftime("%d.%m.%Y %H:%M"), n=name)
    body = p["text"].rstrip("\n")
    return "\n\n" + head + "\n" + "\n".join(("> " + l) if l else ">" for l in body.split("\n")) + "\n"


SIG_S = """С уважением,
С.В. Ляхович
начальник планово-экономического отдела
ОАО «Свиранский радиоремонтный завод»
тел. +375 1596 2 11 47"""

SIG_S_EN = """Best regards,
Siarhei Liakhovich
Head of Planning and Economic Department
Sviran Radio Repair Plant OJSC
Sviran, Grodno Region, Belarus
tel. +375 1596 2 11 47"""

# --- January 2023: the soldering line stops, the Finnish maker refuses ------------------

M("kukh_line", dt("2023-01-09 09:12"), KUKH, [S], "Простой установки пайки волной",
  """Сергей Викторович, добрый день.

Информирую, что установка пайки волной LT-Wave 450 в цехе № 2 стоит с 28 декабря: сгорели два нагревательных элемента ванны, изношено сопло волны. Запасных частей к линии на складе нет ни одной позиции, заявка в ОМТС висит с ноября.

Монтаж плат блоков Р-863 временно перевели на ручную пайку, выработка упала примерно втрое.
Прошу учесть при корректировке плана производства на январь.

В.Н. Кухаренко
начальник цеха № 2
""", charset="windows-1251", cte="base64", subj_enc="Q", mailer="Microsoft Outlook 16.0")

M("req_fi", dt("2023-01-11 10:40"), S_EN, [VIER], "Spare parts enquiry - LT-Wave 450, serial no. 4471",
  """Dear Mr. Vierikko,

Our wave soldering machine LT-Wave 450 (serial no. 4471, supplied in 2017) has been idle since 28 December 2022 because two solder bath heating elements burned out and the wave nozzle is worn.

Could you please quote the following spare parts, delivery to Sviran, Belarus:
- heating element HE-450, 3 kW - 2 pcs
- wave nozzle WN-450 - 2 pcs
- solder pump impeller PI-45 - 1 pc
- controller board CB-12 - 1 pc

Thank you in advance.

""" + SIG_S_EN + "\n", charset="us-ascii", cte="7bit", mailer="Microsoft Outlook 16.0")

M("fi_refuse", dt("2023-01-16 13:05", 2), VIER, [S_EN], "RE: Spare parts enquiry - LT-Wave 450, serial no. 4471",
  """Hyvä herra Ljahovitš,
Dear Mr. Liakhovich,

Thank you for your enquiry of 11 January.

Unfortunately we have to decline it. Because of the EU sanctions against Belarus (Council Regulation (EC) No 765/2006, as amended) Lähdekorpi Tekniikka Oy may not sell, supply or transfer spare parts for the LT-Wave line to customers in Belarus, nor provide technical assistance or repair services.

Valitettavasti emme voi toimittaa varaosia Valko-Venäjälle EU:n pakotteiden vuoksi.

We regret that we cannot help you in this matter.

Ystävällisin terveisin / Best regards

Tuomas Vierikko
Export Sales Manager
Lähdekorpi Tekniikka Oy
Kivikkokatu 88, Tampere, Finland
+358 3 555 0147
""" + quote("req_fi", "en"), charset="iso-8859-15", cte="quoted-printable", reply="req_fi",
  mailer="Microsoft Outlook 16.0")

M("fwd_fi", dt("2023-01-17 08:55"), S, [Z, SAV], "Fwd: RE: Spare parts enquiry - LT-Wave 450, serial no. 4471",
  """Игорь Леонидович, Ольга Петровна,

финны запчасти к LT-Wave поставлять отказались: ссылаются на санкции ЕС против Беларуси. Письмо Lähdekorpi пересылаю вложением.

Без ТЭНов и сопла линия так и будет стоять. Предлагаю искать производителя совместимых запчастей вне ЕС — в Турции или Китае; у турок, по слухам, есть аналоги.

""" + SIG_S + "\n", charset="utf-8", cte="quoted-printable", forward="fi_refuse", mailer="Microsoft Outlook 16.0")

M("z_re_fi", dt("2023-01-20 11:30"), Z_BY, [S], "Re: Fwd: RE: Spare parts enquiry - LT-Wave 450, serial no. 4471",
  """Сяргей Віктаравіч,

згодны. Рыхтуйце запыт у Турцыю, Кітай — толькі калі туркі не адгукнуцца. Да 1 лютага прашу даведку: колькі мы страцілі за студзень з-за прастою лініі пайкі.

І.Л. Ждановіч
дырэктар ААТ «Свіранскі радыёрамонтны завод»
""" + quote("fwd_fi", "by"), charset="utf-8", cte="8bit", reply="fwd_fi", mailer="Mozilla Thunderbird 102.6.1")

M("canteen", dt("2023-01-23 08:05"), CANTEEN, [ALL_SRRZ], "Меню столовой на 23–27 января",
  """Уважаемые сотрудники!

Меню на неделю:
понедельник — борщ, котлета по-свирански, гречка;
вторник — суп с клецками, драники со сметаной;
среда — рассольник, тефтели, рис;
четверг — рыбный день: уха, минтай под маринадом;
пятница — щи, колдуны, компот.

Комплексный обед — 6,80 руб. Заказ банкетов — по тел. 2-14-09.

Столовая ОАО «СРРЗ»
""", charset="windows-1251", cte="quoted-printable", subj_enc="B")

PLAN_XLSX = make_xlsx([
    ["Сводный план ремонта изделий на 2023 год (ред. 2 от 24.01.2023)"],
    [],
    ["№", "Заказчик", "Тип ВС", "Содержание работ", "Кол-во комплектов", "Основание"],
    [1, "ВВС и войска ПВО ВС Республики Беларусь", "Ми-8МТВ-5",
     "капитальный ремонт бортового РЭО вертолётов Ми-8МТВ-5 (Р-863, А-037, АРК-15М)", 6, "гособоронзаказ Республики Беларусь"],
    [2, "ВВС и войска ПВО ВС Республики Беларусь", "Ми-17",
     "средний ремонт радиостанций Р-863 и СПУ-7 вертолётов Ми-17", 4, "гособоронзаказ Республики Беларусь"],
    [3, "ВКС Российской Федерации (в/ч 44871)", "Ми-8МТВ-5-1",
     "капитальный ремонт бортового РЭО вертолётов Ми-8МТВ-5-1 ВКС России", 10, "договор № 44871/23-РЭО"],
    [4, "ВВС Республики Замбия", "Ми-17В-5", "ремонт РЭО по техническому состоянию", 4, "запрос, контракт не подписан"],
    [5, "ОАО «Авиакомпания «Неманские крылья»", "Ми-2",
     "текущий ремонт радиостанций Р-860 сельскохозяйственных Ми-2", 3, "гражданский договор"],
    [],
    ["Итого комплектов", "", "", "", 27, ""],
], sheet="План 2023", shared=True)

M("plan2023", dt("2023-01-25 14:20"), SAV_1251, [S], "План ремонта на 2023 год — для расчёта себестоимости",
  """Сергей Викторович,

направляю сводный план ремонта изделий на 2023 год в разрезе заказчиков — для расчёта плановой себестоимости и цен. Замбийская строка пока условная: контракт не подписан, цифры взяты из запроса.

Обратите внимание на строку по Ми-2: это гражданский заказ, считать по обычной калькуляции, без рентабельности гособоронзаказа.

О.П. Савицкая
заместитель директора по развитию
ОАО «СРРЗ»
""", charset="windows-1251", cte="quoted-printable", subj_enc="Q",
  attachments=[(PLAN_XLSX, XLSX, "План_ремонта_2023.xlsx")], mailer="Microsoft Outlook 16.0")

M("vch_graph", dt("2023-01-30 16:45"), VCH, [S], "Договор N 44871/23-РЭО: график передачи блоков",
  """Уважаемый Сергей Викторович!

Направляем согласованный график передачи в ремонт блоков бортового радиоэлектронного оборудования вертолётов Ми-8МТВ-5-1 Воздушно-космических сил Российской Федерации по договору N 44871/23-РЭО:

1-я партия (до 20.02.2023): радиостанции Р-863 - 8 шт., радиовысотомеры А-037 - 6 шт.;
2-я партия (до 15.05.2023): радиостанции Р-863 - 6 шт., радиокомпасы АРК-15М - 4 шт.;
3-я партия (до 01.09.2023): остаток по спецификации.

Прошу подтвердить готовность принять первую партию и сообщить плановую цену нормо-часа на 2023 год.

Начальник группы эксплуатации РЭО
войсковой части 44871
майор Д.А. Рябинин
""", charset="koi8-r", cte="8bit", mailer="The Bat! (v9.5.3) Professional")

M("loss_memo", dt("2023-02-02 09:30"), S, [Z], "Справка о потерях от простоя линии пайки",
  """Игорь Леонидович,

по Вашему поручению от 20.01. За январь из-за простоя установки пайки волной (нет ТЭНов и сопла) недовыпуск блоков Р-863 составил 31 шт., недополученная выручка — около 118 тыс. руб., сверхурочные на ручной пайке — 9,4 тыс. руб.

В республике запасных частей к LT-Wave 450 ни у кого нет: обзвонили все предприятия, где стоят такие линии. Если до марта не найдём замену, квартальный план по ремонту РЭО будет сорван.

С.В. Ляхович
""", charset="utf-8", cte="base64", mailer="Microsoft Outlook 16.0")

M("it_pw", dt("2023-02-03 11:00"), IT, [ALL_SRRZ], "Плановая смена паролей",
  """Уважаемые коллеги!

В пятницу, 03.02, с 18:00 до 20:00 будут недоступны почта и 1С: плановая смена паролей доменных учетных записей. Новый пароль - не короче 10 символов, с цифрами и буквами разного регистра. Пароли от 1С не меняются.

Не сообщайте пароль никому, в том числе "сотрудникам ИТ" по телефону.

Служба ИТ, вн. 1-55
""", charset="koi8-r", cte="base64")

M("kr_refuse", dt("2023-02-06 15:10", 9), SEO, [S_EN], "RE: Inquiry - SG-6000 signal generator and SA-3200 spectrum analyzer",
  """Dear Mr. Lyakhovich,

Thank you for your interest in Daeyang products.

We regret to inform you that under the export control measures of the Republic of Korea against Russia and Belarus our SG-6000 signal generators and SA-3200 spectrum analyzers cannot be exported to Belarus. The restriction also covers deliveries through distributors in third countries, so we are unable to make you an offer.

We hope for your understanding.

Best regards,

Seo Min-jae (서민재)
Overseas Sales Manager
Daeyang Measurement Co., Ltd. (대양계측 주식회사)
Busan, Republic of Korea
""", charset="utf-8", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

M("kr_internal", dt("2023-02-07 10:02"), S_PRIV, [SAV], "Корейцы тоже отказали",
  """Ольга Петровна,

корейцы тоже отказали: по экспортному контролю Республики Корея генераторы SG-6000 и анализаторы спектра в Беларусь не продают, даже через дистрибьюторов.

Для проверки Р-863 после ремонта придется держать старые Г4-176 еще минимум год; в смету метрологии заложу их ремонт.

С.В. Ляхович
""", charset="koi8-r", cte="base64")

# --- February - March 2023: the simulator, first proposal and counter-proposal ----------

KTV_DRAFT = make_docx([
    "**СОГЛАШЕНИЕ № ОТ-17/23",
    "**о совместном выполнении опытно-конструкторской работы (проект)",
    "г. Лесногорск Московской области",
    "Акционерное общество «Научно-производственная фирма «Орбита-Тренаж» (Российская Федерация), именуемое в дальнейшем «Сторона 1», в лице генерального директора Громова Аркадия Олеговича, действующего на основании Устава, и Открытое акционерное общество «Свиранский радиоремонтный завод» (Республика Беларусь), именуемое в дальнейшем «Сторона 2», в лице директора Ждановича Игоря Леонидовича, действующего на основании Устава, заключили настоящее Соглашение о нижеследующем.",
    "**1. Предмет соглашения",
    "1.1. Стороны совместно разрабатывают комплексный тренажёр вертолёта КТВ-17 (шифр «Кречет»).",
    "1.2. Сторона 2 разрабатывает имитаторы бортового радиоэлектронного оборудования и программное обеспечение к ним; Сторона 1 — кабину, систему визуализации и систему подвижности.",
    "**3. Финансирование",
    "3.1. Финансирование ОКР осуществляется Сторонами в равных долях — по 50 (пятьдесят) процентов общей стоимости работ.",
    "3.2. Ориентировочная стоимость ОКР — 92 000 000 (девяносто два миллиона) российских рублей.",
], title="Соглашение ОТ-17/23 (проект)", author="Orbita-Trenazh")

M("grom_prop", dt("2023-02-14 15:20"), GROM, [Z], "Проект соглашения о совместной ОКР по КТВ-17",
  """Уважаемый Игорь Леонидович!

По итогам наших переговоров в январе направляю проект соглашения о совместной разработке комплексного тренажёра вертолёта КТВ-17 (шифр «Кречет») для подготовки экипажей Ми-8МТВ и Ми-17.

Со своей стороны предлагаем паритетную схему: каждая сторона финансирует 50 % стоимости ОКР. Ваш завод берёт на себя имитаторы бортового радиоэлектронного оборудования, мы — кабину, систему визуализации и подвижность.

Копию направляю Сергею Викторовичу Ляховичу для расчётов.

С уважением,
А.О. Громов
генеральный директор АО «НПФ «Орбита-Тренаж»
Московская обл., г. Лесногорск
""", charset="utf-8", cte="base64", cc=[S], attachments=[(KTV_DRAFT, DOCX, "Проект_соглашения_КТВ-17.docx")],
  mailer="Microsoft Outlook 16.0")

M("z_half", dt("2023-02-20 08:40"), Z_BY, [S], "Re: Проект соглашения о совместной ОКР по КТВ-17",
  """Сяргей Віктаравіч,

палова кошту ДКР нам не пад сілу: 46 мільёнаў расійскіх рублёў за тры гады завод не пацягне. Палічыце, колькі мы рэальна можам узяць на сябе, і падрыхтуйце контрпрапанову ад майго імя да 1 сакавіка.

І.Л. Ждановіч
""" + quote("grom_prop", "by"), charset="utf-8", cte="8bit", reply="grom_prop", mailer="Mozilla Thunderbird 102.6.1")

M("union_feb", dt("2023-02-22 12:00"), PROF, [ALL_SRRZ], "Поздравление",
  """Уважаемые мужчины!

Профсоюзный комитет поздравляет вас с Днём защитников Отечества и Вооружённых Сил Республики Беларусь! Желаем крепкого здоровья, мира и благополучия.

Праздничный концерт — 22 февраля в 16:00 в актовом зале заводоуправления.

Профком ОАО «СРРЗ»
""", charset="windows-1251", cte="8bit")

SHARE_XLSX = make_xlsx([
    ["Расчёт долевого участия в ОКР КТВ-17 «Кречет», тыс. российских рублей"],
    ["Этап", "Стоимость этапа", "Вариант «Орбита-Тренаж» (14.02.2023), доля СРРЗ 50 %", "Контрпредложение СРРЗ, доля 25 %"],
    ["Этап 1. Эскизный проект", 14000, 7000, 3500],
    ["Этап 2. Технический проект", 31000, 15500, 7750],
    ["Этап 3. Рабочая документация и опытный образец", 47000, 23500, 11750],
    ["Итого", 92000, 46000, 23000],
    [],
    ["Доля ОАО «СРРЗ» по контрпредложению — 25 %, доля АО «НПФ «Орбита-Тренаж» — 75 %"],
    ["Подготовил: начальник ПЭО С.В. Ляхович"],
], sheet="Доли", shared=False)

M("counter", dt("2023-03-01 10:15"), S, [GROM], "КТВ-17: предложения ОАО «СРРЗ» по распределению финансирования",
  """Уважаемый Аркадий Олегович!

По поручению директора ОАО «СРРЗ» И.Л. Ждановича сообщаю нашу позицию по проекту соглашения о совместной ОКР по тренажёру КТВ-17.

Паритетное финансирование (50 на 50) для завода неподъёмно. Предлагаем распределить затраты так: 25 % — ОАО «СРРЗ», 75 % — АО «НПФ «Орбита-Тренаж», имея в виду, что права на конструкторскую документацию и серийное производство тренажёра остаются за российской стороной. Расчёт по этапам прилагаю.

""" + SIG_S + "\n", charset="windows-1251", cte="base64", cc=[SHES, Z],
  attachments=[(SHARE_XLSX, XLSX, "Расчёт_долей_КТВ-17.xlsx")], mailer="Microsoft Outlook 16.0")

M("shes_reject", dt("2023-03-09 17:05"), SHES, [S], "Re: КТВ-17: предложения ОАО «СРРЗ» по распределению финансирования",
  """Сергей Викторович, добрый день!

Вариант с долей СРРЗ 25 % руководство «Орбиты-Тренаж» рассмотрело и отклонило: при таком раскладе мы не закрываем финансирование этапа 2 и теряем смысл кооперации. Пятьдесят на пятьдесят для вас, как мы поняли, тоже не проходит.

Аркадий Олегович предлагает искать промежуточный вариант при личной встрече — ориентировочно в мае, у нас.

С уважением,
Ю.А. Шестакова
финансовый директор АО «НПФ «Орбита-Тренаж»
+7 495 555-31-08
""" + quote("counter", "ru"), charset="utf-8", cte="quoted-printable", subj_enc="Q", cc=[GROM], reply="counter",
  mailer="Microsoft Outlook 16.0")

# --- March 2023: the Kyrgyz grey-market offer, declined --------------------------------

M("kg_offer", dt("2023-03-13 12:40", 6), NURB, [S], "Поставка измерительных приборов производства Республики Корея",
  """Добрый день, Сергей Викторович!

Коллеги из Гродно подсказали, что у вашего завода сложности с приобретением корейских генераторов сигналов и анализаторов спектра Daeyang.

ОсОО «Ала-Тоо Трейд Логистик» (г. Бишкек) может решить этот вопрос. Приборы закупаются на нашу компанию как на конечного пользователя в Кыргызской Республике, после чего перемещаются в Беларусь в рамках ЕАЭС, без таможенного оформления и без упоминания вашего предприятия в документах поставщика. Срок — 8–10 недель, предоплата 100 %, наша комиссия — 18 %.

Готов обсудить детали по телефону.

С уважением,
Н.Т. Сатыбалдиев
директор ОсОО «Ала-Тоо Трейд Логистик»
г. Бишкек, Кыргызская Республика
+996 312 55-40-17
""", charset="utf-8", cte="base64")

M("kg_ask", dt("2023-03-15 16:02"), S, [Z], "Предложение из Бишкека по корейским приборам",
  """Игорь Леонидович,

пришло предложение от бишкекской фирмы «Ала-Тоо Трейд Логистик»: завезти корейские приборы Daeyang через Кыргызстан, оформив покупку на них как на конечного пользователя. По сути это обход корейского экспортного запрета, и при любой проверке мы рискуем и поставщиками, и репутацией по экспортным контрактам.

Письмо пересылал Вам вчера. Как поступим?

С.В. Ляхович
""", charset="windows-1251", cte="quoted-printable", subj_enc="Q", mailer="Microsoft Outlook 16.0")

M("kg_no", dt("2023-03-16 09:10"), Z, [S], "Re: Предложение из Бишкека по корейским приборам",
  """Отказать. В серые схемы не лезем ни при каких условиях. Ответьте им коротко и вежливо, что не заинтересованы. Приборы будем ремонтировать свои.

И.Л. Жданович
Директор ОАО «Свиранский радиоремонтный завод»
""" + quote("kg_ask", "ru"), charset="windows-1251", cte="8bit", reply="kg_ask", mailer="Microsoft Outlook 16.0")

M("kg_decline", dt("2023-03-17 10:25"), S, [NURB], "Re: Поставка измерительных приборов производства Республики Корея",
  """Уважаемый Нурбек Токтогулович!

Благодарим за предложение. ОАО «СРРЗ» не заинтересовано в поставках по предложенной схеме и просит больше не направлять нам подобные предложения.

С уважением,
С.В. Ляхович
""", charset="utf-8", cte="quoted-printable", reply="kg_offer", mailer="Microsoft Outlook 16.0")

M("news_html", dt("2023-03-22 07:30"), NEWS, [S], "Семинар: изменения в налогообложении — 2023",
  None, charset="utf-8", cte="quoted-printable", html_only="""<html><head><meta charset="utf-8"><title>Семинар</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#1d4f91">Гродненский клуб экономистов</h2>
<p>Приглашаем руководителей планово-экономических служб и главных бухгалтеров на семинар <b>«Изменения в налогообложении и ценообразовании — 2023»</b>.</p>
<ul>
<li>новое в исчислении НДС при экспорте работ и услуг;</li>
<li>регулирование цен на продукцию госзаказа;</li>
<li>калькулирование себестоимости ремонтных работ.</li>
</ul>
<p>Дата: 30 марта 2023 г., 10:00. Место: г. Гродно, конференц-зал гостиницы «Нёманская».</p>
<p>Стоимость участия — 120 руб. Регистрация по ссылке в личном кабинете.</p>
<p style="font-size:11px;color:#888">Вы получили это письмо, потому что подписаны на рассылку клуба. Отписаться можно в личном кабинете.</p>
</body></html>
""")

# --- April - June 2023: the Turkish maker --------------------------------------------------

PRICE_PDF = make_pdf([
    "KARADENIZ LEHIM TEKNOLOJILERI A.S.",
    "Nilufer, Bursa, Turkiye - www.karadeniz-lehim.example.com.tr",
    "",
    "PRICE LIST 2023 - SPARE PARTS FOR WAVE SOLDERING MACHINES",
    "Offer No. KL-2023-0412 for Sviran Radio Repair Plant OJSC, Belarus",
    "",
    "KL-N450 Solder wave nozzle, interchangeable with LT-Wave WN-450 - EUR 640.00",
    "KL-H3 Titanium heating element 3 kW, replaces LT-Wave HE-450 - EUR 410.00",
    "KL-P45 Solder pump impeller, replaces LT-Wave PI-45 - EUR 385.00",
    "KL-CB12 Controller board, replaces LT-Wave CB-12 - on request",
    "",
    "Delivery: 6 weeks after order, EXW Bursa. Validity of the offer: 90 days.",
    "Burak Yazicioglu, Export Manager",
], title="Karadeniz price list 2023")

M("tr_offer", dt("2023-04-03 11:15"), BURAK, [S_EN], "Compatible spare parts for LT-Wave 450 wave soldering machines",
  """Dear Mr. Liakhovich,

Our partners in Minsk told us that your plant is looking for spare parts for a Lähdekorpi LT-Wave 450 wave soldering machine.

Karadeniz Lehim Teknolojileri A.Ş. manufactures in Bursa, Turkey, solder nozzles, titanium heating elements and pump impellers that are fully interchangeable with the original LT-Wave 400/450 parts. We are not bound by EU restrictions and can ship to Belarus within six weeks of order, ex works Bursa.

Our price list is attached. Samples of the KL-N450 nozzle can be sent free of charge.

Saygılarımızla / Kind regards,
Burak Yazıcıoğlu
Export Manager
Karadeniz Lehim Teknolojileri A.Ş.
Nilüfer, Bursa, Türkiye
+90 224 555 72 10
""", charset="utf-8", cte="base64", html_alt=True,
  attachments=[(PRICE_PDF, PDF, "Karadeniz_price_list_2023.pdf")], mailer="Microsoft Outlook 16.0")

M("tr_propose", dt("2023-04-05 11:47"), S_BY, [Z], "Турэцкія запчасткі да LT-Wave 450",
  """Ігар Леанідавіч, Вольга Пятроўна,

турэцкая фірма Karadeniz Lehim (г. Бурса) прапануе соплы, ТЭНы і крыльчаткі помпы ўласнай вытворчасці, цалкам сумяшчальныя з нашай LT-Wave 450. Пастаўляюць у Беларусь без абмежаванняў, тэрмін — шэсць тыдняў, кошт прыкладна на 30 % ніжэйшы, чым у фінаў.

Прапаную замовіць пробную партыю: 2 соплы і 4 ТЭНы, каб праверыць на лініі.

С.В. Ляховіч
начальнік планава-эканамічнага аддзела
""", charset="utf-8", cte="base64", cc=[SAV], mailer="Microsoft Outlook 16.0")

M("tr_support", dt("2023-04-06 09:20"), SAV_1251, [S], "Re: Турэцкія запчасткі да LT-Wave 450",
  """Сергей Викторович,

поддерживаю. Технологи сверили присланные чертежи сопла KL-N450 с оригиналом — размеры и материал совпадают. Оформляйте заказ пробной партии у турок, приёмку проведём в цехе № 2.

О.П. Савицкая
заместитель директора по развитию
""" + quote("tr_propose", "ru"), charset="windows-1251", cte="base64", reply="tr_propose", mailer="Microsoft Outlook 16.0")

# --- April - May 2023: Lithuania (refused: no trip) --------------------------------------

M("visa_plan", dt("2023-04-10 21:03"), A, [S], "Визы",
  """Серёжа,

в визовом центре сказали, что подать документы на литовские визы на всех четверых можно 18 апреля, я нас записала на 10:30. Санаторий в Вильнюсе держит бронь на 12–25 июня до 1 мая.

С Картой поляка мне, конечно, было бы проще поехать в Польшу, но у вас с детьми её нет, так что только Литва.

Не забудь взять на работе справку и заполнить анкету.
Аня
""", charset="utf-8", cte="8bit", mailer="Mozilla Thunderbird 102.9.0")

M("spravka_req", dt("2023-04-12 08:50"), S, [HR], "Справка с места работы",
  """Елена Александровна, добрый день.

Прошу подготовить справку с места работы для подачи документов на визу Литовской Республики: Ляхович Сергей Викторович, начальник планово-экономического отдела, в должности с 01.09.2016, с указанием средней заработной платы за 6 месяцев.

С.В. Ляхович
""", charset="windows-1251", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

SPRAVKA_DOCX = make_docx([
    "Открытое акционерное общество «Свиранский радиоремонтный завод»",
    "231517, Гродненская обл., г. Свирань, ул. Заводская, 7",
    "**СПРАВКА",
    "13.04.2023 № 118",
    "Выдана Ляховичу Сергею Викторовичу в том, что он действительно работает в ОАО «Свиранский радиоремонтный завод» в должности начальника планово-экономического отдела с 01.09.2016 по настоящее время.",
    "Средняя заработная плата за последние 6 месяцев составляет 3 412,60 белорусского рубля.",
    "Справка выдана для представления в визовый центр.",
    "Начальник отдела кадров Т.В. Мельникович",
], title="Справка", author="ok")

M("spravka", dt("2023-04-13 14:35"), HR, [S], "Re: Справка с места работы",
  """Сергей Викторович, справка во вложении, оригинал с печатью заберите в 204-м кабинете.

Е.А. Ковалевская
инспектор по кадрам
""", charset="windows-1251", cte="base64", reply="spravka_req",
  attachments=[(SPRAVKA_DOCX, DOCX, "Справка_Ляхович.docx")], mailer="Microsoft Outlook 16.0")

ANKETA_DOCX = make_docx([
    "**Данные для анкеты на визу (Литовская Республика)",
    "**Заявитель",
    "Фамилия: Ляхович (LIAKHOVICH)",
    "Имя: Сергей (SIARHEI)",
    "Отчество: Викторович",
    "Дата рождения: 14.03.1980, место рождения: г. Гродно",
    "Гражданство: Республика Беларусь",
    "Паспорт: MP4471902, выдан 11.02.2019",
    "Место работы, должность: ОАО «Свиранский радиоремонтный завод», начальник планово-экономического отдела",
    "**Члены семьи, выезжающие вместе с заявителем",
    "Супруга: Ляхович Анна Михайловна (LIAKHOVICH HANNA), 22.07.1983 г.р., место рождения: г. Смоленск (РФ); гражданство: Республика Беларусь, Российская Федерация",
    "Сын: Ляхович Максим Сергеевич (LIAKHOVICH MAKSIM), 05.11.2010 г.р.",
    "Дочь: Ляхович Вероника Сергеевна (LIAKHOVICH VERANIKA), 19.02.2015 г.р.",
    "**Поездка",
    "Цель поездки: лечение и отдых (санаторий, г. Вильнюс)",
    "Даты поездки: 12.06.2023 – 25.06.2023",
], title="Анкета LT", author="s.lyakhovich")

M("anketa", dt("2023-04-14 22:10"), S, [A], "Анкета на визу — проверь",
  """Аня, заполнил анкету на всех: по-русски и латиницей — как в паспортах. Проверь, пожалуйста, особенно даты рождения детей и твои паспорта: у тебя в анкете оба гражданства, консульство всё равно спрашивает.

Если есть ошибки — правь прямо в файле и присылай обратно.
С.
""", charset="utf-8", cte="quoted-printable", attachments=[(ANKETA_DOCX, DOCX, "Анкета_LT_Ляхович.docx")],
  mailer="Microsoft Outlook 16.0")

M("profkom_sanat", dt("2023-04-19 13:00"), PROF, [ALL_SRRZ], "Путёвки в санаторий «Белая Вежа»",
  """Уважаемые члены профсоюза!

На июль и август выделены путёвки в санаторий «Белая Вежа» (Свиранский район): 12 и 18 дней, с лечением. Профком компенсирует 20 % стоимости, для многодетных семей — 40 %.

Заявления принимаются до 15 мая в кабинете 112.

Профком ОАО «СРРЗ»
""", charset="windows-1251", cte="base64")

M("lt_refuse", dt("2023-05-04 15:30"), LTCONS, [S_EN], "Visa application decision / Sprendimas dėl vizų",
  """Dear applicant,

Please be informed that the Consulate General of the Republic of Lithuania has examined the visa applications submitted on 18 April 2023 for:

LIAKHOVICH SIARHEI
LIAKHOVICH HANNA
LIAKHOVICH MAKSIM
LIAKHOVICH VERANIKA

The visas have been refused. The reasons are stated in the standard refusal forms, which can be collected at the visa centre together with the passports. Visa fees are not refundable.

Informuojame, kad prašymai išduoti vizas atmesti.

Visa Section
Consulate General of the Republic of Lithuania
""", charset="utf-8", cte="quoted-printable", subj_enc="Q")

M("lt_cancel", dt("2023-05-04 17:48"), S_PRIV, [A], "Литва — всё",
  """Ань,

пришёл ответ из консульства: отказ на всех четверых, без объяснений по существу. Так что в Литву не едем. Позвони, пожалуйста, в санаторий — пусть снимут бронь и вернут предоплату, а я заберу паспорта в визовом центре.

Не расстраивайся, летом что-нибудь придумаем.
С.
""", charset="utf-8", cte="8bit", mailer="Mozilla Thunderbird 102.9.0")

M("anna_mne_idea", dt("2023-05-05 07:55"), A, [S_PRIV], "Re: Литва — всё",
  """Жаль, конечно. В санаторий позвонила, деньги вернут в течение двух недель.

А может, в Черногорию? Знакомые с работы были там прошлым летом, говорят, визы не нужны и с детьми удобно. Подумай.

Аня
""" + quote("lt_cancel", "ru"), charset="utf-8", cte="8bit", reply="lt_cancel", mailer="Mozilla Thunderbird 102.9.0")

# --- May 2023: business trip to Moscow (and a domestic one to Minsk) -------------------

M("shes_invite", dt("2023-05-08 12:10"), SHES, [S], "Встреча по финансированию КТВ-17, 15–16 мая",
  """Сергей Викторович, добрый день!

Подтверждаю: ждём Вас и Ольгу Петровну 15 мая в Москве, в нашем представительстве (ул. Новослободская, 14, 3-й этаж, 11:00), а 16 мая — на производстве в Лесногорске; трансфер из Москвы организуем. На повестке — распределение финансирования ОКР по КТВ-17 и график этапа 2.

Гостиницу в Москве забронировали на 14–17 мая, «Северная звезда», два одноместных номера.

Ю.А. Шестакова
финансовый директор АО «НПФ «Орбита-Тренаж»
""", charset="utf-8", cte="base64", subj_enc="B", mailer="Microsoft Outlook 16.0")

ZAGAD_DOCX = make_docx([
    "Адкрытае акцыянернае таварыства «Свіранскі радыёрамонтны завод»",
    "**ЗАГАД",
    "10.05.2023 № 214-к",
    "г. Свірань",
    "**Аб камандзіраванні",
    "У мэтах правядзення перамоў аб размеркаванні фінансавання доследна-канструктарскай работы па стварэнні комплекснага трэнажора верталёта КТВ-17 («Крэчат»)",
    "ЗАГАДВАЮ:",
    "1. Накіраваць у службовую камандзіроўку ў г. Маскву і г. Леснагорск Маскоўскай вобласці (Расійская Федэрацыя), у АА «НВФ «Арбіта-Трэнаж», з 14.05.2023 па 17.05.2023:",
    "Савіцкую Вольгу Пятроўну — намесніка дырэктара па развіцці;",
    "Ляховіча Сяргея Віктаравіча — начальніка планава-эканамічнага аддзела.",
    "2. Бухгалтэрыі выдаць авансы на камандзіровачныя выдаткі ў расійскіх рублях.",
    "Дырэктар І.Л. Ждановіч",
], title="Загад 214-к", author="kancelaria")

M("zagad", dt("2023-05-10 15:40"), KANC, [S, SAV], "Загад № 214-к аб камандзіраванні",
  """Для азнаямлення і выканання. Арыгінал — у канцылярыі, пакой 201.

Канцылярыя ААТ «Свіранскі радыёрамонтны завод»
""", charset="windows-1251", cte="base64", subj_enc="B",
  attachments=[(ZAGAD_DOCX, DOCX, "Загад_214-к.docx")], mailer="Microsoft Outlook 16.0")

M("tickets", dt("2023-05-11 13:22"), S, [SAV], "Билеты на Москву",
  """Ольга Петровна,

билеты взял: поезд Гродно — Москва, отправление 14 мая в 16:52, вагон 7, места 21 и 23. Обратно — 17 мая ночным, в Гродно будем 18-го утром. Трансфер в Лесногорск 16-го «Орбита» даёт свой.

С.В.
""", charset="utf-8", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

M("mart_absent", dt("2023-05-12 16:30"), S, [MART], "Меня не будет 15-17.05 и 24.05",
  """Людмила Ивановна,

с 15 по 17 мая я в командировке в Москве (вместе с Савицкой), на связи по мобильному. Сводную по себестоимости за апрель подпишите за меня.

И еще: 24 мая еду на один день в Минск, в Госкомвоенпром, с отчетом по ценам гособоронзаказа, тоже меня не ищите.

С.В. Ляхович
""", charset="koi8-r", cte="8bit", subj_cs="koi8-r", mailer="Microsoft Outlook 16.0")

M("moscow_report", dt("2023-05-18 10:05"), S, [Z], "Итоги командировки в Москву и Лесногорск",
  """Игорь Леонидович,

докладываю по итогам командировки в Москву и Лесногорск 15–17 мая (с О.П. Савицкой).

1. По финансированию ОКР «Кречет»: «Орбита-Тренаж» готова снизить нашу долю до 35 % при условии, что программное обеспечение имитаторов РЭО мы разрабатываем за свой счёт сверх доли. Ольга Петровна считает, что по трудоёмкости это для нас приемлемо.
2. Громов обещал прислать дополнительное соглашение № 2 в начале июня.
3. Опытный образец кабины смотрели на производстве — готовность около 40 %.

С.В. Ляхович
""", charset="windows-1251", cte="base64", mailer="Microsoft Outlook 16.0")

M("minsk_day", dt("2023-05-24 17:40"), S_PRIV, [A], "Задерживаюсь",
  """Ань, я ещё в Минске — совещание в Госкомвоенпроме затянулось, выеду не раньше шести. Ужинайте без меня. Максу скажи, что на тренировку отвезу завтра.
С.
""", charset="utf-8", cte="8bit", mailer="K-9 Mail for Android")

M("tr_cancel_trip", dt("2023-05-29 14:10"), BURAK_ASCII, [S_EN], "Your visit to Bursa / contract for the first lot",
  """Dear Mr. Liakhovich,

As agreed on the phone yesterday, your visit to our factory in Bursa planned for 12 June is cancelled; there is no need to travel. We will send the sample KL-N450 nozzles to Sviran by courier this week.

The contract for the first lot (4 nozzles KL-N450, 8 heating elements KL-H3, 2 impellers KL-P45) is ready for signature. Please let us know if your lawyers have comments on the draft sent by Mrs. Demir.

Kind regards,
Burak Yazicioglu
Export Manager
Karadeniz Lehim Teknolojileri A.S.
""", charset="us-ascii", cte="7bit", mailer="Microsoft Outlook 16.0")

# --- June 2023: the addendum; the Turkish parts arrive ----------------------------------

ADDENDUM_DOCX = make_docx([
    "**ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 2",
    "к Соглашению № ОТ-17/23 от 27.03.2023 о совместном выполнении опытно-конструкторской работы",
    "г. Лесногорск, 06.06.2023",
    "АО «НПФ «Орбита-Тренаж» в лице генерального директора Громова Аркадия Олеговича и ОАО «Свиранский радиоремонтный завод» в лице директора Ждановича Игоря Леонидовича договорились о следующем.",
    "1. Изложить пункт 3.1 Соглашения в следующей редакции: «3.1. Доля участия ОАО «СРРЗ» в финансировании ОКР по созданию комплексного тренажёра вертолёта КТВ-17 составляет 35 (тридцать пять) процентов, доля АО «НПФ «Орбита-Тренаж» — 65 (шестьдесят пять) процентов общей стоимости работ.»",
    "2. Программное обеспечение имитаторов бортового радиоэлектронного оборудования разрабатывается ОАО «СРРЗ» за счёт собственных средств сверх доли, указанной в пункте 3.1.",
    "3. Остальные условия Соглашения остаются без изменений.",
    "От АО «НПФ «Орбита-Тренаж»: Генеральный директор А.О. Громов",
    "От ОАО «СРРЗ»: Директор И.Л. Жданович",
], title="ДС 2 к ОТ-17/23", author="Orbita-Trenazh")

M("addendum", dt("2023-06-07 11:00"), GROM, [Z], "Дополнительное соглашение № 2 к Соглашению № ОТ-17/23",
  """Уважаемый Игорь Леонидович!

Направляю дополнительное соглашение № 2 к Соглашению о совместном выполнении ОКР по КТВ-17, подписанное с нашей стороны. Прошу подписать и вернуть скан, оригиналы передадим с оказией.

С уважением,
А.О. Громов
генеральный директор АО «НПФ «Орбита-Тренаж»
""", charset="utf-8", cte="base64", cc=[S], attachments=[(ADDENDUM_DOCX, DOCX, "ДС_2_к_ОТ-17-23.docx")],
  mailer="Microsoft Outlook 16.0")

M("fwd_addendum", dt("2023-06-09 16:15"), S, [MART, BUH], "Fwd: Дополнительное соглашение № 2 к Соглашению № ОТ-17/23",
  """Людмила Ивановна, Наталья Петровна,

допсоглашение № 2 по «Кречету» Игорь Леонидович подписал 9 июня, скан ушёл в Лесногорск. Теперь наша доля в финансировании ОКР — 35 % вместо 50 %; план-график платежей на 2023–2025 годы прошу пересчитать от этой цифры. Письмо Громова с файлом — во вложении.

С.В. Ляхович
""", charset="utf-8", cte="quoted-printable", subj_enc="Q", forward="addendum", mailer="Microsoft Outlook 16.0")

M("tr_contract", dt("2023-06-14 09:45"), S_EN, [BURAK_ASCII], "Re: Your visit to Bursa / contract for the first lot",
  """Dear Burak Bey,

Thank you. The samples arrived on 5 June and passed our incoming inspection without remarks. Contract No. SRRZ-TR/23-07 for the first lot has been signed by our director today; our legal department will send you the scan separately. Prepayment of 30 % will be made within 10 banking days.

""" + SIG_S_EN + "\n" + quote("tr_cancel_trip", "en"), charset="utf-8", cte="quoted-printable", reply="tr_cancel_trip",
  mailer="Microsoft Outlook 16.0")

M("line_ok", dt("2023-06-20 15:30"), KUKH, [S], "Линия пайки запущена",
  """Сергей Викторович,

установили на LT-Wave 450 турецкие сопла и ТЭНы от Karadeniz, с 19 июня линия пайки волной работает в штатном режиме, брак по пайке в пределах нормы. Ручную пайку плат Р-863 сворачиваем.

В.Н. Кухаренко
""", charset="windows-1251", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

M("bday", dt("2023-06-23 10:00"), MART, [PEO], "Юбилей",
  """Дорогие коллеги!

В понедельник у Ирины Владимировны юбилей. Собираем по 10 рублей до пятницы, подарок — сертификат в книжный магазин. Торт за мной.

Л.И. Мартинкевич
""", charset="windows-1251", cte="8bit", mailer="Microsoft Outlook 16.0")

# --- June - August 2023: Budva, Montenegro ----------------------------------------------

M("budva_book", dt("2023-06-26 22:41"), A, [S], "Budva!",
  """Sierž,

zabraniravała! Hotel Sveti Kamen u Budvie, z 5 pa 19 žniŭnia, siamiejny numar na čatyroch, ź sniedankami. Lacim 5-ha z Minska ŭ Tivat, ad aeraporta da hatela kala 40 chvilin.

Maksim užo čytaje, dzie tam možna nyrać z maskaj, a Veranika prosić basiejn. Pašparty ŭ paradku, viza nie patrebnaja.

Hanna
""", charset="utf-8", cte="base64", subj_cs="us-ascii", mailer="Mozilla Thunderbird 102.12.0")

HOTEL_PDF = make_pdf([
    "HOTEL SVETI KAMEN - BUDVA, MONTENEGRO",
    "Primorska 12, 85310 Budva - reservations@svetikamen.example.me",
    "",
    "BOOKING CONFIRMATION No. SK-23-08817",
    "Arrival: 05 August 2023 / Departure: 19 August 2023 / Nights: 14",
    "Room: Family Suite, 2 adults + 2 children, breakfast included",
    "",
    "Guest 1: LIAKHOVICH SIARHEI, date of birth 14.03.1980, nationality: Belarus",
    "Guest 2: LIAKHOVICH ANNA, date of birth 22.07.1983, nationality: Russian Federation",
    "Guest 3: LIAKHOVICH MAKSIM, child, 12 years",
    "Guest 4: LIAKHOVICH VERANIKA, child, 8 years",
    "",
    "Total: EUR 3,780.00 - prepayment EUR 1,134.00 received on 26.06.2023",
    "Cancellation free of charge until 22 July 2023.",
], title="Booking SK-23-08817")

M("hotel_conf", dt("2023-06-27 10:12", 2), HOTEL, [S_EN], "Booking confirmation SK-23-08817 - Hotel Sveti Kamen, Budva",
  """Dear Mr. Liakhovich,

Thank you for choosing Hotel Sveti Kamen. We are pleased to confirm your reservation for 4 guests (2 adults, 2 children) in a Family Suite from 5 August 2023 to 19 August 2023, breakfast included.

The booking confirmation with the guest list is attached. Please present your passports at check-in; the names must match the passports you travel on.

We look forward to welcoming you in Budva.

Reservations Department
Hotel Sveti Kamen
Primorska 12, 85310 Budva, Montenegro
""", charset="utf-8", cte="quoted-printable", html_alt=True,
  attachments=[(HOTEL_PDF, PDF, "SK-23-08817.pdf")])

M("transfer_ask", dt("2023-07-03 18:20"), S_EN, [HOTEL], "Re: Booking confirmation SK-23-08817 - airport transfer",
  """Dear Sirs,

Thank you for the confirmation. We arrive at Tivat airport on 5 August at 14:40 and would like to book a transfer to the hotel for four persons, two of them children (12 and 8 years), with two child seats.

Please note that my wife will travel on her Russian passport, so her name there is spelled ANNA LIAKHOVICH, not HANNA; the booking is already correct in this respect.

Best regards,
Siarhei Liakhovich
""", charset="us-ascii", cte="7bit", reply="hotel_conf", mailer="Microsoft Outlook 16.0")

M("transfer_ok", dt("2023-07-04 09:05", 2), HOTELREC, [S_EN], "Re: Booking confirmation SK-23-08817 - airport transfer",
  """Poštovani gospodine Ljahoviću,

potvrđujemo transfer sa aerodroma Tivat 5. avgusta u 14:40 za četiri osobe (dvoje odraslih i dvoje djece), sa dva dječja sjedišta. Vozač će vas čekati u dolaznom holu sa tablom "Sergej Ljahović".

Dear Mr. Liakhovich, your transfer from Tivat airport on 5 August at 14:40 is confirmed. The driver will wait for you in the arrivals hall.

Srdačan pozdrav / Kind regards,
Milena Radonjić
Recepcija, Hotel Sveti Kamen, Budva
""" + quote("transfer_ask", "me"), charset="iso-8859-2", cte="quoted-printable", reply="transfer_ask")

M("leave_me", dt("2023-07-20 11:25"), S, [HR], "Заявление на отпуск",
  """Елена Александровна,

направляю заявление, оригинал занесу.

Директору ОАО «СРРЗ» И.Л. Ждановичу
от начальника планово-экономического отдела Ляховича С.В.

ЗАЯВЛЕНИЕ
Прошу предоставить мне часть трудового отпуска с 04.08.2023 по 20.08.2023 (17 календарных дней). В период отпуска выезжаю за границу — в Черногорию (г. Будва) вместе с семьёй.

20.07.2023 С.В. Ляхович
""", charset="windows-1251", cte="base64", mailer="Microsoft Outlook 16.0")

M("sav_how", dt("2023-08-08 10:05"), SAV, [S], "Как отдых?",
  """Сергей Викторович, простите, что в отпуске беспокою, один вопрос: где лежит расчет цены по замбийскому запросу? Не могу найти в общей папке.

И как вам Черногория? Море теплое?

О.П.
""", charset="koi8-r", cte="base64")

M("budva_reply", dt("2023-08-09 21:47", 2), S_BY, [SAV], "Re: Как отдых?",
  """Вольга Пятроўна, добры дзень!

Разлік ляжыць у тэчцы «ПЭА/2023/Замбія», файл «кошт_А-037_v3».

У Будве спякота, +34, мора як малако. Мы з жонкай і дзецьмі ледзь не кожны дзень на пляжы: Максім з маскай ганяецца за рыбамі, Вераніка не вылазіць з басейна. Вяртаемся 19-га, на працы буду 21-га.

С. Ляховіч
""" + quote("sav_how", "by"), charset="utf-8", cte="8bit", reply="sav_how", mailer="K-9 Mail for Android")

M("pasha", dt("2023-08-25 20:15"), A, [S], "Паша",
  """Серёж,

звонил мой брат Паша из Белостока. Ему продлили карту побыту ещё на три года — но это только вид на жительство, польского гражданства у него нет и не будет, паспорт у него по-прежнему наш, белорусский. Павел зовёт нас всех на Рождество, но ты же понимаешь, с визами сейчас никак.

Аня
""", charset="utf-8", cte="quoted-printable", mailer="Mozilla Thunderbird 102.12.0")

M("karta", dt("2023-08-28 19:02"), A, [S], "Fwd: Przypomnienie - ważność Karty Polaka",
  """Серёж, глянь — пишут из консульства, что моя Карта поляка заканчивается 30 ноября. Продлевать буду, для поездок в Польшу пригодится. Напоминают, что это не гражданство, как будто я не знаю :)

-------- Przekazana wiadomość / Пересланное сообщение --------
Temat: Przypomnienie - ważność Karty Polaka
Data: 28.08.2023 09:14
Od: Konsulat Generalny RP w Grodnie <karta.polaka@grodno.example.pl>
Do: hanna.liakhovich@mail.example.by

Szanowna Pani Hanno,

uprzejmie przypominamy, że ważność Karty Polaka wydanej dla Pani Hanny Lachowicz, obywatelki Republiki Białorusi, upływa 30 listopada 2023 r. Wniosek o przedłużenie należy złożyć osobiście.

Przypominamy również, że Karta Polaka nie jest równoznaczna z nadaniem obywatelstwa polskiego ani nie zwalnia z obowiązku posiadania wizy przy przekraczaniu granicy.

Z poważaniem
Wydział Konsularny
""", charset="utf-8", cte="base64", subj_enc="Q", mailer="Mozilla Thunderbird 102.12.0")

# --- September 2023: the Zambian contract, the altimeter shortage, the report ----------

M("zaf_contract", dt("2023-09-04 10:30", 2), ZAF, [S_EN], "Contract ZAF/ENG/0923 - shipment of LRUs of Mi-17V-5 helicopters",
  """Dear Mr. Liakhovich,

Further to the signing of Contract ZAF/ENG/0923 between the Zambia Air Force and Sviran Radio Repair Plant OJSC on 28 August 2023, please find below the list of line replaceable units removed from four Mi-17V-5 helicopters of the Zambia Air Force (tail numbers AF-812, AF-814, AF-815 and AF-817) for repair and overhaul at your plant:

- radio altimeter A-037: 4 sets
- VHF/UHF radio station R-863: 6 units
- automatic direction finder ARK-15M: 2 units

The units will be shipped by air from Lusaka on 18 September. Please confirm the expected turnaround time.

Yours faithfully,
Lt Col K. Mwaba
Technical Liaison Officer
Directorate of Engineering, Zambia Air Force
""", charset="us-ascii", cte="quoted-printable")

M("alt_shortage", dt("2023-09-06 14:50"), SAV_1251, [S], "Замбия: нет приёмопередатчиков А-037",
  """Сергей Викторович,

по замбийскому контракту проблема: для четырёх Ми-17В-5 ВВС Замбии нужны приёмопередатчики радиовысотомера А-037, а на складе их нет — ЗИП израсходовали ещё весной на белорусские машины, а завод-изготовитель новых не выпускает. Без них ремонт встанет на этапе проверки комплектов.

Прошу заложить в калькуляцию ремонт старых приёмопередатчиков из обменного фонда, если найдём.

О.П. Савицкая
""", charset="windows-1251", cte="quoted-printable", subj_enc="Q", mailer="Microsoft Outlook 16.0")

M("aug_report", dt("2023-09-12 09:00"), S_BY, [Z], "Даведка аб выкананні плана за жнівень",
  """Ігар Леанідавіч,

коратка па выкананні вытворчага плана за жнівень 2023 г.:

1. Рамонт бартавога радыёэлектроннага абсталявання верталётаў Мі-8МТВ-5 і Мі-17 для Ваенна-паветраных сіл і войскаў СПА Рэспублікі Беларусь — 104 % да плана.
2. Па дагаворы з вайсковай часткай 44871 (ВКС Расіі, Мі-8МТВ-5-1) — 97 %, трэцюю партыю блокаў чакаем 15 верасня.
3. Па кантракце з ВПС Замбіі (Мі-17В-5) работы не пачаты: няма прыёмаперадатчыкаў радыёвышынямера А-037, ЗІП на складзе скончыўся.
4. Па ДКР «Крэчат» другі транш — 35 % кошту этапу 2 — пералічаны 8 верасня; Громаў пацвердзіў графік.

С.В. Ляховіч
""", charset="windows-1251", cte="base64", subj_cs="windows-1251", mailer="Microsoft Outlook 16.0")

M("civil", dt("2023-09-20 11:40"), KUKH, [S], "Счёт для «Неманских крыльев»",
  """Сергей Викторович,

авиакомпания «Неманские крылья» просит выставить счёт за ремонт трёх радиостанций Р-860 с сельскохозяйственных Ми-2 (авиахимработы). Это гражданский заказ по обычному договору, без военной приёмки — считаем по прейскуранту для сторонних организаций.

В.Н. Кухаренко
""", charset="utf-8", cte="8bit", mailer="Microsoft Outlook 16.0")

# --- October - November 2023: Uzbekistan --------------------------------------------------

M("uz_tour", dt("2023-09-25 16:20"), AGENCY, [S], "Подтверждение бронирования тура «Классический Узбекистан»",
  None, charset="utf-8", cte="base64", html_only="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Подтверждение бронирования</title></head>
<body style="font-family:Arial,sans-serif">
<h2>Туристическое агентство «Неманский ветер»</h2>
<p>Уважаемый Сергей Викторович!</p>
<p>Подтверждаем бронирование тура «Классический Узбекистан» (Ташкент — Самарканд — Ташкент) с 28.10.2023 по 04.11.2023.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Туристы</td><td>LIAKHOVICH SIARHEI, LIAKHOVICH HANNA, LIAKHOVICH MAKSIM, LIAKHOVICH VERANIKA</td></tr>
<tr><td>Перелёт</td><td>Минск — Ташкент 28.10.2023, Ташкент — Минск 04.11.2023</td></tr>
<tr><td>Проживание</td><td>Самарканд: 4 ночи (28.10–01.11), Ташкент: 3 ночи (01.11–04.11), завтраки</td></tr>
<tr><td>Переезд</td><td>скоростной поезд Ташкент — Самарканд — Ташкент</td></tr>
<tr><td>Стоимость</td><td>8 960 BYN, оплачено полностью</td></tr>
</table>
<p>Паспорта должны быть действительны не менее трёх месяцев после окончания поездки.</p>
<p>С уважением,<br>менеджер Кристина Бельская<br>ООО «Неманский ветер», г. Гродно</p>
</body></html>
""")

M("school", dt("2023-10-02 08:15"), A, [SCHOOL], "Адсутнасць Веранікі Ляховіч 30.10–03.11",
  """Паважаная Таццяна Іванаўна!

Паведамляю, што мая дачка Вераніка Ляховіч (3 «Б» клас) будзе адсутнічаць на занятках з 30 кастрычніка па 3 лістапада ў сувязі з сямейнай паездкай ва Узбекістан. Заданні на гэты тыдзень мы возьмем з сабой.

З павагай,
Ганна Міхайлаўна Ляховіч
""", charset="utf-8", cte="quoted-printable", subj_enc="Q", cc=[S], mailer="Mozilla Thunderbird 115.2.0")

M("leave_uz", dt("2023-10-05 10:10"), S, [HR], "Заява на адпачынак",
  """Алена Аляксандраўна, дасылаю заяву, арыгінал занясу заўтра.

Дырэктару ААТ «СРРЗ» І.Л. Ждановічу
ад начальніка планава-эканамічнага аддзела Ляховіча С.В.

ЗАЯВА
Прашу даць мне астатнюю частку працоўнага адпачынку з 27.10.2023 па 06.11.2023. У перыяд адпачынку выязджаю з сям'ёй за мяжу — у Рэспубліку Узбекістан (гг. Ташкент, Самарканд).

05.10.2023 С.В. Ляховіч
""", charset="windows-1251", cte="8bit", mailer="Microsoft Outlook 16.0")

M("camera", dt("2023-10-12 19:30"), A, [S], "Самарканд — фотоаппарат",
  """Серёж,

наш сын спрашивает, можно ли взять в Самарканд твой старый фотоаппарат с длинным объективом. Максим уже составил список: Регистан, Шахи-Зинда, обсерватория Улугбека. Я сказала, что если уронит — покупает новый сам :)

Ника, конечно, тоже хочет фотоаппарат, как у брата. Думаю, поделят.

Аня
""", charset="utf-8", cte="8bit", mailer="Mozilla Thunderbird 115.2.0")

M("back_uz", dt("2023-11-06 09:12"), S, [SAV], "Вернулся",
  """Ольга Петровна, добрый день!

Я вернулся, с сегодняшнего дня на месте. Ташкент и Самарканд — сильнейшее впечатление, дети в восторге, Аня тоже. Привёз вам и Игорю Леонидовичу по пачке зелёного чая.

По Замбии: обменный фонд А-037 нашли? Если да, калькуляцию пересчитаю до пятницы.

С.В.
""", charset="utf-8", cte="base64", mailer="Microsoft Outlook 16.0")

M("otk_rumour", dt("2023-11-07 08:40"), SAV_1251, [S], "Re: Вернулся",
  """С возвращением, Сергей Викторович! Спасибо за чай.

Обменный фонд нашёлся у минских коллег: два приёмопередатчика А-037 после ремонта. Калькуляцию жду.

Кстати, говорят, кто-то из ОТК получил российское гражданство и собирается переезжать в Смоленск. Вы не в курсе, кто? Нам же потом допуски переоформлять.

О.П.
""" + quote("back_uz", "ru"), charset="windows-1251", cte="quoted-printable", reply="back_uz", mailer="Microsoft Outlook 16.0")

M("two_passports", dt("2023-11-07 09:05"), S, [SAV_1251], "Re: Вернулся",
  """Ольга Петровна,

не знаю, не слышал. У меня самого, кроме белорусского, никаких паспортов нет и не было. А вот у Ани их два — наш и российский, она же в Смоленске родилась. Но она в ОТК не работает :)

С.В.
""" + quote("otk_rumour", "ru"), charset="windows-1251", cte="quoted-printable", reply="otk_rumour",
  mailer="Microsoft Outlook 16.0")

M("if_sanctions", dt("2023-11-15 12:30"), Z, [S], "Запчасти к LT-Wave на 2024 год",
  """Сергей Викторович,

по плану закупок на 2024 год: пока «Ляхдекорпи» из-за санкций ЕС нам ничего не продаёт, запчасти к линии пайки берём только у Karadeniz — заложите годовую потребность по их прайсу. Если когда-нибудь санкции снимут, подумаем о возврате к оригинальным запчастям, но планировать это сейчас не нужно.

И.Л. Жданович
""", charset="windows-1251", cte="base64", mailer="Microsoft Outlook 16.0")

M("newyear", dt("2023-12-04 13:00"), PROF, [ALL_SRRZ], "Новогодний вечер 27 декабря",
  """Уважаемые коллеги!

Приглашаем на новогодний вечер 27 декабря в 18:00 в заводской столовой: концерт художественной самодеятельности, лотерея, танцы. Билеты — в профкоме до 20 декабря, для членов профсоюза бесплатно.

Детские новогодние подарки выдаются с 18 декабря по спискам цехов и отделов.

Профком ОАО «СРРЗ»
""", charset="utf-8", cte="quoted-printable", html_alt=True)

M("anna_work", dt("2023-12-15 15:05"), A_WORK, [S], "Сегодня до семи",
  """Серёжа, я сегодня до семи — годовой отчёт. Забери, пожалуйста, Нику из музыкалки.

И подумай про весну: может, на майские в Грузию? Пока только идея, ничего не бронирую.

--
Ляхович А.М.
главный бухгалтер ОАО «Свиранский комбинат строительных материалов»
тел. +375 1596 3 40 22
""", charset="windows-1251", cte="quoted-printable", subj_enc="Q", mailer="Microsoft Outlook 16.0")

# --- loose messages -------------------------------------------------------------------------

M("loose_samarkand", dt("2023-10-30 20:14", 5), S_PRIV_BY, [FRIEND], "Прывітанне з Самарканда",
  """Андрэй, прывітанне!

Пішу з Самарканда: мы тут ужо трэці дзень, разам з Ганнай і малымі. Рэгістан уначы — гэта нешта неверагоднае, Максім зрабіў, здаецца, тысячу фотаздымкаў, а Ніка пасябравала з усімі катамі на Сіябскім базары. 1-га едзем цягніком у Ташкент, 4-га — дадому.

Як вы там? Рыбалка ў суботу ў сіле?

Сяргей
""", charset="utf-8", cte="8bit", subj_enc="Q", loose="001.eml", no_mid=True, crlf=True, mailer="K-9 Mail for Android")

M("loose_act", dt("2023-03-28 15:00"), VP, [S], "Акт № 17/23 — Р-863 с Ми-17",
  """Сергей Викторович,

направляю для расчётов копию акта приёмки. Оригинал — в военном представительстве.

АКТ № 17/23
приёмки изделий после ремонта

Военное представительство Министерства обороны Республики Беларусь при ОАО «Свиранский радиоремонтный завод» приняло после среднего ремонта четыре радиостанции Р-863 и два самолётных переговорных устройства СПУ-7, снятые с вертолётов Ми-17 Военно-воздушных сил и войск противовоздушной обороны Вооружённых Сил Республики Беларусь. Изделия соответствуют техническим условиям.

Старший военный представитель
подполковник А.В. Лисовский
""", charset="windows-1251", cte="base64", loose="002.eml", mailer="Microsoft Outlook 16.0")

M("loose_tranche", dt("2023-09-11 10:20"), SHES_KOI, [S], "КТВ-17: второй транш получен",
  """Сергей Викторович, добрый день!

Подтверждаю поступление второго транша ОАО "СРРЗ" по соглашению N ОТ-17/23: 35% стоимости этапа 2, как предусмотрено дополнительным соглашением N 2. Спасибо, что без задержек.

Следующий платеж - по закрытию этапа 2, ориентировочно в марте 2024 года.

Ю.А. Шестакова
финансовый директор АО "НПФ "Орбита-Тренаж"
""", charset="koi8-r", cte="quoted-printable", loose="003.eml", mailer="Microsoft Outlook 16.0")


# ----------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------

def html_from_text(text):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>']
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def boundary(key, n):
    return "----=_Part_%s_%d" % (hashlib.sha1((SALT + key).encode()).hexdigest()[:20], n)


RENDERED = {}


def render(m):
    if m["key"] in RENDERED:
        return RENDERED[m["key"]]
    hs = []
    hs.append("From: " + hdr_addr(m["frm"]))
    hs.append("To: " + ",\n ".join(hdr_addr(p) for p in m["to"]))
    if m["cc"]:
        hs.append("Cc: " + ",\n ".join(hdr_addr(p) for p in m["cc"]))
    hs.append("Subject: " + hdr_text(m["subject"], m["subj_cs"] if m["subj_cs"] != "us-ascii" else "utf-8", m["subj_enc"]))
    hs.append("Date: " + format_datetime(m["date"]))
    if m["id"]:
        hs.append("Message-ID: " + m["id"])
    if m["reply"]:
        parent = BYKEY[m["reply"]]
        if parent["id"]:
            hs.append("In-Reply-To: " + parent["id"])
            hs.append("References: " + parent["id"])
    hs.append("MIME-Version: 1.0")
    if m["mailer"]:
        hs.append("X-Mailer: " + m["mailer"])

    # body
    if m["html_only"] is not None:
        body_part = leaf_text(m["html_only"], "html", m["charset"], m["cte"])
    else:
        text_part = leaf_text(m["text"], "plain", m["charset"], m["cte"])
        if m["html_alt"]:
            hp = leaf_text(html_from_text(m["text"]), "html", "utf-8", "quoted-printable")
            body_part = multipart("alternative", [text_part, hp], boundary(m["key"], 2))
        else:
            body_part = text_part
    extra = []
    for data, ctype, fn in m["attachments"]:
        extra.append(leaf_attachment(data, ctype, fn))
    if m["forward"]:
        inner = render(BYKEY[m["forward"]])
        extra.append(leaf_rfc822(inner, "forwarded_message.eml"))
    if extra:
        body_part = multipart("mixed", [body_part] + extra, boundary(m["key"], 1))
    ph, pb = body_part
    raw = ("\n".join(hs + ph) + "\n\n").encode("ascii") + pb
    for line in raw.split(b"\n"):
        assert len(line) < 998, (m["key"], len(line))
        assert not line.startswith(b"From "), (m["key"], line)
    RENDERED[m["key"]] = raw
    return raw


def mbox_from_line(m):
    d = m["date"].astimezone(timezone.utc)
    return "From %s %s\n" % (m["frm"][1], d.strftime("%a %b %d %H:%M:%S %Y"))


def build_files():
    """Returns {relative path: bytes} of the whole case except README and truth."""
    files = {}
    mbox = b""
    for m in MSGS:
        raw = render(m)
        if m["loose"]:
            data = raw.replace(b"\n", b"\r\n") if m["crlf"] else raw
            files["loose/" + m["loose"]] = data
        else:
            mbox += mbox_from_line(m).encode("ascii") + raw + (b"" if raw.endswith(b"\n") else b"\n") + b"\n"
    files["mailbox.mbox"] = mbox
    return files


def message_ref(m, files):
    """The id a finding cites: the Message-ID, or <sha256:HEX> of the raw file bytes."""
    if m["id"]:
        return m["id"]
    return "<sha256:%s>" % hashlib.sha256(files["loose/" + m["loose"]]).hexdigest()


# ----------------------------------------------------------------------------------------
# Decoding (used to build the evidence and by --check)
# ----------------------------------------------------------------------------------------

class _Strip(HTMLParser):
    BLOCK = {"p", "br", "div", "tr", "li", "h1", "h2", "h3", "h4", "table", "ul", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")
        if tag == "td":
            self.out.append("\t")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_to_text(s):
    p = _Strip()
    p.feed(s)
    return "".join(p.out)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("word/document.xml"))
    ns = {"w": W_NS}
    paras = []
    for p in root.iter("{%s}p" % W_NS):
        paras.append("".join(t.text or "" for t in p.iter("{%s}t" % W_NS)))
    return "\n".join(paras)


def xlsx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        root = ET.fromstring(z.read("xl/sharedStrings.xml"))
        for si in root.iter("{%s}si" % S_NS):
            shared.append("".join(t.text or "" for t in si.iter("{%s}t" % S_NS)))
    root = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    rows = []
    for row in root.iter("{%s}row" % S_NS):
        cells = []
        for c in row.iter("{%s}c" % S_NS):
            t = c.get("t")
            if t == "s":
                cells.append(shared[int(c.find("{%s}v" % S_NS).text)])
            elif t == "inlineStr":
                cells.append("".join(x.text or "" for x in c.iter("{%s}t" % S_NS)))
            else:
                v = c.find("{%s}v" % S_NS)
                cells.append(v.text if v is not None else "")
        rows.append("\t".join(cells))
    return "\n".join(rows)


def pdf_text(data):
    s = data.decode("latin-1")
    out = []
    for m in re.finditer(r"\(((?:\\.|[^\\)])*)\)\s*Tj", s):
        out.append(re.sub(r"\\(.)", r"\1", m.group(1)))
    return "\n".join(out)


def decode_message(raw):
    """Returns (text of the message incl. attachments and inner messages,
    {inner Message-ID: its text}, decoded header names)."""
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    return _decode(msg)


def _decode(msg):
    texts, inner, headers = [], {}, []
    for h in ("From", "To", "Cc"):
        if msg[h]:
            for a in msg[h].addresses:
                headers.append(a.display_name)
    if msg["Subject"]:
        headers.append(str(msg["Subject"]))
    stack = [msg]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            sub = part.get_payload(0)
            t, inn, hd = _decode(sub)
            inner[sub["Message-ID"]] = t
            inner.update(inn)
            headers += hd
            continue
        if part.is_multipart():
            continue
        # skip parts that belong to an inner message (handled recursively)
        if _inside_rfc822(msg, part):
            continue
        if ct == "text/plain":
            texts.append(part.get_content())
        elif ct == "text/html":
            texts.append(html_to_text(part.get_content()))
        elif ct == DOCX:
            texts.append(docx_text(part.get_content()))
        elif ct == XLSX:
            texts.append(xlsx_text(part.get_content()))
        elif ct == PDF:
            texts.append(pdf_text(part.get_content()))
    for v in inner.values():
        texts.append(v)
    return "\n".join(texts), inner, headers


def _inside_rfc822(root, target):
    def rec(node, inside):
        if node is target:
            return inside
        if node.get_content_type() == "message/rfc822":
            for sub in node.get_payload():
                r = rec(sub, True)
                if r is not None:
                    return r
            return None
        if node.is_multipart():
            for sub in node.get_payload():
                r = rec(sub, inside)
                if r is not None:
                    return r
        return None
    return bool(rec(root, False))


def decoded_corpus(files):
    """{message id: decoded text} over the mailbox and the loose files, and {id: header names}."""
    corpus, names, order = {}, {}, []
    for m in MSGS:
        if m["loose"]:
            raw = files["loose/" + m["loose"]]
        else:
            raw = RENDERED[m["key"]]
        text, inner, hd = decode_message(raw)
        ref = message_ref(m, files)
        corpus[ref] = text
        names[ref] = hd
        order.append(ref)
        for iid, itext in inner.items():
            corpus.setdefault(iid, itext)
    return corpus, names, order


# ----------------------------------------------------------------------------------------
# Truth: entities and findings
# ----------------------------------------------------------------------------------------

ENTITIES = [
    dict(id="o_srrz", schema="Company", name="Sviran Radio Repair Plant",
         names=["ОАО «Свиранский радиоремонтный завод»", "Свиранский радиоремонтный завод",
                "Открытое акционерное общество «Свиранский радиоремонтный завод»", "ОАО «СРРЗ»", "СРРЗ",
                'ОАО "СРРЗ"', "ААТ «СРРЗ»", "ААТ «Свіранскі радыёрамонтны завод»", "Свіранскі радыёрамонтны завод",
                "Адкрытае акцыянернае таварыства «Свіранскі радыёрамонтны завод»",
                "Sviran Radio Repair Plant OJSC", "Sviran Radio Repair Plant"],
         properties={"country": ["by"], "address": ["Sviran, Grodno Region, Belarus"]}),
    dict(id="o_orbita", schema="Company", name="Orbita-Trenazh Research and Production Firm",
         names=["АО «НПФ «Орбита-Тренаж»", "Акционерное общество «Научно-производственная фирма «Орбита-Тренаж»",
                'АО "НПФ "Орбита-Тренаж"', "Орбита-Тренаж", "Орбиты-Тренаж", "Орбита", "АА «НВФ «Арбіта-Трэнаж»"],
         properties={"country": ["ru"], "address": ["Lesnogorsk, Moscow Oblast, Russia"]}),
    dict(id="o_lahdekorpi", schema="Company", name="Lähdekorpi Tekniikka Oy",
         names=["Lähdekorpi Tekniikka Oy", "Lähdekorpi", "Ляхдекорпи"],
         properties={"country": ["fi"]}),
    dict(id="o_daeyang", schema="Company", name="Daeyang Measurement Co., Ltd.",
         names=["Daeyang Measurement Co., Ltd.", "Daeyang", "대양계측 주식회사"],
         properties={"country": ["kr"]}),
    dict(id="o_karadeniz", schema="Company", name="Karadeniz Lehim Teknolojileri A.Ş.",
         names=["Karadeniz Lehim Teknolojileri A.Ş.", "Karadeniz Lehim Teknolojileri A.S.", "Karadeniz Lehim",
                "Karadeniz"],
         properties={"country": ["tr"]}),
    dict(id="o_alatoo", schema="Company", name="Ala-Too Trade Logistic LLC",
         names=["ОсОО «Ала-Тоо Трейд Логистик»", "Ала-Тоо Трейд Логистик"],
         properties={"country": ["kg"]}),
    dict(id="o_sksm", schema="Company", name="Sviran Building Materials Plant",
         names=["ОАО «Свиранский комбинат строительных материалов»", "Свиранский комбинат строительных материалов"],
         properties={"country": ["by"]}),
    dict(id="p_lyakhovich", schema="Person", name="Siarhei Liakhovich",
         names=["Ляхович Сергей Викторович", "Сергей Викторович", "Сергею Викторовичу Ляховичу", "С.В. Ляхович",
                "Ляховича С.В.", "Ляховичу Сергею Викторовичу", "Ляхович", "Сергей Ляхович",
                "Сяргей Віктаравіч", "С.В. Ляховіч", "Ляховіча Сяргея Віктаравіча", "Ляховіча С.В.",
                "Ляховіч Сяргей Віктаравіч", "С. Ляховіч", "Сяргей Ляховіч", "Сяргей",
                "Siarhei Liakhovich", "LIAKHOVICH SIARHEI", "Mr. Liakhovich", "Mr. Lyakhovich",
                "herra Ljahovitš", "gospodine Ljahoviću", "Sergej Ljahović", "Серёжа", "Серёж", "Sierž"],
         properties={"email": ["s.lyakhovich@srrz.example.by", "serzh.lyakhovich@mail.example.by"],
                     "birthDate": ["1980-03-14"], "citizenship": ["by"]}),
    dict(id="p_anna", schema="Person", name="Hanna Liakhovich",
         names=["Ляхович Анна Михайловна", "Ляхович А.М.", "LIAKHOVICH HANNA", "LIAKHOVICH ANNA", "ANNA LIAKHOVICH",
                "Hanna", "Аня", "Ань", "Ани", "Ганна Ляховіч", "Ганна Міхайлаўна Ляховіч", "Ганнай",
                "Hanny Lachowicz", "Pani Hanno"],
         properties={"email": ["hanna.liakhovich@mail.example.by", "a.lyakhovich@sksm.example.by"],
                     "birthDate": ["1983-07-22"], "citizenship": ["by", "ru"]}),
    dict(id="p_maksim", schema="Person", name="Maksim Liakhovich",
         names=["Ляхович Максим Сергеевич", "LIAKHOVICH MAKSIM", "Максим", "Максім", "Maksim", "Максу"],
         properties={"birthDate": ["2010-11-05"]}),
    dict(id="p_veronika", schema="Person", name="Veranika Liakhovich",
         names=["Ляхович Вероника Сергеевна", "LIAKHOVICH VERANIKA", "Вераніка", "Вераніка Ляховіч",
                "Веранікі Ляховіч", "Veranika", "Ника", "Ніка", "Нику"],
         properties={"birthDate": ["2015-02-19"]}),
    dict(id="p_pavel", schema="Person", name="Pavel (Anna Liakhovich's brother)",
         names=["Паша", "Павел"], properties={}),
    dict(id="p_savitskaya", schema="Person", name="Volha Savitskaya",
         names=["Савицкая Ольга Петровна", "Ольга Петровна", "Ольгу Петровну", "О.П. Савицкая", "О.П. Савицкой",
                "Савицкой", "Вольга Пятроўна", "Савіцкую Вольгу Пятроўну"],
         properties={"email": ["o.savitskaya@srrz.example.by"]}),
    dict(id="p_zhdanovich", schema="Person", name="Ihar Zhdanovich",
         names=["Жданович Игорь Леонидович", "Ждановіч Ігар Леанідавіч", "Игорь Леонидович", "И.Л. Жданович",
                "И.Л. Ждановича", "И.Л. Ждановичу", "Ждановича Игоря Леонидовича", "Игорю Леонидовичу",
                "І.Л. Ждановіч", "І.Л. Ждановічу", "Ігар Леанідавіч"],
         properties={"email": ["i.zhdanovich@srrz.example.by"]}),
    dict(id="p_gromov", schema="Person", name="Arkadiy Gromov",
         names=["Громов Аркадий Олегович", "А.О. Громов", "Аркадий Олегович", "Громова Аркадия Олеговича",
                "Громов", "Громова", "Громаў"],
         properties={"email": ["a.gromov@orbita-trenazh.example.ru"]}),
    dict(id="p_shestakova", schema="Person", name="Yulia Shestakova",
         names=["Шестакова Юлия Андреевна", "Ю.А. Шестакова"],
         properties={"email": ["y.shestakova@orbita-trenazh.example.ru"]}),
    dict(id="p_vierikko", schema="Person", name="Tuomas Vierikko",
         names=["Tuomas Vierikko", "Mr. Vierikko"], properties={"email": ["tuomas.vierikko@lahdekorpi.example.fi"]}),
    dict(id="p_seo", schema="Person", name="Seo Min-jae",
         names=["Seo Min-jae", "서민재"], properties={"email": ["mj.seo@daeyang-meas.example.kr"]}),
    dict(id="p_burak", schema="Person", name="Burak Yazıcıoğlu",
         names=["Burak Yazıcıoğlu", "Burak Yazicioglu", "Burak Bey"],
         properties={"email": ["burak.yazicioglu@karadeniz-lehim.example.com.tr"]}),
    dict(id="p_satybaldiev", schema="Person", name="Nurbek Satybaldiev",
         names=["Н.Т. Сатыбалдиев", "Нурбек Токтогулович", "Сатыбалдиев Нурбек"],
         properties={"email": ["n.satybaldiev@alatoo-trade.example.kg"]}),
]

WATCHLIST = [
    {"id": "wl-by-0311", "schema": "Company", "caption": "SVIRAN RADIO REPAIR PLANT OJSC",
     "properties": {"name": ["SVIRAN RADIO REPAIR PLANT OJSC"],
                    "alias": ["ОАО «Свиранский радиоремонтный завод»", "ААТ «Свіранскі радыёрамонтны завод»", "SRRZ"],
                    "country": ["by"], "address": ["Sviran, Grodno Region, Belarus"],
                    "sector": ["repair of military avionics"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-1187", "schema": "Company", "caption": "ORBITA-TRENAZH RESEARCH AND PRODUCTION FIRM JSC",
     "properties": {"name": ["ORBITA-TRENAZH RESEARCH AND PRODUCTION FIRM JSC"],
                    "alias": ["АО «НПФ «Орбита-Тренаж»", "AO NPF ORBITA-TRENAZH"],
                    "country": ["ru"], "address": ["Lesnogorsk, Moscow Oblast, Russia"],
                    "sector": ["flight simulators"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-1188", "schema": "Person", "caption": "GROMOV, Arkadiy Olegovich",
     "properties": {"name": ["GROMOV, Arkadiy Olegovich"], "alias": ["Громов Аркадий Олегович", "GROMOV, Arkady"],
                    "birthDate": ["1962-09-17"], "nationality": ["ru"],
                    "position": ["General Director, AO NPF Orbita-Trenazh"]}, "datasets": ["watchlist"]},
    {"id": "wl-kg-0042", "schema": "Company", "caption": "ALA-TOO TRADE LOGISTIC LLC",
     "properties": {"name": ["ALA-TOO TRADE LOGISTIC LLC"], "alias": ["ОсОО «Ала-Тоо Трейд Логистик»"],
                    "country": ["kg"], "address": ["Bishkek, Kyrgyzstan"],
                    "notes": ["procurement of dual-use goods for sanctioned end users"]}, "datasets": ["watchlist"]},
    # near misses
    {"id": "wl-ru-1190", "schema": "Person", "caption": "GROMOV, Arkadiy Petrovich",
     "properties": {"name": ["GROMOV, Arkadiy Petrovich"], "alias": ["Громов Аркадий Петрович"],
                    "birthDate": ["1958-02-11"], "nationality": ["ru"],
                    "position": ["Deputy Director, a shipyard in Kaliningrad"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-1402", "schema": "Person", "caption": "LYAKHOVICH, Sergey Viktorovich",
     "properties": {"name": ["LYAKHOVICH, Sergey Viktorovich"], "alias": ["Ляхович Сергей Викторович"],
                    "birthDate": ["1961-06-03"], "nationality": ["ru"],
                    "position": ["Deputy Head of a district administration, Smolensk Oblast"]}, "datasets": ["watchlist"]},
    {"id": "wl-ru-1195", "schema": "Company", "caption": "ORBITA-TRENAZH LLC",
     "properties": {"name": ["ORBITA-TRENAZH LLC"], "alias": ["ООО «Орбита-Тренаж»"], "country": ["ru"],
                    "address": ["Yekaterinburg, Sverdlovsk Oblast, Russia"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-0312", "schema": "Company", "caption": "SVIRAN MACHINE-BUILDING PLANT OJSC",
     "properties": {"name": ["SVIRAN MACHINE-BUILDING PLANT OJSC"], "alias": ["ОАО «Свиранский машиностроительный завод»"],
                    "country": ["by"], "address": ["Sviran, Grodno Region, Belarus"]}, "datasets": ["watchlist"]},
    {"id": "wl-by-0420", "schema": "Person", "caption": "LIAKHOVICH, Hanna Mikhailauna",
     "properties": {"name": ["LIAKHOVICH, Hanna Mikhailauna"], "alias": ["Ляхович Анна Михайловна"],
                    "birthDate": ["1951-01-30"], "nationality": ["by"],
                    "position": ["Member of a district election commission, Vitebsk Region"]}, "datasets": ["watchlist"]},
    {"id": "wl-tr-0077", "schema": "Company", "caption": "KARADENIZ SAVUNMA TEKNOLOJILERI A.S.",
     "properties": {"name": ["KARADENIZ SAVUNMA TEKNOLOJILERI A.S."], "country": ["tr"],
                    "address": ["Ankara, Turkiye"]}, "datasets": ["watchlist"]},
]

K = BYKEY  # short alias


def ev(key, q):
    return (key, q)


FINDINGS = [
    dict(kind="military_maintenance", summary="Sviran Radio Repair Plant repairs the radio-electronic equipment of Mi-8MTV-5 and Mi-17 helicopters of the Belarusian Air Force and Air Defence Forces.",
         subjects=["o_srrz"], attributes={"platforms": ["mi-8", "mi-8mtv", "mi-8mtv-5", "mi-17"], "customer_country": "by"},
         evidence=[ev("plan2023", "капитальный ремонт бортового РЭО вертолётов Ми-8МТВ-5 (Р-863, А-037, АРК-15М)"),
                   ev("loose_act", "снятые с вертолётов Ми-17 Военно-воздушных сил и войск противовоздушной обороны Вооружённых Сил Республики Беларусь"),
                   ev("aug_report", "Рамонт бартавога радыёэлектроннага абсталявання верталётаў Мі-8МТВ-5 і Мі-17 для Ваенна-паветраных сіл і войскаў СПА Рэспублікі Беларусь")]),
    dict(kind="military_maintenance", summary="The plant repairs avionics of Mi-8MTV-5-1 helicopters of the Russian Aerospace Forces (military unit 44871).",
         subjects=["o_srrz"], attributes={"platforms": ["mi-8", "mi-8mtv", "mi-8mtv-5", "mi-8mtv-5-1"], "customer_country": "ru"},
         evidence=[ev("plan2023", "капитальный ремонт бортового РЭО вертолётов Ми-8МТВ-5-1 ВКС России"),
                   ev("vch_graph", "блоков бортового радиоэлектронного оборудования вертолётов Ми-8МТВ-5-1 Воздушно-космических сил Российской Федерации"),
                   ev("aug_report", "Па дагаворы з вайсковай часткай 44871 (ВКС Расіі, Мі-8МТВ-5-1)")]),
    dict(kind="military_maintenance", summary="Under contract ZAF/ENG/0923 the plant repairs avionics of four Mi-17V-5 helicopters of the Zambia Air Force.",
         subjects=["o_srrz"], attributes={"platforms": ["mi-17", "mi-17v-5"], "customer_country": "zm"},
         evidence=[ev("zaf_contract", "line replaceable units removed from four Mi-17V-5 helicopters of the Zambia Air Force (tail numbers AF-812, AF-814, AF-815 and AF-817) for repair and overhaul at your plant"),
                   ev("alt_shortage", "для четырёх Ми-17В-5 ВВС Замбии нужны приёмопередатчики радиовысотомера А-037"),
                   ev("aug_report", "Па кантракце з ВПС Замбіі (Мі-17В-5) работы не пачаты")]),
    dict(kind="joint_development", summary="The plant and AO NPF Orbita-Trenazh (Moscow Region) jointly develop the KTV-17 'Krechet' helicopter simulator; the plant's share went from the proposed 50% (its counter-offer of 25% was rejected) to 35% in addendum No. 2.",
         subjects=["o_srrz", "o_orbita"],
         attributes={"product": ["ktv-17", "krechet", "ktv-17 krechet", "ktv-17 simulator", "ktv-17 helicopter simulator", "krechat"],
                     "partner_country": "ru", "funding_share": 0.35},
         evidence=[ev("grom_prop", "направляю проект соглашения о совместной разработке комплексного тренажёра вертолёта КТВ-17 (шифр «Кречет»)"),
                   ev("grom_prop", "1.1. Стороны совместно разрабатывают комплексный тренажёр вертолёта КТВ-17 (шифр «Кречет»)."),
                   ev("counter", "сообщаю нашу позицию по проекту соглашения о совместной ОКР по тренажёру КТВ-17"),
                   ev("shes_reject", "Вариант с долей СРРЗ 25 % руководство «Орбиты-Тренаж» рассмотрело и отклонило"),
                   ev("shes_invite", "На повестке — распределение финансирования ОКР по КТВ-17 и график этапа 2."),
                   ev("zagad", "па стварэнні комплекснага трэнажора верталёта КТВ-17 («Крэчат»)"),
                   ev("moscow_report", "«Орбита-Тренаж» готова снизить нашу долю до 35 % при условии"),
                   ev("addendum", "Доля участия ОАО «СРРЗ» в финансировании ОКР по созданию комплексного тренажёра вертолёта КТВ-17 составляет 35 (тридцать пять) процентов"),
                   ev("fwd_addendum", "Теперь наша доля в финансировании ОКР — 35 % вместо 50 %"),
                   ev("aug_report", "Па ДКР «Крэчат» другі транш — 35 % кошту этапу 2 — пералічаны 8 верасня"),
                   ev("loose_tranche", 'Подтверждаю поступление второго транша ОАО "СРРЗ" по соглашению N ОТ-17/23: 35% стоимости этапа 2, как предусмотрено дополнительным соглашением N 2.')]),
    dict(kind="sanctions_obstacle", summary="Under EU sanctions the Finnish maker Lähdekorpi Tekniikka refuses spare parts and service for the plant's LT-Wave 450 wave soldering line.",
         subjects=["o_srrz"], attributes={"origin_country": "fi", "goods": "soldering line spare parts"},
         evidence=[ev("fi_refuse", "Lähdekorpi Tekniikka Oy may not sell, supply or transfer spare parts for the LT-Wave line to customers in Belarus"),
                   ev("fwd_fi", "финны запчасти к LT-Wave поставлять отказались: ссылаются на санкции ЕС против Беларуси"),
                   ev("if_sanctions", "пока «Ляхдекорпи» из-за санкций ЕС нам ничего не продаёт")]),
    dict(kind="sanctions_obstacle", summary="Korean export controls stop Daeyang Measurement from selling the plant SG-6000 signal generators and SA-3200 spectrum analysers.",
         subjects=["o_srrz"], attributes={"origin_country": "kr", "goods": "rf test equipment"},
         evidence=[ev("kr_refuse", "our SG-6000 signal generators and SA-3200 spectrum analyzers cannot be exported to Belarus"),
                   ev("kr_internal", "корейцы тоже отказали: по экспортному контролю Республики Корея генераторы SG-6000 и анализаторы спектра в Беларусь не продают"),
                   ev("kg_offer", "у вашего завода сложности с приобретением корейских генераторов сигналов и анализаторов спектра Daeyang"),
                   ev("kg_ask", "По сути это обход корейского экспортного запрета")]),
    dict(kind="alternative_supplier", summary="Karadeniz Lehim (Bursa, Turkey) offers compatible nozzles, heating elements and impellers for the LT-Wave 450; the plant orders, signs a contract and runs the line on the Turkish parts.",
         subjects=["o_srrz", "o_karadeniz"], attributes={"supplier_country": "tr", "goods": "soldering line spare parts"},
         evidence=[ev("tr_offer", "manufactures in Bursa, Turkey, solder nozzles, titanium heating elements and pump impellers that are fully interchangeable with the original LT-Wave 400/450 parts"),
                   ev("tr_offer", "KL-N450 Solder wave nozzle, interchangeable with LT-Wave WN-450 - EUR 640.00"),
                   ev("tr_propose", "турэцкая фірма Karadeniz Lehim (г. Бурса) прапануе соплы, ТЭНы і крыльчаткі помпы ўласнай вытворчасці, цалкам сумяшчальныя з нашай LT-Wave 450"),
                   ev("tr_support", "Оформляйте заказ пробной партии у турок"),
                   ev("tr_cancel_trip", "The contract for the first lot (4 nozzles KL-N450, 8 heating elements KL-H3, 2 impellers KL-P45) is ready for signature."),
                   ev("tr_contract", "Contract No. SRRZ-TR/23-07 for the first lot has been signed by our director today"),
                   ev("line_ok", "установили на LT-Wave 450 турецкие сопла и ТЭНы от Karadeniz"),
                   ev("if_sanctions", "запчасти к линии пайки берём только у Karadeniz")]),
    dict(kind="equipment_shortage", summary="The LT-Wave 450 wave soldering line stands idle for lack of heating elements and nozzles; no spare parts in stock.",
         subjects=["o_srrz"], attributes={"goods": "soldering line spare parts"},
         evidence=[ev("kukh_line", "Запасных частей к линии на складе нет ни одной позиции, заявка в ОМТС висит с ноября."),
                   ev("req_fi", "has been idle since 28 December 2022 because two solder bath heating elements burned out and the wave nozzle is worn"),
                   ev("fwd_fi", "Без ТЭНов и сопла линия так и будет стоять."),
                   ev("loss_memo", "За январь из-за простоя установки пайки волной (нет ТЭНов и сопла) недовыпуск блоков Р-863 составил 31 шт.")]),
    dict(kind="equipment_shortage", summary="Repair of the Zambian Mi-17V-5 avionics is stalled: no A-037 radio altimeter transceivers in stock.",
         subjects=["o_srrz"], attributes={"goods": "radio altimeter transceivers"},
         evidence=[ev("alt_shortage", "а на складе их нет — ЗИП израсходовали ещё весной на белорусские машины"),
                   ev("aug_report", "няма прыёмаперадатчыкаў радыёвышынямера А-037, ЗІП на складзе скончыўся")]),
    dict(kind="foreign_travel", summary="Liakhovich, his wife Hanna and their children Maksim and Veranika holidayed in Budva, Montenegro, 5-19 August 2023.",
         subjects=["p_lyakhovich", "p_anna", "p_maksim", "p_veronika"],
         attributes={"country": "me", "start": "2023-08", "place": "Budva", "purpose": "holiday"},
         evidence=[ev("budva_book", "Hotel Sveti Kamen u Budvie, z 5 pa 19 žniŭnia, siamiejny numar na čatyroch"),
                   ev("hotel_conf", "We are pleased to confirm your reservation for 4 guests (2 adults, 2 children) in a Family Suite from 5 August 2023 to 19 August 2023"),
                   ev("transfer_ask", "We arrive at Tivat airport on 5 August at 14:40"),
                   ev("transfer_ok", "potvrđujemo transfer sa aerodroma Tivat 5. avgusta u 14:40 za četiri osobe (dvoje odraslih i dvoje djece)"),
                   ev("leave_me", "В период отпуска выезжаю за границу — в Черногорию (г. Будва) вместе с семьёй."),
                   ev("sav_how", "И как вам Черногория? Море теплое?"),
                   ev("budva_reply", "У Будве спякота, +34, мора як малако.")]),
    dict(kind="foreign_travel", summary="The family of four toured Uzbekistan (Samarkand, Tashkent), 28 October - 4 November 2023.",
         subjects=["p_lyakhovich", "p_anna", "p_maksim", "p_veronika"],
         attributes={"country": "uz", "start": "2023-10", "place": "Samarkand, Tashkent", "purpose": "holiday"},
         evidence=[ev("uz_tour", "Подтверждаем бронирование тура «Классический Узбекистан» (Ташкент — Самарканд — Ташкент) с 28.10.2023 по 04.11.2023."),
                   ev("school", "ў сувязі з сямейнай паездкай ва Узбекістан"),
                   ev("leave_uz", "У перыяд адпачынку выязджаю з сям'ёй за мяжу — у Рэспубліку Узбекістан (гг. Ташкент, Самарканд)."),
                   ev("camera", "наш сын спрашивает, можно ли взять в Самарканд твой старый фотоаппарат"),
                   ev("back_uz", "Ташкент и Самарканд — сильнейшее впечатление, дети в восторге, Аня тоже."),
                   ev("loose_samarkand", "Пішу з Самарканда: мы тут ужо трэці дзень, разам з Ганнай і малымі.")]),
    dict(kind="foreign_travel", summary="Liakhovich and Savitskaya went on business to Moscow and Lesnogorsk (Orbita-Trenazh), 14-17 May 2023, to negotiate the simulator funding.",
         subjects=["p_lyakhovich", "p_savitskaya"],
         attributes={"country": "ru", "start": "2023-05", "place": "Moscow, Lesnogorsk", "purpose": "negotiations on the funding of the ktv-17 simulator"},
         evidence=[ev("shes_invite", "ждём Вас и Ольгу Петровну 15 мая в Москве"),
                   ev("zagad", "1. Накіраваць у службовую камандзіроўку ў г. Маскву і г. Леснагорск Маскоўскай вобласці (Расійская Федэрацыя), у АА «НВФ «Арбіта-Трэнаж», з 14.05.2023 па 17.05.2023:"),
                   ev("tickets", "билеты взял: поезд Гродно — Москва, отправление 14 мая в 16:52, вагон 7, места 21 и 23."),
                   ev("mart_absent", "с 15 по 17 мая я в командировке в Москве (вместе с Савицкой)"),
                   ev("moscow_report", "докладываю по итогам командировки в Москву и Лесногорск 15–17 мая (с О.П. Савицкой).")]),
    dict(kind="citizenship", summary="Hanna (Anna) Liakhovich is a citizen of Belarus and of Russia (born in Smolensk); her Karta Polaka is not Polish citizenship.",
         subjects=["p_anna"], attributes={"countries": ["by", "ru"]},
         evidence=[ev("anketa", "гражданство: Республика Беларусь, Российская Федерация"),
                   ev("hotel_conf", "Guest 2: LIAKHOVICH ANNA, date of birth 22.07.1983, nationality: Russian Federation"),
                   ev("transfer_ask", "my wife will travel on her Russian passport, so her name there is spelled ANNA LIAKHOVICH, not HANNA"),
                   ev("karta", "wydanej dla Pani Hanny Lachowicz, obywatelki Republiki Białorusi"),
                   ev("two_passports", "А вот у Ани их два — наш и российский, она же в Смоленске родилась.")]),
    dict(kind="citizenship", summary="Siarhei Liakhovich is a citizen of Belarus only.",
         subjects=["p_lyakhovich"], attributes={"countries": ["by"]},
         evidence=[ev("anketa", "Гражданство: Республика Беларусь"),
                   ev("hotel_conf", "Guest 1: LIAKHOVICH SIARHEI, date of birth 14.03.1980, nationality: Belarus"),
                   ev("two_passports", "У меня самого, кроме белорусского, никаких паспортов нет и не было.")]),
    dict(kind="citizenship", summary="Anna's brother Pavel (Pasha), living in Bialystok on a Polish residence card, holds Belarusian citizenship only.",
         subjects=["p_pavel"], attributes={"countries": ["by"]},
         evidence=[ev("pasha", "паспорт у него по-прежнему наш, белорусский")]),
    dict(kind="family_relation", summary="Hanna (Anna) Liakhovich is Siarhei Liakhovich's wife.",
         subjects=["p_lyakhovich", "p_anna"], attributes={"relationship": "spouse"},
         evidence=[ev("anketa", "Супруга: Ляхович Анна Михайловна (LIAKHOVICH HANNA), 22.07.1983 г.р."),
                   ev("transfer_ask", "my wife will travel on her Russian passport, so her name there is spelled ANNA LIAKHOVICH, not HANNA"),
                   ev("budva_reply", "Мы з жонкай і дзецьмі ледзь не кожны дзень на пляжы")]),
    dict(kind="family_relation", summary="Maksim (born 2010) is Siarhei Liakhovich's son.",
         subjects=["p_lyakhovich", "p_maksim"], attributes={"relationship": "child"},
         evidence=[ev("anketa", "Сын: Ляхович Максим Сергеевич (LIAKHOVICH MAKSIM), 05.11.2010 г.р."),
                   ev("camera", "наш сын спрашивает, можно ли взять в Самарканд твой старый фотоаппарат"),
                   ev("budva_reply", "Мы з жонкай і дзецьмі ледзь не кожны дзень на пляжы: Максім з маскай ганяецца за рыбамі")]),
    dict(kind="family_relation", summary="Veranika (Veronika, born 2015) is Siarhei Liakhovich's daughter.",
         subjects=["p_lyakhovich", "p_veronika"], attributes={"relationship": "child"},
         evidence=[ev("anketa", "Дочь: Ляхович Вероника Сергеевна (LIAKHOVICH VERANIKA), 19.02.2015 г.р."),
                   ev("budva_reply", "Вераніка не вылазіць з басейна")]),
    dict(kind="family_relation", summary="Maksim is Hanna Liakhovich's son.",
         subjects=["p_anna", "p_maksim"], attributes={"relationship": "child"},
         evidence=[ev("camera", "наш сын спрашивает, можно ли взять в Самарканд твой старый фотоаппарат")]),
    dict(kind="family_relation", summary="Veranika is Hanna Liakhovich's daughter.",
         subjects=["p_anna", "p_veronika"], attributes={"relationship": "child"},
         evidence=[ev("school", "мая дачка Вераніка Ляховіч (3 «Б» клас)")]),
    dict(kind="family_relation", summary="Maksim and Veranika (Nika) are brother and sister.",
         subjects=["p_maksim", "p_veronika"], attributes={"relationship": "sibling"},
         evidence=[ev("camera", "Ника, конечно, тоже хочет фотоаппарат, как у брата.")]),
    dict(kind="family_relation", summary="Pavel (Pasha) is Hanna Liakhovich's brother.",
         subjects=["p_anna", "p_pavel"], attributes={"relationship": "sibling"},
         evidence=[ev("pasha", "звонил мой брат Паша из Белостока")]),
]

# employment: evidence collected from every message stating the role (phrases are specific)
EMPLOYMENT = [
    ("p_lyakhovich", "o_srrz", "head of planning and economic department",
     "Siarhei Liakhovich heads the planning and economic department of the Sviran Radio Repair Plant.",
     ["начальник планово-экономического отдела", "начальника планово-экономического отдела",
      "начальнік планава-эканамічнага аддзела", "начальніка планава-эканамічнага аддзела",
      "Head of Planning and Economic Department"]),
    ("p_zhdanovich", "o_srrz", "director", "Ihar Zhdanovich is the director of the Sviran Radio Repair Plant.",
     ["дырэктар ААТ «Свіранскі радыёрамонтны завод»", "Директор ОАО «Свиранский радиоремонтный завод»",
      "в лице директора Ждановича Игоря Леонидовича", "Дырэктар І.Л. Ждановіч", "директора ОАО «СРРЗ» И.Л. Ждановича",
      "Директору ОАО «СРРЗ» И.Л. Ждановичу", "Дырэктару ААТ «СРРЗ» І.Л. Ждановічу", "Директор И.Л. Жданович"]),
    ("p_savitskaya", "o_srrz", "deputy director for development",
     "Volha Savitskaya is deputy director for development of the plant.",
     ["заместитель директора по развитию", "намесніка дырэктара па развіцці"]),
    ("p_gromov", "o_orbita", "general director", "Arkadiy Gromov is general director of AO NPF Orbita-Trenazh.",
     ["генеральный директор АО «НПФ «Орбита-Тренаж»", "в лице генерального директора Громова Аркадия Олеговича",
      "Генеральный директор А.О. Громов"]),
    ("p_shestakova", "o_orbita", "finance director", "Yulia Shestakova is finance director of Orbita-Trenazh.",
     ["финансовый директор АО «НПФ «Орбита-Тренаж»", 'финансовый директор АО "НПФ "Орбита-Тренаж"']),
    ("p_vierikko", "o_lahdekorpi", "export sales manager", "Tuomas Vierikko is export sales manager of Lähdekorpi Tekniikka Oy.",
     ["Export Sales Manager"]),
    ("p_seo", "o_daeyang", "overseas sales manager", "Seo Min-jae is overseas sales manager of Daeyang Measurement.",
     ["Overseas Sales Manager"]),
    ("p_burak", "o_karadeniz", "export manager", "Burak Yazıcıoğlu is export manager of Karadeniz Lehim Teknolojileri.",
     ["Export Manager"]),
    ("p_satybaldiev", "o_alatoo", "director", "Nurbek Satybaldiev is director of Ala-Too Trade Logistic (Bishkek).",
     ["директор ОсОО «Ала-Тоо Трейд Логистик»"]),
    ("p_anna", "o_sksm", "chief accountant", "Hanna Liakhovich is chief accountant of the Sviran Building Materials Plant.",
     ["главный бухгалтер ОАО «Свиранский комбинат строительных материалов»"]),
]

WATCH_HITS = [
    ("o_srrz", "wl-by-0311", "Sviran Radio Repair Plant is on the watchlist as SVIRAN RADIO REPAIR PLANT OJSC."),
    ("o_orbita", "wl-ru-1187", "Orbita-Trenazh (Lesnogorsk, Moscow Oblast) is on the watchlist as ORBITA-TRENAZH RESEARCH AND PRODUCTION FIRM JSC (not the Yekaterinburg LLC of the same name)."),
    ("p_gromov", "wl-ru-1188", "Arkadiy Olegovich Gromov is on the watchlist as GROMOV, Arkadiy Olegovich."),
    ("o_alatoo", "wl-kg-0042", "The Bishkek broker Ala-Too Trade Logistic is on the watchlist (its offer was declined)."),
]


def _bounded(form):
    return re.compile(r"(?<![\w@.])" + re.escape(form) + r"(?![\w@]|\.example)", re.IGNORECASE)


def build_truth(files):
    corpus, _, order = decoded_corpus(files)
    ref = {m["key"]: message_ref(m, files) for m in MSGS}
    # every message id, inner forwarded ones after their carrier
    all_ids = []
    for r in order:
        all_ids.append(r)
    for iid in corpus:
        if iid not in all_ids:
            all_ids.append(iid)
    findings = []
    for f in FINDINGS:
        evs, seen = [], set()
        quotes = []
        for key, q in f["evidence"]:
            evs.append({"message_id": ref[key], "quote": q})
            seen.add((ref[key], q))
            quotes.append(q)
        # the same statement quoted again in a reply or a forward is cited too
        cited = {e["message_id"] for e in evs}
        for q in quotes:
            for mid in all_ids:
                if mid not in cited and q in corpus[mid]:
                    evs.append({"message_id": mid, "quote": q})
                    cited.add(mid)
        findings.append(dict(kind=f["kind"], summary=f["summary"], subjects=f["subjects"],
                             attributes=f["attributes"], evidence=evs))
    for person, org, role, summary, phrases in EMPLOYMENT:
        evs = []
        for mid in all_ids:
            for p in phrases:
                if p in corpus[mid]:
                    evs.append({"message_id": mid, "quote": p})
                    break
        findings.append(dict(kind="employment", summary=summary, subjects=[person, org],
                             attributes={"role": role}, evidence=evs))
    ents = {e["id"]: e for e in ENTITIES}
    for eid, entry, summary in WATCH_HITS:
        evs = []
        pats = [_bounded(n) for n in sorted(ents[eid]["names"], key=len, reverse=True)]
        for mid in all_ids:
            for pat in pats:
                mm = pat.search(corpus[mid])
                if mm:
                    evs.append({"message_id": mid, "quote": mm.group(0)})
                    break
        findings.append(dict(kind="watchlist_match", summary=summary, subjects=[eid],
                             attributes={"list": "watchlist", "entry_id": entry}, evidence=evs))
    out = []
    for i, f in enumerate(findings, 1):
        d = {"id": "f-%03d" % i}
        d.update(f)
        d["confidence"] = 1.0
        out.append(d)
    entities = []
    for e in ENTITIES:
        entities.append({"id": e["id"], "schema": e["schema"], "name": e["name"],
                         "names": sorted(set(e["names"])), "properties": e["properties"]})
    return {"format": "paperchase.findings/1", "entities": entities, "findings": out}


def watchlist_bytes():
    return "".join(json.dumps(w, ensure_ascii=False) + "\n" for w in WATCHLIST).encode("utf-8")


# ----------------------------------------------------------------------------------------
# Check
# ----------------------------------------------------------------------------------------

SPEC_KINDS = {"military_maintenance", "joint_development", "sanctions_obstacle", "alternative_supplier",
              "equipment_shortage", "foreign_travel", "citizenship", "family_relation", "employment",
              "watchlist_match"}


def norm_form(s):
    return " ".join(unicodedata.normalize("NFC", str(s)).casefold().split())


def check(files, truth):
    problems = []
    # re-read the files the way a tool would: the mbox with the mailbox module, loose files as bytes
    import mailbox
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        p = os.path.join(tmp, "mailbox.mbox")
        with open(p, "wb") as fh:
            fh.write(files["mailbox.mbox"])
        box = mailbox.mbox(p)
        raws = [box.get_bytes(k) for k in box.keys()]
        box.close()
    n_mbox = sum(1 for m in MSGS if not m["loose"])
    if len(raws) != n_mbox:
        problems.append("mbox holds %d messages, expected %d" % (len(raws), n_mbox))
    corpus, header_names = {}, {}
    for raw in raws:
        text, inner, hd = decode_message(raw)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        mid = msg["Message-ID"]
        if not mid:
            problems.append("mbox message without Message-ID")
            continue
        corpus[mid] = text
        header_names[mid] = hd
        for iid, it in inner.items():
            corpus.setdefault(iid, it)
    for name, data in files.items():
        if not name.startswith("loose/"):
            continue
        text, inner, hd = decode_message(data)
        msg = BytesParser(policy=policy.default).parsebytes(data)
        mid = msg["Message-ID"] or "<sha256:%s>" % hashlib.sha256(data).hexdigest()
        corpus[mid] = text
        header_names[mid] = hd
        for iid, it in inner.items():
            corpus.setdefault(iid, it)
    # attachments of each kind present
    blob = files["mailbox.mbox"] + b"".join(v for k, v in files.items() if k.startswith("loose/"))
    for ct in (DOCX, XLSX, PDF, "message/rfc822", "text/html", "multipart/alternative"):
        if ct.encode() not in blob:
            problems.append("no part of type " + ct)
    # findings
    kinds = {f["kind"] for f in truth["findings"]}
    if kinds != SPEC_KINDS:
        problems.append("finding kinds missing: %s" % sorted(SPEC_KINDS - kinds))
    ent_ids = {e["id"] for e in truth["entities"]}
    wl_ids = {w["id"] for w in WATCHLIST}
    n_quotes = 0
    for f in truth["findings"]:
        if not f["evidence"]:
            problems.append("%s has no evidence" % f["id"])
        for s in f["subjects"]:
            if s not in ent_ids:
                problems.append("%s: unknown subject %s" % (f["id"], s))
        if f["kind"] == "watchlist_match" and f["attributes"]["entry_id"] not in wl_ids:
            problems.append("%s: unknown watchlist entry" % f["id"])
        for e in f["evidence"]:
            mid = e["message_id"]
            if mid not in corpus:
                problems.append("%s: cited message %s does not exist" % (f["id"], mid))
                continue
            n_quotes += 1
            if e["quote"] not in corpus[mid]:
                problems.append("%s: quote not in %s: %r" % (f["id"], mid, e["quote"][:80]))
    # entity names: unambiguous, and each occurs somewhere (body, attachment or header)
    owner = {}
    for e in truth["entities"]:
        for n in e["names"]:
            k = norm_form(n)
            if k in owner and owner[k] != e["id"]:
                problems.append("name %r shared by %s and %s" % (n, owner[k], e["id"]))
            owner[k] = e["id"]
    everything = norm_form("\n".join(list(corpus.values()) + [x for v in header_names.values() for x in v if x]))
    for e in truth["entities"]:
        for n in e["names"]:
            if norm_form(n) not in everything:
                problems.append("name %r of %s occurs nowhere" % (n, e["id"]))
    return problems, len(corpus), n_quotes


# ----------------------------------------------------------------------------------------
# README
# ----------------------------------------------------------------------------------------

README = """# Holdout case 21: Sviran Radio Repair Plant (SRRZ)

Everything here is fictional: the town of Sviran (Свірань, Grodno Region), the firms, the
people, the addresses (all under example.*), phone, contract, passport and tail numbers.
It is an evaluation case: the analysis must generalise to it without having seen it.

**The source.** The 2023 mailbox of Siarhei Liakhovich, head of the planning and economic
department (ПЭО / ПЭА) of OJSC Sviran Radio Repair Plant, which repairs the radio-electronic
equipment (radios R-863, radio altimeters A-037, direction finders ARK-15M) of Mi-8MTV and
Mi-17 helicopters: `mailbox.mbox` (68 messages) and three loose messages in `loose/*.eml`.
Mail is in Russian, Belarusian (Cyrillic and Łacinka), English, Finnish-English,
Montenegrin Latin, a little Polish and Lithuanian; bodies in utf-8 (base64, quoted-printable,
8bit), windows-1251, koi8-r, iso-8859-15 and iso-8859-2; RFC 2047 headers in B and Q;
HTML-only and multipart/alternative messages; evidence in DOCX (agreement draft, addendum,
visa questionnaire, certificate, a Belarusian travel order), XLSX (repair plan, funding
shares), PDF (hotel confirmation, price list) attachments and in forwarded message/rfc822
parts. About ten messages are routine office mail.

`loose/001.eml` has no Message-ID (and CRLF line ends): findings cite it as
`<sha256:HEX>`, the SHA-256 of the file's bytes.

## People and organisations, and how they are written

- **Siarhei Liakhovich** (Сергей Викторович Ляхович; Belarusian Сяргей Віктаравіч Ляховіч;
  passport LIAKHOVICH SIARHEI; Łacinka *Sierž*; Finnish *herra Ljahovitš*; Montenegrin
  *gospodine Ljahoviću*, *Sergej Ljahović*; Mr. Liakhovich / Mr. Lyakhovich; Серёжа, Серёж;
  case forms Ляховичу, Ляховича С.В., Ляховіча Сяргея Віктаравіча; addresses
  s.lyakhovich@srrz..., serzh.lyakhovich@mail...). Born 14.03.1980, Belarusian citizen only.
- **Hanna (Anna) Liakhovich**, his wife (Ляхович Анна Михайловна; Ганна Міхайлаўна Ляховіч;
  LIAKHOVICH HANNA in the Belarusian passport, LIAKHOVICH ANNA in the Russian one; Аня, Ань,
  Ани, Ганнай; Polish *Pani Hanno*, *Hanny Lachowicz*; Ляхович А.М.). Citizen of Belarus and
  Russia (born in Smolensk); holds a Karta Polaka, which is not Polish citizenship. Chief
  accountant of OJSC Sviran Building Materials Plant (СКСМ). Address only as
  hanna.liakhovich@mail... in several messages.
- **Maksim** (Ляхович Максим Сергеевич, LIAKHOVICH MAKSIM, Максім, Макс/Максу), born 2010, and
  **Veranika** (Ляхович Вероника Сергеевна, LIAKHOVICH VERANIKA, Вераніка, Ника/Нику, Ніка),
  born 2015: their children.
- **Pavel (Паша)**, Hanna's brother, lives in Białystok on a Polish residence card; Belarusian
  passport only.
- **Volha Savitskaya** (Савицкая Ольга Петровна, О.П. Савицкой, Вольга Пятроўна,
  Савіцкую Вольгу Пятроўну), deputy director for development.
- **Ihar Zhdanovich** (Жданович Игорь Леонидович, И.Л. Ждановичу, І.Л. Ждановіч,
  Ігар Леанідавіч), director of the plant.
- **OJSC Sviran Radio Repair Plant**: ОАО «Свиранский радиоремонтный завод», ОАО «СРРЗ»,
  ААТ «Свіранскі радыёрамонтны завод», Sviran Radio Repair Plant OJSC.
- **AO NPF Orbita-Trenazh**, Lesnogorsk, Moscow Region (АО «НПФ «Орбита-Тренаж», «Орбиты-Тренаж»,
  «Орбита», Belarusian АА «НВФ «Арбіта-Трэнаж»): partner in the simulator. General director
  **Arkadiy Olegovich Gromov** (А.О. Громов, Громова Аркадия Олеговича, Belarusian Громаў),
  finance director **Yulia Shestakova** (Ю.А. Шестакова).
- **Lähdekorpi Tekniikka Oy**, Tampere (Cyrillic «Ляхдекорпи»), **Tuomas Vierikko**, export
  sales manager. **Daeyang Measurement Co., Ltd.** (대양계측), Busan, **Seo Min-jae** (서민재).
  **Karadeniz Lehim Teknolojileri A.Ş.**, Bursa (also A.S. in ASCII), **Burak Yazıcıoğlu**
  (Yazicioglu, Burak Bey). **ОсОО «Ала-Тоо Трейд Логистик»**, Bishkek, director
  **Н.Т. Сатыбалдиев** (Нурбек Токтогулович).

## What an analyst should find (`truth.json`)

- Military repair: avionics of Mi-8MTV-5 and Mi-17 for the Belarusian Air Force (plan XLSX,
  military representative's act in `loose/002.eml`, a Belarusian monthly report); of
  Mi-8MTV-5-1 for the Russian Aerospace Forces (unit 44871, koi8-r); of four Mi-17V-5 for the
  Zambia Air Force (English contract mail).
- Joint development of the KTV-17 «Кречет» / «Крэчат» helicopter simulator with Orbita-Trenazh:
  first proposal 50/50, the plant's counter-proposal of 25 % rejected, **35 %** agreed in
  addendum No. 2 (DOCX, also forwarded as message/rfc822) and paid in the second tranche.
- Sanctions obstacles: EU sanctions (Finland: soldering line spare parts), Korean export
  controls (signal generators, spectrum analysers).
- Alternative supplier: Karadeniz Lehim (Turkey), offered, ordered, contracted, installed.
- Shortages: soldering line spare parts; A-037 radio altimeter transceivers.
- Foreign travel: family of four to Budva, Montenegro (August 2023); family of four to
  Uzbekistan (October 2023, one message is the loose one without Message-ID); Liakhovich and
  Savitskaya on business to Moscow and Lesnogorsk (May 2023).
- Citizenship: Hanna by+ru; Siarhei by; Pavel by. Family: spouse, two children (told by both
  parents), the children as siblings, Hanna's brother. Employment of ten people.
- Watchlist hits: the plant, Orbita-Trenazh (Lesnogorsk), Gromov, and the Kyrgyz broker.

## Traps (no finding)

- The Lithuanian trip (Vilnius sanatorium, June 2023): visas refused, trip cancelled.
- Karta Polaka (not citizenship); Pavel's Polish residence card (not citizenship); "someone in
  quality control got Russian citizenship" (unnamed person, reported speech).
- Domestic trips to Minsk (Госкомвоенпром) and a domestic sanatorium offer; a cancelled trip
  to Bursa; hypothetical trips ("Может, в Черногорию?" before it was booked, Georgia in spring).
- The Kyrgyz broker's offer to bring Korean instruments in through Kyrgyzstan: declined (no
  alternative_supplier; the broker is still a watchlist hit).
- "If sanctions are ever lifted we will go back to the Finns": hypothetical.
- Civil work: radios of agricultural Mi-2 of an airline; the simulator "for Mi-8MTV and Mi-17
  crews" is development, not maintenance.
- Funding shares 50 % and 25 %: proposed, not the final share.
- Watchlist near misses: GROMOV Arkadiy *Petrovich*; LYAKHOVICH Sergey Viktorovich born 1961,
  Russian (ours: born 1980, Belarusian); LIAKHOVICH Hanna Mikhailauna born 1951; ORBITA-TRENAZH
  LLC in Yekaterinburg; SVIRAN MACHINE-BUILDING PLANT (another firm in the same town);
  KARADENIZ SAVUNMA TEKNOLOJILERI (another Turkish firm).

## Files

- `make_case.py`: the deterministic generator (standard library only). `python3 make_case.py`
  writes the case; `python3 make_case.py --check` decodes every message with Python's email
  package and checks that every quote is in the cited message and every cited id exists.
- `mailbox.mbox`, `loose/*.eml`, `watchlist.ftm.json` (FollowTheMoney JSON lines),
  `truth.json` (format of `shared/spec/findings-format.md`).

Score a run with `python3 /work/shared/tools/score_case.py truth.json FINDINGS.json`.
"""


def main():
    files = build_files()
    files["watchlist.ftm.json"] = watchlist_bytes()
    truth = build_truth(files)
    files["truth.json"] = (json.dumps(truth, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    files["README.md"] = README.encode("utf-8")
    if "--check" in sys.argv[1:]:
        # the files on disk must be what the generator writes
        stale = []
        for name, data in files.items():
            p = os.path.join(HERE, name)
            if not os.path.exists(p) or open(p, "rb").read() != data:
                stale.append(name)
        problems, n_msgs, n_quotes = check(files, truth)
        if stale:
            problems.append("files on disk differ from the generator's output (run without --check): %s" % stale)
        for p in problems:
            print("PROBLEM:", p)
        print("%d messages decoded, %d findings, %d citations checked, %d problems"
              % (n_msgs, len(truth["findings"]), n_quotes, len(problems)))
        return 1 if problems else 0
    os.makedirs(os.path.join(HERE, "loose"), exist_ok=True)
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    print("wrote %d files; %d messages in the mbox, %d loose; %d findings"
          % (len(files), sum(1 for m in MSGS if not m["loose"]), sum(1 for m in MSGS if m["loose"]),
             len(truth["findings"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
