import pytest

from paperchase.errors import DataFileError
from paperchase.findings.lexicon import entries, lexicon, parse_lexicon


def test_every_shipped_lexicon_loads():
    for name in ("common.yml", "military.yml", "supply.yml", "shortage.yml", "development.yml", "people.yml",
                 "relations.yml", "roles.yml", "travel.yml", "goods.yml", "dates.yml", "platforms.yml", "demonyms.yml"):
        assert lexicon(name), name
    assert "mi" in entries("platforms.yml")


def test_stems_match_at_word_start_in_any_case():
    pats = parse_lexicon({"repair": {"ru": ["ремонт\\w*"]}}, "t.yml")
    assert pats["repair"].search("КАПИТАЛЬНЫЙ РЕМОНТА")
    assert not pats["repair"].search("капремонт")


@pytest.mark.parametrize(
    "data, needle",
    [
        (["not", "a", "mapping"], "top level"),
        ({"repair": ["ремонт"]}, "key repair"),
        ({"repair": {"xx": ["ремонт"]}}, "key repair.xx"),
        ({"repair": {"ru": "ремонт"}}, "key repair.ru"),
        ({"repair": {"ru": ["(unclosed"]}}, "key repair.ru[0]"),
        ({"repair": {"ru": [""]}}, "key repair.ru[0]"),
    ],
)
def test_bad_lexicons_name_file_and_key(data, needle):
    with pytest.raises(DataFileError) as exc:
        parse_lexicon(data, "broken.yml")
    assert "broken.yml" in str(exc.value) and needle in str(exc.value)


def test_missing_required_group_is_named():
    with pytest.raises(DataFileError, match="broken.yml: key civil"):
        parse_lexicon({"repair": {"en": ["repair"]}}, "broken.yml", required=("repair", "civil"))


def test_validate_all_names_a_broken_shipped_file(tmp_path, monkeypatch):
    from paperchase.findings import lexicon as lx

    src = lx._data_dir()
    for f in src.glob("*.yml"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(lx, "_data_dir", lambda: tmp_path)
    lx.validate_all()  # the shipped files pass
    (tmp_path / "shortage.yml").write_text("lack: {ru: ['нет\\\\b']}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="shortage.yml: key stall"):
        lx.validate_all()
    (tmp_path / "shortage.yml").write_text("lack: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="shortage.yml: not valid YAML"):
        lx.validate_all()


@pytest.fixture
def fresh_lexicons():
    """Compiled lexicons are cached: clear them around a test that changes the files."""
    from paperchase.findings import lexicon as lx

    lx.lexicon.cache_clear()
    lx.entries.cache_clear()
    yield lx
    lx.lexicon.cache_clear()
    lx.entries.cache_clear()


def test_investigator_folder_extends_a_lexicon(tmp_path, monkeypatch, fresh_lexicons):
    lx = fresh_lexicons
    assert not lx.lexicon("relations.yml")["spouse"].search("благоверная")
    (tmp_path / "findings").mkdir()
    (tmp_path / "findings" / "relations.yml").write_text("# my additions\nspouse: {ru: ['благоверн\\w+']}\n"
                                            "godchild: {ru: ['крестник\\w*']}\n", encoding="utf-8")
    monkeypatch.setenv("PAPERCHASE_LEXICON_DIR", str(tmp_path))
    lx.lexicon.cache_clear()
    merged = lx.lexicon("relations.yml")
    assert merged["spouse"].search("его благоверная")
    assert merged["spouse"].search("жена")  # the package's own patterns stay
    assert merged["godchild"].search("крестника")
    lx.validate_all()


def test_investigator_folder_is_validated_and_named(tmp_path, monkeypatch, fresh_lexicons):
    lx = fresh_lexicons
    (tmp_path / "findings").mkdir()
    (tmp_path / "findings" / "goods.yml").write_text("pumps: {ru: ['(unclosed']}\n", encoding="utf-8")
    monkeypatch.setenv("PAPERCHASE_LEXICON_DIR", str(tmp_path))
    with pytest.raises(DataFileError, match=r"goods\.yml: key pumps\.ru\[0\]") as exc:
        lx.validate_all()
    assert str(tmp_path) in str(exc.value)
