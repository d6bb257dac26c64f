"""What a figure in an article counts, for the checks that compare figures (:mod:`warta.nlp.checks`).

"9 orang tewas", "jumlah korban tewas mencapai 11 orang" and "sembilan warga sipil" are all counts of
people; "55 drone" and "35 drone Ukraina" count different things. The checks ask here what a quantity
counts (its noun, the casualty word near it, the noun a breakdown introduced), how two such counts relate,
and read the cue words they need from ``lexicon/check_cues.tsv`` and ``lexicon/check_nouns.tsv``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..lexicon import read_tsv, read_words

WORD = re.compile(r"[^\W_][\w-]*")
CLAUSE_END = re.compile(r'[,;:.!?()"“”]')


@dataclass(frozen=True)
class CheckLexicon:
    """The word lists the checks read, compiled once."""

    cues: dict[str, re.Pattern[str]]
    partition_of: frozenset[str]
    denial_modes: frozenset[str]
    casualty: dict[str, str]
    nouns: dict[str, tuple[str, str]]
    nonunits: frozenset[str]


def phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


@lru_cache(maxsize=1)
def check_lexicon() -> CheckLexicon:
    rows = read_tsv("check_cues.tsv")
    by_category: dict[str, list[str]] = {}
    for row in rows:
        by_category.setdefault(row[1], []).append(row[0])
    casualty = {row[0]: row[1] for row in read_tsv("casualty_words.tsv")}
    casualty.update({row[0]: row[2] for row in rows if row[1] == "casualty"})
    cues = {cat: phrase_pattern(words) for cat, words in by_category.items()}
    cues["casualty"] = phrase_pattern(list(casualty))
    nouns = {row[0]: (row[1], row[2] if len(row) > 2 and row[2] else row[0]) for row in read_tsv("check_nouns.tsv")}
    return CheckLexicon(cues=cues, partition_of=frozenset(by_category.get("partition_of", ())),
                    denial_modes=frozenset(by_category.get("denial_mode", ())), casualty=casualty,
                    nouns=nouns, nonunits=read_words("unit_nonunits.tsv"))


def sentence_of(sentences: list[tuple[int, int]], pos: int) -> int | None:
    for i, (start, end) in enumerate(sentences):
        if start <= pos < end:
            return i
    return None


def excerpt(text: str, limit: int = 80) -> str:
    """``text`` cut at a word boundary near ``limit`` characters."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def format_value(value: float) -> str:
    return f"{int(value):,}".replace(",", ".") if float(value).is_integer() else f"{value:g}"


# ------------------------------------------------------------------------------------ what is counted


def words_after(text: str, pos: int, limit: int) -> list[str]:
    """Up to ``limit`` words after ``pos`` in the same clause (a comma or a full stop ends it)."""
    stop = CLAUSE_END.search(text, pos, pos + 120)
    return WORD.findall(text, pos, stop.start() if stop else pos + 120)[:limit]


def clause_before(text: str, pos: int, floor: int) -> str:
    """The text of the clause before ``pos``, not reaching back past ``floor``."""
    head = text[floor:pos]
    cut = max((m.end() for m in re.finditer(r"[,;:]\s", head)), default=0)
    return head[cut:]


def counted_noun(q: dict[str, Any], text: str) -> str | None:
    """The counted word: the unit, else the word right after the number ("17 terduga teroris")."""
    if q.get("unit"):
        return str(q["unit"]).lower()
    after = words_after(text, q["end"], 1)
    return after[0].lower() if after and after[0].islower() else None


def figure_label(q: dict[str, Any], text: str) -> str:
    """What a message calls the counted thing: the unit, else the word after the number ("dua TPS")."""
    if q.get("unit"):
        return str(q["unit"])
    after = words_after(text, q["end"], 1)
    return after[0] if after else ""


def noun_kind(noun: str | None) -> tuple[str, str | None]:
    """(kind, canonical form) of a counted noun from ``check_nouns.tsv``; kind "" when unlisted."""
    if noun is None:
        return "", None
    return check_lexicon().nouns.get(noun, ("", noun))


def kinds_compatible(kind_a: str, canon_a: str | None, kind_b: str, canon_b: str | None,
                any_people: bool = False) -> bool:
    """Same noun or synonyms, or people counted generically ("orang") against any kind of people. With
    ``any_people`` (a total and its parts) any two kinds of people fit: "60 penumpang" breaks down into
    "40 pria, 15 perempuan dan 9 anak-anak"."""
    if canon_a is not None and canon_a == canon_b:
        return True
    people = kind_a.startswith("person") and kind_b.startswith("person")
    return people and (any_people or "person_generic" in (kind_a, kind_b))


