#!/usr/bin/env python3
"""Build holdout4: mailbox of Zakhar Terekhin, export manager at the fictional
JSC Onega Marine Turbine Works (OZKT), Petrozavodsk, Russia, Oct 2023 - Sep 2024.
Run with /work/main/.venv/bin/python make_case.py (python-docx, openpyxl)."""
import base64, hashlib, io, json, os, quopri, re, zipfile
from email.header import Header
from email.utils import formataddr
import docx, openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = {}      # key -> list of text chunks (body and attachment texts)
IDS = {}        # key -> message id
MSGS = []       # (key, raw bytes, from addr, date, loose)

def mid(key, domain):
    return "<%s@%s>" % (hashlib.sha256(("h4" + key).encode()).hexdigest()[:16], domain)

def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        try: s.encode(cs)
        except UnicodeEncodeError: cs = "utf-8"
        return Header(s, cs).encode()

def addr(name, email, cs="utf-8"):
    if not name: return email
    try:
        name.encode("ascii"); return formataddr((name, email))
    except UnicodeEncodeError:
        try: name.encode(cs)
        except UnicodeEncodeError: cs = "utf-8"
        return "%s <%s>" % (Header(name, cs).encode(), email)

def enc_part(text, subtype="plain", cs="utf-8", cte="base64", label=True):
    data = text.encode(cs)
    ct = "text/%s" % subtype + ('; charset="%s"' % cs if label else "")
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "qp":
        body = quopri.encodestring(data); cte = "quoted-printable"
    else:
        body = data
    return b"Content-Type: " + ct.encode() + b"\nContent-Transfer-Encoding: " + cte.encode() + b"\n\n" + body

def att_part(fname, data, ctype):
    return ("Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n" % (ctype, fname, fname)).encode() + base64.encodebytes(data)

def headers(key, frm, to, subj, date, domain, cs, extra=""):
    IDS[key] = mid(key, domain)
    h = "From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n%s" % (
        addr(frm[0], frm[1], cs), addr(to[0], to[1], cs), hdr(subj, cs), date, IDS[key], extra)
    return h.encode()

def msg(key, frm, to, subj, date, body, cs="utf-8", cte="base64", html=False, label=True,
        atts=(), loose=False, extra="", texts=()):
    domain = frm[1].split("@")[1]
    if cs == "koi8-r":
        body = body.replace("«", '"').replace("»", '"').replace("—", "-").replace("№", "N")
    h = headers(key, frm, to, subj, date, domain, cs, extra)
    TEXTS[key] = [body] + list(texts)
    sub = "html" if html else "plain"
    btxt = body if not html else "<html><body>" + "".join("<p>%s</p>" % l for l in body.split("\n")) + "</body></html>"
    if not atts:
        raw = h + enc_part(btxt, sub, cs, cte, label)
    else:
        b = "==b%s==" % hashlib.md5(key.encode()).hexdigest()[:12]
        raw = h + ('Content-Type: multipart/mixed; boundary="%s"\n\n' % b).encode()
        raw += ("--%s\n" % b).encode() + enc_part(btxt, sub, cs, cte, label) + b"\n"
        for a in atts:
            raw += ("--%s\n" % b).encode() + a + b"\n"
        raw += ("--%s--\n" % b).encode()
    MSGS.append((key, raw, frm[1], date, loose))
    return raw

def make_docx(paras, table=None):
    d = docx.Document()
    for p in paras: d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for r in table:
            cells = t.add_row().cells
            for c, v in zip(cells, r): c.text = v
    f = io.BytesIO(); d.save(f); return f.getvalue()

def make_xlsx(rows):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "План"
    for r in rows: ws.append(r)
    f = io.BytesIO(); wb.save(f); return f.getvalue()

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# --- people and addresses ---
ZT = ("Терехин Захар Вениаминович", "z.terekhin@ozkt.example.ru")
ZTL = ("Zakhar Terekhin", "z.terekhin@ozkt.example.ru")
AB = ("Брусникин Аркадий Семёнович", "director@ozkt.example.ru")
VL = ("Лагуновіч Віктар", "v.lagunovich@ozkt.example.ru")
NA = ("Нурлан Ахметов", "n.akhmetov@kaspiyturbo.example.kz")
OT = ("Оксана Терехина", "oksana.t@pochta.example.ru")
HK = ("Галина Ковальчук", "h.kovalchuk@ukr.example.ua")
QY = ("Qiao Yufei", "qiao.yufei@huachen-balance.example.cn")
HW = ("Hartwig Export Control", "export@hartwig-wucht.example.de")
SH = ("Shinoda Machinery Overseas", "overseas@shinoda-mc.example.jp")
AN = ("Anatolia Bridge Trade", "info@anatoliabridge.example.com.tr")
GP = ("Rohan Deshpande", "rohan.d@godavari-grind.example.in")
BZ = ("БЗПА збыт", "zbyt@bzpa.example.by")
OK_ = ("Отдел кадров", "hr@ozkt.example.ru")
IT = ("ИТ-служба", "it@ozkt.example.ru")

def D(d, t="09:15"):
    import datetime
    dt = datetime.datetime.strptime(d + " " + t, "%Y-%m-%d %H:%M")
    return dt.strftime("%a, %d %b %Y %H:%M:00 +0300")

# ================= substantive =================
xl_rows = [["Изделие", "Заказчик", "Кол-во", "Вид работ"],
           ["М-70ФРУ", "ВМФ России (в/ч 20914)", 4, "капитальный ремонт"],
           ["ДТ-59", "ВМФ России (в/ч 20914)", 2, "капитальный ремонт"],
           ["ДП-71", "ВМС Республики Казахстан", 2, "капитальный ремонт"],
           ["ГТУ-16П", "ООО «Северный газовый транзит», КС «Медвежья»", 3, "средний ремонт"]]
msg("plan", AB, ZT, "План ремонта на 2024 год", D("2023-10-12"),
    "Коллеги,\n\nнаправляю проект плана ремонта на 2024 год (в приложении).\n"
    "Основной заказчик по М-70ФРУ и ДТ-59 - Военно-морской флот Российской Федерации, сроки жёсткие, "
    "корабли проекта 1155 должны выйти из ремонта до навигации.\n"
    "ГТУ-16П для газовиков идут отдельной строкой, это гражданская тема.\n\n"
    "Генеральный директор\nА.С. Брусникин", cs="windows-1251",
    atts=[att_part("plan2024.xlsx", make_xlsx(xl_rows), XLSX)],
    texts=["ВМФ России (в/ч 20914)", "ВМС Республики Казахстан", "М-70ФРУ", "ДТ-59", "ДП-71"])

