"""'Our son' from a spouse: the named child is the child of both (fictional text)."""
import pytest
from findings_builders import kinds, message, run

P = {"p-hus": ["Верещак Тарас Остапович", "Тарас Остапович"],
     "p-wif": ["Верещак Ярина Богданівна", "Ярина Богданівна", "Ярина"],
     "p-son": ["Арсений", "Арсению", "Арсеній", "Arseny"],
     "p-dau": ["Zlata", "Злата", "Злате"],
     "p-col": ["Кирилл Лис"]}
EMAILS = {"t.vereshchak@verba.example.by": "p-hus", "yaryna@mail.example.by": "p-wif", "k.lis@verba.example.by": "p-col"}
SPOUSE = message("Прошу внести в анкету: жена — Верещак Ярина Богданівна.", pk=1, sender="t.vereshchak@verba.example.by",
                 date="2023-01-10T10:00:00+03:00")


def relations(msgs):
    return {(tuple(sorted(f.subjects)), f.attributes["relationship"], tuple(sorted({e.message_id for e in f.evidence})))
            for f in kinds(run(msgs, people=P, emails=EMAILS), "family_relation")}


def _child_of(rels, parent, child):
    return [r for r in rels if set(r[0]) == {parent, child} and r[1] in ("child", "parent")]


@pytest.mark.parametrize("text", [
    "Купила Арсению куртку. Для нашего сына в лагере нужна ещё шапка.",  # ru: named in the sentence before
    "Наш сын Арсеній просіць новы ровар.",  # be: named right after
    "Наш син Арсеній просить новий велосипед.",  # uk
    "Our son Arseny starts school on Monday.",  # en
])
def test_our_son_from_the_wife_is_the_child_of_both(text):
    msg = message(text, pk=2, sender="yaryna@mail.example.by", to="t.vereshchak@verba.example.by",
                  date="2023-02-10T10:00:00+03:00")
    rels = relations([SPOUSE, msg])
    assert _child_of(rels, "p-wif", "p-son") and _child_of(rels, "p-hus", "p-son")
    assert "<m2@mail.example.by>" in _child_of(rels, "p-wif", "p-son")[0][2]


def test_our_son_from_a_colleague_is_not_the_addressee_s():
    msg = message("Наш сын Арсений просит новый велосипед.", pk=2, sender="k.lis@verba.example.by",
                  to="t.vereshchak@verba.example.by")
    rels = relations([SPOUSE, msg])
    assert _child_of(rels, "p-col", "p-son") and not _child_of(rels, "p-hus", "p-son")


def test_our_son_without_known_marriage_is_only_the_writer_s():
    msg = message("Купила Арсению куртку. Для нашего сына в лагере нужна ещё шапка.", pk=2,
                  sender="yaryna@mail.example.by", to="t.vereshchak@verba.example.by")
    assert relations([msg]) == set()


def test_our_children_or_two_named_people_stay_unread():
    msgs = [SPOUSE, message("Арсению и Злате купила билеты. Наши дети ждут лета.", pk=2,
                            sender="yaryna@mail.example.by", to="t.vereshchak@verba.example.by")]
    assert not _child_of(relations(msgs), "p-wif", "p-son")


def test_our_before_someone_known_only_by_first_name_is_the_couples_child():
    msgs = [SPOUSE, message("Нашему Арсению на работе не дали отпуск, он с нами не летит.", pk=2,
                            sender="yaryna@mail.example.by", to="t.vereshchak@verba.example.by",
                            date="2023-04-10T10:00:00+03:00")]
    rels = relations(msgs)
    assert _child_of(rels, "p-hus", "p-son") and _child_of(rels, "p-wif", "p-son")
    # "наш Кирилл Лис": a colleague with a surname is nobody's child
    msgs = [SPOUSE, message("Наш Кирилл Лис завтра в отпуске.", pk=3, sender="yaryna@mail.example.by",
                            to="t.vereshchak@verba.example.by")]
    assert not _child_of(relations(msgs), "p-hus", "p-col")
