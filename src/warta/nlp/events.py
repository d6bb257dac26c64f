"""PLOVER event coding from Indonesian clause structure (the whole design is in docs/events.md).

For each sentence: find event words (:mod:`warta.nlp.event_lexicon`), keep those that report an event
(a noun that is someone else's object or the subject of a new clause, a purpose clause, what a request
demands, an attributive passive, or a noun inside a direct quotation are not coded), then read the
arguments off the clause:

* the actor is the subject group to the left, up to a clause boundary (a reporting verb, ``bahwa``, a
  subordinator) — coordinated subjects stay one compound actor, an apposition is skipped; a subject-less
  clause after a reporting verb takes the speaker ("X mengatakan telah menghancurkan ..."); purpose,
  serial and coordinated verbs share their subject;
* the recipient is the first actor to the right that is not a place or time adjunct (``di``/``pada``),
  except for visits where the place visited stands for its state; nominal events take their possessor as
  actor ("serangan Ukraina", "kunjungan Putin ke ...");
* the passive (``di-``, ``ter-``) swaps roles: the subject is the recipient and ``oleh X`` (or the name
  right after the verb) the actor;
* two-sided fighting puts every side among the actors.

Parties the clause leaves unnamed come from the article (:mod:`warta.nlp.event_context`) or from a common
noun such as "polisi" (:mod:`warta.nlp.generic_actors`); both are mixins of the coder below.

Events of the same type in one sentence whose arguments are compatible are merged, so the record holds
one event per sentence per (type, actors, recipients).
"""
from __future__ import annotations

import hashlib
from dataclasses import replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from ..lexicon import read_tsv
from .actors import actor_key, can_act, compatible, public_actor, same_side
from .event_clause import SOFT_PUNCT, Candidate, Mention, SentenceView, actors_of
from .event_confidence import confidence
from .event_context import TOPIC_TAKERS, ContextRules
from .event_details import (VIOLENT_TYPES, Clause, clause_quantities, event_date, factuality, hedged,
                            mode_and_cameo, sentence_casualties)
from .event_lexicon import Match, bare_verb_entries, base_forms, entries, is_toll_word, word_classes, word_entries, \
    word_sets
from .event_story import fill_from_story
from .gazetteer import lookup_place
from .generic_actors import CommonNounParties, home_country, noun_ending, noun_starting
from .morphology import looks_like_verb
from .pipeline import published_date
from .sentences import sentence_spans

QUOTED_THREAT_CAMEO = "138"  # threaten to use military force
# force or punishment that, announced in a quote, is a threat
PUNITIVE = frozenset({"ASSAULT", "COERCE", "SANCTION"})
REFUSED_MEETING_CAMEO = "125"  # reject proposal to meet, discuss, negotiate
DEPLOY_CAMEO = "154"  # mobilize or increase armed forces
WITHHELD = frozenset({"aku", "dukung", "setuju", "sepakat"})  # roots whose negation is a rejection
REJECTION_CAMEO = "120"
ALLEGATION_CAMEO = "112"  # accuse of crime, corruption (here: of an attack)
ALL_SIDES = frozenset({"semua", "seluruh", "para", "berbagai"})  # "mendesak semua pihak": the sides of the conflict
# "tidak akan berunding", "enggan bertemu": words of will that make a negated meeting a refusal
REFUSAL_WORDS = frozenset({"akan", "mau", "ingin", "bersedia", "enggan", "menolak"})
LAUNCH_CAMEO = "150"  # demonstrate military power
AIMED_LAUNCH_CAMEO = "195"  # employ aerial weapons
# prepositions that attach participants to an event noun itself ("oleh X", "antara X dan Y", "terhadap X")
OWN_ARGUMENT_PREPS = {"agent", "between", "target"}
# bare reporting verbs of headlines that stand between the actor and the reported predicate
HEADLINE_SAYING = {"klaim", "sebut", "akui", "tegaskan", "nyatakan", "umumkan"}
# verbs by which the subject itself speaks: never the content of a demand before them
SPEECH_ACTS = {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}
# what a country's own officials do to its people in a domestic story
DOMESTIC_TYPES = {"ACCUSE", "REJECT", "REQUEST", "COERCE", "ASSAULT", "THREATEN", "PROTEST", "SANCTION"}
PLACE_RECIPIENT_TYPES = {"ASSAULT", "ACCUSE", "REQUEST", "THREATEN"}
# exchanges with a partner, who may be named by origin ("bertemu rekannya dari Ukraina")
INTERLOCUTOR_TAKERS = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "REQUEST"}


def extract_events(doc: Doc) -> list[dict[str, Any]]:
    """The events of ``doc`` as SPEC event dicts (needs entities, quotes, quantities, times on the Doc)."""
    return [event for event, _ in coded_events(doc)]


def coded_events(doc: Doc) -> list[tuple[dict[str, Any], dict[str, bool]]]:
    """Each event with the features its confidence was computed from (for calibration)."""
    coder = _Coder(doc)
    events = coder.run()
    return list(zip(events, coder.features))