msg("kz_offer", NA, ZT, "Предложение о сотрудничестве", D("2023-11-02", "11:40"),
    "Уважаемый Захар Вениаминович!\n\n"
    "По итогам нашей встречи на выставке в Астане предлагаем АО «ОЗКТ» совместно разработать "
    "судовой газотурбинный генератор ГТГ-800 «Бриз» мощностью 800 кВт для прибрежных судов.\n"
    "Кроме того, командование ВМС Казахстана готово передать вам на капитальный ремонт два двигателя ДП-71 "
    "с патрульных кораблей, базирующихся в Актау.\n\n"
    "С уважением,\nНурлан Ахметов\nдиректор ТОО «Каспий Турбо Сервис»\nг. Актау, Республика Казахстан",
    cte="qp")

proto1 = ["ПРОТОКОЛ О НАМЕРЕНИЯХ",
          "АО «Онежский завод корабельных турбин» и ТОО «Каспий Турбо Сервис» намерены совместно выполнить ОКР по созданию газотурбинного генератора ГТГ-800 «Бриз».",
          "Финансирование ОКР стороны несут в равных долях (50 % / 50 %).",
          "От АО «ОЗКТ»: генеральный директор А.С. Брусникин",
          "От ТОО «Каспий Турбо Сервис»: директор Н.Б. Ахметов"]
msg("proto1", ZT, AB, "Протокол о намерениях по ГТГ-800", D("2023-12-06", "16:05"),
    "Аркадий Семёнович,\n\nнаправляю согласованный с казахстанской стороной протокол о намерениях по ГТГ-800. "
    "Прошу подписать.\n\nЗ.В. Терехин\nменеджер по экспорту отдела ВЭД", cs="koi8-r",
    atts=[att_part("protocol_gtg800.docx", make_docx(proto1), DOCX)], texts=proto1)

proto2 = ["ПРОТОКОЛ № 2 заседания координационного совета по ОКР «Бриз»",
          "Стороны договорились изменить распределение затрат, установленное протоколом о намерениях от 06.12.2023.",
          "Доля финансирования: АО «ОЗКТ» — 65 %, ТОО «Каспий Турбо Сервис» — 35 %.",
          "Головной исполнитель по турбокомпрессору - АО «ОЗКТ», по генератору и системе управления - ТОО «Каспий Турбо Сервис»."]
zb = io.BytesIO()
with zipfile.ZipFile(zb, "w") as z:
    z.writestr("protocol2_briz.docx", make_docx(proto2))
msg("proto2", NA, ZT, "Протокол №2 по Бризу", D("2024-02-20", "10:22"),
    "Захар, добрый день.\n\nВысылаю подписанный с нашей стороны протокол №2, новая раскладка по деньгам там, в архиве. "
    "Ждём вас в Актау в марте.\n\nНурлан",
    atts=[att_part("protocol2.zip", zb.getvalue(), "application/zip")], texts=proto2)

order = ["ПРИКАЗ № 47-к от 01.03.2024",
         "О командировании работников",
         "Командировать в г. Актау (Республика Казахстан) с 11 по 15 марта 2024 г. для переговоров по ОКР ГТГ-800 «Бриз» с ТОО «Каспий Турбо Сервис»:",
         "- Брусникина Аркадия Семёновича, генерального директора;",
         "- Терехина Захара Вениаминовича, менеджера по экспорту отдела ВЭД.",
         "Генеральный директор А.С. Брусникин"]
msg("order_kz", OK_, ZT, "Приказ о командировании (Актау)", D("2024-03-01", "14:00"),
    "Добрый день!\n\nВо вложении приказ о командировании в Казахстан. Командировочные удостоверения заберите в кабинете 214.\n\n"
    "Инспектор отдела кадров\nЗ.П. Мельникова", cs="windows-1251",
    atts=[att_part("prikaz_47k.docx", make_docx(order), DOCX)], texts=order)

msg("kz_back", ZT, VL, "Актау", D("2024-03-18", "08:50"),
    "Виктор, привет.\n\nВернулись из Актау в субботу, Аркадий Семёнович доволен. По «Бризу» турбокомпрессор за нами, "
    "генератор и САУ за казахами, всё как в протоколе №2.\n"
    "Нурлан Бекович познакомил нас со своим братом, Ерланом Ахметовым, тот у них в морском порту начальником смены, "
    "обещал помочь с растаможкой.\n\nЗахар", cs="koi8-r")

msg("hartwig", HW, ZTL, "RE: Request for quotation - HBM-3000 balancing machine", D("2023-11-15", "13:12"),
    "Dear Mr Terekhin,\n\nthank you for your enquiry. We regret to inform you that we cannot make an offer: "
    "balancing machines of the HBM series fall under Council Regulation (EU) No 833/2014, and Hartwig Auswuchttechnik GmbH "
    "is prohibited from selling or exporting them, directly or indirectly, to any person in Russia.\n\n"
    "Kind regards,\nExport Control Office\nHartwig Auswuchttechnik GmbH, Darmstadt\n\n"
    "-----Original Message-----\nFrom: Zakhar Terekhin [mailto:z.terekhin@ozkt.example.ru]\nSent: Monday, November 13, 2023 10:02 AM\n"
    "Subject: Request for quotation - HBM-3000 balancing machine\n\n"
    "Dear Sirs,\nJSC Onega Marine Turbine Works kindly asks for your quotation for one HBM-3000 horizontal balancing machine "
    "for gas turbine rotors up to 3 t.\nZakhar Terekhin\nExport Manager, JSC Onega Marine Turbine Works")

msg("shinoda", SH, ZTL, "Spare parts for SGX-450 grinder", D("2023-12-01", "07:30"),
    "Dear Mr Terekhin,\n\nwe have checked your order for spindle units and control boards for the SGX-450 CNC grinding machine. "
    "These items are controlled under Japan's Foreign Exchange and Foreign Trade Act and, in line with the measures against Russia, "
    "we are unable to ship them to your company or through any third country.\n\n"
    "Best regards,\nT. Mori\nShinoda Machinery Co., Ltd., Overseas Sales", cte="qp")

