import random

from findings_builders import message, run

NASTY = [
    "", ">", "> > >\n>>", "31.02.2023 и 99.99.9999, с 45 по 50 мая, 0% и 250 %",
    "Ми-\nМи-8\tМО\t\t", "«незакрытая кавычка и (скобка", "\x00\ufeff\u200b", "Re: Re: Fwd:",
    "Жена —", "паспорт гражданина", "совместно разрабатывают", "на Новый год в", "12MAR99 XYZ (ABC) -",
]


def test_odd_text_never_crashes():
    rng = random.Random(7)
    alphabet = "абвгдеёжзийклмнопрстуфхцчшщыьэюяіўєїABCxyz0123456789 .,:;-–—«»()%/\n>"
    texts = NASTY + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 400))) for _ in range(40)]
    msgs = [message(t, pk=i + 1, attachments=[("a.txt", t)]) for i, t in enumerate(texts)]
    msgs.append(message("x", pk=999, date=None))
    run(msgs, people={"p-a": ["Жена"]})


def test_a_detector_failing_on_one_message_loses_only_that(monkeypatch):
    from findings_builders import context

    from paperchase.findings import DETECTORS, candidates

    def broken(view, ctx):
        if "взорвётся" in view.subject:
            raise ValueError("boom")
        return []

    monkeypatch.setattr("paperchase.findings.DETECTORS", DETECTORS + (("broken", broken),))
    msgs = [message("Ремонт Ми-8 для Министерства обороны Республики Армения.", pk=1),
            message("Текст.", pk=2, subject="взорвётся")]
    ctx = context(msgs)
    got = candidates(msgs, ctx)
    assert got["military"] and got["broken"] == []
    assert [(e["detector"], e["message_id"]) for e in ctx.errors] == [("broken", "<m2@verba.example.by>")]


def test_a_sentence_ends_after_a_number():
    from paperchase.findings.text import segments

    assert [s.text for s in segments("Нужно 8. Если не найдём, сорвём сдачу. 1. Пункт первый.")] == [
        "Нужно 8.", "Если не найдём, сорвём сдачу.", "1. Пункт первый."]
