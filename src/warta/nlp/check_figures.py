"""Conflicting figures: the same count reported with different values by different sources.

See :mod:`warta.nlp.checks` for the three ways the article shows a conflict; this module finds them.
"""
from __future__ import annotations

from typing import Any

from .check_counts import (WORD, Counted, check_lexicon, counted_thing, figure_label, format_value,
                           kinds_compatible, sentence_of)

GENERIC_UNITS = {"orang", "kali", "tahun", "hari", "bulan", "minggu", "pekan", "jam", "menit", "persen"}
#: Values further apart than this are different scopes (a day against a war), even when disputed.
MAX_DISPUTE_RATIO = 10
#: Words a correction may stand after the figure it corrects ("N X ..., bukan M seperti ...").
MAX_CORRECTION_GAP = 10
#: Two kinds of people ("tawanan", "prajurit") are one count only when the values are this close.
CLOSE_RATIO = 1.25
PRONOUNS = frozenset({"ia", "dia", "mereka", "pihaknya", "beliau", "kami", "kita", "saya"})


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
    nonunits = check_lexicon().nonunits
    inside = [(s, t, e) for s, t, e in mentions if a <= s and t <= b]
    names = {e for _, _, e in inside}
    words: set[str] = set()
    run: list[str] = []  # capitalised words of a name the entity stage missed ("Kantor Berita Nasional")
    prev_end = a
    for m in WORD.finditer(text, a, b):
        word, low = m.group(), m.group().lower()
        free = not any(s <= m.start() < t for s, t, _ in inside) and low not in nonunits and low not in PRONOUNS
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
    lex = check_lexicon()
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
    si = sentence_of(sentences, q["start"])
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


def _predicate(text: str, q: dict[str, Any]) -> str:
    """What a quoted figure is said to do ("25 keluarga mengungsi", "30 keluarga masih bertahan"): the
    first word after it, past adverbs, as a casualty field when it is one ("tewas" and "meninggal" agree).
    Two figures said to do different things count different things."""
    lex = check_lexicon()
    for word in text[q["end"]:q["end"] + 60].split()[:3]:
        low = word.strip(",.;:\"“”").lower()
        if low in ("masih", "telah", "sudah", "yang", "di", "antaranya"):
            continue
        return lex.casualty.get(low, low) if low.islower() else ""
    return ""


def _conflict(a: dict[str, Any], b: dict[str, Any], unit: str | None) -> dict[str, Any]:
    what = f" {unit}" if unit else ""
    return {
        "kind": "conflicting_figures",
        "message": f"{format_value(a['value'])} and {format_value(b['value'])}{what} are reported by different sources",
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
            if low <= 0 or high > 2 * low or _modifier(text, a) != _modifier(text, b) \
                    or _predicate(text, a) != _predicate(text, b):
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
            checks.append(_conflict(a, b, b.get("unit") or figure_label(a, text)))
    return checks


def _corrections(text: str, quantities: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """"N X, bukan M (X) seperti ...": the writer sets a figure against another account of it."""
    lex = check_lexicon()
    pairs = []
    for i in range(len(quantities) - 1):
        a, b = quantities[i], quantities[i + 1]
        if a.get("value") is None or b.get("value") is None or a["value"] == b["value"]:
            continue
        between = text[a["end"]:b["start"]]
        words = [w.lower() for w in WORD.findall(between)]
        # the corrected figure may stand a clause before ("hanya tiga orang yang terkena tembakan dalam insiden
        # tersebut, bukan lima seperti yang disebutkan pihak Indonesia")
        if "," not in between or not words or len(words) > MAX_CORRECTION_GAP \
                or not lex.cues["correction"].fullmatch(words[-1]) or any(ch in between for ch in ".!?"):
            continue
        if _points_at_account([w.lower() for w in WORD.findall(text, b["end"], b["end"] + 60)[:5]]):
            pairs.append((i, i + 1))
    return pairs


def _points_at_account(words: list[str]) -> bool:
    """A reference word (after at most the counted noun) that leads to another account: "seperti yang
    disampaikan militer", "sebagaimana diklaim", "seperti klaim polisi", "versi polisi". "Seperti tahun
    lalu" or "seperti direncanakan" compare with another time or a plan, not with another account."""
    lex = check_lexicon()
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
    lex = check_lexicon()
    si = sentence_of(sentences, q["start"])
    if si is None:
        return None
    start, end = sentences[si]
    head = text[start:q["start"]].lower()
    cue = None
    # a sentence that speaks of figures, or whose figure is a toll ("Namun, X menyebut empat prajurit terluka")
    if lex.cues["figure"].search(text[start:end].lower()) \
            or lex.cues["casualty"].match(text[q["end"]:q["end"] + 20].lower().lstrip()):
        hits = [m.start() for cat in ("contrast", "discrepancy") for m in lex.cues[cat].finditer(head)]
        cue = start + max(hits) if hits else None
    if cue is None and lex.cues["figure"].search(text[start:end].lower()) \
            and lex.cues["discrepancy"].search(text[q["end"]:end].lower()):
        cue = start  # "... mencapai 52 orang, jauh lebih banyak dari angka yang diumumkan polisi"
    if cue is None and si > 0:
        before = text[sentences[si - 1][0]:sentences[si - 1][1]].lower()
        if lex.cues["discrepancy"].search(before) and lex.cues["figure"].search(before):
            cue = start
    # "Namun, jumlah korban kini bertambah menjadi 8 orang" updates a figure; it does not dispute it
    if cue is None or lex.cues["update"].search(text[cue:q["start"]].lower()):
        return None
    return cue


def _same_count(ta: Counted, tb: Counted, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two figures can be two accounts of one count: same thing (or people against people when the
    values are close), both rates or both counts, no two different names after them, same order."""
    if ta.rate != tb.rate or (ta.modifier and tb.modifier and ta.modifier != tb.modifier):
        return False
    if ta.group and tb.group and ta.group != tb.group:
        return False  # soldiers killed and civilians killed are two counts
    low, high = sorted((abs(a["value"]), abs(b["value"])))
    if low == 0 or high > MAX_DISPUTE_RATIO * low:
        return False
    if kinds_compatible(ta.kind, ta.key, tb.kind, tb.key):
        return True
    people = ta.kind.startswith("person") and tb.kind.startswith("person")
    return people and high <= CLOSE_RATIO * low


def _disputes(text: str, quantities: list[dict[str, Any]], quotes: list[dict[str, Any]],
              sentences: list[tuple[int, int]], mentions: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Disputed figures against the nearest earlier account of the same count from another source."""
    floors = [quantities[k - 1]["end"] if k else 0 for k in range(len(quantities))]
    for k, q in enumerate(quantities):
        si = sentence_of(sentences, q["start"])
        floors[k] = max(floors[k], sentences[si][0] if si is not None else 0)
    things = [counted_thing(text, q, floors[k]) if q.get("value") is not None else None for k, q in enumerate(quantities)]
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