anat = ("Dear Mr Terekhin,\n\nwe understand that European manufacturers refuse to deliver to Russia. "
        "Our company can supply original Hartwig HBM-3000 balancing machines through our warehouse in Istanbul, "
        "with new documents showing a Turkish end user. Delivery 10 weeks, 30% prepayment.\n\n"
        "Best regards,\nMurat Kaya\nAnatolia Bridge Dis Ticaret Ltd. Sti.")
msg("anatolia", AN, ZTL, "Original German balancing machines - fast delivery", D("2024-01-10", "12:00"), anat)
msg("anatolia_no", AB, ZT, "Re: Original German balancing machines - fast delivery", D("2024-01-11", "09:05"),
    "Захар Вениаминович,\n\nтурецкую схему не рассматриваем - это серый реэкспорт с подменой конечного пользователя, "
    "нам такие истории не нужны. Откажите им вежливо.\n\nА.С.\n\n"
    "> Our company can supply original Hartwig HBM-3000 balancing machines through our warehouse in Istanbul,\n"
    "> with new documents showing a Turkish end user.", cs="windows-1251")

msg("huachen", QY, ZTL, "Quotation HB-5000 / OZKT", D("2024-01-22", "05:40"),
    "Dear Mr Terekhin,\n\nfollowing your request, please find our quotation for one HB-5000 horizontal dynamic balancing machine "
    "(rotor mass up to 5 t), as discussed with your Director General Mr Arkady Brusnikin, manufactured by Wuxi Huachen Dynamic Balancing Machine Co., Ltd. Price FCA Wuxi: USD 412,000. "
    "Lead time 14 weeks.\n\nBest regards,\nQiao Yufei\nExport Sales Manager\nWuxi Huachen Dynamic Balancing Machine Co., Ltd.\n无锡华辰动平衡机有限公司")

msg("huachen_ok", AB, ZT, "Re: Балансировочная машина", D("2024-01-29", "17:20"),
    "Захар Вениаминович,\n\nсогласен: вместо немецкой Hartwig берём китайскую HB-5000 у Хуачэнь. Готовьте контракт, "
    "приёмку на заводе в Уси пусть проводит Лагунович, сроки согласуйте с Цяо Юйфэй.\n"
    "Если санкции когда-нибудь снимут, тогда и вернёмся к немецким станкам, а пока так.\n\nБрусникин\n\n"
    "-----Original Message-----\nFrom: Терехин З.В.\nSent: 26.01.2024 15:11\n"
    "Аркадий Семёнович, по балансировке предлагаю взять китайский аналог HB-5000 (Уси, КНР), цена приемлемая, "
    "в РФ уже три такие машины работают.", cte="qp")

msg("fat_invite", QY, ("Viktar Lahunovich", VL[1]), "Factory acceptance test HB-5000, 14-17 May", D("2024-04-08", "04:15"),
    "Dear Mr Lahunovich,\n\nwe are glad to invite you to the factory acceptance test of the HB-5000 machine ordered by OZKT "
    "at our plant in Wuxi, Jiangsu, from 14 to 17 May 2024. Our driver will meet you at Shanghai Pudong airport.\n\n"
    "Best regards,\nQiao Yufei\nExport Sales Manager, Wuxi Huachen")

msg("vl_transit", VL, ZT, "Уксі", D("2024-05-10", "19:30"),
    "Захар, прывітанне.\n\nУ панядзелак лячу ў Кітай на прыёмку машыны. Квіткі праз Алматы, там толькі перасадка на тры гадзіны, "
    "з аэрапорта не выходжу. Калі што - пішы на пошту, у Усі будзе інтэрнэт.\n\nВіктар", cs="windows-1251")

msg("vl_back", VL, ZT, "Re: Уксі", D("2024-05-20", "08:10"),
    "Вярнуўся з Усі ў суботу. Машыну HB-5000 прынялі, пратакол прыёмкі падпісаў, адгрузка ў чэрвені.\n\n"
    "Віктар Лагуновіч\nвядучы інжынер па якасці АА «ОЗКТ»", cs="utf-8", cte="8bit")

msg("godavari", GP, ZTL, "Spindle units and control boards - alternative to SGX-450 parts", D("2024-02-12", "06:55"),
    "Dear Mr Terekhin,\n\nGodavari Precision Grinders Pvt. Ltd. (Nashik, India) can manufacture spindle units compatible with "
    "your SGX-450 grinders and retrofit the machines with our own CNC control boards. We would be happy to host your engineers in Nashik.\n\n"
    "Regards,\nRohan Deshpande\nSales Manager, Godavari Precision Grinders Pvt. Ltd.")
msg("godavari_weigh", ZT, AB, "Индийский вариант по шлифовальным станкам", D("2024-02-14", "10:40"),
    "Аркадий Семёнович,\n\nпо шпинделям и платам для SGX-450 вместо японских Godavari (Индия) предлагает свои узлы и ретрофит. "
    "Предлагаю рассмотреть: запросил образцы и КП, в апреле можно съездить в Нашик.\n\n"
    "З.В. Терехин", cs="windows-1251")
msg("india_cancel", ZT, GP, "Re: Visit to Nashik", D("2024-04-02", "09:00"),
    "Dear Mr Deshpande,\n\nunfortunately our visit to Nashik planned for 15-19 April has to be cancelled: our delegation "
    "could not get the approvals in time. We still study your offer and will send the drawings for the spindle samples next week.\n\n"
    "Best regards,\nZakhar Terekhin\nExport Manager, OZKT")

msg("bzpa", BZ, ZT, "Адгрузка фарсунак", D("2024-04-16", "11:11"),
    "Шаноўны Захар Веніямінавіч!\n\nНа жаль, адгрузка паліўных фарсунак для М-70ФРУ у красавіку зрываецца: "
    "няма жароўстойлівага прутка, пастаўшчык перанёс тэрміны на жнівень.\n\n"
    "З павагай,\nаддзел збыту ААТ «Барысаўскі завод паліўнай апаратуры»", cs="windows-1251")
msg("shortage_memo", ZT, AB, "Дефицит комплектующих", D("2024-04-18", "15:45"),
    "Аркадий Семёнович,\n\nсводка по дефициту:\n"
    "1. Топливные форсунки М-70ФРУ: Борисов сорвал поставку, два двигателя стоят на сборке без форсунок.\n"
    "2. Ремкомплекты уплотнений ДТ-59: на складе нет ни одного, дефектация второго двигателя приостановлена.\n\n"
    "З.В. Терехин", cs="koi8-r")
