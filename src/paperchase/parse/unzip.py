"""ZIP attachments unpacked into attachments of their own ("outer.zip/a/b.docx"),
with the archive-bomb limits from settings: total unpacked size, compression
ratio, member count and nesting depth. Nothing is written to disk."""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from io import BytesIO

from paperchase import settings
from paperchase.model import Attachment, Defect


def _clean(name: str) -> str:
    """A member name that cannot climb out: no drive, no leading '/', no '..'."""
    parts = [p for p in posixpath.normpath(name.replace("\\", "/")).split("/") if p not in ("", ".", "..")]
    return "/".join(parts) or "unnamed"


def member_name(info: zipfile.ZipInfo) -> str:
    name = info.filename
    if not info.flag_bits & 0x800:
        # no UTF-8 flag: zipfile decoded with cp437; Russian Windows zips use cp866
        try:
            raw = name.encode("cp437")
            from paperchase.parse.charset import decode

            name = decode(raw, None)[0] if not raw.isascii() else name
        except UnicodeEncodeError:
            pass
    return name


def unzip(parent: str, data: bytes, *, depth: int = 0, _budget: list[int] | None = None) -> list[Attachment]:
    from paperchase.parse.attachments import extract_text, sniff, unpack

    where = f"attachment:{parent}"
    max_total = settings.get_int("max_archive_total_bytes")
    max_ratio = settings.get_float("max_archive_ratio")
    max_members = settings.get_int("max_archive_members")
    max_nesting = settings.get_int("max_nesting")
    budget = _budget if _budget is not None else [max_total]
    out: list[Attachment] = []
    refused: list[Defect] = []
    if depth >= max_nesting:
        return [Attachment(f"{parent}/", "application/zip", b"",
                           defects=[Defect("nesting", f"zip nested deeper than {max_nesting}", where)])]
    try:
        zf = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        return [Attachment(f"{parent}/", "application/zip", b"", defects=[Defect("zip", f"unreadable zip: {exc}", where)])]
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > max_members:
            refused.append(Defect("archive-bomb", f"{len(infos)} members; first {max_members} read", where))
            infos = infos[:max_members]
        for info in infos:
            raw_name = member_name(info)
            name = _clean(raw_name)
            if name != raw_name.replace("\\", "/").lstrip("/") or raw_name.startswith(("/", "\\")):
                refused.append(Defect("path-traversal", f"member name {raw_name!r} cleaned to {name!r}", where))
            full = f"{parent}/{name}"
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > budget[0] or (info.file_size > 1_000_000 and ratio > max_ratio):
                refused.append(Defect("archive-bomb", f"{name}: {info.file_size} bytes at ratio {ratio:.0f} refused", where))
                continue
            try:
                content = _read_limited(zf, info, budget[0])
            except (zipfile.BadZipFile, zlib.error, RuntimeError, ValueError, OSError, NotImplementedError,
                    EOFError) as exc:
                out.append(Attachment(full, "application/octet-stream", b"",
                                      defects=[Defect("zip", f"unreadable member: {exc}"[:300], f"attachment:{full}")]))
                continue
            if content is None:
                refused.append(Defect("archive-bomb", f"{name}: unpacks past the size limit", where))
                continue
            budget[0] -= len(content)
            text, defects = extract_text(full, "application/octet-stream", content)
            out.append(Attachment(full, "application/octet-stream", content, text, defects=defects))
            if content[:4] == b"PK\x03\x04" and sniff(content) == "zip":
                out.extend(unzip(full, content, depth=depth + 1, _budget=budget))
            else:
                out.extend(unpack(full, "application/octet-stream", content, depth=depth + 1))
    if refused and out:
        out[0].defects.extend(refused)
    elif refused:
        out.append(Attachment(f"{parent}/", "application/zip", b"", defects=refused))
    return out


def _read_limited(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes | None:
    """Read a member, stopping past `limit` bytes whatever its header claims."""
    buf = bytearray()
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(1 << 20)
            if not chunk:
                break
            buf += chunk
            if len(buf) > limit:
                return None
    return bytes(buf)
