"""The records a message passes through: sources yield `RawItem`, parse makes a
`ParsedMessage`, the store keeps both. Plain dataclasses, so every stage can be
tested without the others."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Location:
    """Where an item sat: the source file as given on the command line, its
    SHA-256, the file inside it (a Maildir or folder member, an archive member
    chain joined by '!'), and the byte offset within that file (mbox)."""

    source: str
    source_sha256: str
    path: str = ""
    offset: int | None = None
    member: str | None = None

    def label(self) -> str:
        out = self.source
        if self.path and self.path != self.source:
            out += f" :: {self.path}"
        if self.member:
            out += f" ! {self.member}"
        if self.offset is not None:
            out += f" @{self.offset}"
        return out


@dataclass(slots=True)
class Defect:
    """Something damaged or refused. `kind` is a short slug (`charset`,
    `truncated`, `archive-bomb`, `path-traversal`, `attachment-text`, ...)."""

    kind: str
    detail: str
    where: str = ""  # "body", "header:Subject", "attachment:report.pdf", ...


@dataclass(slots=True)
class RawItem:
    """One item a source read. `data` are the raw bytes exactly as found.

    `kind` is "rfc822" for MIME text, "outlook" for items sources parse
    themselves (.msg, .pst); these come with `parsed` filled in. An item the
    source could not read at all has `error` set: the store keeps its bytes
    as a failure with that reason."""

    data: bytes
    location: Location
    kind: str = "rfc822"
    parsed: ParsedMessage | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Address:
    name: str
    email: str

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "email": self.email}


@dataclass(slots=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes
    text: str = ""
    language: str | None = None
    defects: list[Defect] = field(default_factory=list)
    # files unpacked from this one (winmail.dat, zip): kept as attachments of
    # their own whose filename is "parent.zip/inner.docx"
    inline: bool = False


@dataclass(slots=True)
class ParsedMessage:
    message_id: str | None = None
    date: str | None = None  # ISO 8601 with the sender's offset, as written
    sender: list[Address] = field(default_factory=list)
    to: list[Address] = field(default_factory=list)
    cc: list[Address] = field(default_factory=list)
    bcc: list[Address] = field(default_factory=list)
    subject: str = ""
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    headers: list[tuple[str, str]] = field(default_factory=list)
    text: str = ""
    html: str | None = None
    language: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    # message/rfc822 parts (and embedded .msg): each becomes a message of its
    # own in the store, linked to this one as its parent
    children: list[RawItem] = field(default_factory=list)
    defects: list[Defect] = field(default_factory=list)
