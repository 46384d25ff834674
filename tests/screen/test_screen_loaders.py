from __future__ import annotations

import shutil

import pytest

from paperchase.errors import WatchlistError
from paperchase.screen.loaders import list_name, load_watchlist, open_watchlist


def test_ofac_sdn_with_aliases_addresses_and_comments_beside_it(shared_file):
    entries, report = load_watchlist(shared_file("data", "lists", "ofac_sdn.csv"))
    assert report.format == "ofac-csv"
    assert report.read == len(entries) == 781
    assert report.aliases == 1401
    assert report.addresses == 1308
    assert set(report.companions) == {"ofac_alt.csv", "ofac_add.csv", "ofac_sdn_comments.csv"}
    assert not report.skipped
    by_id = {e.entry_id: e for e in entries}
    bnc = by_id["306"]
    assert bnc.caption == "BANCO NACIONAL DE CUBA"
    assert ("NATIONAL BANK OF CUBA", "alias") in bnc.names
    assert "ch" in bnc.countries  # from add.csv: Zurich
    people = [e for e in entries if e.schema == "Person"]
    assert people and any(e.birth_years for e in people)


def test_ofac_consolidated_list_same_layout_own_companions_only(shared_file):
    entries, report = load_watchlist(shared_file("data", "lists", "ofac_cons_prim.csv"))
    assert report.read == 442
    assert report.companions == []  # the SDN's alt.csv belongs to ofac_sdn.csv
    haniya = next(e for e in entries if e.entry_id == "9639")
    assert haniya.schema == "Person" and haniya.birth_years == [1962]


def test_ofac_companion_files_are_recognised_by_content(tmp_path, shared_file):
    src = shared_file("data", "lists")
    shutil.copy(src / "ofac_sdn.csv", tmp_path / "sdn.csv")
    shutil.copy(src / "ofac_alt.csv", tmp_path / "alt.csv")
    (tmp_path / "add.csv").write_text("not, an, address, file\n")  # named like one, is not
    _, report = load_watchlist(tmp_path / "sdn.csv")
    assert report.companions == ["alt.csv"]
    assert report.aliases == 1401 and report.addresses == 0
    with pytest.raises(WatchlistError):
        open_watchlist(tmp_path / "alt.csv")  # aliases alone are no list


def test_ofac_remarks_give_birth_year_country_and_gender(tmp_path):
    (tmp_path / "sdn.csv").write_text(
        '9001,"KOVALSKY, Ilya Petrovich","individual","RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,'
        '"DOB 14 Mar 1964; nationality Russia; Gender Male."\r\n', encoding="utf-8")
    (entry,), report = load_watchlist(tmp_path / "sdn.csv")
    assert (entry.birth_years, entry.countries, entry.gender) == ([1964], ["ru"], "male")


def test_un_xml_individuals_entities_aliases_original_script(shared_file):
    entries, report = load_watchlist(shared_file("data", "lists", "un_consolidated.xml"))
    assert report.format == "un-xml"
    assert report.read == 450 and not report.skipped
    assert report.aliases == 706
    first = entries[0]
    assert (first.entry_id, first.caption, first.schema) == ("CDi.001", "ERIC BADEGE", "Person")
    assert first.birth_years == [1971] and first.countries == ["cd"] and first.gender == "male"
    assert any(kind == "original" for e in entries for _, kind in e.names)
    assert sum(e.schema == "Organization" for e in entries) == 150


def test_ftm_skips_link_schemata_with_reasons(shared_file):
    entries, report = load_watchlist(shared_file("data", "lists", "opensanctions_zala_entities.ftm.json"))
    assert report.format == "ftm"
    assert report.read == len(entries) == 17
    assert report.skipped["schema Sanction is not screened"] == 41
    assert report.skipped["schema Ownership is not screened"] == 14
    assert report.skipped["schema Address is not screened"] == 11
    assert sum(report.skipped.values()) == 91 - 17
    assert all(e.list for e in entries)
    cyrillic = [e for e in entries if any("\u0400" <= ch <= "\u04ff" for n, _ in e.names for ch in n)]
    assert cyrillic


def test_ftm_t1_entry_fields(shared_file):
    entries, report = load_watchlist(shared_file("data", "lists", "opensanctions_t1_entities.ftm.json"))
    assert report.read == 6 and report.skipped == {"schema Address is not screened": 1}
    person = next(e for e in entries if e.caption == "Vitaly Yurievich KUZMENKO")
    assert person.list == "eu_fsf" and person.birth_years == [1971] and person.gender == "male"
    assert person.countries == ["ru"] and "366510784303" in person.identifiers


def test_demo_watchlist_ftm(shared_file):
    entries, report = load_watchlist(shared_file("data", "cases", "demo", "watchlist.ftm.json"))
    assert report.read == 12 and report.aliases == 6
    assert {e.list for e in entries} == {"watchlist"}


def test_investigator_csv(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("name,schema,country,notes\nЗолотарёв Пётр Ильич,Person,Russia,fictional\n"
                    "ООО «Вымпел-Тест»,Company,ru,\n,Person,,no name\nX,Sanction,,\n", encoding="utf-8")
    entries, report = load_watchlist(path)
    assert report.format == "names-csv"
    assert [(e.entry_id, e.schema, e.countries) for e in entries] == [
        ("row1", "Person", ["ru"]), ("row2", "Company", ["ru"])]
    assert report.skipped == {"no name": 1, "schema Sanction is not screened": 1}
    assert entries[0].list == "mine"


def test_trade_csl_is_read_as_a_bonus(shared_file):
    entries, report = load_watchlist(shared_file("data", "lists", "us_trade_csl.csv"))
    assert report.format == "csl-csv" and report.read == 115 and report.aliases > 0


def test_unknown_and_damaged_files(tmp_path, write_ftm):
    (tmp_path / "notes.txt").write_text("just some words\nand more\n")
    with pytest.raises(WatchlistError):
        open_watchlist(tmp_path / "notes.txt")
    (tmp_path / "empty.json").write_text("")
    with pytest.raises(WatchlistError):
        open_watchlist(tmp_path / "empty.json")
    with pytest.raises(WatchlistError):
        open_watchlist(tmp_path / "missing.csv")
    path = write_ftm(tmp_path / "broken.ftm.json", [{"id": "a1", "schema": "Person",
                                                      "properties": {"name": ["Ivan Fictionov"]}}])
    with open(path, "a") as fh:
        fh.write('{"id": "a2", "schema": "Person", "prop\n')
    entries, report = load_watchlist(path)
    assert len(entries) == 1 and report.skipped == {"unreadable JSON line": 1}


def test_list_names():
    from pathlib import Path

    assert list_name(Path("watchlist.ftm.json")) == "watchlist"
    assert list_name(Path("ofac_sdn.csv")) == "ofac_sdn"


def test_investigator_csv_saved_by_a_spreadsheet(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_text("name;schema;country;notes\nЗолотарёв Пётр Ильич;Person;ru;x\n", encoding="utf-8-sig")
    (entry,), report = load_watchlist(path)
    assert (entry.caption, entry.schema, entry.countries) == ("Золотарёв Пётр Ильич", "Person", ["ru"])
