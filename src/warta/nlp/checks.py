"""Checks a careful reader would make inside one article (SPEC section 6).

* ``parts_exceed_total``: a breakdown of a stated total ("Dari jumlah tersebut, 55 ..., 30 lainnya ...",
  "138 orang yang terdiri atas 57 laki-laki, 48 perempuan, dan 39 anak-anak", "Rinciannya, enam
  tersangka ..., lima di ...") whose parts add up to more than the total. A breakdown below the total is
  normal (the rest is simply not accounted for) and is not flagged.
* ``conflicting_figures``: the same quantity of the same thing given with different values by different
  sources. Three ways to see it, from strict to explicit:

  - two quoted sources give the same unit with the same modifier after it ("tentara Korea Utara" twice)
    and values of the same order (within a factor of two); 83 drones launched and 35 drones shot down are
    different counts, not a conflict;
  - the article itself puts a figure in dispute ("Namun, X menyebut ...", "angka yang disampaikan Kyiv
    berbeda", "simpang siur"): the disputed figure, attributed in its own sentence, conflicts with the
    nearest earlier figure of the same thing from another source. "The same thing" is then looser: a
    casualty count ("9 orang tewas", "jumlah korban tewas mencapai 11 orang"), synonyms ("prajurit",
    "tentara"), "orang" against any kind of people, the noun after "jumlah";
  - a correction: "lima anggota TNI, bukan dua seperti yang disampaikan militer".
* ``denied_claim``: an actor denies or calls false something an earlier speaker said.

Each check points at the characters it is about, so a reader can verify it. Cue words are data in
``lexicon/check_cues.tsv``; counted nouns and their synonyms in ``lexicon/check_nouns.tsv``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from ..lexicon import read_tsv, read_words
from .sentences import sentence_spans

GENERIC_UNITS = {"orang", "kali", "tahun", "hari", "bulan", "minggu", "pekan", "jam", "menit", "persen"}
#: Values further apart than this are different scopes (a day against a war), even when disputed.
MAX_DISPUTE_RATIO = 10
#: Two kinds of people ("tawanan", "prajurit") are one count only when the values are this close.
CLOSE_RATIO = 1.25
_WORD = re.compile(r"[^\W_][\w-]*")
_CLAUSE_END = re.compile(r'[,;:.!?()"“”]')
_PRONOUNS = frozenset({"ia", "dia", "mereka", "pihaknya", "beliau", "kami", "kita", "saya"})


@dataclass(frozen=True)
class _Lexicon:
    """The word lists the checks read, compiled once."""

    cues: dict[str, re.Pattern[str]]
    partition_of: frozenset[str]
    denial_modes: frozenset[str]
    casualty: dict[str, str]
    nouns: dict[str, tuple[str, str]]
    nonunits: frozenset[str]


def _pattern(phrases: list[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    rows = read_tsv("check_cues.tsv")
    by_category: dict[str, list[str]] = {}
    for row in rows:
        by_category.setdefault(row[1], []).append(row[0])
    casualty = {row[0]: row[1] for row in read_tsv("casualty_words.tsv")}
    casualty.update({row[0]: row[2] for row in rows if row[1] == "casualty"})
    cues = {cat: _pattern(words) for cat, words in by_category.items()}
    cues["casualty"] = _pattern(list(casualty))
    nouns = {row[0]: (row[1], row[2] if len(row) > 2 and row[2] else row[0]) for row in read_tsv("check_nouns.tsv")}
    return _Lexicon(cues=cues, partition_of=frozenset(by_category.get("partition_of", ())),
                    denial_modes=frozenset(by_category.get("denial_mode", ())), casualty=casualty,
                    nouns=nouns, nonunits=read_words("unit_nonunits.tsv"))


def find_checks(doc: Doc) -> list[dict[str, Any]]:
    """All checks for an analysed ``doc`` (needs entities, quantities, quotes and events on the Doc)."""
    text = doc.text
    sentences = sentence_spans(doc)
    quantities = doc._.warta_quantities or []
    quotes = doc._.warta_quotes or []
    events = doc._.warta_events or []
    mentions = [(m["start"], m["end"], e["id"]) for e in doc._.warta_entities or [] for m in e.get("mentions", ())]
    checks = parts_exceed_total(text, sentences, quantities)
    checks += conflicting_figures(text, quantities, quotes, sentences, mentions)
    checks += denied_claims(events, quotes, sentences)
    return checks


def _sentence_of(sentences: list[tuple[int, int]], pos: int) -> int | None:
    for i, (start, end) in enumerate(sentences):
        if start <= pos < end:
            return i
    return None


def _excerpt(text: str, limit: int = 80) -> str:
    """``text`` cut at a word boundary near ``limit`` characters."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def _fmt(value: float) -> str:
    return f"{int(value):,}".replace(",", ".") if float(value).is_integer() else f"{value:g}"