class _Coder(ContextRules, CommonNounParties):
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.words = word_classes()
        self.article = doc._.warta_article or {}
        self.published = published_date(doc)
        self.entities = doc._.warta_entities or []
        self.quotes = doc._.warta_quotes or []
        self.quantities = doc._.warta_quantities or []
        self.times = doc._.warta_times or []
        self.sentences = sentence_spans(doc)
        self.lower = [t.lower_ for t in doc]
        self.text = doc.text
        self.tok_sentence = self._token_sentences()
        self.home = home_country(self.entities)
        self.domestic = self._domestic_party()
        self.mentions, self.mention_at = self._mentions()
        self.in_direct_quote = self._direct_quote_tokens()
        self.source_tokens = self._source_phrases()
        self.told: list[dict[str, Any]] = []  # events of the sentences before the current one
        self.in_sentence: list[Candidate] = []  # events found so far in the current sentence
        self.features: list[dict[str, bool]] = []  # the confidence features of each event, in order
        w = self.words
        self.function_words = (w["prep_location"] | w["prep_goal"] | w["prep_source"] | w["prep_with"]
                               | w["prep_target"] | w["prep_between"] | w["prep_agent"] | w["prep_purpose"]
                               | w["prep_topic"] | w["coordinator"] | w["speech"] | {"yang"})

    # ----- set-up -------------------------------------------------------------------------------------
    def _token_sentences(self) -> list[tuple[int, int, int]]:
        """(sentence index, first token, end token) per sentence, aligned with :func:`sentence_spans`."""
        out = []
        for index, (start, end) in enumerate(self.sentences):
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                out.append((index, span.start, span.end))
        return out

    def _mentions(self) -> tuple[list[Mention], dict[int, Mention]]:
        mentions: list[Mention] = []
        at: dict[int, Mention] = {}
        home = (self.domestic or {}).get("country")
        for ent in self.entities:
            if home and ent.get("type") in ("PER", "ORG") and not ent.get("country") and not ent.get("code"):
                ent = dict(ent, country=home, _inferred=True)  # "González menuduh CNE ..." in Venezuela
            for m in ent.get("mentions", []):
                span = self.doc.char_span(m["start"], m["end"], alignment_mode="expand")
                if span is None:
                    continue
                if any(q["start"] <= m["start"] and m["end"] <= q["end"] for q in self.quantities) \
                        or (span.start > 0 and self.doc[span.start - 1].lower_ in _currency_words()):
                    continue  # "1,5 juta dolar AS", "pecahan dolar Singapura": a currency, not a state acting
                mentions.append(Mention(span.start, span.end, ent))
        mentions += self._state_references(mentions)
        mentions.sort(key=lambda m: m.start)
        for mention in mentions:
            for i in range(mention.start, mention.end):
                at.setdefault(i, mention)
        return mentions, at

    def _source_phrases(self) -> set[int]:
        """Tokens of "menurut X, Y, dan Z," phrases: who says so, never who acts."""
        doc = self.doc
        out: set[int] = set()
        for tok in doc:
            if tok.lower_ != "menurut":
                continue
            j = tok.i + 1
            while j < len(doc) and not doc[j].is_sent_start:
                text = doc[j].text
                if text == ",":
                    nxt = j + 1
                    if nxt < len(doc) and (doc[nxt].lower_ in ("dan", "serta") or self._listed_next(nxt)):
                        j += 1
                        continue
                    break
                if text in {".", ";", ":", "!", "?"}:
                    break
                j += 1
            out.update(range(tok.i, j))
        return out

    def _listed_next(self, i: int) -> bool:
        """Whether a mention at token ``i`` continues a list ("menurut X, Y, dan Z") rather than being the
        subject of the clause after the source ("Menurut data itu, Manila telah ...")."""
        mention = self.mention_at.get(i)
        if mention is None:
            return False
        after = self.doc[mention.end].lower_ if mention.end < len(self.doc) else ""
        return after in (",", "dan", "serta")

    def _direct_quote_tokens(self) -> dict[int, Any]:
        """Token -> the speaker (as an actor, or None) of the direct quote it is in."""
        inside: dict[int, Any] = {}
        for q in self.quotes:
            if q.get("kind") != "direct":
                continue
            span = self.doc.char_span(q["start"], q["end"], alignment_mode="expand")
            speaker = self._speaker_actor(q["speaker"]) if q.get("speaker") and q["speaker"].get("country") \
                else None
            if span is not None:
                inside.update(dict.fromkeys(range(span.start, span.end), speaker))
        return inside

    # ----- main loop ----------------------------------------------------------------------------------
    def run(self) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = []
        last_violent: dict[str, Any] | None = None
        for index, start, end in self.tok_sentence:
            view = SentenceView(self.doc, self.lower, start, end, index)
            matches = self._matches(view)
            self.in_sentence = []
            for m in matches:
                cand = self._arguments(view, m, matches)
                if cand is not None:
                    self.in_sentence.append(cand)
            candidates = self.in_sentence + [a for a in map(self._quoted_accusation, self.in_sentence) if a]
            merged = _merge(candidates)
            casualties = sentence_casualties(self.doc, view.lower, view.start, view.end, self.quantities)
            sentence_events = [self._to_event(view, c, casualties) for c in merged]
            if not any(ev["type"] in VIOLENT_TYPES for ev in sentence_events) and self._tells_toll(view) \
                    and any(self.sentences[index][0] <= q["start"] < self.sentences[index][1] for q in self.quantities):
                toll = self._toll_report(view)
                if toll is not None:
                    sentence_events.append(self._to_event(view, toll, casualties))
            if casualties and not any(ev["type"] in ("ASSAULT", "COERCE") for ev in sentence_events) \
                    and last_violent is not None:
                for key, value in casualties.items():
                    if last_violent["casualties"][key] is None:
                        last_violent["casualties"][key] = value
            for ev in sentence_events:
                if ev["type"] in ("ASSAULT", "COERCE"):
                    last_violent = ev
            if self._paragraph_ends(end):
                last_violent = None
            events.extend(sentence_events)
            self.told = events
        for index in fill_from_story(events, self.features, self.domestic):
            self.features[index]["actors"] = bool(events[index]["actors"])
            self.features[index]["recipients"] = self.features[index]["recipients"] or bool(events[index]["recipients"])
            events[index]["confidence"] = confidence(self.features[index])
            events[index]["id"] = _event_id(self.article.get("id") or "", events[index])
        return events

    def _quoted_accusation(self, cand: Candidate) -> Candidate | None:
        """"“Rezim Kyiv terus menyerang fasilitas sipil kami,” ujar Peskov": a speaker who tells of the
        other side's attack on their own side accuses it (besides the attack itself)."""
        m = cand.match
        speaker = self.in_direct_quote.get(m.start)
        if m.entry.type != "ASSAULT" or cand.defence or not speaker or not cand.actors or m.is_passive \
                or any(same_side(a, speaker) or a.get("country") == speaker.get("country") for a in cand.actors) \
                or not any(same_side(r, speaker) for r in cand.recipients):
            return None
        entry = replace(m.entry, type="ACCUSE", mode="allege", cameo=ALLEGATION_CAMEO, flags=frozenset())
        return replace(cand, match=replace(m, entry=entry), actors=[dict(speaker)],
                       recipients=[dict(a) for a in cand.actors], mode="allege")

    def _paragraph_ends(self, end: int) -> bool:
        tok = self.doc[end - 1] if end - 1 < len(self.doc) else None
        return tok is not None and ("\n" in tok.whitespace_ or (end < len(self.doc) and "\n" in self.doc[end].text))

    # ----- triggers -----------------------------------------------------------------------------------
    def _matches(self, view: SentenceView) -> list[Match]:
        """Event words of the sentence that report an event, left to right, without overlaps."""
        found: list[Match] = []
        demanded = False  # inside what a request asks for or an offer makes ("mendesak X menghentikan ...")
        i = view.start
        while i < view.end:
            if (self._is_boundary(view, i) and view.word(i) not in ("agar", "supaya")) or view.doc[i].text == ",":
                demanded = False  # "meminta X menekan Israel agar menghentikan serangan" is still the demand
            after_actor = self._after_actor(view, i)
            readings = self._readings(view, i, after_actor)
            if readings and readings[0].is_noun and self._clause_subject(view, readings[0].end):
                readings = []  # the longest reading is a clause's subject; its shorter ones are too
            matched = next((m for m in readings if self._keeps(view, m)), None)
            if matched is not None and matched.entry.type in SPEECH_ACTS and not matched.is_noun:
                demanded = False  # "menyerukan gencatan senjata dan meminta Israel ...": a second demand
            if matched is not None and not demanded and not self._describes_event(view, matched, found):
                found.append(matched)
                demanded = (matched.entry.type == "REQUEST" and not matched.is_noun) or "content" in matched.entry.flags
                i = matched.end
            else:
                # "berunjuk rasa untuk menuntut pemerintah membebaskan ...", "untuk siap bertempur": what is
                # demanded or readied did not happen, even when the demand is not coded on its own
                demanded = demanded or any(
                    (m.entry.type == "REQUEST" and not m.is_noun) or "content" in m.entry.flags for m in readings)
                i += 1
        return found

    def _clause_subject(self, view: SentenceView, end: int) -> bool:
        """Whether the words from ``end`` are an auxiliary or negation and a verb: what ends there is the
        subject of a new clause ("... patroli bersama akan mengurangi gesekan")."""
        j = end
        while view.word(j) in self.words["negation"] or view.word(j) in self.words["auxiliary"]:
            j += 1
        return j > end and looks_like_verb(view.word(j))

    def _describes_event(self, view: SentenceView, m: Match, found: list[Match]) -> bool:
        """"paket sanksi yang antara lain melarang impor ...": a relative clause of an event noun tells
        what that event consists of, not another event."""
        j = view.prev_content(m.start, skip=self.words["auxiliary"] | {"antara", "lain"})
        if j is None or view.word(j) != "yang" or m.is_noun or m.is_passive:
            return False  # a passive after "yang" has its own rule (see _keeps)
        before = view.prev_content(j)
        return any(f.is_noun and f.start <= (before or -1) < f.end + 4 for f in found)

    def _readings(self, view: SentenceView, i: int, after_actor: bool) -> list[Match]:
        """Every event reading of token ``i``: phrases (longest first), then the word's own families; a word
        right after an actor may also be a bare verb or a nominal predicate ("Korea Utara Uji Coba Rudal")."""
        _, phrases = entries()
        word = view.lower[i]
        out = [Match(i, i + len(words), entry, "phrase") for words, entry in phrases.get(word, ())
               if i + len(words) <= view.end and tuple(view.lower[i:i + len(words)]) == words]
        out += [Match(i, i + 1, entry, form) for entry, form in word_entries(word)]
        if after_actor:
            out = [replace(m, as_verb=True) if m.is_noun and (m.entry.is_phrase or any(
                f.startswith("meN") for f in m.entry.forms)) else m for m in out]
            if word not in self.function_words and word not in self.words["noun_blocker"]:
                # "Taliban tewas" is who died, not "menewaskan": no bare reading of a causative casualty verb
                out += [Match(i, i + 1, entry, form, as_verb=True) for entry, form in bare_verb_entries(word)
                        if "agentive" not in entry.flags]
        return out

    def _after_actor(self, view: SentenceView, i: int) -> bool:
        """Whether the word right before token ``i`` ends an actor mention (a subject in SVO order), or,
        in the headline, is the comma or "dan" before a second predicate ("ASEAN Bertemu ..., Desak Junta ...")."""
        prev = view.prev_content(i)
        if view.index == 0 and prev is not None and view.doc[i].text[:1].isupper() \
                and (view.doc[prev].text == "," or view.word(prev) in ("dan", "serta")):
            return True  # "Polisi Tembakkan Gas Air Mata dan Tangkap 93 Orang": a coordinated predicate
        if prev is not None and view.word(prev) == "saling":
            prev = view.prev_content(prev)  # "India dan Pakistan Saling Tuding"
        if view.index == 0 and prev is not None and view.word(prev) in HEADLINE_SAYING:
            prev = view.prev_content(prev)  # "Houthi Klaim Serang Kapal Induk AS": the claimed attack
        if view.index == 0 and prev is not None and noun_ending(view.lower, prev + 1, view.start) is not None:
            return True  # "Serangan Udara Junta Hantam Desa ...": a party named by a common noun
        mention = self.mention_at.get(prev) if prev is not None else None
        return mention is not None and mention.end == prev + 1 and can_act(mention.entity) \
            and self._governing_prep(view, mention) is None

    def _keeps(self, view: SentenceView, m: Match) -> bool:
        """Whether the event word reports an event here (see the module docstring)."""
        entry = m.entry
        if entry.next_words and view.word(m.end) not in entry.next_words:
            return False
        if entry.type == "THREATEN" and view.word(m.end) == "bahwa" and not (
                self.words["hypothetical"] | self.words["pronoun_group"] | {"siapa"}).intersection(
                view.lower[m.end:view.end]):
            return False  # a warning that something may happen is no threat unless the speaker's side or a
            # condition is in it ("... bahwa pemerintahnya tidak akan tinggal diam", "... jika X membalas")
        after_aux = m.end
        while view.word(after_aux) in self.words["auxiliary"]:
            after_aux += 1  # "siap kembali memfasilitasi"
        promised = view.word(after_aux)
        if "content" in entry.flags and not (looks_like_verb(promised) or promised == "untuk" or (
                promised.startswith("ber") and ("offer" in entry.flags or self._readings(view, after_aux, False)))
                or (promised == "bahwa" and "offer" in entry.flags)):
            # "siap membantu" offers and "berjanji akan bersikap transparan" promises; "siap tempur" does not
            return False
        if "quoted" in entry.flags and (not self.in_direct_quote.get(m.start) or view.word(
                view.prev_content(m.start) or -1) in self.words["first_person"]):
            return False  # "“Kekerasan harus dihentikan,” kata X" demands; "kami harus ..." is the speaker's own duty
        after = m.end
        while after < view.end and view.doc[after].like_num:
            after += 1
        if view.word(after) in entry.not_next:  # "menyerahkan 6.000 jenazah"
            return False
        if entry.needs:
            # the patient of a passive may stand far before it ("Pilot asal Australia, X, dibebaskan")
            window = view.lower[view.start if m.is_passive else max(view.start, m.start - 4):min(view.end, m.end + 6)]
            if not any(entry.needs.intersection(base_forms(word)) for word in window):
                return False
        aux = self.words["auxiliary"]
        prev = view.prev_content(m.start, skip=aux)
        prev_word = view.word(prev) if prev is not None else ""
        if prev_word in self.words["prep_purpose"] and entry.type != "ASSAULT" and entry.mode != "investigate":
            # (but a team sent "untuk menyelidiki ..." is an investigation)
            return False  # "untuk membahas ...": a purpose, not an event; "mengerahkan jet untuk menggempur" is
        if m.is_passive and prev_word == "yang" and not (
                entry.type == "CONSULT" and self._agent(view, m, view.end)) and not (
                self._fired(view, m, view.end) and self._agent(view, m, min(view.end, m.end + 4))):
            # "wilayah yang diduduki Rusia": a description; but "perundingan yang dimediasi Malaysia" tells
            # who mediated, and "tiga roket yang ditembakkan dari Lebanon" who fired
            return False
        if m.is_noun:
            # a quoted remark reports an event only through a verb ("Kami mendesak ..."): its nouns are talk
            return (m.start not in self.in_direct_quote or entry.type == "REJECT" or "verdict" in entry.flags) \
                and (self._noun_reports_event(view, m, self._noun_prev(view, m.start))
                     or (self._said_to_occur(view, m) and self._has_own_party(view, m)))
        return True

    def _toll_report(self, view: SentenceView) -> Candidate | None:
        """"Korban tewas mencapai 17 orang", "Dua pekerja terluka": a toll told after an attack reports
        that attack, with its sides (those hit, if the sentence names their state, are the recipients)."""
        told = next((e for e in self._told_recently(view, 3, 12) if e["type"] == "ASSAULT" and e["actors"]), None)
        word = next((j for j in range(view.start, view.end) if is_toll_word(view.word(j))), None)
        if told is None or word is None:
            return None
        entry = next((e for e, _ in word_entries(told["trigger"]["text"].lower()) if e.type == "ASSAULT"), None)
        if entry is None:
            return None
        cand = Candidate(match=Match(word, word + 1, entry, "base", as_verb=True), sentence=view.index,
                         left_limit=view.start, right_limit=view.end, head=word)
        cand.actors, cand.recipients = self._sides_told_again(view, told, inferred=True)
        return cand

    def _tells_toll(self, view: SentenceView) -> bool:
        """Whether the sentence says people were killed or wounded ("tewas", "menewaskan", "luka-luka")."""
        return any(is_toll_word(word) or word in self.words["toll"] for word in view.lower[view.start:view.end])

    def _denied_after(self, view: SentenceView, end: int) -> bool:
        """Whether a denial phrase ("tidak berdasar", "tidak benar") follows within four words."""
        _, phrases = entries()
        for j in range(end, min(view.end, end + 4)):
            if any(entry.type == "REJECT" and tuple(view.lower[j:j + len(words)]) == words
                   for words, entry in phrases.get(view.word(j), ())):
                return True
        return False

    def _noun_prev(self, view: SentenceView, i: int) -> int | None:
        """The word an event noun hangs on, past auxiliaries and counts ("melancarkan gelombang serangan",
        "melakukan sedikitnya lima kali peluncuran")."""
        return view.prev_content(i, skip=self.words["auxiliary"] | self.words["measure"], numbers=True)

    def _noun_reports_event(self, view: SentenceView, m: Match, prev: int | None) -> bool:
        w = self.words
        if view.word(m.end) in ("itu", "tersebut", "ini") or view.word(m.end + 1) in ("itu", "tersebut"):
            # "serangan itu", "peluncuran tersebut": a reference back to an event told before, coded again
            # only where the sentence adds its toll ("serangan itu menewaskan 14 warga sipil")
            return m.entry.type == "ASSAULT" and self._tells_toll(view)
        if self._clause_subject(view, m.end):
            return False  # "menegaskan sanksi tidak akan mengubah ...": the subject of a clause, not an event
        if prev is not None and any(entry.type == "REJECT" for entry, _ in word_entries(view.word(prev))):
            return False  # "membantah tuduhan ...": the claim denied is not itself reported
        if self._denied_after(view, m.end):
            return False  # "menyebut tuduhan Bamako tidak berdasar": the claim is what is denied
        if prev is None:
            return True
        if view.doc[prev].text == "," and view.word(m.end) == "yang" and self._first_predicate(view) is not None \
                and self._first_predicate(view) < m.start:
            return False  # "..., tuduhan yang dibantah X": an apposition naming the event just told
        word = view.word(prev)
        if word in w["noun_blocker"]:
            return False
        if word in w["naming"] and self._named_as(view, m.end):
            return False  # "menyebut serangan India sebagai tindakan perang": judged, not reported
        if view.doc[prev].is_punct or (word in ("ini", "itu", "melainkan")
                                       and (m.entry.type == "REJECT" or "verdict" in m.entry.flags)):
            return True  # "Ini fitnah", "Itu disinformasi", "Ini provokasi": the denial or verdict is the predicate
        if word in w["light"] or word in w["speech"] or word in w["copula"] or word in w["boundary"] \
                or word in w["cause"] or (word == "sebagai" and m.entry.type in ("ACCUSE", "REJECT", "THREATEN", "SANCTION")
                                          and self._verb_before(view, prev, "naming", 8) is not None) \
                or (word in ("ke", "dalam") and m.entry.type == "SANCTION"
                    and self._verb_before(view, prev, "placing", 14) is not None):
            return True
        if word in w["prep_location"] or word in w["prep_agent"] or word in w["coordinator"]:
            return True
        return False

    # ----- arguments ----------------------------------------------------------------------------------
    def _arguments(self, view: SentenceView, m: Match, matches: list[Match]) -> Candidate | None:
        cand = Candidate(match=m, sentence=view.index)
        entry = m.entry
        head = self._light_verb_start(view, m)
        left_limit = self._left_limit(view, head, matches)
        right_limit = self._right_limit(view, m, matches)
        cand.left_limit, cand.right_limit, cand.head = left_limit, right_limit, head

        subject = self._subject(view, head, left_limit, matches)
        right = self._right_mentions(view, m, right_limit, visit="visit" in entry.flags,
                                     topic=entry.type in TOPIC_TAKERS, beneficiary=entry.type == "AID",
                                     interlocutor=entry.type in INTERLOCUTOR_TAKERS)
        agent = self._agent(view, m, right_limit)
        agents = self._group_right(self._mentions_between(agent.start, right_limit)) if agent else []
        toll_subject = False
        if m.is_noun and head == m.start:
            possessor = self._possessor(view, m, right_limit)
            prev = view.prev_content(m.start, skip=self.words["auxiliary"])
            happened = self._told_as_happening(view, m, right_limit, matches)
            if agents and "mutual" not in entry.flags:
                subject = agents  # "Penangkapan ... oleh Densus 88"
            elif possessor is not None:
                subject = [possessor]
            elif view.word(prev or -1) in self.words["observing"]:
                # "PBB melaporkan tembakan dari posisi Israel": the monitor did not shoot; where it came from did
                subject = [r for r in self._mentions_between(m.end, right_limit)
                           if can_act(r.entity) and self._governing_prep(view, r) == "source"][:1]
            elif self._toll_of(view, m):
                toll_subject = True  # "lima prajurit Thailand terluka akibat ledakan": who fell is the subject
                toll = max(j for j in range(view.start, m.start) if is_toll_word(view.word(j)))
                subject = self._subject(view, toll, self._left_limit(view, toll, matches), matches)
            elif not subject and (view.word(m.start).endswith("nya") or view.word(m.end).endswith("nya")) \
                    and view.word(prev or -1) in self.words["copula"] and self._last_actors(view):
                subject = self._last_actors(view)  # "kunjungan pertamanya": the one just told of
            elif m.start in self.in_direct_quote and self.in_direct_quote[m.start]:
                subject = [self.in_direct_quote[m.start]]  # "“Ini fitnah,” ujarnya": the speaker denies
            elif (prev is None or view.doc[prev].is_punct or view.word(prev) in self.words["prep_location"]) \
                    and not any(prep in OWN_ARGUMENT_PREPS or (prep == "with" and "mutual" in entry.flags)
                                for _, prep in right) and not happened:
                # "Bantuan berupa obat-obatan ... diangkut": a noun that is the subject or an adjunct of
                # another predicate reports an event only with its own participants ("Serangan Rusia ...",
                # "Penangkapan ... oleh Densus 88", "Pertemuan antara Biden dan Xi ...")
                return None

        if toll_subject and "mutual" in entry.flags and any(prep == "with" for _, prep in right):
            # "anggota Brimob gugur dalam kontak tembak dengan KKB": both sides of the fight are its actors
            cand.actors = actors_of(subject + self._group_right([r for r, prep in right if prep == "with"]))
        elif toll_subject:
            # "12 tentara Pakistan gugur dalam pertempuran": the subject is who was hit, not who fought
            cand.recipients = actors_of(subject)
        elif "object_actors" in entry.flags:
            # "Pertemuan itu mempertemukan PM Thailand dan PM Kamboja": those brought together meet
            cand.actors = actors_of(self._group_right([r for r, _ in right], loose=True))
        elif "mutual" in entry.flags or (m.is_noun and head == m.start and not subject
                                       and any(prep == "between" for _, prep in right)):
            first = next((k for k, (r, prep) in enumerate(right) if prep in ("with", "between") and r not in subject),
                         None)
            partners = self._group_right([r for r, _ in right[first:]], loose=right[first][1] == "between") \
                if first is not None else []
            cand.actors = actors_of(subject + partners)
        elif m.is_passive and entry.type == "MOBILIZE":
            # "300 personel kepolisian Kosovo dikerahkan ke ...": forces deployed act for their own state
            cand.actors = actors_of(agents or subject)
        elif m.is_passive and "theme_actor" not in entry.flags:
            cand.actors = actors_of(agents)  # "diserang oleh Rusia dan Belarus"
            cand.recipients = actors_of(subject)
        else:
            cand.actors = actors_of(subject)
            # the subject named again ("sanksi Perserikatan Bangsa-Bangsa (PBB) terhadap Iran") is not a recipient
            taken = {id(mention.entity) for mention in subject if isinstance(mention, Mention)}
            # "sanksi PBB terhadap Iran": a noun's target, not its owner, is the recipient
            targets = [r for r, prep in right if prep == "target"] if m.is_noun else []
            objects = [r for r, prep in right if prep != "agent" and id(r.entity) not in taken]
            cand.recipients = actors_of(self._group_right(targets or objects))
        if not cand.recipients and entry.type in ("COERCE", "ASSAULT") and not m.is_passive \
                and "mutual" not in entry.flags:
            cand.recipients = actors_of(self._included_after(view, m.end))
        if "quoted" in entry.flags:
            # "“Israel harus menghentikan serangan,” kata X": X demands it of Israel
            cand.actors, cand.recipients = actors_of([self.in_direct_quote[m.start]]), actors_of(subject)
        if entry.type == "REJECT" and "verb" in entry.flags and m.form in ("phrase", "base"):
            owners = [s for s in subject if isinstance(s, Mention) and view.word(s.start - 1) in self.words["claim"]]
            if owners:
                # "“Klaim Houthi itu sepenuhnya palsu,” kata X": Houthi made the claim; the speaker denies it
                speaker = self.in_direct_quote.get(m.start)
                cand.actors, cand.recipients = (actors_of([speaker]) if speaker else []), actors_of(owners)
        if not cand.actors and not m.is_passive and not (m.is_noun and head == m.start):
            cand.actors = self._implicit_subject(view, head, left_limit)
        if entry.type == "REJECT" and entry.mode != "refuse" and self._rejects_claim(view, m):
            # (refusing to recognise a claim or a measure is no denial of a fact: "tidak mengakui klaim ...")
            cand.mode = "deny"
            if not cand.recipients:
                cand.recipients = self._claim_owner(view, cand.actors)
        if entry.type == "ASSAULT" and all(_is_sea(r) for r in cand.recipients) \
                and self._launch_without_target(view, left_limit, right_limit):
            cand.recipients = []
            entry = replace(entry, type="MOBILIZE", mode="weapons", cameo=LAUNCH_CAMEO)
            cand.match = m = replace(m, entry=entry)
        elif "aimed" in entry.flags and (cand.recipients or self._tells_attack(view, m)
                                         or self._aimed_at_target(view, m, right_limit)) \
                and not self._launch_without_target(view, left_limit, right_limit):
            entry = replace(entry, type="ASSAULT", mode="aerial", cameo=AIMED_LAUNCH_CAMEO)
            cand.match = m = replace(m, entry=entry)  # "Iran meluncurkan rudal ke Israel"
        cand.location = self._location(view, m, left_limit, right_limit, visit="visit" in entry.flags)
        at_home = entry.type == "AID" and entry.mode == "military" and cand.actors and self._at_home(cand)
        if at_home or (entry.type == "AID" and entry.mode == "military" and self._sent_near(view, m, right_limit)):
            # "Polda Papua mengirim dua peleton Brimob ke Intan Jaya", "China mengirim kapal perang ke sekitar
            # Taiwan": forces sent at home or into a rival's waters are deployed (towards that rival)
            entry = replace(entry, type="MOBILIZE", mode="troops", cameo=DEPLOY_CAMEO)
            cand.match = m = replace(m, entry=entry)
            if at_home:
                cand.recipients = []
        cand.defence = entry.type == "ASSAULT" and self._shoots_down(view, m, left_limit, right_limit)
        if cand.defence and not cand.actors and (cand.location or {}).get("country"):
            # "47 drone dihancurkan di atas wilayah Bryansk": shot down over the defender's own ground
            cand.actors = [{"name": cand.location["name"], "entity": cand.location.get("entity"),
                            "country": cand.location["country"], "code": None, "sector": None}]
        elif not cand.recipients and cand.location and "mutual" not in entry.flags \
                and entry.type in PLACE_RECIPIENT_TYPES | {"COERCE"} \
                and (entry.type in ("ASSAULT", "COERCE") or cand.location["start"] > m.start):
            # (a place set before a word of criticism is where it was said: "Di Brussel, Kallas mengecam ...")
            # "menyerang ... di Kharkiv", "mendesak gencatan senjata di Myanmar": the state of the place;
            # an arrest or seizure at home acts on that country's people ("Densus 88 ... di Bekasi")
            country = cand.location.get("country")
            domestic = country in {a.get("country") for a in cand.actors}
            if country and (not domestic or entry.type == "COERCE"):
                cand.recipients = [{"name": cand.location["name"], "entity": cand.location.get("entity"),
                                    "country": country, "code": None, "sector": "CVL" if domestic else None,
                                    "_place": True}]
        crowd_country = (cand.location or {}).get("country") or self._place_country(view)
        if entry.type == "PROTEST" and not cand.actors and crowd_country:
            cand.actors = [self._crowd(view, head, cand.left_limit, crowd_country)]
        speaker = self.in_direct_quote.get(m.start)
        if "verdict" in entry.flags and speaker and not any(same_side(a, speaker) for a in cand.actors):
            # "“Tindakan China ini provokasi,” kata X": the speaker accuses whoever the quote says did it
            cand.recipients = cand.recipients if not cand.actors else cand.actors
            cand.actors = [dict(speaker)]
        self._parties_from_context(view, cand)
        cand.recipients = [r for r in cand.recipients if not any(same_side(r, a) for a in cand.actors)]
        if not cand.actors and not cand.recipients and entry.type in PUNITIVE and self.in_direct_quote.get(m.start) \
                and self.words["future"].intersection(view.lower[max(view.start, m.start - 3):m.start]):
            cand.actors = [dict(self.in_direct_quote[m.start])]  # "Siapa pun yang melanggar akan dihukum," kata X
        if (m.is_noun or m.start in self.in_direct_quote) and not cand.actors and not cand.recipients \
                and not (m.is_noun and head == m.start and self._told_as_happening(view, m, right_limit, matches)) \
                and not (m.is_noun and head != m.start and m.start not in self.in_direct_quote
                         and self._generic_before(view, head, left_limit)):
            # (but "Tentara melancarkan serangan ...": a light verb's subject named by a common noun)
            return None  # a nominal mention or a quoted remark with no participant is not a reported event
        self._generic_parties(view, cand, head, left_limit, right_limit)
        cand.recipients = [r for r in cand.recipients
                           if r.get("_own_government") or not any(same_side(r, a) for a in cand.actors)]
        if not cand.recipients and entry.type in DOMESTIC_TYPES and self.domestic and "mutual" not in entry.flags \
                and not cand.defence \
                and any(a.get("country") == self.domestic["country"] for a in cand.actors):
            cand.recipients = [dict(self.domestic, _inferred=True)]  # a domestic story: its people
        if "agentive" in entry.flags and not cand.actors:
            return None
        return cand

    def _shoots_down(self, view: SentenceView, m: Match, left: int, right: int) -> bool:
        """"menembak jatuh 118 drone", "mencegat rudal", "47 drone dihancurkan": air defence, whose actor is
        the side fired at and whose recipient is the side that fired (SPEC section 4)."""
        if (view.word(m.end) == "jatuh" and m.entry.key == "tembak") or m.entry.key in self.words["defence"]:
            return True
        if m.entry.key not in self.words["downing"]:
            return False
        airborne = self.words["airborne"]
        return any(base in airborne for word in view.lower[left:right] for base in base_forms(word))

    @staticmethod
    def _at_home(cand: Candidate) -> bool:
        """Whether an act's recipients, or else its place, are in its actors' own country."""
        home = {a.get("country") for a in cand.actors} - {None}
        there = {r.get("country") for r in cand.recipients} or {(cand.location or {}).get("country")}
        return bool(home) and there <= home

    def _sent_near(self, view: SentenceView, m: Match, right: int) -> bool:
        """Whether forces go "ke sekitar", "ke dekat" or into a sea rather than to someone, and carry no aid."""
        goals = self._goals(view, m.end, right)
        return bool(goals & (self.words["vicinity"] | self.words["open_sea"])) \
            and "bantuan" not in view.lower[m.start:right]

    def _tells_attack(self, view: SentenceView, m: Match) -> bool:
        """"meluncurkan 470 drone serang ... dalam gelombang serangan itu": the launch is part of an attack the
        sentence names, even when it names no target."""
        return any(entry.type == "ASSAULT" and entry.key != m.entry.key
                   for j in range(view.start, view.end) if j != m.start for entry, _ in word_entries(view.word(j)))

    def _launch_without_target(self, view: SentenceView, left: int, right: int) -> bool:
        """"Korut menembakkan rudal balistik ke Laut Timur": a missile fired into the sea, at no one, is a
        show of force (MOBILIZE weapons), not an attack (but "ke arah Israel ... di Laut Merah" is one)."""
        words = {base for word in view.lower[left:right] for base in base_forms(word)}
        return bool(words & self.words["projectile"]) and bool(self._goals(view, left, right) & self.words["open_sea"])

    def _goals(self, view: SentenceView, left: int, right: int) -> set[str]:
        """The words a clause sends something to: the word after "ke", "ke arah", "menuju" or "terhadap"."""
        out = set()
        for j in range(left, right - 1):
            if view.word(j) in ("ke", "menuju", "terhadap"):
                k = j + 2 if view.word(j + 1) == "arah" else j + 1
                k += view.word(k) in self.words["spread"]  # "ke berbagai wilayah"
                out |= base_forms(view.word(k))
        return out

    def _aimed_at_target(self, view: SentenceView, m: Match, right: int) -> bool:
        """"meluncurkan 14 drone ke arah kapal-kapal di Laut Merah": sent at ships, bases or towns."""
        sets = word_sets()
        return bool(self._goals(view, m.end, right) & (set(sets["targets"]) | set(sets["territory"])))

    def _told_as_happening(self, view: SentenceView, m: Match, right_limit: int, matches: list[Match]) -> bool:
        """Whether an event noun is the subject of a verb saying it happened or what it did: "Kontak tembak
        sempat terjadi", "Di Kharkiv, serangan drone melukai 17 orang"."""
        if view.word(view.prev_content(m.start) or -1) in self.words["hypothetical"]:
            return False  # "jika pertempuran terus berlangsung"
        following = [view.word(j) for j in range(m.end, min(view.end, m.end + 4))
                     if view.word(j) not in self.words["auxiliary"]]
        if view.index == 0 and any(bare_verb_entries(word) for word in following[:2]):
            return True  # "Serangan Drone Hantam Masjid di El Fasher"
        return self._said_to_occur(view, m) or any(
            mm.start == right_limit and "agentive" in mm.entry.flags for mm in matches) or self._toll_of(view, m)

    def _said_to_occur(self, view: SentenceView, m: Match) -> bool:
        """Whether the first predicate after an event noun, past its own arguments, says it happened or took
        effect ("Kontak tembak sempat terjadi", "setelah sanksi PBB terhadap Iran kembali diberlakukan")."""
        for j in range(m.end, view.end):
            word = view.word(j)
            if word in self.words["occurrence"]:
                return True
            if self._is_boundary(view, j) or view.doc[j].text == "," or (
                    looks_like_verb(word) and word not in self.words["auxiliary"]):
                return False
        return False

    def _has_own_party(self, view: SentenceView, m: Match) -> bool:
        """Whether a party is named right after an event noun ("sanksi PBB", "perundingan nuklir AS-Iran"),
        before the next predicate."""
        for j in range(m.end, min(view.end, m.end + 4)):
            if j in self.mention_at:
                return can_act(self.mention_at[j].entity)
            if looks_like_verb(view.word(j)) or view.doc[j].is_punct:
                return False
        return False

    def _toll_of(self, view: SentenceView, m: Match) -> bool:
        """"puluhan tentara tewas dalam pertempuran", "terluka akibat serangan": an attack noun that people
        died or were hurt in happened."""
        if m.entry.type != "ASSAULT":
            return False
        prep = view.prev_content(m.start)
        if prep is None or view.word(prep) not in ("dalam", "akibat", "saat", "ketika"):
            return False
        return any(is_toll_word(view.word(j)) for j in range(max(view.start, prep - 3), prep))

    def _crowd(self, view: SentenceView, head: int, left: int, country: str) -> dict[str, Any]:
        """Protesters named by a common noun ("Ribuan mahasiswa") act for the civilians of the country
        where they protest, as event data codes them (sector CVL)."""
        words = [view.doc[j].text for j in range(left, head)
                 if not view.doc[j].is_punct and view.word(j) not in self.words["auxiliary"]][-3:]
        return {"name": " ".join(words) or "pengunjuk rasa", "entity": None, "country": country, "code": None,
                "sector": "CVL"}

    def _light_verb_start(self, view: SentenceView, m: Match) -> int:
        """For a noun after a light verb, the light verb's position (arguments are read from there); for a
        denial said of a claim ("menyebut tuduhan Bamako tidak berdasar"), the naming verb's."""
        if not m.is_noun:
            if m.entry.type == "REJECT" and m.entry.is_phrase and m.entry.mode != "refuse":
                return self._verb_before(view, m.start, "naming", 8) or m.start
            return m.start
        prev = self._noun_prev(view, m.start)
        if prev is None:
            return m.start
        word = view.word(prev)
        if word == "sebagai":
            return self._verb_before(view, prev, "naming", 8) or m.start  # "menyebut X sebagai pelanggaran"
        if word in ("ke", "dalam") and m.entry.type == "SANCTION":
            placing = self._verb_before(view, prev, "placing", 14)  # "memasukkan X ke daftar hitam"
            if placing is not None:
                return placing
        if word in self.words["prep_location"]:
            before = view.prev_content(prev, skip=self.words["auxiliary"])
            if before is not None and view.word(before) in self.words["light"]:
                return before  # "terlibat dalam pertempuran"
            return m.start
        if word in self.words["light"] or (word in self.words["speech"] and word not in self.words["observing"]):
            return prev  # "Hamas mengumumkan gencatan senjata"; but a monitor reporting a shooting did not shoot
        return m.start

    def _verb_before(self, view: SentenceView, i: int, category: str, reach: int) -> int | None:
        """The nearest word of ``category`` (naming: "menyebut"; placing: "memasukkan") within ``reach``
        words before token ``i`` and in its clause: the verb a "sebagai" or "ke daftar" phrase depends on."""
        for j in range(i - 1, max(view.start, i - reach) - 1, -1):
            if view.word(j) in self.words[category]:
                return j
            if self._is_boundary(view, j):
                return None
        return None

    def _named_as(self, view: SentenceView, i: int, reach: int = 12) -> bool:
        """Whether a "sebagai" follows token ``i`` in its clause: the thing before it is being named as
        something ("menyebut serangan terhadap kapal kecil sebagai pembunuhan")."""
        for j in range(i, min(view.end, i + reach)):
            if view.word(j) == "sebagai":
                return True
            if self._is_boundary(view, j):
                return False
        return False

    def _is_boundary(self, view: SentenceView, i: int) -> bool:
        word = view.word(i)
        w = self.words
        if word in ("tetapi", "tapi", "namun") and view.word(i + 1) == "juga":
            return False  # "tidak hanya X tetapi juga Y" joins two objects, not two clauses
        if word in w["boundary"] or word in w["speech"]:
            return True
        if word == "mana" and view.word(i - 1) == "di":
            return True
        text = view.doc[i].text
        if text == "-":  # "Kiev (ANTARA) - ...", "Port-au-Prince, CNN Indonesia -- ...": a dateline ends
            at = view.doc[i].idx
            return self.text[at - 1:at] in (" ", "-") and self.text[at + 1:at + 2] in (" ", "-")
        return text in {";", ":", "—", "–"}

    def _left_limit(self, view: SentenceView, head: int, matches: list[Match]) -> int:
        """Where the clause of ``head`` starts: after a boundary or after the previous predicate."""
        return self._left_scan(view, head, matches)[0]

    def _left_scan(self, view: SentenceView, head: int, matches: list[Match]) -> tuple[int, int | None]:
        """(clause start, the predicate that closed it on the left or None).

        A predicate whose complement is a clause (accuse, request, reject, threaten) closes the clause but
        lends it no subject: "X menuduh Y mengirim ..." makes Y the sender, not X.
        """
        complement_takers = {"ACCUSE", "REQUEST", "REJECT", "THREATEN"}
        verbs = {mm.start: mm for mm in matches if not mm.is_noun and mm.start < head}
        j = head - 1
        while j >= view.start:
            if self._is_boundary(view, j):
                return j + 1, None
            mm = verbs.get(j)
            if mm is not None:
                if mm.entry.type in complement_takers:
                    return mm.end, None
                return mm.end, mm.start
            if (looks_like_verb(view.word(j)) or is_toll_word(view.word(j))) and j not in self.mention_at \
                    and view.word(j - 1) != "yang":
                return j + 1, j  # a toll word is a predicate too: "Satu Prajurit Gugur dan Tiga Orang Ditangkap"
            j -= 1
        return view.start, None

    def _right_limit(self, view: SentenceView, m: Match, matches: list[Match]) -> int:
        verbs = {mm.start for mm in matches if not mm.is_noun and mm.start >= m.end}
        j = m.end
        while j < view.end:
            if j in verbs or (self._is_boundary(view, j) and view.word(j) != "sejak"):
                return j
            if view.word(j) == "yang" and j > m.end and not (
                    m.entry.type in TOPIC_TAKERS and self.words["prep_topic"].intersection(view.lower[m.end:j])):
                # a relative clause describes the object; its actors are not the recipients (but what a
                # concern or criticism is about may be described at length: "kekhawatiran tentang X yang ...")
                return j
            if view.word(j) in ("dan", "serta") and j > m.end and self._opens_clause(view, j + 1, matches) \
                    and not self._ends_between(view, m.end, j):
                return j  # "Taipei Mengecam dan AS Serukan ...": a new clause with its own subject
            if view.doc[j].text == "," and (view.word(j + 1) in self.words["speech"] or view.index == 0
                                            or self._opens_clause(view, j + 1, matches)):
                return j  # a new clause; in a headline every comma starts one ("..., Iran Peringatkan ...")
            if j > m.end and looks_like_verb(view.word(j)) and j not in self.mention_at \
                    and not (view.index > 0 and view.doc[j].is_title):  # "Menlu" is a title, not meN-
                prev = view.prev_content(j, skip=self.words["auxiliary"])
                if prev is None or view.word(prev) not in self.words["prep_purpose"]:
                    return j  # the next predicate; "untuk membantu X" still belongs to this one
            j += 1
        return view.end

    @staticmethod
    def _ends_between(view: SentenceView, start: int, j: int) -> bool:
        """Whether the "dan" at ``j`` closes an "antara X dan Y" opened after ``start``."""
        words = view.lower[start:j]
        return "antara" in words and "dan" not in words[len(words) - words[::-1].index("antara"):]

    def _opens_clause(self, view: SentenceView, i: int, matches: list[Match]) -> bool:
        """Whether tokens from ``i`` are a subject group followed by its predicate ("Jepang dan Korea
        Selatan mengecam")."""
        verbs = {mm.start for mm in matches if not mm.is_noun}
        j = i
        seen_mention = False
        while j < view.end:
            if j in self.mention_at:
                seen_mention = True
                j = self.mention_at[j].end
                continue
            word = view.word(j)
            if word in ("dan", "serta", ",") or word in self.words["auxiliary"]:
                j += 1
                continue
            return seen_mention and (j in verbs or looks_like_verb(word))
        return False

    def _governing_prep(self, view: SentenceView, mention: Mention) -> str | None:
        """The preposition class governing the noun phrase that ends in ``mention`` (or None)."""
        w = self.words
        j = mention.start - 1
        steps = 0
        while j >= view.start and steps < 4:
            word = view.word(j)
            tok = view.doc[j]
            if word == "menurut" or j in self.source_tokens:
                return "source"
            if self._is_boundary(view, j):
                return None
            for cls, name in (("prep_location", "location"), ("prep_goal", "goal"), ("prep_source", "source"),
                              ("prep_with", "with"), ("prep_target", "target"), ("prep_between", "between"),
                              ("prep_agent", "agent"), ("prep_purpose", "purpose"), ("prep_topic", "topic")):
                if word in w[cls]:
                    return name
            if tok.is_punct or word in w["coordinator"] or word in w["auxiliary"] or word_entries(word) \
                    or word in w["speech"] or word == "yang":
                return None
            other = self.mention_at.get(j)
            if other is not None:
                j = other.start - 1
                continue
            j -= 1
            steps += 1
        return None

    def _mentions_between(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def _subject(self, view: SentenceView, head: int, left_limit: int, matches: list[Match],
                 depth: int = 0) -> list[Mention]:
        """The actor group of the clause whose predicate starts at ``head``."""
        w = self.words
        prev = view.prev_content(head, skip=w["auxiliary"])
        prev_word = view.word(prev) if prev is not None else ""
        head_is_verb = not any(mm.start == head and mm.is_noun for mm in matches)
        stop_verb = self._left_scan(view, head, matches)[1]
        if depth < 3 and head_is_verb and prev_word in w["coordinator"] \
                and not self._in_complement(view, stop_verb, matches):
            # "X menuduh ..., dan mendesak Y": a second predicate of the main subject (but in "X menuduh Y
            # melepaskan tembakan dan meluncurkan roket" it is Y's, the nearest predicate's subject)
            first = self._first_predicate(view)
            if first is not None and first < head:
                if any(mm.start == first and mm.is_passive for mm in matches):
                    return []  # "X diserang ... dan menewaskan ...": X is what the first verb happened to
                return self._subject(view, first, self._left_limit(view, first, matches), matches, depth + 1)
        if stop_verb is None and prev_word in w["prep_purpose"]:
            # "X memanggil duta besar Y untuk menyampaikan protes": a purpose is X's, even after a verb
            # whose complement is a clause
            stop_verb = max((mm.start for mm in matches if not mm.is_noun and mm.start < head), default=None)
        if depth < 3 and stop_verb is not None and (prev_word in w["prep_purpose"] or prev_word in w["coordinator"]
                                                     or prev_word in (",", "dengan", "lewat", "melalui")
                                                     or prev == stop_verb):
            # "X mengunjungi Y untuk membahas ...": the purpose clause keeps X as its subject; so does a
            # verb right after another ("X sepakat melakukan gencatan senjata")
            return self._subject(view, stop_verb, self._left_limit(view, stop_verb, matches), matches, depth + 1)
        candidates = [mention for mention in self._mentions_between(left_limit, head)
                      if can_act(mention.entity) and not self._in_relative(view, mention)
                      and self._may_be_subject(view, mention, matches)]
        candidates = self._before_apposition(view, candidates, head)
        group = self._group_left(candidates, headline=view.index == 0)
        if not group and prev_word == "yang":
            # "..., Hakan Fidan, yang menyerukan ...": the relative clause's subject is what it describes
            before = view.prev_content(prev, skip=frozenset({","}))
            antecedent = self.mention_at.get(before) if before is not None else None
            if antecedent is not None and antecedent.end == before + 1 and can_act(antecedent.entity):
                group = [antecedent]
            elif depth < 3 and head_is_verb and stop_verb is not None:
                # "DK PBB mengesahkan resolusi yang menuntut Houthi ...": the resolution speaks for its makers
                group = self._subject(view, stop_verb, self._left_limit(view, stop_verb, matches), matches, depth + 1)
        if not group:
            pronoun = self._pronoun_subject(view, left_limit, head)
            if pronoun is not None:
                group = [pronoun]
        return group

    def _may_be_subject(self, view: SentenceView, mention: Mention, matches: list[Match]) -> bool:
        """A mention no preposition governs; or one of the pair of an event noun's "antara X dan Y"
        ("Perundingan antara Israel dan Hamas dimediasi Qatar": the noun's parties are the subject of the
        predicate that follows it)."""
        prep = self._governing_prep(view, mention)
        if prep != "between":
            return prep is None
        j = mention.start - 1
        while j > view.start and view.word(j) != "antara":
            j -= 1
        return any(mm.is_noun and mm.end == j for mm in matches)

    def _in_relative(self, view: SentenceView, mention: Mention) -> bool:
        """"Kelompok yang didukung Iran itu ...": the agent inside a relative clause is not the subject."""
        before = view.word(mention.start - 1)
        return view.word(mention.start - 2) == "yang" and (looks_like_verb(before) or before.startswith("di"))

    def _before_apposition(self, view: SentenceView, mentions: list[Mention], head: int) -> list[Mention]:
        """"Rusia, sekutu utama Presiden Bashar al-Assad, melancarkan ...": the subject is the name before
        an apposition (a comma, a lower-case noun phrase, a comma), not the name inside it."""
        last = view.prev_content(head, skip=self.words["auxiliary"])
        if last is None or view.doc[last].text != "," or not mentions:
            return mentions
        j = last - 1
        while j > view.start and view.doc[j].text != ",":
            j -= 1
        opener = j + 1
        if view.doc[j].text != "," or not view.doc[opener].text.islower():
            return mentions
        outside = [mention for mention in mentions if mention.end <= j]
        return outside if outside and outside[-1].end == j else mentions

    def _in_complement(self, view: SentenceView, verb: int | None, matches: list[Match]) -> bool:
        """Whether ``verb`` is a verbal predicate with its own named subject right before it, inside the
        complement of an earlier predicate ("menuduh pasukan Kamboja melepaskan ...")."""
        noun = next((mm for mm in matches if mm.start == verb and mm.is_noun), None)
        if noun is not None:  # "melepaskan tembakan": the light verb is the predicate
            verb = self._light_verb_start(view, noun)
            if verb == noun.start:
                return False
        if verb is None:
            return False
        first = self._first_predicate(view)
        before = view.prev_content(verb, skip=self.words["auxiliary"])
        mention = self.mention_at.get(before) if before is not None else None
        return first is not None and first < verb and mention is not None and can_act(mention.entity) \
            and self._governing_prep(view, mention) is None

    def _group_left(self, mentions: list[Mention], headline: bool = False) -> list[Mention]:
        """The mention nearest the predicate and those coordinated with it ("AS, Korea Selatan, dan Ukraina")."""
        if not mentions:
            return []
        group = [mentions[-1]]
        joined = False  # a list joins its last member with "dan": "A, B dan C"
        for mention in reversed(mentions[:-1]):
            gap = {self.lower[j] for j in range(mention.end, group[-1].start)}
            if not self._coordinated(mention.end, group[-1].start) or (
                    headline and "," in gap and not joined and not gap & {"dan", "serta"}):
                break  # in a headline a comma ends a clause: "..., Beijing Tepis Tuduhan Manila"
            joined = joined or bool(gap & {"dan", "serta"})
            group.append(mention)
        return list(reversed(group))

    def _group_right(self, mentions: list[Mention], loose: bool = False) -> list[Mention]:
        """The first mention and those coordinated with it; ``loose`` lets titles sit between them, as in
        "antara Menlu Jepang dan Menlu Korea Selatan"."""
        if not mentions:
            return []
        group = [mentions[0]]
        for mention in mentions[1:]:
            if not self._coordinated(group[-1].end, mention.start, loose=loose):
                break
            group.append(mention)
        return group

    def _coordinated(self, end: int, start: int, loose: bool = True) -> bool:
        """Whether the tokens between two mentions only join them (commas, dan/serta, titles)."""
        gap = range(end, start)
        if len(gap) > 4:
            return False
        w = self.words
        for j in gap:
            word = self.doc[j].lower_
            if word == "," and j + 1 < start and self.doc[j + 1].text.islower() \
                    and self.doc[j + 1].lower_ not in ("dan", "serta", "maupun", "atau"):
                return False  # "Rusia, sekutu utama Presiden Bashar al-Assad, ...": an apposition
            if word in (",", "dan", "serta", "maupun", "atau"):
                continue
            if not loose or self.doc[j].is_punct or word_entries(word) or word in self.function_words \
                    or word in w["auxiliary"] or word in w["boundary"]:
                return False
        return True

    def _first_predicate(self, view: SentenceView) -> int | None:
        for j in range(view.start, view.end):
            word = view.word(j)
            if word in self.words["speech"] or any(not _noun_form(f) for _, f in word_entries(word)):
                return j
        return None

    def _possessor(self, view: SentenceView, m: Match, right_limit: int) -> Mention | None:
        """The actor right after a nominal trigger ("serangan Ukraina", "kekhawatiran serius Tokyo")."""
        j = m.end
        skipped = 0
        while j < right_limit and skipped <= 2:
            mention = self.mention_at.get(j)
            if mention is not None:
                return mention if can_act(mention.entity) else None
            tok = view.doc[j]
            word = view.word(j)
            if tok.is_punct and tok.text not in SOFT_PUNCT or word in self.function_words:
                return None
            skipped += 1
            j += 1
        return None

    def _right_mentions(self, view: SentenceView, m: Match, right_limit: int,
                        visit: bool, topic: bool = False, beneficiary: bool = False,
                        interlocutor: bool = False) -> list[tuple[Mention, str | None]]:
        out = []
        for mention in self._mentions_between(m.end, right_limit):
            if not can_act(mention.entity):
                continue
            prep = self._governing_prep(view, mention)
            if prep == "source" and (view.word(mention.start - 1) == "menurut"
                                     or not (interlocutor or m.entry.mode == "withdraw")):
                # "dari X" names a partner ("rekan dari Ukraina") only in talks and requests, and whom a
                # withdrawal or recall leaves ("menarik duta besarnya dari Phnom Penh")
                continue
            if (prep == "topic" and topic) or (prep == "purpose" and beneficiary):
                out.append((mention, prep))
                continue
            if prep in ("location", "topic", "purpose") and not (visit and prep == "location"):
                if not (visit and view.word(mention.start - 1) in ("di", "ke")):
                    continue
            out.append((mention, prep))
        return out

    def _included_after(self, view: SentenceView, start: int) -> list[Mention]:
        """"menangkap sembilan orang yang diduga pengelola sindikat, termasuk tiga warga negara China": those
        an inclusion after the object's relative clause names."""
        for j in range(start, view.end):
            if view.word(j) == "termasuk" and view.doc[j - 1].text == ",":
                found = [mention for mention in self._mentions_between(j + 1, min(view.end, j + 6))
                         if can_act(mention.entity)]
                return self._group_right(found)
        return []

    def _agent(self, view: SentenceView, m: Match, right_limit: int) -> Mention | None:
        """"diserang oleh X", or X right after a passive verb ("dimediasi Malaysia", "disandera KKB")."""
        nxt = self.mention_at.get(m.end)
        if m.is_passive and nxt is not None and nxt.start == m.end and can_act(nxt.entity) and (
                nxt.entity.get("type") != "LOC"
                or (lookup_place(nxt.entity["name"]) or {}).get("kind") in ("country", "capital")):
            return nxt  # a city right after the verb is where, not who: "dibom Kharkiv"
        group = self.mention_at.get(m.end + 1)
        if m.is_passive and view.word(m.end) in self.words["group_noun"] and group is not None and group.start == m.end + 1 \
                and group.entity.get("type") == "ORG" and can_act(group.entity):
            return group  # "disandera kelompok Abu Sayyaf", "diserang milisi Hizbullah": the group itself
        common = noun_starting(view.lower, m.end, right_limit) if m.is_passive else None
        if common is not None and "theme_actor" not in m.entry.flags:
            # "dihadang militer Israel", "ditabrak kapal patroli Malaysia": the state the common noun serves
            for j in range(m.end + common[0], min(right_limit, m.end + common[0] + 2)):
                owner = self.mention_at.get(j)
                if owner is not None:
                    return owner if owner.entity.get("type") == "LOC" and can_act(owner.entity) else None
                if view.word(j) in self.function_words or view.doc[j].is_punct:
                    break
        for j in range(m.end, right_limit):
            if view.word(j) == "oleh":
                for mention in self._mentions_between(j + 1, right_limit):
                    if can_act(mention.entity):
                        return mention
        if m.is_passive and self._fired(view, m, right_limit):
            # "215 proyektil ditembakkan dari Lebanon", "rudal diluncurkan dari Wonsan": fired from there
            for mention in self._mentions_between(m.end, min(right_limit, m.end + 4)):
                if can_act(mention.entity) and self._governing_prep(view, mention) == "source":
                    return mention
        return None

    def _fired(self, view: SentenceView, m: Match, right_limit: int) -> bool:
        """Whether the clause of ``m`` tells of something airborne being fired or launched."""
        if m.entry.key not in ("tembak", "luncur"):
            return False
        window = view.lower[max(view.start, m.start - 6):right_limit]
        return any(base in self.words["airborne"] for word in window for base in base_forms(word))

    def _location(self, view: SentenceView, m: Match, left: int, right: int,
                  visit: bool) -> dict[str, Any] | None:
        best = None
        said_end = self._reported_end(self.doc[m.start].idx)
        for mention in self._mentions_between(m.end, view.end):
            ent = mention.entity
            if self.doc[mention.start].idx >= said_end:
                break  # "..., kata juru bicaranya di New York": where it was said, not where it happened
            if ent.get("type") != "LOC" or self._inside_other(mention):
                continue  # "di depan Kedutaan Besar AS": the embassy's country is not where it happened
            prep = self._governing_prep(view, mention)
            if prep in ("location", "goal") and view.word(mention.start - 1) not in ("pada", "sejak", "dalam") \
                    or (visit and prep == "goal"):
                best = mention
                break
        if best is None:
            # "Di Kharkiv, serangan drone melukai ...": a place set before the event in its own clause
            best = next((mention for mention in self._mentions_between(left, m.start)
                         if mention.entity.get("type") == "LOC" and view.word(mention.start - 1) in ("di", "dari")
                         and not self._inside_other(mention)), None)
        if best is None:
            # "..., di mana X menyerang": the place the relative clause hangs on
            j = left - 1
            if view.word(j) == "mana" or view.word(j) == "dimana":
                for mention in reversed(self._mentions_between(view.start, left)):
                    if mention.entity.get("type") == "LOC":
                        best = mention
                        break
        if best is None:
            return None
        # a place followed by its country ("Kursk Rusia") is still the place
        return {"name": best.entity["name"], "country": best.entity.get("country"),
                "entity": best.entity.get("id"), "start": best.start}

    def _reported_end(self, char: int) -> int:
        """Where the attribution after the indirect speech holding character ``char`` starts ("..., kata
        X di New York"), else no limit. Direct quotes are left alone: there the place after the speaker is
        mostly the story's own ("..., kata Kapolda di Jayapura")."""
        return next((q["cue"]["start"] for q in self.quotes if q["kind"] == "indirect"
                     and q["start"] <= char < q["end"] and q.get("cue") and q["cue"]["start"] > char),
                    len(self.text) + 1)

    def _inside_other(self, mention: Mention) -> bool:
        """Whether a longer mention contains this one (a country named inside an organisation's name)."""
        return any(o.start <= mention.start and mention.end <= o.end and o.end - o.start > mention.end - mention.start
                   for o in self._mentions_between(mention.start - 6, mention.end + 6))

    # ----- event details ------------------------------------------------------------------------------
    def _to_event(self, view: SentenceView, c: Candidate, casualties: dict[str, int]) -> dict[str, Any]:
        m, doc = c.match, self.doc
        clause = Clause(doc, view.lower, view.start, view.end, c.left_limit, c.right_limit, m.start, m.end)
        trig_start, trig_end = clause.char(m.start), clause.char_end(m.end)
        event_type = m.entry.type
        mode, cameo = mode_and_cameo(clause, event_type, c.mode or m.entry.mode, m.entry.cameo)
        fact = factuality(clause, self.words)
        speaker = self.in_direct_quote.get(m.start)
        if event_type in PUNITIVE and fact == "future" and speaker and (c.actors or event_type != "ASSAULT"):
            # "Kami akan terus menargetkan kapal-kapal musuh," kata X; "Siapa pun yang melanggar hukum akan
            # dihukum," kata X: force or punishment the speaker announces is a threat
            event_type, mode, cameo, fact = "THREATEN", None, QUOTED_THREAT_CAMEO, "occurred"
            if not c.actors:  # "“Para pelaku akan ditangkap,” kata X": the speaker threatens
                c.actors = [dict(speaker)]
        if event_type == "CONSULT" and fact == "negated" \
                and REFUSAL_WORDS.intersection(view.lower[max(c.left_limit, m.start - 3):m.start]):
            # "Teheran menegaskan tidak akan berunding dengan Washington": a refusal to meet
            event_type, mode, cameo, fact = "REJECT", "meet", REFUSED_MEETING_CAMEO, "occurred"
        elif m.entry.key in WITHHELD and fact == "negated" \
                and {"tidak", "tak"}.intersection(view.lower[max(c.left_limit, m.start - 4):m.start]):
            # "Indonesia tidak akan pernah mengakui kedaulatan Israel", "Hongaria tidak mendukung paket itu":
            # support or assent withheld is a rejection
            event_type, mode, cameo, fact = "REJECT", None, REJECTION_CAMEO, "occurred"
        is_hedged = hedged(clause, self.words)
        event_casualties = {"killed": None, "injured": None, "arrested": None}
        if event_type in VIOLENT_TYPES:
            event_casualties.update(casualties)
        event = {
            "id": "",
            "type": event_type,
            "mode": mode,
            "cameo": cameo,
            "actors": [public_actor(a) for a in c.actors],
            "recipients": [public_actor(a) for a in c.recipients],
            "location": {"name": c.location["name"], "country": c.location["country"]} if c.location else None,
            "date": event_date(clause, self.sentences[view.index][0], self.times, self.published),
            "factuality": fact,
            "hedged": is_hedged,
            "source": self._source(view, trig_start),
            "casualties": event_casualties,
            "quantities": clause_quantities(clause, event_type, self.quantities),
            "sentence": c.sentence,
            "trigger": {"text": self.text[trig_start:trig_end], "start": trig_start, "end": trig_end},
            "confidence": 0.0,
        }
        features = {
            "noun": m.is_noun, "phrase": m.entry.is_phrase, "actors": bool(c.actors),
            "recipients": bool(c.recipients) or "mutual" in m.entry.flags,
            "inferred_party": any(a.get("_inferred") for a in c.actors + c.recipients),
            "passive": m.is_passive, "quoted": m.start in self.in_direct_quote, "headline": view.index == 0,
            "hedged": is_hedged, "not_occurred": fact != "occurred", "weak_trigger": "weak" in m.entry.flags,
            "story_party": False, "defence": c.defence,
            "all_sides": not c.recipients and self._all_sides_after(view, m.end), "verdict": "verdict" in m.entry.flags,
        }
        event["confidence"] = confidence(features)
        self.features.append(features)
        event["id"] = _event_id(self.article.get("id") or "", event)
        return event

    def _all_sides_after(self, view: SentenceView, end: int) -> bool:
        """Whether the trigger is aimed at "semua pihak", "seluruh pihak", "pihak-pihak yang bertikai": the
        sides of the story's conflict, whom the sentence does not name."""
        words = [view.word(j) for j in range(end, min(view.end, end + 3))]
        return "pihak-pihak" in words or any(a in ALL_SIDES and b == "pihak" for a, b in zip(words, words[1:]))

    def _source(self, view: SentenceView, trig_char: int) -> dict[str, Any] | None:
        for q in self.quotes:
            if q.get("kind") == "indirect" and q["start"] <= trig_char < q["end"] and q.get("speaker"):
                return {"name": q["speaker"]["name"], "entity": q["speaker"].get("entity")}
        for j in range(view.start, view.end):
            if view.word(j) == "menurut":
                for mention in self._mentions_between(j + 1, view.end):
                    return {"name": self.doc[mention.start:mention.end].text if mention.entity.get("type") == "LOC"
                            else mention.entity["name"], "entity": mention.entity.get("id")}
        return None


@lru_cache(maxsize=1)
def _currency_words() -> frozenset[str]:
    """First words of currencies written after an amount ("dolar" of "dolar Singapura"), from the
    quantity stage's unit_currencies.tsv: a country right after one of them names a currency."""
    return frozenset(row[0].split()[0].lower() for row in read_tsv("unit_currencies.tsv")
                     if len(row) > 2 and row[2] == "suffix")


def _is_sea(actor: dict[str, Any]) -> bool:
    """Whether an actor is a sea ("Laut Timur"), which a missile falls into rather than attacks."""
    name = actor.get("name") or ""
    first = name.split()[:1]
    return (lookup_place(name) or {}).get("kind") == "sea" or bool(first) and first[0].lower() in word_classes()["open_sea"]


def _noun_form(form: str) -> bool:
    return form in {"an", "peN-an", "per-an", "ke-an", "peN", "base"}


def _merge(candidates: list[Candidate]) -> list[Candidate]:
    """One event per (type, actors, recipients) in a sentence (an attack and the defence against it stay
    two); weak triggers yield to strong ones, a launch yields to the attack it is part of ("menyerang ...
    dengan meluncurkan 300 drone"), an agreement to the event it governs ("menyetujui paket sanksi"), and
    what is offered to the offer ("menawarkan bantuan")."""
    # "menyetujui paket sanksi": the approval is the sanction, not a separate agreement; but "menawarkan
    # bantuan" offers the aid, which is not given
    offers = {c.match.start for c in candidates if "offer" in c.match.entry.flags}
    candidates = [c for c in candidates if c.head == c.match.start or c.head not in offers]
    carried = {c.head for c in candidates if c.head != c.match.start and c.match.entry.type != "AGREE"}
    candidates = [c for c in candidates if not (c.match.entry.type == "AGREE" and c.match.start in carried)]
    attackers = {actor_key(a) for c in candidates if c.match.entry.type == "ASSAULT" for a in c.actors}
    candidates = [c for c in candidates if not ("aimed" in c.match.entry.flags and c.match.entry.type == "MOBILIZE"
                                                and attackers & {actor_key(a) for a in c.actors})]
    strong_types = {c.match.entry.type for c in candidates if "weak" not in c.match.entry.flags}
    candidates = [c for c in candidates
                  if "weak" not in c.match.entry.flags or c.match.entry.type not in strong_types]
    merged: list[Candidate] = []
    for cand in candidates:
        for kept in merged:
            if kept.match.entry.type == cand.match.entry.type and kept.defence == cand.defence \
                    and compatible(kept.actors, cand.actors) and compatible(kept.recipients, cand.recipients):
                kept.actors = kept.actors or cand.actors
                kept.recipients = kept.recipients or cand.recipients
                kept.location = kept.location or cand.location
                kept.mode = kept.mode or cand.mode
                kept.left_limit = min(kept.left_limit, cand.left_limit)
                kept.right_limit = max(kept.right_limit, cand.right_limit)
                break
        else:
            merged.append(cand)
    return merged


def _event_id(article_id: str, event: dict[str, Any]) -> str:
    key = "|".join([article_id, str(event["sentence"]), event["type"],
                    ",".join(sorted(actor_key(a) for a in event["actors"])),
                    ",".join(sorted(actor_key(a) for a in event["recipients"]))])
    return "v_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