msg("seals", VL, ZT, "Ущільнення ДТ-59", D("2024-04-22", "13:00"),
    "Захар,\n\nпа ДТ-59 зноў стаім: рамкамплектаў ушчыльненняў няма, а без іх другі рухавік не здаём.\n\nВіктар", cs="utf-8", cte="qp")

visa = ["АНКЕТА заявителя на получение шенгенской визы",
        "Фамилия, имя, отчество: Терехин Захар Вениаминович",
        "Гражданство: Российская Федерация",
        "Цель поездки: посещение выставки Marine Tech Helsinki, 20-22 февраля 2024 г."]
msg("visa_app", ZT, ("Визовый центр", "visa@vfs-fi.example.com"), "Анкета на визу", D("2024-01-15", "12:30"),
    "Добрый день,\n\nнаправляю заполненную анкету.\n\nТерехин З.В.",
    atts=[att_part("anketa.docx", make_docx(visa), DOCX)], texts=visa)
msg("visa_refused", ("Consulate General of Finland", "visa@um.example.fi"), ZTL, "Decision on your visa application", D("2024-02-09", "10:00"),
    "Dear applicant,\n\nyour application for a Schengen visa (trip to Helsinki, 20-22 February 2024) has been examined and the visa "
    "has been refused. The reasons are stated in the attached standard form.\n\nConsulate General of Finland")

msg("leave", ZT, OK_, "Заявление на отпуск", D("2024-06-20", "10:10"),
    "Прошу предоставить ежегодный отпуск с 5 по 18 августа 2024 г. Выезжаю в Турецкую Республику (г. Анталья) вместе с супругой, "
    "Терехиной Оксаной Павловной.\n\nменеджер по экспорту отдела ВЭД З.В. Терехин", cs="windows-1251", label=False, cte="8bit")
msg("booking", ("Riviera Antalya Hotel", "booking@riviera-antalya.example.com.tr"), ZTL, "Booking confirmation RA-240805-117", D("2024-06-22", "18:00"),
    "Dear Mr Terekhin,\nyour reservation is confirmed.\nGuests: Mr Zakhar Terekhin, Mrs Oksana Terekhina\n"
    "Check-in: 5 August 2024, check-out: 18 August 2024, Riviera Antalya Hotel, Antalya, Turkey.\nWe look forward to welcoming you!",
    html=True)
msg("oksana_sea", OT, ZT, "море", D("2024-08-21", "21:14"),
    "Захарчик, скинь мне фотки с телефона, которые мы в Анталье делали, особенно с яхты. Маме хочу отправить.\n"
    "И не забудь, что в субботу мы у твоих, я испеку пирог.\nТвоя Оксана", cs="koi8-r")
msg("halyna", HK, ZT, "Привіт з Одеси", D("2024-03-04", "20:00"),
    "Любий зятю!\n\nНаша Оксанка, моя донька, вже тиждень не відповідає на телефон, передай їй, що я чекаю дзвінка. "
    "У нас усе добре, тільки тиск скаче. Погода в Одесі тепла.\n\nЦілую, Галина Ковальчук", cs="utf-8", cte="base64")

msg("vl_hr", OK_, ZT, "Документы Лагуновича для визы в КНР", D("2024-04-01", "11:30"),
    "Захар Вениаминович, для китайского приглашения: Лагунович Виктор Антонович, ведущий инженер по качеству, "
    "гражданин Республики Беларусь, паспорт MC4471902, вид на жительство в Российской Федерации до 12.09.2029.\n"
    "Инспектор ОК З.П. Мельникова", cs="windows-1251")

msg("baltiysk", AB, ZT, "Командировка в Балтийск", D("2024-06-03", "09:45"),
    "Захар Вениаминович, 10-12 июня едете со мной в Балтийск, на базу Балтийского флота: сдача двух М-70ФРУ после ремонта "
    "и согласование графика на 2025 год с представителями ВМФ.\nБрусникин", cs="koi8-r")

msg("kz_navy", NA, ZT, "ДП-71", D("2024-06-27", "15:00"),
    "Захар, добрый день.\n\nВМС Казахстана подтвердили: оба двигателя ДП-71 с патрульных кораблей отправляем вам в ремонт "
    "железной дорогой в июле. Документы на вывоз оформляем мы.\n\nН.Б. Ахметов\nдиректор ТОО «Каспий Турбо Сервис»")

inner_raw = (b"From: =?utf-8?b?" + base64.b64encode("Судостроительный вестник".encode()) + b"?= <news@sudvestnik.example.ru>\n"
             b"To: subscribers@sudvestnik.example.ru\nSubject: =?utf-8?b?" + base64.b64encode("Новости отрасли".encode()) + b"?=\n"
             b"Date: Mon, 15 Jul 2024 08:00:00 +0300\nMessage-ID: <9a7c11d0e4b2f315@sudvestnik.example.ru>\nMIME-Version: 1.0\n"
             b"Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n" +
             base64.encodebytes("АО «Балтийский турбинный центр» получило из Китая две балансировочные машины и "
                                "возобновило ремонт газотурбинных двигателей для кораблей Северного флота. "
                                "Ранее немецкий поставщик отказал предприятию из-за санкций ЕС.".encode()))
msg("news_fwd", VL, ZT, "Fwd: Новости отрасли", D("2024-07-16", "10:00"),
    "Глядзі, у Балтыйскім турбінным цэнтры тая ж гісторыя, што і ў нас.\nВіктар", cs="utf-8", cte="qp",
    atts=[b"Content-Type: message/rfc822\nContent-Disposition: inline\n\n" + inner_raw],
    texts=["АО «Балтийский турбинный центр» получило из Китая две балансировочные машины"])

msg("gas_civil", ("Северный газовый транзит", "tender@sevgaztranzit.example.ru"), ZT, "ГТУ-16П КС Медвежья", D("2024-02-27", "08:30"),
    "Уважаемый Захар Вениаминович!\n\nПодтверждаем вывод в средний ремонт трёх ГТУ-16П компрессорной станции «Медвежья» с 1 апреля. "
    "Договор на ремонт газоперекачивающих агрегатов направляем на подпись.\n\nОтдел закупок ООО «Северный газовый транзит»", cs="windows-1251")

