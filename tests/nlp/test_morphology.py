import pytest

from warta.nlp.event_lexicon import word_entries
from warta.nlp.morphology import analyses


@pytest.mark.parametrize("word, root, form", [
    ("menyerang", "serang", "meN"),
    ("diserang", "serang", "di"),
    ("serangan", "serang", "an"),
    ("penyerangan", "serang", "peN-an"),
    ("menembaki", "tembak", "meN-i"),
    ("mengirimkan", "kirim", "meN-kan"),
    ("memukul", "pukul", "meN"),
    ("memperingatkan", "ingat", "memper-kan"),
    ("pertemuan", "temu", "per-an"),
    ("kekhawatiran", "khawatir", "ke-an"),
    ("bertemu", "temu", "ber"),
    ("perundingan", "runding", "per-an"),
    ("berunding", "runding", "ber"),
    ("terbunuh", "bunuh", "ter"),
    ("seruannya", "seru", "an"),
])
def test_affixes_are_undone(word, root, form):
    assert (root, form) in analyses(word)


@pytest.mark.parametrize("word, etype", [
    ("menggempur", "ASSAULT"),       # never listed as such: found through its root
    ("digempur", "ASSAULT"),
    ("penangkapan", "COERCE"),
    ("menyita", "COERCE"),
    ("kunjungannya", "CONSULT"),
    ("mengecam", "ACCUSE"),
    ("membantah", "REJECT"),
    ("mengerahkan", "MOBILIZE"),
    ("mengebom", "ASSAULT"),        # menge- before a one-syllable root
    ("menggerebek", "COERCE"),
    ("mengutuk", "ACCUSE"),
    ("membekukan", "SANCTION"),
])
def test_inflections_reach_their_event_family(word, etype):
    assert etype in {entry.type for entry, _ in word_entries(word)}


@pytest.mark.parametrize("word", ["menteri", "pemantau", "perang", "melanggar", "menemukan"])
def test_non_event_words_have_no_entry(word):
    assert word_entries(word) == ()
