"""Role phrases around a person's name: titles before it and appositions on either side.

Indonesian news introduces people with a role phrase: a title ("Menteri", "Presiden", "juru bicara"),
portfolio and rank words ("Pertahanan Nasional", "administrasi militer"), and often a country, city or
organisation ("Korea Selatan", "Kyiv", "PBB"), either directly before the name or as an apposition
("kanselir Jerman, Olaf Scholz," / "Olaf Scholz, kanselir Jerman,"). The role phrase is evidence that a
person's name follows, and it says which state the person serves: the country inside the role wins over
the one a dictionary lists for the name.
"""
from __future__ import annotations

from .gazetteer import Gazetteer
from .mention import Mention, MentionIndex, Role
from .token_view import TokenView

# Words that join two role phrases ("Presiden Rusia dan kanselir Jerman"): once a title has been seen
# nearer the name, the role phrase stops at them.
CONNECTORS = frozenset({"dan", "di", "dari", "untuk", "serta", "atau"})
HEAD_KINDS = ("title", "counterpart")
MAX_ROLE_TOKENS = 12


def is_acronym(text: str) -> bool:
    """Two or more letters, all capitals: "DPP", "PBB", "G7"."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _phrase_ending_at(view: TokenView, gaz: Gazetteer, i: int, floor: int) -> tuple[int, str, str | None] | None:
    """The longest role-lexicon phrase (title, prefix, ...) that ends at token ``i``: (start, kind, sector)."""
    for k in range(max(floor, i - 3), i + 1):
        for end, values in gaz.roles.matches(view, k, i + 1):
            if end == i + 1:
                kind, sector = values[0]
                return k, kind, sector
    values = gaz.roles.get(view.base(i))  # "rekannya", "sejawatnya"
    if values:
        return i, values[0][0], values[0][1]
    return None


def _phrase_starting_at(view: TokenView, gaz: Gazetteer, i: int, stop: int) -> tuple[int, str, str | None] | None:
    hit = gaz.roles.longest(view, i, stop)
    if hit is not None:
        end, values = hit
        return end, values[0][0], values[0][1]
    values = gaz.roles.get(view.base(i))
    if values:
        return i + 1, values[0][0], values[0][1]
    return None


def is_title_at(view: TokenView, gaz: Gazetteer, i: int) -> int:
    """End of a title/counterpart/honorific phrase starting at ``i``, or 0."""
    hit = _phrase_starting_at(view, gaz, i, view.sentence_end(i))
    if hit is not None and hit[1] in ("title", "counterpart", "honorific"):
        return hit[0]
    return 0


def mention_attrs(m: Mention) -> tuple[str | None, str | None, str | None]:
    """(country, code, sector) of a mention, from what linking found or from its record."""
    rec = m.record
    country = m.country or (rec.country if rec else None)
    code = m.code or (rec.code if rec else None)
    sector = m.sector or (rec.sector if rec else None)
    return country, code, sector


def _build(view: TokenView, items: list[tuple[int, int, str, object]]) -> Role | None:
    """A Role from forward-ordered items (start, end, kind, payload); None without a title."""
    while items and items[0][2] not in ("title", "counterpart", "prefix"):
        items.pop(0)
    while items and items[-1][2] == "connector":
        items.pop()
    heads = [it for it in items if it[2] in HEAD_KINDS]
    if not heads:
        return None
    first, last = items[0], items[-1]
    text = view.text[view.starts[first[0]]:view.ends[last[1] - 1]]
    country = code = org_sector = hint = None
    for n, (_s, _e, kind, payload) in enumerate(items):
        if kind == "mention":
            c, k, s = mention_attrs(payload)  # type: ignore[arg-type]
            after = items[n + 1] if n + 1 < len(items) else None
            if after is not None and after[2] == "mention" and after[0] == _e and payload.label == "ORG" \
                    and after[3].label == "LOC":  # type: ignore[union-attr]
                c = mention_attrs(after[3])[0] or c  # "Ketua DPR AS": the body of the state named after it
            country = country or c
            code = code or k
            if payload.label == "ORG":  # type: ignore[union-attr]
                org_sector = org_sector or s
        elif kind == "modifier" and payload:
            hint = hint or payload
    head_sector = next((h[3] for h in heads if h[2] == "title" and h[3]), None)
    sector = head_sector or org_sector or hint
    return Role(text, view.starts[first[0]], view.ends[last[1] - 1], country, sector, code)


def role_before(view: TokenView, gaz: Gazetteer, index: MentionIndex, name_start: int) -> tuple[Role | None, str]:
    """The role phrase ending just before a name (optionally through an apposition comma).

    Returns (role, evidence) where evidence is "title" when a title heads the phrase, "honorific" for
    "Bapak"/"Dr." and the like, else "".
    """
    floor = view.sentence_start(name_start)
    i = name_start - 1
    if i >= floor and view.texts[i] == ",":
        i -= 1
    items: list[tuple[int, int, str, object]] = []
    titled = honorific = rank_comma = False
    while i >= floor and len(items) < MAX_ROLE_TOKENS:
        if view.texts[i] == "," and items and not rank_comma and all(it[2] in ("title", "prefix") for it in items):
            # "Juru bicara militer Israel, Laksamana Muda X": a rank after the apposition comma
            rank_comma = True
            titled = False  # the role before the comma may hold connectors ("Juru bicara PCG untuk ...")
            items.append((i, i + 1, "comma", None))
            i -= 1
            continue
        m = index.at(i)
        if m is not None:
            if m.label == "PER" or m.nested:
                break
            items.append((m.start, m.end, "mention", m))
            i = m.start - 1
            continue
        phrase = _phrase_ending_at(view, gaz, i, floor)
        if phrase is not None:
            start, kind, sector = phrase
            if kind == "honorific":
                honorific = True
            elif kind != "modifier":
                titled = titled or kind in HEAD_KINDS
            items.append((start, i + 1, kind, sector))
            i = start - 1
            continue
        low = view.base(i)
        if low in CONNECTORS:
            if titled:
                break
            items.append((i, i + 1, "connector", None))
            i -= 1
            continue
        if low in ("itu", "tersebut") and rank_comma:
            items.append((i, i + 1, "modifier", None))  # "juru bicara komando tersebut, Kolonel Senior X"
            i -= 1
            continue
        mod = gaz.role_modifier(low)
        # "Ketua Umum DPP Partai X", "Kepala Markas Koordinasi Urusan Tawanan Perang Ukraina": unlisted
        # bodies inside a role are acronyms or capitalised ordinary words
        if mod is not None or is_acronym(view.texts[i]) or (view.cap[i] and gaz.is_common(low)):
            items.append((i, i + 1, "modifier", mod[1] if mod else None))
            i -= 1
            continue
        break
    items.reverse()
    role = _build(view, [it for it in items if it[2] != "honorific"])
    if role is not None:
        return role, "title"
    return None, "honorific" if honorific else ""


def role_forward(view: TokenView, gaz: Gazetteer, index: MentionIndex, i: int, stop: int) -> tuple[Role | None, int]:
    """A role phrase that starts with a title at token ``i``: (role or None, index after the phrase)."""
    items: list[tuple[int, int, str, object]] = []
    while i < stop and len(items) < MAX_ROLE_TOKENS:
        m = index.at(i)
        if m is not None:
            if m.label == "PER" or not items:
                break
            items.append((m.start, m.end, "mention", m))
            i = m.end
            continue
        phrase = _phrase_starting_at(view, gaz, i, stop)
        if phrase is not None and phrase[1] != "honorific":
            end, kind, sector = phrase
            items.append((i, end, kind, sector))
            i = end
            continue
        if not items:
            return None, i
        low = view.base(i)
        if low in CONNECTORS:
            if i + 1 < stop and is_title_at(view, gaz, i + 1):
                break  # "Presiden Rusia dan Presiden China": two roles
            items.append((i, i + 1, "connector", None))
            i += 1
            continue
        mod = gaz.role_modifier(low)
        if mod is not None:
            items.append((i, i + 1, "modifier", mod[1]))
            i += 1
            continue
        break
    while items and items[-1][2] == "connector":
        i = items.pop()[0]
    return _build(view, items), i


def role_after(view: TokenView, gaz: Gazetteer, index: MentionIndex, name_end: int) -> Role | None:
    """An apposition after a name: "Olaf Scholz, kanselir Jerman, ..." (closed by a comma or the end)."""
    stop = view.sentence_end(name_end - 1) if name_end else 0
    if name_end >= stop or view.texts[name_end] != ",":
        return None
    role, i = role_forward(view, gaz, index, name_end + 1, stop)
    if i < stop and view.texts[i] not in (",", ".", ";", ")", "”", '"'):
        return None
    return role


def unattached_offices(view: TokenView, gaz: Gazetteer, index: MentionIndex) -> list[tuple[int, int, Role]]:
    """Office titles with a country that no name follows ("Menteri luar negeri Jepang tiba di ..."):
    (token after the phrase, sentence index, role). News often names the office first and the holder in
    the next sentence."""
    out = []
    i = 0
    while i < view.n:
        hit = _phrase_starting_at(view, gaz, i, view.sentence_end(i)) if index.at(i) is None and view.alpha[i] else None
        if hit is None or view.lowers[i] not in gaz.offices and " ".join(view.lowers[i:hit[0]]) not in gaz.offices:
            i += 1
            continue
        stop = view.sentence_end(i)
        role, end = role_forward(view, gaz, index, i, stop)
        nxt = end + 1 if end < stop and view.texts[end] == "," else end
        follower = index.at(nxt)
        if role is not None and role.country and not (follower is not None and follower.label == "PER"):
            out.append((end, view.sent_of[i], role))
        i = max(end, i + 1)
    return out
