"""The entity stage: persons, organisations and places of an article, as SPEC section 3 describes them.

The stage has two halves so that a trained NER model can later replace or join the rules:

* **finding spans** — the statistical finders of :data:`STATISTICAL_FINDERS` (the trained NER model shipped
  in ``warta/models/ner``) and the rules each return ``(start_char, end_char, label)`` candidates;
  :func:`reconcile` lets the model decide boundaries, corrects its labels with what the lists know, and
  adds the rule spans it missed; :func:`merge_candidates` keeps the longest of overlapping ones (a country
  name inside an organisation's name stays as a nested mention of the country);
* **describing them** — the same for any span, however found: link to the gazetteer, read the role phrase
  around a person, derive an organisation's canonical name and a place's country from its neighbours,
  cluster mentions of one entity (:mod:`warta.nlp.coref`) and write the SPEC entity dicts.

:func:`extract_entities` also sets ``doc.ents`` (outermost mentions) so that displaCy can show them.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterable

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .coref import Cluster, cluster_mentions, surname_mentions
from .gazetteer import LABELS, Gazetteer, country_of_text, get, lookup_place
from .mention import Mention, MentionIndex, Role
from .name_rules import DOMAIN, RuleFinder, rule_candidates
from .event_lexicon import bare_verb_entries
from .names import name_core, place_nouns
from .numbers import NUMBER_WORDS
from .roles import is_acronym, role_after, role_before, unattached_offices
from .token_view import TokenView, view_of

Candidate = tuple[int, int, str]
COMPASS = frozenset({"utara", "selatan", "timur", "barat", "tengah", "tenggara"})
CandidateFinder = Callable[[Doc], Iterable[Candidate]]

@lru_cache(maxsize=1)
def _cue_words(*kinds: str) -> frozenset[str]:
    """Words of the given kinds in ``entity_cues.tsv``."""
    from ..lexicon import read_tsv

    return frozenset(row[0].lower() for row in read_tsv("entity_cues.tsv") if len(row) > 1 and row[1] in kinds)


def model_candidates(doc: Doc) -> list[Candidate]:
    """The spans the trained NER model (``tok2vec`` + ``ner``, run before this stage) left in ``doc.ents``.

    In cased text a name has a capital, so an all-lower-case span is a model error there; a name headed
    or preceded by a storm, operation or weapon word ("Badai Milton", "drone Shahed") is not a
    person, organisation or place (a head word alone, such as "Facebook", may still be a name).
    """
    heads = _cue_words("nonentity_head", "product_noun")  # "Badai Milton", "Operasi X"
    products = _cue_words("product_noun")                  # "drone Shahed", "rudal Hwasong"
    particles = get().particles                            # "bin", "van", "al": lower case inside names
    text = doc.text
    cased = sum(ch.isupper() for ch in text) > 0.01 * max(1, len(text))
    out = []
    for e in doc.ents:
        if e.label_ not in LABELS or (cased and not any(t.text[:1].isupper() for t in e)):
            continue
        before = doc[e.start - 1].lower_ if e.start > 0 else ""
        if (len(e) > 1 and e[0].lower_ in heads) or before in products:
            continue
        if cased and e.label_ == "PER" and any(t.is_alpha and t.is_lower and t.lower_ not in particles for t in e):
            continue  # "Perdamaian sejati": in cased text every word of a person's name is capitalised
        while len(e) > 1 and bare_verb_entries(e[0].lower_):
            e = e[1:]  # "Desak Junta": a headline verb run into the name after it
        while len(e) > 1 and bare_verb_entries(e[-1].lower_):
            e = e[:-1]
        out += [(part.start_char, part.end_char, e.label_) for part in _split_at_headline_verb(e)]
    return out


def _split_at_headline_verb(span: Span) -> list[Span]:
    """"Israel Gempur Lebanon Selatan", "RSF Serang Kamp ...": two names with a headline verb between them,
    run together by the model. Split only where the part before the verb is a name the gazetteer knows."""
    for k in range(1, len(span) - 1):
        if span[k].text[:1].isupper() and bare_verb_entries(span[k].lower_) and get().lookup(span[:k].text) \
                and span[k + 1].lower_ not in NUMBER_WORDS:  # "Mali Usir Lima Diplomat": five, not Lima
            return [span[:k], span[k + 1:]]
    return [span]


def _counts_in_a_title(text: str, candidate: Candidate) -> bool:
    """"Konsensus Lima Poin", "Usir Lima Diplomat": a capitalised number word before a capitalised noun
    counts; it is not the city of Lima."""
    start, end, _ = candidate
    following = text[end:end + 40].split()
    return text[start:end].lower() in NUMBER_WORDS and bool(following) and following[0][:1].isupper()





#: Statistical span finders; their spans decide boundaries and the rules add what they miss.
STATISTICAL_FINDERS: list[CandidateFinder] = [model_candidates]


def combine(doc: Doc, found: list[list[Candidate]]) -> list[Candidate]:
    """Candidates of the first finder, then those of each later finder that overlap none found before and
    are not one word of a person already found (coreference links "Iwaya" to "Takeshi Iwaya")."""
    text = doc.text
    out: list[Candidate] = []
    for candidates in found:
        taken = list(out)
        name_words = {w for s, e, label in taken if label == "PER" for w in text[s:e].split()}
        out += [c for c in candidates if not any(c[0] < t[1] and t[0] < c[1] for t in taken)
                and text[c[0]:c[1]] not in name_words]
    return out


def _not_part_of_name(word: str) -> bool:
    """A word next to a name that is not part of it: lower-case, or a capitalised common word of a
    headline ("Desak", "Hentikan"); capitalised place nouns stay ("Kabupaten Sragen" is an official name)."""
    lower = word.lower()
    if word.islower():
        return True
    gaz = get()
    if lower in place_nouns():
        return False  # "Kota Jakarta", "Batam Kota": an official name keeps its kind
    if word[:1].isupper() and (lower in gaz.role_words or gaz.roles.get(lower)):
        return True  # "Laksamana Madya Irvansyah": a rank or title before the name
    return word[:1].isupper() and lower not in place_nouns() and lower not in COMPASS and gaz.is_plain(lower)


def reconcile(doc: Doc, model: list[Candidate], rules: list[Candidate]) -> list[Candidate]:
    """Model spans corrected by what the rules and lists know, then the rule spans the model missed.

    The model decides where a name starts and ends; a list entry decides what a listed name is (the model
    may call "Kremlin" a person) and a listed name the model cut short wins ("Uni Eropa", not "Eropa"); a
    model span made of two listed names side by side ("Kursk Rusia") is the two names, and one that cuts
    across a listed name is dropped for the lists' names; the surname of a person found elsewhere is that
    person.
    """
    gaz = get()
    doc_text = doc.text
    model = _join_split_organisations(model, rules)
    rule_at = {(s, e): label for s, e, label in rules}
    listed = [r for r in rules if gaz.lookup(doc_text[r[0]:r[1]]) is not None]
    surnames = {doc_text[s:e].split()[-1] for s, e, label in rules + model
                if label == "PER" and " " in doc_text[s:e]}
    fixed: list[Candidate] = []
    for s, e, label in model:
        text = doc_text[s:e]
        if any(r[0] <= s and e <= r[1] and (r[0], r[1]) != (s, e) for r in listed):
            continue  # inside a longer listed name, which the rules keep
        if label == "PER" and all(any(sector == "MIL" for _, sector in gaz.roles.get(w.lower()) or ())
                                  for w in text.split()):
            continue  # "Laksamana", "Kolonel": a rank alone names nobody (but "Sultan" may be the sultan)
        if any(r[0] < e and s < r[1] and not (s <= r[0] and r[1] <= e) for r in listed):
            continue  # across a listed name's edge ("Kremlin Dmitry" of "Kremlin Dmitry Peskov"): the lists know
        # (a rule span may end one full stop later: "Ferdinand Marcos Jr." where the model stops at "Jr")
        inside = sorted(r for r in rules if s <= r[0] and (r[1] <= e or doc_text[e:r[1]] == "."))
        leftover = (doc_text[s:inside[0][0]] + " " + doc_text[inside[0][1]:e]).split() if len(inside) == 1 else []
        if (s, e) in rule_at:
            label = rule_at[(s, e)]
        elif len(inside) == 1 and leftover and not all(w.islower() for w in leftover) \
                and all(_not_part_of_name(w) for w in leftover):
            # "Desak Junta Myanmar Hentikan": a headline's verbs are not part of the name inside
            fixed.append(inside[0])
            continue
        elif len(inside) == 1 and leftover and all(w.islower() for w in leftover):
            # "distrik Obolon", "Lebanon selatan": the model's span stays the mention; the name inside
            # gives it its label (the description reads the listed part for name and country)
            label = inside[0][2]
        elif len(inside) >= 2 and all(w.islower() for w in doc_text[s:inside[0][0]].split()) and \
                all(_not_part_of_name(w) for a, b in zip(inside, inside[1:]) for w in doc_text[a[1]:b[0]].split()) \
                and all(_not_part_of_name(w) for w in doc_text[inside[-1][1]:e].split()):
            # "distrik Obolon Kyiv", "Israel Gempur Rafah": several names the model ran together (the first
            # keeps a lower-case place noun written before it)
            first = inside[0]
            fixed += [(s, first[1], first[2])] + inside[1:]
            continue
        elif text in surnames:
            label = "PER"  # "Iwaya" after "Takeshi Iwaya": coreference makes it the person
        else:
            record = gaz.lookup(text)
            if record is not None:
                label = record.label
        fixed.append((s, e, label))
    return combine(doc, [fixed, rules])


COMPASS = frozenset({"utara", "selatan", "timur", "barat", "tengah", "tenggara", "laut", "daya"})
JOINERS = frozenset({"dan", "untuk", "bagi", "di", "dari"})


def _join_split_organisations(model: list[Candidate], rules: list[Candidate]) -> list[Candidate]:
    """Model spans that the rules read as one organisation ("Kementerian Luar Negeri" + "Rusia" is
    "Kementerian Luar Negeri Rusia") become that one span: the country says whose ministry it is."""
    out = list(model)
    for s, e, label in rules:
        if label != "ORG":
            continue
        parts = [c for c in out if s <= c[0] and c[1] <= e]
        if len(parts) >= 2 and min(c[0] for c in parts) == s and max(c[1] for c in parts) == e \
                and parts[0][2] == "ORG":
            out = [c for c in out if c not in parts] + [(s, e, label)]
    return sorted(out)


def merge_candidates(view: TokenView, candidates: Iterable[Candidate]) -> list[Mention]:
    """Token-aligned mentions from character candidates: longest first, no overlaps, except that a
    place inside an organisation's span is kept as a nested mention."""
    start_tok = {s: i for i, s in enumerate(view.starts)}
    end_tok = {e: i + 1 for i, e in enumerate(view.ends)}
    spans: list[tuple[int, int, str, int]] = []
    for order, (s, e, label) in enumerate(candidates):
        if label not in LABELS:
            continue
        a, b = start_tok.get(s), end_tok.get(e)
        if a is None or b is None:
            span = view.doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            a, b = span.start, span.end
        spans.append((a, b, label, order))
    spans.sort(key=lambda t: (-(t[1] - t[0]), t[3]))
    index = MentionIndex(view.n)
    kept: list[Mention] = []
    for a, b, label, _order in spans:
        if index.free(a, b):
            m = Mention(a, b, label)
            kept.append(m)
            index.add(m)
            continue
        outer = index.at(a)
        if label == "LOC" and outer is not None and outer.label == "ORG" and outer.start <= a and b <= outer.end \
                and not any(k.nested and k.start < b and a < k.end for k in kept):
            kept.append(Mention(a, b, label, nested=True))
    kept.sort(key=lambda m: (m.start, -m.end))
    return kept


