#!/usr/bin/env python3
"""Regenerate the derived entity lexicons in ``src/warta/lexicon/`` from maintained data.

Generated files (committed; rerun this script to rebuild them):

* ``countries.tsv``    Indonesian country names from CLDR (babel) mapped to ISO3 with pycountry.
* ``places.tsv``       cities and regions with their country: the ``+`` synonyms of the country blocks
                       in the PETRARCH2/Phoenix country dictionary, first-level pycountry subdivisions
                       (all Indonesian ones), and CLDR's Indonesian names for world regions.
* ``people.tsv``       office-holders from the same Phoenix dictionary: name -> country, sector, dates.
* ``common_words.tsv`` Indonesian words that are usually not names (from POS- and NER-annotated news
                       corpora), plus month and weekday names from CLDR. The entity rules use it to tell a
                       capitalised common word from a name.

Hand-written lexicons (``country_aliases.tsv``, ``places_extra.tsv``, ``people_extra.tsv``,
``organisations.tsv``, ``roles.tsv``, ``entity_cues.tsv``) are read here only to avoid generating
entries that contradict them.

Usage: ``python scripts/build_lexicons.py [--data ../shared/data]``
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import difflib
import pathlib
import re
import sys
import unicodedata

import babel
import pycountry

ROOT = pathlib.Path(__file__).resolve().parents[1]
LEXICON = ROOT / "src" / "warta" / "lexicon"
PHOENIX = "petrarch2_dictionaries/dictionaries/Phoenix.Countries.actors.txt"
PHOENIX_SOURCE = ("PETRARCH2/Phoenix dictionaries, github.com/openeventdata/petrarch2 @ 676801cd, "
                  "data/dictionaries/Phoenix.Countries.actors.txt (CountryInfo.140130), MIT licence, "
                  "(c) 2014 Open Event Data Alliance")

# CLDR territory codes that are not ISO 3166 countries but name a place we want (code -> ISO3 owner).
CLDR_EXTRA = {"XK": "XKX", "AC": "SHN", "TA": "SHN", "CP": "FRA", "DG": "GBR", "EA": "ESP", "IC": "ESP"}
# CLDR codes that are organisations, currency zones or pseudo-locales, never places.
CLDR_SKIP = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "001"}

# English words that mark a Phoenix name as a description, an institution or a long-form country name.
ENGLISH_NOISE = {
    "OF", "THE", "AND", "STATE", "STATES", "REPUBLIC", "KINGDOM", "EMPIRE", "UNITED", "PEOPLE'S", "PEOPLES",
    "DEMOCRATIC", "FEDERATION", "FEDERAL", "ISLAMIC", "SOCIALIST", "SOVIET", "COMMONWEALTH", "PRINCIPALITY",
    "GRAND", "DUCHY", "TERRITORY", "COLONY", "PROTECTORATE", "GOVERNMENT", "ARMY", "PARTY", "COUNCIL",
    "CONGRESS", "FORCES", "FORCE", "MINISTRY", "MINISTER", "ASSEMBLY", "POLICE", "COURT", "SECRETARY",
    "PRESIDENT", "PRIME", "LEADER", "GENERAL", "CHAIRMAN", "KING", "QUEEN", "PRINCE", "SHEIKH", "EMIR",
    "FORMER", "EX", "SENATOR", "GOVERNOR", "MAYOR", "DEPUTY", "VICE", "CHIEF", "COMMANDER", "OFFICIAL",
    "ADMINISTRATION", "REGIME", "OPPOSITION", "REBEL", "REBELS", "MILITARY", "NATIONAL", "PARLIAMENT",
    "AMBASSADOR", "FOREIGN", "DEFENSE", "DEFENCE", "INTERIOR", "SPEAKER", "CABINET", "BANK", "COMPANY",
    "UNIVERSITY", "AGENCY", "COMMITTEE", "COMMISSION", "OFFICE", "DEPARTMENT", "SERVICE", "SERVICES",
    "GUARD", "GUARDS", "SOLDIERS", "TROOPS", "NAVY", "AIR", "MARINE", "MARINES", "INTELLIGENCE", "LEGISLATURE",
    "SUPREME", "JUSTICE", "JUDGE", "MINISTERS", "MR.", "MRS.", "DR.", "GEN.", "COL.", "LT.", "SEN.", "REP.",
    "ISLANDS", "ISLAND", "CITY", "LAND", "PROVINCE", "REGION", "DISTRICT", "CAPITAL", "AMERICAN", "ARAB",
    "NORTH", "SOUTH", "EAST", "WEST", "CENTRAL", "NEW", "SAINT", "ST.", "ST", "PORT", "LAKE", "RIVER",
    "MOUNT", "MOUNTAINS", "VALLEY", "BAY", "GULF", "SEA", "STRAIT", "PENINSULA", "BASIN", "PLAIN",
}
# ...but these geographic words are fine inside a place name ("Saint Petersburg", "New York").
PLACE_WORDS_OK = {"NORTH", "SOUTH", "EAST", "WEST", "CENTRAL", "NEW", "SAINT", "ST.", "ST", "PORT", "LAKE",
                  "RIVER", "MOUNT", "BAY", "CITY", "ISLAND", "ISLANDS"}
DEMONYM_ENDINGS = ("IAN", "IANS", "ESE", "ISH", "ANS")

SUBDIVISION_SUFFIXES = re.compile(
    r"\s+(oblast'?|oblast|province|governorate|region|district|prefecture|state|municipality|county|"
    r"department|territory|autonomous region|special administrative region|capital district|"
    r"autonomous community|kray|krai|respublika|okrug|voivodeship|canton|emirate|division|parish)$",
    re.I)

SECTOR_OF_AGENT = {
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "OPP": "OPP", "JUD": "JUD", "LEG": "LEG", "PTY": "POL",
    "MED": "MED", "BUS": "BUS", "CVL": "CVL", "REL": "REL", "NGO": "NGO", "IGO": "IGO", "SPY": "GOV",
    "COP": "GOV", "ELI": "", "UNR": "", "REF": "CVL", "OCC": "", "HRI": "GOV",
}


# --------------------------------------------------------------------------------------------- helpers

def read_hand(name: str) -> list[list[str]]:
    path = LEXICON / name
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append([c.strip() for c in line.split("\t")])
    return rows


def fold(text: str) -> str:
    """Lower-case, accents removed: the key under which two spellings count as the same name."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def display_case(upper: str, hyphen_caps: bool = True) -> str:
    """``KIM_YONG-HYUN`` style dictionary names to display case (``Kim Yong-hyun``)."""
    words = []
    for word in upper.replace("_", " ").split():
        parts = word.split("-")
        out = []
        for k, part in enumerate(parts):
            low = part.lower()
            if k and not hyphen_caps:
                out.append(low)
            elif low in {"al", "el", "bin", "ibn", "van", "von", "der", "de", "da", "di", "la", "le", "du"} and words:
                out.append(low)
            else:
                out.append(low[:1].upper() + low[1:])
        words.append("-".join(out))
    return " ".join(words)


