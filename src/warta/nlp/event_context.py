"""Who an event's parties are when the clause does not name them: what the article told before.

"negara itu", "kedua negara", "mereka", "dia", "pihaknya" and the speakers of quotes; "serangan tersebut"
and "eskalasi tersebut" pointing back at an event; a denial answering the claim before it; an attack
whose attacker or target was told a sentence ago. These rules read the coder's state (mentions, quotes,
the events told so far), so they are a mixin of :class:`warta.nlp.events._Coder`.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .actors import actor_key, actor_of, can_act, same_side
from .event_clause import Candidate, Mention, SentenceView, actors_of
from .event_lexicon import Match, is_toll_word, word_entries
from .gazetteer import lookup_place

# "kedua negara/pihak/menteri ...": the last two states named before
BOTH_SIDES = {"negara", "pihak", "menteri", "pemimpin", "presiden", "delegasi", "pemerintah", "kepala", "belah"}
# "kedua menteri", "kedua pemimpin": two people, who may be named in the sentence itself
PEOPLE_SIDES = {"menteri", "pemimpin", "presiden", "delegasi", "kepala"}
COUNTS = {"kedua": 2, "ketiga": 3, "keempat": 4}
# conjunctions opening a subordinate clause, in which "negara itu" may be the main clause's subject
SUBORDINATORS = frozenset({"setelah", "sebelum", "karena", "sejak", "ketika", "saat", "meski", "meskipun", "jika",
                           "sehingga", "agar", "supaya"})
# verbal and mental acts aimed at what a topic phrase names ("kekhawatiran tentang X", "mengecam atas X")
TOPIC_TAKERS = {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SANCTION"}
# what people say rather than do: no deed a verdict could be passed on
TALK = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT"})


class ContextRules:
    """Parties from context; mixed into the event coder, whose attributes these methods read."""

    def _state_references(self, mentions: list[Mention]) -> list[Mention]:
        """"negara itu/tersebut" is the last country (or capital) named before it, leaving out the sentence's
        opening subject ("Jepang mengecam ... negara itu" is not Japan); "kedua negara/pihak" the last two."""
        countries = sorted((m for m in mentions if m.entity.get("type") == "LOC" and m.entity.get("country")
                            and (lookup_place(m.entity["name"]) or {}).get("kind") in ("country", "capital")),
                           key=lambda m: m.start)
        first_in_sentence: dict[int, int] = {}
        for m in sorted(mentions, key=lambda m: m.start):
            first_in_sentence.setdefault(self.doc[m.start].sent.start, m.start)
        lower = [t.lower_ for t in self.doc]
        out: list[Mention] = []
        for i in range(len(lower) - 1):
            pair = (lower[i], lower[i + 1])
            if not ((pair[0] == "negara" and pair[1] in ("itu", "tersebut"))
                    or (pair[0] in COUNTS and pair[1] in BOTH_SIDES) or pair[0] == "keduanya"):
                continue
            opening = first_in_sentence.get(self.doc[i].sent.start)
            if opening is not None and SUBORDINATORS.intersection(lower[opening:i]):
                opening = None  # "Iran mengancam ... setelah sanksi PBB terhadap negara itu": Iran after all
            before = [m for m in countries if m.end <= i and m.start != opening]
            if pair[0] == "negara" and pair[1] in ("itu", "tersebut"):
                out += [Mention(i, i + 2, before[-1].entity)] if before else []
            elif pair[0] in COUNTS and pair[1] in BOTH_SIDES:
                sides = self._people_sides(mentions, i, opening) if pair[1] in PEOPLE_SIDES else []
                count = COUNTS[pair[0]]
                sides = sides or (_sides(before, 2) if count == 2 else self._listed(before, count))
                out += [Mention(i, i + 2, entity) for entity in sides]
            elif pair[0] == "keduanya":
                out += [Mention(i, i + 1, entity) for entity in _sides(before, 2)]
        return out

    def _listed(self, before: list[Mention], n: int) -> list[dict[str, Any]]:
        """"ketiga negara itu": the last list of ``n`` states named together ("Inggris, Prancis, dan Jerman")."""
        for k in range(len(before) - n, -1, -1):
            run = before[k:k + n]
            gaps = [{t.lower_ for t in self.doc[a.end:b.start]} for a, b in zip(run, run[1:])]
            if all(gap and gap <= {",", "dan", "serta"} for gap in gaps) \
                    and len({m.entity["country"] for m in run}) == n:
                return [m.entity for m in run]
        return []

    def _people_sides(self, mentions: list[Mention], i: int, opening: int | None) -> list[dict[str, Any]]:
        """"Dengan Wang Yi, kedua menteri sepakat ...": the two people meant, by their countries: those named
        earlier in the sentence (not its opening subject, unless "dengan X" names a partner), then those the
        article named most often before."""
        sentence_start = self.doc[i].sent.start
        people = [m for m in mentions if m.entity.get("type") == "PER" and m.entity.get("country") and m.end <= i]
        here = [m for m in people if m.start >= sentence_start and (m.start != opening or (
            m.start > 0 and self.doc[m.start - 1].lower_ in ("dengan", "bersama")))]
        chosen: dict[str, dict[str, Any]] = {}
        for m in reversed(here):
            chosen.setdefault(m.entity["country"], m.entity)
        for entity in _sides([m for m in people if m.start < sentence_start], len(people)):
            if len(chosen) >= 2:
                break
            chosen.setdefault(entity["country"], entity)
        return list(chosen.values()) if len(chosen) == 2 else []

    def _parties_from_context(self, view: SentenceView, cand: Candidate) -> None:
        """Fill an empty side from what the article told just before (see each case)."""
        m, entry = cand.match, cand.match.entry
        if entry.type in TOPIC_TAKERS | {"SUPPORT"} and (all(r.get("_place") for r in cand.recipients) or (
                entry.type in ("ACCUSE", "SUPPORT") and self._points_back(view, m))):
            # "mengecam serangan tersebut ... di New York": whoever attacked, not where it was said; "mengecam
            # peluncuran tersebut sebagai pelanggaran terhadap resolusi DK PBB": not what it violated
            cand.recipients = self._referred_event_actors(view, m) or cand.recipients
        if "verdict" in entry.flags:
            # "Peluncuran rudal ini adalah provokasi", "menyebut operasi itu sebagai eksekusi di luar hukum":
            # who did what the verdict is passed on (what it violates, "terhadap Konvensi Jenewa", is no party);
            # else the story's partner of the speaker
            cand.recipients = [a for a in self._judged_event_actors(view, m)
                               if not any(same_side(a, b) for b in cand.actors)]
        if entry.type == "ASSAULT" and m.is_noun and not cand.actors and not cand.recipients \
                and {"itu", "tersebut", "ini"} & set(view.lower[m.end:m.end + 2]):
            # "serangan itu menewaskan 14 warga sipil": the attack told before, told again with its toll
            told = self._referred_event(view.word(m.start))
            if told is not None:
                cand.actors, cand.recipients = self._sides_told_again(view, told)
        if entry.type in ("ASSAULT", "COERCE") and cand.recipients and not cand.actors:
            # "Sebuah rudal balistik menghantam Pangkalan Udara Nevatim", "enam tersangka ditangkap di Jawa
            # Timur": who was just told to attack or arrest them (the SPEC's actor "named nearby")
            cand.actors = self._recent_event(view, entry.type, cand.recipients, "recipients", "actors")
        if cand.defence and not cand.recipients:
            # "tiga roket yang ditembakkan dari Lebanon dicegat ...": the defence answers the attack just told
            attack = next((c for c in reversed(self.in_sentence) if c.match.entry.type == "ASSAULT"
                           and not c.defence and c.actors), None)
            if attack is not None:
                cand.recipients = [dict(a) for a in attack.actors]
                cand.actors = cand.actors or [dict(a) for a in attack.recipients]
        if entry.type == "ASSAULT" and not cand.recipients and cand.actors:
            # "Iran menembakkan 300 drone dalam serangan itu": the same attacker's target told just before
            cand.recipients = self._recent_event(view, entry.type, cand.actors, "actors", "recipients")
        if not cand.recipients and self.in_sentence and (
                (entry.type in ("ACCUSE", "REJECT") and all(view.doc[j].is_punct for j in range(m.end, view.end)))
                or (view.index == 0 and entry.type == "REQUEST")):
            # "Korut Tembakkan Rudal ..., Seoul dan Tokyo Mengecam", "..., AS Serukan Menahan Diri": aimed at
            # what the sentence told first
            cand.recipients = [dict(a) for a in self.in_sentence[0].actors]
        if not cand.recipients and m.start in self.in_direct_quote and self.in_direct_quote[m.start]:
            speaker = self.in_direct_quote[m.start]
            if any(view.word(j) in self.words["first_person"] for j in range(m.end, cand.right_limit)) \
                    and not any(same_side(speaker, a) for a in cand.actors):
                cand.recipients = [dict(speaker)]  # "menembakkan meriam air ke kapal kami," kata X
        others = [r for r in cand.recipients if not any(same_side(r, a) for a in cand.actors)]
        if not others and cand.head != m.start and (
                view.word(view.prev_content(m.start) or -1) in ("sebagai", "ke", "dalam") or not m.is_noun):
            # "menyebut keputusan Washington sebagai tindakan perang", "memasukkan perusahaan China ke daftar
            # entitas": what is named or listed is aimed at
            named = [x for x in self._mentions_between(cand.head + 1, m.start) if can_act(x.entity)]
            cand.recipients = [r for r in actors_of(named[:1]) if not any(same_side(r, a) for a in cand.actors)]
        if not cand.recipients and entry.mode == "third-party" and self.in_sentence:
            # "bertukar tawanan dalam pertukaran yang dimediasi UEA": mediated between those who exchanged
            cand.recipients = [dict(a) for a in self.in_sentence[-1].actors]

    def _recent_event(self, view: SentenceView, event_type: str, known: list[dict[str, Any]], known_side: str,
                      wanted_side: str) -> list[dict[str, Any]]:
        """The ``wanted_side`` of an event of ``event_type`` told in the last two sentences whose
        ``known_side`` shares a party with ``known``."""
        keys = _keys(known)
        earlier = next((e for e in self._told_recently(view, 2, 6) if e["type"] == event_type and e[wanted_side]
                        and keys & _keys(e[known_side])), None)
        return [dict(a) for a in earlier[wanted_side]] if earlier else []

    def _told_recently(self, view: SentenceView, sentences: int, events: int) -> Iterator[dict[str, Any]]:
        """The last ``events`` events told, newest first, that lie within ``sentences`` sentences back."""
        return (e for e in reversed(self.told[-events:]) if e["sentence"] >= view.index - sentences)

    def _last_actors(self, view: SentenceView) -> list[dict[str, Any]]:
        """The actors of the last event told in this sentence, else in the sentence before."""
        for cand in reversed(self.in_sentence):
            if cand.actors:
                return [dict(a) for a in cand.actors]
        if self.told and self.told[-1]["actors"] and self.told[-1]["sentence"] >= view.index - 1:
            return [dict(a) for a in self.told[-1]["actors"]]
        return []

    def _referred_event_actors(self, view: SentenceView, m: Match) -> list[dict[str, Any]]:
        """"Mesir mengecam serangan tersebut": the actors of the attack told before are the recipients."""
        j = m.end
        while j < min(view.end, m.end + 3) and not word_entries(view.word(j)):
            j += 1
        if j >= view.end or view.word(j + 1) not in ("itu", "tersebut", "ini"):
            # "keprihatinan mendalam atas eskalasi tersebut": a reference to the fighting told before
            refers = any(view.word(k) in ("itu", "tersebut") and not self._mentions_between(m.end, k)
                         for k in range(m.end, min(view.end, m.end + 5)))
            violent = next((e for e in self._told_recently(view, 3, 8) if e["type"] in ("ASSAULT", "COERCE")
                            and e["actors"]), None)
            return [dict(a) for a in violent["actors"]] if refers and violent else []
        told = self._referred_event(view.word(j))
        return [dict(a) for a in told["actors"]] if told else []

    def _points_back(self, view: SentenceView, m: Match) -> bool:
        """Whether an event noun pointed back at ("peluncuran tersebut") is the object of the trigger."""
        j = m.end
        return bool(word_entries(view.word(j))) and view.word(j + 1) in ("itu", "tersebut")

    def _judged_event_actors(self, view: SentenceView, m: Match) -> list[dict[str, Any]]:
        """The actors of the deed a verdict is passed on, when an event noun before it points back at one
        ("operasi itu", "peluncuran rudal ini"); not a word of talk ("pelanggaran itu" is itself a verdict)."""
        for j in range(m.start - 1, view.start - 1, -1):
            found = word_entries(view.word(j))
            if found and {"itu", "tersebut", "ini"} & set(view.lower[j + 1:min(m.start, j + 4)]):
                if any(entry.type in TALK for entry, _ in found):
                    return []
                told = self._referred_event(view.word(j))
                return [dict(a) for a in told["actors"]] if told else []
        return []

    def _sides_told_again(self, view: SentenceView, told: dict[str, Any],
                          inferred: bool = False) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Actors and recipients of an attack told again in this sentence: those of ``told``, except that
        those the sentence says fell are the recipients ("12 tentara Pakistan gugur dalam pertempuran
        tersebut": Pakistan was the one hit, whoever fought whom)."""
        sides = [dict(a, _inferred=True) if inferred else dict(a) for a in told["actors"] + told["recipients"]]
        victims = self._victims(view)
        hit = [a for a in sides if victims and a.get("country") == victims][:1]
        if not hit:
            return sides[:len(told["actors"])], sides[len(told["actors"]):]
        return [a for a in sides if a not in hit], hit

    def _victims(self, view: SentenceView) -> str | None:
        """The country of those the sentence says were killed or wounded ("12 tentara Pakistan gugur")."""
        for mention in self._mentions_between(view.start, view.end):
            after = view.lower[mention.end:min(view.end, mention.end + 3)]
            if mention.entity.get("country") and any(is_toll_word(w) for w in after):
                return mention.entity["country"]
        return None

    def _referred_event(self, noun: str) -> dict[str, Any] | None:
        """The event told before that "<noun> itu/tersebut" points back at: the last one of the noun's own
        family ("peluncuran tersebut" is the launch, not any mobilisation), else of its mode, else of its type."""
        found = word_entries(noun)
        types = {entry.type for entry, _ in found}
        keys = {entry.key for entry, _ in found}
        told = [e for e in reversed(self.told) if e["type"] in types and e["actors"]]
        same_family = [e for e in told if keys & {entry.key for entry, _ in word_entries(e["trigger"]["text"].lower())}]
        modes = {entry.mode for entry, _ in found} - {None}
        same_mode = [e for e in told if e["mode"] in modes]  # a launch, not an alert, for "peluncuran"
        return (same_family or same_mode or told or [None])[0]

    def _rejects_claim(self, view: SentenceView, m: Match) -> bool:
        """A denial ("membantah ...", "menolak komentar tersebut") rather than a refusal."""
        window = view.lower[m.end:min(view.end, m.end + 3)]
        return m.entry.mode == "deny" or bool(self.words["claim"].intersection(window))

    def _claim_owner(self, view: SentenceView, actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """For "X menolak komentar tersebut": whoever made the claim before, as the recipient."""
        actor_keys = _keys(actors)
        claimed = {entry.type for word in view.lower[view.start:view.end] for entry, _ in word_entries(word)
                   if entry.type in ("REQUEST", "ACCUSE")} or {"ACCUSE"}
        for event in self._told_recently(view, 5, 12):
            if event["type"] in claimed and event["actors"] and not actor_keys & _keys(event["actors"]):
                # "X membantah tuduhan itu", "menolak seruan tersebut": who accused or called before
                return [dict(a) for a in event["actors"]]
        start_char = view.doc[view.start].idx
        for q in sorted(self.quotes, key=lambda q: -q["start"]):
            spk = q.get("speaker")
            if q["end"] <= start_char and spk and spk.get("country"):
                actor = self._speaker_actor(spk)
                if actor_key(actor) not in actor_keys:
                    return [actor]
        if any(word in ("itu", "tersebut") for word in view.lower[view.start:view.end]):
            # "Kyiv menolak dokumen tersebut": whoever the sentences before were about, on the other side
            for event in self._told_recently(view, 2, 6):
                if event["actors"] and not actor_keys & _keys(event["actors"]):
                    return [dict(a) for a in event["actors"]]
        return []

    def _pronoun_subject(self, view: SentenceView, left: int, head: int) -> Mention | dict[str, Any] | None:
        """Inside a direct quote "kami"/"saya" is its speaker; elsewhere "dia"/"ia" is the speaker of the
        reporting verb, else the last person named; "mereka"/"kami" the speaker (their own side), and
        "mereka" outside reported speech the first actor of the sentences just before."""
        for j in range(left, head):
            word = view.word(j)
            if word in self.words["pronoun_person"] or word in self.words["pronoun_group"]:
                if j in self.in_direct_quote:  # "Kami mendesak ...," kata X: the speaker's side
                    return self.in_direct_quote[j] if word in self.words["first_person"] else None
                speech = self._speaker_before(view, left)
                if speech is not None:
                    return speech
                if word in self.words["pronoun_person"]:
                    return self._recent_person(view.doc[j].idx)
                if word == "mereka":  # "Mereka menuntut DPR ...": the party the story just told of
                    told = next((e for e in self._told_recently(view, 2, 4) if e["actors"]), None)
                    return dict(told["actors"][0]) if told else None
                first = self._first_predicate(view)
                if word.endswith("nya") and first is not None and first < j:
                    # "Pemimpin Houthi memperingatkan AS bahwa kelompoknya akan membalas": the main subject's
                    main = self._subject(view, first, self._left_limit(view, first, []), [])
                    return main[0] if main else None
        return None

    def _recent_person(self, before_char: int) -> Mention | None:
        best = None
        for mention in self.mentions:
            if mention.entity.get("type") == "PER" and self.doc[mention.start].idx < before_char:
                best = mention
        return best

    def _speaker_before(self, view: SentenceView, left_limit: int) -> Mention | None:
        """When the clause at ``left_limit`` is a reporting verb's complement, that verb's subject."""
        j = left_limit - 1
        while j >= view.start and view.word(j) in {"bahwa", ","} | self.words["auxiliary"]:
            j -= 1
        if j < view.start or view.word(j) not in self.words["speech"]:
            return None
        outer_left = self._left_limit(view, j, [])
        for mention in reversed(self._mentions_between(outer_left, j)):
            if can_act(mention.entity) and self._governing_prep(view, mention) is None:
                return mention
        for j2 in range(outer_left, j):
            if view.word(j2) in self.words["pronoun_person"]:
                return self._recent_person(view.doc[j2].idx)
        return None

    def _implicit_subject(self, view: SentenceView, head: int, left_limit: int) -> list[dict[str, Any]]:
        """The subject a clause leaves unsaid: a reporting verb's speaker or the main clause's subject."""
        between = [view.word(j) for j in range(left_limit, head) if not view.doc[j].is_punct]
        if all(word in self.words["auxiliary"] or word in self.words["coordinator"] or word in self.words["negation"]
               for word in between):  # "Iran mengatakan tidak akan berunding": still Iran's
            speaker = self._speaker_before(view, left_limit)
            if speaker is not None:  # "Rusia dan China menyatakan tidak mengakui ...": the whole group
                return actors_of(self._group_left([m for m in self.mentions if m.end <= speaker.end
                                                   and m.start >= view.start and can_act(m.entity)]))
            quote_speaker = self._quote_speaker_for_clause(view, left_limit)
            if quote_speaker:
                return [quote_speaker]
        return []

    def _quote_speaker_for_clause(self, view: SentenceView, left_limit: int) -> dict[str, Any] | None:
        """Speaker of an indirect quote whose content starts at ``left_limit`` ("X mengatakan telah ...")."""
        char = view.doc[left_limit].idx if left_limit < len(view.doc) else -1
        for q in self.quotes:
            if q.get("kind") == "indirect" and q["start"] <= char < q["end"] and q.get("speaker"):
                if q["speaker"].get("country"):
                    return self._speaker_actor(q["speaker"])
        return None

    def _speaker_actor(self, speaker: dict[str, Any]) -> dict[str, Any]:
        """A quote's speaker as an actor, with the entity's code and sector when it is one."""
        ent = next((e for e in self.entities if e.get("id") == speaker.get("entity")), None)
        if ent is not None:
            return actor_of(ent)
        return {"name": speaker["name"], "entity": None, "country": speaker.get("country"), "code": None,
                "sector": None}


def _keys(actors: list[dict[str, Any]]) -> set[str]:
    return {actor_key(a) for a in actors}


def _sides(before: list[Mention], n: int) -> list[dict[str, Any]]:
    """"kedua negara", "ketiga negara": the ``n`` states named most often before it (the later-named first on
    a tie), so a third state named in passing ("Trump menelepon kedua pemimpin") does not become one of them."""
    counts: dict[str, int] = {}
    last: dict[str, Mention] = {}
    for m in before:
        country = m.entity["country"]
        counts[country] = counts.get(country, 0) + 1
        last[country] = m
    ranked = sorted(counts, key=lambda c: (-counts[c], -last[c].start))[:n]
    if len(ranked) < min(n, 2):
        return []
    return [last[c].entity for c in sorted(ranked, key=lambda c: last[c].start)]