# -- describing mentions ---------------------------------------------------------------------------------

def _text(view: TokenView, start: int, end: int) -> str:
    return view.text[view.starts[start]:view.ends[end - 1]]


def _title_case(word: str) -> str:
    return word if word[:1].isupper() or word in JOINERS else word[:1].upper() + word[1:]


def _describe_org(view: TokenView, gaz: Gazetteer, m: Mention, nested: list[Mention]) -> None:
    """Canonical name, country and sector of an organisation the gazetteer does not list."""
    text = _text(view, m.start, m.end)
    head = None
    for end, values in gaz.cues.matches(view, m.start, m.end):
        head = next(((end, v) for v in values if v[0] in ("org_head", "org_head_any")), None)
        if head:
            break
    words = text.split()
    if head is not None:
        end, (_kind, sector, canonical) = head
        m.sector = sector
        rest = _text(view, end, m.end).split() if end < m.end else []
        lead = canonical.split() if canonical else [_title_case(w) for w in _text(view, m.start, end).split()]
        words = lead + [_title_case(w) for w in rest]
    else:
        if words and words[0][:1].islower():
            words = [_title_case(w) for w in words]
        for k in range(m.start, m.end):  # "Sky News" -> MED
            cue = gaz.cues.longest(view, k, k + 1)
            if cue is not None and cue[1][0][0] == "org_word":
                m.sector = cue[1][0][1]
        if DOMAIN.fullmatch(text):
            m.sector = "MED"  # "Kompas.com": news sites are named by their domain
        for k in (m.start - 1, m.start - 2):  # "kantor berita Tasnim" -> MED
            cue = gaz.cues.longest(view, k, m.start) if k >= 0 else None
            if cue is not None and cue[0] == m.start:
                m.sector = next((v[1] for v in cue[1] if v[0] == "org_name_after"), m.sector)
    m.name = " ".join(words)
    for k in nested:
        if m.start <= k.start and k.end <= m.end and k.record is not None and k.record.country:
            m.country = k.record.country
    if m.country is None:
        m.country = _country_inside(view, gaz, m.start, m.end)
    if m.country is None and m.start > 0 and view.texts[m.start - 1] == "(" and m.end < view.n \
            and view.texts[m.end] == ")":
        # "Kepala Staf Gabungan (JCS) Korea Selatan": the country named right after the bracket
        m.country = _country_inside(view, gaz, m.end, min(view.n, m.end + 4))


