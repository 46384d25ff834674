"""One exception family. The CLI catches `PaperchaseError` and prints its
message with the hint; everything else is a bug and keeps its traceback."""


class PaperchaseError(Exception):
    hint: str = ""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        if hint:
            self.hint = hint


class SourceError(PaperchaseError):
    """A path that does not exist, or a file that is no mailbox."""

    hint = "Give an mbox, Maildir, folder of .eml, .eml, .msg, .pst or an archive of these."


class CaseError(PaperchaseError):
    """A case folder that is missing, locked or of a newer schema."""

    hint = "Create it with `paperchase ingest SOURCE --case DIR`."


class DataFileError(PaperchaseError):
    """A lexicon, pattern or schema file under paperchase/data that fails validation."""

    hint = "Fix the file and key named above; the format is described at the top of the file."


class WatchlistError(PaperchaseError):
    """A watchlist file whose format is not recognised."""

    hint = "Give FollowTheMoney JSON lines, OFAC SDN CSV, UN XML or a CSV with a `name` column."


class QueryError(PaperchaseError):
    """A search query that cannot be parsed."""

    hint = 'Words, "phrases", OR, NOT, prefix*, and from: to: subject: after: before: lang: has: filename:.'


class DamagedInput(PaperchaseError):
    """Raised instead of recording a defect when `--strict` is given."""
