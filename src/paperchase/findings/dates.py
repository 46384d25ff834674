"""Dates as a sentence states them, read against the message's own date.

"с 27.12.2022", "20-24 февраля", "з 8 па 22 ліпеня 2023 г.", "27DEC2022",
"в мае", "на Новый год": each gives a year and month (a day where written).
A month without a year is placed by the tense: a plan looks forward from the
message's date, a report back; without either, the nearest such month."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from paperchase.errors import DataFileError
from paperchase.findings.lexicon import lexicon

_EN_MON = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?!\d)")
_ISO = re.compile(r"(?<!\d)(20\d{2})-(\d{2})-(\d{2})(?!\d)")
_AIRLINE = re.compile(r"(?<!\w)(\d{1,2})(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(\d{2,4})?(?!\w)")
_BEFORE_MONTH = re.compile(r"(?:(\d{1,2})(?:\s*[-–—]\s*\d{1,2})?|(?:^|\s)(?:в|во|у|ў|in|of|с|со|з|по|па|до|да|от|ад|к|на|з|із|since|from|until|till|im|zum|bis)|,)\s*$", re.I)
_YEAR_AFTER = re.compile(r"^\s*,?\s*(20\d{2})")
_SPAN_DAY = re.compile(r"(\d{1,2})\s*(?:[-–—]|по|па|to|until|till|bis|до|да)\s*\d{1,2}\s*$", re.I)


@dataclass(slots=True)
class DateHit:
    start: int
    end: int
    year: int
    month: int
    day: int | None = None
    explicit_year: bool = True

    def iso(self, precision: str = "month") -> str:
        if precision == "day" and self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}"


@cache
def _months() -> tuple[list[tuple[int, re.Pattern[str]]], dict[str, re.Pattern[str]]]:
    lex = lexicon("dates.yml")
    months = []
    for m in range(1, 13):
        if str(m) not in lex:
            raise DataFileError(f"dates.yml: key {m}: missing month")
        months.append((m, lex[str(m)]))
    holidays = {k: v for k, v in lex.items() if not k.isdigit()}
    return months, holidays


def message_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        m = _ISO.search(value)
        return date(int(m[1]), int(m[2]), int(m[3])) if m else None


def _place_year(month: int, ref: date, tense: str) -> int:
    if tense == "future":
        return ref.year if month >= ref.month else ref.year + 1
    if tense == "past":
        return ref.year if month <= ref.month else ref.year - 1
    delta = month - ref.month
    if delta > 6:
        return ref.year - 1
    if delta < -6:
        return ref.year + 1
    return ref.year


# "на следующей неделе" in a mail of 28 August is early September: (days, months) from the mail's date
# a day alone, as an ordinal: "30-го летит", "обратно 9-го.", "к 5 числу" (the month is the mail's, or the next)
_DAY_ONLY = re.compile(r"(?<![\d.])(\d{1,2})(?:-?(?:го|га)(?=\s*(?:[.,;:!?)]|$|\s+[а-яёіў]+(?:ит|ет|ют|ут|ят|ат|им|ем|ишь|ешь|ла|ли|л|ць)(?:ся|сь)?\b))"
                       r"|(?:-?го)?\s+(?:числа|числу|чысла))", re.I)
_RELATIVE = {"next_week": (7, 0), "last_week": (-7, 0), "next_month": (0, 1), "last_month": (0, -1)}


_DAY_MONTH = re.compile(r"(?:^|\s)(?:с|со|з|ад|від|from|по|до|да|па|till|until|to)\s+(\d{1,2})\.(\d{2})(?![\d]|\.\d)"
                        r"(?!\s*(?:мм|см|м\b|кг|т\b|%|mm|cm|m\b|kg|кВт|kW|МПа|MPa|руб|\$|€|USD|EUR))",
                        re.I)


def find_dates(text: str, ref: date | None, tense: str = "") -> list[DateHit]:
    """Every date in `text`, in order of position."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []

    def add(h: DateHit) -> None:
        try:  # "31.02.2023" is no date; neither is a year out of range
            date(h.year, h.month, h.day or 1)
        except ValueError:
            return
        if 1900 <= h.year <= 2100 and not any(s < h.end and h.start < e for s, e in taken):
            hits.append(h)
            taken.append((h.start, h.end))

    for m in _ISO.finditer(text):
        add(DateHit(m.start(), m.end(), int(m[1]), int(m[2]), int(m[3])))
    for m in _NUMERIC.finditer(text):
        y = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        if 1 <= int(m[1]) <= 31:
            add(DateHit(m.start(), m.end(), y, int(m[2]), int(m[1])))
    if ref:  # "с 07.09 по 13.09.2025": a day and month after "from"/"to", the year from the mail
        for m in _DAY_MONTH.finditer(text):
            if 1 <= int(m[1]) <= 31 and 1 <= int(m[2]) <= 12:
                add(DateHit(m.start(1), m.end(), _place_year(int(m[2]), ref, tense or "future"), int(m[2]),
                            int(m[1]), False))
    for m in _AIRLINE.finditer(text):
        mon = _EN_MON[m[2].lower()]
        if m[3]:
            y = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            add(DateHit(m.start(), m.end(), y, mon, int(m[1])))
        elif ref:
            add(DateHit(m.start(), m.end(), _place_year(mon, ref, tense or "future"), mon, int(m[1]), False))
    months, holidays = _months()
    for mon, pat in months:
        for m in pat.finditer(text):
            before = text[max(0, m.start() - 30) : m.start()]
            b = _BEFORE_MONTH.search(before)
            after = _YEAR_AFTER.match(text[m.end() : m.end() + 8])
            if not b and not after:
                continue  # "Мая жонка": Belarusian "my", not May
            day = None
            start = m.start() - (len(before) - b.start()) if b else m.start()
            if b and b.group(1):
                span = _SPAN_DAY.search(before)
                day = int(span.group(1)) if span else int(b.group(1))
                if span:  # "з 8 па 22 ліпеня": the date starts at the first day
                    start = m.start() - (len(before) - span.start())
                if not 1 <= day <= 31:
                    day = None
            if after:
                add(DateHit(start, m.end() + after.end(), int(after.group(1)), mon, day))
            elif ref:
                add(DateHit(start, m.end(), _place_year(mon, ref, tense), mon, day, False))
    if ref:
        for m in _DAY_ONLY.finditer(text):
            day = int(m[1])
            if not 1 <= day <= 31:
                continue
            back = tense == "past"
            y, mo = ref.year, ref.month
            prior = max((h for h in hits if h.end <= m.start()), key=lambda h: h.start, default=None)
            if prior is not None:  # "вылет 1 мая, обратно 9-го": the month named before it
                y, mo = prior.year, prior.month
                if prior.day and day < prior.day:
                    y, mo = divmod(y * 12 + mo, 12)
                    mo += 1
            elif (day < ref.day and not back) or (day > ref.day and back):
                y, mo = divmod(y * 12 + mo - 1 + (-1 if back else 1), 12)
                mo += 1
            add(DateHit(m.start(), m.end(), y, mo, day, False))
        for name, pat in holidays.items():
            for m in pat.finditer(text):
                if name == "new_year":
                    y = ref.year if ref.month >= 7 else ref.year - 1
                    add(DateHit(m.start(), m.end(), y, 12, None, False))
                elif name == "may_holidays":
                    add(DateHit(m.start(), m.end(), _place_year(5, ref, tense), 5, None, False))
                elif name == "easter":
                    add(DateHit(m.start(), m.end(), _place_year(4, ref, tense), 4, None, False))
                elif name in _RELATIVE:
                    days, months = _RELATIVE[name]
                    at = ref + timedelta(days=days)
                    y, mo = divmod(at.year * 12 + at.month - 1 + months, 12)
                    add(DateHit(m.start(), m.end(), y, mo + 1, at.day if days and not months else None, False))
    hits.sort(key=lambda h: h.start)
    return hits


def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1