# ------------------------------------------------------------------------------------ what is counted


def _words_after(text: str, pos: int, limit: int) -> list[str]:
    """Up to ``limit`` words after ``pos`` in the same clause (a comma or a full stop ends it)."""
    stop = _CLAUSE_END.search(text, pos, pos + 120)
    return _WORD.findall(text, pos, stop.start() if stop else pos + 120)[:limit]


def _clause_before(text: str, pos: int, floor: int) -> str:
    """The text of the clause before ``pos``, not reaching back past ``floor``."""
    head = text[floor:pos]
    cut = max((m.end() for m in re.finditer(r"[,;:]\s", head)), default=0)
    return head[cut:]


def _noun(q: dict[str, Any], text: str) -> str | None:
    """The counted word: the unit, else the word right after the number ("17 terduga teroris")."""
    if q.get("unit"):
        return str(q["unit"]).lower()
    after = _words_after(text, q["end"], 1)
    return after[0].lower() if after and after[0].islower() else None


def _label(q: dict[str, Any], text: str) -> str:
    """What a message calls the counted thing: the unit, else the word after the number ("dua TPS")."""
    if q.get("unit"):
        return str(q["unit"])
    after = _words_after(text, q["end"], 1)
    return after[0] if after else ""


def _kind(noun: str | None) -> tuple[str, str | None]:
    """(kind, canonical form) of a counted noun from ``check_nouns.tsv``; kind "" when unlisted."""
    if noun is None:
        return "", None
    return _lexicon().nouns.get(noun, ("", noun))


def _compatible(kind_a: str, canon_a: str | None, kind_b: str, canon_b: str | None,
                any_people: bool = False) -> bool:
    """Same noun or synonyms, or people counted generically ("orang") against any kind of people. With
    ``any_people`` (a total and its parts) any two kinds of people fit: "60 penumpang" breaks down into
    "40 pria, 15 perempuan dan 9 anak-anak"."""
    if canon_a is not None and canon_a == canon_b:
        return True
    people = kind_a.startswith("person") and kind_b.startswith("person")
    return people and (any_people or "person_generic" in (kind_a, kind_b))


@dataclass(frozen=True)
class _Thing:
    """What a figure counts, as far as comparing two figures needs: ``key`` is a casualty field
    ("killed", kind "casualty"), a canonical noun, or "persen" with the word it is a share of."""

    key: str
    kind: str
    rate: bool
    modifier: str
    group: str = ""  # the kind of people a casualty count is of ("tentara", "warga"), "" when any


def _casualty(text: str, q: dict[str, Any], floor: int) -> str | None:
    """The casualty field a count of people reports: a casualty word right after it ("9 orang tewas",
    "27 warga sipil tewas", "13 korban jiwa") or earlier in its clause ("jumlah korban tewas mencapai 11
    orang", "menewaskan lima anggota TNI")."""
    lex = _lexicon()
    unit_word = q["text"].split()[-1].lower() if q.get("unit") else ""
    after = " ".join([unit_word] + [w.lower() for w in _words_after(text, q["end"], 3)])
    hit = lex.cues["casualty"].search(after)
    if hit:
        return lex.casualty[hit.group()]
    before = " ".join(w.lower() for w in _WORD.findall(_clause_before(text, q["start"], floor))[-8:])
    hits = list(lex.cues["casualty"].finditer(before))
    return lex.casualty[hits[-1].group()] if hits else None


