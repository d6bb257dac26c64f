"""Who speaks: speech-cue lexicons, quotation-mark pairing and speaker-phrase reading for the quote stage.

The quote stage (:mod:`warta.nlp.quotes`) reads Indonesian reported speech with a handful of surface
patterns. What those patterns look for lives in two data files under ``warta/lexicon`` so that analysts can
extend them without touching code:

* ``speech_cues.tsv``: the cue words (``kata``, ``ujarnya``, ``mengatakan``, ``menurut`` ...), each with
  the position it takes (verb, inverted, suffixed, source, passive) and flags;
* ``speaker_words.tsv``: the words that shape a speaker phrase (pronouns, prepositions, time words ...).

Both are read once per process (``lru_cache``), so the stage stays a linear scan over tokens.

Quotation marks are paired per paragraph, not per sentence: a quotation may hold several sentences, but
a paragraph in which the double marks do not balance is refused rather than guessed at (the habit of
re-opening a quotation in every paragraph of a long speech is too easy to confuse with a stray mark).

:class:`SpeakerReader` holds one Doc as plain token arrays with the entity mentions laid on them and reads
speaker phrases: the subject left of a speech verb (past adverbs, apposition and relative clauses), the
phrase right of an inverted cue (up to a preposition or time word), and what a phrase resolves to.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from ..lexicon import read_tsv
from .morphology import looks_like_verb

OPEN_DOUBLE = frozenset({"“", "«", "„"})
CLOSE_DOUBLE = frozenset({"”", "»"})
OPEN_SINGLE = frozenset({"‘"})
CLOSE_SINGLE = frozenset({"’"})
ASCII_DOUBLE = '"'
ASCII_SINGLE = "'"
QUOTE_MARKS = OPEN_DOUBLE | CLOSE_DOUBLE | OPEN_SINGLE | CLOSE_SINGLE | {ASCII_DOUBLE, ASCII_SINGLE}
FINAL_PUNCT = frozenset({".", "!", "?", "…", "...", "!?", "?!"})
DASHES = frozenset({"-", "–", "—", "--"})


@dataclass(frozen=True)
class Cue:
    """One reading of a cue word: its position in the sentence and its flags."""

    text: str
    kind: str  # verb | inverted | suffixed | source | passive
    flags: frozenset[str]

    @property
    def needs_bahwa(self) -> bool:
        return "bahwa" in self.flags

    @property
    def strict(self) -> bool:
        return "strict" in self.flags

    @property
    def invertible(self) -> bool:
        return self.kind in ("inverted", "passive") or "invert" in self.flags


@dataclass(frozen=True)
class CueLexicon:
    """Cues indexed by their first word (lower case); multi-word cues keep their remaining words."""

    by_first: dict[str, tuple[tuple[tuple[str, ...], Cue], ...]]

    def match(self, lowers: list[str], i: int, end: int) -> tuple[Cue, int] | None:
        """The longest cue starting at token ``i`` (not past ``end``) as (cue, end token), else None."""
        entries = self.by_first.get(lowers[i])
        if not entries:
            return None
        best: tuple[Cue, int] | None = None
        for rest, cue in entries:
            stop = i + 1 + len(rest)
            if stop > end or tuple(lowers[i + 1:stop]) != rest:
                continue
            if best is None or stop > best[1]:
                best = (cue, stop)
        return best

    def readings(self, lowers: list[str], i: int, end: int, kinds: frozenset[str]) -> list[tuple[Cue, int]]:
        """Every cue reading of the given kinds starting at token ``i``."""
        out = []
        for rest, cue in self.by_first.get(lowers[i], ()):
            stop = i + 1 + len(rest)
            if cue.kind in kinds and stop <= end and tuple(lowers[i + 1:stop]) == rest:
                out.append((cue, stop))
        return out


@lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    """The speech cues of ``speech_cues.tsv``, read once."""
    index: dict[str, list[tuple[tuple[str, ...], Cue]]] = {}
    for row in read_tsv("speech_cues.tsv"):
        words = tuple(row[0].lower().split())
        kind = row[1] if len(row) > 1 else "verb"
        flags = frozenset(f.strip() for f in row[2].split(",") if f.strip()) if len(row) > 2 else frozenset()
        index.setdefault(words[0], []).append((words[1:], Cue(" ".join(words), kind, flags)))
    return CueLexicon({k: tuple(v) for k, v in index.items()})


@lru_cache(maxsize=1)
def speaker_words() -> dict[str, frozenset[str]]:
    """Word classes of ``speaker_words.tsv``: class name → set of lower-case words."""
    classes: dict[str, set[str]] = {}
    for row in read_tsv("speaker_words.tsv"):
        if len(row) >= 2:
            classes.setdefault(row[1], set()).add(row[0].lower())
    return {k: frozenset(v) for k, v in classes.items()}


def word_class(name: str) -> frozenset[str]:
    """One class of ``speaker_words.tsv`` (empty when the file does not define it)."""
    return speaker_words().get(name, frozenset())


@dataclass(frozen=True)
class QuoteSpan:
    """A balanced pair of quotation marks: token indices of the opening and the closing mark."""

    open: int
    close: int
    double: bool


def pair_marks(texts: list[str], start: int, end: int) -> list[QuoteSpan] | None:
    """Outermost balanced quotations among tokens ``start:end`` (one paragraph), by opening token.

    Double marks (“ ” and ") decide: if they do not balance, the paragraph is refused (``None``). Single marks
    (‘ ’ and ') count only outside double quotations and are dropped on their own when they do not
    balance, since ’ and ' also serve as apostrophes.
    """
    doubles = _pair(texts, range(start, end), OPEN_DOUBLE, CLOSE_DOUBLE, ASCII_DOUBLE, True)
    if doubles is None:
        return None
    inside = {i for q in doubles for i in range(q.open, q.close + 1)}
    singles = _pair(texts, (i for i in range(start, end) if i not in inside), OPEN_SINGLE, CLOSE_SINGLE,
                    ASCII_SINGLE, False) or []
    singles = [q for q in singles if q.close - q.open > 1]  # a quotation must contain a word
    return sorted(doubles + singles, key=lambda q: q.open)


def _pair(texts: list[str], positions, opens: frozenset[str], closes: frozenset[str], ascii_mark: str,
          double: bool) -> list[QuoteSpan] | None:
    """Non-nested pairs of one kind of mark over ``positions``; None when they do not balance."""
    out: list[QuoteSpan] = []
    opened = -1
    ascii_open = False
    for i in positions:
        t = texts[i]
        if t in opens:
            if opened >= 0:
                return None
            opened = i
        elif t in closes:
            if opened < 0 or ascii_open:
                return None
            out.append(QuoteSpan(opened, i, double))
            opened = -1
        elif t == ascii_mark:
            if opened < 0:
                opened, ascii_open = i, True
            elif ascii_open:
                out.append(QuoteSpan(opened, i, double))
                opened, ascii_open = -1, False
            else:
                return None
    return None if opened >= 0 else out


MAX_SPEAKER_TOKENS = 8  # a speaker phrase longer than this without a name is a clause, not a speaker
MAX_SUBJECT_SPAN = 10  # tokens between a clause boundary and a speech verb that may still be its subject
CLAUSE_STOPS = FINAL_PUNCT | QUOTE_MARKS | {";", ":", "(", ")", "[", "]"}
COORDINATORS = frozenset({"dan", "serta", "lalu", "kemudian", "lantas", "sambil", "seraya"})


@dataclass(frozen=True)
class _Words:
    """The word classes of ``speaker_words.tsv`` as attributes (read once per process)."""

    pron_sg: frozenset[str]
    pron_pl: frozenset[str]
    first_person: frozenset[str]
    demonstrative: frozenset[str]
    lead: frozenset[str]
    connector: frozenset[str]
    boundary: frozenset[str]
    time: frozenset[str]
    adverb: frozenset[str]
    negation: frozenset[str]
    modal: frozenset[str]
    docnoun: frozenset[str]
    statementnoun: frozenset[str]
    determiner: frozenset[str]
    title: frozenset[str]
    recap: frozenset[str]
    plural: frozenset[str]
    stop_after: frozenset[str]  # boundary | time: where a speaker phrase ends


@lru_cache(maxsize=1)
def _words() -> _Words:
    names = ("pronoun_sg", "pronoun_pl", "first_person", "demonstrative", "lead", "connector", "boundary",
             "time", "adverb", "negation", "modal", "docnoun", "statementnoun", "determiner", "title", "recap",
             "plural")
    sets = [word_class(n) for n in names]
    return _Words(*sets, stop_after=word_class("boundary") | word_class("time"))


@lru_cache(maxsize=1)
def _all_speaker_words() -> frozenset[str]:
    w = _words()
    return frozenset().union(*(getattr(w, f) for f in w.__dataclass_fields__))


def _men_verb(word: str) -> bool:
    """A meN- verb, also before l, r, w, y ("melaporkan", "merebut"), but not "mereka" or "menteri"."""
    return word.startswith(("meng", "meny", "mem", "men")) or (word[2:3] in ("l", "r", "w", "y")
                                                             and looks_like_verb(word))


@dataclass
class Ref:
    """A speaker before resolution: a fixed speaker dict, a pronoun, an anaphor, or 'as before'."""

    kind: str  # fixed | pron_sg | pron_nya | pron_pl | anaphor | cont
    speaker: dict | None = None
    head: str = ""
    etype: str | None = None  # entity type of a fixed entity speaker


@dataclass(frozen=True)
class Mention:
    """An entity mention mapped onto tokens: ``entities[ent]`` covers tokens ``a:b``."""

    ent: int
    a: int  # first token
    b: int  # token after the last
    start: int  # character offsets
    end: int


class SpeakerReader:
    """One Doc as token arrays, with entity mentions laid on the tokens, and the rules that read speaker
    phrases: who stands before a speech verb, who follows an inverted cue, what a phrase resolves to.

    :mod:`warta.nlp.quotes` builds on it to find the quotations themselves.
    """

    def __init__(self, doc: Doc, entities: list[dict]) -> None:
        self.text = doc.text
        self.entities = entities
        self.w = _words()
        self.cues = cue_lexicon()
        self.texts = [t.text for t in doc]
        self.lowers = [t.lower_ for t in doc]
        self.starts = [t.idx for t in doc]
        self.ends = [s + len(t) for s, t in zip(self.starts, self.texts)]
        self.space = [t.is_space for t in doc]
        self._paragraphs()
        if doc.has_annotation("SENT_START"):
            self.sents = [(s.start, s.end) for s in doc.sents]
        else:  # a Doc without sentence boundaries: paragraphs stand in for sentences
            self.sents = [(a, b) for a, b in self.para_bounds]
        self.sent_of = [0] * len(doc)
        for k, (a, b) in enumerate(self.sents):
            for i in range(a, b):
                self.sent_of[i] = k
        self._map_mentions()

    # ------------------------------------------------------------------ setup
    def _paragraphs(self) -> None:
        """Paragraph index per token; a run of newline tokens separates paragraphs."""
        n = len(self.texts)
        self.para = [0] * n
        bounds: list[list[int]] = []
        p = -1
        pending = True
        for i in range(n):
            if self.space[i]:
                if "\n" in self.texts[i]:
                    pending = True
                self.para[i] = max(p, 0)
                continue
            if pending:
                p += 1
                bounds.append([i, i + 1])
                pending = False
            self.para[i] = p
            bounds[p][1] = i + 1
        self.para_bounds = [(a, b) for a, b in bounds] or [(0, n)]

    def _map_mentions(self) -> None:
        """Put every entity mention on the tokens it covers; keep a char-sorted list for look-backs."""
        n = len(self.texts)
        self.mention: list[Mention | None] = [None] * n
        self.mentions: list[Mention] = []
        for ei, ent in enumerate(self.entities):
            for m in ent.get("mentions") or ():
                s, e = m.get("start"), m.get("end")
                if not isinstance(s, int) or not isinstance(e, int) or e <= s:
                    continue
                a = bisect_right(self.starts, s) - 1
                b = bisect_left(self.starts, e)
                if a < 0 or b <= a:
                    continue
                men = Mention(ei, a, b, s, e)
                self.mentions.append(men)
                for i in range(a, b):
                    old = self.mention[i]
                    if old is None or (old.b - old.a) < (b - a):
                        self.mention[i] = men
        self.mentions.sort(key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]

    # ------------------------------------------------------------------ small helpers
    def _etype(self, m: Mention) -> str:
        return self.entities[m.ent].get("type") or ""

    def _entity_speaker(self, ei: int) -> Ref:
        ent = self.entities[ei]
        return Ref("fixed", {"name": ent.get("name"), "entity": ent.get("id"), "country": ent.get("country")},
                    etype=ent.get("type"))

    def _span_text(self, a: int, b: int) -> str:
        return self.text[self.starts[a]:self.ends[b - 1]]

    def _cue_dict(self, a: int, b: int) -> dict:
        return {"text": self._span_text(a, b), "start": self.starts[a], "end": self.ends[b - 1]}

    def _is_word(self, i: int) -> bool:
        t = self.texts[i]
        return bool(t) and t[0].isalnum()

    def _words_in(self, a: int, b: int) -> int:
        return sum(1 for i in range(a, b) if self._is_word(i))

    def _free(self, i: int) -> bool:
        """True when token ``i`` is not part of an entity mention (so lexicon words may apply)."""
        return self.mention[i] is None

    def _sent_end(self, i: int) -> int:
        return self.sents[self.sent_of[i]][1]

    def _trim(self, a: int, b: int, keep_final: bool = False) -> tuple[int, int]:
        """Drop spaces, dashes and separating punctuation at both ends of a span. A reported clause also
        loses its full stop; a quotation keeps it (it is part of what was said), but not the comma that
        only joins it to ``kata X``."""
        while a < b and (self.space[a] or self.texts[a] in DASHES or self.texts[a] in {",", ":"}):
            a += 1
        while b > a and (self.space[b - 1] or (self.texts[b - 1] in FINAL_PUNCT and not keep_final)
                         or self.texts[b - 1] in {",", ";", ":"} or self.texts[b - 1] in DASHES):
            b -= 1
        return a, b

    def _namey(self, i: int) -> bool:
        """A speaker can start here: a mention, a pronoun or a capitalised word."""
        lw = self.lowers[i]
        return (self.mention[i] is not None or lw in self.w.pron_sg or lw in self.w.pron_pl
                or self.texts[i][:1].isupper())

    def _is_verb_cue(self, i: int, end: int) -> bool:
        return bool(self.cues.readings(self.lowers, i, end, frozenset({"verb"})))

    def _looks_men(self, i: int) -> bool:
        """A lower-case meN- verb ("menanggapi"): a speaker phrase ends before it (titles excepted)."""
        t = self.texts[i]
        return (self._free(i) and t.islower() and len(t) >= 6 and _men_verb(t) and t not in self.w.title)

    def _looks_verbal(self, i: int) -> bool:
        """A lower-case word with a verbal prefix (meN-, ber-, di-, ter-): where a plural subject ends."""
        t = self.texts[i]
        return (self._free(i) and t.islower() and len(t) >= 6
                and (_men_verb(t) or t.startswith(("ber", "di", "ter"))))

    # ------------------------------------------------------------------ speaker phrases
    def _phrase_ref(self, a: int, b: int) -> Ref | None:
        """Resolve the speaker phrase of tokens ``a:b`` (see the module docstring for the order)."""
        w = self.w
        while b > a and (self.texts[b - 1] in {",", ";"} or self.space[b - 1]):
            b -= 1
        if a >= b:
            return None
        if b - a == 1 and self._free(a):
            lw = self.lowers[a]
            if lw in w.pron_sg:
                return Ref("pron_sg")
            if lw in w.pron_pl:
                return Ref("pron_pl")
            if lw in w.first_person:
                return None
        inside = self._mentions_in(a, b)
        persons = [m for m in inside if self._etype(m) == "PER"]
        if persons:
            return self._entity_speaker(persons[-1].ent)
        bracketed = [m for m in inside if self._etype(m) == "ORG" and m.a > a and self.texts[m.a - 1] == "("]
        if bracketed:
            return self._entity_speaker(bracketed[0].ent)  # "Kepala Staf Gabungan (JCS)": the body named
        core = a
        while core < b - 1 and self._free(core) and self.lowers[core] in w.determiner:
            core += 1
        for m in inside:
            if m.a == core and m.b == b:
                return self._entity_speaker(m.ent)
        if b - a > MAX_SPEAKER_TOKENS:
            return None
        first = self.lowers[a]
        if self._free(a) and (first in w.boundary or first in w.connector or first in w.negation
                              or first in w.first_person or not self._is_word(a)):
            return None
        if any(self.texts[i] in QUOTE_MARKS for i in range(a, b)):
            return None
        phrase = self._span_text(a, b)
        holder = self._role_holder(phrase, a)
        if holder is not None:
            return self._entity_speaker(holder)
        country = None
        for want in ("LOC", None):
            for m in inside:
                ent = self.entities[m.ent]
                if ent.get("country") and (want is None or ent.get("type") == want):
                    country = ent.get("country")
                    break
            if country:
                break
        speaker = {"name": phrase, "entity": None, "country": country}
        if b - a >= 2 and self._free(b - 1) and self.lowers[b - 1] in w.demonstrative:
            return Ref("anaphor", speaker, head=self.lowers[core])
        return Ref("fixed", speaker)

    def _mentions_in(self, a: int, b: int) -> list[Mention]:
        out: list[Mention] = []
        i = a
        while i < b:
            m = self.mention[i]
            if m is not None and m.a >= a and m.b <= b:
                out.append(m)
                i = m.b
            else:
                i += 1
        return out

    def _role_holder(self, phrase: str, at: int) -> int | None:
        """The person whose stated role is ``phrase``, or who is named right after that title in the text."""
        key = " ".join(phrase.lower().split())
        for ei, ent in enumerate(self.entities):
            role = ent.get("role")
            if ent.get("type") == "PER" and role and " ".join(role.lower().split()) == key:
                return ei
        if key.split(" ", 1)[0] not in self.w.title:
            return None
        best, dist = None, None
        pos = self.starts[at]
        for m in self.mentions:
            if self._etype(m) != "PER":
                continue
            mtext = self.text[m.start:m.end].lower()
            before = self.text[max(0, m.start - len(key) - 3):m.start].lower().rstrip(" ,")
            if mtext.startswith(key + " ") or before.endswith(key):
                d = abs(m.start - pos)
                if dist is None or d < dist:
                    best, dist = m.ent, d
        return best

    def _speaker_after(self, j: int, end: int) -> tuple[int, int] | None:
        """The speaker phrase that follows an inverted cue: tokens from ``j`` to a preposition, time word
        or punctuation (a comma only when a name follows it: "kata kepala dinas, Budi Santoso")."""
        w = self.w
        if j >= end or self.space[j] or not self._is_word(j):
            return None
        lw = self.lowers[j]
        if self._free(j):
            if lw in w.pron_sg or lw in w.pron_pl:
                return j, j + 1
            if (lw in w.stop_after or lw in w.connector or lw in w.negation or lw in w.first_person
                    or lw in w.modal):
                return None
        k = j
        while k < end:
            m = self.mention[k]
            if m is not None:
                k = max(k + 1, m.b)
                continue
            t = self.texts[k]
            if self.space[k]:
                break
            if t == ",":
                nxt = self.mention[k + 1] if k + 1 < end else None
                if nxt is not None and nxt.a == k + 1 and self._etype(nxt) in ("PER", "ORG"):
                    k = nxt.b
                    continue
                name_end = self._bare_name(k + 1, end)
                if name_end is not None:
                    return k + 1, name_end  # "kata Direktur Utama PT X, Budi Santoso": the name speaks
                break
            inner = self.mention[k + 1] if t == "(" and k + 1 < end else None
            if inner is not None and self._etype(inner) == "ORG" and inner.b < end and self.texts[inner.b] == ")":
                k = inner.b + 1  # "tegas Kepala Staf Gabungan (JCS) Korea Selatan"
                continue
            if not t[0].isalnum():
                break
            if k > j and (self.lowers[k] in w.stop_after or self._is_verb_cue(k, end) or self._looks_men(k)):
                break
            k += 1
            if k - j > MAX_SPEAKER_TOKENS:
                return None
        return (j, min(k, end)) if k > j else None

    def _bare_name(self, i: int, end: int) -> int | None:
        """End of a personal name the entity stage did not list: two or more capitalised words that are
        not lexicon words, starting at ``i``. Lets apposition work without entities."""
        k = i
        while (k < end and self._free(k) and self.texts[k][:1].isupper() and self.texts[k].isalpha()
               and self.lowers[k] not in _all_speaker_words()):
            k += 1
        return k if k - i >= 2 else None

    def _apposition_name(self, i: int, se: int) -> tuple[Ref, int] | None:
        """A name set off by commas right after a title ("Kepala Humas, Budi Santoso, ..."): the person
        and the token after the closing comma, or None."""
        m = self.mention[i] if i < se else None
        end = None
        if m is not None and m.a == i and self._etype(m) == "PER":
            end = m.b
        else:
            bare = self._bare_name(i, se)
            if bare is not None:
                end = bare
        if end is None or end >= se or self.texts[end] != ",":
            return None
        ref = self._entity_speaker(m.ent) if m is not None and m.a == i else self._phrase_ref(i, end)
        return (ref, end) if ref is not None else None

    def _lower_np_ok(self, sp: tuple[int, int]) -> bool:
        """A lower-case speaker after an ambiguous cue is accepted when it holds a named place or body
        ("melaporkan pasukan udara Ukraina")."""
        return bool(self._mentions_in(*sp))

    def _source_ref(self, a: int, b: int) -> Ref | None:
        """Speaker of ``menurut <a:b>``: none for documents ("menurut laporan ..."), the owner for
        statements ("menurut pernyataan X")."""
        w = self.w
        if a >= b:
            return None
        if self._free(a) and self.lowers[a] in w.docnoun:
            return None
        if self._free(a) and self.lowers[a] in w.statementnoun:
            a += 1
        sp = self._speaker_after(a, b)
        if sp is None:
            return None
        return self._phrase_ref(*sp)

    # ------------------------------------------------------------------ subjects of speech verbs
    def _segment_start(self, k: int, lo: int) -> int:
        """First token of the comma/clause-delimited segment that ends at token ``k``."""
        j = k
        while j >= lo and self.texts[j] != "," and self.texts[j] not in CLAUSE_STOPS and not self.space[j]:
            j -= 1
        return j + 1

    def _subject(self, v: int, lo: int) -> Ref | None:
        """The speaker of the speech verb at token ``v``, read leftwards but not before token ``lo``."""
        w = self.w
        k = v - 1
        while k >= lo and self._free(k) and self.lowers[k] in w.adverb:
            k -= 1
        if k > lo and self.texts[k] == ")":
            # "Militer Israel (IDF) mengatakan": the bracketed short name belongs to the subject before it
            opening = next((x for x in range(k - 1, max(lo, k - 6), -1) if self.texts[x] == "("), None)
            if opening is not None:
                k = opening - 1
        if k < lo:
            return None
        lw = self.lowers[k]
        if self._free(k):
            if lw in COORDINATORS:
                return self._clause_subject(lo)
            if lw == "yang":
                return self._antecedent(k, lo)
            if lw in w.negation or lw in w.modal or lw in w.boundary:
                return None
        if self.texts[k] == ",":
            j = self._segment_start(k - 1, lo)
            if j > k - 1:
                return None
            if self.lowers[j] == "yang":
                return self._antecedent(j, lo)
            # "A, B, mengatakan": B is an apposition; a person named in it is the speaker ("Kepala dinas,
            # Budi, mengatakan"), otherwise the head A is ("Budi, dari LSM X, mengatakan")
            if any(self._etype(m) == "PER" for m in self._mentions_in(j, k)) or self._bare_name(j, k) == k:
                return self._clean_subject(j, k)
            if j - 1 >= lo and self.texts[j - 1] == ",":
                head = self._clean_subject(self._segment_start(j - 2, lo), j - 1)
                if head is not None:
                    return head
            return self._clean_subject(j, k)
        j = self._segment_start(k, lo)
        if j <= k and self.lowers[j] == "yang" and self._free(j):
            return self._antecedent(j, lo)
        return self._clean_subject(j, k + 1)

    def _antecedent(self, yang: int, lo: int) -> Ref | None:
        """Subject of a verb in a relative clause. "Budi yang mengatakan": only a named person or body right
        before ``yang`` (a bare noun there is usually a document: "laporan yang mengatakan"). "..., pejabat
        militer, yang mengatakan": the noun phrase that ends at the comma."""
        k = yang - 1
        comma = k >= lo and self.texts[k] == ","
        if comma:
            k -= 1
        if k < lo:
            return None
        m = self.mention[k]
        named = m is not None and m.b == k + 1 and (self._etype(m) == "PER" or (not comma and self._etype(m) == "ORG"))
        if named:
            return self._entity_speaker(m.ent)
        if not comma:
            return None
        start = self._segment_start(k, lo)
        a = start
        for i in range(k, start - 1, -1):
            if self._free(i) and (self.lowers[i] in self.w.boundary or self.lowers[i] in self.w.connector):
                a = i + 1
                break
        return self._clean_subject(a, k + 1) if a <= k else None

    def _clause_subject(self, lo: int) -> Ref | None:
        """Subject of a coordinated verb ("X menolak ... dan mengatakan"): the name that opens the clause."""
        a = lo
        while a < len(self.texts) and self._free(a) and (self.lowers[a] in self.w.lead or self.texts[a] == ","):
            a += 1
        if a >= len(self.texts):
            return None
        m = self.mention[a]
        if m is not None and m.a == a:
            return self._entity_speaker(m.ent)
        lw = self.lowers[a]
        if lw in self.w.pron_sg:
            return Ref("pron_sg")
        if lw in self.w.pron_pl:
            return Ref("pron_pl")
        return None

    def _clean_subject(self, a: int, b: int) -> Ref | None:
        """Trim connectors, leading adverbials and trailing prepositional phrases off a raw subject."""
        w = self.w
        while a < b and self._free(a) and self.lowers[a] in w.lead:
            a += 1
        for i in range(b - 1, a - 1, -1):
            if self._free(i) and self.lowers[i] in w.connector:
                a = i + 1
                # "... hingga saat ini mereka mengaku": time words after the connector are not the subject
                while a < b - 1 and self._free(a) and (self.lowers[a] in w.time
                                                       or self.lowers[a] in w.demonstrative):
                    a += 1
                break
        for i in range(a + 1, b):
            if self._free(i) and self.lowers[i] == "yang":
                b = i  # "Pejabat yang mendampingi Budi mengatakan": the head comes before the relative clause
                break
        if a >= b:
            return None
        inside = self._mentions_in(a, b)
        persons = [m for m in inside if self._etype(m) == "PER"]
        if persons:
            return self._entity_speaker(persons[-1].ent)
        last = self.lowers[b - 1]
        if self._free(b - 1) and (last in w.pron_sg or last in w.pron_pl):
            return self._phrase_ref(b - 1, b)  # "Sambil menggeleng, dia mengatakan"
        for i in range(b - 1, a, -1):
            if self._looks_men(i):
                a = i + 1  # "Sambil mendengarkan pertanyaan itu juru bicara ...": after the last verb
                break
        if b - a > MAX_SUBJECT_SPAN:
            return None
        if self._free(a) and self.lowers[a] in w.boundary:
            a += 1
            while a < b and self._free(a) and (self.lowers[a] in w.time or self.texts[a][:1].isdigit()):
                a += 1
        for i in range(a + 1, b):
            if self._free(i) and self.lowers[i] in w.stop_after:
                b = i
                break
        if a >= b:
            return None
        return self._phrase_ref(a, b)
