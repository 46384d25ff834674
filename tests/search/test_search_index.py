"""The index writer: documents per body and attachment, replace, rebuild."""

from pathlib import Path

from search_builder import Builder

from paperchase.search import search
from paperchase.search.index import addresses_text, rebuild_index, unindex_message


def test_addresses_text() -> None:
    assert addresses_text('[{"name": "Ivan Testov", "email": "i@example.org"}]') == "Ivan Testov i@example.org"
    assert addresses_text('{"to": [{"name": "A", "email": "a@x"}], "cc": [{"name": "", "email": "c@x"}]}') == "A a@x c@x"
    assert addresses_text(None) == "" and addresses_text("not json") == "not json"


def test_one_document_per_body_and_attachment(tmp_path: Path) -> None:
    b = Builder(tmp_path / "c")
    pk = b.add("тело", attachments=[("a.txt", "первое вложение"), ("b.txt", "")])
    rows = b.case.db.execute("SELECT attachment_id FROM search_docs WHERE message_pk = ?", (pk,)).fetchall()
    assert len(rows) == 3 and rows[0][0] is None


def test_unindex_and_rebuild(tmp_path: Path) -> None:
    b = Builder(tmp_path / "c")
    pk = b.add("жираф и зебра")
    b.add("только зебра")
    with b.case.transaction() as db:
        unindex_message(db, pk)
    assert len(search(b.case, "зебра")) == 1
    assert rebuild_index(b.case.db) == 2
    assert len(search(b.case, "зебра")) == 2
    with b.case.transaction() as db:
        unindex_message(db, pk)
        db.execute("DELETE FROM messages WHERE id = ?", (pk,))
    assert len(search(b.case, "зебра")) == 1 and search(b.case, "жираф") == []
    assert rebuild_index(b.case.db) == 1
    assert len(search(b.case, "зебры")) == 1


def test_index_of_another_folding_is_rebuilt(tmp_path: Path) -> None:
    from paperchase.search.index import VERSION_KEY

    b = Builder(tmp_path / "c")
    b.add("носорог")
    assert b.case.get_kv(VERSION_KEY)
    b.case.set_kv(VERSION_KEY, "0:older-rules")
    # simulate an index whose keys no longer match today's folding
    with b.case.transaction() as db:
        db.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')")
    assert [h.message_id for h in search(b.case, "носороги")] == ["<m1@example.org>"]
    assert b.case.get_kv(VERSION_KEY) != "0:older-rules"