def _counted_by_intro(text: str, q: dict[str, Any], floor: int) -> tuple[str | None, str]:
    """The noun after "jumlah" earlier in the clause and a name right after it: "jumlah peserta mencapai
    8.000 orang" → ("peserta", ""), "jumlah drone Ukraina yang dihancurkan 60" → ("drone", "ukraina")."""
    lex = _lexicon()
    clause = _clause_before(text, q["start"], floor)
    hits = list(lex.cues["count_intro"].finditer(clause.lower()))
    if not hits:
        return None, ""
    words = _WORD.findall(clause, hits[-1].end())
    if not words or not words[0].islower() or words[0] in lex.nonunits:
        return None, ""
    return words[0], (words[1].lower() if len(words) > 1 and words[1][:1].isupper() else "")


def _modifier_near(text: str, q: dict[str, Any]) -> str:
    """A capitalised word among the two after a figure, within its noun phrase ("tawanan perang
    Ukraina" → "ukraina"; not "Rp" in "Rp 300.000 dan Rp 400.000")."""
    for word in _words_after(text, q["end"], 2):
        if word[:1].isupper():
            return word.lower()
        if word in _lexicon().nonunits:
            break
    return ""


def _thing(text: str, q: dict[str, Any], floor: int) -> _Thing | None:
    """What ``q`` counts (None when nothing says): its casualty field when it counts people hurt,
    else its noun, the noun after "jumlah" for a bare or generic count, or the share a percentage is of."""
    lex = _lexicon()
    noun = q.get("unit")
    if noun is None:
        # a possessive after a bare figure names its people: "10 tentaranya" → tentara
        after = [w.lower() for w in _words_after(text, q["end"], 1)]
        if after and after[0].endswith("nya") and after[0][:-3] in lex.nouns:
            noun = after[0][:-3]
    kind, canon = _kind(noun)
    rate = _is_rate(text, q, 6)
    modifier = _modifier_near(text, q)
    # "jumlah peserta mencapai 8.000 orang" counts "peserta"; an unlisted noun only names a bare figure
    introduced, named = _counted_by_intro(text, q, floor)
    if introduced and (noun is None or (kind == "person_generic" and introduced in lex.nouns)):
        noun = introduced
        kind, canon = _kind(noun)
    if introduced and _kind(introduced)[1] == canon:
        modifier = modifier or named  # "jumlah drone Ukraina yang dihancurkan mencapai 60 drone"
    if noun is None or kind.startswith("person"):
        field = _casualty(text, q, floor)
        if field:
            return _Thing(field, "casualty", rate, modifier, canon if kind == "person" else "")
    if noun is None or canon is None:
        return None
    if noun == "persen":
        # a bare share ("11,4 persen.") says nothing of what it is a share of
        after = [w.lower() for w in _words_after(text, q["end"], 1)]
        if not after or not after[0].isalpha() or after[0] in lex.nonunits:
            return None
        canon = "persen " + after[0]
    return _Thing(canon, kind, rate, modifier)


# ----------------------------------------------------------------------------------- parts and totals


def _breakdowns(text: str, sentences: list[tuple[int, int]],
                quantities: list[dict[str, Any]]) -> list[tuple[int | None, list[int]]]:
    """(total index or None, part indices) for every announced breakdown. A partition cue takes the
    figures after it in its sentence and a figure right before it ("61 di antaranya"); its total is looked
    for before the parts. A figure right after a sentence-opening "Dari" ("Dari tujuh nelayan tersebut,
    lima ...") is the total of the figures after it."""
    lex = _lexicon()
    found: list[tuple[int | None, list[int]]] = []
    for cue in lex.cues["partition"].finditer(text.lower()):
        si = _sentence_of(sentences, cue.start())
        if si is None:
            continue
        end = sentences[si][1]
        parts = [k for k, q in enumerate(quantities) if cue.start() <= q["start"] < end]
        # "61 di antaranya mahasiswa" has its first part before the cue; in "93 orang di antaranya 61
        # mahasiswa" a figure follows the cue and the one before it is the total
        follows = bool(parts) and not text[cue.end():quantities[parts[0]]["start"]].strip(" ,")
        before = [k for k, q in enumerate(quantities) if q["end"] <= cue.start() and not text[q["end"]:cue.start()].strip()]
        found.append((None, ([] if follows else before) + parts))
    for k, q in enumerate(quantities):
        si = _sentence_of(sentences, q["start"])
        if si is not None and text[sentences[si][0]:q["start"]].strip().lower() in lex.partition_of:
            found.append((k, [j for j in range(k + 1, len(quantities)) if quantities[j]["start"] < sentences[si][1]]))
    return found


