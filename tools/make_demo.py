#!/usr/bin/env python3
"""Write the bundled demo mailbox (src/paperchase/data/demo/): a small,
wholly fictional plant's mail in Russian, Belarusian and English, in koi8-r,
windows-1251 and utf-8, with a DOCX attachment and a forwarded message.

    python3 tools/make_demo.py

The output is committed; run this again only to change the sample."""

from __future__ import annotations

import io
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "paperchase" / "data" / "demo"

PLANT = "zarz.example.by"
PEOPLE = {
    "belozerov": ("Белозёров Кирилл Андреевич", f"k.belozerov@{PLANT}"),
    "belaziorau": ("Кірыл Белазёраў", f"k.belozerov@{PLANT}"),
    "sukhovei": ("Суховей Т.Г.", f"t.sukhovei@{PLANT}"),
    "office": ("Канцелярия ОАО «ЗАРЗ»", f"office@{PLANT}"),
    "sokol": ("Громыко Леонид Ильич", "l.gromyko@kb-sokol.example.ru"),
    "brent": ("Alan Whitcombe", "a.whitcombe@brent-mt.example.co.uk"),
    "formosa": ("Chen Yu-ting", "sales@formosa-pm.example.tw"),
    "marina": ("Марина Белозёрова", "marina.b@mail.example.by"),
}


def addr(key: str, charset: str = "utf-8") -> str:
    name, email = PEOPLE[key]
    return formataddr((str(Header(name, charset)), email))


def text_message(n: int, sender: str, to: str, subject: str, body: str, date: str, charset: str,
                 cte: str = "base64", reply_to: str | None = None) -> MIMEText:
    msg = MIMEText(body, "plain", charset)
    if cte == "8bit":
        del msg["Content-Transfer-Encoding"]
        msg.set_payload(body.encode(charset))
        msg["Content-Transfer-Encoding"] = "8bit"
        msg.replace_header("Content-Type", "text/plain")  # as old mailers wrote it: no charset label
    msg["From"] = addr(sender, charset if charset != "koi8-r" else "koi8-r")
    msg["To"] = addr(to)
    msg["Subject"] = Header(subject, charset)
    msg["Date"] = date
    msg["Message-ID"] = f"<demo-{n:03d}@{PLANT}>"
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    return msg