def parse_date(text: str) -> str:
    """Phoenix dates are YYMMDD or YYYYMMDD; two-digit years above 14 are 19xx (the file is from 2014)."""
    if len(text) == 8:
        y, m, d = int(text[:4]), int(text[4:6]), int(text[6:])
    elif len(text) == 6:
        yy = int(text[:2])
        y, m, d = (2000 + yy if yy <= 14 else 1900 + yy), int(text[2:4]), int(text[4:])
    else:
        return ""
    try:
        return dt.date(y, max(m, 1), max(d, 1)).isoformat()
    except ValueError:
        return ""


def parse_code(text: str) -> tuple[str, str, str] | None:
    """``[RUSGOV 991231-080507]`` -> ("RUSGOV", "1999-12-31", "2008-05-07"); open ends are ""."""
    m = re.match(r"\s*\[([A-Z]{3,})\s*([^\]]*)\]", text)
    if not m:
        return None
    code, span = m.group(1), m.group(2).split("#")[0].strip()
    start = end = ""
    if span.startswith(">"):
        start = parse_date(span[1:].strip())
    elif span.startswith("<"):
        end = parse_date(span[1:].strip())
    elif "-" in span:
        a, b = span.split("-", 1)
        start, end = parse_date(a.strip()), parse_date(b.strip())
    return code, start, end


