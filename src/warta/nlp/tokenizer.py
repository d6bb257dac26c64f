"""Indonesian tokenization on top of spaCy's ``id`` tokenizer.

spaCy splits every hyphen between letters, which breaks Indonesian reduplication (``sekutu-sekutunya``,
``besar-besaran``, ``luka-luka``) and hyphenated names (``Kim Yong-hyun``) into three tokens each.
Those are single words to a reader and to our lexicons, so a hyphen stays inside the word unless a capital
follows it (``AS-Rusia``, ``Korea-Jepang`` still split into their parts).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_infix_regex

_REWRITES = (
    ("(?:-|–|—|--|---|——|~)", "(?:–|—|--|---|——|~|-(?=[A-Z]))"),
    (r"[\/-](?=", r"(?:/|-(?=[A-Z]))(?="),
)


def keep_hyphenated_words(nlp: Language) -> None:
    """Rewrite the infix rules so that ``word-word`` with a lower-case second part stays one token."""
    infixes = []
    for pattern in nlp.Defaults.infixes:
        for old, new in _REWRITES:
            pattern = pattern.replace(old, new)
        infixes.append(pattern)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