def _country_inside(view: TokenView, gaz: Gazetteer, start: int, end: int) -> str | None:
    """The country of the first listed place or organisation inside a span ("Komisi IV DPR RI" -> IDN)."""
    finder = RuleFinder(gaz)
    i = start + 1
    while i < end:
        hit = finder.known_at(view, i, end) if view.heads[i] else None
        if hit is None:
            i += 1
            continue
        j, record = hit
        if record.label in ("LOC", "ORG") and record.country:
            return record.country
        i = j
    return None


def _compass_country(text: str) -> str | None:
    """"Lebanon Selatan", "Kivu Utara": an unlisted part of a listed place lies in its country."""
    words = text.split()
    if len(words) < 2 or words[-1].lower() not in COMPASS:
        return None
    place = lookup_place(" ".join(words[:-1]))
    return place["country"] if place else None


def _adjacent_country(view: TokenView, gaz: Gazetteer, index: MentionIndex, m: Mention) -> str | None:
    """Country of an unlisted place from the known place right after it: "Obolon Kyiv", "desa X, Suriah",
    "desa X di wilayah Donetsk", "Distrik X, Kabupaten Intan Jaya"."""
    j = m.end
    stop = view.sentence_end(m.start)
    if j < stop and view.texts[j] == ",":
        j += 1
    if j < stop and view.lowers[j] == "di":
        j += 1
    while j < stop and index.at(j) is None and view.alpha[j]:
        cue = gaz.cues.longest(view, j, stop)
        if cue is None or cue[1][0][0] != "place_noun":
            break
        j = cue[0]
    nxt = index.at(j) if j < stop else None
    if nxt is not None and nxt.start == j and nxt.label == "LOC" and nxt.record is not None:
        return nxt.record.country
    return None


