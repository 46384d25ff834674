"""From/To/Cc: names, addresses and the firm behind a domain."""

from paperchase.extract.headers import domain_org, header_mentions


def test_domain_org_skips_free_mail() -> None:
    assert domain_org("a.b@zavod.example.by") == "zavod"
    assert domain_org("sales@mail.bergmann-wzm.example.de") == "bergmann-wzm"
    assert domain_org("ivan@gmail.com") is None
    assert domain_org("ivan@tut.by") is None


def test_person_with_email_and_org_hint() -> None:
    ms = header_mentions("from", [{"name": "Сидоренко Алексей Викторович", "email": "A.Sidorenko@zavod.example.by"}])
    per = [m for m in ms if m.label == "PER"][0]
    assert per.surface == "Сидоренко Алексей Викторович" and (per.start, per.end) == (0, 28)
    assert per.extra["email"] == "a.sidorenko@zavod.example.by"
    assert per.extra["org_hint"] == "zavod"
    assert per.field == "from"
    assert [m.surface for m in ms if m.label == "EMAIL"] == ["a.sidorenko@zavod.example.by"]
    assert [m.surface for m in ms if m.label == "ORG"] == ["zavod"]


def test_display_name_sharing_the_domain_word_is_an_org() -> None:
    ms = header_mentions("to", [{"name": "Bergmann Fräsen Vertrieb", "email": "sales@bergmann-wzm.example.de"}])
    assert [(m.label, m.surface) for m in ms if m.label in ("PER", "ORG")][0] == ("ORG", "Bergmann Fräsen Vertrieb")


def test_empty_name_gives_address_only() -> None:
    ms = header_mentions("cc", [{"name": "", "email": "x@gmail.com"}])
    assert [(m.label, m.surface) for m in ms] == [("EMAIL", "x@gmail.com")]


def test_group_display_name_is_no_person() -> None:
    ms = header_mentions("to", [{"name": "Сотрудники Бухгалтерии", "email": "all@zavod.example.by"}])
    assert not [m for m in ms if m.label == "PER"]


def test_a_display_name_with_a_first_name_beside_a_common_word_is_a_person():
    from paperchase.extract.headers import header_mentions

    got = [(m.label, m.surface) for m in header_mentions("to", [{"name": "Ждановский Олег", "email": "o@x.example.by"}])]
    assert ("PER", "Ждановский Олег") in got


def test_a_man_whose_firm_bears_his_name_is_a_person() -> None:
    ms = header_mentions("from", [{"name": "Pradeep Venkataraman", "email": "pradeep@venkataraman-aero.example.in"}])
    assert [(m.label, m.surface) for m in ms if m.label in ("PER", "ORG")][0] == ("PER", "Pradeep Venkataraman")
    ms = header_mentions("from", [{"name": "Snabzhenie KZRZ", "email": "snabzhenie@kzrz.example.ru"}])
    assert [(m.label, m.surface) for m in ms if m.label in ("PER", "ORG")][0] == ("ORG", "Snabzhenie KZRZ")


def test_a_firms_desk_keeps_its_display_name_as_written() -> None:
    for name in ("ООО «Вестар-Комплект», отдел продаж", "Kornblatt Wälzlager AG – Vertrieb"):
        ms = header_mentions("from", [{"name": name, "email": "sales@firm.example.ru"}])
        org = [m for m in ms if m.label == "ORG" and m.extra.get("source") != "domain"][0]
        assert org.extra["written"] == name and org.surface != name


def test_a_display_name_spelling_out_the_domain_is_an_org() -> None:
    for name, email in (("Adriatic Holidays", "booking@adriaticholidays.example.com"),
                        ("Kaveri Precision Bearings", "sales@kaveribearings.example.in")):
        ms = header_mentions("from", [{"name": name, "email": email}])
        assert [(m.label, m.surface) for m in ms if m.label in ("PER", "ORG")][0] == ("ORG", name)
    ms = header_mentions("from", [{"name": "Ivan Petrushin", "email": "ivan@petrushin.example.ru"}])
    assert [(m.label, m.surface) for m in ms if m.label in ("PER", "ORG")][0] == ("PER", "Ivan Petrushin")


def test_a_first_name_that_is_also_a_common_word_in_a_display_name() -> None:
    from paperchase.extract.headers import header_mentions

    got = [(m.surface, m.label) for m in header_mentions("from", [{"name": "Лиана Хайрова", "email": "l.t@mail.example.ru"}])]
    assert ("Лиана Хайрова", "PER") in got