def strip_comment(line: str) -> str:
    return line.split("#", 1)[0].strip()


# --------------------------------------------------------------------------------------------- Phoenix

class Block:
    def __init__(self, head: str, is_person_hint: bool):
        self.names: list[str] = [head]
        self.codes: list[tuple[str, str, str]] = []
        self.person_hint = is_person_hint


def phoenix_blocks(path: pathlib.Path) -> list[Block]:
    """Split the actor file into blocks: name lines (head, ``+`` synonyms, alternates) and their codes."""
    blocks: list[Block] = []
    current: Block | None = None
    for raw in path.read_text(encoding="latin-1").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw[0] in " \t" and raw.strip().startswith("["):
            if current is not None:
                parsed = parse_code(raw)
                if parsed:
                    current.codes.append(parsed)
            continue
        inline = None
        if "[" in raw and not raw.startswith("+"):
            inline = parse_code(raw[raw.index("["):])
            name_part = raw[:raw.index("[")]
        else:
            name_part = raw
        name = strip_comment(name_part.lstrip("+")).strip().rstrip("_").strip()
        if raw.startswith("+"):
            if current is not None and name:
                current.names.append(name)
            continue
        if current is None or current.codes:
            current = Block(name, "countryinfo" in raw.lower())
            blocks.append(current)
        elif name:
            current.names.append(name)
        if inline:
            current.codes.append(inline)
    return blocks


def latest(codes: list[tuple[str, str, str]]) -> tuple[str, str, str]:
    """The code in force last: open-ended or undated codes count as current."""
    def key(c: tuple[str, str, str]) -> tuple[str, str]:
        return (c[2] or "9999", c[1] or "0000")
    return max(codes, key=key)


def iso3_valid(code: str) -> bool:
    return pycountry.countries.get(alpha_3=code) is not None or code == "XKX"


def clean_phoenix_name(name: str) -> str | None:
    name = name.strip().strip("_").strip()
    if not name or re.search(r"[0-9(),/&\"]", name):
        return None
    return name


# --------------------------------------------------------------------------------------------- builders

def sastrawi_roots() -> list[str]:
    """Root words of PySastrawi's stemmer dictionary (MIT); install PySastrawi to rebuild."""
    try:
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory  # noqa: F401
    except ImportError:
        sys.exit("build_lexicons.py needs PySastrawi for its root-word list: pip install PySastrawi")
    import Sastrawi
    path = pathlib.Path(Sastrawi.__file__).parent / "Stemmer" / "data" / "kata-dasar.txt"
    return [w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines() if w.strip().isalpha()]


def build_common_words(data: pathlib.Path) -> dict[str, str]:
    """Words that are mostly not names in annotated news corpora (lower-case form -> kind)."""
    common_count: collections.Counter[str] = collections.Counter()
    name_count: collections.Counter[str] = collections.Counter()
    cased_name: collections.Counter[str] = collections.Counter()
    cased_common: collections.Counter[str] = collections.Counter()
    # POSP (lower-cased text, POS tags): NNP marks proper nouns.
    for split in ("train", "valid"):
        for line in (data / "indonlu_posp" / f"{split}_preprocess.txt").read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) != 2 or not parts[0].isalpha():
                continue
            word, tag = parts[0].lower(), parts[1]
            (name_count if tag.endswith("NNP") else common_count)[word] += 1
    # NER corpora with original casing: lower-case tokens outside entities are common, entity tokens are
    # names. They veto POSP's occasional NNO tag on a name ("kim").
    def ner_lines(path: pathlib.Path, sep: str | None) -> None:
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.strip().split(sep)
            if len(parts) < 2 or not parts[0].isalpha():
                continue
            word, tag = parts[0], parts[-1]
            if tag.startswith("B"):  # only an entity's first word: "Barat" in "Jawa Barat" is no name
                cased_name[word.lower()] += 1
            elif word.islower():
                cased_common[word] += 1
    for split in ("train", "valid"):
        ner_lines(data / "indonlu_nergrit" / f"{split}_preprocess.txt", "\t")
    ner_lines(data / "idner_news_2k" / "train.txt", None)
    common_count.update(cased_common)
    name_count.update(cased_name)
    words = {}
    for word, n in common_count.items():
        if cased_name[word] >= 2 and not cased_common[word]:
            continue
        if len(word) >= 2 and n >= 2 and 3 * n >= name_count[word]:
            words[word] = "common"
    # Dictionary roots (Sastrawi's kata dasar) are common words too, unless the corpora use them mostly
    # as names ("agus", "budi", "bandung" are roots there but names in news).
    for word in sastrawi_roots():
        if cased_name[word] >= 2 and not cased_common[word]:
            continue
        if word not in words and len(word) >= 3 and 2 * common_count[word] >= name_count[word]:
            words[word] = "root"
    locale = babel.Locale("id")
    for ctx in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for name in locale.months[ctx][width].values():
                words[name.lower().rstrip(".")] = "month"
            for name in locale.days[ctx][width].values():
                words[name.lower().rstrip(".")] = "weekday"
    return words