def _describe(view: TokenView, gaz: Gazetteer, mentions: list[Mention], index: MentionIndex) -> None:
    nested = [m for m in mentions if m.nested]
    for m in mentions:
        text = _text(view, m.start, m.end)
        m.record = gaz.lookup(text, (m.label,))
        core = name_core(text) if m.label in ("LOC", "PER") else text
        if m.record is None and core != text:
            # "Kabupaten Sragen", "distrik Obolon", "Lebanon selatan": the list knows the name inside
            m.record = gaz.lookup(core, (m.label,))
        if m.record is not None:
            continue
        if m.label == "ORG":
            _describe_org(view, gaz, m, nested)
    for m in mentions:
        if m.label == "LOC" and m.record is None:
            m.country = _adjacent_country(view, gaz, index, m) or _compass_country(_text(view, m.start, m.end))
        elif m.label == "PER" and not m.nested:
            role, _evidence = role_before(view, gaz, index, m.start)
            m.role = role or role_after(view, gaz, index, m.end)
            if m.role is not None and not m.role.country and not m.role.code:
                m.role.country = _body_pointed_back_at(view, mentions, m)


# heads of a body's name that a role may use alone for a body named before ("juru bicara kementerian")
BODY_HEADS = frozenset({"kementerian", "badan", "lembaga", "komando", "dinas", "kantor", "otoritas", "komisi",
                        "kepolisian", "dewan"})


