"""Judged queries on the demo content, as visitors type them, in English, Finnish and Swedish.

Each `Judgement` says what a query must find: the pages listed among the first three
hits, pages that must not be found at all, or nothing at all. Facet selections go with
the query. Categories: everyday words, typing errors, compounds (Finnish both ways,
Swedish split and inflected), compounds that share only a part and must not match,
facets, names typed without their accents, and queries that must find nothing. Pages
are named by their English slugs in every language. Shared by the relevance tests and
the benchmark.
"""

import dataclasses


@dataclasses.dataclass(frozen=True)
class Judgement:
    language: str
    query: str
    # Slugs that must all be among the first three hits.
    top: tuple = ()
    # Facet selections, such as {"type": ["member"]}.
    facets: dict = dataclasses.field(default_factory=dict)
    # Slugs that must not be found at all.
    absent: tuple = ()
    # The query must find nothing.
    nothing: bool = False
    category: str = "words"


def judged(language, category, query, *top, absent=(), nothing=False, **facets):
    return Judgement(language, query, top, facets, tuple(absent), nothing, category)


PORT, TRAM, LEAKS = (
    "kirkenes-arctic-port-logistics",
    "tampere-tram-stop-winter-access",
    "jarvi-suomi-water-network-leaks",
)
DEMOLITION, COOLING, HUB = (
    "kestora-demolition-material-reuse",
    "neom-cooling-digital-twin",
    "madrid-nuevo-norte-mobility-hub",
)
SNOW, BUILDINGS = "kirkenes-snow-ice-low-energy", "kirkenes-cold-climate-building-energy"
PARTICIPATION, NUSANTARA = "espoo-inclusive-digital-participation", "nusantara-smart-water-management"

