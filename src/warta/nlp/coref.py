"""In-article coreference of name mentions: one real-world entity, one cluster.

News names a person in full once and by surname afterwards ("Takeshi Iwaya" ... "Iwaya"), spells foreign
names inconsistently ("Zelenskyy"/"Zelensky", "Moskow"/"Moscow"), and reuses family names ("Kim" after
both "Kim Yong-hyun" and "Kim Jong Un" means the one mentioned last). Rules, in order:

* mentions of the same listed entity (same gazetteer key) are one cluster;
* names with the same spelling key (:func:`spelling_key`) and label are one cluster;
* a one-word person mention joins the person cluster that contains that word and was mentioned most
  recently before it (or, failing that, first after it);
* any remaining capitalised word equal to a word of a clustered person's full name becomes a further
  mention of that person (:func:`surname_mentions`).
"""
from __future__ import annotations

import re

from .gazetteer import Gazetteer, fold
from .names import name_core
from .mention import Mention, MentionIndex
from .token_view import TokenView

_NON_LETTER = re.compile(r"[^a-z ]+")
_REPEAT = re.compile(r"(.)\1+")


def spelling_key(text: str) -> str:
    """A key under which transliteration variants coincide: Zelenskyy/Zelensky/Zelenskiy, Moskow/Moscow,
    Odessa/Odesa. Accents dropped, c/k, w/v, ph/f, y/i merged, doubled letters collapsed."""
    s = fold(text)
    s = s.replace("ph", "f").replace("ck", "k")
    s = re.sub(r"c(?!h)", "k", s)
    s = s.replace("w", "v").replace("y", "i")
    s = _NON_LETTER.sub("", s.replace("-", " "))
    return _REPEAT.sub(r"\1", " ".join(s.split()))


class Cluster:
    """Mentions of one entity, with the words of its full names (for surname matching)."""

    __slots__ = ("id", "label", "key", "mentions", "words", "spellings")

    def __init__(self, cid: int, label: str, key: str | None):
        self.id = cid
        self.label = label
        self.key = key
        self.mentions: list[Mention] = []
        self.words: set[str] = set()
        self.spellings: set[str] = set()

    def add(self, m: Mention, text: str) -> None:
        self.mentions.append(m)
        skey = spelling_key(text)
        self.spellings.add(skey)
        parts = skey.split()
        if len(parts) > 1:
            self.words.update(p for p in parts if len(p) >= 3)

    def last_before(self, pos: int) -> int:
        """Start of this cluster's last mention before token ``pos`` (-1 if none)."""
        return max((m.start for m in self.mentions if m.start < pos), default=-1)


def cluster_mentions(view: TokenView, mentions: list[Mention], gaz: Gazetteer) -> list[Cluster]:
    """Group mentions (in text order) into clusters; sets ``Mention.cluster``."""
    clusters: list[Cluster] = []
    by_key: dict[str, Cluster] = {}
    by_spelling: dict[tuple[str, str], Cluster] = {}

    def text_of(m: Mention) -> str:
        text = view.text[view.starts[m.start]:view.ends[m.end - 1]]
        return name_core(text) if m.label in ("LOC", "PER") else text

    def attach(m: Mention, c: Cluster) -> None:
        c.add(m, text_of(m))
        by_spelling.setdefault((m.label, spelling_key(text_of(m))), c)
        m.cluster = c.id

    def new(m: Mention, key: str | None) -> Cluster:
        c = Cluster(len(clusters), m.label, key)
        clusters.append(c)
        if key:
            by_key[key] = c
        attach(m, c)
        return c

    singles: list[Mention] = []
    for m in mentions:
        key = m.record.key if m.record is not None else (m.name and f"{m.label}:{fold(m.name)}")
        skey = spelling_key(text_of(m))
        if key and key in by_key:
            attach(m, by_key[key])
            continue
        same = by_spelling.get((m.label, skey))
        if same is not None:
            if key and same.key is None:
                same.key = key
                by_key[key] = same
            attach(m, same)
            continue
        if m.label == "PER" and m.record is None and len(skey.split()) == 1:
            singles.append(m)
            continue
        new(m, key)
    for m in singles:
        word = spelling_key(text_of(m))
        target = _nearest_person(clusters, word, m.start)
        if target is not None:
            attach(m, target)
        else:
            new(m, None)
    return clusters


def _nearest_person(clusters: list[Cluster], word: str, pos: int) -> Cluster | None:
    """The person cluster whose full name contains ``word``, mentioned last before ``pos`` (else first after)."""
    best, best_pos = None, -2
    after, after_pos = None, None
    for c in clusters:
        if c.label != "PER" or word not in c.words:
            continue
        before = c.last_before(pos)
        if before > best_pos:
            best, best_pos = c, before
        first = min(m.start for m in c.mentions)
        if before < 0 and (after_pos is None or first < after_pos):
            after, after_pos = c, first
    if best is not None and best_pos >= 0:
        return best
    return after


def surname_mentions(view: TokenView, clusters: list[Cluster], index: MentionIndex, gaz: Gazetteer) -> list[Mention]:
    """Further one-word mentions of clustered persons ("Iwaya", "Kim") that no finder proposed."""
    words = {w for c in clusters if c.label == "PER" for w in c.words}
    if not words:
        return []
    found: list[Mention] = []
    for i in range(view.n):
        if not view.cap[i] or not view.alpha[i] or index.at(i) is not None:
            continue
        if view.lowers[i] in gaz.calendar or view.lowers[i] in gaz.particles:
            continue
        word = spelling_key(view.texts[i])
        if word not in words:
            continue
        if view.sent_first[i] and gaz.is_common(view.lowers[i]):
            continue
        target = _nearest_person(clusters, word, i)
        if target is None:
            continue
        m = Mention(i, i + 1, "PER", evidence="surname")
        m.cluster = target.id
        target.add(m, view.texts[i])
        index.add(m)
        found.append(m)
    return found
