"""A firm written as a kind's abbreviation before a quoted name is looked for
by its plain name alone (fictional firms)."""

from __future__ import annotations

from paperchase.extract import vocab
from paperchase.extract.orgs import find_orgs


def _voc(text: str) -> vocab.Vocabulary:
    v = vocab.Vocabulary()
    for m in find_orgs(text):
        if m.extra.get("source") == "pattern":
            v.add(str(m.extra["name"]))
            v.add_acronyms(str(m.extra["name"]), str(m.extra["name"]))
    return v


def test_plain_name_found_alone_and_inflected() -> None:
    v = _voc("Договор с ООО «НПЦ «Вега-Плюс» подписан. Также ТАА «НВЦ «Вега-Плюс».")
    found = [m.surface for m in vocab.find(v.gazetteer(), "Вчера Вега-Плюс прислала письмо. Во Вега-Плюсе молчат.")]
    assert found == ["Вега-Плюс", "Вега-Плюсе"]


def test_kind_abbreviation_alone_is_no_firm() -> None:
    v = _voc("Договор с ООО «НПЦ «Вега-Плюс» подписан.")
    assert [m.surface for m in vocab.find(v.gazetteer(), "НПЦ молчит, НВП тоже.")] == []