JUDGED_QUERIES = [
    # English
    judged("en", "words", "mobility hubs", HUB),
    judged("en", "words", "port logistics", PORT),
    judged("en", "words", "snow and ice on streets", SNOW),
    judged("en", "words", "district cooling", COOLING),
    judged("en", "words", "water network leaks", LEAKS),
    judged("en", "words", "demolition material", DEMOLITION),
    judged("en", "words", "tram stop", TRAM),
    judged("en", "words", "participation in urban planning", PARTICIPATION),
    judged("en", "words", "VTT", "vtt"),
    judged("en", "words", "Nusantara water", NUSANTARA),
    judged("en", "words", "cooperation agreement", "madrid-nuevo-norte-cooperation"),
    judged("en", "inflections", "cooling digital twins", COOLING),
    judged("en", "typos", "Kirkennes port", PORT),
    judged("en", "typos", "Nuevo Nortte", "madrid-nuevo-norte"),
    judged("en", "typos", "demolition materail", DEMOLITION),
    judged("en", "typos", "Nusantra", NUSANTARA),
    judged("en", "typos", "Tampree tram", TRAM),
    judged("en", "typos", "Polarteck", "varanger-polartech"),
    judged("en", "accents", "Tromso", "varanger-polartech"),
    judged("en", "accents", "Aanikartta", "aanikartta"),
    judged("en", "accents", "Jarvi-Suomi water services", "jarvi-suomi-water-authority"),
    judged("en", "accents", "Civitera OU", "civitera"),
    judged("en", "accents", "Lulea", "polar-urban-systems"),
    judged("en", "facets", "water", "jarvi-suomi-water-authority", type=["member"]),
    judged("en", "facets", "Kirkenes", "kirkenes-arctic-challenges", type=["reference"]),
    judged("en", "facets", "energy", BUILDINGS, status=["upcoming"]),
    judged("en", "facets", "arctic", "kirkenes-arctic-challenges", type=["news"]),
    judged("en", "facets", "digital", "meseta-urban-data", country=["ES"], type=["member"]),
    judged("en", "nothing", "zeppelin", nothing=True),
    judged("en", "nothing", "kaupunki", nothing=True),
    # Finnish
    judged("fi", "compounds", "satamalogistiikka", PORT),
    judged("fi", "compounds", "raitiovaunupysäkki", TRAM),
    judged("fi", "compounds", "vesijohtoverkoston vuodot", LEAKS),
    judged("fi", "compounds", "purkumateriaali", DEMOLITION),
    judged("fi", "compounds", "aluejäähdytys", COOLING),
    judged("fi", "compounds", "yhteistyösopimus", "madrid-nuevo-norte-cooperation"),
    judged("fi", "words", "Espoon kaupunki", "city-of-espoo"),
    judged("fi", "words", "Tampereen kaupunki", "city-of-tampere"),
    judged("fi", "words", "yliopisto", "pohjanranta-university"),
    judged("fi", "words", "lumi ja jää", SNOW),
    judged("fi", "parts", "pysäkki", TRAM),
    judged("fi", "parts", "jäähdytys", COOLING),
    judged("fi", "parts", "vesijohto", LEAKS),
    judged("fi", "parts", "raitiovaunu", TRAM),
    judged("fi", "parts", "sataman logistiikka", PORT),
    judged("fi", "parts", "digitaalinen kaksonen", COOLING),
    judged("fi", "compounds", "kaupunkisuunnittelu", PARTICIPATION),
    judged("fi", "typos", "satamalogistikka", PORT),
    judged("fi", "typos", "Kirkennes satama", PORT),
    judged("fi", "typos", "raitiovaunupysäkeile", TRAM),
    judged("fi", "typos", "purkumateriaalt", DEMOLITION),
    judged("fi", "accents", "Aanikartta", "aanikartta"),
    judged("fi", "accents", "Jarvi-Suomen vesihuoltokuntayhtyma", "jarvi-suomi-water-authority"),
    judged("fi", "accents", "Tromso", "varanger-polartech"),
    judged("fi", "unrelated", "kaukoputki", nothing=True),
    judged("fi", "unrelated", "tekoäly", nothing=True),
    judged("fi", "facets", "Tampere", "city-of-tampere", type=["member"]),
    judged("fi", "facets", "energia", BUILDINGS, status=["upcoming"]),
    judged("fi", "facets", "vesi", "jarvi-suomi-water-authority", org_type=["public_agency"]),
    judged("fi", "nothing", "zeppeliini", nothing=True),
    # Swedish
    judged("sv", "compounds", "hamnlogistik", PORT),
    judged("sv", "compounds", "spårvagnshållplatser", TRAM),
    judged("sv", "compounds", "rivningsmaterial", DEMOLITION),
    judged("sv", "compounds", "fjärrkyla", COOLING),
    judged("sv", "compounds", "läckor i vattenledningsnät", LEAKS),
    judged("sv", "compounds", "mobilitetsnav", HUB),
    judged("sv", "compounds", "samarbetsavtal", "madrid-nuevo-norte-cooperation"),
    judged("sv", "words", "Esbo stad", "city-of-espoo"),
    judged("sv", "words", "universitet", "pohjanranta-university"),
    judged("sv", "words", "arktiska utmaningar", "kirkenes-arctic-challenges"),
    judged("sv", "parts", "hållplats", TRAM),
    judged("sv", "parts", "spårvagn", TRAM),
    judged("sv", "parts", "logistik", PORT),
    judged("sv", "parts", "ledningsnät", LEAKS),
    judged("sv", "inflections", "stadsplaneringen", PARTICIPATION),
    judged("sv", "inflections", "rivningsmaterialet", DEMOLITION),
    judged("sv", "compounds", "vattenförvaltning", NUSANTARA),
    judged("sv", "inflections", "huvudstaden", NUSANTARA),
    judged("sv", "typos", "Kirkennes hamn", PORT),
    judged("sv", "typos", "hamnlogistk", PORT),
    judged("sv", "typos", "fjärkyla", COOLING),
    judged("sv", "typos", "Tammerfros spårvagn", TRAM),
    judged("sv", "accents", "Aanikartta", "aanikartta"),
    judged("sv", "accents", "Tromso", "varanger-polartech"),
    judged("sv", "accents", "Lulea", "polar-urban-systems"),
    judged("sv", "unrelated", "fjärrkylanät", COOLING, absent=["kestora-infra"]),
    judged("sv", "unrelated", "vattenkraft", nothing=True),
    judged("sv", "facets", "vatten", "jarvi-suomi-water-authority", type=["member"]),
    judged("sv", "facets", "energi", BUILDINGS, status=["upcoming"]),
    judged("sv", "nothing", "zeppelinare", nothing=True),
]
