"""A bare first name tied to the correspondent of that first name, and a
job-title line in a signature (fictional names)."""

from __future__ import annotations

from types import SimpleNamespace

from paperchase.extract import signature
from paperchase.extract.correspondents import correspondent_names, first_name_tie
from paperchase.extract.mention import Mention


def _msg(sender: list[dict[str, str]], to: list[dict[str, str]]) -> SimpleNamespace:
    return SimpleNamespace(sender=sender, to=to, cc=[])


def test_signed_first_name_gets_sender_address() -> None:
    m = Mention("PER", "Берикжан", 0, 8, {"source": "signature"})
    m.field = "signature"
    first_name_tie(m, _msg([{"name": "Жанатов Берикжан Аскарович", "email": "bz@zavod.example.kz"}], []))
    assert m.extra["tie_email"] == "bz@zavod.example.kz"


def test_greeting_ties_to_the_single_addressee_only() -> None:
    to = [{"name": "Берикжан Жанатов", "email": "bz@zavod.example.kz"}]
    m = Mention("PER", "Берикжан", 0, 8, {"source": "rules"})
    m.field = "body"
    first_name_tie(m, _msg([], to))
    assert m.extra.get("tie_email") == "bz@zavod.example.kz"
    other = Mention("PER", "Серик", 0, 5, {"source": "rules"})
    other.field = "body"
    first_name_tie(other, _msg([], to))
    assert "tie_email" not in other.extra
    two = Mention("PER", "Берикжан", 0, 8, {"source": "rules"})
    two.field = "body"
    first_name_tie(two, _msg([], to + [{"name": "Омаров Берикжан", "email": "bo@zavod.example.kz"}]))
    assert "tie_email" not in two.extra


def test_title_line_above_firm_is_the_whole_position() -> None:
    text = ("--\nС уважением,\nП.С. Громов\nинженер по работе с зарубежными партнёрами\n"
            "АО «Ветламаш»\nтел. +7 900 000-00-00\n")
    found = signature.parse(text, 0, len(text))
    pos = [m for m in found if m.label == "POSITION"]
    assert pos and pos[0].extra["position"] == "инженер по работе с зарубежными партнёрами"
    assert pos[0].extra["person"] == "П.С. Громов"


def test_title_line_with_more_on_it_keeps_the_role_word() -> None:
    text = "--\nП.С. Громов\nинженер АО «Ветламаш»\n"
    pos = [m for m in signature.parse(text, 0, len(text)) if m.label == "POSITION"]
    assert pos and pos[0].extra["position"] == "инженер"


def _mail(text: str, sender: list[dict[str, str]], to: list[dict[str, str]]) -> SimpleNamespace:
    return SimpleNamespace(text=text, sender=sender, to=to, cc=[])


def test_unknown_first_names_of_correspondents_are_found() -> None:
    text = "Берикжан, добрый день!\n\nБилеты сдал.\n\nСерик\n"
    msg = _mail(text, [{"name": "Омаров Серик Жумабекович", "email": "so@zavod.example.kz"}],
                [{"name": "Жанатов Берикжан Аскарович", "email": "bz@zavod.example.kz"}])
    found = {(m.surface, m.extra["tie_email"]) for m in correspondent_names(msg, [])}
    assert found == {("Берикжан", "bz@zavod.example.kz"), ("Серик", "so@zavod.example.kz")}
    for m in correspondent_names(msg, []):
        assert text[m.start:m.end] == m.surface


def test_sender_first_name_inside_a_sentence_is_not_a_sign_off() -> None:
    msg = _mail("Добрый день.\n\nСерик приедет в среду.\n", [{"name": "Омаров Серик", "email": "so@x.example.kz"}],
                [{"name": "A", "email": "a@x.example.kz"}])
    assert correspondent_names(msg, []) == []
