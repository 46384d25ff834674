from paperchase.parse.transfer import b64decode, decode_transfer, uudecode


def test_base64_tolerant() -> None:
    assert b64decode(b"0J/RgNC4\n0LLQtdGC")[0].decode() == "Привет"
    data, defects = b64decode(b"0J/RgNC40LLQtdG")  # one character short
    assert data.startswith("Приве".encode())
    assert b64decode(b"aGVsbG8=\nd29ybGQ=")[0] == b"helloworld"
    assert b64decode(b"aGVs!!bG8=\n")[0] == b"hello"


def test_qp_and_unknown() -> None:
    assert decode_transfer(b"=CF=F0=E8=E2=E5=F2=\n!", "quoted-printable")[0] == "Привет!".encode("cp1251")
    data, defects = decode_transfer(b"abc", "x-strange")
    assert data == b"abc" and defects


def test_uudecode() -> None:
    import binascii

    body = b"Hi\nbegin 644 note.txt\n" + binascii.b2a_uu(b"fictional file") + b"`\nend\nBye\n"
    files, rest, defects = uudecode(body)
    assert files == [("note.txt", b"fictional file")]
    assert b"Hi" in rest and b"Bye" in rest and b"begin" not in rest