msg("huachen_ship", QY, ZTL, "HB-5000 shipped", D("2024-06-14", "03:20"),
    "Dear Mr Terekhin,\n\nthe HB-5000 balancing machine under contract WHC-24-031 with OZKT has been shipped today by rail "
    "from Wuxi via Khorgos. Installation supervision is planned for July.\n\nQiao Yufei\nExport Sales Manager", loose=True)

msg("annual_report", ZT, AB, "Справка по ВЭД за 9 месяцев", D("2024-09-25", "16:30"),
    "Аркадий Семёнович, коротко по ВЭД:\n"
    "- ремонт М-70ФРУ и ДТ-59 для ВМФ России идёт по графику, кроме позиций с дефицитом форсунок;\n"
    "- два ДП-71 ВМС Казахстана приняты в ремонт;\n"
    "- по «Бризу» финансирование 65 на 35, наша доля 65 %;\n"
    "- балансировка: китайская HB-5000 смонтирована, немецкая Hartwig недоступна из-за санкций ЕС;\n"
    "- шлифовальные SGX-450: японцы отказали, ждём образцы шпинделей от индийской Godavari.\n\n"
    "З.В. Терехин", cs="koi8-r", loose=True)

# ================= routine noise =================
noise = [
 ("n1", IT, ZT, "Плановые работы", "2023-10-03", "Уважаемые пользователи!\n\nВ субботу с 10:00 до 14:00 почтовый сервер будет недоступен.\n\nИТ-служба", "windows-1251"),
 ("n2", ("Профком", "union@ozkt.example.ru"), ZT, "Ёлка для детей", "2023-12-12", "Профком приглашает детей работников на новогоднюю ёлку 27 декабря в ДК. Билеты в кабинете 108.", "koi8-r"),
 ("n3", ("Marine Tech Digest", "news@marinedigest.example.com"), ZTL, "Weekly digest", "2023-10-20", "This week: LNG carriers order book, hybrid propulsion trends, port congestion in Rotterdam.", "utf-8"),
 ("n4", IT, ZT, "Смена пароля", "2023-11-01", "Срок действия вашего пароля истекает через 5 дней. Смените пароль в личном кабинете.", "utf-8"),
 ("n5", ("Столовая", "canteen@ozkt.example.ru"), ZT, "Меню на неделю", "2023-11-20", "Понедельник: борщ, котлета по-киевски. Вторник: уха, плов. Среда: рассольник, гуляш.", "windows-1251"),
 ("n6", ("Бухгалтерия", "buh@ozkt.example.ru"), ZT, "Авансовый отчёт", "2024-03-20", "Захар Вениаминович, сдайте авансовый отчёт по командировке до 25 числа, приложите посадочные талоны.", "koi8-r"),
 ("n7", ("БЗПА збыт", "zbyt@bzpa.example.by"), ZT, "Акт звяркі", "2023-10-25", "Дасылаем акт звяркі разлікаў за III квартал. Просім падпісаць і вярнуць адзін экзэмпляр.", "windows-1251"),
 ("n8", ("LinkedIn-like", "noreply@proflink.example.com"), ZTL, "You appeared in 4 searches", "2023-12-03", "You appeared in 4 searches this week. See who is looking at your profile.", "utf-8"),
 ("n9", OT, ZT, "купи хлеба", "2023-11-08", "Захар, на обратном пути купи хлеба и молока. И забери куртку из химчистки.", "utf-8"),
 ("n10", HK, ZT, "Рецепт", "2023-12-20", "Зятю, як і обіцяла - рецепт вареників з вишнями: борошно, вода, сіль, вишні без кісточок. Оксанка знає.", "utf-8"),
 ("n11", ("Охрана труда", "ot@ozkt.example.ru"), ZT, "Инструктаж", "2024-01-09", "Повторный инструктаж по охране труда состоится 16 января в 14:00 в актовом зале.", "windows-1251"),
 ("n12", VL, ZT, "Абед", "2024-01-18", "Ідзём абедаць а 12:30? Сёння ў сталовай піражкі.", "windows-1251"),
 ("n13", ("Freight Desk", "desk@balt-freight.example.com"), ZTL, "Rate update", "2024-02-01", "Please note our updated container rates from St Petersburg for February. Surcharges unchanged.", "utf-8"),
 ("n14", IT, ZT, "Обновление 1С", "2024-02-15", "В ночь на пятницу будет обновлена конфигурация 1С. Завершите работу до 20:00.", "koi8-r"),
 ("n15", ("Профком", "union@ozkt.example.ru"), ZT, "8 Марта", "2024-03-05", "Поздравляем наших женщин! Праздничный концерт 7 марта в 15:00.", "windows-1251"),
 ("n16", ("Expo Caspian", "info@expocaspian.example.kz"), ZTL, "Exhibitor newsletter", "2024-03-25", "Registration for Caspian Oil & Gas Week is open. Early bird discount until 30 April.", "utf-8"),
 ("n17", OT, ZT, "дача", "2024-05-03", "Мама звонила, спрашивает, когда приедем на дачу. Я сказала, что на майские не получится.", "koi8-r"),
 ("n18", ("Канцелярия", "office@ozkt.example.ru"), ZT, "Канцтовары", "2024-04-10", "Заявки на канцтовары на II квартал принимаются до 15 апреля.", "utf-8"),
 ("n19", ("Pharmacy Club", "club@apteka.example.ru"), ZT, "Скидка 10%", "2024-05-15", "Только до конца недели скидка 10% на витамины по карте клиента.", "utf-8"),
 ("n20", VL, ZT, "Футбол", "2024-06-07", "У суботу гуляем у міні-футбол з аддзелам якасці, прыходзь а 18:00.", "utf-8"),
 ("n21", IT, ZT, "Антивирус", "2024-06-18", "На ваших рабочих станциях будет обновлён антивирус. Перезагрузка не требуется.", "windows-1251"),
 ("n22", ("Marine Tech Digest", "news@marinedigest.example.com"), ZTL, "Weekly digest", "2024-07-02", "This week: shipyard consolidation in Korea, ammonia fuel pilots, a new dredger launched in the Netherlands.", "utf-8"),
 ("n23", ("Бухгалтерия", "buh@ozkt.example.ru"), ZT, "Расчётный листок", "2024-07-10", "Расчётные листки за июнь доступны в личном кабинете.", "koi8-r"),
 ("n24", HK, ZT, "Дякую", "2024-07-28", "Дякую за посилку, все дійшло. Бережіть себе.", "utf-8"),
 ("n25", ("Охрана", "security@ozkt.example.ru"), ZT, "Пропуска", "2024-08-26", "Продление пропусков на 2025 год - до 30 сентября, фото 3х4.", "windows-1251"),
 ("n26", ("Freight Desk", "desk@balt-freight.example.com"), ZTL, "Holiday schedule", "2024-08-30", "Our office will be closed on 2 September. Bookings will be processed the next day.", "utf-8"),
 ("n27", ("Профком", "union@ozkt.example.ru"), ZT, "Спартакиада", "2024-09-04", "Приглашаем на заводскую спартакиаду 14 сентября. Запись у профорга.", "koi8-r"),
 ("n28", IT, ZT, "Новый принтер", "2024-09-10", "В отделе ВЭД установлен новый принтер, драйверы ставятся автоматически.", "utf-8"),
 ("n29", ("Webinar Team", "events@turbotalk.example.com"), ZTL, "Webinar invitation", "2024-09-12", "Join our free webinar on condition monitoring of gas turbines, 26 September, 11:00 CET.", "utf-8"),
 ("n30", OT, ZT, "в субботу", "2024-09-18", "В субботу Матвей с Олей приедут к нам на обед, купи, пожалуйста, вина.", "windows-1251"),
]
for i, (k, f, t, s, d, b, cs) in enumerate(noise):
    cte = "qp" if i % 3 == 0 and cs == "utf-8" else "base64"
    msg(k, f, t, s, D(d, "%02d:%02d" % (8 + i % 9, (i * 7) % 60)), b, cs=cs, cte=cte, loose=(i % 10 == 9))

