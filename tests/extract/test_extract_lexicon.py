"""Lexicon files load lazily and fail naming the file and key."""

import pytest

from paperchase.errors import DataFileError
from paperchase.extract import lexicon


def test_missing_file_is_a_data_file_error() -> None:
    with pytest.raises(DataFileError, match="nope.yml"):
        lexicon.load("nope.yml")


def test_bad_value_names_file_and_key() -> None:
    with pytest.raises(DataFileError, match=r"names\.yml.*first_names\.male\.be"):
        lexicon.str_list("names.yml", "first_names.male.be", [1, 2])
    with pytest.raises(DataFileError, match="roles.yml"):
        lexicon.mapping("roles.yml", "", ["not", "a", "mapping"])


@pytest.mark.parametrize("name", ["countries.yml", "cities.yml", "names.yml", "orgs.yml", "platforms.yml",
                                  "roles.yml"])
def test_every_data_file_starts_with_a_comment_naming_its_reader(name: str) -> None:
    text = (lexicon.DATA / name).read_text(encoding="utf-8")
    assert text.startswith("# Read by paperchase.extract.")
    assert isinstance(lexicon.load(name), dict)