def build_countries() -> list[tuple[str, str, str]]:
    rows = []
    for code, name in babel.Locale("id").territories.items():
        if code in CLDR_SKIP or code.isdigit():
            continue
        if code in CLDR_EXTRA:
            iso3 = CLDR_EXTRA[code]
            kind = "country" if code == "XK" else "territory"
        else:
            country = pycountry.countries.get(alpha_2=code)
            if country is None:
                continue
            iso3, kind = country.alpha_3, "country"
        forms = []
        m = re.match(r"^(.*?)\s*\((.*)\)$", name)
        if m:
            forms += [m.group(1), m.group(2)]
        elif " - " in name or "DAK" in name.split():
            continue  # "Kongo - Kinshasa", "Hong Kong DAK Tiongkok": disambiguation labels, not names
        else:
            forms.append(name)
        for form in forms:
            rows.append((form.strip(), iso3, kind))
    return sorted(set(rows), key=lambda r: (r[1], r[0]))


def build_regions() -> list[tuple[str, str, str, str]]:
    rows = []
    for code, name in babel.Locale("id").territories.items():
        if code.isdigit() and code not in CLDR_SKIP:
            rows.append((name, "", "region", "cldr"))
    return rows


def person_tokens(people: list[dict]) -> collections.Counter[str]:
    tokens: collections.Counter[str] = collections.Counter()
    for p in people:
        for tok in fold(p["name"]).split():
            tokens[tok] += 1
    return tokens


def build_people(blocks: list[Block], common: dict[str, str]) -> list[dict]:
    people = []
    for block in blocks:
        if not block.codes:
            continue
        codes = [c for c in block.codes if iso3_valid(c[0][:3])]
        if not codes:
            continue
        head = clean_phoenix_name(block.names[0])
        if head is None:
            continue
        head_words = head.replace("_", " ").split()
        agents = {c[0][3:] for c in codes}
        if not block.person_hint:
            # Blocks without the CountryInfo mark are institutions unless they look like a personal name.
            if any(w in ENGLISH_NOISE for w in head_words) or not (2 <= len(head_words) <= 4):
                continue
            if "" in agents:  # a bare country code: a place block, not a person
                continue
        if len(codes[0][0]) == 3 and all(len(c[0]) == 3 for c in codes):
            continue
        country = latest(codes)[0][:3]
        roles = [c for c in codes if c[0][3:6] != "ELI"] or codes
        role = latest(roles)
        sector = SECTOR_OF_AGENT.get(role[0][3:6], "")
        if role[0][3:6] == "GOV":
            rest = role[0][6:]
            sector = rest if rest in {"JUD", "LEG"} else "GOV"  # a defence minister (GOVMIL) is government
        canonical = display_case(head, hyphen_caps=False)
        forms = {canonical}
        surname = head_words[-1]
        for alt in block.names[1:]:
            alt = clean_phoenix_name(alt)
            if alt is None:
                continue
            words = alt.replace("_", " ").split()
            if any(w in ENGLISH_NOISE or w.rstrip(".") in ENGLISH_NOISE for w in words):
                continue
            if len(words) == 1 and (words[0] != surname or len(words[0]) < 4):
                continue
            forms.add(display_case(alt, hyphen_caps=False))
        for form in sorted(forms):
            if len(form.split()) == 1 and fold(form) in common:
                continue
            people.append({"name": form, "canonical": canonical, "country": country, "sector": sector,
                           "start": role[1], "end": role[2]})
    # A single-word alias shared by two different people identifies neither, and one that opens other
    # people's names is a given name ("Abdullah", "Hassan"), not an identifier.
    single = collections.defaultdict(set)
    given = collections.Counter(fold(p["name"]).split()[0] for p in people if " " in p["name"])
    for p in people:
        if " " not in p["name"]:
            single[fold(p["name"])].add(p["canonical"])
    people = [p for p in people if " " in p["name"]
              or (len(single[fold(p["name"])]) == 1 and given[fold(p["name"])] < 2)]
    # The same full name for people of different countries is ambiguous: keep neither.
    full = collections.defaultdict(set)
    for p in people:
        full[fold(p["name"])].add(p["country"])
    return [p for p in people if len(full[fold(p["name"])]) == 1]