def _body_pointed_back_at(view: TokenView, mentions: list[Mention], m: Mention) -> str | None:
    """The country of the body a role names by its head alone ("juru bicara kementerian", "Wakil Direktur
    Jenderal badan itu"): the last organisation before it whose name starts with that head."""
    words = [w.lower() for w in m.role.text.split()] if m.role else []
    tail = words[:-1] if words and words[-1] in ("itu", "tersebut", "ini") else words
    head = tail[-1] if tail and tail[-1] in BODY_HEADS else None
    if head is None:
        return None  # "juru bicara kementerian pertahanan": a body of its own, named in full
    before = [o for o in mentions if o.label == "ORG" and o.end <= m.start
              and _text(view, o.start, o.end).lower().startswith(head)]
    for body in reversed(before):
        country = body.country or (body.record.country if body.record else None)
        if country:
            return country
    return None


def _apply_defined_acronyms(view: TokenView, mentions: list[Mention]) -> None:
    """"Partai Kekuatan Rakyat (PPP)": an acronym the article defines in brackets after a name means that
    name wherever it appears in the article, even where our lists give it to another country's body (there
    PPP is an Indonesian party). Every mention of it takes the named organisation's identity, so they
    cluster."""
    at_end = {m.end: m for m in mentions if not m.nested}
    defined: dict[str, Mention] = {}
    for m in mentions:
        owner = at_end.get(m.start - 1)
        if owner is None or owner.label != "ORG" or m.nested or view.texts[m.start - 1] != "(" \
                or m.end >= view.n or view.texts[m.end] != ")" or not is_acronym(_text(view, m.start, m.end)):
            continue
        listed = m.record
        if listed is None or (owner.record is None and not is_acronym(_text(view, owner.start, owner.end))
                              and listed.country and listed.country != owner.country):
            # an acronym we do not list, or one we list for another country's body; a listed one of no
            # state (UNHCR after "Badan Pengungsi PBB") keeps its code
            defined.setdefault(_text(view, m.start, m.end), owner)
    for acronym, owner in defined.items():
        owner.name = owner.name or (owner.record.name if owner.record else _text(view, owner.start, owner.end))
        for m in mentions:
            if m is not owner and _text(view, m.start, m.end) == acronym:
                m.label, m.record, m.name = owner.label, owner.record, owner.name
                m.country, m.code, m.sector = owner.country, owner.code, owner.sector


def _holders_of_named_offices(view: TokenView, gaz: Gazetteer, index: MentionIndex, clusters: list[Cluster],
                              mentions: list[Mention]) -> None:
    """"Menteri luar negeri Jepang tiba di Kyiv ... Takeshi Iwaya akan bertemu ...": a person introduced
    without a role, opening one of the next two sentences right after an office was named without its
    holder, serves that office's country."""
    people = sorted((m for m in mentions if m.label == "PER" and not m.nested), key=lambda m: m.start)
    for end, sentence, role in unattached_offices(view, gaz, index):
        holder = next((m for m in people if m.start >= end), None)
        if holder is None or view.sent_of[holder.start] - sentence > 2 or not view.sent_first[holder.start]:
            continue
        cluster = clusters[holder.cluster]
        if min(m.start for m in cluster.mentions) != holder.start:
            continue  # a person already introduced earlier
        if any(m.role is not None or (m.record is not None and m.record.country) for m in cluster.mentions):
            continue
        holder.country, holder.sector = role.country, role.sector


