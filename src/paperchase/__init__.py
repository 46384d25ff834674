"""paperchase: turn a leaked or seized mailbox into cited evidence."""

__version__ = "0.1.0"
