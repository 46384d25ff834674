"""equipment_shortage: work suffers because equipment, parts or material are
missing. A sentence needs a lack cue ("нет", "дефицит", "не поставлен",
"work stands still") and a kind of goods from goods.yml; the goods nearest
the cue are the finding's goods, and one finding stands for each kind of
goods. Sanctioned supplies are obstacles, not shortages; a condition ("если
не будет подшипников") is a risk, not a fact."""

from __future__ import annotations

import re

from paperchase.extract.places import find_countries
from paperchase.findings.context import Context
from paperchase.findings.cues import has
from paperchase.findings.goods import find_goods
from paperchase.findings.lexicon import lexicon
from paperchase.findings.model import Candidate, Evidence, Finding, by_key, confidence, merge_evidence
from paperchase.findings.view import View

KIND = "equipment_shortage"
# "меня нет": a person is away, not goods missing ("у меня нет" is still possession)
_ABSENT = re.compile(r"(?<![уў] )(?<!\bat )(?:меня|его|её|ее|нас|вас|тебя|их|мяне|яго|яе|мене|його|її|them|him|her|me)\s*$", re.I)


# "собрать не из чего", "проводить будет нечем": an infinitive just before the cue
_VERB_BEFORE = re.compile(r"\w+(?:ть|ти|чь|ць|ці)(?:ся|ca)?(?:\s+\w+){0,2}\s+$", re.I)

# "у Hengli нет ни одного станка": what a named other firm lacks is no shortage of ours
_THEIRS = re.compile(r"(?:^|\s)[уўУЎ]\s+(?:[A-Z][\w&.-]+(?:\s[A-Z][\w&.-]+)*|«[^»]+»)\s+$")

def _clause_before(text: str, pos: int) -> str:
    return re.split(r"[.;:!?]\s|,\s|\s[-–—]\s", text[max(0, pos - 80) : pos])[-1]


# what the goods are for: "для редуктора", "под объективы", "хватит на три объектива"
_FOR = re.compile(r"(?:^|\s)(?:для|дл[яa]|for|під|пад|под|на)\s+(?:(?:\d+|одн\w+|два|две|три|четыре|пять|шесть|"
                  r"десять|адзін|адну|дзве|чатыры|one|two|three|four|five)\s+)?$", re.I)


def _of_origin(text: str, pos: int) -> bool:
    """"американских комплектующих нет" describes what a product is made of."""
    lo = max(0, pos - 40)
    before = re.sub(r"-(made|built|origin)", r" \1", text[lo:pos])  # "US-made": same length, offsets kept
    return any(0 <= (pos - lo) - h.end <= 2 or _MADE.fullmatch(before[h.end:]) for h in find_countries(before))


_MADE = re.compile(r"[-\s]?(?:made|origin|built|produced|производства|вытворчасці|виробництва)\s+", re.I)


def _no_issue(text: str, cue: int, no_issue: re.Pattern[str]) -> bool:
    """"Претензий к поставке нет": the "нет" denies complaints about
    the goods, not the goods; the denied noun opens the short clause before it."""
    clause = re.split(r"[.,;:!?—–]", text[max(0, cue - 60) : cue])[-1]
    return no_issue.search(clause) is not None


