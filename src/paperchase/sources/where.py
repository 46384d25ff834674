"""Where an item sits while a source is walked: the source as given, its
SHA-256, the file inside a folder, the archive member chain and how deep the
nesting goes. Readers pass a `Where` down instead of five arguments, and build
every `Location` and every refused item from it, so a failure always says
exactly where it happened."""

from __future__ import annotations

from dataclasses import dataclass, field

from paperchase import settings
from paperchase.model import Location, RawItem


def printable(name: str) -> str:
    """A file or member name that can be stored and printed: bytes that
    were not valid in the file system's encoding (kept by Python as lone
    surrogates, which SQLite and JSON refuse) become `\\xNN` escapes."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


class Refused(Exception):
    """Raised inside a reader when a limit is hit (archive bomb, too many
    members); the dispatcher turns it into a failed `RawItem` and moves on."""


@dataclass(slots=True)
class Budget:
    """Bytes unpacked from archives so far for one source. Shared by every
    nesting level, so a bomb made of many modest layers is still caught."""

    limit: int = field(default_factory=lambda: settings.get_int("max_archive_total_bytes"))
    used: int = 0

    def take(self, n: int) -> None:
        self.used += n
        if self.used > self.limit:
            raise Refused(
                f"archive-bomb: archives unpack to more than {self.limit} bytes in total "
                "(max_archive_total_bytes)"
            )


@dataclass(frozen=True, slots=True)
class Where:
    source: str
    sha256: str
    path: str
    member: tuple[str, ...] = ()
    depth: int = 0
    budget: Budget = field(default_factory=Budget, compare=False)

    def location(self, offset: int | None = None) -> Location:
        return Location(
            source=printable(self.source),
            source_sha256=self.sha256,
            path=printable(self.path),
            offset=offset,
            member=printable("!".join(self.member)) or None,
        )

    def inside(self, name: str) -> Where:
        """The same place, one archive member deeper."""
        return Where(self.source, self.sha256, self.path, (*self.member, name), self.depth + 1, self.budget)

    def at_file(self, path: str) -> Where:
        """A file of a folder source."""
        return Where(self.source, self.sha256, path, (), self.depth, self.budget)

    def fail(self, reason: str, data: bytes = b"", offset: int | None = None) -> RawItem:
        return RawItem(data=data, location=self.location(offset), error=reason)
