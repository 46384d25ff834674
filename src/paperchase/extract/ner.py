"""natasha NER for Russian text (PER, ORG, LOC), loaded once on first use.

natasha depends on pymorphy2, whose import calls `inspect.getargspec`, gone
in Python 3.11: the shim below is the one place that patches it. Models load
lazily (about 1 s) and results are cached by paragraph-aligned chunk,
because quoted history repeats the same paragraphs across a thread; the
tagger runs over many chunks at once (`prefetch`), ten times faster than one
by one. Lemmas come from pymorphy3 in the rule-based finders, not from
natasha's slower morphology tagger. Belarusian and Ukrainian text is
left to the rule-based finders: natasha's output on it is unusable."""

from __future__ import annotations

import inspect
import re
from collections import OrderedDict
from functools import cache
from typing import Any

from paperchase.extract.mention import Mention

CACHE_SIZE = 20_000
_cache: OrderedDict[str, list[tuple[int, int, str]]] = OrderedDict()
NON_RUSSIAN = re.compile("[іўїєґІЎЇЄҐ]")
LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


@cache
def _models() -> tuple[Any, ...]:
    if not hasattr(inspect, "getargspec"):  # pymorphy2 on Python >= 3.11
        def getargspec(func: Any) -> Any:
            spec = inspect.getfullargspec(func)
            return spec.args, spec.varargs, spec.varkw, spec.defaults

        inspect.getargspec = getargspec  # type: ignore[attr-defined]
    from natasha import NewsEmbedding, NewsNERTagger

    return None, NewsNERTagger(NewsEmbedding()), None, None


def available() -> bool:
    try:
        _models()
    except ImportError:
        return False
    return True


def _spans_many(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """natasha's NER tagger over many texts at once: batched, it reads about
    ten times faster than text by text. Texts go in by length, so a batch
    pads little."""
    _segmenter, tagger, _morph, _vocab = _models()
    texts = [_blank_lines(t) for t in texts]
    # a text left without a word gives the tagger nothing to read (it fails on it)
    order = sorted((i for i in range(len(texts)) if re.search(r"\w", texts[i])), key=lambda i: len(texts[i].strip()))
    out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    for i, markup in zip(order, tagger.map([texts[i] for i in order]), strict=True):
        out[i] = [(sp.start, sp.stop, sp.type) for sp in markup.spans]
    return out


_CAPITALISED = re.compile(r"[A-ZА-ЯЁ][^\W\d_]*")
_LINE = re.compile(r"[^\n]+")
_OPENERS = ".!?:;…-–—>•*\"«(["


def _worth_reading(line: str) -> bool:
    """Whether natasha may find a name in `line`: it holds a capitalised
    word inside a sentence, or one opening a sentence that is no common
    Russian word ("Добрый", "Спасибо" open sentences, "Иванов" a name)."""
    from paperchase.extract.persons import common_ru

    for m in _CAPITALISED.finditer(line):
        before = line[:m.start()].rstrip()
        if before and before[-1] not in _OPENERS:
            return True
        if not common_ru(m.group()):
            return True
    return False


def _blank_lines(text: str) -> str:
    """The text with every line natasha would find nothing in (see
    `_worth_reading`) turned to spaces of the same length, so offsets hold:
    in ordinary mail that is about three quarters of the text, and the
    tagger's time is in proportion to the words it reads."""
    return _LINE.sub(lambda m: m.group() if _worth_reading(m.group()) else " " * len(m.group()), text)


CHUNK = 4000
MAX_CHARS = 300_000  # of one text: beyond this, a long attachment is left to the rules (~5 s of NER)


def _chunks(text: str) -> list[tuple[int, str]]:
    """Paragraph-aligned pieces of at most ~CHUNK characters: the cache unit,
    so a paragraph quoted again is not read again."""
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text) and start < MAX_CHARS:
        end = min(len(text), start + CHUNK)
        if end < len(text):
            cut = text.rfind("\n\n", start, end)
            if cut <= start:
                cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        out.append((start, text[start:end]))
        start = end
    return out


def _wanted(chunk: str) -> bool:
    return bool(re.search("[А-Яа-яЁё]", chunk)) and not NON_RUSSIAN.search(chunk)


def prefetch(texts: list[str]) -> None:
    """Run NER over every chunk of `texts` not yet cached, in one batch; call
    before reading a batch of messages so that find_ner only hits the cache."""
    todo: dict[str, None] = {}
    for text in texts:
        for _offset, chunk in _chunks(text):
            if _wanted(chunk) and chunk not in _cache:
                todo[chunk] = None
    if not todo:
        return
    chunks = list(todo)
    try:
        results = _spans_many(chunks)
    except ImportError:
        results = [[] for _ in chunks]
    for chunk, spans in zip(chunks, results, strict=True):
        _cache[chunk] = spans
    while len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)


def find_ner(text: str) -> list[Mention]:
    """PER/ORG/LOC spans natasha finds in Russian `text`; nothing for text in
    Belarusian or Ukrainian letters, or where natasha is not installed."""
    if not text.strip() or not re.search("[А-Яа-яЁё]", text):
        return []
    out: list[Mention] = []
    for offset, chunk in _chunks(text):
        if not _wanted(chunk):
            continue
        if chunk not in _cache:
            prefetch([chunk])
        spans = _cache.get(chunk, [])
        for s, e, t in spans:
            if t not in LABELS or "\n" in chunk[s:e]:
                continue
            m = _SURNAME_INITIALS.search(chunk, s, e) if LABELS[t] == "ORG" else None
            if m is not None and m.end() == e:
                # "КБ Бекмухаметовой Д.Е.": a person with initials read into a unit's name
                out.append(Mention("PER", m.group(), offset + m.start(), offset + e, {"source": "ner"}))
                continue
            label = LABELS[t]
            if label == "PER" and _STATE_WORD.search(chunk[s:e]):
                label = "LOC"  # "в Республике Польша" taken for a person: a state's name
            out.append(Mention(label, chunk[s:e], offset + s, offset + e, {"source": "ner"}))
    return out


# words of a state's official name, never of a person's
_STATE_WORD = re.compile(r"(?<!\w)(?:Республик\w*|Рэспублік\w*|Федераци\w*|Федэрацы\w*|Королевств\w*|Княжеств\w*)(?!\w)")


_SURNAME_INITIALS = re.compile(r"(?<!\w)[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.$|"
                               r"(?<!\w)[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+$")
