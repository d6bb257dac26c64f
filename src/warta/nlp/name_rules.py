"""The rule-and-gazetteer candidate finder: which capitalised spans are persons, organisations, places.

Passes over the tokens, each claiming spans the earlier ones left free:

1. known names from the gazetteer (longest match, capitals checked); names of buildings and streets
   ("Jalan Medan Merdeka") are skipped whole;
2. organisation patterns: "kementerian luar negeri Jepang", "Angkatan Udara Ukraina", "Radio X",
   "Partai X" (an organisation head plus its name, ending at a country or place when one follows),
   "kantor berita X"; then names made organisations or places by a telling word ("Wall Street
   Journal", "Second Thomas Shoal") and news sites written as domains ("Kompas.com");
3. places after place nouns: "distrik Obolon", "desa X", "Laut X";
4. persons: runs of capitalised words with evidence — a title or apposition before them, a speech verb
   after them ("X mengatakan", "kata X"), an apposition or an age after them, or, for runs of two to five
   words, simply being made of words that are not ordinary Indonesian words ("Takeshi Iwaya"). After
   "di"/"ke" such a run is a place instead ("tiba di El Arish").

Headlines in title case, capitalised sentence openers, months and weekdays, the heads of event names
("Badai X", "Operasi X", "Perang X") and product names after "drone", "rudal", ... give no entity.
"""
from __future__ import annotations

import re

from .gazetteer import Gazetteer, Record, get, surface_fits
from .mention import Mention, MentionIndex
from .roles import is_acronym, is_title_at, role_after, role_before
from .token_view import TokenView, view_of

DIRECTIONS = frozenset({"utara", "selatan", "timur", "barat", "tengah", "tenggara", "daya", "laut"})
# Words that may stand between a name and its speech verb ("Sybiha juga mengatakan").
BETWEEN_NAME_AND_VERB = frozenset({"juga", "pun", "kembali", "lagi", "sebelumnya", "telah", "sudah", "pernah",
                                   "kemudian", "lalu", "sendiri", "pada", "hari", "itu", "tersebut"})
DEMONSTRATIVES = frozenset({"itu", "tersebut", "ini"})
JOINERS = frozenset({"dan", "untuk", "bagi"})
# Prepositions that take places, not people (people take "kepada", "dengan", "oleh"); colloquial "ke"
# also takes people ("disampaikan ke X"), so it only counts before names of two or more words.
LOCATIVES = frozenset({"di", "menuju", "dekat"})
LOCATIVES_LONG = frozenset({"ke", "sekitar"})
ENGLISH_JOINERS = frozenset({"of", "for", "the", "and", "&", "on", "in"})
DOMAIN = re.compile(r"[A-Z][A-Za-z0-9-]*\.(?:com|co\.id|id|net|org|tv)")
MAX_NAME_TOKENS = 5