@dataclass(frozen=True)
class Counted:
    """What a figure counts, as far as comparing two figures needs: ``key`` is a casualty field
    ("killed", kind "casualty"), a canonical noun, or "persen" with the word it is a share of."""

    key: str
    kind: str
    rate: bool
    modifier: str
    group: str = ""  # the kind of people a casualty count is of ("tentara", "warga"), "" when any


def casualty_of(text: str, q: dict[str, Any], floor: int) -> str | None:
    """The casualty field a count of people reports: a casualty word right after it ("9 orang tewas",
    "27 warga sipil tewas", "13 korban jiwa") or earlier in its clause ("jumlah korban tewas mencapai 11
    orang", "menewaskan lima anggota TNI")."""
    lex = check_lexicon()
    unit_word = q["text"].split()[-1].lower() if q.get("unit") else ""
    after = " ".join([unit_word] + [w.lower() for w in words_after(text, q["end"], 3)])
    hit = lex.cues["casualty"].search(after)
    if hit:
        return lex.casualty[hit.group()]
    before = " ".join(w.lower() for w in WORD.findall(clause_before(text, q["start"], floor))[-8:])
    hits = list(lex.cues["casualty"].finditer(before))
    return lex.casualty[hits[-1].group()] if hits else None


def counted_by_intro(text: str, q: dict[str, Any], floor: int) -> tuple[str | None, str]:
    """The noun after "jumlah" earlier in the clause and a name right after it: "jumlah peserta mencapai
    8.000 orang" → ("peserta", ""), "jumlah drone Ukraina yang dihancurkan 60" → ("drone", "ukraina")."""
    lex = check_lexicon()
    clause = clause_before(text, q["start"], floor)
    hits = list(lex.cues["count_intro"].finditer(clause.lower()))
    if not hits:
        return None, ""
    words = WORD.findall(clause, hits[-1].end())
    if not words or not words[0].islower() or words[0] in lex.nonunits:
        return None, ""
    return words[0], (words[1].lower() if len(words) > 1 and words[1][:1].isupper() else "")


def modifier_near(text: str, q: dict[str, Any]) -> str:
    """A capitalised word among the two after a figure, within its noun phrase ("tawanan perang
    Ukraina" → "ukraina"; not "Rp" in "Rp 300.000 dan Rp 400.000")."""
    for word in words_after(text, q["end"], 2):
        if word[:1].isupper():
            return word.lower()
        if word in check_lexicon().nonunits:
            break
    return ""


def counted_thing(text: str, q: dict[str, Any], floor: int) -> Counted | None:
    """What ``q`` counts (None when nothing says): its casualty field when it counts people hurt,
    else its noun, the noun after "jumlah" for a bare or generic count, or the share a percentage is of."""
    lex = check_lexicon()
    noun = q.get("unit")
    if noun is None:
        # a possessive after a bare figure names its people: "10 tentaranya" → tentara
        after = [w.lower() for w in words_after(text, q["end"], 1)]
        if after and after[0].endswith("nya") and after[0][:-3] in lex.nouns:
            noun = after[0][:-3]
    kind, canon = noun_kind(noun)
    rate = is_rate(text, q, 6)
    modifier = modifier_near(text, q)
    # "jumlah peserta mencapai 8.000 orang" counts "peserta"; an unlisted noun only names a bare figure
    introduced, named = counted_by_intro(text, q, floor)
    if introduced and (noun is None or (kind == "person_generic" and introduced in lex.nouns)):
        noun = introduced
        kind, canon = noun_kind(noun)
    if introduced and noun_kind(introduced)[1] == canon:
        modifier = modifier or named  # "jumlah drone Ukraina yang dihancurkan mencapai 60 drone"
    if noun is None or kind.startswith("person"):
        field = casualty_of(text, q, floor)
        if field:
            return Counted(field, "casualty", rate, modifier, canon if kind == "person" else "")
    if noun is None or canon is None:
        return None
    if noun == "persen":
        # a bare share ("11,4 persen.") says nothing of what it is a share of
        after = [w.lower() for w in words_after(text, q["end"], 1)]
        if not after or not after[0].isalpha() or after[0] in lex.nonunits:
            return None
        canon = "persen " + after[0]
    return Counted(canon, kind, rate, modifier)


# ----------------------------------------------------------------------------------- parts and totals


def is_rate(text: str, q: dict[str, Any], reach: int = 3) -> bool:
    """"Rp 300.000 per keluarga", "98 truk per hari": a rate, which neither sums nor counts the same as
    a plain figure."""
    return bool(check_lexicon().cues["rate"].search(" ".join(w.lower() for w in words_after(text, q["end"], reach))))