# ---- write outputs ----
def from_line(email, date):
    import email.utils as eu, time
    tt = eu.parsedate_tz(date)
    return ("From %s %s\n" % (email, time.strftime("%a %b %d %H:%M:%S %Y", tt[:9]))).encode()

os.makedirs(os.path.join(HERE, "loose"), exist_ok=True)
for f in os.listdir(os.path.join(HERE, "loose")):
    os.remove(os.path.join(HERE, "loose", f))
MSGS.sort(key=lambda m: __import__("email.utils").utils.parsedate_to_datetime(m[3]))
with open(os.path.join(HERE, "mailbox.mbox"), "wb") as mb:
    n = 0
    for key, raw, frm, date, loose in MSGS:
        if loose:
            n += 1
            open(os.path.join(HERE, "loose", "%03d.eml" % n), "wb").write(raw)
            continue
        body = re.sub(rb"(?m)^(>*From )", rb">\1", raw)
        mb.write(from_line(frm, date) + body.rstrip(b"\n") + b"\n\n")
json.dump({"ids": IDS, "texts": TEXTS}, open("/tmp/h4_texts.json", "w"), ensure_ascii=False)
print(len(MSGS), "messages")

# ================= watchlist =================
WL = [
 {"id": "wl-ru-1187", "schema": "Person", "caption": "BRUSNIKIN, Arkadiy Semenovich", "properties": {"name": ["BRUSNIKIN, Arkadiy Semenovich"], "alias": ["Брусникин Аркадий Семёнович", "BRUSNIKIN, Arkady Semyonovich"], "birthDate": ["1961-04-14"], "nationality": ["ru"], "position": ["General Director, JSC Onega Marine Turbine Works"]}, "datasets": ["watchlist"]},
 {"id": "wl-ru-4410", "schema": "Company", "caption": "ONEGA MARINE TURBINE WORKS JSC", "properties": {"name": ["ONEGA MARINE TURBINE WORKS JSC"], "alias": ["АО «Онежский завод корабельных турбин»", "OZKT", "ОЗКТ"], "jurisdiction": ["ru"], "address": ["Petrozavodsk, Republic of Karelia"], "sector": ["naval gas turbine repair"]}, "datasets": ["watchlist"]},
 {"id": "wl-ru-1188", "schema": "Person", "caption": "BRUSNIKIN, Arkadiy Sergeevich", "properties": {"name": ["BRUSNIKIN, Arkadiy Sergeevich"], "alias": ["Брусникин Аркадий Сергеевич"], "birthDate": ["1969-10-02"], "nationality": ["ru"], "position": ["Judge, Arbitration Court of the Republic of Karelia"]}, "datasets": ["watchlist"]},
 {"id": "wl-ru-5520", "schema": "Company", "caption": "ONEGA SHIPBUILDING AND SHIP REPAIR YARD JSC", "properties": {"name": ["ONEGA SHIPBUILDING AND SHIP REPAIR YARD JSC"], "alias": ["АО «Онежский судостроительно-судоремонтный завод»"], "jurisdiction": ["ru"], "address": ["Petrozavodsk, Republic of Karelia"]}, "datasets": ["watchlist"]},
 {"id": "wl-kz-0331", "schema": "Person", "caption": "AKHMETOV, Nurlan Bolatovich", "properties": {"name": ["AKHMETOV, Nurlan Bolatovich"], "alias": ["Ахметов Нурлан Болатович"], "birthDate": ["1974-06-19"], "nationality": ["kz"], "position": ["Deputy Akim, Mangystau Region"]}, "datasets": ["watchlist"]},
 {"id": "wl-kz-0702", "schema": "Company", "caption": "KASPIY TRANS SERVICE LLP", "properties": {"name": ["KASPIY TRANS SERVICE LLP"], "alias": ["ТОО «Каспий Транс Сервис»"], "jurisdiction": ["kz"], "address": ["Aktau"]}, "datasets": ["watchlist"]},
 {"id": "wl-ru-6001", "schema": "Person", "caption": "TEREKHIN, Zakhar Viktorovich", "properties": {"name": ["TEREKHIN, Zakhar Viktorovich"], "alias": ["Терехин Захар Викторович"], "birthDate": ["1958-01-30"], "nationality": ["ru"], "position": ["Commander, military unit 31985"]}, "datasets": ["watchlist"]},
]
with open(os.path.join(HERE, "watchlist.ftm.json"), "w") as f:
    for e in WL: f.write(json.dumps(e, ensure_ascii=False) + "\n")