def country_spellings(iso3: str, country_names: dict[str, str]) -> list[str]:
    """Folded names of a country: its Indonesian names and pycountry's English ones."""
    names = [k for k, v in country_names.items() if v == iso3]
    country = pycountry.countries.get(alpha_3=iso3)
    if country is not None:
        names += [fold(getattr(country, attr)) for attr in ("name", "common_name", "official_name")
                  if hasattr(country, attr)]
    return names


def build_phoenix_places(blocks: list[Block], common: dict[str, str], country_names: dict[str, str],
                         name_tokens: collections.Counter[str], protected: set[str]) -> list[tuple[str, str, str, str]]:
    """Cities and regions from the ``+`` synonyms of country blocks; synonyms that are spellings of the
    country itself ("Ukraine", "Ukrainia") become kind ``country_variant`` (a mention of the country)."""
    rows = []
    for block in blocks:
        if not block.codes:
            continue
        code = latest(block.codes)[0]
        if len(code) != 3 or not iso3_valid(code):
            continue
        for raw in block.names:
            name = clean_phoenix_name(raw)
            if name is None or "." in name.replace("ST.", ""):
                continue
            words = name.replace("_", " ").split()
            if any(w in ENGLISH_NOISE and w not in PLACE_WORDS_OK for w in words):
                continue
            if len(words) == 1 and (len(words[0]) < 4 or words[0].endswith(DEMONYM_ENDINGS)):
                continue
            if words[0] in {"THE", "A"}:
                continue
            display = display_case(name)
            key = fold(display)
            if key in country_names:
                continue  # countries.tsv and country_aliases.tsv cover the Indonesian names
            if len(words) == 1 and key not in protected and (key in common or name_tokens[key] >= 1):
                continue
            variant = any(len(other.split()) == len(words) and difflib.SequenceMatcher(None, key, other).ratio() >= 0.75
                          for other in country_spellings(code, country_names))
            rows.append((display, code, "country_variant" if variant else "place", "phoenix"))
    return rows


# English generic words that some countries use as a whole subdivision name ("Coast" in Tanzania, "North"
# in Cameroon): in Indonesian text they are parts of other names ("China Coast Guard"), not places.
GENERIC_SUBDIVISION_WORDS = {"east", "west", "north", "south", "central", "coast", "lakes", "midlands", "capital",
                             "western", "eastern", "northern", "southern", "upper", "lower", "islands", "island",
                             "plateau", "highlands", "valley", "river", "lake", "mountains", "borders"}


