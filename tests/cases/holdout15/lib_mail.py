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
