from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from paperchase.cli import cli

FICTIONAL = [
    {"id": "x-1", "schema": "Person", "caption": "ZAITSEV, Pyotr Yevgenyevich",
     "properties": {"name": ["ZAITSEV, Pyotr Yevgenyevich"], "nationality": ["ru"]}, "datasets": ["fictional"]},
    {"id": "x-2", "schema": "Person", "caption": "ZAITSEV, Pyotr Vasilyevich",
     "properties": {"name": ["ZAITSEV, Pyotr Vasilyevich"]}, "datasets": ["fictional"]},
    {"id": "x-3", "schema": "Company", "caption": "VYMPEL-TEST LLC",
     "properties": {"name": ["VYMPEL-TEST LLC"], "alias": ["ООО «Вымпел-Тест»"]}, "datasets": ["fictional"]},
]


def _names(tmp_path, rows: str):
    path = tmp_path / "names.csv"
    path.write_text("name,schema,country\n" + rows, encoding="utf-8")
    return path


def _run(args):
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_names_csv_shape_and_matches(tmp_path, write_ftm):
    listfile = write_ftm(tmp_path / "fictional.ftm.json", FICTIONAL)
    names = _names(tmp_path, "Зайцев Пётр Евгеньевич,Person,ru\n  ООО «Вымпел-Тест»,Company,\nНиктонов Иван,,\n")
    out = tmp_path / "matches.csv"
    _run(["screen", "--names", str(names), "--watchlist", str(listfile), "-o", str(out)])
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0] == ["name", "list", "entry_id", "caption", "score", "explanation"]
    got = {(r[0], r[2]) for r in rows[1:]}
    assert got == {("Зайцев Пётр Евгеньевич", "x-1"), ("  ООО «Вымпел-Тест»", "x-3")}  # names as given
    for r in rows[1:]:
        assert r[1] == "fictional" and 0.0 < float(r[4]) <= 1.0 and r[5]


def test_explain_shows_near_misses_marked(tmp_path, write_ftm):
    listfile = write_ftm(tmp_path / "fictional.ftm.json", FICTIONAL)
    names = _names(tmp_path, "Зайцев Пётр Евгеньевич,Person,\n")
    out = tmp_path / "cands.csv"
    _run(["screen", "--names", str(names), "--watchlist", str(listfile), "--explain", "-o", str(out)])
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    status = {r["entry_id"]: r["match"] for r in rows}
    assert status["x-1"] == "true" and status.get("x-2") == "false"


def test_threshold_option(tmp_path, write_ftm):
    listfile = write_ftm(tmp_path / "fictional.ftm.json", FICTIONAL)
    names = _names(tmp_path, "Зайцев Пётр Евгеньевич,Person,\n")
    result = _run(["screen", "--names", str(names), "--watchlist", str(listfile), "--threshold", "0.2"])
    lines = [ln for ln in result.stdout.splitlines() if ln]
    assert len(lines) == 2  # header and the match: another patronymic scores 0 however low the bar


def test_cyrillic_query_finds_ftm_entity_from_real_list(tmp_path, shared_file):
    listfile = shared_file("data", "lists", "opensanctions_t1_entities.ftm.json")
    names = _names(tmp_path, "Кузьменко Виталий Юрьевич,Person,\nVitaliy Kuzmenko,Person,\n")
    result = _run(["screen", "--names", str(names), "--watchlist", str(listfile)])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    hits = {(r["name"], r["entry_id"]) for r in rows}
    assert ("Кузьменко Виталий Юрьевич", "NK-2Ka3UvopqbpZmVDFjWd4LA") in hits
    assert ("Vitaliy Kuzmenko", "NK-2Ka3UvopqbpZmVDFjWd4LA") in hits


def test_transliterated_query_finds_latin_only_ofac_entry(tmp_path, shared_file):
    listfile = shared_file("data", "lists", "ofac_sdn.csv")
    entries = [ln for ln in listfile.read_text(encoding="utf-8", errors="replace").splitlines()
               if '"individual","UKRAINE' in ln or '"individual","RUSSIA' in ln]
    assert entries
    name = next(csv.reader([entries[0]]))[1]  # "SURNAME, Given Patronymic", Latin
    surname, given = (p.strip() for p in name.split(",", 1))
    names = _names(tmp_path, f"{given} {surname.title()},Person,\n")
    result = _run(["screen", "--names", str(names), "--watchlist", str(listfile)])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert next(csv.reader([entries[0]]))[0] in {r["entry_id"] for r in rows}


def test_case_screen_command(tmp_path, build_case, write_ftm):
    listfile = write_ftm(tmp_path / "fictional.ftm.json", FICTIONAL)
    case = build_case(tmp_path / "case", [
        {"id": "e1", "schema": "Person", "name": "Пётр Зайцев", "names": ["Зайцев Пётр Евгеньевич"]}])
    case.close()
    result = _run(["screen", "--case", str(tmp_path / "case"), "--watchlist", str(listfile), "--explain"])
    assert "1 watchlist_match" in result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["entry_id"]: r["match"] for r in rows}["x-1"] == "true"
    from paperchase.store.case import Case

    with Case.open(tmp_path / "case") as case:
        (attrs,) = [json.loads(r[0]) for r in case.db.execute("SELECT attributes FROM findings")]
    assert attrs["entry_id"] == "x-1"