def detect(view: View, ctx: Context) -> list[Candidate]:
    lex = lexicon("shortage.yml", ("lack", "stall", "no_issue", "without", "left", "nothing_with",
                                   "runs_out", "enough_for", "expiry"))
    sanction = lexicon("supply.yml")["sanction"]
    home = [ctx.home_org] if ctx.home_org else []
    out = []
    for block in view.blocks:
        for s in block.segments:
            t = s.text
            if sanction.search(t) or has("hypothetical", t) or t.rstrip().endswith("?"):
                continue
            letters = [c for c in t if c.isalpha()]
            if len(letters) > 12 and sum(c.isupper() for c in letters) > 0.85 * len(letters):
                continue  # a heading in capitals ("ВЕДОМОСТЬ ДЕФИЦИТА МАТЕРИАЛОВ"): the list below tells what lacks
            left = [m.start() for m in lex["left"].finditer(t)]
            cues = sorted([m.start() for m in lex["lack"].finditer(t)] + left + [
                m.start() for m in lex["nothing_with"].finditer(t) if not _VERB_BEFORE.search(t[max(0, m.start() - 40):m.start()])])
            stall = lex["stall"].search(t)
            if stall:
                # "разъёмов хватит на 3 комплекта, дальше встаёт сборка": enough only so far, then a stop
                enough = [m.start() for m in lex["enough_for"].finditer(t)]
                left += enough
                cues = sorted(cues + enough)
            if not (cues or stall):
                continue
            goods = find_goods(t)
            if not goods:
                continue
            if any(_THEIRS.search(t[max(0, c - 40) : c]) for c in cues):
                continue
            cues = [c for c in cues if not _ABSENT.search(t[max(0, c - 10) : c])
                    and not (lex["runs_out"].match(t, c) and lex["expiry"].search(_clause_before(t, c)))
                    and not _no_issue(t, c, lex["no_issue"])]
            if not (cues or stall):
                continue
            # "подшипников для редуктора нет": what the goods are for is not what is missing
            goods = [g for g in goods if not _FOR.search(t[max(0, g[0] - 16) : g[0]])]
            if not goods:
                continue  # "заготовок под объективы нет": only what the missing thing is for is named
            # "подшипников редуктора": a goods word right after another is what the first belongs to
            goods = [g for i, g in enumerate(goods)
                     if not (i and re.fullmatch(r"\w+\s+", t[goods[i - 1][0] : g[0]]))] or goods
            pos = cues[0] if cues else (stall.start() if stall else 0)
            after = [g for g in goods if g[0] > pos]
            # "нет X" names the goods after the cue; "X у нас нет" / "X: дефицит" before it
            clause = max((m.end() for m in re.finditer(r"[.;:!?]\s|\s[-–—]\s|,\s", t[:pos])), default=0)
            before = [g for g in goods if clause <= g[0] < pos]
            if after and not before and cues and re.search(r"[,;]\s|\s[-–—]\s", t[pos : after[0][0]]):
                continue  # "сервисного центра нет, запчасти только из X": what lacks is no goods, the goods are in the next clause
            # "нет X" names the goods after the cue; "Стенда для обкатки редуктора у нас нет" the clause's
            # first goods before it (what they are for follows the head noun)
            crossed = bool(after) and re.search(r"[,;:]\s|\s[-–—]\s", t[pos : after[0][0]]) is not None
            pick = after[0] if after and (after[0][0] - pos) < 60 and not (pos in left and before) and not (
                crossed and before) else (
                before[0] if before else min(goods, key=lambda g: abs(g[0] - pos)))
            without = lex["without"].search(t[max(0, pick[0] - 24) : pick[0]]) is not None
            if (abs(pick[0] - pos) > 90 and not without) or _of_origin(t, pick[0]):
                continue
            if not cues and not without:
                continue  # "простаивает из-за стружки в масле редуктора": idle for a fault, not for want of parts
            # one sentence, one shortage: "нет подшипников и уплотнений" is one stoppage, named by
            # the goods nearest the cue; another sentence of the message about other goods is another
            out.append(Candidate(KIND, (ctx.home_org, pick[1]), home, {"goods": pick[1]},
                                 Evidence(view.message_id, t, block.where, s.depth),
                                 0.8 if cues else 0.6, view.date))
    return out


def group(cands: list[Candidate], ctx: Context) -> list[Finding]:
    by = by_key(cands)
    out = []
    for key, cs in by.items():
        summary = f"{ctx.name(key[0])} lacks {key[1]}, which holds up its work."
        out.append(Finding(KIND, summary, list(cs[0].subjects), {"goods": key[1]}, merge_evidence(cs),
                           confidence(cs), key))
    return out
