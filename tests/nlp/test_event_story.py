"""Sides taken from the story (warta.nlp.event_story), on short stories written for these tests."""
from __future__ import annotations

import pytest

import warta
from warta.nlp.event_story import StoryParties, fill_from_story

DATE = "2024-11-16"


def _coded(text: str) -> list[tuple[int, str, list[str], list[str]]]:
    record = warta.analyze(text, date=DATE, title="Judul uji", min_confidence=0)
    return [(e["sentence"], e["type"], sorted(a["country"] or a["code"] or a["name"] for a in e["actors"]),
             sorted(a["country"] or a["code"] or a["name"] for a in e["recipients"])) for e in record["events"]]


def _actor(key: str) -> dict:
    return {"name": key, "entity": None, "country": key, "code": None, "sector": None}


def _event(sentence: int, kind: str, actors: list[str], recipients: list[str]) -> dict:
    return {"sentence": sentence, "type": kind, "actors": [_actor(a) for a in actors],
            "recipients": [_actor(r) for r in recipients]}


@pytest.mark.parametrize("story, expected", [
    # an agentless passive takes the other side of the story
    ("Rusia dan Ukraina bertukar tawanan pada Sabtu. Rusia membebaskan 95 tentara Ukraina. "
     "Sebagai gantinya, 95 prajurit Rusia dipulangkan ke Moskow.",
     (3, "RETREAT", ["UKR"], ["RUS"])),
    # a denial answers the party that accused
    ("Kapal penjaga pantai China menabrak kapal Filipina di dekat Scarborough. "
     "Vietnam menyerukan kedua negara menahan diri. Manila menuduh Beijing bertindak agresif. "
     "China membantah.",
     (4, "REJECT", ["CHN"], ["PHL"])),
    # an attack told again with its toll keeps its sides
    ("Pasukan Rusia menyerang kota Sumy dengan rudal pada Jumat malam. "
     "Gubernur setempat mengatakan serangan itu menewaskan tujuh warga sipil.",
     (2, "ASSAULT", ["RUS"], ["UKR"])),
    # drones shot down over a region are shot down by its state
    ("Ukraina menyerang kilang minyak Rusia dengan drone pada Kamis malam. "
     "Sebanyak 40 drone dihancurkan di atas wilayah Belgorod, Rusia.",
     (2, "ASSAULT", ["RUS"], ["UKR"])),
    # shot down with no side named reverses the story attack
    ("Rusia menyerang Ukraina dengan 90 drone pada Sabtu malam. "
     "Sebanyak 60 drone berhasil ditembak jatuh.",
     (2, "ASSAULT", ["UKR"], ["RUS"])),
    # those who fell in a fight are its recipients
    ("Pasukan Armenia menyerang pos Azerbaijan di perbatasan pada Selasa. "
     "Azerbaijan menyebut lima tentara Azerbaijan gugur dalam pertempuran tersebut.",
     (2, "ASSAULT", ["ARM"], ["AZE"])),
    # a story between two states is not a domestic story
    ("Pakistan dan Afghanistan kembali bentrok di perbatasan. Kabul menyebut Pakistan melancarkan "
     "serangan udara. Islamabad menuduh Kabul melindungi militan. Pasukan Pakistan membalas.",
     (4, "ASSAULT", ["PAK"], ["AFG"])),
    # in a domestic story an unknown side is that state
    ("Polisi Nigeria menangkap tiga anggota geng penculik di Zamfara, Nigeria. "
     "Kepolisian Nigeria menyebut geng itu menculik 20 pelajar bulan lalu. "
     "Asrama sekolah di Zamfara diserang oleh puluhan pria bersenjata pada malam hari.",
     (3, "ASSAULT", ["NGA"], ["NGA"])),
    # a toll told after an attack reports that attack
    ("Pasukan Rusia menyerang kota Sumy dengan rudal pada Jumat malam. "
     "Menurut gubernur setempat, sedikitnya tujuh warga tewas dan 20 lainnya terluka.",
     (2, "ASSAULT", ["RUS"], ["UKR"])),
    # "semua pihak" are the sides of the story's conflict
    ("Pasukan Thailand menembaki pos militer Kamboja di perbatasan. Kamboja membalas dengan roket. "
     "Sekretaris Jenderal PBB mendesak semua pihak menahan diri.",
     (3, "REQUEST", ["UN"], ["KHM", "THA"])),
])
def test_a_side_the_clause_leaves_unsaid_comes_from_the_story(story, expected):
    assert expected in _coded(story)


