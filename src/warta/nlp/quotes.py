"""Direct and indirect quotes with their speakers (SPEC section 5).

Indonesian news attributes speech with a small set of surface patterns, so the stage reads them with
rules over tokens instead of a model:

* direct quotes are balanced quotation marks (paired per paragraph by :func:`speech.pair_marks`) whose
  speaker comes from a cue after the quotation (``“...,” kata X``, ``“...,” katanya``, ``“...,” X
  mengatakan``), before it (``X mengatakan: “...”``, ``Menurut X, “...”``), from the next sentence (``Hal
  itu disampaikan X``) or from the quotation it continues;
* short quoted terms inside a sentence are scare quotes, not speech, unless a cue frames them;
* indirect quotes are reported clauses: ``X mengatakan (bahwa) ...``, ``menurut X, ...``, ``..., kata X``,
  one per sentence, and never a second copy of a direct quote.

Speakers are resolved against the entity list the entity stage produced (passed in, never recomputed;
phrase reading lives in :class:`warta.nlp.speech.SpeakerReader`):
a person named inside the speaker phrase wins, then an entity that is the whole phrase, then an entity whose
stated role is the phrase ("Presiden Ukraina"), else the phrase as written. Pronouns (``dia``, ``-nya``,
``mereka``) and phrases like ``kementerian tersebut`` are resolved afterwards, in reading order, against
the speakers already found, which is why candidates are collected first and resolved in a second pass.

Everything is a single left-to-right pass with small look-around windows and module-level lexicons, so the
stage costs a few microseconds per token.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

from .speech import (
    CLAUSE_STOPS,
    DASHES,
    FINAL_PUNCT,
    MAX_SPEAKER_TOKENS,
    MAX_SUBJECT_SPAN,
    QUOTE_MARKS,
    Cue,
    QuoteSpan,
    Ref,
    SpeakerReader,
    pair_marks,
)

LONG_QUOTE_WORDS = 6  # a quotation this long inside a sentence is speech, not a scare quote
BAHWA_WINDOW = 8  # "X mengatakan kepada wartawan di Kyiv bahwa ...": adverbials allowed before "bahwa"
PRECUE_WINDOW = 10  # "X mengatakan kepada wartawan: “...”": adverbials allowed between cue and quote
MIN_INDIRECT_WORDS = 2
# predicates that are not verbal in form: "menyebutkan 27 orang tewas" reports a clause
CLAUSE_TOLL = frozenset({"tewas", "terluka", "meninggal", "gugur", "hilang", "selamat"})
# words that end an object noun phrase before any predicate of its own: "menegaskan kembali komitmennya untuk
# memberantas korupsi", "menyebut X sebagai Y", "menyatakan dukungan yang ..."
OBJECT_ENDS = frozenset({"sebagai", "yang", "untuk", "guna", "demi", "agar", "supaya", "kembali", "dengan"})
ALL_KINDS = frozenset({"verb", "inverted", "suffixed", "source", "passive"})
POST_KINDS = frozenset({"inverted", "suffixed", "source", "passive", "verb"})


@dataclass
class _Cand:
    kind: str  # direct | indirect
    start: int
    end: int
    para: int
    ref: Ref | None
    cue: dict | None
    anchor: int  # character offset: antecedents of pronouns are looked for before it


def extract_quotes(doc: Doc, entities: list[dict]) -> list[dict]:
    """SPEC quote dicts (kind, text, start, end, speaker, cue) for ``doc``, sorted by start.

    ``entities`` are SPEC entity dicts whose mention offsets point into ``doc.text``; they decide which
    speaker phrases become entity speakers. The Doc must have sentence boundaries.
    """
    if not len(doc):
        return []
    return _Extractor(doc, entities).run()


class _Extractor(SpeakerReader):
    """The quotation marks of one Doc, and the two passes: find candidates, then resolve speakers."""

    def __init__(self, doc: Doc, entities: list[dict]) -> None:
        super().__init__(doc, entities)
        self.in_quote = [False] * len(doc)
        self.open_tok: dict[int, QuoteSpan] = {}
        self.close_tok: set[int] = set()
        self.refused: set[int] = set()
        self.spans: list[tuple[int, QuoteSpan]] = []
        for p, (a, b) in enumerate(self.para_bounds):
            spans = pair_marks(self.texts, a, b)
            if spans is None:
                self.refused.add(p)
                continue
            for q in spans:
                self.spans.append((p, q))
                self.open_tok[q.open] = q
                self.close_tok.add(q.close)
                for i in range(q.open, q.close + 1):
                    self.in_quote[i] = True
        self._indirect_cache: dict[int, _Cand | None] = {}

    # ------------------------------------------------------------------ attribution around a quotation
    def _attribution(self, j: int, end: int, mode: str) -> tuple[Ref, int, int] | None:
        """A speaker cue starting at token ``j``: after a closing mark (``mode="post"``) or opening the
        sentence after a quotation (``mode="next"``). Returns (speaker, cue start, cue end)."""
        w = self.w
        if mode == "next":
            while j < end and self._free(j) and self.lowers[j] in w.recap:
                j += 1
        if j >= end or self.space[j] or self.texts[j] in QUOTE_MARKS:
            return None
        if self._free(j):
            for cue, ce in self.cues.readings(self.lowers, j, end, POST_KINDS):
                found = self._inverted_speaker(cue, j, ce, end, mode)
                if found is not None:
                    return found, j, ce
            if self.lowers[j] in w.boundary or self.lowers[j] in w.connector:
                return None
        k = j
        limit = min(end, j + MAX_SUBJECT_SPAN + 1)
        while k < limit:
            t = self.texts[k]
            if t in CLAUSE_STOPS or t == "," or self.space[k]:
                return None
            if self._free(k) and k > j:
                verb = self.cues.readings(self.lowers, k, end, frozenset({"verb"}))
                if verb:
                    ref = self._subject(k, j)
                    return (ref, k, verb[0][1]) if ref is not None else None
            k += 1
        return None

    def _inverted_speaker(self, cue: Cue, i: int, ce: int, end: int, mode: str) -> Ref | None:
        """Speaker of a cue read in inverted position (``kata X``, ``katanya``, ``disampaikan oleh X``)."""
        if cue.kind == "suffixed" or (cue.kind == "source" and self.lowers[i].endswith("nya")):
            if cue.strict and mode == "next":
                return None
            return Ref("pron_nya")
        if not cue.invertible and cue.kind != "source":
            return None
        a = ce
        if cue.kind == "passive" and a < end and self.lowers[a] == "oleh":
            a += 1
        sp = self._speaker_after(a, end)
        if sp is None or (cue.strict and not self._namey(sp[0])):
            return None
        if cue.kind == "verb" and not self._namey(sp[0]) and mode == "next":
            return None
        return self._phrase_ref(*sp)

    def _precue(self, o: int, ps: int, last: int | None = None) -> tuple[Ref, int, int] | None:
        """A cue before the opening mark at ``o``: ``X mengatakan: “``, ``Menurut X, “``. A cue that ends an
        earlier quotation (``“...,” kata X, “...”``) yields a continuation reference. ``last`` is the token
        just before the quotation when that is not ``o - 1`` (a paragraph that ends with a colon)."""
        texts, lowers = self.texts, self.lowers
        k = o - 1 if last is None else last
        adjacent = texts[k] in {":", ","} or lowers[k] == "bahwa"
        source_ok = texts[k] == ","
        if texts[k] in {":", ","}:
            k -= 1
        if k >= ps and lowers[k] == "bahwa":
            k -= 1
        lo = max(ps, k - PRECUE_WINDOW)
        saw_cue = False
        i = k
        while i >= lo:
            t = texts[i]
            if i in self.close_tok:
                return (Ref("cont"), -1, -1) if saw_cue else None
            if t in CLAUSE_STOPS or self.space[i]:
                return None
            if self._free(i):
                for cue, ce in self.cues.readings(lowers, i, k + 1, ALL_KINDS):
                    if cue.kind == "verb" and (adjacent or ce == k + 1):
                        ss = max(ps, self.sents[self.sent_of[i]][0])
                        ref = self._subject(i, ss)
                        return (ref, i, ce) if ref is not None else None
                    if cue.kind == "source" and source_ok and not lowers[i].endswith("nya"):
                        ref = self._source_ref(ce, k + 1)
                        return (ref, i, ce) if ref is not None else None
                    if cue.kind in ("inverted", "suffixed"):
                        saw_cue = True
            i -= 1
        return None

    # ------------------------------------------------------------------ direct quotes
    def _direct(self, p: int, q: QuoteSpan) -> _Cand | None:
        texts = self.texts
        ps, pe = self.para_bounds[p]
        o, c = q.open, q.close
        a, b = self._trim(o + 1, c, keep_final=True)
        if a >= b:
            return None
        words = self._words_in(a, b)
        ends_final = texts[b - 1] in FINAL_PUNCT
        long = (words >= LONG_QUOTE_WORDS or (words >= 3 and ends_final)) and not self._title_like(a, b)

        pre, pre_found = "embedded", None
        before = o - 1
        if before < ps or texts[before] in FINAL_PUNCT or before in self.close_tok or texts[before] in DASHES \
                or texts[before] == "(":
            pre = "start"
            if o == ps and p > 0:
                pa, pb = self.para_bounds[p - 1]
                if texts[pb - 1] == ":":  # "Dalam pidatonya, X mengatakan:" closes the paragraph before
                    pre_found = self._precue(o, pa, last=pb - 1)
                    if pre_found is not None and pre_found[0].kind != "cont":
                        pre = "precue"
        else:
            pre_found = self._precue(o, ps)
            if pre_found is not None:
                pre = "cont" if pre_found[0].kind == "cont" else "precue"

        post, post_found = "continues", None
        n = c + 1
        while n < pe and (texts[n] == "," or texts[n] in DASHES or self.space[n]):
            n += 1
        if n >= pe:
            post = "end"
        elif texts[n] in FINAL_PUNCT:
            post = "end"
            n += 1
            while n < pe and self.space[n]:
                n += 1
        elif n in self.open_tok:
            post = "end"
        else:
            post_found = self._attribution(n, min(self._sent_end(n), pe), "post")
            if post_found is not None:
                post = "postcue"
            elif ends_final:
                post = "end"

        ref: Ref | None = None
        cue = None
        if pre == "precue" and (post in ("end", "postcue") or long):
            ref, cue = pre_found[0], self._cue_dict(pre_found[1], pre_found[2])
        elif post == "postcue" and (pre != "embedded" or long):
            ref, cue = post_found[0], self._cue_dict(post_found[1], post_found[2])
        elif pre in ("start", "cont") and post == "end":
            nxt = None
            if n < pe and n not in self.open_tok:
                nxt = self._attribution(n, min(self._sent_end(n), pe), "next")
            if nxt is not None:
                ref, cue = nxt[0], self._cue_dict(nxt[1], nxt[2])
            else:
                ref = Ref("cont")
        elif long:
            gov = self._governing_cue(o)
            if gov is None:
                return None
            ref, cue = gov
        else:
            return None
        return _Cand("direct", self.starts[a], self.ends[b - 1], p, ref, cue, self.starts[o])

    def _title_like(self, a: int, b: int) -> bool:
        """Mostly capitalised words ("Harian Nasional yang Terbit dari Surabaya"): a quoted name or title."""
        caps = words = 0
        for i in range(a, b):
            if self._is_word(i) and not self.texts[i][:1].isdigit():
                words += 1
                caps += self.texts[i][:1].isupper()
        return words >= 2 and caps * 5 >= words * 3

    def _governing_cue(self, o: int) -> tuple[Ref, dict] | None:
        """Speaker of a long quotation inside a sentence: the reported clause that holds it ("X mengatakan
        bahwa dia akan ... “...”"), else a speech verb earlier in the sentence ("X menyebut kebijakan itu
        “...”")."""
        sid = self.sent_of[o]
        gov = self._indirect(sid)
        if gov is not None and gov.start <= self.starts[o] < gov.end:
            return gov.ref, gov.cue
        ss = self.sents[sid][0]
        for i in range(o - 1, ss - 1, -1):
            if self.in_quote[i] or not self._free(i):
                continue
            verb = self.cues.readings(self.lowers, i, o, frozenset({"verb"}))
            if verb:
                ref = self._subject(i, ss)
                if ref is not None:
                    return ref, self._cue_dict(i, verb[0][1])
        return None

    # ------------------------------------------------------------------ indirect quotes
    def _indirect(self, sid: int) -> _Cand | None:
        """The reported clause of sentence ``sid`` (its first speech cue that reads well), or None."""
        if sid in self._indirect_cache:
            return self._indirect_cache[sid]
        found = self._find_indirect(sid)
        self._indirect_cache[sid] = found
        return found

    def _find_indirect(self, sid: int) -> _Cand | None:
        ss, se = self.sents[sid]
        while se > ss and self.space[se - 1]:
            se -= 1
        if se <= ss:
            return None
        p = self.para[ss]
        if p in self.refused and any(self.texts[i] in QUOTE_MARKS for i in range(ss, se)):
            return None
        lowers = self.lowers
        for i in range(ss, se):
            if self.in_quote[i] or not self._free(i) or lowers[i] not in self.cues.by_first:
                continue
            for cue, ce in self.cues.readings(lowers, i, se, ALL_KINDS):
                cand = None
                if cue.kind == "source":
                    cand = self._indirect_source(i, ce, ss, se)
                elif cue.kind == "verb":
                    cand = self._indirect_forward(cue, i, ce, ss, se)
                    if cand is None and cue.invertible and i > ss and self.texts[i - 1] == ",":
                        cand = self._indirect_inverted(cue, i, ce, ss, se)
                else:
                    cand = self._indirect_inverted(cue, i, ce, ss, se)
                if cand is not None:
                    return cand
        return None

    def _content(self, a: int, b: int, ref: Ref, cue: tuple[int, int], ss: int) -> _Cand | None:
        a, b = self._trim(a, b)
        if a >= b or self._words_in(a, b) < MIN_INDIRECT_WORDS:
            return None
        return _Cand("indirect", self.starts[a], self.ends[b - 1], self.para[a], ref,
                     self._cue_dict(*cue), self.starts[ss])

    def _find_bahwa(self, k: int, se: int) -> int | None:
        for i in range(k, min(se, k + BAHWA_WINDOW + 1)):
            t = self.texts[i]
            if t in CLAUSE_STOPS:
                return None
            if self.lowers[i] == "bahwa":
                return i
        return None

    def _indirect_forward(self, cue: Cue, i: int, ce: int, ss: int, se: int) -> _Cand | None:
        """``X mengatakan (bahwa) ...``, ``X menegaskan, ...``, ``X mengatakan kepada wartawan bahwa ...``."""
        w = self.w
        ref = self._subject(i, ss)
        if ref is None or ce >= se:
            return None
        k = ce
        lw = self.lowers[k]
        if lw == "bahwa":
            cs = k + 1
        elif self.texts[k] in {",", ":"}:
            cs = k + 1
            if cs < se and self.lowers[cs] == "bahwa":
                cs += 1
        else:
            bahwa = self._find_bahwa(k, se)
            if cue.needs_bahwa:
                if bahwa is not None:
                    cs = bahwa + 1
                elif "clause" in cue.flags and self._reported_clause(k, se):
                    cs = k  # "Kementerian Kesehatan menyebutkan setidaknya 27 orang tewas": a clause, not an object
                else:
                    return None
            elif self._free(k) and lw in w.stop_after:
                if bahwa is not None:
                    cs = bahwa + 1
                else:
                    comma = next((x for x in range(k, min(se, k + BAHWA_WINDOW + 1)) if self.texts[x] == ","),
                                 None)
                    if comma is None:
                        return None
                    cs = comma + 1
            else:
                cs = k
        if cs < se and self._recap_start(cs, se):
            return None
        return self._content(cs, se, ref, (i, ce), ss)

    def _reported_clause(self, k: int, se: int) -> bool:
        """Whether the words from ``k`` are a clause with its own predicate (a subject, then a verb or a word
        of dying or wounding) rather than the object of the cue verb ("menyatakan dukungan", "menyebut X
        sebagai Y")."""
        for i in range(k + 1, min(se, k + BAHWA_WINDOW + 1)):
            t = self.texts[i]
            if t in CLAUSE_STOPS or t == "," or self.lowers[i] in OBJECT_ENDS:
                return False
            if self._looks_verbal(i) or self.lowers[i] in CLAUSE_TOLL:
                return True
        return False

    def _recap_start(self, i: int, se: int) -> bool:
        """"X mengatakan hal itu dalam ...", "X mengatakan demikian": the verb points back at something
        already quoted; there is no reported clause."""
        lw = self.lowers[i]
        if lw in ("demikian", "begitu"):
            return True
        return lw == "hal" and i + 1 < se and self.lowers[i + 1] in self.w.demonstrative

    def _indirect_inverted(self, cue: Cue, i: int, ce: int, ss: int, se: int) -> _Cand | None:
        """``..., kata X.``, ``..., katanya.``, ``..., melaporkan X.``, ``..., demikian disampaikan X.``; the
        cue may also sit inside the clause (``Hal itu, kata X, ...``) or open it (``Masih kata X, ...``)."""
        w = self.w
        comma = i - 1
        if cue.kind == "passive" and comma > ss and self.lowers[comma] in w.recap:
            comma -= 1
        front = all(self.lowers[x] in w.lead or self.texts[x] == "," for x in range(ss, i))
        if front and cue.kind == "suffixed":
            return None  # "Katanya, ..." at the start is hearsay ("reportedly"), not an attribution
        if not front and (comma <= ss or self.texts[comma] != ","):
            return None
        if cue.kind == "suffixed":
            ref: Ref | None = Ref("pron_nya")
            rest = ce
        else:
            a = ce
            if cue.kind == "passive" and a < se and self.lowers[a] == "oleh":
                a += 1
            sp = self._speaker_after(a, se)
            if sp is None or ((cue.strict or cue.kind == "verb") and not self._namey(sp[0])
                              and not self._lower_np_ok(sp)):
                return None
            if cue.kind == "verb" and any(self._looks_verbal(x) for x in range(*sp)):
                return None  # "..., mengatakan timnya menggugat ...": a clause, not a speaker
            ref = self._phrase_ref(*sp)
            rest = sp[1]
        if ref is None:
            return None
        if front:
            if rest < se and self.texts[rest] == ",":
                return self._content(rest + 1, se, ref, (i, ce), ss)
            return None
        if rest < se:
            t, lw = self.texts[rest], self.lowers[rest]
            if t == "," and self._words_in(rest + 1, se) >= MIN_INDIRECT_WORDS:
                return self._content(ss, se, ref, (i, ce), ss)  # the cue interrupts the clause
            adverbial = t in FINAL_PUNCT or t == "," or self.space[rest] or (self._free(rest) and lw in w.stop_after)
            if not adverbial and (cue.kind != "suffixed" or cue.strict):
                return None
        return self._content(ss, comma, ref, (i, ce), ss)

    def _indirect_source(self, i: int, ce: int, ss: int, se: int) -> _Cand | None:
        """``Menurut X, ...`` and ``..., menurut X.``; ``menurut laporan ...`` is a document, not speech.
        ``Menurut Kepala Humas, Budi, ...`` takes the named person; ``Menurut Budi pada 2006 ...`` (no comma)
        starts the content right after the name."""
        texts = self.texts
        if self.lowers[i].endswith("nya"):
            ref: Ref | None = Ref("pron_nya")
            sp_end = ce
        else:
            a = ce
            if a < se and self._free(a) and self.lowers[a] in self.w.docnoun:
                return None
            if a < se and self._free(a) and self.lowers[a] in self.w.statementnoun:
                a += 1
            sp = self._speaker_after(a, se)
            if sp is None:
                return None
            ref, sp_end = self._phrase_ref(*sp), sp[1]
            if sp_end < se and texts[sp_end] == ",":
                apposition = self._apposition_name(sp_end + 1, se)
                if apposition is not None:
                    ref, sp_end = apposition
        if ref is None:
            return None
        lead_only = all(self.lowers[x] in self.w.lead or texts[x] == "," for x in range(ss, i))
        if lead_only:
            if sp_end < se and texts[sp_end] == ",":
                return self._content(sp_end + 1, se, ref, (i, ce), ss)
            return self._content(sp_end, se, ref, (i, ce), ss)
        if i > ss and texts[i - 1] == ",":
            if sp_end >= se or texts[sp_end] in FINAL_PUNCT:
                return self._content(ss, i - 1, ref, (i, ce), ss)
            return self._content(ss, se, ref, (i, ce), ss)  # "X, menurut Y, ...": the source interrupts
        return None

    # ------------------------------------------------------------------ resolution and output
    def run(self) -> list[dict]:
        cands: list[_Cand] = []
        for p, q in self.spans:
            d = self._direct(p, q)
            if d is not None:
                cands.append(d)
        directs = [(d.start, d.end) for d in cands]
        for sid in range(len(self.sents)):
            ind = self._indirect(sid)
            if ind is None:
                continue
            if any(s < ind.end and ind.start < e for s, e in directs):
                continue
            cands.append(ind)
        cands.sort(key=lambda x: (x.start, x.end))
        return self._resolve(cands)

    def _resolve(self, cands: list[_Cand]) -> list[dict]:
        history: list[tuple[_Cand, dict | None, str | None]] = []
        out = []
        for idx, c in enumerate(cands):
            speaker, etype = self._resolve_one(c, idx, cands, history)
            history.append((c, speaker, etype))
            out.append({"kind": c.kind, "text": self.text[c.start:c.end], "start": c.start, "end": c.end,
                        "speaker": dict(speaker) if speaker else None, "cue": c.cue})
        return out

    def _resolve_one(self, c: _Cand, idx: int, cands: list[_Cand],
                     history: list[tuple[_Cand, dict | None, str | None]]) -> tuple[dict | None, str | None]:
        ref = c.ref
        if ref is None:
            return None, None
        if ref.kind == "fixed":
            return ref.speaker, ref.etype
        if ref.kind == "anaphor":
            for h, spk, et in reversed(history):
                if spk and ref.head in spk["name"].lower().split():
                    return spk, et
            for k in range(bisect_left(self.mention_starts, c.anchor) - 1, -1, -1):
                m = self.mentions[k]
                ent = self.entities[m.ent]
                if ent.get("type") == "ORG" and ref.head in (ent.get("name") or "").lower().split():
                    r = self._entity_speaker(m.ent)
                    return r.speaker, r.etype
            return ref.speaker, None
        if ref.kind == "cont":
            for h, spk, et in reversed(history):
                if h.para == c.para:
                    return spk, et
                break
            if idx + 1 < len(cands):
                nx = cands[idx + 1]
                if nx.kind == "direct" and nx.para == c.para and nx.ref is not None and nx.ref.kind == "fixed":
                    return nx.ref.speaker, nx.ref.etype
            for h, spk, et in reversed(history):
                if h.para == c.para - 1:
                    return spk, et
                break
            return None, None
        if ref.kind == "pron_pl":
            for h, spk, et in reversed(history):
                if spk and et != "PER":
                    return spk, et
            return self._plural_subject(c)
        # singular pronouns: the previous speaker nearby, else the last person named
        for h, spk, et in reversed(history):
            if h.para < c.para - 1:
                break
            if spk is None:
                continue
            if ref.kind == "pron_sg" and et in ("ORG", "LOC"):
                continue
            return spk, et
        return self._last_mention_speaker(c.anchor, "PER")

    def _plural_subject(self, c: _Cand) -> tuple[dict | None, str | None]:
        """What "mereka" refers to when no group has spoken: the subject of an earlier sentence in this or
        the previous paragraph that is an organisation ("Serikat buruh itu ...") or a plural noun phrase
        ("Para mahasiswa ...", "Ribuan warga ...")."""
        w = self.w
        sid = self.sent_of[max(bisect_right(self.starts, c.anchor) - 1, 0)]
        for k in range(sid - 1, -1, -1):
            a, b = self.sents[k]
            if self.para[a] < c.para - 1:
                break
            while a < b and (self.space[a] or (self._free(a) and self.lowers[a] in w.lead) or self.texts[a] == ","):
                a += 1
            if a >= b:
                continue
            m = self.mention[a]
            if m is not None and m.a == a and self._etype(m) == "ORG":
                r = self._entity_speaker(m.ent)
                return r.speaker, r.etype
            if self._free(a) and self.lowers[a] in w.plural and a + 1 < b and self._is_word(a + 1):
                e = a + 2
                while e < b and e - a <= MAX_SPEAKER_TOKENS and self._is_word(e) and not self._looks_verbal(e) \
                        and not (self._free(e) and self.lowers[e] in w.stop_after):
                    e += 1
                return {"name": self._span_text(a, e), "entity": None, "country": None}, None
        return None, None

    def _last_mention_speaker(self, before: int, etype: str) -> tuple[dict | None, str | None]:
        for k in range(bisect_left(self.mention_starts, before) - 1, -1, -1):
            m = self.mentions[k]
            if self.in_quote[m.a] or self.entities[m.ent].get("type") != etype:
                continue
            r = self._entity_speaker(m.ent)
            return r.speaker, r.etype
        return None, None
