"""natasha NER for Russian text (PER, ORG, LOC), loaded once on first use.

natasha depends on pymorphy2, whose import calls `inspect.getargspec`, gone
in Python 3.11: the shim below is the one place that patches it. Models load
lazily (about 1.5 s) and results are cached by text, because quoted history
repeats the same paragraphs across a thread. Belarusian and Ukrainian text is
left to the rule-based finders: natasha's output on it is unusable."""

from __future__ import annotations

import inspect
import re
from collections import OrderedDict
from functools import cache
from typing import Any

from paperchase.extract.mention import Mention

CACHE_SIZE = 20_000
_cache: OrderedDict[str, list[tuple[int, int, str, str]]] = OrderedDict()
NON_RUSSIAN = re.compile("[іўїєґІЎЇЄҐ]")
LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


@cache
def _models() -> tuple[Any, ...]:
    if not hasattr(inspect, "getargspec"):  # pymorphy2 on Python >= 3.11
        def getargspec(func: Any) -> Any:
            spec = inspect.getfullargspec(func)
            return spec.args, spec.varargs, spec.varkw, spec.defaults

        inspect.getargspec = getargspec  # type: ignore[attr-defined]
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    emb = NewsEmbedding()
    return Segmenter(), NewsNERTagger(emb), NewsMorphTagger(emb), MorphVocab()


def available() -> bool:
    try:
        _models()
    except ImportError:
        return False
    return True


def _spans(text: str) -> list[tuple[int, int, str, str]]:
    from natasha import Doc

    segmenter, ner, morph, vocab = _models()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(ner)
    if doc.spans:
        doc.tag_morph(morph)
    out = []
    for span in doc.spans:
        try:
            span.normalize(vocab)
            normal = span.normal or span.text
        except (KeyError, ValueError, IndexError):  # natasha's normaliser trips on odd tokens
            normal = span.text
        out.append((span.start, span.stop, span.type, normal))
    return out


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


def find_ner(text: str) -> list[Mention]:
    """PER/ORG/LOC spans natasha finds in Russian `text`; nothing for text in
    Belarusian or Ukrainian letters, or where natasha is not installed."""
    if not text.strip() or not re.search("[А-Яа-яЁё]", text):
        return []
    out: list[Mention] = []
    for offset, chunk in _chunks(text):
        if NON_RUSSIAN.search(chunk) or not re.search("[А-Яа-яЁё]", chunk):
            continue
        spans = _cache.get(chunk)
        if spans is None:
            try:
                spans = _spans(chunk)
            except ImportError:
                spans = []
            _cache[chunk] = spans
            if len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
        out += [Mention(LABELS[t], chunk[s:e], offset + s, offset + e, {"source": "ner", "lemma": normal})
                for s, e, t, normal in spans if t in LABELS]
    return out
