"""A light language check: is this article Indonesian, and if not, what is it probably?

Warta analyses Indonesian only; the point here is to warn (W108) when someone feeds it an English wire
story or a Malay page, not to be a general language identifier. A stopword ratio is enough for that, is
fast, and needs no model: for each language we count how many of the text's words are in its list of
common function words (``lexicon/language_<code>.txt``).

Only lowercase words are counted. Indonesian news is full of foreign names (``House of Representatives``,
``The Washington Post``) and sentence-initial capitals; function words inside a sentence are lowercase, so
skipping capitalised words keeps names from voting for English.

Malay shares most function words with Indonesian, so it is told apart by spelling pairs
(``bahawa``/``bahwa``, ``kerana``/``karena``, ``polis``/``polisi``) in ``lexicon/language_ms.txt``.
Texts in another script (Arabic, Cyrillic, Han, ...) are recognised by their letters.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import read_tsv, read_words

#: Languages with a function-word list, Indonesian first.
LANGUAGES = ("id", "en", "de", "nl", "fr", "es", "tl")
NAMES = {"id": "Indonesian", "ms": "Malay", "en": "English", "de": "German", "nl": "Dutch", "fr": "French",
         "es": "Spanish", "tl": "Tagalog", "ar": "Arabic", "ru": "Russian (Cyrillic script)",
         "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "th": "Thai", "und": "an unknown language"}

#: Enough words to look at; the opening of an article tells its language as well as the whole.
MAX_WORDS = 3000
#: Below this many lowercase words a text is too short to call anything but Indonesian.
MIN_WORDS = 20
#: Indonesian news has an Indonesian function-word ratio of about 0.3-0.45; English news about 0.45.
LOW_ID_RATIO = 0.15
HIGH_OTHER_RATIO = 0.20
#: A ratio this low with enough words means no Indonesian at all, whatever the language is.
NO_ID_RATIO = 0.05

_WORD = re.compile(r"[^\W\d_]+")
_SCRIPTS = (  # (first, last, code) for scripts that rule Indonesian out at once
    (0x0400, 0x052F, "ru"), (0x0600, 0x06FF, "ar"), (0x0750, 0x077F, "ar"), (0x0E00, 0x0E7F, "th"),
    (0x3040, 0x30FF, "ja"), (0x3400, 0x4DBF, "zh"), (0x4E00, 0x9FFF, "zh"), (0xAC00, 0xD7AF, "ko"),
    (0x1100, 0x11FF, "ko"),
)


@dataclass(frozen=True)
class LanguageReport:
    """What the check found: the guess, how sure it is, and whether to warn."""

    code: str
    confidence: float
    clearly_not_indonesian: bool
    words: int
    ratios: dict[str, float] = field(default_factory=dict)

    def warning(self) -> str | None:
        """A sentence for ``article.meta.language_warning``, or None when the text looks Indonesian."""
        if not self.clearly_not_indonesian:
            return None
        name = NAMES.get(self.code, self.code)
        return (f"The text looks like {name} ({self.code}), not Indonesian; Warta's analysis is built for "
                f"Indonesian, so entities, quotes and events may be missed or wrong.")


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    return {code: read_words(f"language_{code}.txt") for code in LANGUAGES}


@lru_cache(maxsize=1)
def _malay_pairs() -> tuple[frozenset[str], frozenset[str]]:
    """(Malay spellings, their Indonesian counterparts)."""
    rows = read_tsv("language_ms.txt")
    malay = frozenset(row[0] for row in rows)
    indonesian = frozenset(row[1] for row in rows if len(row) > 1 and row[1] != "-")
    return malay, indonesian


_NON_LATIN_LETTER = re.compile(r"(?=[^\W\d_])[^\x00-\u024f]")
_LETTER = re.compile(r"[^\W\d_]")


def _script(text: str) -> tuple[str, float] | None:
    """(code, share) when most letters of ``text`` are in a non-Latin script, else None."""
    sample = text[:20000]
    foreign = _NON_LATIN_LETTER.findall(sample)
    if not foreign:
        return None  # the common case, decided by one regex pass
    letters = len(_LETTER.findall(sample))
    if len(foreign) * 2 <= letters:
        return None
    counts: dict[str, int] = {}
    for ch in foreign:
        cp = ord(ch)
        code = next((c for first, last, c in _SCRIPTS if first <= cp <= last), "und")
        counts[code] = counts.get(code, 0) + 1
    code, count = max(counts.items(), key=lambda item: item[1])
    if code == "zh" and counts.get("ja"):
        code = "ja"  # Japanese mixes kana into Han; Chinese has no kana
    return code, round(count / letters, 3)


def _lowercase_words(text: str) -> list[str]:
    """The first :data:`MAX_WORDS` lowercase words (names and sentence starts are skipped)."""
    words = []
    for match in _WORD.finditer(text):
        word = match.group()
        if word.islower():
            words.append(word)
            if len(words) >= MAX_WORDS:
                break
    return words


def assess_language(text: str) -> LanguageReport:
    """Guess the language of ``text`` and decide whether it is clearly not Indonesian."""
    script = _script(text)
    if script is not None:
        return LanguageReport(script[0], script[1], True, 0, {})

    words = _lowercase_words(text)
    n = len(words)
    if n == 0:
        return LanguageReport("id", 0.0, False, 0, {})
    lists = _stopwords()
    ratios = {code: round(sum(1 for w in words if w in lists[code]) / n, 4) for code in LANGUAGES}
    length = min(1.0, n / 40)
    id_ratio = ratios["id"]
    other, other_ratio = max(((c, r) for c, r in ratios.items() if c != "id"), key=lambda item: item[1])

    if n >= MIN_WORDS and id_ratio < LOW_ID_RATIO and other_ratio >= HIGH_OTHER_RATIO \
            and other_ratio >= 2 * id_ratio:
        confidence = min(1.0, (other_ratio - id_ratio) / 0.2) * length
        return LanguageReport(other, round(confidence, 3), True, n, ratios)
    if n >= MIN_WORDS * 2 and id_ratio < NO_ID_RATIO and other_ratio < HIGH_OTHER_RATIO:
        return LanguageReport("und", round((NO_ID_RATIO - id_ratio) / NO_ID_RATIO * length, 3), True, n, ratios)

    malay_words, indonesian_words = _malay_pairs()
    malay_hits = [w for w in words if w in malay_words]
    indonesian_hits = sum(1 for w in words if w in indonesian_words)
    if (n >= MIN_WORDS and len(malay_hits) >= 3 and len(set(malay_hits)) >= 2
            and len(malay_hits) > 2 * indonesian_hits):
        confidence = len(malay_hits) / (len(malay_hits) + indonesian_hits) * length
        return LanguageReport("ms", round(confidence, 3), True, n, ratios)

    if other_ratio > id_ratio:  # a guess without a warning: too little evidence either way
        confidence = min(1.0, (other_ratio - id_ratio) / 0.2) * length
        return LanguageReport(other, round(confidence, 3), False, n, ratios)
    confidence = min(1.0, (id_ratio - other_ratio) / 0.2) * length
    return LanguageReport("id", round(confidence, 3), False, n, ratios)


def detect_language(text: str) -> tuple[str, float]:
    """``(code, confidence)`` for ``text``: ``"id"``, ``"ms"``, ``"en"``, another code, or ``"und"``."""
    report = assess_language(text)
    return report.code, report.confidence