def _is_rate(text: str, q: dict[str, Any], reach: int = 3) -> bool:
    """"Rp 300.000 per keluarga", "98 truk per hari": a rate, which neither sums nor counts the same as
    a plain figure."""
    return bool(_lexicon().cues["rate"].search(" ".join(w.lower() for w in _words_after(text, q["end"], reach))))


def _total_nouns(text: str, total: dict[str, Any]) -> list[str | None]:
    """The nouns a total counts: its own and those joined to it ("300 drone dan rudal")."""
    nouns = [_noun(total, text)]
    joined = re.match(r"\s*(?:dan|serta|atau|,)\s+([a-z][\w-]*)", text[total["end"]:total["end"] + 40])
    if joined and joined.group(1) not in _lexicon().nonunits:
        nouns.append(joined.group(1))
    return nouns


def _fits_total(text: str, total: dict[str, Any], parts: list[dict[str, Any]], units: list[str | None]) -> bool:
    """A total for these parts: a firm figure above each part whose noun each part's noun fits."""
    if total.get("value") is None or total.get("qualifier") not in ("exact", "approx") or _is_rate(text, total):
        return False
    if any(p["value"] >= total["value"] for p in parts):
        return False
    kinds = [_kind(n) for n in _total_nouns(text, total)]
    if kinds[0][1] is None:
        return False  # a bare figure ("sebanyak 20.") says nothing of what it totals
    return all(u is None or any(_compatible(k, c, *_kind(u), any_people=True) for k, c in kinds) for u in units)


