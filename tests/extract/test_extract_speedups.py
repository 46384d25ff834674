"""The cheap speed-ups keep what the slow paths found: role phrases by
first-word buckets against the one big pattern, NER reading only lines that
may hold a name, the gazetteer's memo of root steps (fictional texts)."""

from paperchase.extract import ner, roles
from paperchase.extract.gazetteer import Entry, Gazetteer

TEXTS = [
    "Назначить главного конструктора Петренко О.И. и заместителя директора по качеству.",
    "Sales Manager and Deputy Director, Foo Trading; главный инженер ОАО «Ясень».",
    "намеснік дырэктара па ідэалогіі; начальнику цеха №3 и главному бухгалтеру",
    "бухгалтерию не трогать; chief engineer's office",
]


def test_find_roles_matches_the_single_pattern() -> None:
    rx, index = roles._pattern()
    for text in TEXTS:
        slow = [(m.start(), m.end(), index[m.lastgroup or ""]) for m in rx.finditer(text)]
        fast = [(m.start, m.end, m.extra["role"]) for m in roles.find_roles(text)]
        assert fast == slow
    assert roles.find_roles(TEXTS[0])   # the test has something to compare


def test_ner_reads_only_lines_that_may_hold_a_name() -> None:
    assert not ner._worth_reading("добрый день, высылаю акт")
    assert not ner._worth_reading("Добрый день. Спасибо, всё получили.")
    assert ner._worth_reading("передал акт Петренко вчера")
    assert ner._worth_reading("Петренко передал акт")
    text = "Добрый день.\nвысылаю акт\nпередал Петренко"
    blanked = ner._blank_lines(text)
    assert len(blanked) == len(text) and blanked.endswith("передал Петренко") and "акт" not in blanked


def test_ner_survives_a_text_left_without_words() -> None:
    if not ner.available():
        return
    assert ner._spans_many(["добрый день\nвсё хорошо", ""]) == [[], []]


def test_gazetteer_memo_is_dropped_when_a_name_is_added() -> None:
    gaz = Gazetteer()
    gaz.add("Ясеневка", Entry("city", "Yasenevka", "Ясеневка", "Ясеневка", "ru"), "ru")
    assert [m.surface for m in gaz.find("в Ясеневке и Дубовке")] == ["Ясеневке"]
    gaz.add("Дубовка", Entry("city", "Dubovka", "Дубовка", "Дубовка", "ru"), "ru")
    assert [m.surface for m in gaz.find("в Ясеневке и Дубовке")] == ["Ясеневке", "Дубовке"]
