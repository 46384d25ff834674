import pytest

from paperchase.errors import DataFileError
from paperchase.parse import lexicon


def test_data_files_load() -> None:
    freq, punct, symbols = lexicon.letters()
    assert freq["о"] > freq["ъ"] and "«" in punct and "©" in symbols
    assert "the" in lexicon.english_stopwords() and "on" in lexicon.english_stopwords()


def test_bad_file_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "_load", lambda name: {"english_stopwords": [True]})
    lexicon.english_stopwords.cache_clear()
    try:
        with pytest.raises(DataFileError, match="language.yml.*english_stopwords"):
            lexicon.english_stopwords()
    finally:
        monkeypatch.undo()
        lexicon.english_stopwords.cache_clear()
