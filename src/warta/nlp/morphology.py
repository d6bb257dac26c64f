"""Indonesian affix analysis for event words.

Event families share a root: *serang* gives menyerang, diserang, serangan, penyerangan, terserang.
:func:`analyses` proposes every (root, form) reading of a word by undoing the productive affixes,
including the nasal assimilation of meN-/peN- (menyerang ← serang, menembak ← tembak, memukul ← pukul,
mengirim ← kirim). Readings are only candidates: a lexicon lookup decides which root is real, so
over-generation is cheap and harmless.

Form names: ``meN``, ``meN-kan``, ``meN-i``, ``memper``, ``memper-kan``, ``memper-i``, ``di``, ``di-kan``,
``di-i``, ``diper``, ``diper-kan``, ``ter``, ``ter-kan``, ``ber``, ``ber-kan``, ``ber-an``, ``base``,
``base-kan``, ``base-i``, ``an``, ``peN-an``, ``per-an``, ``ke-an``, ``peN``.
"""
from __future__ import annotations

from functools import lru_cache

VOWELS = set("aeiou")
PASSIVE_FORMS = frozenset({"di", "di-kan", "di-i", "diper", "diper-kan", "ter", "ter-kan"})
NOUN_FORMS = frozenset({"an", "peN-an", "per-an", "ke-an", "peN"})


def _nasal_roots(rest: str, nasal: str) -> list[str]:
    """Roots behind a nasal prefix remainder: meny+erang → serang, men+embak → tembak, ..."""
    if not rest:
        return []
    roots = [rest]
    first = rest[0]
    if nasal == "ny" and first in VOWELS:
        roots = ["s" + rest]
    elif nasal == "n" and first in VOWELS:
        roots.append("t" + rest)
    elif nasal == "m" and first in VOWELS:
        roots.append("p" + rest)
    elif nasal == "ng" and first in VOWELS:
        roots.append("k" + rest)
    return roots


_NASALS = (("meny", "ny"), ("meng", "ng"), ("mem", "m"), ("men", "n"), ("me", ""))
_PE_NASALS = (("peny", "ny"), ("peng", "ng"), ("pem", "m"), ("pen", "n"), ("pe", ""))


@lru_cache(maxsize=65536)
def analyses(word: str) -> tuple[tuple[str, str], ...]:
    """All (root, form) readings of ``word`` (lower-cased; a trailing -nya/-lah/-kah is ignored)."""
    w = word.lower()
    bases = [w]
    for clitic in ("nya", "lah", "kah"):
        if w.endswith(clitic) and len(w) > len(clitic) + 3:
            bases.append(w[: -len(clitic)])
    out: list[tuple[str, str]] = []
    for base in bases:
        out.append((base, "base"))
        for suffix in ("kan", "i", "an"):
            if base.endswith(suffix) and len(base) > len(suffix) + 2:
                stem = base[: -len(suffix)]
                out.extend(_prefixed(stem, suffix))
        out.extend(_prefixed(base, ""))
    seen: set[tuple[str, str]] = set()
    unique = []
    for item in out:
        if item[0] and item not in seen:
            seen.add(item)
            unique.append(item)
    return tuple(unique)


def _prefixed(stem: str, suffix: str) -> list[tuple[str, str]]:
    """Readings of ``stem`` (suffix already removed) under each prefix."""
    tag = f"-{suffix}" if suffix else ""
    out: list[tuple[str, str]] = []
    if suffix in ("kan", "i"):
        out.append((stem, "base" + tag))
    if suffix == "an":
        out.append((stem, "an"))
    if stem.startswith("memper") and suffix != "an":
        out.append((stem[6:], "memper" + tag))
    if stem.startswith("diper") and suffix != "an":
        out.append((stem[5:], "diper" + tag))
    if suffix != "an":
        if stem.startswith("menge") and len(stem) > 6:
            out.append((stem[5:], "meN" + tag))  # one-syllable roots: mengebom (bom), mengecat (cat)
        for prefix, nasal in _NASALS:
            if stem.startswith(prefix) and len(stem) > len(prefix) + 1:
                out.extend((root, "meN" + tag) for root in _nasal_roots(stem[len(prefix):], nasal))
                if prefix == "me":
                    break
        if stem.startswith("di") and len(stem) > 4:
            out.append((stem[2:], "di" + tag))
        if stem.startswith("ter") and len(stem) > 5 and suffix != "i":
            out.append((stem[3:], "ter" + tag))
    for prefix in ("ber", "be"):  # be- before r and some roots: berunding (runding), bekerja (kerja)
        if stem.startswith(prefix) and len(stem) > len(prefix) + 2:
            out.append((stem[len(prefix):], "ber" + tag))
    if suffix == "an":
        if stem.startswith("penge") and len(stem) > 6:
            out.append((stem[5:], "peN-an"))  # one-syllable roots: pengeboman (bom), pengecekan (cek)
        for prefix, nasal in _PE_NASALS:
            if stem.startswith(prefix) and len(stem) > len(prefix) + 1:
                out.extend((root, "peN-an") for root in _nasal_roots(stem[len(prefix):], nasal))
                break
        if stem.startswith("per") and len(stem) > 5:
            out.append((stem[3:], "per-an"))
            out.append((stem[2:], "per-an"))  # per- + runding loses an r: "perundingan"
        if stem.startswith("ke") and len(stem) > 4:
            out.append((stem[2:], "ke-an"))
    elif not suffix:
        for prefix, nasal in _PE_NASALS:
            if stem.startswith(prefix) and len(stem) > len(prefix) + 2:
                out.extend((root, "peN") for root in _nasal_roots(stem[len(prefix):], nasal))
                break
    return out


@lru_cache(maxsize=65536)
def looks_like_verb(word: str) -> bool:
    """Whether a lower-case word has the shape of a meN- or di- verb ("memanggil", "dikirim").

    Used to find where a clause's predicate is when the word is in no lexicon. ber-/ter- words are left out
    on purpose: they are as often adjectives inside a noun phrase ("kelompok bersenjata", "terbesar").
    """
    from ..lexicon import read_words

    if not word.isalpha() or not word.islower() or len(word) < 5 or word in read_words("not_verbs.txt"):
        return False
    if word.startswith(("meng", "meny", "mem", "men")):
        return True
    if word.startswith("me") and word[2] in "lrwy":
        return True
    return word.startswith("di") and word[2] not in "aeiou"