def docx_bytes(paragraphs: list[str]) -> bytes:
    import docx  # python-docx, a dependency of paperchase

    doc = docx.Document()
    for p in paragraphs:
        doc.add_paragraph(p)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def messages() -> list[MIMEText | MIMEMultipart]:
    out: list[MIMEText | MIMEMultipart] = []
    out.append(text_message(
        1, "sukhovei", "belozerov", "План ремонта на 2024 год",
        "Кирилл Андреевич, добрый день.\n\nВ план на 2024 год по гособоронзаказу Министерства обороны "
        "Российской Федерации включены четыре вертолёта Ми-8МТВ-5 на капитальный ремонт с модернизацией "
        "и два Ми-17 на капитальный ремонт.\n\nС уважением,\nТ.Г. Суховей\nначальник планово-диспетчерского отдела\n"
        "ОАО \"Заречный авиаремонтный завод\"\nтел. +375 17 000-00-01\n",
        "Mon, 02 Oct 2023 09:12:00 +0300", "koi8-r", cte="8bit"))
    out.append(text_message(
        2, "brent", "belozerov", "Your enquiry for a horizontal machining centre",
        "Dear Mr Belozerov,\n\nThank you for your enquiry. Unfortunately, because of UK sanctions against "
        "Belarus we are not permitted to supply machine tools, spare parts or services to your company.\n\n"
        "Kind regards,\nAlan Whitcombe\nExport Sales Manager, Brent Machine Tools Ltd\n",
        "Tue, 10 Oct 2023 14:03:00 +0100", "utf-8", cte="quoted-printable"))
    out.append(text_message(
        3, "belozerov", "sukhovei", "Станки: замена британскому поставщику",
        "Татьяна Геннадьевна,\n\nиз-за санкций Великобритании станки Brent нам не продадут. Работы по "
        "корпусам редукторов стоят – нет оборудования для расточки.\n\nТайваньская фирма Formosa Precision "
        "Machinery предлагает свой обрабатывающий центр, я запросил коммерческое предложение.\n\n--\n"
        "К.А. Белозёров\nглавный конструктор ОАО «ЗАРЗ»\n",
        "Wed, 11 Oct 2023 08:40:00 +0300", "windows-1251", reply_to="<demo-002@zarz.example.by>"))
    # Belarusian, utf-8
    out.append(text_message(
        4, "belaziorau", "office", "Заява на адпачынак",
        "Прашу прадаставіць мне працоўны адпачынак з 28.12.2023 па 08.01.2024.\n\nНа Новы год еду з жонкай "
        "Марынай і дачкой Палінай у Германію, у Гёрліц.\n\nК.А. Белазёраў\nгалоўны канструктар\n",
        "Mon, 20 Nov 2023 11:00:00 +0300", "utf-8"))
    # a contract draft in DOCX
    m = MIMEMultipart()
    m["From"] = addr("sokol")
    m["To"] = addr("belozerov")
    m["Subject"] = Header("Дополнительное соглашение по ЛС-12", "utf-8")
    m["Date"] = "Thu, 23 Nov 2023 16:20:00 +0700"
    m["Message-ID"] = "<demo-005@kb-sokol.example.ru>"
    m.attach(MIMEText("Кирилл Андреевич, направляю проект дополнительного соглашения.\n\nЛ.И. Громыко\n"
                      "генеральный директор АО «КБ «Сокол-Авиа»\n", "plain", "utf-8"))
    att = MIMEApplication(docx_bytes([
        "Дополнительное соглашение № 2 к договору о совместной разработке",
        "АО «КБ «Сокол-Авиа» (Российская Федерация) и ОАО «Заречный авиаремонтный завод» совместно "
        "разрабатывают лёгкий самолёт ЛС-12.",
        "Доля финансирования ОАО «ЗАРЗ» увеличивается с 30% до 50%.",
    ]), "vnd.openxmlformats-officedocument.wordprocessingml.document")
    att.add_header("Content-Disposition", "attachment", filename="soglashenie-2.docx")
    m.attach(att)
    out.append(m)
    out.append(text_message(
        6, "marina", "belozerov", "Паспорта",
        "Кирюша, не забудь: у тебя два паспорта, белорусский и российский, у меня только белорусский. "
        "Визы в Германию получили все трое.\n\nМарина\n",
        "Fri, 24 Nov 2023 19:45:00 +0300", "windows-1251"))
    # a forwarded message (message/rfc822)
    fwd = MIMEMultipart()
    fwd["From"] = addr("belozerov")
    fwd["To"] = addr("sukhovei")
    fwd["Subject"] = Header("Fwd: Your enquiry for a horizontal machining centre", "utf-8")
    fwd["Date"] = "Mon, 27 Nov 2023 10:05:00 +0300"
    fwd["Message-ID"] = "<demo-007@zarz.example.by>"
    fwd.attach(MIMEText("Для сведения: ответ британцев.\n", "plain", "utf-8"))
    fwd.attach(MIMEMessage(out[1]))
    out.append(fwd)
    return out


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "loose").mkdir(exist_ok=True)
    msgs = messages()
    with open(OUT / "mailbox.mbox", "wb") as fh:
        for m in msgs[:-2]:
            fh.write(b"From demo@example.by Mon Jan  1 00:00:00 2024\n")
            raw = m.as_bytes()
            fh.write(raw.replace(b"\nFrom ", b"\n>From ") + b"\n\n")
    for i, m in enumerate(msgs[-2:], 1):
        (OUT / "loose" / f"{i:03d}.eml").write_bytes(m.as_bytes())
    (OUT / "watchlist.csv").write_text(
        "name,schema,country,notes\n"
        "KB Sokol-Avia JSC,Company,ru,fictional entry for the demo\n"
        "GROMYKO Leonid Ilyich,Person,ru,fictional entry for the demo\n"
        "GROMYKO Leonid Ivanovich,Person,ru,near miss: another patronymic\n",
        encoding="utf-8",
    )
    (OUT / "README.md").write_text(
        "# The bundled demo mailbox\n\nWholly fictional (people, firms, domains under example.*), written for "
        "paperchase by tools/make_demo.py: Russian, Belarusian and English mail in koi8-r, windows-1251 and "
        "utf-8, with a DOCX attachment and a forwarded message. `paperchase demo` runs the whole job on it.\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