def build_subdivisions(common: dict[str, str], country_names: dict[str, str],
                       name_tokens: collections.Counter[str], protected: set[str]) -> list[tuple[str, str, str, str]]:
    rows = []
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        iso3 = country.alpha_3
        name = sub.name
        if sub.country_code != "ID":
            if getattr(sub, "parent_code", None):
                continue
            name = SUBDIVISION_SUFFIXES.sub("", name).strip()
            if not re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}", name):
                continue
        words = name.split()
        key = fold(name)
        if key in country_names or key in GENERIC_SUBDIVISION_WORDS:
            continue
        if len(words) == 1 and key not in protected and (len(name) < 4 or key in common or name_tokens[key] >= 1):
            continue
        rows.append((name, iso3, "subdivision", "pycountry"))
    return rows


# --------------------------------------------------------------------------------------------- writers

def write_tsv(name: str, header: list[str], columns: list[str], rows: list[tuple]) -> None:
    lines = [f"# {h}" if h else "#" for h in header]
    lines.append("# columns: " + "\t".join(columns))
    for row in rows:
        lines.append("\t".join("" if v is None else str(v) for v in row))
    (LEXICON / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(rows)} rows", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=pathlib.Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    data: pathlib.Path = args.data
    generated = "generated by scripts/build_lexicons.py; do not edit by hand (rerun the script)"

    common = build_common_words(data)
    write_tsv("common_words.tsv",
              ["Words that are usually not names, so a capitalised one is not evidence of an entity.", generated,
               "source: IndoNLU POSP train+valid (words never or rarely tagged NNP; Apache-2.0, Prosa.ai),",
               "        IndoNLU NERGrit train+valid and idner-news-2k train (tokens outside entities; Apache-2.0 / MIT),",
               "        PySastrawi kata-dasar root words (MIT) not used mostly as names in those corpora,",
               "        month and weekday names from CLDR via babel."],
              ["word", "kind"], sorted(common.items()))

    countries = build_countries()
    write_tsv("countries.tsv",
              ["Indonesian country names.", generated,
               f"source: CLDR {babel.__version__} Indonesian territory names (babel), ISO 3166 via pycountry "
               f"{pycountry.__version__}. Short forms, capitals and variants live in country_aliases.tsv."],
              ["name", "iso3", "kind"], countries)

    country_names = {fold(name): iso3 for name, iso3, _ in countries}
    for row in read_hand("country_aliases.tsv"):
        if len(row) >= 2 and row[2:3] != ["capital"]:
            country_names.setdefault(fold(row[0]), row[1])
    protected = {fold(r[0]) for r in read_hand("country_aliases.tsv")} | {fold(r[0]) for r in read_hand("places_extra.tsv")}

    blocks = phoenix_blocks(data / PHOENIX)
    people = build_people(blocks, common)
    write_tsv("people.tsv",
              ["Office-holders and political figures: surface form -> canonical name, country served, sector.",
               generated, "source: " + PHOENIX_SOURCE,
               "sector and dates belong to the person's latest non-elite role code (start/end empty = open)."],
              ["name", "canonical", "country", "sector", "start", "end"],
              sorted({(p["name"], p["canonical"], p["country"], p["sector"], p["start"], p["end"]) for p in people}))

    tokens = person_tokens(people)
    places = build_phoenix_places(blocks, common, country_names, tokens, protected)
    places += build_subdivisions(common, country_names, tokens, protected)
    places += build_regions()
    seen: dict[str, tuple] = {}
    ambiguous: set[str] = set()
    for row in places:
        key = fold(row[0])
        if key in seen and seen[key][1] != row[1]:
            ambiguous.add(key)
        seen.setdefault(key, row)
    rows = sorted((r for k, r in seen.items() if k not in ambiguous), key=lambda r: (r[1], r[0]))
    write_tsv("places.tsv",
              ["Places (cities, provinces, regions) with the country they are in; empty country = no single country.",
               generated, "source: " + PHOENIX_SOURCE + " (+ synonyms of country blocks);",
               f"        pycountry {pycountry.__version__} subdivisions (all Indonesian, first-level elsewhere);",
               "        CLDR Indonesian world-region names (babel). Names claimed by two countries are dropped."],
              ["name", "country", "kind", "source"], rows)


if __name__ == "__main__":
    main()