def test_partner_prefers_the_most_frequent_then_the_nearest():
    events = [_event(0, "ASSAULT", ["ISR"], ["IRN"]), _event(1, "ASSAULT", ["IRN"], ["ISR"]),
              _event(2, "CONSULT", ["ISR"], ["USA"]), _event(6, "THREATEN", ["ISR"], [])]
    features = [{"recipients": bool(e["recipients"])} for e in events]
    assert fill_from_story(events, features) == [3]
    assert events[3]["recipients"][0]["country"] == "IRN"
    assert features[3]["story_party"]
    story = StoryParties(events[:3] + [_event(5, "CONSULT", ["ISR"], ["USA"])], [False] * 4, [False] * 4)
    assert story.partner({"ISR"}, 4, "ACCUSE")["country"] == "USA"  # tied 2-2 with Iran; the USA is met nearer


def test_a_fight_without_named_sides_takes_the_main_pair():
    events = [_event(0, "ASSAULT", ["THA"], ["KHM"]), _event(1, "ACCUSE", ["KHM"], ["THA"]),
              _event(2, "CONSULT", ["MYS"], ["THA"]), _event(3, "ASSAULT", [], [])]
    features = [{"recipients": True}] * 3 + [{"recipients": True}]  # the last is two-sided ("bentrokan")
    fill_from_story(events, [dict(f) for f in features])
    assert sorted(a["country"] for a in events[3]["actors"]) == ["KHM", "THA"]


def test_events_with_no_partner_by_nature_are_left_alone():
    events = [_event(0, "ASSAULT", ["PRK"], ["KOR"]), _event(1, "MOBILIZE", ["PRK"], [])]
    assert fill_from_story(events, [{"recipients": True}, {"recipients": False}]) == []
    assert events[1]["recipients"] == []


def test_a_story_with_no_linked_parties_changes_nothing():
    events = [_event(0, "ACCUSE", ["IDN"], [])]
    assert fill_from_story(events, [{"recipients": False}]) == []


def test_an_attack_referred_to_without_a_toll_is_not_coded_again():
    coded = _coded("Pasukan Rusia menyerang kota Sumy dengan rudal pada Jumat malam. "
                   "Gubernur setempat membahas serangan itu dengan wali kota.")
    assert [c for c in coded if c[0] == 2 and c[1] == "ASSAULT"] == []


def test_a_lone_agentless_passive_keeps_its_actor_empty():
    assert _coded("Sebuah pangkalan militer Suriah dibom pada Selasa dini hari.") == [(1, "ASSAULT", [], ["SYR"])]


def test_a_toll_with_no_attack_told_before_is_not_an_event():
    assert _coded("Menurut gubernur setempat, sedikitnya tujuh warga tewas dalam banjir.") == []


def test_the_main_pair_is_the_pair_with_most_hostile_events_oriented_by_its_attacks():
    # what was shot down says nothing of who attacks whom; a two-sided fight is one event between its pair
    events = [_event(0, "ASSAULT", ["UKR"], ["RUS"]), _event(1, "ASSAULT", ["UKR"], ["RUS"]),
              _event(2, "ASSAULT", ["RUS"], ["UKR"]), _event(3, "ASSAULT", ["RUS"], ["UKR"]),
              _event(4, "ASSAULT", ["UKR", "PRK"], []), _event(5, "ASSAULT", ["UKR", "PRK"], []),
              _event(6, "ASSAULT", [], [])]
    features = [{"recipients": True, "defence": True}] * 2 + [{"recipients": True}] * 4 \
        + [{"recipients": False, "defence": True}]
    fill_from_story(events, [dict(f) for f in features])
    assert [a["country"] for a in events[6]["actors"]] == ["UKR"]  # shot down by the side attacked
    assert [r["country"] for r in events[6]["recipients"]] == ["RUS"]


def test_an_act_with_no_side_named_takes_the_sides_of_its_operation_in_the_same_sentence():
    events = [_event(0, "ASSAULT", ["IRN"], ["ISR"]), _event(1, "ASSAULT", ["IRN"], ["ISR"]),
              _event(2, "MOBILIZE", [], ["IRN"]), _event(2, "ASSAULT", [], [])]
    features = [{"recipients": True}] * 3 + [{"recipients": False}]
    fill_from_story(events, features)
    assert [r["country"] for r in events[3]["recipients"]] == ["IRN"]
    assert [a["country"] for a in events[3]["actors"]] == ["ISR"]


def test_a_place_in_the_attribution_of_indirect_speech_is_not_a_party():
    coded = _coded("Sekretaris Jenderal PBB mengecam serangan terhadap pasar itu, "
                   "kata juru bicaranya di New York pada Senin.")
    assert coded and all("USA" not in recipients for _, _, _, recipients in coded), coded
