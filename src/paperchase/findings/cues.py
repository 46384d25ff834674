"""Shared reading helpers: the common cue groups (negation, condition,
cancellation, transit...), platform designations and the transliteration of
designations into the spec's Latin lower case ("ЛТС-40" -> "lts-40")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from paperchase.findings import numbers
from paperchase.findings.lexicon import entries, lexicon

COMMON = ("negation", "hypothetical", "cancel", "refused_visa", "plan", "past", "transit", "news")

_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіўїєґ",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                 "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "u", "i", "ye",
                 "g"], strict=True))


def common() -> dict[str, re.Pattern[str]]:
    return lexicon("common.yml", COMMON)


def has(group: str, text: str) -> bool:
    return common()[group].search(text) is not None


def latin(s: str) -> str:
    """Cyrillic to Latin, lower case, for designations and product codes."""
    return "".join(_CYR.get(ch, ch) for ch in s.lower())


def code(s: str) -> str:
    """'МиГ-29СМТ' -> 'mig-29smt'; 'ЛТС 40' -> 'lts-40'."""
    s = latin(s)
    s = re.sub(r"[\s‐-―_]+", "-", s.strip())
    return re.sub(r"-+", "-", s).strip("-")


def negated_before(text: str, pos: int, chars: int = 16) -> bool:
    """A negative particle within the two words before `pos`."""
    before = re.split(r"[,;:.!?]\s", text[max(0, pos - chars) : pos])[-1]   # "проблем нет, я гражданка": not negated
    words = before.split()[-2:]
    return any(common()["negation"].fullmatch(w.strip(",.;:!?()«»\"")) for w in words)


@dataclass(frozen=True, slots=True)
class PlatformHit:
    start: int
    end: int
    surface: str
    full: str  # mi-17v-5
    base: str  # mi-17


@cache
def _platform_re() -> re.Pattern[str]:
    prefixes = [p for pats in entries("platforms.yml").values() for p in pats]
    alt = "|".join(sorted(set(prefixes), key=len, reverse=True))
    return re.compile(
        r"(?<![\w-])(?P<pre>" + alt + r")[\s-]?(?P<num>(?:[МMСCS](?=\d))?\d{1,6})(?P<suf>[A-Za-zА-Яа-яЁёІіЎўЇїЄє0-9]{0,4})"
        r"(?:-(?P<sub>\d{1,3}[A-Za-zА-Яа-яІі]{0,3}))?(?![\w])"
    )


def platforms(text: str) -> list[PlatformHit]:
    out = []
    for m in _platform_re().finditer(text):
        pre = m.group("pre")
        if not pre[0].isupper():
            continue
        num = m.group("num")
        if sum(ch.isdigit() for ch in num) > 3 and len(pre) < 4:
            continue  # "Ан-2024" is a year; long model numbers belong to truck and chassis families
        base = f"{latin(pre)}-{code(num)}"
        full = base + code(m.group("suf") or "") + (f"-{code(m.group('sub'))}" if m.group("sub") else "")
        out.append(PlatformHit(m.start(), m.end(), m.group(0), full, base))
    return out


# any maker's designation: capitals, a hyphen, a model number, a variant ("М-70ФРУ",
# "ДТ-59", "GT-25000"); standards and contract numbers are not designations
_DESIGNATION = re.compile(
    r"(?<![\w/.-])(?P<pre>[A-ZА-ЯЁІЎЇЄ]{1,4})-(?P<num>\d{1,5})(?P<suf>[A-ZА-ЯЁІЎЇЄ0-9]{0,4})"
    r"(?:-(?P<sub>\d{1,3}[A-ZА-ЯЁІЎЇЄ]{0,3}))?(?![\w-])"
    # a GRAU-style index: digits, one or two capitals, digits ("5Н84А", "55Ж6", "9К33М3")
    r"|(?<![\w/.-])(?P<grau>\d{1,2}[A-ZА-ЯЁІЎЇЄ]{1,2}\d{1,3}[A-ZА-ЯЁІЎЇЄ0-9]{0,4})(?![\w-])"
    # a system's name in quotes ("«Оса-АКМ»", "«Оборона-14»", "«Небо-У»")
    r"|(?<=[«\"“])(?P<named>[A-ZА-ЯЁІЎЇЄ][a-zа-яёіўїєґ]{2,12}-[A-ZА-ЯЁІЎЇЄ0-9]{1,4}[A-ZА-ЯЁІЎЇЄ0-9-]{0,4})(?=[»\"”])")
_NOT_DESIGNATION = frozenset({"гост", "ост", "сто", "ту", "iso", "en", "din", "iec", "astm", "снип", "сп", "тр", "ст",
                              "no", "nr", "n"})


def designations(text: str) -> list[PlatformHit]:
    """Designations of equipment of any maker, for a sentence that already
    says whose military equipment it repairs: a closed list of aircraft
    families cannot know a ship's turbine or a radar, but a designation beside
    a repair and a military customer is what the repair is of."""
    known = platforms(text)
    out = []
    for m in _DESIGNATION.finditer(text):
        if any(k.start <= m.start() < k.end for k in known):
            continue
        whole = m.group("grau") or m.group("named")
        if whole:
            out.append(PlatformHit(m.start(), m.end(), whole, code(whole), code(whole)))
            continue
        pre = m.group("pre")
        if pre.lower() in _NOT_DESIGNATION:
            continue
        if re.search(r"(?:№|No\.?|Nr\.?|N)\s*$", text[max(0, m.start() - 5) : m.start()]) or text[m.end():m.end() + 1] == "/":
            continue  # "Соглашение № ОТ-17/23": a document's number, not a product
        if len(m.group("num")) == 4 and not m.group("suf") and 1900 <= int(m.group("num")) <= 2100:
            continue  # "ПЛ-2024": a plan's year
        base = f"{latin(pre)}-{code(m.group('num'))}"
        full = base + code(m.group("suf") or "") + (f"-{code(m.group('sub'))}" if m.group("sub") else "")
        out.append(PlatformHit(m.start(), m.end(), m.group(0), full, base))
    return out


def percentages(text: str) -> list[tuple[int, float]]:
    """(position, fraction) of each percentage: '45%', '45 (сорок пять) процентов', '40 %',
    'шестьдесят пять процентов'."""
    out = []
    for m in re.finditer(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s*(?:\([^)]{1,40}\)\s*)?(?:%|процент\w*|працэнт\w*|відс\w*|per\s*cent|percent)",
                         text, re.I):
        v = float(m.group(1).replace(",", "."))
        if 0 < v <= 100:
            out.append((m.start(), v / 100))
    # "45 (сорок пять) процентов" once; "сорок пять (45) процентов" too
    out += [(s, v) for s, e, v in numbers.percentages(text) if not any(s <= p < e for p, _v in out)]
    return sorted(out)


# "с 30% до 50%", "from 30% to 50%", "з 30% да 50%", "з 30 % до 50 %": the first
# number is the share being replaced, not one agreed
_CHANGED_FROM = re.compile(
    r"(?<!\w)(?:с|со|from|з|ад|від|od)\s+(\d{1,3}(?:[.,]\d+)?)\s*(?:%|процент\w*|працэнт\w*|відс\w*|per\s*cent)?"
    r"\s*(?:до|to|да|na|do)\s+\d{1,3}(?:[.,]\d+)?\s*(?:%|процент|працэнт|відс|per\s*cent)", re.I)


def replaced_values(text: str) -> set[int]:
    """Positions of percentages that a change replaces ("from 30% to 50%": the 30%)."""
    return {m.start(1) for m in _CHANGED_FROM.finditer(text)}


_NEWS_SENDER = re.compile(r"^(?:news|digest|newsletter|noreply|no-reply|info|rassylka|bulletin)\b", re.I)


# a mail domain or display name of a news outlet (latin stems inside a domain label)
_MEDIA_DOMAIN = re.compile(r"news|vestnik|novost|gazet|digest|bulletin|izvesti|vedomost", re.I)
# (not "agency" or "press": a travel agency's or a press maker's forwarded mail carries facts)
_MEDIA_NAME = re.compile(r"(?<!\w)(?:вестн\w+|вісник\w*|новост\w+|навін\w+|новин\w+|газет\w+|ведомост\w+|"
                         r"известия|news\w*|gazette|herald|digest|bulletin|newsletter)(?!\w)", re.I)
_MEDIA_LOCAL = re.compile(r"^(?:news|digest|newsletter|rassylka|bulletin|editor|redakci\w*|redaktsi\w*)\b", re.I)


def is_news_author(address: dict[str, str] | None, home_domains: set[str]) -> bool:
    """A news outlet as the author of a forwarded or quoted item ("От: Деловой
    вестник <news@...>"): its sentences are reports about others, never
    the mailbox owner's own facts."""
    if not address:
        return False
    email = (address.get("email") or "").lower()
    domain = email.rsplit("@", 1)[-1] if "@" in email else ""
    if domain and domain in home_domains:
        return False
    local = email.split("@", 1)[0]
    return bool((email and _MEDIA_LOCAL.match(local)) or (domain and _MEDIA_DOMAIN.search(domain.split(".")[0]))
                or _MEDIA_NAME.search(address.get("name") or ""))


def is_news(subject: str, text: str, sender_email: str, home_domains: set[str], sender_name: str = "") -> bool:
    """A newsletter or digest from outside: general news, not the case's own
    facts. A person writing "Новости из дома" to a relative is no newsletter."""
    domain = sender_email.rsplit("@", 1)[-1].lower()
    if not sender_email or domain in home_domains:
        return False
    local = sender_email.split("@", 1)[0]
    if _NEWS_SENDER.match(local):
        return has("news", subject) or has("news", text[:400])
    if sender_name and not _MEDIA_NAME.search(sender_name):
        from paperchase.resolve.names import kind_of

        if kind_of(sender_name) == "person":
            return False
    return has("news", subject) and has("news", text[:400])
