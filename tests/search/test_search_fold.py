"""Folding: each kind of spelling difference meets at one key."""

import pytest

from paperchase.search.fold import belarusian_to_russian, fold_text, skeleton, word_keys


def meets(a: str, b: str) -> bool:
    return bool(set(word_keys(a)) & set(word_keys(b)))


@pytest.mark.parametrize("a,b", [
    ("Antsiferov", "Анцыферову"),          # script + case form
    ("Antsiferov", "Antsyferau"),          # Belarusian -аў written -au
    ("Анцыферов", "Анцыфераў"),
    ("Барановичи", "Baranavichy"),          # Belarusian passport / national
    ("Барановичи", "Баранавічы"),
    ("Барановичи", "Baranovichi"),          # BGN/PCGN, ICAO 9303
    ("Baranovichi", "Baranowiczi"),        # Polish-style w
    ("Щукин", "Shchukin"),                  # BGN / ICAO
    ("Щукин", "Ŝukin"),                     # ISO 9
    ("Щукин", "Shhukin"),                   # GOST 7.79 B
    ("Щукин", "Szczukin"),                  # Polish
    ("Щукин", "Schtschukin"),               # German
    ("Жуков", "Žukov"),
    ("Жуков", "Żukow"),
    ("Жуков", "Zhukov"),
    ("Шевченко", "Szewczenko"),
    ("Шевченко", "Ševčenko"),
    ("Ковалёв", "Kavaliou"),                # ё ~ io, ў ~ u
    ("Ковалёв", "Kovalyov"),
    ("Ковалёв", "Kowaljow"),
    ("Ковалёв", "Ковалев"),                 # ё written е
    ("Игорь", "Ihar"),                      # Belarusian г = h
    ("Наталья", "Natallia"),
    ("Юрий", "Iurii"),
    ("Юрий", "Jurij"),
    ("Лебедев", "Liebiedzieu"),             # Belarusian дз
    ("Ivanoff", "Иванов"),                  # French/German -off
])
def test_spellings_meet(a: str, b: str) -> None:
    assert meets(a, b), (word_keys(a), word_keys(b))


@pytest.mark.parametrize("a,b", [
    ("станок", "станки"), ("станок", "станков"),   # Russian forms
    ("станок", "станкі"),                            # Belarusian, via Russian-like spelling
    ("станок", "станків"),                           # Ukrainian
    ("область", "області"),
    ("договор", "договорами"),
    ("invoice", "invoices"), ("delivery", "deliveries"), ("signed", "signing"),   # English, lightly
])
def test_word_forms_meet_at_lemma(a: str, b: str) -> None:
    assert meets(a, b), (word_keys(a), word_keys(b))


@pytest.mark.parametrize("a,b", [
    ("станок", "стан"), ("Барановичи", "Барнаул"), ("Antsiferov", "Anisimov"),
    ("договор", "дорога"), ("Щукин", "Жукин"), ("лето", "лото"),
])
def test_different_words_stay_apart(a: str, b: str) -> None:
    assert not meets(a, b), (word_keys(a), word_keys(b))


def test_skeleton_rules() -> None:
    assert skeleton("ёлка") == skeleton("елка") == skeleton("jolka")
    assert skeleton("baranavichy", final=False).endswith("i")
    assert skeleton("baranavichy") == skeleton("baranavichy", final=False)[:-1]
    assert skeleton("") == ""


def test_belarusian_mapping() -> None:
    assert belarusian_to_russian("станкі") == "станки"
    assert belarusian_to_russian("дзень") == "день"


def test_fold_text_keeps_each_key_once_and_digits() -> None:
    folded = fold_text("Станки, станков и СТАНКИ; заказ 2023-17")
    assert folded.split().count("stanak") == 1
    assert "2023" in folded.split() and "17" in folded.split()


def test_apostrophe_words_fold_whole() -> None:
    assert word_keys("сям'я") == word_keys("сям’я")