# ================= truth =================
ENT = [
 ("p_terekhin", "Person", "Zakhar Terekhin", ["Терехин Захар Вениаминович", "Терехин З.В.", "З.В. Терехин", "Терехина Захара Вениаминовича", "Захар Вениаминович", "Захар Веніямінавіч", "Захар", "Захарчик", "Zakhar Terekhin", "Mr Zakhar Terekhin", "Mr Terekhin"]),
 ("p_brusnikin", "Person", "Arkady Brusnikin", ["Брусникин Аркадий Семёнович", "А.С. Брусникин", "Брусникин", "Брусникина Аркадия Семёновича", "Аркадий Семёнович", "Mr Arkady Brusnikin", "Arkady Brusnikin"]),
 ("p_lagunovich", "Person", "Viktar Lahunovich", ["Лагуновіч Віктар", "Віктар Лагуновіч", "Віктар", "Лагунович Виктор Антонович", "Лагунович", "Виктор", "Viktar Lahunovich", "Mr Lahunovich"]),
 ("p_akhmetov", "Person", "Nurlan Akhmetov", ["Нурлан Ахметов", "Н.Б. Ахметов", "Нурлан Бекович", "Нурлан"]),
 ("p_erlan", "Person", "Erlan Akhmetov", ["Ерланом Ахметовым"]),
 ("p_oksana", "Person", "Oksana Terekhina", ["Оксана Терехина", "Терехиной Оксаной Павловной", "Оксана", "Оксанка", "Mrs Oksana Terekhina", "Oksana Terekhina"]),
 ("p_halyna", "Person", "Halyna Kovalchuk", ["Галина Ковальчук"]),
 ("p_qiao", "Person", "Qiao Yufei", ["Qiao Yufei", "Цяо Юйфэй"]),
 ("p_deshpande", "Person", "Rohan Deshpande", ["Rohan Deshpande", "Mr Deshpande"]),
 ("o_ozkt", "Company", "Onega Marine Turbine Works", ["ОЗКТ", "АО «ОЗКТ»", "АА «ОЗКТ»", "OZKT", "Онежский завод корабельных турбин", "АО «Онежский завод корабельных турбин»", "JSC Onega Marine Turbine Works", "Onega Marine Turbine Works"]),
 ("o_kts", "Company", "Kaspiy Turbo Service", ["Каспий Турбо Сервис", "ТОО «Каспий Турбо Сервис»"]),
 ("o_huachen", "Company", "Wuxi Huachen Dynamic Balancing Machine", ["Wuxi Huachen Dynamic Balancing Machine Co., Ltd.", "Wuxi Huachen Dynamic Balancing Machine", "Wuxi Huachen", "Хуачэнь", "无锡华辰动平衡机有限公司"]),
 ("o_godavari", "Company", "Godavari Precision Grinders", ["Godavari Precision Grinders Pvt. Ltd.", "Godavari Precision Grinders", "Godavari"]),
]
F = []
def fnd(kind, subjects, attrs, ev):
    F.append((kind, subjects, attrs, ev))
fnd("military_maintenance", ["o_ozkt"], {"platforms": ["m-70fru", "dt-59"], "customer_country": "ru"}, [
 ("plan", "Основной заказчик по М-70ФРУ и ДТ-59 - Военно-морской флот Российской Федерации"),
 ("plan", "ВМФ России (в/ч 20914)"),
 ("baltiysk", "сдача двух М-70ФРУ после ремонта"),
 ("annual_report", "ремонт М-70ФРУ и ДТ-59 для ВМФ России идёт по графику")])
fnd("military_maintenance", ["o_ozkt"], {"platforms": ["dp-71"], "customer_country": "kz"}, [
 ("kz_offer", "командование ВМС Казахстана готово передать вам на капитальный ремонт два двигателя ДП-71"),
 ("plan", "ВМС Республики Казахстан"),
 ("kz_navy", "ВМС Казахстана подтвердили: оба двигателя ДП-71 с патрульных кораблей отправляем вам в ремонт"),
 ("annual_report", "два ДП-71 ВМС Казахстана приняты в ремонт")])
fnd("joint_development", ["o_ozkt", "o_kts"], {"product": ["gtg-800", "briz"], "partner_country": "kz", "funding_share": 0.65}, [
 ("kz_offer", "предлагаем АО «ОЗКТ» совместно разработать судовой газотурбинный генератор ГТГ-800 «Бриз»"),
 ("proto1", "намерены совместно выполнить ОКР по созданию газотурбинного генератора ГТГ-800 «Бриз»"),
 ("proto2", "Доля финансирования: АО «ОЗКТ» — 65 %, ТОО «Каспий Турбо Сервис» — 35 %."),
 ("order_kz", "для переговоров по ОКР ГТГ-800 «Бриз» с ТОО «Каспий Турбо Сервис»"),
 ("kz_back", "генератор и САУ за казахами, всё как в протоколе N2"),
 ("annual_report", "наша доля 65 %")])
fnd("sanctions_obstacle", ["o_ozkt"], {"origin_country": "de", "goods": "balancing machines"}, [
 ("hartwig", "Hartwig Auswuchttechnik GmbH is prohibited from selling or exporting them, directly or indirectly, to any person in Russia"),
 ("annual_report", "немецкая Hartwig недоступна из-за санкций ЕС")])
fnd("sanctions_obstacle", ["o_ozkt"], {"origin_country": "jp", "goods": "grinding machine spindle units and control boards"}, [
 ("shinoda", "we are unable to ship them to your company or through any third country"),
 ("annual_report", "японцы отказали")])
fnd("alternative_supplier", ["o_ozkt", "o_huachen"], {"supplier_country": "cn", "goods": "balancing machines"}, [
 ("huachen", "please find our quotation for one HB-5000 horizontal dynamic balancing machine"),
 ("huachen_ok", "вместо немецкой Hartwig берём китайскую HB-5000 у Хуачэнь"),
 ("huachen_ok", "предлагаю взять китайский аналог HB-5000 (Уси, КНР)"),
 ("fat_invite", "factory acceptance test of the HB-5000 machine ordered by OZKT"),
 ("vl_back", "Машыну HB-5000 прынялі"),
 ("huachen_ship", "the HB-5000 balancing machine under contract WHC-24-031 with OZKT has been shipped today"),
 ("annual_report", "китайская HB-5000 смонтирована")])
fnd("alternative_supplier", ["o_ozkt", "o_godavari"], {"supplier_country": "in", "goods": "grinding machine spindle units and control boards"}, [
 ("godavari", "can manufacture spindle units compatible with your SGX-450 grinders"),
 ("godavari_weigh", "вместо японских Godavari (Индия) предлагает свои узлы и ретрофит"),
 ("india_cancel", "We still study your offer"),
 ("annual_report", "ждём образцы шпинделей от индийской Godavari")])
