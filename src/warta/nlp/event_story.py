"""Parties a clause leaves unsaid, taken from who deals with whom across the whole story.

A report names the two sides once and then drops them: "150 tawanan perang Ukraina diserahkan kepada
pihak Kyiv" (released by Russia: the story is about a Russia-Ukraine exchange), "Iran menembakkan 300
drone" (at Israel: the story is about Iran's attack on Israel), "Israel membantah tuduhan itu" (made by
whoever the story says accused Israel). An analyst reads the missing side off the story; so does this
pass, once every sentence is coded:

* every event with both sides named links each actor with each recipient, and a two-sided fight links its
  sides;
* an event missing one side takes the strongest partner of the side it has (ties go to the one met nearest
  in the text); a denial or threat answers who acted on that side, support never goes to an opponent;
* a fight with no side named ("Bentrokan pecah ...") takes the story's main pair, a one-sided act with no
  side named its main attacker and target, and a call on "semua pihak" the main pair as its recipients;
* a verdict ("Ini provokasi") takes a partner but is no evidence of who deals with whom;
* in a story within one state, a side still unknown is that state.

Parties inferred this way lower the event's confidence (feature ``story_party``), so an analyst can leave
them out with ``--min-confidence``. Events with no partner by nature (a mobilisation, several parties
acting together) are left alone. The design is described in docs/events.md.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from .actors import actor_key

HOSTILE = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT"})
# types whose events need no other party ("mengerahkan pasukan", "uji coba rudal")
NO_PARTNER = frozenset({"MOBILIZE"})
# answers to what another party did first: a denial answers an accusation, a threat of retaliation a blow
RESPONSES = frozenset({"REJECT", "THREATEN"})
ANSWERED = frozenset({"ACCUSE", "REQUEST", "THREATEN", "SANCTION", "COERCE", "ASSAULT"})
FRIENDLY = frozenset({"SUPPORT", "AID"})

Link = tuple[str, str]


class StoryParties:
    """Who deals with whom in one article, built from its coded events."""

    def __init__(self, events: list[dict[str, Any]], two_sided: list[bool], defence: list[bool]) -> None:
        self.links: Counter[Link] = Counter()  # (actor, recipient) -> events
        self.hostile: Counter[Link] = Counter()  # the same, hostile events between two states or bodies
        self.claims: Counter[Link] = Counter()  # the same, what a denial or a threat may answer
        self.hostile_at: list[tuple[int, Link]] = []  # (sentence, link) of each hostile act
        self.assaults: Counter[Link] = Counter()  # (attacker, attacked) -> attacks
        self.rivals: Counter[Link] = Counter()  # (a, b) with a < b -> hostile events between them, once each
        self.seen: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)  # key -> (sentence, actor)
        for event, mutual, defends in zip(events, two_sided, defence):
            for actor in event["actors"] + event["recipients"]:
                self.seen[actor_key(actor)].append((event["sentence"], actor))
            if event["actors"] and event["recipients"]:
                pairs = [(a, r) for a in event["actors"] for r in event["recipients"]]
            elif mutual:
                pairs = [(a, b) for a in event["actors"] for b in event["actors"] if a is not b]
            else:
                continue
            rivals = set()
            for a, b in pairs:
                link = actor_key(a), actor_key(b)
                self.links[link] += 1
                if event["type"] in HOSTILE and link[0] != link[1] and not defends:
                    # (shooting down what was sent is no evidence of who attacks whom)
                    self.hostile[link] += 1
                    self.hostile_at.append((event["sentence"], link))
                    rivals.add((min(link), max(link)))
                    if event["type"] == "ASSAULT" and not mutual:
                        self.assaults[link] += 1
                if event["type"] in ANSWERED:
                    self.claims[link] += 1
            self.rivals.update(rivals)

    def partner(self, keys: set[str], sentence: int, event_type: str) -> dict[str, Any] | None:
        """The party the story pairs with the side ``keys`` in an event of ``event_type``, as an actor
        record: whoever it dealt with most; for a denial or threat, who accused, pressed or struck that side;
        for support or aid, not a party it is hostile to but those that party hit ("mengecam China ...
        menegaskan komitmen" is support for the Philippines). A side of several parties
        ("kedua negara sepakat") is not its own partner; a single party may be, in a story within one state."""
        found = self._strongest(keys, sentence, self.claims, incoming=True) if event_type in RESPONSES else None
        found = found or self._strongest(keys, sentence, self.links)
        if found is not None and event_type in FRIENDLY and (next(iter(keys)), actor_key(found)) in self.hostile:
            found = self._strongest(keys, sentence, self._hit_by_opponents(keys)) or found
        return found

    def _hit_by_opponents(self, keys: set[str]) -> Counter[Link]:
        """Links from ``keys`` to whoever the parties they are hostile to were hostile to."""
        opponents = {b for (a, b) in self.hostile if a in keys}
        return Counter({(next(iter(keys)), c): n for (o, c), n in self.hostile.items() if o in opponents and c not in keys})

    def _strongest(self, keys: set[str], sentence: int, links: Counter[Link],
                   incoming: bool = False) -> dict[str, Any] | None:
        """The party most often linked with ``keys`` in ``links`` (``incoming``: acting on them); ties go
        to the one met nearest in the text."""
        scores: dict[str, float] = defaultdict(float)
        for (a, b), count in links.items():
            if a in keys or b in keys:
                other = b if a in keys else a
                if (not incoming or b in keys) and not (len(keys) > 1 and other in keys):
                    scores[other] += count
        if not scores:
            return None
        best = max(scores.values())
        tied = [key for key, score in scores.items() if score == best]
        # on a tie, another party before the side itself, then the one met nearest
        return min(((key in keys, *self._nearest(key, sentence)) for key in tied), key=lambda found: found[:2])[2]

    def main_pair(self, sentence: int, directed: bool = False) -> list[dict[str, Any]]:
        """The two parties linked most often in hostile events, for a fight whose sides are not named;
        ``directed``: the attacker first, for a one-sided act whose sides are not named."""
        if not self.rivals:
            return []
        a, b = max(self.rivals, key=lambda pair: self.rivals[pair])
        if directed and self._way(b, a, sentence) > self._way(a, b, sentence):
            a, b = b, a
        return [self._nearest(a, sentence)[1], self._nearest(b, sentence)[1]]

    def _way(self, a: str, b: str, sentence: int) -> tuple[int, int, int]:
        """How strongly the story says ``a`` acts against ``b``: by attacks, then by all hostile acts, then
        by which way the last one before ``sentence`` went."""
        return self.assaults[a, b], self.hostile[a, b], self._last_hostile(a, b, sentence)

    def _last_hostile(self, a: str, b: str, sentence: int) -> int:
        """The sentence of the last hostile act of ``a`` on ``b`` before ``sentence`` (-1 if none)."""
        return max((s for s, link in self.hostile_at if link == (a, b) and s < sentence), default=-1)

    def _nearest(self, key: str, sentence: int) -> tuple[int, dict[str, Any]]:
        """How far the mention of ``key`` nearest to ``sentence`` is, and its actor record."""
        return min(((abs(s - sentence), actor) for s, actor in self.seen[key]), key=lambda found: found[0])


def fill_from_story(events: list[dict[str, Any]], features: list[dict[str, bool]],
                    domestic: dict[str, Any] | None = None) -> list[int]:
    """Give events missing a side the party the story pairs with the other side; returns the indices of
    the events changed (their ``story_party`` feature is set). ``features[i]["recipients"]`` is true for
    two-sided events, which need no recipient. In a story within one state (``domestic``, see
    :mod:`warta.nlp.generic_actors`) where some event sets that state against itself, a side still unknown
    is that state: "Asrama sekolah itu diserang oleh puluhan pria bersenjata" in a Nigerian kidnapping
    story is Nigerians attacking Nigerians."""
    two_sided = [f["recipients"] and not e["recipients"] for e, f in zip(events, features)]
    # a verdict ("Ini provokasi") takes a partner but is no evidence of who deals with whom
    deeds = [k for k, f in enumerate(features) if not f.get("verdict")]
    story = StoryParties([events[k] for k in deeds], [two_sided[k] for k in deeds],
                         [bool(features[k].get("defence")) for k in deeds])
    if domestic is not None and not story.links[domestic["country"], domestic["country"]]:
        domestic = None  # no event of the story sets that state against itself: no evidence of a domestic story
    changed = []
    for index, (event, mutual) in enumerate(zip(events, two_sided)):
        if event["type"] in NO_PARTNER:
            continue
        sentence = event["sentence"]
        actors, recipients = event["actors"], event["recipients"]
        if not actors and not recipients and mutual:
            event["actors"] = story.main_pair(sentence) or actors
        elif not actors and not recipients and event["type"] in HOSTILE and not features[index].get("defence") \
                and _same_operation(events, features, index):
            # "200 jet tempur dikerahkan ke Iran dalam operasi yang menyasar 100 target": the sides of the
            # operation the sentence tells in another clause
            sibling = _same_operation(events, features, index)
            event["actors"] = [dict(a) for a in sibling["actors"]]
            event["recipients"] = [dict(r) for r in sibling["recipients"]]
            known = event["actors"] or event["recipients"]
            found = story.partner({actor_key(a) for a in known}, sentence, event["type"])
            if found is not None and not (event["actors"] and event["recipients"]):
                event["recipients" if event["actors"] else "actors"] = [found]
        elif not actors and not recipients and event["type"] in HOSTILE:
            pair = story.main_pair(sentence, directed=True)
            if features[index].get("defence"):
                pair.reverse()  # "76 drone berhasil ditembak jatuh": by the side attacked, at the attacker
            if pair:
                event["actors"], event["recipients"] = pair[:1], pair[1:]
        elif actors and not recipients and features[index].get("all_sides"):
            # "PBB mendesak semua pihak menahan diri": the sides of the story's conflict, not the speaker's own
            own = {actor_key(a) for a in actors}
            sides = [side for side in story.main_pair(sentence) if actor_key(side) not in own]
            if sides:
                event["recipients"] = sides
        elif actors and not recipients and not mutual and (
                event["type"] in HOSTILE or len({actor_key(a) for a in actors}) == 1):
            # several parties agreeing, meeting or signing together are each other's partners
            found = story.partner({actor_key(a) for a in actors}, sentence, event["type"])
            if found:
                event["recipients"] = [found]
        elif recipients and not actors:
            found = story.partner({actor_key(r) for r in recipients}, sentence, "")
            if found:
                event["actors"] = [found]
        if domestic is not None and not event["actors"]:
            event["actors"] = [dict(domestic)]
        if domestic is not None and not mutual and not event["recipients"]:
            event["recipients"] = [dict(domestic)]
        if event["actors"] is not actors or event["recipients"] is not recipients:
            features[index]["story_party"] = True
            changed.append(index)
    return changed


def _same_operation(events: list[dict[str, Any]], features: list[dict[str, bool]], index: int) -> dict[str, Any] | None:
    """Another hostile or military act of the same sentence with a side named (not a defence against it)."""
    sentence = events[index]["sentence"]
    return next((e for k, e in enumerate(events) if k != index and e["sentence"] == sentence
                 and (e["type"] in HOSTILE or e["type"] == "MOBILIZE") and not features[k].get("defence")
                 and (e["actors"] or e["recipients"])), None)