# -- assembling entities ----------------------------------------------------------------------------------

def _entity(view: TokenView, cluster: Cluster, published: str | None) -> dict:
    ms = sorted(cluster.mentions, key=lambda m: (m.start, m.end))
    records = [m.record for m in ms if m.record is not None]
    record = records[0] if records else None
    texts = [_text(view, m.start, m.end) for m in ms]
    if record is not None:
        name = record.name
    elif cluster.label == "ORG":
        name = max((m.name or t for m, t in zip(ms, texts)), key=lambda s: (len(s.split()), len(s)))
    else:
        name = name_core(max(texts, key=lambda s: (len(name_core(s).split()), not s.isupper(), len(s))))
    roles: list[Role] = [m.role for m in ms if m.role is not None]
    role = next((r for r in roles if r.country), roles[0] if roles else None)
    country = (role.country if role else None) or (record.country if record else None) \
        or next((m.country for m in ms if m.country), None)
    code = (record.code if record else None) or (role.code if role else None)
    sector = (role.sector if role else None) or (record.sector_on(published) if record else None) \
        or next((m.sector for m in ms if m.sector), None)
    if cluster.label == "LOC":
        sector = None
    if role is not None and role.code and not role.country and sector == "IGO":
        country = None  # "Sekretaris Jenderal PBB António Guterres" serves the UN, not Portugal
    seen = set()
    mentions = []
    for m, t in zip(ms, texts):
        span = (view.starts[m.start], view.ends[m.end - 1])
        if span not in seen:
            seen.add(span)
            mentions.append({"start": span[0], "end": span[1], "text": t})
    return {"name": name, "type": cluster.label, "country": country, "code": code, "sector": sector,
            "role": role.text if role else None, "mentions": mentions}


def _set_doc_ents(doc: Doc, view: TokenView, mentions: list[Mention]) -> None:
    spans = [Span(doc, m.start, m.end, label=m.label) for m in mentions if not m.nested]
    try:
        doc.ents = filter_spans(spans)
    except ValueError:
        doc.ents = []


def extract_entities(doc: Doc) -> list[dict]:
    """The SPEC entity list of ``doc`` (ids e1.. in order of first mention); also sets ``doc.ents``."""
    gaz = get()
    view = view_of(doc)
    statistical = [c for finder in STATISTICAL_FINDERS for c in finder(doc)]
    model_ran = doc.has_annotation("ENT_IOB")
    candidates = [c for c in reconcile(doc, statistical, rule_candidates(doc, weak=not model_ran))
                  if not _counts_in_a_title(doc.text, c)]
    mentions = merge_candidates(view, candidates)
    index = MentionIndex(view.n)
    for m in mentions:
        if not m.nested:
            index.add(m)
    _describe(view, gaz, mentions, index)
    _apply_defined_acronyms(view, mentions)
    clusters = cluster_mentions(view, mentions, gaz)
    mentions += surname_mentions(view, clusters, index, gaz)
    _holders_of_named_offices(view, gaz, index, clusters, mentions)
    published = ((doc._.warta_article or {}).get("published") if doc.has_extension("warta_article") else None)
    entities = [_entity(view, c, published) for c in clusters if c.mentions]
    entities.sort(key=lambda e: (e["mentions"][0]["start"], -e["mentions"][0]["end"]))
    for k, entity in enumerate(entities, 1):
        entity["id"] = f"e{k}"
    _set_doc_ents(doc, view, mentions)
    return [{"id": e["id"], **{k: v for k, v in e.items() if k != "id"}} for e in entities]


__all__ = ["STATISTICAL_FINDERS", "Candidate", "CandidateFinder", "country_of_text", "extract_entities",
           "lookup_place", "merge_candidates"]