def parts_exceed_total(text: str, sentences: list[tuple[int, int]],
                       quantities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Totals whose announced breakdown adds up to more than the total."""
    checks = []
    used: set[int] = set()
    for ti, part_ids in _breakdowns(text, sentences, quantities):
        parts = [quantities[k] for k in part_ids
                 if quantities[k].get("value") is not None and quantities[k].get("qualifier") == "exact"]
        if len(parts) < 2 or any(_is_rate(text, q) for q in parts):
            continue
        # an elliptic part counts what the part before it counts ("enam tersangka ..., lima di ...")
        units: list[str | None] = []
        for p in parts:
            units.append(str(p["unit"]).lower() if p.get("unit") else (units[-1] if units else None))
        if ti is None:
            first = part_ids[0]
            si = _sentence_of(sentences, quantities[first]["start"]) or 0
            floor = sentences[max(si - 2, 0)][0]
            ti = next((k for k in range(first - 1, -1, -1) if quantities[k]["start"] >= floor
                       and _fits_total(text, quantities[k], parts, units)), None)
        elif not _fits_total(text, quantities[ti], parts, units):
            continue
        if ti is None or ti in used:
            continue
        total = quantities[ti]
        total_parts = round(sum(q["value"] for q in parts), 6)  # 21,3 + 19,1 is 40,4, not more
        if total_parts > total["value"]:
            used.add(ti)
            summed = " + ".join(_fmt(q["value"]) for q in parts)
            checks.append({
                "kind": "parts_exceed_total",
                "message": f"{summed} = {_fmt(total_parts)} is more than the stated total of "
                           f"{_fmt(total['value'])} {_label(total, text)}".rstrip(),
                "spans": [[total["start"], total["end"]]] + [[q["start"], q["end"]] for q in parts],
            })
    return checks


# -------------------------------------------------------------------------------------------- sources


def _quantity_source(q: dict[str, Any], quotes: list[dict[str, Any]]) -> str | None:
    for quote in quotes:
        if quote["start"] <= q["start"] < quote["end"] and quote.get("speaker"):
            return (quote["speaker"].get("entity") or quote["speaker"]["name"]).lower()
    return None


def _source_keys(text: str, a: int, b: int, mentions: list[tuple[int, int, str]]) -> frozenset[str] | None:
    """What names a source in ``text[a:b]``: the entities and other names there ("juru bicara militer
    Thailand" → Thailand), else its lower-case content words ("tim penyelamat relawan"). Two sources
    sharing any key are taken to be one ("polisi" and "polisi kemudian"), so a source told twice in
    different words is not mistaken for two. None when nothing but pronouns names it."""
    nonunits = _lexicon().nonunits
    inside = [(s, t, e) for s, t, e in mentions if a <= s and t <= b]
    names = {e for _, _, e in inside}
    words: set[str] = set()
    run: list[str] = []  # capitalised words of a name the entity stage missed ("Kantor Berita Nasional")
    prev_end = a
    for m in _WORD.finditer(text, a, b):
        word, low = m.group(), m.group().lower()
        free = not any(s <= m.start() < t for s, t, _ in inside) and low not in nonunits and low not in _PRONOUNS
        capital = free and not word.islower()
        if capital and run and not text[prev_end:m.start()].strip():
            run.append(low)
        else:
            if run:
                names.add(" ".join(run))
            run = [low] if capital else []
            if free and word.islower() and len(word) > 2:
                words.add(low)
        prev_end = m.end()
    if run:
        names.add(" ".join(run))
    return frozenset(names or words) or None


def _speaker_keys(speaker: dict[str, Any]) -> frozenset[str]:
    """A quote's speaker as source keys: its entity, else its lower-case content words as in
    :func:`_source_keys` ("seorang relawan" → relawan), else its whole name."""
    if speaker.get("entity"):
        return frozenset({speaker["entity"]})
    name = speaker["name"]
    return _source_keys(name, 0, len(name), []) or frozenset({name.lower()})


def _attribution(text: str, start: int, pos: int, mentions: list[tuple[int, int, str]]) -> frozenset[str] | None:
    """Who a sentence starting at ``start`` says told what comes before ``pos``: the words before the
    last attribution cue ("Namun, Komite Perlawanan El Fasher ... menyebut"), or after "menurut" up to
    the comma. None when there is no cue or only a pronoun names the source."""
    lex = _lexicon()
    head = text[start:pos].lower()
    hits = list(lex.cues["attribution"].finditer(head))
    if not hits:
        return None
    cue = hits[-1]
    if cue.group() == "menurut":
        comma = head.find(",", cue.end())
        a, b = start + cue.end(), start + (comma if comma >= 0 else len(head))
    else:
        contrast = [m.end() for m in lex.cues["contrast"].finditer(head, 0, cue.start())]
        a, b = start + max(contrast, default=0), start + cue.start()
    return _source_keys(text, a, b, mentions)


def _source(text: str, q: dict[str, Any], quotes: list[dict[str, Any]], sentences: list[tuple[int, int]],
            mentions: list[tuple[int, int, str]], carry: bool) -> frozenset[str] | None:
    """Who gives figure ``q``: the speaker of the quote it is in, else the attribution in its sentence.
    With ``carry``, a sentence without one continues the source of its paragraph ("X mengatakan ... .
    Kapal itu diduga mengawal enam kapal ikan ...")."""
    quoted = next((u for u in quotes if u.get("speaker") and u["start"] <= q["start"] < u["end"]), None)
    if quoted is not None:
        return _speaker_keys(quoted["speaker"])
    si = _sentence_of(sentences, q["start"])
    if si is None:
        return None
    pos = q["start"]
    while True:
        found = _attribution(text, sentences[si][0], pos, mentions)
        if found or not carry or si == 0 or "\n" in text[sentences[si - 1][1]:sentences[si][0]]:
            return found
        si -= 1
        start, pos = sentences[si]
        named = next((u for u in quotes if u.get("speaker") and u["start"] < pos and start < u["end"]), None)
        if named:
            return _speaker_keys(named["speaker"])


# -------------------------------------------------------------------------------------------- conflicts


def _modifier(text: str, q: dict[str, Any]) -> str:
    """The word after a quantity ("12.000 tentara Korea Utara" → "korea"), which tells what is counted."""
    rest = text[q["end"]:q["end"] + 40].split()
    word = rest[0].strip(",.;:\"“”") if rest else ""
    return word.lower() if word[:1].isupper() else ""


def _conflict(a: dict[str, Any], b: dict[str, Any], unit: str | None) -> dict[str, Any]:
    what = f" {unit}" if unit else ""
    return {
        "kind": "conflicting_figures",
        "message": f"{_fmt(a['value'])} and {_fmt(b['value'])}{what} are reported by different sources",
        "spans": [[a["start"], a["end"]], [b["start"], b["end"]]],
    }


def conflicting_figures(text: str, quantities: list[dict[str, Any]], quotes: list[dict[str, Any]],
                        sentences: list[tuple[int, int]] | None = None,
                        mentions: list[tuple[int, int, str]] | None = None) -> list[dict[str, Any]]:
    """The same thing counted differently by different sources (quoted figures, disputed figures,
    corrections; see the module docstring)."""
    checks = []
    seen: set[tuple[int, int]] = set()
    for i, a in enumerate(quantities):
        unit = a.get("unit")
        if a.get("value") is None or not unit or unit in GENERIC_UNITS:
            continue
        source_a = _quantity_source(a, quotes)
        if source_a is None:
            continue
        for j in range(i + 1, len(quantities)):
            b = quantities[j]
            if b.get("unit") != unit or b.get("value") is None or b["value"] == a["value"]:
                continue
            low, high = sorted((a["value"], b["value"]))
            if low <= 0 or high > 2 * low or _modifier(text, a) != _modifier(text, b):
                continue
            source_b = _quantity_source(b, quotes)
            if source_b is None or source_b == source_a or (i, j) in seen:
                continue
            seen.add((i, j))
            checks.append(_conflict(a, b, unit))
    if sentences is None:
        return checks
    for i, j in _corrections(text, quantities) + _disputes(text, quantities, quotes, sentences, mentions or []):
        if (i, j) not in seen:
            seen.add((i, j))
            a, b = quantities[i], quantities[j]
            checks.append(_conflict(a, b, b.get("unit") or _label(a, text)))
    return checks


def _corrections(text: str, quantities: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """"N X, bukan M (X) seperti ...": the writer sets a figure against another account of it."""
    lex = _lexicon()
    pairs = []
    for i in range(len(quantities) - 1):
        a, b = quantities[i], quantities[i + 1]
        if a.get("value") is None or b.get("value") is None or a["value"] == b["value"]:
            continue
        between = text[a["end"]:b["start"]]
        words = [w.lower() for w in _WORD.findall(between)]
        if "," not in between or not words or len(words) > 3 or not lex.cues["correction"].fullmatch(words[-1]):
            continue
        if _points_at_account([w.lower() for w in _WORD.findall(text, b["end"], b["end"] + 60)[:5]]):
            pairs.append((i, i + 1))
    return pairs


def _points_at_account(words: list[str]) -> bool:
    """A reference word (after at most the counted noun) that leads to another account: "seperti yang
    disampaikan militer", "sebagaimana diklaim", "seperti klaim polisi", "versi polisi". "Seperti tahun
    lalu" or "seperti direncanakan" compare with another time or a plan, not with another account."""
    lex = _lexicon()
    for k, word in enumerate(words[:2]):
        if not lex.cues["reference"].fullmatch(word):
            continue
        rest = [w for w in words[k + 1:] if w != "yang"][:1]
        if lex.cues["account"].fullmatch(word) or (rest and lex.cues["account"].fullmatch(rest[0])):
            return True
    return False


def _dispute_at(text: str, sentences: list[tuple[int, int]], q: dict[str, Any]) -> int | None:
    """Where the article puts figure ``q`` in dispute: the last contrast or discrepancy cue before it in
    a sentence that speaks of figures ("Namun, X menyebut jumlah korban tewas 64 orang"; a "namun" alone
    may set one side's losses against the other's), else the start of its sentence when the sentence
    before says that figures differ ("Namun, angka yang disampaikan Kyiv berbeda.")."""
    lex = _lexicon()
    si = _sentence_of(sentences, q["start"])
    if si is None:
        return None
    start, end = sentences[si]
    head = text[start:q["start"]].lower()
    cue = None
    if lex.cues["figure"].search(text[start:end].lower()):
        hits = [m.start() for cat in ("contrast", "discrepancy") for m in lex.cues[cat].finditer(head)]
        cue = start + max(hits) if hits else None
    if cue is None and si > 0:
        before = text[sentences[si - 1][0]:sentences[si - 1][1]].lower()
        if lex.cues["discrepancy"].search(before) and lex.cues["figure"].search(before):
            cue = start
    # "Namun, jumlah korban kini bertambah menjadi 8 orang" updates a figure; it does not dispute it
    if cue is None or lex.cues["update"].search(text[cue:q["start"]].lower()):
        return None
    return cue


def _same_count(ta: _Thing, tb: _Thing, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two figures can be two accounts of one count: same thing (or people against people when the
    values are close), both rates or both counts, no two different names after them, same order."""
    if ta.rate != tb.rate or (ta.modifier and tb.modifier and ta.modifier != tb.modifier):
        return False
    if ta.group and tb.group and ta.group != tb.group:
        return False  # soldiers killed and civilians killed are two counts
    low, high = sorted((abs(a["value"]), abs(b["value"])))
    if low == 0 or high > MAX_DISPUTE_RATIO * low:
        return False
    if _compatible(ta.kind, ta.key, tb.kind, tb.key):
        return True
    people = ta.kind.startswith("person") and tb.kind.startswith("person")
    return people and high <= CLOSE_RATIO * low


def _disputes(text: str, quantities: list[dict[str, Any]], quotes: list[dict[str, Any]],
              sentences: list[tuple[int, int]], mentions: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Disputed figures against the nearest earlier account of the same count from another source."""
    floors = [quantities[k - 1]["end"] if k else 0 for k in range(len(quantities))]
    for k, q in enumerate(quantities):
        si = _sentence_of(sentences, q["start"])
        floors[k] = max(floors[k], sentences[si][0] if si is not None else 0)
    things = [_thing(text, q, floors[k]) if q.get("value") is not None else None for k, q in enumerate(quantities)]
    pairs = []
    for j, b in enumerate(quantities):
        cue = _dispute_at(text, sentences, b) if things[j] else None
        if cue is None:
            continue
        source_b = _source(text, b, quotes, sentences, mentions, carry=False)
        if not source_b:
            continue
        for i in range(j - 1, -1, -1):
            a = quantities[i]
            if a["end"] > cue or things[i] is None or a["value"] == b["value"]:
                continue
            if not _same_count(things[i], things[j], a, b):
                continue
            source_a = _source(text, a, quotes, sentences, mentions, carry=True)
            if not source_a or source_a & source_b:
                continue
            pairs.append((i, j))
            break
    return pairs


def denied_claims(events: list[dict[str, Any]], quotes: list[dict[str, Any]],
                  sentences: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Denials (REJECT events of the denial kind) aimed at something said earlier in the article."""
    modes = _lexicon().denial_modes
    checks = []
    for ev in events:
        if ev["type"] != "REJECT" or ev.get("mode") not in modes:
            continue
        start = sentences[ev["sentence"]][0]
        actor_keys = {a.get("country") or a["name"] for a in ev["actors"]}
        claim = None
        for q in sorted(quotes, key=lambda q: -q["start"]):
            spk = q.get("speaker") or {}
            if q["end"] <= start and spk and (spk.get("country") or spk.get("name")) not in actor_keys:
                claim = q
                break
        if claim is None:
            continue
        who = ", ".join(a["name"] for a in ev["actors"]) or "someone"
        claimant = claim["speaker"]["name"]
        checks.append({
            "kind": "denied_claim",
            "message": f"{who} rejects what {claimant} said: {_excerpt(claim['text'])}",
            "spans": [[ev["trigger"]["start"], ev["trigger"]["end"]], [claim["start"], claim["end"]]],
        })
    return checks
