# Writing the files and the self-checks (part of make_case.py).
import json as _json
import os as _os
import subprocess as _sp
import unicodedata as _ud
from email.utils import format_datetime as _fmt

HERE = _os.path.dirname(_os.path.abspath(__file__))
N_MBOX = 55
N_LOOSE = 3


class _L:  # the helper namespace handed to build()
    pass


def _ns():
    ns = _L()
    for k, v in globals().items():
        setattr(ns, k, v)
    return ns


def render(spec, mids):
    hcs = spec["hcs"]
    top = []
    top.append("From: " + addr(spec["frm"][0], spec["frm"][1], hcs, spec["q_enc"]))
    top.append("To: " + addr(spec["to"][0], spec["to"][1], hcs, spec["q_enc"]))
    if spec["cc"]:
        top.append("Cc: " + ", ".join(addr(n, m, hcs) for n, m in spec["cc"]))
    top.append("Subject: " + hdr(spec["subject"], hcs))
    top.append("Date: " + _fmt(spec["date"]))
    if not spec["no_mid"]:
        top.append("Message-ID: " + mids[spec["i"]])
    if spec["irt"]:
        top.append("In-Reply-To: " + mids[spec["irt"]])
        top.append("References: " + mids[spec["irt"]])
    top.append("X-Mailer: " + spec["mailer"])
    return message_bytes(top, spec["part"])


def main():
    specs = build(_ns())
    mids = {s["i"]: mid_for(s["i"], s["domain"]) for s in specs}
    raws = {}
    for s in specs:
        raws[s["i"]] = render(s, mids)
    # message ids as cited (sha256 of raw bytes for a message without Message-ID)
    cite = {}
    for s in specs:
        cite[s["i"]] = ("<sha256:%s>" % hashlib.sha256(raws[s["i"]]).hexdigest()) if s["no_mid"] else mids[s["i"]]

    mbox_specs = sorted([s for s in specs if not s["loose"]], key=lambda s: s["date"])
    with open(_os.path.join(HERE, "mailbox.mbox"), "wb") as fh:
        for s in mbox_specs:
            sender = s["frm"][1]
            fh.write(("From %s %s\n" % (sender, s["date"].strftime("%a %b %d %H:%M:%S %Y"))).encode("ascii"))
            body = mboxrd_escape(raws[s["i"]])
            fh.write(body if body.endswith(b"\n") else body + b"\n")
            fh.write(b"\n")
    loose_dir = _os.path.join(HERE, "loose")
    _os.makedirs(loose_dir, exist_ok=True)
    for s in specs:
        if s["loose"]:
            with open(_os.path.join(loose_dir, s["loose"]), "wb") as fh:
                fh.write(raws[s["i"]])

    # ------------------------------------------------------------ truth
    entities = [{"id": i, "schema": sch, "name": name, "names": sorted(set(names)), "properties": props}
                for i, sch, name, names, props in ENTITIES]
    findings = []
    for fid, kind, summary, subjects, attrs, ev in FINDINGS:
        findings.append({"id": fid, "kind": kind, "summary": summary, "subjects": subjects, "attributes": attrs,
                         "evidence": [{"message_id": cite[i], "quote": qt} for i, qt in ev], "confidence": 1.0})
    truth = {"format": "paperchase.findings/1", "entities": entities, "findings": findings}
    with open(_os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        _json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(_os.path.join(HERE, "watchlist.ftm.json"), "w", encoding="utf-8") as fh:
        for w in WATCHLIST:
            fh.write(_json.dumps(w, ensure_ascii=False) + "\n")

    # ------------------------------------------------------------ self-checks
    ok = True
    # decode from the written files, not from memory
    import mailbox as _mb
    decoded = {}
    by_mid = {cite[s["i"]]: s["i"] for s in specs}
    for m in _mb.mbox(_os.path.join(HERE, "mailbox.mbox")):
        raw = m.as_bytes()
        mid = m["Message-ID"]
        decoded[mid] = decoded_texts(raw)
    n_mbox = len(decoded)
    for s in specs:
        if s["loose"]:
            raw = open(_os.path.join(loose_dir, s["loose"]), "rb").read()
            decoded[cite[s["i"]]] = decoded_texts(raw)
    c1 = []
    for f in findings:
        for e in f["evidence"]:
            texts = decoded.get(e["message_id"])
            if texts is None or not any(e["quote"] in t for t in texts):
                c1.append("%s %s: %r" % (f["id"], e["message_id"], e["quote"][:60]))
    print("check 1 (evidence quotes verbatim in decoded text):", "PASS" if not c1 else "FAIL")
    for x in c1:
        print("   missing:", x)
    ok &= not c1

    here_score = _sp.run(["python3", "/work/shared/tools/score_case.py", _os.path.join(HERE, "truth.json"),
                          _os.path.join(HERE, "truth.json"), "--json"], capture_output=True, text=True)
    sc = _json.loads(here_score.stdout)
    c2 = sc["findings"]["f1"] == 1.0 and sc["entities"]["f1"] == 1.0 and sc["findings"]["recall"] == 1.0
    print("check 2 (truth scored against itself): findings f1 %.3f, entities f1 %.3f:" % (
        sc["findings"]["f1"], sc["entities"]["f1"]), "PASS" if c2 else "FAIL")
    ok &= c2

    corpus = "\n".join(t for ts in decoded.values() for t in ts)
    low = _ud.normalize("NFC", corpus).casefold()
    c3 = [n for e in entities for n in e["names"] if _ud.normalize("NFC", n).casefold() not in low]
    print("check 3 (every surface form occurs in the decoded texts/headers):", "PASS" if not c3 else "FAIL")
    for x in c3:
        print("   absent:", x)
    ok &= not c3

    # check 3b: every occurrence of a name stem is covered by some listed form (review aid)
    allforms = sorted({_ud.normalize("NFC", n).casefold() for e in entities for n in e["names"]}, key=len, reverse=True)
    uncovered = set()
    for eid, stems in STEMS.items():
        for st in stems:
            start = 0
            while True:
                p = low.find(st, start)
                if p < 0:
                    break
                start = p + 1
                covered = False
                for fm in allforms:
                    lo = max(0, p - len(fm))
                    k = low.find(fm, lo)
                    while 0 <= k <= p:
                        if k + len(fm) >= p + len(st):
                            covered = True
                            break
                        k = low.find(fm, k + 1)
                    if covered:
                        break
                if not covered:
                    uncovered.add("%s: ...%s..." % (eid, corpus[max(0, p - 25):p + 30].replace("\n", " ")))
    print("check 3b (name occurrences covered by listed forms): %d uncovered" % len(uncovered))
    for x in sorted(uncovered):
        print("   ", x)

    c4 = n_mbox == N_MBOX and len(os.listdir(loose_dir)) == N_LOOSE
    print("check 4 (message count): mbox %d (want %d), loose %d (want %d):" % (
        n_mbox, N_MBOX, len(os.listdir(loose_dir)), N_LOOSE), "PASS" if c4 else "FAIL")
    ok &= c4
    nomid = [f for f in os.listdir(loose_dir) if b"\nMessage-ID:" not in open(os.path.join(loose_dir, f), "rb").read()]
    print("   loose files without Message-ID:", nomid)
    print("ALL CHECKS PASS" if ok else "SOME CHECKS FAILED")
    return 0 if ok else 1