def test_unknown_list_format_is_a_clean_error(tmp_path):
    bad = tmp_path / "list.txt"
    bad.write_text("hello\n")
    names = _names(tmp_path, "Someone Fictional,,\n")
    result = CliRunner().invoke(cli, ["screen", "--names", str(names), "--watchlist", str(bad)])
    assert result.exit_code != 0 and "not a watchlist format" in result.output


def test_parallel_screening_gives_the_same_rows_in_order(tmp_path, write_ftm, scorer, monkeypatch):
    from paperchase.screen import batch
    from paperchase.screen.index import ListIndex
    from paperchase.screen.loaders import open_watchlist
    from paperchase.screen.match import Screener

    listfile = write_ftm(tmp_path / "fictional.ftm.json", FICTIONAL)
    rows = "".join(f"Зайцев Пётр Евгеньевич,Person,\nНиктонов Иван {i},,\nООО «Вымпел-Тест»,,\n" for i in range(20))
    names = _names(tmp_path, rows)
    ix = ListIndex.open(open_watchlist(listfile), scorer, tmp_path / "cache")
    screener = Screener([ix], scorer)
    monkeypatch.setattr(batch, "PARALLEL_FROM", 10)
    monkeypatch.setattr(batch, "CHUNK", 7)
    one, two = io.StringIO(), io.StringIO()
    assert batch.screen_names(names, screener, one, 0.85, workers=1) == 40
    assert batch.screen_names(names, screener, two, 0.85, workers=2) == 40
    assert one.getvalue() == two.getvalue()
    ix.close()


def test_a_name_in_another_language_meets_its_entry(tmp_path, write_ftm):
    entries = [
        {"id": "k-1", "schema": "Company", "caption": "ORSHA SCIENTIFIC RESEARCH INSTITUTE KEDR JSC",
         "properties": {"name": ["ORSHA SCIENTIFIC RESEARCH INSTITUTE KEDR JSC"]}, "datasets": ["fictional"]},
        {"id": "k-2", "schema": "Company", "caption": "VERBOVSK TOOL PLANT JSC",
         "properties": {"name": ["VERBOVSK TOOL PLANT JSC"]}, "datasets": ["fictional"]},
    ]
    listfile = write_ftm(tmp_path / "fictional.ftm.json", entries)
    names = _names(tmp_path, "Оршанский научно-исследовательский институт «Кедр»,Company,\n"
                             "Verbovsk Tool Plant JSC,Company,\n")
    out = tmp_path / "matches.csv"
    _run(["screen", "--names", str(names), "--watchlist", str(listfile), "-o", str(out)])
    got = {(r[0], r[2]) for r in list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))[1:]}
    assert got == {("Оршанский научно-исследовательский институт «Кедр»", "k-1"), ("Verbovsk Tool Plant JSC", "k-2")}


def test_an_acronym_with_the_firms_own_word_meets_the_name_spelt_out(tmp_path, write_ftm):
    entries = [
        {"id": "s-1", "schema": "Company", "caption": "NAUCHNO-ISSLEDOVATELSKIY INSTITUT RADIOTEKHNICHESKIKH SISTEM"
         " DON, AO", "properties": {"name": ["NAUCHNO-ISSLEDOVATELSKIY INSTITUT RADIOTEKHNICHESKIKH SISTEM DON, AO"]},
         "datasets": ["fictional"]},
        {"id": "s-2", "schema": "Company", "caption": "NAUCHNO-ISSLEDOVATELSKIY INSTITUT RADIOTEKHNICHESKIKH SISTEM SURA, AO",
         "properties": {"name": ["NAUCHNO-ISSLEDOVATELSKIY INSTITUT RADIOTEKHNICHESKIKH SISTEM SURA, AO"]},
         "datasets": ["fictional"]},
        {"id": "s-3", "schema": "Company", "caption": "DON-PRIBOR LLC", "properties": {"name": ["DON-PRIBOR LLC"]},
         "datasets": ["fictional"]},
    ] + [{"id": f"f-{i}", "schema": "Company", "caption": f"{w} TRADING LLC", "properties": {"name": [f"{w} TRADING LLC"]},
          "datasets": ["fictional"]} for i, w in enumerate(["ZARYA", "KOMETA", "VOLNA", "SPUTNIK", "RASSVET"])]
    listfile = write_ftm(tmp_path / "fictional.ftm.json", entries)
    names = _names(tmp_path, "NIIRS Don,Company,\nNIIRS,Company,\n")
    out = tmp_path / "matches.csv"
    _run(["screen", "--names", str(names), "--watchlist", str(listfile), "-o", str(out)])
    got = {(r[0], r[2]) for r in list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))[1:]}
    assert got == {("NIIRS Don", "s-1")}