fnd("equipment_shortage", ["o_ozkt"], {"goods": "fuel nozzles"}, [
 ("bzpa", "адгрузка паліўных фарсунак для М-70ФРУ у красавіку зрываецца"),
 ("shortage_memo", "два двигателя стоят на сборке без форсунок"),
 ("annual_report", "кроме позиций с дефицитом форсунок")])
fnd("equipment_shortage", ["o_ozkt"], {"goods": "seal kits"}, [
 ("shortage_memo", "Ремкомплекты уплотнений ДТ-59: на складе нет ни одного"),
 ("seals", "рамкамплектаў ушчыльненняў няма")])
fnd("foreign_travel", ["p_brusnikin", "p_terekhin"], {"country": "kz", "start": "2024-03", "place": "Aktau", "purpose": "negotiations on the gtg-800 joint development"}, [
 ("order_kz", "Командировать в г. Актау (Республика Казахстан) с 11 по 15 марта 2024 г."),
 ("kz_back", "Вернулись из Актау в субботу")])
fnd("foreign_travel", ["p_lagunovich"], {"country": "cn", "start": "2024-05", "place": "Wuxi", "purpose": "factory acceptance test of a balancing machine"}, [
 ("fat_invite", "at our plant in Wuxi, Jiangsu, from 14 to 17 May 2024"),
 ("vl_transit", "У панядзелак лячу ў Кітай на прыёмку машыны."),
 ("vl_back", "Вярнуўся з Усі ў суботу.")])
fnd("foreign_travel", ["p_terekhin", "p_oksana"], {"country": "tr", "start": "2024-08", "place": "Antalya", "purpose": "holiday"}, [
 ("leave", "Выезжаю в Турецкую Республику (г. Анталья) вместе с супругой"),
 ("booking", "Guests: Mr Zakhar Terekhin, Mrs Oksana Terekhina"),
 ("oksana_sea", "которые мы в Анталье делали")])
fnd("citizenship", ["p_terekhin"], {"countries": ["ru"]}, [("visa_app", "Гражданство: Российская Федерация")])
fnd("citizenship", ["p_lagunovich"], {"countries": ["by"]}, [("vl_hr", "гражданин Республики Беларусь")])
fnd("family_relation", ["p_terekhin", "p_oksana"], {"relationship": "spouse"}, [("leave", "вместе с супругой, Терехиной Оксаной Павловной")])
fnd("family_relation", ["p_oksana", "p_halyna"], {"relationship": "parent"}, [("halyna", "Наша Оксанка, моя донька")])
fnd("family_relation", ["p_akhmetov", "p_erlan"], {"relationship": "sibling"}, [("kz_back", "со своим братом, Ерланом Ахметовым")])
fnd("employment", ["p_terekhin", "o_ozkt"], {"role": "export manager"}, [
 ("proto1", "менеджер по экспорту отдела ВЭД"),
 ("hartwig", "Export Manager, JSC Onega Marine Turbine Works"),
 ("order_kz", "- Терехина Захара Вениаминовича, менеджера по экспорту отдела ВЭД."),
 ("india_cancel", "Export Manager, OZKT"),
 ("leave", "менеджер по экспорту отдела ВЭД З.В. Терехин")])
fnd("employment", ["p_brusnikin", "o_ozkt"], {"role": "general director"}, [
 ("proto1", "От АО «ОЗКТ»: генеральный директор А.С. Брусникин"),
 ("order_kz", "- Брусникина Аркадия Семёновича, генерального директора;"),
 ("huachen", "your Director General Mr Arkady Brusnikin")])
fnd("employment", ["p_lagunovich", "o_ozkt"], {"role": "lead quality engineer"}, [
 ("vl_hr", "Лагунович Виктор Антонович, ведущий инженер по качеству"),
 ("vl_back", "вядучы інжынер па якасці АА «ОЗКТ»")])
fnd("employment", ["p_akhmetov", "o_kts"], {"role": "director"}, [
 ("kz_offer", "директор ТОО «Каспий Турбо Сервис»"),
 ("proto1", "От ТОО «Каспий Турбо Сервис»: директор Н.Б. Ахметов"),
 ("kz_navy", "директор ТОО «Каспий Турбо Сервис»")])
fnd("employment", ["p_qiao", "o_huachen"], {"role": "export sales manager"}, [
 ("huachen", "Export Sales Manager"), ("fat_invite", "Export Sales Manager, Wuxi Huachen"), ("huachen_ship", "Export Sales Manager")])
fnd("employment", ["p_deshpande", "o_godavari"], {"role": "sales manager"}, [
 ("godavari", "Sales Manager, Godavari Precision Grinders Pvt. Ltd.")])

names = {e[0]: e[3] for e in ENT}
def mentions(eid):
    out = []
    for k, chunks in TEXTS.items():
        if k in ("news_fwd",): pass
        txt = "\n".join(chunks)
        if any(n in txt for n in names[eid] if len(n) > 3):
            out.append(k)
    return out
fnd("watchlist_match", ["p_brusnikin"], {"list": "watchlist", "entry_id": "wl-ru-1187"}, [(k, "") for k in mentions("p_brusnikin")])
fnd("watchlist_match", ["o_ozkt"], {"list": "watchlist", "entry_id": "wl-ru-4410"}, [(k, "") for k in mentions("o_ozkt")])

ok = True
for kind, subj, attrs, ev in F:
    for k, q in ev:
        if q and not any(q in c for c in TEXTS[k]):
            print("NOT VERBATIM:", kind, k, q); ok = False
alltext = "\n".join(c for v in TEXTS.values() for c in v)
for eid, _, _, ns in ENT:
    for n in ns:
        if n not in alltext and n not in ("Arkady Brusnikin",):
            print("NAME NOT IN TEXT:", eid, n)
truth = {"format": "paperchase.findings/1",
         "entities": [{"id": i, "schema": s, "name": nm, "names": sorted(ns), "properties": {}} for i, s, nm, ns in ENT],
         "findings": [{"id": "t%02d" % j, "kind": k, "subjects": s, "attributes": a,
                       "evidence": [{"message_id": IDS[m], "quote": q} for m, q in ev]} for j, (k, s, a, ev) in enumerate(F, 1)]}
json.dump(truth, open(os.path.join(HERE, "truth.json"), "w"), ensure_ascii=False, indent=1)
print("truth ok" if ok else "truth has errors", len(F), "findings")