class RuleFinder:
    """Finds entity mentions in a :class:`TokenView` with the gazetteer and the cue lexicons."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz

    def find(self, view: TokenView) -> list[Mention]:
        index = MentionIndex(view.n)
        mentions: list[Mention] = []
        self._known_names(view, index, mentions)
        self._organisations(view, index, mentions)
        self._named_organisations(view, index, mentions)
        self._places(view, index, mentions)
        self._persons(view, index, mentions)
        mentions.sort(key=lambda m: (m.start, -m.end))
        return mentions

    # -- 1. gazetteer -----------------------------------------------------------------------------------
    def known_at(self, view: TokenView, i: int, stop: int) -> tuple[int, Record] | None:
        """The longest listed name starting at token ``i`` whose capitals fit the text."""
        for end, records in self.gaz.names.matches(view, i, stop):
            text = view.text[view.starts[i]:view.ends[end - 1]]
            for record in records:
                if not surface_fits(record.surface, text):
                    continue
                if end - i == 1 and self.gaz.is_common(view.lowers[i]) and (view.sent_first[i] or view.in_headline(i)):
                    continue  # "Antara", "Medan", "Barat" opening a sentence or inside a title-case headline
                return end, record
        return None

    def _unknown_name_word(self, view: TokenView, k: int, stop: int) -> bool:
        return k < stop and view.cap[k] and view.alpha[k] and not view.breaks[k - 1] \
            and not self.gaz.is_common(view.lowers[k]) and self.known_at(view, k, stop) is None \
            and not is_title_at(view, self.gaz, k) and view.lowers[k] not in self.gaz.calendar

    @staticmethod
    def _skip_capitalised(view: TokenView, j: int, stop: int) -> int:
        """Index after the capitalised words from ``j`` on (a facility's name: "Jalan Medan Merdeka Barat")."""
        while j < stop and (view.cap[j] or view.texts[j].isdigit()):
            j += 1
        return j

    def _after_particle_hyphen(self, view: TokenView, i: int) -> bool:
        return i >= 2 and view.texts[i - 1] == "-" and not view.space[i - 1] and not view.space[i - 2] \
            and view.lowers[i - 2] in self.gaz.particles

    def _initials_after_name(self, view: TokenView, index: MentionIndex, i: int, record: Record) -> bool:
        """"Widodo AS": a listed acronym right after an unknown capitalised word is a name's initials."""
        k = i - 1
        if k < view.sentence_start(i) or record.kind != "country" or not is_acronym(record.surface) \
                or not view.space[k]:
            return False
        return view.cap[k] and view.alpha[k] and index.at(k) is None and not is_acronym(view.texts[k]) \
            and not self.gaz.is_common(view.lowers[k]) and not is_title_at(view, self.gaz, k)

    def _known_names(self, view: TokenView, index: MentionIndex, mentions: list[Mention]) -> None:
        i = 0
        while i < view.n:
            if not view.heads[i]:
                i += 1
                continue
            stop = view.sentence_end(i)
            hit = self.known_at(view, i, stop)
            if hit is None:
                facility = self._cue(view, i, stop, ("facility_head",)) if view.cap[i] else None
                i = self._skip_capitalised(view, facility[0], stop) if facility else i + 1
                continue
            end, record = hit
            if self._after_particle_hyphen(view, i):
                i = end  # "al-Houthi" is a family name, not the movement
                continue
            if record.label == "PER" and end - i == 1 and self._unknown_name_word(view, end, stop):
                i += 1  # "Trump Jr", "Obama Anderson": a longer, unlisted name
                continue
            if self._initials_after_name(view, index, i, record):
                i = end
                continue
            m = Mention(i, end, record.label, record, evidence="gazetteer")
            mentions.append(m)
            index.add(m)
            i = end

    # -- 2. organisation patterns ------------------------------------------------------------------------
    def _cue(self, view: TokenView, i: int, stop: int, kinds: tuple[str, ...]) -> tuple[int, str, str | None, str | None] | None:
        for end, values in self.gaz.cues.matches(view, i, stop):
            for kind, sector, canonical in values:
                if kind in kinds:
                    return end, kind, sector, canonical
        return None

    @staticmethod
    def _place_at(index: MentionIndex, j: int) -> Mention | None:
        """A known place starting at token ``j`` (the country or region an organisation belongs to)."""
        m = index.at(j)
        if m is not None and m.start == j and m.label == "LOC" and m.record is not None:
            return m
        return None

    def _organisations(self, view: TokenView, index: MentionIndex, mentions: list[Mention]) -> None:
        gaz = self.gaz
        i = 0
        while i < view.n:
            if index.at(i) is not None or not view.alpha[i]:
                i += 1
                continue
            stop = view.sentence_end(i)
            after = self._cue(view, i, stop, ("org_name_after",)) if not view.cap[i] else None
            if after is not None:
                j = k = after[0]
                while k < stop and k - j < 4 and index.at(k) is None and view.cap[k] \
                        and view.lowers[k] not in gaz.calendar and not is_title_at(view, gaz, k):
                    k += 1
                if k > j and not (k - j == 1 and gaz.is_common(view.lowers[j])):
                    m = Mention(j, k, "ORG", evidence="org_name_after")  # "kantor berita Tasnim"
                    mentions.append(m)
                    index.add(m)
                    i = k
                    continue
            cue = self._cue(view, i, stop, ("org_head", "org_head_any"))
            if cue is None:
                i += 1
                continue
            head_end, kind, _sector, _canonical = cue
            capital = view.cap[i]
            end = 0
            inner: Mention | None = None
            if kind == "org_head_any":
                j = head_end
                if head_end - i == 1:  # "kementerian"/"departemen" + portfolio words
                    while j < stop and j - head_end < 5 and index.at(j) is None and view.alpha[j]:
                        low = view.lowers[j]
                        if low in JOINERS and j > head_end and j + 1 < stop and view.cap[j + 1] == capital:
                            j += 1
                            continue
                        acronym = capital and is_acronym(view.texts[j])
                        portfolio = gaz.role_modifier(low) is not None or gaz.is_common(low)
                        if not acronym and (not portfolio or low in JOINERS or view.cap[j] != capital):
                            break
                        j += 1
                inner = self._place_at(index, j)
                if inner is not None:
                    end = inner.end
                elif capital and not view.in_headline(i) and (j > head_end or head_end - i > 1):
                    end = j  # "Kementerian Luar Negeri", "Angkatan Laut" without a country
            elif capital and not view.in_headline(i):
                j = head_end
                while j < stop and j - head_end < 6:
                    m = index.at(j)
                    if m is not None:
                        if m.start == j and m.label in ("LOC", "ORG"):
                            inner = m
                            j = m.end
                        break
                    if view.cap[j] or view.texts[j].isdigit():
                        if is_title_at(view, gaz, j) or view.lowers[j] in gaz.calendar:
                            break
                        j += 1
                    elif view.lowers[j] in JOINERS and j + 1 < stop and view.cap[j + 1] and index.at(j + 1) is None:
                        j += 1
                    else:
                        break
                while j > head_end and view.lowers[j - 1] in JOINERS:
                    j -= 1
                if inner is None and j - head_end >= 3:
                    j = self._person_tail(view, index, i, head_end, j, stop)
                if j > head_end:
                    end = j
            if not end:
                i += 1
                continue
            org = Mention(i, end, "ORG", evidence="org_head")
            for m in [m for m in mentions if i <= m.start and m.end <= end]:
                if m.label == "LOC" and m is inner:
                    m.nested = True
                else:
                    mentions.remove(m)
                    index.remove(m)
            mentions.append(org)
            index.add(org)
            i = end

    def _person_tail(self, view: TokenView, index: MentionIndex, start: int, head_end: int, j: int, stop: int) -> int:
        """Where an organisation's name ends when a person's name follows it without a break:
        "Sekretaris Komite Konvensi Suaidi Marassabessy" -> "Komite Konvensi". Only after a title or before
        a speech verb, and only when two or more unusual words follow the organisation's last plain word."""
        _role, evidence = role_before(view, self.gaz, index, start)
        if evidence != "title" and not self._speech_after(view, j, stop):
            return j
        plain = [k for k in range(head_end, j) if self.gaz.is_common(view.lowers[k])]
        if plain and j - plain[-1] - 1 >= 2:
            return plain[-1] + 1
        return j

    def _named_organisations(self, view: TokenView, index: MentionIndex, mentions: list[Mention]) -> None:
        """Organisations known by a telling word rather than a head noun: "Wall Street Journal",
        "Institute for the Study of War", and news sites written as domains ("Kompas.com")."""
        i = 0
        while i < view.n:
            if index.at(i) is not None or not view.cap[i] or view.in_headline(i):
                i += 1
                continue
            if DOMAIN.fullmatch(view.texts[i]):
                m = Mention(i, i + 1, "ORG", evidence="domain")
                mentions.append(m)
                index.add(m)
                i += 1
                continue
            stop = view.sentence_end(i)
            j = i
            while j < stop and j - i < 8 and index.at(j) is None:
                if view.cap[j]:
                    j += 1
                    continue
                k = j
                while k < stop and view.lowers[k] in ENGLISH_JOINERS:
                    k += 1
                if k == j or j == i or k >= stop or not view.cap[k] or index.at(k) is not None:
                    break
                j = k
            last = {"org_word": -1, "facility_word": -1, "place_word": -1}
            for k in range(i, j):
                cue = self._cue(view, k, k + 1, ("org_word", "facility_word", "place_word"))
                if cue is not None:
                    last[cue[1]] = k
            # English names put the head last ("Wall Street Journal", "Second Thomas Shoal") unless
            # "of"/"for" follows it ("Institute for the Study of War")
            head = max(last, key=lambda kind: last[kind])
            if j - i >= 2 and last[head] >= 0 and head != "facility_word" and not is_title_at(view, self.gaz, i):
                m = Mention(i, j, "ORG" if head == "org_word" else "LOC", evidence=head)
                mentions.append(m)
                index.add(m)
            i = max(j, i + 1)

    # -- 3. places after place nouns -----------------------------------------------------------------------
    def _places(self, view: TokenView, index: MentionIndex, mentions: list[Mention]) -> None:
        gaz = self.gaz
        for i in range(view.n):
            if index.at(i) is not None or not view.alpha[i]:
                continue
            stop = view.sentence_end(i)
            cue = self._cue(view, i, stop, ("place_noun", "geo_noun"))
            if cue is None:
                continue
            j = cue[0]
            while j < stop and view.lowers[j] in DIRECTIONS and not view.cap[j]:
                j += 1
            k = j
            while k < stop and k - j < 4 and index.at(k) is None and view.cap[k] and view.alpha[k] \
                    and view.lowers[k] not in gaz.calendar and not is_title_at(view, gaz, k):
                k += 1
            if k == j or (gaz.is_common(view.lowers[j]) and k - j == 1) or view.in_headline(i):
                continue
            start = i if cue[1] == "geo_noun" and view.cap[i] and j == cue[0] else j
            m = Mention(start, k, "LOC", evidence="place_noun")
            mentions.append(m)
            index.add(m)

    # -- 4. persons ---------------------------------------------------------------------------------------
    def _run_token(self, view: TokenView, index: MentionIndex, k: int, first: bool) -> bool:
        if index.at(k) is not None or not view.cap[k] or not view.alpha[k]:
            return False
        if view.lowers[k].rstrip(".") in self.gaz.calendar:
            return False
        if first and is_acronym(view.texts[k]):
            return False
        return not is_title_at(view, self.gaz, k)

    def _hyphen_joins(self, view: TokenView, index: MentionIndex, j: int, stop: int) -> bool:
        return view.texts[j] == "-" and not view.space[j - 1] and not view.space[j] and j + 1 < stop \
            and self._run_token(view, index, j + 1, False)

    def _blocked(self, view: TokenView, a: int) -> bool:
        """True when the run at ``a`` names an event, a product or a venue: "Badai Milton", "drone Shahed",
        "Jalan Sudirman". A capitalised head starts the run itself; a lower-case one stands before it."""
        stop = view.sentence_end(a)
        if self._cue(view, a, stop, ("nonentity_head", "facility_head", "product_noun")) is not None:
            return True
        floor = view.sentence_start(a)
        for k in (a - 1, a - 2):
            if k >= floor and not view.cap[k]:
                cue = self._cue(view, k, a, ("product_noun", "nonentity_head", "facility_head"))
                if cue is not None and cue[0] == a:
                    return True
        return False

    def _strip_common(self, view: TokenView, a: int, b: int) -> int:
        """Drop capitalised connectors and frequent words from the front of a run ("Tapi Zelenskyy")."""
        while a < b and view.lowers[a] in self.gaz.frequent and view.lowers[a] not in self.gaz.name_prefixes:
            a += 1
        return a

    def _speech_after(self, view: TokenView, b: int, stop: int) -> bool:
        k = b
        while k < stop and view.lowers[k] in BETWEEN_NAME_AND_VERB:
            k += 1
        return k < stop and view.lowers[k] in self.gaz.speech_after

    def _age_after(self, view: TokenView, b: int, stop: int) -> bool:
        return b + 2 < stop and view.texts[b] == "(" and view.texts[b + 1].isdigit() and view.texts[b + 2] == ")"

    def _persons(self, view: TokenView, index: MentionIndex, mentions: list[Mention]) -> None:
        gaz = self.gaz
        i = 0
        while i < view.n:
            title_end = is_title_at(view, gaz, i) if view.alpha[i] and index.at(i) is None else 0
            if title_end:
                i = title_end  # "Ketua Umum": the second word of a title starts no name
                continue
            if not self._run_token(view, index, i, True) or view.in_headline(i):
                i += 1
                continue
            stop = view.sentence_end(i)
            j = i + 1
            while j < stop and j - i < MAX_NAME_TOKENS:
                if self._run_token(view, index, j, False):
                    j += 1
                elif view.lowers[j] in gaz.particles and j + 1 < stop and self._run_token(view, index, j + 1, False):
                    j += 2
                elif view.lowers[j] in gaz.particles and j + 1 < stop and self._hyphen_joins(view, index, j + 1, stop):
                    j += 3  # "al-Mohammedawi"
                elif self._hyphen_joins(view, index, j, stop):
                    j += 2  # "al-Mohammedawi", "Ben-Gvir": the tokenizer splits before the capital
                else:
                    break
            found = self._person_in_run(view, index, i, j, stop)
            if found is not None:
                a, b, evidence = found
                surname = index.at(b)
                if surname is not None and surname.start == b and surname.label == "PER" \
                        and surname.end - surname.start == 1 and evidence not in ("shape", "place"):
                    mentions.remove(surname)  # "Hunter Biden": an unknown first name before a known surname
                    index.remove(surname)
                    b = surname.end
                m = Mention(a, b, "LOC" if evidence == "place" else "PER", evidence=evidence)
                mentions.append(m)
                index.add(m)
            i = j

    def _person_in_run(self, view: TokenView, index: MentionIndex, a: int, b: int,
                       stop: int) -> tuple[int, int, str] | None:
        gaz = self.gaz
        if self._blocked(view, a) or any(self._cue(view, k, k + 1, ("org_word", "facility_word", "place_word"))
                                          for k in range(a, b)):
            return None
        _role, evidence = role_before(view, gaz, index, a)
        if evidence:
            while a < b and gaz.role_modifier(view.lowers[a]) is not None:
                a += 1  # "Menteri Pertahanan Nasional ..." : the portfolio is part of the role
            if a == b or (b < stop and is_title_at(view, gaz, b)):
                return None  # a unit inside the role: "Kapolda Metro Jaya Irjen X"
            after = index.at(b)
            if after is not None and after.start == b and view.space[b - 1] and (
                    after.label == "ORG" or (after.label == "PER" and after.end - after.start > 1)):
                # the front of an organisation's name ("komandan Kataib Hezbollah") or a party before its
                # leader's full name ("Ketua Umum Demokrat Susilo Bambang Yudhoyono")
                return None
            if b + 1 < stop and view.lowers[b] in ("dan", "serta") and view.cap[b + 1]:
                return None  # a list of portfolios: "Menteri Koperasi dan UKM X"
            common = [k for k in range(a, b) if gaz.is_common(view.lowers[k]) or is_acronym(view.texts[k])]
            if len(common) == b - a:
                return None  # "Ketua Fraksi", "Sekjen DPP": a body, not a name
            if b - a >= 3 and common and b - common[-1] - 1 >= 2:
                a = common[-1] + 1  # "Bupati Kutai Timur Isran Noor": the unit ends at its last plain word
            return a, b, evidence
        core = self._strip_common(view, a, b)
        if core == b:
            return None
        # (a lone acronym is a body, not a person: "Menurut JCS, ...")
        single_ok = not gaz.is_common(view.lowers[core]) and not (b - core == 1 and is_acronym(view.texts[core]))
        before = view.lowers[core - 1] if core > view.sentence_start(core) else ""
        if before in LOCATIVES or (before in LOCATIVES_LONG and b - core > 1):
            # "di Kuningan membenarkan", "ke El Arish": people are not "in" or "towards" a name
            return (core, b, "place") if single_ok else None
        # "Komite itu mencatat": one capitalised word opening a sentence, then a demonstrative, is a noun
        # pointed back at, not a name
        anaphor = (b - core == 1 and core == view.sentence_start(core) and b < stop
                   and view.lowers[b] in DEMONSTRATIVES)
        if self._speech_after(view, b, stop) and (b - core > 1 or single_ok) and not anaphor:
            return core, b, "speech"
        if core > view.sentence_start(core) and view.lowers[core - 1] in gaz.speech_before \
                and (b - core > 1 or single_ok):
            return core, b, "speech"
        if role_after(view, gaz, index, b) is not None or self._age_after(view, b, stop):
            return core, b, "apposition"
        if b - core >= 2 and not any((gaz.is_common(view.lowers[k]) and view.lowers[k] not in gaz.name_prefixes)
                                      or is_acronym(view.texts[k]) for k in range(core, b)):
            return core, b, "shape"
        return None


def rule_candidates(doc, weak: bool = True) -> list[tuple[int, int, str]]:
    """Candidate spans (start_char, end_char, label) found by the rules and the gazetteer. ``weak=False``
    leaves out names guessed from their shape alone (capitalised words with no title, speech verb or list
    entry), for when a statistical model has already read the text and passed them over."""
    view = view_of(doc)
    return [(view.starts[m.start], view.ends[m.end - 1], m.label) for m in RuleFinder(get()).find(view)
            if weak or m.evidence != "shape"]
