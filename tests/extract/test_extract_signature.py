"""What a signature block says."""

from paperchase.extract.signature import parse


def test_signature_person_role_org_phone() -> None:
    text = "Best regards,\nOleg Marchenko\nChief Designer\nZarechny Aero Works OJSC\nTel. +375 17 200-00-00\n"
    start = text.index("Oleg")
    found = parse(text, start, len(text))
    by = {m.label: m for m in found}
    assert by["PER"].surface == "Oleg Marchenko"
    assert by["PER"].extra["role"] == "chief designer"
    assert by["PER"].extra["org"] == "Zarechny Aero Works"
    assert by["PER"].extra["phone"] == "+375 17 200-00-00"
    assert by["POSITION"].extra["role"] == "chief designer"
    assert all(m.field == "signature" for m in found)
    for m in found:
        assert text[m.start:m.end] == m.surface


def test_signature_org_by_position_and_place() -> None:
    text = "Petro Bondarenko\nZAEP, Zarechny\n"
    found = parse(text, 0, len(text))
    assert [(m.label, m.surface) for m in found if m.label in ("PER", "ORG")] == [
        ("PER", "Petro Bondarenko"), ("ORG", "ZAEP")]


def test_address_line_is_no_org() -> None:
    text = "Wang Wei\nSales Manager\nShenyang, Liaoning, China\n"
    found = parse(text, 0, len(text))
    assert not [m for m in found if m.label == "ORG"]
    assert any(m.label == "LOC" and m.extra["country"] == "cn" for m in found)


def test_a_name_in_two_scripts_on_the_signers_line() -> None:
    text = "Құрметпен,\nӘсел Нұрланова / Asel Nurlanova\nDeputy Head of Procurement\n"
    found = parse(text, text.index("Ә"), len(text))
    assert [m.surface for m in found if m.label == "PER"] == ["Әсел Нұрланова", "Asel Nurlanova"]
